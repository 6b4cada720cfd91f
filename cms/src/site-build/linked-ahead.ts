import { SEARCH_CHANGES_DIR, SEARCH_MAIN_DIR } from '@gd/shared/search-index'
import { carryOver } from './carry-over'
import { discardBuild, newBuildDir } from './publish'

/** The top-level folders of a build that hold no pages (the search index is carried on its own terms). */
const NOT_PAGES = ['_astro', SEARCH_MAIN_DIR, SEARCH_CHANGES_DIR]

/** A new build folder with every page of a build linked into it, or being linked (./carry-over-worker.ts: allPagesBut). */
export interface LinkedFolder {
  dir: string
  /** the page folders linked ("tin-tuc/abc/"), once they all are */
  linked: Promise<string[]>
}

/** Links every page of a build into a new folder, in the carry-over's own process. */
export function linkAllPages(from: string, dir: string): Promise<string[]> {
  const linked = carryOver({ from, to: dir, allPagesBut: NOT_PAGES }).then((answer) => answer.all ?? [])
  linked.catch(() => undefined) // its failure is answered to whoever waits for it
  return linked
}

let ahead: { from: string; folder: Promise<LinkedFolder> } | null = null

/**
 * The next incremental build's folder, begun while the site is idle: right after a build is live and its compressed
 * copies are written, a new build folder gets every page of it linked, which is what an incremental build begins with
 * (./carry-while-rendering.ts). At 20,000 articles those links (about 60,000) were the longest part of a one-article
 * build, after Astro. The next build takes the folder when it carries pages over from that same build; otherwise (a
 * full build, or another process published meanwhile) the folder is discarded. One a stopped server leaves is a
 * leftover build of a gone builder (./publish.ts: removed by the next publish).
 */
export function linkNextBuildAhead(live: string): void {
  const earlier = ahead
  ahead = {
    from: live,
    folder: newBuildDir().then((dir) => ({ dir, linked: linkAllPages(live, dir) })),
  }
  ahead.folder.catch(() => undefined)
  if (earlier) void discardAhead(earlier.folder)
}

/** The folder linked ahead from the build an incremental build carries from (previous), or null; any other is discarded. */
export async function takeLinkedAhead(previous: string | null): Promise<LinkedFolder | null> {
  const taken = ahead
  ahead = null
  if (!taken) return null
  if (previous !== null && taken.from === previous) return taken.folder.catch(() => null)
  await discardAhead(taken.folder)
  return null
}

async function discardAhead(folder: Promise<LinkedFolder>): Promise<void> {
  const made = await folder.catch(() => null)
  if (!made) return
  await made.linked.catch(() => undefined) // the linking process is done with the folder
  await discardBuild(made.dir)
}
