"""Audit QD E6–E10 (texts written for these tests): a day and month without
"ngày" before a yearly word is a date; a partner's name runs to the task's
verb (a cooperative's, "Hợp tác xã …"; "… sở tại"); a commune department of the
2025 structure holds every field of its set in a diff's sector view; the
issuer's name in capitals closing an attached plan ends its body; "UBND các
xã" is the commune level's body."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.agencies import classify_agency
from khtool.extract import assignments as A

_PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 41/KH-UBND\nNghệ An, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Giảm nghèo bền vững năm 2026\n\nI. NHIỆM VỤ\n"
)
_WARD_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ NGHI LỘC\nSố: 17/KH-UBND\nNghi Lộc, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Giảm nghèo bền vững năm 2026\n\nI. NHIỆM VỤ\n"
)


# --- E6: a day and month written without "ngày" --------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # before a yearly word: the day of every year
        ("1. Sở Nội vụ tổ chức rà soát hộ nghèo, hoàn thành trước 15/12 hằng năm.\n", [(15, 12, None, "annual")]),
        ("1. Sở Y tế tổng hợp số liệu, gửi Sở Tài chính trước 20/11 hàng năm.\n", [(20, 11, None, "annual")]),
        # (guards: with "ngày", and a full date)
        ("1. Sở Nội vụ tổ chức rà soát hộ nghèo trước ngày 15/12 hằng năm.\n", [(15, 12, None, "annual")]),
        ("1. Sở Nội vụ báo cáo kết quả trước 15/12/2026.\n", [(15, 12, 2026, "once")]),
        # (no time word before it: a ratio, no date)
        ("1. Sở Nội vụ duy trì tỷ lệ 15/12 hằng năm.\n", []),
    ],
)
def test_a_day_and_month_before_a_yearly_word_is_a_date(line, want):
    doc = parse_text(_PROVINCE_HEAD + line, path="x.txt")
    assert [(d.day, d.month, d.year, d.recurrence) for d in doc.deadlines] == want


_TABLE = (
    _PROVINCE_HEAD
    + "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát hộ nghèo, hộ cận nghèo | Sở Nội vụ | UBND các xã, phường | Trước 15/12 hằng năm |\n"
    "| 2 | Tổng hợp nhu cầu vốn vay ưu đãi | Sở Tài chính | Ngân hàng Chính sách xã hội tỉnh | 30/6 hằng năm |\n"
    "| 3 | Ban hành kế hoạch của cấp xã | UBND các xã, phường | Sở Nội vụ | Trước 15/6/2026 |\n"
)


@pytest.mark.parametrize(
    ("owner", "want"),
    [
        ("Sở Nội vụ", (15, 12, None, "annual")),
        ("Sở Tài chính", (30, 6, None, "annual")),
        # (guard: a full date in the next row)
        ("UBND các xã, phường", (15, 6, 2026, "once")),
    ],
)
def test_a_time_cells_day_and_month_of_every_year_is_its_date(owner, want):
    doc = parse_text(_TABLE, path="x.txt")
    got = [(d.day, d.month, d.year, d.recurrence) for d in doc.deadlines if d.agency == owner]
    assert got == [want], [(d.agency, d.text, d.day, d.month) for d in doc.deadlines]


# --- E7: every body a task is done with supports it -------------------------------------------


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        # a cooperative's kind ends in "xã", no unit: its name goes on to the verb
        ("Hợp tác xã nông nghiệp Cam Thành xây dựng mô hình sản xuất", ["Hợp tác xã nông nghiệp Cam Thành"]),
        ("Hợp tác xã dịch vụ Tân Lập, Công an xã tổ chức tập huấn", ["Hợp tác xã dịch vụ Tân Lập", "Công an xã"]),
        # "sở tại" (the place's own) is no task's word: "tại" does not open the task there
        (
            "Bộ Công Thương và Ủy ban nhân dân tỉnh, thành phố sở tại xem xét, trình Chính phủ",
            ["Bộ Công Thương", "Ủy ban nhân dân tỉnh, thành phố sở tại"],
        ),
        # (guard: a body's unit word still ends its name)
        ("Trạm Y tế xã vận động người dân", ["Trạm Y tế xã"]),
    ],
)
def test_a_partners_name_runs_to_the_tasks_verb(listed, names):
    assert A.bodies_heading(listed) == names


def test_the_local_bodys_qualifier_is_no_part_of_its_name():
    hit = classify_agency("Ủy ban nhân dân tỉnh, thành phố sở tại", "national")
    assert hit is not None and (hit.canonical, hit.level) == ("UBND các tỉnh, thành phố", "province")


# --- E9: the issuer's name closing an attached plan -------------------------------------------

_CLOSED = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 310/QĐ-UBND\nNghệ An, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch giảm nghèo bền vững năm 2026\n\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch giảm nghèo bền vững năm 2026.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n\n"
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nKẾ HOẠCH\nGiảm nghèo bền vững năm 2026\n"
    "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)\n\n"
    "Phần thứ nhất\nMỤC ĐÍCH\n\nGiảm tỷ lệ hộ nghèo.\n\nPhần thứ hai\nTỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Nội vụ: Chủ trì rà soát hộ nghèo hằng năm.\n\n"
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đẩy mạnh Cuộc vận động \"Toàn dân chung tay vì người nghèo\"; "
    "giám sát việc thực hiện Kế hoạch.\n\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
)


def test_the_issuers_name_in_capitals_closing_an_attached_plan_is_no_part_of_its_last_task():
    plan = parse_text(_CLOSED, path="x.txt").attachments[0]
    front = next(a for a in plan.assignments if a.agency.startswith("Ủy ban Mặt trận"))
    assert all("ỦY BAN NHÂN DÂN" not in t.text for t in front.tasks), [t.text for t in front.tasks]
    # (guard: the task itself is kept)
    assert any("giám sát việc thực hiện Kế hoạch" in t.text for t in front.tasks)


# --- E10: "UBND các xã" is the commune level -----------------------------------------------------

_COMMUNES = (
    _PROVINCE_HEAD
    + "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát hộ nghèo | Sở Nội vụ | UBND các xã | Quý III/2026 |\n"
    "| 2 | Đào tạo nghề cho lao động nông thôn | Sở Nội vụ | UBND các xã, phường | Năm 2026 |\n"
    "| 3 | Ban hành kế hoạch của cấp xã | UBND các xã, phường, đặc khu | Sở Nội vụ | Quý II/2026 |\n"
)


def test_the_communes_named_alone_are_the_commune_level():
    doc = parse_text(_COMMUNES, path="x.txt")
    canon = {a.agency: a.canonical for a in doc.assignments if a.agency.startswith("UBND")}
    assert set(canon.values()) == {"UBND cấp xã"}, canon


# --- E8: a commune department holds every field of its set ---------------------------------------

_PROVINCE_PART = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 52/KH-UBND\nNghệ An, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phát triển kinh tế nông thôn năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tài chính: bố trí vốn đối ứng ngân sách tỉnh.\n"
    "2. Sở Văn hóa, Thể thao và Du lịch: hướng dẫn nâng cấp nhà văn hóa thôn.\n"
    "3. Ủy ban nhân dân các xã, phường\n"
    "a) Chỉ đạo Trạm Y tế xã tổ chức khám sức khỏe định kỳ cho người cao tuổi.\n"
    "b) Báo cáo kết quả về Sở Tài chính trước ngày 15/11 hằng năm.\n"
)
_WARD_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ NGHI LỘC\nSố: 19/KH-UBND\nNghi Lộc, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Phát triển kinh tế nông thôn trên địa bàn xã năm 2026\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Kinh tế: chủ trì xây dựng mô hình trồng rau an toàn; tổng hợp kết quả thực hiện Kế hoạch.\n"
    "2. Phòng Văn hóa - Xã hội: tuyên truyền trên hệ thống truyền thanh xã; vận động người cao tuổi đi khám sức khỏe.\n"
)


def test_a_commune_departments_fields_are_held_in_a_diff():
    d = diff_plans(parse_text(_PROVINCE_PART, path="a.txt"), parse_text(_WARD_PLAN, path="b.txt"))
    # (the health station A names for the commune: Phòng Văn hóa - Xã hội serves health)
    assert "health" not in [s["sector"] for s in d.sectors.only_a], d.sectors
    # A's departments above B's level: B's department of that field is told with each
    apart = {s["sector"]: s.get("b") for s in d.sectors.above_b_level}
    assert apart["finance"] == ["Phòng Kinh tế"], apart
    assert apart["culture"] == ["Phòng Văn hóa - Xã hội"], apart
