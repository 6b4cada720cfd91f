import { config } from '@gd/shared/config'

/** What the express server reads of the configuration (shared/src/config.ts: validated once, with the defaults). */
export const serverEnv = () => {
  const c = config()
  return {
    port: c.PORT,
    host: c.HOST,
    /** express "trust proxy": set to the number of proxies in front (1 behind nginx) so rate limits see the client IP. */
    trustProxy: c.TRUST_PROXY,
    feedbackPerMinute: c.FEEDBACK_RATE_PER_MINUTE,
    feedbackPerDay: c.FEEDBACK_RATE_PER_DAY,
    bodyLimitBytes: c.FEEDBACK_BODY_LIMIT,
    lookupPerMinute: c.LOOKUP_RATE_PER_MINUTE,
    lookupPerDay: c.LOOKUP_RATE_PER_DAY,
    lookupAttemptsPerCode: c.LOOKUP_ATTEMPTS_PER_CODE,
    ratingPerMinute: c.RATING_RATE_PER_MINUTE,
    ratingPerDay: c.RATING_RATE_PER_DAY,
    loginPerMinute: c.LOGIN_RATE_PER_MINUTE,
    loginPerHour: c.LOGIN_RATE_PER_HOUR,
    forgotPerHour: c.FORGOT_PASSWORD_RATE_PER_HOUR,
    /** the live build's files kept in memory, at most (./site-files-in-memory.ts; 0 keeps none) */
    siteMemoryBytes: c.SITE_MEMORY_MIB * 1024 * 1024,
  }
}

export type ServerEnv = ReturnType<typeof serverEnv>
