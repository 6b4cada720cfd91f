import type { FieldHook } from 'payload'
import { slugify } from '@gd/shared/text'
import { formatSlug } from '../../fields/slug'

const uniqueSlug = formatSlug('number')

/** The slug of a document is its number and year: "92/KH-PGDĐT" of 2024 → 92-kh-pgddt-2024 (unique, -2 on a clash). */
export const documentSlug: FieldHook = (args) => {
  const { value, data, originalDoc } = args
  if (typeof value === 'string' && value.trim()) return uniqueSlug(args)
  const number = (data?.number ?? originalDoc?.number ?? '') as string
  const issued = (data?.issuedDate ?? originalDoc?.issuedDate) as string | undefined
  const year = issued && !Number.isNaN(Date.parse(issued)) ? new Date(issued).getFullYear() : ''
  return uniqueSlug({ ...args, value: slugify(`${number} ${year}`) })
}

/** A date that must not come before another date field of the same document. */
export const notBefore =
  (other: string, message: string) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
    const start = siblingData?.[other]
    if (!value || !start) return true
    return Date.parse(String(value)) >= Date.parse(String(start)) ? true : message
  }
