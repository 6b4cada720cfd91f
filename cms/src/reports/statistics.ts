import type { Payload } from 'payload'
import { workingDaysBetween } from '@gd/shared/working-days'
import { deadlineStateOf } from '@gd/shared/feedback-deadlines'
import { ratingScores } from './ratings'
import { feedbackSettings } from '../globals/SiteSettings/feedbackSettings'
import { type Doc, type FeedbackFigures, feedbackFiguresBetween, type Row } from './figures'

export type { Doc, Row }

/** The statistics dashboard's figures for a range of Hà Nội days (both ends included). */
export interface FeedbackStatistics extends FeedbackFigures {
  from: string
  to: string
  /** Median working days (weekends and the settings' holidays excluded) from receipt to the first status after "mới". */
  medianDaysToAcknowledge: number | null
  acknowledgedCount: number
  /** Median working days from receipt to `answeredAt`. */
  medianDaysToAnswer: number | null
  answeredCount: number
  /**
   * Open items past their current deadline at `now`: the acknowledgement's while still "mới", else the answer's —
   * exactly the items the feedback list and the worklist flag "Quá hạn" (see `isOverdue`).
   */
  overdue: number
  /**
   * Average score (1–5) of the anonymous ratings (feedback-ratings) of items received in the range's months (a rating
   * keeps only the month of receipt); null when nothing is rated.
   */
  ratingAverage: number | null
  ratingCount: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Whether a 'YYYY-MM-DD' string is a real date. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE.test(v)) return false
  const t = Date.parse(`${v}T00:00:00Z`)
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v
}

/** Every "YYYY-MM" from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (let i = 0; i < 1200; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    out.push(key)
    if (key >= last) break
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** The default range: the last 12 months up to today (Hà Nội). */
export function defaultRange(now = new Date()): { from: string; to: string } {
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7))
  const fromY = m === 12 ? y : y - 1
  const fromM = m === 12 ? 1 : m + 1
  return { from: `${fromY}-${String(fromM).padStart(2, '0')}-01`, to: today }
}

/** A problem with a requested range, in Vietnamese, or null. */
export function rangeProblem(from: unknown, to: unknown): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Khoảng thời gian không hợp lệ: từ ngày và đến ngày phải có dạng YYYY-MM-DD.'
  if (to < from) return 'Khoảng thời gian không hợp lệ: đến ngày phải sau từ ngày.'
  if (monthsBetween(from, to).length > 120) return 'Khoảng thời gian không được dài quá 10 năm.'
  return null
}

/** The one overdue rule: an open item past its current deadline, as the list's "Quá hạn …" flag (@gd/shared/feedback-deadlines). */
export function isOverdue(item: Doc, now: Date, holidays: Iterable<string>): boolean {
  return deadlineStateOf(item as Parameters<typeof deadlineStateOf>[0], now, holidays)?.state === 'overdue'
}

/**
 * The statistics of the feedback received from `from` to `to` (Hà Nội days, inclusive), through the Local API only:
 * the counts (./figures.ts) plus medians in working days, overdue and satisfaction. The dashboard, its JSON endpoint
 * and the department's report all take their figures from here.
 */
export async function feedbackStatistics(
  payload: Payload,
  range: { from: string; to: string },
  now = new Date(),
): Promise<FeedbackStatistics> {
  return (await feedbackStatisticsWithItems(payload, range, now)).statistics
}

/** The same, with the items read and the holidays used, for lists that must agree with the figures (the report's). */
export async function feedbackStatisticsWithItems(
  payload: Payload,
  range: { from: string; to: string },
  now = new Date(),
): Promise<{ statistics: FeedbackStatistics; docs: Doc[]; holidays: string[] }> {
  const problem = rangeProblem(range.from, range.to)
  if (problem) throw new RangeError(problem)
  const start = new Date(`${range.from}T00:00:00+07:00`)
  const end = new Date(new Date(`${range.to}T00:00:00+07:00`).getTime() + 86_400_000)
  const { figures, docs } = await feedbackFiguresBetween(payload, start, end, monthsBetween(range.from, range.to))
  const { holidays } = await feedbackSettings(payload)

  const toAck: number[] = []
  const toAnswer: number[] = []
  let overdue = 0
  for (const d of docs) {
    const receivedAt = d.receivedAt as string | undefined
    if (!receivedAt) continue
    const history = Array.isArray(d.statusHistory) ? (d.statusHistory as { kind?: string; status?: string; at?: string }[]) : []
    const ack = history
      .filter((h) => (h.kind ?? 'status') === 'status' && h.status && h.status !== 'moi' && h.at)
      .map((h) => h.at as string)
      .sort()[0]
    if (ack) toAck.push(workingDaysBetween(receivedAt, ack, holidays))
    if (typeof d.answeredAt === 'string' && d.answeredAt) toAnswer.push(workingDaysBetween(receivedAt, d.answeredAt, holidays))
    if (isOverdue(d, now, holidays)) overdue++
  }
  const ratings = await ratingScores(payload, monthsBetween(range.from, range.to))
  const statistics: FeedbackStatistics = {
    ...figures,
    from: range.from,
    to: range.to,
    medianDaysToAcknowledge: median(toAck),
    acknowledgedCount: toAck.length,
    medianDaysToAnswer: median(toAnswer),
    answeredCount: toAnswer.length,
    overdue,
    ratingAverage: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
    ratingCount: ratings.length,
  }
  return { statistics, docs, holidays }
}

/** One key figure: its Vietnamese label, the value (null: nothing to measure yet) and what it rests on. */
export interface KeyFigure {
  key: 'total' | 'medianDaysToAcknowledge' | 'medianDaysToAnswer' | 'overdue' | 'ratingAverage'
  label: string
  value: number | null
  /** Shown when `value` is null. */
  empty: string
  note: string
}

/** The key figures in the order and wording the dashboard, the printed report and the XLSX all show. */
export function keyFigures(s: FeedbackStatistics): KeyFigure[] {
  return [
    { key: 'total', label: 'Tổng số ý kiến tiếp nhận', value: s.total, empty: '', note: '' },
    {
      key: 'medianDaysToAcknowledge',
      label: 'Số ngày làm việc trung vị từ khi nhận đến khi tiếp nhận',
      value: s.medianDaysToAcknowledge,
      empty: 'Chưa có dữ liệu',
      note: `trên ${s.acknowledgedCount} ý kiến`,
    },
    {
      key: 'medianDaysToAnswer',
      label: 'Số ngày làm việc trung vị từ khi nhận đến khi trả lời',
      value: s.medianDaysToAnswer,
      empty: 'Chưa có dữ liệu',
      note: `trên ${s.answeredCount} ý kiến`,
    },
    { key: 'overdue', label: 'Số ý kiến quá hạn (tiếp nhận hoặc trả lời) chưa giải quyết xong', value: s.overdue, empty: '', note: '' },
    {
      key: 'ratingAverage',
      label: 'Mức độ hài lòng trung bình (thang 1–5)',
      value: s.ratingAverage,
      empty: 'Chưa có đánh giá',
      note: `${s.ratingCount} đánh giá`,
    },
  ]
}

/** "1,5" — a figure in Vietnamese notation, or the figure's own words when there is nothing yet. */
export function formatKeyFigure(f: KeyFigure): string {
  if (f.value === null) return f.empty
  const n = f.value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
  return f.note ? `${n} (${f.note})` : n
}
