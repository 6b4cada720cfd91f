/**
 * The sitemap (/sitemap-index.xml and /sitemap-0.xml…), written by @astrojs/sitemap, with what this site adds:
 * - pages that are not for search engines stay out of it: every page whose HTML says
 *   <meta name="robots" content="noindex"> (confirmations, 404), found after the build;
 * - an incremental build renders only the changed detail pages and carries the others over from the live build (the
 *   content loader's render plan, ../lib/loaders/pages-to-render.ts): those pages still belong in it;
 * - when an incremental build would list exactly what the live build listed (an edit that adds, removes or hides no
 *   page), the live build's sitemap files are carried over instead: the same bytes (it holds no dates), where writing
 *   20,000 addresses again took 0.75 s of a 6-second rebuild. What it listed is kept beside it in SITEMAP_INPUT.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import sitemap from '@astrojs/sitemap'
import { readRenderPlan, readSiteBuildEnv } from '@gd/shared/site-build-contract'

/** What a build's sitemap was written from (a dot-file: never served, never compressed). */
const SITEMAP_INPUT = '.sitemap-input'
const NOINDEX = /<meta name="robots" content="noindex"/
/** The sitemap's own files in a build folder. */
const isSitemapFile = (name: string) => /^sitemap-(?:index|\d+)\.xml(?:\.br|\.gz)?$/.test(name)

/** A file of the live build, in this one (a hard link: builds never change a published file), copied across disks. */
function carryFile(from: string, to: string): void {
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

/** What was listed in a build's sitemap, or null (a build from before SITEMAP_INPUT, or none). */
function listedIn(build: string): string | null {
  try {
    return fs.readFileSync(path.join(build, SITEMAP_INPUT), 'utf8')
  } catch {
    return null
  }
}

/**
 * The build's settings are read when it ends, not with the configuration: a build's process may read its configuration
 * before the build's own settings come (cms/src/site-build/astro-runner.ts).
 */
export function siteSitemap(site: string | undefined): AstroIntegration[] {
  const noindexPaths = new Set(['/404/'])
  const carriedOver: string[] = []
  const inner = sitemap({ customPages: carriedOver, filter: (page) => !noindexPaths.has(new URL(page).pathname) })
  const writeSitemap = inner.hooks['astro:build:done']!

  const pages: AstroIntegration = {
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
        const build = readSiteBuildEnv()
        if (!build.cacheDir || build.mode !== 'incremental') return
        const plan = readRenderPlan(build.cacheDir)
        if (plan?.mode !== 'incremental') return
        for (const page of plan.carryOver) carriedOver.push(new URL(`/${String(page).replace(/^\/+|\/+$/g, '')}/`, site).href)
      },
    },
  }

  const carriedWhenUnchanged: AstroIntegration = {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        const out = fileURLToPath(options.dir)
        // the addresses it would list, however each came (rendered or carried over): it lists them sorted, once each
        const paths = [...options.pages.map((p) => `/${p.pathname.replace(/^\/+/, '')}`), ...carriedOver.map((u) => new URL(u).pathname)]
        const listed = JSON.stringify({ site, pages: [...new Set(paths)].sort(), noindex: [...noindexPaths].sort() })
        const build = readSiteBuildEnv()
        const previous = build.mode === 'incremental' ? build.previous : null
        const files = previous && listedIn(previous) === listed ? fs.readdirSync(previous).filter(isSitemapFile) : []
        if (files.length > 0) for (const name of files) carryFile(path.join(previous!, name), path.join(out, name))
        else await writeSitemap(options)
        fs.writeFileSync(path.join(out, SITEMAP_INPUT), listed)
      },
    },
  }
  return [pages, carriedWhenUnchanged]
}
