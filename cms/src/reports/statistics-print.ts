import { formatDateTime } from '@gd/shared/dates'
import { esc } from './escape'
import { keyFigureTable, REPORT_STYLE, table } from './print'
import { printPage } from './print-page'
import { pressSection } from './press-print'
import { DRAFT_COMMENTS_LABEL, rangeLabel, STATISTICS_SECTIONS, type StatisticsPage } from './statistics-page'

const STYLE = `.sheet-head{text-align:center;margin-bottom:6mm}.sheet-head p{margin:0;text-indent:0;text-align:center}
.sheet-head .org{font-weight:bold;text-transform:uppercase;font-size:13pt}
h1.title{text-align:center;font-size:14pt;margin:6mm 0 1mm}.sheet-head .range{font-style:italic}`

/**
 * The statistics page as a printable page: the same key figures, count tables and press counts, in the page's order
 * and words (./statistics-page.ts), with the department report's table style (./print.ts). Charts are left out: each
 * table carries the same figures.
 */
export function statisticsHtml(page: StatisticsPage): string {
  const s = page.statistics
  const title = `Thống kê ý kiến người dân ${rangeLabel(s)}`
  const sections = STATISTICS_SECTIONS.map((section) => {
    const rows = section.rows(s)
    return `<section data-stat="${section.id}"><h2>${esc(section.title)}</h2>${
      rows.length
        ? table(`Bảng số liệu: ${section.title.toLowerCase()}`, 'Nhóm', rows)
        : '<p>Không có ý kiến nào trong khoảng thời gian này.</p>'
    }</section>`
  }).join('\n')
  return printPage({
    title: `${title}${page.orgName ? ` · ${page.orgName}` : ''}`,
    style: `${REPORT_STYLE}${STYLE}`,
    printLabel: 'In trang này',
    body: `<header class="sheet-head">
${page.orgName ? `<p class="org">${esc(page.orgName)}</p>` : ''}
<h1 class="title">THỐNG KÊ Ý KIẾN NGƯỜI DÂN</h1>
<p class="range">Ý kiến nhận ${esc(rangeLabel(s))}; số liệu tính đến ${esc(formatDateTime(page.generatedAt))}</p>
</header>
<main>
<section data-stat="summary"><h2>Tổng hợp</h2>
${keyFigureTable(s)}
<p data-stat="draft-comments">${esc(DRAFT_COMMENTS_LABEL)}: <strong>${s.draftComments}</strong></p>
</section>
${sections}
${pressSection(page.press, 'Báo chí, mạng xã hội', `thời gian ${rangeLabel(s)}`, { withItems: false })}
</main>`,
  })
}
