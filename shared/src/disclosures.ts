/**
 * Schools' mandatory public disclosure (công khai) under Thông tư 09/2024/TT-BGDĐT of 03/6/2024 (in force from
 * 19/7/2024, replacing Thông tư 36/2017/TT-BGDĐT): what a school discloses, by category and school year. Most small
 * schools have no website of their own, so their disclosure lives on the department's site (/cong-khai/ and the
 * school's page). The CMS offers the categories and checks the school year with these; the site groups with them.
 */
import { viCollator } from './text.ts'
import { toLocalDate, type DateInput } from './working-days.ts'

export const DISCLOSURES_URL = '/cong-khai/'
export const disclosureHref = (slug: string): string => `${DISCLOSURES_URL}${encodeURIComponent(slug)}/`

/** The circular, as the site and the CMS name it. */
export const DISCLOSURE_CIRCULAR = 'Thông tư số 09/2024/TT-BGDĐT ngày 03/6/2024 của Bộ Giáo dục và Đào tạo'

/**
 * The circular's contents to disclose, in its order: the general part for every school (thông tin chung is its Điều 4;
 * conditions that ensure quality, revenue and spending, plans and results) and the annual report, the menus and
 * weekly plans its Điều 14–15 add for pre-schools and general schools. Enrolment is kept apart because citizens
 * look for it by itself.
 */
export const DISCLOSURE_CATEGORIES = [
  { value: 'thong-tin-chung', label: 'Thông tin chung về cơ sở giáo dục' },
  { value: 'dieu-kien-chat-luong', label: 'Điều kiện bảo đảm chất lượng (đội ngũ, cơ sở vật chất)' },
  { value: 'ke-hoach-ket-qua', label: 'Kế hoạch và kết quả hoạt động giáo dục' },
  { value: 'tuyen-sinh', label: 'Tuyển sinh' },
  { value: 'tai-chinh', label: 'Thu, chi tài chính' },
  { value: 'bao-cao-thuong-nien', label: 'Báo cáo thường niên' },
  { value: 'thuc-don-ke-hoach-tuan', label: 'Kế hoạch giáo dục tháng, tuần và thực đơn' },
] as const

export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number]['value']

export const disclosureCategoryLabel = (value: string | null | undefined): string =>
  DISCLOSURE_CATEGORIES.find((c) => c.value === value)?.label ?? ''

const categoryRank = (value: string | null | undefined): number => {
  const i = DISCLOSURE_CATEGORIES.findIndex((c) => c.value === value)
  return i < 0 ? DISCLOSURE_CATEGORIES.length : i
}

/** A school year is written "2025-2026": two consecutive years. */
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/
export const SCHOOL_YEAR_MESSAGE = 'Năm học ghi theo dạng 2025-2026 (hai năm liên tiếp).'

export function isSchoolYear(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = SCHOOL_YEAR.exec(value.trim())
  if (!m) return false
  const first = Number(m[1])
  return first >= 2000 && first <= 2100 && Number(m[2]) === first + 1
}

/** "Năm học 2025–2026" */
export const schoolYearLabel = (year: string): string => `Năm học ${year.replace('-', '–')}`

/** The school year a day belongs to (Hà Nội calendar): from 1 September to 31 August. */
export function schoolYearOf(day: DateInput = new Date()): string {
  const [y, m] = toLocalDate(day).split('-').map(Number) as [number, number]
  const first = m >= 9 ? y : y - 1
  return `${first}-${first + 1}`
}

export interface DisclosureLike {
  schoolYear: string
  category: string
  title: string
}

/** Disclosures grouped by school year, newest year first; within a year in the circular's order, then by title. */
export function byYear<T extends DisclosureLike>(items: T[]): { year: string; items: T[] }[] {
  const years = [...new Set(items.map((d) => d.schoolYear))].sort((a, b) => b.localeCompare(a))
  return years.map((year) => ({
    year,
    items: items
      .filter((d) => d.schoolYear === year)
      .sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || viCollator.compare(a.title, b.title)),
  }))
}
