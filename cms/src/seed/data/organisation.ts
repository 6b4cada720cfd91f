/**
 * The organisation page (functions, structure, leaders) and the spokesperson's extra details of the seed tenant.
 * Illustrative and saying so ("minh họa"); e-mail addresses on example.com / example.edu.vn.
 */
export const ORGANISATION = {
  intro:
    'Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, tham mưu, giúp Ủy ban nhân dân huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.',
  functions: [
    'Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo trên địa bàn; tổ chức thực hiện sau khi được phê duyệt.',
    'Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, kế hoạch giáo dục; công tác tuyển sinh, thi, kiểm tra, đánh giá.',
    'Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục theo phân cấp; tổ chức bồi dưỡng chuyên môn, nghiệp vụ.',
    'Thực hiện công tác thông tin, truyền thông, tiếp nhận và xử lý ý kiến góp ý, phản ánh của người dân về hoạt động giáo dục.',
  ],
  structure: [
    'Lãnh đạo Phòng: Trưởng phòng và các Phó Trưởng phòng.',
    'Bộ phận Giáo dục Mầm non; Bộ phận Giáo dục Tiểu học; Bộ phận Giáo dục Trung học cơ sở.',
    'Bộ phận Tổng hợp – Thi đua (văn phòng, kế hoạch – tài chính, thi đua – khen thưởng, truyền thông).',
  ],
  leaders: [
    { name: 'Trần Quốc Khánh', position: 'Trưởng phòng', responsibilities: 'Phụ trách chung; tổ chức cán bộ; người phát ngôn của cơ quan.', phone: '0220 3710 125', email: 'truongphong.kimthanh@example.edu.vn' },
    { name: 'Phạm Thị Minh Thu', position: 'Phó Trưởng phòng', responsibilities: 'Giáo dục mầm non, tiểu học; chuyển đổi số.', phone: '0220 3710 126', email: 'phophong1.kimthanh@example.edu.vn' },
    { name: 'Đỗ Văn Hải', position: 'Phó Trưởng phòng', responsibilities: 'Giáo dục trung học cơ sở; thi, tuyển sinh; cơ sở vật chất.', phone: '0220 3710 127', email: 'phophong2.kimthanh@example.edu.vn' },
  ],
}

export const SPOKESPERSON_EXTRA = {
  appointedOn: '2024-01-15',
  pressContact:
    'Cơ quan báo chí đề nghị cung cấp thông tin, phỏng vấn xin gửi văn bản hoặc thư điện tử cho người phát ngôn, nêu rõ nội dung, thời hạn cần thông tin. Trường hợp khẩn cấp, xin gọi điện thoại trực tiếp trong giờ làm việc.',
}
