import type { Payload } from 'payload'
import { type FeedbackFigures, feedbackFigures } from './figures'
import { missingSchools, type SchoolRef } from './missing'
import { type Period, periodKey, periodLabel, periodOf } from './period'

export interface SchoolReportSummary {
  school: string
  submittedAt: string | null
  summary: string
  issues: { issue: string; handling: string }[]
  incidents: string
}

export interface DepartmentReportData {
  orgName: string
  parentBody: string
  number: string
  place: string
  date: string | null
  narrative: string
  period: Period
  periodLabel: string
  figures: FeedbackFigures
  schoolCount: number
  schoolReports: SchoolReportSummary[]
  missing: SchoolRef[]
}

/** Everything the department's report for a period shows, gathered through the Local API. */
export async function departmentReportData(payload: Payload, id: number | string): Promise<DepartmentReportData | null> {
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
  return {
    orgName: settings.orgName ?? '',
    parentBody: settings.parentBody ?? '',
    number: report.number ?? '',
    place: report.place ?? '',
    date: report.date ?? null,
    narrative: report.narrative ?? '',
    period,
    periodLabel: periodLabel(period),
    figures: await feedbackFigures(payload, period),
    schoolCount,
    schoolReports,
    missing: await missingSchools(payload, period),
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
