import type { Payload } from 'payload'
import { PRESS_MENTIONS } from './data/press-mentions'
import { findBy, inDays, local, type SeedContext } from './stored'

/** Press and social-network items, logged when published (so the negative one still unanswered is due soon or overdue); idempotent by title. */
export async function seedPressMentions(payload: Payload, { themeIds, now, count }: SeedContext): Promise<void> {
  for (const m of PRESS_MENTIONS) {
    if (await findBy(payload, 'press-mentions', 'title', m.title)) continue
    const at = inDays(now, -m.daysAgo)
    await payload.create({
      ...local,
      collection: 'press-mentions',
      data: {
        title: m.title,
        channel: m.channel,
        outlet: m.outlet,
        tone: m.tone,
        theme: themeIds.get(m.theme) ?? null,
        publishedAt: at,
        createdAt: at,
        needsResponse: 'needsResponse' in m ? m.needsResponse : false,
        response: 'response' in m ? m.response : null,
        summary: m.summary,
      },
    })
    count('press-mentions')
  }
}
