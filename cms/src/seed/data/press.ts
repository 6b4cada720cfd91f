/**
 * Press releases of the seed tenant (articles marked as press releases).
 * Illustrative: the site notice (settings.siteNotice) says so once for the whole site.
 */
export interface SeedPressRelease {
  title: string
  excerpt: string
  themes: string[]
  paragraphs: string[]
  /** days before the owner's last working day (../records-clock.ts) */
  daysAgo: number
}

export const PRESS_RELEASES: SeedPressRelease[] = [
  {
    title: 'Thông cáo báo chí về kế hoạch tuyển sinh vào lớp 6 năm học 2025-2026',
    excerpt: 'Phòng Giáo dục và Đào tạo thông tin kế hoạch tuyển sinh vào lớp 6 năm học 2025-2026 trên địa bàn.',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh'],
    daysAgo: 40,
    paragraphs: [
      'Năm học 2025-2026, các trường trung học cơ sở trên địa bàn tuyển sinh vào lớp 6 theo phương thức xét tuyển, đúng tuyến, bảo đảm công khai, minh bạch.',
      'Hồ sơ được tiếp nhận trực tuyến hoặc trực tiếp tại trường theo lịch trong kế hoạch; kết quả được niêm yết tại trường và đăng trên trang thông tin của Phòng.',
    ],
  },
  {
    title: 'Thông cáo báo chí về vụ việc học sinh lớp ôn thi bị ngộ độc thực phẩm tại bếp ăn bán trú',
    excerpt: 'Thông tin ban đầu về vụ việc và các biện pháp xử lý của ngành giáo dục.',
    themes: ['suc-khoe-hoc-duong-the-chat'],
    daysAgo: 18,
    paragraphs: [
      'Ngay sau khi nhận được thông tin, Phòng Giáo dục và Đào tạo đã phối hợp với Trung tâm Y tế huyện kiểm tra, đưa các em học sinh có biểu hiện bất thường đi khám.',
      'Người phát ngôn của Phòng sẽ tiếp tục cung cấp thông tin cho báo chí khi có kết quả xét nghiệm mẫu thực phẩm.',
    ],
  },
  {
    title: 'Thông cáo báo chí về Ngày hội chuyển đổi số ngành giáo dục',
    excerpt: 'Ngày hội giới thiệu các mô hình ứng dụng công nghệ thông tin trong dạy học của các trường.',
    themes: ['chuyen-doi-so'],
    daysAgo: 3,
    paragraphs: [
      'Ngày hội chuyển đổi số ngành giáo dục giới thiệu học liệu số, sổ điểm điện tử và mô hình lớp học thông minh của các trường.',
      'Phóng viên có nhu cầu đưa tin xin liên hệ người phát ngôn của Phòng theo thông tin trên trang Phát ngôn và báo chí.',
    ],
  },
]
