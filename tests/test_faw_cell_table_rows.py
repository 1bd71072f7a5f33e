"""A task table a PDF's text gives one cell per line: a group's title run on
after a row's time, a body's name wrapped over lines, "Các Bộ: A, B" leads,
dash sub-rows, a period's time cell cut from its years, a note under a row,
and a year going on without end (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

PLAN = (
    "CHÍNH PHỦ\nSố: 45/NQ-CP\nHà Nội, ngày 12 tháng 3 năm 2026\nNGHỊ QUYẾT\nBan hành Kế hoạch phòng, chống dịch bệnh\n"
    "I. MỤC TIÊU\nBảo đảm triển khai đồng bộ.\nII. NHIỆM VỤ\nCác nhiệm vụ tại Phụ lục kèm theo.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\n"
    "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
    "I\nHoàn thiện thể chế\n"
    "1\nRà soát các quy định về kiểm dịch y tế biên giới\nBộ Y tế\nBộ Công an\nQuý IV/2026\n"
    "{rows}"
)

ROWS = [
    # a group's title and its first row's number run on after a row's time
    # (the line too long for a time cell): the rows after it are read
    (
        "2\nXây dựng cơ sở dữ liệu dịch tễ quốc gia\nBộ Y tế\nBộ Khoa học và Công nghệ\n"
        "Hằng năm II Tăng cường hợp tác quốc tế về y tế dự phòng và kiểm soát dịch bệnh 1\n"
        "Tham gia các sáng kiến quốc tế về an ninh y tế toàn cầu\nBộ Ngoại giao\nBộ Y tế\nHằng năm\n",
        [
            ("Xây dựng cơ", "Bộ Y tế", "Hằng năm"),
            ("Tham gia các", "Bộ Ngoại giao", "Hằng năm"),
        ],
    ),
    # a body's name wrapped over three lines, its partner's over two: the row
    # and the next one are read whole
    (
        "2\nKiện toàn cơ quan chỉ đạo phòng, chống dịch các cấp\nBan Chỉ đạo\nPhòng chống dịch\nbệnh quốc gia\n"
        "Ban Chỉ đạo\ntỉnh các cấp\nHằng năm\n"
        "3\nRà soát tổ chức bộ máy y tế dự phòng\nBộ Y tế\nBộ Nội vụ\nNăm\n2026 - 2027\n",
        [
            ("Kiện toàn cơ quan", "Ban Chỉ đạo Phòng chống dịch bệnh quốc gia", "Hằng năm"),
            ("Rà soát tổ chức", "Bộ Y tế", "Năm 2026 - 2027"),
        ],
    ),
    # a lead cell "Các Bộ: A, B, C" names each ministry
    (
        "2\nƯu tiên bố trí kinh phí phòng, chống dịch tại cơ sở\nCác Bộ:\nY tế,\nCông an, Quốc phòng\n"
        "Bộ Tài chính\nNăm 2026\n",
        [
            ("Ưu tiên bố trí", "Bộ Y tế", "Năm 2026"),
            ("Ưu tiên bố trí", "Bộ Công an", "Năm 2026"),
            ("Ưu tiên bố trí", "Bộ Quốc phòng", "Năm 2026"),
        ],
    ),
    # a row's dash sub-rows, each its task and lead (the dash on a line of
    # its own); a lead's name split over two lines joined
    (
        "2\nHoàn thiện quy chuẩn kỹ thuật đối với công trình y tế:\n-\nHạ tầng cấp nước sạch.\nBộ Y tế\n"
        "Bộ Xây dựng\nNăm 2026\n-\nHạ tầng xử lý chất thải y khoa.\nBộ Quốc\nphòng\n"
        "-\nNhà máy sản xuất vắc xin.\nBộ Công an\n"
        "3\nRà soát danh mục thuốc dự trữ quốc gia\nBộ Tài chính\nBộ Y tế\nNăm 2027\n",
        [
            ("Hoàn thiện quy chuẩn", "Bộ Y tế", "Năm 2026"),
            ("Hạ tầng xử lý", "Bộ Quốc phòng", None),
            ("Nhà máy sản", "Bộ Công an", None),
            ("Rà soát danh", "Bộ Tài chính", "Năm 2027"),
        ],
    ),
    # a period's time cell cut from its years ("Giai đoạn" / "2026 - 2030"),
    # then a note under the row before the next row's number
    (
        "2\nĐầu tư trang thiết bị xét nghiệm cho các trung tâm kiểm soát bệnh tật\nBộ Y tế\nBộ Tài chính\n"
        "Giai đoạn\n2026 - 2030\n \nCác bộ, cơ quan, địa phương xây dựng dự án chi tiết, trong đó nêu rõ "
        "sản phẩm và thời gian thực hiện.\n"
        "3\nĐào tạo nhân lực y tế dự phòng\nBộ Giáo dục và Đào tạo\nBộ Y tế\nNăm 2027\n",
        [
            ("Đầu tư trang", "Bộ Y tế", "Giai đoạn 2026 - 2030"),
            ("Đào tạo nhân", "Bộ Giáo dục và Đào tạo", "Năm 2027"),
        ],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), ROWS)
def test_a_cell_per_line_tables_rows(rows, expected):
    doc = parse_text(PLAN.format(rows=rows))
    got = set()
    for a in doc.assignments:
        if a.role != "lead":
            continue
        for t in a.tasks:
            when = next((d.text for d in a.deadlines if d.span == t.span), None)
            got.add((" ".join(t.text.split()[:3]), a.agency, when))
    want = {(" ".join(task.split()[:3]), lead, when) for task, lead, when in expected}
    assert want <= got, sorted(got)
    # no body cut short from a name wrapped over lines
    assert not any(a.agency in ("Ban Chỉ đạo", "Các Bộ", "Bộ Quốc") for a in doc.assignments)


def test_a_wrapped_partners_name_is_whole():
    doc = parse_text(PLAN.format(rows=ROWS[1][0]))
    support = {a.agency for a in doc.assignments if a.role == "support"}
    assert "Ban Chỉ đạo tỉnh các cấp" in support


@pytest.mark.parametrize(
    ("cell", "year", "recurrence"),
    [
        ("Năm 2026 và các năm tiếp theo", 2026, "ongoing"),
        ("Từ năm 2027 trở đi", 2027, "ongoing"),
        ("Năm 2026", 2026, "once"),
        ("Giai đoạn 2026 - 2030", 2030, "once"),
    ],
)
def test_a_time_cells_year_going_on_without_end(cell, year, recurrence):
    doc = parse_text(PLAN.format(rows=f"2\nXây dựng cơ sở dữ liệu dịch tễ quốc gia\nBộ Y tế\nBộ Công an\n{cell}\n"))
    (d,) = [d for a in doc.assignments if a.role == "lead" for d in a.deadlines if d.text == cell]
    assert (d.year, d.recurrence) == (year, recurrence)
