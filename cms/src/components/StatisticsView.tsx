import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { isStaffUser } from '../access/isStaff'
import { CountsTable } from './CountsTable'
import { PressStatistics } from './PressStatistics'
import { defaultRange, type FeedbackStatistics, formatKeyFigure, keyFigures, rangeProblem, type Row } from '../reports/statistics'
import { DRAFT_COMMENTS_LABEL, KEY_FIGURES_CAPTION, STATISTICS_SECTIONS, statisticsPage, viDay } from '../reports/statistics-page'
import { StatisticsChart } from './StatisticsCharts'

function Section({ id, title, rows, kind = 'bar' }: { id: string; title: string; rows: Row[]; kind?: 'bar' | 'line' }) {
  return (
    <section aria-labelledby={`${id}-title`} style={{ marginBottom: '2.5rem' }} data-stat={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p>Không có ý kiến nào trong khoảng thời gian này.</p>
      ) : (
        <StatisticsChart rows={rows.map((r) => ({ label: r.label, count: r.count }))} kind={kind} title={title} />
      )}
      {rows.length > 0 ? (
        <CountsTable aria-describedby={`${id}-title`} caption={`Bảng số liệu: ${title.toLowerCase()}`} unit="Số ý kiến" rows={rows} />
      ) : null}
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
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{KEY_FIGURES_CAPTION}</caption>
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
          {DRAFT_COMMENTS_LABEL}: {s.draftComments}
        </p>
      </section>
      {STATISTICS_SECTIONS.map((section) => (
        <Section key={section.id} id={section.id} title={section.title} rows={section.rows(s)} kind={section.kind} />
      ))}
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
  const page = staff && !problem ? await statisticsPage(req.payload, { from, to }) : null
  const stats = page?.statistics
  const range = new URLSearchParams({ from, to }).toString()
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
            {page && stats ? (
              <>
                <div className="statistics-head">
                  <p>
                    Ý kiến nhận từ {viDay(stats.from)} đến {viDay(stats.to)}.
                  </p>
                  {/* the same range's figures, exactly as below (reports/statistics-page.ts) */}
                  <p className="role-home__actions statistics-exports">
                    <a className="btn btn--style-primary btn--size-medium" href={`/api/feedback/thong-ke/excel?${range}`} download>
                      Tải Excel
                    </a>
                    <a
                      className="btn btn--style-secondary btn--size-medium"
                      href={`/api/feedback/thong-ke/ban-in?${range}`}
                      target="_blank"
                      rel="noopener"
                    >
                      Xem bản in
                    </a>
                  </p>
                </div>
                <Body s={stats} />
                <PressStatistics p={page.press} />
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
