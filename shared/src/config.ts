/**
 * The product's configuration from the environment: every variable the CMS, the server, the site build and the
 * scripts read, validated once with zod, with the embedded defaults. A bad value stops the program at start with a
 * Vietnamese message naming the variable, what it must be and what it was; an empty value counts as unset.
 *
 * Read it with `config()` (parsed once and kept while the environment stays the same; a program that sets variables
 * before it starts, as scripts/lib/local-env.ts and the tests do, gets them) or `readConfig(env)` for a given one.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The repository's root: the embedded default keeps its data in ROOT/data and builds the site into ROOT/site/dist. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const int = (fallback: number, min: number, max: number) => {
  const error = `phải là một số nguyên từ ${min} đến ${max}`
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error })
    .transform(Number)
    .pipe(z.number().min(min, { error }).max(max, { error }))
    .default(fallback)
}
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'phải là true hoặc false' })
    .transform((v) => v === 'true' || v === '1')
    .default(fallback)
const onOff = (fallback: 'on' | 'off') => z.enum(['on', 'off'], { error: 'phải là on hoặc off' }).default(fallback)
const text = (fallback: string) => z.string().default(fallback)
const optional = z.string().optional()
const origin = z
  .url({ protocol: /^https?$/, error: 'phải là một địa chỉ http:// hoặc https:// (ví dụ https://gddt.example.gov.vn)' })
  .transform((u) => u.replace(/\/+$/, ''))
const cron = (fallback: string) =>
  z
    .string()
    .regex(/^\S+( \S+){4,5}$/, { error: 'phải là một biểu thức cron 5 hoặc 6 trường (ví dụ */10 * * * * *)' })
    .default(fallback)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'phải là development, production hoặc test' }).default('development'),
  // the server
  PORT: int(3000, 0, 65_535),
  HOST: text('0.0.0.0'),
  TRUST_PROXY: int(0, 0, 10),
  PUBLIC_URL: origin.optional(),
  PAYLOAD_SECRET: optional,
  // one JSON line per request on standard output (cms/src/server/request-log.ts)
  REQUEST_LOG: onOff('on'),
  // data
  DATABASE_URL: z
    .string()
    .regex(/^(file:|mongodb(\+srv)?:\/\/)/, { error: 'phải bắt đầu bằng file: hoặc mongodb://' })
    .optional(),
  DB_PUSH: flag(false),
  DATA_DIR: optional,
  MEDIA_DIR: optional,
  FILES_DIR: optional,
  // public forms
  FEEDBACK_RATE_PER_MINUTE: int(5, 0, 100_000),
  // per-day limits high enough for a mobile carrier's shared address (a low one is a denial of service for everyone)
  FEEDBACK_RATE_PER_DAY: int(500, 0, 10_000_000),
  FEEDBACK_BODY_LIMIT: int(20 * 1024, 1024, 1024 * 1024),
  LOOKUP_RATE_PER_MINUTE: int(10, 0, 100_000),
  LOOKUP_RATE_PER_DAY: int(2000, 0, 10_000_000),
  LOOKUP_ATTEMPTS_PER_CODE: int(10, 1, 100_000),
  RATING_RATE_PER_MINUTE: int(5, 0, 100_000),
  RATING_RATE_PER_DAY: int(500, 0, 10_000_000),
  // sign-in, per address
  LOGIN_RATE_PER_MINUTE: int(10, 1, 1_000_000),
  LOGIN_RATE_PER_HOUR: int(100, 1, 1_000_000),
  FORGOT_PASSWORD_RATE_PER_HOUR: int(5, 1, 1_000_000),
  // feedback handling
  FEEDBACK_ACK_DAYS: int(10, 1, 365),
  FEEDBACK_ANSWER_DAYS: int(15, 1, 365),
  FEEDBACK_RETENTION_CRON: cron('0 15 2 * * *'),
  JOBS_CRON: cron('*/10 * * * * *'),
  // the public site and its build
  SITE_REBUILD: onOff('on'),
  SITE_REBUILD_DEBOUNCE_MS: int(250, 0, 600_000),
  SITE_DIST: optional,
  // the live build's files the server keeps in memory, at most this many MiB (cms/src/server/site-files-in-memory.ts; 0: none)
  SITE_MEMORY_MIB: int(64, 0, 4096),
  SITE_CACHE_DIR: optional,
  SITE_BUILD_MODE: z.enum(['full', 'incremental'], { error: 'phải là full hoặc incremental' }).default('full'),
  SITE_PREVIEW: optional,
  SITE_PREVIOUS: optional,
  CMS_URL: origin.default('http://localhost:3000'),
  // e-mail
  SMTP_HOST: optional,
  SMTP_PORT: int(587, 1, 65_535),
  SMTP_USER: optional,
  SMTP_PASS: optional,
  SMTP_SECURE: flag(false),
  SMTP_TLS_REJECT_UNAUTHORIZED: flag(true),
  MAIL_FROM: z.email({ error: 'phải là một địa chỉ e-mail' }).default('no-reply@example.edu.vn'),
  MAIL_FROM_NAME: text('Trang thông tin điện tử'),
  // seeding
  SEED_DEMO: flag(false),
  ADMIN_EMAIL: z.email({ error: 'phải là một địa chỉ e-mail' }).optional(),
  ADMIN_PASSWORD: optional,
})

type Parsed = z.infer<typeof schema>

/** The configuration, with the folders resolved to absolute paths. */
export type Config = Parsed & {
  DATA_DIR: string
  MEDIA_DIR: string
  FILES_DIR: string
  /** DATA_DIR/report-files: urgent reports' attachments and signed scans, never public (kept by the backup). */
  REPORT_FILES_DIR: string
  SITE_DIST: string
  DATABASE_URL: string
  isProduction: boolean
  /** PUBLIC_URL, else http://localhost:3000: the origin of links in e-mails and of the site's canonical URLs. */
  publicOrigin: string
}

export class ConfigError extends Error {}

/** Parses an environment; throws ConfigError listing every bad variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(Object.keys(schema.shape).flatMap((k) => (env[k]?.trim() ? [[k, env[k]]] : [])))
  const result = schema.safeParse(known)
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0])
      return `- ${name} ${i.message} (đang là "${String(known[name]).slice(0, 80)}")`
    })
    throw new ConfigError(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`)
  }
  const c = result.data
  const dataDir = path.resolve(c.DATA_DIR ?? path.join(ROOT_DIR, 'data'))
  return {
    ...c,
    DATA_DIR: dataDir,
    MEDIA_DIR: path.resolve(c.MEDIA_DIR ?? path.join(dataDir, 'media')),
    FILES_DIR: path.resolve(c.FILES_DIR ?? path.join(dataDir, 'files')),
    REPORT_FILES_DIR: path.join(dataDir, 'report-files'),
    SITE_DIST: path.resolve(c.SITE_DIST ?? path.join(ROOT_DIR, 'site', 'dist')),
    DATABASE_URL: c.DATABASE_URL ?? `file:${path.join(dataDir, 'cms.db')}`,
    isProduction: c.NODE_ENV === 'production',
    publicOrigin: c.PUBLIC_URL ?? 'http://localhost:3000',
  }
}

let cached: { key: string; config: Config } | undefined
/** The process's configuration: parsed on the first call, and again only if the environment has changed since. */
export function config(): Config {
  const key = Object.keys(schema.shape)
    .map((k) => process.env[k] ?? '')
    .join('\u0000')
  if (cached?.key !== key) cached = { key, config: readConfig(process.env) }
  return cached.config
}
