import { describe, expect, it } from 'vitest'
import { articlesInTheme, themeSlugs } from '../../site/src/lib/content'
import type { Article } from '../../site/src/lib/types'

const THEMES = ['chat-luong-giao-duc', 'chuyen-doi-so', 'an-toan-truong-hoc', 'nguoi-tot-viec-tot']

/** n articles, newest first, each with zero to three themes (one of them, now and then, given twice). */
const make = (n: number): Article[] =>
  Array.from({ length: n }, (_, i) => {
    const slugs = THEMES.filter((_, t) => (i * 7 + t * 3) % 5 < 2)
    if (i % 11 === 0 && slugs[0]) slugs.push(slugs[0])
    return { id: i + 1, slug: `tin-${i + 1}`, title: `Tin ${i + 1}`, themes: slugs.map((slug, t) => ({ id: t, slug, name: '' })) }
  }) as unknown as Article[]

describe("a theme's articles", () => {
  it('are the articles carrying it, in the order of the list, each once', () => {
    const articles = make(200)
    for (const slug of [...THEMES, 'khong-co-tin']) {
      const expected = articles.filter((a) => themeSlugs(a).includes(slug))
      expect(articlesInTheme(articles, slug), slug).toEqual(expected)
    }
    expect(articlesInTheme(articles, 'khong-co-tin')).toEqual([])
  })

  it("are the given list's: another list (an incremental build's previous one) is grouped on its own", () => {
    const now = make(40)
    const before = now.slice(5)
    expect(articlesInTheme(now, THEMES[0]!).length).toBeGreaterThan(articlesInTheme(before, THEMES[0]!).length)
    expect(articlesInTheme(before, THEMES[0]!)).toEqual(before.filter((a) => themeSlugs(a).includes(THEMES[0]!)))
  })

  it("are a list of the caller's own: changing it changes nothing for the next caller", () => {
    const articles = make(50)
    const first = articlesInTheme(articles, THEMES[1]!)
    const length = first.length
    first.splice(0, first.length)
    expect(articlesInTheme(articles, THEMES[1]!)).toHaveLength(length)
  })
})
