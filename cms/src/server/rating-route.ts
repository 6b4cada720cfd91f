import { type ErrorRequestHandler, type Request, type Response, Router } from 'express'
import type { Payload } from 'payload'
import { LOOKUP_MARKERS, LOOKUP_NOT_FOUND, parseLookup, renderLookupForm } from '@gd/shared/lookup'
import { parseRating, RATING_ALREADY, RATING_POST_PATH, RATING_THANKS, type RatingErrors, renderRatingForm } from '@gd/shared/rating'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { escapeHtml } from '@gd/shared/text'
import { BODY_ERRORS, fallbackPage, formBody, perIpLimits, readBuilt, replaceRegion, wantsJson } from './form-helpers'
import { lookupFeedback } from './lookup-route'
import { CODE_LIMITED, withCodeCap } from './lookup-attempts'
import { recordRating } from '../collections/FeedbackRatings'

function int(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

/** Per-IP limits of the rating form (RATING_RATE_PER_MINUTE, RATING_RATE_PER_DAY; 5 and 500 by default). */
export const ratingEnv = () => ({ perMinute: int('RATING_RATE_PER_MINUTE', 5), perDay: int('RATING_RATE_PER_DAY', 500), bodyLimitBytes: 8192 })

const NOT_ANSWERED = 'Chỉ đánh giá được ý kiến đã có câu trả lời.'

/** Whether the item has a rating already (for the lookup page: the form is shown only until it has one). */
export async function isRated(payload: Payload, code: string): Promise<boolean> {
  const { docs } = await payload.find({ collection: 'feedback', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, select: { rated: true } })
  return docs[0]?.rated === true
}

/** The rating form under an answered lookup result, or a note once rated. */
export async function ratingSection(payload: Payload, result: { code: string; answer?: string }): Promise<string> {
  if (!result.answer) return ''
  if (await isRated(payload, result.code)) return '<section class="panel rating"><p>Bạn đã đánh giá câu trả lời này. Cảm ơn bạn.</p></section>'
  return renderRatingForm(result.code)
}

async function page(region: string, title: string): Promise<string> {
  const built = await readBuilt('tra-cuu/index.html')
  const html =
    (built && replaceRegion(built, LOOKUP_MARKERS, region)) ??
    fallbackPage('Đánh giá câu trả lời', `<h1>Tra cứu tình trạng xử lý ý kiến</h1>${LOOKUP_MARKERS[0]}${region}${LOOKUP_MARKERS[1]}`)
  return html.replace('<title>', `<title>${title}`)
}

async function reply(req: Request, res: Response, status: number, errors: RatingErrors, region: () => string): Promise<void> {
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  if (wantsJson(req)) {
    res.status(status).json({ ok: false, errors })
    return
  }
  res.status(status).type('html').send(await page(region(), 'Lỗi: '))
}

/** Only one save per item at a time in this process, so two quick posts cannot both pass the "not yet rated" check. */
const inFlight = new Set<string>()

/**
 * POST /tra-cuu/danh-gia/ (form or JSON): the citizen rates the answer once (1–5, an optional comment). The code
 * and the second factor are checked again by the lookup's own check (a wrong one gets the lookup's 404); a second
 * rating gets 409. The item is only marked rated; the score and comment are stored apart, anonymously
 * (`recordRating`, collection feedback-ratings). Rate-limited per IP.
 */
export function ratingRouter(payload: Payload, env = ratingEnv()): Router {
  const router = Router()

  router.post(
    RATING_POST_PATH,
    ...perIpLimits(
      env,
      { minute: 'Bạn đã gửi đánh giá quá nhiều lần trong một phút. Vui lòng chờ một phút rồi thử lại.', day: 'Bạn đã gửi đánh giá quá nhiều lần trong ngày. Vui lòng thử lại vào ngày mai.' },
      (req, res, message) => reply(req, res, 429, { _form: message }, () => renderLookupForm({ errors: { _form: message } })),
    ),
    ...formBody(env.bodyLimitBytes, 10),
    async (req, res, next) => {
      try {
        const who = parseLookup(req.body)
        const rating = parseRating(req.body)
        if (!who.ok || !rating.ok) {
          const errors: RatingErrors = { ...(who.ok ? {} : who.errors), ...(rating.ok ? {} : rating.errors) }
          const code = normalizeReferenceCode((req.body as Record<string, unknown> | undefined)?.ma)
          await reply(req, res, 400, errors, () => (code ? renderRatingForm(code, errors) : renderLookupForm({ errors })))
          return
        }
        const { code, factor } = who.data
        const result = await withCodeCap(code, () => lookupFeedback(payload, code, factor)).then((r) => (r === CODE_LIMITED ? null : r))
        if (!result) {
          await reply(req, res, 404, { _form: LOOKUP_NOT_FOUND }, () => renderLookupForm({ code, errors: { _form: LOOKUP_NOT_FOUND } }))
          return
        }
        const formAgain = () => `<section class="panel"><p role="alert">${escapeHtml(NOT_ANSWERED)}</p></section>${renderLookupForm({})}`
        if (!result.answer) {
          await reply(req, res, 409, { _form: NOT_ANSWERED }, formAgain)
          return
        }
        const already = () => `<section class="panel"><p role="alert">${escapeHtml(RATING_ALREADY)}</p></section>${renderLookupForm({})}`
        if (inFlight.has(code)) {
          await reply(req, res, 409, { _form: RATING_ALREADY }, already)
          return
        }
        inFlight.add(code)
        let saved: boolean
        try {
          saved = await recordRating(payload, code, { score: rating.data.rating, comment: rating.data.comment })
        } finally {
          inFlight.delete(code)
        }
        if (!saved) {
          await reply(req, res, 409, { _form: RATING_ALREADY }, already)
          return
        }
        res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
        if (wantsJson(req)) res.json({ ok: true, message: RATING_THANKS })
        else res.type('html').send(await page(`<section class="panel" role="status"><p>${escapeHtml(RATING_THANKS)}</p></section>${renderLookupForm({})}`, 'Đã ghi nhận đánh giá: '))
      } catch (err) {
        next(err)
      }
    },
  )
  const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
    const known = BODY_ERRORS[(err as { type?: string })?.type ?? '']
    if (!known) return next(err)
    reply(req, res, known[0], { _form: known[1] }, () => renderLookupForm({ errors: { _form: known[1] } })).catch(next)
  }
  router.use(RATING_POST_PATH, bodyErrors)
  router.get(RATING_POST_PATH, (_req, res) => res.redirect(303, '/tra-cuu/'))
  return router
}
