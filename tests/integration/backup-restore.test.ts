import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { envFor, freshDataDir, ROOT } from '../helpers/env'
import { tinyPdf } from '../helpers/office-files'
import { needsSqlite } from '../helpers/database'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * `npm run backup` while the server runs and citizens post feedback, then `npm run restore` into an empty folder
 * and a second server on it: every submission answered before the backup began is there, once, with the content
 * and the uploaded files (images, documents and the private report files: urgent reports' attachments, signed scans). (SQLite here; with a mongodb:// DATABASE_URL the scripts use mongodump/mongorestore,
 * which cannot run on this machine.)
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let server: TestServer
let second: TestServer | undefined
const restoredDir = freshDataDir('restored')
const backupDir = freshDataDir('backups')
let mediaFile = ''
let documentFile = ''
let reportFile = ''

function script(name: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'scripts', name), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let [out, err] = ['', '']
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => resolve({ code: code ?? 1, out, err }))
  })
}

const sqlite = needsSqlite('đọc tệp cms.db đã khôi phục (sao lưu MongoDB dùng mongodump, cần MongoDB Database Tools)')

beforeAll(async () => {
  if (!sqlite) return
  ctx = await freshPayload('backup')
  const o = { overrideAccess: true } as const
  const theme = await ctx.payload.create({
    ...o,
    collection: 'themes',
    data: { name: 'Chuyển đổi số', slug: 'chuyen-doi-so', order: 7, year: 2024, status: 'dang-ap-dung' },
  })
  await ctx.payload.create({
    ...o,
    collection: 'articles',
    data: { title: 'Tin trước khi sao lưu', content: paragraphsToLexical(['Nội dung.']), themes: [theme.id], _status: 'published' },
  })
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1d4e89' } })
    .png()
    .toBuffer()
  const media = await ctx.payload.create({
    ...o,
    collection: 'media',
    data: { alt: 'Ảnh' },
    file: { data: png, name: 'anh.png', mimetype: 'image/png', size: png.length },
  })
  mediaFile = media.filename!
  const pdf = tinyPdf()
  const doc = await ctx.payload.create({
    ...o,
    collection: 'files',
    data: { title: 'Kế hoạch' },
    file: { data: pdf, name: 'ke-hoach.pdf', mimetype: 'application/pdf', size: pdf.length },
  })
  documentFile = doc.filename!
  // a signed scan: report files are private (DATA_DIR/report-files), outside media/ and files/
  const scan = await ctx.payload.create({
    ...o,
    collection: 'report-files',
    data: {},
    file: { data: pdf, name: 'bao-cao-co-chu-ky.pdf', mimetype: 'application/pdf', size: pdf.length },
  })
  reportFile = scan.filename!
  server = await startServer(ctx.dataDir, { FEEDBACK_RATE_PER_MINUTE: '100000', FEEDBACK_RATE_PER_DAY: '10000000' })
}, 300_000)
afterAll(async () => {
  await second?.stop()
  await server?.stop()
  await ctx?.close()
  for (const dir of [restoredDir, backupDir]) fs.rmSync(dir, { recursive: true, force: true })
})

describe.runIf(sqlite)('backup while feedback is posted, then restore into an empty folder', () => {
  it('keeps every submission answered before the backup began, the content and the files', async () => {
    const answered: { code: string; at: number }[] = []
    const refused: string[] = []
    let stop = false
    const poster = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const res = await fetch(`${server.url}/gop-y/gui/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            kind: 'gop-y',
            theme: 'chuyen-doi-so',
            subject: `Góp ý ${n}-${i}`,
            message: 'Nội dung góp ý gửi trong lúc máy chủ đang sao lưu dữ liệu.',
            name: 'Phạm Thị Dung',
            email: 'dung.pham@example.com',
            consent: true,
          }),
        })
        if (res.status === 201) answered.push({ code: (await res.json()).code, at: Date.now() })
        else refused.push(`${res.status} ${await res.text()}`)
      }
    }
    const posters = [1, 2, 3].map(poster)
    for (const until = Date.now() + 20_000; answered.length < 10 && refused.length === 0 && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 100))
    if (refused.length) stop = true
    expect(refused.slice(0, 3)).toEqual([])
    const backupStarted = Date.now()
    const backup = await script('backup.ts', [backupDir], envFor(ctx.dataDir))
    const backupSeconds = (Date.now() - backupStarted) / 1000
    const during = answered.length
    for (const until = Date.now() + 10_000; answered.length < during + 3 && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 100))
    stop = true
    await Promise.all(posters)
    expect(refused.slice(0, 3)).toEqual([])
    expect(backup.code, backup.err).toBe(0)
    const archive = backup.out.trim().split('\n').at(-1)!
    expect(archive).toMatch(/sao-luu-\d{8}-\d{6}\.tar\.gz$/)
    expect(fs.existsSync(archive)).toBe(true)
    const before = answered.filter((a) => a.at < backupStarted).map((a) => a.code)
    expect(before.length, server.output().slice(-3000)).toBeGreaterThan(5)
    expect(answered.length).toBeGreaterThan(before.length) // posting went on during the backup
    console.log(`sao lưu: ${backupSeconds} s, ${before.length} góp ý trả lời trước đó, ${answered.length} trong cả lượt`)

    const restored = await script('restore.ts', [archive], envFor(restoredDir))
    expect(restored.code, restored.err).toBe(0)
    expect(fs.existsSync(path.join(restoredDir, 'cms.db'))).toBe(true)
    const again = await script('restore.ts', [archive], envFor(restoredDir))
    expect(again.code).toBe(1)
    expect(again.err).toContain('không trống')

    second = await startServer(restoredDir)
    const db = createClient({ url: `file:${path.join(restoredDir, 'cms.db')}` })
    const rows = (await db.execute('SELECT code FROM feedback')).rows.map((r) => String(r.code))
    db.close()
    expect(new Set(rows).size).toBe(rows.length)
    const missing = before.filter((c) => !rows.includes(c))
    expect(missing, `${before.length} trả lời trước khi sao lưu`).toEqual([])
    const stored = new Set(answered.map((a) => a.code))
    expect(rows.filter((c) => !stored.has(c))).toEqual([]) // nothing that was not answered

    const articles = await (await fetch(`${second.url}/api/articles?depth=0`)).json()
    expect(articles.docs.map((d: { title: string }) => d.title)).toContain('Tin trước khi sao lưu')
    const image = await fetch(`${second.url}/media/${encodeURIComponent(mediaFile)}`)
    expect(image.status).toBe(200)
    expect(Buffer.from(await image.arrayBuffer()).equals(fs.readFileSync(path.join(ctx.dataDir, 'media', mediaFile)))).toBe(true)
    const document = await fetch(`${second.url}/api/files/file/${encodeURIComponent(documentFile)}`)
    expect(document.status).toBe(200)
    expect(Buffer.from(await document.arrayBuffer()).equals(fs.readFileSync(path.join(ctx.dataDir, 'files', documentFile)))).toBe(true)
    // the private report files come back too, where the restored server serves them from
    const restoredScan = path.join(restoredDir, 'report-files', reportFile)
    expect(fs.existsSync(restoredScan), 'tệp báo cáo (bản scan có chữ ký) có trong bản khôi phục').toBe(true)
    expect(fs.readFileSync(restoredScan).equals(fs.readFileSync(path.join(ctx.dataDir, 'report-files', reportFile)))).toBe(true)
  }, 240_000)
})
