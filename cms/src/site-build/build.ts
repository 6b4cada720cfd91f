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
import { startPrecompress } from './precompress'
import { SEARCH_CHANGES_DIR, SEARCH_MAIN_DIR } from '@gd/shared/search-index'
import { currentBuild, newBuildDir, publishBuild } from './publish'

export type BuildMode = 'full' | 'incremental'

export interface BuildResult {
  mode: BuildMode
  seconds: number
  dir: string
  log: string
  /** Pages rendered by Astro in this build and pages carried over unchanged from the previous one. */
  rendered?: number
  reused?: number
}

/** Both results once both have ended (neither left running into a folder being removed); the first failure rethrown. */
async function settled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b])
  if (ra.status === 'rejected') throw ra.reason
  if (rb.status === 'rejected') throw rb.reason
  return [ra.value, rb.value]
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
 * index (./search-index.ts: of every page, or of the pages changed since the live build's main index), then the
 * compressed copies of what is new (./precompress.ts); finally the folder is published atomically. A failure leaves the live
 * site untouched and removes the half-built folder (a killed build's folder, never marked complete, is removed by a
 * later publish). A wait for the build lock is reported through onWait.
 */
export async function buildAndPublish(cmsUrl: string, requested: BuildMode, onWait?: (message: string) => void): Promise<BuildResult> {
  const started = Date.now()
  const previous = await currentBuild()
  const code = await siteCodeFingerprint()
  // pages carried over must come from a build of the same code (./code-fingerprint.ts), else everything is rendered
  const sameCode = previous !== null && (await recordedFingerprint(previous)) === code
  const mode: BuildMode = requested === 'incremental' && previous && sameCode ? 'incremental' : 'full'
  const dir = await newBuildDir()
  const output = { log: '' }
  const astroOut = await astroOutputFor(dir)
  // an incremental build carries the kept pages over into the build folder while Astro still renders
  // (./carry-while-rendering.ts): Astro then writes into a folder of its own, moved in when it is done
  const renderDir = mode === 'incremental' && astroOut === dir ? path.join(dir, RENDERING_DIR) : astroOut
  const env = siteBuildEnv({ cmsUrl, dist: renderDir, cacheDir: CONTENT_CACHE_DIR, mode, previous })
  try {
    await fs.mkdir(CONTENT_CACHE_DIR, { recursive: true })
    clearRenderPlan(CONTENT_CACHE_DIR)
    const early = mode === 'incremental' && previous ? carryWhileRendering(previous, dir, CONTENT_CACHE_DIR, renderDir) : null
    const t0 = Date.now()
    try {
      await runAstro(
        env,
        (chunk) => {
          output.log = (output.log + chunk).slice(-64_000)
        },
        onWait,
      )
    } catch (err) {
      await early?.finish().catch(() => undefined) // done with the folder before it is removed
      throw err
    }
    const t1 = Date.now()
    const written = await filesUnder(renderDir)
    let carried = (await early?.finish()) ?? null
    const carriedWhileRendering = carried !== null
    await moveAstroOutput(renderDir, dir)
    const plan = readRenderPlan(CONTENT_CACHE_DIR)
    if (!carried && mode === 'incremental' && previous && plan?.mode === 'incremental') carried = await carryPages(previous, dir, plan)
    const reused = carried?.reused ?? 0
    await fs.writeFile(path.join(dir, CODE_MARKER), code)
    const t2 = Date.now()
    const carriedFrom = mode === 'incremental' && plan?.mode === 'incremental' ? previous : null
    // Astro's output is compressed while the search index is written: Pagefind only reads the pages, the workers only
    // write copies beside them (*.html.br, never matched by Pagefind's *.html); then the index, by the same workers.
    // Carried folders bring their copies.
    const compressing = startPrecompress(dir)
    let search: SearchIndexResult
    let t3: number
    try {
      ;[search] = await settled(
        indexSearch(
          dir,
          carriedFrom,
          written.filter((f) => f.endsWith('.html')),
          (args) => exec(pagefindCommand(), args, env, output),
          carried?.search,
        ),
        compressing.add(written),
      )
      t3 = Date.now()
      await compressing.add([SEARCH_CHANGES_DIR, ...(search.mode === 'whole' ? [SEARCH_MAIN_DIR] : [])])
    } catch (err) {
      await compressing.done().catch(() => undefined) // its workers end before the folder is removed
      throw err
    }
    const compressed = await compressing.done()
    const t4 = Date.now()
    await publishBuild(dir)
    output.log += `\n[thời gian] astro ${(t1 - t0) / 1000} s, giữ trang cũ ${(t2 - t1) / 1000} s${carriedWhileRendering ? ' (sau khi dựng trang xong; bắt đầu trong lúc dựng)' : ''}, tìm kiếm (${search.mode === 'whole' ? 'toàn bộ' : 'phần đổi'}, ${search.pages} trang) ${(t3 - t2) / 1000} s, nén sẵn ${compressed} tệp (cùng lúc, xong sau tìm kiếm ${(t4 - t3) / 1000} s), xuất bản ${(Date.now() - t4) / 1000} s\n`
    promoteContentCache(CONTENT_CACHE_DIR)
    return { mode: plan?.mode ?? mode, seconds: (Date.now() - started) / 1000, dir, log: output.log, rendered: plan?.rendered, reused }
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
    if (astroOut !== dir) await fs.rm(astroOut, { recursive: true, force: true }).catch(() => undefined)
    throw new SiteBuildError(err instanceof Error ? err.message : String(err), output.log)
  }
}
