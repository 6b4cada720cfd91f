'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'
import { REVIEW_STATES } from '../../workflow/states'

/**
 * One status in the document header, the review state ("Chờ duyệt", "Yêu cầu chỉnh sửa"…), in place of Payload's
 * "Trạng thái: Bản nháp" that stood beside it and said something else; plus whether a version is on the site.
 */
export function ReviewStatus() {
  const { hasPublishedDoc, id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  if (!id) return null
  const label = REVIEW_STATES.find((s) => s.value === state)?.label ?? 'Nháp'
  return (
    <div className="review-status" data-review-state={state}>
      <span>Trạng thái: </span>
      <strong>{label}</strong>
      {hasPublishedDoc && state !== 'da-xuat-ban' ? <span> (bản trước đang hiện trên trang công khai)</span> : null}
    </div>
  )
}
