/**
 * The error summary at the top of a public form (GOV.UK pattern): "Có lỗi cần sửa", the form-wide message, then one
 * link per field in error, in the order of the fields on the page, to the field's control. Every public form (the
 * feedback form, the comment on a draft, the status lookup, the rating of an answer) renders its errors with it.
 */
import { escapeHtml } from './text.ts'

export type FormErrors = Partial<Record<string, string>>

export interface ErrorSummaryOptions {
  /** The id of a field's control (the link target); null for a field with nothing to focus (a hidden field). */
  fieldId?: (field: string) => string | null
  /** The heading's level: 2 for a form that is the page's main content, 3 inside a section with its own h2. */
  headingLevel?: 2 | 3
}

/** The summary of `errors`, listing the fields in `fieldOrder`; '' when there is no error. */
export function renderErrorSummary(errors: FormErrors, fieldOrder: readonly string[], options: ErrorSummaryOptions = {}): string {
  const fieldId = options.fieldId ?? ((field: string) => `f-${field}`)
  const h = `h${options.headingLevel ?? 2}`
  const items = fieldOrder
    .filter((field) => errors[field])
    .map((field) => {
      const target = fieldId(field)
      const message = escapeHtml(errors[field])
      return `<li>${target ? `<a href="#${escapeHtml(target)}">${message}</a>` : message}</li>`
    })
  if (!errors._form && items.length === 0) return ''
  return (
    '<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" autofocus>' +
    `<${h} class="error-summary__title" id="error-summary-title">Có lỗi cần sửa</${h}>` +
    (errors._form ? `<p class="error-summary__form">${escapeHtml(errors._form)}</p>` : '') +
    (items.length ? `<ul class="error-summary__list">${items.join('')}</ul>` : '') +
    '</div>'
  )
}
