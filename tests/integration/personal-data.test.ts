import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { CONSENT_TEXT, CONSENT_VERSION } from '@gd/shared/feedback-form'
import { createFixtures } from '../helpers/fixtures'
import { loginTokens } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Personal data of citizens (issue 4 §7): the retention anonymiser through the Local API, and the admins' export and
 * erasure of one person's data over HTTP against the real server.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let pd: typeof import('../../cms/src/collections/Feedback/personalData')
const tokens: Record<string, string> = {}

const MONTH = 30 * 24 * 3600_000
const ago = (months: number) => new Date(Date.now() - months * MONTH).toISOString()

type Extra = Record<string, unknown>
async function item(status: string, receivedAt: string, person: { name: string; email?: string; phone?: string }, extra: Extra = {}) {
  return payload.create({
    collection: 'feedback',
    overrideAccess: true,
    depth: 0,
    data: {
      status,
      receivedAt,
      kind: 'phan-anh',
      theme: f.theme.id,
      school: f.schoolA.id,
      subject: `Phản ánh ${person.name}`,
      message: 'Nội dung phản ánh đủ dài để kiểm thử.',
      consent: true,
      ...person,
      ...extra,
    } as never,
  })
}

const audits = async (action: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { action: { equals: action } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  ctx = await freshPayload('personal-data')
  payload = ctx.payload
  pd = await import('../../cms/src/collections/Feedback/personalData')
  f = await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  Object.assign(
    tokens,
    await loginTokens(server.url, { admin: 'admin@test.example', editor: 'editor@test.example', school: 'truong-a@test.example' }),
  )
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the retention anonymiser', () => {
  it('anonymises finished items older than the retention, and only their personal fields, once', async () => {
    const p = { name: 'Lê Thị Cũ', email: 'cu@example.com', phone: '0912 000 111' }
    const oldClosed = await item('da-dong', ago(30), p)
    const oldRejected = await item('khong-xu-ly', ago(30), p, { rejectReason: 'trung-lap' })
    const oldForwarded = await item('chuyen-co-quan-tham-quyen', ago(30), p, { forwardedTo: 'UBND xã' })
    const oldOpen = await item('dang-xu-ly', ago(30), p)
    const recentClosed = await item('da-dong', ago(2), p)
    // received long ago, closed only now: the last status change counts, not the receipt
    const closedNow = await item('da-tra-loi', ago(30), p, { answer: 'Đã trả lời.' })
    await payload.update({ collection: 'feedback', id: closedNow.id, overrideAccess: true, data: { status: 'da-dong' } })
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { orgName: 'Phòng GD&ĐT (kiểm thử)', retentionMonths: 24 },
    })

    const before = await payload.findByID({ collection: 'feedback', id: oldClosed.id, overrideAccess: true, depth: 0 })
    const count = await pd.runRetention(payload)
    expect(count).toBe(3)

    for (const id of [oldClosed.id, oldRejected.id, oldForwarded.id]) {
      const d = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
      expect(d.name).toBe('Đã ẩn danh')
      expect(d.email ?? null).toBeNull()
      expect(d.phone ?? null).toBeNull()
      expect(d.anonymisedAt).toBeTruthy()
    }
    for (const id of [oldOpen.id, recentClosed.id, closedNow.id]) {
      const d = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
      expect(d.name).toBe('Lê Thị Cũ')
      expect(d.email).toBe('cu@example.com')
      expect(d.phone).toBe('0912 000 111')
      expect(d.anonymisedAt ?? null).toBeNull()
    }
    // the statistics keep what they count
    const after = await payload.findByID({ collection: 'feedback', id: oldClosed.id, overrideAccess: true, depth: 0 })
    for (const key of [
      'code',
      'kind',
      'theme',
      'school',
      'status',
      'receivedAt',
      'answerBy',
      'source',
      'subject',
      'consentText',
      'consentVersion',
    ] as const) {
      expect(after[key]).toEqual(before[key])
    }
    expect(after.statusHistory).toEqual(before.statusHistory)

    // one audit entry per run, with the count
    const entries = await audits('anonymised')
    expect(entries).toHaveLength(1)
    expect(entries[0].targetTitle).toMatch(/^3 ý kiến/)

    // idempotent: nothing more to do, nothing changes, no new entry
    const stamp = after.anonymisedAt
    expect(await pd.runRetention(payload)).toBe(0)
    expect((await payload.findByID({ collection: 'feedback', id: oldClosed.id, overrideAccess: true, depth: 0 })).anonymisedAt).toBe(stamp)
    expect(await audits('anonymised')).toHaveLength(1)
  })

  it('never anonymises with a retention of 0 months', async () => {
    const p = { name: 'Phạm Văn Giữ', email: 'giu@example.com' }
    const old = await item('da-dong', ago(120), p)
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { retentionMonths: 0 } })
    expect(await pd.runRetention(payload)).toBe(0)
    expect((await payload.findByID({ collection: 'feedback', id: old.id, overrideAccess: true })).name).toBe('Phạm Văn Giữ')
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { retentionMonths: 24 } })
  })

  it('refuses a negative retention in Vietnamese', async () => {
    await expect(payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { retentionMonths: -1 } })).rejects.toThrow()
  })
})

describe('export and erasure of one person’s data', () => {
  const get = (query: string, as?: string) =>
    fetch(`${server.url}/api/feedback/du-lieu-ca-nhan?${query}`, { headers: as ? { authorization: `JWT ${tokens[as]}` } : {} })
  const erase = (body: unknown, as?: string) =>
    fetch(`${server.url}/api/feedback/du-lieu-ca-nhan/xoa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `JWT ${tokens[as]}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  let mine: number[] = []
  let byPhone: number[] = []
  let other: number
  beforeAll(async () => {
    const a = await item('moi', ago(0), { name: 'Nguyễn Thị Hoa', email: 'Hoa.Nguyen@Example.com', phone: '0987 654 321' })
    const b = await item('da-dong', ago(1), { name: 'Nguyễn Thị Hoa', email: 'hoa.nguyen@example.com' })
    const c = await item('dang-xu-ly', ago(0), { name: 'Hoa', phone: '+84 987.654.321' })
    const o = await item('moi', ago(0), { name: 'Người khác', email: 'khac.hoa.nguyen@example.com', phone: '0987 654 322' })
    mine = [a.id, b.id]
    byPhone = [a.id, c.id]
    other = o.id
  })

  it('exports exactly that person’s items by e-mail, with their personal fields, as a JSON file', async () => {
    const res = await get('email=HOA.NGUYEN@example.com', 'admin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename=.*filename\*=UTF-8''d%E1%BB%AF-li%E1%BB%87u-c%C3%A1-nh%C3%A2n/,
    )
    const body = await res.json()
    expect(body.count).toBe(2)
    expect(body.items.map((i: { code: string }) => i.code).sort()).toEqual(
      (await Promise.all(mine.map((id) => payload.findByID({ collection: 'feedback', id, overrideAccess: true }))))
        .map((d) => d.code)
        .sort(),
    )
    const first = body.items.find((i: { phone: string | null }) => i.phone)
    expect(first).toMatchObject({ name: 'Nguyễn Thị Hoa', phone: '0987 654 321', consent: true })
    expect(first).not.toHaveProperty('internalNotes')
    expect((await audits('exported')).length).toBeGreaterThanOrEqual(1)
  })

  it('exports a public submission with the consent text and version it was sent under', async () => {
    const sent = await fetch(`${server.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'gop-y',
        subject: 'Góp ý về thời khóa biểu',
        message: 'Thời khóa biểu học kỳ này có quá nhiều tiết buổi chiều.',
        name: 'Đỗ Văn Công',
        email: 'cong.do@example.com',
        consent: 'on',
      }),
    })
    expect(sent.status).toBe(201)
    const body = await (await get('email=cong.do@example.com', 'admin')).json()
    expect(body.count).toBe(1)
    expect(body.items[0]).toMatchObject({
      name: 'Đỗ Văn Công',
      consent: true,
      consentText: CONSENT_TEXT,
      consentVersion: CONSENT_VERSION,
      source: 'website',
    })
  })

  it('finds the same person by phone in two spellings', async () => {
    for (const phone of ['0987654321', '+84 987 654 321']) {
      const res = await get(`phone=${encodeURIComponent(phone)}`, 'admin')
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.items.map((i: { code: string }) => i.code).sort()).toEqual(
        (await Promise.all(byPhone.map((id) => payload.findByID({ collection: 'feedback', id, overrideAccess: true }))))
          .map((d) => d.code)
          .sort(),
      )
    }
  })

  it('refuses editors, schools and anonymous visitors with 403', async () => {
    for (const as of ['editor', 'school', undefined]) {
      expect((await get('email=hoa.nguyen@example.com', as)).status).toBe(403)
      const res = await erase({ email: 'hoa.nguyen@example.com', reason: 'thử' }, as)
      expect(res.status).toBe(403)
      expect((await res.json()).errors._form).toMatch(/Chỉ quản trị/)
    }
    const d = await payload.findByID({ collection: 'feedback', id: mine[0], overrideAccess: true })
    expect(d.anonymisedAt ?? null).toBeNull()
  })

  it('answers bad input with 400 in Vietnamese and changes nothing', async () => {
    const cases: [Response, RegExp][] = [
      [await get('', 'admin'), /Vui lòng nhập thư điện tử hoặc số điện thoại/],
      [await get('email=khong-phai-thu', 'admin'), /Thư điện tử không đúng dạng/],
      [await get('phone=12ab', 'admin'), /Số điện thoại không đúng dạng/],
      [await get('email=a@b.vn&phone=0987654321', 'admin'), /Chỉ nhập một trong hai/],
      [await erase({ email: 'hoa.nguyen@example.com' }, 'admin'), /lý do/],
      [await erase('{không phải json', 'admin'), /JSON/],
      [await erase([1, 2], 'admin'), /không hợp lệ/],
      [await erase({ email: 42, reason: 'yêu cầu' }, 'admin'), /không hợp lệ/],
    ]
    for (const [res, message] of cases) {
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toMatch(message)
    }
    const d = await payload.findByID({ collection: 'feedback', id: mine[0], overrideAccess: true })
    expect(d.anonymisedAt ?? null).toBeNull()
  })

  it('erases (anonymises) every item of the person, audits it, and a second export finds nothing', async () => {
    const res = await erase({ email: 'hoa.nguyen@example.com', reason: 'Theo đơn yêu cầu của người dân ngày 28/11/2026' }, 'admin')
    expect(res.status).toBe(200)
    expect((await res.json()).count).toBe(2)
    for (const id of mine) {
      const d = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
      expect(d).toMatchObject({ name: 'Đã ẩn danh', kind: 'phan-anh', theme: f.theme.id, school: f.schoolA.id })
      expect(d.email ?? null).toBeNull()
      expect(d.phone ?? null).toBeNull()
    }
    expect((await (await get('email=hoa.nguyen@example.com', 'admin')).json()).count).toBe(0)
    const o = await payload.findByID({ collection: 'feedback', id: other, overrideAccess: true })
    expect(o.name).toBe('Người khác')
    const erased = await audits('erased')
    expect(erased).toHaveLength(1)
    expect(erased[0].userEmail).toBe('admin@test.example')
    expect(erased[0].targetTitle).toMatch(/2 ý kiến.*Theo đơn yêu cầu/)

    // by phone: the remaining item written as +84…
    const byPhoneRes = await erase({ phone: '0987.654.321', reason: 'Theo yêu cầu' }, 'admin')
    expect((await byPhoneRes.json()).count).toBe(1)
    expect((await (await get('phone=0987654321', 'admin')).json()).count).toBe(0)
    expect((await payload.findByID({ collection: 'feedback', id: other, overrideAccess: true })).phone).toBe('0987 654 322')
  })
})
