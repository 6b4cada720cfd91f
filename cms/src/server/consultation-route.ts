import { type ErrorRequestHandler, type Request, type Response, Router } from 'express'
import type { Payload } from 'payload'
import {
  COMMENT_DONE_PATH,
  COMMENT_FORM_MARKERS,
  type CommentErrors,
  consultationPhase,
  parseComment,
  renderCommentForm,
} from '@gd/shared/consultation'
import { formatDateTime } from '@gd/shared/dates'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { escapeHtml } from '@gd/shared/text'
import { submitFeedback } from '../collections/Feedback/submit'
import type { ServerEnv } from './env'
import { BODY_ERRORS, fallbackPage, ONLY_FORM_OR_JSON, formBody, perIpLimits, readBuilt, replaceRegion, typedValues, wantsJson } from './form-helpers'
import { notFoundPage } from './site-pages'

export const COMMENT_POST_ROUTE = '/du-thao/:slug/gop-y/'
const SLUG = /^[a-z0-9-]{1,120}$/
const CODE_MARKER = '<!--MA-THAM-CHIEU-->'

interface ConsultationRef {
  id: number
  slug: string
  title: string
  status?: string | null
  opensAt?: string | null
  closesAt?: string | null
}

/** The published draft with this slug (drafts that staff have not published do not take comments). */
async function findConsultation(payload: Payload, slug: unknown): Promise<ConsultationRef | null> {
  if (typeof slug !== 'string' || !SLUG.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'consultations',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true, title: true, status: true, opensAt: true, closesAt: true },
  })
  const doc = docs[0]
  return doc ? { id: doc.id, slug: doc.slug ?? slug, title: doc.title, status: doc.status, opensAt: doc.opensAt, closesAt: doc.closesAt } : null
}

/** The draft's built page with the comment form re-rendered (values typed, errors found). */
async function commentFormPage(consultation: ConsultationRef, formHtml: string): Promise<string> {
  const built = await readBuilt(`du-thao/${consultation.slug}/index.html`)
  const page = built && replaceRegion(built, COMMENT_FORM_MARKERS, formHtml)
  const html = page ?? fallbackPage(consultation.title, `<h1>${escapeHtml(consultation.title)}</h1>${COMMENT_FORM_MARKERS[0]}${formHtml}${COMMENT_FORM_MARKERS[1]}`)
  return html.replace('<title>', '<title>Lỗi: ')
}

async function reject(req: Request, res: Response, status: number, errors: CommentErrors, consultation: ConsultationRef | null) {
  res.set('Cache-Control', 'no-store')
  if (wantsJson(req) || !consultation) {
    res.status(status).json({ ok: false, errors })
    return
  }
  const form = renderCommentForm({ slug: consultation.slug, values: typedValues(req.body), errors })
  res.status(status).type('html').send(await commentFormPage(consultation, form))
}

function closedMessage(c: ConsultationRef, now: Date): string {
  const phase = consultationPhase(c, now)
  if (phase === 'sap-mo' && c.opensAt) return `Dự thảo chưa mở lấy ý kiến. Thời gian lấy ý kiến bắt đầu từ ${formatDateTime(c.opensAt)}.`
  if (c.status !== 'da-ket-thuc' && c.closesAt) return `Dự thảo đã hết thời hạn lấy ý kiến (hạn cuối ${formatDateTime(c.closesAt)}). Góp ý không được ghi nhận.`
  return 'Dự thảo đã kết thúc lấy ý kiến. Góp ý không được ghi nhận.'
}

/**
 * Comments on drafts open for comment: POST /du-thao/<slug>/gop-y/ (form or JSON) and GET /du-thao/da-gui/ (the
 * confirmation with the reference code). The same protections as the feedback form: shared zod schema, honeypot,
 * per-IP rate limits, body limit, no-JS form re-rendered with the errors and what was typed; nothing is stored on
 * any error, nor for a draft that is not open.
 */
export function consultationRouter(payload: Payload, env: ServerEnv): Router {
  const router = Router()

  router.post(
    COMMENT_POST_ROUTE,
    ...perIpLimits(
      { perMinute: env.feedbackPerMinute, perDay: env.feedbackPerDay },
      { minute: 'Bạn đã gửi quá nhiều góp ý trong một phút. Vui lòng chờ một phút rồi gửi lại.', day: 'Bạn đã gửi quá nhiều góp ý trong ngày. Vui lòng gửi lại vào ngày mai.' },
      async (req, res, message) => reject(req, res, 429, { _form: message }, await findConsultation(payload, req.params.slug)),
    ),
    ...formBody(env.bodyLimitBytes, 50, { rejectOther: false }),
    async (req, res, next) => {
      try {
        const consultation = await findConsultation(payload, req.params.slug)
        if (!consultation) {
          res.set('Cache-Control', 'no-store')
          if (wantsJson(req)) res.status(404).json({ ok: false, errors: { _form: 'Không tìm thấy dự thảo.' } })
          else res.status(404).type('html').send(await notFoundPage())
          return
        }
        if (!req.is('application/x-www-form-urlencoded') && !wantsJson(req)) {
          res.status(415).json({ ok: false, errors: { _form: ONLY_FORM_OR_JSON } })
          return
        }
        const now = new Date()
        if (consultationPhase(consultation, now) !== 'dang-mo') {
          await reject(req, res, 409, { _form: closedMessage(consultation, now) }, consultation)
          return
        }
        const parsed = parseComment(req.body)
        if (!parsed.ok) {
          await reject(req, res, 400, parsed.errors, consultation)
          return
        }
        const { section, message, name, email, phone } = parsed.data
        const subject = `Góp ý dự thảo: ${consultation.title}${section ? ` — ${section}` : ''}`.slice(0, 300)
        const code = await submitFeedback(
          payload,
          { kind: 'gop-y', subject, message, name, email, phone, consent: true, publishAnswer: false, showName: false },
          now,
          { consultation: consultation.id },
        )
        res.set('Cache-Control', 'no-store')
        if (wantsJson(req)) res.status(201).json({ ok: true, code })
        else res.redirect(303, `${COMMENT_DONE_PATH}?ma=${encodeURIComponent(code)}`)
      } catch (err) {
        next(err)
      }
    },
  )

  const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
    const known = BODY_ERRORS[(err as { type?: string })?.type ?? '']
    if (!known) return next(err)
    findConsultation(payload, req.params.slug)
      .then((c) => reject(req, res, known[0], { _form: known[1] }, c))
      .catch(next)
  }
  router.use(COMMENT_POST_ROUTE, bodyErrors)

  router.get(COMMENT_DONE_PATH, async (req, res, next) => {
    try {
      const code = normalizeReferenceCode(req.query.ma)
      if (!code) {
        res.redirect(303, '/du-thao/')
        return
      }
      res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      const built = await readBuilt('du-thao/da-gui/index.html')
      const safe = escapeHtml(code)
      res
        .type('html')
        .send(
          built && built.includes(CODE_MARKER)
            ? built.split(CODE_MARKER).join(safe)
            : fallbackPage('Đã gửi góp ý', `<h1>Đã gửi góp ý cho dự thảo</h1><p>Mã tham chiếu của bạn: <strong>${safe}</strong></p>`),
        )
    } catch (err) {
      next(err)
    }
  })
  return router
}
