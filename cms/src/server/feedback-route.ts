import { type ErrorRequestHandler, type Request, type Response, Router } from 'express'
import type { Payload } from 'payload'
import { parseFeedback, type FieldErrors } from '@gd/shared/feedback'
import { renderFeedbackForm } from '@gd/shared/feedback-form'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { viCollator } from '@gd/shared/text'
import { FeedbackRejected, submitFeedback } from '../collections/Feedback/submit'
import type { ServerEnv } from './env'
import { BODY_ERRORS, formBody, perIpLimits, typedValues, wantsJson } from './form-helpers'
import { confirmationPage, feedbackFormPage } from './site-pages'

export const FEEDBACK_POST_PATH = '/gop-y/gui/'
export const FEEDBACK_DONE_PATH = '/gop-y/da-gui/'


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

async function reject(payload: Payload, req: Request, res: Response, status: number, errors: FieldErrors) {
  res.set('Cache-Control', 'no-store')
  if (wantsJson(req)) {
    res.status(status).json({ ok: false, errors })
    return
  }
  const formHtml = renderFeedbackForm({ values: typedValues(req.body), errors, schools: await schoolOptions(payload) })
  res.status(status).type('html').send(await feedbackFormPage(formHtml, true))
}


/** POST /gop-y/gui/ (form or JSON) and GET /gop-y/da-gui/ (confirmation with the reference code). */
export function feedbackRouter(payload: Payload, env: ServerEnv): Router {
  const router = Router()
  const limits = perIpLimits(
    { perMinute: env.feedbackPerMinute, perDay: env.feedbackPerDay },
    {
      minute: 'Bạn đã gửi quá nhiều ý kiến trong một phút. Vui lòng chờ một phút rồi gửi lại.',
      day: 'Bạn đã gửi quá nhiều ý kiến trong ngày. Vui lòng gửi lại vào ngày mai hoặc gọi điện cho cơ quan.',
    },
    (req, res, message) => reject(payload, req, res, 429, { _form: message }),
  )

  router.post(
    FEEDBACK_POST_PATH,
    ...limits,
    ...formBody(env.bodyLimitBytes, 50),
    async (req, res, next) => {
      try {
        const parsed = parseFeedback(req.body)
        if (!parsed.ok) {
          await reject(payload, req, res, 400, parsed.errors)
          return
        }
        const code = await submitFeedback(payload, parsed.data)
        res.set('Cache-Control', 'no-store')
        if (wantsJson(req)) res.status(201).json({ ok: true, code })
        else res.redirect(303, `${FEEDBACK_DONE_PATH}?ma=${encodeURIComponent(code)}`)
      } catch (err) {
        if (err instanceof FeedbackRejected) await reject(payload, req, res, 400, err.errors)
        else next(err)
      }
    },
  )

  const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
    const known = BODY_ERRORS[(err as { type?: string })?.type ?? '']
    if (!known) return next(err)
    reject(payload, req, res, known[0], { _form: known[1] }).catch(next)
  }
  router.use(FEEDBACK_POST_PATH, bodyErrors)

  router.get(FEEDBACK_DONE_PATH, async (req, res, next) => {
    try {
      const code = normalizeReferenceCode(req.query.ma)
      if (!code) {
        res.redirect(303, '/gop-y/')
        return
      }
      res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      res.type('html').send(await confirmationPage(code))
    } catch (err) {
      next(err)
    }
  })
  return router
}
