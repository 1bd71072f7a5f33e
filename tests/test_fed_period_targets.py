"""Targets (FED): a goals table by quarter ("Quý I … Quý IV", periods of the
plan's year, ``by`` the quarter's last day, a lead column allotting each row);
a goals table read as nothing is a warning; a share in a goals part's own
paragraph; a count over a total read once; "không có trường hợp …" a zero
target; a count before a quoted name; people moved in a task line (not the
means readied)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.extract.assignments import parse_targets

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 31/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tân Phú, ngày 12 tháng 02 năm 2026\nKẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n"
)
_TABLE = (
    "I. MỤC TIÊU\n"
    "Xây dựng chính quyền số; 95% hồ sơ công việc được xử lý trên môi trường mạng; các chỉ tiêu theo quý như sau:\n\n"
    "STT\tChỉ tiêu\tĐơn vị tính\tQuý I\tQuý II\tQuý III\tQuý IV\tĐơn vị chủ trì\n"
    "1\tTỷ lệ thanh toán trực tuyến phí, lệ phí\t%\t30\t40\t50\t60\tBộ phận Một cửa\n"
    "2\tSố người dân dùng ứng dụng định danh\tngười\t2.000\t2.600\t3.100\t3.500\tCông an xã\n\n"
    "II. NHIỆM VỤ\n1. Công an xã: chủ trì rà soát dữ liệu dân cư.\n"
)


def _goals(text: str) -> list[tuple[str, float | None, str | None, int | None, str | None, str | None]]:
    doc = parse_text(text)
    return [
        (i.text[:20], t.value, t.unit, t.year, t.by, t.allotted_to.name if t.allotted_to else None)
        for i in doc.indicators
        for t in i.targets
    ]


def test_a_goals_table_by_quarter() -> None:
    got = _goals(_HEAD + _TABLE)
    assert ("Xây dựng chính quyền", 95.0, "%", 2026, None, None) in got
    assert [g for g in got if g[0].startswith("Tỷ lệ thanh")] == [
        ("Tỷ lệ thanh toán trự", 30.0, "%", 2026, "2026-03-31", "Bộ phận Một cửa"),
        ("Tỷ lệ thanh toán trự", 40.0, "%", 2026, "2026-06-30", "Bộ phận Một cửa"),
        ("Tỷ lệ thanh toán trự", 50.0, "%", 2026, "2026-09-30", "Bộ phận Một cửa"),
        ("Tỷ lệ thanh toán trự", 60.0, "%", 2026, "2026-12-31", "Bộ phận Một cửa"),
    ]
    assert [g[1] for g in got if g[0].startswith("Số người")] == [2000.0, 2600.0, 3100.0, 3500.0]


def test_a_quarter_naming_its_year_and_the_title_year() -> None:
    # the quarter's own year; else the title's one year, not the date's
    text = _HEAD.replace("ngày 12 tháng 02 năm 2026", "ngày 20 tháng 12 năm 2025").replace("Tân Phú năm 2026\n", "Tân Phú năm 2026\n")
    text += _TABLE.replace("Quý IV\t", "Quý IV/2027\t")
    got = [g for g in _goals(text) if g[0].startswith("Tỷ lệ thanh")]
    assert [(g[3], g[4]) for g in got] == [(2026, "2026-03-31"), (2026, "2026-06-30"), (2026, "2026-09-30"), (2027, "2027-12-31")]


def test_a_goals_table_read_as_nothing_is_a_warning() -> None:
    # (no indicator column: the table's rows are not read, and the reader is told)
    text = _HEAD + _TABLE.replace("STT\tChỉ tiêu\t", "STT\tNhiệm vụ\t")
    doc = parse_text(text)
    assert [d.line for d in doc.diagnostics if d.code == "goals-table-unread"] == [12]
    assert not [d for d in parse_text(_HEAD + _TABLE).diagnostics if d.code == "goals-table-unread"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over a total is one target, "7 of 7", not two
        ("Duy trì 09/09 trường đạt chuẩn quốc gia; có thêm 01 trường đạt chuẩn mức độ 2.",
         [(9.0, "trường", "maintain"), (1.0, "trường", "increase")]),
        # no case at all: a zero target, beside the rate
        ("Tỷ lệ mắc tay chân miệng dưới 50 ca/100.000 dân; không có trường hợp tử vong.",
         [(50.0, "ca/100.000 dân", "below"), (0.0, None, "zero")]),
        ("Không xảy ra ca tử vong do đuối nước trong mùa hè.", [(0.0, None, "zero")]),
        # a count before a quoted name: the name its unit
        ("Thành lập mới 05 “Tổ an ninh trật tự cơ sở” tại các thôn.", [(5.0, "Tổ an ninh trật tự cơ sở", "reach")]),
        ('Xây dựng 02 "Mô hình dân vận khéo" trong năm.', [(2.0, "Mô hình dân vận khéo", "reach")]),
        # guards: a date, a document's number, a budget stay what they are
        ("Tổ chức tổng kết vào ngày 12/12/2026.", []),
        ('Thực hiện Công văn số 15 "Về việc rà soát" của Sở Nội vụ.', []),
        ("Không có điều kiện bố trí thêm biên chế.", []),
    ],
)
def test_goals_items(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert [(t.value, t.unit, t.direction) for t in parse_targets(text, goals=True)] == expected


_TASKS = (
    "I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng, chống thiên tai, giảm thiệt hại về người và tài sản.\n"
    "II. NHIỆM VỤ\n1. Chuẩn bị\n"
    "- Chuẩn bị 03 xuồng máy, 120 áo phao, 2 tấn gạo theo phương châm “4 tại chỗ”; bố trí 150 triệu đồng.\n"
    "2. Khi có bão\n"
    "- Thông báo đến từng hộ; kiểm đếm, hướng dẫn 100% tàu thuyền vào nơi neo đậu an toàn.\n"
    "- Sơ tán 210 hộ với khoảng 760 nhân khẩu ở vùng trũng thấp đến nơi an toàn.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì bảo đảm an ninh trật tự.\n"
)


def test_commitments_in_task_lines_not_means() -> None:
    got = [(t.value, t.unit) for i in parse_text(_HEAD + _TASKS).indicators for t in i.targets]
    assert got == [(100.0, "%"), (210.0, "hộ"), (760.0, "nhân khẩu")]


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        # the year before the plan's: where it starts from, not a target
        (
            "I. MỤC TIÊU\nNăm 2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%; phấn đấu năm 2026 đạt 95% hồ sơ "
            "được xử lý trực tuyến.\n",
            [(95.0, 2026)],
        ),
        # the present state said so
        (
            "I. MỤC TIÊU\nHiện nay tỷ lệ người dân có tài khoản định danh mức 2 đạt 70%; phấn đấu đạt 90% "
            "trong năm 2026.\n",
            [(90.0, 2026)],
        ),
        # guard: a change against a year before is the target
        ("I. MỤC TIÊU\nTỷ lệ hộ dùng nước sạch tăng 5% so với năm 2025.\n", [(5.0, 2026)]),
    ],
)
def test_a_goals_paragraphs_baseline_share_is_no_target(goals, expected) -> None:
    text = _HEAD + goals + "II. NHIỆM VỤ\n1. Công an xã: chủ trì rà soát dữ liệu dân cư.\n"
    assert [(t.value, t.year) for i in parse_text(text).indicators for t in i.targets] == expected


def test_people_moved_in_each_clause_by_every_verb() -> None:
    tasks = _TASKS.replace(
        "- Sơ tán 210 hộ với khoảng 760 nhân khẩu ở vùng trũng thấp đến nơi an toàn.\n",
        "- Di chuyển 45 hộ dân ra khỏi vùng sạt lở; di dời 30 hộ ven sông đến nơi an toàn.\n",
    )
    got = [(t.value, t.unit) for i in parse_text(_HEAD + tasks).indicators for t in i.targets]
    assert got == [(100.0, "%"), (45.0, "hộ dân"), (30.0, "hộ")]
