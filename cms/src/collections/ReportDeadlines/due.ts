import type { Payload, TypedUser } from 'payload'
import { periodKey, periodLabel, periodOf, previousQuarter } from '@gd/shared/report-periods'
import { dueText, hanoiDay, OVERDUE_REMINDER_WINDOW_DAYS } from '@gd/shared/report-deadlines'

export interface DueReport {
  label: string
  /** Hà Nội day 'YYYY-MM-DD' of the due date; null when the department set none (the previous quarter is shown). */
  dueDay: string | null
  /** "còn 3 ngày", "hôm nay là hạn cuối", "quá hạn 2 ngày"; '' without a due date. */
  when: string
  report: { id: number; state: string; submittedAt?: string | null } | null
}

/**
 * What a school has to send, as its first screen shows it at `now`: the periods due from a week ago on (at most 3,
 * soonest first) with its own report for each (read with the school's own access); without any deadline set, the
 * previous quarter.
 */
export async function dueForSchool(payload: Payload, user: TypedUser, now: Date): Promise<DueReport[]> {
  const today = hanoiDay(now)
  const since = new Date(Date.parse(`${today}T00:00:00+07:00`) - OVERDUE_REMINDER_WINDOW_DAYS * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'report-deadlines',
    where: { dueDate: { greater_than_equal: since } },
    sort: 'dueDate',
    limit: 3,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const periods = docs.flatMap((d) => {
    const p = periodOf(d)
    return p ? [{ period: p, dueDay: hanoiDay(d.dueDate) }] : []
  })
  const list = periods.length ? periods : [{ period: previousQuarter(now), dueDay: null }]
  return Promise.all(
    list.map(async ({ period, dueDay }) => {
      const { docs: reports } = await payload.find({
        collection: 'opinion-reports',
        where: { periodKey: { equals: periodKey(period) } },
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user,
      })
      const r = reports[0]
      return {
        label: periodLabel(period),
        dueDay,
        when: dueDay ? dueText(dueDay, today) : '',
        report: r ? { id: r.id, state: r.state ?? 'nhap', submittedAt: r.submittedAt } : null,
      }
    }),
  )
}
