import { config } from '@gd/shared/config'
import type { Payload, PayloadRequest } from 'payload'
import { schoolIdOf } from '../utilities/schoolIdOf'
import type { ReviewAction } from './transition'
import { reviewedCollection } from './reviewedCollections'

type Item = { id: number | string; title?: string; slug?: string | null; school?: unknown; reviewNote?: string | null }

function publicUrl(req: PayloadRequest, collection: string, slug: string): string {
  const origin = config().publicOrigin
  const href = reviewedCollection(collection)?.href
  return href ? `${origin}${href(slug)}` : origin
}

function adminUrl(req: PayloadRequest, collection: string, id: number | string): string {
  const origin = config().publicOrigin
  return `${origin}/admin/collections/${collection}/${id}`
}

async function emailsOf(payload: Payload, where: Record<string, unknown>): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: where as never,
    limit: 200,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs.map((u) => u.email).filter(Boolean)
}

async function schoolName(payload: Payload, school: unknown): Promise<string> {
  const id = schoolIdOf(school)
  if (id == null) return ''
  const doc = await payload.findByID({ collection: 'schools', id: id as number, depth: 0, overrideAccess: true }).catch(() => null)
  return doc?.name ?? ''
}

/**
 * The workflow's e-mails, in Vietnamese: editors hear of a submission; the school's contributors hear of a return
 * (with the reason) and of publication (with the public link). Sending never fails the save.
 */
export async function notifyReview(req: PayloadRequest, collection: string, action: ReviewAction, item: Item): Promise<void> {
  const kind = reviewedCollection(collection)?.kind ?? 'bài'
  const title = item.title ?? ''
  let to: string[] = []
  let subject = ''
  let text = ''
  const school = await schoolName(req.payload, item.school)
  if (action === 'submitted') {
    to = await emailsOf(req.payload, { role: { equals: 'editor' } })
    subject = `[Chờ duyệt] ${title}`
    text = `${school || 'Một trường'} vừa gửi ${kind} "${title}" để duyệt.\n\nXem và duyệt: ${adminUrl(req, collection, item.id)}\n`
  } else if (item.school && (action === 'returned' || action === 'published')) {
    to = await emailsOf(req.payload, { and: [{ role: { equals: 'school' } }, { school: { equals: schoolIdOf(item.school) } }] })
    if (action === 'returned') {
      subject = `[Yêu cầu chỉnh sửa] ${title}`
      text = `${kind[0].toUpperCase()}${kind.slice(1)} "${title}" của ${school} cần chỉnh sửa trước khi xuất bản.\n\nÝ kiến của người duyệt:\n${item.reviewNote ?? ''}\n\nSửa và gửi lại: ${adminUrl(req, collection, item.id)}\n`
    } else {
      subject = `[Đã xuất bản] ${title}`
      text = `${kind[0].toUpperCase()}${kind.slice(1)} "${title}" của ${school} đã được xuất bản.\n\nXem trên trang thông tin: ${publicUrl(req, collection, item.slug ?? '')}\n`
    }
  }
  if (to.length === 0 || !subject) return
  try {
    await req.payload.sendEmail({
      to: to.join(', '),
      subject,
      text: `${text}\n— Trang thông tin điện tử (thư tự động, vui lòng không trả lời)`,
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: `Không gửi được thư thông báo (${action})` })
  }
}
