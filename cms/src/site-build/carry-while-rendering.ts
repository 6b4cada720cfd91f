import fs from 'node:fs'
import path from 'node:path'
import { readRenderPlan, type RenderPlan } from '@gd/shared/site-build-contract'
import { carryOver } from './carry-over'
import { SEARCH_CARRIED, SEARCH_CARRIED_NAMES } from './search-index'
import { linkAllPages } from './linked-ahead'

/** How often the build looks for the render plan while Astro runs. */
const PLAN_POLL_MS = 20

export interface CarriedPages {
  /** pages brought over (a page the previous build lacks is not) */
  reused: number
  /** whether the live build's search index came with them (./search-index.ts: SEARCH_CARRIED) */
  search: boolean
}

/**
 * The pages an incremental build's render plan keeps unchanged, brought over from the previous (live) build: each
 * page folder's own files, not its sub-folders, which are other pages (a list's "trang/2/" under an article whose
 * address is "trang"), kept or rendered on their own (./carry-over.ts). The live build's search index comes with
 * them when it is whole: the search step then finds it there (or, indexing everything again, removes it first).
 */
export async function carryPages(previous: string, dir: string, plan: RenderPlan, linked: string[] = []): Promise<CarriedPages> {
  const search = SEARCH_CARRIED_NAMES.every((name) => fs.existsSync(path.join(previous, name)))
  const kept = new Set(plan.carryOver.map(pageFolder))
  const there = new Set(linked)
  const answer = await carryOver({
    from: previous,
    to: dir,
    drop: linked.filter((page) => !kept.has(page)),
    pages: plan.carryOver.filter((page) => !there.has(pageFolder(page))),
    ...(search ? SEARCH_CARRIED : {}),
  })
  return { reused: answer.pages + plan.carryOver.filter((page) => there.has(pageFolder(page))).length, search }
}

/** A page folder as the carry-over worker lists them: relative, ending in one slash ("tin-tuc/abc/"). */
const pageFolder = (page: string) => `${page.replace(/^\/+|\/+$/g, '')}/`

/**
 * An incremental build's carry-over, begun as Astro starts. Every page of the live build is linked into the build folder
 * at once (in a process of their own, on the other core: at 20,000 articles these links are the longest part of a
 * one-article build, and they no longer wait for the plan), unless that was done while the site was idle
 * (./linked-ahead.ts: `linked` is then what was linked there); Astro's site loader writes the render plan
 * (site/src/lib/loaders/pages-to-render.ts) before it renders the pages, and from then on the pages kept are known:
 * the others are taken out again (a page rendered anew, a page gone from the site) and the few kept pages not linked
 * yet are carried. Astro writes into a folder of its own (renderDir), moved in when it is done by renames
 * (./staging.ts), so nothing is ever written through a carried link (that would change the live site). Only the plan
 * made for renderDir is taken: another process's build may have written its own meanwhile.
 *
 * finish(), once Astro is done: stops looking for the plan and answers what was carried, or null when no incremental
 * plan for this build came while Astro ran (then every page linked at the start is taken out again). abandon(), when
 * Astro failed: waits for the links to end, before the folder is removed.
 */
export function carryWhileRendering(
  previous: string,
  dir: string,
  cacheDir: string,
  renderDir: string,
  linked?: Promise<string[]>,
): { finish(): Promise<CarriedPages | null>; abandon(): Promise<void> } {
  const linking = linked ?? linkAllPages(previous, dir) // its failure is answered by finish()
  let carrying: Promise<CarriedPages> | null = null
  let timer: NodeJS.Timeout | undefined
  /** Takes this build's plan once it is there; answers whether to look again. */
  const take = (): boolean => {
    const plan = readRenderPlan(cacheDir)
    if (!plan || path.resolve(plan.for) !== path.resolve(renderDir)) return true
    if (plan.mode === 'incremental') {
      carrying = linking.then((linked) => carryPages(previous, dir, plan, linked))
      carrying.catch(() => undefined) // its failure is answered by finish()
    }
    return false
  }
  const look = () => {
    if (take()) timer = setTimeout(look, PLAN_POLL_MS)
  }
  timer = setTimeout(look, PLAN_POLL_MS)
  return {
    async finish() {
      clearTimeout(timer)
      // a plan written since the last look (Astro may end within one poll of writing it) is still this build's
      if (!carrying) take()
      if (carrying) return carrying
      // no incremental plan: the build renders every page, and nothing linked from the live build may stay
      await carryOver({ from: previous, to: dir, drop: await linking })
      return null
    },
    async abandon() {
      clearTimeout(timer)
      await Promise.allSettled([linking, carrying])
    },
  }
}
