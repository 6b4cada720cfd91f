import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'

/**
 * On a school's first screen, under its due reports: the urgent reports it filed lately (the five newest, read with
 * the school's own access) and whether the department has acknowledged each ("Phòng đã nắm thông tin").
 */
export async function SchoolUrgentReports({ payload, user }: { payload: Payload; user: TypedUser }) {
  const { docs, totalDocs } = await payload.find({
    collection: 'urgent-reports',
    sort: '-createdAt',
    limit: 5,
    depth: 0,
    overrideAccess: false,
    user,
  })
  if (docs.length === 0) return null
  return (
    <section className="role-home__panel" aria-labelledby="school-urgent-title" data-school-urgent="">
      <h2 id="school-urgent-title">Báo cáo đột xuất đã gửi ({totalDocs})</h2>
      <ul className="role-home__list">
        {docs.map((r) => (
          <li key={r.id}>
            <a href={`/admin/collections/urgent-reports/${r.id}`}>{r.title}</a>{' '}
            <span className="role-home__meta">
              gửi lúc {formatDateTime(r.createdAt)} ·{' '}
              {r.acknowledgedAt ? `Phòng đã nắm thông tin lúc ${formatDateTime(r.acknowledgedAt)}` : 'Phòng chưa nắm thông tin'}
            </span>
          </li>
        ))}
      </ul>
      {totalDocs > docs.length ? <a href="/admin/collections/urgent-reports">Xem tất cả báo cáo đột xuất</a> : null}
    </section>
  )
}
