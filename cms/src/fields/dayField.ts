import type { DateField } from 'payload'

/** A calendar day (no time) picked and shown as dd/mm/yyyy. */
export const dayField = (field: Omit<DateField, 'type'>): DateField => ({
  ...field,
  type: 'date',
  admin: { ...field.admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
})
