import type { Payload, Where } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_SOURCES, FEEDBACK_STATUSES, SENDER_GROUPS } from '@gd/shared/vocab'
import { monthOf } from '@gd/shared/report-periods'

/** Comments on drafts for comment are not complaints (@gd/shared/feedback-deadlines): the figures count them apart. */
const NOT_A_DRAFT_COMMENT: Where = { consultation: { exists: false } }
const DRAFT_COMMENTS_ONLY: Where = { consultation: { exists: true } }

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
  /** "Ưu tiên" (sensitive or raised by hand) and "Thông thường". */
  byPriority: Row[]
  /** By channel (the feedback's `source`). */
  bySource: Row[]
  /** By who is speaking (the sender's group); "Chưa xác định" when the sender did not say. */
  bySenderGroup: Row[]
  /** Comments on drafts for comment received in the range: counted apart, in none of the figures above. */
  draftComments: number
}

export type Doc = Record<string, unknown>
const idOf = (v: unknown): string =>
  v && typeof v === 'object' ? String((v as { id: unknown }).id) : v === null || v === undefined || v === '' ? '' : String(v)

function tally(docs: Doc[], keyOf: (d: Doc) => string): Map<string, number> {
  const m = new Map<string, number>()
  for (const d of docs) m.set(keyOf(d), (m.get(keyOf(d)) ?? 0) + 1)
  return m
}

/**
 * The counts of the feedback received in [start, end) (instants; Hà Nội days at the callers), months listed as
 * "YYYY-MM", through the Local API only (any database adapter); also hands back the items read, for the further
 * figures and lists of ./statistics.ts and the department's report.
 */
export async function feedbackFiguresBetween(
  payload: Payload,
  start: Date,
  end: Date,
  months: string[],
): Promise<{ figures: FeedbackFigures; docs: Doc[] }> {
  const inRange: Where[] = [{ receivedAt: { greater_than_equal: start.toISOString() } }, { receivedAt: { less_than: end.toISOString() } }]
  const { docs } = (await payload.find({
    collection: 'feedback',
    where: { and: [...inRange, NOT_A_DRAFT_COMMENT] },
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
  const sources = tally(docs, (d) => (typeof d.source === 'string' ? d.source : ''))
  const draftComments = (
    await payload.count({ collection: 'feedback', where: { and: [...inRange, DRAFT_COMMENTS_ONLY] }, overrideAccess: true })
  ).totalDocs
  const groups = tally(docs, (d) => (typeof d.senderGroup === 'string' ? d.senderGroup : ''))
  const priority = docs.filter((d) => d.priority === true).length

  const themeRows: Row[] = themes
    .filter((t) => byTheme.has(String(t.id)))
    .map((t) => ({ key: String(t.id), label: t.name, count: byTheme.get(String(t.id))! }))
  for (const [k, n] of byTheme) if (k && !themeName.has(k)) themeRows.push({ key: k, label: `Lĩnh vực #${k}`, count: n })
  if (byTheme.has('')) themeRows.push({ key: '', label: 'Chưa xác định lĩnh vực', count: byTheme.get('')! })

  const schoolRows: Row[] = [...bySchool]
    .filter(([k]) => k)
    .map(([k, n]) => ({ key: k, label: schoolName.get(k) ?? `Trường #${k}`, count: n }))
  schoolRows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
  if (bySchool.has('')) schoolRows.push({ key: '', label: 'Không gắn với trường cụ thể', count: bySchool.get('')! })

  const figures: FeedbackFigures = {
    total: docs.length,
    byKind: FEEDBACK_KINDS.map((k) => ({ key: k.value, label: k.label, count: kinds.get(k.value) ?? 0 })),
    byStatus: FEEDBACK_STATUSES.map((s) => ({ key: s.value, label: s.label, count: statuses.get(s.value) ?? 0 })),
    byTheme: themeRows,
    bySchool: schoolRows,
    byMonth: months.map((m) => ({ key: m, label: `Tháng ${Number(m.slice(5))}/${m.slice(0, 4)}`, count: perMonth.get(m) ?? 0 })),
    byPriority: [
      { key: 'true', label: 'Ưu tiên', count: priority },
      { key: 'false', label: 'Thông thường', count: docs.length - priority },
    ],
    bySource: FEEDBACK_SOURCES.map((o) => ({ key: o.value, label: o.label, count: sources.get(o.value) ?? 0 })),
    bySenderGroup: [
      ...SENDER_GROUPS.map((o) => ({ key: o.value, label: o.label, count: groups.get(o.value) ?? 0 })),
      { key: '', label: 'Chưa xác định', count: groups.get('') ?? 0 },
    ],
    draftComments,
  }
  for (const [k, n] of sources)
    if (!FEEDBACK_SOURCES.some((o) => o.value === k)) figures.bySource.push({ key: k, label: k || 'Chưa xác định', count: n })
  return { figures, docs }
}
