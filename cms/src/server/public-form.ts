import type { Payload } from 'payload'
import { type ErrorRequestHandler, type Request, type Response, Router } from 'express'
import type { FormErrors } from '@gd/shared/error-summary'
import { builtFile } from '@gd/shared/public-routes'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { BODY_ERRORS, formBody, isFormOrJson, ONLY_FORM_OR_JSON, perIpLimits, wantsJson } from './form-helpers'
import { type BuiltPage, notFoundPage, pageWithCode, pageWithRegion } from './site-pages'

/** How a submission ends (what `submit` returns). */
export type Outcome =
  /** Refused: the status and the errors; on the page, the form again with them, or `region` instead when given. */
  | { status: number; errors: FormErrors; region?: string }
  /** Stored under a reference code: 201 `{ ok, code }`, or 303 to the confirmation page that shows the code. */
  | { code: string }
  /** Answered in place: 200 `{ ok, ...json }`, or the page with `region` and its title prefixed with `title`. */
  | { json: Record<string, unknown>; region: string; title: string }

/**
 * One public form (see ./forms/): what it says about itself. The factory below does the rest the same way for every
 * form: content negotiation (the no-JS form or JSON), the body parsers' failures in Vietnamese (400, 413, 415), the
 * per-IP limits (429), the page again with the error summary and what was typed, `Cache-Control: no-store`.
 */
export interface PublicForm<T extends object = object> {
  /** The POST path (express syntax), from @gd/shared/public-routes. */
  path: string
  /** Per-IP limits, per minute and per day, and what a citizen over each is told. */
  limits: { perMinute: number; perDay: number; minute: string; day: string }
  /** The body's size in bytes and number of fields at most. */
  body: { limitBytes: number; parameterLimit: number }
  /** Headers on every answer besides `Cache-Control: no-store`. */
  headers?: Record<string, string>
  /** What the path names (the draft of /du-thao/<slug>/gop-y/), found first; none → 404 `notFound`. */
  find?: { target: (req: Request) => Promise<T | null>; notFound: string }
  /** The built page the form is on. */
  page: (target: T) => BuiltPage
  /** The form again with these errors and what was typed. */
  formAgain: (req: Request, errors: FormErrors, target: T) => string | Promise<string>
  /** Validates the body and does the work (stores, looks up). */
  submit: (req: Request, target: T) => Promise<Outcome>
  /** Where a `{ code }` outcome goes: the confirmation page (GET, ?ma=<code>), where it sends a request without a code, its bare stand-in. */
  done?: { path: string; back: string; fallback: { title: string; heading: string } }
  /** Where a GET of the POST path goes (a result is not a page of its own: a reload goes back to the form). */
  getRedirect?: string
}

const NO_TARGET = {}

export function publicFormRouter<T extends object>(payload: Payload, form: PublicForm<T>): Router {
  const router = Router()
  const headers = { 'Cache-Control': 'no-store', ...form.headers }
  const target = (req: Request): Promise<T | null> => (form.find ? form.find.target(req) : Promise.resolve(NO_TARGET as T))

  /** An error: JSON, or the page with the form again (JSON too when there is no page: an unknown draft). */
  async function refuse(req: Request, res: Response, status: number, errors: FormErrors, found: T | null, region?: string) {
    res.set(headers)
    if (wantsJson(req) || !found) {
      res.status(status).json({ ok: false, errors })
      return
    }
    const html = await pageWithRegion(form.page(found), region ?? (await form.formAgain(req, errors, found)), 'Lỗi: ')
    res.status(status).type('html').send(html)
  }

  router.post(
    form.path,
    ...perIpLimits(payload, form.path, form.limits, form.limits, async (req, res, message) =>
      refuse(req, res, 429, { _form: message }, await target(req)),
    ),
    ...formBody(form.body.limitBytes, form.body.parameterLimit),
    async (req, res, next) => {
      try {
        const found = await target(req)
        if (!found) {
          res.set('Cache-Control', 'no-store')
          if (wantsJson(req)) res.status(404).json({ ok: false, errors: { _form: form.find?.notFound } })
          else
            res
              .status(404)
              .type('html')
              .send(await notFoundPage())
          return
        }
        if (!isFormOrJson(req)) {
          res.status(415).json({ ok: false, errors: { _form: ONLY_FORM_OR_JSON } })
          return
        }
        const outcome = await form.submit(req, found)
        if ('errors' in outcome) {
          await refuse(req, res, outcome.status, outcome.errors, found, outcome.region)
          return
        }
        res.set(headers)
        if ('code' in outcome) {
          if (wantsJson(req)) res.status(201).json({ ok: true, code: outcome.code })
          else res.redirect(303, `${form.done?.path}?ma=${encodeURIComponent(outcome.code)}`)
        } else if (wantsJson(req)) res.json({ ok: true, ...outcome.json })
        else res.type('html').send(await pageWithRegion(form.page(found), outcome.region, outcome.title))
      } catch (err) {
        next(err)
      }
    },
  )

  const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
    const known = BODY_ERRORS[(err as { type?: string })?.type ?? '']
    if (!known) return next(err)
    target(req)
      .then((found) => refuse(req, res, known[0], { _form: known[1] }, found))
      .catch(next)
  }
  router.use(form.path, bodyErrors)

  if (form.getRedirect) {
    const to = form.getRedirect
    router.get(form.path, (_req, res) => res.redirect(303, to))
  }

  const done = form.done
  if (done) {
    router.get(done.path, async (req, res, next) => {
      try {
        const code = normalizeReferenceCode(req.query.ma)
        if (!code) {
          res.redirect(303, done.back)
          return
        }
        res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
        res.type('html').send(await pageWithCode(builtFile(done.path), code, done.fallback))
      } catch (err) {
        next(err)
      }
    })
  }
  return router
}
