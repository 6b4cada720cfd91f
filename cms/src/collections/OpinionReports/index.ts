import { APIError, type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrSchool } from '../../access/staffOrSchool'
import { periodFields } from '../../fields/period'
import { signedScanField } from '../../fields/signedScan'
import { normalisePeriod, type Period, periodKey, periodLabel, periodProblem } from '@gd/shared/report-periods'
import { l } from '../../utilities/label'
import { schoolIdOf } from '../../utilities/schoolIdOf'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

export const OPINION_REPORT_STATES = [
  { value: 'nhap', label: 'Nháp' },
  { value: 'da-gui', label: 'Đã gửi' },
] as const

/**
 * The rules of a school's report, whatever the client: a school writes only for itself and cannot change a report
 * once it has been sent; the period must be complete; one report per school per period; sending stamps the time.
 */
const enforceReport: CollectionBeforeValidateHook = async ({ data, req, originalDoc, collection }) => {
  const user = req.user
  const next: Record<string, unknown> = { ...(data ?? {}) }
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }
  if (user?.role === 'school') {
    if (originalDoc?.state === 'da-gui') {
      throw new APIError('Báo cáo đã gửi về Phòng, nhà trường không thể sửa. Nếu cần bổ sung, vui lòng liên hệ Phòng.', 403, null, true)
    }
    next.school = schoolIdOf(user.school)
  }
  const merged = { ...(originalDoc ?? {}), ...next } as Record<string, unknown>
  const school = schoolIdOf(merged.school)
  if (!school) fail('school', 'Vui lòng chọn trường gửi báo cáo.')
  const raw = {
    periodType: merged.periodType,
    year: merged.year,
    month: merged.month,
    quarter: merged.quarter,
    half: merged.half,
  } as Period
  const problem = periodProblem(raw)
  if (problem)
    fail(
      raw.periodType && !problem.startsWith('Vui lòng chọn loại')
        ? raw.periodType === 'nua-nam' && problem.includes('6 tháng')
          ? 'half'
          : problem.includes('tháng')
            ? 'month'
            : problem.includes('quý')
              ? 'quarter'
              : 'year'
        : 'periodType',
      problem,
    )
  const period = normalisePeriod(raw)
  Object.assign(next, period, { periodKey: periodKey(period), title: `Báo cáo dư luận ${periodLabel(period)}` })
  const { docs } = await req.payload.find({
    collection: 'opinion-reports',
    where: {
      and: [
        { school: { equals: school } },
        { periodKey: { equals: periodKey(period) } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length) {
    fail(
      'year',
      `Trường đã có báo cáo dư luận ${periodLabel(period)}. Mỗi trường chỉ gửi một báo cáo cho mỗi kỳ; vui lòng mở báo cáo đã có để bổ sung.`,
    )
  }
  const state = merged.state ?? 'nhap'
  if (state === 'da-gui' && originalDoc?.state !== 'da-gui') next.submittedAt = new Date().toISOString()
  if (state !== 'da-gui') next.submittedAt = null
  return next
}

/** Báo cáo dư luận xã hội: a school's periodic report on public opinion about education (plan IV.2). */
export const OpinionReports: CollectionConfig = {
  slug: 'opinion-reports',
  labels: {
    singular: l('Báo cáo dư luận của trường', 'School opinion report'),
    plural: l('Báo cáo dư luận của trường', 'School opinion reports'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'periodKey', 'state', 'submittedAt'],
    group: l('Báo cáo dư luận', 'Opinion reports'),
  },
  access: { create: staffOrSchool, read: staffOrOwnSchool, update: staffOrOwnSchool, delete: isAdmin },
  defaultSort: '-periodKey',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist], beforeValidate: [enforceReport] },
  fields: [
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), admin: { readOnly: true } },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: l('Trường', 'School'),
      required: true,
      index: true,
      defaultValue: ({ user }) => (user?.role === 'school' ? (schoolIdOf(user.school) ?? undefined) : undefined),
      admin: { description: l('Tài khoản nhà trường luôn gửi cho trường của mình.', 'A school account always files for its own school.') },
    },
    ...periodFields(),
    {
      name: 'state',
      type: 'select',
      label: l('Trạng thái', 'State'),
      required: true,
      defaultValue: 'nhap',
      options: OPINION_REPORT_STATES.map((o) => ({ value: o.value, label: o.label })),
      admin: {
        position: 'sidebar',
        description: l(
          'Chọn "Đã gửi" để gửi về Phòng; sau khi gửi, nhà trường không sửa được nữa.',
          'Once sent, the school can no longer edit.',
        ),
      },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: l('Gửi lúc', 'Submitted at'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: l('Tình hình dư luận', 'Summary of public opinion'),
      required: true,
      maxLength: 10000,
      admin: {
        description: l(
          'Tóm tắt dư luận của cha mẹ học sinh, nhân dân về hoạt động của nhà trường trong kỳ.',
          'What parents and the public said in the period.',
        ),
      },
    },
    {
      name: 'issues',
      type: 'array',
      label: l('Vấn đề nổi bật và kết quả xử lý', 'Notable issues and handling'),
      labels: { singular: l('Vấn đề', 'Issue'), plural: l('Vấn đề', 'Issues') },
      fields: [
        { name: 'issue', type: 'textarea', label: l('Vấn đề dư luận quan tâm', 'Issue'), required: true, maxLength: 4000 },
        { name: 'handling', type: 'textarea', label: l('Cách xử lý, kết quả', 'Handling and result'), maxLength: 4000 },
      ],
    },
    {
      name: 'incidents',
      type: 'textarea',
      label: l('Vấn đề đột xuất, sự cố truyền thông (nếu có)', 'Incidents (if any)'),
      maxLength: 10000,
    },
    signedScanField(),
  ],
}
