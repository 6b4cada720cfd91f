import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { BIN, CONTENT_CACHE_DIR, SITE_SOURCE_DIR } from './paths'
import { currentBuild, newBuildDir, publishBuild } from './publish'
import { readRenderPlan, RENDER_PLAN_FILE } from './render-plan'

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

/** Hard-links (or copies) a page folder of the previous build into the new one. */
async function carryOver(from: string, to: string): Promise<void> {
  await fs.mkdir(path.dirname(to), { recursive: true })
  await fs.cp(from, to, { recursive: true, force: false, errorOnExist: false })
}

/**
 * One build of the public site into a new folder: Astro (reading the CMS at cmsUrl through the content cache),
 * then, for an incremental build, the unchanged detail pages carried over from the live build, then the
 * Pagefind index over the whole result; finally the folder is published atomically. A failure leaves the live
 * site untouched and removes the half-built folder.
 */
export async function buildAndPublish(cmsUrl: string, requested: BuildMode): Promise<BuildResult> {
  const started = Date.now()
  const previous = await currentBuild()
  const mode: BuildMode = requested === 'incremental' && previous ? 'incremental' : 'full'
  const dir = await newBuildDir()
  const output = { log: '' }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CMS_URL: cmsUrl,
    SITE_DIST: dir,
    SITE_CACHE_DIR: CONTENT_CACHE_DIR,
    SITE_BUILD_MODE: mode,
    SITE_PREVIOUS: previous ?? '',
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  try {
    await fs.mkdir(CONTENT_CACHE_DIR, { recursive: true })
    await fs.rm(path.join(CONTENT_CACHE_DIR, RENDER_PLAN_FILE), { force: true })
    await exec(BIN('astro'), ['build'], env, output)
    let reused = 0
    const plan = await readRenderPlan()
    if (mode === 'incremental' && previous && plan?.mode === 'incremental') {
      for (const page of plan.carryOver) {
        const from = path.join(previous, page)
        if (await fs.stat(from).catch(() => null)) {
          await carryOver(from, path.join(dir, page))
          reused++
        }
      }
    }
    await exec(BIN('pagefind'), ['--site', dir], env, output)
    await publishBuild(dir)
    // the content the live site now shows becomes the cache the next incremental build starts from
    await fs.rename(path.join(CONTENT_CACHE_DIR, 'content.next.json'), path.join(CONTENT_CACHE_DIR, 'content.json')).catch(() => undefined)
    return { mode: plan?.mode ?? mode, seconds: (Date.now() - started) / 1000, dir, log: output.log, rendered: plan?.rendered, reused }
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
    throw new SiteBuildError(err instanceof Error ? err.message : String(err), output.log)
  }
}
