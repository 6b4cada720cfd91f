import type { Endpoint } from 'payload'
import { isStaffUser } from '../../access/isStaff'
import { defaultRange, feedbackStatistics, rangeProblem } from '../../reports/statistics'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })

/** GET /api/feedback/thong-ke?from=YYYY-MM-DD&to=YYYY-MM-DD — the statistics dashboard's figures, staff only. */
export const statisticsEndpoint: Endpoint = {
  path: '/thong-ke',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return json(403, { ok: false, error: 'Chỉ cán bộ của Phòng được xem thống kê ý kiến.' })
    const url = new URL(req.url ?? 'http://localhost/', 'http://localhost')
    const d = defaultRange()
    const from = url.searchParams.get('from') || d.from
    const to = url.searchParams.get('to') || d.to
    const problem = rangeProblem(from, to)
    if (problem) return json(400, { ok: false, error: problem })
    return json(200, await feedbackStatistics(req.payload, { from, to }))
  },
}
