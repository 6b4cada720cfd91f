import fs from 'node:fs/promises'
import path from 'node:path'
import { SITE_SOURCE_DIR } from './paths'

/**
 * Where Astro writes a build. Astro stages its assets under the site's folder when the output folder lies outside
 * it and moves them with rename(), which fails across file systems (EXDEV) — builds on another volume, as
 * docker-compose's /srv/site. Then Astro writes into a staging folder beside the sources, and the finished output is
 * moved into the build folder: a rename on the same file system, else a copy and a removal.
 */
export async function astroOutputFor(buildDir: string): Promise<string> {
  const [source, target] = await Promise.all([fs.stat(SITE_SOURCE_DIR), fs.stat(buildDir)])
  if (source.dev === target.dev) return buildDir
  const staging = path.join(SITE_SOURCE_DIR, '.astro', 'staging', path.basename(buildDir))
  await fs.rm(staging, { recursive: true, force: true })
  await fs.mkdir(staging, { recursive: true })
  return staging
}

/** The folder inside an incremental build's folder that Astro renders into while pages are carried over beside it. */
export const RENDERING_DIR = '.dang-dung'

/**
 * Brings Astro's output into the build folder (nothing to do when it was written there), folder into folder: a
 * folder the build folder lacks is moved whole, one rename; a file replaces one already there by a rename, never by
 * writing into it (it may be a carried page's hard link to the live site's file). Across file systems a file is
 * copied beside its place first.
 */
export async function moveAstroOutput(output: string, buildDir: string): Promise<void> {
  if (output === buildDir) return
  try {
    await moveInto(output, buildDir)
  } finally {
    await fs.rm(output, { recursive: true, force: true })
  }
}

async function moveInto(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true })
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) {
      const moved = await fs.rename(src, dst).then(
        () => true,
        (err: NodeJS.ErrnoException) => (['ENOTEMPTY', 'EEXIST', 'EXDEV'].includes(err.code ?? '') ? false : Promise.reject(err)),
      )
      if (!moved) await moveInto(src, dst)
    } else {
      await fs.rename(src, dst).catch(async (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EXDEV') throw err
        await fs.copyFile(src, `${dst}.${process.pid}`)
        await fs.rename(`${dst}.${process.pid}`, dst)
      })
    }
  }
}

/** Every file under a folder, relative to it (a build folder just after Astro's output came in: what Astro wrote). */
export async function filesUnder(dir: string, under = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await fs.readdir(path.join(dir, under), { withFileTypes: true })) {
    const relative = path.join(under, entry.name)
    if (entry.isDirectory()) found.push(...(await filesUnder(dir, relative)))
    else if (entry.isFile()) found.push(relative)
  }
  return found
}
