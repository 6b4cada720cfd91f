import type { Payload } from 'payload'
import type { DeadlineState } from '@gd/shared/feedback-deadlines'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { responseState } from '@gd/shared/press-response'

export interface PressQueueItem extends DeadlineState {
  id: number
  title: string
  outlet: string
}

/** Negative items awaiting a response that are overdue or due soon (the feedback rule), overdue first, then nearest. */
export async function pressQueue(payload: Payload, now = new Date()): Promise<PressQueueItem[]> {
  const { holidays } = await feedbackSettings(payload)
  const { docs } = await payload.find({
    collection: 'press-mentions',
    where: { and: [{ respondBy: { exists: true } }, { respondedAt: { exists: false } }] },
    sort: 'respondBy',
    limit: 200,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, outlet: true, respondBy: true, respondedAt: true },
  })
  const items: PressQueueItem[] = []
  for (const d of docs) {
    const s = responseState(d, now, holidays)
    if (s && s.state !== 'on-time') items.push({ id: d.id, title: d.title, outlet: d.outlet, ...s })
  }
  return items.sort((a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || a.dueAt.localeCompare(b.dueAt))
}
