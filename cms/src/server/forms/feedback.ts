import type { Payload } from 'payload'
import { parseFeedback } from '@gd/shared/feedback'
import { renderFeedbackForm } from '@gd/shared/feedback-form'
import { builtFile, FEEDBACK_DONE_PATH, FEEDBACK_FORM_MARKERS, FEEDBACK_POST_PATH, FEEDBACK_URL } from '@gd/shared/public-routes'
import { viCollator } from '@gd/shared/text'
import { FeedbackRejected, submitFeedback } from '../../collections/Feedback/submit'
import { IDEMPOTENCY_HEADER } from '../../collections/Feedback/resubmission'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import type { ServerEnv } from '../env'
import { typedValues } from '../form-helpers'
import type { PublicForm } from '../public-form'

async function schoolOptions(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'schools',
    limit: 1000,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  return docs.map((d) => ({ id: d.id, name: d.name })).sort((a, b) => viCollator.compare(a.name, b.name))
}

/** The themes in use, in order: the form's options, as the site's /gop-y/ page lists them. */
async function themeOptions(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'themes',
    where: { status: { equals: 'dang-ap-dung' } },
    sort: 'order',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true, name: true },
  })
  return docs.flatMap((d) => (d.slug ? [{ slug: d.slug, name: d.name }] : []))
}

/**
 * The feedback form (/gop-y/): POST /gop-y/gui/ stores a feedback item (shared zod schema, honeypot) and answers its
 * reference code; the no-JS form is sent on to GET /gop-y/da-gui/?ma=<code>.
 */
export const feedbackForm = (payload: Payload, env: ServerEnv): PublicForm => ({
  path: FEEDBACK_POST_PATH,
  limits: {
    perMinute: env.feedbackPerMinute,
    perDay: env.feedbackPerDay,
    minute: 'Bạn đã gửi quá nhiều ý kiến trong một phút. Vui lòng chờ một phút rồi gửi lại.',
    day: 'Bạn đã gửi quá nhiều ý kiến trong ngày. Vui lòng gửi lại vào ngày mai hoặc gọi điện cho cơ quan.',
  },
  body: { limitBytes: env.bodyLimitBytes, parameterLimit: 50 },
  page: () => ({ file: builtFile(FEEDBACK_URL), markers: FEEDBACK_FORM_MARKERS, title: 'Gửi ý kiến' }),
  formAgain: async (req, errors) =>
    renderFeedbackForm({
      values: typedValues(req.body),
      errors,
      schools: await schoolOptions(payload),
      themes: await themeOptions(payload),
      consentText: (await feedbackSettings(payload)).consent.text,
    }),
  async submit(req) {
    const parsed = parseFeedback(req.body)
    if (!parsed.ok) return { status: 400, errors: parsed.errors }
    try {
      return { code: await submitFeedback(payload, parsed.data, new Date(), {}, req.get(IDEMPOTENCY_HEADER)) }
    } catch (err) {
      if (err instanceof FeedbackRejected) return { status: 400, errors: err.errors }
      throw err
    }
  },
  done: { path: FEEDBACK_DONE_PATH, back: FEEDBACK_URL, fallback: { title: 'Đã gửi ý kiến', heading: 'Đã gửi ý kiến thành công' } },
})
