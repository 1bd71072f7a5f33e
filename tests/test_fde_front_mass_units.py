"""The Front's and the mass organisations' own units, their centres and their
headers; an issuer's own office and divisions named by their kind (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import agency_level, classify_agency
from khtool.check import check_document
from khtool.render.table import _loc


@pytest.mark.parametrize(
    ("name", "sector", "level"),
    [
        # a unit named with its owner is the owner's, whatever its head word
        ("Ban Tuyên giáo và Dân vận (cơ quan Ủy ban MTTQ tỉnh)", "front_mass", "province"),
        ("Văn phòng cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front_mass", "province"),
        ("Ban Tổ chức - Kiểm tra Tỉnh Đoàn", "front_mass", "province"),
        ("Ban Tuyên giáo Tỉnh Đoàn", "front_mass", "province"),
        ("Văn phòng Hội LHPN tỉnh", "front_mass", "province"),
        ("Ban Kinh tế Hội Nông dân tỉnh", "front_mass", "province"),
        # a Party mark keeps the Party's
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party", "province"),
        ("Đảng đoàn Mặt trận Tổ quốc tỉnh", "party", "province"),
        ("Chi bộ Văn phòng Tỉnh Đoàn", "party", "province"),
        # the Youth Union's base units, at their unit's level
        ("Đoàn phường Tân Hòa", "front_mass", "ward"),
        ("Đoàn các xã, phường", "front_mass", "ward"),
        ("Đoàn xã Phú Lợi", "front_mass", "ward"),
        # the Young Pioneers' council is the Youth Union's, not an ad hoc one
        ("Hội đồng Đội tỉnh", "front_mass", "province"),
        # the Front's committee in a residential area
        ("Ban Công tác Mặt trận các khu dân cư", "front_mass", None),
        ("Ban Công tác Mặt trận các ấp", "front_mass", None),
        # a count of communes names communes
        ("Hội Nông dân 25 xã vùng dự án", "front_mass", "ward"),
    ],
)
def test_front_and_mass_organisation_units(name, sector, level):
    m = classify_agency(name)
    assert m is not None and m.sector == sector and m.level == level, (name, m)


def test_front_committee_in_a_residential_area_keeps_its_name():
    m = classify_agency("Ban Công tác Mặt trận các khu phố")
    assert m is not None and m.canonical == "Ban Công tác Mặt trận các khu phố"


@pytest.mark.parametrize(
    ("name", "sector", "canonical"),
    [
        # an office named with its parent's kind is the parent's own
        ("Văn phòng Cục", "own_office", "Văn phòng Cục"),
        ("Chánh Văn phòng Chi cục", "own_office", "Văn phòng Chi cục"),
    ],
)
def test_parents_own_office(name, sector, canonical):
    m = classify_agency(name)
    assert m is not None and (m.sector, m.canonical) == (sector, canonical)


def test_a_division_is_no_inspectorate():
    for name in ("Phòng Pháp chế - Thanh tra", "Phòng Thanh tra - Pháp chế"):
        m = classify_agency(name, "national")
        assert m is None or m.sector != "inspection", m


def test_no_ward_level_for_a_delegation():
    assert agency_level("Đoàn xác minh của tỉnh") != "ward"
    assert classify_agency("Đoàn trưởng đoàn công tác") is None or classify_agency("Đoàn trưởng đoàn công tác").sector != "front_mass"


HOI = (
    "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ\n"
    "HỘI LIÊN HIỆP PHỤ NỮ TỈNH\n"
    "BAN THƯỜNG VỤ\n"
    "***\n"
    "Số: 112/HLHPN-TG\n"
    "V/v tuyên truyền phòng, chống bạo lực gia đình năm 2026\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 14 tháng 5 năm 2026\n"
    "Kính gửi: Hội LHPN các xã, phường\n"
    "Thực hiện Kế hoạch số 52/KH-ĐCT ngày 10/3/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam "
    "về truyền thông phòng, chống bạo lực gia đình, Ban Thường vụ Hội LHPN tỉnh đề nghị như sau:\n"
    "1. Hội LHPN các xã, phường tổ chức tuyên truyền tại các chi hội, hoàn thành trước ngày 30/6/2026.\n"
    "2. Ban Tuyên giáo chủ trì theo dõi, tổng hợp kết quả.\n"
    "3. Ban Gia đình - Xã hội chủ trì hướng dẫn nghiệp vụ cho cơ sở.\n"
    "4. Văn phòng Hội LHPN tỉnh bảo đảm kinh phí tổ chức các hoạt động.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TG.\n"
    "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nLê Thị Hạnh\n"
)


def test_three_line_header_organ_belongs_to_the_line_above():
    doc = parse_text(HOI)
    issuer = doc.header.issuer
    assert issuer.full_name == "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"
    assert issuer.branch == "front"


def test_bare_units_in_a_mass_organisations_text_are_its_own():
    doc = parse_text(HOI)
    by = {a.agency: a for a in doc.assignments}
    for name in ("Ban Tuyên giáo", "Ban Gia đình - Xã hội", "Văn phòng Hội LHPN tỉnh"):
        assert name in by, sorted(by)
        assert by[name].sector == "front_mass", (name, by[name].sector)
        assert by[name].level == "province"


def test_the_party_committees_bare_commission_stays_the_partys():
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nTỈNH ỦY\n*\nSố: 45-KH/TU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Trị, ngày 14 tháng 5 năm 2026\n"
        "KẾ HOẠCH\ntuyên truyền kỷ niệm ngày thành lập Đảng\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Tuyên giáo chủ trì, hướng dẫn các cấp ủy tổ chức tuyên truyền.\n"
        "Nơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\nT/M TỈNH ỦY\nPHÓ BÍ THƯ\nLê Văn Nam\n"
    )
    doc = parse_text(text)
    by = {a.agency: a for a in doc.assignments}
    assert by["Ban Tuyên giáo"].sector == "party"


def test_central_mass_organisation_is_national():
    doc = parse_text(HOI)
    c = next(c for c in doc.citations if c.number == "52/KH-ĐCT")
    assert c.issuer_level == "national"


DOAN = (
    "BCH ĐOÀN TỈNH QUẢNG TRỊ\tĐOÀN TNCS HỒ CHÍ MINH\n"
    "***\n"
    "Số: 88-KH/TĐTN-TNTH\tQuảng Trị, ngày 02 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "tổ chức Ngày hội thiếu nhi vui khỏe năm 2026\n"
    "Thực hiện Kế hoạch số 31-KH/TWĐTN-TNTH ngày 15/01/2026 của Ban Bí thư Trung ương Đoàn "
    "và Chương trình số 02-CTr/TĐTN ngày 10/01/2026 của Ban Thường vụ Tỉnh Đoàn về công tác Đoàn năm 2026, "
    "Ban Thường vụ Tỉnh Đoàn xây dựng kế hoạch như sau:\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Tuyên giáo Tỉnh Đoàn chủ trì tổ chức Ngày hội; Hội đồng Đội tỉnh phối hợp thực hiện.\n"
    "2. Đoàn phường Đông Hà phối hợp chuẩn bị địa điểm.\n"
    "Nơi nhận:\n- Lưu VP.\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\nTrần Văn Toàn\n"
)


def test_youth_unions_own_citations():
    doc = parse_text(DOAN)
    centre = next(c for c in doc.citations if c.number == "31-KH/TWĐTN-TNTH")
    assert centre.issuer_level == "national"
    own = next(c for c in doc.citations if c.number and c.number.endswith("CTr/TĐTN"))
    assert own.issuer_locality is not None and own.issuer_locality.province == "Tỉnh Quảng Trị"


def test_youth_union_banner_stands_for_the_motto():
    doc = parse_text(DOAN)
    assert not doc.header.motto
    assert not [f for f in check_document(doc) if f.rule == "KH106"]


def test_other_mass_organisations_print_the_motto():
    text = HOI.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", "")
    doc = parse_text(text)
    assert [f for f in check_document(doc) if f.rule == "KH106"]


CUC = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ ĐÊ ĐIỀU\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/KH-ĐĐ\nHà Nội, ngày 05 tháng 8 năm 2026\n"
    "KẾ HOẠCH\nrà soát hồ sơ đê điều năm 2026\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Pháp chế - Thanh tra chủ trì rà soát hồ sơ vi phạm pháp luật về đê điều.\n"
    "2. Văn phòng Cục chủ trì bảo đảm kinh phí, hậu cần.\n"
    "Nơi nhận:\n- Lưu: VT.\nCỤC TRƯỞNG\nPhạm Văn Hùng\n"
)


@pytest.mark.parametrize(
    ("text", "agency", "expected", "unlike"),
    [
        # a youth union's own units, and its ward branch
        (DOAN, "Ban Tuyên giáo Tỉnh Đoàn", {"sector": "front_mass"}, {}),
        (DOAN, "Hội đồng Đội tỉnh", {"sector": "front_mass"}, {}),
        (DOAN, "Đoàn phường Đông Hà", {"sector": "front_mass", "level": "ward"}, {}),
        # a Cục's own office, and its division named for inspection (no inspectorate)
        (CUC, "Văn phòng Cục", {"canonical": "Văn phòng Cục", "sector": "own_office"}, {}),
        (
            CUC,
            "Phòng Pháp chế - Thanh tra",
            {"canonical": "Phòng Pháp chế - Thanh tra", "level": "national"},
            {"sector": "inspection"},
        ),
    ],
)
def test_a_unions_and_a_cucs_own_units(text, agency, expected, unlike):
    by = {a.agency: a for a in parse_text(text).assignments}
    assert {k: getattr(by[agency], k) for k in expected} == expected
    assert all(getattr(by[agency], k) != v for k, v in unlike.items())


def test_locality_since_the_reform_shows_the_new_unit_first():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TRUNG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-UBND\nTrung An, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nvề chuyển đổi số năm 2026\n"
    )
    doc = parse_text(text)
    loc = doc.header.issuer.locality
    assert loc is not None and loc.new_ward
    assert _loc(doc).startswith(loc.new_ward), _loc(doc)
