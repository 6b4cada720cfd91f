import type { Payload } from 'payload'
import { LOOKUP_NOT_FOUND, parseLookup, renderLookupForm } from '@gd/shared/lookup'
import { LOOKUP_URL, RATING_POST_PATH } from '@gd/shared/public-routes'
import { parseRating, RATING_ALREADY, RATING_THANKS, type RatingErrors, renderRatingForm } from '@gd/shared/rating'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { escapeHtml } from '@gd/shared/text'
import { recordRating } from '../../collections/FeedbackRatings'
import type { ServerEnv } from '../env'
import type { PublicForm } from '../public-form'
import { LOOKUP_HEADERS, LOOKUP_PAGE, lookupFeedback } from './lookup-check'
import { CODE_LIMITED, withCodeCap } from '../lookup-attempts'

const NOT_ANSWERED = 'Chỉ đánh giá được ý kiến đã có câu trả lời.'

/** A notice above the lookup form (the rating cannot be taken; the citizen may look the item up again). */
const notice = (message: string) =>
  `<section class="notice notice--warning"><p role="alert">${escapeHtml(message)}</p></section>${renderLookupForm({})}`

/** Only one save per item at a time in this process, so two quick posts cannot both pass the "not yet rated" check. */
const inFlight = new Set<string>()

/**
 * The rating of an answer: POST /tra-cuu/danh-gia/ (GET goes back to /tra-cuu/). The citizen rates the answer once
 * (1–5, an optional comment). The code and the second factor are checked again by the lookup's own check (a wrong
 * one gets the lookup's 404); an item not answered, or rated already, gets 409. The item is only marked rated; the
 * score and comment are stored apart, anonymously (`recordRating`, collection feedback-ratings).
 */
export const ratingForm = (payload: Payload, env: ServerEnv): PublicForm => ({
  path: RATING_POST_PATH,
  limits: {
    perMinute: env.ratingPerMinute,
    perDay: env.ratingPerDay,
    minute: 'Bạn đã gửi đánh giá quá nhiều lần trong một phút. Vui lòng chờ một phút rồi thử lại.',
    day: 'Bạn đã gửi đánh giá quá nhiều lần trong ngày. Vui lòng thử lại vào ngày mai.',
  },
  body: { limitBytes: 8192, parameterLimit: 10 },
  headers: LOOKUP_HEADERS,
  page: () => LOOKUP_PAGE,
  formAgain(req, errors) {
    const code = normalizeReferenceCode((req.body as Record<string, unknown> | undefined)?.ma)
    return code ? renderRatingForm(code, errors) : renderLookupForm({ errors })
  },
  async submit(req) {
    const who = parseLookup(req.body)
    const rating = parseRating(req.body)
    if (!who.ok || !rating.ok) {
      const errors: RatingErrors = { ...(who.ok ? {} : who.errors), ...(rating.ok ? {} : rating.errors) }
      return { status: 400, errors }
    }
    const { code, factor } = who.data
    const result = await withCodeCap(payload, code, () => lookupFeedback(payload, code, factor)).then((r) =>
      r === CODE_LIMITED ? null : r,
    )
    if (!result)
      return { status: 404, errors: { _form: LOOKUP_NOT_FOUND }, region: renderLookupForm({ code, errors: { _form: LOOKUP_NOT_FOUND } }) }
    if (!result.answer) return { status: 409, errors: { _form: NOT_ANSWERED }, region: notice(NOT_ANSWERED) }
    if (inFlight.has(code)) return { status: 409, errors: { _form: RATING_ALREADY }, region: notice(RATING_ALREADY) }
    inFlight.add(code)
    let saved: boolean
    try {
      saved = await recordRating(payload, code, { score: rating.data.rating, comment: rating.data.comment })
    } finally {
      inFlight.delete(code)
    }
    if (!saved) return { status: 409, errors: { _form: RATING_ALREADY }, region: notice(RATING_ALREADY) }
    const thanks = `<section class="notice" role="status"><p>${escapeHtml(RATING_THANKS)}</p></section>${renderLookupForm({})}`
    return { json: { message: RATING_THANKS }, region: thanks, title: 'Đã ghi nhận đánh giá: ' }
  },
  getRedirect: LOOKUP_URL,
})
