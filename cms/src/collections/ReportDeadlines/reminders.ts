import type { Payload, TaskConfig } from 'payload'
import { config } from '@gd/shared/config'
import { formatDate } from '@gd/shared/dates'
import { periodLabel, periodOf } from '@gd/shared/report-periods'
import { hanoiDay, type ReminderKind, reminderDueOn } from '@gd/shared/report-deadlines'
import { missingSchools } from '../../reports/missing'

export interface ReminderSent {
  school: number
  periodKey: string
  kind: ReminderKind
}

function mail(kind: ReminderKind, school: string, label: string, due: string) {
  const link = `${config().publicOrigin}/admin/collections/opinion-reports/create`
  return kind === 'truoc-han'
    ? {
        subject: `[Nhắc gửi báo cáo] Báo cáo dư luận ${label}: hạn ${due}`,
        text: `Kính gửi ${school},\n\nPhòng chưa nhận được báo cáo tình hình dư luận xã hội ${label} của nhà trường. Hạn gửi là ngày ${due}.\n\nLập và gửi báo cáo tại: ${link}\n`,
      }
    : {
        subject: `[Quá hạn báo cáo] Báo cáo dư luận ${label}: hạn ${due} đã qua`,
        text: `Kính gửi ${school},\n\nĐã quá hạn gửi báo cáo tình hình dư luận xã hội ${label} (hạn ngày ${due}) mà Phòng chưa nhận được báo cáo của nhà trường. Đề nghị nhà trường gửi ngay.\n\nLập và gửi báo cáo tại: ${link}\n`,
      }
}

/**
 * Mails, at `now`, the school accounts of every school that has not sent its report for a period whose reminder is
 * due (shared/src/report-deadlines.ts); each school gets each kind of reminder once per period, recorded on the
 * deadline. A school without an account is skipped (and not recorded, so an account added later is reminded).
 */
export async function sendReportReminders(payload: Payload, now: Date): Promise<ReminderSent[]> {
  const today = hanoiDay(now)
  const { docs } = await payload.find({ collection: 'report-deadlines', pagination: false, depth: 0, overrideAccess: true })
  const sent: ReminderSent[] = []
  for (const d of docs) {
    const period = periodOf(d)
    const dueDay = d.dueDate ? hanoiDay(d.dueDate) : null
    if (!period || !dueDay) continue
    const kind = reminderDueOn(dueDay, d.remindDaysBefore ?? 5, today)
    if (!kind) continue
    const already = new Set(
      (d.remindersSent ?? []).filter((r) => r.kind === kind).map((r) => Number(typeof r.school === 'object' ? r.school.id : r.school)),
    )
    const records = [
      ...(d.remindersSent ?? []).map((r) => ({
        school: typeof r.school === 'object' ? r.school.id : r.school,
        kind: r.kind,
        sentAt: r.sentAt,
      })),
    ]
    for (const school of await missingSchools(payload, period)) {
      if (already.has(school.id)) continue
      const users = await payload.find({
        collection: 'users',
        where: { and: [{ role: { equals: 'school' } }, { school: { equals: school.id } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const to = users.docs.map((u) => u.email).filter(Boolean)
      if (to.length === 0) continue
      const m = mail(kind, school.name, periodLabel(period), formatDate(`${dueDay}T12:00:00+07:00`))
      try {
        await payload.sendEmail({ to: to.join(', '), ...m })
      } catch (err) {
        payload.logger.error({ err, msg: `Không gửi được thư nhắc báo cáo cho ${school.name}` })
        continue
      }
      records.push({ school: school.id, kind, sentAt: now.toISOString() })
      sent.push({ school: school.id, periodKey: d.periodKey ?? '', kind })
    }
    if (records.length !== (d.remindersSent ?? []).length)
      await payload.update({ collection: 'report-deadlines', id: d.id, data: { remindersSent: records }, overrideAccess: true, depth: 0 })
  }
  return sent
}

/** Daily at 07:00 Hà Nội time, run by the job runner (cms/src/jobs.ts) under its lease. */
export const reportRemindersTask: TaskConfig = {
  slug: 'report-reminders',
  label: 'Nhắc các trường gửi báo cáo dư luận',
  retries: 1,
  schedule: [{ cron: '0 0 0 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const sent = await sendReportReminders(req.payload, new Date())
    return { output: { count: sent.length } }
  },
}
