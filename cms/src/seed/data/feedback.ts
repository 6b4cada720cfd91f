/**
 * Demo citizen feedback of the seed tenant.
 *
 * DEMO DATA: names are invented; e-mail addresses use example.com and phone numbers are illustrative.
 * `kind` is a value of FEEDBACK_KINDS and `theme` a theme slug (shared/src). Texts contain no HTML.
 */
export interface SeedFeedback {
  kind: 'gop-y' | 'phan-anh' | 'kien-nghi' | 'cau-hoi'
  theme?: string
  subject: string
  message: string
  name: string
  email?: string
  phone?: string
  publishAnswer: boolean
  showName: boolean
  daysAgo: number
}

export const FEEDBACK: SeedFeedback[] = [
  {
    kind: 'cau-hoi',
    theme: 'thi-kiem-tra-danh-gia-tuyen-sinh',
    subject: 'Hỏi về việc đăng ký cho con học lớp 1 ngoài địa bàn thường trú',
    message:
      'Gia đình tôi thường trú ở xã Kim Anh nhưng hai vợ chồng làm việc ở thị trấn Phú Thái. Năm nay cháu vào lớp 1, xin hỏi gia đình có thể đăng ký cho cháu học tại trường tiểu học gần nơi làm việc không, và cần chuẩn bị những giấy tờ gì?',
    name: 'Nguyễn Văn Hải',
    email: 'nguyenvanhai@example.com',
    publishAnswer: true,
    showName: true,
    daysAgo: 4,
  },
  {
    kind: 'phan-anh',
    theme: 'nghi-quyet-chinh-sach-phap-luat',
    subject: 'Phản ánh về các khoản thu đầu năm học',
    message:
      'Đầu năm học, lớp con tôi được thông báo nhiều khoản thu như quỹ lớp, tiền mua máy chiếu, tiền trang trí lớp học. Một số phụ huynh không đồng tình nhưng ngại có ý kiến. Đề nghị Phòng kiểm tra, hướng dẫn để các khoản thu được công khai, tự nguyện và đúng quy định.',
    name: 'Trần Thị Hương',
    phone: '0983 214 567',
    publishAnswer: false,
    showName: false,
    daysAgo: 9,
  },
  {
    kind: 'gop-y',
    theme: 'suc-khoe-hoc-duong-the-chat',
    subject: 'Đề nghị tổ chức xe đưa đón học sinh ở các thôn xa trường',
    message:
      'Nhiều học sinh ở các thôn xa phải đi xe đạp gần 5 km đến trường, qua đoạn quốc lộ đông xe tải. Tôi đề nghị Phòng phối hợp với nhà trường và địa phương nghiên cứu tổ chức xe đưa đón học sinh theo hình thức xã hội hóa, bảo đảm an toàn và chi phí hợp lý cho gia đình.',
    name: 'Phạm Văn Đức',
    email: 'phamvanduc@example.com',
    phone: '0904 567 123',
    publishAnswer: true,
    showName: false,
    daysAgo: 14,
  },
  {
    kind: 'kien-nghi',
    theme: 'suc-khoe-hoc-duong-the-chat',
    subject: 'Kiến nghị lắp biển báo và gờ giảm tốc trước cổng trường',
    message:
      'Trước cổng trường tiểu học nơi con tôi đang học chưa có biển báo khu vực trường học, xe tải thường chạy nhanh vào giờ tan học. Kính đề nghị Phòng kiến nghị cơ quan chức năng lắp biển báo, gờ giảm tốc và bố trí người hướng dẫn giao thông vào giờ cao điểm.',
    name: 'Lê Thị Thu',
    phone: '0356 789 012',
    publishAnswer: true,
    showName: true,
    daysAgo: 21,
  },
  {
    kind: 'cau-hoi',
    theme: 'chuyen-doi-so',
    subject: 'Phụ huynh xem học bạ số của con bằng cách nào?',
    message:
      'Nhà trường thông báo năm nay chuyển sang học bạ số. Xin hỏi phụ huynh xem học bạ của con bằng cách nào, có phải cài đặt ứng dụng không, và khi chuyển trường thì gia đình có cần in học bạ giấy không?',
    name: 'Vũ Minh Tuấn',
    email: 'vuminhtuan@example.com',
    publishAnswer: true,
    showName: true,
    daysAgo: 30,
  },
  {
    kind: 'gop-y',
    subject: 'Góp ý về việc đăng tải văn bản trên Trang thông tin điện tử',
    message:
      'Trang thông tin của Phòng rất hữu ích. Tôi đề nghị đăng kèm toàn văn các văn bản hướng dẫn và bổ sung chức năng tìm kiếm theo số, ký hiệu văn bản để phụ huynh, giáo viên tra cứu thuận tiện hơn.',
    name: 'Đinh Quang Huy',
    email: 'dinhquanghuy@example.com',
    publishAnswer: false,
    showName: false,
    daysAgo: 45,
  },
]
