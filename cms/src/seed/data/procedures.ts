/**
 * Demo administrative procedures of a district education office and its schools. ILLUSTRATIVE ONLY: the fees and
 * time limits below are examples for the demo, not checked against the procedures as published in the national
 * database of administrative procedures (the site notice says once that the demo's records are illustrative,
 * instead of a label on each value); the legal basis names only the Law on Education (Luật Giáo dục số
 * 43/2019/QH14) and otherwise describes the regulations without numbers. A real department copies each procedure
 * from the published decision (quyết định công bố thủ tục hành chính) of its province.
 */
export interface SeedProcedure {
  name: string
  order: number
  summary: string
  agency: string
  submitAt: string
  papers: string[]
  fee: string
  timeLimit: string
  steps: string[]
  legalBasis: string
  portalUrl: string
}

const PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html'
const OFFICE = 'Phòng Giáo dục và Đào tạo'
const DESK = 'Bộ phận tiếp nhận và trả kết quả (một cửa) của Ủy ban nhân dân cấp huyện, hoặc nộp trực tuyến'
const LAW = 'Luật Giáo dục số 43/2019/QH14.'

export const PROCEDURES: SeedProcedure[] = [
  {
    name: 'Tuyển sinh vào lớp 1 tiểu học',
    order: 1,
    summary: 'Cha mẹ đăng ký cho trẻ đủ 6 tuổi vào lớp 1 tại trường tiểu học theo tuyến, trực tuyến hoặc trực tiếp tại trường.',
    agency: 'Trường tiểu học theo tuyến tuyển sinh do Ủy ban nhân dân xã giao',
    submitAt: 'Trường tiểu học được giao tuyển sinh, hoặc trực tuyến trên hệ thống tuyển sinh đầu cấp',
    papers: ['Đơn (phiếu) đăng ký tuyển sinh theo mẫu của trường', 'Bản sao giấy khai sinh của trẻ', 'Giấy tờ chứng minh nơi cư trú (khi trường yêu cầu đối chiếu)'],
    fee: 'Không thu lệ phí',
    timeLimit: 'Theo kế hoạch tuyển sinh hằng năm (công bố kết quả trong tháng 7)',
    steps: [
      'Xem kế hoạch tuyển sinh và tuyến tuyển sinh của xã, phường trên trang Thông báo.',
      'Đăng ký trực tuyến hoặc nộp hồ sơ tại trường trong thời gian tiếp nhận.',
      'Nhà trường xét tuyển, công bố danh sách trúng tuyển và hướng dẫn nhập học.',
    ],
    legalBasis: `${LAW}\nĐiều lệ trường tiểu học và quy chế tuyển sinh hiện hành của Bộ Giáo dục và Đào tạo.`,
    portalUrl: PORTAL,
  },
  {
    name: 'Tuyển sinh vào lớp 6 trung học cơ sở',
    order: 2,
    summary: 'Học sinh hoàn thành chương trình tiểu học đăng ký vào lớp 6 trường trung học cơ sở theo tuyến tuyển sinh.',
    agency: 'Trường trung học cơ sở theo tuyến tuyển sinh; Phòng Giáo dục và Đào tạo phê duyệt kết quả',
    submitAt: 'Trường trung học cơ sở được giao tuyển sinh, hoặc trực tuyến trên hệ thống tuyển sinh đầu cấp',
    papers: [
      'Đơn (phiếu) đăng ký tuyển sinh theo mẫu',
      'Bản sao giấy khai sinh',
      'Học bạ hoặc giấy xác nhận hoàn thành chương trình tiểu học',
      'Giấy tờ ưu tiên, khuyến khích (nếu có)',
    ],
    fee: 'Không thu lệ phí',
    timeLimit: 'Theo kế hoạch tuyển sinh hằng năm (xét tuyển xong trước ngày 31/7)',
    steps: [
      'Đăng ký trực tuyến hoặc nộp hồ sơ tại trường trung học cơ sở theo tuyến.',
      'Nhà trường xét tuyển và trình Phòng Giáo dục và Đào tạo phê duyệt.',
      'Công bố kết quả; học sinh nhập học theo hướng dẫn của trường.',
    ],
    legalBasis: `${LAW}\nQuy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông hiện hành của Bộ Giáo dục và Đào tạo.`,
    portalUrl: PORTAL,
  },
  {
    name: 'Chuyển trường đối với học sinh trung học cơ sở',
    order: 3,
    summary: 'Học sinh trung học cơ sở chuyển đến hoặc chuyển đi khi gia đình đổi nơi cư trú hoặc có lý do chính đáng.',
    agency: `Hiệu trưởng trường nơi đến; ${OFFICE} khi chuyển đi, đến từ huyện hoặc tỉnh khác`,
    submitAt: 'Trường trung học cơ sở nơi chuyển đến, hoặc nộp trực tuyến',
    papers: [
      'Đơn xin chuyển trường của cha mẹ hoặc người giám hộ',
      'Học bạ (bản chính)',
      'Giấy giới thiệu chuyển trường của Hiệu trưởng trường nơi đi',
      'Bản sao giấy khai sinh',
    ],
    fee: 'Không thu lệ phí',
    timeLimit: '3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    steps: [
      'Cha mẹ nộp đơn tại trường nơi đến; trường nơi đến đồng ý tiếp nhận.',
      'Trường nơi đi cấp giấy giới thiệu chuyển trường và trả học bạ.',
      'Nộp đủ hồ sơ tại trường nơi đến; nhà trường xếp lớp cho học sinh.',
    ],
    legalBasis: `${LAW}\nQuy định về chuyển trường và tiếp nhận học sinh học tại các cơ sở giáo dục phổ thông hiện hành của Bộ Giáo dục và Đào tạo.`,
    portalUrl: PORTAL,
  },
  {
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    order: 4,
    summary: 'Người đã được cấp bằng tốt nghiệp trung học cơ sở đề nghị cấp bản sao từ sổ gốc khi cần bổ sung hồ sơ.',
    agency: OFFICE,
    submitAt: DESK,
    papers: ['Đơn đề nghị cấp bản sao từ sổ gốc theo mẫu', 'Giấy tờ tùy thân của người đề nghị (xuất trình khi nộp trực tiếp)', 'Giấy ủy quyền (khi nộp thay)'],
    fee: 'Theo mức phí cấp bản sao do cơ quan có thẩm quyền quy định',
    timeLimit: 'Trong ngày làm việc nếu nộp trước 15 giờ',
    steps: [
      'Nộp đơn trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Phòng đối chiếu sổ gốc cấp văn bằng.',
      'Trả bản sao cho người đề nghị hoặc gửi qua bưu chính.',
    ],
    legalBasis: `${LAW}\nQuy chế quản lý văn bằng, chứng chỉ hiện hành của hệ thống giáo dục quốc dân.`,
    portalUrl: PORTAL,
  },
  {
    name: 'Chỉnh sửa nội dung văn bằng, chứng chỉ',
    order: 5,
    summary: 'Người được cấp bằng đề nghị chỉnh sửa khi họ tên, ngày sinh trên bằng khác với giấy tờ hộ tịch đã được cải chính.',
    agency: OFFICE,
    submitAt: DESK,
    papers: [
      'Đơn đề nghị chỉnh sửa văn bằng',
      'Văn bằng đề nghị chỉnh sửa',
      'Quyết định cho phép thay đổi, cải chính hộ tịch (bản sao)',
      'Giấy khai sinh (bản sao)',
    ],
    fee: 'Không thu lệ phí',
    timeLimit: '5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    steps: [
      'Nộp hồ sơ tại bộ phận một cửa hoặc trực tuyến.',
      'Phòng xem xét, ra quyết định chỉnh sửa và chỉnh sửa văn bằng.',
      'Trả kết quả cho người đề nghị.',
    ],
    legalBasis: `${LAW}\nQuy chế quản lý văn bằng, chứng chỉ hiện hành của hệ thống giáo dục quốc dân.`,
    portalUrl: PORTAL,
  },
  {
    name: 'Xét công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ đối với cấp xã',
    order: 6,
    summary: 'Ủy ban nhân dân xã đề nghị kiểm tra, công nhận xã đạt chuẩn phổ cập giáo dục và xóa mù chữ hằng năm.',
    agency: `Ủy ban nhân dân cấp huyện; ${OFFICE} tham mưu, tổ chức kiểm tra`,
    submitAt: DESK,
    papers: [
      'Tờ trình đề nghị kiểm tra công nhận của Ủy ban nhân dân xã',
      'Báo cáo quá trình thực hiện và kết quả phổ cập giáo dục, xóa mù chữ',
      'Biểu thống kê số liệu phổ cập, xóa mù chữ',
    ],
    fee: 'Không thu lệ phí',
    timeLimit: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    steps: [
      'Ủy ban nhân dân xã tự kiểm tra và lập hồ sơ đề nghị.',
      'Đoàn kiểm tra của huyện kiểm tra hồ sơ và thực tế tại xã.',
      'Ủy ban nhân dân huyện ra quyết định công nhận, hoặc thông báo lý do chưa công nhận.',
    ],
    legalBasis: `${LAW}\nQuy định về điều kiện, thủ tục kiểm tra, công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ hiện hành.`,
    portalUrl: PORTAL,
  },
]
