import type { PayloadRequest } from 'payload'

/** Any logged-in account (admin, editor, school). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
