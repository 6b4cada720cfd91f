import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { DeadlineStateCell } from './DeadlineStateCell'
import { formatDateTime } from '@gd/shared/dates'
import { pressQueue } from '../collections/PressMentions/queue'

/** The editors' first screen: negative press and social-network items whose response is overdue or due soon. */
export async function PressQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const items = await pressQueue(payload)
  if (items.length === 0) return null
  return (
    <section aria-labelledby="press-queue-title" style={{ marginBottom: '2rem' }} data-queue="press">
      <h2 id="press-queue-title">Tin báo chí, mạng xã hội cần phản hồi: quá hạn, sắp đến hạn ({items.length})</h2>
      <div className="admin-table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Tin</th>
              <th scope="col">Báo, trang</th>
              <th scope="col">Hạn phản hồi</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>
                  <a href={`/admin/collections/press-mentions/${i.id}`}>{i.title}</a>
                </td>
                <td>{i.outlet}</td>
                <td>{formatDateTime(i.dueAt)}</td>
                <DeadlineStateCell state={i.state} workingDaysLeft={i.workingDaysLeft} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
