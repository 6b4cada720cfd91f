/**
 * The process of ./carry-over.ts: brings files of the previous build into the new one by hard links (no bytes
 * copied; builds never modify a published file, they write new ones), with blocking calls on its own thread. Node
 * runs this file itself (its types stripped, no loader; it imports nothing but Node's own modules). The job comes as
 * JSON on standard input; it answers on standard output (CarryAnswer, JSON) what it carried.
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
  /**
   * Every page folder of `from` (a folder below the top holding an index.html; not under the top-level names listed
   * here, nor any hidden one): its own files that are not hidden, linked as `pages` are. Answered in `all`.
   */
  allPagesBut?: string[]
  /** page folders, relative, taken out of `to` first: their own files, and the folder when nothing is left in it */
  drop?: string[]
  /** page folders, relative: their own files are carried, not their sub-folders (other pages); a missing one is skipped */
  pages?: string[]
  /** folders carried whole, relative; each must be there */
  trees?: string[]
  /** single files, relative; each must be there */
  files?: string[]
}

/** What the worker answers: how many of `pages` it carried, and with `allPagesBut` the page folders it carried. */
export interface CarryAnswer {
  pages: number
  all?: string[]
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

/** Links the page folders under folder (relative to job.from, '' for the top) and lists them as "a/b/". */
function carryAllPages(job: CarryJob, folder: string, all: string[]): void {
  const entries = fs.readdirSync(path.join(job.from, folder), { withFileTypes: true })
  if (folder !== '' && entries.some((e) => e.isFile() && e.name === 'index.html')) {
    fs.mkdirSync(path.join(job.to, folder), { recursive: true })
    for (const e of entries)
      if (e.isFile() && !e.name.startsWith('.')) carryFile(path.join(job.from, folder, e.name), path.join(job.to, folder, e.name))
    all.push(`${folder.split(path.sep).join('/')}/`)
  }
  for (const e of entries)
    if (e.isDirectory() && !e.name.startsWith('.') && !(folder === '' && job.allPagesBut!.includes(e.name)))
      carryAllPages(job, path.join(folder, e.name), all)
}

/** Takes a page folder's own files out of a build folder being made, then the folder and those above it left empty. */
function dropPage(to: string, page: string): void {
  let folder = path.join(to, page)
  if (!fs.existsSync(folder)) return
  for (const e of fs.readdirSync(folder, { withFileTypes: true }))
    if (!e.isDirectory()) fs.rmSync(path.join(folder, e.name), { force: true })
  for (const top = path.resolve(to); path.resolve(folder) !== top && path.resolve(folder).startsWith(top); folder = path.dirname(folder)) {
    try {
      fs.rmdirSync(folder)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return
      if (code !== 'ENOENT') throw err
    }
  }
}

const job = JSON.parse(fs.readFileSync(0, 'utf8')) as CarryJob
const all: string[] | undefined = job.allPagesBut ? [] : undefined
if (all) carryAllPages(job, '', all)
for (const page of job.drop ?? []) dropPage(job.to, page)
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
process.stdout.write(JSON.stringify({ pages, all } satisfies CarryAnswer))
