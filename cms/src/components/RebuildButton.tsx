'use client'
import React, { useState } from 'react'

/** Asks the server for a full rebuild of the public site (admins only; the endpoint checks the role again). */
export function RebuildButton() {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const rebuild = async () => {
    setBusy(true)
    try {
      const res = await fetch('/api/globals/site-build/rebuild', { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      setMessage(body.message ?? body.errors?.[0]?.message ?? `Lỗi ${res.status}`)
    } catch {
      setMessage('Không gửi được yêu cầu. Vui lòng thử lại.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={rebuild} disabled={busy}>
        Cập nhật lại toàn bộ trang công khai
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  )
}
