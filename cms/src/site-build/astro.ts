import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import lockfile from 'proper-lockfile'
import { BIN, SITE_SOURCE_DIR } from './paths'

/**
 * Runs `astro build` in the site folder. Astro keeps its prerender bundle in site/.astro/.prerender whatever the
 * output folder, so two builds at once (a rebuild and a preview, or two servers on one checkout) would overwrite
 * each other's: every Astro build takes a lock on the site folder first (proper-lockfile, across processes).
 */
export async function runAstro(env: NodeJS.ProcessEnv, onOutput: (chunk: string) => void): Promise<void> {
  const lockTarget = path.join(SITE_SOURCE_DIR, '.astro')
  fs.mkdirSync(lockTarget, { recursive: true })
  const release = await lockfile.lock(lockTarget, {
    lockfilePath: path.join(lockTarget, 'build.lock'),
    stale: 120_000,
    retries: { retries: 600, minTimeout: 200, maxTimeout: 1000 },
  })
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(BIN('astro'), ['build'], { cwd: SITE_SOURCE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.on('data', (d: Buffer) => onOutput(d.toString()))
      child.stderr.on('data', (d: Buffer) => onOutput(d.toString()))
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro kết thúc với mã ${code}`))))
    })
  } finally {
    await release()
  }
}
