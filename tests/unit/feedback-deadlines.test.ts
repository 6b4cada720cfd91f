import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  answerWithin,
  CLOSED_STATUSES,
  deadlineDaysFrom,
  deadlineLabel,
  deadlinesAtReceipt,
  deadlineState,
  deadlineStateOf,
  feedbackDeadlineDays,
} from '@gd/shared/feedback-deadlines'
import { holidaysForYears } from '@gd/shared/holidays'
import { addWorkingDays, type DateInput, dueDate } from '@gd/shared/working-days'
import { ROOT } from '../helpers/env'

/** The seeded defaults for 2025–2027, as the site settings hold them ({ date, name, kind } objects). */
const HOLIDAYS = holidaysForYears([2025, 2026, 2027])
/** Hà Nội wall-clock time → instant. */
const hn = (local: string) => new Date(`${local}+07:00`)
/** Where the deadline of `n` working days after `receivedAt` stands at `now`. */
const stateAt = (receivedAt: DateInput, n: number, now: DateInput) => deadlineState(addWorkingDays(receivedAt, n, HOLIDAYS), now, HOLIDAYS)
const statusAt = (receivedAt: DateInput, n: number, now: DateInput) => stateAt(receivedAt, n, now).state

describe('deadlineState', () => {
  // received Friday 13/02/2026, 10 working days → due Friday 06/03/2026
  const received = hn('2026-02-13T16:00:00')
  it('is on time with more than 2 working days left', () => {
    expect(statusAt(received, 10, hn('2026-02-20T09:00:00'))).toBe('on-time')
    expect(statusAt(received, 10, hn('2026-03-03T17:00:00'))).toBe('on-time')
    expect(stateAt(received, 10, hn('2026-03-03T17:00:00')).workingDaysLeft).toBe(3)
  })
  it('is due soon from 2 working days left to the last moment of the due day', () => {
    expect(dueDate(received, 10, HOLIDAYS)).toBe('2026-03-06')
    expect(addWorkingDays(received, 10, HOLIDAYS)).toEqual(new Date('2026-03-06T16:59:59.999Z'))
    expect(stateAt(received, 10, hn('2026-03-04T00:00:00'))).toEqual({ state: 'due-soon', workingDaysLeft: 2 })
    expect(statusAt(received, 10, hn('2026-03-05T12:00:00'))).toBe('due-soon')
    expect(statusAt(received, 10, hn('2026-03-06T23:59:59'))).toBe('due-soon')
    expect(statusAt(received, 10, '2026-03-06T16:59:59.999Z')).toBe('due-soon')
    expect(statusAt(received, 10, '2026-03-06')).toBe('due-soon')
  })
  it('counts only working days left: on Friday, a deadline on Tuesday is 2 days away', () => {
    // received Wednesday 04/03/2026, 4 working days → due Tuesday 10/03
    expect(stateAt('2026-03-04', 4, hn('2026-03-06T09:00:00')).workingDaysLeft).toBe(2)
    expect(statusAt('2026-03-04', 4, hn('2026-03-06T09:00:00'))).toBe('due-soon')
    expect(statusAt('2026-03-04', 4, hn('2026-03-05T09:00:00'))).toBe('on-time')
  })
  it('is overdue from midnight after the due day (Hà Nội time)', () => {
    expect(statusAt(received, 10, '2026-03-06T17:00:00Z')).toBe('overdue')
    expect(statusAt(received, 10, hn('2026-03-07T00:00:00'))).toBe('overdue')
    expect(stateAt(received, 10, hn('2026-03-09T08:00:00')).workingDaysLeft).toBe(-1)
  })
  it('counts the 15-day answer from the same receipt independently', () => {
    expect(statusAt(received, 15, hn('2026-03-09T08:00:00'))).toBe('on-time')
    expect(statusAt(received, 15, hn('2026-03-11T08:00:00'))).toBe('due-soon')
    expect(statusAt(received, 15, hn('2026-03-14T08:00:00'))).toBe('overdue')
  })
})

describe('an item against its current deadline', () => {
  const received = hn('2026-02-13T16:00:00')
  const stamped = deadlinesAtReceipt(received, HOLIDAYS, { acknowledge: 10, answer: 15 })
  it('is stamped at receipt: the ends of working days 10 and 15 (Hà Nội time)', () => {
    expect(stamped).toEqual({ acknowledgeBy: '2026-03-06T16:59:59.999Z', answerBy: '2026-03-13T16:59:59.999Z' })
    expect(deadlinesAtReceipt(received, HOLIDAYS, { acknowledge: 3, answer: 20 }).answerBy).toBe(
      addWorkingDays(received, 20, HOLIDAYS).toISOString(),
    )
  })
  it('runs on the acknowledgement while "mới", on the answer after that, and on nothing once closed', () => {
    const now = hn('2026-03-05T12:00:00')
    expect(deadlineStateOf({ status: 'moi', ...stamped }, now, HOLIDAYS)).toEqual({
      state: 'due-soon',
      deadline: 'acknowledge',
      dueAt: stamped.acknowledgeBy,
      workingDaysLeft: 1,
    })
    expect(deadlineStateOf({ status: 'dang-xu-ly', ...stamped }, now, HOLIDAYS)).toEqual({
      state: 'on-time',
      deadline: 'answer',
      dueAt: stamped.answerBy,
      workingDaysLeft: 6,
    })
    for (const status of CLOSED_STATUSES)
      expect(deadlineStateOf({ status, ...stamped }, hn('2026-04-01T08:00:00'), HOLIDAYS), status).toBeNull()
  })
  it('reads in Vietnamese', () => {
    const label = (status: string, now: Date) => deadlineLabel(deadlineStateOf({ status, ...stamped }, now, HOLIDAYS))
    expect(label('moi', hn('2026-03-05T12:00:00'))).toBe('Sắp đến hạn tiếp nhận (còn 1 ngày làm việc)')
    expect(label('moi', hn('2026-03-09T08:00:00'))).toBe('Quá hạn tiếp nhận')
    expect(label('dang-xu-ly', hn('2026-03-05T12:00:00'))).toBe('Trong hạn')
    expect(label('dang-xu-ly', hn('2026-03-16T08:00:00'))).toBe('Quá hạn trả lời')
    expect(label('da-tra-loi', hn('2026-03-16T08:00:00'))).toBe('')
  })
})

describe('the working days to acknowledge and to answer (FEEDBACK_ACK_DAYS, FEEDBACK_ANSWER_DAYS)', () => {
  it('are 10 and 15 unless set', () => {
    expect(feedbackDeadlineDays({})).toEqual({ acknowledge: 10, answer: 15 })
    expect(feedbackDeadlineDays({ FEEDBACK_ACK_DAYS: '', FEEDBACK_ANSWER_DAYS: ' ' })).toEqual({ acknowledge: 10, answer: 15 })
    expect(feedbackDeadlineDays({ FEEDBACK_ACK_DAYS: '5', FEEDBACK_ANSWER_DAYS: ' 20 ' })).toEqual({ acknowledge: 5, answer: 20 })
  })
  it('refuse a value that is not a whole number of days from 1 to 365, in Vietnamese, instead of falling back', () => {
    for (const bad of ['abc', '0', '-3', '1.5', '15 ngày', '366', '1e2']) {
      expect(() => feedbackDeadlineDays({ FEEDBACK_ANSWER_DAYS: bad }), bad).toThrow(
        `FEEDBACK_ANSWER_DAYS phải là một số nguyên từ 1 đến 365 (đang là "${bad}")`,
      )
    }
    expect(() => feedbackDeadlineDays({ FEEDBACK_ACK_DAYS: 'mười' })).toThrow(/FEEDBACK_ACK_DAYS phải là một số nguyên/)
  })
})

describe('the answer time the public pages promise', () => {
  it('is the configured number of working days', () => {
    expect(answerWithin(feedbackDeadlineDays({}).answer)).toBe('trong thời hạn 15 ngày làm việc')
    expect(answerWithin(feedbackDeadlineDays({ FEEDBACK_ANSWER_DAYS: '20' }).answer)).toBe('trong thời hạn 20 ngày làm việc')
  })
  it('reads FEEDBACK_ANSWER_DAYS from the environment the site is built in', () => {
    const before = process.env.FEEDBACK_ANSWER_DAYS
    try {
      process.env.FEEDBACK_ANSWER_DAYS = '22'
      expect(answerWithin(feedbackDeadlineDays(process.env).answer)).toBe('trong thời hạn 22 ngày làm việc')
    } finally {
      if (before === undefined) delete process.env.FEEDBACK_ANSWER_DAYS
      else process.env.FEEDBACK_ANSWER_DAYS = before
    }
  })
  it('is never written as a number in a page, component or e-mail: they all call answerWithin()', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    const sources = ['site/src', 'shared/src', 'cms/src/collections', 'cms/src/components', 'cms/src/server']
      .flatMap((d) => files(path.join(ROOT, d)))
      .filter((f) => /\.(astro|ts|tsx)$/.test(f) && !f.endsWith('feedback-deadlines.ts'))
    const hardCoded = sources.filter((f) =>
      /\d+\s+ngày(\s+làm\s+việc)?/.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')),
    )
    expect(hardCoded.map((f) => path.relative(ROOT, f))).toEqual([])
    for (const page of [
      'site/src/components/CitizenTasks.astro',
      'site/src/pages/gop-y/index.astro',
      'site/src/pages/gop-y/da-gui/index.astro',
    ]) {
      expect(fs.readFileSync(path.join(ROOT, page), 'utf8'), page).toMatch(/\{answerWithin\(days\.answer\)\}/)
    }
  })
})

describe('the days in force (deadlineDaysFrom)', () => {
  it('are the site settings where set, the configuration otherwise', () => {
    const env = { FEEDBACK_ACK_DAYS: '3', FEEDBACK_ANSWER_DAYS: '20' }
    expect(deadlineDaysFrom(null, env)).toEqual({ acknowledge: 3, answer: 20 })
    expect(deadlineDaysFrom({ feedbackAckDays: null, feedbackAnswerDays: 12 }, env)).toEqual({ acknowledge: 3, answer: 12 })
    expect(deadlineDaysFrom({ feedbackAckDays: 5, feedbackAnswerDays: 25 }, env)).toEqual({ acknowledge: 5, answer: 25 })
  })
  it('ignore a stored value that is not a whole number of days from 1 to 365', () => {
    const env = {}
    for (const bad of [0, -1, 1.5, 366, Number.NaN]) expect(deadlineDaysFrom({ feedbackAnswerDays: bad }, env).answer, String(bad)).toBe(15)
  })
})
