import type { Validate } from 'payload'
import { CORRECTED_COLLECTIONS, CORRECTION_TARGET_MESSAGE, type CorrectedCollection } from '@gd/shared/corrections'

type Target = { relationTo?: string; value?: unknown } | null | undefined

/**
 * A correction is attached to an article or exemplar that is published now (its live row, not a draft version):
 * correcting what the public never saw makes no sense. Anything else is refused with a Vietnamese message (400).
 */
export const targetPublished: Validate = async (value, { req }) => {
  const target = value as Target
  if (!target?.value || !CORRECTED_COLLECTIONS.includes(target.relationTo as CorrectedCollection)) return CORRECTION_TARGET_MESSAGE
  const id = typeof target.value === 'object' ? (target.value as { id?: unknown }).id : target.value
  if (typeof id !== 'number' && typeof id !== 'string') return CORRECTION_TARGET_MESSAGE
  const doc = await req.payload
    .findByID({ collection: target.relationTo as CorrectedCollection, id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return doc?._status === 'published' ? true : CORRECTION_TARGET_MESSAGE
}
