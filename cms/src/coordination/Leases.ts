import type { CollectionConfig } from 'payload'
import { l } from '../utilities/label'

const never = () => false

/**
 * Who does a once-at-a-time task across every CMS process on this database (the public site's build, the job
 * queue): one row per task `name` (unique), its `owner` (process and host) and when the holding runs out. Written
 * only by ./lease.ts; nobody reads or writes it through the API, and it is not shown in the admin.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  labels: { singular: l('Quyền chạy', 'Lease'), plural: l('Quyền chạy', 'Leases') },
  admin: { hidden: true },
  access: { read: never, create: never, update: never, delete: never },
  timestamps: false,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'owner', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
