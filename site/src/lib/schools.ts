/** The schools directory (/truong-hoc/): its URLs and pure selections over the schools (loaded by loaders/schools.ts). */
import { SCHOOL_LEVELS, labelOf, localUnitName, LOCAL_UNIT_KINDS, slugify, viCollator } from '@gd/shared'
import type { Article, Exemplar, Id, School } from './types.ts'

export const SCHOOLS_BASE = '/truong-hoc/'

export const schoolHref = (slug: string): string => `${SCHOOLS_BASE}${encodeURIComponent(slug)}/`
/** A school's local unit: its kind (xã, phường, đặc khu; "xa" when not stored) and its name. */
export const unitKindOf = (s: { communeKind?: string | null }): string =>
  LOCAL_UNIT_KINDS.some((k) => k.value === s.communeKind) ? (s.communeKind as string) : 'xa'
/** The unit's page: /truong-hoc/<kind>/<name>/ (/truong-hoc/xa/… for a xã, /truong-hoc/phuong/… for a phường). */
export const communeHref = (commune: string, kind = 'xa'): string =>
  `${SCHOOLS_BASE}${encodeURIComponent(kind)}/${encodeURIComponent(slugify(commune))}/`
/** "Phường Kim Tân" for a school's unit. */
export const unitNameOf = (s: { commune?: string | null; communeKind?: string | null }): string =>
  s.commune ? localUnitName(unitKindOf(s), s.commune) : ''

export const schoolLevelLabel = (level: string | null | undefined): string => labelOf(SCHOOL_LEVELS, level)

/** Schools grouped by level (in the vocabulary's order), names in Vietnamese order within each level. */
export function schoolsByLevel(schools: School[]): { value: string; label: string; schools: School[] }[] {
  return SCHOOL_LEVELS.map((l) => ({
    value: l.value,
    label: l.label,
    schools: schools.filter((s) => s.level === l.value).sort((a, b) => viCollator.compare(a.name, b.name)),
  })).filter((g) => g.schools.length > 0)
}

/**
 * The local units that have schools, in Vietnamese order of their names, each with its kind, its full name
 * ("Phường Kim Tân") and its schools (also in Vietnamese order).
 */
export function schoolsByCommune(
  schools: School[],
): { commune: string; kind: string; unitName: string; slug: string; schools: School[] }[] {
  const byUnit = new Map<string, { commune: string; kind: string; schools: School[] }>()
  for (const s of schools) {
    if (!s.commune) continue
    const kind = unitKindOf(s)
    const key = `${kind}/${s.commune}`
    const unit = byUnit.get(key) ?? { commune: s.commune, kind, schools: [] }
    unit.schools.push(s)
    byUnit.set(key, unit)
  }
  return [...byUnit.values()]
    .sort((a, b) => viCollator.compare(a.commune, b.commune) || a.kind.localeCompare(b.kind))
    .map((u) => ({
      ...u,
      unitName: localUnitName(u.kind, u.commune),
      slug: slugify(u.commune),
      schools: u.schools.sort((a, b) => viCollator.compare(a.name, b.name)),
    }))
}

const schoolIdOf = (v: School | Id | null | undefined) => (v && typeof v === 'object' ? v.id : v)
export const articlesOfSchool = (articles: Article[], school: School): Article[] =>
  articles.filter((a) => String(schoolIdOf(a.school)) === String(school.id))
export const exemplarsOfSchool = (exemplars: Exemplar[], school: School): Exemplar[] =>
  exemplars.filter((e) => String(schoolIdOf(e.school)) === String(school.id))
