/**
 * The process of ./carry-over.ts: brings files of the previous build into the new one by hard links (no bytes
 * copied; builds never modify a published file, they write new ones), with blocking calls on its own thread. Node
 * runs this file itself (its types stripped, no loader; it imports nothing but Node's own modules). The job comes as
 * JSON on standard input; it answers on standard output how many pages it carried.
 *
 * Why a process: an incremental build carries its kept pages while Astro renders, and Astro reads the CMS then. Done
 * in the server with promises (one per link, 60,000 at 20,000 articles), the links' callbacks and their garbage held
 * the server's thread for seconds and Astro waited for its answers.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface CarryJob {
  from: string
  to: string
  /** page folders, relative: their own files are carried, not their sub-folders (other pages); a missing one is skipped */
  pages?: string[]
  /** folders carried whole, relative; each must be there */
  trees?: string[]
  /** single files, relative; each must be there */
  files?: string[]
}

/** A file already there (written by this build) is kept; across file systems the file is copied. */
function carryFile(src: string, dst: string): void {
  try {
    fs.linkSync(src, dst)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw err
    fs.copyFileSync(src, dst, fs.constants.COPYFILE_EXCL)
  }
}

function carryFolder(from: string, to: string, whole: boolean): void {
  const entries = fs.readdirSync(from, { withFileTypes: true })
  fs.mkdirSync(to, { recursive: true })
  for (const entry of entries) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isFile()) carryFile(src, dst)
    else if (whole && entry.isDirectory()) carryFolder(src, dst, true)
  }
}

const job = JSON.parse(fs.readFileSync(0, 'utf8')) as CarryJob
let pages = 0
for (const page of job.pages ?? []) {
  try {
    carryFolder(path.join(job.from, page), path.join(job.to, page), false)
    pages++
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || fs.existsSync(path.join(job.from, page))) throw err
  }
}
for (const tree of job.trees ?? []) carryFolder(path.join(job.from, tree), path.join(job.to, tree), true)
for (const file of job.files ?? []) carryFile(path.join(job.from, file), path.join(job.to, file))
process.stdout.write(String(pages))
