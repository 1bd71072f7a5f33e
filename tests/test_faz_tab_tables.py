"""A task table a word processor saved as text: a row a line, its cells a tab
apart, under a header row naming its columns. Read as the same table with
bars is (texts written here)."""

import pytest

from khtool import parse_text
from khtool.normalize import clean, normalize_source

_HEAD = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/KH-UBND\tTân Lập, ngày 05 tháng 02 năm 2026\n\n"
    "KẾ HOẠCH\n"
    "Phòng, chống tội phạm và tệ nạn xã hội trên địa bàn xã năm 2026\n\n"
    "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Kiềm chế sự gia tăng của tội phạm, giữ vững an ninh trật tự trên địa bàn xã.\n\n"
    "II. NHIỆM VỤ CỤ THỂ\n"
)
_ROWS = [
    ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
    ("1", "Tuyên truyền phòng, chống ma túy tại các thôn", "Phòng Văn hóa - Xã hội", "Công an xã", "Quý I/2026"),
    ("2", "Kiện toàn Tổ công tác cai nghiện ma túy của xã", "Công an xã", "Trạm Y tế xã", "Trước ngày 30/4/2026"),
    ("3", "Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND xã", "", "Trước ngày 10/12/2026"),
]
_TAIL = (
    "\nIII. TỔ CHỨC THỰC HIỆN\n"
    "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện.\n\n"
    "Nơi nhận:\n"
    "- Như mục III;\n"
    "- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "CHỦ TỊCH\n\n"
    "Nguyễn Văn Bình\n"
)
_TABBED = _HEAD + "".join("\t".join(r) + "\n" for r in _ROWS) + _TAIL
_BARRED = _HEAD + "".join("| " + " | ".join(r) + " |\n" for r in _ROWS) + _TAIL


def _who(text: str) -> list[tuple[str, str, str, str]]:
    doc = parse_text(text)
    return sorted(
        (a.agency, a.role, t.text, ";".join(d.text for d in a.deadlines))
        for a in doc.assignments
        for t in a.tasks
    )


def test_a_tab_separated_table_is_read_as_its_barred_form():
    got = _who(_TABBED)
    assert got == _who(_BARRED)
    leads = {(agency, task) for agency, role, task, _ in got if role == "lead"}
    assert ("Phòng Văn hóa - Xã hội", "Tuyên truyền phòng, chống ma túy tại các thôn") in leads
    assert ("Công an xã", "Kiện toàn Tổ công tác cai nghiện ma túy của xã") in leads
    # (the report's recipient, named in the task's cell, is no lead)
    assert all("huyện" not in agency for agency, *_ in got)
    assert ("Công an xã", "support", "Tuyên truyền phòng, chống ma túy tại các thôn", "Quý I/2026") in got


def test_its_rows_are_cells_a_tab_apart():
    ct = clean(normalize_source(_TABBED, keep_tabs=True))
    assert ct.has_cells()
    rows: dict[int, list[tuple[int, str]]] = {}
    for pl in ct.phys:
        if pl.is_cell:
            rows.setdefault(pl.line, []).append((pl.cell_index, pl.text))
    assert len(rows) == len(_ROWS)
    # (the empty partners' cell is absent, the time's keeps its column)
    assert rows[max(rows)] == [(i, t) for i, t in enumerate(_ROWS[-1]) if t]


def test_an_empty_cell_keeps_the_columns_after_it():
    got = _who(_TABBED)
    row3 = [g for g in got if g[2].startswith("Tổng hợp")]
    assert [(a, r, d) for a, r, _, d in row3] == [("Văn phòng HĐND và UBND xã", "lead", "Trước ngày 10/12/2026")]


def test_a_cells_span_is_its_source_column():
    doc = parse_text(_TABBED)
    row = next(a for a in doc.assignments if a.agency == "Công an xã" and a.role == "lead")
    line = next(x for x in _TABBED.split("\n") if x.startswith("2\t"))
    assert row.span is not None and _TABBED[row.span.start : row.span.end] == line
    (when,) = row.deadlines
    assert when.span is not None and _TABBED[when.span.start : when.span.end] == "Trước ngày 30/4/2026"


def test_the_header_of_a_tabbed_text_is_still_read():
    h = parse_text(_TABBED).header
    assert (h.doc_type, h.number, h.date) == ("KH", "12/KH-UBND", "2026-02-05")
    assert h.issuer.full_name == "Ủy ban nhân dân xã Tân Lập"


@pytest.mark.parametrize(
    "text",
    [
        # a header's two columns, a tab apart
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP\t\tĐộc lập - Tự do - Hạnh phúc\n",
        # paragraphs and list labels a tab indents
        "\t1.\tPhòng Kinh tế chủ trì, phối hợp với Công an xã triển khai thực hiện.\n\ta)\tThời gian thực hiện: quý II/2026.\n",
        # a table whose header names no task's nor lead's column
        "Họ và tên\tChức vụ\tĐơn vị công tác\nNguyễn Văn An\tTrưởng phòng\tPhòng Kinh tế\n",
        # rows with tabs but no header row above them
        "1\tTuyên truyền phòng, chống ma túy\tPhòng Văn hóa - Xã hội\tQuý I/2026\n",
    ],
)
def test_other_tabbed_lines_are_no_cells(text):
    ct = clean(normalize_source(text, keep_tabs=True))
    assert not any(pl.is_cell for pl in ct.phys)
