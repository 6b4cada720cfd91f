import type { Payload } from 'payload'
import type { FeedbackParseResult, FieldErrors } from '@gd/shared/feedback'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { generateReferenceCode } from '@gd/shared/reference-code'

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
 * the form sent must exist, or nothing is stored. A code collision (1 in ~24 million) draws a new code. `links.consultation` ties a
 * comment to the draft it was sent on.
 */
export async function submitFeedback(
  payload: Payload,
  input: ValidFeedback,
  now = new Date(),
  links: { consultation?: number } = {},
): Promise<string> {
  const errors: FieldErrors = {}
  const theme = input.theme ? await findId(payload, 'themes', 'slug', input.theme) : null
  if (input.theme && theme === null) errors.theme = 'Lĩnh vực không hợp lệ.'
  const school = input.school ? await findId(payload, 'schools', 'id', input.school) : null
  if (input.school && school === null) errors.school = 'Trường học không hợp lệ.'
  if (Object.keys(errors).length > 0) throw new FeedbackRejected(errors)

  const { consent } = await feedbackSettings(payload)
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateReferenceCode(now)
    const taken = await payload.count({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })
    if (taken.totalDocs > 0) continue
    await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        code,
        status: 'moi',
        receivedAt: now.toISOString(),
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
        consent: input.consent,
        consentText: consent.text,
        consentVersion: consent.version,
        source: 'website',
        publishAnswer: input.publishAnswer ?? false,
        showName: input.showName ?? false,
      },
    })
    return code
  }
  throw new Error('Không tạo được mã tham chiếu duy nhất sau 5 lần thử.')
}
