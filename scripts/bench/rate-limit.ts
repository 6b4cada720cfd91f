/**
 * Benchmark (prints numbers; not a test): how fast the server refuses a client over its limit (the 429 path).
 *   node --import tsx/esm scripts/bench/rate-limit.ts [clients=20] [seconds=15]
 * The steps live in lib/rate-limit.ts (also run by `npm run bench`, scripts/bench/all.ts). Prints req/s and p50/p99
 * of the refusals, and checks that nothing more was stored.
 */
import { measureRateLimit } from './lib/rate-limit.ts'

const clients = Number(process.argv[2] ?? 20)
const seconds = Number(process.argv[3] ?? 15)
const r = await measureRateLimit(clients, seconds)
console.log(`${clients} máy khách, ${seconds} s, vượt giới hạn (429)`)
console.log(`  ${r.requests} yêu cầu, ${r.reqS} yêu cầu/s; p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`)
console.log(`  mã trả lời: ${JSON.stringify(r.statuses)}; góp ý đã lưu: ${r.stored} (phải là 1)`)
process.exitCode = r.ok ? 0 : 1
