/**
 * The ten content themes of the 2024 communications plan (Kế hoạch 92/KH-PGDĐT, mục II, 1–10), in the plan's order:
 * the seed of the `themes` collection, and nothing else. At run time themes are content (editors add, rename,
 * reorder and retire them each year); read them from the collection, never from here. The plan's own wording of
 * each item is read from the plan's text by ./plan-items.ts when seeding.
 */
export interface Theme {
  order: number
  slug: string
  name: string
  description: string
}

/** The plan these ten themes come from, and its year. */
export const THEMES_PLAN = { number: '92/KH-PGDĐT', year: 2024 } as const

export const THEMES: readonly Theme[] = [
  {
    order: 1,
    slug: 'nghi-quyet-chinh-sach-phap-luat',
    name: 'Nghị quyết, chính sách, pháp luật về giáo dục',
    description:
      'Tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về giáo dục và đào tạo, trọng tâm là Nghị quyết 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo, cùng các văn bản chỉ đạo của ngành.',
  },
  {
    order: 2,
    slug: 'chat-luong-giao-duc',
    name: 'Chất lượng giáo dục, hướng nghiệp, phổ cập, kiểm định',
    description:
      'Kết quả nâng cao chất lượng giáo dục toàn diện, giáo dục hướng nghiệp và phân luồng học sinh, phổ cập giáo dục, xóa mù chữ, kiểm định chất lượng và xây dựng trường đạt chuẩn quốc gia.',
  },
  {
    order: 3,
    slug: 'chuong-trinh-gdpt-2018',
    name: 'Chương trình GDPT 2018 và sách giáo khoa',
    description:
      'Thông tin về việc triển khai Chương trình giáo dục phổ thông 2018, lựa chọn và sử dụng sách giáo khoa, đổi mới phương pháp dạy học và kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực.',
  },
  {
    order: 4,
    slug: 'dao-duc-loi-song-van-hoa-hoc-duong',
    name: 'Đạo đức, lối sống, văn hóa học đường',
    description:
      'Giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh; xây dựng văn hóa học đường, môi trường giáo dục an toàn, lành mạnh, thân thiện; phòng, chống bạo lực học đường.',
  },
  {
    order: 5,
    slug: 'suc-khoe-hoc-duong-the-chat',
    name: 'Sức khỏe học đường, thể chất, trường học an toàn',
    description:
      'Công tác y tế trường học, giáo dục thể chất, thể thao, dinh dưỡng học đường, phòng chống dịch bệnh, phòng chống đuối nước, tai nạn thương tích và bảo đảm an toàn trường học.',
  },
  {
    order: 6,
    slug: 'thi-kiem-tra-danh-gia-tuyen-sinh',
    name: 'Thi, kiểm tra, đánh giá và tuyển sinh',
    description:
      'Thông tin về các kỳ thi, kiểm tra, đánh giá học sinh; công tác tuyển sinh các cấp học bảo đảm nghiêm túc, khách quan, công bằng và đúng quy chế.',
  },
  {
    order: 7,
    slug: 'chuyen-doi-so',
    name: 'Chuyển đổi số, ứng dụng công nghệ thông tin',
    description:
      'Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý, dạy học và kiểm tra, đánh giá; xây dựng cơ sở dữ liệu ngành, học liệu số và trường học thông minh.',
  },
  {
    order: 8,
    slug: 'doi-ngu-nha-giao-can-bo-quan-ly',
    name: 'Đội ngũ nhà giáo và cán bộ quản lý',
    description:
      'Xây dựng, phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục đủ về số lượng, bảo đảm chất lượng; bồi dưỡng chuyên môn, nghiệp vụ; tôn vinh nhà giáo tiêu biểu.',
  },
  {
    order: 9,
    slug: 'xa-hoi-hoa-nguon-luc',
    name: 'Xã hội hóa, huy động nguồn lực cho giáo dục',
    description:
      'Công tác xã hội hóa giáo dục, huy động các nguồn lực xã hội đầu tư cho giáo dục, xây dựng xã hội học tập, khuyến học, khuyến tài và sự phối hợp giữa nhà trường, gia đình và xã hội.',
  },
  {
    order: 10,
    slug: 'thi-dua-khen-thuong-dien-hinh',
    name: 'Thi đua, khen thưởng, điển hình tiên tiến',
    description:
      'Các phong trào thi đua, công tác khen thưởng; giới thiệu gương người tốt, việc tốt, điển hình tiên tiến, cách làm hay, sáng tạo trong ngành giáo dục.',
  },
]

export const THEME_SLUGS = THEMES.map((t) => t.slug) as [string, ...string[]]

export function themeBySlug(slug: string): Theme | undefined {
  return THEMES.find((t) => t.slug === slug)
}
