import { describe, expect, it } from 'vitest'
import { indexKeys, newPrefixes, sortedKeys, uniqueWords, wordsPage } from '../../cms/src/site-build/search-words'
import { currentResults, partFilter } from '../../shared/src/search-index'

describe('the words of the search index', () => {
  it('derives the keys Pagefind indexes from a word: letters and digits, lower case, without diacritics, and its parts', () => {
    expect(indexKeys('Trường')).toEqual(['truong'])
    expect(indexKeys('(GD&ĐT)')).toEqual(['gdđt', 'gd', 'đt'])
    expect(indexKeys('2026-2027,')).toEqual(['20262027', '2026', '2027'])
    expect(indexKeys('…')).toEqual([])
  })

  it('lists the beginnings of new words that begin no word of the main index, shortest only', () => {
    const main = ['Trường', 'tiểu', 'học', 'sách', '2026-2027']
    // "sạch" and "2026" are known; "xuyên" is new from "x"; "2028" from "2028"; "truong2" from "truong2"
    expect(newPrefixes(sortedKeys(main), ['sạch', '2026', 'Xuyên', 'xuân', '2028', 'truong2'])).toEqual(['2028', 'truong2', 'x'])
    expect(newPrefixes(sortedKeys(main), ['Trường', 'học'])).toEqual([])
  })

  it('keeps every word once, escaped for the page that carries them', () => {
    expect(uniqueWords(['a  b\nc', 'b a'])).toEqual(['a', 'b', 'c'])
    expect(wordsPage(['<b>', 'GD&ĐT'])).toContain('data-pagefind-body>&lt;b&gt; GD&amp;ĐT</main>')
  })
})

describe('a search over the two parts of the index', () => {
  const index = { pagefind: null, replaced: new Set(['vi_old', 'vi_words']), newPrefixes: ['x', '2028'] }

  it('shows no replaced page, and each page once', () => {
    const results = [{ id: 'vi_a' }, { id: 'vi_old' }, { id: 'vi_b' }, { id: 'vi_a' }, { id: 'vi_words' }]
    expect(currentResults(results, index.replaced)).toEqual([{ id: 'vi_a' }, { id: 'vi_b' }])
  })

  it('searches only the changes index when a term begins with a new word', () => {
    expect(partFilter('kim xuyen', index)).toEqual({ 'phan-chi-muc': 'changes' })
    expect(partFilter('nam hoc 2028-2029', index)).toEqual({ 'phan-chi-muc': 'changes' })
    expect(partFilter('kim anh', index)).toEqual({})
    expect(partFilter('truong', { ...index, newPrefixes: [] })).toEqual({})
  })
})
