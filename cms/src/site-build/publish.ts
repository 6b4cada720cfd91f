import fs from 'node:fs/promises'
import path from 'node:path'
import { SITE_DIST } from '../utilities/paths'
import { BUILDS_DIR } from './paths'

/** The build folder SITE_DIST points at now, or null when there is none yet. */
export async function currentBuild(): Promise<string | null> {
  const stat = await fs.lstat(SITE_DIST).catch(() => null)
  if (!stat) return null
  if (!stat.isSymbolicLink()) return SITE_DIST
  return path.resolve(path.dirname(SITE_DIST), await fs.readlink(SITE_DIST))
}

/**
 * Points SITE_DIST at a finished build in one rename(2) of a symbolic link, so a request sees the old site or
 * the new one, never half of either. The link is relative, so it resolves the same inside another container
 * (nginx) that mounts the same volume. The two newest builds are kept; older ones are removed.
 */
export async function publishBuild(buildDir: string): Promise<void> {
  const parent = path.dirname(SITE_DIST)
  const stat = await fs.lstat(SITE_DIST).catch(() => null)
  if (stat && !stat.isSymbolicLink()) {
    // a site built by hand into a plain folder: keep it as a build, then replace it by the link
    await fs.mkdir(BUILDS_DIR, { recursive: true })
    await fs.rename(SITE_DIST, path.join(BUILDS_DIR, `thu-cong-${Date.now()}`))
  }
  const tmpLink = `${SITE_DIST}.link-${process.pid}-${Date.now()}`
  await fs.symlink(path.relative(parent, buildDir), tmpLink)
  await fs.rename(tmpLink, SITE_DIST)
  await pruneBuilds(buildDir)
}

async function pruneBuilds(keep: string): Promise<void> {
  const entries = await fs.readdir(BUILDS_DIR).catch(() => [] as string[])
  const dirs = entries.filter((e) => !e.startsWith('.')).map((e) => path.join(BUILDS_DIR, e))
  const stats = await Promise.all(dirs.map(async (d) => ({ d, t: (await fs.stat(d)).mtimeMs })))
  const old = stats
    .sort((a, b) => b.t - a.t)
    .slice(2)
    .filter((s) => s.d !== keep)
  await Promise.all(old.map((s) => fs.rm(s.d, { recursive: true, force: true })))
}

/**
 * A fresh folder for the next build, beside SITE_DIST (so in the same volume in production). mkdtemp makes it
 * 0700; it is opened up to 0755 so that nginx, another user in another container, can read the site it serves.
 */
export async function newBuildDir(): Promise<string> {
  await fs.mkdir(BUILDS_DIR, { recursive: true, mode: 0o755 })
  const stamp = new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17)
  const dir = await fs.mkdtemp(path.join(BUILDS_DIR, `${stamp}-`))
  await fs.chmod(dir, 0o755)
  return dir
}
