import ExcelJS from 'exceljs'
import { formatDateTime } from '@gd/shared/dates'
import type { DepartmentReportData } from './department'
import type { Row } from './figures'

const bold = { bold: true }

function table(sheet: ExcelJS.Worksheet, title: string, head: string[], rows: (string | number)[][]) {
  sheet.addRow([title]).font = bold
  sheet.addRow(head).font = bold
  for (const r of rows) sheet.addRow(r)
  sheet.addRow([])
}

const rowsOf = (rows: Row[]) => rows.map((r) => [r.label, r.count])

/** The department's report as a workbook: Tổng hợp, Theo lĩnh vực, Theo trường, Báo cáo các trường. */
export async function reportWorkbook(data: DepartmentReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = data.orgName
  wb.created = new Date()
  const f = data.figures

  const summary = wb.addWorksheet('Tổng hợp')
  summary.columns = [{ width: 48 }, { width: 16 }]
  summary.addRow([data.orgName]).font = bold
  summary.addRow([`Báo cáo tình hình dư luận xã hội ${data.periodLabel}`]).font = bold
  if (data.number) summary.addRow(['Số', data.number])
  summary.addRow([])
  summary.addRow(['Tổng số ý kiến tiếp nhận', f.total]).font = bold
  summary.addRow([])
  table(summary, 'Theo loại ý kiến', ['Loại', 'Số lượng'], rowsOf(f.byKind))
  table(summary, 'Theo trạng thái xử lý', ['Trạng thái', 'Số lượng'], rowsOf(f.byStatus))
  table(summary, 'Theo tháng', ['Tháng', 'Số lượng'], rowsOf(f.byMonth))
  if (f.byPriority) table(summary, 'Theo mức độ ưu tiên', ['Mức độ', 'Số lượng'], rowsOf(f.byPriority))
  if (f.bySource) table(summary, 'Theo nguồn tiếp nhận', ['Nguồn', 'Số lượng'], rowsOf(f.bySource))
  if (f.answered !== undefined) summary.addRow(['Số ý kiến đã trả lời', f.answered])
  table(summary, 'Báo cáo của các trường', ['', 'Số trường'], [
    ['Tổng số trường', data.schoolCount],
    ['Đã gửi báo cáo', data.schoolReports.length],
    ['Chưa gửi báo cáo', data.missing.length],
  ])
  table(summary, 'Các trường chưa gửi báo cáo', ['Trường'], data.missing.map((s) => [s.name]))

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
  return Buffer.from(await wb.xlsx.writeBuffer())
}
