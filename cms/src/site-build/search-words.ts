/**
 * The words of the search index, for the changes index (./search-index.ts) to answer searches as a whole index
 * would. Pagefind matches a search term with the index words that begin with it; when none does, it falls back to
 * the longest index word the term begins with. So a part of the index answers differently from the whole index:
 * - the changes index, a few pages, lacks most words: it gets one more page holding every word of the main index
 *   (wordsPage), never shown;
 * - the main index lacks the words new since it was written: the search page leaves it out of a search whose term
 *   begins with one of newPrefixes.
 */

/** Every white-space-separated word of the texts, once: Pagefind splits a page's text at white space first. */
export function uniqueWords(texts: string[]): string[] {
  const words = new Set<string>()
  for (const text of texts) for (const word of text.split(/\s+/)) if (word) words.add(word)
  return [...words]
}

/** A page of those words, as HTML Pagefind indexes (in the site's language, so it joins the same index). */
export function wordsPage(words: string[]): string {
  const text = words.join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<!doctype html><html lang="vi"><body><main data-pagefind-body>${text}</main></body></html>`
}

const stripMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')
const ALNUM = /[\p{Alphabetic}\p{N}]/u

/**
 * The index keys Pagefind may derive from one white-space word (pagefind/src/fossick/splitting.rs: letters and
 * digits only, lower case, diacritics removed, and the parts of a compound word), and more: the runs of letters and
 * of digits, and camel-case parts. Erring toward more keys only means fewer terms counted as new.
 */
export function indexKeys(raw: string): string[] {
  const keys = new Set<string>()
  const add = (s: string) => {
    const key = stripMarks(
      [...s]
        .filter((c) => ALNUM.test(c))
        .join('')
        .toLowerCase(),
    )
    if (key) keys.add(key)
  }
  add(raw)
  for (const part of raw.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').split(/[^\p{Alphabetic}\p{N}]+/u)) {
    add(part)
    for (const run of part.match(/\p{N}+|[^\p{N}]+/gu) ?? []) add(run)
  }
  return [...keys]
}

/** The index keys of the words, once each and sorted (for newPrefixes). */
export const sortedKeys = (words: string[]): string[] => [...new Set(words.flatMap(indexKeys))].sort()

/** Whether a sorted list has a string beginning with prefix (binary search for the first string ≥ prefix). */
function hasPrefix(sorted: string[], prefix: string): boolean {
  let [lo, hi] = [0, sorted.length]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < prefix) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix)
}

/**
 * The shortest beginnings of the changed pages' words that begin no word of the main index (given as its
 * sortedKeys): a search term that begins with one finds nothing in the main index but what Pagefind's fallback
 * drags in.
 */
export function newPrefixes(mainKeys: string[], changedWords: string[]): string[] {
  const main = mainKeys
  const known = new Set(main)
  const found = new Set<string>()
  for (const key of new Set(changedWords.flatMap(indexKeys))) {
    if (known.has(key)) continue
    for (let n = 1; n <= key.length; n++) {
      const prefix = key.slice(0, n)
      if (!hasPrefix(main, prefix)) {
        found.add(prefix)
        break
      }
    }
  }
  // a prefix that begins with another listed prefix adds nothing (sorted, it comes right after that one)
  const kept: string[] = []
  for (const p of [...found].sort()) if (!kept.length || !p.startsWith(kept[kept.length - 1])) kept.push(p)
  return kept
}
