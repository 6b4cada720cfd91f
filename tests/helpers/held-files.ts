import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { SEARCH_CARRIED_NAMES } from '../../cms/src/site-build/search-index'

/** A build's search index as an incremental build takes it over: the main index and the words files beside it. */
export const SEARCH_FILES = SEARCH_CARRIED_NAMES

/**
 * Hard links of a build's files (the same files, whatever later happens to the build, which a later publish deletes)
 * and what they held. release() names those written since (through a link of a later build) and lets them go.
 */
export function holdFiles(build: string, names: string[]) {
  // beside the builds (links do not cross file systems), a dot-folder that pruning the builds leaves alone
  const hold = fs.mkdtempSync(path.join(path.dirname(build), '.held-'))
  const held: { file: string; text: string }[] = []
  const walk = (relative: string): void => {
    const from = path.join(build, relative)
    if (!fs.existsSync(from)) return
    if (fs.statSync(from).isDirectory()) for (const name of fs.readdirSync(from)) walk(path.join(relative, name))
    else {
      const file = path.join(hold, relative)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.linkSync(from, file)
      held.push({ file, text: fs.readFileSync(file, 'latin1') })
    }
  }
  for (const name of names) walk(name)
  expect(held.length).toBeGreaterThan(0)
  return {
    release(): string[] {
      const changed = held.filter((h) => fs.readFileSync(h.file, 'latin1') !== h.text).map((h) => path.relative(hold, h.file))
      fs.rmSync(hold, { recursive: true, force: true })
      return changed
    },
  }
}
