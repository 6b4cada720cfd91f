/**
 * Press and social-network items the department logged (plan IV.1), illustrative (the site notice says so once).
 * `daysAgo`: published and logged that many days before the seed's "now".
 */
export const PRESS_MENTIONS = [
  {
    title: 'Báo điện tử đưa tin Ngày hội đọc sách của học sinh tiểu học trong huyện',
    channel: 'bao-chi',
    outlet: 'Báo Hải Dương điện tử',
    tone: 'tich-cuc',
    theme: 'dao-duc-loi-song-van-hoa-hoc-duong',
    daysAgo: 24,
    summary: 'Bài viết ghi nhận mô hình thư viện thân thiện và phong trào đọc sách của các trường tiểu học.',
  },
  {
    title: 'Phụ huynh hỏi trên mạng xã hội về lịch thi tuyển sinh vào lớp 10',
    channel: 'mang-xa-hoi',
    outlet: 'Nhóm Cha mẹ học sinh (Facebook)',
    tone: 'trung-lap',
    theme: 'thi-kiem-tra-danh-gia-tuyen-sinh',
    daysAgo: 9,
    summary: 'Nhiều bình luận hỏi thời gian, địa điểm thi; đã dẫn đường link thông báo trên Trang thông tin điện tử.',
  },
  {
    title: 'Bài đăng phản ánh khoản thu đầu năm học tại một trường tiểu học',
    channel: 'mang-xa-hoi',
    outlet: 'Trang cộng đồng địa phương (Facebook)',
    tone: 'tieu-cuc',
    theme: 'xa-hoi-hoa-nguon-luc',
    daysAgo: 19,
    needsResponse: true,
    summary: 'Bài đăng có nhiều lượt chia sẻ; cần xác minh với nhà trường và thông tin công khai các khoản thu theo quy định.',
  },
  {
    title: 'Báo phản ánh tình trạng xe đưa đón học sinh không bảo đảm an toàn',
    channel: 'bao-chi',
    outlet: 'Báo Giáo dục và Thời đại',
    tone: 'tieu-cuc',
    theme: 'suc-khoe-hoc-duong-the-chat',
    daysAgo: 40,
    needsResponse: true,
    response:
      'Phòng đã chỉ đạo các trường rà soát hợp đồng đưa đón, phối hợp lực lượng chức năng kiểm tra; đã gửi văn bản cung cấp thông tin cho báo.',
    summary: 'Bài báo nêu một số xe chở quá số người quy định.',
  },
] as const
