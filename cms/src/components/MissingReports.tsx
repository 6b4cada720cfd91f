import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { missingSchools } from '../reports/missing'
import { periodLabel, previousQuarter } from '@gd/shared/report-periods'

/** On the editors' first screen: the schools that have not sent their opinion report for the previous quarter. */
export async function MissingReports({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const period = previousQuarter(new Date())
  const missing = await missingSchools(payload, period)
  return (
    <section aria-labelledby="missing-reports-title" style={{ marginBottom: '2rem' }}>
      <h2 id="missing-reports-title">{`Chưa gửi báo cáo dư luận ${periodLabel(period)} (${missing.length})`}</h2>
      {missing.length === 0 ? (
        <p>Tất cả các trường đã gửi báo cáo.</p>
      ) : (
        <ul>
          {missing.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}
      <p>
        <a href="/admin/collections/opinion-reports">Xem báo cáo của các trường</a> ·{' '}
        <a href="/admin/collections/department-reports">Báo cáo của Phòng</a>
      </p>
    </section>
  )
}
