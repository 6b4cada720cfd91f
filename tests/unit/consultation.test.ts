import { describe, expect, it } from 'vitest'
import { consultationPhase, parseComment, renderCommentForm } from '../../shared/src/consultation'
import { documentFacets, documentYear, sortDocuments } from '../../site/src/lib/documents'
import { schoolsByCommune, schoolsByLevel } from '../../site/src/lib/schools'
import type { DocumentDoc, School } from '../../site/src/lib/types'

const valid = { message: 'Đề nghị bổ sung tuyến xe đưa đón cho học sinh ở xa.', name: 'Vũ Thị Lan', phone: '0912 345 678', consent: 'on' }

describe('the phase of a draft for comment', () => {
  const c = { opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-03-31T00:00:00.000Z' }
  it('is open from opensAt (inclusive) to closesAt (exclusive)', () => {
    expect(consultationPhase(c, new Date('2026-02-28T23:59:59Z'))).toBe('sap-mo')
    expect(consultationPhase(c, new Date('2026-03-01T00:00:00Z'))).toBe('dang-mo')
    expect(consultationPhase(c, new Date('2026-03-30T23:59:59Z'))).toBe('dang-mo')
    expect(consultationPhase(c, new Date('2026-03-31T00:00:00Z'))).toBe('da-dong')
  })
  it('is closed when an editor ended it early or the dates are missing', () => {
    expect(consultationPhase({ ...c, status: 'da-ket-thuc' }, new Date('2026-03-10T00:00:00Z'))).toBe('da-dong')
    expect(consultationPhase({ opensAt: null, closesAt: 'x' })).toBe('da-dong')
  })
})

describe('a comment on a draft', () => {
  it('accepts a valid comment and normalises it', () => {
    const r = parseComment({ ...valid, section: '  Điều 3 ' })
    expect(r).toEqual({
      ok: true,
      data: { section: 'Điều 3', message: valid.message, name: 'Vũ Thị Lan', phone: '0912345678', consent: true },
    })
  })
  it('answers each bad field in Vietnamese', () => {
    const r = parseComment({ message: 'ngắn', name: '', consent: '', section: '<b>x</b>' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toMatchObject({ message: 'Nội dung cần ít nhất 20 ký tự.', name: 'Vui lòng nhập họ và tên.' })
    expect(r.errors.section).toMatch(/không được chứa thẻ HTML/)
    expect(r.errors.consent).toMatch(/Vui lòng đồng ý/)
  })
  it('refuses unknown fields and the honeypot', () => {
    expect(parseComment({ ...valid, kind: 'phan-anh' })).toMatchObject({ ok: false, errors: { _form: 'Biểu mẫu có trường không hợp lệ.' } })
    expect(parseComment({ ...valid, website: 'x' })).toMatchObject({ ok: false, honeypot: true })
    expect(parseComment([valid])).toMatchObject({ ok: false })
  })
  it('re-renders the form with what was typed, escaped, and the error summary', () => {
    const html = renderCommentForm({ slug: 'du-thao-a', values: { name: '"<Lan>"' }, errors: { name: 'Vui lòng nhập họ và tên.' } })
    expect(html).toContain('action="/du-thao/du-thao-a/gop-y/"')
    expect(html).toContain('value="&quot;&lt;Lan&gt;&quot;"')
    expect(html).toContain('href="#f-name"')
    expect(html).toContain('name="website"')
  })
})

describe('the documents library and the schools directory', () => {
  const doc = (number: string, docType: string, issuer: string, issuedDate: string): DocumentDoc =>
    ({ id: number, number, slug: number, docType, issuer, issuedDate, summary: 's' }) as unknown as DocumentDoc
  const docs = [
    doc('1/KH', 'ke-hoach', 'Sở Giáo dục và Đào tạo Hải Dương', '2024-03-11T05:00:00.000Z'),
    doc('92/KH', 'ke-hoach', 'Phòng Giáo dục và Đào tạo huyện Kim Thành', '2024-03-14T05:00:00.000Z'),
    doc('9/TB', 'thong-bao', 'Phòng Giáo dục và Đào tạo huyện Kim Thành', '2025-12-31T18:00:00.000Z'),
  ]
  it('sorts newest first and counts filters; the year is Việt Nam’s', () => {
    expect(sortDocuments(docs).map((d) => d.number)).toEqual(['9/TB', '92/KH', '1/KH'])
    expect(documentYear(docs[2]!)).toBe('2026')
    const f = documentFacets(docs)
    expect(f.types.map((t) => [t.value, t.count, t.href])).toEqual([
      ['ke-hoach', 2, '/van-ban/loai/ke-hoach/'],
      ['thong-bao', 1, '/van-ban/loai/thong-bao/'],
    ])
    expect(f.years.map((y) => y.value)).toEqual(['2026', '2024'])
    expect(f.issuers.map((i) => i.href)).toEqual([
      '/van-ban/co-quan/phong-giao-duc-va-dao-tao-huyen-kim-thanh/',
      '/van-ban/co-quan/so-giao-duc-va-dao-tao-hai-duong/',
    ])
  })
  it('orders school names and communes with the Vietnamese collation', () => {
    const s = (name: string, level: string, commune: string) => ({ id: name, name, level, commune }) as unknown as School
    const schools = [
      s('Trường Tiểu học Đồng Cẩm', 'tieu-hoc', 'Đồng Cẩm'),
      s('Trường Tiểu học Dân Chủ', 'tieu-hoc', 'Ân Phú'),
      s('Trường Mầm non Ánh Dương', 'mam-non', 'Ân Phú'),
      s('Trường Tiểu học Anh Sơn', 'tieu-hoc', 'An Phú'),
    ]
    const byLevel = schoolsByLevel(schools)
    expect(byLevel.map((g) => g.label)).toEqual(['Mầm non', 'Tiểu học'])
    // Vietnamese order: D before Đ, A before Â
    expect(byLevel[1]!.schools.map((x) => x.name)).toEqual([
      'Trường Tiểu học Anh Sơn',
      'Trường Tiểu học Dân Chủ',
      'Trường Tiểu học Đồng Cẩm',
    ])
    expect(schoolsByCommune(schools).map((c) => c.commune)).toEqual(['An Phú', 'Ân Phú', 'Đồng Cẩm'])
  })
})
