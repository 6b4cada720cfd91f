import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { DOCUMENTS, type SeedDocument } from './data/documents'
import { adminDocumentPdf, textToParagraphs } from './pdf'
import { day, local, type SeedContext, storeFile, themeIdsOf } from './stored'

const HERE = path.dirname(fileURLToPath(import.meta.url))

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

/**
 * The documents library's demo documents, idempotent (looked up by number and issuer), each with its PDF.
 * Returns every seeded document's id by number (the spokesperson's regulation is one of them).
 */
export async function seedDocuments(payload: Payload, { themeIds, count }: SeedContext): Promise<Map<string, number>> {
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
    const file = pdf
      ? await storeFile(payload, pdf, fileName, `Toàn văn ${KIND_LABEL[d.docType]?.toLowerCase() ?? 'văn bản'} số ${d.number} (PDF)`)
      : undefined
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
        themes: themeIdsOf(themeIds, d.themes),
        file,
        related: (d.related ?? []).map((n) => documentIds.get(n)).filter((id): id is number => id !== undefined),
        replaces: (d.replaces ?? []).map((n) => documentIds.get(n)).filter((id): id is number => id !== undefined),
        _status: 'published',
      },
    })
    documentIds.set(d.number, doc.id)
    count('documents')
  }
  return documentIds
}
