/**
 * A small tar (ustar) writer and reader for the backup archives: regular files and folders only, gzip through
 * node:zlib, streamed (a file is never held in memory whole). A name longer than ustar's 100 bytes goes in a PAX
 * header (as GNU tar and bsdtar read it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

const BLOCK = 512

function header(name: string, size: number, type: '0' | '5' | 'x', mtime: number, mode: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  const put = (text: string, offset: number, length: number) => h.write(text, offset, length, 'utf8')
  const octal = (n: number, offset: number, length: number) => put(`${n.toString(8).padStart(length - 1, '0')}\0`, offset, length)
  put(name, 0, 100)
  octal(mode & 0o7777, 100, 8)
  octal(0, 108, 8)
  octal(0, 116, 8)
  octal(size, 124, 12)
  octal(Math.floor(mtime / 1000), 136, 12)
  put('        ', 148, 8)
  put(type, 156, 1)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  let sum = 0
  for (const byte of h) sum += byte
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  return h
}

/** A PAX record `<len> path=<name>\n`, its length counting its own digits. */
function paxPath(name: string): Buffer {
  const body = ` path=${name}\n`
  let len = Buffer.byteLength(body)
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body)
  return Buffer.from(`${len}${body}`)
}

/** The header(s) of an entry: a long name (over 99 bytes) goes first in a PAX extended header. */
function* headers(name: string, size: number, type: '0' | '5', mtime: number, mode: number): Generator<Buffer> {
  if (Buffer.byteLength(name) > 99) {
    const pax = paxPath(name)
    yield header('PaxHeader', pax.length, 'x', mtime, 0o644)
    yield Buffer.concat([pax, Buffer.alloc((BLOCK - (pax.length % BLOCK)) % BLOCK)])
  }
  yield header(
    Buffer.from(name)
      .subarray(0, 99)
      .toString('utf8')
      .replace(/\uFFFD$/, ''),
    size,
    type,
    mtime,
    mode,
  )
}

/** An entry of an archive to write: a file from disk under a name, or a folder. */
export type Entry = { name: string; file?: string }

async function* tarStream(entries: Entry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    if (!entry.file) {
      yield* headers(entry.name.replace(/\/?$/, '/'), 0, '5', Date.now(), 0o755)
      continue
    }
    const stat = await fs.promises.stat(entry.file)
    yield* headers(entry.name, stat.size, '0', stat.mtimeMs, stat.mode)
    let written = 0
    if (stat.size > 0)
      for await (const chunk of fs.createReadStream(entry.file, { end: stat.size - 1 })) {
        written += (chunk as Buffer).length
        yield chunk as Buffer
      }
    if (written !== stat.size) throw new Error(`Tệp ${entry.file} đã thay đổi kích thước khi đang sao lưu.`)
    if (stat.size % BLOCK) yield Buffer.alloc(BLOCK - (stat.size % BLOCK))
  }
  yield Buffer.alloc(BLOCK * 2)
}

/** Writes the entries as a .tar.gz. */
export async function writeTarGz(archive: string, entries: Entry[]): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), zlib.createGzip({ level: 6 }), fs.createWriteStream(archive, { mode: 0o600 }))
}

/** Every file under a folder as entries named `<as>/<relative path>` (folders included, so empty ones survive). */
export async function folderEntries(dir: string, as: string): Promise<Entry[]> {
  const out: Entry[] = [{ name: as }]
  for (const item of await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, item.name)
    if (item.isDirectory()) out.push(...(await folderEntries(full, `${as}/${item.name}`)))
    else if (item.isFile()) out.push({ name: `${as}/${item.name}`, file: full })
  }
  return out
}

/**
 * Unpacks a .tar.gz: `place(name)` says where an entry goes (null: skipped). Names with `..` or an absolute path are
 * refused. The archive is first unzipped beside `scratch`, then read block by block.
 */
export async function extractTarGz(archive: string, scratch: string, place: (name: string) => string | null): Promise<string[]> {
  await pipeline(fs.createReadStream(archive), zlib.createGunzip(), fs.createWriteStream(scratch))
  const fd = await fs.promises.open(scratch, 'r')
  const written: string[] = []
  try {
    const size = (await fd.stat()).size
    const h = Buffer.alloc(BLOCK)
    let offset = 0
    let longName: string | null = null
    while (offset + BLOCK <= size) {
      await fd.read(h, 0, BLOCK, offset)
      if (h.every((b) => b === 0)) break
      const field = (start: number, length: number) => h.toString('utf8', start, start + length).replace(/\0.*$/s, '')
      const prefix = field(345, 155)
      const length = parseInt(field(124, 12).trim() || '0', 8)
      const type = field(156, 1) || '0'
      const name = longName ?? (prefix ? `${prefix}/` : '') + field(0, 100)
      longName = null
      offset += BLOCK
      if (type === 'x' || type === 'g') {
        const pax = Buffer.alloc(length)
        await fd.read(pax, 0, length, offset)
        if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(pax.toString('utf8'))?.[1] ?? null
        offset += Math.ceil(length / BLOCK) * BLOCK
        continue
      }
      if (name.split('/').includes('..') || path.isAbsolute(name)) throw new Error(`Tệp sao lưu có đường dẫn không hợp lệ: ${name}`)
      const target = place(name.replace(/\/$/, ''))
      if (target && type === '5') await fs.promises.mkdir(target, { recursive: true })
      else if (target && type === '0') {
        await fs.promises.mkdir(path.dirname(target), { recursive: true })
        if (length === 0) await fs.promises.writeFile(target, '')
        else await pipeline(fs.createReadStream(scratch, { start: offset, end: offset + length - 1 }), fs.createWriteStream(target))
        written.push(target)
      }
      offset += Math.ceil(length / BLOCK) * BLOCK
    }
  } finally {
    await fd.close()
  }
  return written
}
