import type { Payload } from 'payload'
import { type Period, periodBefore, periodContaining, periodKey } from '@gd/shared/report-periods'
import { day } from './stored'

/**
 * DEMO DATA. The department's reporting cycle as the demo runs it: each quarter's opinion report is due on the 5th of
 * the month after the quarter, the year's report on 15/12. Rows for the quarter the seeded reports belong to (the
 * previous one, past its due date, so "who has not filed" and the overdue reminders have something to show), the
 * current quarter and the current year, so a school's first screen shows what is due and when. Idempotent by period.
 */
const QUARTER_DUE_DAY = 5
const YEAR_DUE = { month: 12, day: 15 }

const mm = (n: number) => String(n).padStart(2, '0')

/** The Hà Nội day the period's report is due, 'YYYY-MM-DD'. */
export function demoDueDay(p: Period): string {
  if (p.periodType === 'nam') return `${p.year}-${mm(YEAR_DUE.month)}-${mm(YEAR_DUE.day)}`
  const after = (p.quarter as number) * 3 + 1 // the month after the quarter
  return after > 12 ? `${p.year + 1}-01-${mm(QUARTER_DUE_DAY)}` : `${p.year}-${mm(after)}-${mm(QUARTER_DUE_DAY)}`
}

export async function seedReportDeadlines(payload: Payload, { now, count }: { now: Date; count: (k: string) => void }) {
  const current = periodContaining('quy', now)
  const periods: Period[] = [periodBefore(current), current, periodContaining('nam', now)]
  for (const period of periods) {
    const { totalDocs } = await payload.count({
      collection: 'report-deadlines',
      where: { periodKey: { equals: periodKey(period) } },
      overrideAccess: true,
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'report-deadlines',
      overrideAccess: true,
      depth: 0,
      data: { ...period, dueDate: day(demoDueDay(period)), remindDaysBefore: period.periodType === 'nam' ? 7 : 5 },
    })
    count('report-deadlines')
  }
}
