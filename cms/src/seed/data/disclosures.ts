/**
 * Demo disclosures (công khai, Thông tư 09/2024/TT-BGDĐT) of three demo schools, for the current school year and the
 * one before it (yearsAgo 0 or 1, counted from the seed's "now"). ILLUSTRATIVE: the schools, figures and amounts are
 * invented, and each file says so.
 */
export interface SeedDisclosure {
  school: string
  yearsAgo: 0 | 1
  category: string
  title: string
  summary: string
  /** the attached PDF's lines */
  paragraphs: string[]
  /** left as submitted (chờ duyệt), for the editors' queue */
  pending?: boolean
}

export const DISCLOSURES: SeedDisclosure[] = [
  {
    school: 'Trường Mầm non Phú Thái',
    yearsAgo: 0,
    category: 'thong-tin-chung',
    title: 'Thông tin chung về Trường Mầm non Phú Thái',
    summary: 'Tên trường, địa chỉ, loại hình, cơ quan quản lý trực tiếp, người đứng đầu, sứ mạng và tầm nhìn, tóm tắt quá trình hình thành.',
    paragraphs: [
      'I. THÔNG TIN CHUNG',
      'Tên cơ sở giáo dục: Trường Mầm non Phú Thái. Loại hình: công lập.',
      'Địa chỉ: Khu dân cư số 2, thị trấn Phú Thái. Điện thoại: 0220 3711 201. Thư điện tử: mnphuthai@example.edu.vn.',
      'Người đứng đầu: Hiệu trưởng Nguyễn Thị Thu Hằng.',
      'Sứ mạng: chăm sóc, nuôi dưỡng, giáo dục trẻ an toàn, vui vẻ, phát triển toàn diện.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường Mầm non Phú Thái',
    yearsAgo: 0,
    category: 'tai-chinh',
    title: 'Công khai các khoản thu và mức thu của Trường Mầm non Phú Thái',
    summary: 'Học phí theo nghị quyết của Hội đồng nhân dân tỉnh, tiền ăn bán trú, các khoản thu dịch vụ phục vụ bán trú; chính sách miễn, giảm.',
    paragraphs: [
      'I. CÁC KHOẢN THU',
      'Học phí: theo nghị quyết của Hội đồng nhân dân tỉnh (mức minh họa).',
      'Tiền ăn bán trú: 25.000 đồng/trẻ/ngày (ví dụ minh họa), thu theo số ngày ăn thực tế.',
      'II. MIỄN, GIẢM',
      'Trẻ thuộc diện chính sách được miễn, giảm học phí và hỗ trợ tiền ăn theo quy định.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường Mầm non Phú Thái',
    yearsAgo: 0,
    category: 'thuc-don-ke-hoach-tuan',
    title: 'Kế hoạch giáo dục tháng và thực đơn tuần của trẻ',
    summary: 'Kế hoạch giáo dục tháng, thực đơn dự kiến trong tuần của nhà trẻ và mẫu giáo.',
    paragraphs: ['I. THỰC ĐƠN DỰ KIẾN TRONG TUẦN', 'Thứ Hai: cơm, thịt gà rim, canh bí; chiều: cháo thịt bằm.', 'Dữ liệu minh họa của trang trình diễn.'],
    pending: true,
  },
  {
    school: 'Trường Mầm non Phú Thái',
    yearsAgo: 1,
    category: 'bao-cao-thuong-nien',
    title: 'Báo cáo thường niên Trường Mầm non Phú Thái',
    summary: 'Báo cáo thường niên của năm học: đội ngũ, cơ sở vật chất, kết quả chăm sóc, nuôi dưỡng, giáo dục trẻ, thu chi tài chính.',
    paragraphs: [
      'I. KẾT QUẢ CHĂM SÓC, NUÔI DƯỠNG, GIÁO DỤC TRẺ',
      'Tổng số trẻ: 312 trẻ, 12 nhóm, lớp (số liệu minh họa). Tỷ lệ trẻ phát triển bình thường về cân nặng: 97,1%.',
      'II. ĐỘI NGŨ',
      'Cán bộ quản lý: 3; giáo viên: 26; nhân viên: 8.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường Tiểu học Kim Xuyên',
    yearsAgo: 0,
    category: 'tuyen-sinh',
    title: 'Kế hoạch tuyển sinh lớp 1 của Trường Tiểu học Kim Xuyên',
    summary: 'Chỉ tiêu, địa bàn, đối tượng, hồ sơ và thời gian tuyển sinh vào lớp 1.',
    paragraphs: [
      'I. CHỈ TIÊU',
      'Tuyển 4 lớp, 140 học sinh (số liệu minh họa).',
      'II. ĐỐI TƯỢNG, ĐỊA BÀN',
      'Trẻ 6 tuổi cư trú trên địa bàn xã Kim Xuyên.',
      'III. HỒ SƠ, THỜI GIAN',
      'Đăng ký trực tuyến hoặc trực tiếp tại trường theo lịch của Phòng Giáo dục và Đào tạo.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường Tiểu học Kim Xuyên',
    yearsAgo: 0,
    category: 'dieu-kien-chat-luong',
    title: 'Điều kiện bảo đảm chất lượng: đội ngũ và cơ sở vật chất',
    summary: 'Số lượng, trình độ đào tạo của cán bộ quản lý, giáo viên, nhân viên; phòng học, phòng chức năng, thiết bị dạy học.',
    paragraphs: [
      'I. ĐỘI NGŨ',
      'Cán bộ quản lý: 2; giáo viên: 31 (100% đạt chuẩn trình độ đào tạo); nhân viên: 5 (số liệu minh họa).',
      'II. CƠ SỞ VẬT CHẤT',
      '20 phòng học kiên cố, thư viện, phòng tin học, phòng tiếng Anh, sân chơi, bãi tập.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường Tiểu học Kim Xuyên',
    yearsAgo: 1,
    category: 'ke-hoach-ket-qua',
    title: 'Kết quả giáo dục học sinh Trường Tiểu học Kim Xuyên',
    summary: 'Kết quả đánh giá học sinh cuối năm học theo từng khối lớp; số học sinh hoàn thành chương trình tiểu học.',
    paragraphs: [
      'I. KẾT QUẢ ĐÁNH GIÁ CUỐI NĂM',
      'Hoàn thành xuất sắc: 28,4%; hoàn thành tốt: 35,2%; hoàn thành: 35,9%; chưa hoàn thành: 0,5% (số liệu minh họa).',
      'II. HOÀN THÀNH CHƯƠNG TRÌNH TIỂU HỌC',
      '132/132 học sinh lớp 5 hoàn thành chương trình tiểu học.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường THCS Kim Xuyên',
    yearsAgo: 0,
    category: 'tai-chinh',
    title: 'Công khai thu, chi tài chính Trường THCS Kim Xuyên',
    summary: 'Dự toán thu, chi ngân sách năm; các khoản thu từ người học; chính sách miễn, giảm học phí.',
    paragraphs: [
      'I. DỰ TOÁN THU, CHI NGÂN SÁCH',
      'Tổng dự toán được giao: 6.850 triệu đồng (số liệu minh họa); chi thanh toán cá nhân 82%, chi nghiệp vụ chuyên môn 12%.',
      'II. CÁC KHOẢN THU TỪ NGƯỜI HỌC',
      'Học phí theo nghị quyết của Hội đồng nhân dân tỉnh; bảo hiểm y tế học sinh theo quy định.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
  {
    school: 'Trường THCS Kim Xuyên',
    yearsAgo: 1,
    category: 'bao-cao-thuong-nien',
    title: 'Báo cáo thường niên Trường THCS Kim Xuyên',
    summary: 'Báo cáo thường niên: kết quả học tập, rèn luyện, tốt nghiệp trung học cơ sở, tuyển sinh vào lớp 10, thu chi tài chính.',
    paragraphs: [
      'I. KẾT QUẢ GIÁO DỤC',
      'Học lực tốt và khá: 71,6%; rèn luyện tốt: 92,3% (số liệu minh họa). Tốt nghiệp trung học cơ sở: 99,4%.',
      'II. TUYỂN SINH',
      'Tuyển 6 lớp 6 với 238 học sinh.',
      'Dữ liệu minh họa của trang trình diễn.',
    ],
  },
]

/** The department's staff contacts by field of work (invented people; example.edu.vn addresses). */
export const STAFF_DIRECTORY = [
  {
    field: 'Giáo dục mầm non',
    people: [
      { name: 'Nguyễn Thị Lan Anh', position: 'Chuyên viên phụ trách giáo dục mầm non', phone: '0220 3710 131', email: 'mamnon.phonggiaoduc.kimthanh@example.edu.vn' },
    ],
  },
  {
    field: 'Giáo dục tiểu học',
    people: [
      { name: 'Vũ Văn Thành', position: 'Chuyên viên phụ trách giáo dục tiểu học', phone: '0220 3710 132', email: 'tieuhoc.phonggiaoduc.kimthanh@example.edu.vn' },
      { name: 'Lê Thị Hương', position: 'Chuyên viên phụ trách ngoại ngữ, tin học tiểu học', phone: '0220 3710 133', email: 'ngoaingu.tieuhoc.kimthanh@example.edu.vn' },
    ],
  },
  {
    field: 'Giáo dục trung học cơ sở; thi, tuyển sinh',
    people: [
      { name: 'Hoàng Minh Đức', position: 'Chuyên viên phụ trách trung học cơ sở, thi và tuyển sinh', phone: '0220 3710 134', email: 'trunghoccoso.thituyensinh.kimthanh@example.edu.vn' },
    ],
  },
  {
    field: 'Tổ chức cán bộ; thi đua, khen thưởng',
    people: [
      { name: 'Phạm Thu Trang', position: 'Chuyên viên tổ chức cán bộ, thi đua – khen thưởng', phone: '0220 3710 135', email: 'tochuccanbo.thiduakhenthuong.kimthanh@example.edu.vn' },
    ],
  },
  {
    field: 'Kế hoạch – tài chính; cơ sở vật chất',
    people: [
      { name: 'Bùi Văn Nam', position: 'Kế toán, phụ trách kế hoạch – tài chính', phone: '0220 3710 136', email: 'ketoan.phonggiaoduc.kimthanh@example.edu.vn' },
    ],
  },
  {
    field: 'Văn phòng; truyền thông, tiếp nhận ý kiến người dân',
    people: [
      { name: 'Đinh Thị Ngọc Mai', position: 'Văn thư, một cửa; tiếp nhận góp ý, phản ánh', phone: '0220 3710 120', email: 'vanphong.phonggiaoduc.kimthanh@example.edu.vn' },
      { name: 'Trịnh Quang Huy', position: 'Cán bộ truyền thông, quản trị trang thông tin điện tử', phone: '0220 3710 137', email: 'truyenthong.phonggiaoduc.kimthanh@example.edu.vn' },
    ],
  },
]
