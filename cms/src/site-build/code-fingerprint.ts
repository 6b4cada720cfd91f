import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { ROOT_DIR } from '../utilities/paths'
import { SITE_SOURCE_DIR } from './paths'

/**
 * The code a build's pages are made from: the site's sources, its public files and config, and the shared rules.
 * An incremental build carries unchanged pages over from the live build, and those pages name that build's
 * stylesheets and carry its header and footer; after a deploy that changed any of this code they would point to
 * files the new build does not have. So a build records this fingerprint, and an incremental build over a build
 * made from other code becomes a full build.
 */
export const CODE_MARKER = '.site-code'

const SOURCES = [
  path.join(SITE_SOURCE_DIR, 'src'),
  path.join(SITE_SOURCE_DIR, 'public'),
  path.join(SITE_SOURCE_DIR, 'astro.config.mjs'),
  path.join(SITE_SOURCE_DIR, 'package.json'),
  path.join(ROOT_DIR, 'shared', 'src'),
  path.join(ROOT_DIR, 'package-lock.json'),
]

async function files(entry: string): Promise<string[]> {
  const stat = await fs.stat(entry).catch(() => null)
  if (!stat) return []
  if (!stat.isDirectory()) return [entry]
  const names = (await fs.readdir(entry)).sort()
  return (await Promise.all(names.map((n) => files(path.join(entry, n))))).flat()
}

export async function siteCodeFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const file of (await Promise.all(SOURCES.map(files))).flat()) {
    hash
      .update(path.relative(ROOT_DIR, file))
      .update('\0')
      .update(await fs.readFile(file))
      .update('\0')
  }
  return hash.digest('hex')
}

/** The fingerprint a build recorded, or null (a build from before this rule, or none). */
export const recordedFingerprint = (buildDir: string) => fs.readFile(path.join(buildDir, CODE_MARKER), 'utf8').catch(() => null)
