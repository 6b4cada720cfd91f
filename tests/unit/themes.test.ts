import { describe, expect, it } from 'vitest'
import { THEMES, themeBySlug } from '@gd/shared/themes'
import { slugify } from '@gd/shared/text'

describe('the ten plan themes', () => {
  it('are the plan II items 1–10, in order', () => {
    expect(THEMES.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(THEMES[0].name).toBe('Nghị quyết, chính sách, pháp luật về giáo dục')
    expect(THEMES[2].name).toBe('Chương trình GDPT 2018 và sách giáo khoa')
    expect(THEMES[9].name).toBe('Thi đua, khen thưởng, điển hình tiên tiến')
  })
  it('have unique URL-safe slugs and a description', () => {
    expect(new Set(THEMES.map((t) => t.slug)).size).toBe(10)
    for (const t of THEMES) {
      expect(slugify(t.slug)).toBe(t.slug)
      expect(t.description.length).toBeGreaterThan(40)
      expect(themeBySlug(t.slug)).toBe(t)
    }
  })
})
