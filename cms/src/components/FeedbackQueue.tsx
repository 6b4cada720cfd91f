import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { DeadlineStateCell } from './DeadlineStateCell'
import { formatDateTime } from '@gd/shared/dates'
import { FEEDBACK_STATUSES, labelOf } from '@gd/shared/vocab'
import { feedbackQueue } from '../collections/Feedback/queue'

/** The editors' feedback worklist on the admin's first screen: priority (early warning), overdue, due soon. */
export async function FeedbackQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const items = await feedbackQueue(payload)
  return (
    <section aria-labelledby="feedback-queue-title" style={{ marginBottom: '2rem' }}>
      <h2 id="feedback-queue-title">Ý kiến cần xử lý: ưu tiên, quá hạn, sắp đến hạn ({items.length})</h2>
      {items.length === 0 ? (
        <p>Không có ý kiến nào ưu tiên, quá hạn hoặc sắp đến hạn.</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Hạn</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>{i.code}</td>
                  <td>
                    {i.priority ? <strong>[Ưu tiên{i.priorityTopics ? `: ${i.priorityTopics}` : ''}] </strong> : null}
                    <a href={`/admin/collections/feedback/${i.id}`}>{i.subject}</a>
                  </td>
                  <td>{labelOf(FEEDBACK_STATUSES, i.status)}</td>
                  <td>
                    {i.deadline === 'acknowledge' ? 'Tiếp nhận: ' : 'Trả lời: '}
                    {formatDateTime(i.dueAt)}
                  </td>
                  <DeadlineStateCell state={i.state} workingDaysLeft={i.workingDaysLeft} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
