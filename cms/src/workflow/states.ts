/** The review workflow of what schools submit (exemplars, school news). */
export const REVIEW_STATES = [
  { value: 'nhap', label: 'Nháp' },
  { value: 'cho-duyet', label: 'Chờ duyệt' },
  { value: 'yeu-cau-chinh-sua', label: 'Yêu cầu chỉnh sửa' },
  { value: 'da-xuat-ban', label: 'Đã xuất bản' },
  { value: 'go-xuong', label: 'Gỡ xuống' },
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/** What a school contributor may set the state to; the rest belongs to editors. */
export const SCHOOL_SETTABLE: readonly ReviewState[] = ['nhap', 'cho-duyet']
