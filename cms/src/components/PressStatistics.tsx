import type { Row } from '../reports/figures'
import type { PressFigures } from '../reports/press'
import { PRESS_SECTIONS } from '../reports/statistics-page'

function Counts({ id, caption, rows }: { id: string; caption: string; rows: Row[] }) {
  return (
    <table className="table" data-press={id} style={{ marginTop: '0.75rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nhóm</th>
          <th scope="col">Số tin</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={{ fontWeight: 'normal', textAlign: 'left' }}>
              {r.label}
            </th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

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
            <Counts key={section.id} id={section.id} caption={section.title} rows={section.rows(p)} />
          ))}
        </div>
      ) : null}
    </section>
  )
}
