/**
 * One `astro build`, in a process started before it is needed (./astro.ts). While the site is idle this process loads
 * Astro, Vite and Rolldown and bundles the site's code (the prerender and browser bundles: about 1.3 s of a rebuild at
 * 5,000 articles, the same every build); when the server sends it the build's environment, it renders the pages from
 * the content of that moment into the build's folder. Nothing of a page's content is in the bundle: the pages read
 * it when they render (../../../site/src/lib/loaders/), after the environment has come. One build per process, as the
 * `astro` command does, so no state of a build outlives it. Node runs this file itself (its types stripped, no
 * loader), with the site's folder and a working folder of its own as arguments (Astro's prerender bundle and cache go
 * there, not in the site's); the working folder is removed when this process exits.
 *
 * Messages: the server sends { env } once; this process answers nothing and exits 0 when the build succeeded, 1
 * when it failed (the error on standard error, as the `astro` command prints it). It exits when the server goes away.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AstroConfig, AstroIntegration } from 'astro'
import type { Plugin } from 'vite'

export interface AstroRunRequest {
  env: Record<string, string | undefined>
}

// the working folder the server made for this process (./astro.ts: its second argument) goes with it, however it ends
const siteRoot = process.argv[2] ?? process.cwd()
const workDir = process.argv[3] ?? process.cwd()
if (process.argv[3]) process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }))
process.on('disconnect', () => process.exit(0))
// listened for at once: the server may send the build before the bundling below is done
const request = new Promise<AstroRunRequest>((resolve) => process.once('message', resolve))

// the bundles are made before the build's own folder is known: Astro writes them for an output folder of this
// process's own, which becomes the build's folder when the build is asked for (takeBuildEnv)
const bundleOut = path.join(workDir, 'out')
process.env.SITE_DIST = bundleOut

/** Where Astro keeps the prerender bundle for an output folder (astro/dist/prerender/utils.js, core/build/common.js). */
const prerenderDirFor = (outDir: string) =>
  path.join(outDir.startsWith(process.cwd()) ? outDir : path.join(process.cwd(), '.astro'), '.prerender')

/** Moves a file or folder, copying it across file systems. */
function move(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.renameSync(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    fs.cpSync(from, to, { recursive: true })
    fs.rmSync(from, { recursive: true, force: true })
  }
}

/**
 * The build's environment in place of the server's at this process's start, and the build's folder as Astro's output
 * folder: what the bundling wrote there (the prerender bundle, the browser's files, the site's public files) moves to
 * where Astro looks for it with that folder, which Astro would have emptied first.
 */
function takeBuildEnv(env: AstroRunRequest['env'], astro: AstroConfig): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key]
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value
  const dist = env.SITE_DIST ? path.resolve(env.SITE_DIST) : bundleOut
  if (dist === bundleOut) return
  fs.mkdirSync(dist, { recursive: true })
  for (const name of fs.readdirSync(dist)) if (name !== '.git') fs.rmSync(path.join(dist, name), { recursive: true, force: true })
  const prerender = prerenderDirFor(bundleOut)
  if (fs.existsSync(prerender)) move(prerender, prerenderDirFor(dist))
  for (const name of fs.readdirSync(bundleOut)) move(path.join(bundleOut, name), path.join(dist, name))
  astro.outDir = pathToFileURL(dist + path.sep)
}

/**
 * The content cache, read and parsed while the site is idle (site/src/lib/loaders/cache-file.ts): the server names its
 * folder when it starts this process (SITE_CACHE_DIR). Only a head start: on any failure the build reads it itself.
 */
function readCachesAhead(): void {
  const cacheDir = process.env.SITE_CACHE_DIR
  if (!cacheDir) return
  const module = pathToFileURL(path.join(siteRoot, 'src', 'lib', 'loaders', 'cache-file.ts')).href
  import(module)
    .then((cacheFile: typeof import('../../../site/src/lib/loaders/cache-file.ts')) => cacheFile.readCachesAhead(cacheDir))
    .catch(() => undefined)
}

let astroConfig: AstroConfig | undefined
/** Astro's resolved configuration: the object its build reads the output folder from when it renders. */
const keepConfig: AstroIntegration = {
  name: 'gd:runner-config',
  hooks: { 'astro:config:done': ({ config }) => void (astroConfig = config) },
}
/**
 * Holds the build between its bundles and its pages until the server asks for it: Vite's last step (buildApp, 'post')
 * runs the plugins' hooks in order, and this one comes before Astro's own, which renders the pages.
 */
const waitForTheBuild: Plugin = {
  name: 'gd:wait-for-the-build',
  buildApp: {
    order: 'post',
    async handler() {
      readCachesAhead()
      const { env } = await request
      if (!astroConfig) throw new Error('Astro chưa đọc xong cấu hình trang')
      takeBuildEnv(env, astroConfig)
    },
  },
}

// what the pages load when they render (Payload's rich-text converter brings part of Payload and ajv; the feeds; the
// lunar calendar), loaded while nothing waits beside the bundling (a failure here only loses the head start)
const RENDERING_LOADS = ['@astrojs/rss', '@payloadcms/richtext-lexical/html', '@dqcai/vn-lunar']

// Astro's programmatic build is what its command runs (astro/dist/cli/build: `build(flagsToAstroInlineConfig({}))`)
const { build } = await import('astro')
const built = build({
  root: siteRoot,
  cacheDir: path.join(workDir, 'cache'),
  integrations: [keepConfig],
  vite: { plugins: [waitForTheBuild] },
}).then(
  () => null,
  (err: unknown) => err,
)
await Promise.all(RENDERING_LOADS.map((name) => import(name).catch(() => undefined)))
const failed = await built
if (failed) {
  // a build that failed while bundling answers the server when it asks, as any failed build does
  await request
  console.error(failed)
  process.exit(1)
}
process.exit(0)
