"""Recipients flattened into one table cell, runs of spaces in a recipient,
a date range bounding whom a rule covers, and bodies named by a head's title
or by a noun compound (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

LICENCE = (
    "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/GP-SCT\nHà Giang, ngày 12 tháng 3 năm 2026\n"
    "GIẤY PHÉP\nVận chuyển hàng hóa nguy hiểm\n"
    "Thời hạn của Giấy phép: 12 tháng kể từ ngày ký./.\n"
)


@pytest.mark.parametrize(
    ("cell", "recipients"),
    [
        # a unit joined to its parent by " - " is one recipient
        (
            "| Nơi nhận: - UBND tỉnh (để b/c); - Cục Quản lý xuất nhập cảnh - Bộ Công an; "
            "- Sở Xây dựng; - Phân xưởng số 2 - Công ty TNHH Hóa chất Bắc Hà; - Lưu: VT, QLCN. "
            "| KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Minh Quang |",
            [
                "UBND tỉnh (để b/c)",
                "Cục Quản lý xuất nhập cảnh - Bộ Công an",
                "Sở Xây dựng",
                "Phân xưởng số 2 - Công ty TNHH Hóa chất Bắc Hà",
                "Lưu: VT, QLCN",
            ],
        ),
        # a run of spaces inside a recipient is one space
        (
            "| Nơi nhận: - Bộ trưởng  (để b/c); - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Minh Quang |",
            ["Bộ trưởng (để b/c)", "Lưu: VT"],
        ),
    ],
)
def test_recipients_in_one_cell_split_at_the_lists_own_dashes(cell, recipients):
    doc = parse_text(LICENCE + cell + "\n")
    assert [r.text for r in doc.recipients] == recipients


def test_a_run_of_spaces_in_a_dash_line_recipient_is_one_space():
    doc = parse_text(
        LICENCE + "Nơi nhận:\n- Bộ trưởng  (để b/c);\n- Văn phòng  Sở;\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Minh Quang\n"
    )
    assert [r.text for r in doc.recipients] == ["Bộ trưởng (để b/c)", "Văn phòng Sở", "Lưu: VT"]


DECREE = (
    "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/2026/NĐ-CP\nHà Nội, ngày 05 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định chế độ đối với cán bộ bản, khu phố\n"
)


@pytest.mark.parametrize(
    ("line", "due"),
    [
        # a range bounding whom a transitional rule covers: no limit
        (
            "1. Cán bộ bản, khu phố được bố trí từ ngày 01 tháng 8 năm 2025 đến trước ngày 31 tháng 7 năm 2026 "
            "nghỉ việc do sắp xếp được hưởng trợ cấp theo quy định tại Điều 5 Nghị định này.\n",
            [],
        ),
        (
            "2. Hồ sơ nộp từ ngày 15/9/2026 đến trước ngày 01/12/2026 được giải quyết theo quy định cũ.\n",
            [],
        ),
        # a task's own limit still is one
        (
            "3. Ủy ban nhân dân cấp tỉnh báo cáo Bộ Nội vụ trước ngày 31 tháng 12 năm 2026.\n",
            [(31, 12, 2026)],
        ),
    ],
)
def test_a_range_of_dates_whom_a_rule_covers_is_no_deadline(line, due):
    doc = parse_text(DECREE + "Điều 9. Điều khoản chuyển tiếp\n" + line)
    assert [(d.day, d.month, d.year) for d in doc.deadlines] == due


MINISTRY_DECISION = (
    "BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 512/QĐ-BXD\nHà Nội, ngày 10 tháng 6 năm 2026\n"
    "QUYẾT ĐỊNH\nBan hành hướng dẫn kỹ thuật về thi công nhà lắp ghép\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
    "Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này hướng dẫn kỹ thuật về thi công nhà lắp ghép.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
MINISTER_SIGNS = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KHCN.\nBỘ TRƯỞNG\nTrần Hồng Minh\n"


def test_a_body_named_with_a_noun_compound_is_whole_and_the_list_goes_on():
    # "vật liệu xây dựng" is a noun compound: its "xây dựng" starts no
    # predicate, and the heads' class after it is an executor too
    doc = parse_text(
        MINISTRY_DECISION + "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kinh tế và Vật liệu xây dựng, "
        "Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương "
        "chịu trách nhiệm thi hành Quyết định này./.\n" + MINISTER_SIGNS
    )
    assert [(a.canonical, a.role) for a in doc.assignments] == [
        ("Văn phòng Bộ", "responsible"),
        ("Vụ Kinh tế và Vật liệu xây dựng", "responsible"),
        ("Các đơn vị thuộc Bộ", "responsible"),
        ("UBND các tỉnh, thành phố", "responsible"),
    ]


def test_xay_dung_after_a_bodys_name_still_opens_its_task():
    # (a guard: the verb right after a body's name is its task's)
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/KH-UBND\nLạng Sơn, ngày 10 tháng 6 năm 2026\n"
        "KẾ HOẠCH\nTriển khai ứng dụng công nghệ số năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ xây dựng kế hoạch kiểm tra việc ứng dụng công nghệ số, "
        "hoàn thành trước ngày 30/9/2026.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n"
    )
    assert [a.agency for a in doc.assignments] == ["Sở Khoa học và Công nghệ", "Sở Tài chính"]
