/**
 * Benchmark (prints numbers; not a test): publish → live on a generated site of N articles (default 1,000).
 *   node --import tsx/esm scripts/bench/publish-to-live.ts [articles]
 * The steps live in lib/publish-to-live.ts (also run by `npm run bench`, scripts/bench/all.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measurePublish, seedArticles, startRebuildingServer } from './lib/publish-to-live.ts'

const N = Number(process.argv[2] ?? 1000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-'))
console.log(`Đã tạo ${N} tin bài trong ${await seedArticles(dataDir, N)} giây.`)
const server = await startRebuildingServer(dataDir)
try {
  const r = await measurePublish(server, N)
  console.log(`Build toàn bộ (${N} tin): ${r.fullBuildS} giây (từ lúc yêu cầu đến khi xong: ${r.fullBuildWallS} giây)`)
  console.log(`  ${r.fullBuildPhases}`)
  console.log(`Xuất bản → trang mới được phục vụ: ${r.publishToLiveS} giây`)
  const inc = r.oneArticleRebuild
  console.log(
    `Build lại sau khi sửa một tin: ${r.oneArticleRebuildS} giây (${inc.mode}; dựng ${inc.pagesRendered} trang chi tiết, giữ ${inc.pagesReused}); ${(r.oneArticleRebuildRatio * 100).toFixed(0)}% của build toàn bộ`,
  )
  console.log(`  ${inc.phases}`)
  if (process.env.BENCH_LOG) fs.writeFileSync(process.env.BENCH_LOG, r.log)
  console.log(`Build lại khi nội dung không đổi: ${r.unchangedRebuildS} giây`)
} finally {
  await server.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
