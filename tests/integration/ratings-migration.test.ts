import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { needsSqlite } from '../helpers/database'
import { envFor, freshDataDir } from '../helpers/env'

/**
 * The migration that makes ratings anonymous (issue 4 §4) on a database holding ratings the old way (on the item):
 * each moves to feedback-ratings with only the item's kind, theme and Hà Nội month of receipt; the item keeps `rated`.
 */
let payload: Payload
let dataDir: string
type Migrations = Parameters<Payload['db']['migrate']>[0] extends { migrations?: infer M } ? M : never

const sqlite = needsSqlite('kiểm thử một migration SQL của SQLite')

beforeAll(async () => {
  if (!sqlite) return
  dataDir = freshDataDir('ratings-migration')
  Object.assign(process.env, envFor(dataDir))
  const { payloadInstance } = await import('../../cms/src/server/payload.ts')
  const { migrations } = await import('../../cms/src/migrations/index.ts')
  payload = await payloadInstance()
  const at = migrations.findIndex((m) => m.name === '20261128_092643_anonymous_ratings')
  expect(at).toBeGreaterThan(0)
  // the schema as it was before, with two rated items and one not rated, written as that schema stored them
  await payload.db.migrate({ migrations: migrations.slice(0, at) as unknown as Migrations })
  const db = (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle
  await db.run(sql`INSERT INTO themes (name, slug, "order") VALUES ('Tuyển sinh', 'tuyen-sinh', 1)`)
  const theme = { id: 1 }
  const row = (code: string, receivedAt: string, kind: string, themeId: number | null, rating: number | null, comment: string | null) =>
    db.run(sql`INSERT INTO feedback (code, status, received_at, kind, theme_id, subject, message, name, consent, rating, rating_comment, rated_at)
      VALUES (${code}, 'da-tra-loi', ${receivedAt}, ${kind}, ${themeId}, 'Tiêu đề', 'Nội dung', 'Nguyễn Thị Lan', 1, ${rating}, ${comment}, ${rating ? '2025-07-10T03:00:00.000Z' : null})`)
  // 30/06 23:30 in Hà Nội is 16:30 UTC: the month of receipt is June
  await row('CH-2025-AAAAA', '2025-06-30T16:30:00.000Z', 'cau-hoi', theme.id, 4, 'Rõ ràng')
  await row('GY-2025-BBBBB', '2025-06-30T17:30:00.000Z', 'gop-y', null, 2, null)
  await row('GY-2025-CCCCC', '2025-05-02T03:00:00.000Z', 'gop-y', null, null, null)
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}, 120_000)
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe.runIf(sqlite)('moving ratings off the feedback items', () => {
  it('keeps every score and comment, with kind, theme and month only; the items keep only "rated"', async () => {
    const ratings = await payload.find({ collection: 'feedback-ratings', overrideAccess: true, depth: 0, sort: 'score', pagination: false })
    const theme = (await payload.find({ collection: 'themes', overrideAccess: true, depth: 0 })).docs[0]
    expect(ratings.docs.map(({ id: _id, ...r }) => r)).toEqual([
      { score: 2, comment: null, kind: 'gop-y', theme: null, month: '2025-07' },
      { score: 4, comment: 'Rõ ràng', kind: 'cau-hoi', theme: theme.id, month: '2025-06' },
    ])
    const items = await payload.find({ collection: 'feedback', overrideAccess: true, depth: 0, sort: 'code', pagination: false })
    expect(items.docs.map((d) => [d.code, d.rated])).toEqual([
      ['CH-2025-AAAAA', true],
      ['GY-2025-BBBBB', true],
      ['GY-2025-CCCCC', false],
    ])
    for (const d of items.docs) expect(Object.keys(d).filter((k) => k.startsWith('rating') || k === 'ratedAt')).toEqual([])
  })
})
