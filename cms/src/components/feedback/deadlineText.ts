import { formatDate } from '@gd/shared/dates'
import {
  CLOSED_STATUSES,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  deadlineStateOf,
} from '@gd/shared/feedback-deadlines'

/**
 * A feedback item's deadline as the list and the item's screen both say it: "Quá hạn trả lời · 12/11/2026", or why
 * there is none (closed; a comment on a draft has no deadline of its own). The rule: @gd/shared/feedback-deadlines.
 */
export function deadlineText(
  item: Parameters<typeof deadlineStateOf>[0] & { status?: string | null },
  holidays: Parameters<typeof deadlineStateOf>[2],
  now = new Date(),
): { text: string; state: DeadlineState['state'] | null } {
  const s = deadlineStateOf(item, now, holidays)
  if (!s)
    return {
      text: CLOSED_STATUSES.includes(item?.status ?? '') ? 'Đã kết thúc' : 'Không có hạn riêng (góp ý dự thảo)',
      state: null,
    }
  return { text: `${DEADLINE_STATE_LABELS[s.state]} ${DEADLINE_KIND_LABELS[s.deadline]} · ${formatDate(s.dueAt)}`, state: s.state }
}
