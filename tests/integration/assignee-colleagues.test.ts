import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { generateReferenceCode } from '@gd/shared/reference-code'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { loginTokens } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * A communications officer assigns a feedback item to a colleague: it reads its staff colleagues' names (what the
 * assignee picker asks for), never their e-mail, and no school account; a school account still reads only itself.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let colleague: { id: number }
let item: { id: number }
const tokens: Record<string, string> = {}
const o = { overrideAccess: true, depth: 0 } as const
const get = (path: string, who: string) => fetch(`${server.url}/api${path}`, { headers: { authorization: `JWT ${tokens[who]}` } })

beforeAll(async () => {
  ctx = await freshPayload('assignee-colleagues')
  payload = ctx.payload
  f = await createFixtures(payload)
  colleague = await payload.create({
    ...o,
    collection: 'users',
    data: { email: 'dong-nghiep@test.example', password: PASSWORD, name: 'Lê Thị Huệ', role: 'editor' },
  })
  item = await payload.create({
    ...o,
    collection: 'feedback',
    data: {
      code: generateReferenceCode(),
      status: 'moi',
      receivedAt: new Date().toISOString(),
      kind: 'gop-y',
      subject: 'Giao cán bộ',
      message: 'Nội dung cần giao cho cán bộ xử lý.',
      name: 'Người dân',
      consent: true,
    },
  })
  server = await startServer(ctx.dataDir)
  Object.assign(
    tokens,
    await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example', admin: 'admin@test.example' }),
  )
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe("a feedback item's assignee", () => {
  it("an editor's assignee picker lists the staff by name, without their e-mail and without school accounts", async () => {
    // what the admin's relationship field asks for (the field's filterOptions: staff roles)
    const res = await get('/users?where[role][in]=admin,editor&limit=50&depth=0', 'editor')
    expect(res.status).toBe(200)
    const docs = ((await res.json()) as { docs: Record<string, unknown>[] }).docs
    expect(docs.map((d) => d.name).sort()).toEqual(['admin', 'editor', 'Lê Thị Huệ'].sort())
    const others = docs.filter((d) => d.id !== f.editor.id)
    for (const d of others) expect(d).not.toHaveProperty('email')
    expect(docs.find((d) => d.id === f.editor.id)?.email).toBe('editor@test.example')
    // a school account is not a colleague: neither listed nor readable by id, nor findable by its e-mail
    const all = ((await (await get('/users?limit=100&depth=0', 'editor')).json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
    expect(all).not.toContain(f.schoolUserA.id)
    expect([403, 404]).toContain((await get(`/users/${f.schoolUserA.id}`, 'editor')).status)
    const byMail = await get(`/users?where[email][equals]=dong-nghiep@test.example`, 'editor')
    expect(byMail.status === 200 ? ((await byMail.json()) as { docs: unknown[] }).docs : []).toEqual([])
  })

  it('an editor assigns the item to a colleague; the item shows the colleague by name only', async () => {
    const res = await fetch(`${server.url}/api/feedback/${item.id}?depth=1`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ assignee: colleague.id }),
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const doc = ((await res.json()) as { doc: { assignee: Record<string, unknown> } }).doc
    expect(doc.assignee).toMatchObject({ id: colleague.id, name: 'Lê Thị Huệ' })
    expect(doc.assignee).not.toHaveProperty('email')
    expect((await payload.findByID({ ...o, collection: 'feedback', id: item.id })).assignee).toBe(colleague.id)
  })

  it('a school account cannot be made the assignee', async () => {
    const res = await fetch(`${server.url}/api/feedback/${item.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ assignee: f.schoolUserA.id }),
    })
    expect(res.status).toBe(400)
    expect((await payload.findByID({ ...o, collection: 'feedback', id: item.id })).assignee).toBe(colleague.id)
  })

  it('a school account still reads only its own account', async () => {
    const res = await get('/users?limit=100&depth=0', 'school')
    expect(res.status).toBe(200)
    const docs = ((await res.json()) as { docs: { id: number; email?: string }[] }).docs
    expect(docs.map((d) => d.id)).toEqual([f.schoolUserA.id])
    expect([403, 404]).toContain((await get(`/users/${colleague.id}`, 'school')).status)
    expect([403, 404]).toContain((await get(`/users/${f.editor.id}`, 'school')).status)
  })

  it('an administrator still reads every account with its e-mail', async () => {
    const docs = ((await (await get('/users?limit=100&depth=0', 'admin')).json()) as { docs: { email?: string }[] }).docs
    expect(docs.map((d) => d.email)).toContain('truong-a@test.example')
    expect(docs.map((d) => d.email)).toContain('dong-nghiep@test.example')
  })
})
