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
