import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { PROCEDURES } from './data/procedures'
import { recordedAt } from './records-clock'
import { findBy, inDays, local, type SeedContext } from './stored'

/** The demo administrative procedures (illustrative, see ./data/procedures.ts), published, idempotent by slug. */
export async function seedProcedures(payload: Payload, { now, count }: SeedContext): Promise<void> {
  for (const p of PROCEDURES) {
    const slug = slugify(p.name)
    if (await findBy(payload, 'procedures', 'slug', slug)) continue
    await payload.create({
      ...local,
      collection: 'procedures',
      data: {
        ...p,
        slug,
        papers: p.papers.map((paper) => ({ paper })),
        steps: p.steps.map((step) => ({ step })),
        ...recordedAt(inDays(now, -30)),
        _status: 'published',
      },
    })
    count('procedures')
  }
}
