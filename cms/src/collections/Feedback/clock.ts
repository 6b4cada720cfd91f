import type { PayloadRequest } from 'payload'

/**
 * The time a feedback save happens at, as an ISO string: now, unless server code passed `context.feedbackNow`
 * (an ISO instant) to the Local API — only the demo seed does, to record a handled history spread over past
 * months through the same hooks. A REST or admin request cannot set `context`.
 */
export function feedbackNow(req: Pick<PayloadRequest, 'context'>): string {
  const given = (req.context as { feedbackNow?: unknown } | undefined)?.feedbackNow
  if (typeof given === 'string' && !Number.isNaN(Date.parse(given))) return new Date(given).toISOString()
  return new Date().toISOString()
}
