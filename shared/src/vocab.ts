/** Closed vocabularies shared by the CMS (select options) and the site (labels). Values are stable slugs. */
export interface Option {
  value: string
  label: string
}

export const FEEDBACK_KINDS = [
  { value: 'gop-y', label: 'Góp ý' },
  { value: 'phan-anh', label: 'Phản ánh' },
  { value: 'kien-nghi', label: 'Kiến nghị' },
  { value: 'cau-hoi', label: 'Câu hỏi' },
] as const satisfies readonly Option[]

export const FEEDBACK_STATUSES = [
  { value: 'moi', label: 'Mới' },
  { value: 'da-tiep-nhan', label: 'Đã tiếp nhận' },
  { value: 'dang-xu-ly', label: 'Đang xử lý' },
  { value: 'da-tra-loi', label: 'Đã trả lời' },
  { value: 'da-dong', label: 'Đã đóng' },
  { value: 'chuyen-co-quan-tham-quyen', label: 'Chuyển cơ quan có thẩm quyền' },
  { value: 'khong-xu-ly', label: 'Không xử lý' },
] as const satisfies readonly Option[]

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value']

/**
 * Who is speaking (plan I.2: học sinh, giáo viên, cán bộ quản lý, báo chí, người dân…): the sender's group, optional
 * on the public form, set by editors on the items they record; statistics and the department's report split by it.
 */
export const SENDER_GROUPS = [
  { value: 'hoc-sinh', label: 'Học sinh' },
  { value: 'cha-me-hoc-sinh', label: 'Cha mẹ học sinh' },
  { value: 'giao-vien', label: 'Giáo viên' },
  { value: 'can-bo-quan-ly', label: 'Cán bộ quản lý' },
  { value: 'bao-chi', label: 'Báo chí' },
  { value: 'nguoi-dan', label: 'Người dân' },
  { value: 'khac', label: 'Khác' },
] as const satisfies readonly Option[]

/**
 * Press and social-network monitoring (plan IV.1: "nắm bắt … thống kê, phân tích" what the press and social networks
 * say): where an item appeared and its tone.
 */
export const PRESS_CHANNELS = [
  { value: 'bao-chi', label: 'Báo chí' },
  { value: 'mang-xa-hoi', label: 'Mạng xã hội' },
] as const satisfies readonly Option[]
export const PRESS_TONES = [
  { value: 'tich-cuc', label: 'Tích cực' },
  { value: 'trung-lap', label: 'Trung lập' },
  { value: 'tieu-cuc', label: 'Tiêu cực' },
] as const satisfies readonly Option[]

/** Why an item is not handled (status "khong-xu-ly"). */
export const FEEDBACK_REJECT_REASONS = [
  { value: 'spam', label: 'Thư rác, quảng cáo' },
  { value: 'trung-lap', label: 'Trùng lặp' },
  { value: 'khong-du-thong-tin', label: 'Không đủ thông tin' },
] as const satisfies readonly Option[]

/** The channel a feedback item came in by; the public endpoint records "website". */
export const FEEDBACK_SOURCES = [
  { value: 'website', label: 'Trang thông tin điện tử' },
  { value: 'dien-thoai', label: 'Điện thoại' },
  { value: 'thu', label: 'Thư' },
  { value: 'thu-dien-tu', label: 'Thư điện tử' },
  { value: 'bao-chi', label: 'Báo chí' },
  { value: 'mang-xa-hoi', label: 'Mạng xã hội' },
  { value: 'hoi-nghi-tiep-cong-dan', label: 'Hội nghị, tiếp công dân' },
] as const satisfies readonly Option[]

export const SCHOOL_LEVELS = [
  { value: 'mam-non', label: 'Mầm non' },
  { value: 'tieu-hoc', label: 'Tiểu học' },
  { value: 'thcs', label: 'Trung học cơ sở' },
  { value: 'lien-cap', label: 'Liên cấp' },
] as const satisfies readonly Option[]

/**
 * The kind of a school's local unit (đơn vị hành chính cấp xã since 01/07/2025: xã, phường, đặc khu). The value is
 * also the URL segment of the unit's page (/truong-hoc/<kind>/<name>/).
 */
export const LOCAL_UNIT_KINDS = [
  { value: 'xa', label: 'Xã' },
  { value: 'phuong', label: 'Phường' },
  { value: 'dac-khu', label: 'Đặc khu' },
] as const satisfies readonly Option[]
export type LocalUnitKind = (typeof LOCAL_UNIT_KINDS)[number]['value']

/** "Phường Kim Tân", "Xã Lai Khê", "Đặc khu Cô Tô" (a missing or unknown kind reads "Xã", the stored default). */
export function localUnitName(kind: string | null | undefined, name: string): string {
  return `${labelOf(LOCAL_UNIT_KINDS, kind) || 'Xã'} ${name}`
}

export const EXEMPLAR_SUBJECT_TYPES = [
  { value: 'giao-vien', label: 'Giáo viên' },
  { value: 'hoc-sinh', label: 'Học sinh' },
  { value: 'can-bo-quan-ly', label: 'Cán bộ quản lý' },
  { value: 'nhan-vien', label: 'Nhân viên' },
  { value: 'tap-the', label: 'Tập thể' },
  { value: 'phu-huynh-nguoi-dan', label: 'Phụ huynh/người dân' },
] as const satisfies readonly Option[]

/** What a campaign is: an emulation movement (phong trào thi đua) or a campaign of persuasion (cuộc vận động). */
export const CAMPAIGN_KINDS = [
  { value: 'phong-trao', label: 'Phong trào thi đua' },
  { value: 'cuoc-van-dong', label: 'Cuộc vận động' },
] as const satisfies readonly Option[]
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]['value']

/**
 * The campaigns named in plan II.10, each with its kind (the plan: the phong trào thi đua "Đổi mới, sáng tạo…" gắn
 * với cuộc vận động "Mỗi thầy, cô giáo là một tấm gương sáng…"), and "khác" (no kind).
 */
export const EXEMPLAR_MOVEMENTS = [
  { value: 'doi-moi-sang-tao', label: 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập', kind: 'phong-trao' },
  {
    value: 'tam-guong-dao-duc',
    label: 'Mỗi thầy, cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo',
    kind: 'cuoc-van-dong',
  },
  {
    value: 'xa-hoi-hoc-tap',
    label: 'Cả nước xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030',
    kind: 'phong-trao',
  },
  { value: 'khac', label: 'Khác', kind: null },
] as const satisfies readonly (Option & { kind: CampaignKind | null })[]

/** "Phong trào thi đua", "Cuộc vận động", or "Phong trào thi đua, cuộc vận động" when the campaign has no kind. */
export function campaignKindLabel(movement: string | null | undefined): string {
  const kind = EXEMPLAR_MOVEMENTS.find((m) => m.value === movement)?.kind
  return kind ? labelOf(CAMPAIGN_KINDS, kind) : 'Phong trào thi đua, cuộc vận động'
}

export const ROLES = [
  { value: 'admin', label: 'Quản trị hệ thống' },
  { value: 'editor', label: 'Cán bộ truyền thông' },
  { value: 'school', label: 'Cộng tác viên nhà trường' },
] as const satisfies readonly Option[]

export type Role = (typeof ROLES)[number]['value']

export function labelOf(options: readonly Option[], value: string | null | undefined): string {
  return options.find((o) => o.value === value)?.label ?? ''
}

export function valuesOf<T extends readonly Option[]>(options: T): [T[number]['value'], ...T[number]['value'][]] {
  return options.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]]
}

/** Kinds of administrative documents (loại văn bản), as the document library lists and filters them. */
export const DOCUMENT_TYPES = [
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'cong-van', label: 'Công văn' },
  { value: 'quyet-dinh', label: 'Quyết định' },
  { value: 'thong-bao', label: 'Thông báo' },
  { value: 'huong-dan', label: 'Hướng dẫn' },
  { value: 'bao-cao', label: 'Báo cáo' },
  { value: 'chi-thi', label: 'Chỉ thị' },
  { value: 'quy-che', label: 'Quy chế' },
  { value: 'quy-dinh', label: 'Quy định' },
  { value: 'to-trinh', label: 'Tờ trình' },
  { value: 'thong-tu', label: 'Thông tư' },
  { value: 'nghi-dinh', label: 'Nghị định' },
  { value: 'khac', label: 'Khác' },
] as const satisfies readonly Option[]

/** Whether a draft is taking comments; the dates decide within "dang-lay-y-kien" (see consultationPhase). */
export const CONSULTATION_STATUSES = [
  { value: 'dang-lay-y-kien', label: 'Lấy ý kiến theo thời hạn' },
  { value: 'da-ket-thuc', label: 'Đã kết thúc (đóng sớm)' },
] as const satisfies readonly Option[]

/** What the public sees of a consultation's phase. */
export const CONSULTATION_PHASES = [
  { value: 'sap-mo', label: 'Sắp lấy ý kiến' },
  { value: 'dang-mo', label: 'Đang lấy ý kiến' },
  { value: 'da-dong', label: 'Đã hết hạn lấy ý kiến' },
] as const satisfies readonly Option[]

/** A theme's place in the plans: in use (offered for new articles and on the feedback form) or retired with its plan. */
export const THEME_STATUSES = [
  { value: 'dang-ap-dung', label: 'Đang áp dụng' },
  { value: 'da-ket-thuc', label: 'Đã kết thúc (lưu trữ cùng kế hoạch)' },
] as const satisfies readonly Option[]
