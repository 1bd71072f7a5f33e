"""Who an assignment's body is: a named division by its own name's field,
and bodies a letter names by pointing back, by class or by heading."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import _division_heads, classify_agency


# A named division "Phòng X" is of the field its name opens with, not of a
# field's word further inside it ("giáo dục pháp luật" is no school's).
@pytest.mark.parametrize(
    "name",
    [
        "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật",
        "Phòng Phổ biến giáo dục pháp luật",
        "Phòng Tổ chức cán bộ và giáo dục chính trị",
    ],
)
def test_a_named_division_is_not_classed_by_a_word_inside_it(name):
    m = classify_agency(name, "province")
    assert m is None or m.sector != "education"


@pytest.mark.parametrize(
    ("name", "division"),
    [
        # an activity "Phòng" opens is no division's name
        ("Phòng Thủ dân sự", False),
        ("Phòng Chống tham nhũng", False),
        ("Phòng Cháy, chữa cháy", False),
        ("Phòng Ngừa rủi ro thiên tai", False),
        # a division whose field opens with the same letters is one
        ("Phòng Thuế thu nhập cá nhân", True),
        ("Phòng Thủy lợi", True),
        ("Phòng Thương mại", True),
    ],
)
def test_a_division_is_told_from_an_activity_by_whole_words(name, division):
    assert (_division_heads(name) is not None) is division


@pytest.mark.parametrize(
    ("name", "sector"),
    [("Phòng Giáo dục và Đào tạo", "education"), ("Phòng Y tế", "health"), ("Phòng Tư pháp", "justice")],
)
def test_a_division_named_by_its_field_keeps_it(name, sector):
    m = classify_agency(name, "district")
    assert m is not None and m.sector == sector


DEPARTMENT_PLAN = (
    "UBND TỈNH GIA LAI\n{department}\nSố: 52/KH-{code}\nGia Lai, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai công tác năm 2026\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. {division}: Chủ trì tổ chức các hội nghị triển khai.\n"
    "2. Văn phòng Sở: Bảo đảm kinh phí thực hiện Kế hoạch.\n"
)


@pytest.mark.parametrize(
    ("department", "code", "division", "sector"),
    [
        ("SỞ TƯ PHÁP", "STP", "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "justice"),
        ("SỞ TƯ PHÁP", "STP", "Phòng Hành chính tư pháp", "justice"),
        ("SỞ TƯ PHÁP", "STP", "Phòng Bổ trợ tư pháp", "justice"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "Phòng Quản lý văn hóa và gia đình", "culture"),
        ("SỞ NỘI VỤ", "SNV", "Phòng Quản lý giáo dục nghề nghiệp", "home_affairs"),
    ],
)
def test_a_departments_own_division_is_in_its_field(department, code, division, sector):
    # a Sở's division whose name holds a field's words after its opening is no
    # district office of that field ("Phòng Hành chính tư pháp" is not the
    # district's Phòng Tư pháp); in its Sở's plan it is the Sở's, at its level
    m = classify_agency(division, "province")
    assert m is None or m.level != "district"
    doc = parse_text(DEPARTMENT_PLAN.format(department=department, code=code, division=division))
    got = {a.agency: a for a in doc.assignments}
    assert (got[division].sector, got[division].level) == (sector, "province")


NOTICE = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 210/TB-SCT\nYên Bái, ngày 14 tháng 5 năm 2026\n"
    "THÔNG BÁO\nKết quả kiểm tra an toàn kho vật liệu nổ công nghiệp\n"
    "1. Kết quả kiểm tra\nĐoàn đã kiểm tra kho của các đơn vị: Công ty cổ phần Khai khoáng Minh Sơn "
    "(mỏ đá Khe Cát); Công ty TNHH Đá Hoàng Long (mỏ đá Núi Ngang) cho thấy các đơn vị chấp hành tốt quy định.\n"
    "2. Kiến nghị\nSở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:\n"
    "- Bổ sung biển báo, nội quy kho.\n- Tăng cường lực lượng bảo vệ kho.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n"
)


def test_bodies_pointed_back_to_are_the_firms_named_before():
    """Each firm "đơn vị nêu trên" points back to is one assignment's body,
    named by its name, asked (a firm is no state body's to command)."""
    doc = parse_text(NOTICE)
    got = [(a.agency, a.canonical, a.sector, a.role, len(a.tasks)) for a in doc.assignments]
    assert got == [
        ("Công ty cổ phần Khai khoáng Minh Sơn", "Công ty cổ phần Khai khoáng Minh Sơn", "enterprises", "requested", 2),
        ("Công ty TNHH Đá Hoàng Long", "Công ty TNHH Đá Hoàng Long", "enterprises", "requested", 2),
    ]


LETTER = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 415/SCT-QLCN\nYên Bái, ngày 02 tháng 6 năm 2026\n"
    "V/v cung cấp số liệu hóa chất\nKính gửi: Các đơn vị kinh doanh hóa chất trên địa bàn tỉnh\n"
    "Sở Công Thương đề nghị các đơn vị kinh doanh hóa chất trên địa bàn tỉnh cung cấp số liệu theo mẫu "
    "trước ngày 20/6/2026.\n"
    "Đây là nội dung quan trọng, Sở Công Thương đề nghị các đơn vị nghiêm túc thực hiện đúng thời hạn./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_letters_units_named_by_the_generic_word_are_its_addressees():
    # (the addressee asked again in the closing paragraph: one assignment, not "Các sở, ban, ngành")
    doc = parse_text(LETTER)
    got = [(a.canonical, a.sector, a.role) for a in doc.assignments]
    assert got == [("Các doanh nghiệp, cơ sở", "enterprises", "requested")]
    assert len(doc.assignments[0].tasks) == 2


REPORT = (
    "SỞ CÔNG THƯƠNG TỈNH YÊN BÁI\nĐOÀN KIỂM TRA\nSố: 05/BC-ĐKT\nYên Bái, ngày 20 tháng 6 năm 2026\n"
    "BÁO CÁO\nKết quả kiểm tra hoạt động hóa chất\n"
    "1. Kết quả kiểm tra\nCác đơn vị đã chấp hành tương đối tốt quy định về hóa chất.\n"
    "2. Kiến nghị của Đoàn kiểm tra:\n"
    "- Đối với 02 đơn vị sử dụng hóa chất: Yêu cầu các đơn vị tổ chức huấn luyện an toàn hóa chất cho người lao động.\n"
    "Trên đây là Báo cáo kết quả kiểm tra, đề nghị Giám đốc Sở Công Thương xem xét./.\n"
)


def test_units_asked_under_an_item_about_a_class_are_that_class():
    doc = parse_text(REPORT)
    got = {(a.agency, a.canonical, a.sector) for a in doc.assignments}
    assert ("các đơn vị", "Các doanh nghiệp, cơ sở", "enterprises") in got


@pytest.mark.parametrize(
    "name",
    [
        "các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh",
        "các tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp",
        "Tổ chức, cá nhân hoạt động khai thác cát",
    ],
)
def test_firms_named_by_their_activity_are_enterprises(name):
    m = classify_agency(name, "province")
    assert m is not None and m.sector == "enterprises"


def test_a_departments_yeu_cau_to_firms_is_a_request():
    doc = parse_text(
        "UBND TỈNH YÊN BÁI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 77/SNNMT-KS\nYên Bái, ngày 05 tháng 8 năm 2026\n"
        "V/v thực hiện Luật Địa chất và khoáng sản\nKính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh\n"
        "Sở Nông nghiệp và Môi trường yêu cầu các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh "
        "rà soát hồ sơ pháp lý của mỏ.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert [(a.sector, a.role) for a in doc.assignments] == [("enterprises", "requested")]


@pytest.mark.parametrize(
    "name", ["UBND các thành phố trực thuộc Trung ương", "Chủ tịch Ủy ban nhân dân các thành phố trực thuộc trung ương"]
)
def test_cities_run_by_the_centre_are_of_province_level(name):
    m = classify_agency(name, "national")
    assert m is not None and (m.canonical, m.level) == ("UBND các tỉnh, thành phố", "province")


@pytest.mark.parametrize(
    "name",
    [
        "các tổ chức, doanh nghiệp có hoạt động liên quan đến vật liệu nổ công nghiệp trên địa bàn",
        "Các tổ chức, cá nhân có hoạt động khai thác khoáng sản",
        "tổ chức, doanh nghiệp có hoạt động kinh doanh xăng dầu",
        "các tổ chức, cá nhân, doanh nghiệp hoạt động hóa chất",
    ],
)
def test_firms_said_to_have_an_activity_are_enterprises(name):
    """"có hoạt động …" names the class by what it does, as "hoạt động …"
    does: the enterprises, with no level of the province it works in."""
    m = classify_agency(name, "province")
    assert m is not None and (m.sector, m.canonical) == ("enterprises", "Các doanh nghiệp, cơ sở")


def test_a_departments_yeu_cau_over_numbered_items_asks_the_firms():
    """"Sở … yêu cầu các tổ chức, doanh nghiệp có hoạt động … thực hiện một
    số nội dung sau:" gives each item below to that class, requested."""
    doc = parse_text(
        "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 210/SCT-QLCN\nYên Bái, ngày 12 tháng 4 năm 2026\n"
        "V/v chấp hành quy định về an toàn hóa chất\nKính gửi: Các tổ chức, cá nhân hoạt động hóa chất trên địa bàn tỉnh\n"
        "Qua kiểm tra, Sở Công Thương nhận thấy một số cơ sở chưa chấp hành đầy đủ quy định.\n"
        "Để bảo đảm an toàn, Sở Công Thương yêu cầu các tổ chức, doanh nghiệp có hoạt động kinh doanh hóa chất "
        "trên địa bàn thực hiện một số nội dung sau:\n"
        "1. Rà soát, bổ sung kế hoạch phòng ngừa, ứng phó sự cố hóa chất.\n"
        "2. Tổ chức huấn luyện an toàn hóa chất cho người lao động.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
    )
    got = [(a.canonical, a.sector, a.level, a.role, len(a.tasks)) for a in doc.assignments]
    assert got == [("Các doanh nghiệp, cơ sở", "enterprises", None, "requested", 2)]


@pytest.mark.parametrize(
    "name",
    [
        "Sở Giao dịch Chứng khoán Việt Nam",
        "Sở Giao dịch Chứng khoán Hà Nội và công ty con",
        "Sở Giao dịch hàng hóa Việt Nam",
    ],
)
def test_a_state_exchange_is_an_enterprise_not_a_department(name):
    """A state-owned exchange is a business under its own name: its "Sở" is
    no provincial department's word."""
    m = classify_agency(name, "national")
    assert m is not None and (m.sector, m.canonical, m.level) == ("enterprises", name, None)


MINISTRY_CIRCULAR = (
    "BỘ Y TẾ\nSố: 21/2026/TT-BYT\nHà Nội, ngày 15 tháng 5 năm 2026\n"
    "THÔNG TƯ\nHướng dẫn công tác thông tin y tế\nĐiều 12. Trách nhiệm thi hành\n"
    "1. {body} có trách nhiệm phổ biến Thông tư này.\n"
    "2. Văn phòng Bộ có trách nhiệm đôn đốc, kiểm tra việc thực hiện.\n"
)


@pytest.mark.parametrize(
    ("body", "canonical"),
    [
        # qualified by their field: a class of their own
        ("Các cơ quan, đơn vị báo chí của Bộ", "Các đơn vị báo chí thuộc Bộ"),
        ("Các đơn vị y tế dự phòng thuộc Bộ", "Các đơn vị y tế dự phòng thuộc Bộ"),
        # by their kind or standing only: every unit of the ministry
        ("Thủ trưởng các đơn vị thuộc Bộ", "Các đơn vị thuộc Bộ"),
        ("Các đơn vị sự nghiệp trực thuộc Bộ", "Các đơn vị thuộc Bộ"),
        ("Các cơ quan, đơn vị trực thuộc Bộ", "Các đơn vị thuộc Bộ"),
    ],
)
def test_a_ministrys_units_qualified_by_their_field_keep_it(body: str, canonical: str):
    doc = parse_text(MINISTRY_CIRCULAR.format(body=body))
    got = {a.agency: (a.canonical, a.sector, a.level) for a in doc.assignments}
    assert got[body] == (canonical, "own_units", "national")


@pytest.mark.parametrize(
    "first",
    ["Sở Giao dịch Chứng khoán Việt Nam", "Ủy ban Chứng khoán Nhà nước"],
)
def test_two_bodies_joined_by_va_before_their_duty_are_each_bound(first: str):
    """"3. X và Y có trách nhiệm …" binds both bodies; an enterprise's own
    "và" ("Tổng công ty Lưu ký và Bù trừ …") stays in its name."""
    doc = parse_text(
        "CHÍNH PHỦ\nSố: 88/2026/NĐ-CP\nHà Nội, ngày 10 tháng 5 năm 2026\nNGHỊ ĐỊNH\nVề quản lý vốn tại doanh nghiệp\n"
        "Điều 5. Giám sát tài chính\n1. Bộ Tài chính thực hiện giám sát tài chính.\n"
        f"3. {first} và Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam có trách nhiệm ban hành quy chế "
        "giám sát nội bộ đối với các công ty con.\n"
    )
    got = [a.agency for a in doc.assignments]
    assert first in got and "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam" in got
    assert not any(" và Tổng" in a for a in got)
