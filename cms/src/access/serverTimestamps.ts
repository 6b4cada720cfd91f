import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * When a record was created and last changed is written by the server, never taken from a request: what a REST or
 * GraphQL request sends as createdAt or updatedAt is dropped before Payload reads it (Payload sets both itself on every
 * create and update). Otherwise a school could file an urgent report "earlier" or keep it at the top of the department's
 * queue with a date years ahead, and a value that is no date ("hôm qua") was stored half-way and made every later
 * read of the record fail (the SQLite adapter keeps no transaction). The server's own Local API calls (the seed, an
 * import) keep theirs.
 */
function withoutTimestamps<A>(args: A, req: PayloadRequest): A {
  const data = (args as { data?: unknown } | undefined)?.data
  if (req.payloadAPI === 'local' || !data || typeof data !== 'object' || Array.isArray(data)) return args
  if (!('createdAt' in data) && !('updatedAt' in data)) return args
  const { createdAt: _created, updatedAt: _updated, ...rest } = data as Record<string, unknown>
  return { ...args, data: rest }
}

export const serverTimestamps: CollectionBeforeOperationHook = ({ args, operation, req }) =>
  operation === 'create' || operation === 'update' ? withoutTimestamps(args, req) : args

export const serverTimestampsOfGlobal: GlobalBeforeOperationHook = ({ args, operation, req }) =>
  operation === 'update' ? withoutTimestamps(args, req) : args
