/**
 * Which detail and list pages this build renders (the rest are carried over from the live build): computed once
 * from the synced articles and exemplars (see ../render-plan.ts) and handed to the CMS's build runner as the
 * render plan (the site build contract).
 */
import fs from 'node:fs'
import path from 'node:path'
import { type CachedCollection, readSiteBuildEnv, type RenderPlan, writeRenderPlan } from '@gd/shared/site-build-contract'
import { planIncremental, type IncrementalPlan } from '../render-plan.ts'
import type { Article, Exemplar } from '../types.ts'
import { articleHref, exemplarHref } from '../urls.ts'
import { once } from './client.ts'
import { getThemes } from './themes.ts'
import { synced } from './content-cache.ts'
import { newestFirst } from './newest-first.ts'
import { getArticles } from './articles.ts'
import { getExemplars } from './exemplars.ts'

const build = readSiteBuildEnv()

function handOver(plan: Omit<RenderPlan, 'for'>): void {
  if (build.cacheDir) writeRenderPlan(build.cacheDir, { ...plan, for: build.dist ?? '' })
}

/** The incremental plan of this build, or null for a full build (everything is rendered). Computed once. */
const incrementalPlan = (): Promise<IncrementalPlan | null> =>
  once('render-plan', async () => {
    const [a, e] = await Promise.all([synced<Article>('articles'), synced<Exemplar>('exemplars')])
    // the same lists (and objects) the pages show
    const [articles, exemplars] = await Promise.all([getArticles(), getExemplars()])
    if (!a.changed || !e.changed) {
      handOver({ mode: 'full', rendered: articles.length + exemplars.length, carryOver: [] })
      return null
    }
    const previousBuild = build.previous
    const plan = planIncremental({
      articles,
      oldArticles: newestFirst(a.previous),
      changedArticles: a.changed,
      exemplars,
      oldExemplars: newestFirst(e.previous),
      changedExemplars: e.changed,
      themeSlugs: (await getThemes()).map((t) => t.slug),
      articleHref,
      exemplarHref,
      inPrevious: (href) => !previousBuild || fs.existsSync(path.join(previousBuild, href, 'index.html')),
    })
    handOver({ mode: 'incremental', rendered: plan.rendered, carryOver: plan.carryOver })
    return plan
  })

/** The slugs of the detail pages this build renders, or null to render them all. */
export const pagesToRender = async (collection: CachedCollection): Promise<Set<string> | null> =>
  (await incrementalPlan())?.[collection] ?? null

/** The later pages (≥ 2) of a list this build renders, or null to render them all. */
export const listPagesToRender = async (list: string): Promise<Set<number> | null> => (await incrementalPlan())?.lists.get(list) ?? null
