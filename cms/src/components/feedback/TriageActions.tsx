'use client'
import { useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import { FEEDBACK_REJECT_REASONS } from '@gd/shared/vocab'
import { ActionDialog } from '../ActionDialog'

type Action = 'assign' | 'answer' | 'forward' | 'reject'
type Staff = { id: number; name: string }

const TITLES: Record<Action, string> = {
  assign: 'Giao cán bộ xử lý',
  answer: 'Trả lời người gửi',
  forward: 'Chuyển cơ quan có thẩm quyền',
  reject: 'Không xử lý',
}

/**
 * The triage of a feedback item as actions beside its deadline: Tiếp nhận, Giao cán bộ, Trả lời, Chuyển, Không xử
 * lý, Đóng. One click each; a dialog where something must be written or chosen (the officer, the answer, the body
 * forwarded to, the reason). Each is the form's own save with the new status (or assignee) added, so the triage hook
 * (collections/Feedback/hooks.ts) judges it and records it in the history, whoever clicks; then the page reloads to
 * show the new state and history. The buttons offered follow the item's state only for convenience: open items
 * (not in the deadline rule's closed statuses) can be acknowledged while new, assigned, answered, forwarded or
 * refused; an answered one can be closed.
 */
export function TriageActions(props: { status: string; open: boolean; assignee: number | null; staff: Staff[]; answer: string }) {
  const { status, open, staff } = props
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const api = useConfig().config.routes.api
  const dialog = useRef<HTMLDialogElement>(null)
  const [action, setAction] = useState<Action>('assign')
  const [assignee, setAssignee] = useState(props.assignee == null ? '' : String(props.assignee))
  const [answer, setAnswer] = useState(props.answer)
  const [forwardedTo, setForwardedTo] = useState('')
  const [reason, setReason] = useState('')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const save = async (overrides: Record<string, unknown>) => {
    setBusy(true)
    const done = await submit({ action: `${api}/feedback/${id}?depth=0`, method: 'PATCH', overrides, skipValidation: true })
    if (done && done.res?.ok) window.location.reload()
    else setBusy(false)
  }
  const ask = (a: Action) => {
    setAction(a)
    setProblem('')
    dialog.current?.showModal()
  }
  const confirm = async () => {
    const missing: Record<Action, string | null> = {
      assign: assignee ? null : 'Vui lòng chọn cán bộ xử lý.',
      answer: answer.trim() ? null : 'Vui lòng nhập nội dung trả lời.',
      forward: forwardedTo.trim() ? null : 'Vui lòng ghi cơ quan có thẩm quyền được chuyển đến.',
      reject: reason ? null : 'Vui lòng chọn lý do không xử lý.',
    }
    if (missing[action]) {
      setProblem(missing[action])
      return
    }
    dialog.current?.close()
    const overrides: Record<Action, Record<string, unknown>> = {
      assign: { assignee: Number(assignee) },
      answer: { status: 'da-tra-loi', answer: answer.trim() },
      forward: { status: 'chuyen-co-quan-tham-quyen', forwardedTo: forwardedTo.trim() },
      reject: { status: 'khong-xu-ly', rejectReason: reason, rejectNote: note.trim() },
    }
    await save(overrides[action])
  }
  const button = (key: string, label: string, onClick: () => void, primary = false) => (
    <button
      key={key}
      type="button"
      id={`triage-${key}`}
      className={`btn btn--style-${primary ? 'primary' : 'secondary'} btn--size-medium`}
      onClick={onClick}
      disabled={busy}
    >
      {label}
    </button>
  )
  const buttons = [
    status === 'moi' ? button('acknowledge', 'Tiếp nhận', () => void save({ status: 'da-tiep-nhan' }), true) : null,
    open ? button('assign', props.assignee == null ? 'Giao cán bộ' : 'Đổi cán bộ xử lý', () => ask('assign')) : null,
    open ? button('answer', 'Trả lời', () => ask('answer'), status !== 'moi') : null,
    open ? button('forward', 'Chuyển cơ quan có thẩm quyền', () => ask('forward')) : null,
    open ? button('reject', 'Không xử lý', () => ask('reject')) : null,
    status === 'da-tra-loi' ? button('close', 'Đóng', () => void save({ status: 'da-dong' }), true) : null,
  ].filter(Boolean)
  const problemProps = problem ? { 'aria-invalid': true, 'aria-describedby': 'triage-problem' } : {}
  return (
    <>
      {buttons.length ? (
        <div className="feedback-triage__actions" role="group" aria-label="Thao tác xử lý">
          {buttons}
        </div>
      ) : (
        <p className="feedback-cell--quiet">Ý kiến đã kết thúc xử lý.</p>
      )}
      <ActionDialog
        dialogRef={dialog}
        titleId="triage-title"
        title={TITLES[action]}
        problemId="triage-problem"
        problem={problem}
        confirmId="triage-confirm"
        confirmLabel={action === 'assign' ? 'Giao' : action === 'answer' ? 'Gửi trả lời' : action === 'forward' ? 'Chuyển' : 'Xác nhận'}
        onConfirm={() => void confirm()}
      >
        {action === 'assign' ? (
          <>
            <label htmlFor="triage-assignee">Cán bộ xử lý</label>
            <select id="triage-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} {...problemProps}>
              <option value="">— Chọn cán bộ —</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {action === 'answer' ? (
          <>
            <label htmlFor="triage-answer">Nội dung trả lời (gửi cho người dân qua thư điện tử và hiện ở trang tra cứu)</label>
            <textarea id="triage-answer" rows={8} value={answer} onChange={(e) => setAnswer(e.target.value)} {...problemProps} />
          </>
        ) : null}
        {action === 'forward' ? (
          <>
            <label htmlFor="triage-forward">Cơ quan có thẩm quyền được chuyển đến</label>
            <input id="triage-forward" type="text" value={forwardedTo} onChange={(e) => setForwardedTo(e.target.value)} {...problemProps} />
          </>
        ) : null}
        {action === 'reject' ? (
          <>
            <label htmlFor="triage-reason">Lý do không xử lý</label>
            <select id="triage-reason" value={reason} onChange={(e) => setReason(e.target.value)} {...problemProps}>
              <option value="">— Chọn lý do —</option>
              {FEEDBACK_REJECT_REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <label htmlFor="triage-note">Ghi chú (không bắt buộc)</label>
            <textarea id="triage-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </>
        ) : null}
      </ActionDialog>
    </>
  )
}
