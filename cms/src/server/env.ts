/** Server settings from the environment, with the embedded defaults. */
export function int(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number.parseInt(raw, 10)
  if (!Number.isFinite(n) || n < 0) throw new Error(`Biến môi trường ${name} phải là số nguyên không âm (đang là "${raw}").`)
  return n
}

export const serverEnv = () => ({
  port: int('PORT', 3000),
  host: process.env.HOST || '0.0.0.0',
  /** express "trust proxy": set to the number of proxies in front (1 behind nginx) so rate limits see the client IP. */
  trustProxy: int('TRUST_PROXY', 0),
  feedbackPerMinute: int('FEEDBACK_RATE_PER_MINUTE', 5),
  feedbackPerDay: int('FEEDBACK_RATE_PER_DAY', 500),
  bodyLimitBytes: int('FEEDBACK_BODY_LIMIT', 20 * 1024),
})

export type ServerEnv = ReturnType<typeof serverEnv>
