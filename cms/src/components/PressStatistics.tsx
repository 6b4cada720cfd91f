import { CountsTable } from './CountsTable'
import type { PressFigures } from '../reports/press'
import { PRESS_SECTIONS } from '../reports/statistics-page'

/** The statistics page's section on press and social-network items published in the range (staff only: its caller checks). */
export function PressStatistics({ p }: { p: PressFigures }) {
  return (
    <section aria-labelledby="stat-press-title" style={{ marginBottom: '2.5rem' }} data-stat="press">
      <h2 id="stat-press-title">Báo chí, mạng xã hội</h2>
      <p>
        {p.total} tin được ghi nhận; {p.needingResponse} tin tiêu cực cần phản hồi, {p.overdue} tin quá hạn chưa phản hồi.{' '}
        <a href="/admin/collections/press-mentions">Danh sách tin</a>
      </p>
      {p.total > 0 ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: '1.5rem' }}>
          {PRESS_SECTIONS.map((section) => (
            <CountsTable key={section.id} data-press={section.id} caption={section.title} unit="Số tin" rows={section.rows(p)} />
          ))}
        </div>
      ) : null}
    </section>
  )
}
