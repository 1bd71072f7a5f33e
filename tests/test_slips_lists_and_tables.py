"""A submission slip's subject field, a list under a label before a table's
rows, a flattened table's rows, and a letter numbered outside the standard
forms (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

SLIP_HEAD = "| SỞ TÀI CHÍNH TỈNH YÊN BÌNH | Yên Bình, ngày 14 tháng 5 năm 2026 |\n|  |  |\nPHIẾU TRÌNH\nKính gửi: Giám đốc Sở Tài chính\n"


@pytest.mark.parametrize(
    ("fields", "title"),
    [
        (
            "Đơn vị trình\t: Phòng Quản lý giá.\nVấn đề trình\t: Phê duyệt phương án giá nước sạch sinh hoạt năm 2026.\n",
            "Phê duyệt phương án giá nước sạch sinh hoạt năm 2026",
        ),
        ("Đơn vị trình: Phòng Ngân sách.\nTrích yếu   : Bổ sung dự toán kinh phí năm 2026 cho Sở Y tế\n", "Bổ sung dự toán kinh phí năm 2026 cho Sở Y tế"),
        ("V/v\t: Thẩm định giá đất cụ thể dự án Khu dân cư số 3\n", "Thẩm định giá đất cụ thể dự án Khu dân cư số 3"),
    ],
)
def test_a_slips_subject_field_under_its_type_word_is_its_title(fields, title):
    doc = parse_text(SLIP_HEAD + fields + "Tóm tắt nội dung: Phòng kính trình Giám đốc Sở xem xét.\n")
    assert doc.header.doc_type == "PTr"
    assert doc.header.title == title


def test_a_basis_row_after_a_list_under_a_label_is_the_texts_own_clause():
    doc = parse_text(
        SLIP_HEAD + "Vấn đề trình\t: Phê duyệt phương án giá nước sạch.\nCác văn bản kèm theo:\n"
        "1. Tờ trình của Công ty Cấp nước;\n2. Biên bản thẩm định;\n3. Dự thảo Quyết định.\n"
        "| Tóm tắt nội dung và kiến nghị: |  |\n"
        "| Căn cứ Nghị định số 149/2016/NĐ-CP ngày 11 tháng 11 năm 2016 của Chính phủ về giá. |  |\n"
        "| Phòng Quản lý giá kính trình Giám đốc Sở xem xét./. |  |\n"
    )
    assert [s.label for s in doc.sections] == ["1", "2", "3"]
    assert doc.sections[-1].text == "Dự thảo Quyết định."
    assert [(c.number, c.relation) for c in doc.citations] == [("149/2016/NĐ-CP", "basis")]


def test_a_table_row_after_a_plans_item_is_still_its_own():
    # an item under a part, not a list under a label: the row after it is its body
    doc = parse_text(
        "UBND TỈNH YÊN BÌNH\nSỞ TÀI CHÍNH\nSố: 88/KH-STC\nYên Bình, ngày 14 tháng 5 năm 2026\nKẾ HOẠCH\nKiểm tra giá năm 2026\n"
        "I. NHIỆM VỤ\n1. Kiểm tra giá các mặt hàng thiết yếu theo bảng sau:\n| Mặt hàng | Thời gian |\n| Xăng dầu | Quý III/2026 |\n"
    )
    assert "Xăng dầu" in (doc.sections[0].children[0].text or "")


CIRCULAR = (
    "BỘ XÂY DỰNG\nSố: 30/2026/TT-BXD\nHà Nội, ngày 02 tháng 6 năm 2026\nTHÔNG TƯ\nBan hành Danh mục sản phẩm phải chứng nhận hợp quy\n"
    "Điều 1. Danh mục sản phẩm\n1. Ban hành kèm theo Thông tư này Danh mục sản phẩm phải chứng nhận hợp quy:\n"
    "STT\nTên sản phẩm\nQuy chuẩn kỹ thuật\nquốc gia áp dụng\n"
    "1. Xi măng poóc lăng,\nbao gồm:\n- Xi măng poóc lăng hỗn hợp\nQCVN 16:2023/BXD\n"
    "2. Kính xây dựng\nQCVN 16:2023/BXD\n3. Gạch ốp lát\nQCVN 16:2023/BXD\n"
    "2. Trường hợp quy chuẩn được viện dẫn tại Thông tư này được sửa đổi thì thực hiện theo văn bản sửa đổi.\n"
    "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2026.\n"
)


def test_a_flattened_tables_numbers_are_its_rows_until_the_outline_resumes():
    doc = parse_text(CIRCULAR)
    article = doc.sections[0]
    assert [s.label for s in article.children] == ["1", "2"]
    assert "3. Gạch ốp lát" in (article.children[0].text or "")
    assert not [d for d in doc.diagnostics if d.code.startswith("numbering")]


COMMUNE_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\nSố: 21/KH-UBND\nHòa Phong, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch sởi năm 2026\n"
    "I. NHIỆM VỤ\n1. Trạm Y tế xã rà soát trẻ chưa tiêm đủ mũi.\n2. Công an xã giữ trật tự tại các điểm tiêm theo bảng:\n"
    "STT\nĐiểm tiêm\nThời gian\n1.\nNhà văn hóa thôn Bắc\nTháng 4/2026\n2.\nNhà văn hóa thôn Nam\nTháng 5/2026\n"
)


@pytest.mark.parametrize(
    "after",
    [
        # a sentence after the number the table's next row would have
        "3. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 30/6/2026.\n"
        "4. Đoàn Thanh niên xã tuyên truyền lịch tiêm.\n",
        # a body's name opening it, its task running on
        "3. Hội Liên hiệp Phụ nữ xã vận động các gia đình đưa trẻ đi tiêm\n4. Đoàn Thanh niên xã tuyên truyền lịch tiêm\n",
    ],
)
def test_the_outlines_next_item_is_no_row_of_a_table_as_long_as_its_number(after):
    # two rows under item 2: "3." fits the table's next row and the next item; the line reads as the item
    doc = parse_text(COMMUNE_PLAN + after)
    assert [s.label for s in doc.sections[0].children] == ["1", "2", "3", "4"]
    assert "Nhà văn hóa thôn Nam" in (doc.sections[0].children[1].text or "")
    assert {"Văn phòng HĐND và UBND xã", "Hội Liên hiệp Phụ nữ xã"} & {a.agency for a in doc.assignments}
    assert "Đoàn Thanh niên xã" in {a.agency for a in doc.assignments}


@pytest.mark.parametrize(
    "rows",
    [
        # the rows' numbered lines hold a cell each: so does the third
        "1. Dịch vụ truy nhập Internet cáp quang\nQCVN 34:2019/BTTTT\n2. Dịch vụ điện thoại cố định mặt đất\nQCVN 35:2019/BTTTT\n"
        "3. Dịch vụ truyền hình trả tiền trên mạng cáp\nQCVN 84:2014/BTTTT\n",
        # they read as sentences, the third as well: rows still
        "1. Dịch vụ truy nhập Internet cáp quang, gồm:\n- Dịch vụ FTTH\n2. Dịch vụ điện thoại cố định mặt đất, gồm:\n- Dịch vụ PSTN\n"
        "3. Dịch vụ truyền hình trả tiền trên mạng cáp, gồm:\n- Dịch vụ IPTV\n",
    ],
)
def test_a_tables_next_row_as_long_as_the_next_item_stays_a_row_when_it_reads_like_the_rows(rows):
    doc = parse_text(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 12/2026/TT-BTTTT\nHà Nội, ngày 02 tháng 6 năm 2026\nTHÔNG TƯ\nDanh mục dịch vụ viễn thông\n"
        "Điều 1. Danh mục\n1. Ban hành Danh mục dịch vụ viễn thông phải công bố chất lượng:\n2. Danh mục dịch vụ phải quản lý:\n"
        "STT\nTên dịch vụ\nQuy chuẩn\n" + rows + "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.\n"
    )
    assert [s.label for s in doc.sections[0].children] == ["1", "2"]
    assert "3. Dịch vụ truyền hình" in (doc.sections[0].children[1].text or "")


def test_a_letters_own_number_after_its_type_word_is_no_unknown_type():
    doc = parse_text(
        "UBND TỈNH YÊN BÌNH\nSỞ XÂY DỰNG\nSố: 701/SXD-QLCL\nYên Bình, ngày 02 tháng 6 năm 2026\n"
        "V/v kiểm tra chất lượng sản phẩm\nKính gửi: Công ty TNHH Gạch men Hòa Phong\n"
        "Xét đề nghị của Công ty TNHH Gạch men Hòa Phong tại Văn bản số 58/2026/ĐN-HP ngày 20/5/2026, Sở Xây dựng đề nghị "
        "Công ty chuẩn bị hồ sơ kiểm tra.\n"
    )
    assert [(c.number, c.doc_type) for c in doc.citations] == [("58/2026/ĐN-HP", "CV")]
    assert not [d for d in doc.diagnostics if d.code == "citation-unknown-type"]
