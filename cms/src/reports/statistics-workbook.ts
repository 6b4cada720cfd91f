import ExcelJS from 'exceljs'
import { formatDateTime } from '@gd/shared/dates'
import { DRAFT_COMMENTS_LABEL, rangeLabel, STATISTICS_SECTIONS, type StatisticsPage } from './statistics-page'
import { bold, pressSheet, rowsOf, sheetKeyFigures, table } from './xlsx'

/**
 * The statistics page as a workbook, with the department report's own sheet writers (./xlsx.ts): sheet "Thống kê"
 * holds the key figures, the draft comments and every count table in the page's order; sheet "Báo chí, mạng xã hội"
 * the press section's counts. Nothing the page does not show.
 */
export async function statisticsWorkbook(page: StatisticsPage): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = page.orgName
  wb.created = new Date(page.generatedAt)
  const s = page.statistics

  const sheet = wb.addWorksheet('Thống kê')
  sheet.columns = [{ width: 60 }, { width: 18 }, { width: 20 }]
  if (page.orgName) sheet.addRow([page.orgName]).font = bold
  sheet.addRow([`Thống kê ý kiến người dân ${rangeLabel(s)}`]).font = bold
  sheet.addRow(['Số liệu tính đến', formatDateTime(page.generatedAt)])
  sheet.addRow([])
  sheetKeyFigures(sheet, s)
  sheet.addRow([DRAFT_COMMENTS_LABEL, s.draftComments])
  sheet.addRow([])
  for (const section of STATISTICS_SECTIONS) {
    const rows = section.rows(s)
    table(sheet, section.title, ['Nhóm', 'Số ý kiến'], rows.length ? rowsOf(rows) : [['Không có ý kiến nào trong khoảng thời gian này.']])
  }

  pressSheet(wb.addWorksheet('Báo chí, mạng xã hội'), page.press, { withItems: false })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
