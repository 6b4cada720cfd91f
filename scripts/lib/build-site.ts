import path from 'node:path'
import { ROOT } from './local-env.ts'
import { run } from './run.ts'

/**
 * Builds the static site (Astro, then the Pagefind index) from the CMS at cmsUrl into SITE_DIST
 * (default site/dist), without telemetry. Returns the seconds it took.
 */
export async function buildSite(cmsUrl: string): Promise<number> {
  const started = Date.now()
  const outDir = path.resolve(process.env.SITE_DIST || path.join(ROOT, 'site/dist'))
  const env = { ...process.env, CMS_URL: cmsUrl, SITE_DIST: outDir, NODE_ENV: 'production' as const, ASTRO_TELEMETRY_DISABLED: '1' }
  const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name)
  await run(bin('astro'), ['build', '--silent'], { cwd: path.join(ROOT, 'site'), env })
  await run(bin('pagefind'), ['--site', outDir, '--silent'], { cwd: path.join(ROOT, 'site'), env })
  return (Date.now() - started) / 1000
}
