import type { Payload } from 'payload'
import { generateReferenceCode } from '@gd/shared/reference-code'

/**
 * Drawing a reference code, the one rule for every place a feedback item gets one (the public forms through the
 * intake queue, staff recording an item by hand): a code already taken — by a stored item or by a submission waiting
 * in the intake queue (./intake.ts) — is drawn again, up to ATTEMPTS times. With ~24 million codes a year the chance
 * grows with the archive (1 in ~4,800 per item at 5,000 items of one year), so it is never left to luck. A create
 * that still loses a race for its code draws again too (./intake.ts `takeIn`).
 */
export const ATTEMPTS = 5
export const exhausted = () => new Error(`Không tạo được mã tham chiếu duy nhất sau ${ATTEMPTS} lần thử.`)

const codeTaken = async (payload: Payload, code: string) => {
  const where = { code: { equals: code } }
  const [stored, queued] = await Promise.all([
    payload.db.count({ collection: 'feedback', where }),
    payload.db.count({ collection: 'feedback-intake', where }),
  ])
  return stored.totalDocs + queued.totalDocs > 0
}

/** A code no stored or queued item has. */
export async function freshCode(payload: Payload, now: Date): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = generateReferenceCode(now)
    if (!(await codeTaken(payload, code))) return code
  }
  throw exhausted()
}
