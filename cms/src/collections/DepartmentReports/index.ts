import type { CollectionBeforeValidateHook, CollectionConfig, Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff, isStaffUser } from '../../access/isStaff'
import { periodFields } from '../../fields/period'
import { signedScanField } from '../../fields/signedScan'
import { contentDisposition, departmentReportData, reportFileName } from '../../reports/department'
import { normalisePeriod, type Period, periodKey, periodLabel, periodProblem } from '@gd/shared/report-periods'
import { reportHtml } from '../../reports/print'
import { l } from '../../utilities/label'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { documentFootFields, documentHeadFields } from './documentFields'

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/** Staff only; the report's data, or the response to send instead. */
async function load(req: PayloadRequest): Promise<Response | NonNullable<Awaited<ReturnType<typeof departmentReportData>>>> {
  if (!isStaffUser(req.user)) return text(403, 'Chỉ cán bộ của Phòng được xem báo cáo này.')
  const id = String(req.routeParams?.id ?? '')
  if (!/^\d+$/.test(id)) return text(404, 'Không tìm thấy báo cáo.')
  const data = await departmentReportData(req.payload, id)
  return data ?? text(404, 'Không tìm thấy báo cáo.')
}

const xlsx: PayloadHandler = async (req) => {
  const data = await load(req)
  if (data instanceof Response) return data
  // the spreadsheet library is loaded on the first download, not by every start of the server
  const { reportWorkbook } = await import('../../reports/xlsx')
  const body = await reportWorkbook(data)
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition(`${reportFileName(data)}.xlsx`),
      'cache-control': 'no-store',
    },
  })
}

const print: PayloadHandler = async (req) => {
  const data = await load(req)
  if (data instanceof Response) return data
  return new Response(reportHtml(data), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': contentDisposition(`${reportFileName(data)}.html`, 'inline'),
      'cache-control': 'no-store',
    },
  })
}

const endpoints: Endpoint[] = [
  { path: '/:id/xlsx', method: 'get', handler: xlsx },
  { path: '/:id/print', method: 'get', handler: print },
]

const checkPeriod: CollectionBeforeValidateHook = ({ data, originalDoc, req, collection }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Record<string, unknown>
  const raw = {
    periodType: merged.periodType,
    year: merged.year,
    month: merged.month,
    quarter: merged.quarter,
    half: merged.half,
  } as Period
  const problem = periodProblem(raw)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'year', message: problem }], req })
  const period = normalisePeriod(raw)
  return { ...(data ?? {}), ...period, periodKey: periodKey(period), title: `Báo cáo tình hình dư luận xã hội ${periodLabel(period)}` }
}

/**
 * The department's report on public opinion for a period (plan IV.1): figures and schools' reports are generated from
 * the data at export time; the editor writes the narrative and the document's parts (./documentFields.ts: number, place, date, addressee,
 * distribution, signer).
 */
export const DepartmentReports: CollectionConfig = {
  slug: 'department-reports',
  labels: {
    singular: l('Báo cáo dư luận của Phòng', 'Department opinion report'),
    plural: l('Báo cáo dư luận của Phòng', 'Department opinion reports'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'number', 'date', 'updatedAt'],
    group: l('Báo cáo dư luận', 'Opinion reports'),
    description: l(
      'Số liệu ý kiến người dân và báo cáo của các trường được tổng hợp tự động khi xem bản in hoặc tải tệp Excel (các nút ở đầu báo cáo).',
      'Figures and school reports are generated at export time.',
    ),
  },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-periodKey',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist], beforeValidate: [checkPeriod] },
  endpoints,
  fields: [
    {
      name: 'exports',
      type: 'ui',
      admin: { components: { Field: '/components/ReportExports#ReportExports' } },
    },
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), admin: { readOnly: true } },
    ...periodFields(),
    ...documentHeadFields(),
    {
      name: 'narrative',
      type: 'textarea',
      label: l('Đánh giá chung', 'Narrative'),
      maxLength: 50000,
      admin: {
        rows: 12,
        description: l('Nhận định tình hình dư luận, kết quả xử lý, đề xuất, kiến nghị.', 'Assessment, handling, proposals.'),
      },
    },
    signedScanField(),
    ...documentFootFields(),
  ],
}
