/**
 * Benchmark (prints numbers; not a test): publish → live on a generated site of N articles (default 1,000).
 *   node --import tsx/esm scripts/bench/publish-to-live.ts [articles]
 * 1. a fresh data folder with N published articles (10 shared local covers) and the ten themes;
 * 2. the real server (scripts/serve.ts) with automatic rebuilds; a full build asked through the admin endpoint;
 * 3. an edit published through the REST API, timed until the changed article page is served with the new text;
 * 4. the time of the rebuild after that one-article edit, with the pages it rendered and carried over.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../lib/local-env.ts'

const N = Number(process.argv[2] ?? 1000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-'))
const env = {
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
  SITE_DIST: path.join(dataDir, 'site'),
  PAYLOAD_SECRET: 'bench-secret',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  DISABLE_PAYLOAD_HMR: 'true',
}
Object.assign(process.env, env)
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2)

// 1. content
const { payloadInstance } = await import('../../cms/src/server/payload.ts')
const { migrateDatabase } = await import('../../cms/src/migrate.ts')
const { seed } = await import('../../cms/src/seed/index.ts')
const { makeCover } = await import('../../cms/src/seed/images.ts')
const { paragraphsToLexical } = await import('../../cms/src/seed/lexical.ts')
const payload = await payloadInstance()
await migrateDatabase(payload)
await seed(payload, { demoUsers: false, demoContent: false })
await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo (đo hiệu năng)' } })
const themes = (await payload.find({ collection: 'themes', limit: 10, overrideAccess: true })).docs
const covers: number[] = []
for (let i = 0; i < 10; i++) {
  const data = await makeCover(i)
  covers.push(
    (
      await payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: `Ảnh minh họa ${i + 1}` },
        file: { data, mimetype: 'image/jpeg', name: `bia-${i}.jpg`, size: data.length },
      })
    ).id,
  )
}
let t0 = performance.now()
const paragraphs = (i: number) => [
  `Bài số ${i}: Phòng Giáo dục và Đào tạo triển khai nhiệm vụ năm học với nhiều giải pháp đồng bộ, nâng cao chất lượng giáo dục toàn diện.`,
  'Các nhà trường tập trung đổi mới phương pháp dạy học, tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý.',
  'Công tác phối hợp giữa nhà trường, gia đình và xã hội được chú trọng, tạo môi trường giáo dục an toàn, lành mạnh, thân thiện.',
]
for (let i = 1; i <= N; i++) {
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
  data: { email: 'bench@example.edu.vn', password: 'Bench@2026-do', name: 'Đo hiệu năng', role: 'admin' },
})
console.log(`Đã tạo ${N} tin bài trong ${seconds(t0)} giây.`)
await payload.destroy()

// 2. server and full build
const port = 3900 + Math.floor(Math.random() * 90)
const url = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'scripts/serve.ts')], {
  cwd: ROOT,
  env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const stop = () => server.kill('SIGTERM')
process.on('exit', stop)
const until = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('hết thời gian chờ')
}
await until(async () => (await fetch(`${url}/healthz`)).ok, 120_000)
const token = (
  await (
    await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.edu.vn', password: 'Bench@2026-do' }),
    })
  ).json()
).token
const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
const buildStatus = async () => (await (await fetch(`${url}/api/globals/site-build`, { headers: auth })).json()) as Record<string, unknown>
const waitForBuildAfter = async (since: string) =>
  until(async () => {
    const s = await buildStatus()
    return String(s.finishedAt ?? '') > since && s.status !== 'dang-build'
  }, 600_000)

let since = new Date().toISOString()
t0 = performance.now()
await fetch(`${url}/api/globals/site-build/rebuild`, { method: 'POST', headers: auth })
await waitForBuildAfter(since)
const full = await buildStatus()
console.log(
  `Build toàn bộ (${N} tin): ${full.durationSeconds} giây (từ lúc yêu cầu đến khi xong: ${seconds(t0)} giây), trạng thái ${full.status}`,
)
console.log(`  ${String(full.logTail ?? '').match(/\[thời gian\][^\n]*/)?.[0] ?? ''}`)

// 3. publish an edit → live
// an article in the middle of the list: its page changes, and no other article lists it among its related ones
const { docs } = await (await fetch(`${url}/api/articles?limit=1&page=${Math.ceil(N / 2)}&sort=-publishedAt&depth=0`)).json()
const article = docs[0]
const phases = (s: Record<string, unknown>) => String(s.logTail ?? '').match(/\[thời gian\][^\n]*/)?.[0] ?? ''
const newTitle = `Tin đã sửa lúc ${new Date().toISOString()}`
since = new Date().toISOString()
t0 = performance.now()
await fetch(`${url}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: newTitle }) })
await until(async () => (await (await fetch(`${url}/tin-tuc/${article.slug}/`)).text()).includes(newTitle), 120_000)
const live = seconds(t0)
await waitForBuildAfter(since)
const inc = await buildStatus()
console.log(`Xuất bản → trang mới được phục vụ: ${live} giây`)
console.log(
  `Build lại sau khi sửa một tin: ${inc.durationSeconds} giây (${inc.mode}; dựng ${inc.pagesRendered} trang chi tiết, giữ ${inc.pagesReused}); ${((Number(inc.durationSeconds) / Number(full.durationSeconds)) * 100).toFixed(0)}% của build toàn bộ`,
)
console.log(`  ${phases(inc)}`)
if (process.env.BENCH_LOG) fs.writeFileSync(process.env.BENCH_LOG, String(inc.logTail ?? ''))

// a rebuild with no change at all
since = new Date().toISOString()
await fetch(`${url}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: newTitle }) })
await waitForBuildAfter(since)
const none = await buildStatus()
console.log(`Build lại khi nội dung không đổi: ${none.durationSeconds} giây\n  ${phases(none)}`)
stop()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
