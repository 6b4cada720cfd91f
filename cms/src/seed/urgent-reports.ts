import type { Payload } from 'payload'
import { formatDate } from '@gd/shared/dates'
import { hanoiDay } from '@gd/shared/report-deadlines'
import { periodRange, previousQuarter } from '@gd/shared/report-periods'
import { adminDocumentPdf } from './pdf'
import { findBy, local } from './stored'
import { DEMO_USERS } from './users'

/**
 * DEMO DATA (invented incidents). Two urgent reports (báo cáo đột xuất): one filed yesterday by the demo school
 * account's school, with the minutes of the meeting with the parents attached, not yet acknowledged, so it heads the
 * editors' first screen; one from the previous quarter, acknowledged by the demo editor, so the department's report
 * for that quarter counts it. Idempotent by title.
 */
const HOUR = 3_600_000

export async function seedUrgentReports(payload: Payload, { now, count }: { now: Date; count: (k: string) => void }) {
  const school = async (name: string) => findBy(payload, 'schools', 'name', name)
  const editor = await payload.find({
    ...local,
    collection: 'users',
    where: { email: { equals: DEMO_USERS.find((u) => u.role === 'editor')!.email } },
    limit: 1,
  })

  const recent = {
    title: 'Bài đăng trên mạng xã hội phản ánh trẻ lớp Mẫu giáo nhỡ B2 bị trầy xước mặt tại lớp',
    school: 'Trường Mầm non Phú Thái',
    // yesterday at 15:30, Hà Nội time
    occurredAt: new Date(`${hanoiDay(new Date(now.getTime() - 24 * HOUR))}T15:30:00+07:00`).toISOString(),
    place: 'Lớp Mẫu giáo nhỡ B2, điểm trường chính',
    description:
      'Khoảng 15 giờ 30, trong giờ chơi tự do, cháu Nguyễn Minh K. (4 tuổi) va vào cạnh tủ đồ chơi, bị trầy xước nhẹ ở má trái. Giáo viên đã sơ cứu và báo cho gia đình khi đón cháu. Buổi tối, một tài khoản Facebook đăng ảnh vết xước kèm nội dung cho rằng cháu bị bạn cào và giáo viên không trông coi; bài viết có khoảng 300 lượt chia sẻ, nhiều bình luận gay gắt với nhà trường.',
    affected: 'Cháu Nguyễn Minh K. và gia đình; hai giáo viên lớp Mẫu giáo nhỡ B2; cha mẹ trẻ của lớp.',
    actionsTaken:
      'Ban giám hiệu trích xuất camera lớp học (cháu tự va vào cạnh tủ, không có trẻ nào cào); sáng nay đã mời gia đình xem lại camera và làm việc, có biên bản (đính kèm). Gia đình đã hiểu sự việc và gỡ bài viết. Nhà trường bọc lại cạnh tủ đồ chơi ở tất cả các lớp và nhắc giáo viên bao quát trẻ trong giờ chơi tự do.',
    socialInvolved: true,
    pressInvolved: false,
  }
  const quarter = periodRange(previousQuarter(now))
  const earlier = {
    title: 'Cành cây xà cừ trong sân trường gãy do mưa dông, không có người bị thương',
    school: 'Trường THCS Kim Xuyên',
    // five weeks into the previous quarter, mid-morning
    occurredAt: new Date(quarter.start.getTime() + 35 * 24 * HOUR + 3 * HOUR).toISOString(),
    place: 'Sân trường, khu vực trước nhà đa năng',
    description:
      'Trong cơn mưa dông lúc 10 giờ, một cành cây xà cừ đường kính khoảng 20 cm gãy, rơi xuống sân trường. Lúc đó học sinh đang học trong lớp, không có người bị thương; mái tôn nhà để xe bị móp một đoạn.',
    affected: 'Không có người bị thương; mái nhà để xe giáo viên hư hỏng nhẹ.',
    actionsTaken:
      'Nhà trường khoanh vùng, dọn cành gãy trong ngày; mời đơn vị cây xanh kiểm tra, cắt tỉa toàn bộ cây lớn trong sân trước mùa mưa bão; thông báo cho cha mẹ học sinh qua nhóm lớp.',
    socialInvolved: false,
    pressInvolved: false,
  }

  for (const [i, r] of [recent, earlier].entries()) {
    if (await findBy(payload, 'urgent-reports', 'title', r.title)) continue
    const schoolDoc = await school(r.school)
    if (!schoolDoc) continue
    const attachments: number[] = []
    if (i === 0) {
      const pdf = await adminDocumentPdf({
        agency: ['PHÒNG GD&ĐT HUYỆN KIM THÀNH', r.school.toUpperCase()],
        number: '…/BB-MNPT',
        placeAndDate: `Phú Thái, ngày ${formatDate(now)}`,
        kind: 'Biên bản',
        title: 'Làm việc với gia đình cháu Nguyễn Minh K. (lớp Mẫu giáo nhỡ B2)',
        paragraphs: [
          'Thành phần: Ban giám hiệu nhà trường, hai giáo viên lớp Mẫu giáo nhỡ B2, bố mẹ cháu Nguyễn Minh K.',
          'Nhà trường cùng gia đình xem lại hình ảnh camera lớp học lúc 15 giờ 30 ngày hôm trước: cháu tự va vào cạnh tủ đồ chơi trong giờ chơi tự do, không có trẻ nào cào cháu. Giáo viên đã sơ cứu vết trầy xước và báo cho gia đình khi đón cháu.',
          'Gia đình thống nhất với nội dung trên, cảm ơn nhà trường và tự gỡ bài viết trên mạng xã hội. Nhà trường tiếp thu ý kiến của gia đình về việc bao quát trẻ trong giờ chơi.',
          '(Văn bản minh họa của trang thử nghiệm.)',
        ],
      })
      const file = await payload.create({
        ...local,
        collection: 'report-files',
        data: { school: schoolDoc.id },
        file: { data: pdf, mimetype: 'application/pdf', name: 'bien-ban-lam-viec-voi-gia-dinh.pdf', size: pdf.length },
      })
      attachments.push(file.id)
    }
    const acknowledge = i === 1 && editor.docs[0]
    await payload.create({
      ...local,
      collection: 'urgent-reports',
      // the acknowledgement is stamped by the collection's own hook, as when an editor ticks it
      ...(acknowledge ? { user: { ...editor.docs[0], collection: 'users' as const } } : {}),
      data: {
        title: r.title,
        school: schoolDoc.id,
        occurredAt: r.occurredAt,
        place: r.place,
        description: r.description,
        affected: r.affected,
        actionsTaken: r.actionsTaken,
        socialInvolved: r.socialInvolved,
        pressInvolved: r.pressInvolved,
        attachments,
        acknowledged: Boolean(acknowledge),
        // filed this morning; the earlier one two hours after the incident
        createdAt: new Date(
          i === 0 ? Math.min(now.getTime(), Date.parse(r.occurredAt) + 18 * HOUR) : Date.parse(r.occurredAt) + 2 * HOUR,
        ).toISOString(),
      },
    })
    count('urgent-reports')
  }
}
