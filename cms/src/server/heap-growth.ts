import v8 from 'node:v8'

/**
 * How far the server's JavaScript heap may grow past what it holds before V8 collects it: 50 % (V8's own factor
 * reaches 4× on a machine with plenty of memory). The server holds about 100 MB of live objects in its old
 * generation, yet under `npm run bench`'s static-page load at 5,000 articles that generation grew from 140 to 290 MB,
 * mostly garbage, before a collection; the process's peak then was 761 MiB. Measured at 5,000 articles
 * (`npm run bench -- 5000`, 10 s loads, one run each): the peak under the static load 493 MiB at 25 %, 543 at 50 %,
 * both within the 600 MB the server must stay under. A flood of submissions collects far more often at 25 %:
 * `scripts/bench/intake.ts` (15 s, 3 runs each) gave p99 242–265 ms at 25 % against 203–234 at 50 %, the same
 * submissions a second (344–359). Set once, by the long-running server (scripts/lib/serve.ts), not in tests or
 * one-off scripts.
 */
export const HEAP_GROWING_PERCENT = 50

export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
