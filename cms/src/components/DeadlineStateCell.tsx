import React from 'react'
import { type DeadlineStatus, DEADLINE_STATE_LABELS, workingDaysLeftText } from '@gd/shared/feedback-deadlines'

/**
 * The "Tình trạng" cell of a worklist with deadlines (citizens' feedback, press mentions): the state in a word, bold
 * when overdue, and the working days left when due soon. The words are the shared deadline rule's.
 */
export function DeadlineStateCell({ state, workingDaysLeft }: { state: DeadlineStatus; workingDaysLeft: number }) {
  return (
    <td>
      {state === 'overdue' ? <strong>{DEADLINE_STATE_LABELS[state]}</strong> : DEADLINE_STATE_LABELS[state]}
      {state === 'due-soon' ? ` (${workingDaysLeftText(workingDaysLeft)})` : ''}
    </td>
  )
}
