import type { SiteTheme } from '../themes.ts'
import { populated, type DocumentDoc, type ThemeDoc } from '../types.ts'
import { fetchAll, once } from './client.ts'

/**
 * Every theme the CMS holds, in use or retired, in order, with its plan document when that is published: themes
 * are content, so a theme an editor creates gets its page, feed, search filter and feedback-form option on the next
 * rebuild, with no code change.
 */
export const getThemes = (): Promise<SiteTheme[]> =>
  once('themes', async () =>
    (await fetchAll<ThemeDoc>('themes', { depth: 1 }))
      .filter((t): t is ThemeDoc & { slug: string } => !!t.slug)
      .map((t) => {
        const plan = populated<DocumentDoc>(t.plan as DocumentDoc | number | null)
        return {
          slug: t.slug,
          name: t.name,
          description: t.description ?? '',
          planWording: t.planWording ?? '',
          order: t.order,
          year: t.year,
          inUse: t.status !== 'da-ket-thuc',
          plan: plan?.slug && plan.number ? { number: plan.number, slug: plan.slug, summary: plan.summary ?? '' } : null,
        }
      })
      .sort((a, b) => a.order - b.order || b.year - a.year),
  )
