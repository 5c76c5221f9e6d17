#!/usr/bin/env python3
"""Generate synthetic Vietnamese meeting records for BanTin tests and benchmarks.

    Scripts/gen-records.py --count N --seed S --out DIR [--pages-hint P] [--year Y] [--photos DIR]
                           [--profile standard|brief]

Writes N YAML records (docs/records.md field names) named NNNN-YYYY-MM-DD.yaml, in date
order. Party (HD 36) and state (Decree 30) regimes are mixed; organisations, people and
sentences are assembled from the word lists below. The output depends only on the arguments
(random.Random(seed), standard library only), so the same command gives the same bytes.

Every record validates: present <= members, one absentee name per missing member,
for + against + other <= present on every vote, real dates (weekdays), end after start on
the same day, no photos. --pages-hint is the average number of A4 pages per record to aim
at (1-3, default 2); each record gets roughly 270-1200 words of proceedings, speeches and
conclusion around it.

--profile brief writes the terse records a clerk keeps of routine meetings: the same people,
attendance (absentees with and without reasons), guests, agenda, votes and signatures, but
proceedings of four short paragraphs, one or two speeches of a sentence or two and a
conclusion with one to three tasks (--pages-hint is ignored). The minutes form's fixed parts
(title, the info lines, attendance, vote table, signatures, Nơi nhận) fill most of a page at
14 pt, so each brief record is about two pages of a compilation booklet, where every meeting
starts a page: the shortest realistic records, for the compile benchmark
(Scripts/benchmark-compile.sh). The default, --profile standard, is what the other scripts
and the tests use; its output is the same bytes as before the option existed.

--photos DIR gives each record with an article 0-2 photos: sample images (.jpg, .jpeg, .png)
of DIR, copied into OUT/photos and written as paths relative to the output folder, each with a caption and an `after`
(`lead` or a paragraph of `article.body`) valid for the body, sometimes a `width`. The photos
come from a random generator of their own, so the rest of every record is the same bytes with
or without --photos (only the header comment names the option).
"""

import argparse
import datetime as dt
import json
import os
import shutil
import random
import sys
import unicodedata

# ---------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------

PROVINCES = [
    "Lạng Sơn", "Cao Bằng", "Bắc Kạn", "Thái Nguyên", "Hà Giang", "Tuyên Quang", "Bắc Giang",
    "Quảng Ninh", "Lào Cai", "Yên Bái", "Phú Thọ", "Hòa Bình", "Sơn La", "Điện Biên",
    "Thanh Hóa", "Nghệ An", "Quảng Bình", "Đắk Lắk", "Lâm Đồng", "Sóc Trăng",
]

FAMILY = (["Nguyễn"] * 8 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + ["Hoàng"] * 3 +
          ["Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Vi", "Vy", "Nông", "Lương",
           "Đàm", "Lăng", "Lộc", "Triệu", "Chu", "Hà", "Lý", "Mã", "Hứa", "Tô", "Hồ"])
MIDDLE_M = ["Văn"] * 6 + ["Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Công", "Mạnh",
                          "Ngọc", "Tiến", "Trọng", "Duy", "Bá"]
MIDDLE_F = ["Thị"] * 6 + ["Thu", "Thanh", "Ngọc", "Minh", "Thúy", "Hồng", "Kim", "Bích"]
SECOND_F = ["Thu", "Thanh", "Ngọc", "Minh", "Kim", "Hồng", "Phương", "Lan"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Nam", "Thắng", "Chính", "Sơn", "Hải", "Long", "Cường",
           "Đạt", "Hiếu", "Tùng", "Quân", "Khánh", "Thành", "Trung", "Bình", "Phong", "Toàn",
           "Lực", "Kiên", "Huy", "Vinh", "Hưng", "Thịnh", "Lâm", "Đông", "Quý", "Tài"]
GIVEN_F = ["Hoa", "Lan", "Hà", "Hương", "Phương", "Hạnh", "Quỳnh", "Trang", "Thảo", "Yến",
           "Nga", "Huyền", "Linh", "Mai", "Thủy", "Nhung", "Hằng", "Ngân", "Diệp", "Loan",
           "Oanh", "Duyên", "Liên", "Thơm", "Vân", "Tuyết"]

ABSENCE_REASONS = [
    "đi công tác", "đi công tác", "nghỉ ốm", "nghỉ phép", "đi học tập trung",
    "tham gia đoàn công tác của tỉnh", "nghỉ chế độ thai sản", "có việc gia đình",
    "trực cơ quan", "điều trị tại bệnh viện",
]

GENERIC_UNITS = ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở",
                 "Phòng Tổ chức - Hành chính", "Phòng Pháp chế"]

# name, state code, short form used in running text, specific units, fields, indicator sentences
DEPARTMENTS = [
    ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "Sở LĐTBXH",
     ["Phòng Người có công", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
      "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"],
     ["giải quyết việc làm", "giáo dục nghề nghiệp", "giảm nghèo bền vững",
      "chính sách người có công", "bảo trợ xã hội", "bảo vệ, chăm sóc trẻ em"],
     ["giải quyết việc làm mới cho {bignum} lao động, đạt {pct} kế hoạch năm",
      "tuyển sinh, đào tạo nghề cho {bignum} người, đạt {pct} kế hoạch",
      "chi trả trợ cấp ưu đãi hằng tháng cho {bignum} người có công với cách mạng kịp thời, đúng đối tượng",
      "đưa {count} lao động đi làm việc ở nước ngoài theo hợp đồng"]),
    ("Sở Tài chính", "STC", "Sở Tài chính",
     ["Phòng Quản lý ngân sách", "Phòng Quản lý giá và công sản", "Phòng Tài chính đầu tư"],
     ["quản lý ngân sách", "quản lý giá", "quản lý tài sản công", "thẩm tra quyết toán"],
     ["thu ngân sách nhà nước trên địa bàn đạt {money_big}, bằng {pct} dự toán",
      "thẩm tra quyết toán {count} dự án hoàn thành, cắt giảm {money} so với giá trị đề nghị",
      "thẩm định phương án giá đối với {small} nhóm hàng hóa, dịch vụ"]),
    ("Sở Kế hoạch và Đầu tư", "SKHĐT", "Sở KH&ĐT",
     ["Phòng Đăng ký kinh doanh", "Phòng Kinh tế đối ngoại", "Phòng Tổng hợp, Quy hoạch"],
     ["thu hút đầu tư", "đăng ký doanh nghiệp", "kế hoạch đầu tư công", "phát triển kinh tế tập thể"],
     ["cấp giấy chứng nhận đăng ký doanh nghiệp cho {count} doanh nghiệp thành lập mới",
      "thu hút {small} dự án đầu tư với tổng vốn đăng ký {money_big}",
      "giải ngân vốn đầu tư công đạt {money_big}, bằng {pct_mid} kế hoạch vốn giao"]),
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "Sở GD&ĐT",
     ["Phòng Giáo dục trung học", "Phòng Giáo dục mầm non", "Phòng Khảo thí và Kiểm định chất lượng"],
     ["đổi mới chương trình giáo dục phổ thông", "xây dựng trường chuẩn quốc gia",
      "phổ cập giáo dục", "bồi dưỡng học sinh giỏi"],
     ["tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {pct}",
      "công nhận mới {small} trường đạt chuẩn quốc gia",
      "tổ chức bồi dưỡng thường xuyên cho {bignum} lượt cán bộ quản lý, giáo viên"]),
    ("Sở Y tế", "SYT", "Sở Y tế",
     ["Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính"],
     ["khám, chữa bệnh", "y tế dự phòng", "bảo hiểm y tế", "an toàn thực phẩm"],
     ["tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct}",
      "tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt {pct}",
      "các cơ sở khám, chữa bệnh đã khám cho {bignum} lượt người bệnh"]),
    ("Sở Tư pháp", "STP", "Sở Tư pháp",
     ["Phòng Hành chính tư pháp", "Phòng Xây dựng và kiểm tra văn bản", "Phòng Bổ trợ tư pháp"],
     ["phổ biến, giáo dục pháp luật", "kiểm tra văn bản quy phạm pháp luật", "lý lịch tư pháp",
      "trợ giúp pháp lý"],
     ["tiếp nhận và giải quyết {bignum} hồ sơ cấp phiếu lý lịch tư pháp",
      "thẩm định {count} dự thảo văn bản quy phạm pháp luật",
      "thực hiện {count} vụ việc trợ giúp pháp lý cho người dân"]),
    ("Sở Nội vụ", "SNV", "Sở Nội vụ",
     ["Phòng Tổ chức, biên chế", "Phòng Công chức, viên chức", "Phòng Cải cách hành chính"],
     ["cải cách hành chính", "tổ chức bộ máy", "quản lý công chức, viên chức", "thi đua, khen thưởng"],
     ["thẩm định {small} đề án vị trí việc làm của các cơ quan, đơn vị",
      "tổ chức tuyển dụng {count} công chức, viên chức",
      "chỉ số cải cách hành chính của tỉnh tăng {small} bậc so với năm trước"]),
    ("Sở Công Thương", "SCT", "Sở Công Thương",
     ["Phòng Quản lý thương mại", "Phòng Quản lý công nghiệp", "Phòng Quản lý năng lượng"],
     ["phát triển công nghiệp", "xúc tiến thương mại", "quản lý thị trường", "cung ứng điện"],
     ["giá trị sản xuất công nghiệp ước đạt {money_big}, tăng {pct_small} so với cùng kỳ",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt {money_big}",
      "tổ chức {small} hội chợ, phiên chợ đưa hàng Việt về nông thôn"]),
    ("Sở Xây dựng", "SXD", "Sở Xây dựng",
     ["Phòng Quản lý xây dựng", "Phòng Quy hoạch - Kiến trúc", "Phòng Quản lý nhà và thị trường bất động sản"],
     ["quản lý quy hoạch", "quản lý chất lượng công trình", "phát triển đô thị", "nhà ở xã hội"],
     ["cấp {count} giấy phép xây dựng đúng quy định",
      "thẩm định {count} hồ sơ thiết kế xây dựng",
      "tỷ lệ đô thị hóa toàn tỉnh đạt {pct_small}"]),
    ("Sở Giao thông vận tải", "SGTVT", "Sở GTVT",
     ["Phòng Quản lý vận tải", "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng Quản lý chất lượng công trình"],
     ["bảo đảm trật tự an toàn giao thông", "quản lý vận tải", "bảo trì đường bộ",
      "sát hạch, cấp giấy phép lái xe"],
     ["sát hạch, cấp {bignum} giấy phép lái xe",
      "bảo dưỡng thường xuyên {count} km đường tỉnh",
      "số vụ tai nạn giao thông giảm {pct_small} so với cùng kỳ"]),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "Sở NN&PTNT",
     ["Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y", "Chi cục Kiểm lâm"],
     ["xây dựng nông thôn mới", "phát triển sản xuất nông nghiệp", "phòng, chống dịch bệnh gia súc",
      "quản lý, bảo vệ rừng"],
     ["tổng diện tích gieo trồng cây hằng năm đạt {bignum} ha, bằng {pct} kế hoạch",
      "có thêm {small} xã đạt chuẩn nông thôn mới",
      "trồng mới {bignum} ha rừng tập trung"]),
    ("Sở Tài nguyên và Môi trường", "STNMT", "Sở TN&MT",
     ["Phòng Quản lý đất đai", "Chi cục Bảo vệ môi trường", "Văn phòng Đăng ký đất đai"],
     ["quản lý đất đai", "bảo vệ môi trường", "quản lý tài nguyên khoáng sản", "đo đạc, bản đồ"],
     ["cấp {bignum} giấy chứng nhận quyền sử dụng đất",
      "thẩm định {small} báo cáo đánh giá tác động môi trường",
      "thu tiền sử dụng đất đạt {money_big}"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Sở VHTTDL",
     ["Phòng Quản lý văn hóa", "Phòng Quản lý du lịch", "Phòng Quản lý thể dục thể thao"],
     ["phát triển du lịch", "bảo tồn di sản văn hóa", "thể dục thể thao",
      "xây dựng đời sống văn hóa ở cơ sở"],
     ["đón {bignum} lượt khách du lịch, doanh thu ước đạt {money_big}",
      "tổ chức {small} giải thể thao cấp tỉnh",
      "tỷ lệ gia đình đạt danh hiệu “Gia đình văn hóa” đạt {pct}"]),
    ("Sở Thông tin và Truyền thông", "STTTT", "Sở TT&TT",
     ["Phòng Bưu chính, Viễn thông", "Phòng Thông tin - Báo chí - Xuất bản", "Trung tâm Công nghệ thông tin và Truyền thông"],
     ["chuyển đổi số", "quản lý báo chí, xuất bản", "bảo đảm an toàn thông tin", "phát triển hạ tầng viễn thông"],
     ["{pct} thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình",
      "{pct} văn bản đi, đến được xử lý trên môi trường mạng",
      "phát triển thêm {count} trạm phát sóng di động"]),
    ("Sở Khoa học và Công nghệ", "SKHCN", "Sở KH&CN",
     ["Phòng Quản lý khoa học", "Phòng Quản lý công nghệ", "Chi cục Tiêu chuẩn Đo lường Chất lượng"],
     ["ứng dụng tiến bộ khoa học và công nghệ", "sở hữu trí tuệ", "tiêu chuẩn đo lường chất lượng",
      "hỗ trợ khởi nghiệp đổi mới sáng tạo"],
     ["triển khai {small} nhiệm vụ khoa học và công nghệ cấp tỉnh",
      "hỗ trợ đăng ký bảo hộ nhãn hiệu cho {small} sản phẩm đặc sản địa phương",
      "kiểm định {bignum} phương tiện đo"]),
]

CENTRAL_DOCS = [
    "Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "Kết luận số 01-KL/TW của Bộ Chính trị",
    "Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng",
    "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng",
    "Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương Đảng",
    "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
]

TOPICS = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa, con người và phòng, chống quan liêu, tham nhũng, lãng phí",
    "Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị của cơ quan",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu",
    "Đẩy mạnh cải cách hành chính, xây dựng chính quyền số",
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    "Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh, cán bộ, đảng viên gương mẫu",
    "Thực hành tiết kiệm, chống lãng phí trong cơ quan, đơn vị",
]

# (name, day, month, founding year): anniversaries mentioned in running text
ANNIVERSARIES = [
    ("Ngày thành lập Đảng Cộng sản Việt Nam", 3, 2, 1930),
    ("Ngày sinh Chủ tịch Hồ Chí Minh", 19, 5, 1890),
    ("Ngày Thương binh - Liệt sĩ", 27, 7, 1947),
    ("Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", 2, 9, 1945),
    ("Ngày thành lập Quân đội nhân dân Việt Nam", 22, 12, 1944),
]

HOLIDAYS = {(1, 1), (30, 4), (1, 5), (2, 9)}
ROMAN = ["", "I", "II", "III", "IV"]

# ---------------------------------------------------------------------------------------
# Sentence templates. {org} is the organisation as named in running text; other fields are
# filled per sentence (see Slots).
# ---------------------------------------------------------------------------------------

PARTY_REPORT = [
    "Công tác giáo dục chính trị, tư tưởng được chú trọng; {org} đã tổ chức {small} buổi sinh hoạt chuyên đề về “{topic}”, thu hút {pct} đảng viên tham gia.",
    "Việc lãnh đạo thực hiện nhiệm vụ chuyên môn đạt nhiều kết quả tích cực, trong đó {indicator}.",
    "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW tiếp tục được gắn với công tác {field}.",
    "Các đoàn thể phối hợp tổ chức các hoạt động kỷ niệm {anniversary}, thu hút {pct} đoàn viên, hội viên tham gia.",
    "Công tác phát triển đảng viên được quan tâm; đã kết nạp {few} đảng viên mới, xét công nhận đảng viên chính thức cho {few} đồng chí đúng thời hạn.",
    "Công tác dân vận được duy trì; cơ quan tiếp tục giữ vững danh hiệu “Cơ quan đạt chuẩn văn hóa”, {pct} cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên.",
    "Công tác bảo vệ nền tảng tư tưởng của Đảng được triển khai thường xuyên; {count} lượt đảng viên tham gia cuộc thi trực tuyến do {upper} phát động.",
    "Việc thực hiện Quy định số 37-QĐ/TW về những điều đảng viên không được làm được quán triệt đến từng đảng viên; không có đảng viên vi phạm phải xử lý kỷ luật.",
    "Công tác thu, nộp và quản lý đảng phí được thực hiện đúng quy định; {org} đã nộp đảng phí về {upper} ngày {pdate}.",
]

DANGBO_REPORT = [
    "Thực hiện {udoc}, {org} đã ban hành {ldoc} và chỉ đạo các chi bộ triển khai nghiêm túc, bảo đảm đúng tiến độ.",
    "{org} đã lãnh đạo, chỉ đạo các chi bộ trực thuộc nghiên cứu, học tập, quán triệt và triển khai thực hiện {cdoc}; {pct} cán bộ, đảng viên tham gia học tập đầy đủ.",
    "Công tác kiểm tra, giám sát được thực hiện theo đúng chương trình đề ra; đã kiểm tra {small} tổ chức đảng và {small} đảng viên, giám sát chuyên đề {small} chi bộ; qua kiểm tra, giám sát chưa phát hiện vi phạm.",
    "Các chi bộ duy trì nền nếp sinh hoạt định kỳ theo quy định của Điều lệ Đảng; nội dung sinh hoạt từng bước được đổi mới, gắn với nhiệm vụ chính trị của cơ quan, đơn vị.",
    "{org} đã hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 theo {udoc}.",
]

CHIBO_REPORT = [
    "Thực hiện {udoc}, {org} đã xây dựng {ldoc} và phân công đảng viên tổ chức thực hiện.",
    "{org} đã tổ chức cho đảng viên nghiên cứu, học tập, quán triệt {cdoc}; {pct} đảng viên tham gia học tập đầy đủ.",
    "{org} duy trì nền nếp sinh hoạt định kỳ hằng tháng theo quy định; nội dung sinh hoạt gắn với nhiệm vụ chuyên môn của đơn vị.",
    "Chi ủy đã phân công đảng viên theo dõi, giúp đỡ {few} quần chúng ưu tú trong diện cảm tình Đảng.",
    "{org} đã tự kiểm tra {few} đảng viên về việc chấp hành Điều lệ Đảng; qua kiểm tra chưa phát hiện vi phạm.",
    "Các đảng viên trong chi bộ hoàn thành tốt nhiệm vụ được giao, không có đảng viên vi phạm kỷ luật.",
]

STATE_REPORT = [
    "Trong {period}, {org} đã tham mưu cho Ủy ban nhân dân tỉnh ban hành {count} văn bản, trong đó có {small} quyết định quy phạm pháp luật.",
    "Kết quả thực hiện các chỉ tiêu chủ yếu: {indicator}; {indicator2}.",
    "{org} đã tiếp nhận {bignum} hồ sơ thủ tục hành chính, giải quyết đúng và trước hạn {pct}; tỷ lệ hồ sơ nộp trực tuyến đạt {pct_mid}.",
    "Giải ngân vốn đầu tư công đến ngày {pdate} đạt {money}, bằng {pct_mid} kế hoạch vốn giao.",
    "Thực hiện {udoc}, {org} đã ban hành {ldoc} và tổ chức triển khai đến các phòng, đơn vị.",
    "Công tác thanh tra, kiểm tra được tăng cường: đã tiến hành {small} cuộc thanh tra, kiểm tra chuyên ngành về {field}, kiến nghị thu hồi {money_small}.",
    "Công tác chuyển đổi số được đẩy mạnh; {pct} văn bản đi, đến được xử lý trên môi trường mạng, {pct_mid} hồ sơ công việc được lập và lưu trữ điện tử.",
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện đúng quy định; đã tiếp {small} lượt công dân, giải quyết dứt điểm {small} đơn thuộc thẩm quyền.",
    "{org} phối hợp với các huyện, thành phố tổ chức {small} hội nghị tập huấn, hướng dẫn nghiệp vụ về {field} cho {count} lượt cán bộ cơ sở.",
    "Công tác tổ chức cán bộ được thực hiện đúng quy trình; đã bổ nhiệm {small} lãnh đạo cấp phòng, cử {small} công chức tham gia các lớp bồi dưỡng.",
    "Các hoạt động chào mừng kỷ niệm {anniversary} được tổ chức trang trọng, thiết thực.",
]

PARTY_LIMITS = [
    "nội dung sinh hoạt chuyên đề ở một số chi bộ chưa phong phú",
    "việc nắm bắt tình hình tư tưởng của cán bộ, đảng viên có lúc chưa kịp thời",
    "việc cập nhật, quản lý hồ sơ đảng viên trên phần mềm còn chậm",
    "một số đảng viên chưa thực sự phát huy vai trò tiên phong, gương mẫu",
]

LIMITS = [
    "tiến độ triển khai một số nhiệm vụ còn chậm so với kế hoạch",
    "chất lượng tham mưu ở một số lĩnh vực chưa cao",
    "tỷ lệ hồ sơ giải quyết trực tuyến toàn trình còn thấp",
    "công tác phối hợp giữa các phòng chuyên môn có lúc chưa chặt chẽ",
    "kinh phí bố trí cho một số nhiệm vụ còn hạn chế",
    "một số chỉ tiêu về {field} đạt thấp so với cùng kỳ",
    "việc thực hiện chế độ thông tin, báo cáo ở một số đơn vị chưa đúng thời hạn",
]

CAUSES = [
    "khối lượng công việc chuyên môn lớn trong khi biên chế còn thiếu",
    "một số cấp ủy viên kiêm nhiệm nhiều nhiệm vụ",
    "văn bản hướng dẫn của cấp trên ban hành chậm",
    "điều kiện cơ sở vật chất, trang thiết bị chưa đáp ứng yêu cầu",
    "sự chủ động của một số cán bộ, đảng viên chưa cao",
    "thời tiết diễn biến phức tạp ảnh hưởng đến tiến độ thực hiện",
]

PARTY_PROPOSALS = [
    "sớm ban hành kế hoạch kiểm tra, giám sát chuyên đề {period_next}",
    "quan tâm hơn nữa đến công tác bồi dưỡng, phát triển đảng viên trẻ",
    "đổi mới hình thức sinh hoạt chuyên đề để thu hút đảng viên tham gia thảo luận",
]

PROPOSALS = [
    "bổ sung số liệu về {field} vào báo cáo",
    "làm rõ nguyên nhân của những hạn chế, khuyết điểm và trách nhiệm của tập thể, cá nhân",
    "tăng cường ứng dụng công nghệ thông tin trong quản lý, điều hành",
    "phân công rõ người, rõ việc, rõ thời hạn hoàn thành đối với từng nhiệm vụ",
    "có giải pháp cụ thể để nâng cao chất lượng {field}",
    "bố trí kinh phí cho các hoạt động về {field} trong dự toán năm {year_next}",
    "điều chỉnh thời hạn hoàn thành một số nhiệm vụ cho phù hợp với tình hình thực tế",
    "rút ngắn thời gian giải quyết thủ tục hành chính trong lĩnh vực {field}",
]

PARTY_TASKS = [
    "tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện {cdoc}",
    "nâng cao chất lượng sinh hoạt chi bộ, thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình",
    "thực hiện có hiệu quả chương trình kiểm tra, giám sát năm {year}",
    "lãnh đạo hoàn thành các chỉ tiêu về {field} được giao",
    "làm tốt công tác phát triển đảng viên, phấn đấu kết nạp {few} đảng viên mới",
    "tăng cường kỷ luật, kỷ cương hành chính, kỷ luật lao động",
    "chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên, kịp thời giải quyết những vấn đề phát sinh ngay từ cơ sở",
    "chuẩn bị tốt các điều kiện để kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {year}",
    "đẩy mạnh chuyển đổi số trong hoạt động của {org}",
    "tiếp tục triển khai thực hiện {ldoc}",
]

STATE_TASKS = [
    "hoàn thành các chỉ tiêu về {field} được Ủy ban nhân dân tỉnh giao",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày {fdate} đạt trên {pct_mid} kế hoạch",
    "nâng cao tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình",
    "thực hiện nghiêm {udoc}",
    "rà soát, tham mưu ban hành các văn bản quy phạm pháp luật thuộc lĩnh vực {field}",
    "tăng cường công tác thanh tra, kiểm tra việc thực hiện các quy định về {field}",
    "làm tốt công tác thi đua, khen thưởng, kịp thời biểu dương các tập thể, cá nhân có thành tích",
    "báo cáo kết quả thực hiện nhiệm vụ về Văn phòng Sở trước ngày {fdate}",
]

DIRECTIONS = [
    "Ghi nhận và đánh giá cao những kết quả {org} đạt được trong {period}.",
    "Đề nghị {org} tiếp tục {task}.",
    "Thời gian tới cần {task}.",
    "Đồng thời quan tâm {task}.",
    "Chỉ ra một số hạn chế cần khắc phục, nhất là {limit}.",
    "Lưu ý việc chuẩn bị nội dung, báo cáo phải bám sát yêu cầu nhiệm vụ và hướng dẫn của {upper}.",
]

DISCUSSION = [
    "Thống nhất với nội dung dự thảo báo cáo; đề nghị {proposal}.",
    "Cơ bản nhất trí với các nhiệm vụ, giải pháp nêu trong báo cáo; đề nghị {proposal}.",
    "Qua thực tiễn tại đơn vị, thấy rằng cần {proposal}.",
    "Đề nghị {proposal}.",
    "Bên cạnh đó, cần {proposal}.",
    "Báo cáo đã đánh giá đúng kết quả đạt được, tuy nhiên cần phân tích rõ hơn những hạn chế trong công tác {field}.",
    "Trong {period}, {unit} đã hoàn thành các nhiệm vụ được giao; đề nghị {proposal}.",
]

# ---------------------------------------------------------------------------------------
# Formatting helpers (Vietnamese conventions: 1.234, 96,5%, 03/7/2023, 05/02/2023)
# ---------------------------------------------------------------------------------------


def fmt_int(n):
    return f"{n:,}".replace(",", ".")


def fmt_dec(x, places=1):
    s = f"{x:.{places}f}".replace(".", ",")
    return s[:-2] if s.endswith(",0") else s


def fmt_date(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.month < 3 else f"{d.day:02d}/{d.month}/{d.year}"


def month_name(m, y=None):
    s = f"tháng {m}"
    return f"{s} năm {y}" if y is not None else s


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


def lower_first(s):
    # "Hội nghị …" -> "hội nghị …" (only the first word; proper names keep their capitals)
    return s[:1].lower() + s[1:] if s else s


def words(s):
    return len(s.split())


def head_title(unit):
    """The title of a unit's head: "Trưởng phòng …", "Chánh Thanh tra Sở", "Chi cục trưởng …"."""
    if unit.startswith("Phòng "):
        return "Trưởng phòng " + unit[len("Phòng "):]
    if unit in ("Văn phòng Sở", "Thanh tra Sở"):
        return "Chánh " + unit
    if unit.startswith("Chi cục "):
        return "Chi cục trưởng " + unit
    return "Giám đốc " + unit


# ---------------------------------------------------------------------------------------
# YAML output (block style; every string double-quoted with JSON escapes, which YAML reads
# identically; dates and the publication timestamp plain, as in docs/records.md)
# ---------------------------------------------------------------------------------------


class Plain(str):
    """A scalar written without quotes (dates, timestamps)."""


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Plain):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(unicodedata.normalize("NFC", v), ensure_ascii=False)
    raise TypeError(type(v))


def yaml_lines(v, indent):
    pad = " " * indent
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{pad}{k}:")
                out.extend(yaml_lines(x, indent + 2))
            elif isinstance(x, (dict, list)):
                out.append(f"{pad}{k}: {'{}' if isinstance(x, dict) else '[]'}")
            else:
                out.append(f"{pad}{k}: {yaml_scalar(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict):
                sub = yaml_lines(x, indent + 2)
                out.append(f"{pad}- {sub[0].lstrip()}")
                out.extend(sub[1:])
            elif isinstance(x, list):
                raise TypeError("nested lists are not used")
            else:
                out.append(f"{pad}- {yaml_scalar(x)}")
    else:
        raise TypeError(type(v))
    return out


def to_yaml(record, header):
    return "".join(f"# {h}\n" for h in header) + "\n".join(yaml_lines(record, 0)) + "\n"


# ---------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------


class Slots(dict):
    """format_map() mapping that invents a value for each field it is asked for."""

    def __init__(self, gen, base):
        super().__init__(base)
        self.gen = gen

    def __missing__(self, key):
        return self.gen.slot(key, self)


class Generator:
    def __init__(self, seed, pages_hint, year, brief=False):
        self.rng = random.Random(seed)
        self.pages_hint = pages_hint
        # Terse records (--profile brief); every choice below that depends on it is skipped
        # when it is False, so the standard profile draws the same random numbers as before.
        self.brief = brief
        self.year = year
        self.province = self.rng.choice(PROVINCES)
        self.rosters = {}
        self.used = set()  # phrases used by the record being built (membership only)

    # -- people -------------------------------------------------------------------------

    def person(self, taken):
        r = self.rng
        for _ in range(1000):
            if r.random() < 0.55:
                name = f"{r.choice(FAMILY)} {r.choice(MIDDLE_M)} {r.choice(GIVEN_M)}"
            else:
                mid = r.choice(MIDDLE_F)
                if mid == "Thị" and r.random() < 0.3:
                    mid = f"Thị {r.choice(SECOND_F)}"
                name = f"{r.choice(FAMILY)} {mid} {r.choice(GIVEN_F)}"
            if name not in taken:
                taken.add(name)
                return name
        raise RuntimeError("name pool exhausted")

    def roster(self, dept_index):
        """Leaders of a department, the same in every record of that department."""
        if dept_index not in self.rosters:
            dept = DEPARTMENTS[dept_index]
            taken = set()
            units = dept[3] + GENERIC_UNITS
            self.rosters[dept_index] = {
                "director": self.person(taken),
                "deputies": [self.person(taken), self.person(taken)],
                "heads": {u: self.person(taken) for u in units},
                "clerks": {u: self.person(taken) for u in units},
                "units": units,
            }
        return self.rosters[dept_index]

    # -- slots --------------------------------------------------------------------------

    def past_date(self, before, days=(5, 200)):
        d = before - dt.timedelta(days=self.rng.randint(*days))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def slot(self, key, s):
        r = self.rng
        date = s["_date"]
        dept = s["_dept"]
        if key == "pct":
            return fmt_dec(r.uniform(85, 100)) + "%"
        if key == "pct_mid":
            return fmt_dec(r.uniform(40, 90)) + "%"
        if key == "pct_small":
            return fmt_dec(r.uniform(1.5, 18)) + "%"
        if key == "few":
            return str(r.randint(1, 4))
        if key == "small":
            return fmt_int(r.randint(2, 12))
        if key == "count":
            return fmt_int(r.randint(15, 480))
        if key == "bignum":
            return fmt_int(r.randint(1_050, 48_000))
        if key == "money":
            return fmt_dec(r.uniform(1.2, 95), 1) + " tỷ đồng"
        if key == "money_small":
            return fmt_int(r.randint(45, 2_900)) + " triệu đồng"
        if key == "money_big":
            return fmt_int(r.randint(320, 9_800)) + " tỷ đồng"
        if key == "field":
            return r.choice(dept[4])
        if key in ("indicator", "indicator2"):
            used = s.get("_indicators_used", [])
            tpl = r.choice([t for t in dept[5] if t not in used] or dept[5])
            s["_indicators_used"] = used + [tpl]
            return tpl.format_map(Slots(self, {k: v for k, v in s.items() if k.startswith("_")}))
        if key == "topic":
            return r.choice(TOPICS)
        if key == "cdoc":
            return r.choice(CENTRAL_DOCS)
        if key == "pdate":
            return fmt_date(self.past_date(date, (3, 40)))
        if key == "fdate":
            d = date + dt.timedelta(days=r.randint(10, 60))
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
            return fmt_date(d)
        if key == "ldoc":
            d = fmt_date(self.past_date(date))
            if s["_regime"] == "party":
                kind = r.choice(["Kế hoạch", "Nghị quyết", "Chương trình"])
                abbr = {"Kế hoạch": "KH", "Nghị quyết": "NQ", "Chương trình": "CTr"}[kind]
                return f"{kind} số {r.randint(5, 160)}-{abbr}/{s['_code']}, ngày {d}"
            kind = r.choice(["Kế hoạch", "Quyết định", "Công văn"])
            if kind == "Công văn":
                return f"Công văn số {r.randint(100, 2400)}/{s['_code']}-VP ngày {d}"
            abbr = {"Kế hoạch": "KH", "Quyết định": "QĐ"}[kind]
            return f"{kind} số {r.randint(5, 900)}/{abbr}-{s['_code']} ngày {d}"
        if key == "udoc":
            d = fmt_date(self.past_date(date, (15, 300)))
            if s["_level"] == "chibo":
                return f"Công văn số {r.randint(3, 300)}-CV/ĐU, ngày {d} của {s['upper']}"
            if s["_regime"] == "party":
                kind = r.choice(["Hướng dẫn", "Kế hoạch", "Công văn"])
                abbr = {"Hướng dẫn": "HD", "Kế hoạch": "KH", "Công văn": "CV"}[kind]
                return f"{kind} số {r.randint(3, 900)}-{abbr}/ĐUK, ngày {d} của Đảng ủy Khối các cơ quan tỉnh"
            kind = r.choice(["Quyết định", "Kế hoạch", "Chỉ thị"])
            abbr = {"Quyết định": "QĐ", "Kế hoạch": "KH", "Chỉ thị": "CT"}[kind]
            n = r.randint(10, 2600) if kind == "Quyết định" else r.randint(3, 260)
            return f"{kind} số {n}/{abbr}-UBND ngày {d} của Ủy ban nhân dân tỉnh"
        if key == "anniversary":
            name, day, month, founded = r.choice(ANNIVERSARIES)
            y = date.year if (date.month, date.day) >= (month, day) else date.year - 1
            a, b = dt.date(founded, month, day), dt.date(y, month, day)
            return f"{y - founded} năm {name} ({fmt_date(a)} - {fmt_date(b)})"
        if key == "unit":
            return r.choice(s["_units"])
        if key == "task":
            pool = PARTY_TASKS if s["_regime"] == "party" else STATE_TASKS
            return self.pick(pool).format_map(Slots(self, {k: v for k, v in s.items() if not k.startswith("task")}))
        if key == "limit":
            return self.pick(LIMITS + (PARTY_LIMITS if s["_regime"] == "party" else [])).format_map(Slots(self, dict(s)))
        if key == "proposal":
            pool = PROPOSALS + (PARTY_PROPOSALS if s["_regime"] == "party" else [])
            return self.pick(pool).format_map(Slots(self, dict(s)))
        raise KeyError(key)

    def pick(self, pool):
        """A choice from pool, avoiding what the current record already used while it can."""
        fresh = [x for x in pool if x not in self.used]
        x = self.rng.choice(fresh or pool)
        self.used.add(x)
        return x

    def fill(self, template, base):
        return cap_first(template.format_map(Slots(self, base)))

    # -- meeting kinds ------------------------------------------------------------------

    def meeting_kind(self, regime, level, date):
        """Title, period under review, next period, report, agenda, motions."""
        y, m = date.year, date.month
        q = (m - 1) // 3 + 1
        prev_m, prev_y = (m - 1, y) if m > 1 else (12, y - 1)
        next_m, next_y = (m + 1, y) if m < 12 else (1, y + 1)
        kinds = []
        if regime == "party" and level == "dangbo":
            if m in (6, 7):
                kinds.append(dict(
                    title=f"Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm {y}",
                    period=f"6 tháng đầu năm {y}", next=f"6 tháng cuối năm {y}",
                    report=f"dự thảo Báo cáo sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm {y}",
                    motions=[f"Thông qua Báo cáo sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm {y}",
                             f"Thông qua Chương trình công tác trọng tâm 6 tháng cuối năm {y}"],
                    deliver=f"Báo cáo sơ kết công tác Đảng 6 tháng đầu năm {y}"))
            if m in (12, 1):
                ry = y if m == 12 else y - 1
                kinds.append(dict(
                    title=f"Hội nghị tổng kết công tác xây dựng Đảng năm {ry}, phương hướng, nhiệm vụ năm {ry + 1}",
                    period=f"năm {ry}", next=f"năm {ry + 1}",
                    report=f"dự thảo Báo cáo tổng kết công tác xây dựng Đảng năm {ry}, phương hướng, nhiệm vụ năm {ry + 1}",
                    motions=[f"Thông qua Báo cáo tổng kết công tác xây dựng Đảng năm {ry}",
                             f"Thông qua Chương trình công tác năm {ry + 1}"],
                    deliver=f"Báo cáo tổng kết công tác xây dựng Đảng năm {ry}"))
                kinds.append(dict(
                    title=f"Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {ry}",
                    period=f"năm {ry}", next=f"năm {ry + 1}",
                    report=f"Báo cáo kiểm điểm tập thể Ban Chấp hành Đảng bộ năm {ry}",
                    motions=[f"Đề nghị xếp loại Đảng bộ “Hoàn thành tốt nhiệm vụ” năm {ry}"],
                    deliver="hồ sơ kiểm điểm, đánh giá, xếp loại"))
            kinds.append(dict(
                title=f"Hội nghị Ban Chấp hành Đảng bộ mở rộng quý {ROMAN[q]} năm {y}",
                period=f"quý {ROMAN[q]} năm {y}",
                next=f"quý {ROMAN[q % 4 + 1]} năm {y if q < 4 else y + 1}",
                report=f"Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ quý {ROMAN[q]} năm {y}",
                motions=[f"Thông qua Chương trình kiểm tra, giám sát quý {ROMAN[q % 4 + 1]}"],
                deliver=f"Chương trình kiểm tra, giám sát quý {ROMAN[q % 4 + 1]}",
                small=True))
            doc = self.rng.choice(CENTRAL_DOCS)
            kinds.append(dict(
                title=f"Hội nghị học tập, quán triệt và triển khai thực hiện {doc}",
                period=f"{month_name(prev_m)} vừa qua", next=f"các tháng cuối năm {y}" if m > 6 else f"năm {y}",
                report=f"nội dung cơ bản của {doc} và dự thảo Kế hoạch thực hiện",
                motions=[f"Thông qua Kế hoạch thực hiện {doc}"],
                deliver=f"Kế hoạch thực hiện {doc.split(' của ')[0]}"))
        elif regime == "party":
            kinds.append(dict(
                title=f"Sinh hoạt chi bộ thường kỳ {month_name(m, y)}",
                period=month_name(m), next=month_name(next_m, next_y) if next_y != y else month_name(next_m),
                report=f"Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ {month_name(m)} và phương hướng nhiệm vụ {month_name(next_m)}",
                motions=[f"Thông qua Nghị quyết sinh hoạt chi bộ {month_name(m, y)}"],
                deliver=f"Nghị quyết sinh hoạt chi bộ {month_name(m, y)}"))
            topic = self.rng.choice(TOPICS)
            kinds.append(dict(
                title=f"Sinh hoạt chuyên đề quý {ROMAN[q]} năm {y}: “{topic}”",
                period=f"quý {ROMAN[q]} năm {y}",
                next=f"quý {ROMAN[q % 4 + 1]} năm {y if q < 4 else y + 1}",
                report=f"nội dung chuyên đề “{topic}”",
                motions=[],
                deliver="biên bản sinh hoạt chuyên đề"))
        else:
            kinds.append(dict(
                title=f"Hội nghị giao ban {month_name(m, y)}",
                period=month_name(prev_m, prev_y) if prev_y != y else month_name(prev_m),
                next=month_name(m),
                report=f"Báo cáo kết quả thực hiện nhiệm vụ {month_name(prev_m)}, nhiệm vụ trọng tâm {month_name(m)}",
                motions=[f"Thống nhất Kế hoạch thực hiện nhiệm vụ trọng tâm {month_name(m, y)}"],
                deliver=f"Kế hoạch thực hiện nhiệm vụ trọng tâm {month_name(m, y)}"))
            if m in (6, 7):
                kinds.append(dict(
                    title=f"Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm {y}",
                    period=f"6 tháng đầu năm {y}", next=f"6 tháng cuối năm {y}",
                    report=f"Báo cáo sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm {y}",
                    motions=[f"Thông qua Báo cáo sơ kết công tác 6 tháng đầu năm {y}"],
                    deliver=f"Báo cáo sơ kết công tác 6 tháng đầu năm {y}"))
            if m in (12, 1):
                ry = y if m == 12 else y - 1
                kinds.append(dict(
                    title=f"Hội nghị tổng kết công tác năm {ry}, triển khai nhiệm vụ năm {ry + 1}",
                    period=f"năm {ry}", next=f"năm {ry + 1}",
                    report=f"Báo cáo tổng kết công tác năm {ry}, phương hướng, nhiệm vụ năm {ry + 1}",
                    motions=[f"Thông qua Báo cáo tổng kết công tác năm {ry}",
                             f"Thông qua Chương trình công tác năm {ry + 1}"],
                    deliver=f"Báo cáo tổng kết công tác năm {ry}"))
            if m in (1, 2, 3):
                kinds.append(dict(
                    title=f"Hội nghị cán bộ, công chức, viên chức năm {y}",
                    period=f"năm {y - 1}", next=f"năm {y}",
                    report=f"Báo cáo kết quả thực hiện nhiệm vụ năm {y - 1} và dự thảo Quy chế chi tiêu nội bộ năm {y}",
                    motions=[f"Thông qua Quy chế chi tiêu nội bộ năm {y}",
                             f"Thông qua Nghị quyết Hội nghị cán bộ, công chức, viên chức năm {y}"],
                    deliver=f"Quy chế chi tiêu nội bộ năm {y}"))
            if 4 <= m <= 11:
                kinds.append(dict(
                    title=f"Cuộc họp rà soát tiến độ giải ngân vốn đầu tư công năm {y}",
                    period=f"các tháng đầu năm {y}", next=f"các tháng cuối năm {y}",
                    report=f"Báo cáo tiến độ giải ngân vốn đầu tư công năm {y}",
                    motions=[f"Thống nhất phương án điều chỉnh kế hoạch vốn đầu tư công năm {y}"],
                    deliver=f"phương án điều chỉnh kế hoạch vốn đầu tư công năm {y}",
                    small=True))
            kinds.append(dict(
                title=f"Cuộc họp triển khai Kế hoạch chuyển đổi số năm {y}",
                period=f"năm {y - 1}" if m <= 3 else f"các tháng đầu năm {y}", next=f"năm {y}" if m <= 6 else f"các tháng cuối năm {y}",
                report=f"dự thảo Kế hoạch chuyển đổi số năm {y}",
                motions=[f"Thông qua Kế hoạch chuyển đổi số năm {y}"],
                deliver=f"Kế hoạch chuyển đổi số năm {y}",
                small=True))
        return self.rng.choice(kinds)

    # -- one record ---------------------------------------------------------------------

    def target_words(self):
        h = self.pages_hint
        pages = self.rng.triangular(max(1.0, h - 1.0), min(3.0, h + 1.0), h)
        return int(420 * pages - 150)

    def record(self, spec, number):
        r = self.rng
        self.used = set()
        date, dept_i, regime, level = spec["date"], spec["dept"], spec["regime"], spec["level"]
        dept = DEPARTMENTS[dept_i]
        ros = self.roster(dept_i)
        taken = {ros["director"], *ros["deputies"], *ros["heads"].values(), *ros["clerks"].values()}
        y = date.year
        kind = self.meeting_kind(regime, level, date)
        heads = [(ros["heads"][u], head_title(u), u) for u in ros["units"] if u != "Văn phòng Sở"]

        # organisation, chair, secretary, reporter, people who may speak in the discussion
        if regime == "party" and level == "dangbo":
            organization = {"name": f"Đảng ủy {dept[0]}", "parent": "Đảng bộ Khối các cơ quan tỉnh",
                            "code": "ĐU", "place": self.province}
            org_text, org_news, code = "Đảng ủy Sở", f"Đảng bộ {dept[0]}", "ĐU"
            upper = "Đảng ủy Khối các cơ quan tỉnh"
            if r.random() < 0.6:
                chair = {"name": ros["director"], "role": "Bí thư Đảng ủy, Giám đốc Sở"}
                chair_sign = {"authority": "T/M ĐẢNG ỦY", "title": "BÍ THƯ", "name": ros["director"]}
                reporter = (ros["deputies"][0], "Phó Bí thư Đảng ủy, Phó Giám đốc Sở")
            else:
                chair = {"name": ros["deputies"][0], "role": "Phó Bí thư Đảng ủy, Phó Giám đốc Sở"}
                chair_sign = {"authority": "T/M ĐẢNG ỦY", "title": "PHÓ BÍ THƯ", "name": ros["deputies"][0]}
                reporter = (ros["deputies"][1], "Đảng ủy viên, Phó Giám đốc Sở")
            secretary = {"name": ros["heads"]["Văn phòng Sở"], "role": "Đảng ủy viên, Chánh Văn phòng Sở"}
            members = r.randint(7, 15) if kind.get("small") else r.randint(25, 110)
            guest_roles = ["Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh",
                           "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh",
                           "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh",
                           "Chuyên viên Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh"]
            n_guests = 0 if kind.get("small") else r.choice([0, 1, 1, 1, 2])
            recipients = ["Đảng ủy Khối các cơ quan tỉnh (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc"]
            candidates = [(n, f"Bí thư Chi bộ {u}, {t}", u) for n, t, u in heads]
            venue = f"Hội trường {dept[0]}"
            closer = "Văn phòng Đảng ủy"
        elif regime == "party":
            unit = spec["unit"]
            org_name = f"Chi bộ {unit}"
            organization = {"name": org_name, "parent": f"Đảng bộ {dept[0]}", "code": "CB", "place": self.province}
            org_text, org_news, code = "Chi bộ", org_name, "CB"
            upper = f"Đảng ủy {dept[2]}"
            head = ros["heads"][unit]
            chair = {"name": head, "role": f"Bí thư Chi bộ, {head_title(unit)}"}
            chair_sign = {"authority": "T/M CHI BỘ", "title": "BÍ THƯ", "name": head}
            secretary = {"name": ros["clerks"][unit], "role": "Phó Bí thư Chi bộ"}
            reporter = (head, "Bí thư Chi bộ")
            members = r.randint(5, 30)
            guest_roles = [f"Phó Bí thư Đảng ủy {dept[2]}", f"Đảng ủy viên, phụ trách Chi bộ {unit}"]
            n_guests = r.choice([0, 0, 1])
            recipients = [f"Đảng ủy {dept[2]} (b/c)", "Đảng viên trong chi bộ"]
            candidates = [(self.person(taken), role, unit) for role in ["Chi ủy viên", "Đảng viên", "Đảng viên"]]
            venue = f"Phòng họp {unit}"
            closer = "đồng chí Phó Bí thư Chi bộ"
        else:
            organization = {"name": dept[0], "parent": f"Ủy ban nhân dân tỉnh {self.province}", "code": dept[1],
                            "place": self.province}
            org_text, org_news, code = "Sở", dept[0], dept[1]
            upper = "Ủy ban nhân dân tỉnh"
            if r.random() < 0.6:
                chair = {"name": ros["director"], "role": "Giám đốc Sở"}
                chair_sign = {"title": "GIÁM ĐỐC", "name": ros["director"]}
            else:
                chair = {"name": ros["deputies"][0], "role": "Phó Giám đốc Sở"}
                chair_sign = {"title": "PHÓ GIÁM ĐỐC", "name": ros["deputies"][0]}
            secretary = {"name": ros["clerks"]["Văn phòng Sở"], "role": "Chuyên viên Văn phòng Sở"}
            reporter = (ros["heads"]["Văn phòng Sở"], "Chánh Văn phòng Sở")
            members = r.randint(8, 18) if kind.get("small") else r.randint(15, 60)
            guest_roles = ["Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chuyên viên Văn phòng Ủy ban nhân dân tỉnh",
                           "Phó Giám đốc Sở Tài chính", "Phó Giám đốc Sở Nội vụ"]
            n_guests = r.choice([0, 0, 1])
            recipients = ["Ủy ban nhân dân tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở"]
            candidates = heads
            venue = r.choice([f"Phòng họp tầng {r.randint(2, 4)}, {dept[0]}", f"Hội trường {dept[0]}"])
            closer = "Văn phòng Sở"

        meeting = {"Hội": "hội nghị", "Sin": "buổi sinh hoạt", "Cuộ": "cuộc họp"}[kind["title"][:3]]
        guests = [{"name": self.person(taken), "role": role} for role in r.sample(guest_roles, n_guests)]

        # attendance: the absent are people nobody else in the record is
        absent_n = min(r.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 5]), max(0, members - 6))
        present = members - absent_n
        absent = []
        for _ in range(absent_n):
            a = {"name": self.person(taken)}
            if r.random() < 0.8:
                a["reason"] = r.choice(ABSENCE_REASONS)
            else:
                a["reason"] = "không có lý do"   # an unexcused absence is confirmed, never left blank
            absent.append(a)

        start = r.choice(["07:30", "08:00", "08:00", "08:30", "09:00", "14:00", "14:00", "14:30", "15:00"])
        sh, sm = map(int, start.split(":"))
        dur = r.choice([60, 90, 105, 120, 150, 165, 180]) if sh < 12 else r.choice([60, 90, 120, 135, 150])
        end_min = min(sh * 60 + sm + dur, (11 * 60 + 45) if sh < 12 else (17 * 60 + 30))
        end = f"{end_min // 60:02d}:{end_min % 60:02d}"

        base = {"_date": date, "_dept": dept, "_regime": regime, "_level": level, "_code": code,
                "_units": ros["units"], "org": org_text, "upper": upper, "period": kind["period"],
                "period_next": kind["next"], "year": str(y), "year_next": str(y + 1)}
        # A brief record has no word budget: its parts are short by construction, and nothing
        # pads it.
        budget = 0 if self.brief else self.target_words()
        proceedings, speeches, conclusion = [], [], []

        def total():
            return (sum(words(p) for p in proceedings) + sum(words(s["text"]) for s in speeches)
                    + sum(words(c) for c in conclusion))

        # proceedings: opening, the report, limitations, discussion
        opening = (f"Đồng chí {chair['name']}, {chair['role']}, khai mạc {meeting}, nêu mục đích, yêu cầu và "
                   f"thông qua chương trình làm việc.")
        if guests:
            opening += f" Dự {meeting} có " + "; ".join(f"đồng chí {g['name']}, {g['role']}" for g in guests) + "."
        proceedings.append(opening)
        report_pool = STATE_REPORT if regime == "state" else \
            PARTY_REPORT + (DANGBO_REPORT if level == "dangbo" else CHIBO_REPORT)
        order = r.sample(report_pool, len(report_pool))
        i = 0
        presenter = f"Đồng chí {reporter[1]}" if reporter[0] == chair["name"] else \
            f"Đồng chí {reporter[0]}, {reporter[1]},"
        first = [f"{presenter} trình bày {kind['report']}.",
                 f"Trong {kind['period']}, {org_text} đã triển khai thực hiện nhiệm vụ theo đúng chỉ đạo, "
                 f"hướng dẫn của {upper}."]
        short = budget < 450
        if self.brief:
            first.pop()     # no general sentence on the period: straight to a result
        for _ in range(1 if short else (2 if budget < 600 else 4)):
            first.append(self.fill(order[i % len(order)], base))
            i += 1
        proceedings.append(" ".join(first))
        lim = [self.fill("{limit}", base)
               for _ in range(1 if self.brief else r.randint(1, 2) if short else r.randint(2, 3))]
        proceedings.append("Bên cạnh những kết quả đạt được, báo cáo đã chỉ ra một số hạn chế: "
                           + "; ".join(lower_first(x) for x in lim)
                           + ". Nguyên nhân chủ yếu là do " + r.choice(CAUSES) + ".")
        if self.brief:
            # One or two speakers in the discussion; one when a guest also speaks.
            n_speakers = 1 if guests else r.randint(1, 2)
        else:
            n_speakers = 1 if short else r.randint(2, 3)
        speakers = r.sample(candidates, min(n_speakers, len(candidates)))
        proceedings.append(f"{cap_first(meeting)} đã tiến hành thảo luận, có {len(speakers) + r.randint(0, 4):02d} "
                           f"ý kiến phát biểu, trong đó có ý kiến của {'các đồng chí' if len(speakers) > 1 else 'đồng chí'}: "
                           + "; ".join(f"{n}, {role}" for n, role, _ in speakers)
                           + f". Các ý kiến cơ bản thống nhất với {lower_first(kind['report'])}.")

        # speeches: the guest's directions first, then members in the discussion
        for g in guests[:1]:
            sents = [self.fill(DIRECTIONS[0], base)]
            n_more = r.randint(0, 1) if self.brief else 1 if short else r.randint(2, 4)
            sents += [self.fill(self.pick(DIRECTIONS[1:]), base) for _ in range(n_more)]
            speeches.append({"speaker": g["name"], "text": " ".join(sents)})
        for name, role, unit_of in speakers:
            sents, said = [], []
            for j in range(1 if short else r.randint(1, 3)):
                pool = [t for t in DISCUSSION if t not in said and (j or not t.startswith("Bên cạnh đó"))]
                said.append(self.pick(pool))
                sents.append(self.fill(said[-1], dict(base, unit=unit_of)))
            speeches.append({"speaker": name, "text": " ".join(sents)})

        # conclusion: the chair's summing-up, the tasks as bullets, a closing instruction
        who = f"ý kiến chỉ đạo của đồng chí {guests[0]['name']} và " if guests else ""
        conclusion.append(f"Đồng chí {chair['name']} tiếp thu {who}các ý kiến thảo luận, kết luận: "
                          f"{kind['next']}, {org_text} tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:")
        close = (f"Giao {closer} hoàn thiện {kind['deliver']} theo ý kiến thảo luận tại {meeting}, gửi {upper} "
                 f"trước ngày {self.slot('fdate', Slots(self, base))}.")
        task_order = r.sample(PARTY_TASKS if regime == "party" else STATE_TASKS,
                              len(PARTY_TASKS if regime == "party" else STATE_TASKS))
        tasks = []
        min_tasks = r.randint(1, 3) if self.brief else 2 if short else 3
        while len(tasks) < min_tasks or (total() + words(close) < budget - 40 and len(tasks) < len(task_order)):
            tasks.append(self.fill(task_order[len(tasks)], base))
            conclusion.append("- " + tasks[-1] + ";")
        conclusion[-1] = conclusion[-1][:-1] + "."
        conclusion.append(close)
        # still short of the budget: more report paragraphs, before the limitations
        while total() < budget - 40:
            proceedings.insert(len(proceedings) - 2,
                               " ".join(self.fill(order[(i + j) % len(order)], base) for j in range(3)))
            i += 3

        # votes: fewer voters than present where probationary members do not vote
        votes = []
        for motion in kind["motions"][: r.choice([1, 1, 2])]:
            voters = present - (r.choice([0, 0, 0, 1, 2]) if regime == "party" else 0)
            voters = max(1, min(voters, present))
            against = min(r.choice([0] * 8 + [1]), voters)
            other = min(r.choice([0] * 5 + [1]), voters - against)
            votes.append({"motion": motion, "for": voters - against - other, "against": against, "other": other})

        agenda = [cap_first(kind["report"]), "Thảo luận, góp ý kiến"]
        if guests:
            agenda.append(f"Phát biểu chỉ đạo của đồng chí {guests[0]['name']}, {guests[0]['role']}")
        agenda.append("Kết luận của đồng chí chủ trì")
        if votes:
            agenda.append("Biểu quyết: " + "; ".join(lower_first(v["motion"]) for v in votes))

        rec = {"kind": "meeting", "regime": regime, "organization": organization, "number": number,
               "title": kind["title"], "date": date, "start": start, "end": end, "venue": venue,
               "chair": chair, "secretary": secretary}
        if guests:
            rec["guests"] = guests
        rec["attendance"] = {"members": members, "present": present}
        if absent:
            rec["attendance"]["absent"] = absent
        rec["agenda"] = agenda
        rec["proceedings"] = proceedings
        rec["speeches"] = speeches
        rec["conclusion"] = conclusion
        if votes:
            rec["votes"] = votes
        if r.random() < 0.3:
            pub = date + dt.timedelta(days=r.randint(1, 8))
            lead = (f"{'Sáng' if sh < 12 else 'Chiều'} ngày {fmt_date(date)}, {org_news} đã tổ chức "
                    f"{lower_first(kind['title'])}.")
            if guests:
                lead += f" Dự và chỉ đạo {meeting} có đồng chí {guests[0]['name']}, {guests[0]['role']}."
            summing_up = (f"Phát biểu kết luận {meeting}, đồng chí {chair['name']}, {chair['role']} nhấn mạnh "
                          f"{kind['next']} cần " + "; ".join(lower_first(t) for t in tasks[:3]) + ".")
            rec["article"] = {
                "section": "Hoạt động của các tổ chức Đảng cơ sở" if regime == "party" else "Tin hoạt động",
                "headline": f"{org_news} tổ chức {lower_first(kind['title'])}",
                "published": Plain(f"{pub.isoformat()}T{r.randint(7, 17):02d}:{r.randint(0, 59):02d}"),
                "author": secretary["name"],
                "unit": org_news,
                "lead": lead,
                "body": proceedings[1:3] + [summing_up],
            }
        rec["recipients"] = recipients
        rec["signers"] = {"chair": chair_sign, "secretary": {"title": "THƯ KÝ", "name": secretary["name"]}}
        return rec

    # -- the whole set ------------------------------------------------------------------

    def random_date(self):
        start = dt.date(self.year, 1, 1)
        while True:
            d = start + dt.timedelta(days=self.rng.randrange(365))
            if d.year == self.year and d.weekday() < 5 and (d.day, d.month) not in HOLIDAYS:
                return d

    def specs(self, count):
        depts = self.rng.sample(range(len(DEPARTMENTS)), min(len(DEPARTMENTS), max(3, count // 8 + 1)))
        out = []
        for n in range(count):
            dept_i = self.rng.choice(depts)
            regime = "party" if self.rng.random() < 0.55 else "state"
            level = ("dangbo" if self.rng.random() < 0.6 else "chibo") if regime == "party" else "so"
            units = DEPARTMENTS[dept_i][3] + GENERIC_UNITS
            spec = {"n": n, "date": self.random_date(), "dept": dept_i, "regime": regime, "level": level,
                    "unit": self.rng.choice(units)}
            out.append(spec)
        out.sort(key=lambda s: (s["date"], s["n"]))
        return out

    def generate(self, count):
        numbers = {}
        for idx, spec in enumerate(self.specs(count), 1):
            key = (spec["dept"], spec["regime"], spec["level"],
                   spec["unit"] if spec["level"] == "chibo" else "", spec["date"].year)
            numbers[key] = numbers.get(key, 0) + 1
            yield idx, spec, self.record(spec, numbers[key])


# ---------------------------------------------------------------------------------------
# Photos (--photos DIR)
# ---------------------------------------------------------------------------------------

PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png")


def sample_images(folder):
    """The image files of `folder` (by extension), sorted by name."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as e:
        raise SystemExit(f"gen-records.py: error: --photos {folder}: {e.strerror}")
    images = [n for n in names if n.lower().endswith(PHOTO_EXTENSIONS)
              and os.path.isfile(os.path.join(folder, n))]
    if not images:
        raise SystemExit(f"gen-records.py: error: --photos {folder}: no .jpg, .jpeg or .png file")
    return images


def photo_path(image, out):
    """`image` as a record in `out` names it: relative when both lie below one folder other
    than the root (records and photos move together), else absolute."""
    image, out = os.path.abspath(image), os.path.abspath(out)
    if os.path.commonpath([image, out]) == os.path.dirname(os.path.commonpath([image, out])):
        return image.replace(os.sep, "/")
    return os.path.relpath(image, out).replace(os.sep, "/")


def add_photos(rec, rng, images, folder, out):
    """Gives a record with an article 0-2 photos placed after the lead or a body paragraph.

    `rng` is the record's own generator, so the photos never change the rest of the output."""
    article = rec.get("article")
    if not article:
        return rec
    count = rng.choice([0, 1, 1, 2, 2])
    if count == 0:
        return rec
    meeting = {"Hội": "hội nghị", "Sin": "buổi sinh hoạt", "Cuộ": "cuộc họp"}[rec["title"][:3]]
    chair = rec["chair"]
    captions = [f"Toàn cảnh {meeting}",
                f"Đồng chí {chair['name']}, {chair['role']} phát biểu tại {meeting}",
                f"Các đại biểu biểu quyết thông qua nội dung {meeting}"]
    if rec.get("guests"):
        g = rec["guests"][0]
        captions.append(f"Đồng chí {g['name']}, {g['role']} phát biểu chỉ đạo {meeting}")
    places = sorted(rng.sample(range(len(article["body"]) + 1), count))   # 0 = after the lead
    photos = []
    for place, caption in zip(places, rng.sample(captions, count)):
        photo = {"file": photo_path(os.path.join(folder, rng.choice(images)), out),
                 "caption": caption,
                 "after": Plain("lead") if place == 0 else place}
        if rng.random() < 0.2:
            photo["width"] = Plain(rng.choice(["60%", "75%"]))
        photos.append(photo)
    # Before `article`, where the examples have them.
    with_photos = {}
    for key, value in rec.items():
        if key == "article":
            with_photos["photos"] = photos
        with_photos[key] = value
    return with_photos


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of records")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output folder (created if missing)")
    ap.add_argument("--pages-hint", type=float, default=2.0,
                    help="average A4 pages per record to aim at, 1-3 (default 2)")
    ap.add_argument("--year", type=int, default=2023, help="year of the meetings (default 2023)")
    ap.add_argument("--profile", choices=["standard", "brief"], default="standard",
                    help="standard (default): about --pages-hint pages of minutes each; brief: terse "
                         "records of about one booklet page each (--pages-hint ignored)")
    ap.add_argument("--photos", metavar="DIR",
                    help="give records with an article 0-2 photos from the sample images in DIR "
                         "(default: no photos)")
    a = ap.parse_args(argv)
    if a.count < 0:
        ap.error("--count must be >= 0")
    if not 1.0 <= a.pages_hint <= 3.0:
        ap.error("--pages-hint must be between 1 and 3")
    images = sample_images(a.photos) if a.photos is not None else None
    os.makedirs(a.out, exist_ok=True)
    photo_folder = None
    if images is not None:
        # A record may use only files in its own folder tree (bantin refuses others), so the
        # sample images travel with the records, in OUT/photos.
        photo_folder = os.path.join(a.out, "photos")
        os.makedirs(photo_folder, exist_ok=True)
        for name in images:
            shutil.copyfile(os.path.join(a.photos, name), os.path.join(photo_folder, name))
    gen = Generator(a.seed, a.pages_hint, a.year, brief=a.profile == "brief")
    width = max(4, len(str(a.count)))
    for idx, spec, rec in gen.generate(a.count):
        name = f"{idx:0{width}d}-{spec['date'].isoformat()}.yaml"
        header = [f"Synthetic record {idx}/{a.count}: Scripts/gen-records.py --seed {a.seed} "
                  f"--count {a.count} --pages-hint {a.pages_hint:g} --year {a.year}"
                  + (" --profile brief" if a.profile == "brief" else "")
                  + (f" --photos {a.photos}" if images is not None else "")]
        if images is not None:
            rec = add_photos(rec, random.Random(f"photos {a.seed} {idx}"), images, photo_folder, a.out)
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(to_yaml(rec, header))
    return 0


if __name__ == "__main__":
    sys.exit(main())
