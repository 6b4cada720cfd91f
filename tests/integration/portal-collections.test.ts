import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { tinyDocx, tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'

/** Documents, drafts for comment, their files and the organisation page: access and validation, on a fresh SQLite file. */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>

beforeAll(async () => {
  ctx = await freshPayload('portal')
  payload = ctx.payload
  f = await createFixtures(payload)
})
afterAll(async () => ctx?.close())

const user = (u: { id: number }, collection = 'users' as const) => ({ ...u, collection })
const fileCount = async () => (await payload.count({ collection: 'files', overrideAccess: true })).totalDocs
const upload = (data: Buffer, name: string, mimetype: string, as?: { id: number }) =>
  payload.create({
    collection: 'files',
    data: { title: `Tệp ${name}` },
    file: { data, name, mimetype, size: data.length },
    ...(as ? { user: user(as) as never, overrideAccess: false } : { overrideAccess: true }),
  })
/** The Vietnamese messages of a refused write (Payload's ValidationError carries them per field). */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (err) {
    const e = err as { message: string; data?: { errors?: { message: string }[] } }
    return [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | ')
  }
  throw new Error('the write was accepted')
}
const documentData = (number: string, extra: Record<string, unknown> = {}) => ({
  number,
  docType: 'ke-hoach' as const,
  summary: 'Triển khai công tác truyền thông năm 2024',
  issuer: 'Phòng Giáo dục và Đào tạo huyện Kim Thành',
  issuedDate: '2024-03-14T05:00:00.000Z',
  ...extra,
})

describe('files (PDF, Word)', () => {
  it('stores a PDF and a .docx, typed by their content', async () => {
    const pdf = await upload(tinyPdf(), 'ke-hoach.pdf', 'application/pdf', f.editor)
    expect(pdf.mimeType).toBe('application/pdf')
    const docx = await upload(
      tinyDocx(),
      'du-thao.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      f.editor,
    )
    expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const ole2 = Buffer.from('d0cf11e0a1b11ae1', 'hex')
    const doc = await upload(
      Buffer.concat([ole2, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(1024)]),
      'cu.doc',
      'application/msword',
      f.editor,
    )
    expect(doc.mimeType).toBe('application/msword')
    // a compound file without a Word stream (a spreadsheet, an Outlook message…) is not a Word document
    await expect(upload(Buffer.concat([ole2, Buffer.alloc(2048)]), 'bang.doc', 'application/msword', f.editor)).rejects.toThrow(
      /Chỉ chấp nhận tệp PDF hoặc Word/,
    )
    // a PDF sent under a Word name is stored as what it is
    const renamed = await upload(tinyPdf(), 'nham-ten.docx', 'application/msword', f.editor)
    expect(renamed.mimeType).toBe('application/pdf')
    expect(renamed.filename).toMatch(/\.pdf$/)
  })

  const refusals: [string, () => Buffer, string, string, RegExp][] = [
    [
      'a text file named .pdf',
      () => Buffer.from('Đây không phải PDF, chỉ là văn bản thuần.'),
      'gia.pdf',
      'application/pdf',
      /Chỉ chấp nhận tệp PDF hoặc Word/,
    ],
    [
      'a Windows program named .docx',
      () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 1)]),
      'chuong-trinh.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      /Chỉ chấp nhận tệp PDF hoặc Word/,
    ],
    [
      'an image named .pdf',
      () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'anh.pdf',
      'application/pdf',
      /Chỉ chấp nhận tệp PDF hoặc Word/,
    ],
    ['a truncated PDF', () => tinyPdf().subarray(0, 200), 'cut.pdf', 'application/pdf', /PDF bị hỏng hoặc không đầy đủ/],
    ['a file over 20 MB', () => Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]), 'lon.pdf', 'application/pdf', /tối đa 20 MB/],
  ]
  it.each(refusals)('refuses %s with a Vietnamese message and stores nothing', async (_label, make, name, mimetype, message) => {
    const before = await fileCount()
    await expect(upload(make(), name, mimetype, f.editor)).rejects.toThrow(message)
    expect(await fileCount()).toBe(before)
  })

  it('may be uploaded by staff only', async () => {
    const before = await fileCount()
    await expect(upload(tinyPdf(), 'truong.pdf', 'application/pdf', f.schoolUserA)).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'files',
        overrideAccess: false,
        data: { title: 'Ẩn danh' },
        file: { data: tinyPdf(), name: 'a.pdf', mimetype: 'application/pdf', size: 1 },
      }),
    ).rejects.toThrow()
    expect(await fileCount()).toBe(before)
  })
})

describe('documents', () => {
  it('get a slug from their number and year, and the public reads only published ones', async () => {
    const file = await upload(tinyPdf(), 'kh92.pdf', 'application/pdf')
    const published = await payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: { ...documentData('92/KH-PGDĐT'), file: file.id, _status: 'published' },
    })
    expect(published.slug).toBe('92-kh-pgddt-2024')
    const draft = await payload.create({
      collection: 'documents',
      overrideAccess: true,
      draft: true,
      data: { ...documentData('99/KH-PGDĐT'), summary: 'Dự thảo nội bộ chưa ban hành', _status: 'draft' },
    })
    const anonymous = await payload.find({ collection: 'documents', overrideAccess: false, depth: 0 })
    expect(anonymous.docs.map((d) => d.id)).toEqual([published.id])
    await expect(payload.findByID({ collection: 'documents', id: draft.id, overrideAccess: false })).rejects.toThrow()
    // a school account is the public here
    const school = await payload.find({ collection: 'documents', overrideAccess: false, user: user(f.schoolUserA) as never, depth: 0 })
    expect(school.docs.map((d) => d.id)).toEqual([published.id])
    const editor = await payload.find({
      collection: 'documents',
      overrideAccess: false,
      user: user(f.editor) as never,
      depth: 0,
      draft: true,
    })
    expect(editor.totalDocs).toBe(2)
  })

  it('cannot be written by school accounts or the public; only an administrator deletes', async () => {
    const count = async () => (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    const before = await count()
    await expect(
      payload.create({
        collection: 'documents',
        overrideAccess: false,
        user: user(f.schoolUserA) as never,
        data: { ...documentData('1/TB-THKA'), _status: 'published' },
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'documents', overrideAccess: false, data: { ...documentData('2/TB-X'), _status: 'published' } }),
    ).rejects.toThrow()
    expect(await count()).toBe(before)
    const doc = await payload.create({
      collection: 'documents',
      overrideAccess: false,
      user: user(f.editor) as never,
      data: { ...documentData('12/CV-PGDĐT'), docType: 'cong-van', _status: 'published' },
    })
    await expect(
      payload.update({
        collection: 'documents',
        id: doc.id,
        overrideAccess: false,
        user: user(f.schoolUserA) as never,
        data: { summary: 'Sửa trái phép' },
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'documents', id: doc.id, overrideAccess: false, user: user(f.editor) as never }),
    ).rejects.toThrow()
    await payload.delete({ collection: 'documents', id: doc.id, overrideAccess: false, user: user(f.admin) as never })
    expect(await count()).toBe(before)
  })

  it('refuse dates out of order and unknown types, in Vietnamese', async () => {
    expect(
      await refusal(
        payload.create({
          collection: 'documents',
          overrideAccess: true,
          data: { ...documentData('3/QĐ-PGDĐT'), effectiveDate: '2024-03-01T05:00:00.000Z' },
        }),
      ),
    ).toMatch(/Ngày có hiệu lực không được trước ngày ban hành/)
    expect(
      await refusal(
        payload.create({
          collection: 'documents',
          overrideAccess: true,
          data: { ...documentData('4/QĐ-PGDĐT'), effectiveDate: '2024-03-20T05:00:00.000Z', expiryDate: '2024-03-15T05:00:00.000Z' },
        }),
      ),
    ).toMatch(/Ngày hết hiệu lực phải sau ngày có hiệu lực/)
    expect(
      await refusal(payload.create({ collection: 'documents', overrideAccess: true, data: { ...documentData(''), _status: 'published' } })),
    ).toMatch(/Số, ký hiệu/)
    await expect(
      payload.create({ collection: 'documents', overrideAccess: true, data: { ...documentData('5/X'), docType: 'bi-mat' as never } }),
    ).rejects.toThrow()
  })
})

describe('drafts for comment', () => {
  it('are hidden until published, validate their dates, and count the comments linked to them', async () => {
    const draftFile = await upload(tinyDocx(), 'du-thao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const base = {
      summary: 'Lấy ý kiến về dự thảo.',
      status: 'dang-lay-y-kien' as const,
      draftFile: draftFile.id,
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2026-02-01T00:00:00.000Z',
    }
    expect(
      await refusal(
        payload.create({
          collection: 'consultations',
          overrideAccess: true,
          data: { ...base, title: 'Dự thảo ngược ngày', closesAt: '2025-12-01T00:00:00.000Z', _status: 'published' },
        }),
      ),
    ).toMatch(/Thời hạn kết thúc phải sau thời điểm bắt đầu/)
    const hidden = await payload.create({
      collection: 'consultations',
      overrideAccess: true,
      draft: true,
      data: { ...base, title: 'Dự thảo chưa công bố', _status: 'draft' },
    })
    const open = await payload.create({
      collection: 'consultations',
      overrideAccess: true,
      data: { ...base, title: 'Dự thảo công khai', _status: 'published' },
    })
    const anonymous = await payload.find({ collection: 'consultations', overrideAccess: false, depth: 0 })
    expect(anonymous.docs.map((d) => d.id)).toEqual([open.id])
    expect(anonymous.docs[0].commentCount).toBe(0)
    await expect(payload.findByID({ collection: 'consultations', id: hidden.id, overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'consultations',
        overrideAccess: false,
        user: user(f.schoolUserA) as never,
        data: { ...base, title: 'Trường tự đăng', _status: 'published' },
      }),
    ).rejects.toThrow()

    const { submitFeedback } = await import('../../cms/src/collections/Feedback/submit')
    await submitFeedback(
      payload,
      {
        kind: 'gop-y',
        subject: 'Góp ý dự thảo',
        message: 'Đề nghị bổ sung quy định rõ hơn.',
        name: 'Lê Văn C',
        email: 'c@example.com',
        consent: true,
      },
      new Date(),
      { consultation: open.id },
    )
    const again = await payload.findByID({ collection: 'consultations', id: open.id, overrideAccess: false })
    expect(again.commentCount).toBe(1)
    // the comment itself is feedback: never readable without a staff login
    await expect(
      payload.find({ collection: 'feedback', overrideAccess: false, where: { consultation: { equals: open.id } } }),
    ).rejects.toThrow()
  })
})

describe('the organisation page and the spokesperson', () => {
  it('are read by anyone; the organisation by staff only, the settings by an administrator only', async () => {
    const leaders = [{ name: 'Trần Văn A', position: 'Trưởng phòng', phone: '0220 3710 125', email: 'a@example.edu.vn' }]
    await expect(
      payload.updateGlobal({ slug: 'organisation', overrideAccess: false, user: user(f.schoolUserA) as never, data: { leaders } }),
    ).rejects.toThrow()
    await payload.updateGlobal({
      slug: 'organisation',
      overrideAccess: false,
      user: user(f.editor) as never,
      data: { intro: 'Giới thiệu', leaders },
    })
    const org = await payload.findGlobal({ slug: 'organisation', overrideAccess: false })
    expect(org.leaders?.[0]).toMatchObject({ name: 'Trần Văn A', position: 'Trưởng phòng' })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        overrideAccess: false,
        user: user(f.editor) as never,
        data: { orgName: 'X', spokesperson: { name: 'Không được sửa' } },
      }),
    ).rejects.toThrow()
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: false,
      user: user(f.admin) as never,
      data: { orgName: 'Phòng GD&ĐT', spokesperson: { name: 'Người phát ngôn', appointedOn: '2024-01-15T05:00:00.000Z' } },
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.spokesperson?.appointedOn).toBe('2024-01-15T05:00:00.000Z')
  })
})
