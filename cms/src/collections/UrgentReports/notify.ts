import type { PayloadRequest } from 'payload'
import { config } from '@gd/shared/config'
import { formatDateTime } from '@gd/shared/dates'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { schoolIdOf } from '../../utilities/schoolIdOf'

export interface UrgentReportMail {
  id: number | string
  title?: string | null
  school?: unknown
  occurredAt?: string | null
  place?: string | null
  description?: string | null
  affected?: string | null
  actionsTaken?: string | null
  pressInvolved?: boolean | null
  socialInvolved?: boolean | null
}

/**
 * At once, to the editors and administrators and to the crisis contacts of the site settings: a school filed an
 * urgent report (báo cáo đột xuất, plan IV.2). Sending never fails the save.
 */
export async function sendUrgentReportAlert(req: PayloadRequest, item: UrgentReportMail): Promise<void> {
  const { payload } = req
  const staff = await payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'editor'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { crisisContacts } = await feedbackSettings(payload, req)
  const to = [...new Set([...staff.docs.map((u) => u.email), ...crisisContacts].filter(Boolean))]
  if (to.length === 0) return
  const schoolId = schoolIdOf(item.school)
  const school =
    schoolId == null
      ? null
      : await payload.findByID({ collection: 'schools', id: schoolId as number, depth: 0, overrideAccess: true, req }).catch(() => null)
  const media = [item.pressInvolved ? 'báo chí' : '', item.socialInvolved ? 'mạng xã hội' : ''].filter(Boolean).join(', ')
  const text =
    `Báo cáo đột xuất của ${school?.name ?? 'nhà trường'}: ${item.title ?? ''}\n\n` +
    `Thời gian xảy ra: ${item.occurredAt ? formatDateTime(item.occurredAt) : ''}\nĐịa điểm: ${item.place ?? ''}\n` +
    `Đối tượng bị ảnh hưởng: ${item.affected ?? ''}\nBáo chí, mạng xã hội: ${media || 'chưa có'}\n\n` +
    `Sự việc:\n${(item.description ?? '').slice(0, 3000)}\n\nNhà trường đã xử lý:\n${(item.actionsTaken ?? '').slice(0, 3000)}\n\n` +
    `Xem và xác nhận đã nắm thông tin: ${config().publicOrigin}/admin/collections/urgent-reports/${item.id}\n`
  try {
    await payload.sendEmail({ to: to.join(', '), subject: `[Báo cáo đột xuất] ${school?.name ?? ''}: ${item.title ?? ''}`, text })
  } catch (err) {
    payload.logger.error({ err, msg: 'Không gửi được thư báo cáo đột xuất' })
  }
}
