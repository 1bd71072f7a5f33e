"""Targets: a count aimed at whatever its noun, a count over a total, a
table's value cells (a bound's word, a range, a movement in the name, the
row's remark), a "Chỉ tiêu:" label's clauses, an annex allotting a target
to units (``allotted_to``) and a unit's plan compared with its own row."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.extract.assignments import parse_targets


def test_a_counted_range() -> None:
    # a range of a count is one target, its low end kept
    got = [(t.value, t.low, t.unit) for t in parse_targets("Hỗ trợ 100% hộ nghèo, dự kiến 2.300 - 2.800 suất quà.", goals=True)]
    assert got == [(100.0, None, "%"), (2800.0, 2300.0, "suất quà")]


@pytest.mark.parametrize(
    ("text", "goals", "expected"),
    [
        # the unit is the noun after the number, not a closed list
        ("Số hồ sơ người có công được số hóa không dưới 2.500 hồ sơ.", False, [(2500.0, "hồ sơ", "at_least")]),
        ("Số mẫu nước sinh hoạt được xét nghiệm không dưới 120 mẫu; tối đa 2 lượt.", False,
         [(120.0, "mẫu", "at_least"), (2.0, "lượt", "at_most")]),
        # a figure with a thousands dot in a goals item, whatever its verb
        ("Vận động hiến 1.200 đơn vị máu trong năm.", True, [(1200.0, "đơn vị máu", "reach")]),
        ("Phát hành 2.000 tờ rơi, 300 áp phích tuyên truyền.", True, [(2000.0, "tờ rơi", "reach")]),
        # a count over a total: all (or some) of the units
        # (the figure before "/", not the total: "7/9 thôn" is 7 of the 9)
        ("7/9 thôn có đội xung kích phòng chống thiên tai.", True, [(7.0, "thôn", "reach")]),
        # a classifier capitalised as a name's first word
        ("Mỗi thôn thành lập ít nhất 01 Tổ tự quản về môi trường; 90% hộ phân loại rác.", False,
         [(1.0, "Tổ", "at_least"), (90.0, "%", "reach")]),
        # guards: a document's number, a date, an article, a span of time are no counts
        ("Thực hiện Quyết định số 1.250/QĐ-UBND; phát 1.500 tờ gấp.", True, [(1500.0, "tờ gấp", "reach")]),
        # (a rate's base is no count: "trên 10.000 dân")
        ("Số dược sĩ trên 10.000 dân đạt 3 dược sĩ; cấp 2.400 thẻ bảo hiểm.", True,
         [(3.0, "dược sĩ", "reach"), (2400.0, "thẻ bảo hiểm", "reach")]),
        ("Tổ chức mít tinh vào ngày 12/12; 8/10 thôn treo cờ.", True, [(8.0, "thôn", "reach")]),
        ("Theo Điều 5 Luật, lấy không dưới 30 mẫu, hoàn thành tối đa 05 ngày sau đó.", False,
         [(30.0, "mẫu", "at_least")]),
    ],
)
def test_counted_noun(text: str, goals: bool, expected: list[tuple[float, str, str]]) -> None:
    assert [(t.value, t.unit, t.direction) for t in parse_targets(text, goals=goals)] == expected


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 140/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nChăm sóc sức khỏe ban đầu năm 2026\n"
    "I. MỤC TIÊU\n1. Chỉ tiêu năm 2026\n\n"
    "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2026 | Ghi chú |\n|---|---|---|---|---|\n"
    "| 1 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm | % | 0,5 | so với năm 2025 |\n"
    "| 2 | Số ca mắc sốt xuất huyết | ca/100.000 dân | không quá 60 | |\n"
    "| 3 | Tỷ lệ xã có bác sĩ làm việc | % | 90 - 95 | |\n"
    "| 4 | Số lượt khám sàng lọc tăng huyết áp | lượt | 25.000 | tăng 8% so với năm 2025 |\n"
    "| 5 | Tỷ lệ trạm y tế đạt chuẩn | % | tối thiểu 80 | |\n\n"
    "II. NHIỆM VỤ\n1. Sở Y tế hướng dẫn các xã, phường triển khai.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Nam\n"
    "Phụ lục\nGIAO CHỈ TIÊU SỐ LƯỢT KHÁM SÀNG LỌC TĂNG HUYẾT ÁP NĂM 2026 CHO CÁC XÃ, PHƯỜNG\n\n"
    "| STT | Xã, phường | Đơn vị tính | Năm 2026 | Trong đó: người trên 60 tuổi |\n|---|---|---|---|---|\n"
    "| 1 | Phường Đông Hà | lượt | 3.400 | 1.100 |\n"
    "| 2 | Xã Cam Lộ | lượt | 1.800 | 700 |\n"
    "| | Các xã, phường còn lại | lượt | 19.800 | 6.200 |\n"
    "| | Tổng cộng | lượt | 25.000 | 8.000 |\n"
)


def _rows(doc_text: str) -> list[tuple[str | None, str, float | None, float | None, str | None, str | None, int | None, str | None]]:
    doc = parse_text(doc_text)
    return [
        (i.id, " ".join(i.text.split()[:3]), t.value, t.low, t.unit, t.direction, t.year, t.allotted_to.canonical if t.allotted_to else None)
        for i in doc.indicators
        for t in i.targets
    ]


def test_table_cells_and_allocation_annex() -> None:
    assert _rows(_PLAN) == [
        # a movement in the name sets the direction
        ("1", "Tỷ lệ trẻ", 0.5, None, "%", "reduce", 2026, None),
        # a bound's word in the cell; the unit cell's compound unit
        ("2", "Số ca mắc", 60.0, None, "ca/100.000 dân", "at_most", 2026, None),
        # a range is one target
        ("3", "Tỷ lệ xã", 95.0, 90.0, "%", "reach", 2026, None),
        # the remark's figure is its row's (no indicator at the heading)
        ("4", "Số lượt khám", 25000.0, None, "lượt", "reach", 2026, None),
        ("4", "Số lượt khám", 8.0, None, "%", "increase", 2026, None),
        ("5", "Tỷ lệ trạm", 80.0, None, "%", "at_least", 2026, None),
        # the annex: a target per numbered row and column, allotted to the row's unit
        ("1", "Số lượt khám", 3400.0, None, "lượt", "reach", 2026, "Đông Hà"),
        ("1", "Số lượt khám", 1100.0, None, "lượt", "reach", 2026, "Đông Hà"),
        ("2", "Số lượt khám", 1800.0, None, "lượt", "reach", 2026, "Cam Lộ"),
        ("2", "Số lượt khám", 700.0, None, "lượt", "reach", 2026, "Cam Lộ"),
    ]
    doc = parse_text(_PLAN)
    dumped = [t for i in doc.model_dump(mode="json")["indicators"] for t in i["targets"]]
    # (the key is left out where no unit is allotted one)
    assert "allotted_to" not in dumped[0]
    assert dumped[-1]["allotted_to"] == {"name": "Xã Cam Lộ", "kind": "ward", "canonical": "Cam Lộ"}


_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ CAM LỘ\nSố: 12/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cam Lộ, ngày 20 tháng 02 năm 2026\nKẾ HOẠCH\nChăm sóc sức khỏe ban đầu năm 2026 trên địa bàn xã\n"
    "Thực hiện Kế hoạch số 140/KH-UBND ngày 10/01/2026 của UBND tỉnh Quảng Trị;\n"
    "I. MỤC TIÊU, CHỈ TIÊU\n"
    "- Số lượt khám sàng lọc tăng huyết áp: 1.800 lượt, trong đó người trên 60 tuổi 700 lượt.\n"
    "- Số ca mắc sốt xuất huyết không quá 55 ca/100.000 dân.\n"
    "II. NHIỆM VỤ\n1. Trạm Y tế xã tổ chức khám sàng lọc.\n"
)


def test_commune_plan_meets_its_row_of_the_allocation() -> None:
    rows = {r["b"]: r for r in diff_plans(parse_text(_PLAN), parse_text(_COMMUNE)).indicators if r.get("b")}
    screening = next(r for b, r in rows.items() if b.startswith("Số lượt khám"))
    assert screening["status"] == "same"
    assert [t["value"] for t in screening["targets_a"]] == [1800.0, 700.0]
    fever = next(r for b, r in rows.items() if b.startswith("Số ca mắc"))
    assert fever["verdict"] == "stricter"


def test_targets_label_in_a_letter() -> None:
    letter = (
        "HỘI NÔNG DÂN TỈNH QUẢNG TRỊ\nSố: 45/HND-TG\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Trị, ngày 02 tháng 3 năm 2026\nV/v triển khai đợt tuyên truyền chuyển đổi số năm 2026\n"
        "Kính gửi: Hội Nông dân các xã, phường.\n"
        "1. Thời gian: từ ngày 15/3/2026 đến ngày 15/5/2026.\n"
        "2. Chỉ tiêu: Tổ chức ít nhất 150 buổi tập huấn, thu hút 6.000 lượt hội viên tham gia; "
        "100% chi hội có nhóm Zalo; giảm 5-7% số hộ chưa dùng thanh toán không tiền mặt so với năm 2025.\n"
        "3. Nội dung: tuyên truyền trên loa truyền thanh.\n"
    )
    got = [(t.value, t.low, t.unit, t.direction) for i in parse_text(letter).indicators for t in i.targets]
    assert got == [
        (150.0, None, "buổi", "at_least"),
        (6000.0, None, "lượt", "at_least"),
        (100.0, None, "%", "reach"),
        (7.0, 5.0, "%", "reduce"),
    ]
