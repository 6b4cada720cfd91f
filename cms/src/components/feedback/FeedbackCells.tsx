import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { formatDate } from '@gd/shared/dates'
import { CLOSED_STATUSES, DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS, deadlineStateOf } from '@gd/shared/feedback-deadlines'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { idOf, staffNames } from '../staffNames'

/**
 * The feedback list's cells that carry meaning: the deadline as "Quá hạn trả lời · 12/11/2026" (or nothing once the
 * item is closed; a comment on a draft has no deadline of its own), priority only when set, the assignee's name or "Chưa giao".
 */
export async function DeadlineCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const { holidays } = await feedbackSettings(payload)
  const s = deadlineStateOf(rowData, new Date(), holidays)
  if (!s)
    return (
      <span className="feedback-cell--quiet">
        {CLOSED_STATUSES.includes(rowData?.status) ? 'Đã kết thúc' : 'Không có hạn riêng (góp ý dự thảo)'}
      </span>
    )
  const label = `${DEADLINE_STATE_LABELS[s.state]} ${DEADLINE_KIND_LABELS[s.deadline]}`
  return (
    <span className={`feedback-deadline feedback-deadline--${s.state}`}>
      {s.state === 'overdue' ? <strong>{label}</strong> : label} · {formatDate(s.dueAt)}
    </span>
  )
}

export function PriorityCell({ rowData }: DefaultServerCellComponentProps) {
  if (!rowData?.priority) return null
  return <strong className="feedback-priority">Ưu tiên{rowData.priorityTopics ? `: ${rowData.priorityTopics}` : ''}</strong>
}

export async function AssigneeCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const id = idOf(rowData?.assignee)
  if (id == null) return <span className="feedback-cell--quiet">Chưa giao</span>
  return <>{(await staffNames(payload, [id])).get(id) ?? 'Tài khoản đã xóa'}</>
}
