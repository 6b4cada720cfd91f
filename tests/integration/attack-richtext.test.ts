import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginTokens } from '../helpers/auth'
import { launchChromium } from '../helpers/browser'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { HOSTILE_NODES, HOSTILE_TAG, story } from '../helpers/hostile-richtext'

/**
 * A school account and an editor send hand-made Lexical JSON over REST: the CMS refuses it on save (drafts too)
 * with 400 and a Vietnamese message, nothing stored; and a hostile story already in the database (stored before
 * this rule) is previewed without the attacker's markup: the editor is not redirected.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
let tokens: Record<'schoolA' | 'editor' | 'admin', string>

const heading = {
  type: 'heading',
  tag: HOSTILE_TAG,
  children: [{ type: 'text', text: 'Tấm gương', format: 0, version: 1 }],
  format: '',
  indent: 0,
  version: 1,
}
const HOSTILE_STORY = story(heading)

const api = (path: string, as: keyof typeof tokens, method: string, body: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[as]}` },
    body: JSON.stringify(body),
  })

async function expectRefused(res: Response) {
  expect(res.status).toBe(400)
  const body = (await res.json()) as { errors: { message: string; data?: { errors?: { message: string }[] } }[] }
  expect(JSON.stringify(body)).toMatch(/Nội dung soạn thảo có .+; hãy soạn lại bằng trình soạn thảo/)
}

beforeAll(async () => {
  ctx = await freshPayload('attack-richtext')
  f = await createFixtures(ctx.payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { schoolA: 'truong-a@test.example', editor: 'editor@test.example', admin: 'admin@test.example' })
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('hostile rich text is refused on save', () => {
  it('a school saving its draft story with a heading tag of raw HTML gets 400 in Vietnamese; nothing is stored', async () => {
    await expectRefused(await api(`/exemplars/${f.exemplarA.id}?draft=true`, 'schoolA', 'PATCH', { story: HOSTILE_STORY }))
    const before = await ctx.payload.count({ collection: 'exemplars', overrideAccess: true })
    await expectRefused(
      await api('/exemplars?draft=true', 'schoolA', 'POST', {
        title: 'Gương mới',
        subjectName: 'Em A',
        subjectType: 'hoc-sinh',
        school: f.schoolA.id,
        movement: 'khac',
        summary: 'Tóm tắt.',
        story: HOSTILE_STORY,
      }),
    )
    expect((await ctx.payload.count({ collection: 'exemplars', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    const stored = await ctx.payload.findByID({ collection: 'exemplars', id: f.exemplarA.id, draft: true, overrideAccess: true })
    expect(JSON.stringify(stored.story)).not.toContain('onerror')
  })

  it('every hostile attribute is refused in an article, a consultation and the organisation page', async () => {
    for (const [what, node] of Object.entries(HOSTILE_NODES)) {
      const res = await api(`/articles/${f.publishedArticle.id}`, 'editor', 'PATCH', { content: story(node) })
      expect(res.status, what).toBe(400)
    }
    await expectRefused(
      await api('/consultations?draft=true', 'editor', 'POST', { title: 'Dự thảo', summary: 'Tóm tắt', content: HOSTILE_STORY }),
    )
    await expectRefused(await api('/globals/organisation', 'admin', 'POST', { structure: HOSTILE_STORY }))
    const article = await ctx.payload.findByID({ collection: 'articles', id: f.publishedArticle.id, overrideAccess: true })
    expect(JSON.stringify(article.content)).toContain('Nội dung kiểm thử.')
  })

  it('what the editor writes is still saved', async () => {
    const res = await api(`/exemplars/${f.exemplarA.id}?draft=true`, 'schoolA', 'PATCH', { story: story({ ...heading, tag: 'h3' }) })
    expect(res.status).toBe(200)
  })
})

describe('a hostile story stored before the rule', () => {
  it('is previewed without the attacker’s markup, and the editor previewing it stays on the page', async () => {
    // straight into the database, past the hooks, as a story saved before this rule existed would be
    const doc = await ctx.payload.findByID({ collection: 'exemplars', id: f.exemplarB.id, draft: true, overrideAccess: true, depth: 0 })
    const now = new Date().toISOString()
    await ctx.payload.db.createVersion({
      collectionSlug: 'exemplars',
      parent: doc.id,
      versionData: { ...doc, story: HOSTILE_STORY, _status: 'draft', updatedAt: now },
      autosave: false,
      createdAt: now,
      updatedAt: now,
    })
    const stored = await ctx.payload.findByID({ collection: 'exemplars', id: f.exemplarB.id, draft: true, overrideAccess: true, depth: 0 })
    expect(JSON.stringify(stored.story)).toContain('http-equiv')

    const url = `${server.url}/xem-truoc/nguoi-tot-viec-tot/${f.exemplarB.id}/`
    const res = await fetch(url, { headers: { authorization: `JWT ${tokens.editor}` } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h2>Tấm gương</h2>')
    expect(html).not.toMatch(/http-equiv="refresh"|onerror=|evil\.example/)

    const browser = await launchChromium()
    try {
      const context = await browser.newContext()
      await context.addCookies([{ name: 'payload-token', value: tokens.editor, url: server.url }])
      const page = await context.newPage()
      const navigations: string[] = []
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()))
      await page.goto(url)
      await page.waitForTimeout(2500)
      expect(page.url()).toBe(url)
      expect(navigations.filter((u) => u.includes('evil.example'))).toEqual([])
      expect(await page.locator('h2', { hasText: 'Tấm gương' }).count()).toBe(1)
    } finally {
      await browser.close()
    }
  }, 120_000)
})
