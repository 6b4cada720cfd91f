import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SITE_DIST } from '../utilities/paths'
import { processAlive } from '../utilities/processAlive'
import { BUILDS_DIR, TRASH_DIR } from './paths'

/**
 * A build folder is complete once this file is in it: written last, after Pagefind, just before it goes live.
 * Only complete builds are ranked and kept; a folder without it is a build under way or the leftover of one that
 * was killed or failed, and never outranks a complete build.
 */
export const COMPLETE_MARKER = '.build-complete'
/** A leftover whose builder cannot be checked (another host) is removed once this old. */
const LEFTOVER_MAX_AGE_MS = 6 * 3600_000
const HOST = os
  .hostname()
  .toLowerCase()
  .replace(/[^a-z0-9]/g, '')
  .slice(0, 24)

/** The build folder SITE_DIST points at now, or null when there is none yet. */
export async function currentBuild(): Promise<string | null> {
  const stat = await fs.lstat(SITE_DIST).catch(() => null)
  if (!stat) return null
  if (!stat.isSymbolicLink()) return SITE_DIST
  return path.resolve(path.dirname(SITE_DIST), await fs.readlink(SITE_DIST))
}

/**
 * Marks a finished build complete, then points SITE_DIST at it in one rename(2) of a symbolic link, so a request
 * sees the old site or the new one, never half of either. The link is relative, so it resolves the same inside
 * another container (nginx) that mounts the same volume. The two newest complete builds are kept (the live one
 * always); older ones and leftovers of dead builders are removed.
 */
export async function publishBuild(buildDir: string): Promise<void> {
  const parent = path.dirname(SITE_DIST)
  const stat = await fs.lstat(SITE_DIST).catch(() => null)
  if (stat && !stat.isSymbolicLink()) {
    // a site built by hand into a plain folder: keep it as a (complete) build, then replace it by the link
    await fs.mkdir(BUILDS_DIR, { recursive: true })
    const kept = path.join(BUILDS_DIR, `thu-cong-${Date.now()}`)
    await fs.rename(SITE_DIST, kept)
    await fs.writeFile(path.join(kept, COMPLETE_MARKER), new Date().toISOString())
  }
  // the build live until now was served, so it is complete (one made before markers existed gets its marker)
  const previous = await currentBuild()
  if (previous && !(await fs.stat(path.join(previous, COMPLETE_MARKER)).catch(() => null)))
    await fs.writeFile(path.join(previous, COMPLETE_MARKER), new Date(0).toISOString()).catch(() => undefined)
  await fs.writeFile(path.join(buildDir, COMPLETE_MARKER), new Date().toISOString())
  const tmpLink = `${SITE_DIST}.link-${process.pid}-${Date.now()}`
  await fs.symlink(path.relative(parent, buildDir), tmpLink)
  await fs.rename(tmpLink, SITE_DIST)
  await pruneBuilds(buildDir)
}

/** The builder of a folder named by newBuildDir, when it ran on this host: its PID. */
function builderOnThisHost(name: string): number | null {
  const m = /^\d{17}-([a-z0-9]*)-(\d+)-/.exec(name)
  return m && m[1] === HOST ? Number(m[2]) : null
}

export async function pruneBuilds(keep: string): Promise<void> {
  const live = await currentBuild()
  const entries = await fs.readdir(BUILDS_DIR).catch(() => [] as string[])
  const found = await Promise.all(
    entries
      .filter((e) => !e.startsWith('.'))
      .map(async (name) => {
        const dir = path.join(BUILDS_DIR, name)
        const marker = await fs.stat(path.join(dir, COMPLETE_MARKER)).catch(() => null)
        const age = Date.now() - ((await fs.stat(dir).catch(() => null))?.mtimeMs ?? Date.now())
        return { name, dir, completedAt: marker?.mtimeMs ?? null, age }
      }),
  )
  // newest first; a file's time is only as fine as the kernel's clock tick (about 4 ms), so two builds completed within
  // one tick tie, and the name (its start time to the millisecond) decides
  const complete = found
    .filter((b) => b.completedAt !== null)
    .sort((a, b) => b.completedAt! - a.completedAt! || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
  // the live build, the one just published and then the newest complete ones: two in all
  const kept = new Set([...new Set([live, keep, ...complete.map((b) => b.dir)].filter(Boolean))].slice(0, 2))
  kept.add(keep)
  const remove = found.filter((b) => {
    if (kept.has(b.dir)) return false
    if (b.completedAt !== null) return true
    // a leftover: removed when its builder is gone, or when it cannot be checked and is old
    const pid = builderOnThisHost(b.name)
    return pid !== null ? pid !== process.pid && !processAlive(pid) : b.age > LEFTOVER_MAX_AGE_MS
  })
  await Promise.all(remove.map((b) => discardBuild(b.dir)))
}

/**
 * Removes a build folder from the builds at once (a rename into TRASH_DIR) and deletes its files in the background:
 * deleting thousands of files took seconds of every rebuild. A folder of the trash left by a stopped process is
 * deleted by the next discard.
 */
export async function discardBuild(dir: string): Promise<void> {
  const trash = path.join(TRASH_DIR, `${path.basename(dir)}-${process.pid}`)
  const moved = await fs
    .mkdir(TRASH_DIR, { recursive: true })
    .then(() => fs.rename(dir, trash))
    .then(
      () => null,
      (err: NodeJS.ErrnoException) => err,
    )
  // gone already (another process took it); or the trash is on another file system: deleted here and now
  if (moved?.code === 'ENOENT') return
  if (moved) return fs.rm(dir, { recursive: true, force: true })
  // by another process: deleting thousands of files here held up the server's own file reads (the new pages)
  const names = await fs.readdir(TRASH_DIR).catch(() => [] as string[])
  const rm = spawn('rm', ['-rf', '--', ...names.map((n) => path.join(TRASH_DIR, n))], { stdio: 'ignore' })
  rm.on('error', () => void fs.rm(trash, { recursive: true, force: true }).catch(() => undefined))
  rm.unref()
}

/**
 * A fresh folder for the next build, beside SITE_DIST (so in the same volume in production), named by its start
 * time, host and PID (so a leftover of a dead builder is known). mkdtemp makes it 0700; it is opened up to 0755 so
 * that nginx, another user in another container, can read the site it serves.
 */
export async function newBuildDir(): Promise<string> {
  await fs.mkdir(BUILDS_DIR, { recursive: true, mode: 0o755 })
  const stamp = new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17)
  const dir = await fs.mkdtemp(path.join(BUILDS_DIR, `${stamp}-${HOST}-${process.pid}-`))
  await fs.chmod(dir, 0o755)
  return dir
}
