"""Clean-up rules of the normalize stage, one table row per rule."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khtool.normalize import clean, normalize_source


def logical(text: str) -> list[str]:
    return [ll.text for ll in clean(normalize_source(text)).lines]


WRAPPED = "x" * 70  # a full line of a text hard-wrapped at ~75 characters
JOINS = [
    # (name, text, expected logical lines)
    (
        "lowercase continuation",
        "- Triển khai các nội\ndung của kế hoạch.",
        ["- Triển khai các nội dung của kế hoạch."],
    ),
    (
        "line ends in a preposition",
        "Căn cứ Quyết định số 12/QĐ-UBND của\nThủ tướng Chính phủ;",
        ["Căn cứ Quyết định số 12/QĐ-UBND của Thủ tướng Chính phủ;"],
    ),
    (
        "line ends with a comma",
        "11. Đề nghị Ủy ban MTTQ tỉnh,\nĐoàn Thanh niên tỉnh",
        ["11. Đề nghị Ủy ban MTTQ tỉnh, Đoàn Thanh niên tỉnh"],
    ),
    (
        "numbered item is a new block",
        "1. Mục đích\n- Nâng cao nhận thức.",
        ["1. Mục đích", "- Nâng cao nhận thức."],
    ),
    (
        "a reference to an article wrapped after a preposition",
        "k) Báo cáo định kỳ theo quy định tại\nĐiều 17 Thông tư số 23/2024/TT-BCT.",
        ["k) Báo cáo định kỳ theo quy định tại Điều 17 Thông tư số 23/2024/TT-BCT."],
    ),
    (
        "a reference to an article wrapped after a provision's number",
        "a) Thời hạn trong các trường hợp quy định tại các khoản 1, 2, 3\nĐiều 4 Thông tư này là "
        "đủ 06 tháng;\nb) Theo điểm đ khoản 5\nĐiều 33 Nghị định số 06/2021/NĐ-CP, Sở đề nghị:",
        [
            "a) Thời hạn trong các trường hợp quy định tại các khoản 1, 2, 3 Điều 4 Thông tư này là "
            "đủ 06 tháng;",
            "b) Theo điểm đ khoản 5 Điều 33 Nghị định số 06/2021/NĐ-CP, Sở đề nghị:",
        ],
    ),
    (
        "an article after a finished sentence",
        "Quyết định này có hiệu lực từ ngày ký.\nĐiều 3. Chánh Văn phòng thi hành.",
        ["Quyết định này có hiệu lực từ ngày ký.", "Điều 3. Chánh Văn phòng thi hành."],
    ),
    (
        # an article's number alone with its stop is a reference's end
        "a reference's article number wrapped alone after a preposition or a clause",
        "Chỉnh sửa cụm từ “khoản 1 Điều 8” thành cụm từ “khoản 2 Điều 16” tại\nĐiều 10.\n"
        "1. Bãi bỏ điểm c khoản 2 và khoản 4\nĐiều 25.\nĐiều 2. Hiệu lực thi hành",
        [
            "Chỉnh sửa cụm từ “khoản 1 Điều 8” thành cụm từ “khoản 2 Điều 16” tại Điều 10.",
            "1. Bãi bỏ điểm c khoản 2 và khoản 4 Điều 25.",
            "Điều 2. Hiệu lực thi hành",
        ],
    ),
    (
        "an article's heading keeps its period even after a preposition",
        "trình Hội đồng nhân dân tại\nĐiều 4. Tổ chức thực hiện",
        ["trình Hội đồng nhân dân tại", "Điều 4. Tổ chức thực hiện"],
    ),
    (
        # in a text hard-wrapped at 70 characters, a full line runs on, but not
        # into a letter's subject or its "Kính gửi:"
        "a letter's subject and addressees are blocks of their own",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 9
        + "Hòa Bình, ngày 10 tháng 4 năm 2026, đúng độ dài bảy mươi ký tự đầy\n"
        + "V/v tăng cường quản lý an toàn thực phẩm trên địa bàn tỉnh Hòa Bình\n"
        + "Kính gửi:\n- Sở Y tế;",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 9
        + [
            "Hòa Bình, ngày 10 tháng 4 năm 2026, đúng độ dài bảy mươi ký tự đầy",
            "V/v tăng cường quản lý an toàn thực phẩm trên địa bàn tỉnh Hòa Bình",
            "Kính gửi:",
            "- Sở Y tế;",
        ],
    ),
    (
        "short heading then text",
        "6. Sở Tư pháp\nChủ trì phối hợp với các sở.",
        ["6. Sở Tư pháp", "Chủ trì phối hợp với các sở."],
    ),
    (
        "page break splits a sentence",
        "chăm sóc trẻ\n\nem có hoàn cảnh đặc biệt.",
        ["chăm sóc trẻ em có hoàn cảnh đặc biệt."],
    ),
    (
        "blank line between paragraphs",
        "Đoạn một kết thúc.\n\nĐoạn hai bắt đầu.",
        ["Đoạn một kết thúc.", "Đoạn hai bắt đầu."],
    ),
    (
        "year range cut before its dash",
        "giai đoạn 2023\n- 2030 và các chương trình khác.",
        ["giai đoạn 2023 - 2030 và các chương trình khác."],
    ),
    (
        "caps header lines stay apart",
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG",
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG"],
    ),
    (
        "a number on its own line continues",
        "(sau đây viết tắt là Kế hoạch số\n160-KH/TU),",
        ["(sau đây viết tắt là Kế hoạch số 160-KH/TU),"],
    ),
    (
        "lowercase after a semicolon stays in the item",
        "- Việc một;\nviệc hai.",
        ["- Việc một; việc hai."],
    ),
    (
        "a body's noun waits for its name",
        "V/v triển khai Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ\nXây dựng ban hành các giải pháp",
        ["V/v triển khai Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp"],
    ),
    (
        "a body's noun before a number is a whole name",
        "Đảng ủy Bộ\n0.75%",
        ["Đảng ủy Bộ", "0.75%"],
    ),
    (
        "a place name ending in a body's noun",
        "Thành phố Hải Phòng\nHPG",
        ["Thành phố Hải Phòng", "HPG"],
    ),
    # a text hard-wrapped at 70 characters: a full article heading is the
    # article's title, the capital below it opens its text; a title cut in a
    # name, or a text cut after a word that goes on, is joined
    (
        "a full article heading, then its text",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 8
        + "Điều 9. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n"
        + "trung ương\n"
        + "Điều 10. Trách nhiệm của Ủy ban nhân dân tỉnh, thành phố trực thuộc TW\n"
        + "Điều 11. Trách nhiệm của Sở Giáo dục và Đào tạo, Sở Y tế, Sở Nội vụ và Sở\n"
        + "Tài chính\n"
        + "Điều 12. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc\n"
        + "Chính phủ chịu trách nhiệm thi hành Thông tư này.\n"
        + "Điều 13. Trách nhiệm của Ủy ban nhân dân cấp xã, phường, đặc khu và thôn\n"
        + "Chỉ đạo các cơ quan chuyên môn triển khai thực hiện Thông tư này.\n",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 8
        + [
            "Điều 9. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            "Điều 10. Trách nhiệm của Ủy ban nhân dân tỉnh, thành phố trực thuộc TW",
            "Điều 11. Trách nhiệm của Sở Giáo dục và Đào tạo, Sở Y tế, Sở Nội vụ và Sở Tài chính",
            "Điều 12. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ "
            "chịu trách nhiệm thi hành Thông tư này.",
            "Điều 13. Trách nhiệm của Ủy ban nhân dân cấp xã, phường, đặc khu và thôn",
            "Chỉ đạo các cơ quan chuyên môn triển khai thực hiện Thông tư này.",
        ],
    ),
    # a text hard-wrapped at 70 characters: a heading that fills the width,
    # then its text opening with a word that only opens a sentence, is two
    # blocks; after a type word that word is a name's ("Luật" / "Việc làm")
    (
        "a full heading, then a text opening with a sentence's word",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 8
        + "3. Phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2026 và thời gian tới\n"
        + "Thời gian tới, dự báo tình hình thế giới tiếp tục diễn biến phức tạp.\n"
        + "IV. Thủ tục sửa đổi, bổ sung giấy phép cung cấp dịch vụ mạng xã hội đó\n"
        + "Việc cấp giấy phép sửa đổi được quy định tại Điều 32 Nghị định này.\n"
        + "a) Chế độ báo cáo thống kê của các cơ quan chuyên môn cấp tỉnh, cấp xã\n"
        + "Định kỳ 6 tháng, các cơ quan gửi báo cáo về Sở Tài chính để tổng hợp.\n"
        + "2. Hướng dẫn thi hành một số điều của Bộ luật Lao động và của Luật\n"
        + "Việc làm về chính sách hỗ trợ tạo việc làm cho người lao động.\n"
        + "1. Phòng Tư pháp (cơ quan thường trực Hội đồng phối hợp phổ biến pháp luật)\n"
        + "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền pháp luật.\n"
        + "4. Thành lập, kiện toàn tổ chức và hoạt động của Ban Chỉ đạo các cấp và Ban\n"
        + "Chỉ đạo phòng, chống dịch bệnh của xã, phường trên địa bàn tỉnh năm 2026.\n",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 8
        + [
            "3. Phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2026 và thời gian tới",
            "Thời gian tới, dự báo tình hình thế giới tiếp tục diễn biến phức tạp.",
            "IV. Thủ tục sửa đổi, bổ sung giấy phép cung cấp dịch vụ mạng xã hội đó",
            "Việc cấp giấy phép sửa đổi được quy định tại Điều 32 Nghị định này.",
            "a) Chế độ báo cáo thống kê của các cơ quan chuyên môn cấp tỉnh, cấp xã",
            "Định kỳ 6 tháng, các cơ quan gửi báo cáo về Sở Tài chính để tổng hợp.",
            "2. Hướng dẫn thi hành một số điều của Bộ luật Lao động và của Luật "
            "Việc làm về chính sách hỗ trợ tạo việc làm cho người lao động.",
            "1. Phòng Tư pháp (cơ quan thường trực Hội đồng phối hợp phổ biến pháp luật)",
            "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền pháp luật.",
            "4. Thành lập, kiện toàn tổ chức và hoạt động của Ban Chỉ đạo các cấp và Ban "
            "Chỉ đạo phòng, chống dịch bệnh của xã, phường trên địa bàn tỉnh năm 2026.",
        ],
    ),
    # a text hard-wrapped at 70 characters: a full line cut at the hyphen of a
    # name goes on after the dash; after other words, the dash opens a bullet
    (
        "a full line cut at a name's hyphen",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 8
        + "Giao Sở Nội vụ chủ trì, phối hợp với Sở Y tế, Sở Giáo dục và Sở Lao động\n"
        + "- Thương binh và Xã hội triển khai thực hiện kế hoạch này năm 2025.\n",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 8
        + [
            "Giao Sở Nội vụ chủ trì, phối hợp với Sở Y tế, Sở Giáo dục và Sở Lao động "
            "- Thương binh và Xã hội triển khai thực hiện kế hoạch này năm 2025."
        ],
    ),
    (
        "a full line cut at 'chính trị - xã hội'",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 8
        + "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị\n"
        + "- xã hội xã vận động Quỹ Vì người nghèo.\n",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 8
        + ["9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã vận động Quỹ Vì người nghèo."],
    ),
    (
        "a full heading without a stop, then a bullet",
        "Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF.\n" * 8
        + "1. Tăng cường công tác lãnh đạo, chỉ đạo thực hiện các chủ trương về\n"
        "bảo hiểm y tế, đổi mới công tác truyền thông, phổ biến pháp luật y tế\n"
        "- Ủy ban nhân dân cấp tỉnh đưa các chỉ tiêu vào nghị quyết hằng năm.\n",
        ["Bản này ngắt dòng ở độ dài bảy mươi ký tự, như văn bản chuyển từ PDF."] * 8
        + [
            "1. Tăng cường công tác lãnh đạo, chỉ đạo thực hiện các chủ trương về bảo hiểm y tế, "
            "đổi mới công tác truyền thông, phổ biến pháp luật y tế",
            "- Ủy ban nhân dân cấp tỉnh đưa các chỉ tiêu vào nghị quyết hằng năm.",
        ],
    ),
    (
        "a table row's number alone on its line, as gazette PDFs give cells",
        "1.3\nNghiên cứu xây dựng tiêu chuẩn cơ sở.\n1.4\nBan hành quy chuẩn kỹ thuật.\n",
        ["1.3 Nghiên cứu xây dựng tiêu chuẩn cơ sở.", "1.4 Ban hành quy chuẩn kỹ thuật."],
    ),
    (
        "an amount alone on its line is no marker",
        "Tổng kinh phí dự kiến\n2.000\nTriệu đồng",
        ["Tổng kinh phí dự kiến", "2.000", "Triệu đồng"],  # a marker would take the next line
    ),
    (
        "an item's marker alone on its line",
        "II. Hoàn thiện thể chế về bảo hiểm y tế\n7.\n\nXây dựng Nghị quyết về thí điểm.\n",
        ["II. Hoàn thiện thể chế về bảo hiểm y tế", "7. Xây dựng Nghị quyết về thí điểm."],
    ),
]


JOINS += [
    (
        "a committee's name wrapped after its first words",
        "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành\n"
        "Trung ương Đảng khóa XIII về tổ chức bộ máy;\n",
        [
            "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành "
            "Trung ương Đảng khóa XIII về tổ chức bộ máy;"
        ],
    ),
    (
        "a document's type word above its number",
        "Thực hiện theo Thông tư số 10/2021/TT-BXD của Bộ Xây dựng hướng dẫn Nghị định\n"
        "06/2021/NĐ-CP và Nghị định 44/2016/NĐ-CP.\n",
        [
            "Thực hiện theo Thông tư số 10/2021/TT-BXD của Bộ Xây dựng hướng dẫn Nghị định "
            "06/2021/NĐ-CP và Nghị định 44/2016/NĐ-CP."
        ],
    ),
    (
        "a Party plan's type word above its number",
        "Triển khai Kế hoạch\n160-KH/TU ngày 05/3/2025 của Tỉnh ủy.\n",
        ["Triển khai Kế hoạch 160-KH/TU ngày 05/3/2025 của Tỉnh ủy."],
    ),
    (
        "an enterprise's name wrapped before its own words",
        "Sở Công Thương yêu cầu Công ty Trách nhiệm hữu hạn\nMinh Phát nghiêm túc thực hiện./.\n",
        ["Sở Công Thương yêu cầu Công ty Trách nhiệm hữu hạn Minh Phát nghiêm túc thực hiện./."],
    ),
    (
        "an item about an enterprise, then a sentence",
        "2. Đối với Công ty cổ phần Khoáng sản Bắc Hà\nYêu cầu Công ty tổ chức huấn luyện.\n",
        ["2. Đối với Công ty cổ phần Khoáng sản Bắc Hà", "Yêu cầu Công ty tổ chức huấn luyện."],
    ),
    (
        "a letter's addressee, then its first paragraph",
        "Kính gửi: Công ty cổ phần Mông Sơn\nSở Công Thương nhận được hồ sơ của Công ty.\n",
        ["Kính gửi: Công ty cổ phần Mông Sơn", "Sở Công Thương nhận được hồ sơ của Công ty."],
    ),
    (
        "an address after its colon",
        "1. Yêu cầu các sở gửi bản điện tử qua địa chỉ thư điện tử:\nvhtt@nghean.gov.vn.\n",
        ["1. Yêu cầu các sở gửi bản điện tử qua địa chỉ thư điện tử: vhtt@nghean.gov.vn."],
    ),
    (
        "an item's heading ending in a word of its own, then its text",
        "2. Hoàn thiện hạ tầng số\nPhối hợp với các doanh nghiệp viễn thông phủ sóng thôn, bản.\n",
        ["2. Hoàn thiện hạ tầng số", "Phối hợp với các doanh nghiệp viễn thông phủ sóng thôn, bản."],
    ),
    (
        "an item's heading ending in a number's word, then the number",
        "2. Triển khai Nghị định số\n56/2017/NĐ-CP của Chính phủ.\n",
        ["2. Triển khai Nghị định số 56/2017/NĐ-CP của Chính phủ."],
    ),
    (
        "a wrapped name ending in such a word, its rest after",
        "Hỗ trợ các doanh nghiệp công nghệ số\nViệt Nam mở rộng thị trường.\n",
        ["Hỗ trợ các doanh nghiệp công nghệ số Việt Nam mở rộng thị trường."],
    ),
    (
        "an item's heading ending in a body's noun, then its task's verb",
        "9. Các đại học, học viện, trường đại học trực thuộc Bộ\n"
        "Xây dựng kế hoạch phát triển đội ngũ giảng viên; báo cáo kết quả về Bộ trước ngày 30/11 hằng năm.\n",
        [
            "9. Các đại học, học viện, trường đại học trực thuộc Bộ",
            "Xây dựng kế hoạch phát triển đội ngũ giảng viên; báo cáo kết quả về Bộ trước ngày 30/11 hằng năm.",
        ],
    ),
    (
        "a short text's heading as long as its width, then a much longer task",
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 900/KH-BYT\n"
        "Hà Nội, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\nĐào tạo nhân lực y tế\n\nIV. TỔ CHỨC THỰC HIỆN\n"
        "1. Cục Khoa học công nghệ và Đào tạo\nChủ trì hướng dẫn các cơ sở đào tạo thực hiện Kế hoạch.\n"
        "2. Các trường đại học, học viện trực thuộc Bộ\n"
        "Xây dựng kế hoạch đào tạo; báo cáo về Bộ trước ngày 30/11 hằng năm.\n",
        [
            "BỘ Y TẾ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 900/KH-BYT",
            "Hà Nội, ngày 10 tháng 10 năm 2025",
            "KẾ HOẠCH",
            "Đào tạo nhân lực y tế",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Cục Khoa học công nghệ và Đào tạo",
            "Chủ trì hướng dẫn các cơ sở đào tạo thực hiện Kế hoạch.",
            "2. Các trường đại học, học viện trực thuộc Bộ",
            "Xây dựng kế hoạch đào tạo; báo cáo về Bộ trước ngày 30/11 hằng năm.",
        ],
    ),
    (
        "a heading of bodies ending in its unit's word, then a capitalised verb",
        "Kế hoạch này gửi các cơ quan, đơn vị trong tỉnh để phối hợp tổ chức thực hiện.\n" * 8
        + "1. Sở Thông tin và Truyền thông, Báo Nam Định, Đài Phát thanh và Truyền hình tỉnh\n"
        "Tuyên truyền, quảng bá về sự kiện.\n"
        "2. Sở Văn hóa và Thể thao chủ trì tổ chức.\n",
        ["Kế hoạch này gửi các cơ quan, đơn vị trong tỉnh để phối hợp tổ chức thực hiện."] * 8
        + [
            "1. Sở Thông tin và Truyền thông, Báo Nam Định, Đài Phát thanh và Truyền hình tỉnh",
            "Tuyên truyền, quảng bá về sự kiện.",
            "2. Sở Văn hóa và Thể thao chủ trì tổ chức.",
        ],
    ),
    (
        "a long heading of bodies, then a capitalised task verb, in a text of paragraph lines",
        "Kế hoạch này gửi các cơ quan, đơn vị trong tỉnh để phối hợp tổ chức thực hiện.\n" * 8
        + "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện\n"
        "Vận động đoàn viên, hội viên và nhân dân tham gia các chiến dịch vệ sinh môi trường.\n",
        ["Kế hoạch này gửi các cơ quan, đơn vị trong tỉnh để phối hợp tổ chức thực hiện."] * 8
        + [
            "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện",
            "Vận động đoàn viên, hội viên và nhân dân tham gia các chiến dịch vệ sinh môi trường.",
        ],
    ),
    (
        "a heading as long as the width, not ending in a unit's word, then its task's sentence",
        "Công văn này gửi các cơ quan, đơn vị trong tỉnh để thực hiện.\n" * 8
        + "1. Trung tâm Công tác xã hội tỉnh (sau đây gọi tắt là Trung tâm CTXH)\n"
        "Tổ chức tập huấn trong tháng 5/2026 và tháng 9/2026.\n",
        ["Công văn này gửi các cơ quan, đơn vị trong tỉnh để thực hiện."] * 8
        + [
            "1. Trung tâm Công tác xã hội tỉnh (sau đây gọi tắt là Trung tâm CTXH)",
            "Tổ chức tập huấn trong tháng 5/2026 và tháng 9/2026.",
        ],
    ),
    (
        "a full heading of a hard-wrapped text, a name's rest after it (no sentence)",
        (WRAPPED + "\n") * 8 + WRAPPED + ".\n"
        + "2. Các sở, ngành là thành viên Ban Chỉ đạo an toàn thực phẩm tỉnh, Đoàn\n"
        + "Kiểm tra liên ngành tỉnh\n"
        + "a) Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm.\n",
        [" ".join([WRAPPED] * 8 + [WRAPPED + "."]),
         "2. Các sở, ngành là thành viên Ban Chỉ đạo an toàn thực phẩm tỉnh, Đoàn Kiểm tra liên ngành tỉnh",
         "a) Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm."],
    ),
    (
        "a heading filling a short width, then a line half again as long",
        "Công văn này gửi các cơ quan, đơn vị trong tỉnh.\n" * 8
        + "9. Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Trị\n"
        + "Tăng thời lượng đưa tin về diễn biến của bão, mưa lũ và chỉ đạo của các cấp.\n",
        ["Công văn này gửi các cơ quan, đơn vị trong tỉnh."] * 8
        + [
            "9. Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Trị",
            "Tăng thời lượng đưa tin về diễn biến của bão, mưa lũ và chỉ đạo của các cấp.",
        ],
    ),
    (
        "a wrapped bullet's short first line, its rest no longer than the width",
        WRAPPED + "\n" + (WRAPPED + ".\n") * 8
        + "- Hàng năm, tổ chức các hoạt động Tháng hành động\n"
        + "Vì trẻ em từ ngày 01 đến ngày 30 tháng 6, Ngày Quốc tế thiếu nhi, Tết Trung\n"
        + "thu và Ngày Gia đình Việt Nam.\n",
        [WRAPPED + " " + WRAPPED + "."] + [WRAPPED + "."] * 7
        + ["- Hàng năm, tổ chức các hoạt động Tháng hành động Vì trẻ em từ ngày 01 đến ngày 30 tháng 6, "
           "Ngày Quốc tế thiếu nhi, Tết Trung thu và Ngày Gia đình Việt Nam."],
    ),
    (
        "a sentence a page break cut, its header printed once",
        "ỦY BAN NHÂN DÂN\nHUYỆN SƠN ĐỘNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 57/KH-UBND\nSơn Động, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nBảo vệ rừng năm 2024\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n1. Hạt Kiểm lâm huyện\nChủ trì tham mưu UBND huyện tổ chức thực hiện Kế hoạch.\n"
        "2. UBND các xã, thị trấn\n"
        "a) Thực hiện trách nhiệm quản lý nhà nước về lâm nghiệp trên địa bàn; Chủ tịch\n\n2\n\n"
        "Kế hoạch bảo vệ rừng năm 2024 - UBND huyện Sơn Động\n\n"
        "UBND xã chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra phá rừng.\n"
        "b) Thành lập Tổ bảo vệ rừng thôn, bản.\n",
        [
            "ỦY BAN NHÂN DÂN",
            "HUYỆN SƠN ĐỘNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 57/KH-UBND",
            "Sơn Động, ngày 10 tháng 3 năm 2024",
            "KẾ HOẠCH",
            "Bảo vệ rừng năm 2024",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Hạt Kiểm lâm huyện",
            "Chủ trì tham mưu UBND huyện tổ chức thực hiện Kế hoạch.",
            "2. UBND các xã, thị trấn",
            "a) Thực hiện trách nhiệm quản lý nhà nước về lâm nghiệp trên địa bàn; Chủ tịch "
            "UBND xã chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra phá rừng.",
            "b) Thành lập Tổ bảo vệ rừng thôn, bản.",
        ],
    ),
    (
        "a heading ending a page, its text on the next",
        (WRAPPED + ".\n") * 9 + "2. UBND các xã, thị trấn\n\n- 2 -\n\nRà soát diện tích rừng trên địa bàn.\n",
        [WRAPPED + "."] * 9 + ["2. UBND các xã, thị trấn", "Rà soát diện tích rừng trên địa bàn."],
    ),
    (
        "an item numbered with a slash after a line ending in a type word",
        "Các văn bản gồm: Luật, Nghị định, Thông tư\n1/ Rà soát văn bản.\n",
        ["Các văn bản gồm: Luật, Nghị định, Thông tư", "1/ Rà soát văn bản."],
    ),
    (
        "a Party term's numeral wrapped into a bracket left open",
        "Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy (khóa\nXXI) về công tác dân vận, các cấp ủy đạt kết quả.\n",
        ["Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy (khóa XXI) về công tác dân vận, các cấp ủy đạt kết quả."],
    ),
    (
        "a century's numeral after its word",
        "Xây dựng nguồn nhân lực đáp ứng yêu cầu của thế kỷ\nXXI. Đây là nhiệm vụ trọng tâm.\n",
        ["Xây dựng nguồn nhân lực đáp ứng yêu cầu của thế kỷ XXI. Đây là nhiệm vụ trọng tâm."],
    ),
    (
        "a numeral out of the parts' sequence, lower-case words after it",
        "I. MỤC ĐÍCH\nQuán triệt Nghị quyết của Đại hội đại biểu toàn quốc\n"
        "XIII - về phát triển kinh tế.\nII. NHIỆM VỤ\n",
        [
            "I. MỤC ĐÍCH",
            "Quán triệt Nghị quyết của Đại hội đại biểu toàn quốc XIII - về phát triển kinh tế.",
            "II. NHIỆM VỤ",
        ],
    ),
    (
        "the next Roman part after an unfinished line stays a part",
        "I. MỤC ĐÍCH\n- Kinh phí từ nguồn ngân sách tỉnh\nII. tổ chức thực hiện\n"
        "- Các sở triển khai (theo chức năng\nIII. NHIỆM VỤ\n",
        ["I. MỤC ĐÍCH", "- Kinh phí từ nguồn ngân sách tỉnh", "II. tổ chức thực hiện",
         "- Các sở triển khai (theo chức năng", "III. NHIỆM VỤ"],
    ),
    (
        "a full heading of a hard-wrapped text, then bodies in their role",
        (WRAPPED + "\n") * 8 + WRAPPED + ".\n"
        + "2. Rà soát văn bản quy phạm pháp luật liên quan đến Luật Đường sắt\n"
        + "Vụ Pháp chế chủ trì, phối hợp với Cục Đường sắt Việt Nam rà soát các văn bản.\n",
        [" ".join([WRAPPED] * 8 + [WRAPPED + "."]),
         "2. Rà soát văn bản quy phạm pháp luật liên quan đến Luật Đường sắt",
         "Vụ Pháp chế chủ trì, phối hợp với Cục Đường sắt Việt Nam rà soát các văn bản."],
    ),
    (
        "a full heading ending in a field, then bodies by their functions",
        (WRAPPED + "\n") * 8 + WRAPPED + ".\n"
        + "1. Mở rộng hợp tác kinh tế quốc tế trong lĩnh vực tài chính, ngân hàng\n"
        + "Sở Công Thương, Sở Ngoại vụ theo chức năng, nhiệm vụ chủ động triển khai.\n",
        [" ".join([WRAPPED] * 8 + [WRAPPED + "."]),
         "1. Mở rộng hợp tác kinh tế quốc tế trong lĩnh vực tài chính, ngân hàng",
         "Sở Công Thương, Sở Ngoại vụ theo chức năng, nhiệm vụ chủ động triển khai."],
    ),
    (
        "a full line wrapped before the body it assigns to, or the title's body",
        (WRAPPED + "\n") * 8 + WRAPPED + ".\n"
        + "1. Để triển khai có hiệu quả Kế hoạch này, Ủy ban nhân dân tỉnh giao\n"
        + "Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện.\n"
        + "2. Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan và Giám đốc\n"
        + "Sở Tài chính chủ trì bố trí kinh phí thực hiện theo quy định hiện hành.\n",
        [" ".join([WRAPPED] * 8 + [WRAPPED + "."]),
         "1. Để triển khai có hiệu quả Kế hoạch này, Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, "
         "phối hợp với các sở, ngành liên quan tổ chức thực hiện.",
         "2. Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan và Giám đốc Sở Tài chính chủ trì "
         "bố trí kinh phí thực hiện theo quy định hiện hành."],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), JOINS, ids=[j[0] for j in JOINS])
def test_joining(name, text, expected):
    assert logical(text) == expected


def test_page_numbers_inside_running_text_are_dropped():
    # a PDF's page numbers between the lines of a sentence ("tuân thủ" / "3" /
    # "đúng …"), counting from the first page; a table's row numbers are kept
    page = "Công ty thực hiện đúng các quy định về an toàn khi sử dụng vật liệu nổ.\n"
    text = page * 30 + "2\n" + page * 25 + "việc bảo quản đảm bảo tuân thủ\n3\nđúng theo Hiệp định.\n"
    lines = logical(text)
    assert "2" not in lines and "3" not in lines
    assert lines[-1] == "việc bảo quản đảm bảo tuân thủ đúng theo Hiệp định."
    rows = "Danh mục văn bản\n" + "".join(f"{n}\n" + page * 25 for n in range(1, 4))
    assert [x.split()[0] for x in logical(rows) if x[0].isdigit()] == ["1", "2", "3"]  # rows


def test_a_cell_per_line_tables_numbers_after_an_empty_cell_are_no_page_numbers():
    # a PDF's table a cell per line: an empty cell leaves a blank line before
    # the next row's number or a year alone; a page's number between blank
    # lines, far from the last row's, is still dropped
    row = "Rà soát chính sách\nBộ Y tế\n \nBộ Tài chính\n"
    text = "STT\nNhiệm vụ\n1\n" + row + "Hằng năm\n \n2\n" + row + " \n2027\n"
    lines = logical(text)
    assert "2" in lines and "2027" in lines
    page = "Công ty thực hiện đúng các quy định về an toàn khi sử dụng vật liệu nổ.\n"
    assert "7" not in logical(text + page * 25 + "\n7\n\n" + page)


RESIDUE = [
    ("lone bar", "Số: 1/KH-UBND\n|\nHà Nội", ["Số: 1/KH-UBND", "Hà Nội"]),
    ("markdown bold", "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("rule lines", "BỘ Y TẾ\n-------\nSố: 2/QĐ-BYT", ["BỘ Y TẾ", "Số: 2/QĐ-BYT"]),
    (
        "gazette running header",
        "Điều 1. Phạm vi.\nCÔNG BÁO/Số 431 + 432/Ngày 25-3-2024\nĐiều 2. Đối tượng.",
        ["Điều 1. Phạm vi.", "Điều 2. Đối tượng."],
    ),
    ("table row becomes cells", "| UBND TỈNH A | CỘNG HÒA |\n", ["UBND TỈNH A", "CỘNG HÒA"]),
    (
        # a row whose cells hold several lines: its bars are on the first and
        # last lines, and between two cells
        "lines of a row with multi-line cells",
        "| Nơi nhận:\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\nNguyễn Văn A |",
        ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn A"],
    ),
    (
        # a PDF's footer: recipients and signature side by side, a run of
        # spaces between them (a lone line of either column stays whole)
        "footer columns apart by spaces",
        "Nơi nhận:            TM. ỦY BAN NHÂN DÂN\n- Như trên;            CHỦ TỊCH\n- Lưu: VT.\n"
        "                      Nguyễn Văn A",
        ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "- Như trên;", "CHỦ TỊCH", "- Lưu: VT.", "Nguyễn Văn A"],
    ),
    (
        # the header's columns are not the footer's
        "header columns kept whole",
        "UBND HUYỆN A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ["UBND HUYỆN A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ),
    # a line holding only a page number, in any of its forms, wherever it is
    ("page number between dashes", "3. Tổ chức lớp dạy bơi.\n     - 2 -\n4. Rà soát hồ sơ.", ["3. Tổ chức lớp dạy bơi.", "4. Rà soát hồ sơ."]),
    ("page of pages", "3. Tổ chức lớp dạy bơi.\n     3/7\n4. Rà soát hồ sơ.", ["3. Tổ chức lớp dạy bơi.", "4. Rà soát hồ sơ."]),
    ("page word", "3. Tổ chức lớp dạy bơi.\n     Trang 3\n4. Rà soát hồ sơ.", ["3. Tổ chức lớp dạy bơi.", "4. Rà soát hồ sơ."]),
    # (a day and month wrapped alone are not a page of pages)
    ("a wrapped date stays", "- Báo cáo trước ngày\n15/6\nhằng năm.", ["- Báo cáo trước ngày 15/6 hằng năm."]),
    (
        "e-signature stamp",
        "Nguyễn Văn A\nKý bởi: Sở Y tế\nThời gian ký: 01.02.2024 10:00:00 +07:00",
        ["Nguyễn Văn A"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), RESIDUE, ids=[r[0] for r in RESIDUE])
def test_residue(name, text, expected):
    assert logical(text) == expected


HEADER_BLOCK = "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   HUYỆN EA SÚP                  Độc lập - Tự do - Hạnh phúc\n"


def test_a_running_header_repeated_at_page_tops_is_dropped():
    # the issuer's column and the motto repeated under each page's number:
    # once the text's own header is past, they are no text
    text = (
        HEADER_BLOCK + "Số: 45/KH-UBND               Ea Súp, ngày 10 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "Chăm sóc người cao tuổi năm 2024\nI. NHIỆM VỤ\n5. Phòng Tài chính - Kế hoạch\n"
        "Tham mưu UBND huyện bố trí kinh phí.\n                              Trang 2/3\n"
        + HEADER_BLOCK
        + "6. Phòng Y tế\nHướng dẫn trạm y tế xã khám sức khỏe.\n"
    )
    lines = logical(text)
    assert lines.count("ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 1
    assert lines[-4:] == [
        "5. Phòng Tài chính - Kế hoạch",
        "Tham mưu UBND huyện bố trí kinh phí.",
        "6. Phòng Y tế",
        "Hướng dẫn trạm y tế xã khám sức khỏe.",
    ]


def test_a_running_title_opening_two_pages_is_dropped():
    text = (
        "KẾ HOẠCH\nTuyển sinh năm học 2024 - 2025\nI. NHIỆM VỤ\n1. Phòng Giáo dục và Đào tạo\n"
        "- Hướng dẫn các trường tuyển sinh.\n  - 2 -\n  Kế hoạch tuyển sinh năm học 2024 - 2025\n"
        "2. UBND các xã\n- Rà soát số trẻ trong độ tuổi.\n  - 3 -\n  Kế hoạch tuyển sinh năm học 2024 - 2025\n"
        "3. Các trường\n- Công khai chỉ tiêu tuyển sinh.\n"
    )
    lines = logical(text)
    assert not [x for x in lines if "Kế hoạch tuyển sinh" in x or "- 2 -" in x]
    assert lines[-2:] == ["3. Các trường", "- Công khai chỉ tiêu tuyển sinh."]


def test_an_attached_texts_own_header_at_a_page_top_stays():
    # the same block opening the attached plan's page is that plan's header
    text = (
        HEADER_BLOCK + "Số: 46/QĐ-UBND               Ea Súp, ngày 10 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch chăm sóc người cao tuổi\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
        "                              Trang 1/2\n" + HEADER_BLOCK + "KẾ HOẠCH\nChăm sóc người cao tuổi\n"
    )
    assert logical(text).count("ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 2


def test_source_normalisation_keeps_lines():
    raw = "Ke\u0302\u0301 hoa\u0323ch\r\nso\u0302\u0301\u00a0ba\x00\r\nƣu tiên"
    src = normalize_source(raw)
    assert src == "Kế hoạch\nsố ba\nưu tiên"
    assert unicodedata.is_normalized("NFC", src)
    assert src.count("\n") == raw.count("\n")


def test_a_tab_is_a_space_in_the_text_its_place_kept():
    # a tab in a body line reads as one space (the text and its spans as
    # before); clean keeps where it was, for the header's columns
    raw = "SỞ TƯ PHÁP\tTỈNH GIA LAI\nĐơn vị trình\t: Phòng Quản lý hóa chất.\n"
    assert normalize_source(raw) == raw.replace("\t", " ")
    src = normalize_source(raw, keep_tabs=True)
    assert src == raw
    ct = clean(src)
    assert ct.source == raw.replace("\t", " ")
    assert ct.tabs == [10, 36]
    assert ct.lines[-1].text == "Đơn vị trình : Phòng Quản lý hóa chất."
    assert clean(normalize_source(raw)).text == ct.text


def test_spans_map_back_through_joins():
    src = normalize_source("**Tiêu đề**\n- Triển khai các nội\ndung của Kế hoạch số 12/KH-UBND.\n")
    ct = clean(src)
    line = ct.lines[1]
    i = line.text.index("12/KH-UBND")
    sp = ct.span(line.start + i, line.start + i + len("12/KH-UBND"))
    assert src[sp.start : sp.end] == "12/KH-UBND"
    assert sp.line == 3 and sp.end_line == 3
    whole = ct.line_span(line)
    assert (whole.line, whole.end_line) == (2, 3)
    assert src[whole.start : whole.end].replace("\n", " ") == line.text


def test_spans_map_back_around_emphasis_inside_a_line():
    # lines of several pieces (their marks dropped) beside lines of one: the
    # offset map takes each piece
    src = normalize_source("Căn cứ **Luật Đất đai** số 31/2024/QH15;\n- Triển khai **các** nội\ndung.\nKẾ HOẠCH\n")
    ct = clean(src)
    assert [ll.text for ll in ct.lines] == [
        "Căn cứ Luật Đất đai số 31/2024/QH15;",
        "- Triển khai các nội dung.",
        "KẾ HOẠCH",
    ]
    for line in ct.lines:
        for word in re.finditer(r"\S+", line.text):
            sp = ct.span(line.start + word.start(), line.start + word.end())
            assert src[sp.start : sp.end] == word.group(0)


@given(
    st.text(alphabet=st.sampled_from("aơ ư\tƣƢ\u00a0\u200b\u00ad\x00\x07\u3000\nĐ"), max_size=80)
)
def test_odd_characters_are_replaced_as_the_table_says(text):
    from khtool.normalize import _TRANSLATE

    expected = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    assert normalize_source(text) == expected


def test_a_printable_text_holds_no_odd_character_but_the_glyphs():
    # normalize_source skips its search for a text printable (its newlines aside)
    from khtool.normalize import _GLYPHS, _NEEDS_TRANSLATE, _TRANSLATE

    for code in _TRANSLATE:
        if code != ord("\n") and code not in _GLYPHS:
            assert not chr(code).isprintable(), hex(code)
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable() and ord(c) not in _GLYPHS)
    assert _NEEDS_TRANSLATE.search(printable) is None


@pytest.mark.parametrize(
    "noun",
    [
        "Bộ",
        "Sở",
        "Cục",
        "Tổng cục",
        "Chi cục",
        "Vụ",
        "Viện",
        "Ban",
        "Phòng",
        "Ủy ban",
        "Uỷ ban",
        "Hội đồng",
        "Trung tâm",
    ],
)
def test_every_body_noun_waits_for_its_name(noun):
    # the regex and the cheap last-word test before it must agree on every noun
    assert logical(f"Theo ý kiến của {noun}\nKế hoạch và Đầu tư tỉnh") == [
        f"Theo ý kiến của {noun} Kế hoạch và Đầu tư tỉnh"
    ]


def _sample_and_made_lines() -> list[str]:
    """The samples' physical lines, and lines made of every first and second
    character the two patterns below tell apart, stripped as lines are."""
    from khtool.normalize import physical_lines

    from .conftest import sample_paths

    lines = [pl.text for p in sample_paths() for pl in physical_lines(normalize_source(p.read_text(encoding="utf-8")))]
    firsts = "aăbcdđeghiklmnopqrstuvxyzươạ" + "AĂBCDĐEGHIKLMNOPQRSTUVXYZƯƠ" + "0123456789" + "-+•*–—\"“(.)/:"
    seconds = ["", " ", ")", ".", " )", " .", "/", "-", "a", "M", "1", "\u00a0", "\t"]
    ends = ["", " việc", ") Lập", ". Các", ".", ";", ":", ".)", ".”", "”", "…", ")]", "a)", " điện:", " ĐIỆN :"]
    for f in firsts:
        for s in seconds:
            for e in ends:
                line = (f + s + e).strip()
                if line:
                    lines.append(line)
    lines += ["Điều 5. Nội dung", "Chương II", "Nơi nhận:", "TM. UBND", "Căn cứ Luật", "V/v kế hoạch",
              "PHỤ LỤC I", "Kính gửi: Sở", "Trung tâm Hành chính công, điện thoại:", "IV. TỔ CHỨC", "1.2.3. Nội"]
    return lines


def test_the_line_tests_answer_as_their_patterns():
    # _opens_block says no to a lower-case line only where BLOCK_START cannot
    # match, yes to a bullet only where it does; _ends_with_stop is
    # TERMINAL_PUNCT on a stripped line
    from khtool import patterns as P
    from khtool.normalize import _ends_with_stop, _opens_block

    for line in _sample_and_made_lines():
        assert _opens_block(line) == (P.BLOCK_START.match(line) is not None), line
        assert _ends_with_stop(line) == (P.TERMINAL_PUNCT.match(line) is not None), line


FURNITURE = [
    "CÔNG BÁO/Số 431 + 432/Ngày 25-3-2024",
    "công báo / Số 12/Ngày 1-2-2024",
    "Trang 3/12",
    "Page 3 of 12",
    "trang 2 trên 5",
    "Ký bởi: Văn phòng UBND",
    "Người ký: Nguyễn Văn A",
    "Thời gian ký: 12.03.2024 10:11:12 +07:00",
    "Email: vanthu@binhduong.gov.vn",
    "vanthu@binhduong.gov.vn",
    "Cơ quan: Ủy ban nhân dân",
    "Chức vụ: Phó Chủ tịch",
    "VĂN BẢN QUY PHẠM PHÁP LUẬT",
    "PHẦN VĂN BẢN KHÁC",
    "-----",
    "| |",
    "***",
    "—— . ——",
    "-\u3000-",
    "_",
]


def test_furniture_is_told_as_its_patterns_tell_it():
    # _is_furniture tries FURNITURE_LINE only on a line opening and ending as
    # furniture can: it answers as the patterns do on every other line
    from khtool import patterns as P
    from khtool.normalize import _is_furniture

    made = [f + e for f in ["- ", "-", "— ", "| a", ". ", "* ", "(", "“", "1", "Công ", "Trang ", "VĂN ", "Kế hoạch "]
            for e in ["", "Tổ chức", "3", "3/4", "x:", "Ký bởi: A"]]
    for line in FURNITURE + made + _sample_and_made_lines():
        line = line.strip()
        if not line:
            continue
        expected = bool(P.SIGNATURE_EMAIL.match(line)) or bool(P.FURNITURE_LINE.match(line))
        assert _is_furniture(line) == expected, line
    assert all(_is_furniture(line) for line in FURNITURE)


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # a row with both its bars, and one cut before its closing bar (a cell
        # going on on the next line): the same columns
        ("| 4 | Bổ sung sách | Thư viện tỉnh | Quý III/2025 |", [(0, "4"), (1, "Bổ sung sách"), (2, "Thư viện tỉnh"), (3, "Quý III/2025")]),
        ("| 4 | Bổ sung sách | Thư viện tỉnh | Quý III/2025", [(0, "4"), (1, "Bổ sung sách"), (2, "Thư viện tỉnh"), (3, "Quý III/2025")]),
        # (its continuation, its number's cell blank)
        ("|   | quản lý thư viện |  | thị xã |", [(1, "quản lý thư viện"), (3, "thị xã")]),
    ],
)
def test_a_table_rows_cells_keep_their_columns(row, cells):
    ct = clean("Kế hoạch\n" + row + "\n")
    assert [(pl.cell_index, pl.text) for pl in ct.phys if pl.is_cell] == cells


@pytest.mark.parametrize(
    ("file", "line", "end_line", "start", "end"),
    [(None, 1, 1, 0, 12), ("ke_hoach_15.txt", 40, 61, 1677, 3030), (None, 3, 3, 80, 80)],
)
def test_a_known_span_is_the_validated_span(file, line, end_line, start, end):
    """models.known_span (what CleanText.source_span makes every span with)
    gives the span validation gives: equal, every field set, the same JSON,
    a copy and an update as the model's."""
    from khtool.models import Span, known_span

    made = known_span(file, line, end_line, start, end)
    want = Span(file=file, line=line, end_line=end_line, start=start, end=end)
    assert type(made) is Span and made == want
    assert made.model_fields_set == want.model_fields_set
    assert made.model_dump_json() == want.model_dump_json()
    assert made.model_copy(update={"end": end + 1}) == want.model_copy(update={"end": end + 1})
    made.start = start + 1
    assert made.start == start + 1 and made.model_fields_set == want.model_fields_set


def test_source_spans_are_known_spans(monkeypatch):
    """CleanText.source_span makes its spans with known_span (no validation:
    the offsets and lines are its own counts)."""
    import khtool
    from khtool import normalize

    if khtool.compiled():
        pytest.skip("a compiled module's calls do not look its globals up")

    made = []
    monkeypatch.setattr(normalize, "known_span", lambda *a: made.append(a) or a)
    ct = clean(normalize_source("KẾ HOẠCH\nTriển khai thực hiện\n"))
    assert ct.source_span(0, 8) == (None, 1, 1, 0, 8) and made == [(None, 1, 1, 0, 8)]


@pytest.mark.parametrize(
    "text",
    ["Báo cáo UBND tỉnh TRƯỚC NGÀY 15/12", "ĐỀ ÁN", "İstanbul: lowering changes its length", ""],
)
def test_lowered_is_str_lower(text):
    """normalize.lowered (a remembered str.lower, for texts tested for words
    in many places) gives str.lower's text, twice alike."""
    from khtool.normalize import lowered

    assert lowered(text) == text.lower() and lowered(text) == text.lower()


# (lowered pieces: the text is lowered once and its pieces sliced from it)
_LOWERED_TEXTS = [
    "KẾ HOẠCH\nThực hiện Chỉ thị số 12/CT-UBND\n1. Sở Y tế chủ trì, báo cáo UBND tỉnh trước ngày 30/6/2026.",
    # "İ" lowers to two characters, "Σ" to "σ" or "ς" by the letter after
    # and before it: no slices of the text lowered whole, each piece lowered itself
    "Công ty İNOX Hà Nội\nBáo cáo trước ngày 15/3/2026.",
    "Dự án ΣΑΣ\nHội nghị ΣΑ Σ.",
]


@pytest.mark.parametrize("source", _LOWERED_TEXTS)
def test_a_piece_s_lowered_text_is_its_own_lowering(source):
    ct = clean(source)
    text = ct.text
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 12) + 1):
            assert ct.lower_slice(start, end) == text[start:end].lower()
    for ll in ct.lines:  # (a line's place in the text is its offsets)
        assert ct.lower_slice(ll.start, ll.end) == ll.text.lower()
