"""The numbering tree of a body (segment.build_sections), on texts written for
these tests: which items nest under which."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.normalize import normalize_source
from khtool.segment import walk_sections

HEADER = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 982/QĐ-TTg\nHà Nội, ngày 10 tháng 6 năm 2026\n"
)


def _outline(sections) -> list:
    return [s.label if not s.children else [s.label, _outline(s.children)] for s in sections]


CASES = {
    # a report's or plan's lettered parts hold its roman parts, numbered afresh
    "lettered_parts_hold_roman_parts": (
        HEADER.replace("QĐ-TTg", "BC-UBND") + "BÁO CÁO\nKết quả công tác năm 2025\n"
        "A. KẾT QUẢ THỰC HIỆN NĂM 2025\nI. CÔNG TÁC CHỈ ĐẠO\n1. Ban hành kế hoạch.\nII. KẾT QUẢ\n"
        "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\nI. MỤC TIÊU\nII. NHIỆM VỤ\n1. Kiểm tra.\n",
        [["A", [["I", ["1"]], "II"]], ["B", ["I", ["II", ["1"]]]]],
    ),
    "parts_hold_roman_parts": (
        HEADER.replace("QĐ-TTg", "KH-UBND") + "KẾ HOẠCH\nCông tác trẻ em năm 2026\n"
        "PHẦN I. ĐÁNH GIÁ KẾT QUẢ\nI. Ưu điểm\nII. Hạn chế\nPHẦN II. NHIỆM VỤ NĂM 2026\nI. Mục tiêu\n",
        [["Phần I", ["I", "II"]], ["Phần II", ["I"]]],
    ),
    # the Party's style numbers items with a hyphen: "1- …", "2.1- …"; a range
    # opening a wrapped line ("10-15 người") is none
    "party_hyphenated_items": (
        "TỈNH ỦY QUẢNG BÌNH\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Bình, ngày 12 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị 28-CT/TW\nI- MỤC ĐÍCH, YÊU CẦU\n1- Quán triệt sâu sắc Chỉ thị.\n"
        "II- TỔ CHỨC THỰC HIỆN\n1- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền, mỗi đợt huy động từ\n"
        "10-15 người.\n2- Các huyện ủy:\n2.1- Xây dựng kế hoạch.\n",
        [["I", ["1"]], ["II", ["1", ["2", ["2.1"]]]]],
    ),
    # ... also before a goal's rate ("2- 100% người nghiện …"), not a range's
    # second half ("5-7% mỗi năm" wrapped)
    "party_hyphenated_goals": (
        "HUYỆN ỦY GIA LỘC\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lộc, ngày 10 tháng 4 năm 2024\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 12-CT/TU\nI- MỤC TIÊU\n"
        "1- Phấn đấu hằng năm giảm ít nhất 5% số người nghiện ma túy, tăng tỷ lệ từ\n"
        "5-7% mỗi năm.\n2- 100% người nghiện được áp dụng biện pháp cai nghiện phù hợp.\n"
        "3- Tỷ lệ khám phá các vụ án về ma túy đạt trên 85%.\n",
        [["I", ["1", "2", "3"]]],
    ),
    # parts and items numbered with a slash: "I/ …", "1/ …" (not a letter's "V/v")
    "slashed_parts_and_items": (
        HEADER.replace("QĐ-TTg", "KH-UBND") + "KẾ HOẠCH\nThực hiện Chỉ thị 28-CT/TW\nI/ MỤC ĐÍCH, YÊU CẦU\n"
        "1/ Quán triệt.\nII/ TỔ CHỨC THỰC HIỆN\n1/ Phòng Y tế chủ trì tuyên truyền.\n2/ Công an huyện chủ trì.\n",
        [["I", ["1"]], ["II", ["1", "2"]]],
    ),
    "plan_parts_items_bullets": (
        HEADER.replace("QĐ-TTg", "KH-UBND") + "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Giảm số trẻ em bị đuối nước.\n2. Yêu cầu\n"
        "II. NHIỆM VỤ\n1. Tuyên truyền.\n",
        [["I", [["1", ["-"]], "2"]], ["II", ["1"]]],
    ),
    # a decision approving a scheme inline: its parts belong to Điều 1, and
    # Điều 2 after them is Điều 1's sibling, not an item of part II
    "article_announcing_what_it_approves": (
        HEADER + "QUYẾT ĐỊNH\nPhê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số với những nội dung sau đây:\n"
        "I. QUAN ĐIỂM CHỈ ĐẠO\n1. Doanh nghiệp là trung tâm.\n"
        "II. MỤC TIÊU\n1. Đến năm 2030 có 100 doanh nghiệp.\n"
        "Điều 2. Tổ chức thực hiện\n1. Bộ Tài chính\na) Bố trí kinh phí thực hiện Đề án.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
        [
            ["Điều 1", [["I", ["1"]], ["II", ["1"]]]],
            ["Điều 2", [["1", ["a"]]]],
            "Điều 3",
        ],
    ),
    # parts after an article that announces nothing (an attached list whose
    # caption was not recognised) open at the top, as before
    "parts_after_a_closing_article": (
        HEADER + "QUYẾT ĐỊNH\nCông bố Danh mục văn bản\nQUYẾT ĐỊNH:\n"
        "Điều 1. Công bố Danh mục văn bản hết hiệu lực.\n"
        "Điều 2. Thủ trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này./.\n"
        "I. LĨNH VỰC VIỆC LÀM\n1. Thông tư số 01/2015/TT-BLĐTBXH.\n",
        ["Điều 1", "Điều 2", ["I", ["1"]]],
    ),
    # a colon many lines into an article (a form's line) announces nothing
    "colon_far_into_an_article": (
        HEADER + "QUYẾT ĐỊNH\nBan hành mẫu văn bản\nQUYẾT ĐỊNH:\n"
        "Điều 5. Mẫu văn bản đề nghị\nTên tổ chức tín dụng.\nTrụ sở chính.\nĐiện thoại.\n"
        "Đề nghị chấp thuận như sau:\n"
        "I. Đơn vị mạng lưới đề nghị\n1. Tên đơn vị.\n",
        ["Điều 5", ["I", ["1"]]],
    ),
    # a numbered item never nests under a dash: "1." after a dash list closes
    # it, holds the dashes after it, and "2." is its sibling
    "numbered_items_after_a_dash_list": (
        HEADER.replace("QĐ-TTg", "BC-SCT") + "BÁO CÁO\nCông tác quản lý thiết kế mỏ\n"
        "Tuy nhiên, còn tồn tại, hạn chế như:\n- Chưa có hướng dẫn thẩm định.\n"
        "- Chưa phân cấp rõ thẩm quyền.\nSở Công Thương kiến nghị:\n1. Đề nghị Bộ Công Thương\n"
        "- Rà soát quy hoạch khoáng sản.\n- Ban hành Thông tư hướng dẫn.\n"
        "2. Đề nghị Bộ Nông nghiệp và Môi trường\nSớm bàn giao khu vực khoáng sản./.\n",
        ["-", "-", ["1", ["-", "-"]], "2"],
    ),
    # ... nor under a dash in a part: it is the part's item
    "numbered_item_after_a_parts_dashes": (
        HEADER.replace("QĐ-TTg", "TB-SCT") + "THÔNG BÁO\nKết quả thẩm định\n"
        "I. CĂN CỨ\n- Luật Xây dựng năm 2014.\n2. Nguyên tắc thẩm định\n- Khách quan, minh bạch.\n"
        "II. KẾT QUẢ\n1. Đạt yêu cầu.\n",
        [["I", ["-", ["2", ["-"]]]], ["II", ["1"]]],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_nesting(name):
    text, outline = CASES[name]
    assert _outline(parse_text(text).sections) == outline


def test_items_of_an_implementation_article_are_assignments():
    doc = parse_text(CASES["article_announcing_what_it_approves"][0])
    assert [(a.agency, [t.text for t in a.tasks]) for a in doc.assignments] == [
        ("Bộ Tài chính", ["Bố trí kinh phí thực hiện Đề án."])
    ]


LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 215/UBND-KT\nHòa Bình, ngày 10 tháng 4 năm 2026\n"
    "V/v tăng cường quản lý an toàn thực phẩm\n"
)
ADDRESSEES = [
    # (name, the block, addressees)
    ("on its line", "Kính gửi: Sở Y tế.\n", ["Sở Y tế"]),
    ("several on its line", "Kính gửi: Sở Y tế; Sở Công Thương.\n", ["Sở Y tế", "Sở Công Thương"]),
    (
        "departments listed after their kind",
        "Kính gửi: Các Sở, ngành: Công Thương, Văn hóa, Thể thao và Du lịch, Thanh tra tỉnh.\n",
        ["Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh"],
    ),
    (
        "a dash each, one wrapped onto a line of its own",
        "Kính gửi:\n- Các Sở, ngành: Y tế, Công an tỉnh, Ban Chỉ huy\nBộ đội Biên phòng tỉnh;\n"
        "- UBND các xã, phường.\n",
        # a list of one kind names each body
        ["Sở Y tế", "Công an tỉnh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã, phường"],
    ),
    (
        "the cells of a converted table",
        "| Kính gửi: | - Sở Lao động - Thương binh và Xã hội; - Sở Tư pháp. |\n",
        ["Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp"],
    ),
    (
        "ministries listed after their kind, a head word alone no body of its own",
        "Kính gửi:\n- Bộ trưởng các Bộ: Công an, Xây dựng, Y tế;\n- UBND các tỉnh.\n",
        ["Bộ Công an", "Bộ Xây dựng", "Bộ Y tế", "UBND các tỉnh"],
    ),
    ("one line under it", "Kính gửi:\nCông ty Cổ phần Khoáng sản Hòa Bình\n", ["Công ty Cổ phần Khoáng sản Hòa Bình"]),
    (
        "its address in brackets is no part of its name",
        "Kính gửi: Công ty TNHH Vận tải Hưng Thịnh\n(địa chỉ: Số 8 Trần Phú, phường Hà Đông, TP. Hà Nội)\n\n",
        ["Công ty TNHH Vận tải Hưng Thịnh"],
    ),
]


@pytest.mark.parametrize(("name", "block", "expected"), ADDRESSEES, ids=[a[0] for a in ADDRESSEES])
def test_addressees_are_not_items(name, block, expected):
    text = LETTER + block + "Thực hiện chỉ đạo của UBND tỉnh, đề nghị các cơ quan:\n1. Kiểm tra.\n2. Báo cáo.\n"
    doc = parse_text(text)
    assert [a.text for a in doc.addressees] == expected
    assert _outline(doc.sections) == ["1", "2"]
    src = normalize_source(text)
    for a in doc.addressees:
        assert a.text.split()[-1] in src[a.span.start : a.span.end]


def test_a_kinh_gui_far_into_the_body_is_text():
    body = "".join(f"{i}. Nội dung thứ {i}.\n" for i in range(1, 15)) + "Kính gửi: Sở Y tế.\n"
    assert parse_text(LETTER + body).addressees == []


def test_a_citation_under_the_title_does_not_extend_the_header():
    # a directive with no preamble: its first items cite a decree with its
    # number and date, within the lines a header could still take
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 07/CT-TTg\nHà Nội, ngày 02 tháng 3 năm 2012\nCHỈ THỊ\n"
        "Về việc chấn chỉnh công tác quản lý các khu công nghiệp\n"
        "Để khắc phục những hạn chế, Thủ tướng Chính phủ chỉ thị các Bộ thực hiện các nhiệm vụ sau đây:\n"
        "1. Bộ Kế hoạch và Đầu tư:\n"
        "a) Chủ trì đánh giá tình hình thực hiện Nghị định số 29/2008/NĐ-CP ngày 14 tháng 3 năm 2008.\n"
        "b) Chủ trì rà soát quy hoạch các khu công nghiệp.\n"
        "2. Bộ Xây dựng:\na) Chủ trì rà soát quy hoạch xây dựng.\n"
    )
    doc = parse_text(text)
    assert _outline(doc.sections) == [["1", ["a", "b"]], ["2", ["a"]]]
    assert [a.agency for a in doc.assignments] == ["Bộ Kế hoạch và Đầu tư", "Bộ Xây dựng"]


def test_decimal_items_nest_under_their_item():
    # "1.1." is a sub-item of "1.", even after a dash under "1."; "2." closes it
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\nLào Cai, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra\n"
        "I. NỘI DUNG\n1. Kiểm tra kho\n- Rà soát sổ sách.\n1.1. Kiểm tra hồ sơ.\n1.2. Kiểm tra thực tế.\n"
        "2. Huấn luyện\n2.1. Lý thuyết.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý công nghiệp chủ trì.\n"
    )
    doc = parse_text(text)
    assert _outline(doc.sections) == [
        ["I", [["1", ["-", "1.1", "1.2"]], ["2", ["2.1"]]]],
        ["II", ["1"]],
    ]


def test_a_task_tables_row_numbers_alone_on_their_lines():
    # a gazette PDF gives a table one cell per line: "1.1" / its task / its body
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 982/QĐ-TTg\nHà Nội, ngày 03 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề kế hoạch\n"
        "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n1.\nHoàn thiện thể chế\n1.1\nXây dựng Nghị định về công nghiệp số\n"
        "Bộ Khoa học và Công nghệ\nQuý IV/2026\n1.2\nBan hành tiêu chuẩn cơ sở\nBộ Công Thương\n"
        "2.\nPhát triển doanh nghiệp\n2.1\nHỗ trợ doanh nghiệp khởi nghiệp\n"
    )
    doc = parse_text(text)
    assert _outline(doc.sections) == [["Phụ lục", [["1", ["1.1", "1.2"]], ["2", ["2.1"]]]]]
    assert [d.code for d in doc.diagnostics if d.code.startswith("numbering")] == []


@pytest.mark.parametrize("row", ["1.2 Ban hành tiêu chuẩn cơ sở", "1.2\nBan hành tiêu chuẩn cơ sở"])
def test_a_decimal_label_with_its_text_on_its_line_is_a_sub_item(row):
    # "1.2 Ban hành …" is item 1.2, not "1." and "2 Ban hành …"
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 982/QĐ-TTg\nHà Nội, ngày 03 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề kế hoạch\n"
        f"PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n1.\nHoàn thiện thể chế\n1.1\nXây dựng Nghị định\n{row}\n"
        "2.\nPhát triển doanh nghiệp\n2.1 Hỗ trợ doanh nghiệp khởi nghiệp\n"
    )
    doc = parse_text(text)
    assert _outline(doc.sections) == [["Phụ lục", [["1", ["1.1", "1.2"]], ["2", ["2.1"]]]]]
    assert [d.code for d in doc.diagnostics if d.code.startswith("numbering")] == []


def test_a_first_decimal_label_whose_next_follows_is_a_sub_item():
    # a table whose row "2" is no item: "2.1 …" opens a sequence "2.2 …" goes on
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 982/QĐ-TTg\nHà Nội, ngày 03 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề kế hoạch\n"
        "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n1.1 Rà soát thể chế\nBộ Tư pháp\n1.2 Sửa đổi thể chế\nBộ Tư pháp\n2.1 Theo dõi việc sắp xếp\nBộ Nội vụ\n"
        "2.2 Tổng hợp kết quả sắp xếp\nBộ Nội vụ\n"
    )
    doc = parse_text(text)
    assert [s.label for s in walk_sections(doc.sections) if s.kind == "arabic"] == ["1.1", "1.2", "2.1", "2.2"]
    assert [d.code for d in doc.diagnostics if d.code.startswith("numbering")] == []


def test_a_footnotes_mark_glued_to_an_items_stop_is_no_sub_item():
    # a consolidated text: "1.²Bảo hiểm y tế …" comes out "1.2 Bảo hiểm y tế …"
    doc = parse_text(
        HEADER.replace("QĐ-TTg", "VBHN-VPQH") + "LUẬT\nBảo hiểm y tế\nĐiều 1. Phạm vi điều chỉnh\n"
        "Luật này quy định về bảo hiểm y tế.\nĐiều 2. Giải thích từ ngữ\n"
        "1.2 Bảo hiểm y tế là hình thức bảo hiểm bắt buộc.\n2. Quỹ bảo hiểm y tế là quỹ tài chính.\n"
        "3.3 Hộ gia đình tham gia bảo hiểm y tế.\n"
    )
    assert _outline(doc.sections) == ["Điều 1", ["Điều 2", ["1", "2", "3"]]]


def test_a_last_paragraph_closed_by_the_end_mark_is_no_items_text():
    text = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 412/SCT-CN\nLào Cai, ngày 03 tháng 7 năm 2026\n"
        "V/v kho vật liệu nổ\nKính gửi: Công ty cổ phần Mông Sơn.\n"
        "Sở Công Thương đề nghị Công ty thực hiện các nội dung sau:\n"
        "1. Chỉ đưa kho vào sử dụng khi đủ thủ tục.\n2. Báo cáo khi có thay đổi.\n"
        "Sở Công Thương phúc đáp để Công ty biết và thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n"
    )
    doc = parse_text(text)
    assert [s.text for s in doc.sections] == [
        "Chỉ đưa kho vào sử dụng khi đủ thủ tục.",
        "Báo cáo khi có thay đổi.",
    ]


_COMMUNE_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN THẠNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 17/KH-UBND\nTân Thạnh, ngày 04 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết trên địa bàn xã Tân Thạnh năm 2026\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã\nChủ trì giám sát ca bệnh, xử lý ổ dịch.\n"
    "2. Phòng Văn hóa - Xã hội\nTuyên truyền diệt lăng quăng trên hệ thống loa truyền thanh.\n"
    "{last}\n"
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thành Nam\n"
)
_REPORTING = (
    "Các cơ quan, đơn vị báo cáo kết quả về UBND xã trước ngày 05/6/2026; UBND xã báo cáo "
    "Sở Y tế trước ngày 10/6/2026./."
)


@pytest.mark.parametrize(
    ("last", "heading"),
    [
        # a part's heading with no text of its own heads the paragraph under
        # it, the text's last one closed by the end mark too
        ("II. CHẾ ĐỘ BÁO CÁO\n" + _REPORTING, "II. CHẾ ĐỘ BÁO CÁO"),
        ("II. Chế độ báo cáo:\n" + _REPORTING, "II. Chế độ báo cáo"),
        ("3. Chế độ báo cáo\n" + _REPORTING, "3. Chế độ báo cáo"),
    ],
)
def test_the_last_paragraph_closed_by_the_end_mark_is_its_headings_text(last, heading):
    doc = parse_text(_COMMUNE_PLAN.format(last=last))
    (part,) = [s for s in walk_sections(doc.sections) if f"{s.label}. {s.heading}" == heading]
    assert part.text == _REPORTING
    # (its deadlines are its own: no "reporting part without a deadline")
    from khtool.check import check_document

    assert "KH504" not in {f.rule for f in check_document(doc)}


def test_a_letters_last_item_on_carrying_it_out_does_not_replace_its_items():
    # "3. Tổ chức thực hiện" holds the closing paragraph; the items headed by
    # bodies above it still give the tasks
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 2215/UBND-VX\nĐồng Tháp, ngày 12 tháng 5 năm 2026\n"
        "V/v phòng, chống sốt xuất huyết\n"
        "Để chủ động phòng, chống dịch, Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế\nChỉ đạo các cơ sở y tế giám sát ca bệnh, xử lý ổ dịch kịp thời.\n"
        "2. Sở Giáo dục và Đào tạo\nChỉ đạo các trường học tổ chức diệt lăng quăng mỗi tuần.\n"
        "3. Tổ chức thực hiện\n"
        "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm "
        "tổ chức thực hiện nghiêm túc các nội dung nêu trên./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hòa\n"
    )
    doc = parse_text(text)
    assert doc.sections[-1].text.startswith("Thủ trưởng các sở, ban, ngành tỉnh")
    assert [a.agency for a in doc.assignments][:2] == ["Sở Y tế", "Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize(
    "closing",
    [
        # the issuer's own closing word, not yet closed by the end mark
        "Sở Công Thương yêu cầu Công ty Cổ phần Công nghiệp\nKhánh An nghiêm túc thực hiện; có khó khăn "
        "kịp thời phản ánh về Sở.",
        # a conclusion drawn from the items
        "Từ các nội dung nêu trên, Sở Công Thương chưa có đủ cơ sở để thẩm định hồ sơ.",
        # what is asked besides the items
        "Ngoài việc thực hiện các nội dung trên, yêu cầu Công ty thực hiện Văn bản số 193/UBND-KT.",
        "Ngoài các nội dung trên, đề nghị Công ty thực hiện các quy định hiện hành.",
    ],
)
def test_a_paragraph_after_the_last_item_speaking_of_them_all_is_no_items_text(closing):
    text = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 412/SCT-CN\nLào Cai, ngày 03 tháng 7 năm 2026\n"
        "V/v kho vật liệu nổ\nKính gửi: Công ty Cổ phần Công nghiệp Khánh An.\n"
        "Sở Công Thương đề nghị Công ty thực hiện các nội dung sau:\n"
        "1. Chỉ đưa kho vào sử dụng khi đủ thủ tục.\n2. Báo cáo khi có thay đổi.\n"
        + closing
        + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n"
    )
    doc = parse_text(text)
    assert [s.text for s in doc.sections] == [
        "Chỉ đưa kho vào sử dụng khi đủ thủ tục.",
        "Báo cáo khi có thay đổi.",
    ]
    if "Khánh An" in closing:  # (the name wrapped is one name)
        assert [a.agency for a in doc.assignments] == ["Công ty Cổ phần Công nghiệp Khánh An"]


def test_a_gazette_signature_above_an_appendix():
    # no "Nơi nhận" (a Công báo reprint): the signature is the block right above
    # the appendix, whose heading may be "Phụ lục" alone, above its title
    text = (
        "CHÍNH PHỦ\nSố: 116/NQ-CP\nHà Nội, ngày 29 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề nhiệm vụ trọng tâm\n"
        "QUYẾT NGHỊ:\nĐiều 1. Ban hành nhiệm vụ trọng tâm tại Phụ lục kèm theo.\n"
        "Điều 2. Nghị quyết này có hiệu lực từ ngày ký.\n"
        "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Quốc Dũng\n"
        "Phụ lục\nNHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾT LUẬN\n(Kèm theo Nghị quyết số 116/NQ-CP)\n"
        + "I. NHIỆM VỤ CHUNG\n1. Rà soát thể chế.\n" * 1
        + "".join(f"{n}. Nhiệm vụ thứ {n} của các bộ, ngành.\n" for n in range(2, 12))
    )
    doc = parse_text(text)
    signer = doc.header.signer
    assert signer is not None and (signer.authority, signer.name) == ("KT. THỦ TƯỚNG", "Hồ Quốc Dũng")
    assert [s.label for s in doc.sections] == ["Điều 1", "Điều 2", "Phụ lục"]


# A Công báo reprint: no "Nơi nhận", the signature right above a list or text
# attached under its own title and "(Ban hành kèm theo …)" (with its own
# header, or a form whose "Nơi nhận" is the form's).
SIGNED_ABOVE_ATTACHMENTS = [
    (
        "a list under its title",
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Thanh\n"
        "DANH MỤC VĂN BẢN HẾT HIỆU LỰC\n(Ban hành kèm theo Quyết định số 135/QĐ-BLĐTBXH)\n"
        "STT\nVăn bản\n1\nThông tư số 36/2017/TT-BLĐTBXH\n",
        ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Thanh"),
    ),
    (
        "signed in one's own name, then a text with its own header",
        "BỘ TRƯỞNG\n\nĐào Ngọc Dung\n"
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nDANH MỤC\nVăn bản còn hiệu lực trong kỳ hệ thống hóa\n"
        "(Ban hành kèm theo Quyết định số 225/QĐ-BLĐTBXH ngày 05 tháng 3 năm 2024)\nTT\nTên loại\n",
        (None, "BỘ TRƯỞNG", "Đào Ngọc Dung"),
    ),
    (
        "a form's own recipients",
        "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nPhạm Gia Túc\n"
        "Phụ lục\n(Kèm theo Quyết định số 28/2026/QĐ-TTg)\nMẫu AP01 Văn bản đồng ý\n"
        "Kính gửi: ……(3)……\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n",
        ("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Gia Túc"),
    ),
]


@pytest.mark.parametrize(
    ("name", "footer", "expected"), SIGNED_ABOVE_ATTACHMENTS, ids=[s[0] for s in SIGNED_ABOVE_ATTACHMENTS]
)
def test_the_signature_above_an_attached_list(name, footer, expected):
    text = (
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 135/QĐ-BLĐTBXH\nHà Nội, ngày 31 tháng 01 năm 2024\n"
        "QUYẾT ĐỊNH\nCông bố kết quả hệ thống hóa văn bản\nQUYẾT ĐỊNH:\n"
        "Điều 1. Công bố kết quả hệ thống hóa văn bản kèm theo Quyết định này.\n"
        "Điều 2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.\n" + footer
    )
    doc = parse_text(text)
    signer = doc.header.signer
    assert signer is not None and (signer.authority, signer.position, signer.name) == expected
    assert doc.recipients == []


def test_recipients_run_on_on_one_dash_line():
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 12/SCT-CN\nLào Cai, ngày 03 tháng 3 năm 2026\nV/v kiểm tra\n"
        "Kính gửi: Công ty An Phát.\nSở Công Thương đề nghị Công ty rà soát kho./.\n"
        "Nơi nhận:\n- Như trên; - UBND tỉnh (b/c);\n- Cục Cảnh sát giao thông - Bộ Công an;\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân\n"
    )
    assert [r.text for r in parse_text(text).recipients] == [
        "Như trên",
        "UBND tỉnh (b/c)",
        "Cục Cảnh sát giao thông - Bộ Công an",
        "Lưu: VT",
    ]


def test_a_signers_name_between_capitals_in_a_flattened_cell():
    """A signature block flattened into one table cell: the name stands between
    the authority's capitals and the capitals of the post its holder has."""
    text = (
        "SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nSố: 12/BC-ĐKT\nLào Cai, ngày 03 tháng 7 năm 2026\n"
        "BÁO CÁO\nKết quả kiểm tra\n1. Kết quả\nĐã kiểm tra 4 đơn vị.\n"
        "| Nơi nhận: - Giám đốc Sở; - Lưu: VT. | TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân "
        "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG |\n"
    )
    signer = parse_text(text).header.signer
    assert signer is not None and signer.name == "Hoàng Văn Thuân"


def test_a_recipient_ending_with_a_comma_goes_on_on_the_next_line():
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 12/SCT-CN\nLào Cai, ngày 03 tháng 3 năm 2026\nV/v kiểm tra\n"
        "Kính gửi: Công ty An Phát.\nSở Công Thương đề nghị Công ty rà soát kho./.\n"
        "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, các PCN, Trợ lý TTg,\nTGĐ Cổng TTĐT, Công báo;\n"
        "- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân\n"
    )
    doc = parse_text(text)
    assert [r.text for r in doc.recipients] == [
        "Như trên",
        "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, Công báo",
        "Lưu: VT",
    ]
    assert doc.header.signer is not None and doc.header.signer.name == "Hoàng Văn Thuân"


def test_the_last_paragraph_of_the_last_article_is_its_text():
    # "./." closes the text; in a text of articles it is the last article's
    text = (
        "BỘ TÀI CHÍNH\nSố: 10/2025/TT-BTC\nHà Nội, ngày 01 tháng 3 năm 2025\nTHÔNG TƯ\n"
        "Hướng dẫn quản lý quỹ\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý quỹ.\n"
        "Điều 2. Trách nhiệm thi hành\nTrong quá trình thực hiện, nếu có vướng mắc, Sở Tài chính "
        "báo cáo về Bộ Tài chính để hướng dẫn./.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
    )
    doc = parse_text(text)
    assert doc.sections[-1].label == "Điều 2"
    assert doc.sections[-1].text.startswith("Trong quá trình thực hiện")


def test_the_signature_ends_at_the_signers_name():
    # an appendix after the signature holds a form with a signature block of
    # its own, and a table of the people who do each task
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\nLào Cai, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra an toàn\n"
        "I. NỘI DUNG\n1. Kiểm tra kho.\n"
        "| Nơi nhận:\n- Lưu: VT. | KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân |\n"
        "PHÂN CÔNG NHIỆM VỤ\n| TT | Nhiệm vụ | Người thực hiện |\n| 1 | Rà soát hồ sơ | Đỗ Mạnh Cường |\n"
        "Mẫu số 01\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n"
    )
    signer = parse_text(text).header.signer
    assert signer is not None
    assert (signer.authority, signer.position, signer.name) == (
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Hoàng Văn Thuân",
    )



# Signed in one's own name: the title alone above the name, or before it in
# one cell; a police or army signer's rank is not part of the name.
OWN_NAME_SIGNATURES = [
    ("title above the name", "BỘ TRƯỞNG\n\nVũ Hải Quân\n", ("BỘ TRƯỞNG", "Vũ Hải Quân")),
    (
        "title and name in one cell",
        "| Nơi nhận:\n- Lưu: VT. |  | GIÁM ĐỐC Hoàng Chí Hiền |\n",
        ("GIÁM ĐỐC", "Hoàng Chí Hiền"),
    ),
    ("a rank before the name", "BỘ TRƯỞNG\nĐại tướng Lương Tam Quang\n", ("BỘ TRƯỞNG", "Lương Tam Quang")),
]


@pytest.mark.parametrize(
    ("name", "footer", "expected"), OWN_NAME_SIGNATURES, ids=[s[0] for s in OWN_NAME_SIGNATURES]
)
def test_a_signature_in_ones_own_name(name, footer, expected):
    text = (
        "BỘ CÔNG AN\nSố: 65/2026/TT-BCA\nHà Nội, ngày 03 tháng 3 năm 2026\nTHÔNG TƯ\nQuy định về kiểm tra\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về kiểm tra.\n"
        "Điều 2. Hiệu lực\nThông tư này có hiệu lực từ ngày 01 tháng 5 năm 2026./.\n" + footer
    )
    signer = parse_text(text).header.signer
    assert signer is not None and (signer.position, signer.name) == expected

# "Q." (quyền): the acting holder signs in the office itself, which is the post
ACTING_SIGNATURES = [
    ("acting alone", "Q. GIÁM ĐỐC\n\nTrần Văn Minh\n", ("Q. GIÁM ĐỐC", "GIÁM ĐỐC", None)),
    (
        "acting for the body",
        "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n\nLê Văn Hùng\n",
        ("Q. CHỦ TỊCH", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"),
    ),
    (
        "a deputy signing for the head (KT.)",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Minh\n",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None),
    ),
]


@pytest.mark.parametrize(("name", "footer", "expected"), ACTING_SIGNATURES, ids=[s[0] for s in ACTING_SIGNATURES])
def test_an_acting_signers_post(name, footer, expected):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 77/KH-UBND\nQuảng Trị, ngày 05 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nThử nghiệm\n1. Sở Y tế chủ trì thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n" + footer
    )
    signer = parse_text(text).header.signer
    assert signer is not None and (signer.authority, signer.position, signer.on_behalf) == expected


PLAN_WITH_APPENDICES = (
    "UBND TỈNH LÀO CAI\nSố: 88/KH-UBND\nLào Cai, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng cháy rừng\n"
    "I. MỤC ĐÍCH\n1. Giảm số vụ cháy rừng.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường chủ trì.\n"
    "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Sinh\n"
    "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 88/KH-UBND ngày 03/3/2026 của UBND tỉnh)\n"
    "I. NHIỆM VỤ THƯỜNG XUYÊN\n1. Tuần tra rừng.\n2. Tuyên truyền.\nII. NHIỆM VỤ ĐỘT XUẤT\n1. Chữa cháy.\n"
    "| STT | Nội dung | Đơn vị |\n| 1 | Tuần tra | Hạt Kiểm lâm |\n| 1.1 | Mùa khô | Hạt Kiểm lâm |\n"
    "PHỤ LỤC II\nBIỂU MẪU\nMẫu số 01\n1. Tên đơn vị:\n2. Số vụ cháy:\nMẫu số 02\n1. Tên đơn vị:\n"
)


def test_appendices_after_the_signature_are_parts_of_the_document():
    doc = parse_text(PLAN_WITH_APPENDICES)
    assert _outline(doc.sections) == [
        ["I", ["1"]],
        ["II", ["1"]],
        ["Phụ lục I", [["I", ["1", "2"]], ["II", ["1"]]]],
        ["Phụ lục II", [["Mẫu 01", ["1", "2"]], ["Mẫu 02", ["1"]]]],
    ]
    # numbered afresh in each appendix and form, and table rows are no items
    assert [d.code for d in doc.diagnostics if d.code.startswith("numbering")] == []
    assert doc.header.signer is not None and doc.header.signer.name == "Nguyễn Thành Sinh"
    assert [r.text for r in doc.recipients] == ["Như trên", "Lưu: VT"]


SIGNATURES = [
    # a Party committee signs "T/M", with or without the dot; a Hmong family name
    ("party, T/M", "T/M ĐẢNG ỦY\nBÍ THƯ\n\nLù Văn Páo\n", (None, "BÍ THƯ", "Lù Văn Páo", "T/M ĐẢNG ỦY")),
    (
        "party, T/M.",
        "T/M. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nKsor Phước\n",
        (None, "PHÓ BÍ THƯ", "Ksor Phước", "T/M. BAN THƯỜNG VỤ"),
    ),
    # a Party body whose name ends in a title's words is whole; the title is the next line
    ("party, Ban Bí thư", "T/M BAN BÍ THƯ\n\nLương Cường\n", (None, None, "Lương Cường", "T/M BAN BÍ THƯ")),
    (
        "party, Bộ Chính trị",
        "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nTô Lâm\n",
        (None, "TỔNG BÍ THƯ", "Tô Lâm", "T/M BỘ CHÍNH TRỊ"),
    ),
    (
        "party, one line",
        "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC\nNguyễn Văn Bình\n",
        (None, "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn Bình", "T/M BAN THƯỜNG VỤ"),
    ),
    ("deputy general director", "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\nLê Văn An\n", ("KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Lê Văn An", None)),
    # a Party deputy signs "K/T", a chief of office "T/L"
    ("party, K/T", "K/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn Bình\n", ("K/T BÍ THƯ", "PHÓ BÍ THƯ", "Nguyễn Văn Bình", None)),
    (
        "party, T/L",
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nPhạm Văn Lập\n",
        ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Phạm Văn Lập", None),
    ),
    # a "TL." signer's post names the unit, dash and all
    (
        "TL., a long post",
        "TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC\n\nNguyễn Văn Bình\n",
        ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC", "Nguyễn Văn Bình", None),
    ),
    (
        "TL., a chief of office's long post",
        "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nLê Văn An\n",
        ("TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Lê Văn An", None),
    ),
    # the chair signing for the committee, with no KT. line: the body signed
    # for, and no authority (the chair signs in their own right)
    (
        "TM. alone",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nGiàng A Sinh\n",
        (None, "CHỦ TỊCH", "Giàng A Sinh", "TM. ỦY BAN NHÂN DÂN"),
    ),
    (
        "TM. over KT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLò Thị Mai\n",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Thị Mai", "TM. ỦY BAN NHÂN DÂN"),
    ),
    ("KT. alone", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân\n", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân", None)),
    # the name alone under the title, whatever the family name
    ("a Jrai name", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nRah Lan Chung\n", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Rah Lan Chung", None)),
    (
        "an Ê Đê name",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Thanh Hà Niê Kdăm\n",
        (None, "CHỦ TỊCH", "Y Thanh Hà Niê Kdăm", "TM. ỦY BAN NHÂN DÂN"),
    ),
    # an Ê Đê or Jrai syllable with an apostrophe, spaced or not
    (
        "an apostrophe, spaced",
        "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nH' Yim Kđoh\n",
        ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "H' Yim Kđoh", None),
    ),
    ("an apostrophe, glued", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nH'Hen Niê\n", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "H'Hen Niê", None)),
    # a K'Ho name of one word, the prefix glued to it by the apostrophe
    (
        "one word with an apostrophe",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nK'Lâm\n",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "K'Lâm", "TM. ỦY BAN NHÂN DÂN"),
    ),
    # a signature cell flattened into one line: the head's title after the body
    (
        "TM. flattened",
        "TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG\n",
        (None, "TRƯỞNG ĐOÀN", "Hoàng Văn Thuân", "TM. ĐOÀN KIỂM TRA"),
    ),
]


@pytest.mark.parametrize(("name", "block", "expected"), SIGNATURES, ids=[s[0] for s in SIGNATURES])
def test_signature_forms(name, block, expected):
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG\nSố: 12/KH-UBND\nBảo Thắng, ngày 05 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTuyên truyền phòng, chống ma túy\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n" + block
    )
    s = doc.header.signer
    assert s is not None and (s.authority, s.position, s.name, s.on_behalf) == expected


# A Party text often prints its signature before "Nơi nhận", the post line
# left out: the block is read all the same, and none of it is the last item's.
SIGNATURE_FIRST = [
    ("T/M, no post", "T/M BAN BÍ THƯ\n\nTrần Cẩm Tú\n", (None, None, "Trần Cẩm Tú", "T/M BAN BÍ THƯ")),
    (
        "T/M and a post",
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNguyễn Văn Hùng\n",
        (None, "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn Hùng", "T/M BAN THƯỜNG VỤ"),
    ),
    ("K/T", "K/T BÍ THƯ\nPHÓ BÍ THƯ\nY Biêr Niê\n", ("K/T BÍ THƯ", "PHÓ BÍ THƯ", "Y Biêr Niê", None)),
]


@pytest.mark.parametrize(("name", "block", "expected"), SIGNATURE_FIRST, ids=[s[0] for s in SIGNATURE_FIRST])
def test_signature_before_recipients(name, block, expected):
    doc = parse_text(
        "TỈNH ỦY ĐẮK LẮK\n*\nSố 40-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐắk Lắk, ngày 21 tháng 10 năm 2025\n"
        "KẾ HOẠCH\ncông tác dân vận năm 2026\n\n1. Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện.\n\n"
        + block
        + "\nNơi nhận:\n- Ban Bí thư (b/c),\n- Lưu VPTU.\n"
    )
    s = doc.header.signer
    assert s is not None and (s.authority, s.position, s.name, s.on_behalf) == expected
    assert [r.text for r in doc.recipients] == ["Ban Bí thư (b/c),", "Lưu VPTU"]
    assert doc.sections[-1].text == "Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện."


# A PDF's text prints the footer's two columns on the same lines, a run of
# spaces between them: "Nơi nhận" on the left, the signature on the right.
# The signature is read in full, and none of it is a recipient.
SPACED_FOOTERS = [
    (
        "authority beside Nơi nhận, name alone",
        "Nơi nhận:                              TM. ỦY BAN NHÂN DÂN\n"
        "- Như trên;                              KT. CHỦ TỊCH\n"
        "- Lưu: VT.                               PHÓ CHỦ TỊCH\n\n"
        "                                         Nguyễn Văn An\n",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "TM. ỦY BAN NHÂN DÂN"),
        ["Như trên", "Lưu: VT"],
    ),
    (
        "signature from the first item, name beside the last",
        "  Nơi nhận:\n  - Sở Y tế (b/c);                 KT. GIÁM ĐỐC\n"
        "  - Các phòng chuyên môn;          PHÓ GIÁM ĐỐC\n  - UBND các xã, thị trấn;\n"
        "  - Lưu: VT, NV.                   Trần Thị Bình\n",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình", None),
        ["Sở Y tế (b/c)", "Các phòng chuyên môn", "UBND các xã, thị trấn", "Lưu: VT, NV"],
    ),
    (
        "recipients go on under the name, one wrapped",
        "Nơi nhận:      TM. ỦY BAN NHÂN DÂN\n  - Như trên;       CHỦ TỊCH\n  - TT Đảng ủy, HĐND xã;\n"
        "  - Các trường học trên địa bàn xã,\n  các thôn, bản;        Hoàng Văn Cường\n  - Lưu: VP.\n",
        (None, "CHỦ TỊCH", "Hoàng Văn Cường", "TM. ỦY BAN NHÂN DÂN"),
        ["Như trên", "TT Đảng ủy, HĐND xã", "Các trường học trên địa bàn xã, các thôn, bản", "Lưu: VP"],
    ),
]


@pytest.mark.parametrize(
    ("name", "footer", "signer", "recipients"), SPACED_FOOTERS, ids=[f[0] for f in SPACED_FOOTERS]
)
def test_a_footer_in_two_columns_apart_by_spaces(name, footer, signer, recipients):
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG\nSố: 12/KH-UBND\nBảo Thắng, ngày 05 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTuyên truyền phòng, chống ma túy\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n" + footer
    )
    s = doc.header.signer
    assert s is not None and (s.authority, s.position, s.name, s.on_behalf) == signer
    assert [r.text for r in doc.recipients] == recipients


def test_a_quoted_wording_is_no_part_of_the_numbering():
    """An amending text quotes the new wording of the text it amends: the
    "4.", "5." and "Điều 8." between the quotation marks number that text, so
    they open no item here and give no numbering warning."""
    doc = parse_text(
        "BỘ CÔNG THƯƠNG\nSố: 67/2025/TT-BCT\nHà Nội, ngày 31 tháng 12 năm 2025\nTHÔNG TƯ\n"
        "Sửa đổi, bổ sung một số điều của Thông tư số 43/2025/TT-BCT\n"
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 43/2025/TT-BCT\n"
        "1. Sửa đổi, bổ sung khoản 4 và khoản 5 Điều 3 như sau:\n"
        "“4. Quản đốc là người được doanh nghiệp giao trách nhiệm quản lý công trường.\n"
        "5. Trưởng ca là người được giao quản lý khu vực sản xuất trong ca làm việc.”\n"
        "2. Bổ sung Điều 8a như sau:\n"
        "“Điều 8a. Kiểm tra định kỳ thiết bị\n"
        "Thiết bị phải được kiểm tra định kỳ theo quy chuẩn kỹ thuật.”.\n"
        "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 15 tháng 02 năm 2026./.\n"
    )
    art1 = doc.sections[0]
    assert [(s.label, s.kind) for s in doc.sections] == [("Điều 1", "article"), ("Điều 2", "article")]
    assert [c.label for c in art1.children] == ["1", "2"]
    assert "“4. Quản đốc" in art1.children[0].text
    assert not [d for d in doc.diagnostics if d.code.startswith("numbering")]


LAW_PARTS = (
    "CHÍNH PHỦ\nSố: 32/2024/NĐ-CP\nHà Nội, ngày 15 tháng 3 năm 2024\nNGHỊ ĐỊNH\nVề quản lý cụm công nghiệp\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về cụm công nghiệp.\n"
    "Chương II\nTHÀNH LẬP CỤM CÔNG NGHIỆP\nMục 1. PHƯƠNG ÁN PHÁT TRIỂN\nĐiều 2. Nội dung phương án\n"
    "Phương án gồm các nội dung sau.\nMục 2. THẨM ĐỊNH\nĐiều 3. Hồ sơ thẩm định\nHồ sơ gồm tờ trình.\n"
    "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 4. Bộ Công Thương\n1. Hướng dẫn thực hiện Nghị định này.\n"
    "2. Kiểm tra, đánh giá hiệu quả đầu tư.\nĐiều 5. Hiệu lực thi hành\n"
    "Nghị định này có hiệu lực từ ngày 01 tháng 5 năm 2024./.\n"
)


def test_parts_of_a_legal_text_nest_and_number_their_articles_through():
    """A "Mục" opens inside its "Chương"; the capitals under "Chương I" are its
    heading; articles are numbered through the whole text, so "Điều 2" opening
    a chapter is no gap; a chapter on implementation gives a body the clauses
    of the article headed by its name."""
    doc = parse_text(LAW_PARTS)
    tree = [(s.label, s.heading, [(c.label, [g.label for g in c.children]) for c in s.children]) for s in doc.sections]
    assert tree == [
        ("Chương I", "QUY ĐỊNH CHUNG", [("Điều 1", [])]),
        ("Chương II", "THÀNH LẬP CỤM CÔNG NGHIỆP", [("Mục 1", ["Điều 2"]), ("Mục 2", ["Điều 3"])]),
        ("Chương III", "TỔ CHỨC THỰC HIỆN", [("Điều 4", ["1", "2"]), ("Điều 5", [])]),
    ]
    assert not [d for d in doc.diagnostics if d.code.startswith("numbering")]
    assert [(a.agency, len(a.tasks)) for a in doc.assignments] == [("Bộ Công Thương", 2)]


def test_an_article_skipped_across_chapters_is_still_a_gap():
    doc = parse_text(LAW_PARTS.replace("Điều 3. Hồ sơ", "Điều 7. Hồ sơ"))
    assert [d.message for d in doc.diagnostics if d.code.startswith("numbering")] == [
        "Thiếu số thứ tự: Điều 7 đứng ngay sau Điều 2",
        "Sai thứ tự: Điều 4 đứng sau Điều 7",
    ]


def test_a_quotation_never_closed_ends_at_the_texts_own_next_article():
    """A footnote's quotation cut by a page break is never closed: the text's
    own next article ("Điều 50." after "Điều 49.") is no part of it; a line
    opening "Điều 38 của Luật Cư trú …" is a reference, no article; the
    capitals under "Chương X", wrapped, are its heading, without a footnote's
    mark."""
    doc = parse_text(
        "QUỐC HỘI\nLuật số: 25/2008/QH12\nLUẬT\nBẢO HIỂM Y TẾ\n"
        "Chương IX\nXỬ LÝ VI PHẠM\nĐiều 49. Xử lý vi phạm\nNgười vi phạm thì bị xử lý.\n"
        "Chương X\nĐIỀU KHOẢN THI HÀNH VÀ HƯỚNG DẪN\nCHI TIẾT53\n"
        "Điều 38 của Luật Cư trú số 68/2020/QH14 quy định như sau:\n"
        "“Điều 38. Điều khoản thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2021.\n"
        "Điều 50. Điều khoản chuyển tiếp\nThẻ bảo hiểm y tế đã cấp được tiếp tục sử dụng.\n"
        "Điều 51. Hiệu lực thi hành\nLuật này có hiệu lực từ ngày 01 tháng 7 năm 2009.\n"
    )
    chapter = doc.sections[-1]
    assert chapter.heading == "ĐIỀU KHOẢN THI HÀNH VÀ HƯỚNG DẪN CHI TIẾT"
    assert [c.label for c in chapter.children] == ["Điều 50", "Điều 51"]


def test_a_forms_table_under_its_heading_is_no_title():
    doc = parse_text(
        "CHÍNH PHỦ\nSố: 25/2026/NĐ-CP\nHà Nội, ngày 17 tháng 01 năm 2026\nNGHỊ ĐỊNH\nVề hóa chất\n"
        "Điều 1. Phạm vi\nNghị định này quy định về hóa chất.\nPhụ lục\nMẫu số 02\n"
        "| CƠ QUAN PHÊ DUYỆT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nQUYẾT ĐỊNH\n"
    )
    forms = [s for s in walk_sections(doc.sections) if s.label == "Mẫu 02"]
    assert forms and not forms[0].heading


def test_a_reports_parts_counted_by_ordinal():
    """"PHẦN THỨ NHẤT" / "PHẦN THỨ HAI" are the parts of a report; their
    items number again from 1 in each, with no numbering warning."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH VINH\nSố: 112/BC-UBND\nThành Vinh, ngày 05 tháng 7 năm 2026\nBÁO CÁO\n"
        "Kết quả 6 tháng đầu năm 2026\nPHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN\nI. KINH TẾ\n1. Thu ngân sách đạt 55%.\n"
        "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM\nI. NHIỆM VỤ\n"
        "1. Công an phường chủ trì bảo đảm an ninh, trật tự.\n"
    )
    parts = [(s.label, s.number, s.heading) for s in walk_sections(doc.sections) if s.kind == "part"]
    assert parts == [
        ("Phần thứ nhất", 1, "KẾT QUẢ THỰC HIỆN"),
        ("Phần thứ hai", 2, "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    ]
    assert not [d for d in doc.diagnostics if d.code.startswith("numbering")]
    assert [(a.agency, a.role) for a in doc.assignments] == [("Công an phường", "lead")]


@pytest.mark.parametrize("opener", ["THỦ TƯỚNG CHÍNH PHỦ điện:\n\n", "THỦ TƯỚNG CHÍNH PHỦ điện:\n\nKính gửi:\n"])
def test_a_telegrams_sender_line_opens_its_addressees(opener):
    """A Công điện names its addressees after "<SENDER> điện:", as a letter
    after "Kính gửi:", or after both lines: they are its addressees, no items,
    and the title ends before them."""
    doc = parse_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 196/CĐ-TTg\nHà Nội, ngày 24 tháng 10 năm 2025\nCÔNG ĐIỆN\n"
        "Về việc tập trung ứng phó khẩn cấp với bão số 12\n\n" + opener +
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị;\n- Bộ Quốc phòng;\n"
        "- Bộ Công an.\n\nĐể chủ động ứng phó với bão số 12, Thủ tướng Chính phủ yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên tổ chức sơ tán dân trước 17 giờ ngày 25/10/2025.\n"
        "2. Bộ Quốc phòng chỉ đạo lực lượng sẵn sàng cứu hộ.\n"
    )
    assert doc.header.title == "Về việc tập trung ứng phó khẩn cấp với bão số 12"
    # (a class of bodies with its members after a colon: one addressee per member)
    assert [a.text for a in doc.addressees] == [
        "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị",
        "Bộ Quốc phòng",
        "Bộ Công an",
    ]
    assert [s.number for s in doc.sections] == [1, 2]


@pytest.mark.parametrize("line", ["5.000 đoàn viên tham gia hiến máu", "560.000", "1.000.000 đồng mỗi người"])
def test_an_amount_with_a_thousands_dot_is_no_item(line):
    doc = parse_text(LETTER + "Kính gửi: Các sở, ban, ngành.\n1. Sở Y tế kiểm tra.\n" + line + "\n2. Sở Tài chính bố trí.\n")
    assert [s.number for s in doc.sections] == [1, 2]


# A plan typed without "đ" letters its items in the Latin alphabet: "f)"
# right after "e)" ("j)" after "i)") is the next item, not the text of e);
# the sequence check still names the "đ" left out. Elsewhere it is no item.
LATIN_LETTERS = [
    ("abcdefg", ["a", "b", "c", "d", "e", "f", "g"], ["Thiếu số thứ tự: điểm e đứng ngay sau điểm d (thiếu điểm đ)"]),
    ("abcdđeghijk", ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "j", "k"], []),
    ("abf", ["a", "b"], []),
]


@pytest.mark.parametrize(("letters", "labels", "gaps"), LATIN_LETTERS)
def test_a_latin_letter_in_sequence_is_an_item(letters, labels, gaps):
    items = "".join(f"{c}) Sở Y tế thực hiện việc thứ {i + 1}.\n" for i, c in enumerate(letters))
    doc = parse_text(LETTER + "Kính gửi: Các sở, ban, ngành.\n1. Nhiệm vụ\n" + items)
    assert [c.label for c in doc.sections[0].children] == labels
    assert [d.message for d in doc.diagnostics if d.code == "numbering-gap"] == gaps


def test_two_signing_forms_without_tm_name_no_body_signed_for():
    # "TL." over "KT.": the outer form is the authority; only "TM." names a body
    doc = parse_text(
        "BỘ TÀI CHÍNH\nSố: 372/QĐ-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc đính chính\n"
        "Điều 1. Đính chính Thông tư.\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n"
        "TL. BỘ TRƯỞNG\nKT. CHỦ TỊCH\nỦY BAN CHỨNG KHOÁN NHÀ NƯỚC\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Lan\n"
    )
    s = doc.header.signer
    assert s is not None and (s.authority, s.on_behalf, s.name) == ("TL. BỘ TRƯỞNG", None, "Nguyễn Thị Lan")


@pytest.mark.parametrize(
    ("label", "kind", "number", "heading", "text", "children"),
    [
        ("II", "roman", 2, "TỔ CHỨC THỰC HIỆN", "", ["1"]),
        ("-", "dash", None, None, "Sở Y tế chủ trì, phối hợp các đơn vị liên quan.", []),
        ("Điều 3", "article", 3, "Hiệu lực thi hành", "Quyết định có hiệu lực từ ngày ký.\nBãi bỏ …", []),
    ],
)
def test_a_known_section_is_the_validated_section(label, kind, number, heading, text, children):
    """models.known_section (what build_sections makes every section with)
    gives the section validation gives: equal, every field set, the same
    JSON, a copy and an update as the model's."""
    from khtool.models import Section, Span, known_section

    span = Span(line=4, end_line=9, start=120, end=480)
    kids = [Section(label=c, kind="arabic", number=1, span=span) for c in children]
    made = known_section(label, kind, number, heading, text, kids, span)
    want = Section(label=label, kind=kind, number=number, heading=heading, text=text, children=kids, span=span)
    assert type(made) is Section and made == want
    assert made.model_fields_set == want.model_fields_set
    assert made.model_dump_json() == want.model_dump_json()
    assert made.model_copy(update={"text": "x"}) == want.model_copy(update={"text": "x"})
    made.heading = "MỤC TIÊU"
    assert made.heading == "MỤC TIÊU" and made.model_fields_set == want.model_fields_set


def test_built_sections_are_known_sections(monkeypatch):
    """build_sections makes its sections with known_section (no validation:
    the kinds, labels and spans are its own)."""
    import khtool
    from khtool import segment

    if khtool.compiled():
        pytest.skip("a compiled module's calls do not look its globals up")

    made = []

    def spy(*values):
        made.append(values[:2])
        return segment.Section(
            **dict(zip(("label", "kind", "number", "heading", "text", "children", "span"), values, strict=True))
        )

    monkeypatch.setattr(segment, "known_section", spy)
    doc = parse_text(normalize_source(HEADER.replace("QĐ-TTg", "KH-UBND") + "KẾ HOẠCH\nCông tác năm 2026\nI. MỤC TIÊU\n1. Kiểm tra.\n"))
    assert [s.label for s in walk_sections(doc.sections)] == ["I", "1"]
    assert sorted(made) == [("1", "arabic"), ("I", "roman")]
