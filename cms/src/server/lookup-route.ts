import { createHash, timingSafeEqual } from 'node:crypto'
import { type ErrorRequestHandler, type Request, type Response, Router } from 'express'
import type { Payload } from 'payload'
import {
  acceptedFactors,
  LOOKUP_MARKERS,
  LOOKUP_NOT_FOUND,
  LOOKUP_POST_PATH,
  LOOKUP_URL,
  type LookupErrors,
  type LookupResult,
  parseLookup,
  renderLookupForm,
  renderLookupResult,
  statusLabel,
} from '@gd/shared/lookup'
import { normalizeReferenceCode } from '@gd/shared/reference-code'
import { BODY_ERRORS, fallbackPage, formBody, perIpLimits, readBuilt, replaceRegion, wantsJson } from './form-helpers'
import { ratingSection } from './rating-route'
import { CODE_LIMITED, CODE_LIMITED_MESSAGE, withCodeCap } from './lookup-attempts'

function int(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

/** Per-IP limits of the lookup (LOOKUP_RATE_PER_MINUTE, LOOKUP_RATE_PER_DAY; 10 and 2000 by default). */
export const lookupEnv = () => ({
  perMinute: int('LOOKUP_RATE_PER_MINUTE', 10),
  perDay: int('LOOKUP_RATE_PER_DAY', 2000),
  bodyLimitBytes: 4096,
})

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
/** A factor no stored item has, compared against when the code is unknown, so both failures cost the same. */
const DUMMY = digest('\u0000không-có-ý-kiến-này')

/**
 * Whether the factor is the item's e-mail or phone ending. Always two constant-time comparisons of SHA-256 digests
 * (a missing slot, or an unknown code, compares against a value no one can type), with no early exit.
 */
function factorMatches(factor: string, accepted: string[]): boolean {
  const given = digest(factor)
  const slots = [accepted[0], accepted[1]].map((a) => (a ? digest(a) : DUMMY))
  const results = slots.map((expected) => timingSafeEqual(given, expected))
  return accepted.length > 0 && (results[0] || results[1])
}

type Stored = {
  code: string
  status: string
  receivedAt: string
  email?: string | null
  phone?: string | null
  answer?: string | null
  answeredAt?: string | null
  statusHistory?: { kind?: string | null; status?: string | null; at?: string | null }[] | null
}

/** The item, when the code exists and the factor matches; otherwise null (the same for both). */
export async function lookupFeedback(payload: Payload, code: string, factor: string): Promise<LookupResult | null> {
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true, status: true, receivedAt: true, email: true, phone: true, answer: true, answeredAt: true, statusHistory: true },
  })
  const doc = docs[0] as unknown as Stored | undefined
  const matches = factorMatches(factor, doc ? acceptedFactors(doc) : [])
  if (!doc || !matches) return null
  const answered = doc.status === 'da-tra-loi' || doc.status === 'da-dong'
  return {
    code: doc.code,
    status: doc.status,
    statusLabel: statusLabel(doc.status),
    receivedAt: doc.receivedAt,
    history: (doc.statusHistory ?? [])
      .filter((h) => (h.kind ?? 'status') === 'status' && h.status && h.at)
      .map((h) => ({ status: h.status!, label: statusLabel(h.status!), at: h.at! })),
    ...(answered && doc.answer ? { answer: doc.answer, answeredAt: doc.answeredAt ?? undefined } : {}),
  }
}

async function lookupPage(region: string, title?: string): Promise<string> {
  const built = await readBuilt('tra-cuu/index.html')
  let html =
    (built && replaceRegion(built, LOOKUP_MARKERS, region)) ??
    fallbackPage('Tra cứu tình trạng xử lý ý kiến', `<h1>Tra cứu tình trạng xử lý ý kiến</h1>${LOOKUP_MARKERS[0]}${region}${LOOKUP_MARKERS[1]}`)
  if (title) html = html.replace('<title>', `<title>${title}`)
  return html
}

async function answer(req: Request, res: Response, status: number, errors: LookupErrors, code?: string): Promise<void> {
  res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  if (wantsJson(req)) {
    res.status(status).json({ ok: false, errors })
    return
  }
  res.status(status).type('html').send(await lookupPage(renderLookupForm({ code, errors }), 'Lỗi: '))
}

/** What to type back: the code only, and only when it is well-formed (the second factor is never echoed). */
const typedCode = (body: unknown) => normalizeReferenceCode((body as Record<string, unknown> | undefined)?.ma) ?? undefined

/**
 * POST /tra-cuu/ket-qua/ (form or JSON; GET goes back to the form at /tra-cuu/): a citizen follows a feedback item by its reference code and a second factor (the
 * e-mail, or the last 4 digits of the phone). A wrong code and a wrong factor get the same answer (404, the same
 * message, one database read and the same comparisons). Rate-limited per IP.
 */
export function lookupRouter(payload: Payload, env = lookupEnv()): Router {
  const router = Router()

  router.post(
    LOOKUP_POST_PATH,
    ...perIpLimits(
      env,
      { minute: 'Bạn đã tra cứu quá nhiều lần trong một phút. Vui lòng chờ một phút rồi thử lại.', day: 'Bạn đã tra cứu quá nhiều lần trong ngày. Vui lòng thử lại vào ngày mai.' },
      (req, res, message) => answer(req, res, 429, { _form: message }),
    ),
    ...formBody(env.bodyLimitBytes, 10),
    async (req, res, next) => {
      try {
        const parsed = parseLookup(req.body)
        if (!parsed.ok) {
          await answer(req, res, 400, parsed.errors, typedCode(req.body))
          return
        }
        const result = await withCodeCap(parsed.data.code, () => lookupFeedback(payload, parsed.data.code, parsed.data.factor))
        if (result === CODE_LIMITED) return void (await answer(req, res, 429, { _form: CODE_LIMITED_MESSAGE }, parsed.data.code))
        if (!result) {
          await answer(req, res, 404, { _form: LOOKUP_NOT_FOUND }, parsed.data.code)
          return
        }
        res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
        if (wantsJson(req)) res.json({ ok: true, ...result })
        else res.type('html').send(await lookupPage(renderLookupResult(result) + (await ratingSection(payload, result)) + renderLookupForm({}), 'Kết quả tra cứu: '))
      } catch (err) {
        next(err)
      }
    },
  )

  const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
    const known = BODY_ERRORS[(err as { type?: string })?.type ?? '']
    if (!known) return next(err)
    answer(req, res, known[0], { _form: known[1] }).catch(next)
  }
  router.use(LOOKUP_POST_PATH, bodyErrors)
  // the result is not a page of its own: a reload or a shared link goes back to the form
  router.get(LOOKUP_POST_PATH, (_req, res) => res.redirect(303, LOOKUP_URL))
  return router
}
