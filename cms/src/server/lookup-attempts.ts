import { serverEnv } from './env'

/**
 * A cap on wrong second factors per reference code, whatever the address: the last 4 phone digits are only 10 000
 * possibilities, and per-address limits do not stop many addresses. After LOOKUP_ATTEMPTS_PER_CODE wrong factors
 * (default 10) within 24 hours, the code cannot be looked up (even with the right factor) until the window passes;
 * the citizen is told so in Vietnamese (429). The counts live in the express server (one per process).
 */
export const CODE_LIMITED = Symbol('code-limited')
export const CODE_LIMITED_MESSAGE =
  'Mã tham chiếu này đã bị tra cứu sai quá nhiều lần nên tạm khóa tra cứu trong 24 giờ để bảo vệ thông tin của bạn. Vui lòng thử lại sau, hoặc liên hệ bộ phận tiếp nhận ý kiến.'

const WINDOW_MS = 24 * 60 * 60_000
const KEY = Symbol.for('gd.lookupAttempts')
const failures = (): Map<string, number[]> => ((globalThis as { [KEY]?: Map<string, number[]> })[KEY] ??= new Map())

function recent(code: string, now: number): number[] {
  const list = (failures().get(code) ?? []).filter((t) => now - t < WINDOW_MS)
  if (list.length) failures().set(code, list)
  else failures().delete(code)
  return list
}

/** Runs the lookup unless the code is capped; a miss (null) counts against the code. */
export async function withCodeCap<T>(
  code: string,
  lookup: () => Promise<T | null>,
  cap = serverEnv().lookupAttemptsPerCode,
): Promise<T | null | typeof CODE_LIMITED> {
  const now = Date.now()
  if (recent(code, now).length >= cap) return CODE_LIMITED
  const result = await lookup()
  if (result === null) {
    failures().set(code, [...recent(code, now), now])
    // codes that do not exist are counted too; forget the oldest when the table grows large
    if (failures().size > 50_000) failures().delete(failures().keys().next().value!)
  }
  return result
}
