import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { PrecompressJob } from './precompress-worker'

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

export const isPrecompressible = (file: string) => PRECOMPRESSED_TYPES.has(path.extname(file).toLowerCase())

/** The files under dir worth compressing, and the compressed copies (to check); not the build's own dot-files, never served. */
async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (
      entry.isFile() &&
      !entry.name.startsWith('.') &&
      (isPrecompressible(entry.name) || ENCODINGS.some((e) => entry.name.endsWith(e.suffix)))
    )
      yield full
  }
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

/** Beside this module (not from the configured paths: a test imports this module before it sets its data folder). */
const workerFile = () => path.join(path.dirname(fileURLToPath(import.meta.url)), 'precompress-worker.ts')
/** Files below this many go to one worker: starting a second costs more than it saves. */
const FILES_PER_WORKER = 200

/**
 * One worker process (./precompress-worker.ts) over some files; answers how many it compressed. A process, not a
 * thread: what compression allocates outside the JavaScript heap leaves with it, where a thread's would stay in the
 * server's memory (measured at 5,000 articles: the server's peak resident memory under load about 30 MB lower).
 */
function runWorker(list: string[]): Promise<number> {
  const job: PrecompressJob = {
    files: list,
    types: [...PRECOMPRESSED_TYPES],
    minBytes: PRECOMPRESS_MIN_BYTES,
    suffixes: [ENCODINGS[0].suffix, ENCODINGS[1].suffix],
  }
  return new Promise((resolve, reject) => {
    // no loader: Node strips the worker's types itself (it imports only Node's modules)
    const worker = spawn(process.execPath, [workerFile()], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    let output = ''
    worker.stdout.on('data', (d) => (output += d))
    worker.on('error', reject)
    // a worker gone before it read its job must fail the build, not the server (an unhandled EPIPE)
    worker.stdin.on('error', reject)
    // 'close', not 'exit': the count is complete only once its output has been read to the end
    worker.on('close', (code, signal) =>
      code === 0 ? resolve(Number(output)) : reject(new Error(`Nén sẵn dừng với mã ${code ?? signal}`)),
    )
    worker.stdin.end(JSON.stringify(job))
  })
}

/**
 * Writes the missing or outdated compressed copies in a build folder, in as many worker processes as the machine has
 * cores (./precompress-worker.ts); returns how many files it compressed. only (paths relative to dir) limits it to
 * what a build wrote itself: an incremental build's carried-over folders came with their copies, and walking
 * thousands of them costs more than compressing a page.
 */
export async function precompressBuild(dir: string, only?: string[], parallel = os.availableParallelism()): Promise<number> {
  const list: string[] = []
  for await (const file of only ? listed(dir, only) : files(dir)) list.push(file)
  const workers = Math.max(1, Math.min(parallel, Math.ceil(list.length / FILES_PER_WORKER)))
  // dealt out in turn, so each worker gets its share of the large list pages and of the small detail pages
  const shares = Array.from({ length: workers }, (_, w) => list.filter((_, i) => i % workers === w))
  const counts = await Promise.all(shares.filter((share) => share.length > 0).map(runWorker))
  return counts.reduce((a, b) => a + b, 0)
}
