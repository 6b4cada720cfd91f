import { describe, expect, it } from 'vitest'
import { renderErrorSummary } from '@gd/shared/error-summary'
import { renderCommentForm } from '@gd/shared/consultation'
import { renderFeedbackForm } from '@gd/shared/feedback-form'
import { renderLookupForm } from '@gd/shared/lookup'
import { renderRatingForm } from '@gd/shared/rating'

describe('the error summary of the public forms', () => {
  it('is empty when there is no error', () => {
    expect(renderErrorSummary({}, ['ma'])).toBe('')
    expect(renderErrorSummary({ other: undefined }, ['ma'])).toBe('')
  })

  it('is an alert titled "Có lỗi cần sửa", with the form-wide message, then one link per field in the page order', () => {
    const html = renderErrorSummary({ b: 'Lỗi B', _form: 'Lỗi chung', a: 'Lỗi A', notOnPage: 'x' }, ['a', 'b'])
    expect(html).toBe(
      '<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" autofocus>' +
        '<h2 class="error-summary__title" id="error-summary-title">Có lỗi cần sửa</h2>' +
        '<p class="error-summary__form">Lỗi chung</p>' +
        '<ul class="error-summary__list"><li><a href="#f-a">Lỗi A</a></li><li><a href="#f-b">Lỗi B</a></li></ul>' +
        '</div>',
    )
  })

  it('escapes the messages and the link targets', () => {
    const html = renderErrorSummary({ _form: '<script>"x"</script>', a: 'a & <b>' }, ['a'], { fieldId: () => 'x"><img' })
    expect(html).not.toMatch(/<script|<b>|<img/)
    expect(html).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;')
    expect(html).toContain('<a href="#x&quot;&gt;&lt;img">a &amp; &lt;b&gt;</a>')
  })

  it('links each field to its own control id, lists a field with nothing to focus unlinked, and can sit under an h2', () => {
    const html = renderErrorSummary({ code: 'Mã sai', score: 'Chọn điểm' }, ['score', 'code'], {
      fieldId: (f) => (f === 'code' ? null : `r-${f}`),
      headingLevel: 3,
    })
    expect(html).toContain('<h3 class="error-summary__title" id="error-summary-title">Có lỗi cần sửa</h3>')
    expect(html).toContain('<li><a href="#r-score">Chọn điểm</a></li><li>Mã sai</li>')
    expect(html).not.toContain('<p class="error-summary__form">')
  })

  it('is the summary of all four forms, each link pointing at a control of the form', () => {
    const forms = [
      renderFeedbackForm({ errors: { subject: 'Nhập tiêu đề', _form: 'Chung' }, schools: [], themes: [] }),
      renderCommentForm({ slug: 'du-thao-a', errors: { message: 'Nhập nội dung', _form: 'Chung' } }),
      renderLookupForm({ errors: { xacminh: 'Nhập thư điện tử', _form: 'Chung' } }),
      renderRatingForm('GY-2026-7K3QX', { diem: 'Chọn điểm', nhanxet: 'Quá dài' }),
    ]
    for (const html of forms) {
      expect(html.match(/class="error-summary"/g)).toHaveLength(1)
      for (const [, id] of html.matchAll(/<li><a href="#([^"]+)">/g)) expect(html).toContain(`id="${id}"`)
    }
    expect(forms[0]).toContain('<a href="#f-subject">Nhập tiêu đề</a>')
    expect(forms[3]).toContain('<a href="#r-diem">Chọn điểm</a></li><li><a href="#r-nhanxet">Quá dài</a>')
  })
})
