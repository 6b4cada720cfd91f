/**
 * Drafts for comment of the seed tenant, one open and one closed (with the comments it received and its synthesis).
 * Illustrative (the site notice says so once for the whole site); e-mail addresses on example.com / example.edu.vn.
 */
export interface SeedConsultation {
  title: string
  summary: string
  paragraphs: string[]
  /** days from now (negative: in the past) */
  opensInDays: number
  closesInDays: number
  themes: string[]
  synthesis?: string[]
  /** comments already received (closed draft) */
  comments?: { name: string; email: string; section?: string; message: string }[]
}

export const CONSULTATIONS: SeedConsultation[] = [
  {
    title: 'Dự thảo Kế hoạch tuyển sinh vào lớp 6 năm học 2026-2027',
    summary:
      'Lấy ý kiến phụ huynh, giáo viên và người dân về dự thảo kế hoạch tuyển sinh vào lớp 6: chỉ tiêu, địa bàn tuyển sinh của từng trường, hồ sơ và lịch tuyển sinh.',
    paragraphs: [
      'Dự thảo quy định địa bàn tuyển sinh của từng trường trung học cơ sở theo nơi cư trú của học sinh, bảo đảm học sinh được học gần nhà.',
      'Hồ sơ tuyển sinh được nộp trực tuyến; phụ huynh không có điều kiện nộp trực tuyến được nộp trực tiếp tại trường.',
      'Cơ quan đề nghị người dân góp ý cụ thể theo điều, khoản của dự thảo.',
    ],
    opensInDays: -5,
    closesInDays: 25,
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh'],
  },
  {
    title: 'Dự thảo Quy chế phối hợp giữa nhà trường, gia đình và xã hội trong giáo dục học sinh',
    summary:
      'Lấy ý kiến về dự thảo quy chế phối hợp giữa nhà trường, gia đình và xã hội trong giáo dục đạo đức, lối sống và bảo đảm an toàn cho học sinh.',
    paragraphs: [
      'Dự thảo quy định trách nhiệm của nhà trường, ban đại diện cha mẹ học sinh và chính quyền địa phương trong giáo dục học sinh.',
      'Dự thảo quy định kênh liên lạc giữa giáo viên chủ nhiệm và gia đình, bao gồm sổ liên lạc điện tử.',
    ],
    opensInDays: -60,
    closesInDays: -30,
    themes: ['dao-duc-loi-song-van-hoa-hoc-duong'],
    synthesis: [
      'Trong thời gian lấy ý kiến, cơ quan nhận được 3 ý kiến góp ý của phụ huynh và giáo viên qua Trang thông tin điện tử.',
      'Tiếp thu: bổ sung quy định giáo viên chủ nhiệm phản hồi tin nhắn của phụ huynh trong 2 ngày làm việc; bổ sung trách nhiệm của chính quyền xã trong bảo đảm an toàn giao thông trước cổng trường.',
      'Giải trình: đề nghị tổ chức họp phụ huynh hằng tháng chưa được tiếp thu vì tăng gánh nặng cho gia đình; quy chế giữ họp định kỳ mỗi học kỳ và họp đột xuất khi cần.',
    ],
    comments: [
      { name: 'Nguyễn Thị Hoa', email: 'hoa.nguyen@example.com', section: 'Điều 5', message: 'Đề nghị quy định rõ thời hạn giáo viên chủ nhiệm phản hồi tin nhắn của phụ huynh trên sổ liên lạc điện tử.' },
      { name: 'Trần Văn Bình', email: 'binh.tran@example.com', section: 'Điều 7', message: 'Đề nghị bổ sung trách nhiệm của chính quyền xã trong việc bảo đảm an toàn giao thông trước cổng trường giờ tan học.' },
      { name: 'Lê Thị Mai', email: 'mai.le@example.com', message: 'Đề nghị tổ chức họp phụ huynh hằng tháng để gia đình nắm được tình hình học tập của con em.' },
    ],
  },
]
