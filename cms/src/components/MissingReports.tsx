import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { missingSchools } from '../reports/missing'
import { periodFromQuery } from '../reports/periodQuery'
import { formatDate } from '@gd/shared/dates'
import { dueText, hanoiDay } from '@gd/shared/report-deadlines'
import { PERIOD_TYPES, periodKey, periodLabel, periodNumber } from '@gd/shared/report-periods'

type Query = Record<string, string | string[] | undefined>

/**
 * On the editors' first screen: the schools without a sent opinion report for the period the editor picks (a form
 * that works without JavaScript: ?ky=…&nam=…&so=…), the previous quarter by default, with the period's due date when
 * the department has set one.
 */
export async function MissingReports({ payload, user, searchParams }: { payload: Payload; user?: TypedUser | null; searchParams?: Query }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const now = new Date()
  const { period, problem } = periodFromQuery(searchParams ?? {}, now)
  const [missing, deadline] = await Promise.all([
    missingSchools(payload, period),
    payload.find({
      collection: 'report-deadlines',
      where: { periodKey: { equals: periodKey(period) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const dueDay = deadline.docs[0] ? hanoiDay(deadline.docs[0].dueDate) : null
  const field = { display: 'inline-flex', flexDirection: 'column', gap: 4, marginRight: 12, marginBottom: 8 } as const
  return (
    <section aria-labelledby="missing-reports-title" style={{ marginBottom: '2rem' }} data-missing-period={period.periodType}>
      <h2 id="missing-reports-title">{`Chưa gửi báo cáo dư luận ${periodLabel(period)} (${missing.length})`}</h2>
      <p data-missing-due={dueDay ?? ''}>
        {dueDay ? (
          <>
            Hạn gửi: <strong>{formatDate(`${dueDay}T12:00:00+07:00`)}</strong> ({dueText(dueDay, hanoiDay(now))})
          </>
        ) : (
          <>
            Phòng chưa đặt hạn gửi cho kỳ này (<a href="/admin/collections/report-deadlines/create">đặt hạn gửi</a>).
          </>
        )}
      </p>
      <form method="get" action="/admin" aria-label="Chọn kỳ báo cáo" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={field}>
          Loại kỳ
          <select name="ky" defaultValue={period.periodType} style={{ minHeight: 44 }}>
            {PERIOD_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          Năm
          <input name="nam" type="number" min={2000} max={2999} defaultValue={period.year} style={{ minHeight: 44, width: '6rem' }} />
        </label>
        <label style={field}>
          Tháng, quý hoặc 6 tháng (số)
          <input
            name="so"
            type="number"
            min={1}
            max={12}
            defaultValue={periodNumber(period) ?? ''}
            style={{ minHeight: 44, width: '6rem' }}
          />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-medium" style={{ margin: '0 0 8px' }}>
          Xem
        </button>
      </form>
      {problem ? (
        <p role="alert">
          {problem} Đang hiển thị {periodLabel(period)}.
        </p>
      ) : null}
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
        <a href="/admin/collections/report-deadlines">Chu kỳ, hạn gửi báo cáo</a> ·{' '}
        <a href="/admin/collections/department-reports">Báo cáo của Phòng</a>
      </p>
    </section>
  )
}
