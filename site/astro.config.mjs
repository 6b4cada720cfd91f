// @ts-check
import { defineConfig } from 'astro/config'
import { readSiteBuildEnv } from '@gd/shared/site-build-contract'
import { siteSitemap } from './src/integrations/sitemap.ts'
import { contentCacheWritten } from './src/integrations/content-cache-written.ts'

const build = readSiteBuildEnv()

// The public origin: canonical URLs, feeds, sitemap and link previews are absolute on it.
const site = build.publicUrl
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
    // four pages rendered at a time: one at a time, the build's thread waited on file writes about 40 % of the render
    // (profile of a full build at 5,000 articles); the Astro step 13.4 s → 12.2–12.7 s there, the same pages
    concurrency: 4,
  },
  // no request to another host, no prefetch, no telemetry-driven toolbar in the output
  devToolbar: { enabled: false },
  // /sitemap-index.xml and /sitemap-0.xml; the build ends once its content cache is written
  integrations: [...siteSitemap(site), contentCacheWritten],
  vite: {
    // no asset inlined (images stay files), except stylesheets under 2 KiB (inlineStylesheets: 'auto' above)
    build: { assetsInlineLimit: (file, content) => file.endsWith('.css') && content.length < 2048 },
  },
})
