/**
 * Demo news articles of the seed tenant (Phòng Giáo dục và Đào tạo huyện Kim Thành, a former body since 01/07/2025).
 *
 * DEMO DATA: events, figures and people are illustrative. No real living official is named; leaders are referred
 * to by their role. `themes` holds theme slugs from shared/src/themes.ts, the first being the main theme;
 * `school` is the exact name of a school in ./schools.ts when the news comes from a school.
 */
export interface SeedArticle {
  title: string
  excerpt: string
  themes: string[]
  paragraphs: string[]
  school?: string
  featured?: boolean
  /** days before the owner's last working day (../records-clock.ts), in the school year 2024–2025 */
  daysAgo: number
}

export const ARTICLES: SeedArticle[] = [
  // 1. Nghị quyết, chính sách, pháp luật về giáo dục
  {
    title: 'Hội nghị quán triệt Nghị quyết 29-NQ/TW và triển khai nhiệm vụ trọng tâm của ngành',
    excerpt:
      'Phòng Giáo dục và Đào tạo huyện Kim Thành tổ chức hội nghị quán triệt tinh thần Nghị quyết 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo, đồng thời triển khai các nhiệm vụ trọng tâm của ngành.',
    themes: ['nghi-quyet-chinh-sach-phap-luat', 'chat-luong-giao-duc'],
    featured: true,
    daysAgo: 6,
    paragraphs: [
      'Mới đây, Phòng Giáo dục và Đào tạo (GDĐT) huyện Kim Thành tổ chức hội nghị quán triệt Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế. Tham dự hội nghị có lãnh đạo, chuyên viên Phòng GDĐT; hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện và đại diện một số phòng, ban, đoàn thể có liên quan.',
      'Tại hội nghị, các đại biểu được nghe báo cáo viên trình bày những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh quan điểm giáo dục và đào tạo là quốc sách hàng đầu, là sự nghiệp của Đảng, Nhà nước và của toàn dân; đầu tư cho giáo dục là đầu tư phát triển. Nghị quyết yêu cầu chuyển mạnh quá trình giáo dục từ chủ yếu trang bị kiến thức sang phát triển toàn diện năng lực và phẩm chất người học; học đi đôi với hành, lý luận gắn với thực tiễn, giáo dục nhà trường kết hợp với giáo dục gia đình và giáo dục xã hội.',
      'Báo cáo sơ kết cho thấy, sau hơn mười năm thực hiện Nghị quyết, mạng lưới trường, lớp của huyện được sắp xếp hợp lý; cơ sở vật chất từng bước được chuẩn hóa, hiện đại hóa; tỷ lệ trường đạt chuẩn quốc gia tăng qua từng năm. Chất lượng giáo dục toàn diện và giáo dục mũi nhọn được giữ vững; đội ngũ nhà giáo cơ bản đủ về số lượng, đạt chuẩn về trình độ đào tạo. Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc ở tất cả các xã, thị trấn.',
      'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tình trạng thiếu giáo viên cục bộ ở một số môn học mới; cơ sở vật chất ở một số trường chưa đáp ứng đầy đủ yêu cầu của Chương trình giáo dục phổ thông 2018; việc đổi mới phương pháp dạy học ở một bộ phận giáo viên còn chậm. Các ý kiến tham luận tập trung trao đổi giải pháp huy động nguồn lực, bồi dưỡng đội ngũ và đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, dạy học.',
      'Phát biểu chỉ đạo, lãnh đạo Phòng GDĐT đề nghị các nhà trường tiếp tục quán triệt sâu sắc tinh thần Nghị quyết đến từng cán bộ, giáo viên, nhân viên; cụ thể hóa thành kế hoạch hành động phù hợp với điều kiện thực tế của đơn vị. Các trường cần chú trọng công tác truyền thông để tạo sự đồng thuận của cha mẹ học sinh và nhân dân; kịp thời phát hiện, nhân rộng các mô hình hay, cách làm sáng tạo, góp phần nâng cao chất lượng giáo dục của huyện.',
    ],
  },
  {
    title: 'Phổ biến quy định về dạy thêm, học thêm đến toàn thể cán bộ, giáo viên',
    excerpt:
      'Các trường tiểu học, trung học cơ sở trên địa bàn huyện được quán triệt đầy đủ quy định về dạy thêm, học thêm; cha mẹ học sinh có thể phản ánh dấu hiệu vi phạm qua chuyên mục góp ý của Phòng.',
    themes: ['nghi-quyet-chinh-sach-phap-luat', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    daysAgo: 20,
    paragraphs: [
      'Nhằm nâng cao hiệu quả quản lý hoạt động dạy thêm, học thêm trên địa bàn, Phòng GDĐT huyện Kim Thành đã tổ chức hội nghị phổ biến các quy định hiện hành của Bộ Giáo dục và Đào tạo và của tỉnh về dạy thêm, học thêm. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối đến các trường tiểu học, trung học cơ sở, bảo đảm mọi cán bộ quản lý, giáo viên đều được tiếp cận đầy đủ nội dung văn bản.',
      'Theo quy định, việc dạy thêm, học thêm phải xuất phát từ nhu cầu của người học, trên cơ sở tự nguyện của học sinh và cha mẹ học sinh; không được cắt giảm nội dung trong chương trình chính khóa để đưa vào giờ dạy thêm. Giáo viên không được dùng bất kỳ hình thức nào để ép buộc học sinh học thêm. Đối với cấp tiểu học, không tổ chức dạy thêm, học thêm, trừ các trường hợp bồi dưỡng về nghệ thuật, thể dục thể thao và rèn luyện kỹ năng sống.',
      'Các nhà trường được yêu cầu rà soát, xây dựng kế hoạch phụ đạo học sinh có kết quả học tập chưa đạt yêu cầu, bồi dưỡng học sinh giỏi và ôn tập cho học sinh cuối cấp theo đúng quy định; công khai kế hoạch, danh sách giáo viên, thời gian, địa điểm tổ chức. Hiệu trưởng chịu trách nhiệm quản lý, kiểm tra việc thực hiện của giáo viên trong đơn vị và kịp thời xử lý các trường hợp vi phạm theo thẩm quyền.',
      'Phòng GDĐT sẽ phối hợp với Ủy ban nhân dân các xã, thị trấn tăng cường kiểm tra, giám sát hoạt động dạy thêm, học thêm ngoài nhà trường. Cha mẹ học sinh và người dân khi phát hiện dấu hiệu vi phạm có thể phản ánh qua chuyên mục góp ý trên Trang thông tin điện tử của Phòng hoặc liên hệ trực tiếp bộ phận tiếp nhận để được xem xét, giải quyết theo quy định.',
      'Lãnh đạo Phòng GDĐT nhấn mạnh, thực hiện nghiêm các quy định về dạy thêm, học thêm là một trong những giải pháp quan trọng nhằm giảm áp lực học tập cho học sinh, giảm gánh nặng chi phí cho phụ huynh, đồng thời giữ gìn hình ảnh người thầy và uy tín của nhà trường. Mỗi cán bộ, giáo viên cần nêu cao tinh thần trách nhiệm, thực hiện đúng và đủ chương trình chính khóa.',
    ],
  },
  {
    title: 'Triển khai chính sách miễn, giảm học phí và hỗ trợ chi phí học tập',
    excerpt:
      'Phòng GDĐT hướng dẫn các nhà trường phổ biến, tiếp nhận hồ sơ và thực hiện kịp thời chính sách miễn, giảm học phí, hỗ trợ chi phí học tập cho học sinh thuộc diện được hưởng.',
    themes: ['nghi-quyet-chinh-sach-phap-luat', 'xa-hoi-hoa-nguon-luc'],
    daysAgo: 45,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành vừa ban hành văn bản hướng dẫn các cơ sở giáo dục mầm non, phổ thông trên địa bàn triển khai chính sách miễn, giảm học phí, hỗ trợ chi phí học tập và các chính sách hỗ trợ khác đối với học sinh theo quy định của Chính phủ. Văn bản nêu rõ đối tượng, mức hỗ trợ, hồ sơ, trình tự thực hiện và trách nhiệm của từng cơ quan, đơn vị, nhằm bảo đảm chính sách đến đúng người, đúng thời điểm.',
      'Theo hướng dẫn, các nhà trường phổ biến công khai chính sách tới toàn thể cha mẹ học sinh thông qua buổi họp phụ huynh, bảng tin, trang thông tin điện tử và nhóm liên lạc của lớp. Giáo viên chủ nhiệm có trách nhiệm hướng dẫn gia đình chuẩn bị hồ sơ; nhà trường tổ chức tiếp nhận, rà soát, lập danh sách đề nghị và niêm yết công khai trước khi gửi cơ quan có thẩm quyền phê duyệt. Việc tiếp nhận hồ sơ được thực hiện trực tiếp hoặc qua môi trường điện tử.',
      'Các đối tượng được quan tâm gồm học sinh thuộc hộ nghèo, hộ cận nghèo, học sinh khuyết tật, học sinh mồ côi, con của người có công với cách mạng và một số đối tượng khác theo quy định. Đối với những trường hợp phát sinh trong năm học, nhà trường kịp thời hướng dẫn bổ sung hồ sơ để học sinh được hưởng chính sách ngay từ thời điểm đủ điều kiện, không để em nào bị thiệt thòi vì thiếu thông tin.',
      'Phòng GDĐT đề nghị Ủy ban nhân dân các xã, thị trấn phối hợp xác nhận đối tượng chính xác, kịp thời; bộ phận kế toán các trường thực hiện chi trả đúng quy định, lưu trữ đầy đủ chứng từ. Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Phòng GDĐT để được hướng dẫn. Cha mẹ học sinh có thể gửi câu hỏi qua chuyên mục hỏi đáp trên Trang thông tin điện tử của Phòng để được giải đáp.',
    ],
  },
  {
    title: 'Hưởng ứng Ngày Pháp luật Việt Nam trong các nhà trường',
    excerpt:
      'Nhiều hoạt động tuyên truyền, phổ biến, giáo dục pháp luật sinh động như sân khấu hóa, hội thi tìm hiểu pháp luật học đường đã được các trường học trên địa bàn tổ chức.',
    themes: ['nghi-quyet-chinh-sach-phap-luat', 'dao-duc-loi-song-van-hoa-hoc-duong'],
    daysAgo: 62,
    paragraphs: [
      'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), các trường học trên địa bàn huyện Kim Thành đã tổ chức nhiều hoạt động tuyên truyền, phổ biến, giáo dục pháp luật thiết thực cho cán bộ, giáo viên, nhân viên và học sinh. Các hoạt động được lồng ghép trong tiết chào cờ, giờ sinh hoạt lớp, hoạt động trải nghiệm và sinh hoạt chuyên đề của Liên đội, Chi đoàn giáo viên.',
      'Nội dung tuyên truyền tập trung vào các văn bản pháp luật gần gũi với học sinh như Luật Trẻ em, Luật Trật tự, an toàn giao thông đường bộ, Luật An ninh mạng, Luật Phòng, chống ma túy và các quy định về phòng, chống bạo lực học đường. Nhiều trường tổ chức sân khấu hóa, hái hoa dân chủ, thi vẽ tranh, viết bài tìm hiểu pháp luật, giúp các em tiếp cận kiến thức một cách nhẹ nhàng, dễ nhớ.',
      'Tại Trường THCS Kim Xuyên, cuộc thi “Tìm hiểu pháp luật học đường” thu hút sự tham gia của học sinh tất cả các khối lớp. Các đội thi mang đến những tiểu phẩm phản ánh tình huống thường gặp như bắt nạt qua mạng xã hội, chia sẻ thông tin sai sự thật, điều khiển xe máy khi chưa đủ tuổi. Sau mỗi tiểu phẩm, ban tổ chức cùng học sinh phân tích, chỉ ra cách ứng xử đúng pháp luật.',
      'Đối với cán bộ, giáo viên, các nhà trường tổ chức quán triệt các quy định mới liên quan đến chế độ, chính sách, đạo đức nhà giáo, quy chế dân chủ ở cơ sở và trách nhiệm của người đứng đầu. Tủ sách pháp luật của nhà trường được bổ sung, cập nhật; nhiều đơn vị số hóa tài liệu để giáo viên, học sinh tra cứu thuận tiện trên điện thoại, máy tính.',
      'Phòng GDĐT đánh giá, các hoạt động hưởng ứng Ngày Pháp luật đã góp phần nâng cao ý thức tôn trọng và chấp hành pháp luật trong toàn ngành. Thời gian tới, các trường tiếp tục duy trì việc tuyên truyền pháp luật thường xuyên, gắn với xây dựng văn hóa học đường và trường học an toàn, thân thiện, không chỉ tập trung vào các đợt cao điểm.',
    ],
  },

  // 2. Chất lượng giáo dục, hướng nghiệp, phổ cập, kiểm định
  {
    title: 'Trường Tiểu học Kim Xuyên được công nhận đạt chuẩn quốc gia mức độ 2',
    excerpt:
      'Sau nhiều năm nỗ lực, Trường Tiểu học Kim Xuyên được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2.',
    themes: ['chat-luong-giao-duc', 'xa-hoi-hoa-nguon-luc'],
    school: 'Trường Tiểu học Kim Xuyên',
    daysAgo: 33,
    paragraphs: [
      'Trường Tiểu học Kim Xuyên vừa được Ủy ban nhân dân tỉnh ban hành quyết định công nhận đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2. Đây là kết quả của quá trình phấn đấu bền bỉ trong nhiều năm của tập thể cán bộ, giáo viên, nhân viên nhà trường, cùng sự quan tâm của cấp ủy, chính quyền địa phương và sự đồng hành của cha mẹ học sinh.',
      'Để đạt được kết quả này, nhà trường đã xây dựng lộ trình cụ thể, rà soát từng tiêu chuẩn, tiêu chí để có giải pháp khắc phục. Với sự đầu tư của huyện và xã, trường được xây mới dãy phòng học bộ môn, nhà đa năng, cải tạo sân chơi, bãi tập; thư viện được chuẩn hóa, bổ sung đầu sách; các phòng học đều được trang bị màn hình tương tác, máy tính kết nối Internet phục vụ dạy học.',
      'Cùng với cơ sở vật chất, chất lượng giáo dục toàn diện của nhà trường được duy trì ổn định. Tỷ lệ học sinh hoàn thành chương trình lớp học đạt trên 99%; học sinh được tham gia đầy đủ các hoạt động trải nghiệm, câu lạc bộ năng khiếu, thể dục thể thao. Đội ngũ giáo viên đạt chuẩn trình độ đào tạo theo quy định, nhiều thầy cô đạt danh hiệu giáo viên dạy giỏi các cấp.',
      'Phát biểu tại buổi lễ đón nhận, đại diện lãnh đạo Phòng GDĐT ghi nhận sự nỗ lực của nhà trường và đề nghị tập thể sư phạm tiếp tục duy trì, nâng cao các tiêu chuẩn đã đạt, đổi mới phương pháp dạy học, phát huy vai trò trung tâm văn hóa, giáo dục của địa phương. Đồng thời, nhà trường cần khai thác hiệu quả cơ sở vật chất được đầu tư để phục vụ tốt nhất việc dạy và học.',
    ],
  },
  {
    title: 'Duy trì vững chắc kết quả phổ cập giáo dục, xóa mù chữ',
    excerpt:
      'Huyện Kim Thành tiếp tục được công nhận duy trì đạt chuẩn phổ cập giáo dục các cấp học và xóa mù chữ mức độ 2.',
    themes: ['chat-luong-giao-duc', 'xa-hoi-hoa-nguon-luc'],
    daysAgo: 120,
    paragraphs: [
      'Năm vừa qua, huyện Kim Thành tiếp tục được kiểm tra, công nhận duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em năm tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ 3 và xóa mù chữ mức độ 2. Kết quả này khẳng định sự vào cuộc đồng bộ của các cấp, các ngành và sự nỗ lực của đội ngũ làm công tác phổ cập ở cơ sở.',
      'Công tác điều tra, cập nhật số liệu phổ cập được các nhà trường phối hợp với Ủy ban nhân dân các xã, thị trấn thực hiện chặt chẽ, đến từng hộ gia đình. Dữ liệu được nhập đầy đủ trên hệ thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù chữ, bảo đảm chính xác, thống nhất giữa sổ sách và phần mềm. Hồ sơ phổ cập của các xã được kiểm tra chéo trước khi tổng hợp ở cấp huyện.',
      'Các trường chú trọng huy động trẻ trong độ tuổi ra lớp, duy trì sĩ số, hạn chế tối đa tình trạng học sinh bỏ học. Trẻ em có hoàn cảnh khó khăn, trẻ khuyết tật được quan tâm, tạo điều kiện học hòa nhập. Đối với những trường hợp có nguy cơ bỏ học, giáo viên chủ nhiệm phối hợp với gia đình và chính quyền địa phương kịp thời động viên, hỗ trợ để các em tiếp tục đến trường.',
      'Để giữ vững kết quả, Phòng GDĐT đề nghị các đơn vị tiếp tục kiện toàn Ban chỉ đạo phổ cập giáo dục, xóa mù chữ cấp xã; phân công cán bộ chuyên trách có kinh nghiệm; thường xuyên rà soát biến động dân cư. Công tác xóa mù chữ được gắn với xây dựng xã hội học tập, khuyến khích người dân tham gia học tập suốt đời tại các trung tâm học tập cộng đồng.',
    ],
  },
  {
    title: 'Đẩy mạnh giáo dục hướng nghiệp, định hướng phân luồng học sinh sau trung học cơ sở',
    excerpt:
      'Ngày hội tư vấn hướng nghiệp tại Trường THCS Ngũ Phúc giúp học sinh lớp 9 và cha mẹ học sinh có thêm thông tin để lựa chọn con đường học tập phù hợp.',
    themes: ['chat-luong-giao-duc', 'thi-kiem-tra-danh-gia-tuyen-sinh'],
    school: 'Trường THCS Ngũ Phúc',
    daysAgo: 190,
    paragraphs: [
      'Trường THCS Ngũ Phúc vừa tổ chức ngày hội tư vấn hướng nghiệp cho học sinh lớp 9 với sự tham gia của đại diện Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên, một số trường cao đẳng, trung cấp và doanh nghiệp đóng trên địa bàn. Hoạt động nằm trong kế hoạch giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông của ngành giáo dục huyện.',
      'Tại ngày hội, học sinh được giới thiệu thông tin về các ngành nghề đang có nhu cầu lao động tại địa phương như cơ khí, điện công nghiệp, may mặc, công nghệ thông tin, dịch vụ du lịch. Các em được trao đổi trực tiếp với người lao động, tìm hiểu điều kiện làm việc, cơ hội việc làm và những lựa chọn học tập tiếp theo sau khi tốt nghiệp trung học cơ sở.',
      'Nhà trường cũng tổ chức buổi tư vấn riêng cho cha mẹ học sinh, giúp gia đình hiểu rõ năng lực, sở thích của con, tránh tâm lý chạy theo số đông khi lựa chọn trường. Giáo viên chủ nhiệm sử dụng kết quả học tập, rèn luyện và phiếu khảo sát sở thích nghề nghiệp để tư vấn cho từng học sinh, bảo đảm lựa chọn phù hợp với điều kiện của mỗi em.',
      'Theo Phòng GDĐT, những năm gần đây, công tác hướng nghiệp trong các trường trung học cơ sở đã có chuyển biến rõ rệt. Nội dung hướng nghiệp được lồng ghép trong các môn học và hoạt động trải nghiệm, hướng nghiệp theo Chương trình giáo dục phổ thông 2018. Tỷ lệ học sinh sau tốt nghiệp trung học cơ sở lựa chọn học nghề, học chương trình giáo dục thường xuyên cấp trung học phổ thông kết hợp học nghề ngày càng tăng.',
      'Thời gian tới, Phòng GDĐT tiếp tục chỉ đạo các trường đổi mới hình thức tư vấn hướng nghiệp, tăng cường phối hợp với cơ sở giáo dục nghề nghiệp và doanh nghiệp, tổ chức cho học sinh tham quan thực tế; đồng thời đẩy mạnh truyền thông để cha mẹ học sinh và xã hội có nhận thức đúng về phân luồng, góp phần đáp ứng nhu cầu nhân lực của địa phương.',
    ],
  },
  {
    title: 'Trường Mầm non Kim Anh hoàn thành tự đánh giá chất lượng giáo dục',
    excerpt:
      'Trường Mầm non Kim Anh hoàn thành báo cáo tự đánh giá, sẵn sàng cho đợt đánh giá ngoài trong lộ trình kiểm định chất lượng giáo dục.',
    themes: ['chat-luong-giao-duc'],
    school: 'Trường Mầm non Kim Anh',
    daysAgo: 150,
    paragraphs: [
      'Trường Mầm non Kim Anh vừa hoàn thành báo cáo tự đánh giá chất lượng giáo dục và gửi hồ sơ đề nghị đánh giá ngoài. Đây là bước quan trọng trong lộ trình đạt kiểm định chất lượng giáo dục cấp độ 2 và duy trì trường đạt chuẩn quốc gia của nhà trường, theo kế hoạch kiểm định chất lượng giáo dục và xây dựng trường chuẩn của Phòng GDĐT huyện Kim Thành.',
      'Hội đồng tự đánh giá gồm đại diện Ban giám hiệu, tổ trưởng chuyên môn, tổ trưởng văn phòng, đại diện công đoàn và Ban đại diện cha mẹ trẻ. Các thành viên được phân công thu thập minh chứng, đối chiếu từng tiêu chí về tổ chức và quản lý nhà trường, đội ngũ, cơ sở vật chất, quan hệ giữa nhà trường, gia đình và xã hội, hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ.',
      'Qua tự đánh giá, nhà trường đã nhận diện rõ điểm mạnh như đội ngũ giáo viên nhiệt tình, yêu trẻ; bếp ăn bán trú thực hiện quy trình một chiều; môi trường giáo dục lấy trẻ làm trung tâm được xây dựng đồng bộ. Đồng thời, trường cũng chỉ ra những điểm cần cải thiện như diện tích sân vườn còn hạn chế, một số đồ dùng, đồ chơi ngoài trời xuống cấp, và xây dựng kế hoạch khắc phục cụ thể.',
      'Phòng GDĐT đánh giá cao tính nghiêm túc, khách quan trong công tác tự đánh giá của nhà trường. Kiểm định chất lượng không chỉ nhằm đạt một danh hiệu mà là công cụ giúp nhà trường nhìn lại mình, cải tiến liên tục. Các trường mầm non khác trong huyện được khuyến khích học tập cách tổ chức thu thập, lưu trữ minh chứng bằng phần mềm của Trường Mầm non Kim Anh.',
    ],
  },

  // 3. Chương trình GDPT 2018 và sách giáo khoa
  {
    title: 'Đào tạo, bồi dưỡng giáo viên cốt cán triển khai Chương trình GDPT 2018',
    excerpt:
      'Gần 150 giáo viên cốt cán cấp tiểu học và trung học cơ sở được bồi dưỡng về xây dựng kế hoạch dạy học, thiết kế bài dạy và đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018.',
    themes: ['chuong-trinh-gdpt-2018', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    featured: true,
    daysAgo: 3,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành vừa tổ chức lớp đào tạo, bồi dưỡng giáo viên cốt cán cấp tiểu học và trung học cơ sở về triển khai Chương trình giáo dục phổ thông 2018. Tham gia lớp học có gần 150 giáo viên cốt cán của các môn học, hoạt động giáo dục, được lựa chọn từ các trường trên địa bàn huyện trên cơ sở năng lực chuyên môn và uy tín trong đơn vị.',
      'Trong thời gian học tập trung, học viên được các báo cáo viên là chuyên viên Phòng GDĐT và giáo viên cốt cán cấp tỉnh hướng dẫn về xây dựng kế hoạch giáo dục của nhà trường, kế hoạch dạy học môn học; thiết kế bài dạy theo định hướng phát triển phẩm chất, năng lực; tổ chức dạy học tích hợp và đổi mới kiểm tra, đánh giá. Các nội dung được thiết kế theo hướng thực hành, gắn với tình huống thực tế của lớp học.',
      'Điểm mới của lớp bồi dưỡng là việc kết hợp học tập trực tiếp với học tập trực tuyến trên hệ thống quản lý học tập của ngành. Học viên thực hiện nhiệm vụ theo nhóm, xây dựng sản phẩm là các bài dạy minh họa, đề kiểm tra theo ma trận và bản đặc tả, sau đó trình bày, phản biện trước lớp. Những sản phẩm tốt được chọn lọc, đưa vào kho học liệu dùng chung của huyện.',
      'Sau khóa học, mỗi giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp tại trường thông qua sinh hoạt tổ chuyên môn, dự giờ, góp ý bài dạy và chia sẻ tài liệu. Phòng GDĐT sẽ theo dõi, đánh giá hiệu quả lan tỏa của đội ngũ cốt cán qua các đợt kiểm tra chuyên môn, kết quả sinh hoạt tổ chuyên môn và kết quả học tập của học sinh.',
      'Phát biểu bế giảng, lãnh đạo Phòng GDĐT nhấn mạnh đội ngũ giáo viên cốt cán là lực lượng nòng cốt, có vai trò quyết định đến thành công của việc đổi mới chương trình, sách giáo khoa. Mỗi thầy, cô cần tiếp tục tự học, tự bồi dưỡng, chủ động ứng dụng công nghệ thông tin, xứng đáng là người dẫn dắt chuyên môn tại đơn vị.',
    ],
  },
  {
    title: 'Lựa chọn sách giáo khoa bảo đảm dân chủ, công khai, đúng quy trình',
    excerpt:
      'Các trường tiểu học, trung học cơ sở hoàn thành lựa chọn sách giáo khoa cho năm học mới theo đúng quy định, có sự tham gia của giáo viên và đại diện cha mẹ học sinh.',
    themes: ['chuong-trinh-gdpt-2018', 'nghi-quyet-chinh-sach-phap-luat'],
    daysAgo: 210,
    paragraphs: [
      'Thực hiện quy định của Bộ Giáo dục và Đào tạo về việc lựa chọn sách giáo khoa trong cơ sở giáo dục phổ thông, các trường tiểu học, trung học cơ sở trên địa bàn huyện Kim Thành đã hoàn thành việc lựa chọn sách giáo khoa sử dụng cho năm học mới. Theo quy định, việc lựa chọn do hội đồng của từng nhà trường thực hiện; người đứng đầu cơ sở giáo dục quyết định trên cơ sở đề xuất của hội đồng.',
      'Quy trình lựa chọn được tiến hành chặt chẽ: tổ chuyên môn tổ chức nghiên cứu các bộ sách trong danh mục đã được Bộ phê duyệt, thảo luận và đề xuất; hội đồng lựa chọn sách giáo khoa của nhà trường họp, bỏ phiếu kín; kết quả được báo cáo và công khai trên trang thông tin của nhà trường. Thành phần hội đồng gồm đại diện lãnh đạo nhà trường, tổ trưởng chuyên môn, giáo viên và đại diện Ban đại diện cha mẹ học sinh.',
      'Tiêu chí lựa chọn hướng tới các bộ sách phù hợp với đặc điểm kinh tế – xã hội của địa phương, phù hợp với điều kiện tổ chức dạy học của nhà trường và năng lực của học sinh. Nhiều giáo viên cho biết, việc được trực tiếp tham gia nghiên cứu, góp ý giúp thầy cô chủ động hơn khi xây dựng kế hoạch dạy học và lựa chọn phương pháp phù hợp với từng đối tượng học sinh.',
      'Phòng GDĐT đã tổng hợp kết quả, báo cáo Sở GDĐT và phối hợp với các đơn vị phát hành bảo đảm cung ứng đủ sách giáo khoa trước ngày khai giảng. Các nhà trường được yêu cầu thông báo danh mục sách giáo khoa đến cha mẹ học sinh, khuyến khích sử dụng lại sách còn tốt, xây dựng tủ sách dùng chung, không để học sinh nào thiếu sách khi bước vào năm học.',
    ],
  },
  {
    title: 'Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường THCS Lai Khê',
    excerpt:
      'Chuyên đề cấp cụm tại Trường THCS Lai Khê cho thấy hiệu quả của việc đổi mới sinh hoạt chuyên môn, lấy việc học của học sinh làm trung tâm.',
    themes: ['chuong-trinh-gdpt-2018', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    school: 'Trường THCS Lai Khê',
    daysAgo: 58,
    paragraphs: [
      'Trường THCS Lai Khê vừa tổ chức chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học cấp cụm với sự tham dự của cán bộ quản lý, giáo viên các trường trung học cơ sở trong cụm. Bài học minh họa được lựa chọn là một chủ đề thuộc môn Khoa học tự nhiên lớp 8, do nhóm giáo viên của tổ Khoa học tự nhiên nhà trường cùng nghiên cứu, thiết kế trong nhiều tuần.',
      'Khác với cách dự giờ truyền thống, người dự không tập trung nhận xét giáo viên mà quan sát học sinh học như thế nào, em nào gặp khó khăn, nguyên nhân vì sao. Sau tiết dạy, các thầy cô cùng phân tích những điểm mạnh, những chỗ cần điều chỉnh trong thiết kế nhiệm vụ học tập, cách đặt câu hỏi và tổ chức hoạt động nhóm, từ đó rút ra bài học chung cho cả tổ.',
      'Theo đại diện Ban giám hiệu nhà trường, sau hai năm kiên trì đổi mới sinh hoạt chuyên môn, không khí trong các tổ đã cởi mở hơn, giáo viên mạnh dạn chia sẻ khó khăn và học hỏi lẫn nhau. Các bài dạy được thiết kế theo hướng giao nhiệm vụ, để học sinh tự tìm tòi, thực hành thí nghiệm, trình bày kết quả, qua đó phát triển năng lực tự học và hợp tác.',
      'Đánh giá chuyên đề, chuyên viên Phòng GDĐT ghi nhận sự chuẩn bị công phu và tinh thần cầu thị của tập thể giáo viên nhà trường. Phòng đề nghị các trường trong cụm tiếp tục duy trì sinh hoạt chuyên môn theo nghiên cứu bài học định kỳ, chú trọng chất lượng hơn số lượng, gắn với việc thực hiện Chương trình giáo dục phổ thông 2018 ở các môn học tích hợp.',
    ],
  },
  {
    title: 'Dạy học trải nghiệm gắn với thực tế địa phương ở Trường Tiểu học Vũ Dũng',
    excerpt:
      'Các chủ đề trải nghiệm như “Em yêu quê hương”, “Vườn rau của em” giúp học sinh Trường Tiểu học Vũ Dũng vận dụng kiến thức vào cuộc sống.',
    themes: ['chuong-trinh-gdpt-2018', 'dao-duc-loi-song-van-hoa-hoc-duong'],
    school: 'Trường Tiểu học Vũ Dũng',
    daysAgo: 95,
    paragraphs: [
      'Những năm gần đây, Trường Tiểu học Vũ Dũng chú trọng tổ chức các hoạt động dạy học trải nghiệm gắn với thực tế địa phương, nhằm giúp học sinh vận dụng kiến thức vào cuộc sống, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018. Mỗi khối lớp xây dựng ít nhất hai chủ đề trải nghiệm trong năm học, được thống nhất trong kế hoạch giáo dục của nhà trường.',
      'Trong chủ đề “Em yêu quê hương”, học sinh lớp 4 được tham quan di tích, đình làng trên địa bàn xã, nghe các cụ cao niên kể về lịch sử, truyền thống của quê hương. Trở về lớp, các em làm việc nhóm để viết bài giới thiệu, vẽ tranh, làm sản phẩm thuyết trình. Các bài học trong môn Lịch sử và Địa lí, Tiếng Việt được kết nối tự nhiên với những gì học sinh tận mắt quan sát.',
      'Với học sinh lớp 5, nhà trường tổ chức chủ đề “Vườn rau của em”, phối hợp với cha mẹ học sinh cải tạo một khu đất nhỏ trong khuôn viên trường. Các em tự tay gieo hạt, chăm sóc, ghi chép nhật ký theo dõi sự phát triển của cây, tính toán diện tích, sản lượng, qua đó vận dụng kiến thức môn Toán, Khoa học và hình thành ý thức lao động, tinh thần trách nhiệm.',
      'Giáo viên nhà trường cho biết, học sinh hào hứng, chủ động hơn trong học tập; nhiều em vốn nhút nhát đã mạnh dạn trình bày trước lớp. Cha mẹ học sinh cũng đồng tình, ủng hộ và tích cực tham gia hỗ trợ các hoạt động. Phòng GDĐT đánh giá đây là cách làm hay, phù hợp với điều kiện trường nông thôn, có thể nhân rộng trong các trường tiểu học của huyện.',
    ],
  },

  // 4. Đạo đức, lối sống, văn hóa học đường
  {
    title: 'Xây dựng văn hóa ứng xử trong trường học: từ bộ quy tắc đến việc làm hằng ngày',
    excerpt:
      'Tất cả các trường trên địa bàn đã ban hành bộ quy tắc ứng xử; điều quan trọng là đưa những chuẩn mực ấy vào từng việc làm nhỏ của thầy và trò.',
    themes: ['dao-duc-loi-song-van-hoa-hoc-duong', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    daysAgo: 130,
    paragraphs: [
      'Thực hiện quy định của Bộ Giáo dục và Đào tạo về văn hóa ứng xử trong trường học, 100% cơ sở giáo dục trên địa bàn huyện Kim Thành đã ban hành và công khai bộ quy tắc ứng xử của đơn vị. Bộ quy tắc quy định rõ chuẩn mực ứng xử của cán bộ quản lý, giáo viên, nhân viên, học sinh và cha mẹ học sinh, được niêm yết tại phòng học, phòng làm việc và đăng trên trang thông tin của nhà trường.',
      'Điều quan trọng là đưa bộ quy tắc vào cuộc sống. Nhiều trường đã cụ thể hóa bằng những việc làm nhỏ, dễ thực hiện: thầy cô đón học sinh ở cổng trường mỗi sáng; học sinh chào hỏi lễ phép, nói lời cảm ơn, xin lỗi đúng lúc; giữ gìn vệ sinh lớp học, không xả rác; sử dụng mạng xã hội văn minh, không chia sẻ hình ảnh, thông tin làm tổn thương người khác.',
      'Một số trường tổ chức diễn đàn học sinh với chủ đề “Lời hay, ý đẹp”, “Tình bạn trong sáng”, qua đó các em tự đề xuất cách ứng xử phù hợp trong những tình huống thường gặp. Giáo viên chủ nhiệm theo dõi, động viên kịp thời những tập thể, cá nhân thực hiện tốt; đồng thời nhẹ nhàng nhắc nhở, giúp đỡ học sinh còn vi phạm, tránh các hình thức kỷ luật gây tổn thương.',
      'Văn hóa ứng xử trong nhà trường còn thể hiện trong mối quan hệ giữa đồng nghiệp với nhau và giữa nhà trường với cha mẹ học sinh. Các đơn vị thực hiện tốt quy chế dân chủ, lắng nghe ý kiến phản ánh, giải quyết công khai, thấu đáo; cán bộ quản lý gương mẫu, tôn trọng và chia sẻ với giáo viên, nhân viên, tạo bầu không khí làm việc đoàn kết, cởi mở.',
      'Phòng GDĐT tiếp tục chỉ đạo các trường định kỳ đánh giá việc thực hiện bộ quy tắc ứng xử, gắn với công tác thi đua, khen thưởng; biểu dương các tấm gương tiêu biểu, kịp thời chấn chỉnh những biểu hiện lệch chuẩn, góp phần xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện, để mỗi ngày đến trường thực sự là một ngày vui.',
    ],
  },
  {
    title: 'Trường THCS Tam Kỳ tổ chức chuyên đề phòng, chống bạo lực học đường',
    excerpt:
      'Học sinh Trường THCS Tam Kỳ được trang bị kỹ năng nhận diện, phòng tránh và báo tin khi bản thân hoặc bạn bè bị bắt nạt.',
    themes: ['dao-duc-loi-song-van-hoa-hoc-duong', 'suc-khoe-hoc-duong-the-chat'],
    school: 'Trường THCS Tam Kỳ',
    daysAgo: 41,
    paragraphs: [
      'Trường THCS Tam Kỳ vừa phối hợp với Công an xã tổ chức chuyên đề phòng, chống bạo lực học đường cho toàn thể học sinh nhà trường. Buổi sinh hoạt nằm trong chuỗi hoạt động xây dựng trường học an toàn, thân thiện và thực hiện kế hoạch phòng, chống bạo lực học đường của Phòng GDĐT huyện Kim Thành, thu hút sự quan tâm của đông đảo học sinh và giáo viên.',
      'Tại buổi sinh hoạt, báo cáo viên đã giới thiệu các hình thức bạo lực học đường thường gặp như xúc phạm, đe dọa, cô lập bạn bè, đánh nhau, bắt nạt trên mạng xã hội; phân tích hậu quả về sức khỏe, tâm lý và trách nhiệm pháp lý đối với người có hành vi bạo lực. Học sinh được hướng dẫn cách nhận diện, phòng tránh và báo tin khi bản thân hoặc bạn bè bị bắt nạt.',
      'Thông qua các tình huống giả định do học sinh tự xây dựng, các em được thảo luận cách giải quyết mâu thuẫn bằng đối thoại, biết kiềm chế cảm xúc, tìm đến thầy cô, cha mẹ khi cần giúp đỡ. Nhà trường cũng giới thiệu hòm thư tâm sự và số điện thoại của tổ tư vấn tâm lý học đường để học sinh chủ động liên hệ khi gặp khó khăn.',
      'Thời gian qua, nhà trường đã thành lập tổ tư vấn tâm lý, phân công giáo viên trực theo dõi học sinh trong giờ ra chơi, phối hợp chặt chẽ với cha mẹ học sinh để nắm bắt tâm tư, diễn biến của từng em. Nhờ đó, các biểu hiện mâu thuẫn được phát hiện và giải quyết sớm, không để xảy ra vụ việc đáng tiếc nào trong trường.',
      'Phòng GDĐT đề nghị các trường tiếp tục tăng cường giáo dục kỹ năng sống, công tác tư vấn tâm lý, quản lý học sinh trong và ngoài giờ học; xử lý kịp thời, đúng quy định các vụ việc phát sinh và thông tin đầy đủ, chính xác tới cha mẹ học sinh, tránh gây hoang mang trong dư luận.',
    ],
  },
  {
    title: 'Học sinh Kim Thành hưởng ứng Tháng hành động phòng, chống ma túy',
    excerpt:
      'Các trường trung học cơ sở phối hợp với lực lượng công an tổ chức ngoại khóa, thi vẽ tranh, sân khấu hóa với thông điệp “Nói không với ma túy”.',
    themes: ['dao-duc-loi-song-van-hoa-hoc-duong', 'suc-khoe-hoc-duong-the-chat'],
    daysAgo: 15,
    paragraphs: [
      'Hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy (26/6), các trường trung học cơ sở trên địa bàn huyện Kim Thành đã triển khai nhiều hoạt động tuyên truyền thiết thực, nâng cao nhận thức và kỹ năng phòng, chống ma túy cho học sinh, trong đó chú trọng nhận diện các loại ma túy mới được ngụy trang dưới dạng thực phẩm, đồ uống, thuốc lá điện tử mà học sinh có thể tiếp cận.',
      'Các trường phối hợp với lực lượng công an huyện, công an xã tổ chức các buổi ngoại khóa với nội dung về tác hại của ma túy, các thủ đoạn lôi kéo thanh thiếu niên sử dụng ma túy, trách nhiệm của học sinh trong việc phát hiện, tố giác tội phạm. Học sinh được xem hình ảnh trực quan, nghe phân tích những vụ việc cụ thể đã xảy ra, từ đó biết cách tự bảo vệ mình.',
      'Nhiều liên đội tổ chức cuộc thi vẽ tranh, viết khẩu hiệu, sân khấu hóa với chủ đề “Nói không với ma túy”. Các sản phẩm của học sinh được trưng bày tại sân trường, chia sẻ trên trang thông tin điện tử của nhà trường, góp phần lan tỏa thông điệp tới gia đình và cộng đồng. Ở một số trường, học sinh ký cam kết không sử dụng thuốc lá điện tử, thuốc lá nung nóng.',
      'Phòng GDĐT yêu cầu các trường đưa nội dung phòng, chống ma túy vào kế hoạch giáo dục thường xuyên, không chỉ tập trung trong tháng cao điểm; giáo viên chủ nhiệm quan tâm, theo dõi biểu hiện bất thường của học sinh, phối hợp chặt chẽ với gia đình và chính quyền địa phương để kịp thời phát hiện, ngăn chặn, bảo đảm môi trường học đường lành mạnh.',
    ],
  },

  // 5. Sức khỏe học đường, thể chất, trường học an toàn
  {
    title: 'Bảo đảm an toàn giao thông trên đường đến trường',
    excerpt:
      'Nhà trường, cha mẹ học sinh và lực lượng chức năng phối hợp tuyên truyền, hướng dẫn để mỗi ngày đến trường của học sinh đều an toàn.',
    themes: ['suc-khoe-hoc-duong-the-chat', 'dao-duc-loi-song-van-hoa-hoc-duong'],
    daysAgo: 170,
    paragraphs: [
      'Thời gian qua, Phòng GDĐT huyện Kim Thành phối hợp với lực lượng Cảnh sát giao thông và Đoàn Thanh niên tổ chức ra quân tuyên truyền, bảo đảm trật tự, an toàn giao thông tại các cổng trường. Đây là hoạt động thường xuyên nhằm nâng cao ý thức chấp hành pháp luật về giao thông của học sinh và cha mẹ học sinh, hạn chế thấp nhất tai nạn thương tích, nhất là tại các trường nằm gần quốc lộ, tỉnh lộ.',
      'Tại các điểm trường, học sinh được nhắc nhở đội mũ bảo hiểm đạt chuẩn khi ngồi sau xe mô tô, xe gắn máy, xe đạp điện; đi đúng phần đường, không dàn hàng ngang, không lạng lách; học sinh chưa đủ tuổi tuyệt đối không điều khiển xe máy. Cha mẹ học sinh được đề nghị dừng, đỗ xe đúng nơi quy định khi đưa đón con, không dừng xe dưới lòng đường gây ùn tắc trước cổng trường.',
      'Các trường tiểu học, trung học cơ sở đã bố trí lối đi riêng cho học sinh đi bộ, đi xe đạp; phân công giáo viên, bảo vệ và đội tự quản của học sinh hướng dẫn trật tự vào giờ tan học. Một số trường phối hợp với Ủy ban nhân dân xã đề nghị cơ quan chức năng lắp đặt biển báo khu vực trường học, gờ giảm tốc và vạch kẻ đường tại những tuyến có mật độ phương tiện cao.',
      'Nội dung giáo dục an toàn giao thông cũng được lồng ghép trong các môn học, hoạt động trải nghiệm theo bộ tài liệu của Bộ Giáo dục và Đào tạo. Học sinh tiểu học được học về các biển báo, cách sang đường an toàn; học sinh trung học cơ sở được rèn kỹ năng đi xe đạp an toàn và kỹ năng xử lý các tình huống thường gặp khi tham gia giao thông.',
      'Phòng GDĐT khuyến cáo mỗi gia đình hãy là tấm gương cho con em trong việc chấp hành pháp luật về giao thông. Nhà trường, gia đình và các lực lượng chức năng cần phối hợp chặt chẽ, thường xuyên để mỗi ngày đến trường của học sinh đều an toàn, để cha mẹ yên tâm và thầy cô yên lòng khi tiễn các em ra về.',
    ],
  },
  {
    title: 'Trang bị kỹ năng bơi an toàn, phòng chống đuối nước cho học sinh',
    excerpt:
      'Các trường phối hợp tổ chức lớp dạy bơi, tuyên truyền kỹ năng phòng tránh đuối nước, đặc biệt trong dịp nghỉ hè.',
    themes: ['suc-khoe-hoc-duong-the-chat', 'xa-hoi-hoa-nguon-luc'],
    daysAgo: 74,
    paragraphs: [
      'Với đặc điểm địa bàn có nhiều sông, ngòi, ao, hồ, kênh mương, phòng chống đuối nước cho trẻ em luôn được ngành giáo dục huyện Kim Thành xác định là nhiệm vụ trọng tâm, đặc biệt trong dịp nghỉ hè. Phòng GDĐT đã chỉ đạo các trường tăng cường tuyên truyền, giáo dục kỹ năng phòng tránh đuối nước và phối hợp tổ chức các lớp dạy bơi an toàn cho học sinh.',
      'Trong năm, các trường tiểu học, trung học cơ sở phối hợp với Trung tâm Văn hóa – Thể thao huyện và các cơ sở có bể bơi đạt yêu cầu tổ chức nhiều lớp dạy bơi cho học sinh. Học sinh được hướng dẫn kỹ năng nổi, thở, di chuyển trong nước, cách tự cứu và cứu bạn an toàn, không nhảy xuống nước khi không biết bơi mà dùng sào, dây, phao để ứng cứu.',
      'Trước khi nghỉ hè, giáo viên chủ nhiệm các lớp nhắc nhở học sinh không tự ý đi bơi, tắm ở ao, hồ, sông khi không có người lớn đi cùng; gửi thư khuyến cáo tới cha mẹ học sinh về trách nhiệm quản lý, giám sát con em. Nhiều trường lập danh sách học sinh chưa biết bơi để vận động gia đình cho con tham gia lớp học bơi trong hè.',
      'Bên cạnh đó, Phòng GDĐT đề nghị chính quyền các xã, thị trấn rà soát, cắm biển cảnh báo tại các khu vực nguy hiểm, phát huy vai trò của các tổ chức đoàn thể, Đoàn Thanh niên trong việc tổ chức sinh hoạt hè an toàn, lành mạnh cho trẻ em tại khu dân cư. Việc huy động doanh nghiệp, nhà hảo tâm hỗ trợ kinh phí mở lớp bơi cho học sinh có hoàn cảnh khó khăn được khuyến khích.',
    ],
  },
  {
    title: 'Hội khỏe Phù Đổng cấp huyện sôi nổi với nhiều môn thi đấu',
    excerpt:
      'Hơn 800 vận động viên học sinh tranh tài ở nhiều môn thể thao, qua đó lựa chọn đội tuyển của huyện tham dự Hội khỏe Phù Đổng cấp tỉnh.',
    themes: ['suc-khoe-hoc-duong-the-chat', 'thi-dua-khen-thuong-dien-hinh'],
    daysAgo: 240,
    paragraphs: [
      'Hội khỏe Phù Đổng huyện Kim Thành đã diễn ra trong ba ngày với sự tham gia của hơn 800 vận động viên là học sinh tiểu học và trung học cơ sở đến từ các trường trên địa bàn. Các em tranh tài ở nhiều môn như điền kinh, bóng đá, bóng bàn, cầu lông, cờ vua, đá cầu, bơi và kéo co, trong không khí sôi nổi, hào hứng của cả vận động viên và cổ động viên.',
      'Hội khỏe là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trường học, triển khai Đề án tổng thể phát triển giáo dục thể chất và thể thao trường học. Qua đó, phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại được đẩy mạnh trong các nhà trường, góp phần phát triển toàn diện về thể lực, trí tuệ, tinh thần cho học sinh.',
      'Các trận đấu diễn ra đúng luật, thể hiện tinh thần “Đoàn kết – Trung thực – Cao thượng”. Ban tổ chức đã trao nhiều huy chương vàng, bạc, đồng cho các vận động viên đạt thành tích cao; đồng thời lựa chọn những học sinh có năng khiếu để thành lập đội tuyển của huyện, tiếp tục tập luyện và tham dự Hội khỏe Phù Đổng cấp tỉnh.',
      'Phát biểu tại lễ bế mạc, đại diện Ban tổ chức ghi nhận sự chuẩn bị chu đáo của các trường, sự đồng hành của cha mẹ học sinh và các nhà tài trợ. Phòng GDĐT đề nghị các nhà trường tiếp tục duy trì các câu lạc bộ thể thao, nâng cao chất lượng giờ học thể dục, tổ chức hoạt động thể thao ngoại khóa thường xuyên, phù hợp với điều kiện của đơn vị.',
    ],
  },

  // 6. Thi, kiểm tra, đánh giá và tuyển sinh
  {
    title: 'Tuyển sinh vào lớp 1 và lớp 6: đúng tuyến, công khai, thuận lợi cho cha mẹ học sinh',
    excerpt:
      'Các trường tuyển sinh theo phương thức xét tuyển, đúng địa bàn; cha mẹ học sinh có thể đăng ký trực tuyến hoặc nộp hồ sơ trực tiếp tại trường.',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh', 'chuyen-doi-so'],
    daysAgo: 27,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành đã ban hành hướng dẫn công tác tuyển sinh vào lớp 1 và lớp 6 cho năm học mới. Theo đó, các trường thực hiện tuyển sinh theo phương thức xét tuyển, đúng địa bàn được giao, bảo đảm 100% trẻ trong độ tuổi trên địa bàn được vào học lớp 1 và 100% học sinh hoàn thành chương trình tiểu học được vào học lớp 6.',
      'Năm nay, bên cạnh hình thức nộp hồ sơ trực tiếp, các trường tiếp tục triển khai tuyển sinh trực tuyến. Cha mẹ học sinh có thể đăng ký qua cổng tuyển sinh trực tuyến bằng máy tính hoặc điện thoại thông minh; thông tin cá nhân của học sinh được đối chiếu với cơ sở dữ liệu quốc gia về dân cư, giúp giảm giấy tờ và thời gian đi lại cho gia đình.',
      'Kế hoạch tuyển sinh, chỉ tiêu, địa bàn tuyển sinh, thời gian nhận hồ sơ của từng trường được niêm yết công khai tại trụ sở nhà trường, Ủy ban nhân dân xã, thị trấn và trên trang thông tin điện tử của Phòng GDĐT. Mỗi trường thành lập tổ hỗ trợ trực tiếp, công bố số điện thoại để giải đáp thắc mắc của phụ huynh trong suốt thời gian tuyển sinh.',
      'Phòng GDĐT lưu ý các trường không được tổ chức khảo sát, kiểm tra kiến thức để tuyển sinh vào lớp 1; không thu bất kỳ khoản tiền nào khi nhận hồ sơ; tuyệt đối không tuyển vượt chỉ tiêu, vượt số lượng học sinh tối đa trên lớp theo quy định. Trường hợp học sinh có nhu cầu học ngoài địa bàn tuyển sinh, cha mẹ học sinh liên hệ nhà trường để được hướng dẫn theo quy định.',
      'Mọi phản ánh về công tác tuyển sinh, cha mẹ học sinh có thể gửi qua chuyên mục góp ý trên Trang thông tin điện tử của Phòng. Phòng GDĐT cam kết tiếp nhận, xử lý và trả lời đúng thời hạn, góp phần bảo đảm công tác tuyển sinh diễn ra nghiêm túc, công bằng, minh bạch, tạo thuận lợi tối đa cho người dân.',
    ],
  },
  {
    title: 'Kiểm tra, đánh giá cuối học kỳ I nghiêm túc, khách quan',
    excerpt:
      'Phòng GDĐT hướng dẫn các trường xây dựng đề kiểm tra theo yêu cầu cần đạt, tổ chức kiểm tra nghiêm túc và sử dụng kết quả để điều chỉnh việc dạy học.',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh', 'chuong-trinh-gdpt-2018'],
    daysAgo: 178,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành đã ban hành văn bản hướng dẫn các trường tổ chức kiểm tra, đánh giá cuối học kỳ I theo đúng quy định về đánh giá học sinh tiểu học và trung học cơ sở. Yêu cầu đặt ra là bảo đảm nghiêm túc, khách quan, phản ánh đúng kết quả học tập của học sinh, tránh gây áp lực không cần thiết cho học sinh và cha mẹ học sinh.',
      'Đề kiểm tra do nhà trường chủ động xây dựng trên cơ sở yêu cầu cần đạt của chương trình, theo ma trận và bản đặc tả đã được tổ chuyên môn thống nhất. Đề kiểm tra bảo đảm các mức độ nhận biết, thông hiểu, vận dụng; tăng cường câu hỏi gắn với tình huống thực tiễn, hạn chế yêu cầu ghi nhớ máy móc. Ở cấp tiểu học, bài kiểm tra được giáo viên sửa lỗi, nhận xét cụ thể để học sinh tiến bộ.',
      'Các trường bố trí lịch kiểm tra hợp lý, không kiểm tra dồn dập nhiều môn trong một ngày; thực hiện coi, chấm kiểm tra nghiêm túc, chấm chéo giữa các lớp. Kết quả được cập nhật kịp thời trên phần mềm quản lý, thông báo tới cha mẹ học sinh kèm theo nhận xét về ưu điểm, hạn chế và hướng khắc phục của từng em.',
      'Sau kiểm tra, các tổ chuyên môn phân tích kết quả, đánh giá chất lượng đề, rút kinh nghiệm về phương pháp dạy học; xây dựng kế hoạch phụ đạo học sinh chưa đạt yêu cầu, bồi dưỡng học sinh có năng khiếu trong học kỳ II. Phòng GDĐT sẽ kiểm tra xác suất việc tổ chức kiểm tra, đánh giá tại một số đơn vị và thông báo kết quả đến các trường.',
    ],
  },
  {
    title: 'Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện diễn ra an toàn, đúng quy chế',
    excerpt:
      'Gần 400 thí sinh dự thi chọn học sinh giỏi lớp 9 cấp huyện; kỳ thi được tổ chức nghiêm túc, không có thí sinh vi phạm quy chế.',
    themes: ['thi-kiem-tra-danh-gia-tuyen-sinh', 'chat-luong-giao-duc'],
    daysAgo: 140,
    paragraphs: [
      'Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện đã diễn ra tại điểm thi Trường THCS Kim Xuyên với gần 400 thí sinh dự thi các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí. Kỳ thi nhằm phát hiện, bồi dưỡng học sinh có năng khiếu, đồng thời đánh giá chất lượng dạy học và công tác bồi dưỡng học sinh giỏi của các nhà trường.',
      'Công tác chuẩn bị được Phòng GDĐT thực hiện chu đáo: đề thi được xây dựng, bảo quản theo đúng quy trình bảo mật; phòng thi được bố trí thoáng mát, có camera giám sát; cán bộ coi thi được tập huấn quy chế trước khi làm nhiệm vụ. Lực lượng công an, y tế được bố trí hỗ trợ, bảo đảm an ninh, an toàn tại điểm thi trong suốt thời gian tổ chức.',
      'Trong các buổi thi, cán bộ coi thi, giám sát thực hiện đúng nhiệm vụ, thí sinh chấp hành tốt quy chế, không có trường hợp vi phạm phải xử lý. Công tác chấm thi được tổ chức tập trung, chấm hai vòng độc lập, có sự giám sát chặt chẽ, bảo đảm chính xác, khách quan, công bằng cho tất cả thí sinh.',
      'Kết quả thi được công bố công khai đến các trường. Những học sinh đạt giải cao sẽ được lựa chọn vào đội tuyển của huyện để tiếp tục bồi dưỡng, tham dự kỳ thi cấp tỉnh. Phòng GDĐT đề nghị các nhà trường phân tích kết quả, đánh giá điểm mạnh, điểm yếu trong công tác bồi dưỡng để có giải pháp phù hợp, vừa chú trọng mũi nhọn vừa nâng cao chất lượng đại trà.',
    ],
  },

  // 7. Chuyển đổi số, ứng dụng công nghệ thông tin
  {
    title: 'Triển khai học bạ số đối với học sinh tiểu học',
    excerpt:
      'Toàn bộ các trường tiểu học trên địa bàn thực hiện học bạ số có ký số, thay cho học bạ giấy, bảo đảm giá trị pháp lý và an toàn dữ liệu.',
    themes: ['chuyen-doi-so', 'thi-kiem-tra-danh-gia-tuyen-sinh'],
    daysAgo: 52,
    paragraphs: [
      'Thực hiện chủ trương của Bộ Giáo dục và Đào tạo về triển khai học bạ số, Phòng GDĐT huyện Kim Thành đã chỉ đạo 100% trường tiểu học trên địa bàn thực hiện học bạ số thay cho học bạ giấy. Học bạ số được lập trên hệ thống phần mềm quản lý nhà trường, có ký số của giáo viên chủ nhiệm và hiệu trưởng, bảo đảm giá trị pháp lý tương đương học bạ giấy.',
      'Để chuẩn bị, Phòng GDĐT đã tổ chức tập huấn cho cán bộ quản lý, giáo viên về quy trình cập nhật kết quả đánh giá, sử dụng chữ ký số, quản lý và lưu trữ dữ liệu. Các trường rà soát hạ tầng, đề nghị cấp chứng thư số cho người có thẩm quyền ký, đồng thời đối chiếu thông tin học sinh với cơ sở dữ liệu ngành để tránh sai sót.',
      'Theo đánh giá của giáo viên, học bạ số giúp giảm đáng kể thời gian ghi chép, hạn chế sai sót khi tổng hợp, thuận lợi cho việc lưu trữ, tra cứu và chuyển trường của học sinh. Cha mẹ học sinh có thể theo dõi kết quả học tập của con một cách thuận tiện, nhanh chóng thông qua các ứng dụng được nhà trường hướng dẫn, không phải chờ đến cuối năm học.',
      'Phòng GDĐT yêu cầu các trường bảo đảm an toàn, bảo mật dữ liệu cá nhân của học sinh; phân quyền truy cập rõ ràng; định kỳ sao lưu dữ liệu. Sau khi hoàn thành ở cấp tiểu học, việc triển khai học bạ số sẽ được mở rộng đối với cấp trung học cơ sở theo lộ trình hướng dẫn của cấp trên.',
    ],
  },
  {
    title: 'Đẩy mạnh thanh toán không dùng tiền mặt trong các cơ sở giáo dục',
    excerpt:
      'Phần lớn các trường đã thu các khoản theo quy định qua tài khoản ngân hàng và mã QR, giúp minh bạch tài chính và thuận tiện cho cha mẹ học sinh.',
    themes: ['chuyen-doi-so', 'nghi-quyet-chinh-sach-phap-luat'],
    daysAgo: 205,
    paragraphs: [
      'Nhằm thực hiện chủ trương phát triển thanh toán không dùng tiền mặt và chương trình chuyển đổi số của ngành, Phòng GDĐT huyện Kim Thành chỉ đạo các cơ sở giáo dục trên địa bàn triển khai thu các khoản thu theo quy định bằng hình thức không dùng tiền mặt. Đến nay, phần lớn các trường đã phối hợp với ngân hàng thương mại triển khai thu qua tài khoản, mã QR và ứng dụng ngân hàng trên điện thoại.',
      'Với hình thức mới, cha mẹ học sinh nhận thông báo các khoản thu qua ứng dụng liên lạc hoặc tin nhắn, thanh toán mọi lúc, mọi nơi mà không phải đến trường. Giáo viên chủ nhiệm không phải trực tiếp thu, giữ tiền, giảm áp lực và tránh rủi ro. Bộ phận kế toán của nhà trường dễ dàng đối soát, tổng hợp, báo cáo và công khai số liệu.',
      'Các khoản thu đều được nhà trường công khai danh mục, mức thu, căn cứ thu trước khi thực hiện, bảo đảm đúng quy định và trên tinh thần tự nguyện đối với các khoản không bắt buộc. Đối với gia đình chưa có điều kiện sử dụng dịch vụ ngân hàng, nhà trường vẫn bố trí bộ phận tiếp nhận trực tiếp và cấp biên lai đầy đủ.',
      'Phòng GDĐT khuyến khích các nhà trường tiếp tục mở rộng thanh toán không dùng tiền mặt trong chi trả lương, chế độ cho cán bộ, giáo viên và chi hỗ trợ cho học sinh. Việc triển khai góp phần minh bạch hóa tài chính trong trường học, tạo sự đồng thuận, tin tưởng của cha mẹ học sinh và xã hội đối với nhà trường.',
    ],
  },
  {
    title: 'Trường Tiểu học Phú Thái xây dựng kho học liệu số dùng chung',
    excerpt:
      'Kho học liệu số do giáo viên Trường Tiểu học Phú Thái biên soạn, được tổ chuyên môn thẩm định, giúp thầy cô tiết kiệm thời gian và làm phong phú giờ học.',
    themes: ['chuyen-doi-so', 'chuong-trinh-gdpt-2018'],
    school: 'Trường Tiểu học Phú Thái',
    daysAgo: 265,
    paragraphs: [
      'Trường Tiểu học Phú Thái đã xây dựng và đưa vào sử dụng kho học liệu số dùng chung phục vụ công tác dạy và học. Kho học liệu gồm bài giảng điện tử, video thí nghiệm, phiếu học tập, câu hỏi trắc nghiệm và tài liệu tham khảo được sắp xếp theo từng môn học, khối lớp, bám sát Chương trình giáo dục phổ thông 2018 và các bộ sách giáo khoa nhà trường đang sử dụng.',
      'Các học liệu do giáo viên nhà trường biên soạn, được tổ chuyên môn thẩm định về nội dung, bảo đảm tính chính xác, phù hợp với học sinh trước khi đưa lên kho. Nhà trường xây dựng quy định cụ thể về định dạng, cách đặt tên tệp, ghi nguồn tài liệu và tôn trọng bản quyền, giúp việc tìm kiếm, khai thác được thuận tiện, thống nhất.',
      'Nhờ có kho học liệu, giáo viên tiết kiệm thời gian chuẩn bị bài, có thêm tư liệu phong phú để tổ chức các hoạt động học tập sinh động. Học sinh được giao những nhiệm vụ ôn tập, tự học phù hợp qua hệ thống; cha mẹ học sinh cũng có thể cùng con xem lại bài học tại nhà, nắm được nội dung con đang học trên lớp.',
      'Đánh giá mô hình, Phòng GDĐT cho biết sẽ nghiên cứu liên kết kho học liệu của các trường thành kho học liệu số dùng chung cấp huyện, kết nối với kho học liệu của ngành, giúp giáo viên các trường, nhất là trường ở những xã còn nhiều khó khăn, được tiếp cận nguồn tài nguyên dạy học chất lượng.',
    ],
  },
  {
    title: 'Chuẩn hóa, cập nhật cơ sở dữ liệu ngành giáo dục',
    excerpt:
      'Phòng GDĐT kiểm tra việc cập nhật cơ sở dữ liệu tại các trường, yêu cầu dữ liệu đúng, đủ, sạch, sống để giảm báo cáo giấy và phục vụ chuyển đổi số.',
    themes: ['chuyen-doi-so', 'chat-luong-giao-duc'],
    daysAgo: 285,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành vừa tổ chức kiểm tra công tác cập nhật cơ sở dữ liệu ngành giáo dục tại các trường mầm non, tiểu học, trung học cơ sở. Cơ sở dữ liệu bao gồm thông tin về trường, lớp, đội ngũ, học sinh, cơ sở vật chất và kết quả giáo dục, là nguồn số liệu quan trọng phục vụ công tác quản lý, thống kê, lập kế hoạch của ngành.',
      'Qua kiểm tra, phần lớn các đơn vị cập nhật dữ liệu đầy đủ, đúng thời hạn; thông tin học sinh đã được xác thực với cơ sở dữ liệu quốc gia về dân cư. Tuy nhiên, một số trường còn chậm cập nhật biến động đội ngũ, học sinh chuyển đi, chuyển đến; dữ liệu về cơ sở vật chất ở một vài đơn vị chưa khớp với thực tế.',
      'Phòng GDĐT yêu cầu hiệu trưởng các trường phân công cán bộ phụ trách dữ liệu, thường xuyên rà soát, chuẩn hóa; không nhập liệu mang tính hình thức, đối phó. Số liệu báo cáo của các đơn vị từ nay được khai thác trực tiếp từ cơ sở dữ liệu, hạn chế việc yêu cầu báo cáo giấy nhiều lần, giảm tải công việc hành chính cho giáo viên.',
      'Việc xây dựng dữ liệu đúng, đủ, sạch, sống là nền tảng để triển khai các ứng dụng chuyển đổi số khác như học bạ số, tuyển sinh trực tuyến, thống kê phổ cập giáo dục. Phòng GDĐT sẽ định kỳ kiểm tra, công khai kết quả cập nhật dữ liệu của các đơn vị và coi đây là một tiêu chí đánh giá thi đua.',
    ],
  },

  // 8. Đội ngũ nhà giáo và cán bộ quản lý
  {
    title: 'Hội thi giáo viên dạy giỏi cấp huyện bậc học mầm non',
    excerpt:
      'Hội thi là dịp để giáo viên mầm non thể hiện năng lực chuyên môn và những sáng tạo trong tổ chức hoạt động giáo dục lấy trẻ làm trung tâm.',
    themes: ['doi-ngu-nha-giao-can-bo-quan-ly', 'thi-dua-khen-thuong-dien-hinh'],
    daysAgo: 160,
    paragraphs: [
      'Hội thi giáo viên dạy giỏi cấp huyện bậc học mầm non đã diễn ra với sự tham gia của 45 giáo viên đến từ các trường mầm non trên địa bàn huyện Kim Thành. Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ, phát hiện và tôn vinh những giáo viên có nhiều sáng tạo trong chăm sóc, giáo dục trẻ, đồng thời tạo cơ hội để giáo viên học hỏi lẫn nhau.',
      'Mỗi giáo viên tham gia hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức hoạt động giáo dục trên trẻ. Các tiết dạy được thiết kế theo quan điểm giáo dục lấy trẻ làm trung tâm, tạo cơ hội để trẻ được trải nghiệm, khám phá, sử dụng nhiều đồ dùng, đồ chơi tự tạo từ nguyên vật liệu sẵn có ở địa phương.',
      'Ban giám khảo đánh giá nhiều giáo viên có phong thái sư phạm tự tin, gần gũi, xử lý linh hoạt các tình huống phát sinh; biết tổ chức cho trẻ hoạt động theo nhóm, khuyến khích trẻ đặt câu hỏi, bày tỏ ý kiến. Một số biện pháp như xây dựng góc thiên nhiên, phát triển ngôn ngữ cho trẻ qua trò chơi dân gian được đánh giá cao về tính thực tiễn.',
      'Kết thúc hội thi, Ban tổ chức công nhận các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện. Phòng GDĐT đề nghị các trường tổ chức chuyên đề chia sẻ kinh nghiệm từ các tiết dạy tốt, tạo điều kiện để giáo viên tiếp tục học tập, bồi dưỡng, lan tỏa tinh thần đổi mới trong toàn bậc học.',
    ],
  },
  {
    title: 'Tuyển dụng viên chức giáo viên công khai, minh bạch, đúng quy định',
    excerpt:
      'Kỳ tuyển dụng viên chức giáo viên bổ sung đội ngũ cho các trường còn thiếu, nhất là các môn Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật.',
    themes: ['doi-ngu-nha-giao-can-bo-quan-ly', 'nghi-quyet-chinh-sach-phap-luat'],
    daysAgo: 9,
    paragraphs: [
      'Ủy ban nhân dân huyện Kim Thành đã tổ chức kỳ tuyển dụng viên chức giáo viên mầm non, tiểu học và trung học cơ sở nhằm bổ sung đội ngũ cho các trường còn thiếu giáo viên, nhất là giáo viên các môn Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật. Phòng GDĐT phối hợp với Phòng Nội vụ tham mưu xây dựng kế hoạch và tổ chức kỳ tuyển dụng theo đúng quy định.',
      'Thông báo tuyển dụng, chỉ tiêu, điều kiện, tiêu chuẩn dự tuyển được đăng tải công khai trên phương tiện thông tin đại chúng, trang thông tin điện tử của huyện và niêm yết tại trụ sở cơ quan. Việc tiếp nhận phiếu đăng ký, kiểm tra điều kiện, tổ chức xét tuyển được thực hiện đúng quy trình; danh sách thí sinh đủ điều kiện và kết quả từng vòng đều được công bố để thí sinh theo dõi.',
      'Vòng 2 được tổ chức theo hình thức thực hành giảng dạy, đánh giá năng lực sư phạm và khả năng đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018. Hội đồng tuyển dụng làm việc công khai, có sự giám sát của các cơ quan chức năng; thí sinh được thông báo và hướng dẫn quy trình phúc khảo theo quy định.',
      'Sau tuyển dụng, các giáo viên mới sẽ được phân công về các trường theo nhu cầu thực tế, thực hiện chế độ tập sự với sự hướng dẫn của giáo viên có kinh nghiệm. Cùng với tuyển dụng, huyện tiếp tục thực hiện các chính sách hỗ trợ, tạo điều kiện để giáo viên yên tâm công tác, gắn bó lâu dài với địa phương.',
    ],
  },
  {
    title: 'Bồi dưỡng năng lực quản trị trường học cho cán bộ quản lý',
    excerpt:
      'Hiệu trưởng, phó hiệu trưởng các trường được cập nhật kiến thức về quản trị nhà trường, tự chủ, trách nhiệm giải trình và chuyển đổi số trong quản lý.',
    themes: ['doi-ngu-nha-giao-can-bo-quan-ly', 'chuyen-doi-so'],
    daysAgo: 112,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành vừa tổ chức lớp bồi dưỡng năng lực quản trị trường học cho hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học và trung học cơ sở trên địa bàn. Lớp học nằm trong kế hoạch phát triển đội ngũ cán bộ quản lý giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo, thu hút sự tham gia đầy đủ, nghiêm túc của học viên.',
      'Nội dung bồi dưỡng tập trung vào quản trị hoạt động dạy học và giáo dục theo Chương trình giáo dục phổ thông 2018, quản trị nhân sự, quản trị tài chính và tài sản, thực hiện quyền tự chủ và trách nhiệm giải trình của nhà trường. Cán bộ quản lý cũng được cập nhật kiến thức về chuyển đổi số trong quản lý, sử dụng dữ liệu để ra quyết định và công tác truyền thông, xử lý thông tin trên mạng xã hội.',
      'Học viên được chia nhóm thảo luận, giải quyết các tình huống quản lý thực tế như xây dựng kế hoạch giáo dục nhà trường, phân công chuyên môn hợp lý khi thiếu giáo viên, tiếp nhận và giải quyết ý kiến phản ánh của cha mẹ học sinh. Nhiều kinh nghiệm hay được chia sẻ giữa các hiệu trưởng có thâm niên và cán bộ quản lý mới được bổ nhiệm.',
      'Lãnh đạo Phòng GDĐT nhấn mạnh, người đứng đầu nhà trường phải là người đi đầu trong đổi mới, gương mẫu về đạo đức, nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu trách nhiệm. Sau lớp bồi dưỡng, mỗi học viên xây dựng một kế hoạch cải tiến cụ thể để áp dụng tại đơn vị và báo cáo kết quả vào cuối năm học.',
    ],
  },

  // 9. Xã hội hóa, huy động nguồn lực cho giáo dục
  {
    title: 'Doanh nghiệp trao tặng máy tính cho học sinh có hoàn cảnh khó khăn',
    excerpt:
      'Trường Tiểu học và THCS Hòa Bình tiếp nhận máy tính để bàn và máy tính bảng do một doanh nghiệp trên địa bàn trao tặng, phục vụ dạy học môn Tin học.',
    themes: ['xa-hoi-hoa-nguon-luc', 'chuyen-doi-so'],
    school: 'Trường Tiểu học và THCS Hòa Bình',
    daysAgo: 88,
    paragraphs: [
      'Trường Tiểu học và THCS Hòa Bình vừa tiếp nhận 20 bộ máy tính để bàn và 15 máy tính bảng do một doanh nghiệp sản xuất đóng trên địa bàn huyện trao tặng. Các thiết bị sẽ được bổ sung cho phòng Tin học của nhà trường và cho học sinh có hoàn cảnh khó khăn mượn sử dụng trong học tập, góp phần thu hẹp khoảng cách tiếp cận công nghệ.',
      'Những năm qua, nhà trường luôn gặp khó khăn về thiết bị dạy học môn Tin học do số lượng máy tính ít, nhiều máy đã xuống cấp. Số máy tính mới được trao tặng giúp bảo đảm mỗi học sinh có một máy trong giờ thực hành, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018. Máy tính bảng được nhà trường quản lý, cho học sinh mượn theo học kỳ, có sổ theo dõi rõ ràng.',
      'Đại diện doanh nghiệp cho biết, hoạt động nằm trong chương trình đồng hành cùng giáo dục địa phương mà đơn vị thực hiện hằng năm, với mong muốn góp phần tạo điều kiện học tập tốt hơn cho học sinh nông thôn. Nhà trường đã gửi lời cảm ơn và cam kết sử dụng, bảo quản thiết bị đúng mục đích, hiệu quả.',
      'Phòng GDĐT cho biết, việc tiếp nhận tài trợ của các nhà trường được thực hiện theo quy định về tài trợ cho cơ sở giáo dục: trên tinh thần tự nguyện, công khai, minh bạch, không ép buộc, không bình quân hóa, và được báo cáo, quyết toán đầy đủ. Thời gian tới, Phòng tiếp tục kết nối doanh nghiệp, nhà hảo tâm với những trường còn nhiều khó khăn về cơ sở vật chất.',
    ],
  },
  {
    title: 'Trao học bổng khuyến học cho học sinh vượt khó, học giỏi',
    excerpt:
      '120 suất học bổng từ quỹ khuyến học và sự đóng góp của doanh nghiệp, nhà hảo tâm đã được trao cho học sinh có hoàn cảnh khó khăn.',
    themes: ['xa-hoi-hoa-nguon-luc', 'thi-dua-khen-thuong-dien-hinh'],
    daysAgo: 100,
    paragraphs: [
      'Hội Khuyến học huyện Kim Thành phối hợp với Phòng GDĐT vừa tổ chức trao học bổng cho 120 học sinh có hoàn cảnh khó khăn, vượt khó vươn lên trong học tập. Mỗi suất học bổng gồm tiền mặt và đồ dùng học tập, được trích từ quỹ khuyến học của huyện và sự đóng góp của các doanh nghiệp, nhà hảo tâm, con em quê hương thành đạt ở xa.',
      'Các em nhận học bổng đều được nhà trường lựa chọn, đề xuất trên cơ sở kết quả học tập, rèn luyện và hoàn cảnh gia đình, có xác nhận của chính quyền địa phương. Nhiều em mồ côi cha hoặc mẹ, sống cùng ông bà, có bố mẹ ốm đau thường xuyên nhưng vẫn nỗ lực học tập, đạt thành tích cao, tích cực tham gia các phong trào của trường, lớp.',
      'Phát biểu tại buổi lễ, đại diện Hội Khuyến học huyện bày tỏ mong muốn những phần quà tuy nhỏ sẽ tiếp thêm động lực để các em tiếp tục cố gắng. Học bổng cũng là lời nhắc nhở mỗi gia đình, dòng họ, cộng đồng dân cư tiếp tục quan tâm đến việc học của con em, góp phần xây dựng xã hội học tập, khuyến học, khuyến tài.',
      'Thời gian qua, phong trào khuyến học, khuyến tài ở huyện Kim Thành phát triển sâu rộng với nhiều mô hình gia đình học tập, dòng họ học tập, cộng đồng học tập. Nhiều chi hội khuyến học ở các thôn, khu dân cư đã vận động thành lập quỹ, kịp thời động viên học sinh nghèo và khen thưởng học sinh đạt thành tích cao trong học tập.',
    ],
  },
  {
    title: 'Chung sức cải tạo sân chơi cho trẻ tại Trường Mầm non Đại Đức',
    excerpt:
      'Với sự chung tay tự nguyện của cha mẹ trẻ, chính quyền địa phương và các nhà hảo tâm, sân chơi ngoài trời của Trường Mầm non Đại Đức đã được cải tạo khang trang, an toàn.',
    themes: ['xa-hoi-hoa-nguon-luc', 'suc-khoe-hoc-duong-the-chat'],
    school: 'Trường Mầm non Đại Đức',
    daysAgo: 66,
    paragraphs: [
      'Với sự chung tay của cha mẹ trẻ, chính quyền địa phương và các nhà hảo tâm, khu sân chơi ngoài trời của Trường Mầm non Đại Đức đã được cải tạo, nâng cấp và đưa vào sử dụng. Sân chơi mới có thảm cỏ nhân tạo, khu vận động với các thiết bị leo trèo, cầu trượt an toàn, khu chơi với cát, nước và vườn rau nhỏ để trẻ trải nghiệm.',
      'Trước đây, sân chơi của trường đã xuống cấp, nhiều thiết bị hoen gỉ, mặt sân nứt vỡ, tiềm ẩn nguy cơ mất an toàn. Nhà trường đã xây dựng phương án cải tạo, báo cáo Phòng GDĐT và Ủy ban nhân dân xã, đồng thời thông qua Ban đại diện cha mẹ trẻ vận động sự ủng hộ trên tinh thần hoàn toàn tự nguyện. Nhiều phụ huynh đóng góp ngày công, vật liệu, tự tay làm đồ chơi từ lốp xe, gỗ, tre.',
      'Toàn bộ các khoản tài trợ được nhà trường công khai tại bảng tin và trong các buổi họp phụ huynh, có sổ sách theo dõi đầy đủ. Các thiết bị được lựa chọn bảo đảm tiêu chuẩn an toàn, phù hợp với độ tuổi mầm non; nhà trường xây dựng nội quy sử dụng và phân công giáo viên giám sát trẻ trong giờ hoạt động ngoài trời.',
      'Hiệu trưởng nhà trường cho biết, từ khi có sân chơi mới, trẻ hào hứng đến lớp hơn, các hoạt động vận động, khám phá được tổ chức phong phú, góp phần nâng cao thể lực cho trẻ. Phòng GDĐT đánh giá đây là mô hình tốt về huy động nguồn lực xã hội đúng quy định, cần được các trường mầm non trên địa bàn học tập.',
    ],
  },

  // 10. Thi đua, khen thưởng, điển hình tiên tiến
  {
    title: 'Sơ kết phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”',
    excerpt:
      'Nhiều sáng kiến trong quản lý, giảng dạy đã được áp dụng hiệu quả; các tập thể, cá nhân tiêu biểu trong phong trào được khen thưởng.',
    themes: ['thi-dua-khen-thuong-dien-hinh', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    daysAgo: 195,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành vừa tổ chức hội nghị sơ kết phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” gắn với cuộc vận động “Mỗi thầy, cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo”. Hội nghị có sự tham dự của đại diện cán bộ quản lý, giáo viên tiêu biểu các trường mầm non, tiểu học, trung học cơ sở trên địa bàn.',
      'Báo cáo sơ kết cho thấy, phong trào đã được triển khai sâu rộng, thu hút đông đảo cán bộ, giáo viên, nhân viên và học sinh tham gia. Nhiều sáng kiến trong quản lý, giảng dạy đã được áp dụng hiệu quả như ứng dụng phần mềm quản lý hồ sơ chuyên môn, đổi mới sinh hoạt tổ chuyên môn, xây dựng kho học liệu số, tổ chức dạy học theo dự án, dạy học STEM.',
      'Qua phong trào, ý thức tự học, tự bồi dưỡng của đội ngũ được nâng lên rõ rệt. Nhiều thầy cô chủ động học tập nâng cao trình độ, tích cực ứng dụng công nghệ thông tin trong thiết kế bài giảng; tham gia hội thi giáo viên dạy giỏi, hội thi thiết kế bài giảng điện tử và đạt kết quả cao. Học sinh tích cực tham gia các cuộc thi khoa học kỹ thuật, sáng tạo thanh thiếu niên, nhi đồng.',
      'Tại hội nghị, Phòng GDĐT đã khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong phong trào. Thời gian tới, Phòng đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức thi đua theo hướng thiết thực, tránh hình thức; chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, cách làm hay, sáng tạo.',
    ],
  },
  {
    title: 'Tôn vinh nhà giáo tiêu biểu nhân kỷ niệm Ngày Nhà giáo Việt Nam',
    excerpt:
      'Phòng GDĐT gặp mặt, tuyên dương các nhà giáo tiêu biểu, ghi nhận những đóng góp tận tụy, sáng tạo của đội ngũ trong sự nghiệp trồng người.',
    themes: ['thi-dua-khen-thuong-dien-hinh', 'doi-ngu-nha-giao-can-bo-quan-ly'],
    featured: true,
    daysAgo: 219,
    paragraphs: [
      'Nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Phòng GDĐT huyện Kim Thành đã tổ chức gặp mặt, tuyên dương các nhà giáo tiêu biểu trong năm. Đây là dịp để ghi nhận những đóng góp của đội ngũ nhà giáo, cán bộ quản lý và nhân viên trong sự nghiệp trồng người, đồng thời lan tỏa những tấm gương tận tụy, sáng tạo trong toàn ngành.',
      'Các nhà giáo được tuyên dương là những thầy cô có thành tích xuất sắc trong giảng dạy, giáo dục học sinh, có nhiều sáng kiến kinh nghiệm được áp dụng hiệu quả, tích cực tham gia các phong trào thi đua và hoạt động xã hội. Trong số đó, có những thầy cô nhiều năm gắn bó với trường ở các xã còn khó khăn, tận tình phụ đạo học sinh yếu, giúp đỡ học sinh có hoàn cảnh đặc biệt.',
      'Chia sẻ tại buổi gặp mặt, một giáo viên tiểu học với hơn hai mươi năm đứng lớp cho biết, niềm vui lớn nhất của người thầy là thấy học trò trưởng thành, sống tử tế. Thầy cô luôn phải tự học để theo kịp yêu cầu đổi mới, từ việc ứng dụng công nghệ thông tin đến cách tổ chức các hoạt động học tập để học sinh chủ động hơn.',
      'Phát biểu tại buổi lễ, lãnh đạo Phòng GDĐT gửi lời tri ân tới các thế hệ nhà giáo, đồng thời đề nghị mỗi thầy cô tiếp tục giữ gìn phẩm chất, đạo đức, tận tâm với nghề, xứng đáng với sự tin yêu của học sinh, cha mẹ học sinh và nhân dân. Ngành giáo dục huyện sẽ tiếp tục quan tâm tạo điều kiện về chế độ, chính sách, môi trường làm việc để nhà giáo yên tâm công tác.',
      'Cũng trong dịp này, các nhà trường đã tổ chức nhiều hoạt động ý nghĩa như thăm hỏi các thầy cô giáo đã nghỉ hưu, hội thi văn nghệ, hội giảng, tạo không khí thi đua sôi nổi trong toàn ngành, góp phần tôn vinh nghề dạy học và khẳng định vị trí, vai trò của nhà giáo trong xã hội.',
    ],
  },
  {
    title: 'Khen thưởng học sinh đạt thành tích xuất sắc trong học tập và rèn luyện',
    excerpt:
      'Học sinh đạt giải các kỳ thi cấp tỉnh, cấp quốc gia và những em có hành động đẹp trong năm học đã được Phòng GDĐT tuyên dương, khen thưởng.',
    themes: ['thi-dua-khen-thuong-dien-hinh', 'chat-luong-giao-duc'],
    daysAgo: 295,
    paragraphs: [
      'Phòng GDĐT huyện Kim Thành đã tổ chức lễ tuyên dương, khen thưởng học sinh đạt thành tích xuất sắc trong năm học. Các em được khen thưởng là học sinh đạt giải trong các kỳ thi học sinh giỏi cấp tỉnh, cấp quốc gia, cuộc thi khoa học kỹ thuật, Hội khỏe Phù Đổng và học sinh có kết quả cao trong kỳ thi tuyển sinh vào lớp 10 trung học phổ thông.',
      'Năm học vừa qua, chất lượng giáo dục mũi nhọn của huyện có nhiều khởi sắc với số lượng giải cấp tỉnh tăng so với năm trước; nhiều học sinh đạt giải ở các môn Toán, Ngữ văn, Tiếng Anh và Khoa học tự nhiên. Đặc biệt, một số dự án khoa học kỹ thuật của học sinh trung học cơ sở xuất phát từ vấn đề thực tiễn ở địa phương đã được ban giám khảo đánh giá cao về tính sáng tạo.',
      'Bên cạnh những học sinh giỏi, buổi lễ cũng tuyên dương những em có hành động đẹp như nhặt được của rơi trả lại người mất, dũng cảm giúp đỡ bạn bè, tích cực tham gia hoạt động tình nguyện. Những tấm gương ấy cho thấy kết quả của công tác giáo dục toàn diện cả về tri thức, đạo đức và kỹ năng sống trong các nhà trường.',
      'Phát biểu tại buổi lễ, lãnh đạo Phòng GDĐT chúc mừng và mong các em tiếp tục giữ vững tinh thần học tập, rèn luyện, không tự mãn với thành tích đạt được. Phòng cũng ghi nhận công lao của các thầy cô giáo đã tận tâm bồi dưỡng và sự quan tâm, đồng hành của cha mẹ học sinh, nhà tài trợ trong việc chăm lo cho thế hệ trẻ của huyện.',
    ],
  },
]
