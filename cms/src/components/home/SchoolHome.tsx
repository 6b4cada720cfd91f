import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { formatDate, formatDateTime } from '@gd/shared/dates'
import { dueForSchool, type DueReport } from '../../collections/ReportDeadlines/due'
import { schoolIdOf } from '../../utilities/schoolIdOf'
import { SchoolUrgentReports } from './SchoolUrgentReports'
import { REVIEWED_COLLECTIONS as KINDS } from '../../workflow/reviewedCollections'

const STATES = [
  { value: 'yeu-cau-chinh-sua', title: 'Được trả lại, cần chỉnh sửa' },
  { value: 'nhap', title: 'Nháp' },
  { value: 'cho-duyet', title: 'Đang chờ duyệt' },
  { value: 'da-xuat-ban', title: 'Đã xuất bản' },
  { value: 'go-xuong', title: 'Đã gỡ xuống' },
] as const

type Item = { collection: string; kind: string; id: number; title: string; state: string; note: string; at: string }

/** The school's own stories and news, latest draft of each (access applied as the school itself). */
async function ownItems(payload: Payload, user: TypedUser): Promise<Item[]> {
  const lists = await Promise.all(
    KINDS.map(async (k) => {
      const { docs } = await payload.find({
        collection: k.slug,
        where: { school: { equals: schoolIdOf(user.school) } },
        draft: true,
        depth: 0,
        limit: 100,
        sort: '-updatedAt',
        overrideAccess: false,
        user,
      })
      return docs.map((d) => ({
        collection: k.slug,
        kind: k.label,
        id: d.id,
        title: d.title,
        state: d.reviewState ?? 'nhap',
        note: d.reviewNote ?? '',
        at: d.updatedAt,
      }))
    }),
  )
  return lists.flat()
}

/** A school contributor's first screen: its own items by state (the reason beside what was returned), the report due and its urgent reports. */
export async function SchoolHome({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'school' || !user.school) return null
  const [items, dues] = await Promise.all([ownItems(payload, user), dueForSchool(payload, user, new Date())])
  return (
    <div className="role-home">
      <h1 className="role-home__title">Việc của nhà trường</h1>
      <p className="role-home__actions">
        <a className="btn btn--style-primary btn--size-medium" href="/admin/collections/exemplars/create">
          Viết gương người tốt việc tốt
        </a>
        <a className="btn btn--style-secondary btn--size-medium" href="/admin/collections/articles/create">
          Viết tin của trường
        </a>
        <a className="btn btn--style-secondary btn--size-medium" href="/admin/collections/school-disclosures/create">
          Đăng nội dung công khai
        </a>
        <a className="btn btn--style-secondary btn--size-medium" href="/admin/collections/urgent-reports/create">
          Gửi báo cáo đột xuất
        </a>
      </p>
      {dues.map((due, i) => (
        <ReportDue key={due.label} due={due} id={`school-report-title-${i}`} />
      ))}
      <SchoolUrgentReports payload={payload} user={user} />
      {STATES.map((s) => {
        const here = items.filter((i) => i.state === s.value)
        if (here.length === 0 && (s.value === 'go-xuong' || s.value === 'yeu-cau-chinh-sua')) return null
        return (
          <section key={s.value} className="role-home__panel" aria-labelledby={`school-${s.value}`} data-state={s.value}>
            <h2 id={`school-${s.value}`}>
              {s.title} ({here.length})
            </h2>
            {here.length === 0 ? (
              <p>Không có bài nào.</p>
            ) : (
              <ul className="role-home__list">
                {here.map((i) => (
                  <li key={`${i.collection}-${i.id}`}>
                    <a href={`/admin/collections/${i.collection}/${i.id}`}>{i.title}</a>{' '}
                    <span className="role-home__meta">
                      {i.kind} · sửa lúc {formatDateTime(i.at)}
                    </span>
                    {s.value === 'yeu-cau-chinh-sua' && i.note ? (
                      <blockquote className="role-home__reason">
                        <span>Lý do trả lại: </span>
                        {i.note}
                      </blockquote>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}

/** One period the school has to report on: when it is due and whether its report is sent. */
function ReportDue({ due, id }: { due: DueReport; id: string }) {
  return (
    <section className="role-home__panel" aria-labelledby={id} data-report-due={due.dueDay ?? ''}>
      <h2 id={id}>Báo cáo dư luận {due.label}</h2>
      {due.dueDay ? (
        <p>
          Hạn gửi: <strong>{formatDate(`${due.dueDay}T12:00:00+07:00`)}</strong> ({due.when})
        </p>
      ) : null}
      {due.report?.state === 'da-gui' ? (
        <p>
          Đã gửi{due.report.submittedAt ? ` lúc ${formatDateTime(due.report.submittedAt)}` : ''}.{' '}
          <a href={`/admin/collections/opinion-reports/${due.report.id}`}>Xem báo cáo</a>
        </p>
      ) : due.report ? (
        <p>
          <strong>Chưa gửi</strong> (đang là bản nháp).{' '}
          <a href={`/admin/collections/opinion-reports/${due.report.id}`}>Mở để hoàn thành và gửi</a>
        </p>
      ) : (
        <p>
          <strong>Chưa gửi.</strong> <a href="/admin/collections/opinion-reports/create">Lập báo cáo {due.label}</a>
        </p>
      )}
    </section>
  )
}
