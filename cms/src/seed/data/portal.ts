/**
 * Documents, drafts for comment, press releases, the organisation page and the spokesperson of the seed tenant
 * (Phòng Giáo dục và Đào tạo huyện Kim Thành, a former body since 01/07/2025).
 *
 * REAL: plan 92/KH-PGDĐT (number, date, issuer, abstract and full text from ./ke-hoach-92.txt) and the provincial
 * plan 462 it implements (number, date, issuer and abstract as the plan cites them). The plan's text names no signer,
 * so none is recorded. EVERYTHING ELSE IS ILLUSTRATIVE and says so ("minh họa"): other documents, drafts, leaders,
 * phone numbers and e-mail addresses (example.edu.vn).
 */
export const ORG = 'Phòng Giáo dục và Đào tạo huyện Kim Thành'
export const PARENT = 'Ủy ban nhân dân huyện Kim Thành'
export const PROVINCE_DEPT = 'Sở Giáo dục và Đào tạo Hải Dương'

export interface SeedDocument {
  number: string
  docType: string
  issuer: string
  /** the agency lines of the PDF header (left column) */
  agency: string[]
  signer?: string
  issuedDate: string
  effectiveDate?: string
  expiryDate?: string
  summary: string
  themes: string[]
  /** body of the generated PDF; the plan 92 PDF is made from its full text instead; no PDF when empty */
  paragraphs?: string[]
  /** the full text of the real plan */
  fullText?: boolean
  related?: string[]
  replaces?: string[]
}

const PGD = ['UBND HUYỆN KIM THÀNH', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']

export const PLAN_92 = '92/KH-PGDĐT'
export const SPOKESPERSON_REGULATION = '05/QĐ-PGDĐT'

export const DOCUMENTS: SeedDocument[] = [
  {
    number: '462/KH-SGDĐT',
    docType: 'ke-hoach',
    issuer: PROVINCE_DEPT,
    agency: ['UBND TỈNH HẢI DƯƠNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
    issuedDate: '2024-03-11',
    effectiveDate: '2024-03-11',
    summary: 'Triển khai công tác truyền thông năm 2024',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
  },
  {
    number: PLAN_92,
    docType: 'ke-hoach',
    issuer: ORG,
    agency: PGD,
    issuedDate: '2024-03-14',
    effectiveDate: '2024-03-14',
    summary: 'Triển khai công tác truyền thông năm 2024',
    themes: ['nghi-quyet-chinh-sach-phap-luat', 'thi-dua-khen-thuong-dien-hinh'],
    fullText: true,
    related: ['462/KH-SGDĐT'],
  },
  {
    number: '12/QĐ-PGDĐT',
    docType: 'quyet-dinh',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh (minh họa)',
    issuedDate: '2019-02-20',
    effectiveDate: '2019-02-20',
    expiryDate: '2024-01-15',
    summary: 'Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí (văn bản minh họa, đã được thay thế)',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
    paragraphs: ['Văn bản minh họa, đã được thay thế bởi Quyết định số 05/QĐ-PGDĐT ngày 15/01/2024.'],
  },
  {
    number: SPOKESPERSON_REGULATION,
    docType: 'quyet-dinh',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh (minh họa)',
    issuedDate: '2024-01-15',
    effectiveDate: '2024-01-15',
    summary: 'Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của Phòng Giáo dục và Đào tạo (văn bản minh họa)',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
    replaces: ['12/QĐ-PGDĐT'],
    paragraphs: [
      'VĂN BẢN MINH HỌA — không phải văn bản thật của cơ quan.',
      'Điều 1. Phạm vi điều chỉnh. Quy chế này quy định việc phát ngôn và cung cấp thông tin cho báo chí của Phòng Giáo dục và Đào tạo theo Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ.',
      'Điều 2. Người phát ngôn. Trưởng phòng là người phát ngôn của cơ quan; trong trường hợp cần thiết, Trưởng phòng giao cho Phó Trưởng phòng phát ngôn về từng lĩnh vực được phân công.',
      'Điều 3. Cung cấp thông tin định kỳ. Cơ quan cung cấp thông tin cho báo chí qua Trang thông tin điện tử, thông cáo báo chí và họp báo khi cần thiết.',
      'Điều 4. Cung cấp thông tin trong trường hợp đột xuất. Khi xảy ra sự việc, sự kiện gây tác động lớn trong ngành, người phát ngôn cung cấp thông tin ban đầu chậm nhất 24 giờ kể từ khi sự việc xảy ra.',
      'Điều 5. Tiếp nhận đề nghị của cơ quan báo chí. Cơ quan báo chí đề nghị cung cấp thông tin, phỏng vấn bằng văn bản hoặc thư điện tử gửi người phát ngôn; cơ quan trả lời trong thời hạn theo quy định.',
    ],
  },
  {
    number: '1250/QĐ-UBND',
    docType: 'quyet-dinh',
    issuer: PARENT,
    agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN KIM THÀNH'],
    signer: 'Phó Chủ tịch UBND huyện (minh họa)',
    issuedDate: '2024-06-20',
    effectiveDate: '2024-06-20',
    summary: 'Phê duyệt kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2024-2025 (văn bản minh họa)',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh'],
    paragraphs: ['VĂN BẢN MINH HỌA. Phê duyệt chỉ tiêu, phương thức và thời gian tuyển sinh vào lớp 1, lớp 6 năm học 2024-2025.'],
  },
  {
    number: '45/BC-PGDĐT',
    docType: 'bao-cao',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh (minh họa)',
    issuedDate: '2023-12-22',
    summary: 'Báo cáo tổng kết công tác truyền thông năm 2023 (văn bản minh họa)',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
    paragraphs: ['VĂN BẢN MINH HỌA. Báo cáo kết quả thực hiện công tác truyền thông năm 2023 và phương hướng năm 2024.'],
  },
  {
    number: '118/HD-PGDĐT',
    docType: 'huong-dan',
    issuer: ORG,
    agency: PGD,
    signer: 'Phạm Thị Minh Thu (minh họa)',
    issuedDate: '2025-09-05',
    effectiveDate: '2025-09-05',
    summary: 'Hướng dẫn thực hiện nhiệm vụ chuyển đổi số năm học 2025-2026 (văn bản minh họa)',
    themes: ['chuyen-doi-so'],
    paragraphs: ['VĂN BẢN MINH HỌA. Hướng dẫn các trường triển khai sổ điểm điện tử, học bạ số và cơ sở dữ liệu ngành.'],
  },
  {
    number: '236/CV-PGDĐT',
    docType: 'cong-van',
    issuer: ORG,
    agency: PGD,
    signer: 'Phạm Thị Minh Thu (minh họa)',
    issuedDate: '2025-10-14',
    summary: 'Về việc tăng cường công tác phòng, chống đuối nước cho học sinh (văn bản minh họa)',
    themes: ['suc-khoe-hoc-duong-the-chat'],
    paragraphs: ['VĂN BẢN MINH HỌA. Đề nghị các trường tăng cường tuyên truyền, dạy kỹ năng an toàn trong môi trường nước cho học sinh.'],
  },
  {
    number: '09/TB-PGDĐT',
    docType: 'thong-bao',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh (minh họa)',
    issuedDate: '2026-01-12',
    summary: 'Lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026 đối với các cơ sở giáo dục (văn bản minh họa)',
    themes: ['chat-luong-giao-duc'],
    paragraphs: ['VĂN BẢN MINH HỌA. Thông báo lịch nghỉ Tết Nguyên đán đối với cán bộ, giáo viên, nhân viên và học sinh.'],
  },
]

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
    title: 'Dự thảo Kế hoạch tuyển sinh vào lớp 6 năm học 2026-2027 (minh họa)',
    summary:
      'Lấy ý kiến phụ huynh, giáo viên và người dân về dự thảo kế hoạch tuyển sinh vào lớp 6: chỉ tiêu, địa bàn tuyển sinh của từng trường, hồ sơ và lịch tuyển sinh. Dự thảo minh họa.',
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
    title: 'Dự thảo Quy chế phối hợp giữa nhà trường, gia đình và xã hội trong giáo dục học sinh (minh họa)',
    summary:
      'Lấy ý kiến về dự thảo quy chế phối hợp giữa nhà trường, gia đình và xã hội trong giáo dục đạo đức, lối sống và bảo đảm an toàn cho học sinh. Dự thảo minh họa.',
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

export interface SeedPressRelease {
  title: string
  excerpt: string
  themes: string[]
  paragraphs: string[]
  daysAgo: number
}

export const PRESS_RELEASES: SeedPressRelease[] = [
  {
    title: 'Thông cáo báo chí về kết quả tuyển sinh vào lớp 6 năm học 2025-2026 (minh họa)',
    excerpt: 'Phòng Giáo dục và Đào tạo thông tin kết quả tuyển sinh vào lớp 6 năm học 2025-2026 trên địa bàn. Thông cáo minh họa.',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh'],
    daysAgo: 40,
    paragraphs: [
      'Thông cáo minh họa. Năm học 2025-2026, các trường trung học cơ sở trên địa bàn hoàn thành tuyển sinh vào lớp 6 đúng kế hoạch, bảo đảm công khai, minh bạch.',
      'Toàn bộ hồ sơ được tiếp nhận trực tuyến hoặc trực tiếp tại trường; không có khiếu nại về kết quả tuyển sinh.',
    ],
  },
  {
    title: 'Thông cáo báo chí về vụ việc học sinh bị ngộ độc thực phẩm tại bếp ăn bán trú (minh họa)',
    excerpt: 'Thông tin ban đầu về vụ việc và các biện pháp xử lý của ngành giáo dục. Thông cáo minh họa, không phải sự việc có thật.',
    themes: ['suc-khoe-hoc-duong-the-chat'],
    daysAgo: 18,
    paragraphs: [
      'Thông cáo minh họa, không phải sự việc có thật. Ngay sau khi nhận được thông tin, Phòng Giáo dục và Đào tạo đã phối hợp với Trung tâm Y tế huyện kiểm tra, đưa các em học sinh có biểu hiện bất thường đi khám.',
      'Người phát ngôn của Phòng sẽ tiếp tục cung cấp thông tin cho báo chí khi có kết quả xét nghiệm mẫu thực phẩm.',
    ],
  },
  {
    title: 'Thông cáo báo chí về Ngày hội chuyển đổi số ngành giáo dục (minh họa)',
    excerpt: 'Ngày hội giới thiệu các mô hình ứng dụng công nghệ thông tin trong dạy học của các trường. Thông cáo minh họa.',
    themes: ['chuyen-doi-so'],
    daysAgo: 3,
    paragraphs: [
      'Thông cáo minh họa. Ngày hội chuyển đổi số ngành giáo dục giới thiệu học liệu số, sổ điểm điện tử và mô hình lớp học thông minh của các trường.',
      'Phóng viên có nhu cầu đưa tin xin liên hệ người phát ngôn của Phòng theo thông tin trên trang Phát ngôn và báo chí.',
    ],
  },
]

export const ORGANISATION = {
  intro:
    'Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, tham mưu, giúp Ủy ban nhân dân huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn. (Nội dung minh họa: từ 01/07/2025 cấp huyện không còn tổ chức; cơ cấu và lãnh đạo dưới đây là minh họa.)',
  functions: [
    'Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo trên địa bàn; tổ chức thực hiện sau khi được phê duyệt.',
    'Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, kế hoạch giáo dục; công tác tuyển sinh, thi, kiểm tra, đánh giá.',
    'Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục theo phân cấp; tổ chức bồi dưỡng chuyên môn, nghiệp vụ.',
    'Thực hiện công tác thông tin, truyền thông, tiếp nhận và xử lý ý kiến góp ý, phản ánh của người dân về hoạt động giáo dục.',
  ],
  structure: [
    'Lãnh đạo Phòng: Trưởng phòng và các Phó Trưởng phòng.',
    'Bộ phận Giáo dục Mầm non; Bộ phận Giáo dục Tiểu học; Bộ phận Giáo dục Trung học cơ sở.',
    'Bộ phận Tổng hợp – Thi đua (văn phòng, kế hoạch – tài chính, thi đua – khen thưởng, truyền thông).',
  ],
  leaders: [
    { name: 'Trần Quốc Khánh', position: 'Trưởng phòng (minh họa)', responsibilities: 'Phụ trách chung; tổ chức cán bộ; người phát ngôn của cơ quan.', phone: '0220 3710 125', email: 'truongphong.kimthanh@example.edu.vn' },
    { name: 'Phạm Thị Minh Thu', position: 'Phó Trưởng phòng (minh họa)', responsibilities: 'Giáo dục mầm non, tiểu học; chuyển đổi số.', phone: '0220 3710 126', email: 'phophong1.kimthanh@example.edu.vn' },
    { name: 'Đỗ Văn Hải', position: 'Phó Trưởng phòng (minh họa)', responsibilities: 'Giáo dục trung học cơ sở; thi, tuyển sinh; cơ sở vật chất.', phone: '0220 3710 127', email: 'phophong2.kimthanh@example.edu.vn' },
  ],
}

export const SPOKESPERSON_EXTRA = {
  appointedOn: '2024-01-15',
  pressContact:
    'Cơ quan báo chí đề nghị cung cấp thông tin, phỏng vấn xin gửi văn bản hoặc thư điện tử cho người phát ngôn, nêu rõ nội dung, thời hạn cần thông tin. Trường hợp khẩn cấp, xin gọi điện thoại trực tiếp trong giờ làm việc.',
}
