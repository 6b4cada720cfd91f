import type { Endpoint, Field, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { type PublicQa, publicAskerName } from '@gd/shared/qa'
import { isStaffField } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { feedbackNow } from './clock'

type Data = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const never = () => false
const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/** Public Q&A fields ("Hỏi đáp công khai") and whether the citizen rated the answer (written only by the server). */
export const qaFields: Field[] = [
  {
    type: 'collapsible',
    label: l('Hỏi đáp công khai', 'Public Q&A'),
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'qaPublished',
        type: 'checkbox',
        label: l('Công khai trong mục Hỏi đáp', 'Published as Q&A'),
        defaultValue: false,
        index: true,
        access: { create: never, update: isStaffField },
        admin: {
          description: l(
            'Chỉ khi đã trả lời và người dân đồng ý công khai. Thông tin liên hệ không bao giờ được công khai.',
            'Only when answered and the citizen agreed.',
          ),
        },
      },
      { name: 'qaTitle', type: 'text', label: l('Tiêu đề công khai', 'Public title'), maxLength: 300, access: { update: isStaffField } },
      {
        name: 'qaQuestion',
        type: 'textarea',
        label: l('Câu hỏi công khai', 'Public question'),
        access: { update: isStaffField },
        admin: {
          description: l(
            'Mặc định là nội dung ý kiến; có thể sửa để ẩn thông tin cá nhân.',
            'Defaults to the message; edit it for anonymity.',
          ),
        },
      },
      {
        name: 'qaPublishedAt',
        type: 'date',
        label: l('Thời điểm công khai', 'Published at'),
        access: { create: never, update: never },
        admin: { readOnly: true, date: dayTime },
      },
    ],
  },
  {
    // the score and comment are kept apart, with no link to the item or the person (collection feedback-ratings)
    name: 'rated',
    type: 'checkbox',
    label: l('Người dân đã đánh giá câu trả lời', 'Rated by the citizen'),
    defaultValue: false,
    access: { create: never, update: never },
    admin: {
      readOnly: true,
      description: l(
        'Điểm và nhận xét được lưu ẩn danh, không gắn với ý kiến này.',
        'The score and comment are stored anonymously, apart from this item.',
      ),
    },
  },
]

/**
 * The publishing rules, run inside the triage hook: only an answered item whose citizen agreed to publication;
 * the public question defaults to the message and the title to the subject; the publishing time is kept while
 * the entry stays published.
 */
export function applyQaRules(next: Data, before: Data, status: string, req: PayloadRequest): void {
  const published = next.qaPublished === undefined ? Boolean(before.qaPublished) : Boolean(next.qaPublished)
  next.qaPublished = published
  if (!published) {
    next.qaPublishedAt = null
    return
  }
  const fail = (path: string, message: string) => new ValidationError({ collection: 'feedback', errors: [{ path, message }], req })
  if (status !== 'da-tra-loi') throw fail('qaPublished', 'Chỉ công khai được ý kiến ở trạng thái “Đã trả lời”.')
  const agreed = next.publishAnswer === undefined ? before.publishAnswer : next.publishAnswer
  if (agreed !== true) throw fail('qaPublished', 'Người dân chưa đồng ý công khai câu hỏi và trả lời; không thể công khai.')
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
  if (!text(next.answer ?? before.answer)) throw fail('answer', 'Vui lòng nhập nội dung trả lời trước khi công khai.')
  next.qaQuestion = text(next.qaQuestion ?? before.qaQuestion) || text(next.message ?? before.message)
  next.qaTitle = text(next.qaTitle ?? before.qaTitle) || text(next.subject ?? before.subject)
  next.qaPublishedAt = before.qaPublished && before.qaPublishedAt ? before.qaPublishedAt : feedbackNow(req)
}

type ThemeDoc = { id: number; slug?: string | null; name?: string | null }

/** The published entries, as the only fields that ever leave the CMS (never the code, contact details or notes). */
export async function publishedQa(req: PayloadRequest): Promise<PublicQa[]> {
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where: { and: [{ qaPublished: { equals: true } }, { status: { equals: 'da-tra-loi' } }, { publishAnswer: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: '-qaPublishedAt',
    select: {
      qaTitle: true,
      qaQuestion: true,
      answer: true,
      theme: true,
      name: true,
      showName: true,
      receivedAt: true,
      answeredAt: true,
      qaPublishedAt: true,
    },
    req,
  })
  const themeIds = [...new Set(docs.map((d) => (typeof d.theme === 'number' ? d.theme : null)).filter((x): x is number => x !== null))]
  const themes = themeIds.length
    ? ((
        await req.payload.find({
          collection: 'themes',
          where: { id: { in: themeIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { slug: true, name: true },
          req,
        })
      ).docs as ThemeDoc[])
    : []
  const byId = new Map(themes.map((t) => [t.id, t]))
  return docs.map((d) => {
    const theme = typeof d.theme === 'number' ? byId.get(d.theme) : undefined
    return {
      id: d.id,
      title: d.qaTitle ?? '',
      question: d.qaQuestion ?? '',
      answer: d.answer ?? '',
      asker: publicAskerName(d),
      theme: theme?.slug && theme.name ? { slug: theme.slug, name: theme.name } : null,
      askedAt: d.receivedAt,
      answeredAt: d.answeredAt ?? null,
      publishedAt: d.qaPublishedAt ?? null,
    }
  })
}

/** GET /api/feedback/hoi-dap: the published Q&A, read-only and public. */
export const qaEndpoint: Endpoint = {
  path: '/hoi-dap',
  method: 'get',
  handler: async (req) => Response.json({ docs: await publishedQa(req) }, { headers: { 'Cache-Control': 'no-store' } }),
}
