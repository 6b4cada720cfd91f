import { describe, expect, it } from 'vitest'
import { articlesInTheme, relatedArticles, themeSlugs } from '../../site/src/lib/content'
import type { Article } from '../../site/src/lib/types'

const THEMES = ['chat-luong-giao-duc', 'chuyen-doi-so', 'an-toan-truong-hoc', 'nguoi-tot-viec-tot']

/** n articles, newest first, each with zero to three themes (one of them, now and then, given twice); some without any. */
const make = (n: number): Article[] =>
  Array.from({ length: n }, (_, i) => {
    // every seventh has no theme left (its themes deleted); every 97th also carries a theme almost no one has
    const slugs = i % 7 === 3 ? [] : THEMES.filter((_, t) => (i * 7 + t * 3) % 5 < 2)
    if (i % 97 === 0) slugs.push('chu-de-hiem')
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

/** What "related" means, said the slow way: the first `limit` others of the list sharing a theme, in its order. */
const relatedByScan = (articles: Article[], article: Article, limit = 3) =>
  articles.filter((a) => a.id !== article.id && themeSlugs(a).some((s) => themeSlugs(article).includes(s))).slice(0, limit)

describe("an article's related articles", () => {
  it('are the first others of the list sharing one of its themes, newest first, each once', () => {
    const articles = make(300)
    expect(articles.some((a) => themeSlugs(a).length === 0)).toBe(true)
    for (const article of articles) {
      expect(relatedArticles(articles, article), article.slug).toEqual(relatedByScan(articles, article))
      expect(relatedArticles(articles, article, 12), article.slug).toEqual(relatedByScan(articles, article, 12))
    }
  })

  it('are found for an article of another list (the plan asks the previous list about the previous article)', () => {
    const now = make(120)
    const before = make(120).slice(10)
    for (const article of before.slice(0, 40)) expect(relatedArticles(now, article)).toEqual(relatedByScan(now, article))
  })

  it('are none for an article whose themes nobody else carries, nor for one without a theme', () => {
    const articles = make(60)
    const alone = { id: 999, slug: 'tin-rieng', title: '', themes: [{ id: 9, slug: 'chu-de-rieng', name: '' }] } as unknown as Article
    const bare = { id: 998, slug: 'tin-khong-chu-de', title: '', themes: [] } as unknown as Article
    expect(relatedArticles([...articles, alone], alone)).toEqual([])
    expect(relatedArticles(articles, bare)).toEqual([])
  })
})
