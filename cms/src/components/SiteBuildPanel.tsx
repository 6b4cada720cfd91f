import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'
import { RebuildButton } from './RebuildButton'

const STATUS: Record<string, string> = {
  'chua-build': 'Chưa build',
  'dang-build': 'Đang build…',
  'thanh-cong': 'Thành công',
  'that-bai': 'Thất bại',
}

/** Dashboard panel for staff: the state of the public site's last build; admins can ask for a full rebuild. */
export async function SiteBuildPanel({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const build = await payload.findGlobal({ slug: 'site-build', overrideAccess: true, depth: 0 })
  const failed = build.status === 'that-bai'
  return (
    <section
      aria-labelledby="site-build-title"
      style={{ marginBottom: '2rem', padding: '1rem 1.25rem', border: `2px solid ${failed ? '#b42318' : '#d0d5dd'}`, borderRadius: 6 }}
    >
      <h2 id="site-build-title" style={{ marginTop: 0 }}>
        Trang công khai
      </h2>
      <p>
        Trạng thái build gần nhất: <strong>{STATUS[build.status ?? 'chua-build'] ?? build.status}</strong>
        {build.finishedAt
          ? ` (${formatDateTime(build.finishedAt)}${build.durationSeconds != null ? `, ${build.durationSeconds} giây` : ''})`
          : ''}
      </p>
      <p>Lần build thành công gần nhất: {build.lastSuccessAt ? formatDateTime(build.lastSuccessAt) : 'chưa có'}</p>
      {failed && (
        <>
          <p role="alert">Build thất bại; trang công khai vẫn giữ bản trước. Nhật ký (phần cuối):</p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '16rem', overflow: 'auto', fontSize: 12 }}>{build.logTail}</pre>
        </>
      )}
      {user.role === 'admin' && <RebuildButton />}
    </section>
  )
}
