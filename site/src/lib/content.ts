/** Pure selections over loaded content (no fetching here). */
import { populated, type Article, type ThemeDoc } from './types.ts'

const slugsOf = new WeakMap<Article, readonly string[]>()

/** The slugs of an article's themes (worked out once per article: the lists and plans below ask for them often). */
export function themeSlugs(article: Article): readonly string[] {
  let slugs = slugsOf.get(article)
  if (!slugs) {
    slugs = (article.themes ?? []).map((t) => populated<ThemeDoc>(t)?.slug).filter((s): s is string => !!s)
    slugsOf.set(article, slugs)
  }
  return slugs
}

const byThemeOf = new WeakMap<readonly Article[], Map<string, Article[]>>()
const positionsOf = new WeakMap<readonly Article[], Map<Article, number>>()

/** A list's articles grouped by theme, each group in the list's order: made at the list's first question, kept with it. */
function themeGroups(articles: readonly Article[]): Map<string, Article[]> {
  let byTheme = byThemeOf.get(articles)
  if (!byTheme) {
    byTheme = new Map()
    for (const article of articles)
      for (const s of new Set(themeSlugs(article))) {
        const list = byTheme.get(s)
        if (list) list.push(article)
        else byTheme.set(s, [article])
      }
    byThemeOf.set(articles, byTheme)
  }
  return byTheme
}

/** Where each article stands in a list (made once per list). */
function positions(articles: readonly Article[]): Map<Article, number> {
  let at = positionsOf.get(articles)
  if (!at) {
    at = new Map(articles.map((a, i) => [a, i]))
    positionsOf.set(articles, at)
  }
  return at
}

/**
 * Articles (already newest first) that carry the theme. A list is grouped by theme once, at its first question:
 * every theme's pages, feed and counts ask it for each theme, and an incremental build's plan asks both lists
 * (at 20,000 articles, one pass over all of them per question held the build about 0.4 s).
 */
export function articlesInTheme(articles: readonly Article[], slug: string): Article[] {
  // a copy: what the caller does with its list is not the next caller's
  return [...(themeGroups(articles).get(slug) ?? [])]
}

/**
 * Up to `limit` other articles sharing a theme with `article`, newest first: the first of its themes' groups, taken
 * in the list's order (an article in two of them once). Every article page asks it, and an incremental build's plan
 * asks it for every article in both lists: walking the whole list instead until `limit` were found took 14.7 s of a
 * plan at 20,000 articles when 30 % of them shared no theme with any other (none left, as after a theme was deleted
 * before that was refused, or one of their own), where nothing is ever found.
 */
export function relatedArticles(articles: readonly Article[], article: Article, limit = 3): Article[] {
  const groups = themeGroups(articles)
  const lists = [...new Set(themeSlugs(article))].map((slug) => groups.get(slug) ?? [])
  const at = positions(articles)
  const next = lists.map(() => 0)
  const related: Article[] = []
  while (related.length < limit) {
    // the newest head among the groups
    let first: Article | undefined
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![next[i]!]
      if (head && (!first || at.get(head)! < at.get(first)!)) first = head
    }
    if (!first) break
    for (let i = 0; i < lists.length; i++) if (lists[i]![next[i]!] === first) next[i]!++
    if (first.id !== article.id) related.push(first)
  }
  return related
}
