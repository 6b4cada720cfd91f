import type { Payload } from 'payload'
import { feedbackSettings } from '../globals/SiteSettings/feedbackSettings'
import type { Row } from './figures'
import { type PressFigures, pressFigures } from './press'
import { feedbackStatistics, type FeedbackStatistics } from './statistics'

/**
 * What the statistics page (/admin/thong-ke) shows for a range of days, once: the page, its Excel workbook and its
 * printable page all read it, so an export is exactly what is on screen.
 */
export interface StatisticsPage {
  orgName: string
  statistics: FeedbackStatistics
  press: PressFigures
  generatedAt: string
}

/** The page's count sections, in its order: id (the page's `data-stat`), title, rows, chart kind. */
export const STATISTICS_SECTIONS: { id: string; title: string; rows: (s: FeedbackStatistics) => Row[]; kind: 'bar' | 'line' }[] = [
  { id: 'stat-month', title: 'Số ý kiến theo tháng', rows: (s) => s.byMonth, kind: 'line' },
  { id: 'stat-theme', title: 'Số ý kiến theo lĩnh vực', rows: (s) => s.byTheme, kind: 'bar' },
  { id: 'stat-kind', title: 'Số ý kiến theo loại', rows: (s) => s.byKind, kind: 'bar' },
  { id: 'stat-source', title: 'Số ý kiến theo kênh tiếp nhận', rows: (s) => s.bySource, kind: 'bar' },
  { id: 'stat-sender-group', title: 'Số ý kiến theo đối tượng gửi', rows: (s) => s.bySenderGroup, kind: 'bar' },
  { id: 'stat-status', title: 'Số ý kiến theo trạng thái', rows: (s) => s.byStatus, kind: 'bar' },
  { id: 'stat-school', title: 'Số ý kiến theo trường', rows: (s) => s.bySchool, kind: 'bar' },
]

/** The press section's count tables, in the page's order. */
export const PRESS_SECTIONS: { id: string; title: string; rows: (p: PressFigures) => Row[] }[] = [
  { id: 'tone', title: 'Theo sắc thái', rows: (p) => p.byTone },
  { id: 'channel', title: 'Theo kênh', rows: (p) => p.byChannel },
  { id: 'theme', title: 'Theo chủ đề', rows: (p) => p.byTheme },
  { id: 'outlet', title: 'Theo báo, trang', rows: (p) => p.byOutlet },
]

export const DRAFT_COMMENTS_LABEL =
  'Góp ý cho dự thảo lấy ý kiến (tính riêng, không thuộc các số liệu trên; được giải trình, tiếp thu bằng bản tổng hợp)'

export const KEY_FIGURES_CAPTION = 'Các chỉ số chính (ngày làm việc: không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ trong Cấu hình trang)'

/** The range's figures, through the Local API (the caller has checked the range and that the reader is staff). */
export async function statisticsPage(payload: Payload, range: { from: string; to: string }, now = new Date()): Promise<StatisticsPage> {
  const settings = await feedbackSettings(payload)
  return {
    orgName: settings.orgName,
    statistics: await feedbackStatistics(payload, range, now),
    press: await pressFigures(payload, range, settings.holidays, now),
    generatedAt: now.toISOString(),
  }
}

/** "01/12/2025" from "2025-12-01". */
export const viDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

/** "từ 01/12/2025 đến 30/11/2026". */
export const rangeLabel = (s: { from: string; to: string }) => `từ ${viDay(s.from)} đến ${viDay(s.to)}`

/** "Thống kê ý kiến người dân 01-12-2025 đến 30-11-2026" – the exports' file name (before the extension). */
export const statisticsFileName = (s: { from: string; to: string }) =>
  `Thống kê ý kiến người dân ${viDay(s.from).replace(/\//g, '-')} đến ${viDay(s.to).replace(/\//g, '-')}`
