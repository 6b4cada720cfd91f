/**
 * Demo photo albums and the demo video of the seed tenant. DEMO DATA: the events are illustrative and the photos are
 * the seed's rendered school pictures (./images.ts: made with POV-Ray, no real school); `when` counts back from the owner's
 * last working day (../records-clock.ts: the school year 2024–2025; the opening ceremony is on the 5 September before it). `scene` picks a rendered picture (makeCover's index: 0–5 are the six pictures in images.ts' order) and the alt text says what it shows.
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
      { scene: 2, alt: 'Cổng trường đang mở nhìn từ ngoài đường, phía sau là cột cờ và dãy lớp học sơn vàng', caption: 'Cổng trường buổi sáng khai giảng.' },
      { scene: 0, alt: 'Lá cờ đỏ sao vàng trên cột cờ giữa sân trường, trước dãy lớp học ba tầng', caption: 'Sân trường, nơi diễn ra lễ chào cờ đầu năm học.' },
      { scene: 4, alt: 'Hành lang dãy lớp học trong nắng sớm, hàng cột sơn vàng và lan can', caption: 'Hành lang các lớp học trước giờ vào lớp.' },
      { scene: 1, alt: 'Lớp học với bảng xanh và các dãy bàn ghế gỗ hai chỗ ngồi', caption: 'Lớp học sẵn sàng cho năm học mới.' },
    ],
  },
  {
    title: 'Hội khỏe Phù Đổng cấp huyện',
    description: 'Những khoảnh khắc thi đấu sôi nổi của vận động viên học sinh tại Hội khỏe Phù Đổng cấp huyện.',
    when: 241,
    article: 'Hội khỏe Phù Đổng cấp huyện sôi nổi với nhiều môn thi đấu',
    photos: [
      { scene: 0, alt: 'Sân trường rộng lát bê tông trước dãy lớp học, cột cờ ở giữa sân', caption: 'Sân trường đăng cai, trước giờ khai mạc.' },
      { scene: 2, alt: 'Cổng trường và hàng rào sắt nhìn từ ngoài đường', caption: 'Cổng đón các đoàn vận động viên.' },
      { scene: 4, alt: 'Hành lang tầng hai nhìn ra sân trường và hàng cây', caption: 'Khu vực nghỉ của các đoàn.' },
    ],
  },
  {
    title: 'Ngày hội đọc sách ở thư viện trường học',
    description: 'Thư viện các trường tổ chức ngày hội đọc sách, giới thiệu sách mới và góc đọc thân thiện cho học sinh.',
    when: 45,
    photos: [
      { scene: 3, alt: 'Giá sách nhiều màu dọc tường thư viện trường', caption: 'Góc sách mới của thư viện.' },
      { scene: 1, alt: 'Lớp học với bảng xanh và các dãy bàn ghế gỗ, nắng chiếu qua cửa sổ', caption: 'Lớp học dành cho giờ đọc sách tự chọn.' },
      { scene: 5, alt: 'Phòng tin học với các dãy máy tính đang bật', caption: 'Tra cứu sách điện tử ở phòng tin học.' },
    ],
  },
]

export const DEMO_VIDEO = {
  title: 'Không khí lễ khai giảng năm học mới',
  description:
    'Đoạn video ngắn về không khí ngày khai trường ở một trường tiểu học trên địa bàn (dựng từ ảnh phối cảnh 3D, không có âm thanh).',
  transcript:
    'Video không có lời. Hình ảnh: sân trường buổi sáng, lá cờ đỏ sao vàng trên cột cờ trước dãy lớp học ba tầng sơn vàng, khung hình từ từ lia sang phải và tiến lại gần. Dòng chữ ở cuối khung hình: "Lễ khai giảng năm học mới".',
  posterAlt: 'Sân trường với lá cờ đỏ sao vàng trên cột cờ trước dãy lớp học ba tầng sơn vàng',
  file: 'video-khai-giang.mp4',
}
