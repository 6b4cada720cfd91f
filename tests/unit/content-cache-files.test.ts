import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentCacheFile, promoteContentCache } from '../../shared/src/site-build-contract'

describe('the content cache files after a published build', () => {
  it('makes the build’s cache current, keeps a collection it did not sync, and removes the old format’s files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-cache-files-'))
    try {
      fs.writeFileSync(path.join(dir, contentCacheFile('articles', true)), 'mới\n')
      fs.writeFileSync(path.join(dir, contentCacheFile('articles')), 'cũ\n')
      fs.writeFileSync(path.join(dir, contentCacheFile('exemplars')), 'giữ\n')
      for (const old of ['content.articles.json', 'content.exemplars.json', 'content.articles.next.json'])
        fs.writeFileSync(path.join(dir, old), '{}')
      promoteContentCache(dir)
      expect(fs.readdirSync(dir).sort()).toEqual([contentCacheFile('articles'), contentCacheFile('exemplars')].sort())
      expect(fs.readFileSync(path.join(dir, contentCacheFile('articles')), 'utf8')).toBe('mới\n')
      expect(fs.readFileSync(path.join(dir, contentCacheFile('exemplars')), 'utf8')).toBe('giữ\n')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
