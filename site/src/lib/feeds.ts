/**
 * RSS 2.0 feeds (@astrojs/rss): all news at /rss.xml, each theme at /chu-de/<theme>/rss.xml, press releases at
 * /phat-ngon/thong-cao/rss.xml. Links are absolute
 * on the public origin (Astro `site`, from PUBLIC_URL).
 */
import rss, { type RSSFeedItem } from '@astrojs/rss'
import { populated, type Article, type ThemeDoc } from './types.ts'
import { articleHref } from './urls.ts'

/** Newest items a feed carries. */
export const FEED_LIMIT = 30

export function articleFeedItem(article: Article): RSSFeedItem {
  return {
    title: article.title,
    link: articleHref(article.slug),
    pubDate: article.publishedAt ? new Date(article.publishedAt) : undefined,
    description: article.excerpt ?? undefined,
    categories: (article.themes ?? []).map((t) => populated<ThemeDoc>(t)?.name).filter((n): n is string => !!n),
  }
}

export interface FeedInput {
  title: string
  description: string
  site: URL | string
  articles: readonly Article[]
  /** the feed's own path, for atom:link rel=self */
  selfPath: string
}

export function articleFeed({ title, description, site, articles, selfPath }: FeedInput): Promise<Response> {
  const self = new URL(selfPath, site).href
  return rss({
    title,
    description,
    site,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi-vn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: articles.slice(0, FEED_LIMIT).map(articleFeedItem),
  })
}

/** The alternate link a page's head carries for a feed. */
export interface FeedLink {
  href: string
  title: string
}
export const NEWS_FEED: FeedLink = { href: '/rss.xml', title: 'Tin tức (RSS)' }
export const PRESS_FEED: FeedLink = { href: '/phat-ngon/thong-cao/rss.xml', title: 'Thông cáo báo chí (RSS)' }
export const themeFeedHref = (slug: string): string => `/chu-de/${encodeURIComponent(slug)}/rss.xml`
