import type { Payload } from 'payload'
import { DatabaseRateLimitStore } from '../coordination/rateLimitStore'
import { serverEnv } from './env'

/**
 * A cap on wrong second factors per reference code, whatever the address: the last 4 phone digits are only 10 000
 * possibilities, and per-address limits do not stop many addresses. After LOOKUP_ATTEMPTS_PER_CODE wrong factors
 * (default 10) within 24 hours, the code cannot be looked up (even with the right factor) until the window passes;
 * the citizen is told so in Vietnamese (429). The counts are in the database (../coordination/rateLimitStore.ts),
 * shared by every CMS process.
 */
export const CODE_LIMITED = Symbol('code-limited')
export const CODE_LIMITED_MESSAGE =
  'Mã tham chiếu này đã bị tra cứu sai quá nhiều lần nên tạm khóa tra cứu trong 24 giờ để bảo vệ thông tin của bạn. Vui lòng thử lại sau, hoặc liên hệ bộ phận tiếp nhận ý kiến.'

const WINDOW_MS = 24 * 60 * 60_000
const stores = new WeakMap<Payload, DatabaseRateLimitStore>()
const storeFor = (payload: Payload) => {
  let store = stores.get(payload)
  if (!store) {
    store = new DatabaseRateLimitStore(() => payload, 'lookup-code-failures')
    store.init({ windowMs: WINDOW_MS } as Parameters<DatabaseRateLimitStore['init']>[0])
    stores.set(payload, store)
  }
  return store
}

/** Runs the lookup unless the code is capped; a miss (null) counts against the code. */
export async function withCodeCap<T>(
  payload: Payload,
  code: string,
  lookup: () => Promise<T | null>,
  cap = serverEnv().lookupAttemptsPerCode,
): Promise<T | null | typeof CODE_LIMITED> {
  const store = storeFor(payload)
  if ((await store.get(code)).totalHits >= cap) return CODE_LIMITED
  const result = await lookup()
  if (result === null) await store.increment(code)
  return result
}
