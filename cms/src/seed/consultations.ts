import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { submitFeedback } from '../collections/Feedback/submit'
import { CONSULTATIONS } from './data/consultations'
import { paragraphsToLexical } from './lexical'
import { adminDocumentPdf } from './pdf'
import { findBy, inDays, local, type SeedContext, storeFile, themeIdsOf } from './stored'

/** Drafts for comment, idempotent (by slug), each with its draft PDF and, for the closed one, the comments it received. */
export async function seedConsultations(payload: Payload, { themeIds, now, count }: SeedContext): Promise<void> {
  for (const c of CONSULTATIONS) {
    const slug = slugify(c.title)
    if (await findBy(payload, 'consultations', 'slug', slug)) continue
    const pdf = await adminDocumentPdf({
      agency: ['UBND HUYỆN KIM THÀNH', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
      number: '      /DT-PGDĐT',
      placeAndDate: 'Kim Thành, ngày      tháng      năm',
      kind: 'Dự thảo',
      title: c.title,
      paragraphs: ['DỰ THẢO MINH HỌA — để lấy ý kiến.', ...c.paragraphs],
    })
    const draftFile = await storeFile(payload, pdf, `${slug.slice(0, 80)}.pdf`, `Toàn văn ${c.title} (PDF)`)
    const doc = await payload.create({
      ...local,
      collection: 'consultations',
      data: {
        title: c.title,
        slug,
        summary: c.summary,
        content: paragraphsToLexical(c.paragraphs),
        draftFile,
        opensAt: inDays(now, c.opensInDays),
        closesAt: inDays(now, c.closesInDays),
        status: 'dang-lay-y-kien',
        synthesis: c.synthesis ? paragraphsToLexical(c.synthesis) : undefined,
        themes: themeIdsOf(themeIds, c.themes),
        publishedAt: inDays(now, c.opensInDays),
        _status: 'published',
      },
    })
    count('consultations')
    for (const [i, comment] of (c.comments ?? []).entries()) {
      await submitFeedback(
        payload,
        {
          kind: 'gop-y',
          subject: `Góp ý dự thảo: ${c.title}${comment.section ? ` — ${comment.section}` : ''}`,
          message: comment.message,
          name: comment.name,
          email: comment.email,
          consent: true,
          publishAnswer: false,
          showName: false,
        },
        new Date(inDays(now, c.opensInDays + 3 + i * 5)),
        { consultation: doc.id },
      )
      count('feedback')
    }
  }
}
