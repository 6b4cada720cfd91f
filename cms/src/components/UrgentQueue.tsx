import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'
import { urgentQueue } from '../collections/UrgentReports/queue'

/**
 * The top of the editors' first screen: schools' urgent reports (báo cáo đột xuất) the department has not yet
 * acknowledged. Each leaves the list once an editor marks it "Đã nắm thông tin".
 */
export async function UrgentQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const items = await urgentQueue(payload)
  if (items.length === 0) return null
  return (
    <section
      aria-labelledby="urgent-queue-title"
      data-queue="urgent"
      style={{
        marginBottom: '2rem',
        padding: '1rem',
        border: '3px solid #b3261e',
        borderRadius: 4,
        background: 'var(--theme-elevation-50)',
      }}
    >
      <h2 id="urgent-queue-title" style={{ color: '#b3261e', marginTop: 0 }}>
        Báo cáo đột xuất chưa nắm thông tin ({items.length})
      </h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((i) => (
          <li key={i.id} style={{ padding: '0.5rem 0', borderTop: '1px solid var(--theme-elevation-150)' }}>
            <a href={`/admin/collections/urgent-reports/${i.id}`} style={{ fontWeight: 700 }}>
              {i.title}
            </a>
            <br />
            {i.school} · xảy ra {formatDateTime(i.occurredAt)} tại {i.place}
            {i.media ? (
              <>
                {' · '}
                <strong>Có trên {i.media}</strong>
              </>
            ) : null}
            <br />
            <small>Gửi lúc {formatDateTime(i.filedAt)}. Mở báo cáo, đánh dấu “Đã nắm thông tin” và lưu.</small>
          </li>
        ))}
      </ul>
    </section>
  )
}
