import type { Payload } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'
import { FEEDBACK_STATUSES, labelOf } from '@gd/shared/vocab'
import { idOf, staffNames } from '../../utilities/staffNames'

type Entry = { kind?: string | null; status?: string | null; at?: string | null; by?: unknown; note?: string | null }

/** "Mới → Đã tiếp nhận" for a status change (the previous status entry is the "from"); the first entry is the receipt. */
function changeOf(entries: Entry[], i: number): string {
  const e = entries[i]
  const to = labelOf(FEEDBACK_STATUSES, e.status ?? '')
  if (e.kind === 'priority') return 'Mức ưu tiên'
  if (e.kind === 'assignee') return 'Giao cán bộ xử lý'
  const before = entries
    .slice(0, i)
    .reverse()
    .find((p) => (p.kind ?? 'status') === 'status')
  return before ? `${labelOf(FEEDBACK_STATUSES, before.status ?? '')} → ${to}` : `Tiếp nhận (${to})`
}

/**
 * The item's history (statusHistory, written only by the triage hook) as a table a person reads: when, who, from →
 * to, note. It replaces Payload's array editor, which showed collapsed, draggable rows of something nobody may edit.
 */
export async function FeedbackHistory({ data, payload }: { data?: { statusHistory?: Entry[] | null }; payload: Payload }) {
  const entries = Array.isArray(data?.statusHistory) ? data.statusHistory : []
  const names = await staffNames(
    payload,
    entries.map((e) => idOf(e.by)),
  )
  return (
    <section className="feedback-history" aria-labelledby="feedback-history-title">
      <h2 id="feedback-history-title">Lịch sử xử lý</h2>
      {entries.length === 0 ? (
        <p>Chưa có bước xử lý nào.</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="table">
            <caption className="visually-hidden">Các bước xử lý, ghi tự động, không sửa được</caption>
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Thay đổi</th>
                <th scope="col">Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => {
                const by = idOf(e.by)
                return (
                  <tr key={i}>
                    <td>{e.at ? formatDateTime(e.at) : ''}</td>
                    <td>
                      {by == null ? (i === 0 ? 'Người gửi (qua trang thông tin)' : 'Hệ thống') : (names.get(by) ?? 'Tài khoản đã xóa')}
                    </td>
                    <td>{changeOf(entries, i)}</td>
                    <td>{e.note ?? ''}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-description">Ghi tự động ở mỗi lần đổi trạng thái, mức ưu tiên hoặc cán bộ xử lý; không sửa được.</p>
    </section>
  )
}
