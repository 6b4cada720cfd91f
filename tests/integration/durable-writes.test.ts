import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SYNC_EVERY_MS } from '../../cms/src/db'
import { needsSqlite } from '../helpers/database'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * How durable an answered submission is on SQLite (cms/src/db.ts): the server syncs what was written to the disk
 * within SYNC_EVERY_MS. What proves it from outside: the submission is in the database file itself — not only in
 * its log, which a machine's crash before the log's sync could lose — a moment after the citizen got the code.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>

beforeAll(async () => {
  ctx = await freshPayload('durable')
  server = await startServer(ctx.dataDir)
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

it.runIf(needsSqlite('nhật ký WAL của tệp SQLite'))(
  'an answered submission is in the database file within a moment, not only in its log',
  async () => {
    const res = await fetch(`${server.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'gop-y',
        subject: 'Góp ý về giờ đón học sinh',
        message: 'Đề nghị nhà trường lùi giờ đón học sinh buổi chiều thêm mười lăm phút vào mùa đông.',
        name: 'Trần Văn Bình',
        email: 'binh.tran@example.com',
        consent: true,
      }),
    })
    expect(res.status).toBe(201)
    const { code } = (await res.json()) as { code: string }
    // the database file alone, as a machine that lost its log would have it: read every SYNC_EVERY_MS, for at most
    // ten times that (a loaded machine may run the server's timer late; without the sync it never comes)
    const alone = path.join(ctx.dataDir, 'chi-tep-chinh.db')
    const inFileAlone = () => {
      fs.copyFileSync(path.join(ctx.dataDir, 'cms.db'), alone)
      let db: DatabaseSync | undefined
      try {
        db = new DatabaseSync(alone, { readOnly: true })
        return db.prepare('SELECT code FROM feedback WHERE code = ?').all(code).length === 1
      } catch {
        return false // copied while the sync was writing it: read again at the next turn
      } finally {
        db?.close()
      }
    }
    let found = false
    for (let i = 0; i < 10 && !found; i++) {
      await new Promise((r) => setTimeout(r, SYNC_EVERY_MS))
      found = inFileAlone()
    }
    expect(found, `ý kiến ${code} chưa có trong tệp cơ sở dữ liệu sau ${10 * SYNC_EVERY_MS} ms`).toBe(true)
  },
)
