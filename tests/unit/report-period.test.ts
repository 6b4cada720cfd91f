import { describe, expect, it } from 'vitest'
import { contentDisposition, type DepartmentReportData, type ReportItem } from '../../cms/src/reports/department'
import {
  monthOf,
  monthsOf,
  periodDays,
  periodKey,
  periodLabel,
  periodProblem,
  periodRange,
  previousQuarter,
} from '@gd/shared/report-periods'
import { placeAndDate, reportHtml } from '../../cms/src/reports/print'

describe('reporting periods', () => {
  it("as the statistics' Hà Nội days, both ends included", () => {
    expect(periodDays({ periodType: 'thang', year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(periodDays({ periodType: 'quy', year: 2025, quarter: 2 })).toEqual({ from: '2025-04-01', to: '2025-06-30' })
    expect(periodDays({ periodType: 'nam', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
  it('keys and Vietnamese labels', () => {
    expect(periodKey({ periodType: 'thang', year: 2026, month: 3 })).toBe('2026-T03')
    expect(periodKey({ periodType: 'quy', year: 2026, quarter: 3 })).toBe('2026-Q3')
    expect(periodKey({ periodType: 'nam', year: 2026 })).toBe('2026')
    expect(periodLabel({ periodType: 'thang', year: 2026, month: 3 })).toBe('tháng 3 năm 2026')
    expect(periodLabel({ periodType: 'quy', year: 2026, quarter: 4 })).toBe('quý IV năm 2026')
    expect(periodLabel({ periodType: 'nam', year: 2026 })).toBe('năm 2026')
  })

  it('ranges are Hà Nội days, end exclusive', () => {
    const { start, end } = periodRange({ periodType: 'quy', year: 2025, quarter: 2 })
    expect(start.toISOString()).toBe('2025-03-31T17:00:00.000Z')
    expect(end.toISOString()).toBe('2025-06-30T17:00:00.000Z')
    expect(periodRange({ periodType: 'nam', year: 2025 }).end.toISOString()).toBe('2025-12-31T17:00:00.000Z')
    expect(monthOf('2025-06-30T16:59:00Z')).toBe('2025-06')
    expect(monthOf('2025-06-30T17:00:00Z')).toBe('2025-07')
    expect(monthsOf({ periodType: 'quy', year: 2025, quarter: 2 })).toEqual(['2025-04', '2025-05', '2025-06'])
  })

  it('the previous quarter', () => {
    expect(previousQuarter(new Date('2026-11-28T07:00:00Z'))).toEqual({ periodType: 'quy', year: 2026, quarter: 3 })
    expect(previousQuarter(new Date('2026-02-01T00:00:00Z'))).toEqual({ periodType: 'quy', year: 2025, quarter: 4 })
    // 31/12 18:00 UTC is already 01/01 in Hà Nội
    expect(previousQuarter(new Date('2025-12-31T18:00:00Z'))).toEqual({ periodType: 'quy', year: 2025, quarter: 4 })
  })

  it('incomplete periods are refused in Vietnamese', () => {
    expect(periodProblem({ periodType: 'quy', year: 2026 })).toMatch(/quý/)
    expect(periodProblem({ periodType: 'thang', year: 2026, month: 13 })).toMatch(/tháng/)
    expect(periodProblem({ year: 2026 })).toMatch(/loại kỳ/)
    expect(periodProblem({ periodType: 'nam', year: 1999 })).toMatch(/Năm/)
    expect(periodProblem({ periodType: 'nam', year: 2026 })).toBeNull()
  })
})

describe('export helpers', () => {
  it('Content-Disposition carries the Vietnamese name (RFC 5987) and an ASCII fallback', () => {
    expect(contentDisposition('Báo cáo dư luận quý II năm 2025.xlsx')).toBe(
      'attachment; filename="Bao cao du luan quy II nam 2025.xlsx"; filename*=UTF-8\'\'B%C3%A1o%20c%C3%A1o%20d%C6%B0%20lu%E1%BA%ADn%20qu%C3%BD%20II%20n%C4%83m%202025.xlsx',
    )
    expect(contentDisposition('Đơn (1).html', 'inline')).toBe(
      'inline; filename="Don _1_.html"; filename*=UTF-8\'\'%C4%90%C6%A1n%20%281%29.html',
    )
  })

  it('place and date in the administrative style', () => {
    expect(placeAndDate('Kim Thành', '2025-07-04T18:00:00.000Z')).toBe('Kim Thành, ngày 05 tháng 07 năm 2025')
    expect(placeAndDate('Kim Thành', null)).toBe('Kim Thành, ngày … tháng … năm …')
  })
})

describe('the printable report', () => {
  const item: ReportItem = {
    code: 'PA-2026-<B>',
    receivedAt: '2026-03-02T01:00:00.000Z',
    subject: 'Ẩu đả <em>ngoài</em> cổng trường',
    kind: 'Phản ánh',
    theme: '',
    school: 'Trường "A" & B',
    status: 'Mới',
    priority: true,
    priorityReason: 'Chủ đề nhạy cảm: đánh nhau',
    deadline: 'Quá hạn tiếp nhận',
    dueAt: '2026-03-16T01:00:00.000Z',
    overdue: true,
    handling: 'Chưa giải quyết xong (mới); quá hạn tiếp nhận, hạn 16/03/2026',
  }
  const data: DepartmentReportData = {
    orgName: 'Phòng <Giáo dục>',
    parentBody: 'Ủy ban nhân dân huyện',
    number: '15/BC-PGDĐT',
    place: 'Kim Thành',
    date: null,
    recipient: 'Sở <Giáo dục>',
    distribution: ['Như trên;', 'Lưu: <VT>.'],
    signer: { authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: '<b>Tên</b>' },
    narrative: 'Đoạn một.\n\nĐoạn <script>alert(1)</script> hai.',
    period: { periodType: 'thang', year: 2026, month: 3 },
    periodLabel: 'tháng 3 năm 2026',
    figures: {
      total: 1,
      byKind: [],
      byStatus: [],
      byTheme: [],
      bySchool: [],
      byMonth: [{ key: '2026-03', label: 'Tháng 3/2026', count: 1 }],
      byPriority: [],
      bySource: [],
      bySenderGroup: [],
      draftComments: 0,
      from: '2026-03-01',
      to: '2026-03-31',
      medianDaysToAcknowledge: 1.5,
      acknowledgedCount: 2,
      medianDaysToAnswer: null,
      answeredCount: 0,
      overdue: 1,
      ratingAverage: null,
      ratingCount: 0,
    },
    priorityItems: [item],
    openItems: [item],
    generatedAt: '2026-04-01T02:00:00.000Z',
    schoolCount: 1,
    schoolReports: [],
    missing: [{ id: 1, name: 'Trường "A" & B' }],
    press: {
      total: 1,
      byTone: [{ key: 'tieu-cuc', label: 'Tiêu cực', count: 1 }],
      byChannel: [{ key: 'mang-xa-hoi', label: 'Mạng xã hội', count: 1 }],
      byTheme: [],
      byOutlet: [{ key: 'Trang <b>X</b>', label: 'Trang <b>X</b>', count: 1 }],
      needingResponse: 1,
      overdue: 1,
      negative: [
        {
          title: 'Clip <img src=x> học sinh',
          outlet: 'Trang <b>X</b>',
          publishedAt: '2026-03-05T01:00:00.000Z',
          tone: 'Tiêu cực',
          deadline: 'Quá hạn trả lời',
          respondBy: '2026-03-26T01:00:00.000Z',
          respondedAt: null,
          response: '',
        },
      ],
    },
    urgent: [
      {
        title: 'Học sinh <b>ngộ độc</b>',
        school: 'Trường "A" & B',
        occurredAt: '2026-03-10T05:30:00.000Z',
        place: 'Nhà ăn',
        affected: '12 học sinh',
        actionsTaken: 'Đưa đi khám',
        media: 'mạng xã hội',
        acknowledgedAt: '2026-03-10T06:00:00.000Z',
        links: { feedback: 2, press: 1, statements: 0 },
      },
    ],
  }
  const html = reportHtml(data)
  it("has a section on the schools' urgent reports, escaped, with when the department acknowledged each and what is linked", () => {
    const urgent = html.slice(html.indexOf('<section id="dot-xuat">'))
    expect(urgent).toContain('VII. Sự việc đột xuất do các trường báo cáo')
    expect(urgent).toContain('các trường gửi <strong>1</strong> báo cáo đột xuất; <strong>1</strong> sự việc có trên báo chí, mạng xã hội')
    expect(urgent).toContain('<td>10/03/2026 12:30</td><td>Trường &quot;A&quot; &amp; B</td><td>Học sinh &lt;b&gt;ngộ độc&lt;/b&gt;')
    expect(urgent).toContain('Đã nắm thông tin lúc 10/03/2026 13:00; liên quan: 2 ý kiến, 1 tin báo chí, mạng xã hội')
  })
  it('has a section on the press and social networks, escaped, with the negative item still awaiting a response', () => {
    const press = html.slice(html.indexOf('<section id="bao-chi">'))
    expect(press).toContain('VI. Thông tin trên báo chí, mạng xã hội')
    expect(press).toContain('<strong>1</strong> tin tiêu cực cần phản hồi, trong đó <strong>1</strong> tin quá hạn')
    expect(press).toContain(
      '<td>05/03/2026</td><td>Trang &lt;b&gt;X&lt;/b&gt;</td><td>Clip &lt;img src=x&gt; học sinh</td><td>26/03/2026</td><td>Quá hạn trả lời</td>',
    )
    expect(press).not.toContain('<img')
  })
  it('escapes every value from the data', () => {
    expect(html).toContain('Phòng &lt;Giáo dục&gt;')
    expect(html).toContain('<p>Đoạn &lt;script&gt;alert(1)&lt;/script&gt; hai.</p>')
    expect(html).toContain('<li>Trường &quot;A&quot; &amp; B</li>')
    expect(html).toContain(
      '<tr data-code="PA-2026-&lt;B&gt;"><td>PA-2026-&lt;B&gt;</td><td>02/03/2026</td><td>Ẩu đả &lt;em&gt;ngoài&lt;/em&gt; cổng trường</td>',
    )
    expect(html).not.toContain('<em>ngoài')
    expect(html).not.toContain('<script>')
    expect(html).toContain('Kính gửi: Sở &lt;Giáo dục&gt;</p>')
    expect(html).toContain('<li>- Lưu: &lt;VT&gt;.</li>')
    expect(html).toContain('<p class="name">&lt;b&gt;Tên&lt;/b&gt;</p>')
  })
  it('shows the key figures in vi-VN notation, a figure not measured yet in words', () => {
    expect(html).toContain(
      '<tr data-figure="medianDaysToAcknowledge"><th scope="row">Số ngày làm việc trung vị từ khi nhận đến khi tiếp nhận</th><td class="num">1,5 (trên 2 ý kiến)</td></tr>',
    )
    expect(html).toContain(
      '<tr data-figure="medianDaysToAnswer"><th scope="row">Số ngày làm việc trung vị từ khi nhận đến khi trả lời</th><td class="num">Chưa có dữ liệu</td></tr>',
    )
    expect(html).toContain('<td class="num">Chưa có đánh giá</td>')
    expect(html).toContain('số liệu tính đến 01/04/2026 09:00')
  })
  it('loads nothing from another host and leaves the date to be filled in', () => {
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//)
    expect(html).not.toContain('@import')
    expect(html).toContain('Kim Thành, ngày … tháng … năm …')
  })
})
