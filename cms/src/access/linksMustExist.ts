import {
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type CollectionSlug,
  ValidationError,
} from 'payload'

export const LINK_TO_NOTHING = 'Liên kết đến một mục không tồn tại.'

interface Link {
  path: string
  collection: string
  id: string | number
}

/** What a link field may declare in its `custom`: its own validate looks every linked record up before anything is written. */
export interface LinkCheck {
  checksItsLinks?: boolean
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * The links (relationship and upload values) a save's data gives, with their field paths, through the fields as Payload
 * flattens them (rows and unnamed tabs taken out; named groups and tabs, and lists, kept with their data).
 */
function linksIn(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, out: Link[]): void {
  for (const field of fields) {
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value == null) continue
    // a link field whose own check looks the record up (custom.checksItsLinks: a correction's target must exist and be
    // published) says what is wrong in its own words
    if ((field.type === 'relationship' || field.type === 'upload') && !(field.custom as LinkCheck | undefined)?.checksItsLinks) {
      for (const one of Array.isArray(value) ? value : [value]) {
        const [collection, id] = Array.isArray(field.relationTo)
          ? [isRecord(one) ? one.relationTo : undefined, isRecord(one) ? one.value : undefined]
          : [field.relationTo, isRecord(one) ? one.id : one]
        const given = isRecord(id) ? id.id : id
        if (typeof collection === 'string' && (typeof given === 'number' || typeof given === 'string'))
          out.push({ path, collection, id: given })
      }
    } else if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) linksIn(field.flattenedFields, value, `${path}.`, out)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row, i) => isRecord(row) && linksIn(field.flattenedFields, row, `${path}.${i}.`, out))
  }
}

/** The first link whose record does not exist, or null; ids the database cannot read are left to Payload's own check. */
async function missingLink(req: PayloadRequest, links: Link[]): Promise<Link | null> {
  const byCollection = new Map<string, Link[]>()
  for (const link of links) byCollection.set(link.collection, [...(byCollection.get(link.collection) ?? []), link])
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((l) => l.id))]
    const found = await req.payload
      .find({
        collection: collection as CollectionSlug,
        where: { id: { in: ids } },
        select: {},
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      .then((r) => new Set(r.docs.map((d) => String(d.id))))
      .catch(() => null)
    const missing = found && wanted.find((l) => !found.has(String(l.id)))
    if (missing) return missing
  }
  return null
}

/**
 * A save over REST or GraphQL that links to a record that does not exist (a theme, a school, an image by an id nobody
 * has) is refused before anything is written, under the field: 400 in Vietnamese. Payload checks the id's form, not
 * that the record is there; SQLite's foreign key then refused the link only after the record's own row was written,
 * and on SQLite Payload keeps no transaction, so an article with a theme that does not exist was answered with an
 * error and kept anyway. The server's own Local API calls are not checked again, nor a field that says it looks its
 * links up itself (LinkCheck).
 */
async function check(req: PayloadRequest, fields: FlattenedField[], data: unknown, slug: string): Promise<void> {
  // an anonymous save is refused by access after this (and learns nothing here of which records exist)
  if (req.payloadAPI === 'local' || !req.user || !isRecord(data)) return
  const links: Link[] = []
  linksIn(fields, data, '', links)
  const missing = links.length > 0 ? await missingLink(req, links) : null
  if (missing) throw new ValidationError({ collection: slug, errors: [{ path: missing.path, message: LINK_TO_NOTHING }], req })
}

export const linksMustExist: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'create' || operation === 'update')
    await check(req, collection.flattenedFields, (args as { data?: unknown }).data, collection.slug)
  return args
}

export const linksMustExistInGlobal: GlobalBeforeOperationHook = async ({ args, operation, req, global }) => {
  if (operation === 'update') await check(req, global.flattenedFields, (args as { data?: unknown }).data, global.slug)
  return args
}
