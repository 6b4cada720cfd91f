/**
 * The public site's sections, in the order the header's menu lists them, and the citizen's tasks. The menu and the
 * footer together reach every public section from every page (the spokesperson's page: footer, and the contact page).
 */
import { LOOKUP_URL } from '@gd/shared/public-routes'
import { QA_URL } from '@gd/shared/qa'
import { ANNOUNCEMENTS_URL } from '@gd/shared/announcements'
import { EVENTS_URL } from '@gd/shared/events'
import { PROCEDURES_URL } from '@gd/shared/procedures'
import { CORRECTIONS_URL } from '@gd/shared/corrections'
import { WORK_SCHEDULE_URL } from '@gd/shared/work-schedule'
import { DISCLOSURES_URL } from '@gd/shared/disclosures'
import { GALLERY_URL } from '@gd/shared/gallery'
import { ABOUT_URL, CONTACT_URL } from './contact.ts'
import { CONSULTATIONS_BASE } from './consultations.ts'
import { DOCUMENTS_BASE } from './documents.ts'
import { PRESS_BASE } from './press.ts'
import { SCHOOLS_BASE } from './schools.ts'
import { EXEMPLARS_BASE, FEEDBACK_URL, NEWS_BASE, THEMES_BASE } from './urls.ts'

export interface NavItem {
  href: string
  label: string
  /** the language of the page linked to, when not Vietnamese (the English page) */
  lang?: string
}

/** The HTML site map (generated from this file, the themes and the schools) and the short English page. */
export const SITE_MAP_URL = '/so-do-trang/'
export const ENGLISH_URL = '/en/'

/** The header's menu (the home page is the owner's name; search is the header's own box). */
export const MAIN_NAV: NavItem[] = [
  { href: NEWS_BASE, label: 'Tin tức' },
  { href: ANNOUNCEMENTS_URL, label: 'Thông báo' },
  { href: THEMES_BASE, label: 'Chủ đề' },
  { href: DOCUMENTS_BASE, label: 'Văn bản' },
  { href: CONSULTATIONS_BASE, label: 'Dự thảo' },
  { href: FEEDBACK_URL, label: 'Góp ý' },
  { href: LOOKUP_URL, label: 'Tra cứu' },
  { href: QA_URL, label: 'Hỏi đáp' },
  { href: SCHOOLS_BASE, label: 'Trường học' },
  { href: EXEMPLARS_BASE, label: 'Người tốt việc tốt' },
  { href: ABOUT_URL, label: 'Giới thiệu' },
  { href: CONTACT_URL, label: 'Liên hệ' },
]

/** Sections the footer adds to the menu's. */
export const MORE_SECTIONS: NavItem[] = [
  { href: PROCEDURES_URL, label: 'Thủ tục hành chính' },
  { href: EVENTS_URL, label: 'Sự kiện, ngày lễ' },
  { href: WORK_SCHEDULE_URL, label: 'Lịch công tác' },
  { href: DISCLOSURES_URL, label: 'Công khai của nhà trường' },
  { href: GALLERY_URL, label: 'Thư viện ảnh, video' },
  { href: PRESS_BASE, label: 'Người phát ngôn, báo chí' },
  { href: CORRECTIONS_URL, label: 'Đính chính' },
  { href: SITE_MAP_URL, label: 'Sơ đồ trang' },
  { href: ENGLISH_URL, label: 'English', lang: 'en' },
]

export interface CitizenTask extends NavItem {
  /** one line saying what the citizen gets there */
  hint: string
  /** the hint goes on with the answer deadline (the configured working days, stated where the citizen starts) */
  promisesAnswer?: boolean
}

/** What a citizen comes to do, first on the home page and in the footer: the two feedback tasks lead. */
export const CITIZEN_TASKS: CitizenTask[] = [
  {
    href: FEEDBACK_URL,
    label: 'Gửi ý kiến, phản ánh',
    hint: 'Góp ý, phản ánh, kiến nghị hoặc đặt câu hỏi; nhận mã để theo dõi',
    promisesAnswer: true,
  },
  { href: LOOKUP_URL, label: 'Tra cứu kết quả xử lý', hint: 'Xem ý kiến đã gửi đang được xử lý đến đâu, đọc câu trả lời.' },
  {
    href: PROCEDURES_URL,
    label: 'Thủ tục hành chính',
    hint: 'Tuyển sinh, chuyển trường, cấp bản sao văn bằng: nơi nộp, hồ sơ, lệ phí, nộp trực tuyến.',
  },
  { href: DOCUMENTS_BASE, label: 'Tìm văn bản', hint: 'Văn bản chỉ đạo, điều hành; tải về bản đầy đủ.' },
  { href: QA_URL, label: 'Hỏi đáp', hint: 'Câu hỏi của người dân và câu trả lời của cơ quan.' },
  { href: CONSULTATIONS_BASE, label: 'Góp ý dự thảo', hint: 'Dự thảo văn bản đang lấy ý kiến.' },
  { href: CONTACT_URL, label: 'Liên hệ', hint: 'Địa chỉ, điện thoại, giờ làm việc.' },
]
