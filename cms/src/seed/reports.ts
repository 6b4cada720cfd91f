import type { Payload } from 'payload'
import { periodKey, periodLabel, previousQuarter } from '@gd/shared/report-periods'

/**
 * DEMO DATA. Opinion reports of a few demo schools for the previous quarter (the others have not filed, so the
 * "who has not filed" list has something to show) and a draft of the department's report. Idempotent.
 */
const SCHOOL_REPORTS = [
  {
    summary:
      'Cha mẹ học sinh đồng tình với việc tổ chức dạy học hai buổi/ngày và các hoạt động trải nghiệm. Một số ý kiến quan tâm đến khoản thu đầu năm học và việc đưa đón học sinh giờ tan trường.',
    issues: [
      {
        issue: 'Phụ huynh hỏi về các khoản thu đầu năm học.',
        handling: 'Nhà trường công khai các khoản thu tại họp cha mẹ học sinh và trên bảng tin; đã trả lời trực tiếp 3 phụ huynh.',
      },
    ],
    incidents: '',
    state: 'da-gui',
  },
  {
    summary:
      'Dư luận đánh giá tích cực phong trào thi đua "Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập"; không có ý kiến phản ánh tiêu cực.',
    issues: [],
    incidents: '',
    state: 'da-gui',
  },
  {
    summary: 'Một số phụ huynh phản ánh tình trạng ùn tắc trước cổng trường vào giờ tan học.',
    issues: [
      {
        issue: 'Ùn tắc giao thông trước cổng trường.',
        handling: 'Phối hợp Công an xã phân luồng vào giờ cao điểm; bố trí giáo viên trực cổng.',
      },
    ],
    incidents: 'Không có.',
    state: 'nhap',
  },
] as const

export async function seedReports(payload: Payload, { now, count }: { now: Date; count: (k: string) => void }) {
  const period = previousQuarter(now)
  const key = periodKey(period)
  const schools = (
    await payload.find({
      collection: 'schools',
      where: { demo: { equals: true } },
      sort: 'name',
      limit: SCHOOL_REPORTS.length,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  for (const [i, school] of schools.entries()) {
    const { totalDocs } = await payload.count({
      collection: 'opinion-reports',
      where: { and: [{ school: { equals: school.id } }, { periodKey: { equals: key } }] },
      overrideAccess: true,
    })
    if (totalDocs) continue
    const r = SCHOOL_REPORTS[i]
    await payload.create({
      collection: 'opinion-reports',
      overrideAccess: true,
      depth: 0,
      data: {
        school: school.id,
        ...period,
        summary: r.summary,
        issues: r.issues.map((x) => ({ ...x })),
        incidents: r.incidents,
        state: r.state,
      },
    })
    count('opinion-reports')
  }
  const { totalDocs } = await payload.count({
    collection: 'department-reports',
    where: { periodKey: { equals: key } },
    overrideAccess: true,
  })
  if (!totalDocs) {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    // signed by a deputy head on the head's behalf (KT. TRƯỞNG PHÒNG, the field's default), the first on the organisation page
    const { leaders } = await payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true })
    const deputy = (leaders ?? []).find((x) => /^phó trưởng phòng/i.test(x.position ?? ''))
    await payload.create({
      collection: 'department-reports',
      overrideAccess: true,
      depth: 0,
      data: {
        ...period,
        number: '…/BC-PGDĐT',
        place: settings.orgName?.match(/huyện (.+)$/)?.[1] ?? '',
        signerName: deputy?.name ?? '',
        narrative: `Trong ${periodLabel(period)}, dư luận xã hội cơ bản đồng thuận với các chủ trương, hoạt động của ngành. (Bản nháp minh họa: cán bộ tổng hợp bổ sung đánh giá, kết quả xử lý và kiến nghị.)`,
      },
    })
    count('department-reports')
  }
}
