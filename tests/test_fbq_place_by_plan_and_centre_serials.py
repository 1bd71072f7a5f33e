"""A commune whose name other units share placed by the plan it carries
out, a citation of another document bearing the citing plan's own number
kept, and a central body's document cited by its type, bare serial and
issuer ("Chỉ thị 28 của Ban Bí thư")."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.graph import build_graph


def _plan(unit: str, place: str, number: str, date: tuple[int, int, int], cite: str) -> str:
    d, m, y = date
    return (
        f"ỦY BAN NHÂN DÂN\n{unit}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\n{place}, ngày {d} tháng {m} năm {y}\nKẾ HOẠCH\n"
        f"Triển khai thực hiện công tác phòng, chống thiên tai năm {y}\n"
        f"{cite} Ủy ban nhân dân ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Chủ động phòng ngừa, ứng phó kịp thời với thiên tai.\n"
        "II. NHIỆM VỤ\n- Rà soát các khu dân cư có nguy cơ sạt lở, ngập úng.\n"
    )


# (the upper plan's unit and place line, the commune's, how it cites the
# upper plan, the district and province it then sits in: None where the
# upper plan's unit holds no commune of its name, which stays ambiguous)
PLACED = [
    ("HUYỆN TÂN PHÚ", "Tân Phú", "XÃ PHÚ ĐIỀN", "Xã Phú Điền",
     "Thực hiện Kế hoạch số 710/KH-UBND của UBND huyện,", ("Huyện Tân Phú", "Tỉnh Đồng Nai")),
    ("TỈNH ĐỒNG THÁP", "Đồng Tháp", "XÃ PHÚ ĐIỀN", "Xã Phú Điền",
     "Căn cứ Kế hoạch số 710/KH-UBND ngày 9/2/2024 của UBND tỉnh;", ("Huyện Tháp Mười", "Tỉnh Đồng Tháp")),
    ("THÀNH PHỐ PHÚC YÊN", "Phúc Yên", "PHƯỜNG XUÂN HÒA", "Phường Xuân Hòa",
     "Triển khai Kế hoạch số 710/KH-UBND, ngày 9/2/2024 của UBND thành phố,", ("Thành phố Phúc Yên", "Tỉnh Vĩnh Phúc")),
    # (a district holding no Xã Phú Điền: the plan says nothing of its place)
    ("HUYỆN ĐỊNH QUÁN", "Định Quán", "XÃ PHÚ ĐIỀN", "Xã Phú Điền",
     "Thực hiện Kế hoạch số 710/KH-UBND của UBND huyện,", None),
]


@pytest.mark.parametrize(("upper_unit", "upper_place", "unit", "place", "cite", "want"), PLACED)
def test_a_commune_named_as_others_is_placed_by_the_plan_it_carries_out(
    upper_unit: str, upper_place: str, unit: str, place: str, cite: str, want: tuple[str, str] | None
) -> None:
    upper = parse_text(_plan(upper_unit, upper_place, "710/KH-UBND", (9, 2, 2024), "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư,"), path="upper.txt")
    commune = parse_text(_plan(unit, place, "64/KH-UBND", (2, 3, 2024), cite), path="commune.txt")
    assert commune.header.issuer.locality is not None and commune.header.issuer.locality.ambiguous
    cg = build_graph([upper, commune])
    by_path = {d.get("path"): n for n, d in cg.g.nodes(data=True) if d.get("path")}
    node = cg.g.nodes[by_path["commune.txt"]]
    public = next(n for n in cg.to_node_link()["nodes"] if n["path"] == "commune.txt")
    if want is None:
        assert node.get("district_name") is None and "locality_from" not in public
        return
    assert (node["district_name"], node["province_name"], node["ward_name"]) == (*want, place)
    assert public["locality_from"] == by_path["upper.txt"]


# (how a commune's plan 813/KH-UBND of 3/3/2024 cites a plan of its number,
# whether that is another document's citation: one of another date or level)
OWN_NUMBER = [
    ("Triển khai Kế hoạch 813/KH-UBND, ngày 8/2/2024 của UBND Huyện Đăk Glong,", True),
    ("Thực hiện Kế hoạch số 813/KH-UBND của UBND huyện,", True),
    ("Căn cứ Kế hoạch số 813/KH-UBND ngày 20/12/2023 của Ủy ban nhân dân tỉnh;", True),
    # (its own number, its own date: the text itself; another day of its
    # year, its own issuer's: a slip of its own date)
    ("Kế hoạch số 813/KH-UBND ngày 3/3/2024 của UBND xã được xây dựng như sau,", False),
    ("Kế hoạch số 813/KH-UBND ngày 2/3/2024 của UBND xã được xây dựng như sau,", False),
]


@pytest.mark.parametrize(("cite", "kept"), OWN_NUMBER)
def test_a_plan_of_the_citing_plans_own_number(cite: str, kept: bool) -> None:
    doc = parse_text(_plan("XÃ QUẢNG SƠN", "Xã Quảng Sơn", "813/KH-UBND", (3, 3, 2024), cite))
    assert [c.number for c in doc.citations] == (["813/KH-UBND"] if kept else [])


# (a line citing a central body's document, the number it names: None where
# it is no citation)
CENTRE = [
    ("Quán triệt và thực hiện Chỉ thị 28 của Ban Bí thư về tăng cường công tác chăm sóc trẻ em,", "28-CT/TW"),
    ("Thực hiện Chỉ thị số 28 của Ban Bí thư,", "28-CT/TW"),
    ("Thực hiện Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,", "57-NQ/TW"),
    ("Thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới, sắp xếp tổ chức bộ máy,", "18-NQ/TW"),
    ("Thực hiện Kết luận 12, của Bộ Chính trị về công tác cán bộ,", "12-KL/TW"),
    ("Thực hiện Chỉ thị 05 của Thủ tướng Chính phủ về tăng cường phòng, chống thiên tai,", "05/CT-TTg"),
    ("Thực hiện Nghị quyết 01 của Chính phủ về nhiệm vụ, giải pháp chủ yếu,", "01/NQ-CP"),
    # (already read: the number as written)
    ("Thực hiện Chỉ thị 28-CT/TW ngày 25/12/2023 của Ban Bí thư,", "28-CT/TW"),
    # a bare serial without issuer is no citation (none defined before it)
    ("Thực hiện Chỉ thị 28 về tăng cường công tác chăm sóc trẻ em,", None),
    # a decree's number carries its year: its serial alone names none
    ("Căn cứ Nghị định 100 của Chính phủ về xử phạt vi phạm hành chính;", None),
    # a count, no serial of a document
    ("Thực hiện 28 nhiệm vụ của Ban Bí thư giao,", None),
    # the Youth Union's central committee numbers otherwise
    ("Thực hiện Chỉ thị 05 của Ban Chấp hành Trung ương Đoàn,", None),
]


@pytest.mark.parametrize(("cite", "number"), CENTRE)
def test_a_central_bodys_document_by_type_serial_and_issuer(cite: str, number: str | None) -> None:
    doc = parse_text(_plan("TỈNH BẮC GIANG", "Bắc Giang", "15/KH-UBND", (10, 3, 2025), cite))
    assert [c.number for c in doc.citations] == ([number] if number else [])
    if number:
        assert doc.citations[0].relation in ("implements", "basis")


def test_the_short_form_links_to_the_directive() -> None:
    directive = parse_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 28-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 12 năm 2023\n"
        "CHỈ THỊ\ncủa Ban Bí thư về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em\n"
        "Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:\n"
        "1. Nâng cao nhận thức về công tác trẻ em.\nT/M BAN BÍ THƯ\n",
        path="ct28.txt",
    )
    plan = parse_text(
        _plan("TỈNH BẮC GIANG", "Bắc Giang", "15/KH-UBND", (10, 3, 2024), "Quán triệt và thực hiện Chỉ thị 28 của Ban Bí thư về tăng cường công tác chăm sóc trẻ em,"),
        path="plan.txt",
    )
    g = build_graph([directive, plan]).g
    by_path = {d.get("path"): n for n, d in g.nodes(data=True) if d.get("path")}
    assert g.has_edge(by_path["plan.txt"], by_path["ct28.txt"])
