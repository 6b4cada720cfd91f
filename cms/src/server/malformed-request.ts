import type http from 'node:http'

const PARAMS_JSON = ['where', 'data'] as const
const PARAMS_COUNT = ['page', 'limit'] as const

/** Why a request to Next (admin, REST API, files) cannot be answered, or null: a path that does not decode, a NUL, a query Payload would choke on. */
function malformed(url: string): string | null {
  const [rawPath = '', rawQuery = ''] = url.split(/\?(.*)/s)
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return 'Đường dẫn không hợp lệ.'
  }
  if (path.includes('\0')) return 'Đường dẫn không hợp lệ.'
  let query: URLSearchParams
  try {
    query = new URLSearchParams(rawQuery)
    for (const [k, v] of query) decodeURIComponent(k + v)
  } catch {
    return 'Tham số truy vấn không hợp lệ.'
  }
  for (const name of PARAMS_JSON) {
    const value = query.get(name)
    if (value === null || value === '') continue
    try {
      const parsed: unknown = JSON.parse(value)
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return `Tham số ${name} không hợp lệ.`
    } catch {
      return `Tham số ${name} không hợp lệ.`
    }
  }
  for (const name of PARAMS_COUNT) {
    const value = query.get(name)
    if (value !== null && !/^\d{1,9}$/.test(value)) return `Tham số ${name} phải là số nguyên không âm.`
  }
  return null
}

/**
 * Answers 400 (in Vietnamese, in Payload's error shape for /api) to a malformed request before Next and Payload see
 * it, where it would otherwise end in a 500. A bad document id is Payload's to refuse (404, requestChecks.ts).
 */
export function rejectMalformedRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const problem = malformed(req.url ?? '/')
  if (!problem) return false
  if ((req.url ?? '').startsWith('/api')) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ errors: [{ message: problem }] }))
  } else {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(problem)
  }
  return true
}
