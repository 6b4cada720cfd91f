import type { AfterErrorHook, PayloadRequest } from 'payload'
import { thrownIn } from './thrownIn'

export const BODY_NOT_AN_OBJECT = 'Dữ liệu gửi lên không hợp lệ: cần một đối tượng gồm các trường và giá trị.'
export const FILTER_NOT_VALID = 'Điều kiện lọc không hợp lệ với kiểu của trường được lọc.'
export const VALUE_NOT_VALID =
  'Dữ liệu gửi lên không hợp lệ: có trường mang giá trị sai kiểu (ngày giờ, thư điện tử, danh sách, nhóm trường, nội dung soạn thảo…).'
export const LINK_NOT_FOUND = 'Dữ liệu gửi lên không hợp lệ: có trường liên kết đến một mục không tồn tại.'

/** SQLite's refusals that say the database itself failed (disk, lock, space), not the query Payload built. */
const DATABASE_FAULT = /SQLITE_(?:IOERR|BUSY|LOCKED|FULL|CANTOPEN|CORRUPT|NOMEM|READONLY|PROTOCOL)|ECONNREFUSED|ETIMEDOUT/

/** The error and its causes, each as "<class> <code> <message>", joined by " | ". */
const causes = (error: unknown): string => {
  const parts: string[] = []
  let e = error as { constructor?: { name?: string }; code?: unknown; message?: unknown; cause?: unknown } | undefined
  for (let i = 0; e && typeof e === 'object' && i < 5; i++, e = e.cause as typeof e)
    parts.push(`${e.constructor?.name ?? 'Error'} ${String(e.code)} ${String(e.message).slice(0, 200)}`)
  return parts.join(' | ')
}

const isWrite = (req: PayloadRequest): boolean => ['POST', 'PATCH', 'PUT'].includes(req.method ?? '')

const bodyIsNotAnObject = (req: PayloadRequest): boolean =>
  isWrite(req) && req.data !== undefined && (req.data === null || typeof req.data !== 'object' || Array.isArray(req.data))

/** A read filtered by `where` that failed in building or running its query, for a reason other than the database's own. */
const filterFailed = (req: PayloadRequest, error: unknown): boolean => {
  const where = (req.query as { where?: unknown } | undefined)?.where
  if (req.method !== 'GET' || where === undefined) return false
  const why = causes(error)
  if (DATABASE_FAULT.test(why)) return false
  // the adapter's own refusal of a path it cannot query (a relation to several collections, filtered as a whole)
  return /^(?:TypeError|RangeError|DrizzleQueryError|LibsqlError|QueryError)\b|^APIError \S+ Not supported$/.test(why)
}

/** A write whose values did not fit their fields and made Payload or the adapter fail: which message, or null. */
const writeFailed = (req: PayloadRequest, error: unknown): string | null => {
  if (!isWrite(req)) return null
  const why = causes(error)
  if (DATABASE_FAULT.test(why)) return null
  // an id of a relation or upload that no row has (SQLite's foreign key), where ../access/linksMustExist.ts does not look
  // (inside blocks)
  if (/FOREIGN KEY constraint failed|SQLITE_CONSTRAINT_FOREIGNKEY/.test(why)) return LINK_NOT_FOUND
  // a date that is no date (createdAt, updatedAt and date fields: Payload's Date#toISOString), a value the database
  // cannot store in its column (an object for a text or a select)
  if (/^RangeError \S+ Invalid time value|SQLITE_MISMATCH|can only bind|SQLITE_CONSTRAINT_(?:CHECK|NOTNULL)/.test(why))
    return VALUE_NOT_VALID
  // a value of another type thrown on by Payload's own code reading it (a number as an e-mail address, null for a list
  // or a group); a TypeError from this project's code stays a 500
  if (/^TypeError /.test(why) && /node_modules[\\/](?:payload|@payloadcms[\\/][\w-]+)[\\/]/.test(thrownIn(error))) return VALUE_NOT_VALID
  return null
}

/**
 * A request whose own shape made Payload fail answers 400 in Vietnamese instead of Payload's 500 ("An unknown error
 * occurred."): a body that is not an object of fields (a string, an array), and a filter whose operator or value does
 * not fit its field (`near` on text, an object for a date or a relation, a path into rich text, a relation to
 * several collections as a whole), which the database adapter could not build or SQLite refused; and a write whose
 * values do not fit their fields where Payload fails on them instead of refusing them (writeFailed: a date that is no
 * date, null for a list or a group, a number for an e-mail address, an object for rich text, the id of nothing).
 * Payload has logged the error before this runs (a fault stays in the log); errors of the database itself (disk, lock,
 * space) stay 500. The answer says nothing of what was kept: on SQLite Payload keeps no transaction, so what must not
 * be half-written is refused before the write (../access/linksMustExist.ts, ../access/serverTimestamps.ts).
 */
export const badRequestIs400: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return
  const message = bodyIsNotAnObject(req) ? BODY_NOT_AN_OBJECT : filterFailed(req, error) ? FILTER_NOT_VALID : writeFailed(req, error)
  if (message) return { status: 400, response: { errors: [{ message }] } }
}
