/** HTTP load with autocannon (50 connections by default): requests per second and latency percentiles. */
import autocannon from 'autocannon'

export interface HttpLoad {
  reqS: number
  p50Ms: number
  p99Ms: number
  /** answers by status class, e.g. { '2xx': 1000, '4xx': 0 } */
  statuses: Record<string, number>
  errors: number
  timeouts: number
}

/** The duration of each load in seconds: BENCH_SECONDS (e.g. 3 for a quick check), else 30. */
export const benchSeconds = () => Number(process.env.BENCH_SECONDS ?? 30)

export async function httpLoad(options: autocannon.Options): Promise<HttpLoad> {
  const r = await autocannon({ connections: 50, duration: benchSeconds(), ...options })
  return {
    reqS: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    statuses: { '1xx': r['1xx'], '2xx': r['2xx'], '3xx': r['3xx'], '4xx': r['4xx'], '5xx': r['5xx'] },
    errors: r.errors,
    timeouts: r.timeouts,
  }
}
