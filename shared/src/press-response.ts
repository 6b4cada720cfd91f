import { type DeadlineState, deadlineState } from './feedback-deadlines'
import type { HolidayInput } from './working-days'

/**
 * The response clock of a press or social-network item (plan IV.1): a negative item that needs a response runs on the
 * feedback answer deadline, with the same early warning (due soon, overdue), until a response is recorded.
 */
export const needsResponseClock = (d: { tone?: string | null; needsResponse?: boolean | null }) =>
  d.tone === 'tieu-cuc' && Boolean(d.needsResponse)

/** Where an item stands on its response clock; null when it has none or has been answered. */
export function responseState(
  d: { respondBy?: string | null; respondedAt?: string | null },
  now: Date,
  holidays: HolidayInput,
): DeadlineState | null {
  if (!d.respondBy || d.respondedAt) return null
  return { ...deadlineState(d.respondBy, now, holidays), deadline: 'answer', dueAt: d.respondBy }
}
