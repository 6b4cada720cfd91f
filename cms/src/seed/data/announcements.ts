/**
 * Demo announcements of the plan's department (illustrative, not real notices). Dates are days from the seed's
 * "now", so a fresh `npm start` always shows some in force, one upcoming and some expired.
 */
export interface SeedAnnouncement {
  title: string
  summary: string
  paragraphs: string[]
  /** first day in force, in days from now (negative: in the past) */
  fromDay: number
  /** last day in force, in days from now; none: no end */
  untilDay?: number
}

export const ANNOUNCEMENTS: SeedAnnouncement[] = [
  {
    title: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo Phòng',
    summary: 'Lãnh đạo Phòng tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở cơ quan; người dân đến trực tiếp, không cần hẹn trước.',
    paragraphs: [
      'Lãnh đạo Phòng Giáo dục và Đào tạo tiếp công dân định kỳ vào sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ 00, tại phòng tiếp công dân của cơ quan.',
      'Khi đến, công dân mang theo giấy tờ tùy thân; nếu có đơn thư, đề nghị ghi rõ họ tên, địa chỉ, số điện thoại và nội dung đề nghị. Trường hợp thứ Năm trùng ngày nghỉ lễ, lịch tiếp công dân chuyển sang ngày làm việc kế tiếp.',
      'Ngoài lịch định kỳ, người dân có thể gửi góp ý, phản ánh trực tuyến tại mục Góp ý của trang thông tin này và theo dõi kết quả bằng mã tham chiếu.',
    ],
    fromDay: -60,
  },
  {
    title: 'Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp để nâng cấp phần mềm quản lý',
    summary:
      'Bộ phận một cửa tạm dừng tiếp nhận hồ sơ trực tiếp trong thời gian nâng cấp phần mềm ghi tại thông báo; hồ sơ trực tuyến vẫn được tiếp nhận.',
    paragraphs: [
      'Để nâng cấp phần mềm quản lý hồ sơ và cơ sở dữ liệu ngành, bộ phận tiếp nhận và trả kết quả của Phòng tạm dừng tiếp nhận hồ sơ trực tiếp trong thời gian ghi tại thông báo này.',
      'Trong thời gian trên, các hồ sơ nộp trực tuyến vẫn được tiếp nhận bình thường và được xử lý ngay khi hệ thống hoạt động trở lại. Thời hạn giải quyết của các hồ sơ đã tiếp nhận không thay đổi.',
      'Cơ quan xin lỗi cha mẹ học sinh và người dân vì sự bất tiện này.',
    ],
    fromDay: -1,
    untilDay: 3,
  },
  {
    title: 'Thông báo tiếp nhận hồ sơ đề nghị cấp bản sao bằng tốt nghiệp trung học cơ sở',
    summary: 'Hướng dẫn nộp hồ sơ đề nghị cấp bản sao bằng tốt nghiệp THCS từ sổ gốc: nơi nộp, giấy tờ cần có và thời hạn trả kết quả.',
    paragraphs: [
      'Người đề nghị cấp bản sao bằng tốt nghiệp trung học cơ sở từ sổ gốc nộp đơn đề nghị theo mẫu, kèm bản chụp giấy tờ tùy thân, tại bộ phận tiếp nhận và trả kết quả của Phòng hoặc gửi qua bưu chính.',
      'Trường hợp ủy quyền cho người khác nộp thay, cần có giấy ủy quyền theo quy định. Kết quả được trả trong ngày làm việc nếu hồ sơ nộp trước 15 giờ; nộp sau 15 giờ thì trả vào ngày làm việc tiếp theo.',
    ],
    fromDay: -20,
    untilDay: 70,
  },
  {
    title: 'Thông báo kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại các xã',
    summary: 'Đoàn kiểm tra của Phòng làm việc tại các xã về hồ sơ phổ cập giáo dục, xóa mù chữ; các trường chuẩn bị hồ sơ theo hướng dẫn.',
    paragraphs: [
      'Thực hiện kế hoạch năm học, Phòng tổ chức kiểm tra công tác phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học, trung học cơ sở và xóa mù chữ tại các xã.',
      'Các trường mầm non, tiểu học, trung học cơ sở phối hợp với Ban chỉ đạo phổ cập giáo dục của xã chuẩn bị đầy đủ hồ sơ, sổ theo dõi và báo cáo số liệu theo hướng dẫn đã gửi.',
    ],
    fromDay: 6,
    untilDay: 25,
  },
  {
    title: 'Thông báo mời dự hội nghị cha mẹ học sinh về phòng, chống đuối nước',
    summary: 'Mời đại diện ban đại diện cha mẹ học sinh các trường dự hội nghị trao đổi giải pháp phòng, chống đuối nước cho học sinh.',
    paragraphs: [
      'Phòng phối hợp với Hội Chữ thập đỏ tổ chức hội nghị trao đổi về giải pháp phòng, chống đuối nước, tai nạn thương tích cho học sinh.',
      'Mỗi trường cử một đại diện ban đại diện cha mẹ học sinh và một giáo viên phụ trách công tác y tế trường học tham dự.',
    ],
    fromDay: -45,
    untilDay: -30,
  },
  {
    title: 'Thông báo cho học sinh nghỉ học do mưa lớn, ngập úng cục bộ',
    summary: 'Học sinh mầm non, tiểu học tại các điểm trường bị ngập nghỉ học một ngày; các trường bố trí học bù.',
    paragraphs: [
      'Do mưa lớn kéo dài gây ngập úng cục bộ tại một số điểm trường, Phòng cho học sinh mầm non, tiểu học tại các điểm trường bị ngập nghỉ học một ngày để bảo đảm an toàn.',
      'Các trường kiểm tra cơ sở vật chất, vệ sinh trường lớp trước khi đón học sinh trở lại và bố trí học bù theo kế hoạch.',
    ],
    fromDay: -12,
    untilDay: -12,
  },
]
