/**
 * Demo corrections (đính chính) of two seeded items, each a day or two after the item was published (daysAgo
 * counts back from the owner's last working day, like the items themselves: ../records-clock.ts). The text says what was wrong and what is right;
 * the items' own text already carries the right information. Names are the demo leaders' (data/organisation.ts).
 */
export interface SeedCorrection {
  collection: 'articles' | 'exemplars'
  /** the corrected item's title, as seeded */
  itemTitle: string
  title: string
  daysAgo: number
  decidedBy: string
  text: string
}

export const CORRECTIONS: SeedCorrection[] = [
  {
    collection: 'articles',
    itemTitle: 'Trường Tiểu học Kim Xuyên được công nhận đạt chuẩn quốc gia mức độ 2',
    title: 'Đính chính cơ quan ban hành quyết định công nhận',
    daysAgo: 31,
    decidedBy: 'Trưởng phòng Trần Quốc Khánh',
    text:
      'Bài viết khi đăng ghi quyết định công nhận Trường Tiểu học Kim Xuyên đạt chuẩn quốc gia mức độ 2 do Sở Giáo dục và Đào tạo ban hành. ' +
      'Thông tin đúng: quyết định do Ủy ban nhân dân tỉnh ban hành. Nội dung bài đã được sửa lại. Trân trọng cáo lỗi cùng bạn đọc và nhà trường.',
  },
  {
    collection: 'exemplars',
    itemTitle: 'Học sinh lớp 4 nhặt được ví tiền, trả lại người đánh rơi',
    title: 'Đính chính lớp học của em Nguyễn Minh Khang',
    daysAgo: 10,
    decidedBy: 'Phó Trưởng phòng Phạm Thị Minh Thu',
    text:
      'Bài viết khi đăng ghi em Nguyễn Minh Khang là học sinh lớp 4B. Thông tin đúng: em là học sinh lớp 4A, Trường Tiểu học Tuấn Việt. ' +
      'Nội dung bài đã được sửa lại.',
  },
]
