import { formatDate } from '@gd/shared/dates'
import type { Row } from './figures'
import type { PressFigures } from './press'
import { esc } from './escape'

function counts(caption: string, head: string, rows: Row[]) {
  const body = rows.map((r) => `<tr><td>${esc(r.label)}</td><td class="num">${r.count}</td></tr>`).join('')
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">${esc(head)}</th><th scope="col" class="num">Số tin</th></tr></thead><tbody>${body}</tbody></table>`
}

/** The printed report's section on what the press and social networks said in the period (plan IV.1). */
export function pressSection(p: PressFigures, heading: string, periodLabel: string, { withItems = true } = {}): string {
  if (p.total === 0)
    return `<section id="bao-chi"><h2>${esc(heading)}</h2><p>Trong ${esc(periodLabel)}, đơn vị không ghi nhận tin nào trên báo chí, mạng xã hội về hoạt động của ngành.</p></section>`
  const negative =
    withItems && p.negative.length
      ? `<table class="items" id="bang-tin-tieu-cuc"><caption>Tin tiêu cực và việc phản hồi, xử lý</caption><thead><tr><th scope="col">Ngày đăng</th><th scope="col">Báo, trang</th><th scope="col">Nội dung</th><th scope="col">Hạn phản hồi</th><th scope="col">Phản hồi, xử lý</th></tr></thead><tbody>${p.negative
          .map(
            (i) =>
              `<tr><td>${esc(formatDate(i.publishedAt))}</td><td>${esc(i.outlet)}</td><td>${esc(i.title)}</td><td>${i.respondBy ? esc(formatDate(i.respondBy)) : 'Không cần'}</td><td>${
                i.respondedAt ? `${esc(formatDate(i.respondedAt))}: ${esc(i.response)}` : esc(i.deadline || 'Chưa phản hồi')
              }</td></tr>`,
          )
          .join('')}</tbody></table>`
      : ''
  return `<section id="bao-chi"><h2>${esc(heading)}</h2>
<p>Trong ${esc(periodLabel)}, đơn vị ghi nhận <strong>${p.total}</strong> tin trên báo chí, mạng xã hội; <strong>${p.needingResponse}</strong> tin tiêu cực cần phản hồi, trong đó <strong>${p.overdue}</strong> tin quá hạn chưa phản hồi.</p>
${counts('Theo sắc thái', 'Sắc thái', p.byTone)}
${counts('Theo kênh', 'Kênh', p.byChannel)}
${counts('Theo chủ đề', 'Chủ đề', p.byTheme)}
${counts('Theo báo, trang', 'Báo, trang', p.byOutlet)}
${negative}
</section>`
}
