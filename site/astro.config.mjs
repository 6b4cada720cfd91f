// @ts-check
import { defineConfig } from 'astro/config'

// Static build of the public site. Content is read from the CMS at build time (src/lib/cms.ts).
export default defineConfig({
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
  vite: {
    build: { assetsInlineLimit: 0 },
  },
})
