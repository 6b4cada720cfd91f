import type { Payload } from 'payload'

export interface UrgentQueueItem {
  id: number
  title: string
  school: string
  occurredAt: string
  place: string
  media: string
  filedAt: string
}

/** The urgent reports the department has not yet acknowledged (Đã nắm thông tin), newest filed first. */
export async function urgentQueue(payload: Payload): Promise<UrgentQueueItem[]> {
  const { docs } = await payload.find({
    collection: 'urgent-reports',
    where: { acknowledged: { not_equals: true } },
    sort: '-createdAt',
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  return docs.map((d) => ({
    id: d.id,
    title: d.title,
    school: typeof d.school === 'object' && d.school ? d.school.name : '',
    occurredAt: d.occurredAt,
    place: d.place,
    media: [d.pressInvolved ? 'báo chí' : '', d.socialInvolved ? 'mạng xã hội' : ''].filter(Boolean).join(', '),
    filedAt: d.createdAt,
  }))
}
