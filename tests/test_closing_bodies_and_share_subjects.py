"""A task item closed by the body doing it ("… . Phòng Văn hóa - Xã hội chủ
trì, phối hợp …; hoàn thành trước …", or that sentence on a line of its own
under the task) assigns the item as a label line does; a share before what
each counted unit has is the target; an indicator whose value follows only a
goal's cue and a time is paired on the words after its value (texts written
for these tests)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

_HEAD = """ỦY BAN NHÂN DÂN
XÃ HƯƠNG SƠN
Số: 31/KH-UBND
Hương Sơn, ngày 10 tháng 4 năm 2026

KẾ HOẠCH
Phát triển thư viện cộng đồng năm 2026

I. MỤC ĐÍCH
Nâng cao văn hóa đọc trong Nhân dân.

II. NHIỆM VỤ
"""


def _roles(text: str) -> set[tuple[str, str, int]]:
    doc = parse_text(_HEAD + text)
    return {(a.agency, a.role, t.span.line) for a in doc.assignments for t in a.tasks}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the closing sentence on the item's line, a partner and a date
        (
            "1. Xây dựng tủ sách tại 12 thôn, bổ sung sách về pháp luật và nông nghiệp. "
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên xã; hoàn thành trước ngày 30/6/2026.\n",
            {("Phòng Văn hóa - Xã hội", "lead", 13), ("Đoàn Thanh niên xã", "support", 13)},
        ),
        # "… thực hiện." alone: the body does the item
        (
            "1. Cử công chức tham gia lớp bồi dưỡng nghiệp vụ thư viện do tỉnh tổ chức trong năm 2026. "
            "Văn phòng HĐND và UBND xã thực hiện.\n",
            {("Văn phòng HĐND và UBND xã", "lead", 13)},
        ),
        # the body's line standing under the task, two partners
        (
            "1. Tổ chức ngày hội đọc sách cho học sinh và người cao tuổi.\n"
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp Trạm Y tế xã, Hội Người cao tuổi xã; thời gian: quý III/2026.\n"
            "2. Hướng dẫn hợp tác xã tra cứu tài liệu kỹ thuật trên mạng.\n"
            "Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã.\n",
            {
                ("Phòng Văn hóa - Xã hội", "lead", 13),
                ("Trạm Y tế xã", "support", 13),
                ("Hội Người cao tuổi xã", "support", 13),
                ("Phòng Kinh tế", "lead", 15),
                ("Hội Nông dân xã", "support", 15),
            },
        ),
    ],
)
def test_a_closing_sentence_naming_a_body_and_its_role_assigns_the_item(items, expected):
    assert expected <= _roles(items)


def test_the_closing_sentence_gives_the_items_time_and_partners():
    doc = parse_text(
        _HEAD
        + "1. Tổ chức ngày hội đọc sách cho học sinh.\n"
        + "Phòng Văn hóa - Xã hội chủ trì, phối hợp Công an xã; hoàn thành trước ngày 15/5/2026.\n"
    )
    lead = next(a for a in doc.assignments if a.agency == "Phòng Văn hóa - Xã hội")
    assert lead.tasks[0].partners == ["Công an xã"]
    assert lead.tasks[0].text.startswith("Tổ chức ngày hội đọc sách")
    assert "Phòng Văn hóa" not in lead.tasks[0].text
    assert [(d.day, d.month, d.year) for d in lead.deadlines] == [(15, 5, 2026)]


@pytest.mark.parametrize(
    ("items", "not_lead"),
    [
        # a body the item's verb directs, in its only sentence: no closing sentence
        ("1. Chỉ đạo Trường THCS Hương Sơn thực hiện.\n", "Trường THCS Hương Sơn"),
        # an item opening with its body: a later sentence's body is no lead of it
        (
            "1. Phòng Văn hóa - Xã hội tham mưu tổ chức ngày hội đọc sách. Công an xã thực hiện.\n",
            "Công an xã",
        ),
        # a body asking others to carry the item out: it names no doer by its role
        (
            "1. Báo cáo kết quả rà soát tủ sách trước ngày 30/6/2026. UBND xã đề nghị các thôn nghiêm túc thực hiện.\n",
            "các thôn",
        ),
        # the role word not closing its clause: a body's own task, no role of the item
        (
            "1. Tổ chức ngày hội đọc sách. Phòng Văn hóa - Xã hội chủ trì tổ chức hội nghị sơ kết.\n",
            "none",
        ),
    ],
)
def test_a_body_not_closing_the_item_with_its_role_is_not_its_lead(items, not_lead):
    roles = _roles(items)
    assert not any(agency == not_lead and role == "lead" for agency, role, _ in roles)
    if not_lead == "none":
        # (the item's other sentence gives no lead of its first line's task through this rule)
        doc = parse_text(_HEAD + items)
        assert not any(t.text.startswith("Tổ chức ngày hội đọc sách") and a.role == "lead" and t.partners for a in doc.assignments for t in a.tasks)


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        (
            "Đến hết năm 2026, phấn đấu 75% người dân được cấp thẻ thư viện; "
            "100% hộ nghèo có ít nhất 01 thành viên biết tra cứu sách điện tử.",
            [(75.0, "%"), (100.0, "%")],
        ),
        (
            "Phấn đấu trong năm 2026: 100% thôn có ít nhất 02 tủ sách cộng đồng hoạt động thường xuyên.",
            [(100.0, "%")],
        ),
    ],
)
def test_a_share_is_the_target_not_what_each_counted_unit_has(goals, expected):
    text = _HEAD.replace("I. MỤC ĐÍCH\nNâng cao văn hóa đọc trong Nhân dân.", "I. MỤC TIÊU\n" + goals)
    doc = parse_text(text + "1. Tổ chức ngày hội đọc sách.\n")
    got = [(t.value, t.unit) for i in doc.indicators for t in i.targets if i.span.line == 10]
    assert got == expected


_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH {place}
Số: {n}/KH-UBND
{place}, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Phát triển văn hóa đọc năm 2026 - 2027

I. CHỈ TIÊU
1. {first}
2. Đến hết năm 2027, tỷ lệ thư viện xã được số hóa đạt ít nhất {other}%.

II. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng thư viện số.
"""


@pytest.mark.parametrize(
    "b_first",
    [
        "Phấn đấu đến hết năm 2026 có ít nhất 80% người dân được cấp thẻ thư viện điện tử, đến hết năm 2027 đạt ít nhất 92%.",
        "Mục tiêu đến năm 2026 đạt 80% người dân được cấp thẻ thư viện điện tử; đến năm 2027 đạt 92%.",
    ],
)
def test_an_indicator_after_a_goals_cue_and_a_time_is_paired_on_what_follows_its_value(b_first):
    a = parse_text(
        _PROVINCE.format(
            place="Bắc Ninh",
            n=36,
            first="Đến hết năm 2026, ít nhất 75% người dân trên địa bàn tỉnh được cấp thẻ thư viện điện tử; đến hết năm 2027 đạt ít nhất 90%.",
            other=80,
        )
    )
    b = parse_text(_PROVINCE.format(place="Lạng Sơn", n=51, first=b_first, other=70))
    rows = diff_plans(a, b).indicators
    first = [r for r in rows if r.get("a") in ("1", "1 (1)")]
    assert first and first[0]["b"] is not None and first[0]["b"].startswith("1")
    assert not any(r["status"] == "only_b" and r["b"].startswith("1") for r in rows if r.get("b"))
