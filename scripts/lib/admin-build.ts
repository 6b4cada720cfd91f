/**
 * The admin (Next's build of `cms/`) is current when it was built from the code now in the checkout. A build records
 * a fingerprint of that code; `npm start` and `npm test` build again when it is missing or differs, so a changed
 * collection, hook or admin screen is never tested or served from an older build.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './local-env.ts'
import { NPM, run } from './run.ts'

const MARKER = path.join(ROOT, 'cms/.next/.source-fingerprint')
const SOURCES = ['cms/src', 'cms/next.config.ts', 'cms/package.json', 'cms/tsconfig.json', 'shared/src', 'package-lock.json']

function files(entry: string): string[] {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (!stat.isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
}

export function adminCodeFingerprint(): string {
  const hash = createHash('sha256')
  for (const file of SOURCES.flatMap((s) => files(path.join(ROOT, s)))) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/** Whether the admin's build is missing or was made from other code than the checkout's. */
export function adminBuildStale(): boolean {
  if (!fs.existsSync(path.join(ROOT, 'cms/.next/BUILD_ID'))) return true
  const recorded = fs.existsSync(MARKER) ? fs.readFileSync(MARKER, 'utf8') : null
  return recorded !== adminCodeFingerprint()
}

/** Builds the admin when it is stale; returns whether it built. */
export async function ensureAdminBuild(message: string): Promise<boolean> {
  if (!adminBuildStale()) return false
  console.log(message)
  await run(NPM, ['run', 'build', '-w', 'cms'], { cwd: ROOT })
  fs.writeFileSync(MARKER, adminCodeFingerprint())
  return true
}
