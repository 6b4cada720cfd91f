import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtures } from '../helpers/fixtures'
import { loginTokens } from '../helpers/auth'
import { ROOT } from '../helpers/env'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * An attacker's tests of the admin's server functions, called over HTTP the way the admin's browser calls them: a
 * Next server action (POST /admin with the `Next-Action` header naming the admin layout's action, taken from the
 * build's server-reference manifest, and the arguments as JSON). A school account can neither cancel a scheduled
 * publication (`deleteID`) nor schedule one; an editor can.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
let tokens: Record<'editor' | 'school', string>
let actionId: string

/** The id of the admin layout's server action (cms/src/app/(payload)/layout.tsx), from the production build. */
function layoutActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'cms/.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string }>
  }
  const found = Object.entries(manifest.node).find(([, a]) => a.filename.endsWith('app/(payload)/layout.tsx'))
  if (!found) throw new Error('Không tìm thấy server action của layout quản trị trong bản build.')
  return found[0]
}

const call = async (name: string, args: Record<string, unknown>, as?: keyof typeof tokens): Promise<{ status: number; text: string }> => {
  const res = await fetch(`${server.url}/admin`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      'next-action': actionId,
      origin: server.url,
      ...(as ? { cookie: `payload-token=${tokens[as]}` } : {}),
    },
    body: JSON.stringify([{ name, args }]),
  })
  return { status: res.status, text: await res.text() }
}
const jobs = async () =>
  (
    await ctx.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      depth: 0,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  ).docs
const FUTURE = '$D2030-01-01T02:00:00.000Z'

beforeAll(async () => {
  ctx = await freshPayload('attack-sf')
  f = await createFixtures(ctx.payload)
  actionId = layoutActionId()
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('schedule-publish', () => {
  it("a school cannot cancel the editor's scheduled publication", async () => {
    const job = await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: f.draftArticle.id },
        user: { relationTo: 'users', value: f.editor.id },
      },
      waitUntil: new Date('2030-01-01T02:00:00Z'),
    } as never)
    const res = await call('schedule-publish', { deleteID: job.id }, 'school')
    expect(res.status).toBe(200)
    expect(res.text).toMatch(/không có quyền lên lịch/)
    expect((await jobs()).map((j) => j.id)).toContain(job.id)
  })
  it('a school cannot schedule the publication of its own draft (it may not publish), nor of an article', async () => {
    const before = (await jobs()).length
    for (const doc of [
      { relationTo: 'exemplars', value: f.exemplarA.id },
      { relationTo: 'articles', value: f.draftArticle.id },
    ]) {
      const res = await call('schedule-publish', { type: 'publish', date: FUTURE, doc, timezone: 'Asia/Ho_Chi_Minh' }, 'school')
      expect(res.text).toMatch(/không có quyền lên lịch/)
    }
    expect(await jobs()).toHaveLength(before)
  })
  it('an anonymous caller cannot either', async () => {
    const [job] = await jobs()
    const res = await call('schedule-publish', { deleteID: job.id })
    expect(res.text).not.toMatch(/"message":"/)
    expect((await jobs()).map((j) => j.id)).toContain(job.id)
  })
  it('an editor schedules and cancels (and the cancellation queues nothing else)', async () => {
    const scheduled = await call(
      'schedule-publish',
      { type: 'publish', date: FUTURE, doc: { relationTo: 'articles', value: f.publishedArticle.id }, timezone: 'Asia/Ho_Chi_Minh' },
      'editor',
    )
    expect(scheduled.text).not.toMatch(/không có quyền|"error"/)
    const mine = (await jobs()).find((j) => (j.input as { doc?: { value: number } }).doc?.value === f.publishedArticle.id)
    expect(mine).toBeTruthy()
    const before = (await jobs()).length
    const cancelled = await call('schedule-publish', { deleteID: mine!.id }, 'editor')
    expect(cancelled.text).not.toMatch(/không có quyền|"error"/)
    expect(await jobs()).toHaveLength(before - 1)
  })
})
