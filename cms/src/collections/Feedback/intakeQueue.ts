import type { CollectionConfig } from 'payload'
import { l } from '../../utilities/label'

const never = () => false

/**
 * The intake queue (./intake.ts): a citizen's submission as received, written in one row before the answer and
 * stored as a feedback item by the drainer, then deleted. `code` and `key` (the resubmission key) are unique, so a
 * row is never taken twice and a retried submission finds its first one. Not in the API or the admin.
 */
export const FeedbackIntake: CollectionConfig = {
  slug: 'feedback-intake',
  labels: { singular: l('Ý kiến đang vào sổ', 'Queued submission'), plural: l('Ý kiến đang vào sổ', 'Queued submissions') },
  admin: { hidden: true },
  access: { read: never, create: never, update: never, delete: never },
  timestamps: false,
  fields: [
    { name: 'code', type: 'text', required: true, unique: true },
    { name: 'key', type: 'text', required: true, unique: true },
    /** the process that wrote it and drains it first (../../coordination/lease.ts PROCESS_OWNER) */
    { name: 'owner', type: 'text', required: true },
    { name: 'receivedAt', type: 'date', required: true, index: true },
    /** the feedback item's data, as payload.create takes it */
    { name: 'data', type: 'json', required: true },
  ],
}
