import crypto from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'
import { processAlive } from '../utilities/processAlive'
import { isUniqueViolation } from '../utilities/uniqueViolation'

/**
 * One holder at a time across processes, through the database (the `leases` collection), with the same Local API
 * calls on SQLite and MongoDB:
 * - taking: delete the row of this name if it ran out (one DELETE … WHERE / deleteMany: the condition is checked by
 *   the database itself), then create the row; the unique index on `name` lets exactly one create win, whatever
 *   the number of processes racing — the others get a unique-value error and do not hold it;
 * - keeping: the holder pushes `expiresAt` forward (update where name and owner are its own) well before it runs
 *   out; a holder that died stops doing so and its row runs out after `ttlMs`;
 * - giving back: the holder deletes its own row (name and owner), so the next one need not wait for the expiry.
 * A read-modify-write of one row (find, then update) would let two processes both see it free; an insert
 * against a unique index cannot. A holder known to be dead — on this host, its process gone (killed, crashed,
 * restarted) — is not waited for: its row is deleted (that owner's row only) and taken at once.
 */
export const PROCESS_OWNER = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`

/** Takes or keeps the lease `name` for `ttlMs`; whether this owner holds it now. */
export async function holdLease(payload: Payload, name: string, ttlMs: number, owner = PROCESS_OWNER): Promise<boolean> {
  const now = Date.now()
  const expiresAt = new Date(now + ttlMs).toISOString()
  if (await renewLease(payload, name, ttlMs, owner)) return true
  await payload.db.deleteMany({
    collection: 'leases',
    where: { and: [{ name: { equals: name } }, { expiresAt: { less_than: new Date(now).toISOString() } }] },
  })
  if (await create(payload, name, owner, expiresAt)) return true
  const holder = await leaseHolder(payload, name)
  if (!holder || !ownerDead(holder.owner)) return false
  await releaseLease(payload, name, holder.owner)
  payload.logger.warn(`Quyền chạy "${name}" của ${holder.owner} (tiến trình đã dừng) được gỡ; nhận ngay.`)
  return create(payload, name, owner, expiresAt)
}

async function create(payload: Payload, name: string, owner: string, expiresAt: string): Promise<boolean> {
  try {
    await payload.create({ collection: 'leases', data: { name, owner, expiresAt }, overrideAccess: true, depth: 0 })
    return true
  } catch (err) {
    if (isUniqueViolation(err)) return false
    throw err
  }
}

/** An owner (host:pid:…) that ran on this host and whose process no longer exists. */
export function ownerDead(owner: string): boolean {
  const [host, pid] = owner.split(':')
  return host === os.hostname() && Number(pid) !== process.pid && Number(pid) > 0 && !processAlive(Number(pid))
}

/** Keeps the lease `name` for `ttlMs` more if this owner still holds it (never takes it). */
export async function renewLease(payload: Payload, name: string, ttlMs: number, owner = PROCESS_OWNER): Promise<boolean> {
  const mine = await payload.update({
    collection: 'leases',
    where: { and: [{ name: { equals: name } }, { owner: { equals: owner } }] },
    data: { expiresAt: new Date(Date.now() + ttlMs).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return mine.docs.length > 0
}

/** Gives the lease back if this owner holds it. */
export async function releaseLease(payload: Payload, name: string, owner = PROCESS_OWNER): Promise<void> {
  await payload.db.deleteMany({
    collection: 'leases',
    where: { and: [{ name: { equals: name } }, { owner: { equals: owner } }] },
  })
}

/** Who holds the lease `name` (and until when), or null. */
export async function leaseHolder(payload: Payload, name: string): Promise<{ owner: string; expiresAt: string } | null> {
  const { docs } = await payload.find({ collection: 'leases', where: { name: { equals: name } }, limit: 1, overrideAccess: true, depth: 0 })
  const doc = docs[0]
  return doc ? { owner: doc.owner, expiresAt: doc.expiresAt } : null
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Runs `work` holding the lease `name`: waits for it (reporting the wait through onWait, once and then every
 * 30 s), keeps it while the work runs, gives it back after.
 */
export async function withLease<T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
  { ttlMs = 60_000, pollMs = 1000, onWait = (_m: string) => undefined as void } = {},
): Promise<T> {
  const started = Date.now()
  let lastReport = 0
  while (!(await holdLease(payload, name, ttlMs))) {
    if (Date.now() - lastReport >= 30_000) {
      lastReport = Date.now()
      const holder = await leaseHolder(payload, name)
      onWait(`Đang chờ một tiến trình khác làm xong (${holder?.owner ?? 'chưa rõ'}, giữ đến ${holder?.expiresAt ?? '?'}).`)
    }
    await sleep(pollMs)
  }
  if (lastReport) onWait(`Đã hết chờ sau ${Math.round((Date.now() - started) / 1000)} giây.`)
  // renewed only (a renewal never takes it again, even one still running when the work ends)
  let renewing: Promise<unknown> = Promise.resolve()
  const keep = setInterval(() => (renewing = renewLease(payload, name, ttlMs).catch(() => undefined)), ttlMs / 3)
  try {
    return await work()
  } finally {
    clearInterval(keep)
    await renewing
    await releaseLease(payload, name).catch(() => undefined)
  }
}
