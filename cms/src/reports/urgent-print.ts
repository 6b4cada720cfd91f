import { formatDateTime } from '@gd/shared/dates'
import { esc } from './escape'
import { linksText, type UrgentItem } from './urgent'

/** The printed report's section on the schools' urgent reports (báo cáo đột xuất) of the period. */
export function urgentSection(items: UrgentItem[], heading: string, periodLabel: string): string {
  if (items.length === 0)
    return `<section id="dot-xuat"><h2>${esc(heading)}</h2><p>Trong ${esc(periodLabel)}, không có trường nào gửi báo cáo đột xuất.</p></section>`
  const rows = items
    .map(
      (i) =>
        `<tr><td>${esc(formatDateTime(i.occurredAt))}</td><td>${esc(i.school)}</td><td>${esc(i.title)}<br><em>Địa điểm:</em> ${esc(i.place)}${
          i.affected ? `<br><em>Ảnh hưởng:</em> ${esc(i.affected)}` : ''
        }</td><td>${esc(i.actionsTaken)}</td><td>${esc(i.media || 'Không')}</td><td>${
          i.acknowledgedAt ? `Đã nắm thông tin lúc ${esc(formatDateTime(i.acknowledgedAt))}` : 'Chưa nắm thông tin'
        }${linksText(i.links) ? `; liên quan: ${esc(linksText(i.links))}` : ''}</td></tr>`,
    )
    .join('')
  return `<section id="dot-xuat"><h2>${esc(heading)}</h2>
<p>Trong ${esc(periodLabel)}, các trường gửi <strong>${items.length}</strong> báo cáo đột xuất; <strong>${items.filter((i) => i.media).length}</strong> sự việc có trên báo chí, mạng xã hội.</p>
<table class="items" id="bang-dot-xuat"><caption>Báo cáo đột xuất của các trường</caption><thead><tr><th scope="col">Thời gian xảy ra</th><th scope="col">Trường</th><th scope="col">Sự việc</th><th scope="col">Nhà trường đã xử lý</th><th scope="col">Báo chí, mạng xã hội</th><th scope="col">Phòng</th></tr></thead><tbody>${rows}</tbody></table>
</section>`
}
