"""Goals tables in annexes, their columns' labels, figures that qualify the
counted noun, and a time after a target's value (audit QD, E1, E2, E4, E5):
an annex titled as the plan's indicators ("HỆ THỐNG CHỈ TIÊU …", "PHÂN KỲ
CHỈ TIÊU …", "GIAO CHỈ TIÊU …") or pointed to by the goals part ("Chi tiết
tại Phụ lục …") is read by the goals-table rules, a row restating a stated
indicator its series by year; a column's head word says whether it is a
target ("Mục tiêu năm 2030") or where the plan starts from ("Hiện trạng năm
2025": dropped, the model keeps no baseline); "đạt 3 sao trở lên" after the
counted noun says which things count; "…, đến cuối năm 2030 còn dưới 2%"
dates the value after it, and is no deadline."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 64/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phú Thọ, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chương trình chuyển đổi số tỉnh Phú Thọ giai đoạn 2026 - 2030\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Cụ thể hóa các nhiệm vụ chuyển đổi số của tỉnh.\n"
)
_TAIL = (
    "III. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh.\n"
    "2. Ủy ban nhân dân các xã, phường tổ chức tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.\n"
    "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thanh Bình\n\n"
)


def _plan(goals: str, annexes: str) -> str:
    return _HEAD + "II. MỤC TIÊU\n" + goals + _TAIL + annexes


_GOALS = (
    "1. Mục tiêu chung\nXây dựng chính quyền số, kinh tế số, xã hội số của tỉnh.\n"
    "2. Mục tiêu cụ thể đến năm 2030\n"
    "a) Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 80%.\n"
    "b) Kinh tế số chiếm 20% GRDP của tỉnh.\n"
)
_YEARS = (
    "| TT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2028 | Năm 2030 | Cơ quan chủ trì |\n|---|---|---|---|---|---|---|\n"
    "| 1 | Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 | % | 70 | 80 | 95 | Công an tỉnh |\n"
    "| 2 | Số doanh nghiệp công nghệ số đang hoạt động | doanh nghiệp | 300 | 400 | 600 | Sở Khoa học và Công nghệ |\n"
)


def _rows(text: str) -> list[tuple[str, float | None, int | None, str | None]]:
    return [
        (" ".join(i.text.split()[:3]), t.value, t.year, t.allotted_to.name if t.allotted_to else None)
        for i in parse_text(text).indicators
        for t in i.targets
        if t.allotted_to is not None
    ]


_SERIES = [
    ("Tỷ lệ người", 70.0, 2027, "Công an tỉnh"),
    ("Tỷ lệ người", 80.0, 2028, "Công an tỉnh"),
    ("Tỷ lệ người", 95.0, 2030, "Công an tỉnh"),
    ("Số doanh nghiệp", 300.0, 2027, "Sở Khoa học và Công nghệ"),
    ("Số doanh nghiệp", 400.0, 2028, "Sở Khoa học và Công nghệ"),
    ("Số doanh nghiệp", 600.0, 2030, "Sở Khoa học và Công nghệ"),
]


@pytest.mark.parametrize(
    ("goals", "annex"),
    [
        # titled as the plan's indicators, whatever word arranges them
        (_GOALS, "Phụ lục\nHỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH PHÚ THỌ GIAI ĐOẠN 2026 - 2030\n"
         "(Kèm theo Kế hoạch số 64/KH-UBND ngày 10/3/2026 của UBND tỉnh)\n\n"),
        (_GOALS, "PHỤ LỤC\nPHÂN KỲ CHỈ TIÊU CHUYỂN ĐỔI SỐ THEO TỪNG NĂM\n(Kèm theo Kế hoạch số 64/KH-UBND)\n\n"),
        (_GOALS, "Phụ lục I\nBẢNG CHỈ TIÊU CHỦ YẾU VỀ CHUYỂN ĐỔI SỐ\n\n"),
        # "GIAO CHỈ TIÊU" over indicators, not units: a goals table too
        (_GOALS, "Phụ lục\nGIAO CHỈ TIÊU CHUYỂN ĐỔI SỐ CHO CÁC SỞ, NGÀNH GIAI ĐOẠN 2026 - 2030\n\n"),
        # titled otherwise, but the goals part points to it
        (_GOALS + "(Chi tiết lộ trình tại Phụ lục kèm theo Kế hoạch này).\n",
         "Phụ lục\nLỘ TRÌNH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\n\n"),
        (_GOALS + "(Chi tiết tại Phụ lục II kèm theo).\n",
         "Phụ lục I\nDANH SÁCH CÁC DỰ ÁN ƯU TIÊN\n\n| TT | Tên dự án | Cơ quan chủ trì |\n|---|---|---|\n"
         "| 1 | Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ |\n\n"
         "Phụ lục II\nLỘ TRÌNH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\n\n"),
    ],
)
def test_a_goals_table_in_an_annex_is_read(goals: str, annex: str) -> None:
    assert _rows(_plan(goals, annex + _YEARS)) == _SERIES


@pytest.mark.parametrize(
    ("goals", "annex"),
    [
        # a budget's annex: the years' columns hold money, no targets
        (_GOALS, "Phụ lục\nDỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH\n\n"
         "| TT | Nội dung | Năm 2027 | Năm 2028 | Cơ quan chủ trì |\n|---|---|---|---|---|\n"
         "| 1 | Nâng cấp hạ tầng mạng | 1.200 | 1.500 | Sở Khoa học và Công nghệ |\n"),
        # a list of units, though the goals part points to "Phụ lục" (another annex is the goals')
        (_GOALS + "(Chi tiết tại Phụ lục kèm theo).\n",
         "Phụ lục I\nDANH SÁCH CÁC XÃ ĐƯỢC HỖ TRỢ NĂM 2027\n\n"
         "| TT | Nội dung | Năm 2027 | Năm 2028 |\n|---|---|---|---|\n| 1 | Xã Hạ Hòa | 15 | 20 |\n\n"
         "Phụ lục II\nDỰ TOÁN KINH PHÍ\n\n| TT | Nội dung | Năm 2027 | Năm 2028 |\n|---|---|---|---|\n| 1 | Đào tạo | 300 | 350 |\n"),
    ],
)
def test_an_annex_of_a_budget_or_units_stays_what_it_is(goals: str, annex: str) -> None:
    doc = parse_text(_plan(goals, annex))
    assert [t.value for i in doc.indicators for t in i.targets] == [80.0, 20.0]


def test_an_annex_row_restating_a_stated_indicator_is_its_series() -> None:
    annex = (
        "Phụ lục\nHỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ\n\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Năm 2030 | Cơ quan chủ trì |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình | % | 50 | 65 | 80 | Văn phòng UBND tỉnh |\n"
    )
    doc = parse_text(_plan(_GOALS, annex))
    # one indicator, the text's item a), with the row's series and body; not two
    assert [(i.id, [(t.year, t.value) for t in i.targets]) for i in doc.indicators] == [
        ("a", [(2026, 50.0), (2028, 65.0), (2030, 80.0)]),
        ("b", [(2030, 20.0)]),
    ]
    assert {t.allotted_to.name for t in doc.indicators[0].targets if t.allotted_to} == {"Văn phòng UBND tỉnh"}


@pytest.mark.parametrize(
    ("labels", "years"),
    [
        ("Hiện trạng năm 2025 | Mục tiêu năm 2030", [2030]),
        ("Ước thực hiện năm 2025 | Kế hoạch năm 2026", [2026]),
        ("Cơ sở năm 2025 | Phấn đấu đến năm 2030", [2030]),
        ("Thực hiện năm 2025 | Mục tiêu thực hiện năm 2030", [2030]),
        ("Năm 2025 (ước) | Chỉ tiêu năm 2030", [2030]),
    ],
)
def test_a_columns_head_word_says_target_or_baseline(labels: str, years: list[int]) -> None:
    annex = (
        "Phụ lục\nHỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ\n\n"
        f"| TT | Chỉ tiêu | Đơn vị tính | {labels} | Cơ quan theo dõi |\n|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 | % | 62 | 95 | Công an tỉnh |\n"
    )
    assert [y for _, _, y, _ in _rows(_plan(_GOALS, annex))] == years


def test_a_goals_parts_target_column_with_thuc_hien_in_its_label() -> None:
    goals = (
        "1. Chỉ tiêu chủ yếu\n\n| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Mục tiêu thực hiện năm 2030 |\n"
        "|---|---|---|---|---|\n| 1 | Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 | % | 62 | 95 |\n\n"
    )
    doc = parse_text(_plan(goals, ""))
    assert [(t.year, t.value) for i in doc.indicators for t in i.targets] == [(2030, 95.0)]


@pytest.mark.parametrize(
    ("item", "targets"),
    [
        ("Có ít nhất 05 sản phẩm OCOP đạt 3 sao trở lên.", [(5.0, "sản phẩm")]),
        ("Mỗi xã có ít nhất 01 sản phẩm OCOP đạt 4 sao.", [(1.0, "sản phẩm")]),
        ("Có thêm 12 xã đạt 19 tiêu chí nông thôn mới.", [(12.0, "xã")]),
        ("Có 65% số hộ có thu nhập trên 60 triệu đồng/năm.", [(65.0, "%")]),
        ("Giảm 400 hộ có thu nhập dưới 2 triệu đồng/tháng.", [(400.0, "hộ")]),
        # (a measure named after "đạt" is the goal's own: kept)
        ("Sản xuất 8.000 tấn chè búp tươi, đạt năng suất 12 tấn/ha.", [(8000.0, "tấn"), (12.0, "tấn/ha")]),
    ],
)
def test_a_figure_qualifying_the_counted_noun_is_no_target(item: str, targets: list[tuple[float, str]]) -> None:
    doc = parse_text(_plan("1. Mục tiêu cụ thể đến năm 2030\n- " + item + "\n", ""))
    assert [(t.value, t.unit) for i in doc.indicators for t in i.targets] == targets


def test_a_time_after_a_value_dates_the_value_after_it() -> None:
    goals = "1. Chỉ tiêu cụ thể\n- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm, đến cuối năm 2030 còn dưới 2%.\n"
    doc = parse_text(_plan(goals, ""))
    # (the yearly rate runs to the time of the level it leads to; its text
    # stops at its own value)
    assert [(t.value, t.direction, t.year, t.text) for i in doc.indicators for t in i.targets] == [
        (1.5, "reduce", 2030, "giảm bình quân 1,5%/năm"),
        (2.0, "below", 2030, "dưới 2%"),
    ]
    # a target's time in a goals part, no deadline
    assert not [d for d in doc.deadlines if d.year == 2030]


def test_an_amount_of_change_named_in_a_row_is_that_change() -> None:
    goals = (
        "1. Chỉ tiêu chủ yếu\n\n| TT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2030 |\n|---|---|---|---|---|\n"
        "| 1 | Mức giảm tỷ lệ hộ nghèo đa chiều | %/năm | 1,2 | 1 |\n\n"
    )
    doc = parse_text(_plan(goals, ""))
    assert [(t.year, t.value, t.direction) for i in doc.indicators for t in i.targets] == [(2027, 1.2, "reduce"), (2030, 1.0, "reduce")]


def test_a_goals_table_in_a_decisions_article_is_read() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 95/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 20 tháng 1 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2026 - 2030\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2026 - 2030 với các nội dung chủ yếu sau:\n"
        "1. Phạm vi: các xã có tiềm năng du lịch cộng đồng.\n"
        "2. Mục tiêu\n\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2025 | Mục tiêu năm 2030 | Cơ quan theo dõi |\n|---|---|---|---|---|---|\n"
        "| 1 | Số điểm du lịch cộng đồng đạt chuẩn | điểm | 120 | 300 | Bộ Văn hóa, Thể thao và Du lịch |\n\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    )
    assert [(t.year, t.value, t.allotted_to.name if t.allotted_to else None) for i in parse_text(text).indicators for t in i.targets] == [
        (2030, 300.0, "Bộ Văn hóa, Thể thao và Du lịch")
    ]


def test_diff_compares_an_items_annex_series_year_by_year() -> None:
    series = (
        "Phụ lục\nHỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ\n\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Năm 2030 | Cơ quan chủ trì |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình | % | 50 | 65 | 75 | Văn phòng UBND tỉnh |\n"
    )
    a = parse_text(_plan(_GOALS, ""))
    b = parse_text(_plan(_GOALS.replace("đạt 80%", "đạt 75%"), series))
    row = next(r for r in diff_plans(a, b).indicators if r.get("b") == "a")
    # 2030 against 2030 (B weaker), B's other years told apart
    assert [d["verdict"] for d in row["differ"]] == ["weaker"]
    assert row["years_only_b"] == [2026, 2028]
