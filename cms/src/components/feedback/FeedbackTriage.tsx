import type { Payload } from 'payload'
import React from 'react'
import { CLOSED_STATUSES } from '@gd/shared/feedback-deadlines'
import { FEEDBACK_STATUSES, labelOf } from '@gd/shared/vocab'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { idOf, staffNames } from '../../utilities/staffNames'
import { deadlineText } from './deadlineText'
import { TriageActions } from './TriageActions'

type Doc = Record<string, unknown>

/** The staff accounts an item can be given to (the assignee field's own filter: admins and editors), by name. */
async function staffAccounts(payload: Payload): Promise<{ id: number; name: string }[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'editor'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, email: true },
  })
  return docs.map((u) => ({ id: u.id, name: u.name || u.email })).sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}

/**
 * Under the citizen's submission: where the item stands (status, deadline with its date, assignee) and, beside it,
 * the triage as actions (./TriageActions.tsx). Each action is an ordinary save that the triage hook
 * (collections/Feedback/hooks.ts) judges and records in the history; nothing here decides what is allowed.
 */
export async function FeedbackTriage({ data, payload }: { data?: Doc; payload: Payload }) {
  const d = data ?? {}
  const status = typeof d.status === 'string' ? d.status : 'moi'
  const { holidays } = await feedbackSettings(payload)
  const deadline = deadlineText(d as Parameters<typeof deadlineText>[0], holidays)
  const assigneeId = idOf(d.assignee)
  const assignee = assigneeId == null ? null : ((await staffNames(payload, [assigneeId])).get(assigneeId) ?? 'Tài khoản đã xóa')
  const open = !CLOSED_STATUSES.includes(status)
  return (
    <section className="feedback-triage" aria-labelledby="feedback-triage-title">
      <h2 id="feedback-triage-title" className="visually-hidden">
        Xử lý ý kiến
      </h2>
      <dl className="feedback-triage__facts">
        <div>
          <dt>Trạng thái</dt>
          <dd data-triage="status">{labelOf(FEEDBACK_STATUSES, status)}</dd>
        </div>
        <div>
          <dt>Thời hạn</dt>
          <dd
            data-triage="deadline"
            className={deadline.state ? `feedback-deadline feedback-deadline--${deadline.state}` : 'feedback-cell--quiet'}
          >
            {deadline.state === 'overdue' ? <strong>{deadline.text}</strong> : deadline.text}
          </dd>
        </div>
        <div>
          <dt>Cán bộ xử lý</dt>
          <dd data-triage="assignee">{assignee ?? <span className="feedback-cell--quiet">Chưa giao</span>}</dd>
        </div>
      </dl>
      <TriageActions
        status={status}
        open={open}
        assignee={assigneeId}
        staff={open ? await staffAccounts(payload) : []}
        answer={typeof d.answer === 'string' ? d.answer : ''}
      />
    </section>
  )
}
