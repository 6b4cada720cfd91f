import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'
import { normalisePeriod, type Period, periodKey, periodLabel, periodProblem } from '@gd/shared/report-periods'
import { REMINDER_KINDS } from '@gd/shared/report-deadlines'
import { authenticated } from '../../access/authenticated'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { periodFields } from '../../fields/period'
import { l } from '../../utilities/label'
import { refuseImpossibleID } from '../../utilities/validID'

/** The period must be complete, one deadline per period; the title is the period's label. */
const checkPeriod: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Record<string, unknown>
  const raw = {
    periodType: merged.periodType,
    year: merged.year,
    month: merged.month,
    quarter: merged.quarter,
    half: merged.half,
  } as Period
  const fail = (message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'year', message }], req })
  }
  const problem = periodProblem(raw)
  if (problem) fail(problem)
  const period = normalisePeriod(raw)
  const { totalDocs } = await req.payload.count({
    collection: 'report-deadlines',
    where: { and: [{ periodKey: { equals: periodKey(period) } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    overrideAccess: true,
    req,
  })
  if (totalDocs) fail(`Đã có hạn gửi báo cáo ${periodLabel(period)}; vui lòng sửa hạn đã có.`)
  return { ...(data ?? {}), ...period, periodKey: periodKey(period), title: `Báo cáo dư luận ${periodLabel(period)}` }
}

/**
 * Hạn gửi báo cáo dư luận (plan IV.2, the reporting cycle): the department sets, for each period of its cycle
 * (tháng / quý / 6 tháng / năm), the day the schools' reports are due and how many days ahead they are reminded.
 * Schools read it on their first screen; the daily task `report-reminders` (./reminders.ts) mails the schools that
 * have not sent, and records each reminder here once per school and kind.
 */
export const ReportDeadlines: CollectionConfig = {
  slug: 'report-deadlines',
  labels: { singular: l('Hạn gửi báo cáo', 'Report deadline'), plural: l('Chu kỳ, hạn gửi báo cáo', 'Report deadlines') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dueDate', 'remindDaysBefore'],
    group: l('Báo cáo dư luận', 'Opinion reports'),
    description: l(
      'Mỗi kỳ báo cáo (tháng, quý, 6 tháng hoặc năm) một dòng: hạn các trường gửi báo cáo. Hệ thống tự gửi thư nhắc các trường chưa gửi trước hạn và vào ngày sau hạn.',
      'One row per period.',
    ),
  },
  access: { read: authenticated, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'dueDate',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist], beforeValidate: [checkPeriod] },
  fields: [
    { name: 'title', type: 'text', label: l('Kỳ báo cáo', 'Period'), admin: { readOnly: true } },
    ...periodFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'dueDate',
          type: 'date',
          label: l('Hạn gửi', 'Due'),
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'remindDaysBefore',
          type: 'number',
          label: l('Nhắc trước hạn (số ngày)', 'Remind days before'),
          required: true,
          defaultValue: 5,
          min: 0,
          max: 60,
        },
      ],
    },
    {
      name: 'remindersSent',
      type: 'array',
      label: l('Thư nhắc đã gửi', 'Reminders sent'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'school', type: 'relationship', relationTo: 'schools', label: l('Trường', 'School'), required: true },
        { name: 'kind', type: 'select', label: l('Loại', 'Kind'), required: true, options: REMINDER_KINDS.map((o) => ({ ...o })) },
        {
          name: 'sentAt',
          type: 'date',
          label: l('Gửi lúc', 'Sent at'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
  ],
}
