import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload } from 'payload'
import { THEMES } from '@gd/shared/themes'
import { splitEvents } from '@gd/shared/events'
import { mondayOf, weekToShow } from '@gd/shared/work-schedule'
import { schoolYearOf } from '@gd/shared/disclosures'
import { publishedQa } from '../../cms/src/collections/Feedback/qa'
import { defaultRange, feedbackStatistics } from '../../cms/src/reports/statistics'
import { FEEDBACK } from '../../cms/src/seed/data/feedback'
import { seed } from '../../cms/src/seed/index'
import { recordsNow } from '../../cms/src/seed/records-clock'
import { freshPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload

beforeAll(async () => {
  ctx = await freshPayload('seed')
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const count = async (collection: 'themes' | 'schools' | 'articles' | 'exemplars' | 'feedback' | 'users' | 'media') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('the demo seed', () => {
  it('fills an empty database with the plan department’s demo content', async () => {
    const result = await seed(payload, { demoUsers: true })
    expect(await count('themes')).toBe(10)
    expect(await count('schools')).toBeGreaterThanOrEqual(15)
    expect(await count('articles')).toBeGreaterThanOrEqual(30)
    expect(await count('exemplars')).toBeGreaterThanOrEqual(8)
    expect(await count('feedback')).toBeGreaterThanOrEqual(3)
    expect(result.demoUsers.map((u) => u.role).sort()).toEqual(['admin', 'editor', 'school'])
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings.orgName).toBe('Phòng Giáo dục và Đào tạo huyện Kim Thành')
  }, 240_000)

  it('seeds the ten themes in the plan’s order with their Vietnamese names', async () => {
    const { docs } = await payload.find({ collection: 'themes', sort: 'order', overrideAccess: true, limit: 20 })
    expect(docs.map((d) => [d.order, d.name, d.slug])).toEqual(THEMES.map((t) => [t.order, t.name, t.slug]))
    // in use, of the 2024 plan, tied to its document in the library, each with the plan's own words for it
    expect(docs.every((d) => d.status === 'dang-ap-dung' && d.year === 2024)).toBe(true)
    expect(new Set(docs.map((d) => (d.plan as { number?: string } | null)?.number))).toEqual(new Set(['92/KH-PGDĐT']))
    expect(docs[6]!.planWording).toBe('Thúc đẩy chuyển đổi số, đẩy mạnh ứng dụng công nghệ thông tin trong giáo dục và đào tạo.')
    expect(docs.every((d) => (d.planWording ?? '').length > 40)).toBe(true)
  })

  it('publishes articles on every theme, each with a local WebP-sized cover', async () => {
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: true, limit: 200, depth: 1 })
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    const themesUsed = new Set(docs.flatMap((d) => (d.themes as { slug: string }[]).map((t) => t.slug)))
    expect([...themesUsed].sort()).toEqual(THEMES.map((t) => t.slug).sort())
    const cover = docs[0].cover as { sizes: Record<string, { mimeType: string; width: number }>; alt: string }
    // the alt text says what the picture shows, not that it is an illustration (the site notice says that once)
    expect(cover.alt.length).toBeGreaterThan(20)
    expect(cover.alt).not.toMatch(/minh họa/i)
    expect(cover.sizes.card.mimeType).toBe('image/webp')
    expect(cover.sizes.card.width).toBe(768)
    // the home page's featured articles show three different pictures
    const featured = docs.filter((d) => d.featured).map((d) => (d.cover as { alt: string }).alt)
    expect(featured.length).toBeGreaterThanOrEqual(3)
    expect(new Set(featured).size).toBe(featured.length)
    expect(docs.some((d) => d.title.includes('Đào tạo'))).toBe(true)
    expect(docs.some((d) => /(^|\s)đường(\s|$)/.test(d.title))).toBe(true)
  })

  it('marks every school as demo data', async () => {
    const { docs } = await payload.find({ collection: 'schools', overrideAccess: true, limit: 100 })
    expect(docs.every((d) => d.demo === true)).toBe(true)
  })

  it('seeds a handled feedback history over past months: acknowledged, answered in time, forwarded, rejected, rated', async () => {
    const { docs } = await payload.find({
      collection: 'feedback',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { consultation: { exists: false } },
    })
    const statuses = new Set(docs.map((d) => d.status))
    for (const s of ['moi', 'dang-xu-ly', 'da-tra-loi', 'da-dong', 'chuyen-co-quan-tham-quyen', 'khong-xu-ly'])
      expect(statuses).toContain(s)
    const now = Date.now()
    const oldest = Math.min(...docs.map((d) => Date.parse(d.receivedAt)))
    expect(now - oldest).toBeGreaterThan(90 * 86_400_000)
    for (const d of docs) {
      const times = (d.statusHistory ?? []).filter((h) => h.kind === 'status').map((h) => Date.parse(h.at as string))
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(times.every((t) => t <= now)).toBe(true)
      if (d.status !== 'moi') expect(Date.parse(d.acknowledgeBy as string)).toBeGreaterThanOrEqual(times[1])
      if (d.answeredAt) expect(Date.parse(d.answeredAt)).toBeLessThanOrEqual(Date.parse(d.answerBy as string))
      if (d.answeredAt) expect(d.answeredBy).toEqual(expect.any(Number))
    }
    expect(docs.find((d) => d.status === 'chuyen-co-quan-tham-quyen')?.forwardedTo).toBeTruthy()
    expect(docs.find((d) => d.status === 'khong-xu-ly')?.rejectReason).toBeTruthy()
    expect(docs.some((d) => d.source === 'dien-thoai')).toBe(true)
    const stats = await feedbackStatistics(payload, defaultRange())
    expect(stats.medianDaysToAcknowledge).not.toBeNull()
    expect(stats.medianDaysToAnswer).toBeGreaterThan(0)
    expect(stats.medianDaysToAnswer).toBeLessThanOrEqual(15)
    expect(stats.ratingCount).toBeGreaterThanOrEqual(3)
    expect(stats.ratingAverage).toBeGreaterThan(0)
  })

  it('publishes Q&A entries for /hoi-dap/ with nothing personal in them', async () => {
    const entries = await publishedQa(await createLocalReq({}, payload))
    expect(entries.length).toBeGreaterThanOrEqual(3)
    const text = JSON.stringify(entries)
    const { docs } = await payload.find({ collection: 'feedback', overrideAccess: true, depth: 0, pagination: false })
    for (const d of docs) expect(text).not.toContain(d.code)
    for (const item of FEEDBACK) {
      if (item.email) expect(text).not.toContain(item.email)
      if (item.phone) expect(text.replace(/\s/g, '')).not.toContain(item.phone.replace(/\s/g, '').slice(-6))
      // a name appears only as the asker of an entry whose citizen agreed to show it
      const shown = entries.filter((e) => e.asker === item.name)
      if (!item.showName) expect(shown).toEqual([])
      for (const e of entries) expect(`${e.title} ${e.question} ${e.answer}`).not.toContain(item.name)
    }
    expect(entries.some((e) => e.asker === 'Người dân')).toBe(true)
    expect(entries.every((e) => e.question && e.answer && e.theme && e.answeredAt)).toBe(true)
  })

  it('publishes the procedures, "chuyển trường" among them, each with papers and a portal link', async () => {
    const { docs } = await payload.find({
      collection: 'procedures',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
      limit: 50,
    })
    expect(docs.length).toBeGreaterThanOrEqual(5)
    expect(docs.map((d) => d.slug)).toContain('chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so')
    expect(docs.every((d) => (d.papers ?? []).length > 0 && /^https:\/\/dichvucong\.gov\.vn\//.test(d.portalUrl))).toBe(true)
  })

  it('publishes events on their days around today: some upcoming, some past', async () => {
    const { docs } = await payload.find({ collection: 'events', overrideAccess: true, limit: 50 })
    const { upcoming, past } = splitEvents(docs)
    expect(upcoming.length).toBeGreaterThanOrEqual(3)
    expect(past.length).toBeGreaterThanOrEqual(2)
    expect(docs.some((d) => d.title.startsWith('Ngày Nhà giáo Việt Nam 20/11/'))).toBe(true)
  })

  it('corrects one published article and one exemplar, before today', async () => {
    const { docs } = await payload.find({ collection: 'corrections', overrideAccess: true, depth: 0, limit: 50 })
    expect(docs.map((d) => d.target.relationTo).sort()).toEqual(['articles', 'exemplars'])
    expect(docs.every((d) => Date.parse(d.correctedOn) < Date.now())).toBe(true)
  })

  it("publishes this week's work schedule and the three before it; next week is a draft", async () => {
    const published = await payload.find({
      collection: 'work-schedules',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
      limit: 50,
    })
    expect(published.docs).toHaveLength(4)
    expect(weekToShow(published.docs)?.current).toBe(true)
    const all = await payload.find({ collection: 'work-schedules', overrideAccess: true, draft: true, limit: 50 })
    const drafts = all.docs.filter((d) => d._status === 'draft')
    expect(drafts.map((d) => mondayOf(d.weekStart))).toEqual([mondayOf(new Date(Date.now() + 7 * 86_400_000))])
  })

  it("files three schools' disclosures for this school year and the last, each with its own school's PDF; one waits for review", async () => {
    const { docs } = await payload.find({ collection: 'school-disclosures', overrideAccess: true, draft: true, depth: 1, limit: 50 })
    const published = docs.filter((d) => d._status === 'published')
    expect(published.length).toBe(8)
    expect(docs.filter((d) => d.reviewState === 'cho-duyet')).toHaveLength(1)
    // the owner's last school year (2024-2025, it ended on 01/07/2025) and the one before
    const current = schoolYearOf(recordsNow(new Date()))
    const previous = `${Number(current.slice(0, 4)) - 1}-${current.slice(0, 4)}`
    expect(new Set(published.map((d) => d.schoolYear))).toEqual(new Set([current, previous]))
    expect(new Set(published.map((d) => (typeof d.school === 'object' ? d.school.name : '')))).toEqual(
      new Set(['Trường Mầm non Phú Thái', 'Trường Tiểu học Kim Xuyên', 'Trường THCS Kim Xuyên']),
    )
    for (const d of published) {
      expect(Date.parse(d.publishedAt!)).toBeLessThan(Date.now())
      for (const f of d.files) {
        const file = f as { school?: { id: number } | number; mimeType?: string }
        expect(file.mimeType).toBe('application/pdf')
        expect(typeof file.school === 'object' ? file.school.id : file.school).toBe(typeof d.school === 'object' ? d.school.id : d.school)
      }
    }
  })

  it('gives the organisation page leaders with a portrait and a staff directory by field of work', async () => {
    const org = await payload.findGlobal({ slug: 'organisation', overrideAccess: true, depth: 1 })
    expect(org.leaders?.every((l) => typeof l.photo === 'object' && l.photo?.alt?.includes(l.name))).toBe(true)
    expect(org.staffDirectory?.length).toBeGreaterThanOrEqual(5)
    expect(org.staffDirectory?.every((g) => (g.people ?? []).length > 0)).toBe(true)
  })

  it('publishes photo albums (one shown with its article, every photo with alt text) and a playable MP4 with a poster', async () => {
    const { docs } = await payload.find({
      collection: 'albums',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
      depth: 1,
    })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const album of docs) {
      expect(album.photos.length).toBeGreaterThanOrEqual(3)
      for (const p of album.photos) expect((p.image as { alt: string; sizes: object }).alt.length).toBeGreaterThan(10)
      expect(Date.parse(album.takenOn)).toBeLessThan(Date.now())
    }
    const withAlbum = await payload.count({ collection: 'articles', where: { album: { exists: true } }, overrideAccess: true })
    expect(withAlbum.totalDocs).toBe(1)
    const videos = await payload.find({ collection: 'videos', overrideAccess: true, depth: 0 })
    expect(videos.docs).toHaveLength(1)
    expect(videos.docs[0]).toMatchObject({ mimeType: 'video/mp4', _status: 'published', poster: expect.any(Number) })
  })

  it('dates every record the former owner published within its life, its last school year; live parts run on today', async () => {
    const from = Date.parse('2024-09-01T00:00:00+07:00')
    const until = Date.parse('2025-07-01T00:00:00+07:00')
    const within = (iso: string | null | undefined) => Boolean(iso) && Date.parse(iso!) >= from && Date.parse(iso!) < until
    const records = ['articles', 'exemplars', 'albums', 'videos', 'procedures'] as const
    for (const collection of records) {
      const { docs } = await payload.find({ collection, overrideAccess: true, depth: 0, pagination: false })
      expect(docs.length).toBeGreaterThan(0)
      for (const d of docs) {
        const doc = d as { publishedAt?: string | null; updatedAt: string; createdAt: string }
        expect(within(doc.publishedAt), `${collection} ${doc.publishedAt}`).toBe(true)
        // no "Cập nhật" date after the owner ended
        expect(within(doc.updatedAt), `${collection} updated ${doc.updatedAt}`).toBe(true)
      }
    }
    // the newest news is of late June 2025, the oldest of September 2024, in the order and spacing of the seed data
    const { docs: news } = await payload.find({ collection: 'articles', overrideAccess: true, sort: '-publishedAt', pagination: false })
    expect(news[0]!.publishedAt!.slice(0, 7)).toBe('2025-06')
    expect(news.at(-1)!.publishedAt!.slice(0, 7)).toBe('2024-09')
    const { docs: documents } = await payload.find({ collection: 'documents', overrideAccess: true, pagination: false })
    expect(documents.every((d) => Date.parse(d.issuedDate) < until)).toBe(true)
    const { docs: corrections } = await payload.find({ collection: 'corrections', overrideAccess: true, pagination: false })
    expect(corrections.every((d) => within(d.correctedOn))).toBe(true)
    const { docs: disclosures } = await payload.find({ collection: 'school-disclosures', overrideAccess: true, pagination: false })
    const published = disclosures.filter((d) => d._status === 'published')
    expect(published.every((d) => within(d.publishedAt) || Date.parse(d.publishedAt!) < from)).toBe(true)
    // the live parts: feedback received in the last days, a draft open for comment today
    const { docs: feedback } = await payload.find({ collection: 'feedback', overrideAccess: true, sort: '-receivedAt', limit: 1 })
    expect(Date.now() - Date.parse(feedback[0]!.receivedAt)).toBeLessThan(14 * 86_400_000)
    const open = await payload.count({
      collection: 'consultations',
      overrideAccess: true,
      where: {
        and: [{ opensAt: { less_than_equal: new Date().toISOString() } }, { closesAt: { greater_than: new Date().toISOString() } }],
      },
    })
    expect(open.totalDocs).toBeGreaterThan(0)
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings.siteNotice).toContain('2024–2025')
    expect(settings.siteNotice).toContain('ngày hôm nay')
    // the footer's copyright carries the years of its records, not the year of the build
    expect(settings.footer?.copyright).toContain('2024–2025')
  })

  it('labels nothing “minh họa” one by one (titles, alt texts, fees, time limits, descriptions): the site notice says it once', async () => {
    const label = /minh họa/i
    const texts: string[] = []
    const all = async <T>(
      collection: 'media' | 'procedures' | 'albums' | 'videos' | 'events' | 'articles' | 'exemplars',
      pick: (d: T) => unknown[],
    ) =>
      (await payload.find({ collection, overrideAccess: true, depth: 0, pagination: false })).docs.forEach((d) =>
        texts.push(...pick(d as T).map((v) => String(v ?? ''))),
      )
    await all<{ alt: string }>('media', (d) => [d.alt])
    await all<{ name: string; fee?: string; timeLimit?: string; summary?: string }>('procedures', (d) => [
      d.name,
      d.fee,
      d.timeLimit,
      d.summary,
    ])
    await all<{ title: string; description?: string }>('albums', (d) => [d.title, d.description])
    await all<{ title: string; description?: string }>('videos', (d) => [d.title, d.description])
    await all<{ title: string; summary?: string }>('events', (d) => [d.title, d.summary])
    await all<{ title: string; excerpt?: string }>('articles', (d) => [d.title, d.excerpt])
    await all<{ title: string; summary?: string }>('exemplars', (d) => [d.title, d.summary])
    expect(texts.length).toBeGreaterThan(100)
    expect(texts.filter((t) => label.test(t))).toEqual([])
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings.siteNotice).toMatch(label)
  })

  it('is idempotent: a second run creates nothing', async () => {
    const before = await Promise.all((['themes', 'schools', 'articles', 'exemplars', 'feedback', 'users', 'media'] as const).map(count))
    const again = await seed(payload, { demoUsers: true })
    expect(again.created).toEqual({})
    const after = await Promise.all((['themes', 'schools', 'articles', 'exemplars', 'feedback', 'users', 'media'] as const).map(count))
    expect(after).toEqual(before)
  })
})

describe('the seed in production', () => {
  it('creates no demo account', async () => {
    const users = await count('users')
    const result = await seed(payload, { demoUsers: false })
    expect(result.demoUsers).toEqual([])
    expect(await count('users')).toBe(users)
  })
})
