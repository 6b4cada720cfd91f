import type { Field } from 'payload'
import { l } from '../utilities/label'

/** The publication date shown to the public; set to now on first publication when left empty. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  label: l('Ngày đăng', 'Published at'),
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => {
        if (siblingData._status === 'published' && !value) return new Date().toISOString()
        return value
      },
    ],
  },
}
