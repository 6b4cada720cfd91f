import { describe, expect, it } from 'vitest'
import { escapeHtml, foldVietnamese, slugify, viCollator } from '@gd/shared/text'

describe('foldVietnamese', () => {
  it('removes tones and maps đ to d', () => {
    expect(foldVietnamese('Đào Tạo')).toBe('dao tao')
    expect(foldVietnamese('đường')).toBe('duong')
    expect(foldVietnamese('Nghị quyết, chính sách')).toBe('nghi quyet, chinh sach')
  })
  it('treats NFC and NFD input alike', () => {
    const nfc = 'Trường Tiểu học Phú Thái'.normalize('NFC')
    const nfd = nfc.normalize('NFD')
    expect(nfc).not.toBe(nfd)
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc))
  })
})

describe('slugify', () => {
  it('makes the slug of a Vietnamese title', () => {
    expect(slugify('Đào tạo giáo viên')).toBe('dao-tao-giao-vien')
    expect(slugify('Đào tạo giáo viên'.normalize('NFD'))).toBe('dao-tao-giao-vien')
  })
  it('drops punctuation and collapses separators', () => {
    expect(slugify('  Thi, kiểm tra — đánh giá & tuyển sinh!  ')).toBe('thi-kiem-tra-danh-gia-tuyen-sinh')
    expect(slugify('Kế hoạch 92/KH-PGDĐT năm 2024')).toBe('ke-hoach-92-kh-pgddt-nam-2024')
  })
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội nghị tổng kết năm học '.repeat(10), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })
  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('—!?')).toBe('')
  })
})

describe('viCollator', () => {
  it('sorts names in Vietnamese alphabetical order', () => {
    const names = ['Đồng Cẩm', 'Dương', 'Ân', 'An', 'Bình']
    expect([...names].sort(viCollator.compare)).toEqual(['An', 'Ân', 'Bình', 'Dương', 'Đồng Cẩm'])
  })
})

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml('<script>"x" & \'y\'</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;')
  })
})
