// The Vietnamese words of two to four syllables of underthesea's `Viet74K` list
// (underthesea 9.5.0, Apache License 2.0, see VietnameseWordList.LICENSE beside this file):
// lower-cased, NFC, letters only, one word a line, sorted. Data only; regenerate with
// `Scripts/make-word-list.py`, never edit by hand.
extension VietnameseWords {
    static let list = #"""
a bung
a bàng
a di
a di đà kinh
a di đà phật
a du
a dua
a dơi
a giao
a ha
a hoàn
a hoành
a hành
a hành ác nghiệp
a hành ác tỏi
a hộ
a la hán
a lù
a lưới
a mrơn
a mú sung
a ngo
a ngu
a nguỳ
a nguỵ
a pa tít
a phiến
a posteriori
a priori
a pác thai
a rooi
a roàng
a ting
a tiêng
a tì địa ngục
a tòng
a tùng
a túc
a tăng kì
a vao
a vương
a xan
a xing
a xít
a yun
a đảng
a đẩu
a đới
acbit hối đoái
acid acetic
acid amin
acid béo
acid carbonic
acid chlorhydric
acid nitric
acid sulfuric
acten nông nghiệp
ad hoc
ai ai
ai bi
ai biết phận nấy
ai biết đâu
ai bảo
ai chỉ
ai cảm
ai cập học
ai cắt rốn cho
ai dà
ai dè
ai hoài
ai khiến
ai khảo mà xưng
ai lại
ai mà
ai mượn
ai ngờ
ai nấy
ai oán
ai tư vãn
ai tử
ai điếu
ai đời
am hiểu
am mây
am thanh cảnh vắng
am tường
am tự
am váp
am đồng
ampe kế
ampere kế
an bang
an biên
an bài
an bá
an bình
an bình a
an bình b
an bình tây
an bần
an bần lạc đạo
an bồi
an châu
an chấn
an cư
an cư lạc nghiệp
an cầu
an cựu
an dân
an dũng
an dương
an dương vương
an dưỡng
an dưỡng đường
an dạ
an dật
an dục
an giang
an giấc
an giấc nghìn thu
an giấc ngàn thu
an hiệp
an hoà
an hoà tây
an hoá
an hà
an hùng
an hưng
an hưởng
an hải
an hải bắc
an hải tây
an hải đông
an hảo
an hồng
an hội
an hữu
an khang
an khánh
an khê
an khương
an long
an lành
an lâm
an lão
an lĩnh
an lư
an lưu
an lương
an lạc
an lạc thôn
an lạc tây
an lập
an lễ
an lộc
an lợi đông
an lục
an minh
an minh bắc
an mỹ
an nghiệp
an nghĩa
an nghỉ
an ngãi
an ngãi trung
an ngãi tây
an nhiên
an nhiên tự tại
an nhàn
an nhơn
an nhơn tây
an nhựt tân
an ninh
an ninh tây
an ninh đông
an nông
an nội
an phong
an phú
an phú thuận
an phú trung
an phú tân
an phú tây
an phú đông
an phúc
an phước
an phận
an phận thủ kỉ
an phận thủ thường
an phụ
an quang
an quy
an quý
an quảng hữu
an sinh
an sơn
an thai
an thanh
an thuận
an thuỷ
an thành
an thái
an thái trung
an thái đông
an thân
an thân thủ phận
an thương
an thường thủ phận
an thượng
an thạch
an thạnh
an thạnh thuỷ
an thạnh trung
an thần
an thắng
an thịnh
an thọ
an thới
an thới đông
an tiêm
an tiến
an toàn
an toàn khu
an toàn lao động
an toạ
an trung
an tràng
an trí
an trường
an trường a
an trạch
an táng
an tâm
an tân
an tây
an tĩnh
an tường
an tịnh
an tọa
an tức hương
an uỷ
an vinh
an viên
an viễn
an vĩ
an vĩnh ngãi
an vũ
an vị
an xuyên
an xuân
an điền
an đô
an đôn phác
an đạo
an định
an đồng
an đức
an đức tây
an ấp
an ổn
an ủi
ang áng
anh chàng
anh chị
anh chị em
anh cả
anh danh
anh dũng
anh em
anh em cọc chèo
anh em thúc bá
anh giai
anh hai
anh hoa
anh hài
anh hào
anh hùng
anh hùng bạt tuỵ
anh hùng ca
anh hùng chủ nghĩa
anh hùng cá nhân
anh hùng cái thế
anh hùng hào kiệt
anh hùng lao động
anh hùng mạt lộ
anh hùng một khoảnh
anh hùng nhất khoảnh
anh hùng rơm
anh hùng tương ngộ
anh họ
anh kim
anh kiệt
anh linh
anh lùn xem hội
anh minh
anh ngữ
anh nhi
anh nhuệ
anh nuôi
anh quân
anh ruột
anh rể
anh sơn
anh thư
anh trai
anh tuấn
anh tài
anh tú
anh túc
anh túc xác
anh tử túc
anh văn
anh vũ
anh yến
anh ách
anh ánh
anh đào
ao chuôm
ao hồ
ao liền ruộng cả
ao sâu nước cả
ao sâu tốt cá
ao tù
ao tù nước đọng
ao ước
ao ảo
arbit hối đoái
artel nông nghiệp
au au
axit amin
axit axetic
axit cacbonic
axit clohiđric
axit nitric
axit sunfuric
ay áy
ayun pa
ba ba
ba ba ấp bóng
ba bà bốn chuyện
ba bè bảy bối
ba bè bảy mảng
ba bè bảy mối
ba bích
ba bò chín trâu
ba bó một giạ
ba búa
ba bảy
ba bề bốn bên
ba bể
ba bị
ba bớp
ba bửa
ba bữa cơm chín
ba cha bảy mẹ
ba chân
ba chân bốn cẳng
ba chìm bảy nổi
ba chùa
ba chúc
ba chạc
ba chấm
ba chẽ
ba chỉ
ba chốn bốn nơi
ba chốn đôi nơi
ba chớp bảy nhoáng
ba chục
ba cung
ba cây
ba cùng
ba cọc ba đồng
ba cụm bắc
ba cụm nam
ba dãy bảy khê
ba dãy bảy toà
ba gai
ba gai ba ngạnh
ba gai ba đồ
ba giăng
ba giỏi
ba gác
ba gạc
ba hoa
ba hoa chích choè
ba hoa chích chòe
ba hoa thiên tướng
ba hoa thiên địa
ba hoa xích tốc
ba hoa xích đế
ba hàng
ba hồi
ba hồn bảy vía
ba hồn chín vía
ba hột sức
ba khan
ba khía
ba không
ba kích
ba kỳ
ba la
ba lai
ba liên
ba lo bảy liệu
ba làng an
ba làng bảy chợ
ba lá
ba láp
ba lém
ba lê
ba lòng
ba lô
ba lông
ba lăng nhăng
ba lơn
ba lần bảy lượt
ba lừa bảy lọc
ba má
ba máu sáu cơn
ba mùn
ba mũi giáp công
ba mươi
ba mươi sáu chước
ba mươi tết
ba mặt một lời
ba mớ
ba mứa
ba na
ba nam
ba nang
ba ngay
ba ngày
ba ngòi
ba ngôi
ba ngạc
ba nhất
ba phải
ba que
ba que xỏ lá
ba quyết tâm
ba quân
ba rem
ba ri e
ba rọi
ba sao
ba sinh
ba sinh hương lửa
ba soi
ba sôi hai lạnh
ba sương một nắng
ba sẵn sàng
ba thu
ba thành
ba tháng
ba tháng mười ngày
ba thê bảy thiếp
ba thắc
ba thứ quân
ba thứ tóc
ba tiêu
ba toong
ba toác
ba trang
ba tri
ba trinh
ba trui
ba trá
ba trăng
ba trại
ba trợn
ba trợn ba trạc
ba trợn ba trạo
ba tui
ba tuần
ba tê
ba tô
ba tơ
ba tấc lưỡi
ba tầng
ba vinh
ba vuông bảy tròn
ba vành
ba vành bảy vẻ
ba vành sơn son
ba vì
ba vòng
ba vùng chiến lược
ba vạ
ba vạn chín nghìn
ba xa
ba xuân
ba xạo
ba điền
ba đào
ba đình
ba đông
ba đảm đang
ba đấng ba loài
ba đầu sáu tay
ba đậu
ba đậu nam
ba đậu tây
ba đồn
ba động
ba đời
ba đời bảy họ
bai bải
bai miệng
bam cửa
ban bí thư
ban bệ
ban bố
ban chiều
ban chấp hành
ban chấp uỷ
ban chỉ huy
ban cua
ban cua lưỡí trắng
ban công
ban cấp
ban giám hiệu
ban giám đốc
ban gỉ sắt
ban hành
ban hồng
ban khen
ban lao
ban leo
ban long
ban mai
ban miêu
ban ngày
ban ngày ban mặt
ban nhật
ban nãy
ban phát
ban sáng
ban sơ
ban sớm
ban thưởng
ban thứ
ban trưa
ban trắng
ban tặng
ban tối
ban vàng
ban xuất huyết
ban ân
ban đào
ban đêm
ban đầu
ban đỏ
ban ơn
bang biện
bang gia
bang giao
bang trưởng
bang trợ
bang tá
bao biếm
bao biện
bao bì
bao bọc
bao bố
bao cao su
bao che
bao chiếm
bao chầy
bao chừ
bao cấp
bao dai
bao dong
bao dung
bao giờ
bao gói
bao gồm
bao hoa
bao hàm
bao hình
bao la
bao la thiên địa
bao lan
bao lâu
bao lâu nay
bao lăm
bao lơn
bao mua
bao nhiêu
bao nài
bao nả
bao nỡ
bao phấn
bao phủ
bao quanh
bao quát
bao quản
bao sá
bao sân
bao tay
bao thơ
bao thầu
bao tiêu
bao trùm
bao tượng
bao tải
bao tời
bao tử
bao vây
bao vây kinh tế
bao xa
bao xiết
bao đồng
bay biến
bay bướm
bay bổng
bay chuyền
bay hơi
bay hồn bạt vía
bay la
bay la bay chuyền
bay liệng
bay là
bay lượn
bay lả bay la
bay màu
bay mùi
bay nhảy
bay đầu
be be
be bé
be bét
be con chạch
be he
be thuyền
bem bép
beng beng
beo béo
bi ai
bi ba bi bô
bi bô
bi ca
bi chí
bi cảm
bi da
bi hoan
bi hoài
bi hài
bi hài kịch
bi hùng
bi khúc
bi kí
bi kí học
bi ký
bi kịch
bi li
bi luỵ
bi lụy
bi quan
bi sầu
bi thiết
bi thu
bi thương
bi thảm
bi tráng
bi văn
bi đup
bi đát
bi đình
bi đông
bia bọt
bia chai
bia danh
bia hơi
bia hộp
bia lon
bia miệng
bia tươi
bia đá bảng vàng
bia đá tượng đồng
bia đỡ đạn
bin đinh
binh biến
binh bị
binh bộ
binh bộ thượng thư
binh chế
binh chủng
binh cách
binh công xưởng
binh cơ
binh dịch
binh gia
binh giới
binh hoạ
binh hoả
binh hùng tướng giỏi
binh hùng tướng mạnh
binh khí
binh khố
binh lính
binh lương
binh lược
binh lửa
binh lực
binh mã
binh nghiệp
binh ngũ
binh nhu
binh nhung
binh nhì
binh nhất
binh pháp
binh phí
binh phục
binh quyền
binh sĩ
binh sự
binh thuyền
binh thư
binh thế
binh trạm
binh tình
binh uy
binh vận
binh vụ
binh xưởng
binh đao
binh đao khói lửa
binh đoàn
binh đội
biên bản
biên chép
biên chú
biên chế
biên cương
biên cảnh
biên dạng
biên dịch
biên giang
biên giới
biên hoà
biên khu
biên khảo
biên lai
biên mậu
biên nhận
biên niên
biên niên sử
biên phòng
biên phương
biên quan
biên soạn
biên sơn
biên thuật
biên thuỳ
biên thành
biên thùy
biên tu
biên tái
biên tập
biên tập viên
biên tịch
biên uỷ
biên uỷ viên
biên viễn
biên đình
biên đạo
biên độ
biên đội
biên ải
biêng biếc
biếm hoạ
biếm họa
biếm quyền
biếm truất
biến báo
biến chuyển
biến chất
biến chế
biến chủng
biến chứng
biến cách
biến cải
biến cảm
biến cố
biến di
biến diễn
biến dạng
biến dị
biến dịch
biến hoá
biến hoá thần thông
biến hình
biến loạn
biến ngôi
biến nhiệt
biến phân
biến sắc
biến số
biến thiên
biến thái
biến thân
biến thế
biến thế tự ngẫu
biến thể
biến thể lục bát
biến thể ngôn ngữ
biến thể từ
biến tiết
biến trá
biến trở
biến tính
biến tướng
biến tượng
biến tấu
biến tố
biến tốc
biến tốc kế
biến áp
biến âm
biến điệu
biến đổi
biến động
biến ảo
biếng chơi
biếng nhác
biếng nhắp
biếng ăn
biết bao
biết bao mà kể
biết bụng
biết cho
biết chừng
biết chừng nào
biết có
biết dường nào
biết gì
biết lấy chi cân
biết mùi
biết mấy
biết mặt biết người
biết người biết của
biết người biết ta
biết rõ ruột gan
biết sao
biết tay
biết thân
biết thân biết phận
biết thóp
biết thế
biết thời biết thế
biết thừa
biết tiếng
biết tỏng
biết tỏng tòng tong
biết việc
biết ý
biết điều
biết đâu
biết đâu chừng
biết đâu đấy
biết ơn
biếu xén
biền biệt
biền ngẫu
biền thể
biền văn
biển báo
biển bạch
biển bạch đông
biển cả
biển hồ
biển khơi
biển lận
biển lặng
biển lặng gió êm
biển ngắm
biển thủ
biển tiến
biển đậu
biển động
biểu bì
biểu chương
biểu cảm
biểu diễn
biểu diện
biểu dương
biểu hiện
biểu hiệu
biểu kiến
biểu lộ
biểu mô
biểu mẫu
biểu ngữ
biểu quyết
biểu sinh
biểu thuế
biểu thị
biểu thức
biểu thức đại số
biểu trưng
biểu tình
biểu tượng
biểu tấu
biểu tự
biểu đạt
biểu đề
biểu đồ
biểu đồng tình
biện biệt
biện bác
biện bạch
biện chứng
biện chứng pháp
biện giải
biện hộ
biện liệu
biện luận
biện lí
biện lý
biện lại
biện mang
biện minh
biện pháp
biện pháp tu từ
biện sự xứ
biện thuyết
biện thần
biệt cư
biệt danh
biệt dược
biệt dạng
biệt giao
biệt hiệu
biệt kích
biệt li
biệt lập
biệt lệ
biệt mù
biệt ngữ
biệt nhiễm
biệt nhãn
biệt phái
biệt số
biệt sử
biệt thị
biệt thức
biệt thự
biệt tin
biệt trú
biệt tài
biệt tích
biệt tăm
biệt tăm biệt tích
biệt tịch
biệt tịch chi đồ
biệt tự
biệt vô âm tín
biệt xứ
biệt điện
biệt đãi
biệt động
biệt động quân
biệt động đội
biệt ứng
blu dông
bo bo
bo bo bỏm bỏm
bo bíu
bo siết
bok tới
bom a
bom ba càng
bom bay
bom bi
bom bo
bom bê
bom bươm bướm
bom bướm
bom cháy
bom chìm
bom h
bom hoá học
bom hạt nhân
bom khinh khí
bom lân tinh
bom lửa
bom na pan
bom nguyên tử
bom nổ chậm
bom phóng
bom rải thảm
bom thư
bom từ trường
bom xu
bom đạn
bon bon
bon chen
bon phặng
bon sê vích
bong bong
bong bóng
bong da
bong gân
bong vụ
boong boong
boong ke
bromua bạc
bu lu
bu lông
bu mày
bu nó
bu đêh
bui bui
bum búp
bun nưa
bun tở
bung búng
bung bủng
bung xung
bung xung đỡ đạn
buôn buốt
buôn bán
buôn bạc
buôn choah
buôn chuyến
buôn chín bán mười
buôn cất
buôn danh bán tiếng
buôn dân bán nước
buôn dạ bán nhường
buôn gian bán lận
buôn gian bán lậu
buôn gánh bán bưng
buôn hoa bán nguyệt
buôn hàng xách
buôn hương bán phấn
buôn hồ
buôn làng
buôn lậu
buôn ma thuột
buôn may bán gió
buôn may bán đắt
buôn mây bán gió
buôn một lãi mười
buôn nguyệt bán hoa
buôn người
buôn ngược bán xuôi
buôn ngồi
buôn nước bọt
buôn phấn bán hương
buôn phấn bán son
buôn quan bán tước
buôn thua bán lỗ
buôn thúng bán bưng
buôn thúng bán mẹt
buôn thần bán thánh
buôn thịt bán người
buôn tiền
buôn tranh bán cướp
buôn triết
buôn trâu bán chả
buôn tría
buôn trấp
buôn trầm bán hương
buôn tảo bán tần
buôn tần bán sở
buôn tần bán tảo
buôn vạn bán nghìn
buôn xuôi bán ngược
buôn đôn
buông câu
buông cần
buông giầm cầm chèo
buông lơi
buông lỏng
buông lời
buông lửng
buông miệng
buông mành
buông mối chỉ hồng
buông quăng bỏ vãi
buông rộng thả dài
buông tay
buông tha
buông thõng
buông thả
buông trôi
buông tuồng
buông xuôi
buông xõa
buông xõng
buốt gan tím ruột
buốt như kim châm
buốt ruột
buồm câu
buồm dọc
buồm lái
buồm lòng
buồm mũi
buồm vẹt
buồm én
buồn buồn
buồn buột
buồn bã
buồn bực
buồn cười
buồn cả ruột
buồn hiu
buồn lòng
buồn mình
buồn ngủ
buồn ngủ buồn nghê
buồn ngủ díp mắt
buồn như chấu cắn
buồn như trấu cắn
buồn nôn
buồn phiền
buồn rười rượi
buồn rượi
buồn rầu
buồn tanh
buồn teo
buồn thiu
buồn thảm
buồn tênh
buồn tình
buồn tẻ
buồn tủi
buồn xo
buồng giấy
buồng gói
buồng hương
buồng khuê
buồng khách
buồng không
buồng loan
buồng lái
buồng máy
buồng the
buồng thêu
buồng trứng
buồng tối
buồng xuân
buồng đào
buồng đẻ
buổi chiều
buổi sáng
buổi sớm
buổi trưa
buổi tối
buổi đực buổi cái
buộc boa
buộc chân
buộc chỉ chân voi
buộc chỉ cổ tay
buộc lòng
buộc néo
buộc nút
buộc quai rọ
buộc thuốc
buộc trói
buộc túm
buộc tội
buột miệng
buột tay
bà ba
bà bô
bà bầu
bà bợt
bà chúa
bà chúa phải gai
bà chúa đứt tay
bà chằn
bà chị
bà chủ
bà con
bà cô
bà cô ông mãnh
bà cốt
bà cốt lên đồng
bà gia
bà già
bà giằn
bà hoàng
bà la môn giáo
bà la sát
bà lão
bà lớn
bà lụa
bà má
bà mối
bà mụ
bà ngoại
bà nguyệt
bà nhạc
bà nà
bà nàng
bà nội
bà phước
bà rậu
bà rịa
bà thân
bà triệu
bà trẻ
bà vãi
bà xã
bà xơ
bà xờ
bà đen
bà điểm
bà đầm
bà đồng
bà đỡ
bài binh bố trận
bài bác
bài báng
bài bây
bài bông
bài bạc
bài bản
bài ca
bài chài
bài chòi
bài chỉ
bài cào
bài giải
bài giảng
bài hát
bài hương
bài hải
bài học
bài khoá
bài liệt
bài làm
bài lá
bài mục
bài ngoại
bài ngà
bài niệu
bài phong
bài sơn
bài thi
bài thuốc
bài thơ
bài tiết
bài toán
bài trung
bài trí
bài trừ
bài tây
bài tính
bài tập
bài văn
bài vị
bài vở
bài xuất
bài xài
bài xích
bàm bàm
bàn bạc
bàn chân
bàn chông
bàn chải
bàn chặm
bàn cuốc
bàn cán
bàn cát
bàn cãi
bàn cờ
bàn cứ
bàn cứ nhất phương
bàn dao
bàn dày bàn mỏng
bàn dát
bàn dân thiên hạ
bàn ghế
bàn giao
bàn giản
bàn giấy
bàn gìặt
bàn gảy
bàn hoàn
bàn luận
bàn là
bàn là hơi
bàn láng
bàn lùi
bàn máy
bàn mưu hoạch kế
bàn mưu tính chước
bàn mưu tính kế
bàn mảnh
bàn mổ
bàn nàn
bàn nát ra
bàn nạo
bàn nắn
bàn phím
bàn quanh
bàn ra
bàn ra nói vào
bàn ra tán vào
bàn ren
bàn rung
bàn rà
bàn rùn
bàn soạn
bàn tay
bàn tay trắng
bàn tay vàng
bàn thang
bàn thiên
bàn thạch
bàn thấm
bàn thẩm
bàn thờ
bàn thợ
bàn tiện
bàn toạ
bàn trang
bàn tròn
bàn trổ
bàn tán
bàn tân định
bàn tính
bàn tọa
bàn tới bàn lui
bàn tới tính lui
bàn xiết
bàn xoa
bàn xoay
bàn ăn
bàn đi tính lại
bàn đào
bàn đá
bàn đãi
bàn đèn
bàn đạc
bàn đạp
bàn đạt
bàn đẻ
bàn định
bàn độc
bàn ủi
bàng bạc
bàng cận
bàng hoàng
bàng hệ
bàng la
bàng quan
bàng quang
bàng thính
bàng tiếp
bành bạch
bành bạnh
bành trướng
bành trạch
bành tô
bành tượng
bành tổ
bào bọt
bào chế
bào chế học
bào chữa
bào chữa viên
bào cóc
bào hao
bào huynh
bào muội
bào mòn
bào nang
bào nghiến
bào ngư
bào phác
bào phòng
bào quan
bào rà
bào rãnh
bào rờ
bào thai
bào tộc
bào tử
bào tử diệp
bào tử nang
bào tử thể
bào tử trùng
bào xoi
bào xác
bào đệ
bào ảnh
bàu bĩnh
bàu bạu
bàu cạn
bàu hàm
bàu hói
bàu lâm
bàu nhàu
bàu năng
bàu sen
bàu đồn
bày binh bố trận
bày biện
bày chuyện
bày hàng
bày mưu lập kế
bày mưu tính kế
bày mưu tính nước
bày mưu đặt kế
bày trò
bày tỏ
bày vai
bày việc
bày vẽ
bày đặt
bá bệnh
bá chiếm
bá chín
bá chủ
bá cáo
bá hiến
bá hộ
bá láp
bá lơ
bá nghiệp
bá ngọ
bá nhân bá khẩu
bá nhọ
bá phụ
bá quan
bá quyền
bá thí
bá thước
bá tánh
bá tính
bá tước
bá vai
bá vơ
bá vơ bá vất
bá vương
bá xuyên
bá đa lộc
bá đạo
bác bẻ
bác bỏ
bác cổ
bác cổ học
bác cổ thông kim
bác học
bác loạn
bác lãm
bác mẹ
bác ngữ học
bác ruột
bác sĩ
bác tước
bác tạp
bác vật
bác vật học
bác vọng
bác xác bác xơ
bác ái
bác đoạt
bác đại
bác đồng
bách bệnh
bách bổ
bách bộ
bách chiến
bách chiến bách thắng
bách chiết thiên ma
bách chu niên
bách công
bách cước ngô công
bách diệp
bách dầu
bách gia chư tử
bách giải
bách hoa
bách hoá
bách hoá tổng hợp
bách hí
bách hợp
bách khoa
bách khoa thư
bách khoa toàn thư
bách khoa từ điển
bách kim
bách linh
bách nghệ
bách nhân bách khẩu
bách nhân bách tính
bách nhật
bách niên
bách niên giai lão
bách phát bách trúng
bách phân
bách phần
bách quan
bách sinh
bách thanh
bách thiết
bách thuận
bách thú
bách thảo
bách thần
bách thắng
bách thế
bách thế lưu phương
bách triết thiên ma
bách tuế
bách tuế vi kì
bách tán
bách tính
bách ứng
bái biệt
bái bái
bái chổi
bái kim
bái kiến
bái lĩnh
bái môn
bái mạng
bái phục
bái thần giáo
bái tướng
bái tạ
bái tổ
bái tổ vinh quy
bái tử long
bái vật
bái vật giáo
bái vọng
bái xái
bái yết
bái đường
bám như đỉa
bám như đỉa đói
bám sát
bám trụ
bám víu
bán buôn
bán bình nguyên
bán chác
bán chính qui
bán chính thức
bán chạy
bán chịu
bán chủ quyền
bán cá mũi thuyền
bán cân
bán công
bán công khai
bán công nghiệp
bán cấp
bán cất
bán cầu
bán cầu não
bán cửa
bán danh
bán diện
bán du mục
bán dâm
bán dạ
bán dạo
bán dẫn
bán hoa
bán hon
bán hoá giá
bán hàng
bán hùm buôn sói
bán hạ
bán hầu
bán hớt
bán khai
bán khoán
bán khuyên
bán kim loại
bán kí sinh
bán kính
bán kính sát thương
bán kết
bán lẻ
bán lỗ
bán manh
bán mình
bán mạ
bán mạng
bán mặt
bán mặt cho đất
bán mồm nuôi miệng
bán mớ
bán nguyên âm
bán nguyệt
bán nguyệt san
bán ngôi bán thứ
bán như cho không
bán niên
bán non
bán nước
bán nước buôn dân
bán nước buôn nòi
bán nước cầu vinh
bán nước hại dân
bán phong kiến
bán phá giá
bán phấn buôn hương
bán phấn buôn son
bán phụ âm
bán quân sự
bán rao
bán rong
bán rẻ
bán sinh bán thục
bán sơn địa
bán sỉ
bán sống bán chết
bán thoát li
bán thuộc địa
bán thành phẩm
bán tháo
bán thân
bán thân bất toại
bán thân nuôi miệng
bán thượng bán hạ
bán thấm
bán thần buôn thánh
bán thế
bán thịt buôn người
bán trôn nuôi miệng
bán trú
bán trả dần
bán trả góp
bán tín bán nghi
bán tống
bán tống bán tháo
bán tống bán táng
bán tống táng
bán tử
bán tự trị
bán tự vi sư
bán tự động
bán viên
bán vàm
bán vĩnh cửu
bán vốn
bán vợ đợ con
bán xon
bán xác
bán xới
bán âm bán dương
bán ý thức
bán đoạn
bán đảo
bán đấu giá
bán đắt
bán đồ nhi phế
bán đổ bán tháo
bán độ
bán đợ
bán đứng
bán đứt
bán ảnh
bán ảo bán hiện
báng bổ
báng nhạo
bánh bao
bánh bàng
bánh bèo
bánh bìa
bánh bích quy
bánh bò
bánh bông lan
bánh bẻ
bánh bỏng
bánh bột lọc
bánh bột đậu
bánh canh
bánh chay
bánh chè
bánh chưng
bánh chưng ra góc
bánh chả
bánh cuốn
bánh cóc
bánh cắt
bánh cốm
bánh củ cải
bánh củ gừng
bánh da lợn
bánh dẻo
bánh dừa
bánh dự
bánh gai
bánh gio
bánh giò
bánh giầy
bánh gối
bánh gỗ
bánh hơi
bánh hỏi
bánh in
bánh kem
bánh khoai
bánh khoái
bánh khách
bánh khúc
bánh khảo
bánh kẹo
bánh kẹp
bánh lái
bánh lốp
bánh mì
bánh mướt
bánh mảnh cộng
bánh mật
bánh mặt giăng
bánh ngọt
bánh nhãn
bánh nhúng
bánh nướng
bánh nậm
bánh nếp
bánh phu thê
bánh phồng
bánh phồng tôm
bánh phở
bánh phục linh
bánh quai vạc
bánh qui
bánh quy
bánh quấn thừng
bánh quẩy
bánh quế
bánh ram
bánh rán
bánh răng
bánh rế
bánh rợm
bánh sắn
bánh sắt
bánh sừng bò
bánh sữa
bánh tai heo
bánh tai lợn
bánh tai tượng
bánh tai voi
bánh thuẫn
bánh thánh
bánh thạch
bánh tiêu
bánh tro
bánh trong bánh lọc
bánh trung thu
bánh trái
bánh tráng
bánh trôi
bánh trôi nước
bánh trớn
bánh trứng gà
bánh trứng nhện
bánh tày
bánh tây
bánh tét
bánh tôm
bánh tẻ
bánh tỉm xắm
bánh tổ
bánh vo
bánh vít
bánh vẽ
bánh xe
bánh xe lịch sử
bánh xe răng cưa
bánh xe thứ năm
bánh xu xê
bánh xèo
bánh xốp
bánh ít
bánh ú
bánh ú tro
bánh đa
bánh đa khoai
bánh đa nem
bánh đai
bánh đà
bánh đúc
bánh đúc bày sàng
bánh đúc có xương
bánh đậu
bánh đậu xanh
bánh ướt
bánh ếch
bánh ỷ
báo an
báo bổ
báo bờm
báo chí
báo chương
báo cáo
báo cáo viên
báo cáo điển hình
báo cô
báo công
báo cừu
báo danh
báo giá
báo giới
báo gấm
báo hiếu
báo hiệu
báo hàng ngày
báo hại
báo hỉ
báo hỷ
báo liếp
báo mộng
báo oán
báo phục
báo quán
báo quốc
báo tang
báo thù
báo thức
báo tin
báo tiệp
báo tuyết
báo tường
báo tử
báo vụ
báo vụ viên
báo xuân
báo yên
báo ân
báo ân báo oán
báo đáp
báo đền
báo động
báo ơn
báo ảnh
báo ứng
bát bít
bát bảo
bát bội
bát bửu
bát chiết yêu
bát chậu
bát chữ
bát cú
bát cơm manh áo
bát cơm phiếu mẫu
bát cổ
bát diện
bát dật
bát giác
bát giới
bát gọt
bát hương
bát họ
bát két
bát lưng bát vực
bát mẫu
bát mẻ chiếu manh
bát mọt
bát ngát
bát ngô
bát ngôn
bát nháo
bát nháo chi khươn
bát nhã
bát nàn
bát phương
bát phẩm
bát phố
bát quái
bát quái trận đồ
bát sành
bát sách
bát sắt
bát sứ
bát sừng
bát tiên
bát tiết
bát tiền
bát tiễu
bát trang
bát tràng
bát trân
bát trận
bát trận đồ
bát tuần
bát văn
bát vạn
bát vị
bát xát
bát âm
bát ô tô
bát ăn
bát ăn bát để
bát đàn
bát đĩa
bát đại sơn
báu ngọc
báu vật
bâng bâng
bâng khuâng
bâng quơ
bâu bíu
bây bả
bây bẩy
bây chầy
bây chừ
bây dai
bây giờ
bây nhiêu
bây việc
bã bọt mép
bã chã
bã dầu
bã giã
bã hơi
bã miệng
bã mắm
bã nhờn
bã rượu
bã trầu
bã xoã
bã xõa
bã điếu
bã đậu
bãi binh
bãi biển
bãi buôi
bãi bông
bãi bùng
bãi bể nương dâu
bãi bỏ
bãi bồi
bãi chiến
bãi chiến trường
bãi cháy
bãi chăn thả
bãi chầu
bãi chợ
bãi chức
bãi cá
bãi cát vàng
bãi công
bãi cỏ
bãi dịch
bãi khoá
bãi khóa
bãi lầy
bãi miễn
bãi mìn
bãi nhiệm
bãi nại
bãi rác
bãi sậy
bãi tha ma
bãi thơm
bãi thải
bãi thị
bãi thực
bãi triều
bãi triều cạn
bãi trành
bãi trường
bãi tập
bão bùng
bão cát
bão hoà
bão nước
bão rong
bão rớt
bão tuyến
bão tuyết
bão táp
bão táp mưa sa
bão táp phong ba
bão tố
bão từ
bão đạn mưa bom
bè ai nấy chống
bè bè
bè bạn
bè chuối trôi sông
bè cánh
bè he
bè lim sào gậy
bè lim sào sậy
bè lũ
bè nhè
bè phái
bè tòng
bè đôi
bè đảng
bèm nhèm
bèn bẹt
bèo bọt
bèo bồng
bèo cái
bèo cám
bèo dâu
bèo dạt hoa trôi
bèo dạt mây trôi
bèo hoa dâu
bèo hợp mây tan
bèo lục bình
bèo mây
bèo mây tan hợp
bèo nhèo
bèo nhật bản
bèo nước
bèo nước duyên may
bèo nước gặp nhau
bèo nước hợp tan
bèo nước lênh đênh
bèo nổi mây chìm
bèo ong
bèo tai tượng
bèo tây
bèo tía
bèo tấm
bèo tấm tía
bèo tổ ong
bèo ván
bèo đất
bé bằng con kiến
bé bằng cái tăm
bé bỏng
bé con
bé cái lầm
bé cái nhầm
bé dại
bé hạt tiêu
bé miệng
bé mọn
bé nhỏ
bé thơ
bé tí
bé tỉ tì ti
bé tị
bé xé ra to
béc giê
bén duyên
bén dác
bén dây
bén giọng quen hơi
bén gót
bén hơi
bén hơi bén tiếng
bén mùi
bén mảng
bén ngót
bén rễ
bén rễ xanh cây
bén rễ đâm chồi
bén tiếng
bén tiếng quen hơi
béo bùi
béo bệu
béo bở
béo bụ
béo lăn
béo lẳn
béo miệng
béo mép
béo múp
béo mầm
béo mẫm
béo mập
béo mắt
béo mỡ
béo ngấy
béo ngậy
béo như con vâm
béo nung núc
béo nân
béo núc
béo nịch
béo phây phây
béo phè
béo phì
béo phệ
béo phị
béo phục phịch
béo quay
béo sưng
béo sệ
béo tròn
béo trương béo nứt
béo trục béo tròn
béo tốt
béo xù
béo xụ
béo ú
béo đẫy
béo ị
béo ụ
bép múp
bép xép
bét be
bét nhè
bét nhèm
bét ra
bét tĩ
bê bê
bê bết
bê bối
bê rê
bê tha
bê trễ
bê trệ
bê tông
bên a
bên b
bên bị
bên bờ
bên có
bên cạnh
bên dưới
bên khinh bên trọng
bên kia
bên lòng
bên lề
bên mặt
bên ngoài
bên ngoại
bên nguyên
bên nội
bên nớ
bên nợ
bên trong
bên trên
bên trọng bên khinh
bên trời góc bể
bên tình bên hiếu
bên đây
bênh bè
bênh vực
bêtông cốt thép
bêu bêu
bêu diếu
bêu nắng
bêu riếu
bêu xấu
bêu đầu
bì bà bì bõm
bì bà bì bạch
bì bì
bì bõm
bì bạch
bì bẹt
bì bịch
bì bọp
bì khổng
bì kịp
bì phu
bì phấn với vôi
bì quyện
bì sì
bì sị
bì thư
bì tiên
bì xì
bìa giả
bìa trong
bìm bìm
bìm bịp
bình an
bình an vô sự
bình ba
bình bán
bình bát
bình bút
bình bản
bình bầu
bình bịch
bình bồng
bình chiểu
bình chuẩn
bình chánh
bình chân
bình chân như vại
bình châu
bình chú
bình chương
bình chọn
bình chữa cháy
bình công
bình công chấm điểm
bình cũ rượu mới
bình cư
bình cảng
bình cầu
bình cổ cong
bình diện
bình dân
bình dân học vụ
bình dã
bình dương
bình dập lửa
bình dị
bình gia
bình giang
bình giá
bình giáo
bình giã
bình gương
bình hiên
bình hiệp
bình hoà
bình hoà bắc
bình hoà hưng
bình hoà nam
bình hoà phước
bình hoà trung
bình hoà tây
bình hoà đông
bình hàn
bình hàng trung
bình hàng tây
bình hành
bình hưng
bình hưng hoà
bình hương
bình hải
bình hẻm
bình khang
bình khánh
bình khánh tây
bình khánh đông
bình khương
bình kiến
bình kiều
bình la
bình linh
bình liêu
bình long
bình luận
bình luận viên
bình lâm
bình lãng
bình lãnh
bình lăng
bình lư
bình lưu
bình lương
bình lặng
bình lộc
bình lợi
bình lục
bình minh
bình mới rượu cũ
bình mỹ
bình nam
bình nghi
bình nghĩa
bình nghị
bình nguyên
bình ngưng
bình ngọc
bình nhâm
bình nhân
bình nhì
bình nhật
bình ninh
bình phan
bình phong
bình phong thạnh
bình phóng
bình phú
bình phúc
bình phương
bình phước
bình phước xuân
bình phẩm
bình phục
bình phục nhất
bình quyền
bình quân
bình quân chủ nghĩa
bình quân địa quyền
bình quý
bình quế
bình quới
bình rơi trâm gãy
bình sa
bình sai
bình sinh
bình sơn
bình sơn nguyên
bình tan gương vỡ
bình than
bình thanh
bình the
bình thiên
bình thuý
bình thuận
bình thuỷ
bình thành
bình thân
bình thân phục vị
bình thì
bình thông nhau
bình thường
bình thường hoá
bình thạnh
bình thạnh trung
bình thạnh đông
bình thản
bình thắng
bình thọ
bình thới
bình thời
bình toong
bình trinh đông
bình triều
bình trung
bình trung tây
bình trung đông
bình trà
bình trưng
bình trị
bình trị đông
bình tuy
bình tuyển
bình tâm
bình tâm tĩnh khí
bình tân
bình tình
bình tích
bình tú
bình tĩnh
bình tưới
bình tường
bình tấn
bình tịnh
bình vôi
bình văn
bình vỡ gương tan
bình xa
bình xuyên
bình xuân
bình xá
bình xét
bình xịt
bình yên
bình yên vô sự
bình ân
bình đa
bình điền
bình điện
bình đào
bình đông
bình đại
bình đẳng
bình địa
bình địa ba đào
bình địa phong ba
bình định
bình định vương
bình đồ
bình đồ độ cao
bình đồ ảnh
bình độ
bình đức
bình ổn
bìu bịu
bìu dái
bìu díu
bí ba bí bét
bí ba bí bô
bí ba bí bốp
bí beng
bí bách
bí bét
bí bô
bí bơ
bí bốp
bí danh
bí diệu
bí hiểm
bí lào
bí mật
bí mật nhà nghề
bí ngô
bí phương
bí phấn
bí quyết
bí quẫn
bí rì
bí rì rì
bí rợ
bí số
bí thuật
bí thơ
bí thư
bí thư thứ nhất
bí truyền
bí tỉ
bí tứ
bí tử
bí đao
bí đái
bí đỏ
bí ẩn
bí ử
bí ửng
bích báo
bích cốt
bích hoà
bích hoạ
bích họa
bích ngọc
bích qui
bích quy
bích sơn
bích thuỷ
bích thủy
bích đào
bích động
bín tóc
bính boong
bíp tết
bít bưng
bít cốt
bít họng
bít miệng
bít rít
bít tất
bít tất tay
bít đốc
bíu bo
bíu díu
bò bún
bò càng
bò cạp
bò cắt
bò dái
bò la bò lết
bò lan
bò lê
bò lê bò càng
bò lê bò la
bò lê bò quàng
bò lê kéo càng
bò lúc lắc
bò lăn bò lóc
bò lạc
bò lổm ngổm
bò mộng
bò nheo bò nhóc
bò như rùa
bò nái
bò sát
bò sữa
bò thịt
bò toài
bò tót
bò tơ
bò u
bò vẽ
bò xạ
bò đàn rơm mục
bòi chuông
bòi ngòi
bòm bòm
bòn bon
bòn chài
bòn của
bòn gio đãi sạn
bòn hòn
bòn mót
bòn nhặt
bòn rút
bòn tro đãi sạn
bòn tro đãi trấu
bòn đãi
bòng bong
bòng chanh
bòng chanh bóc chách
bó buộc
bó bột
bó chiếu
bó chân
bó chân bó cẳng
bó chân bó tay
bó cẩn
bó cẳng
bó giáp
bó giò
bó gối
bó hẹp
bó kết
bó mười
bó mồm bó miệng
bó nẹp
bó rọ
bó sinh
bó tay
bó tay bó chân
bó thân
bó thềm
bó trát
bó tròn
bó đuốc
bóc lột
bóc mòn
bóc ngắn cắn dài
bóc niêm
bóc trần
bóc vỏ bỏ hột
bóc xén
bóc áo tháo cày
bóc đất đá
bói chèo
bói cá
bói kiều
bói lửa
bói rùa
bói toán
bói trăng
bói tuồng
bói đâu ra
bón lót
bón nuôi đòng
bón phân
bón thúc
bón xén
bón xới
bón đón đòng
bóng bay
bóng bàn
bóng bán dẫn
bóng bì
bóng bạch câu
bóng bảy
bóng bầu dục
bóng bẩy
bóng chim tăm cá
bóng chuyền
bóng cá
bóng câu
bóng cây
bóng cô bóng cậu
bóng dáng
bóng dâu
bóng dương
bóng gió
bóng gương
bóng huỳnh
bóng hạc
bóng hồng
bóng kim ô
bóng loáng
bóng láng
bóng lẫy
bóng lồng
bóng lộn
bóng ma
bóng mát
bóng mây
bóng mực
bóng nga
bóng nguyệt
bóng nguyệt xế mành
bóng người
bóng nhoáng
bóng ném
bóng nước
bóng nửa tối
bóng quang âm
bóng quáng đèn lòa
bóng quế
bóng râm
bóng rổ
bóng thiềm
bóng thám không
bóng thỏ
bóng thủ
bóng tròn
bóng trăng
bóng tà
bóng tàu
bóng tối
bóng tống
bóng vàng
bóng vía
bóng xế chiều dâu
bóng ác
bóng ô
bóng điện
bóng điện tử
bóng đá
bóng đái
bóng đè
bóng đèn
bóp bép
bóp bẹp
bóp bụng
bóp chuông
bóp chắt
bóp chẹt
bóp chết
bóp cò
bóp còi
bóp cổ
bóp cổ bóp hầu
bóp cổ mổ bụng
bóp gác
bóp hầu
bóp hầu bóp cổ
bóp họng
bóp họng nặn hầu
bóp lưng
bóp miệng
bóp méo
bóp mũi
bóp mắt
bóp mồm
bóp mồm bóp miệng
bóp nghẹt
bóp nát
bóp nặn
bóp thắt
bóp trán
bóp tầm phơ
bóp vụn
bóp xổi
bóp óc
bô bin
bô báo
bô bô
bô cằn
bô lão
bô lô
bô lô ba la
bô lô bô la
bô xu
bô đê
bôi bác
bôi gio trát trấu
bôi lem
bôi mép
bôi mặt
bôi mỡ
bôi nhọ
bôi son trát phấn
bôi tro trát trấu
bôi tro trét trấu
bôi trơn
bôi vôi
bôi đen
bôm bốp
bôn ba
bôn bá
bôn bả
bôn chình
bôn chôn
bôn cạnh
bôn hành
bôn sê vích
bôn trình
bôn tẩu
bôn tập
bôn xu
bôn đào
bông bèo
bông bênh
bông băng
bông bạc
bông bụt
bông cải
bông giua
bông gòn
bông gạo
bông hoa
bông krang
bông lau
bông luồi
bông lông
bông lông bang lang
bông lơn
bông mo
bông phèng
bông sứ
bông tai
bông thuỷ tinh
bông thùa
bông thấm nước
bông tiêu
bông trang
bông vang
bông xơ
bông đá
bông đùa
bõ bèn
bõ bèn gì
bõ chi
bõ công
bõ ghét
bõ già
bù chì
bù giao mâp
bù giá
bù hao
bù khú
bù loong
bù lu bù loa
bù lại
bù lỗ
bù nho
bù nhìn
bù trì
bù trội
bù trừ
bù xù
bù đi bớt lại
bù đăng
bù đầu
bù đậy
bù đắp
bùa bèn
bùa bả
bùa chú
bùa cứu mạng
bùa gió
bùa hộ mệnh
bùa hộ thân
bùa mê
bùa mê bả dột
bùa mê thuốc lú
bùa mê thuốc ngãi
bùa trấn trạch
bùa tu bùa túi
bùa yêu
bùa đào
bùa ếm
bùi béo
bùi bằng đoàn
bùi bỉnh uyên
bùi công nghiệp
bùi cầm hổ
bùi dục tài
bùi huy tín
bùi miệng
bùi nghịt
bùi ngùi
bùi ngậy
bùi nhùi
bùi quang chiêu
bùi sĩ tiêm
bùi tai
bùi thế đạt
bùi thị xuân
bùi xá
bùi xương trạch
bùi đắc tuyên
bùm bũm
bùm bụm
bùm bụp
bùm tum
bùn dơ
bùn hoa
bùn lầy
bùn lầy nước đọng
bùn nhơ
bùn non
bùng binh
bùng bùng
bùng bục
bùng cháy
bùng nhùng
bùng nền
bùng nổ
bùng nổ dân số
bú dích
bú dù
bú mớm
bú mớm bù trì
búa bổ
búa bổ củi
búa chày
búa chèn
búa chém
búa gió
búa gõ
búa hơi
búa khoan
búa liềm
búa máy đóng cọc
búa nguyệt
búa quai
búa rìu
búa tay
búa tạ
búa đanh
búa đinh
búi bấn
búi củ hành
búi rễ
búi tó
búi tóc
bún bung
bún bò
bún chả
bún lá
bún riêu
bún riêu cua
bún thang
bún tàu
bún ốc
búng báng
búng lao
búng quay
búng ra nước
búng ra sữa
búp bê
búp măng
búp phê
búp đa
bút bi
bút chiến
bút chì
bút chì xanh đỏ
bút chổi
bút cứ
bút danh
bút dạ
bút giá
bút hiệu
bút hoa
bút kí
bút lông
bút lục
bút lực
bút máy
bút mặc
bút nghiên
bút ngỗng
bút pháp
bút phớt
bút sa gà chết
bút son
bút sắt
bút tháp
bút thần
bút trận
bút tích
bút điện
bút đàm
băm băm
băm bổ
băm viên
băm vằm
băn khoăn
băng bó
băng băng
băng ca
băng chuyền
băng chừng
băng cướp
băng cầu
băng dính
băng giá
băng gầu
băng hoại
băng huyết
băng hà
băng hà học
băng hình
băng hồ
băng kinh
băng lăn
băng nguyên
băng ngàn
băng ngàn vượt biển
băng ngọc
băng nhân
băng nhóm
băng nhạc
băng nâng
băng phiến
băng rung
băng rừng vượt suối
băng sơn
băng tang
băng tay
băng thạch
băng treo
băng tréo
băng tuyết
băng tâm
băng tích
băng túp
băng tải
băng tấm
băng từ
băng video
băng vệ sinh
băng xiên băng nai
băng xích
băng xăng
băng xăng bái xái
băng xếp đống
băng âm
băng đai
băng điểm
băng đèo vượt suối
băng đạn
băng đảo
bĩ cực
bĩ cực thái lai
bĩ thái
bĩ vận
bĩnh bụng
bĩu môi
bĩu môi bĩu mỏ
bơ bơ
bơ bải
bơ hờ
bơ lơ
bơ miệng
bơ ngơ
bơ ngơ báo ngáo
bơ phờ
bơ sờ
bơ sữa
bơ thờ
bơ thừa sữa cặn
bơ vơ
bơ xờ
bơi bướm
bơi chèo
bơi chó
bơi dai sức
bơi lội
bơi móc
bơi nghiêng
bơi ngửa
bơi nhái
bơi sải
bơi thuyền
bơi trải
bơi vũ trang
bơi đứng
bơi ếch
bơm chân không
bơm hút
bơm máy
bơm nén khí
bơm tiêm
bơm vòi rồng
bơm xung
bơm điện
bơm đẩy
bơn bớt
bơn trải
bư bứ
bưng biền
bưng bít
bưng bít miệng bình
bưng bồng
bưng miệng
bưng mắt bắt chim
bưng mặt
bưng riềng
bưng tai bịt mắt
bưng trống
bưu chánh
bưu chính
bưu cục
bưu kiện
bưu kí
bưu phiếu
bưu phí
bưu phẩm
bưu thiếp
bưu tá
bưu vụ
bưu điện
bưu ảnh
bươm bướm
bươn bả
bươn chải
bươn tới
bương bướng
bước chân
bước hẫng
bước hụt
bước lướt
bước một
bước ngoặt
bước nhảy vọt
bước qua
bước quân hành
bước ra
bước sang
bước sóng
bước thấp bước cao
bước tiến
bước vào
bước đi
bước đi bước nữa
bước đường
bước đường cùng
bước đầu
bướm bạc
bướm chán ong chường
bướm cải
bướm lả ong lơi
bướm ong
bướm quế
bướm sâu đo
bướm sói
bướm trắng
bướm đêm
bướm ống
bướng bỉnh
bướu cổ
bướu giáp
bướu gù
bướu khí
bưởi rưởi
bưởi đào
bưởi đường
bạ men
bạ miệng
bạ ăn bạ nói
bạc bromua
bạc bẽo
bạc bội
bạc cắc
bạc giấy
bạc hoa xoè
bạc hà
bạc hà cay
bạc hạnh
bạc lan
bạc liêu
bạc lá
bạc lót
bạc lông
bạc lạc
bạc lực
bạc màu
bạc mày
bạc má
bạc mầu
bạc mặt
bạc mệnh
bạc nghĩa
bạc nghệ
bạc như rận
bạc như vôi
bạc nhược
bạc nhạc
bạc nhỏ
bạc nén
bạc phau
bạc phơ
bạc phận
bạc phếch
bạc ròng
bạc thau
bạc thạch
bạc tình
bạc tóc
bạc tục
bạc ác
bạc đen
bạc điền
bạc đà
bạc đãi
bạc đạn
bạc đầu
bạc đầu còn dại
bạc đồng
bạc đức
bạch biến
bạch bì
bạch bạch
bạch chỉ
bạch chủng
bạch cung
bạch câu
bạch cúc
bạch cương tàm
bạch cầu
bạch cập
bạch diện thư sinh
bạch dương
bạch hoa
bạch huyết
bạch huyết cầu
bạch hà
bạch hạ
bạch hạc
bạch hầu
bạch hổ
bạch kim
bạch long
bạch long vĩ
bạch lưu
bạch lạp
bạch lị
bạch lộ
bạch mai
bạch mao căn
bạch mi
bạch mộc lương tử
bạch ngọc
bạch nhật
bạch phiến
bạch phàn
bạch phát
bạch phụ tử
bạch phục linh
bạch quả
bạch quỉ
bạch sam
bạch sản
bạch thoại
bạch thông
bạch thược
bạch thượng
bạch thỏ
bạch thủ
bạch thủ thành gia
bạch tiền
bạch truật
bạch trọc
bạch tuyết
bạch tuộc
bạch tạng
bạch vi
bạch viên
bạch vân thương cẩu
bạch xa
bạch xỉ
bạch yến
bạch đinh
bạch điến
bạch đàn
bạch đàng
bạch đái
bạch đích
bạch đầu
bạch đầu giai lão
bạch đầu quân
bạch đầu ông
bạch đậu
bạch đậu khấu
bạch đằng
bạch định
bạch đồng nữ
bạch đới
bạch ốc
bại binh
bại hoại
bại liệt
bại lộ
bại quân
bại sản
bại sản khuynh gia
bại trận
bại tướng
bại tục
bại vong
bại xụi
bạn bè
bạn bầu
bạn bầy
bạn chiến đấu
bạn con dì
bạn cọc chèo
bạn già
bạn hàng
bạn học
bạn hữu
bạn lòng
bạn lứa
bạn lữ
bạn nghịch
bạn nối khố
bạn thân
bạn trăm năm
bạn tình
bạn vong niên
bạn vàng
bạn điền
bạn đường
bạn đảng
bạn đọc
bạn đời
bạng duật tương trì
bạng nhạng
bạnh cổ
bạo binh
bạo bệnh
bạo chính
bạo chúa
bạo cửa
bạo dạn
bạo gan
bạo hành
bạo hổ bằng hà
bạo hỗ băng hà
bạo liệt
bạo loạn
bạo lực
bạo miệng
bạo mồm
bạo mồm bạo miệng
bạo nghịch
bạo ngược
bạo phong
bạo phát
bạo phổi
bạo quân
bạo tay
bạo thiên nghịch địa
bạo thần
bạo tàn
bạo ăn bạo nói
bạo đồ
bạo động
bạt chúng
bạt gió
bạt hơi
bạt hồn
bạt hồn bạt vía
bạt mạng
bạt ngàn
bạt ngàn man dã
bạt ngàn san dã
bạt ngàn xẻ núi
bạt nhĩ
bạt núi ngăn sông
bạt núi ngăn đồi
bạt phong
bạt phong long địa
bạt sơn cử đỉnh
bạt tai
bạt thiệp
bạt tuỵ
bạt tê
bạt tụy
bạt tử
bạt vía
bạt vía kinh hồn
bạu mặt
bả chuột
bả dột
bả lả
bả vai
bải hoải
bải hoải bài hoài
bải hải
bản bo
bản báo
bản bộ
bản chính
bản chất
bản chức
bản cái
bản công
bản cầm
bản doanh
bản díu
bản dương
bản dạng
bản giang
bản già
bản gốc
bản hiệu
bản hồ
bản hữu
bản in
bản in thử
bản khoang
bản khắc
bản kép
bản kê
bản kẽm
bản lai
bản lang
bản liền
bản liệt in
bản làng
bản lĩnh
bản lưu
bản lầm
bản lầu
bản lề
bản lồng
bản mù
bản mường
bản mẫu
bản mặt
bản mế
bản mệnh
bản nghĩa
bản ngoại
bản nguyên
bản nguyện
bản ngã
bản ngò
bản ngữ
bản nháp
bản nhạc
bản năng
bản phiệt
bản phác thảo
bản phùng
bản phố
bản qua
bản quyền
bản quán
bản quốc
bản rao
bản ráp
bản sao
bản sao dự phòng
bản sen
bản sắc
bản thi
bản thiết kế
bản thân
bản thảo
bản thể
bản thể học
bản thể luận
bản thổ
bản thứ
bản tin
bản triều
bản trích
bản tâm
bản tính
bản văn
bản văn học
bản vược
bản vẽ
bản vẽ kĩ thuật
bản vị
bản vị chủ nghĩa
bản vị kép
bản xã
bản xèo
bản xứ
bản án
bản âm
bản ý
bản đàn
bản đúc
bản đường
bản địa
bản đồ
bản đồ học
bảng chữ cái
bảng cân đối
bảng cửu chương
bảng danh dự
bảng ghi
bảng hiệu
bảng hổ
bảng lượng giác
bảng lảng
bảng màu
bảng nhãn
bảng nhỏ
bảng quy cách
bảng rồng
bảng số
bảng tra
bảng tuần hoàn
bảng tổng sắp
bảng vàng
bảng vàng bia đá
bảng vàng danh dự
bảng đen
bảng đá
bảnh bao
bảnh choẹ
bảnh chọe
bảnh lảnh
bảnh mắt
bảnh trai
bảo an
bảo an binh
bảo an đoàn
bảo anh
bảo anh viện
bảo ban
bảo bình
bảo bối
bảo chi
bảo chính đoàn
bảo chủ
bảo chứng
bảo cái
bảo cô viện
bảo cường
bảo cử
bảo dân
bảo dưỡng
bảo hiểm
bảo hiểm bắt buộc
bảo hiểm hỗn hợp
bảo hiểm xã hội
bảo hiệu
bảo hoà
bảo hoàng
bảo hoàng hơn vua
bảo hà
bảo hành
bảo hưng
bảo học
bảo hộ
bảo hộ lao động
bảo hộ mậu dịch
bảo khê
bảo kiếm
bảo kê
bảo linh
bảo lâm
bảo lãnh
bảo lý
bảo lĩnh
bảo lưu
bảo lưu ý kiến
bảo lạc
bảo lộc
bảo mạng
bảo mẫu
bảo mật
bảo mật phòng gian
bảo mệnh
bảo nam
bảo nhai
bảo nhi viện
bảo nhỏ
bảo ninh
bảo nô
bảo quang
bảo quyến
bảo quản
bảo quốc
bảo sanh
bảo sao nghe vậy
bảo sinh
bảo sơn
bảo thanh
bảo thuận
bảo thành
bảo tháp
bảo thạnh
bảo thắng
bảo thọ
bảo thủ
bảo toàn
bảo trì
bảo trọng
bảo trợ
bảo tàng
bảo tàng học
bảo tồn
bảo tồn bảo tàng
bảo tộ
bảo vinh
bảo vật
bảo vệ
bảo vệ quân
bảo vệ thực vật
bảo yên
bảo ái
bảo đài
bảo được nào
bảo đại
bảo đảm
bảu nhảu
bảu nhảu bàu nhàu
bảy búa
bảy chữ
bảy háp
bảy mươi
bảy mươi đời
bảy núi
bảy nổi ba chìm
bảy vía ba hồn
bấm bụng
bấm chí
bấm gan
bấm gan bấm bụng
bấm giờ
bấm gáy
bấm huyệt
bấm ngọn
bấm nút
bấm quẻ
bấm ra sữa
bấm số
bấm tay
bấm điện
bấm đốt
bấm đốt ngón tay
bấm độn
bấn bíu
bấn loạn
bấn túng
bấp ba bấp bênh
bấp bênh
bấp bông
bất an
bất biến
bất bình
bất bình đẳng
bất bạo động
bất bằng
bất can
bất can thiệp
bất chuyển
bất chính
bất chấp
bất chắc
bất chợt
bất câu
bất công
bất cần
bất cẩn
bất cận nhân tình
bất cập
bất cố lai vãng
bất cố liêm sỉ
bất cộng tác
bất cộng đái thiên
bất cứ
bất di bất dịch
bất diệt
bất dung
bất giác
bất hiếu
bất hiếu bất mục
bất hoà
bất hòa giải
bất hạnh
bất hảo
bất học
bất học diện tường
bất học vô thuật
bất hợp cách
bất hợp hiến
bất hợp lí
bất hợp pháp
bất hợp thời
bất hợp thức
bất hợp tác
bất hủ
bất kham
bất khuất
bất khả
bất khả kháng
bất khả quy
bất khả tri
bất khả tri luận
bất khả xâm phạm
bất kì
bất kính
bất kể
bất li thân
bất li tri thù
bất luận
bất ly thân
bất lão
bất lương
bất lịch sự
bất lợi
bất lực
bất minh
bất mãn
bất mục
bất nghì
bất nghĩa
bất ngoại
bất ngờ
bất nhân
bất nhã
bất nhơn
bất như ý
bất nhược
bất nhất
bất nhẫn
bất nhật
bất nệ
bất pháp
bất phân
bất phân mộ dạ
bất phân nhật dạ
bất phân thắng bại
bất phân thắng phụ
bất phương trình
bất phục
bất phục thuỷ thổ
bất quá
bất quản
bất sinh bất diệt
bất sỉ hạ vấn
bất thuận
bất thành
bất thành cú
bất thành khí
bất thành nhân
bất thành nhân cách
bất thành văn
bất thình lình
bất thông
bất thường
bất thần
bất thời
bất thức thời
bất thực
bất tiếu
bất tiện
bất toàn
bất tri bất giác
bất trung
bất trắc
bất trị
bất tuyệt
bất tuân
bất tuân thượng lệnh
bất tài
bất tác vi
bất tình
bất tín
bất tín nhiệm
bất túc
bất tương xâm
bất tường
bất tất
bất tận
bất tỉnh
bất tỉnh nhân sự
bất tử
bất xâm phạm
bất ý
bất đạt
bất đắc chí
bất đắc dĩ
bất đắc kì tử
bất đẳng
bất đẳng thức
bất đề kháng
bất để kháng
bất định
bất đồ
bất đồng
bất động
bất động sản
bất ổn
bấu chí
bấu véo
bấu víu
bấu xén
bấu xấu
bấy bá
bấy bớt
bấy chầy
bấy chừ
bấy giờ
bấy lâu
bấy lâu nay
bấy nay
bấy nhiêu
bấy nhấy
bấy thuở
bầm dập
bầm gan lộn ruột
bầm gan nát ruột
bầm gan sôi máu
bầm gan tím ruột
bầm giập
bầm mặt
bần bách
bần bạc
bần bạch
bần bật
bần cùng
bần cùng hoá
bần cùng hóa
bần cố nông
bần dân
bần huyết
bần hàn
bần khổ
bần nông
bần nữ
bần nữ thán
bần sĩ
bần thần
bần tiện
bần tiện chi giao
bần tiện mạc vong
bần tăng
bần yên nhân
bần đạo
bầng bầng
bầu bán
bầu bí
bầu bĩnh
bầu bạn
bầu bầu
bầu bậu
bầu chọn
bầu chủ
bầu cột
bầu cử
bầu diều
bầu dục
bầu eo
bầu giác
bầu hâm
bầu không khí
bầu ngưng
bầu nhiệt huyết
bầu nậm
bầu rượu túi thơ
bầu sao
bầu tiên
bầu trời
bầu đoàn
bầu đoàn thê tử
bầu đàn thê tử
bầu đông
bầu đất
bầy hầy
bầy nhầy
bầy trẻ
bầy tui
bầy tôi
bầy đàn thê tử
bẩm báo
bẩm bạch
bẩm chất
bẩm mệnh
bẩm sinh
bẩm thụ
bẩm trình
bẩm tính
bẩn bụng
bẩn mình
bẩn mắt
bẩn như hủi
bẩn quặng
bẩn thẩn bần thần
bẩn thỉu
bẩn tưởi
bẫy chuột
bẫy chông
bẫy cò ke
bẫy lưới
bẫy lồng
bẫy sập
bậc cửa
bậc lương
bậc nước
bậc tam cấp
bậc thang
bậc thác nước
bậc thầy
bậc thềm
bậm bạp
bậm trợn
bận bịu
bận bộn
bận chân
bận cẳng
bận lòng
bận mọn
bận như con mọn
bận rộn
bận tâm
bập bung
bập bà bập bõm
bập bà bập bùng
bập bà bập bềnh
bập bà bập bồng
bập bênh
bập bõm
bập bùng
bập bập
bập bẹ
bập bềnh
bập bồng
bập bỗng
bập bừng
bật bông
bật cười
bật dậy
bật gốc trốc rễ
bật hơi
bật hồng
bật khóc
bật lò xo
bật lửa
bật mí
bật ngửa
bật tung
bật đèn
bật đèn xanh
bậu cửa
bậu tường
bậy bạ
bắc an
bắc bán cầu
bắc bình
bắc băng dương
bắc bậc
bắc bậc cao kì
bắc bậc cửa quyền
bắc bậc kiêu kì
bắc bậc làm cao
bắc bộ
bắc cường
bắc cầu
bắc cực
bắc cực quyền
bắc giang
bắc hoà
bắc hà
bắc hàn đới
bắc hưng
bắc hải
bắc hồng
bắc hợp
bắc khê
bắc kạn
bắc kỳ
bắc la
bắc lãng
bắc lý
bắc lũng
bắc lệnh
bắc mê
bắc mạ
bắc mỹ an
bắc nam
bắc ngà
bắc nhạn nam hồng
bắc nhịp cầu ô
bắc ninh
bắc phang
bắc phong
bắc phú
bắc phương
bắc quang
bắc ruộng
bắc sài hồ
bắc sơ
bắc sơn
bắc sử
bắc thang
bắc thuộc
bắc thuỷ
bắc thành
bắc thái
bắc thần
bắc trạch
bắc tê
bắc vĩ tuyến
bắc xá
bắc yên
bắc ôn đới
bắc đẩu
bắc đẩu bội tinh
bắc đồng cân
bắn bia
bắn bổng
bắn chác
bắn hơi
bắn mìn
bắn như mưa
bắn như vãi cát
bắn như vãi trấu
bắn như vãi đạn
bắn như đổ đạn
bắn nhạn ven mây
bắn nợ
bắn phá
bắn sẻ
bắn tin
bắn tiếng
bắn tên không đích
bắn tẩy
bắn tỉa
bắng nhắng
bắp chuối
bắp chân
bắp cày
bắp cơ
bắp cải
bắp ngô
bắp su
bắp tay
bắp thịt
bắp vế
bắp đùi
bắt buộc
bắt bánh
bắt bén
bắt bí
bắt bò
bắt bóng bắt gió
bắt bóng dè chừng
bắt bóng đè chừng
bắt bú
bắt bẻ
bắt bồ
bắt bớ
bắt chim
bắt chim chim
bắt chuyện
bắt chuồn chuồn
bắt chân chữ ngũ
bắt chước
bắt chạch đằng đuôi
bắt chặp
bắt chẹt
bắt chợp
bắt chợt
bắt cá
bắt cá hai tay
bắt cái
bắt câu
bắt cóc
bắt cóc bỏ đĩa
bắt cô trói cột
bắt cặp
bắt giam
bắt gió
bắt giọng
bắt giữ
bắt gân
bắt gặp
bắt khoan bắt nhặt
bắt khoán
bắt kịp
bắt liên lạc
bắt làm
bắt lính
bắt lấy
bắt lẽ
bắt lỗi
bắt lời
bắt lửa
bắt miếng
bắt màu
bắt mạch
bắt mắt
bắt mẹo
bắt mối
bắt mồi
bắt ne bắt nét
bắt nguồn
bắt nhái bỏ đệp
bắt nhân tình
bắt nhịp
bắt nhời
bắt nét
bắt nạt
bắt nạt xó bếp
bắt nọc
bắt nọn
bắt nợ
bắt phu
bắt phạt
bắt quyết
bắt quàng
bắt quả tang
bắt rễ
bắt rễ xâu chuỗi
bắt sống
bắt tay
bắt thóp
bắt thăm
bắt thường
bắt tréo
bắt trớn
bắt tình
bắt tội
bắt tội bắt vạ
bắt vạ
bắt xâu
bắt ép
bắt đinh
bắt điện
bắt được
bắt đầu
bắt đầu từ
bắt đền
bắt ấn
bằn bặt
bằng an
bằng bẵng
bằng bặn
bằng chà bằng lứa
bằng chân
bằng chân như vại
bằng chứng
bằng cả
bằng cấp
bằng cốc
bằng cớ
bằng cứ
bằng da bằng thịt
bằng doãn
bằng giang
bằng giã
bằng hành
bằng hữu
bằng hữu chi giao
bằng khen
bằng khoán
bằng khánh
bằng không
bằng la
bằng lang
bằng luân
bằng lòng
bằng lăng
bằng lũng
bằng lặng
bằng mày bằng mặt
bằng mạc
bằng mặt
bằng nay
bằng nhau
bằng như
bằng nào
bằng nửa con mắt
bằng phúc
bằng phẳng
bằng sáng chế
bằng sắc
bằng thành
bằng thừa
bằng tiện
bằng trạc
bằng trắc
bằng vai
bằng vai ngang vế
bằng vai phải lứa
bằng xương bằng thịt
bằng đôi bằng lứa
bằng đôi phải lứa
bằng được
bằng đẳng
bằng địa
bẳn gắt
bẳn tính
bẵng tin
bẵng đi
bặc hặc
bặm trợn
bặng nhặng
bặt thiệp
bặt tin
bặt tiếng im hơi
bặt tăm
bặt tăm bặt tích
bặt vô âm tín
bẹ chuối
bẹ lá
bẹ mo
bẹ mèo
bẹ mạng
bẹ sườn
bẹp dúm
bẹp gí
bẹp rúm
bẹp tai
bẻ bai
bẻ bánh
bẻ bão
bẻ bắt
bẻ cành cung quế
bẻ cò
bẻ cục
bẻ ghi
bẻ gãy
bẻ gãy sừng trâu
bẻ gẫy
bẻ hoa
bẻ hoẹ
bẻ hành bẻ tỏi
bẻ họe
bẻ khục
bẻ lái
bẻ lẽ
bẻ nạng chống trời
bẻ quặt
bẻ quế
bẻ đũa cả nắm
bẻm mép
bẻo lẻo
bẻo mép
bẽ bàng
bẽ mặt
bẽn lẽn
bế bồng
bế giảng
bế khắc triệu
bế kinh
bế môn tạ khách
bế mạc
bế quan toả cảng
bế quan tỏa cảng
bế triều
bế tắc
bế xốc
bế ẵm
bến bãi
bến bờ
bến cát
bến cũ đò xưa
bến cảng
bến cầu
bến củi
bến gối
bến hải
bến lội
bến lức
bến mê
bến nghé
bến nhà rồng
bến nước
bến phà
bến quan
bến sông
bến thuỷ
bến thành
bến thủ
bến tre
bến tàu
bến vượt
bến xe
bến đìn
bến đò
bến đợi sông chờ
bếp ga
bếp hoàng cầm
bếp lò
bếp lạnh tro tàn
bếp mặt trời
bếp núc
bếp nước
bếp đứng
bết bệt
bề bề
bề bộn
bề cao
bề dài
bề dày
bề dưới
bề dọc
bề mặt
bề ngang
bề ngoài
bề nào cũng
bề rộng
bề sâu
bề sề
bề thế
bề trong
bề trái
bề trên
bề tôi
bền bỉ
bền chí
bền chặt
bền gan
bền gan quyết chí
bền gan vững chí
bền lâu
bền lòng
bền màu
bền mùi
bền nhiệt
bền va
bền vững
bềnh bệch
bềnh bồng
bều bệu
bể bơi
bể bạc non vàng
bể bạc rừng vàng
bể bầu
bể chuyện
bể chìm
bể cạn
bể cạn non mòn
bể dâu
bể dĩa
bể hoạn
bể khổ
bể kính
bể lắng
bể lặng sóng yên
bể lặng trời trong
bể lọc
bể mánh
bể phốt
bể sâu sóng cả
bể sở sông ngô
bể thảm
bể trầm luân
bể trần
bể trời
bể tự hoại
bể xả
bể ái
bể đám
bể đầu sứt trán
bệ hạ
bệ kiến
bệ ngọc
bệ phóng
bệ rạc
bệ rồng
bệ sệ
bệ tiền
bệ tì
bệ vệ
bệch bạc
bệch bạch
bện hơi
bện tóc
bệnh binh
bệnh biến
bệnh bạch cầu
bệnh chứng
bệnh căn
bệnh căn học
bệnh dại
bệnh dịch
bệnh hoạn
bệnh học
bệnh khoa
bệnh kinh niên
bệnh kín
bệnh lí
bệnh lí học
bệnh lý
bệnh lý học
bệnh lịch
bệnh mãn tính
bệnh mạn tính
bệnh nghề nghiệp
bệnh nhi
bệnh nhân
bệnh phóng xạ
bệnh phẩm
bệnh sĩ
bệnh sử
bệnh thời khí
bệnh truyền nhiễm
bệnh trạng
bệnh tâm thần
bệnh tình
bệnh tưởng
bệnh tật
bệnh tề tuyên
bệnh viện
bệnh xá
bệnh xã hội
bệnh án
bệu bạo
bệu rệch
bỉ báng
bỉ bạc
bỉ lận
bỉ lậu
bỉ mặt
bỉ nhân
bỉ sắc tư phong
bỉ thử
bỉ vỏ
bỉ ổi
bỉm sơn
bỉnh bút
bị bẹt
bị can
bị chú
bị cáo
bị gậy
bị lật tẩy
bị mọc sừng
bị nạn
bị sị
bị thương
bị thất bát
bị thịt
bị trị
bị vong lục
bị vì
bị xị
bị án
bị đơn
bị động
bịa đặt
bịn rịn
bịp bợm
bịp già
bịt bùng
bịt miệng
bịt miệng bưng tai
bịt mũi
bịt mắt
bịt mắt bắt chim
bịt mắt bắt dê
bịt mắt thế gian
bịt mồm bịt miệng
bọ bạc
bọ chét
bọ chó
bọ chó múa bấc
bọ chỉ đào
bọ cạp
bọ da
bọ dím
bọ dừa
bọ gạo
bọ gậy
bọ hung
bọ hà
bọ lá
bọ mát
bọ mò
bọ mạt
bọ mảy
bọ mẩy
bọ mắm
bọ ngựa
bọ ngựa chống xe
bọ nhảy
bọ nẹt
bọ phấn
bọ que
bọ quít
bọ quýt
bọ rùa
bọ rầy
bọ rầy xanh
bọ trĩ
bọ vừng
bọ xít
bọ đa
bọc hậu
bọc máu
bọc sắt
bọn chúng
bọn họ
bọn mình
bọn nó
bọn phát xít
bọn ta
bọn tao
bọn tớ
bọng cà cuống
bọng nước
bọng ong
bọng đái
bọp bẹp
bọp xọp
bọt biển
bọt bèo
bọt bể
bọt mép
bỏ bà
bỏ bê
bỏ bùa
bỏ bùn sang ao
bỏ bả
bỏ bẵng
bỏ bễ
bỏ bố
bỏ bộ
bỏ bớt
bỏ bừa
bỏ cha
bỏ chạy
bỏ cuộc
bỏ cỏ
bỏ dở
bỏ giọt
bỏ hoang
bỏ hoá
bỏ học
bỏ không
bỏ liều
bỏ lái buông sào
bỏ lò
bỏ lơ
bỏ lơi
bỏ lỗi
bỏ lỡ
bỏ lửa tay người
bỏ lửng
bỏ muối vào mặt
bỏ mình
bỏ múi
bỏ mạng
bỏ mất
bỏ mặc
bỏ mẹ
bỏ mối
bỏ mồi bắt bóng
bỏ mứa
bỏ neo
bỏ ngoài tai
bỏ ngũ
bỏ ngỏ
bỏ ngục
bỏ nhỏ
bỏ nọc
bỏ phiếu
bỏ phân
bỏ phí
bỏ phóng sinh
bỏ qua
bỏ quá
bỏ quên
bỏ rơi
bỏ rầu
bỏ rẻ
bỏ rọ
bỏ rọ trôi sông
bỏ sót
bỏ thuốc
bỏ thây
bỏ thõng
bỏ thăm
bỏ thương vương tội
bỏ thầu
bỏ trầu cau
bỏ trốn
bỏ trống
bỏ tù
bỏ túi
bỏ vạ
bỏ vạ bỏ vật
bỏ vật bỏ vạ
bỏ vắng
bỏ về
bỏ vốn
bỏ xa
bỏ xác
bỏ xó
bỏ xõng
bỏ xừ
bỏ ăn
bỏ đi
bỏ đường bỏ sá
bỏ đời
bỏ đực
bỏ ống
bỏm bẻm
bỏn xẻn
bỏng cốm
bỏng họng
bỏng mẻ
bỏng ngô
bỏng nẻ
bỏng nổ
bỏng rạ
bố chánh
bố chính
bố chồng
bố cu
bố cu mẹ đĩ
bố cái
bố cái đại vương
bố cáo
bố cảnh
bố cục
bố dượng
bố ghẻ
bố giang
bố già
bố hạ
bố kinh
bố láo
bố láo bố lếu
bố lém
bố lếu
bố lếu bố láo
bố mìn
bố mẹ
bố mẹ nuôi
bố nuôi
bố phòng
bố phượu
bố ráp
bố thí
bố trí
bố trạch
bố trận
bố tời
bố tử
bố vi
bố vờ
bố vợ
bố vợ phải đấm
bố y
bố đay
bố đĩ
bố đẻ
bố đỏ
bố đỡ đầu
bốc bải
bốc bải dần sàng
bốc chài
bốc cháy
bốc dỡ
bốc giời
bốc hoả
bốc hơi
bốc hốt
bốc lửa
bốc máu
bốc mùi
bốc mả
bốc mồ
bốc mộ
bốc nóc
bốc nóng
bốc nọc
bốc phép
bốc phét
bốc phệ
bốc rời
bốc thuốc
bốc thơm
bốc trời
bốc vác
bốc xúc
bốc xếp
bốc đồng
bối cảnh
bối cầu
bối mẫu
bối rối
bối rối ruột tằm
bối rối tơ vò
bốn biển
bốn biển là nhà
bốn biển một nhà
bốn bên
bốn bề
bốn bể
bốn bể là nhà
bốn bể một nhà
bốn chung quanh
bốn chân
bốn cõi
bốn dài hai ngắn
bốn mùa
bốn mươi
bốn phương
bốn phương tám hướng
bốn tay
bống ba bống bếnh
bống bếnh
bốp chát
bồ bịch
bồ bồ
bồ chao
bồ cu
bồ cu vẽ
bồ cào
bồ các
bồ câu
bồ câu trắng
bồ còn thóc hết
bồ côi
bồ côi bồ cút
bồ công anh
bồ cật
bồ cắt
bồ dục
bồ hòn
bồ hóng
bồ hôi
bồ khô pạ
bồ kếp
bồ kết
bồ liễu
bồ lý
bồ ngót
bồ ngắm
bồ nheo bồ nhóc
bồ nhìn
bồ nhìn giữ dưa
bồ nhí
bồ nông
bồ quân
bồ sao
bồ sứt cạp
bồ tu bồ túi
bồ tát
bồ tèo
bồ tạt
bồ xuyên
bồ đài
bồ đào
bồ đầy bồ vơi
bồ đầy cót vơi
bồ đề
bồi bàn
bồi bút
bồi bếp
bồi bổ
bồi dưỡng
bồi dục
bồi hoàn
bồi hồi
bồi khoản
bồi lấp
bồi phòng
bồi sơn
bồi thường
bồi thường chiến tranh
bồi thần
bồi thẩm
bồi thực
bồi trúc
bồi tích
bồi tế
bồi tụ
bồi yến
bồi đắp
bồm bộp
bồn binh
bồn chồn
bồn kèn
bồn tắm
bồng an
bồng bế
bồng bềnh
bồng bồng
bồng bồng bế bế
bồng bỗng
bồng bột
bồng hồ
bồng khê
bồng lai
bồng lai tiên cảnh
bồng mạc
bồng nào trống ấy
bồng súng
bồng sơn
bồng tang
bồng tiên
bồng trống
bổ bán
bổ báo
bổ bã
bổ chính
bổ chửng
bổ củi
bổ cứu
bổ di
bổ dương
bổ dưỡng
bổ dược
bổ dụng
bổ huyết
bổ hư
bổ kho
bổ khuyết
bổ khí
bổ khí huyết
bổ lao
bổ lưới
bổ nghĩa
bổ ngửa
bổ ngữ
bổ nhiệm
bổ nhoài
bổ nhào
bổ nháo
bổ nháo bổ nhào
bổ nhậm
bổ não
bổ sung
bổ sấp bổ ngửa
bổ sịa
bổ thận
bổ thận dương
bổ thận âm
bổ trợ
bổ trụ
bổ tì
bổ túc
bổ túc văn hoá
bổ vây
bổ xoài
bổ xuyết
bổ âm
bổ ích
bổ đề
bổi hổi
bổi hổi bồi hồi
bổn phận
bổn quan
bổn thân
bổng bểnh
bổng lộc
bổng ngoại
bổng trầm
bỗ bã
bỗng chốc
bỗng dưng
bỗng không
bỗng nhiên
bỗng nhưng
bỗng đâu
bộ ba
bộ binh
bộ bánh cóc
bộ bảy
bộ chiến
bộ chuyển đổi
bộ chính trị
bộ chế hoà khí
bộ chỉ huy
bộ chọn
bộ cánh
bộ dạng
bộ dẫn tiến
bộ ghi
bộ giải mã
bộ giảm thanh
bộ giảm xóc
bộ giỡn
bộ gõ
bộ hoãn
bộ hành
bộ hình
bộ hạ
bộ hộ
bộ khuếch đại
bộ li dầu
bộ li hợp
bộ luật
bộ ly dầu
bộ ly hợp
bộ lòng
bộ lông
bộ lạc
bộ lại
bộ lễ
bộ máy
bộ môn
bộ mặt
bộ mặt hàng
bộ ngắm
bộ ngựa
bộ nhớ
bộ nhớ chết
bộ nhớ sống
bộ não
bộ năm
bộ nối
bộ phận
bộ rung
bộ sáu
bộ sấy hơi
bộ sậu
bộ tham mưu
bộ thuộc
bộ triệt âm
bộ trưởng
bộ tám
bộ tư
bộ tư lệnh
bộ tướng
bộ tịch
bộ tổng tư lệnh
bộ tộc
bộ vi xử lí
bộ ván
bộ vó
bộ vạc
bộ vạt
bộ vận
bộ vị
bộ xương
bộ xử lí
bộ óc
bộ điều biến
bộ điều chế
bộ điều giải
bộ điệu
bộ đàm
bộ đồ
bộ đội
bộ đội chủ lực
bộ đội địa phương
bộ ổn nhiệt
bộ ổn áp
bộc bạch
bộc bố
bộc lôi
bộc lộ
bộc nhiêu
bộc phá
bộc phát
bộc trực
bộc tuệch
bộc tuệch bộc toạc
bội bạc
bội bạn
bội chi
bội chi ngân sách
bội chi tiền mặt
bội chung
bội chỉnh
bội giáo
bội hoàn
bội hoạt
bội kế
bội minh
bội nghĩa
bội nghĩa vong ân
bội nghịch
bội nhiễm
bội nhập
bội nhị
bội phát
bội phản
bội phần
bội phục
bội suất
bội số
bội số chung
bội thu
bội thu ngân sách
bội thề
bội thệ
bội thụ tinh
bội thực
bội tinh
bội tình
bội tín
bội tốc
bội xuất
bội ân
bội ơn
bội ước
bộn bàng
bộn bề
bộn nhộn
bộn rộn
bộng ong
bộng tằm
bộp chà bộp chộp
bộp chà chộp chộp
bộp chộp
bột báng
bột chua
bột giấy
bột giặt
bột hoàng thanh
bột khởi
bột kẽm
bột lọc
bột men
bột mài
bột mì
bột ngọt
bột nhão
bột nếp
bột phát
bột sam
bột sắn
bột sắn dây
bột tan
bột tẻ
bột xay
bột xoa
bột xuyên
bột xương
bột áo
bớ ngớ
bới bèo ra bọ
bới chuyện
bới cát tìm vàng
bới lông tìm vết
bới móc
bới tóc
bới việc
bới xấu
bới đám cỏ gà
bớp bớp
bớt bát mát mặt
bớt giận làm lành
bớt lời
bớt miệng
bớt mồm
bớt mồm bớt miệng
bớt một thêm hai
bớt nhớt
bớt tay
bớt xén
bớt xớ
bờ biển
bờ bến
bờ bụi
bờ cõi
bờ giậu
bờ hè
bờ khoảnh
bờ lu
bờ lu dông
bờ luỹ
bờ lũy
bờ lờ
bờ mỏ
bờ ngoong
bờ quai
bờ ruộng
bờ rào
bờ thửa
bờ tre
bờ tường
bờ vùng
bờ xôi ruộng mật
bờ đê
bờ đập
bời bời
bời lời
bờm bợp
bờm chờm
bờm xơm
bờm xờm
bờn bợt
bở hơi tai
bở như vôi
bở vía
bởi chưng
bởi lẽ
bởi thế
bởi tại
bởi vì
bởi vậy
bởi đâu
bỡ ngỡ
bỡn bờ
bỡn cợt
bỡn quá hoá thật
bợ đít
bợ đỡ
bợm bãi
bợm già
bợm rượu
bợm đĩ
bợn lòng
bợn nhơ
bợn nhợn
bợp chợp
bợp tai
bợt bạt
bợt chợt
bụ bẫm
bụ sữa
bụi bậm
bụi bặm
bụi bờ
bụi hồng
bụi mù
bụi phóng xạ
bụi phổi
bụi rậm
bụi trần
bụi đời
bụng bảo dạ
bụng bầu
bụng bồ kết
bụng cao dạ dốc
bụng chân
bụng cóc
bụng dưới
bụng dạ
bụng làm dạ chịu
bụng mang dạ chửa
bụng như bàn mai
bụng như tang trống
bụng nhụng
bụng phệ
bụng sệ
bụng to vượt mặt
bụng trên
bụng trống
bụng tàu
bụng xụng
bụng đói cật rét
bụng đói miệng khát
bụng ỏng
bụng ỏng đít beo
bụng ỏng đít teo
bụng ỏng đít von
bụt mọc
bụt nhiều oản ít
bụt ốc
bủ xủ bù xù
bủa lưới phóng lao
bủa vây
bủn chủn
bủn nhủn
bủn rủn
bủn sẻn
bủn xỉn
bủng beo
bủng bớt
bủng dứ
bứ bự
bứ cổ
bứ họng
bứ rượu
bứ đến cổ
bức bàn
bức bách
bức bối
bức chí
bức cung
bức cửa
bức hiếp
bức hàng
bức hôn
bức hại
bức rút
bức sốt
bức thiết
bức tranh vân cẩu
bức tử
bức xúc
bức xạ
bức xạ cảm ứng
bức xạ kế
bức điện
bứt lên
bứt rứt
bứt tóc
bừa bãi
bừa bộn
bừa chữ nhi
bừa cào
bừa ghim
bừa lia
bừa máy
bừa mò
bừa mứa
bừa ngả
bừa phứa
bừa răng
bừa san
bừa xốc
bừa đĩa
bừng bừng
bừng tỉnh
bửu bối
bửu hoà
bửu long
bửu vật
bửu đảo
bữa chén
bữa chính
bữa cơm
bữa cơm bữa cháo
bữa cỗ
bữa giỗ
bữa hôm
bữa hổm
bữa kia
bữa lưng bữa vực
bữa mai
bữa ni
bữa no bữa đói
bữa phụ
bữa qua
bữa rau bữa cháo
bữa rày
bữa sơ
bữa sơ tê
bữa sớm
bữa tiệc
bữa trước
bữa tê
bữa ăn
bữa đói bữa no
bữa đực bữa cái
bự cồ
bự phấn
bự rượu
bực bõ
bực bội
bực chí
bực dọc
bực mình
bực thân
bực tức
ca bin
ca ca
ca cao
ca cách
ca công
ca công tụng đức
ca cẩm
ca củm
ca dao
ca huế
ca hát
ca kheo
ca khúc
ca khúc khải hoàn
ca kiết
ca kĩ
ca kệ
ca kịch
ca kỹ
ca la thầu
ca long
ca lâu
ca lâu tửu quán
ca lô
ca múa
ca múa nhạc
ca mổ
ca ngâm
ca ngợi
ca nhi
ca nhạc
ca nô
ca nông
ca nương
ca ra bộ
ca ri
ca rô
ca si nô
ca sĩ
ca thành
ca thán
ca trù
ca tu
ca tụng
ca từ
ca ve
ca vát
ca vũ
ca vũ kịch
ca vũ nhạc
ca vịnh
ca xướng
cactông chun
cai bạ
cai bầu
cai bộ
cai cơ
cai lậy
cai lệ
cai nghiện
cai ngục
cai quản
cai sữa
cai thầu
cai trị
cai tuần
cai tổng
cai đầu dài
cam an
cam an bắc
cam an nam
cam bình
cam bù
cam bề
cam chanh
cam chính
cam chịu
cam còm
cam công
cam cọn
cam giá
cam giấy
cam go
cam hiếu
cam hiệp bắc
cam hiệp nam
cam hoà
cam hải tây
cam hải đông
cam khổ
cam khổ dữ đồng
cam kết
cam lai
cam lâm
cam lòng
cam lồ
cam lộ
cam nghĩa
cam nhông
cam phúc bắc
cam phúc nam
cam phước tây
cam phước đông
cam phận
cam quýt
cam ranh
cam sành
cam thanh
cam thuỷ
cam thành
cam thành bắc
cam thành nam
cam thũng
cam thượng
cam thảo
cam thảo bắc
cam thịnh tây
cam thịnh đông
cam thực
cam trành
cam tuyền
cam tâm
cam tân
cam tích
cam tẩu mã
cam đoan
cam đuờng
cam đường
cam đức
can chi
can chi mà
can cớ
can cứu
can cữu
can dự
can gián
can gì
can hạn
can hệ
can khương
can liên
can lộc
can ngăn
can phạm
can phế
can qua
can thiệp
can thiệp vũ trang
can thành
can tràng
can trường
can táo
can tội
can án
can đảm
cang cường
canh bạc khát nước
canh chầy
canh cách
canh cánh
canh cước
canh cải
canh cặn
canh cặn cơm thừa
canh cửi
canh giấm
canh giờ
canh giữ
canh gà
canh gác
canh khuya
canh ki na
canh liên
canh mục
canh nông
canh nậu
canh phòng
canh riêu
canh thiếp
canh thuận
canh thâu
canh ti
canh trường
canh tà
canh tàn
canh tác
canh tân
canh vinh
canh điền
cao an
cao ban long
cao bay
cao bay xa chạy
cao biền dậy non
cao bá quát
cao bằng
cao bồ
cao bồi
cao chương
cao chạy xa bay
cao công
cao cường
cao cả
cao cấp
cao cồn
cao cờ
cao danh
cao diệu
cao dong dỏng
cao dày
cao dương
cao dương trạc
cao dỏng
cao giá
cao hoàng
cao hút mủ
cao học
cao hổ cốt
cao hứng
cao khiết
cao khỉ
cao kiến
cao kiềm
cao kì
cao kì bắc bậc
cao kế
cao kều
cao kỳ
cao lan
cao lanh
cao luận
cao lâu
cao lãnh
cao lên da
cao lêu nghêu
cao lêu đêu
cao lương
cao lương mĩ vị
cao lễ dễ thưa
cao lỗ
cao lộc
cao lớn
cao minh
cao môn
cao mũ dài áo
cao mưu
cao nghều
cao nghệu
cao nghị
cao nguyên
cao ngâm
cao ngạn
cao ngạo
cao ngất
cao ngọc
cao ngồng
cao nhân
cao nhã
cao nhòng
cao như núi
cao như sếu
cao như sếu vườn
cao nhớn
cao niên
cao nung
cao nấm ấm mồ
cao phong
cao phân tử
cao phạ
cao quí
cao quý
cao quảng
cao ráo
cao răm
cao sang
cao siêu
cao su
cao sâu
cao sĩ
cao sơn
cao sơn lưu thuỷ
cao sản
cao số
cao tan
cao tay
cao thành
cao thành nở ngọn
cao thâm
cao thăng
cao thượng
cao thắng
cao thế
cao thịnh
cao thủ
cao trào
cao trì
cao trình
cao tuổi
cao tân
cao tăng
cao tần
cao tầng
cao tầng tổ khảo
cao tằng tổ khảo
cao tốc
cao tổ
cao uỷ
cao viên
cao vút
cao vọng
cao vời vợi
cao xa
cao xanh
cao xá
cao xạ
cao xạ pháo
cao áp
cao đan hoàn tán
cao điểm
cao đoán
cao đài
cao đàm
cao đàm khoát luận
cao đơn hoàn tán
cao đường
cao đại
cao đạm
cao đạo
cao đẳng
cao đẳng tiểu học
cao đẹp
cao đệ
cao đỉnh
cao địa
cao đồ
cao độ
cao độ kế
cao đức
cao ẩn
cao ốc
cau bánh tẻ
cau bụng
cau có
cau cảu
cau dừa
cau già dao sắc
cau hoa
cau khô
cau liên phòng
cau lòng tôm
cau mày
cau mặt
cau mặt cau mày
cau non trái mùa
cau non trầu lộc
cau tiên đầm
cau truyền bẹ
cau tươi
cau điếc
cau đóng vóc
cau đầu ruồi
cau đậu
cau đứng hạt
cay chua
cay cú
cay cảy
cay cực
cay mắt
cay nghiệt
cay như ớt
cay sè
cay xè
cay ăn cay gỡ
cay đắng
cay độc
cha anh
cha chiêu
cha chài chú chóp
cha chú
cha chả
cha chủ sự
cha căng chú kiết
cha cả
cha cố
cha dượng
cha ghẻ
cha gia con dại
cha già con cọc
cha già con muộn
cha già con mọn
cha già mẹ héo
cha già mẹ yếu
cha già nhà dột
cha già nhà khó
cha hiền con thảo
cha hươu mẹ vượn
cha kiếp
cha lừa mẹ ngựa
cha mẹ
cha nuôi
cha nào con nấy
cha nào con ấy
cha nội
cha phó
cha sinh mẹ dưỡng
cha sinh mẹ đẻ
cha truyền con nối
cha vơ chú váo
cha xứ
cha ôi
cha ông
cha đưa mẹ đón
cha đẻ
cha đời
cha đỡ đầu
chai bố
chai da lì đòn
chai dạn
chai lì
chai miệng
chai sạn
chai tay
cham chu
cham chảm
chan chan
chan chán
chan chát
chan chứa
chan hoà
chang chang
chang tây
chanh chua
chanh chách
chanh chòi
chanh cốm
chanh giấy
chanh núm
chanh yên
chanh đào
chao chát
chao ôi
chao đèn
chao đảo
chao động
chao ươm
chau mày
chau mày nghiến răng
chay lòng
chay tịnh
che bóng
che chắn
che chống
che chở
che giấu
che khuất
che kín
che lấp
che miệng
che miệng thế gian
che mắt
che mắt thế gian
che mờ
che phủ
che rạp
che tàn
che đậy
chem chép
chem chẻm
chen chân
chen chân không lọt
chen chúc
chen hoẻn
chen lấn
chen lẫn
chen vai sát cánh
chen vai thích cánh
chen đua
cheng cheng
cheo cheo
cheo chéo
cheo cưới
cheo leo
cheo veo
chi biện
chi bấy
chi bằng
chi bộ
chi chi
chi chi chành chành
chi chi nảy
chi chí
chi chít
chi chút
chi cấp
chi cục
chi dùng
chi dụng
chi hết cho
chi họ
chi hồ giả dã
chi hội
chi khu
chi lan
chi li
chi lăng
chi lăng bắc
chi lăng nam
chi lưu
chi mai
chi nhánh
chi nài
chi nê
chi nữa
chi phiếu
chi phái
chi phí
chi phí lưu thông
chi phí sản xuất
chi phó
chi phối
chi thiết
chi thu
chi tiêu
chi tiết
chi trì
chi trả
chi tử
chi uỷ
chi uỷ viên
chi viện
chi điếm
chi đoàn
chi đội
chia ba sẻ bảy
chia buồn
chia bài
chia bào
chia bâu
chia bôi
chia bùi sẻ ngọt
chia bảy chia ba
chia cay sẻ đắng
chia chác
chia chọn
chia cơm sẻ áo
chia cắt
chia duyên rẽ thuý
chia hết
chia hết cho
chia li
chia loan rẽ phượng
chia loan rẽ thuý
chia loại
chia ly
chia lìa
chia lô
chia lửa
chia mưa sẻ nắng
chia ngọt sẻ bùi
chia ngọt sẻ đắng
chia nhỏ
chia năm sẻ bảy
chia năm xẻ bảy
chia phôi
chia phượng rẽ loan
chia phần
chia rẽ
chia sẻ
chia sớt
chia tay
chia uyên rẽ thuý
chia vè
chia xẻ
chia ô
chia đàn
chia đàn sẻ nghé
chia đắng sẻ cay
chia đều
chia để trị
chia đốt
chia độ
chim bằng
chim chim
chim chuột
chim chích
chim chích vào rừng
chim chíp
chim chóc
chim cu
chim cu vức
chim cánh cụt
chim còi
chim cút
chim cắt
chim cổ
chim cụt
chim di cư
chim gáy
chim gõ kiến
chim gõ mõ
chim hoà bình
chim hát bội
chim hòa bình
chim hồng
chim khuyên
chim khách
chim két
chim kêu vượn hót
chim kí sinh tổ
chim lang thang
chim lồng
chim lồng cá chậu
chim lợn
chim muông
chim mòng
chim mắc lưới hồng
chim mỏ thìa
chim mồi
chim mồi chó săn
chim ngói
chim phường chèo
chim ri
chim ruồi
chim sa cá lặn
chim sa cá nhảy
chim sa sả
chim sâu
chim sẻ
chim sẻ ngô
chim sẻ đỏ
chim thước
chim thầy bói
chim thằng chài
chim tréc lợn
chim trả
chim trời bạt gió
chim trời cá bể
chim trời cá nước
chim vàn
chim xanh
chim xít
chim én
chim đầu rìu
chim đầu đàn
chim định cư
chim đớp ruồi
chim ưng
chim ưng nhà trời
chin chít
chinh an
chinh chiến
chinh cung
chinh phu
chinh phạt
chinh phụ
chinh phụ ngâm
chinh phục
chinh uỷ
chinh yên
chinh đông phạt tây
chiu chíu
chiêm bao
chiêm bái
chiêm bầu
chiêm chanh
chiêm chiếp
chiêm hoá
chiêm khê mùa thối
chiêm khê mùa úng
chiêm khê ré rụi
chiêm khê rét lụt
chiêm khô mùa thối
chiêm khô mùa úng
chiêm khô ré ngập
chiêm nghiệm
chiêm ngưỡng
chiêm se ré lụt
chiêm se ré ngập
chiêm se ré rụi
chiêm tinh
chiêm tinh học
chiêm treo mùa đuối
chiêm tép
chiêm xuân
chiêm đá
chiên sơn
chiêng cồng
chiêng trống
chiêng vàng
chiêu an
chiêu binh
chiêu binh mãi mã
chiêu bài
chiêu dân
chiêu dân lập ấp
chiêu dụ
chiêu hiền
chiêu hiền nạp sĩ
chiêu hiền đãi sĩ
chiêu hàng
chiêu hồi
chiêu hồn
chiêu khách
chiêu lưu
chiêu mộ
chiêu nạp
chiêu phủ
chiêu quân mãi mã
chiêu sinh
chiêu thức
chiêu tuyết
chiêu tập
chiêu vũ
chiêu yên
chiêu đãi
chiêu đãi sở
chiêu đãi viên
chiêu đăm
chiêu đề
chiếc bách giữa dòng
chiếc bách sóng đào
chiếc bóng
chiếc bóng năm canh
chiếc bóng song the
chiếc lá lìa rừng
chiếc thân
chiếm công vi tư
chiếm cứ
chiếm dụng
chiếm giữ
chiếm hữu
chiếm hữu nô lệ
chiếm lĩnh
chiếm nhận
chiếm đoạt
chiếm đóng
chiếm địa
chiến binh
chiến bào
chiến bại
chiến chinh
chiến cuộc
chiến công
chiến cụ
chiến cục
chiến dịch
chiến hoạ
chiến hào
chiến hạm
chiến hữu
chiến khu
chiến kỉ
chiến luỹ
chiến lũy
chiến lược
chiến lược quân sự
chiến lợi phẩm
chiến mã
chiến pháp
chiến phí
chiến quả
chiến quốc
chiến sĩ
chiến sĩ quyết thắng
chiến sĩ thi đua
chiến sử
chiến sự
chiến thuyền
chiến thuật
chiến thư
chiến thương
chiến thắng
chiến thời
chiến tranh
chiến tranh chớp nhoáng
chiến tranh cân não
chiến tranh cục bộ
chiến tranh du kích
chiến tranh giải phóng
chiến tranh huỷ diệt
chiến tranh hạt nhân
chiến tranh học
chiến tranh lạnh
chiến tranh nhân dân
chiến tranh nóng
chiến tranh phá hoại
chiến tranh thế giới
chiến tranh tâm lí
chiến tranh tổng lực
chiến tranh vi trùng
chiến tranh đế quốc
chiến trường
chiến trận
chiến tuyến
chiến tích
chiến tướng
chiến xa
chiến đoàn
chiến đài
chiến đấu
chiến địa
chiếp chiếp
chiết giá
chiết khấu
chiết quang
chiết suất
chiết suất tuyệt đối
chiết trung
chiết trung chủ nghĩa
chiết tự
chiết xuất
chiết yêu
chiết áp
chiếu biểu
chiếu buồm
chiếu bóng
chiếu bông
chiếu chăn
chiếu chỉ
chiếu cạp
chiếu cầu hiền
chiếu cố
chiếu danh
chiếu gon
chiếu hoa
chiếu khán
chiếu kế
chiếu liếp
chiếu liền
chiếu luật
chiếu lệ
chiếu manh
chiếu miến
chiếu mệnh
chiếu mộc
chiếu nghỉ
chiếu phim
chiếu rượu
chiếu rọi
chiếu sáng
chiếu thư
chiếu trên chiếu dưới
chiếu trúc
chiếu trời
chiếu tướng
chiếu xạ
chiếu án
chiếu điện
chiếu đàn
chiếu đậu
chiếu đồ
chiền chiền
chiền chiện
chiềng an
chiềng ban
chiềng bôm
chiềng bằng
chiềng cang
chiềng chung
chiềng châu
chiềng chăn
chiềng cơi
chiềng cọ
chiềng dong
chiềng en
chiềng hoa
chiềng hắc
chiềng hặc
chiềng ken
chiềng khay
chiềng kheo
chiềng khoa
chiềng khoang
chiềng khoi
chiềng khoong
chiềng khương
chiềng khừa
chiềng la
chiềng lao
chiềng ly
chiềng lương
chiềng lề
chiềng mai
chiềng mung
chiềng muôn
chiềng ngàm
chiềng ngần
chiềng nơi
chiềng on
chiềng pha
chiềng phung
chiềng pấc
chiềng pằn
chiềng san
chiềng sinh
chiềng sung
chiềng sàng
chiềng sơ
chiềng sại
chiềng tượng
chiềng ve
chiềng xôm
chiềng yên
chiềng ân
chiềng đen
chiềng đông
chiềng ơn
chiều cao
chiều chiều
chiều chuộng
chiều dài
chiều dọc
chiều hôm
chiều hướng
chiều khách
chiều lòng
chiều mai
chiều nay
chiều ngang
chiều người lấy việc
chiều như chiều vong
chiều qua
chiều rộng
chiều sâu
chiều trời
chiều tà
chiều tối
chiều xuân
chiều ý
chiều đãi
chiểu tình
cho biết
cho biết mặt
cho biết tay
cho bõ
cho bõ ghét
cho bú
cho bằng được
cho chết
cho chữ
cho cái
cho cùng
cho dù
cho hay
cho không
cho là
cho lên mây
cho lắm
cho máu
cho mượn
cho một lột mười
cho nên
cho phép
cho qua
cho qua chuyện
cho ra rìa
cho rằng
cho rồi
cho thuê
cho vay
cho về
cho xong
cho ăn
cho ăn bánh thánh
cho ăn bánh tét
cho ăn bánh vẽ
cho ăn kẹo
cho đang
cho đi tàu bay
cho điểm
cho đành
cho đơn
cho được
cho đặng
cho đến
choai choai
choai choái
choai choãi
choang choang
choang choác
choang choảng
choe choé
choe choét
choen choét
choen hoẻn
choi choi
choi chói
chon chót
chon chỏn
chon hỏn
chon von
chong chong
chong chóng
chong nóc
choàm ngoàm
choàm ngoạp
choàng cổ
choàng vai
choá loà
choá loá
choá đèn
choác choác
choáng choàng
choáng lộn
choáng mắt
choáng người
choáng ngợp
choáng váng
choèn choèn
choèn choẹt
choăn choắt
choạc choạc
choạng vạng
choắt cheo
chu an
chu cha
chu chuyển
chu cảnh
chu cấp
chu du
chu hoá
chu hương
chu kì
chu kì sản xuất
chu kỳ
chu kỳ sản xuất
chu minh
chu mật
chu niên
chu phan
chu sa
chu toàn
chu tri
chu trinh
chu trình
chu tuyền
chu túc
chu tất
chu vi
chu văn an
chu văn tiếp
chu điện
chu đáo
chu đạt
chua cay
chua chát
chua chẳng khỏi chanh
chua chỏng
chua chủa
chua loen loét
chua loét
chua lè
chua lét
chua lòm
chua me
chua me đất
chua miệng
chua ngoa
chua ngoét
chua ngút
chua ngọt
chua như cứt mãn
chua như giấm
chua như mẻ
chua vãi đái
chua xót
chua đời
chui cha
chui luồn
chui lòn
chui lọt
chui lủi
chui nhủi
chui rúc
chui vào hang cọp
chui vào hang hùm
chui đầu vào tròng
chum chúm
chum hum
chun chủn
chung bóng
chung chiêng
chung chiếu chung chăn
chung chung
chung chân
chung chăn chung gối
chung chăn gối
chung chạ
chung chải
chung cuộc
chung cư
chung cục
chung gối chung chăn
chung hán lộn hài
chung khảo
chung kiếp
chung kì
chung kết
chung lèn hồ
chung lòng chung sức
chung lưng
chung lưng chung sức
chung lưng chịu đấm
chung lưng góp sức
chung lưng sát cánh
chung lưng đấu cật
chung lưng đấu sức
chung lộn
chung nhật
chung quanh
chung qui
chung quy
chung quy lại
chung sống
chung sống hoà bình
chung sức chung lòng
chung tay góp sức
chung thiên
chung thuỷ
chung thân
chung thẩm
chung tình
chung vai
chung vai sát cánh
chung đúc
chung đỉnh
chung đụng
chuyên biệt
chuyên canh
chuyên chính
chuyên chính vô sản
chuyên chú
chuyên chế
chuyên chở
chuyên cơ
chuyên cần
chuyên của
chuyên doanh
chuyên dùng
chuyên dụng
chuyên gia
chuyên hoá
chuyên khoa
chuyên khảo
chuyên luận
chuyên môn
chuyên môn hoá
chuyên mục
chuyên mỹ
chuyên nghiệp
chuyên ngoại
chuyên ngành
chuyên ngữ
chuyên nhất
chuyên quyền
chuyên san
chuyên sâu
chuyên sử
chuyên tay
chuyên trách
chuyên trị
chuyên tu
chuyên tâm
chuyên tải
chuyên viên
chuyên án
chuyên đề
chuyên ước
chuyến đò nên nghĩa
chuyến đò nên quen
chuyền bóng
chuyền máu
chuyền sang
chuyền tay
chuyển biên
chuyển biến
chuyển bánh
chuyển bệnh
chuyển bụng
chuyển chú
chuyển chữ
chuyển cư
chuyển cữu
chuyển di
chuyển dòng
chuyển dạ
chuyển dịch
chuyển dời
chuyển giao
chuyển giọng
chuyển hoá
chuyển hoán
chuyển hướng
chuyển hồi
chuyển khoản
chuyển khẩu
chuyển lay
chuyển loại
chuyển mã
chuyển mình
chuyển mạch
chuyển nghĩa
chuyển nghề
chuyển ngành
chuyển ngân
chuyển ngữ
chuyển nhà
chuyển nhượng
chuyển pha
chuyển pháo
chuyển quyền
chuyển quyền sở hữu
chuyển quân
chuyển soạn
chuyển thăng
chuyển thể
chuyển tiếp
chuyển toán
chuyển tải
chuyển tự
chuyển vần
chuyển vận
chuyển vế
chuyển vị
chuyển điệu
chuyển đạt
chuyển đất long trời
chuyển đệ
chuyển đổi
chuyển động
chuyển động học
chuyển động quay
chuyển động tịnh tiến
chuyển động đều
chuyện bỏ ngoài tai
chuyện chơi
chuyện cơm bữa
chuyện gẫu
chuyện hươu chuyện vượn
chuyện như khướu
chuyện như pháo ran
chuyện nhảm
chuyện phiếm
chuyện trò
chuyện trời ơi
chuyện vãn
chuôi vồ
chuông cột chỉ mành
chuông phiến
chuông treo chỉ mảnh
chuông đeo cổ chó
chuẩn bị
chuẩn chi
chuẩn cấp
chuẩn cứ
chuẩn gốc
chuẩn hoá
chuẩn mực
chuẩn mực hoá
chuẩn nhận
chuẩn thứ
chuẩn tướng
chuẩn tắc
chuẩn uý
chuẩn xác
chuẩn y
chuẩn đích
chuẩn đô đốc
chuẩn độ
chuế lưu
chuếch choáng
chuếnh choáng
chuểnh choảng
chuệch choạc
chuệch choạng
chuệnh choạng
chuốc dữ mua hờn
chuốc não cưu hờn
chuốc não mua sầu
chuốc oán mua thù
chuốc vạ vào mình
chuốc vạ vào thân
chuối ba lùn
chuối bụt
chuối cau
chuối chát
chuối cơm
chuối hoa
chuối hột
chuối khô
chuối lá
chuối lùn
chuối lửa
chuối mít
chuối mật
chuối mắn
chuối mốc
chuối ngự
chuối rẻ quạt
chuối sau cau trước
chuối sợi
chuối sứ
chuối thanh tiêu
chuối tiêu
chuối tây
chuối vả
chuối xanh
chuối đút miệng voi
chuồi chuội
chuồn chuồn
chuồn chuồn chúa
chuồn chuồn chấm nước
chuồn chuồn kim
chuồn chuồn ngô
chuồn chuồn đạp nước
chuồn chuồn ớt
chuồn thẳng
chuồng chồ
chuồng cọp
chuồng gio
chuồng hôi
chuồng tiêu
chuồng trại
chuồng xí
chuỗi cười
chuộc tội
chuội nợ
chuộng lạ ham thanh
chuột bạch
chuột chù
chuột chù nếm giấm
chuột chù phải khói
chuột chù đeo đạc
chuột chũi
chuột chạy cùng sào
chuột cống
chuột gặm chân mèo
chuột khuy
chuột lang
chuột lắt
chuột nhà
chuột nhím
chuột nhắt
chuột rút
chuột sa chĩnh gạo
chuột sa cũi mèo
chuột sa hũ nếp
chuột sa lọ mỡ
chuột tam thể
chuột đất
chuột đồng
chuột đồng nai
chuột đội vỏ trứng
chà bông
chà cang
chà chà
chà chôm
chà chạnh
chà gạc
chà là
chà lết
chà nưa
chà tở
chà và
chà và ku
chà xát
chà đi xát lại
chà đạp
chài bài
chài khách
chài lưới
chàm châu đốc
chàm hương
chàm trẻ em
chàm vàm
chàng hiu
chàng hãng
chàng hảng
chàng làng
chàng màng
chàng màng thịt mỡ
chàng mạng
chàng ngưu ả chức
chàng ràng
chàng rể
chàng trai
chàng ảng
chành bành
chành choẹ
chành chành
chành chạnh
chành chọe
chành dồi
chào cờ
chào giá
chào hàng
chào hỏi
chào mào
chào mời
chào mừng
chào rơi
chào thưa
chào xáo
chào đón
chào đời
chào ồi
chàu bạu
chày cối
chày kình
chày sương
chày đứng
chác dữ mua hờn
chác lợi mua danh
chán bứ
chán chê
chán chê mê mỏi
chán chưa
chán chường
chán chết
chán ghét
chán mắt
chán mớ đời
chán ngán
chán ngấy
chán ngắt
chán ngắt chán ngơ
chán nản
chán phè
chán phèo
chán quá
chán sức
chán tai
chán vạn
chán ăn
chán đến mang tai
chán đến tận cổ
chán đời
chánh an
chánh chủ khảo
chánh cung
chánh hội
chánh lộ
chánh mỹ
chánh nghĩa
chánh phú hoà
chánh sứ
chánh trương
chánh tổng
chánh văn phòng
chánh án
cháo bẹ
cháo bồi
cháo canh
cháo hoa
cháo kê
cháo lá đa
cháo lão
cháo lòng
cháo lú
cháo quẩy
cháo rau
cháo thí
cháo ám
chát chúa
chát lè
chát ngấm
chát ngấm chát ngầm
chát xít
cháu chú cháu bác
cháu chắt
cháu dâu
cháu dì cháu già
cháu họ
cháu ngoại
cháu nhà
cháu nội
cháu ruột
cháu rể
cháu đích tôn
cháy bùng
cháy bỏng
cháy chợ
cháy cạnh
cháy lụi
cháy nắng
cháy ruột bầm gan
cháy ruột cháy gan
cháy rụm
cháy rực
cháy sém
cháy thành vạ lây
cháy trụi
cháy túi
cháy đen
châm biếm
châm bẩm
châm chích
châm chước
châm chọc
châm cứu
châm hương
châm ngôn
chân bì
chân bụng
chân chim
chân chiêm
chân châu
chân chính
chân chó
chân chúa
chân chạy
chân chất
chân chấu
chân chỉ
chân chỉ hạt bột
chân chữ bát
chân co chân duỗi
chân cường
chân cứng đá mềm
chân dung
chân giày chân dép
chân giá trị
chân gièy chân dép
chân giò
chân giò ngãng ra
chân giả
chân giả khó phân
chân gỗ
chân hàng
chân hán chân hài
chân hương
chân không
chân không bén đất
chân không học
chân không đế
chân khớp
chân kiềng
chân kính
chân le chân vịt
chân lí
chân lí khách quan
chân lí tuyệt đối
chân lí tương đối
chân lông
chân lý
chân lưng
chân lấm tay bùn
chân mày
chân mây
chân mây cuối trời
chân mây mặt bể
chân mây mặt nước
chân mạ
chân mộng
chân nhái
chân nhân
chân như
chân như ống sậy
chân như ống đồng
chân nhện
chân nâng
chân phương
chân què
chân quê
chân quì
chân quỳ
chân ruộng
chân răng
chân răng kẽ tóc
chân rết
chân son mình rỗi
chân sào
chân sóng
chân tay
chân tay rụng rời
chân thành
chân thân
chân thấp chân cao
chân thật
chân thực
chân trong
chân trong chân ngoài
chân truyền
chân trước chân sau
chân trắng
chân trời
chân trời góc biển
chân trời góc bể
chân trời mặt bể
chân tu
chân tài
chân tâm
chân tình
chân tính
chân tóc
chân tơ kẽ tóc
chân tướng
chân tượng
chân tẩy
chân voi
chân váy
chân vây
chân vòng kiềng
chân vạc
chân vị
chân vịt
chân xác
chân yếu tay mềm
chân ý
chân đi miệng đi
chân đi vòng kiềng
chân đất
chân đầu
chân đế
chân đều
chân đốt
chân đồng da sắt
chân đồng vai sắt
chân ướt chân ráo
châng hẩng
châu báu
châu bình
châu bính
châu can
châu chấu
châu chấu chống xe
châu chấu ma
châu chấu đá voi
châu chấu đá xe
châu chấu đấu voi
châu chấu đấu xe
châu dầu
châu giang
châu hoà
châu hoàn hợp phố
châu hoá
châu hưng
châu hạnh
châu hồng
châu hội
châu khánh
châu khê
châu kim
châu luỵ
châu lý
châu lăng
châu lệ
châu lị
châu lộc
châu lục
châu lụy
châu lỵ
châu mai
châu minh
châu mạ
châu mục
châu nga
châu ngọc
châu pha
châu phong
châu phê
châu phú
châu phú a
châu phú b
châu quang
châu quận
châu quế hạ
châu quế thượng
châu sa
châu sa vắn dài
châu sơn
châu thuận
châu thành
châu thái
châu thôn
châu thư đồng
châu thắng
châu thổ
châu thới
châu tiến
châu trần
châu uý
châu về hợp phố
châu điền
châu đáo
châu đình
châu đốc
châu đức
châu ổ
chây lười
chây ì
chão chuộc
chão chàng
chè bà cốt
chè bánh
chè búp
chè bạng
chè bạt sen
chè bồm
chè chén
chè con ong
chè cốm
chè củ mài
chè he
chè hoa cau
chè huế
chè hương
chè hạt
chè hạt lựu
chè hẻ
chè hột
chè kho
chè khoai
chè khô
chè lam
chè liên tử
chè long tỉnh
chè lá
chè móc câu
chè mạn
chè mốc cau
chè ngô
chè nhãn
chè nụ
chè sen
chè thái
chè trên cháo dưới
chè tàu
chè tươi
chè xanh
chè ô long
chè đen
chè đường
chè đậu ván
chè đậu đãi
chè đỗ đen
chèm bẹp
chèm nhèm
chèn bẩy
chèn lấn
chèn ngoẻn
chèn nhẹt
chèn ép
chèo bánh
chèo bẻo
chèo bẻo đánh quạ
chèo chẹo
chèo chống
chèo hoa
chèo kéo
chèo lái
chèo mũi
chèo ngọn
chèo nà
chèo phách
chèo queo
chèo quế
chèo sân đình
chèo vẻo
chèo đò
chèo đốc
chém bặp
chém cha
chém giết
chém mép
chém nhau đằng dọng
chém nhau đằng lưỡi
chém to kho mặn
chém vè
chén bạch định
chén chú chén anh
chén hà
chén hạt mít
chén kiểu
chén mắt trâu
chén mồi
chén mừng
chén ngọc đũa ngà
chén nung
chén quan hà
chén quân
chén quỳnh
chén thù chén tạc
chén thề
chén tạc chén thù
chén tống
chén vàng
chén đầy chén vơi
chén đồng
chéo chó
chéo cánh sẻ
chéo go
chéo khoeo
chéo khăn
chéo sưòn
chéo áo
chép chép
chép miệng
chép miệng chép môi
chép tay
chét tay
chét thèm chết nhạt
chê bai
chê chán
chê cơm
chê cười
chê trách
chê ỏng chê eo
chênh chênh
chênh chếch
chênh chỏng
chênh hênh
chênh lệch
chênh vênh
chêu nghêu
chì bì
chì chiết
chì than
chìa khoá
chìa khoá trao tay
chìa ngoáy
chìa tay
chìa vít
chìa vô
chìa vôi
chìa vặn
chìm cá rơi chim
chìm lỉm
chìm nghỉm
chìm ngập
chìm nổi
chìm xuồng
chìm đắm
chình ình
chí cao
chí cha chí chát
chí choé
chí chát
chí chí
chí chết
chí cà
chí công
chí công vô tư
chí cốt
chí hiếu
chí hoà
chí hướng
chí hồng
chí khê
chí khí
chí khổ
chí kì
chí linh
chí lí
chí minh
chí mạng
chí nguy
chí nguyện
chí nguyện quân
chí nhân
chí như
chí phải
chí sĩ
chí tang bồng
chí thiết
chí thiểu
chí thiện
chí thành
chí thánh
chí thân
chí thú
chí thảo
chí tiên
chí tuyến
chí tài
chí tái chí tam
chí tâm
chí tân
chí tình
chí tôn
chí tối
chí từ
chí tử
chí viễn
chí ác
chí ít
chí điểm
chí đám
chí đạo
chí ư
chích choè
chích chích
chích chích chi chi
chích thân
chích ảnh
chín bói
chín bệ
chín bỏ làm mười
chín châu mười mường
chín chắn
chín chữ cao sâu
chín chữ cù lao
chín cây
chín dừ
chín hồi
chín khúc
chín khúc tơ vò
chín muồi
chín mé
chín mòm
chín mòm mõm
chín mòn
chín mõm
chín nghìn
chín người mười làng
chín người mười ý
chín nhũn
chín nhớ mười thương
chín nhừ
chín nẫu
chín nắng mười mưa
chín nục
chín phương
chín quá hoá nẫu
chín rộ
chín rục
chín rữa
chín suối
chín sáp
chín sữa
chín tháng mười ngày
chín trùng
chín tầng mây
chín tới
chín vàng
chín ép
chín đụn mười trâu
chính ban
chính biến
chính bản
chính chuyên
chính cung
chính công
chính cương
chính cống
chính danh
chính diện
chính gián
chính giáo
chính giới
chính hiệu
chính học
chính khoa
chính khoá
chính khách
chính khí
chính khí ca
chính kiến
chính kịch
chính luận
chính lý
chính lệnh
chính lộ
chính mỹ
chính nghĩa
chính ngôi
chính ngôn
chính ngạch
chính ngọ
chính nhân quân tử
chính phương
chính phạm
chính phẩm
chính phủ
chính qui
chính qui hoá
chính quy
chính quy hoá
chính quyền
chính quả
chính quốc
chính sách
chính sách xã hội
chính sử
chính sự
chính tang
chính thất
chính thể
chính thị
chính thống
chính thống giáo
chính thức
chính thức hoá
chính truyền
chính trường
chính trị
chính trị gia
chính trị học
chính trị phạm
chính trị viên
chính trực
chính tà
chính tâm
chính tích
chính tông
chính tả
chính tẩm
chính tắc
chính tố
chính uỷ
chính văn
chính vụ
chính vụ viện
chính xác
chính yếu
chính âm
chính âm học
chính điện
chính đáng
chính đính
chính đại quang minh
chính đạo
chính đảng
chính đề
chíp chíp
chíp hôi
chít chít
chíu chít
chíu chíu
chò chỉ
chò hỏ
chò nâu
chò tía
chò vảy
chòi canh
chòi gác
chòi mòi
chòm chọp
chòm nhom
chòm sao
chòm xóm
chòng chành
chòng chọc
chòng ghẹo
chòng vòng
chòng ảnh
chó biển
chó bông
chó bể
chó chui gầm chạn
chó chê cứt nát
chó chạy đường cùng
chó chạy đường quai
chó chết
chó chết hết chuyện
chó chết hết cắn
chó càn cắn giậu
chó càn dứt giậu
chó cái
chó cái trốn con
chó có váy lĩnh
chó cùng cắn giậu
chó cùng dứt giậu
chó cùng rút giậu
chó cùng rứt giậu
chó cảnh
chó cậy gần nhà
chó cắn càn
chó cắn áo rách
chó cụp tai
chó dái
chó dại
chó dại cắn càn
chó ghẻ
chó gio
chó lài
chó lào
chó lửa
chó má
chó mèo
chó mặc váy lĩnh
chó mực
chó ngao
chó ngáp phải ruồi
chó ngó
chó ngồi bàn độc
chó ngộ
chó nhảy bàn độc
chó nhật
chó nóc
chó núi
chó nằm gầm chạn
chó rừng
chó sói
chó săn
chó săn chim mồi
chó sủa trăng
chó treo mèo đậy
chó tây
chó vàng
chó vá
chó vện
chó xù
chó xồm
chó ăn vụng bột
chó đen giữ mực
chó đá
chó đá vẫy đuôi
chó đái
chó đói
chó đẻ
chó đểu
chóc ngóc
chói chang
chói loà
chói lói
chói lọi
chói mắt
chói tai
chói óc
chóng chầy
chóng mặt
chóng vánh
chóp bu
chóp chài
chóp chép
chóp mao
chóp rễ
chót bót
chót chét
chót vót
chô mạ
chôm chôm
chôm chỉa
chôn chân
chôn chân tại chỗ
chôn chặt
chôn cất
chôn nhau cắt rốn
chôn rau cắt rốn
chôn sấp liệm ngửa
chôn sống
chôn sống dựng ngược
chôn vào lòng
chôn vào ruột
chôn vùi
chôn đứng dựng ngược
chông ba lá
chông chà
chông chênh
chông gai
chông mác
chõ miệng
chõ mồm
chõm choẹ
chõm chọe
chù lá phù lá
chùa chiền
chùa hang
chùa hương tích
chùa nát bụt vàng
chùa rách phật vàng
chùa đất phật vàng
chùi mép
chùm gởi
chùm gửi
chùm hum
chùm nhum
chùm ruột
chùm sáng
chùm tia
chùn bước
chùn chùn
chùn chũn
chùn chụt
chùn tay
chùng chiềng
chùng chình
chùng vụng
chú bé
chú chích
chú chích chú cược
chú cũng như cha
chú dượng
chú dẫn
chú em
chú giải
chú họ
chú mày
chú mình
chú mục
chú nó
chú ruột
chú rể
chú thích
chú tiểu
chú trọng
chú tâm
chú âm
chú ý
chúa chổm
chúa công
chúa cứu thế
chúa ngục
chúa nhà
chúa nhật
chúa sơn lâm
chúa thượng
chúa trời
chúa tàu nghe kèn
chúa tể
chúa xuân
chúa đất
chúc hạ
chúc mào
chúc mừng
chúc nguyền
chúc phúc
chúc sơn
chúc thư
chúc thọ
chúc tết
chúc tụng
chúc từ
chúi lái
chúi mũi
chúi mũi chúi mắt
chúi mũi chúi tai
chúi nhủi
chúi đầu
chúi đầu chúi mũi
chúm chím
chúng anh
chúng bay
chúng bạn
chúng cháu
chúng chị
chúng con
chúng em
chúng khẩu đồng từ
chúng mày
chúng mình
chúng nó
chúng sinh
chúng ta
chúng tao
chúng tôi
chúng tớ
chúng ông
chút chi
chút chít
chút dạ
chút e
chút nào
chút này
chút nữa
chút phận
chút phận bèo mây
chút riêng
chút thân
chút xíu
chút ít
chút đỉnh
chăm bón
chăm bẳm
chăm bẵm
chăm chú
chăm chúi
chăm chút
chăm chăm
chăm chắm
chăm chỉ
chăm hroi
chăm học
chăm lo
chăm làm
chăm mát
chăm nom
chăm pôông
chăm sóc
chăn chiên
chăn chiếu
chăn chắn
chăn cù
chăn dắt
chăn gối
chăn hoa đệm gấm
chăn loan gối phượng
chăn nuôi
chăn nuôi công nghiệp
chăn nưa
chăn sui
chăn thả
chăn tằm
chăn tằm hái dâu
chăn đơn
chăn đơn gối chiếc
chăng dây
chăng hay chớ
chăng là
chăng lưới
chăng nhẽ
chăng nữa
chăng tá
chĩa ba
chĩa mũi dùi
chĩnh chệ
chĩnh chệm
chĩnh chện
chũm choẹ
chũm chọe
chũn chĩn
chơ chỏng
chơ hơ
chơ vơ
chơi bời
chơi chua
chơi chòi
chơi chữ
chơi diều đứt dây
chơi gái
chơi hoa
chơi hoang
chơi khăm
chơi lê quên lựu
chơi ngang
chơi nghịch
chơi ngông
chơi nhau
chơi nhởi
chơi nhởn
chơi ong có độc
chơi phiếm
chơi rong
chơi rông
chơi rừng
chơi trèo
chơi trăng quên đèn
chơi trội
chơi vơi
chơi với lửa
chơi xuân
chơi xỏ
chơi ác
chơi đùa
chơi đểu
chơm chớp
chơm chởm
chơn chánh
chơn chớt
chơn thành
chư a thai
chư bà
chư drăng
chư gu
chư hmu
chư hreng
chư huynh
chư hầu
chư jor
chư krêy
chư long
chư mố
chư ngọc
chư ni
chư né
chư prông
chư păh
chư pả
chư quân
chư quân tử
chư rcăm
chư răng
chư sê
chư tupsa
chư ty
chư tăng
chư tướng
chư tử
chư vị
chư yang sin
chư á
chư ông
chư đăng ya
chưa biết chừng
chưa chi đã
chưa chút
chưa chết đã thối
chưa chừng
chưa giập miếng giầu
chưa hiểu ngô khoai
chưa hề
chưa lại hồn
chưa lại người
chưa nói đã cười
chưa ráo máu đầu
chưa ráo mực
chưa sạch hơi sữa
chưa sạch nước cản
chưa từng
chưa vỡ bọng cứt
chưng bày
chưng cách thuỷ
chưng cất
chưng diện
chưng hửng
chưng khô
chương chướng
chương cú
chương dương
chương dương độ
chương hướng
chương hồi
chương mỹ
chương trình
chương trình nghị sự
chương đài
chước lượng
chước quỉ mưu thần
chước quỷ mưu ma
chước quỷ mưu thần
chướng khí
chướng luỹ
chướng lũy
chướng mắt
chướng mắt ngang tai
chướng ngại
chướng ngại vật
chướng phè
chướng tai
chướng tai gai mắt
chướng độc
chưởng bạ
chưởng cơ
chưởng khế
chưởng lí
chưởng phủ sự
chưởng quản
chưởng văn
chưởng vệ
chưởng ấn
chạc chìu
chạc oạc
chạc đi tìm trâu
chạch bỏ giỏ cua
chạch chấu
chạch trong giỏ cua
chạch đồng
chạm bong
chạm chìm
chạm chờ
chạm cốc
chạm cữ
chạm khắc
chạm lòng
chạm lưới
chạm lộng
chạm mặt
chạm ngõ
chạm nọc
chạm nổi
chạm rồng trổ phượng
chạm súng
chạm thành
chạm trán
chạm trổ
chạm vía
chạm đất
chạng nạng
chạng vạng
chạnh buồn
chạnh lòng
chạnh niềm
chạnh thương
chạo rạo
chạp mả
chạp phô
chạy buồm xem gió
chạy buột
chạy bàn
chạy bán mạng
chạy bán xác
chạy bắn
chạy bữa
chạy chẳng khỏi trời
chạy chọt
chạy chợ
chạy chữa
chạy cong đuôi
chạy cuốc
chạy cuốn cờ
chạy cấn
chạy của
chạy dai sức
chạy dài
chạy giấy
chạy giặc
chạy giống bái công
chạy gạo
chạy gằn
chạy hiệu
chạy hậu
chạy lon ton
chạy long tóc gáy
chạy loạn
chạy làng
chạy lên trời
chạy lên đàng trời
chạy lên đường trời
chạy lại
chạy mánh
chạy máy
chạy mả
chạy ngược chạy xuôi
chạy nhăng
chạy như bay
chạy như chó dái
chạy như chạy loạn
chạy như con thoi
chạy như ma đuổi
chạy như mắc cửi
chạy như ngựa
chạy như ngựa vía
chạy như vịt
chạy như đèn cù
chạy nhảy
chạy nhổng
chạy nọc
chạy qua hàng
chạy quanh
chạy quẩng
chạy re
chạy re cờ
chạy rà
chạy rông
chạy rống bái công
chạy sô
chạy sấp chạy ngửa
chạy tang
chạy theo
chạy thi
chạy thoát
chạy thầy
chạy thầy chạy thuốc
chạy thầy chạy thợ
chạy thục mạng
chạy tiếp sức
chạy tiền
chạy toé khói
chạy trạm
chạy trốn
chạy tội
chạy việc
chạy việt dã
chạy vát
chạy vèo
chạy vạy
chạy vụt
chạy xoạc móng heo
chạy xổ ra
chạy xợp đầu
chạy ùa
chạy ăn
chạy điện
chạy đua
chạy đua vũ trang
chạy đà
chạy đàn
chạy đô chạy đáo
chạy đôn chạy đáo
chạy đằng giời
chạy đằng trời
chạồm mặt
chả bõ
chả bù
chả chay
chả chìa
chả chó
chả chóng thì chầy
chả chớt
chả cuốn
chả cá
chả cốm
chả giò
chả hạn
chả là
chả lẽ
chả lụa
chả mực
chả nướng
chả quế
chả rán
chả rươi
chả trách
chả viên
chả đùm
chải bồng
chải chuốt
chải gió gội mưa
chảng vảng
chảnh hoảnh
chảo chớp
chảo quai vạc
chảo đụn
chảu bảu
chảu môi chảu mỏ
chảy chất xám
chảy máu
chảy máu cam
chảy máu dạ dày
chảy máu mắt
chảy máu não
chảy máu vàng
chảy như thác
chảy rữa
chảy thây
chảy xiết
chảy đất
chấm bài
chấm chấm
chấm câu
chấm công
chấm dôi
chấm dứt
chấm hết
chấm hỏi
chấm lửng
chấm mút
chấm phá
chấm phác
chấm phạt đền
chấm phảy
chấm phần
chấm phẩy
chấm phết
chấm quyển
chấm sáng
chấm than
chấm thi
chấm trường
chấm đen
chấm điểm
chấm ảnh
chấn chỉnh
chấn hưng
chấn lưu
chấn phát
chấn song
chấn thương
chấn thương học
chấn thịnh
chấn tiêu
chấn tâm
chấn tử
chấn động
chấp bút
chấp bậc
chấp cha chấp chới
chấp chi nhặt nhạnh
chấp chiếm
chấp chiếu
chấp chiểu
chấp choá
chấp choáng
chấp chính
chấp chưởng
chấp chới
chấp chứa
chấp dịch
chấp hiệu
chấp hành
chấp kinh
chấp kinh tòng quyền
chấp lễ
chấp lệnh
chấp mối lương duyên
chấp nhất
chấp nhận
chấp nhận hàng
chấp nhặt
chấp nê
chấp nệ
chấp pháp
chấp phất
chấp sự
chấp thuận
chấp trách
chấp uy
chấp uỷ
chấp đơn
chất bán dẫn
chất béo
chất bình
chất bôi trơn
chất bốc
chất bổ
chất bột
chất cha chất chưởng
chất chà chất chưởng
chất cháy
chất chính
chất chưởng
chất chỉ thị
chất chồng
chất chứa
chất dẻo
chất hữu cơ
chất keo
chất khoáng
chất khí
chất khử
chất kết dính
chất kết tinh
chất liệu
chất lưu
chất lượng
chất lỏng
chất men
chất nguyên sinh
chất ngất
chất nhiễm sắc
chất như núi
chất nhớt
chất nổ
chất phác
chất phóng xạ
chất phụ gia
chất rắn
chất siêu dẫn
chất thơm
chất thải
chất thực
chất tạo bọt
chất tẩy rửa
chất vô cơ
chất vấn
chất xám
chất xúc tác
chất điểm
chất đạm
chất đệm
chất đống
chất đốt
chất đồng vị
chất độc
chấy rận
chấy rận như sung
chầm bập
chầm chậm
chầm chập
chầm vập
chần chẫn
chần chờ
chần chừ
chầu chẫu
chầu chực
chầu diêm vương
chầu hát
chầu hầu
chầu hẫu
chầu mồm
chầu phật
chầu rìa
chầu trời
chầu tổ
chầu văn
chầu ông vải
chầy bửa
chầy chật
chẩm cầm
chẩn bần
chẩn bệnh
chẩn cấp
chẩn cứu
chẩn lệnh
chẩn mạch
chẩn phát
chẩn trị
chẩn tế
chẩn đoán
chẩn đoán học
chẫu chuộc
chẫu chàng
chậc lưỡi
chậm bước
chậm chà chậm chạp
chậm chân
chậm chạp
chậm chậm
chậm còn hơn không
chậm lại
chậm lụt
chậm mồm chậm miệng
chậm như rùa
chậm như sên
chậm nhất là
chậm phát triển
chậm rãi
chậm rì
chậm rì rì
chậm tiến
chậm trễ
chậm đông
chận đầu chận đuôi
chập cheng
chập choạng
chập chà chập choạng
chập chà chập chồng
chập chà chập chờn
chập chùng
chập chồng
chập chờn
chập chừng
chập chững
chập mạch
chập tối
chật chà chật chưỡng
chật chưỡng
chật chội
chật cứng
chật hẹp
chật lèn
chật như nêm
chật như nêm cối
chật ních
chật nứt
chật vật
chậu cảnh
chậu giặt
chậu hoa
chậu pha pát chay
chậu thau
chắc bằng
chắc bụng
chắc chân
chắc chắn
chắc dạ
chắc gì
chắc hẳn
chắc là
chắc lép
chắc mẩm
chắc mỏm
chắc như cua gạch
chắc như gạch
chắc nịch
chắc quá hoá lép
chắc tay
chắc xanh
chắc ăn
chắn bóng
chắn bùn
chắn cạ
chắn ngang
chắn song
chắn trước rào sau
chắn xích
chắp chi nhặt nhạnh
chắp chảnh
chắp cánh
chắp cánh cao bay
chắp cánh liền cành
chắp dính
chắp mối
chắp mối chỉ hồng
chắp mối duyên lành
chắp mối dây tơ
chắp mối tơ duyên
chắp mối xích thằng
chắp nhặt
chắp nối
chắp tay
chắp vá
chắt bóp
chắt chiu
chắt chiu nhặt nhạnh
chắt lót
chắt lọc
chắt mót
chằm bằm
chằm bẳm
chằm bặp
chằm chằm
chằm chặp
chằm vằm
chằn chặn
chằn tinh
chằng buộc
chằng bửa
chằng chuộc
chằng chéo
chằng chằng
chằng chịt
chằng chọ
chằng chớ
chằng cò
chẳng ai
chẳng bao giờ
chẳng bao lâu
chẳng bao lâu nữa
chẳng bõ
chẳng bõ bèn gì
chẳng bù
chẳng bằng
chẳng chi
chẳng chuộc
chẳng chóng thì chầy
chẳng chút
chẳng cần
chẳng cứ
chẳng dè
chẳng dưng
chẳng dần mà đau
chẳng gì
chẳng hoá ra
chẳng hạn
chẳng hề
chẳng hề chi
chẳng hề gì
chẳng hề hấn gì
chẳng khứng
chẳng kẻo
chẳng là
chẳng lẽ
chẳng lọ
chẳng may
chẳng mùi gì
chẳng mấy
chẳng mấy chốc
chẳng mấy khi
chẳng mấy nỗi
chẳng ngoa
chẳng ngơi tay
chẳng ngờ
chẳng nhẽ
chẳng những
chẳng nói chẳng rằng
chẳng nước gì
chẳng nước non gì
chẳng nề
chẳng nữa
chẳng qua
chẳng quản
chẳng ra gì
chẳng sao
chẳng thà
chẳng thấm vào đâu
chẳng trách
chẳng vẻ thay
chẳng vừa
chẳng xong
chẳng ăn ai
chẳng đâu vào đâu
chẳng đẻ chẳng thương
chẳng đội trời chung
chẳng đừng
chẵn lẻ
chẵn mưa thừa nắng
chẵn đôi
chặc lưỡi
chặc lưỡỉ
chặn bóng
chặn giấy
chặn hậu
chặn họng
chặn tay
chặn đánh
chặn đường
chặn đầu
chặn đầu chặn đuôi
chặn đứng
chặng đường
chặp tối
chặt chẽ
chặt chịa
chặt cụt
chặt cứng
chặt hạ
chặt khúc
chặt ngọn
chặt như nêm
chặt phá
chặt tay
chặt to kho nhừ
chặt xiềng
chẹn cổ
chẹn hầu chẹn họng
chẹn họng
chẹn đường
chẹp bẹp
chẹt cổ
chẹt cổ bóp hầu
chẻ cổ
chẻ hoe
chẻ tre
chẻ tre nghe gióng
chẻ vỏ
chẻ xác
chẻ đôi sợi tóc
chẻm bẻm
chẻn hoẻn
chẻo lẻo
chẻo miệng
chẻo mép
chế biến
chế bản
chế cu nha
chế dục
chế giễu
chế hoá
chế khoa
chế liệu
chế là
chế ngự
chế nhạo
chế pháp
chế phẩm
chế phục
chế thắng
chế tài
chế tác
chế tạo
chế tạo máy
chế xuất
chế áp
chế định
chế độ
chế độ chuyên chế
chế độ công hữu
chế độ cộng hoà
chế độ dân chủ
chế độ gia trưởng
chế độ hai viện
chế độ lưỡng viện
chế độ một viện
chế độ ngoại hôn
chế độ nông nô
chế độ phong kiến
chế độ quân chủ
chế độ quần hôn
chế độ sở hữu
chế độ thủ trưởng
chế độ tiền tệ
chế độ tư bản
chế độ tư hữu
chế độ tạp hôn
chế độ đa phu
chế độ đa thê
chế độ đại nghị
chế ước
chếch chếch
chếch lệch
chếch mác
chếch mếch
chếnh choáng
chết băm chết vằm
chết bỏ đời
chết bờ chết bụi
chết cay chết đắng
chết cha
chết chém
chết chìm
chết chóc
chết chùm
chết chưa
chết chẹt
chết chết
chết chửa
chết cóng
chết cười
chết cả nút
chết cả đống
chết cỏng
chết cứng
chết dần chết mòn
chết dở
chết dở sống dở
chết già
chết giả
chết giấc
chết giẫm
chết gí
chết hụt
chết khiếp
chết khát
chết khô
chết không kịp kêu
chết không kịp ngáp
chết không kịp trối
chết không nhắm mắt
chết lên chết xuống
chết lăn như rạ
chết lần chết mòn
chết mê
chết mê chết mệt
chết mòn
chết mòn chết dần
chết mòn chết mỏi
chết mất ngáp
chết mất xác
chết mệt
chết mồ
chết ngoẻo củ từ
chết ngóm
chết người
chết ngạt
chết ngất
chết ngốt
chết nhăn răng
chết như ngả rạ
chết như rạ
chết như sung rụng
chết non
chết não
chết nết không chừa
chết nổi chết chìm
chết nỗi
chết nứt chết trương
chết nửa đời người
chết oan
chết rũ
chết rũ xương
chết rấp
chết rục xương
chết sặc gạch
chết sống
chết sớm
chết thiêu
chết thèm chết khát
chết thèm chết nhạt
chết thật
chết thẳng cẳng
chết tiền
chết tiệt
chết toi
chết trôi
chết trương
chết trương chết nứt
chết tươi
chết tử
chết tử chết tiệt
chết xác
chết yểu
chết đi sống lại
chết điếng
chết đuối
chết đuối trên cạn
chết đuối đọi đèn
chết đâm
chết đòn
chết đói
chết đói chết khát
chết đói nhăn răng
chết đói như rạ
chết đường chết chợ
chết đường chết sá
chết đầu nước
chết đắm
chết đắng chết cay
chết đứ đừ
chết đứng
chề chà
chề chề
chềm chễm
chềm chệp
chềnh ềnh
chểnh choảng
chểnh mảng
chễm chệ
chễm chện
chễnh chện
chệch choạc
chệnh choạng
chỉ buộc chân voi
chỉ báo
chỉ bảo
chỉ bộp
chỉ châm
chỉ chực
chỉ có
chỉ cần
chỉ dẫn
chỉ dụ
chỉ giáo
chỉ giới
chỉ huy
chỉ huy dàn nhạc
chỉ huy phó
chỉ huy sở
chỉ huy trưởng
chỉ huyết
chỉ hươu chỉ vượn
chỉ hồng
chỉ lệnh
chỉ lối đưa đường
chỉ mảnh tơ mành
chỉ mặt gọi tên
chỉ mặt vạch trán
chỉ mặt vạch tên
chỉ mặt đặt tên
chỉ mỗi tội
chỉ mộc
chỉ nam
chỉ ngũ sắc
chỉ nhị
chỉ non thề biển
chỉ non thề bể
chỉ núi thề non
chỉ núi thề sông
chỉ nẻo đưa đường
chỉ số
chỉ số hiđro
chỉ số hoá
chỉ sống
chỉ sợi
chỉ tay
chỉ tay day trán
chỉ tay năm ngón
chỉ thiên
chỉ thư
chỉ thắm
chỉ thị
chỉ thị màu
chỉ thống
chỉ thực
chỉ tiêu
chỉ trán vạch tên
chỉ trích
chỉ trỏ
chỉ trời vạch đất
chỉ tên vạch mặt
chỉ tơ
chỉ tấn tơ tần
chỉ tệ
chỉ tổ
chỉ tội
chỉ vì
chỉ vẽ
chỉ xác
chỉ điểm
chỉ đâu đánh đó
chỉ đâu đánh đấy
chỉ đường dẫn lối
chỉ đường mách nẻo
chỉ đường vạch lối
chỉ đường vẽ lối
chỉ đạo
chỉ định
chỉn chu
chỉn e
chỉn ghê
chỉn khôn
chỉnh bị
chỉnh chệ
chỉnh hiện
chỉnh huấn
chỉnh hình
chỉnh hợp
chỉnh lí
chỉnh lý
chỉnh lưu
chỉnh nghi
chỉnh phong
chỉnh phân
chỉnh quân
chỉnh thể
chỉnh trang
chỉnh trị
chỉnh tâm
chỉnh tề
chỉnh đảng
chỉnh đốn
chị bị hột vừng
chị chàng
chị chồng
chị dâu
chị em
chị em dâu
chị em gái
chị gái
chị hằng
chị ngã em nâng
chị nuôi
chị ả
chịu báng
chịu bão
chịu bản
chịu chuyện
chịu chày chịu cối
chịu chơi
chịu chết
chịu chức
chịu cứng
chịu cực
chịu hàng
chịu khó
chịu khó chịu thương
chịu khổ
chịu luỵ
chịu lãi
chịu lép
chịu lép một bề
chịu lễ
chịu lỗ
chịu lỗi
chịu lời
chịu lụy
chịu lửa
chịu một phép
chịu nhiệt
chịu nhịn
chịu non
chịu nước lép
chịu phép
chịu sào
chịu tang
chịu tho
chịu thua
chịu thuốc
chịu thương chịu khó
chịu tiếng
chịu trận
chịu trống
chịu tải
chịu tốt
chịu tội
chịu ép một bề
chịu ăn
chịu đen
chịu đòn
chịu đực
chịu đựng
chịu ơn
chọc chạch
chọc gan
chọc ghẹo
chọc giời khuấy nước
chọc gậy bánh xe
chọc gậy xuống nước
chọc hút
chọc léc
chọc lét
chọc nách
chọc quê
chọc thủng
chọc tiết
chọc trời
chọc trời khuấy nước
chọc tức
chọi gà
chọn canh kén cá
chọn lọc
chọn lọc nhân tạo
chọn lọc tự nhiên
chọn lựa
chọn mặt gửi của
chọn mặt gửi vàng
chọn ngày
chọn người
chọn người gửi của
chọn phối
chọn đá thử vàng
chỏm cầu
chỏn hỏn
chỏn lỏn
chỏng chơ
chỏng gọng
chỏng kềnh
chỏng lỏn
chỏng vó
chốc chốc
chốc lát
chốc lở
chốc mép
chốc mòng
chốc nữa
chốc đà
chốc đầu
chối bai bải
chối bay
chối bay chối biến
chối băng
chối bỏ
chối cãi
chối kệ
chối lời
chối quanh
chối sống chối chết
chối tai
chối từ
chối xác
chối đây đẩy
chốn bụi hồng
chống báng
chống chèo
chống chế
chống chếnh
chống chọi
chống chỏi
chống càn
chống cãi
chống cự
chống giáo hội
chống gậy
chống gỉ
chống gối quá tai
chống hao
chống hạn
chống lao
chống lò
chống lại
chống ma sát
chống nhiễm khuẩn
chống nhiễu
chống nôn
chống nạng
chống nạnh
chống nẹ
chống phá
chống rường
chống sét
chống tay
chống trả
chống tên lửa
chống tăng
chống uốn ván
chống va
chống viêm
chống án
chống úng
chống đau
chống đông
chống đũa
chống đảng
chống đối
chống đỡ
chống ẩm
chống ồn
chốt giữ
chồi ghép
chồi gốc
chồi mầm
chồi quế
chồi rễ
chồi sương
chồi tái sinh
chồi đót
chồm chỗm
chồm chộp
chồm dậy
chồm hổm
chồm hỗm
chồn bay
chồn bông lau
chồn bạc má
chồn chân
chồn chân mỏi gối
chồn hôi
chồn lòng
chồn mướp
chồn mực
chồn ngận hương
chồn đèn
chồng bắc vợ nam
chồng cha vợ mẹ
chồng cheo vợ cưới
chồng chung vợ chạ
chồng chéo
chồng chúa vợ tôi
chồng chưa cưới
chồng chả vợ nem
chồng chất
chồng chắp vợ nối
chồng chềnh
chồng con
chồng cưới vợ cheo
chồng diêm
chồng hoà vợ thuận
chồng họ
chồng khít
chồng khôn vợ ngoan
chồng loan vợ phượng
chồng ma vợ quỉ
chồng ma vợ quỷ
chồng ngồng
chồng theo vợ đuổi
chồng tới vợ lui
chồng xướng vợ theo
chồng đôi vợ ba
chồng đông vợ đoài
chồng đường vợ sá
chồng đống
chổi chà
chổi cùn
chổi cùn rế rách
chổi cùng giẻ rách
chổi cọ
chổi góp
chổi lông
chổi lúa
chổi rễ
chổi sể
chổi tre
chổi đót
chổng bò
chổng chơ
chổng chểnh
chổng cẳng
chổng gọng
chổng kềnh
chổng lái
chổng mông
chổng mũi
chổng phao câu
chổng tĩ
chổng vó
chỗ dựa
chỗ hiểm
chỗ ngồi
chỗ phạm
chỗ quang
chỗ trống
chỗ ăn chốn nằm
chỗ ăn chỗ ở
chỗ đội nón
chỗ đứng
chỗ ở
chộn rộn
chộp choạp
chộp chộp
chột dạ
chột ý
chớ bộ
chớ chi
chớ chẩn
chớ chết
chớ có trách
chớ gì
chớ gì nữa
chớ hòng
chớ hề
chớ khá
chớ kệ
chớ thây
chớ đừng
chới với
chớm chở
chớm nở
chớp bóng
chớp bể mưa nguồn
chớp chới
chớp chớp
chớp mắt
chớp mắt bỏ qua
chớp nhoáng
chớp nhoáng đảo nhoàng
chớp nháo đổ nhào
chớp ảnh
chớt chát
chớt nhả
chờ chực
chờ mong
chờ mòn cả mắt
chờ mỏi cả mắt
chờ thời
chờ đến mục thất
chờ đỏ cả mắt
chờ đợi
chờm bơm
chờm bờm
chờn chợn
chờn vờn
chở che
chở củi về rừng
chở đò
chợ búa
chợ chiều
chợ chu
chợ chùa
chợ cóc
chợ giời
chợ gạo
chợ hôm
chợ lách
chợ lầu
chợ mới
chợ người
chợ nổi
chợ phiên
chợ rã
chợ trưa
chợ trời
chợ vàm
chợ xanh
chợ đen
chợ điền
chợ đuổi
chợ đã về chiều
chợ đông đồng vắng
chợ đồn
chợp chờn
chợp mắt
chợp ngủ
chục có đầu
chụm chân
chụm năm chụm ba
chụm đầu
chụp bóng
chụp giật
chụp giựt
chụp hình
chụp mũ
chụp điện
chụp đèn
chụp đìa
chụp ảnh
chụp ếch
chụt chà chụt chịt
chụt chịt
chủ biên
chủ bài
chủ bút
chủ chiến
chủ chốt
chủ chứa
chủ công
chủ hoà
chủ hôn
chủ hộ
chủ kho
chủ khảo
chủ kiến
chủ lưu
chủ lễ
chủ lực
chủ lực quân
chủ mưu
chủ nghĩa
chủ nghĩa anh hùng
chủ nghĩa apacthai
chủ nghĩa bi quan
chủ nghĩa biểu cảm
chủ nghĩa biểu hiện
chủ nghĩa biệt phái
chủ nghĩa bonsevich
chủ nghĩa bành trướng
chủ nghĩa bá quyền
chủ nghĩa bình quân
chủ nghĩa bảo thủ
chủ nghĩa chủ quan
chủ nghĩa chủng tộc
chủ nghĩa cá nhân
chủ nghĩa công năng
chủ nghĩa công đoàn
chủ nghĩa cơ hội
chủ nghĩa cải lương
chủ nghĩa cấp tiến
chủ nghĩa cấu trúc
chủ nghĩa cổ điển
chủ nghĩa cộng sản
chủ nghĩa dada
chủ nghĩa duy cảm
chủ nghĩa duy danh
chủ nghĩa duy linh
chủ nghĩa duy lí
chủ nghĩa duy lý
chủ nghĩa duy mĩ
chủ nghĩa duy ngã
chủ nghĩa duy năng
chủ nghĩa duy tâm
chủ nghĩa duy vật
chủ nghĩa dân tuý
chủ nghĩa dân tộc
chủ nghĩa fatxit
chủ nghĩa giáo điều
chủ nghĩa hiện sinh
chủ nghĩa hiện thực
chủ nghĩa hiện tượng
chủ nghĩa hiện đại
chủ nghĩa hoà bình
chủ nghĩa hoài nghi
chủ nghĩa huyền bí
chủ nghĩa hành vi
chủ nghĩa hình thức
chủ nghĩa hư vô
chủ nghĩa khoái lạc
chủ nghĩa khách quan
chủ nghĩa khắc kỉ
chủ nghĩa khổ hạnh
chủ nghĩa kinh nghiệm
chủ nghĩa kinh viện
chủ nghĩa lenin
chủ nghĩa lãng mạn
chủ nghĩa lập thể
chủ nghĩa marx
chủ nghĩa mác
chủ nghĩa nghiệp đoàn
chủ nghĩa ngu dân
chủ nghĩa nhân bản
chủ nghĩa nhân văn
chủ nghĩa nhân vị
chủ nghĩa nhân đạo
chủ nghĩa phát xít
chủ nghĩa quan liêu
chủ nghĩa quân phiệt
chủ nghĩa quốc gia
chủ nghĩa quốc tế
chủ nghĩa quốc xã
chủ nghĩa sinh học
chủ nghĩa sinh tồn
chủ nghĩa sion
chủ nghĩa siêu thực
chủ nghĩa sôvanh
chủ nghĩa tam dân
chủ nghĩa thuần tuý
chủ nghĩa thần bí
chủ nghĩa thế giới
chủ nghĩa thực chứng
chủ nghĩa thực dân
chủ nghĩa thực dụng
chủ nghĩa triết chung
chủ nghĩa trọng thương
chủ nghĩa trực giác
chủ nghĩa tình cảm
chủ nghĩa tư bản
chủ nghĩa tương đối
chủ nghĩa tượng trưng
chủ nghĩa tả chân
chủ nghĩa tập thể
chủ nghĩa tự do
chủ nghĩa tự nhiên
chủ nghĩa vô thần
chủ nghĩa vị kỉ
chủ nghĩa vị lai
chủ nghĩa vị lộc
chủ nghĩa vị lợi
chủ nghĩa vị tha
chủ nghĩa xã hội
chủ nghĩa xét lại
chủ nghĩa yêu nước
chủ nghĩa đa đa
chủ nghĩa đađa
chủ nghĩa đế quốc
chủ nghĩa ấn tượng
chủ ngữ
chủ nhiệm
chủ nhà
chủ nhân
chủ nhân ông
chủ nhật
chủ não
chủ nô
chủ nợ
chủ phạm
chủ quan
chủ quyền
chủ quán
chủ quản
chủ soái
chủ suý
chủ sở hữu
chủ sự
chủ tang
chủ thầu
chủ thể
chủ tiệc
chủ toạ
chủ trì
chủ trí
chủ trương
chủ trị
chủ tài khoản
chủ tâm
chủ tướng
chủ tế
chủ tể
chủ tỉnh
chủ tịch
chủ tịch đoàn
chủ tố
chủ từ
chủ xướng
chủ xị
chủ yếu
chủ âm
chủ ý
chủ điền
chủ điểm
chủ đích
chủ đạo
chủ đề
chủ định
chủ động
chủn ngủn
chủng bào
chủng chá
chủng chẳng
chủng hệ
chủng loại
chủng sinh
chủng tộc
chủng tộc chủ nghĩa
chủng viện
chủng đậu
chứ gì
chứ lại
chứ lị
chứ như
chứ sao
chứa chan
chứa chấp
chứa chất
chứa gá
chứa thổ đổ hồ
chứa trọ
chứa đựng
chức danh
chức dịch
chức nghiệp
chức năng
chức phẩm
chức phận
chức quyền
chức sắc
chức sự
chức trách
chức trọng quyền cao
chức tước
chức việc
chức vị
chức vụ
chứng bệnh
chứng chỉ
chứng cớ
chứng cứ
chứng duyệt
chứng dẫn
chứng giám
chứng giải
chứng khoán
chứng kiến
chứng lí
chứng minh
chứng minh thư
chứng nghiệm
chứng nhân
chứng nhận
chứng nào tật ấy
chứng phiếu
chứng quả
chứng thư
chứng thực
chứng tri
chứng tá
chứng tích
chứng tật
chứng tỏ
chứng từ
chừ bự
chừa bỏ
chừa mặt
chừng mực
chừng như
chừng nào
chừng đó
chừng đỗi
chừng độ
chừng ấy
chửa biết chừng
chửa buộm
chửa con so
chửa hoang
chửa là cửa mả
chửa ngoài dạ con
chửa trâu
chửa trứng
chửi bóng chửi gió
chửi bới
chửi chó chửi mèo
chửi chó mắng mèo
chửi chữ
chửi cạnh chửi khoé
chửi lên mắng xuống
chửi lắm mỏi mồm
chửi lắm nghe nhiều
chửi lộn
chửi mèo mắng chó
chửi mèo quèo chó
chửi mắng
chửi như hát hay
chửi như mất gà
chửi như tát nước
chửi như vặt thịt
chửi như ó
chửi rủa
chửi thề
chửi trùm chửi lợp
chửi tưới
chửi tưới hột sen
chửi xiên chửi xéo
chửi xỏ
chửi đổng
chữ bát
chữ chi
chữ chi là cò
chữ chân
chữ con
chữ cái
chữ gothic
chữ gô tích
chữ hiếu
chữ hoa
chữ hán
chữ i chữ tờ
chữ in
chữ kí
chữ lỏng
chữ môn
chữ nghiêng
chữ nghĩa
chữ ngoáy
chữ ngũ
chữ ngả
chữ nho
chữ nhân
chữ như cua bò
chữ như gà bới
chữ như trấu trát
chữ nhất bẻ đôi
chữ nhật
chữ nôm
chữ nổi
chữ quốc ngữ
chữ rông
chữ rời
chữ số
chữ số a rập
chữ số la mã
chữ số thập phân
chữ số ả rập
chữ thảo
chữ thầy trả thầy
chữ thập
chữ thập ngoặc
chữ thập đỏ
chữ triện
chữ trung
chữ tây
chữ tình
chữ tín
chữ tòng
chữ tốt văn hay
chữ viết
chữ viết ghi âm
chữ viết ghi ý
chữ vạn
chữ đinh
chữ điền
chữ đệm
chữ đồng
chữa bệnh
chữa cháy
chữa chạy
chữa dép ruộng dưa
chữa dép vườn dưa
chữa thuổc
chữa thẹn
chữa trị
chững chàng
chững chạc
chực hờ
chực tiết
clinke ximăng
clinker ximăng
clo rua
co bóp
co co cỏm cỏm
co cóp
co cúm
co cẳng
co cỏm
co cụm
co cứng
co dãn
co dúm
co giãn
co giật
co gân
co hẹp
co khít
co kéo
co lại
co mình
co mạ
co quắm
co quắp
co ro
co rúm
co rút
co thắt
co thủ
co tòng
co vòi
coi bộ
coi chừng
coi gió bỏ buồm
coi giời bằng vung
coi hát
coi hướng
coi khinh
coi mèo vẽ hổ
coi mòi
coi mắt
coi mặt đặt tên
coi ngày
coi ngó
coi người như mẻ
coi như
coi nhẹ
coi quẻ
coi rẻ
coi sóc
coi tay
coi thường
coi trọng
coi trời bằng vung
coi được
com lê
com măng đô
com pa
com rom
con buôn
con bài
con bá con dì
con bé
con bạc
con bận con mọn
con bế con bồng
con bế con dắt
con bệnh
con bọ
con bồi
con bồng con mang
con cha cháu ông
con chiên
con chiên ghẻ
con chuột
con chàng
con cháu
con chú con bác
con chạch
con chạy
con chấy cắn đôi
con chồng
con con
con cuông
con cà con kê
con cá lá rau
con cái
con cò
con cón
con cô con cậu
con côi
con côi vợ goá
con công cái bán
con công đệ tử
con cúi
con cưng
con cả
con cờ
con dao hai lưỡi
con dâu
con dì con già
con dòng
con dòng cháu dõi
con dòng cháu giống
con dạ
con dại
con dại cái mang
con dấu
con dắt con bế
con em
con ghẻ
con giai
con giai con đứa
con giấm
con giống
con gái
con gái chấy rận
con gái con lứa
con gái con đứa
con gái cái bòn
con gái có thì
con gái rượu
con gạnh
con heo
con hiền dâu thảo
con hoang
con hát
con hầu
con học thóc vay
con hồng cháu lạc
con kha
con khăng
con khẳng
con lon con chày
con lăn
con lươn
con lắc
con lộ
con ma
con mang
con mày con nuôi
con mái
con mắt
con mắt lá răm
con mắt tinh đời
con mẹ
con mọn
con mống sống mang
con mống trống mang
con một
con một cháu bầy
con mụ
con nghiện
con ngoài giá thú
con ngươi
con ngươí
con người
con ngựa
con nhiều của
con nhà
con nhà lính
con nhà thi lễ
con nhài
con nhỏ
con nuôi
con nít
con nước
con nắm con dắt
con nối cha truyền
con nợ
con nụ
con ong cái kiến
con phe
con quay
con ranh
con ranh con lộn
con riêng
con rơi
con rạ
con rể
con rối
con rồng cháu tiên
con sa
con sen
con so
con suốt
con sào
con sâu cái kiến
con sông
con số
con sợi
con thoi
con thơ
con thơ vợ dại
con thịt
con thứ
con thừa tự
con tim
con tin
con tiên cháu rồng
con toán
con trai
con trai con đứa
con trưởng
con trưởng nam
con trượt
con trạch
con trẻ
con trỏ
con trốt
con tàu
con tính
con tông gà nòi
con tạo
con tạo xoay vần
con ve
con voi
con vua cháu chúa
con vồ
con vụ
con xe
con xe con pháo
con xỏ
con át
con én đưa thoi
con ông cháu cha
con út
con ăn hết nhịn
con đen
con điếm
con đàn
con đàn cháu lũ
con đàn cháu đống
con đàn con lũ
con đàn con đống
con đò
con đòi
con đúm
con đĩ
con đĩ thập thành
con đĩ đánh bồng
con đường
con đầm
con đầu
con đầu cháu sớm
con đầu lòng
con đẻ
con đỏ
con độc cháu đàn
con đội
con đỡ đầu
con đực
con ở
cong cong
cong cóc
cong cớn
cong lưng
cong như vỏ đỗ
cong queo
cong quẹo
cong tớn
cong veo
cong vòng
cong vút
cong vắt
cong vều
cong đuôi
cour đăng
cra vát
cu cu
cu cu đất
cu cũ
cu cườm
cu cậu
cu gáy
cu gạch
cu gấm
cu gầm ghì
cu gầm ghề
cu li
cu li cu leo
cu luồng
cu lít
cu lửa
cu ngói
cu sen
cu xanh
cu đơ
cu đất
cua biển
cua bấy
cua bể
cua dẽ
cua gạch
cua lột
cua máy cáy đào
cua nhện
cua nước
cua nướng ốc lùi
cua thịt
cua trong giỏ
cua ép
cua óp
cua đinh
cua đá
cua đồng
cui cút
cum cúp
cun cút
cun củn
cun pheo
cung bậc
cung chiêm
cung chiêu
cung chiều
cung chúc
cung chúc tân xuân
cung chức
cung cách
cung cúc
cung cấm
cung cấp
cung cầm
cung cầu
cung dưỡng
cung hiến
cung hoàn
cung hạ
cung hỉ
cung khai
cung khuyết
cung kiếm
cung kéo
cung kính
cung long
cung lượng giác
cung miếu
cung mây
cung mê
cung môn
cung nga
cung nga thể nữ
cung nguyệt
cung nhân
cung nữ
cung oán
cung phi
cung phản xạ
cung phụng
cung quăng
cung quảng
cung quế
cung răng
cung thang
cung thiếu nhi
cung thiếu niên
cung thiềm
cung thánh
cung thương
cung thất
cung thỉnh
cung tiêu
cung tiến
cung tiễn
cung tròn
cung trăng
cung tên
cung tần
cung tần mỹ nữ
cung văn
cung văn hoá
cung xưng
cung đao
cung điện
cung đàn
cung đình
cung đốn
cung độ
cung ứng
cuôr knia
cuốc bàn
cuốc bướm
cuốc bẫm cày sâu
cuốc bộ
cuốc chim
cuốc chét
cuốc chĩa
cuốc tây
cuốc vào mặt
cuốc xe
cuốc xới
cuối cùng
cuối hạ
cuối mặt đầu mày
cuối thớt đầu dao
cuối tuần
cuối đất cùng trời
cuốn chiếu
cuốn gói
cuốn hút
cuốn khúc
cuốn lá
cuốn trôi
cuốn tổ sâu
cuốn vó
cuốn xéo
cuốn đi
cuống cuồng
cuống cà kê
cuống họng
cuống lưu
cuống nhị
cuống noãn
cuống phổí
cuống quít
cuống quýt
cuồn cuộn
cuồng bạo
cuồng chiến
cuồng chân
cuồng chứng
cuồng chữ
cuồng cuống
cuồng cẳng
cuồng dâm
cuồng dại
cuồng hứng
cuồng loạn
cuồng mộng
cuồng ngôn
cuồng nhiệt
cuồng nộ
cuồng phong
cuồng si
cuồng sĩ
cuồng tín
cuồng tưởng
cuồng vọng
cuồng điên
cuồng ẩm
cuộc bể dâu
cuộc bọp
cuộc chiến
cuộc cách mạng
cuộc cờ
cuộc họp
cuộc lạc quyên
cuộc say
cuộc sống
cuộc tang thương
cuộc thi
cuộc vui
cuộc vuông tròn
cuộc đua
cuộc đấu
cuộc đỏ đen
cuộc đời
cuội kết
cuộn khúc
cuộn mình
cuộn phim
cuộn sơ cấp
cuộn thứ cấp
cuộn tròn
cuộng rau
cà bung
cà bát
cà chu
cà chua
cà chớn
cà chớp
cà cuống
cà cuống lội ngược
cà cưa
cà cưỡng
cà cộ
cà cỡn
cà dy
cà dái dê
cà dại
cà dừa
cà gai
cà ghim
cà ghém
cà gỉ
cà kheo
cà khêu
cà khẳng cà kheo
cà khịa
cà khổ
cà kê
cà kê dê ngỗng
cà kếu
cà là gỉ
cà là khổ
cà là mèng
cà lúi
cà lăm
cà lăm cà lắp
cà lăm cà lặp
cà lơ
cà lơ thất thểu
cà lồ
cà mau
cà mèn
cà mèng
cà na
cà nhom
cà nhắc
cà niễng
cà nàng
cà ná
cà pháo
cà phê
cà phê chè
cà phê mít
cà phê sữa
cà phê vối
cà phê đen
cà riềng
cà riềng cà tỏi
cà roòng
cà rà
cà ràng
cà rá
cà ròn
cà rùng
cà răng căng tai
cà rịch cà tang
cà rốt
cà rỡn
cà sa
cà thọt
cà ti
cà tong
cà tong cà teo
cà trắng
cà trớn
cà tàng
cà tím
cà tưng
cà tửng
cà vung
cà vạt
cà xóc
cà độc dược
cà ổi
cài cài
cài nhài
cài răng lược
cài đặt
càn bậy
càn khôn
càn quét
càn quấy
càn rỡ
càng cua
càng cạc
càng hay
càng long
càng máy bay
càng ngày càng
cành chiết
cành cơi
cành cạch
cành cạnh
cành ghép
cành giâm
cành hoa
cành khô gỗ mục
cành la cành bổng
cành là
cành lá
cành mẫu đơn
cành nhánh
cành nàng
cành phù dung
cành vàng lá ngọc
cành xuân
cào bằng
cào cào
cào cấu
càu cạu
càu nhàu
cày bừa
cày chìa vôi
cày chùi bừa gãi
cày cạy
cày cấy
cày cục
cày dầm
cày gãi bừa chùi
cày gãi bừa xoa
cày máy
cày mò
cày ngang
cày ngâm
cày ngả
cày ngả rạ
cày ngầm
cày nỏ
cày rang
cày rập
cày sâu cuốc bẫm
cày sâu tốt lúa
cày thuê cuốc mướn
cày vỡ
cày xóc ngang
cày úp
cày đảo
cày ải
cày ấp
cá anh vũ
cá biệt
cá biệt hoá
cá bò
cá bơn
cá bạc
cá bạc má
cá bẹ
cá bể chim ngàn
cá bống
cá bống mú
cá bỗng
cá bột
cá bớp
cá chai
cá chi chi
cá chim
cá chiên
cá chuối
cá chuồn
cá chày
cá chát
cá cháy
cá chép
cá chép hoá long
cá chép hoá rồng
cá chình
cá chình điện
cá chó
cá chạch
cá chậu chim lồng
cá chẳng bén câu
cá chẻng
cá chẽm
cá chết vì mồi
cá chỉ vàng
cá chọi
cá cóc
cá cúi
cá căng
cá cơm
cá cược
cá cả lợn lớn
cá cấn
cá cắn câu
cá cờ
cá diếc
cá dưa
cá giếc
cá giống
cá gáy
cá gỗ
cá hanh
cá he
cá heo
cá hoá rồng
cá hàng chài
cá hét
cá hẻn
cá hố
cá hồi
cá hồng
cá hộp
cá kho
cá khô
cá kim
cá kiếm
cá kìm
cá kình
cá leo
cá linh
cá liệt
cá lon
cá lành canh
cá lìm kìm
cá lò tho
cá lòng tong
cá lóc
cá lù đù
cá lúi
cá lăng
cá lưỡi trâu
cá lưỡng tiêm
cá lạc
cá lầm
cá lặn chim sa
cá lẹp
cá lẻ
cá lịch
cá lồng
cá lờn bơn
cá lứa chim đàn
cá mè
cá mè ao chua
cá mè hoa
cá mè một lứa
cá mè trắng
cá mòi
cá mó
cá mù làn
cá mú
cá măng
cá mương
cá mại
cá mạnh vì nước
cá mạnh về nước
cá mạnh về vây
cá mập
cá mắm
cá mối
cá ngão
cá ngạnh
cá ngần
cá ngừ
cá ngựa
cá nheo
cá nhám
cá nhâm
cá nhân
cá nhân chủ nghĩa
cá nhét
cá nhồng
cá nhụ
cá nàng hai
cá nàng tiên
cá nóc
cá nước
cá nước chim trời
cá nước duyên may
cá nước duyên ưa
cá nược
cá nằm dưới dao
cá nằm trên cạn
cá nằm trên thớt
cá nằm trốc thớt
cá nục
cá phèn
cá quả
cá rô
cá rô gion
cá rô phi
cá rô thia
cá rô tía
cá rầu
cá rựa
cá song
cá săn sắt
cá sơn
cá sấu
cá sặt
cá sống về nước
cá sộp
cá thia
cá thia thia
cá thiều
cá thiểu
cá thoi loi
cá thu
cá thát lát
cá thèn
cá thần tiên
cá thể
cá thể hoá
cá thối rắn xương
cá thờn bơn
cá thủ
cá tra
cá tràu
cá trác
cá trê
cá trê lai
cá trê phi
cá trích
cá trôi
cá trảnh
cá trắm
cá trắm cỏ
cá trắm trắng
cá trắm đen
cá trổng
cá tuyết
cá tính
cá tính hoá
cá tính học
cá tói
cá tầm
cá voi
cá vàng
cá vàng bụng bọ
cá vược
cá vượt vũ môn
cá vẹt
cá vền
cá vụn
cá ông
cá ông lão
cá ông voi
cá úc
cá đao
cá đuôi cờ
cá đuối
cá đã cắn câu
cá đé
cá đòng đong
cá đối
cá đối bằng đầu
cá đồng
cá độ
các bin
các bà
các hạ
các ngài
các sơn
các tông
các tận sở năng
các vàng chẳng lấy
các vị
các ông
cách bi
cách biệt
cách bức
cách chức
cách cú
cách diễn
cách li
cách linh
cách luật
cách ly
cách mạng
cách mạng công nghiệp
cách mạng hoá
cách mạng kĩ thuật
cách mạng tư sản
cách mạng vô sản
cách mạng văn hoá
cách mạng xanh
cách mặt khuất lời
cách mệnh
cách ngôn
cách nhiệt
cách nhật
cách núi ngăn sông
cách quãng
cách rách
cách thuỷ
cách thế di truyền
cách thức
cách trí
cách trở
cách trở núi sông
cách trở quan san
cách tân
cách vật trí tri
cách vời
cách xa
cách âm
cách điện
cách điệu
cách điệu hoá
cách đoạn
cách đều
cái bang
cái bàn
cái bè
cái bèo cái bọt
cái bầu
cái chiên
cái chấy cắn đôi
cái dầu
cái ghẻ
cái giá cắn đôi
cái giấm
cái gì
cái gương tày liếp
cái họ
cái khế
cái kinh
cái lá cái lẩu
cái nhum
cái nước
cái quan định luận
cái quét kính
cái quế
cái răng
cái rồng
cái rụp
cái thế
cái trò
cái tàu hạ
cái tóc cái tội
cái tơ cái tóc
cái vồn
cái đã
cái đôi vàm
cái đồ
cám cảnh
cám dỗ
cám hấp
cám lợn
cám ơn
cán bộ
cán bộ giảng dạy
cán chu phìn
cán cân
cán cân buôn bán
cán cầu
cán hồ
cán khê
cán mã pờ
cán sự
cán táu
cán tỷ
cán vá
cáng đáng
cánh buồm
cánh bèo
cánh bèo mặt nước
cánh bướm lửa đèn
cánh cam
cánh chuồn
cánh chấu
cánh cung
cánh cờ
cánh cứng
cánh cửa
cánh diều
cánh dơi
cánh giàng
cánh gián
cánh giống
cánh gà
cánh hoa
cánh hoa tàn
cánh hẩu
cánh hồng
cánh hồng bay bổng
cánh hữu
cánh khác
cánh kiến
cánh kiến trắng
cánh kiến đỏ
cánh kéo
cánh kéo giá cả
cánh màng
cánh môi
cánh nửa
cánh phấn
cánh quân
cánh quít
cánh quýt
cánh quạt
cánh rừng
cánh sen
cánh sinh
cánh sáo
cánh sẻ
cánh tay
cánh tay phải
cánh tay đòn
cánh thành
cánh thẳng
cánh tiên
cánh trả
cánh tả
cánh vảy
cánh vẩy
cánh xếp
cánh úp
cánh đều
cánh đồng
cáo biệt
cáo buộc
cáo bạch
cáo bệnh
cáo chung
cáo cùng
cáo cấp
cáo già
cáo giác
cáo giả oai hùm
cáo hưu
cáo hồi
cáo lui
cáo lão
cáo lỗi
cáo mượn oai hùm
cáo phó
cáo quan
cáo tang
cáo thoái
cáo thị
cáo tri
cáo trình
cáo trạng
cáo tạ
cáo tị
cáo tố
cáo từ
cáo điền
cáo đội lốt cọp
cáo đội lốt hổ
cáp quang
cáp treo
cáp tàu
cáp điện
cát bi
cát bà
cát bá
cát bối
cát bụi
cát chánh
cát cánh
cát căn
cát cứ
cát dài
cát dập sóng vùi
cát hanh
cát hiệp
cát hung
cát hưng
cát hải
cát khánh
cát két
cát kết
cát linh
cát luỹ
cát lái
cát lâm
cát lũy
cát lấp sóng vùi
cát lầm
cát lầm ngọc trắng
cát lồi
cát minh
cát muôn
cát nhân
cát nhân thiên tướng
cát nhơn
cát nhật
cát nê
cát pha
cát sê
cát sĩ
cát sơn
cát sự
cát thành
cát thắng
cát thịnh
cát tinh
cát tiên
cát tiến
cát triệu
cát trù
cát tuyến
cát tài
cát táng
cát tân
cát tường
cát vàng
cát vân
cát văn
cát vần
cát đen
cát đằng
cáu bẳn
cáu cặn
cáu ghét
cáu gắt
cáu gắt như mẻ
cáu kỉnh
cáu sườn
cáu tiết
câm hầu tắc cổ
câm họng
câm lặng
câm miệng
câm miệng hến
câm mồm
câm như hến
câm như thóc
cân bàn
cân bằng
cân bằng bền
cân chìm
cân cấn
cân cốt
cân hơi
cân kẹo
cân lại nhắc đi
cân lực
cân móc hàm
cân nhắc
cân não
cân nặng
cân quắc
cân quắc anh hùng
cân sắc cân tài
cân sức
cân ta
cân tay
cân thiên bình
cân thư
cân thường
cân tiểu li
cân treo
cân trất
cân trẻ em
cân tây
cân tạ
cân tự động
cân xô
cân xứng
cân đai
cân đai áo mão
cân đi nhắc lại
cân đo
cân đong đo đếm
cân đòn
cân đĩa
cân đối
cân đối liên ngành
cân đồng hồ
câng câng
câng cấc
câu bò
câu chuyện
câu chuyện làm quà
câu chuôm thả ao
câu chõ
câu chấp
câu chắp
câu cú
câu cấu
câu cắm
câu cửa miệng
câu dầm
câu giam
câu giăng
câu gồ
câu hoạ
câu hào thả rãnh
câu hát
câu hỏi
câu khách
câu kéo
câu kẹo
câu kết
câu liêm
câu lơn
câu lưu
câu lạc bộ
câu lệnh
câu móc
câu nhạc
câu nhắp
câu ném
câu nói
câu nệ
câu quan
câu quăng
câu rê
câu rút
câu sấm
câu thòng
câu thúc
câu thúc thân thể
câu thơ
câu thần
câu ví
câu văn
câu vắt
câu được câu chăng
câu đầu
câu đằng
câu đố
câu đối
câu ứng
cây buồn
cây bài
cây bài lá bạc
cây bã đậu
cây bóng mát
cây bông
cây bút
cây bả chuột
cây bố
cây bụi
cây cao bóng cả
cây cao bóng mát
cây cao lá dài
cây chàm
cây chổi sể
cây chủ
cây con
cây có dầu
cây có sợi
cây có tinh dầu
cây cóc
cây công nghiệp
cây cùng gốc
cây cơm nguội
cây cảnh
cây cẩy
cây cọ
cây cỏ
cây cối
cây cổ thụ
cây củ bình vôi
cây cứt lợn
cây danh mộc
cây dương
cây dầu ve
cây giun
cây gáo
cây gõ
cây gạo
cây gỗ
cây hoang dại
cây hàng
cây hương
cây hương đá
cây khác gốc
cây leo
cây làu táu
cây lá gồi
cây lá nón
cây lác
cây lâu năm
cây lương thực
cây mua
cây mâm xôi
cây mầm
cây mắc cỡ
cây mộc
cây mỡ
cây nhang
cây nhà lá vườn
cây nhỏ
cây nhỡ
cây nêu
cây nông nghiệp
cây nước
cây nến
cây phúc
cây quình cành dao
cây quỳnh cành dao
cây rơm
cây rạ
cây số
cây sống đời
cây sữa
cây thanh long
cây thuốc
cây thuốc bỏng
cây thuốc phiện
cây thân cỏ
cây thân gỗ
cây thân thảo
cây thóc
cây thảo
cây thế
cây thị
cây thịt
cây thụt
cây tiền cây thóc
cây trường ii
cây trồng
cây viết
cây vàng cây bạc
cây vòi voi
cây vợt
cây xanh
cây xăng
cây xấu hổ
cây ăn được
cây đa bến cũ
cây điều
cây đoác
cây đu
cây đèn
cây đại
cây đờn
cây đức
cây đức chồi nhân
cãi bướng
cãi chày cãi cối
cãi cọ
cãi cối cãi chày
cãi lí
cãi lẫy
cãi lẽ
cãi lộn
cãi nhau
cãi vã
cò bay thẳng cánh
cò bạch
cò bợ
cò con
cò cò
cò cưa
cò cử
cò già
cò hương
cò ke
cò khoang
cò kè
cò lả
cò lửa
cò mồi
cò nòi
cò quay
cò quăm
cò ruồi
cò rò
cò rỉa
cò sung
cò thìa
cò trắng
cò xung
cò đen
còi cọc
còi xương
còm cõi
còm cõm
còm cọm
còm kỉnh
còm lưng
còm nhom
còm nhòm
còm nhỏm
còm nhỏm còm nhom
còm nhỏm còn nhom
còm rom
còn chân nâng
còn duyên
còn gì là
còn khuya
còn khối ra đấy
còn lại
còn mặt mũi nào
còn mệt
còn mồ ma
còn nguyên
còn người còn của
còn như
còn nhọc
còn nước còn tát
còn nữa
còn phải nói
còn ra gì
còn thuyền còn chèo
còn tiếp
còn về
còn xơi
còn đâu
còn đương
còn ấp vú mẹ
còng cong
còng còng
còng cọc
còng lưng
còng lưng gẫy gối
còng lưng uốn gối
còng queo
còng quèo
có bay lên trời
có bát mát mặt
có bát ăn
có bầu
có bầu có bạn
có bề
có bề gì
có bề nào
có bụi
có bụng
có bụng tốt
có cam phụ quít
có cheo có cưới
có chuyện
có cháo đòi chè
có chân
có chân rết
có chí
có chí thì nên
có chúng có bạn
có chăng
có chạy đằng trời
có chồng
có chứ
có chừng có mực
có chửa
có chửa có đẻ
có con
có cóc khô gì
có công
có cúng có thiêng
có cũng như không
có cơ
có cớ
có của
có da có thịt
có duyên
có duyên thầm
có dáng
có dư
có dễ
có gan
có giá
có góc có cạnh
có hiếu
có hàng có ngũ
có hạn
có hạng
có hạnh
có hậu
có học
có hứng
có khi
có khác
có khế ế chanh
có kinh
có kiêng có lành
có lí
có lí có lẽ
có lí có tình
có lòng
có lý
có lý có lẽ
có lẽ
có lẽ nào
có lỗi
có lợi
có ma
có mang
có mà
có máu mặt
có mã
có mình thì giữ
có mòi
có môn
có mùi
có mắt như không
có mắt như mù
có mặt
có mặt như không
có mẽ
có mệnh hệ nào
có mốc xì gi
có mồng có mỏ
có một
có một không hai
có mới nới cũ
có mỡ đỡ dầu
có nanh có mỏ
có nanh có nọc
có nghì
có nghĩa
có ngành có ngọn
có ngăn có nắp
có người
có người có ta
có ngần
có ngọn
có ngọn có ngành
có nhà
có nhân
có như không
có nhẽ
có nơi có chốn
có nơi có chỗ
có nước có cá
có nước có cái
có nếp có tẻ
có nết
có phép
có phúc
có phúc có phần
có phúc có phận
có phước
có phải
có phải mới trải
có ra
có ra gì
có sách
có sạn
có sẵn
có số
có sừng có gạc
có sừng có mỏ
có tang
có thai
có thuỷ có chung
có thế
có thế chứ
có thể
có thịt đòi xôi
có tiếng
có trăng quên đèn
có trước có sau
có trở
có tuổi
có tài
có tài có tật
có tì
có tình
có tình có lí
có tật
có tật giật mình
có tội
có vai có vế
có vây có cánh
có vú
có vấn đề
có vấn để
có vẻ
có vị
có vợ
có án
có ích
có ý
có ăn
có ăn có chịu
có đi có lại
có điều
có đâu
có đầu có đuôi
có đầu óc
có đẻ có thương
có ơn
cóc bùn
cóc ca cóc cách
cóc cách
cóc cáy
cóc cóc
cóc cần
cóc gặm
cóc khô
cóc mọc lông nách
cóc mở miệng
cóc mở mồm
cóc ngồi đáy giếng
cóc nhảy
cóc nước
cóc tía
cóc vàng
cóc vái trời
cói bông
cói giùi
cói giấy
cói túi
cóm róm
cóng miệng
cóp nhóp
cóp nhặt
cót két
cót ép
cô ai tử
cô ba
cô bay
cô bác
cô bé
cô chiêu
cô chú
cô cữu
cô dâu
cô giang
cô giáo
cô gái
cô hầu
cô hồn
cô kiều
cô liêu
cô lô
cô lô cô lốc
cô lũy
cô lập
cô lậu
cô lữ
cô miên
cô mình
cô mười
cô mụ
cô nhi
cô nhi quả phụ
cô nhi viện
cô nàng
cô nương
cô nường
cô phòng
cô phụ
cô quân
cô quạnh
cô quả
cô ta
cô thành
cô thân chích ảnh
cô thôn
cô thần
cô thế
cô trung
cô tô
cô tông
cô tịch
cô tử
cô ve
cô đòng
cô đúc
cô đơn
cô đầu
cô đặc
cô đọng
cô đồng
cô độc
cô đỡ
cô ả
côi cút
côi tột
côm cốp
côn hươn
côn lôn
côn minh
côn quang
côn quyền
côn sơn
côn trùng
côn trùng học
côn đảo
côn đồ
công an
công an viên
công binh
công binh xưởng
công báo
công bình
công bình chính trực
công bạt
công bằng
công bố
công bộc
công bội
công chiếu
công chuyện
công chính
công chúa
công chúng
công chức
công chứng
công chứng thư
công chứng viên
công cua
công cuộc
công cán
công cáo ủy viên
công cô
công cốc
công cống
công cộng
công cụ
công của
công cử
công danh
công danh phú quý
công diễn
công du
công dung ngôn hạnh
công dân
công dân giáo dục
công dã tràng
công dịch
công dụng
công giáo
công hiệu
công huân
công hàm
công hãm
công hải
công hầu
công hầu khanh tướng
công hội
công hữu
công hữu hoá
công khai
công khanh
công khu
công khố
công kia việc nọ
công kiên
công kiên chiến
công kênh
công kích
công lao
công liêm
công liên
công luận
công lên việc xuống
công lênh
công lí
công lý
công lương
công lập
công lệ
công lệnh
công lịch
công lợi
công minh
công minh chính trực
công minh chính đại
công môn
công mẫu
công nghiệp
công nghiệp hoá
công nghiệp nhẹ
công nghiệp nặng
công nghiệp phẩm
công nghĩa
công nghệ
công nghệ cao
công nghệ học
công nghệ phẩm
công nghệ sinh học
công nghệ sạch
công nghệ thông tin
công nghị
công nguyên
công nha
công nhiên
công nhu
công nhân
công nhân quí tộc
công nhân quý tộc
công nhân viên
công như công cốc
công nhận
công nhật
công nông
công nông binh
công nông liên minh
công nông lâm nghiệp
công nông nghiệp
công năng
công nương
công nợ
công nữ
công phiếu
công phu
công phá
công pháp
công pháp quốc tế
công phí
công phạt
công phẫn
công quyền
công quán
công quĩ
công quả
công quốc
công quỹ
công sai
công suất
công sá
công sơn
công sản
công sảnh
công sở
công sứ
công sứ quán
công sức
công sự
công thuốc
công thành
công thành danh toại
công thương
công thương gia
công thương nghiệp
công thải
công thần
công thần chủ nghĩa
công thẩm
công thổ
công thủ
công thức
công thức hoá
công thức hoá học
công thức toán
công thức vật lí
công thự
công ti
công ti bảo hiểm
công ti con
công ti hỗn hợp
công ti hữu hạn
công ti mẹ
công ti vô hạn
công toi
công toại danh thành
công truyền
công trái
công trình
công trình phụ
công trình sư
công trường
công trường thủ công
công trạng
công trợ
công trừng
công ty
công tác
công tác phí
công tâm
công tích
công tôn
công tôn nữ
công tư
công tư hợp doanh
công tư lưỡng lợi
công tước
công tắc
công tố
công tố uỷ viên
công tố viên
công tố viện
công tử
công tử bạc liêu
công tử bột
công tử công tôn
công tử vỏ
công tử xác
công viên
công việc
công văn
công vận
công vụ
công xá
công xã
công xã nhân dân
công xã nông thôn
công xưởng
công xảo
công ích
công ăn việc làm
công đa
công điền
công điểm
công điện
công điệp
công đoàn
công đoàn phí
công đoàn viên
công đoàn vàng
công đoạn
công đình
công đường
công đảng
công đồn
công đồng
công đức
công ơn
công ước
cõi bờ
cõi dương
cõi lòng
cõi mộng
cõi phàm
cõi thế
cõi tiên
cõi trần
cõi tục
cõi âm
cõi đời
cù bơ cù bất
cù bất cù bơ
cù cưa
cù lao
cù lao chàm
cù lao chín chữ
cù lao cúc dục
cù lao dung
cù lao dưỡng dục
cù lao mái nhà
cù lao ré
cù lao thu
cù lao xanh
cù là
cù lèo
cù léc
cù lần
cù lệch
cù mì
cù mì cục mịch
cù mông
cù mộc
cù ngoéo
cù nhây
cù nhầy
cù nhằng
cù nèo
cù rù
cù tê
cù túng
cù vân
cù đinh
cù đinh thiên pháo
cùi bắp
cùi chu
cùi chỏ
cùi cụi
cùi dìa
cùi dừa
cùi kén
cùi tay
cùm cụp
cùm kẹp
cùm xích
cùn cũn
cùn cụt
cùn đời
cùn đời mạt kiếp
cùng bên
cùng bất đắc dĩ
cùng chung
cùng chẳng đã
cùng cảnh cùng thuyền
cùng cục
cùng cực
cùng dân
cùng gốc
cùng hội cùng thuyền
cùng khốn
cùng khổ
cùng kiệt
cùng kì
cùng kì lí
cùng kế
cùng kỳ lý
cùng lúc
cùng lắm
cùng một giuộc
cùng nam cực bắc
cùng nguồn
cùng nhau
cùng nhân
cùng quá hoá liều
cùng quẫn
cùng ra
cùng sơn
cùng thông
cùng thời
cùng trời
cùng trời cuối đất
cùng trời cùng đất
cùng tính
cùng tận
cùng tắc biến
cùng tịch
cùng tột
cùng vô sở xuất
cùng với
cùng xa cực xỉ
cùng đinh
cùng đường
cùng đường kiệt lối
cùng đường rứt giậu
cùng đồ
cùng đồ mạt vận
cùng đời mạt kiếp
cú có vọ mừng
cú dòm nhà bệnh
cú dề xừ
cú góp cọp ăn
cú kêu ma ăn
cú muỗi
cú mèo
cú móc
cú pháp
cú pháp học
cú rũ
cú sút
cú tuyết
cú vọ
cú đấm thôi sơn
cú đậu cành mai
cú đọ với tiên
cú đội lốt công
cúc bách nhiệt
cúc bấm
cúc cu
cúc cung
cúc cung tận tuỵ
cúc cúc
cúc dục
cúc hoa
cúc mốc
cúc phương
cúc rúc
cúc trắng
cúc tần
cúc vàng
cúc vạn thọ
cúc đường
cúc đại đoá
cúc đầu xuân
cúi gằm
cúi luồn
cúi lạy
cúi mọp
cúi rạp
cúi xin
cúi đầu
cúm núm
cúm rúm
cúng bái
cúng cháo
cúng cáo
cúng cơm
cúng cấp
cúng dàng
cúng dâng
cúng giỗ
cúng lễ
cúng quải
cúng quảy
cúng sống
cúng tiến
cúng tế
cúng vái
cúng vọng
cúng đơm
cúng được
cúp đuôi
cút ca cút kít
cút kít
cút đi
căm căm
căm gan
căm gan ngứa tiết
căm ghét
căm giận
căm hận
căm hờn
căm muộn
căm phẫn
căm thù
căm tức
căm uất
căm xe
căn bản
căn bệnh
căn chỉnh
căn co
căn cơ
căn cước
căn cắt
căn cỗi
căn cớ
căn cứ
căn cứ du kích
căn cứ nổi
căn cứ quân sự
căn cứ địa
căn do
căn duyên
căn dặn
căn hộ
căn lều
căn nguyên
căn nhà
căn số
căn thâm đế cố
căn thức
căn tính
căn tố
căn vặn
căng buồm
căng mọng
căng như mặt trống
căng nọc
căng quá thì đứt
căng sức
căng sữa
căng thẳng
căng tin
căng xác
căng óc
cũ càng
cũ kĩ
cũ mèm
cũ người mới ta
cũ nát
cũ rích
cũi bát
cũn cờ
cũn cỡn
cũng cứ
cũng như
cũng nên
cũng quá tội
cũng thì
cũng thế
cũng thể
cũng vậy
cơ ba đầu
cơ binh
cơ biến
cơ bìu
cơ bại
cơ bản
cơ bần
cơ bẩm
cơ bắp
cơ chất
cơ chế
cơ chế thị trường
cơ chỉ
cơ chứ
cơ chừng
cơ chừng này thì
cơ công kí
cơ công kế
cơ cùng
cơ căng
cơ cấu
cơ cầu
cơ cầu ác nghiệt
cơ cực
cơ duyên
cơ duỗi
cơ giạng
cơ giới
cơ giới hoá
cơ giới hóa
cơ giời
cơ gấp
cơ hoang
cơ hoành
cơ hàn
cơ hàn thiết thân
cơ học
cơ học lượng tử
cơ hồ
cơ hội
cơ hội chủ nghĩa
cơ khí
cơ khí hoá
cơ khí hóa
cơ khí học
cơ khít
cơ khổ
cơ kiều
cơ kiện
cơ kí
cơ liên sườn
cơ lí
cơ lỡ
cơ man
cơ may
cơ mà
cơ mưu
cơ mầu
cơ mật
cơ mật viện
cơ mực
cơ nghiệp
cơ ngũ
cơ ngơi
cơ ngần
cơ ngửa
cơ nhỡ
cơ niên
cơ nào ngũ ấy
cơ năng
cơ năng kế
cơ quan
cơ quan chuyên môn
cơ quan chức năng
cơ quan dinh dưỡng
cơ quan dân cử
cơ quan hành chính
cơ quan học
cơ quan ngôn luận
cơ quan sinh dưỡng
cơ quan sinh sản
cơ rối
cơ sấp
cơ số
cơ sở
cơ sở dữ liệu
cơ sở hạ tầng
cơ sự
cơ thang
cơ thiền
cơ thuỷ
cơ thắt
cơ thể
cơ thể học
cơ tim
cơ trí
cơ trơn
cơ trần
cơ trời
cơ tự
cơ vân
cơ vòng
cơ vận
cơ xưởng
cơ xảo
cơ yếu
cơ à
cơ điện
cơ đề
cơ địa
cơ đốc
cơ đốc giáo
cơ đồ
cơ động
cơi nới
cơi trầu
cơm bình dân
cơm bông
cơm búng
cơm bưng nước rót
cơm bạc đũa ngà
cơm bụi
cơm bữa
cơm chay
cơm chim
cơm chiên
cơm cháo
cơm cháo lộn lạo
cơm cháy
cơm chín
cơm chín tới
cơm chấm cơm
cơm chờ canh đợi
cơm cá chả chim
cơm cúng
cơm dẻo
cơm dẻo canh ngọt
cơm dừa
cơm ghế
cơm gà cá gỏi
cơm hàng
cơm hàng cháo chợ
cơm hẩm
cơm hẩm cà meo
cơm hẩm cà thiu
cơm hẩm áo manh
cơm hớt
cơm khê
cơm khê tại lửa
cơm không
cơm lam
cơm lam muối ống
cơm lành canh ngọt
cơm lâm vố
cơm lứt
cơm mo nước vốc
cơm mới
cơm ngang khách tạm
cơm nguội
cơm nguội chan canh
cơm nhà má vợ
cơm nhà việc người
cơm nhà áo vợ
cơm niêu nước lọ
cơm no bò cưỡi
cơm no áo ấm
cơm nóng bóng buồm
cơm nước
cơm nắm
cơm nắm cơm gói
cơm nắm cơm vắt
cơm nắm cơm đùm
cơm nắng
cơm nặng áo dày
cơm nặng áo dầy
cơm nếp
cơm rang
cơm rau áo vải
cơm ráo cháo dừ
cơm ráo cháo nát
cơm sung cháo dền
cơm sung cháo giền
cơm suất
cơm sôi bớt lửa
cơm sốt
cơm thầy cơm cô
cơm thập cẩm
cơm thừa canh cặn
cơm thừa cá gạn
cơm thừa gạo thiếu
cơm toi
cơm trắng chả chim
cơm trắng cá ngon
cơm trời nước giếng
cơm tám
cơm tây
cơm tấm
cơm tấm áo vá
cơm tẻ
cơm tẻ mẹ ruột
cơm vua nợ dân
cơm và cháo húp
cơm vắt
cơm áo
cơm áo gạo tiền
cơm ăn tiền lấy
cơm ăn áo mặc
cơm đen
cơm đèn
cơm đùm
cơm đùm cơm gói
cơm đùm cơm nắm
cơm đùm gạo bới
cơm đổ lông
cơm đổ mẻ
cơm độn
cơm đợi canh chờ
cơn cớ
cơn cớn
cơn dâu bể
cơn dông
cơn lốc
cơn sốt
cơn tam bành
cơn đen vận túng
cư an
cư bao
cư drăm
cư dân
cư huê
cư jiang
cư jút
cư k roá
cư kty
cư lễ
cư môt
cư ngụ
cư ni
cư prao
cư pui
cư pơng
cư quan
cư suê
cư sĩ
cư tang
cư trú
cư trú chính trị
cư xá
cư xử
cư yên
cư ê wi
cư êbur
cưa giật
cưa máy
cưa sừng làm nghé
cưa sừng xẻ tai
cưa tay
cưa tày vạc nhọn
cưa xẻ
cưa đá
cưa đứt đục khoát
cưa đứt đục suốt
cưng chiều
cưng cứng
cưu hờn
cưu mang
cương chính
cương cường
cương dũng
cương gián
cương giới
cương kiên
cương lĩnh
cương máu
cương mô
cương mục
cương nghị
cương ngạnh
cương ngựa ách trâu
cương nhu
cương quyết
cương sơn
cương thường
cương thổ
cương toả
cương trực
cương vị
cương vực
cương yếu
cước chú
cước khí
cước phí
cước sắc
cước vận
cưới bạc
cưới chạy tang
cưới chợ
cưới hỏi
cưới kim cương
cưới vàng
cưới xin
cướp biển
cướp bóc
cướp cháo lá đa
cướp chồng
cướp cò
cướp công
cướp công cha mẹ
cướp cơm chim
cướp của giết người
cướp giật
cướp lái
cướp lời
cướp ngày
cướp ngôi
cướp phá
cướp sống
cướp vợ
cướp đoạt
cướp đường
cướp đường cướp chợ
cười bò
cười chê
cười chúm chím
cười cợt
cười duyên
cười giòn
cười gió cợt trăng
cười góp
cười gượng
cười gằn
cười ha hả
cười hà hà
cười hì
cười hì hì
cười híp mắt
cười hô hố
cười hề hề
cười hềnh hệch
cười khan
cười khanh khách
cười khinh khỉnh
cười khà
cười khì
cười khúc khích
cười khẩy
cười lăn
cười miếng chi
cười mát
cười mũi
cười mỉa
cười mỉm
cười ngất
cười ngặt cười nghẽo
cười ngặt nghẹo
cười ngặt nghẽo
cười nheo mắt
cười nhoẻn
cười nhăn nhở
cười như nắc nẻ
cười như phá
cười như pháo ran
cười nhạt
cười nhếch mép
cười nên tiếng khóc
cười nôn ruột
cười nắc nẻ
cười nẻ ruột
cười nịnh
cười nụ
cười nửa miệng
cười phá
cười phấn cợt son
cười ra nước mắt
cười ruồi
cười rũ
cười rơi nước mắt
cười rộ
cười sằng sặc
cười sặc
cười sặc sụa
cười thầm
cười toe toét
cười tràn
cười trừ
cười tình
cười tít cung thang
cười tủm
cười tủm tỉm
cười vang
cười vào mũi
cười vãi đái
cười vỡ bụng
cười xoà
cười xòa
cười đấy khóc đấy
cười đổng trác
cười đứt ruột
cười ồ
cườm cườm
cường bạo
cường dương
cường hào
cường kích
cường lân
cường lợi
cường lực
cường nhược
cường quyền
cường quốc
cường thần
cường thịnh
cường thủy
cường toan
cường tráng
cường tập
cường điệu
cường đại
cường đạo
cường để
cường địch
cường độ
cường độ lao động
cưỡi bổ
cưỡi cổ
cưỡi cổ đè đầu
cưỡi hạc chầu trời
cưỡi hổ
cưỡi lên lưng hổ
cưỡi lên đầu
cưỡi ngựa xem hoa
cưỡi rồng
cưỡi sóng vượt gió
cưỡi thuyền vượt sóng
cưỡi trên lưng cọp
cưỡi trên lưng hổ
cưỡi đầu cưỡi cổ
cưỡi đầu cưỡì cổ
cưỡi đầu voi dữ
cưỡng bách
cưỡng bức
cưỡng chiếm
cưỡng chế
cưỡng dâm
cưỡng gian
cưỡng hiếp
cưỡng hôn
cưỡng ép
cưỡng đoạt
cưỡì cổ
cưỡì hạc chầu trời
cưỡì lưng hổ
cưỡì đầu voi dữ
cạc cạc
cạch cửa
cạch đến già
cạm bẫy
cạn chén
cạn hều
cạn hứng
cạn khan
cạn kiệt
cạn lòng
cạn lời
cạn tàu ráo máng
cạn túi
cạnh bên
cạnh cọt
cạnh huyền
cạnh khoé
cạnh khía
cạnh khế
cạnh kề
cạnh kề nhau
cạnh nách
cạnh nạnh
cạnh nậu
cạnh sườn
cạnh tranh
cạnh tranh sinh tồn
cạnh đáy
cạnh đối nhau
cạo gió
cạo giấy
cạo mặt
cạo trọc
cạo đầu
cạp nia
cạp nong
cạp quần
cạy cục
cạy om
cả bì
cả chài lẫn chì
cả chì lẫn chài
cả cái
cả cây nây buồng
cả cười
cả cả
cả dạ
cả gan
cả ghen
cả gió tắt đuốc
cả giận
cả giận mất khôn
cả gói
cả hơi
cả kêu
cả lo
cả lò
cả lửa
cả mùi
cả mừng
cả nghe
cả nghĩ
cả nhà cả ổ
cả nể
cả quyết
cả quẫy
cả sông đông chợ
cả sợ
cả thuyền to sóng
cả thảy
cả thẹn
cả thể
cả tin
cả tiếng
cả tiếng dài hơi
cả vú to hông
cả vốn lớn lãi
cả đàn cả lũ
cả đến
cải biên
cải biến
cải bông
cải bắp
cải bẹ
cải bổ
cải canh
cải cay
cải chính
cải cách
cải cách ruộng đất
cải cách điền địa
cải cúc
cải củ
cải cựu tòng tân
cải danh
cải dại
cải dạng
cải dầu
cải dụng
cải giá
cải hoa
cải hoá
cải hoán
cải huấn
cải hối
cải làn
cải lão hoàn đồng
cải lương
cải mả
cải nguyên
cải ngồng
cải nhiệm
cải nhậm
cải quá
cải sen
cải soong
cải thiện
cải thiện sinh hoạt
cải thìa
cải tiến
cải trang
cải trời
cải tà qui chính
cải tà quy chính
cải táng
cải tân
cải tạo
cải tạo tư tưởng
cải tổ
cải tội danh
cải tử hoàn sinh
cải viên
cải vồng
cải xoong
cải ác qui thiện
cải đan
cảm biến
cảm bội
cảm giác
cảm giác học
cảm giác luận
cảm hoài
cảm hoá
cảm hoán ngữ
cảm hàn
cảm hối
cảm hứng
cảm khái
cảm kích
cảm lạnh
cảm mạo
cảm mến
cảm mộ
cảm nghĩ
cảm nhiễm
cảm nhận
cảm nắng
cảm phiền
cảm phong
cảm phục
cảm quan
cảm quang
cảm thán
cảm thán ngữ
cảm thông
cảm thương
cảm thấy
cảm thụ
cảm thức
cảm thử
cảm tác
cảm tình
cảm tình cá nhân
cảm tính
cảm tưởng
cảm tạ
cảm từ
cảm tử
cảm tử quân
cảm xúc
cảm ân
cảm điện
cảm đề
cảm động
cảm ơn
cảm ứng
cảm ứng điện từ
cản bước
cản mũi
cản mũi kì đà
cản ngại
cản phá
cản quang
cản trở
cảng hàng không
cảng ngoài
cảng vụ
cảnh binh
cảnh báo
cảnh bị
cảnh cau màu mít
cảnh cau rau khoai
cảnh chiều người
cảnh cáo
cảnh dương
cảnh giác
cảnh giả
cảnh giới
cảnh gần
cảnh hoá
cảnh huống
cảnh hưng
cảnh ngộ
cảnh nọng
cảnh phông
cảnh phục
cảnh quan
cảnh quan đô thị
cảnh sát
cảnh sát trưởng
cảnh sắc
cảnh thuỵ
cảnh thổ
cảnh tiên
cảnh trí
cảnh tình
cảnh tượng
cảnh tầm rộng
cảnh tầm sâu
cảnh tỉnh
cảnh vật
cảnh vẻ
cảnh vệ
cảnh vừa
cảnh vực
cảnh xa
cảnh đặc tả
cảnh địa
cảo bản
cảo luận
cảo táng
cảu nhảu
cảu nhảu càu nhàu
cảu rảu
cảy tính
cấc láo
cấc lấc
cấm binh
cấm chỉ
cấm chợ ngăn sông
cấm cung
cấm cách
cấm cảu
cấm cẳn
cấm cẳón
cấm cố
cấm cửa
cấm duyên
cấm dục
cấm hoả
cấm khẩu
cấm kị
cấm lệnh
cấm ngặt
cấm phòng
cấm quân
cấm sơn
cấm thành
cấm thư
cấm tiệt
cấm vận
cấm vật
cấm vệ
cấm yên
cấm điện
cấm đoán
cấm địa
cấn cái
cấn gió
cấn hữu
cấp biến
cấp bách
cấp báo
cấp bậc
cấp bộ
cấp bức
cấp cao
cấp cứu
cấp dưới
cấp dưỡng
cấp dẫn
cấp hiệu
cấp khoản
cấp kênh
cấp kì
cấp nước
cấp nạn
cấp phát
cấp phân loại
cấp phí
cấp phối
cấp số
cấp số cộng
cấp số nhân
cấp thiết
cấp thời
cấp tiến
cấp tiến chủ nghĩa
cấp trên
cấp trí
cấp tính
cấp tập
cấp tốc
cấp uỷ
cấp uỷ viên
cấp vốn
cấp điện
cấp điệu
cấp độ
cất binh
cất bút
cất bước
cất cao
cất chén
cất chức
cất cánh
cất công
cất cơn
cất dọn
cất giấu
cất giọng
cất giữ
cất gánh
cất lén
cất lúa rụng thóc
cất lẻn
cất miệng
cất mình
cất mũ
cất mả
cất mồm
cất mộ
cất nhắc
cất nóc
cất phần
cất quyền
cất quân
cất rượu
cất tiếng
cất vó
cất đám
cất đầu
cất đầu không nổi
cất đầu mở mặt
cấu chí
cấu hình
cấu kiện
cấu kết
cấu rứt
cấu thành
cấu trúc
cấu trúc học
cấu trúc luận
cấu tượng
cấu tạo
cấu tứ
cấu tử
cấu véo
cấu xé
cấu âm
cấy chia
cấy cày
cấy cưỡng
cấy ghép
cấy gặt
cấy hái
cấy lúa theo mưa
cầm bò
cầm búa cưỡi voi
cầm bút
cầm bằng
cầm bỏ
cầm bờ
cầm ca
cầm canh
cầm chân
cầm chèo
cầm chầu
cầm chắc
cầm chừng
cầm càng
cầm cái
cầm cân nảy mực
cầm cân nẩy mực
cầm cương
cầm cương nảy mực
cầm cập
cầm cố
cầm cố bán chác
cầm cờ chạy hiệu
cầm cữ
cầm cự
cầm dao đằng lưỡì
cầm dù mát cán
cầm dầu dính tay
cầm giá
cầm gươm đằng lưỡi
cầm gậy chọc trời
cầm hơi
cầm hạc
cầm hạc tiêu dao
cầm họ
cầm khoán bẻ măng
cầm khách
cầm kì
cầm kì thi hoạ
cầm kì thi tửu
cầm loan
cầm lái
cầm lòng
cầm lòng chẳng đậu
cầm lỏng
cầm lửa đốt trời
cầm màu
cầm máu
cầm mực cầm chừng
cầm nguyệt
cầm như
cầm nắm
cầm nọc
cầm phổ
cầm quyền
cầm quân
cầm quân khiển tướng
cầm sắt
cầm tay
cầm thú
cầm thư
cầm tinh
cầm trăng
cầm trịch
cầm tù
cầm vàng chịu đói
cầm vợ đợ con
cầm đuốc chơi đêm
cầm đài
cầm đã bén dây
cầm đũa tay chiêu
cầm đường
cầm đầu
cầm đằng chuôi
cầm đằng cán
cầm đằng lưỡi
cầm đồ
cầm độc
cần bất như chuyên
cần chánh
cần chánh điện
cần câu
cần câu cơm
cần công kiệm học
cần cù
cần cấp
cần cẩu
cần cối
cần dùng
cần dại
cần giuộc
cần giờ
cần kiệm
cần kiệm liêm chính
cần kíp
cần lao
cần lé
cần mẫn
cần quyền
cần sa
cần ta
cần thiết
cần thơ
cần thạnh
cần trục
cần tây
cần vương
cần vẹt
cần vọt
cần vợt
cần vụ
cần vụt
cần xé
cần yếu
cần đăng
cần đước
cần đốp
cầu an
cầu an bảo mạng
cầu an hưởng lạc
cầu ao
cầu bà
cầu bơ cầu bất
cầu bất cầu bơ
cầu bến
cầu chui
cầu chày
cầu chì
cầu chúc
cầu cạn
cầu cạnh
cầu cảng
cầu cầm
cầu cống
cầu cứu
cầu danh
cầu dao
cầu diễn
cầu duyên
cầu dền
cầu gai
cầu giát
cầu giấy
cầu hai
cầu hiền
cầu hoà
cầu hoàng
cầu hàng
cầu hàng không
cầu hôn
cầu hồn
cầu khiến
cầu kho
cầu khuẩn
cầu khấn
cầu khẩn
cầu khẩu
cầu khỉ
cầu khởi
cầu kinh
cầu kiều
cầu kè
cầu kì
cầu kế
cầu kỳ
cầu lam
cầu lông
cầu lăn
cầu lộc
cầu lợi
cầu may
cầu mong
cầu máng
cầu mát
cầu mây
cầu môn
cầu mắt
cầu ngang
cầu nguyện
cầu ngân
cầu noi
cầu nối
cầu nổi
cầu phao
cầu phong
cầu phúc
cầu phương
cầu quay
cầu quán
cầu sao được vậy
cầu sau
cầu siêu
cầu tai
cầu thang
cầu thang máy
cầu thia
cầu thân
cầu thăng bằng
cầu thị
cầu thủ
cầu thực
cầu tiêu
cầu toàn
cầu toàn trách bị
cầu tre
cầu treo
cầu truyền hình
cầu trước
cầu trường
cầu trượt
cầu trời khấn phật
cầu trục
cầu tài
cầu tàu
cầu tích
cầu tự
cầu vai
cầu vinh
cầu viện
cầu vượt
cầu vượt đường
cầu vồng
cầu xin
cầu yên
cầu ô
cầu ông lãnh
cầu đường
cầu được ước thấy
cầu đảo
cầu đất
cầy bay
cầy bông lau
cầy bạc má
cầy cục
cầy giông
cầy hương
cầy móc cua
cầy tơ
cầy vòi
cẩm an
cẩm bào
cẩm bình
cẩm châu
cẩm chướng
cẩm chế
cẩm cò
cẩm duệ
cẩm dương
cẩm giang
cẩm giàng
cẩm hoàng
cẩm huy
cẩm hà
cẩm hưng
cẩm hải
cẩm la
cẩm lai
cẩm liên
cẩm long
cẩm lý
cẩm lĩnh
cẩm lương
cẩm lạc
cẩm lệ
cẩm lộc
cẩm minh
cẩm mỹ
cẩm nam
cẩm nang
cẩm ngọc
cẩm nhung
cẩm nhân
cẩm nhượng
cẩm ninh
cẩm phong
cẩm phô
cẩm phú
cẩm phúc
cẩm phả
cẩm phủ
cẩm quan
cẩm quang
cẩm quý
cẩm sơn
cẩm thanh
cẩm thuỷ
cẩm thành
cẩm thăng
cẩm thượng
cẩm thạch
cẩm thạch hóa
cẩm thịnh
cẩm trung
cẩm tâm
cẩm tâm tú khẩu
cẩm tân
cẩm tây
cẩm tú
cẩm vân
cẩm văn
cẩm vĩnh
cẩm vũ
cẩm xuyên
cẩm xá
cẩm y vệ
cẩm yên
cẩm ân
cẩm điền
cẩm đoài
cẩm đàn
cẩm đình
cẩm đông
cẩm đường
cẩm định
cẩn bạch
cẩn chí
cẩn chú
cẩn cáo
cẩn mật
cẩn thận
cẩn thủ
cẩn trọng
cẩn tín
cẩn tấu
cẩn tắc
cẩn tắc vô ưu
cẩu an
cẩu hạnh
cẩu hợp
cẩu thả
cẩu trệ
cẩu tích
cậm kịch
cận chiến
cận cảnh
cận cổ
cận cổ thời đại
cận dưới
cận giang
cận giáp
cận huống
cận kim
cận kì
cận kề
cận lai
cận lao
cận lâm sàng
cận lân
cận lợi
cận nhiệt đới
cận nhật
cận răng
cận sản
cận sử
cận thân
cận thần
cận thế
cận thị
cận tiếp
cận tiện
cận trên
cận trạng
cận tâm
cận văn học
cận vệ
cận vệ đỏ
cận xích đạo
cận y học
cận điểm
cận đại
cận địa
cập bà lời
cập cách
cập kiễng
cập kèm
cập kê
cập kênh
cập kì
cập nhật
cập rập
cập thì
cập thời
cập đệ
cật lực
cật sức
cật vấn
cậu bé
cậu lậu
cậu lậu bình vôi
cậu lậu quả cà
cậu ấm
cậu ấm sứt vòi
cậy cục
cậy thần cậy thế
cậy thế
cậy trông
cậy tài
cắc cớ
cắc kè
cắm chông chỗ lội
cắm chốt
cắm cúi
cắm cổ
cắm cổ chạy dài
cắm hướng
cắm mốc
cắm nhà
cắm ruộng
cắm sào
cắm sào đợi nước
cắm sừng
cắm thuyền đợi khách
cắm thẻ
cắm trại
cắm đất
cắm đầu
cắm đầu cắm cổ
cắn bóng
cắn chỉ
cắn câu
cắn cơm không vỡ
cắn cấu
cắn cỏ
cắn cỏ kêu trời
cắn cỏ ngậm vành
cắn gót
cắn màu
cắn môi
cắn răng
cắn răng buộc bụng
cắn răng bấm bụng
cắn răng bậm miệng
cắn rơm cắn cỏ
cắn rốn
cắn rốn lôi ruột
cắn rứt
cắn trắt
cắn trộm
cắn xé
cắn đuôi tha trứng
cắn ổ
cắp ca cắp củm
cắp củm
cắp na cắp nắp
cắp nách
cắp nắp
cắp tay
cắp vặt
cắp đít
cắp đít mà chạy
cắt bom
cắt băng
cắt bỏ
cắt bớt
cắt canh
cắt chỉ
cắt cỏ
cắt cổ
cắt cụt
cắt cử
cắt da cắt thịt
cắt dài đáp ngắn
cắt giảm
cắt họng
cắt khúc
cắt lân
cắt lúa rụng thóc
cắt lượt
cắt lớp
cắt lời
cắt ngang
cắt nghĩa
cắt ngắn
cắt ngọn
cắt phiên
cắt quãng
cắt quần áo
cắt ruột
cắt rốn
cắt rốn chôn rau
cắt tai
cắt thuốc
cắt tiết
cắt toa
cắt tóc
cắt tóc đi tu
cắt tỉa
cắt xén
cắt áo
cắt đầu xén đuôi
cắt đặt
cắt đứt
cằm cặp
cằn cặt
cằn cọc
cằn cọi
cằn cỗi
cằn nhà cằn nhằn
cằn nhằn
cẳn nhẳn
cẳn nhẳn cằn nhằn
cẳng chân
cẳng giò
cẳng tay
cặc bò
cặc bần
cặc heo
cặm cặm cụi cụi
cặm cụi
cặn bã
cặn kẽ
cặp ba lá
cặp bà lời
cặp bến
cặp bồ
cặp chì
cặp chỉ
cặp díp
cặp giấy
cặp kem
cặp kè
cặp kèm
cặp lệch
cặp lồng
cặp mạch
cặp nhiệt
cặp nhiệt độ
cặp rằng
cặp sách
cặp sốt
cặp thai
cặp tóc
cặp xâu
cặp đôi
cọ dầu
cọ rửa
cọ xát
cọc chèo
cọc cà cọc cạch
cọc cà cọc cạnh
cọc cạch
cọc cọc
cọc leo
cọc móng
cọc sợi
cọc tiêu
cọc đi tìm trâu
cọm già
cọm rọm
cọp giấy
cọt kẹt
cỏ ba lá
cỏ ban
cỏ bạc đầu
cỏ chân nhện
cỏ chét
cỏ cây
cỏ dùi trống
cỏ dại
cỏ gianh
cỏ gà
cỏ gấu
cỏ khô
cỏ linh lăng
cỏ lào
cỏ lác
cỏ lông công
cỏ lông lợn
cỏ lùng
cỏ lạ hoa thơm
cỏ lồng vực
cỏ lức
cỏ may
cỏ mần trầu
cỏ mật
cỏ mọc rêu phong
cỏ mực
cỏ năn
cỏ nến
cỏ nội hoa hèn
cỏ roi ngựa
cỏ rác
cỏ rả
cỏ rậm vườn hoang
cỏ sâu róm
cỏ sữa
cỏ tranh
cỏ vê
cỏ xước
cỏ áy
cỏ đón hoa chào
cỏm dáng
cỏm rỏm
cỏn con
cỏng cảnh
cố bương
cố chí
cố chấp
cố chết
cố chủ
cố cung
cố công
cố công cố sức
cố cùng
cố cư
cố cựu
cố cựu chi giao
cố giao
cố gắng
cố hương
cố hữu
cố kết
cố kỉnh
cố lão
cố lí
cố nhiên
cố nhân
cố nông
cố quận
cố quốc
cố quốc tha hương
cố sát
cố sống cố chết
cố sức
cố sự
cố thây
cố thổ
cố thủ
cố tri
cố tâm
cố tình
cố tật
cố từ
cố vấn
cố ý
cố đô
cố đạo
cố đấm ăn xôi
cố định
cố định luận
cố định đạm
cốc biển
cốc cốc
cốc loại
cốc ly
cốc láo
cốc lầu
cốc lếu
cốc mò cò xơi
cốc mò cò ăn
cốc mỹ
cốc pài
cốc pàng
cốc rế
cốc san
cốc vũ
cốc vại
cốc xo
cốc đán
cốc đế
cối chày đạp
cối cần
cối giã trầu
cối giăm
cối nước
cối trầu
cối xay
cối xay bột
cốm giẹp
cốm nén
cốm vòng
cống hiến
cống luồn
cống lễ
cống ngầm
cống nạp
cống phẩm
cống rãnh
cống sinh
cống sĩ
cống vật
cống vị
cốp pha
cốt cách
cốt cán
cốt giao
cốt hoá
cốt học
cốt khí
cốt khí muồng
cốt liệu
cốt lõi
cốt mạc
cốt mốt
cốt nhất
cốt nhục
cốt nhục tương tàn
cốt nhục tử sinh
cốt sao
cốt sắt
cốt thép
cốt truyện
cốt tuỷ
cốt tủy
cốt tử
cốt yếu
cồ cộ
cồ đạm
cồm cộm
cồm cộp
cồn cào
cồn cát duyên hải
cồn cỏ
cồn cộn
cồn cột
cồn ngọt
cồn ruột
cồn thuốc
cồng chiêng
cồng cồng
cồng cộc
cồng kềnh
cồng trắng
cồng tía
cổ am
cổ bi
cổ bản
cổ bẻ
cổ bồng
cổ cao ba ngấn
cổ chi
cổ chiên
cổ chiến trường
cổ chày
cổ chân
cổ cày vai bừa
cổ cánh
cổ cồn
cổ dân tộc học
cổ dũng
cổ giả
cổ hi
cổ hoạ
cổ hoặc
cổ hâm cổ hi
cổ hũ
cổ họa
cổ học
cổ họng
cổ hủ
cổ khí
cổ khí hậu
cổ khí hậu học
cổ kim
cổ kim đông tây
cổ kênh
cổ kính
cổ lai
cổ lai hi
cổ leo
cổ linh
cổ loa
cổ lũng
cổ lễ
cổ lệ
cổ lọ
cổ lỗ
cổ lỗ sĩ
cổ lục
cổ mộ
cổ nghĩa
cổ ngân
cổ ngạn
cổ ngữ
cổ ngữ học
cổ nhiệt đới
cổ nhuế
cổ nhân
cổ phiếu
cổ phong
cổ phúc
cổ phần
cổ phần hoá
cổ quái
cổ sinh
cổ sinh vật
cổ sinh vật học
cổ suý
cổ sơ
cổ sử
cổ tay
cổ thi
cổ thành
cổ thìa
cổ thư
cổ thạch khí
cổ thụ
cổ tiết
cổ tiền học
cổ truyền
cổ trâu cổ bò
cổ trướng
cổ tâm lí học
cổ tích
cổ tượng
cổ tế bào học
cổ tục
cổ tức
cổ từ học
cổ tự
cổ tự học
cổ viên
cổ võ
cổ văn
cổ văn học
cổ vũ
cổ vật
cổ xuý
cổ xúy
cổ xưa
cổ điển
cổ đông
cổ đại
cổ đặc hữu
cổ địa lí
cổ địa lý
cổ độ
cổ động
cổ động viên
cổ động vật học
cổ đứng
cổi xiêm lột áo
cổn bào
cổn miện
cổn phục
cổng chào
cổng chống
cổng cái
cổng hậu
cổng ngõ
cổng rả
cổng tán
cổng xe lửa
cỗ bài
cỗ bàn
cỗ bát
cỗ chay
cỗ cưới
cỗ kiệu
cỗ lòng
cỗ máy
cỗ mặn
cỗ săng
cỗ trung thu
cỗ ván
cỗ xe
cỗ xôi
cỗ áo
cỗ đòn
cỗi cằn
cỗi gốc
cỗi nguồn
cỗi ngọn
cỗi phúc
cỗi rễ
cỗi xuân
cộc cằn
cộc cộc
cộc cỡn
cộc lông lốc
cộc lốc
cộc ngủn
cội nguồn
cội rễ
cộng bào
cộng cư
cộng hiền
cộng hoà
cộng hoà hoá
cộng hoà nhân dân
cộng hoà tư sản
cộng hưởng
cộng lạc
cộng quản
cộng sinh
cộng sản
cộng sản chủ nghĩa
cộng sản nguyên thuỷ
cộng sổ
cộng sự
cộng tác
cộng tác viên
cộng tồn
cộng tồn cộng vinh
cộng đồng
cộng đồng tộc người
cột buồm
cột báo
cột chống
cột con
cột cái
cột cây số
cột cờ
cột dây thép
cột gôn
cột hiệu
cột lái
cột lòng
cột mũi
cột mốc
cột mốt
cột mỡ
cột ngắm
cột nhà cháy
cột phướn
cột số
cột sống
cột thu lôi
cột tháp
cột trụ
cột tín hiệu
cột tủy
cột xăng
cột điện
cột đèn
cột đồng trụ
cột đổ nhà xiêu
cột ốp
cớ chi
cớ gì
cớ sao
cớ sự
cớn non
cớt nhả
cờ bí nhắc xe
cờ bạc
cờ bạc khát nước
cờ bạc về sáng
cờ bỏi
cờ cao đế thích
cờ chiếu tướng
cờ chân chó
cờ chó
cờ gian bạc bịp
cờ gian bạc lận
cờ giong trống giục
cờ giong trống mở
cờ gánh
cờ hiệu
cờ hoà bình
cờ lao
cờ lao trắng
cờ lao xanh
cờ lao đỏ
cờ lau
cờ lá chuối
cờ lâm nước bí
cờ lâm thế bí
cờ lê
cờ lông công
cờ lệnh
cờ mao
cờ mở trống giong
cờ nghĩa
cờ ngoài bài trong
cờ ngũ bành
cờ người
cờ phất trống rung
cờ quạt
cờ quốc tế
cờ rong trống nổi
cờ rủ
cờ tam tài
cờ tiên rượu thánh
cờ trắng
cờ tướng
cờ vua
cờ vàng
cờ vây
cờ vía
cờ vỉ
cờ xí
cờ đen
cờ đuôi nheo
cờ đào
cờ đâm
cờ đã đến tay
cờ đỏ búa liềm
cờ đỏ sao vàng
cờn cợn
cởi bỏ
cởi lốt
cởi mở
cởi truồng
cởi trần
cỡn cờ
cợt ghẹo
cợt nguyệt cười hoa
cợt nhả
cợt nhợt
cụ bà
cụ bị
cụ cố
cụ cựa
cụ già
cụ kị
cụ lớn
cụ ngoại
cụ nhà
cụ non
cụ nội
cụ thể
cụ thể hoá
cụ thể hóa
cụ tượng
cụ ông
cục bộ
cục cưng
cục cằn
cục cục
cục cựa
cục diện
cục kịch
cục mịch
cục ngoại
cục phó
cục súc
cục thế
cục thịt
cục trưởng
cục tác
cục tính
cụm cứ điểm
cụm nhọt
cụm từ
cụng li
cụng đầu
cụp tai
cụp đuôi
cụt chân
cụt hứng
cụt lổng
cụt lủn
cụt ngòi
cụt ngủn
cụt tay
cụt thun lủn
củ bình vôi
củ chi
củ chuối
củ chính
củ chóc
củ cái
củ cải
củ cải đường
củ cẩm
củ dong
củ gấu
củ hành
củ hợp
củ khoai
củ khỉ
củ mài
củ mã tiền
củ mì
củ mật
củ mỉ
củ mỉ cù mì
củ mỡ
củ niễng
củ nâu
củ não
củ năn
củ nưa
củ ráy
củ rủ
củ rủ cù rù
củ soát
củ sát
củ tía
củ tỉ
củ tỏi
củ từ
củ vạc
củ vấn
củ đao
củ đậu
củ ấu
của ai phúc nấy
của ai tai nấy
của bền tại người
của bụt trả bụt
của chìm
của chìm của nổi
của chồng công vợ
của chợ bỏ chợ
của công
của cải
của cải quốc dân
của cấm
của dâng tận miệng
của gian của độc
của giời ơi
của hiếm
của hương hoả
của hương hỏa
của hồi môn
của lạ
của mòn con lớn
của ngon vật lạ
của người phúc ta
của như nước
của này
của nả
của nổi
của nổi của chìm
của nợ
của phù vân
của riêng
của ruộng đắp bờ
của thiên trả địa
của thông
của thửa
của tin
của trọng hơn người
của tư
của yêu người ghét
của ít lòng nhiều
của ông
của ăn của để
của đau con xót
của đi thay người
của đáng tội
của đút
của độc
của đội nón đi
của đời người thế
của ấy
củi chôm
củi gộc
củi lụt
củi lửa
củi nước
củi quế
củi quế gạo châu
củi rả
củi rều
củi thước
củi tạ
củi vụn
củi đuốc
củi đòn
củi đóm
củng cố
củng mạc
cứ liệu
cứ lễ
cứ như
cứ việc
cứ điểm
cứa cổ
cức bì
cứng bóng vía
cứng cáp
cứng cát
cứng còng
cứng còng còng
cứng cạy
cứng cỏi
cứng cổ
cứng cổ cứng đầu
cứng cựa
cứng gối
cứng họng
cứng khớp
cứng lưỡi
cứng miệng
cứng mình
cứng ngắc
cứng như thép
cứng như đá
cứng nhắc
cứng nhẳng
cứng quèo
cứng rắn
cứng đơ
cứng đầu
cứng đầu cứng cổ
cứng đờ
cứt cò
cứt gián
cứt lộn lên đầu
cứt lợn
cứt mũi
cứt ngựa
cứt nát có chóp
cứt phải trời mưa
cứt ráy
cứt su
cứt sắt
cứt trâu
cứt đái
cứt đáy
cứu binh
cứu bần
cứu bệnh
cứu chữa
cứu cánh
cứu cơ
cứu cấp
cứu dân độ thế
cứu giúp
cứu gỡ
cứu hoả
cứu hạn
cứu hộ
cứu khốn phò nguy
cứu khốn phù nguy
cứu khổ
cứu khổ cứu nạn
cứu mệnh
cứu nguy
cứu nhân
cứu nhân độ thế
cứu nước
cứu quốc
cứu quốc quân
cứu rỗi
cứu sinh
cứu thương
cứu thế
cứu tinh
cứu trợ
cứu tế
cứu tử
cứu tử hoàn sinh
cứu viện
cứu vong
cứu vãn
cứu vãn tình thế
cứu vấn
cứu vớt
cứu xét
cứu đói
cứu ứng
cừ khôi
cừu gia
cừu hận
cừu quốc
cừu thù
cừu thị
cừu địch
cử ai
cử binh
cử bộ
cử chỉ
cử hành
cử lễ
cử nghiệp
cử nhân
cử nhạc
cử sự
cử toạ
cử tri
cử tri đoàn
cử tạ
cử tử
cử đỉnh
cử động
cửa biên phòng
cửa biển
cửa bán vé
cửa bên
cửa bắc
cửa bể
cửa bồ đề
cửa bồng
cửa bụt
cửa bức bàn
cửa cao nhà rộng
cửa cao rào kín
cửa chiền
cửa chớp
cửa cong
cửa cuốn
cửa các buồng khuê
cửa các phòng khuê
cửa cái
cửa công
cửa cạn
cửa cấm
cửa cấm lầu cao
cửa cấm lầu hồng
cửa cấm lầu son
cửa cống
cửa dương
cửa già
cửa giả
cửa hiệu
cửa hàng
cửa hàng trưởng
cửa hậu
cửa khuyết
cửa không
cửa khẩu
cửa khổng
cửa khổng nhà trình
cửa khổng sân trình
cửa kín tường cao
cửa kính
cửa liếp
cửa lá sách
cửa lò
cửa lùa
cửa lớn
cửa lục
cửa miệng
cửa miệng có thần
cửa mái
cửa mình
cửa mạch
cửa mở
cửa nam
cửa ngang cổng hậu
cửa ngách
cửa ngõ
cửa ngăn
cửa ngầm
cửa ngỏ
cửa nhà
cửa nách
cửa nát nhà tan
cửa nát nhà xiêu
cửa nẻo
cửa phật
cửa phủ
cửa quan
cửa quang
cửa quay
cửa quyền
cửa ra
cửa rả
cửa rộng lầu cao
cửa rừng
cửa sài
cửa sông
cửa sổ
cửa sổ ngựa qua
cửa tay
cửa thiền
cửa thánh
cửa thông hơi
cửa thế sân quyền
cửa trình
cửa trập
cửa trời
cửa tàu
cửa tía lầu son
cửa tò vò
cửa từ bi
cửa tử
cửa van
cửa viên
cửa võng
cửa xe
cửa ô
cửa đình
cửa đóng then cài
cửa ải
cửi canh
cửu an
cửu cao
cửu chương
cửu hoàn
cửu hình
cửu hạn
cửu khiếu
cửu khí
cửu kinh
cửu long
cửu lí hương
cửu nguyên
cửu ngũ
cửu phẩm
cửu trùng
cửu tuyền
cửu tộc
cửu vạn
cự hôn
cự khê
cự khối
cự li
cự mã
cự nho
cự nẫm
cự nự
cự phách
cự phú
cự thạch
cự thắng
cự tuyệt
cự tộc
cự đại
cự địch
cự đồng
cựa cạy
cựa cậy
cựa gà
cựa quậy
cực bắc
cực chẳng đã
cực cầu
cực dương
cực hàn
cực hình
cực hạn
cực hữu
cực khoái
cực khổ
cực kì
cực lòng
cực lạc
cực lực
cực mạnh
cực nam
cực ngắn
cực nhanh
cực nhạy
cực nhọc
cực nhục
cực phẩm
cực quang
cực quyền
cực thân
cực thịnh
cực tiểu
cực trị
cực tuyến
cực tím
cực tả
cực từ
cực âm
cực điểm
cực đoan
cực đại
cực đểm
cực độ
cựu binh
cựu chiến binh
cựu chủ
cựu giao
cựu hiềm
cựu học
cựu học sinh
cựu lệ
cựu nho
cựu phái
cựu quán
cựu thạch khí
cựu thần
cựu thế giới
cựu thời
cựu tri
cựu triều
cựu truyền
cựu trào
cựu ước
da bánh mật
da bát
da bê
da bò
da bọc xương
da bốc
da bốc can
da cam
da chì
da chì mặt bủng
da cóc
da cật
da cừu
da da
da diết
da dày
da dâu
da dê
da dầu
da dẻ
da gai
da gà
da khô
da liễu
da láng
da lông
da lươn
da lộn
da màu
da mồi
da mồi tóc sương
da ngà mắt phượng
da ngựa bọc thây
da nhung
da non
da nổi hạt
da rạn
da sần
da sống
da thuộc
da thịt
da trắng
da trắng như ngà
da trắng tóc dài
da trời
da tô
da vàng
da đen
da đầu
da đỏ
da đồi mồi
da đồng
dai dẳng
dai nhách
dai như chão
dai như giẻ rách
dai như kéo kẹo
dai như đỉa đói
dai nhằng
dai sức
dan díu
dan tay
dang dở
dang nắng
dang sức
dang tay
danh bút
danh bạ
danh bản
danh bất hư truyền
danh ca
danh chiếm bảng vàng
danh chính ngôn thuận
danh cách
danh cương lợi toả
danh cầm
danh diện
danh dự
danh gia
danh gia vọng tộc
danh giá
danh giáo
danh hiệu
danh hoạ
danh hài
danh họa
danh kĩ
danh lam
danh lam thắng cảnh
danh lưu thiên cổ
danh lợi
danh môn
danh mục
danh nghĩa
danh ngôn
danh ngữ
danh nho
danh nhân
danh pháp
danh phận
danh quá kì thực
danh sách
danh sĩ
danh sơn
danh sư
danh số
danh thiếp
danh thần
danh thắng
danh thủ
danh tiếng
danh tiết
danh tài
danh tác
danh tánh
danh tính
danh tướng
danh từ
danh từ chung
danh từ khoa học
danh từ riêng
danh văn
danh vị
danh vọng
danh xưng
danh xưng học
danh y
danh định
danh động từ
dao bài
dao bàn
dao bào
dao bảy
dao bầu
dao cau
dao chém thớt
dao chém đằng dọng
dao chìa vôi
dao con
dao cày
dao cóc mùn
dao cóc ngáng
dao cùn rựa cụt
dao cạo
dao cầu
dao cắt kính
dao dài
dao díp
dao ghép
dao găm
dao gọt
dao hai lưỡi
dao khắc
dao kéo
dao kề cổ
dao làn tiẻn
dao lô gang
dao mổ
dao mỗ
dao ngôn
dao nhíp
dao nề
dao pha
dao phay
dao phát
dao phảng
dao quai
dao quần chẹt
dao quần trắng
dao quắm
dao rạch
dao rọc giấy
dao rựa
dao tam đảo
dao tiền
dao tiện
dao trì
dao trầu
dao trổ
dao tu
dao tông
dao tể
dao vôi
dao vọ
dao xây
dao xếp
dao yếm
dao áo dài
dao ăn
dao điện
dao đài
dao đại bản
dao đỏ
dao độ
dao động
dao động kí
dao động kế
dao động đồ
day day
day dứt
day lưng
day tay mắm miệng
day trở
day ấn huyệt
de dé
deo dẻo
di bút
di bản
di chiếu
di chuyển
di chúc
di chỉ
di chứng
di căn
di cư
di cảo
di cốt
di dân
di dưỡng
di dưỡng tinh thần
di dưỡng tính tình
di dịch
di dời
di giống
di hoạ
di huấn
di hài
di hình
di hại
di hận
di họa
di luân
di lí
di lụy
di mệnh
di mờ
di ngôn
di ngữ
di sơn đảo hải
di sản
di thần
di thể
di thực
di tinh
di truyền
di truyền học
di trú
di táng
di tình dưỡng tính
di tích
di tản
di tật
di tặng
di tệ
di vật
di xú
di đà
di địch
di độc
di động
dinh cơ
dinh dính
dinh dưỡng
dinh dưỡng học
dinh luỹ
dinh lũy
dinh thất
dinh thự
dinh thực
dinh trại
dinh tê
dinh điền
dinh điền sứ
diêm dân
diêm dúa
diêm la
diêm nghiệp
diêm phủ
diêm sinh
diêm tiêu
diêm trường
diêm vàng
diêm vương
diêm vương tinh
diêm điền
diếc móc
diếp cá
diếp củ
diếp dại
diếp hoang
diếp ma
diếp trời
diếp xoăn
diềm bâu
diềm cửa
diềm mạch
diều hâu
diều lửa
diều mướp
diều mốc
diều sáo
diều tha quạ mổ
diều vằn
diễm kiều
diễm lệ
diễm phúc
diễm sử
diễm tuyệt
diễm tình
diễn binh
diễn biến
diễn biến hoà bình
diễn ca
diễn cảm
diễn dịch
diễn giả
diễn giải
diễn giảng
diễn hành
diễn khơi
diễn kịch
diễn nghĩa
diễn thuyết
diễn tiến
diễn trường
diễn tả
diễn tấu
diễn tập
diễn từ
diễn viên
diễn văn
diễn xuất
diễn xướng
diễn âm
diễn ý
diễn đài
diễn đàn
diễn đơn
diễn đạt
diễu binh
diễu hành
diễu võ
diễu võ dương oai
diệc lửa
diện hiến
diện kiến
diện mạo
diện mục
diện tiền
diện tích
diện tích kế
diện tích phụ
diện đàm
diệp chi
diệp lục
diệp thạch
diệt chuột
diệt chủng
diệt cỏ
diệt dục
diệt ngư lôi
diệt sinh
diệt sinh thái
diệt trừ
diệt vong
diệt xã hội
diệu huyền
diệu kì
diệu kế
diệu thủ
diệu võ dương oai
diệu võ dương uy
diệu vợi
do dự
do lai
do thái hóa
do thám
do đó
doanh châu
doanh dật
doanh gia
doanh hoàn
doanh hư
doanh liễu
doanh lợi
doanh mãn
doanh nghiệp
doanh nhân
doanh sinh
doanh số
doanh thu
doanh thương
doanh trại
doanh điền
doanh điền sứ
doanh điền sử
doi đất
dong củ
dong dải
dong dỏng
dong kay
dong lá
dong măk
dong nhan
dong riềng
dong thứ
dong đao
doạ dẫm
doạ già
doạ già doạ non
doạ nạt
du canh
du canh du cư
du côn
du cư
du di
du dân
du dương
du già
du hành
du hành vũ trụ
du hí
du hý
du học
du học sinh
du khách
du kí
du kích
du kích chiến
du kích quân
du ký
du lãm
du lịch
du mục
du ngoạn
du nhập
du sơn du thuỷ
du thuyết
du thuyền
du thủ du thực
du tử
du xuân
du xích
du đãng
du đạc
dua nịnh
dun dủi
dung bào
dung dăng
dung dăng dung dẻ
dung dưỡng
dung dị
dung dịch
dung dịch keo
dung dịch đệm
dung hoà
dung hòa
dung hạnh
dung hợp
dung kháng
dung lượng
dung môi
dung mạo
dung nghi
dung nham
dung nhan
dung nhận
dung nạp
dung quang
dung sai
dung tha
dung thân
dung thứ
dung tích
dung túng
dung tục
dung độ
duy cảm
duy danh
duy danh luận
duy hiện tượng
duy hạnh phúc
duy kỉ
duy linh
duy linh luận
duy lí
duy lý
duy mĩ
duy ngã
duy ngã luận
duy ngã độc tôn
duy nhất
duy năng
duy tha
duy thao tác
duy thần
duy thực
duy trì
duy trí
duy tu
duy tâm
duy tâm luận
duy tâm sử quan
duy tân
duy vật
duy vật biện chứng
duy vật luận
duy vật lịch sử
duy ý chí
duyên cá nước
duyên cách
duyên cầm sắt
duyên cố
duyên cớ
duyên do
duyên dáng
duyên giang
duyên hài
duyên hương lửa
duyên hải
duyên kim phận cải
duyên kiếp
duyên kì ngộ
duyên kỳ ngộ
duyên nghiệp
duyên ngạn
duyên nợ
duyên nợ ba sinh
duyên phận
duyên sắt cầm
duyên số
duyên tao ngộ
duyên thầm
duyên thắm chỉ hồng
duyên trời
duyên tần tấn
duyên đèo bòng
duyên ưa cá nước
duyên ưa phận đẹp
duyệt binh
duyệt giả
duyệt lãm
duyệt mục
duyệt y
duềnh ngân
duềnh quyên
duốc cá
duỗi dài
duỗi ra
duỗi thẻ
dài dài
dài dòng
dài dòng văn tự
dài dại
dài dằng dặc
dài dặc
dài dặn
dài hơi
dài hơi cả tiếng
dài hạn
dài long
dài lâu
dài lê thê
dài lưng
dài lượt thượt
dài lời
dài mồm
dài nghêu
dài ngoằng
dài ngoẵng
dài nhằng
dài nhẵng
dài thòng
dài thườn thượt
dài thưỡn
dài thượt
dài đuồn đuỗn
dài đuỗn
dài đườn
dài đườn đườn
dàn binh bố trận
dàn bài
dàn bày
dàn bè
dàn cảnh
dàn dựng
dàn hoà
dàn hàng ngang
dàn hòa
dàn mặt
dàn mỏng
dàn ngang
dàn nhạc
dàn nhạc giao hưởng
dàn quay
dàn trải
dàn trận
dàn tập
dàn xếp
dàn ý
dàn đế
dàn đều
dàng dênh
dành dành
dành dụm
dào dạt
dàu dàu
dày cui
dày công
dày cồm cộp
dày cộm
dày cộp
dày dày
dày dạn
dày dạn gió sương
dày dạn phong sương
dày dặn
dày gió dạn sương
dày đặc
dái chân
dái khoai
dái mít
dái ngựa
dái tai
dám nài
dám sao
dám xin
dám đâu
dán mũi
dán mắt
dáng bộ
dáng chừng
dáng cách
dáng dấp
dáng như
dáng vóc
dáng vẻ
dáng đi
dáng điệu
dáo dác
dát gái
dát mỏng
dát vàng bạc
dáu quạt
dâm bôn
dâm bụt
dâm dấp
dâm dật
dâm dục
dâm hoạ
dâm họa
dâm loạn
dâm ngôn
dâm phu
dâm phụ
dâm thư
dâm tà
dâm từ
dâm yêu
dâm ô
dâm đãng
dân binh
dân biểu
dân bẹp
dân ca
dân chi phụ mẫu
dân chài
dân chính
dân chúng
dân chủ
dân chủ cộng hoà
dân chủ hoá
dân chủ hóa
dân chủ nhân dân
dân chủ tư sản
dân chủ tập trung
dân cày
dân công
dân cùng tài tận
dân cư
dân cử
dân doanh
dân dã
dân dấn
dân dụng
dân gian
dân giàu nước mạnh
dân khí
dân luật
dân làng
dân lập
dân lực
dân nghèo
dân ngu khu đen
dân nguyện
dân phong
dân phu
dân phòng
dân phố
dân quyền
dân quân
dân quân du kích
dân quân tự vệ
dân quê
dân quốc
dân sinh
dân sinh quốc kế
dân số
dân số học
dân sự
dân sự tố tụng
dân thanh
dân thân
dân thường
dân thầy
dân thợ
dân trí
dân trị
dân tuyển
dân tuý
dân tâm
dân tình
dân túy
dân tộc
dân tộc chủ nghĩa
dân tộc chủ thể
dân tộc hoá
dân tộc học
dân tộc thiểu số
dân tộc tính
dân tộc ít người
dân tộc đa số
dân viện
dân vận
dân vệ
dân vệ đoàn
dân vọng
dân y
dân áo ngắn
dân ý
dân đen
dân đinh
dân ước
dâng công
dâng hiến
dâng sao
dâu bể
dâu chìm bể nổi
dâu con
dâu da
dâu da xoan
dâu gia
dâu rượu
dâu ta
dâu trăm họ
dâu tây
dâu tằm
dây buộc
dây bông xanh
dây bọc
dây chun
dây chuyền
dây chuyền sản xuất
dây chão
dây chìa vôi
dây chằng
dây cung
dây cáp
dây cáp ngầm
dây cát
dây câu
dây cót
dây cương
dây duyên
dây dính
dây dù
dây dưa
dây dướng
dây dẫn
dây dẫn sáng
dây dọi
dây dợ
dây gai
dây giày
dây gió
dây guồi
dây gắm
dây hướng tâm
dây khoá kéo
dây khóa kéo
dây kẽm
dây kẽm gai
dây leo
dây li tâm
dây loan
dây luột
dây lèo
dây lưng
dây muống
dây mát
dây máu ăn phần
dây mũi
dây mơ rễ má
dây mật
dây mộc thông
dây mực
dây nguội
dây nhảy
dây nhợ
dây néo
dây nói
dây nóng
dây nịt
dây nọc
dây oan
dây oan nghiệt
dây pha
dây phơi
dây rút
dây rợ
dây sống
dây tam cố
dây thanh
dây thiều
dây thun
dây thép
dây thép gai
dây thòng lọng
dây thường xuân
dây thần kinh
dây thắm
dây thắng
dây ti gôn
dây tiếu
dây trần
dây trời
dây tóc
dây tóc tiên
dây tơ hồng
dây uyên
dây võ dây văn
dây xích
dây óng
dây ông lão
dây đau xương
dây đeo
dây điện
dây đài
dây đàn
dây đất
dã ca
dã chiến
dã cầm
dã dượi
dã dề
dã hạc
dã lã
dã lả
dã man
dã ngoại
dã sử
dã thú
dã thự
dã tràng
dã tràng xe cát
dã tâm
dã vị
dã xử
dã đề
dãi dầu
dãi dầu mưa nắng
dãi dầu nghìn dặm
dãi dằng
dãi gió dầm mưa
dãi màu
dãi nguyệt dầu hoa
dãi nắng
dãi nắng dầm mưa
dãi nắng dầm sương
dãi rớt
dãi thẻ
dãn nở
dãy cuốn
dãy dọc tòa ngang
dãy núi
dãy số
dè bỉu
dè chừng
dè dặt
dè dụm
dè sẻn
dè đâu
dèn dẹt
dé chân chèo
dép cong
dép dừa
dép lê
dép lốp
dép một
dép quai ngang
dê cỏn buồn sừng
dê cụ
dê diếu
dê già
dê non ngứa sừng
dê rừng
dê xồm
dì ghẻ
dì ghẻ con chồng
dì hai
dì họ
dì ruột
dìu díu
dìu dắt
dìu dặt
dìu dịu
dí dỏm
dích dắc
dính dáng
dính dấp
dính kết
dính liền
dính líu
dính máu
dính mép
dính ngón
dính túi
dính đeo
dính đạn
díp xe
dò dẫm
dò hỏi
dò la
dò xét
dò ý
dòi dõi
dòm dỏ
dòm giỏ bỏ thóc
dòm giỏ ngó oi
dòm ngó
dòm nom
dòng biển
dòng châu
dòng chảy
dòng dòng
dòng dõi
dòng giống
dòng họ
dòng máu
dòng quét
dòng thuần
dòng thăm
dòng tên
dòng tộc
dòng điện
dòng điện một chiều
dòng điện xoay chiều
dó rộp
dóc tổ
dóng dả
dô nách
dô ta
dôi dư
dông bão
dông dài
dông tố
dõi dõi
dõi theo
dõng dạc
dõng lưng
dù che ngựa cưỡi
dù cho
dù dì
dù rằng
dù sao
dù thế nào
dùi cui
dùi mài
dùi mài kinh sử
dùi đục
dùi đục cẳng tay
dùng dắng
dùng dằng
dúi dụi
dúm dó
dúm dụm
dún dẩy
dúng tay
dúng đũa
dút dát
dăm ba
dăm bào
dăm bảy
dăm bữa nửa tháng
dăm cối
dăm kèn
dăm kết
dăm trống
dăm xem
dăn deo
dăn dúm
dăn mày
dăng dăng
dăng dẳng
dăng lưới
dĩ chí
dĩ dật đãi lao
dĩ hoà vi quí
dĩ hoà vi quý
dĩ hòa vi quý
dĩ hạ
dĩ hậu
dĩ mũi
dĩ nhiên
dĩ nông vi bản
dĩ oán báo oán
dĩ thân cứu quốc
dĩ thân tác tắc
dĩ thượng
dĩ thực vi tiên
dĩ tiền
dĩ trường kích đoản
dĩ trực báo oán
dĩ vãng
dĩ ân báo oán
dĩ độc chế độc
dĩ đức báo oán
dĩ đức vi tiên
dĩnh ngộ
dũ sang
dũng cảm
dũng dược
dũng khí
dũng kiệt
dũng mãnh
dũng sĩ
dũng tâm
dũng tướng
dơ bẩn
dơ duốc
dơ dáng
dơ dáng dại hình
dơ dáng đời
dơ dáy
dơ tuồng
dơ đời
dơi lá mũi
dơi muỗi
dơi ngao
dơi ngựa
dơi quạ
dơi quỷ
dơi tai
dư ba
dư chấn
dư dùng
dư dả
dư dật
dư dụng
dư huệ
dư hương
dư hưởng
dư hạ
dư luận
dư lượng
dư lực
dư nợ
dư phúc
dư thừa
dư vang
dư vị
dư âm
dư ân
dư đảng
dư địa chí
dư đồ
dưa bở
dưa chua
dưa chuột
dưa cải
dưa gang
dưa giá
dưa góp
dưa hành
dưa hấu
dưa hồng
dưa khú cà thâm
dưa leo
dưa lê
dưa muối
dưa món
dưa tây
dưa đắng
dưa đỏ
dưng không
dương bản
dương cơ
dương cầm
dương cực
dương danh
dương dài
dương dương
dương dương tự đắc
dương gian
dương hoà
dương liễu
dương lịch
dương mai
dương oai
dương oai tác quái
dương phù âm trợ
dương quan
dương thế
dương thịnh âm suy
dương tranh
dương trần
dương tính
dương vây
dương vật
dương xa
dương xuân
dương xỉ
dương đài
dương đông kích tây
dưới luật
dưới quyền
dưới trướng
dưới trần
dưới đây
dường bao
dường bâu
dường bằng
dường có
dường như
dường nào
dường này
dường ấy
dưỡng bệnh
dưỡng chí
dưỡng dục
dưỡng già
dưỡng khí
dưỡng liêm
dưỡng lão
dưỡng lão viện
dưỡng mẫu
dưỡng mục
dưỡng nữ
dưỡng phụ
dưỡng sinh
dưỡng sức
dưỡng thai
dưỡng thành
dưỡng thân
dưỡng thần
dưỡng trấp
dưỡng tử
dưỡng đường
dược chính
dược chất
dược học
dược khoa
dược liệu
dược liệu học
dược lí
dược lí học
dược lý
dược lực học
dược mạ
dược năng
dược phòng
dược phẩm
dược sĩ
dược thư
dược thảo
dược tá
dược tính
dược vật
dược điển
dạ con
dạ cá
dạ cá lòng chim
dạ cầm
dạ cẩm
dạ cỏ
dạ cửa
dạ dày
dạ dày cơ
dạ dày tuyến
dạ dạ vâng vâng
dạ dịp
dạ gian
dạ hương
dạ hội
dạ hợp
dạ khúc
dạ lan hương
dạ lá sách
dạ lí hương
dạ lữ viện
dạ minh châu
dạ minh sa
dạ múi khế
dạ ngọc gan vàng
dạ quang
dạ ran
dạ sắt gan vàng
dạ thú mặt người
dạ thị
dạ trần
dạ tổ ong
dạ vũ
dạ xoa
dạ yến
dạ đài
dạ đá gan vàng
dạ đề
dạc dài
dại dột
dại gái
dại gì
dại gì mà
dại hết chỗ nói
dại khờ
dại mặt
dại mồm dại miệng
dại như cầy
dại như vích
dại trai
dạm hỏi
dạm mặt
dạn dày
dạn dày sương gió
dạn dĩ
dạn gió dày sương
dạn gió dạn sương
dạn mặt
dạn người
dạn nắng dạn sương
dạn roi
dạn thuốc
dạn đòn
dạng bản
dạng bộ
dạng hình
dạng thức
dạo bước
dạo chơi
dạo gót
dạo mát
dạo nọ
dạo quanh
dạo trước
dạo đầu
dạo ổ
dạt dào
dạy bảo
dạy chay
dạy dỗ
dạy học
dạy khôn
dạy khỉ leo dây
dạy kèm
dạy kê
dạy tư
dạy đĩ vén xống
dạy đời
dải an toàn
dải giấy
dải khứu
dải lưng
dải màn
dải mũ
dải ngân hà
dải phân cách
dải rút
dải tần
dải yếm
dải đồng
dải đồng tâm
dảy xuống giếng khơi
dấm da dấm dẳn
dấm dúi
dấm dẩn
dấm dẳn
dấm dẳng
dấm dớ
dấm dớ hội tề
dấm dứ
dấm dứt
dấn bước
dấn mình
dấn nâu
dấn thân
dấn vốn
dấp da dấp dính
dấp dính
dấp giọng
dấu bản quyền
dấu chia
dấu chấm
dấu chấm hỏi
dấu chấm lửng
dấu chấm phẩy
dấu chấm than
dấu câu
dấu cảm
dấu cộng
dấu giáng
dấu giọng
dấu gạch ngang
dấu gạch nối
dấu hai chấm
dấu hiệu
dấu hoa thị
dấu huyền
dấu hỏi
dấu kiểm
dấu luyến
dấu lăn tay
dấu lược
dấu lặng
dấu lửng
dấu má
dấu mũ
dấu ngoặc kép
dấu ngoặc vuông
dấu ngoặc ôm
dấu ngoặc đơn
dấu ngã
dấu nhân
dấu nhạc
dấu nhắc
dấu niêm
dấu nặng
dấu nối
dấu phẩy
dấu phết
dấu sắc
dấu sửa bài
dấu than
dấu thánh giá
dấu thăng
dấu thị thực
dấu toán học
dấu tích
dấu vết
dấu ấn
dấy binh
dấy can qua
dấy loạn
dấy lên
dấy nghiệp
dấy nghĩa
dấy quân
dầm dìa
dầm dề
dầm mưa dãi nắng
dầm sương dãi nắng
dầm thấm
dần dà
dần dần
dần mòn
dầu béo
dầu bóng
dầu bạc hà
dầu cao
dầu chai
dầu chay
dầu cho
dầu chăng
dầu chổi
dầu con hổ
dầu cá
dầu cù là
dầu cốc
dầu cửu long
dầu diesel
dầu dãi
dầu dãi gió sương
dầu dầu
dầu dọc
dầu dừa
dầu gan cá
dầu giun
dầu gió
dầu hoả
dầu hôi
dầu hương
dầu hắc
dầu hỏa
dầu khi
dầu khuynh diệp
dầu khí
dầu lai
dầu long não
dầu luyn
dầu lòng
dầu lạc
dầu lửa
dầu mà
dầu máy
dầu mè
dầu măng
dầu mưa dãi nắng
dầu mỏ
dầu mỡ
dầu như dưa
dầu nhớt
dầu nhờn
dầu nặng
dầu phọng
dầu phộng
dầu phụng
dầu quang
dầu rái
dầu sao
dầu sôi lửa bỏng
dầu sả
dầu sở
dầu ta
dầu thánh
dầu thô
dầu thông
dầu thăng long
dầu thơm
dầu thầu dầu
dầu thắp
dầu trai
dầu tràm
dầu trẩu
dầu tây
dầu tẩy
dầu ve
dầu vậy
dầu vậy cũng dầu
dầu vừng
dầu xăng
dầu ăn
dầu điezen
dầu đèn
dẫm đạp
dẫn bảo
dẫn chuyện
dẫn chất
dẫn chứng
dẫn cưới
dẫn dắt
dẫn dụ
dẫn dụng
dẫn giải
dẫn hoả
dẫn hát
dẫn hướng
dẫn hỏa
dẫn khởi
dẫn liệu
dẫn lưu
dẫn lễ
dẫn lộ
dẫn nhiệt
dẫn nạp
dẫn rượu
dẫn suối
dẫn thuỷ
dẫn thuỷ nhập điền
dẫn thân
dẫn thần xác
dẫn thủy
dẫn thủy nhập điền
dẫn tiến
dẫn truyền
dẫn xuất
dẫn xác
dẫn điểm
dẫn điện
dẫn đường
dẫn đường chỉ lối
dẫn đạo
dẫn đầu
dẫn độ
dẫn động
dẫu mà
dẫu rằng
dẫu sao
dậm doạ
dậm dật
dậm dọa
dậm dựt
dận ga
dận gót giày
dập bã trầu
dập dìu
dập dềnh
dập dồn
dập dờn
dập liễu vùi hoa
dập tắt
dập vùi
dập đầu
dật cư
dật dân
dật dờ
dật sĩ
dật sử
dậu mà
dậy bột
dậy chỗ
dậy dàng
dậy khàn
dậy mùi
dậy non
dậy thì
dậy đất
dậy đất vang trời
dắm dẳn
dắt bóng
dắt dây
dắt dìu
dắt díu
dắt dẫn
dắt gái
dắt mũi
dắt mối
dắt nhau xuống giếng
dắt tay
dằn dỗi
dằn hắt
dằn lòng
dằn mặt
dằn túi
dằn vặt
dằng dai
dằng dặc
dằng dặt
dằng dịt
dặc dặc
dặm biển
dặm băng
dặm hồng
dặm khơi
dặm liễu
dặm liễu sương sa
dặm nghìn
dặm nghìn da ngựa
dặm ngàn
dặm phần
dặm trường
dặm xanh
dặn bảo
dặn dò
dặng hắng
dặt dè
dặt dìu
dặt dẹo
dẹp bỏ
dẹp giặc
dẹp loạn
dẹp lép
dẹp tiệm
dẹp uy
dẹp yên
dẹp đường
dẹt lét
dẹt đét
dẻ cùi tốt mã
dẻ gai
dẻo chân
dẻo dai
dẻo dang
dẻo mồm
dẻo như kẹo
dẻo quẹo
dẻo tay
dẽ dàng
dẽ giun
dẽ gà
dẽ khoang
dẽ khắt
dẽ run
dẽ tính
dế dũi
dế mèn
dế nhủi
dế trũi
dền cơm
dền gai
dền tía
dềnh dang
dềnh dà dềnh dàng
dềnh dàng
dể duôi
dể ngươi
dể người
dễ bảo
dễ bề làm ăn
dễ chịu
dễ chừng
dễ coi
dễ dàng
dễ dãi
dễ dầu
dễ ghét
dễ gì
dễ hiểu
dễ làm khó bỏ
dễ nghe
dễ người dễ ta
dễ ngườí dễ ta
dễ như bỡn
dễ như chơi
dễ như ăn gỏi
dễ sợ
dễ thương
dễ thường
dễ thở
dễ tiêu
dễ tính
dễ vay dày nợ
dễ ăn
dễ ăn lành khiến
dễ đâu
dễ ưa
dễ ợt
dệnh dạng
dệt cửi
dệt gấm thêu hoa
dệt kim
dỉ hơi
dỉ răng
dỉ tai
dị bang
dị biến thái
dị biệt
dị bào
dị bản
dị bội
dị chủng
dị chứng
dị cảm
dị dưỡng
dị dạng
dị giao
dị giáo
dị hoá
dị hình
dị hóa
dị hướng
dị hờm
dị hợm
dị hợp tử
dị kì
dị mộng đồng sàng
dị nghị
dị nguyên
dị nhiễm
dị nhân
dị phát sinh
dị sinh trưởng
dị sản
dị sắc
dị sử
dị sự
dị thường
dị trương
dị trị
dị tài
dị tâm
dị tướng
dị tật
dị tộc
dị vòng
dị vật
dị vực
dị đoan
dị đồng
dị ứng
dị ứng học
dị ứng nguyên
dị ứng thể
dịch bào
dịch bản
dịch bệnh
dịch chuyển
dịch giả
dịch giọng
dịch hoàn
dịch hạch
dịch lí
dịch lệ
dịch lộ
dịch máy
dịch mã
dịch ngược
dịch nhầy
dịch phu
dịch phẩm
dịch rỉ
dịch thuật
dịch thấm
dịch thể
dịch tiêu hóa
dịch tương
dịch tả
dịch tễ
dịch tễ học
dịch văn
dịch vị
dịch vụ
dịch xuôi
dịch âm
dịp cầu
dịu bớt
dịu dàng
dịu giọng
dịu hiền
dịu ngọt
dịu nhỉu
dọ dẫm
dọ thám
dọa dẫm
dọa già
dọa già dọa non
dọa non dọa già
dọa nạt
dọc dưa
dọc dừa
dọc mùng
dọc ngang
dọc ngang trời đất
dọc tẩu
dọc đường
dọn bàn
dọn cơm
dọn dẹp
dọn giọng
dọn hàng
dọn mâm
dọn mình
dọn nhà
dọn sạch
dọn tiệm
dọn ăn
dọn đường
dốc bầu tâm sự
dốc chí
dốc dác
dốc lòng
dốc một lòng
dốc ngược
dốc nước
dốc sức
dốc thoải
dốc túi
dốc đứng
dốc ống
dối da
dối dá
dối dăng
dối già
dối như cuội
dối trá
dối trên lừa dưới
dối trên lừa dướỉ
dối trẻ lừa già
dốt có chuôi
dốt có đuôi
dốt hay nói chữ
dốt lòi chuôi
dốt lòi tói
dốt lòi đuôi
dốt như bò
dốt nát
dốt thò đuôi
dốt đặc
dốt đặc cán mai
dồi dào
dồi mài
dồi mỏ
dồi sấy
dồn dập
dồn nén
dồn phách
dồn tụ
dồn ép
dồn đến chân tường
dồng dộc
dỗ dành
dỗ mồi
dỗ ngon dỗ ngọt
dỗ như dỗ tà
dỗ như dỗ vong
dội lại
dội ngược
dội ngửa
dội nước lạnh
dội âm
dộng cửa
dột nát
dột từ nóc
dớ da dớ dẩn
dớ dẩn
dớn dác
dời bước
dời chân
dời gót
dời non lấp biển
dờn dờn
dở anh dở thằng
dở bộ
dở bữa
dở chàng dở đục
dở chợ dở quê
dở chứng
dở chừng
dở cười dở khóc
dở cười dở mếu
dở dang
dở dom
dở dói
dở dơi dở chuột
dở dở ương ương
dở giăng dở đèn
dở hơi
dở hơi dở hám
dở hồ dở cháo
dở khóc dở cười
dở khóc dở mếu
dở khôn dở dại
dở lui dở tới
dở miệng
dở ngây dở dại
dở người
dở người dở ngợm
dở ngọng dở nghịu
dở sống dở chết
dở tay
dở thói
dở trăng dở đèn
dở trằng dở đèn
dở tuồng
dở òm
dở ông dở thằng
dở đục dở chàng
dở đục dở trong
dở ải dở dầm
dở ẹc
dở ẹt
dỡ hàng
dụ dỗ
dụ hàng
dụ khị
dục anh
dục anh đường
dục dặc
dục năng
dục tình
dục tốc bất đạt
dục vọng
dụm ba dụm bảy
dụng binh
dụng công
dụng cụ
dụng cụ viên
dụng hiền
dụng học
dụng tâm
dụng tình
dụng võ
dụng ý
dứa dại
dức lác
dức mắng
dứt dây động dừng
dứt dây động rừng
dứt hột
dứt khoát
dứt lời
dứt nọc
dứt sữa
dứt tình
dứt áo ra đi
dứt điểm
dừ tử
dừ đòn
dừa cạn
dừa lửa
dừa nước
dừa xiêm
dừng bánh
dừng bút
dừng bước
dừng chân
dừng mạch vách tai
dừng tay
dử mắt
dử thính
dử vào tròng
dửng dưng
dửng mỡ
dửng tóc gáy
dữ da
dữ dằn
dữ dội
dữ gần lành xa
dữ kiện
dữ liệu
dữ như beo
dữ tợn
dữ vía
dữ đòn
dự báo
dự bị
dự bị đại học
dự chi
dự chiến
dự cảm
dự khuyết
dự kiến
dự liệu
dự luật
dự lùn
dự mưu
dự nhiệm
dự phòng
dự phần
dự thi
dự thu
dự thí
dự thính
dự thơm
dự thảo
dự thầu
dự thẩm
dự thẩm viên
dự toán
dự trù
dự trữ
dự trữ vàng
dự tuyển
dự tính
dự án
dự đoán
dự định
dự ước
dự ứng lực
dựa dẫm
dựa hồn dựa cốt
dựa kề
dựng cảnh
dựng hình
dựng ngược
dựng phim
dựng tóc gáy
dựng vợ gả chồng
dựng đứng
e chăng
e dè
e e
e hèm
e líp
e lệ
e ngại
e nề
e nể
e nữa
e rằng
e sợ
e te
e thay
e thẹn
e tình
e é
e ấp
em bé
em chồng
em dâu
em em
em gái
em họ
em nuôi
em ruột
em rể
em thúc bá
em trai
em vợ
em út
en en
eng éc
eo biển
eo hẹp
eo lưng
eo sách
eo sèo
eo xèo
eo éo
eo óc
eo ôi
eo đất
eo ếch
fi dê
fu la
fát xít
féc mơ tuya
ga men
ga ra
ga tô
ga xép
gai cua
gai cột sống
gai dầu
gai gai
gai góc
gai gốc
gai mèo
gai mắt
gai mắt chướng tai
gai ngạnh
gai sốt
gai thị
gai tuyết
gai tên
gai xương
gai ốc
gan bàn chân
gan chí mề
gan cóc tía
gan dạ
gan gà
gan góc
gan liền
gan liền tướng quân
gan lì
gan lì tướng quân
gan ruột
gan sành dạ sỏi
gan sắt
gan vàng
gan vàng dạ sắt
gan óc
gang tay
gang thép
gang trắng
gang tấc
gang xám
ganh ghét
ganh ghẻ
ganh gổ
ganh tị
ganh ăn
ganh đua
gau gáu
gay cấn
gay gay
gay go
gay gắt
gay ác
ghe bản lồng
ghe bầu
ghe chài
ghe cộ
ghe cửa
ghe hầu
ghe lườn
ghe mành
ghe phen
ghen bóng ghen gió
ghen ghét
ghen lồng ghen lộn
ghen ngược
ghen sắc ghen tài
ghen tuông
ghen tài ghen sắc
ghen tị
ghen tức
ghen ăn
ghen ăn ghét ở
ghen ăn tức ở
ghi bàn
ghi chép
ghi chú
ghi công
ghi hình
ghi lò
ghi lòng
ghi lòng tạc dạ
ghi nhận
ghi nhớ
ghi rõ
ghi số tự nhiên
ghi ta
ghi tên
ghi tạc
ghi xương khắc cốt
ghi âm
ghi ý
ghi đông
ghim băng
ghiền gập
ghèn cháo
ghé gẩm
ghé lưng
ghé mắt
ghé nón
ghé tai
ghé vai
ghép cặp
ghép mộng
ghép nối
ghép sau
ghép trước
ghép vần
ghép đôi
ghét bỏ
ghét cay ghét đắng
ghét guổng
ghét gúa
ghét gủa
ghét mặt
ghét ngon ghét ngọt
ghét người
ghét người yêu của
ghét đắng ghét cay
ghê ghê
ghê gớm
ghê hồn
ghê người
ghê răng
ghê rợn
ghê sợ
ghê tởm
ghê xương
ghẹ gẫm
ghẹ ổ
ghẹo gái
ghẹo nguyệt trêu hoa
ghẻ chốc
ghẻ cóc
ghẻ lạnh
ghẻ lở
ghẻ nước
ghẻ ong
ghẻ ruồi
ghế bành
ghế bành tượng
ghế băng
ghế bị cáo
ghế bố
ghế chao
ghế dài
ghế dựa
ghế gập
ghế mây
ghế ngựa
ghế phụ
ghế tréo
ghế trường kỉ
ghế trường kỷ
ghế tựa
ghế vải
ghế xoay
ghế xích đu
ghế xếp
ghế điện
ghế đôn
ghế đẩu
ghế đẳng
ghểnh cổ
gi lê
gia binh
gia biến
gia bản
gia bảo
gia bộc
gia bội
gia chi dĩ
gia chánh
gia chính
gia chủ
gia công
gia cơ
gia cư
gia cường
gia cảm
gia cảnh
gia cầm
gia cố
gia cụ
gia dĩ
gia dụng
gia giáo
gia giảm
gia huynh
gia huấn
gia huấn ca
gia hào
gia hình
gia hương
gia hạn
gia khách
gia kế
gia lễ
gia miện
gia nghiêm
gia nghiệp
gia nhân
gia nhập
gia nô
gia phong
gia pháp
gia phả
gia phổ
gia quan
gia quyến
gia súc
gia sư
gia sản
gia số
gia sự
gia thanh
gia thuộc
gia thân
gia thất
gia thần
gia thế
gia tiên
gia truyền
gia trưởng
gia trạch
gia trọng
gia tài
gia tâm
gia tăng
gia tư
gia tố
gia tốc
gia tốc kế
gia tộc
gia từ
gia vận
gia vị
gia ân
gia đinh
gia đình
gia đình chủ nghĩa
gia đình trị
gia đường
gia đạo
gia đệ
gia đồng
gia ơn
gia ấm
giai chương
giai cú
giai cảnh
giai cấp
giai cấp tính
giai gái
giai kì
giai kỳ
giai lão
giai lão bách niên
giai nhân
giai nhân tài tử
giai phẩm
giai sự
giai thoại
giai thừa
giai tác
giai tầng
giai tằng
giai tế
giai vị
giai âm
giai điệu
giai đoạn
giam chấp
giam cấm
giam cầm
giam cứu
giam giữ
giam hãm
giam hẵm
giam lỏng
gian bào
gian băng
gian chí tuyến
gian cơ
gian dâm
gian dối
gian giảo
gian hiểm
gian hoạt
gian hàm
gian hàng
gian hùng
gian khó
gian khổ
gian khớp
gian lao
gian lận
gian lậu
gian manh
gian nan
gian ngoan
gian nguy
gian nịnh
gian phi
gian phu
gian phu dâm phụ
gian phụ
gian tham
gian thương
gian thần
gian thần tặc tử
gian truân
gian trá
gian tà
gian tình
gian tặc
gian tế
gian xảo
gian ác
gian đảng
gian địa cực
gian địa tầng
gian đốt
giang biên
giang cảng
giang hà
giang hồ
giang hồ tứ chiếng
giang khê
giang khúc
giang khẩu
giang mai
giang mai học
giang san
giang sơn
giang trung
giang tân
giang đoàn
giang đình
giao ban
giao binh
giao bái
giao bóng
giao ca
giao chiến
giao cảm
giao cảnh
giao cấu
giao diện
giao du
giao duyên
giao dịch
giao hiếu
giao hoan
giao hoà
giao hoàn
giao hoán
giao hôn
giao hưởng
giao hảo
giao hẹn
giao hỗ
giao hội
giao hợp
giao hữu
giao khoán
giao kèo
giao kết
giao liên
giao loan
giao long
giao lưu
giao lương
giao lộ
giao nhận
giao nạp
giao nộp
giao phong
giao phó
giao phấn
giao phối
giao phối học
giao quân
giao thiệp
giao thoa
giao thoa kế
giao thông
giao thông hào
giao thông tĩnh
giao thương
giao thầu
giao thời
giao thừa
giao tiếp
giao tranh
giao trùng
giao tuyến
giao tình
giao tế
giao tế xứ
giao tử
giao tử bào
giao tử nang
giao tử thể
giao viễn
giao vĩ
giao điểm
giao điện
giao đoan
giao đàm
giao đàn
giao đãi
giao đấu
giao ước
giau giảu
gieo cấy
gieo cầu
gieo gió gặt bão
gieo lại
gieo mình
gieo neo
gieo ngọc chìm châu
gieo quẻ
gieo rắc
gieo thoi
gieo thẳng
gieo trồng
gieo vãi mạ
gieo vần
gieo đầu
gion giỏn
giong buồm
giong buồm ngược gió
giong ruổi
giu giú
giun chỉ
giun cát
giun dẹp
giun giẹp
giun kim
giun lươn
giun móc
giun móc câu
giun nhiều tơ
giun que
giun sán
giun tròn
giun tóc
giun vòi
giun xanh
giun xoắn
giun ít tơ
giun đũa
giun đất
giun đốt
giun ống
già chơi trống bỏi
già chẳng trót đời
già câng
già cơ
già cả
già cấc
già cốc
già cốc đế
già cỗi
già dái non hột
già dặn
già gan
già giang
già giặn
già gừng già quế
già hay đái tật
già họng
già không trót đời
già khú đế
già khằn
già khọm
già khụ
già kén kẹn hom
già kề miệng lỗ
già lam
già làng
già lão
già lão dt
già lừa nhỡ lứa
già lửa
già mồm
già nua
già nua tuổi tác
già néo đứt dây
già nửa
già quá hoá lẫn
già sóc
già sọm
già tay
già tom
già trái non hột
già yếu
già đòn
già đòn non lẽ
già đòn non nhẽ
già đời
già đời còn dại
giàn bếp
giàn giáo
giàn giụa
giàn hoả
giàn mui
giàn pháo
giàn rế
giàn rớ
giàn thiêu
giàng giàng
giàng thun
giành giật
giành giựt
giàu con giàu của
giàu có
giàu mạnh
giàu như thạch sùng
giàu sang
giàu sụ
giàu điếc sang đui
giày ba ta
giày ban
giày bata
giày batket
giày bát kết
giày bốt
giày cao cổ
giày cườm
giày da
giày dép
giày gia định
giày guốc
giày hạ
giày kinh
giày mõm nhái
giày mỏm nhái
giày nùi
giày sành đạp sỏi
giày ta
giày thừa dép thiếu
giày tây
giày vò
giày vải
giày xéo
giày đinh
giày đá bóng
giày đạp
giày ống
giá biển
giá biểu
giá buôn
giá buốt
giá bán
giá bìa
giá chợ
giá cạnh tranh
giá cả
giá cắt cổ
giá cố định
giá dôi
giá dụ
giá hoạ
giá họa
giá lạnh
giá mua
giá mà
giá ngạch
giá ngắt
giá ngự
giá như
giá nhạc
giá noãn
giá phát
giá phỏng
giá rét
giá sinh hoạt
giá so sánh
giá sàn
giá sách
giá sử
giá thành
giá thú
giá thể
giá thị trường
giá thử
giá treo cổ
giá trần
giá trị
giá trị gia tăng
giá trị giao dịch
giá trị sử dụng
giá trị thặng dư
giá trị trao đổi
giá trị tuyệt đối
giá trị đổi chác
giá vẽ
giá vốn
giá xí nghiệp
giá áo
giá áo túi cơm
giá đồng
giác cự
giác kính
giác kế
giác mút
giác mạc
giác ngộ
giác nút
giác quan
giác thư
giác độ
giám binh
giám biên
giám hiệu
giám học
giám hộ
giám khảo
giám lí
giám mã
giám mục
giám ngục
giám quản
giám quốc
giám sinh
giám sát
giám thị
giám thủ
giám định
giám định viên
giám đốc
giám đốc thẩm
gián cách
gián hoặc
gián nghị
gián phân
gián quan
gián thu
gián tiếp
gián viện
gián điệp
gián đoạn
giáng chỉ
giáng chức
giáng cua
giáng cấp
giáng hoạ
giáng hoả
giáng hương
giáng hạ
giáng họa
giáng loại
giáng lâm
giáng phàm
giáng phúc
giáng phúc giáng hoạ
giáng sinh
giáng thế
giáng trả
giáng trần
giáng trật
giáo ban
giáo bật
giáo chỉ
giáo chủ
giáo chức
giáo cụ
giáo cụ trực quan
giáo dân
giáo dưỡng
giáo dục
giáo dục học
giáo dục phổ thông
giáo dựng gươm trần
giáo giới
giáo giở
giáo hoàng
giáo hoá
giáo huấn
giáo huấn cảnh trị
giáo hóa
giáo hạt
giáo học
giáo học pháp
giáo hội
giáo hữu
giáo khoa
giáo khoa thư
giáo khu
giáo lí
giáo lệnh
giáo mác
giáo phái
giáo phường
giáo phẩm
giáo phận
giáo quạt
giáo sinh
giáo sĩ
giáo sư
giáo sợi
giáo thụ
giáo trình
giáo trưởng
giáo tài
giáo tỉnh
giáo viên
giáo vụ
giáo xứ
giáo án
giáo đa thành oán
giáo điều
giáo điều chủ nghĩa
giáo đoàn
giáo đường
giáo đạo
giáo đầu
giáo đồ
giáp binh
giáp bảng
giáp chiến
giáp công
giáp giới
giáp hạt
giáp lai
giáp lá cà
giáp mặt
giáp năm
giáp ranh
giáp sĩ
giáp trường
giáp trưởng
giáp trạng
giáp trận
giáp trụ
giáp vụ
giáp xác
giát giường
giát lò
giâu gia
giâu gia xoan
giây giướng
giây lát
giây máu ăn phần
giây phút
giã biệt
giã cào
giã giày
giã từ
giã đám
giã ơn
giãi bày
giãi giề
giãi tỏ
giãn mạch
giãn nở
giãn nợ
giãn thợ
giãn tĩnh mạch
giãn xương
giãn xương giãn cốt
giãy chết
giãy giụa
giãy nảy
giãy nẩy
giãy đành đạch
gièm giẹp
gièm pha
giéo giắt
giêng hai
giò bì
giò bò
giò bó
giò heo
giò lái
giò lụa
giò mỡ
giò nạc
giò thủ
giò xào
giòi da
giòn cười tươi khóc
giòn giã
giòn rụm
giòn tan
gió bãi trăng ngàn
gió bão
gió bấc
gió bấc mưa phùn
gió bắt mưa cầm
gió bề mưa ngàn
gió bụi
gió chướng
gió cuốn cờ
gió dập mưa dồn
gió dập sóng dồi
gió dập sóng vùi
gió giật
gió giật mây vần
gió giục mây vần
gió heo may
gió kép mưa đơn
gió lào
gió lùa
gió lặng sóng êm
gió lốc
gió lộng
gió may
gió mát trăng thanh
gió máy
gió mây
gió mùa
gió mùa đông bắc
gió mưa
gió mậu dịch
gió nam
gió nồm
gió quang mây tạnh
gió quét mưa sa
gió sương
gió thảm mưa sầu
gió trúc mưa mai
gió trăng
gió táp mưa sa
gió tây
gió tựa hoa kề
gió vàng
gió vào nhà trống
gió xoáy
gió đàn
gió đông
gióng giả
gióng một
gióng trống khua chiêng
gióng trống mở cờ
gióng trống phất cờ
gióng đôi
giôn giốt
giông giống
giông tố
giùi chọc
giùi mài
giùm giúp
giúi giụi
giúp công
giúp công giúp của
giúp rập
giúp sức
giúp việc
giúp vì
giúp ích
giúp đỡ
giăm bào
giăm bông
giăm cối
giăm kèn
giăm trống
giăng gió
giăng giăng
giăng hoa
giăng há
giăng mắc
giũ bụi
giũ bụi trần
giũ lông
giũ rối
giũ sạch bụi trần
giũ sạch nợ trần
giũ sạch nợ đời
giũ áo
giũa dạy
giũa vuốt mài nanh
giơ cao đánh khẽ
giơ cao đánh sẽ
giơ mặt
giơ tay quá trán
giơ xương
giơ đầu chịu báng
giương cao
giương mắt ếch
giương oai
giương vây
giương đôi mắt ếch
giường bệnh
giường bố
giường cao chiếu sạch
giường chiếu
giường mối
giường phản
giường thất bảo
giường thờ
giạc chừng
giạng háng
giạt sợi
giả ba ba
giả bộ
giả bữa
giả chu kì
giả cách
giả câm giả điếc
giả cầu
giả cầy
giả của
giả da
giả danh
giả dại làm ngây
giả dạng
giả dối
giả dụ
giả giao
giả hiệu
giả hình
giả hình giả dạng
giả hợp kim
giả lơ
giả lả
giả lời
giả miếng
giả mù giả điếc
giả mù pha mưa
giả mạo
giả nghĩa giả nhân
giả ngây giả dại
giả ngô giả ngọng
giả ngơ
giả ngộ
giả nhân giả nghĩa
giả như
giả nhời
giả phép
giả phỏng
giả say giả tỉnh
giả sơn
giả sử
giả thiết
giả thuyết
giả thác
giả thù
giả thể
giả thử
giả tiếng
giả trang
giả trá
giả tuần hoàn
giả túc
giả tưởng
giả tạo
giả tảng
giả tỉ
giả tỉ như
giả tỉnh giả say
giả tỷ như
giả vờ
giả điếc
giả đui giả điếc
giả đò
giả đạo đức
giả đận
giả định
giả đồng hình
giải binh
giải buồn
giải bùa
giải chức
giải cấu
giải cấu tương phùng
giải cứu
giải cử
giải giáp
giải hoà
giải hòa
giải hạn
giải khuyên
giải khuây
giải khát
giải kết
giải lao
giải lòng
giải lạm phát
giải muộn
giải mã
giải mê
giải nghĩa
giải nghệ
giải nguy
giải nguyên
giải ngân
giải ngũ
giải ngạch
giải ngộ
giải nhiệm
giải nhiệt
giải nồng
giải oan
giải phiền
giải pháp
giải phóng
giải phóng quân
giải phẫu
giải phẫu học
giải quyết
giải sầu
giải thoát
giải thuyết
giải thuật
giải thích
giải thưởng
giải thể
giải thức
giải toả
giải trình
giải trí
giải trùng hợp
giải trọc
giải trừ
giải trừ quân bị
giải tán
giải tích
giải tích hàm
giải tích toán học
giải tội
giải vi
giải vây
giải vũ
giải y nhi thoát
giải ách
giải điều
giải đáp
giải độc
giải độc tố
giải ưu
giải ước
giảm biên
giảm bớt
giảm chi
giảm chấn
giảm dần
giảm giá
giảm huyết áp
giảm lực
giảm nhiễm
giảm nhiệt
giảm nhẹ
giảm niệu
giảm phát
giảm phân
giảm phức
giảm sinh
giảm sút
giảm sản
giảm sốt
giảm thiểu
giảm thuế
giảm thọ
giảm thống
giảm tiết
giảm tô
giảm tốc
giảm tội
giảm tức
giảm xóc
giảm án
giảm áp
giảm đau
giảm đẳng
giản chính
giản dị
giản lược
giản lậu
giản minh
giản phổ
giản tiện
giản yếu
giản đơn
giản đơn hóa
giản đồ
giản ước
giảng diễn
giảng dạy
giảng dụ
giảng giải
giảng hoà
giảng hòa
giảng nghĩa
giảng sư
giảng thuật
giảng trả
giảng tu
giảng viên
giảng văn
giảng đài
giảng đàn
giảng đình
giảng đường
giảng đạo
giảo hoạt
giảo hình
giảo quyệt
giảu môi
giảu mỏ
giấc bướm
giấc chiêm bao
giấc hoa
giấc hoàn lương
giấc hoàng lương
giấc hoè
giấc hòe
giấc hương quan
giấc hồ
giấc kê vàng
giấc mai
giấc mây mưa
giấc mòng
giấc mơ
giấc mộng
giấc mộng cây hoè
giấc mộng dương đài
giấc nam kha
giấc ngủ
giấc nồng
giấc tiên
giấc vu sơn
giấc vàng
giấc xuân
giấc điệp
giấm bỗng
giấm cái
giấm ghém
giấm giúi
giấm mật
giấm thanh
giấm ớt
giấn nâu
giấp cá
giấp giới
giấu giếm
giấu màu
giấu mình
giấu mặt ẩn hình
giấu quanh
giấu tiếng
giấu tên
giấu tủ
giấu voi ruộng rạ
giấu voi đụn rạ
giấu đầu hở đuôi
giấu đầu lòi đuôi
giấy bao bì
giấy bao gói
giấy báo
giấy bóng
giấy bóng kính
giấy bướm
giấy bạc
giấy bản
giấy bọc
giấy bồi
giấy bổi
giấy cacbon
giấy chặm
giấy chứng chỉ
giấy chứng minh
giấy chứng nhận
giấy các bon
giấy cói
giấy căn cước
giấy da
giấy da bê
giấy da đá
giấy dó
giấy dó lụa
giấy dầu
giấy dậm
giấy giao kèo
giấy giá thú
giấy gói
giấy hoa tiên
giấy hải quan
giấy hằn sọc
giấy học trò
giấy hồ
giấy in
giấy khai hải quan
giấy khai sinh
giấy khen
giấy kim loại
giấy kiếng
giấy kính
giấy kẻ
giấy kẻ ô
giấy loại
giấy lề
giấy lệnh
giấy lọc
giấy lộn
giấy moi
giấy má
giấy mời
giấy ngắn tình dài
giấy nhiễu
giấy nhám
giấy nháp
giấy nhật trình
giấy nến
giấy phèn
giấy phép
giấy quyến
giấy quì
giấy quỳ
giấy ráp
giấy sáp
giấy súc
giấy sơn
giấy than
giấy thiếc
giấy thông hành
giấy thấm
giấy thẩm
giấy tiền
giấy trang kim
giấy trắng mực đen
giấy tàu bạch
giấy tây
giấy tín chỉ
giấy tăng xin
giấy tăngxin
giấy tờ
giấy viết thư
giấy vàng
giấy vắn tình dài
giấy vẽ
giấy vệ sinh
giấy vụn
giấy xăng
giấy ăn
giấy đi đường
giấy điệp
giấy đánh máy
giấy ảnh
giần giật
giần sàng
giầu cau
giầu có
giầu không
giầu sang
giầy dép
giầy vò
giầy xéo
giẫm chân lên nhau
giẫm chân tại chỗ
giẫm vỏ chuối
giẫm đạp
giẫy giụa
giẫy nẩy
giậm chuột
giậm chân
giậm cù
giậm doạ
giậm dọa
giậm giạp
giậm giật
giận chồng mắng con
giận chồng vật con
giận chồng đánh con
giận cá băm thớt
giận cá chém thớt
giận cá vằm thớt
giận duyên tủi phận
giận dỗi
giận dữ
giận hờn
giận lẫy
giận lẫy sẩy cùi
giận mất khôn
giận thân
giập bã trầu
giập giạp
giập giờn
giập gãy
giập liễu vùi hoa
giập mật
giật bắn người
giật cánh khuỷu
giật cơ
giật cục
giật dây
giật giải
giật giật
giật giọng
giật gân
giật gấu vá vai
giật hậu
giật lùi
giật lửa
giật mình
giật nóng
giật nảy mình
giật nẩy
giật nợ
giật rung
giật thót
giật thột
giật tạm
giật xổi
giậu nát chó ỉa
giậu đổ bìm leo
giắm giẳn
giắng giỏi
giắt giường
giắt lưng
giắt răng
giằn giọc
giằn giỗi
giằn vặt
giằng co
giằng xay
giằng xé
giặc biển
giặc cướp
giặc cỏ
giặc giã
giặc lái
giặc nhà trời
giặc trời
giặt giũ
giặt giạ
giặt gịa
giặt gỵa
giặt khô
giặt là
giẹo giọ
giẹo đường
giẹp lép
giẹp mình
giẻ cùi
giẻ cùi tốt mã
giẻ lau
giẻ rách
giếng ao
giếng chìm
giếng dầu
giếng khoan
giếng khơi
giếng mỏ
giếng thơi
giết chóc
giết gà lấy trứng
giết hại
giết mổ
giết ngoém
giết người
giết người không dao
giết người không gươm
giết người như ngoé
giết oan
giết sâu bọ
giết thì giờ
giết thịt
giết tróc
giền cơm
giền dại
giền gai
giền tía
giềng giềng
giềng mối
giễu cợt
giọng gà tồ
giọng hát
giọng hò
giọng kim
giọng lưỡi
giọng nói
giọng thổ
giọng văn
giọng vịt đực
giọng điệu
giọt châu
giọt châu tầm tã
giọt dài giọt ngắn
giọt hồng
giọt lệ
giọt máu
giọt máu cuối cùng
giọt ngắn giọt dài
giọt ngọc
giọt nắng
giọt rồng
giọt sành
giọt sương
giọt tương
giọt tụ
giọt vắn giọt dài
giỏ nào hom ấy
giỏ nào quai ấy
giỏ phấn
giỏ ấm
giỏi giang
giỏi giắn
giỏi quánh
giỏi trai
giỏng tai
giối già
giối giăng
giối phấn thoa son
giống cái
giống hệt
giống in
giống lai
giống má
giống như
giống như hệt
giống như in
giống như lột
giống như tạc
giống như đúc
giống như đổ khuôn
giống nòi
giống trung
giống y
giống đực
giồi mài
giồng giọt
giỗ chạp
giỗ giúi
giỗ hậu
giỗ hết
giỗ trận
giỗ tết
giỗ đầu
giội gáo nước lạnh
giội tía
giới chức
giới hình
giới hạn
giới luật
giới nghiêm
giới ngữ
giới sát
giới sắc
giới thiệu
giới thuyết
giới trụ
giới tuyến
giới tính
giới tính hóa
giới tính học
giới từ
giới tửu
giới yên
giới đàn
giờ cao điểm
giờ chính quyền
giờ chính thức
giờ chót
giờ chơi
giờ chết
giờ g
giờ giấc
giờ gmt
giờ hoàng đạo
giờ hành chính
giờ hồn
giờ khắc
giờ lâu
giờ nghỉ
giờ ngọ
giờ phút
giờ quốc tế
giờ ăn
giờ đây
giờ địa phương
giời leo
giời long đất lở
giời đánh thánh vật
giời ơi đất hỡi
giở bài bây
giở chứng
giở câm giở điếc
giở duốc bày trò
giở dạ
giở giói
giở giọng
giở giời
giở lại
giở mình
giở mặt
giở ngô giở ngọng
giở quẻ
giở tay
giở tay không kịp
giở trò
giở trăng giở đèn
giở trời
giở về
giở điếc giở câm
giục giã
giục giặc
giục như giục tà
giữ chân
giữ chặt
giữ dịp
giữ ghế
giữ giàng
giữ giá
giữ gìn
giữ kẽ
giữ lại
giữ lễ
giữ lời
giữ miếng
giữ miệng
giữ mình
giữ mồm giữ miệng
giữ mực
giữ nguyên
giữ nhiệt
giữ phép
giữ rịt
giữ tiếng
giữ tiết
giữ trẻ
giữ vững
giữ ý
giữ ý giữ tứ
giữa chừng
giữa trời
giữa vời
giữa đường đứt gánh
glô côm
gom góp
goá bụa
goá chồng
goá vợ
goòng bằng
guốc chẵn
guốc kinh
guốc lẻ
guốc võng
guốc điếu
guồng máy
guột lá dừa
gà chọi
gà con
gà cát
gà công nghiệp
gà cậy gần chuồng
gà cỏ
gà cồ
gà dờ
gà giò
gà gà
gà gáp
gà gáy
gà gáy gở
gà gô
gà gưỡng
gà gật
gà hoa
gà hoa mơ
gà kim tiền
gà kiến
gà lôi
gà lơgo
gà mái
gà mái ghẹ
gà mái ghẹn
gà mái gáy gở
gà mái mơ
gà mã lửa
gà mèn
gà mượn lông công
gà mọc lông măng
gà mới lên chuồng
gà mờ
gà nhật
gà nòi
gà nước
gà nổ
gà pha
gà phi
gà phèn
gà quay
gà qué
gà ri
gà rốt
gà rừng
gà sao
gà sếu
gà sống
gà sống nuôi con
gà thiến
gà tiền
gà trống
gà trống hoa
gà trống nuôi con
gà tây
gà tơ
gà tần
gà tồ
gà vịt
gà xiêm
gà ác
gà đá
gà đồng
gài bẫy
gài giấm
gài mắm
gàn bát sách
gàn dở
gàn gàn
gàn quải
gào mên
gào rít
gào rú
gào thét
gàu bốc
gàu dai
gàu ngoạm
gàu sòng
gày guộc
gày gò
gày gùa
gày võ
gá bạc
gá chứa
gá lắp
gá lời
gá nghĩa
gá nghĩa châu trần
gá nghĩa trăm năm
gá thổ đổ hồ
gá tiếng
gác bút
gác bếp
gác bỏ
gác bỏ ngoài tai
gác chuông
gác chân chữ ngũ
gác cu
gác cổng
gác khói đài mây
gác lửng
gác mỏ
gác ngoài tai
gác ngục
gác núi
gác phượng lầu rồng
gác sân
gác thượng
gác tía
gác tía lầu hoa
gác tía lầu hồng
gác tía lầu son
gác xép
gác xếp
gác điêng
gác đờ bu
gác đờ sên
gái giang hồ
gái già
gái goá
gái góa
gái hoá
gái hóa
gái lỡ thì
gái nhảy
gái này
gái sề
gái trinh
gái tân
gái tơ
gái tơ ngứa nghề
gái điếm
gái đĩ
gái đĩ già mồm
gán ghép
gán gẩm
gán nợ
gán tội
gán vợ đợ con
gán ép
gánh chịu
gánh gánh gồng gồng
gánh gồng
gánh hàng
gánh hát
gánh nặng
gánh vai
gánh vác
gánh đểu
gáo dài hơn chuôi
gáo dừa
gáy gở
gâm gấp
gân bò
gân cốt
gân cổ
gân guốc
gân mặt
gân sức
gân tay
gâu gâu
gây bệnh
gây chiến
gây chuyện
gây cấn
gây dựng
gây giống
gây gây
gây gấy
gây gổ
gây hấn
gây lạnh
gây lộn
gây lộn gây lạo
gây men
gây mê
gây ngủ
gây nhiễu
gây rối
gây sốt
gây sự
gây thù sinh oán
gây tê
gây án
gãi chuyện
gãi ngứa
gãi như gãi ghẻ
gãi vào chỗ ngứa
gãi đúng chỗ ngứa
gãi đầu gãi tai
gãy cầu
gãy gánh
gãy góc
gãy gọn
gãy vụn
gì gì
gì mà
gì thì gì
gìn giữ
gìn vàng giữ ngọc
gò bó
gò băng
gò gẫm
gò hàn
gò má
gò mộ
gò tóp
gò ép
gò đống
gòn gọn
góa bụa
góc biển chân trời
góc bù
góc bù nhau
góc bẹt
góc bể
góc bể bên trời
góc bể chân trời
góc cạnh
góc giới hạn
góc giờ
góc gách
góc hướng
góc học tập
góc khúc xạ
góc kề
góc kề bù
góc kề nhau
góc ló
góc lõm
góc lệch
góc lệch địa bàn
góc lồi
góc ngoài
góc ngọn
góc nhà
góc nhị diện
góc nhọn
góc nội tiếp
góc phương vị
góc phản xạ
góc phẳng
góc phố
góc phụ
góc phụ nhau
góc quay
góc so le ngoài
góc so le trong
góc thước thợ
góc trong
góc trời
góc tù
góc tới
góc từ thiên
góc vuông
góc đa diện
góc đầy
góc đối đỉnh
góc đồng vị
góc độ
góc ở tâm
gói ghém
gói gắm
góp chuyện
góp công góp của
góp gió thành bão
góp gỗ nên rừng
góp họ
góp mặt
góp nhóp
góp nhặt
góp phần
góp sức
góp vui
góp vào
góp vốn
góp ý
góp điện
gót bồ câu
gót chân
gót giày
gót lân
gót ngọc
gót sen
gót son
gót sắt
gót tiên
gót đầu
gót đỏ như son
gô cổ
gôm lác
gông cùm
gông cụt
gông thiết diệp
gông ván
gông xiềng
gông đóng tróng mang
gõ cửa
gõ kiến
gõ đầu trẻ
gùn ghè
gùn gút
gút mắt
găm giữ
găm gắm
găn gắt
găng cơm
găng gổ
găng tay
găng trâu
găng tây
gươm giáo
gươm kề cổ
gươm vàng
gươm đao
gương cầu
gương hậu
gương lò
gương lõm
gương lồi
gương mẫu
gương mặt
gương nga
gương phẳng
gương sen
gương sáng
gương tày liếp
gương tày đình
gương tầy liếp
gương vỡ lại lành
gườm gườm
gường gượng
gượng gùng
gượng gạo
gượng nhẹ
gượng ép
gạ chuyện
gạ gẫm
gạc bỏ
gạch bán phương
gạch bát tràng
gạch bìa
gạch bìa sách
gạch bông
gạch bỏ
gạch cay
gạch chéo
gạch chỉ
gạch chịu lửa
gạch dưới
gạch gạch
gạch hoa
gạch hòm sớ
gạch không nung
gạch khẩu
gạch lá nem
gạch lát
gạch men
gạch men sứ
gạch mộc
gạch ngang
gạch non
gạch nối
gạch rỗng
gạch silicat
gạch sống
gạch thông tâm
gạch tráng men
gạch vồ
gạch xóa
gạch ép sống
gạch đít
gạch đầu dòng
gạch ống sớ
gạch ốp lát
gạn gùng
gạn hỏi
gạn lọc
gạn đục khơi trong
gạo ba giăng
gạo ba thắc
gạo ba trăng
gạo chiêm
gạo châu củi quế
gạo chợ nước sông
gạo cẩm
gạo cội
gạo cụ
gạo dé
gạo dự
gạo giã
gạo lương
gạo lức
gạo lứt
gạo muối ném theo
gạo mùa
gạo nước
gạo nếp
gạo ré
gạo sen
gạo sấm
gạo trắng nước trong
gạo tám
gạo tám thơm
gạo tám xoan
gạo tẻ
gạo xát
gạo đồ
gạo ỏn
gạt bỏ
gạt gẫm
gạt lường
gạt lệ
gạt ngọn
gạt nước mắt
gạt nợ
gạt phắt
gạt tàn
gạt đi
gả bán
gả chồng
gảy gót
gảy khúc cầu hoàng
gảy móng tay
gấm thêu
gấm vóc
gấp bội
gấp gay
gấp gáp
gấp khúc
gấp ngày
gấp ngặt
gấp rút
gấp đôi
gấu chó
gấu lợn
gấu mèo
gấu ngựa
gấu trúc
gấu ăn trăng
gấu đen
gấy sốt
gầm cầu
gầm ghè
gầm ghè gầm gừ
gầm ghì
gầm gừ
gầm hét
gầm rú
gầm thét
gầm trời
gần bên
gần cận
gần gũi
gần gần
gần gận
gần gặn
gần gụi
gần kề
gần kề miệng lỗ
gần lửa rát mặt
gần mực thời đen
gần nhà xa ngõ
gần như
gần xa
gần đây
gần đất xa trời
gần đến
gầu dai
gầu ngoạm
gầu sòng
gầu xà nách
gầy choắt
gầy còm
gầy dựng
gầy giơ xương
gầy giấm
gầy guộc
gầy gò
gầy gùa
gầy gộc
gầy lõ lẹo
gầy mòn
gầy nhom
gầy như con mắm
gầy như cái que
gầy như hạc
gầy như que củi
gầy rộc
gầy tóp
gầy tầy
gầy tọp
gầy võ
gầy xác ve
gầy xơ
gầy xọp
gầy yếu
gầy đét
gẫu chuyện
gẫy gánh giữa đàng
gẫy góc
gẫy gọn
gậm nhấm
gập ghình
gập ghềnh
gập gà gập ghềnh
gập gỡ
gập xuống
gật gà
gật gà gật gù
gật gà gật gưỡng
gật gù
gật gưỡng
gật gờ
gật gờ gật gưỡng
gật đầu
gậy gộc
gậy kim cang
gậy tày
gậy tầm vông
gậy tầm xích
gậy tầy
gậy vông
gắm ghé
gắn bó
gắn bó keo sơn
gắn bó tất giao
gắn kết
gắn liền
gắn máy
gắn xi
gắng công
gắng gượng
gắng gỏi
gắng gỏl
gắng gổ
gắng sức
gắp thăm
gắt gao
gắt gưởi
gắt gỏng
gắt mù
gắt mấu
gắt ngủ
gắt như mắm
gắt như mắm thối
gắt như mắm tôm
gắt ỏm
gằm ghè
gằm gằm
gằm gừ
gằn gằn
gằn gọc
gặc gặc
gặm mòn
gặm nhấm
gặng hỏi
gặp chăng hay chớ
gặp dịp
gặp gái
gặp gỡ
gặp hội
gặp may
gặp mặt
gặp phải
gặp sao hay vậy
gặp thầy gặp thuốc
gặp thời
gặp vận
gặp đâu hay đó
gặt hái
gỉ mũi
gỉ mắt
gỉ sắt
gỉ đồng
gọ gẵng
gọi chút
gọi cửa
gọi dạ bảo vâng
gọi họ
gọi hỏi
gọi hồn
gọi là
gọi lính
gọi như gọi đò
gọi như hò đò
gọi sống
gọi thầu
gọi vốn
gọn ghẽ
gọn gàng
gọn hơ
gọn lỏn
gọn mắt
gọn nhẹ
gọn thon lỏn
gọng kìm
gọng vó
gọng xe
gọt dũa
gọt giũa
gọt gáy bôi vôi
gỏi ghém
gỏi sinh cầm
gỏi thèm nem thừa
gốc ghép
gốc gác
gốc nguồn
gốc ngọn
gốc phần
gốc rạ
gốc rễ
gốc toạ độ
gốc tích
gốc từ
gốc tử
gối chiếc
gối chiếc chăn đơn
gối chiếc lẻ loi
gối chăn
gối cách
gối dài
gối dựa
gối hạc
gối loan
gối loan nệm thuý
gối mỏi chân chồn
gối phượng màn loan
gối phụng
gối tuyết nằm sương
gối tựa
gối vụ
gối xếp
gối ôm
gối điệp
gối đất nằm gai
gối đất nằm sương
gối đầu
gối đầu giường
gối đầu tay
gồ ghề
gồng giỗ gánh tết
gồng gánh
gồng nặng gánh nhẹ
gồng thuê gánh mướn
gỗ bìa
gỗ cây
gỗ dác
gỗ dán
gỗ dát
gỗ hồng sắc
gỗ lim
gỗ lạt
gỗ súc
gỗ thiết mộc
gỗ tròn
gỗ trắc
gỗ tạp
gỗ tứ thiết
gỗ vang
gỗ ván
gỗ xẻ
gội gió dầm mưa
gội ơn
gộp đá
gột rửa
gột sạch
gột vịt
gớm chửa
gớm ghiếc
gớm ghê
gớm guốc
gớm mặt
gờ vòng
gờm gờm
gờm mặt
gờn gợn
gở chết
gở mồm
gởi gắm
gỡ gạc
gỡ lỗi
gỡ mìn
gỡ nợ
gỡ rối
gỡ tội
gỡ đầu
gợi chuyện
gợi cảm
gợi lại
gợi mở
gợi tình
gợi tả
gợi ý
gợn sóng
gục gặc
gừ gừ
gừng gió
gửi gắm
gửi lời
gửi rể
gửi thân
gửi thưa
gửi trứng cho ác
ha ha
ha há
ha hả
hai bàn tay trắng
hai chấm
hai lá mầm
hai lòng
hai mang
hai miệng một lời
hai mươi
hai mắt dồn một
hai mặt
hai mặt một lời
hai nghĩa
hai năm mươi
hai năm rõ mười
hai quốc tịch
hai sôi ba lạnh
hai sương một nắng
hai tay buông xuôi
hai thân
hai thóc một gạo
hai thúng một đấu
hai tám
ham chuộng
ham công tiếc việc
ham danh
ham hố
ham muốn
ham mê
ham sách
ham sống
ham sống sợ chết
ham thanh chuộng lạ
ham thích
ham ăn mắc bẫy
han gỉ
hang beo
hang chuột
hang cùng ngõ hẻm
hang cọp
hang hùm
hang hùm miệng rắn
hang hùm nọc rắn
hang hầm
hang hốc
hang phổi
hang động
hang ổ
hanh hao
hanh khô
hanh thông
hao binh tổn tướng
hao hao
hao hụt
hao mòn
hao mòn hữu hình
hao mòn vô hình
hao người tốn của
hao phí
hao sức
hao tiền tốn của
hao tài
hao tài tốn của
hao tổn
hau háu
hay biết
hay chữ
hay chữ lỏng
hay dở
hay hay
hay ho
hay háy
hay hèn
hay hớm
hay khen hèn chê
hay không
hay lam hay làm
hay là
hay làm
hay nhỉ
hay quá
hay quên
hay sao
hay đâu
hay đâu chầu đấy
hen suyễn
heo dầu
heo heo
heo hút
heo hạch
heo hắt
heo hẻo
heo may
heo vòi
hi hi
hi hí
hi hút
hi hữu
hi lạp hóa
hi sinh
hi thiêm
hi thiêm thảo
hi tiên
hi vọng
him him
him híp
hinh hỉnh
hiu hiu
hiu hắt
hiu quạnh
hiên ngang
hiên tà
hiêng hiếc
hiêng hiếng
hiếm có
hiếm gì
hiếm hoi
hiếm muộn
hiếm như vàng mười
hiếm nỗi
hiến binh
hiến chương
hiến dâng
hiến kế
hiến kế lập công
hiến pháp
hiến pháp hóa
hiến phù
hiến sinh
hiến thân
hiến ty
hiến điền
hiến định
hiến ước
hiếp bách
hiếp bức
hiếp chế
hiếp dâm
hiếp hách
hiếp tróc
hiếp đáp
hiếu chiến
hiếu chủ
hiếu danh
hiếu dưỡng
hiếu hoà
hiếu hạnh
hiếu hỉ
hiếu học
hiếu hỷ
hiếu khách
hiếu khí
hiếu kinh
hiếu kì
hiếu kính
hiếu liêm
hiếu nam
hiếu nghĩa
hiếu nữ
hiếu phục
hiếu quyến
hiếu sinh
hiếu sát
hiếu sắc
hiếu sự
hiếu thuận
hiếu thảo
hiếu thắng
hiếu trung
hiếu trọng tình thâm
hiếu tâm
hiếu tử
hiếu đạo
hiếu đễ
hiếu động
hiềm khích
hiềm nghi
hiềm oán
hiềm thù
hiềm vì
hiền dịu
hiền giả
hiền hoà
hiền huynh
hiền hậu
hiền hữu
hiền khô
hiền lành
hiền lương
hiền minh
hiền minh thánh trí
hiền muội
hiền mẫu
hiền nhân
hiền nhân quân tử
hiền như bụt
hiền như cục đất
hiền như củ khoai
hiền như đất
hiền quá hoá ngu
hiền sĩ
hiền thê
hiền thảo
hiền thần
hiền thục
hiền triết
hiền tài
hiền từ
hiền đệ
hiền đức
hiểm hoạ
hiểm hóc
hiểm họa
hiểm nghèo
hiểm nguy
hiểm sâu
hiểm trở
hiểm tượng
hiểm yếu
hiểm ác
hiểm địa
hiểm độc
hiển dương
hiển hiện
hiển hoa
hiển hách
hiển linh
hiển minh
hiển ngôn
hiển nhiên
hiển thánh
hiển thị
hiển tinh
hiển vi
hiển vi học
hiển vinh
hiển đạt
hiểu biết
hiểu chuyện
hiểu dụ
hiểu lầm
hiểu ngầm
hiểu thấu
hiểu thị
hiện bộ
hiện có
hiện diện
hiện dịch
hiện giờ
hiện hành
hiện hình
hiện hữu
hiện kim
hiện nay
hiện nguyên hình
hiện sinh
hiện thân
hiện thời
hiện thực
hiện thực hóa
hiện thực khách quan
hiện tiền
hiện trường
hiện trạng
hiện tình
hiện tượng
hiện tượng học
hiện tượng luận
hiện tại
hiện tại hóa
hiện vật
hiện đại
hiện đại hoá
hiện đại sử
hiện ảnh
hiệp biến
hiệp biện
hiệp hoà
hiệp hội
hiệp khách
hiệp lực
hiệp lực đồng tâm
hiệp nghị
hiệp nữ
hiệp sĩ
hiệp thương
hiệp trấn
hiệp trợ
hiệp tá
hiệp tác
hiệp tác hoá
hiệp vần
hiệp vận
hiệp đoàn
hiệp định
hiệp định khung
hiệp định sơ bộ
hiệp đồng
hiệp ước
hiệu buôn
hiệu chính
hiệu chỉnh
hiệu diệu
hiệu dụng
hiệu khảo
hiệu lệnh
hiệu lực
hiệu nghiệm
hiệu năng
hiệu phó
hiệu quả
hiệu suất
hiệu sách
hiệu số
hiệu số ở bảng
hiệu thuốc
hiệu thính viên
hiệu thế
hiệu triệu
hiệu trưởng
hiệu uý
hiệu uỷ
hiệu điện thế
hiệu đoàn
hiệu đoàn trưởng
hiệu đính
hiệu ứng
hiệu ứng lồng kính
hiệu ứng nhiệt
hiệu ứng nhà kính
ho gió
ho gà
ho he
ho hen
ho hắng
ho khan
ho lao
hoa ban
hoa bia
hoa bát
hoa bông bèo
hoa bướm
hoa chuối
hoa chân chim
hoa chân múa tay
hoa chông
hoa chúc
hoa cà
hoa cà hoa cải
hoa cái
hoa cánh giấy
hoa còn ngâm nụ
hoa còn phong nhuỵ
hoa còn đang nụ
hoa cúc
hoa cương
hoa cười ngọc thốt
hoa cả mắt
hoa cứt lợn
hoa di nha
hoa diễn
hoa dơn
hoa dạ hương
hoa dạ hợp
hoa gió
hoa giấy
hoa giẻ
hoa gạo
hoa hiên
hoa hoè
hoa hoè hoa sói
hoa hoét
hoa huệ
hoa hải đằng
hoa hậu
hoa hồng
hoa khôi
hoa ki
hoa kiều
hoa kép
hoa lan
hoa liễu
hoa loa kèn
hoa loa kèn trắng
hoa lài
hoa lá
hoa lìa cành
hoa lí
hoa lý
hoa lơ
hoa lưỡng tính
hoa lệ
hoa lợi
hoa mai
hoa man
hoa muống
hoa muỗng
hoa màu
hoa mép dê
hoa môi
hoa mõm chó
hoa mõm sói
hoa múc
hoa mĩ
hoa mơ
hoa mười giờ
hoa mầu
hoa mật
hoa mắt
hoa mặt trời
hoa mộc
hoa mỹ
hoa nguyệt
hoa ngâu
hoa ngôn
hoa ngũ sắc
hoa ngũ vị
hoa ngữ
hoa nho
hoa nhài
hoa niên
hoa nô
hoa nở có thì
hoa phấn
hoa quan
hoa quả
hoa quỳnh
hoa râm
hoa rụng hương bay
hoa sao
hoa sen
hoa sói
hoa sầu liễu rủ
hoa sứ trắng
hoa sữa
hoa tai
hoa tay
hoa thuỷ tiên
hoa thêu gấm dệt
hoa thơm cỏ lạ
hoa thơm phong nhụy
hoa thương
hoa thải hương thừa
hoa thị
hoa thức
hoa tigôn
hoa tiên
hoa tiêu
hoa tiết
hoa trà
hoa trôi bèo giạt
hoa trứng gà
hoa tàn ngọc nát
hoa tàn nhị rữa
hoa tì
hoa tình
hoa tự
hoa viên
hoa văn
hoa xim
hoa xoè
hoa xuân xanh
hoa xôn đỏ
hoa xưa ong cũ
hoa ông lão
hoa đai vàng
hoa đàm đuốc tuệ
hoa đào
hoa đào tháng ba
hoa đá
hoa đèn
hoa đình
hoa đăng
hoa đăng bắt bướm
hoa đĩa
hoa đơn tính
hoa đại
hoa đồng tiền
hoan hô
hoan hỉ
hoan lạc
hoan nghinh
hoan nghênh
hoan tống
hoang báo
hoang dâm
hoang dã
hoang dại
hoang hoá
hoang hoác
hoang hoác cái miệng
hoang liêu
hoang lương
hoang mang
hoang mạc
hoang niên
hoang phí
hoang phế
hoang sơ
hoang thai
hoang toàng
hoang tàn
hoang tàng
hoang tưởng
hoang vu
hoang vắng
hoang điền
hoang đàng
hoang đãng
hoang đường
hoang đản
hoang đảo
hoang địa
hoay hoáy
hoe hoe
hoe hoét
hoen gỉ
hoen hoét
hoen hoẻn
hoen quẹn
hoen rỉ
hoen ố
hoi hoi
hoi hóp
hoi sữa
hom hem
hom hỏm
hon hón
hon hót
hon hỏn
hong gió
hong hóng
hoà bình
hoà bình chủ nghĩa
hoà bình võ trang
hoà bản
hoà cả làng
hoà cốc
hoà dịu
hoà giải
hoà hai
hoà hiếu
hoà hiệp
hoà hoãn
hoà hảo
hoà hội
hoà hợp
hoà khí
hoà mình
hoà mạng
hoà mục
hoà nghị
hoà nhã
hoà nhạc
hoà nhập
hoà nhịp
hoà quyện
hoà tan
hoà thuận
hoà thượng
hoà thảo
hoà trộn
hoà tấu
hoà vốn
hoà âm
hoà điệu
hoà đàm
hoà đồng
hoà ước
hoài bão
hoài công
hoài cảm
hoài cổ
hoài của
hoài hoài
hoài huỷ
hoài hơi
hoài mộ
hoài nghi
hoài nhân
hoài niệm
hoài phí
hoài sơn
hoài thai
hoài tưởng
hoài vọng
hoài xuân
hoàn bích
hoàn bị
hoàn chỉnh
hoàn công
hoàn cảnh
hoàn cầu
hoàn doanh
hoàn hải
hoàn hảo
hoàn hồn
hoàn lưu
hoàn lương
hoàn lại
hoàn mĩ
hoàn nguyên
hoàn thiện
hoàn thành
hoàn thổ
hoàn toàn
hoàn trả
hoàn tán
hoàn tất
hoàn tễ
hoàn tục
hoàn vũ
hoàn đồng
hoàng anh
hoàng bào
hoàng bá
hoàng chủng
hoàng cung
hoàng cầm
hoàng cực
hoàng dương
hoàng gia
hoàng giáp
hoàng hoa
hoàng hôn
hoàng hậu
hoàng khảo
hoàng kim
hoàng kim thời đại
hoàng kì
hoàng kỳ
hoàng lan
hoàng liên
hoàng lương
hoàng lục
hoàng mai
hoàng oanh
hoàng phi
hoàng phái
hoàng quyển
hoàng thiên
hoàng thiết
hoàng thành
hoàng thái hậu
hoàng thái tử
hoàng thân
hoàng thích
hoàng thúc
hoàng thượng
hoàng thất
hoàng thổ
hoàng tinh
hoàng triều
hoàng trùng
hoàng tuyền
hoàng tôn
hoàng tộc
hoàng tử
hoàng tử cảnh
hoàng việt luật lệ
hoàng yến
hoàng ân
hoàng đàn
hoàng đạo
hoàng đảm
hoàng đản
hoàng đằng
hoàng đế
hoàng đới
hoành cách
hoành cách mô
hoành hành
hoành môn
hoành phi
hoành sơn
hoành thánh
hoành triệt
hoành tráng
hoành độ
hoá bụa
hoá cho nên
hoá chất
hoá công
hoá dược
hoá dầu
hoá giá
hoá giải
hoá hơi
hoá học
hoá học hữu cơ
hoá học vô cơ
hoá học đại cương
hoá hợp
hoá kiếp
hoá lí
hoá lý
hoá lỏng
hoá mĩ phẩm
hoá nghiệm
hoá nhi
hoá năng
hoá phân
hoá phép
hoá phẩm
hoá ra
hoá sinh
hoá sinh học
hoá thân
hoá thân hoàn vũ
hoá thạch
hoá trang
hoá trị
hoá tính
hoá tệ
hoá vàng
hoá vật
hoá xương
hoá đàm
hoá đơn
hoán cải
hoán cựu tòng tân
hoán dụ
hoán vị
hoán xưng
hoãn binh
hoãn binh chi kế
hoãn xung
hoăm hoắm
hoăng hoăng
hoăng hoắc
hoạ ba
hoạ báo
hoạ bản
hoạ chăng
hoạ chăng là
hoạ có
hoạ công
hoạ căn
hoạ gia
hoạ hoằn
hoạ hình
hoạ hổ bất thành
hoạ khi
hoạ long điểm nhãn
hoạ long điểm tinh
hoạ là
hoạ may
hoạ mi
hoạ pháp
hoạ phúc
hoạ phước
hoạ phẩm
hoạ sĩ
hoạ sư
hoạ thất
hoạ tiết
hoạ tuỳ khẩu xuất
hoạ vô đơn chí
hoạ vần
hoạ vận
hoạ xà thiêm túc
hoạ âm
hoạ đồ
hoạch định
hoại huyết
hoại nhân
hoại sinh
hoại thân
hoại thân hoại thể
hoại thư
hoại tử
hoạn hải ba đào
hoạn lộ
hoạn nạn
hoạn quan
hoạn đồ
hoạnh hoẹ
hoạnh họe
hoạnh phát
hoạnh tài
hoạt bát
hoạt bản
hoạt chất
hoạt cảnh
hoạt dịch
hoạt dụ
hoạt hoạ
hoạt hình
hoạt họa
hoạt khẩu
hoạt kê
hoạt kịch
hoạt lực
hoạt phật
hoạt thạch
hoạt tinh
hoạt tính
hoạt tượng
hoạt tự
hoạt đầu
hoạt động
hoả bài
hoả canh
hoả châm
hoả châu
hoả công
hoả diệm sơn
hoả hoạn
hoả hồng
hoả hổ
hoả khí
hoả kế
hoả luyện
hoả lò
hoả lực
hoả mai
hoả mù
hoả ngục
hoả pháo
hoả sơn
hoả tai
hoả thang
hoả thiêu
hoả thuyền
hoả thực
hoả tinh
hoả tiễn
hoả tuyến
hoả táng
hoả tốc
hoả xa
hoả điểm
hoả đàn
hoả đầu quân
hoảng hốt
hoảng hồn
hoảng loạn
hoảng sợ
hoắc hương
hoắc loạn
hoắc lê
hoặc chúng
hoặc giả
hoặc là
hoặn lớn
hu hu
hui hút
hum húp
hun hút
hun khói
hun đúc
hun đốt
hung bạo
hung dữ
hung ha hung hăng
hung hiểm
hung hung
hung hãn
hung hăng
hung khí
hung niên
hung phạm
hung phục
hung sự
hung thần
hung thủ
hung tinh
hung tàn
hung táng
hung tín
hung tợn
hung ác
hung đồ
huy chương
huy hiệu
huy hiệu học
huy hoàng
huy hoắc
huy động
huynh thứ
huynh trưởng
huynh ông
huynh đệ
huynh đệ huých tường
huynh đệ tương tàn
huyên cỗi xuân già
huyên hoa
huyên náo
huyên thiên
huyên thuyên
huyên thuyên xích đế
huyên truyền
huyên đình
huyên đường
huyết bài
huyết bào
huyết bạch
huyết chiến
huyết cầu
huyết cầu kế
huyết cầu trắng
huyết cầu tố
huyết dịch
huyết dụ
huyết giác
huyết hãn
huyết hư
huyết hệ
huyết học
huyết khí
huyết khối
huyết lệ
huyết mạch
huyết niệu
huyết quản
huyết sắc kế
huyết sắc tố
huyết sử
huyết thanh
huyết thanh học
huyết thanh tố
huyết thư
huyết thệ
huyết thống
huyết trầm
huyết tâm
huyết tính
huyết tương
huyết tộc
huyết tộc đồng hôn
huyết áp
huyết áp cao
huyết áp học
huyết áp kế
huyết áp thấp
huyền bí
huyền chức
huyền cơ
huyền diệu
huyền hoặc
huyền huyền ảo ảo
huyền học
huyền hồ
huyền phù
huyền sâm
huyền sử
huyền thoại
huyền thuyết
huyền tôn
huyền vi
huyền đề
huyền ảo
huyễn diệu
huyễn hoặc
huyễn tưởng
huyện bộ
huyện hàm
huyện lệnh
huyện lị
huyện lỵ
huyện nha
huyện trưởng
huyện uý
huyện uỷ
huyện uỷ viên
huyện úy
huyện đoàn
huyện đường
huyện đảo
huyện đội
huyện ủy
huyệt cư
huyệt mộ
huân chương
huân công
huân nghiệp
huân tước
huân tướng
huê hồng
huê lợi
huê tình
huênh hoang
huý danh
huý kị
huý nhật
huýt chó
huýt còi
huýt gió
huýt sáo
huơ tay
huấn dụ
huấn học
huấn hỗ
huấn luyện
huấn luyện viên
huấn lệnh
huấn thị
huấn từ
huấn điều
huấn đạo
huếch hoác
huề cả làng
huệ biển
huệ cố
huệ lan
huệ rừng
huệ tây
huệ tứ
huống chi
huống gì
huống hồ
huống nữa
huỳnh huỵch
huỳnh quang
huỳnh thạch
huỳnh tinh
huỳnh đường
huỵch huỵch
huỵch tẹt
huỷ báng
huỷ bỏ
huỷ diệt
huỷ hoại
huỷ sắc
hy hữu
hy sinh
hy vọng
hà bao
hà bá
hà châu
hà chính
hà cố
hà cớ
hà hiếp
hà hà
hà hơi
hà hơi tiếp sức
hà khẩu
hà khắc
hà khốc
hà lạm
hà mã
hà móng
hà ngược
hà nhì
hà nhì cồ chồ
hà nhì la mí
hà nhì đen
hà nội
hà rầm
hà rằm
hà thủ
hà thủ ô
hà thủ ô đỏ
hà tiện
hà tất
hà tằn hà tiện
hà tằng
hà xa
hà xa đại tạo
hà y
hà ơi
hài cốt
hài hoà
hài hoạ
hài hước
hài kịch
hài lòng
hài nhi
hài sảo
hài thanh
hài văn
hài âm
hài đàm
hài đồng
hàm chó vó ngựa
hàm chứa
hàm cấp
hàm dưỡng
hàm giả
hàm huyết phún nhân
hàm hồ
hàm lâm viện
hàm lượng
hàm lượng vàng
hàm mục tiêu
hàm nghĩa
hàm ngôn
hàm oan
hàm râu
hàm răng
hàm rắn
hàm súc
hàm số
hàm thiếc
hàm thụ
hàm tiếu
hàm ân
hàm én
hàm ý
hàm đo
hàm đặc biệt
hàm ơn
hàm ẩn
hàm ếch
hàn cốc
hàn gia
hàn gắn
hàn huyên
hàn hơi
hàn khẩu
hàn luật
hàn lâm
hàn lâm viện
hàn lộ
hàn mặc
hàn nhiệt
hàn nho
hàn quang
hàn rèn
hàn sĩ
hàn the
hàn thử biểu
hàn thực
hàn uyển
hàn vi
hàn xì
hàn ôn
hàn điện
hàn đới
hàng binh
hàng chiến lược
hàng chợ
hàng cơm
hàng cả hai tay
hàng giáp
hàng giậu
hàng hiên
hàng hoa
hàng hoá
hàng hàng
hàng hải
hàng họ
hàng khô
hàng không
hàng không mẫu hạm
hàng không vũ trụ
hàng loạt
hàng lối
hàng ngà
hàng ngày
hàng ngũ
hàng năm
hàng nước
hàng nằm
hàng phố
hàng phục
hàng quà
hàng quán
hàng rong
hàng rào
hàng rào buôn bán
hàng rào danh dự
hàng rào gai
hàng rào lông dím
hàng rào thuế quan
hàng rời
hàng thùng
hàng thú
hàng thần
hàng thịt
hàng thịt hàng cá
hàng tiêu dùng
hàng tôm hàng cá
hàng tướng
hàng tấm
hàng tỉnh
hàng tổng
hàng văn
hàng vạn
hàng xay hàng xáo
hàng xách
hàng xáo
hàng xã
hàng xén
hàng xóm
hàng xũ
hàng xứ
hàng ăn
hàng đầu
hàng đống
hàng ước
hành binh
hành búi
hành chính
hành chính hoá
hành cung
hành cách
hành cước
hành củ
hành dinh
hành doanh
hành dịch
hành giả
hành hoa
hành hung
hành hình
hành hương
hành hạ
hành hạt
hành khiển
hành khách
hành khúc
hành khất
hành kinh
hành lang
hành lang pháp lí
hành lí
hành lạc
hành lễ
hành nghề
hành nhân
hành não
hành pháp
hành phạt
hành quyết
hành quân
hành sự
hành ta
hành thích
hành tinh
hành tinh nhân tạo
hành tiến
hành trang
hành trình
hành trình kí
hành trình kế
hành trạng
hành tung
hành tuỷ
hành tá tràng
hành tây
hành tăm
hành tại
hành tẩu
hành tỏi
hành tội
hành vi
hành vi chủ nghĩa
hành viện
hành vân
hành văn
hành xác
hành xử
hành đạo
hành động
hành động sân khấu
hào bao
hào chiến đấu
hào chỉ
hào cường
hào giao thông
hào hiệp
hào hoa
hào hoa phong nhã
hào hà hào hển
hào hùng
hào hển
hào hứng
hào khí
hào kiệt
hào li
hào luỹ
hào lí
hào lý
hào lũy
hào mục
hào nhoáng
hào phóng
hào phú
hào quang
hào sảng
hào trưởng
hào ván
há dám
há dễ
há hốc
há miệng
há miệng chờ ho
há miệng chờ sung
há miệng mắc quai
há mõm
há mồm
há nỡ
hách dịch
hái củi
hái lượm
hám của
hám danh
hám lợi
hán hóa
hán học
hán ngữ
hán sương
hán thư
hán tộc
hán tự
hán việt
hán văn
hánh nắng
háo chiến
háo danh
háo hức
háo khí
háo nước
hát bài chòi
hát bóng
hát bắc
hát bộ
hát bội
hát ca trù
hát chay
hát chèo
hát chập
hát cách
hát cô đầu
hát cải lương
hát dạo
hát dậm
hát dặm
hát ghẹo
hát giặm
hát hỏng
hát khách
hát lượn
hát lễ
hát nam
hát nhà trò
hát nhà tơ
hát nói
hát quan họ
hát rong
hát ru
hát ru con
hát trống quân
hát tuồng
hát vang
hát ví
hát văn
hát xoan
hát xướng
hát xẩm
hát đùm
hát đúm
hát ả đào
háu ăn
háu đói
háy mắt
hâm hâm
hâm hấp
hâm hẩm
hâm mộ
hâm nóng
hân hoan
hân hạnh
hây hây
hây hẩy
hãi hùng
hãi kinh
hãm hiếp
hãm hại
hãm màu
hãm mình
hãm nhạy
hãm thành
hãm tài
hãm ảnh
hãn hữu
hãn mạn
hãng buôn
hãng tin
hãng xũ
hãnh diện
hãnh tiến
hão huyền
hãy còn
hãy hay
hè hụi
hè thu
hèm hẹp
hèn chi
hèn gì
hèn hạ
hèn kém
hèn mạt
hèn mọn
hèn nhát
hèn nào
hèn yếu
hèn đớn
hèo hoa
hé mở
hé nắng
hé răng
héc ta
héo don
héo gan héo ruột
héo hon
héo hon ruột tằm
héo hắt
héo mòn
héo như dưa
héo queo
héo quắt
héo ruột
héo ruột héo gan
héo đầu ruồi
hét lác
hét ra lửa
hét rinh
hên xui
hênh hếch
hì hà hì hục
hì hì
hì hợm
hì hục
hì hụi
hì hụp
hình bao
hình bình hành
hình bóng
hình bầu dục
hình bộ
hình chiếu
hình chìm
hình chóp
hình chóp cụt
hình chữ nhật
hình cảnh
hình cầu
hình cầu phân
hình cụ
hình dong
hình dung
hình dung từ
hình dáng
hình dạng
hình dịch
hình hiệu học
hình hoạ
hình hài
hình học
hình học euclid
hình học giải tích
hình học hoạ hình
hình học không gian
hình học phi euclid
hình học phẳng
hình hộp
hình hộp chữ nhật
hình hộp xiên
hình in bóng
hình không gian
hình khối
hình luật
hình lăng trụ
hình lập phương
hình móc
hình mạo
hình mẫu
hình nhi hạ
hình nhi thượng
hình nhi thượng học
hình nhân
hình nhân thế mạng
hình nhân thế mệnh
hình như
hình nón
hình nón cụt
hình nón tròn xoay
hình nổi
hình nộm
hình pháp
hình phạt
hình phẳng
hình quạt
hình quạt tròn
hình sinh
hình sắc
hình sự
hình sự hóa
hình sự tố tụng
hình tam giác
hình thang
hình thoi
hình thành
hình thái
hình thái học
hình thù
hình thư
hình thế
hình thể
hình thức
hình thức chủ nghĩa
hình thức hóa
hình triết
hình tròn
hình tròn xoay
hình trạng
hình trụ
hình trụ tròn xoay
hình tích
hình tượng
hình tứ diện
hình viên phân
hình vuông
hình vành khăn
hình vóc
hình vẽ
hình vị
hình xuyến
hình án
hình đa diện
hình đối xứng
hình đồng dạng
hình ảnh
hí ha hí hoáy
hí ha hí hửng
hí hoáy
hí hí
hí húi
hí hước
hí hố
hí hởn
hí hửng
hí khúc
hí kịch
hí trường
hí viện
híp hơ
híp mắt
hít hà
hít hít
hò giã gạo
hò hét
hò hẹn
hò hống
hò hụi
hò khoan
hò la
hò lơ
hò lờ
hò mái nhì
hò mái đẩy
hò như hò đò
hò reo
hò sơ
hò ô
hòm chân
hòm gian
hòm hòm
hòm kính
hòm lạnh
hòm phiếu
hòm rương
hòm siểng
hòm thư
hòm xe
hòm xiểng
hòm đạn
hòn bi
hòn dái
hòn lố
hòn ngọc
hòn tre lớn
hòn đáo
hòn đạn
hòn đảo
hòn đốc
hó háy
hó hé
hóc búa
hóc cột
hóc hiểm
hóc hách
hói trán
hói đầu
hóm hỉnh
hóng chuyện
hóng hớt
hóng mát
hóp sào
hót như khướu
hô cách
hô danh
hô hoán
hô hào
hô hô
hô hấp
hô hấp kế
hô hấp nhân tạo
hô hố
hô ngữ
hô phong hoán vũ
hô trớt
hôi của
hôi dầu
hôi hám
hôi hổi
hôi mốc
hôi mồm
hôi như cú
hôi nách
hôi rinh rích
hôi rình
hôi rích
hôi sì
hôi tanh
hôi thối
hôi xì
hôi ình
hôm kia
hôm kìa
hôm mai
hôm nao
hôm nay
hôm nào
hôm này
hôm nảo hôm nao
hôm nọ
hôm qua
hôm rày
hôm rày hôm mai
hôm sau
hôm sớm
hôm trước
hôm tê
hôm tề
hôm xưa
hôn canh hỗn cư
hôn hít
hôn loạn
hôn lễ
hôn mê
hôn nhân
hôn nhân hỗn hợp
hôn nhật
hôn phối
hôn quân
hôn quân bạo chúa
hôn thú
hôn thư
hôn ám
hôn ước
hông hốc
hù doạ
hù dọa
hù lào
hùi hụi
hùm beo
hùm hụp
hùm sói
hùm thiêng
hùn hạp
hùn vào
hùn vốn
hùng biện
hùng ca
hùng cường
hùng cứ
hùng dũng
hùng hoàng
hùng hùng hổ hổ
hùng hậu
hùng hồn
hùng hổ
hùng hục
hùng khí
hùng kiệt
hùng mạnh
hùng tráng
hùng tài
hùng tài đại lược
hùng tâm
hùng văn
hùng vĩ
hú hoạ
hú hí
hú họa
hú hồn
hú hồn hú vía
hú tim
hú vía
húc phải đá
húng chanh
húng chó
húng dũi
húng dồi
húng dổi
húng hắng
húng láng
húng lìu
húng quế
húng thông
húp híp
húp xụp
hút bám
hút bụi
hút chết
hút gió
hút hít
hút máu
hút máu hút mủ
hút mật
hút thu
hút xách
húy kỵ
húy nhật
hăm doạ
hăm dọa
hăm he
hăm hăm hở hở
hăm hở
hăm nhăm
hăng hái
hăng hăng
hăng hắc
hăng máu
hăng máu vịt
hăng say
hăng tiết
hăng tiết vịt
hăng đì
hơ hải
hơ hỏng
hơ hớ
hơ lửa
hơi hám
hơi hơi
hơi hướm
hơi hướng
hơi hớm
hơi lạnh
hơi may
hơi men
hơi một tí
hơi ngạt
hơi nước
hơi sức
hơi sữa
hơi thiếu
hơi thở
hơi thở cuối cùng
hơi tiếng
hơi tàn
hơi đâu
hơi đâu mà
hơi đồng
hơi độc
hơn ai hết
hơn bao giờ hết
hơn bù kém
hơn chẳng bõ hao
hơn cơm rẻ gạo
hơn cả
hơn hẳn
hơn hết
hơn hớn
hơn là
hơn nữa
hơn thiệt
hơn thua
hơn thóc nhọc xay
hơn thế nữa
hơn đứt
hư báo
hư cấu
hư danh
hư hao
hư huyền
hư hàm
hư hèn
hư hư
hư hư thật thật
hư hư thực thực
hư hại
hư hỏng
hư hốt
hư kháng
hư không
hư không hóa
hư ngụy
hư nhược
hư nát
hư phí
hư sinh
hư số
hư thân
hư thân mất nết
hư thực
hư truyền
hư trương
hư trương thanh thế
hư từ
hư tự
hư vinh
hư vô
hư vô chủ nghĩa
hư văn
hư vị
hư đốn
hư đời
hư ảo
hưng bang
hưng binh
hưng bái
hưng công
hưng cảm
hưng hửng
hưng khởi
hưng nghiệp
hưng phấn
hưng phế
hưng suy
hưng sư
hưng thần
hưng thịnh
hưng vong
hưng vượng
hưu binh
hưu bổng
hưu canh
hưu chiến
hưu dưỡng
hưu hạ
hưu non
hưu quan
hưu thẩm
hưu trí
hương binh
hương bài
hương bạ
hương bộ
hương chính
hương chủ
hương chức
hương cả
hương cống
hương dõng
hương dũng
hương giải
hương giới
hương hoa
hương hoả
hương hoả mả dài
hương hào
hương học
hương hỏa
hương hồn
hương hội
hương khuê
hương khói
hương kiểm
hương liệu
hương lân
hương lâu
hương lão
hương lí
hương lý
hương lư
hương lạnh khói tàn
hương lộ
hương lửa
hương lửa ba sinh
hương mục
hương nguyền
hương nhu
hương nhụy
hương phai phấn nhạt
hương phụ
hương quan
hương quản
hương sen
hương sư
hương sắc
hương thung
hương thân
hương thí
hương thôn
hương thơm
hương thảo
hương thẻ
hương trưởng
hương trời
hương trời sắc nước
hương tàn khói lạnh
hương tục
hương vòng
hương vị
hương xạ
hương án
hương đoàn
hương đài
hương đèn
hương đăng
hương đảng
hương ước
hương ẩm
hươu cao cổ
hươu nai
hươu sao
hươu vàng
hươu xạ
hướng cách
hướng dương
hướng dẫn
hướng dẫn viên
hướng lai
hướng lại
hướng màu
hướng mộ
hướng nghiệp
hướng ngoại
hướng ngã
hướng nhiệt
hướng nhật
hướng nội
hướng quang
hướng thiện
hướng thượng
hướng tâm
hướng điện
hướng đạo
hướng đạo sinh
hướng đạo đoàn
hướng địa
hướng động
hưởng dụng
hưởng lạc
hưởng thọ
hưởng thụ
hưởng ứng
hạ buồm
hạ bán niên
hạ bì
hạ bút
hạ bạc
hạ bạn
hạ bệ
hạ bộ
hạ cam
hạ chí
hạ chí tuyến
hạ chỉ
hạ cánh
hạ cánh an toàn
hạ công
hạ cấp
hạ cố
hạ cờ
hạ du
hạ giá
hạ giọng
hạ giới
hạ huyền
hạ huyệt
hạ hồi
hạ hồi phân giải
hạ khô thảo
hạ lưu
hạ lệnh
hạ màn
hạ mã
hạ mình
hạ nang
hạ nghị sĩ
hạ nghị viện
hạ nguyên tử
hạ ngục
hạ nhiệt
hạ nhục
hạ phách
hạ quan
hạ sách
hạ sát
hạ sĩ
hạ sĩ quan
hạ sơn
hạ thiên
hạ thuỷ
hạ thấp
hạ thần
hạ thế
hạ thọ
hạ thổ
hạ thủ
hạ thử
hạ tiện
hạ triện
hạ trần
hạ tuần
hạ tình
hạ tần
hạ tầng
hạ tầng công tác
hạ tầng cơ sở
hạ tằng
hạ tứ
hạ từ
hạ viện
hạ vũ khí
hạ vấn
hạ vị
hạ áp
hạ âm
hạ điền
hạ đẳng
hạc lập kê quần
hạc nội mây ngàn
hạc tất
hạch hạnh
hạch hỏi
hạch lạc
hạch nhiễm sắc
hạch nhân
hạch sách
hạch toán
hạch toán kinh doanh
hạch toán kinh tế
hạch toán kế toán
hạch tâm
hạch xoài
hạch đồ
hại người hại của
hại nhân nhân hại
hạm trưởng
hạm đội
hạn bà chằng
hạn bông tranh
hạn canh
hạn chế
hạn hán
hạn hẹp
hạn kì
hạn lượng
hạn lệ
hạn mức
hạn ngạch
hạn nô
hạn tai
hạn vận
hạn điền
hạn định
hạn độ
hạng bét
hạng bình
hạng mục
hạng ngạch
hạng nhất
hạng nặng
hạng thứ
hạng ưu
hạnh kiểm
hạnh ngộ
hạnh nhân
hạnh phúc
hạnh đào
hạo hực
hạo nhiên
hạp long
hạp ấn
hạt alpha
hạt beta
hạt châu
hạt cơ bản
hạt cơm
hạt cườm
hạt dẻ
hạt giẻ
hạt giống
hạt gạo cắn đôi
hạt gạo trên sàng
hạt huyền
hạt kín
hạt kết
hạt lựu
hạt muối bỏ biển
hạt muối cắn đôi
hạt muồng
hạt máu rơi
hạt máu sẻ đôi
hạt mưa
hạt mềm
hạt ngọc
hạt nhân
hạt nhân nguyên tử
hạt phấn
hạt sơ cấp
hạt tiêu
hạt trai
hạt trần
hạt é
hạt điều
hả dạ
hả giận
hả hê
hả hơi
hả hả
hả lòng
hả lòng hả dạ
hả mùi
hải báo
hải chiến
hải chấn
hải cảng
hải cẩu
hải dương
hải dương học
hải giác thiên nhai
hải giới
hải hà
hải khẩu
hải li
hải ly
hải lí
hải lý
hải lưu
hải lưu kế
hải lục không quân
hải miên
hải mã
hải nam
hải ngoại
hải ngoại huyết thư
hải ngạn
hải nội
hải pháo
hải phòng
hải phòng hạm
hải phận
hải phận quốc tế
hải quan
hải quân
hải quân lục chiến
hải quân đánh bộ
hải quì
hải quỳ
hải sâm
hải sơn
hải sản
hải thuyền
hải tinh
hải tiêu
hải triều
hải trình
hải tân
hải tảo
hải tần
hải tặc
hải văn
hải vương
hải vương tinh
hải vận
hải vật
hải vị
hải yến
hải âu
hải đoàn
hải đăng
hải đường
hải đạo
hải đảo
hải đồ
hải đồng
hải đội
hảo a
hảo cầu
hảo hán
hảo hạng
hảo hớn
hảo hợp
hảo sự
hảo tâm
hảo vị
hảo vọng
hảo âm
hảo ý
hấm hứ
hấn khích
hấp cách thuỷ
hấp dẫn
hấp ha hấp háy
hấp hay
hấp hem
hấp him
hấp háy
hấp hơi
hấp hối
hấp lưu
hấp lực
hấp phụ
hấp ta hấp tấp
hấp thu
hấp thuỷ kế
hấp thụ
hấp thủy kế
hấp tấp
hấp tẩy
hất cẳng
hất hàm
hất hậu
hất hủi
hất ngã
hầm bà làng
hầm chông
hầm hào
hầm hè
hầm hơi
hầm hầm
hầm hập
hầm hố
hầm hừ
hầm lò
hầm mìn
hầm mỏ
hầm mộ
hầm ngầm
hầm rượu
hầm rập
hầm trú ẩn
hầm tàu
hầm ẩn nấp
hầu bao
hầu bàn
hầu bóng
hầu chuyện
hầu cận
hầu dễ
hầu hạ
hầu hết
hầu kiện
hầu lễ
hầu như
hầu non
hầu sáng
hầu toà
hầu tước
hẩm hiu
hẩm húi
hẩm hút
hẩu lốn
hẫng chân
hẫng hờ
hẫng hụt
hậm hoẹ
hậm hà hậm hực
hậm họe
hậm hụi
hậm hực
hận cừu
hận thù
hậu binh
hậu báo
hậu bị
hậu bối
hậu bổ
hậu chiến
hậu cung
hậu cảnh
hậu cần
hậu cổ điển
hậu cứ
hậu cứu
hậu diện
hậu duệ
hậu gom
hậu hiện đại
hậu hiệu
hậu hoạ
hậu hoạn
hậu hĩ
hậu hĩnh
hậu học
hậu kì
hậu lai
hậu lê
hậu mãi
hậu môn
hậu nghiệm
hậu phi
hậu phát
hậu phôi
hậu phương
hậu phẫu
hậu quân
hậu quả
hậu sinh
hậu sinh khả uý
hậu sản
hậu sự
hậu thiên
hậu thuẫn
hậu thuộc địa
hậu thân
hậu thú
hậu thưởng
hậu thần
hậu thế
hậu thổ
hậu tiến
hậu tra
hậu trường
hậu trần
hậu tuyến
hậu tuyển
hậu tình
hậu tạ
hậu tạo
hậu tập
hậu tố
hậu từ
hậu tử
hậu viện
hậu vận
hậu vệ
hậu ý
hậu điểu
hậu điện
hậu đài
hậu đãi
hậu đình
hậu đường
hậu đại
hậu đậu
hậu địch
hậu đội
hậu ấn tượng
hắc búa
hắc bạch
hắc bạch phân minh
hắc cá
hắc lào
hắc nô
hắc tinh tinh
hắc tố
hắc vận
hắc xì dầu
hắc ám
hắc ín
hắc điếm
hắn ta
hắng dặng
hắng giọng
hắt heo
hắt hiu
hắt hơi
hắt hủi
hắt nắng
hắt xì
hắt xì hơi
hằm hè
hằm hét
hằm hằm
hằm hừ
hằn học
hằn thù
hằng bất đẳng thức
hằng hà
hằng hà sa số
hằng lượng
hằng nga
hằng nga cung quảng
hằng nga giáng thế
hằng ngày
hằng sản
hằng sản hằng tâm
hằng số
hằng tinh
hằng tâm
hằng tâm hằng sản
hằng đẳng thức
hằng định
hẳn hoi
hẳn hòi
hẳn là
hẳn nhiên
hặc tấu
hặm hụi
hẹn hò
hẹn ngọc thề vàng
hẹn non thề biển
hẹn ước
hẹp bụng
hẹp hòi
hẹp lòng
hẻm hóc
hẻo lánh
hếch hoác
hết bay hết biến
hết bột đến bổi
hết chỗ nói
hết chợ thì quê
hết cách
hết cái đến nước
hết cả
hết cấp
hết cỡ
hết duyên
hết dạ
hết dạ hết lòng
hết ga
hết hơi
hết hương còn khói
hết hồn
hết hồn hết vía
hết khôn dồn dại
hết kiếp
hết kiệt
hết lòng
hết lòng hết dạ
hết lẽ
hết lộc
hết lời
hết mình
hết mức
hết mực
hết ngỏm
hết nhẵn
hết nhẵn củ tỏi
hết nước
hết nước hết cái
hết nước nói
hết nạc vạc xương
hết ráo
hết rên quên thầy
hết sạch
hết sạch sành sanh
hết sảy
hết sẩy
hết sức
hết sức hết lòng
hết thảy
hết thời
hết tiệt
hết trơn
hết trơn hết trọi
hết trọi
hết trọi hết trơn
hết trụi
hết veo
hết vía
hết xoẳn củ tỏi
hết xôi rồi việc
hết xẩy
hết ý
hết đường
hết đời
hề chi
hề gì
hề gậy
hề hấn
hề hề
hề mồi
hề đồng
hềnh hệch
hể hả
hểnh mũi
hểu hểu
hệ cơ số mười
hệ luận
hệ luỵ
hệ lụy
hệ mét
hệ mặt trời
hệ phương trình
hệ quy chiếu
hệ quả
hệ si
hệ sinh thái
hệ số
hệ thần kinh
hệ thập phân
hệ thống
hệ thống hoá
hệ thống hóa
hệ thống học
hệ thống đếm
hệ thức
hệ thức lượng
hệ thức lượng giác
hệ thực vật
hệ trọng
hệ tư tưởng
hệ tộc
hệ từ
hệ điều hành
hệ đơn vị
hệ đếm
hệ đếm nhị phân
hệ đếm thập phân
hệch mồm
hỉ hả
hỉ mũi
hỉ mũi chưa sạch
hỉ sắc
hỉ sự
hỉ tín
hỉ xả
hỉ đồng
hỉnh mũi
hịch tướng sĩ
họ hiếu
họ hàng
họ hỉ
họ mạc
họ ngoại
họ nhà vạc
họ nội
họ tộc
họ đôi ba bề
họ đương
họ đạo
học bạ
học bổng
học bộ
học chính
học chế
học chọc bát cơm
học cụ
học giả
học giới
học gạo
học hay cày biết
học hiệu
học hàm
học hành
học hỏi
học khoá
học khóa
học kì
học kỳ
học làm sang
học lóm
học lại
học lệch
học lỏm
học lực
học mót
học một biết mười
học nghiệp
học như vẹt
học niên
học phiệt
học phong
học phái
học phí
học phần
học phẩm
học quan
học sinh
học sĩ
học thuyết
học thuật
học thành danh lập
học thức
học trình
học trò
học trò học troẹt
học trước quên sau
học tài thi phận
học tập
học tủ
học viên
học việc
học viện
học vấn
học vần
học vẹt
học vị
học vụ
học xá
học ôn
học điền
học đòi
học đường
họng cối
họng cột
họng súng
họp báo
họp chợ
họp chợ lấy người
họp hành
họp mặt
hỏi bài
hỏi cung
hỏi dò
hỏi dồn
hỏi gạn
hỏi han
hỏi lục vấn
hỏi mượn
hỏi nhỏ
hỏi nợ
hỏi sư mượn lược
hỏi thi
hỏi thăm
hỏi tra
hỏi trâu biết ngựa
hỏi trước han sau
hỏi trước quên sau
hỏi tội
hỏi vặn
hỏi vợ
hỏm hòm hom
hỏn hẻn
hỏng bét
hỏng chân
hỏng hóc
hỏng hẻo
hỏng kiểu
hỏng máy
hỏng mắt
hỏng nồi vớ rế
hỏng thi
hỏng ăn
hỏng đi
hố bom
hố chậu
hố ga
hố mắt
hố tiêu
hố tiểu
hố xí
hốc hác
hốc hếch
hốc mắt
hốc xì
hối bất cập
hối cải
hối hôn
hối hả
hối hận
hối lỗi
hối lộ
hối phiếu
hối quá
hối suất
hối thúc
hối tiếc
hối tâm
hối đoái
hống hách
hốt bạc
hốt cái
hốt hoảng
hốt lú
hốt me
hốt nhiên
hốt thuốc
hốt ổ
hồ bi
hồ chi
hồ chứa nước
hồ cầm
hồ dễ
hồ hải
hồ hởi
hồ khẩu
hồ li
hồ li tinh
hồ ly
hồ lì
hồ lô
hồ lơ
hồ móng ngựa
hồ mặt
hồ nghi
hồ phèn
hồ quang
hồ sơ
hồ thuỷ
hồ thỉ
hồ thỉ tang bồng
hồ thủy
hồ tinh
hồ tiêu
hồ điệp
hồ đào
hồ đậu
hồ đồ
hồi chuyển
hồi cư
hồi cảm
hồi dân
hồi dương
hồi giáo
hồi giáo hoá
hồi hôm
hồi hưu
hồi hương
hồi hồi
hồi hộ
hồi hộp
hồi kinh
hồi kí
hồi ký
hồi loan
hồi lâu
hồi lùng
hồi lưu
hồi lương
hồi môn
hồi não
hồi nãy
hồi phục
hồi quang
hồi qui
hồi quy
hồi sinh
hồi sức
hồi thanh
hồi tiếu
hồi trang
hồi triều
hồi tràng
hồi trào
hồi trước
hồi tâm
hồi tín
hồi tĩnh
hồi tưởng
hồi tỉnh
hồi tị
hồi tố
hồi tục
hồi văn
hồi xuân
hồi âm
hồi đen
hồi đáp
hồi đầu
hồi ức
hồn bay phách lạc
hồn bạch
hồn hậu
hồn kinh phách lạc
hồn lìa khỏi xác
hồn lạc phách xiêu
hồn nhiên
hồn nước
hồn phách
hồn thơ
hồn tinh vệ
hồn vía
hồn vía lên mây
hồn về chín suối
hồn xiêu phách lạc
hồn đường phách sá
hồng bì
hồng bạch
hồng bảo
hồng chuyên
hồng chủng
hồng cầu
hồng diệp
hồng diệp xích thằng
hồng hoa
hồng hoang
hồng hoàng
hồng huyết cầu
hồng hào
hồng hạc
hồng hồng
hồng hộc
hồng kì
hồng lan
hồng lâu
hồng lô
hồng lạc
hồng lạng
hồng lị
hồng lựu
hồng mai
hồng mao
hồng ngoại
hồng ngâm
hồng ngọc
hồng nhan
hồng nhan bạc mệnh
hồng nhan bạc phận
hồng nhan đa truân
hồng nhung
hồng nương
hồng phúc
hồng quân
hồng quần
hồng quế
hồng rụng thắm rời
hồng sắc
hồng thuý
hồng thuỷ
hồng thập tự
hồng thủy
hồng trần
hồng tâm
hồng tích
hồng tước
hồng vận
hồng xiêm
hồng y
hồng y giáo chủ
hồng ân
hồng điều
hồng đào
hồng đơn
hổ biến
hổ chuối
hổ chúa
hổ cốt
hổ cứ
hổ danh
hổ hang
hổ huyệt
hổ khẩu
hổ lang
hổ lốn
hổ lục
hổ lửa
hổ mang
hổ ngươi
hổ phách
hổ phù
hổ quyền
hổ thân
hổ thẹn
hổ trâu
hổ trùng
hổ trướng
hổ tướng
hổ vĩ
hổ về rừng
hổ đi báo tới
hổm rày
hổn ha hổn hển
hổn hà hổn hển
hổn hển
hổng hểnh
hổng trôn
hổng đít
hỗ giao
hỗ giá
hỗ huệ
hỗ trợ
hỗ tương
hỗn canh hỗn cư
hỗn chiến
hỗn dịch
hỗn giao
hỗn hào
hỗn hống
hỗn hống hóa
hỗn hợp
hỗn loạn
hỗn láo
hỗn mang
hỗn nguyên
hỗn như gấu
hỗn nhập
hỗn quan hỗn quân
hỗn quân
hỗn quân hỗn quan
hỗn số
hỗn thực
hỗn tạp
hỗn xược
hỗn độn
hỗn ẩu
hỗng tràng
hộ bộ
hộ chiếu
hộ giá
hộ khẩu
hộ lí
hộ lý
hộ lại
hộ mạng
hộ mệnh
hộ pháp
hộ pháp cắn trắt
hộ pháp ăn tép
hộ phố
hộ sinh
hộ sinh viên
hộ sĩ
hộ sản
hộ tang
hộ thân
hộ trì
hộ tịch
hộ tịch viên
hộ tống
hộ vệ
hộ đê
hộc hà hộc hệch
hộc hệch
hộc máu
hộc tiết
hộc tốc
hội buôn
hội báo
hội chùa
hội chẩn
hội chợ
hội chủ
hội chứng
hội chứng cúm
hội chữ thập đỏ
hội diễn
hội diện
hội giác
hội gió mây
hội giảng
hội hoạ
hội hè
hội họp
hội hồng thập tự
hội hợp chi kì
hội hợp thiện
hội kiến
hội kín
hội long vân
hội lễ
hội nghị
hội nghị bàn tròn
hội nghị mở rộng
hội nghị thượng đỉnh
hội nghị đại biểu
hội nguyên
hội ngộ
hội nhập
hội phong vân
hội phục việt
hội quán
hội rồng mây
hội sinh
hội sư
hội sở
hội thao
hội thi
hội thiện
hội thoại
hội thánh
hội thí
hội thương
hội thảo
hội thẩm
hội thẩm nhân dân
hội trường
hội trưởnc
hội trưởng
hội tề
hội tụ
hội viên
hội vịt
hội ái hữu
hội ý
hội ý hội báo
hội điển
hội đàm
hội đồng
hội đồng bảo an
hội đồng bộ trưởng
hội đồng chính phủ
hội đồng kỉ luật
hội đồng nhà nước
hội đồng nhân dân
hội đồng quản trị
hội đồng thành phố
hội đồng đề hình
hội ẩm
hộn đường
hộp chữa cháy
hộp giảm tốc
hộp quẹt
hộp quẹt máy
hộp sọ
hộp số
hộp thoại
hộp thư
hộp tốc độ
hộp đen
hộp đêm
hột cơm
hột cườm
hột gà
hột vịt
hột vịt lộn
hột xoài
hột xoàn
hớ cạnh
hớ hênh
hớn hở
hớp hồn
hớt bọt
hớt hơ hớt hải
hớt hải
hớt lẻo
hớt ngọn
hớt tay trên
hớt tóc
hớt váng
hờ hờ
hờ hững
hời hợi
hời hợt
hờn bạn
hờn duyên
hờn duyên tủi phận
hờn dỗ
hờn dỗi
hờn ghen
hờn giận
hờn hợt
hờn mát
hờn tủi
hở chuyện
hở cơ
hở hang
hở lưng
hở môi
hở ngực
hở sườn
hở vai
hởi dạ
hởi dạ hởi lòng
hởi lòng
hởi lòng hởi dạ
hỡi ôi
hợm của
hợm hĩnh
hợm mình
hợm đời
hợp bang
hợp bào tử
hợp ca
hợp chúng quốc
hợp chất
hợp chủng quốc
hợp cách
hợp cẩn
hợp cổ
hợp danh
hợp doanh
hợp duyên
hợp giao
hợp hiến
hợp kim
hợp kim màu
hợp kim trung gian
hợp li
hợp long
hợp lí
hợp lí hoá
hợp lí hóa
hợp lý
hợp lý hoá
hợp lý hóa
hợp lưu
hợp lẽ
hợp lệ
hợp lực
hợp nhất
hợp pháp
hợp pháp hoá
hợp pháp hóa
hợp phần
hợp quần
hợp sinh
hợp số
hợp tan
hợp thiện
hợp thành
hợp thái
hợp thời
hợp thời trang
hợp thức
hợp thức hoá
hợp tuyển
hợp tác
hợp tác hoá
hợp tác hóa
hợp tác xã
hợp táng
hợp tình
hợp tình hợp lí
hợp tấu
hợp tử
hợp xướng
hợp âm
hợp ý
hợp điểm
hợp điệu
hợp đề
hợp đồng
hục hà hục hặc
hục hặc
hụp lặn
hụt chân
hụt hơi
hụt hẫng
hụt vốn
hụt ăn
hụt đỏi
hủ bại
hủ hoá
hủ hóa
hủ hỉ
hủ lậu
hủ nho
hủ tiếu
hủ tục
hủn hoẳn
hủng hỉnh
hủy báng
hủy bỏ
hủy diệt
hủy hoại
hủy tính
hứa hão
hứa hôn
hứa hươu hứa vượn
hứa hẹn
hứa nguyện
hứa quốc
hứa trăng hứa cuội
hứng chuyện
hứng chí
hứng chịu
hứng dục
hứng gió
hứng khởi
hứng thú
hứng trí
hứng tình
hứng ý
hừ hừ
hừng hực
hừng sáng
hửng nắng
hửng sáng
hửng đông
hửng đỏ
hững hờ
hữu bang
hữu biên
hữu chí
hữu chí cánh thành
hữu cơ
hữu danh
hữu danh vô thực
hữu duyên
hữu dũng vô mưu
hữu dụng
hữu dực
hữu hiệu
hữu hình
hữu hạn
hữu hảo
hữu khuynh
hữu lí
hữu lý
hữu nghị
hữu ngạn
hữu phái
hữu quan
hữu sinh
hữu sinh vô dưỡng
hữu sản
hữu sắc vô hương
hữu sự
hữu thanh
hữu thuỷ hữu chung
hữu thân hữu khổ
hữu thần
hữu thần luận
hữu thủy hữu chung
hữu thủy vô chung
hữu trách
hữu tuyến
hữu tài
hữu tài vô hạnh
hữu tâm
hữu tình
hữu tính
hữu tỉ
hữu tỷ
hữu ái
hữu ích
hữu ý
hữu định luận
hực hỡ
i tờ
i uôm
i ỉ
im bẵng
im bặt
im gió
im hơi kín tiếng
im hơi lặng tiếng
im hơi nín tiếng
im lìm
im lặng
im lặng như tờ
im lịm
im mồm
im như hến
im như thóc
im như tờ
im phăng phắc
im phắc
im re
im thin thít
im thít
im trời
im đi
im ả
im ắng
im ỉm
in dấu
in hình
in hệt
in kim
in laser
in li tô
in lito
in máy
in như
in nắng
in nổi
in offset
in phun
in roneo
in rô nê ô
in rônêô
in sao
in tay
in thạch
in thạch bản
in thử
in ti pô
in tipô
in typo
in ít
in đá
in ảnh
in ấn
in ỉn
inh tai
inh tai nhức óc
inh ỏi
ion hoá
iu ỉu
ka beo
kali nitrat
kalium nitrat
ke ga
kem cây
kem cốc
kem giặt
kem que
kem quế
kem sữa
kem đánh giày
ken két
keng keng
keo bẩn
keo cú
keo cúi
keo gai
keo giậu
keo kiết
keo kiệt
keo loan
keo lận
keo ong
keo sơn
keo sơn gắn bó
keo tơ
keo xương
kha khá
khai báo
khai bút
khai canh
khai chiến
khai căn
khai cơ lập nghiệp
khai diễn
khai giảng
khai hoa
khai hoa kết quả
khai hoang
khai hoá
khai hoả
khai huyệt
khai hóa
khai hạ
khai hấn
khai học
khai hỏa
khai hội
khai khoáng
khai khẩn
khai khẩu
khai lễ
khai man
khai mào
khai mù
khai mạc
khai mỏ
khai nghiệp
khai phong
khai phá
khai phóng
khai phương
khai phục
khai quang
khai quang điểm nhãn
khai quật
khai quốc
khai quốc công thần
khai rình
khai sanh
khai sinh
khai sáng
khai sơn
khai sơn phá thạch
khai thiên lập địa
khai thuỷ
khai thác
khai thông
khai thị
khai thủy
khai toán
khai triển
khai trình
khai trí
khai trương
khai trường
khai trừ
khai tâm
khai tố
khai tử
khai um
khai vị
khai xuân
khai đao
khai đen
khai đoan
khai đề
khai ấn
kham khổ
khan hiếm
khang an
khang cát
khang cường
khang khác
khang kháng
khang khảng
khang kiện
khang ninh
khang thái
khang trang
khanh khách
khanh tướng
khao binh
khao khát
khao quân
khao quân thưởng tướng
khao thưởng
khao vọng
khay nước
khay đèn
khe khé
khe khắt
khe khẽ
khem khổ
khen cho
khen chê
khen khét
khen lao
khen ngợi
khen thưởng
khen thầm
kheo khéo
kheo khư
khi bước chân ra
khi dể
khi hồi
khi khu
khi không
khi mô
khi mạn
khi nào
khi nãy
khi nên
khi quân
khi trá
khi trước
khi xưa
khi đầu
khi ấy
khin khít
khinh binh
khinh bạc
khinh bỉ
khinh chiến
khinh dể
khinh dễ
khinh hạm
khinh khi
khinh khí
khinh khí cầu
khinh khích
khinh khỉnh
khinh kị
khinh kị binh
khinh kỵ
khinh miệt
khinh mạn
khinh người
khinh người như rác
khinh nhờn
khinh quân
khinh rẻ
khinh suất
khinh thường
khinh thị
khinh trọng
khinh tài
khinh tài trọng nghĩa
khinh tội
khinh địch
khinh đời
khiêm cung
khiêm nhường
khiêm nhượng
khiêm tốn
khiên chế
khiên cưỡng
khiên ngưu
khiêng vác
khiêu chiến
khiêu dâm
khiêu hấn
khiêu khích
khiêu vũ
khiếm diện
khiếm khuyết
khiếm nhã
khiếm thính
khiếm thị
khiếm thực
khiếp nhược
khiếp sợ
khiếp vía
khiếp vía kinh hồn
khiếp đảm
khiếp đảm kinh hồn
khiếp đởm
khiếu kiện
khiếu nại
khiếu oan
khiếu tố
khiển hứng
khiển muộn
khiển trách
khlá phlạo
khmer krôm
kho báu
kho bãi
kho bạc
kho kho
kho khó
kho tàng
kho tàu
kho đụn
khoa bảng
khoa chân múa tay
khoa cử
khoa danh
khoa giáo
khoa giáp
khoa hoạn
khoa học
khoa học cơ bản
khoa học hoá
khoa học kĩ thuật
khoa học luận
khoa học người máy
khoa học nhân văn
khoa học quân sự
khoa học thực nghiệm
khoa học trừu tượng
khoa học tự nhiên
khoa học viễn tưởng
khoa học xã hội
khoa học ứng dụng
khoa kì
khoa mục
khoa ngoại
khoa nội
khoa tay múa chân
khoa thi
khoa trương
khoa trường
khoa trưởng
khoa đại
khoa đẩu
khoa đệ
khoai bở
khoai chuối
khoai deo
khoai dong
khoai khoái
khoai khô
khoai lang
khoai lim
khoai mài
khoai mì
khoai môn
khoai mùa
khoai mỡ
khoai nghệ
khoai nưa
khoai nước
khoai riềng
khoai rạng
khoai sáp
khoai sọ
khoai trụng
khoai tây
khoai tía
khoai từ
khoai từ nhám
khoai vạc
khoai đao
khoan dung
khoan dung độ lượng
khoan hoà
khoan hoà chủ nghĩa
khoan hòa
khoan hậu
khoan hồng
khoan hồng đại độ
khoan hỡi hồ khoan
khoan khoan
khoan khoái
khoan miễn
khoan nhân
khoan nhượng
khoan tay
khoan thai
khoan thứ
khoan ăn bớt ngủ
khoan đã
khoan đãi
khoang cổ
khoang hốc
khoang nhạc
khoanh bí
khoanh tay
khoanh tay bó gối
khoanh tay chịu chết
khoanh tròn
khoanh vùng
khoe của
khoe khoang
khoe khỏe
khoe mẽ
khoe sắc khoe tài
khoen khoen
khoen khoén
khoen mắt
khoeo chân
khom khom
khom lưng quỳ gối
khom lưng uốn gối
khoành tay
khoá an toàn
khoá bản
khoá chuông
khoá chữ
khoá dây
khoá họp
khoá kéo
khoá liễm
khoá luận
khoá miệng
khoá miệng khoá mồm
khoá nào chìa ấy
khoá nòng
khoá sinh
khoá số
khoá sổ
khoá tay
khoá trái cửa
khoá trình
khoác lác
khoác tay
khoái chá
khoái chí
khoái cảm
khoái cảm thẩm mĩ
khoái hoạt
khoái khẩu
khoái lạc
khoái lạc chủ nghĩa
khoái trá
khoái tỉ
khoái ý
khoán lệ
khoán quản
khoán sản
khoán trắng
khoán ước
khoáng chất
khoáng dã
khoáng dật
khoáng hóa
khoáng học
khoáng sàng
khoáng sàng học
khoáng sản
khoáng thạch
khoáng tướng học
khoáng vật
khoáng vật học
khoáng đãng
khoáng đại
khoáng đạt
khoáng địa
khoát tay
khoát đạt
khoèo chân
khoé hạnh
khoé mắt
khoét vách trèo tường
khoăm khoăm
khoả lấp
khoả thân
khoả tử
khoản đãi
khoảng chừng
khoảng cách
khoảng giữa
khoảng khoát
khoảng không
khoảng mở
khoảng rộng
khoảng trống
khoảng âm
khoảnh khoái
khoảnh khắc
khoảnh độc
khoằm khoằm
khoằm khoặm
khoẻ khoắn
khoẻ mạnh
khoẻ như vâm
khoẻ thế
khu biệt
khu chế xuất
khu dinh điền
khu hệ
khu khu
khu mật viện
khu nhà
khu phi quân sự
khu phố
khu trù mật
khu trú
khu trục
khu trục hạm
khu trừ
khu tập thể
khu tự trị
khu uỷ
khu uỷ viên
khu vực
khu vực ảnh hưởng
khu xử
khu đệm
khu đội
khu ủy
khu ủy viên
khua chiêng gõ mõ
khua chân múa tay
khua gậy
khua khoắng
khua khuắng
khua môi múa mép
khua xáo
khum khum
khum lưng uốn gối
khung chậu
khung cảnh
khung cửa
khung cửi
khung gầm
khung hình phạt
khung thành
khuy bấm
khuy móc
khuy tết
khuy áo
khuya khoắt
khuya sớm
khuynh diệp
khuynh gia
khuynh gia bại sản
khuynh hướng
khuynh hữu
khuynh loát
khuynh quốc khuynh thành
khuynh thành
khuynh thành khuynh quốc
khuynh tả
khuynh đảo
khuyên bảo
khuyên can
khuyên dỗ
khuyên giáo
khuyên giải
khuyên lơn
khuyên nhủ
khuyên răn
khuyến cáo
khuyến dụ
khuyến học
khuyến khích
khuyến liêm
khuyến lâm
khuyến mãi
khuyến mại
khuyến nghị
khuyến ngư
khuyến nông
khuyến thiện
khuyết cách
khuyết danh
khuyết hãm
khuyết nghi
khuyết thiếu
khuyết tật
khuyết tịch
khuyết điểm
khuyển mã
khuyển nho
khuyển ưng
khuân vác
khuây khoả
khuây khỏa
khuây lấp
khuê các
khuê khổn
khuê li
khuê môn
khuê nữ
khuê oán
khuê phòng
khuê phụ
khuê tảo
khuê vi
khuôn dạng
khuôn hình
khuôn khéo
khuôn khổ
khuôn mẫu
khuôn mặt
khuôn nhạc
khuôn nhịp
khuôn phép
khuôn rập
khuôn sáo
khuôn thiêng
khuôn trăng
khuôn viên
khuôn vàng thước ngọc
khuôn xanh
khuôn xếp
khuông phò
khuông phù
khuất bóng
khuất khúc
khuất mắt
khuất mắt khôn coi
khuất mặt
khuất mặt khuất lời
khuất nhục
khuất núi
khuất nẻo
khuất phục
khuất thân
khuất tiết
khuất tất
khuấy luyện
khuấy nước chọc trời
khuấy rối
khuấy đảo
khuấy động
khuấy đục
khuẩn cầu chuỗi
khuẩn cầu chùm
khuẩn cẩu
khuẩn loại
khuếch khoác
khuếch trương
khuếch tán
khuếch tán kế
khuếch đại
khuều khoào
khuờ khoạng
khuỳnh khuỳnh
khuỳnh tay ngai
khyển mã
khà khà
khàn khàn
khành khạch
khá giả
khá khen
khá thương
khá tua
khác biệt
khác chi
khác chỗ
khác cực
khác dạng
khác giống
khác gì
khác gốc
khác hình
khác lá
khác lọ cùng nước
khác máu khác mủ
khác máu tanh lòng
khác nhau
khác nào
khác số
khác thường
khác thể
khác tướng
khác vời
khác xa
khác âm
khác ý
khách du
khách hàng
khách khí
khách khứa
khách mời
khách nợ
khách qua đường
khách quan
khách quan chủ nghĩa
khách quan hóa
khách sáo
khách sạn
khách thương
khách thập phương
khách thể
khách trú
khách tình
khách vãng lai
khách vận
khách ăn
khách địa
khái huyết
khái luận
khái lược
khái niệm
khái quát
khái quát hoá
khái quát hóa
khái tính
khám bệnh
khám nghiệm
khám nhà
khám phá
khám soát
khám thai
khám tuyển
khám xét
khám đường
khán giả
khán hộ
khán pháp
khán phòng
khán thủ
khán đài
kháng bung
kháng chiến
kháng chiến hoá
kháng cáo
kháng cự
kháng dống
kháng huyết thanh
kháng hốc
kháng khuẩn
kháng kích dục
kháng men
kháng nghị
kháng nguyên
kháng nhiễm
kháng nhiệt
kháng quảng lâm
kháng sinh
kháng sinh đồ
kháng thuế
kháng thể
kháng tố
kháng từ
kháng viêm
kháng xúa
kháng ái
kháng án
kháng âm
kháng đón
kháng độc
kháng độc tố
khánh chúc
khánh gia
khánh hạ
khánh kiệt
khánh thành
khánh tiết
khánh tận
khát khao
khát máu
khát nước
khát rượu
khát sữa
khát vọng
kháu khỉnh
khâm ban
khâm liệm
khâm mạng
khâm mệnh
khâm phục
khâm sai
khâm sứ
khâm tai
khâm thiên giám
khâm thử
khâm tứ
khâng khấc
khâu chần
khâu díu
khâu lược
khâu máy
khâu nhíu
khâu tay
khâu trần
khâu vá
khâu vắt
khâu đột
khè khè
khèng khẹc
khé cổ
khéo chân khéo tay
khéo ghét
khéo khỉ
khéo liệu khéo lo
khéo là
khéo léo
khéo miệng
khéo mồm
khéo mồm khéo miệng
khéo nói
khéo tay
khéo tay hay làm
khéo vẽ
khéo xoay
khéo ăn khéo nói
khéo đấy
khép kín
khép lại
khép nép
khép tán
khép tội
khét lèn lẹt
khét lẹt
khét mò
khét mù
khét nắng
khét om
khét tiếng
khê nặc
khê đọng
khêu gan
khêu gợi
khêu tỏ
khì khì
khìn khịt
khí bẩm
khí cacbonic
khí chất
khí công
khí cầu
khí cầu máy
khí cốt
khí cụ
khí cục
khí dụng
khí gió
khí giới
khí giời
khí hiếm
khí huyết
khí hóa
khí hư
khí hậu
khí hậu bệnh học
khí hậu học
khí khái
khí khổng
khí kém
khí kế
khí liệu pháp
khí lực
khí lực học
khí mỏ
khí nhiệt động
khí nhiệt động học
khí nhân
khí nhạc
khí nổ
khí phách
khí quan
khí quan khinh
khí quyển
khí quản
khí rãnh
khí sinh
khí sắc
khí số
khí tai bèo
khí than
khí than ướt
khí thiên nhiên
khí thiêng
khí thành
khí thũng
khí thế
khí tiết
khí trơ
khí trời
khí tài
khí tĩnh học
khí tượng
khí tượng học
khí tượng nông nghiệp
khí tượng thuỷ văn
khí uất
khí vận
khí vật
khí vị
khí áp
khí áp kí
khí áp kế
khí ép
khí đốt
khí độ
khí động
khí động học
khí động lực học
khía cạnh
khía răng
khích bác
khích lệ
khích nộ
khích động
khít khao
khít khìn khịt
khít khịt
khít rịt
khò khè
khò khò
khò khử
khòm khòm
khòm khọm
khòng khòng
khó bó cái khôn
khó bó đến xương
khó bảo
khó chó cắn thêm
khó chơi
khó chịu
khó coi
khó dạy
khó dễ
khó giàu
khó gì
khó gặm
khó gỡ
khó hiểu
khó khuây
khó khăn
khó lòng
khó ló cái khôn
khó lụn xường sườn
khó nghe
khó nghèo
khó nghĩ
khó người dễ ta
khó người khó ta
khó ngửi
khó nhai
khó nhá
khó nhằn
khó nhọc
khó nuốt
khó nói
khó nỗi
khó sạch rách thơm
khó thương
khó thở
khó tin
khó tiêu
khó trôi
khó tính
khó tính khó nết
khó tả
khó xử
khó ăn khó nói
khó đói
khó đăm đăm
khó đọc
khó ở
khóa chuông
khóa chữ
khóa kéo
khóa luận
khóa mồm khóa miệng
khóa nòng
khóa sinh
khóa sổ
khóa tay
khóa trình
khóc dạ đề
khóc dở mếu dở
khóc gió than mây
khóc hết hơi
khóc hết nước mắt
khóc lóc
khóc mướn
khóc nhè
khóc như cha chết
khóc như mưa
khóc như ri
khóc oà
khóc ròng như mưa
khóc than
khóc thét
khóc thầm
khóc ti tỉ
khóc vòi
khóc đứng khóc ngồi
khóe hạnh
khóe mắt
khói hương
khói lạnh hương tàn
khói lửa
khói nhang
khói đèn
khô chân gân mặt
khô cạn
khô cằn
khô cổ
khô cứng
khô dầu
khô dầu lá
khô héo
khô khan
khô khén
khô không khốc
khô khẳng
khô khỏng
khô khốc
khô mắt
khô mộc
khô như củi
khô như ngói
khô queo
khô rang
khô ráo
khô túi
khô vằn
khô đét
khôi giáp
khôi hài
khôi khoa
khôi nguyên
khôi ngô
khôi phục
khôi tinh
khôi vĩ
khôn có nọc
khôn cùng
khôn cầm
khôn cậy khéo nhờ
khôn dồn ra mặt
khôn hàn
khôn hồn
khôn hồn thì
khôn khéo
khôn khéo léo bờ
khôn khôn
khôn lanh
khôn lường
khôn lắm dạ nhiều
khôn lẽ
khôn lỏi
khôn lớn
khôn ngoan
khôn ngoan có nọc
khôn ngoan quỉ quyệt
khôn ngoan rùa mốc
khôn nhà dại chợ
khôn nhẽ
khôn nhờ dại chịu
khôn sống mống chết
khôn thiêng
khôn tả
khôn xiết
không ai
không bao lâu
không biết chừng
không biết dơ
không biết ngượng mồm
không bào
không bù
không bằng
không bờ bến
không chiến
không chuyên
không chán mắt
không chê được
không chóng thì chầy
không chệch được
không chồng mà chửa
không chừng
không cánh mà bay
không còn mảnh giáp
không cùng
không cầu mà được
không dám
không dám rỉ răng
không dây mà buộc
không dưng
không dứt
không gian
không gian hóa
không giờ
không hẹn mà nên
không hề
không khéo
không khí
không không có có
không khảo mà xưng
không khỏi
không khốc
không kèn không trống
không kích
không kể
không kịp trở tay
không lưu
không lẽ
không lực
không ma nào
không môn
không mấy
không mấy khi
không một bóng người
không ngôi
không ngớt
không ngờ
không ngừng
không ngửi được
không nhiều thì ít
không nhưng
không những
không nên cơm cháo
không nên không phải
không nói không rằng
không phép
không phải
không phận
không quân
không quốc tịch
không sao
không thèm
không thể
không thể nào
không tiền khoáng hậu
không trung
không trách
không trống không kèn
không trộn lẫn được
không trở tay kịp
không tài gì
không tài nào
không tên
không tên không tuổi
không tơ hào
không tưởng
không tập
không tặc
không vận
không xơ múi gì
không ít thì nhiều
không ăn đạp đổ
không đáng kể
không đâu
không đâu vào đâu
không đầu không đuôi
không đầu không đũa
không đẻ không đau
không đối không
không đổi
không đội trời chung
khù khì
khù khù
khù khờ
khù khụ
khù sung
khùng khục
khú đế
khúc ca
khúc chiết
khúc cua
khúc cuộn
khúc côn cầu
khúc dạo
khúc kha khúc khích
khúc khuỷu
khúc khích
khúc khắc
khúc luyện
khúc mắc
khúc mắt
khúc ngoặt
khúc nhôi
khúc nôi
khúc quành
khúc ruột
khúc tai ương
khúc uốn
khúc xạ
khúc xạ học
khúc xạ kế
khúc đàn
khúm na khúm núm
khúm núm
khúng khắng
khăm khắm
khăm khẳm
khăn bàn
khăn choàng
khăn chầu áo ngự
khăn chế
khăn chữ nhân
khăn chữ nhất
khăn gói
khăn gói gió đưa
khăn gỗ
khăn khắn
khăn khẳn
khăn lau
khăn là áo lượt
khăn mùi soa
khăn mặt
khăn mỏ quạ
khăn ngang
khăn piêu
khăn quàng
khăn quàng cổ
khăn quàng đỏ
khăn rằn
khăn san
khăn tang
khăn tay
khăn thâm áo vải
khăn trắng
khăn tua
khăn tày rế
khăn tày vố
khăn tày vồ
khăn tắm
khăn vuông
khăn vành dây
khăn vấn
khăn xếp
khăn yếm
khăn áo
khăn ăn
khăn đóng
khăn đầu rìu
khăn đẹp
khăng khít
khăng khít dải đồng
khăng khăng
khơ khớ
khơi chừng
khơi diễn
khơi dậy
khơi gợi
khơi khơi
khơi lại
khơi mào
khơi nguồn
khơi sâu
khơi thông
khư khư
khươm năm
khước từ
khướt cò bợ
khạ quy
khạc nhổ
khạng nạng
khả biến
khả dĩ
khả kiến
khả kính
khả nghi
khả nghịch
khả năng
khả phủ
khả pẻ
khả quan
khả thi
khả thủ
khả tích
khả ái
khả ước
khả ố
khảch sạn
khải ca
khải hoàn
khải hoàn ca
khải hoàn môn
khảm kha
khảm khắc
khản cổ
khản tiếng
khản đặc
khảng khái
khảng tảng
khảnh ăn
khảo chứng
khảo cổ
khảo cổ học
khảo của
khảo cứu
khảo dị
khảo giá
khảo hạch
khảo khoá
khảo khóa
khảo luận
khảo nghiệm
khảo quan
khảo sát
khảo thí
khảo thích
khảo tra
khảo tấn
khảo vấn
khảo đính
khảo đả
khấm khá
khấn khứa
khấn nguyền
khấn vái
khấp kha khấp khểnh
khấp khểnh
khấp khởi
khất cái
khất khưởng
khất khứa
khất lần
khất lần khất lữa
khất nợ
khất sĩ
khất thực
khất từ
khất âm dương
khấu hao
khấu trừ
khấu trừ hao mòn
khấu đuôi
khấu đầu
khấu đầu khấu đuôi
khầng khậc
khẩn cấp
khẩn cầu
khẩn hoang
khẩn khoản
khẩn nguyện
khẩn nài
khẩn thiết
khẩn trình
khẩn trương
khẩn yếu
khẩn điền
khẩu chao
khẩu chiếm
khẩu chiến
khẩu cung
khẩu cái
khẩu hiệu
khẩu khí
khẩu lệnh
khẩu ngữ
khẩu pháo
khẩu phần
khẩu phật tâm xà
khẩu thiệt vô bằng
khẩu thuyết vô bằng
khẩu thí
khẩu thị tâm phi
khẩu trang
khẩu truyền
khẩu tài
khẩu tâm bất nhất
khẩu vị
khẩu đầu
khẩu độ
khẩu độ tỉ đối
khẩu đội
khẩu đội trưởng
khậm khạc
khập khiễng
khập khà khập khiễng
khập khễnh
khật khà khật khưỡng
khật khà khật khừ
khật khưỡng
khật khừ
khắc bạc
khắc canh
khắc cốt ghi xương
khắc cốt minh tâm
khắc cờ
khắc gỗ
khắc hoạ
khắc họa
khắc khoải
khắc khổ
khắc kì
khắc kỉ
khắc kỷ
khắc lậu
khắc lậu canh chầy
khắc lậu canh tàn
khắc nghiệt
khắc nung
khắc phục
khắc phục khuyết điểm
khắc sâu
khắc xương ghi dạ
khắc đồng
khắc độ
khắc ảnh
khắm lằm lặm
khắm lặm
khắn khít
khắng khít
khắp chốn cùng nơi
khắp chợ cùng quê
khắp chợ thì quê
khắp cả
khắp mặt
khắp nơi
khắp nẻo khắp nơi
khắt khe
khằng khặc
khẳn tính
khẳng kheo
khẳng khiu
khẳng khái
khẳng định
khặc khừ
khẻ mỏ
khẽ chứ
khẽ khàng
khẽ khọt
khế chua
khế cơm
khế ngọt
khế thư
khế đường
khế ước
khề khà
khềnh khệch
khều khoào
khều móc
khệ nệ
khệnh khoạng
khệnh khạng
khỉ bông
khỉ cộc
khỉ dạng người
khỉ già
khỉ gió
khỉ ho cò gáy
khỉ mũ
khỉ mũi
khỉ nhện
khỉ râu
khỉ rú
khỉ sóc
khỉ xồm
khỉ ăn gừng
khỉ độc
khỉ đột
khịt khịt
khọm già
khọm rọm
khỏa lấp
khỏa thân
khỏa tử
khỏe khoắn
khỏe khòe khoe
khỏe khắn
khỏe mạnh
khỏe như vâm
khỏe ra
khỏi nào
khỏi phải nói
khỏi rên quên thầy
khỏi vòng cong đuôi
khố bao
khố bện
khố dây
khố lục
khố rách áo ôm
khố tải
khố vàng
khố xanh
khố đỏ
khốc hại
khốc liệt
khốc quỉ kinh thần
khối chóp
khối chóp cụt
khối cầu
khối lượng
khối lượng nguyên tử
khối lượng riêng
khối nổi
khối phấn
khối phố
khối thang
khối tình
khối u
khối xây
khối óc
khốn cùng
khốn cực
khốn khó
khốn khổ
khốn kiếp
khốn một nỗi
khốn nạn
khốn nỗi
khốn quẫn
khốn thân
khốn đốn
khống chế
khống chỉ
khống cáo
khổ chiến
khổ chủ
khổ công
khổ cực
khổ dịch
khổ hình
khổ hạnh
khổ hải
khổ học
khổ luyện
khổ lực
khổ mặt
khổ một nỗi
khổ người
khổ nhục
khổ nhục hình
khổ nhục kế
khổ não
khổ nạn
khổ nỗi
khổ qua
khổ quá
khổ sai
khổ sai chung thân
khổ sâm
khổ sâm nam
khổ sở
khổ thân
khổ thơ
khổ tâm
khổ tận cam lai
khổ vai
khổ đau
khổ độc
khổ ải
khổn hạnh
khổn phạm
khổng giáo
khổng lồ
khổng miếu
khổng tước
khổng tử
khớp học
khớp răng
khớp xương
khớp đồ
khờ dại
khờ khĩnh
khờ khạo
khởi binh
khởi chiến
khởi công
khởi hành
khởi hấn
khởi kiện
khởi loạn
khởi nghiệp
khởi nghĩa
khởi nghĩa vũ trang
khởi nguyên
khởi phát
khởi phụng đằng giao
khởi sơ
khởi sắc
khởi sự
khởi thuỷ
khởi thảo
khởi thủy
khởi tố
khởi tử
khởi xướng
khởi điểm
khởi đầu
khởi động
khụ khị
khục khặc
khụng khiệng
khụt khịt
khủng bố
khủng bố trắng
khủng hoảng
khủng hoảng chu kỳ
khủng hoảng chính trị
khủng hoảng kinh tế
khủng hoảng nội các
khủng hoảng thiếu
khủng hoảng thừa
khủng khiếp
khủng khiểng
khủng khỉnh
khủng long
khứ hồi
khứ lưu
khứu giác
khừ khừ
khử bạo
khử chua
khử cực
khử khuẩn
khử màu
khử mùi
khử nhiễm
khử nước
khử trùng
khử từ
khử áp
khử độc
khử ẩn số
khự nự
khự tố lô
ki bo
ki cóp
ki lô
kia kìa
kia mà
kim anh
kim anh tử
kim băng
kim bản vị
kim bảng
kim bảng đề danh
kim chi
kim chi ngọc diệp
kim chỉ
kim chỉ nam
kim cúc
kim cương
kim cải
kim cổ
kim giai
kim giao
kim giây
kim găm
kim hoàn
kim hoả
kim hôn
kim hỏa
kim khuyết
kim khánh
kim khí
kim khôi
kim kinh
kim lan
kim loại
kim loại hiếm
kim loại học
kim loại kiềm
kim loại màu
kim loại nguyên sinh
kim loại quý
kim loại sạch
kim loại thô
kim loại tái sinh
kim loại đen
kim lâu
kim mai
kim mã ngọc đường
kim móc
kim môn
kim nam châm
kim ngân
kim ngân hoa
kim ngạch
kim ngọc
kim nhũ
kim oanh
kim phong
kim phượng
kim quan
kim sa
kim sang
kim sinh
kim sinh học
kim sương
kim thanh
kim thoa
kim thuộc
kim thượng
kim thạch
kim thằng
kim tinh
kim tiêm
kim tiền
kim tiền thảo
kim tuyến
kim tương học
kim tự tháp
kim ô
kim đan
kim đồng
kim đồng ngọc nữ
kim ốc
kin kít
kinh bang tế thế
kinh bổn
kinh chiều
kinh cung chi điểu
kinh cụ
kinh dinh
kinh doanh
kinh dị
kinh giới
kinh hoàng
kinh hoảng
kinh hãi
kinh hồn
kinh hồn bạt vía
kinh khiếp
kinh khuyết
kinh khủng
kinh kì
kinh kệ
kinh kịch
kinh kỳ
kinh luân
kinh lí
kinh lý
kinh lược
kinh lược sứ
kinh lạc
kinh lịch
kinh mạch
kinh nghiệm
kinh nghiệm chủ nghĩa
kinh nghĩa
kinh nguyệt
kinh ngạc
kinh nhật tụng
kinh niên
kinh phong
kinh phí
kinh qua
kinh quyền
kinh quốc
kinh rạch
kinh sư
kinh sợ
kinh sử
kinh sử dùi mài
kinh sử giùi mài
kinh sử làu thông
kinh thiên động địa
kinh thành
kinh thánh
kinh tiêu
kinh truyện
kinh trập
kinh tuyến
kinh tuyến gốc
kinh tuyến trời
kinh tài
kinh tế
kinh tế hàng hoá
kinh tế học
kinh tế thị trường
kinh tế tự nhiên
kinh tịch chí
kinh tởm
kinh viện
kinh vĩ
kinh xáng
kinh điển
kinh đô
kinh địa
kinh độ
kinh độ tây
kinh độ đông
kinh động
kinh đời
kitô giáo
kiêm bị
kiêm dụng
kiêm nhiệm
kiêm toàn
kiêm tính
kiêm ái
kiên chí
kiên cường
kiên cố
kiên dũng
kiên gan
kiên nghị
kiên nhẫn
kiên quyết
kiên trinh
kiên trung
kiên trì
kiên tâm
kiên tín
kiên định
kiêng cái ăn nước
kiêng cữ
kiêng dè
kiêng gió
kiêng húy
kiêng khem
kiêng kị
kiêng kỵ
kiêng nể
kiêng sợ
kiêu binh
kiêu bạc
kiêu căng
kiêu dũng
kiêu hãnh
kiêu hùng
kiêu kiêu
kiêu kì
kiêu kỳ
kiêu ngoa
kiêu ngạo
kiêu sa
kiêu xa
kiếm chuyện
kiếm chác
kiếm cung
kiếm cơi trầu
kiếm cớ
kiếm củi
kiếm hiệp
kiếm khách
kiếm lời
kiếm một tiêu mười
kiếm sống
kiếm thuật
kiếm ăn
kiếm đường
kiến bò
kiến bò bụng
kiến bò miệng chén
kiến càng
kiến cánh
kiến công lập nghiệp
kiến cỏ
kiến gió
kiến giả nhất phận
kiến giải
kiến giảng
kiến hiệu
kiến kiện củ khoai
kiến lính
kiến lập
kiến lửa
kiến mật
kiến nghĩa bất vi
kiến nghị
kiến quốc
kiến sư tử
kiến thiết
kiến thiết cơ bản
kiến thợ
kiến thức
kiến trúc
kiến trúc sư
kiến trúc sư trưởng
kiến trúc thượng tầng
kiến trúc đá
kiến trúc địa chất
kiến tạo
kiến tạo học
kiến tập
kiến vàng
kiến văn
kiến vống
kiến đen
kiến điền
kiến đỏ
kiếp liễu bồ
kiếp người
kiếp phong trần
kiếp sau
kiếp sống
kiếp xưa
kiếp đoạn trường
kiếp đoạt
kiết cú
kiết lị
kiết lỵ
kiết xác
kiếu bệnh
kiếu từ
kiềm chế
kiềm hoá
kiềm hóa
kiềm kế
kiềm thúc
kiềm thổ
kiềm toả
kiềm tính
kiềm tỏa
kiền khôn
kiền kiền
kiềng mặt
kiều bào
kiều cư
kiều diễm
kiều dân
kiều dưỡng
kiều hối
kiều lộ
kiều mạch
kiều nhi
kiều nhược
kiều nương
kiểm chứng
kiểm duyệt
kiểm dịch
kiểm hoá
kiểm học
kiểm kê
kiểm lâm
kiểm nghiệm
kiểm ngân
kiểm ngư
kiểm nhận
kiểm phiếu
kiểm soát
kiểm soát viên
kiểm sát
kiểm sát trưởng
kiểm sát viên
kiểm thảo
kiểm toán
kiểm toán viên
kiểm tra
kiểm tu
kiểm điểm
kiểm định
kiểu chính
kiểu cách
kiểu dáng
kiểu hãnh
kiểu hình
kiểu mẫu
kiểu sức
kiểu táng
kiệm lời
kiệm ước
kiện cáo
kiện gian bàn ngay
kiện hàng
kiện khang
kiện nhi
kiện toàn
kiện tì
kiện tướng
kiện tụng
kiệt cùng
kiệt dinh dưỡng
kiệt hiệt
kiệt lực
kiệt quệ
kiệt sức
kiệt tác
kiệt xuất
kiệu bát cống
kiệu hoa
kiệu song loan
kiệu tay
ktul dliê
ky cóp
kè cặp
kè kè
kè nhè
kèm cặp
kèm nhà kèm nhèm
kèm nhèm
kèm theo
kèn bóp
kèn bầu
kèn co
kèn cựa
kèn hiệu
kèn hát
kèn kẹt
kèn loa
kèn lệnh
kèn trống
kèn túi
kèn xuôi dăm ngược
kèn đôi
kèo cò
kèo cột
kèo kẹo
kèo nhèo
kèo nài
kèo nèo
ké né
ké đầu ngựa
kém cạnh
kém cỏi
kém hèn
kém mắt
kém sức
kém tai
kém vế
kém ăn
kém đi
kém đói
kén chọn
kén chồng
kén cá chọn canh
kén quá hoá hỏng
kén vợ
kéo buồm ngược gió
kéo bè
kéo bè kéo cánh
kéo bễ
kéo bộ
kéo co
kéo cày
kéo cày trả nợ
kéo cánh
kéo căng
kéo cưa
kéo cưa lừa xẻ
kéo cờ
kéo dài
kéo gỗ
kéo lê
kéo theo
kép hát
két bạc
két dầu
kê biên
kê cứu
kê gian
kê giao
kê khai
kê kích
kê môn
kê úm
kê đơn
kên kên
kênh kiệu
kênh mương
kênh mặt
kênh rạch
kênh sáng
kênh truyền hình
kênh xáng
kênh đào
kêu ca
kêu chẳng thấu trời
kêu cầu
kêu cứu
kêu gào
kêu gọi
kêu la
kêu là
kêu như cháy đồi
kêu như ó
kêu nài
kêu oan
kêu ran
kêu rêu
kêu rú
kêu rống
kêu trời
kêu van
kêu vang
kêu xin
kì an
kì binh
kì bo
kì bí
kì bộ
kì chay
kì cà kì cạch
kì công
kì cùng
kì cạch
kì cọ
kì cọm
kì cục
kì cựu
kì diệu
kì duyên
kì dư
kì dị
kì giông
kì hào
kì hình
kì hình dị tướng
kì hình quái trạng
kì hạm
kì hạn
kì họp
kì hữu
kì khu
kì khôi
kì kèo
kì lân
kì lân biển
kì lão
kì lí
kì lương
kì lạ
kì mục
kì mục kì nát
kì nam
kì nghỉ
kì ngộ
kì nham
kì nhông
kì phiếu
kì phùng
kì phùng địch thủ
kì quan
kì quái
kì quản
kì quặc
kì thi
kì thuỷ
kì thú
kì thật
kì thị
kì thủ
kì thủy
kì thực
kì trung
kì tài
kì tình
kì tích
kì tướng
kì tập
kì vĩ
kì vọng
kì xí
kì yên
kì án
kì đà
kì đà cản mũi
kì đài
kì đảo
kì đồng
kì ảo
kìm chân
kìm chín
kìm cặp
kìm cộng lực
kìm giữ
kìm hãm
kìm kẹp
kìm nén
kìm sống
kìn kìn
kìn kĩn
kìn kịt
kình kịch
kình nghê
kình ngư
kình ngạc
kình địch
kí chú
kí chủ
kí cóp
kí cả hai tay
kí giam
kí giả
kí gửi
kí hiệu
kí hiệu học
kí hoạ
kí họa
kí kết
kí lô
kí lục
kí ngụ
kí nhận
kí ninh
kí pháp
kí quĩ
kí quỹ
kí sinh
kí sinh trùng
kí sinh trùng học
kí sinh vật
kí sự
kí thác
kí táng
kí tên
kí túc
kí túc xá
kí tắt
kí tự
kí vãng
kí âm
kí âm pháp
kí ức
kích bác
kích cầu
kích cỡ
kích dục
kích dục tố
kích hoạt
kích rích
kích thích
kích thích tố
kích thước
kích tấc
kích tố
kích động
kín cổng cao tường
kín miệng
kín mít
kín mít như bưng
kín nhiệm
kín như buồng tằm
kín như bưng
kín như hũ nút
kín nhẽ
kín tiếng
kín tiếng im hơi
kín trên bền dưới
kín đáo
kính báo
kính bẩm
kính che gió
kính chuộng
kính chào
kính chúc
kính chẳng bõ phiền
kính coong
kính cáo
kính cẩn
kính cận
kính cặp mũi
kính cố
kính cổ
kính cửa
kính dưỡng mục
kính ghép màu
kính hiển vi
kính lão
kính lão đắc thọ
kính lúp
kính lập thể
kính mát
kính mến
kính mộ
kính một mắt
kính nhi viễn chi
kính nhường
kính nể
kính phục
kính quang phổ
kính râm
kính siêu hiển vi
kính thiên
kính thiên lí
kính thiên lý
kính thiên văn
kính thuốc
kính thăm
kính thưa
kính tiềm vọng
kính trình
kính trắc tinh
kính trắc viễn
kính trắng
kính trọng
kính tạ
kính tặng
kính viếng
kính viễn
kính viễn vọng
kính vạn hoa
kính yêu
kính ái
kính đen
kính đeo mắt
kính đo xa
kính đên
kính định tinh
kính đổi màu
kính ảnh
kíp chầy
kíp miệng chầy chân
kíp mìn
kíp vi sai
kíu kíu
ký chú
ký giả
ký hiệu
ký họa
ký kết
ký lục
ký ngụ
ký nhận
ký sinh
ký sự
ký thác
ký táng
ký túc
ký tắt
ký ức
kĩ càng
kĩ lưỡng
kĩ nghệ
kĩ nghệ gia
kĩ năng
kĩ nữ
kĩ sư
kĩ sư trưởng
kĩ thuật
kĩ thuật viên
kĩ trị
kĩ tính
kĩ viện
kĩ xảo
kĩu cà kĩu kịt
kĩu kịt
kẹo bánh
kẹo chanh
kẹo cu đơ
kẹo hạnh nhân
kẹo mút
kẹo mứt
kẹo nha
kẹo nhai
kẹo thơm
kẹo trứng chim
kẹo xìu
kẹo đậu phụng
kẹo đắng
kẹp tóc
kẹt cứng
kẻ bắc người nam
kẻ chê người cười
kẻ chợ
kẻ cướp
kẻ cướp la làng
kẻ cả
kẻ cắp
kẻ dưới
kẻ dạ người vâng
kẻ gian
kẻ già
kẻ giờ
kẻ hay người dở
kẻ hầu người hạ
kẻ khinh người dể
kẻ khinh người trọng
kẻ khuất người còn
kẻ khác
kẻ khó
kẻ kính người nhường
kẻ ngược người xuôi
kẻ nhẻ kè nhè
kẻ nể
kẻ nể người vì
kẻ quen người thuộc
kẻ quê
kẻ sang người hèn
kẻ sĩ
kẻ thù
kẻ thưa người gửi
kẻ trên người dưới
kẻ trước người sau
kẻ trộm
kẻ tung người hứng
kẻ tới người lui
kẻ vạch
kẻ về người ở
kẻ xướng người hoạ
kẻ yêu người nể
kẻ ít người nhiều
kẻ ô
kẻ ăn người làm
kẻ ăn người ở
kẻ đón người đưa
kẻ đấm người xoa
kẻ địch
kẻ ở người đi
kẻm nhẻm
kẻm nhẻm kèm nhèm
kẻo mà
kẻo nữa
kẻo rồi
kẽ hở
kẽ ngạch
kẽ nách
kẽ nẻ
kẽ nứt
kẽ răng
kẽ tóc
kẽ tóc chân tơ
kẽo cà kẽo kẹt
kẽo cọt
kẽo kẹt
kế chân
kế chí
kế cận
kế hiền
kế hoạch
kế hoạch hoá
kế hoạch hóa
kế mẫu
kế nghiệp
kế nhiệm
kế phụ
kế sách
kế thiếp
kế thất
kế thế
kế thế công hầu
kế thế đăng khoa
kế thừa
kế tiếp
kế toán
kế toán trưởng
kế toán viên
kế truyền
kế tập
kế tục
kế tự
kế vị
kế đó
kế đến
kếch sù
kếch xù
kết bè
kết bè kết đảng
kết bông
kết băng
kết bạn
kết chài dăng sông
kết cuộc
kết cấu
kết cấu hạ tầng
kết cấu đất
kết cỏ ngậm vành
kết cục
kết duyên
kết duyên châu trần
kết duyên tần tấn
kết dính
kết dư
kết dải đồng tâm
kết giao
kết hôn
kết hạch
kết hạt
kết hối
kết hợp
kết khối
kết liên
kết liễu
kết luận
kết mạc
kết nghĩa
kết nguyền
kết ngãi
kết nạp
kết nối
kết oán
kết quả
kết thái
kết thái trương đăng
kết thân
kết thù
kết thúc
kết tinh
kết tinh học
kết toán
kết tràng
kết tóc
kết tóc xe tơ
kết tầng
kết tội
kết tụ
kết tục
kết tủa
kết từ
kết xã
kết án
kết đoàn
kết đôi
kết đọng
kết ước
kề cà
kề cận
kề miệng lỗ
kề rề
kề vai sát cánh
kềm chế
kềm cặp
kềm lòng
kền kền
kềnh càng
kềnh kệch
kềnh kệnh
kể chi
kể chuyện
kể công
kể cả
kể gì
kể hạnh
kể lại
kể lể
kể nhặt kể khoan
kể ra
kể trên
kể tội
kể từ
kể đà
kệ kinh
kệ nệ
kệ thây
kệ xác
kệch cỡm
kệch cợm
kỉ cương
kỉ hà học
kỉ luật
kỉ luật sắt
kỉ luật tự giác
kỉ lục
kỉ nguyên
kỉ niệm
kỉ phần
kỉ vật
kỉ yếu
kị binh
kị binh bay
kị binh thiết giáp
kị khí
kị màu
kị mã
kị nhật
kị nước
kị nắng
kị sĩ
kịch bản
kịch bản phim
kịch chiến
kịch chủng
kịch câm
kịch cương
kịch cọt
kịch cỡm
kịch cợm
kịch hát
kịch hóa
kịch liệt
kịch múa
kịch mục
kịch ngắn
kịch nhạc
kịch nói
kịch phát
kịch sĩ
kịch thơ
kịch trường
kịch tác gia
kịch tính
kịch vui
kịp thì
kịp thời
kỳ bộ
kỳ công
kỳ cùng
kỳ cạch
kỳ cọ
kỳ cục
kỳ cựu
kỳ dư
kỳ dị
kỳ hào
kỳ hình
kỳ hạn
kỳ khu
kỳ khôi
kỳ kèo
kỳ lân
kỳ mưu
kỳ mục
kỳ ngộ
kỳ phùng
kỳ quan
kỳ quái
kỳ quặc
kỳ thuỷ
kỳ thị
kỳ thực
kỳ trung
kỳ tài
kỳ tích
kỳ vọng
kỳ yên
kỳ đà
kỳ đài
kỳ đảo
kỳ ảo
kỵ binh
kỵ khí
kỵ mã
kỵ sĩ
kỷ cương
kỷ luật
kỷ lục
kỷ nguyên
kỷ niệm
kỷ phần
kỷ yếu
kỹ lưỡng
kỹ nghệ
kỹ năng
kỹ nữ
kỹ sư
kỹ thuật
kỹ xảo
la bàn
la chí
la coóc
la cà
la dơn
la ha
la ha ưng
la hán
la hét
la hủ
la hủó
la kinh
la liếm
la liệt
la làng
la làng la xóm
la lối
la mắng
la quả
la rày
la rầy
la sát
la tinh
la trời
la ve
la ó
la đà
lai căng
lai cảo
lai dai
lai giống
lai hàng
lai kinh
lai kinh tế
lai láng
lai lịch
lai máu
lai nguyên
lai nhai
lai rai
lai sinh
lai thế
lai tạo
lai tạp
lai tỉnh
lai vãng
lam chướng
lam khí
lam làm
lam lũ
lam nham
lam sơn chướng khí
lam sơn thực lục
lam đồng
lan bướm
lan can
lan chân rết
lan hài
lan hạc đính
lan man
lan nhai
lan quạt
lan quế
lan thông
lan toả
lan truyền
lan tràn
lan trùng
lan đất
lang bang
lang ben
lang băm
lang bạt
lang bạt kì hồ
lang chạ
lang cun
lang lảng
lang lổ
lang miếu
lang quân
lang sói
lang thang
lang trung
lang trắng
lang tạ
lang vườn
lang y
lang đạo
lanh canh
lanh chai
lanh chanh
lanh lánh
lanh lảnh
lanh lẹ
lanh lẹn
lanh lợi
lanh tanh
lanh tô
lao công
lao cải
lao dịch
lao hạch
lao khổ
lao kê
lao lung
lao lí
lao lý
lao lực
lao màn
lao móc
lao nhao
lao như tên bắn
lao phiền
lao tâm
lao tâm khổ trí
lao tâm khổ tứ
lao tù
lao tư
lao vụ
lao xao
lao đao
lao đầu
lao động
lao động cần thiết
lao động giản đơn
lao động phức tạp
lao động quá khứ
lao động sống
lao động thặng dư
lao động tiên tiến
lao động tất yếu
lao động vật hoá
lau chau
lau chùi
lau hau
lau lách
lau láu
lau nhau
lau sậy
lay bay
lay chuyển
lay hoay
lay lay
lay láy
lay lất
lay lắt
lay lứt
lay nhay
lay trời chuyển đất
lay động
lay ơn
le le
le lé
le lói
le te
lem luốc
lem lém
lem lẻm
lem nhem
len chân
len dạ
len gai
len lén
len lét
len lẻn
len lỏi
len mình
leng beng
leng keng
leo dây
leo heo
leo kheo
leo lét
leo lắt
leo lẻo
leo nheo
leo teo
leo thang
leo trèo
li biệt
li bì
li dị
li e
li giác
li gián
li giáo
li hôn
li hương
li hương biệt quán
li hợp
li khai
li kì
li la li lô
li lai
li tao
li thi
li thân
li ti
li tán
li tâm
li tô
lia lịa
lim dim
lim sẹt
lim vàng
lim xanh
linh chi
linh cảm
linh cẩu
linh cữu
linh diệu
linh dư
linh dược
linh dị
linh hoạt
linh hồn
linh khí
linh kiện
linh lỉnh
linh lợi
linh miêu
linh mục
linh nghiệm
linh sàng
linh thiêng
linh tinh
linh tinh lang tang
linh tính
linh vị
linh xa
linh đan
linh đinh
linh đình
linh đơn
linh động
linh ứng
liu hiu
liu riu
liu điu
liêm chính
liêm khiết
liêm phóng
liêm sỉ
liên bang
liên binh chủng
liên bộ
liên can
liên chi
liên chi hồ điệp
liên chi uỷ
liên chi ủy
liên chính phủ
liên cầu khuẩn
liên danh
liên doanh
liên gia
liên gia trưởng
liên hiệp
liên hoan
liên hoan phim
liên hoàn
liên hệ
liên hệ ngược
liên hồi
liên hồi kì trận
liên hợp
liên khu
liên kết
liên liến
liên luỵ
liên lạc
liên minh
liên miên
liên ngành
liên nhục
liên phòng
liên quan
liên quân
liên thanh
liên thiên
liên tiếp
liên tiền thảo
liên tưởng
liên tỉnh
liên tịch
liên tục
liên từ
liên vận
liên xã
liên á
liên đoàn
liên đài
liên đái
liên đại lục
liên đội
liên đới
liêng liếng
liêu hữu
liêu thuộc
liêu xiêu
liếc mắt
liếc xéo
liếm gót
liếm láp
liếm mép
liếm môi
liếm đít
liến láu
liến thoắng
liếp nhiếp
liếu điếu
liềm móng
liềm vạt
liền liền
liền tay
liền tù tì
liều liệu
liều lĩnh
liều lượng
liều mình
liều mạng
liều thân hoại thể
liểng xiểng
liễu bồ
liễu chán hoa chê
liễu ngõ hoa tường
liễu rủ
liễu yếu đào thơ
liễu yếu đào tơ
liễu ép hoa nài
liệt bại
liệt cường
liệt cử
liệt dương
liệt giường
liệt giường liệt chiếu
liệt in
liệt kê
liệt nữ
liệt sĩ
liệt thánh
liệt truyện
liệu bò lo chuồng
liệu bò đo chuồng
liệu chiều che gió
liệu chừng
liệu cơm gắp mắm
liệu gió phất cờ
liệu hồn
liệu lí
liệu pháp
liệu thần hồn
lo buồn
lo bò trắng răng
lo công tính chuyện
lo hơn tính thiệt
lo liệu
lo lót
lo lường
lo lắng
lo méo mặt
lo ngay ngáy
lo nghĩ
lo ngại
lo như cha chết
lo phiền
lo quanh
lo quẩn lo quanh
lo rối ruột
lo sốt vó
lo sợ
lo toan
lo trước tính sau
lo tính
lo xa
lo âu
lo đứng lo ngồi
loa kèn
loa loá
loai choai
loai ngoai
loai nhoai
loan báo
loan chung phượng chạ
loan giá
loan phòng
loan phượng
loan phụng
loan xa
loang loáng
loang loãng
loang lổ
loang lỗ
loang toàng
loanh quanh
loay hoay
loe loé
loe loét
loe toe
loe xoe
loen loét
logic biện chứng
logic hình thức
logic học
logic toán
logic toán học
loi choi
loi ngoi
loi ngoi lót ngót
loi nhoi
loi thoi
lom dom
lom khom
lom lem
lom lom
lom lóm
lom rom
lom đom
lon ton
lon xon
long bong
long bào
long cung
long cổn
long diên hương
long giá
long giáng
long lanh
long lay
long li quy phụng
long lóc
long lỏng
long mạch
long ngai
long nhan
long nhong
long nhãn
long não
long não hương
long não nước
long phụng
long sàng
long sòng sọc
long thần
long thể
long tong
long trọng
long trọng hóa
long trời chuyển đất
long trời lở đất
long tu
long tóc gáy
long vân
long vân gặp hội
long vương
long xa
long án
long đong
long đình
long đờm
long đởm
loong toong
loà nhoà
loà xoà
loài gặm nhấm
loài người
loàng xoàng
loá mắt
loáng choáng
loáng quáng
loáng thoáng
loáo quáo
loáy hoáy
loáy ngoáy
loã lồ
loã thể
loã xoã
loãng quẹt
loè bịp
loè loẹt
loè nhoè
loè xoè
loè đời
loé choé
loét nhoét
loăn quăn
loăn xoăn
loăng ngoăng
loăng quăng
loạc choạc
loạch xoạch
loại biệt
loại bỏ
loại hình
loại hình học
loại thể
loại trừ
loại từ
loạn dâm
loạn khứu
loạn li
loạn luân
loạn ly
loạn lạc
loạn ngôn
loạn nhịp
loạn nội tiết
loạn quan loạn quân
loạn quân
loạn quân loạn quan
loạn sản
loạn sắc
loạn sắc tố
loạn thần
loạn thần tặc tử
loạn thị
loạn thị kế
loạn trí
loạn trí nhớ
loạn tạng
loạn vận động
loạn xà bì
loạn xà ngầu
loạn xạ
loạn xị
loạn óc
loạn đả
loạng choạng
loạng quạng
loạt roạt
loạt soạt
loạt xoạt
loả toả
loảng choảng
loảng xoảng
loắn xoắn
loắt choắt
loằn ngoằn
loằng ngoằng
loằng nhoằng
loẹt quẹt
loẹt soẹt
loẻng xoẻng
loẻo khoẻo
lu bù
lu loa
lu lu
lu lơ
lu mờ
lua tua
lui binh
lui bước
lui cui
lui gót
lui lại
lui lủi
lui tới
lum khum
lung bung
lung lao
lung lay
lung linh
lung liêng
lung lăng
lung lạc
lung mung
lung tung
lung tung beng
luy lâu
luyên thuyên
luyến láy
luyến tiếc
luyến ái
luyến ái quan
luyến âm
luyện binh
luyện kim
luyện kim bột
luyện kim học
luyện kim màu
luyện kim đen
luyện tinh
luyện tập
luyện từ
luyện đan
luyện đạt
luân canh
luân chuyển
luân hồi
luân lí
luân lí học
luân lý
luân lý học
luân lưu
luân lạc
luân phiên
luân tai
luân thường
luân thường đạo lí
luôm nhuôm
luôn luôn
luôn miệng
luôn tay
luôn thể
luôn tiện
luông luốc
luông tuồng
luýnh quýnh
luấn quấn
luẩn quẩn
luận bàn
luận chiến
luận chứng
luận công
luận cương
luận cứ
luận giả
luận giải
luận lí
luận lí học
luận lý
luận lý học
luận nghĩa
luận thuyết
luận tội
luận văn
luận án
luận điểm
luận điệu
luận đoán
luận đề
luật bằng trắc
luật dân sự
luật gia
luật hành chính
luật hình
luật hình sự
luật học
luật hộ
luật khoa
luật lệ
luật pháp
luật quốc tế
luật rừng
luật sư
luật thơ
luống cuống
luống cày
luống những
luống tuổi
luốt tuốt
luồn cúi
luồn lách
luồn lọt
luồn lỏi
luồng lạch
luộm thuộm
luộm thà luộm thuộm
luỹ cọc
luỹ giảm
luỹ thừa
luỹ tiến
luỹ tích
ly biệt
ly dị
ly gián
ly hôn
ly khai
ly kỳ
ly tán
ly tâm
là hơi
là là
là lượt
là lạ
là ngà
là sà
là vì
là đà
lài nhài
làm bia đỡ đạn
làm biếng
làm bài
làm bàm
làm bàn
làm bé
làm bạn
làm bậy
làm bằng
làm bếp
làm bỏ xác
làm bộ
làm bộ làm tịch
làm bỡn ăn thật
làm cao
làm chay
làm chi
làm chiêm
làm cho
làm chơi ăn thật
làm chủ
làm chứng
làm cái
làm công
làm cơm
làm cảnh
làm cỏ
làm cỗ
làm duyên
làm dáng
làm dâu
làm dâu mấy cửa
làm dâu trăm họ
làm dơi làm chuột
làm dấu
làm dấu thánh
làm dầm
làm dịu
làm dữ
làm già
làm giàu
làm giá
làm gió làm mưa
làm giúp
làm giả
làm giấy
làm giặc
làm gái
làm gì
làm gương
làm hàng
làm hư
làm hại
làm hỏng
làm khoán
làm khách
làm khó
làm khó dễ
làm không công
làm khổ
làm kiêu
làm kiểng
làm kiểu
làm kêu
làm liều
làm loạn
làm lành
làm lông
làm lơ
làm lương
làm lại
làm lạnh
làm lẽ
làm lễ
làm lợi
làm lụng
làm ma
làm mai
làm màu
làm mình làm mẩy
làm mùa
làm mưa làm gió
làm mướn
làm mướn không công
làm mẫu
làm mắm
làm mối
làm mồi
làm ngơ
làm người
làm nhàm
làm nhàu
làm như mèo mửa
làm như đánh vật
làm nhục
làm nhụt
làm nên
làm nũng
làm nương
làm oai
làm phiền
làm phách
làm phép
làm phúc
làm phúc phải tội
làm phản
làm quan
làm quen
làm quà
làm ra
làm ra vẻ
làm reo
làm ruộng
làm rầy
làm rẫy
làm rẽ
làm rể
làm rối
làm sao
làm theo
làm thinh
làm thuê
làm thuốc
làm thân
làm thân trâu ngựa
làm thầy
làm thịt
làm tin
làm tiền
làm tiệc
làm toáng
làm trai
làm trò
làm tròn
làm tròn số
làm tình
làm tình làm tội
làm tôi
làm tường
làm tổ
làm tội
làm tới
làm việc
làm vì
làm vương làm tướng
làm vườn
làm vầy
làm vậy
làm xong
làm xằng
làm ân nên oán
làm ăn
làm đau
làm điệu
làm đĩ
làm đầu
làm đỏm
làm đồng
làm đổ
làm ơn
làm ơn nên oán
làm ải
làm ẩu
làm ồn
làn làn
làn sóng
làn thảm
làn điệu
làng bẹp
làng chiến đấu
làng chơi
làng mạc
làng nghề
làng nho
làng nhàng
làng nước
làng trên chạ dưới
làng trên xóm dưới
làng xã
làng xóm
lành canh
lành chanh
lành chanh lành chói
lành da
lành dạ
lành hanh
lành lạnh
lành lặn
lành mạnh
lành mạnh hoá
lành nghề
lành ngạnh
lành như bụt
lành như đất
lành tính
lào bốc
lào nọi
lào phào
lào quào
lào thào
lào xào
làu bà làu bàu
làu bàu
làu làu
làu nhàu
làu thông
lày quày
lá ba chìa
lá ba chẽ
lá buồm
lá bài
lá bánh
lá bắc
lá chét
lá chắn
lá cải
lá cẩm
lá cờ
lá cờ đầu
lá dong
lá dứa
lá gan
lá giấp
lá guồng
lá khôi
lá kim
lá kèm
lá kép
lá kính
lá lay
lá lách
lá lược
lá lảu
lá lẩu
lá lốt
lá mía
lá móng
lá mạ
lá mầm
lá mặt
lá mặt lá trái
lá mọng
lá ngón
lá ngọc cành vàng
lá ngọn
lá nhãn
lá noãn
lá náng
lá rộng
lá rụng về cội
lá sen
lá sách
lá sắn
lá thăm
lá thắm
lá thắm chỉ hồng
lá toạ
lá tọa
lá vai
lá áo
lá đài
lá đơn
lác mắt
lác đác
lách ca lách cách
lách chách
lách cách
lách rách
lách tách
lái buôn
lái vườn
lái vọt
lái xe
lái đò
lán trại
láng bóng
láng cháng
láng diềng
láng giềng
láng máng
lánh mình
lánh mặt
lánh nạn
lánh xa
láo liên
láo liếng
láo lếu
láo nháo
láo quáo
láo toét
láo xược
láp nháp
lát hoa
lát ti
láu cá
láu lỉnh
láu ta láu táu
láu táu
láu tôm láu cá
láu xáu
láy chùm
láy rền
láy âm
lâm bạ
lâm bệnh
lâm bịnh
lâm bồn
lâm chung
lâm chính
lâm dâm
lâm học
lâm khẩn
lâm li
lâm luật
lâm nghiệp
lâm nguy
lâm nạn
lâm phần
lâm râm
lâm sinh
lâm sàng
lâm sàng học
lâm sơn
lâm sản
lâm sự
lâm thâm
lâm thổ sản
lâm thời
lâm trường
lâm trận
lâm tuyền
lâm tặc
lâm viên
lân bang
lân bàng
lân cận
lân gia
lân la
lân lí
lân quang
lân quốc
lân tinh
lân tuất
lâng láo
lâng lâng
lâp tâm
lâu bền
lâu dài
lâu hoắc
lâu la
lâu lâu
lâu lắc
lâu nay
lâu ngày
lâu nhâu
lâu năm
lâu đài
lâu đời
lây bây
lây dây
lây lan
lây lất
lây nhiễm
lây nhây
lây rây
lây truyền
lã chã
lãi lờ
lãi ròng
lãi suất
lãn công
lãng du
lãng mạn
lãng mạn hoá
lãng ngâm
lãng nhách
lãng phí
lãng quên
lãng trí
lãng tử
lãng uyển
lãng xẹt
lãng đãng
lãnh binh
lãnh canh
lãnh chúa
lãnh cung
lãnh cảm
lãnh dục
lãnh hải
lãnh hội
lãnh ngoại quyền
lãnh nguyên
lãnh sam
lãnh sự
lãnh sự quán
lãnh sự tài phán
lãnh thổ
lãnh tụ
lãnh vực
lãnh đại
lãnh đạm
lãnh đạo
lãnh địa
lão bà
lão bệnh học
lão bộc
lão dân quân
lão dê
lão gia
lão giáo
lão giả an chi
lão hoá
lão hủ
lão khoa
lão luyện
lão làng
lão mưu
lão mẫu
lão ngốc
lão nhiêu
lão nông
lão nông tri điền
lão quyền
lão suy
lão sư
lão thành
lão thân
lão thần
lão thị
lão thực
lão trượng
lão ông
lão đồng chí
lè bè
lè lè
lè lẹ
lè nhè
lè tè
lè xè
lèm ba lèm bèm
lèm bèm
lèm lẹm
lèm nhèm
lèn lẹt
lèn quèn
lèo khoèo
lèo khèo
lèo lá
lèo lái
lèo nhèo
lèo tèo
lèo xèo
lé mạy
lé xẹ
lém lém
lém lỉnh
lém mép
lém đém
lén lút
léng phéng
léo hánh
léo héo
léo lắt
léo nhéo
léo xéo
lép bép
lép kẹp
lép nhép
lép như trấu
lép vế
lép xép
lép xẹp
lét đét
lê dân
lê dương
lê ki ma
lê la
lê lết
lê minh
lê mê
lê nin nít
lê nê
lê thê
lê thứ
lên bậc
lên bổng xuống trầm
lên bộ
lên bờ
lên cao
lên chân
lên chức
lên cân
lên cò
lên cơn
lên da
lên dây
lên dây cót
lên giá
lên giọng
lên gân
lên gân lên cốt
lên hoa
lên hơi
lên khung
lên khuôn
lên lão
lên lớp
lên men
lên mâm
lên mây
lên mặt
lên mặt xuống chân
lên ngôi
lên như diều
lên nước
lên râu
lên sởi
lên tay
lên thác xuống ghềnh
lên tiếng
lên trang
lên tận mây xanh
lên voi xuống chó
lên xe xuống ngựa
lên án
lên đinh
lên đèn
lên đường
lên đạn
lên đồng
lênh chênh
lênh khênh
lênh láng
lênh nghênh
lênh phênh
lênh đênh
lêu bêu
lêu lêu
lêu lổng
lêu nghêu
lêu phêu
lêu têu
lêu đêu
lì lì
lì lợm
lì xì
lìa lịa
lìa đời
lìm lịm
lình xình
lí do
lí dịch
lí giải
lí hào
lí hương
lí la lí lô
lí la lí lắc
lí liệu pháp
lí luận
lí láu
lí lắc
lí lẽ
lí lịch
lí ngư
lí nhí
lí ra
lí sinh học
lí số
lí sự
lí sự cùn
lí thuyết
lí thuyết thông tin
lí thuyết trò chơi
lí thuyết tương đối
lí thuyết tập hợp
lí thuyết xác suất
lí thú
lí trí
lí trưởng
lí tài
lí tí
lí tính
lí tưởng
lí tưởng hoá
lí ưng
lích ca lích kích
lích chích
lích kích
lích rích
lính chiến
lính chào mào
lính cơ
lính dõng
lính dù
lính giản
lính khố vàng
lính khố xanh
lính khố đỏ
lính kín
lính lệ
lính quýnh
lính tam phủ
lính thuỷ
lính thuỷ đánh bộ
lính thú
lính thủy
lính thủy đánh bộ
lính tráng
lính tuần
lính tẩy
lính tập
lính vệ
lính đánh thuê
líp ba ga
líp chíp
lít nhít
lít sít
líu díu
líu la líu lô
líu lo
líu lô
líu nhíu
líu quýu
líu ríu
líu tíu
lò cao
lò chò
lò chõ
lò chợ
lò cò
lò cừ
lò dò
lò hỏa táng
lò hồ quang
lò luyện kim
lò martin
lò mò
lò mổ
lò rào
lò rèn
lò sát sinh
lò sưởi
lò tạo hóa
lò vi sóng
lò xo
lò đúc
lò đứng
lòa xòa
lòe đời
lòi dom
lòi họng
lòi mặt nạ
lòi ruột
lòi tiền
lòi tói
lòi xỉ
lòi đuôi
lòm khòm
lòm lòm
lòn bon
lòn sòn
lòn trôn
lòng bong
lòng bàn tay
lòng chim dạ cá
lòng chảo
lòng cá dạ chim
lòng dân
lòng dòng
lòng dạ
lòng dục
lòng khòng
lòng lang dạ sói
lòng lang dạ thú
lòng mang
lòng mo
lòng máng
lòng mốt lòng hai
lòng ngay dạ thẳng
lòng ngòng
lòng son
lòng son dạ sắt
lòng sông
lòng tham
lòng tham không đáy
lòng thành
lòng thòng
lòng thương
lòng tin
lòng tong
lòng trần mắt tục
lòng trắng
lòng tàu
lòng vàng
lòng vòng
lòng xuân
lòng đau như cắt
lòng đen
lòng đào
lòng đường
lòng đất
lòng đỏ
ló mó
lóc bóc
lóc cóc
lóc ngóc
lóc nhóc
lóc xóc
lóm thóm
lóng ca lóng cóng
lóng cóng
lóng la lóng lánh
lóng lánh
lóng nga lóng ngóng
lóng ngóng
lóng nhóng
lóng rày
lóng xóng
lóp bóp
lóp lép
lóp ngóp
lóp đóp
lót dạ
lót lòng
lót tay
lót ổ
lô cốt
lô gích
lô hội
lô lô
lô lô hoa
lô lô đen
lô lốc
lô mét
lô nhô
lô xô
lôi bè kéo cánh
lôi cuốn
lôi công
lôi kéo
lôi long
lôi thôi
lôi thôi lếch thếch
lôi đình
lôi đả
lôm côm
lôm lốp
lôm nhôm
lông buồn
lông bông
lông bông lang bang
lông chuột
lông cu li
lông cánh
lông cặm
lông hút
lông hồng
lông lá
lông lốc
lông lợn
lông mao
lông mi
lông mày
lông mày sâu róm
lông mã
lông mình
lông móc
lông măng
lông mũi
lông ngông
lông ngứa
lông nheo
lông nhung
lông nhông
lông quặm
lông ruột
lông seo
lông theo
lông tơ
lông vũ
lông xiêu
lông xước
lông đất
lông ống
lõ lẽo
lõa lồ
lõi đời
lõm bõm
lõng bõng
lõng thõng
lõng võnc
lù bù
lù khù
lù lù
lù mù
lù rù
lù xù
lù đù
lùi bước
lùi lũi
lùi lụi
lùi xùi
lùm lùm
lùn chùn
lùn cùn
lùn lùn
lùn tè
lùn tịt
lùng bùng
lùng bắt
lùng hủng
lùng nhùng
lùng sục
lùng thùng
lùng tùng
lú bú
lú gan
lú gan lú ruột
lú khú
lú lấp
lú lẫn
lú nhú
lú ruột
lú ruột lú gan
lúa ba giăng
lúa chiêm
lúa chiêm bái
lúa chiêm quái vụ
lúa chiêm ấm
lúa chét
lúa chồi
lúa chớp bát
lúa con gái
lúa cấy
lúa gieo
lúa giậm
lúa lốc
lúa ma
lúa miến
lúa má
lúa mì
lúa mùa
lúa mạch
lúa nà thổ
lúa nái
lúa nương
lúa nếp
lúa nổi
lúa ruộng
lúa rẫy
lúa sương
lúa sạ
lúa sớm
lúa thu
lúa trì trì
lúa trời
lúa tái giá
lúa tẻ
lúa von
lúa xuân
lúa đòng đòng
lúa đông xuân
lúa đại trà
lúa đứng cái
lúc la lúc lắc
lúc lắc
lúc lỉu
lúc nha lúc nhúc
lúc nhúc
lúc này
lúc nãy
lúc đó
lúi cúi
lúi húi
lúi xùi
lúm khúm
lúm đồng tiền
lún phún
lún sâu
lún sụt
lún thụt
lúng ba lúng búng
lúng búng
lúng liếng
lúng ta lúng túng
lúng túng
lúp xúp
lút cút
lút đầu
lý do
lý dịch
lý giải
lý luận
lý lịch
lý số
lý sự
lý sự cùn
lý thuyết
lý thú
lý trí
lý trưởng
lý tài
lý tính
lý tưởng
lý tưởng hóa
lăm chăm
lăm le
lăm lăm
lăm lẳm
lăm nhăm
lăm tăm
lăm xăm
lăn bánh
lăn chiêng
lăn cù
lăn cổ
lăn kềnh
lăn long lóc
lăn lóc
lăn lưng
lăn lộn
lăn phăn
lăn quay
lăn queo
lăn tay
lăn tăn
lăn xả
lăn đùng
lăn đường
lăng băng
lăng căng
lăng kính
lăng loàn
lăng líu
lăng lắc
lăng miếu
lăng mạ
lăng mộ
lăng nhăng
lăng nhăng lít nhít
lăng nhục
lăng quăng
lăng tiêu
lăng trì
lăng trụ
lăng tẩm
lăng xa lăng xăng
lăng xê
lăng xăng
lăng xăng lít xít
lĩnh binh
lĩnh canh
lĩnh giáo
lĩnh hội
lĩnh mệnh
lĩnh nam chích quái
lĩnh trưng
lĩnh vực
lĩnh xướng
lĩnh ý
lũ lĩ
lũ lượt
lũ lụt
lũ ống
lũm bũm
lũn chũn
lũn cũn
lũn tũn
lũng đoạn
lũy thừa
lũy tiến
lơ chơ
lơ chơ lỏng chỏng
lơ hồng
lơ là
lơ láo
lơ lớ
lơ lửng
lơ muya
lơ mơ
lơ ngơ
lơ pang
lơ thơ
lơ tơ mơ
lơ xe
lơ đãng
lơ đễnh
lơi là
lơi lả
lơi lỏng
lơn lớn
lơn tơn
lơn xơn
lư hương
lưa thưa
lưng chừng
lưng lửng
lưng tròng
lưng tưng
lưng vốn
lưu ban
lưu biến học
lưu biến kế
lưu bút
lưu chiểu
lưu chuyển
lưu cầu
lưu cữu
lưu danh
lưu diễn
lưu dung
lưu dân
lưu dụng
lưu giam
lưu giản
lưu giữ
lưu hoàng
lưu hoá
lưu huyết
lưu huỳnh
lưu hành
lưu học sinh
lưu không
lưu li
lưu loát
lưu luyến
lưu ly
lưu lãng
lưu lượng
lưu lạc
lưu manh
lưu manh hoá
lưu nhiệm
lưu niên
lưu niệm
lưu thuỷ
lưu thông
lưu thông hàng hoá
lưu thủy
lưu toan
lưu truyền
lưu truyền vạn đại
lưu trú
lưu trữ
lưu tán
lưu tâm
lưu tệ
lưu tốc
lưu tốc kế
lưu vong
lưu vực
lưu ý
lưu đãng
lưu độc
lưu động
lươm bươm
lươm tươm
lươn khươn
lươn lẹo
lươn mươn
lươn ngắn
lương bổng
lương cao bổng hậu
lương duyên
lương dân
lương hướng
lương khoán
lương khô
lương lậu
lương năng
lương sản phẩm
lương thiện
lương tháng mười ba
lương thảo
lương thực
lương tri
lương tâm
lương tướng
lương y
lương đống
lưới giăng
lưới mắt cáo
lưới phễu
lưới quăng
lưới rê
lưới sắt
lưới trời
lưới trời khôn thoát
lưới vây
lưới vét
lưới vợt
lưới điện
lưới đạn
lướng vướng
lướp tướp
lướt khướt
lướt mướt
lướt tha lướt thướt
lướt thướt
lướt ván
lướu đướu
lười biếng
lười chảy thây
lười lĩnh
lười nhác
lười như hủi
lười thười
lười xười
lười ươi
lườm lườm
lườm nguýt
lường gạt
lường thầy phản bạn
lường đảo
lưỡi beo
lưỡi bẹ
lưỡi chích
lưỡi cày
lưỡi câu
lưỡi dao cạo
lưỡi gà
lưỡi hái
lưỡi hổ
lưỡi khoan
lưỡi khoá
lưỡi không xương
lưỡi liềm
lưỡi lê
lưỡi trai
lưỡi trượt
lưỡi đòng
lưỡng bội
lưỡng chiết
lưỡng chất
lưỡng cư
lưỡng cực
lưỡng diện
lưỡng hình
lưỡng hợp
lưỡng lự
lưỡng nghi
lưỡng phân
lưỡng quyền
lưỡng thê
lưỡng tiêm
lưỡng tiện
lưỡng toàn
lưỡng tính
lưỡng viện
lưỡng viện chế
lược bí
lược bỏ
lược dày
lược dịch
lược khảo
lược mau
lược sưa
lược sử
lược thao
lược thuật
lược thưa
lược đồ
lượm lặt
lượn lờ
lượn như đèn cù
lượn quanh
lượn sóng
lượng cả
lượng cả cao dày
lượng giác
lượng giác học
lượng hình
lượng mưa
lượng sức
lượng thứ
lượng tình
lượng tử
lượng tử hoá
lượng tử năng lượng
lượt bượt
lượt là
lượt mượt
lượt thà lượt thượt
lượt thượt
lạ cái lạ nước
lạ gì
lạ hoắc
lạ kì
lạ lùng
lạ lẫm
lạ miệng
lạ mắt
lạ mặt
lạ nhà
lạ nước lạ cái
lạ nếp lạ tẻ
lạ tai
lạ thung lạ thổ
lạ thường
lạ đời
lạc bước
lạc chạc
lạc chỗ
lạc giọng
lạc hướng
lạc hầu
lạc hậu
lạc khoản
lạc loài
lạc luộc
lạc lõng
lạc lối
lạc màu
lạc nghiệp
lạc nhân
lạc quan
lạc quan tếu
lạc quyên
lạc rang
lạc thành
lạc thú
lạc thổ
lạc tiên
lạc tướng
lạc viên
lạc vận
lạc xon
lạc điệu
lạc đà
lạc đà không bướu
lạc đàn
lạc đường
lạc đề
lạc đệ
lạch bà lạch bạch
lạch bạch
lạch cà lạch cạch
lạch cạch
lạch tà lạch tạch
lạch tạch
lạch xà lạch xạch
lạch xạch
lạch đà lạch đạch
lạch đạch
lại buồng
lại bộ
lại bữa
lại cái
lại gan
lại giống
lại gạo
lại hồn
lại mâm
lại mũi
lại mặt
lại mục
lại người
lại nhà
lại nữa
lại quả
lại sức
lạm bàn
lạm bổ
lạm dụng
lạm phát
lạm quyền
lạm sát
lạm thu
lạm tiêu
lạng lách
lạng quạng
lạng ta
lạnh buốt
lạnh bụng
lạnh cóng
lạnh dạ
lạnh giá
lạnh gáy
lạnh lùng
lạnh lẽo
lạnh người
lạnh ngắt
lạnh như tiền
lạnh nhạt
lạnh tanh
lạnh toát
lạnh xương sống
lạo thảo
lạo xạo
lạp xường
lạp xưởng
lạt lẽo
lạt màu
lạt mềm buộc chặt
lạt sạt
lạu bạu
lạy cả nón
lạy lục
lạy như tế sao
lạy tạ
lạy van
lả cò bợ
lả lơi
lả lướt
lả tả
lải nhải
lải rải
lảm nhảm
lảng lảng
lảng tai
lảng tránh
lảng trí
lảng vảng
lảnh lói
lảnh lót
lảnh lảnh
lảo đảo
lảu bảu
lảu nhảu
lảu thông
lảy bảy
lấc ca lấc cấc
lấc cấc
lấc láo
lấc xấc
lấm chấm
lấm la lấm lét
lấm lem
lấm láp
lấm lét
lấm mình
lấm như ma vùi
lấm như trâu vùi
lấm như trâu đầm
lấm như vùi
lấm tấm
lấn bước
lấn bấn
lấn chiếm
lấn cấn
lấn lướt
lấn lối
lấn quấn
lấn sân
lấn áp
lấn át
lấp biển dời non
lấp biển vá trời
lấp la lấp loáng
lấp la lấp lánh
lấp la lấp lửng
lấp liếm
lấp loá
lấp loáng
lấp loé
lấp lánh
lấp láy
lấp ló
lấp lú
lấp lửng
lấp xấp
lất lưởng
lất phất
lấu cỏ
lấy bấy
lấy chồng
lấy cung
lấy có
lấy công
lấy công làm lãi
lấy cắp
lấy cớ
lấy giọng
lấy giống
lấy hướng
lấy làm
lấy lãi
lấy lòng
lấy lại
lấy lẽ
lấy lệ
lấy lời
lấy mất
lấy ngắn nuôi dài
lấy nhau
lấy nê
lấy nư
lấy rồi
lấy thúng úp voi
lấy thịt đè người
lấy tiếng
lấy trớn
lấy vợ
lấy được
lấy đỗ
lấy độc giải độc
lấy độc trị độc
lầm bà lầm bầm
lầm bầm
lầm dầm
lầm lì
lầm lũi
lầm lạc
lầm lầm
lầm lầm lì lì
lầm lẫn
lầm lỗi
lầm lội
lầm lộn
lầm lỡ
lầm lụi
lầm rầm
lầm than
lầm đường
lầm đường lạc lối
lần chần
lần hồi
lần khân
lần lượt
lần lần
lần lữa
lần mò
lần mòn
lần thần
lầu bầu
lầu canh
lầu hoa gác tía
lầu hồng
lầu hồng gác tía
lầu lầu
lầu nhầu
lầu rồng gác phượng
lầu son
lầu son gác tía
lầu trang
lầu xanh
lầy bầy
lầy lội
lầy lụa
lầy nhầy
lầy thụt
lẩm bẩm
lẩm ca lẩm cẩm
lẩm cà lẩm cẩm
lẩm cẩm
lẩm dẩm
lẩm nhẩm
lẩn khuất
lẩn lút
lẩn mình
lẩn mẩn
lẩn mặt
lẩn như chạch
lẩn quất
lẩn quẩn
lẩn tha lẩn thẩn
lẩn thẩn
lẩn tránh
lẩn trốn
lẩn vẩn
lẩu bẩu
lẩy ba lẩy bẩy
lẩy bẩy
lẫm chẫm
lẫm cẫm
lẫm liệt
lẫm liệt oai phong
lẫm liệt uy phong
lẫm lẫm
lẫn cẫn
lẫn hình
lẫn lộn
lẫn lộn vàng thau
lẫn màu
lẫn nhau
lẫn quẫn
lẫn tiếng
lẫy lừng
lẫy đẫy
lận đận
lập bập
lập chí
lập cà lập cập
lập công
lập cập
lập dị
lập giá
lập hiến
lập hạ
lập hội
lập khắc
lập kế
lập loè
lập luận
lập là
lập lòe
lập lờ
lập mưu
lập nghiêm
lập nghiệp
lập ngôn
lập pháp
lập phương
lập phương trình
lập quy
lập quần
lập quốc
lập thu
lập thân
lập thể
lập thứ
lập trình
lập trình viên
lập trường
lập tâm
lập tức
lập tự
lập xuân
lập đàn
lập đông
lập ấp
lật bật
lật gọng
lật lẹo
lật lọng
lật mặt
lật mặt nạ
lật ngược
lật ngửa
lật nhào
lật phật
lật sật
lật tẩy
lật úp
lật đà lật đật
lật đật
lật đổ
lậu cầu
lậu vé
lậy lục
lắc cắc
lắc lê
lắc lơ
lắc lư
lắc rắc
lắc đầu
lắc đầu lè lưỡi
lắm bạc nhiều tiền
lắm chuyện
lắm lắm
lắm mồm
lắm mồm lắm miệng
lắm thầy nhiều ma
lắm thầy rầy ma
lắm thầy thối ma
lắm trò
lắm điều
lắng nghe
lắng nhắng
lắng tai
lắng tai nghe
lắng xắng
lắng đắng
lắng đọng
lắp ba lắp bắp
lắp bắp
lắp ghép
lắp lại
lắp ráp
lắp xắp
lắp đít
lắp đặt
lắt lay
lắt léo
lắt lẻo
lắt mắt
lắt nha lắt nhắt
lắt nhắt
lằm bằm
lằm lằm
lằm lặm
lằng nhà lằng nhằng
lằng nhằng
lẳn mình trắm
lẳng khẳng
lẳng lơ
lẳng lặng
lẳng ngẳng
lẳng nhẳng
lẵng nhẵng
lẵng đẵng
lặc là lặc lè
lặc lè
lặn hụp
lặn lội
lặn ngòi ngoi nước
lặn ngòi ngoi suối
lặn ngụp
lặn suối trèo non
lặng câm
lặng dần
lặng im
lặng lặng
lặng lẽ
lặng lờ
lặng móc
lặng người
lặng ngắm
lặng ngắt
lặng như tờ
lặng thinh
lặng tiếng im hơi
lặng trang
lặng trắng
lặng tờ
lặng yên
lặng đen
lặp bặp
lặp lại
lặt lẹo
lặt vặt
lẹ làng
lẹm cằm
lẹp kẹp
lẹp xẹp
lẹt bẹt
lẹt quẹt
lẹt xẹt
lẹt đẹt
lẻ bạn
lẻ bộ
lẻ loi
lẻ nhẻ
lẻ nhẻ lè nhè
lẻ tẻ
lẻ đôi
lẻn bước
lẻn lút
lẻng kẻng
lẻng xẻng
lẻo khoẻo
lẻo khẻo
lẻo lớt
lẻo mép
lẻo ngoẻo
lẽ dĩ nhiên
lẽ hằng
lẽ mọn
lẽ nào
lẽ phải
lẽ ra
lẽ thường
lẽo đẽo
lếch tha lếch thếch
lếch thếch
lết bết
lết mết
lếu láo
lề luật
lề lối
lề mề
lề rề
lề thói
lề đường
lềnh bềnh
lềnh kềnh
lềnh lệch
lềnh đềnh
lều bều
lều chiếu
lều chõng
lều khều
lều nghều
lều quán
lều quều
lều tranh vách đất
lểu lảo
lểu đểu
lễ bái
lễ bạc lòng thành
lễ bạc tâm thành
lễ bộ
lễ ca
lễ các thánh
lễ cưới
lễ giáng sinh
lễ giáo
lễ hỏi
lễ hội
lễ lạt
lễ lộc
lễ lớn
lễ mạo
lễ mễ
lễ nghi
lễ nghĩa
lễ như tế sao
lễ phép
lễ phục
lễ phục sinh
lễ quy thiên
lễ sinh
lễ tang
lễ thăm
lễ thăng thiên
lễ thức
lễ tiết
lễ trọng
lễ tân
lễ tết
lễ tục
lễ vật
lễ đài
lễ đường
lễ độ
lễu nghễu
lệ bộ
lệ dân
lệ khệ
lệ luật
lệ ngoại
lệ ngôn
lệ nông
lệ phí
lệ quyên
lệ sử
lệ thuộc
lệ đương
lệch lạc
lệch pha
lệch trục
lệch tâm
lệnh bà
lệnh chỉ
lệnh cấm
lệnh doãn
lệnh huynh
lệnh khệnh
lệnh lang
lệnh muội
lệnh nghiêm
lệnh tiễn
lệnh truyền
lệnh tộc
lệnh từ
lệnh ái
lệnh đường
lệt bệt
lệt sệt
lệt xệt
lỉnh kỉnh
lỉnh nghỉnh
lị sở
lịch bà lịch bịch
lịch bịch
lịch cà lịch kịch
lịch duyệt
lịch kịch
lịch lãm
lịch pháp
lịch phịch
lịch rịch
lịch sử
lịch sự
lịch thiên văn
lịch thiệp
lịch triều
lịch trình
lịch xịch
lịch đại
lịu bịu
lịu địu
lọ lem
lọ là
lọ mọ
lọ nghẹ
lọ nồi
lọc bọc
lọc cọc
lọc lõi
lọc lừa
lọc trong
lọc xọc
lọc ọc
lọi xương
lọm cọm
lọm khọm
lọn nghĩa
lọng bàng
lọng tía võng đào
lọng xanh
lọp bọp
lọp phọp
lọp đọp
lọt chọt
lọt lòng
lọt lưới
lọt sàng xuống nia
lọt tai
lọt thỏm
lọt đọt
lỏa tỏa
lỏm ngỏm
lỏn lẻn
lỏng bỏng
lỏng cha lỏng chỏng
lỏng chỏng
lỏng khỏng
lỏng lẻo
lỏng vỏng
lố bịch
lố lăng
lố lỉnh
lố nhố
lốc cốc
lốc cộc
lốc lốc
lốc nhốc
lốc thốc
lốc thốc lếch thếch
lốc xốc
lối chừng
lối lang
lối lăng
lối ra
lối sống
lối thoát
lối vào
lối xóm
lối đi
lốm đốm
lốn nhốn
lốp ba lốp bốp
lốp bốp
lốp cốp
lốp tốp
lốp đốp
lồ lộ
lồ ô
lồi cầu
lồi củ
lồi lõm
lồi lồi
lồi trôn
lồm cồm
lồm lộp
lồm ngồm
lồm xồm
lồn lột
lồng bàn
lồng bồng
lồng cồng
lồng ghép
lồng hấp
lồng hổng
lồng kính
lồng lộn
lồng lộng
lồng mức
lồng ngồng
lồng ngực
lồng oản
lồng ruột
lồng sấy
lồng tiếng
lồng đèn
lồng ấp
lổ đổ
lổm ngổm
lổn ngổn
lổn nhổn
lổng chổng
lỗ bi
lỗ bì
lỗ bộ
lỗ chân lông
lỗ châu mai
lỗ chẩm
lỗ chỗ
lỗ cống
lỗ danh
lỗ hổng
lỗ khoan
lỗ khí
lỗ lã
lỗ lãi
lỗ mãng
lỗ mũi
lỗ mỗ
lỗ mộng
lỗ nước
lỗ nẻ
lỗ rò
lỗ rốn
lỗ tai
lỗ thông hơi
lỗ thở
lỗ thủng
lỗ vốn
lỗ đáo
lỗ đít
lỗ đỗ
lỗi hẹn
lỗi in
lỗi lạc
lỗi lầm
lỗi thì
lỗi thời
lỗi điệu
lỗi đạo
lỗm bỗm
lộ bàng
lộ chuyện
lộ diện
lộ giới
lộ hầu
lộ liễu
lộ phí
lộ sáng
lộ thiên
lộ trình
lộ tẩy
lộ xỉ
lộ đồ
lộc bình
lộc cộc
lộc giác
lộc ngộc
lộc nhung
lộc quế
lộc vừng
lộc xộc
lộc điền
lội suối băng ngàn
lội suối trèo non
lội suối trèo đèo
lộm cộm
lộn bậy
lộn bậy lộn bạ
lộn chồng
lộn chồng trốn chúa
lộn cả ruột
lộn cổ
lộn gan
lộn giống
lộn kiếp
lộn lại
lộn lạo
lộn máu
lộn mí
lộn mề
lộn mề gà
lộn mửa
lộn ngược
lộn nhào
lộn nhèo
lộn nhộn
lộn phèo
lộn ruột
lộn sòng
lộn tiết
lộn tròng
lộn tùng phèo
lộn xộn
lộn đầu đuôi
lộn ẩu
lộng gió
lộng hành
lộng lẫy
lộng ngữ
lộng quyền
lộng óc
lộp bộp
lộp chộp
lộp cộp
lộp độp
lột da
lột mặt nạ
lột sà lột sột
lột sột
lột truồng
lột trần
lột tả
lột vỏ
lột xác
lớ ngớ
lớ quớ
lớ rớ
lớ xớ
lớn bồng
lớn bổng
lớn gan
lớn lao
lớn lên
lớn miệng
lớn mạnh
lớn nhanh như thổi
lớn phổng
lớn tiếng
lớn tuổi
lớn tướng
lớn tớn
lớn vồng
lớn xớn
lớp cách nhiệt
lớp cảnh
lớp ghép
lớp học
lớp lang
lớp lớp
lớp nhớp
lớp sơn
lớp xớp
lớp áo
lớp đồng ấu
lớt phớt
lớt xớt
lờ khờ
lờ lãi
lờ lờ
lờ lợ
lờ lững
lờ mờ
lờ ngờ
lờ phờ
lờ quờ
lờ quờ loạng quạng
lờ rờ
lờ tịt
lờ vờ
lờ xờ
lờ đờ
lời bạt
lời chúc
lời giải
lời hơn lẽ thiệt
lời hứa
lời khai
lời khen
lời khuyên
lời lãi
lời lẽ
lời lỗ
lời nói
lời nói gió bay
lời nói đầu
lời ong tiếng ve
lời qua tiếng lại
lời ra tiếng vào
lời thú tội
lời thề
lời toà soạn
lời tựa
lời văn
lời ăn tiếng nói
lời đường mật
lờm lợm
lờm thờm
lờm xờm
lờn bơn
lờn lợt
lờn mặt
lờn vờn
lở loét
lở láy
lở lói
lở mồm long móng
lở sơn
lở tích
lở đất long trời
lởm chởm
lởn vởn
lỡ bước
lỡ bước sa cơ
lỡ bề
lỡ cơ
lỡ cỡ
lỡ duyên
lỡ dịp
lỡ dở
lỡ dỡ
lỡ hẹn
lỡ làng
lỡ lầm
lỡ lời
lỡ miệng
lỡ mồm
lỡ tay
lỡ thì
lỡ thời
lỡ tàu
lỡ vận
lỡ vận sa cơ
lỡ đường
lỡ độ đường
lợ lợ
lợi bất cập hại
lợi danh
lợi dân
lợi dụng
lợi hại
lợi khí
lợi khẩu
lợi kỉ
lợi kỷ
lợi lộc
lợi mật
lợi nhuận
lợi niệu
lợi quyền
lợi suất
lợi sữa
lợi thế
lợi tiểu
lợi tức
lợi ích
lợi điểm
lợm giọng
lợm lợm
lợm mửa
lợn biển
lợn bột
lợn cà
lợn cấn
lợn cỏ
lợn cợn
lợn dái
lợn gạo
lợn hôi
lợn hạch
lợn lai kinh tế
lợn lòi
lợn mạ
lợn nái
lợn nước
lợn rừng
lợn sề
lợn sữa
lợn thịt
lợn vòi
lợn ỉ
lợn ỷ
lợp xợp
lợt lạt
lụ khụ
lụa là
lụa đậu
lục bát
lục bì
lục bình
lục bảo
lục bộ
lục bội
lục bục
lục chiến
lục cá nguyệt
lục cườm
lục cục
lục cụp lạc cạc
lục diện
lục dụng
lục giác
lục giác đều
lục khoa
lục lâm
lục lăng
lục lạc
lục lạo
lục lọi
lục lộ
lục nghệ
lục phủ
lục phủ ngũ tạng
lục quân
lục soát
lục soạn
lục súc
lục sục
lục sự
lục thần hoàn
lục thần thuỷ
lục tặc
lục tỉnh
lục tục
lục vấn
lục vị
lục xì
lục đạo
lục địa
lục đục
lục ục
lụi cụi
lụi hụi
lụm cụm
lụn bại
lụn vụn
lụn đời
lụng bụng
lụng nhụng
lụng thà lụng thụng
lụng thụng
lụp bụp
lụp chụp
lụp chụp lưởi chưởi
lụp xụp
lụt cụt
lụt lội
lủ khủ lù khù
lủa tủa
lủi như chạch
lủi như cuốc
lủi thủi
lủm bủm
lủn chủn
lủn củn
lủn mủn
lủng bủng
lủng ca lủng củng
lủng cà lủng củng
lủng củng
lủng la lủng lẳng
lủng liểng
lủng lẳng
lủng lỉu
lứa tuổi
lứa đôi
lừ khừ
lừ lừ
lừ thừ
lừ đừ
lừa bịp
lừa dối
lừa già dối trẻ
lừa gạt
lừa lọc
lừa mị
lừa phỉnh
lừa thầy phản bạn
lừa đảo
lừa ưa nặng
lừng chừng
lừng danh
lừng khà lừng khừng
lừng khừng
lừng lẫy
lừng lững
lừng phừng
lử cò bợ
lử khử
lử khử lừ khừ
lử thử
lử thử lừ thừ
lử thử lử thừ
lử đử
lử đử lừ đừ
lửa binh
lửa bỏng dầu sôi
lửa bỏng nước sôi
lửa dục
lửa hương
lửa hận
lửa lòng
lửa rơm
lửa trại
lửa tình
lửa đạn
lửng dạ
lửng lơ
lữ du
lữ hành
lữ khách
lữ quán
lữ thứ
lữ trưởng
lữ xá
lữ điếm
lữ đoàn
lững chững
lững lờ
lững thững
lựa chọn
lựa là
lực bất tòng tâm
lực cản
lực dịch
lực hướng tâm
lực học
lực kiệt sức cùng
lực kí
lực kế
lực ly tâm
lực lưỡng
lực lượng
lực lượng sản xuất
lực lượng thứ ba
lực lượng vũ trang
lực nâng
lực phát động
lực sĩ
lực điền
lựng khựng
lựu pháo
lựu đạn
lỵ sở
ma bùn
ma chay
ma chiết
ma chê cưới trách
ma chê quỉ hờn
ma chê quỷ hờn
ma cà bông
ma cà lồ
ma cà rồng
ma cô
ma cỏ
ma da
ma gi
ma giáo
ma gà
ma hoàng
ma hờn quỷ ám
ma két
ma lanh
ma lem
ma luyện
ma lực
ma men
ma men ám ảnh
ma mãnh
ma mút
ma mặc áo giấy
ma mị
ma mộc
ma ni ven
ma nơ canh
ma phi a
ma phương
ma quái
ma quỉ
ma quỷ
ma quỷ học
ma ra tông
ma sát
ma thiêng nước độc
ma thuật
ma to giỗ lớn
ma trơi
ma trận
ma tuý
ma tà
ma túy
ma tịt
ma vương
ma xó
ma ăn cỗ
ma đạo
mai cốt cách
mai danh
mai danh ẩn tích
mai dong
mai gầm
mai hoa
mai hậu
mai kia
mai mái
mai mỉa
mai mối
mai mốt
mai một
mai ngày
mai phục
mai rầy
mai sau
mai trúc
mai táng
mai táng phí
mai vàng
mai đây
man di
man di mọi rợ
man dại
man gan
man khai
man muội
man mác
man mát
man rợ
man trá
man vàn
mang bành
mang bệnh
mang chủng
mang con bỏ chợ
mang cá
mang công mắc nợ
mang danh
mang gió
mang luỵ
mang lại
mang mang
mang máng
mang mể
mang nặng
mang nặng đẻ đau
mang nợ
mang ra
mang râu
mang rô
mang sang
mang tai
mang tai mang tiếng
mang tang
mang tiếng
mang tiếng mang tai
mang tên
mang tấm
mang tội
mang điều
mang đậm
mang ơn
manh giông
manh mún
manh mối
manh nha
manh tràng
manh tâm
manh động
mao dẫn
mao dẫn học
mao dẫn kế
mao lương
mao mạch
mao quản
mao tiết
mau cau tía
mau chóng
mau hạt
mau lẹ
mau mau
mau miệng
mau mắn
mau mồm
mau mồm mau miệng
mau nước mắt
mau tay
mau tay hay làm
may mà
may mắn
may mặc
may ra
may rủi
may sao
may sẵn
may thay
may thuê viết mướn
may vá
may ô
may đo
may đời
me don
me rừng
me tây
me xừ
men bia
men huyền
men khảm
men mét
men rạn
men theo
men trong
meo cau
meo meo
meo mốc
meo đuôi ngắn
mi mắt
mi nơ
mim mím
minh bạch
minh châu
minh chủ
minh chứng
minh công
minh dương
minh giải
minh hoạ
minh hương
minh họa
minh khí
minh linh
minh mông
minh mạc
minh mẫn
minh nguyệt
minh ngọc
minh oan
minh phủ
minh quân
minh quản
minh sơn thệ hải
minh thệ
minh tinh
minh tra
minh triết
minh tâm
minh tâm khắc cốt
minh văn
minh xác
minh xét
minh điều
minh định
minh đức
minh ước
miên hành
miên man
miêu tả
miếng cơm manh áo
miếng cơm tấm áo
miếng huỳnh miếng trám
miếng một miếng hai
miếng ngon miếng lành
miếng ngon nhớ lâu
miếng ra miếng vào
miếng ăn
miếu hiệu
miếu mạo
miếu võ
miếu vũ
miếu đường
miền bắc
miền gió trăng
miền nam
miền nguyệt hoa
miền ngược
miền trung
miền xuôi
miễn chấp
miễn chức
miễn cưỡng
miễn dịch
miễn dịch học
miễn dịch tự nhiên
miễn giảm
miễn là
miễn lễ
miễn nghị
miễn nhiễm
miễn nhiệm
miễn phí
miễn sai
miễn sao
miễn thuế
miễn thứ
miễn trách
miễn trừ
miễn tố
miễn tội
miễn xá
miệng còn hoi sữa
miệng còn hơi sữa
miệng cắn chân đá
miệng hùm gan sứa
miệng hùm nọc rắn
miệng khôn trôn dại
miệng khấn tay vái
miệng lưỡi
miệng lằn lưỡi mối
miệng mật lòng dao
miệng na mô
miệng như gầu dai
miệng nói chân đi
miệng nói tai nghe
miệng nói tay làm
miệng quan trôn trẻ
miệng thế
miệng tiếng
miệng ăn
miệng ăn núi lở
miệng đọc tay viết
miệt mài
miệt thị
mo cau
mo nang
mo rát
mo then
moay ơ
moi móc
moi ruột
moi ruột moi gan
moi óc
mon men
mong chờ
mong manh
mong muốn
mong mỏi
mong mỏng
mong ngóng
mong nhớ
mong sao
mong đêm mong ngày
mong được ước thấy
mong đỏ con mắt
mong đợi
mong ước
moóc chê
mua buôn
mua bán
mua bò vẽ bóng
mua bấc thắt cổ
mua chao
mua chuộc
mua chịu
mua chịu bán đựng
mua cái
mua cười
mua danh
mua danh bán tước
mua dâm
mua dây buộc mình
mua hàng
mua họ
mua lẻ
mua mặt
mua như ăn cướp
mua não chác sầu
mua quan bán chức
mua rẻ bán đắt
mua sắm
mua sỉ
mua thù chuốc oán
mua thừng thắt cổ
mua trâu bán chả
mua tảo bán tần
mua việc
mua vui
mua vét
mua vải bán áo
mua đi bán lại
mua đoạn bán rồi
mua đường
mua đắt bán rẻ
mua đứt bán đoạn
mui luyện
mum múp
mun di pạ
mung lung
muôn chung nghìn tứ
muôn dân
muôn dặm
muôn dặm một nhà
muôn dặm trùng dương
muôn hình muôn vẻ
muôn hình nghìn dạng
muôn hình nghìn sắc
muôn hình nghìn vẻ
muôn hình vạn dạng
muôn hình vạn trạng
muôn hồng nghìn tía
muôn kiếp
muôn muốt
muôn màu muôn sắc
muôn màu muôn vẻ
muôn một
muôn nghìn
muôn ngàn
muôn người như một
muôn năm
muôn phương ngàn kế
muôn phần
muôn sắc muôn hương
muôn sự
muôn thuở
muôn thảm nghìn sầu
muôn trùng
muôn tâu
muôn vàn
muôn vạn
muôn đời
muông chim
muông thú
muối acid
muối biển
muối bể
muối bỏ biển
muối bỏ bể
muối dưa
muối dưa chay lòng
muối khoáng
muối lạc
muối mè
muối mặt
muối mỏ
muối tiêu
muối trường
muối vừng
muối xổi
muối ăn
muốn sao được vậy
muốn vàn
muồm muỗm
muỗi cát
muỗi như chấu
muỗi như trấu
muỗi năn
muỗi sốt rét
muỗi vằn
muỗi đốt chân voi
muỗi đốt cột đình
muỗi đốt sừng trâu
muội lò
muội đèn
muộn chồng
muộn con
muộn còn hơn không
muộn màng
muộn mằn
mà chi
mà chược
mà còn
mà cả
mà lươn
mà lại
mà lị
mà thôi
mài dao trong bụng
mài dũa
mài giũa
mài miệt
mài mòn
mài mại
mài nanh giũa vuốt
mài nhẵn
mài nhọn
mài sắc
mài đũng quần
màn bát tiên
màn bạc
màn che trướng rủ
màn chót
màn cửa
màn gió
màn gọng
màn hiện sóng
màn huỳnh quang
màn hình
màn kịch
màn lan trướng huệ
màn màn
màn quần
màn song khai
màn sương chiếu đất
màn sương gối tuyết
màn sắt
màn the
màn trướng
màn trời chiếu đất
màn tuyn
màn vây
màn xế
màn đêm
màn đôi
màn đơn
màn ảnh
màn ảnh nhỏ
màn ảnh rộng
màng bào
màng bụng
màng cứng
màng kính
màng kết
màng lưới
màng màng
màng mạch
màng mềm
màng ngoài tim
màng nháy
màng nhĩ
màng nhầy
màng nhện
màng não
màng phổi
màng sụn
màng tai
màng tang
màng trinh
màng tế bào
màng võng
màng xương
màng óc
màng ối
mành mành
mành thánh
mành tương
mào gà
mào gà dại
mào gà trắng
mào gà đuôi lươn
mào gà đỏ
mào lông
mào tinh
mào đầu
màu bột
màu cơ bản
màu cỏ úa
màu cờ
màu cờ sắc áo
màu da
màu dầu
màu ghi
màu gio
màu huyết dụ
màu hồ
màu keo
màu mè
màu mẽ
màu mỡ
màu mỡ riêu cua
màu nhiệm
màu nước
màu phấn
màu sắc
màu sắc ẩn hiện
màu đơn sắc
mày hoa
mày liễu
mày mò
mày mặt
mày ngang mũi dọc
mày ngài
mày ngài mắt phượng
mày râu
mày tao
mày tao mi tớ
mày trắng
mày tằm mắt phượng
mày đay
má bánh đúc
má hồng
má hồng mệnh bạc
má lúm đồng tiền
má phanh
má phấn
má phấn môi son
má phấn răng đen
má tóp
má đào
má đào mày liễu
mác thong
mác vàm
mác vát
mác xít
mách bảo
mách lẻo
mách lẻo đôi co
mách mối
mách nước
mách qué
mách xiên
mái bằng
mái che
mái chèo
mái chìa
mái dầm
mái gianh
mái gà
mái hiên
mái hắt
mái mái
mái ngói
mái nhà
mái nhì
mái nhô
mái rạ
mái tai
mái tây
mái tóc
mái tóc điểm sương
mái tôn
mái đua
mái đầu
mái đẩy
mái đẻ
mái đốc
mái ấm
mái ấp
mán quần cộc
mán xá
mán đỉa
máng cỏ
máng xối
mánh khoé
mánh khóe
mánh lới
mánh mung
mát da
mát da mát thịt
mát dạ
mát dạ hả lòng
mát dạ mát lòng
mát dịu
mát gan mát ruột
mát giời
mát lành
mát lòng
mát lòng hả dạ
mát lòng mát dạ
mát lòng mát ruột
mát mày mát mặt
mát mái xuôi chèo
mát mắt
mát mặt
mát mặt chặt dạ
mát mẻ
mát ruột
mát rười rượi
mát rượi
mát rợi
mát tay
mát trời
mát tính
mát tít
mát xa
máu cam
máu chó
máu chảy ruồi bâu
máu chảy ruột mềm
máu chảy đầu rơi
máu cá
máu dê
máu ghen
máu gà
máu gái đẻ
máu huyết
máu khô
máu lạnh
máu lửa
máu me
máu mê
máu mặt
máu mủ
máu nóng
máu què
máu tham
máu thịt
máu trắng
máu xương
máu đâu trâu đó
máy bay
máy bay bà già
máy bay cánh quạt
máy bay cường kích
máy bay khu trục
máy bay lên thẳng
máy bay phản lực
máy bay tiêm kích
máy bay trực thăng
máy bào
máy bóc gỗ
máy bơm
máy bộ đàm
máy chiếu bóng
máy chiếu hình
máy chiếu phim
máy chém
máy chủ
máy chữ
máy cày
máy cái
máy cán
máy công cụ
máy cấy
máy cắt
máy doa
máy dát
máy dò
máy dệt
máy dệt kim
máy ghi hình
máy ghi hình từ
máy ghi âm
máy ghi âm từ
máy gia tốc
máy giũa
máy giặt
máy gấp
máy gặt
máy huyền vi
máy hàn
máy hát
máy hát điện
máy húc
máy hút bụi
máy hơi nước
máy hạ thế
máy in
máy khoan
máy khâu
máy kéo
máy kế toán
máy liên hợp
máy láng
máy lượn
máy lạnh
máy lửa
máy may
máy miệng
máy mó
máy móc
máy mắt
máy nghe
máy nhắn tin
máy nivô
máy nói
máy nước
máy nổ
máy phay
máy phát điện
máy quang phổ
máy quay đĩa
máy quét
máy sinh hàn
máy sấy tóc
máy tay
máy thu hình
máy thu thanh
máy thuỷ bình
máy thường
máy tiện
máy trợ thính
máy tính
máy tính điện tử
máy tăng thế
máy tốc kí
máy vi tính
máy xay
máy xúc
máy xới
máy điều hoà
máy điện
máy điện toán
máy đào
máy đông lạnh
máy đập
máy đẻ
máy đệm
máy ảnh
máy ủi
mâm bát
mâm bồng
mâm cao cỗ đầy
mâm chân
mâm cặp
mâm mê
mâm nan bát đàn
mâm pháo
mâm son
mâm son bát sứ
mâm súng
mâm to cỗ đầy
mâm vỉ
mâm xôi
mâm đỉnh cột
mâm đồng bát bít
mân mê
mân mó
mâng nhé
mâu thuẫn
mây bay hạc lánh
mây bạc
mây dông
mây khói
mây mù
mây mưa
mây nước
mây rồng
mây song
mây ti
mây ti tích
mây ti tầng
mây tre
mây trung tầng
mây trôi bèo nổi
mây trắng
mây tần
mây xanh
mã binh
mã cân
mã cầu
mã hiệu
mã hoá
mã hóa
mã hồi
mã liềng
mã lửa
mã lực
mã máy
mã não
mã não hoá
mã phu
mã số
mã số mã vạch
mã thượng
mã thầy
mã tiên thảo
mã tiền
mã tuyệt đối
mã tà
mã tích
mã tù
mã tấu
mã vĩ
mã vạch
mã đao
mã đáo thành công
mã đề
mãi dâm
mãi lộ
mãi mãi
mãn canh mãn võ
mãn chiều xế bóng
mãn cuộc
mãn hạn
mãn khai
mãn khoá
mãn kinh
mãn kiếp
mãn kì
mãn kỳ
mãn nguyện
mãn nguyệt
mãn nguyệt khai hoa
mãn nhiệm
mãn phục
mãn tang
mãn tính
mãn ý
mãn đại
mãn địa
mãn địa hồng
mãn đời
mãn đời trọn kiếp
mãng bào
mãng cầu
mãng cầu ta
mãng cầu xiêm
mãng xà
mãnh cầm
mãnh hổ
mãnh liệt
mãnh lực
mãnh thú
mãnh tướng
mè nheo
mè xửng
mèo chuột
mèo cá
mèo già hoá cáo
mèo gấm
mèo hoa
mèo hoang
mèo lài
mèo mun
mèo mướp
mèo mả gà đồng
mèo mỡ
mèo nhị thể
mèo núi
mèo ri
mèo rừng
mèo tam thể
mèo thấy mỡ
mèo trắng
mèo vật đống rơm
mèo xanh
mèo đen
mèo đàng chó điếm
mèo đỏ
méo mó
méo mó nghề nghiệp
méo mặt
méo xoạc
méo xẹo
méo xệch
mép thầy kiện
mét hệ
mét khối
mét me
mét vuông
mê cung
mê cuồng
mê gái
mê hoảng
mê hoặc
mê hồn
mê li
mê loạn
mê ly
mê lộ
mê man
mê muội
mê mê
mê mải
mê mẩn
mê mẩn tâm thần
mê mẩn đời
mê mệt
mê mộng
mê ngủ
mê như điếu đổ
mê say
mê sách
mê sảng
mê thích
mê tân
mê tín
mê tít
mê tơi
mê ám
mê đạo
mê đắm
mê đồ
mên mến
mênh mang
mênh mông
mênh mông bể sở
mì chính
mì dẹt
mì hột
mì mằn thắn
mì que
mì sợi
mì thánh
mì ăn liền
mì ống
mìn lõm
mìn muỗi
mìn nổ chậm
mìn từ trường
mìn định hướng
mình buộc lấy mình
mình già tuổi yếu
mình gầy xác ve
mình hạc
mình hạc xác ve
mình làm mình chịu
mình lính tính quan
mình mẩy
mình vàng
mình vàng đách ngọc
mình đồng da sắt
mía chi
mía de
mía gốc
mía lam
mía lau
mía lùi
mía sơn diệu
mía sơn dịu
mía thanh dịu
mía tơ
mía đỏ
mích lòng
mít dai
mít dại
mít mật
mít ráo
mít tinh
mít tố nữ
mít xoài
mít đặc
mít đặc cán táu
mít ướt
mò cua bắt ốc
mò gái
mò kim rốn bể
mò kim đáy biển
mò mò
mò mẫm
mò trắng
mò đỏ
mòn con mắt
mòn mỏi
mòng biển
mòng két
mòng mòng
mòng mọng
mó máy
mó tay
móc câu
móc hàm
móc họng
móc kép
móc miếng
móc máy
móc mưa
móc mắt lôi mề
móc ngoéo
móc ngoặc
móc nối
móc túi
móc xích
móc đôi
móc đơn
móm mém
móm xều
món canh
món hàng
món ngon vật lạ
món thi
món tiền nhỏ nhoi
món tóc
món võ
món ăn
móng cóc
móng giò
móng guốc
móng mánh
móng ngựa
móng rồng
móng tay
móng trâu
móng vuốt
móp mép
móp mẹp
móp xọp
mót mét
mô bi lét
mô bào
mô bì
mô bạc
mô hình
mô hình hoá
mô hình toán học
mô học
mô hồ
mô phạm
mô phật
mô phỏng
mô thức
mô tê
mô típ
mô tô
mô tả
mô đun
mô đéc
môi giới
môi hóa
môi hở răng lạnh
môi nhân
môi sinh
môi son má phấn
môi thâm mắt trắng
môi trường
môi trường học
môi trường sinh thái
môi với răng
môn bài
môn hạ
môn học
môn khách
môn mi
môn nước
môn phiệt
môn phong
môn phái
môn phòng
môn sinh
môn sinh tử đệ
môn vị
môn đăng hộ đối
môn đương hộ đối
môn đệ
môn đồ
mông học
mông lung
mông muội
mông má
mông mênh
mông mốc
mông quạnh
mông sấn
mông đít
môtô ba bánh
mõ toà
mõ tòa
mõm chó
mõm mòm
mõm sói
mù chữ
mù khơi
mù loà
mù lòa
mù màu
mù mịt
mù mờ
mù quáng
mù sương
mù trời
mù tạt
mù tịt
mù u
mùa gió chướng
mùa gặt
mùa hanh
mùa hè
mùa hạ
mùa khí hậu
mùa khô
mùa lạnh
mùa màng
mùa nào thức ấy
mùa nước
mùa nước nổi
mùa nực
mùa rét
mùa thi
mùa thiên văn
mùa thu
mùa vụ
mùa xuân
mùa đông
mùa đông tháng giá
mùi chó
mùi gì
mùi hôi
mùi khét
mùi mè
mùi mẫm
mùi mẫn
mùi mẽ
mùi mẽ gì
mùi soa
mùi thơm
mùi thối
mùi tàu
mùi tây
mùi vị
mùn cưa
mùn di
mùn thớt
mùn xâu
mùng quân
mùng trời chiếu đất
mùng tơi
mú dí pạ
múa giật
múa gậy
múa gậy trong bị
múa gậy vườn hoang
múa may
múa may quay cuồng
múa máy
múa mép
múa mép khua môi
múa mỏ
múa rối
múa rối nước
múa tay hoa chân
múa tay trong bị
múa vờn
múi chiếu bản đồ
múi cầu
múi giờ
múi nhau
múm mím
múp míp
mút chìa
măm mún
măn mẳn
măng chua
măng coong
măng cụt
măng khô
măng le
măng lưỡi lợn
măng mọc có lứa
măng mọc quá bờ
măng non
măng rô
măng sét
măng sông
măng sữa
măng tây
măng tô
măng tơ
măng tươi
măng đa
măng đá
măng đô lin
mĩ cảm
mĩ dục
mĩ hoá
mĩ hóa
mĩ học
mĩ kim
mĩ kí
mĩ lệ
mĩ miều
mĩ mãn
mĩ nghệ
mĩ nghệ phẩm
mĩ nhân
mĩ nhân kế
mĩ nữ
mĩ phẩm
mĩ quan
mĩ thuật
mĩ thuật công nghiệp
mĩ thuật công nghệ
mĩ tục
mĩ tục thuần phong
mĩ từ
mĩ từ pháp
mĩ tự
mĩ viện
mĩ vị
mĩ vị cao lương
mĩ ý
mĩ đức
mũ biên phòng
mũ bình thiên
mũ bịt tai
mũ bịt đầu
mũ cao áo dài
mũ cao áo rộng
mũ chào mào
mũ cánh chuồn
mũ cát
mũ công nhân
mũ cối
mũ cột
mũ dài đai rộng
mũ lá
mũ lưỡi trai
mũ miện
mũ mãng
mũ mãng cân đai
mũ mão
mũ mấn
mũ nan
mũ nghe
mũ ni
mũ ni che tai
mũ nồi
mũ nồi xanh
mũ phớt
mũ phở
mũ sắt
mũ tai bèo
mũ thổ công
mũ trụ
mũ áo
mũ áo cân đai
mũi dãi
mũi dòm mồm
mũi dùi
mũi dọc dừa
mũi giùi
mũi hóa
mũi hếch
mũi khoan
mũi mác
mũi nhọn
mũi tiêm
mũi tên
mũi tên hòn đạn
mũi tẹt
mũi đất
mũm mĩm
mơ hồ
mơ lông
mơ màng
mơ mòng
mơ mơ
mơ mẩn
mơ mộng
mơ ngủ
mơ tam thể
mơ tưởng
mơ ước
mơn man
mơn mởn
mơn trớn
mưa bay
mưa bom bão đạn
mưa bão
mưa bóng mây
mưa bụi
mưa dông
mưa dầm
mưa dầm gió buốt
mưa dầm gió bấc
mưa dầm nắng dội
mưa dầu nắng dãi
mưa dầu nắng lửa
mưa dập gió dồn
mưa dập gió vùi
mưa gió
mưa gió thuận hoà
mưa giông
mưa hoà gió thuận
mưa lâu thấm đất
mưa lũ
mưa móc
mưa nguồn
mưa nguồn chớp biển
mưa nguồn chớp bể
mưa ngâu
mưa như giội
mưa như trút
mưa như xối nước
mưa như đổ nước
mưa nắng
mưa nắng bất kì
mưa nắng dãi dầu
mưa phùn
mưa phùn gió bấc
mưa rào
mưa rươi
mưa sa gió táp
mưa sở mây tần
mưa thuận gió hoà
mưa to gió lớn
mưa tuyết
mưa đá
mưng mủ
mưu bá đồ vương
mưu chước
mưu cơ
mưu cầu
mưu hại
mưu kế
mưu loạn
mưu lược
mưu lợi
mưu ma chước quỉ
mưu ma chước quỷ
mưu mô
mưu mẹo
mưu phản
mưu sinh
mưu sách
mưu sát
mưu sĩ
mưu sự
mưu toan
mưu trí
mưu tính
mưu đồ
mươi hai
mươi lăm
mươn mướt
mương máng
mương phai
mướp hương
mướp tàu
mướp tây
mướp đắng
mướp đắng mạt cưa
mướt cò bợ
mướt mát
mướt mồ hôi
mười hai bến nước
mười lăm
mười mươi
mười mắt trông một
mười phân vẹn mười
mười phương tám hướng
mười ăn chín nhịn
mườn mượt
mường tượng
mượn cớ
mượn gió bẻ măng
mượn mõ
mượn tiếng
mượt mà
mạ điện
mạc nối
mạc treo
mạch ba gốc
mạch dội
mạch dừng
mạch học
mạch kí
mạch lươn
mạch lạc
mạch máu
mạch môn
mạch môn đông
mạch môn đồng
mạch nha
mạch nước
mạch rẽ
mạch sầu
mạch tích hợp
mạch văn
mạch đen
mạch điện
mạch điện nhiều pha
mạch đập
mạch đồ
mạch động
mại bản
mại dâm
mại quốc cầu danh
mại quốc cầu vinh
mạn ngược
mạn phép
mạn thuyền
mạn thượng
mạn tính
mạn đàm
mạng chung
mạng cục bộ
mạng hệ
mạng lưới
mạng lịnh
mạng mỡ
mạng nhện
mạng sườn
mạng tinh thể
mạnh ai nấy chạy
mạnh ai nấy làm
mạnh bạo
mạnh bạo xó bếp
mạnh chân khoẻ tay
mạnh cánh
mạnh dạn
mạnh dần
mạnh giỏi
mạnh hạ
mạnh khoẻ
mạnh khỏe
mạnh miệng
mạnh máu đưa đi
mạnh mẽ
mạnh mồm
mạnh tay
mạnh thu
mạnh thường quân
mạnh xuân
mạnh đông
mạnh được yếu thua
mạo danh
mạo hiểm
mạo muội
mạo nhận
mạo tiếng
mạo từ
mạo xưng
mạt chược
mạt cưa
mạt cưa mướp đắng
mạt diệp
mạt giũa
mạt gà
mạt hạng
mạt kiếp
mạt kì
mạt kỳ
mạt lộ
mạt nghệ
mạt phục
mạt rệp
mạt sát
mạt thế
mạt vận
mạt đời
mạy châu
mạy lay
mạy tèo
mả bố
mả cha
mả mẹ
mả táng hàm rồng
mải miết
mải mê
mải mốt
mải vui
mảng cầu
mảng gứng
mảng hệ
mảng vui
mảng ư
mảnh bát
mảnh cộng
mảnh dẻ
mảnh ghép
mảnh hồng nhan
mảnh hồng quần
mảnh khảnh
mảnh mai
mảnh tiên
mảnh tình
mảnh tước
mảnh vỏ
mảnh vỡ
mảnh vụn
mảnh đạn
mảnh đất
mảnh đất cắm dùi
mảy may
mấn trắng
mấp ma mấp mô
mấp máy
mấp mé
mấp mô
mất bát nát áo
mất cha còn chú
mất chi
mất còn
mất công
mất công toi
mất cướp
mất cắp
mất dạy
mất giá
mất giống
mất gốc
mất hút
mất hồn
mất hồn mất vía
mất kinh
mất lòng
mất lòng mất bề
mất lấm
mất mát
mất máu
mất mùa
mất mạng
mất mật
mất mặn mất nhạt
mất mặt
mất một đền mười
mất ngủ
mất nước
mất nết
mất ruộng lấy bờ
mất ráo
mất sức
mất tinh thần
mất tiêu
mất tiếng
mất toi
mất tong
mất trinh
mất trí
mất trắng
mất trộm
mất tích
mất tăm
mất tăm mất tích
mất tư cách
mất vui
mất vía
mất vía kinh hồn
mất vốn mất lãi
mất xác
mất ăn
mất ăn mất ngủ
mấu chốt
mấu lồi
mấy ai
mấy chốc
mấy hơi
mấy hột
mấy khi
mấy lâu
mấy lăm
mấy mươi
mấy nao
mấy nả
mấy nỗi
mấy thuở
mấy đời
mầm bệnh
mầm ghép
mầm mống
mầm non
mầm phôi
mầm răng
mần ngơ
mần răng
mần thinh
mần trầu
mần tuồng
mần tưới
mần ăn
mầu mè
mầu mẽ
mầu mỡ
mầu nhiệm
mầu sắc
mầy mò
mẩm dạ
mẩn tịt
mẫm mạp
mẫn cán
mẫn cảm
mẫn nhuệ
mẫn tiệp
mẫn tuệ
mẫu biểu
mẫu giáo
mẫu gốc
mẫu hậu
mẫu hệ
mẫu mã
mẫu mực
mẫu nghi
mẫu quyền
mẫu quán
mẫu quốc
mẫu số
mẫu số chung
mẫu ta
mẫu thân
mẫu thức
mẫu tây
mẫu tính
mẫu tử
mẫu tự
mẫu vật
mẫu âm
mẫu đơn
mận rừng
mập mà mập mờ
mập mạp
mập mờ
mập ù
mập ú
mập ú ù
mật báo
mật chỉ
mật công
mật cứ
mật danh
mật dụ
mật gấu
mật hiệu
mật hoa
mật huyết
mật khẩu
mật kế
mật lệnh
mật mã
mật mã hoá
mật mã hóa
mật mông hoa
mật nguyệt
mật ngọt chết ruồi
mật ngữ
mật ong
mật phái
mật thiết
mật thám
mật thư
mật tiếp
mật tấu
mật vụ
mật xanh mật vàng
mật ít ruồi nhiều
mật điện
mật đàm
mật độ
mật ước
mậu dịch
mậu dịch quốc doanh
mậu dịch tiểu ngạch
mậu dịch viên
mắc bẫy
mắc bẫy cò ke
mắc bận
mắc coọc
mắc cười
mắc cạn
mắc cọc
mắc cỡ
mắc cửi
mắc dịch
mắc kẹt
mắc lận
mắc lỗi
mắc lỡm
mắc lừa
mắc màn
mắc míu
mắc mưu
mắc mỏ
mắc mớ
mắc mớp
mắc mứu
mắc nghẽn
mắc nàn
mắc nạn
mắc nợ
mắc phải
mắc việc
mắc vào khuôn
mắc vào vành
mắc vạ vịt
mắc xương
mắc áo
mắm cá
mắm cái
mắm kem
mắm lóc
mắm miệng
mắm miệng day tay
mắm muối
mắm môi
mắm nêm
mắm ruốc
mắm rươi
mắm sống
mắm sốt
mắm tép
mắm tôm
mắm tôm chua
mắn đẻ
mắng chửi
mắng mèo chửi chó
mắng mèo quèo chó
mắng mỏ
mắng nhiếc
mắng như tát nước
mắng té mắng tát
mắt bão
mắt bù lạch
mắt bảy lẻ
mắt bồ câu
mắt cá
mắt cáo
mắt cú da lươn
mắt cú vọ
mắt diều hâu
mắt dơi mày chuột
mắt ghép
mắt gió
mắt gà
mắt hoe cá chày
mắt hột
mắt kép
mắt kính
mắt la mày lét
mắt long sòng sọc
mắt loà chân chậm
mắt lơ mày láo
mắt lưới
mắt lỗ đáo
mắt lợn luộc
mắt mù tai điếc
mắt mũi
mắt mỏ
mắt nhoèn
mắt nhắm mắt mở
mắt phượng mày ngài
mắt sắc như dao
mắt thấy tai nghe
mắt thần
mắt tròn mắt dẹt
mắt trước mắt sau
mắt trắng dã
mắt vọ
mắt xanh
mắt xích
mắt xếch
mắt đơn
mắt để trước trán
mắt đỏ ngầu
mắt đổ hào quang
mắt đổ đom đóm
mắt ốc nhồi
mằn mặn
mằn thắn
mặc cả
mặc cảm
mặc dù
mặc dầu
mặc giời
mặc khách
mặc khách tao nhân
mặc kệ
mặc lòng
mặc may
mặc nhiên
mặc niệm
mặc sức
mặc sức đi dạo
mặc thây
mặc tình
mặc tưởng
mặc xác
mặc áo không bâu
mặc ý
mặn miệng
mặn mà
mặn mòi
mặn mòi day dứt
mặn mắm chết giòi
mặn như chườm
mặn nồng
mặn tình
mặt bên
mặt búng ra sữa
mặt bấm ra sữa
mặt bằng
mặt bằng pháp lí
mặt bể
mặt bủng da chì
mặt chữ
mặt chữ điền
mặt cân
mặt cú da dơi
mặt cưa
mặt cầu
mặt cắt
mặt dày
mặt dày mày dạn
mặt dưới
mặt dạn mày dày
mặt dựng
mặt giáp mặt
mặt giăng
mặt giời
mặt hoa
mặt hoa da phấn
mặt hoa mày liễu
mặt hàng
mặt khác
mặt khó đăm đăm
mặt kính
mặt lưng mày vực
mặt lưỡi cày
mặt lạnh như tiền
mặt mo
mặt muội mày gio
mặt mày
mặt mày sưng sỉa
mặt măng miệng sữa
mặt mũi
mặt mũi méo mó
mặt mẹt
mặt ngang mày dọc
mặt ngang mũi dọc
mặt ngay cán thuổng
mặt ngay cán tàn
mặt người dạ thú
mặt ngọc
mặt ngọc da ngà
mặt nhăn như bị
mặt như chuột kẹp
mặt như chàm đổ
mặt như mặt mo
mặt như mặt thớt
mặt như đổ chàm
mặt nhẫn
mặt nón
mặt nước
mặt nước chân mây
mặt nước cánh bèo
mặt nạ
mặt nạc
mặt nạc đóm dày
mặt nặng
mặt nặng mày nhẹ
mặt nặng như chì
mặt nặng đá đeo
mặt phải
mặt phấn
mặt phẳng
mặt phẳng nghiêng
mặt phố
mặt rác mày dơ
mặt rắn như sành
mặt rồng
mặt se mày sém
mặt sưng mày sỉa
mặt sắt
mặt sắt đen sì
mặt số
mặt sứa gan lim
mặt thoáng
mặt thịt
mặt thớt
mặt to tai lớn
mặt trái
mặt trái xoan
mặt tròn xoay
mặt trăng
mặt trơ trán bóng
mặt trận
mặt trắng
mặt trẽn mày trơ
mặt trời
mặt trời gác núi
mặt trụ
mặt tươi như hoa
mặt vuông chữ điền
mặt vuông tai lớn
mặt vàng như nghệ
mặt xanh mày xám
mặt xanh nanh vàng
mặt xám mày xanh
mặt đáy
mặt đường
mặt đất
mặt đỏ như gấc
mặt đỏ như lửa
mặt đỏ tía tai
mặt đối mặt
mặt đứng
mặt ủ mày chau
mặt ủ mày ê
mẹ cha
mẹ chồng
mẹ con
mẹ cu
mẹ cú con tiên
mẹ dàu
mẹ dầu
mẹ ghẻ
mẹ già
mẹ già nhà nghèo
mẹ goá con côi
mẹ gà con vịt
mẹ hoe
mẹ kiếp
mẹ kế
mẹ mày
mẹ mìn
mẹ mốc
mẹ nuôi
mẹ ranh
mẹ tròn con vuông
mẹ vợ
mẹ đĩ
mẹ đỏ
mẹ đỡ đầu
mẹo luật
mẹo mực
mếch lòng
mến chuộng
mến mộ
mến phục
mến thương
mến tiếc
mến yêu
mếu máo
mếu xoạc
mếu xệch
mề gà
mề đay
mềm dẻo
mềm hóa
mềm lòng
mềm lòng nản chí
mềm lũn
mềm lưng
mềm lưng uốn gối
mềm môi
mềm mại
mềm mỏng
mềm nhũn
mềm như bún
mềm nhẽo
mềm nắn rắn buông
mềm rục
mềm thì đục
mềm yếu
mền mệt
mệnh bạc
mệnh chung
mệnh cung
mệnh căn
mệnh danh
mệnh giá
mệnh hệ
mệnh lệnh
mệnh một
mệnh phụ
mệnh số
mệnh trời
mệnh đề
mệt bã
mệt bở hơi tai
mệt lả
mệt lử
mệt lử cò bợ
mệt mỏi
mệt nhoài
mệt nhọc
mệt nhừ
mệt phờ
mệt phờ râu trê
mệt rũ
mệt xác
mỉa mai
mỉm cười
mị dân
mị nương
mịn mà
mịn màng
mịt mù
mịt mùng
mịt mờ
mọc lông mọc cánh
mọc lông trong bụng
mọc mũi sủi tăm
mọc mầm
mọc mộng
mọc như nấm
mọc răng
mọc sừng
mọi bi
mọi khi
mọi luỹ
mọi ngày
mọi rợ
mọng mọng
mọng nước
mọt cơm
mọt dân
mọt già
mọt gông
mọt gỗ
mọt ruỗng
mọt sách
mọt thóc
mọt xác
mỏ bao
mỏ bạc
mỏ chặn
mỏ cặp
mỏ hàn
mỏ hạc
mỏ khoét
mỏ lết
mỏ lộ thiên
mỏ neo
mỏ nhác
mỏ nhát
mỏ quạ
mỏ vịt
mỏ ác
mỏi cánh cò bay
mỏi gối chồn chân
mỏi gối chồn vai
mỏi miệng
mỏi mòn
mỏi mắt
mỏi mệt
mỏi mồm
mỏi nhừ
mỏi rời
mỏm chũm
mỏm cụt
mỏng cánh chuồn
mỏng dính
mỏng manh
mỏng mày hay hạt
mỏng môi
mỏng môi hay hớt
mỏng mảnh
mỏng mẻo
mỏng như lá lúa
mỏng như tờ
mỏng rót
mỏng tai
mỏng tang
mỏng tanh
mố cầu
mốc giới
mốc hoa cau
mốc meo
mốc sương
mốc thếch
mốc xì
mối giường
mối giềng
mối hàng
mối lái
mối mai
mối manh
mối mọt
mối quân
mối thợ
mối tình
mối tơ vò
mống cụt
mống mắt
mồ cha
mồ côi
mồ côi mồ cút
mồ hóng
mồ hôi
mồ hôi hột
mồ hôi muối
mồ hôi mồ kê
mồ hôi nước mắt
mồ hôi trộm
mồ ma
mồ mả
mồ yên mả đẹp
mồi chài
mồm cá ngão
mồm còn hơi sữa
mồm loa mép giải
mồm miệng
mồm mép
mồm như quạ cái
mồm năm miệng mười
mồn một
mồng gà
mồng năm tháng năm
mồng quân
mồng thất
mồng tơi
mổ cò
mổ moi
mổ xác
mổ xẻ
mỗi một
mỗi người mỗi vẻ
mỗi người một phách
mỗi người một vẻ
mỗi nhà mỗi cảnh
mỗi tuổi mỗi già
mỗi tuổi một già
mỗi tội
mộ bi
mộ binh
mộ chí
mộ danh
mộ giả
mộ phu
mộ phần
mộ tiếng
mộ táng
mộ xuân
mộ đạo
mộ địa
mộc bản
mộc dục
mộc già
mộc hương
mộc học
mộc lan
mộc mạc
mộc nhĩ
mộc thông
mộc thạch
mộc tinh
mộc tuyền
mộc tặc
mộc tồn
mộc đạc
mộng du
mộng hàm
mộng hùng
mộng học
mộng hồn
mộng mơ
mộng mẹo
mộng mị
mộng răng
mộng sự
mộng thức
mộng tinh
mộng triệu
mộng tưởng
mộng âm dương
mộng ước
mộng ảo
một bước
một bề
một chiều
một chân một tay
một chín một mười
một chút
một chút gọi là
một chĩnh hai gáo
một chạp
một chặp
một chốc
một chốc một lát
một chốn bốn nơi
một chốn bốn quê
một chốn đôi nơi
một chốn đôi quê
một chữ bẻ đôi
một chữ cắn đôi
một chữ nên thầy
một cong hai gáo
một cách
một còn một mất
một công đôi
một công đôi chuyện
một công đôi việc
một cốt một đồng
một cổ hai tròng
một cổ mấy tròng
một cổ đôi tròng
một cửa
một dày một mỏng
một dạ hai lòng
một dạ một lòng
một dạo
một giuộc
một hai
một hình một bóng
một hơi
một hội một thuyền
một khi
một kín mười hở
một lá mầm
một lát
một lèo
một lòng
một lòng một dạ
một lô một lốc
một lúc
một lượt
một lầm hai lỡ
một lần
một lời
một mai
một mình
một mình một bóng
một mười một chín
một mạch
một mảy
một mất mười ngờ
một mất một còn
một mặt
một mẻ
một mức
một mực
một ngày kia
một ngày mai
một ngày nên nghĩa
một niềm
một nách
một nơi
một nắng hai sương
một phen
một phép
một sương hai nắng
một số
một sống hai chết
một sống một chết
một sống một còn
một sống một mái
một sớm một chiều
một tay
một tay một chân
một thuyền một bến
một thuyền một lái
một thân một mình
một thôi một hồi
một thôi một thốc
một thú
một thể
một thời
một trận sống mái
một trận thư hùng
một trời một vực
một tí
một tấc đến trời
một và
một vài
một vốn bốn lãi
một vốn bốn lời
một vừa hai phải
một vực một trời
một ít
một ý một lòng
một đào một kép
một đèn một bóng
một đón mười rào
một đôi
một đằng
một đồng một chữ
một đồng một cốt
một độ
một đời
mớ ba mớ bảy
mớ bái
mớ bòng bong
mớ bảy mớ ba
mớ đời
mới cắt chỉ
mới cứng
mới hay
mới lạ
mới mẻ
mới nguyên
mới phải
mới rồi
mới tinh
mới toanh
mới đây
mới đó
mới đấy
mới đầu
mớm cung
mớm lời
mớm trống
mớn nước
mờ lỡ
mờ mịt
mờ mờ
mờ nhạt
mờ sáng
mờ tối
mờ ám
mờ đục
mờ ơ
mờ ảo
mời chào
mời cơm
mời lơi
mời mọc
mời rơi
mở bát
mở bảy
mở cờ
mở cờ gióng trống
mở cờ trong bụng
mở cửa
mở dấu ngoặc
mở hàng
mở khoá động đào
mở lòng mở dạ
mở lượng hải hà
mở mang
mở miệng
mở màn
mở mào
mở mày mở mặt
mở máy
mở mắt
mở mặt
mở mặt mở mày
mở một dấu ngoặc
mở ra
mở rộng
mở thầu
mở tiệc
mở toang
mở tung
mở đường
mở đường máu
mở đầu
mởn mơ
mỡ bò
mỡ chài
mỡ cái
mỡ cơm xôi
mỡ giắt
mỡ gà
mỡ gàu
mỡ khổ
mỡ lá
mỡ màng
mỡ màu
mỡ máy
mỡ nây
mỡ nước
mỡ phần
mỡ sa
mỡ để miệng mèo
mụ gia
mụ mẫm
mụ mị
mụ vườn
mục dân
mục hạ
mục hạ vô nhân
mục kích
mục kỉnh
mục lục
mục nhi
mục nát
mục phu
mục ruỗng
mục súc
mục sư
mục sở thị
mục tiêu
mục tiền
mục trường
mục từ
mục tử
mục đích
mục đích luận
mục đồng
mụn con
mụn cóc
mụn cơm
mụn ghẻ
mụn mủ
mụn nhọt
mụn nước
mụn rộp
mụt cơm
mủ mỉ
mủ thối
mủi lòng
mủm mỉm
mức lương
mức nước
mức nước tuyệt đối
mức sống
mức thiếu hụt
mức độ
mứn xen
mứt kẹo
mừng cuống
mừng công
mừng húm
mừng hụt
mừng lòng
mừng mặt bắt tay
mừng quýnh
mừng rơn
mừng rỡ
mừng thầm
mừng tuổi
mửa mật
mực bướm
mực mai
mực nang
mực nho
mực nước
mực phủ
mực thước
mực thẻ
mực tàu
mực đen giấy trắng
mực độ
mực ống
mỹ cảm
mỹ dục
mỹ học
mỹ lệ
mỹ miều
mỹ mãn
mỹ nghệ
mỹ nhân
mỹ nữ
mỹ quan
mỹ thuật
mỹ tục
mỹ vị
mỹ ý
mỹ đức
na mô
na ná
na pan
nai lưng
nai nịt
nam ai
nam bán cầu
nam bình
nam bằng
nam bộ
nam cao
nam chinh bắc chiến
nam châm
nam cực
nam cực quyền
nam giao
nam giản
nam giới
nam hoàng liên
nam huân
nam hóa
nam hải dị nhân
nam kha
nam lâu
nam mô
nam mộc hương
nam ngoại nữ nội
nam nhi
nam nhi chi chí
nam nhi đắc chí
nam nhân
nam nữ
nam nữ bình quyền
nam nữ bình đẳng
nam phong
nam phụ lão ấu
nam phục
nam quan
nam quý nữ tiện
nam sinh
nam sinh viên
nam sài hồ
nam sử
nam thanh nữ tú
nam thương
nam thực như hổ
nam tiến
nam trang
nam trung
nam trầm
nam tào
nam tính
nam tính hóa
nam tôn nữ ti
nam tước
nam tử
nam vô
nam ông mộng lục
nam đảo
nam đồng hương
nan du
nan giải
nan hoa
nan hóa
nan quạt
nan trị
nan y
nang hóa
nanh móng
nanh nọc
nanh sấu
nanh vuốt
nanh ác
nao lòng
nao nao
nao núng
nao nức
nay bắc mai đông
nay gánh mai đội
nay kính
nay lần mai lữa
nay mai
nay sang mai hèn
nay thư
nay đây mai đó
nay đợi mai chờ
ne nét
nem bì
nem chua
nem chua chả rán
nem chạo
nem công chả phượng
nem nép
nem rán
nen nét
neo bấn
neo người
neo túng
neo đơn
nga hoàng
nga mi
nga truật
nga văn
ngai ngái
ngai rồng
ngai vàng
ngam ngám
ngan ngán
ngan ngát
ngang bè
ngang bướng
ngang bằng
ngang bằng sổ ngay
ngang chướng
ngang cung
ngang cành bứa
ngang dạ
ngang dọc
ngang giá
ngang hàng
ngang hông
ngang lưng
ngang mặt
ngang ngang
ngang ngược
ngang ngạnh
ngang ngổ
ngang ngửa
ngang nhau
ngang nhiên
ngang như cua
ngang như cành bứa
ngang nối
ngang phè
ngang tai
ngang tai chướng mắt
ngang thiên nghịch địa
ngang trái
ngang trời dọc đất
ngang tàng
ngang tầm
ngang tắt
ngang vai
ngang vai phải lứa
ngang điểm
ngao du
ngao ngán
ngau ngáu
ngay cán tàn
ngay cả
ngay gian
ngay họng
ngay lành
ngay lưng
ngay lập tức
ngay mặt
ngay ngáy
ngay ngắn
ngay ngớn
ngay râu
ngay thảo
ngay thật
ngay thẳng
ngay tình
ngay tức khắc
ngay tức thì
ngay xương
ngay đuôn
ngay đơ
nghe bệnh
nghe chừng
nghe gà hoá cuốc
nghe hơi
nghe hơi nồi chõ
nghe lóm
nghe lóng
nghe lõm
nghe lỏm
nghe lời
nghe mang máng
nghe ngóng
nghe nhìn
nghe như
nghe nói
nghe nói bùi tai
nghe phong thanh
nghe ra
nghe sách
nghe theo
nghe thấy
nghe tin
nghe tiếng
nghe trộm
nghe tăm
nghe đâu
nghe được
nghe đồn
nghi binh
nghi dung
nghi dụ
nghi gia
nghi gia nghi thất
nghi hoặc
nghi kị
nghi kỵ
nghi lễ
nghi môn
nghi nan
nghi nghĩa
nghi ngoe
nghi ngút
nghi ngại
nghi ngờ
nghi thức
nghi tiết
nghi trang
nghi trượng
nghi tình
nghi vấn
nghi vệ
nghi án
nghim nghỉm
nghinh chiến
nghinh giá
nghinh hôn
nghinh nghỉnh
nghinh phong
nghinh tiếp
nghinh tân
nghinh tống
nghinh xuân
nghinh đón
nghinh địch
nghiêm chính
nghiêm chỉnh
nghiêm cách
nghiêm cấm
nghiêm cẩn
nghiêm huấn
nghiêm hàn
nghiêm khắc
nghiêm khốc
nghiêm lâu
nghiêm lệnh
nghiêm minh
nghiêm mật
nghiêm nghị
nghiêm ngặt
nghiêm nhặt
nghiêm phòng
nghiêm phụ
nghiêm quân tuyển tướng
nghiêm sư
nghiêm trang
nghiêm trị
nghiêm trọng
nghiêm túc
nghiêm từ
nghiêm đường
nghiên bút
nghiên cứu
nghiên cứu khả thi
nghiên cứu sinh
nghiên cứu viên
nghiên ruộng bút cày
nghiêng lòng
nghiêng mình
nghiêng nghiêng
nghiêng nghé
nghiêng ngó
nghiêng ngả
nghiêng ngửa
nghiêng nước nghiêng thành
nghiêng tai
nghiêng trời lệch đất
nghiêu khê
nghiến ngấm
nghiến ngấu
nghiến răng
nghiến rứt
nghiền ngẫm
nghiền nát
nghiễm nhiên
nghiệm hình
nghiệm pháp
nghiệm số
nghiệm thu
nghiệm thực
nghiệm đúng
nghiện hút
nghiện ngập
nghiệp báo
nghiệp chướng
nghiệp chủ
nghiệp căn
nghiệp duyên
nghiệp dĩ
nghiệp dư
nghiệp nho
nghiệp vụ
nghiệp đoàn
nghiệt ngã
nghiệt ngõng
nghè bô
nghèn nghẹn
nghèn nghẹt
nghèo hèn
nghèo khó
nghèo khổ
nghèo lõ đít
nghèo ngặt
nghèo nàn
nghèo rớt
nghèo rớt mùng tơi
nghèo rớt mồng tơi
nghèo túng
nghèo xác
nghèo xác nghèo xơ
nghèo xơ
nghèo đói
nghé mắt
nghé ngọ
nghê kình
nghê nga
nghê thường
nghênh chiến
nghênh giá
nghênh hôn
nghênh ngang
nghênh nghênh
nghênh nghếch
nghênh ngáo
nghênh phong
nghênh tiếp
nghênh tân
nghênh tân tống cựu
nghênh tống
nghênh xuân
nghênh đón
nghênh địch
nghêu ngao
nghìn dặm
nghìn nghịt
nghìn năm
nghìn năm có một
nghìn thu
nghìn trùng
nghìn tía muôn hồng
nghìn tứ muôn chung
nghìn vàng
nghìn vàng khôn chuộc
nghìn xưa
nghí nga nghí ngoáy
nghí nga nghí ngởn
nghí ngoáy
nghí ngởn
nghĩ bụng
nghĩ gần nghĩ xa
nghĩ lại
nghĩ ngợi
nghĩ quanh nghĩ quẩn
nghĩ quẩn
nghĩ quẩn lo quanh
nghĩ ra
nghĩ suy
nghĩ thái
nghĩ thầm
nghĩ trong bụng
nghĩ trước nghĩ sau
nghĩ tới nghĩ lui
nghĩ đi nghĩ lại
nghĩa binh
nghĩa bóng
nghĩa bộc
nghĩa cử
nghĩa dũng
nghĩa dũng quân
nghĩa hiệp
nghĩa huynh
nghĩa hẹp
nghĩa khí
nghĩa kì
nghĩa là
nghĩa lí
nghĩa mẫu
nghĩa nhi
nghĩa nặng tình sâu
nghĩa nặng ân sâu
nghĩa nữ
nghĩa phụ
nghĩa quyên
nghĩa quân
nghĩa rộng
nghĩa sâu tình nặng
nghĩa sĩ
nghĩa sương
nghĩa thương
nghĩa thục
nghĩa trang
nghĩa tình
nghĩa tố
nghĩa tử
nghĩa vị
nghĩa vụ
nghĩa vụ học
nghĩa vụ quân sự
nghĩa đen
nghĩa đệ
nghĩa địa
nghẹn lời
nghẹn ngào
nghẹn đòng
nghẹn ứ
nghẹt họng
nghẹt mũi
nghẹt thở
nghẽn mạch
nghếch mắt
nghếch ngác
nghề chơi
nghề cạo giấy
nghề hạ bạc
nghề khơi
nghề lộng
nghề mọn
nghề nghiệp
nghề ngà
nghề ngỗng
nghề phụ
nghề tự do
nghề võ
nghề văn
nghề đời
nghề đời nó thế
nghền nghệt
nghềnh ngàng
nghều nghễu
nghể răm
nghển cổ
nghễnh ngãng
nghễu nghện
nghễu ngà nghễu nghện
nghệ nghiệp
nghệ nhân
nghệ phẩm
nghệ sĩ
nghệ sĩ công huân
nghệ sĩ nhân dân
nghệ sĩ ưu tú
nghệ thuật
nghệ thuật thứ bảy
nghệ tây
nghệ đen
nghệch ngạc
nghỉ bắc cầu
nghỉ chân
nghỉ hè
nghỉ hưu
nghỉ lễ
nghỉ mát
nghỉ mất sức
nghỉ ngơi
nghỉ năm
nghỉ phép
nghỉ tay
nghỉ trưa
nghỉ việc
nghỉ đông
nghỉ đẻ
nghỉ ốm
nghị gật
nghị hoà
nghị luận
nghị lực
nghị quyết
nghị sĩ
nghị sự
nghị trình
nghị trường
nghị trưởng
nghị tội
nghị viên
nghị viện
nghị án
nghị định
nghị định thư
nghịch biến
nghịch biện
nghịch chuyển
nghịch chứng
nghịch cảnh
nghịch lí
nghịch lý
nghịch mắt
nghịch ngợm
nghịch nhĩ
nghịch như quỉ sứ
nghịch phong
nghịch phách
nghịch ranh
nghịch tai
nghịch thuyết
nghịch thù
nghịch thường
nghịch thần
nghịch tinh
nghịch tặc
nghịch tử
nghịch ý
nghịch đảng
nghịch đảo
nghịch đề
ngo ngoe
ngo ngó
ngoa dụ
ngoa ngoét
ngoa ngoắt
ngoa ngôn
ngoa ngôn lộng ngữ
ngoa ngữ mĩ từ
ngoa truyền
ngoai ngoái
ngoam ngoáp
ngoan cường
ngoan cố
ngoan ngoãn
ngoan ngạnh
ngoan đạo
ngoang ngoảng
ngoao ngoao
ngoay ngoáy
ngoay ngoảy
ngoe ngoe
ngoe ngoé
ngoe ngoảy
ngoe ngoẩy
ngoe nguẩy
ngoe ngóe
ngoem ngoém
ngoen ngoén
ngoen ngoẻn
ngoeo ngoeo
ngoi ngóp
ngon giấc
ngon hơ
ngon lành
ngon miệng
ngon mắt
ngon ngót
ngon ngọt
ngon xơi
ngon ăn
ngon ơ
ngong ngóng
ngoài cuộc
ngoài cùng
ngoài da
ngoài khơi
ngoài lề
ngoài miệng
ngoài mặt
ngoài ra
ngoài rìa
ngoài tai
ngoài trời
ngoài vòng
ngoài vòng cương toả
ngoái cổ
ngoái đầu
ngoáo ộp
ngoã lông
ngoèo ngoẹo
ngoéo tay
ngoăn ngoắt
ngoạ bệnh
ngoạ long
ngoạ triều
ngoạch ngoạc
ngoại bang
ngoại biên
ngoại bối
ngoại công
ngoại cảm
ngoại cảnh
ngoại cỡ
ngoại diên
ngoại dương
ngoại gia
ngoại giao
ngoại giao nhân dân
ngoại giao đoàn
ngoại giả
ngoại giới
ngoại hiện
ngoại hoá
ngoại hoạn
ngoại hàm
ngoại hình
ngoại hôn
ngoại hương
ngoại hạn
ngoại hạng
ngoại hối
ngoại khoa
ngoại khoá
ngoại khóa
ngoại kiều
ngoại lai
ngoại lệ
ngoại lực
ngoại ngạch
ngoại ngữ
ngoại nhân
ngoại nhũ
ngoại nhậm
ngoại nhập
ngoại phạm
ngoại phụ
ngoại quan
ngoại quả bì
ngoại quốc
ngoại sinh
ngoại suy
ngoại thành
ngoại thích
ngoại thương
ngoại thất
ngoại thẩm
ngoại thận
ngoại thị
ngoại tiếp
ngoại tiết
ngoại trú
ngoại trưởng
ngoại trừ
ngoại tâm
ngoại tâm thu
ngoại tình
ngoại tông
ngoại tệ
ngoại tệ mạnh
ngoại tỉ
ngoại tỉnh
ngoại tộc
ngoại tỷ
ngoại vi
ngoại viện
ngoại văn
ngoại vật
ngoại vụ
ngoại xâm
ngoại ô
ngoại đạo
ngoại độc tố
ngoại động
ngoại động từ
ngoại ứng
ngoạn cảnh
ngoạn mục
ngoảnh lại
ngoảnh mặt
ngoảnh mặt làm ngơ
ngoảnh đi
ngoảnh đi ngoảnh lại
ngoảnh đầu
ngoắc ngoải
ngoắc ngoặc
ngoắt ngoéo
ngoằn nghèo
ngoằn ngoèo
ngoằn ngà ngoằn nghèo
ngoằn ngà ngoằn ngoèo
ngoằng ngoẵng
ngoặc kép
ngoặc tay
ngoặc vuông
ngoặc ôm
ngoặc đơn
ngoặt ngoẹo
ngu dân
ngu dại
ngu dốt
ngu huynh
ngu hèn
ngu muội
ngu ngơ
ngu ngốc
ngu phu
ngu phu ngu phụ
ngu phụ
ngu si
ngu thần
ngu tối
ngu xuẩn
ngu ý
ngu đần
ngu độn
ngun ngút
nguy biến
nguy cơ
nguy cấp
nguy hiểm
nguy hại
nguy khốn
nguy kịch
nguy nan
nguy nga
nguy ngập
nguy vong
nguyên bào cơ
nguyên bào sợi
nguyên bào tử
nguyên bản
nguyên bị
nguyên canh
nguyên chất
nguyên chủ
nguyên chủng
nguyên cáo
nguyên công công nghệ
nguyên cư
nguyên cảo
nguyên cớ
nguyên cứ
nguyên do
nguyên dạng
nguyên giá
nguyên hình
nguyên hồng cầu
nguyên khai
nguyên lai
nguyên liệu
nguyên liệu chính
nguyên là
nguyên lành
nguyên lão
nguyên lão viện
nguyên lí
nguyên lý
nguyên lượng
nguyên mẫu
nguyên ngân
nguyên ngữ
nguyên nhung
nguyên nhân
nguyên nhân học
nguyên niên
nguyên phát
nguyên quán
nguyên sinh
nguyên sinh chất
nguyên sinh động vật
nguyên soái
nguyên suý
nguyên súy
nguyên sơ
nguyên thuỷ
nguyên thủ
nguyên thủy
nguyên tiêu
nguyên trạng
nguyên tác
nguyên tắc
nguyên tắc tính
nguyên tố
nguyên tố hoá học
nguyên tố vi lượng
nguyên tội
nguyên tử
nguyên tử bào
nguyên tử gam
nguyên tử lượng
nguyên tử lực
nguyên tử số
nguyên uỷ
nguyên vì
nguyên văn
nguyên vật liệu
nguyên vẹn
nguyên vị
nguyên xi
nguyên âm
nguyên đán
nguyên đơn
nguyên đại
nguyên động lực
nguyên ủy
nguyền rủa
nguyện vọng
nguyện ước
nguyện ước ba sinh
nguyệt bạch
nguyệt bổng
nguyệt cung
nguyệt cầu
nguyệt hoa
nguyệt hoa hoa nguyệt
nguyệt hạ lão nhân
nguyệt học
nguyệt kị
nguyệt liễm
nguyệt lão
nguyệt lộ
nguyệt nọ hoa kia
nguyệt phí
nguyệt quý
nguyệt quế
nguyệt san
nguyệt thực
nguyệt tận
nguyệt ông
nguyệt điện
nguây nguẩy
nguôi ngoai
nguôi nguôi
nguých ngoác
nguýt háy
nguầy nguậy
nguếch ngoác
nguệch ngoạc
nguồi nguội
nguồn cơn
nguồn cội
nguồn gốc
nguồn hàng
nguồn hứng
nguồn lực
nguồn sáng
nguồn tin
nguồn vốn
nguồn ân bể ái
nguồn điện
nguồn đào
nguội lòng
nguội lạnh
nguội ngắt
nguội tanh
nguội tanh nguội ngắt
nguội điện
nguỵ binh
nguỵ biện
nguỵ kế
nguỵ quyền
nguỵ quân
nguỵ sứ
nguỵ trang
nguỵ tạo
nguỵ vận
ngà ngà
ngà ngọc
ngà răng
ngà voi
ngài ngại
ngài ngự
ngàn dặm
ngàn mây
ngàn ngạt
ngàn năm
ngàn năm có một
ngàn thu
ngàn trùng
ngàn tây
ngàn vàng
ngàn xưa
ngàn đời
ngành nghề
ngành ngọn
ngành trưởng
ngào ngạt
ngàu ngàu
ngày ba tháng tám
ngày chí
ngày càng
ngày công
ngày dưng
ngày giỗ
ngày giờ
ngày hoá
ngày hội
ngày kia
ngày kìa
ngày kìa ngày kịa
ngày kị
ngày lành
ngày lành tháng tốt
ngày lễ
ngày mai
ngày mùa
ngày mặt trời
ngày một
ngày một ngày hai
ngày n
ngày nay
ngày ngày
ngày này
ngày phân
ngày qua tháng lại
ngày rày
ngày rạng đêm khuya
ngày rằm
ngày rộng tháng dài
ngày sau
ngày sinh
ngày sinh tháng đẻ
ngày sáu khắc
ngày sóc
ngày tháng
ngày thường
ngày tiết
ngày trước
ngày tư ngày tết
ngày tết
ngày tốt
ngày vui
ngày vía
ngày vọng
ngày xanh
ngày xuân
ngày xưa
ngày xấu
ngày xửa ngày xưa
ngày đài tháng tiếu
ngày đàng
ngày đêm
ngày đường
ngày đản
ngái ngủ
ngán ngao
ngán ngẩm
ngán nỗi
ngán đến mang tai
ngáng trở
ngáo ộp
ngáp gió
ngáp ngược
ngáp ngủ
ngáp vặt
ngát lừng
ngáy như bò rống
ngáy như kéo gỗ
ngáy như rúc kèn
ngáy như sấm
ngâm chiết
ngâm cứu
ngâm giấm
ngâm khúc
ngâm nga
ngâm ngẩm
ngâm ngợi
ngâm thơ
ngâm tôm
ngâm vịnh
ngâm đít
ngân bản vị
ngân hoa
ngân hà
ngân hàng
ngân hàng dữ liệu
ngân hàng tín dụng
ngân hán
ngân hôn
ngân khoản
ngân khố
ngân nga
ngân ngấn
ngân ngất
ngân phiếu
ngân quĩ
ngân quỹ
ngân qũy
ngân sách
ngân tiền
ngân tuyến
ngây cán tàn
ngây dại
ngây mặt
ngây ngây
ngây ngô
ngây người
ngây ngất
ngây ngấy
ngây như gỗ
ngây như phỗng
ngây như tượng gỗ
ngây thơ
ngây thộn
ngã ba
ngã bảy
ngã bệnh
ngã bổ chửng
ngã bổ ngửa
ngã chúi
ngã chổng kềnh
ngã giá
ngã giúi
ngã khuỵu
ngã kềnh
ngã lòng
ngã lăn
ngã lăn chiêng
ngã lẽ
ngã ngũ
ngã ngồi
ngã ngửa
ngã nhào
ngã nước
ngã quị
ngã sấp
ngã sấp ngã ngửa
ngã tư
ngã uỵch
ngã vật
ngã xoài
ngã xệp
ngã đồng kềnh
ngò gai
ngò ta
ngò tàu
ngòi bút
ngòi lửa
ngòi nổ
ngòi viết
ngòm ngõi
ngòn ngọt
ngòng ngoèo
ngó ngoáy
ngó ngàng
ngó sen
ngó trân
ngóc ngách
ngóc đầu
ngóeo chân
ngói bò
ngói chiếu
ngói hoá
ngói lợp âm dương
ngói móc
ngói mấu
ngói nóc
ngói ta
ngói âm dương
ngói ống
ngón bấm
ngón bật
ngón chân
ngón chân cái
ngón chơi
ngón cái
ngón gian
ngón giữa
ngón nghề
ngón nhẫn
ngón tay
ngón tay búp măng
ngón tay cái
ngón tay dùi đục
ngón tay giữa
ngón tay trỏ
ngón tay út
ngón tay đeo nhẫn
ngón trỏ
ngón út
ngóng chờ
ngóng tin
ngóng trông
ngóng đợi
ngót dạ
ngót nghét
ngô công
ngô huyết dụ
ngô khoai
ngô lai
ngô nghê
ngô ngọng
ngô ngố
ngô nếp
ngô đồng
ngôi báu
ngôi hàng
ngôi nhà
ngôi sao
ngôi thứ
ngôi thứ ba
ngôi thứ hai
ngôi thứ nhất
ngôi trời
ngôi vua
ngôi vị
ngôn bất xuất khẩu
ngôn dị hành nan
ngôn hành
ngôn luận
ngôn ngốn
ngôn ngổn
ngôn ngữ
ngôn ngữ bất đồng
ngôn ngữ hình thức
ngôn ngữ học
ngôn ngữ lập trình
ngôn ngữ máy
ngôn ngữ tự nhiên
ngôn ngữ văn hoá
ngôn ngữ văn học
ngôn quá kì thực
ngôn từ
ngông cuồng
ngông nghênh
ngông ngáo
ngông ngông nghênh nghênh
ngõ cụt
ngõ hầu
ngõ hẻm
ngõ hẻm hang cùng
ngõ ngách
ngõ xóm
ngù ngờ
ngùi ngùi
ngùi thương
ngùn ngụt
ngú ngớ
ngúc nga ngúc ngắc
ngúc ngoắc
ngúc ngắc
ngúng nga ngúng nguẩy
ngúng nguẩy
ngút ngàn
ngút trời
ngăm ngăm
ngăm ngăm da dâu
ngăm đe
ngăn chuồng bò
ngăn chận
ngăn chặn
ngăn cách
ngăn cản
ngăn cấm
ngăn kéo
ngăn kéo hơi
ngăn mặn
ngăn ngắn
ngăn ngắt
ngăn ngừa
ngăn nắp
ngăn rào
ngăn rút
ngăn sông cách núi
ngăn sông cấm chợ
ngăn trở
ngăn đón
ngũ bá
ngũ bội
ngũ bội tử
ngũ cung
ngũ cúng
ngũ cốc
ngũ gia bì
ngũ giác
ngũ giác đài
ngũ giới
ngũ hành
ngũ hình
ngũ kim
ngũ kinh
ngũ liên
ngũ luân
ngũ ngôn
ngũ phân
ngũ phúc
ngũ phẩm
ngũ quan
ngũ quả
ngũ sắc
ngũ sự
ngũ thường
ngũ thập
ngũ thập chu niên
ngũ trưởng
ngũ tuần
ngũ tạng
ngũ tử
ngũ vị
ngũ vị hương
ngũ vị nam
ngũ âm
ngũ đoản
ngũ đại
ngũ đại đồng đường
ngũn ngỡn
ngũng ngẵng
ngơ nghếch
ngơ ngác
ngơ ngáo
ngơ ngơ
ngơ ngơ ngáo ngáo
ngơ ngẩn
ngơi ngơi
ngơi ngớt
ngơi tay
ngơm ngớp
ngơn ngớt
ngư cụ
ngư dân
ngư gia
ngư học
ngư hộ
ngư long
ngư loại
ngư loại học
ngư lôi
ngư lôi hạm
ngư nghiệp
ngư nhàn
ngư phủ
ngư thuỷ
ngư thôn
ngư tiều
ngư trường
ngư trầm nhạn lạc
ngư tất
ngư ông
ngư ông đắc lợi
ngưa ngứa
ngưng hơi
ngưng kết
ngưng trệ
ngưng tụ
ngưng đọng
ngưu bàng
ngưu hoàng
ngưu tất
ngưu đậu
ngước mắt
ngườ đẹp vì lụa
người bình luận
người bệnh
người bị hại
người chết của hết
người chết ra ma
người chứng
người chửa cửa mả
người cá
người dưng
người dưng nước lã
người ghét của yêu
người già
người gầy thầy cơm
người gửi
người hùng
người hầu
người khôn chóng già
người khôn của khó
người kinh
người làm
người lạ
người lạ mặt
người lớn
người máy
người mình
người mẫu
người ngoài
người người
người ngợm
người nhà
người nhái
người nào người ấy
người phát ngôn
người quen
người quản lí
người rừng
người sao của vậy
người sống đống vàng
người ta
người thiên cổ
người thân
người thương
người thường
người thượng
người thầu
người thợ
người trên kẻ dưới
người trần mắt thịt
người tình
người vượn
người xưa
người xưa cảnh cũ
người yêu
người ăn kẻ ở
người đơn của hiếm
người đẹp
người đời
người ốm
người ở
ngường ngượng
ngưỡng cửa
ngưỡng mộ
ngưỡng nghe
ngưỡng thiên
ngưỡng trông
ngưỡng vọng
ngược chiều
ngược dòng
ngược gió
ngược lại
ngược mắt
ngược ngạo
ngược xuôi
ngược đãi
ngược đời
ngượng mặt
ngượng mồm
ngượng nghịu
ngượng ngùng
ngượng ngượng
ngượng ngạo
ngượng ngẫm
ngượng ngập
ngượng ngịu
ngạc hóa
ngạc ngư
ngạc nhiên
ngạch bậc
ngạch trật
ngại khó
ngại lời
ngại ngùng
ngại ngần
ngạn ngôn
ngạn ngữ
ngạo mạn
ngạo nghễ
ngạo ngược
ngạo đời
ngạt mũi
ngạt ngào
ngạt thở
ngả bóng
ngả cỗ
ngả lưng
ngả mũ
ngả mạ
ngả mục
ngả nghiêng
ngả nghến
ngả người
ngả ngốn
ngả ngớn
ngả nón
ngả rạ
ngả theo
ngả vạ
ngả đầu
ngải cau
ngải cứu
ngải áp xanh
ngải đắng
ngảnh lại
ngảnh mặt
ngảnh mặt làm ngơ
ngảnh mặt làm thinh
ngảnh đi
ngấc đầu
ngấm ngoảy
ngấm nguýt
ngấm nguẩy
ngấm ngầm
ngấm đòn
ngấn lệ
ngấp nga ngấp nghé
ngấp nghé
ngấp nghé miệng lỗ
ngấp ngó
ngấp ngứng
ngất nga ngất nghểu
ngất nga ngất ngưởng
ngất nghểu
ngất ngây
ngất ngơ
ngất ngư
ngất ngưởng
ngất trời
ngất xỉu
ngấu nghiến
ngấy sốt
ngấy đến mang tai
ngầm ngấm
ngầm ngập
ngần ngại
ngần ngật
ngần ngừ
ngần nào
ngần này
ngầu ngầu
ngầy ngà
ngầy ngậy
ngầy ngụa
ngẩn mặt
ngẩn ngơ
ngẩn ngơ ngơ ngẩn
ngẩn người
ngẩn tò te
ngẩng cao đầu
ngẩng mặt
ngẩng đầu
ngẫm nghĩ
ngẫm ngợi
ngẫm âu
ngẫu cực
ngẫu hôn
ngẫu hợp
ngẫu hứng
ngẫu lực
ngẫu nhiên
ngẫu nhĩ
ngẫu đề
ngậm bồ hòn
ngậm câm
ngậm cười
ngậm cười chín suối
ngậm hơi
ngậm họng
ngậm hột thị
ngậm hờn
ngậm hờn nuốt tủi
ngậm miệng
ngậm miệng kín tiếng
ngậm miệng ăn tiền
ngậm máu phun người
ngậm mồm
ngậm ngùi
ngậm ngải tìm trầm
ngậm nước
ngậm quả bồ hòn
ngậm sầu nuốt tủi
ngậm tăm
ngậm vành
ngậm đắng nuốt cay
ngận hương
ngập lụt
ngập mắt
ngập mặn
ngập mặt
ngập ngà ngập ngừng
ngập ngụa
ngập ngừng
ngập úng
ngập đầu
ngập đầu ngập cổ
ngật ngà ngật ngưỡng
ngật ngưỡng
ngậu xị
ngắc nga ngắc ngứ
ngắc ngoải
ngắc ngỏm
ngắc ngứ
ngắm nghía
ngắm ngía
ngắm vuốt
ngắn cổ bé miệng
ngắn gọn
ngắn hai dài một
ngắn hơi
ngắn hạn
ngắn hủn
ngắn ngủi
ngắn ngủn
ngắn tun hủn
ngắn tủn
ngắt lời
ngắt mạch
ngắt ngọn
ngắt quãng
ngắt điện
ngằn ngặt
ngẳng ngheo
ngẳng nghiu
ngặt một nỗi
ngặt nghèo
ngặt nghẹo
ngặt nghẽo
ngặt ngòi
ngặt ngõng
ngặt vì
ngọ báo
ngọ môn
ngọ ngoạy
ngọ nguậy
ngọc am
ngọc bích
ngọc bội
ngọc chiếu
ngọc chuốt vàng trau
ngọc chỉ
ngọc diện
ngọc diệp kim chi
ngọc giai
ngọc giá
ngọc hoàn
ngọc hoàng
ngọc hành
ngọc hân công chúa
ngọc hữu
ngọc lan
ngọc lan tây
ngọc lành có vết
ngọc ngà
ngọc nát hoa tàn
ngọc nữ
ngọc phả
ngọc thiện
ngọc thạch
ngọc thể
ngọc thỏ
ngọc thực
ngọc trai
ngọc trản
ngọc tỉ
ngọc đường
ngọc ước vàng thề
ngọn cỏ
ngọn cờ
ngọn giáo
ngọn gió
ngọn hỏi ngành tra
ngọn lửa
ngọn nguồn
ngọn nguồn chân sóng
ngọn nguồn lạch sông
ngọn ngành
ngọn thỏ
ngọn triều non bạc
ngọn đuốc
ngọn đèn
ngọn đèn trước gió
ngọng miệng
ngọng nghịu
ngọt bùi
ngọt dịu
ngọt giọng
ngọt hoá
ngọt hóa
ngọt lịm
ngọt lọt đến xương
ngọt lừ
ngọt lự
ngọt ngon
ngọt ngào
ngọt như mía lùi
ngọt như đường
ngọt như đường phèn
ngọt nhạt
ngọt sắc
ngọt xớt
ngỏ gật
ngỏ lòng
ngỏ lời
ngỏ ý
ngỏm dậy
ngỏn nghẻn
ngỏn ngoẻn
ngỏng cổ
ngốc nga ngốc nghếch
ngốc nghếch
ngốn ngấu
ngốt người
ngồ ngộ
ngồi buồn
ngồi bó gối
ngồi bệt
ngồi chum hủm
ngồi chum ngủm
ngồi chéo khoeo
ngồi chò hỏ
ngồi chưa nóng chỗ
ngồi chưa nóng đít
ngồi chưa ấm chỗ
ngồi chềm bệp
ngồi chệt
ngồi chồm chỗm
ngồi chồm hổm
ngồi chồm hỗm
ngồi dai
ngồi dãi thẻ
ngồi dưng
ngồi dậy
ngồi khuất bóng
ngồi không
ngồi làm vì
ngồi lê
ngồi lê mách lẻo
ngồi lê đôi mách
ngồi lên lưng cọp
ngồi lì
ngồi lì cung thang
ngồi như bụt mọc
ngồi nhẫn tàn canh
ngồi phệt
ngồi phịch
ngồi rốn
ngồi rồi
ngồi sà
ngồi thiền
ngồi thúng cất cạp
ngồi thần ra
ngồi thụp
ngồi thừ
ngồi tót
ngồi tù
ngồi vắt chân
ngồi xếp bằng
ngồi xếp bằng tròn
ngồi xệp
ngồi xổm
ngồi đồng
ngồm ngoàm
ngồn ngộn
ngồn ngột
ngồng nghềnh
ngồng ngồng
ngổ ngáo
ngổ núi
ngổ trâu
ngổm ngoảm
ngổn ngang
ngổn nghển
ngổng trời
ngỗ nghịch
ngỗ ngược
ngỗng sư tử
ngỗng trời
ngỗng ông lễ ông
ngộ biến
ngộ biến tòng quyền
ngộ biến tùng quyền
ngộ biện
ngộ cảm
ngộ gió
ngộ hội
ngộ nghĩnh
ngộ nhận
ngộ nhỡ
ngộ nạn
ngộ sát
ngộ thuốc
ngộ điểm
ngộ đạo
ngộ độc
ngộc nghệch
ngột ngạt
ngớ ngẩn
ngớt lời
ngờ nghệch
ngờ ngạc
ngờ ngẫn
ngờ ngờ
ngờ ngợ
ngờ vực
ngờ đâu
ngời ngời
ngời ngợi
ngờm ngợp
ngỡ ngàng
ngợi ca
ngợi khen
ngợp mắt
ngợp trời
ngụ binh cư nông
ngụ cư
ngụ ngôn
ngụ tình
ngụ ý
ngụ đình
ngục hình
ngục lại
ngục ngoặc
ngục quan
ngục thất
ngục tù
ngục tối
ngục tốt
ngụp lặn
ngụp đầu
ngụy binh
ngụy quân tử
ngụy trang
ngụy triều
ngụy tác
ngụy tạo
ngụy vận
ngụy đạo
ngủ dậy
ngủ gà
ngủ gà ngủ gật
ngủ gà ngủ vịt
ngủ gật
ngủ gục
ngủ hoang
ngủ hè
ngủ khì
ngủ lang
ngủ lịm
ngủ mê
ngủ nghê
ngủ ngon
ngủ ngày
ngủ ngày cày đêm
ngủ ngáy
ngủ nhè
ngủ nhè chè thiu
ngủ nhờ
ngủ quên
ngủ rũ
ngủ say
ngủ thiếp
ngủ trưa
ngủ trọ
ngủ đông
ngủ đậu
ngủ đỗ
ngủn ngoẳn
ngủn ngẳn
ngủng nghỉnh
ngủng ngoẳng
ngứa gan
ngứa ghẻ hờn ghen
ngứa ghẻ đòn ghen
ngứa miệng
ngứa mắt
ngứa mồm
ngứa mồm ngứa miệng
ngứa nghề
ngứa ngáy
ngứa nọc
ngứa sần
ngứa tai
ngứa tai gai mắt
ngứa tay
ngứa tiết
ngứa đít
ngừng bút
ngừng bước
ngừng bắn
ngừng tay
ngừng trệ
ngửa nghiêng
ngửa tay
ngửa trông
ngửng mặt
ngữ cảnh
ngữ hệ
ngữ học
ngữ khí
ngữ liệu
ngữ nghĩa
ngữ nghĩa bọc
ngữ nghĩa học
ngữ ngôn
ngữ ngôn học
ngữ pháp
ngữ pháp học
ngữ tộc
ngữ văn
ngữ văn học
ngữ vị
ngữ vị học
ngữ vựng
ngữ âm
ngữ âm học
ngữ điệu
ngữ đoạn
ngự bút
ngự chế
ngự giá
ngự hàn
ngự lâm pháo thủ
ngự lãm
ngự phê
ngự phòng
ngự sử
ngự sử đài
ngự thiện
ngự tiền
ngự trị
ngự uyển
ngự y
ngự đệ
ngựa bạch
ngựa chạy đường quai
ngựa chứng
ngựa con háu đá
ngựa câu
ngựa gỗ
ngựa hồ chim việt
ngựa hồng
ngựa nghẽo
ngựa người
ngựa non háu đá
ngựa phản chủ
ngựa qua cửa sổ
ngựa quen đường cũ
ngựa thồ
ngựa truy phong
ngựa trâu
ngựa trời
ngựa tía
ngựa vằn
ngựa xe
ngựa xéo voi giày
ngựa ô
ngực giữa
ngực sau
ngực trước
nha cam
nha chu viêm
nha dịch
nha học
nha khoa
nha lại
nha lệ
nha môn
nha nhẩn
nha phiến
nha phiến chiến tranh
nha sĩ
nha đảm tử
nhai lại
nhai nhải
nhai đi nhai lại
nham hiểm
nham kết tầng
nham nham
nham nhám
nham nháp
nham nhở
nham phun xuất
nham phún xuất
nham thạch
nhan nhản
nhan sắc
nhan đề
nhan đề là
nhang khói
nhang nhác
nhang tàn khói lạnh
nhanh chai
nhanh chóng
nhanh gọn
nhanh lẹ
nhanh mắt
nhanh nhách
nhanh nhánh
nhanh như biến
nhanh như chớp
nhanh như cắt
nhanh như thổi
nhanh như điện
nhanh nhạy
nhanh nhảnh
nhanh nhảu
nhanh nhảu đoảng
nhanh nhẩu
nhanh nhẹ
nhanh nhẹn
nhanh tay
nhanh trí
nhao nhao
nhao nhác
nhau nhảu
nhay nhay
nhay nháy
nhe nanh múa vuốt
nhe răng
nhem nhem
nhem nhuốc
nhem nhép
nhem nhúa
nhem nhẻm
nhem nhẻm nhèm nhem
nhem thèm
nhen nhóm
nhen nhúm
nheo nheo
nheo nhéo
nheo nhóc
nheo nhẻo
nheo nhếch
nhi khoa
nhi nhí
nhi nhít
nhi nữ
nhi nữ thường tình
nhi tính
nhi đồng
nhi đồng học
nhinh nhỉnh
nhiu nhíu
nhiên hậu
nhiên liệu
nhiêu khê
nhiêu nam
nhiếc móc
nhiếc mắng
nhiếp chính
nhiếp ảnh
nhiều bên
nhiều chuyện
nhiều chân
nhiều con giòn mẹ
nhiều lời
nhiều nhõi
nhiều nhặn
nhiều no ít đủ
nhiều thóc nhọc xay
nhiễm bẩn
nhiễm bệnh
nhiễm khuẩn
nhiễm lạnh
nhiễm mặn
nhiễm sắc
nhiễm sắc thể
nhiễm thể
nhiễm trùng
nhiễm từ
nhiễm xạ
nhiễm điện
nhiễm độc
nhiễu chuyện
nhiễu hại
nhiễu loạn
nhiễu nhương
nhiễu phiền
nhiễu sự
nhiễu xạ
nhiệm chức
nhiệm kì
nhiệm kỳ
nhiệm mầu
nhiệm mệnh
nhiệm nhặt
nhiệm sở
nhiệm tử
nhiệm vụ
nhiệt biểu
nhiệt cơ
nhiệt dung
nhiệt giai
nhiệt giai bách phân
nhiệt hoá học
nhiệt huyết
nhiệt hóa học
nhiệt hạch
nhiệt học
nhiệt kế
nhiệt liệt
nhiệt liệu pháp
nhiệt luyện
nhiệt lí
nhiệt lượng
nhiệt lượng kế
nhiệt lực
nhiệt nghiệm
nhiệt năng
nhiệt phân
nhiệt phản ứng
nhiệt quyển
nhiệt thành
nhiệt thán
nhiệt tâm
nhiệt tình
nhiệt từ
nhiệt điện
nhiệt đái
nhiệt độ
nhiệt độ celsius
nhiệt độ fahrenheit
nhiệt độ không khí
nhiệt độ tới hạn
nhiệt động hoá
nhiệt động học
nhiệt đới
nhiệt đới hoá
nhiệt đới hóa
nho gia
nho giáo
nho giả
nho học
nho lâm
nho lại
nho nhoe
nho nhã
nho nhỏ
nho phong
nho quan
nho quế
nho sinh
nho sĩ
nho thuật
nhoang nhoáng
nhoay nhoáy
nhoe nhoé
nhoe nhoét
nhoe nhóe
nhoen nhoét
nhoen nhoẻn
nhoi nhói
nhom nhem
nhon nhen
nhon nhón
nhon nhỏn
nhong nhong
nhong nhóng
nhoáng một cái
nhoáng nhoàng
nhoè nhoẹt
nhoẻn cười
nhu cầu
nhu dụng
nhu hoà
nhu mì
nhu mô
nhu nhú
nhu nhơ
nhu nhược
nhu phí
nhu quyền
nhu thuật
nhu yếu
nhu yếu phẩm
nhu đạo
nhu động
nhun nhũn
nhung kẻ
nhung lụa
nhung mao
nhung mạc
nhung nhúc
nhung nhăng
nhung não
nhung phục
nhung vải
nhung y
nhung yên
nhuyễn hoá
nhuyễn não
nhuyễn thể
nhuôm nhuôm
nhuần miệng
nhuần nhuyễn
nhuần nhuỵ
nhuần nhã
nhuần nhị
nhuần tưới
nhuận bút
nhuận phú tân
nhuận sơn
nhuận sắc
nhuận tràng
nhuận trường
nhuận trạch
nhuận đức
nhuế dương
nhuế nhoá
nhuế nhóa
nhuệ binh
nhuệ khí
nhuệ độ
nhuốc nha
nhuốc nhơ
nhuốm bệnh
nhuốm màu
nhuộm màu
nhuộm răng
nhà an dưỡng
nhà binh
nhà buôn
nhà bác học
nhà báo
nhà bè
nhà băng
nhà bạt
nhà bảo sanh
nhà bếp
nhà cao cửa rộng
nhà chung
nhà chuyên môn
nhà chính trị
nhà chùa
nhà chọc trời
nhà chồng
nhà chứa
nhà chức trách
nhà chữ công
nhà chữ môn
nhà chữ đinh
nhà chữ điền
nhà con
nhà cách mạng
nhà cái
nhà có
nhà công thương
nhà cầm quyền
nhà cầu
nhà cửa
nhà doanh nghiệp
nhà dàn cảnh
nhà dây thép
nhà dòng
nhà dưới
nhà dột cột xiêu
nhà dột tại nóc
nhà ga
nhà giai
nhà giam
nhà gianh
nhà giàu
nhà giáo
nhà giáo nhân dân
nhà giáo ưu tú
nhà giấy
nhà gá
nhà gác
nhà gái
nhà gỗ
nhà huyên
nhà hàng
nhà hát
nhà hát nhân dân
nhà hộ sinh
nhà hội
nhà in
nhà kho
nhà khoa học
nhà khách
nhà khó
nhà kinh doanh
nhà kính
nhà lan
nhà lang
nhà lao
nhà lá
nhà lí luận
nhà lưu động
nhà lầu
nhà lắp ghép
nhà lồng
nhà may
nhà máy
nhà máy in
nhà máy nhiệt điện
nhà máy thuỷ điện
nhà máy điện
nhà mô phạm
nhà mồ
nhà mổ
nhà ngang
nhà ngang dãy dọc
nhà nghèo
nhà nghề
nhà ngoài
nhà ngói
nhà ngói bức bàn
nhà ngói cây mít
nhà ngươi
nhà ngủ
nhà nho
nhà nhân chủng học
nhà nhã
nhà như tàu tượng
nhà nòi
nhà nông
nhà nước
nhà nước hoá
nhà pha
nhà quan
nhà quê
nhà riêng
nhà rách vách nát
nhà rông
nhà rường
nhà rạp
nhà sanh
nhà sàn
nhà sách
nhà săm
nhà sư
nhà sấy
nhà sử học
nhà tan cửa nát
nhà tang
nhà thuốc
nhà thông thái
nhà thôể
nhà thơ
nhà thương
nhà thương thí
nhà thầu
nhà thổ
nhà thờ
nhà tiêu
nhà trai
nhà tranh
nhà tranh vách đất
nhà trong
nhà trên
nhà trí thức
nhà trò
nhà trò giữ nhịp
nhà trò khua phách
nhà trường
nhà trẻ
nhà trệt
nhà trọ
nhà trời
nhà trừng giới
nhà tu
nhà tu hành
nhà tu kín
nhà táng
nhà tây
nhà tình nghĩa
nhà tôi
nhà tông
nhà tù
nhà tơ
nhà tư
nhà tư bản
nhà tư tưởng
nhà tầng
nhà tập thể
nhà tắm
nhà tổ
nhà việc
nhà vua
nhà vàng gác tía
nhà văn
nhà văn hoá
nhà văn hóa
nhà vườn
nhà vệ sinh
nhà vợ
nhà xe
nhà xia
nhà xiêu khó chống
nhà xuất bản
nhà xác
nhà xí
nhà xông
nhà xưởng
nhà xẹc
nhà ăn
nhà điều dưỡng
nhà đoan
nhà đá
nhà đám
nhà đèn
nhà đòn
nhà đương chức
nhà đương cục
nhà đương quyền
nhà ốc
nhà ổ chuột
nhà ở
nhài quạt
nhàm chán
nhàm tai
nhàn cư
nhàn du
nhàn hạ
nhàn hứng
nhàn lãm
nhàn nhã
nhàn nhạt
nhàn rỗi
nhàn tản
nhàn đàm
nhàng nhàng
nhào lượn
nhào lặn
nhào lộn
nhào nhào
nhào nháo
nhào nặn
nhàu nhàu
nhàu nhò
nhàu nát
nhày nhụa
nhá nhem
nhác nhớm
nhác nhớn
nhác qua
nhác thấy
nhác trông
nhái bén
nhái bầu
nhái chàng
nhám sì
nháo nhào
nháo nhác
nháo nhâng
nhát búa
nhát gan
nhát gái
nhát gừng
nhát như cheo
nhát như cáy
nhát như thỏ đế
nhát đòn
nháy kép
nháy mắt
nháy nháy
nhâm nhi
nhâm nhấp
nhâm nhẩm
nhân bản
nhân bản chủ nghĩa
nhân bần trí đoản
nhân chính
nhân chúng
nhân chủng
nhân chủng học
nhân chứng
nhân cách
nhân cách hoá
nhân cách hóa
nhân công
nhân danh
nhân danh học
nhân duyên
nhân dân
nhân dân tệ
nhân dạng
nhân dịp
nhân dục
nhân dục thắng thiên
nhân dục vô nhai
nhân gian
nhân giả
nhân giống
nhân hiền tại mạo
nhân hoà
nhân hoàn
nhân hoá
nhân hoạ
nhân huynh
nhân huệ
nhân hình
nhân hình hoá
nhân hình hóa
nhân hòa
nhân hậu
nhân khẩu
nhân khẩu học
nhân kiệt
nhân loại
nhân loại học
nhân luân
nhân lực
nhân lực thắng thiên
nhân mãn
nhân mạng
nhân mệnh
nhân mệnh chí trọng
nhân mối
nhân nghì
nhân nghĩa
nhân nghĩa ruồi
nhân ngã
nhân ngãi
nhân ngôn
nhân nhượng
nhân nhẩn
nhân nào quả ấy
nhân phẩm
nhân quyền
nhân quả
nhân quần
nhân sinh
nhân sinh quan
nhân sinh thích chí
nhân suất
nhân sâm
nhân sĩ
nhân sư
nhân số
nhân sự
nhân thân
nhân thê
nhân thế
nhân thể
nhân thọ
nhân tiện
nhân trung
nhân trần
nhân trắc
nhân tài
nhân tâm
nhân tâm nan trắc
nhân tâm tuỳ thích
nhân tâm tùy thích
nhân tình
nhân tình nhân ngãi
nhân tình thế thái
nhân tính
nhân tính hóa
nhân tạo
nhân tố
nhân từ
nhân tử
nhân viên
nhân vì
nhân vô thập toàn
nhân văn
nhân văn chủ nghĩa
nhân vật
nhân vị
nhân ái
nhân đinh
nhân đạo
nhân đạo chủ nghĩa
nhân định thắng thiên
nhân đức
nhân ảnh
nhâng nháo
nhâng nhâng
nhâng nhâng nháo nháo
nhâu nhâu
nhây nhây
nhây nhớp
nhây nhớt
nhã dụ
nhã giám
nhã ngữ
nhã nhạc
nhã nhặn
nhã thú
nhã tập
nhã ý
nhã độ
nhãi con
nhãi nhép
nhãi ranh
nhãn chiết kế
nhãn cầu
nhãn giới
nhãn hiệu
nhãn hương
nhãn khoa
nhãn kính
nhãn lồng
nhãn lực
nhãn nước
nhãn quan
nhãn quang
nhãn thức
nhãn tiêu
nhãn tiền
nhãn trùng
nhãn trơ
nhãn trường
nhãn tuyến
nhãn viêm
nhãn vở
nhãn áp
nhãn áp kí
nhãn áp kế
nhãn áp đồ
nhãng quên
nhãng tai
nhãng trí
nhão bét
nhão nhoét
nhão nhoét nhão nhoẹt
nhão nhoẹt
nhão nhè
nhão nhét
nhão nhạo
nhão nhẹt
nhè mồm
nhè nhè
nhè nhẹ
nhèn nhẹt
nhèo nhèo
nhèo nhẹo
nhèo nhẽo
nhênh nhang
nhì nhèo
nhì nhằng
nhìn chung
nhìn gà hoá cuốc
nhìn nhõ
nhìn nhận
nhìn nổi
nhìn thấu
nhìn thấy
nhìn xa thấy rộng
nhìn xa trông rộng
nhí nha nhí nhoẻn
nhí nha nhí nhảnh
nhí nha nhí nhố
nhí nhoẻn
nhí nhách
nhí nháu
nhí nháy
nhí nhéo
nhí nhảnh
nhí nhắng
nhí nhắt
nhí nhố
nhím biển
nhíp xe
nhòe nhoẹt
nhòm ngó
nhòm nhỏ
nhòm nom
nhóc con
nhóc nhách
nhóm bếp
nhóm chức
nhóm con
nhóm họp
nhóm máu
nhóm ngó
nhóm nhém
nhóm rau nhóm bếp
nhóm trưởng
nhóm viên
nhóm định chức
nhón chân
nhón gót
nhón nhén
nhón tay làm phúc
nhóng nhánh
nhóp nhép
nhót tây
nhôm nham
nhôn nhao
nhôn nhốt
nhông nhông
nhõng nha nhõng nhẽo
nhõng nhẹo
nhõng nhẽo
nhù nhờ
nhùn nhũn
nhùng nhà nhùng nhằng
nhùng nhằng
nhúc nhích
nhúc nhúc
nhúc nhắc
nhúm nhím
nhún chân
nhún mình
nhún nhường
nhún nhảy
nhún nhẩy
nhún nhẳn
nhún vai
nhúng máu
nhúng nhúc
nhúng tay
nhúng tay thùng chàm
nhút nhát
nhăm nhe
nhăm nhăm
nhăm nhắp
nhăn mày
nhăn mặt
nhăn nheo
nhăn nhíu
nhăn nhó
nhăn nhúm
nhăn như bị
nhăn như khỉ
nhăn nhẳn
nhăn nhẵn
nhăn nhở
nhăn răng
nhăng cuội
nhăng nhít
nhăng nhẳng
nhăng nhố
nhĩ châm
nhĩ mục
nhĩ mục quan chiêm
nhũ bộ
nhũ danh
nhũ hoa
nhũ hóa
nhũ hương
nhũ mẫu
nhũ trấp
nhũ tương
nhũ đá
nhũn nhùn
nhũn như chi chi
nhũn nhặn
nhũn não
nhũn xương
nhũng lạm
nhũng nha nhũng nhẵng
nhũng nhiễu
nhũng nhẵng
nhũng nhẽo
nhơ bẩn
nhơ danh
nhơ nhuốc
nhơ nhớ
nhơ nhớp
nhơ đời
nhơm nhớp
nhơm nhở
nhơn an
nhơn bình
nhơn châu
nhơn hoà
nhơn hoà lập
nhơn hưng
nhơn hạnh
nhơn hải
nhơn hậu
nhơn hội
nhơn khánh
nhơn lý
nhơn lộc
nhơn mỹ
nhơn nghĩa
nhơn nhơn
nhơn nhớt
nhơn ninh
nhơn phong
nhơn phú
nhơn phúc
nhơn sơn
nhơn thành
nhơn thạnh
nhơn thạnh trung
nhơn thọ
nhơn trạch
nhơn tân
nhơn ái
nhơn đức
như ai
như buồm gặp gió
như bát nước đầy
như bóng với hình
như búa bổ
như bắt được vàng
như bị cắt tiết
như chim liền cánh
như chim lạc bầy
như chim lạc đàn
như chim sổ lồng
như chim vào lồng
như chim vỡ tổ
như chuyện chiêm bao
như chuối chín cây
như chàm đổ
như cháo chảy
như chân với tay
như chó cắn ma
như chó với mèo
như chôn vào ruột
như chông như mác
như chơi
như chẻ tre
như chợ vỡ
như con dao pha
như con thiêu thân
như con điêu thuyền
như cá cắn câu
như cá gặp nước
như cá với nước
như cá được nước
như cát sông hằng
như cây liền cành
như cũ
như cơm bữa
như cố
như cờ gặp gió
như cờ lông công
như cờ mất xe
như dao chém đá
như diều gặp gió
như diều được gió
như dẫm phải lửa
như giời như biển
như gà mất mẹ
như gà mắc tóc
như gấm thêm hoa
như hai giọt nước
như hoà
như hình với bóng
như hùm mọc cánh
như hũ nút
như hạn chờ mưa
như hạn gặp mưa
như hạn mong mưa
như hệt
như hổ như báo
như in
như khuê
như không
như kiềng ba chân
như li như lai
như là
như lệnh vỡ
như lột
như ma lem
như ma xó
như muối bỏ biển
như muối bỏ bể
như mây gặp rồng
như mèo thấy mỡ
như môi với răng
như mắc cửi
như mối bòng bong
như mớ bòng bong
như nguyện
như người mất vía
như ngậm bồ hòn
như ngậm hột thị
như ngồi phải lửa
như ngồi đống lửa
như ngựa bất kham
như nhau
như nhà có đám
như nhện vương tơ
như nhứ
như nuôi con mọn
như nêm cối
như nước thuỷ triều
như nước tràn bờ
như nước với lửa
như nước vỡ bờ
như ong vỡ tổ
như pháo tịt ngòi
như phỗng đá
như quả
như quỳnh
như quỷ sứ
như rót vào tai
như rắn mất đầu
như rết lắm chân
như rồng gặp mây
như rồng như tiên
như sao buổi sáng
như sau
như sét đánh
như tay với chân
như thanh
như thiêu như đốt
như thuỵ
như thường
như thế
như thể
như thỏ đế
như tre ấm bụi
như trên
như trời giáng
như trở bàn tay
như tuồng
như tép nhảy
như tù giam lỏng
như tằm rút ruột
như tằm ăn rỗi
như tế sao
như tờ
như vũ bão
như vạc ăn đêm
như vầy
như vậy
như vết dầu loang
như vịt nghe sấm
như vỏ don
như vợ chồng ngâu
như xuân
như xẩm sờ gậy
như ông thiên lôi
như ý
như ý sở cầu
như ăn phải ớt
như đinh đóng cột
như điên như dại
như điếu đổ
như đôi đũa lệch
như đúc
như đúc khuôn
như đũa có đôi
như đỉa phải vôi
như đỉa đói
như đổ khuôn
như đổ lửa
như ếch vào xiếc
nhưng mà
nhưng nháo
nhưng nhức
nhường bao
nhường bước
nhường bằng
nhường cơm sẻ áo
nhường lại
nhường lời
nhường ngôi
nhường như
nhường nhịn
nhường nào
nhường này
nhường ấy
nhược bại
nhược bằng
nhược cơ
nhược thuỷ
nhược tiểu
nhược trương
nhược điểm
nhượng bạn
nhượng bộ
nhượng địa
nhạc công
nhạc cảnh
nhạc cụ
nhạc gia
nhạc hiệu
nhạc hát
nhạc khí
nhạc khúc
nhạc kịch
nhạc luật
nhạc lí
nhạc lý
nhạc lễ
nhạc mẫu
nhạc nhe
nhạc nhẹ
nhạc phẩm
nhạc phổ
nhạc phụ
nhạc phủ
nhạc rốc
nhạc sĩ
nhạc sư
nhạc sống
nhạc thính phòng
nhạc trưởng
nhạc tài tử
nhạc tính
nhạc từ
nhạc viện
nhạc vàng
nhạc âm
nhạc điện tử
nhạc điệu
nhạc đồng quê
nhạc đội
nhạn lai hồng
nhạn lạc chim sa
nhạn tín
nhạo báng
nhạo đời
nhạt hoét
nhạt miệng
nhạt nhoà
nhạt nhùng
nhạt như nước ốc
nhạt nhẽo
nhạt phai
nhạt phèo
nhạt phấn phai hương
nhạt thếch
nhạy bén
nhạy cảm
nhạy miệng
nhả khớp
nhả ngọc phun châu
nhả nhớt
nhả tơ
nhảm nhí
nhảy bô
nhảy bổ
nhảy cao
nhảy choàng
nhảy chân sáo
nhảy cà tưng
nhảy cà tửng
nhảy cái
nhảy cóc
nhảy cầu
nhảy cẫng
nhảy cỡn
nhảy cừu
nhảy dài
nhảy dây
nhảy dù
nhảy lò cò
nhảy múa
nhảy mũi
nhảy nhót
nhảy như choi choi
nhảy nọc
nhảy phắt
nhảy phốc
nhảy quẩng
nhảy rào
nhảy sào
nhảy tót
nhảy tùm
nhảy vọt
nhảy xa
nhảy xa va mạnh
nhảy xổ
nhảy ô
nhảy ùm
nhảy đầm
nhảy ổ
nhấc bổng
nhấc que
nhấm nháp
nhấm nháy
nhấm nhẳn
nhấm nhẳng
nhấm nhứ
nhấn chìm
nhấn mạnh
nhấp giọng
nhấp nha nhấp nháy
nhấp nha nhấp nhô
nhấp nha nhấp nhổm
nhấp nhem
nhấp nhoáng
nhấp nhánh
nhấp nháy
nhấp nhính
nhấp nhô
nhấp nhỉnh
nhấp nhỏm
nhấp nhố
nhấp nhổm
nhấp nhứ
nhất bản vạn lợi
nhất bội nhị
nhất chu niên
nhất cổ tác khí
nhất cử
nhất cử lưỡng tiện
nhất cử lưỡng đắc
nhất cử nhất động
nhất diện
nhất dạ đế vương
nhất giáp
nhất hô bá ứng
nhất hạng
nhất khắc thiên kim
nhất loạt
nhất luật
nhất là
nhất lãm
nhất lãm biểu
nhất mực
nhất nguyên
nhất nguyên chế
nhất nguyên luận
nhất ngôn
nhất nhất
nhất nhật tam thu
nhất nhật tại tù
nhất nọ nhì kia
nhất phu nhất phụ
nhất phẩm
nhất quyết
nhất quán
nhất sinh
nhất sống nhị chết
nhất thiết
nhất thành bất biến
nhất thê đa phu
nhất thì
nhất thần
nhất thần giáo
nhất thần luận
nhất thể
nhất thể hoá
nhất thống
nhất thống sơn hà
nhất thời
nhất thủ nhì vĩ
nhất tiếu thiên kim
nhất trí
nhất tâm
nhất tề
nhất tội nhì nợ
nhất tự cách trùng
nhất tự vi sư
nhất viện chế
nhất vợ nhì trời
nhất đán
nhất đẳng
nhất định
nhất ẩm nhất trác
nhầm lẫn
nhầm nhật
nhầm nhỡ
nhần nhận
nhần nhị
nhầu nhĩ
nhầu nát
nhầy nhầy
nhầy nhẫy
nhầy nhậy
nhầy nhợp
nhầy nhợt
nhầy nhụa
nhẩn nha
nhẩy nhót
nhẫn cưới
nhẫn khẩu mía
nhẫn mặt
nhẫn nhịn
nhẫn nhục
nhẫn nại
nhẫn quấn
nhẫn tâm
nhậm chức
nhận biết
nhận chân
nhận chìm
nhận cảm
nhận diện
nhận dạng
nhận gửi hàng
nhận lãnh
nhận lỗi
nhận lớp
nhận lời
nhận mạng
nhận mặt
nhận nhị
nhận ra
nhận rõ
nhận thấy
nhận thầu
nhận thức
nhận thức luận
nhận thực
nhận tội
nhận việc
nhận vơ
nhận vờ
nhận xét
nhận định
nhập bọn
nhập cuộc
nhập cư
nhập cảng
nhập cảnh
nhập cốt
nhập cục
nhập diệu
nhập gia
nhập gia tuỳ tục
nhập gia tùy tục
nhập giang tùy khúc
nhập học
nhập hội
nhập khẩu
nhập khẩu vô tang
nhập liệu
nhập lí
nhập lý
nhập lậu
nhập môn
nhập ngoại
nhập ngũ
nhập nhoà
nhập nhoàng
nhập nhoè
nhập nhoạng
nhập nhà nhập nhằng
nhập nhèm
nhập nhằng
nhập nội
nhập quan
nhập quốc tịch
nhập quỹ
nhập siêu
nhập thanh
nhập tháp
nhập thân
nhập thế
nhập tràng
nhập trường
nhập tâm
nhập tịch
nhập vai
nhập viện
nhập đề
nhập định
nhật báo
nhật dạ
nhật dụng
nhật hoa
nhật hướng động
nhật khuê
nhật kì
nhật kí
nhật ký
nhật ký chìm tàu
nhật kế
nhật kỳ
nhật lệnh
nhật nguyệt
nhật nẻo
nhật quang
nhật quang kế
nhật quỳ
nhật thực
nhật trình
nhật tâm
nhật tụng
nhật xạ
nhật xạ kí
nhật xạ kế
nhật đường
nhật động
nhật ấn
nhậu nhẹt
nhắc chừng
nhắc cò cò
nhắc lại
nhắc nhu
nhắc nhỏm
nhắc nhở
nhắc nhủ
nhắc vở
nhắm chừng
nhắm mắt
nhắm mắt bước qua
nhắm mắt khoanh tay
nhắm mắt làm ngơ
nhắm mắt xuôi tay
nhắm mắt đưa chân
nhắm nghiền
nhắm nhe
nhắm nháp
nhắm nhía
nhắm rượu
nhắm sức
nhắn bảo
nhắn gửi
nhắn nhe
nhắn nhủ
nhắn tin
nhắn tìm
nhắng nhít
nhắp mắt
nhắp nháp
nhằm lúc
nhằm nhè
nhằm nhì
nhằm nhò
nhằng nhằng
nhằng nhẵng
nhằng nhịt
nhẵn bóng
nhẵn cấc
nhẵn củ tỏi
nhẵn lì
nhẵn mặt
nhẵn nhụi
nhẵn quẹn
nhẵn thín
nhẵn túi
nhặm le
nhặm lẹ
nhặm mắt
nhặng bộ
nhặng xị
nhặt gạch ném vườn
nhặt khoan
nhặt nhạnh
nhặt thưa
nhẹ bước
nhẹ bước thang mây
nhẹ bước thanh vân
nhẹ bồng
nhẹ bổng
nhẹ bỗng
nhẹ bụng
nhẹ dạ
nhẹ dạ cả tin
nhẹ gánh
nhẹ hều
nhẹ lời
nhẹ miệng
nhẹ mình
nhẹ mồm nhẹ miệng
nhẹ nhàng
nhẹ nhõm
nhẹ như bấc
nhẹ như lông hồng
nhẹ nợ
nhẹ tay
nhẹ tênh
nhẹ tình
nhẹ tính
nhẹ túi
nhẹ tếch
nhẹ tựa hồng mao
nhẹ việc
nhẻ nhói
nhẻ nhót
nhẻm nhèm nhem
nhẽ đâu
nhẽo nhèo
nhẽo nhợt
nhếch mép
nhếch môi
nhếch nhác
nhếu nháo
nhều nhào
nhễ nhại
nhện nhà
nhện nâu
nhện sa trước mặt
nhệu nhạo
nhị cái
nhị diện
nhị giáp
nhị hóa
nhị hạng
nhị hỉ
nhị lép
nhị nguyên
nhị nguyên luận
nhị phân
nhị phẩm
nhị rữa hoa tàn
nhị thập bát tú
nhị thập tứ hiếu
nhị thể
nhị thức
nhị thức bậc nhất
nhị trùng
nhị tâm
nhị viện chế
nhị đực
nhịn khát
nhịn lời
nhịn miệng
nhịn miệng thết khách
nhịn nhục
nhịn thua
nhịn thèm nhịn nhạt
nhịn đói
nhịp nhàng
nhịp nhặt nhịp khoan
nhịp sinh học
nhịp điệu
nhịp điệu học
nhịp độ
nhịu mồm
nhọ mặt
nhọ mặt người
nhọ nhem
nhọ nồi
nhọc lòng
nhọc mình
nhọc nhằn
nhọc thân
nhọc óc
nhọn hoắt
nhọn vắt
nhọt bọc
nhỏ bé
nhỏ bằng hạt tấm
nhỏ bằng lỗ kim
nhỏ con
nhỏ dãi
nhỏ dại
nhỏ giọt
nhỏ hẹp
nhỏ lửa
nhỏ mọn
nhỏ người
nhỏ nhen
nhỏ nhoi
nhỏ nhắn
nhỏ nhặt
nhỏ nhẹ
nhỏ nhẻ
nhỏ sa
nhỏ thó
nhỏ to
nhỏ tuổi
nhỏ tí
nhỏ xíu
nhỏ yếu
nhỏm nhẻm
nhỏng nha nhỏng nhảnh
nhỏng nhảnh
nhố nhăng
nhốn nháo
nhồi máu
nhồi máu cơ tim
nhồi nhét
nhồi sọ
nhồm nhoàm
nhồm nhàm
nhồn nhột
nhổ bão
nhổ mạ
nhổ neo
nhổ rồi lại liếm
nhổ sào
nhổ trại
nhổ vào mặt
nhộn nhàng
nhộn nhạo
nhộn nhịp
nhộng bọc
nhộng trần
nhột nhạt
nhớ bài
nhớ chừng
nhớ lại
nhớ lời
nhớ mong
nhớ nhung
nhớ nhà
nhớ như in
nhớ nước
nhớ ra
nhớ thương
nhớ tiếc
nhớ đời
nhớ ơn
nhớn chuối hột
nhớn nha nhớn nhác
nhớn nhao
nhớn nhác
nhớp nháp
nhớp nhúa
nhớp nhơ
nhớt kế
nhớt nhát
nhớt nhợt
nhờ có
nhờ cậy
nhờ gió bẻ măng
nhờ lụt đẩy rều
nhờ nhờ
nhờ nhỡ
nhờ nhợ
nhờ trời
nhờ vả
nhời nhẽ
nhờn nhợt
nhởn nha
nhởn nha nhởn nhơ
nhởn nhơ
nhỡ bước
nhỡ bữa
nhỡ dịp
nhỡ hẹn
nhỡ lời
nhỡ miệng
nhỡ nhàng
nhỡ nhời
nhỡ ra
nhỡ tay
nhỡ thì
nhỡ thời
nhỡ tàu
nhỡ độ đường
nhỡn tiền
nhợt nhạt
nhục cảm
nhục dục
nhục hình
nhục mạ
nhục nhã
nhục nhằn
nhục phở
nhục đậu khấu
nhụng nhịu
nhụt chí
nhủ bảo
nhủn người
nhủn nha nhủn nhẳn
nhủn nhẳn
nhủng nha nhủng nhẳng
nhủng nhẳng
nhức nhói
nhức nhối
nhức răng
nhức xương
nhức óc
nhức đầu
nhừ tử
nhừ đòn
nhửng nhưng
nhữ đình hiền
nhữ đình toản
những ai
những là
những như
những tưởng
nhựa dầu
nhựa két
nhựa luyện
nhựa mủ
nhựa nguyên
nhựa ruồi
nhựa sống
nhựa thông
nhựa đường
nhựt chánh
nhựt ninh
nhựt trình
ni cô
ni lông
ni sư
ni trưởng
ni tơ
ninh an
ninh bình
ninh cơ
ninh diêm
ninh dương
ninh gia
ninh giang
ninh hiệp
ninh hoà
ninh hà
ninh hưng
ninh hải
ninh kháng
ninh lai
ninh loan
ninh lộc
ninh mỹ
ninh nhất
ninh ních
ninh phong
ninh phú
ninh phúc
ninh phước
ninh quang
ninh quới
ninh sim
ninh sơ
ninh sơn
ninh thanh
ninh thuận
ninh thuỷ
ninh thành
ninh thân
ninh thượng
ninh thạnh
ninh thạnh lợi
ninh thắng
ninh thọ
ninh thới
ninh tiến
ninh trung
ninh tân
ninh tây
ninh tốn
ninh vân
ninh văn
ninh xuân
ninh xá
ninh ích
ninh đa
ninh điền
ninh đông
niêm chì
niêm cất
niêm dịch
niêm luật
niêm mạc
niêm phong
niêm sơn
niêm yết
niên biểu
niên bạ
niên canh
niên giám
niên hiệu
niên hoa
niên hạn
niên học
niên khoá
niên khoản
niên khóa
niên kim
niên kỉ
niên kỷ
niên lịch
niên thiếu
niên vụ
niên xỉ
niên đại
niên đại học
niêu biểu
niết bàn
niết đài
niềm lo
niềm nở
niềm thương
niềm tin
niềm tây
niềm vui
niềng niễng
niệm kinh
niệm nghĩa
niệm phật
niệu quản
niệu đạo
no cơm dửng mỡ
no cơm lành áo
no cơm ấm cật
no cơm ấm áo
no dạ đã thèm
no dồn đói góp
no lòng
no lòng mát ruột
no lòng ấm cật
no nê
no say
no xôi chán chè
no ăn ấm mặc
no đời mãn kiếp
no đủ
no ấm
noi bước
noi gót
noi gương
noi theo
non bồng
non bộ
non choẹt
non dạ
non dại
non gan
non kém
non mòn biển cạn
non ngày
non non
non nước
non nớt
non sông
non tay
non trẻ
non xanh nước biếc
non yếu
non yểu
nong long
nong luông
nong nóng
nong nước
nong nả
noong bua
noong hẹt
noong hẻo
noong luống
noãn bào
noãn cầu
noãn hoàng
noãn sinh
noãn sào
nu na
nu na nu nống
num núm
nung bệnh
nung chảy
nung mủ
nung núc
nung núng
nung nấu
nung đúc
nuôi báo cô
nuôi bộ
nuôi cái cùng con
nuôi cáo trong nhà
nuôi cấy
nuôi dưỡng
nuôi nấng
nuôi ong tay áo
nuôi sống
nuôi trẻ
nuôi trồng
nuông chiều
nuông dăm
nuối tiếc
nuốt cay ngậm đắng
nuốt chửng
nuốt giận
nuốt giận làm lành
nuốt hận
nuốt hờn
nuốt lời
nuốt nhục
nuốt nước bọt
nuốt nước bọt khan
nuốt nước dãi
nuốt nước mắt
nuốt sống
nuốt sống ăn tươi
nuốt trôi
nuốt trộng
nuốt trửng
nuốt tươi
nuột nà
nài bao
nài chi
nài hoa ép liễu
nài kêu
nài nỉ
nài xin
nài ép
nàng ban ả tạ
nàng dâu
nàng dâu mẹ chồng
nàng hương
nàng hầu
nàng thơ
nàng tiên
nào dè
nào dễ
nào hay
nào là
nào ngờ
nào đâu
nào đó
này này
này nọ
ná cao su
ná miẻo
nái sề
nái sữa
náo loạn
náo nhiệt
náo nức
náo động
náp cày
nát bàn
nát bét
nát bươm
nát gan
nát giỏ còn tre
nát ngọc tan vàng
nát nhàu
nát như bùn
nát như tương
nát nhừ
nát nước
nát rượu
nát vụn
nát óc
nát đá phai vàng
nát đảm kinh hồn
náu hình náu tiếng
náu mình
náu mặt
náu tiếng
nân nân
nân nấn
nâng bậc
nâng cao
nâng cấp
nâng cốc
nâng dậy
nâng giá
nâng giấc
nâng khăn sửa túi
nâng như nâng trứng
nâng niu
nâng niu bú mớm
nâng đỡ
nâu non
nâu nâu
nâu sồng
nâu trắng
nâu đen
nây buồng
nây nây
não bạt
não bộ
não chúng
não cân
não giữa
não lòng
não lực
não nhân
não nuột
não nà
não nà não nuột
não nùng
não nề
não sau
não thất
não trung gian
não trước
não tâm
não tủy
não điện đồ
nãy giờ
né tránh
ném biên
ném bùn sang ao
ném châu gieo vàng
ném lựu đạn
ném thia lia
ném tung
ném tạ
ném đá ao bèo
ném đá giấu tay
ném đĩa
ném đất bụi tre
nén cà
nén lòng
nét bút
nét chải
nét chấm
nét chữ
nét mác
nét mặt
nét ngang
nét ngài
nét phóng
nét sổ
nét vẽ
nêm cối
nên chi
nên chăng
nên cơm cháo
nên cơm cháo gì
nên danh
nên người
nên nỗi
nên thân
nên thơ
nên vợ nên chồng
nên ông nên bà
nêu bật
nêu cao
nêu gương
nêu tên
nì nèo
nình nịch
ních ních
nín bặt
nín khe
nín lặng
nín nhịn
nín thin thít
nín thinh
nín thít
nín tiếng
níu kéo
níu áo
níu áo nhau
nòi giống
nòi nào giống ấy
nòng cốt
nòng cột
nòng nọc
nòng nọc đứt đuôi
nòng nực
nòng súng
nóc hờ
nóc nhà
nóc vòm
nói ba láp
nói ba lăng nhăng
nói buông trôi
nói bã bọt mép
nói bóng
nói bóng gió
nói bóng nói bẩy
nói bóng nói gió
nói bông
nói bẩy
nói bậy
nói bậy nói bạ
nói bẻm
nói bộ
nói bỡn
nói bừa
nói chen
nói chi
nói cho phải
nói chua
nói chua nói ngoa
nói chung
nói chuyện
nói chuyện gẫu
nói chuyện tầm phào
nói chuyện đường dài
nói chày nói cối
nói chòng
nói chơi
nói chạm nọc
nói chặn
nói chọc
nói chữ
nói cà lăm
nói càn
nói cách khác
nói có sách
nói cạnh
nói cạnh nói khoé
nói của đáng tội
nói cứng
nói dai
nói dai như thừng
nói dóc
nói dông nói dài
nói dơi nói chuột
nói dẻo như kẹo
nói dối
nói dối như cuội
nói dối thành thần
nói dối thò đuôi
nói dối thòi đuôi
nói dựa
nói dựa nói dẫm
nói gay
nói giàn cung mây
nói gióng một
nói giùm
nói giúp
nói giấu
nói giễu
nói giời nói đất
nói giỡn
nói gì
nói gì thì nói
nói gạt
nói gần nói xa
nói gẫu
nói gở
nói hay
nói hoẹt
nói hươu nói vượn
nói hộ
nói hớ
nói hớt
nói khan nói vã
nói khoác
nói khoác gặp dịp
nói khoác gặp thời
nói khoác nói lác
nói kháy
nói khéo
nói khó
nói không
nói không nói có
nói không ra hơi
nói leo
nói liều
nói luôn mồm
nói là
nói lái
nói láo
nói lên
nói lí
nói lóng
nói lót
nói lơ lớ
nói lưỡng
nói lảng
nói lấy nói để
nói lấy được
nói lầm
nói lẩy
nói lẫn
nói lẫy
nói lắp
nói lếu
nói lếu nói láo
nói lịu
nói lọn
nói lối
nói lớ
nói lửng
nói miệng
nói mát
nói mép
nói mê
nói mò
nói móc
nói mơ
nói mỉa
nói mỏi mồm
nói ngang
nói ngoa
nói ngon nói ngọt
nói ngông
nói ngả nói nghiêng
nói ngẫu
nói ngọng
nói ngọt
nói ngổ
nói nhát gừng
nói nhăng
nói nhăng nói cuội
nói như chém gạch
nói như khướu
nói như rồng cuốn
nói như thánh phán
nói như trạng
nói như tép nhảy
nói như văn sách
nói như vạc mặt
nói như vẹt
nói nhảm
nói nhảm nói nhí
nói nhịu
nói nhỏ
nói này nói nọ
nói năng
nói nặng nói nhe
nói phiếm
nói phách
nói phét
nói phét thành thần
nói phải
nói qua
nói quanh
nói quanh nói co
nói quấy nói quá
nói ra
nói ra nói vào
nói riêng
nói rào
nói rã bọt mép
nói rõ
nói rước
nói rỉa
nói sai
nói suông
nói sòng
nói sõi
nói sùi bọt mép
nói sảng
nói thác
nói thách
nói thánh nói tướng
nói thánh tướng
nói thầm
nói thật
nói thật mất lòng
nói thẳng
nói toạc
nói toạc móng heo
nói toẹt
nói trây
nói trước quên sau
nói trại
nói trạng
nói trắng
nói trắng ra
nói trống
nói trống không
nói trổng
nói trộm bóng
nói trộm vía
nói trời nói đất
nói tướng
nói tục
nói tức
nói vu vơ
nói vun vào
nói vuốt đuôi
nói vã bọt mép
nói vơ vào
nói với đầu gối
nói vợ
nói vụng
nói xa
nói xa nói gần
nói xàm
nói xấu
nói xỏ
nói điêu
nói điêu nói toa
nói đua
nói đãi bôi
nói đè chừng
nói đông nói tây
nói đùa
nói đúng ra
nói đơm nói đặt
nói đổng
nói đớt
nói đứng dựng ngược
nón bài thơ
nón chân tượng
nón chóp
nón cời
nón cời áo rách
nón cụ
nón cụt
nón dấu
nón dứa
nón gò găng
nón gõ
nón gỗ
nón lá
nón lông
nón mê
nón nghệ
nón ngựa
nón nhọt
nón quai thao
nón thúng
nón thúng quai thao
nón tu lờ
nóng bỏng
nóng bức
nóng bừng
nóng chảy
nóng chảy mỡ
nóng giận
nóng gáy
nóng hâm hấp
nóng hôi hổi
nóng hầm hập
nóng hổi
nóng hừng hực
nóng lòng
nóng lòng sốt ruột
nóng mắt
nóng mặt
nóng ngốt
nóng như hòn than
nóng như lửa
nóng như lửa cháy
nóng như trương phi
nóng như đổ lửa
nóng nảy
nóng nẩy
nóng nực
nóng ran
nóng ruột
nóng rẫy
nóng rực
nóng sáng
nóng sốt
nóng tiết
nóng tính
nóng vội
nóng ăn
nóng đầu
nóng đỏ
nót toạc móng heo
nô bộc
nô dịch
nô dịch hóa
nô en
nô giỡn
nô lệ
nô lệ hoá
nô lệ hóa
nô nức
nô thần
nô tì
nô đùa
nôm na
nôn khan
nôn mửa
nôn nao
nôn nghén
nôn nóng
nôn nả
nôn ruột
nôn thốc nôn tháo
nôn ọe
nông choèn
nông choèn choẹt
nông choèn nông choẹt
nông choẹt
nông chính
nông công nghiệp
nông cạn
nông cống
nông cụ
nông dân
nông dược
nông gia
nông giang
nông hoá học
nông hóa học
nông hạ
nông học
nông hộ
nông hội
nông lâm
nông lâm ngư nghiệp
nông lịch
nông nghiệp
nông nhàn
nông như đĩa đèn
nông nô
nông nại
nông nổi
nông nỗi
nông phu
nông phẩm
nông phố
nông sơn
nông sản
nông sờ
nông tang
nông thôn
nông thượng
nông thịnh
nông tiến
nông trang
nông trang tập thể
nông trang viên
nông trí cao
nông trường
nông trường bộ
nông trường chiềng ve
nông trường mộc châu
nông trường quốc doanh
nông trại
nông tồn phúc
nông văn vân
nông vận
nông vụ
nông địa học
nõ nường
nõ điếu
nõn nà
nõn nường
nùng an
nùng cháo
nùng dýn
nùng giang
nùng inh
nùng khèn lài
nùng lòi
nùng nàng
nùng nục
nùng phàn sình
nùng quý rỵn
nùng tùng slìn
nùng xuồng
núa ngam
núc nác
núc ních
núc ních nục nịch
núi biêu
núi băng
núi cách sông ngăn
núi hồng
núi lịch
núi lửa
núi mẹ bồng con
núi ngũ hành
núi non
núi non bộ
núi non nước
núi rừng
núi sông
núi sông cách trở
núi sập
núi thành
núi tô
núi tượng
núi xương sông máu
núi đôi
núi đền hùng
núm vú
núng na núng nính
núng nính
núng thế
núp bóng
núp bóng tùng quân
nút bấm
nút gạc
nút áo
năm ba
năm bà ba chuyện
năm bè bảy búi
năm bè bảy bối
năm bảy
năm bữa nửa tháng
năm canh
năm cha ba mẹ
năm châu bốn biển
năm chờ tháng đợi
năm cùng tháng tận
năm dương lịch
năm hạn
năm hết tết đến
năm học
năm kia
năm kìa
năm kìa năm kịa
năm lần bảy lượt
năm lừa bảy lọc
năm mây
năm mươi
năm mặt trời
năm một
năm mới
năm mới năm me
năm nay
năm ngoái
năm ngày ba tật
năm ngân sách
năm người mười làng
năm nhuận
năm năm
năm nắng mười mưa
năm nắng mười sương
năm qua
năm tao bảy tiết
năm tao bảy tuyết
năm thiên văn
năm tháng
năm thê bảy thiếp
năm thì mười hoạ
năm trường
năm tuổi
năm tài chính
năm tới
năm vũ trụ
năm xung tháng hạn
năm xuân phân
năm xưa
năm ánh sáng
năm âm lịch
năm đợi mười chờ
năm đợi tháng chờ
năn nỉ
năng hát năng hay
năng học
năng khiếu
năng lượng
năng lượng hạt nhân
năng lượng học
năng lực
năng lực sản xuất
năng mưa đắp đổi
năng nhặt chặt bị
năng nổ
năng suất
năng tắm năng mát
năng động
năng động tính
nũng nịu
nơi nao
nơi nơi
nơi nới
nơi ăn chốn ở
nơm nớp
nưng niu
nương bóng
nương cậy
nương long
nương mình
nương mạ
nương nhẹ
nương nhờ
nương nhờ cửa phật
nương náu
nương nương
nương rẫy
nương tay
nương theo
nương thân
nương tử
nương tựa
nước biếc non xanh
nước bài
nước bí
nước bóng
nước bọt
nước cam
nước canh
nước chanh
nước chè
nước chè hai
nước chín
nước chạt
nước chảy bè trôi
nước chảy bèo trôi
nước chảy chỗ trũng
nước chảy hoa trôi
nước chảy ngược
nước chảy đá mòn
nước chấm
nước chậm phát triển
nước cái
nước cả ao sâu
nước cất
nước cốt
nước cốt dừa
nước cờ
nước cứng
nước da
nước da bánh mật
nước dãi
nước dùng
nước dương
nước dẫy sóng dồi
nước dừa
nước giải
nước giải khát
nước gạo
nước gội đầu
nước hai
nước hoa
nước hoãn xung
nước hàng
nước hãm
nước javel
nước khe chè núi
nước khoáng
nước kiệu
nước loạn
nước lã
nước lã ao bèo
nước lã người dưng
nước lã ra sông
nước lèo
nước lên
nước lũ
nước lạnh
nước lọ cơm niêu
nước lọc
nước lớn
nước lớn đò đầy
nước lợ
nước lửa
nước miếng
nước màu
nước máy
nước mây
nước mô
nước mũi
nước mưa
nước mất nhà tan
nước mắm
nước mắm nhỉ
nước mắt
nước mắt chảy xuôi
nước mắt cá sấu
nước mắt lưng tròng
nước mắt mồ hôi
nước mắt như mưa
nước mắt đầm đìa
nước mặn
nước mặn đồng chua
nước mẹ
nước mẹ gì
nước mềm
nước ngoài
nước ngầm
nước ngọt
nước nhà
nước nhược non bồng
nước non
nước non gì đâu
nước nôi
nước nặng
nước phép
nước ròng
nước rông
nước rút
nước rặc
nước sôi lửa bỏng
nước sông công lính
nước sông gạo chợ
nước sơn
nước sạch
nước thuốc
nước thuỷ
nước thánh
nước thải
nước thẳm non xa
nước tiểu
nước trà
nước trôi hoa rụng
nước trước
nước trắng
nước tóc
nước vo gạo
nước vàng
nước vôi
nước vối
nước vỡ bờ
nước xuýt
nước xuống
nước xáo
nước xốt
nước ép
nước ót
nước ăn
nước đang phát triển
nước đá
nước đái
nước đái quỷ
nước đã đánh phèn
nước đôi
nước đại
nước đọng ao tù
nước đổ lá khoai
nước đổ lá môn
nước đổ đầu vịt
nước độc
nước độc ma thiêng
nước đời
nước đời nhà ai
nước đục bụi trong
nước đục thả câu
nước đứng
nước ốc
nước ối
nướng lụi
nướng trui
nườm nượp
nạ dòng
nại chứng
nạn dân
nạn nhân
nạo hút
nạo ruột nạo gan
nạo thai
nạo tiền
nạo vét
nạo óc
nạp thái
nạp điện
nạp đạn
nạt nộ
nản chí
nản lòng
nảy lộc đâm chồi
nảy lửa
nảy mầm
nảy nòi
nảy nở
nảy sinh
nảy tài
nảy tài sai lộc
nảy đom đóm
nấc cụt
nấc nở
nấm bẹn
nấm chổi
nấm cũ
nấm da
nấm gỉ
nấm hương
nấm lim
nấm lõ chó
nấm lùn
nấm men
nấm mèo
nấm mả
nấm mốc
nấm mồ
nấm mồng gà
nấm rơm
nấm rạ
nấm đất
nấn ná
nấp bóng
nấp bóng tùng quân
nấp bóng ôm chân
nấu bếp
nấu chảy
nấu cơm
nấu nung
nấu nướng
nấu rừ
nấu sử sôi kinh
nấu trắng
nấu ăn
nầm nập
nần nẫn
nẩy mực
nẩy mực cầm cân
nẩy nở
nẩy đom đóm
nẫng nhẹ
nẫng tay trên
nẫu nà
nẫu ruột
nẫu ruột nẫu gan
nắc nẻ
nắc nỏm
nắm bắt
nắm chắc
nắm cổ
nắm giữ
nắm lấy
nắm nắm nớp nớp
nắm sát
nắm tay
nắm vững
nắm đấm
nắm đất
nắm đằng chuôi
nắn bóp
nắn gân
nắn khớp
nắn lưng
nắn nót
nắn xương
nắn điện
nắng cháy lưng
nắng cháy đồi
nắng dầu mưa dãi
nắng giữ mưa gìn
nắng gắt
nắng hanh
nắng hạn
nắng lửa mưa dầm
nắng mưa
nắng mới
nắng nôi
nắng oi
nắng quái
nắng ráo
nắng sương
nắng xiên khoai
nắp ga
nắp mang
nắp ấm
nằm bẹp
nằm bếp
nằm bệt
nằm co
nằm dài
nằm gai nếm mật
nằm giá khóc măng
nằm im
nằm khoèo
nằm khàn
nằm không
nằm khểnh
nằm kềnh
nằm liệt
nằm lì
nằm lòng
nằm lăn
nằm meo
nằm mèo
nằm mê
nằm mơ
nằm mẹp
nằm mốc
nằm mộng
nằm ngang
nằm nghiêng
nằm ngả nằm nghiêng
nằm ngủ
nằm ngửa
nằm ngửa nhổ ngược
nằm ngửa ăn sẵn
nằm nép
nằm nơi
nằm queo
nằm quèo
nằm rạp
nằm rải
nằm sát
nằm sương gối đất
nằm sườn sượt
nằm sượt
nằm sấp
nằm thườn thượt
nằm thượt
nằm thịch
nằm trơ
nằm viện
nằm vùng
nằm vạ
nằm vật
nằm xoài
nằm xuống
nằm ì
nằm úp thìa
nằm ườn
nằn lưng
nằn nèo
nằn nì
nằng nặc
nằng nặng
nặc danh
nặc mùi
nặc nô
nặn chuyện
nặn óc
nặng bồng nhẹ tếch
nặng bụng
nặng cân
nặng căn
nặng gánh
nặng gánh tương tư
nặng hơi
nặng hột
nặng kí
nặng lãi
nặng lòng
nặng lời
nặng mày nặng mặt
nặng mình
nặng mùi
nặng mặt
nặng nghiệp
nặng như chì
nặng như cùm
nặng như đá
nặng như đá đeo
nặng nhẹ
nặng nhọc
nặng nề
nặng nợ
nặng nợ má đào
nặng tai
nặng tay
nặng thề
nặng trình trịch
nặng trĩu
nặng trịch
nặng tình
nặng vía
nặng è
nặng è cổ
nặng đầu
nẻo đường
nếm mùi
nếm mật nằm gai
nếm trải
nếm đòn
nến đánh lửa
nếp chiêm
nếp con
nếp cuộn
nếp cái
nếp cái hoa vàng
nếp cũ
nếp cẩm
nếp nhà
nếp nhăn
nếp quýt
nếp sống
nếp sống mới
nếp tẻ
nếp tử
nết na
nếu cần
nếu không
nếu mà
nếu như
nếu thế
nếu vậy
nề hà
nề nếp
nền móng
nền nã
nền nếp
nền trời
nền tảng
nể lòng
nể lời
nể mặt
nể nang
nể nả
nể sợ
nể trọng
nể vì
nệ cổ
nệm lá sách
nỉ non
nịch tử
nịch ái
nịnh bợ
nịnh hót
nịnh mặt
nịnh nót
nịnh nọt
nịnh thần
nịnh thần ôm váy
nịnh tính
nịnh đầm
nịt vú
nọ kia
nọ là
nọc bệnh
nọc cổ
nọc độc
nỏ lẹ
nỏ miệng
nỏ mồm
nỏ nang
nốc ao
nối bước
nối dài
nối dòng
nối dòng thư hương
nối dõi
nối giáo cho giặc
nối gót
nối khố
nối kết
nối liền
nối lại
nối lời
nối lời nước non
nối nghiệp
nối ngôi
nối sau
nối tay
nối thơ
nối tiếp
nối điêu
nối đuôi
nốt ngân
nốt nhạc
nốt ruồi
nốt ruồi son
nốt rễ
nốt sần
nốt tròn
nốt trắng
nốt đen
nồi ba
nồi ba mươi
nồi bảy
nồi chõ
nồi chưng
nồi chỉ
nồi cơm điện
nồi cất
nồi cổ cong
nồi da nấu thịt
nồi hai
nồi hơi
nồi hấp
nồi hầm
nồi lò
nồi mười
nồi niêu
nồi nào vung ấy
nồi rang
nồi rót
nồi supde
nồi tròn vung méo
nồi áp suất
nồi đáy
nồi đình
nồi đồng cối đá
nồng cháy
nồng hậu
nồng nhiệt
nồng nàn
nồng nã
nồng nặc
nồng nỗng
nồng nực
nồng thắm
nồng đượm
nồng độ
nồng ấm
nổ bùng
nổ chậm
nổ cướp
nổ máy
nổ mìn
nổ như pháo rang
nổ ran
nổ súng
nổ tung
nổi bật
nổi bềnh
nổi bệnh
nổi bọt
nổi chìm
nổi cáu
nổi cơ đồ
nổi cơn
nổi cộm
nổi danh
nổi doá
nổi dậy
nổi giận
nổi gân
nổi hiệu
nổi hạt
nổi khùng
nổi loạn
nổi lên
nổi lềnh bềnh
nổi lửa
nổi máu tam bành
nổi nhà
nổi như cồn
nổi nhọt
nổi nênh
nổi nóng
nổi rõ
nổi sùng
nổi tam bành
nổi tiếng
nổi trận lôi đình
nổi trội
nổi tình mây mưa
nổi xung
nổi điên
nổi đoá
nổi đám
nổi đình đám
nỗ lực
nỗi lòng
nỗi mình
nỗi nhà
nỗi nhục
nỗi niềm
nỗi này
nỗi nước này
nỗi oan
nỗi riêng
nộ khí
nộ khí xung thiên
nộ nạt
nội ban
nội biến
nội bào
nội bộ
nội chiến
nội chính
nội chất
nội cung
nội các
nội công
nội công ngoại kích
nội cảnh
nội cỏ
nội dung
nội duệ
nội dưỡng
nội dịch
nội gia ngoại viên
nội giao
nội giám
nội gián
nội gián phân
nội hiện
nội hoàng
nội hoá
nội hoạ
nội hoạn
nội hàm
nội hóa
nội hôn
nội hạch
nội hợp
nội khoa
nội khoá
nội khóa
nội ký sinh
nội loạn
nội lưu
nội lực
nội mô
nội mật viện
nội ngoại
nội nguyên tử
nội nhân
nội nhũ
nội nhập
nội nhật
nội năng
nội phản
nội phục ngoại đồ
nội phủ
nội quan
nội qui
nội quy
nội san
nội sinh
nội soi
nội thuộc
nội thuỷ
nội thành
nội thôn
nội thương
nội thất
nội thần
nội thẩm
nội thẩm kế
nội thị
nội tiêu
nội tiếp
nội tiết
nội tiết học
nội tiết tố
nội trú
nội trị
nội trợ
nội tuyết
nội tâm
nội tình
nội tướng
nội tại
nội tạng
nội tệ
nội tỉnh
nội tộc
nội vụ
nội xâm
nội ô
nội điện
nội đô
nội địa
nội đồng
nội độc tố
nội động
nội động từ
nội ẩm ngoại đồ
nội ứng
nộn nhuỵ
nộp cheo
nộp mình
nộp mạng
nới giá
nới lỏng
nới tay
nới tức
nờm nợp
nở bung
nở dài
nở gan nở ruột
nở hoa
nở hoa kết trái
nở hậu
nở khối
nở mày nở mặt
nở mũi
nở mặt nở mày
nở nang
nở nang mày mặt
nở ngành xanh ngọn
nở như gạo rang
nở như ngô rang
nở ruột nở gan
nở rộ
nở tung
nở từng khúc ruột
nỡ lòng nào
nỡ nào
nỡ tay
nỡ tâm
nợ khê
nợ khống
nợ miệng
nợ máu
nợ mòn con lớn
nợ như chúa chổm
nợ như lông lươn
nợ như tổ đỉa
nợ nước
nợ nần
nợ tang bồng
nợ tiền kiếp
nợ xuýt
nợ đìa
nợ đọng
nợ đời
nụ cà hoa mướp
nụ cười
nụ áo
nụ áo thực
nục huyết
nục nạc
nục nịch
nứa ngộ
nứa tép
nức danh
nức lòng
nức lòng nức chí
nức nở
nức tiếng
nứt bụng
nứt mắt
nứt nanh
nứt nẻ
nứt ruột
nứt rạn
nứt toác
nứt đố đổ vách
nử tử
nửa buổi
nửa chừng
nửa chừng xuân
nửa cung
nửa cân
nửa dơi nửa chuột
nửa hư nửa thực
nửa khóc nửa cười
nửa kí sinh
nửa kín nửa hở
nửa lương
nửa lời
nửa mê nửa tỉnh
nửa mùa
nửa mỡ nửa nạc
nửa mừng nửa lo
nửa ngày
nửa ngô nửa khoai
nửa người nửa ngợm
nửa nạc nửa mỡ
nửa sóng
nửa thành phẩm
nửa thì
nửa thật nửa bỡn
nửa thực nửa hư
nửa tin nửa ngờ
nửa tiền
nửa tình nửa cảnh
nửa tỉnh nửa mê
nửa vời
nửa úp nửa mở
nửa đêm
nửa đêm gà gáy
nửa đùa nửa thật
nửa đường
nửa đường đứt gánh
nửa đời
nửa đời nửa đoạn
nữ anh hùng
nữ binh
nữ bác học
nữ bác sĩ
nữ ca sĩ
nữ cao
nữ chúa
nữ cán bộ
nữ công
nữ công nhân
nữ cứu thương
nữ diễn viên
nữ du kích
nữ dung
nữ giáo sư
nữ giáo viên
nữ giới
nữ hoàng
nữ huấn
nữ hài
nữ hóa
nữ hạnh
nữ học
nữ học sinh
nữ học đường
nữ hộ sinh
nữ hộ sĩ
nữ khuynh
nữ kiệt
nữ kĩ sư
nữ lang
nữ lưu
nữ nghệ sĩ
nữ nhi
nữ nhi ngoại tộc
nữ nhi thường tình
nữ nhân
nữ phi công
nữ phi hành gia
nữ pháo binh
nữ quyền
nữ sinh
nữ sinh viên
nữ sĩ
nữ sắc
nữ sử
nữ thi sĩ
nữ thí sinh
nữ thần
nữ trang
nữ trung
nữ trầm
nữ tu sĩ
nữ tài tử
nữ tì
nữ tính
nữ tùy tùng
nữ tú nam thanh
nữ tướng
nữ tắc
nữ tử
nữ tỳ
nữ văn sĩ
nữ vương
nữ y sĩ
nữ y tá
nữ đồng chí
nữa cơ
nữa khi
nữa là
nữa mai
nữa rồi
nữa thôi
nực cười
nực mùi
nực nội
nựng mùi
nựng nịu
o bế
o mèo
o o
o oe
o ép
oa oa
oa trữ
oai danh
oai hùng
oai linh
oai nghi
oai nghiêm
oai oái
oai phong
oai phong lẫm liệt
oai quyền
oai vũ
oai vệ
oan cừu
oan gia
oan hồn
oan khiên
oan khuất
oan khúc
oan khốc
oan khổ
oan nghiệp
oan nghiệt
oan oan tương báo
oan thị kính
oan thị mầu
oan trái
oan tình
oan uổng
oan vu
oan ức
oang oang
oang oác
oanh ca
oanh kích
oanh liệt
oanh oanh liệt liệt
oanh oách
oanh tạc
oanh yến
oanh yến xôn xao
oe con
oe oe
oe oé
oeng oéc
ohm kế
oi bức
oi khan
oi khói
oi nước
oi oi
oi ả
om kế
om nếp
om om
om sòm
om thòm
om trời
om xương
ong bò vẽ
ong bướm
ong bướm đãi đằng
ong bầu
ong bắp cày
ong chê bướm chán
ong chúa
ong gấu
ong lỗ
ong mật
ong nghệ
ong non ngứa nọc
ong ong
ong qua bướm lại
ong quân
ong ruồi
ong thợ
ong ve
ong vàng
ong vò vẽ
ong vẽ
ong óng
ong đất
ong đực
oong đơ
orăng glai
oxy già
oxy hoá
oàm oạp
oàng oàng
oành oành
oành oạch
oác oác
oái oăm
oán cừu
oán ghét
oán giận
oán hận
oán hờn
oán thán
oán thù
oán trách
oán vưu
oát giờ
oát kế
oé oẹ
oăn oại
oăng oẳnc
oăng oẳng
oải hương
oắt con
oằn lưng
oằn oài
oằn oèo
oằn oại
oẳn tù tì
oặt ẹo
oẻ hoẹ
oẻ họe
pa nô
pa tê
pa tê gan
paulus của
pemanganat kali
pen ti lô lô
permanganat kali
pha ban đầu
pha chế
pha giống
pha hoà
pha loãng
pha lê
pha lửng
pha lững
pha phôi
pha tiếng
pha trò
pha trộn
pha tạp
phai hương nhạt phấn
phai lạt
phai lợt
phai màu
phai mờ
phai nhạt
phai son nhạt phấn
phang phác
phanh ngực
phanh phui
phanh phách
phanh thây
phanh xác
phao câu
phao khí
phao ngôn
phao phí
phao tang
phao tiêu
phao truyền
phau phau
phay pháy
phay phảy
phe cánh
phe giáp
phe lũ
phe phái
phe phảy
phe phẩy
phe đảng
phi anh hùng
phi báo
phi chiến địa
phi chính nghĩa
phi chính phủ
phi chính trị
phi chính trị hóa
phi công
phi công vũ trụ
phi cơ
phi cảng
phi dê
phi giai cấp
phi giác quan
phi giáo hội
phi giáo điều
phi hành
phi hành gia
phi hành vũ trụ
phi hành đoàn
phi hình
phi hình sự hóa
phi hạt nhân
phi hạt nhân hóa
phi kim
phi kim thuộc
phi kinh tế
phi kiếm
phi lao
phi luân
phi lâm sàng
phi lí
phi lý
phi lộ
phi mã
phi mậu dịch
phi nghĩa
phi ngã
phi ngựa
phi nhân
phi nhân hóa
phi phàm
phi pháo
phi pháp
phi phù trí quỉ
phi quân
phi quân sự
phi quân sự hóa
phi sản xuất
phi tang
phi thuyền
phi thương bất phú
phi thường
phi thời gian
phi thực dân hoá
phi thực tại
phi tiêu
phi tiễn
phi truờng
phi trường
phi trọng lượng
phi tư sản hóa
phi tần
phi tội phạm hóa
phi vô sản
phi vụ
phi xuất
phi đao
phi điểu
phi đoàn
phi đạo đức
phi đội
phim hoạt hoạ
phim hoạt hình
phim nhựa
phim nổi
phim thời sự
phim truyền hình
phim truyện
phim trường
phim tài liệu
phim video
phim điện ảnh
phim đèn chiếu
phim ảnh
phin nõn
phinh phinh
phinh phính
phiên bản
phiên chúa
phiên chế
phiên dịch
phiên hiệu
phiên phiến
phiên quốc
phiên thiết
phiên thuộc
phiên thân
phiên ti
phiên toà
phiên trấn
phiên vương
phiên âm
phiêu bạt
phiêu bạt giang hồ
phiêu diêu
phiêu du
phiêu dạt
phiêu dật
phiêu giạt
phiêu linh
phiêu lãng
phiêu lưu
phiêu tán
phiêu đãng
phiếm chỉ
phiếm du
phiếm giao
phiếm luận
phiếm thần luận
phiếm tại
phiếm ái
phiếm đàm
phiếm định
phiến diện
phiến loạn
phiến lá
phiến ma
phiến quân
phiến thạch
phiến động
phiếu bầu
phiếu chuyển
phiếu mẫu
phiền hoa
phiền hà
phiền luỵ
phiền lòng
phiền lụy
phiền muộn
phiền nhiễu
phiền não
phiền phức
phiền toái
phiền tạp
phiệt duyệt
phlắc khlá
pho mát
pho pho
phong ba
phong ba bão táp
phong bao
phong bì
phong bế
phong chức
phong cách
phong cách học
phong cương
phong cảnh
phong cầm
phong dao
phong doanh
phong hoa
phong hoa tuyết nguyệt
phong hoá
phong hàn
phong hóa
phong hội
phong hủi
phong kiến
phong kiến hoá
phong kí
phong kế
phong lan
phong lôi
phong lưu
phong môi
phong nghi
phong nguyệt
phong nhuệ
phong nhã
phong nhị
phong nhụy
phong niên
phong phanh
phong phú
phong quang
phong sương
phong sắc
phong tao
phong thanh
phong thu
phong thuỷ
phong thành
phong thái
phong thánh
phong thư
phong thấp
phong thần
phong thể
phong thổ
phong thủy
phong toả
phong trào
phong trần
phong tình
phong tư
phong tước
phong tặng
phong tỏa
phong tục
phong vân
phong văn
phong vũ
phong vũ biểu
phong vận
phong vị
phong đào
phong đăng
phong đăng hoà cốc
phong địa
phong độ
phong ấn
phong ấp
phoóc xếp
phu bốc vác
phu diễn
phu dịch
phu hồ
phu kíp
phu la
phu lục lộ
phu mỏ
phu nhân
phu phen
phu phụ
phu quân
phu quí phụ vinh
phu quý phụ vinh
phu thê
phu trạm
phu tử
phu xe
phu xướng phụ tuỳ
phu xướng phụ tòng
phu xướng phụ tùy
phui pha
phun châu nhả ngọc
phun mưa
phun phún
phun trào
phung phá
phung phí
phung phúng
phàm danh tục lợi
phàm dân
phàm là
phàm lệ
phàm nhân
phàm phu
phàm phu tục tử
phàm trần
phàm tục
phàm ăn
phàm ăn phàm uống
phàm ăn tục uống
phàn nàn
phành phạch
phá bĩnh
phá bỏ
phá cách
phá cỗ
phá của
phá dải
phá gia
phá gia chi tử
phá giá
phá giải
phá giới
phá hoang
phá hoại
phá hoẵng
phá huỷ
phá hại
phá hỏng
phá hủy
phá kỉ lục
phá kỷ lục
phá lên cười
phá lưới
phá lệ
phá ngang
phá nghiệp
phá ngầm
phá ngục
phá nương
phá nước
phá phách
phá quấy
phá rào
phá rối
phá sản
phá sập
phá tan
phá thai
phá thế
phá thối
phá trinh
phá trại giam
phá trận
phá tán
phá tân
phá tề trừ gian
phá vây
phá vỡ
phá xa
phá xang
phá án
phá đám
phá đề
phác hoạ
phác họa
phác thảo
phác thực
phác tính
phác đồ
phách lác
phách lạc hồn bay
phách lạc hồn kinh
phách lạc hồn xiêu
phách lối
phách trăng
phách tấu
phái bộ
phái hệ
phái lai
phái mày râu
phái sinh
phái thuốc
phái viên
phái yếu
phái đoàn
phái đẹp
phán bảo
phán quyết
phán sự
phán thán
phán truyền
phán xét
phán xử
phán đoán
phán định
pháo binh
pháo bông
pháo bờ biển
pháo cao xạ
pháo chuột
pháo chà
pháo cối
pháo dây
pháo hiệu
pháo hoa
pháo hạm
pháo kích
pháo lệnh
pháo nổ
pháo phòng không
pháo phản lực
pháo sáng
pháo thuyền
pháo thăng thiên
pháo thủ
pháo tiểu
pháo tre
pháo tép
pháo tự hành
pháo tự động
pháo xiết
pháo xì
pháo xịt
pháo đài
pháo đài bay
pháo đùng
pháo đại
pháo đập
pháo đội
pháo ống lệnh
pháp bảo
pháp bất vị thân
pháp chính
pháp chế
pháp chủ
pháp danh
pháp giới
pháp hình
pháp hóa
pháp học
pháp luật
pháp lí
pháp lý
pháp lệnh
pháp môn
pháp ngữ
pháp nhân
pháp quan
pháp qui
pháp qui hoá
pháp quy
pháp quyền
pháp sư
pháp thuật
pháp thuộc
pháp trường
pháp trị
pháp tuyến
pháp tịch
pháp viện
pháp vân
pháp văn
pháp vũ
pháp y
pháp điển
pháp đàn
pháp đình
pháp định
phát ban
phát binh
phát biểu
phát báo
phát bóng
phát bệnh
phát canh
phát canh thu tô
phát chán
phát chẩn
phát dẫn
phát dục
phát giác
phát hiện
phát hoang
phát hoàn
phát hoả
phát huy
phát hành
phát hình
phát hỏa
phát khiếp
phát khùng
phát kiến
phát lưu
phát lương
phát lộ
phát minh
phát mại
phát nguyên
phát nguyện
phát nguồn
phát ngôn
phát ngôn nhân
phát ngôn viên
phát ngũ sắc
phát nhiệt
phát nương
phát phiền
phát phì
phát phù
phát quang
phát rầu
phát rẫy
phát sinh
phát sáng
phát sóng
phát sùng
phát sầu
phát sốt
phát tang
phát thanh
phát thanh viên
phát thệ
phát tiết
phát triển
phát tuyến
phát tài
phát tán
phát tích
phát tướng
phát vãng
phát vấn
phát xuất
phát xít
phát xít hóa
phát xạ
phát âm
phát điên
phát điện
phát đoan
phát đạt
phát động
phát động quần chúng
phân ban
phân biệt
phân bua
phân bào
phân bì
phân bón
phân bậc
phân bắc
phân bố
phân bổ
phân bộ
phân chi
phân chia
phân chim
phân chuồng
phân chương trình
phân chất
phân cách
phân câu
phân công
phân cấp
phân cấp quản lí
phân cắt
phân cục
phân cực
phân cực kế
phân dị
phân giao
phân gio
phân giác
phân giải
phân giới
phân gà vịt
phân hiệu
phân hoá
phân hoá học
phân hoạch
phân huỷ
phân hạch
phân hạng
phân hệ
phân hội
phân hữu cơ
phân kali
phân khoa
phân khoáng
phân khu
phân khảo
phân khối
phân kì
phân kỳ
phân li
phân liệt
phân loại
phân loại học
phân luồng
phân ly
phân lân
phân lân bông lúa
phân lân thuỷ tinh
phân lân tự nhiên
phân lèn
phân lũ
phân lượng
phân lập
phân lớp
phân lực
phân minh
phân mục
phân ngành
phân nhiệm
phân niệm
phân nửa
phân phát
phân phất
phân phối
phân quyền
phân rác
phân rã
phân rã alpha
phân rã beta
phân suất
phân số
phân số thập phân
phân tay
phân thuỷ
phân thân
phân thùy
phân thế
phân thủy
phân thức
phân thức đại số
phân tiết
phân tranh
phân tro
phân trần
phân trở
phân trụ
phân tuyến
phân tách
phân tán
phân tâm
phân tích
phân tính
phân tính học
phân tươi
phân từ
phân tử
phân tử gam
phân tử gram
phân tử khối
phân tử lượng
phân vai
phân vi lượng
phân viện
phân vua
phân vân
phân vô cơ
phân vôi
phân vùng
phân vị
phân xanh
phân xã
phân xưởng
phân xử
phân điểm
phân đoàn
phân đoạn
phân đôi
phân đạm
phân đạm hai lá
phân đạm một lá
phân định
phân đốt
phân độ
phân đội
phân ưu
phân ước
phân ủ
phây phây
phây phẩy
phè phè
phè phỡn
phèn chua
phèn phi
phèn phẹt
phèn đen
phèn đẹt
phèng la
phèng phèng
phéc mơ tuya
phép biện chứng
phép chia
phép công
phép cưới
phép cộng
phép giải
phép hài thanh
phép khử
phép kéo theo
phép lành
phép mầu
phép nghỉ
phép nhà
phép nhân
phép nước
phép siêu hình
phép thuật
phép thông công
phép thế
phép toán
phép trừ
phép tính
phép tính vi phân
phép tắc
phép vua
phép đo
phép đối xứng
phét lác
phê bình
phê bình văn học
phê chuẩn
phê duyệt
phê phán
phê phán chủ nghĩa
phên giậu
phì cười
phì gia
phì hơi
phì nhiêu
phì nộn
phì phà
phì phà phì phèo
phì phèo
phì phì
phì phò
phì phạch
phì phẹt
phì phị
phì phụt
phì đại
phìa tạo
phình phình
phình phĩnh
phình phịch
phí công
phí của
phí hoài
phí lực
phí phá
phí phạm
phí phạn
phí sức
phí tổn
phím loan
phò chính trừ tà
phò mã
phò tá
phò vua
phòi bọt mép
phòng bệnh
phòng bị
phòng chống
phòng chờ
phòng cơ tích cốc
phòng dịch
phòng gian
phòng giấy
phòng giữ
phòng gĩữ
phòng hoả
phòng hạn
phòng học
phòng họp
phòng hỏa
phòng hộ
phòng hờ
phòng khi
phòng khuê
phòng khách
phòng khám
phòng khánh tiết
phòng không
phòng loan
phòng mạch
phòng mổ
phòng ngủ
phòng ngừa
phòng ngự
phòng nhì
phòng phong
phòng the
phòng thuốc
phòng thành
phòng thân
phòng thí nghiệm
phòng thương mại
phòng thường trực
phòng thủ
phòng trai
phòng trà
phòng trừ
phòng tuyến
phòng tối
phòng văn
phòng vệ
phòng vệ dân sự
phòng xa
phòng ăn
phòng đảng
phòng đảng sâm
phòng độc
phòng đợi
phòng ốc
phó bảng
phó chủ khảo
phó chủ nhiệm
phó chủ tịch
phó giám mục
phó giám đốc
phó giáo sư
phó giáp trạng
phó hiệu trưởng
phó hội
phó hội trưởng
phó kĩ sư
phó lãnh sự
phó lí
phó lý
phó mát
phó mặc
phó ngữ
phó nháy
phó nhậm
phó phòng
phó quan
phó sứ
phó thang đạo hoả
phó thác
phó thương hàn
phó thường dân
phó thống đốc
phó thủ tướng
phó thự
phó ti
phó tiến sĩ
phó trưởng đoàn
phó ty
phó tướng
phó tổng
phó tổng thư kí
phó tổng thống
phó tổng tư lệnh
phó từ
phó viện trưởng
phó văn phòng
phó vương
phó vụ trưởng
phó đô đốc
phón g đại
phóng bút
phóng hoả
phóng khoáng
phóng lãng
phóng pháo
phóng sinh
phóng sét
phóng sự
phóng tay
phóng thanh
phóng thích
phóng tinh
phóng tác
phóng tâm
phóng túng
phóng uế
phóng viên
phóng viên nhiếp ảnh
phóng viên thường trú
phóng xe
phóng xạ
phóng điện
phóng đãng
phóng đại
phô bày
phô của
phô danh
phô diễn
phô phang
phô trương
phô tài
phôi bào
phôi bì
phôi châu
phôi cầu
phôi dâu
phôi học
phôi nang
phôi nhũ
phôi pha
phôi sinh học
phôi thai
phôi vị
phôm phốp
phông chữ
phù bình
phù bạc
phù chú
phù du
phù dung
phù dâu
phù hiệu
phù hoa
phù hoa đô hội
phù hộ
phù hộ độ trì
phù hợp
phù kiều
phù kế
phù lá
phù lá hoa
phù lá hán
phù lá trắng
phù lá đen
phù lưu
phù lảng
phù nguy
phù nề
phù nền
phù phiếm
phù phép
phù phí
phù phù
phù phụt
phù rể
phù sa
phù sinh
phù tang
phù thu lạm bổ
phù thuỷ
phù thuỷ đền gà
phù thũng
phù thế
phù thịnh
phù thủng
phù thủy
phù trì
phù trầm
phù trợ
phù tá
phù voi
phù vân
phù xuất
phù điêu
phù đồ
phù động
phùn phụt
phùng mang trợn mắt
phùng má trợn mắt
phú bẩm
phú cường
phú gia
phú hào
phú hậu
phú hộ
phú hữu
phú lí
phú lích
phú lục
phú nhiêu
phú nông
phú quí
phú quí giật lùi
phú quý
phú quý giật lùi
phú thương
phú tính
phú túc
phú ông
phúc bảy mươi đời
phúc bất trùng lai
phúc bồn tử
phúc chốt
phúc chủ lộc thầy
phúc hoạ
phúc hạch
phúc hậu
phúc khảo
phúc kiến
phúc kích
phúc lành
phúc lộc
phúc lợi
phúc mạc
phúc phận
phúc thư
phúc thần
phúc thẩm
phúc tinh
phúc tra
phúc trình
phúc trạch
phúc tình
phúc tướng
phúc tổ
phúc án
phúc âm
phúc đáp
phúc đẳng hà sa
phúc đức
phúc đức tại mẫu
phúc ấm
phún nham
phún thạch
phún xuất
phúng dụ
phúng phính
phúng viếng
phúng điếu
phút chốc
phút giây
phút đâu
phăm phăm
phăm phắp
phăn phắt
phăng phăng
phăng phắc
phăng teo
phĩnh bụng
phũ phàng
phơ phơ
phơ phất
phơ phớt
phơi bày
phơi màu
phơi nắng
phơi phóng
phơi phới
phơi thây
phơi xác
phơi áo
phơn phớt
phưng phức
phương chi
phương châm
phương cách
phương danh
phương diện
phương diện quân
phương giải
phương hướng
phương hại
phương khuy
phương kế
phương ngôn
phương ngữ
phương ngữ học
phương phi
phương pháp
phương pháp học
phương pháp luận
phương sai
phương sách
phương thuật
phương thuốc
phương thức
phương thức sản xuất
phương tiện
phương trình
phương trình hoá học
phương trình vi phân
phương trưởng
phương trượng
phương trời
phương tây
phương tích
phương tướng
phương viên
phương vị
phương án
phương đông
phước lành
phước đức
phướn đất
phường bát âm
phường chèo
phường hội
phường phố
phường tuồng
phượng chạ loan chung
phượng các
phượng hoàng
phượng liễn
phượng loan
phượng nhỡn
phượng tây
phượng vĩ
phượng đậu cành ngô
phạch phạch
phạm giới
phạm huý
phạm húy
phạm luật
phạm lỗi
phạm nhân
phạm pháp
phạm phòng
phạm qui
phạm quy
phạm thượng
phạm trù
phạm tội
phạm vi
phạm đồ
phạn học
phạn ngữ
phạn điếm
phạt giam
phạt góc
phạt mét
phạt mộc
phạt tiền
phạt tù
phạt vi cảnh
phạt vạ
phạt đền
phả hệ
phả hệ học
phả khuyến
phải ai tai nấy
phải biết
phải bã
phải bùa phải bả
phải bả
phải chi
phải chăng
phải cách
phải cái
phải cái tội
phải duyên
phải duyên phải kiếp
phải duyên phải lứa
phải duyên phải số
phải duyên vừa lứa
phải dấu
phải giá
phải gió
phải giờ
phải gái
phải khi
phải lòng
phải lại
phải lẽ
phải lời
phải lứa
phải lứa vừa đôi
phải lừa
phải môn
phải mặt
phải như
phải phép
phải quấy
phải rồi
phải sao chịu vậy
phải thì
phải thời
phải trái
phải tù
phải tội
phải tội mà
phải vạ
phải vạ mà
phải điều
phải đòn
phải đôi vừa lứa
phải đũa
phải đường
phải đạo
phản biến
phản biện
phản bác
phản bạn
phản bội
phản bội cách mạng
phản chiến
phản chiếu
phản chỉ định
phản chủ
phản chứng
phản cung
phản cách mạng
phản công
phản cảm
phản diện
phản duy lí
phản dân chủ
phản dân hại nước
phản dân tộc
phản gián
phản hiến pháp
phản hạt
phản hồi
phản khoa học
phản kháng
phản kinh tế
phản kích
phản liên
phản loạn
phản lực
phản nghĩa
phản nghịch
phản ngựa
phản phong
phản phong kiến
phản pháo
phản pháo kích
phản phé
phản phúc
phản quang
phản quốc
phản quốc hại dân
phản sư phạm
phản thuyết
phản thân
phản thí dụ
phản thùng
phản thần
phản tiến bộ
phản trắc
phản tuyên truyền
phản tác dụng
phản tặc
phản tỉnh
phản tọa
phản xạ
phản xạ học
phản xạ đồ
phản ánh
phản ánh luận
phản điện động
phản đại chúng
phản đế
phản đề
phản đề nghị
phản đề án
phản đối
phản động
phản ảnh
phản ứng
phản ứng dây chuyền
phản ứng dây truyền
phản ứng hoá học
phản ứng hạt nhân
phản ứng nhiệt hạch
phản ứng phụ
phản ứng quang hoá
phản ứng thế
phảng phất
phấn chấn
phấn hoa
phấn hương
phấn hứng
phấn khích
phấn khởi
phấn màu
phấn nghĩa
phấn nhạt hương phai
phấn phát
phấn rôm
phấn son
phấn sáp
phấn thừa hương cũ
phấn vua lộc nước
phấn đấu
phấp phỏng
phấp phới
phất cờ gióng trống
phất như diều
phất pha phất phơ
phất phơ
phất phới
phất trần
phầm phập
phần cảm
phần cứng
phần góp
phần hoàng
phần hồn
phần lẻ
phần lớn
phần mềm
phần mộ
phần nhiều
phần nào
phần phò
phần phật
phần phụ
phần thưởng
phần trăm
phần tử
phần việc
phần đông
phần ứng
phẩm bình
phẩm chất
phẩm cách
phẩm cấp
phẩm giá
phẩm hàm
phẩm hạnh
phẩm loại
phẩm phục
phẩm tiên
phẩm trật
phẩm tước
phẩm vật
phẩm vị
phẩm đề
phẩy khuẩn
phẫn chí
phẫn khích
phẫn kích
phẫn nộ
phẫn uất
phẫn đèn
phẫu thuật
phẫu thuật viên
phẫu tích
phận bèo
phận bèo mây
phận bạc
phận bạc như vôi
phận bọt bèo
phận bồ
phận cải duyên kim
phận gái chữ tòng
phận hèn
phận hẩm duyên ôi
phận mỏng cánh chuồn
phận mỏng như tờ
phận sự
phận đẹp duyên may
phận ẩm duyên hôi
phận ẩm duyên ôi
phập phà phập phồng
phập phèo
phập phòm
phập phù
phập phềnh
phập phều
phập phồng
phật bà
phật giáo
phật học
phật lòng
phật lăng
phật pháp
phật phờ
phật sống
phật thủ
phật tiền
phật tích
phật tính
phật tổ
phật tử
phật tự
phật ý
phật đài
phật đình
phật đường
phật đản
phẳng lì
phẳng lặng
phẳng phiu
phẳng phắn
phế binh
phế bào
phế bỏ
phế cầu khuẩn
phế dung kí
phế dung kế
phế hưng
phế liệu
phế lập
phế mạc
phế nang
phế nhân
phế nô
phế phẩm
phế phủ
phế quản
phế thải
phế truất
phế trừ
phế tích
phế tật
phế viêm
phế vật
phế vị
phế đế
phề phệ
phềnh phềnh
phều phào
phệ bụng
phệ nệ
phệ phệ
phệnh phạo
phỉ báng
phỉ chí
phỉ chí tang bồng
phỉ dạ
phỉ lòng
phỉ nguyền
phỉ nhổ
phỉ phong
phỉ phui
phỉ sức
phỉnh gạt
phỉnh mũi
phỉnh nịnh
phỉnh phờ
phịu mặt
phọt phẹt
phỏng chừng
phỏng cầu
phỏng dịch
phỏng khi
phỏng lập phương
phỏng sinh học
phỏng thử
phỏng tác
phỏng tính
phỏng vấn
phỏng đoán
phỏng độ
phỏng ước
phố phường
phố xá
phốc hươu
phối chế
phối cảnh
phối ghép
phối giống
phối hợp
phối khí
phối kết hợp
phối liệu
phối màu
phối ngẫu
phối nhạc
phối sắc
phối thuộc
phối trí
phối trợ
phối âm
phốp pháp
phốt pho
phốt phát
phồm phàm
phồn hoa
phồn hoa đô hội
phồn thịnh
phồn thực
phồn tạp
phồn vinh
phồng mang trợn mắt
phồng tôm
phổ biến
phổ cập
phổ dụng
phổ hệ
phổ hệ học
phổ học
phổ kí
phổ nhạc
phổ niệm
phổ quang kế
phổ quát
phổ thông
phổ thông cơ sở
phổ thông trung học
phổ thông đầu phiếu
phổ độ
phổ độ chúng sinh
phổi bò
phổng mũi
phổng phao
phỗng tay trên
phới phới
phớn phở
phớt lạnh
phớt lờ
phớt phơ
phớt qua
phớt tỉnh
phớt đều
phớt đời
phờ phạc
phờ phỉnh
phờ râu
phở nước
phở nạm
phở tái
phở xào
phở xốt vang
phở áp chảo
phởn chí
phởn phơ
phụ bạc
phụ bản
phụ bần
phụ bếp
phụ canh
phụ chánh
phụ chính
phụ chú
phụ chấp
phụ công
phụ cấp
phụ cận
phụ duyên
phụ gia
phụ giáo
phụ giúp
phụ giảng
phụ hoàng
phụ hoạ
phụ huynh
phụ hệ
phụ họa
phụ khoa
phụ khuyết
phụ kiện
phụ liệu
phụ lão
phụ lòng
phụ lục
phụ lực
phụ lực quân
phụ mẫu
phụ nghĩa
phụ nghĩa vong ân
phụ nhân
phụ nữ
phụ phí
phụ phẩm
phụ quyền
phụ rẫy
phụ thu
phụ thuộc
phụ thân
phụ thẩm
phụ tinh đới nguyệt
phụ trách
phụ trái tử hoàn
phụ trương
phụ trội
phụ trợ
phụ tá
phụ tình
phụ tùng
phụ tải
phụ tố
phụ từ
phụ tử
phụ tử tình thâm
phụ vương
phụ vận
phụ xảo
phụ âm
phụ âm hoá
phụ đính
phụ đạo
phụ đề
phụ động
phụ ơn
phụ ước
phục binh
phục chế
phục chức
phục cổ
phục dược
phục dịch
phục hiện
phục hoá
phục hoạt
phục hóa
phục hưng
phục hồi
phục hồn
phục kích
phục linh
phục lăn
phục mệnh
phục nghiệp
phục nguyên
phục phịch
phục quyền
phục quốc
phục sinh
phục sát đất
phục sắc
phục sức
phục thiện
phục thuốc
phục thù
phục thư
phục thần
phục trang
phục tráng
phục tòng
phục tùng
phục tội
phục vi
phục viên
phục vị
phục vụ
phụng chiếu
phụng chỉ
phụng dưỡng
phụng hoàng
phụng mệnh
phụng nghênh
phụng phệu
phụng phịu
phụng sự
phụng thờ
phụng thừa
phủ an
phủ biên tạp lục
phủ bì
phủ chính
phủ diện
phủ doãn
phủ dụ
phủ hầu
phủ nhận
phủ phục
phủ quan
phủ quyết
phủ sóng
phủ thừa
phủ tạng
phủ việt
phủ xanh
phủ đường
phủ đầu
phủ đệ
phủ định
phủ định biện chứng
phủi tay
phủi tay xong chuyện
phủi ơn
phứa phựa
phức chất
phức cảm
phức hệ
phức hợp
phức số
phức tạp
phức tạp hoá
phức điệu
phừn phựt
phừng phừng
phừng phực
pi a nô
pi gia ma
pin khô
pin nhiệt điện
pin quang điện
pom mát
pu nà
pu péo
pu thay
pu thênh
puốc boa
pà hưng
pà thẻn
pâu thìn
pê ni xi lin
pê đan
pít tông
pô pơ lin
pơ luya
pơ mu
qua chuyện
qua cầu
qua cầu cất nhịp
qua cầu rút ván
qua cầu thoát nạn
qua loa
qua lâu
qua lại
qua lần
qua lọc
qua lửa
qua mâu
qua mặt
qua ngày
qua ngày đoạn tháng
qua phân
qua quít
qua quýt
qua rào vỗ vế
qua sông
qua sông đến bến
qua thì
qua đò khinh sóng
qua đường
qua đời
quai bị
quai chèo
quai cồng
quai gót
quai hàm
quai mồm
quai nón
quai thao
quai xanh
quai xanh vành chảo
quan bác
quan bán
quan chiêm
quan chiểu
quan chế
quan chức
quan cách
quan cả vạ lớn
quan danh
quan dạng
quan gia
quan giai
quan giới
quan hai lại một
quan hiệu
quan hoa
quan hoài
quan hoá
quan hoả
quan hà
quan hàm
quan hệ
quan hệ sản xuất
quan hệ xã hội
quan họ
quan khách
quan lang
quan liêu
quan liêu hoá
quan lãng
quan lại
quan lạn
quan lộ
quan lộc
quan lớn
quan lục
quan ngại
quan nha
quan niệm
quan pháp như lôi
quan pháp vô thân
quan phòng
quan phương
quan phụ mẫu
quan quyền
quan quân
quan quả cô đơn
quan san
quan san muôn dặm
quan sát
quan sát viên
quan sơn
quan sơn nghìn dặm
quan tha ma bắt
quan tham lại nhũng
quan thiết
quan thoại
quan thuế
quan thầu sán
quan thầy
quan thị
quan tiền
quan toà
quan trường
quan trắc
quan trọng
quan trọng hoá
quan trọng hóa
quan tài
quan tái
quan tâm
quan tòa
quan tư
quan tước
quan tắt
quan viên
quan võ
quan văn
quan xa nha gần
quan yếu
quan âm
quan ôn
quan điền
quan điểm
quan điểm lao động
quan điểm lịch sử
quan điểm quần chúng
quan ải
quang bình
quang chu kì
quang châu
quang cảnh
quang cầu
quang dưỡng
quang dầu
quang dẫn
quang gánh
quang hanh
quang hiển
quang hoạt
quang huy
quang hán
quang hình học
quang hóa
quang hóa học
quang húc
quang hưng
quang hướng động
quang hệ
quang học
quang hợp
quang khải
quang kim
quang kế
quang lang
quang liệu pháp
quang long
quang lâm
quang lịch
quang lộc
quang minh
quang minh chính trực
quang minh chính đại
quang nhân
quang ninh
quang năng
quang phong
quang phát quang
quang phân
quang phú
quang phúc
quang phản ứng
quang phổ
quang phục
quang quác
quang quẻ
quang sai
quang sinh học
quang sơn
quang thiện
quang thuận
quang thành
quang thông
quang thịnh
quang tiến
quang trung
quang trọng
quang tuyến
quang tâm
quang tổng hợp
quang từ
quang tử
quang vinh
quang xúc tác
quang yên
quang âm
quang điện
quang đãng
quang độ
quang ứng động
quanh co
quanh năm
quanh năm suốt tháng
quanh quanh
quanh queo
quanh quánh
quanh quéo
quanh quất
quanh quẩn
quanh đi quẩn lại
quau có
quay chuyển
quay cuồng
quay cóp
quay giáo
quay gót
quay lơ
quay lưng
quay lại
quay ngoắt
quay ngửa
quay như chong chóng
quay phim
quay phải
quay phắt
quay quoắt
quay quắt
quay ráo
quay sơn
quay sấp
quay thua đáo gỡ
quay trái
quay trượt
quay tít
quay tít mù tắp
quay tít thò lò
quay tơ
quay vòng
quay đi
quay đĩa
quay đơ
que chọc lò
que cời
que diêm
que hàn
que móc
que ngoáy
que rẽ
que thăm
que đan
que đun nước
quen biết
quen dạ
quen hơi
quen hơi bén giọng
quen hơi bén tiếng
quen hơi thuộc nết
quen lệ
quen mui
quen mắt
quen mặt
quen mặt cắn đau
quen mặt cắt đau
quen mặt đắt hàng
quen như cơm bữa
quen nết
quen quen
quen quén
quen tai nhẵn mặt
quen tay
quen tay hay việc
quen thuộc
quen thân
quen thói
quen thói bốc rời
quen việc
quen ăn bén mùi
queng quéc
queo quắt
queo râu
qui bản
qui chính
qui chế
qui cách
qui công
qui củ
qui hoạch
qui hàng
qui kết
qui liệu
qui luật
qui mô
qui ninh
qui nạp
qui oán
qui phạm
qui phật
qui phục
qui thiên
qui thuận
qui thân
qui tiên
qui trình
qui tập
qui tắc
qui tắc tam suất
qui tội
qui tụ
qui vĩ
qui y
qui đầu
qui định
qui đồng mẫu số
qui đổi
qui ước
quy bản
quy chiếu
quy chuẩn
quy chính
quy chế
quy chụp
quy cách
quy cách hoá
quy công
quy củ
quy hoá
quy hoạch
quy hoạch vùng
quy hoạch đô thị
quy hàng
quy hướng
quy hậu
quy kết
quy kỳ
quy luật
quy lát
quy mô
quy mông
quy nhơn
quy ninh
quy nạp
quy phạm
quy phạm pháp luật
quy phục
quy thuận
quy thân
quy tiên
quy trình
quy tì
quy tập
quy tắc
quy tắc tam suất
quy tội
quy tụ
quy vĩ
quy y
quy điền
quy đầu
quy định
quy đồng mẫu số
quy đổi
quy đức
quy ước
quyên giáo
quyên góp
quyên sinh
quyến anh rủ yến
quyến cố
quyến dỗ
quyến dụ
quyến gió rủ mây
quyến luyến
quyến rũ
quyến thuộc
quyết chiến
quyết chiến quyết thắng
quyết chiến điểm
quyết chí
quyết chí bền gan
quyết khoa
quyết kế thừa cơ
quyết liệt
quyết minh
quyết nghị
quyết nhiên
quyết sinh
quyết sách
quyết thắng
quyết thực vật
quyết tiến
quyết toán
quyết tâm
quyết tâm thư
quyết tình
quyết tử
quyết ý
quyết đoán
quyết đoán luận
quyết đấu
quyết định
quyết định luận
quyền anh
quyền binh
quyền biến
quyền bính
quyền cao chức trọng
quyền cao lộc hậu
quyền cao lộc trọng
quyền công dân
quyền cước
quyền cả vạ lớn
quyền gian
quyền giả vạ thật
quyền huynh thế phụ
quyền hành
quyền hạn
quyền lợi
quyền lực
quyền môn
quyền mưu
quyền nghi
quyền nhiếp
quyền năng
quyền quí
quyền quý
quyền rũ
quyền rơm vạ đá
quyền sinh quyền sát
quyền sở hữu
quyền thu quyền bổ
quyền thu quyền phát
quyền thuật
quyền thần
quyền thế
quyền uy
quyển bá
quyển khí
quyển lửa
quyển nước
quyển nặng
quyển sinh vật
quyển sắc
quà biếu
quà bánh
quà cáp
quà sáng
quà tết
quài cang
quài nưa
quàng chân lên cổ
quàng quạc
quàng xiên
quành quạch
quàu quạu
quày quày
quày quạy
quày quả
quá bán
quá bạo
quá bằng
quá bộ
quá bội
quá bữa
quá cha
quá chén
quá chén mềm môi
quá chừng
quá cảnh
quá cố
quá cỡ
quá giang
quá giấc
quá giận mất khôn
quá giờ
quá hạn
quá khích
quá khẩu thành tàn
quá khổ
quá khứ
quá lắm
quá lắm chỉ
quá lời
quá lứa
quá lứa lỡ thì
quá lửa
quá mù ra mưa
quá mức
quá ngán
quá nhiệt
quá niên
quá nén
quá nửa
quá quan
quá quắt
quá sá
quá sức
quá ta
quá tam ba bận
quá tay
quá thể
quá trình
quá trình công nghệ
quá trớn
quá trời
quá trời quá đất
quá tải
quá tội
quá vãng
quá xá
quá đa
quá đi chứ
quá đà
quá đáng
quá đỗi
quá độ
quá ư
quác quác
quách hữu nghiêm
quách phẩm
quách quỳ
quách đình bảo
quái dị
quái gở
quái lương xế
quái lạ
quái quỉ
quái quỷ
quái thai
quái thai học
quái tượng
quái vật
quái ác
quái đản
quán chỉ
quán cóc
quán cơm
quán hành
quán lào
quán ngữ
quán nước
quán quân
quán rượu
quán sở lầu tần
quán thánh
quán thông
quán thế
quán toan
quán triều
quán triệt
quán trọ
quán trữ
quán tính
quán tẩy
quán từ
quán tự giác
quán xuyến
quán xá
quán ăn
quáng gà
quáng quàng
quánh quánh
quánh quạnh
quát lác
quát mắng
quát tháo
quát thượng quát hạ
quân bài
quân bài lá bạc
quân báo
quân bình
quân bưu
quân bưu viên
quân bản bộ
quân bị
quân ca
quân chu
quân chính
quân chư hầu
quân chư trang
quân chế
quân chủ
quân chủ chuyên chế
quân chủ lập hiến
quân chủng
quân công
quân cơ
quân cảng
quân cảnh
quân cấm vệ
quân cấp
quân cờ
quân cờ trắng
quân cờ vàng
quân cờ đen
quân danh
quân dung
quân dân
quân dân chính
quân dù
quân dược
quân dịch
quân dụng
quân dụng phiếu
quân dự nhiệm
quân gia
quân giới
quân hiệu
quân huấn
quân hàm
quân hành
quân hùng tướng mạnh
quân hạm
quân hồi vô lệnh
quân hồi vô phèng
quân khu
quân khê
quân khí
quân kì
quân kỉ
quân kỳ
quân kỷ
quân luật
quân lính
quân lương
quân lệnh
quân lệnh như sơn
quân lực
quân mã
quân ngũ
quân nhu
quân nhân
quân nhân chuyên nghiệp
quân nhân dự bị
quân nhạc
quân phiệt
quân phong quân kỉ
quân pháp
quân phân
quân phí
quân phục
quân quan
quân quyền
quân quản
quân sĩ
quân sư
quân sư quạt mo
quân số
quân sự
quân sự hoá
quân thanh
quân thiều
quân thiện trạo
quân thân
quân thân vệ
quân thù
quân thần
quân trang
quân trung
quân tình nguyện
quân tịch
quân tứ xương
quân tử
quân tử cố cùng
quân tử nhất ngôn
quân tử phòng thân
quân tử đãi thời
quân uỷ
quân uỷ trung ương
quân viễn chinh
quân vương
quân vụ
quân xa
quân y
quân y sĩ
quân y viện
quân điền
quân điện tiền
quân đoàn
quân địch
quân đội
quân đội nhà nghề
quân đội thường trực
quân ủy
quây quần
quây quẩy
quây ráp
quây tụ
quãng quãng
quãng vắng
què quặt
quèn quèn
quèn quẹn
quèn quẹt
quèo chân
quèo quẹo
quét dọn
quét phăng
quét quáy
quét sạch
quét tước
quét đất
quê cha đất tổ
quê hương
quê hương bản quán
quê khách
quê kiểng
quê kệch
quê kịch
quê mùa
quê một cục
quê mỹ thạnh
quê ngoại
quê người
quê nhà
quê nội
quê quán
quê rích
quê rích quê rang
quê xệ
quên béng
quên bẵng
quên khuấy
quên lãng
quên lửng
quên mình
quên phứt
quên sửng
quên đứt
quí bà
quí báu
quí chức
quí cô
quí danh
quí giá
quí hiếm
quí hoá
quí huynh
quí hồ
quí hữu
quí khách
quí mến
quí nhân
quí nương
quí phi
quí phái
quí quyến
quí quán
quí quốc
quí thu
quí tiện
quí trọng
quí tính
quí tướng
quí tộc
quí tử
quí vật
quí vị
quí xuân
quí ông
quí đệ
quý báo
quý báu
quý châu
quý danh
quý giá
quý giả
quý hiếm
quý hoà
quý hoá
quý hóa
quý hồ
quý hồ tinh
quý khách
quý mến
quý nhân
quý phi
quý phái
quý quyến
quý quân
quý quốc
quý sơn
quý trọng
quý tướng
quý tộc
quý tử
quý vật
quý xa
quýnh quáng
quýnh quýu
quýt làm cam chịu
quăm quắm
quăm quắp
quăm quẳm
quăn queo
quăng quải
quăng thúng đụng nia
quĩ thọ
quĩ tích
quĩ tín dụng
quĩ đen
quĩ đạo
quơ quáo
quạ cái
quạ khoang
quạ mượn lông công
quạ mổ
quạ mổ diều tha
quạ quạ
quạ sắt
quạ đội lông công
quạ đội lốt công
quạc mồm
quạc quạc
quạnh hiu
quạnh quẽ
quạnh vắng
quạt bàn
quạt cánh
quạt cây
quạt gió
quạt giấy
quạt hòm
quạt kéo
quạt lông
quạt lúa
quạt mo
quạt máy
quạt nan
quạt nan có nhài
quạt nồng ấp lạnh
quạt thóc
quạt thước
quạt trần
quạt tàu
quạt vả
quạt điện
quạu cọ
quạu quọ
quả bom
quả bàng
quả báo
quả báo nhãn tiền
quả báo trước mắt
quả bì
quả bóng
quả bất địch chúng
quả bế
quả chuông
quả cánh
quả cân
quả cải
quả cảm
quả cật
quả dâu
quả dục
quả giun
quả hạch
quả học
quả hộp
quả khô
quả kiếp
quả kiếp nhân duyên
quả là
quả lắc
quả lừa
quả mõ
quả mọng
quả nang
quả nhiên
quả nhân
quả nấc
quả phù tang
quả phúc
quả phụ
quả quyết
quả tang
quả thận
quả thật
quả thế
quả thịt
quả thực
quả tim
quả tua
quả tình
quả tó
quả tạ
quả tối
quả tống
quả tụ
quả vậy
quả xanh nanh sắc
quả đấm
quả đất
quả đậu
quải tở
quản bao
quản bào
quản bút
quản bạ
quản ca
quản chi
quản chế
quản công
quản cơ
quản gia
quản giáo
quản gì
quản huyền
quản hạt
quản khoán
quản lí
quản lí nhà nước
quản lý
quản lý nhà nước
quản lễ
quản ngại
quản ngục
quản thúc
quản trang
quản trị
quản tượng
quản voi
quản đạo
quản đốc
quản đồng
quảng an
quảng bá
quảng bác
quảng bình
quảng bạch
quảng bị
quảng canh
quảng chu
quảng châu
quảng chính
quảng cáo
quảng cát
quảng công
quảng cư
quảng giao
quảng hoà
quảng hà
quảng hàn
quảng hùng
quảng hưng
quảng hưng long
quảng hải
quảng hảo
quảng hợp
quảng khê
quảng kim
quảng la
quảng liên
quảng long
quảng lâm
quảng lãng
quảng lĩnh
quảng lưu
quảng lạc
quảng lập
quảng lộc
quảng lợi
quảng minh
quảng nam
quảng nghiệp
quảng nghĩa
quảng nguyên
quảng ngãi
quảng ngạn
quảng ngần
quảng ngọc
quảng nhâm
quảng nhân
quảng ninh
quảng nạp
quảng phong
quảng phú
quảng phú cầu
quảng phúc
quảng phương
quảng phước
quảng sơn
quảng thanh
quảng thuỷ
quảng thành
quảng thái
quảng thạch
quảng thắng
quảng thị
quảng thịnh
quảng thọ
quảng tiên
quảng tiến
quảng trung
quảng trường
quảng trạch
quảng trị
quảng trực
quảng tâm
quảng tân
quảng tây
quảng tín
quảng tính
quảng tùng
quảng uyên
quảng vinh
quảng văn
quảng văn đình
quảng vĩnh
quảng vọng
quảng xuân
quảng xương
quảng yên
quảng điền
quảng đông
quảng đại
quảng đại quần chúng
quảng đại thần thông
quảng đại từ bi
quảng định
quảng đức
quấn mành
quấn quít
quấn quýt
quất hồng bì
quất lưu
quất động
quấy hôi bôi nhọ
quấy nhiễu
quấy nước chọc trời
quấy phá
quấy quá
quấy quả
quấy rầy
quấy rối
quấy đảo
quần anh
quần bò
quần cháo lòng
quần chân áo chít
quần chùng áo dài
quần chúng
quần cư
quần cộc
quần cụt
quần hôn
quần hệ
quần hồng
quần hội
quần hợp
quần jean
quần jin
quần là áo lượt
quần là áo lụa
quần lá toạ
quần lót
quần lạc
quần manh
quần manh áo vá
quần manh áo vải
quần ngư tranh thực
quần ngựa
quần nâu áo vá
quần nâu áo vải
quần nịt
quần phăng
quần quật
quần rộng áo dài
quần soóc
quần tam tụ ngũ
quần thoa
quần thảo
quần thần
quần thể
quần tiên tụ hội
quần tây
quần tụ
quần vợt
quần xà lỏn
quần xã
quần áo
quần đông xuân
quần đùi
quần đảo
quần đảo vân hải
quần ống sớ
quầng cạn tán mưa
quầng hạn tán mưa
quầy quả
quầy quầy
quầy quẫy
quầy quậy
quẩn nghĩ
quẩn quanh
quẩng mỡ
quẫn bách
quẫn trí
quận ba
quận bảy
quận bốn
quận chín
quận chúa
quận công
quận cồ
quận hai
quận huyện
quận lị
quận mười
quận mười hai
quận mười một
quận năm
quận sáu
quận trưởng
quận tám
quận tư
quận uỷ
quận vương
quận đoàn
quận ủy
quật cường
quật khởi
quật ngã
quật quật
quậy phá
quắc hương
quắc mắt
quắc thước
quắp đuôi
quắt quay
quắt queo
quắt quéo
quằm quặm
quằn quèo
quằn quại
quằn quặn
quằn quẹo
quặm quặm
quặm xà mâu
quặn lòng
quặn quẹo
quặn thắt
quặn đau
quặp râu
quặt quẹo
quẹo cọ
quẹt lửa
quẹt máy
quẻ âm dương
quế an
quế biên
quế bì
quế bình
quế chi
quế châu
quế cường
quế dương
quế hiệp
quế hoè
quế hòe
quế lan hương
quế long
quế lâm
quế lưu
quế lộc
quế minh
quế nham
quế nhục
quế ninh
quế nách
quế phong
quế phú
quế phước
quế quan
quế rành
quế rừng
quế sơn
quế thuận
quế thọ
quế trung
quế tâm
quế tân
quế võ
quế xuân
quế đan
quếch quác
quến dỗ
quến rũ
quếnh quáng
quết trầu
quếu quáo
quề quà
quềnh quoàng
quềnh quàng
quều quào
quệch quạc
quệnh quoạng
quệnh quạng
quỉ khốc thần kinh
quỉ kế
quỉ quyệt
quỉ quái
quỉ quái tinh ma
quỉ sứ
quỉ tha ma bắt
quỉ thuật
quỉ thần
quị lụy
quốc biến
quốc bảo
quốc ca
quốc công
quốc công tiết chế
quốc cấm
quốc cữu
quốc doanh
quốc dân
quốc dân đại hội
quốc dân đảng
quốc dụng
quốc gia
quốc gia chủ nghĩa
quốc gia đại sự
quốc giáo
quốc hiệu
quốc hoạ
quốc huy
quốc hận
quốc học
quốc hồn
quốc hồn quốc túy
quốc hội
quốc hữu hoá
quốc hữu hóa
quốc khánh
quốc khố
quốc khố điền
quốc kì
quốc kế
quốc kế dân sinh
quốc kỳ
quốc liên
quốc luật
quốc lão
quốc lập
quốc lễ
quốc lộ
quốc ngữ
quốc nạn
quốc nội
quốc oai
quốc phong
quốc pháp
quốc phòng
quốc phú binh cuờng
quốc phục
quốc sách
quốc sĩ
quốc sư
quốc sắc
quốc sắc thiên hương
quốc sắc thiên tài
quốc sỉ
quốc sử
quốc sử quan
quốc sử quán
quốc sử viện
quốc sự
quốc tang
quốc thiều
quốc thái dân an
quốc thích
quốc thù
quốc thư
quốc thể
quốc thổ
quốc toản
quốc triều hình luật
quốc trái
quốc trưởnc
quốc trưởng
quốc trạng
quốc tuý
quốc tuấn
quốc táng
quốc tính
quốc túy
quốc tế
quốc tế ca
quốc tế chủ nghĩa
quốc tế hoá
quốc tế lao động
quốc tế ngữ
quốc tế vô sản
quốc tệ
quốc tịch
quốc tử giám
quốc việt
quốc văn
quốc vương
quốc vụ khanh
quốc vụ viện
quốc xã
quốc xã hoá
quốc âm
quốc đô
quốc đại
quốc đảo
quới an
quới long
quới sơn
quới thiện
quới thành
quới điền
quờ quào
quờ quạng
quờ quạo
quờ quẩn
quờn quới
quở mắng
quở phạt
quở quang
quở quạng
quở trách
quỳ châu
quỳ gối
quỳ gối cúi đầu
quỳ gối uốn lưng
quỳ gối ôm chân
quỳ hợp
quỳ lạy
quỳnh ba
quỳnh bôi
quỳnh bảng
quỳnh bảo
quỳnh châu
quỳnh côi
quỳnh dao
quỳnh di
quỳnh diện
quỳnh giang
quỳnh giao
quỳnh hoa
quỳnh hoà
quỳnh hoàng
quỳnh hưng
quỳnh hải
quỳnh hậu
quỳnh hồng
quỳnh hội
quỳnh khê
quỳnh lam
quỳnh liên
quỳnh long
quỳnh lâm
quỳnh lôi
quỳnh lưu
quỳnh lương
quỳnh lập
quỳnh lộc
quỳnh mai
quỳnh minh
quỳnh mỹ
quỳnh nghĩa
quỳnh nguyên
quỳnh ngọc
quỳnh nhai
quỳnh phú
quỳnh phương
quỳnh phụ
quỳnh sơn
quỳnh tam
quỳnh thanh
quỳnh thiện
quỳnh thuận
quỳnh thạch
quỳnh thắng
quỳnh thọ
quỳnh trang
quỳnh tân
quỳnh tương
quỳnh vinh
quỳnh văn
quỳnh xuân
quỳnh xá
quỳnh yên
quỳnh đôi
quỵ luỵ
quỷ biện
quỷ khốc thần kinh
quỷ khốc thần sầu
quỷ kế
quỷ quyệt
quỷ quái
quỷ sứ
quỷ sứ nhà trời
quỷ tha ma bắt
quỷ thuật
quỷ thần
quỹ bảo thọ
quỹ tiết kiệm
quỹ tích
quỹ tín dụng
quỹ đen
quỹ đạo
ra bài
ra bảng
ra bẩm vào báo
ra bộ
ra chiều
ra chạm vào đụng
ra chừng
ra cái vẻ
ra cái điều
ra công
ra cấu vào véo
ra da
ra dáng
ra dạ bắc nam
ra giêng
ra gu
ra gì
ra hiệu
ra hán vào hài
ra hè
ra hầu vào hạ
ra hồn
ra khơi
ra kiểu
ra luồn vào cúi
ra lò
ra lòng
ra lườm vào nguýt
ra lệnh
ra miệng
ra màu
ra món ra mớ
ra môn ra khoai
ra mắt
ra mặt
ra mồm
ra mớ ra món
ra ngô ra khoai
ra ngôi
ra ngõ gặp gái
ra người
ra ngẩn vào ngơ
ra ngắm vào vuốt
ra nhẽ
ra oai
ra oai tác quái
ra phá
ra phết
ra quân
ra rià
ra ràn
ra ràng
ra rìa
ra rả
ra sao
ra sống vào chết
ra sức
ra tai
ra tay
ra tay tế độ
ra toà
ra tro
ra trò
ra trận
ra tuồng
ra tòa
ra tấm ra miếng
ra tấm ra món
ra tết
ra viện
ra vào
ra vẻ
ra ý
ra đa
ra đi
ra đi ô
ra điều
ra đám
ra đầu ra đuôi
ra đầu ra đũa
ra đời
ra đụng vào chạm
ra ơn
ra ở riêng
ram rám
ram ráp
ran ran
ran rát
rang rảng
ranh con
ranh giới
ranh khôn
ranh ma
ranh mãnh
ranh như ma
ranh vặt
rao cháo
rao giảng
rao hàng
rau bí
rau bầu đất
rau bẹ
rau bọ xít
rau bồ cóc
rau bợ
rau cao
rau chiên
rau chua
rau cháo
rau chệnh
rau càng cua
rau câu
rau cóc
rau cải
rau cần
rau cần dại
rau cần trôi
rau cần tây
rau cỏ
rau củ khởi
rau diếp
rau diếp cá
rau diếp dại
rau dưa
rau dền
rau dệu
rau dớn
rau dừa bò
rau dừa nước
rau ghém
rau già cá ươn
rau giền
rau húng
rau hến
rau khúc
rau khúc dại
rau khúc tẻ
rau khủ khởi
rau lang
rau lú bú
rau lúi
rau lấp
rau muối
rau muối dại
rau muống
rau muống biển
rau màu
rau má
rau má lông
rau má ngọ
rau má thìa
rau mác
rau mát
rau mùi
rau mùi tàu
rau mũi cày
rau mơ
rau mương
rau mảnh bát
rau nghể
rau ngót
rau ngổ
rau nào sâu ấy
rau quả
rau ráu
rau rút
rau răm
rau rươi
rau sam
rau súng ăn gỏi
rau sạch
rau sắng
rau sống
rau thơm
rau tinh tú
rau trai
rau tàu bay
rau tập tàng
rau xanh
rau xương cá
rau đay
rau đậu
rau đắng
ray rứt
rađiô catxet
ren rén
reng reng
reo hò
reo mừng
reo réo
ri rí
ri rỉ
ri sừng
ri vê
ri đá
ri đô
rin rít
rinh rích
rinh tùng rinh
riu riu
riu ríu
riêng biệt
riêng chung
riêng lẻ
riêng rẽ
riêng tây
riêng tư
riêu cua
riết ráo
riết róng
ro ro
ro ró
roi cặc bò
roi roi
roi rói
roi vọt
rong chơi
rong huyết
rong kinh
rong li
rong lá liễu
rong lươn
rong mái chèo
rong ruổi
rong rêu
rong từ
rong xương cá
rong đuôi chó
rong đầm
ru hời
ru lô
ru mà
ru ngủ
ru rú
run bắn người lên
run lẩy bẩy
run như cầy sấy
run như dẽ
run run
run rẩy
run rủi
run sợ
rung chuyển
rung cảm
rung kế
rung nghiệm
rung rinh
rung rung
rung rúc
rung trời chuyển đất
rung đùi
rung động
ruôn ruốt
ruốc bôi
ruốc bông
ruốc cá
ruốc tôm
ruồi da
ruồi gai
ruồi giòi
ruồi giấm
ruồi lằng
ruồi muỗi
ruồi ngủ
ruồi nhặng
ruồi ong
ruồi phân
ruồi trâu
ruồi xanh
ruồng bỏ
ruồng bố
ruồng rẫy
ruồng rập
ruổi giong
ruổi ngựa
ruổi rong
ruỗng nát
ruộng biên
ruộng bậc thang
ruộng châu phê
ruộng công
ruộng cả ao liền
ruộng hương hoả
ruộng lúa
ruộng muối
ruộng mạ
ruộng nõ
ruộng nương
ruộng rẫy
ruộng rộc
ruộng sâu trâu nái
ruộng trên ao dưới
ruộng vai
ruộng vườn
ruộng đất
ruộng đồng
ruột béo gan mòn
ruột bỏ ngoài da
ruột chay
ruột dư
ruột gan
ruột gan để đâu
ruột già
ruột gà
ruột hồi
ruột khoang
ruột kết
ruột nghé
ruột ngựa
ruột ngựa phổi bò
ruột non
ruột nóng như cào
ruột rà
ruột rầu như dưa
ruột rối bời bời
ruột thẳng
ruột thịt
ruột thừa
ruột tá
ruột tượng
ruột tằm
ruột tịt
ruột xe
ruột đau như cắt
ruột để ngoài da
rà rẫm
rà soát
ràn rạt
ràn rụa
ràng buộc
ràng ràng
ràng rạng
ràng rịt
rành mạch
rành rành
rành rõ
rành rẽ
rành rọt
rành đời
rào chắn
rào giậu
rào giậu ngăn sân
rào rào
rào rạo
rào rạt
rào sau chặn trước
rào sau đón trước
rào trước đón sau
rào đón
rào đường rấp ngõ
rày gió mai mưa
rày nắng mai mưa
rày ước mai ao
rác mắt
rác rưởi
rác rến
rác tai
rác thải
rách bươm
rách mướp
rách như tổ đỉa
rách như xơ mướp
rách nát
rách rưới
rách toạc
rách tơi
rách tươm
rách tướp
rách việc
rái cá
rái cá biển
rám má
rám nắng
rán sành ra mỡ
rán sức
rán xem
ráng sức
ráo hoảnh
ráo mép
ráo riết
ráo trọi
ráo túi
ráp nối
ráp rạp
rát cổ bỏng họng
rát hơi bỏng cổ
rát mặt
rát như phải bỏng
rát ruột
rát ruột như bào
rát ràn rạt
rát rạt
ráu ráu
ráy leo
ráy tai
râm bụt
râm mát
râm ran
râm ri
râm rấp
rân rát
rân rấn
rân trời
râu ba chòm
râu bạc
râu cằm
râu dê
râu hoa kỳ
râu hùm hàm én
râu hầm
râu mày
râu má
râu mèo
râu mép
râu quai nón
râu quặp
râu ria
râu rậm tày chổi
râu trê
râu tóc bạc phơ
râu xồm
rã bè
rã bản
rã bọt mép
rã cánh
rã họng
rã lụt
rã ngũ
rã người
rã rượi
rã rời
rã sòng
rã đám
rãnh trượt
rè rè
rèn cán chỉnh cơ
rèn cặp
rèn giũa
rèn luyện
rèn nguội
rèn nóng
rèn tập
rèn đúc
rèo rẹo
rén bước
rén chiềng
réo nợ
réo réo
réo rắt
rét buốt
rét chết cò
rét cóng
rét căm căm
rét cắt ruột
rét cắt thịt
rét dài
rét lộc
rét mướt
rét ngăn ngắt
rét ngọt
rét như cắt
rét nàng bân
rét thấu xương
rét đài
rên hừ bừ
rên khừ khừ
rên la
rên rẩm
rên rỉ
rên siết
rên xiết
rêu cỏ
rêu lông
rêu nước
rêu phong
rêu phong cỏ mọc
rêu rao
rêu tản
rêu vảy
rì rà rì rầm
rì rào
rì rì
rì rầm
rìa xờm
rình mò
rình rang
rình rình
rình rập
rình rịch
rìu chiến
rí rách
rí rỏm
rích rích
rít răng
ríu cả cẳng
ríu lưỡi
ríu mắt
ríu ra ríu rít
ríu ran
ríu rít
rò rỉ
ròm rõi
ròn rã
ròng rã
ròng ròng
ròng rọc
ròng rọc kép
ró ráy
róc rách
róc xương
róc đời
rón rén
rón rón
rót vào tai
rô bốt
rô manh
rô men
rô nê ô
rô ti
rôm rả
rôm rốp
rôm sảy
rôm trò
rôn rốt
rông càn
rông rổng
rông đen
rõ khéo
rõ mặt
rõ mồn một
rõ như ban ngày
rõ nét
rõ ràng
rõ rành
rõ rệt
rù quến
rù rì
rù rù
rù rờ
rùa hôi
rùa mốc
rùa voi
rùm beng
rùng mình
rùng rùng
rùng rợn
rùng rục
rú rí
rúc kèn
rúc ráy
rúc rích
rúc rỉa
rúc đầu
rúc đầu vào
rúi rụi
rúm ró
rún rẩy
rúng ép
rúng động
rút bớt
rút chạy
rút cuộc
rút cục
rút dây động dừng
rút dây động rừng
rút gân
rút gọn
rút lui
rút lại
rút mủ
rút ngắn
rút phép thông công
rút ruột
rút ruột gan
rút ruột rút gan
rút ruột tơ tằm
rút rát
rút thăm
rút tiền
rút tỉa
rút xương
răm nước
răm rắp
răn bảo
răn rắn
răn đe
răng bàn cuốc
răng bừa
răng chuối tiêu
răng chó
răng cưa
răng cải mả
răng cấm
răng cắn phải lưỡí
răng cối
răng cửa
răng giả
răng hàm
răng hàm nhỏ
răng khôn
răng long đầu bạc
răng móc
răng nanh
răng rắc
răng sữa
răng vẩu
rũ như tàu lá
rũ rượi
rũ rợi
rũ tù
rơ kơi
rơ moóc
rơ ngao
rơ ngao krem
rơi lệ
rơi rớt
rơi rụng
rơi vãi
rơm rác
rơm rạ
rơm rớm
rơn rớt
rưa rứa
rưng rưng
rưng rức
rươm rướm
rương hòm
rước dâu
rước dữ cưu hờn
rước sách
rước xách
rước đèn
rướn cổ
rướn vai
rười rượi
rườm lời
rườm rà
rườm tai
rườn rượt
rường cột
rường mối
rượn cái
rượn đực
rượu bia
rượu bào
rượu chát
rượu chè
rượu chổi
rượu cúc
rượu cần
rượu cẩm
rượu cốt
rượu cồn
rượu khai vị
rượu lê
rượu lậu
rượu lễ
rượu lỗ
rượu mùi
rượu mơ
rượu mạnh
rượu ngang
rượu ngũ gia bì
rượu ngọn
rượu ngọt
rượu nho
rượu nếp
rượu rắn
rượu sớm cờ trưa
rượu sớm trà trưa
rượu thuốc
rượu tăm
rượu tắc kè
rượu vang
rượu vào lời ra
rượu đào
rượu đế
rạc cẳng
rạc người
rạc rài
rạc rời
rạch giá
rạch ròi
rạch sỏi
rạch đôi sơn hà
rạn chân chim
rạn nứt
rạn vỡ
rạng danh
rạng mai
rạng ngày
rạng rỡ
rạng soi
rạng sáng
rạng đông
rạo rạo
rạo rực
rạp chiếu bóng
rạp hát
rạp xiếc
rả rích
rải mành mành
rải rác
rải rắc
rải thảm
rảnh mắt
rảnh nợ
rảnh rang
rảnh rỗi
rảnh tay
rảnh thân
rảnh việc
rảo bước
rảo cẳng
rấm bếp
rấm rứt
rấm vợ
rấn bước
rấn sức
rấp thảm quạt sầu
rất chi là
rất mực
rất đỗi
rầm chìa
rầm rì
rầm rĩ
rầm rầm
rầm rập
rầm rộ
rần rần
rần rần rộ rộ
rần rật
rần rộ
rầu gan nát ruột
rầu lòng
rầu rĩ
rầu rầu
rầy chuyện
rầy la
rầy mặt
rầy nâu
rầy rà
rầy rật
rầy vằn
rầy xanh
rẫy chết
rẫy ruồng
rậm lá
rậm lời
rậm râu
rậm râu sâu mắt
rậm rì
rậm rạp
rậm rật
rậm rịch
rậm rịt
rận chim
rận chó
rận cá
rận gà
rận mu
rận nước
rập khuôn
rập nổi
rập ràng
rập rình
rập rềnh
rập rờn
rập đầu
rắc lây
rắc rắc
rắc rối
rắc rối tơ
rắc rối tơ vò
rắm rít
rắn chắc
rắn câng
rắn cạp nia
rắn cạp nong
rắn cấc
rắn cặp nong
rắn dọc dưa
rắn giun
rắn giáo
rắn gió
rắn hổ lục
rắn hổ lửa
rắn hổ mang
rắn hổ trâu
rắn hổ đất
rắn khôn giấu đầu
rắn lải
rắn lục
rắn lục cườm
rắn lửa
rắn mai gầm
rắn mang bành
rắn mày rắn mặt
rắn mặt
rắn mối
rắn mồng năm
rắn như thép
rắn nước
rắn nẹp nia
rắn phì
rắn ráo
rắn râu
rắn rết
rắn rỏi
rắn trùn
rắn đeo kính
rắn đòn cân
rắn đầu
rắn độc
rắp cung bắn sẻ
rắp mong
rắp ranh
rắp ranh bắn sẻ
rắp tâm
rằn ri
rằn rện
rặt nòi
rẹo rọc
rẻ mạt
rẻ như bèo
rẻ như bùn
rẻ quạt
rẻ rúng
rẻ sườn
rẻ thối
rẻ tiền
rẻo cao
rẻo cẳng
rẽ cho
rẽ cửa chia nhà
rẽ duyên
rẽ dây cương
rẽ mạch
rẽ ngang
rẽ ràng
rẽ ròi
rẽ rọt
rẽ thuý chia uyên
rẽ đôi
rẽ đường ngôi
rếch rác
rết lắm chân
rết tơ
rết đất
rề rà
rề rề
rền rĩ
rền rền
rềnh ràng
rểnh rang
rểnh rảng
rễ bành
rễ bên
rễ bạnh
rễ chùm
rễ con
rễ cái
rễ cọc
rễ cột
rễ củ
rễ giả
rễ phụ
rễ quạch
rễ độc
rệp son
rệp sáp
rệu rã
rệu rạo
rỉ hơi
rỉ răng
rỉ rả
rỉ tai
rỉa lông
rỉa ráy
rỉa rói
rị mọ
rọ mõm
rọ rạy
rọc giấy
rọc phách
rọt rẹt
rỏ dãi
rỏ giọt
rỏ rẻ
rốc két
rốc kết
rối beng
rối bung
rối bét
rối bòng bong
rối bù
rối bời
rối cạn
rối loạn
rối mù
rối mắt
rối như bòng bong
rối như canh hẹ
rối như ruột tằm
rối như tơ vò
rối nùi
rối nước
rối ra rối rít
rối ren
rối ruột
rối ruột rối gan
rối rít
rối rít tít mù
rối rắm
rối tinh
rối tinh rối mù
rối trí
rối tung
rốn bể
rốn bể mò kim
rốn chiêng
rốn lại
rống như bò
rốt bảng
rốt cuộc
rốt cùng
rốt cục
rốt lòng
rốt ráo
rồ dại
rồi nữa
rồi ra
rồi sao
rồi sẽ hay
rồi tay
rồi thì
rồi đây
rồi đời
rồm rộp
rồn rột
rồng bay phượng múa
rồng mây
rồng mây gặp hội
rồng rắn
rồng rồng
rồng đất
rồng đến nhà tôm
rổ rá
rổ rá cạp lại
rổn rảng
rỗ chằng
rỗ hoa
rỗi hơi
rỗi rãi
rỗi việc
rỗng hoác
rỗng không
rỗng như đít bụt
rỗng ruột
rỗng toác
rỗng tuếch
rỗng tuếch rỗng toác
rộ việc
rộc rạc
rộn ràng
rộn rã
rộn rạo
rộn rịch
rộn rịp
rộn rực
rộng bằng bàn tay
rộng bụng
rộng chân
rộng cẳng
rộng huếch
rộng huếch rộng hoác
rộng khắp
rộng khổ
rộng lòng
rộng lượng
rộng lớn
rộng miệng cả tiếng
rộng muối
rộng mở
rộng nhiệt
rộng rinh
rộng rãi
rộng sọ
rộng thùng
rộng thùng thình
rộng ẩm
rột roạt
rột rẹt
rớt dãi
rớt mồng tơi
rờ mó
rờ rẫm
rờ rệt
rờ rỡ
rờ rợ
rời bỏ
rời khỏi
rời miệng
rời mắt
rời non lấp biển
rời ra
rời rã
rời rạc
rời rợi
rời tay
rờm mắt
rờm rà
rờm rợp
rờm tai
rờn rờn
rờn rợn
rởm đời
rởn tóc
rỡ ràng
rợn người
rợn ngợp
rợn rợn
rợn tóc gáy
rợp bóng
rợp trời
rợp đất
rục rịch
rục xương
rụng cải rơi kim
rụng như sung
rụng rốn
rụng rời
rụng trứng
rụng âm
rụp rụp
rụt rè
rụt đầu rụt cổ
rủ lòng
rủ ren
rủ rê
rủ rỉ
rủ rỉ rù rì
rủa mát
rủa ráy
rủa sả
rủi may
rủi ro
rủn chí
rủng ra rủng rỉnh
rủng rảng
rủng rẻng
rủng rỉnh
rứt ruột
rừng chồi
rừng cấm
rừng già
rừng nguyên sinh
rừng nguyên thủy
rừng nho bể thánh
rừng nhám
rừng núi
rừng phòng hộ
rừng rú
rừng rậm
rừng rậm hang sâu
rừng rực
rừng sản xuất
rừng thiêng nước độc
rừng thông
rừng vàng biển bạc
rừng xanh
rừng xanh núi đỏ
rừng đặc dụng
rửa cưa
rửa hờn
rửa mặn
rửa ruột
rửa ráy
rửa sạch
rửa thù
rửa tiền
rửa trôi
rửa tội
rửa ảnh
rửng mở
rửng mỡ
rữa nát
rựa quéo
rực cháy
rực lửa
rực rỡ
rực sáng
sa bàn
sa bình
sa bồi
sa chân
sa chân lỡ bước
sa chân xuống giếng
sa cơ
sa cơ lỡ bước
sa cơ lỡ vận
sa cơ thất thế
sa giông
sa khoáng
sa khương
sa loong
sa lầy
sa lệch
sa mu
sa mày
sa mày nặng mặt
sa môn
sa mù
sa mạc
sa mộc
sa nghĩa
sa ngã
sa nhân
sa nhơn
sa nước mắt
sa pa
sa phin
sa rài
sa sâm
sa sút
sa sơn
sa sả
sa sầm
sa sẩy
sa thạch
sa thải
sa thầy
sa trùng
sa trường
sa đoạ
sa đà
sa đâu ấm đấy
sa đéc
sa đì
sa đít nhện
sa đắm
sa đọa
sai biệt
sai bảo
sai dị
sai dịch
sai hẹn
sai khiến
sai khớp
sai lạc
sai lầm
sai lệch
sai nga
sai ngoa
sai nha
sai nhầm
sai phái
sai phạm
sai suyễn
sai sót
sai số
sai toét
sai trái
sai áp
sam kha
sam mứn
sam sưa
san bằng
san hô
san hô tảng
san lấp
san nhuận
san phẳng
san sá hô
san sát
san sẻ
san đàn
san định
san ủi
sang canh
sang chấn
sang cát
sang hèn
sang hình
sang mạn
sang ngang
sang nhượng
sang năm
sang sáng
sang sảng
sang số
sang sổ
sang sứ
sang sửa
sang tai
sang tay
sang tháng
sang tiểu
sang trang
sang trọng
sang tên
sang đoạt
sang độc
sanh sánh
sanh thành
sao biển
sao băng
sao bản
sao bắc cực
sao bắc thần
sao bắc đẩu
sao bằng
sao cho
sao chép
sao chế
sao chổi
sao chụp
sao cờ
sao diêm vương
sao dời vật đổi
sao hoả
sao hôm
sao hải vương
sao hỏa
sao không
sao kim
sao lãng
sao lục
sao mai
sao mà
sao mộc
sao nhãng
sao nên
sao nỡ
sao phỏng
sao sa
sao sao
sao thiên vương
sao thuỷ
sao thế
sao thổ
sao thủy
sao truyền
sao tua
sao tua rua
sao tẩm
sao vàng
sao vậy
sao y bản chính
sao đang
sao đành
sao đỏ
sao đổi ngôi
sau chót
sau cùng
sau hết
sau lưng
sau này
sau nữa
sau ra
sau rốt
sau sau
sau trước
sau xưa
sau đây
sau đó
sau đại học
say bét nhè
say hoa đắm nguyệt
say khướt
say lử cò bợ
say máu
say mèm
say mèềm
say mê
say mềm
say nhè
say như chết
say như điếu đổ
say nắng
say rượu
say sóng
say sưa
say thuốc
say tít cung thang
say túy lúy
say xỉn
say đắm
se lòng
se lạnh
se mình
se mình se mẩy
se môi
se se
se sua
se sắt
se sẻ
se sẽ
se thắt
sen biển
sen chiểu
sen cạn
sen ngó đào tơ
sen thuỷ
sen tịnh đế
sen vàng
sen vông
sen đầm
seo cờ
seo gà
seo séo
si la
si ma cai
si mê
si ngốc
si sa phìn
si tình
si tô
si tưởng
sin suối hồ
sin sít
sinh ba
sinh bình
sinh bệnh học
sinh ca
sinh chuyện
sinh con đẻ cái
sinh cơ
sinh cơ lập nghiệp
sinh cảnh
sinh diệt
sinh dưỡng
sinh dục
sinh dữ tử lành
sinh giới
sinh hoa kết quả
sinh hoá
sinh hoá học
sinh hoạt
sinh hoạt phí
sinh hàn
sinh hóa
sinh hóa học
sinh hạ
sinh học
sinh học vũ trụ
sinh iý
sinh khoáng
sinh khoáng học
sinh khí
sinh khương
sinh khối
sinh kí thác quy
sinh kí tử qui
sinh kí tử quy
sinh kế
sinh li
sinh li tử biệt
sinh linh
sinh linh đồ thán
sinh long
sinh ly
sinh ly tử biệt
sinh lí
sinh lí học
sinh lý
sinh lý học
sinh lợi
sinh lực
sinh mạng
sinh mệnh
sinh ngữ
sinh nhai
sinh nhiệt
sinh nhật
sinh năm đẻ bảy
sinh nở
sinh nở có thời
sinh phong
sinh phúc
sinh phần
sinh quyền
sinh quyển
sinh quán
sinh quần
sinh ra
sinh sau đẻ muộn
sinh sinh hoá hoá
sinh sát
sinh sôi
sinh sôi nảy nở
sinh súc
sinh sản
sinh sản hữu tính
sinh sản vô tính
sinh sắc
sinh sống
sinh sự
sinh sự sự sinh
sinh thiết
sinh thiềng
sinh thành
sinh thành dưỡng dục
sinh thái
sinh thái cảnh
sinh thái học
sinh thì
sinh thú
sinh thể
sinh thời
sinh thực
sinh thực khí
sinh tiền
sinh trưởng
sinh tư
sinh tố
sinh tồn
sinh tổng hợp
sinh tụ
sinh từ
sinh tử
sinh tử bất kì
sinh tử giá thú
sinh viên
sinh vật
sinh vật học
sinh vật quần
sinh vị
sinh điện
sinh đôi
sinh đẻ
sinh địa
sinh đồ
sinh động
sinhll từ
siêng năng
siêng sắn
siêu bù trừ
siêu bội
siêu cơ thể
siêu cường
siêu cường quốc
siêu cường độ
siêu cảm giác
siêu cấu trúc
siêu dẫn
siêu giai cấp
siêu hiển vi
siêu hiện thực
siêu hìinh học
siêu hình
siêu hình học
siêu hạ giới
siêu hạn
siêu hạng
siêu loại
siêu lộ
siêu lợi nhuận
siêu ngôn ngữ
siêu người mẫu
siêu ngạch
siêu nhiên
siêu nhân
siêu phàm
siêu phản ứng
siêu phức
siêu quần
siêu quần bạt chúng
siêu quần bạt tụy
siêu quốc gia
siêu sao
siêu sinh
siêu sinh tịnh độ
siêu thanh
siêu thoát
siêu thăng
siêu thường
siêu thị
siêu thọ
siêu thực
siêu toán học
siêu trọng tài
siêu tuyệt
siêu tâm lí
siêu tâm lí học
siêu tân tinh
siêu tần
siêu tốc
siêu tự nhiên
siêu vi khuẩn
siêu vi trùng
siêu việt
siêu áp suất
siêu âm
siêu đao
siêu điện thế
siêu đạo
siêu đạo đức
siêu đẳng
siêu đế quốc
siêu độ
siêu độc quyền
siết chặt
siết cạnh
siết tay
siểm nịnh
so bì
so dây
so găng
so gốc rạ
so hơn quản thiệt
so kè
so le
so màu
so mẫu
so ra
so sánh
so tày vót nhọn
so tơ
so vai rụt cổ
so với
so đo
so đũa
so đọ
soi bói
soi bóng
soi cá
soi mói
soi rạng
soi rọi
soi sáng
soi xét
soi đường chỉ lối
soi đường dẫn lối
son phèn
son phấn
son rỗi
son sắt
son sẻ
son trẻ
song an
song biến
song bình
song bản vị
song ca
song công
song cầu khuẩn
song cực
song giang
song giáp
song hành
song hỉ
song hồ
song hữu tỉ
song hỷ
song khê
song khủa
song kiếm
song le
song liễu
song loan
song lãng
song lộc
song mai
song mã
song ngữ
song nhân
song phi
song phú
song phương
song phượng
song phụng
song sa
song sinh
song song
song thai
song the
song thu
song thuận
song thân
song thê
song thất lục bát
song thần
song thị
song tiêu
song tiếp
song tiết
song toàn
song truyền
song trùng
song trùng lãnh đạo
song tuyến
song tấu
song tử diệp
song tử dịệp
song viên
song vân
song âm tiết
song đào
song đường
song đề
song ẩm
soàm soạp
soàn soạt
soái phủ
soái phủ nam kỳ
soán đoạt
soát vé
soát xét
soạn giả
soạn sửa
soạn thảo
su hào
su su
su sê
sui gia
sum họp
sum suê
sum sê
sum vầy
sun vòi
sung chức
sung công
sung huyết
sung mãn
sung quân
sung quỹ
sung sướng
sung sức
sung túc
suy biến
suy bì
suy bại
suy cầu
suy cứu
suy cử
suy di
suy dinh dưỡng
suy diễn
suy giảm
suy gẫm
suy hơn quản thiệt
suy kiệt
suy kém
suy luận
suy lí
suy lí gián tiếp
suy lí trực tiếp
suy lý
suy mòn
suy nghĩ
suy ngẫm
suy nhược
suy nhược thần kinh
suy rộng
suy suyển
suy sút
suy sụp
suy thoái
suy tim
suy tàn
suy tính
suy tôn
suy tư
suy tưởng
suy tị
suy tổn
suy tỵ
suy vi
suy vong
suy xét
suy yếu
suy đi nghĩ lại
suy đi tính lại
suy đi xét lại
suy đoán
suy đốn
suy đồi
suy đồng tính lạng
suôn sắn
suôn sẻ
suông nhạt
suông tình
suý phủ
suýt nữa
suýt soát
suất góp
suất lãi
suất lĩnh
suất lợi nhuận
suất vốn
suất điện động
suất đội
suối bau
suối bu
suối bàng
suối cao
suối cát
suối cẩn
suối dây
suối giàng
suối hiệp
suối khoáng
suối kiết
suối nghệ
suối ngô
suối nho
suối nánh
suối nóng phun
suối nước nóng
suối quyền
suối rao
suối thầu
suối tiên
suối trai
suối tre
suối trầu
suối tân
suối tọ
suối vàng
suối đá
suốt lượt
suốt đời
suồng sã
suỵt soạt
sà bông
sà dề phìn
sà lan
sà lúp
sài cẩu
sài ghẻ
sài giật
sài gòn
sài hồ
sài hồ nam
sài kinh
sài lang
sài mòn
sài sơn
sài đường
sài đất
sài đẹn
sài đồng
sàm báng
sàm ngôn
sàm nịnh
sàm sạm
sàm sỡ
sàn diễn
sàn gác
sàn nhà
sàn nhảy
sàn sàn
sàn sạn
sàn sạt
sàn viên
sàng cát lấy vàng
sàng lọc
sàng ma sáo
sàng sảy
sàng tuyển
sành nghề
sành sanh
sành sỏi
sành sứ
sành ăn
sành điệu
sành điệu nghệ
sào báy
sào huyệt
sào ngắm
sào sạo
sá bao
sá chi
sá cày
sá gì
sá kể
sá nghĩ
sá nào
sá quản
sách chỉ nam
sách công cụ
sách dẫn
sách giáo khoa
sách gối đầu giường
sách lược
sách lược vắn tắt
sách lịch
sách nhiễu
sách phong
sách trắng
sách vở
sách xanh
sách đen
sách đèn
sách đỏ
sái quấy
sái thuận
sám hối
sán bò
sán chay
sán chó
sán chải
sán chỉ
sán dây
sán déo
sán dìu
sán gai
sán khí
sán lá
sán lãi
sán lưỡi
sán lợn
sán máng
sán máu
sán ngái
sán như đỉa đói
sán xơ mít
sáng banh
sáng bong
sáng bóng
sáng bưng
sáng bạch
sáng bảnh
sáng bảnh mắt
sáng bửng tưng
sáng choang
sáng chói
sáng chế
sáng dạ
sáng giá
sáng giăng
sáng hai con mắt
sáng kiến
sáng loà
sáng loáng
sáng loè
sáng loé
sáng láng
sáng lòa
sáng lòe
sáng lóe
sáng lập
sáng lập viên
sáng mai
sáng mắt
sáng nghiệp
sáng ngày
sáng ngời
sáng nhoáng
sáng nhè
sáng như ban ngày
sáng như gương
sáng qua
sáng quắc
sáng ra
sáng ra tối vào
sáng rõ
sáng rực
sáng suốt
sáng sớm
sáng sủa
sáng tai
sáng thiệt mặt
sáng tinh mơ
sáng tinh sương
sáng trí
sáng trăng
sáng trăng suông
sáng trưng
sáng trờ sáng trợt
sáng trợt
sáng tác
sáng tạo
sáng tỏ
sáng ý
sánh bày
sánh bước
sánh duyên
sánh giọng
sánh kịp
sánh phượng
sánh tày
sánh vai
sánh đôi
sáo diều
sáo mép
sáo mòn
sáo mượn lông công
sáo mỏ nhà
sáo mỏ vàng
sáo ngà
sáo ngữ
sáo rỗng
sáo sậu
sáo trúc
sáo đá
sáp nhập
sáp ong
sát cánh
sát cạnh
sát hạch
sát hại
sát hợp
sát khuẩn
sát khí
sát khí đằng đằng
sát nghiệm
sát nhân
sát nhân giả tử
sát nhân thủ tài
sát nhập
sát nách
sát nút
sát phạt
sát sao
sát sinh
sát sàn sạt
sát sườn
sát sạt
sát thát
sát thân
sát thân thành nhân
sát thương
sát thủ
sát trùng
sát địch
sát địch trừ gian
sáu mươi
sâm banh
sâm bố chính
sâm cầm
sâm khoé
sâm lâm
sâm nghiêm
sâm nhung
sâm si
sâm sẩm
sâm thương
sâm thương cách trở
sân bay
sân bãi
sân bóng
sân chơi
sân cỏ
sân gác
sân hoa
sân hoè
sân hòe
sân khấu
sân lai
sân ngô
sân ngọc bội
sân phơi
sân quần
sân quần vợt
sân quế hoè
sân rồng
sân sau
sân si
sân siu
sân sướng
sân thượng
sân trình cửa khổng
sân trời
sân tàu
sân vận động
sâu bạc lạc
sâu bệnh
sâu bọ
sâu bột
sâu cay
sâu cuốn lá
sâu cắn gié
sâu dâu
sâu gai
sâu hiểm
sâu hoáy
sâu hoắm
sâu hun hút
sâu hỏm
sâu keo
sâu kín
sâu lút
sâu lắng
sâu mọt
sâu nhậy
sâu nách
sâu nông
sâu năn
sâu nặng
sâu quảng
sâu róm
sâu răng
sâu rượu
sâu rọm
sâu rộng
sâu sát
sâu sắc
sâu thẳm
sâu tim
sâu vòi voi
sâu vẽ
sâu xa
sâu xám
sâu yên chi
sâu đo
sâu đậm
sâu đặm
sâu độc
sâu đục thân
sây sát
sã cánh
sã suồng
sãi chùa
sãi vãi
sãi đò
sè sè
sè sẽ
sém mặt sém mày
sét đánh lưng trời
sét đánh ngang tai
sét đánh ngang trời
sên lãi
sênh ca
sênh phách
sênh tiền
sêu tết
sì lờ lầu
sì sì
sì sụp
sì sụt
sìi sụp
sìn hồ
sình lầy
sình sịch
sín chéng
sín chải
sín quyền
sín thầu
sính lùng
sính lễ
sính nghi
sính phình
sít răng
sít sao
sít sìn sịt
sít sịt
sò bùn
sò cát
sò huyết
sò lông
sò nứa
sò tim
sò đá
sò đốm
sòm sọm
sòn sòn
sòng bạc
sòng phẳng
sòng sọc
sóc bay
sóc chuột
sóc cảnh
sóc hà
sóc len
sóc sơn
sóc trăng
sóc vọng
sóc đăng
sói biển
sói lang
sóm sém
sóng bạc đầu
sóng cả
sóng cả gió to
sóng cồn
sóng cực ngắn
sóng gió
sóng gợn
sóng hài
sóng héc
sóng khuynh thành
sóng lừng
sóng ngầm
sóng radio
sóng siêu âm
sóng soài
sóng soải
sóng sánh
sóng sượt
sóng thu
sóng thần
sóng to gió cả
sóng to gió lớn
sóng triều
sóng tình
sóng vô tuyến
sóng âm
sóng điện từ
sóng đào
sóng đôi
sóng địa chấn
sót lọt
sót nhau
sô cô la
sô gai
sô vanh
sôi bụng
sôi gan
sôi gan tím mật
sôi kinh nấu sử
sôi máu
sôi nổi
sôi ruột
sôi sùng sục
sôi sục
sôi tiết
sôi động
sông bé
sông bôi
sông băng
sông bằng
sông con
sông cái
sông công
sông cạn đá mòn
sông cầu
sông giang
sông hinh
sông hiên
sông khoai
sông kôn
sông luỹ
sông lô
sông lở cát bồi
sông lở sóng cồn
sông máng
sông mã
sông ngân
sông ngân hà
sông ngòi
sông nhạn
sông núi
sông nước
sông ray
sông sâu nước cả
sông sâu sào ngắn
sông sống
sông thao
sông trầu
sông vệ
sông xoài
sông âm
sông đà
sông đào
sông đốc
sõi đời
sõng soài
sù sì
sù sụ
sùi bọt mép
sùi sùi
sùi sụt
sùm soà
sùm sòa
sùm sụp
sùng bái
sùng bái cá nhân
sùng cổ
sùng kính
sùng là
sùng mộ
sùng ngoại
sùng nhơn
sùng phài
sùng phụng
sùng sũng
sùng sục
sùng thượng
sùng trái
sùng tín
sùng đô
sùng đạo
sú vẹt
súc họng
súc miệng
súc mục
súc sinh
súc sản
súc sắc
súc tích
súc vật
sún răng
súng cối
súng hoả mai
súng hơi
súng hỏa mai
súng khai hậu
súng không giật
súng kíp
súng liên thanh
súng lục
súng máy
súng mút
súng ngắn
súng ngựa trời
súng phun lửa
súng sáu
súng săn
súng thần công
súng tiểu liên
súng trung liên
súng trường
súng tự động
súng đại bác
súng đại liên
súng đạn
súng ống
súp de
súp lơ
sút cân
sút giảm
sút kém
sút người
sút sít
súy phủ
săm lốp
săm se
săm soi
săm sắn
săn bắn
săn bắt
săn gân
săn lùng
săn sóc
săn sắt
săn tin
săn đuổi
săn đón
săng lẻ
săng đay
săng đá
săảm lốp
sĩ diện
sĩ dân
sĩ hai
sĩ hoạn
sĩ khí
sĩ lâm
sĩ phu
sĩ quan
sĩ số
sĩ thứ
sĩ tốt
sĩ tử
sơ bộ
sơ chung
sơ chế
sơ cua
sơ cơm
sơ cảo
sơ cấp
sơ cứng
sơ cứu
sơ giao
sơ giải
sơ giản
sơ giảng
sơ học
sơ học yếu lược
sơ hở
sơ khai
sơ khoáng
sơ khảo
sơ khởi
sơ kiến
sơ kì
sơ kết
sơ kỳ
sơ lược
sơ lậu
sơ mi
sơ múi
sơ nguyệt
sơ ngộ
sơ nhiễm
sơ pai
sơ phạm
sơ phục
sơ qua
sơ sinh
sơ suất
sơ sài
sơ sót
sơ sơ
sơ sẩy
sơ sểnh
sơ sịa
sơ thảo
sơ thẩm
sơ tuyển
sơ tán
sơ yếu
sơ ý
sơ đẳng
sơ đồ
sơ đồ hóa
sơm lâm
sơm sớm
sơn a
sơn an
sơn ba
sơn bao
sơn bình
sơn bằng
sơn ca
sơn cao
sơn cao thuỷ thâm
sơn châu
sơn chín
sơn công
sơn cùng thuỷ tận
sơn cương
sơn cước
sơn cẩm
sơn cẩu
sơn cốc
sơn diêm
sơn dung
sơn dã
sơn dương
sơn dầu
sơn giang
sơn hiệp
sơn hoà
sơn hà
sơn hàm
sơn hào
sơn hào hải vị
sơn hùng
sơn hạ
sơn hải
sơn hệ
sơn hồ
sơn hồng
sơn hội
sơn khê
sơn khê cách trở
sơn kim
sơn kiên
sơn kỳ
sơn la
sơn lai
sơn lam chướng khí
sơn lang
sơn linh
sơn liễu
sơn long
sơn lâm
sơn lót
sơn lôi
sơn lĩnh
sơn lư
sơn lương
sơn lễ
sơn lộ
sơn lộc
sơn mai
sơn minh hải thệ
sơn mài
sơn môn
sơn mùa
sơn mạch
sơn mỹ
sơn nam
sơn nga
sơn nguyên
sơn nham
sơn nhân
sơn ninh
sơn nại
sơn nữ
sơn phong
sơn pháo
sơn phòng
sơn phú
sơn phúc
sơn phước
sơn phố
sơn quang
sơn quang dầu
sơn quân
sơn son thiếp vàng
sơn son thếp vàng
sơn sốc
sơn sống
sơn thanh thuỷ tú
sơn then
sơn thuý
sơn thuỷ
sơn thuỷ hữu tình
sơn thành
sơn thái
sơn thượng
sơn thần
sơn thịnh
sơn thọ
sơn thục
sơn thủy
sơn tinh
sơn tiêu
sơn tiến
sơn trang
sơn trung
sơn trà
sơn tràng
sơn trường
sơn trạch
sơn trại
sơn tuế
sơn tân
sơn tây
sơn tăng
sơn tĩnh
sơn tịnh
sơn vy
sơn văn học
sơn xuyên
sơn xuân
sơn xì
sơn điền
sơn điện
sơn đà
sơn đông
sơn định
sơn đồng
sơn động
sư bà
sư bác
sư cô
sư cụ
sư huynh
sư hổ mang
sư hữu
sư mô
sư mẫu
sư ni
sư nữ
sư phó
sư phạm
sư phụ
sư sinh
sư sãi
sư thúc
sư thầy
sư trưởng
sư tổ
sư tử
sư tử biển
sư tử hà đông
sư vãi
sư ông
sư đoàn
sư đoàn bộ
sư đoàn trưởng
sư đệ
sưng húp
sưng mày sưng mặt
sưng mặt sưng mày
sưng mọng
sưng phù
sưng phổi
sưng sưng
sưng sỉa
sưng tấy
sưng vù
sưng vếu
sưng vều
sưu cao thuế nặng
sưu cầu
sưu dịch
sưu thuế
sưu tầm
sưu tập
sưót mướt
sương giá
sương giáng
sương gió
sương khuê
sương mai
sương muối
sương móc
sương mù
sương nguyệt ánh
sương phong
sương phụ
sương sa hoa nở
sương tuyết
sướng bụng
sướng lắm khổ nhiều
sướng miệng
sướng mạ
sướng mắt
sướng mồm
sướng rơn
sướng tai
sướng tay
sướt da
sướt mướt
sườn cụt
sườn sượt
sườn treo
sường sượng
sưởi nắng
sượng mặt
sượng sùng
sượng trân
sạch bong
sạch bách
sạch bóc
sạch bóng
sạch bóng quân thù
sạch lầu lầu
sạch mắt
sạch như chùi
sạch như lau
sạch nước
sạch nước cản
sạch nợ
sạch nợ tang bồng
sạch nợ đời
sạch quang
sạch ráo
sạch sanh
sạch sành sanh
sạch sẽ
sạch tiếng
sạch trơn
sạch trụi
sạch tội
sạch đẹp
sạm mặt
sạm nắng
sạn mặt
sạn đạo
sạo sạo
sạo sục
sạp hàng
sạt lở
sạt nghiệp
sạt sành
sả rừng
sả thịt lột da
sải cánh
sải tay
sản dịch
sản dục
sản giật
sản hậu
sản khoa
sản lượng
sản nghiệp
sản phẩm
sản phụ
sản sinh
sản vật
sản xuất
sản xuất thiếu
sản xuất thừa
sản ông
sảng khoái
sảng mộc
sảng sảng
sảng sốt
sảng tủng
sảnh đường
sảo thai
sấm chớp
sấm kí
sấm ký
sấm ngôn
sấm ngữ
sấm sét
sấm truyền
sấm vang
sấn sổ
sấp bóng
sấp mày sấp mặt
sấp mặt
sấp ngửa
sấy tóc
sầm dương
sầm sì
sầm sơn
sầm sầm
sầm sẫm
sầm sập
sầm uất
sần mặt
sần sùi
sần sượng
sần sật
sầu bi
sầu khổ
sầu muộn
sầu não
sầu oán
sầu riêng
sầu thành
sầu thảm
sầu thảẳm
sầu tình
sầu tư
sầu tủi
sầu đâu
sầu đông
sầy da tróc vảy
sầy vảy
sẩm tối
sẩy bước
sẩy chân
sẩy miếng
sẩy miệng
sẩy nghé tan đàn
sẩy nồi trôi rế
sẩy quang đứt gánh
sẩy tay
sẩy thai
sẩy đi một tí
sẩy đàn tan nghé
sậm màu
sậm sịch
sậm sựt
sập dù
sập giàn
sập mưa
sập sa
sập sình
sập sùi
sập tiệm
sập tối
sập vàng
sập vạt
sắc bén
sắc chiếu
sắc chỉ
sắc cạnh
sắc cầu
sắc diện
sắc dục
sắc giai
sắc giới
sắc kí
sắc kế
sắc luật
sắc lạp
sắc lẹm
sắc lẻm
sắc lệnh
sắc mạo
sắc mắc
sắc mặt
sắc ngọt
sắc như dao cầu
sắc như nước
sắc nước
sắc nước hương trời
sắc phong
sắc phục
sắc sai
sắc sảo
sắc sắc không không
sắc thuế
sắc thái
sắc tài
sắc tướng
sắc tố
sắc tộc
sắc tứ
sắc áo
sắc điệu
sắc đẹp
sắc độ
sắm nắm
sắm sanh
sắm sửa
sắm vai
sắn bìm
sắn dây
sắn gạo
sắn thuyền
sắn tàu
sắp chữ
sắp hàng
sắp sẵn
sắp sửa
sắp xếp
sắp đặt
sắp đống
sắp ấn
sắt cầm
sắt góc
sắt huyết
sắt móng
sắt non
sắt son
sắt thép
sắt tây
sắt từ
sắt vụn
sắt đanh
sắt điện
sắt đá
sắt động
sắác lệnh
sằng sặc
sẵn có
sẵn dịp
sẵn lòng
sẵn nong sẵn né
sẵn sàng
sẵn tay
sẵp tới
sẵắn lòng
sẵắn sàng
sặc gạch
sặc máu
sặc mùi
sặc sặc
sặc sỡ
sặc sụa
sặc tiết
sặm màu
sặt sành
sặt sặt
sẹo gỗ
sẻ nghé tan đàn
sẻ ngô
sẻ nửa
sẻ sớt
sẻ áo nhường cơm
sẻ đàn tan nghé
sẻ đồng
sẻn so
sẽ biết
sẽ hay
sẽ sàng
sẽê hay
sến cát
sếp ga
sếp sòng
sếp tanh
sếu vườn
sề sệ
sền sệt
sềnh sệch
sểnh nạ quạ tha
sểnh ra
sểnh tay
sểnh đàn tan nghé
sệ nệ
sỉ mắng
sỉ nhục
sỉ vả
sỉa chân
sịt mũi
sọ dừa
sọ khỉ
sọ kế
sọm người
sọm sẹm
sọt giấy
sọt rác
sỏi cát
sỏi phân
sỏi ruột
sỏi đời
số báo danh
số bình quân
số bị chia
số bị nhân
số bị trừ
số chia
số chẵn
số cào
số dách
số dôi
số dư
số dương
số gia
số hiệu
số hoá
số hư
số hạng
số hệ
số học
số hữu tỉ
số không
số khối
số kiếp
số liệt
số liệu
số là
số lượng
số lẻ
số lẻ thập phân
số lớn
số mũ
số mệnh
số một
số mục
số nghịch đảo
số nguyên
số nguyên tố
số nhiều
số nhân
số phóng đại
số phận
số phức
số pi
số siêu việt
số số học
số thành
số thương
số thập phân
số thừa
số thực
số trung bình
số trị
số trừ
số tương đối
số từ
số tử vi
số tự nhiên
số vô tỉ
số âm
số ít
số đen
số đo
số đông
số đại số
số đề
số đỏ
số đối
số độc đắc
số ảo
sống bám
sống chết
sống chết mặc bay
sống còn
sống dai
sống dao
sống dậy
sống dở chết dở
sống gửi thác về
sống khôn thác thiêng
sống lâu giàu bền
sống lưng
sống lại
sống mái
sống mũi
sống nhăn
sống sít
sống sót
sống sượng
sống thác
sống thừa
sống trâu
sống tết chết giỗ
sống đuôi
sống đất
sống đọa thác đầy
sống động
sống đời
sốp phơ
sốt cơn
sốt cương sữa
sốt dẻo
sốt gan
sốt hạch
sốt hồi quy
sốt kê
sốt mòn
sốt ngoại ban
sốt nổi cơn
sốt phát ban
sốt rong kinh
sốt ruột
sốt ruột sốt gan
sốt rét
sốt rét cách nhật
sốt rét cơn
sốt rét rừng
sốt sản
sốt sắng
sốt sột
sốt vàng
sốt vó
sốt vỡ da
sốt xuất huyết
sồ sề
sồi rừng
sồi xe
sồn sồn
sồn sột
sồng sộc
sổ bộ
sổ chi
sổ cái
sổ gấu
sổ hưu
sổ hộ khẩu
sổ kho
sổ lòng
sổ lông
sổ lương
sổ lồng
sổ lồng tung cánh
sổ mũi
sổ người
sổ nhau
sổ nhật kí
sổ nhật ký
sổ quỹ
sổ rau
sổ sách
sổ tang
sổ tay
sổ thai
sổ thiên tào
sổ thu
sổ thu chi
sổ tiết kiệm
sổ toẹt
sổ vàng
sổ đen
sổ đinh
sổ điền
sổng miệng
sổng mồm
sổng sểnh
sỗ sàng
sột soạt
sột sệt
sột sột
sớ điệp
sớm chiều
sớm hôm
sớm khuya
sớm lửa tối đèn
sớm mai
sớm muộn
sớm mận tối đào
sớm nắng chiều mưa
sớm qua tối đến
sớm sủa
sớm thăm tối viếng
sớm trưa
sớm tối
sớm ăn tối nhịn
sớm đào tối mận
sớn sác
sờ lên gáy
sờ mó
sờ nắn
sờ soạng
sờ sẫm
sờ sờ
sờ sợ
sờ sững
sờm sỡ
sờn chí
sờn lòng
sờn lòng nản chí
sở chỉ huy
sở cầu
sở cậy
sở cứ
sở dĩ
sở dầu
sở giao dịch
sở hụi
sở hữu
sở hữu cá nhân
sở hữu toàn dân
sở hữu trí tuệ
sở hữu tập thể
sở khanh
sở kiến
sở nguyện
sở quan
sở thuộc
sở thích
sở thú
sở trường
sở tại
sở vọng
sở đoản
sở đắc
sở ước
sởn da gà
sởn gai ốc
sởn gáy
sởn mởn
sởn sơ
sởn tóc gáy
sởn ốc
sợ bóng sợ gió
sợ bóng sợ vía
sợ hãi
sợ hết hồn
sợ kinh
sợ mướt mồ hôi
sợ mất mật
sợ run
sợ sệt
sợ xanh mắt
sợ xo vòi
sợi bên
sợi canh
sợi chỉ đỏ
sợi dẫn quang
sợi khổ
sợi liên bào
sợi nhiễm sắc
sợi quang học
sợi tóc chẻ tư
sợi tơ kẽ tóc
sợi xoắn
sợi xích thằng
sợi đèn
sụ đá
sục bùn
sục sôi
sục sạo
sụm lưng
sụn gối
sụn lưng
sụn mí
sụn xơ
sụp lạy
sụp lở
sụp đổ
sụt giá
sụt lún
sụt lở
sụt sùi
sụt sịt
sụt thao
sụt thế
sủ ngòi
sủ quẻ
sủa càn
sủi bọt
sủi cảo
sủi tăm
sủng hạnh
sủng máng
sủng soảng
sủng thài
sủng thần
sủng tráng
sủng ái
sứ bộ
sứ giả
sứ mạng
sứ mệnh
sứ pán
sứ quán
sứ quân
sứ thần
sứ vệ sinh
sứ đoàn
sứa sen
sứa vượt qua đăng
sứa ống
sức bật
sức bền
sức chứa
sức căng
sức cản
sức dài vai rộng
sức hút
sức hấp dẫn
sức học
sức khoẻ
sức khỏe
sức kéo
sức lao động
sức lực
sức mua
sức mạnh
sức mấy
sức ngựa
sức nặng
sức sản xuất
sức sống
sức tài
sức vóc
sức ép
sức ì
sức điện động
sức đẩy
sứt chỉ
sứt cạp
sứt môi
sứt mũi
sứt mẻ
sứt sẹo
sứt đầu bươu trán
sứt đầu mẻ trán
sừn sựt
sừng hươu
sừng sỏ
sừng sộ
sừng sững
sừng sực
sừng trâu
sử biên niên
sử ca
sử dụng
sử gia
sử hi nhan
sử học
sử kinh
sử kí
sử ký
sử liệu
sử lược
sử quan
sử quán
sử quân
sử quân tử
sử sách
sử thi
sử xanh
sửa chữa
sửa chữa lớn
sửa chữa nhỏ
sửa chữa vừa
sửa dép ruộng dưa
sửa gáy
sửa lưng
sửa lại
sửa lễ
sửa lỗi
sửa mình
sửa sai
sửa sang
sửa soạn
sửa trị
sửa túi nâng khăn
sửa tội
sửa đổi
sửng cồ
sửng người
sửng sốt
sữa bột
sữa chua
sữa chúa
sữa hộp
sữa kế
sữa non
sữa ong chúa
sữa tươi
sữa đậu
sữa đậu nành
sữa đặc
sững sờ
sự biến
sự chủ
sự cơ
sự cố
sự duyên
sự kiện
sự lí
sự lòng
sự lý
sự nghiệp
sự thật
sự thật mất lòng
sự thế
sự thể
sự thực
sự trạng
sự tình
sự tích
sự việc
sự vật
sự vụ
sự vụ chủ nghĩa
sự đời
sực nức
sực tỉnh
sựng rựng
sỹ bình
ta luy
ta ma
ta oán
ta thán
ta trẽ
ta đây
tai bay hoạ gió
tai bay vạ gió
tai biến
tai bèo
tai chua
tai chuột
tai hoạ
tai hùm
tai hại
tai họa
tai hồng
tai mèo
tai mũi họng
tai mắt
tai nghe
tai nghe mắt thấy
tai ngược
tai nàn
tai nạn
tai qua nạn khỏi
tai quái
tai tiếng
tai to mặt lớn
tai tái
tai tượng
tai voi
tai vách mạch dừng
tai vách mạch rừng
tai vạ
tai ác
tai ách
tai đất
tai ương
tam an
tam anh
tam bành
tam bình
tam bản
tam bảo
tam bố
tam bội
tam cung lục viện
tam cá nguyệt
tam công
tam cúc
tam cương
tam cường
tam cấp
tam cố thảo lư
tam diện
tam dân
tam dân chủ nghĩa
tam dương
tam dị
tam gia
tam giang
tam giác
tam giác châu
tam giác cân
tam giác cầu
tam giác nguyên
tam giác vuông
tam giác đạc
tam giác đều
tam giác đối xứng
tam giáo
tam giáp
tam giới
tam hiệp
tam hoà
tam hoàng ngũ đế
tam huyền
tam hình
tam hùng
tam hưng
tam hải
tam hồng
tam hợp
tam khoanh tứ đốm
tam khôi
tam kim
tam kỳ
tam liên
tam lãnh
tam lộc
tam mỹ
tam nghĩa
tam nguyên
tam ngọc
tam nhị
tam nông
tam pháp
tam phú
tam phúc
tam phước
tam phủ
tam quan
tam quan bắc
tam quan nam
tam quang
tam quy
tam quyền phân lập
tam quân
tam sao thất bản
tam sinh
tam sinh hương hoả
tam suất
tam sơn
tam sự
tam tai
tam tam chế
tam thanh
tam thuấn
tam thuận
tam thành
tam thái
tam thôn hiệp
tam thăng
tam thất
tam thập lục kế
tam thập lục sách
tam thập nhi lập
tam thế
tam thể
tam thức
tam thừa
tam tiến
tam toạng
tam trung
tam trà
tam trường
tam tài
tam tòng
tam tòng tứ đức
tam tạng
tam tấu
tam tộc
tam vinh
tam văn
tam xuân i
tam xuân ii
tam đa
tam điểm
tam điệp
tam đoạn luận
tam đàn
tam đình
tam đường
tam đại
tam đại đồng đường
tam đảo
tam đồng
tan cửa nát nhà
tan hoang
tan nghé xẩy đàn
tan nhà nát cửa
tan như xác pháo
tan nát
tan rã
tan thành mây khói
tan tành
tan tác
tan tầm
tan vỡ
tan xương
tan xương nát thịt
tan đàn xẻ nghé
tang bồng
tang bồng chí khí
tang bồng hồ thỉ
tang chế
tang chủ
tang chứng
tang gia
tang gia bối rối
tang hải
tang lễ
tang ma
tang phục
tang sự
tang thương
tang trung bộc thượng
tang tích
tang tóc
tang tảng
tang tảng sáng
tang vật
tanh banh
tanh bành
tanh hôi
tanh tanh
tanh tao
tanh tách
tanh tưởi
tanh đồng
tao khang
tao khang chi thê
tao loạn
tao ngộ
tao ngộ chiến
tao nhân
tao nhân mặc khách
tao nhã
tao phùng
tao tác
tao đàn
tao động
tay ba
tay bắt mặt mừng
tay chân
tay chân vóc dạc
tay chèo tay chống
tay chèo tay lái
tay chơi
tay co
tay cầm
tay dao tay thớt
tay hòm chìa khoá
tay làm hàm nhai
tay lái
tay mặt
tay ngang
tay nghề
tay nải
tay phải
tay quay
tay sai
tay thước
tay thầy tay thợ
tay thợ
tay trong
tay trái
tay trên
tay trắng
tay trắng làm nên
tay vịn
tay xách nách mang
tay áo
tay đã nhúng chàm
tay đôi
tay đẫy
tay đứt dạ xót
tay đứt ruột xót
tay ấn
te cựa
te rẹt
te te
te tua
te tái
te tét
te vàng
tem phiếu
tem thư
tem tép
ten nít
ten đồng
teng beng
teo cơ
teo da
teo tóp
tha bổng
tha chết
tha giác
tha hoá
tha hình
tha hóa
tha hương
tha hồ
tha lỗi
tha ma
tha phương
tha phương cầu thực
tha sinh
tha thiết
tha thướt
tha thẩn
tha thủi
tha thứ
tha tội
thai bàn
thai dựng
thai giáo
thai huấn
thai nghén
thai nhi
thai phụ
thai sinh
thai sản
tham biến
tham biện
tham bác
tham bán
tham bát bỏ mâm
tham bạo
tham chiến
tham chiếu
tham chính
tham chước
tham công tiếc việc
tham danh trục lợi
tham dục
tham dự
tham gia
tham khảo
tham lam
tham luận
tham mưu
tham mưu trưởng
tham nghị
tham nhũng
tham quan
tham quan ô lại
tham quyền cố vị
tham sinh
tham sinh uý tử
tham sơn
tham sắc
tham số
tham sống sợ chết
tham tang
tham thanh chuộng lạ
tham thiền
tham thì thâm
tham tri
tham tài
tham tài hiếu sắc
tham tài tham sắc
tham tàn
tham tá
tham tán
tham tán công sứ
tham tụng
tham vàng bỏ nghĩa
tham vàng bỏ ngãi
tham vấn
tham vọng
tham ô
tham ăn tục uống
tham đó bỏ đăng
tham đôn
than bánh
than béo
than bùn
than bụi
than chì
than cám
than cốc
than củ
than củi
than gầy
than gỗ
than hóa
than khí
than khóc
than luyện
than luyện cốc
than mây khóc gió
than mỏ
than mỡ
than nâu
than nắm
than phiền
than quả bàng
than sàng
than thân
than thân trách phận
than thở
than trắng
than tàu
than tổ ong
than uyên
than van
than vàng
than vãn
than xanh
than xương
than ôi
than đá
than đỏ
thang gác
thang máy
thang mây
thang nhiệt độ celsius
thang nhiệt độ fahrenheit
thang thang
thang âm
thang độ
thanh an
thanh ba
thanh bình
thanh bạch
thanh bần
thanh cao
thanh chi
thanh châu
thanh chương
thanh cường
thanh cảnh
thanh cỡ
thanh danh
thanh dã
thanh dương
thanh dịch
thanh giang
thanh giáo
thanh giản
thanh giằng
thanh hao
thanh hoà
thanh hoá
thanh hà
thanh hóa
thanh hưng
thanh hương
thanh hải
thanh học
thanh hối
thanh hồng
thanh khai
thanh khiết
thanh khê
thanh khí
thanh khương
thanh kim
thanh ký
thanh la
thanh lang
thanh linh
thanh liêm
thanh liên
thanh liệt
thanh long
thanh luông
thanh luận
thanh luật
thanh lâm
thanh lân
thanh lâu
thanh lãng
thanh lí
thanh lý
thanh lưu
thanh lương
thanh lương trà
thanh lạc
thanh lịch
thanh lọc
thanh lộc
thanh lộc đán
thanh mai
thanh manh
thanh minh
thanh miếu
thanh miện
thanh môn
thanh mạc
thanh mảnh
thanh mẫu
thanh mỹ
thanh nga
thanh nghị
thanh nguyên
thanh ngọc
thanh nho
thanh nhàn
thanh nhã
thanh nhạc
thanh nhật
thanh ninh
thanh niên
thanh niên xung phong
thanh nông
thanh nưa
thanh nữ
thanh oai
thanh phong
thanh phát
thanh phú
thanh phú long
thanh phước
thanh quang
thanh quân
thanh quí
thanh quản
thanh quản học
thanh quản kí
thanh quới
thanh răng
thanh sát
thanh sơn
thanh sạch
thanh sắc
thanh sử
thanh tao
thanh thanh
thanh thiên
thanh thiên bạch nhật
thanh thiếu niên
thanh thoát
thanh thoả
thanh thuỷ
thanh thả
thanh thải
thanh thản
thanh thảnh
thanh thảo tâm
thanh thất
thanh thế
thanh thịnh
thanh thỏa
thanh thủy
thanh tiên
thanh toán
thanh tra
thanh truyền
thanh trà
thanh trì
thanh trùng
thanh trượt
thanh trạch
thanh trị
thanh trừ
thanh trừng
thanh tuyền
thanh táo
thanh tâm
thanh tân
thanh tích
thanh tùng
thanh tú
thanh tĩnh
thanh tương
thanh tường
thanh tịnh
thanh uyên
thanh vân
thanh văn
thanh vĩnh đông
thanh vận
thanh vắng
thanh vẹn
thanh vọng
thanh xuân
thanh xuân bắc
thanh xuân nam
thanh xuân trung
thanh xá
thanh xương
thanh y
thanh yên
thanh âm
thanh đa
thanh điền
thanh điệu
thanh đình
thanh đạm
thanh định
thanh đồng
thanh đới
thanh đức
thao diễn
thao luyện
thao láo
thao lược
thao thao
thao thao bất tuyệt
thao thức
thao trường
thao tác
thao túng
thau bạc
thau chua
thau chua rửa mặn
thau tháu
thay bậc đổi ngôi
thay chân
thay da đổi thịt
thay hình đổi dạng
thay lay
thay lòng
thay lòng đổi dạ
thay lông
thay lông đổi da
thay lảy
thay lời
thay máy
thay mã
thay mặt
thay ngựa giữa dòng
thay phiên
thay thầy đổi chủ
thay thế
thay trời trị dân
thay vì
thay áo
thay đổi
the the
the thé
then chốt
then máy
theo bổi
theo chân nối gót
theo dõi
theo gót
theo gương
theo kịp
theo như
theo rõi
theo thời
theo trai
theo vết xe đổ
theo đuôi
theo đuổi
theo đòi
theo đóm ăn tàn
thi bá
thi bơi với giải
thi ca
thi công
thi cảm
thi cử
thi cử học
thi gan
thi gan đấu trí
thi gan đọ sức
thi gia
thi giới
thi hoạ
thi hài
thi hành
thi hành kỉ luật
thi hào
thi hơi với giải
thi hương
thi hội
thi hứng
thi hữu
thi khách
thi khúc
thi liệu
thi lễ
thi nhau
thi nhân
thi nhân mặc khách
thi phái
thi pháp
thi phú
thi phẩm
thi sách
thi sĩ
thi sơn
thi thoại
thi thoảng
thi thánh
thi thư
thi thể
thi thố
thi thử
thi trung hữu hoạ
thi tuyển
thi tài
thi tập
thi tứ
thi tửu
thi văn
thi vị
thi vị hoá
thi vị hóa
thi xã
thi ân
thi đua
thi đàn
thi đình
thi đấu
thi đồng
thia lia
thia thia
thin thín
thin thít
thinh không
thinh lặng
thinh thích
thiu người
thiu thiu
thiu thỉu
thiu thối
thiêm thiếp
thiên binh
thiên binh thiên tướng
thiên binh vạn mã
thiên biến vạn hoá
thiên bẩm
thiên can
thiên chúa
thiên chúa giáo
thiên chất
thiên chức
thiên cung
thiên cơ
thiên cư
thiên cảm
thiên cầm
thiên cầu
thiên cổ
thiên cực
thiên di
thiên duyên
thiên giới
thiên hoàng
thiên hà
thiên hình vạn trạng
thiên hô bát sát
thiên hương
thiên hương quốc sắc
thiên hướng
thiên hạ
thiên hộ
thiên hữu
thiên hựu
thiên khai
thiên khuất
thiên khải
thiên kim
thiên kinh vạn quyển
thiên kinh địa nghĩa
thiên kiến
thiên kỉ
thiên kỷ
thiên la
thiên la địa võng
thiên lí
thiên lí mã
thiên lôi
thiên lý
thiên lý mã
thiên lương
thiên lệch
thiên lộc
thiên ma bách chiết
thiên môn đông
thiên mệnh
thiên nga
thiên nhai
thiên nhai hải giác
thiên nhan
thiên nhiên
thiên nhãn
thiên niên
thiên niên kiện
thiên niên kỉ
thiên niên kỷ
thiên niên vạn đại
thiên phú
thiên phương bách kế
thiên phủ
thiên sơn vạn thuỷ
thiên sứ
thiên tai
thiên tai địch hoạ
thiên thai
thiên thanh
thiên thu
thiên thư
thiên thạch
thiên thần
thiên thẹo
thiên thể
thiên thời
thiên thực
thiên tinh
thiên tiên
thiên triều
thiên triệu
thiên truỵ
thiên trụy
thiên tuế
thiên tài
thiên tào
thiên táng
thiên tây
thiên tính
thiên tôn
thiên tư
thiên tướng
thiên tượng học
thiên tạo
thiên tả
thiên tải nhất thì
thiên tử
thiên uy
thiên văn
thiên văn học
thiên vương tinh
thiên vị
thiên xạ
thiên đàn
thiên đàng
thiên đình
thiên đô
thiên đường
thiên đạo
thiên đầu thống
thiên để
thiên đỉnh
thiên địa
thiên địch
thiên định
thiên đồ
thiên đức
thiêng liêng
thiêu hoá
thiêu huỷ
thiêu hóa
thiêu hương
thiêu hủy
thiêu sinh
thiêu thiếu
thiêu thân
thiêu thủy
thiêu xác
thiêu đốt
thiếc hàn
thiếp danh
thiếp phục
thiết bì
thiết bị
thiết bị hiển thị
thiết bị ngoại vi
thiết bị đầu cuối
thiết chế
thiết cốt
thiết diện
thiết dụng
thiết giáp
thiết giáp hạm
thiết kế
thiết kị
thiết lập
thiết lộ
thiết mộc
thiết nghĩ
thiết quân luật
thiết tha
thiết thân
thiết thạch
thiết thực
thiết tưởng
thiết yếu
thiết án
thiết đoàn
thiết đãi
thiết đồ
thiết ống
thiếu bảo
thiếu dinh dưỡng
thiếu gì
thiếu hụt
thiếu máu
thiếu mặt
thiếu nhi
thiếu niên
thiếu nữ
thiếu phó
thiếu phụ
thiếu quân
thiếu sinh quân
thiếu sót
thiếu sư
thiếu thốn
thiếu thời
thiếu tá
thiếu tướng
thiếu uý
thiếu vắng
thiếu úy
thiếu điều
thiếu đói
thiềm cung
thiềm thừ
thiền gia
thiền học
thiền môn
thiền sư
thiền trai
thiền trượng
thiền tông
thiền tăng
thiền đường
thiền định
thiều quang
thiểm chức
thiểm thiểm độc
thiểm độc
thiển cận
thiển học
thiển kiến
thiển lậu
thiển nghĩ
thiển ý
thiểu lực
thiểu nhiệt
thiểu não
thiểu năng
thiểu số
thiểu thư
thiểu đức
thiện chiến
thiện chí
thiện chính
thiện căn
thiện cảm
thiện hoà
thiện hưng
thiện ky
thiện kế
thiện long
thiện mỹ
thiện nam tín nữ
thiện nghệ
thiện ngôn
thiện nhân
thiện phiến
thiện sự
thiện thuật
thiện tiện
thiện trung
thiện trí
thiện tâm
thiện tân
thiện xạ
thiện ác
thiện ý
thiệp liệp
thiệp thế
thiệt chiến
thiệt hơn
thiệt hại
thiệt mạng
thiệt thà
thiệt thân
thiệt thòi
thiệu châu
thiệu chính
thiệu công
thiệu duy
thiệu dương
thiệu giang
thiệu giao
thiệu hoà
thiệu hoá
thiệu hưng
thiệu hợp
thiệu khánh
thiệu long
thiệu lý
thiệu minh
thiệu nguyên
thiệu ngọc
thiệu phú
thiệu phúc
thiệu quang
thiệu thành
thiệu thịnh
thiệu tiến
thiệu toán
thiệu trung
thiệu tâm
thiệu tân
thiệu viên
thiệu vân
thiệu vũ
thiệu vận
thiệu yên
thiệu đô
thoai thoải
thoang thoáng
thoang thoảng
thoi loi
thoi thóp
thoi thót
thom lỏm
thom thóp
thom thỏm
thon lỏn
thon thon
thon thót
thon thả
thong dong
thong manh
thong thả
thoá mạ
thoái binh
thoái biến
thoái bộ
thoái chí
thoái hoá
thoái hóa
thoái hôn
thoái lui
thoái ngũ
thoái nhiệt
thoái thu
thoái thác
thoái thủ
thoái triển
thoái trào
thoái vị
thoán nghịch
thoán vị
thoán đoạt
thoáng gió
thoáng khí
thoáng qua
thoáng thấy
thoáng đãng
thoát giang
thoát hiểm
thoát hơi nước
thoát khỏi
thoát li
thoát ly
thoát lũ
thoát nạn
thoát nợ
thoát thai
thoát thân
thoát trần
thoát tội
thoát tục
thoát vị
thoát xác
thoát y
thoát y vũ
thoòng nhằn
thoăn thoắt
thoại giang
thoại kịch
thoại sơn
thoạt kì thuỷ
thoạt kỳ thuỷ
thoạt tiên
thoạt đầu
thoả chí
thoả chí bình sinh
thoả chí tang bồng
thoả hiệp
thoả lòng
thoả mãn
thoả nguyện
thoả thuê
thoả thuận
thoả thuận khung
thoả thê
thoả thích
thoả đáng
thoả ước
thoải mái
thoải thoải
thoảng qua
thoắt thoắt
thu ba
thu binh
thu bồn
thu chi
thu cúc
thu dung
thu dọn
thu dụng
thu giấu
thu giữ
thu gom
thu góp
thu gọn
thu hoạch
thu hái
thu hình
thu hóa
thu hút
thu hải đường
thu hẹp
thu hồi
thu hứng
thu không
thu liễm
thu lu
thu lôi
thu lũm
thu lượm
thu mua
thu mình
thu ngân
thu ngân viên
thu ngọc
thu nhiệt
thu nhận
thu nhập
thu nhập quốc dân
thu nhập thuần tuý
thu nhặt
thu nhỏ
thu năng
thu nạp
thu phong
thu phát
thu phân
thu phục
thu quân
thu sơ
thu teo
thu thanh
thu thuỷ
thu thú
thu thập
thu tiếng
thu tà
thu tóm
thu tô
thu tập
thu va thu vén
thu vén
thu xếp
thua bạc
thua cay
thua cháy
thua chị kém em
thua em kém chị
thua kiện
thua kém
thua lỗ
thua thiệt
thua tháy
thua trận
thua trụi
thui chột
thui lủi
thui thủi
thum thủm
thun lủn
thun thút
thung cỗi huyên già
thung dung
thung huyên
thung khe
thung lũng
thung nai
thung thăng
thung thổ
thung đường
thuyên chuyển
thuyên giảm
thuyết biến hoá
thuyết biến hình
thuyết bất biến
thuyết bất khả tri
thuyết darwin
thuyết domino
thuyết duy danh
thuyết duy ngã
thuyết duy thực
thuyết duy ý chí
thuyết giáo
thuyết giảng
thuyết hỗ trợ
thuyết hữu thần
thuyết khách
thuyết không thể biết
thuyết luân hồi
thuyết lí
thuyết lý
thuyết lượng tử
thuyết malthus
thuyết minh
thuyết nhân mãn
thuyết nhân quả
thuyết nhất nguyên
thuyết nhất thần
thuyết nhị nguyên
thuyết phiếm thần
thuyết pháp
thuyết phục
thuyết thần bí
thuyết tiến hoá
thuyết tiền định
thuyết trình
thuyết trình viên
thuyết tương đối
thuyết tự sinh
thuyết vô thần
thuyết đa nguyên
thuyết đa thần
thuyết đôminô
thuyết định mệnh
thuyền ba ván
thuyền buồm
thuyền bè
thuyền bồng
thuyền chài
thuyền chủ
thuyền mành
thuyền máy
thuyền nan
thuyền nhân
thuyền như lá tre
thuyền phó
thuyền quyên
thuyền rồng
thuyền tam bản
thuyền thoi
thuyền thúng
thuyền trưởng
thuyền tán
thuyền tình
thuyền viên
thuyền đinh
thuyền đạp
thuyền độc mộc
thuê bao
thuê mướn
thuôn thuôn
thuông đuổi
thuý hoàn
thuý loa
thuần chất
thuần chủng
thuần dưỡng
thuần hoá
thuần hóa
thuần hưng
thuần hậu
thuần khiết
thuần loại
thuần lí
thuần lý
thuần lương
thuần lộc
thuần mang
thuần mỹ
thuần nhất
thuần phong
thuần phong mĩ tục
thuần phác
thuần phục
thuần thiện
thuần thục
thuần trở
thuần tuý
thuần tính
thuận an
thuận buồm xuôi gió
thuận bình
thuận châu
thuận chèo mát mái
thuận cảnh
thuận giao
thuận gió
thuận hoà
thuận hoá
thuận hưng
thuận hướng
thuận hạnh
thuận hải
thuận lộc
thuận lợi
thuận minh
thuận mua vừa bán
thuận mỹ
thuận nghĩa hoà
thuận nghịch
thuận phước
thuận quý
thuận sơn
thuận tai
thuận tay
thuận thiên
thuận thành
thuận thới
thuận tiện
thuận tình
thuận từ
thuận vợ thuận chồng
thuận yên
thuận điền
thuật giải
thuật ngữ
thuật ngữ học
thuật sĩ
thuật số
thuật toán
thuế biểu
thuế chợ
thuế doanh thu
thuế gián thu
thuế gián tiếp
thuế khoá
thuế khóa
thuế muối
thuế má
thuế môn bài
thuế quan
thuế quan bảo hộ
thuế suất
thuế sát sinh
thuế tem
thuế thu nhập
thuế thân
thuế trước bạ
thuế trực thu
thuế trực tiếp
thuế vụ
thuế đinh
thuể thoả
thuể thỏa
thuốc bánh
thuốc bắc
thuốc bỏng
thuốc bổ
thuốc bột
thuốc cao
thuốc chén
thuốc cốm
thuốc dán
thuốc dấu
thuốc giun
thuốc giồng
thuốc hoàn
thuốc hảm
thuốc lào
thuốc lá
thuốc lá sợi
thuốc men
thuốc muối
thuốc mê
thuốc mỡ
thuốc nam
thuốc ngủ
thuốc nhuận tràng
thuốc nhuộm
thuốc nhỏ mắt
thuốc nôn
thuốc nước
thuốc nổ
thuốc phiện
thuốc pháo
thuốc rê
thuốc rút ruột
thuốc rịt
thuốc sán
thuốc sát trùng
thuốc súng
thuốc sắc
thuốc sống
thuốc sừng bò
thuốc ta
thuốc thang
thuốc thử
thuốc tiêm
thuốc tiên
thuốc tiêu
thuốc tra ma cúng
thuốc trường sinh
thuốc trị ỉa chảy
thuốc trứng
thuốc trừ sâu
thuốc tây
thuốc tê
thuốc tím
thuốc tẩy
thuốc tễ
thuốc viên
thuốc xoa
thuốc xỉa
thuốc xổ
thuốc đạn
thuốc đắng dã tật
thuốc đắp
thuốc đặc hiệu
thuốc đỏ
thuốc độc
thuồi luồi
thuồn thuỗn
thuồng luồng
thuồng luồng ở cạn
thuộc cách
thuộc cấp
thuộc hạ
thuộc hạt
thuộc làu
thuộc lòng
thuộc lại
thuộc ngữ
thuộc như cháo
thuộc như cháo chảy
thuộc như văn sách
thuộc quốc
thuộc tính
thuộc viên
thuộc địa
thuộc địa kiểu mới
thuở nay
thuở xưa
thuỳ bằng chung cừu
thuỳ dương
thuỳ liễu
thuỳ lệ
thuỳ mị
thuỳ nguy
thuỳ thủ xuất thi
thuỳ túc
thuỳ đầu táng khí
thuỵ an
thuỵ anh
thuỵ chính
thuỵ duyên
thuỵ dân
thuỵ dũng
thuỵ dương
thuỵ hoà
thuỵ hà
thuỵ hùng
thuỵ hưng
thuỵ hương
thuỵ hải
thuỵ hồng
thuỵ khê
thuỵ liên
thuỵ liễu
thuỵ lâm
thuỵ lôi
thuỵ lượng
thuỵ miêu liệu pháp
thuỵ ninh
thuỵ phong
thuỵ phú
thuỵ phúc
thuỵ phương
thuỵ quỳnh
thuỵ sơn
thuỵ thanh
thuỵ trình
thuỵ trường
thuỵ tân
thuỵ việt
thuỵ vân
thuỵ văn
thuỵ xuân
thuỷ an
thuỷ binh
thuỷ binh lục chiến
thuỷ biều
thuỷ bằng
thuỷ canh
thuỷ chiến
thuỷ chung
thuỷ chung như nhất
thuỷ châu
thuỷ cung
thuỷ công
thuỷ dương
thuỷ liễu
thuỷ luyện
thuỷ lôi
thuỷ lương
thuỷ lộ
thuỷ lợi
thuỷ lực
thuỷ lực học
thuỷ mạc
thuỷ mặc
thuỷ nguyên
thuỷ ngân
thuỷ nông
thuỷ năng
thuỷ phi cơ
thuỷ phân
thuỷ phù
thuỷ phương
thuỷ phận
thuỷ phủ
thuỷ quyển
thuỷ quái
thuỷ quân
thuỷ quân lục chiến
thuỷ sinh
thuỷ sơn
thuỷ sư
thuỷ sư đô đốc
thuỷ sản
thuỷ tai
thuỷ thanh
thuỷ thần
thuỷ thổ
thuỷ thủ
thuỷ tinh
thuỷ tinh thể
thuỷ tiên
thuỷ triều
thuỷ trúc
thuỷ táng
thuỷ tân
thuỷ tây
thuỷ tĩnh học
thuỷ tạ
thuỷ tề
thuỷ tổ
thuỷ tộc
thuỷ vân
thuỷ văn
thuỷ văn học
thuỷ xuân
thuỷ xuân tiên
thuỷ xương bồ
thuỷ âm học
thuỷ điền thái
thuỷ điện
thuỷ đông
thuỷ đạo
thuỷ đậu
thuỷ động
thuỷ động học
thuỷ động lực học
thà là
thà rằng
thài lài
thài phìn tủng
thàm làm
thành a
thành an
thành bại
thành bộ
thành chung
thành công
thành danh
thành gia
thành gia định
thành hoà
thành hoàng
thành hình
thành hôn
thành hưng
thành hải
thành hội
thành khí
thành khẩn
thành kim
thành kiến
thành kính
thành long
thành luỹ
thành lâm
thành lũy
thành lập
thành lệ
thành lộc
thành lợi
thành minh
thành mỹ
thành ngữ
thành nhân
thành nhất
thành niên
thành nội
thành phần
thành phẩm
thành phố
thành phục
thành quách
thành quả
thành quốc
thành ra
thành sơn
thành sầu
thành sẹo
thành sự
thành thái
thành thân
thành thương
thành thạo
thành thật
thành thị
thành thọ
thành thới a
thành thới b
thành thục
thành thử
thành thực
thành tiến
thành toán
thành triệu
thành trung
thành trì
thành trùng
thành trị
thành trực
thành tâm
thành tân
thành tích
thành tích bất hảo
thành tín
thành tạo
thành tấm thành món
thành tật
thành tố
thành tựu
thành uỷ
thành uỷ viên
thành vinh
thành viên
thành văn
thành yên
thành án
thành ý
thành đinh
thành đoàn
thành đô
thành đông
thành đạt
thành đồng
thành đội
thành ủy
thào chư phìn
thào lao
thào thào
thào thợt
thày lay
thác bà
thác ghềnh
thác loạn
thác lác
thác mã
thác mơ
thác sinh
thách cưới
thách thức
thách đố
thái an
thái bình
thái bình trung
thái bảo
thái bộc
thái chỉ
thái công
thái cường
thái cổ
thái cực
thái cực quyền
thái dương
thái dương hệ
thái giang
thái giàng phố
thái giám
thái hoà
thái hoàng thái hậu
thái hà
thái hư
thái hưng
thái hậu
thái học
thái học sinh
thái hồng
thái không
thái lai
thái long
thái miếu
thái mỹ
thái nguyên
thái ninh
thái niên
thái phó
thái phúc
thái phương
thái quá
thái sơn
thái sư
thái thuần
thái thuận
thái thuỵ
thái thuỷ
thái thành
thái thú
thái thượng
thái thượng hoàng
thái thịnh
thái thọ
thái trắng
thái trị
thái tân
thái tây
thái tổ
thái tử
thái uý
thái xuyên
thái y
thái y viện
thái yên
thái âm
thái đen
thái đào
thái đô
thái độ
thái đức
thái ấp
thái ất
thám báo
thám hiểm
thám hoa
thám không
thám sát
thám thính
thám tử
thán chất
thán khí
thán ngữ
thán phục
thán thư
thán từ
tháng ba
tháng ba ngày tám
tháng bảy
tháng chín
tháng chạp
tháng chờ năm đợi
tháng cùng năm tận
tháng cận điểm
tháng củ mật
tháng dương lịch
tháng giêng
tháng hai
tháng mười
tháng mười ba
tháng mười hai
tháng mười một
tháng một
tháng ngày
tháng ngày đắp đổi
tháng năm
tháng rộng ngày dài
tháng sáu
tháng thiếu
tháng tháng
tháng trọn ngày qua
tháng tám
tháng tư
tháng âm lịch
tháng đợi năm chờ
tháng đủ
thánh ca
thánh chúa
thánh chỉ
thánh cung
thánh giá
thánh gióng
thánh hiền
thánh hóa
thánh kinh
thánh lễ
thánh miếu
thánh mẫu
thánh nhân
thánh sư
thánh sống
thánh tha thánh thót
thánh thi
thánh thót
thánh thư
thánh thượng
thánh thất
thánh thần
thánh thể
thánh tích
thánh tướng
thánh vương
thánh đường
thánh đản
thánh đế
thánh địa
tháo băng
tháo chạy
tháo chốt
tháo cũi sổ lồng
tháo dạ
tháo dỡ
tháo gỡ
tháo khoán
tháo lui
tháo lời
tháo rời
tháo thân
tháo tỏng
tháo vát
tháo đạn
tháp bút
tháp canh
tháp chuông
tháp chóp
tháp khoan
tháp mười
tháp ngà
tháp nước
tháp tùng
tháu cáy
tháy máy
thâm canh
thâm cung
thâm căn cố đế
thâm dạ
thâm gan tím ruột
thâm giao
thâm hiểm
thâm hụt
thâm khuê
thâm mưa thâm
thâm nghiêm
thâm nhiễm
thâm nho
thâm nhập
thâm niên
thâm quầng
thâm sinh
thâm sâu
thâm sì
thâm sơn cùng cốc
thâm thiểm
thâm thuý
thâm thâm
thâm thù
thâm thúy
thâm thấp
thâm thẫm
thâm thủng
thâm trầm
thâm tâm
thâm tình
thâm tím
thâm tạ
thâm u
thâm uyên
thâm xịt
thâm ý
thâm độc
thâm ảo
thân binh
thân bại danh liệt
thân bằng
thân bằng cố hữu
thân bằng quyến thuộc
thân chinh
thân chính
thân chủ
thân cô thế cô
thân công tài
thân cảnh phúc
thân cận
thân cột
thân củ
thân cửu nghĩa
thân danh
thân dân
thân gia
thân già
thân giáp
thân hành
thân hào
thân hình
thân hữu
thân làm tội đời
thân lừa ưa nặng
thân mình
thân mầm
thân mẫu
thân mật
thân mến
thân mềm
thân ngoại
thân nhiệt
thân nhân
thân nhân trung
thân oan
thân phận
thân phận ngoại giao
thân phụ
thân quen
thân quyến
thân quyền
thân răng
thân rễ
thân sinh
thân sĩ
thân sơ
thân thiết
thân thiện
thân thuộc
thân thân
thân thích
thân thương
thân thế
thân thể
thân tàn ma dại
thân tình
thân tín
thân tộc
thân từ
thân vong
thân vương
thân xác
thân xương
thân yêu
thân ái
thâu lĩnh
thâu thái
thâu tóm
thây kệ
thây lẩy
thây ma
thè lè
thèm chảy nước miếng
thèm giỏ dãi
thèm khát
thèm muốn
thèm nhạt
thèm thuồng
thèm thèm
thèm vào
thèn lẹn
thèn phàng
thèn sìn
thèn thẹn
thèo bẻo
thèo lẻo
thèo đảnh
thép cán
thép gang
thép hình
thép hợp kim
thép không gỉ
thét lác
thét mắng
thét ra lửa
thê lương
thê nhi
thê noa
thê thiếp
thê thiết
thê thảm
thê tróc tử phọc
thê tử
thê đội
thêm bớt
thêm giấm thêm ớt
thêm mắm thêm muối
thêm thắt
thênh thang
thênh thênh
thêu dệt
thêu ren
thêu thùa
thì chớ
thì chớ kể
thì có
thì giờ
thì là
thì phải
thì ra
thì thà
thì thà thì thầm
thì thà thì thụt
thì thào
thì thòm
thì thôi
thì thùng
thì thầm
thì thọt
thì thụp
thì thụt
thì trân
thìa canh
thìa cà phê
thìa khóa
thìa lia
thìa là
thìa lìa
thìa xúp
thình lình
thình thình
thình thịch
thí bỏ
thí chủ
thí con tốt
thí dụ
thí mạng
thí nghiệm
thí phát
thí quân
thí sai
thí sinh
thí thân
thí thực
thí điểm
thích chí
thích dụng
thích giáo
thích hợp
thích khách
thích khẩu
thích nghi
thích nghĩa
thích quảng đức
thích thuộc
thích thú
thích thời
thích ý
thích đáng
thích ứng
thính giác
thính giả
thính lực
thính lực kế
thính lực đồ
thính mũi
thính phòng
thính tai
thò lò
thò lò hai mặt
thò lò mũi xanh
thò lò sáu mặt
thòi lòi
thòi tiền
thòm thèm
thòm thòm
thòng bong
thòng lòng
thòng lọng
thóa mạ
thóc cao gạo kém
thóc chim
thóc gạo
thóc khắn
thóc lép
thóc lúa
thóc mách
thói hư
thói hư tật xấu
thói phép
thói quen
thói thường
thói tục
thói ăn nết ở
thói đời
thô bạo
thô bỉ
thô bố
thô chế
thô kệch
thô kịch
thô lậu
thô lố
thô lỗ
thô sơ
thô thiển
thô tháp
thô tục
thôi ba
thôi chanh
thôi miên
thôi nôi
thôi sơn
thôi thì
thôi thôi
thôi thúc
thôi thối
thôi tra
thôi việc
thôi xao
thôn dân
thôn dã
thôn lạc
thôn môn
thôn nữ
thôn quê
thôn trang
thôn trưởng
thôn tính
thôn xã
thôn xóm
thôn đội
thôn ấp
thôn ổ
thông ba lá
thông biển
thông bá hương
thông báo
thông báo hạm
thông bình
thông bạch
thông bệnh
thông cáo
thông cáo chung
thông công
thông cù
thông cảm
thông dâm
thông dầu
thông dịch
thông dịch viên
thông dụng
thông gia
thông gian
thông giám
thông gió
thông hai lá
thông hiếu
thông hiểu
thông hiệu
thông hoà
thông huyền
thông hành
thông hơi
thông khí
thông kim bác cổ
thông linh
thông lò
thông lưng
thông lưu
thông lại
thông lệ
thông lệnh
thông manh
thông minh
thông minh dĩnh ngộ
thông mưu
thông nghĩa
thông ngôn
thông nho
thông nhựa
thông nông
thông phong
thông phán
thông qua
thông suốt
thông số
thông sứ
thông sức
thông sử
thông sự
thông thiên
thông thoáng
thông thuơng
thông thuộc
thông thái
thông thênh
thông thư
thông thương
thông thường
thông thạo
thông thốc
thông thống
thông thụ
thông tin
thông tin học
thông tin viên
thông tin đại chúng
thông tre
thông tri
thông tuệ
thông tàu
thông tín viên
thông tư
thông tấn
thông tấn xã
thông tầm
thông tỏ
thông tỏ ngõ ngàng
thông tục
thông điện
thông điệp
thông đuôi ngựa
thông đá
thông đường
thông đạt
thông đất
thông đỏ
thông đồng
thông đồng bén giọt
thông ước
thõng thượt
thõng thẹo
thù du
thù ghét
thù hiềm
thù hình
thù hằn
thù lao
thù lù
thù máu
thù nghịch
thù oán
thù tiếp
thù trong giặc ngoài
thù tạ
thù tạc
thù vặt
thù ân
thù đáp
thù địch
thù đủ
thù ứng
thùa sợi
thùi lủi
thùm thùm
thùm thụp
thùn thụt
thùng bất chi thình
thùng không đáy
thùng ong
thùng phân
thùng quay mật
thùng rác
thùng rỗng kêu to
thùng thình
thùng thùng
thùng thư
thùng tưới
thùng xe
thùng đấu
thùy mị
thú dữ
thú nhận
thú phục
thú quê
thú săn
thú thật
thú thực
thú tính
thú tội
thú vui
thú vật
thú vị
thú y
thú y học
thú y sĩ
thúc bá
thúc bách
thúc béo
thúc giục
thúc kháng
thúc mẫu
thúc như thúc tà
thúc nợ
thúc phược
thúc phọc
thúc phụ
thúc thủ
thúc ép
thúc đẩy
thúng mủng
thúng thắng
thút gút
thút mút
thút nút
thút thít
thăm bệnh
thăm dò
thăm hỏi
thăm nom
thăm nuôi
thăm thú
thăm thẳm
thăm viếng
thăm ván bán thuyền
thăn chuột
thăng bình
thăng bằng
thăng chức
thăng giáng
thăng hoa
thăng hà
thăng hưng
thăng long
thăng quan
thăng quan tiến chức
thăng thiên
thăng thiên độn thổ
thăng thưởng
thăng thọ
thăng tiến
thăng trầm
thăng trật
thăng đường
thăng đồng
thũng thịu
thơ bát cú
thơ ca
thơ cũ
thơ cận thể
thơ cổ phong
thơ cổ thể
thơ dại
thơ hoạ vận
thơ liên cú
thơ liên hoàn
thơ liên ngâm
thơ lại
thơ lục bát
thơ lục ngôn thể
thơ mộng
thơ mới
thơ ngây
thơ ngũ ngôn
thơ ngụ ngôn
thơ nôm
thơ phú
thơ rơi
thơ song điệp
thơ thuận nghịch độc
thơ thất ngôn
thơ thẩn
thơ thốt
thơ thới
thơ thớt
thơ thủ vĩ ngâm
thơ tiệt hạ
thơ trẻ
thơ tứ tuyệt
thơ từ
thơ văn
thơ vĩ tam thanh
thơ yết hậu
thơ đường luật
thơ ấu
thơm hắc
thơm lây
thơm lừng
thơm lựng
thơm ngát
thơm nức
thơm nứt
thơm nực
thơm phưng phức
thơm phức
thơm sực
thơm tho
thơm thảo
thơn thớt
thư bảo đảm
thư chuyển tiền
thư cục
thư duỗi
thư dãn
thư ghi số
thư giãn
thư hiên
thư hoàng
thư hoạ
thư hùng
thư hương
thư khế
thư kí
thư kí riêng
thư kí toà soạn
thư ký
thư lâu
thư lưu
thư lưu kí
thư lại
thư mục
thư mục học
thư nghị định
thư ngỏ
thư nhàn
thư pháp
thư phòng
thư phù
thư phú
thư quán
thư sinh
thư song
thư sướng
thư tay
thư thái
thư thư
thư thả
thư trai
thư tín
thư tín dụng
thư tín điện tử
thư tịch
thư tịch học
thư từ
thư viện
thư viện học
thư xã
thư án
thư điếm
thư điểm
thư điện tử
thư đường
thư đồng
thưa bẩm
thưa chuyện
thưa gửi
thưa kiện
thưa thốt
thưa thớt
thưa trình
thưa đốt
thương binh
thương bạc
thương chiến
thương chánh
thương chính
thương cảm
thương cảng
thương cục
thương gia
thương giới
thương hàn
thương hại
thương hải
thương hải tang điền
thương hồ
thương hội
thương khách
thương khấu
thương khẩu
thương khố
thương luân bại lí
thương luật
thương lái
thương lượng
thương lục
thương mãi
thương mại
thương mại hoá
thương mến
thương nghiệp
thương nghị
thương ngân
thương nhân
thương nhớ
thương phiếu
thương pháp
thương phẩm
thương phẩm hóa
thương quyền
thương sinh
thương số
thương thuyết
thương thuyền
thương thân
thương thảo
thương thực
thương tiếc
thương trường
thương trạch
thương tá
thương tâm
thương tình
thương tích
thương tật
thương tổn
thương vay khóc mướn
thương vong
thương vụ
thương xót
thương yêu
thương ôi
thương đao
thương đau
thương điếm
thương đoàn
thương đội
thương ước
thưọng pha
thước cong
thước cuốn
thước cuộn
thước cặp
thước dây
thước dẹt
thước gấp
thước khối
thước kẹp
thước kẻ
thước mộc
thước ngắm
thước nách
thước so
thước sắp chữ
thước ta
thước thẳng
thước thợ
thước tây
thước tính
thước tỉ lệ
thước tỷ lệ
thước vuông
thước vẽ truyền
thước xếp
thước đo
thước đo góc
thướt tha
thười lười
thườn thưỡn
thườn thượt
thường biến
thường dân
thường dùng
thường dụng
thường khi
thường kiệt
thường kì
thường lạc
thường lệ
thường nga
thường ngày
thường nhật
thường niên
thường phước
thường phạm
thường phục
thường sơn
thường thường
thường thắng
thường thới hậu a
thường thới hậu b
thường thới tiền
thường thức
thường trú
thường trực
thường tân
thường tình
thường tín
thường vụ
thường xuyên
thường xuân
thưởng hoa
thưởng lãm
thưởng ngoạn
thưởng nguyệt
thưởng phạt
thưởng thức
thưởng trăng
thưởng tướng khao quân
thưởng xuân
thưỡn mặt
thưỡn thà thưỡn thẹo
thưỡn thẹo
thược dược
thượng biểu
thượng bì
thượng bình
thượng bằng la
thượng cát
thượng công
thượng cường
thượng cấp
thượng cốc
thượng cổ
thượng cửu
thượng du
thượng dụ
thượng giáo
thượng giáp
thượng giới
thượng hiền
thượng hoà
thượng hoàng
thượng hoá
thượng huyền
thượng hà
thượng hương
thượng hưởng
thượng hạ
thượng hạng
thượng hảo hạng
thượng khách
thượng khẩn
thượng kinh
thượng kiệm
thượng lan
thượng liên
thượng long
thượng lâm
thượng lý
thượng lĩnh
thượng lưu
thượng lương
thượng lệnh
thượng lộ
thượng lộ bình an
thượng lộc
thượng mã
thượng mỗ
thượng nghị sĩ
thượng nghị viện
thượng nguyên
thượng nguồn
thượng nhật
thượng ninh
thượng nung
thượng nông
thượng phong
thượng phùng
thượng phẩm
thượng quan
thượng quảng
thượng quận
thượng quốc
thượng sách
thượng sĩ
thượng sơn
thượng thanh
thượng thiện
thượng thôn
thượng thư
thượng thẩm
thượng thận
thượng thặng
thượng thọ
thượng thổ hạ tạ
thượng ti
thượng tiến
thượng toạ
thượng trung
thượng tuần
thượng ty
thượng tá
thượng tân
thượng tướng
thượng tầng
thượng tầng kiến trúc
thượng tằng
thượng tỉ
thượng tọa
thượng uyển
thượng uý
thượng viện
thượng vàng hạ cám
thượng võ
thượng vũ
thượng vị
thượng vực
thượng yên công
thượng ân
thượng úy
thượng điền
thượng đài
thượng đình
thượng đạt
thượng đẳng
thượng đế
thượng đỉnh
thượng đồng
thượng ấm
thạc gián
thạc nam
thạc sĩ
thạch an
thạch anh
thạch bàn
thạch bình
thạch bản
thạch bằng
thạch cao
thạch châu
thạch cầu
thạch cẩm
thạch giám
thạch hoà
thạch hoá
thạch hà
thạch hãn
thạch hưng
thạch hương
thạch hạ
thạch hải
thạch học
thạch hộc
thạch hội
thạch khoán
thạch khê
thạch khí
thạch khôi
thạch kim
thạch kiệt
thạch kêng
thạch linh
thạch liên
thạch long
thạch lâm
thạch lưu
thạch lương
thạch lạc
thạch lập
thạch lỗi
thạch lựu
thạch ma
thạch môn
thạch mỹ
thạch ngàn
thạch ngọc
thạch nhung
thạch nhũ
thạch phú
thạch quyển
thạch quý
thạch quảng
thạch quới
thạch sùng
thạch sơn
thạch thang
thạch thanh
thạch thành
thạch thán
thạch thượng
thạch thảo
thạch thất
thạch thắng
thạch tiến
thạch trung
thạch trị
thạch tân
thạch tín
thạch tùng
thạch tượng
thạch văn
thạch vĩnh
thạch xuân
thạch xá
thạch xương bồ
thạch yên
thạch đen
thạch điền
thạch đà
thạch đài
thạch đạn
thạch đỉnh
thạch định
thạch đồng
thạch động
thạch ấn
thạnh an
thạnh bình
thạnh hoà
thạnh hoà sơn
thạnh hoá
thạnh hưng
thạnh hải
thạnh lộc
thạnh lợi
thạnh mỹ
thạnh mỹ lợi
thạnh mỹ tây
thạnh ngãi
thạnh nhựt
thạnh phong
thạnh phú
thạnh phú đông
thạnh phước
thạnh quới
thạnh thắng
thạnh thới an
thạnh thới thuận
thạnh trị
thạnh tân
thạnh tây
thạnh xuân
thạnh yên
thạnh đông
thạnh đông a
thạnh đông b
thạnh đức
thạo tin
thạo đời
thả bè
thả bước
thả bộ
thả cỏ
thả cửa
thả dù
thả ga
thả giàn
thả giọng
thả hổ về rừng
thả lỏng
thả mồi
thả mồi bắt bóng
thả nổi
thả rong
thả sức
thải bỏ
thải hồi
thải loại
thải nhiệt
thải trừ
thảm bại
thảm cảnh
thảm hoạ
thảm hại
thảm họa
thảm khốc
thảm kịch
thảm mục
thảm não
thảm sát
thảm sầu
thảm thiết
thảm thê
thảm thương
thảm thực vật
thảm trạng
thảm xanh
thảm đạm
thảm đỏ
thản bạch
thản nhiên
thảng hoặc
thảng thốt
thảnh thơi
thảo am
thảo cầm viên
thảo dã
thảo hiền
thảo hèn
thảo luận
thảo lư
thảo lảo
thảo mộc
thảo ngay
thảo nguyên
thảo nào
thảo phạt
thảo quyết minh
thảo quả
thảo trùng
thảo xá
thảo điền
thảo đường
thảy thảy
thấm nhuần
thấm thoát
thấm thoắt
thấm tháp
thấm thía
thấm đòn
thấm đượm
thấp bé
thấp chủn
thấp cổ bé họng
thấp cổ bé miệng
thấp hèn
thấp khớp
thấp kém
thấp kế
thấp lè tè
thấp mưu
thấp tho
thấp thoáng
thấp thó
thấp thỏm
thất bát
thất bại
thất bảo
thất chí
thất cách
thất cơ
thất cơ lỡ vận
thất cử
thất gia
thất hiếu
thất hòa
thất hùng
thất học
thất hứa
thất khiếu
thất khê
thất kinh
thất luật
thất lạc
thất lễ
thất lộc
thất nghiệp
thất ngôn
thất ngôn bát cú
thất nhân tâm
thất niêm
thất phu
thất phẩm
thất sách
thất sắc
thất sở
thất sủng
thất sừng
thất tha thất thểu
thất thanh
thất thiệt
thất thoát
thất thu
thất thân
thất thường
thất thất
thất thần
thất thế
thất thểu
thất thố
thất thủ
thất tinh
thất tiết
thất toán
thất trinh
thất trung
thất truyền
thất trận
thất tung
thất tuần
thất tán
thất tình
thất tín
thất tịch
thất vận
thất vọng
thất xuất
thất ý
thất điên bát đảo
thất đảm
thất đảm kinh hồn
thất đức
thất ước
thấu hiểu
thấu kính
thấu kính hội tụ
thấu kính phân kì
thấu lí
thấu nhiệt
thấu niệm
thấu quang
thấu suốt
thấu thị
thấu triệt
thấu trời
thấu tình
thấu tình đạt lí
thấu đáo
thấu đạt
thấy bà
thấy cha
thấy kinh
thấy mẹ
thấy mồ
thấy tháng
thấy tội
thấy đâu bâu đấy
thấy đâu âu đấy
thầm kín
thầm lén
thầm lặng
thầm mong trộm nhớ
thầm thì
thầm thĩ
thầm vụng
thầm yêu trộm nhớ
thần bí
thần bí hoá
thần chú
thần chết
thần chủ
thần công
thần diệu
thần dân
thần dược
thần giao cách cảm
thần hiệu
thần hôn
thần hôn định tỉnh
thần hạ
thần hệ
thần học
thần hồn
thần khí
thần khải
thần khẩu
thần kinh
thần kinh hệ
thần kinh học
thần kinh ngoại biên
thần kinh trung ương
thần kì
thần kỳ
thần linh
thần linh học
thần luận
thần lí
thần lực
thần minh
thần mộng
thần nanh đỏ mỏ
thần ngôn
thần nhân
thần nông
thần phả
thần phật
thần phụ
thần phục
thần quyền
thần sa
thần sắc
thần thoại
thần thoại học
thần thuật
thần thái
thần thánh
thần thánh hoá
thần thông
thần thông biến hoá
thần thông quảng đại
thần thế
thần tiên
thần trí
thần tài
thần tình
thần tích
thần tính
thần tượng
thần tốc
thần tử
thần xa
thần xuất quỷ một
thần xuất quỷ nhập
thần xác
thần đạo
thần đồng
thầu dầu
thầu khoán
thầu lại
thầu đâu
thầy bà
thầy bói
thầy bói xem voi
thầy chùa
thầy cãi
thầy cò
thầy cô
thầy cúng
thầy cả
thầy cử
thầy dòng
thầy dùi
thầy giáo
thầy giùi
thầy học
thầy kiện
thầy kí
thầy ký
thầy lang
thầy mo
thầy mằn
thầy mẹ
thầy phán
thầy pháp
thầy quyền
thầy số
thầy thuốc
thầy thuốc nhân dân
thầy thuốc ưu tú
thầy thông
thầy thợ
thầy thừa
thầy trò
thầy trợ
thầy tu
thầy tuồng
thầy tào
thầy tướng
thầy tớ
thầy xí
thầy địa
thầy địa lí
thầy đồ
thầy đờn
thẩm cứu
thẩm duyệt
thẩm dương
thẩm lậu
thẩm mĩ
thẩm mĩ học
thẩm mỹ
thẩm mỹ học
thẩm mỹ quan
thẩm phán
thẩm phán quan
thẩm quyền
thẩm sát
thẩm thấu
thẩm tra
thẩm tích
thẩm vấn
thẩm xét
thẩm âm
thẩm đoán
thẩm định
thẩn thơ
thẩn thờ
thẩu núi
thẩu xoan
thẫn thờ
thậm chí
thậm cấp
thậm cấp chí nguy
thậm thà thậm thụt
thậm thịch
thậm thọt
thậm thụt
thậm tệ
thậm xưng
thận học
thận trọng
thập can
thập cẩm
thập diện
thập hồng
thập kỉ
thập kỷ
thập loại chúng sinh
thập lục
thập lục huyền
thập ngoặc
thập nhị chi
thập nhị phân
thập niên
thập niên đăng hoả
thập phân
thập phương
thập phương chư phật
thập thành
thập thò
thập thõm
thập toàn
thập toàn đại bổ
thập trưởng
thập tử nhất sinh
thập tự
thập tự chinh
thập tự quân
thập ác
thập điều
thập điện
thập đạo
thật bụng
thật là
thật lòng
thật lực
thật như đếm
thật ra
thật sự
thật thà
thật thà như đếm
thật tâm
thật tình
thắc mắc
thắc thỏm
thắm thiết
thắm thịt đỏ da
thắm tươi
thắng bại
thắng bộ
thắng cuộc
thắng cương
thắng cảnh
thắng cử
thắng lợi
thắng mố
thắng như chẻ tre
thắng phụ
thắng quân
thắng sơn
thắng thuỷ
thắng thế
thắng trận
thắng tích
thắng địa
thắp bút
thắp hương
thắp sáng
thắt buộc
thắt chặt
thắt cổ
thắt cổ bồng
thắt gan thắt ruột
thắt gút
thắt lưng
thắt lưng buộc bụng
thắt ngặt
thắt nút
thắt ruột thắt gan
thắt đáy
thắt đáy lưng ong
thằn lằn
thằn lằn bay
thằn lằn rắn ráo
thằn lằn đứt đuôi
thằng bé
thằng bờm
thằng cha
thằng chài
thằng chả
thằng chổng
thằng ngáo lên chùa
thằng nhỏ
thằng thúc
thẳng bong
thẳng băng
thẳng cánh
thẳng cánh cò bay
thẳng cẳng
thẳng giấc
thẳng góc
thẳng hàng
thẳng như kẻ chỉ
thẳng như ruột ngựa
thẳng phép
thẳng ruột ngựa
thẳng tay
thẳng thắn
thẳng thớm
thẳng thừng
thẳng tuồn tuột
thẳng tuột
thẳng tính
thẳng tắp
thẳng đuồn đuột
thẳng đuỗn
thẳng đuột
thẳng đơ
thẳng đứng
thặng dư
thặng vốn
thẹn lòng
thẹn lục e hồng
thẹn mặt
thẹn phấn tủi hồng
thẹn thò
thẹn thùng
thẹn thẹn
thẹn đèn hổ lửa
thẹp cau
thẻ bài
thẻ ngà
thẻ thót
thẻ vàng
thẻ đỏ
thẽ thọt
thế bạ
thế chiến
thế chân
thế chấp
thế chẻ tre
thế chứ
thế cuộc
thế công
thế cùng lực kiệt
thế cùng lực tận
thế cưỡi hổ
thế cố
thế cục
thế gia
thế gia tử đệ
thế gia vọng tộc
thế gian
thế giao
thế giới
thế giới hóa
thế giới ngữ
thế giới quan
thế giới thứ ba
thế giới vi mô
thế giới vĩ mô
thế giới đại đồng
thế hiệu
thế huynh
thế hệ
thế kỉ
thế kỷ
thế là
thế lộ
thế lực
thế mà
thế mạng
thế mạnh
thế nghiệp
thế nghiệp điền
thế nghị
thế nhân
thế như chẻ tre
thế nhưng
thế nào
thế năng
thế phiệt
thế phiệt trâm anh
thế phát
thế phẩm
thế ra
thế rồi
thế sự
thế thái
thế thái nhân tình
thế thì
thế thường
thế thần
thế thủ
thế trận
thế tình
thế tôn
thế tất
thế tập
thế tổ
thế tộc
thế tục
thế tục hóa
thế tử
thế và
thế vận
thế vận hội
thế vị
thế đại
thế đạo
thế đạo nhân tâm
thế đệ
thế đồ
thếp vàng
thết tiệc
thết đãi
thề bồi
thề bội
thề lái trâu
thề nguyền
thề non hẹn biển
thề sống thề chết
thề thốt
thề độc
thề ước
thềm lục địa
thềm nghỉ
thều thào
thể chất
thể chế
thể chế hoá
thể cách
thể diện
thể dịch
thể dục
thể dục chữa bệnh
thể dục dụng cụ
thể dục học
thể dục nhịp điệu
thể dục thẩm mĩ
thể dục thể hình
thể hiện
thể hình
thể hạt
thể hệ
thể khảm
thể kết
thể loại
thể lượng
thể lệ
thể lực
thể môn
thể nghiệm
thể nhiễm sắc
thể nhân
thể nào
thể nấm
thể nền
thể nữ
thể phách
thể sợi
thể thao
thể theo
thể thống
thể thức
thể trạng
thể trọng
thể tài
thể tình
thể tích
thể tích kế
thể tường
thể tạng
thể tấm
thể tất
thể từ
thể từ hóa
thể xác
thể đôi
thể địa
thể đột biến
thệ hải minh sơn
thệ sư
thệ thủy
thỉnh an
thỉnh cầu
thỉnh giáo
thỉnh giảng
thỉnh kinh
thỉnh mệnh
thỉnh nguyện
thỉnh thoảng
thỉnh thị
thị chính
thị cầu
thị dân
thị dục
thị giá
thị giác
thị giảng
thị hiếu
thị hoa
thị hùng
thị kính
thị lang
thị lực
thị mẹt
thị ngân
thị nữ
thị oai
thị phi
thị phạm
thị phần
thị quan
thị sai
thị sát
thị sảnh
thị thành
thị thần
thị thế
thị thực
thị trường
thị trường hóa
thị trường tiền tệ
thị trưởng
thị trấn
thị tì
thị tần
thị tộc
thị tứ
thị tỳ
thị uy
thị uỷ
thị vải
thị vệ
thị xã
thị yến
thị điều
thị đồng
thị độ
thị độc
thị ủy
thịch thịch
thịnh danh
thịnh hành
thịnh hưng
thịnh lang
thịnh liệt
thịnh long
thịnh lộc
thịnh nộ
thịnh quang
thịnh soạn
thịnh suy
thịnh sơn
thịnh thành
thịnh thế
thịnh thời
thịnh trị
thịnh tình
thịnh vượng
thịnh ý
thịnh đán
thịnh đạt
thịnh đức
thịt ba chỉ
thịt băm
thịt dọi
thịt hầm
thịt kho
thịt luộc
thịt lưng
thịt mông
thịt nát xương tan
thịt nây
thịt nướng
thịt nạc
thịt quay
thịt thà
thịt thăn
thịt thủ
thịt vai
thọ an
thọ bình
thọ chung
thọ cường
thọ diên
thọ dân
thọ giáo
thọ giới
thọ hải
thọ hợp
thọ lam
thọ lâm
thọ lập
thọ lộc
thọ minh
thọ mệnh
thọ nghiệp
thọ nguyên
thọ ngọc
thọ phú
thọ quan
thọ sơn
thọ thanh
thọ thành
thọ thắng
thọ thế
thọ tiên
thọ trường
thọ tân
thọ vinh
thọ văn
thọ vực
thọ xuân
thọ xương
thọ đường
thọc gậy bánh xe
thọc huyết
thọc léc
thọc lét
thọc sâu
thỏ lặn ác tà
thỏ rừng
thỏ thẻ
thỏ đế
thỏa chí
thỏa hiệp
thỏa lòng
thỏa mãn
thỏa nguyện
thỏa thuê
thỏa thuận
thỏa thích
thỏa đáng
thố hoại
thố lộ
thố tha
thốc tháo
thối chí
thối hoăng
thối hoắc
thối hôn
thối mồm
thối nát
thối om
thối ruỗng
thối rễ
thối rữa
thối tai
thối tha
thối thác
thối thây
thống chế
thống giác kế
thống khoái
thống khổ
thống kê
thống kê học
thống kênh
thống lãnh
thống lí
thống lý
thống lĩnh
thống mạ
thống nhất
thống nhứt
thống phong
thống soái
thống suất
thống sứ
thống thiết
thống trị
thống tướng
thống đốc
thốt khẳm
thốt nhiên
thốt nốt
thồm lồm
thồn thộn
thổ bình
thổ canh
thổ chu
thổ châu
thổ công
thổ cư
thổ cẩm
thổ dân
thổ hoàng liên
thổ huyết
thổ hào
thổ lộ
thổ lộ can trường
thổ mộ
thổ mộc
thổ mộc hương
thổ nghi
thổ ngơi
thổ ngọc phún châu
thổ ngữ
thổ nhưỡng
thổ nhưỡng học
thổ phỉ
thổ phục linh
thổ quan
thổ sơn
thổ sản
thổ tang
thổ thần
thổ ti
thổ tinh
thổ trước
thổ trạch
thổ ty
thổ tù
thổ tả
thổ âm
thổ đà bắc
thổ địa
thổi chim
thổi mòn
thổi ngạt
thổi nấu
thổi phồng
thổn thện
thổn thức
thỗn thện
thộp ngực
thớ lợ
thớ xoắn
thới an
thới an hội
thới an đông
thới bình
thới hoà
thới lai
thới long
thới quản
thới sơn
thới tam thôn
thới thuận
thới thạnh
thới đông
thờ cha kính mẹ
thờ chồng nuôi con
thờ cúng
thờ lửa
thờ phụng
thờ thẫn
thờ tự
thờ vọng
thờ ơ
thời biểu
thời buổi
thời bình
thời bệnh
thời chiến
thời cuộc
thời cơ
thời cục
thời gian
thời gian biểu
thời gian phân chia
thời gian thực
thời gian vũ trụ
thời giá
thời giờ
thời hiệu
thời hạn
thời khoá biểu
thời khí
thời khóa biểu
thời khắc
thời khắc biểu
thời kì
thời kế
thời kỳ
thời loạn
thời luận
thời lượng
thời nay
thời nghi
thời nhân
thời sự
thời sự hóa
thời thượng
thời thế
thời tiết
thời trang
thời trân
thời trị
thời vận
thời vị
thời vụ
thời xưa
thời điểm
thời đàm
thời đại
thời đại đồ sắt
thời đại đồ đá
thời đại đồ đồng
thờn bơn
thở dài
thở dốc
thở hắt
thở hắt ra
thở hồng hộc
thở ngắn than dài
thở phào
thở ra
thở ra lỗ tai
thở than
thở vào
thở vắn than dài
thợ bạc
thợ bạn
thợ chạm
thợ chủ
thợ cày
thợ cán
thợ cưa
thợ cạo
thợ cả
thợ doa
thợ dệt
thợ giày
thợ giặt
thợ gặt
thợ gốm
thợ hàn
thợ hồ
thợ in
thợ khóa
thợ khắc
thợ kim hoàn
thợ kèn
thợ lặn
thợ may
thợ máy
thợ mã
thợ mỏ
thợ mộc
thợ ngoã
thợ nguội
thợ ngôi
thợ ngõa
thợ nhuộm
thợ nề
thợ phay
thợ rào
thợ rèn
thợ sàng
thợ săn
thợ sơn
thợ sắp chữ
thợ thuyền
thợ thêu
thợ thơ
thợ thủ công
thợ tiện
thợ trời
thợ vẽ
thợ xẻ
thợ điện
thợ đúc
thợ đấu
thụ bì
thụ bệnh
thụ chức
thụ cảm
thụ giáo
thụ giới
thụ hình
thụ hưởng
thụ hại
thụ lí
thụ lập
thụ mệnh
thụ mộc học
thụ nghiệp
thụ phong
thụ phấn
thụ phấn nhân tạo
thụ tang
thụ thai
thụ tinh
thụ tinh nhân tạo
thụ trai
thụ án
thụ ân
thụ động
thục hồi
thục luyện
thục mạng
thục nữ
thục quỳ
thục tội
thục điền
thục địa
thụng thịu
thụp thụp
thụt giữ
thụt két
thụt lui
thụt lùi
thụt nhuận tràng
thụt tháo
thụt tẩy
thụt xà lùi
thụy du
thụy hương
thụy miên liệu pháp
thủ bút
thủ bạ
thủ bản
thủ chỉ
thủ công
thủ công nghiệp
thủ công nghệ
thủ cấp
thủ cựu
thủ dâm
thủ dầu một
thủ giữ
thủ hiến
thủ hiểm
thủ hoa
thủ hạ
thủ hộ
thủ kho
thủ khoa
thủ lãnh
thủ lĩnh
thủ lễ
thủ môn
thủ mưu
thủ pháo
thủ pháp
thủ phạm
thủ phận
thủ phủ
thủ quân
thủ quĩ
thủ quỹ
thủ sỹ
thủ thiêm
thủ thuật
thủ thuật viên
thủ thành
thủ thân
thủ thư
thủ thường
thủ thế
thủ thỉ
thủ thừa
thủ tiêu
thủ tiết
thủ trì
thủ trưởng
thủ tín
thủ túc
thủ tướng
thủ tướng phủ
thủ tục
thủ từ
thủ tự
thủ vai
thủ vĩ ngâm
thủ xướng
thủ xảo
thủ đoạn
thủ đô
thủ đắc
thủ đức
thủi thủi
thủng lưới
thủng nồi trôi chõ
thủng nồi trôi rế
thủng thẳng
thủng thỉnh
thủng trống long bồng
thủng trống long chiêng
thủy binh
thủy chiến
thủy chung
thủy dịch
thủy lôi
thủy lạo
thủy lộ
thủy lực
thủy mặc
thủy ngân
thủy nông
thủy phi cơ
thủy phân
thủy phận
thủy quân
thủy quân lục chiến
thủy sư
thủy sư đô đốc
thủy sản
thủy tai
thủy thần
thủy thổ
thủy thủ
thủy tinh
thủy tinh dịch
thủy tinh thể
thủy tiên
thủy triều
thủy tạ
thủy tổ
thủy văn
thủy điện
thủy đạo
thủy động học
thứ ba
thứ bảy
thứ bậc
thứ cấp
thứ dân
thứ dân viện
thứ hai
thứ hạng
thứ hầu
thứ lỗi
thứ mười một
thứ mẫu
thứ nam
thứ nguyên
thứ năm
thứ nữ
thứ phi
thứ phát
thứ phòng
thứ phẩm
thứ sinh
thứ sáu
thứ sử
thứ thiệt
thứ thất
thứ trưởng
thứ tư
thứ tử
thứ tự
thứ vị
thứ yếu
thứ đẳng
thứ đến
thứ đệ
thức dậy
thức giả
thức giấc
thức khuya dậy sớm
thức ngon vật lạ
thức nhắc
thức thời
thức thức
thức tỉnh
thức uống
thức ăn
thức ăn hỗn hợp
thức ăn thô
thức ăn tinh
thức ăn ủ
thừa chết thiếu sống
thừa cơ
thừa dịp
thừa gió bẻ măng
thừa giấy vẽ voi
thừa hành
thừa hưởng
thừa kế
thừa lúc
thừa lương
thừa lệnh
thừa mệnh
thừa mứa
thừa nhận
thừa phái
thừa phát lại
thừa quản
thừa sai
thừa số
thừa sống thiếu chết
thừa sức
thừa thiên
thừa thãi
thừa thắng
thừa thế
thừa ti
thừa tiếp
thừa trừ
thừa tuyên
thừa tướng
thừa tập
thừa từ
thừa tự
thừa ân
thừa đức
thừa ưa
thừa ứa
thừng chão
thừng mực
thừng tinh
thử hỏi
thử lòng
thử lửa
thử nghiệm
thử sức
thử thách
thự thạch
thực bào
thực bì
thực bụng
thực chi
thực chất
thực chứng
thực chứng luận
thực dân
thực dân mới
thực dân địa
thực dụng
thực dụng chủ nghĩa
thực hiện
thực hành
thực hình
thực hư
thực học
thực khách
thực là
thực lòng
thực lợi
thực lục
thực lực
thực mục sở thị
thực nghiệm
thực nghiệp
thực nghiệp dân báo
thực phẩm
thực quyền
thực quản
thực ra
thực sản
thực sự
thực sự cầu thị
thực tay
thực thi
thực thu
thực thà
thực thể
thực thụ
thực tiễn
thực trạng
thực tài
thực tâm
thực tình
thực tình mà nói
thực túc binh cường
thực tại
thực tại hóa
thực tại khách quan
thực tập
thực tập sinh
thực tế
thực từ
thực vật
thực vật bậc thấp
thực vật chí
thực vật học
thực đơn
thực địa
thực định
ti chức
ti hào
ti hí
ti niết
ti phiên
ti thuộc
ti thể
ti ti
ti tiện
ti toe
ti trúc
ti trưởng
ti tích
ti tầng
ti tỉ
tia alpha
tia beta
tia bê ta
tia cực tím
tia gamma
tia hồng ngoại
tia khúc xạ
tia ló
tia lửa điện
tia phóng xạ
tia roentgen
tia sáng
tia số
tia tía
tia tới
tia tử ngoại
tia vũ trụ
tia x
tia âm cực
tim gan
tim la
tim mạch
tim tím
tim đen
tin buồn
tin bạn mất vợ
tin bợm mất bò
tin chắc
tin cẩn
tin cậy
tin dùng
tin dữ
tin giật gân
tin hin
tin học
tin lành
tin mừng
tin nhạn
tin nhảm
tin sét đánh
tin sương
tin tưởng
tin tức
tin vui
tin vắn
tin vặt
tin vỉa hè
tin vịt
tin yêu
tin đi mối lại
tin đồn
tinh anh
tinh binh
tinh bào
tinh bột
tinh chất
tinh chế
tinh cất
tinh cầu
tinh diệu
tinh dầu
tinh dịch
tinh giảm
tinh giản
tinh gọn
tinh hoa
tinh hoa chủ nghĩa
tinh hoàn
tinh hồng nhiệt
tinh khiết
tinh khí
tinh khôi
tinh khôn
tinh kì
tinh kỳ
tinh linh
tinh luyện
tinh lạc
tinh lọc
tinh lực
tinh ma
tinh mũi
tinh mơ
tinh mạc
tinh nghĩa
tinh nghịch
tinh nhanh
tinh nhuệ
tinh quái
tinh quặng
tinh ranh
tinh sai
tinh sương
tinh thuần
tinh thành
tinh thông
tinh thạch
tinh thạo
tinh thần
tinh thần hóa
tinh thể
tinh thể học
tinh thục
tinh tinh
tinh trùng
tinh tuý
tinh tú
tinh túy
tinh tươm
tinh tường
tinh tế
tinh tỉnh
tinh tử
tinh vi
tinh vân
tinh vệ
tinh xác
tinh xảo
tinh ý
tinh đồ
tinh đời
tiu nghỉu
tiu nguỷu
tiêm chích
tiêm chủng
tiêm kích
tiêm la
tiêm lửa
tiêm mao
tiêm nhiễm
tiêm nhập
tiêm truyền
tiêm tất
tiêm tế
tiên an
tiên châu
tiên chỉ
tiên cung
tiên cát
tiên cô
tiên cảnh
tiên cẩm
tiên du
tiên dương
tiên dược
tiên giác
tiên giới
tiên hiền
tiên hiệp
tiên hoa
tiên hoàng
tiên hoạch
tiên hà
tiên hưng
tiên hải
tiên hội
tiên kiên
tiên kiến
tiên kiều
tiên kỳ
tiên linh
tiên liệt
tiên liệu
tiên long
tiên lãng
tiên lãnh
tiên lương
tiên lượng
tiên lập
tiên lộc
tiên lục
tiên lữ
tiên mao trùng
tiên minh
tiên mỹ
tiên nga
tiên nghiệm
tiên ngoại
tiên ngọc
tiên nha
tiên nho
tiên nhân
tiên nội
tiên nữ
tiên phong
tiên phong đạo cốt
tiên phú
tiên phương
tiên phước
tiên quyết
tiên quân
tiên rồng
tiên sinh
tiên sơn
tiên sư
tiên sư cha
tiên thiên
tiên thiên bất túc
tiên thuận
tiên thuỷ
tiên thành
tiên thánh
tiên thường
tiên thề
tiên thọ
tiên thủ
tiên tiến
tiên tri
tiên triết
tiên triệu
tiên tân
tiên tổ
tiên tử
tiên vương
tiên yên
tiên ông
tiên đan
tiên điền
tiên đoán
tiên đế
tiên đề
tiên đề hoá
tiên định
tiên đồng
tiên động
tiêng tiếc
tiêu biến
tiêu biểu
tiêu bản
tiêu chuẩn
tiêu chuẩn hoá
tiêu chuẩn hóa
tiêu chí
tiêu chảy
tiêu cự
tiêu cự kế
tiêu cực
tiêu dao
tiêu diêu
tiêu diệt
tiêu diệt chiến
tiêu dùng
tiêu hao
tiêu hoá
tiêu huyền
tiêu huỷ
tiêu hóa
tiêu hôn
tiêu hồn
tiêu hủy
tiêu khiển
tiêu ma
tiêu muối
tiêu mòn
tiêu ngữ
tiêu non
tiêu pha
tiêu phí
tiêu phòng
tiêu sinh
tiêu sái
tiêu sơ
tiêu sơn
tiêu sầu
tiêu sắc
tiêu sọ
tiêu tan
tiêu tao
tiêu thiều
tiêu thuỷ
tiêu thổ
tiêu thổ kháng chiến
tiêu thụ
tiêu tiền
tiêu tiền như nước
tiêu tiền như phá
tiêu tiền như rác
tiêu trừ
tiêu tán
tiêu tùng
tiêu tức
tiêu vong
tiêu xài
tiêu xưng
tiêu âm
tiêu úng
tiêu điều
tiêu điểm
tiêu đề
tiêu độc
tiếc công
tiếc của
tiếc hùi hụi
tiếc lời
tiếc ngẫn
tiếc nuối
tiếc rẻ
tiếc sức
tiếc thay
tiếc thương
tiếm chủ
tiếm ngôi
tiếm quyền
tiếm vị
tiếm đoạt
tiến bộ
tiến châu
tiến công
tiến cống
tiến cử
tiến dũng
tiến hoá
tiến hoá luận
tiến hành
tiến hóa
tiến lộc
tiến lợi
tiến nông
tiến quân
tiến sĩ
tiến sơn
tiến thoái
tiến thoái lưỡng nan
tiến thành
tiến thân
tiến thắng
tiến thịnh
tiến thủ
tiến triển
tiến trình
tiến tới
tiến xuân
tiến đông
tiến độ
tiến động
tiến đức
tiếng bấc tiếng chì
tiếng chì tiếng bấc
tiếng cả nhà không
tiếng dội
tiếng dữ
tiếng khoan tiếng nhặt
tiếng kinh
tiếng kêu
tiếng là
tiếng lành
tiếng lóng
tiếng mẹ đẻ
tiếng một
tiếng nói
tiếng oan dậy đất
tiếng oanh
tiếng ong tiếng ve
tiếng phổ thông
tiếng rằng
tiếng thơm
tiếng thế
tiếng thổi
tiếng tăm
tiếng tốt
tiếng vang
tiếng vọng
tiếng xấu
tiếng đế
tiếng địa phương
tiếng địch
tiếng đồn
tiếng đồng hồ
tiếng động
tiếng ồn
tiếp chiến
tiếp chuyện
tiếp cây
tiếp cận
tiếp cứu
tiếp diễn
tiếp diện
tiếp dẫn
tiếp giáp
tiếp hạch
tiếp hợp
tiếp khách
tiếp khẩu
tiếp kiến
tiếp kí
tiếp linh
tiếp liên
tiếp liền
tiếp liệu
tiếp lời
tiếp máu
tiếp ngôn
tiếp nhận
tiếp nối
tiếp phát
tiếp phòng
tiếp phẩm
tiếp quản
tiếp rước
tiếp sau
tiếp sức
tiếp tay
tiếp theo
tiếp thu
tiếp thị
tiếp thụ
tiếp tinh hoàn
tiếp tuyến
tiếp tân
tiếp tế
tiếp tố
tiếp tục
tiếp viên
tiếp viện
tiếp vĩ ngữ
tiếp vận
tiếp xúc
tiếp âm
tiếp điểm
tiếp đãi
tiếp đón
tiếp đầu ngữ
tiếp ảnh
tiếp ứng
tiết canh
tiết chế
tiết diện
tiết dê
tiết dục
tiết giảm
tiết hạnh
tiết hạnh khả phong
tiết hợp
tiết kiệm
tiết liệt
tiết lưu
tiết lậu
tiết lộ
tiết mao
tiết mục
tiết nghĩa
tiết niệu
tiết phụ
tiết sạch giá trong
tiết tháo
tiết thụ
tiết thực
tiết trinh
tiết túc
tiết tấu
tiết tố
tiết điệu
tiết độ sứ
tiết ước
tiếu lâm
tiếu mạ
tiềm giác
tiềm kích
tiềm lực
tiềm lực quân sự
tiềm nhập
tiềm năng
tiềm phục
tiềm sinh
tiềm thuỷ đĩnh
tiềm thủy đĩnh
tiềm thức
tiềm tiệm
tiềm tàng
tiềm vọng
tiềm vọng kính
tiềm đĩnh
tiềm ẩn
tiền an
tiền bào tử
tiền bạc
tiền bối
tiền cò
tiền công
tiền căn
tiền cước
tiền cảnh
tiền cọc
tiền cổ điển
tiền của
tiền diệp lục
tiền duyên
tiền dư
tiền dạng
tiền giang
tiền gián
tiền giấy
tiền hô hậu ủng
tiền hải
tiền hậu bất nhất
tiền hết gạo không
tiền hồ
tiền khai hoa
tiền khoa học
tiền khu
tiền khả thi
tiền khởi nghĩa
tiền kiếp
tiền liệt tuyến
tiền lê
tiền lưng gạo bị
tiền lương
tiền lương danh nghĩa
tiền lương thực tế
tiền lẻ
tiền lệ
tiền mãi lộ
tiền mãn kinh
tiền mất tật mang
tiền mặt
tiền ngay
tiền nghìn bạc vạn
tiền ngữ
tiền nhiệm
tiền nhân
tiền như nước
tiền nong
tiền nào của ấy
tiền nóng
tiền nước
tiền oan nghiệp chướng
tiền oan túc trái
tiền phong
tiền phong chủ nghĩa
tiền phân bào
tiền phòng
tiền phôi
tiền phương
tiền quân
tiền quân dịch
tiền quý
tiền rừng bạc bể
tiền sinh
tiền sơn nguyên
tiền sảnh
tiền sống
tiền sử
tiền sử học
tiền sự
tiền thân
tiền thưởng
tiền thế
tiền tinh trùng
tiền tiêu
tiền tiến
tiền trao cháo múc
tiền triết
tiền triều
tiền triệu
tiền trái
tiền trình
tiền trăm bạc chục
tiền trạm
tiền trảm hậu tấu
tiền tuyến
tiền tuất
tiền tài
tiền tâm thu
tiền tâm trương
tiền túi
tiền tạo
tiền tệ
tiền tệ hóa
tiền tố
tiền văn học
tiền vận
tiền vệ
tiền yên
tiền án
tiền đình
tiền đúc
tiền đường
tiền đạo
tiền đặt
tiền đặt cọc
tiền đề
tiền định
tiền định luận
tiền đồ
tiền đồn
tiền đồng
tiền đội
tiều phu
tiều tuỵ
tiều tụy
tiểu ban
tiểu bang
tiểu bài
tiểu bào tử
tiểu bì
tiểu cao
tiểu chú
tiểu chủ
tiểu câu
tiểu công nghiệp
tiểu công nghệ
tiểu công quốc
tiểu cần
tiểu cầu
tiểu di
tiểu dẫn
tiểu dị
tiểu gia súc
tiểu hoạ
tiểu hàn
tiểu hình
tiểu hùng
tiểu hùng tinh
tiểu học
tiểu hồi
tiểu hồng cầu
tiểu khoa
tiểu khu
tiểu khê
tiểu khí
tiểu khí hậu
tiểu kinh tế học
tiểu kiều
tiểu kỉ
tiểu kỷ
tiểu liên
tiểu loại
tiểu luận
tiểu mãn
tiểu mạch
tiểu mục
tiểu nghiệt
tiểu nhi
tiểu nhân
tiểu nhĩ
tiểu não
tiểu nông
tiểu phân tử
tiểu phẩm
tiểu phẫu
tiểu qui mô
tiểu quy mô
tiểu sinh
tiểu sản
tiểu sản xuất
tiểu sử
tiểu thhủ nông
tiểu thiếp
tiểu thuyết
tiểu thuyết hóa
tiểu thuỷ nông
tiểu thơ
tiểu thư
tiểu thương
tiểu thặng
tiểu thệ
tiểu thị dân
tiểu thủ công
tiểu thủy nông
tiểu thừa
tiểu thử
tiểu tinh
tiểu tiết
tiểu tiện
tiểu truyện
tiểu tràng
tiểu tu
tiểu tuyết
tiểu tuần hoàn
tiểu táo
tiểu tâm
tiểu tư sản
tiểu tường
tiểu tốt
tiểu tổ
tiểu từ
tiểu tử
tiểu tự
tiểu viên chức
tiểu vùng
tiểu vương
tiểu vương quốc
tiểu xảo
tiểu yêu
tiểu đoàn
tiểu đoàn bộ
tiểu đoàn phó
tiểu đoàn trưởng
tiểu đình
tiểu đăng khoa
tiểu đường
tiểu đậu
tiểu đề
tiểu đệ
tiểu địa chủ
tiểu đồng
tiểu đội
tiểu đội phó
tiểu đội trưởng
tiễn biệt
tiễn chân
tiễn hành
tiễn thu
tiễn đưa
tiễu phỉ
tiễu trừ
tiệc mặn
tiệc rượu
tiệc trà
tiệc tùng
tiệc yến
tiệm cận
tiệm tiến
tiện bề
tiện dân
tiện dịp
tiện dụng
tiện kĩ
tiện kỹ
tiện lợi
tiện nghi
tiện nội
tiện nữ
tiện tay
tiện thiếp
tiện thể
tiện tặn
tiện y
tiện ích
tiệp báo
tiệp diệp
tiệt khuẩn
tiệt nhiên
tiệt nọc
tiệt sản
tiệt trùng
to béo
to bụng
to cao
to chuyện
to con
to gan
to gan lớn mật
to hó
to kếch
to kềnh
to lớn
to mồm
to như cỗ giỗ
to như hộ pháp
to như voi
to như vâm
to nhỏ
to sù
to sụ
to tiếng
to tát
to tướng
to tổ bố
to xác
to xù
to xụ
to đùng
to đầu
to đầu mà dại
toa lét
toa nằm
toa rập
toa sàn
toa ăn
toan lo
toan tính
toang hoang
toang hoác
toang toang
toang toác
toanh tout
toe toe
toe toét
toen hoẻn
toi cơm
toi dịch
toi mạng
tom chát
tom góp
tom ngỏm
tom tóp
ton hót
ton ton
ton tả
tong teo
tong tong
tong tả
tong tỏng
top ten
topo học
totem giáo
toà báo
toà bố
toà giám mục
toà giảng
toà ngang dãy dọc
toà sen
toà soạn
toà thánh
toà thượng thẩm
toà án
toà án nhân dân
toà án phúc thẩm
toà án sơ thẩm
toà án thượng thẩm
toà án tối cao
toàn biến chất
toàn biến thái
toàn bích
toàn bị
toàn bộ
toàn cuộc
toàn cảnh
toàn cầu
toàn cục
toàn diện
toàn dân
toàn dưỡng
toàn dạng
toàn gia
toàn lực
toàn miệng
toàn mĩ
toàn mỹ
toàn năng
toàn phương
toàn phần
toàn quyền
toàn quân
toàn quốc
toàn sinh
toàn sơn
toàn sắc
toàn thiện
toàn thiện toàn mĩ
toàn thân
toàn thư
toàn thắng
toàn thể
toàn thị
toàn thịnh
toàn tinh
toàn tiến
toàn tiết
toàn trí
toàn tài
toàn tâm
toàn tâm toàn ý
toàn tòng
toàn tập
toàn văn
toàn vẹn
toá hoả
toá hoả mặt mày
toá hoả tam tinh
toác hoác
toán học
toán học hóa
toán kinh tế
toán loạn
toán lí
toán pháp
toán số
toán trưởng
toán tử
toán đố
toát dương
toát mồ hôi
toát xì cấu
toát yếu
toèn toẹt
toé khói
toé loe
toé phở
toét nhèm
toòng teng
toạ chi
toạ hưởng
toạ hưởng kì thành
toạ lạc
toạ thiền
toạ thực băng sơn
toạ thực sơn băng
toạ đàm
toạ đăng
toạ độ
toạ độ địa lí
toại chí
toại lòng
toại nguyện
toại ý
toả chiết
toả nhiệt
toả tình
tra bồ đề
tra chân vào cùm
tra của
tra cứu
tra hỏi
tra khảo
tra làm chiếu
tra soát
tra tấn
tra vấn
tra xét
trai giới
trai gái
trai lành gái tốt
trai lơ
trai ngọc
trai phòng
trai thanh gái lịch
trai tráng
trai trẻ
trai tài gái sắc
trai tơ gái lứa
trai đàn
trang bị
trang chủ
trang cụ
trang hoàng
trang kim
trang lá nước
trang lứa
trang mục
trang nghiêm
trang nhã
trang phục
trang sức
trang thiết bị
trang trí
trang trại
trang trải
trang trọng
trang viên
trang âm
trang điểm
trang đài
trang ấp
tranh biện
tranh bá đồ vương
tranh bộ ba
tranh bộ đôi
tranh bờ lấn cõi
tranh chấp
tranh cãi
tranh công
tranh cường
tranh cổ động
tranh cử
tranh dân gian
tranh dầu
tranh ghép mảnh
tranh giành
tranh giải
tranh hoành tráng
tranh hùng
tranh in tay
tranh khôn
tranh khảm màu
tranh khắc
tranh khắc gỗ
tranh khắc đồng
tranh liễn
tranh luận
tranh lụa
tranh màu bột
tranh màu keo
tranh nề
tranh phong
tranh quyền
tranh sinh hoạt
tranh sơn thuỷ
tranh thuỷ mạc
tranh thuỷ mặc
tranh thần thoại
tranh thờ
tranh thủ
tranh thủy mặc
tranh truyện
tranh tôn giáo
tranh tĩnh vật
tranh tường
tranh tấm
tranh tết
tranh tối tranh sáng
tranh tồn
tranh tụng
tranh tứ bình
tranh vanh
tranh vui
tranh vách
tranh vải
tranh ăn
tranh đoạt
tranh đua
tranh đả kích
tranh đấu
tranh đồ hoạ
tranh ảnh
trao lời
trao tay
trao tráo
trao trả
trao tặng
trao đổi
trau chuốt
trau dồi
trau giồi
tre gai
tre già măng mọc
tre hoá
tre luồng
tre là ngà
tre lồ ô
tre mỡ
tre nhà
tre nứa
tre pheo
tre trẻ
tre đằng ngà
tre ấm bụi
treo bảng
treo chức
treo cỏ
treo cổ
treo cờ
treo dải
treo giá
treo giò
treo giải
treo gương
treo mõm
treo mỏ
treo niêu
treo ấn từ quan
tri bỉ tri kỉ
tri châu
tri cơ
tri giao
tri giác
tri huyện
tri hô
tri hải
tri khách
tri kỉ
tri kỷ
tri lễ
tri nan hành dị
tri ngộ
tri niệm
tri năng
tri phú
tri phương
tri phủ
tri quá
tri thuỷ
tri thù
tri thức
tri thức rộng
tri tri
tri trung
tri tâm
tri tình
tri tôn
tri túc
tri âm
tri ân
trinh bạch
trinh nguyên
trinh nữ
trinh nữ học
trinh phú
trinh phụ
trinh sát
trinh sát viên
trinh sản
trinh thuận
trinh thám
trinh thục
trinh tiết
trinh trắng
triêu mộ
triết gia
triết học
triết lí
triết lý
triết nhân
triền miên
triều bái
triều châu
triều chính
triều cường
triều cống
triều dâng thác đổ
triều kiến
triều lưu
triều miếu
triều nghi
triều phục
triều suy
triều thần
triều yết
triều đình
triều đường
triều đại
triển hạn
triển khai
triển lãm
triển vọng
triệt binh
triệt hạ
triệt hồi
triệt phá
triệt sản
triệt thoái
triệt tiêu
triệt âm
triệt để
triệu an
triệu chứng
triệu chứng học
triệu dương
triệu giang
triệu hoà
triệu hải
triệu hồi
triệu long
triệu lăng
triệu lương
triệu lễ
triệu lộc
triệu nguyên
triệu người như một
triệu phong
triệu phú
triệu phước
triệu quang phục
triệu quốc đạt
triệu sơn
triệu thuận
triệu thành
triệu thượng
triệu thị trinh
triệu trinh nương
triệu triệu
triệu trạch
triệu trẫm
triệu tung
triệu tài
triệu tập
triệu việt vương
triệu vân
triệu ái
triệu ân
triệu âớu
triệu đô
triệu đông
triệu đại
triệu đề
tro bụi
tro tàn
trong giá trắng ngần
trong họ ngoài làng
trong khi
trong khoảng
trong làng ngoài nước
trong lành
trong lúc
trong mình
trong mờ
trong ngoài
trong ngọc trắng ngà
trong suốt
trong sáng
trong sạch
trong trắng
trong trẻo
trong veo
trong vòng
trong vắt
trong ấm ngoài êm
tru di
tru di tam tộc
tru diệt
tru tréo
trui luyện
trui rèn
trung an
trung bì
trung bình
trung bình chủ nghĩa
trung bình cộng
trung bình nhân
trung bộ
trung can
trung cao
trung chuyển
trung chánh
trung châu
trung chính
trung chải
trung cáo
trung cấp
trung cầu
trung cổ
trung diệp
trung du
trung dung
trung dũng
trung gian
trung giang
trung giao
trung giáp
trung giã
trung hiếu
trung hiếu vẹn toàn
trung hiệp
trung hoà
trung hoá
trung hà
trung hòa tử
trung hưng
trung hạ
trung hạn
trung hải
trung hậu
trung học
trung học chuyên nghiệp
trung học cơ sở
trung học phổ thông
trung hội
trung khu
trung khúc
trung kiên
trung kênh
trung kì
trung liên
trung liệt
trung lý
trung lưu
trung lương
trung lập
trung lập hoá
trung lập hóa
trung lập hạ
trung lập thượng
trung lễ
trung lộ
trung lộc
trung minh
trung màu
trung mô
trung môn
trung mỹ
trung mỹ tây
trung nghĩa
trung nguyên
trung ngãi
trung ngôn
trung nhiệt
trung nhất
trung niên
trung não
trung nông
trung nữ
trung phong
trung phân
trung phúc
trung phần
trung phẫu
trung phụng
trung quân
trung quả bì
trung sinh
trung sách
trung sĩ
trung sơn
trung sơn trầm
trung thiên
trung thiện
trung thu
trung thành
trung thành tây
trung thành đông
trung thượng
trung thất
trung thần
trung thần nghĩa sĩ
trung thận
trung thế kỉ
trung thế kỷ
trung thể
trung thịnh
trung thọ
trung thực
trung tiện
trung trinh
trung triêng
trung trũng
trung trạch
trung trị
trung trụ
trung trực
trung tu
trung tuyến
trung tuần
trung tá
trung táo
trung tâm
trung tâm điểm
trung tích
trung tín
trung tính
trung tú
trung tướng
trung tần
trung tầng
trung tỉ
trung tố
trung tử
trung tự
trung uý
trung văn
trung vệ
trung vị
trung xuân
trung y
trung yên
trung úy
trung ý
trung điểm
trung đoàn
trung đoàn bộ
trung đoàn phó
trung đoàn trưởng
trung đoạn
trung đô
trung đông
trung đại
trung đại học
trung đẳng
trung độ
trung đội
trung đội phó
trung đội trưởng
trung ương
trung ương tập quyền
truy bức
truy cập
truy cứu
truy hoan
truy hoàn
truy hô
truy hỏi
truy kích
truy lãnh
truy lùng
truy lĩnh
truy nguyên
truy nhận
truy nhập
truy nã
truy nạp
truy phong
truy quét
truy thu
truy tuỳ
truy tìm
truy tích ngược
truy tưởng
truy tầm
truy tặng
truy tố
truy vấn
truy xuất
truy xét
truy ép
truy điệu
truy đuổi
truyền bá
truyền bảo
truyền cảm
truyền dẫn
truyền giáo
truyền giáo học
truyền giống
truyền hình
truyền khẩu
truyền kiếp
truyền kì
truyền kỳ
truyền lệnh
truyền lực
truyền miệng
truyền một tin
truyền ngôi
truyền nhiễm
truyền nhiệt
truyền thanh
truyền thuyết
truyền thông
truyền thần
truyền thống
truyền thống chủ nghĩa
truyền thụ
truyền tin
truyền tải
truyền tụng
truyền điện
truyền đơn
truyền đạo
truyền đạt
truyền động
truyền đời báo danh
truyện cười
truyện cổ
truyện cổ tích
truyện dài
truyện kí
truyện ký
truyện ngắn
truyện nôm
truyện phim
truyện thơ
truyện tranh
truyện vừa
truân chiên
truân chuyên
truông mít
truất ngôi
truất phế
truất quyền
truỵ lạc
truỵ thai
truỵ tim mạch
trà bui
trà bá
trà bình
trà bùi
trà bản
trà bồng
trà cang
trà côn
trà cú
trà cổ
trà don
trà dơn
trà dư tửu hậu
trà dương
trà giang
trà giác
trà giáp
trà hiệp
trà khê
trà kót
trà leng
trà linh
trà lá
trà lâm
trà lãnh
trà lĩnh
trà mai
trà mi
trà my
trà nam
trà nham
trà nóc
trà nú
trà phong
trà phú
trà quân
trà sơn
trà thanh
trà thuỷ
trà thọ
trà trung
trà trộn
trà tân
trà tập
trà vinh
trà vong
trà vân
trà xinh
trà xuân
trà ôn
trà đa
trà đông
trà đốc
trà đức
trài trại
tràm chim
tràn cung mây
tràn lan
tràn ngập
tràn quý tị
tràn trề
tràn đầy
tràng an
tràng cát
tràng cửu
tràng giang
tràng giang đại hải
tràng hạt
tràng kì
tràng kỉ
tràng lương
tràng minh
tràng nhạc
tràng phái
tràng quy
tràng sinh
tràng sơn
tràng thi
tràng thiên
tràng thành
tràng thạch
tràng tiền
tràng xá
tràng đà
tràng định
trào gan
trào lưu
trào lộng
trào phúng
trày trạy
trá bệnh
trá hàng
trá hình
trác tuyệt
trác táng
trác việt
trác văn
trách bị
trách cứ
trách móc
trách mắng
trách nhiệm
trách nào
trách phạt
trách phận
trách vấn
trái bỉ
trái chủ
trái chứng
trái chứng trái nết
trái cân
trái cây
trái cổ
trái cựa
trái gió
trái gió giở giời
trái gió trở trời
trái giống
trái khoán
trái khoáy
trái khoản
trái khế
trái lè
trái lý
trái lại
trái lẽ
trái lệ
trái mùa
trái mắt
trái nghĩa
trái ngược
trái nắng trở trời
trái nết
trái phiếu
trái phá
trái phép
trái rạ
trái tai
trái tai gai mắt
trái tim
trái tính
trái tính trái nết
trái vụ
trái xoan
trái ý
trái đào
trái đất
trám hương
trám miệng
trám trắng
trám đen
trám đường
trán cổng
trán cửa
trán tường
tráng bông
tráng ca
tráng chí
tráng dương
tráng khí
tráng kiện
tráng liệt
tráng lệ
tráng men
tráng miệng
tráng niên
tráng phim
tráng sĩ
tráng việt
tráng đinh
tránh mặt
tránh né
tránh tiếng
tránh trớ
tránh đó gặp đăng
tránh đầu phải tai
tránh đầu phải vai
tráo chác
tráo mắt
tráo trâng
tráo trưng
tráo trở
tráo trợn
trâm anh
trâm bầu
trâm gãy bình rơi
trâm hốt
trân bảo
trân cam
trân châu
trân châu lùn
trân trân
trân trọng
trân trối
trân tu
trân vị
trâng tráo
trâu bò
trâu chó
trâu gié
trâu mộng
trâu ngố
trâu ngựa
trâu nái
trâu nước
trâu quỳ
trây lưòi
trây lười
trèn trèn trắng
trèn trẹt
trèo cao ngã đau
trèo leo
trèo me trèo sấu
trèo non vượt bể
trèo non vượt suối
trèo trẹo
trèo đèo lặn suối
trèo đèo lội suối
trém mép
tréo cựa
tréo giò
tréo khoeo
tréo khoáy
tréo mảy
tréo ngoe
tréo ngoảy
trê trễ
trên bến dưới thuyền
trên bộc trong dâu
trên chăn dưới nệm
trên dao dưới thớt
trên dưới
trên kính dưới nhường
trên răng dưới dái
trên thuận dưới hoà
trên trời dưới biển
trên trời dưới đất
trên đe dưới búa
trêu chòng
trêu chọc
trêu gan
trêu ghẹo
trêu hoa ghẹo nguyệt
trêu ngươi
trêu tráo
trêu tức
trì giới
trì hoãn
trì năng
trì quang
trì trệ
trì độn
trình bày
trình báo
trình chiếu
trình diễn
trình diện
trình dược viên
trình làng
trình soạn thảo
trình thanh
trình thức
trình toà
trình trịch
trình trọt
trình tấu
trình tự
trình độ
trìu mến
trìu trĩu
trí bình
trí dũng
trí dũng song toàn
trí dục
trí giả
trí khôn
trí lễ
trí lự
trí lực
trí mưu
trí mạng
trí nhớ
trí não
trí năng
trí phải
trí quả
trí sĩ
trí thiển tài hèn
trí thiển tài sơ
trí thức
trí trá
trí tuệ
trí tuệ nhân tạo
trí tưởng
trí tử
trí yên
trí óc
trích diễm
trích dẫn
trích dịch
trích giảng
trích huyết
trích lục
trích ngang
trích tiên
trích trích
trích yếu
trích điển
trích đoạn
trích đăng
trò chuyện
trò chơi
trò cười
trò hề
trò khỉ
trò trẻ
trò trống
trò vui
trò vè
trò đùa
trò đời
tròi trọi
tròm trèm
tròm trõm
tròn bóng
tròn như hạt mít
tròn trõn
tròn trĩnh
tròn trặn
tròn trịa
tròn vo
tròn vành rõ chữ
tròn xoay
tròn xoe
tròng bia
tròng lọng
tròng ngao
tròng trành
tròng trắng
tròng trọc
tròng tên
tròng đen
tròng đỏ
tróc long
tróc lóc
tróc mảng
tróc nã
tróc vảy
trói buộc
trói giật cánh khuỷu
trói gà không chặt
trói gà không nổi
trói gô
trói ké
trói tròn
trói tôm
trói voi bỏ rọ
tróm trém
trót dại
trót lọt
trô trố
trôi chảy
trôi dạt
trôi giạt
trôi nổi
trôi qua
trôi sông
trôi sông lạc chợ
trôn kim
trôn ốc
trông chờ
trông chừng
trông coi
trông cậy
trông giỏ bỏ thóc
trông gà hoá cuốc
trông gà hoá cáo
trông lại
trông mong
trông mòn con mắt
trông mặt đặt tên
trông ngóng
trông nhờ
trông nom
trông thấy
trông vào
trông vời
trông đợi
trù bị
trù dập
trù hoạch
trù hựu
trù khoản
trù liệu
trù mưu
trù mật
trù phú
trù sơn
trù trừ
trù tính
trù úm
trù định
trù ẻo
trùi trũi
trùi trụi
trùm chăn
trùm lớp
trùm lợp
trùm sỏ
trùm trụp
trùng bào tử
trùng chuông
trùng chân giả
trùng cỏ
trùng cửu
trùng dương
trùng hợp
trùng khánh
trùng khơi
trùng lê
trùng lắp
trùng lặp
trùng máu
trùng môi
trùng mũi khoan
trùng mắt
trùng ngôn
trùng ngũ
trùng phùng
trùng phương
trùng quán
trùng roi
trùng rận
trùng tang
trùng thập
trùng triềng
trùng trình
trùng trùng
trùng trùng điệp điệp
trùng trục
trùng tu
trùng tảo
trùng tố
trùng vi
trùng vây
trùng xoắn
trùng xá
trùng điệp
trùng đế giày
trú binh
trú chân
trú dân
trú dạ
trú ngụ
trú phòng
trú quán
trú quân
trú sở
trú ẩn
trúc bâu
trúc bạch
trúc chẻ ngói tan
trúc chỉ
trúc côn
trúc cần câu
trúc hóa long
trúc lâm
trúc lâu
trúc lịch
trúc mai
trúc mai sum họp
trúc nhào
trúc nhự
trúc sênh
trúc sơn
trúc ti
trúc tra trúc trắc
trúc trắc
trúc đào
trúc đổ
trúng cách
trúng cử
trúng dải
trúng gió
trúng giải
trúng kế
trúng mom
trúng mánh
trúng môm
trúng phong
trúng phóc
trúng quả
trúng số
trúng thương
trúng thầu
trúng thử
trúng thực
trúng tim
trúng tuyển
trúng tủ
trúng ý
trúng độc
trút bỏ
trút mồ hôi
trăm cay ngàn đắng
trăm công ngàn việc
trăm hoa đua nở
trăm họ
trăm nghìn
trăm ngàn
trăm ngày
trăm năm
trăm phát trăm trúng
trăm phương ngàn kế
trăm sự
trăm tay nghìn mắt
trăm thứ bà giằn
trăm trận trăm thắng
trăm tuổi
trăm ăm
trăm đắng ngàn cay
trăn gió
trăn gấm
trăn trở
trăn đất
trăng già
trăng gió
trăng hoa
trăng khuyết
trăng lưỡi liềm
trăng mật
trăng non
trăng thanh gió mát
trăng treo
trăng tròn
trăng trói
trăng trắng
trăng trối
trĩ mũi
trĩ sao
trĩ đỏ
trĩu trịt
trơ khấc
trơ lì
trơ mép
trơ mắt
trơ mắt ếch
trơ như mặt thớt
trơ như phỗng
trơ như đá
trơ thổ địa
trơ tráo
trơ trơ
trơ trẽn
trơ trọi
trơ trỏng
trơ trụi
trơ vơ
trơ ì
trơn lông đỏ da
trơn như cháo chảy
trơn như đổ mỡ
trơn nhẫy
trơn tru
trơn trợt
trơn tuột
trưa trật
trưa trờ
trưng binh
trưng bày
trưng cầu
trưng cầu dân ý
trưng dụng
trưng khẩn
trưng mua
trưng nhị
trưng thu
trưng thâu
trưng thầu
trưng triệu
trưng trắc
trưng tập
trưng vương
trương công định
trương gia mô
trương huệ
trương hán siêu
trương lương
trương lực
trương minh giản
trương mắt ếch
trương mục
trương nước
trương quyền
trương quốc dụng
trương tuần
trương tấn bửu
trương đăng quế
trương định
trương đỗ
trước bạ
trước giả
trước hạn
trước hết
trước khi
trước kia
trước lạ sau quen
trước mắt
trước mặt
trước nay
trước nhất
trước sau
trước sau như một
trước thuật
trước tiên
trước tác
trước đây
trướng bụng
trướng gấm
trướng hoa
trướng huỳnh
trướng hùm
trướng hồng
trướng loan
trướng rủ màn che
trướng đào
trường an
trường bay
trường bách nghệ
trường bình
trường bắn
trường ca
trường chinh
trường cửu
trường dòng
trường giang
trường giang đại hải
trường hoà
trường hà
trường hận
trường hận ca
trường học
trường hợp
trường khánh
trường kì
trường kỉ
trường kỳ
trường kỷ
trường long
trường long hoà
trường long tây
trường lâm
trường lạc
trường minh
trường nhi
trường phái
trường quay
trường qui
trường quy
trường quốc học huế
trường sa
trường sinh
trường sinh bất lão
trường sinh bất tử
trường sinh học
trường sơn
trường sở
trường thi
trường thiên
trường thoại
trường thuỷ
trường thành
trường thương
trường thạch
trường thạnh
trường thịnh
trường thọ
trường trai
trường trung
trường tây
trường tồn
trường vốn
trường xuân
trường xuân hoa
trường yên
trường đoạn
trường đoản cú
trường đua
trường đông
trường đấu
trường độ
trường đời
trường ốc
trườngề lộc
trưởng ban
trưởng bạ
trưởng ga
trưởng giáo
trưởng giả
trưởng giả hóa
trưởng họ
trưởng kho
trưởng kíp
trưởng lão
trưởng nam
trưởng nữ
trưởng phòng
trưởng phố
trưởng quan
trưởng thành
trưởng thôn
trưởng thượng
trưởng ti
trưởng tràng
trưởng ty
trưởng tôn
trưởng tộc
trưởng tử
trưởng đoàn
trưởng đoàn ngoại giao
trưởng đồn
trượng nhân
trượng phu
trượt băng
trượt chân
trượt giá
trượt gỗ
trượt tuyết
trượt vỏ chuối
trạch mỹ lộc
trạch tả
trại cao
trại cau
trại chuối
trại chủ
trại con gái
trại giam
trại hè
trại lính
trại mồ côi
trại phong
trại tập trung
trại tế bần
trại đất
trạm biến thế
trạm lộ
trạm quỹ đạo
trạm thán
trạm trôi
trạm trưởng
trạm tấu
trạm xá
trạng huống
trạng mạo
trạng nguyên
trạng ngữ
trạng sư
trạng thái
trạng từ
trạng từ hóa
trạng tự
trả bài
trả bữa
trả công
trả của
trả giá
trả góp
trả lãi
trả lại
trả lễ
trả lời
trả miếng
trả nghĩa
trả nợ
trả nủa
trả phép
trả thù
trả treo
trả ân
trả đũa
trả ơn
trải gió dầm mưa
trải mờ
trải nghiệm
trải qua
trải đời
trảm giam hậu
trảm quyết
trảng bom
trảng bàng
trảng dài
trảo nha
trấn an
trấn ba đình
trấn biên
trấn giữ
trấn kinh
trấn lột
trấn ngự
trấn nhậm
trấn ninh
trấn phong
trấn phục
trấn thủ
trấn ti
trấn trạch
trấn tĩnh
trấn yên
trấn yểm
trấn áp
trấn át
trấn định
trất mấu
trấu càng
trầm bổng
trầm cảm
trầm hà
trầm hùng
trầm hương
trầm kha
trầm luân
trầm lắng
trầm lặng
trầm lộng
trầm mình
trầm mặc
trầm nghị
trầm ngâm
trầm trệ
trầm trọng
trầm trồ
trầm tích
trầm tích học
trầm tính
trầm tĩnh
trầm tư
trầm tư mặc tưởng
trầm uất
trần ai
trần anh tông
trần bì
trần bình trọng
trần bích san
trần bảo tín
trần cao
trần cao vân
trần chánh kỷ
trần công bửu
trần cảnh
trần cấu
trần cầu
trần danh aỏn
trần duyên
trần dương
trần gian
trần gian địa ngục
trần giới
trần hoà
trần hoàn
trần hoảng
trần huy liệu
trần huyền trân
trần hy tăng
trần hưng đạo
trần hợi
trần hủ
trần hữu lực
trần khánh dư
trần khát chân
trần khâm
trần liễu
trần liệt
trần luỵ
trần lâm
trần lý
trần lụy
trần lựu
trần minh tông
trần mạnh
trần mễ
trần nghệ tông
trần nguyên hãn
trần nguyên thụ
trần nguyên đán
trần nguyên đạo
trần ngạc
trần ngỗi
trần nhân tông
trần như nhộng
trần nhật duật
trần phàm
trần phán
trần phú
trần phủ
trần quang diệu
trần quang khải
trần quang triều
trần quý khoáng
trần quĩ
trần quốc khang
trần quốc toản
trần quốc tuấn
trần thiết
trần thiện chánh
trần thuyên
trần thuyết
trần thuật
trần thành ngọ
trần thái tông
trần thánh tông
trần thế
trần thị dung
trần thị ngừ
trần thới
trần thủ độ
trần thừa
trần tiễn thành
trần truồng
trần trùi trụi
trần trùng trục
trần trần
trần trụi
trần tung
trần tuân
trần tình
trần tấu
trần tế xương
trần tục
trần văn cung
trần văn cận
trần văn giàu
trần văn giáp
trần văn kỷ
trần văn thời
trần văn trứ
trần xuân soạn
trần ích tắc
trần đình phong
trần đình thâm
trần đình túc
trần đăng ninh
trần đời
trần ửng long
trầu cau
trầu héo cau ôi
trầu không
trầu thuốc
trầy da tróc vẩy
trầy trật
trầy trụa
trầy vi tróc vảy
trầy vi tróc vẩy
trẩu ba hạt
trẩu núi
trẩu đồng
trẩy hội
trẫm mình
trẫm triệu
trậm trầy trậm trật
trận mạc
trận pháp
trận thế
trận tiền
trận tuyến
trận vong
trận địa
trận địa chiến
trận đồ
trận đồ bát quái
trận đồ tám quẻ
trập trùng
trập ô
trật bánh
trật bản lề
trật chân
trật cánh khỉ
trật khấc
trật khớp
trật lất
trật trà trật trưỡng
trật trưỡng
trật trệu
trật tự
trật ót
trắc bá
trắc bách
trắc bách diệp
trắc diện
trắc dĩ
trắc lượng
trắc nghiệm
trắc nết
trắc quang
trắc quang học
trắc thủ
trắc trở
trắc viễn
trắc đạc
trắc địa
trắc địa học
trắc địa mỏ
trắc đồ
trắc ẩn
trắng bong
trắng bóc
trắng bạch
trắng bệch
trắng bốp
trắng chiếu
trắng chân
trắng dã
trắng hếu
trắng lôm lốp
trắng lốp
trắng muốt
trắng mắt
trắng mắt ra
trắng ngà
trắng ngần
trắng ngồn ngộn
trắng nhờ
trắng nhởn
trắng nuột
trắng nõn
trắng phau
trắng phếch
trắng tay
trắng tinh
trắng toát
trắng trong
trắng trơn
trắng trẻo
trắng trợn
trắng trợt
trắng xoá
trắng án
trắng đen
trắng đục
trắng ởn
trằm trồ
trằn trọc
trẹo cổ
trẹo họng
trẹo trọ
trẹo xương
trẹt lét
trẻ con
trẻ em
trẻ già
trẻ hoá
trẻ hóa
trẻ măng
trẻ mỏ
trẻ người non dạ
trẻ nhãi
trẻ nhỏ
trẻ ranh
trẻ thơ
trẻ trai
trẻ trung
trẻ tuổi
trẽn mặt
trẽo trà trẽo trợt
trẽo trợt
trết trát
trếu tráo
trề trễ
trễ biếng
trễ nải
trễ phép
trễ tràng
trệ khí
trệ thai
trệt lết
trệu trạo
trị an
trị bệnh
trị bệnh cứu người
trị gia
trị giá
trị giá gia tăng
trị liệu
trị loạn
trị ngoại
trị ngoại pháp quyền
trị quốc
trị số
trị sở
trị sự
trị thuỷ
trị thủy
trị tội
trị vì
trịch thượng
trịnh căn
trịnh doanh
trịnh hoà
trịnh hoài an
trịnh hoài đức
trịnh huệ
trịnh khả
trịnh kiểm
trịnh quang nghị
trịnh sâm
trịnh thiết trường
trịnh thị ngọc trúc
trịnh toàn
trịnh trọng
trịnh tuệ
trịnh tùng
trịnh tường
trịnh văn cấn
trịnh xá
trọ trẹ
trọc hếu
trọc khí
trọc lóc
trọc lóc bình vôi
trọc lông lốc
trọc lốc
trọc phú
trọc tếch
trọc tếu
trọc đầu càng mát
trọi lỏi
trọi trơn
trọn gói
trọn vẹn
trọn đời
trọng bệnh
trọng con
trọng dụng
trọng gia
trọng hình
trọng hạ
trọng hậu
trọng liên
trọng lượng
trọng lượng riêng
trọng lượng tịnh
trọng lực
trọng lực học
trọng lực kế
trọng nam khinh nữ
trọng nghĩa khinh tài
trọng nhậm
trọng nông
trọng nể
trọng pháo
trọng phạm
trọng quan
trọng thu
trọng thương
trọng thưởng
trọng thần
trọng thể
trọng thị
trọng thọ
trọng trách
trọng trường
trọng trấn
trọng tài
trọng tâm
trọng tải
trọng tội
trọng vọng
trọng xuân
trọng yếu
trọng án
trọng âm
trọng điểm
trọng đãi
trọng đông
trọng đại
trọng địa
trối chết
trối già
trối kệ
trối thây
trối trăng
trốn chúa lộn chồng
trốn học
trốn lính
trốn mặt
trốn như chạch
trốn nắng
trốn nợ
trốn phu
trốn thoát
trốn thuế
trốn tránh
trốn việc
trống bản
trống bỏi
trống bồng
trống bộc
trống canh
trống chầu
trống con
trống cà rùng
trống cái
trống cơm
trống giong cờ mở
trống gió
trống gióng chiêng hồi
trống giục cờ giong
trống hoác
trống huếch
trống huếch trống hoác
trống hông hốc
trống hơ trống hoác
trống hốc
trống hổng
trống không
trống khẩu
trống lảng
trống lấp
trống lệnh
trống lốc
trống lổng
trống lục lạc
trống miệng
trống mái
trống mảnh
trống mồm trống miệng
trống ngực
trống phách
trống quân
trống rung cờ mở
trống rỗng
trống thủng còn tang
trống tràng
trống trơn
trống trải
trống trếch
trống trếnh
trống tuếch
trống tuếch trống toác
trống tuềnh trống toàng
trống vắng
trống đánh xuôi
trống đại
trống định âm
trống đồng
trống ếch
trồng chuối
trồng cây chuối
trồng cưỡng
trồng cấy
trồng răng
trồng trái
trồng trỉa
trồng trọt
trồng tỉa
trồng xen
trồng đậu
trổ trời
trổ tài
trổi dậy
trỗ bông
trỗi dậy
trộc trệch
trội bật
trộm cướp
trộm cắp
trộm nghe
trộm nghĩ
trộm phép
trộm vía
trộn bài
trộn cũng không lẫn
trộn lẫn
trộn tiếng
trộn trạo
trớ trêu
trớn trác
trớt nhả
trờ trờ
trờ tới
trời biển
trời bể
trời cao bể rộng
trời cao đất dày
trời có mắt
trời già
trời giáng
trời không có mắt
trời long đất lở
trời nam biển bắc
trời nghiêng đất ngả
trời quang mây tạnh
trời sinh voi
trời sầu đất thảm
trời thảm đất sầu
trời thẳm đất dày
trời tru đất diệt
trời trồng
trời xanh
trời xui đất khiến
trời đánh
trời đánh không chết
trời đánh thánh vật
trời đất
trời đất ơi
trời ơi
trời ơi đất hỡi
trờn trợn
trở chua
trở chứng
trở dạ
trở gió
trở giọng
trở gót
trở kháng
trở lui
trở lên
trở lại
trở lực
trở mình
trở mùi
trở mặt
trở ngại
trở nên
trở quẻ
trở ra
trở tay
trở tay không kịp
trở thành
trở trời
trở trời trái gió
trở trời trái nắng
trở vào
trở về
trở xuống
trở đi
trợ bào
trợ bút
trợ chiến
trợ cấp
trợ dung
trợ giá
trợ giáo
trợ giúp
trợ lí
trợ lý
trợ lực
trợ quản
trợ sản
trợ thai
trợ thì
trợ thính
trợ thời
trợ thủ
trợ tim
trợ tá
trợ tế
trợ từ
trợ vốn
trợ động từ
trợn trạo
trợn trợn
trợn trừng
trợn trừng trợn trạo
trợt lớt
trụ cột
trụ cột triều đình
trụ kế
trụ sinh
trụ sở
trụ thạch
trụ trì
trục béo
trục cam
trục chuyền
trục cán
trục hoành
trục lăn
trục lợi
trục quay
trục trặc
trục tung
trục vít
trục vớt
trục xuất
trục xuất cảnh ngoại
trụi lủi
trụi thui lủi
trụi thùi lụi
trụi trơn
trụy lạc
trụy thai
trủng trẳng
trứ danh
trứ tác
trứng chọi với đá
trứng cuốc
trứng cá
trứng cá thành niên
trứng gà
trứng gà trứng vịt
trứng khôn hơn rận
trứng khôn hơn vịt
trứng lộn
trứng muối
trứng mén
trứng nhện
trứng nước
trứng quốc
trứng sam
trứng sáo
trứng tóc
trứng điện
trứng để đầu đẳng
trừ bì
trừ bị
trừ bỏ
trừ bữa
trừ căn
trừ diệt
trừ gian
trừ hao
trừ hại
trừ khi
trừ khử
trừ ngoại
trừ phi
trừ phục
trừ quân
trừ tiệt
trừ tà
trừ tịch
trừ văn thố
trừng giới
trừng phạt
trừng trị
trừng trộ
trừng trừng
trừu hồi
trừu tượng
trừu tượng hoá
trữ kim
trữ lượng
trữ tình
trực ban
trực canh
trực chiến
trực chuẩn
trực chính
trực chỉ
trực cường
trực cảm
trực diện
trực dịch
trực giao
trực giác
trực giác luận
trực hùng
trực hưng
trực hệ
trực khanh
trực khuẩn
trực mỹ
trực ngôn
trực nhật
trực ninh
trực nội
trực phân
trực phú
trực quan
trực thanh
trực thu
trực thuận
trực thuộc
trực thái
trực thăng
trực thăng vận
trực thắng
trực tiếp
trực tràng
trực trùng
trực tuyến
trực tuấn
trực tuần
trực tâm
trực tính
trực đạc
trực đạo
tu bổ
tu chí
tu chính
tu chính án
tu chỉnh
tu din
tu dí
tu dưỡng
tu huýt
tu hành
tu hít
tu hú
tu kín
tu luyện
tu lí
tu lý
tu lơ khơ
tu mi
tu mơ rông
tu nghiệp
tu nhân
tu nhân tích đức
tu nốp
tu sĩ
tu sửa
tu thân
tu thư
tu tiên
tu tra
tu tu
tu tư
tu tạo
tu tỉnh
tu từ
tu từ học
tu viện
tu viện trưởng
tu vũ
tua rua
tua tủa
tum húp
tun hút
tun hủn
tun ngủn
tung chung phố
tung hoành
tung hoả mù
tung hê
tung hô
tung hứng
tung lưới
tung thâm
tung toé
tung tung
tung tích
tung tăng
tung tẩy
tung độ
tung độ kế
tuy an
tuy hoà
tuy lai
tuy líp
tuy lộc
tuy nhiên
tuy phong
tuy phước
tuy rằng
tuy thế
tuy vậy
tuyên bình
tuyên bình tây
tuyên bố
tuyên bố chung
tuyên chiến
tuyên cáo
tuyên dương
tuyên giáo
tuyên hoá
tuyên huấn
tuyên ngôn
tuyên phạt
tuyên quang
tuyên thạnh
tuyên thệ
tuyên truyền
tuyên truyền viên
tuyên uý
tuyên án
tuyên đọc
tuyên độc
tuyến giáp
tuyến giáp trạng
tuyến hình
tuyến lệ
tuyến mật
tuyến mặt
tuyến mồ hôi
tuyến ngoại tiết
tuyến nước bọt
tuyến nội tiết
tuyến thượng thận
tuyến tiền liệt
tuyến trước
tuyến tính
tuyến tùng
tuyến yên
tuyến đường
tuyến đầu
tuyết cừu
tuyết hận
tuyết lở
tuyết nghĩa
tuyết nguyệt phong hoa
tuyết sương
tuyết sỉ
tuyền bồng
tuyền đài
tuyển binh
tuyển chọn
tuyển cử
tuyển dụng
tuyển hầu
tuyển khoáng
tuyển lựa
tuyển mộ
tuyển nổi
tuyển quân
tuyển sinh
tuyển thủ
tuyển trạch
tuyển tập
tuyệt bút
tuyệt chiêu
tuyệt chủng
tuyệt cú
tuyệt diệt
tuyệt diệu
tuyệt giao
tuyệt giống
tuyệt hảo
tuyệt không
tuyệt kinh
tuyệt kĩ
tuyệt luân
tuyệt mĩ
tuyệt mật
tuyệt mệnh
tuyệt nghệ
tuyệt nhiên
tuyệt nọc
tuyệt phẩm
tuyệt sắc
tuyệt thế
tuyệt thế giai nhân
tuyệt thực
tuyệt trần
tuyệt tác
tuyệt tình
tuyệt tích
tuyệt tự
tuyệt vô âm tín
tuyệt vọng
tuyệt vời
tuyệt xảo
tuyệt đích
tuyệt đại bộ phận
tuyệt đại đa số
tuyệt đỉnh
tuyệt đối
tuân chính
tuân hành
tuân lệnh
tuân lộ
tuân thủ
tuân tức
tuôn lệ
tuý luý
tuý ông
tuýt xo
tuấn hưng
tuấn kiệt
tuấn mã
tuấn nhã
tuấn sĩ
tuấn tú
tuấn đạo
tuần báo
tuần chay
tuần châu
tuần cảnh
tuần du
tuần duyên
tuần dương hạm
tuần giáo
tuần giờ
tuần hoàn
tuần hành
tuần lễ
tuần lộc
tuần phiên
tuần phu
tuần phòng
tuần phủ
tuần san
tuần thám
tuần thú
tuần ti
tuần tiết
tuần tiễu
tuần tra
tuần tráng
tuần trăng
tuần trăng mật
tuần ty
tuần tự
tuần tự nhi tiến
tuần vũ
tuần đinh
tuẫn nạn
tuẫn tiết
tuẫn táng
tuẫn đạo
tuế cống
tuế nguyệt
tuế sai
tuế toá
tuế toái
tuếch toác
tuềnh toàng
tuệ căn
tuệ nhãn
tuệ tinh
tuệ tĩnh
tuệch toạc
tuốt luốt
tuốt tuồn tuộc
tuốt tuồn tuột
tuốt tuộc
tuốt tuột
tuồn tuột
tuồng luông
tuồng như
tuồng đồ
tuổi bền
tuổi chanh cốm
tuổi dậy thì
tuổi già
tuổi hạc
tuổi hồi xuân
tuổi mụ
tuổi mụ bà
tuổi nghề
tuổi ta
tuổi thơ
tuổi thật
tuổi thọ
tuổi trẻ
tuổi tác
tuổi tây
tuổi tôi
tuổi xanh
tuổi xuân
tuổi đoàn
tuổi đảng
tuổi đầu
tuổi đời
tuỳ bút
tuỳ cơ
tuỳ cơ ứng biến
tuỳ cơm gắp mắm
tuỳ hành
tuỳ hứng
tuỳ nghi
tuỳ phái
tuỳ theo
tuỳ thuộc
tuỳ thân
tuỳ thích
tuỳ tiền biện lễ
tuỳ tiện
tuỳ táng
tuỳ tâm
tuỳ tòng
tuỳ tùng
tuỳ tướng
tuỳ viên
tuỳ viên thương mại
tuỳ ý
tuỷ sống
ty trưởng
tà bhing
tà chải
tà cạ
tà củ tỷ
tà da
tà dâm
tà dưng
tà dương
tà gian
tà giáo
tà hine
tà huy
tà hành
tà hộc
tà hừa
tà khí
tà long
tà lu
tà lài
tà lèng
tà lùng
tà ma
tà mít
tà nung
tà năng
tà phình
tà rụt
tà sì láng
tà thuyết
tà thuật
tà thần
tà trĩ
tà tà
tà tâm
tà vạy
tà vẹt
tà xùa
tà ý
tà đạo
tà đảnh
tài ba
tài ba lỗi lạc
tài binh
tài bàn
tài bồi
tài bộ
tài cao học rộng
tài cao đức trọng
tài chính
tài chủ
tài cán
tài công
tài danh
tài giảm
tài giỏi
tài hoa
tài hoá
tài hèn đức mọn
tài hóa
tài khoá
tài khoản
tài khoản kí quỹ
tài khoản vãng lai
tài khóa
tài liệu
tài lược
tài lợi
tài lực
tài mạo
tài nghệ
tài nguyên
tài nhân
tài nào mà chẳng
tài năng
tài phiệt
tài phán
tài phú
tài sơ trí thiển
tài sản
tài sản cố định
tài sản lưu động
tài sắc
tài thần
tài trai
tài trí
tài trợ
tài tình
tài tử
tài tử giai nhân
tài tử văn nhân
tài vân
tài vụ
tài xế
tài xỉu
tài đức
tàm tang
tàm thực
tàm tạm
tàn binh
tàn bạo
tàn canh
tàn dư
tàn hương
tàn hại
tàn khốc
tàn lụi
tàn ngược
tàn nhang
tàn nhẫn
tàn phá
tàn phế
tàn quân
tàn sát
tàn tán
tàn tích
tàn tạ
tàn tật
tàn tệ
tàn ác
tàng hình
tàng trữ
tàng tàng
tành tạch
tào hũ
tào lao
tào phớ
tào phở
tào sơn
tàu bay
tàu biển
tàu bè
tàu bò
tàu bể
tàu chiến
tàu chậm
tàu chở máy bay
tàu chợ
tàu con thoi
tàu cuốc
tàu cánh ngầm
tàu hoả
tàu há mồm
tàu hỏa
tàu hủ
tàu hủ ki
tàu khu trục
tàu liên vận
tàu lá
tàu lăn
tàu lặn
tàu mặt nước
tàu ngầm
tàu nhanh
tàu nổi
tàu suốt
tàu sân bay
tàu thuyền
tàu thuỷ
tàu thủy
tàu tuần dương
tàu tuần tiễu
tàu tàu
tàu tốc hành
tàu vét
tàu vũ trụ
tàu ô
tàu điện
tàu điện ngầm
tàu đệm khí
tàu đổ bộ
tày hạt
tày hạy
tày liếp
tày poọng
tày trời
tày đình
tá dược
tá gà
tá hoả
tá khẩu
tá lí
tá lý
tá lả
tá sự
tá tràng
tá túc
tá điền
tác chiến
tác chiến điện tử
tác dụng
tác dụng jun
tác gia
tác giả
tác hại
tác họa
tác hợp
tác loạn
tác nghiệp
tác nhân
tác oai
tác oai tác phúc
tác oai tác quái
tác phong
tác phúc
tác phúc tác hoạ
tác phúc tác uy
tác phẩm
tác quyền
tác quái
tác thành
tác uy tác phúc
tác vi
tác yêu tác quái
tác động
tách biệt
tách bạch
tách lắng
tách rời
tách tách
tách âm
tái bút
tái bản
tái chế
tái cử
tái diễn
tái giá
tái giảng
tái hiện
tái hôn
tái hồi
tái hợp
tái kiến
tái lai
tái lại
tái lập
tái lụi
tái mét
tái mặt
tái ngũ
tái ngắt
tái ngộ
tái nhiễm
tái nhập
tái nhợt
tái phát
tái phạm
tái quân sự hóa
tái sinh
tái sơn
tái sản xuất
tái tam tái tứ
tái thiết
tái thẩm
tái thế
tái tê
tái tạo
tái võ trang
tái vũ trang
tái xanh
tái xanh tái xám
tái xuất
tái đăng
tái đầu tư
tám chiêm
tám dã
tám hoánh
tám mươi
tám sớm
tám thơm
tám tàng
tám xoan
tám xá
tám đời
tán chuyện
tán dóc
tán dương
tán gẫu
tán hươu tán vượn
tán loạn
tán lí
tán như khướu
tán như sáo
tán phiệu
tán phát
tán phét
tán phễu
tán quang
tán sắc
tán sắc ánh sáng
tán thành
tán thưởng
tán thạch
tán trợ
tán tương
tán tỉnh
tán tụng
tán xạ
tán đồng
táng tận lương tâm
táng đảm
táng đởm
táng đởm kinh hồn
tánh linh
táo bón
táo bạo
táo gan
táo quân
táo ta
táo tàu
táo tác
táo tây
táo tợn
táp nham
tát ngà
tát tai
tát trái
táy chiềng
táy khao
táy máy
táy mương
táy mười
táy mộc châu
táy thanh
táy đeng
táy đăm
tâm bão
tâm bì
tâm bệnh
tâm can
tâm chí
tâm cơ
tâm giao
tâm huyết
tâm hồn
tâm khảm
tâm kí
tâm linh
tâm lí
tâm lí chiến
tâm lí chủ nghĩa
tâm lí học
tâm lý
tâm lý học
tâm lực
tâm nghiêng
tâm ngoài
tâm ngẩm
tâm nhĩ
tâm niệm
tâm não
tâm phúc
tâm phục
tâm phục khẩu phục
tâm sai
tâm sen
tâm sinh lí
tâm sức
tâm sự
tâm thu
tâm thuật
tâm thành
tâm thư
tâm thất
tâm thần
tâm thần học
tâm thắng
tâm thể
tâm thức
tâm tri
tâm truyền
tâm trí
tâm trương
tâm trạng
tâm tâm niệm niệm
tâm tình
tâm tính
tâm tư
tâm tưởng
tâm vu
tâm vị
tâm điểm
tâm đầu ý hợp
tâm đẩy
tâm đắc
tâm địa
tâm đối xứng
tâm đồ
tân an
tân an hội
tân an luông
tân an thạnh
tân binh
tân biên
tân bình
tân bình thạnh
tân bằng
tân bửu
tân chi
tân chánh
tân chánh hiệp
tân châu
tân chính
tân chủ
tân công chí
tân công sinh
tân cương
tân cảnh
tân duyệt
tân dân
tân dân chủ
tân dĩnh
tân dương
tân dược
tân gia
tân giai nhân
tân giang
tân giáo
tân hiệp
tân hiệp a
tân hiệp b
tân hoà
tân hoà thành
tân hoà tây
tân hoà đông
tân hoá
tân huề
tân hà
tân hào
tân hôn
tân hưng
tân hưng tây
tân hưng đông
tân hương
tân hạnh
tân hải
tân học
tân hồng
tân hộ cơ
tân hội
tân hội trung
tân hội đông
tân hợp
tân khai
tân khang
tân khoa
tân khách
tân khánh
tân khánh hoà
tân khánh trung
tân khánh đông
tân khổ
tân kim
tân kiên
tân kiều
tân kiểng
tân kì
tân kỳ
tân lang
tân liên
tân liễu
tân long
tân long hội
tân lân
tân lãng
tân lý tây
tân lý đông
tân lĩnh
tân lược
tân lạc
tân lập
tân lễ
tân lịch
tân lộc
tân lợi
tân lợi thạnh
tân lục địa
tân lỹ
tân mai
tân minh
tân mộc
tân mỹ
tân mỹ chánh
tân nam
tân nghĩa
tân nguyên
tân ngãi
tân ngữ
tân nhuận đông
tân nhân
tân nhân vật
tân nhựt
tân ninh
tân pheo
tân phong
tân phú
tân phú thành
tân phú trung
tân phú tây
tân phú đông
tân phúc
tân phương
tân phước
tân phước hưng
tân phước khánh
tân phước tây
tân phượng
tân quan
tân quang
tân quy
tân quy tây
tân quy đông
tân quý tây
tân quới
tân quới trung
tân sinh
tân sơn
tân sỏi
tân thanh
tân thiềng
tân thiện
tân thuận
tân thuận bình
tân thuận tây
tân thuận đông
tân thuật
tân thuỷ
tân thành
tân thành a
tân thành b
tân thành bình
tân thành tây
tân thái
tân thông hội
tân thượng
tân thạnh
tân thạnh tây
tân thạnh đông
tân thắng
tân thế giới
tân thịnh
tân thọ
tân thới
tân thới hiệp
tân thới nhì
tân thới nhất
tân thời
tân thờl
tân tinh
tân tiến
tân toan
tân trang
tân triều
tân trung
tân trào
tân trì
tân trường
tân trạch
tân trịnh
tân trụ
tân tuyến
tân tác
tân tây
tân túc
tân tạo
tân uyên
tân vinh
tân viên
tân việt
tân việt cách mạng
tân văn
tân vĩnh hiệp
tân vạn
tân xuân
tân xã
tân yên
tân ân
tân điền
tân đoàn
tân đông
tân đông hiệp
tân đại lục
tân định
tân đồng
tân đức
tân ước
tâng bốc
tâng công
tâng hẩng
tâng hẫng
tâng tâng
tâu bày
tây an
tây bán cầu
tây bình
tây bắc
tây cung
tây côn lĩnh
tây cốc
tây dương
tây giang
tây hiếu
tây hoà
tây hưng
tây học
tây hồ
tây kỳ
tây lương
tây lịch
tây lộc
tây mỗ
tây nam
tây nguyên
tây ngưu
tây ninh
tây phong
tây phú
tây phương
tây phương cực lạc
tây phương hóa
tây riêng
tây sơn
tây thiên
tây thuận
tây thừa thiên
tây tiến
tây trạch
tây tựu
tây vinh
tây vị
tây xuân
tây y
tây yên
tây yên a
tây đô
tây đằng
tã lót
tè he
tè tè
tèm hem
tèm lem
tèm nhèm
tèn tẹt
tèng tèng
té nước theo mưa
té ra
té re
té tát
tén tằn
tép biển
tép bạc
tép chấu
tép diu
tép riu
tép rong
tép ve
tê bại
tê dại
tê giác
tê liệt
tê mê
tê ngưu
tê phù
tê ta nốt
tê thấp
tê tái
tê tê
tê tề
têm trầu
tên bay đạn lạc
tên bịp
tên chữ
tên cúng cơm
tên gian
tên gọi
tên hiệu
tên huý
tên hèm
tên họ
tên lửa
tên lửa hạt nhân
tên lửa vũ trụ
tên lửa đường đạn
tên lửa đạn đạo
tên riêng
tên rơi đạn lạc
tên sách
tên thuỵ
tên thánh
tên thật
tên tuổi
tên tục
tên tự
tên đạn
tênh hênh
tênh phông
tênh tênh
tì bà
tì giải
tì thiếp
tì tì
tì tướng
tì tạch
tì tất
tì vết
tì vị
tì ố
tìm hiểu
tìm hỏi
tìm kiếm
tìm ra
tìm thấy
tìm tòi
tình anh em
tình báo
tình báo viên
tình bạn
tình ca
tình chung
tình cương
tình cảm
tình cảm chủ nghĩa
tình cảnh
tình cờ
tình duyên
tình dục
tình huống
tình hình
tình khúc
tình lang
tình luỵ
tình lụy
tình ngay lí gian
tình nghi
tình nghĩa
tình nguyện
tình nhân
tình nương
tình phụ
tình quân
tình si
tình sâu nghĩa nặng
tình sử
tình tang
tình thâm
tình thân
tình thư
tình thương
tình thật
tình thế
tình thực
tình tiết
tình trước nghĩa sau
tình trường
tình trạng
tình tứ
tình tự
tình xưa nghĩa cũ
tình yêu
tình ái
tình ý
tình điệu
tình đầu
tình địch
tí chút
tí hon
tí nhau
tí nị
tí nữa
tí ta tí toét
tí teo
tí ti
tí toe tí toét
tí toáy
tí toét
tí tách
tí tẹo
tí tỉnh
tí tị
tí tởn
tí xíu
tí đỉnh
tía lia
tía lia tía lịa
tía tô
tía tô đất
tích cóp
tích cốc
tích cốc phòng cơ
tích cực
tích giang
tích góp
tích hợp
tích kê
tích kí
tích luỹ
tích lũy
tích lương
tích lượng
tích lệ
tích phân
tích sơn
tích số
tích sự
tích thiện
tích thoát
tích tiểu thành đại
tích trữ
tích tắc
tích tụ
tích tụ tư bản
tích xưa
tích y phòng hàn
tích điện
tích đức
tím bầm
tím gan
tím gan tím ruột
tím ruột
tím ruột bầm gan
tím than
tín chấp
tín chỉ
tín chủ
tín dụng
tín hiệu
tín hiệu học
tín hữu
tín nghĩa
tín ngưỡng
tín nhiệm
tín nữ
tín phiếu
tín phong
tín phục
tín vật
tín điều
tín đồ
tính chuyện
tính chất
tính cách
tính danh
tính dễ dãi
tính dục
tính giai cấp
tính giao
tính hướng
tính hạnh
tính khí
tính liệu
tính lặn
tính mạng
tính mệnh
tính ngữ
tính nhân dân
tính nhân quả
tính nhẩm
tính nát nước
tính năng
tính nết
tính phác
tính quẩn lo quanh
tính rợ
tính sổ
tính thiệt so hơn
tính toan
tính toán
tính trạng
tính trội
tính tình
tính tư tưởng
tính tẩu
tính tới tính lui
tính từ
tính từ hóa
tính tự
tính đàn hồi
tính đảng
tính đố
tính đồng nhất
típ tắp
tít mù
tít mù tắp
tít mù tắt
tít mù xanh
tít mắt
tít thò lò
tít tắp
tíu ta tíu tít
tíu tít
tò he
tò mò
tò te
tò tò
tò vò
tò vò nuôi nhện
tòa báo
tòa bố
tòa giảng
tòa sen
tòa soạn
tòa án
tòm cắc
tòm tem
tòm tòm
tòm tõm
tòn ten
tòng chinh
tòng cọ
tòng cổ
tòng học
tòng lai
tòng lệnh
tòng ngũ
tòng phu
tòng phạm
tòng quyền
tòng quân
tòng sành
tòng sự
tòng thuộc
tòng tâm
tòng tọc
tòng tử
tòng vong
tòng đảng
tòng đậu
tóc bạc
tóc bạc da mồi
tóc bạc răng long
tóc chấm ngang vai
tóc giả
tóc gáy
tóc mai
tóc máu
tóc mây
tóc ngứa
tóc rễ tre
tóc seo gà
tóc sâu
tóc sương
tóc tai
tóc tang
tóc thần
tóc thề
tóc tiên
tóc tiên nước
tóc tơ
tóc vấn
tóc xanh
tóc đuôi gà
tóc đáp
tóe khói
tóe loe
tóe phở
tóm cổ
tóm lược
tóm lại
tóm thâu
tóm tém
tóm tắt
tóm về
tóp mỡ
tóp tép
tóp tọp
tót vời
tô giới
tô hiến thành
tô hiệu
tô hô
tô hạp
tô hạp hương
tô hồng
tô hợp
tô màu
tô mày vẽ mặt
tô múa
tô mậu
tô mộc
tô nhượng
tô nô
tô son trát phấn
tô son vẽ phấn
tô son điểm phấn
tô tượng đúc chuông
tô tức
tô vẽ
tô điểm
tôi con
tôi luyện
tôi mọi
tôi ngươi
tôi người
tôi rèn
tôi tối
tôi tớ
tôi đòi
tôm bông
tôm bạc
tôm chông
tôm chấu
tôm chục
tôm cua
tôm càng
tôm gọng
tôm he
tôm hùm
tôm hùm kẹt
tôm hùm sen
tôm hùm xanh
tôm kẹt
tôm lứa
tôm mượn vỏ
tôm quýt
tôm ròng
tôm rảo
tôm rồng
tôm sông
tôm sú
tôm sư
tôm thẻ
tôm tép
tôm tích
tôm vang
tôm đất
tôm đồng
tôn chỉ
tôn chủ
tôn giáo
tôn hiệu
tôn huynh
tôn kính
tôn miếu
tôn múi
tôn mẫu
tôn nghiêm
tôn nhân phủ
tôn nữ
tôn phong
tôn phái
tôn phò
tôn phù
tôn quân
tôn qúy
tôn sùng
tôn sư
tôn sư trọng đạo
tôn thất
tôn thất thuyết
tôn thọ tường
tôn thờ
tôn ti
tôn ti trật tự
tôn trưởng
tôn trọng
tôn tạo
tôn tốt
tôn tộc
tôn vinh
tôn xưng
tôn ông
tông bạt
tông chi
tông chi họ hàng
tông chỉ
tông miếu
tông môn
tông nhân
tông phái
tông qua lìn
tông tích
tông tốc
tông tộc
tông đơ
tông đường
tông đản
tông đồ
tôtem giáo
tù binh
tù chung thân
tù cẳng
tù hãm
tù khổ sai
tù mù
tù ngồi
tù ngục
tù nhân
tù phạm
tù rạc
tù thất
tù treo
tù trưởng
tù tì
tù túng
tù tội
tù và
tù xa
tù đày
tù đầy
tù đọng
tù đồ
tùm hum
tùm hụp
tùm lum
tùm lum tà la
tùm tũm
tùng bá
tùng bách
tùng chinh
tùng cúc
tùng huynh
tùng hương
tùng khê
tùng lâm
tùng lộc
tùng phèo
tùng phạm
tùng phục
tùng quyền
tùng quân
tùng san
tùng sự
tùng thư
tùng tiệm
tùng tùng
tùng vài
tùng xẻo
tùng đàm
tùng đảng
tùng đệ
tùng ảnh
tùy bút
tùy hành
tùy nghi
tùy theo
tùy thân
tùy thích
tùy thời
tùy tâm
tùy tòng
tùy tùng
tùy tục
tùy viên
tùy ý
tú an
tú bà
tú cầu
tú hụ
tú khí
tú khẩu cẩm tâm
tú lơ khơ
tú mịch
tú nang
tú quận
tú sĩ
tú sơn
tú thịnh
tú trì
tú tuấn
tú tài
tú xuyên
tú ú
tú đoạn
tú ụ
túc chí
túc cầu
túc duyên
túc dụng
túc hạ
túc học
túc khiên
túc mễ cục
túc nho
túc nhân
túc số
túc trái
túc trí đa mưu
túc trưng
túc trực
túc túc
túc tắc
túc vệ
túc xác
túc đán
túi bụi
túi con
túi cơm
túi cơm giá áo
túi du lịch
túi dết
túi không đáy
túi mật
túi tham
túi tham không đáy
túi thơ
túi tiền
túi xách
túm bảy tụm ba
túm năm tụm ba
túm tụm
túng bấn
túng kiết
túng kế làm liều
túng nhiên
túng quẫn
túng sử
túng thiếu
túng thì phải tính
túng thế
túng đói
túp lều
túy luý
túy tâm
túy ông
tăm bông
tăm dạng
tăm hơi
tăm tiếng
tăm tích
tăm tắp
tăm tối
tăng bo
tăng bạt hổ
tăng bội
tăng chúng
tăng cường
tăng gia
tăng gia sản xuất
tăng già
tăng giá
tăng giảm
tăng hoạt
tăng lữ
tăng lực
tăng nhơn phú a
tăng nhơn phú b
tăng nhạy
tăng ni
tăng phòng
tăng sinh
tăng sê
tăng sản
tăng sức
tăng thu
tăng thành
tăng tiến
tăng tiết
tăng trưởng
tăng trọng
tăng tả
tăng tốc
tăng viện
tăng âm
tăng đồ
tĩnh bắc
tĩnh dưỡng
tĩnh gia
tĩnh húc
tĩnh hải
tĩnh học
tĩnh khí tầng
tĩnh lặng
tĩnh mạc
tĩnh mạch
tĩnh mạch học
tĩnh mạch đồ
tĩnh mịch
tĩnh thổ
tĩnh toạ
tĩnh trí
tĩnh tâm
tĩnh túc
tĩnh tại
tĩnh tịch
tĩnh tọa
tĩnh từ
tĩnh vật
tĩnh điện
tĩnh điện học
tĩnh điện kế
tĩnh đàn
tơ cảm
tơ duyên
tơ gốc
tơ hoá học
tơ huyết
tơ hào
tơ hồng
tơ liễu
tơ lòng
tơ lô
tơ lơ mơ
tơ lụa
tơ màng
tơ mành
tơ mơ
tơ rung
tơ rưng
tơ tung
tơ tình
tơ tóc
tơ tưởng
tơ tằm
tơ vò
tơ vương
tơ đào
tơ đồng
tơi bời
tơi tả
tơi tới
tơi xốp
tư biện
tư bôn
tư bản
tư bản bất biến
tư bản cho vay
tư bản chủ nghĩa
tư bản cố định
tư bản hóa
tư bản khả biến
tư bản lũng đoạn
tư bản tích tụ
tư bản tập trung
tư bẩm
tư bổn
tư chất
tư chức
tư cách
tư cách pháp nhân
tư cấp
tư dinh
tư doanh
tư dung
tư duy
tư gia
tư hiềm
tư hữu
tư không
tư khấu
tư kiến
tư kỉ
tư kỷ
tư liệu
tư liệu lao động
tư liệu sản xuất
tư lương
tư lập
tư lệnh
tư lệnh bộ
tư lệnh trưởng
tư lịnh
tư lợi
tư lự
tư mai
tư mã
tư nghiệp
tư nghĩa
tư nhân
tư nhân hóa
tư pháp
tư pháp quốc tế
tư sản
tư sản dân tộc
tư sản hóa
tư sản mại bản
tư thái
tư thông
tư thù
tư thương
tư thất
tư thế
tư thục
tư trang
tư trào
tư trợ
tư tâm
tư tình
tư túi
tư tưởng
tư tưởng địa vị
tư tố
tư văn
tư vấn
tư vị
tư vụ
tư ích
tư ý
tư điền
tư đồ
tư đức
tưng bốc
tưng bừng
tưng hửng
tưng tưng
tưng tức
tưng tửng
tươi bưởi
tươi cười
tươi hơn hớn
tươi hớn
tươi mát
tươi mưởi
tươi nhuận
tươi roi rói
tươi rói
tươi sáng
tươi sống
tươi thắm
tươi trẻ
tươi tắn
tươi tỉnh
tươi tốt
tươi vui
tươi đẹp
tươm tươm
tươm tất
tương bào
tương bình hiệp
tương can
tương cách
tương dương
tương giang
tương giao
tương hỗ
tương hợp
tương khắc
tương kiến
tương kế
tương kế tựu kế
tương kị
tương kỵ
tương lai
tương lai bắc kỳ
tương lai học
tương liên
tương mai
tương ngộ
tương phùng
tương phản
tương quan
tương quan lực lượng
tương thân
tương thân tương ái
tương thích
tương tri
tương truyền
tương trợ
tương tàn
tương tác
tương tư
tương tế
tương tự
tương xứng
tương ái
tương đương
tương đắc
tương đẳng
tương đối
tương đối luận
tương đồng
tương ớt
tương ứng
tước bỏ
tước hiệu
tước lộc
tước vị
tước đoạt
tưới tiêu
tưới tắm
tướng công
tướng cướp
tướng giặc
tướng lĩnh
tướng mạo
tướng quân
tướng quốc
tướng soái
tướng súy
tướng sĩ
tướng số
tướng thuật
tướng tá
tướt bơ
tườm tượp
tường cánh gà
tường giải
tường hoa
tường hạ
tường lộc
tường minh
tường phong
tường phù
tường phương
tường sơn
tường thuật
tường thượng
tường tiến
tường trình
tường tình
tường tận
tường vi
tường đa
tường ốp
tườu đùa
tưởng bở
tưởng chừng
tưởng là
tưởng lệ
tưởng lục
tưởng nhớ
tưởng niệm
tưởng thưởng
tưởng tượng
tưởng vọng
tượng binh
tượng hình
tượng lĩnh
tượng sơn
tượng thanh
tượng trưng
tượng trưng hóa
tượng tầng
tượng văn
tượng đài
tượng đồng bia đá
tạ an khương
tạ bú
tạ bệnh
tạ khoa
tạ sự
tạ thu thâu
tạ thế
tạ tình
tạ tội
tạ từ
tạ xá
tạ ân
tạ ơn
tạc dạ
tạc dạ ghi lòng
tạc dạ ghi tâm
tạc đá ghi vàng
tạc đạn
tại chỗ
tại chức
tại gia
tại ngoại
tại ngoại hậu cứu
tại ngũ
tại nhà
tại sao
tại trận
tại tâm
tại vì
tại vị
tại đào
tạm biệt
tạm bợ
tạm la
tạm quyền
tạm thời
tạm trú
tạm tuyển
tạm ước
tạm ứng
tạng phủ
tạnh gió
tạnh ráo
tạnh trời
tạo dựng
tạo hoá
tạo hình
tạo hóa
tạo lập
tạo sĩ
tạo thiên lập địa
tạo thành
tạo tác
tạo vật
tạp chí
tạp chất
tạp chủng
tạp dề
tạp dịch
tạp giao
tạp hoá
tạp hóa
tạp hôn
tạp khuẩn
tạp ký
tạp kĩ
tạp loạn
tạp nham
tạp nhạp
tạp phẩm
tạp sử
tạp thu
tạp thuế
tạp trở
tạp tụng
tạp văn
tạp vụ
tạp âm
tạp ăn
tạt tai
tả biên
tả chân
tả cảnh
tả dực
tả gia khâu
tả giàng phìn
tả hữu
tả khuynh
tả lèng
tả lủng
tả ngạn
tả ngải chồ
tả ngảo
tả nhìu
tả phìn
tả phù hữu bật
tả phời
tả sìn thàng
tả thanh oai
tả thàng
tả thực
tả tuyền
tả tình
tả tơi
tả van
tả van chư
tả ván
tả xung hữu đột
tả đạo
tả đột hữu xung
tải ba
tải thương
tải trọng
tải điện
tản bộ
tản cư
tản mác
tản mát
tản mạn
tản thực vật
tản viên
tản văn
tảng lờ
tảng sáng
tảng tảng
tảo dương văn
tảo hôn
tảo mộ
tảo thanh
tảo trừ
tảo tần
tấc gang
tấc lòng
tấc son
tấc thành
tấc vàng
tấc đất cắm dùi
tấc đất tấc vàng
tấm bé
tấm chắn
tấm ga
tấm gương
tấm lòng
tấm lợp
tấm phản
tấm riêng
tấm son
tấm tắc
tấm tức
tấm đúc
tấn công
tấn mài
tấn phong
tấn sĩ
tấn tài
tấn tới
tấp nập
tấp tểnh
tấp tửng
tất bật
tất cả
tất dài
tất giao
tất là
tất lực
tất ngắn
tất nhiên
tất nhỡ
tất niên
tất phải
tất ta tất tưởi
tất tay
tất thảy
tất thắng
tất toán
tất trong
tất tưởi
tất tả
tất tần tật
tất tật
tất yếu
tất định
tấu nhạc
tầm bóp
tầm bậy
tầm bậy tầm bạ
tầm bỏi
tầm chương trích cú
tầm cỡ
tầm gửi
tầm hồn
tầm ma
tầm mắt
tầm mức
tầm ngầm
tầm nhìn
tầm nhìn xa
tầm nã
tầm phào
tầm phèo
tầm phơ
tầm phơ tầm phất
tầm quất
tầm sét
tầm súng
tầm sư học đạo
tầm tay
tầm thước
tầm thường
tầm thường hoá
tầm tã
tầm tầm
tầm vung
tầm vóc
tầm vông
tầm xuân
tầm xá
tầm xích
tầm âm
tần bì
tần mần
tần ngần
tần phiền
tần suất
tần số
tần số kế
tần tiện
tần tảo
tầng bình lưu
tầng bậc
tầng hầm
tầng lớp
tầng nền
tầng ozon
tầng quái
tầng trãi
tầng tích
tầng tầng
tầng điện li
tầng đối lưu
tầu bay
tầy huầy
tầy trời
tầy trừ
tầy đình
tẩm bổ
tẩm bột
tẩm ngẩm
tẩm nhiễm
tẩm quất
tẩn mẩn
tẩu cẩu
tẩu mã
tẩu thoát
tẩu tán
tẩu tẩu
tẩu vi thượng sách
tẩy chay
tẩy não
tẩy oan
tẩy rửa
tẩy rửa tiền
tẩy trang
tẩy trần
tẩy trừ
tẩy uế
tẩy xoá
tậm tịt
tận cùng
tận diệt
tận dụng
tận hiếu
tận hưởng
tận lực
tận mắt
tận số
tận tay
tận thiện
tận thiện tận mỹ
tận thu
tận thế
tận trung
tận trung báo quốc
tận tuỵ
tận tâm
tận tâm tận lực
tận tình
tận tụy
tận từ
tận xương tận tuỷ
tập con
tập công
tập duyệt
tập dượt
tập huấn
tập hậu
tập hợp
tập hợp con
tập kích
tập kết
tập luyện
tập ngãi
tập nhiễm
tập quyền
tập quán
tập quán pháp
tập quần
tập rỗng
tập san
tập sơn
tập số
tập sự
tập thể
tập thể dục
tập thể hoá
tập thể hóa
tập trung
tập trung dân chủ
tập trung tư bản
tập trận
tập tàng
tập tành
tập tính
tập tính học
tập tước
tập tễnh
tập tọng
tập tục
tập vở
tập đoàn
tập đoàn cứ điểm
tập đoàn quân
tập đại thành
tập đọc
tập đồ
tập ấm
tật bệnh
tật nguyền
tật xấu
tật đố
tắc củi
tắc giang
tắc họng
tắc kè
tắc kè hoa
tắc lưỡi
tắc nghẽn
tắc ráng
tắc trách
tắc tị
tắc tỏm
tắc vân
tắm giặt
tắm gội
tắm hơi
tắm nắng
tắm rửa
tắm táp
tắp lự
tắt dần
tắt dục
tắt hơi
tắt kinh
tắt lửa lòng
tắt lửa tối đèn
tắt mắt
tắt nghỉ
tắt nghỉn
tắt ngóm
tắt ngấm
tắt ngấm tắt ngầm
tắt thở
tắt tiếng
tằm bủng
tằm gai
tằm nghệ
tằm tang
tằm tơ
tằm tằm
tằm vôi
tằn tiện
tằng huyền tôn
tằng hắng
tằng lổng
tằng tôn
tằng tịu
tằng tổ
tẳn mẳn
tặc lưỡi
tặc tử
tặng cách
tặng phong
tặng phẩm
tặng thưởng
tặng vật
tẹp nhẹp
tẹt mũi
tẻ ngắt
tẻ nhạt
tẻo teo
tẻo tèo teo
tẽn tò
tế bào
tế bào chất
tế bào học
tế bào quang điện
tế bần
tế chủ
tế cờ
tế lễ
tế lợi
tế nhuyễn
tế nhị
tế nông
tế phục
tế sinh
tế thắng
tế thế
tế tiêu
tế toái
tế tác
tế tân
tế tử
tế tửu
tế tự
tế vi
tế vật
tế điền
tế độ
tếch toác
tết dương lịch
tết nguyên đán
tết nhất
tết ta
tết tây
tết âm lịch
tếu táo
tề chỉnh
tề gia
tề gia nội trợ
tề lễ
tề lỗ
tề nguỵ
tề ngụy
tề thái
tề thái hoa
tề tựu
tề điệp
tềnh toàng
tể tướng
tệ bạc
tệ hại
tệ lậu
tệ nạn
tệ tục
tệ xá
tệ đoan
tỉ dụ
tỉ giá
tỉ giá hối đoái
tỉ giá thả nổi
tỉ khâu
tỉ khâu ni
tỉ khối
tỉ lệ
tỉ lệ bản đồ
tỉ lệ nghịch
tỉ lệ phần trăm
tỉ lệ thuận
tỉ lệ thức
tỉ lệ xích
tỉ muội
tỉ mẩn
tỉ mỉ
tỉ nhiệt
tỉ như
tỉ phú
tỉ suất
tỉ suất kinh doanh
tỉ số
tỉ thí
tỉ ti
tỉ trọng
tỉ trọng kế
tỉ tê
tỉ đối
tỉa chồi
tỉa cành
tỉa gọt
tỉa lá
tỉa tót
tỉm xắm
tỉnh bơ
tỉnh bộ
tỉnh dậy
tỉnh giảm
tỉnh giấc
tỉnh hội
tỉnh khô
tỉnh lược
tỉnh lẻ
tỉnh lị
tỉnh lộ
tỉnh lỵ
tỉnh mộng
tỉnh ngộ
tỉnh ngủ
tỉnh như không
tỉnh như sáo
tỉnh queo
tỉnh rượu
tỉnh thành
tỉnh trưởng
tỉnh táo
tỉnh uỷ
tỉnh uỷ viên
tỉnh điền
tỉnh đoàn
tỉnh đường
tỉnh đảng bộ
tỉnh đội
tỉnh ủy
tỉnh ủy viên
tỉu nhà ma
tị hiềm
tị huý
tị nạn
tị nạnh
tị trần
tị tổ
tị địa
tịch biên
tịch cốc
tịch diệt
tịch dương
tịch kí
tịch ký
tịch liêu
tịch mịch
tịch thu
tịch thâu
tịch tiêu
tịch điền
tịnh an
tịnh biên
tịnh bình
tịnh bắc
tịnh châu
tịnh giang
tịnh giới
tịnh hiệp
tịnh hoà
tịnh hà
tịnh khê
tịnh kỳ
tịnh long
tịnh minh
tịnh phong
tịnh sơn
tịnh thiện
tịnh thọ
tịnh thổ
tịnh thới
tịnh tiến
tịnh trà
tịnh vô
tịnh đông
tịnh đế
tịnh độ
tịnh ấn tây
tịnh ấn đông
tịt mít
tịt ngòi
tọa hưởng kỳ thành
tọa lạc
tọa thị
tọa đàm
tọa đăng
tọa độ
tọc mạch
tỏ bày
tỏ lộ
tỏ ra
tỏ rõ
tỏ rạng
tỏ tình
tỏ tường
tỏ vẻ
tỏa chiết
tỏa chí
tỏi gà
tỏi hoa lan
tỏi lào
tỏi lợi
tỏi rừng
tỏi trời
tỏi tây
tỏm tẻm
tỏng tòng tong
tố chất
tố cáo
tố cộng
tố giác
tố hộ
tố khổ
tố lan
tố lốc
tố nga
tố nữ
tố tâm
tố tụng
tốc chiến
tốc chiến tốc quyết
tốc chiến tốc thắng
tốc hành
tốc kí
tốc ký
tốc kế
tốc lực
tốc thành
tốc thắng
tốc tả
tốc độ
tốc độ kế
tối cao
tối cổ
tối dạ
tối giản
tối huệ quốc
tối hù
tối hảo
tối hậu
tối hậu thư
tối khẩn
tối kị
tối lửa tắt đèn
tối mày tối mặt
tối mò
tối mù
tối mũi
tối mật
tối mắt
tối mắt tối mũi
tối mịt
tối nghĩa
tối ngày
tối ngòm
tối như bưng
tối như hũ nút
tối như mực
tối om
tối qua
tối sầm
tối thiểu
tối thui
tối thượng
tối trời
tối tân
tối tăm
tối tăm mày mặt
tối tăm mặt mũi
tối um
tối xẩm
tối yếu
tối đa
tối đen
tối đèn
tối đèn tắt lửa
tối đại
tối đại hóa
tối đất
tối ư
tối ưu
tối ưu hóa
tốn kém
tốn phí
tống biệt
tống chung
tống cổ
tống cựu
tống cựu nghinh tân
tống cựu nghênh tân
tống giam
tống khẩu
tống khứ
tống lao
tống ngục
tống nho
tống phan
tống tiền
tống tiễn
tống trân
tống táng
tống tình
tống tửu
tống đạt
tốp ca
tốt bạn
tốt bổng
tốt bộ
tốt bụng
tốt duyên
tốt giọng
tốt giống
tốt lo
tốt lành
tốt lão
tốt lễ
tốt lễ dễ lọt
tốt lễ dễ van
tốt mái hại trống
tốt mã
tốt mã dẻ cùi
tốt mối
tốt nghiệp
tốt ngày
tốt nhịn
tốt nái
tốt nói
tốt nết
tốt phúc
tốt quá hoá lốp
tốt số
tốt tay
tốt thuốc
tốt thầy
tốt tiếng
tốt trai
tốt trời
tốt tươi
tốt tướng
tốt vía
tốt vô ngần
tốt đen
tốt đôi
tốt đôi vừa lứa
tốt đầu
tốt đẹp
tốt đỏ
tốt động
tồ tồ
tồi tàn
tồi tệ
tồm tộp
tồn căn
tồn cảo
tồn cổ
tồn dư
tồn giữ
tồn kho
tồn khoản
tồn nghi
tồn quĩ
tồn quỹ
tồn qũy
tồn trữ
tồn tại
tồn tại xã hội
tồn vong
tồn đọng
tồng ngồng
tồng tộc
tổ bố
tổ cha
tổ chấy
tổ chức
tổ cầu
tổ dân phố
tổ hợp
tổ hợp sản xuất
tổ hợp tác
tổ khúc
tổ mẫu
tổ nghiệp
tổ ong
tổ phó
tổ phụ
tổ quốc
tổ sư
tổ thuật
tổ thành
tổ tiên
tổ truyền
tổ trưởng
tổ tôm
tổ tông
tổ viên
tổ đỉa
tổ đổi công
tổ ấm
tổn hao
tổn hại
tổn phí
tổn thương
tổn thất
tổn thọ
tổng bao
tổng binh
tổng biên tập
tổng bãi công
tổng bãi khóa
tổng bãi thị
tổng bí thư
tổng bộ
tổng chi
tổng chính ủy
tổng chỉ huy
tổng công hội
tổng công kích
tổng công ti
tổng công trình sư
tổng công ty
tổng công đoàn
tổng cọng
tổng cọt
tổng cộng
tổng cục
tổng cục trưởng
tổng diễn tập
tổng diện tích
tổng doanh thu
tổng duyệt
tổng dũng
tổng dự toán
tổng dự đoán
tổng giá
tổng giác
tổng giám mục
tổng giám thị
tổng giám đốc
tổng hoà
tổng hành dinh
tổng hòa
tổng hội
tổng hợp
tổng hợp lực
tổng kho
tổng khởi nghĩa
tổng khủng hoảng
tổng kim ngạch
tổng kiểm sát trưởng
tổng kế
tổng kết
tổng liên đoàn
tổng loại
tổng luận
tổng lãnh sự
tổng lãnh sự quán
tổng lí
tổng lý
tổng lực
tổng mục
tổng ngân sách
tổng nha
tổng năng
tổng phát hành
tổng phí
tổng phản công
tổng phổ
tổng quan
tổng quát
tổng quân uỷ
tổng quân ủy
tổng sư
tổng sản lượng
tổng sản phẩm
tổng sắp
tổng số
tổng tham mưu
tổng tham mưu trưởng
tổng thanh tra
tổng thu
tổng thu nhập
tổng thuật
tổng thành
tổng thư kí
tổng thư ký
tổng thể
tổng thống
tổng thống chế
tổng tiến công
tổng trưởng
tổng trấn
tổng tuyển cử
tổng tài
tổng tư lệnh
tổng tấn công
tổng tập
tổng vệ sinh
tổng đoàn
tổng đài
tổng đình công
tổng đại lí
tổng đại số
tổng đại điện
tổng đốc
tổng đội
tổng động binh
tổng động viên
tộc biểu
tộc danh
tộc người
tộc phả
tộc trưởng
tộc đoàn
tội danh
tội gì
tội lệ
tội lệ gì
tội lỗi
tội nghiệp
tội nhân
tội nợ
tội phạm
tội phạm chiến tranh
tội phạm học
tội trạng
tội tình
tội vạ
tội vạ gì
tội ác
tội đồ
tột bậc
tột bực
tột cùng
tột mực
tột phẩm
tột điểm
tột đỉnh
tột độ
tớ thầy
tới cùng
tới hạn
tới lui
tới mức
tới nơi
tới nước
tới số
tới tấp
tới tới
tới đầu tới đũa
tớn tác
tớn táo
tờ báo
tờ bồi
tờ cung
tờ gác
tờ hoa
tờ khai
tờ mây
tờ mờ
tờ mờ đất
tờ phóng
tờ rơi
tờ rưng
tờ rời
tờ trình
tở mở
tởm lợm
tợn tạo
tụ ba
tụ bạ
tụ cư
tụ cầu khuẩn
tụ huyết trùng
tụ họp
tụ hội
tụ hợp
tụ nghĩa
tụ nhị
tụ sắc
tụ tập
tụ xoay
tụ điểm
tụ điện
tục biên
tục bản
tục danh
tục huyền
tục hôn
tục luỵ
tục lệ
tục lụy
tục ngữ
tục ngữ hoá
tục ngữ học
tục truyền
tục tác
tục tĩu
tục tằn
tục tử
tục xưng
tục đoạn
tụi chúng
tụi mình
tụi tao
tụng ca
tụng kinh
tụng niệm
tụng đình
tụt hậu
tụt nõ
tụy đạo
tủ chè
tủ chữa cháy
tủ gương
tủ kính
tủ li
tủ lạnh
tủ lệch
tủ phiếu
tủ sách
tủ sấy
tủ sắt
tủ thuốc
tủ tường
tủ áo
tủ đá
tủ đứng
tủa chùa
tủa sín chải
tủa thàng
tủi cực
tủi duyên
tủi hổ
tủi hờn
tủi nhục
tủi phận
tủi tay
tủi thân
tủm tỉm
tủn mủn
tủn ngủn
tủng nhĩ
tủy sống
tứ bàng
tứ bào tử
tứ bình
tứ bảo
tứ bề
tứ bội
tứ chi
tứ chiếng
tứ chứng nan y
tứ cường
tứ cố vô thân
tứ cửu
tứ cực
tứ diện
tứ du
tứ duy
tứ dân
tứ giác
tứ hiệp
tứ hạ
tứ khoái
tứ khổ
tứ kết
tứ kỳ
tứ linh
tứ liên
tứ lục
tứ minh
tứ mã
tứ mỹ
tứ ngôn
tứ phân
tứ phía
tứ phương
tứ phẩm
tứ quí
tứ quý
tứ qúy
tứ sắc
tứ thanh
tứ thiết
tứ thân
tứ thư
tứ thập bất hoặc
tứ thể
tứ thời
tứ thời bát tiết
tứ trưng
tứ trụ
tứ tung
tứ tuyệt
tứ tuần
tứ tán
tứ túc mai hoa
tứ tử
tứ vi
tứ xuyên
tứ xã
tứ xứ
tứ yên
tứ đại cảnh
tứ đại oán
tứ đại đồng đường
tứ đốm tam khoanh
tứ đổ tường
tứ đức
tức anh ách
tức bực
tức cười
tức cảnh
tức cảnh sinh tình
tức giận
tức hứng
tức khí
tức khắc
tức là
tức mình
tức như
tức nước vỡ bờ
tức thì
tức thị
tức thời
tức tranh
tức tưởi
tức tốc
tức tối
tức tức
tức vị
từ a đến z
từ bi
từ biệt
từ bỏ
từ chêm
từ chương
từ chối
từ chức
từ công cụ
từ cú
từ căn
từ cảm
từ cổ chí kim
từ cực
từ dũ
từ dịch
từ ghép
từ giã
từ giảo
từ hoá
từ hàn
từ hôn
từ hư
từ học
từ khoá
từ khuynh
từ khước
từ kiêng kị
từ liêm
từ loại
từ láy
từ lấp láy
từ lực
từ mẫu
từ nan
từ nguyên
từ nguyên học
từ ngày
từ ngữ
từ nhiệt
từ nối
từ pháp
từ phú
từ phản nghĩa
từ phổ
từ quan
từ rày
từ sơn
từ thiên
từ thiên kế
từ thiện
từ thuở
từ thông
từ thông kế
từ thạch
từ thực
từ trong trứng
từ trong trứng nước
từ trái nghĩa
từ trường
từ trần
từ trễ
từ trở
từ tâm
từ tính
từ tĩnh học
từ tạ
từ tố
từ tốn
từ tổ
từ từ
từ vị
từ vựng
từ vựng hóa
từ vựng học
từ ái
từ điển
từ điển bách khoa
từ điển giải thích
từ điển học
từ điển song ngữ
từ điển tường giải
từ điện
từ đáy lòng
từ đây
từ đó
từ đường
từ đấy
từ đầu
từ đầu chí cuối
từ đầu đến chân
từ đệm
từ đồng nghĩa
từ đồng âm
từ động
từ động học
từ đời tám hoánh
từa tựa
từng bực
từng khạo
từng li
từng li từng tí
từng lớp
từng trải
tử biệt
tử biệt sinh li
tử chiến
tử cung
tử diệp
tử giác
tử hà xa
tử hình
tử khí
tử lộ
tử nang thể
tử ngoại
tử ngữ
tử nê
tử nạn
tử phòng
tử phần
tử sinh
tử sĩ
tử số
tử thi
tử thù
tử thương
tử thần
tử thủ
tử tiết
tử trận
tử tô
tử tôn
tử tù
tử tước
tử tế
tử tội
tử tức
tử vi
tử vong
tử vân anh
tử vì đạo
tử vận
tử điểm
tử đà
tử đệ
tử địa
tửu hậu trà dư
tửu lượng
tửu nhập ngôn xuất
tửu quán
tửu sắc
tửu tinh kế
tửu điếm
tự an
tự biên
tự biên tự diễn
tự biến áp
tự biện bạch
tự buộc tội
tự bốc cháy
tự cao
tự cao tự đại
tự chuẩn trực
tự chảy
tự chế
tự chủ
tự chủng
tự cung
tự cung tự cấp
tự cường
tự cảm
tự cấp
tự cấp tự túc
tự cấp vốn
tự cổ chí kim
tự cực
tự danh
tự do
tự do chủ nghĩa
tự do dân chủ
tự do tư tưởng
tự dưng
tự dưỡng
tự dạng
tự dẫn
tự ghép
tự giao
tự giác
tự hoại
tự hành
tự hào
tự hình
tự học
tự hỏi
tự hồ
tự hủy
tự khi
tự khiêm
tự khoa
tự khắc
tự khẳng định
tự khử khuẩn
tự kiêu
tự kí
tự ký
tự kỉ
tự kỉ ám thị
tự kỷ
tự kỷ ám thị
tự liệu
tự lượng
tự lạn
tự lập
tự lọc
tự lợi
tự lực
tự lực cánh sinh
tự lực tự cường
tự miễn dịch
tự mãn
tự mồi
tự mục đích
tự nghĩa
tự nguyện
tự nguyện tự giác
tự ngã
tự ngã chủ nghĩa
tự ngã phê bình
tự ngôn
tự nhiên
tự nhiên chủ nghĩa
tự nhiên hoá
tự nhiên học
tự nhiên liệu pháp
tự nhiên nhi nhiên
tự nhiên thần giáo
tự nhiễm khuẩn
tự nhiễm độc
tự nhủ
tự nó
tự phong
tự phát
tự phê
tự phê bình
tự phụ
tự phục vụ
tự quuyết
tự quyết
tự quyền
tự quân
tự quản
tự quản lí
tự rút
tự sinh
tự sát
tự sản
tự sản tự tiêu
tự sự
tự thiêu
tự thuật
tự thân
tự thú
tự thế
tự thị
tự thụ tinh
tự thừa
tự thực
tự ti
tự tin
tự tiêu
tự tiêu hóa
tự tiêu thụ
tự tiện
tự trang tự chế
tự truyện
tự trào
tự trị
tự trọng
tự tu
tự tung tự tác
tự tân
tự tình
tự tích
tự tín
tự tôn
tự túc
tự tư tự lợi
tự tại
tự tạo
tự tận
tự tử
tự viện
tự vấn
tự vẫn
tự vệ
tự vị
tự vựng
tự xúc tác
tự xưng
tự xử
tự ái
tự ám thị
tự ý
tự điền
tự điều chỉnh
tự điều hòa
tự điều khiển
tự điển
tự đại
tự đẩy
tự đắc
tự động
tự động hoá
tự động hóa
tự động từ
tự đức
tự ải
tự ổn định
tựa hồ
tựa nương
tựa đề
tựu chức
tựu nghĩa
tựu trung
tựu trường
tỳ bà
tỳ thiếp
tỳ tướng
tỳ vị
tỵ tổ
tỷ dụ
tỷ giá
tỷ lệ
tỷ lệ thức
tỷ nhiệt
tỷ như
tỷ phú
tỷ số
tỷ thí
tỷ trọng
tỷ đối
u buồn
u em
u gai
u già
u giả
u hiển
u hoài
u hồn
u linh
u lồi
u minh
u mê
u mê ám chướng
u mạch
u nang
u nhã
u ní
u quái
u sầu
u sụn
u trầm
u tuyến
u tình
u tịch
u tối
u u minh minh
u uất
u uẩn
u xơ
u ám
u ơ
u ẩn
u ủ
ui ui
um sùm
um tùm
un đúc
ung dung
ung dung tự tại
ung nhọt
ung thư
ung thư hoá
ung thư học
ung độc
ung ủng
uy danh
uy hiếp
uy linh
uy lực
uy nghi
uy nghiêm
uy nỗ
uy phong
uy phong lẫm liệt
uy quyền
uy thanh
uy thế
uy tín
uy vũ
uyên bác
uyên hưng
uyên nguyên
uyên thâm
uyên áo
uyên ương
uyên ảo
uyển chuyển
uyển ngữ
uôm uôm
uông bí
uý kị
uý lạo
uý tử
uý tử tham sinh
uất giận
uất hận
uất khí
uất nghẹn
uất ức
uẩn khúc
uẩn súc
uẩn tàng
uế khí
uế tạp
uế vật
uể oải
uốn ba tấc lưỡi
uốn cong
uốn câu
uốn dẻo
uốn gối
uốn khúc
uốn lưng quì gối
uốn lưỡi
uốn lượn
uốn nắn
uốn nếp
uốn quanh
uốn tóc
uốn ván
uốn éo
uống máu ăn thề
uống nước cả cặn
uống nước nhớ nguồn
uống thuốc
uổng công
uổng mạng
uổng phí
uỳnh uỵch
uỷ ban
uỷ ban hành chính
uỷ ban nhân dân
uỷ ban quân quản
uỷ hội
uỷ khúc
uỷ lĩnh
uỷ lạo
uỷ mị
uỷ nhiệm
uỷ nhiệm thư
uỷ quyền
uỷ thác
uỷ trị
uỷ viên
va chạm
va gông
va li
va quật
va quệt
va vấp
va xỏ lao
va đập
vai cày
vai gánh tay cuốc
vai trò
vai u thịt bắp
vai vế
vai xo cổ rụt
van an toàn
van bướm
van công khất nợ
van lơn
van lạy
van nài
van thay lạy mướn
van tim
van vái
van vát
van vãn
van vỉ
van xin
vang bóng
vang bóng một thời
vang dậy
vang dội
vang lừng
vang mình sốt mẩy
vang quới tây
vang quới đông
vang rân
vang trời dậy đất
vang vang
vang vọng
vang âm
vang động
vanh vách
vay chày vay cối
vay chín trả mười
vay cào vay cấu
vay công lĩnh nợ
vay lãi
vay mượn
vay mật trả gừng
vay nợ
vay đỡ
vay đợ
ve chai
ve sầu
ve ve
ve vuốt
ve vãn
ve vảy
ve vẩy
ve áo
ven biển
ven bờ
ven nội
ven theo
ven đô
veo veo
veo véo
vi ba
vi chấn
vi chất
vi cảnh
vi danh
vi diệu
vi huyết quản
vi hành
vi khuẩn
vi khuẩn học
vi khí hậu
vi khí hậu học
vi kế
vi la
vi lô
vi lượng
vi lượng đồng căn
vi lệnh
vi mô
vi mạch
vi mạch tích hợp
vi ngữ
vi nhân bất phú
vi nấm
vi phân
vi phạm
vi phẫu
vi phẫu thuật
vi sai
vi sinh
vi sinh học
vi sinh vật
vi sinh vật học
vi sóng
vi thao tác
vi thiềng
vi thuỷ
vi thành
vi thể
vi thủy
vi thực vật
vi ti
vi ti huyết quản
vi tin
vi tinh
vi tinh thể
vi tiểu hình hoá
vi tiểu hình hóa
vi trùng
vi trùng học
vi tính
vi vu
vi vút
vi xử lí
vi điện chuyển
vi điện tử
vi điện tử học
vi động vật
vi ước
vi ảnh
vinh an
vinh bình bắc
vinh bình nam
vinh diệu
vinh dự
vinh giang
vinh hiền
vinh hiển
vinh hoa
vinh hà
vinh hưng
vinh hạnh
vinh hải
vinh mỹ
vinh nhục
vinh phong
vinh phú
vinh quang
vinh qui
vinh qui bái tổ
vinh quy
vinh thanh
vinh thái
vinh thân
vinh thân phì gia
vinh thăng
vinh tiền
vinh tân
vinh tứ
vinh xuân
viêm họng
viêm nhiễm
viêm nhiệt
viêm quầng
viêm tấy
viên an
viên an đông
viên bao
viên bao đường
viên bình
viên băm
viên chức
viên chức hóa
viên cốm
viên giác
viên hạt
viên mãn
viên môn
viên nang
viên ngoại
viên ngậm
viên nhện
viên nhộng
viên nội
viên phân
viên sơn
viên thông
viên tịch
viêng lán
viếng thăm
viết chì
viết hoa
viết lách
viết máy
viết mướn
viết như gà bới
viết tay
viển vông
viễn chinh
viễn chí
viễn cảnh
viễn cổ
viễn du
viễn dương
viễn dụng
viễn hoài
viễn khách
viễn kính
viễn kế
viễn nhật
viễn phương
viễn phố
viễn sơn
viễn thám
viễn thông
viễn thú
viễn thị
viễn tin
viễn tiêu
viễn tưởng
viễn tượng
viễn vọng
viễn xứ
viễn đông
viễn đại
viễn địa
viễn ảnh
việc gì
việc làm
việc nhà
việc nước
việc vua việc quan
việc đã rồi
viện binh
viện bảo tàng
viện chứng
viện dân biểu
viện dẫn
viện hàm
viện hàn lâm
viện kiểm sát
viện lí
viện phí
viện phó
viện quân
viện quí tộc
viện quý tộc
viện sĩ
viện sĩ thông tấn
viện trưởng
viện trợ
viện đô sát
việt chu
việt cường
việt dân
việt dã
việt gian
việt gốc miên
việt hoà
việt hoá
việt hóa
việt hùng
việt hưng
việt hải
việt hồng
việt khái
việt kiều
việt long
việt lâm
việt lập
việt mao
việt nam hóa
việt ngọc
việt ngữ
việt quang
việt sơn
việt sử lược
việt sử tiêu án
việt thuận
việt thành
việt thống
việt tiến
việt trung
việt trì
việt vinh
việt văn
việt vị
việt xuyên
việt yên
việt đoàn
vo ngại
vo tròn bóp bẹp
vo ve
vo viên
vo vo
voi biển
voi giày ngựa xé
voi nan
voi uống thuốc gió
voi xổng tàu
voi điếc đạn súng
volt kế
von kế
von vót
vong bản
vong bổn
vong gia bại sản
vong gia thất thổ
vong hồn
vong linh
vong mạng
vong mệnh
vong nhân
vong niên
vong quốc
vong quốc nô
vong vỏng
vong ân
vong ân bội nghĩa
voọc bẻ
vu cáo
vu hoặc
vu hãm
vu hồi
vu khoát
vu khống
vu oan
vu oan giá hoạ
vu oan giá họa
vu qui
vu quy
vu thác
vu vu
vu vơ
vu vạ
vua bếp
vua chiến trường
vua chúa
vua quan
vua tôi
vui chuyện
vui chân
vui chơi
vui cười
vui dạ
vui hưởng
vui lòng
vui lòng hả dạ
vui miệng
vui mắt
vui mồm
vui mừng
vui như hội
vui như sáo
vui như trẩy hội
vui như tết
vui nhộn
vui sướng
vui tai
vui thích
vui thú
vui thú nguyệt hoa
vui thú yên hà
vui thú điền viên
vui tính
vui tươi
vui vầy
vui vẻ
vui đâu chầu đấy
vui đùa
vun bón
vun gốc
vun quén
vun trồng
vun tưới
vun vào
vun vén
vun vút
vun xới
vun đắp
vung phí
vung tay quá trán
vung thiên địa
vung tàn tán
vung vinh
vung vãi
vung vít
vung văng
vung vảy
vung vẩy
vuông chữ điền
vuông góc
vuông góc bánh chưng
vuông thành sắc cạnh
vuông tre
vuông tròn
vuông tượng
vuông vuông
vuông vắn
vuông vức
vuốt bụng thở dài
vuốt giãn
vuốt giận
vuốt giận làm lành
vuốt mắt
vuốt mặt không kịp
vuốt ngực thở dài
vuốt râu
vuốt râu cọp
vuốt râu hùm
vuốt ve
vuốt đuôi
vuột nợ
vy hương
vài ba
vài bốn
vàm láng
vàn đai trắng
vàng anh
vàng bạc
vàng choé
vàng chóe
vàng cốm
vàng da
vàng danh
vàng diệp
vàng gieo ngấn nước
vàng hoa
vàng hoe
vàng hàng hoá
vàng hươm
vàng hườm
vàng hồ
vàng hực
vàng khè
vàng khé
vàng kiêng
vàng lá
vàng lưới
vàng lụi
vàng ma chải
vàng mã
vàng mười
vàng nghệ
vàng ngọc
vàng như nghệ
vàng nén
vàng quì
vàng quỳ
vàng qùy
vàng ròng
vàng rộm
vàng rực
vàng son
vàng thau
vàng thau lẫn lộn
vàng thùa
vàng thỏi
vàng tiền tệ
vàng tâm
vàng tây
vàng vàng
vàng vó
vàng võ
vàng vọt
vàng xuộm
vàng y
vàng óng
vàng úa
vàng đen
vàng đeo ngọc dát
vàng đá
vàng ạnh
vàng ẩng
vàng ệch
vàng ệnh
vàng ối
vành bánh
vành bánh xe
vành cánh
vành khuyên
vành khăn
vành móng ngựa
vành mũi
vành tai
vành trăng
vành vạnh
vành đai
vành đai du kích
vành đai trắng
vào cuộc
vào cầu
vào hang cọp
vào hang hùm
vào hùa
vào khoảng
vào khuôn vào phép
vào luồn ra cúi
vào làng
vào lộng ra khơi
vào mẩy
vào nhỏ ra to
vào ra
vào sinh ra tử
vào sống ra chết
vào sổ
vào tròng
vào trước ra sau
vào tù ra tội
vào vai
vào vụ
vào đám
vào đề
vào đời
vày cầu
vày vò
vá chín
vá chằng vá đụp
vá may
vá quàng
vá sống
vá trùm vá đụp
vá trời lấp biển
vá trời lắp biển
vá víu
vác mặt
vác mặt lên
vách ngăn
vách quế
vách đá
vái dài
vái lạy
vái trời
ván bìa
ván khuôn
ván ngựa
ván thiên
ván thuyền
ván thôi
ván đã đóng thuyền
ván địa
váng huyết
váng mình sốt mẩy
váng vất
váng óc
váng đầu
váy cộc
váy trong
váy xòe
váy áo
váy đầm
vân an
vân anh
vân bình
vân canh
vân chéo
vân côn
vân cơ
vân cẩu
vân diên
vân du
vân dương
vân hoà
vân hà
vân hán
vân hải
vân hồ
vân hội
vân khánh
vân kiều
vân mòng
vân mẫu
vân mồng
vân mộng
vân nam
vân nội
vân phong
vân phú
vân phúc
vân sam
vân sơn
vân thuỷ
vân thê
vân trung
vân trình
vân trường
vân trục
vân tùng
vân tương
vân tảo
vân từ
vân tự
vân ve
vân vi
vân vân
vân vê
vân vũ
vân vụ
vân xatanh
vân xuân
vân yên
vân âm
vân điểm
vân đoạn
vân đình
vân đồn
vâng chỉ
vâng dạ
vâng lĩnh
vâng lời
vâng vâng dạ dạ
vây bắt
vây bọc
vây bủa
vây cá
vây cánh
vây cước
vây dồn
vây hãm
vây quanh
vây ráp
vây vo
vây vẫy
vây ép
vây điểm diệt viện
vãi cứt
vãi ra quần
vãn anh
vãn ca
vãn cảnh
vãn duyên
vãn hồi
vãn niên
vãn sinh
vãng cảnh
vãng lai
vãng phản
vè vè
vèo vèo
vé số
véc ni
vén gốc
vén váy không nên
véo von
véo vó
vét kiệt
vét sòng
vét tông
vét xi
vên vên
vênh mặt
vênh tịch
vênh vang
vênh vác
vênh váo
vênh vênh
vênh vểnh
vêu mõm
vêu vao
vì chưng
vì chống
vì cầu
vì kèo
vì là
vì lẽ
vì nể
vì nỗi
vì rằng
vì sao
vì thế
vì vậy
ví bằng
ví chăng
ví dù
ví dầu
ví dặm
ví dụ
ví như
ví phỏng
ví thử
ví von
ví ví von von
ví đầm
vía van
vò chín khúc
vò tơ
vò vò
vò võ
vò vẽ
vò xé
vò đầu
vò đầu bóp trán
vò đầu bứt tai
vò đầu vò tai
vòi hoa sen
vòi nhụy
vòi nước
vòi rồng
vòi sen
vòi trứng
vòi voi
vòi vĩnh
vòi vọi
vòm bán nguyệt
vòm bát úp
vòm canh
vòm chéo
vòm chống
vòm cuốn
vòm cây
vòm hóa
vòm họng
vòm miệng
vòm mềm
vòm núi
vòm trời
vòmg cung
vòn vọt
vòng bi
vòng cung
vòng cổ
vòng găng
vòng hoa
vòng kiềng
vòng luẩn quẩn
vòng luồn
vòng mép
vòng nguyệt quế
vòng quanh
vòng quay
vòng tay
vòng trong vòng ngoài
vòng tránh thai
vòng tròn
vòng tuần hoàn lớn
vòng tuần hoàn nhỏ
vòng tên
vòng vo
vòng vây
vòng vèo
vòng đai
vòng đua
vòng đệm
vó câu
vó kí
vóc dáng
vóc dạc
vóc hạ
vóc hạc
vóc ngọc mình vàng
vóc quấn cột cầu
vóc vạc
vô biên
vô bào
vô bổ
vô bờ
vô bờ bến
vô can
vô chánh phủ
vô chánh trị
vô chính phủ
vô chính trị
vô chủ
vô chừng
vô công rồi nghề
vô công rỗi nghề
vô cùng
vô cùng tận
vô cùng vô tận
vô căn cứ
vô cơ
vô cương
vô cố
vô cớ
vô cực
vô danh
vô danh tiểu tốt
vô duyên
vô dưỡng
vô dụng
vô gia cư
vô giao
vô giá
vô giá trị
vô giác
vô giáo dục
vô hi vọng
vô hiệu
vô hiệu hoá
vô hiệu hóa
vô hiệu lực
vô hình
vô hình trung
vô hướng
vô hại
vô hạn
vô hạn định
vô hạn độ
vô hạnh
vô hậu
vô học
vô học vô thuật
vô hồi
vô hồi kì trận
vô hồn
vô khuẩn
vô kháng
vô khối
vô kinh
vô kế
vô kế khả thi
vô kể
vô kỉ luật
vô liêm sỉ
vô lo
vô lo vô lự
vô loài
vô loại
vô luân
vô luận
vô lí
vô lý
vô lương
vô lương tâm
vô lượng
vô lượng vô biên
vô lại
vô lễ
vô lối
vô lực
vô mưu
vô nam dụng nữ
vô nghiệm
vô nghì
vô nghĩa
vô nghĩa lí
vô nghệ
vô nguyên tắc
vô ngã
vô ngạn
vô ngần
vô nhân
vô nhân bạc nghĩa
vô nhân thiểu đức
vô nhân đạo
vô niệu
vô năng
vô phép
vô phép vô tắc
vô phúc
vô phương
vô phước
vô sinh
vô song
vô sư vô pháp
vô sản
vô sản chuyên chính
vô sản hoá
vô sản hóa
vô sắc
vô sỉ
vô số
vô sự
vô tang
vô thanh
vô thiên lủng
vô thuỷ vô chung
vô thường
vô thưởng vô phạt
vô thượng
vô thần
vô thần luận
vô thời hiệu
vô thời hạn
vô thủy chung
vô thủy vô chung
vô thức
vô thừa kế
vô thừa nhận
vô thừa tự
vô tiền khoáng hậu
vô trang
vô tranh
vô tri
vô tri vô giác
vô trách nhiệm
vô trùng
vô trạo
vô tuyến
vô tuyến truyền hình
vô tuyến truyền thanh
vô tuyến viễn thông
vô tuyến điện
vô tài
vô tâm
vô tâm vô tính
vô tình
vô tình cảm
vô tích sự
vô tính
vô tư
vô tư lự
vô tận
vô tỉ
vô tổ chức
vô tội
vô tội vạ
vô tự
vô uý
vô vi
vô vàn
vô vật bất linh
vô vị
vô vọng
vô ích
vô ý
vô ý thức
vô ý vô tứ
vô điều kiện
vô đoan
vô đạo
vô đạo đức
vô đề
vô địch
vô định
vô định hình
vô định luận
vô độ
vô ơn
vô ơn bạc nghĩa
vô ơn bội nghĩa
vô ưu
vô ước
vôi bột
vôi chín
vôi hoá
vôi hóa
vôi hồ
vôi nước
vôi sống
vôi tam hợp
vôi thủy
vôi tôi
vôi vữa
vôn kế
vông nem
vông vang
vông vàng
vông vênh
vông đồng
võ biền
võ bị
võ công
võ cường
võ cử
võ di nguy
võ duy dương
võ giai
võ huy trác
võ khí
võ lao
võ liệt
võ lâm
võ lực
võ miếu
võ nghệ
võ nhai
võ ninh
võ phu
võ phục
võ quan
võ sinh
võ sĩ
võ sĩ đạo
võ sư
võ thuật
võ trang
võ trường
võ trường toản
võ tá lý
võ tánh
võ tướng
võ vàng
võ văn dũng
võ văn tồn
võ vạc
võ vẽ
võ xu
võ điềm
võ đoán
võ đài
võ đường
võng cân
võng giá
võng la
võng lưng
võng lọng
võng mai
võng mạc
võng trần
võng vãnh
võng xuyên
võng đào
vù hương
vù vù
vùa giúp
vùi dập
vùi hoa dập liễu
vùi liễu dập hoa
vùi đầu
vùi đầu vùi cổ
vùn vụt
vùng biển
vùng cao
vùng cấm địa
vùng dậy
vùng giải phóng
vùng kinh tế mới
vùng lên
vùng quanh
vùng sâu
vùng trời
vùng tạm chiếm
vùng tự do
vùng ven
vùng và vùng vằng
vùng vẫy
vùng vằng
vùng đất
vú bánh giầy
vú bò
vú bõ
vú bầu
vú cao su
vú chũm cau
vú em
vú già
vú mướp
vú sữa
vú tày giần
vú vê
vú xếch lưng eo
vú đá
vúc vắc
vút cánh
văn an
văn bia
văn biền ngẫu
văn bài
văn bàn
văn bút
văn bản
văn bản học
văn bằng
văn chương
văn chấn
văn chỉ
văn công
văn cảnh
văn cẩm
văn du
văn dốt vũ dát
văn dốt vũ rát
văn gia
văn giai
văn giang
văn giáo
văn giới
văn hay chữ tốt
văn hiến
văn hoa
văn hoàng
văn hoá
văn hoá phẩm
văn hoá quần chúng
văn hài
văn hào
văn hán
văn hải
văn học
văn học dân gian
văn học sử
văn học thành văn
văn học truyền khẩu
văn học truyền miệng
văn hội
văn khoa
văn khê
văn khôi
văn khúc
văn khắc
văn khế
văn kiện
văn kiện học
văn lang
văn lem
văn liệu
văn long
văn lung
văn luông
văn lãng
văn lí
văn lý
văn lương
văn lộc
văn lợi
văn minh
văn minh hóa
văn miếu
văn mình vợ người
văn môn
văn mỗ
văn nghiệp
văn nghĩa
văn nghệ
văn nghệ sĩ
văn ngôn
văn nham
văn nho
văn nhuệ
văn nhân
văn nhân tài tử
văn nhã
văn phong
văn phái
văn pháp
văn phòng
văn phòng phẩm
văn phú
văn phúc
văn phương
văn phạm
văn phẩm
văn quan
văn quán
văn sách
văn sĩ
văn sơn
văn thuỷ
văn thành
văn thân
văn thơ
văn thư
văn thể
văn tiến
văn trị
văn tuyển
văn tài
văn tập
văn tế
văn tố
văn tứ
văn từ
văn tự
văn uyển
văn võ
văn võ bách quan
văn võ kiêm toàn
văn vũ
văn vần
văn vật
văn vắn
văn vẻ
văn xuôi
văn xá
văn xã
văn yên
văn án
văn ôn võ luyện
văn ôn vũ luyện
văn điển
văn đoàn
văn đàn
văn đình dận
văn đẩu
văn đức
văn đức giai
văng mạng
văng tê
văng tục
văng vào mặt
văng vắng
văng vẳng
vĩ bạch
vĩ cầm
vĩ dạ
vĩ mô
vĩ nhân
vĩ thượng
vĩ tuyến
vĩ tố
vĩ đại
vĩ độ
vĩnh an
vĩnh biên
vĩnh biệt
vĩnh bình
vĩnh bảo
vĩnh chánh
vĩnh chân
vĩnh châu
vĩnh châu a
vĩnh châu b
vĩnh chấp
vĩnh công
vĩnh cửu
vĩnh gia
vĩnh giang
vĩnh hanh
vĩnh hiền
vĩnh hiệp
vĩnh hoà
vĩnh hoà hiệp
vĩnh hoà hưng bắc
vĩnh hoà hưng nam
vĩnh hà
vĩnh hùng
vĩnh hưng
vĩnh hải
vĩnh hảo
vĩnh hậu
vĩnh hằng
vĩnh hồng
vĩnh hội đông
vĩnh hựu
vĩnh khang
vĩnh khánh
vĩnh khê
vĩnh khúc
vĩnh kim
vĩnh kiên
vĩnh linh
vĩnh long
vĩnh lâm
vĩnh lương
vĩnh lạc
vĩnh lại
vĩnh lập
vĩnh lộc
vĩnh lộc a
vĩnh lộc b
vĩnh lợi
vĩnh minh
vĩnh mỹ
vĩnh mỹ a
vĩnh mỹ b
vĩnh nam
vĩnh nguyên
vĩnh ngươn
vĩnh ngọc
vĩnh nhuận
vĩnh ninh
vĩnh niệm
vĩnh phong
vĩnh phú
vĩnh phú tây
vĩnh phú đông
vĩnh phúc
vĩnh phương
vĩnh phước
vĩnh phước a
vĩnh phước b
vĩnh quang
vĩnh quyết
vĩnh quý
vĩnh quới
vĩnh quỳnh
vĩnh sơn
vĩnh thanh
vĩnh thanh vân
vĩnh thuận
vĩnh thuận tây
vĩnh thuỷ
vĩnh thành
vĩnh thái
vĩnh thông
vĩnh thạch
vĩnh thạnh
vĩnh thạnh trung
vĩnh thịnh
vĩnh thọ
vĩnh thới
vĩnh thực
vĩnh tiến
vĩnh trinh
vĩnh trung
vĩnh trường
vĩnh trạch
vĩnh trị
vĩnh trụ
vĩnh tuy
vĩnh tân
vĩnh tường
vĩnh tế
vĩnh viễn
vĩnh xuân
vĩnh xá
vĩnh xương
vĩnh yên
vĩnh ô
vĩnh điều
vĩnh điện
vĩnh đông
vĩnh đại
vũ an
vũ biền
vũ bão
vũ bình
vũ bị
vũ chính
vũ chấn
vũ cán
vũ công
vũ công huệ
vũ công trấn
vũ công đạo
vũ cận
vũ cử
vũ duy chí
vũ duy đoán
vũ duệ
vũ dũng
vũ giai
vũ hoà
vũ huy tấn
vũ huy đĩnh
vũ hộ
vũ hội
vũ hữu
vũ khâm lân
vũ khâm thận
vũ khí
vũ khí hoá học
vũ khí hạt nhân
vũ khí lạnh
vũ khí sinh học
vũ khí thô sơ
vũ khí thông thường
vũ khí tên lửa
vũ khí vi trùng
vũ khúc
vũ kế
vũ kịch
vũ linh
vũ loan
vũ lâm
vũ lãng
vũ lăng
vũ lượng
vũ lượng kế
vũ lạc
vũ lễ
vũ lộ
vũ lực
vũ muộn
vũ môn
vũ mộng nguyên
vũ nghĩa chi
vũ nghệ
vũ ninh
vũ nông
vũ nữ
vũ oai
vũ ong
vũ phu
vũ pháo vân thê
vũ phúc
vũ phương đề
vũ phạm hàm
vũ phạm khải
vũ quang
vũ quý
vũ quỳnh
vũ sĩ
vũ sĩ đạo
vũ sơn
vũ sư
vũ thoát y
vũ thuật
vũ thuỷ
vũ thư
vũ thạnh
vũ thắng
vũ thủy
vũ tiến
vũ trang
vũ trang tận răng
vũ trinh
vũ trung
vũ trác oánh
vũ trường
vũ trụ
vũ trụ học
vũ trụ luận
vũ trụ quan
vũ tây
vũ tướng
vũ tạ
vũ tầng
vũ tụ
vũ vinh
vũ vân
vũ văn mật
vũ văn nhậm
vũ văn uyên
vũ xá
vũ y
vũ yến
vũ điệu
vũ đoài
vũ đoán
vũ đài
vũ đình dung
vũ đông
vũ đạo
vũng bùn
vũng liêm
vũng lầy
vũng trâu đầm
vũng tàu
vơ nắm vơ mớ
vơ quàng vơ xiên
vơ vào
vơ váo
vơ vét
vơ vất
vơ vẩn
vơ đũa cả nắm
vơi vơi
vưu vật
vươn mình
vươn tới
vươn vai
vương bá
vương cung
vương công
vương duy trinh
vương giả
vương hầu
vương mang
vương miện
vương mẫu
vương nghiệp
vương nhữ chu
vương phi
vương phụ
vương phủ
vương quyền
vương quốc
vương sư
vương sư bá
vương sự
vương thân
vương thúc mậu
vương thần
vương thổ
vương triều
vương tôn
vương tước
vương tướng
vương vãi
vương vít
vương víu
vương vướng
vương vấn
vương vất
vương vị
vương đạo
vướng chân
vướng mắc
vướng mức
vướng vít
vướng víu
vướng vất
vườn bách thú
vườn bách thảo
vườn cau ao cá
vườn hoa
vườn hồng
vườn không nhà trống
vườn quả
vườn quốc gia
vườn rau
vườn rộng rào thưa
vườn thú
vườn trên ao dưới
vườn trường
vườn trẻ
vườn tược
vườn địa đàng
vườn ươm
vườn ương
vượn cáo
vượn mèo
vượn người
vượn tay trắng
vượn thờ
vượn vá
vượng khí
vượng lộc
vượt biên
vượt bậc
vượt cạn
vượt cấp
vượt mức
vượt ngòi ngoi nước
vượt ngục
vượt núi băng ngàn
vượt qua
vượt quyền
vượt quá
vượt rào
vượt suối băng ngàn
vượt suối băng rừng
vượt suối trèo non
vượt thác qua ghềnh
vượt tuyến
vượt âm
vạ gió tai bay
vạ gì
vạ miệng
vạ mồm
vạ mồm vạ miệng
vạ vật
vạ vịt
vạc dầu
vạc mặt
vạch lá tìm sâu
vạch lông tìm vết
vạch mắt
vạch mặt
vạch mặt chỉ trán
vạch mặt chỉ tên
vạch ngang
vạch nganh
vạch nối
vạch ra
vạch trần
vạch tải
vạm vỡ
vạn an
vạn bình
vạn bảo
vạn bất đắc dĩ
vạn bội
vạn cổ
vạn giã
vạn hoà
vạn hưng
vạn hương
vạn hạnh
vạn khánh
vạn kim
vạn kiếp
vạn linh
vạn long
vạn lí
vạn lí trường đồ
vạn lương
vạn mai
vạn mớ
vạn mỹ
vạn nhất
vạn ninh
vạn niên thanh
vạn năng
vạn phát
vạn phú
vạn phúc
vạn phước
vạn quốc
vạn sơn
vạn sự
vạn sự như ý
vạn thiện
vạn thuỷ
vạn thái
vạn thạnh
vạn thắng
vạn thọ
vạn thọ vô cương
vạn thủy thiên sơn
vạn toàn
vạn trạch
vạn trạng thiên hình
vạn tuyền
vạn tuế
vạn tội
vạn tử nhất sinh
vạn vật
vạn vật học
vạn xuân
vạn yên
vạn điểm
vạn đại
vạt con
vả chăng
vả lại
vả rừng
vải bò
vải bông
vải bạt
vải bồi
vải dầu
vải dựng
vải giả da
vải in hoa
vải liệm
vải màn
vải mảnh
vải nhựa
vải phin
vải sô
vải ta
vải thiều
vải tuyn
vải vóc
vảy bao hoa
vảy cá
vảy cám
vảy da
vảy mạc
vảy mại
vảy nến
vảy ốc
vấn an
vấn danh
vấn nạn
vấn tâm
vấn tội
vấn vít
vấn vương
vấn đáp
vấn đề
vấp váp
vất va vất vưởng
vất vơ
vất vưởng
vất vả
vấy vá
vần chân
vần chêm
vần chải
vần công
vần cơm
vần lưng
vần ngược
vần nội
vần thông
vần thơ
vần vè
vần vò
vần vũ
vần vật
vần vụ
vần xoay
vần xuôi
vần ôm
vầng dương
vầng hồng
vầng quế
vầng ô
vầng đông
vầy nưa
vầy vò
vầy vậy
vẩn vơ
vẩn đục
vẫn thạch
vẫy gọi
vẫy tay
vẫy vùng
vậm vạp
vận chuyển
vận dụng
vận hà
vận hành
vận hạn
vận hội
vận khí
vận luật
vận luật học
vận lương
vận mạch
vận mạng
vận mệnh
vận nàn
vận số
vận trù
vận trù học
vận tải
vận tốc
vận tống
vận văn
vận xuất
vận đơn
vận động
vận động chiến
vận động viên
vập mặt
vập vào tường
vật bất li thân
vật chướng ngại
vật chất
vật chất chủ nghĩa
vật chất hóa
vật chủ
vật chứng
vật dằn tàu
vật dục
vật dụng
vật giá
vật giới
vật hoạt
vật hóa
vật hậu học
vật khinh hình trọng
vật khinh tình trọng
vật kính
vật linh giáo
vật liệu
vật lí
vật lí cổ điển
vật lí hiện đại
vật lí hạt nhân
vật lí học
vật lí khí quyển
vật lí phân tử
vật lí sinh vật
vật lí trái đất
vật lí trị liệu
vật lí địa cầu
vật lý
vật lại
vật lộn
vật lực
vật mang
vật mình
vật mình vật mẩy
vật ngon của lạ
vật nuôi
vật nài
vật phẩm
vật quyền
vật thể
vật thể hóa
vật thử
vật tư
vật tổ
vật tổ giáo
vật tự nó
vật vã
vật vờ
vật đổi sao dời
vậy mà
vậy nên
vậy ru
vậy thay
vậy thì
vậy trắng
vậy vay
vậy ôi
vắn dài
vắn hai dài một
vắn tắt
vắn vủn
vắng bóng
vắng bặt
vắng hoe
vắng lặng
vắng mặt
vắng mặt khuất lời
vắng ngắt
vắng ngắt như tờ
vắng tanh
vắng tanh vắng ngắt
vắng teo
vắng tin
vắng tiếng
vắng trăng có sao
vắng tênh
vắng vẻ
vắt chanh bỏ vỏ
vắt chân chữ ngũ
vắt chân lên cổ
vắt dòng
vắt man
vắt mũi chưa sạch
vắt nóc
vắt sổ
vắt tay lên trán
vắt va vắt vẻo
vắt vẻo
vắt xổ
vắt óc
vằm mặt
vằn thắn
vằn vèo
vằn vện
vằng vặc
vặc vặc
vặn hỏi
vặn mình
vặn người
vặn vẹo
vặn vọ
vặn đàn
vặt vãnh
vặt đầu vặt tai
vẹc bông lau
vẹn cả đôi bề
vẹn toàn
vẹn tròn
vẹn tuyền
vẹn vẻ
vẹn vẽ
vẹo cổ
vẹo ne
vẹo ngoe
vẹo vọ
vẹt gấm
vẹt mào
vẹt xanh
vẹt xám
vẹt ăn thịt
vẻ chi
vẻ mặt
vẻ ngoài
vẻ ngân
vẻ người
vẻ ngọc
vẻ quí chiều thanh
vẻ vang
vẻ vẻ vang vang
vẻn vẹn
vẽ chuyện
vẽ hùm thêm cánh
vẽ mày vẽ mặt
vẽ rắn thêm chân
vẽ rồng nên giun
vẽ rồng vẽ rắn
vẽ truyền
vẽ trò
vẽ vời
vết bầm
vết chàm
vết hoe
vết nhăn
vết nhơ
vết thương
vết tích
vết xe
về chầu diêm vương
về chầu âm phủ
về chầu ông vải
về già
về hùa
về hưu
về không
về phần
về quê
về sau
về tay
về vườn
vền vên
vểnh râu
vểnh râu cáo
vểnh râu trê
vệ an
vệ binh
vệ binh quốc gia
vệ hè
vệ quốc
vệ quốc quân
vệ quốc đoàn
vệ sinh
vệ sinh học
vệ sinh viên
vệ sĩ
vệ tinh
vệ tinh nhân tạo
vệ tinh địa tĩnh
vệ uý
vệ úy
vệ đà
vệ đà giáo
vệ đội
vỉ buồm
vỉ lò
vỉ ruồi
vỉ ruổi
vỉa hè
vị chi
vị chủng
vị cây dây cuốn
vị cây dây leo
vị cây dây quấn
vị danh
vị dịch
vị giác
vị hoàng
vị hôn phu
vị hôn thê
vị kỉ
vị lai
vị lợi
vị lợi chủ nghĩa
vị mặt
vị nghĩa
vị nghĩa quyên sinh
vị ngã
vị ngộ
vị ngữ
vị nể
vị quang
vị quốc vong thân
vị tha
vị thanh
vị thuỷ
vị thành niên
vị thắng
vị thế
vị thứ
vị toan
vị trí
vị tân
vị tất
vị từ
vị tự
vị vong
vị vong nhân
vị xuyên
vị đông
vịt bầu
vịt cỏ
vịt già gà to
vịt nghe sấm
vịt pha
vịt thìa
vịt trời
vịt xiêm
vịt đàn
vịt đái
vọc vạch
vọng bái
vọng canh
vọng cung
vọng cổ
vọng gác
vọng lâu
vọng lầu
vọng nguyệt
vọng ngữ
vọng niệm
vọng phu
vọng thê
vọng tiêu
vọng tưởng
vọng tộc
vọng vần
vọng đông
vọng đăng
vọp bẻ
vỏ bào
vỏ chai
vỏ chuối
vỏ chăn
vỏ dà
vỏ gươm
vỏ lụa
vỏ não
vỏ quả
vỏ sò
vỏ xó
vỏn vẹn
vốn dĩ
vốn liếng
vốn lưu động
vốn nhà
vốn pháp định
vốn sống
vốn tự có
vốn điều lệ
vồ vập
vồ ếch
vồi vội
vồn vã
vỗ béo
vỗ mặt
vỗ ngực
vỗ nợ
vỗ tay
vỗ tay trong bị
vỗ tuột
vỗ vế
vỗ về
vỗ yên
vỗ yên trăm họ
vỗ đùi
vỗ ơn
vội vàng
vội vã
vớ bở
vớ va vớ vẩn
vớ va vớ vẫn
vớ vẩn
với lại
với nhau
vớt mìn
vớt vát
vờ vĩnh
vờ vẫn
vờ vịt
vời vợi
vở diễn
vở kịch
vỡ bụng
vỡ chum
vỡ chợ
vỡ da
vỡ giọng
vỡ hoang
vỡ lòng
vỡ lẽ
vỡ lở
vỡ mộng
vỡ mủ
vỡ nghĩa
vỡ nhẽ
vỡ nợ
vỡ tiếng
vỡ tổ
vỡ vai
vỡ vạc
vỡ đầu ối
vợ bé
vợ bìu con díu
vợ bìu con ríu
vợ chưa cưới
vợ chồng
vợ chồng hàng sáo
vợ chồng hàng xáo
vợ chồng ngâu
vợ chồng phường chèo
vợ con
vợ cái con cột
vợ cả
vợ dại con thơ
vợ hai
vợ kế
vợ lẽ
vợ lẽ con thêm
vợ mọn
vợ nhỏ
vợ nắm vợ mớ
vợ nọ con kia
vợ thứ
vợ đẹp con khôn
vụ bản
vụ bổn
vụ cầu
vụ danh
vụ lợi
vụ phó
vụ quang
vụ trưởng
vụ việc
vụ án
vụn như cám
vụn vặt
vụng chèo khéo chống
vụng dại
vụng thối vụng nát
vụng trộm
vụng tính
vụng về
vụng ăn vụng nói
vụng ăn ở
vụng đẽo khó chữa
vụt chốc
vụt một cái
vứt bỏ
vứt đi
vừa gì
vừa khi
vừa khéo
vừa lòng
vừa lúc
vừa lứa
vừa miệng
vừa mắt
vừa mồm
vừa mới
vừa nãy
vừa phải
vừa qua
vừa rồi
vừa sức
vừa tay
vừa tầm
vừa vặn
vừa vừa
vừa ý
vừa đôi
vừa đôi phải lứa
vừa đấm vừa xoa
vừa đẹp vừa giòn
vừng trăng
vừng đông
vữa bata
vữa động mạch
vững bước
vững bền
vững bụng
vững chân
vững chãi
vững chắc
vững dạ
vững giá
vững lòng
vững mạnh
vững như bàn thạch
vững như thành
vững như đồng
vững tay co
vững tin
vững tâm
vững vàng
vựa lúa
vựa thóc
vực dậy
vực thẳm
vực trường
vựng tập
watt kế
x quang
xa bô chê
xa chạy cao bay
xa cách
xa cảng
xa dung
xa giá
xa gần
xa hoa
xa hoàng
xa hoắc
xa hậu
xa khơi
xa khả sâm
xa khả tham
xa lánh
xa lìa
xa lông
xa lý
xa lăng lắc
xa lơ xa lắc
xa lạ
xa lắc
xa lắc xa lơ
xa lộ
xa lộ thông tin
xa mu
xa mã
xa mặt xa lòng
xa ngái
xa phí
xa rời
xa sông cách đò
xa tanh
xa thơm gần thối
xa thư
xa thẳm
xa tiền tử
xa trưởng
xa trần
xa tít
xa tít mù tắp
xa tít tắp
xa tắp
xa vút
xa vắng
xa vọng
xa vời
xa vời vợi
xa xa
xa xôi
xa xăm
xa xưa
xa xả
xa xẩn
xa xỉ
xa xỉ phẩm
xam xám
xam xưa
xanh biếc
xanh bủng
xanh bủng xanh beo
xanh chảo
xanh cỏ
xanh da bát
xanh da trời
xanh dương
xanh dờn
xanh hoa lí
xanh hoà bình
xanh hồ thuỷ
xanh hồ thủy
xanh lam
xanh lá cây
xanh lá mạ
xanh lè
xanh lét
xanh lơ
xanh lướt
xanh lục
xanh mét
xanh mướt
xanh mắt
xanh mặt
xanh ngăn ngắt
xanh ngắt
xanh như tàu lá
xanh nước biển
xanh om
xanh quan lục
xanh rì
xanh rớt
xanh rờn
xanh trong
xanh tươi
xanh tốt
xanh um
xanh vỏ đỏ lòng
xanh xanh
xanh xao
xanh xao hốc hác
xanh xám
xao lãng
xao nhãng
xao xuyến
xao xác
xao động
xay xát
xe ba bánh
xe ba gác
xe ben
xe buýt
xe bình bịch
xe bò
xe bù ệt
xe bọc sắt
xe bọc thép
xe ca
xe cao su
xe châu
xe chỉ buộc tay
xe chở dầu
xe chữa cháy
xe con
xe cút kít
xe cơ giới
xe cải tiến
xe cộ
xe cứu hoả
xe cứu hỏa
xe cứu thương
xe du lịch
xe duyên
xe dây
xe dây buộc mình
xe dê
xe gió
xe goòng
xe gíp
xe gắn máy
xe hoả
xe hàng
xe hòm
xe hơi
xe hẩy
xe hỏa
xe jeep
xe khách
xe kéo
xe lam
xe lang
xe loan
xe lu
xe lôi
xe lăn
xe lăn đường
xe lơi
xe lết
xe lọ
xe lội nước
xe lửa
xe moóc
xe máy
xe ngựa
xe nôi
xe nước
xe pháo
xe quệt
xe rác
xe song mã
xe tang
xe tay
xe thiết giáp
xe thư
xe thồ
xe thồ mộ
xe thổ mộ
xe trâu
xe trượt tuyết
xe téc
xe tăng
xe tơ
xe tơ kết tóc
xe tưới đường
xe tải
xe tốc hành
xe tứ mã
xe vận tải
xe xích
xe ôm
xe điếu
xe điện
xe điện bánh hơi
xe điện ngầm
xe đám
xe đò
xe đòn
xe đạp
xe đạp máy
xe đạp nước
xe đẩy hàng
xe đổ thùng
xe độc mã
xe ủi đất
xem bói
xem bệnh
xem chừng
xem giò
xem hát
xem hội
xem khinh
xem lại
xem lễ
xem mạch
xem mặt
xem ngày
xem nhẹ
xem nào
xem ra
xem tay
xem thường
xem thường xem khinh
xem tuổi
xem tướng
xem tử vi
xem xét
xen canh
xen kẽ
xen lẫn
xeo nạy
xi lanh
xi líp
xi măng
xi nhan
xi rô
xi ta
xin cưới
xin lạy cả nón
xin lỗi
xin phép
xin quẻ
xin thẻ
xin việc
xin vâng
xin xăm
xin xỉn
xin xỏ
xin âm dương
xin đi đằng đầu
xin đểu
xin đủ
xinh gái
xinh trai
xinh tươi
xinh xinh
xinh xắn
xinh xẻo
xinh đẹp
xiêm nghê
xiêm y
xiêm áo
xiên góc
xiên khoai
xiên ngang
xiên xiên
xiên xẹo
xiên xọ
xiên xỏ
xiêu bạt
xiêu dạt
xiêu lòng
xiêu tán
xiêu vẹo
xiêu xiêu
xiêu xọ
xiêu đổ
xiết bao
xiết chi
xiết nỗi
xiết nợ
xiết đâu
xiếu mai
xiềng gông
xiềng xích
xiểm nịnh
xiển minh
xiểng liểng
xo ro
xo vai
xo vai rụt cổ
xoa bóp
xoa dịu
xoa tay
xoa xoa
xoa xuýt
xoai xoải
xoan lát
xoan đào
xoan đâu
xoang tràng
xoang xoảng
xoang điệu
xoay chiều
xoay chuyển
xoay lưng
xoay như chong chóng
xoay quanh
xoay trần
xoay trở
xoay vần
xoay xoáy
xoay xoả
xoay xỏa
xoay xở
xoen xoét
xoi bói
xoi lọng
xoi móc
xoi mói
xoi xói
xoi xỉa
xom xom
xon xon
xon xón
xon xót
xong chuyện
xong nợ
xong xuôi
xong xóc
xong xả
xong đời
xoong chảo
xoong nồi
xoài cát
xoài cơm
xoài quéo
xoài thanh ca
xoài tượng
xoài voi
xoài xiêm
xoàn xoạt
xoàng xoàng
xoàng xĩnh
xoành xoạch
xoá bỏ
xoá mù
xoá nhoà
xoá sổ
xoá đói giảm nghèo
xoáy nghịch
xoáy thuận
xoáy trôn ốc
xoáy ốc
xoèn xoẹt
xoăn mũi
xoăn tai
xoắn khuẩn
xoắn kế
xoắn trùng
xoắn xuýt
xoắn xít
xoắn ốc
xoẳn củ tỏi
xtăng xin
xu chiêng
xu hào
xu hướng
xu lợi
xu mị
xu nịnh
xu phụ
xu phụng
xu páp
xu thế
xu thời
xu xoa
xu xê
xua gà cho vợ
xua như xua tà
xua tan
xua tay
xua đuổi
xui bảo
xui bẩy
xui dại
xui giục
xui khiến
xui khôn xui dại
xui nguyên giục bị
xui nên
xui xiểm
xui xẻo
xum xoe
xum xuê
xun xoe
xung khắc
xung kích
xung lượng
xung lực
xung năng
xung phong
xung quanh
xung sát
xung thiên
xung trận
xung xăng
xung yếu
xung điện
xung động
xung đột
xuy mao cầu tì
xuy xá
xuy đồng
xuyên mộc
xuyên quốc gia
xuyên suốt
xuyên sơn
xuyên táo
xuyên tâm
xuyên tâm liên
xuyên tâm đối
xuyên tạc
xuyên động
xuân an
xuân bái
xuân bình
xuân bảo
xuân bất tái lai
xuân bắc
xuân canh
xuân cao
xuân chinh
xuân châu
xuân cảnh
xuân cẩm
xuân du
xuân dương
xuân dục
xuân giang
xuân giao
xuân hiệp
xuân hoà
xuân hoá
xuân huy
xuân huyên
xuân hà
xuân hùng
xuân hưng
xuân hương
xuân hải
xuân hồng
xuân hội
xuân khang
xuân khanh
xuân khao
xuân khánh
xuân khê
xuân kiên
xuân la
xuân lai
xuân lam
xuân lan thu cúc
xuân liên
xuân long
xuân lâm
xuân lãnh
xuân lôi
xuân lĩnh
xuân lũng
xuân lương
xuân lạc
xuân lập
xuân lễ
xuân lệ
xuân lộc
xuân mai
xuân minh
xuân mãn
xuân mỹ
xuân ngọc
xuân nha
xuân nhật
xuân ninh
xuân nội
xuân nộn
xuân nữ
xuân phong
xuân phân
xuân phú
xuân phúc
xuân phương
xuân phước
xuân phổ
xuân quan
xuân quang
xuân quế
xuân quỳ
xuân sơn
xuân sơn bắc
xuân sơn nam
xuân sắc
xuân thanh
xuân thiên
xuân thiện
xuân thiệu
xuân thu
xuân thu nhị kì
xuân thuỷ
xuân thành
xuân thái
xuân thăng
xuân thương
xuân thượng
xuân thạnh
xuân thắng
xuân thịnh
xuân thọ
xuân thới sơn
xuân thới thượng
xuân tiêu
xuân tiến
xuân tiết
xuân trung
xuân trúc
xuân trường
xuân trạch
xuân tâm
xuân tân
xuân tây
xuân tình
xuân tô
xuân tăng
xuân tầm
xuân vinh
xuân viên
xuân vân
xuân xanh
xuân y
xuân yên
xuân ái
xuân áng
xuân đan
xuân đài
xuân đám
xuân đình
xuân đông
xuân đường
xuân đỉnh
xuân định
xuê xoa
xuôi chiều
xuôi chèo mát mái
xuôi dòng
xuôi gió
xuôi ngược
xuôi tai
xuôi xuôi
xuôi xả
xuý xoá
xuýt nữa
xuýt xoa
xuýt xoát
xuất binh
xuất biên
xuất bản
xuất bản phẩm
xuất chinh
xuất chuồng
xuất chính
xuất chúng
xuất cảng
xuất cảnh
xuất dương
xuất gia
xuất gia đầu phật
xuất giá
xuất giá tòng phu
xuất hiện
xuất hoá
xuất huyết
xuất hành
xuất khẩu
xuất khẩu thành chương
xuất khẩu thành thi
xuất kì bất ý
xuất kích
xuất kỳ bất ý
xuất lễ
xuất lực
xuất môn
xuất ngoại
xuất ngũ
xuất nhập
xuất nhập cảnh
xuất nhập khẩu
xuất phát
xuất phát điểm
xuất quân
xuất quĩ
xuất quần
xuất quỉ nhập thần
xuất quỷ nhập thần
xuất quỹ
xuất qũy
xuất siêu
xuất sắc
xuất thân
xuất thần
xuất thế
xuất tinh
xuất toán
xuất trình
xuất trần xuất thế
xuất trận
xuất tài xuất lực
xuất tướng
xuất tục
xuất viện
xuất vốn
xuất xưởng
xuất xứ
xuất xử
xuất đầu lộ diện
xuẩn ngốc
xuẩn động
xuề xoà
xuề xòa
xuềnh xoàng
xuệch xoạc
xuống cân
xuống cấp
xuống dòng
xuống dốc
xuống giọng
xuống hàng
xuống lỗ
xuống mã
xuống nước
xuống tay
xuống thang
xuống tóc
xuống đường
xuồng ba lá
xuồng cứu sinh
xuồng lướt
xuồng máy
xà bang
xà beng
xà bông
xà bần
xà cạp
xà cột
xà cừ
xà gồ
xà hồ
xà hổ
xà kép
xà lan
xà lim
xà lách
xà lệch
xà lỏn
xà mâu
xà ngang
xà ngang duỗi dọc
xà phìn
xà phòng
xà rong
xà rông
xà tích
xà vương
xà xẻo
xà ích
xà đơn
xài lớn
xài phí
xài xạc
xài xể
xàm bậy
xàm xĩnh
xàm xạp
xàm xỡ
xàng xê
xành xạch
xào lăn
xào nấu
xào xáo
xào xạc
xào xạo
xá aỏi
xá bung
xá chi
xá cày
xá côống
xá cẩu
xá dâng
xá hộc
xá khao
xá khắc
xá la vàng
xá lá vàng
xá lương
xá lị
xá muội
xá phó
xá pươi
xá quản
xá quỷ
xá thư
xá toong lương
xá tống
xá tội
xá tội vong nhân
xá u ní
xá xeng
xá xíu
xá xúa
xá xị
xá đôn
xá đệ
xác chết
xác chứng
xác cứ
xác lập
xác lột
xác minh
xác như vờ
xác nhận
xác pháo
xác suất
xác thịt
xác thực
xác ve
xác vờ
xác xơ
xác đáng
xác định
xác ướp
xách mé
xách nách
xách tai
xách tay
xái nhì
xái xảm
xám khôống
xám mặt
xám ngoét
xám ngắt
xám xanh
xám xịt
xán lạn
xáo lộn
xáo trộn
xáo xác
xáo xới
xáo động
xáp chiến
xáp lá cà
xáp mặt
xáp trận
xát hẹp
xâm canh
xâm chiếm
xâm hại
xâm lăng
xâm lược
xâm lấn
xâm mặt
xâm nhiễm
xâm nhập
xâm phạm
xâm thực
xâm xấp
xâm xẩm
xâm đoạt
xâu chuỗi
xâu dịch
xâu tai
xâu xé
xây cất
xây dựng
xây dựng cơ bản
xây dựng gia đình
xây lắp
xây thành đắp lũy
xây xát
xây xẩm
xây đắp
xã giao
xã hội
xã hội chủ nghĩa
xã hội hoá
xã hội hóa
xã hội học
xã hội đồ
xã luận
xã quan
xã thuyết
xã thôn
xã trưởng
xã tắc
xã viên
xã vệ
xã xượi
xã đoàn
xã đội
xã đội phó
xã đội trưởng
xè xè
xèn xẹt
xèo xèo
xé lẻ
xé mắm mút tay
xé phay
xé ruột
xé ruột xé gan
xé rào
xé tai
xé tan
xé toạc
xé vạt vá vai
xé xác
xén tóc
xéo xó
xéo xó xẹo xọ
xéo xẹo
xép xẹp
xét cho cùng
xét duyệt
xét hỏi
xét lại
xét mình
xét nghiệm
xét nét
xét nết
xét soi
xét xử
xét đoán
xét đến cùng
xê cố
xê dịch
xê xích
xê xế
xênh xang
xì căng đan
xì cấu
xì dầu
xì gà
xì hơi
xì ke
xì xà xì xồ
xì xà xì xụp
xì xào
xì xèo
xì xì
xì xòm
xì xầm
xì xằng
xì xị
xì xồ
xì xục
xì xụp
xì xụt
xì đạt
xì đồng
xình xịch
xí gạt
xí muội
xí nghiệp
xí quách
xí xoá
xí xố
xí đồ
xích hầu
xích lô
xích lại
xích ma
xích mích
xích tay
xích thằng
xích thố
xích tâm
xích tử
xích vệ
xích xiềng
xích đu
xích đông
xích đạo
xích đế
xích đới
xín chải
xín cái
xín mần
xín vàng
xính vính
xíu mại
xòm xọp
xòng xõng
xó ró
xó xỉnh
xóc cái
xóc hông
xóc thẻ
xóc xách
xóc óc
xóc đĩa
xói lở
xói mòn
xói móc
xóm giềng
xóm làng
xóm thôn
xóp xọp
xót con xót của
xót liễu vì hoa
xót ruột
xót thương
xót xa
xô bát xô đũa
xô bồ
xô ngã
xô viết
xô xát
xô đa
xô đẩy
xôi giả vạ thật
xôi gấc
xôi hoa cau
xôi hỏng bỏng không
xôi lúa
xôi thịt
xôi trắng
xôi vò
xôi xéo
xôm trò
xôm tụ
xôm xuê
xôm xốp
xôm đám
xôn xang
xôn xao
xôn xao anh yến
xôn xao ti trúc
xông hương
xông nhà
xông pha
xông xáo
xông xổng
xông đất
xõng lưng
xù xì
xù xì da cóc
xù xù
xù xụ
xùm xoà
xùm xụp
xùng xình
xú danh
xú khí
xú uế
xúc biến
xúc biện
xúc cảm
xúc cảnh
xúc cảnh hứng hoài
xúc cảnh sinh tình
xúc giác
xúc giác kế
xúc hướng động
xúc phạm
xúc tiến
xúc tiếp
xúc tu
xúc tác
xúc xiểm
xúc xích
xúc xắc
xúc động
xúi bẩy
xúi giục
xúi quẩy
xúm quanh
xúm xít
xúm đen xúm đỏ
xúm đông
xúm đông xúm đỏ
xúng xa xúng xính
xúng xính
xúp lê
xăm mình
xăm xoi
xăm xúi
xăm xăm
xăm xắm
xăm xắn
xăm xắp
xăm xỉa
xăn văn
xăng dầu
xăng nhớt
xăng văng
xăng xái
xăng xít
xơ cua
xơ cứng
xơ gan
xơ hoá
xơ mít
xơ múi
xơ như mướp
xơ rơ
xơ rơ xác rác
xơ vơ
xơ vữa
xơ xác
xơi xơi
xơn xớt
xưa kia
xưa nay
xưa rày
xưng bá
xưng danh
xưng hiệu
xưng hô
xưng hùng
xưng hùng xưng bá
xưng thần
xưng tội
xưng tụng
xưng vương
xưng vương xưng bá
xưng xuất
xưng xưng
xưng đế
xương bàn đạp
xương bánh chè
xương bò
xương búa
xương bướm
xương bả vai
xương bọc da
xương bồ
xương chày
xương chêm
xương chạc
xương chẩm
xương chậu
xương cá
xương cùng
xương cốt
xương cụt
xương dăm
xương gan
xương ghe
xương giăm
xương gót
xương hom
xương hoá
xương hông
xương khô
xương lâm
xương lưỡi hái
xương máu
xương mỏ ác
xương mộc
xương quai xanh
xương quạt
xương rồng
xương sàng
xương sên
xương sông
xương sườn
xương sọ
xương sống
xương tan thịt nát
xương thiêng
xương thuyền
xương thóp
xương thịnh
xương thịt
xương trụ
xương tuỷ
xương vừng
xương xóc
xương xương
xương xảu
xương xẩu
xương đe
xương đòn
xương đòn gánh
xương đùi
xương đồng da sắt
xương ống
xương ức
xước mang rô
xước măng rô
xướng ca
xướng ca vô loài
xướng danh
xướng hoạ
xướng ngôn viên
xướng suất
xướng tuỳ
xướng tên
xướng tòng
xướng tùy
xướng xuất
xướng âm
xười xĩnh
xưởng máy
xưởng thợ
xưởng trưởng
xạ giới
xạ hương
xạ khuẩn
xạ khí
xạ kích
xạ phang
xạ thủ
xạ ảnh
xạc xài
xạc xào
xạch xạch
xạu mặt
xả hơi
xả kỉ
xả láng
xả lũ
xả thân
xả thân cứu thế
xả thân thủ nghĩa
xảo diệu
xảo hoạt
xảo kế
xảo ngôn
xảo quyệt
xảo thuật
xảo thủ
xảo trá
xảy ra
xấc láo
xấc lấc
xấc xược
xấp giọng
xấp xí xập ngầu
xấp xỉ
xấu bụng
xấu chàng hổ ai
xấu chơi
xấu dây mẩy củ
xấu dạ
xấu hoắc
xấu hổ
xấu máu
xấu múa
xấu mặt
xấu mặt chặt dạ
xấu nghĩa
xấu người tốt nết
xấu như cú
xấu như ma
xấu như ma lem
xấu như ma mút
xấu nết
xấu số
xấu tay
xấu thói
xấu tính
xấu tính xấu nết
xấu vía
xấu xa
xấu xí
xấu òm
xấu đói
xấu đổi thiếu bù
xầm xì
xầu bọt mép
xẩm mặt trời
xẩm vớ được gậy
xẩm xoan
xẩn vẩn
xậm xịt
xập xoè
xập xè
xập xình
xập xí xập ngầu
xập xòe
xập xệ
xắc cốt
xắc mắc
xắc xói
xắm khống
xắm nắm
xắn móng lợn
xắn váy quai cồng
xằng bậy
xằng xiên
xằng xịt
xẵng giọng
xẹo xiên
xẹo xọ
xẹp lép
xẻ dọc
xẻ nghé tan đàn
xẻ núi lấp sông
xẻ núi ngăn sông
xẻ ván bán thuyền
xẻn lẻn
xẻng lẻng
xế bóng
xế chiều
xế cửa
xế trưa
xế tuổi
xế tà
xếch mé
xếch xác
xếp bút nghiên
xếp bằng
xếp bằng tròn
xếp chữ
xếp dọn
xếp dỡ
xếp hàng
xếp hạng
xếp loại
xếp nếp
xếp xó
xếp đặt
xếp đống
xếp ải
xề xệ
xềm xệp
xềnh xoàng
xềnh xệch
xều bọt mép
xệch xoạc
xệch xạc
xệu xạo
xỉ than
xỉ vả
xỉa xói
xỉu cảo
xị mặt
xịu mặt
xọc xà xọc xạch
xọc xạch
xỏ chân lỗ mũi
xỏ chân vào tròng
xỏ lá
xỏ lá ba que
xỏ mũi
xỏ ngọt
xỏ tai
xỏ xiên
xỏ xiên ba rọi
xỏng xảnh
xốc nách
xốc nổi
xốc tới
xốc vác
xốc xa xốc xếch
xốc xáo
xốc xếch
xối xả
xốn xang
xống áo
xốp cộp
xốp xáp
xốp xộp
xốt vang
xồm xoàm
xồm xộp
xồn xào
xồn xồn
xồng xộc
xổ gấu
xổ ruột
xổ số
xổn xoảng
xổng xểnh
xộc xà xộc xệch
xộc xệch
xộn rộn
xộn xạo
xớ rớ
xớ xẩn
xới xáo
xớn xác
xớt xợt
xờ rờ
xờ xạc
xờm xờm
xởi lởi
xục rục
xụi lơ
xủng xoảng
xủng xẻng
xứ sở
xứ uỷ
xứ đạo
xức dầu
xứng chức
xứng hợp
xứng vai
xứng ý
xứng đáng
xứng đôi
xứng đôi vừa lứa
xử bắn
xử công khai
xử giảo
xử hoà
xử khuyết tịch
xử kín
xử lí
xử lí thường vụ
xử lí từ xa
xử lí văn bản
xử lý
xử nhũn
xử nữ
xử phân
xử phạt
xử quyết
xử sĩ
xử sự
xử thế
xử thử
xử trí
xử trảm
xử tội
xử tử
xử vắng mặt
xử án
xử đoán
xửng cồ
xửng cổ
xửng vửng
y bát
y bạ
y can
y chang
y cơ
y cụ
y cựu
y dược
y gia
y giới
y hi
y hoá học
y hệt
y học
y khoa
y lí
y lăng
y lệnh
y nguyên
y nguyện
y nhiên
y như
y như cựu lệ
y như rằng
y phương
y phục
y sinh
y sì
y sĩ
y sơn
y sư
y thuật
y thường
y trang
y tá
y tá trưởng
y tý
y tế
y tịch
y viện
y vật lí
y vụ
y xá
y án
y đạo
y đức
ya hội
ya krông bông
ya ma
ya tờ mốt
ya xier
yang bắc
yang mao
yang nam
yang tao
yang trung
yêm bác
yên bài
yên bái
yên bình
yên bướm
yên bắc
yên bằng
yên bồng
yên chi
yên châu
yên chính
yên cát
yên cư
yên cư lạc nghiệp
yên cương
yên cường
yên dũng
yên dương
yên giang
yên giá
yên giấc
yên giấc nghìn thu
yên giấc ngàn thu
yên hoa
yên hoà
yên hoá
yên hà
yên hàn
yên hân
yên hùng
yên hưng
yên hương
yên hưởng
yên hải
yên hồ
yên hồng
yên hợp
yên khang
yên khoái
yên khánh
yên khê
yên khương
yên kiện
yên kỳ
yên luông
yên luật
yên lành
yên lâm
yên lãng
yên lòng
yên lư
yên lương
yên lạc
yên lập
yên lặng
yên lặng như tờ
yên lễ
yên lỗ
yên lộc
yên lợi
yên minh
yên mô
yên mông
yên mạc
yên mật
yên mỹ
yên na
yên nam
yên nghiệp
yên nghĩa
yên nghỉ
yên nguyên
yên nhuận
yên nhân
yên ninh
yên phong
yên phú
yên phúc
yên phương
yên phận
yên phận thủ thường
yên phụ
yên quang
yên quý
yên sau
yên sơn
yên sở
yên than
yên thuận
yên thuỷ
yên thành
yên thái
yên thân
yên thường
yên thượng
yên thạch
yên thắng
yên thế
yên thịnh
yên thọ
yên thố
yên tiến
yên trung
yên trí
yên trường
yên trạch
yên trị
yên tâm
yên tân
yên tĩnh
yên tập
yên từ
yên viên
yên vui
yên vượng
yên vị
yên xá
yên đình
yên đường
yên định
yên đồng
yên đổ
yên đỗ
yên đức
yên ả
yên ắng
yên ổn
yên ủi
yêng hùng
yêu chuộng
yêu cầu
yêu dấu
yêu kiều
yêu ma
yêu mến
yêu người
yêu nước
yêu nước thương nòi
yêu quái
yêu quí
yêu quý
yêu sách
yêu thuật
yêu thích
yêu thương
yêu thầm nhớ trộm
yêu thầm nhớ vụng
yêu tinh
yêu trộm nhớ thầm
yêu vì
yêu vụng dấu thầm
yêu vụng nhớ thầm
yêu yếu
yêu đào
yêu đương
yêu đời
yô yô
yếm dãi
yếm khí
yếm thế
yến anh
yến diên
yến dương
yến khê
yến lạc
yến mao
yến mạch
yến nội
yến oanh
yến sào
yến tiệc
yến ẩm
yết bảng
yết giá
yết hầu
yết hậu
yết kiêu
yết kiến
yết thị
yếu bóng vía
yếu chân mềm tay
yếu hèn
yếu kém
yếu lĩnh
yếu lược
yếu mềm
yếu mục
yếu nhân
yếu như sên
yếu phạm
yếu sức
yếu thế
yếu tố
yếu xìu
yếu đau
yếu điểm
yếu đuối
yếu địa
yếu ớt
yểm bùa
yểm hộ
yểm trợ
yểm trừ
yểng quạ
yểu tướng
yểu tử
yểu điệu
yểu điệu thanh tân
yểu điệu thục nữ
za hung
à này
à uôm
à à
à ơi
ành ành
ành ạch
ào ào
ào ào chó
ào ạt
á châu
á hoang mạc
á hậu
á khanh
á khôi
á khẩu
á kim
á lao
á nguyên
á nhiệt đới
á phiện
á quân
á sừng
á thánh
á à
á đông
ác bá
ác báo
ác chiến
ác chứng
ác cảm
ác danh
ác dâm
ác giả ác báo
ác hiểm
ác hại
ác khẩu
ác liệt
ác là
ác ma
ác ma phái
ác miệng
ác mó
ác mô ni ca
ác mỏ
ác mồm
ác mộng
ác một cái là
ác nghiệp
ác nghiệp cơ cầu
ác nghiệt
ác nghịch
ác ngôn
ác nhân
ác niệm
ác phạm
ác quán mãn doanh
ác quả
ác quỉ
ác quỷ
ác thú
ác thần
ác tà
ác tâm
ác tính
ác tăng
ác tật
ác vàng
ác ó
ác ôn
ác ý
ác điểu
ác đạo
ác đảng
ác độc
ác đức
ách tắc
ách vận
ách yếu
ái chà
ái chà chà
ái căn
ái dà
ái dào
ái hộ
ái hữu
ái hữu hội
ái khanh
ái khí
ái kỉ
ái lực
ái lực hoá học
ái lực điện tử
ái mộ
ái nam ái nữ
ái nghĩa
ái ngại
ái nhi
ái nhiễm
ái nương
ái nữ
ái phi
ái quần
ái quốc
ái thiếp
ái thuỷ
ái thê
ái thần
ái tiền
ái tài
ái tình
ái tình học
ái ân
ái đái
ái ưu
ám chúa
ám chướng
ám chỉ
ám hiệu
ám hại
ám khí
ám lệnh
ám muội
ám quẻ
ám sát
ám thị
ám tiêu
ám trợ
ám tả
ám điểm
ám đạm
ám ảnh
án binh bất động
án bàn tổ
án gian
án huyệt
án lí
án lệ
án lệnh
án mạch
án mạng
án ngồi
án ngữ
án ngự
án phê
án phí
án quyết
án sát
án thư
án treo
án tuyết
án tích
án từ
áng can qua
áng chừng
áng độ
ánh hồng
ánh kim
ánh mắt
ánh sáng
ánh sáng lạnh
ánh sáng phân cực
ánh sáng trắng
ánh thép
ánh xạ
ánh ỏi
áo ba lỗ
áo bao
áo bay
áo bà ba
áo bành tô
áo bào
áo bào tử
áo bìa
áo bò
áo bó
áo bông
áo bả
áo bốn túi
áo choàng
áo chàm
áo chét
áo chẹt
áo chẽn
áo cà sa
áo cánh
áo cánh tiên
áo cơm
áo cưới
áo cầu
áo cẩm bào
áo cặp
áo cối
áo cổ lọ
áo cộc
áo cộc quần manh
áo cụt
áo dài
áo dài khăn lượt
áo dài khăn xếp
áo dài khăn đóng
áo dài đai rộng
áo dày cơm nặng
áo dấu
áo gai
áo gai giày cỏ
áo giáp
áo giáp rơm
áo gió
áo gấm
áo gấm mặc ngày
áo gấm về làng
áo gấm về quê
áo gấm đai vàng
áo gấm đi đêm
áo gối
áo hoàng bào
áo hạt
áo khoác
áo khách
áo khỉ
áo kén
áo kép
áo len
áo lá
áo lót
áo lót mình
áo lông
áo lương
áo lượt quần là
áo lạnh
áo lặn
áo lễ
áo lọt lòng
áo lụa quần hồng
áo may ô
áo mão
áo mưa
áo mảnh quần manh
áo mặc qua đầu
áo mồi
áo mớ
áo ngự
áo nhộng
áo não
áo năm thân
áo nước
áo nậu
áo nẹp
áo nịt
áo phao
áo phông
áo quan
áo quần
áo rách khố ôm
áo rách quần manh
áo rét
áo rộng
áo song khai
áo sô
áo sơ mi
áo sổ gấu
áo tang
áo thun
áo thun lá
áo thô giày cỏ
áo thùng
áo thầy tu
áo thụng
áo trào
áo trấn thủ
áo tơi
áo tơì
áo tắm
áo tế
áo tứ thân
áo vàng
áo vét
áo vệ sinh
áo xanh
áo xiêm
áo xống
áo xổ gấu
áo ôm khố rách
áo đơn
áo đơn đợi hè
áo đại cán
áo đỏ quần điều
áo đổi vai
áo ấm
áo ấm cơm no
áp bách
áp bức
áp chót
áp chảo
áp chế
áp dẫn
áp dụng
áp giá
áp giải
áp huyết
áp kí
áp kế
áp lực
áp phe
áp phích
áp phục
áp suất
áp suất khí quyển
áp suất không khí
áp suất nhiệt đới
áp suất thuỷ lực
áp suất thuỷ tĩnh
áp suất tiêu chuẩn
áp suất tới hạn
áp sát
áp thấp
áp thấp nhiệt đới
áp tải
áp tới
áp út
áp điện
áp điệu
áp đảo
áp đặt
át chủ bài
át lát
áy náy
âm ba
âm binh
âm bên
âm bản
âm bật hơi
âm bộ
âm bội
âm cao
âm chính
âm chất
âm chủ
âm cung
âm cuối
âm công
âm cơ bản
âm cực
âm cực dương hồi
âm dương
âm dương cách biệt
âm dương lịch
âm giai
âm hao
âm hiểm
âm hiệu
âm hưởng
âm hạch
âm học
âm hồn
âm hộ
âm khu
âm khí
âm luật
âm lượng
âm lượng kế
âm lịch
âm mao
âm môn
âm mưu
âm nang
âm nhai
âm nhạc
âm nhạc học
âm nhấn
âm phong
âm phần
âm phổ
âm phổ kế
âm phủ
âm sắc
âm thanh
âm thoa
âm thầm
âm ti
âm tiết
âm trình
âm ty
âm tín
âm tính
âm tạp
âm tần
âm tố
âm u
âm vang
âm vận
âm vật
âm vị
âm vị học
âm vực
âm âm
âm điệu
âm đoạn
âm đạo
âm đầu
âm đệm
âm đức
âm ấm
âm ẩm
âm ỉ
ân ban
ân chiếu
ân cần
ân gia
ân giảm
ân hoà
ân huệ
ân hảo
ân hận
ân hữu
ân khoa
ân mỹ
ân nghĩa
ân nhi
ân nhân
ân oán
ân oán rạch ròi
ân phong
ân sâu nghĩa nặng
ân sơn
ân sư
ân sủng
ân thi
ân thưởng
ân thạnh
ân trạch
ân trả nghĩa đền
ân tình
ân tình thế lợi
ân tín
ân tường
ân tứ
ân xá
ân ái
ân điển
ân đức
ân ưu
âu ca
âu cánh
âu cũng
âu cơ
âu gỗ
âu hoá
âu hóa
âu hẳn
âu lo
âu là
âu lâu
âu lạc
âu nổi
âu phục
âu sầu
âu thuyền
âu trang
âu tàu
âu vàng
âu yếm
âu đành
âu đất
âởu triệu
è cổ
è vai
è è
è ạch
èng èng
èo uột
èo èo
èo ẹo
èo ẽo
èo ọt
é é
éc éc
ém dẹm
ém nhẹm
ém phèn
ém quân
ém ém
én bạc
éo le
ép buộc
ép bụng
ép duyên
ép giá
ép liễu nài hoa
ép lòng
ép như ép giò
ép nài
ép tình
ép uổng
ép vần
ép xác
ét xăng
ê a
ê chề
ê chệ
ê cu
ê hề
ê ke
ê kíp
ê mặt
ê răng
ê te
ê trệ
ê tô
ê ê
ê ẩm
êm chuyện
êm chèo mát mái
êm dịu
êm giấc
êm giầm
êm giọng
êm lòng
êm lặng
êm như ru
êm ro
êm ru
êm rơ
êm tai
êm thấm
êm trời
êm xuôi
êm ái
êm êm
êm đẹp
êm đềm
êm ả
êm ấm
êm ắng
êu êu
êu ôi
ì oàm
ì oạp
ì xèo
ì à ì èo
ì à ì ạch
ì èo
ì ì
ì ùng
ì ạch
ì ầm
ì ọp
ì ộp
ì ục
ìn ịt
ình bụng
ình oàng
ình ịch
í a í ới
í e
í hị
í o
í oẳng
í éc
í éo
í ẳng
í ẹ
í ố
í ối
í ới
ích dụng
ích hữu
ích kỉ
ích kỉ hại nhân
ích kỷ
ích kỷ hại nhân
ích lợi
ích mẫu
ích nhà lợi nước
ích nước lợi nhà
ích quốc lợi dân
ích xì
ích điểu
ít bữa
ít có
ít hôm
ít hơn
ít khi
ít lâu
ít lời
ít ngài dài đũa
ít nhiều
ít nhất
ít nói
ít nữa
ít oi
ít ra
ít thầy đầy đẫy
ít tuổi
ít xì
ít xít ra nhiều
ít ỏi
ò e
ò e í e
ò e í ỏi
ò í e
ò ò
òi ọp
òm ọp
òng ọc
ó cá
óc bè phái
óc nhóc
óc nóc
óc trâu
óc ách
óc đậu
ói tai
óng a óng ánh
óng chuốt
óng mượt
óng ánh
óng óng
óng ả
óp xọp
ót ét
ô binh
ô danh
ô doa
ô dù
ô hay
ô hô
ô hô ai tai
ô hợp
ô kiều
ô kéo
ô kê
ô kìa
ô liu
ô long
ô lại
ô mai
ô môi
ô mắt
ô nhiễm
ô nhiễm môi trường
ô nhục
ô rô
ô rút
ô thước
ô tiêu chuẩn
ô trọc
ô tô
ô tô buýt
ô tô ca
ô tô ray
ô tạp
ô tặc cốt
ô uế
ô vuông
ô văng
ô xi hoá
ô xi hoá chậm
ô xít ba zơ
ô đầu
ô đồ
ôi chao
ôi khét
ôi thiu
ôi thôi
ôi ối
ôm choàng
ôm chân
ôm chầm
ôm chằm
ôm cầm
ôm ghì
ôm hôn
ôm kế
ôm lòng đòi đoạn
ôm rơm nặng bụng
ôm rơm rặm bụng
ôm sầu nuốt tủi
ôm trống
ôm đít
ôm đầu
ôm đồm
ôm ấp
ôn con
ôn cũ biết mới
ôn cố tri tân
ôn dịch
ôn hoà
ôn hòa
ôn hậu
ôn luyện
ôn nhu
ôn thi
ôn tuyền
ôn tập
ôn tồn
ôn vật
ôn đái
ôn độ
ôn đới
ôn ổn
ông anh
ông ba mươi
ông bà
ông bà ông vải
ông bầu
ông cha
ông chằng bà chuộc
ông chẳng bà chuộc
ông công
ông cũng như thằng
ông cả bà lớn
ông cụ
ông cụ non
ông gia
ông gia bà gia
ông già
ông già bà cả
ông hoàng bà chúa
ông hểnh
ông kia bà nọ
ông kẹ
ông lão
ông lớn
ông mãnh
ông ngoại
ông ngâu bà ngâu
ông nhạc
ông nhạc bà nhạc
ông nọ bà kia
ông nội
ông phệnh
ông sơ
ông thân
ông trùm
ông trăng
ông trẻ
ông trời
ông táo
ông tơ
ông tơ bà nguyệt
ông tơ hồng
ông tướng
ông tạo
ông tổ
ông từ
ông tự
ông vải
ông xanh
ông xã
ông ì ông ổng
ông ăn chả
ông đùng bà đà
ông đầu rau
ông địa
ông đồng
ông đồng bà cốt
ông ổng
ôtô con
ôtô du lịch
ôtô hòm
õng à õng ẹo
õng ẹo
ù cạc
ù lì
ù suông
ù tai
ù té
ù xoẹ
ù xọe
ù ì
ù ù
ù ù cạc cạc
ù ờ
ùa theo
ùm ùm
ùn tắc
ùn ùn
ùng oàng
ùng ục
ú a ú ớ
ú tim
ú òa
ú ớ
ú ụ
ú ứ
úa vàng
úc kỳ
úc sơn
úi chà
úi dào
úi xùi
úm ba la
úm ấp
úng lụt
úng ngập
úng thuỷ
úp mở
úp súp
úp thìa
úp úp mở mở
út ít
ý chí
ý chí luận
ý chừng
ý dĩ
ý giả
ý hướng
ý hội
ý hợp tâm đầu
ý kiến
ý muốn
ý nghĩ
ý nghĩa
ý nguyện
ý nhị
ý niệm
ý thích
ý thức
ý thức hệ
ý trung nhân
ý tình
ý tưởng
ý tại ngôn ngoại
ý tứ
ý vận
ý vị
ý yên
ý định
ý đồ
ăm ắp
ăn boóng
ăn bám
ăn báo
ăn báo cô
ăn bây
ăn bòn
ăn bòn ăn mót
ăn bóng nói gió
ăn bùn
ăn bĩnh
ăn bơ làm biếng
ăn bẩn
ăn bẫm
ăn bận
ăn bậy
ăn bậy nói càn
ăn bắc mặc kinh
ăn bằng nói chắc
ăn bẻo
ăn bẻo ăn xén
ăn bốc
ăn bốc đái đứng
ăn bớt
ăn bớt ăn xén
ăn bớt ăn xớ
ăn bờ ở bụi
ăn bửa
ăn canh cả cặn
ăn cay nuốt đắng
ăn chay
ăn chay niệm phật
ăn chay nằm mộng
ăn chay nằm đất
ăn chia
ăn cho sướng miệng
ăn chung
ăn chung mủng riêng
ăn chung đổ lộn
ăn chung ở chạ
ăn chung ở lộn
ăn chung ở đụng
ăn cháo lá đa
ăn cháo thí
ăn cháo đá bát
ăn cháo đái bát
ăn ché
ăn chó cả lông
ăn chõm
ăn chùng
ăn chùng nói vụng
ăn chơi
ăn chắc
ăn chắc mặc bền
ăn chắt để dành
ăn chằng
ăn chẳng bén mùi
ăn chẳng bõ nhả
ăn chặn
ăn chẹn
ăn chẹt
ăn chỉa
ăn chịu
ăn chờ nằm chực
ăn chực
ăn chực nằm chờ
ăn cuộc
ăn càn nói bậy
ăn càn ở rỡ
ăn cá
ăn cá bỏ lờ
ăn cám
ăn cám sú
ăn cám trả vàng
ăn cánh
ăn cáy bưng tai
ăn câu
ăn có
ăn cơm hớt
ăn cơm thiên hạ
ăn cưới
ăn cướp
ăn cướp cơm chim
ăn cướì
ăn cạnh nằm kề
ăn cần ở kiệm
ăn cận ngồi kề
ăn cận nằm kề
ăn cắp
ăn cắp giật
ăn cắp như ranh
ăn cắp ăn nảy
ăn cọ
ăn cỏ
ăn cỗ
ăn cỗ có phần
ăn cỗ nắm phần
ăn cụng
ăn da
ăn diện
ăn dè
ăn dõi
ăn dưa chừa rau
ăn dưng ngồi rồi
ăn dưng ở nể
ăn dầm
ăn dầm nằm dề
ăn dối
ăn dối làm thật
ăn dỗ
ăn dỗ mồi
ăn dỗ ăn dành
ăn dở
ăn gan uống máu
ăn ghé
ăn ghém
ăn ghẹ
ăn gian
ăn gian nói dối
ăn gio bọ trấu
ăn già
ăn già ăn non
ăn giá
ăn gió nằm mưa
ăn gió nằm sương
ăn giơ
ăn giả bữa
ăn giả làm thật
ăn giải
ăn giấy bỏ bìa
ăn giập miếng trầu
ăn giỗ
ăn giỗ ăn chạp
ăn gạo luộc
ăn gẫu
ăn gọ
ăn gỏi
ăn gỗ
ăn gởi nằm nhờ
ăn gửi nằm chờ
ăn gửi nằm nhờ
ăn hiếp
ăn hiếp ăn đáp
ăn hiền ở lành
ăn hiệu
ăn hoang mặc hại
ăn hoang phá hoại
ăn hàng
ăn hơn nói kém
ăn hương hoả
ăn hương ăn hoa
ăn hại
ăn hại đái nát
ăn học
ăn hỏi
ăn hối lộ
ăn hớt
ăn khan
ăn khao
ăn khem
ăn khách
ăn khín
ăn không
ăn không ngồi rồi
ăn không nói có
ăn không ăn hỏng
ăn khảnh
ăn khớp
ăn kiêng
ăn kiêng nằm cữ
ăn kiêng ăn khem
ăn ké
ăn ké ở đậu
ăn kĩ làm dối
ăn kẹ
ăn kết
ăn lan
ăn liền
ăn liều tiêu càn
ăn làm
ăn lá
ăn lãi
ăn lén
ăn lên
ăn lót
ăn lót dạ
ăn lót lòng
ăn lông ở lỗ
ăn lương
ăn lường
ăn lại bữa
ăn lấn
ăn lấy ăn để
ăn lấy được
ăn lận
ăn lễ
ăn lộc
ăn lời
ăn lửa
ăn miếng trả miếng
ăn mày
ăn mày quen ngõ
ăn mày ăn nhặt
ăn mánh
ăn mòn
ăn mòn kim loại
ăn mót
ăn mót ăn nhặt
ăn mảnh
ăn mật trả gừng
ăn mẵm mút giòi
ăn mặc
ăn mặn
ăn mặn khát nước
ăn mộng
ăn mừng
ăn mực
ăn ngay nói thẳng
ăn ngon mặc đẹp
ăn ngon ngủ kĩ
ăn nguội
ăn người
ăn ngấu ăn nghiến
ăn ngọn
ăn ngồi
ăn ngữ
ăn nhau
ăn như mèo
ăn như mỏ khoét
ăn như rồng cuốn
ăn như thần trùng
ăn như ăn cướp
ăn nhạt
ăn nhập
ăn nhậu
ăn nhằm
ăn nhặt
ăn nhịn để dành
ăn nhịp
ăn nhờ
ăn nhờ ở cậy
ăn nhờ ở đậu
ăn no
ăn no dửng mỡ
ăn no giậm chuồng
ăn no mặc ấm
ăn no ngủ kĩ
ăn no tắm mát
ăn no vác nặng
ăn non
ăn nên làm ra
ăn nói
ăn nói một gióng
ăn nóng
ăn năn
ăn nằm
ăn nể
ăn nổi
ăn phân
ăn phải bả
ăn phải đũa
ăn phải đũa ai
ăn phấn
ăn quanh
ăn quen bén mùi
ăn quà
ăn quân
ăn quẩn
ăn quẩn cối xay
ăn quịt
ăn quỵt
ăn ráy ngứa miệng
ăn rơ
ăn rễ
ăn rỗi
ăn rở
ăn sung mặc sướng
ăn sung trả ngái
ăn sành
ăn sáng
ăn sâu
ăn sâu ngập cánh
ăn sương
ăn sỉ
ăn sống
ăn sống nuốt tươi
ăn sống nuốt tươì
ăn sống ăn sít
ăn tay
ăn tham
ăn tham như gấu
ăn thanh nói lịch
ăn theo
ăn thua
ăn thô nói tục
ăn thúng trả đấu
ăn thật làm dối
ăn thật làm giả
ăn thề
ăn thịt
ăn thừa
ăn thừa tự
ăn tiêu
ăn tiền
ăn tiệc
ăn tiệm
ăn to
ăn to nói lớn
ăn tráng miệng
ăn trên ngồi trốc
ăn trả bữa
ăn trầu
ăn trắng mặc trơn
ăn trộm
ăn tuyết nằm sương
ăn tàn phá hại
ăn tái
ăn tái ăn hồi
ăn tái ăn tam
ăn táo trả hột
ăn tươi
ăn tươi nuốt sống
ăn tạp
ăn tảo
ăn tằn ở tiện
ăn tết
ăn tục
ăn tục nói khoác
ăn tục nói phét
ăn uống
ăn vay
ăn vung bỏ vãi
ăn vã
ăn vòi
ăn vóc học hay
ăn vương bỏ vãi
ăn vạ
ăn vận
ăn vặt
ăn vọ
ăn vụng
ăn vụng chóng no
ăn vừa ở phải
ăn xam
ăn xin
ăn xuýt
ăn xài
ăn xó mó niêu
ăn xôi
ăn xổi
ăn xổi ở thì
ăn yến
ăn ít ngon nhiều
ăn ý
ăn điểm tâm
ăn đong
ăn đây nói đó
ăn đèn
ăn đói mặc rách
ăn đói mặc rét
ăn đói nhịn khát
ăn đút
ăn đút lót
ăn đút ăn lót
ăn đơm nói đặt
ăn đường
ăn đường ngủ chợ
ăn đường nằm chợ
ăn đường ăn chợ
ăn được nói nên
ăn đất
ăn đất nằm sương
ăn đấu làm khoán
ăn đấu trả bồ
ăn đầu ăn đuôi
ăn đậu nằm nhờ
ăn đậu ở nhờ
ăn đẽo
ăn đều tiêu sòng
ăn độn
ăn đời ở kiếp
ăn đợi nằm chờ
ăn đụng
ăn đứt
ăn ảnh
ăn ốc nói mò
ăn ở
ăng ẳng
đa bào
đa búp đỏ
đa bệnh
đa bội
đa canh
đa chiều
đa chương trình
đa cùng
đa cảm
đa cực
đa diện
đa dâm
đa dạng
đa dạng hoá
đa dạng hóa
đa dạng sinh học
đa dịch vụ
đa dụng
đa giác
đa huyết
đa hình
đa hệ
đa khoa
đa liên
đa loạn dưỡng
đa mang
đa mưu
đa mưu túc kế
đa mưu túc trí
đa mưu đa kế
đa nang
đa nghi
đa nghĩa
đa nguyên
đa nguyên chính trị
đa nguyên luận
đa nguyên tử
đa ngành
đa ngôn
đa ngôn đa quá
đa ngữ
đa nhiệm
đa năng
đa phu
đa phương
đa phương hoá
đa phần
đa quốc gia
đa sinh tố
đa sầu
đa sầu đa cảm
đa sắc
đa số
đa số quá bán
đa số tuyệt đối
đa số tương đối
đa số áp đảo
đa sự
đa thai
đa thiểu
đa thê
đa thần
đa thần giáo
đa thần luận
đa thọ
đa thọ đa nhục
đa thời
đa thủ
đa thức
đa tinh thể
đa tiết
đa truân
đa trá
đa trị
đa tài
đa tài đa tật
đa tình
đa túc
đa tư lự
đa tư đa lự
đa tạ
đa tạp
đa văn
đa xử lí
đa âm
đa âm hoá
đa âm tiết
đa đa
đa đa ích thiện
đa đinh
đa đoan
đa đảng
đai chậu
đai cân
đai cọc
đai ngựa
đai rừng
đai thực vật
đai truyền
đai đi đai lại
đai ốc
đam dâm
đam mê
đam thanh
đan chen
đan chẳng tày giặm
đan cử
đan giậm giật giàm
đan gàu tát biển
đan lát
đan quế
đan sam
đan thanh
đan thành
đan trì
đan tâm
đan xen
đan âm
đan đình
đang cai
đang in
đang khi
đang tay
đang thì
đang tâm
đanh thép
đanh đá
đanh đá cá cày
đao binh
đao cung
đao kiếm
đao phủ
đao thuật
đao thương
đao to búa lớn
đau buốt
đau buồn
đau bão
đau bụng
đau chuyển dạ
đau chói
đau chạy
đau cơ
đau dạ con
đau dạ dày
đau gan
đau khổ
đau khớp
đau lách
đau lòng
đau lòng xót ruột
đau lưng
đau mình
đau mình đau mẩy
đau mạch
đau mắt
đau mắt hột
đau nau
đau ngầm
đau ngực
đau nhói
đau như cắt
đau như dần
đau như hoạn
đau nhức
đau nửa người
đau nửa đầu
đau quặn
đau ruột
đau răng ăn cốm
đau sụn
đau thương
đau thắt
đau tức
đau xót
đau yếu
đau điếng
đau đáu
đau đầu
đau đầu nhức ỏc
đau đẻ
đau đớn
đau ốm
đay nghiến
đay đả
đay đảy
đay ấn độ
đe doạ
đe dọa
đe loi
đe nẹt
đem con bỏ chợ
đem lòng
đem muối bỏ bể
đem mình
đem sang
đem theo
đem thân
đem về
đem đầu
đen bạc
đen giòn
đen hắc
đen kịt
đen lay láy
đen lánh
đen láy
đen nghìn nghịt
đen nghịt
đen ngòm
đen ngăm ngăm
đen nhánh
đen nhèm
đen như cuốc
đen như củ súng
đen như hạt na
đen nhưng nhức
đen nhẻm
đen nhức
đen rưng rức
đen rấp
đen rầm
đen sì
đen sạm
đen sịt
đen thui
đen thủi đen thui
đen trùi trũi
đen trũi
đen tối
đen đen
đen đét
đen đúa
đen đỏ
đen đủi
đeo bám
đeo bầu quảy níp
đeo mo vào mặt
đeo phiền
đeo sầu
đeo đai
đeo đuổi
đeo đẳng
đi biệt
đi buôn
đi bách bộ
đi bước nữa
đi bộ
đi bộ đội
đi bụi
đi chào về hỏi
đi chân
đi chân đất
đi chăng nữa
đi chơi
đi chợ
đi chữ bát
đi cà kheo
đi cày
đi cầu
đi cổng sau
đi củi
đi dạo
đi dọc
đi giải
đi guốc trong bụng
đi hán đi hài
đi hơi
đi hầu
đi học
đi họp
đi khách
đi khỏi
đi kiết
đi kiện
đi kèm
đi làm
đi lên
đi lính
đi lò
đi lại
đi lị
đi mai
đi mây về gió
đi mưa về nắng
đi ngang về tắt
đi nghề
đi nghỉ
đi ngoài
đi ngược lại
đi nhớ về thương
đi nào
đi nằm
đi nữa
đi phu
đi qua
đi ra
đi rong
đi rẫy
đi rỏn
đi rừng
đi rửa
đi sau
đi sát
đi sâu
đi sâu đi sát
đi sông
đi sơn tràng
đi sớm về khuya
đi sứ
đi theo
đi thi
đi tháo dạ
đi thôi
đi thú
đi thăm
đi thẳng
đi tiêu
đi tiểu
đi tiểu tiện
đi tong
đi trưa
đi tu
đi tua
đi tuần
đi táo
đi tây
đi tù
đi tơ
đi tướt
đi tả
đi tắt
đi tới
đi vào
đi vòng
đi văng
đi vắng
đi về
đi xa về gần
đi xin
đi xúng xính
đi đong
đi đàng đầu
đi đày
đi đái
đi đây đi đó
đi đêm
đi đêm về hôm
đi đôi
đi đông đi tây
đi đường
đi đường vòng
đi đại tiện
đi đạo
đi đất
đi đầu
đi đằng đầu
đi đồng
đi đời
đi đời nhà ma
đi đứng
đi đứt
đi ỉa
đi ở
đinh ba
đinh bạ
đinh bầu
đinh chốt
đinh cúc
đinh dép
đinh ghim
đinh giày
đinh guốc
đinh huyền
đinh hương
đinh khuy
đinh lăng
đinh mũ
đinh ninh
đinh râu
đinh rệp
đinh tai
đinh tai nhức óc
đinh thuyền
đinh tráng
đinh trống
đinh tán
đinh vít
đinh đa điền thiểu
đinh đang
đinh điền
đinh đóng cột
đinh đỉa
đinh ấn
đinh ốc
điên bái
điên cuồng
điên dại
điên khùng
điên loạn
điên rồ
điên tiết
điên điên
điên điển
điên đảo
điên đầu
điêu bạc
điêu khắc
điêu linh
điêu luyện
điêu ngoa
điêu ngoan
điêu thuyền
điêu toa
điêu trá
điêu trác
điêu tàn
điêu xảo
điêu ác
điêu đứng
điếc không sợ súng
điếc lác
điếc lòi
điếc tai
điếc óc
điếc đặc
điếm canh
điếm nguyệt
điếm nhục
điếm đàng
điếu bát
điếu ca
điếu cày
điếu dân phạt tội
điếu kêu tốn thuốc
điếu phúng
điếu phạt
điếu tang
điếu thuốc
điếu thuốc miếng trầu
điếu tẩu
điếu văn
điếu đóm
điếu ống
điềm hùng
điềm nhiên
điềm nhiên toạ thị
điềm tĩnh
điềm đạm
điền bạ
điền chủ
điền dã
điền hộ
điền kinh
điền nô
điền sản
điền tang
điền thanh
điền thổ
điền trang
điền trạch
điền tô
điền tốt
điền viên
điền địa
điều binh
điều binh khiển tướng
điều chuyển
điều chế
điều chỉnh
điều chỉnh dòng chảy
điều dưỡng
điều giải
điều hay lẽ phải
điều hoà
điều hoà không khí
điều hoà nhiệt độ
điều hành
điều hòa
điều hòa không khí
điều hơn lẽ thiệt
điều khiển
điều khiển học
điều khiển từ xa
điều khoản
điều kia tiếng nọ
điều kinh
điều kiện
điều kiện cần
điều kiện đủ
điều luật
điều lệ
điều lệnh
điều mục
điều nghiên
điều nhiệt
điều này tiếng nọ
điều nên lẽ phải
điều nặng tiếng nhẹ
điều nọ tiếng kia
điều ong tiếng ve
điều phải lẽ trái
điều phối
điều phối viên
điều qua tiếng lại
điều quân
điều ra tiếng vào
điều tiếng
điều tiết
điều tiết dòng chảy
điều tiết không khí
điều tra
điều tra cơ bản
điều trần
điều trị
điều tốc
điều tức
điều vận
điều áp
điều ăn nết ở
điều ăn tiếng nói
điều đình
điều độ
điều động
điều ước
điểm binh
điểm báo
điểm canh
điểm cao
điểm chỉ
điểm danh
điểm diện
điểm duyệt
điểm dân cư
điểm hoả
điểm huyệt
điểm hỏa
điểm mù
điểm nhãn
điểm nóng
điểm phấn
điểm phấn tô son
điểm sinh trưởng
điểm sách
điểm sôi
điểm sương
điểm số
điểm trang
điểm tâm
điểm tô
điểm tựa
điểm xuyết
điểm xạ
điểm ảnh
điển chương
điển chế
điển cố
điển hình
điển hình hoá
điển hình hóa
điển học
điển lễ
điển lệ
điển nhã
điển trai
điển tích
điểu học
điểu tận cung tàng
điện báo
điện báo viên
điện cao thế
điện châm
điện chính
điện cơ
điện cơ học
điện cực
điện cực dương
điện cực âm
điện dung
điện dẫn
điện giải
điện hoa
điện hoá học
điện hóa học
điện hạ
điện học
điện khí
điện khí hoá
điện khí hóa
điện khí quyển
điện kế
điện li
điện luyện
điện ly
điện lưu
điện lưới
điện lượng
điện lượng kế
điện lạnh
điện lực
điện máy
điện môi
điện nghiệm
điện não đồ
điện năng
điện phân
điện quang
điện quang học
điện sinh lí học
điện thanh
điện thoại
điện thoại di động
điện thoại truyền hình
điện thoại viên
điện thông
điện thế
điện thế sinh vật
điện toán
điện toán hoá
điện trường
điện trở
điện trở suất
điện táng
điện tâm đồ
điện tích
điện tín
điện từ
điện từ học
điện từ trường
điện tử
điện tử học
điện văn
điện áp
điện đài
điện đàm
điện đóm
điện động
điện ảnh
điệp báo
điệp báo viên
điệp khúc
điệp ngữ
điệp trùng
điệp từ
điệp viên
điệp vận
điệp âm
điệp ý
điệp điệp trùng trùng
điệp đoạn
điệu bộ
điệu cổ
điệu hạnh
điệu hổ li sơn
điệu nghệ
điệu này
điệu đàng
đo bò làm chuồng
đo giường
đo góc
đo lường
đo ván
đo vẽ
đo đạc
đo đất
đo đắn
đo đỏ
đoan chính
đoan chắc
đoan dương
đoan ngũ
đoan ngọ
đoan thệ
đoan trang
đoan trinh
đoi đói
đom đóm
đon đả
đon đản
đong be
đong buông
đong lường
đong đo
đong đưa
đong đầy bán vơi
đoàn bộ
đoàn chủ tịch
đoàn khối
đoàn kết
đoàn kết một chiều
đoàn luyện
đoàn lạp
đoàn ngoại giao
đoàn phí
đoàn phó
đoàn thể
đoàn trưởng
đoàn tụ
đoàn viên
đoàng đoàng
đoành đoàng
đoành đoành
đoái hoài
đoái thương
đoái trông
đoái tưởng
đoán chừng
đoán già
đoán già đoán non
đoán mò
đoán mộng
đoán nhận
đoán phỏng
đoán số
đoán trước
đoán định
đoạ kiếp
đoạ lạc
đoạ thai
đoạ đày
đoạn căn
đoạn giao
đoạn hậu
đoạn mạch
đoạn mại
đoạn nhiệt
đoạn tang
đoạn thẳng
đoạn toa xe
đoạn trường
đoạn tuyệt
đoạn tình
đoạn đầu máy
đoạn đầu đài
đoạt nhân thủ tử
đoạt quyền
đoạt vị
đoản binh
đoản bình
đoản ca
đoản chí
đoản côn
đoản hơi
đoản hậu
đoản khúc
đoản kiếm
đoản kì
đoản kỳ
đoản mạch
đoản mệnh
đoản ngữ
đoản thiên
đoản trình
đoản tu
đoản văn
đoản đao
đoảng vị
đu bay
đu mẹ
đu quay
đu tiên
đu đa đú đởn
đu đưa
đu đủ
đu đủ tía
đua chen
đua ganh
đua hơi với giải
đua ngựa
đua thuyền
đua tranh
đua trí
đua tài
đua đòi
đui mù
đui què mẻ sứt
đui đèn
đum đum
đun nấu
đun đẩy
đung đưa
đuôi công
đuôi diều
đuôi gà
đuôi mắt
đuôi nheo
đuôi rắn
đuôi sam
đuôi seo
đuôi tàu
đuôi tôm
đuôi từ
đuôi én
đuềnh đoàng
đuểnh đoảng
đuễnh đoãng
đuốc hoa
đuốc hồng
đuốc tuệ
đuối hơi
đuối lí
đuối sức
đuồn đuỗn
đuồn đuột
đuổi cổ
đuổi gà cho vợ
đuổi gái
đuổi khéo
đuổi kịp
đuổi riết
đuổi theo
đuổi đi
đà tàu
đà tích
đà đao
đà điểu
đà đuột
đà đận
đài các
đài dinh
đài doanh
đài gương
đài hoa
đài hoá thân
đài khí tượng
đài liệt sĩ
đài nguyên
đài nước
đài phát thanh
đài sen
đài thiên văn
đài thọ
đài trang
đài truyền hình
đài truyền thanh
đài trưởng
đài tàu
đài tải
đài từ
đài điếm
đài đóm
đài đệ
đàm luận
đàm phán
đàm suyễn
đàm thoại
đàm tiếu
đàm tếu
đàm đạo
đàn anh
đàn anh kẻ cả
đàn bà
đàn bà con gái
đàn bà kiến tha
đàn bầu
đàn ca
đàn chay
đàn chê
đàn cò
đàn cầm
đàn dây
đàn dương cầm
đàn em
đàn gió
đàn gõ
đàn gảy
đàn gảy tai trâu
đàn gẩy tai trâu
đàn hoà
đàn hát
đàn hương
đàn hạc
đàn hạc tiêu dao
đàn hặc
đàn hồ
đàn hồi
đàn hồi kế
đàn kim
đàn kéo
đàn kìm
đàn lỗi nhịp
đàn môi
đàn nam giao
đàn nguyệt
đàn ngọt hát hay
đàn nhật
đàn nhị
đàn oóc
đàn phách
đàn phím bàn
đàn sáo
đàn sến
đàn sếu
đàn tam
đàn tam thập lục
đàn thùng
đàn thập lục
đàn tranh
đàn tràng
đàn tàu
đàn tê
đàn tì
đàn tì bà
đàn tính
đàn tơ rưng
đàn tứ
đàn tỳ
đàn việt
đàn xếp
đàn áp
đàn ông
đàn ông đàn ang
đàn điếm
đàn đoản
đàn đàn lũ lũ
đàn đá
đàn đáy
đàn đúm
đàn địch
đàn đứt dây
đàn ống
đàng cưa
đàng hoàng
đàng này
đàng sau
đàng trước
đàng xa
đàng điếm
đàng ấy
đành chịu
đành dạ
đành hanh
đành là
đành lòng
đành phận
đành rành
đành rằng
đành tâm
đành vậy
đành vậy cũng vầy
đành đạch
đào ao thả cá
đào binh
đào bới
đào chú
đào hoa
đào hào đắp lũy
đào hát
đào kiếm
đào kiểm
đào kép
đào liễu
đào luyện
đào lí
đào lộn hột
đào mỏ
đào nguyên
đào ngũ
đào ngạch khoét vách
đào ngả mận thay
đào nhiệm
đào non
đào núi lấp biển
đào nương
đào sâu
đào sâu chôn chặt
đào thoát
đào thải
đào tiên
đào tơ liễu yếu
đào tơ sen ngó
đào tạo
đào tẩu
đào viên
đào vong
đào xới
đào đắp
đày tớ
đày đoạ
đày đọa
đày ải
đá balat
đá biết tuổi vàng
đá bóng
đá bảng
đá bọt
đá chảy
đá cuội
đá cuội kết
đá cầu
đá cối
đá dăm
đá giăm
đá gà
đá gà đá vịt
đá gót
đá hoa
đá hoa cương
đá hất
đá hất lên
đá hậu
đá hộc
đá kì
đá liếc
đá lát
đá lửa
đá macma
đá mài
đá màu
đá mèo quèo chó
đá móc
đá móng
đá nam châm
đá ngầm
đá nhám
đá nát vàng phai
đá ong
đá phiến
đá phun trào
đá phạt góc
đá phấn
đá phốc
đá quí
đá quý
đá quả bóng
đá ráp
đá rửa
đá song phi
đá sỏi
đá tai mèo
đá thúng đụng nia
đá thử vàng
đá trầm tích
đá trời
đá trụ
đá tạc vàng ghi
đá tảng
đá tổ ong
đá vàng
đá vách
đá vân mẫu
đá vôi
đá vụn
đá xanh
đá xây
đá đen
đá đít
đá đưa
đá đưa đầu lưỡi
đá đổ mồ hôi
đá ốp lát
đái công chuộc tội
đái dầm
đái dắt
đái khó
đái láu
đái nhạt
đái rắt
đái tháo
đái tháo đường
đái tật
đái tội
đái tội lập công
đái đêm
đái đường
đái đầm
đám bạc
đám chay
đám cháy
đám cưới
đám cưới bạc
đám hỏi
đám hội
đám hội nhà chay
đám ma
đám mây
đám mờ
đám rước
đám rối
đám tang
đám tiệc
đám xá
đám đông
đáng buồn
đáng bậc
đáng chết
đáng ghét
đáng giá
đáng gờm
đáng khen
đáng khinh
đáng kiếp
đáng kính
đáng kể
đáng lí
đáng lẽ
đáng mặt
đáng ngờ
đáng phạt
đáng số
đáng sợ
đáng thương
đáng thưởng
đáng tin
đáng tiếc
đáng tiền
đáng tình
đáng tội
đáng yêu
đáng đời
đánh bom
đánh bài
đánh bão
đánh bò cạp
đánh bóng
đánh bùn sang ao
đánh bạc
đánh bại
đánh bạn
đánh bạo
đánh bạt
đánh bả
đánh bẫy
đánh bật
đánh bắt
đánh bể
đánh bồng
đánh chim sẻ
đánh chuyền
đánh chuông
đánh chác
đánh chén
đánh chính diện
đánh chó ngó chúa
đánh chông
đánh chết
đánh chịn
đánh cuộc
đánh cá
đánh cá ngựa
đánh công kiên
đánh cắp
đánh cờ
đánh cờ xuất tướng
đánh diêm
đánh du kích
đánh dây thép
đánh dạn
đánh dấu
đánh dẹp
đánh dồi
đánh ghen
đánh ghen gái dại
đánh giao thông
đánh giày
đánh giá
đánh giáp lá cà
đánh gió
đánh giấm
đánh giậm
đánh giặc
đánh giờ
đánh gần
đánh gỉ
đánh gục
đánh hào ngầm
đánh hôi
đánh hơi
đánh hỏng
đánh kem
đánh khăng
đánh khơi
đánh kép
đánh kẻng
đánh liều
đánh lui
đánh luống
đánh lông
đánh lú
đánh lạc
đánh lận
đánh lộn
đánh lộn sòng
đánh lộng
đánh lừa
đánh máy
đánh môi
đánh môn bài
đánh mõ
đánh mùi
đánh mất
đánh mộng
đánh ngã
đánh nhau
đánh nhịp
đánh nấm
đánh phá
đánh phèn
đánh phấn
đánh phấn đeo hoa
đánh quả
đánh quần
đánh quị
đánh răng
đánh rơi
đánh rắm
đánh rắn giữa khúc
đánh rớt
đánh suốt
đánh sập
đánh số
đánh tan
đánh thuê
đánh thuế
đánh thuốc mê
đánh thuốc độc
đánh tháo
đánh thót
đánh thông
đánh thắng
đánh thọc sâu
đánh thốc
đánh thức
đánh tiêu diệt
đánh tiêu hao
đánh tiếng
đánh tranh
đánh tráo
đánh trượt
đánh trận
đánh trận địa
đánh trống
đánh trống bỏ dùi
đánh trống ghi tên
đánh trống lảng
đánh trống lấp
đánh trống ngực
đánh trống động chiêng
đánh trứng
đánh tung thâm
đánh tỉa
đánh vu hồi
đánh vòng
đánh vôi
đánh võ
đánh võng
đánh vảy
đánh vần
đánh vận động
đánh vật
đánh vồng
đánh vỗ mặt
đánh vỡ
đánh vữa
đánh xe
đánh xi
đánh xuống
đánh úp
đánh đai
đánh đeo
đánh đinh đánh đáo
đánh điểm diệt viện
đánh điện
đánh đu
đánh đu với tinh
đánh đuổi
đánh đàn
đánh đàn đánh đúm
đánh đàng xa
đánh đá
đánh đáo
đánh đòn
đánh đôi
đánh đông dẹp bắc
đánh đùng
đánh đĩ
đánh đơn
đánh đường
đánh đấm
đánh đầu
đánh đập
đánh đắm
đánh đẹp
đánh đề
đánh đọ
đánh đố
đánh đống
đánh đồn
đánh đồng
đánh đồng biệt
đánh đồng thiếp
đánh đổ
đánh đổi
đánh động
đánh đụng
đánh ải
đánh ống
đáo lí
đáo lỗ
đáo nhiệm
đáo thủ
đáo tuế
đáo tường
đáo đĩa
đáo đầu
đáo để
đáp lễ
đáp số
đáp từ
đáp án
đáp đề
đáp ứng
đáy biển mò kim
đáy chậu
đáy dốc
đáy lòng
đáy nước
đâm ba chày củ
đâm ba chẻ củ
đâm bông
đâm bổ
đâm chết
đâm chồi
đâm chồi nảy lộc
đâm diều
đâm hông
đâm họng
đâm khùng
đâm liều
đâm lo
đâm lười
đâm mầm
đâm nghi
đâm quàng bụi rậm
đâm quàng đâm xiên
đâm ra
đâm rễ
đâm sấp đập ngửa
đâm sầm
đâm thủng
đâm toạc
đâm đơn
đâm đầu
đâm đầu vào bụi
đâu có
đâu dám
đâu dễ
đâu hoàn đấy
đâu mà
đâu mâu
đâu như
đâu nào
đâu ra đấy
đâu ta
đâu tá
đâu vào đâu
đâu vào đấy
đâu xa
đâu đâu
đâu đây
đâu đã
đâu đó
đâu đấy
đây này
đây đó
đây đẩy
đã bảo mà
đã dễ
đã giận
đã hay
đã khát
đã khôn lại ngoan
đã là
đã lại
đã lề
đã nhổ lại liếm
đã qua
đã rồi
đã thèm
đã thế
đã trót
đã trót phải trét
đã vậy
đã đành
đã đời
đãi buôi
đãi bôi
đãi chiếu
đãi cát lấy vàng
đãi khách
đãi nguyệt
đãi ngộ
đãi nhân
đãi thời
đãi đằng
đãng khấu
đãng trí
đãng tính
đãng tử
đãng định
đè bẹp
đè chừng
đè chừng bắt bóng
đè nén
đè tay
đè tình
đè ép
đè đầu
đè đầu chặt đuôi
đè đầu cưỡi cổ
đè đầu đè cổ
đèm đẹp
đèn ba cực
đèn ba dây
đèn biển
đèn bàn
đèn bán dẫn
đèn báo
đèn bão
đèn bấm
đèn cao áp
đèn chiếu
đèn chùm
đèn chạy quân
đèn chớp
đèn cây
đèn cù
đèn cảm ứng
đèn cầy
đèn cồn
đèn dù
đèn dầu
đèn giời
đèn hiệu
đèn hoa kì
đèn huỳnh quang
đèn hình
đèn hương
đèn khuya
đèn khí
đèn khí đá
đèn kéo quân
đèn loan
đèn loà
đèn ló
đèn lồng
đèn lồng khướu
đèn lửa
đèn mui
đèn măng sông
đèn măngsông
đèn neon
đèn ngủ
đèn nhang
đèn nháy
đèn pha
đèn pin
đèn rọi
đèn sách
đèn treo
đèn trần
đèn trời
đèn tàn trước gió
đèn vách
đèn vô tuyến
đèn xanh
đèn xuôi đóm ngược
đèn xì
đèn xếp
đèn điện
đèn điện tử
đèn đuốc
đèn đóm
đèn đất
đèn đẹt
đèn đỏ
đèn ống
đèo bòng
đèo bồng
đèo heo hút gió
đèo hàng
đèo đẽo
đèo đọt
đéo mẹ
đê biển
đê bối
đê hèn
đê hạ
đê kè
đê mê
đê mạt
đê nhục
đê phụ
đê quai
đê tiện
đê điều
đêm hôm
đêm hôm khuya khoắt
đêm khuya
đêm ngày
đêm nằm năm ở
đêm trường
đêm trắng
đêm trừ tịch
đêm tối
đêm đêm
đì đoành
đì đà đì đẹt
đì đòm
đì đùm
đì đùng
đì đẹt
đì đọp
đì độp
đình bản
đình chiến
đình chỉ
đình công
đình cứu
đình giảng
đình hoãn
đình huỳnh
đình khôi
đình liệu
đình màn
đình nghiệp
đình nguyên
đình sản
đình thí
đình thần
đình trung
đình trú
đình trưởng
đình trệ
đình tạ
đình vi
đình đám
đình đốn
đìu hiu
đìu ríu
đí đốp
đích danh
đích mẫu
đích mục sở thị
đích thân
đích thật
đích thị
đích thực
đích tôn
đích xác
đích đáng
đính chính
đính giao
đính hôn
đính ước
đít bọ ngựa
đít đoi
đò dọc
đò giang
đò ngang
đò nào sào ấy
đò nát đụng nhau
đò đưa
đò đồng
đòi cơn
đòi hỏi
đòi thôi
đòi ói
đòi đoạn
đòm đòm
đòn bẩy
đòn càn
đòn càn hai mũi
đòn cân
đòn dông
đòn ghen
đòn gió
đòn gánh
đòn kê
đòn nóc
đòn quai sanh
đòn rồng
đòn tay
đòn triêng
đòn vọt
đòn xeo
đòn xóc
đòn xóc hai đầu
đòn ống
đòng vác
đòng vực
đòng đong
đòng đong cân cấn
đòng đòng
đòng đọc
đó ngồi
đó nằm
đó rách ngáng chỗ
đó đây
đói bụng
đói con mắt
đói cơm
đói khát
đói khó
đói khổ
đói kém
đói lòng
đói lả
đói meo
đói mèm
đói nghèo
đói ngấu
đói nhăn răng
đói no
đói rách
đói rét
đói veo
đói ăn
đón chào
đón cửa
đón dâu
đón hỏi
đón lõng
đón ngõ
đón nhận
đón rào
đón rước
đón tay
đón tiếp
đón trước
đón trước rào sau
đón ý
đón đưa
đón đường
đón đường chặn ngõ
đón đầu
đóng bao
đóng băng
đóng bộ
đóng chai
đóng chóc
đóng chốt
đóng cọc
đóng cục
đóng cừ
đóng cửa
đóng cửa bảo nhau
đóng dấu
đóng giày
đóng gói
đóng góp
đóng họ
đóng khung
đóng khố
đóng kiện
đóng kịch
đóng mốc
đóng phim
đóng quân
đóng sưu
đóng sập cửa
đóng thuyền
đóng trò
đóng trại
đóng tảng
đóng vai
đóng vảy
đóng yên
đóng đai
đóng đinh
đóng điện
đóng đáy
đóng đô
đóng đồn
đô hộ
đô hội
đô la
đô lại
đô lực sĩ
đô ngự sử
đô sát
đô sát viện
đô sảnh
đô thành
đô thị
đô thị hoá
đô thị hóa
đô thống
đô trưởng
đô tuỳ
đô tùy
đô uý
đô vật
đô úy
đô đốc
đôi ba
đôi bên
đôi chút
đôi chối
đôi co
đôi co mách lẻo
đôi hồi
đôi khi
đôi lúc
đôi lần
đôi lứa
đôi mách
đôi mươi
đôi nam
đôi nam nữ
đôi nữ
đôi ta
đôi thạch
đôi tám
đôi đoạn tơ vò
đôm đốm
đôm đốp
đôn hậu
đôn quân
đôn đáo
đôn đốc
đông bán cầu
đông bắc
đông chí
đông chí tuyến
đông cung
đông du
đông dân
đông dược
đông ken
đông khô lạnh
đông liễu tây đào
đông lân
đông lạnh
đông nam
đông nghìn nghịt
đông nghịt
đông như hội
đông như kiến cỏ
đông như trẩy hội
đông phong
đông quân
đông sàng
đông the hè đụp
đông thiên
đông tiết
đông trùng hạ thảo
đông tây
đông vật học
đông xuân
đông y
đông á
đông âu
đông đúc
đông đảo
đông đặc
đông đủ
đù cha
đù mẹ
đù đà đù đờ
đù đờ
đùa bỡn
đùa cợt
đùa dai
đùa giỡn
đùa nghịch
đùa nhả
đùa với lửa
đùi non
đùm bọc
đùm túm
đùm đụp
đùn cục
đùn đùn
đùn đẩy
đùng một cái
đùng đinh
đùng đoàng
đùng đình
đùng đùng
đùng đục
đú mỡ
đú đa đú đởn
đú đởn
đúc chuốt
đúc kết
đúc rút
đúc sẵn
đúc tiền
đúc điện
đún đởn
đúng giờ
đúng hướng
đúng hạn
đúng hẹn
đúng lí
đúng lúc
đúng mức
đúng mực
đúng tuổi
đúng với
đúng đắn
đút lót
đút nút
đút thỏm
đút tiền
đút túi
đút tỏm
đăm chiêu
đăm đăm
đăm đắm
đăng bạ
đăng cai
đăng cao viễn chiếu
đăng cao viễn vọng
đăng hoả
đăng khoa
đăng kiểm
đăng kí
đăng ký
đăng lâm
đăng lính
đăng nạp
đăng quang
đăng san
đăng tiêu
đăng trình
đăng tải
đăng đài
đăng đàn
đăng đó
đăng đường
đăng đắng
đăng đối
đăng đồ
đĩ bợm
đĩ già
đĩ miệng
đĩ mốc
đĩ rạc
đĩ rạc đĩ rài
đĩ thoã
đĩ thoả
đĩ thõa
đĩ thập thành
đĩ trai
đĩ tính
đĩ điếm
đĩ đượi
đĩ đực
đĩa bay
đĩa bát
đĩa compact
đĩa cứng
đĩa hát
đĩa mềm
đĩa quang học
đĩa từ
đĩa đèn
đĩnh đạc
đũa bông
đũa bếp
đũa cả
đũa gắp một chiếc
đũa khuấy
đũa lệch
đũa đã thành đôi
đơm bông
đơm cúng
đơm vào miệng cá
đơm đó ngọn tre
đơm đặt
đơn bào
đơn bạc
đơn bản vị
đơn bội
đơn ca
đơn chiếc
đơn chất
đơn chủ
đơn côi
đơn cử
đơn cực
đơn danh
đơn giao
đơn giá
đơn giản
đơn giản hoá
đơn giản hóa
đơn hàng
đơn kiện
đơn lập
đơn lẻ
đơn nam
đơn nghĩa
đơn nguyên
đơn người
đơn nhân
đơn nhất
đơn nữ
đơn phương
đơn sai
đơn sơ
đơn sắc
đơn thuần
đơn thuốc
đơn thương độc mã
đơn thức
đơn tinh thể
đơn tiết
đơn trị
đơn trục
đơn tính
đơn từ
đơn tử
đơn tử diệp
đơn vòng
đơn vị
đơn vị học trình
đơn vị tiền tệ
đơn vị đo lường
đơn xin
đơn âm
đơn ý
đơn điệu
đơn đỏ
đơn độc
đơn ứng
đưa cay
đưa chân
đưa dâu
đưa ma
đưa mắt
đưa nhẹ
đưa ra
đưa tay
đưa thoi
đưa tin
đưa tiễn
đưa tình
đưa vào
đưa võng
đưa đà
đưa đám
đưa đò
đưa đón
đưa đơn
đưa đường
đưa đường chỉ lối
đưa đẩy
đương cai
đương chức
đương cuộc
đương cục
đương gia
đương khi
đương kim
đương lượng
đương nhiên
đương nhiệm
đương qui
đương quy
đương quyền
đương sự
đương thì
đương thời
đương triều
đương trường
đương đại
đương đầu
đương đối
đười ươi
đười ươi giữ ống
đườn đườn
đườn đưỡn
đường ban
đường bao
đường bay
đường biên
đường biển
đường biểu diễn
đường bán kính
đường bánh
đường bình độ
đường băng
đường bằng
đường bệ
đường bộ
đường cao
đường cao tốc
đường chia nước
đường chim bay
đường chiến lược
đường chân trời
đường chéo
đường chính tuyến
đường chỉ
đường chữ chi
đường cong
đường cuốn
đường cày
đường cái
đường cái quan
đường cáp treo
đường cát
đường cùng
đường dài
đường dây
đường dây dọi
đường dây mối rợ
đường dây tải điện
đường dẫn
đường giao thông
đường goòng
đường gân
đường gãy
đường gấp khúc
đường gần nỗi xa
đường hiệu
đường hoa mai
đường hoa mơ
đường hoàng
đường hoành
đường hoá học
đường hoè
đường huyết
đường huyền
đường hàng hải
đường hàng không
đường hào
đường hô hấp
đường hướng
đường hải đạo
đường hầm
đường hẻm
đường khâu
đường kia nỗi nọ
đường kim mũi chỉ
đường kính
đường luật
đường làng
đường lánh nạn
đường lối
đường lối chung
đường lối quần chúng
đường miếng
đường máu
đường mây
đường mòn
đường mật
đường một chiều
đường mớn nước
đường ngang ngõ tắt
đường ngoài
đường ngào
đường ngôi
đường ngược
đường ngầm
đường ngắm
đường nhựa
đường nét
đường nước
đường nước tải trọng
đường phân giác
đường phân thủy
đường phèn
đường phên
đường phố
đường phổi
đường quai
đường quan
đường quang chẳng đi
đường quốc lộ
đường ray
đường ren
đường rạn
đường rầy
đường sinh
đường song song
đường sá
đường sông
đường sườn
đường sắt
đường thi
đường thiên lí
đường thuỷ
đường thô
đường thôn ngõ xóm
đường thông hè thoáng
đường thẳng
đường thẳng góc
đường thẳng đứng
đường thẻ
đường thủy
đường tiếng
đường tiệm cận
đường trong
đường trung bình
đường trung trực
đường tránh
đường tròn
đường trường
đường trắc địa
đường trắng
đường trục
đường tàu
đường tơ
đường tơ kẽ tóc
đường tắt
đường tỉnh lộ
đường viền
đường vành đai
đường vòng
đường xa
đường xe lửa
đường xiên
đường xoi
đường xoáy ốc
đường xoắn ốc
đường xuôi
đường xích đạo
đường xương cá
đường đi
đường đi lối lại
đường đi lối về
đường đi nước bước
đường đi ở miệng
đường đoản trình
đường đôi
đường đường
đường đường chính
đường đường chính chính
đường được
đường đạn
đường đất
đường đồng mức
đường độc đạo
đường đột
đường đời
đường ống
được chăng hay chớ
được cuộc
được cái
được của
được giá
được gió
được kiện
được lòng
được lời
được lời như cởi
được mùa
được mả
được mấy hột
được mồ được
được một cái
được ngườì được nết
được nước
được sao hay vậy
được thua
được thể
được tiếng
được tiền
được việc
được voi đòi tiên
được ăn thua chịu
được đất
được đằng chân lân
đượm mồ hôi
đượm đà
đạc điền
đại bi
đại binh
đại biến
đại biểu
đại biện
đại biện lâm thời
đại biện thường trú
đại bàng
đại bào tử
đại bác
đại bác không giật
đại bái
đại bán
đại bạch
đại bại
đại bản doanh
đại bằng
đại bịp
đại bổ
đại bộ phận
đại bợm
đại ca
đại cao
đại chiến
đại chiến công
đại châu
đại chúng
đại chúng hoá
đại chúng hóa
đại chủng viện
đại cuộc
đại cà sa
đại cà xa
đại cách mạng
đại cán
đại cáo
đại công
đại công nghiệp
đại công phu
đại công vô tư
đại cương
đại cương phong
đại cục
đại cử tri
đại danh
đại danh từ
đại diện
đại diện ngoại giao
đại doanh
đại dũng
đại dương
đại dương học
đại dịch
đại dụng
đại gia
đại gia súc
đại gia đình
đại gian
đại gian hùng
đại gian ác
đại gian đại ác
đại giao tử
đại hiến chương
đại hiền
đại hiền triết
đại hoàng
đại hoạ
đại huynh
đại hàn
đại hình
đại hùng
đại hùng tinh
đại hại
đại hạn
đại hạnh phúc
đại hải
đại hỉ
đại học
đại học hiệu
đại học sĩ
đại học viện
đại học đường
đại hồi
đại hồng cầu
đại hồng phúc
đại hồng thuỷ
đại hồng thủy
đại hội
đại hội diễn
đại hội nghị
đại hội tập
đại hội đồng
đại khoa
đại khái
đại khánh
đại kĩ nghệ
đại liên
đại loại
đại loạn
đại luận
đại lãn
đại lão
đại lí
đại lí kinh tiêu
đại lí lãnh sự
đại lý
đại lũy
đại lược
đại lượng
đại lượng biến thiên
đại lượng không đổi
đại lễ
đại lễ đường
đại lộ
đại lục
đại mạch
đại mạo học
đại nghiệp
đại nghiệp chủ
đại nghĩa
đại nghị
đại nghịch
đại nguyên soái
đại nguyên suý
đại ngàn
đại ngôn
đại nhiệm
đại nho
đại nhân
đại náo
đại não
đại nạn
đại phong
đại phu
đại phàm
đại phá
đại pháo
đại phú
đại phúc
đại phẫu
đại quan
đại quan lễ phục
đại qui mô
đại quy mô
đại quát
đại quân
đại sư
đại sản xuất
đại sảnh
đại số
đại số học
đại sứ
đại sứ quán
đại sự
đại tang
đại thanh
đại thuỷ nông
đại thánh
đại thương
đại thương gia
đại thần
đại thẩm viện
đại thắng
đại thắng lợi
đại thể
đại thị tộc
đại thọ
đại thụ
đại thủy nông
đại thừa
đại thử
đại tinh tinh
đại tiện
đại toàn
đại triều
đại trà
đại tràng
đại trào
đại trí
đại trượng phu
đại tu
đại tuyết
đại tuần hoàn
đại tài
đại tá
đại tác
đại táo
đại tư bản
đại tướng
đại tội
đại từ
đại từ đại bi
đại tự
đại uý
đại vương
đại xa
đại xá
đại y
đại yến
đại ác
đại ý
đại đa số
đại đao
đại điền trang
đại điển
đại đoàn
đại đoàn bộ
đại đoàn kết
đại đoàn trưởng
đại đoá
đại đăng khoa
đại đạo
đại đảm
đại để
đại địa chủ
đại đồng
đại đồng tiểu dị
đại độ
đại đội
đại đội phó
đại đội trưởng
đại đởm
đại đức
đạm bạc
đạm thanh
đạn bom
đạn bọc đường
đạn dumdum
đạn dược
đạn ghém
đạn lõm
đạn lạc tên bay
đạn lửa
đạn nổ
đạn trái phá
đạn xuyên
đạn đumđum
đạn đạo
đạn đạo học
đạo binh
đạo bà la môn
đạo cao đài
đạo chích
đạo cô
đạo cơ đốc
đạo cụ
đạo diễn
đạo giáo
đạo hindu
đạo hiếu
đạo hiệu
đạo hàm
đạo hạnh
đạo hồi
đạo hữu
đạo islam
đạo khổng
đạo kitô
đạo luật
đạo lão
đạo lí
đạo lý
đạo lộ
đạo mạo
đạo nghĩa
đạo ngãi
đạo nhân
đạo pháp
đạo phật
đạo quân
đạo quân thứ năm
đạo sĩ
đạo thiên chúa
đạo thầy nghĩa tớ
đạo tin lành
đạo tâm
đạo tặc
đạo văn
đạo vợ nghĩa chồng
đạo ôn
đạo đạn
đạo đạt
đạo đức
đạo đức học
đạp bằng
đạp lôi
đạp lúa
đạp mái
đạp sỏi giày sành
đạp thanh
đạp tuyết tầm mai
đạp đổ
đạt lí
đạt lí thấu tình
đạt nhân
đạt quan
đạt tình
đả kích
đả phá
đả thông
đả thương
đả tử
đả đảo
đả động
đả đớt
đảm bảo
đảm lược
đảm lực
đảm nhiệm
đảm nhận
đảm phụ
đảm trách
đảm đang
đảm đương
đản bạch
đảng bộ
đảng cương
đảng kì
đảng phong
đảng phái
đảng phí
đảng sâm
đảng sử
đảng tranh
đảng trưởng
đảng trị
đảng tính
đảng tịch
đảng uỷ
đảng uỷ viên
đảng viên
đảng vụ
đảng đoàn
đảo chánh
đảo chính
đảo chữ
đảo lộn
đảo nghịch
đảo ngói
đảo ngược
đảo nợ
đảo phách
đảo quốc
đảo trưởng
đảo vũ
đảo điên
đảo điện
đảo đề
đảo ảnh
đấm bóp
đấm bùn sang ao
đấm bị bông
đấm họng
đấm lưng
đấm miệng
đấm mõm
đấm mồm
đấm mồm đấm miệng
đấm ngực
đấm đá
đấng bậc
đất bãi
đất bằng nổi sóng
đất bằng sóng dậy
đất bồi
đất cát
đất cát pha
đất dụng võ
đất hiếm
đất hoang
đất hứa
đất khách
đất khách quê người
đất liền
đất lành chim đậu
đất lề quê thói
đất màu
đất mùn
đất mặn đồng chua
đất nhẹ
đất nung
đất nước
đất nặng
đất phong
đất son
đất sét
đất sỏi chạch vàng
đất sứ
đất thánh
đất thó
đất thấp trời cao
đất thịt
đất thịt pha
đất thục
đất tốt cò đậu
đất vua chùa làng
đất vua cơm trời
đất vách
đất đai
đất đen
đất đèn
đất đỏ
đấu bò
đấu bóng
đấu chí
đấu chọi
đấu dịu
đấu giao hữu
đấu giá
đấu gươm
đấu khẩu
đấu kiếm
đấu loại
đấu lí
đấu lý
đấu pháp
đấu súng
đấu sĩ
đấu sức
đấu thuỷ
đấu thầu
đấu thủ
đấu tranh
đấu tranh chính trị
đấu tranh giai cấp
đấu tranh sinh tồn
đấu tranh tư tưởng
đấu tranh vũ trang
đấu trí
đấu trí đua tài
đấu trường
đấu tố
đấu vòng tròn
đấu vật
đấu xảo
đấu đá
đấu ẩu
đầm lầy
đầm đìa
đầm đầm
đầm đậm
đầm ấm
đần ngu
đần độn
đầu ai chấy nấy
đầu bài
đầu bò
đầu bò đầu bướu
đầu bù tóc rối
đầu bạc
đầu bạc răng long
đầu bảng
đầu bếp
đầu chày đít thớt
đầu chấy mẩy rận
đầu cua tai nheo
đầu cuối
đầu cánh
đầu cáo
đầu câm
đầu cơ
đầu cơ trục lợi
đầu cơ tích trữ
đầu cầu
đầu dài
đầu dây mối dợ
đầu dây mối nhợ
đầu dốc
đầu gió
đầu giường
đầu gà
đầu gà má lợn
đầu gấu
đầu gối
đầu gối quá tai
đầu gối tay ấp
đầu hai thứ tóc
đầu heo
đầu hàng
đầu hè
đầu hói
đầu hôm
đầu hồ
đầu hồi
đầu lâu
đầu lòng
đầu lĩnh
đầu lưỡi
đầu lọc
đầu mày cuối mắt
đầu máy
đầu mùa
đầu mút
đầu mấu
đầu mẩu
đầu mặt
đầu mối
đầu mục
đầu ngô mình sở
đầu người
đầu ngắm
đầu não
đầu nêu
đầu nước
đầu nậu
đầu nọ cuối kia
đầu phiếu
đầu quân
đầu ra
đầu rau
đầu ruồi
đầu ráo áo ướt
đầu râu
đầu râu tóc bạc
đầu rìu
đầu rơi máu chảy
đầu rượu
đầu rồng đuôi tôm
đầu sai
đầu sách
đầu sóng ngọn gió
đầu sông ngọn nguồn
đầu sỏ
đầu tang tóc rối
đầu tay
đầu thai
đầu thú
đầu thừa đuôi thẹo
đầu tiên
đầu to hơn giành
đầu trâu mặt ngựa
đầu trò
đầu trộm đuôi cướp
đầu trời cuối đất
đầu tàu
đầu têu
đầu tóc
đầu tư
đầu tầu
đầu tắt mặt tối
đầu từ
đầu van
đầu video
đầu voi đuôi chuột
đầu vào
đầu xanh
đầu xanh tuổi trẻ
đầu xuôi đuôi lọt
đầu xứ
đầu óc
đầu đanh
đầu đen
đầu đi đuôi lọt
đầu đinh
đầu đuôi
đầu đuôi xuôi ngược
đầu đàn
đầu đũa
đầu đơn
đầu đường xó chợ
đầu đạn
đầu đảng
đầu đề
đầu đọc
đầu độc
đầu đội vai mang
đầu ối
đầy bụng
đầy cữ
đầy dãy
đầy dẫy
đầy gan đầy ruột
đầy hơi
đầy khê
đầy lùm
đầy năm
đầy phè
đầy ruột
đầy rẫy
đầy tháng
đầy tràn
đầy tuổi
đầy tuổi tôi
đầy tớ
đầy tớ không công
đầy vơi
đầy ói
đầy đoạ
đầy đẫy
đầy đặn
đầy đọa
đầy đủ
đầy ắp
đầy ặp
đầy ối
đầy ứ
đẩu thăng
đẩy cây
đẩy lui
đẩy lùi
đẩy mạnh
đẩy nhanh
đẩy tạ
đẩy tới
đẩy đà
đẩy đưa
đẫm máu
đẫn đờ
đẫy giấc
đẫy mắt
đẫy sắc
đẫy sức
đẫy túi
đẫy đà
đậm nét
đậm đà
đậm đặc
đận đà
đập bàn đập ghế
đập chết
đập cánh
đập cửa
đập lúa
đập lại
đập niêu không vỡ
đập phá
đập tan
đập tràn
đập vỡ
đậu chiều
đậu cô ve
đậu côve
đậu dải áo
đậu gà
đậu hà lan
đậu hũ
đậu hương
đậu hủ
đậu khấu
đậu liên lí
đậu lào
đậu lăng
đậu mèo
đậu mùa
đậu ngự
đậu nành
đậu phọng
đậu phộng
đậu phụ
đậu phụ nhự
đậu phụng
đậu răng ngựa
đậu rồng
đậu trắng
đậu tây
đậu tía
đậu tương
đậu tằm
đậu ván
đậu vảy
đậu xanh
đậu đen
đậu đũa
đậu đỏ
đậy mồm đậy miệng
đậy điệm
đắc chí
đắc công
đắc cử
đắc dụng
đắc hiếu
đắc kế
đắc lợi
đắc lực
đắc nghĩa
đắc nhân tâm
đắc sách
đắc sủng
đắc thất
đắc thắng
đắc thế
đắc thời đắc thế
đắc trung
đắc táng vi vinh
đắc tội
đắc ý
đắc đạo
đắc địa
đắm mình
đắm nguyệt say hoa
đắm ngọc chìm hương
đắm say
đắm đuối
đắn đo
đắng cay
đắng chằng
đắng họng
đắng miệng
đắng nghét
đắng ngắt
đắng như bồ hòn
đắng như nếm mật
đắng đót
đắp nhớ đổi sầu
đắp nền xây móng
đắp tai cài trốc
đắp điếm
đắp đập be bờ
đắp đổi
đắp đổi lần hồi
đắt chồng
đắt giá
đắt hàng
đắt khách
đắt lời
đắt muối ế cà
đắt như tôm tươi
đắt như vàng
đắt tiền
đắt vợ
đắt đỏ
đằm thắm
đằm tính
đằm đìa
đằng hắng
đằng la
đằng nay
đằng ngà
đằng này
đằng sau
đằng thằng
đằng tiến
đằng trước
đằng vân
đằng vân giá vũ
đằng xa
đằng đằng
đằng đẵng
đằng ấy
đẳng biến áp
đẳng bào tử
đẳng bội
đẳng cao
đẳng chu
đẳng chấn
đẳng cấp
đẳng cấu
đẳng cự
đẳng diện
đẳng dị
đẳng giao
đẳng giao tử
đẳng giác
đẳng hiện
đẳng hướng
đẳng hạng
đẳng lập
đẳng nhiệt
đẳng phương
đẳng thế
đẳng thời
đẳng thức
đẳng trích
đẳng trương
đẳng trọng
đẳng trục
đẳng tà
đẳng tích
đẳng tĩnh
đẳng tướng
đẳng từ
đẳng vị
đẳng áp
đẳng điện
đẳng địa nhiệt
đẵm máu
đặc biệt
đặc chất
đặc chế
đặc chỉ
đặc chủng
đặc cách
đặc cán mai
đặc cán thuổng
đặc công
đặc dụng
đặc giá
đặc hiệu
đặc huệ
đặc hữu
đặc khoản
đặc khu
đặc khu kinh tế
đặc kịt
đặc lợi
đặc mệnh
đặc ngữ
đặc nhiệm
đặc như bí
đặc phái
đặc phái viên
đặc phí
đặc quyền
đặc quyền lãnh sự
đặc quyền ngoại giao
đặc quyền đặc lợi
đặc sai
đặc san
đặc sản
đặc sắc
đặc sệt
đặc sịt
đặc sứ
đặc thù
đặc thù hóa
đặc trách
đặc trưng
đặc trị
đặc tài
đặc tính
đặc tả
đặc tứ
đặc vụ
đặc xá
đặc ân
đặc điểm
đặc ứng
đặm đà
đặt bày
đặt chuyện
đặt chân
đặt cuộc
đặt câu
đặt cọc
đặt cửa
đặt giá
đặt hàng
đặt lãi
đặt lưng
đặt mình
đặt móng
đặt phịch
đặt quẻ
đặt tên
đặt vòng
đặt vấn đề
đặt điều
đặt đâu ngồi đấy
đặt đít
đặt để
đặt để nên điều
đẹn sữa
đẹp duyên
đẹp duyên cưỡi rồng
đẹp dạ
đẹp giai
đẹp lão
đẹp lòng
đẹp mã
đẹp mắt
đẹp mặt
đẹp như hằng nga
đẹp như mộng
đẹp như rối
đẹp như sao băng
đẹp như tiên
đẹp như trong tranh
đẹp nết
đẹp trai
đẹp trai lành gái
đẹp trời
đẹp ý
đẹp đôi
đẹp đẽ
đẹt đít
đẻ hoang
đẻ khó
đẻ mẹ
đẻ ngược
đẻ nhánh
đẻ non
đẻ rơi
đẻ sinh đôi
đẻ trứng
đẻ trứng thai
đẻ đái
đẽo gọt
đẽo khoét
đẽo mỏng
đế chính
đế chế
đế hiệu
đế hoa
đế khuyết
đế kinh
đế miếu
đế nghiệp
đế quốc
đế quốc chủ nghĩa
đế vương
đế vị
đế đô
đếch cần
đếm chác
đếm phật đóng oản
đếm xỉa
đếm đầu ngón tay
đến chậm gặm xương
đến cùng
đến giờ
đến hay
đến là
đến lời
đến mấy
đến mức
đến mực
đến nay
đến ngành đến ngọn
đến ngày
đến nơi
đến nơi đến chốn
đến nước
đến nỗi
đến tay
đến tháng
đến thì
đến thế
đến thời
đến tuổi
đến tết
đến tết cũng chả
đến tết mới
đến xương
đến điều
đến đâu hay đó
đến đầu đến đũa
đến đều
đến đỗi
đề binh
đề bài
đề bạt
đề can
đề cao
đề chủ
đề cương
đề cập
đề cử
đề danh
đề dẫn
đề dụ
đề huề
đề hình
đề kháng
đề khởi
đề lao
đề lĩnh
đề lại
đề mục
đề nghị
đề phòng
đề ra
đề tài
đề tặng
đề từ
đề tựa
đề vịnh
đề xuất
đề xướng
đề án
đề điệu
đề đóm
đề đạt
đề đốc
đền bù
đền bồi
đền chùa
đền mạng
đền nghì
đền nghì trúc mai
đền nghì trời mây
đền rồng
đền tội
đền đài
đền đáp
đền ơn
đền ơn trả nghĩa
đền ơn đáp nghĩa
đềnh đoàng
đều bước
đều cạnh
đều hoà
đều nhau
đều tay
đều đặn
đều đều
để bụng
để cho
để chế
để chỏm
để cách
để của
để dành
để dạ
để giống
để hở
để kháng
để không
để lòng
để lại
để lộ
để mà
để mả
để mất
để mắt
để mặc
để ngoài tai
để ngỏ
để phần
để quốc chủ nghĩa
để râu
để rẻ
để sau
để tang
để tiếng
để trần
để trống
để trở
để tâm
để tóc
để tội
để vạ
để vợ
để yên
để ý
để đất
để đời
đểnh đoảng
đểu cáng
đểu giả
đễnh đoãng
đệ nhất
đệ nhị
đệ quy
đệ tam
đệ trình
đệ tứ
đệ tử
đệm bóng
đệm cát
đệm mút
đệm thuý
đệm đàn
đỉa cá
đỉa hẹ
đỉa trâu
đỉa vòi
đỉa đói
đỉnh cao
đỉnh chung
đỉnh giáp non thần
đỉnh kề nhau
đỉnh nhĩ
đỉnh tròn
đỉnh đang
đỉnh đình đinh
đỉnh đầu
địa bàn
địa bạ
địa bộ
địa chi
địa chánh
địa chí
địa chính
địa chính trị
địa chấn
địa chấn học
địa chấn kí
địa chấn kế
địa chấn đồ
địa chất
địa chất học
địa chất mỏ
địa chỉ
địa chủ
địa các
địa cầu
địa cốt bì
địa cực
địa danh
địa danh học
địa du
địa dư
địa giới
địa hoàng
địa hoá học
địa hình
địa hình học
địa hình địa vật
địa hóa học
địa hướng động
địa hạ quân
địa hạt
địa khoán
địa kiến tạo
địa linh
địa liền
địa lí
địa lí học
địa lí kinh tế
địa lí nhân văn
địa lí sử quan
địa lí tự nhiên
địa lôi
địa lý
địa lũy
địa lợi
địa máng
địa mạch
địa mạo
địa mạo học
địa ngục
địa ngục trần gian
địa nhiệt
địa nhiệt học
địa phương
địa phương chủ nghĩa
địa phương quân
địa phận
địa phủ
địa sinh
địa sinh vật học
địa thế
địa thức học
địa thực vật
địa thực vật học
địa triều
địa trung hải
địa trục
địa tâm
địa tô
địa tĩnh
địa tĩnh học
địa tạng
địa tầng
địa tầng học
địa tằng
địa tằng học
địa từ
địa từ học
địa từ kí
địa văn học
địa vận
địa vật
địa vật lí
địa vị
địa vồng
địa vực
địa xạ kế
địa y
địa điểm
địa điện
địa đạo
địa đạo chiến
địa đầu
địa đồ
địa động lực học
địa động vật
địa ốc
địch cừu
địch hoạ
địch hậu
địch họa
địch khái
địch nhân
địch quân
địch quốc
địch thủ
địch tình
địch vận
định biên
định bụng
định canh
định chí
định chế
định công
định cư
định danh
định dạng
định giá
định hình
định hướng
định hướng từ
định hạn
định hồn
định khoản
định kiến
định kì
định kỳ
định liệu
định luật
định luật bảo toàn
định lí
định lí phản nhau
định lí đảo
định lý
định lượng
định lệ
định mệnh
định mệnh luận
định mức
định mức kĩ thuật
định mức sản xuất
định nghĩa
định ngạch
định ngữ
định phân
định phận
định suất
định sẵn
định số
định sở
định thần
định thức
định tinh
định trị
định tuyến
định tâm
định tính
định tỉnh
định tỉnh thần hôn
định tội
định vị
định xuất
định xứ
định âm
định đoạt
định đô
định đề
định đỉnh
định ước
định ảnh
địt mẹ
đọ cánh
đọ gươm
đọ sức
đọ tài
đọa kiếp
đọa lạc
đọa thai
đọa đày
đọc bài
đọc canh
đọc nối
đọc thuộc lòng
đọi đèn
đỏ au
đỏ bừng
đỏ chon chót
đỏ choé
đỏ chóe
đỏ chói
đỏ chót
đỏ con mắt
đỏ cạch
đỏ da thắm thịt
đỏ gay
đỏ gay đỏ gắt
đỏ gây
đỏ hoe
đỏ hoen
đỏ hoen hoét
đỏ hon hỏn
đỏ hoét
đỏ hây
đỏ hây hây
đỏ hỏn
đỏ hồng hồng
đỏ hửng
đỏ khè
đỏ khé
đỏ kè
đỏ kệch
đỏ loè
đỏ loè đỏ loẹt
đỏ loét
đỏ loẹt
đỏ lòm
đỏ lòm lòm
đỏ lừ
đỏ lừng
đỏ lửa
đỏ lựng
đỏ mơn mởn
đỏ mặt
đỏ mặt tía tai
đỏ mọng
đỏ ngầu
đỏ ngầu ngầu
đỏ như son
đỏ như vang
đỏ nhừ
đỏ nọc
đỏ phính
đỏ phừng phừng
đỏ quành quạch
đỏ quạch
đỏ rần
đỏ rực
đỏ thắm
đỏ tía
đỏ ói
đỏ đen
đỏ đuôi
đỏ đèn
đỏ đòng đọc
đỏ đắn
đỏ đọc
đỏ ối
đỏ ửng
đỏm dáng
đỏng đa đỏng đảnh
đỏng đảnh
đố chữ
đố kị
đố nào ngàm ấy
đố phụ
đốc binh
đốc chiến
đốc chí
đốc chính
đốc chứng
đốc công
đốc học
đốc lí
đốc phủ
đốc phủ sứ
đốc quân
đốc suất
đốc thúc
đốc tờ
đốc đồng
đối bào
đối chiếu
đối chân
đối chất
đối chọi
đối chứng
đối cách
đối cảm
đối cực
đối diện
đối gia đối giảm
đối giao cảm
đối hình
đối hậu môn
đối hợp
đối kháng
đối khẩu
đối lưu
đối lập
đối mặt
đối nghịch
đối ngoại
đối ngạn
đối ngẫu
đối ngẫu hôn
đối nhân xử thế
đối nại
đối nội
đối pháp
đối phó
đối phương
đối quang
đối song
đối sách
đối sánh
đối số
đối thoại
đối thẩm
đối thủ
đối trình
đối trướng
đối trọng
đối tác
đối tâm
đối tượng
đối tụng
đối với
đối xứng
đối xử
đối đáp
đối đãi
đối đầu
đối đỉnh
đối địch
đối ẩm
đối ứng
đốm lửa
đốm mắt
đốm nâu
đốm trán
đốm vằn
đốm xuất huyết
đốn kiếp
đốn mạt
đốn đời
đốp chát
đốt cháy
đốt cháy giai đoạn
đốt mã
đốt ngón tay
đốt phá
đốt pháo
đốt rẫy
đốt sống
đốt sống trục
đốt sống đội
đốt tay
đốt vía
đốt xương
đốt đèn
đồ biếu
đồ biểu
đồ bạc
đồ bản
đồ bỏ
đồ chó
đồ chơi
đồ chừng
đồ cúng
đồ cổ
đồ da
đồ dùng
đồ dệt
đồ giả
đồ giải
đồ gốm
đồ hoạ
đồ hàng
đồ họa
đồ họa công nghiệp
đồ hồi
đồ hộp
đồ lề
đồ lễ
đồ mi
đồ mã
đồ mưu
đồ mưu lập kế
đồ mắc dịch
đồ mộc
đồ mừng
đồ nghề
đồ nghệ
đồ ngốc
đồ nho
đồ nhắm
đồ quỷ
đồ rau
đồ rét
đồ sắt
đồ sộ
đồ sứ
đồ tang
đồ thán
đồ thư
đồ thư quán
đồ thị
đồ thờ
đồ thức
đồ thừa
đồ tế nhuyễn
đồ tể
đồ tồi
đồ uống
đồ vật
đồ xào
đồ xôi
đồ án
đồ án thiết kế
đồ án tốt nghiệp
đồ ăn
đồ ăn thức uống
đồ ăn thức đựng
đồ đoàn
đồ đá
đồ đá cũ
đồ đá mới
đồ đĩ
đồ đạc
đồ đảng
đồ đểu
đồ đệ
đồ đồng
đồ đồng thau
đồi bại
đồi mồi
đồi mồi dứa
đồi não
đồi núi
đồi phong bại tục
đồi thị
đồi truỵ
đồi trọc
đồi trụy
đồi tệ
đồm độp
đồn bót
đồn bốt
đồn luỹ
đồn lũy
đồn thú
đồn thổi
đồn trú
đồn trưởng
đồn trại
đồn điền
đồn điền sứ
đồn đãi
đồn đại
đồn đột
đồn ải
đồng bang
đồng biến
đồng bàn
đồng bào
đồng bóng
đồng bạc
đồng bạch
đồng bạn
đồng bảng
đồng bảo hiểm
đồng bảo trợ
đồng bằng
đồng bệnh
đồng bệnh tương lân
đồng bọn
đồng bối
đồng bộ
đồng bộ hoá
đồng ca
đồng cam
đồng cam cộng khổ
đồng canh
đồng chiêm
đồng chu
đồng chua
đồng chua nước mặn
đồng chí
đồng chấn
đồng chất
đồng chủ tịch
đồng chủng
đồng cái
đồng cân
đồng cân đồng lượng
đồng cân đồng lạng
đồng cô
đồng căn
đồng cư
đồng cảm
đồng cấp
đồng cấu
đồng cậu
đồng cỏ
đồng cốt
đồng cừu
đồng dao
đồng diễn
đồng diễn thể dục
đồng dân
đồng dạng
đồng giá
đồng giám đốc
đồng hao
đồng hoá
đồng hun
đồng huyết
đồng hành
đồng hóa
đồng hưu
đồng hương
đồng hạng
đồng học
đồng hồ
đồng hồ báo thức
đồng hồ bấm giây
đồng hồ bấm giờ
đồng hồ bỏ túi
đồng hồ chẩm cầm
đồng hồ mặt trời
đồng hồ nguyên tử
đồng hồ quả lắc
đồng hồ quả quít
đồng hồ đeo tay
đồng hồ đánh thức
đồng hội đồng thuyền
đồng khoa
đồng khoá
đồng khâm
đồng khí tương cầu
đồng khóa
đồng khô cỏ cháy
đồng không
đồng không mông quạnh
đồng khởi
đồng kẽm
đồng kềnh
đồng la
đồng liêu
đồng loã
đồng loại
đồng loạt
đồng lòng
đồng lõa
đồng lương
đồng lần
đồng lầy
đồng lực đồng tâm
đồng minh
đồng màu
đồng môn
đồng mưu
đồng mẫu
đồng mắt cua
đồng mức
đồng nam
đồng nghiệp
đồng nghĩa
đồng ngũ
đồng ngữ
đồng nhiệm
đồng nhiệt
đồng nhân dân tệ
đồng nhất
đồng nhất hóa
đồng nhất thức
đồng niên
đồng nát
đồng nội
đồng nữ
đồng phát
đồng phân
đồng phạm
đồng phẳng
đồng phục
đồng qui
đồng quy
đồng quà tấm bánh
đồng quê
đồng quận
đồng ra đồng vào
đồng ruộng
đồng sinh
đồng sinh đồng tử
đồng song
đồng sàng
đồng sàng dị mộng
đồng sở hữu
đồng sự
đồng thanh
đồng thau
đồng thiếp
đồng thoà
đồng thoại
đồng thân
đồng thòa
đồng thời
đồng tiền
đồng tiền liền khúc
đồng trinh
đồng triều
đồng triện
đồng trùng hợp
đồng trắng nước trong
đồng trụ
đồng trục
đồng tuế
đồng tác giả
đồng tâm
đồng tâm hiệp lực
đồng tâm hợp ý
đồng tâm nhất trí
đồng tình
đồng tính
đồng tính luyến ái
đồng tông
đồng tướng
đồng tản
đồng tịch đồng sàng
đồng tộc
đồng từ
đồng tử
đồng viện
đồng vòng
đồng văn
đồng vận
đồng vị
đồng vị ngữ
đồng vị phóng xạ
đồng vọng
đồng áng
đồng âm
đồng ý
đồng đanh
đồng đen
đồng điếu
đồng điền
đồng điều
đồng điệu
đồng đại
đồng đạo
đồng đảng
đồng đất
đồng đẳng
đồng đều
đồng đỏ
đồng đội
đồng ấu
đổ bác
đổ bể
đổ bệnh
đổ bộ
đổ cung long
đổ dầu vào lửa
đổ dồn
đổ ghèn
đổ gục
đổ hào quang
đổ hồi
đổ khuôn
đổ lên đầu
đổ lại
đổ lỗi
đổ lộn
đổ lời
đổ máu
đổ mưa
đổ mồ hôi
đổ mồ hôi hột
đổ ngã
đổ ngờ
đổ nhào
đổ nhớt cho nheo
đổ nát
đổ oan
đổ quanh
đổ quán xiêu đình
đổ quạu
đổ riệt
đổ rụi
đổ thùng
đổ thừa
đổ tại
đổ tội
đổ vãi
đổ vạ
đổ vấy
đổ vấy đổ vá
đổ vỡ
đổ xô
đổ đi
đổ điêu
đổ đom đóm
đổ đó
đổ đầu
đổ đầy
đổ đốn
đổ đống
đổ đồng
đổ đồng quang
đổ ải
đổi chiều
đổi chác
đổi công
đổi dòng
đổi dạ
đổi dời
đổi giận làm lành
đổi giọng
đổi hướng
đổi khác
đổi lấy
đổi lẫn
đổi lốt
đổi mới
đổi ngôi
đổi ngựa giữa đàng
đổi phiên
đổi thay
đổi thịt thay da
đổi tiền
đổi trao
đổi trắng thay đen
đổi tuyển
đổi vai
đổi ý
đổi điện
đổi đời
đổng lí
đổng nhung
đỗ nành
đỗ quyên
đỗ trọng
đỗ trọng nam
đỗ tương
đỗ ván
đỗ vũ
đỗ xanh
đỗ đen
đỗ đạt
độ cao
độ chuẩn
độ chín
độ chính xác
độ chừng
độ dài
độ dẫn điện
độ dốc
độ hồn
độ không
độ khẩu
độ kinh
độ kiềm
độ lượng
độ lệch
độ lệch pha
độ mặn
độ nhạy
độ nhật
độ nhớt
độ nào
độ này
độ nét
độ nọ
độ ph
độ phì
độ phóng xạ
độ sinh
độ tan
độ thân
độ thế
độ tin cậy
độ trì
độ trước
độ tuổi lao động
độ tụ
độ vong
độ võng
độ vĩ
độ điện li
độ đường
độ đậm
độ đặc
độ đặm
độ độc
độ ẩm
độ ẩm không khí
độc bình
độc bạch
độc bản
độc ca
độc canh
độc chiêu
độc chiếm
độc chuyên
độc chúc
độc chất
độc chất học
độc cước
độc cần
độc diễn
độc dược
độc dạ
độc dữ
độc giả
độc huyền
độc hại
độc hại nghề nghiệp
độc khí
độc kế
độc lập
độc lực
độc miệng
độc mồm độc miệng
độc mộc
độc nhãn
độc nhất
độc nhất vô nhị
độc quyền
độc quyền hoá
độc thoại
độc thoại nội tâm
độc thân
độc thần
độc thần giáo
độc thần luận
độc thụ
độc thủ
độc trời
độc trụ
độc tài
độc tính
độc tôn
độc tấu
độc tố
độc vận
độc xướng
độc xộc vào miệng
độc ác
độc âm
độc đinh
độc điệu
độc đoán
độc đáo
độc đạo
độc đắc
độc địa
độc ẩm
đội bóng
đội bảng
đội cầu
đội cận vệ
đội giá
đội giời
đội hình
đội hợp xướng
đội kèn
đội lốt
đội mâm
đội ngũ
đội phó
đội quân
đội quân ngầm
đội quân nhạc
đội quân thứ năm
đội sếp
đội sổ
đội trưởng
đội trời
đội trời đạp đất
đội tuyển
đội tuồng
đội viên
đội xếp
đội đá vá trời
đội đèn
đội đơn
đội ơn
độn thuỷ
độn thổ
độn thủy
độn tóc
độn vai
độn địa
động binh
động biển
động bào tử
động bào tử nang
động chạm
động cơ
động cơ diesel
động cơ nhiệt
động cơ phản lực
động cơ vĩnh cửu
động cơ điện
động cơ đốt ngoài
động cơ đốt trong
động cấn
động cỡn
động danh từ
động dao
động dung
động dại
động dạng
động dục
động dụng
động hình
động hóa học
động học
động hớn
động kinh
động lòng
động lượng
động lực
động lực học
động mạch
động mạch chủ
động mạch cảnh
động mạch vành
động mả
động mồ động mả
động ngữ
động não
động năng
động phòng
động phòng hoa chúc
động rồ
động rừng
động sản
động thai
động thái
động thổ
động thổ mộc
động tiên
động toả nguyên phong
động trời
động tác
động tác giả
động tâm
động tình
động tính từ
động tĩnh
động từ
động từ ngoại động
động từ nội động
động tử
động viên
động vật
động vật chí
động vật có vú
động vật học
động vật nguyên sinh
động điên
động điện
động đào
động đĩ
động đất
động đất động cát
động đậy
động địa kinh thiên
động đực
độp một cái
đột biến
đột khởi
đột kích
đột ngột
đột nhiên
đột nhập
đột phá
đột phá khẩu
đột phát
đột quỵ
đột qụy
đột rập
đột trận
đột tử
đột xuất
đớ họng
đớ lưỡi
đới cầu
đới nguyệt
đới địa chất
đới địa lí
đớn hèn
đớn kiếp
đớn mạt
đớn đau
đớn đời
đớp ruồi
đờ mặt
đờ người
đờ đẫn
đời công
đời kiếp
đời kiếp nghiệp lai
đời mới
đời nay
đời người
đời nào
đời sau
đời sống
đời thuở
đời thuở nhà ai
đời thường
đời thủa
đời trước
đời tư
đời vua
đời xưa
đời đời
đời đời kiếp kiếp
đờn cò
đỡ chân tay
đỡ chân đỡ tay
đỡ dậy
đỡ lòng
đỡ lời
đỡ nhẹ
đỡ thì
đỡ thời
đỡ vực
đỡ đòn
đỡ đần
đỡ đầu
đỡ đẻ
đợi chờ
đợi thỏ ôm cây
đợi thời
đợi trông
đụ mẹ
đục gỗ
đục hom
đục khoét
đục kế
đục lầm
đục máng
đục một
đục ngầu
đục nước béo cò
đục phác
đục thủng
đục thủy tinh thể
đụng chạm
đụng đâu nói đấy
đụng đầu
đụng đậy
đụng độ
đủ bát ăn
đủ lông đủ cánh
đủ mùi
đủ mặt
đủ nơi
đủ số
đủ trò
đủ ăn
đủ ăn đủ mặc
đủ điều
đủng đa đủng đỉnh
đủng đà đủng đỉnh
đủng đỉnh
đứ đừ
đứa bé
đứa ăn đứa ở
đứa ở
đức bà
đức cha
đức chính
đức chúa trời
đức dục
đức giám
đức hoá
đức hạnh
đức mẹ
đức năng thắng số
đức tin
đức trạch
đức trị
đức tính
đức uy
đức vọng
đức ông
đức ông chồng
đức độ
đứng bóng
đứng bóng xế chiều
đứng chân
đứng chững
đứng chựng
đứng cái
đứng dậy
đứng giá
đứng gió
đứng giữa
đứng gác
đứng im
đứng khựng
đứng lên
đứng lại
đứng lặng
đứng lớp
đứng máy
đứng mũi chịu sào
đứng ngây ra
đứng người
đứng như bụt mọc
đứng như trời trồng
đứng nép
đứng phắt dậy
đứng ra
đứng số
đứng sững
đứng thẳng
đứng trơ
đứng tuổi
đứng tên
đứng tủi ngồi sầu
đứng vững
đứng yên
đứng đường
đứng đường đứng
đứng đường đứng chợ
đứng đầu
đứng đầu đứng số
đứng đắn
đứt bóng
đứt bữa
đứt gan đứt ruột
đứt gánh giữa đàng
đứt gánh tương tư
đứt gãy
đứt hơi
đứt khúc
đứt nối
đứt quãng
đứt ruột
đứt ruột đứt gan
đứt tay hay thuốc
đứt thở
đứt đoạn
đứt đuôi
đứt đầu
đừng có
đừng có trách
đừng cỏ trách
đừng hòng
đực giống
đực mặt
đực rựa
ĩnh bụng
ĩnh ương
ơ hay
ơ hờ
ơ kìa
ơi là
ơi ới
ơn cả nghĩa dày
ơn huệ
ơn mưa móc
ơn nghĩa
ơn nặng nghĩa dày
ơn sâu nghĩa nặng
ơn sâu nghĩa trọng
ơn trả nghĩa đền
ơn vũ lộ
ơn ớn
ư hừ
ư hự
ư ư
ư ứ
ư ử
ưa chuộng
ưa may
ưa nhìn
ưa thích
ưa ý
ưa đèn
ưng chuẩn
ưng khuyển
ưng thuận
ưng ý
ưng ức
ưng ửng
ưu binh
ưu du
ưu hạng
ưu khuyết
ưu khuyết điểm
ưu lự
ưu phiền
ưu phẫn
ưu quốc
ưu sinh
ưu sinh học
ưu sầu
ưu thắng
ưu thắng liệt bại
ưu thế
ưu thời
ưu thời mẫn thế
ưu tiên
ưu trương
ưu tú
ưu tư
ưu việt
ưu ái
ưu điểm
ưu đãi
ưu đẳng
ươm ướm
ươn hèn
ươn mình
ươn ướt
ương bướng
ương gàn
ương ngạnh
ương ương
ước ao
ước chung
ước chừng
ước của trái chua
ước gì
ước hẹn
ước lược
ước lượng
ước lệ
ước mong
ước muốn
ước mơ
ước nguyền
ước nguyện
ước sao được vậy
ước số
ước số chung
ước thúc
ước thệ
ước tính
ước vọng
ước đoán
ước định
ước độ
ướm hỏi
ướm lòng
ướm lời
ướp lạnh
ướp xác
ướt dầm
ướt dề
ướt mèm
ướt nhè
ướt nhèm
ướt như chuột lột
ướt nhẹp
ướt rượt
ướt sũng
ướt sườn sượt
ướt sượt
ướt át
ướt đầm
ướt đẫm
ướt đề
ưỡn à ưỡn ẹo
ưỡn ẹo
ạ ơi
ạch đụi
ạo ực
ả hoàn
ả hằng
ả phiện
ả phù dung
ả đào
ả đầu
ải mục
ải phà
ải quan
ải thâm
ải ải
ảm đạm
ảnh dương
ảnh hưởng
ảnh kế
ảnh phổ
ảnh thật
ảnh âm
ảnh ảo
ảnh ẩn
ảnh ẹ
ảo cảnh
ảo giác
ảo hoá
ảo hóa
ảo mộng
ảo não
ảo thuật
ảo thị
ảo tưởng
ảo tượng
ảo vọng
ảo đăng
ảo ảnh
ấm a ấm ách
ấm a ấm ớ
ấm a ấm ứ
ấm a ấm ức
ấm bụng
ấm chuyên
ấm chỗ
ấm cúng
ấm cật no lòng
ấm giỏ
ấm hạ
ấm lòng
ấm lạnh
ấm mồ
ấm no
ấm oái
ấm oé
ấm sinh
ấm siêu
ấm sứt vòi
ấm thân
ấm thụ
ấm trà
ấm tích
ấm tôn
ấm tử
ấm vào thân
ấm á
ấm ách
ấm áp
ấm êm
ấm óe
ấm đầu
ấm ớ
ấm ớ hội tề
ấm ứ
ấm ức
ấn bản
ấn hành
ấn học
ấn kiếm
ấn loát
ấn loát phẩm
ấn phẩm
ấn quan
ấn quyết
ấn quán
ấn triện
ấn tích
ấn tín
ấn tín học
ấn tượng
ấn tống
ấn đường
ấn định
ấn độ giáo
ấp a ấp úng
ấp bóng
ấp chiến lược
ấp iu
ấp lí
ấp mận ôm đào
ấp tân sinh
ấp vú
ấp vú mẹ
ấp úng
ấp đời mới
ấp ủ
ất bảng
ất giáp
ất ơ
ấu học
ấu nhi
ấu niên
ấu thơ
ấu thể
ấu triệu
ấu trùng
ấu trĩ
ấu trĩ viên
ấu trĩ viện
ấy ai
ấy chết
ấy thế mà
ầm vang
ầm à ầm ừ
ầm ã
ầm ì
ầm ĩ
ầm ầm
ầm ừ
ầu ơ
ẩm chồi
ẩm hận
ẩm kế
ẩm nhiệt
ẩm nhiệt kế
ẩm nhẫm
ẩm sì
ẩm sì ẩm sịt
ẩm sẫm
ẩm thuỷ tư nguyên
ẩm thấp
ẩm thực
ẩm xì
ẩm xìu
ẩm độ
ẩm ương
ẩm ướt
ẩm ỉu
ẩn bóng cây tùng
ẩn chứa
ẩn cư
ẩn danh
ẩn dật
ẩn dụ
ẩn giấu
ẩn hiện
ẩn hoa
ẩn hình
ẩn khuất
ẩn lánh
ẩn lậu
ẩn mình
ẩn mật
ẩn ngữ
ẩn nhẫn
ẩn náu
ẩn núp
ẩn nấp
ẩn nặc
ẩn sĩ
ẩn số
ẩn thân
ẩn tuổi
ẩn tàng
ẩn tình
ẩn tích
ẩn tướng
ẩn ý
ẩu tả
ẩu xị
ẩu đả
ẫm ờ
ậm oẹ
ậm à
ậm à ậm ạch
ậm à ậm ừ
ậm à ậm ực
ậm è
ậm ình
ậm ạch
ậm ẹ
ậm ịch
ậm ọe
ậm ờ
ậm ừ
ậm ực
ập tới
ập đến
ắc ô
ắc ứ
ắng cổ
ắng cổ ắng họng
ắng họng
ắng lặng
ắt có
ắt hẳn
ắt là
ằng ặc
ẳng cang
ẳng nưa
ẳng tở
ẵm bế
ẵm ngửa
ẵm nách
ặc ặc
ẹ ẹ
ẹc ẹc
ẹo lưng
ẹo xương sườn
ẹo ọ
ẻo hoẹ
ẻo họe
ẻo lả
ẻo oẹ
ẻo ọe
ẻo ợt
ẽo à ẽo ẹt
ẽo à ẽo ợt
ẽo ẹt
ẽo ợt
ế sưng ế sỉa
ế ẩm
ếch bà
ếch cuba
ếch cốm
ếch mọc lông nách
ếch ngồi đáy giếng
ếch ngồí đáy giếng
ếch nhái
ề à
ềnh ềnh
ềnh ễnh
ềnh ệch
ễng bụng
ễnh bụng
ễnh ruột
ễnh ương
ỉ eo
ỉ oi
ỉa bậy
ỉa chảy
ỉa lỏng
ỉa són
ỉa tháo
ỉa táo
ỉa tướt
ỉa vào
ỉa vãi
ỉa đái
ỉa đùn
ỉu nhìu
ỉu nhịu
ỉu xì ỉu xịt
ỉu xìu
ỉu xìu xìu
ỉu xịu
ỉu ỉu
ị ịch
ịt ịt
ọ oẹ
ọ ẹ
ọc ạch
ọc ọc
ọp ẹp
ọt ẹt
ỏe họe
ỏi tai
ỏm tỏi
ỏn a ỏn ẻn
ỏn thót
ỏn à ỏn ẻn
ỏn ẻn
ỏng bụng
ỏng ảnh
ỏng ẹo
ố cổ vàng kim
ố là là
ốc anh vũ
ốc ao
ốc biêu
ốc bươu
ốc bươu vàng
ốc chuồn chuồn
ốc gai
ốc hương
ốc làn
ốc lồi
ốc mượn hồn
ốc nhồi
ốc sao
ốc song kinh
ốc sên
ốc sạo
ốc vặn
ốc xà cừ
ốc đá
ốc đảo
ối chao ôi
ối chà
ối chà chà
ối chào
ối dào
ối trời ơi
ốm lăn ốm lóc
ốm nghén
ốm nhom
ốm nhách
ốm no bò dậy
ốm o
ốm xác
ốm yếu
ốm đau
ốm đòn
ống bút
ống bơ
ống bơm
ống chân
ống chỉ
ống dây
ống dòm
ống dẫn
ống dẫn khí đốt
ống dẫn tinh
ống dẫn trứng
ống dẫn đái
ống gió
ống hút
ống khí
ống khói
ống kính
ống lao
ống lông
ống lệnh
ống lồng
ống máng
ống nghe
ống nghiệm
ống ngoáy
ống nhòm
ống nhỏ giọt
ống nhổ
ống nói
ống phóng
ống quyển
ống quần
ống suốt
ống sáo
ống súc
ống tay
ống tay áo
ống thuốc
ống thổi
ống thở
ống thụt
ống thử
ống tiêm
ống tiêu hoá
ống tiền
ống trúm
ống trắm
ống tuýp
ống vôi
ống vố
ống xoắn
ống xả
ống xối
ống điếu
ống đái
ống đót
ốp lát
ốp lép
ốp như ốp tà
ốp rộp
ốp đồng
ốt dột
ồ ạt
ồ ề
ồ ồ
ồi ồi
ồm ồm
ồm ộp
ồn ào
ồn ã
ồn ĩ
ồn ồn
ồng ộc
ổ bi
ổ bánh
ổ bánh mì
ổ bụng
ổ chuột
ổ chứa
ổ cắm
ổ gà
ổ khoá
ổ khóa
ổ líp
ổ lợn
ổ mắt
ổ nhóm
ổ răng
ổ rơm
ổ trâu
ổ trục
ổ đĩa
ổ đĩa cứng
ổ đĩa cứng ngoài
ổ đề kháng
ổi găng
ổi tiết
ổi trâu
ổi tàu
ổi xá lị
ổi đào
ổm nhom ốm nhách
ổn thoả
ổn thỏa
ổn áp
ổn đáng
ổn định
ộ ệ
ộc gạch
ộn ện
ộp oạp
ớ này
ớn lạnh
ớn mình
ớn rét
ớn tận cổ
ớn tận mang tai
ớn tận xương sống
ớn xương
ớn đến tận cổ
ớt bị
ớt bột
ớt chỉ thiên
ớt cà chua
ớt cựa gà
ớt hiểm
ớt hạt tiêu
ớt ngọt
ớt sừng bò
ớt tây
ờ ờ
ời ời
ời ợi
ờn ợt
ở bể vào ngòi
ở chùa đốt chùa
ở cầu ở quán
ở cữ
ở dưng
ở giữa chết chẹt
ở goá
ở hiền gặp lành
ở không
ở lì
ở lại
ở lạị
ở lổ
ở lỗ
ở mùa
ở mướn
ở ngòi ra bể
ở nhờ ở đậu
ở năm
ở nể
ở riêng
ở rể
ở thuê
ở truồng
ở trần
ở trọ
ở vú
ở vậy
ở ăn
ở đâu âu đấy
ở đậu
ở đời
ở đợ
ở ẩn
ỡm ờ
ợ chua
ợ nóng
ụ ngồi
ụ pháo
ụ súng
ụ tàu
ụ đảo
ụa khan
ục ịch
ục ục
ụt ịt
ủ bệnh
ủ dột
ủ dột nét hoa
ủ liễu phai đào
ủ phân
ủ rũ
ủ tươi
ủ ê
ủ ấp
ủn ỉn
ủng hộ
ủng thũng
ứ hơi
ứ hự
ứ máu
ứ phân
ứ trệ
ứ tắc
ứ đọng
ứ ừ
ứa gan
ứa giọt
ức bách
ức chế
ức hiếp
ức thuyết
ức tình
ức đoán
ức đạc
ức đồ
ứng biến
ứng chiến
ứng cứu
ứng cử
ứng cử viên
ứng dụng
ứng hoà
ứng hoè
ứng khẩu
ứng khẩu thành chương
ứng khẩu thành thơ
ứng kì
ứng lực
ứng mộ
ứng mộng
ứng nghiệm
ứng nghĩa
ứng phó
ứng thí
ứng thù
ứng tiếp
ứng trước
ứng trực
ứng tuyển
ứng tác
ứng tạm
ứng tấu
ứng viên
ứng viện
ứng xuất
ứng xử
ứng đáp
ứng đối
ứng động
ừ hử
ừ hữ
ừ nhỉ
ừ phải
ừ à ừ ào
ừ ào
ừ è
ừ ừ ào ào
ừ ừ è è
ừng ực
ửng hồng
ửng sáng
ửng đỏ
ỷ eo
ỷ la
ỷ lan
ỷ lại
ỷ quyền
ỷ quyền ỷ thế
ỷ thế
"""#
}
