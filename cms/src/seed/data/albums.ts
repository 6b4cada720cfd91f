/**
 * Demo photo albums and the demo video of the seed tenant. DEMO DATA: the events are illustrative and the photos are
 * the seed's drawn school scenes (./images.ts), not photographs; `when` counts back from the owner's
 * last working day (../records-clock.ts: the school year 2024–2025; the opening ceremony is on the 5 September before it). `scene` picks a drawn picture (makeCover's index).
 */
export interface SeedPhoto {
  scene: number
  alt: string
  caption: string
}
export interface SeedAlbum {
  title: string
  description: string
  /** days before the owner's last working day (../records-clock.ts); 'khai-giang' = the 5 September before it */
  when: number | 'khai-giang'
  photos: SeedPhoto[]
  /** attached to this seed article (its exact title), shown under its text */
  article?: string
}

export const ALBUMS: SeedAlbum[] = [
  {
    title: 'Lễ khai giảng năm học mới tại các trường trên địa bàn',
    description:
      'Học sinh, thầy cô giáo và cha mẹ học sinh các trường mầm non, tiểu học, trung học cơ sở dự lễ khai giảng, đánh trống khai trường và chào cờ đầu năm học.',
    when: 'khai-giang',
    photos: [
      { scene: 0, alt: 'Học sinh xếp hàng trước cổng trường, cờ đỏ sao vàng tung bay', caption: 'Học sinh xếp hàng dự lễ chào cờ.' },
      { scene: 4, alt: 'Cổng trường với lá cờ đỏ sao vàng trong buổi sáng khai giảng', caption: 'Cổng trường trong buổi sáng khai giảng.' },
      { scene: 2, alt: 'Học sinh vui chơi trên sân trường sau buổi lễ', caption: 'Niềm vui ngày khai trường.' },
      { scene: 1, alt: 'Lớp học với bảng đen và bàn ghế mới cho năm học mới', caption: 'Lớp học sẵn sàng cho năm học mới.' },
    ],
  },
  {
    title: 'Hội khỏe Phù Đổng cấp huyện',
    description: 'Những khoảnh khắc thi đấu sôi nổi của vận động viên học sinh tại Hội khỏe Phù Đổng cấp huyện.',
    when: 241,
    article: 'Hội khỏe Phù Đổng cấp huyện sôi nổi với nhiều môn thi đấu',
    photos: [
      { scene: 2, alt: 'Học sinh tập trung trên sân trước giờ thi đấu', caption: 'Các đoàn vận động viên trước giờ khai mạc.' },
      { scene: 5, alt: 'Sân trường nơi diễn ra các môn thi đấu thể thao', caption: 'Khu vực thi đấu các môn điền kinh.' },
      { scene: 8, alt: 'Học sinh cổ vũ cho bạn trên sân thi đấu', caption: 'Cổ động viên tiếp sức cho các bạn.' },
    ],
  },
  {
    title: 'Ngày hội đọc sách ở thư viện trường học',
    description: 'Thư viện các trường tổ chức ngày hội đọc sách, giới thiệu sách mới và góc đọc thân thiện cho học sinh.',
    when: 45,
    photos: [
      { scene: 3, alt: 'Giá sách nhiều màu trong thư viện trường', caption: 'Góc sách mới của thư viện.' },
      { scene: 7, alt: 'Học sinh đọc sách bên bàn trong thư viện', caption: 'Giờ đọc sách tự chọn.' },
      { scene: 1, alt: 'Lớp học trang trí góc đọc sách cho học sinh', caption: 'Góc đọc sách trong lớp học.' },
    ],
  },
]

export const DEMO_VIDEO = {
  title: 'Không khí lễ khai giảng năm học mới',
  description:
    'Đoạn video ngắn về không khí ngày khai trường ở một trường tiểu học trên địa bàn (dựng từ tranh vẽ, không có âm thanh).',
  transcript:
    'Video không có lời. Hình ảnh: cổng trường và sân trường trong ngày khai giảng, cờ đỏ sao vàng, học sinh mặc đồng phục xếp hàng. Dòng chữ ở cuối khung hình: "Lễ khai giảng năm học mới".',
  posterAlt: 'Cổng trường với cờ đỏ sao vàng trong ngày khai giảng',
  file: 'video-khai-giang.mp4',
}
