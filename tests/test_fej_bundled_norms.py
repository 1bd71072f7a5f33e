"""`khtool diff` of targets: an indicator bundling measures ("…, trong đó …",
"…; …; …") is paired measure by measure, each value with the other plan's
value of its own words; a count per unit ("mỗi xã có ít nhất 02 …") is a norm,
compared with that unit's own figure, never with a total or an increment
("có thêm 120 …"); a count's unit is the noun a share counts word by word
("hộ" is no "học sinh")."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.diff import _shares_meet

_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 141/KH-UBND\nNghệ An, ngày 06 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n{goals}\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát, đánh giá mức độ đạt tiêu chí của các xã trong quý III năm 2026.\n"
    "2. Phát triển sản xuất hàng hóa gắn với chuỗi giá trị sản phẩm nông nghiệp chủ lực.\n"
)
_PEER = (
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 96/KH-UBND\nThanh Hóa, ngày 20 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n{goals}\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát, đánh giá mức độ đạt tiêu chí của các xã trong quý III năm 2026.\n"
    "2. Phát triển sản xuất hàng hóa gắn với chuỗi giá trị sản phẩm nông nghiệp chủ lực.\n"
)
_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ YÊN THÀNH\nSố: 37/KH-UBND\nYên Thành, ngày 15 tháng 5 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2026 - 2030\n"
    "Thực hiện Kế hoạch số 141/KH-UBND ngày 06/4/2026 của Ủy ban nhân dân tỉnh Nghệ An;\n"
    "I. MỤC TIÊU\n1. Chỉ tiêu cụ thể đến năm 2030\n{goals}\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát, đánh giá mức độ đạt tiêu chí của xã trong quý III năm 2026.\n"
    "2. Phát triển sản xuất hàng hóa gắn với chuỗi giá trị sản phẩm nông nghiệp chủ lực.\n"
)


def _rows(a: str, b: str) -> list[dict]:
    return [r for r in diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt")).indicators if r["a"] and r["b"]]


def _told(r: dict) -> tuple:
    return (r["status"], r["verdict"], sorted((d["a"], d["b"]) for d in r["differ"]), r.get("b_adds", []))


@pytest.mark.parametrize(
    ("a", "b", "told"),
    [
        # a part after "trong đó", its value first: two measures, each paired
        # with the other plan's of its words (nâng cao with nâng cao)
        (
            "a) Phấn đấu khoảng 85% số xã đạt chuẩn nông thôn mới, trong đó có ít nhất 35% số xã đạt chuẩn "
            "nông thôn mới nâng cao.",
            "a) Có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó 25% số xã đạt chuẩn nông thôn mới nâng cao.",
            ("changed", "weaker", [("85%", "ít nhất 80%"), ("ít nhất 35%", "25%")], []),
        ),
        # the part raised, the whole kept: B stricter in the part only
        (
            "a) Tỷ lệ trường học đạt chuẩn quốc gia đạt 70%, trong đó 20% trường đạt chuẩn quốc gia mức độ 2.",
            "a) Tỷ lệ trường học đạt chuẩn quốc gia đạt 70%, trong đó 30% trường đạt chuẩn quốc gia mức độ 2.",
            ("changed", "stricter", [("20%", "30%")], []),
        ),
        # three measures in ";" clauses against two: each by its words, the
        # one B adds told apart
        (
            "a) Có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó 25% số xã đạt chuẩn nông thôn mới nâng cao.",
            "a) 92% số xã đạt chuẩn nông thôn mới; 45% số xã đạt chuẩn nông thôn mới nâng cao; 10% số xã đạt "
            "chuẩn nông thôn mới kiểu mẫu.",
            (
                "changed",
                "stricter",
                [("25%", "45%"), ("ít nhất 80%", "92%")],
                ["10% số xã đạt chuẩn nông thôn mới kiểu mẫu"],
            ),
        ),
    ],
)
def test_a_bundled_indicator_is_paired_measure_by_measure(a, b, told):
    (row,) = _rows(_PROVINCE.format(goals=a), _PEER.format(goals=b))
    assert _told(row) == told


_OCOP = "b) Mỗi xã có ít nhất 02 sản phẩm OCOP được công nhận."


@pytest.mark.parametrize(
    ("a", "b", "status", "verdict", "keys"),
    [
        # a province's norm per commune against a commune's own figure:
        # compared directly, B higher
        (_PROVINCE.format(goals=_OCOP), _COMMUNE.format(goals="b) Có ít nhất 03 sản phẩm OCOP được công nhận."),
         "changed", "stricter", {"per_unit_a": "xã"}),
        (_PROVINCE.format(goals=_OCOP), _COMMUNE.format(goals="b) Có 01 sản phẩm OCOP được công nhận."),
         "changed", "weaker", {"per_unit_a": "xã"}),
        # "từng xã, phường" is the same norm
        (_PROVINCE.format(goals="b) Từng xã, phường có ít nhất 02 sản phẩm OCOP được công nhận."),
         _COMMUNE.format(goals="b) Có ít nhất 03 sản phẩm OCOP được công nhận."),
         "changed", "stricter", {"per_unit_a": "xã"}),
        # a peer province's increment or total is no norm per commune
        (_PROVINCE.format(goals=_OCOP), _PEER.format(goals="b) Có thêm ít nhất 120 sản phẩm OCOP được công nhận."),
         "not_comparable", None, {"per_unit_a": "xã", "increment_b": True}),
        (_PROVINCE.format(goals=_OCOP), _PEER.format(goals="b) Có ít nhất 300 sản phẩm OCOP được công nhận."),
         "not_comparable", None, {"per_unit_a": "xã"}),
        # an increment is not a level, at one level too
        (_PROVINCE.format(goals="b) Toàn tỉnh có 450 sản phẩm OCOP được công nhận."),
         _PEER.format(goals="b) Có thêm 120 sản phẩm OCOP được công nhận."),
         "not_comparable", None, {"increment_b": True}),
    ],
)
def test_a_count_per_unit_is_a_norm_and_an_increment_no_level(a, b, status, verdict, keys):
    (row,) = _rows(a, b)
    assert (row["status"], row["verdict"]) == (status, verdict)
    assert {k: row[k] for k in ("per_unit_a", "per_unit_b", "increment_a", "increment_b") if k in row} == keys
    assert "level_share" not in row


@pytest.mark.parametrize(
    ("share", "meet"),
    [
        # "9/10 hộ" counts households, "100% học sinh" pupils: no one measure
        ("c) 100% học sinh tham gia câu lạc bộ bơi an toàn trong năm 2026.", False),
        ("c) 100% hộ gia đình tham gia câu lạc bộ bơi an toàn trong năm 2026.", True),
    ],
)
def test_a_counts_unit_is_the_shares_noun_word_by_word(share, meet):
    count = "c) 9/10 hộ tham gia câu lạc bộ bơi an toàn trong năm 2026."
    (a,) = parse_text(_PROVINCE.format(goals=count), path="a.txt").indicators
    (b,) = parse_text(_PEER.format(goals=share), path="b.txt").indicators
    assert _shares_meet(a, b) is meet


@pytest.mark.parametrize(
    ("a", "b", "differ", "dropped"),
    [
        # A's third measure ("kiểu mẫu") is none of B's two: dropped, never
        # paired with B's "nâng cao" its sibling pairs with
        (
            "a) 92% số xã đạt chuẩn nông thôn mới; 45% số xã đạt chuẩn nông thôn mới nâng cao; 10% số xã đạt "
            "chuẩn nông thôn mới kiểu mẫu.",
            "a) Có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó 25% số xã đạt chuẩn nông thôn mới nâng cao.",
            [("45%", "25%"), ("92%", "ít nhất 80%")],
            ["10%"],
        ),
        # two of A's measures alike, B's one naming both units: shared
        (
            "a) Số hóa 100% hồ sơ địa chính của 20 phường; số hóa 90% hồ sơ địa chính của 35 xã.",
            "a) Số hóa 95% hồ sơ địa chính của 55 xã, phường.",
            [("100%", "95%"), ("90%", "95%")],
            [],
        ),
    ],
)
def test_a_measure_shares_the_other_plans_only_where_its_words_are_there(a, b, differ, dropped):
    (row,) = _rows(_PROVINCE.format(goals=a), _PEER.format(goals=b))
    assert sorted((d["a"], d["b"]) for d in row["differ"]) == differ
    assert row["dropped"] == dropped
