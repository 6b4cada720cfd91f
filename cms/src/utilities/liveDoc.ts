import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The live row of a document of a collection with drafts: what the public reads (`draft: false`), whatever draft
 * versions were saved after it. A hook's `originalDoc`/`previousDoc` is the latest version instead, so after a
 * draft-only edit of a published item it is that draft and cannot tell whether the item is on the site.
 */
export async function liveDoc(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<{ _status?: string | null } | null> {
  if (id === undefined || id === null) return null
  const doc = await req.payload.findByID({
    collection,
    id: id as number,
    draft: false,
    overrideAccess: true,
    req,
    depth: 0,
    disableErrors: true,
  })
  return (doc as { _status?: string | null } | null) ?? null
}
