import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { PRESS_RELEASES } from './data/press'
import { coverMedia } from './images'
import { paragraphsToLexical } from './lexical'
import { recordedAt } from './records-clock'
import { findBy, inDays, local, type SeedContext, themeIdsOf } from './stored'

/** Press releases: articles marked pressRelease, idempotent (by slug), each with a cover of school life (./images.ts). */
export async function seedPressReleases(payload: Payload, { themeIds, now, count }: SeedContext): Promise<void> {
  for (const [i, p] of PRESS_RELEASES.entries()) {
    const slug = slugify(p.title)
    if (await findBy(payload, 'articles', 'slug', slug)) continue
    const cover = await coverMedia(payload, 40 + i)
    await payload.create({
      ...local,
      collection: 'articles',
      data: {
        title: p.title,
        slug,
        excerpt: p.excerpt,
        cover,
        content: paragraphsToLexical(p.paragraphs),
        themes: themeIdsOf(themeIds, p.themes),
        pressRelease: true,
        ...recordedAt(inDays(now, -p.daysAgo)),
        _status: 'published',
      },
    })
    count('articles')
  }
}
