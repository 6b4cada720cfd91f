/**
 * Demo exemplar stories ("người tốt, việc tốt") of the seed tenant.
 *
 * DEMO DATA: every person and event is invented. `school` is the exact name of a school in ./schools.ts;
 * `subjectType` and `movement` are values of EXEMPLAR_SUBJECT_TYPES and EXEMPLAR_MOVEMENTS in shared/src/vocab.ts.
 */
export interface SeedExemplar {
  title: string
  subjectName: string
  subjectType: 'giao-vien' | 'hoc-sinh' | 'can-bo-quan-ly' | 'nhan-vien' | 'tap-the' | 'phu-huynh-nguoi-dan'
  school: string
  movement: 'doi-moi-sang-tao' | 'tam-guong-dao-duc' | 'xa-hoi-hoc-tap' | 'khac'
  summary: string
  paragraphs: string[]
  /** days before the owner's last working day (../records-clock.ts), in the school year 2024–2025 */
  daysAgo: number
}

export const EXEMPLARS: SeedExemplar[] = [
  {
    title: 'Học sinh lớp 4 nhặt được ví tiền, trả lại người đánh rơi',
    subjectName: 'Nguyễn Minh Khang',
    subjectType: 'hoc-sinh',
    school: 'Trường Tiểu học Tuấn Việt',
    movement: 'khac',
    summary:
      'Trên đường đi học về, em Nguyễn Minh Khang, học sinh lớp 4A, nhặt được chiếc ví có hơn 5 triệu đồng cùng giấy tờ tùy thân và đã nhờ cô giáo chủ nhiệm tìm trả lại người đánh rơi.',
    daysAgo: 11,
    paragraphs: [
      'Chiều tan học, trên đường đạp xe về nhà, em Nguyễn Minh Khang, học sinh lớp 4A Trường Tiểu học Tuấn Việt, phát hiện một chiếc ví da rơi bên lề đường. Mở ra, em thấy bên trong có hơn 5 triệu đồng tiền mặt, căn cước công dân, giấy phép lái xe và một số giấy tờ khác. Không chần chừ, Khang quay lại trường, nhờ cô giáo chủ nhiệm giúp tìm người đánh rơi.',
      'Cô giáo chủ nhiệm cùng Ban giám hiệu nhà trường đã liên hệ với Công an xã để xác minh thông tin. Ngay trong tối hôm đó, người đánh rơi là một người lao động ở xã bên đã được mời đến nhận lại tài sản. Anh xúc động cho biết số tiền là tiền công cả tháng, dự định dùng để mua sách vở cho con và mua thuốc cho mẹ già.',
      'Khi được hỏi vì sao không giữ lại, Khang chia sẻ rất hồn nhiên: “Con nghĩ chú bị mất chắc đang lo lắm. Bố mẹ và cô giáo dạy con nhặt được của rơi thì phải trả lại người mất.” Gia đình em rất tự hào về hành động của con và cho biết sẽ luôn động viên em giữ gìn đức tính trung thực ấy.',
      'Nhà trường đã tuyên dương em Khang trước toàn trường trong buổi chào cờ đầu tuần và đề nghị Phòng GDĐT biểu dương. Hành động đẹp của em là minh chứng sinh động cho hiệu quả của công tác giáo dục đạo đức, lối sống trong nhà trường, góp phần lan tỏa những giá trị tốt đẹp trong học sinh và cộng đồng.',
    ],
  },
  {
    title: 'Cô giáo đưa Toán học vào đời sống bằng các dự án STEM',
    subjectName: 'Phạm Thị Thu Trang',
    subjectType: 'giao-vien',
    school: 'Trường THCS Lai Khê',
    movement: 'doi-moi-sang-tao',
    summary:
      'Cô Phạm Thị Thu Trang, giáo viên Toán Trường THCS Lai Khê, thiết kế nhiều bài học STEM gắn với đời sống, giúp học sinh hứng thú và biết vận dụng kiến thức vào thực tiễn.',
    daysAgo: 37,
    paragraphs: [
      'Hơn mười lăm năm đứng lớp, cô Phạm Thị Thu Trang, giáo viên Toán Trường THCS Lai Khê, luôn trăn trở làm sao để môn Toán bớt khô khan với học sinh. Từ khi triển khai Chương trình giáo dục phổ thông 2018, cô mạnh dạn thiết kế các bài học theo định hướng giáo dục STEM, gắn kiến thức Toán với những vấn đề thực tế mà học sinh gặp hằng ngày.',
      'Trong dự án “Thiết kế khu vườn trường”, học sinh lớp 7 đo đạc, tính diện tích, chu vi, lập dự toán chi phí và vẽ bản thiết kế trên giấy kẻ ô. Với học sinh lớp 8, cô tổ chức chủ đề tính toán lượng nước tiêu thụ của gia đình, từ đó đề xuất giải pháp tiết kiệm. Các sản phẩm được trưng bày, thuyết trình trước lớp và được cha mẹ học sinh đánh giá cao.',
      'Cô Trang còn chủ động học thêm về công nghệ thông tin, sử dụng phần mềm vẽ hình động, tạo phiếu học tập trực tuyến để học sinh luyện tập tại nhà. Những bài giảng của cô được chia sẻ trong kho học liệu của nhà trường, nhiều đồng nghiệp tham khảo, vận dụng. Sáng kiến của cô về dạy học STEM môn Toán được Hội đồng khoa học cấp huyện công nhận.',
      'Điều cô Trang vui nhất là học sinh không còn sợ môn Toán, nhiều em mạnh dạn đặt câu hỏi, tự tìm cách giải quyết vấn đề. Tấm gương của cô là minh chứng sinh động cho phong trào thi đua đổi mới, sáng tạo trong quản lý, giảng dạy và học tập của ngành giáo dục huyện.',
    ],
  },
  {
    title: 'Thầy giáo hơn hai mươi năm tận tụy dạy chữ, dạy người',
    subjectName: 'Vũ Đức Mạnh',
    subjectType: 'giao-vien',
    school: 'Trường Tiểu học và THCS Kim Đính',
    movement: 'tam-guong-dao-duc',
    summary:
      'Thầy Vũ Đức Mạnh, giáo viên Ngữ văn Trường Tiểu học và THCS Kim Đính, hơn hai mươi năm gắn bó với nghề, không ngừng tự học và âm thầm giúp đỡ nhiều học sinh khó khăn tiếp tục đến trường.',
    daysAgo: 64,
    paragraphs: [
      'Ra trường năm hai mươi hai tuổi, thầy Vũ Đức Mạnh đã gắn bó với Trường Tiểu học và THCS Kim Đính hơn hai mươi năm. Đồng nghiệp nhận xét, thầy Mạnh là người ít nói nhưng làm việc gì cũng đến nơi đến chốn, luôn đến trường sớm và thường là người về muộn nhất sau mỗi buổi học để chấm bài, chuẩn bị cho tiết dạy hôm sau.',
      'Ngoài giờ lên lớp, thầy thường đến nhà những học sinh có nguy cơ bỏ học để động viên các em và gia đình. Nhiều năm qua, thầy lặng lẽ trích một phần lương mua sách vở, quần áo cho học sinh nghèo, vận động bạn bè, cựu học sinh hỗ trợ những em có hoàn cảnh đặc biệt. Nhờ sự quan tâm ấy, nhiều học sinh đã vượt qua khó khăn, tiếp tục học lên.',
      'Dù đã có nhiều năm kinh nghiệm, thầy Mạnh vẫn không ngừng tự học. Thầy tự mày mò học cách thiết kế bài giảng điện tử, tham gia các khóa học trực tuyến về đổi mới phương pháp dạy học và đánh giá học sinh. Ở tuổi ngoài bốn mươi, thầy vẫn đăng ký học nâng cao trình độ và hoàn thành chương trình thạc sĩ chuyên ngành lí luận và phương pháp dạy học.',
      'Với những đóng góp thầm lặng, thầy Mạnh nhiều năm liền đạt danh hiệu chiến sĩ thi đua cơ sở và được học sinh, đồng nghiệp quý mến. Thầy là tấm gương tiêu biểu trong cuộc vận động “Mỗi thầy, cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo” của ngành giáo dục huyện.',
    ],
  },
  {
    title: 'Nữ hiệu trưởng đổi mới quản trị, nâng chất lượng bán trú',
    subjectName: 'Phạm Thị Thanh Hương',
    subjectType: 'can-bo-quan-ly',
    school: 'Trường Mầm non Kim Tân',
    movement: 'doi-moi-sang-tao',
    summary:
      'Bằng cách làm minh bạch, ứng dụng công nghệ và trao quyền chủ động cho tổ chuyên môn, Hiệu trưởng Trường Mầm non Kim Tân đã góp phần nâng cao rõ rệt chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ.',
    daysAgo: 118,
    paragraphs: [
      'Khi nhận nhiệm vụ Hiệu trưởng Trường Mầm non Kim Tân, cô Phạm Thị Thanh Hương trăn trở trước thực tế cơ sở vật chất chưa đồng bộ, bếp ăn bán trú chật hẹp, việc quản lý hồ sơ còn nặng về giấy tờ. Cô xác định phải bắt đầu từ đổi mới cách quản lý, lấy sự an toàn và niềm vui của trẻ làm mục tiêu trung tâm cho mọi hoạt động của nhà trường.',
      'Cô cùng tập thể xây dựng kế hoạch cải tạo bếp ăn theo quy trình một chiều, công khai thực đơn, nguồn gốc thực phẩm hằng ngày trên nhóm liên lạc của lớp và bảng tin. Cha mẹ trẻ được mời đến tham quan, giám sát bếp ăn định kỳ. Nhờ sự minh bạch, niềm tin của phụ huynh đối với nhà trường ngày càng được củng cố.',
      'Cô cũng là người đi đầu ứng dụng phần mềm quản lý trường mầm non để tính khẩu phần dinh dưỡng, theo dõi sức khỏe, cân nặng của trẻ, giảm đáng kể thời gian ghi chép cho giáo viên. Các tổ chuyên môn được giao quyền chủ động xây dựng kế hoạch giáo dục, thiết kế môi trường lớp học theo hướng mở, khuyến khích trẻ khám phá.',
      'Sau ba năm, Trường Mầm non Kim Tân đã được công nhận đạt kiểm định chất lượng giáo dục cấp độ 2, tỷ lệ trẻ suy dinh dưỡng giảm rõ rệt. Cách làm của cô được Phòng GDĐT giới thiệu để các trường mầm non trong huyện tham khảo, học tập, là điển hình của phong trào đổi mới, sáng tạo trong quản lý.',
    ],
  },
  {
    title: 'Nhân viên y tế trường học bình tĩnh sơ cứu kịp thời học sinh bị hóc dị vật',
    subjectName: 'Đặng Thị Thanh Nhàn',
    subjectType: 'nhan-vien',
    school: 'Trường Tiểu học Đồng Cẩm',
    movement: 'khac',
    summary:
      'Nhờ kỹ năng sơ cứu thành thạo và sự bình tĩnh của chị Đặng Thị Thanh Nhàn, nhân viên y tế Trường Tiểu học Đồng Cẩm, một học sinh lớp 2 bị hóc kẹo đã được cứu kịp thời.',
    daysAgo: 23,
    paragraphs: [
      'Trong giờ ra chơi, một học sinh lớp 2 của Trường Tiểu học Đồng Cẩm bất ngờ bị hóc kẹo, có biểu hiện khó thở, tím tái. Nhận được tin báo, chị Đặng Thị Thanh Nhàn, nhân viên y tế nhà trường, lập tức có mặt, bình tĩnh thực hiện thủ thuật sơ cứu đẩy dị vật ra ngoài, giúp em học sinh thở lại bình thường chỉ sau ít phút.',
      'Sau khi sơ cứu, chị Nhàn tiếp tục theo dõi sức khỏe của em, đồng thời phối hợp với giáo viên chủ nhiệm thông báo cho gia đình và đưa em đến trạm y tế xã để kiểm tra. Gia đình học sinh vô cùng xúc động và cảm ơn sự nhanh nhẹn, tận tâm của chị cũng như sự quan tâm của nhà trường.',
      'Được biết, chị Nhàn đã gắn bó với công tác y tế trường học hơn mười năm. Ngoài việc chăm sóc sức khỏe ban đầu cho học sinh, chị thường xuyên phối hợp với giáo viên tổ chức các buổi hướng dẫn kỹ năng sơ cứu cơ bản, phòng tránh tai nạn thương tích cho học sinh và cả giáo viên, nhân viên nhà trường.',
      'Hành động kịp thời của chị Nhàn là lời nhắc nhở về tầm quan trọng của công tác y tế trường học và kỹ năng sơ cứu trong mỗi nhà trường. Nhà trường đã đề nghị Phòng GDĐT biểu dương chị như một tấm gương người tốt, việc tốt trong ngành, để mỗi cán bộ, giáo viên, nhân viên cùng học tập.',
    ],
  },
  {
    title: 'Tủ sách cộng đồng lan tỏa văn hóa đọc từ một tổ chuyên môn',
    subjectName: 'Tổ Ngữ văn Trường THCS Kim Xuyên',
    subjectType: 'tap-the',
    school: 'Trường THCS Kim Xuyên',
    movement: 'xa-hoi-hoc-tap',
    summary:
      'Mô hình “Tủ sách cộng đồng” do tổ Ngữ văn Trường THCS Kim Xuyên khởi xướng đã đưa sách đến nhà văn hóa các thôn, thu hút học sinh và người dân cùng đọc.',
    daysAgo: 80,
    paragraphs: [
      'Từ ý tưởng của tổ Ngữ văn, Trường THCS Kim Xuyên đã xây dựng mô hình “Tủ sách cộng đồng” đặt tại nhà văn hóa các thôn trên địa bàn xã. Mỗi tủ sách có vài trăm đầu sách do giáo viên, học sinh, cha mẹ học sinh quyên góp, gồm sách thiếu nhi, sách kỹ năng, sách kiến thức nông nghiệp và sách pháp luật phục vụ người dân.',
      'Các thầy cô trong tổ phân công nhau phụ trách từng tủ sách, hướng dẫn học sinh làm “thủ thư nhỏ” ghi chép việc mượn, trả vào cuối tuần. Hằng tháng, tổ tổ chức các buổi giới thiệu sách, thi kể chuyện theo sách, vẽ tranh về nhân vật yêu thích, thu hút cả học sinh tiểu học và người dân tham gia.',
      'Sau hai năm triển khai, số lượt mượn sách tăng đều; nhiều phụ huynh cho biết đã cùng con đọc sách vào buổi tối thay vì xem điện thoại. Một số người cao tuổi trong thôn cũng trở thành bạn đọc thường xuyên, tham gia chia sẻ kinh nghiệm sản xuất, câu chuyện truyền thống của quê hương với các em học sinh.',
      'Mô hình đã góp phần thiết thực vào phong trào thi đua “Cả nước xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”, được Hội Khuyến học xã và Phòng GDĐT ghi nhận, biểu dương. Tổ Ngữ văn đang phối hợp với Đoàn Thanh niên xã để nhân rộng mô hình ra các thôn còn lại trong thời gian tới.',
    ],
  },
  {
    title: 'Người cha mở lớp dạy bơi miễn phí cho trẻ em trong xã',
    subjectName: 'Trần Văn Bình',
    subjectType: 'phu-huynh-nguoi-dan',
    school: 'Trường THCS Tam Kỳ',
    movement: 'khac',
    summary:
      'Anh Trần Văn Bình, phụ huynh học sinh Trường THCS Tam Kỳ, nhiều mùa hè liền mở lớp dạy bơi miễn phí, giúp hàng trăm trẻ em trong xã biết bơi.',
    daysAgo: 132,
    paragraphs: [
      'Từng chứng kiến những vụ đuối nước thương tâm ở địa phương, anh Trần Văn Bình, phụ huynh học sinh Trường THCS Tam Kỳ, quyết định mở lớp dạy bơi miễn phí cho trẻ em trong xã vào mỗi dịp hè. Lớp học được tổ chức tại một ao nước sạch đã được anh cải tạo, làm bờ, quây lưới và cắm cọc phân vùng an toàn theo độ sâu.',
      'Mỗi khóa học kéo dài khoảng hai tuần, mỗi buổi anh hướng dẫn khoảng hai mươi em các kỹ năng nổi, thở, bơi ếch và cách xử lý khi gặp người đuối nước. Các em luôn được trang bị phao, áo phao và có người lớn giám sát. Anh còn nhờ một số phụ huynh và đoàn viên thanh niên cùng hỗ trợ, bảo đảm an toàn tuyệt đối cho học sinh.',
      'Nhiều năm qua, hàng trăm em học sinh của xã đã biết bơi nhờ lớp học của anh Bình. Nhà trường phối hợp thông báo lịch học, lập danh sách học sinh chưa biết bơi để giới thiệu đến lớp. Chính quyền địa phương cũng hỗ trợ biển cảnh báo, phao cứu sinh và cử người cùng theo dõi trong những buổi học đông học viên.',
      'Anh Bình chia sẻ, mong muốn lớn nhất của anh là không còn em nhỏ nào trong xã gặp nạn vì không biết bơi. Việc làm thiết thực của anh đã được Ủy ban nhân dân xã và nhà trường biểu dương, là tấm gương đẹp về sự phối hợp giữa gia đình, nhà trường và xã hội trong bảo vệ trẻ em.',
    ],
  },
  {
    title: 'Nữ sinh lớp 9 chế tạo hệ thống tưới tự động phục vụ nhà nông',
    subjectName: 'Đỗ Thị Ngọc Ánh',
    subjectType: 'hoc-sinh',
    school: 'Trường THCS Ngũ Phúc',
    movement: 'doi-moi-sang-tao',
    summary:
      'Em Đỗ Thị Ngọc Ánh, học sinh lớp 9 Trường THCS Ngũ Phúc, tự học lập trình để chế tạo hệ thống tưới rau tự động dùng cảm biến độ ẩm, đoạt giải cuộc thi khoa học kỹ thuật cấp huyện.',
    daysAgo: 102,
    paragraphs: [
      'Xuất phát từ hình ảnh bố mẹ vất vả tưới rau mỗi ngày, em Đỗ Thị Ngọc Ánh, học sinh lớp 9 Trường THCS Ngũ Phúc, đã nghiên cứu chế tạo hệ thống tưới nước tự động cho vườn rau dựa trên cảm biến độ ẩm đất. Sản phẩm của em đã đoạt giải tại cuộc thi khoa học kỹ thuật dành cho học sinh trung học cơ sở cấp huyện.',
      'Hệ thống gồm cảm biến độ ẩm, bo mạch điều khiển, máy bơm nhỏ và ống tưới nhỏ giọt, được lập trình để tự động bật khi đất khô và tắt khi đủ ẩm. Em Ánh tự học lập trình qua tài liệu và sự hướng dẫn của thầy giáo dạy Tin học, tận dụng nhiều linh kiện giá rẻ để giảm chi phí, phù hợp với điều kiện của các hộ gia đình nông thôn.',
      'Trong quá trình thực hiện, em đã nhiều lần thất bại vì máy bơm hoạt động không ổn định, cảm biến cho kết quả sai lệch. Không nản chí, em kiên trì ghi chép, thử nghiệm, điều chỉnh ngay tại vườn nhà. Sau hai tháng, sản phẩm hoạt động ổn định, giúp gia đình tiết kiệm đáng kể nước tưới và công sức lao động.',
      'Bên cạnh niềm say mê nghiên cứu, Ánh còn là học sinh có kết quả học tập tốt, tích cực trong các hoạt động của Liên đội. Thầy cô nhà trường đánh giá, em là tấm gương tiêu biểu về tinh thần tự học, sáng tạo, biết vận dụng kiến thức vào giải quyết vấn đề thực tiễn của cuộc sống.',
    ],
  },
  {
    title: 'Cô giáo mầm non kiên nhẫn đồng hành cùng trẻ khuyết tật hòa nhập',
    subjectName: 'Lê Thị Hải Yến',
    subjectType: 'giao-vien',
    school: 'Trường Mầm non Kim Liên',
    movement: 'tam-guong-dao-duc',
    summary:
      'Bằng tình yêu thương và sự kiên trì tự học, cô Lê Thị Hải Yến, giáo viên Trường Mầm non Kim Liên, đã giúp một trẻ mắc chứng tự kỷ tiến bộ rõ rệt, sẵn sàng vào lớp 1 cùng các bạn.',
    daysAgo: 152,
    paragraphs: [
      'Ở Trường Mầm non Kim Liên, cô Lê Thị Hải Yến được phụ huynh và đồng nghiệp quý mến vì sự kiên nhẫn, tận tụy với trẻ. Năm học vừa qua, lớp mẫu giáo năm tuổi do cô phụ trách có một trẻ mắc chứng rối loạn phổ tự kỷ, ít giao tiếp, thường xuyên có hành vi bất thường khiến gia đình rất lo lắng.',
      'Cô Yến đã chủ động tìm hiểu tài liệu, tham gia các lớp bồi dưỡng trực tuyến về giáo dục hòa nhập, trao đổi với chuyên gia để xây dựng kế hoạch giáo dục cá nhân cho trẻ. Mỗi ngày, cô dành thời gian riêng để trò chuyện, hướng dẫn trẻ những kỹ năng đơn giản, đồng thời khéo léo tạo cơ hội để trẻ chơi cùng các bạn trong lớp.',
      'Cô cũng thường xuyên trao đổi với gia đình, hướng dẫn phụ huynh cách phối hợp rèn luyện tại nhà, ghi lại những tiến bộ nhỏ nhất của trẻ. Sau một năm, trẻ đã biết chào hỏi, tự phục vụ trong sinh hoạt, tham gia các hoạt động tập thể và sẵn sàng vào lớp 1 cùng các bạn.',
      'Không chỉ với trẻ khuyết tật, cô Yến luôn dành tình yêu thương công bằng cho tất cả học sinh, coi mỗi trẻ là một cá thể riêng biệt cần được tôn trọng. Tấm gương của cô là minh chứng cho cuộc vận động “Mỗi thầy, cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo”.',
    ],
  },
  {
    title: 'Cựu chiến binh gây dựng quỹ khuyến học dòng họ',
    subjectName: 'Nguyễn Văn Tiến',
    subjectType: 'phu-huynh-nguoi-dan',
    school: 'Trường Tiểu học và THCS Hòa Bình',
    movement: 'xa-hoi-hoc-tap',
    summary:
      'Ông Nguyễn Văn Tiến, cựu chiến binh ở xã Hòa Bình, vận động dòng họ lập quỹ khuyến học, thường xuyên đồng hành cùng nhà trường và tự học suốt đời.',
    daysAgo: 212,
    paragraphs: [
      'Ông Nguyễn Văn Tiến, cựu chiến binh ở xã Hòa Bình, nhiều năm nay được bà con trong xã biết đến là người nhiệt tình với phong trào khuyến học. Từ một khoản tiết kiệm nhỏ của gia đình, ông đã vận động các thành viên trong dòng họ cùng đóng góp, thành lập quỹ khuyến học dòng họ để động viên con cháu chăm lo học tập.',
      'Hằng năm, vào dịp đầu năm học, quỹ tổ chức trao thưởng cho các cháu đạt thành tích cao, hỗ trợ sách vở cho học sinh có hoàn cảnh khó khăn. Ông Tiến cùng ban quản lý quỹ công khai từng khoản thu, chi tại buổi họp họ, tạo sự tin tưởng. Từ dòng họ của ông, nhiều dòng họ khác trong xã cũng học tập thành lập quỹ tương tự.',
      'Không chỉ quan tâm đến con cháu trong họ, ông còn thường xuyên đến Trường Tiểu học và THCS Hòa Bình kể chuyện truyền thống cho học sinh, tham gia Ban đại diện cha mẹ học sinh, đóng góp ý kiến xây dựng nhà trường. Ông tự học sử dụng điện thoại thông minh để đọc báo, tra cứu thông tin và hướng dẫn các hội viên cựu chiến binh cùng học.',
      'Những việc làm bền bỉ của ông Tiến đã góp phần xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập ở địa phương. Ông được Hội Khuyến học huyện tặng giấy khen, là gương điển hình trong phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời.',
    ],
  },
]
