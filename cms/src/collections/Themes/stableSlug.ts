import type { FieldHook } from 'payload'
import { formatSlug } from '../../fields/slug'

/**
 * A theme's slug is made once, from its name (or as typed) when the theme is created, and never changes after:
 * renaming a theme keeps its page, feed and every published link at the same address.
 */
export const stableSlug: FieldHook = (args) =>
  args.operation === 'create' ? formatSlug('name')(args) : ((args.originalDoc?.slug as string | undefined) ?? args.value)
