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
  /** How it came in when not through the website form: staff recorded it in the admin. */
  source?: 'dien-thoai' | 'thu' | 'thu-dien-tu' | 'bao-chi' | 'mang-xa-hoi' | 'hoi-nghi-tiep-cong-dan'
  /** Its handling so far; see SeedHandling. No handling: still "mới". */
  handling?: SeedHandling
}

/**
 * What staff (and the citizen) did with an item, each step at `after` working days from receipt (Hà Nội calendar,
 * weekends and the settings' holidays skipped), within the deadlines: acknowledged within 10, answered within 15.
 * A step that would fall after the seed's `now` is left out, with every step after it.
 */
export interface SeedHandling {
  acknowledge: { after: number; note?: string }
  process?: { after: number }
  answer?: { after: number; text: string }
  forward?: { after: number; to: string; note?: string }
  reject?: { after: number; reason: 'spam' | 'trung-lap' | 'khong-du-thong-tin'; note: string }
  /** Published in /hoi-dap/ with the question reworded so that nobody can be recognised (requires publishAnswer). */
  qa?: { after: number; title?: string; question: string }
  /** The citizen's rating from the lookup page. */
  rating?: { after: number; stars: 1 | 2 | 3 | 4 | 5; comment?: string }
  close?: { after: number }
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
    handling: {
      acknowledge: { after: 1, note: 'Đã đề nghị nhà trường báo cáo bằng văn bản các khoản thu đầu năm học và biên bản họp phụ huynh.' },
      process: { after: 2 },
    },
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
    handling: {
      acknowledge: { after: 1 },
      process: { after: 2 },
      answer: {
        after: 7,
        text: 'Phòng Giáo dục và Đào tạo ghi nhận và cảm ơn ý kiến của ông. Phòng đã đề nghị các trường THCS khảo sát nhu cầu đưa đón của học sinh ở các thôn xa trường, báo cáo Ủy ban nhân dân xã để phối hợp với đơn vị vận tải có đủ điều kiện theo quy định tổ chức tuyến xe đưa đón trên cơ sở tự nguyện của phụ huynh. Trong thời gian chờ triển khai, nhà trường tăng cường giáo dục an toàn giao thông, phối hợp với công an xã bố trí người hướng dẫn học sinh qua quốc lộ vào giờ đến trường và tan học.',
      },
      qa: {
        after: 8,
        title: 'Có tổ chức xe đưa đón học sinh ở các thôn xa trường không?',
        question: 'Nhiều học sinh ở các thôn xa phải đi xe đạp khá xa đến trường, qua đoạn quốc lộ đông xe tải. Đề nghị nghiên cứu tổ chức xe đưa đón học sinh theo hình thức xã hội hóa, bảo đảm an toàn và chi phí hợp lý cho gia đình.',
      },
    },
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
    handling: {
      acknowledge: { after: 2 },
      forward: {
        after: 4,
        to: 'Ban An toàn giao thông huyện Kim Thành',
        note: 'Việc lắp biển báo và gờ giảm tốc thuộc thẩm quyền của cơ quan quản lý đường bộ; đã gửi kèm ảnh hiện trường do nhà trường cung cấp.',
      },
    },
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
    handling: {
      acknowledge: { after: 1 },
      answer: {
        after: 5,
        text: 'Học bạ số do nhà trường lập, giáo viên và hiệu trưởng ký số trên hệ thống quản lý của ngành nên có giá trị như học bạ giấy. Phụ huynh xem học bạ của con bằng tài khoản phụ huynh mà nhà trường cấp, trên trình duyệt hoặc ứng dụng của hệ thống quản lý trường học nhà trường đang dùng; không phải trả phí. Khi chuyển trường, nhà trường nơi đi chuyển học bạ số cho nhà trường nơi đến qua hệ thống, gia đình không cần in học bạ giấy. Nếu chưa nhận được tài khoản, phụ huynh liên hệ giáo viên chủ nhiệm.',
      },
      qa: {
        after: 6,
        question: 'Năm nay nhà trường chuyển sang học bạ số. Xin hỏi phụ huynh xem học bạ của con bằng cách nào, có phải cài đặt ứng dụng không, và khi chuyển trường thì gia đình có cần in học bạ giấy không?',
      },
      rating: { after: 8, stars: 5, comment: 'Trả lời nhanh, dễ hiểu.' },
    },
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
    handling: {
      acknowledge: { after: 2 },
      answer: {
        after: 9,
        text: 'Cảm ơn ông đã góp ý. Toàn văn các văn bản chỉ đạo, hướng dẫn của Phòng nay được đăng tại mục Văn bản của Trang thông tin điện tử, tìm được theo số, ký hiệu, loại văn bản và năm ban hành, tải về dưới dạng PDF. Phòng sẽ tiếp tục bổ sung các văn bản còn hiệu lực của những năm trước.',
      },
      rating: { after: 11, stars: 4, comment: 'Đã tra cứu được văn bản theo số hiệu.' },
      close: { after: 13 },
    },
  },
  {
    kind: 'cau-hoi',
    theme: 'thi-kiem-tra-danh-gia-tuyen-sinh',
    subject: 'Thủ tục chuyển trường cho học sinh THCS khi gia đình chuyển nơi ở',
    message:
      'Con tôi là Nguyễn Minh Khôi, đang học lớp 7A Trường THCS Kim Xuyên. Tháng tới gia đình tôi chuyển về ở thôn Ngũ Phúc, xin hỏi thủ tục chuyển trường cho cháu gồm những gì, nộp ở đâu và mất bao lâu?',
    name: 'Nguyễn Văn Khải',
    email: 'nguyenvankhai@example.com',
    phone: '0912 345 608',
    publishAnswer: true,
    showName: false,
    daysAgo: 58,
    handling: {
      acknowledge: { after: 1 },
      answer: {
        after: 4,
        text: 'Gia đình làm đơn đề nghị chuyển trường và nộp tại trường nơi con sẽ chuyển đến. Khi chuyển giữa các trường trong huyện, hiệu trưởng trường nơi đến tiếp nhận, trường nơi đi chuyển học bạ và hồ sơ của học sinh; việc tiếp nhận thường xong trong vài ngày làm việc. Khi chuyển từ tỉnh, thành phố khác đến, hồ sơ gồm thêm giấy giới thiệu chuyển trường của cơ quan quản lý nơi đi. Nhà trường bố trí cho học sinh học ngay sau khi tiếp nhận, không để học sinh gián đoạn việc học.',
      },
      qa: {
        after: 5,
        title: 'Thủ tục chuyển trường cho học sinh THCS khi gia đình chuyển nơi ở',
        question: 'Con tôi đang học lớp 7 tại một trường THCS trong huyện. Gia đình sắp chuyển nơi ở sang xã khác, xin hỏi thủ tục chuyển trường cho cháu gồm những gì, nộp ở đâu và mất bao lâu?',
      },
      rating: { after: 7, stars: 5 },
    },
  },
  {
    kind: 'kien-nghi',
    theme: 'doi-ngu-nha-giao-can-bo-quan-ly',
    subject: 'Kiến nghị bố trí giáo viên Tiếng Anh cho điểm trường lẻ',
    message:
      'Phụ huynh điểm trường lẻ của trường tiểu học ở xã tôi kiến nghị: từ đầu học kỳ, học sinh lớp 3 chỉ được học Tiếng Anh một tiết mỗi tuần vì thiếu giáo viên. Đề nghị Phòng bố trí giáo viên để học sinh được học đủ số tiết theo chương trình.',
    name: 'Bùi Văn Thắng',
    phone: '0978 112 340',
    publishAnswer: false,
    showName: false,
    daysAgo: 76,
    source: 'dien-thoai',
    handling: {
      acknowledge: { after: 1, note: 'Tiếp nhận qua đường dây nóng; đã đối chiếu thời khóa biểu của điểm trường.' },
      process: { after: 2 },
      answer: {
        after: 12,
        text: 'Phòng Giáo dục và Đào tạo đã kiểm tra và xác nhận điểm trường thiếu giáo viên Tiếng Anh từ đầu học kỳ. Phòng đã điều động giáo viên dạy liên trường từ một trường tiểu học lân cận; từ tuần sau, học sinh điểm trường được học đủ số tiết Tiếng Anh theo chương trình, các tiết còn thiếu được dạy bù trong học kỳ.',
      },
      rating: { after: 13, stars: 3, comment: 'Đã có giáo viên nhưng thời gian giải quyết còn lâu.' },
      close: { after: 15 },
    },
  },
  {
    kind: 'cau-hoi',
    theme: 'thi-kiem-tra-danh-gia-tuyen-sinh',
    subject: 'Học sinh lớp 9 được tư vấn chọn trường lớp 10 như thế nào?',
    message:
      'Con tôi đang học lớp 9. Xin hỏi khi nào có kế hoạch tuyển sinh vào lớp 10 năm nay, nhà trường có tổ chức tư vấn chọn trường, chọn hướng học nghề cho học sinh và phụ huynh không?',
    name: 'Đỗ Văn Bình',
    email: 'dovanbinh@example.com',
    publishAnswer: true,
    showName: true,
    daysAgo: 97,
    handling: {
      acknowledge: { after: 1 },
      answer: {
        after: 6,
        text: 'Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông do Sở Giáo dục và Đào tạo ban hành hằng năm; ngay khi có, Phòng đăng tải tại mục Văn bản và chỉ đạo các trường THCS phổ biến đến từng phụ huynh, học sinh. Trong học kỳ II, các trường THCS tổ chức ít nhất một buổi tư vấn hướng nghiệp, phân luồng cho học sinh lớp 9 và phụ huynh, có đại diện các trường THPT, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên trên địa bàn tham gia.',
      },
      qa: {
        after: 7,
        question: 'Con tôi đang học lớp 9. Xin hỏi khi nào có kế hoạch tuyển sinh vào lớp 10 năm nay, nhà trường có tổ chức tư vấn chọn trường, chọn hướng học nghề cho học sinh và phụ huynh không?',
      },
      rating: { after: 9, stars: 4 },
    },
  },
  {
    kind: 'phan-anh',
    theme: 'dao-duc-loi-song-van-hoa-hoc-duong',
    subject: 'Phản ánh việc dạy thêm có thu tiền',
    message:
      'Tôi nghe nói có giáo viên tổ chức dạy thêm và thu tiền của học sinh trong lớp mình chủ nhiệm. Đề nghị Phòng kiểm tra và chấn chỉnh.',
    name: 'Trần Văn Lợi',
    email: 'tranvanloi@example.com',
    publishAnswer: false,
    showName: false,
    daysAgo: 118,
    handling: {
      acknowledge: { after: 2 },
      reject: {
        after: 8,
        reason: 'khong-du-thong-tin',
        note: 'Ý kiến không nêu trường, lớp, thời gian hay địa điểm dạy thêm; đã đề nghị người gửi bổ sung qua thư điện tử nhưng không nhận được phản hồi. Phòng vẫn nhắc các trường thực hiện đúng quy định về dạy thêm, học thêm.',
      },
    },
  },
  {
    kind: 'phan-anh',
    theme: 'suc-khoe-hoc-duong-the-chat',
    subject: 'Nhà vệ sinh học sinh ở điểm trường lẻ xuống cấp',
    message:
      'Nhà vệ sinh dành cho học sinh ở điểm trường lẻ nơi con tôi học bị hỏng vòi nước, cửa không đóng được, mùi hôi ảnh hưởng đến lớp học bên cạnh. Đề nghị Phòng và nhà trường sớm sửa chữa.',
    name: 'Hoàng Thị Nga',
    phone: '0967 450 218',
    publishAnswer: false,
    showName: false,
    daysAgo: 140,
    handling: {
      acknowledge: { after: 1 },
      process: { after: 3 },
      answer: {
        after: 11,
        text: 'Sau khi nhận phản ánh, Phòng đã cùng nhà trường kiểm tra thực tế. Nhà trường đã thay vòi nước, sửa cửa và bố trí nhân viên vệ sinh hằng ngày; việc cải tạo toàn bộ khu vệ sinh được đưa vào kế hoạch sửa chữa trường lớp, thực hiện trong dịp nghỉ hè bằng kinh phí của Ủy ban nhân dân xã.',
      },
      close: { after: 16 },
    },
  },
]
