import type { Condition, FieldAccess } from 'payload'

/**
 * What a citizen sent is kept exactly as received: the subject and message, who sent it and how to reach them, the
 * kind, the draft it comments on and what they agreed to. Staff write these fields only when they record an item
 * received another way (create); after that nobody changes them through the API, whatever the role (the field is
 * dropped from an update). Only the server's own personal-data code (anonymisation after the retention period or on
 * request, overrideAccess) may blank the sender's name, e-mail and phone. The public Q&A has its own edited copy.
 */
export const asReceived: { access: { update: FieldAccess } } = { access: { update: () => false } }

/** In the admin the fields are inputs only on the create form; an item's screen shows them read-only at the top. */
export const onCreateForm: Condition = (_data, _sibling, { operation }) => operation === 'create'

/** The fields above, for the read-only panel (./CitizenSubmission) and the test that holds the rule. */
export const RECEIVED_FIELDS = [
  'kind',
  'subject',
  'message',
  'consultation',
  'name',
  'senderGroup',
  'email',
  'phone',
  'consent',
  'publishAnswer',
  'showName',
] as const
