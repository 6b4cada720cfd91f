'use client'
import { useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/** At the top of a story's form: what the state means for the person reading it, with the editor's reason when returned. */
export function ReviewNotice() {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const note = useFormFields(([fields]) => fields.reviewNote?.value as string | undefined)
  const school = user?.role === 'school'
  if (state === 'yeu-cau-chinh-sua')
    return (
      <div className="review-notice review-notice--returned" role="status">
        <strong>Được trả lại, cần chỉnh sửa.</strong> Lý do: <q>{note || '(không ghi)'}</q>
        {school ? ' Sửa bài rồi bấm “Gửi duyệt”.' : ''}
      </div>
    )
  if (state === 'cho-duyet')
    return (
      <div className="review-notice" role="status">
        {school ? 'Bài đang chờ cán bộ truyền thông duyệt.' : 'Nhà trường đã gửi duyệt: “Duyệt và xuất bản” hoặc “Trả lại (kèm lý do)”.'}
      </div>
    )
  if (state === 'go-xuong') return <div className="review-notice">Bài đã được gỡ xuống khỏi trang công khai.</div>
  return null
}
