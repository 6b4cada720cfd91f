import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { submitFeedback } from '../collections/Feedback/submit'
import {
  CONSULTATIONS,
  DOCUMENTS,
  ORGANISATION,
  PRESS_RELEASES,
  SPOKESPERSON_EXTRA,
  SPOKESPERSON_REGULATION,
  type SeedDocument,
} from './data/portal'
import { makeCover } from './images'
import { paragraphsToLexical } from './lexical'
import { adminDocumentPdf, textToParagraphs } from './pdf'

const local = { overrideAccess: true, depth: 0 } as const
const HERE = path.dirname(fileURLToPath(import.meta.url))
/** Noon in Việt Nam, so the day is the same in every time zone the admin may use. */
const day = (iso: string) => `${iso}T05:00:00.000Z`
const inDays = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString()

interface Ctx {
  themeIds: Map<string, number>
  now: Date
  count: (key: string) => void
}

async function findOne(payload: Payload, collection: 'documents' | 'consultations' | 'articles', field: string, value: string) {
  const { docs } = await payload.find({ ...local, collection, where: { [field]: { equals: value } }, limit: 1, pagination: false, draft: true })
  return docs[0] as { id: number } | undefined
}

const placeAndDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `Kim Thành, ngày ${d} tháng ${m} năm ${y}`
}
const KIND_LABEL: Record<string, string> = {
  'ke-hoach': 'Kế hoạch',
  'quyet-dinh': 'Quyết định',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
}

/** The document's PDF: plan 92 from its full text (the header lines come from the metadata), others from a few lines. */
async function documentPdf(d: SeedDocument): Promise<Buffer | null> {
  if (d.fullText) {
    const text = await fs.readFile(path.join(HERE, 'data/ke-hoach-92.txt'), 'utf8')
    // the text starts with its own header (number, place and date, kind, title): the layout prints those from the metadata
    const paragraphs = textToParagraphs(text).slice(4)
    return adminDocumentPdf({
      agency: d.agency,
      number: d.number,
      placeAndDate: placeAndDate(d.issuedDate),
      kind: KIND_LABEL[d.docType] ?? 'Văn bản',
      title: d.summary,
      paragraphs,
      created: new Date(day(d.issuedDate)),
    })
  }
  if (!d.paragraphs?.length) return null
  return adminDocumentPdf({
    agency: d.agency,
    number: d.number,
    placeAndDate: placeAndDate(d.issuedDate),
    kind: KIND_LABEL[d.docType] ?? 'Văn bản',
    title: d.summary,
    paragraphs: d.paragraphs,
    created: new Date(day(d.issuedDate)),
  })
}

async function storeFile(payload: Payload, data: Buffer, name: string, title: string) {
  const doc = await payload.create({
    ...local,
    collection: 'files',
    data: { title },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
  })
  return doc.id
}

/**
 * The portal pages' demo content, idempotent like the rest of the seed: documents by number and issuer, drafts,
 * press releases by slug; the organisation page and the spokesperson's extra details only when still empty.
 */
export async function seedPortal(payload: Payload, { themeIds, now, count }: Ctx): Promise<void> {
  const themes = (slugs: string[]) => slugs.map((s) => themeIds.get(s)).filter((id): id is number => id !== undefined)

  const documentIds = new Map<string, number>()
  for (const d of DOCUMENTS) {
    const { docs } = await payload.find({
      ...local,
      collection: 'documents',
      where: { and: [{ number: { equals: d.number } }, { issuer: { equals: d.issuer } }] },
      limit: 1,
      pagination: false,
      draft: true,
    })
    if (docs[0]) {
      documentIds.set(d.number, docs[0].id)
      continue
    }
    const pdf = await documentPdf(d)
    const fileName = `${slugify(`${d.number} ${d.issuedDate.slice(0, 4)}`)}.pdf`
    const file = pdf ? await storeFile(payload, pdf, fileName, `Toàn văn ${KIND_LABEL[d.docType]?.toLowerCase() ?? 'văn bản'} số ${d.number} (PDF)`) : undefined
    const doc = await payload.create({
      ...local,
      collection: 'documents',
      data: {
        number: d.number,
        docType: d.docType as 'ke-hoach',
        issuer: d.issuer,
        signer: d.signer,
        issuedDate: day(d.issuedDate),
        effectiveDate: d.effectiveDate ? day(d.effectiveDate) : undefined,
        expiryDate: d.expiryDate ? day(d.expiryDate) : undefined,
        summary: d.summary,
        themes: themes(d.themes),
        file,
        related: (d.related ?? []).map((n) => documentIds.get(n)).filter((id): id is number => id !== undefined),
        replaces: (d.replaces ?? []).map((n) => documentIds.get(n)).filter((id): id is number => id !== undefined),
        _status: 'published',
      },
    })
    documentIds.set(d.number, doc.id)
    count('documents')
  }

  for (const c of CONSULTATIONS) {
    const slug = slugify(c.title)
    if (await findOne(payload, 'consultations', 'slug', slug)) continue
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
        themes: themes(c.themes),
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

  for (const [i, p] of PRESS_RELEASES.entries()) {
    const slug = slugify(p.title)
    if (await findOne(payload, 'articles', 'slug', slug)) continue
    const image = await makeCover(40 + i)
    const cover = await payload.create({
      ...local,
      collection: 'media',
      data: { alt: `Ảnh minh họa: ${p.title}` },
      file: { data: image, mimetype: 'image/jpeg', name: `thong-cao-minh-hoa-${i + 1}.jpg`, size: image.length },
    })
    await payload.create({
      ...local,
      collection: 'articles',
      data: {
        title: p.title,
        slug,
        excerpt: p.excerpt,
        cover: cover.id,
        content: paragraphsToLexical(p.paragraphs),
        themes: themes(p.themes),
        pressRelease: true,
        publishedAt: inDays(now, -p.daysAgo),
        _status: 'published',
      },
    })
    count('articles')
  }

  const organisation = await payload.findGlobal({ ...local, slug: 'organisation' })
  if (!organisation.functions && !(organisation.leaders ?? []).length) {
    await payload.updateGlobal({
      ...local,
      slug: 'organisation',
      data: {
        intro: ORGANISATION.intro,
        functions: paragraphsToLexical(ORGANISATION.functions),
        structure: paragraphsToLexical(ORGANISATION.structure),
        leaders: ORGANISATION.leaders,
      },
    })
    count('organisation')
  }

  const settings = await payload.findGlobal({ ...local, slug: 'site-settings' })
  if (settings.spokesperson && !settings.spokesperson.appointedOn) {
    await payload.updateGlobal({
      ...local,
      slug: 'site-settings',
      data: {
        spokesperson: {
          ...settings.spokesperson,
          appointedOn: day(SPOKESPERSON_EXTRA.appointedOn),
          pressContact: SPOKESPERSON_EXTRA.pressContact,
          regulation: documentIds.get(SPOKESPERSON_REGULATION),
        },
      },
    })
    count('site-settings')
  }
}
