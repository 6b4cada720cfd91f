import { type RequestHandler, Router } from 'express'
import { staffAuthPath } from './staff-auth-paths'

/**
 * A request for a password-reset e-mail answers the same whether or not the address has an account (Payload's words),
 * but not in the same time: for an account Payload writes a token, reads the settings for the mail and hands it to
 * the mail server, which alone took 400 ms against a slow relay; for none it answers after one read. Timing it told an
 * attacker which addresses have accounts. The mail now goes out after the answer (../collections/Users/resetEmail.ts),
 * and the answer leaves RESET_ANSWER_MS after the request arrived, whichever way it went (longer only if the work did).
 */
export const RESET_ANSWER_MS = 300

/** Node's one way from a response to its connection (http's OutgoingMessage): headers and body all pass there. */
type Outgoing = { _writeRaw: (...args: unknown[]) => boolean }

/**
 * Holds what the handlers after this one send until `ms` after the request arrived, then lets it go in its order. It is
 * held where the response's bytes leave for the connection, below whatever wraps the response's methods (Next
 * compresses its own answers), so every wrapper sees the response as sent. A client that goes away lets it go at once.
 */
export function answerNoSoonerThan(ms: number): RequestHandler {
  return (_req, res, next) => {
    const outgoing = res as unknown as Outgoing
    const writeRaw = outgoing._writeRaw
    const queue: unknown[][] = []
    let held = true
    const release = () => {
      if (!held) return
      held = false
      clearTimeout(timer)
      for (const args of queue.splice(0)) writeRaw.apply(res, args)
    }
    const timer = setTimeout(release, ms)
    res.once('close', release)
    outgoing._writeRaw = (...args: unknown[]) => {
      if (!held) return writeRaw.apply(res, args)
      queue.push(args)
      return true
    }
    next()
  }
}

/** Mounted before Next, after the rate limits (a refusal for too many requests says nothing about an account). */
export function resetRequestTime(): Router {
  const router = Router()
  router.post(staffAuthPath('forgot-password'), answerNoSoonerThan(RESET_ANSWER_MS))
  return router
}
