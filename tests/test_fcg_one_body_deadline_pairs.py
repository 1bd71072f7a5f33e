"""One body, one sector: a commune's department serving several fields keeps
one of them through a text, and two plans naming it share it; a diff pairs
identical deadlines first, compares those without a calendar date by their
period or limit, never pairs a one-off deadline with a recurring one; the
Party committees under a province's since 1 July 2025 are the wards'; a
ward's body keeps its unit word (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.agencies import classify_agency, department_sectors, directly_under_province_level
from khtool.check import check_corpus

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ {unit}\nSố: {no}/KH-UBND\n{place}, ngày {day} tháng 3 năm 2026\nKẾ HOẠCH\n{title}\n"
    "Thực hiện Kế hoạch số 90/KH-UBND ngày 10/02/2026 của UBND tỉnh Nghệ An, UBND xã ban hành Kế hoạch như sau:\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
)
_NAM_DAN = _HEAD.format(unit="NAM ĐÀN", no=21, place="Nam Đàn", day="05", title="Phát triển kinh tế hộ gia đình năm 2026")
_HUNG_NGUYEN = _HEAD.format(
    unit="HƯNG NGUYÊN", no=34, place="Hưng Nguyên", day="12", title="Rà soát, cập nhật dữ liệu đất đai năm 2026"
)

# the economic office budgets in one item and inspects traders in the next
_TWO_ITEMS = _NAM_DAN + (
    "1. Phòng Kinh tế chủ trì lập dự toán kinh phí hỗ trợ, thanh quyết toán ngân sách theo quy định.\n"
    "2. Phòng Kinh tế phối hợp với Công an xã kiểm tra các cơ sở kinh doanh, thương mại, chợ trên địa bàn.\n"
    "3. Công an xã chủ trì bảo đảm an ninh trật tự tại các chợ.\n"
)
# the culture and society office leads the schools' work and supports the social one
_LEAD_AND_SUPPORT = _NAM_DAN.replace("XÃ NAM ĐÀN", "PHƯỜNG VINH LỘC").replace("Nam Đàn,", "Vinh Lộc,") + (
    "1. Phòng Văn hóa - Xã hội chủ trì hướng dẫn các trường học tổ chức khai giảng năm học mới.\n"
    "2. Trạm Y tế phường chủ trì chi trả trợ cấp xã hội cho người cao tuổi; Phòng Văn hóa - Xã hội phối hợp "
    "rà soát danh sách đối tượng bảo trợ xã hội, hộ nghèo.\n"
)


@pytest.mark.parametrize(("text", "body"), [(_TWO_ITEMS, "Phòng Kinh tế"), (_LEAD_AND_SUPPORT, "Phòng Văn hóa - Xã hội")])
def test_a_commune_department_is_in_one_of_its_fields_throughout_a_text(text, body):
    doc = parse_text(text, path="x.txt")
    mine = [a for a in doc.assignments if a.agency == body]
    assert len(mine) >= 2  # (two roles or items: the case in question)
    assert len({a.sector for a in mine}) == 1
    assert mine[0].sector in department_sectors(mine[0].canonical or "")


_ECONOMY = _NAM_DAN + (
    "1. Phòng Kinh tế chủ trì lập dự toán kinh phí hỗ trợ, thanh quyết toán ngân sách theo quy định.\n"
    "2. Công an xã chủ trì rà soát, làm sạch dữ liệu dân cư; báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.\n"
    "3. Văn phòng HĐND và UBND xã tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 25 hằng tháng.\n"
    "4. Các cơ quan, đơn vị báo cáo kết quả 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 05/12/2026.\n"
)
_LAND = _HUNG_NGUYEN + (
    "1. Phòng Kinh tế chủ trì rà soát, làm sạch dữ liệu đất đai; báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.\n"
    "2. Trưởng các thôn gửi danh sách hộ gia đình về Phòng Kinh tế chậm nhất 10 ngày kể từ ngày nhận văn bản.\n"
    "3. Các cơ quan, đơn vị, thôn báo cáo kết quả định kỳ 6 tháng, năm gửi về UBND xã (qua Phòng Kinh tế).\n"
)


def test_one_commune_department_in_two_plans_is_a_common_sector():
    d = diff_plans(parse_text(_ECONOMY, path="a.txt"), parse_text(_LAND, path="b.txt"))
    named = [s for s in d.sectors.common if "Phòng Kinh tế" in s["a"]]
    assert named == [{"sector": "finance", "a": ["Phòng Kinh tế"], "b": ["Phòng Kinh tế"], "b_as": "agriculture_environment"}]
    for side in (d.sectors.only_a, d.sectors.only_b):
        assert not any("Phòng Kinh tế" in s["agencies"] for s in side)


def _rows(d):
    return [
        (x["status"], x["a"]["text"] if x["a"] else None, x["b"]["text"][:20] if x["b"] else None) for x in d.deadlines
    ]


@pytest.mark.parametrize(
    "row",
    [
        # the same monthly report day is paired first; the police's day 20 is A's alone
        ("same", "trước ngày 25", "trước ngày 25"),
        ("only_a", "trước ngày 20", None),
        # a semiannual and annual report without a date is compared by its period
        ("changed", "trước ngày 10/6/2026", "Các cơ quan, đơn vị,"),
        # a limit after an event is a deadline of B's
        ("only_b", None, "chậm nhất 10 ngày kể"),
    ],
)
def test_deadlines_pair_identical_first_and_compare_undated_ones(row):
    d = diff_plans(parse_text(_ECONOMY, path="a.txt"), parse_text(_LAND, path="b.txt"))
    assert row in _rows(d)


_PARTY_PROVINCE = """TỈNH ỦY LÂM ĐỒNG
Số 51-KH/TU
Lâm Đồng, ngày 20 tháng 8 năm 2025
KẾ HOẠCH
thực hiện Nghị quyết về chuyển đổi số trong các cơ quan đảng
I. NHIỆM VỤ
1. Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/9/2025.
2. Ban Tổ chức Tỉnh ủy hướng dẫn số hóa hồ sơ đảng viên.
3. Định kỳ 6 tháng (trước ngày 15/6), các đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả về Ban Thường vụ Tỉnh ủy.
4. Năm 2030 tổng kết việc thực hiện Kế hoạch.
"""
_PARTY_WARD = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG
Số 14-KH/ĐU
Xuân Hương, ngày {date}
KẾ HOẠCH
thực hiện Kế hoạch số 51-KH/TU về chuyển đổi số trong các cơ quan đảng
Thực hiện Kế hoạch số 51-KH/TU, ngày 20/8/2025 của Tỉnh ủy Lâm Đồng, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
1. Văn phòng Đảng ủy phường chủ trì số hóa hồ sơ đảng viên, hoàn thành trong năm 2026.
2. Các chi bộ trực thuộc báo cáo kết quả định kỳ 6 tháng trước ngày 10/6 về Văn phòng Đảng ủy phường.
"""


@pytest.mark.parametrize(("date", "late"), [("25 tháng 9 năm 2025", True), ("05 tháng 9 năm 2025", False)])
def test_the_party_committees_under_the_province_bind_a_wards_committee(date, late):
    province = parse_text(_PARTY_PROVINCE, path="tu.txt")
    ward = parse_text(_PARTY_WARD.format(date=date), path="du.txt")
    found = [f for f in check_corpus([province, ward]) if f.rule == "KH603"]
    assert [f.path for f in found] == (["du.txt"] if late else [])


_WARD_PARTY_PLAN = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY PHƯỜNG {unit}
Số {no}-KH/ĐU
{place}, ngày 10 tháng 9 năm 2025
KẾ HOẠCH
thực hiện Kế hoạch số 51-KH/TU về chuyển đổi số trong các cơ quan đảng
Thực hiện Kế hoạch số 51-KH/TU, ngày 20/8/2025 của Tỉnh ủy Lâm Đồng, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch như sau:
I. NHIỆM VỤ
1. Văn phòng Đảng ủy phường chủ trì số hóa hồ sơ đảng viên, hoàn thành trước ngày 31/12/2025.
2. {task}
"""


def test_a_one_off_deadline_is_never_paired_with_a_recurring_one():
    a = _WARD_PARTY_PLAN.format(
        unit="XUÂN HƯƠNG",
        no=14,
        place="Xuân Hương",
        task="Định kỳ hằng năm (trước ngày 20/11), các chi bộ trực thuộc báo cáo kết quả về Ban Thường vụ Đảng ủy "
        "phường. Năm 2027 tổ chức sơ kết 2 năm, năm 2030 tổng kết việc thực hiện Kế hoạch.",
    )
    b = _WARD_PARTY_PLAN.format(
        unit="LANG BIANG",
        no=9,
        place="Lang Biang",
        task="Định kỳ 6 tháng (trước ngày 15/6), các chi bộ trực thuộc sơ kết việc thực hiện Kế hoạch, báo cáo kết "
        "quả về Ban Thường vụ Đảng ủy phường.",
    )
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    rows = _rows(d)
    assert ("only_a", "Năm 2027 tổ chức sơ kết", None) in rows
    assert ("only_b", None, "trước ngày 15/6") in rows
    assert ("same", "trước ngày 31/12/2025", "trước ngày 31/12/202") in rows  # (B cut at 20)


@pytest.mark.parametrize(
    ("name", "date", "level"),
    [
        ("Các đảng ủy trực thuộc Tỉnh ủy", "2025-08-18", "ward"),
        ("các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy", "2026-01-05", "ward"),
        ("Các đảng ủy trực thuộc Thành ủy", "2025-07-01", "ward"),
        # before the reform: the districts' committees, a province's class as named
        ("Các đảng ủy trực thuộc Tỉnh ủy", "2024-11-02", None),
        ("Các đảng ủy trực thuộc Tỉnh ủy", None, None),
        # a class naming its units keeps their level; no Party committee
        ("Đảng ủy các xã, phường trực thuộc Tỉnh ủy", "2025-08-18", None),
        ("Các đơn vị trực thuộc Sở", "2025-08-18", None),
        ("Các đảng ủy trực thuộc Trung ương", "2025-08-18", None),
    ],
)
def test_the_level_of_the_party_committees_under_a_province(name, date, level):
    assert directly_under_province_level(name, date) == level


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Ủy ban nhân dân phường", "UBND phường"),
        ("UBND phường", "UBND phường"),
        ("Chủ tịch UBND phường", "UBND phường"),
        ("Ủy ban nhân dân đặc khu", "UBND đặc khu"),
        ("HĐND thị trấn", "HĐND thị trấn"),
        ("UBND xã", "UBND xã"),
        # a list of units, one unit by its name: as before
        ("UBND xã, phường", "UBND cấp xã"),
        ("UBND phường Tô Hiệu", "UBND phường Tô Hiệu"),
    ],
)
def test_a_wards_body_keeps_its_unit_word(name, canonical):
    hit = classify_agency(name)
    assert hit is not None and hit.canonical == canonical


def test_the_table_tells_the_field_a_plan_files_a_common_body_under_and_an_undated_deadlines_words():
    import io

    from khtool.render.diff_out import print_table

    out = io.StringIO()
    print_table(diff_plans(parse_text(_ECONOMY, path="a.txt"), parse_text(_LAND, path="b.txt")), out)
    text = " ".join(out.getvalue().split())
    assert "Phòng Kinh tế (as agriculture_environment)" in text
    assert "chậm nhất 10 ngày kể từ ngày nhận văn bản" in text
