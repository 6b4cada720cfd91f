import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureServerBundle, INPUTS, type Inputs, SERVER_BUNDLE, serverBundleStale } from '../../scripts/lib/server-bundle.ts'

/**
 * The server's bundle (scripts/lib/server-bundle.ts), which the tests' servers and production run: made again when a
 * file it was made from changes, and each bundled file still finds what lies beside it. (What the server does from
 * the bundle is what every integration and e2e file tests.)
 */
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-server-bundle-'))
let recorded: Inputs

beforeAll(async () => {
  await ensureServerBundle()
  recorded = JSON.parse(fs.readFileSync(INPUTS, 'utf8')) as Inputs
})
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))

const withInputs = (files: Record<string, string>) => {
  const file = path.join(temp, `inputs-${Math.random().toString(36).slice(2)}.json`)
  fs.writeFileSync(file, JSON.stringify({ files } satisfies Inputs))
  return file
}

describe('the server bundle', () => {
  it('lists the project files it was made from, the lock file and its own rules, with their hashes', () => {
    for (const file of [
      'scripts/serve.ts',
      'cms/src/payload.config.ts',
      'cms/src/server/index.ts',
      'shared/src/config.ts',
      'package-lock.json',
      'scripts/lib/server-bundle.ts',
    ])
      expect(recorded.files[file], file).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(recorded.files).some((f) => f.includes('node_modules'))).toBe(false)
    expect(serverBundleStale()).toBe(false)
  })

  it('is stale when one of those files changed, or is gone, or is not listed, and not otherwise', () => {
    expect(serverBundleStale(withInputs(recorded.files))).toBe(false)
    expect(serverBundleStale(withInputs({ ...recorded.files, 'cms/src/payload.config.ts': '0'.repeat(64) }))).toBe(true)
    expect(serverBundleStale(withInputs({ ...recorded.files, 'cms/src/khong-con-nua.ts': '0'.repeat(64) }))).toBe(true)
    expect(serverBundleStale(path.join(temp, 'khong-co.json'))).toBe(true)
    // a list made by other bundling rules (one that did not name this file) is stale too
    const { 'scripts/lib/server-bundle.ts': _rules, ...withoutRules } = recorded.files
    expect(serverBundleStale(withInputs(withoutRules))).toBe(true)
  })

  it('keeps each file’s own location: paths found from import.meta.url are those of the sources, not the bundle’s', () => {
    // every file that finds things from its own place (local-env.ts, paths.ts, astro.ts: the build's runner beside it) is
    // named in the bundle by its path from the bundle, and that path is the file
    const bundle = fs.readFileSync(SERVER_BUNDLE, 'utf8')
    const own = /__gdFileUrl\("([^"]+)"\)/g
    const named = new Set([...bundle.matchAll(own)].map((m) => m[1]!))
    for (const file of ['../../scripts/lib/local-env.ts', '../src/utilities/paths.ts', '../src/site-build/astro.ts'])
      expect(named.has(file), file).toBe(true)
    for (const file of named) expect(fs.existsSync(path.resolve(path.dirname(SERVER_BUNDLE), file)), file).toBe(true)
    expect(bundle).not.toMatch(/[^.\w]import\.meta\.(?:dirname|filename)\b/)
    const run = spawnSync(process.execPath, ['--check', SERVER_BUNDLE], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
  })
})
