import type { Request } from 'express'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import type { Payload } from 'payload'
import { consultationPhase, parseComment, renderCommentForm } from '@gd/shared/consultation'
import { formatDateTime } from '@gd/shared/dates'
import {
  COMMENT_DONE_PATH,
  COMMENT_FORM_MARKERS,
  COMMENT_POST_ROUTE,
  consultationPageFile,
  CONSULTATIONS_URL,
} from '@gd/shared/public-routes'
import { submitFeedback } from '../../collections/Feedback/submit'
import { IDEMPOTENCY_HEADER } from '../../collections/Feedback/resubmission'
import type { ServerEnv } from '../env'
import { typedValues } from '../form-helpers'
import type { PublicForm } from '../public-form'

const SLUG = /^[a-z0-9-]{1,120}$/

interface ConsultationRef {
  id: number
  slug: string
  title: string
  status?: string | null
  opensAt?: string | null
  closesAt?: string | null
}

/** The published draft with this slug (drafts that staff have not published do not take comments). */
async function findConsultation(payload: Payload, req: Request): Promise<ConsultationRef | null> {
  const slug: unknown = req.params.slug
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
  return doc
    ? { id: doc.id, slug: doc.slug ?? slug, title: doc.title, status: doc.status, opensAt: doc.opensAt, closesAt: doc.closesAt }
    : null
}

function closedMessage(c: ConsultationRef, now: Date): string {
  const phase = consultationPhase(c, now)
  if (phase === 'sap-mo' && c.opensAt) return `Dự thảo chưa mở lấy ý kiến. Thời gian lấy ý kiến bắt đầu từ ${formatDateTime(c.opensAt)}.`
  if (c.status !== 'da-ket-thuc' && c.closesAt)
    return `Dự thảo đã hết thời hạn lấy ý kiến (hạn cuối ${formatDateTime(c.closesAt)}). Góp ý không được ghi nhận.`
  return 'Dự thảo đã kết thúc lấy ý kiến. Góp ý không được ghi nhận.'
}

/**
 * Comments on drafts open for comment: POST /du-thao/<slug>/gop-y/ stores a feedback item (kind "gop-y") linked to
 * the draft and answers its reference code (the no-JS form goes on to GET /du-thao/da-gui/?ma=<code>). The same
 * protections as the feedback form; an unknown draft gets 404, one not open 409, and nothing is stored.
 */
export const draftCommentForm = (payload: Payload, env: ServerEnv): PublicForm<ConsultationRef> => ({
  path: COMMENT_POST_ROUTE,
  limits: {
    perMinute: env.feedbackPerMinute,
    perDay: env.feedbackPerDay,
    minute: 'Bạn đã gửi quá nhiều góp ý trong một phút. Vui lòng chờ một phút rồi gửi lại.',
    day: 'Bạn đã gửi quá nhiều góp ý trong ngày. Vui lòng gửi lại vào ngày mai.',
  },
  body: { limitBytes: env.bodyLimitBytes, parameterLimit: 50 },
  find: { target: (req) => findConsultation(payload, req), notFound: 'Không tìm thấy dự thảo.' },
  page: (c) => ({ file: consultationPageFile(c.slug), markers: COMMENT_FORM_MARKERS, title: c.title }),
  formAgain: async (req, errors, c) =>
    renderCommentForm({ slug: c.slug, values: typedValues(req.body), errors, consentText: (await feedbackSettings(payload)).consent.text }),
  async submit(req, consultation) {
    const now = new Date()
    if (consultationPhase(consultation, now) !== 'dang-mo') return { status: 409, errors: { _form: closedMessage(consultation, now) } }
    const parsed = parseComment(req.body)
    if (!parsed.ok) return { status: 400, errors: parsed.errors }
    const { section, message, name, email, phone } = parsed.data
    const subject = `Góp ý dự thảo: ${consultation.title}${section ? ` — ${section}` : ''}`.slice(0, 300)
    const code = await submitFeedback(
      payload,
      { kind: 'gop-y', subject, message, name, email, phone, consent: true, publishAnswer: false, showName: false },
      now,
      { consultation: consultation.id },
      req.get(IDEMPOTENCY_HEADER),
    )
    return { code }
  },
  done: { path: COMMENT_DONE_PATH, back: CONSULTATIONS_URL, fallback: { title: 'Đã gửi góp ý', heading: 'Đã gửi góp ý cho dự thảo' } },
})
