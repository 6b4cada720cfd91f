import type { CollectionSlug, Payload } from 'payload'

/** How the seed reads and writes: as the system (no access checks), ids only. */
export const local = { overrideAccess: true, depth: 0 } as const

/** Noon in Việt Nam of a calendar day, so the day is the same in every time zone the admin may use. */
export const day = (iso: string): string => `${iso}T05:00:00.000Z`
export const inDays = (now: Date, days: number): string => new Date(now.getTime() + days * 86_400_000).toISOString()

/** The item whose field equals value (drafts included), the natural key the seed is idempotent on. */
export async function findBy(payload: Payload, collection: CollectionSlug, field: string, value: string) {
  const { docs } = await payload.find({
    ...local,
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    pagination: false,
    draft: true,
  })
  return docs[0] as { id: number } | undefined
}

/** A PDF stored in the files collection (uploaded documents); its id. */
export async function storeFile(payload: Payload, data: Buffer, name: string, title: string): Promise<number> {
  const doc = await payload.create({
    ...local,
    collection: 'files',
    data: { title },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
  })
  return doc.id
}

/** What every part of the seed is given: the themes' ids by slug, the seed's "now" and the tally of created items. */
export interface SeedContext {
  themeIds: Map<string, number>
  now: Date
  count: (key: string) => void
}

export const themeIdsOf = (themeIds: Map<string, number>, slugs: string[]): number[] =>
  slugs.map((s) => themeIds.get(s)).filter((id): id is number => id !== undefined)
