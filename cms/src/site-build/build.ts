import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { clearRenderPlan, promoteContentCache, readRenderPlan, siteBuildEnv } from '@gd/shared/site-build-contract'
import { runAstro } from './astro'
import { carryPages, carryWhileRendering } from './carry-while-rendering'
import { CODE_MARKER, recordedFingerprint, siteCodeFingerprint } from './code-fingerprint'
import { indexSearch, type SearchIndexResult } from './search-index'
import { astroOutputFor, filesUnder, moveAstroOutput, RENDERING_DIR } from './staging'
import { CONTENT_CACHE_DIR, pagefindCommand, SITE_SOURCE_DIR } from './paths'
import { copiesComplete, markCopiesPending, precompressBuild } from './precompress'
import { SEARCH_CHANGES_DIR, SEARCH_MAIN_DIR } from '@gd/shared/search-index'
import { currentBuild, newBuildDir, publishBuild } from './publish'
import { linkNextBuildAhead, takeLinkedAhead } from './linked-ahead'

export type BuildMode = 'full' | 'incremental'

export interface BuildResult {
  mode: BuildMode
  /** From the start until the new site is live (the compressed copies are written after: the log says how long). */
  seconds: number
  dir: string
  log: string
  /** Pages rendered by Astro in this build and pages carried over unchanged from the previous one. */
  rendered?: number
  reused?: number
}

/**
 * What a build does once it is live, still holding the build lock (the next build waits for it), both at once: the
 * compressed copies of its new files (./precompress.ts; of the whole folder for a full build, `written` null, and
 * when the build it carried pages from had not finished its own) and what the next build reads of the search index
 * (./search-index.ts). The new site needs neither (a page without its copy is sent as it is), so it goes live without
 * waiting for them, and a failure here is told in the log, not as a failed build: the next build compresses what is
 * missing, or indexes every page again. Answers the log's account of it.
 */
async function afterGoingLive(
  dir: string,
  search: SearchIndexResult,
  carriedFrom: string | null,
  written: string[] | null,
): Promise<string> {
  const started = Date.now()
  const searchDirs = [SEARCH_CHANGES_DIR, ...(search.mode === 'whole' ? [SEARCH_MAIN_DIR] : [])]
  const only = !written || (carriedFrom && !copiesComplete(carriedFrom)) ? ['.'] : [...written, ...searchDirs]
  const [copies, remembered] = await Promise.allSettled([precompressBuild(dir, only), search.remember()])
  const failed = (what: string, reason: unknown) =>
    `${what} KHÔNG xong (${reason instanceof Error ? reason.message : String(reason)}; build sau sẽ làm lại)`
  return [
    copies.status === 'fulfilled' ? `nén sẵn ${copies.value} tệp` : failed('nén sẵn', copies.reason),
    remembered.status === 'fulfilled' ? 'ghi chỉ mục tìm kiếm cho lần sau' : failed('ghi chỉ mục tìm kiếm cho lần sau', remembered.reason),
    `${(Date.now() - started) / 1000} s`,
  ].join(', ')
}

export class SiteBuildError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
  }
}

function exec(command: string, args: string[], env: NodeJS.ProcessEnv, output: { log: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: SITE_SOURCE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const add = (d: Buffer) => {
      output.log = (output.log + d.toString()).slice(-64_000)
    }
    child.stdout.on('data', add)
    child.stderr.on('data', add)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} kết thúc với mã ${code}`))))
  })
}

/**
 * One build of the public site into a new folder: Astro (reading the CMS at cmsUrl through the content cache),
 * and, for an incremental build, the unchanged pages carried over from the live build while Astro renders, then the search
 * index (./search-index.ts: of every page, or of the pages changed since the live build's main index); then the folder
 * is published atomically, and the compressed copies of what is new are written into it (afterGoingLive). A failure
 * before it is live leaves the live site untouched and removes the half-built folder (a killed build's folder, never
 * marked complete, is removed by a later publish). A wait for the build lock is reported through onWait.
 */
export async function buildAndPublish(cmsUrl: string, requested: BuildMode, onWait?: (message: string) => void): Promise<BuildResult> {
  const started = Date.now()
  const previous = await currentBuild()
  const code = await siteCodeFingerprint()
  // pages carried over must come from a build of the same code (./code-fingerprint.ts), else everything is rendered
  const sameCode = previous !== null && (await recordedFingerprint(previous)) === code
  const mode: BuildMode = requested === 'incremental' && previous && sameCode ? 'incremental' : 'full'
  // the folder linked from the live build while the site was idle, if this build carries from it (./linked-ahead.ts)
  const ahead = await takeLinkedAhead(mode === 'incremental' ? previous : null)
  const dir = ahead?.dir ?? (await newBuildDir())
  const output = { log: '' }
  const astroOut = await astroOutputFor(dir)
  // an incremental build carries the kept pages over into the build folder while Astro still renders
  // (./carry-while-rendering.ts): Astro then writes into a folder of its own, moved in when it is done
  const renderDir = mode === 'incremental' && astroOut === dir ? path.join(dir, RENDERING_DIR) : astroOut
  const env = siteBuildEnv({ cmsUrl, dist: renderDir, cacheDir: CONTENT_CACHE_DIR, mode, previous })
  try {
    await fs.mkdir(CONTENT_CACHE_DIR, { recursive: true })
    clearRenderPlan(CONTENT_CACHE_DIR)
    const early =
      mode === 'incremental' && previous ? carryWhileRendering(previous, dir, CONTENT_CACHE_DIR, renderDir, ahead?.linked) : null
    const t0 = Date.now()
    try {
      await runAstro(
        env,
        (chunk) => {
          output.log = (output.log + chunk).slice(-64_000)
        },
        onWait,
        code,
      )
    } catch (err) {
      await early?.abandon() // done with the folder before it is removed
      throw err
    }
    const t1 = Date.now()
    // what Astro wrote, for the search index and the compressed copies of an incremental build; a full build wrote its
    // whole folder, walked for its copies after it is live (listed here, 5,000 folders read one by one held its going
    // live back by about 0.3 s)
    const written = mode === 'incremental' ? await filesUnder(renderDir) : null
    let carried = (await early?.finish()) ?? null
    const carriedWhileRendering = carried !== null
    await moveAstroOutput(renderDir, dir)
    const plan = readRenderPlan(CONTENT_CACHE_DIR)
    if (!carried && mode === 'incremental' && previous && plan?.mode === 'incremental') carried = await carryPages(previous, dir, plan)
    const reused = carried?.reused ?? 0
    await fs.writeFile(path.join(dir, CODE_MARKER), code)
    const t2 = Date.now()
    const carriedFrom = mode === 'incremental' && plan?.mode === 'incremental' ? previous : null
    const search = await indexSearch(
      dir,
      carriedFrom,
      (written ?? []).filter((f) => f.endsWith('.html')),
      (args) => exec(pagefindCommand(), args, env, output),
      carried?.search,
    )
    const t3 = Date.now()
    await markCopiesPending(dir)
    await publishBuild(dir)
    const t4 = Date.now()
    promoteContentCache(CONTENT_CACHE_DIR)
    const after = await afterGoingLive(dir, search, carriedFrom, written)
    linkNextBuildAhead(dir)
    output.log += `\n[thời gian] astro ${(t1 - t0) / 1000} s, giữ trang cũ ${(t2 - t1) / 1000} s${carriedWhileRendering ? ' (sau khi dựng trang xong; bắt đầu trong lúc dựng)' : ''}, tìm kiếm (${search.mode === 'whole' ? 'toàn bộ' : 'phần đổi'}, ${search.pages} trang) ${(t3 - t2) / 1000} s, xuất bản ${(t4 - t3) / 1000} s; sau khi xuất bản: ${after}\n`
    return { mode: plan?.mode ?? mode, seconds: (t4 - started) / 1000, dir, log: output.log, rendered: plan?.rendered, reused }
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
    if (astroOut !== dir) await fs.rm(astroOut, { recursive: true, force: true }).catch(() => undefined)
    throw new SiteBuildError(err instanceof Error ? err.message : String(err), output.log)
  }
}
