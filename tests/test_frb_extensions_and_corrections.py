"""A decision extending a plan's deadlines amends that plan, and its new
dates are the ones a plan below is held to; a correction's quoted old
wording is the slip it corrects, no deadline or date of its own (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_corpus, check_document

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 12/KH-UBND
Quảng Trị, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Phát triển thương mại điện tử trên địa bàn tỉnh năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
- Chủ trì, hướng dẫn triển khai Kế hoạch; tổng hợp, báo cáo trước ngày 15/12/2026.
2. Công an tỉnh
- Chủ trì rà soát dữ liệu doanh nghiệp, hoàn thành trước ngày 31/3/2026.
3. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 28/02/2026.
"""

EXTENSION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 140/QĐ-UBND
Quảng Trị, ngày {date}
QUYẾT ĐỊNH
Về việc {verb} thực hiện một số nhiệm vụ tại Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét đề nghị của Giám đốc Sở Công Thương.
QUYẾT ĐỊNH:
Điều 1. {Verb} thực hiện các nhiệm vụ tại Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh như sau:
{items}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Giám đốc Công an tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Minh
"""
ITEMS_COLON = (
    "1. Nhiệm vụ xây dựng, ban hành kế hoạch thực hiện tại địa phương của Ủy ban nhân dân các xã, phường tại khoản 3 "
    "Mục I: {verb} hoàn thành đến ngày 20/3/2026.\n"
    "2. Nhiệm vụ rà soát dữ liệu doanh nghiệp tại khoản 2 Mục I do Công an tỉnh chủ trì: {verb} hoàn thành đến hết "
    "ngày 30 tháng 6 năm 2026.\n"
)
ITEMS_OPENING = (
    "1. {Verb} hoàn thành nhiệm vụ xây dựng, ban hành kế hoạch thực hiện tại địa phương của Ủy ban nhân dân các xã, "
    "phường tại khoản 3 Mục I đến ngày 20/3/2026.\n"
    "2. {Verb} hoàn thành nhiệm vụ rà soát dữ liệu doanh nghiệp do Công an tỉnh chủ trì tại khoản 2 Mục I đến hết "
    "ngày 30 tháng 6 năm 2026.\n"
)
VERBS = ["gia hạn thời gian", "điều chỉnh thời hạn", "kéo dài thời hạn"]

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ HẢI LĂNG
Số: 9/KH-UBND
Hải Lăng, ngày {date}
KẾ HOẠCH
Phát triển thương mại điện tử trên địa bàn xã năm 2026
Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh Quảng Trị,
I. TỔ CHỨC THỰC HIỆN
1. Công chức Văn phòng - Thống kê
- Chủ trì tham mưu triển khai Kế hoạch.
"""


def extension(verb: str, items: str, date: str = "05 tháng 3 năm 2026"):
    return parse_text(
        EXTENSION.format(date=date, verb=verb, Verb=verb[:1].upper() + verb[1:], items=items.format(verb=verb, Verb=verb[:1].upper() + verb[1:])),
        path="extension.txt",
    )


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("items", [ITEMS_COLON, ITEMS_OPENING])
def test_an_extension_amends_the_plan_and_sets_its_tasks_new_dates(verb, items):
    doc = extension(verb, items)
    cited = next(c for c in doc.citations if c.number == "12/KH-UBND")
    assert cited.action == "amends"
    got = sorted(
        ((x.year, x.month, x.day), x.agency, x.amends.key, x.amends.part) for x in doc.deadlines if x.amends is not None
    )
    assert got == [
        ((2026, 3, 20), "Ủy ban nhân dân các xã, phường", cited.key, "khoản 3 Mục I"),
        ((2026, 6, 30), "Công an tỉnh", cited.key, "khoản 2 Mục I"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a permit's own term: no plan's task moved
        "Điều 1. Gia hạn Giấy phép kinh doanh số 15/GP-SCT ngày 02/02/2024 của Sở Công Thương đến ngày 31/12/2027.\n",
        # what another text did, told in passing
        "Điều 1. Nhiệm vụ tại khoản 3 Mục I Kế hoạch số 12/KH-UBND đã được gia hạn đến ngày 20/3/2026.\n",
    ],
)
def test_no_extension_where_no_plan_is_moved_by_the_text_itself(text):
    head = EXTENSION.split("Điều 1.")[0].replace("{date}", "05 tháng 3 năm 2026")
    for title in ("{verb} thực hiện một số nhiệm vụ tại", "gia hạn"):
        doc = parse_text(head.replace("{verb}", title) + text + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n", path="x.txt")
        assert [x for x in doc.deadlines if x.amends is not None] == []


def test_a_plans_own_task_moves_no_other_plans_deadline():
    doc = parse_text(
        PROVINCE.replace(
            "- Chủ trì, hướng dẫn",
            "- Gia hạn thời gian nộp hồ sơ đến ngày 30/4/2026 cho các doanh nghiệp tại khoản 2 Mục I.\n- Chủ trì, hướng dẫn",
        ),
        path="province.txt",
    )
    assert [x for x in doc.deadlines if x.amends is not None] == []


@pytest.mark.parametrize(
    ("commune_date", "extension_date", "late"),
    [
        # issued inside the extended date: no lateness
        ("18 tháng 3 năm 2026", "05 tháng 3 năm 2026", None),
        # after the extended date: late against it, not the original
        ("25 tháng 3 năm 2026", "05 tháng 3 năm 2026", 5),
        # an extension decided after the plan below was issued does not excuse it
        ("10 tháng 3 năm 2026", "12 tháng 3 năm 2026", 10),
    ],
)
def test_a_plan_below_is_held_to_the_extended_date(commune_date, extension_date, late):
    province = parse_text(PROVINCE, path="province.txt")
    ext = extension("gia hạn thời gian", ITEMS_COLON, extension_date)
    commune = parse_text(COMMUNE.format(date=commune_date), path="commune.txt")
    found = [f for f in check_corpus([province, ext, commune]) if f.rule == "KH603"]
    assert [f.path for f in found] == (["commune.txt"] if late else [])
    if late:
        assert f"({late} ngày chậm" in found[0].message


CORRECTION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 151/QĐ-UBND
Quảng Trị, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc đính chính Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
QUYẾT ĐỊNH:
Điều 1. Đính chính Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh như sau:
Tại khoản 2 Mục I Kế hoạch số 12/KH-UBND, {said}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Minh
"""


@pytest.mark.parametrize(
    "said",
    [
        'đã ghi: "hoàn thành trước ngày 31/6/2026", nay đính chính là: "hoàn thành trước ngày 30/6/2026".',
        "đã ghi là: “trước ngày 31 tháng 6 năm 2026”, nay đính chính lại là: “trước ngày 30 tháng 6 năm 2026”.",
        'viết nhầm là: "trước ngày 31/6/2026", sửa lại là: "trước ngày 30/6/2026".',
    ],
)
def test_a_corrections_old_wording_is_no_deadline_nor_invalid_date_of_its_own(said):
    text = CORRECTION.format(said=said)
    doc = parse_text(text, path="correction.txt")
    got = [((x.year, x.month, x.day), x.amends.part if x.amends else None) for x in doc.deadlines]
    assert got == [((2026, 6, 30), "khoản 2 Mục I")]
    key = next(c.key for c in doc.citations if c.number == "12/KH-UBND")
    assert doc.deadlines[0].amends.key == key
    assert "KH203" not in {f.rule for f in check_document(doc, text=text)}
