/**
 * `node --import tsx/esm scripts/bench/intake.ts`: the intake benchmark alone (lib/intake.ts): `POST /gop-y/gui/`
 * beside Payload's REST create of the same feedback, in one sitting. BENCH_SECONDS sets each load's duration
 * (default 30). Prints numbers and ends with one JSON line; not a test.
 */
import { measureIntake } from './lib/intake.ts'

const { intake, restCreate, ...figures } = await measureIntake()
console.log(`[bench] tiếp nhận ${intake.reqS} yêu cầu/s (p50 ${intake.p50Ms} ms, p99 ${intake.p99Ms} ms)`)
console.log(`[bench] REST create ${restCreate.reqS} yêu cầu/s (p50 ${restCreate.p50Ms} ms, p99 ${restCreate.p99Ms} ms)`)
console.log(JSON.stringify({ ...figures, intake, restCreate }))
process.exit(0)
