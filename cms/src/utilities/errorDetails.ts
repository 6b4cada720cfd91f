import type { AfterErrorHook } from 'payload'

type PublicError = Error & { status?: unknown; data?: unknown; isPublic?: unknown }

/**
 * Keeps the details of a 4xx error thrown by our own hooks in the REST answer, as Payload gives them for its own:
 * `{ errors: [{ name, message, data: { errors: [{ path, message }] } }] }` (the admin marks the field with
 * `data.errors[].message`, e.g. the Vietnamese reason a rich text is refused).
 *
 * Why it is needed: in one process express and Next's bundle each load Payload, and Next's route handlers reuse
 * the instance express made (cached on globalThis). Our hooks therefore throw express's `ValidationError`/`APIError`,
 * which Next's bundled error formatter does not recognise with `instanceof`: it answered `{ errors: [{ message }] }`
 * only ("Lỗi - Field sau không hợp lệ: story"), losing the reason. Payload's own errors are not affected.
 */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const err = error as PublicError
  if (!result || err?.isPublic !== true || typeof err.status !== 'number' || err.status >= 500) return
  if (err.data === null || typeof err.data !== 'object') return
  const [first, ...rest] = result.errors ?? []
  if (!first || rest.length > 0 || 'data' in first) return
  return { response: { ...result, errors: [{ name: err.name, data: err.data as Record<string, unknown>, message: err.message }] } }
}
