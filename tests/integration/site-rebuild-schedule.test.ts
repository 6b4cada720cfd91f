import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { loginToken } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { until } from '../helpers/wait'

/**
 * Rebuilds nobody asks for by hand, end to end on the real server with automatic rebuilds on: a draft for comment
 * whose closing or opening time passes is rebuilt by the server's own job queue (a 'site-rebuild' job queued with
 * waitUntil at that instant), so the built page stops (or starts) offering the comment form; and renaming a theme
 * or a school, or an image's alt text, reaches article and exemplar pages that an incremental build would have
 * carried over unchanged.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let siteDist: string
let token: string
let closing: { id: number; slug?: string | null }
let opening: { id: number; slug?: string | null }

const DAY = 86_400_000
const FORM = 'id="gop-y-du-thao"'
const built = (...parts: string[]) => {
  try {
    return fs.readFileSync(path.join(siteDist, ...parts, 'index.html'), 'utf8')
  } catch {
    return ''
  }
}
const draftPage = (slug: string) => built('du-thao', slug)

const api = (method: string, url: string, body?: unknown) =>
  fetch(`${server.url}/api${url}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

/** The site-rebuild jobs still waiting for one consultation, as [waitUntil, input.at]. */
async function queued(consultation: number): Promise<[string, string][]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'site-rebuild' } }, { completedAt: { exists: false } }] },
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((j) => (j.input as { consultation?: number }).consultation === consultation)
    .map((j) => [new Date(j.waitUntil!).toISOString(), (j.input as { at: string }).at] as [string, string])
    .sort()
}

beforeAll(async () => {
  ctx = await freshPayload('rebuild-schedule')
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  f = await createFixtures(payload)
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo (kiểm thử)' } })
  const o = { overrideAccess: true } as const
  const file = await payload.create({
    ...o,
    collection: 'files',
    data: { title: 'Dự thảo (PDF)' },
    file: { data: tinyPdf(), name: 'du-thao.pdf', mimetype: 'application/pdf', size: 1 },
  })
  const now = Date.now()
  const draft = (slug: string, opens: number, closes: number) =>
    payload.create({
      ...o,
      collection: 'consultations',
      data: {
        title: `Dự thảo ${slug}`,
        slug,
        summary: 'Lấy ý kiến về dự thảo.',
        status: 'dang-lay-y-kien' as const,
        draftFile: file.id,
        opensAt: new Date(now + opens).toISOString(),
        closesAt: new Date(now + closes).toISOString(),
        _status: 'published',
      },
    })
  closing = await draft('du-thao-sap-het-han', -DAY, DAY)
  opening = await draft('du-thao-sap-mo-lay-y-kien', DAY, 2 * DAY)
  server = await startServer(ctx.dataDir, { SITE_REBUILD: 'on', SITE_REBUILD_DEBOUNCE_MS: '200', JOBS_CRON: '* * * * * *' })
  token = await loginToken(server.url, f.admin.email)
  // the first build of the site, by hand (an administrator's full rebuild)
  expect((await api('POST', '/globals/site-build/rebuild')).status).toBe(202)
  const ready = await until(() => draftPage(closing.slug!).includes(FORM) && built('tin-tuc', f.publishedArticle.slug!) !== '', 120_000)
  expect(ready, server.output().slice(-3000)).toBe(true)
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('a draft for comment whose time passes', () => {
  it('queues one rebuild job per future opening or closing time, replaced when the dates change', async () => {
    const c = await payload.findByID({ collection: 'consultations', id: closing.id, overrideAccess: true })
    const o = await payload.findByID({ collection: 'consultations', id: opening.id, overrideAccess: true })
    const at = (d: string) => new Date(d).toISOString()
    // the past opening time of the open draft has no job; the other instants each have one, waiting until then
    expect(await queued(closing.id)).toEqual([[at(c.closesAt), at(c.closesAt)]])
    expect(await queued(opening.id)).toEqual(
      [
        [at(o.opensAt), at(o.opensAt)],
        [at(o.closesAt), at(o.closesAt)],
      ].sort(),
    )
    expect(draftPage(opening.slug!)).toContain('Dự thảo sẽ bắt đầu nhận góp ý từ')
    expect(draftPage(opening.slug!)).not.toContain(FORM)
  })

  it('stops offering the comment form after closesAt, and starts after opensAt, rebuilt by the job queue alone', async () => {
    const soon = new Date(Date.now() + 6000).toISOString()
    // an editor moves the dates through the REST API (published): the old jobs go, new ones wait for the new times
    for (const [id, data] of [
      [closing.id, { closesAt: soon }],
      [opening.id, { opensAt: soon }],
    ] as const) {
      const res = await api('PATCH', `/consultations/${id}`, { ...data, _status: 'published' })
      expect(res.status, await res.clone().text()).toBe(200)
    }
    const o = await payload.findByID({ collection: 'consultations', id: opening.id, overrideAccess: true })
    expect(await queued(closing.id)).toEqual([[soon, soon]])
    expect(await queued(opening.id)).toEqual([
      [soon, soon],
      [new Date(o.closesAt).toISOString(), new Date(o.closesAt).toISOString()],
    ])
    // until the time passes, the built page still takes comments (checked only while it has not passed: on a machine
    // slow enough, the two edits above can take longer than the margin, and then the form is rightly gone already)
    const page = draftPage(closing.slug!)
    if (Date.now() < Date.parse(soon)) expect(page).toContain(FORM)

    const flipped = await until(() => !draftPage(closing.slug!).includes(FORM) && draftPage(opening.slug!).includes(FORM), 90_000)
    expect(flipped, server.output().slice(-3000)).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(soon))
    const closed = draftPage(closing.slug!)
    expect(closed).toContain('Thời gian lấy ý kiến đã kết thúc')
    expect(closed).toContain('Đã hết hạn lấy ý kiến')
    expect(closed).not.toContain('Đang lấy ý kiến')
    expect(closed).toContain('data-comment-count')
    // the jobs ran (and are gone); the one at the opening draft's closing time still waits
    expect(await queued(closing.id)).toEqual([])
    expect((await queued(opening.id)).map(([w]) => w)).toEqual([new Date(o.closesAt).toISOString()])
    // the job's own rebuild is recorded as such (on a slow machine the edits' rebuild can finish after the time
    // passed and flip the pages first: the job's rebuild then follows it)
    const byJob = /dự thảo #\d+ chuyển giai đoạn lấy ý kiến/
    const trigger = async () => (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).trigger ?? ''
    expect(await until(async () => byJob.test(await trigger()), 60_000), await trigger()).toBe(true)
  }, 180_000)

  it('a comment entered by staff on a closed draft refreshes the count on its page', async () => {
    const before = draftPage(closing.slug!)
    expect(before).toMatch(/data-comment-count[^>]*>0</)
    // entered through the server's REST API: the server's hooks reach its build coordinator
    const res = await api('POST', '/feedback', {
      status: 'moi',
      receivedAt: new Date().toISOString(),
      kind: 'gop-y',
      subject: 'Góp ý bằng văn bản giấy',
      message: 'Ý kiến gửi qua đường văn thư, nhập lại.',
      name: 'Lê Văn Cường',
      consent: true,
      consultation: closing.id,
    })
    expect(res.status, await res.clone().text()).toBe(201)
    expect(await until(() => /data-comment-count[^>]*>1</.test(draftPage(closing.slug!)), 60_000)).toBe(true)
  }, 90_000)

  it('a job left over for dates the draft no longer has requests nothing', async () => {
    const { siteRebuildTask } = await import('../../cms/src/site-build/consultations')
    const req = await createLocalReq({}, payload)
    const stale = await (siteRebuildTask.handler as (a: unknown) => Promise<{ output: { requested: boolean } }>)({
      input: { reason: 'cũ', consultation: closing.id, at: new Date(Date.now() - DAY).toISOString() },
      req,
    })
    expect(stale.output.requested).toBe(false)
  })
})

describe('renaming a theme or a school', () => {
  it('reaches the article and exemplar pages already built (a full build, not carried-over pages)', async () => {
    const article = built('tin-tuc', f.publishedArticle.slug!)
    const exemplar = built('nguoi-tot-viec-tot', f.publishedExemplarB.slug!)
    expect(article).toContain('Chuyển đổi số, ứng dụng công nghệ thông tin')
    expect(exemplar).toContain('Trường THCS Lai Khê')
    expect((await api('PATCH', `/themes/${f.theme.id}`, { name: 'Chuyển đổi số trong giáo dục' })).status).toBe(200)
    expect((await api('PATCH', `/schools/${f.schoolB.id}`, { name: 'Trường THCS Lai Khê mới' })).status).toBe(200)
    const renamed = await until(
      () =>
        built('tin-tuc', f.publishedArticle.slug!).includes('Chuyển đổi số trong giáo dục') &&
        built('nguoi-tot-viec-tot', f.publishedExemplarB.slug!).includes('Trường THCS Lai Khê mới'),
      90_000,
    )
    expect(renamed, server.output().slice(-3000)).toBe(true)
    expect(built('tin-tuc', f.publishedArticle.slug!)).not.toContain('Chuyển đổi số, ứng dụng công nghệ thông tin')
    // the theme's own page and the list of themes take the theme's name from the CMS too
    expect(built('chu-de', 'chuyen-doi-so')).toMatch(/<h1[^>]*>Chuyển đổi số trong giáo dục</)
    expect(built('chu-de')).toContain('Chuyển đổi số trong giáo dục')
    const status = await until(
      async () => (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).status === 'thanh-cong',
      60_000,
    )
    expect(status).toBe(true)
    expect((await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).mode).toBe('full')
  }, 120_000)
})

describe('editing an image', () => {
  it('its new alt text reaches the already-built page of the article whose cover it is', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4e89' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      overrideAccess: true,
      collection: 'media',
      data: { alt: 'Học sinh trong giờ tin học' },
      file: { data: png, name: 'tin-hoc.png', mimetype: 'image/png', size: png.length },
    })
    expect((await api('PATCH', `/articles/${f.publishedArticle.id}`, { cover: image.id })).status).toBe(200)
    const page = () => built('tin-tuc', f.publishedArticle.slug!)
    expect(await until(() => page().includes('alt="Học sinh trong giờ tin học"'), 90_000), server.output().slice(-3000)).toBe(true)
    expect((await api('PATCH', `/media/${image.id}`, { alt: 'Học sinh lớp 5 thực hành lập trình Scratch' })).status).toBe(200)
    const updated = await until(() => page().includes('alt="Học sinh lớp 5 thực hành lập trình Scratch"'), 90_000)
    expect(updated, server.output().slice(-3000)).toBe(true)
    expect(page()).not.toContain('Học sinh trong giờ tin học')
  }, 200_000)
})
