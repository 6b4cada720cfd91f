import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Brings a file of the previous build into the new one by a hard link (no bytes copied; builds never modify a
 * published file, they write new ones), falling back to a copy across file systems. A file already there (written
 * by this build) is kept; nothing is checked first, which would cost a failing call per file.
 */
export const carryFile = (src: string, dst: string): Promise<void> =>
  fs
    .link(src, dst)
    .catch((err: NodeJS.ErrnoException) => (err.code === 'EEXIST' ? undefined : fs.copyFile(src, dst, fs.constants.COPYFILE_EXCL)))

/**
 * Brings a folder of the previous build into the new one, file by file (carryFile). A folder that is not there
 * rejects with ENOENT before anything is created.
 */
export async function carryOver(from: string, to: string): Promise<void> {
  const entries = await fs.readdir(from, { withFileTypes: true })
  await fs.mkdir(to, { recursive: true })
  // all at once: the links wait in libuv's pool instead of one round trip after another (the search index's
  // thousands of fragment files in one folder)
  await Promise.all(
    entries.map((entry) => {
      const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)]
      return entry.isDirectory() ? carryOver(src, dst) : carryFile(src, dst)
    }),
  )
}
