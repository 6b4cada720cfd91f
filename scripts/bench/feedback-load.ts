/**
 * Benchmark (prints numbers; not a test): feedback posted by many clients, then checked (issue 14 §3).
 *   node --import tsx/esm scripts/bench/feedback-load.ts [clients=200] [seconds=60] [--kill]
 * A fresh data folder (migrations and the production seed), the real server (scripts/serve.ts, production mode,
 * rate limits raised), `clients` concurrent posters for `seconds`; with --kill the server gets kill -9 halfway and
 * is started again on the same files. Each client sends a submission again with its idempotency key when the answer
 * does not come. Prints req/s, p50/p99, memory at rest and at peak, and the checks: every code answered 2xx stored
 * exactly once, nothing stored that was not answered, integrity_check ok.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { prepare, runLoad } from './lib/feedback-load.ts'

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const clients = Number(args[0] ?? 200)
const seconds = Number(args[1] ?? 60)
const kill = process.argv.includes('--kill')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-load-'))
try {
  await prepare(dataDir)
  const r = await runLoad({ dataDir, clients, seconds, killAt: kill ? seconds / 2 : undefined })
  console.log(`${clients} máy khách, ${seconds} s${kill ? ', kill -9 ở giữa' : ''}`)
  console.log(
    `  yêu cầu ${r.requests} (gửi lại ${r.retries}), góp ý được trả lời 2xx ${r.acknowledged}, bỏ cuộc ${r.failed}; ${r.reqPerSec} góp ý/s; p50 ${r.p50ms} ms, p99 ${r.p99ms} ms`,
  )
  if (Object.keys(r.failures).length) console.log(`  yêu cầu không được trả lời 2xx, theo lý do: ${JSON.stringify(r.failures)}`)
  console.log(`  bộ nhớ (RSS) lúc nghỉ ${r.rssAtRestMb} MB, cao nhất khi tải ${r.rssPeakMb} MB`)
  if (r.restartSeconds !== null)
    console.log(
      `  khởi động lại sau kill -9: ${r.restartSeconds} s, không sửa tay; nhận góp ý sau đó: ${r.acceptedAfterRestart ? 'có' : 'KHÔNG'}`,
    )
  console.log(
    `  lưu ${r.stored}; mất ${r.lost.length}; trùng ${r.duplicates}; lưu mà không trả lời ${r.storedNotAcknowledged}; integrity_check: ${r.integrity}`,
  )
  const ok =
    r.lost.length === 0 &&
    r.duplicates === 0 &&
    r.integrity === 'ok' &&
    r.storedNotAcknowledged === 0 &&
    (!kill || r.acceptedAfterRestart === true)
  console.log(ok ? 'KẾT QUẢ: không mất góp ý nào.' : 'KẾT QUẢ: CÓ SAI LỆCH.')
  process.exitCode = ok ? 0 : 1
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}
