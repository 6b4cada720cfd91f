import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { ADMIN_DATE_FORMAT } from '@gd/shared/dates'
import { Articles } from './collections/Articles'
import { Exemplars } from './collections/Exemplars'
import { Feedback } from './collections/Feedback'
import { Media } from './collections/Media'
import { Schools } from './collections/Schools'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { SiteSettings } from './globals/SiteSettings'
import { secret } from './utilities/secret'

export default buildConfig({
  serverURL: process.env.PUBLIC_URL || '',
  secret: secret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    meta: { titleSuffix: ' · Quản trị nội dung', title: 'Quản trị nội dung' },
    importMap: { baseDir: path.dirname(fileURLToPath(import.meta.url)) },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  collections: [Articles, Exemplars, Themes, Schools, Media, Feedback, Users],
  globals: [SiteSettings],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disable: true },
  telemetry: false,
  upload: { limits: { fileSize: 12 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'payload-types.ts') },
})
