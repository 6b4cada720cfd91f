/**
 * Reporting periods (tháng / quý / 6 tháng / năm) in the department's time zone (UTC+7, no daylight saving).
 * Pure functions: used by the report collections, the "who has not filed" list and the department's report.
 */
export type PeriodType = 'thang' | 'quy' | 'nua-nam' | 'nam'

export interface Period {
  periodType: PeriodType
  year: number
  month?: number | null
  quarter?: number | null
  /** 1 = the first six months, 2 = the last six (periodType 'nua-nam'). */
  half?: number | null
}

export const PERIOD_TYPES: { value: PeriodType; label: string }[] = [
  { value: 'thang', label: 'Tháng' },
  { value: 'quy', label: 'Quý' },
  { value: 'nua-nam', label: '6 tháng' },
  { value: 'nam', label: 'Năm' },
]

const OFFSET_MS = 7 * 3_600_000
const ROMAN = ['I', 'II', 'III', 'IV']

/** Vietnamese message when the period is incomplete or out of range, else null. */
export function periodProblem(p: Partial<Period>): string | null {
  if (!p.periodType || !PERIOD_TYPES.some((t) => t.value === p.periodType))
    return 'Vui lòng chọn loại kỳ báo cáo (tháng, quý, 6 tháng hoặc năm).'
  if (!Number.isInteger(p.year) || (p.year as number) < 2000 || (p.year as number) > 2999) return 'Năm báo cáo không hợp lệ.'
  if (p.periodType === 'thang' && !(Number.isInteger(p.month) && (p.month as number) >= 1 && (p.month as number) <= 12))
    return 'Vui lòng chọn tháng báo cáo (1–12).'
  if (p.periodType === 'quy' && !(Number.isInteger(p.quarter) && (p.quarter as number) >= 1 && (p.quarter as number) <= 4))
    return 'Vui lòng chọn quý báo cáo (1–4).'
  if (p.periodType === 'nua-nam' && !(p.half === 1 || p.half === 2)) return 'Vui lòng chọn 6 tháng đầu năm (1) hoặc cuối năm (2).'
  return null
}

/** Only the fields that matter for the period's type (a quarterly report carries no month). */
export function normalisePeriod(p: Period): Period {
  return {
    periodType: p.periodType,
    year: p.year,
    month: p.periodType === 'thang' ? p.month : null,
    quarter: p.periodType === 'quy' ? p.quarter : null,
    half: p.periodType === 'nua-nam' ? p.half : null,
  }
}

/** "2026-T03", "2026-Q3", "2026-H1", "2026" */
export function periodKey(p: Period): string {
  if (p.periodType === 'thang') return `${p.year}-T${String(p.month).padStart(2, '0')}`
  if (p.periodType === 'quy') return `${p.year}-Q${p.quarter}`
  if (p.periodType === 'nua-nam') return `${p.year}-H${p.half}`
  return String(p.year)
}

/** "tháng 3 năm 2026", "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026" */
export function periodLabel(p: Period): string {
  if (p.periodType === 'thang') return `tháng ${p.month} năm ${p.year}`
  if (p.periodType === 'quy') return `quý ${ROMAN[(p.quarter as number) - 1]} năm ${p.year}`
  if (p.periodType === 'nua-nam') return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`
  return `năm ${p.year}`
}

/** First and last calendar month (1–12) of the period. */
export function periodMonths(p: Period): { first: number; last: number } {
  if (p.periodType === 'thang') return { first: p.month as number, last: p.month as number }
  if (p.periodType === 'quy') return { first: ((p.quarter as number) - 1) * 3 + 1, last: (p.quarter as number) * 3 }
  if (p.periodType === 'nua-nam') return { first: p.half === 1 ? 1 : 7, last: p.half === 1 ? 6 : 12 }
  return { first: 1, last: 12 }
}

/** [start, end) of the period as instants: midnight of Hà Nội days. */
export function periodRange(p: Period): { start: Date; end: Date } {
  const { first, last } = periodMonths(p)
  return {
    start: new Date(Date.UTC(p.year, first - 1, 1) - OFFSET_MS),
    end: new Date(Date.UTC(p.year, last, 1) - OFFSET_MS),
  }
}

/** The period as Hà Nội days, both ends included ('YYYY-MM-DD'): the range the statistics take. */
export function periodDays(p: Period): { from: string; to: string } {
  const { first, last } = periodMonths(p)
  const lastDay = new Date(Date.UTC(p.year, last, 0)).getUTCDate()
  const mm = (m: number) => String(m).padStart(2, '0')
  return { from: `${p.year}-${mm(first)}-01`, to: `${p.year}-${mm(last)}-${mm(lastDay)}` }
}

/** "2026-03": the Hà Nội calendar month of an instant. */
export function monthOf(instant: Date | string): string {
  const d = new Date(new Date(instant).getTime() + OFFSET_MS)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** Every month of the period as "YYYY-MM". */
export function monthsOf(p: Period): string[] {
  const { first, last } = periodMonths(p)
  const out: string[] = []
  for (let m = first; m <= last; m++) out.push(`${p.year}-${String(m).padStart(2, '0')}`)
  return out
}

/** The quarter before the one containing `now` (Hà Nội time). */
export function previousQuarter(now: Date): Period {
  const d = new Date(now.getTime() + OFFSET_MS)
  const q = Math.floor(d.getUTCMonth() / 3) + 1
  return q === 1
    ? { periodType: 'quy', year: d.getUTCFullYear() - 1, quarter: 4 }
    : { periodType: 'quy', year: d.getUTCFullYear(), quarter: q - 1 }
}

/** The period of a document's fields (as stored), or null when incomplete. */
export function periodOf(doc: {
  periodType?: string | null
  year?: number | null
  month?: number | null
  quarter?: number | null
  half?: number | null
}): Period | null {
  const p = { periodType: doc.periodType as PeriodType, year: doc.year as number, month: doc.month, quarter: doc.quarter, half: doc.half }
  return periodProblem(p) ? null : normalisePeriod(p)
}

/** The period of the given type that contains `now` (Hà Nội time). */
export function periodContaining(type: PeriodType, now: Date): Period {
  const d = new Date(now.getTime() + OFFSET_MS)
  const year = d.getUTCFullYear()
  const month = d.getUTCMonth() + 1
  return normalisePeriod({ periodType: type, year, month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2 })
}

/** The period of the same type just before `p`. */
export function periodBefore(p: Period): Period {
  const n = p.periodType === 'thang' ? p.month! : p.periodType === 'quy' ? p.quarter! : p.periodType === 'nua-nam' ? p.half! : 1
  if (p.periodType === 'nam' || n === 1) {
    const last = { thang: 12, quy: 4, 'nua-nam': 2, nam: 1 }[p.periodType]
    return normalisePeriod({ periodType: p.periodType, year: p.year - 1, month: last, quarter: last, half: last })
  }
  return normalisePeriod({ periodType: p.periodType, year: p.year, month: n - 1, quarter: n - 1, half: n - 1 })
}

/** The number inside its year (month 1–12, quarter 1–4, half 1–2; null for a year). */
export function periodNumber(p: Period): number | null {
  return p.periodType === 'thang'
    ? (p.month ?? null)
    : p.periodType === 'quy'
      ? (p.quarter ?? null)
      : p.periodType === 'nua-nam'
        ? (p.half ?? null)
        : null
}
