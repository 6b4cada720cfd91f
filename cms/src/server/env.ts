/** Server settings from the environment, with the embedded defaults. */
function int(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number.parseInt(raw, 10)
  if (!Number.isFinite(n) || n < 0) throw new Error(`Biến môi trường ${name} phải là số nguyên không âm (đang là "${raw}").`)
  return n
}

/** Like int(), but an unset or invalid value falls back to the default (the lookup's and the rating's limits). */
function intOr(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

export const serverEnv = () => ({
  port: int('PORT', 3000),
  host: process.env.HOST || '0.0.0.0',
  /** express "trust proxy": set to the number of proxies in front (1 behind nginx) so rate limits see the client IP. */
  trustProxy: int('TRUST_PROXY', 0),
  feedbackPerMinute: int('FEEDBACK_RATE_PER_MINUTE', 5),
  feedbackPerDay: int('FEEDBACK_RATE_PER_DAY', 30),
  bodyLimitBytes: int('FEEDBACK_BODY_LIMIT', 20 * 1024),
  lookupPerMinute: intOr('LOOKUP_RATE_PER_MINUTE', 10),
  lookupPerDay: intOr('LOOKUP_RATE_PER_DAY', 100),
  ratingPerMinute: intOr('RATING_RATE_PER_MINUTE', 5),
  ratingPerDay: intOr('RATING_RATE_PER_DAY', 30),
})

export type ServerEnv = ReturnType<typeof serverEnv>
