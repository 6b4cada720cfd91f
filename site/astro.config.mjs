// @ts-check
import fs from 'node:fs'
import { defineConfig } from 'astro/config'
import sitemap from '@astrojs/sitemap'
import { readRenderPlan, readSiteBuildEnv } from '@gd/shared/site-build-contract'

const build = readSiteBuildEnv()

// The public origin: canonical URLs, feeds, sitemap and link previews are absolute on it.
const site = build.publicUrl
/**
 * Pages that are not for search engines stay out of the sitemap: every page whose HTML says
 * <meta name="robots" content="noindex"> (confirmations, 404), found after the build, before the sitemap is written.
 */
const noindexPaths = new Set(['/404/'])
const NOINDEX = /<meta name="robots" content="noindex"/

/**
 * An incremental build renders only the changed detail pages and carries the others over from the live build
 * (the content loader's render plan, src/lib/loaders/pages-to-render.ts); those pages still belong in the sitemap. This runs
 * just before the sitemap integration's own build:done hook and hands it the carried-over pages and the noindex ones.
 */
/** @type {string[]} */
const carriedOver = []
/** @type {import('astro').AstroIntegration} */
const sitemapPages = {
  name: 'gd:sitemap-pages',
  hooks: {
    'astro:build:done': ({ dir, pages }) => {
      for (const { pathname } of pages) {
        const rel = pathname.replace(/^\/+/, '')
        const file = new URL(`${rel}${rel && !rel.endsWith('/') ? '/' : ''}index.html`, dir)
        try {
          if (NOINDEX.test(fs.readFileSync(file, 'utf8').slice(0, 8000))) noindexPaths.add(`/${rel}`.replace(/\/?$/, '/'))
        } catch {
          // not an HTML page (feeds, robots.txt)
        }
      }
      if (!build.cacheDir || build.mode !== 'incremental') return
      const plan = readRenderPlan(build.cacheDir)
      if (plan?.mode !== 'incremental') return
      for (const page of plan.carryOver) carriedOver.push(new URL(`/${String(page).replace(/^\/+|\/+$/g, '')}/`, site).href)
    },
  },
}

// Static build of the public site. Content is read from the CMS at build time (src/lib/cms.ts).
export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // SITE_DIST lets the CMS server build into the folder it serves (tests use a folder of their own)
  outDir: build.dist || './dist',
  build: {
    format: 'directory',
    // a page's small stylesheet (under 2 KiB, e.g. the home page's own) goes inline: cheaper than one more request
    // that blocks rendering; the shared one stays an external file, cached for every page (CSP: 'unsafe-inline' styles)
    inlineStylesheets: 'auto',
  },
  // no request to another host, no prefetch, no telemetry-driven toolbar in the output
  devToolbar: { enabled: false },
  // /sitemap-index.xml and /sitemap-0.xml
  integrations: [sitemapPages, sitemap({ customPages: carriedOver, filter: (page) => !noindexPaths.has(new URL(page).pathname) })],
  vite: {
    // no asset inlined (images stay files), except stylesheets under 2 KiB (inlineStylesheets: 'auto' above)
    build: { assetsInlineLimit: (file, content) => file.endsWith('.css') && content.length < 2048 },
  },
})
