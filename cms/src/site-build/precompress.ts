import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/**
 * Precompressed copies of the built site: next to every text file worth compressing (PRECOMPRESSED_TYPES, at
 * least PRECOMPRESS_MIN_BYTES) a brotli `.br` and a gzip `.gz`, written at build time so neither the embedded
 * server (../server/precompressed.ts) nor nginx (`gzip_static on`, deploy/nginx.conf) compresses per request.
 */
export const PRECOMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.xml', '.json', '.svg', '.txt', '.webmanifest'])
export const PRECOMPRESS_MIN_BYTES = 1024
/** The encodings written, with their file suffix, in the server's order of preference. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export const isPrecompressible = (file: string) => PRECOMPRESSED_TYPES.has(path.extname(file).toLowerCase())

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (entry.isFile() && (isPrecompressible(entry.name) || ENCODINGS.some((e) => entry.name.endsWith(e.suffix)))) yield full
  }
}

/** Whether a compressed copy exists and is at least as new as its source (a copy carried over with its page). */
async function upToDate(copy: string, source: { mtimeMs: number }): Promise<boolean> {
  const stat = await fs.stat(copy).catch(() => null)
  return stat !== null && stat.mtimeMs >= source.mtimeMs
}

async function compressOne(file: string): Promise<number> {
  const encoding = ENCODINGS.find((e) => file.endsWith(e.suffix))
  if (encoding) {
    // a copy whose source is gone (or is not compressed any more) must not be served
    const source = file.slice(0, -encoding.suffix.length)
    if (!isPrecompressible(source) || !(await fs.stat(source).catch(() => null))) await fs.rm(file, { force: true })
    return 0
  }
  const stat = await fs.stat(file)
  const [br, gz] = ENCODINGS.map((e) => file + e.suffix)
  if (stat.size < PRECOMPRESS_MIN_BYTES) {
    await Promise.all([fs.rm(br, { force: true }), fs.rm(gz, { force: true })])
    return 0
  }
  if ((await upToDate(br, stat)) && (await upToDate(gz, stat))) return 0
  const data = await fs.readFile(file)
  const [brData, gzData] = await Promise.all([
    brotli(data, {
      params: {
        // quality 6 of 11: pages 28 % of their size against 26 % at quality 10, written about ten times faster
        // (measured on the demo site's pages), so a full build of thousands of pages stays short
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    gzip(data, { level: 9 }),
  ])
  // a fresh file (never the inode of a carried-over copy, which the live build still serves)
  await Promise.all([fs.rm(br, { force: true }), fs.rm(gz, { force: true })])
  await Promise.all([fs.writeFile(br, brData), fs.writeFile(gz, gzData)])
  return 1
}

/** The files (and the files under the folders) of a list given relative to dir; missing ones are skipped. */
async function* listed(dir: string, only: string[]): AsyncGenerator<string> {
  for (const relative of only) {
    const full = path.join(dir, relative)
    const stat = await fs.stat(full).catch(() => null)
    if (stat?.isDirectory()) yield* files(full)
    else if (stat?.isFile() && isPrecompressible(full)) yield full
  }
}

/**
 * Writes the missing or outdated compressed copies in a build folder, a few files at a time; returns how many
 * files it compressed. only (paths relative to dir) limits it to what a build wrote itself: an incremental build's
 * carried-over folders came with their copies, and walking thousands of them costs more than compressing a page.
 */
export async function precompressBuild(dir: string, only?: string[], parallel = 4): Promise<number> {
  const queue = only ? listed(dir, only) : files(dir)
  let done = 0
  const worker = async () => {
    for (let next = await queue.next(); !next.done; next = await queue.next()) {
      const compressed = await compressOne(next.value)
      done += compressed
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  return done
}
