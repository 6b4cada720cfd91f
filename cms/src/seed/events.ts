import type { Payload } from 'payload'
import { lunarToSolar } from '@gd/shared/holidays'
import { slugify } from '@gd/shared/text'
import { toLocalDate } from '@gd/shared/working-days'
import { EVENTS, type SeedEvent } from './data/events'
import { paragraphsToLexical } from './lexical'
import { day, findBy, inDays, local, type SeedContext } from './stored'

const pad = (n: number) => String(n).padStart(2, '0')
const dateIn = (on: SeedEvent['on'], year: number): string =>
  on === 'tet' ? lunarToSolar(1, 1, year) : `${year}-${pad(on.month)}-${pad(on.day)}`

/** The year of the occurrence the demo wants: the next one on or after today, or the last one before it. */
function yearOf(e: SeedEvent, today: string): number {
  const y = Number(today.slice(0, 4))
  if (e.when === 'next') return dateIn(e.on, y) >= today ? y : y + 1
  return dateIn(e.on, y) < today ? y : y - 1
}

/** Events and anniversaries on their real days around the seed's "now", idempotent by slug. */
export async function seedEvents(payload: Payload, { now, count }: SeedContext): Promise<void> {
  const today = toLocalDate(now)
  for (const e of EVENTS) {
    const year = yearOf(e, today)
    const title = e.title(year)
    const slug = slugify(title)
    if (await findBy(payload, 'events', 'slug', slug)) continue
    const start = dateIn(e.on, year)
    const span = e.on !== 'tet' ? (e.on.days ?? 1) : 1
    const end = span > 1 ? toLocalDate(new Date(Date.parse(day(start)) + (span - 1) * 86_400_000)) : null
    await payload.create({
      ...local,
      collection: 'events',
      data: {
        title,
        slug,
        kind: e.kind,
        startsAt: day(start),
        endsAt: end ? day(end) : null,
        place: e.place ?? null,
        summary: e.summary,
        content: paragraphsToLexical(e.paragraphs),
        publishedAt: inDays(now, -40),
        _status: 'published',
      },
    })
    count('events')
  }
}
