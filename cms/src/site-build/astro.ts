import { spawn } from 'node:child_process'
import { takeBuildLock } from './build-lock'
import { BIN, SITE_SOURCE_DIR } from './paths'

/**
 * Runs `astro build` in the site folder. Astro keeps its prerender bundle in site/.astro/.prerender whatever the
 * output folder, so two builds at once (a rebuild and a preview, or two servers on one checkout) would overwrite
 * each other's: every Astro build takes the build lock first (build-lock.ts: across processes, a dead holder's
 * lock taken over at once, a wait reported through onWait).
 */
export async function runAstro(
  env: NodeJS.ProcessEnv,
  onOutput: (chunk: string) => void,
  onWait: (message: string) => void = (m) => console.warn(`[build] ${m}`),
): Promise<void> {
  const release = await takeBuildLock((message) => {
    onOutput(`[khóa build] ${message}\n`)
    onWait(message)
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
