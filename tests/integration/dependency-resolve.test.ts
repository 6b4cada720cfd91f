import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { envFor, freshDataDir, ROOT } from '../helpers/env'

/**
 * The server's shortcut for imports inside node_modules (scripts/lib/dependency-resolve.ts) answers as Node does: in a
 * process of its own, the CMS's configuration and Next are loaded with Node asked for every import, and the shortcut's
 * answer (file and format) compared with Node's for each one it would take.
 */
it('answers every relative import of the dependencies the server loads as Node does', () => {
  const dataDir = freshDataDir('dependency-resolve')
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'tests/helpers/compare-dependency-resolve.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...envFor(dataDir) },
      encoding: 'utf8',
      timeout: 120_000,
    })
    const last = run.stdout.trim().split('\n').at(-1) ?? ''
    expect(last.startsWith('{'), `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(true)
    const result = JSON.parse(last) as { answered: number; differed: number; differences: string[] }
    expect(result.differences).toEqual([])
    expect(result.differed).toBe(0)
    // drizzle-orm's files alone import each other about 600 times: a shortcut that answered nothing would pass above
    expect(result.answered).toBeGreaterThan(2000)
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
