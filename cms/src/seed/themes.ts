import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { planItems } from '@gd/shared/plan-items'
import { THEMES, THEMES_PLAN } from '@gd/shared/themes'
import { findBy, local } from './stored'

const HERE = path.dirname(fileURLToPath(import.meta.url))

/** The plan's own words for each of its content items (mục II, 1–10), from the plan's text. */
async function planWording(): Promise<Map<number, string>> {
  const text = await fs.readFile(path.join(HERE, 'data/ke-hoach-92.txt'), 'utf8')
  return planItems(text, 'II. NỘI DUNG TRUYỀN THÔNG')
}

/**
 * The 2024 plan's ten themes, in use, with the plan's wording, idempotent (by slug). Returns their ids by slug.
 * Always seeded, demo content or not; the link to the plan's document is set by linkThemesToPlan once it exists.
 */
export async function seedThemes(payload: Payload, count: (key: string) => void): Promise<Map<string, number>> {
  const wording = await planWording()
  const ids = new Map<string, number>()
  for (const theme of THEMES) {
    const found = await findBy(payload, 'themes', 'slug', theme.slug)
    const doc =
      found ??
      (await payload.create({
        ...local,
        collection: 'themes',
        data: { ...theme, year: THEMES_PLAN.year, status: 'dang-ap-dung', planWording: wording.get(theme.order) },
      }))
    if (!found) count('themes')
    ids.set(theme.slug, doc.id)
  }
  return ids
}

/** Ties the plan's themes that have no plan yet to the plan's document (92/KH-PGDĐT, in the documents library). */
export async function linkThemesToPlan(payload: Payload, documentIds: Map<string, number>): Promise<void> {
  const plan = documentIds.get(THEMES_PLAN.number)
  if (!plan) return
  await payload.update({
    ...local,
    collection: 'themes',
    where: { and: [{ year: { equals: THEMES_PLAN.year } }, { plan: { exists: false } }] },
    data: { plan },
  })
}
