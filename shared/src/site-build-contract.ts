/**
 * The contract between the CMS's build runner (cms/src/site-build) and the Astro build of the public site
 * (site/src/lib, site/astro.config.mjs): the environment the CMS passes to `astro build`, the files the two share
 * in the content cache folder, and the render plan the site's loader hands back. Both sides import it; nothing else
 * spells these names.
 *
 * Content cache folder (SITE_CACHE_DIR), one per CMS server:
 * - content.<collection>.json       each drafts-enabled collection as the live site shows it (the next incremental
 *                                   build starts here), one file each so a build reads and writes each once;
 * - content.<collection>.next.json  the same, as this build sees it; renamed over the first once the build is published;
 * - render-plan.json   what this build rendered and which pages the runner carries over from the live build.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readConfig } from './config.ts'

/** The environment variables the CMS sets for the Astro build (and the site reads). */
export const SITE_ENV = {
  /** The CMS the site reads its content from (REST), e.g. http://127.0.0.1:3000. */
  cmsUrl: 'CMS_URL',
  /** The public origin: canonical URLs, feeds, sitemap. */
  publicUrl: 'PUBLIC_URL',
  /** The folder Astro writes the site into (default site/dist). */
  dist: 'SITE_DIST',
  /** The content cache folder; empty: no cache (previews, builds by hand). */
  cacheDir: 'SITE_CACHE_DIR',
  /** 'full' or 'incremental'. */
  buildMode: 'SITE_BUILD_MODE',
  /** The live build's folder, from which an incremental build carries unchanged pages over. */
  previous: 'SITE_PREVIOUS',
  /** A JSON file ({ collection, doc }: PreviewInput): render this one unpublished item and nothing else of its collection. */
  preview: 'SITE_PREVIEW',
} as const

export type BuildMode = 'full' | 'incremental'

/** The content cache file of one collection: as the live site shows it, or (next) as the build under way sees it. */
export const contentCacheFile = (collection: CachedCollection, next = false) => `content.${collection}${next ? '.next' : ''}.ndjson`
export const RENDER_PLAN_FILE = 'render-plan.json'

/** The collections kept in the content cache (those with drafts, synced incrementally) and the ones that can be previewed. */
export const CACHED_COLLECTIONS = ['articles', 'exemplars'] as const
export type CachedCollection = (typeof CACHED_COLLECTIONS)[number]

/** What the SITE_PREVIEW file holds. */
export interface PreviewInput {
  collection: CachedCollection
  doc: Record<string, unknown>
}

/** What the CMS tells one Astro build (besides the rest of its own environment). */
export interface SiteBuildRequest {
  cmsUrl: string
  dist: string
  mode: BuildMode
  /** '' for no cache. */
  cacheDir: string
  previous?: string | null
  /** The SITE_PREVIEW file, for a preview build. */
  preview?: string
}

/** The environment of one Astro build: the caller's environment plus the contract's variables. */
export function siteBuildEnv(request: SiteBuildRequest, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    [SITE_ENV.cmsUrl]: request.cmsUrl,
    [SITE_ENV.dist]: request.dist,
    [SITE_ENV.cacheDir]: request.cacheDir,
    [SITE_ENV.buildMode]: request.mode,
    [SITE_ENV.previous]: request.previous ?? '',
    ...(request.preview ? { [SITE_ENV.preview]: request.preview } : {}),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
}

/** The contract's variables as the site reads them, validated with the rest of the configuration (./config.ts). */
export function readSiteBuildEnv(env: Record<string, string | undefined> = process.env) {
  const c = readConfig(env)
  return {
    cmsUrl: c.CMS_URL,
    /** The public origin (PUBLIC_URL, else http://localhost:3000). */
    publicUrl: c.publicOrigin,
    dist: c.SITE_DIST,
    cacheDir: c.SITE_CACHE_DIR ?? null,
    mode: c.SITE_BUILD_MODE as BuildMode,
    previous: c.SITE_PREVIOUS ?? null,
    preview: c.SITE_PREVIEW ?? null,
  }
}

/**
 * What the site's content loader decided for one build: a full render, or an incremental one that rendered only
 * the pages whose content changed and asks for the others (page folders relative to the site root, e.g.
 * "tin-tuc/abc/") to be carried over from the live build. (Which pages: site/src/lib/render-plan.ts.)
 */
export interface RenderPlan {
  mode: BuildMode
  /** the output folder of the build it was made for (SITE_DIST): the CMS takes no other build's plan for its own */
  for: string
  rendered: number
  carryOver: string[]
}

/** Written whole or not at all (a new file renamed over the old): the CMS reads it while Astro still renders. */
export function writeRenderPlan(cacheDir: string, plan: RenderPlan): void {
  fs.mkdirSync(cacheDir, { recursive: true })
  const file = path.join(cacheDir, RENDER_PLAN_FILE)
  fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(plan))
  fs.renameSync(`${file}.${process.pid}`, file)
}

/** The plan the last build in cacheDir wrote, or null (none, or unreadable). */
export function readRenderPlan(cacheDir: string): RenderPlan | null {
  try {
    const plan = JSON.parse(fs.readFileSync(path.join(cacheDir, RENDER_PLAN_FILE), 'utf8')) as RenderPlan
    return plan && (plan.mode === 'full' || plan.mode === 'incremental') && typeof plan.for === 'string' && Array.isArray(plan.carryOver)
      ? plan
      : null
  } catch {
    return null
  }
}

/** Before a build: no plan of an earlier build may be taken for this one's. */
export const clearRenderPlan = (cacheDir: string): void => fs.rmSync(path.join(cacheDir, RENDER_PLAN_FILE), { force: true })

/** The cache files of the format before one line per item (read by nothing now). */
const OLD_CACHE_FILES = CACHED_COLLECTIONS.flatMap((c) => [`content.${c}.json`, `content.${c}.next.json`])

/**
 * After a build is published: the content it showed becomes the cache the next incremental build starts from; the
 * old format's files, if still there, are removed (17 MB at 5,000 articles).
 */
export function promoteContentCache(cacheDir: string): void {
  for (const collection of CACHED_COLLECTIONS) {
    try {
      fs.renameSync(path.join(cacheDir, contentCacheFile(collection, true)), path.join(cacheDir, contentCacheFile(collection)))
    } catch {
      // no new cache (a build without this collection's sync): the old one stays
    }
  }
  for (const file of OLD_CACHE_FILES) fs.rmSync(path.join(cacheDir, file), { force: true })
}
