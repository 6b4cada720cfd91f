import ExcelJS from 'exceljs'
import { formatDate, formatDateTime } from '@gd/shared/dates'
import type { DepartmentReportData, ReportItem } from './department'
import type { Row } from './figures'
import type { PressFigures } from './press'
import { PRESS_SECTIONS } from './statistics-page'
import { type FeedbackStatistics, keyFigures } from './statistics'
import { linksText } from './urgent'

export const bold = { bold: true }

/** A titled label/count table followed by an empty row. */
export function table(sheet: ExcelJS.Worksheet, title: string, head: string[], rows: (string | number)[][]) {
  sheet.addRow([title]).font = bold
  sheet.addRow(head).font = bold
  for (const r of rows) sheet.addRow(r)
  sheet.addRow([])
}

export const rowsOf = (rows: Row[]) => rows.map((r) => [r.label, r.count])

/** A sheet listing feedback items: a title row, the header, one row per item (dates vi-VN, text wrapped). */
function itemSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  empty: string,
  items: ReportItem[],
  columns: [string, number, (i: ReportItem) => string][],
) {
  const sheet = wb.addWorksheet(name)
  sheet.columns = columns.map(([, width]) => ({ width }))
  sheet.addRow([title]).font = bold
  sheet.addRow(columns.map(([h]) => h)).font = bold
  for (const i of items) sheet.addRow(columns.map(([, , v]) => v(i))).alignment = { wrapText: true, vertical: 'top' }
  if (items.length === 0) sheet.addRow([empty])
  return sheet
}

/** The dashboard's key figures as label/value rows: numbers stay numbers; an empty figure gets its words. */
export function sheetKeyFigures(sheet: ExcelJS.Worksheet, figures: FeedbackStatistics) {
  sheet.addRow(['Các chỉ số chính (ngày làm việc)', 'Giá trị', 'Ghi chú']).font = bold
  for (const k of keyFigures(figures)) {
    const row = sheet.addRow([k.label, k.value ?? k.empty, k.note])
    if (k.key === 'total') row.font = bold
    if (typeof k.value === 'number' && !Number.isInteger(k.value)) row.getCell(2).numFmt = '0.00'
  }
}

/** The schools' urgent reports of the period: one row each, then nothing more (an empty period says so). */
function urgentSheet(sheet: ExcelJS.Worksheet, data: DepartmentReportData) {
  sheet.columns = [
    { width: 18 },
    { width: 30 },
    { width: 50 },
    { width: 30 },
    { width: 40 },
    { width: 50 },
    { width: 20 },
    { width: 20 },
    { width: 36 },
  ]
  sheet.addRow([`Báo cáo đột xuất của các trường ${data.periodLabel}`, data.urgent.length]).font = bold
  sheet.addRow([
    'Thời gian xảy ra',
    'Trường',
    'Sự việc',
    'Địa điểm',
    'Đối tượng bị ảnh hưởng',
    'Nhà trường đã xử lý',
    'Báo chí, mạng xã hội',
    'Phòng nắm thông tin lúc',
    'Liên quan',
  ]).font = bold
  for (const i of data.urgent)
    sheet.addRow([
      formatDateTime(i.occurredAt),
      i.school,
      i.title,
      i.place,
      i.affected,
      i.actionsTaken,
      i.media || 'Không',
      i.acknowledgedAt ? formatDateTime(i.acknowledgedAt) : 'Chưa',
      linksText(i.links),
    ]).alignment = { wrapText: true, vertical: 'top' }
  if (data.urgent.length === 0) sheet.addRow(['Không có báo cáo đột xuất trong kỳ.'])
}

/** What the press and social networks said: counts by tone, channel, theme and outlet, then the negative items. */
export function pressSheet(sheet: ExcelJS.Worksheet, p: PressFigures, { withItems = true } = {}) {
  sheet.columns = [{ width: 14 }, { width: 30 }, { width: 60 }, { width: 14 }, { width: 60 }]
  sheet.addRow(['Tổng số tin', p.total]).font = bold
  sheet.addRow(['Tin tiêu cực cần phản hồi', p.needingResponse])
  sheet.addRow(['Quá hạn chưa phản hồi', p.overdue])
  for (const section of PRESS_SECTIONS) {
    sheet.addRow([])
    sheet.addRow([section.title, 'Số tin']).font = bold
    for (const r of section.rows(p)) sheet.addRow([r.label, r.count])
  }
  if (!withItems) return
  sheet.addRow([])
  sheet.addRow(['Ngày đăng', 'Báo, trang', 'Tin tiêu cực', 'Hạn phản hồi', 'Phản hồi, xử lý']).font = bold
  for (const i of p.negative)
    sheet.addRow([
      formatDate(i.publishedAt),
      i.outlet,
      i.title,
      i.respondBy ? formatDate(i.respondBy) : 'Không cần',
      i.respondedAt ? `${formatDate(i.respondedAt)}: ${i.response}` : i.deadline || 'Chưa phản hồi',
    ]).alignment = { wrapText: true, vertical: 'top' }
}

/**
 * The department's report as a workbook: Tổng hợp (counts and the dashboard's key figures), Theo lĩnh vực, Theo trường,
 * Ý kiến ưu tiên (and how each was handled), Chưa giải quyết xong (open and overdue), Báo cáo các trường.
 */
export async function reportWorkbook(data: DepartmentReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = data.orgName
  wb.created = new Date()
  const f = data.figures

  const summary = wb.addWorksheet('Tổng hợp')
  summary.columns = [{ width: 60 }, { width: 18 }, { width: 20 }]
  summary.addRow([data.orgName]).font = bold
  summary.addRow([`Báo cáo tình hình dư luận xã hội ${data.periodLabel}`]).font = bold
  if (data.number) summary.addRow(['Số', data.number])
  summary.addRow([])
  summary.addRow(['Số liệu tính đến', formatDateTime(data.generatedAt)])
  summary.addRow([])
  sheetKeyFigures(summary, data.figures)
  summary.addRow([])
  table(summary, 'Theo loại ý kiến', ['Loại', 'Số lượng'], rowsOf(f.byKind))
  table(summary, 'Theo trạng thái xử lý', ['Trạng thái', 'Số lượng'], rowsOf(f.byStatus))
  table(summary, 'Theo tháng', ['Tháng', 'Số lượng'], rowsOf(f.byMonth))
  table(summary, 'Theo mức độ ưu tiên', ['Mức độ', 'Số lượng'], rowsOf(f.byPriority))
  table(summary, 'Theo kênh tiếp nhận', ['Kênh', 'Số lượng'], rowsOf(f.bySource))
  table(summary, 'Theo đối tượng gửi ý kiến', ['Đối tượng', 'Số lượng'], rowsOf(f.bySenderGroup))
  table(summary, 'Góp ý cho dự thảo (tính riêng)', ['', 'Số lượng'], [['Số ý kiến góp ý dự thảo', f.draftComments]])
  table(
    summary,
    'Ý kiến ưu tiên và chưa giải quyết xong',
    ['', 'Số lượng'],
    [
      ['Số ý kiến ưu tiên', data.priorityItems.length],
      ['Số ý kiến chưa giải quyết xong', data.openItems.length],
    ],
  )
  table(
    summary,
    'Báo cáo của các trường',
    ['', 'Số trường'],
    [
      ['Tổng số trường', data.schoolCount],
      ['Đã gửi báo cáo', data.schoolReports.length],
      ['Chưa gửi báo cáo', data.missing.length],
    ],
  )
  table(
    summary,
    'Các trường chưa gửi báo cáo',
    ['Trường'],
    data.missing.map((s) => [s.name]),
  )

  const byTheme = wb.addWorksheet('Theo lĩnh vực')
  byTheme.columns = [{ width: 56 }, { width: 16 }]
  byTheme.addRow(['Lĩnh vực', 'Số ý kiến']).font = bold
  for (const r of f.byTheme) byTheme.addRow([r.label, r.count])
  byTheme.addRow(['Tổng cộng', f.total]).font = bold

  const bySchool = wb.addWorksheet('Theo trường')
  bySchool.columns = [{ width: 48 }, { width: 16 }]
  bySchool.addRow(['Trường', 'Số ý kiến']).font = bold
  for (const r of f.bySchool) bySchool.addRow([r.label, r.count])
  bySchool.addRow(['Tổng cộng', f.total]).font = bold

  itemSheet(
    wb,
    'Ý kiến ưu tiên',
    'Ý kiến ưu tiên (nhạy cảm, khẩn cấp) và kết quả xử lý',
    'Trong kỳ không có ý kiến nào được đánh dấu ưu tiên.',
    data.priorityItems,
    [
      ['Mã', 16, (i) => i.code],
      ['Ngày nhận', 12, (i) => formatDate(i.receivedAt)],
      ['Nội dung', 40, (i) => i.subject],
      ['Lĩnh vực', 28, (i) => i.theme],
      ['Trường', 28, (i) => i.school],
      ['Lý do ưu tiên', 36, (i) => i.priorityReason],
      ['Trạng thái', 18, (i) => i.status],
      ['Kết quả xử lý', 60, (i) => i.handling],
    ],
  )
  itemSheet(
    wb,
    'Chưa giải quyết xong',
    'Ý kiến nhận trong kỳ chưa giải quyết xong (quá hạn trước)',
    'Tất cả ý kiến nhận trong kỳ đã được giải quyết.',
    data.openItems,
    [
      ['Mã', 16, (i) => i.code],
      ['Ngày nhận', 12, (i) => formatDate(i.receivedAt)],
      ['Nội dung', 40, (i) => i.subject],
      ['Trạng thái', 18, (i) => i.status],
      ['Hạn', 12, (i) => (i.dueAt ? formatDate(i.dueAt) : '')],
      ['Tình trạng thời hạn', 34, (i) => i.deadline],
      ['Ưu tiên', 10, (i) => (i.priority ? 'Có' : '')],
      ['Lĩnh vực', 28, (i) => i.theme],
      ['Trường', 28, (i) => i.school],
    ],
  )

  const reports = wb.addWorksheet('Báo cáo các trường')
  reports.columns = [{ width: 36 }, { width: 18 }, { width: 60 }, { width: 60 }, { width: 40 }]
  reports.addRow(['Trường', 'Gửi lúc', 'Tình hình dư luận', 'Vấn đề nổi bật và kết quả xử lý', 'Vấn đề đột xuất']).font = bold
  for (const r of data.schoolReports) {
    const row = reports.addRow([
      r.school,
      r.submittedAt ? formatDateTime(r.submittedAt) : '',
      r.summary,
      r.issues.map((i) => `${i.issue}${i.handling ? ` — ${i.handling}` : ''}`).join('\n'),
      r.incidents,
    ])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  for (const s of data.missing) reports.addRow([s.name, 'Chưa gửi'])
  pressSheet(wb.addWorksheet('Báo chí, mạng xã hội'), data.press)
  urgentSheet(wb.addWorksheet('Báo cáo đột xuất'), data)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
