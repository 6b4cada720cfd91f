import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { PrecompressJob } from './precompress-worker'
import { helperEnv } from './helper-env'

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

interface Worker {
  /** hands it more files */
  send(files: string[]): void
  /** ends its input; answers how many files it compressed */
  end(): Promise<number>
}

/**
 * One worker process (./precompress-worker.ts), given its files in parts. A process, not a thread: what compression
 * allocates outside the JavaScript heap leaves with it, where a thread's would stay in the server's memory (measured
 * at 5,000 articles: the server's peak resident memory under load about 30 MB lower).
 */
function startWorker(): Worker {
  const job: PrecompressJob = {
    types: [...PRECOMPRESSED_TYPES],
    minBytes: PRECOMPRESS_MIN_BYTES,
    suffixes: [ENCODINGS[0].suffix, ENCODINGS[1].suffix],
  }
  // no loader: Node strips the worker's types itself (it imports only Node's modules)
  const worker = spawn(process.execPath, [workerFile()], { stdio: ['pipe', 'pipe', 'inherit'], env: helperEnv({ NODE_OPTIONS: '' }) })
  let output = ''
  worker.stdout.on('data', (d) => (output += d))
  const result = new Promise<number>((resolve, reject) => {
    worker.on('error', reject)
    // a worker gone before it read its files must fail the build, not the server (an unhandled EPIPE)
    worker.stdin.on('error', reject)
    // 'close', not 'exit': the count is complete only once its output has been read to the end
    worker.on('close', (code, signal) =>
      code === 0 ? resolve(Number(output)) : reject(new Error(`Nén sẵn dừng với mã ${code ?? signal}`)),
    )
  })
  // a failure is reported by end(), however early it came
  result.catch(() => undefined)
  worker.stdin.write(`${JSON.stringify(job)}\n`)
  return {
    send: (files) => void worker.stdin.write(`${JSON.stringify(files)}\n`),
    end: () => (worker.stdin.end(), result),
  }
}

/** Compressed copies written as files are handed over (add), by workers started at the first files, until done(). */
export interface Precompression {
  /** The files (and the files under the folders) of a list given relative to the build folder; missing ones skipped. */
  add(only: string[]): Promise<void>
  /** How many files were compressed, once every worker has finished. */
  done(): Promise<number>
}

/**
 * Starts compressing a build folder's files in parts: a build hands its pages over while it still writes its search
 * index, then the index, to the same workers (starting a worker costs about a tenth of a second). As many workers as
 * the machine has cores, fewer for a short first list (FILES_PER_WORKER each); files dealt out in turn, so each
 * worker gets its share of the large list pages and of the small detail pages.
 */
export function startPrecompress(dir: string, parallel = os.availableParallelism()): Precompression {
  let workers: Worker[] = []
  let dealt = 0
  const deal = (list: string[]) => {
    if (list.length === 0) return
    if (workers.length === 0)
      workers = Array.from({ length: Math.max(1, Math.min(parallel, Math.ceil(list.length / FILES_PER_WORKER))) }, startWorker)
    const shares = workers.map(() => [] as string[])
    for (const file of list) shares[dealt++ % workers.length]!.push(file)
    shares.forEach((share, w) => share.length > 0 && workers[w]!.send(share))
  }
  return {
    async add(only) {
      const list: string[] = []
      for await (const file of listed(dir, only)) list.push(file)
      deal(list)
    },
    async done() {
      const counts = await Promise.all(workers.map((w) => w.end()))
      return counts.reduce((a, b) => a + b, 0)
    },
  }
}

/**
 * In a build folder whose compressed copies are not all written yet. A build goes live before it writes them
 * (./build.ts): it leaves this file in the folder it publishes and removes it once they are written. One stopped before
 * leaves it there, and the next build then gives the whole folder it carries pages from to the workers (copies already
 * there and newer than their file are kept as they are).
 */
export const COPIES_PENDING = '.copies-pending'

/** Marks a build folder as still to be compressed (COPIES_PENDING), before it goes live. */
export const markCopiesPending = (dir: string): Promise<void> => fs.writeFile(path.join(dir, COPIES_PENDING), new Date().toISOString())

/** Whether every file of the build folder has had its compressed copies written. */
export const copiesComplete = (dir: string): boolean => !existsSync(path.join(dir, COPIES_PENDING))

/**
 * Writes the missing or outdated compressed copies of the files listed relative to dir (of the whole folder by default:
 * a site built by hand, the tests' sites), removes copies whose source is gone, then the folder's COPIES_PENDING;
 * returns how many files it compressed.
 */
export async function precompressBuild(dir: string, only: string[] = ['.']): Promise<number> {
  const compressing = startPrecompress(dir)
  await compressing.add(only)
  const compressed = await compressing.done()
  await fs.rm(path.join(dir, COPIES_PENDING), { force: true })
  return compressed
}
