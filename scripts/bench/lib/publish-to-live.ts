/**
 * Publish → live on a generated site of N articles, used by scripts/bench/publish-to-live.ts and scripts/bench/all.ts:
 * 1. `seedArticles`: a data folder with N published articles (10 shared local covers), the ten themes and an admin;
 * 2. `startRebuildingServer`: the real server (scripts/serve.ts, production) with automatic rebuilds, signed in;
 * 3. `measurePublish`: a full build asked through the admin endpoint; an edit published through the REST API, timed
 *    until the changed article page is served with the new text; the rebuild after it; a rebuild with no change.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureServerBundle, SERVER_ARGS } from '../../lib/server-bundle.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const ADMIN = { email: 'bench@example.edu.vn', password: 'Do-Hieu-Nang@2026' }

export function benchEnv(dataDir: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    SITE_DIST: path.join(dataDir, 'site'),
    PAYLOAD_SECRET: 'bench-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    DISABLE_PAYLOAD_HMR: 'true',
  }
}

const seconds = (t0: number) => Number(((performance.now() - t0) / 1000).toFixed(2))

/** N published articles in a fresh database (in this process: it sets process.env for Payload). */
export async function seedArticles(dataDir: string, n: number): Promise<number> {
  Object.assign(process.env, benchEnv(dataDir))
  const { payloadInstance } = await import('../../../cms/src/server/payload.ts')
  const { migrateDatabase } = await import('../../../cms/src/migrate.ts')
  const { seed } = await import('../../../cms/src/seed/index.ts')
  const { makeCover } = await import('../../../cms/src/seed/images.ts')
  const { paragraphsToLexical } = await import('../../../cms/src/seed/lexical.ts')
  const payload = await payloadInstance()
  await migrateDatabase(payload)
  await seed(payload, { demoUsers: false, demoContent: false })
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { orgName: 'Phòng Giáo dục và Đào tạo (đo hiệu năng)' },
  })
  const themes = (await payload.find({ collection: 'themes', limit: 10, overrideAccess: true })).docs
  const covers: number[] = []
  for (let i = 0; i < 10; i++) {
    const data = await makeCover(i)
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: `Ảnh minh họa ${i + 1}` },
      file: { data, mimetype: 'image/jpeg', name: `bia-${i}.jpg`, size: data.length },
    })
    covers.push(media.id)
  }
  const t0 = performance.now()
  const paragraphs = (i: number) => [
    `Bài số ${i}: Phòng Giáo dục và Đào tạo triển khai nhiệm vụ năm học với nhiều giải pháp đồng bộ, nâng cao chất lượng giáo dục toàn diện.`,
    'Các nhà trường tập trung đổi mới phương pháp dạy học, tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý.',
    'Công tác phối hợp giữa nhà trường, gia đình và xã hội được chú trọng, tạo môi trường giáo dục an toàn, lành mạnh, thân thiện.',
  ]
  for (let i = 1; i <= n; i++) {
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      context: { skipRebuild: true },
      data: {
        title: `Tin đo hiệu năng số ${i}: hoạt động giáo dục ở các trường`,
        excerpt: `Tóm tắt tin số ${i}.`,
        content: paragraphsToLexical(paragraphs(i)),
        themes: [themes[i % themes.length].id],
        cover: covers[i % covers.length],
        publishedAt: new Date(Date.now() - i * 3_600_000).toISOString(),
        _status: 'published',
      },
    })
  }
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { ...ADMIN, name: 'Đo hiệu năng', role: 'admin' },
  })
  await payload.destroy()
  return seconds(t0)
}

export interface BenchServer {
  child: ChildProcess
  url: string
  /** headers of the signed-in admin, for the REST API */
  auth: Record<string, string>
  stop(): Promise<void>
}

export async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('hết thời gian chờ')
}

/** The real server on the seeded folder, rebuilding the site itself, with the admin signed in. */
export async function startRebuildingServer(dataDir: string): Promise<BenchServer> {
  const port = 3900 + Math.floor(Math.random() * 90)
  const url = `http://127.0.0.1:${port}`
  // the server as production runs it (scripts/lib/server-bundle.ts)
  await ensureServerBundle()
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, ...benchEnv(dataDir), NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const kill = () => child.kill('SIGTERM')
  process.on('exit', kill)
  await until(async () => (await fetch(`${url}/healthz`)).ok, 180_000)
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return {
    child,
    url,
    auth: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      kill()
      await exited
    },
  }
}

export interface PublishReport {
  fullBuildS: number
  fullBuildWallS: number
  fullBuildPhases: string
  publishToLiveS: number
  oneArticleRebuildS: number
  oneArticleRebuildRatio: number
  oneArticleRebuild: { mode: string; pagesRendered: number; pagesReused: number; phases: string }
  unchangedRebuildS: number
  /** the path of the edited article, for loads on an article page */
  articlePath: string
  log: string
}

const phases = (s: Record<string, unknown>) => String(s.logTail ?? '').match(/\[thời gian\][^\n]*/)?.[0] ?? ''

/** Seconds the server is left alone after a build before the next edit (what it does after a build is done by then). */
const IDLE_S = 3
const idle = () => new Promise((r) => setTimeout(r, IDLE_S * 1000))

/**
 * Waits until the server has nothing left to do after its builds: the replaced builds' files deleted (they go to
 * `site.trash` and are deleted in the background, site-build/publish.ts), then IDLE_S more (the next build's Astro
 * process loads meanwhile), so that what is measured next does not share the machine with them.
 */
export async function settle(dataDir: string): Promise<void> {
  const trash = path.join(dataDir, 'site.trash')
  await until(async () => (await fs.promises.readdir(trash).catch(() => [])).length === 0, 300_000)
  await idle()
}

const buildStatus = async ({ url, auth }: BenchServer) =>
  (await (await fetch(`${url}/api/globals/site-build`, { headers: auth })).json()) as Record<string, unknown>
const waitForBuildAfter = async (server: BenchServer, since: string) =>
  until(async () => {
    const s = await buildStatus(server)
    return String(s.finishedAt ?? '') > since && s.status !== 'dang-build'
  }, 900_000)

/**
 * One full build asked for as an officer does (the rebuild button): seconds until the new site is live (the build's
 * own figure), seconds from the request until the build is done (its compressed copies included), and its phases.
 */
export async function fullRebuild(
  server: BenchServer,
): Promise<{ s: number; wallS: number; phases: string; status: Record<string, unknown> }> {
  const since = new Date().toISOString()
  const t0 = performance.now()
  await fetch(`${server.url}/api/globals/site-build/rebuild`, { method: 'POST', headers: server.auth })
  await waitForBuildAfter(server, since)
  const wallS = seconds(t0)
  const status = await buildStatus(server)
  return { s: Number(status.durationSeconds), wallS, phases: phases(status), status }
}

/** Full build, then publish an edit and time it until live, then a rebuild with no change. */
export async function measurePublish(server: BenchServer, n: number): Promise<PublishReport> {
  const { url, auth } = server
  const { wallS: fullBuildWallS, status: full } = await fullRebuild(server)

  // an article in the middle of the list: its page changes, and no other article lists it among its related ones
  const list = await fetch(`${url}/api/articles?limit=1&page=${Math.ceil(n / 2)}&sort=-publishedAt&depth=0`)
  const article = ((await list.json()) as { docs: { id: number; slug: string }[] }).docs[0]
  const articlePath = `/tin-tuc/${article.slug}/`
  const newTitle = `Tin đã sửa lúc ${new Date().toISOString()}`
  // an officer's edit comes a while after the last build, not the moment it ends: the server is idle by then
  await idle()
  let since = new Date().toISOString()
  const t0 = performance.now()
  await fetch(`${url}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: newTitle }) })
  await until(async () => (await (await fetch(`${url}${articlePath}`)).text()).includes(newTitle), 300_000)
  const publishToLiveS = seconds(t0)
  await waitForBuildAfter(server, since)
  const inc = await buildStatus(server)

  await idle()
  since = new Date().toISOString()
  await fetch(`${url}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: newTitle }) })
  await waitForBuildAfter(server, since)
  const none = await buildStatus(server)

  const fullBuildS = Number(full.durationSeconds)
  return {
    fullBuildS,
    fullBuildWallS,
    fullBuildPhases: phases(full),
    publishToLiveS,
    oneArticleRebuildS: Number(inc.durationSeconds),
    oneArticleRebuildRatio: Number((Number(inc.durationSeconds) / fullBuildS).toFixed(3)),
    oneArticleRebuild: {
      mode: String(inc.mode),
      pagesRendered: Number(inc.pagesRendered),
      pagesReused: Number(inc.pagesReused),
      phases: phases(inc),
    },
    unchangedRebuildS: Number(none.durationSeconds),
    articlePath,
    log: String(inc.logTail ?? ''),
  }
}
