import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { toLocalDate } from '@gd/shared/working-days'
import { ANNOUNCEMENTS } from './data/announcements'
import { paragraphsToLexical } from './lexical'
import { day, findBy, inDays, local, type SeedContext } from './stored'

/** Announcements with validity periods around the seed's "now" (in force, upcoming, expired), idempotent by slug. */
export async function seedAnnouncements(payload: Payload, { now, count }: SeedContext): Promise<void> {
  const dayFrom = (offset: number) => day(toLocalDate(inDays(now, offset)))
  for (const a of ANNOUNCEMENTS) {
    const slug = slugify(a.title)
    if (await findBy(payload, 'announcements', 'slug', slug)) continue
    await payload.create({
      ...local,
      collection: 'announcements',
      data: {
        title: a.title,
        slug,
        summary: a.summary,
        content: paragraphsToLexical(a.paragraphs),
        validFrom: dayFrom(a.fromDay),
        validUntil: a.untilDay === undefined ? null : dayFrom(a.untilDay),
        publishedAt: inDays(now, Math.min(a.fromDay, 0) - 1),
        _status: 'published',
      },
    })
    count('announcements')
  }
}
