/** /rss.xml: the newest news of every theme. */
import type { APIRoute } from 'astro'
import { getArticles, getSiteSettings } from '../lib/cms.ts'
import { articleFeed, NEWS_FEED } from '../lib/feeds.ts'
import { DEFAULT_SITE } from '../lib/seo.ts'

export const GET: APIRoute = async ({ site }) => {
  const [articles, settings] = await Promise.all([getArticles(), getSiteSettings()])
  const org = settings.orgName ?? 'Trang thông tin điện tử'
  return articleFeed({
    title: `Tin tức – ${org}`,
    description: `Tin tức, hoạt động của ngành giáo dục do ${org} đăng tải.`,
    site: site ?? DEFAULT_SITE,
    articles,
    selfPath: NEWS_FEED.href,
  })
}
