import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { toLocalDate } from '@gd/shared/working-days'
import { CORRECTIONS } from './data/corrections'
import { day, findBy, inDays, local, type SeedContext } from './stored'

/** Corrections of seeded articles and exemplars (published ones), idempotent by title; skipped when the item is missing. */
export async function seedCorrections(payload: Payload, { now, count }: SeedContext): Promise<void> {
  for (const c of CORRECTIONS) {
    if (await findBy(payload, 'corrections', 'title', c.title)) continue
    const item = await findBy(payload, c.collection, 'slug', slugify(c.itemTitle))
    if (!item) continue
    await payload.create({
      ...local,
      collection: 'corrections',
      data: {
        target: { relationTo: c.collection, value: item.id },
        title: c.title,
        correctedOn: day(toLocalDate(inDays(now, -c.daysAgo))),
        decidedBy: c.decidedBy,
        text: c.text,
      },
    })
    count('corrections')
  }
}
