/**
 * The documents library of the seed tenant (Phòng Giáo dục và Đào tạo huyện Kim Thành, a former body since 01/07/2025).
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
    signer: 'Trần Quốc Khánh',
    issuedDate: '2019-02-20',
    effectiveDate: '2019-02-20',
    expiryDate: '2024-01-15',
    summary: 'Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí (đã được thay thế)',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
    paragraphs: ['Văn bản đã được thay thế bởi Quyết định số 05/QĐ-PGDĐT ngày 15/01/2024.'],
  },
  {
    number: SPOKESPERSON_REGULATION,
    docType: 'quyet-dinh',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh',
    issuedDate: '2024-01-15',
    effectiveDate: '2024-01-15',
    summary: 'Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của Phòng Giáo dục và Đào tạo',
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
    signer: 'Phó Chủ tịch UBND huyện',
    issuedDate: '2024-06-20',
    effectiveDate: '2024-06-20',
    summary: 'Phê duyệt kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2024-2025',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh'],
    paragraphs: ['VĂN BẢN MINH HỌA. Phê duyệt chỉ tiêu, phương thức và thời gian tuyển sinh vào lớp 1, lớp 6 năm học 2024-2025.'],
  },
  {
    number: '45/BC-PGDĐT',
    docType: 'bao-cao',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh',
    issuedDate: '2023-12-22',
    summary: 'Báo cáo tổng kết công tác truyền thông năm 2023',
    themes: ['nghi-quyet-chinh-sach-phap-luat'],
    paragraphs: ['VĂN BẢN MINH HỌA. Báo cáo kết quả thực hiện công tác truyền thông năm 2023 và phương hướng năm 2024.'],
  },
  {
    number: '118/HD-PGDĐT',
    docType: 'huong-dan',
    issuer: ORG,
    agency: PGD,
    signer: 'Phạm Thị Minh Thu',
    issuedDate: '2024-09-05',
    effectiveDate: '2024-09-05',
    summary: 'Hướng dẫn thực hiện nhiệm vụ chuyển đổi số năm học 2024-2025',
    themes: ['chuyen-doi-so'],
    paragraphs: ['VĂN BẢN MINH HỌA. Hướng dẫn các trường triển khai sổ điểm điện tử, học bạ số và cơ sở dữ liệu ngành.'],
  },
  {
    number: '236/CV-PGDĐT',
    docType: 'cong-van',
    issuer: ORG,
    agency: PGD,
    signer: 'Phạm Thị Minh Thu',
    issuedDate: '2025-05-14',
    summary: 'Về việc tăng cường công tác phòng, chống đuối nước cho học sinh trong dịp nghỉ hè',
    themes: ['suc-khoe-hoc-duong-the-chat'],
    paragraphs: ['VĂN BẢN MINH HỌA. Đề nghị các trường tăng cường tuyên truyền, dạy kỹ năng an toàn trong môi trường nước cho học sinh.'],
  },
  {
    number: '02/TB-PGDĐT',
    docType: 'thong-bao',
    issuer: ORG,
    agency: PGD,
    signer: 'Trần Quốc Khánh',
    issuedDate: '2025-01-06',
    summary: 'Lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025 đối với các cơ sở giáo dục',
    themes: ['chat-luong-giao-duc'],
    paragraphs: ['VĂN BẢN MINH HỌA. Thông báo lịch nghỉ Tết Nguyên đán đối với cán bộ, giáo viên, nhân viên và học sinh.'],
  },
]
