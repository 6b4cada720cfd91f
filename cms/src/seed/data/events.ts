/**
 * Demo events and anniversaries of the plan's department. The dates are the real calendar days of each occasion
 * (Tết by the lunar calendar, @gd/shared/holidays), taken in the year that puts them where the demo needs them
 * relative to the seed's "now": the last occurrence for those shown as past, the next one for those upcoming.
 * The exam and contest dates are illustrative (a province fixes them each year).
 */
export interface SeedEvent {
  title: (year: number) => string
  kind: 'ngay-le' | 'su-kien'
  /** a fixed day of the year (month 1–12), or Tết (first day of the lunar year) */
  on: { month: number; day: number; days?: number } | 'tet'
  /** the next occurrence (on or after today) or the last one (before today) */
  when: 'next' | 'last'
  place?: string
  summary: string
  paragraphs: string[]
}

export const EVENTS: SeedEvent[] = [
  {
    title: (y) => `Ngày Nhà giáo Việt Nam 20/11/${y}`,
    kind: 'ngay-le',
    on: { month: 11, day: 20 },
    when: 'last',
    place: 'Hội trường Ủy ban nhân dân huyện',
    summary: 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam, tuyên dương nhà giáo tiêu biểu và trao giấy khen giáo viên dạy giỏi.',
    paragraphs: [
      'Phòng Giáo dục và Đào tạo tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, tuyên dương các nhà giáo tiêu biểu và trao giấy khen giáo viên dạy giỏi cấp huyện.',
      'Các trường tổ chức hoạt động tri ân thầy cô giáo gọn nhẹ, thiết thực, không phô trương hình thức.',
    ],
  },
  {
    title: (y) => `Lễ khai giảng năm học ${y}–${y + 1}`,
    kind: 'su-kien',
    on: { month: 9, day: 5 },
    when: 'last',
    place: 'Tại các trường mầm non, tiểu học, trung học cơ sở',
    summary: 'Các trường tổ chức lễ khai giảng năm học mới đồng loạt vào ngày 05 tháng 9.',
    paragraphs: [
      'Các trường tổ chức lễ khai giảng năm học mới ngắn gọn, trang trọng, bảo đảm an toàn; sau buổi lễ, học sinh học theo thời khóa biểu.',
      'Lãnh đạo Phòng dự lễ khai giảng tại một số trường và thăm hỏi học sinh có hoàn cảnh khó khăn.',
    ],
  },
  {
    title: (y) => `Tết Nguyên đán ${y}: học sinh nghỉ Tết`,
    kind: 'ngay-le',
    on: 'tet',
    when: 'next',
    summary: 'Lịch nghỉ Tết Nguyên đán của học sinh, giáo viên theo kế hoạch thời gian năm học của tỉnh.',
    paragraphs: [
      'Học sinh, giáo viên nghỉ Tết Nguyên đán theo kế hoạch thời gian năm học của Ủy ban nhân dân tỉnh; các trường thông báo cụ thể ngày nghỉ và ngày đi học trở lại.',
      'Các trường phân công trực bảo vệ, phòng cháy, chữa cháy và nhắc nhở học sinh vui Tết an toàn, không đốt pháo.',
    ],
  },
  {
    title: (y) => `Kỳ thi tuyển sinh lớp 10 năm học ${y}–${y + 1}`,
    kind: 'su-kien',
    on: { month: 6, day: 2, days: 2 },
    when: 'next',
    place: 'Các điểm thi do Sở Giáo dục và Đào tạo bố trí',
    summary: 'Học sinh lớp 9 dự thi tuyển sinh vào lớp 10 trung học phổ thông (theo kế hoạch của Sở).',
    paragraphs: [
      'Kỳ thi tuyển sinh lớp 10 trung học phổ thông công lập do Sở Giáo dục và Đào tạo tổ chức; lịch thi chính thức được công bố trong kế hoạch tuyển sinh của Sở.',
      'Các trường trung học cơ sở hướng dẫn học sinh đăng ký nguyện vọng, ôn tập và nhận thẻ dự thi đúng thời hạn.',
    ],
  },
  {
    title: (y) => `Ngày Sách và Văn hóa đọc Việt Nam 21/4/${y}`,
    kind: 'ngay-le',
    on: { month: 4, day: 21 },
    when: 'next',
    place: 'Thư viện các trường',
    summary: 'Các trường tổ chức ngày hội đọc sách, trao đổi sách và giới thiệu sách hay cho học sinh.',
    paragraphs: [
      'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, các trường tổ chức ngày hội đọc sách, góc trao đổi sách và giới thiệu sách hay dưới cờ.',
    ],
  },
  {
    title: (y) => `Hội khỏe Phù Đổng cấp huyện năm ${y}`,
    kind: 'su-kien',
    on: { month: 3, day: 20, days: 3 },
    when: 'next',
    place: 'Nhà thi đấu và sân vận động trung tâm huyện',
    summary: 'Học sinh các trường thi đấu điền kinh, bóng đá, cờ vua, bơi.',
    paragraphs: [
      'Hội khỏe Phù Đổng cấp huyện gồm các môn điền kinh, bóng đá, cờ vua và bơi; các trường đăng ký vận động viên theo điều lệ giải.',
    ],
  },
]
