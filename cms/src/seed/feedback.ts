import type { Payload, Where } from 'payload'
import { parseFeedback } from '@gd/shared/feedback'
import { dueDate } from '@gd/shared/working-days'
import { feedbackSettings } from '../globals/SiteSettings/feedbackSettings'
import { submitFeedback } from '../collections/Feedback/submit'
import { recordRating } from '../collections/FeedbackRatings'
import { FEEDBACK, type SeedFeedback, type SeedHandling } from './data/feedback'
import { DEMO_USERS } from './users'

type Staff = { id: number; collection: 'users'; role?: string | null; email?: string }
type Step = { after: number; data: Record<string, unknown>; as: 'staff' | 'citizen' }

const local = { overrideAccess: true, depth: 0 } as const

/** The demo editor when the demo accounts exist, else any editor or administrator; null on an empty user table. */
async function staffUser(payload: Payload): Promise<Staff | null> {
  const editor = DEMO_USERS.find((u) => u.role === 'editor')?.email ?? ''
  const wheres: Where[] = [{ email: { equals: editor } }, { role: { equals: 'editor' } }, { role: { equals: 'admin' } }]
  for (const where of wheres) {
    const { docs } = await payload.find({ ...local, collection: 'users', where, limit: 1, pagination: false, sort: 'createdAt' })
    if (docs[0]) return { ...(docs[0] as unknown as Staff), collection: 'users' }
  }
  return null
}

/** The steps of a handling in time order, each as the save the admin (or, for the rating, the lookup page) makes. */
function stepsOf(h: SeedHandling, staff: Staff | null): Step[] {
  const steps: Step[] = [
    {
      after: h.acknowledge.after,
      as: 'staff',
      data: { status: 'da-tiep-nhan', assignee: staff?.id ?? null, ...(h.acknowledge.note ? { internalNotes: h.acknowledge.note } : {}) },
    },
  ]
  if (h.process) steps.push({ after: h.process.after, as: 'staff', data: { status: 'dang-xu-ly' } })
  if (h.answer) steps.push({ after: h.answer.after, as: 'staff', data: { status: 'da-tra-loi', answer: h.answer.text } })
  if (h.forward)
    steps.push({
      after: h.forward.after,
      as: 'staff',
      data: {
        status: 'chuyen-co-quan-tham-quyen',
        forwardedTo: h.forward.to,
        ...(h.forward.note ? { internalNotes: h.forward.note } : {}),
      },
    })
  if (h.reject)
    steps.push({
      after: h.reject.after,
      as: 'staff',
      data: { status: 'khong-xu-ly', rejectReason: h.reject.reason, rejectNote: h.reject.note },
    })
  if (h.qa)
    steps.push({
      after: h.qa.after,
      as: 'staff',
      data: { qaPublished: true, qaQuestion: h.qa.question, ...(h.qa.title ? { qaTitle: h.qa.title } : {}) },
    })
  if (h.rating)
    steps.push({ after: h.rating.after, as: 'citizen', data: { rating: h.rating.stars, ratingComment: h.rating.comment ?? '' } })
  if (h.close) steps.push({ after: h.close.after, as: 'staff', data: { status: 'da-dong' } })
  return steps.sort((a, b) => a.after - b.after)
}

/** Office hours on the Hà Nội day `after` working days from receipt (step `i` of the item spreads the minutes). */
function stepTime(receivedAt: Date, after: number, i: number, holidays: string[]): Date {
  const day = dueDate(receivedAt, after, holidays)
  const hour = 8 + ((after * 3 + i) % 8)
  const minute = (i * 17 + after * 7) % 60
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`)
}

/** Replays an item's handling through the Local API, as the admin and the lookup page save it, at its past times. */
async function handle(
  payload: Payload,
  id: number,
  code: string,
  receivedAt: Date,
  h: SeedHandling,
  ctx: { now: Date; holidays: string[]; staff: Staff | null },
) {
  for (const [i, step] of stepsOf(h, ctx.staff).entries()) {
    const at = stepTime(receivedAt, step.after, i, ctx.holidays)
    if (at.getTime() >= ctx.now.getTime()) return // not yet: this and later steps have not happened
    const context = { feedbackNow: at.toISOString(), skipRebuild: true }
    if (step.as === 'citizen') {
      // as POST /tra-cuu/danh-gia/ stores it: the item marked rated once, the score and comment apart, anonymously
      await recordRating(payload, code, { score: Number(step.data.rating), comment: (step.data.ratingComment as string) || null }, context)
    } else {
      await payload.update({
        ...local,
        collection: 'feedback',
        id,
        data: step.data,
        context,
        ...(ctx.staff ? { user: ctx.staff as never } : {}),
      })
    }
  }
}

/**
 * The demo feedback, once (only into an empty feedback table): received through the public form's own code
 * (`submitFeedback`), or recorded by staff for other channels, then acknowledged, answered within the deadline,
 * forwarded, rejected with a reason, published as Q&A and rated, each at its own past time relative to `now`,
 * through the same hooks as in the admin (history, deadlines, answeredAt, Q&A rules).
 */
export async function seedFeedback(payload: Payload, { now, count }: { now: Date; count: (k: string) => void }): Promise<void> {
  const { totalDocs } = await payload.count({ ...local, collection: 'feedback' })
  if (totalDocs > 0) return
  const { holidays } = await feedbackSettings(payload)
  const staff = await staffUser(payload)
  for (const item of FEEDBACK) {
    const { id, code, receivedAt } = await receive(payload, item, now, staff)
    count('feedback')
    if (item.handling) await handle(payload, id, code, receivedAt, item.handling, { now, holidays, staff })
  }
}

async function receive(
  payload: Payload,
  item: SeedFeedback,
  now: Date,
  staff: Staff | null,
): Promise<{ id: number; code: string; receivedAt: Date }> {
  const { daysAgo, handling: _handling, source, ...fields } = item
  const parsed = parseFeedback({ ...fields, consent: true })
  if (!parsed.ok) throw new Error(`Dữ liệu mẫu góp ý không hợp lệ (${item.subject}): ${JSON.stringify(parsed.errors)}`)
  const receivedAt = new Date(now.getTime() - daysAgo * 86_400_000)
  if (!source) {
    const code = await submitFeedback(payload, parsed.data, receivedAt)
    const { docs } = await payload.find({
      ...local,
      collection: 'feedback',
      where: { code: { equals: code } },
      limit: 1,
      pagination: false,
    })
    return { id: docs[0].id, code, receivedAt }
  }
  // recorded by staff in the admin (phone, letter, …): the code is drawn by the collection's own hook
  const theme = parsed.data.theme
    ? (await payload.find({ ...local, collection: 'themes', where: { slug: { equals: parsed.data.theme } }, limit: 1, pagination: false }))
        .docs[0]?.id
    : undefined
  const { subject, message, name, email, phone, kind, publishAnswer, showName } = parsed.data
  const doc = await payload.create({
    ...local,
    collection: 'feedback',
    data: {
      kind,
      theme,
      subject,
      message,
      name,
      email,
      phone,
      consent: true,
      publishAnswer: publishAnswer ?? false,
      showName: showName ?? false,
      source,
      status: 'moi',
      receivedAt: receivedAt.toISOString(),
    } as never,
    context: { feedbackNow: receivedAt.toISOString(), skipRebuild: true },
    ...(staff ? { user: staff as never } : {}),
  })
  return { id: doc.id, code: doc.code, receivedAt }
}
