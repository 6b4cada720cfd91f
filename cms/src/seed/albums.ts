import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { toLocalDate } from '@gd/shared/working-days'
import { ALBUMS, DEMO_VIDEO, type SeedAlbum } from './data/albums'
import { makeCover } from './images'
import { recordedAt } from './records-clock'
import { day, findBy, inDays, local, type SeedContext } from './stored'

const HERE = path.dirname(fileURLToPath(import.meta.url))

async function photo(payload: Payload, scene: number, alt: string, name: string): Promise<number> {
  const data = await makeCover(scene)
  const doc = await payload.create({
    ...local,
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
  return doc.id
}

/** The last 5 September on or before today (Hà Nội day), the opening day of the school year. */
function lastOpeningDay(now: Date): string {
  const today = toLocalDate(now)
  const year = Number(today.slice(0, 4))
  const thisYear = `${year}-09-05`
  return thisYear <= today ? thisYear : `${year - 1}-09-05`
}

const dateOf = (a: SeedAlbum, now: Date) => (a.when === 'khai-giang' ? lastOpeningDay(now) : toLocalDate(inDays(now, -a.when)))

/**
 * Photo albums and the demo video, idempotent by slug. Returns the new albums by the title of the article each is
 * shown with, so the article is created with it (linking it afterwards would stamp the article as updated today).
 */
export async function seedAlbums(payload: Payload, { now, count }: SeedContext): Promise<Map<string, number>> {
  const albumOf = new Map<string, number>()
  for (const album of ALBUMS) {
    const slug = slugify(album.title)
    if (await findBy(payload, 'albums', 'slug', slug)) continue
    const photos = []
    for (const [i, p] of album.photos.entries())
      photos.push({ image: await photo(payload, p.scene, p.alt, `${slug}-${i + 1}.jpg`), caption: p.caption })
    const taken = dateOf(album, now)
    const doc = await payload.create({
      ...local,
      collection: 'albums',
      data: {
        title: album.title,
        slug,
        takenOn: day(taken),
        description: album.description,
        photos,
        ...recordedAt(new Date(Math.min(Date.parse(day(taken)) + 86_400_000, now.getTime())).toISOString()),
        _status: 'published',
      },
    })
    count('albums')
    if (album.article) albumOf.set(album.article, doc.id)
  }

  const slug = slugify(DEMO_VIDEO.title)
  if (await findBy(payload, 'videos', 'slug', slug)) return albumOf
  const data = await fs.readFile(path.join(HERE, 'data', DEMO_VIDEO.file))
  const taken = lastOpeningDay(now)
  await payload.create({
    ...local,
    collection: 'videos',
    data: {
      title: DEMO_VIDEO.title,
      slug,
      recordedOn: day(taken),
      description: DEMO_VIDEO.description,
      transcript: DEMO_VIDEO.transcript,
      poster: await photo(payload, 0, DEMO_VIDEO.posterAlt, `${slug}-anh-dai-dien.jpg`),
      ...recordedAt(new Date(Math.min(Date.parse(day(taken)) + 86_400_000, now.getTime())).toISOString()),
      _status: 'published',
    },
    file: { data, mimetype: 'video/mp4', name: DEMO_VIDEO.file, size: data.length },
  })
  count('videos')
  return albumOf
}
