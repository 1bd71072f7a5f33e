"""A commune's kind as its header writes it, its own name no hint of its
district, and a citation naming its issuer by kind only ("của UBND huyện")
choosing the document of that level among those of its number."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.graph import build_graph


def _plan(unit: str, place: str, number: str, date: tuple[int, int, int], cite: str) -> str:
    d, m, y = date
    return (
        f"ỦY BAN NHÂN DÂN\n{unit}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\n{place}, ngày {d} tháng {m} năm {y}\nKẾ HOẠCH\n"
        f"Triển khai thực hiện công tác trẻ em năm {y}\n"
        f"{cite} Ủy ban nhân dân ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức về công tác trẻ em.\n"
    )


CITE = "Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện,"


# (the header's unit, its place line, the ward it is, a province it is not)
KINDS = [
    # a "xã" is no "thị trấn" of the same name in another province
    ("XÃ PHÚ THỊNH", "Xã Phú Thịnh", "Xã Phú Thịnh", None),
    ("XÃ PHÚ LỘC", "Phú Lộc", "Xã Phú Lộc", "Thành phố Huế"),
    # a "phường" is no "xã" of the same name
    ("PHƯỜNG XUÂN BÌNH", "Xuân Bình", "Phường Xuân Bình", None),
    # its own name is no hint of a district whose name it contains or repeats
    ("XÃ SƠN HẢI", "Xã Sơn Hải", "Xã Sơn Hải", "Tỉnh Quảng Ngãi"),
    ("XÃ PHÚ TÂN", "Phú Tân", "Xã Phú Tân", "Tỉnh Cà Mau"),
]


@pytest.mark.parametrize(("unit", "place", "ward", "not_province"), KINDS)
def test_a_communes_kind_and_own_name(unit: str, place: str, ward: str, not_province: str | None) -> None:
    doc = parse_text(_plan(unit, place, "935/KH-UBND", (13, 2, 2024), CITE))
    loc = doc.header.issuer.locality
    assert loc is not None
    assert loc.ward == ward
    assert all(c.startswith(ward + ",") for c in loc.candidates)
    if not_province:
        assert loc.province != not_province


# (the cited number, the citing text's wording, the level of the one it names)
CITED_BY_KIND = [
    ("734/KH-UBND", "Thực hiện Kế hoạch số 734/KH-UBND của UBND thành phố,", "district"),
    ("710/KH-UBND", "Triển khai Kế hoạch số 710/KH-UBND của UBND huyện,", "district"),
    ("377/KH-UBND", "Căn cứ Kế hoạch số 377/KH-UBND của UBND tỉnh;", "province"),
]


@pytest.mark.parametrize(("number", "cite", "level"), CITED_BY_KIND)
def test_an_issuer_named_by_kind_names_a_document_of_its_level(number: str, cite: str, level: str) -> None:
    # a commune's plan of the same number, later than the one cited, is no
    # document of the district's or province's UBND
    upper_unit = {"district": "THÀNH PHỐ BIÊN HÒA", "province": "TỈNH ĐỒNG NAI"}[level]
    upper = parse_text(
        _plan(upper_unit, "Biên Hòa" if level == "district" else "Đồng Nai", number, (9, 2, 2024), "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư,"),
        path="upper.txt",
    )
    same_number = parse_text(
        _plan("XÃ PHÚ THANH", "Xã Phú Thanh", number, (14, 2, 2024), "Thực hiện Kế hoạch số 5/KH-UBND của UBND huyện,"),
        path="same.txt",
    )
    citing = parse_text(_plan("XÃ LONG HƯNG", "Xã Long Hưng", "63/KH-UBND", (7, 3, 2024), cite), path="citing.txt")
    g = build_graph([upper, same_number, citing]).g
    by_path = {d.get("path"): n for n, d in g.nodes(data=True) if d.get("path")}
    assert g.has_edge(by_path["citing.txt"], by_path["upper.txt"])
    assert not g.has_edge(by_path["citing.txt"], by_path["same.txt"])
