import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type FlattenedField, type SanitizedConfig } from 'payload'

interface Link {
  collection: CollectionSlug
  /** the collection's name in the admin */
  label: string
  /** the link field's path, dotted through groups, named tabs and lists */
  path: string
}

/** The fields linking to `target` in a collection's fields as Payload flattens them (rows and unnamed tabs taken out), with their paths. */
function linksIn(fields: FlattenedField[], target: string, prefix: string, out: string[]): void {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    // links to the target alone: a link that may point to any kind of record (Payload's own lock of a record being
    // edited) is not a use of it, nor can the database count those by it
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === target) out.push(path)
    else if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      linksIn(field.flattenedFields, target, `${path}.`, out)
  }
}

const found = new Map<string, Link[]>()
/** Every field of every collection that links to `target` (read from the configuration once). */
function linksTo(config: SanitizedConfig, target: string): Link[] {
  let links = found.get(target)
  if (!links) {
    links = config.collections.flatMap((collection) => {
      const paths: string[] = []
      linksIn(collection.flattenedFields, target, '', paths)
      const label = typeof collection.labels.plural === 'string' ? collection.labels.plural : collection.slug
      return paths.map((path) => ({ collection: collection.slug as CollectionSlug, label, path }))
    })
    found.set(target, links)
  }
  return links
}

/**
 * A record something links to is not deleted: its links would go with it (a published article whose only theme it
 * was left with none, a school's account and reports left with no school). The refusal (409) names what uses it, with
 * how many of each, then `wayOut`: what to do instead.
 */
export const keepWhileLinked =
  (target: CollectionSlug, { what, wayOut }: { what: string; wayOut: string }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const uses: string[] = []
    for (const link of linksTo(req.payload.config, target)) {
      const { totalDocs } = await req.payload.count({
        collection: link.collection,
        where: { [link.path]: { in: [id] } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) uses.push(`${link.label} (${totalDocs})`)
    }
    if (uses.length > 0) throw new APIError(`Chưa xóa được ${what}: đang được dùng ở ${uses.join(', ')}. ${wayOut}`, 409, null, true)
  }
