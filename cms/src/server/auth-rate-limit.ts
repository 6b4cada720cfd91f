import { type RequestHandler, Router } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'
import { DatabaseRateLimitStore } from '../coordination/rateLimitStore'
import { serverEnv } from './env'
import { staffAuthPath } from './staff-auth-paths'

/**
 * Per-address limits on the two staff endpoints an attacker hammers: signing in (LOGIN_RATE_PER_MINUTE, default 10;
 * LOGIN_RATE_PER_HOUR, default 100) and asking for a password-reset e-mail (FORGOT_PASSWORD_RATE_PER_HOUR,
 * default 5). Payload's own lock-out (10 failures per account) protects one account; these protect all of them from
 * one address, and the mailbox from floods. The counts are in the database (../coordination/rateLimitStore.ts),
 * shared by every CMS process.
 */
export const authRateEnv = () => {
  const { loginPerMinute, loginPerHour, forgotPerHour } = serverEnv()
  return { loginPerMinute, loginPerHour, forgotPerHour }
}

export const LOGIN_LIMITED = 'Bạn đã thử đăng nhập quá nhiều lần từ địa chỉ này. Vui lòng chờ vài phút rồi thử lại.'
export const FORGOT_LIMITED = 'Bạn đã yêu cầu đặt lại mật khẩu quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau một giờ.'

/** A limit answered the way Payload answers errors (JSON `errors[0].message`, which the admin shows), in Vietnamese. */
const limiter = (payload: Payload, name: string, windowMs: number, limit: number, message: string): RequestHandler =>
  rateLimit({
    store: new DatabaseRateLimitStore(() => payload, `${name} ${windowMs}`),
    passOnStoreError: true,
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => void res.status(429).json({ errors: [{ message }], message }),
  })

/** Mounted before Next: only these POSTs are counted; everything else passes through untouched. */
export function authRateLimits(payload: Payload, env = authRateEnv()): Router {
  const router = Router()
  router.post(
    staffAuthPath('login'),
    limiter(payload, 'login', 60_000, env.loginPerMinute, LOGIN_LIMITED),
    limiter(payload, 'login', 60 * 60_000, env.loginPerHour, LOGIN_LIMITED),
  )
  router.post(staffAuthPath('forgot-password'), limiter(payload, 'forgot-password', 60 * 60_000, env.forgotPerHour, FORGOT_LIMITED))
  return router
}
