import type { Payload } from 'payload'
import { generateReferenceCode } from '@gd/shared/reference-code'

/**
 * Drawing a reference code, the one rule for every place a feedback item gets one (the public forms, staff
 * recording an item by hand): a code already taken is drawn again, up to 5 times. With ~24 million codes a year the
 * chance grows with the archive (1 in ~4,800 per item at 5,000 items of one year), so it is never left to luck.
 */
const ATTEMPTS = 5
const exhausted = () => new Error(`Không tạo được mã tham chiếu duy nhất sau ${ATTEMPTS} lần thử.`)

const codeTaken = async (payload: Payload, code: string) =>
  (await payload.count({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })).totalDocs > 0

/** A code no stored item has (a concurrent create can still take it first: `withFreshCode` covers that). */
export async function freshCode(payload: Payload, now: Date): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = generateReferenceCode(now)
    if (!(await codeTaken(payload, code))) return code
  }
  throw exhausted()
}

/** Runs `create` with a fresh code; when it fails because another create took the same code meanwhile, draws again. */
export async function withFreshCode<T>(payload: Payload, now: Date, create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = await freshCode(payload, now)
    try {
      return await create(code)
    } catch (err) {
      if (await codeTaken(payload, code)) continue // lost the race for this code
      throw err
    }
  }
  throw exhausted()
}
