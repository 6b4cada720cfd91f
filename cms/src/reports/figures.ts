import type { Payload } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { monthOf, monthsOf, type Period, periodRange } from './period'

export interface Row {
  key: string
  label: string
  count: number
}

export interface FeedbackFigures {
  total: number
  byKind: Row[]
  byStatus: Row[]
  byTheme: Row[]
  bySchool: Row[]
  byMonth: Row[]
  /** Present only when the feedback collection has these fields. */
  byPriority?: Row[]
  bySource?: Row[]
  answered?: number
}

export type Doc = Record<string, unknown>
const idOf = (v: unknown): string => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : v === null || v === undefined || v === '' ? '' : String(v))

function tally(docs: Doc[], keyOf: (d: Doc) => string): Map<string, number> {
  const m = new Map<string, number>()
  for (const d of docs) m.set(keyOf(d), (m.get(keyOf(d)) ?? 0) + 1)
  return m
}

/** Labels of a select field of the feedback collection, when the field exists. */
function optionLabels(payload: Payload, name: string): Map<string, string> | null {
  const field = payload.collections.feedback?.config.flattenedFields.find((f) => f.name === name)
  if (!field) return null
  const labels = new Map<string, string>()
  if ('options' in field && Array.isArray(field.options)) {
    for (const o of field.options) {
      if (typeof o === 'string') labels.set(o, o)
      else labels.set(o.value, typeof o.label === 'string' ? o.label : ((o.label as Record<string, string>)?.vi ?? o.value))
    }
  }
  return labels
}

/**
 * The feedback figures of a period, through the Local API only (any database adapter): every item received in the
 * period (Hà Nội days), counted by kind, status, theme, school and month.
 */
export async function feedbackFigures(payload: Payload, period: Period): Promise<FeedbackFigures> {
  const { start, end } = periodRange(period)
  return (await feedbackFiguresBetween(payload, start, end, monthsOf(period))).figures
}

/**
 * The same figures for any [start, end) range of instants, months listed as "YYYY-MM"; also hands back the items read,
 * for further figures (see ./statistics.ts).
 */
export async function feedbackFiguresBetween(payload: Payload, start: Date, end: Date, months: string[]): Promise<{ figures: FeedbackFigures; docs: Doc[] }> {
  const { docs } = (await payload.find({
    collection: 'feedback',
    where: { and: [{ receivedAt: { greater_than_equal: start.toISOString() } }, { receivedAt: { less_than: end.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })) as unknown as { docs: Doc[] }
  const themes = (await payload.find({ collection: 'themes', pagination: false, depth: 0, overrideAccess: true, sort: 'order' })).docs
  const schools = (await payload.find({ collection: 'schools', pagination: false, depth: 0, overrideAccess: true })).docs
  const themeName = new Map(themes.map((t) => [String(t.id), t.name]))
  const schoolName = new Map(schools.map((s) => [String(s.id), s.name]))

  const kinds = tally(docs, (d) => String(d.kind))
  const statuses = tally(docs, (d) => String(d.status))
  const byTheme = tally(docs, (d) => idOf(d.theme))
  const bySchool = tally(docs, (d) => idOf(d.school))
  const perMonth = tally(docs, (d) => monthOf(d.receivedAt as string))

  const themeRows: Row[] = themes.filter((t) => byTheme.has(String(t.id))).map((t) => ({ key: String(t.id), label: t.name, count: byTheme.get(String(t.id))! }))
  for (const [k, n] of byTheme) if (k && !themeName.has(k)) themeRows.push({ key: k, label: `Lĩnh vực #${k}`, count: n })
  if (byTheme.has('')) themeRows.push({ key: '', label: 'Chưa xác định lĩnh vực', count: byTheme.get('')! })

  const schoolRows: Row[] = [...bySchool].filter(([k]) => k).map(([k, n]) => ({ key: k, label: schoolName.get(k) ?? `Trường #${k}`, count: n }))
  schoolRows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
  if (bySchool.has('')) schoolRows.push({ key: '', label: 'Không gắn với trường cụ thể', count: bySchool.get('')! })

  const figures: FeedbackFigures = {
    total: docs.length,
    byKind: FEEDBACK_KINDS.map((k) => ({ key: k.value, label: k.label, count: kinds.get(k.value) ?? 0 })),
    byStatus: FEEDBACK_STATUSES.map((s) => ({ key: s.value, label: s.label, count: statuses.get(s.value) ?? 0 })),
    byTheme: themeRows,
    bySchool: schoolRows,
    byMonth: months.map((m) => ({ key: m, label: `Tháng ${Number(m.slice(5))}/${m.slice(0, 4)}`, count: perMonth.get(m) ?? 0 })),
  }
  for (const [name, prop] of [['priority', 'byPriority'], ['source', 'bySource']] as const) {
    const labels = optionLabels(payload, name)
    if (!labels) continue
    const field = payload.collections.feedback?.config.flattenedFields.find((x) => x.name === name)
    if (field?.type === 'checkbox') {
      const yes = docs.filter((d) => d[name] === true).length
      figures[prop] = [
        { key: 'true', label: 'Ưu tiên', count: yes },
        { key: 'false', label: 'Thông thường', count: docs.length - yes },
      ]
      continue
    }
    const counts = tally(docs, (d) => (d[name] === null || d[name] === undefined ? '' : String(d[name])))
    const rows: Row[] = [...labels].map(([k, label]) => ({ key: k, label, count: counts.get(k) ?? 0 }))
    for (const [k, n] of counts) if (!labels.has(k)) rows.push({ key: k, label: k ? k : 'Chưa xác định', count: n })
    figures[prop] = rows
  }
  if (optionLabels(payload, 'answeredAt')) figures.answered = docs.filter((d) => Boolean(d.answeredAt)).length
  return { figures, docs }
}
