// @ts-check
import fs from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'astro/config'
import sitemap from '@astrojs/sitemap'

// The public origin: canonical URLs, feeds, sitemap and link previews are absolute on it.
const site = (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')
/** Pages that are not for search engines (they carry noindex): the feedback confirmation, the 404 page. */
const NOT_IN_SITEMAP = ['/gop-y/da-gui/', '/404/']

/**
 * An incremental build renders only the changed detail pages and carries the others over from the live build
 * (the content loader's render plan, src/lib/content-cache.ts); those pages still belong in the sitemap. This runs
 * just before the sitemap integration's own build:done hook and hands it the carried-over pages.
 */
const carriedOver = []
const sitemapCarryOver = {
  name: 'gd:sitemap-carry-over',
  hooks: {
    'astro:build:done': () => {
      const dir = process.env.SITE_CACHE_DIR
      if (!dir || process.env.SITE_BUILD_MODE !== 'incremental') return
      let plan
      try {
        plan = JSON.parse(fs.readFileSync(path.join(dir, 'render-plan.json'), 'utf8'))
      } catch {
        return
      }
      if (plan?.mode !== 'incremental' || !Array.isArray(plan.carryOver)) return
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
  outDir: process.env.SITE_DIST || './dist',
  build: {
    format: 'directory',
    // external files only: the CMS server's CSP allows 'self' scripts, and cached CSS serves every page
    inlineStylesheets: 'never',
  },
  // no request to another host, no prefetch, no telemetry-driven toolbar in the output
  devToolbar: { enabled: false },
  // /sitemap-index.xml and /sitemap-0.xml
  integrations: [
    sitemapCarryOver,
    sitemap({ customPages: carriedOver, filter: (page) => !NOT_IN_SITEMAP.some((p) => new URL(page).pathname === p) }),
  ],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
})
