import type { Payload } from 'payload'

/**
 * The names of the staff accounts a screen mentions (who changed a status, who is assigned), by id. Editors may not
 * read other accounts through the API (users: admin or self), so this reads only the name and e-mail, on the server,
 * for ids the screen already holds.
 */
export async function staffNames(payload: Payload, ids: Array<number | null | undefined>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => typeof i === 'number'))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    limit: wanted.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, email: true },
  })
  return new Map(docs.map((u) => [u.id, u.name || u.email]))
}

/** A relationship value (id or populated document) as its id. */
export const idOf = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'object' && v && typeof (v as { id?: unknown }).id === 'number' ? (v as { id: number }).id : null
