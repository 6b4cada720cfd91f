import { createHmac } from 'node:crypto'
import type { Field, Payload } from 'payload'

/**
 * A retried or double-clicked submission is stored once and answered with the same reference code.
 *
 * Two posts are the same submission when they carry the same `Idempotency-Key` header (a JSON client's retry), or,
 * without one, when everything the citizen typed and chose is the same (a double click, a browser resending the
 * form, a client retrying after a timeout) within RESUBMISSION_WINDOW_HOURS of the first. The key is stored as an
 * HMAC (keyed by the server's secret), never the text; it is cleared when the item's personal data is anonymised.
 * Concurrent posts of one submission in this process wait for the first instead of racing it.
 */
export const RESUBMISSION_WINDOW_HOURS = 24
/** The header a client sends to name its submission (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_HEADER = 'idempotency-key'
const MAX_CLIENT_KEY = 200

export const resubmissionKeyField: Field = {
  name: 'resubmissionKey',
  type: 'text',
  index: true,
  // server-only: set by the public endpoint, never shown, sent or changed by anyone
  access: { read: () => false, create: () => false, update: () => false },
  admin: { hidden: true },
}

/** The stored key: of the client's own key when it sent one, else of the submission's content. */
export function resubmissionKey(secret: string, content: Record<string, unknown>, clientKey?: string | null): string {
  const basis =
    clientKey && clientKey.length <= MAX_CLIENT_KEY
      ? `client:${clientKey}`
      : `content:${JSON.stringify(
          Object.keys(content)
            .sort()
            .map((k) => [k, content[k] ?? null]),
        )}`
  return createHmac('sha256', secret).update(basis).digest('hex').slice(0, 40)
}

/** The code already given to this submission within the window, if any. */
export async function earlierCode(payload: Payload, key: string, now: Date): Promise<string | null> {
  const since = new Date(now.getTime() - RESUBMISSION_WINDOW_HOURS * 3_600_000).toISOString()
  // the adapter's own query (one column of one row: no access, hooks or relationships to run)
  const { docs } = await payload.db.find<{ code: string }>({
    collection: 'feedback',
    where: { and: [{ resubmissionKey: { equals: key } }, { receivedAt: { greater_than_equal: since } }] },
    limit: 1,
    pagination: false,
    select: { code: true },
  })
  return docs[0]?.code ?? null
}

const inFlight = new Map<string, Promise<string>>()

/** Runs `store` once per key at a time in this process: a concurrent duplicate gets the first one's result. */
export function once(key: string, store: () => Promise<string>): Promise<string> {
  const running = inFlight.get(key)
  if (running) return running
  const p = store().finally(() => inFlight.delete(key))
  inFlight.set(key, p)
  return p
}
