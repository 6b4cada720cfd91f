import { describe, expect, it } from 'vitest'
import { FEEDBACK_LIMITS, parseFeedback } from '@gd/shared/feedback'

const valid = {
  kind: 'cau-hoi',
  theme: 'thi-kiem-tra-danh-gia-tuyen-sinh',
  subject: 'Hỏi về lịch tuyển sinh lớp 6',
  message: 'Xin cho biết lịch tuyển sinh lớp 6 năm học tới của các trường THCS trong huyện.',
  name: 'Nguyễn Thị Hoa',
  email: 'Hoa.Nguyen@Example.com',
  consent: 'on',
}

describe('parseFeedback', () => {
  it('accepts a valid form submission and normalises it', () => {
    const r = parseFeedback(valid)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data.email).toBe('hoa.nguyen@example.com')
    expect(r.data.consent).toBe(true)
    expect(r.data.theme).toBe('thi-kiem-tra-danh-gia-tuyen-sinh')
  })

  it('accepts JSON booleans and a phone instead of an e-mail', () => {
    const { email: _e, ...rest } = valid
    const r = parseFeedback({ ...rest, consent: true, phone: '0912 345 678', publishAnswer: false })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.data.phone).toBe('0912345678')
  })

  it('treats empty optional fields as absent', () => {
    const r = parseFeedback({ ...valid, theme: '', school: '', phone: '' })
    expect(r.ok).toBe(true)
  })

  it('names every missing required field in Vietnamese', () => {
    const r = parseFeedback({})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.kind).toBe('Vui lòng chọn loại ý kiến.')
    expect(r.errors.subject).toBe('Vui lòng nhập tiêu đề.')
    expect(r.errors.message).toBe('Vui lòng nhập nội dung.')
    expect(r.errors.name).toBe('Vui lòng nhập họ và tên.')
    expect(r.errors.consent).toMatch(/đồng ý/)
  })

  it('requires an e-mail or a phone to answer to', () => {
    const { email: _e, ...rest } = valid
    const r = parseFeedback(rest)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.email).toMatch(/thư điện tử hoặc số điện thoại/)
  })

  it.each([
    ['wrong types', { subject: 12345 }, 'subject', 'Tiêu đề phải là văn bản.'],
    ['a 10 KB subject', { subject: 'a'.repeat(10_240) }, 'subject', `Tiêu đề không được dài quá ${FEEDBACK_LIMITS.subject.max} ký tự.`],
    [
      'a script tag',
      { message: 'Nội dung <script>alert(1)</script> đủ dài để kiểm tra' },
      'message',
      'Nội dung không được chứa thẻ HTML (ký tự “<…>”).',
    ],
    ['an invalid e-mail', { email: 'khong-phai-email' }, 'email', 'Thư điện tử không đúng định dạng, ví dụ: ten@example.com.'],
    ['an invalid phone', { phone: '12345' }, 'phone', 'Số điện thoại không đúng, ví dụ: 0912 345 678.'],
    ['no consent', { consent: '' }, 'consent', 'Vui lòng đồng ý để cơ quan xử lý dữ liệu cá nhân cho việc tiếp nhận và trả lời ý kiến.'],
    ['an unknown kind', { kind: 'khieu-nai' }, 'kind', 'Vui lòng chọn loại ý kiến.'],
    // a well-formed slug of no stored theme is refused by the server (tests/integration/themes-as-content.test.ts)
    ['a theme that is no slug', { theme: 'Chủ đề <b>lạ</b>' }, 'theme', 'Lĩnh vực không hợp lệ.'],
    ['an array where text belongs', { name: ['a', 'b'] }, 'name', 'Họ và tên phải là văn bản.'],
  ])('rejects %s', (_label, patch, field, message) => {
    const r = parseFeedback({ ...valid, ...patch })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toBe(message)
  })

  it('keeps a comparison sign that is not a tag', () => {
    const r = parseFeedback({ ...valid, message: 'Con tôi được điểm < 5 môn Toán, xin hỏi có được thi lại không ạ?' })
    expect(r.ok).toBe(true)
  })

  it('rejects unknown and prototype-pollution keys', () => {
    for (const body of [
      JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}`),
      { ...valid, constructor: 'x' },
      { ...valid, status: 'da-dong' },
    ]) {
      const r = parseFeedback(body)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors._form).toBe('Biểu mẫu có trường không hợp lệ.')
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('flags a filled honeypot without saying which field', () => {
    const r = parseFeedback({ ...valid, website: 'http://spam.example' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.honeypot).toBe(true)
      expect(Object.keys(r.errors)).toEqual(['_form'])
    }
  })

  it('rejects what is not an object', () => {
    for (const body of [null, 'text', 42, [valid]]) expect(parseFeedback(body).ok).toBe(false)
  })
})
