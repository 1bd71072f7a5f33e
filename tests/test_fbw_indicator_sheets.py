"""A normative text's appendix of indicator sheets assigns the collection of
each indicator by its labelled responsibility lines (audit NG #13): the label
gives the role ("Đơn vị chịu trách nhiệm thu thập, tổng hợp: X" responsible;
"- Chủ trì: X;" lead, "- Phối hợp: Y; Z" support), the task is the record's
heading (the indicator's code and name), and "Kỳ công bố" its recurrence."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 12/2026/TT-BTC\nHà Nội, ngày 15 tháng 3 năm 2026\n\nTHÔNG TƯ\n"
    "Quy định hệ thống chỉ tiêu thống kê ngành Tài chính\n\n"
    "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;\n"
    "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định hệ thống chỉ tiêu thống kê ngành Tài chính.\n\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định hệ thống chỉ tiêu thống kê ngành Tài chính.\n\n"
    "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2026.\n\n"
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n\n"
    "Phụ lục II\nNỘI DUNG CHỈ TIÊU THỐNG KÊ NGÀNH TÀI CHÍNH\n"
    "(Ban hành kèm theo Thông tư số 12/2026/TT-BTC ngày 15 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính)\n\n"
    "01. Thu, chi ngân sách nhà nước\n"
)
RESPONSIBLE = (
    "0101. Tổng thu ngân sách nhà nước trên địa bàn\n"
    "1. Khái niệm, phương pháp tính\n"
    "Tổng thu ngân sách nhà nước trên địa bàn là toàn bộ các khoản thu phát sinh trên địa bàn tỉnh.\n"
    "2. Phân tổ chủ yếu: Tỉnh, thành phố trực thuộc Trung ương.\n"
    "3. Kỳ công bố: Năm.\n"
    "4. Nguồn số liệu: Chế độ báo cáo thống kê cấp bộ, ngành.\n"
    "5. Đơn vị chịu trách nhiệm thu thập, tổng hợp: Vụ Ngân sách nhà nước.\n\n"
)
LEAD = (
    "0102. Số thu thuế xuất khẩu, nhập khẩu\n"
    "1. Khái niệm, phương pháp tính\n"
    "Số thu thuế xuất khẩu, nhập khẩu là tổng số tiền thuế thu được từ hàng hóa xuất khẩu, nhập khẩu.\n"
    "2. Kỳ công bố: Quý, năm.\n"
    "3. Nguồn số liệu: Dữ liệu hành chính.\n"
    "4. Cơ quan chịu trách nhiệm thu thập, tổng hợp\n"
    "- Chủ trì: Cục Hải quan;\n"
    "- Phối hợp: Cục Thuế; Kho bạc Nhà nước.\n\n"
)
WRAPPED = (
    "02. Nợ công\n"
    "0201. Dư nợ của Chính phủ\n"
    "1. Khái niệm, phương pháp tính\n"
    "Dư nợ của Chính phủ là tổng số tiền gốc của các khoản vay còn phải trả tại thời điểm báo cáo.\n"
    "2. Kỳ công bố: 6 tháng.\n"
    "3. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Cục Quản lý nợ và Kinh tế \n"
    "đối ngoại.\n"
)


def _pairs(text: str) -> set[tuple[str, str, str]]:
    doc = parse_text(text)
    return {(a.agency, a.role, t.text.split(".")[0]) for a in doc.assignments for t in a.tasks if t.text[:1].isdigit()}


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        (RESPONSIBLE, {("Vụ Ngân sách nhà nước", "responsible", "0101")}),
        (
            LEAD,
            {
                ("Cục Hải quan", "lead", "0102"),
                ("Cục Thuế", "support", "0102"),
                ("Kho bạc Nhà nước", "support", "0102"),
            },
        ),
        (WRAPPED, {("Cục Quản lý nợ và Kinh tế đối ngoại", "responsible", "0201")}),
        (
            RESPONSIBLE + LEAD + WRAPPED,
            {
                ("Vụ Ngân sách nhà nước", "responsible", "0101"),
                ("Cục Hải quan", "lead", "0102"),
                ("Cục Thuế", "support", "0102"),
                ("Kho bạc Nhà nước", "support", "0102"),
                ("Cục Quản lý nợ và Kinh tế đối ngoại", "responsible", "0201"),
            },
        ),
    ],
)
def test_sheet_labels_assign_their_bodies(records: str, expected: set[tuple[str, str, str]]) -> None:
    assert _pairs(HEAD + records) == expected


@pytest.mark.parametrize(
    ("records", "agency", "recurrence"),
    [
        (RESPONSIBLE, "Vụ Ngân sách nhà nước", "annual"),
        (LEAD, "Cục Hải quan", "quarterly"),
        (WRAPPED, "Cục Quản lý nợ và Kinh tế đối ngoại", "semiannual"),
        (RESPONSIBLE.replace("Kỳ công bố: Năm", "Kỳ công bố: 5 năm"), "Vụ Ngân sách nhà nước", "periodic"),
    ],
)
def test_publication_period_is_the_tasks_recurrence(records: str, agency: str, recurrence: str) -> None:
    doc = parse_text(HEAD + records)
    a = next(a for a in doc.assignments if a.agency == agency)
    assert [(d.recurrence, d.day, d.month, d.year) for d in a.deadlines] == [(recurrence, None, None, None)]
    # (the period is the lead's: its partners have none)
    assert all(not b.deadlines for b in doc.assignments if b.role == "support")


def test_one_assignment_per_body_and_role() -> None:
    other = RESPONSIBLE.replace("0101. Tổng thu ngân sách nhà nước trên địa bàn", "0103. Tổng chi ngân sách địa phương")
    doc = parse_text(HEAD + RESPONSIBLE + other + LEAD)
    mine = [a for a in doc.assignments if a.agency == "Vụ Ngân sách nhà nước"]
    assert len(mine) == 1
    assert [t.text for t in mine[0].tasks] == [
        "0101. Tổng thu ngân sách nhà nước trên địa bàn",
        "0103. Tổng chi ngân sách địa phương",
    ]
    lead = next(a for a in doc.assignments if a.agency == "Cục Hải quan")
    assert lead.tasks[0].partners == ["Cục Thuế", "Kho bạc Nhà nước"]


@pytest.mark.parametrize(
    "records",
    [
        # a group's heading ("02. …") heads no sheet: its lines assign nothing
        "02. Nợ công\n1. Khái niệm\nNợ công gồm nợ của Chính phủ.\n"
        "2. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Cục Quản lý nợ.\n",
        # a record whose label names no body
        RESPONSIBLE.replace(": Vụ Ngân sách nhà nước.", ":"),
    ],
)
def test_no_sheet_no_assignment(records: str) -> None:
    assert _pairs(HEAD + records) == set()
    assert not [a for a in parse_text(HEAD + records).assignments if a.agency.startswith("Cục Quản lý nợ")]
