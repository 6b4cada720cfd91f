/**
 * One `astro build`, in a process started before it is needed (./astro.ts): Node's start and the loading of Astro,
 * Vite and Rolldown (about a second of a rebuild) happen while the site is idle, and the build itself begins when
 * the server sends this process the build's environment. One build per process, as the `astro` command does, so no
 * state of a build outlives it. Node runs this file itself (its types stripped, no loader), with the site's folder and
 * a working folder of its own as arguments, in that folder (Astro's prerender bundle and cache go there, not in the
 * site's); the working folder is removed when this process exits.
 *
 * Messages: the server sends { env } once; this process answers nothing and exits 0 when the build succeeded, 1
 * when it failed (the error on standard error, as the `astro` command prints it). It exits when the server goes away.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface AstroRunRequest {
  env: Record<string, string | undefined>
}

// the working folder the server made for this process (./astro.ts: its second argument) goes with it, however it ends
const workDir = process.argv[3] ?? process.cwd()
if (process.argv[3]) process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }))
process.on('disconnect', () => process.exit(0))
// listened for at once: the server may send the build before the loading below is done
const request = new Promise<AstroRunRequest>((resolve) => process.once('message', resolve))

// Astro's programmatic build is what its command runs (astro/dist/cli/build: `build(flagsToAstroInlineConfig({}))`)
const { build } = await import('astro')
// what the build loads later, loaded now while nothing waits (a failure here only loses the head start): Vite, Rolldown
// and LightningCSS; what the site's config loads (astro/config brings svgo and csso, about 230 modules; the sitemap;
// zod); what its pages load when rendered (Payload's rich-text converter brings part of Payload and ajv; the feeds; the
// lunar calendar). Found by listing the modules one build loaded once its request came: about 550 from node_modules
// before, none after (what it loads now is its config and its own bundle).
const LOADED_LATER = [
  ...['vite', 'rolldown', 'lightningcss', 'astro/config', '@astrojs/sitemap', 'zod'],
  ...['@astrojs/rss', '@payloadcms/richtext-lexical/html', '@dqcai/vn-lunar'],
]
await Promise.all(LOADED_LATER.map((name) => import(name).catch(() => undefined)))

const { env } = await request
for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key]
for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value
try {
  await build({ root: process.argv[2] ?? process.cwd(), cacheDir: path.join(workDir, 'cache') })
  process.exit(0)
} catch (err) {
  console.error(err)
  process.exit(1)
}
