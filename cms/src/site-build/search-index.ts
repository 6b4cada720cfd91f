import { CHANGES_FILE, SEARCH_CHANGES_DIR, SEARCH_MAIN_DIR, type SearchChanges } from '@gd/shared/search-index'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { carryOver } from './carry-over'
import { newPrefixes, sortedKeys, uniqueWords, wordsPage } from './search-words'

/**
 * The search index of a build, in the two parts of shared/src/search-index.ts. A full build indexes every page into
 * the main index. An incremental build carries the live build's main index over (without the fragments, the
 * readable text, of the pages it replaces) and indexes only the pages changed since it was written (its own and
 * earlier builds' changes) into the changes index; once those pass CHANGES_LIMIT, or when a page was taken off the
 * site (so that nothing of it stays), it indexes every page again into a fresh main index. Pages are indexed by the
 * same Pagefind command either way; ./search-words.ts keeps the parts answering as one index would.
 *
 * The build folder keeps, in dot-files (never served), the main index's page id for every URL, the URLs changed
 * since it was written (STATE_FILE) and its words (WORDS_FILE).
 */
const STATE_FILE = '.search-index.json'
const WORDS_FILE = '.search-words.txt'
/** The main index's words as index keys, sorted (./search-words.ts), beside them. */
const KEYS_FILE = '.search-keys.txt'
/** Above this many changed pages (or a tenth of the main index, if more), the whole site is indexed again. */
const CHANGES_LIMIT = 100
const STAGING_DIR = '.search-changes'
/** Where the page of the main index's words sits in the changes index (a folder no site page uses). */
const WORDS_PAGE = 'tu-vung-tim-kiem/index.html'
/** A page Pagefind indexes carries this attribute (pages without it are skipped when any page has it). */
const INDEXED_MARK = 'data-pagefind-body'

interface SearchState {
  /** URL → the page's id in the main index. */
  main: Record<string, string>
  /** URLs whose page changed (or went) since the main index was written. */
  changed: string[]
  /** Whether the main index keeps pages in groups of fragments (then a page's fragment cannot be taken out alone). */
  grouped: boolean
}

export interface SearchIndexResult {
  mode: 'whole' | 'changes'
  /** Pages indexed by this build. */
  pages: number
  /**
   * Writes what only the next build reads of a whole index (its page ids and words), called once this build is live:
   * a build stopped before leaves none of it, and the next build then indexes every page again.
   */
  remember(): Promise<void>
}

type IndexedPages = Map<string, { id: string; texts: string[] }>
const gunzip = promisify(zlib.gunzip)
const SIGNATURE = 'pagefind_dcd'
/** Fragment files read at once. */
const READ_LANES = 16

/** The pages of a written Pagefind index, by URL: the page id and the words Pagefind took (text and metadata). */
async function readIndex(indexDir: string): Promise<{ pages: IndexedPages; grouped: boolean }> {
  const pages: IndexedPages = new Map()
  let grouped = false
  const dir = path.join(indexDir, 'fragment')
  const add = (id: string, fragment: { url: string; content?: string; meta?: Record<string, string> }) =>
    pages.set(fragment.url, { id, texts: [fragment.content ?? '', ...Object.values(fragment.meta ?? {})] })
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.pf_fragment'))
  const texts: string[] = new Array(names.length)
  // read READ_LANES at a time (one after another, the 5,000 small files of a 5,000-article index waited about a
  // second on the disk), taken in the order of the folder again below: the same map either way
  let next = 0
  const lane = async () => {
    for (let i = next++; i < names.length; i = next++)
      texts[i] = (await gunzip(await fs.readFile(path.join(dir, names[i]!)))).toString('utf8')
  }
  await Promise.all(Array.from({ length: READ_LANES }, lane))
  names.forEach((name, i) => {
    const text = texts[i]!
    const parsed = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Record<string, unknown>
    // a fragment file holds one page, or a group of them by id
    if (typeof parsed.url === 'string') add(name.slice(0, -'.pf_fragment'.length), parsed as { url: string })
    else {
      grouped = true
      for (const [id, fragment] of Object.entries(parsed)) add(id, fragment as { url: string })
    }
  })
  return { pages, grouped }
}

/** The HTML file of a page URL in a build folder (/tin-tuc/x/ → tin-tuc/x/index.html). */
const fileOf = (dir: string, url: string) => path.join(dir, decodeURI(url).replace(/\/$/, '/index.html'))
/** The URL of an HTML file given relative to the build folder (tin-tuc/x/index.html → /tin-tuc/x/). */
const urlOf = (relative: string) => `/${relative.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/')
const isIndexed = (html: string | null): html is string => html !== null && html.includes(INDEXED_MARK)
const readOrNull = (file: string) => fs.readFile(file, 'utf8').catch(() => null)

async function readState(buildDir: string): Promise<SearchState | null> {
  try {
    const state = JSON.parse(await fs.readFile(path.join(buildDir, STATE_FILE), 'utf8')) as SearchState
    await Promise.all([SEARCH_MAIN_DIR, WORDS_FILE, KEYS_FILE].map((name) => fs.access(path.join(buildDir, name))))
    return state && typeof state.main === 'object' && Array.isArray(state.changed) && state.grouped === false ? state : null
  } catch {
    return null
  }
}

/** The URLs among the rendered pages whose indexed page is new or differs from the previous build's. */
async function changedPages(dir: string, previous: string, rendered: string[]): Promise<string[]> {
  const changed = await Promise.all(
    rendered.map(async (relative) => {
      const [now, before] = await Promise.all([readOrNull(path.join(dir, relative)), readOrNull(path.join(previous, relative))])
      return (isIndexed(now) || isIndexed(before)) && now !== before ? urlOf(relative) : null
    }),
  )
  return changed.filter((url): url is string => url !== null)
}

async function writeChanges(dir: string, changes: SearchChanges): Promise<void> {
  await fs.mkdir(path.join(dir, SEARCH_CHANGES_DIR), { recursive: true })
  await fs.writeFile(path.join(dir, SEARCH_CHANGES_DIR, CHANGES_FILE), JSON.stringify(changes))
}

/**
 * Indexes the changed pages into the changes index; lists the main index's pages they replace. Null when the
 * replaced pages cannot be taken out of the main index (then the whole site is indexed again).
 */
async function indexChanges(dir: string, state: SearchState, run: (args: string[]) => Promise<void>): Promise<number | null> {
  const staging = path.join(dir, STAGING_DIR)
  const output = path.join(dir, SEARCH_CHANGES_DIR)
  const mainWords = (await fs.readFile(path.join(dir, WORDS_FILE), 'utf8')).split('\n')
  const mainKeys = (await fs.readFile(path.join(dir, KEYS_FILE), 'utf8')).split('\n')
  await fs.rm(staging, { recursive: true, force: true })
  let pages = 0
  try {
    for (const url of state.changed) {
      const file = fileOf(dir, url)
      if (!isIndexed(await readOrNull(file))) continue
      const copy = fileOf(staging, url)
      await fs.mkdir(path.dirname(copy), { recursive: true })
      await fs.link(file, copy).catch(() => fs.copyFile(file, copy))
      pages++
    }
    if (pages > 0) {
      await fs.mkdir(path.dirname(path.join(staging, WORDS_PAGE)), { recursive: true })
      await fs.writeFile(path.join(staging, WORDS_PAGE), wordsPage(mainWords))
      await run(['--site', staging, '--output-path', output])
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
  const { pages: fresh, grouped } = await readIndex(output)
  // (a grouped main index never gets here: readState refuses it, so the build indexes everything)
  if (grouped) return null
  const ofWords = fresh.get(urlOf(WORDS_PAGE))
  fresh.delete(urlOf(WORDS_PAGE))
  // a page indexed again with the same id (same content) is found in both parts and shown once
  const kept = new Set([...fresh.values()].map((p) => p.id))
  const replaced = state.changed.map((url) => state.main[url]).filter((id): id is string => !!id && !kept.has(id))
  // nobody may read a replaced page's old text, nor the words page: their fragments leave this build (each page is
  // its own fragment file, unless grouped: then the whole site is indexed again, above); an earlier build may have
  // taken one out already
  for (const id of replaced) await dropFile(path.join(dir, SEARCH_MAIN_DIR, 'fragment', `${id}.pf_fragment`))
  if (ofWords) {
    await dropFile(path.join(output, 'fragment', `${ofWords.id}.pf_fragment`))
    replaced.push(ofWords.id)
  }
  const changedWords = uniqueWords([...fresh.values()].flatMap((p) => p.texts))
  await writeChanges(dir, { pages, replaced, newPrefixes: newPrefixes(mainKeys, changedWords) })
  return pages
}

/** Removes a file of this build (a hard link: the live build keeps its own), if it is there. */
const dropFile = (file: string): Promise<void> => fs.rm(file, { force: true })

/** Indexes every page of the build into the main index (an empty changes index beside it); answers how many. */
async function indexEveryPage(dir: string, run: (args: string[]) => Promise<void>): Promise<number> {
  await run(['--site', dir])
  await writeChanges(dir, { pages: 0, replaced: [], newPrefixes: [] })
  const names = await fs.readdir(path.join(dir, SEARCH_MAIN_DIR, 'fragment')).catch(() => [] as string[])
  return names.filter((name) => name.endsWith('.pf_fragment')).length
}

/** The main index's words, keys and page ids, read back from it for the next build (the state last: it vouches for them). */
async function rememberMainIndex(dir: string): Promise<void> {
  const { pages: main, grouped } = await readIndex(path.join(dir, SEARCH_MAIN_DIR))
  const words = uniqueWords([...main.values()].flatMap((p) => p.texts))
  await fs.writeFile(path.join(dir, WORDS_FILE), words.join('\n'))
  await fs.writeFile(path.join(dir, KEYS_FILE), sortedKeys(words).join('\n'))
  const ids = Object.fromEntries([...main].map(([url, p]) => [url, p.id]))
  await fs.writeFile(path.join(dir, STATE_FILE), JSON.stringify({ main: ids, changed: [], grouped } satisfies SearchState))
}

/**
 * What an incremental build takes over from the live build's search index as it is: carried (hard links) with the
 * kept pages, while Astro renders (./carry-while-rendering.ts), when the live build has them all.
 */
export const SEARCH_CARRIED = { trees: [SEARCH_MAIN_DIR], files: [WORDS_FILE, KEYS_FILE] }
/** The same, as one list of names relative to a build folder. */
export const SEARCH_CARRIED_NAMES = [...SEARCH_CARRIED.trees, ...SEARCH_CARRIED.files]

/** Removes what was carried of the live build's index (links: the live build keeps its own) before it is written anew. */
const dropCarried = (dir: string) =>
  Promise.all(SEARCH_CARRIED_NAMES.map((name) => fs.rm(path.join(dir, name), { recursive: true, force: true })))

/**
 * Writes the search index of the build in dir. previous is the live build an incremental build carries pages over
 * from (null for a full build); rendered lists the HTML files Astro wrote in this build, relative to dir; carried
 * says whether SEARCH_CARRIED was carried in with the pages (else it is carried here when used).
 */
export async function indexSearch(
  dir: string,
  previous: string | null,
  rendered: string[],
  run: (args: string[]) => Promise<void>,
  carried = false,
): Promise<SearchIndexResult> {
  const indexWhole = async (): Promise<SearchIndexResult> => {
    // Pagefind and the words files are written anew, never through a link into the live build
    await dropCarried(dir)
    return { mode: 'whole', pages: await indexEveryPage(dir, run), remember: () => rememberMainIndex(dir) }
  }
  const before = previous ? await readState(previous) : null
  if (!previous || !before) return indexWhole()
  // one blocking check a page: at 20,000 articles a promise a page held the server's thread for about half a second
  const gone = Object.keys(before.main).filter((url) => !existsSync(fileOf(dir, url)))
  const changed = [...new Set([...before.changed, ...(await changedPages(dir, previous, rendered)), ...gone])]
  // a page taken off the site leaves no trace in the search index: not its text, not its words
  if (gone.length > 0 || changed.length > Math.max(CHANGES_LIMIT, Object.keys(before.main).length / 10)) return indexWhole()
  const state: SearchState = { main: before.main, changed, grouped: before.grouped }
  if (!carried) await carryOver({ from: previous, to: dir, ...SEARCH_CARRIED })
  const pages = await indexChanges(dir, state, run)
  if (pages === null) {
    await fs.rm(path.join(dir, SEARCH_CHANGES_DIR), { recursive: true, force: true })
    return indexWhole()
  }
  await fs.writeFile(path.join(dir, STATE_FILE), JSON.stringify(state))
  return { mode: 'changes', pages, remember: () => Promise.resolve() }
}
