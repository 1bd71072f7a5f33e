"""Locality resolution against the gazetteer underthesea ships."""

from __future__ import annotations

import pytest

from khtool.gazetteer import (
    known_place,
    locality_key,
    parse_unit,
    resolve_locality,
    resolve_new_ward,
    subordinates,
)

RESOLVED = [
    # (kwargs, expected province, district, ward)
    ({"province": "TỈNH BÌNH DƯƠNG"}, "Tỉnh Bình Dương", None, None),
    ({"province": "UBND TỈNH LÀO CAI"}, "Tỉnh Lào Cai", None, None),
    ({"province": "Sơn La"}, "Tỉnh Sơn La", None, None),
    (
        {"ward": "phường Nguyễn Nghiêm", "hints": ["Chủ tịch UBND thành phố Quảng Ngãi"]},
        "Tỉnh Quảng Ngãi",
        "Thành phố Quảng Ngãi",
        "Phường Nguyễn Nghiêm",
    ),
    (
        {"ward": "Nguyễn Nghiêm", "hints": ["thị xã Đức Phổ"]},
        "Tỉnh Quảng Ngãi",
        "Thị xã Đức Phổ",
        "Phường Nguyễn Nghiêm",
    ),
    (
        {"district": "huyện Châu Thành", "hints": ["tỉnh Tiền Giang"]},
        "Tỉnh Tiền Giang",
        "Huyện Châu Thành",
        None,
    ),
    ({"district": "Châu Thành", "province": "Bến Tre"}, "Tỉnh Bến Tre", "Huyện Châu Thành", None),
    ({"ward": "Phường 1", "district": "Quận 3"}, "Thành phố Hồ Chí Minh", "Quận 3", "Phường 1"),
    ({"district": "thành phố Quảng Ngãi"}, "Tỉnh Quảng Ngãi", "Thành phố Quảng Ngãi", None),
    ({"district": "Hà Nội"}, "Thành phố Hà Nội", None, None),  # a province-level city
]


@pytest.mark.parametrize(("kwargs", "province", "district", "ward"), RESOLVED)
def test_resolved(kwargs, province, district, ward):
    loc = resolve_locality(**kwargs)
    assert loc is not None and not loc.ambiguous
    assert (loc.province, loc.district, loc.ward) == (province, district, ward)
    assert loc.new_province  # every old province maps to a 2025 one


AMBIGUOUS = [
    ({"ward": "Nguyễn Nghiêm"}, 2),  # Quảng Ngãi city and Đức Phổ
    ({"ward": "Phường 1"}, 33),
    ({"district": "Châu Thành"}, 10),
]


@pytest.mark.parametrize(("kwargs", "n"), AMBIGUOUS)
def test_ambiguous_names_are_reported_not_guessed(kwargs, n):
    loc = resolve_locality(**kwargs)
    assert loc is not None and loc.ambiguous
    assert len(loc.candidates) == n
    # what the candidates do not share stays unknown
    assert loc.district is None or loc.province is None


@pytest.mark.parametrize(
    ("ward", "n"),
    [
        ("Cẩm Thanh", 1),  # the tones written tell it from "Cẩm Thành" and "Cam Thành"
        ("Cẩm Thành", 3),
        ("Cam Thanh", 5),  # typed without tones: any of them
    ],
)
def test_a_name_with_its_tones_is_none_of_another_folding_alike(ward, n):
    loc = resolve_locality(ward=ward)
    assert loc is not None and (len(loc.candidates) if loc.ambiguous else 1) == n


def test_unknown_unit():
    assert resolve_locality(ward="Không Có Thật") is None
    assert resolve_locality(province="Atlantis") is None


def test_2025_units():
    loc = resolve_locality(province="Bình Dương")
    assert loc.new_province == "Thành phố Hồ Chí Minh"
    loc = resolve_locality(ward="Nguyễn Nghiêm", district="Quảng Ngãi")
    assert loc.new_ward == "Phường Cẩm Thành"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND phường Nguyễn Nghiêm", ("ward", "Nguyễn Nghiêm")),
        ("TỈNH BÌNH DƯƠNG", ("province", "Bình Dương")),
        ("thành phố Quảng Ngãi", ("city", "Quảng Ngãi")),
        ("TP. Hồ Chí Minh", ("city", "Hồ Chí Minh")),
        ("H. Châu Thành", ("district", "Châu Thành")),
        ("Ủy ban nhân dân xã Bảo Ái", ("ward", "Bảo Ái")),
        ("Sở Y tế", None),
    ],
)
def test_parse_unit(text, expected):
    assert parse_unit(text) == expected


def test_keys_are_stable_and_distinct():
    a = resolve_locality(district="thành phố Quảng Ngãi")
    b = resolve_locality(district="Thị xã Đức Phổ")
    assert locality_key(a) == "tinhquangngai/thanhphoquangngai"
    assert locality_key(a) != locality_key(b)


def test_subordinates():
    districts = subordinates(province="Quảng Ngãi")
    assert any(d.district == "Thành phố Quảng Ngãi" for d in districts)
    wards = subordinates(district="Thành phố Quảng Ngãi", province="Quảng Ngãi")
    assert any(w.ward == "Phường Nguyễn Nghiêm" for w in wards)
    assert all(w.district == "Thành phố Quảng Ngãi" for w in wards)


def test_parent_named_in_the_preamble_settles_an_ambiguous_ward():
    """Five units are called Yên Thịnh; the preamble names the city above it
    ("UBND Thành phố Yên Bái", capitalised as in a name, and not as the issuer
    of a numbered citation), which settles it."""
    from khtool import parse_text

    head = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG YÊN THỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 294/KH-UBND\nYên Thịnh, ngày 12 tháng 7 năm 2024\n"
        "KẾ HOẠCH\nTriển khai thực hiện công tác trẻ em năm 2024\n"
    )
    body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức về công tác trẻ em.\n"
    # (one "phường" among them: the unit word its header writes settles it alone,
    # the others being other kinds; the preamble agrees)
    alone = parse_text(head + body).header.issuer.locality
    assert alone is not None and not alone.ambiguous and alone.ward == "Phường Yên Thịnh"
    cited = (
        "Thực hiện chỉ đạo của UBND Thành phố Yên Bái về công tác trẻ em năm 2024, "
        "Ủy ban nhân dân phường ban hành Kế hoạch như sau:\n"
    )
    loc = parse_text(head + cited + body).header.issuer.locality
    assert loc is not None and not loc.ambiguous
    assert (loc.province, loc.district, loc.ward) == (
        "Tỉnh Yên Bái",
        "Thành phố Yên Bái",
        "Phường Yên Thịnh",
    )


def test_a_ward_name_is_found_without_loading_the_whole_index(tmp_path, monkeypatch):
    from khtool import gazetteer as gz

    monkeypatch.setenv("KHTOOL_CACHE_DIR", str(tmp_path))
    for fn in (gz._index, gz._shard, gz._provinces):
        fn.cache_clear()
    try:
        gz._index()  # builds the index and writes the caches, shards included
        assert len(list(tmp_path.glob("gazetteer-wards-*.pickle"))) == len(gz._SHARD_PREFIXES)
        gz._index.cache_clear()
        loc = gz.resolve_locality(ward="phường Nguyễn Nghiêm", hints=["Quảng Ngãi"])
        assert loc is not None and loc.province == "Tỉnh Quảng Ngãi"
        assert gz._index.cache_info().currsize == 0  # one shard was enough
    finally:
        for fn in (gz._index, gz._shard, gz._provinces):
            fn.cache_clear()


def test_communes_and_wards_named_since_the_2025_reform():
    """A commune or ward under its name since 1 July 2025 is found with its new
    province; a name several provinces have now is told apart by the province
    the document names, or reported as ambiguous."""
    loc = resolve_new_ward("Phường Hà Giang 1")
    assert (loc.new_province, loc.new_ward, loc.ambiguous) == ("Tỉnh Tuyên Quang", "Phường Hà Giang 1", False)
    assert locality_key(loc) == "tinhtuyenquang/phuonghagiang1"
    several = resolve_new_ward("Xã Tân Hưng")
    assert several.ambiguous and len(several.candidates) > 1
    one = resolve_new_ward("Xã Tân Hưng", hints=["Thực hiện Kế hoạch số 96/KH-UBND của UBND tỉnh Đồng Nai"])
    assert (one.new_province, one.ambiguous) == ("Tỉnh Đồng Nai", False)
    assert resolve_new_ward("Không Có Thật") is None


def test_a_commune_writing_after_the_reform_is_placed_by_its_new_name():
    from khtool import parse_text

    doc = parse_text(
        "UBND TỈNH LÀO CAI\nỦY BAN NHÂN DÂN XÃ BẢO THẮNG\nSố: 27/KH-UBND\n"
        "Bảo Thắng, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai Đề án 06 năm 2026\n"
    )
    loc = doc.header.issuer.locality
    assert loc is not None and (loc.new_province, loc.new_ward) == ("Tỉnh Lào Cai", "Xã Bảo Thắng")


def test_a_commune_citing_its_district_after_the_reform_is_an_old_one():
    """A commune's plan dated after 1 July 2025 that names a district above it
    speaks of the old units: "Xã Tân Hải" of huyện Phú Tân is not the new
    "Phường Tân Hải" elsewhere."""
    from khtool import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HẢI\nSố: 888/KH-UBND\nTân Hải, ngày 27 tháng 7 năm 2025\nKẾ HOẠCH\n"
        "Triển khai công tác trẻ em năm 2025\nThực hiện Kế hoạch số 806/KH-UBND ngày 09 tháng 5 năm "
        "2025 của UBND Huyện Phú Tân;\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
    )
    loc = doc.header.issuer.locality
    assert loc is not None and (loc.district, loc.ward) == ("Huyện Phú Tân", "Xã Tân Hải")


def test_a_communes_issuer_named_under_its_district_is_placed():
    """"ỦY BAN NHÂN DÂN / HUYỆN CHÂU THÀNH / ỦY BAN NHÂN DÂN / XÃ TÂN THẠCH":
    the district line narrows the commune's name, and the two lines are not
    read across ("… CHÂU THÀNH ỦY BAN …" holds no "Thành ủy")."""
    from khtool import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nỦY BAN NHÂN DÂN\nXÃ TÂN THẠCH\nSố: 52/KH-UBND\n"
        "Tân Thạch, ngày 14 tháng 6 năm 2024\nKẾ HOẠCH\nBảo vệ trẻ em năm 2024\nI. MỤC ĐÍCH\n1. Bảo vệ trẻ em.\n"
    )
    loc = doc.header.issuer.locality
    assert loc is not None and (loc.province, loc.district, loc.ward) == (
        "Tỉnh Bến Tre",
        "Huyện Châu Thành",
        "Xã Tân Thạch",
    )


# A body named by a bare "thành phố" in a text of a ward: a city run by the
# centre (province level) unless a city stands between them.
BARE_CITY = [
    # (issuer lines, place, year, expected canonical and level)
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG BÀNG", "Hồng Bàng", 2025, ("UBND tỉnh", "province")),
    ("UBND QUẬN HẢI CHÂU\nUBND PHƯỜNG THẠCH THANG", "Hải Châu", 2024, ("UBND tỉnh", "province")),
    # a province's city above the ward, or the ward's own city before 2025
    ("UBND THÀNH PHỐ THANH HÓA\nUBND PHƯỜNG ĐIỆN BIÊN", "Thanh Hóa", 2024, ("UBND huyện", "district")),
    ("UBND THÀNH PHỐ THỦ ĐỨC\nUBND PHƯỜNG AN KHÁNH", "Thủ Đức", 2024, ("UBND huyện", "district")),
    # (a province's ward since 2025: no city above it is named so)
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH", "Hạc Thành", 2026, ("UBND huyện", "district")),
]


@pytest.mark.parametrize(("issuer", "place", "year", "expected"), BARE_CITY)
def test_a_bare_city_body_in_a_wards_text(issuer, place, year, expected):
    from khtool import parse_text

    doc = parse_text(
        f"{issuer}\nSố: 300/BC-UBND\n{place}, ngày 08 tháng 12 năm {year}\n\nBÁO CÁO\nKết quả công tác năm\n\n"
        "IV. ĐỀ XUẤT, KIẾN NGHỊ\n1. Đề nghị Ủy ban nhân dân thành phố bố trí kinh phí hỗ trợ phường.\n"
    )
    (a,) = doc.assignments
    assert (a.canonical, a.level) == expected


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("UBND phường Tân An", True),
        ("UBND phường Tân", False),
        ("huyện Nam Đàn", True),
        ("huyện Nam Đàn Sở", False),
        ("tỉnh Nghệ An", True),
        ("Sở Tài chính", False),
    ],
)
def test_known_place(text, known):
    assert known_place(text) is known


# A merged province's body writing since 1 July 2025 writes for the new
# province: its evidence says so and names the provinces merged into it; the
# province itself stays as named (the keys use it). Before that day, or for a
# province the reform kept whole, no such note.
@pytest.mark.parametrize(
    ("province", "date", "note"),
    [
        ("LÂM ĐỒNG", "05 tháng 02 năm 2026", "a province since 1 July 2025: Tỉnh Lâm Đồng (Tỉnh Bình Thuận, Tỉnh Lâm Đồng, Tỉnh Đắk Nông)"),
        ("LÂM ĐỒNG", "05 tháng 02 năm 2024", None),
        ("CAO BẰNG", "05 tháng 02 năm 2026", None),
    ],
)
def test_a_merged_provinces_text_since_the_reform_says_so(province, date, note):
    from khtool import parse_text
    from khtool.tables import fold

    doc = parse_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH {province}\nSố: 12/KH-UBND\n{province.title()}, ngày {date}\n\nKẾ HOẠCH\n"
        "Phòng, chống thiên tai\n\n1. Sở Nông nghiệp và Môi trường chủ trì.\n"
    )
    loc = doc.header.issuer.locality
    assert fold(loc.province) == fold(f"Tỉnh {province}")
    assert (loc.evidence[1:] or [None])[-1] == note


# A commune of today named as an old township was: its plan of after 1 July
# 2025 citing the old district's plan (as a former unit or not) is the
# commune of today, of the kind its header writes, with no ceased unit.
COMMUNE_OF_A_FORMER_TOWNSHIP = [
    (
        "ỦY BAN NHÂN DÂN\nXÃ KHÂM ĐỨC\nSố: 15/KH-UBND\nKhâm Đức, ngày 12 tháng 9 năm 2025\nKẾ HOẠCH\n"
        "Phòng chống thiên tai năm 2025\nTrên cơ sở kết quả thực hiện Kế hoạch số 40/KH-UBND ngày "
        "02/3/2025 của UBND huyện Phước Sơn (trước đây);\nI. MỤC ĐÍCH\n1. Chủ động ứng phó.\n",
        ("Thành phố Đà Nẵng", "Xã Khâm Đức"),
    ),
    (
        "ỦY BAN NHÂN DÂN\nXÃ KẺ SẶT\nSố: 7/KH-UBND\nKẻ Sặt, ngày 03 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2026\nTiếp nối Kế hoạch số 112/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân "
        "Huyện Bình Giang (cũ);\nI. MỤC ĐÍCH\n1. Số hóa hồ sơ.\n",
        ("Thành phố Hải Phòng", "Xã Kẻ Sặt"),
    ),
    (
        "ỦY BAN NHÂN DÂN\nXÃ ĐẠI NGÃI\nSố: 31/KH-UBND\nĐại Ngãi, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân số năm 2026\nCăn cứ kết quả thực hiện Kế hoạch số 9/KH-UBND của UBND huyện Long Phú;\n"
        "I. MỤC ĐÍCH\n1. Giữ vững mức sinh thay thế.\n",
        ("Thành phố Cần Thơ", "Xã Đại Ngãi"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNE_OF_A_FORMER_TOWNSHIP)
def test_a_commune_of_today_is_not_the_old_township_of_its_name(text, expected):
    from khtool import parse_text

    doc = parse_text(text)
    loc = doc.header.issuer.locality
    assert loc is not None and (loc.new_province, loc.new_ward) == expected
    assert (loc.district, loc.ward) == (None, None)
    assert not [d for d in doc.diagnostics if d.code == "unit-ceased"]


# A special zone ("đặc khu") is a commune-level unit of the 2025 structure:
# its header gives the level, the unit of today and its province, and a bare
# "UBND tỉnh" it cites is that province's.
SPECIAL_ZONES = [
    (
        "ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO\nSố: 44/KH-UBND\nCôn Đảo, ngày 14 tháng 10 năm 2025\nKẾ HOẠCH\n"
        "Phát triển du lịch năm 2026\nThực hiện Kế hoạch số 210/KH-UBND ngày 02/10/2025 của UBND Thành phố "
        "về phát triển du lịch;\nI. MỤC ĐÍCH\n1. Thu hút du khách.\n",
        ("Ủy ban nhân dân đặc khu Côn Đảo", "Thành phố Hồ Chí Minh", "Đặc khu Côn Đảo"),
    ),
    (
        "UBND ĐẶC KHU LÝ SƠN\nSố: 9/KH-UBND\nLý Sơn, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2026\nTriển khai KH số 3/KH-UBND của UBND tỉnh ngày 02 tháng 01 năm 2026;\n"
        "I. MỤC ĐÍCH\n1. Số hóa hồ sơ.\n",
        ("UBND đặc khu Lý Sơn", "Tỉnh Quảng Ngãi", "Đặc khu Lý Sơn"),
    ),
    (
        "ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY ĐẶC KHU VÂN ĐỒN\n*\nSố 18-KH/ĐU\nVân Đồn, ngày 20 tháng 8 năm 2025\n"
        "KẾ HOẠCH\nThực hiện Kết luận của Ban Thường vụ Tỉnh ủy\nI. MỤC ĐÍCH\n1. Quán triệt.\n",
        ("Đảng ủy đặc khu Vân Đồn", "Tỉnh Quảng Ninh", "Đặc khu Vân Đồn"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPECIAL_ZONES)
def test_a_special_zone_is_a_commune_level_unit(text, expected):
    from khtool import parse_text

    doc = parse_text(text)
    h = doc.header
    loc = h.issuer.locality
    assert h.level == "ward"
    assert loc is not None and (h.issuer.full_name, loc.new_province, loc.new_ward) == expected
    assert locality_key(loc) is not None and "?" not in locality_key(loc)
    for c in doc.citations:
        if c.issuer and c.issuer.lower().endswith("tỉnh"):
            assert c.issuer_locality is not None and c.issuer_locality.new_province == expected[1]


@pytest.mark.parametrize(
    ("name", "unit", "province"),
    [
        ("Đặc khu Phú Quý", ("ward", "Phú Quý"), "Tỉnh Lâm Đồng"),
        ("UBND đặc khu Cát Hải", ("ward", "Cát Hải"), "Thành phố Hải Phòng"),
        ("Ủy ban nhân dân ĐẶC KHU CÔ TÔ", ("ward", "Cô Tô"), "Tỉnh Quảng Ninh"),
    ],
)
def test_special_zones_in_the_gazetteer(name, unit, province):
    from khtool.gazetteer import known_place, parse_unit

    assert parse_unit(name) == unit
    assert known_place(name)
    loc = resolve_new_ward(name)
    # (of its kind: "Xã Cô Tô" of An Giang is no "Đặc khu Cô Tô")
    assert loc is not None and (loc.new_province, loc.new_ward, loc.ambiguous) == (province, f"Đặc khu {unit[1]}", False)


def test_a_special_economic_zone_names_no_unit():
    from khtool.segment import units_in

    assert units_in("ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO") == [("ward", "Côn Đảo")]
    assert units_in("xây dựng đặc khu kinh tế Vân Đồn") == []
