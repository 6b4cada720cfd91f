import { type Access, docAccessOperation, docAccessOperationGlobal, type PayloadRequest, type SanitizedConfig, type Where } from 'payload'

type Ref = { relationTo?: string; value?: unknown } | string | number | null | undefined
type Lock = { document?: Ref; globalSlug?: string | null; user?: Ref }

const SLUG = 'payload-locked-documents'

/** Whether a lock's `user` is the caller (the lock's owner must be whoever takes it). */
function isCaller(req: PayloadRequest, user: Ref): boolean {
  if (!req.user || !user || typeof user !== 'object') return false
  const value = typeof user.value === 'object' && user.value ? (user.value as { id?: unknown }).id : user.value
  return user.relationTo === req.user.collection && String(value) === String(req.user.id)
}

/** Whether the caller may edit what the lock is about (Payload's own update access for that document or global). */
async function mayUpdateTarget(req: PayloadRequest, lock: Lock): Promise<boolean> {
  const doc = lock.document
  if (doc && typeof doc === 'object' && doc.relationTo && doc.value !== undefined && doc.value !== null) {
    const config = req.payload.collections[doc.relationTo as 'articles']?.config
    const id = typeof doc.value === 'object' ? (doc.value as { id: number | string }).id : (doc.value as number | string)
    if (!config || config.slug === SLUG) return false
    // a query (a school's own items) comes back as { permission, where }, the query already run against this document
    const update = (await docAccessOperation({ id, collection: { config } as never, req })).update as
      boolean | { permission?: boolean } | undefined
    return update === true || (typeof update === 'object' && update?.permission === true)
  }
  if (lock.globalSlug) {
    const globalConfig = req.payload.config.globals.find((g) => g.slug === lock.globalSlug)
    return Boolean(globalConfig) && (await docAccessOperationGlobal({ globalConfig: globalConfig!, req })).update === true
  }
  return false
}

const create: Access = async ({ req, data }) =>
  Boolean(req.user) && isCaller(req, (data as Lock)?.user) && mayUpdateTarget(req, data as Lock)

/** Taking a lock over (the admin's PATCH): only in one's own name, and only on something one may edit. */
const update: Access = async ({ req, id, data }) => {
  if (!req.user || id === undefined || id === null) return false
  const lock = (await req.payload
    .findByID({ collection: SLUG, id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as Lock | null
  if (!lock) return false
  const newUser = (data as Lock | undefined)?.user
  if (newUser !== undefined && !isCaller(req, newUser)) return false
  return mayUpdateTarget(req, lock)
}

/**
 * One's own locks (the admin deletes its lock by id when the editor leaves the page; a where-delete is narrowed the
 * same way); administrators any. A query, not a look-up by id: deleting someone else's lock, or one that a save has
 * already removed (Payload deletes a document's lock when it is saved), finds nothing and is refused.
 */
const remove: Access = ({ req }) => {
  if (!req.user) return false
  if (req.user.role === 'admin') return true
  const own: Where = { and: [{ 'user.relationTo': { equals: req.user.collection } }, { 'user.value': { equals: req.user.id } }] }
  return own
}

/**
 * Payload adds the locked-documents collection itself while sanitising the config, with "any logged-in user" for
 * every operation, and offers no override: a school account could lock anyone's work in anyone's name (editors then
 * get 423) or delete real locks. After sanitising, its create/update/delete access is replaced (reading stays as
 * Payload has it, so the admin can show who is editing). The admin's own locking goes through the database
 * directly (form state), so it is unaffected.
 */
export function guardLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === SLUG)
  if (locks) Object.assign(locks.access, { create, update, delete: remove })
  return config
}
