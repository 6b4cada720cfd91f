import fs from 'node:fs'
import { findSourceMap, SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

const maps = new Map<string, SourceMap | null>()

/**
 * The source map of a file the server runs: Node's, when it reads maps (--enable-source-maps), else the file's own
 * `<file>.map` beside it, read the first time an error needs it (the server's bundle, scripts/lib/server-bundle.ts:
 * about 36 MiB kept when read, so not at every start).
 */
function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    let map: SourceMap | null = findSourceMap(file) ?? null
    if (!map) {
      try {
        const path = file.startsWith('file:') ? fileURLToPath(file) : file
        map = new SourceMap(JSON.parse(fs.readFileSync(`${path}.map`, 'utf8')))
      } catch {
        map = null
      }
    }
    maps.set(file, map)
  }
  return maps.get(file) ?? null
}

/**
 * Where an error was thrown, as written: the first frame of its stack, and when that frame is in a bundled file (the
 * server runs as one), the file its line came from, read from the bundle's source map.
 */
export function thrownIn(error: unknown): string {
  const frame = (error instanceof Error ? (error.stack ?? '') : '').split('\n').find((line) => /^\s+at /.test(line)) ?? ''
  const at = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/.exec(frame)
  if (!at) return frame
  const entry = sourceMapOf(at[1]!)?.findEntry(Number(at[2]) - 1, Number(at[3]) - 1)
  return entry && 'originalSource' in entry ? entry.originalSource : frame
}
