/**
 * Whether a write was refused by a unique index: what both adapters throw then (Payload's ValidationError, "must be
 * unique"). Used where a unique index decides a race: the leases (../coordination/lease.ts) and the intake queue
 * (../collections/Feedback/intake.ts).
 */
export const isUniqueViolation = (err: unknown): boolean => (err as { name?: string })?.name === 'ValidationError'
