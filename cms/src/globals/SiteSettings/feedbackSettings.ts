import type { Payload, PayloadRequest } from 'payload'
import { type DeadlineDays, deadlineDaysFrom } from '@gd/shared/feedback-deadlines'
import { holidaysForYears } from '@gd/shared/holidays'
import { type Consent, consentFrom } from '@gd/shared/personal-data'
import { DEFAULT_SENSITIVE_TOPICS } from '@gd/shared/sensitive-topics'

/** What feedback handling reads from the site settings; an empty list falls back to the built-in defaults. */
export interface FeedbackSettings {
  holidays: string[]
  sensitiveTopics: string[]
  crisisContacts: string[]
  orgName: string
  /** Working days to acknowledge and to answer (the setting, or the configuration's default). */
  days: DeadlineDays
  /** The consent the public forms show and each submission stores (text and version). */
  consent: Consent
}

/**
 * The settings are read once per request: a request that has read them (or was handed them in its context under
 * this key, as `submitFeedback` does for the create it runs) is given the same object again. A submission's
 * hooks (triage, the deadline label, the e-mails) used to read the whole settings document three times more.
 */
const CONTEXT_KEY = 'feedbackSettings'

export async function feedbackSettings(payload: Payload, req?: PayloadRequest): Promise<FeedbackSettings> {
  const known = req?.context?.[CONTEXT_KEY] as FeedbackSettings | undefined
  if (known) return known
  const settings = await readFeedbackSettings(payload, req)
  if (req?.context) req.context[CONTEXT_KEY] = settings
  return settings
}

/** The settings handed to a create or update, so its hooks do not read them again (see `feedbackSettings`). */
export const withFeedbackSettings = (settings: FeedbackSettings) => ({ [CONTEXT_KEY]: settings })

/**
 * The last reading in this process, and the settings document's `updatedAt` it was read at: a reading first asks
 * the database for that one column (the adapter's own query, a fraction of the whole document's) and reads the
 * whole document again only when it changed, here or in another process. Nothing is ever served stale.
 */
let lastReading: { version: string; settings: FeedbackSettings } | null = null

async function readFeedbackSettings(payload: Payload, req?: PayloadRequest): Promise<FeedbackSettings> {
  // the year too: without holidays in the settings, the built-in list is this year's
  const version = await payload.db
    .findGlobal({ slug: 'site-settings', select: { updatedAt: true }, req })
    .then((g) => `${(g as { updatedAt?: string }).updatedAt ?? 'chưa lưu lần nào'} ${new Date().getFullYear()}`)
    .catch(() => null)
  if (version && lastReading?.version === version) return lastReading.settings
  const settings = await readWholeDocument(payload, req)
  if (version) lastReading = { version, settings }
  return settings
}

async function readWholeDocument(payload: Payload, req?: PayloadRequest): Promise<FeedbackSettings> {
  const s = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req }).catch(() => null)) as {
    holidays?: { date?: string | null }[] | null
    sensitiveTopics?: { topic?: string | null }[] | null
    crisisContacts?: { email?: string | null }[] | null
    orgName?: string | null
    feedbackAckDays?: number | null
    feedbackAnswerDays?: number | null
    consentText?: string | null
    consentVersion?: string | null
  } | null
  const holidays = (s?.holidays ?? []).map((h) => String(h.date ?? '').slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
  const topics = (s?.sensitiveTopics ?? []).map((t) => (t.topic ?? '').trim()).filter(Boolean)
  return {
    holidays: holidays.length > 0 ? holidays : holidaysForYears().map((h) => h.date),
    sensitiveTopics: topics.length > 0 ? topics : [...DEFAULT_SENSITIVE_TOPICS],
    crisisContacts: (s?.crisisContacts ?? []).map((c) => (c.email ?? '').trim()).filter(Boolean),
    orgName: s?.orgName ?? '',
    days: deadlineDaysFrom(s),
    consent: consentFrom(s),
  }
}
