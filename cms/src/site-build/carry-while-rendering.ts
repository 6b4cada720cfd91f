import fs from 'node:fs'
import path from 'node:path'
import { readRenderPlan, type RenderPlan } from '@gd/shared/site-build-contract'
import { carryOver } from './carry-over'
import { SEARCH_CARRIED, SEARCH_CARRIED_NAMES } from './search-index'

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
export async function carryPages(previous: string, dir: string, plan: RenderPlan): Promise<CarriedPages> {
  const search = SEARCH_CARRIED_NAMES.every((name) => fs.existsSync(path.join(previous, name)))
  const reused = await carryOver({ from: previous, to: dir, pages: plan.carryOver, ...(search ? SEARCH_CARRIED : {}) })
  return { reused, search }
}

/**
 * An incremental build's carry-over, begun while Astro still renders. Astro's site loader writes the render plan
 * (site/src/lib/loaders/pages-to-render.ts) before it renders the pages; from then on the pages kept are known and
 * are linked into the build folder while Astro writes into a folder of its own (renderDir), moved in when it is done
 * by renames (./staging.ts), so nothing is ever written through a carried link (that would change the live site).
 * Only the plan made for renderDir is taken: another process's build may have written its own meanwhile. The links
 * (in a process of their own, on the other core) then overlap the rendering instead of following it.
 *
 * finish(), once Astro is done or has failed: stops looking for the plan and answers what was carried, or null
 * when no incremental plan for this build came while Astro ran.
 */
export function carryWhileRendering(
  previous: string,
  dir: string,
  cacheDir: string,
  renderDir: string,
): { finish(): Promise<CarriedPages | null> } {
  let carrying: Promise<CarriedPages> | null = null
  let timer: NodeJS.Timeout | undefined
  const look = () => {
    const plan = readRenderPlan(cacheDir)
    if (!plan || path.resolve(plan.for) !== path.resolve(renderDir)) timer = setTimeout(look, PLAN_POLL_MS)
    else if (plan.mode === 'incremental') {
      carrying = carryPages(previous, dir, plan)
      carrying.catch(() => undefined) // its failure is answered by finish()
    }
  }
  timer = setTimeout(look, PLAN_POLL_MS)
  return {
    finish() {
      clearTimeout(timer)
      return carrying ?? Promise.resolve(null)
    },
  }
}
