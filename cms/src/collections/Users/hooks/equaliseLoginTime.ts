import { pbkdf2, randomBytes } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

/** Payload's current password hashing (pbkdf2-sha256, 600 000 iterations, 32 bytes): what a known e-mail costs. */
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const SALT = randomBytes(32).toString('hex')

const dummyHash = (password: string) =>
  new Promise<void>((resolve) => pbkdf2(password, SALT, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()))

/**
 * A login with an unknown e-mail would answer at once while a known one hashes the password first (~100 ms), which
 * tells an attacker which e-mails have accounts; so would a locked account, which Payload refuses before hashing
 * anything. Before Payload's login, both pay the same hash (their words are the same too: ../signInRefused.ts).
 */
export const equaliseLoginTime: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  const locked = !!user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now()
  if (!user || locked) await dummyHash(password)
  return args
}
