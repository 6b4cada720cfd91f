import { CORRECTED_COLLECTIONS, newestCorrectionsFirst, targetId } from '@gd/shared/corrections'
import type { CorrectionDoc } from '../types.ts'
import { fetchAll, once } from './client.ts'
import { getArticles } from './articles.ts'
import { getExemplars } from './exemplars.ts'

/**
 * Corrections of the articles and exemplars the site shows, newest first (@gd/shared/corrections). Targets are read
 * as ids (depth 0) and kept only when the item is among the published ones this build renders: a correction of an
 * item taken offline since leaves the site with it.
 */
export const getCorrections = (): Promise<CorrectionDoc[]> =>
  once('corrections', async () => {
    const [all, articles, exemplars] = await Promise.all([
      fetchAll<CorrectionDoc>('corrections', { depth: 0 }),
      getArticles(),
      getExemplars(),
    ])
    const live: Record<(typeof CORRECTED_COLLECTIONS)[number], Set<string>> = {
      articles: new Set(articles.map((a) => String(a.id))),
      exemplars: new Set(exemplars.map((e) => String(e.id))),
    }
    return newestCorrectionsFirst(all.filter((c) => live[c.target.relationTo]?.has(targetId(c))))
  })
