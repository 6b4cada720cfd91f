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

const codeTaken = async (payload: Payload, code: string, queued: boolean) => {
  const where = { code: { equals: code } }
  const counts = await Promise.all([
    payload.db.count({ collection: 'feedback', where }),
    ...(queued ? [payload.db.count({ collection: 'feedback-intake', where })] : []),
  ])
  return counts.some((c) => c.totalDocs > 0)
}

/**
 * A code no stored item has and no submission waiting in the queue has. `queueRefusesTaken`: the caller writes the
 * code into the queue itself, whose unique code refuses a taken one (./intake.ts draws again then), so the queue is
 * not asked first.
 */
export async function freshCode(payload: Payload, now: Date, { queueRefusesTaken = false } = {}): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = generateReferenceCode(now)
    if (!(await codeTaken(payload, code, !queueRefusesTaken))) return code
  }
  throw exhausted()
}
