'use client'
import React from 'react'

/**
 * The modal dialog of an action that needs something written or chosen first (returning a story with a reason,
 * answering or forwarding a feedback item): a title, the fields, the problem when the server refused, and the
 * confirm and "Hủy" buttons. `problemId` is what the fields point to with aria-describedby while a problem shows.
 */
export function ActionDialog({
  dialogRef,
  titleId,
  title,
  problemId,
  problem,
  confirmId,
  confirmLabel,
  onConfirm,
  children,
}: {
  dialogRef: React.RefObject<HTMLDialogElement | null>
  titleId: string
  title: string
  problemId: string
  problem: string
  confirmId: string
  confirmLabel: string
  onConfirm: () => void
  children: React.ReactNode
}) {
  return (
    <dialog ref={dialogRef} className="review-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      {problem ? (
        <p id={problemId} role="alert" className="review-dialog__problem">
          {problem}
        </p>
      ) : null}
      <div className="review-dialog__buttons">
        <button type="button" id={confirmId} className="btn btn--style-primary btn--size-medium" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => dialogRef.current?.close()}>
          Hủy
        </button>
      </div>
    </dialog>
  )
}
