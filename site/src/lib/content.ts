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
