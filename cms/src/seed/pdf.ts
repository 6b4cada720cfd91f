import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
/** DejaVu Serif ships with npm (dejavu-fonts-ttf) and covers every Vietnamese letter; nothing is downloaded. */
const FONT = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf'),
  narrow: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed.ttf'),
  narrowBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Bold.ttf'),
  narrowItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Italic.ttf'),
}

export interface AdminDocumentText {
  /** Left header: the parent body and the issuing body, e.g. ["UBND HUYỆN KIM THÀNH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]. */
  agency: string[]
  number: string
  placeAndDate: string
  kind: string
  title: string
  paragraphs: string[]
  /** Document properties. */
  subject?: string
  author?: string
  created?: Date
}

const HEADING = /^(?:[IVX]+\.|Nơi nhận:)/

/**
 * A Vietnamese administrative document as a PDF, laid out the usual way: the issuing body and the number on the
 * left, the national motto and place/date on the right, the kind and title centred, then the text.
 */
export function adminDocumentPdf(doc: AdminDocumentText): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 85, right: 56 },
      info: {
        Title: `${doc.kind} ${doc.number}: ${doc.title}`,
        Subject: doc.subject ?? doc.title,
        Author: doc.author ?? doc.agency.join(' '),
        CreationDate: doc.created ?? new Date(),
      },
      font: FONT.regular,
      autoFirstPage: true,
      bufferPages: false,
    })
    const chunks: Buffer[] = []
    pdf.on('data', (c: Buffer) => chunks.push(c))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)

    const left = pdf.page.margins.left
    const width = pdf.page.width - left - pdf.page.margins.right
    const colL = width * 0.42
    const colR = width - colL
    const top = pdf.y
    pdf.fontSize(10.5)
    doc.agency.forEach((line, i) => {
      pdf
        .font(i === doc.agency.length - 1 ? FONT.narrowBold : FONT.narrow)
        .text(line, left, i === 0 ? top : undefined, { width: colL, align: 'center' })
    })
    pdf.moveDown(0.5).font(FONT.narrow).fontSize(11).text(`Số: ${doc.number}`, left, undefined, { width: colL, align: 'center' })
    const leftBottom = pdf.y
    pdf
      .font(FONT.narrowBold)
      .fontSize(10.5)
      .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + colL, top, { width: colR, align: 'center' })
    pdf
      .font(FONT.narrowBold)
      .fontSize(11.5)
      .text('Độc lập - Tự do - Hạnh phúc', left + colL, undefined, { width: colR, align: 'center', underline: true })
    pdf
      .moveDown(0.6)
      .font(FONT.narrowItalic)
      .fontSize(11.5)
      .text(doc.placeAndDate, left + colL, undefined, { width: colR, align: 'center' })
    pdf.y = Math.max(pdf.y, leftBottom) + 24

    pdf.font(FONT.bold).fontSize(14).text(doc.kind.toUpperCase(), left, undefined, { width, align: 'center' })
    pdf.font(FONT.bold).fontSize(13).text(doc.title, left, undefined, { width, align: 'center' })
    pdf.moveDown(1.2)

    pdf.fontSize(12.5)
    for (const p of doc.paragraphs) {
      const heading = HEADING.test(p)
      pdf.font(heading ? FONT.bold : FONT.regular).text(p.replace(/\*([^*]+)\*/g, '$1'), left, undefined, {
        width,
        align: heading ? 'left' : 'justify',
        indent: heading || p.startsWith('- ') ? 0 : 28,
        paragraphGap: 6,
        lineGap: 2,
      })
    }
    pdf.end()
  })
}

/**
 * The plain text of a scanned or typed document as paragraphs: blank lines separate paragraphs, and a paragraph that
 * starts in lower case continues the one before (a page break in the source).
 */
export function textToParagraphs(text: string): string[] {
  const out: string[] = []
  for (const block of text.split(/\n\s*\n/)) {
    // a list item ("- …") on its own line starts a paragraph of its own
    for (const raw of block.split(/\n(?=\s*- )/)) {
      const p = raw.replace(/\s+/g, ' ').trim()
      if (!p) continue
      if (out.length > 0 && /^\p{Ll}/u.test(p)) out[out.length - 1] += ` ${p}`
      else out.push(p)
    }
  }
  return out
}
