import type { PayloadRequest } from 'payload'
import { formatDate, formatDateTime } from '@gd/shared/dates'
import { LOOKUP_URL } from '@gd/shared/public-routes'
import { FEEDBACK_KINDS, labelOf } from '@gd/shared/vocab'
import { config } from '@gd/shared/config'

export interface FeedbackMailItem {
  id: number | string
  code: string
  subject: string
  message?: string | null
  kind?: string | null
  email?: string | null
  receivedAt?: string | null
  answerBy?: string | null
  answer?: string | null
  priorityTopics?: string | null
  source?: string | null
}

const FOOTER = '\n— Trang thông tin điện tử (thư tự động, vui lòng không trả lời thư này)'

/** Sends one mail; a failure is logged, never thrown (sending never fails the save). */
async function send(req: PayloadRequest, to: string, subject: string, text: string, what: string): Promise<void> {
  try {
    await req.payload.sendEmail({ to, subject, text: `${text}${FOOTER}` })
  } catch (err) {
    req.payload.logger.error({ err, msg: `Không gửi được thư (${what})` })
  }
}

/** To the citizen, on receipt: the reference code and where to follow it. */
export async function sendAcknowledgement(req: PayloadRequest, item: FeedbackMailItem, orgName: string): Promise<void> {
  if (!item.email) return
  const lookup = `${config().publicOrigin}${LOOKUP_URL}`
  const text =
    `Kính gửi ông/bà,\n\n${orgName || 'Cơ quan'} đã nhận được ý kiến của ông/bà` +
    `${item.receivedAt ? ` lúc ${formatDateTime(item.receivedAt)}` : ''}:\n"${item.subject}"\n\n` +
    `Mã tham chiếu: ${item.code}\n\n` +
    (item.answerBy ? `Chúng tôi sẽ trả lời chậm nhất ngày ${formatDate(item.answerBy)} (tính theo ngày làm việc).\n\n` : '') +
    `Tra cứu tình trạng xử lý tại ${lookup} bằng mã tham chiếu và địa chỉ thư điện tử này.\n`
  await send(req, item.email, `[${item.code}] Đã tiếp nhận ý kiến của ông/bà`, text, 'xác nhận tiếp nhận')
}

/** To the citizen, once answered: the answer. */
export async function sendAnswer(req: PayloadRequest, item: FeedbackMailItem, orgName: string): Promise<void> {
  if (!item.email || !item.answer) return
  const lookup = `${config().publicOrigin}${LOOKUP_URL}`
  const text =
    `Kính gửi ông/bà,\n\n${orgName || 'Cơ quan'} trả lời ý kiến "${item.subject}" (mã tham chiếu ${item.code}) như sau:\n\n` +
    `${item.answer}\n\nÔng/bà có thể xem lại câu trả lời tại ${lookup}.\n`
  await send(req, item.email, `[${item.code}] Trả lời ý kiến của ông/bà`, text, 'trả lời')
}

/** To the crisis contacts at once: a new item touches a sensitive topic. */
export async function sendCrisisAlert(req: PayloadRequest, item: FeedbackMailItem, contacts: string[]): Promise<void> {
  if (contacts.length === 0) return
  const admin = `${config().publicOrigin}/admin/collections/feedback/${item.id}`
  const text =
    `Cảnh báo sớm: ý kiến mới ${item.code} có nội dung thuộc chủ đề nhạy cảm: ${item.priorityTopics ?? ''}.\n\n` +
    `Loại: ${labelOf(FEEDBACK_KINDS, item.kind) || item.kind || ''}\nTiêu đề: ${item.subject}\n` +
    `Tiếp nhận: ${item.receivedAt ? formatDateTime(item.receivedAt) : ''}\n\n${(item.message ?? '').slice(0, 1500)}\n\n` +
    `Xem và xử lý ngay: ${admin}\n`
  await send(req, contacts.join(', '), `[Cảnh báo sớm] ${item.code}: ${item.priorityTopics ?? ''}`, text, 'cảnh báo sớm')
}
