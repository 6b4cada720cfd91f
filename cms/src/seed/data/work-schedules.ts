/**
 * Demo weeks of the leaders' work schedule (lịch công tác). Weeks are counted from the week of the seed's "now"
 * (0 = that week, -1 the one before…), like every seeded date; the last one is a draft being prepared. Names are
 * the demo leaders' (data/organisation.ts); places and meetings are illustrative.
 */
export interface SeedEntry {
  /** 0 = Monday … 6 = Sunday */
  weekday: number
  time: string
  content: string
  leaders: string
  place?: string
  participants?: string
}

export interface SeedWeek {
  weekOffset: number
  published: boolean
  note?: string
  entries: SeedEntry[]
}

const KHANH = 'Trưởng phòng Trần Quốc Khánh'
const THU = 'Phó Trưởng phòng Phạm Thị Minh Thu'
const HAI = 'Phó Trưởng phòng Đỗ Văn Hải'
const OFFICE = 'Phòng họp Phòng Giáo dục và Đào tạo'
const NOTE = 'Lịch có thể thay đổi theo yêu cầu công tác; nội dung thay đổi sẽ được cập nhật trên trang này.'

const mondayMeeting: SeedEntry = {
  weekday: 0,
  time: '7 giờ 30',
  content: 'Giao ban lãnh đạo Phòng, triển khai nhiệm vụ trọng tâm trong tuần.',
  leaders: `${KHANH}; ${THU}; ${HAI}`,
  place: OFFICE,
  participants: 'Lãnh đạo Phòng, chuyên viên các bộ phận. Chủ trì: Trưởng phòng.',
}

export const WORK_SCHEDULE_WEEKS: SeedWeek[] = [
  {
    weekOffset: -3,
    published: true,
    note: NOTE,
    entries: [
      mondayMeeting,
      { weekday: 1, time: '8 giờ 00', content: 'Kiểm tra công tác bán trú tại Trường Mầm non Kim Anh.', leaders: THU, place: 'Trường Mầm non Kim Anh', participants: 'Chuyên viên phụ trách giáo dục mầm non.' },
      { weekday: 2, time: '14 giờ 00', content: 'Họp Hội đồng thi đua, khen thưởng ngành: xét danh hiệu thi đua học kỳ I.', leaders: KHANH, place: OFFICE, participants: 'Thành viên Hội đồng thi đua, khen thưởng. Chủ trì: Trưởng phòng.' },
      { weekday: 3, time: 'Cả ngày', content: 'Dự kiểm tra chuyên đề dạy học Chương trình GDPT 2018 môn Khoa học tự nhiên.', leaders: HAI, place: 'Trường THCS Lai Khê', participants: 'Tổ chuyên môn Khoa học tự nhiên các trường THCS.' },
      { weekday: 4, time: '8 giờ 00', content: 'Làm việc với Ủy ban nhân dân xã Kim Xuyên về cơ sở vật chất trường học.', leaders: KHANH, place: 'Ủy ban nhân dân xã Kim Xuyên' },
    ],
  },
  {
    weekOffset: -2,
    published: true,
    note: NOTE,
    entries: [
      mondayMeeting,
      { weekday: 0, time: '14 giờ 00', content: 'Họp Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ: rà soát hồ sơ phổ cập năm nay.', leaders: HAI, place: OFFICE, participants: 'Thành viên Ban Chỉ đạo. Chủ trì: Phó Trưởng phòng Đỗ Văn Hải.' },
      { weekday: 1, time: '7 giờ 30', content: 'Dự chuyên đề chuyển đổi số trong quản lý trường học.', leaders: THU, place: 'Trường Tiểu học Vũ Dũng', participants: 'Hiệu trưởng các trường tiểu học.' },
      { weekday: 2, time: '8 giờ 00', content: 'Tiếp công dân định kỳ.', leaders: KHANH, place: 'Phòng tiếp công dân, Ủy ban nhân dân huyện' },
      { weekday: 3, time: '14 giờ 00', content: 'Tập huấn công tác truyền thông giáo dục cho cán bộ phụ trách truyền thông các trường.', leaders: THU, place: OFFICE, participants: 'Cán bộ phụ trách truyền thông các trường.' },
      { weekday: 4, time: '8 giờ 00', content: 'Kiểm tra công tác an toàn trường học, phòng cháy, chữa cháy.', leaders: HAI, place: 'Trường THCS Tam Kỳ' },
    ],
  },
  {
    weekOffset: -1,
    published: true,
    note: NOTE,
    entries: [
      mondayMeeting,
      { weekday: 1, time: '8 giờ 00', content: 'Họp giao ban hiệu trưởng các trường trung học cơ sở.', leaders: `${KHANH}; ${HAI}`, place: OFFICE, participants: 'Hiệu trưởng các trường THCS. Chủ trì: Trưởng phòng.' },
      { weekday: 2, time: '14 giờ 00', content: 'Làm việc với đoàn kiểm tra của Sở Giáo dục và Đào tạo về công tác kiểm định chất lượng.', leaders: THU, place: OFFICE },
      { weekday: 3, time: '7 giờ 30', content: 'Dự lễ tuyên dương học sinh đạt giải cấp tỉnh.', leaders: KHANH, place: 'Hội trường Ủy ban nhân dân huyện' },
      { weekday: 4, time: '8 giờ 00', content: 'Tổng hợp ý kiến phản ánh của người dân trong tháng; chuẩn bị báo cáo dư luận xã hội.', leaders: THU, place: OFFICE, participants: 'Bộ phận truyền thông.' },
    ],
  },
  {
    weekOffset: 0,
    published: true,
    note: NOTE,
    entries: [
      mondayMeeting,
      { weekday: 0, time: '14 giờ 00', content: 'Duyệt kế hoạch kiểm tra nội bộ các trường tiểu học.', leaders: THU, place: OFFICE, participants: 'Chuyên viên phụ trách giáo dục tiểu học.' },
      { weekday: 1, time: '8 giờ 00', content: 'Kiểm tra việc thực hiện quy định về dạy thêm, học thêm.', leaders: HAI, place: 'Các trường THCS xã Kim Tân, Kim Đính', participants: 'Đoàn kiểm tra liên ngành.' },
      { weekday: 2, time: '7 giờ 30', content: 'Dự hội nghị trực tuyến của Bộ Giáo dục và Đào tạo về công tác tuyển sinh.', leaders: `${KHANH}; ${HAI}`, place: 'Điểm cầu Ủy ban nhân dân huyện' },
      { weekday: 3, time: '14 giờ 00', content: 'Họp Hội đồng tư vấn lựa chọn sách giáo khoa.', leaders: THU, place: OFFICE, participants: 'Thành viên Hội đồng. Chủ trì: Phó Trưởng phòng Phạm Thị Minh Thu.' },
      { weekday: 4, time: '8 giờ 00', content: 'Tiếp công dân định kỳ.', leaders: KHANH, place: 'Phòng tiếp công dân, Ủy ban nhân dân huyện' },
      { weekday: 4, time: '14 giờ 00', content: 'Giao ban công tác truyền thông; thống nhất tin bài tuần sau.', leaders: THU, place: OFFICE, participants: 'Bộ phận truyền thông.' },
    ],
  },
  {
    weekOffset: 1,
    published: false,
    note: NOTE,
    entries: [mondayMeeting, { weekday: 2, time: '8 giờ 00', content: 'Dự kiến: kiểm tra cơ sở vật chất các điểm trường lẻ.', leaders: HAI }],
  },
]
