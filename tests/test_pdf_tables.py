"""A task table a word processor prints into a PDF: its cells side by side,
each wrapped inside its column, read back as the rows of a .docx table."""

from __future__ import annotations

import pytest

from khtool.pipeline import parse_bytes
from khtool.read import read_bytes

from .test_read import _signed_pdf

# (x, y, size, text) of each line drawn, as Word prints a plan's appendix:
# the header cells centred in their columns ("Thời gian" / "hoàn thành" and
# "Sản phẩm" wrapped and centred down the row), a group's title in a cell
# merged across the columns, each task's cells wrapped inside their own.
COLUMNS = (60, 92, 232, 322, 422, 492)
TABLE = [
    (60, 800, 13, "PHỤ LỤC"),
    (60, 784, 12, "(Kèm theo Kế hoạch số 21/KH-UBND ngày 05/3/2026 của UBND xã Tân Lập)"),
    (62, 760, 11, "STT"),
    (120, 760, 11, "Nhiệm vụ"),
    (240, 760, 11, "Cơ quan chủ trì"),
    (328, 760, 11, "Cơ quan phối hợp"),
    (436, 760, 11, "Thời gian"),
    (430, 747, 11, "hoàn thành"),
    (502, 754, 11, "Sản phẩm"),
    (62, 730, 11, "I"),
    (92, 730, 11, "Chuyển đổi số trong cơ quan hành chính xã"),
    (64, 713, 11, "1"),
    (92, 713, 11, "Số hóa hồ sơ, kết quả giải"),
    (92, 700, 11, "quyết thủ tục hành chính"),
    (232, 713, 11, "Văn phòng"),
    (232, 700, 11, "HĐND và UBND"),
    (322, 713, 11, "Công an xã; các"),
    (322, 700, 11, "thôn, tổ dân phố"),
    (422, 713, 11, "Quý III/2026"),
    (492, 713, 11, "Kho dữ liệu"),
    (492, 700, 11, "số hóa"),
    (64, 683, 11, "2"),
    (92, 683, 11, "Rà soát, cập nhật dữ liệu"),
    (92, 670, 11, "dân cư trên địa bàn xã"),
    (232, 683, 11, "Công an xã"),
    (322, 683, 11, "Phòng Văn hóa -"),
    (322, 670, 11, "Xã hội"),
    (422, 683, 11, "Tháng"),
    (422, 670, 11, "10/2026"),
    (492, 683, 11, "Báo cáo"),
    (60, 640, 13, "Trên đây là Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân xã."),
]
ROWS = [
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |",
    "| I | Chuyển đổi số trong cơ quan hành chính xã | | | | |",
    "| 1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND"
    " | Công an xã; các thôn, tổ dân phố | Quý III/2026 | Kho dữ liệu số hóa |",
    "| 2 | Rà soát, cập nhật dữ liệu dân cư trên địa bàn xã | Công an xã | Phòng Văn hóa - Xã hội"
    " | Tháng 10/2026 | Báo cáo |",
]


def test_a_printed_task_table_reads_as_rows():
    text = read_bytes(_signed_pdf(TABLE, []), "kh.pdf").text
    assert "\n".join(ROWS) in text
    # what stands above and below the table stays as it was
    assert text.startswith("PHỤ LỤC\n(Kèm theo Kế hoạch số 21/KH-UBND")
    assert text.rstrip().endswith("| Báo cáo |\nTrên đây là Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân xã.")


def test_a_printed_task_table_gives_its_rows_tasks_and_deadlines():
    doc = parse_bytes(_signed_pdf(TABLE, []), "kh.pdf")
    leads = {a.agency: a for a in doc.assignments if a.role == "lead"}
    assert {"Công an xã", "Văn phòng HĐND và UBND"} <= set(leads)
    assert any("dữ liệu dân cư" in t.text for t in leads["Công an xã"].tasks)
    assert any("10/2026" in (d.text or "") for d in leads["Công an xã"].deadlines)


# Lines that are no task table stay as pypdf reads them: paragraphs naming
# the lead and its partners, a table without a task column ("TT" / "Mục tiêu
# hoạt động" / "Mã ngành"), a header whose rows never follow on the page.
NO_TABLES = [
    (
        "paragraphs",
        [
            (60, 780, 13, "STT của các nhiệm vụ được giữ như Phụ lục kèm theo."),
            (60, 764, 13, "Công an xã chủ trì, phối hợp với các thôn rà soát dữ liệu dân cư."),
        ],
        "STT của các nhiệm vụ được giữ như Phụ lục kèm theo.\n"
        "Công an xã chủ trì, phối hợp với các thôn rà soát dữ liệu dân cư.",
    ),
    (
        "table without tasks",
        [
            (60, 780, 12, "TT"),
            (90, 780, 12, "Mục tiêu hoạt động"),
            (400, 780, 12, "Mã ngành"),
            (62, 764, 12, "1"),
            (90, 764, 12, "Kho bãi và lưu giữ hàng hóa"),
            (400, 764, 12, "5210"),
            (60, 740, 13, "Nhà đầu tư chủ trì, phối hợp thực hiện các nhiệm vụ."),
        ],
        None,
    ),
    (
        "header alone",
        [
            (60, 780, 12, "STT"),
            (90, 780, 12, "Nhiệm vụ"),
            (240, 780, 12, "Cơ quan chủ trì"),
            (340, 780, 12, "Thời gian"),
        ],
        None,
    ),
]


def test_pages_with_no_task_table_read_as_before(monkeypatch):
    from khtool import read

    for name, lines, expected in NO_TABLES:
        text = read_bytes(_signed_pdf(lines, []), "x.pdf").text
        assert "|" not in text, name
        if expected is None:  # the page as pypdf reads it, no table looked for
            with monkeypatch.context() as m:
                m.setattr(read, "_tables", lambda text, lines, *_: [], raising=False)
                expected = read_bytes(_signed_pdf(lines, []), "x.pdf").text
        assert text == expected, name


# The number column headed as Vietnamese tables write it ("Số TT", "Số thứ
# tự" in a column wide enough for it, "TT."), and a header whose words a wide
# print spaces twice ("Cơ quan chủ  trì", the page's only task word).
def _headed(number: str, wider: float = 0) -> list[tuple[float, float, float, str]]:
    return [(x + wider if x > 90 else x, y, size, number if text == "STT" else text) for x, y, size, text in TABLE]


@pytest.mark.parametrize("number", ["Số TT", "Số thứ tự", "TT.", "Stt"])
def test_a_printed_task_tables_number_column_as_written(number):
    text = read_bytes(_signed_pdf(_headed(number, 30 if len(number) > 5 else 0), []), "kh.pdf").text
    assert "\n".join([ROWS[0].replace("| STT |", f"| {number} |"), *ROWS[1:]]) in text


def test_a_printed_task_tables_header_words_spaced_twice():
    lines = [
        (x, y, size, {"Cơ quan chủ trì": "Cơ quan chủ  trì", "Nhiệm vụ": "Nội dung", "Cơ quan phối hợp": "Đơn vị cùng làm"}.get(text, text))
        for x, y, size, text in TABLE
    ]
    text = read_bytes(_signed_pdf(lines, []), "kh.pdf").text
    assert "| STT | Nội dung | Cơ quan chủ trì | Đơn vị cùng làm | Thời gian hoàn thành | Sản phẩm |" in text
    assert "| 2 | Rà soát, cập nhật dữ liệu dân cư trên địa bàn xã | Công an xã |" in text


# A goals table printed the same way, its header of two rows: "STT", "Chỉ
# tiêu" and "Đơn vị tính" merged down both, "Lộ trình thực hiện" merged
# across the year columns over "Năm 2026" … "Năm 2030". Word centres the
# merged cells (the group's label over the middle years, "STT" between the
# rows); a plainer writer sets every cell's text at its top left.
_YEARS = (300, 350, 400, 450, 500)
_GOALS_ROWS = [
    (735, "1", ["Tỷ lệ hộ gia đình sử dụng nước", "sạch đạt quy chuẩn"], "%", ["85", "88", "90", "93", "95"]),
    (706, "2", ["Số bác sĩ trên 10.000 dân"], "Bác sĩ", ["12", "13", "14", "15", "16"]),
    (689, "3", ["Tỷ lệ xã đạt Bộ tiêu chí quốc gia", "về y tế"], "%", ["80", "85", "90", "95", "100"]),
]


def _goals_table(centred: bool) -> list[tuple[float, float, float, str]]:
    lines: list[tuple[float, float, float, str]] = [
        (60, 800, 12, "PHỤ LỤC"),
        (60, 786, 12, "CHỈ TIÊU CẤP NƯỚC SẠCH VÀ Y TẾ XÃ GIAI ĐOẠN 2026 - 2030"),
    ]
    if centred:
        lines += [(385, 772, 10, "Lộ trình thực hiện"), (63, 762, 10, "STT"), (150, 762, 10, "Chỉ tiêu")]
        lines += [(262, 767, 10, "Đơn vị"), (270, 756, 10, "tính")]
        lines += [(x + 5, 750, 10, f"Năm {2026 + k}") for k, x in enumerate(_YEARS)]
    else:
        lines += [(62, 772, 10, "STT"), (88, 772, 10, "Chỉ tiêu"), (258, 772, 10, "Đơn vị"), (258, 761, 10, "tính")]
        lines += [(303, 772, 10, "Lộ trình thực hiện")]
        lines += [(x + 3, 750, 10, f"Năm {2026 + k}") for k, x in enumerate(_YEARS)]
    for y, number, name, unit, values in _GOALS_ROWS:
        lines += [(65, y, 10, number), *((88, y - 12 * k, 10, part) for k, part in enumerate(name)), (262, y, 10, unit)]
        lines += [(x + 15, y, 10, value) for x, value in zip(_YEARS, values, strict=True)]
    lines.append((60, 650, 12, "Trên đây là các chỉ tiêu của Kế hoạch, các cơ quan tổ chức thực hiện."))
    return lines


@pytest.mark.parametrize("centred", [True, False])
def test_a_printed_goals_table_with_two_header_rows_reads_as_rows(centred):
    text = read_bytes(_signed_pdf(_goals_table(centred), []), "kh.pdf").text
    years = " | ".join(f"Lộ trình thực hiện Năm {y}" for y in range(2026, 2031))
    assert (
        f"| STT | Chỉ tiêu | Đơn vị tính | {years} |\n"
        "| 1 | Tỷ lệ hộ gia đình sử dụng nước sạch đạt quy chuẩn | % | 85 | 88 | 90 | 93 | 95 |\n"
        "| 2 | Số bác sĩ trên 10.000 dân | Bác sĩ | 12 | 13 | 14 | 15 | 16 |\n"
        "| 3 | Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế | % | 80 | 85 | 90 | 95 | 100 |\n"
        "Trên đây là các chỉ tiêu"
    ) in text


def test_a_printed_goals_table_gives_each_years_targets():
    doc = parse_bytes(_signed_pdf(_goals_table(True), []), "kh.pdf")
    got = {i.text: [(t.year, t.value, t.unit) for t in i.targets] for i in doc.indicators}
    assert got["Số bác sĩ trên 10.000 dân"] == [(2026 + k, 12.0 + k, "Bác sĩ") for k in range(5)]
    assert got["Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế"][-1] == (2030, 100.0, "%")
    assert sum(len(v) for v in got.values()) == 15


# Other tables printed side by side on a page naming contents and years stay
# as pypdf reads them: an investment decision's activities ("TT | Mục tiêu
# hoạt động | Mã ngành theo VSIC"), a list of indicators with no year column.
OTHER_TABLES = [
    [
        (60, 800, 12, "Điều 1. Nội dung dự án đầu tư, thời hạn hoạt động đến năm 2076:"),
        (62, 780, 12, "TT"),
        (90, 780, 12, "Mục tiêu hoạt động"),
        (400, 780, 12, "Mã ngành theo VSIC"),
        (64, 764, 12, "1"),
        (90, 764, 12, "Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ"),
        (90, 750, 12, "sở hữu, chủ sử dụng hoặc đi thuê (Mục tiêu chính)"),
        (420, 750, 12, "6810"),
        (64, 736, 12, "2"),
        (90, 736, 12, "Kho bãi và lưu giữ hàng hóa"),
        (420, 736, 12, "5210"),
        (60, 710, 12, "2. Quy mô dự án: 76,39 ha, giai đoạn 2026 - 2028."),
    ],
    [
        (60, 800, 12, "Các chỉ tiêu đến năm 2030 như sau:"),
        (62, 780, 12, "STT"),
        (90, 780, 12, "Chỉ tiêu"),
        (300, 780, 12, "Đơn vị tính"),
        (420, 780, 12, "Ghi chú"),
        (64, 764, 12, "1"),
        (90, 764, 12, "Tỷ lệ hộ dùng nước sạch"),
        (300, 764, 12, "%"),
        (420, 764, 12, "Toàn xã"),
    ],
]


@pytest.mark.parametrize("lines", OTHER_TABLES)
def test_other_printed_tables_read_as_before(lines, monkeypatch):
    from khtool import read

    text = read_bytes(_signed_pdf(lines, []), "x.pdf").text
    with monkeypatch.context() as m:
        m.setattr(read, "_tables", lambda text, lines, *_: [], raising=False)
        assert text == read_bytes(_signed_pdf(lines, []), "x.pdf").text
    assert "|" not in text
