import os from 'node:os'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { deadlinesAtReceipt } from '@gd/shared/feedback-deadlines'
import { drain } from '../../cms/src/collections/Feedback/intake'
import { resubmissionKey } from '../../cms/src/collections/Feedback/resubmission'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { feedbackSettings } from '../../cms/src/globals/SiteSettings/feedbackSettings'
import { lookupFeedback } from '../../cms/src/server/forms/lookup-check'
import { freshPayload } from '../helpers/payload'

/**
 * The intake queue (cms/src/collections/Feedback/intake.ts) on a real database through Payload: a submission at
 * ordinary load is stored before its code is answered; in a flood it is answered from the queue, found by the
 * lookup, and stored once by the drainer; rows left by a process that is gone are stored at the next drain, once.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload

beforeAll(async () => {
  ctx = await freshPayload('intake-queue')
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.close()
})

let n = 0
const submission = (email = 'nguoi-gui@example.com') => ({
  kind: 'gop-y' as const,
  subject: `Góp ý số ${++n} về giờ đón trẻ`,
  message: 'Đề nghị nhà trường mở cổng sớm hơn mười lăm phút vào những ngày mưa.',
  name: 'Trần Văn Bình',
  email,
  consent: true,
})
const queueRows = async () => (await payload.db.find({ collection: 'feedback-intake', where: {}, limit: 0, pagination: false })).docs
const itemsWith = async (code: string) =>
  (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs

/** A row as another process wrote it: the item's data as the queue holds it (under `key`, else its content's). */
async function rowOf(owner: string, receivedAt: Date, code: string, givenKey?: string) {
  const data = { ...submission(), code, status: 'moi', receivedAt: receivedAt.toISOString(), source: 'website', consentVersion: 'v1' }
  const key = givenKey ?? resubmissionKey(payload.secret, data)
  Object.assign(data, { resubmissionKey: key })
  await payload.db.create({ collection: 'feedback-intake', data: { code, key, owner, receivedAt: receivedAt.toISOString(), data } })
}

describe('the intake queue', () => {
  it('at ordinary load: the item exists when its code is answered, and nothing is left queued', async () => {
    const code = await submitFeedback(payload, submission())
    expect(await itemsWith(code)).toHaveLength(1)
    expect(await queueRows()).toHaveLength(0)
  })

  it('a submission the database refuses gets no code and leaves nothing queued or half stored', async () => {
    const { name: _name, ...nameless } = submission()
    await expect(submitFeedback(payload, nameless as never)).rejects.toThrow()
    expect(await queueRows()).toHaveLength(0)
    expect(
      (await payload.count({ collection: 'feedback', where: { subject: { equals: nameless.subject } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('in a flood: answered from the queue, found by the lookup before it is stored, then stored once under its code', async () => {
    const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => submitFeedback(payload, submission(`ca-${i}@example.com`))))
    expect(new Set(codes).size).toBe(40)
    const queued = (await queueRows()) as unknown as { code: string; data: { email: string } }[]
    // answered before being stored: those past the first second's 20 wait in the queue
    expect(queued.length).toBeGreaterThan(0)
    const waiting = queued[0]!
    const found = await lookupFeedback(payload, waiting.code, waiting.data.email)
    expect(found).toMatchObject({ code: waiting.code, status: 'moi' })
    expect(found?.history.map((h) => h.status)).toEqual(['moi'])
    expect(await lookupFeedback(payload, waiting.code, 'nguoi-khac@example.com')).toBeNull()

    await drain(payload)
    expect(await queueRows()).toHaveLength(0)
    for (const code of codes) expect(await itemsWith(code)).toHaveLength(1)
    // the stored item is the same one the lookup showed, with its deadlines
    const [item] = await itemsWith(waiting.code)
    expect(item).toMatchObject({ email: waiting.data.email, status: 'moi', source: 'website' })
    expect(item!.answerBy).toBeTruthy()
  })

  it('rows of a process that is gone are stored at the next drain, with deadlines counted from when they were received', async () => {
    const gone = `${os.hostname()}:999999:dead01`
    const receivedAt = new Date(Date.now() - 3 * 24 * 3_600_000)
    await rowOf(gone, receivedAt, 'GY-2026-QUEUE1')
    await drain(payload)
    expect(await queueRows()).toHaveLength(0)
    const [item] = await itemsWith('GY-2026-QUEUE1')
    expect(item!.receivedAt).toBe(receivedAt.toISOString())
    const { holidays, days } = await feedbackSettings(payload)
    const due = deadlinesAtReceipt(receivedAt.toISOString(), holidays, days)
    expect(item!.acknowledgeBy).toBe(due.acknowledgeBy)
    expect(item!.answerBy).toBe(due.answerBy)
  })

  it('while the drainer stores a backlog, the process goes on answering: a timer set meanwhile runs before the drain ends', async () => {
    const gone = `${os.hostname()}:999999:dead02`
    for (let i = 0; i < 20; i++) await rowOf(gone, new Date(), `GY-2026-BACK${String(i).padStart(2, '0')}`)
    let drained = false
    const draining = drain(payload).then(() => (drained = true))
    // what an HTTP request, a health check or a timer needs: a turn of the event loop while the rows are stored
    const drainedWhenTimerRan = await new Promise<boolean>((resolve) => setTimeout(() => resolve(drained), 0))
    await draining
    expect(drainedWhenTimerRan).toBe(false)
    expect(await queueRows()).toHaveLength(0)
  })

  it('a row whose item was stored already (its delete lost in a crash) is deleted, never stored twice', async () => {
    const code = await submitFeedback(payload, submission())
    const stored = (await payload.db.find({ collection: 'feedback', where: { code: { equals: code } }, limit: 1 })).docs[0] as unknown as {
      resubmissionKey: string
    }
    await rowOf(`${os.hostname()}:999999:dead02`, new Date(), code, stored.resubmissionKey)
    await drain(payload)
    expect(await queueRows()).toHaveLength(0)
    expect(await itemsWith(code)).toHaveLength(1)
  })

  it('a row whose code another item took meanwhile is kept for an officer to see, never deleted as if stored', async () => {
    const staffItem = await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: { ...submission(), code: 'GY-2026-TAKEN1', source: 'dien-thoai', receivedAt: new Date().toISOString() } as never,
    })
    expect(staffItem.code).toBe('GY-2026-TAKEN1')
    await rowOf(`${os.hostname()}:999999:dead03`, new Date(), 'GY-2026-TAKEN1')
    await drain(payload)
    expect(await queueRows()).toHaveLength(1)
    expect(await itemsWith('GY-2026-TAKEN1')).toHaveLength(1)
    await payload.db.deleteMany({ collection: 'feedback-intake', where: {} })
  })

  it("a live process's fresh row is left to it; once stale, any process stores it", async () => {
    const alive = `${os.hostname()}:${process.ppid}:other1`
    await rowOf(alive, new Date(), 'GY-2026-QUEUE2')
    await drain(payload)
    expect(await queueRows()).toHaveLength(1)
    await payload.db.deleteMany({ collection: 'feedback-intake', where: {} })
    await rowOf(alive, new Date(Date.now() - 5 * 60_000), 'GY-2026-QUEUE3')
    await drain(payload)
    expect(await queueRows()).toHaveLength(0)
    expect(await itemsWith('GY-2026-QUEUE3')).toHaveLength(1)
  })

  it('the same submission sent again while the first waits in the queue (another process) gets the first one’s code', async () => {
    const key = resubmissionKey(payload.secret, {}, 'khoa-gui-lai-1')
    const data = { ...submission(), code: 'GY-2026-QUEUE4', status: 'moi', receivedAt: new Date().toISOString(), source: 'website' }
    await payload.db.create({
      collection: 'feedback-intake',
      data: { code: 'GY-2026-QUEUE4', key, owner: `${os.hostname()}:${process.ppid}:other2`, receivedAt: data.receivedAt, data },
    })
    const again = await submitFeedback(payload, submission(), new Date(), {}, 'khoa-gui-lai-1')
    expect(again).toBe('GY-2026-QUEUE4')
    expect(await queueRows()).toHaveLength(1)
    await payload.db.deleteMany({ collection: 'feedback-intake', where: {} })
  })

  /**
   * The next reference code drawn is `GY-<year>-22222` (the alphabet's first letter five times): the code generator's
   * random source gives zeros once (shared/src/reference-code.ts draws five 32-bit numbers); what is tested is what
   * the intake does with a code that is taken.
   */
  const drawTwos = () => {
    let armed = true
    const real = globalThis.crypto.getRandomValues.bind(globalThis.crypto)
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (armed && array instanceof Uint32Array && array.length === 5) {
        armed = false
        array.fill(0)
        return array
      }
      return real(array as never) as T
    })
    return { restore: () => spy.mockRestore(), drawn: () => !armed }
  }
  const twos = `GY-${new Date().getFullYear()}-22222`

  for (const where of ['waiting in the queue (another process)', 'stored as an item'] as const) {
    it(`a code drawn that is taken, ${where}, is drawn again: the new submission gets its own code`, async () => {
      if (where === 'stored as an item')
        await payload.create({
          collection: 'feedback',
          overrideAccess: true,
          data: { ...submission(), code: twos, source: 'dien-thoai', receivedAt: new Date().toISOString() } as never,
        })
      else await rowOf(`${os.hostname()}:${process.ppid}:other3`, new Date(), twos)
      const random = drawTwos()
      try {
        const code = await submitFeedback(payload, submission('nguoi-khac@example.com'), new Date())
        expect(random.drawn()).toBe(true)
        expect(code).not.toBe(twos)
        expect(await itemsWith(code)).toHaveLength(1)
        // what held the code still holds it, alone
        expect((await queueRows()).map((r) => (r as unknown as { code: string }).code)).toEqual(where === 'stored as an item' ? [] : [twos])
        expect(await itemsWith(twos)).toHaveLength(where === 'stored as an item' ? 1 : 0)
      } finally {
        random.restore()
        await payload.db.deleteMany({ collection: 'feedback-intake', where: {} })
        await payload.delete({ collection: 'feedback', where: { code: { equals: twos } }, overrideAccess: true })
      }
    })
  }
})
