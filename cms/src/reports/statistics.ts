import type { Payload } from 'payload'
import { workingDaysBetween } from '@gd/shared/working-days'
import { CLOSED_STATUSES } from '../collections/Feedback/queue'
import { feedbackSettings } from '../collections/Feedback/settings'
import { type FeedbackFigures, feedbackFiguresBetween, type Row } from './figures'

export type { Row }

/** The statistics dashboard's figures for a range of Hà Nội days (both ends included). */
export interface FeedbackStatistics extends FeedbackFigures {
  from: string
  to: string
  /** By channel (the feedback's `source`), always present. */
  bySource: Row[]
  /** Median working days (weekends and the settings' holidays excluded) from receipt to the first status after "mới". */
  medianDaysToAcknowledge: number | null
  acknowledgedCount: number
  /** Median working days from receipt to `answeredAt`. */
  medianDaysToAnswer: number | null
  answeredCount: number
  /** Open items (not answered, closed, forwarded or rejected) past their answer deadline at `now`. */
  overdue: number
  /** Average of `rating` (1–5) over the rated items; null when nothing is rated or the field does not exist. */
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

type Doc = Record<string, unknown>
const hasField = (payload: Payload, name: string) => Boolean(payload.collections.feedback?.config.flattenedFields.some((f) => f.name === name))

/**
 * The statistics of the feedback received from `from` to `to` (Hà Nội days, inclusive), through the Local API only:
 * the report figures (./figures.ts) plus channel, medians in working days, overdue and satisfaction.
 */
export async function feedbackStatistics(payload: Payload, range: { from: string; to: string }, now = new Date()): Promise<FeedbackStatistics> {
  const problem = rangeProblem(range.from, range.to)
  if (problem) throw new RangeError(problem)
  const start = new Date(`${range.from}T00:00:00+07:00`)
  const end = new Date(new Date(`${range.to}T00:00:00+07:00`).getTime() + 86_400_000)
  const { figures, docs } = await feedbackFiguresBetween(payload, start, end, monthsBetween(range.from, range.to))
  const { holidays } = await feedbackSettings(payload)

  const toAck: number[] = []
  const toAnswer: number[] = []
  let overdue = 0
  const ratings: number[] = []
  const rated = hasField(payload, 'rating')
  for (const d of docs as Doc[]) {
    const receivedAt = d.receivedAt as string | undefined
    if (!receivedAt) continue
    const history = Array.isArray(d.statusHistory) ? (d.statusHistory as { kind?: string; status?: string; at?: string }[]) : []
    const ack = history
      .filter((h) => (h.kind ?? 'status') === 'status' && h.status && h.status !== 'moi' && h.at)
      .map((h) => h.at as string)
      .sort()[0]
    if (ack) toAck.push(workingDaysBetween(receivedAt, ack, holidays))
    if (typeof d.answeredAt === 'string' && d.answeredAt) toAnswer.push(workingDaysBetween(receivedAt, d.answeredAt, holidays))
    if (!CLOSED_STATUSES.includes(String(d.status)) && typeof d.answerBy === 'string' && now.getTime() > Date.parse(d.answerBy)) overdue++
    if (rated && typeof d.rating === 'number' && Number.isFinite(d.rating)) ratings.push(d.rating)
  }
  return {
    ...figures,
    from: range.from,
    to: range.to,
    bySource: figures.bySource ?? [],
    medianDaysToAcknowledge: median(toAck),
    acknowledgedCount: toAck.length,
    medianDaysToAnswer: median(toAnswer),
    answeredCount: toAnswer.length,
    overdue,
    ratingAverage: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
    ratingCount: ratings.length,
  }
}
