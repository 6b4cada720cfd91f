import v8 from 'node:v8'

/**
 * How far the server's JavaScript heap may grow past what it holds before V8 collects it: 25 % (V8's own factor
 * reaches 4× on a machine with plenty of memory). The server holds about 100 MB of live objects in its old
 * generation, yet under `npm run bench`'s static-page load at 5,000 articles that generation grew from 140 to 290 MB,
 * mostly garbage, before a collection. With this limit it stayed near 140 MB, and the process's peak resident memory
 * was 564 MB against 600–607 at 50 % (761 with V8's default, measured before the compression moved to processes),
 * with the same answers per second (about 14,000) and the same publish → live. Set once, by the long-running server
 * (scripts/lib/serve.ts), not in tests or one-off scripts.
 */
export const HEAP_GROWING_PERCENT = 25

export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
