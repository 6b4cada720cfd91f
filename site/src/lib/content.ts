/** Pure selections over loaded content (no fetching here). */
import { populated, type Article, type ThemeDoc } from './types.ts'

export function themeSlugs(article: Article): string[] {
  return (article.themes ?? []).map((t) => populated<ThemeDoc>(t)?.slug).filter((s): s is string => !!s)
}

/** Articles (already newest first) that carry the theme. */
export function articlesInTheme(articles: readonly Article[], slug: string): Article[] {
  return articles.filter((a) => themeSlugs(a).includes(slug))
}

/** Up to `limit` other articles sharing a theme with `article`, newest first. */
export function relatedArticles(articles: readonly Article[], article: Article, limit = 3): Article[] {
  const slugs = new Set(themeSlugs(article))
  const related: Article[] = []
  // stops at the limit: incremental builds ask this for every article, against every other
  for (const a of articles) {
    if (related.length >= limit) break
    if (a.id !== article.id && themeSlugs(a).some((s) => slugs.has(s))) related.push(a)
  }
  return related
}
