"""The three number syntaxes, canonical forms and identity keys."""

from __future__ import annotations

import pytest

from khtool.docnumber import (
    document_key,
    parse_glued,
    parse_number,
    parse_slashed,
    unpadded,
    without_footnote,
)

NUMBERS = [
    ("7451/KH-UBND", "7451/KH-UBND", "administrative", "KH", None),
    ("1183/QĐ-TTG", "1183/QĐ-TTg", "administrative", "QĐ", None),
    ("196 /QĐ-UBND", "196/QĐ-UBND", "administrative", "QĐ", None),
    ("137/TTr-SLĐTBXH", "137/TTr-SLĐTBXH", "administrative", "TTr", None),
    ("123/UBND-VX", "123/UBND-VX", "letter", None, None),
    ("56/2017/NĐ-CP", "56/2017/NĐ-CP", "normative", "NĐ", 2017),
    ("76/2023/TT-BTC", "76/2023/TT-BTC", "normative", "TT", 2023),
    ("121/2020/QH14", "121/2020/QH14", "normative", None, 2020),
    ("28-CT/TW", "28-CT/TW", "party", "CT", None),
    ("160- KH/TU", "160-KH/TU", "party", "KH", None),
]


@pytest.mark.parametrize(("raw", "number", "family", "type_code", "year"), NUMBERS)
def test_parse(raw, number, family, type_code, year):
    n = parse_number(raw)
    assert n is not None
    assert (n.number, n.family, n.type_code, n.year) == (number, family, type_code, year)


@pytest.mark.parametrize("raw", ["số 111", "2024", "1.000", "Số 165 Lý Thường Kiệt", "1/1/1"])
def test_not_numbers(raw):
    assert parse_number(raw) is None


# A symbol typed without its hyphen is repaired only when it splits into a
# known type code and a known issuer code; a unit's own code stays unrepaired.
GLUED = [
    ("181/2024/NĐCP", "181/2024/NĐ-CP"),
    ("27/2016/TTBLĐTBXH", "27/2016/TT-BLĐTBXH"),
    ("1626/QĐTTg", "1626/QĐ-TTg"),
    ("11/VT", None),
    ("01/HĐTX/DG", None),
    ("42/2024/QH151", None),
    ("169/GCN", None),
    ("12/2024/XYZ", None),
]


@pytest.mark.parametrize(("raw", "number"), GLUED)
def test_glued_symbols(raw, number):
    n = parse_glued(raw)
    assert (n.number if n else None) == number


# A slash typed for the hyphen between a known type and a known issuer code
# is the standard number; a unit's own codes stay as written. A joint act's
# "TTLT/" before its issuers' codes is its own form: no repair reported.
SLASHED = [
    ("213/2013/TTLT/BTC-BLĐTBXH", "213/2013/TTLT-BTC-BLĐTBXH"),  # (a joint act's own form: not repaired)
    ("15/2019/QĐ/UBND", "15/2019/QĐ-UBND"),
    ("45/KH/UBND-VX", "45/KH-UBND-VX"),
    ("03/QĐ/PCNV-DN", None),
    ("08/KDTCTN/GP-HC", None),
    ("01/HĐTX/DG", None),
    ("244/HĐNT/A2/2026", None),
    ("03/2026/VLN/CV-TA", None),
]


@pytest.mark.parametrize(("raw", "number"), SLASHED)
def test_slash_between_type_and_issuer(raw, number):
    n = parse_slashed(raw)
    assert (n.number if n else None) == number
    if n is not None:
        assert n.repaired == ("LT/" not in raw)


# A footnote's mark glued to a number's end: dropped when the issuer code is
# known without it and not with it; a legislature keeps its two digits.
FOOTNOTE_MARKS = [
    ("42/2024/QH151", "42/2024/QH15"),
    ("105/2025/NĐ-CP2", "105/2025/NĐ-CP"),
    ("47/2024/TT-BGTVT4", "47/2024/TT-BGTVT"),
    ("28-CT/TW1", "28-CT/TW"),
    ("10/2009/PL-UBTVQH12", "10/2009/PL-UBTVQH12"),
    ("121/2020/QH14", "121/2020/QH14"),
    ("787/C06-P3", "787/C06-P3"),
    ("7451/KH-UBND", "7451/KH-UBND"),
]


@pytest.mark.parametrize(("raw", "number"), FOOTNOTE_MARKS)
def test_a_footnote_mark_glued_to_a_number(raw, number):
    num = parse_number(raw)
    assert num is not None and without_footnote(num).number == number


def test_keys_tell_documents_apart():
    qd, ct = parse_number("23/QĐ-TTg"), parse_number("23/CT-TTg")
    assert document_key(qd, year=2021) != document_key(ct, year=2020)
    kh = parse_number("102/KH-UBND")
    assert document_key(kh, year=2024, locality="quang-ngai/quang-ngai") != document_key(
        kh, year=2024, locality="ha-noi/ba-dinh"
    )
    # normative numbers carry their year: the same key whatever the context
    nd = parse_number("56/2017/NĐ-CP")
    assert document_key(nd, year=None) == document_key(nd, year=2017) == "56/2017/NĐ-CP"


@pytest.mark.parametrize("raw", ["08/KDTCTN/GP-HC", "11/VT", "01TV/2026", "03/QĐ/PCNV-DN"])
def test_a_number_of_no_standard_shape_is_its_own_key(raw):
    """A licence or letter numbered outside the decrees' forms is keyed by its
    number as written, as a local document, never by an empty name."""
    assert parse_number(raw) is None
    key = document_key(None, year=2025, number=raw, locality="tinhlaocai")
    assert key == f"{unpadded(raw)}@2025@tinhlaocai"
    assert key != document_key(None, year=2025, number="09/KDTCTN/GP-HC", locality="tinhlaocai")


@pytest.mark.parametrize(
    ("padded", "plain"),
    [
        ("04/KH-UBND", "4/KH-UBND"),
        ("007/2025/TT-BTC", "7/2025/TT-BTC"),
        ("05-KH/TU", "5-KH/TU"),
        ("010/QĐ-UBND", "10/QĐ-UBND"),
    ],
)
def test_a_serial_padded_with_zeros_keys_the_same_document(padded, plain):
    a, b = parse_number(padded), parse_number(plain)
    assert document_key(a, year=2025, locality="tinhlaocai") == document_key(b, year=2025, locality="tinhlaocai")
    assert document_key(None, year=2025, number="0" + plain.replace("-", "/")) == document_key(
        None, year=2025, number=plain.replace("-", "/")
    )


@pytest.mark.parametrize(("number", "key"), [("0/KH", "0/KH"), ("10/KH-UBND", "10/KH-UBND"), ("01TV/2026", "1TV/2026")])
def test_unpadded_keeps_a_serials_value(number, key):
    assert unpadded(number) == key


def test_a_bare_serial_is_keyed_with_its_type():
    assert document_key(None, year=2025, number="35", doc_type="CV") == "CV 35@2025@?"
    assert document_key(None, year=2025, name="Luật Đất đai") == "name:luatdatdai@2025"


def test_a_local_bodys_normative_number_keeps_its_locality():
    """Every province's council numbers its resolutions "N/YYYY/NQ-HĐND": the
    number and year do not tell them apart, the locality does; a ministry's or
    a standard's number is national."""
    nq = parse_number("15/2026/NQ-HĐND")
    assert document_key(nq, locality="tinhnghean") == "15/2026/NQ-HĐND@tinhnghean"
    assert document_key(nq, locality="tinhnghean") != document_key(nq, locality="tinhthanhhoa")
    assert document_key(nq) == "15/2026/NQ-HĐND@?"
    tt = parse_number("76/2023/TT-BTC")
    assert document_key(tt, locality="tinhnghean") == "76/2023/TT-BTC"
