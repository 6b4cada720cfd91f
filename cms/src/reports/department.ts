import type { Payload } from 'payload'
import { formatDate } from '@gd/shared/dates'
import { FEEDBACK_KINDS, FEEDBACK_REJECT_REASONS, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { CLOSED_STATUSES, deadlineLabel, deadlineStateOf } from '@gd/shared/feedback-deadlines'
import type { Row } from './figures'
import { missingSchools, type SchoolRef } from './missing'
import { type PressFigures, pressFigures } from './press'
import { type UrgentItem, urgentItems } from './urgent'
import { type Period, periodDays, periodKey, periodLabel, periodOf } from '@gd/shared/report-periods'
import { type Doc, type FeedbackStatistics, feedbackStatisticsWithItems, isOverdue } from './statistics'

export interface SchoolReportSummary {
  school: string
  submittedAt: string | null
  summary: string
  issues: { issue: string; handling: string }[]
  incidents: string
}

/** One feedback item as the report lists it (no personal data: no name, e-mail or phone). */
export interface ReportItem {
  code: string
  receivedAt: string
  subject: string
  kind: string
  theme: string
  school: string
  /** The status's Vietnamese label. */
  status: string
  priority: boolean
  /** Why it is a priority item: the sensitive topics found, or the reason staff gave when raising it by hand. */
  priorityReason: string
  /** "Quá hạn tiếp nhận", "Sắp đến hạn trả lời (còn 1 ngày làm việc)", "Trong hạn"; '' once handled. */
  deadline: string
  /** The current deadline (acknowledgement's while "mới", else the answer's); null once handled. */
  dueAt: string | null
  overdue: boolean
  /** How it was handled, in a sentence. */
  handling: string
}

export interface DepartmentReportData {
  orgName: string
  parentBody: string
  number: string
  place: string
  date: string | null
  /** "Kính gửi". */
  recipient: string
  /** "Nơi nhận", one per line as the editor typed them. */
  distribution: string[]
  signer: { authority: string; title: string; name: string }
  narrative: string
  period: Period
  periodLabel: string
  /** The dashboard's statistics for the period's days (one function: ./statistics.ts). */
  figures: FeedbackStatistics
  /** Priority (sensitive or urgent) items received in the period, and how each was handled. */
  priorityItems: ReportItem[]
  /** Items received in the period and not yet handled, overdue first; those flagged overdue are `figures.overdue`. */
  openItems: ReportItem[]
  /** When the figures were taken (deadlines are measured at this instant). */
  generatedAt: string
  schoolCount: number
  schoolReports: SchoolReportSummary[]
  missing: SchoolRef[]
  /** What the press and social networks said in the period (./press.ts). */
  press: PressFigures
  /** The schools' urgent reports whose incident happened in the period (./urgent.ts). */
  urgent: UrgentItem[]
}

const labelOf = (list: readonly { value: string; label: string }[], v: unknown) => list.find((o) => o.value === v)?.label ?? String(v ?? '')
const idOf = (v: unknown): string =>
  v && typeof v === 'object' ? String((v as { id: unknown }).id) : v === null || v === undefined || v === '' ? '' : String(v)
const rowLabel = (rows: Row[], key: string) => rows.find((r) => r.key === key)?.label ?? ''

/** Why an item is a priority item: the topics found at receipt, else the last reason given by hand. */
function priorityReasonOf(d: Doc): string {
  if (typeof d.priorityTopics === 'string' && d.priorityTopics) return `Chủ đề nhạy cảm: ${d.priorityTopics}`
  const history = Array.isArray(d.statusHistory) ? (d.statusHistory as { kind?: string; note?: string | null }[]) : []
  const note = history.filter((h) => h.kind === 'priority' && h.note).at(-1)?.note
  return note ? String(note) : 'Đánh dấu ưu tiên'
}

/** How an item was handled, in a Vietnamese sentence (dates vi-VN). */
function handlingOf(d: Doc, deadline: string, dueAt: string | null): string {
  const answered = typeof d.answeredAt === 'string' && d.answeredAt ? `Đã trả lời ngày ${formatDate(d.answeredAt)}` : ''
  const answer = typeof d.answer === 'string' && d.answer.trim() ? `: ${d.answer.trim()}` : ''
  switch (d.status) {
    case 'da-tra-loi':
      return `${answered || 'Đã trả lời'}${answer}`
    case 'da-dong':
      return answered ? `${answered}${answer} (đã đóng)` : 'Đã đóng'
    case 'chuyen-co-quan-tham-quyen':
      return `Đã chuyển đến cơ quan có thẩm quyền: ${String(d.forwardedTo ?? '').trim() || 'chưa ghi tên cơ quan'}`
    case 'khong-xu-ly': {
      const note = typeof d.rejectNote === 'string' && d.rejectNote.trim() ? ` (${d.rejectNote.trim()})` : ''
      return `Không xử lý: ${labelOf(FEEDBACK_REJECT_REASONS, d.rejectReason)}${note}`
    }
    default:
      return `Chưa giải quyết xong (${labelOf(FEEDBACK_STATUSES, d.status).toLowerCase()})${deadline ? `; ${deadline.charAt(0).toLowerCase()}${deadline.slice(1)}` : ''}${dueAt ? `, hạn ${formatDate(dueAt)}` : ''}`
  }
}

/** The report's lists, from the very items and deadline rule the figures were computed with. */
export function reportItems(
  docs: Doc[],
  figures: FeedbackStatistics,
  now: Date,
  holidays: string[],
): { priorityItems: ReportItem[]; openItems: ReportItem[] } {
  const items = docs.map((d): ReportItem => {
    const state = deadlineStateOf(d as Parameters<typeof deadlineStateOf>[0], now, holidays)
    const deadline = deadlineLabel(state)
    const dueAt = state?.dueAt ?? null
    return {
      code: String(d.code ?? ''),
      receivedAt: String(d.receivedAt ?? ''),
      subject: String(d.subject ?? ''),
      kind: labelOf(FEEDBACK_KINDS, d.kind),
      theme: rowLabel(figures.byTheme, idOf(d.theme)),
      school: idOf(d.school) ? rowLabel(figures.bySchool, idOf(d.school)) : '',
      status: labelOf(FEEDBACK_STATUSES, d.status),
      priority: d.priority === true,
      priorityReason: d.priority === true ? priorityReasonOf(d) : '',
      deadline,
      dueAt,
      overdue: isOverdue(d, now, holidays),
      handling: handlingOf(d, deadline, dueAt),
    }
  })
  const byReceipt = (a: ReportItem, b: ReportItem) => a.receivedAt.localeCompare(b.receivedAt)
  const open = docs
    .map((d, i) => [d, items[i]] as const)
    .filter(([d]) => !CLOSED_STATUSES.includes(String(d.status)))
    .map(([, item]) => item)
  return {
    priorityItems: items.filter((i) => i.priority).sort(byReceipt),
    openItems: open.sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || byReceipt(a, b),
    ),
  }
}

/** Everything the department's report for a period shows, gathered through the Local API; deadlines measured at `now`. */
export async function departmentReportData(payload: Payload, id: number | string, now = new Date()): Promise<DepartmentReportData | null> {
  const report = await payload.findByID({ collection: 'department-reports', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!report) return null
  const period = periodOf(report)
  if (!period) return null
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const { docs } = await payload.find({
    collection: 'opinion-reports',
    where: { and: [{ periodKey: { equals: periodKey(period) } }, { state: { equals: 'da-gui' } }] },
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  const schoolReports = docs
    .map((d) => ({
      school: typeof d.school === 'object' && d.school ? d.school.name : `Trường #${d.school}`,
      submittedAt: d.submittedAt ?? null,
      summary: d.summary ?? '',
      issues: (d.issues ?? []).map((i) => ({ issue: i.issue ?? '', handling: i.handling ?? '' })),
      incidents: d.incidents ?? '',
    }))
    .sort((a, b) => a.school.localeCompare(b.school, 'vi'))
  const { totalDocs: schoolCount } = await payload.count({ collection: 'schools', overrideAccess: true })
  const { statistics: figures, docs: items, holidays } = await feedbackStatisticsWithItems(payload, periodDays(period), now)
  return {
    orgName: settings.orgName ?? '',
    parentBody: settings.parentBody ?? '',
    number: report.number ?? '',
    place: report.place ?? '',
    date: report.date ?? null,
    recipient: report.recipient ?? '',
    distribution: (report.distribution ?? '')
      .split(/\r?\n/)
      .map((line) => line.replace(/^[\s\-–—•]+/, '').trim())
      .filter(Boolean),
    signer: { authority: report.signerAuthority ?? '', title: report.signerTitle ?? '', name: report.signerName ?? '' },
    narrative: report.narrative ?? '',
    period,
    periodLabel: periodLabel(period),
    figures,
    ...reportItems(items, figures, now, holidays),
    generatedAt: now.toISOString(),
    schoolCount,
    schoolReports,
    missing: await missingSchools(payload, period),
    press: await pressFigures(payload, periodDays(period), holidays, now),
    urgent: await urgentItems(payload, periodDays(period)),
  }
}

/** "Báo cáo dư luận quý III năm 2026" – the file name (before the extension). */
export function reportFileName(data: DepartmentReportData): string {
  return `Báo cáo dư luận ${data.periodLabel}`
}

/** Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 5987 / 6266). */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
