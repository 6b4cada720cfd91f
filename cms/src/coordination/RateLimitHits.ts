import type { CollectionConfig } from 'payload'
import { l } from '../utilities/label'

const never = () => false

/**
 * The rate limits' counts, shared by every CMS process on this database: one row per counted request, under a
 * key that is a keyed hash of the limit and the client's address (never the address itself), and when. Rows older
 * than the longest window (a day) are deleted. Written only by ./rateLimitStore.ts; not in the API or the admin.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: { singular: l('Lượt đếm giới hạn', 'Rate limit hit'), plural: l('Lượt đếm giới hạn', 'Rate limit hits') },
  admin: { hidden: true },
  access: { read: never, create: never, update: never, delete: never },
  timestamps: false,
  indexes: [{ fields: ['key', 'at'] }],
  fields: [
    { name: 'key', type: 'text', required: true },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
