'use client'
import { toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import { ActionDialog } from '../ActionDialog'

/**
 * The review workflow as one-click actions above a story's form (exemplars, school news), each an ordinary save that
 * the server's rules judge and record (workflow/enforceReview.ts, recordTransition.ts), whoever clicks:
 * - a school: "Gửi duyệt" (a draft save with the state "chờ duyệt"; the form's own checks run first);
 * - an editor, on a submitted story: "Trả lại (kèm lý do)" (the reason typed in a dialog; a draft save with the state
 *   "yêu cầu chỉnh sửa"); on a story on the site: "Gỡ xuống" (unpublish: the state becomes "gỡ xuống").
 * "Duyệt và xuất bản" is Payload's publish button, relabelled (./PublishAction.tsx).
 */
export function ReviewActions() {
  const { user } = useAuth()
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { submit } = useForm()
  const api = useConfig().config.routes.api
  const state = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  if (!collectionSlug) return null
  const draftUrl = `${api}/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true`
  const method = id ? 'PATCH' : 'POST'

  const submitForReview = () => void submit({ action: draftUrl, method, overrides: { _status: 'draft', reviewState: 'cho-duyet' } })

  const sendBack = async () => {
    if (!reason.trim()) {
      setProblem('Vui lòng ghi lý do để nhà trường biết cần sửa gì.')
      return
    }
    dialog.current?.close()
    await submit({
      action: draftUrl,
      method: 'PATCH',
      overrides: { _status: 'draft', reviewState: 'yeu-cau-chinh-sua', reviewNote: reason.trim() },
      skipValidation: true,
    })
  }

  const takeDown = async () => {
    setBusy(true)
    const res = await fetch(`${api}/${collectionSlug}/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'draft' }),
    })
    if (res.ok) {
      toast.success('Đã gỡ bài xuống khỏi trang công khai.')
      window.location.reload()
    } else {
      const body = await res.json().catch(() => ({}))
      toast.error(body?.errors?.[0]?.message ?? 'Không gỡ được bài; vui lòng thử lại.')
      setBusy(false)
    }
  }

  if (user?.role === 'school') {
    if (hasPublishedDoc || state === 'cho-duyet') return null
    return (
      <button
        type="button"
        id="action-submit-review"
        className="btn btn--style-primary btn--size-medium review-action"
        onClick={submitForReview}
      >
        Gửi duyệt
      </button>
    )
  }
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  return (
    <>
      {id && state === 'cho-duyet' ? (
        <button
          type="button"
          id="action-return"
          className="btn btn--style-secondary btn--size-medium review-action"
          onClick={() => {
            setProblem('')
            dialog.current?.showModal()
          }}
        >
          Trả lại (kèm lý do)
        </button>
      ) : null}
      {id && hasPublishedDoc ? (
        <button
          type="button"
          id="action-take-down"
          className="btn btn--style-secondary btn--size-medium review-action"
          onClick={takeDown}
          disabled={busy}
        >
          Gỡ xuống
        </button>
      ) : null}
      <ActionDialog
        dialogRef={dialog}
        titleId="return-title"
        title="Trả lại cho nhà trường"
        problemId="return-problem"
        problem={problem}
        confirmId="return-confirm"
        confirmLabel="Trả lại"
        onConfirm={sendBack}
      >
        <label htmlFor="return-reason">Lý do, cần sửa gì (nhà trường đọc được)</label>
        <textarea
          id="return-reason"
          rows={5}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'return-problem' : undefined}
        />
      </ActionDialog>
    </>
  )
}
