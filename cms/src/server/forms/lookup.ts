import type { Payload } from 'payload'
import { LOOKUP_NOT_FOUND, parseLookup, renderLookupForm, renderLookupResult } from '@gd/shared/lookup'
import { LOOKUP_POST_PATH, LOOKUP_URL } from '@gd/shared/public-routes'
import { renderRatingForm } from '@gd/shared/rating'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import type { ServerEnv } from '../env'
import type { PublicForm } from '../public-form'
import { LOOKUP_HEADERS, LOOKUP_PAGE, lookupFeedback } from './lookup-check'
import { CODE_LIMITED, CODE_LIMITED_MESSAGE, withCodeCap } from '../lookup-attempts'

/** What to type back: the code only, and only when it is well-formed (the second factor is never echoed). */
const typedCode = (body: unknown) => normalizeReferenceCode((body as Record<string, unknown> | undefined)?.ma) ?? undefined

/** Whether the item has a rating already (the rating form is shown only until it has one). */
async function isRated(payload: Payload, code: string): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { rated: true },
  })
  return docs[0]?.rated === true
}

/** The rating form under an answered lookup result, or a note once rated. */
async function ratingSection(payload: Payload, result: { code: string; answer?: string }): Promise<string> {
  if (!result.answer) return ''
  if (await isRated(payload, result.code))
    return '<section class="notice" role="status"><p>Bạn đã đánh giá câu trả lời này. Cảm ơn bạn.</p></section>'
  return renderRatingForm(result.code)
}

/**
 * The status lookup: POST /tra-cuu/ket-qua/ (GET goes back to the form at /tra-cuu/). A citizen follows a feedback
 * item by its reference code and a second factor; a wrong code and a wrong factor get the same answer (404, the
 * same message, one database read and the same comparisons). The result, with the rating form once answered,
 * replaces the form on the page.
 */
export const lookupForm = (payload: Payload, env: ServerEnv): PublicForm => ({
  path: LOOKUP_POST_PATH,
  limits: {
    perMinute: env.lookupPerMinute,
    perDay: env.lookupPerDay,
    minute: 'Bạn đã tra cứu quá nhiều lần trong một phút. Vui lòng chờ một phút rồi thử lại.',
    day: 'Bạn đã tra cứu quá nhiều lần trong ngày. Vui lòng thử lại vào ngày mai.',
  },
  body: { limitBytes: 4096, parameterLimit: 10 },
  headers: LOOKUP_HEADERS,
  page: () => LOOKUP_PAGE,
  formAgain: (req, errors) => renderLookupForm({ code: typedCode(req.body), errors }),
  async submit(req) {
    const parsed = parseLookup(req.body)
    if (!parsed.ok) return { status: 400, errors: parsed.errors }
    const result = await withCodeCap(payload, parsed.data.code, () => lookupFeedback(payload, parsed.data.code, parsed.data.factor))
    if (result === CODE_LIMITED) return { status: 429, errors: { _form: CODE_LIMITED_MESSAGE } }
    if (!result) return { status: 404, errors: { _form: LOOKUP_NOT_FOUND } }
    const region = renderLookupResult(result) + (await ratingSection(payload, result)) + renderLookupForm({})
    return { json: { ...result }, region, title: 'Kết quả tra cứu: ' }
  },
  getRedirect: LOOKUP_URL,
})
