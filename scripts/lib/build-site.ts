import { NPM, run } from './run.ts'
import { ROOT } from './local-env.ts'

/** Builds the static site (Astro + Pagefind) from the CMS at cmsUrl. */
export async function buildSite(cmsUrl: string): Promise<number> {
  const started = Date.now()
  await run(NPM, ['run', 'build', '-w', 'site'], { cwd: ROOT, env: { ...process.env, CMS_URL: cmsUrl, NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1" } })
  return (Date.now() - started) / 1000
}
