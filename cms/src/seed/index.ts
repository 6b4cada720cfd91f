import { config } from '@gd/shared/config'
import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { ARTICLES } from './data/articles'
import { EXEMPLARS } from './data/exemplars'
import { SCHOOLS, schoolWebsite } from './data/schools'
import { SITE_SETTINGS } from './data/settings'
import { seedFeedback } from './feedback'
import { coverMedia } from './images'
import { seedEmblem } from './emblem'
import { paragraphsToLexical } from './lexical'
import { seedConsultations } from './consultations'
import { seedAnnouncements } from './announcements'
import { seedEvents } from './events'
import { seedProcedures } from './procedures'
import { seedCorrections } from './corrections'
import { seedWorkSchedules } from './work-schedules'
import { seedAlbums } from './albums'
import { seedDocuments } from './documents'
import { seedOrganisation } from './organisation'
import { seedDisclosures } from './disclosures'
import { seedPressReleases } from './press'
import { seedPressMentions } from './press-mentions'
import { seedReportDeadlines } from './report-deadlines'
import { seedReports } from './reports'
import { findBy, local } from './stored'
import { recordedAt, recordsNow } from './records-clock'
import { linkThemesToPlan, seedThemes } from './themes'
import { seedUrgentReports } from './urgent-reports'
import { DEMO_USERS, type DemoUser } from './users'

type Log = (message: string) => void

export interface SeedOptions {
  /** Create the demo accounts (never in production). */
  demoUsers: boolean
  /** Create the demo schools, articles, exemplars and feedback (default true); the themes are always seeded. */
  demoContent?: boolean
  log?: Log
  now?: Date
}

export interface SeedResult {
  created: Record<string, number>
  demoUsers: DemoUser[]
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

/**
 * Demo content of the plan's department, idempotent: every item is looked up by its natural key (slug, e-mail)
 * and created only when missing, so running it again changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  // demo accounts have published passwords: never in production, whoever calls the seed
  if (options.demoUsers && config().isProduction) {
    throw new Error('Không tạo tài khoản demo khi NODE_ENV=production (mật khẩu của chúng đã công khai).')
  }
  const log: Log = options.log ?? (() => undefined)
  const now = options.now ?? new Date()
  // the owner's records are dated within its life (school year 2024–2025); live workflows run on `now`
  const recorded = recordsNow(now)
  const created: Record<string, number> = {}
  const count = (k: string) => (created[k] = (created[k] ?? 0) + 1)

  const themeIds = await seedThemes(payload, count)

  if (options.demoContent === false) {
    log(`Chủ đề: +${created.themes ?? 0}; không tạo dữ liệu minh họa.`)
    return { created, demoUsers: [] }
  }

  const schoolIds = new Map<string, number>()
  for (const school of SCHOOLS) {
    const slug = slugify(school.name)
    const found = await findBy(payload, 'schools', 'slug', slug)
    const doc =
      found ??
      (await payload.create({ ...local, collection: 'schools', data: { ...school, slug, demo: true, website: schoolWebsite(school) } }))
    if (!found) count('schools')
    schoolIds.set(school.name, doc.id)
  }

  const settings = await payload.findGlobal({ ...local, slug: 'site-settings' })
  if (!settings.orgName) {
    await payload.updateGlobal({ ...local, slug: 'site-settings', data: { ...SITE_SETTINGS, logo: await seedEmblem(payload) } })
    count('site-settings')
  }

  const demoUsers: DemoUser[] = []
  if (options.demoUsers) {
    for (const user of DEMO_USERS) {
      if (!(await findBy(payload, 'users', 'email', user.email))) {
        const school = user.school ? schoolIds.get(user.school) : schoolIds.values().next().value
        await payload.create({
          ...local,
          collection: 'users',
          data: { ...user, school: user.role === 'school' ? school : undefined },
        })
        count('users')
      }
      demoUsers.push(user)
    }
  }

  // the owner's records, dated within its life: albums first, so an article is created with its album
  const records = { themeIds, now: recorded, count }
  const albumOf = await seedAlbums(payload, records)
  let imageIndex = 0
  for (const article of ARTICLES) {
    const slug = slugify(article.title)
    imageIndex++
    if (await findBy(payload, 'articles', 'slug', slug)) continue
    await payload.create({
      ...local,
      collection: 'articles',
      data: {
        title: article.title,
        slug,
        excerpt: article.excerpt,
        cover: await coverMedia(payload, imageIndex),
        content: paragraphsToLexical(article.paragraphs),
        themes: article.themes.map((s) => themeIds.get(s)!).filter(Boolean),
        school: article.school ? schoolIds.get(article.school) : undefined,
        featured: article.featured ?? false,
        album: albumOf.get(article.title),
        ...recordedAt(daysBefore(recorded, article.daysAgo)),
        _status: 'published',
      },
    })
    count('articles')
  }

  for (const exemplar of EXEMPLARS) {
    const slug = slugify(exemplar.title)
    imageIndex++
    if (await findBy(payload, 'exemplars', 'slug', slug)) continue
    await payload.create({
      ...local,
      collection: 'exemplars',
      data: {
        title: exemplar.title,
        slug,
        subjectName: exemplar.subjectName,
        subjectType: exemplar.subjectType,
        school: schoolIds.get(exemplar.school)!,
        movement: exemplar.movement,
        summary: exemplar.summary,
        story: paragraphsToLexical(exemplar.paragraphs),
        photos: [await coverMedia(payload, imageIndex)],
        ...recordedAt(daysBefore(recorded, exemplar.daysAgo)),
        _status: 'published',
      },
    })
    count('exemplars')
  }

  // citizen feedback with its handling over the past months: acknowledged, answered, forwarded, rejected, Q&A, ratings
  await seedFeedback(payload, { now, count })
  // the owner's other records: documents, press releases, procedures, corrections, disclosures
  const documentIds = await seedDocuments(payload, records)
  await linkThemesToPlan(payload, documentIds)
  await seedPressReleases(payload, records)
  await seedProcedures(payload, records)
  await seedCorrections(payload, records)
  await seedOrganisation(payload, documentIds, count)
  await seedDisclosures(payload, { now: recorded, schoolIds, count })
  // live workflows, on today's date: drafts open for comment, the press log, announcements in force, events, the
  // work schedule, schools' opinion reports for the previous quarter (some missing) and a draft of the department's
  // report, the reporting cycle's due dates (previous quarter, this quarter, this year) and two urgent reports
  await seedConsultations(payload, { themeIds, now, count })
  await seedPressMentions(payload, { themeIds, now, count })
  await seedAnnouncements(payload, { themeIds, now, count })
  await seedEvents(payload, { themeIds, now, count })
  await seedWorkSchedules(payload, { themeIds, now, count })
  await seedReports(payload, { now, count })
  await seedReportDeadlines(payload, { now, count })
  await seedUrgentReports(payload, { now, count })
  log(
    `Dữ liệu mẫu: ${
      Object.entries(created)
        .map(([k, v]) => `${k} +${v}`)
        .join(', ') || 'đã đủ, không tạo thêm'
    }`,
  )
  return { created, demoUsers }
}
