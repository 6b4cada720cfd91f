import { describe, expect, it } from 'vitest'
import { planLabel, retiredByPlan, themesInUse, type SiteTheme } from '../../site/src/lib/themes'

const theme = (slug: string, order: number, year: number, inUse: boolean, plan: SiteTheme['plan'] = null): SiteTheme => ({
  slug,
  name: `Chủ đề ${slug}`,
  description: '',
  planWording: '',
  order,
  year,
  inUse,
  plan,
})
const plan92 = { number: '92/KH-PGDĐT', slug: '92-kh-pgddt-2024', summary: 'Triển khai công tác truyền thông năm 2024' }
const plan15 = { number: '15/KH-PGDĐT', slug: '15-kh-pgddt-2023', summary: 'Truyền thông năm 2023' }

describe('themes on the site', () => {
  const themes = [
    theme('c', 3, 2025, true),
    theme('a', 1, 2025, true),
    theme('old-2', 2, 2024, false, plan92),
    theme('old-1', 1, 2024, false, plan92),
    theme('older', 1, 2023, false, plan15),
    theme('no-plan', 4, 2022, false),
  ]

  it('lists the themes in use in order, without the retired ones', () => {
    expect(themesInUse(themes).map((t) => t.slug)).toEqual(['a', 'c'])
  })

  it('groups retired themes under their plan, newest plan first, each in order', () => {
    const groups = retiredByPlan(themes)
    expect(groups.map((g) => g.label)).toEqual(['Kế hoạch số 92/KH-PGDĐT (năm 2024)', 'Kế hoạch số 15/KH-PGDĐT (năm 2023)', 'Năm 2022'])
    expect(groups[0]!.themes.map((t) => t.slug)).toEqual(['old-1', 'old-2'])
    expect(groups[0]!.planSlug).toBe('92-kh-pgddt-2024')
    expect(groups[2]!.planSlug).toBeNull()
  })

  it('names a theme’s plan by number and year, or by the year alone', () => {
    expect(planLabel({ plan: plan92, year: 2024 })).toBe('Kế hoạch số 92/KH-PGDĐT (năm 2024)')
    expect(planLabel({ plan: null, year: 2026 })).toBe('Năm 2026')
  })
})
