/** /chu-de/<theme>/rss.xml: the newest news of one theme. */
import type { APIRoute, GetStaticPaths } from 'astro'
import type { SiteTheme } from '../../../lib/themes.ts'
import { getArticles, getSiteSettings, getThemes } from '../../../lib/cms.ts'
import { articlesInTheme } from '../../../lib/content.ts'
import { articleFeed, themeFeedHref } from '../../../lib/feeds.ts'
import { DEFAULT_SITE } from '../../../lib/seo.ts'

export const getStaticPaths = (async () =>
  (await getThemes()).map((theme) => ({ params: { theme: theme.slug }, props: { theme } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props, site }) => {
  const { theme } = props as { theme: SiteTheme }
  const [articles, settings] = await Promise.all([getArticles(), getSiteSettings()])
  return articleFeed({
    title: `${theme.name} – ${settings.orgName ?? 'Tin tức'}`,
    description: theme.description,
    site: site ?? DEFAULT_SITE,
    articles: articlesInTheme(articles, theme.slug),
    selfPath: themeFeedHref(theme.slug),
  })
}
