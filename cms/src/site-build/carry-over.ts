import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Brings a folder of the previous build into the new one by hard links (no bytes copied; builds never modify a
 * published file, they write new ones), falling back to a copy across file systems.
 */
export async function carryOver(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true })
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) await carryOver(src, dst)
    else if (!(await fs.stat(dst).catch(() => null))) await fs.link(src, dst).catch(() => fs.copyFile(src, dst))
  }
}
