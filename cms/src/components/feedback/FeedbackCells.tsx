import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { idOf, staffNames } from '../../utilities/staffNames'
import { deadlineText } from './deadlineText'

/**
 * The feedback list's cells that carry meaning: the deadline as "Quá hạn trả lời · 12/11/2026" (or nothing once the
 * item is closed; a comment on a draft has no deadline of its own), priority only when set, the assignee's name or "Chưa giao".
 */
export async function DeadlineCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const { holidays } = await feedbackSettings(payload)
  const d = deadlineText(rowData, holidays)
  if (!d.state) return <span className="feedback-cell--quiet">{d.text}</span>
  return (
    <span className={`feedback-deadline feedback-deadline--${d.state}`}>{d.state === 'overdue' ? <strong>{d.text}</strong> : d.text}</span>
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
