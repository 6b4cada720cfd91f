import type { Field } from 'payload'
import { PERIOD_TYPES } from '@gd/shared/report-periods'
import { l } from '../utilities/label'

/** The reporting period: type (tháng / quý / 6 tháng / năm), year, and the month, quarter or half; plus its computed key. */
export const periodFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'periodType',
        type: 'select',
        label: l('Loại kỳ báo cáo', 'Period type'),
        required: true,
        defaultValue: 'quy',
        options: PERIOD_TYPES.map((o) => ({ value: o.value, label: o.label })),
      },
      { name: 'year', type: 'number', label: l('Năm', 'Year'), required: true, min: 2000, max: 2999 },
      {
        name: 'quarter',
        type: 'number',
        label: l('Quý', 'Quarter'),
        min: 1,
        max: 4,
        admin: { condition: (data) => data?.periodType === 'quy' },
      },
      {
        name: 'half',
        type: 'number',
        label: l('6 tháng (1: đầu năm, 2: cuối năm)', 'Half (1 or 2)'),
        min: 1,
        max: 2,
        admin: { condition: (data) => data?.periodType === 'nua-nam' },
      },
      {
        name: 'month',
        type: 'number',
        label: l('Tháng', 'Month'),
        min: 1,
        max: 12,
        admin: { condition: (data) => data?.periodType === 'thang' },
      },
    ],
  },
  {
    name: 'periodKey',
    type: 'text',
    label: l('Kỳ báo cáo', 'Period'),
    index: true,
    admin: { readOnly: true, position: 'sidebar', description: l('Tự tính từ loại kỳ và thời gian.', 'Computed from the period.') },
  },
]
