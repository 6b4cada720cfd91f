import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'

import { REVIEWED_COLLECTIONS as COLLECTIONS } from '../workflow/reviewedCollections'

/** The editors' review queue on the admin's first screen: what schools submitted and waits, oldest first. */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const lists = await Promise.all(
    COLLECTIONS.map(async (c) => {
      const { docs } = await payload.find({
        collection: c.slug,
        where: { reviewState: { equals: 'cho-duyet' } },
        sort: 'submittedAt',
        draft: true,
        depth: 1,
        limit: 50,
        overrideAccess: true,
      })
      return docs.map((d) => ({
        collection: c.slug,
        kind: c.label,
        id: d.id,
        title: d.title,
        school: typeof d.school === 'object' && d.school ? d.school.name : '',
        submittedAt: d.submittedAt,
      }))
    }),
  )
  const waiting = lists.flat().sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))
  return (
    <section aria-labelledby="review-queue-title" style={{ marginBottom: '2rem' }}>
      <h2 id="review-queue-title">Chờ duyệt ({waiting.length})</h2>
      {waiting.length === 0 ? (
        <p>Không có bài nào đang chờ duyệt.</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Gửi lúc</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Trường</th>
                <th scope="col">Loại</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((w) => (
                <tr key={`${w.collection}-${w.id}`}>
                  <td>{w.submittedAt ? formatDateTime(w.submittedAt) : ''}</td>
                  <td>
                    <a href={`/admin/collections/${w.collection}/${w.id}`}>{w.title}</a>
                  </td>
                  <td>{w.school}</td>
                  <td>{w.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
