import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { config } from '@gd/shared/config'
import { ADMIN_DATE_FORMAT } from '@gd/shared/dates'
import { MAX_VIDEO_BYTES, MAX_VIDEO_MB } from '@gd/shared/gallery'
import { Articles } from './collections/Articles'
import { Consultations } from './collections/Consultations'
import { Announcements } from './collections/Announcements'
import { Procedures } from './collections/Procedures'
import { Events } from './collections/Events'
import { Corrections } from './collections/Corrections'
import { Albums } from './collections/Albums'
import { Videos } from './collections/Videos'
import { WorkSchedules } from './collections/WorkSchedules'
import { Documents } from './collections/Documents'
import { Files } from './collections/Files'
import { Exemplars } from './collections/Exemplars'
import { SchoolDisclosures } from './collections/SchoolDisclosures'
import { DisclosureFiles } from './collections/DisclosureFiles'
import { Feedback } from './collections/Feedback'
import { FeedbackRatings } from './collections/FeedbackRatings'
import { FeedbackIntake } from './collections/Feedback/intakeQueue'
import { OpinionReports } from './collections/OpinionReports'
import { PressMentions } from './collections/PressMentions'
import { UrgentReports } from './collections/UrgentReports'
import { ReportFiles } from './collections/ReportFiles'
import { ReportDeadlines } from './collections/ReportDeadlines'
import { DepartmentReports } from './collections/DepartmentReports'
import { Media } from './collections/Media'
import { Schools } from './collections/Schools'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { adminWords } from './admin-words'
import { databaseAdapter } from './db'
import { Organisation } from './globals/Organisation'
import { SiteBuild } from './globals/SiteBuild'
import { SiteSettings } from './globals/SiteSettings'
import { jobsConfig } from './jobs'
import { AuditLog } from './audit/auditLog'
import { Leases } from './coordination/Leases'
import { RateLimitHits } from './coordination/RateLimitHits'
import { auditLoginFailures } from './audit/loginFailures'
import { keepErrorDetails } from './utilities/errorDetails'
import { badRequestIs400 } from './utilities/badRequestIs400'
import { jobScheduleServerOnly } from './access/jobScheduleServerOnly'
import { emailAdapter } from './email'
import { secret } from './utilities/secret'
import { trustedOrigins } from './utilities/origins'
import { guardLockedDocuments } from './access/lockedDocuments'
import { withoutApiTab } from './utilities/withoutApiTab'

// the locked-documents collection and the job schedule's global exist only once Payload has sanitised the config: their
// access is guarded then
export default buildConfig({
  serverURL: config().PUBLIC_URL ?? '',
  // the login cookie counts only from these origins (never an empty list: Payload would then accept any)
  csrf: trustedOrigins(),
  secret: secret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    // scheduled publishing (issue 3): the time an editor picks in the "Lên lịch xuất bản" drawer is Hà Nội time,
    // whatever the browser's zone; admin-only, no date field has `timezone: true`, so no column changes
    timezones: { supportedTimezones: [{ label: '(UTC+07:00) Hà Nội', value: 'Asia/Ho_Chi_Minh' }], defaultTimezone: 'Asia/Ho_Chi_Minh' },
    meta: { titleSuffix: ' · Quản trị nội dung', title: 'Quản trị nội dung' },
    importMap: { baseDir: path.dirname(fileURLToPath(import.meta.url)) },
    components: {
      // the organisation's emblem and name from Cấu hình trang, in place of Payload's
      graphics: { Logo: '/components/brand/Brand#BrandLogo', Icon: '/components/brand/Brand#BrandIcon' },
      // English screen-reader names of Payload's and the rich-text editor's controls, in Vietnamese
      providers: ['/components/a11y/VietnameseNames#VietnameseNames'],
      views: { thongKe: { Component: '/components/StatisticsView#StatisticsView', path: '/thong-ke', meta: { title: 'Thống kê ý kiến' } } },
      // each role's first screen: a school its own items and report; an editor the queues; an admin the site and accounts
      beforeDashboard: [
        '/components/home/SchoolHome#SchoolHome',
        '/components/UrgentQueue#UrgentQueue',
        '/components/StatisticsView#StatisticsLink',
        '/components/ReviewQueue#ReviewQueue',
        '/components/FeedbackQueue#FeedbackQueue',
        '/components/PressQueue#PressQueue',
        '/components/MissingReports#MissingReports',
        '/components/SiteBuildPanel#SiteBuildPanel',
        '/components/home/AccountsPanel#AccountsPanel',
      ],
    },
  },
  // Payload's own words, where they are replaced (admin-words.ts)
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: adminWords },
  collections: [
    Articles,
    Exemplars,
    SchoolDisclosures,
    DisclosureFiles,
    Themes,
    Schools,
    Media,
    Documents,
    Consultations,
    Announcements,
    Procedures,
    Events,
    Corrections,
    WorkSchedules,
    Albums,
    Videos,
    Files,
    Feedback,
    FeedbackIntake,
    FeedbackRatings,
    OpinionReports,
    UrgentReports,
    ReportFiles,
    ReportDeadlines,
    PressMentions,
    DepartmentReports,
    Users,
    AuditLog,
    Leases,
    RateLimitHits,
  ].map(withoutApiTab),
  globals: [SiteSettings, Organisation, SiteBuild].map(withoutApiTab),
  jobs: jobsConfig,
  hooks: { afterError: [keepErrorDetails, badRequestIs400, auditLoginFailures] },
  email: emailAdapter(),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disable: true },
  telemetry: false,
  // videos may be 100 MB; each collection holds its own files to its limit (images 10 MB, documents 20 MB) by its hook,
  // and server/upload-limit.ts refuses an announced oversize body before reading it; past this the upload is cut off
  // Payload 3.90 also caps a whole multipart request at 50 MB by default (requestSizeLimit, an English 413): raised with it
  upload: {
    limits: { fileSize: MAX_VIDEO_BYTES + 1024 * 1024 },
    requestSizeLimit: MAX_VIDEO_BYTES + 2 * 1024 * 1024,
    responseOnLimit: `Tệp tải lên vượt quá dung lượng cho phép (tối đa ${MAX_VIDEO_MB} MB).`,
  },
  // payload-types.ts is written by `npx payload generate:types` when the schema changes (with its migration), not by
  // every start outside production: Payload would otherwise run json-schema-to-typescript and Prettier in the
  // background of each test file, each seed and each script (about 3 s of CPU each, measured here) and rewrite the file
  typescript: { autoGenerate: false, outputFile: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'payload-types.ts') },
})
  .then(jobScheduleServerOnly)
  .then(guardLockedDocuments)
