"""The data tables shared by several stages (``khtool.tables``)."""

from __future__ import annotations

import pytest

from khtool import tables
from khtool.agencies import party_name_end
from khtool.graph import _same_issuer


def test_party_committees_are_one_table():
    assert tables.party_committees() == {"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"}
    # "Đảng ủy" names no unit's kind: its unit follows it ("Đảng ủy xã …")
    assert tables.committees_by_kind() == tables.party_committees() - {"Đảng ủy"}
    assert tables.committee_organs() == ("Ban Thường vụ", "Thường trực")


@pytest.mark.parametrize(
    ("name", "end"),
    [
        ("Ủy ban Kiểm tra Đảng ủy xã lồng ghép kiểm tra", "Ủy ban Kiểm tra Đảng ủy xã"),
        ("Ban Tuyên giáo Thị ủy chủ trì", "Ban Tuyên giáo Thị ủy"),
        ("Ban Tổ chức Huyện ủy Krông Pắc theo dõi", "Ban Tổ chức Huyện ủy Krông Pắc"),
        ("Đảng ủy khối cơ quan tỉnh", "Đảng ủy khối cơ quan tỉnh"),  # a name, no unit's committee
    ],
)
def test_party_name_end_reads_the_committees_table(name, end):
    assert party_name_end(name) == end


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ban Thường vụ Tỉnh ủy Lào Cai", "Tỉnh ủy Lào Cai", True),
        ("Thường trực Huyện ủy Bát Xát", "Huyện ủy Bát Xát", True),
        ("Thường trực Đảng ủy xã Cốc San", "Đảng ủy xã Cốc San", True),
        ("Ban Thường vụ Tỉnh đoàn", "Tỉnh ủy Lào Cai", False),
    ],
)
def test_a_committees_standing_organ_is_the_committee(a, b, same):
    assert _same_issuer(a, b) is same


@pytest.mark.parametrize(
    ("text", "key"),
    [("Quảng Ngãi", "quangngai"), ("Đảng ủy xã Đắk Pơ", "danguyxadakpo"), ("  UBND  tỉnh ", "ubndtinh"), ("", "")],
)
def test_one_fold_for_the_stages_and_the_models(text, key):
    from khtool.models import fold_text

    assert tables.fold(text) == fold_text(text) == key


def test_no_letter_or_digit_combines():
    # fold_text drops the combining marks with the other non-alphanumerics:
    # it needs no letter nor digit to have a combining class
    import sys
    import unicodedata

    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalnum() and unicodedata.combining(c)]


@pytest.mark.parametrize(
    "name",
    ["Sở Khoa học và Công nghệ ngăn chặn, gỡ bỏ", "UBND xã 06 tháng một lần", "Sở Y tế tỉnh Lào Cai", "Ủy ban nhân dân  tỉnh Quảng Ngãi chủ trì"],
)
def test_a_names_prefix_folds_as_its_words(name):
    # (agencies.standard_name_end joins its prefixes' keys from their words' folds)
    words = name.split()
    for n in range(len(words) + 1):
        assert tables.fold(" ".join(words[:n])) == "".join(tables.fold(w) for w in words[:n])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("Chủ tịch ubnd xã", "Chủ tịch Uỷ ban nhân dân xã"),
        ("Sở Tài chính", "SỞ TÀI CHÍNH"),
    ],
)
def test_one_body_key_for_the_parse_and_the_diff(a, b):
    from khtool.agencies import body_key

    assert body_key(a) == body_key(b)


def test_the_diff_tells_one_addressee_by_the_shared_body_key():
    from khtool.diff import _same_addressee

    # a report "về UBND tỉnh (qua Sở Tài chính)" and one "về Sở Tài chính để
    # tổng hợp, báo cáo Ủy ban nhân dân tỉnh": each clause names the other's
    assert _same_addressee(
        ("UBND tỉnh", "báo cáo kết quả về UBND tỉnh (qua Sở Tài chính)"),
        ("Sở Tài chính", "gửi Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh"),
    )
    assert not _same_addressee(("UBND tỉnh", "báo cáo UBND tỉnh"), ("Sở Y tế", "gửi Sở Y tế"))
