import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { CORRECTION_TARGET_MESSAGE } from '@gd/shared/corrections'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Đính chính (corrections) through the running CMS's REST API: an editor attaches one to a published article or
 * exemplar and the public reads it at once; a school or a visitor cannot add one; a correction of a draft, of
 * nothing, of another collection, or without who decided it is refused with a 400 in Vietnamese, nothing stored.
 * (The pages: tests/e2e/corrections.test.ts.)
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let tokens: Record<'editor' | 'school' | 'admin', string>
let fx: Awaited<ReturnType<typeof createFixtures>>

const api = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const stored = async () => (await payload.count({ collection: 'corrections', overrideAccess: true })).totalDocs
const correction = (target: { relationTo: string; value: unknown }, extra: Record<string, unknown> = {}) => ({
  target,
  title: 'Đính chính số liệu trong bài',
  correctedOn: '2025-06-20T05:00:00.000Z',
  decidedBy: 'Trưởng phòng Trần Quốc Khánh',
  text: 'Bài viết khi đăng ghi 120 học sinh; số đúng là 102 học sinh. Nội dung bài đã được sửa lại.',
  ...extra,
})

beforeAll(async () => {
  ctx = await freshPayload('corrections')
  payload = ctx.payload
  fx = await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example', admin: 'admin@test.example' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('corrections (Đính chính)', () => {
  it('an editor attaches one to a published article and one to a published exemplar; the public reads them', async () => {
    for (const target of [
      { relationTo: 'articles', value: fx.publishedArticle.id },
      { relationTo: 'exemplars', value: fx.publishedExemplarB.id },
    ]) {
      const res = await api('POST', '/corrections', tokens.editor, correction(target))
      expect(res.status).toBe(201)
    }
    const pub = (await (await api('GET', `/corrections?where[target.value][equals]=${fx.publishedArticle.id}&depth=0`)).json()) as {
      docs: { decidedBy: string; target: { relationTo: string; value: number } }[]
    }
    const mine = pub.docs.filter((d) => d.target.relationTo === 'articles')
    expect(mine).toHaveLength(1)
    expect(mine[0]!.decidedBy).toBe('Trưởng phòng Trần Quốc Khánh')
  })

  it('a school or an anonymous visitor cannot add one; an editor cannot delete one, an admin can', async () => {
    const before = await stored()
    const body = correction({ relationTo: 'articles', value: fx.publishedArticle.id })
    expect((await api('POST', '/corrections', tokens.school, body)).status).toBe(403)
    expect((await api('POST', '/corrections', undefined, body)).status).toBe(403)
    expect(await stored()).toBe(before)
    const [one] = (await payload.find({ collection: 'corrections', overrideAccess: true, limit: 1 })).docs
    expect((await api('PATCH', `/corrections/${one!.id}`, tokens.school, { text: 'Sửa trộm' })).status).toBe(403)
    expect((await api('DELETE', `/corrections/${one!.id}`, tokens.editor)).status).toBe(403)
    expect((await api('DELETE', `/corrections/${one!.id}`, tokens.admin)).status).toBe(200)
  })

  it('a correction of a draft, of a missing item or of another collection is refused in Vietnamese, nothing stored', async () => {
    const before = await stored()
    for (const target of [
      { relationTo: 'articles', value: fx.draftArticle.id },
      { relationTo: 'exemplars', value: fx.exemplarA.id },
      { relationTo: 'articles', value: 999_999 },
      { relationTo: 'feedback', value: fx.feedback.id },
    ]) {
      const res = await api('POST', '/corrections', tokens.editor, correction(target))
      expect(res.status).toBe(400)
      if (target.relationTo !== 'feedback') expect(JSON.stringify(await res.json())).toContain(CORRECTION_TARGET_MESSAGE)
    }
    expect(await stored()).toBe(before)
  })

  it('without who decided it, its day or its text: 400, nothing stored', async () => {
    const before = await stored()
    const target = { relationTo: 'articles', value: fx.publishedArticle.id }
    for (const missing of ['decidedBy', 'correctedOn', 'text']) {
      const res = await api('POST', '/corrections', tokens.editor, correction(target, { [missing]: undefined }))
      expect(res.status).toBe(400)
    }
    expect(await stored()).toBe(before)
  })
})
