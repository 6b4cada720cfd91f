import fs from 'node:fs/promises'
import path from 'node:path'
import { CONTENT_CACHE_DIR } from './paths'

/**
 * What the site's content loader decided for one build (written by site/src/lib/content-cache.ts):
 * a full render, or an incremental one that rendered only the detail pages whose content changed and asks
 * for the others (page folders relative to the site root) to be carried over from the live build.
 */
export interface RenderPlan {
  mode: 'full' | 'incremental'
  rendered: number
  carryOver: string[]
}

export const RENDER_PLAN_FILE = 'render-plan.json'

export async function readRenderPlan(): Promise<RenderPlan | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(CONTENT_CACHE_DIR, RENDER_PLAN_FILE), 'utf8')) as RenderPlan
  } catch {
    return null
  }
}
