import type { Payload } from 'payload'
import { feedbackSettings } from '../globals/SiteSettings/feedbackSettings'
import type { Row } from '../reports/figures'
import { pressFigures } from '../reports/press'

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
export async function PressStatistics({ payload, from, to }: { payload: Payload; from: string; to: string }) {
  const { holidays } = await feedbackSettings(payload)
  const p = await pressFigures(payload, { from, to }, holidays)
  return (
    <section aria-labelledby="stat-press-title" style={{ marginBottom: '2.5rem' }} data-stat="press">
      <h2 id="stat-press-title">Báo chí, mạng xã hội</h2>
      <p>
        {p.total} tin được ghi nhận; {p.needingResponse} tin tiêu cực cần phản hồi, {p.overdue} tin quá hạn chưa phản hồi.{' '}
        <a href="/admin/collections/press-mentions">Danh sách tin</a>
      </p>
      {p.total > 0 ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: '1.5rem' }}>
          <Counts id="tone" caption="Theo sắc thái" rows={p.byTone} />
          <Counts id="channel" caption="Theo kênh" rows={p.byChannel} />
          <Counts id="theme" caption="Theo chủ đề" rows={p.byTheme} />
          <Counts id="outlet" caption="Theo báo, trang" rows={p.byOutlet} />
        </div>
      ) : null}
    </section>
  )
}
