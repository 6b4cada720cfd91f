/**
 * Themes as the site shows them (pure; the loader is ./loaders/themes.ts). Themes are content: every stored theme
 * has a page and a feed; those in use are listed first, in order, and offered on the feedback form and in search;
 * retired ones are listed under the plan they came from, newest plan first.
 */
export interface SiteTheme {
  slug: string
  name: string
  description: string
  /** The plan's own words for the item (empty when not given). */
  planWording: string
  order: number
  year: number
  inUse: boolean
  /** The plan document the theme belongs to, when published in the documents library. */
  plan: { number: string; slug: string; summary: string } | null
}

export interface PlanGroup {
  /** e.g. "Kế hoạch số 92/KH-PGDĐT (năm 2024)", or "Năm 2023" for themes without a published plan */
  label: string
  planSlug: string | null
  year: number
  themes: SiteTheme[]
}

const byOrder = (a: SiteTheme, b: SiteTheme) => a.order - b.order || a.name.localeCompare(b.name, 'vi')

export const themesInUse = (themes: readonly SiteTheme[]): SiteTheme[] => themes.filter((t) => t.inUse).sort(byOrder)

/** The plan a theme comes from, as a heading: the plan's number and year, or the year alone. */
export const planLabel = (t: Pick<SiteTheme, 'plan' | 'year'>): string =>
  t.plan ? `Kế hoạch số ${t.plan.number} (năm ${t.year})` : `Năm ${t.year}`

/** Retired themes grouped by their plan (or year), newest first; each group in the plan's order. */
export function retiredByPlan(themes: readonly SiteTheme[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>()
  for (const t of themes) {
    if (t.inUse) continue
    const key = t.plan ? `plan:${t.plan.slug}` : `year:${t.year}`
    const group = groups.get(key) ?? { label: planLabel(t), planSlug: t.plan?.slug ?? null, year: t.year, themes: [] }
    group.themes.push(t)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => b.year - a.year).map((g) => ({ ...g, themes: g.themes.sort(byOrder) }))
}
