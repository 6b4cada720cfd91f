import fs from 'node:fs/promises'
import path from 'node:path'
import { readRenderPlan, type RenderPlan } from '@gd/shared/site-build-contract'
import { carryFile } from './carry-over'

/** How often the build looks for the render plan while Astro runs. */
const PLAN_POLL_MS = 20

export interface CarriedPages {
  /** pages brought over (a page the previous build lacks is not) */
  reused: number
}

/**
 * One page of the previous build brought into the new one: the files of its folder (the page and its compressed
 * copies), by hard links (./carry-over.ts). Not its sub-folders: those are other pages (a list's "trang/2/" under an
 * article whose address is "trang"), kept or rendered on their own. Answers false when the previous build lacks it.
 */
async function carryPage(from: string, to: string): Promise<boolean> {
  const entries = await fs.readdir(from, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null
    throw err
  })
  if (!entries) return false
  await fs.mkdir(to, { recursive: true })
  await Promise.all(entries.filter((e) => e.isFile()).map((e) => carryFile(path.join(from, e.name), path.join(to, e.name))))
  return true
}

/** The pages an incremental build's render plan keeps unchanged, brought over from the previous (live) build. */
export async function carryPages(previous: string, dir: string, plan: RenderPlan): Promise<CarriedPages> {
  const carried = await Promise.all(plan.carryOver.map((page) => carryPage(path.join(previous, page), path.join(dir, page))))
  return { reused: carried.filter(Boolean).length }
}

/**
 * An incremental build's carry-over, begun while Astro still renders. Astro's site loader writes the render plan
 * (site/src/lib/loaders/pages-to-render.ts) before it renders the pages; from then on the pages kept are known and
 * are linked into the build folder while Astro writes into a folder of its own (renderDir), moved in when it is done
 * by renames (./staging.ts), so nothing is ever written through a carried link (that would change the live site).
 * Only the plan made for renderDir is taken: another process's build may have written its own meanwhile. The links
 * (the kernel's work, on the other core) then overlap the rendering instead of following it.
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
