import type { Payload } from 'payload'
import type { Feedback } from '../../payload-types'
import { PROCESS_OWNER, ownerDead } from '../../coordination/lease'
import { type FeedbackSettings, feedbackSettings, withFeedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { ATTEMPTS, exhausted, freshCode } from './referenceCode'
import { earlierCode } from './resubmission'
import { isUniqueViolation } from '../../utilities/uniqueViolation'

/**
 * The intake queue: how a citizen's submission becomes a feedback item, so that a flood is taken in as fast as one
 * row can be written, and nothing answered is ever lost or stored twice.
 * - A submission is first written as one row of `feedback-intake` (./intakeQueue.ts: no hooks; its code and key
 *   unique), then stored as a feedback item by `payload.create` (the triage, the deadlines counted from the time
 *   received, the acknowledgement e-mail: ./hooks.ts), and its row deleted.
 * - At ordinary load the submission stores its own row before it is answered: the citizen is answered once the item
 *   exists, as before the queue.
 * - In a flood (more than FLOOD_PER_SECOND submissions received by this process within the last second), a
 *   submission is answered as soon as its row is written, and the drainer below stores the rows in order: while the
 *   flood lasts it stores one row every FLOOD_STORE_EVERY_MS (the citizens waiting for an answer come first), then
 *   the rest at full speed.
 * - Exactly once: the drainer creates the item under the row's code, which is unique among items, so a row stored
 *   already (by another process, or before a crash lost its delete: the item has the row's key) only has its row
 *   deleted.
 * - A crash loses nothing answered: the rows stay; the next start (or any process, for a row of a process that is
 *   gone, or older than STALE_MS) stores them. A row whose store fails is tried again after RETRY_MS.
 */
const FLOOD_PER_SECOND = 20
const FLOOD_STORE_EVERY_MS = 250
const STALE_MS = 60_000
const RETRY_MS = 5_000

type FeedbackData = Omit<Feedback, 'id' | 'updatedAt' | 'createdAt'>
interface Row {
  code: string
  key: string
  owner: string
  receivedAt: string
  data: FeedbackData
}

/** when this process received its latest submissions (the last second's, at most FLOOD_PER_SECOND + 1) */
const received: number[] = []
let draining: Promise<void> | null = null
const failedUntil = new Map<string, number>()

function flooded(now = performance.now()): boolean {
  while (received.length > 0 && now - received[0]! > 1000) received.shift()
  return received.length > FLOOD_PER_SECOND
}

function countReceived(): void {
  received.push(performance.now())
  if (received.length > FLOOD_PER_SECOND + 1) received.shift()
}

const queuedRow = async (payload: Payload, field: 'key' | 'code', value: string): Promise<Row | null> =>
  (await payload.db.find<Row>({ collection: 'feedback-intake', where: { [field]: { equals: value } }, limit: 1, pagination: false }))
    .docs[0] ?? null

/** The code of a submission with this key waiting in the queue, if any. */
export const queuedCode = async (payload: Payload, key: string): Promise<string | null> =>
  (await queuedRow(payload, 'key', key))?.code ?? null

/**
 * A queued submission by its code, as the item it will be (just received, its one history step), or null: the
 * lookup finds a submission answered before it was stored.
 */
export async function queuedByCode(payload: Payload, code: string): Promise<FeedbackData | null> {
  const data = (await queuedRow(payload, 'code', code))?.data
  return data ? { ...data, statusHistory: [{ kind: 'status', status: data.status, at: data.receivedAt }] } : null
}

/** A store found its code taken by another item (a staff create that drew the same code at the same moment). */
class CodeTakenByAnother extends Error {}

/**
 * Writes the submission (`data` without its code) to the queue under a fresh code and `key`, stores it before
 * answering unless this process is flooded, and returns its code. A submission with the same key queued or stored
 * meanwhile (by another process) gets that one's code; a code taken meanwhile, in the queue or among the items, is
 * drawn again.
 */
export async function takeIn(
  payload: Payload,
  key: string,
  data: Omit<FeedbackData, 'code'>,
  now: Date,
  settings: FeedbackSettings,
): Promise<string> {
  countReceived()
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // a code waiting in the queue already is refused by the queue's unique code below, and drawn again
    const code = await freshCode(payload, now, { queueRefusesTaken: true })
    const row: Row = { code, key, owner: PROCESS_OWNER, receivedAt: now.toISOString(), data: { ...data, code } as FeedbackData }
    try {
      // without reading the row back (`returning: false`): what was written is known
      await payload.db.create({ collection: 'feedback-intake', data: { ...row }, returning: false })
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      const earlier = (await queuedCode(payload, key)) ?? (await earlierCode(payload, key, now))
      if (earlier) return earlier
      continue
    }
    if (flooded() || draining) {
      void drain(payload)
      return code
    }
    try {
      await store(payload, row, { settings })
      return code
    } catch (err) {
      if (!(err instanceof CodeTakenByAnother)) throw err
    }
  }
  throw exhausted()
}

/** Whether this row's item is stored already (its code taken by an item of the same submission), or another took the code. */
async function storedAlready(payload: Payload, row: Row): Promise<boolean | 'another'> {
  const { docs } = await payload.db.find<{ resubmissionKey?: string | null }>({
    collection: 'feedback',
    where: { code: { equals: row.code } },
    limit: 1,
    pagination: false,
  })
  if (!docs[0]) return false
  return docs[0].resubmissionKey === row.key ? true : 'another'
}

/**
 * Stores one row as a feedback item (or finds it stored already) and deletes the row. The submission's own store
 * (`own`) fails as a store without the queue did: its row is deleted and the error thrown, so nothing is left half
 * done and the citizen gets no code (`takeIn` draws again when the code was taken). The drainer's failure is logged
 * and the row tried again after RETRY_MS.
 */
async function store(payload: Payload, row: Row, own?: { settings: FeedbackSettings }): Promise<void> {
  try {
    const settings = own?.settings ?? (await feedbackSettings(payload))
    try {
      await payload.create({
        collection: 'feedback',
        overrideAccess: true,
        depth: 0,
        // the code was drawn fresh when queued; the deadlines count from the time received; the hooks reuse the settings
        context: { codeChecked: true, feedbackNow: row.receivedAt, ...withFeedbackSettings(settings) },
        data: row.data,
      })
    } catch (err) {
      const stored = await storedAlready(payload, row)
      if (stored === 'another') throw new CodeTakenByAnother(`Mã ${row.code} đã thuộc một ý kiến khác.`)
      if (!stored) throw err
    }
    await payload.db.deleteMany({ collection: 'feedback-intake', where: { code: { equals: row.code } } })
    failedUntil.delete(row.code)
  } catch (err) {
    if (own) {
      await payload.db.deleteMany({ collection: 'feedback-intake', where: { code: { equals: row.code } } })
      throw err
    }
    failedUntil.set(row.code, Date.now() + RETRY_MS)
    payload.logger.error({ err, msg: `Chưa lưu được ý kiến ${row.code} từ hàng chờ; sẽ thử lại.` })
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/**
 * Lets the server answer what came in meanwhile. An embedded database answers without waiting for any I/O, so a
 * loop of stores never left the event loop otherwise: after a flood, the drain of 3,000 queued rows kept the server
 * from answering anything, its health check included, for 17 s.
 */
const letOthersRun = () => new Promise((r) => setImmediate(r))

/** The rows this process stores next: its own, and those of a process that is gone or stale, oldest first. */
async function nextRows(payload: Payload): Promise<Row[]> {
  const { docs } = await payload.db.find<Row>({ collection: 'feedback-intake', sort: 'receivedAt', limit: 50, pagination: false })
  const now = Date.now()
  return docs.filter(
    (r) =>
      (failedUntil.get(r.code) ?? 0) <= now &&
      (r.owner === PROCESS_OWNER || ownerDead(r.owner) || now - Date.parse(r.receivedAt) > STALE_MS),
  )
}

/** Stores the queue's rows until none is left for this process (one drainer per process). */
export function drain(payload: Payload): Promise<void> {
  draining ??= (async () => {
    try {
      for (let rows = await nextRows(payload); rows.length > 0; rows = await nextRows(payload)) {
        for (const row of rows) {
          if (flooded()) await sleep(FLOOD_STORE_EVERY_MS)
          await store(payload, row)
          await letOthersRun()
        }
      }
    } catch (err) {
      payload.logger.error({ err, msg: 'Hàng chờ tiếp nhận ý kiến dừng giữa chừng; sẽ chạy lại ở lần gửi sau.' })
    } finally {
      draining = null
    }
  })()
  return draining
}
