import type { Payload } from 'payload'
import type { FeedbackParseResult, FieldErrors } from '@gd/shared/feedback'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { takeIn } from './intake'
import { earlierCode, once, resubmissionKey } from './resubmission'

type ValidFeedback = Extract<FeedbackParseResult, { ok: true }>['data']

export class FeedbackRejected extends Error {
  constructor(readonly errors: FieldErrors) {
    super('Ý kiến không hợp lệ')
  }
}

async function findId(payload: Payload, collection: 'themes' | 'schools', field: 'slug' | 'id', value: string) {
  // only a theme in use is offered on the form and accepted: a retired one is refused like an unknown one
  const inUse = collection === 'themes' ? [{ status: { equals: 'dang-ap-dung' } }] : []
  try {
    const found = await payload.find({
      collection,
      where: { and: [{ [field]: { equals: value } }, ...inUse] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return found.docs[0]?.id ?? null
  } catch {
    return null
  }
}

/**
 * Stores one validated submission and returns its reference code. The theme slug (of a theme in use) and school id
 * the form sent must exist, or nothing is stored. The same submission sent again (a retry, a double click; see
 * ./resubmission.ts) is not stored twice: it gets the first one's code. `links.consultation` ties a comment to the
 * draft it was sent on; `clientKey` is the client's Idempotency-Key.
 */
export async function submitFeedback(
  payload: Payload,
  input: ValidFeedback,
  now = new Date(),
  links: { consultation?: number } = {},
  clientKey?: string | null,
): Promise<string> {
  const errors: FieldErrors = {}
  const theme = input.theme ? await findId(payload, 'themes', 'slug', input.theme) : null
  if (input.theme && theme === null) errors.theme = 'Lĩnh vực không hợp lệ.'
  const school = input.school ? await findId(payload, 'schools', 'id', input.school) : null
  if (input.school && school === null) errors.school = 'Trường học không hợp lệ.'
  if (Object.keys(errors).length > 0) throw new FeedbackRejected(errors)

  const content = {
    kind: input.kind,
    theme,
    school,
    consultation: links.consultation ?? null,
    subject: input.subject,
    message: input.message,
    name: input.name,
    senderGroup: input.senderGroup ?? null,
    email: input.email,
    phone: input.phone,
    publishAnswer: input.publishAnswer ?? false,
    showName: input.showName ?? false,
  }
  const key = resubmissionKey(payload.secret, content, clientKey)
  return once(key, async () => {
    const earlier = await earlierCode(payload, key, now)
    if (earlier) return earlier
    const settings = await feedbackSettings(payload)
    const { consent } = settings
    // written to the intake queue, stored now or by its drainer (./intake.ts)
    return takeIn(
      payload,
      key,
      {
        ...content,
        status: 'moi',
        receivedAt: now.toISOString(),
        consent: input.consent,
        consentText: consent.text,
        consentVersion: consent.version,
        source: 'website',
        resubmissionKey: key,
      },
      now,
      settings,
    )
  })
}
