import type { Payload } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'
import { FEEDBACK_KINDS, labelOf, SENDER_GROUPS } from '@gd/shared/vocab'
import { idOf } from '../../utilities/staffNames'

type Doc = Record<string, unknown>
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : '')
const yesNo = (v: unknown) => (v ? 'Có' : 'Không')

async function consultationTitle(payload: Payload, v: unknown): Promise<string> {
  const id = idOf(v)
  if (id == null) return ''
  const doc = await payload
    .findByID({ collection: 'consultations', id, depth: 0, overrideAccess: true, draft: true, select: { title: true } })
    .catch(() => null)
  return doc?.title ?? ''
}

/**
 * The citizen's submission at the top of a feedback item's screen, read-only and exactly as received (the rule:
 * collections/Feedback/asReceived.ts — the API refuses changes to these fields for every role).
 */
export async function CitizenSubmission({ data, payload }: { data?: Doc; payload: Payload }) {
  const d = data ?? {}
  const draft = await consultationTitle(payload, d.consultation)
  const rows: [string, React.ReactNode][] = [
    ['Mã tham chiếu', text(d.code)],
    ['Nhận lúc', d.receivedAt ? formatDateTime(String(d.receivedAt)) : ''],
    ['Loại ý kiến', labelOf(FEEDBACK_KINDS, text(d.kind))],
    ...(draft ? ([['Góp ý cho dự thảo', draft]] as [string, string][]) : []),
    ['Họ và tên', text(d.name) || '—'],
    ['Đối tượng', labelOf(SENDER_GROUPS, text(d.senderGroup)) || 'Không nêu'],
    ['Thư điện tử', text(d.email) || '—'],
    ['Số điện thoại', text(d.phone) || '—'],
    ['Đồng ý công khai hỏi đáp', yesNo(d.publishAnswer)],
    ['Đồng ý hiện tên khi công khai', yesNo(d.showName)],
  ]
  return (
    <section className="citizen-submission" aria-labelledby="citizen-submission-title">
      <h2 id="citizen-submission-title">Ý kiến người dân gửi (nguyên văn, không sửa được)</h2>
      <h3 className="citizen-submission__subject">{text(d.subject)}</h3>
      <div className="citizen-submission__message">{text(d.message)}</div>
      <dl className="citizen-submission__facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {d.anonymisedAt ? (
        <p className="citizen-submission__note">
          Họ tên, thư điện tử và số điện thoại đã được xóa lúc {formatDateTime(String(d.anonymisedAt))} (hết thời hạn lưu trữ hoặc theo yêu
          cầu).
        </p>
      ) : null}
      {text(d.consentText) ? (
        <details className="citizen-submission__consent">
          <summary>
            Nội dung đồng ý xử lý dữ liệu cá nhân người gửi đã chấp nhận
            {text(d.consentVersion) ? ` (phiên bản ${text(d.consentVersion)})` : ''}
          </summary>
          <p>{text(d.consentText)}</p>
        </details>
      ) : null}
    </section>
  )
}
