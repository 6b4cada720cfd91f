import { describe, expect, it } from 'vitest'
import { parseFeedback } from '@gd/shared/feedback'
import { renderFeedbackForm } from '@gd/shared/feedback-form'
import { renderCommentForm } from '@gd/shared/consultation'
import { consentFrom, DEFAULT_CONSENT_VERSION } from '@gd/shared/personal-data'
import { campaignKindLabel, EXEMPLAR_MOVEMENTS, localUnitName, SENDER_GROUPS } from '@gd/shared/vocab'
import { deadlineStateOf, isDraftComment } from '@gd/shared/feedback-deadlines'
import { communeHref, schoolsByCommune } from '../../site/src/lib/schools'
import type { School } from '../../site/src/lib/types'

/** Issue 13: who is speaking, the consent and its law, campaigns and their kind, local units, comments without deadlines. */
const valid = {
  kind: 'gop-y',
  subject: 'Góp ý về giờ học',
  message: 'Đề nghị nhà trường điều chỉnh giờ vào lớp buổi chiều cho phù hợp.',
  name: 'Trần Văn Bình',
  email: 'binh@example.com',
  consent: 'on',
}

describe('the sender group on the feedback form', () => {
  it('is optional, one of the seven groups, refused in Vietnamese otherwise', () => {
    expect(SENDER_GROUPS.map((g) => g.label)).toEqual([
      'Học sinh',
      'Cha mẹ học sinh',
      'Giáo viên',
      'Cán bộ quản lý',
      'Báo chí',
      'Người dân',
      'Khác',
    ])
    const without = parseFeedback(valid)
    expect(without.ok && without.data.senderGroup).toBeUndefined()
    const blank = parseFeedback({ ...valid, senderGroup: '' })
    expect(blank.ok && blank.data.senderGroup).toBeUndefined()
    const parent = parseFeedback({ ...valid, senderGroup: 'cha-me-hoc-sinh' })
    expect(parent.ok && parent.data.senderGroup).toBe('cha-me-hoc-sinh')
    const bad = parseFeedback({ ...valid, senderGroup: 'quan-chuc' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.senderGroup).toBe('Vui lòng chọn một trong các nhóm người gửi đã cho.')
  })
  it('is a select on the form, keeping the choice, with an error tied to it', () => {
    const html = renderFeedbackForm({ schools: [], themes: [], values: { senderGroup: 'bao-chi' }, errors: { senderGroup: 'Sai.' } })
    expect(html).toContain('<select class="select" id="f-senderGroup" name="senderGroup"')
    expect(html).toContain('<option value="bao-chi" selected>Báo chí</option>')
    expect(html).toContain('href="#f-senderGroup"')
  })
})

describe('the consent', () => {
  it('cites the Law on Personal Data Protection, not Decree 13 alone, and comes from the settings when set', () => {
    const d = consentFrom(null)
    expect(d.text).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15')
    expect(d.text).not.toContain('13/2023')
    expect(d.version).toBe(DEFAULT_CONSENT_VERSION)
    expect(consentFrom({ consentText: 'Nội dung mới.', consentVersion: '2027-01' })).toEqual({ text: 'Nội dung mới.', version: '2027-01' })
    expect(consentFrom({ consentText: 'Nội dung mới.', consentVersion: ' ' })).toEqual(d)
  })
  it('is shown on every form that takes personal data, with the link to the privacy notice', () => {
    for (const html of [
      renderFeedbackForm({ schools: [], themes: [], consentText: 'Đồng ý theo thông báo.' }),
      renderCommentForm({ slug: 'du-thao-a', consentText: 'Đồng ý theo thông báo.' }),
    ]) {
      expect(html).toContain('Đồng ý theo thông báo.')
      expect(html).toContain('<a href="/chinh-sach-bao-ve-du-lieu-ca-nhan/">')
    }
  })
})

describe('campaigns and their kind', () => {
  it('"Mỗi thầy, cô giáo là một tấm gương…" is a cuộc vận động, the others phong trào thi đua', () => {
    expect(EXEMPLAR_MOVEMENTS.find((m) => m.value === 'tam-guong-dao-duc')?.kind).toBe('cuoc-van-dong')
    expect(campaignKindLabel('tam-guong-dao-duc')).toBe('Cuộc vận động')
    expect(campaignKindLabel('doi-moi-sang-tao')).toBe('Phong trào thi đua')
    expect(campaignKindLabel('xa-hoi-hoc-tap')).toBe('Phong trào thi đua')
    expect(campaignKindLabel('khac')).toBe('Phong trào thi đua, cuộc vận động')
  })
})

describe('local units', () => {
  it('are named and linked by their kind: xã, phường, đặc khu', () => {
    expect(localUnitName('phuong', 'Kim Tân')).toBe('Phường Kim Tân')
    expect(localUnitName('dac-khu', 'Cô Tô')).toBe('Đặc khu Cô Tô')
    expect(localUnitName(null, 'Kim Anh')).toBe('Xã Kim Anh')
    expect(communeHref('Kim Tân', 'phuong')).toBe('/truong-hoc/phuong/kim-tan/')
    expect(communeHref('Kim Anh')).toBe('/truong-hoc/xa/kim-anh/')
    const s = (name: string, commune: string, communeKind?: string) =>
      ({ id: name, name, level: 'thcs', commune, communeKind }) as unknown as School
    const units = schoolsByCommune([s('Trường A', 'Kim Tân', 'phuong'), s('Trường B', 'Kim Anh'), s('Trường C', 'Kim Tân', 'phuong')])
    expect(units.map((u) => [u.kind, u.unitName, u.schools.length])).toEqual([
      ['xa', 'Xã Kim Anh', 1],
      ['phuong', 'Phường Kim Tân', 2],
    ])
  })
})

describe('a comment on a draft', () => {
  it('has no deadline state, even with deadlines stamped by mistake', () => {
    const item = { status: 'moi', acknowledgeBy: '2020-01-01T00:00:00Z', answerBy: '2020-01-02T00:00:00Z', consultation: 7 }
    expect(isDraftComment(item)).toBe(true)
    expect(deadlineStateOf(item, new Date(), [])).toBeNull()
    expect(deadlineStateOf({ ...item, consultation: null }, new Date(), [])?.state).toBe('overdue')
  })
})
