import type { Payload } from 'payload'
import { disclosureCategoryLabel, schoolYearOf, schoolYearLabel } from '@gd/shared/disclosures'
import { slugify } from '@gd/shared/text'
import { DISCLOSURES } from './data/disclosures'
import { adminDocumentPdf } from './pdf'
import { recordedAt } from './records-clock'
import { findBy, local } from './stored'

const DAY = 86_400_000

/** The school year yearsAgo years before the one of `now` ("2025-2026" → "2024-2025"). */
const yearBefore = (year: string, yearsAgo: number) => {
  const first = Number(year.slice(0, 4)) - yearsAgo
  return `${first}-${first + 1}`
}

/**
 * Demo disclosures of three schools, each with its PDF (stored as the school's own file), published by an editor,
 * and one still waiting for review; idempotent by slug. `now` is the owner's records clock (./records-clock.ts): its
 * last school year's (2024–2025) were published in its last weeks,
 * the previous year's in its June (the circular's deadline is 30 June).
 */
export async function seedDisclosures(
  payload: Payload,
  { now, schoolIds, count }: { now: Date; schoolIds: Map<string, number>; count: (key: string) => void },
): Promise<void> {
  const current = schoolYearOf(now)
  for (const [i, d] of DISCLOSURES.entries()) {
    const school = schoolIds.get(d.school)
    if (!school) continue
    const year = yearBefore(current, d.yearsAgo)
    const slug = slugify(`${d.title} ${year}`)
    if (await findBy(payload, 'school-disclosures', 'slug', slug)) continue
    const publishedAt =
      d.yearsAgo === 0
        ? // within the current school year, which began on 1 September
          new Date(Math.max(now.getTime() - (10 + i * 3) * DAY, Date.parse(`${year.slice(0, 4)}-09-01T03:00:00.000Z`)))
        : new Date(`${year.slice(5)}-06-${String(10 + i).padStart(2, '0')}T03:00:00.000Z`)
    const pdf = await adminDocumentPdf({
      agency: ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', d.school.toUpperCase()],
      number: `${String(i + 11).padStart(2, '0')}/BC-CK`,
      placeAndDate: `Kim Thành, ngày ${publishedAt.getUTCDate()} tháng ${publishedAt.getUTCMonth() + 1} năm ${publishedAt.getUTCFullYear()}`,
      kind: 'Báo cáo',
      title: `Công khai ${disclosureCategoryLabel(d.category).toLowerCase()} – ${schoolYearLabel(year).toLowerCase()}`,
      paragraphs: d.paragraphs,
      created: publishedAt,
    })
    const file = await payload.create({
      ...local,
      collection: 'disclosure-files',
      data: { title: `${d.title}, ${schoolYearLabel(year).toLowerCase()} (PDF)`, school },
      file: { data: pdf, mimetype: 'application/pdf', name: `${slug}.pdf`, size: pdf.length },
    })
    const data = { title: d.title, slug, school, category: d.category as never, schoolYear: year, summary: d.summary, files: [file.id] }
    if (d.pending) {
      await payload.create({
        ...local,
        collection: 'school-disclosures',
        draft: true,
        data: { ...data, _status: 'draft', reviewState: 'cho-duyet' },
      })
    } else {
      await payload.create({
        ...local,
        collection: 'school-disclosures',
        data: { ...data, _status: 'published', ...recordedAt(publishedAt.toISOString()) },
      })
    }
    count('school-disclosures')
  }
}
