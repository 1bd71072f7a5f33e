"""A task table a PDF's text gives one cell per line, read from its first row:
rows under a group's numeral whose first row number runs on after the title,
rows past a page's repeated header after which the cut cells go on, a lead
cell run into its task's lines, co-leads split over lines, a time cell with
a bracketed condition or cut after its unit word; and the time words that
bound nothing ("Trong tháng 4 năm 2026, tình hình …", a title's "TRONG THÁNG
5 NĂM 2026") or bound the year before ("trước năm 2027") (texts written for
these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ QUYẾT\nBan hành Kế hoạch chuyển đổi số\n"
    "I. MỤC TIÊU\nBảo đảm triển khai đồng bộ.\nII. NHIỆM VỤ\nCác nhiệm vụ tại Phụ lục kèm theo.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\n"
)
COLUMNS = "TT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn hoàn thành\n"

TABLES = [
    # a group's numeral, then its title with the first row's number run on
    # (the cleaner joins them): the first rows are read
    (
        COLUMNS
        + "I\nHoàn thiện thể chế về dữ liệu số và giao dịch điện tử trên môi trường mạng 1\n"
        "Rà soát các quy định về chia sẻ dữ liệu giữa các cơ quan nhà nước\nBộ Công an\nBộ Tư pháp\nQuý III/2026\n"
        "2\nXây dựng khung kiến trúc dữ liệu quốc gia\nBộ Khoa học và Công nghệ\nBộ Tài chính\nNăm 2026\n",
        [("Rà soát các", "Bộ Công an", "Quý III/2026"), ("Xây dựng khung", "Bộ Khoa học và Công nghệ", "Năm 2026")],
    ),
    # the header repeated on a new page, the cut cells of the row before
    # the break going on under it, then the next row's number
    (
        COLUMNS
        + "1\nTổ chức tập huấn kỹ năng số cho cán bộ, công chức\nBộ Nội vụ\nBộ Khoa học và Công nghệ\nThường xuyên\n"
        + COLUMNS
        + "12 tháng 5 năm 2025 của Ban Chỉ đạo\nTrung ương về phát triển khoa học, công nghệ và đổi mới sáng tạo quốc gia\n"
        "2.1 Theo dõi, tổng hợp kết quả chuyển đổi số của các bộ, ngành\nBộ Nội vụ\nBộ Tài chính\nQuý IV/2026\n",
        [("Tổ chức tập", "Bộ Nội vụ", "Thường xuyên"), ("Theo dõi, tổng", "Bộ Nội vụ", "Quý IV/2026")],
    ),
    # a time cell with its condition in brackets over two lines; one whose
    # unit word a line break cut from its number ("Quý" / "II/2026 (…)")
    (
        COLUMNS
        + "1\nPhê duyệt danh mục cơ sở dữ liệu dùng chung\nBộ Tài chính\nBộ Công an\n"
        "Năm 2027 (sau khi Chính phủ ban hành Nghị định về quản lý\ndữ liệu dùng chung)\n"
        "2\nSửa đổi quy chế vận hành Cổng dịch vụ công quốc gia\nVăn phòng Chính phủ\nBộ Công an\n"
        "Quý\nII/2026 (theo yêu cầu của cấp có thẩm quyền về lộ trình giai đoạn 2026 - 2030)\n",
        [
            ("Phê duyệt danh", "Bộ Tài chính", "Năm 2027 (sau khi Chính phủ ban hành Nghị định về quản lý dữ liệu dùng chung)"),
            ("Sửa đổi quy", "Văn phòng Chính phủ", "Quý II/2026 (theo yêu cầu của cấp có thẩm quyền về lộ trình giai đoạn 2026 - 2030)"),
        ],
    ),
]


def _rows(doc):
    got = set()
    for part in (doc, *doc.attachments):
        for a in part.assignments:
            if a.role != "lead":
                continue
            for t in a.tasks:
                when = next((d.text for d in a.deadlines if d.span == t.span), None)
                got.add((" ".join(t.text.split()[:3]), a.agency, when))
    return got


@pytest.mark.parametrize(("table", "expected"), TABLES)
def test_a_cell_per_line_table_is_read_from_its_first_row(table, expected):
    got = _rows(parse_text(HEAD + table))
    assert set(expected) <= got, sorted(got)


def test_a_time_cells_condition_gives_no_date():
    doc = parse_text(HEAD + TABLES[2][0])
    dates = {(d.month, d.year) for part in (doc, *doc.attachments) for a in part.assignments for d in a.deadlines}
    assert (6, 2026) in dates and (None, 2027) in dates
    assert not any(y == 2030 for _, y in dates)  # (the condition's years)


CO_LEADS = [
    # co-leads in one cell, the line break after their ";"
    COLUMNS + "1\nRà soát định mức biên chế trong các cơ sở giáo dục và y tế công lập\nBộ Giáo dục và Đào tạo;\nBộ Y tế\n"
    "Bộ Nội vụ\nQuý IV/2026\n",
    # the lead's narrow lines run into the task's cell after its bare number
    COLUMNS + "1\nSắp xếp các đơn vị sự nghiệp công lập thuộc phạm vi quản lý theo định hướng\n"
    "của Trung ương, bảo đảm tinh gọn và hoạt động hiệu quả theo yêu cầu tại\nBộ Giáo dục và\nĐào tạo, Bộ Y\ntế và các bộ\n"
    "Bộ Nội vụ;\nBộ Tài chính\nQuý IV/2026\n",
]


@pytest.mark.parametrize("table", CO_LEADS)
def test_co_leads_in_one_cell_all_lead(table):
    doc = parse_text(HEAD + table)
    roles = {(a.agency, a.role) for part in (doc, *doc.attachments) for a in part.assignments}
    assert {("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Y tế", "lead")} <= roles, sorted(roles)
    assert ("Bộ Y tế", "support") not in roles


PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 88/KH-UBND\nLào Cai, ngày 06 tháng 5 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện nhiệm vụ chuyển đổi số năm 2026\nI. ĐÁNH GIÁ\n{text}\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch này.\n"
)

FRAMES = [
    # a past period opening an assessment's sentence: no deadline
    ("UBND tỉnh đánh giá: Trong tháng 4 năm 2026, tình hình kinh tế tiếp tục phục hồi, thu ngân sách tăng khá.", []),
    ("Trong quý I/2026, các sở, ngành đã hoàn thành việc rà soát thủ tục hành chính.", []),
    # a title's time frame, in capitals: no deadline
    ("NHIỆM VỤ TRỌNG TÂM TRONG THÁNG 6 NĂM 2026 VÀ THỜI GIAN TỚI\nCác sở tiếp tục theo dõi tình hình.", []),
    # one bounding a task still to be done stays
    ("Trong tháng 6 năm 2026, Sở Nội vụ tổ chức tập huấn cho cán bộ cấp xã.", [(6, 2026)]),
    # "trước năm Y": by the end of Y - 1
    ("Sở Tài chính hoàn thành việc số hóa hồ sơ trước năm 2027.", [(12, 2026)]),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_a_time_frame_is_no_deadline(text, expected):
    doc = parse_text(PLAN.format(text=text))
    got = [(d.month, d.year) for d in doc.deadlines if d.year in (2025, 2026, 2027)]
    assert got == expected, [(d.text, d.month, d.year) for d in doc.deadlines]


def test_before_a_year_in_a_time_field():
    text = "- Cơ quan chủ trì: Bộ Công an\n- Thời gian thực hiện: Theo lộ trình, Trung tâm dữ liệu số 2 hoàn thành trước năm 2027."
    doc = parse_text(PLAN.format(text="Tình hình ổn định.").replace("1. Sở Khoa học", "1. Xây dựng Trung tâm dữ liệu:\n" + text + "\n2. Sở Khoa học"))
    got = {(d.day, d.month, d.year) for d in doc.deadlines if "trước năm 2027" in d.text}
    assert got == {(31, 12, 2026)}, [(d.text, d.day, d.month, d.year) for d in doc.deadlines]
