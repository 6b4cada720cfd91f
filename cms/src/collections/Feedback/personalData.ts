import { config } from '@gd/shared/config'
import { createLocalReq, type Endpoint, type Payload, type PayloadHandler, type PayloadRequest, type TaskConfig, type Where } from 'payload'
import {
  ANONYMISED_NAME,
  DEFAULT_RETENTION_MONTHS,
  matchesPerson,
  type PersonKey,
  parsePersonRequest,
  RETENTION_STATUSES,
  retentionCutoff,
} from '@gd/shared/personal-data'
import { recordAudit } from '../../audit/record'
import { contentDisposition } from '../../reports/department'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The months finished feedback keeps its personal data (site settings; 0 = for ever). */
export async function retentionMonths(payload: Payload, req?: PayloadRequest): Promise<number> {
  const s = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req }).catch(() => null)) as {
    retentionMonths?: number | null
  } | null
  const n = s?.retentionMonths
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : DEFAULT_RETENTION_MONTHS
}

/** When the item last changed status (the newest status entry of its history; its receipt when none). */
export function lastStatusChange(doc: Doc): number {
  const times = (Array.isArray(doc.statusHistory) ? doc.statusHistory : [])
    .filter((h: Doc) => (h.kind ?? 'status') === 'status' && h.at)
    .map((h: Doc) => Date.parse(h.at))
    .filter((t: number) => Number.isFinite(t))
  return times.length > 0 ? Math.max(...times) : Date.parse(doc.receivedAt)
}

/**
 * Removes the personal data of the given items: name → "Đã ẩn danh", e-mail and phone emptied, anonymisedAt stamped.
 * Everything the statistics use (kind, theme, school, dates, status, history, priority, channel) stays. Items already
 * anonymised are left alone, so running it again changes nothing. Returns how many items it changed.
 */
export async function anonymiseFeedback(payload: Payload, ids: (number | string)[], req?: PayloadRequest): Promise<number> {
  let count = 0
  for (const id of ids) {
    const doc = (await payload.findByID({
      collection: 'feedback',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as Doc | null
    if (!doc || doc.anonymisedAt) continue
    await payload.update({
      collection: 'feedback',
      id,
      overrideAccess: true,
      req,
      depth: 0,
      context: { anonymising: true },
      data: { name: ANONYMISED_NAME, email: null, phone: null, resubmissionKey: null, anonymisedAt: new Date().toISOString() } as never,
    })
    count++
  }
  return count
}

/** Finished items (đã đóng, không xử lý, chuyển cơ quan có thẩm quyền) whose last status change is older than the retention. */
export async function dueForAnonymisation(payload: Payload, months: number, now = new Date(), req?: PayloadRequest): Promise<number[]> {
  if (months <= 0) return []
  const cutoff = retentionCutoff(now, months)
  const found = await payload.find({
    collection: 'feedback',
    where: {
      and: [
        { status: { in: [...RETENTION_STATUSES] } },
        { anonymisedAt: { exists: false } },
        { receivedAt: { less_than: cutoff.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { statusHistory: true, receivedAt: true },
  })
  return (found.docs as Doc[]).filter((d) => lastStatusChange(d) < cutoff.getTime()).map((d) => d.id as number)
}

/** One retention run: anonymises what is due and, when anything was, writes one audit entry with the count. */
export async function runRetention(payload: Payload, now = new Date(), givenReq?: PayloadRequest): Promise<number> {
  const req = givenReq ?? (await createLocalReq({}, payload))
  const months = await retentionMonths(payload, req)
  const ids = await dueForAnonymisation(payload, months, now, req)
  const count = await anonymiseFeedback(payload, ids, req)
  if (count > 0) {
    await recordAudit(req, 'anonymised', { collection: 'feedback', title: `${count} ý kiến đã đóng quá ${months} tháng` }, null)
  }
  return count
}

/** The scheduled task: daily at 02:15 (FEEDBACK_RETENTION_CRON, a 6-field cron with seconds, changes it). */
export const anonymiseFeedbackTask: TaskConfig = {
  slug: 'anonymise-feedback',
  label: 'Ẩn danh dữ liệu cá nhân của ý kiến đã đóng',
  retries: 1,
  schedule: [{ cron: config().FEEDBACK_RETENTION_CRON, queue: 'default' }],
  handler: async ({ req }) => {
    const count = await runRetention(req.payload, new Date(), req)
    return { output: { count } }
  },
}

// ---- export and erasure of one person's data (admins only) ----

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

const forbidden = () => json(403, { ok: false, errors: { _form: 'Chỉ quản trị hệ thống được xuất hoặc xóa dữ liệu cá nhân.' } })

/** Every feedback item of the person (e-mail without case; phone in any spelling). */
export async function itemsOfPerson(payload: Payload, person: PersonKey, req?: PayloadRequest): Promise<Doc[]> {
  const where: Where = person.email !== undefined ? { email: { contains: person.email } } : { phone: { exists: true } }
  const found = await payload.find({
    collection: 'feedback',
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    sort: 'receivedAt',
  })
  return (found.docs as Doc[]).filter((d) => matchesPerson(d, person))
}

const personalView = (d: Doc) => ({
  code: d.code,
  receivedAt: d.receivedAt,
  source: d.source,
  kind: d.kind,
  subject: d.subject,
  message: d.message,
  name: d.name,
  email: d.email ?? null,
  phone: d.phone ?? null,
  consent: d.consent ?? null,
  consentText: d.consentText ?? null,
  consentVersion: d.consentVersion ?? null,
  publishAnswer: d.publishAnswer ?? null,
  showName: d.showName ?? null,
  status: d.status,
  statusHistory: (d.statusHistory ?? [])
    .filter((h: Doc) => (h.kind ?? 'status') === 'status')
    .map((h: Doc) => ({ status: h.status, at: h.at })),
  answer: d.answer ?? null,
  answeredAt: d.answeredAt ?? null,
})

const isAdminReq = (req: PayloadRequest) => (req.user as { role?: string } | null)?.role === 'admin'

const exportHandler: PayloadHandler = async (req) => {
  if (!isAdminReq(req)) return forbidden()
  const url = new URL(req.url ?? '', 'http://localhost')
  const query: Record<string, string> = {}
  for (const key of ['email', 'phone']) {
    const v = url.searchParams.get(key)
    if (v !== null) query[key] = v
  }
  const parsed = parsePersonRequest(query)
  if (!parsed.ok) return json(400, { ok: false, errors: parsed.errors })
  const items = await itemsOfPerson(req.payload, parsed.person, req)
  const who = parsed.person.email ?? parsed.person.phone
  await recordAudit(req, 'exported', { collection: 'feedback', title: `Dữ liệu cá nhân của ${who} (${items.length} ý kiến)` })
  const day = new Date().toISOString().slice(0, 10)
  return json(
    200,
    { ok: true, person: parsed.person, exportedAt: new Date().toISOString(), count: items.length, items: items.map(personalView) },
    { 'content-disposition': contentDisposition(`dữ-liệu-cá-nhân-${who}-${day}.json`) },
  )
}

const eraseHandler: PayloadHandler = async (req) => {
  if (!isAdminReq(req)) return forbidden()
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return json(400, { ok: false, errors: { _form: 'Dữ liệu gửi lên phải là JSON hợp lệ.' } })
  }
  const parsed = parsePersonRequest(body, { needReason: true })
  if (!parsed.ok) return json(400, { ok: false, errors: parsed.errors })
  const items = await itemsOfPerson(req.payload, parsed.person, req)
  const count = await anonymiseFeedback(
    req.payload,
    items.map((d) => d.id),
    req,
  )
  const who = parsed.person.email ?? parsed.person.phone
  await recordAudit(req, 'erased', {
    collection: 'feedback',
    title: `Dữ liệu cá nhân của ${who}: ${count} ý kiến. Lý do: ${parsed.reason}`,
  })
  return json(200, { ok: true, count, message: `Đã xóa dữ liệu cá nhân trong ${count} ý kiến.` })
}

const safe =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (err) {
      req.payload.logger.error({ err, msg: 'Lỗi khi xuất hoặc xóa dữ liệu cá nhân' })
      return json(503, { ok: false, errors: { _form: 'Không thực hiện được yêu cầu lúc này. Vui lòng thử lại sau.' } })
    }
  }

export const personalDataEndpoints: Endpoint[] = [
  { path: '/du-lieu-ca-nhan', method: 'get', handler: safe(exportHandler) },
  { path: '/du-lieu-ca-nhan/xoa', method: 'post', handler: safe(eraseHandler) },
]
