import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { DAY_OUTSIDE_WEEK_MESSAGE, NOT_MONDAY_MESSAGE } from '@gd/shared/work-schedule'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Lịch công tác (the leaders' weekly work schedule) through the running CMS's REST API: an editor prepares a week as
 * a draft (hidden from the public and from schools) and publishes it; its title follows the week; a school or a
 * visitor cannot write one; a week not starting on a Monday, an entry outside the week, a week without entries or a
 * second schedule for the same week is refused with a 400, nothing stored. (The pages: tests/e2e/work-schedule.test.ts.)
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let tokens: Record<'editor' | 'school', string>

const api = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const stored = async () => (await payload.count({ collection: 'work-schedules', overrideAccess: true })).totalDocs
const day = (iso: string) => `${iso}T05:00:00.000Z`
const week = (monday: string, extra: Record<string, unknown> = {}) => ({
  weekStart: day(monday),
  entries: [
    { day: day(monday), time: '7 giờ 30', content: 'Giao ban lãnh đạo Phòng.', leaders: 'Trưởng phòng', place: 'Phòng họp' },
    { day: day('2025-06-18'), time: '14 giờ 00', content: 'Kiểm tra bán trú.', leaders: 'Phó Trưởng phòng' },
  ],
  ...extra,
})

beforeAll(async () => {
  ctx = await freshPayload('work-schedules')
  payload = ctx.payload
  await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('work schedules (Lịch công tác)', () => {
  it('an editor saves a week as a draft: hidden from the public and schools; published, the public reads it', async () => {
    const res = await api('POST', '/work-schedules', tokens.editor, { ...week('2025-06-16'), _status: 'draft' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; title: string } }
    expect(doc.title).toBe('Tuần 25 (từ 16/06/2025 đến 22/06/2025)')
    for (const token of [undefined, tokens.school]) {
      const list = (await (await api('GET', '/work-schedules', token)).json()) as { docs: unknown[] }
      expect(list.docs).toHaveLength(0)
    }
    expect((await api('PATCH', `/work-schedules/${doc.id}`, tokens.editor, { _status: 'published' })).status).toBe(200)
    const pub = (await (await api('GET', '/work-schedules')).json()) as { docs: { entries: { content: string }[] }[] }
    expect(pub.docs).toHaveLength(1)
    expect(pub.docs[0]!.entries.map((e) => e.content)).toEqual(['Giao ban lãnh đạo Phòng.', 'Kiểm tra bán trú.'])
  })

  it('a school or an anonymous visitor cannot write one; an editor cannot delete one', async () => {
    const before = await stored()
    expect((await api('POST', '/work-schedules', tokens.school, week('2025-06-23'))).status).toBe(403)
    expect((await api('POST', '/work-schedules', undefined, week('2025-06-23'))).status).toBe(403)
    expect(await stored()).toBe(before)
    const [one] = (await payload.find({ collection: 'work-schedules', overrideAccess: true, limit: 1 })).docs
    expect((await api('PATCH', `/work-schedules/${one!.id}`, tokens.school, { note: 'Sửa trộm' })).status).toBe(403)
    expect((await api('DELETE', `/work-schedules/${one!.id}`, tokens.editor)).status).toBe(403)
  })

  it('a week not starting on Monday, an entry outside the week, no entries, the same week twice: 400, nothing stored', async () => {
    const before = await stored()
    const notMonday = await api('POST', '/work-schedules', tokens.editor, week('2025-06-24'))
    expect(notMonday.status).toBe(400)
    expect(JSON.stringify(await notMonday.json())).toContain(NOT_MONDAY_MESSAGE)
    const outside = await api('POST', '/work-schedules', tokens.editor, {
      ...week('2025-06-23'),
      entries: [{ day: day('2025-06-30'), time: '8 giờ', content: 'Việc tuần sau.', leaders: 'Trưởng phòng' }],
    })
    expect(outside.status).toBe(400)
    expect(JSON.stringify(await outside.json())).toContain(DAY_OUTSIDE_WEEK_MESSAGE)
    expect((await api('POST', '/work-schedules', tokens.editor, { ...week('2025-06-23'), entries: [] })).status).toBe(400)
    expect((await api('POST', '/work-schedules', tokens.editor, { ...week('2025-06-16'), _status: 'published' })).status).toBe(400)
    expect(await stored()).toBe(before)
  })
})
