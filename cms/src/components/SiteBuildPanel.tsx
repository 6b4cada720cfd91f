import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDateTime } from '@gd/shared/dates'
import { RebuildButton } from './RebuildButton'

const STATUS: Record<string, string> = {
  'chua-build': 'Chưa cập nhật lần nào',
  'dang-build': 'Đang cập nhật…',
  'thanh-cong': 'Thành công',
  'that-bai': 'Thất bại',
}

/** The administrator's first screen: the state of the public site's last rebuild, and a full rebuild on request. */
export async function SiteBuildPanel({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin') return null
  const build = await payload.findGlobal({ slug: 'site-build', overrideAccess: true, depth: 0 })
  const failed = build.status === 'that-bai'
  return (
    <section
      aria-labelledby="site-build-title"
      className="role-home__panel"
      style={failed ? { borderColor: '#b42318', borderWidth: 2 } : undefined}
    >
      <h2 id="site-build-title" style={{ marginTop: 0 }}>
        Trang công khai
      </h2>
      <p>
        Lần cập nhật trang công khai gần nhất: <strong>{STATUS[build.status ?? 'chua-build'] ?? build.status}</strong>
        {build.finishedAt
          ? ` (${formatDateTime(build.finishedAt)}${build.durationSeconds != null ? `, ${build.durationSeconds} giây` : ''})`
          : ''}
      </p>
      <p>Lần cập nhật thành công gần nhất: {build.lastSuccessAt ? formatDateTime(build.lastSuccessAt) : 'chưa có'}</p>
      {failed && (
        <>
          <p role="alert">Cập nhật thất bại; trang công khai vẫn giữ bản trước. Nhật ký (phần cuối):</p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '16rem', overflow: 'auto', fontSize: 12 }}>{build.logTail}</pre>
        </>
      )}
      <RebuildButton />
    </section>
  )
}
