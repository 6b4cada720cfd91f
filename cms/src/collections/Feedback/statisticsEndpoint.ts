import type { Endpoint, PayloadRequest } from 'payload'
import { isStaffUser } from '../../access/isStaff'
import { contentDisposition } from '../../reports/department'
import { defaultRange, feedbackStatistics, rangeProblem } from '../../reports/statistics'
import { statisticsFileName, statisticsPage } from '../../reports/statistics-page'
import { statisticsHtml } from '../../reports/statistics-print'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/** The requested range (the page's default when absent), or the refusal to send: 403 for anyone but staff, 400 for a bad range. */
function rangeOf(req: PayloadRequest, refuse: (status: number, message: string) => Response): { from: string; to: string } | Response {
  if (!isStaffUser(req.user)) return refuse(403, 'Chỉ cán bộ của Phòng được xem thống kê ý kiến.')
  const url = new URL(req.url ?? 'http://localhost/', 'http://localhost')
  const d = defaultRange()
  const from = url.searchParams.get('from') || d.from
  const to = url.searchParams.get('to') || d.to
  const problem = rangeProblem(from, to)
  return problem ? refuse(400, problem) : { from, to }
}

/** GET /api/feedback/thong-ke?from=YYYY-MM-DD&to=YYYY-MM-DD — the statistics dashboard's figures, staff only. */
export const statisticsEndpoint: Endpoint = {
  path: '/thong-ke',
  method: 'get',
  handler: async (req) => {
    const range = rangeOf(req, (status, error) => json(status, { ok: false, error }))
    if (range instanceof Response) return range
    return json(200, await feedbackStatistics(req.payload, range))
  },
}

/** GET /api/feedback/thong-ke/excel?from=…&to=… — the statistics page as a workbook (the page's "Tải Excel"). */
export const statisticsWorkbookEndpoint: Endpoint = {
  path: '/thong-ke/excel',
  method: 'get',
  handler: async (req) => {
    const range = rangeOf(req, text)
    if (range instanceof Response) return range
    // the spreadsheet library is loaded on the first download, not by every start of the server
    const { statisticsWorkbook } = await import('../../reports/statistics-workbook')
    const body = await statisticsWorkbook(await statisticsPage(req.payload, range))
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': contentDisposition(`${statisticsFileName(range)}.xlsx`),
        'cache-control': 'no-store',
      },
    })
  },
}

/** GET /api/feedback/thong-ke/ban-in?from=…&to=… — the statistics page, printable (the page's "Xem bản in"). */
export const statisticsPrintEndpoint: Endpoint = {
  path: '/thong-ke/ban-in',
  method: 'get',
  handler: async (req) => {
    const range = rangeOf(req, text)
    if (range instanceof Response) return range
    return new Response(statisticsHtml(await statisticsPage(req.payload, range)), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-disposition': contentDisposition(`${statisticsFileName(range)}.html`, 'inline'),
        'cache-control': 'no-store',
      },
    })
  },
}
