import type { RequestHandler } from 'express'
import { staffAuthPath } from './staff-auth-paths'

/**
 * The staff requests that change an account's sessions: signing in (and the first account's registration, which signs
 * it in), renewing the session, signing out, and setting a new password from a reset e-mail (which signs in).
 */
const SESSION_CHANGES = new Set((['login', 'logout', 'refresh-token', 'reset-password', 'first-register'] as const).map(staffAuthPath))

/**
 * Those requests are handed to Payload one at a time, each when the one before it has been answered.
 *
 * Payload keeps an account's sessions as one list on the account, and changes it by reading the account, working
 * (checking the password takes a tenth of a second) and writing the whole list back. Two such changes to one account
 * at once each write a list without the other's change: measured here, two sign-ins to one account at the same moment
 * lost one of the two sessions in each of 10 rounds (that person is signed out at their next click), and a sign-out
 * beside a sign-in can bring the signed-out session back. Accounts a department's staff share, or one person's phone
 * and computer, do sign in at the same moment. These requests are few (the per-address limits, ./auth-rate-limit.ts,
 * come before this), so the queue is global rather than per account: the account is in the body, which is Payload's
 * to read. It covers one server process; a second process (deploy/) can still race with this one. A request that
 * takes longer than TURN_MS gives up its turn then, so one stuck request does not stop every sign-in.
 */
const TURN_MS = 10_000

export function sessionChangesInTurn(): RequestHandler {
  let last: Promise<void> = Promise.resolve()
  return (req, res, next) => {
    if (req.method !== 'POST' || !SESSION_CHANGES.has(req.path)) return next()
    const before = last
    let answered!: () => void
    last = new Promise<void>((resolve) => (answered = resolve))
    // 'close' comes once the answer is sent, or when the client went away (its request is then not handed on at all)
    res.once('close', () => answered())
    setTimeout(() => answered(), TURN_MS).unref()
    void before.then(() => (req.socket.destroyed ? answered() : next()))
  }
}
