import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentCacheFile } from '../../shared/src/site-build-contract'
import { openCache, readCachesAhead } from '../../site/src/lib/loaders/cache-file'
import { CACHE_SCHEMA } from '../../site/src/lib/loaders/content-cache'

/**
 * The content cache read ahead by the process of the next build (site/src/lib/loaders/cache-file.ts): the build takes
 * what was read only while the file is the one that was read.
 */
let dir: string
let file: string
const TIME = new Date('2026-12-01T00:00:00Z')
/** A cache file's text: its first line, then one doc with this title. */
const cacheText = (title: string, syncedAt = '2026-12-01T00:00:00.000Z') =>
  `${JSON.stringify({ schema: CACHE_SCHEMA, syncedAt })}\n${JSON.stringify({ id: 1, title })}\n`
/** A cache file of one doc with this title, dated TIME (so two writes of the same size are the same file to stat). */
function writeCache(title: string): void {
  fs.writeFileSync(file, cacheText(title))
  fs.utimesSync(file, TIME, TIME)
}
const titleRead = async () => (await openCache(file)!.docs())!.docs[0]!.title

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-cache-ahead-'))
  file = path.join(dir, contentCacheFile('articles'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the content cache read ahead', () => {
  it('is what the build takes while the file is the one read (then the build reads it itself)', async () => {
    writeCache('Tin A')
    readCachesAhead(dir)
    // the same file to stat (inode, size, time), other bytes: only what was read ahead can answer "Tin A"
    writeCache('Tin B')
    expect(await titleRead()).toBe('Tin A')
    // taken once: the next build reads the file
    expect(await titleRead()).toBe('Tin B')
  })

  it('is not taken once a newer cache replaced the file (a build went live since)', async () => {
    writeCache('Tin A')
    readCachesAhead(dir)
    const next = `${file}.next`
    fs.writeFileSync(next, cacheText('Tin C', '2026-12-02T00:00:00.000Z'))
    fs.renameSync(next, file)
    expect(await titleRead()).toBe('Tin C')
  })

  it('reads nothing ahead where there is no cache, and the build finds none', () => {
    readCachesAhead(dir)
    expect(openCache(file)).toBeNull()
  })
})
