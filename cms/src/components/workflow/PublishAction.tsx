'use client'
import { PublishButton, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's publish button (with its scheduling menu), offered only to those who may publish — never to a school,
 * whose publish the server refuses anyway (workflow/enforceReview.ts) — and named for what it does: approving a
 * submitted story, or publishing staff's own.
 */
export function PublishAction() {
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  return <PublishButton label={state === 'cho-duyet' ? 'Duyệt và xuất bản' : 'Xuất bản'} />
}

/** Payload's unpublish item of the document menu: replaced by the "Gỡ xuống" action (./ReviewActions.tsx). */
export function NoUnpublishMenuItem() {
  return null
}
