import { createHash, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { acceptedFactors, type LookupResult, statusLabel } from '@gd/shared/lookup'
import { builtFile, LOOKUP_MARKERS, LOOKUP_URL } from '@gd/shared/public-routes'
import type { BuiltPage } from '../site-pages'
import { queuedByCode } from '../../collections/Feedback/intake'

/**
 * The lookup's check of a reference code and a second factor (the e-mail, or the last 4 digits of the phone), and
 * the page it answers on: shared by the status lookup (./lookup.ts) and the rating of an answer (./rating.ts).
 */

/** The lookup page (/tra-cuu/), whose region the lookup and the rating re-render. */
export const LOOKUP_PAGE: BuiltPage = { file: builtFile(LOOKUP_URL), markers: LOOKUP_MARKERS, title: 'Tra cứu tình trạng xử lý ý kiến' }

/** Headers on every answer of the lookup and the rating: a code and a status never travel on as a referrer. */
export const LOOKUP_HEADERS = { 'Referrer-Policy': 'no-referrer' }

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
  // a submission still in the intake queue (answered in a flood before it was stored) is found there: just received
  const doc = (docs[0] as unknown as Stored | undefined) ?? ((await queuedByCode(payload, code)) as Stored | null) ?? undefined
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
