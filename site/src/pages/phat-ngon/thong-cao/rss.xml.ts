/** /phat-ngon/thong-cao/rss.xml: the newest press releases (articles flagged as thông cáo báo chí). */
import type { APIRoute } from 'astro'
import { getArticles, getSiteSettings } from '../../../lib/cms.ts'
import { articleFeed, PRESS_FEED } from '../../../lib/feeds.ts'
import { DEFAULT_SITE } from '../../../lib/seo.ts'

export const GET: APIRoute = async ({ site }) => {
  const [articles, settings] = await Promise.all([getArticles(), getSiteSettings()])
  const org = settings.orgName ?? 'Trang thông tin điện tử'
  return articleFeed({
    title: `Thông cáo báo chí – ${org}`,
    description: `Thông cáo báo chí của ${org}.`,
    site: site ?? DEFAULT_SITE,
    articles: articles.filter((a) => a.pressRelease === true),
    selfPath: PRESS_FEED.href,
  })
}
