import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { isStaffUser } from '../access/isStaff'
import { PressStatistics } from './PressStatistics'
import {
  defaultRange,
  feedbackStatistics,
  type FeedbackStatistics,
  formatKeyFigure,
  keyFigures,
  rangeProblem,
  type Row,
} from '../reports/statistics'
import { StatisticsChart } from './StatisticsCharts'

const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

function Table({ id, caption, rows }: { id: string; caption: string; rows: Row[] }) {
  return (
    <table className="table" aria-describedby={`${id}-title`} style={{ marginTop: '0.75rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nhóm</th>
          <th scope="col">Số ý kiến</th>
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

function Section({ id, title, rows, kind = 'bar' }: { id: string; title: string; rows: Row[]; kind?: 'bar' | 'line' }) {
  return (
    <section aria-labelledby={`${id}-title`} style={{ marginBottom: '2.5rem' }} data-stat={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p>Không có ý kiến nào trong khoảng thời gian này.</p>
      ) : (
        <StatisticsChart rows={rows.map((r) => ({ label: r.label, count: r.count }))} kind={kind} title={title} />
      )}
      {rows.length > 0 ? <Table id={id} caption={`Bảng số liệu: ${title.toLowerCase()}`} rows={rows} /> : null}
    </section>
  )
}

function Body({ s }: { s: FeedbackStatistics }) {
  // the same key figures, labels and order as the department's printed report and its XLSX
  const summary: [string, string][] = keyFigures(s).map((f) => [f.label, formatKeyFigure(f)])
  return (
    <>
      <section aria-labelledby="stat-summary-title" style={{ marginBottom: '2rem' }} data-stat="summary">
        <h2 id="stat-summary-title">Tổng hợp</h2>
        <table className="table">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>
            Các chỉ số chính (ngày làm việc: không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ trong Cấu hình trang)
          </caption>
          <tbody>
            {summary.map(([k, v]) => (
              <tr key={k}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                  {k}
                </th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-stat="draft-comments">
          Góp ý cho dự thảo lấy ý kiến (tính riêng, không thuộc các số liệu trên; được giải trình, tiếp thu bằng bản tổng hợp):{' '}
          {s.draftComments}
        </p>
      </section>
      <Section id="stat-month" title="Số ý kiến theo tháng" rows={s.byMonth} kind="line" />
      <Section id="stat-theme" title="Số ý kiến theo lĩnh vực" rows={s.byTheme} />
      <Section id="stat-kind" title="Số ý kiến theo loại" rows={s.byKind} />
      <Section id="stat-source" title="Số ý kiến theo kênh tiếp nhận" rows={s.bySource} />
      <Section id="stat-sender-group" title="Số ý kiến theo đối tượng gửi" rows={s.bySenderGroup} />
      <Section id="stat-status" title="Số ý kiến theo trạng thái" rows={s.byStatus} />
      <Section id="stat-school" title="Số ý kiến theo trường" rows={s.bySchool} />
    </>
  )
}

/** /admin/thong-ke: the feedback statistics dashboard, for editors and admins only (checked here, on the server). */
export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  const staff = isStaffUser(user as { role?: string } | null)
  const q = (k: string) => {
    const v = searchParams?.[k]
    return typeof v === 'string' && v ? v : undefined
  }
  const d = defaultRange()
  const from = q('from') ?? d.from
  const to = q('to') ?? d.to
  const problem = staff ? rangeProblem(from, to) : null
  const stats = staff && !problem ? await feedbackStatistics(req.payload, { from, to }) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingTop: '2rem', paddingBottom: '3rem' }}>
        <h1>Thống kê ý kiến người dân</h1>
        {!staff ? (
          <p role="alert">Chỉ cán bộ của Phòng (biên tập viên, quản trị) được xem thống kê ý kiến.</p>
        ) : (
          <>
            <form
              method="get"
              action="/admin/thong-ke"
              style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', margin: '1rem 0 2rem' }}
            >
              <label>
                Từ ngày <input type="date" name="from" defaultValue={from} required />
              </label>
              <label>
                Đến ngày <input type="date" name="to" defaultValue={to} required />
              </label>
              <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
                Xem thống kê
              </button>
            </form>
            {problem ? <p role="alert">{problem}</p> : null}
            {stats ? (
              <>
                <p>
                  Ý kiến nhận từ {viDate(stats.from)} đến {viDate(stats.to)}.
                </p>
                <Body s={stats} />
                <PressStatistics payload={req.payload} from={stats.from} to={stats.to} />
              </>
            ) : null}
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}

/** A link to the statistics from the admin's first screen, for staff. */
export function StatisticsLink({ user }: { user?: { role?: string | null } | null }) {
  if (!isStaffUser(user)) return null
  return (
    <p style={{ marginBottom: '1.5rem' }}>
      <a href="/admin/thong-ke">
        <strong>Thống kê ý kiến người dân</strong>
      </a>{' '}
      — số lượng theo tháng, lĩnh vực, loại, kênh, trạng thái, trường; thời gian xử lý; quá hạn; mức độ hài lòng.
    </p>
  )
}
