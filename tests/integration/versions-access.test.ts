import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Read leaks an attacker would try over REST against the running server: the version history (drafts, every earlier
 * state, the editor's return reason) and the editor's `reviewNote` on published items. Version history follows the
 * rule for drafts: staff see all, a school sees only its own school's items, anonymous sees none.
 */
type Who = 'anonymous' | 'schoolA' | 'schoolB' | 'editor' | 'admin'
type VersionDoc = { id: number; parent: unknown; version: Record<string, unknown> }

const NOTE_DRAFT = 'Lý do trả lại: cần xin phép gia đình em học sinh trước khi đăng ảnh.'
const NOTE_PUBLISHED = 'Đã sửa theo góp ý: bỏ số điện thoại của phụ huynh.'
const NOTE_ARTICLE = 'Đề nghị bổ sung số liệu học sinh tham gia.'

let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let publishedExemplarA: { id: number }
let articleA: { id: number }
let draftDocument: { id: number }
let draftConsultation: { id: number }
let tokens: Partial<Record<Who, string>> = {}

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : v)
const api = (path: string, as: Who) =>
  fetch(`${server.url}/api${path}`, { headers: tokens[as] ? { authorization: `JWT ${tokens[as]}` } : {} })
async function json(path: string, as: Who): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await api(path, as)
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : {}, text }
}
/** The ids of the stored versions of one document, read directly (as the attacker would have guessed them). */
async function versionIds(collection: 'exemplars' | 'articles' | 'documents' | 'consultations', parent: number): Promise<number[]> {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: parent } },
    overrideAccess: true,
    limit: 100,
    depth: 0,
  })
  return docs.map((d) => Number(d.id))
}
/** The parents of the versions a visitor can list; `null` when the listing is refused outright. */
async function listedParents(collection: string, as: Who, query = ''): Promise<number[] | null> {
  const { status, body } = await json(`/${collection}/versions?limit=200&depth=0${query}`, as)
  if (status === 403 || status === 401) return null
  expect(status).toBe(200)
  return (body.docs as VersionDoc[]).map((d) => idOf(d.parent) as number)
}

beforeAll(async () => {
  ctx = await freshPayload('versions')
  payload = ctx.payload
  f = await createFixtures(payload)
  const o = { overrideAccess: true, depth: 0 } as const
  const content = paragraphsToLexical(['Nội dung kiểm thử.'])
  // the editor returns school A's draft with a reason
  await payload.update({
    ...o,
    collection: 'exemplars',
    id: f.exemplarA.id,
    draft: true,
    data: { reviewState: 'yeu-cau-chinh-sua', reviewNote: NOTE_DRAFT },
  })
  // a published school A story whose editor's note stayed on it
  publishedExemplarA = await payload.create({
    ...o,
    collection: 'exemplars',
    data: {
      title: 'Gương tốt trường A (đã đăng)',
      subjectName: 'Cô Phạm Thu Hà',
      subjectType: 'giao-vien',
      school: f.schoolA.id,
      movement: 'khac',
      summary: 'Tận tụy với học sinh.',
      story: content,
      reviewNote: NOTE_PUBLISHED,
      _status: 'published',
    },
  })
  articleA = await payload.create({
    ...o,
    collection: 'articles',
    draft: true,
    data: {
      title: 'Tin nháp của trường A',
      content,
      themes: [f.theme.id],
      school: f.schoolA.id,
      reviewState: 'yeu-cau-chinh-sua',
      reviewNote: NOTE_ARTICLE,
      _status: 'draft',
    },
  })
  draftDocument = await payload.create({
    ...o,
    collection: 'documents',
    draft: true,
    data: { number: '77/KH-PGDĐT', summary: 'Kế hoạch nội bộ chưa ban hành', _status: 'draft' } as never,
  })
  draftConsultation = await payload.create({
    ...o,
    collection: 'consultations',
    draft: true,
    data: { title: 'Dự thảo nội bộ chưa công bố', summary: 'Chưa lấy ý kiến.', _status: 'draft' } as never,
  })
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, {
    schoolA: 'truong-a@test.example',
    schoolB: 'truong-b@test.example',
    editor: 'editor@test.example',
    admin: 'admin@test.example',
  })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('version history over REST', () => {
  it('of what keeps none (feedback, accounts, schools, the settings): a 404 in Vietnamese to anyone, never a 500', async () => {
    const paths = [
      '/feedback/versions',
      `/feedback/versions/${f.feedback.id}`,
      '/users/versions',
      '/schools/versions',
      '/feed%62ack/versions',
      '/globals/site-settings/versions',
      '/globals/site-build/versions/1',
    ]
    for (const who of ['schoolA', 'anonymous', 'editor', 'admin'] as const)
      for (const path of paths) {
        const { status, text } = await json(path, who)
        expect(status, `${who} ${path}`).toBe(404)
        expect(text).toContain('Mục này không lưu lịch sử phiên bản.')
      }
    // what keeps versions still answers as its access rules say
    expect((await json('/articles/versions', 'editor')).status).toBe(200)
    expect((await json('/articles/versions', 'anonymous')).status).toBe(403)
  })

  it('anonymous lists no versions of any collection and cannot open one', async () => {
    for (const collection of ['exemplars', 'articles', 'documents', 'consultations']) {
      const parents = await listedParents(collection, 'anonymous')
      expect(parents ?? [], collection).toEqual([])
    }
    for (const id of await versionIds('exemplars', f.exemplarA.id)) {
      const { status, text } = await json(`/exemplars/versions/${id}`, 'anonymous')
      expect([401, 403, 404]).toContain(status)
      expect(text).not.toContain('Gương tốt trường A')
    }
  })

  it("school B lists none of school A's exemplar or article versions and cannot open them by id", async () => {
    const exemplars = await listedParents('exemplars', 'schoolB')
    expect(exemplars).not.toBeNull()
    expect(exemplars).not.toContain(f.exemplarA.id)
    expect(exemplars).not.toContain(publishedExemplarA.id)
    expect(exemplars).toContain(f.exemplarB.id)
    expect(await listedParents('exemplars', 'schoolB', `&where[parent][equals]=${f.exemplarA.id}`)).toEqual([])
    const articles = await listedParents('articles', 'schoolB')
    expect(articles).not.toContain(articleA.id)
    expect(articles).not.toContain(f.draftArticle.id)
    const { text } = await json('/exemplars/versions?limit=200&depth=0', 'schoolB')
    expect(text).not.toContain(NOTE_DRAFT)
    expect(text).not.toContain('Gương tốt trường A')

    for (const [collection, parent] of [
      ['exemplars', f.exemplarA.id],
      ['exemplars', publishedExemplarA.id],
      ['articles', articleA.id],
    ] as const) {
      const ids = await versionIds(collection, parent)
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids) {
        const res = await json(`/${collection}/versions/${id}`, 'schoolB')
        expect([403, 404], `${collection} version ${id}`).toContain(res.status)
        expect(res.text).not.toContain(NOTE_DRAFT)
        expect(res.text).not.toContain(NOTE_ARTICLE)
      }
    }
  })

  it('the owning school sees its own versions, with the editor’s note, and nobody else’s drafts', async () => {
    const exemplars = await listedParents('exemplars', 'schoolA')
    expect(exemplars).toContain(f.exemplarA.id)
    expect(exemplars).not.toContain(f.exemplarB.id)
    const [latest] = await versionIds('exemplars', f.exemplarA.id)
    const own = await json(`/exemplars/versions/${latest}?depth=0`, 'schoolA')
    expect(own.status).toBe(200)
    expect((own.body as unknown as VersionDoc).version.reviewNote).toBe(NOTE_DRAFT)
    const articles = await listedParents('articles', 'schoolA')
    expect(articles).toContain(articleA.id)
    expect(articles).not.toContain(f.draftArticle.id) // the department's own draft, no school
    const other = await json(`/exemplars/versions/${(await versionIds('exemplars', f.exemplarB.id))[0]}`, 'schoolA')
    expect([403, 404]).toContain(other.status)
  })

  it('editors and admins see every version', async () => {
    for (const who of ['editor', 'admin'] as const) {
      const exemplars = await listedParents('exemplars', who)
      expect(exemplars).toEqual(expect.arrayContaining([f.exemplarA.id, f.exemplarB.id, publishedExemplarA.id]))
      expect(await listedParents('articles', who)).toEqual(expect.arrayContaining([articleA.id, f.draftArticle.id]))
      expect(await listedParents('documents', who)).toContain(draftDocument.id)
      expect(await listedParents('consultations', who)).toContain(draftConsultation.id)
      const [id] = await versionIds('exemplars', f.exemplarA.id)
      const one = await json(`/exemplars/versions/${id}?depth=0`, who)
      expect(one.status).toBe(200)
      expect((one.body as unknown as VersionDoc).version.reviewNote).toBe(NOTE_DRAFT)
    }
  })

  it('schools read no version history of documents and drafts for comment', async () => {
    for (const who of ['schoolA', 'schoolB'] as const) {
      for (const [collection, parent] of [
        ['documents', draftDocument.id],
        ['consultations', draftConsultation.id],
      ] as const) {
        expect((await listedParents(collection, who)) ?? [], `${collection} ${who}`).toEqual([])
        for (const id of await versionIds(collection, parent)) {
          expect([403, 404]).toContain((await api(`/${collection}/versions/${id}`, who)).status)
        }
      }
    }
  })

  it('?draft=true shows school B and anonymous nothing of school A’s drafts', async () => {
    for (const who of ['schoolB', 'anonymous'] as const) {
      expect([403, 404]).toContain((await api(`/exemplars/${f.exemplarA.id}?draft=true`, who)).status)
      expect([403, 404]).toContain((await api(`/articles/${articleA.id}?draft=true`, who)).status)
      const list = await json('/exemplars?draft=true&limit=200&depth=0', who)
      expect(list.status).toBe(200)
      expect((list.body.docs as { id: number }[]).map((d) => d.id)).not.toContain(f.exemplarA.id)
      expect(list.text).not.toContain(NOTE_DRAFT)
    }
  })

  it('there is no GraphQL endpoint to go around REST', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ versionsExemplars { docs { id } } }' }),
    })
    expect(res.status).not.toBe(200)
    expect(await res.text()).not.toContain('versionsExemplars')
  })
})

describe('the editor’s return reason (reviewNote)', () => {
  const noteOf = async (path: string, who: Who) => {
    const { status, body } = await json(path, who)
    expect(status, `${path} as ${who}`).toBe(200)
    return body
  }

  it('is absent for anonymous visitors, on one item, in lists and as a query filter', async () => {
    const one = await noteOf(`/exemplars/${publishedExemplarA.id}?depth=0`, 'anonymous')
    expect(one.title).toBe('Gương tốt trường A (đã đăng)')
    expect(one).not.toHaveProperty('reviewNote')
    const list = await json('/exemplars?limit=200&depth=0', 'anonymous')
    expect(list.text).not.toContain(NOTE_PUBLISHED)
    // no probing the note letter by letter through where[]
    const probe = await json(`/exemplars?where[reviewNote][like]=${encodeURIComponent('phụ huynh')}&depth=0`, 'anonymous')
    expect(probe.status === 200 ? (probe.body.docs as unknown[]).length : 0).toBe(0)
  })

  it('is absent for another school, on one item, in lists, in drafts and as a query filter', async () => {
    const one = await noteOf(`/exemplars/${publishedExemplarA.id}?depth=0&draft=true`, 'schoolB')
    expect(one).not.toHaveProperty('reviewNote')
    const list = await json('/exemplars?limit=200&depth=0&draft=true', 'schoolB')
    expect(list.text).not.toContain(NOTE_PUBLISHED)
    const probe = await json(`/exemplars?where[reviewNote][like]=${encodeURIComponent('phụ huynh')}&depth=0`, 'schoolB')
    expect(probe.status === 200 ? (probe.body.docs as unknown[]).length : 0).toBe(0)
  })

  it('is present for the owning school and for editors and admins', async () => {
    for (const who of ['schoolA', 'editor', 'admin'] as const) {
      expect((await noteOf(`/exemplars/${publishedExemplarA.id}?depth=0`, who)).reviewNote, who).toBe(NOTE_PUBLISHED)
      expect((await noteOf(`/exemplars/${f.exemplarA.id}?depth=0&draft=true`, who)).reviewNote, who).toBe(NOTE_DRAFT)
      expect((await noteOf(`/articles/${articleA.id}?depth=0&draft=true`, who)).reviewNote, who).toBe(NOTE_ARTICLE)
      const list = await json('/exemplars?limit=200&depth=2', who)
      const item = (list.body.docs as { id: number; reviewNote?: string }[]).find((d) => d.id === publishedExemplarA.id)
      expect(item?.reviewNote, who).toBe(NOTE_PUBLISHED)
    }
    // the same filter the other visitors were refused finds the item for staff (so that refusal is not an accident)
    const probe = await noteOf(`/exemplars?where[reviewNote][like]=${encodeURIComponent('phụ huynh')}&depth=0`, 'editor')
    expect((probe.docs as { id: number }[]).map((d) => d.id)).toEqual([publishedExemplarA.id])
  })
})
