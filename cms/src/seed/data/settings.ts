/**
 * Site settings of the seed tenant.
 *
 * DEMO DATA. The plan's department, "Phòng Giáo dục và Đào tạo huyện Kim Thành", is a former body: since 01/07/2025
 * Hải Dương is part of Hải Phòng and district-level bodies are abolished. Address, phone numbers, e-mail addresses
 * (example.edu.vn), the spokesperson and the social accounts below are illustrative, not real contacts. The notice
 * says once what is illustrative and which dates are the owner's (../records-clock.ts) and which are today's.
 */
export const SITE_SETTINGS = {
  orgName: 'Phòng Giáo dục và Đào tạo huyện Kim Thành',
  parentBody: 'Ủy ban nhân dân huyện Kim Thành',
  address: 'Khu hành chính huyện, thị trấn Phú Thái, huyện Kim Thành, tỉnh Hải Dương',
  phone: '0220 3710 123',
  email: 'pgddt.kimthanh@example.edu.vn',
  workingHours: 'Thứ Hai – Thứ Sáu: 7h30 – 11h30, 13h30 – 17h00',
  hotline: '0220 3710 100',
  linkedBodies: [
    { name: 'Bộ Giáo dục và Đào tạo', url: 'https://moet.gov.vn' },
    { name: 'Sở Giáo dục và Đào tạo tỉnh Hải Dương', url: 'https://haiduong.edu.vn' },
    { name: 'Ủy ban nhân dân huyện Kim Thành', url: 'https://kimthanh.haiduong.gov.vn' },
    { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
  ],
  footer: {
    licence: 'Thành lập theo Quyết định số 1520/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân huyện Kim Thành.',
    responsible: 'Người chịu trách nhiệm nội dung: ông Trần Quốc Khánh, Trưởng phòng Giáo dục và Đào tạo.',
    // the years of its records (../records-clock.ts), not the year of the build
    copyright: '© 2024–2025 Phòng Giáo dục và Đào tạo huyện Kim Thành.',
    republish: 'Ghi rõ nguồn “Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Kim Thành” khi phát hành lại thông tin từ trang này.',
  },
  englishName: 'Kim Thanh District Division of Education and Training',
  englishParentBody: "People's Committee of Kim Thanh District",
  englishAddress: 'District Administrative Area, Phu Thai Town, Kim Thanh District, Hai Duong Province, Viet Nam',
  englishAbout: [
    'The Division of Education and Training advises the District People’s Committee on pre-school, primary and lower secondary education, and manages the public schools of the district.',
    'This is a demonstration site modelled on the division, which ceased to exist on 1 July 2025, when district-level bodies were abolished. Its news, documents, photographs and names are illustrative records of the 2024–2025 school year; the feedback, draft consultation, events, announcements and work schedule sections run on today’s date to show how they work.',
    'The site is in Vietnamese. Questions in English can be sent by e-mail; feedback and questions in Vietnamese can also be sent through the feedback form.',
  ].join('\n'),
  siteNotice:
    'Trang trình diễn dựng theo Phòng GD&ĐT huyện Kim Thành (kết thúc hoạt động từ 01/07/2025): tin bài, văn bản, thủ tục, hình ảnh là dữ liệu minh họa năm học 2024–2025; góp ý, dự thảo, sự kiện, thông báo, lịch công tác chạy theo ngày hôm nay.',
  spokesperson: {
    name: 'Trần Quốc Khánh',
    position: 'Trưởng phòng Giáo dục và Đào tạo',
    phone: '0220 3710 125',
    email: 'phatngon.pgddt.kimthanh@example.edu.vn',
  },
  social: [
    { platform: 'facebook', url: 'https://www.facebook.com/example.pgddt.kimthanh' },
    { platform: 'youtube', url: 'https://www.youtube.com/@example-pgddt-kimthanh' },
  ],
}
