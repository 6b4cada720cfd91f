import type { Payload } from 'payload'
import { viCollator } from '@gd/shared/text'

/** One urgent report (báo cáo đột xuất) as the department's report lists it. */
export interface UrgentItem {
  title: string
  school: string
  occurredAt: string
  place: string
  affected: string
  actionsTaken: string
  /** "báo chí, mạng xã hội", or '' when neither is involved. */
  media: string
  acknowledgedAt: string | null
  /** How many feedback items, press items and statements the department linked to it. */
  links: { feedback: number; press: number; statements: number }
}

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0)

/** The urgent reports whose incident happened in [from, to] (Hà Nội days, YYYY-MM-DD), in the order they happened. */
export async function urgentItems(payload: Payload, range: { from: string; to: string }): Promise<UrgentItem[]> {
  const start = new Date(`${range.from}T00:00:00+07:00`).toISOString()
  const end = new Date(new Date(`${range.to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'urgent-reports',
    where: { and: [{ occurredAt: { greater_than_equal: start } }, { occurredAt: { less_than: end } }] },
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  return docs
    .map((d) => ({
      title: d.title,
      school: typeof d.school === 'object' && d.school ? d.school.name : '',
      occurredAt: d.occurredAt,
      place: d.place,
      affected: d.affected ?? '',
      actionsTaken: d.actionsTaken ?? '',
      media: [d.pressInvolved ? 'báo chí' : '', d.socialInvolved ? 'mạng xã hội' : ''].filter(Boolean).join(', '),
      acknowledgedAt: d.acknowledgedAt ?? null,
      links: { feedback: count(d.relatedFeedback), press: count(d.relatedPress), statements: count(d.relatedStatements) },
    }))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || viCollator.compare(a.school, b.school))
}

/** "2 ý kiến, 1 tin báo chí, 1 thông cáo" — the linked items in words; '' when none. */
export function linksText(l: UrgentItem['links']): string {
  return [
    l.feedback ? `${l.feedback} ý kiến` : '',
    l.press ? `${l.press} tin báo chí, mạng xã hội` : '',
    l.statements ? `${l.statements} thông cáo` : '',
  ]
    .filter(Boolean)
    .join(', ')
}
