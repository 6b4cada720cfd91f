import { formatDate, formatDateTime, TIME_ZONE } from '@gd/shared/dates'
import type { DepartmentReportData, ReportItem } from './department'
import type { Row } from './figures'
import { type FeedbackStatistics, formatKeyFigure, keyFigures } from './statistics'
import { pressSection } from './press-print'
import { urgentSection } from './urgent-print'
import { esc } from './escape'
import { type DocumentFrame, documentFoot, documentHead } from './administrative-format'
import { printPage } from './print-page'

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n')

/** "Kim Thành, ngày 05 tháng 10 năm 2026" (dots when the date is not set yet). */
export function placeAndDate(place: string, date: string | null): string {
  const where = place ? `${place}, ` : ''
  if (!date) return `${where}ngày … tháng … năm …`
  const parts = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).formatToParts(
    new Date(date),
  )
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${where}ngày ${get('day')} tháng ${get('month')} năm ${get('year')}`
}

/** A label/count table, with its total in the foot when given. */
export function table(caption: string, head: string, rows: Row[], total?: number) {
  const body = rows.map((r) => `<tr><td>${esc(r.label)}</td><td class="num">${r.count}</td></tr>`).join('')
  const foot = total === undefined ? '' : `<tfoot><tr><th scope="row">Tổng cộng</th><td class="num">${total}</td></tr></tfoot>`
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">${esc(head)}</th><th scope="col" class="num">Số ý kiến</th></tr></thead><tbody>${body}</tbody>${foot}</table>`
}

/** The dashboard's key figures, in its order and words. */
export function keyFigureTable(figures: FeedbackStatistics) {
  const body = keyFigures(figures)
    .map((k) => `<tr data-figure="${k.key}"><th scope="row">${esc(k.label)}</th><td class="num">${esc(formatKeyFigure(k))}</td></tr>`)
    .join('')
  return `<table class="key"><caption>Các chỉ số chính (ngày làm việc: không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ)</caption><tbody>${body}</tbody></table>`
}

function itemTable(caption: string, id: string, items: ReportItem[], columns: [string, (i: ReportItem) => string][]) {
  const head = columns.map(([h]) => `<th scope="col">${esc(h)}</th>`).join('')
  const body = items.map((i) => `<tr data-code="${esc(i.code)}">${columns.map(([, v]) => `<td>${esc(v(i))}</td>`).join('')}</tr>`).join('')
  return `<table class="items" id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

const where = (i: ReportItem) => [i.theme, i.school].filter(Boolean).join('; ') || '—'

/** The report's own parts (also the statistics' printable page); the document's frame is ./administrative-format.ts. */
export const REPORT_STYLE = `
main h2{font-size:14pt;margin:1.2rem 0 .4rem}main h3{font-size:14pt;font-style:italic;margin:.8rem 0 .3rem}
main p{text-align:left;margin:.3rem 0;text-indent:1cm}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:13pt;page-break-inside:avoid}
caption{font-weight:bold;text-align:left;padding:.2rem 0}th,td{border:1px solid #000;padding:.2rem .4rem;text-align:left;vertical-align:top}
.num{text-align:right;width:8rem}.key .num{width:11rem}.items{font-size:11pt;page-break-inside:auto}.items tr{page-break-inside:avoid}
.actions{margin:0 0 1rem}
@media screen and (max-width:640px){.num,.key .num{width:auto}table{font-size:11pt}}
@media print{main p{text-align:justify}.actions{display:none}a{color:#000;text-decoration:none}h2,h3{page-break-after:avoid}}
`

/** The department's report as a printable page in the Vietnamese administrative style (Nghị định 30/2020/NĐ-CP layout). */
export function reportHtml(data: DepartmentReportData): string {
  const f = data.figures
  const frame: DocumentFrame = {
    parentBody: data.parentBody,
    orgName: data.orgName,
    number: data.number,
    placeAndDate: placeAndDate(data.place, data.date),
    kind: 'BÁO CÁO',
    summary: `Tình hình dư luận xã hội về hoạt động giáo dục và đào tạo ${data.periodLabel}`,
    recipient: data.recipient,
    distribution: data.distribution,
    signer: data.signer,
  }
  const schools = data.schoolReports
    .map(
      (r) =>
        `<section><h3>${esc(r.school)}${r.submittedAt ? ` (gửi lúc ${esc(formatDateTime(r.submittedAt))})` : ''}</h3>${paragraphs(r.summary)}${
          r.issues.length
            ? `<ul>${r.issues.map((i) => `<li>${esc(i.issue)}${i.handling ? ` — <em>Xử lý:</em> ${esc(i.handling)}` : ''}</li>`).join('')}</ul>`
            : ''
        }${r.incidents ? `<p><em>Vấn đề đột xuất:</em> ${esc(r.incidents)}</p>` : ''}</section>`,
    )
    .join('\n')
  return printPage({
    title: `Báo cáo tình hình dư luận xã hội ${data.periodLabel} · ${data.orgName}`,
    style: REPORT_STYLE,
    printLabel: 'In báo cáo',
    body: `${documentHead(frame)}
<main>
${data.narrative ? `<section><h2>I. Đánh giá chung</h2>${paragraphs(data.narrative)}</section>` : ''}
<section>
<h2>II. Kết quả tiếp nhận ý kiến của người dân</h2>
<p>Trong ${esc(data.periodLabel)}, đơn vị tiếp nhận <strong>${f.total}</strong> ý kiến (số liệu tính đến ${esc(formatDateTime(data.generatedAt))}).</p>
${keyFigureTable(data.figures)}
${table('Theo loại ý kiến', 'Loại ý kiến', f.byKind, f.total)}
${table('Theo trạng thái xử lý', 'Trạng thái', f.byStatus, f.total)}
${table('Theo lĩnh vực', 'Lĩnh vực', f.byTheme, f.total)}
${table('Theo trường', 'Trường', f.bySchool, f.total)}
${table('Theo tháng', 'Tháng', f.byMonth, f.total)}
${table('Theo mức độ ưu tiên', 'Mức độ', f.byPriority, f.total)}
${table('Theo kênh tiếp nhận', 'Kênh', f.bySource, f.total)}
${table('Theo đối tượng gửi ý kiến', 'Đối tượng', f.bySenderGroup, f.total)}
<p>Ngoài ra, đơn vị nhận <strong>${f.draftComments}</strong> ý kiến góp ý cho dự thảo lấy ý kiến (tính riêng, tổng hợp và giải trình trên trang của từng dự thảo).</p>
</section>
<section id="uu-tien">
<h2>III. Ý kiến ưu tiên (nhạy cảm, khẩn cấp) và kết quả xử lý</h2>
${
  data.priorityItems.length
    ? `<p>Trong kỳ có <strong>${data.priorityItems.length}</strong> ý kiến được đánh dấu ưu tiên (cảnh báo sớm).</p>
${itemTable('Danh sách ý kiến ưu tiên', 'bang-uu-tien', data.priorityItems, [
  ['Mã', (i) => i.code],
  ['Ngày nhận', (i) => formatDate(i.receivedAt)],
  ['Nội dung', (i) => i.subject],
  ['Lĩnh vực; trường', where],
  ['Lý do ưu tiên', (i) => i.priorityReason],
  ['Trạng thái', (i) => i.status],
  ['Kết quả xử lý', (i) => i.handling],
])}`
    : '<p>Trong kỳ không có ý kiến nào được đánh dấu ưu tiên.</p>'
}
</section>
<section id="chua-xu-ly">
<h2>IV. Ý kiến chưa giải quyết xong và quá hạn</h2>
${
  data.openItems.length
    ? `<p>Còn <strong>${data.openItems.length}</strong> ý kiến nhận trong kỳ chưa giải quyết xong, trong đó <strong>${data.figures.overdue}</strong> ý kiến quá hạn.</p>
${itemTable('Danh sách ý kiến chưa giải quyết xong', 'bang-chua-xu-ly', data.openItems, [
  ['Mã', (i) => i.code],
  ['Ngày nhận', (i) => formatDate(i.receivedAt)],
  ['Nội dung', (i) => i.subject],
  ['Trạng thái', (i) => i.status],
  ['Hạn', (i) => (i.dueAt ? formatDate(i.dueAt) : '—')],
  ['Tình trạng thời hạn', (i) => i.deadline],
  ['Ưu tiên', (i) => (i.priority ? 'Có' : '')],
])}`
    : '<p>Tất cả ý kiến nhận trong kỳ đã được giải quyết.</p>'
}
</section>
<section>
<h2>V. Báo cáo của các trường</h2>
<p>${data.schoolReports.length}/${data.schoolCount} trường đã gửi báo cáo; ${data.missing.length} trường chưa gửi.</p>
${schools}
${data.missing.length ? `<h3>Các trường chưa gửi báo cáo</h3><ul>${data.missing.map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul>` : ''}
</section>
${pressSection(data.press, 'VI. Thông tin trên báo chí, mạng xã hội', data.periodLabel)}
${urgentSection(data.urgent, 'VII. Sự việc đột xuất do các trường báo cáo', data.periodLabel)}
<p class="closing">Trên đây là báo cáo tình hình dư luận xã hội về hoạt động giáo dục và đào tạo ${esc(data.periodLabel)} của ${esc(data.orgName)}./.</p>
</main>
${documentFoot(frame)}`,
  })
}
