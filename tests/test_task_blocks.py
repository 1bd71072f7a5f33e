"""A plan's tasks written as blocks ("a) Tổ chức …" / "- Đơn vị chủ trì: …" /
"- Đơn vị phối hợp: …" / "- Thời gian thực hiện: …") are the same tasks as a
task table's rows: the label lines are the task's fields, never tasks, in
``diff`` and in the parse (MS E1, E5, E6, E7)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_file, parse_text
from khtool.diff import task_items
from khtool.models import content_digest

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\n\nSố: 21/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Tân Hưng, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em trên địa bàn xã năm 2026\n\n"
)
# (what, lead, partners, time): the rows of the plan's task part
TASKS = [
    (
        "Rà soát, lập danh sách các ao, hồ, kênh mương, hố sâu nguy hiểm; cắm biển cảnh báo tại các điểm có nguy cơ.",
        "Phòng Kinh tế",
        "Công an xã",
        "Trong tháng 4/2026",
    ),
    (
        "Tổ chức các lớp dạy bơi an toàn cho học sinh tiểu học trong dịp hè.",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế xã",
        "Tháng 6 - tháng 8/2026",
    ),
    (
        "Tuyên truyền kỹ năng phòng, tránh đuối nước trên hệ thống loa truyền thanh của các ấp.",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế xã",
        "Hằng tuần",
    ),
    (
        "Kiểm tra việc trông giữ trẻ tại các điểm giữ trẻ tư thục, nhóm trẻ gia đình.",
        "Phòng Văn hóa - Xã hội",
        "Công an xã",
        "Thường xuyên",
    ),
]
TAIL = (
    "\nIII. KINH PHÍ THỰC HIỆN\n"
    "Kinh phí thực hiện từ ngân sách xã năm 2026 và các nguồn huy động hợp pháp khác.\n"
    "\nIV. TỔ CHỨC THỰC HIỆN\n"
    "Trạm Y tế xã tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 15/12/2026.\n"
)
PURPOSE = "I. MỤC ĐÍCH, YÊU CẦU\nGiảm số trẻ em bị đuối nước trên địa bàn xã.\n\nII. NHIỆM VỤ CỤ THỂ\n"


def _blocks(extra: str = "") -> str:
    out = []
    for letter, (what, lead, partners, time) in zip("abcd", TASKS, strict=True):
        out.append(
            f"{letter}) {what}\n- Đơn vị chủ trì: {lead}.\n- Đơn vị phối hợp: {partners}.\n"
            f"- Thời gian thực hiện: {time}.\n{extra}"
        )
    return HEAD + PURPOSE + "".join(out) + TAIL


def _table_docx(path):
    import docx

    d = docx.Document()
    for line in (HEAD + PURPOSE).strip("\n").split("\n"):
        d.add_paragraph(line)
    t = d.add_table(rows=len(TASKS) + 1, cols=5)
    heads = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")
    for cell, text in zip(t.rows[0].cells, heads, strict=True):
        cell.text = text
    for i, (row, task) in enumerate(zip(t.rows[1:], TASKS, strict=True), 1):
        for cell, text in zip(row.cells, (str(i), *task), strict=True):
            cell.text = text
    for line in TAIL.strip("\n").split("\n"):
        d.add_paragraph(line)
    d.save(path)
    return path


@pytest.mark.parametrize(
    "extra",
    [
        "",
        # the output and the cost are fields as well, as a table's further columns
        "- Sản phẩm: Báo cáo kết quả gửi Ủy ban nhân dân xã.\n- Kinh phí: Ngân sách xã.\n",
    ],
)
def test_a_task_blocks_label_lines_are_its_fields_not_tasks(extra):
    doc = parse_text(_blocks(extra))
    tasks = [t for t, _ in task_items(doc)]
    # one task a block, its own words (the closing part's report too)
    assert tasks[: len(TASKS)] == [what for what, *_ in TASKS]
    assert not any("chủ trì:" in t or "Thời gian" in t or "Sản phẩm" in t or "Kinh phí:" in t for t in tasks)


def test_the_same_plan_as_blocks_and_as_a_task_table_is_one_plan(tmp_path):
    blocks = parse_text(_blocks())
    table = parse_file(_table_docx(tmp_path / "plan.docx"))
    assert len(task_items(blocks)) == len(task_items(table))
    d = diff_plans(blocks, table)
    assert d.tasks.coverage_a_by_b == 1.0 and d.tasks.coverage_b_by_a == 1.0
    assert not d.tasks.uncovered_a and not d.tasks.uncovered_b
    # (the time fields read as the table's time cells: one text, as graph and check tell)
    assert sorted((x.text, x.recurrence) for x in blocks.deadlines) == sorted(
        (x.text, x.recurrence) for x in table.deadlines
    )
    assert content_digest(blocks) == content_digest(table)


@pytest.mark.parametrize(
    ("time", "recurrence", "month"),
    [
        ("Hằng tuần", "weekly", None),
        ("Hằng tháng", "monthly", None),
        ("Thường xuyên", "ongoing", None),
        ("Thường xuyên, tăng cường vào dịp hè", "ongoing", None),
        ("Quý II/2026", "once", 6),
    ],
)
def test_a_time_field_is_read_as_a_tables_time_cell(time, recurrence, month):
    doc = parse_text(
        HEAD + "I. NHIỆM VỤ\n1. Tuyên truyền kỹ năng phòng, tránh đuối nước cho học sinh.\n"
        f"- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời gian thực hiện: {time}.\n"
    )
    assert [(x.text, x.recurrence, x.month, x.agency) for x in doc.deadlines] == [
        (time, recurrence, month, "Phòng Văn hóa - Xã hội")
    ]


def test_a_date_the_task_says_and_its_time_field_repeats_is_one_deadline():
    doc = parse_text(
        HEAD + "I. NHIỆM VỤ\n1. Tổ chức ra quân dọn vệ sinh bờ kênh trong tháng 5/2026.\n"
        "- Đơn vị chủ trì: Phòng Kinh tế.\n- Thời gian thực hiện: Trong tháng 5/2026.\n"
    )
    assert [(x.month, x.year) for x in doc.deadlines] == [(5, 2026)]


def test_renumbered_parts_add_no_task_and_an_intro_line_is_none():
    # the same plan, its parts numbered "1." … instead of "I." …, its task
    # part opening with a line that leads to the list
    renumbered = _blocks()
    for roman, arabic in (("I. ", "1. "), ("II. ", "2. "), ("III. ", "3. "), ("IV. ", "4. ")):
        renumbered = renumbered.replace(f"\n{roman}", f"\n{arabic}")
    renumbered = renumbered.replace("2. NHIỆM VỤ CỤ THỂ\n", "2. NHIỆM VỤ CỤ THỂ\nCác nhiệm vụ cụ thể như sau:\n")
    a, b = parse_text(_blocks()), parse_text(renumbered)
    assert [t for t, _ in task_items(a)] == [t for t, _ in task_items(b)]
    d = diff_plans(a, b)
    assert not d.tasks.uncovered_a and not d.tasks.uncovered_b


# A ward's plan whose parts each hold only a paragraph, no items: the
# paragraph is the part's task, however the parts are numbered; the parts
# that set no task by nature (purpose, funding, reporting) stay out.
_PARAGRAPH_PARTS = [
    ("MỤC ĐÍCH, YÊU CẦU", "Nâng cao ý thức của người dân trong phòng, chống dịch sốt xuất huyết."),
    ("CÔNG TÁC TUYÊN TRUYỀN", "Trạm Y tế xã phát thanh nội dung phòng, chống sốt xuất huyết trên loa của các ấp."),
    ("CÔNG TÁC DIỆT LĂNG QUĂNG", "Các ấp tổ chức ra quân thu gom vật dụng chứa nước đọng mỗi tháng một lần."),
    ("KINH PHÍ THỰC HIỆN", "Kinh phí thực hiện từ nguồn ngân sách xã năm 2026."),
    ("CHẾ ĐỘ BÁO CÁO", "Trạm Y tế xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/11/2026."),
]


def _paragraph_plan(numerals: list[str]) -> str:
    return HEAD + "".join(f"{n}. {h}\n{t}\n\n" for n, (h, t) in zip(numerals, _PARAGRAPH_PARTS, strict=True))


@pytest.mark.parametrize("numerals", [["I", "II", "III", "IV", "V"], ["1", "2", "3", "4", "5"]])
def test_a_plans_part_holding_only_its_paragraph_is_a_task(numerals):
    tasks = [t for t, _ in task_items(parse_text(_paragraph_plan(numerals)))]
    assert f"{_PARAGRAPH_PARTS[1][0]}: {_PARAGRAPH_PARTS[1][1]}" in tasks
    assert f"{_PARAGRAPH_PARTS[2][0]}: {_PARAGRAPH_PARTS[2][1]}" in tasks
    assert not any(t.startswith(("MỤC ĐÍCH", "KINH PHÍ", "CHẾ ĐỘ BÁO CÁO", "Kinh phí", "Nâng cao")) for t in tasks)


def test_a_plans_paragraph_parts_read_alike_numbered_either_way():
    roman = parse_text(_paragraph_plan(["I", "II", "III", "IV", "V"]))
    arabic = parse_text(_paragraph_plan(["1", "2", "3", "4", "5"]))
    assert len(task_items(roman)) == 2
    assert [t for t, _ in task_items(roman)] == [t for t, _ in task_items(arabic)]
    d = diff_plans(roman, arabic)
    assert d.tasks.coverage_a_by_b == 1.0 and not d.tasks.uncovered_b
