import type { Payload } from 'payload'
import { deadlineLabel } from '@gd/shared/feedback-deadlines'
import { labelOf, PRESS_CHANNELS, PRESS_TONES } from '@gd/shared/vocab'
import { viCollator } from '@gd/shared/text'
import { responseState } from '@gd/shared/press-response'
import type { Row } from './figures'

/** One press or social-network item as the report lists it. */
export interface PressItem {
  title: string
  outlet: string
  publishedAt: string
  tone: string
  /** "Quá hạn trả lời", "Sắp đến hạn trả lời (còn 1 ngày làm việc)", "Trong hạn"; '' when answered or not needed. */
  deadline: string
  respondBy: string | null
  respondedAt: string | null
  response: string
}

/** What the press and social networks said in a range of days: counts by tone, channel, theme and outlet. */
export interface PressFigures {
  total: number
  byTone: Row[]
  byChannel: Row[]
  byTheme: Row[]
  byOutlet: Row[]
  /** Negative items that needed a response, and those of them still unanswered past their deadline. */
  needingResponse: number
  overdue: number
  /** The negative items, answered or not, newest first. */
  negative: PressItem[]
}

type Doc = Record<string, unknown>
const name = (v: unknown) => (v && typeof v === 'object' ? String((v as { name?: unknown }).name ?? '') : '')

function rows(docs: Doc[], keyOf: (d: Doc) => string, labelFor: (key: string) => string, fixed?: readonly { value: string }[]): Row[] {
  const m = new Map<string, number>()
  for (const d of docs) m.set(keyOf(d), (m.get(keyOf(d)) ?? 0) + 1)
  const keys = fixed
    ? fixed.map((o) => o.value)
    : [...m.keys()].sort((a, b) => (m.get(b) ?? 0) - (m.get(a) ?? 0) || viCollator.compare(a, b))
  return keys.map((key) => ({ key, label: labelFor(key), count: m.get(key) ?? 0 }))
}

/** The figures of items published in [from, to] (Hà Nội days, YYYY-MM-DD), deadlines measured at `now`. */
export async function pressFigures(
  payload: Payload,
  range: { from: string; to: string },
  holidays: string[],
  now = new Date(),
): Promise<PressFigures> {
  const start = new Date(`${range.from}T00:00:00+07:00`).toISOString()
  const end = new Date(new Date(`${range.to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString()
  const { docs } = (await payload.find({
    collection: 'press-mentions',
    where: { and: [{ publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } }] },
    pagination: false,
    depth: 1,
    overrideAccess: true,
    sort: '-publishedAt',
  })) as unknown as { docs: Doc[] }
  const negative = docs.filter((d) => d.tone === 'tieu-cuc')
  const states = negative.map((d) => responseState(d as { respondBy?: string; respondedAt?: string }, now, holidays))
  return {
    total: docs.length,
    byTone: rows(
      docs,
      (d) => String(d.tone),
      (k) => labelOf(PRESS_TONES, k),
      PRESS_TONES,
    ),
    byChannel: rows(
      docs,
      (d) => String(d.channel),
      (k) => labelOf(PRESS_CHANNELS, k),
      PRESS_CHANNELS,
    ),
    byTheme: rows(
      docs,
      (d) => name(d.theme) || 'Chưa xác định',
      (k) => k,
    ),
    byOutlet: rows(
      docs,
      (d) => String(d.outlet ?? ''),
      (k) => k,
    ),
    needingResponse: negative.filter((d) => d.respondBy).length,
    overdue: states.filter((s) => s?.state === 'overdue').length,
    negative: negative.map((d, i) => ({
      title: String(d.title ?? ''),
      outlet: String(d.outlet ?? ''),
      publishedAt: String(d.publishedAt ?? ''),
      tone: labelOf(PRESS_TONES, String(d.tone)),
      deadline: deadlineLabel(states[i]),
      respondBy: (d.respondBy as string) ?? null,
      respondedAt: (d.respondedAt as string) ?? null,
      response: String(d.response ?? ''),
    })),
  }
}
