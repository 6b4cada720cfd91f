/** The schools directory (/truong-hoc/): its URLs and pure selections over the schools (loaded by loaders/schools.ts). */
import { SCHOOL_LEVELS, labelOf, slugify, viCollator } from '@gd/shared'
import type { Article, Exemplar, Id, School } from './types.ts'

export const SCHOOLS_BASE = '/truong-hoc/'

export const schoolHref = (slug: string): string => `${SCHOOLS_BASE}${encodeURIComponent(slug)}/`
export const communeHref = (commune: string): string => `${SCHOOLS_BASE}xa/${encodeURIComponent(slugify(commune))}/`

export const schoolLevelLabel = (level: string | null | undefined): string => labelOf(SCHOOL_LEVELS, level)

/** Schools grouped by level (in the vocabulary's order), names in Vietnamese order within each level. */
export function schoolsByLevel(schools: School[]): { value: string; label: string; schools: School[] }[] {
  return SCHOOL_LEVELS.map((l) => ({
    value: l.value,
    label: l.label,
    schools: schools.filter((s) => s.level === l.value).sort((a, b) => viCollator.compare(a.name, b.name)),
  })).filter((g) => g.schools.length > 0)
}

/** The communes that have schools, in Vietnamese order, with their schools (also in Vietnamese order). */
export function schoolsByCommune(schools: School[]): { commune: string; slug: string; schools: School[] }[] {
  const byCommune = new Map<string, School[]>()
  for (const s of schools) {
    if (!s.commune) continue
    byCommune.set(s.commune, [...(byCommune.get(s.commune) ?? []), s])
  }
  return [...byCommune.entries()]
    .sort((a, b) => viCollator.compare(a[0], b[0]))
    .map(([commune, list]) => ({ commune, slug: slugify(commune), schools: list.sort((a, b) => viCollator.compare(a.name, b.name)) }))
}

const schoolIdOf = (v: School | Id | null | undefined) => (v && typeof v === 'object' ? v.id : v)
export const articlesOfSchool = (articles: Article[], school: School): Article[] =>
  articles.filter((a) => String(schoolIdOf(a.school)) === String(school.id))
export const exemplarsOfSchool = (exemplars: Exemplar[], school: School): Exemplar[] =>
  exemplars.filter((e) => String(schoolIdOf(e.school)) === String(school.id))
