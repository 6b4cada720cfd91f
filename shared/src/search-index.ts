/**
 * The public site's search index, in two parts that the search page merges (Pagefind's mergeIndex):
 * - SEARCH_MAIN_DIR (/pagefind/): every page, written by a full build and carried over unchanged by later ones;
 * - SEARCH_CHANGES_DIR (/pagefind-delta/): only the pages changed since the main index was written, re-indexed by
 *   each incremental build, with CHANGES_FILE listing the main index's pages they replace.
 * So a one-article rebuild indexes a handful of pages, not the archive (cms/src/site-build/search-index.ts writes
 * both, and indexes everything again when a page is taken off the site; site/src/scripts/search.ts reads them).
 */
export const SEARCH_MAIN_DIR = 'pagefind'
export const SEARCH_CHANGES_DIR = 'pagefind-delta'
export const CHANGES_FILE = 'changes.json'

/**
 * What CHANGES_FILE holds: how many pages the changes index has (0: nothing to merge), the main index's page ids
 * they replace, and the beginnings of words that only the changes index has (see newPrefixes in
 * cms/src/site-build/search-words.ts).
 */
export interface SearchChanges {
  pages: number
  replaced: string[]
  newPrefixes: string[]
}

/** The synthetic filter that tells the two parts apart in a search. */
const PART_FILTER = 'phan-chi-muc'

/** The part of Pagefind's module (pagefind.js) the site uses. */
export interface PagefindModule {
  options: (options: { basePath: string; mergeFilter?: Record<string, string> }) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (path: string, options?: { mergeFilter?: Record<string, string> }) => Promise<void>
}

/** The two parts of the index opened by openSearchIndex. */
export interface OpenedIndex<P> {
  pagefind: P
  replaced: Set<string>
  newPrefixes: string[]
  /** The two parts' entry files as they were when opened (stillLive). */
  entry: string
}

/**
 * Pagefind's entry files of both parts, which name their files: other texts once another build went live (an
 * incremental build keeps the main index and writes a new changes index; a full one writes both). '' for a part that
 * is not there.
 */
const entryOf = async (origin: string): Promise<string> => {
  const read = async (dir: string) => {
    const answer = await fetch(`${origin}/${dir}/pagefind-entry.json`, { cache: 'no-cache' })
    return answer.ok ? answer.text() : ''
  }
  return (await Promise.all([read(SEARCH_MAIN_DIR), read(SEARCH_CHANGES_DIR)])).join('\n')
}

/**
 * Whether the index opened is still the live one. A build that goes live while a page loads the index may leave it
 * asking for parts that are gone: Pagefind then logs the failure and answers with fewer results, or none, as if
 * nothing matched. A page checks after a search, and opens the index again if it was replaced.
 */
export const stillLive = async (index: Pick<OpenedIndex<unknown>, 'entry'>, origin = ''): Promise<boolean> =>
  (await entryOf(origin)) === index.entry

/**
 * Opens both parts of the index with an imported pagefind.js: the main index, then the changes index merged in
 * when it has pages. origin is '' in the browser (the site's own paths); replaced are the main index's out-of-date
 * pages, for currentResults.
 */
export async function openSearchIndex<P extends PagefindModule>(pagefind: P, origin = ''): Promise<OpenedIndex<P>> {
  const entry = await entryOf(origin)
  // a build from before the changes index has no such file: the main index is the whole index
  // asked fresh, as Pagefind asks its entry file: both change together with every build
  const answer = await fetch(`${origin}/${SEARCH_CHANGES_DIR}/${CHANGES_FILE}`, { cache: 'no-cache' })
  const changes = answer.ok ? ((await answer.json()) as SearchChanges) : null
  const merging = !!changes && changes.pages > 0
  await pagefind.options({ basePath: `${origin}/${SEARCH_MAIN_DIR}/`, ...(merging ? { mergeFilter: { [PART_FILTER]: 'main' } } : {}) })
  await pagefind.init()
  if (merging) await pagefind.mergeIndex(`${origin}/${SEARCH_CHANGES_DIR}/`, { mergeFilter: { [PART_FILTER]: 'changes' } })
  return { pagefind, replaced: new Set(changes?.replaced ?? []), newPrefixes: merging ? changes.newPrefixes : [], entry }
}

/**
 * The filter a search (of the already folded query) adds: only the changes index when a term begins with a word
 * the main index does not have, since whatever the main index found for it would be Pagefind's fallback.
 */
export function partFilter(foldedQuery: string, index: Pick<OpenedIndex<unknown>, 'newPrefixes'>): Record<string, string> {
  const terms = foldedQuery
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.normalize('NFD').replace(/[^\p{Alphabetic}\p{N}]/gu, ''))
  const isNew = terms.some((t) => t && index.newPrefixes.some((p) => t.startsWith(p)))
  return isNew ? { [PART_FILTER]: 'changes' } : {}
}

/** A search's results as the site shows them: without the main index's out-of-date pages, each page once. */
export function currentResults<T extends { id: string }>(results: readonly T[], replaced: ReadonlySet<string>): T[] {
  const seen = new Set<string>()
  return results.filter((r) => {
    if (replaced.has(r.id) || seen.has(r.id)) return false
    seen.add(r.id)
    return true
  })
}
