/**
 * One worker process of ./precompress.ts: writes the compressed copies of the files it is given, with blocking calls.
 * Node runs this file itself (its types stripped, no loader; it imports nothing but Node's own modules), so a build
 * compresses on every core without going through libuv's pool for each read, stat, write and compression: on the
 * 5,901 files of a 5,000-article build, the old way (four at a time through the pool) took 12 s where blocking calls
 * on one thread took 7.5 s, measured side by side on a busy machine; two workers took 7.1 s there, 2.3–3.4 s quiet.
 * What to compress and the copies' suffixes come from ./precompress.ts: on standard input, one line of JSON saying
 * what (PrecompressJob), then lines of JSON lists of files, each compressed as it arrives (a build hands its pages
 * over first and its search index when written, to the same process); how is decided here. When its input ends it
 * answers how many files it compressed on standard output.
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import zlib from 'node:zlib'

export interface PrecompressJob {
  /** The extensions worth compressing, lower case with their dot. */
  types: string[]
  minBytes: number
  /** The copies' suffixes, in the order of compress() below: brotli, gzip. */
  suffixes: [string, string]
}

const extension = (file: string) => /\.[^./]*$/.exec(file)?.[0].toLowerCase() ?? ''

function compress(data: Buffer): [Buffer, Buffer] {
  return [
    zlib.brotliCompressSync(data, {
      params: {
        // quality 6 of 11: pages 28 % of their size against 26 % at quality 10, written about ten times faster
        // (measured on the demo site's pages), so a full build of thousands of pages stays short
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    // level 6, zlib's default: the same size as level 9 on these pages (31.8 % of 400 article pages) in 0.6 of the time
    zlib.gzipSync(data, { level: 6 }),
  ]
}

/** Writes the file's missing or outdated copies; answers 1 when it compressed it. */
function compressOne(file: string, { types, minBytes, suffixes }: PrecompressJob): number {
  const isPrecompressible = (name: string) => types.includes(extension(name))
  const suffix = suffixes.find((s) => file.endsWith(s))
  if (suffix) {
    // a copy whose source is gone (or is not compressed any more) must not be served
    const source = file.slice(0, -suffix.length)
    if (!isPrecompressible(source) || !fs.existsSync(source)) fs.rmSync(file, { force: true })
    return 0
  }
  const stat = fs.statSync(file)
  const copies = suffixes.map((s) => ({ file: file + s, stat: fs.statSync(file + s, { throwIfNoEntry: false }) }))
  if (stat.size < minBytes) {
    for (const copy of copies) if (copy.stat) fs.rmSync(copy.file, { force: true })
    return 0
  }
  // a copy at least as new as its source came with it (carried over with its page)
  if (copies.every((copy) => copy.stat && copy.stat.mtimeMs >= stat.mtimeMs)) return 0
  const data = compress(fs.readFileSync(file))
  copies.forEach((copy, i) => {
    // written whole under a hidden name, then renamed over the copy: the build may be live already (a request sees
    // the old copy or the new one, never half of one), and a carried-over copy's inode, which an older build still
    // serves, is left as it is
    const hidden = path.join(path.dirname(copy.file), `.${path.basename(copy.file)}.${process.pid}.tmp`)
    fs.rmSync(hidden, { force: true })
    fs.writeFileSync(hidden, data[i]!)
    fs.renameSync(hidden, copy.file)
  })
  return 1
}

/** what to compress: the first line of the input */
let job: PrecompressJob | null = null
let compressed = 0
for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue
  if (!job) job = JSON.parse(line) as PrecompressJob
  else for (const file of JSON.parse(line) as string[]) compressed += compressOne(file, job)
}
process.stdout.write(String(compressed))
