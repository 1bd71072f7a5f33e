"""How a body is named and merged: a head's title names its body, a list's
closing "cơ quan, đơn vị có liên quan" adds none, one unit's government keeps
its place, a project's role noun is the body the text designates, the
addressee a letter binds by its kind, a submission's superior, the state
groups' branches by brand, a cultural post office, a commune's own order in
the communes' item, and bodies named by pointing to a part of the text."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency, without_title
from khtool.diff import _same_addressee

DECREE = (
    "CHÍNH PHỦ\nSố: 88/2026/NĐ-CP\nHà Nội, ngày 12 tháng 6 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định về cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính\n"
)


def _bodies(text: str) -> list[tuple[str, str | None, int]]:
    return [(a.agency, a.canonical, len(a.tasks)) for a in parse_text(text).assignments]


# A head's title names its body: the body is its canonical name and the key
# it is merged by ("Chánh án", not "Chánh" + "án …"; "Tổng" only before the
# body whose head it names).
@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Bộ trưởng Bộ Công an", "Bộ Công an"),
        ("Viện trưởng Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"),
        ("Chánh án Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"),
        ("Chánh án Tòa án nhân dân tỉnh Hà Tĩnh", "Tòa án nhân dân tỉnh Hà Tĩnh"),
        ("Tổng Kiểm toán nhà nước", "Kiểm toán nhà nước"),
        ("Tổng Thanh tra Chính phủ", "Thanh tra Chính phủ"),
        ("Thống đốc Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ("Tổng cục trưởng Tổng cục Thống kê", "Tổng cục Thống kê"),
        ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Lãnh đạo Sở Y tế", "Sở Y tế"),
    ],
)
def test_a_heads_title_names_its_body(name, body):
    assert without_title(name) == body
    m = classify_agency(name, "national")
    assert m is not None and m.canonical == body


def test_one_body_named_by_its_heads_title_and_by_its_name_is_one_assignment():
    doc = parse_text(
        DECREE + "Điều 20. Trách nhiệm thi hành\n"
        "1. Bộ trưởng Bộ Tư pháp có trách nhiệm hướng dẫn, kiểm tra việc thi hành Nghị định này.\n"
        "2. Bộ Tư pháp chủ trì xây dựng, vận hành cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính.\n"
        "3. Bộ Công an, Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao có trách nhiệm cung cấp"
        " thông tin cho cơ sở dữ liệu.\n"
        "4. Các Bộ trưởng, Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao,"
        " Tổng Kiểm toán nhà nước chịu trách nhiệm thi hành Nghị định này.\n"
    )
    by_canonical: dict[str | None, int] = {}
    for a in doc.assignments:
        by_canonical[a.canonical] = by_canonical.get(a.canonical, 0) + 1
    assert by_canonical["Bộ Tư pháp"] == 1
    assert by_canonical["Tòa án nhân dân tối cao"] == 1
    assert by_canonical["Viện kiểm sát nhân dân tối cao"] == 1
    assert by_canonical["Kiểm toán nhà nước"] == 1  # (named only in the executors' clause, by its head)
    (justice,) = [a for a in doc.assignments if a.canonical == "Bộ Tư pháp"]
    assert (justice.role, len(justice.tasks)) == ("lead", 2)


# "(các) cơ quan, đơn vị (có) liên quan" closing a list of bodies adds no body
# and is no part of the last one's name, in an item, an executors' clause or a
# task's partners; a class enumerated by its kinds keeps its words.
@pytest.mark.parametrize(
    ("item", "agencies"),
    [
        (
            "2. Bộ Quốc phòng, Tòa án nhân dân tối cao và cơ quan, đơn vị có liên quan có trách nhiệm cập nhật dữ liệu.\n",
            ["Bộ Quốc phòng", "Tòa án nhân dân tối cao"],
        ),
        (
            "2. Bộ Công an, Viện kiểm sát nhân dân tối cao và các cơ quan, đơn vị có liên quan có trách nhiệm"
            " cập nhật dữ liệu.\n",
            ["Bộ Công an", "Viện kiểm sát nhân dân tối cao"],
        ),
    ],
)
def test_those_concerned_closing_a_list_add_no_body(item, agencies):
    doc = parse_text(DECREE + "Điều 20. Trách nhiệm thi hành\n1. Bộ Tư pháp chủ trì xây dựng cơ sở dữ liệu.\n" + item)
    assert [a.agency for a in doc.assignments][1:] == agencies


def test_those_concerned_closing_a_tasks_partners_are_no_partner():
    doc = parse_text(
        DECREE + "Điều 20. Trách nhiệm thi hành\n"
        "1. Bộ Tư pháp chủ trì, phối hợp với Bộ Công an và các đơn vị có liên quan xây dựng cơ sở dữ liệu.\n"
    )
    (a,) = doc.assignments
    assert a.tasks[0].partners == ["Bộ Công an"]


# One unit's government named by its own name keeps it in its canonical name;
# a class maps to the level's class name, and a text's own "UBND xã" stays.
@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Chủ tịch UBND xã Võ Lao", "UBND xã Võ Lao"),
        ("Ủy ban nhân dân phường Nguyễn Nghiêm", "UBND phường Nguyễn Nghiêm"),
        ("UBND TP. Quảng Ngãi", "UBND thành phố Quảng Ngãi"),
        ("Ủy ban nhân dân thành phố Hà Nội", "UBND thành phố Hà Nội"),
    ],
)
def test_one_named_units_government_keeps_its_place(name, canonical):
    m = classify_agency(name, "province")
    assert m is not None and (m.sector, m.canonical) == ("government", canonical)


def test_two_communes_named_in_an_executors_clause_are_two_bodies():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 2411/QĐ-UBND\nLào Cai, ngày 16 tháng 7 năm 2026\n"
        "QUYẾT ĐỊNH\nPhê duyệt phương án bảo vệ mỏ đá Bản Mế\n"
        "Điều 1. Phê duyệt phương án bảo vệ mỏ đá Bản Mế.\n"
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch UBND"
        " xã Bản Mế; Chủ tịch UBND xã Si Ma Cai chịu trách nhiệm thi hành Quyết định này.\n"
    )
    communes = sorted(a.canonical or "" for a in doc.assignments if a.sector == "government")
    assert communes == ["UBND xã Bản Mế", "UBND xã Si Ma Cai"]


def test_a_report_to_a_named_province_is_one_to_the_province():
    """diff: "báo cáo UBND tỉnh Quảng Trị" and "báo cáo UBND tỉnh" go to one body."""
    from khtool.agencies import kind_of_government  # (new with the rule)

    assert kind_of_government("UBND tỉnh Quảng Trị") == "UBND tỉnh"
    assert _same_addressee(("UBND tỉnh Quảng Trị", "báo cáo UBND tỉnh Quảng Trị"), ("UBND tỉnh", "báo cáo UBND tỉnh"))


# A project's party asked by its role ("chủ đầu tư", "nhà đầu tư", "chủ dự
# án") is the body the decision designates as its investor, however it names
# the role there: one assignment with that body.
@pytest.mark.parametrize(
    "particulars",
    [
        "1. Nhà đầu tư\nTên doanh nghiệp: Công ty Cổ phần Đầu tư hạ tầng Bắc Hà.\n",
        "1. Nhà đầu tư: Công ty Cổ phần Đầu tư hạ tầng Bắc Hà.\n",
        "1. Thông tin nhà đầu tư\n- Tên nhà đầu tư: Công ty Cổ phần Đầu tư hạ tầng Bắc Hà.\n",
    ],
)
def test_the_investor_asked_by_its_role_is_the_designated_firm(particulars):
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 2390/QĐ-UBND\nLào Cai, ngày 10 tháng 7 năm 2026\n"
        "QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án Cụm công nghiệp Bắc Hà\n"
        f"Điều 1. Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư.\n{particulars}"
        "2. Tên dự án: Cụm công nghiệp Bắc Hà.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Trách nhiệm của chủ đầu tư\n- Triển khai dự án đúng tiến độ được phê duyệt.\n"
        "- Báo cáo tình hình thực hiện dự án hằng quý gửi Sở Tài chính.\n"
        "2. Sở Tài chính có trách nhiệm theo dõi, giám sát dự án.\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và Công ty Cổ phần Đầu tư hạ tầng"
        " Bắc Hà chịu trách nhiệm thi hành Quyết định này.\n"
    )
    firms = [a for a in doc.assignments if a.sector == "enterprises"]
    assert [(a.agency, len(a.tasks)) for a in firms] == [("Công ty Cổ phần Đầu tư hạ tầng Bắc Hà", 3)]
    assert [d.recurrence for d in firms[0].deadlines] == ["quarterly"]


# The role word with qualifiers after it ("chủ đầu tư hạ tầng cụm công
# nghiệp", "Nhà thầu thi công xây dựng") is still the one party the text
# names for that role; a class after it ("chủ đầu tư các dự án …") is not.
@pytest.mark.parametrize(
    ("asked", "holders"),
    [
        ("Đề nghị Chủ đầu tư hạ tầng cụm công nghiệp đầu tư đầy đủ hệ thống xử lý nước thải.",
         ["Ban Quản lý dự án đầu tư xây dựng xã Hưng Khánh"]),
        ("Đề nghị Nhà thầu thi công xây dựng bảo đảm an toàn lao động trên công trường.",
         ["Ban Quản lý dự án đầu tư xây dựng xã Hưng Khánh", "Công ty TNHH Xây dựng Hồng Phát"]),
        ("Đề nghị chủ đầu tư các dự án lân cận thực hiện bảo vệ hệ thống kênh mương chung.",
         ["Ban Quản lý dự án đầu tư xây dựng xã Hưng Khánh", "chủ đầu tư các dự án lân cận"]),
    ],
)
def test_a_role_word_with_qualifiers_is_the_party_named_for_it(asked, holders):
    doc = parse_text(
        "UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 6801/SNNMT-KS\nLào Cai, ngày 20 tháng 7 năm 2026\n"
        "V/v góp ý dự án Cụm công nghiệp Hưng Khánh\nKính gửi: Sở Công Thương tỉnh Lào Cai\n"
        "Sở Nông nghiệp và Môi trường nhận được hồ sơ dự án với các thông tin sau:\n"
        "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Hưng Khánh.\n"
        "- Nhà thầu thi công: Công ty TNHH Xây dựng Hồng Phát.\n"
        "Sau khi nghiên cứu, Sở Nông nghiệp và Môi trường có ý kiến như sau:\n"
        "1. Đề nghị Chủ đầu tư rà soát lại các căn cứ pháp lý của dự án.\n"
        f"2. {asked}\n"
    )
    named = {a.agency for a in doc.assignments if a.sector != "industry_trade"}
    assert named == set(holders)


LETTER = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 412/SCT-QLCN\nYên Bái, ngày 14 tháng 5 năm 2026\n"
    "V/v kết quả kiểm tra kho chứa hóa chất\nKính gửi: {to}\n"
    "Ngày 05/5/2026, Sở Công Thương đã kiểm tra kho chứa hóa chất tại Khu công nghiệp phía Nam.\n"
)


# A letter's clause whose subject is its one addressee named by its kind,
# bound by a modal, is that addressee's task (not a body of its own).
@pytest.mark.parametrize(
    ("to", "sentence", "task"),
    [
        (
            "Công ty TNHH Hóa chất Minh Khai",
            "Kho chưa có hệ thống thu gom nước thải; Công ty chỉ được đưa kho vào sử dụng khi khắc phục xong;"
            " đặc biệt Công ty cần phải khẩn trương lắp đặt hệ thống báo cháy tự động tại kho số 2.",
            "Công ty cần phải khẩn trương lắp đặt hệ thống báo cháy tự động tại kho số 2.",
        ),
        (
            "Công ty TNHH Hóa chất Minh Khai",
            "Công ty phải dừng nhập hóa chất vào kho số 2 cho đến khi hoàn thành việc khắc phục.",
            "Công ty phải dừng nhập hóa chất vào kho số 2 cho đến khi hoàn thành việc khắc phục.",
        ),
        (
            "Ban Quản lý các khu công nghiệp tỉnh",
            "Quý cơ quan có trách nhiệm giám sát việc khắc phục tại kho số 2.",
            "Quý cơ quan có trách nhiệm giám sát việc khắc phục tại kho số 2.",
        ),
    ],
)
def test_a_letters_addressee_bound_by_its_kind_is_given_the_task(to, sentence, task):
    doc = parse_text(LETTER.format(to=to) + sentence + "\n")
    assert [(a.agency, [t.text for t in a.tasks]) for a in doc.assignments] == [(to, [task])]


def test_a_submissions_request_to_its_superior_asks_the_issuer_itself():
    """"Phòng X kính đề nghị Lãnh đạo Cục xem xét, ký ban hành …" in a Cục's
    submission slip asks the Cục, whichever of its units submits it."""
    doc = parse_text(
        "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nHà Nội, ngày 10 tháng 4 năm 2026\nPHIẾU TRÌNH\n"
        "Kính gửi: Cục trưởng\nĐơn vị trình: Phòng Quản lý hóa chất.\n"
        "Vấn đề trình: Cấp Giấy phép vận chuyển hàng nguy hiểm cho Công ty TNHH Hóa chất An Phú.\n"
        "Sau khi thẩm định hồ sơ, Phòng Quản lý hóa chất đã dự thảo Giấy phép. Phòng Quản lý hóa chất kính đề"
        " nghị Lãnh đạo Cục xem xét, ký ban hành Giấy phép vận chuyển hàng nguy hiểm./.\n"
    )
    assert [(a.agency, a.canonical, a.role) for a in doc.assignments] == [
        ("Lãnh đạo Cục", "Cục Hóa chất", "requested")
    ]


def test_kinh_trinh_asks_the_superior_to_decide():
    doc = parse_text(
        "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nHà Nội, ngày 10 tháng 4 năm 2026\nPHIẾU TRÌNH\n"
        "Kính gửi: Cục trưởng\nĐơn vị trình: Phòng Quản lý hóa chất.\n"
        "Phòng Quản lý hóa chất kính trình Lãnh đạo Cục hồ sơ và dự thảo Giấy phép.\n"
        "Kính trình Lãnh đạo Cục xem xét, ký Giấy phép./.\n"
    )
    assert [(a.agency, [t.text for t in a.tasks]) for a in doc.assignments] == [
        ("Lãnh đạo Cục", ["Kính trình Lãnh đạo Cục xem xét, ký Giấy phép./."])
    ]


PROVINCE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 41/KH-UBND\nQuảng Bình, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai phong trào học tập kỹ năng số năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ\nChủ trì, theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch.\n"
)


# The state groups' branches named by brand and place are bodies, enterprises.
@pytest.mark.parametrize(
    ("item", "firms"),
    [
        (
            "2. Đề nghị Viettel Quảng Bình, VNPT Quảng Bình, Bưu điện tỉnh Quảng Bình\n"
            "Hỗ trợ thiết bị, đường truyền cho các điểm học tập số.\n",
            ["Viettel Quảng Bình", "VNPT Quảng Bình"],
        ),
        (
            "2. Đề nghị Viettel, VNPT và MobiFone hỗ trợ gói cước cho các điểm học tập số.\n",
            ["Viettel", "VNPT", "MobiFone"],
        ),
    ],
)
def test_a_state_groups_branch_named_by_its_brand_is_a_body(item, firms):
    doc = parse_text(PROVINCE_PLAN + item)
    assert [(a.agency, a.role) for a in doc.assignments if a.sector == "enterprises"] == [
        (f, "requested") for f in firms
    ]
    # (a branch named with its province is that province's, above a ward's plan)
    assert {a.level for a in doc.assignments if a.sector == "enterprises"} == {
        "province" if " " in firms[0] else None
    }


@pytest.mark.parametrize(
    "name", ["Bưu điện văn hóa phường", "Điểm bưu điện văn hóa xã Tân Lập", "các điểm bưu điện văn hóa xã"]
)
def test_a_cultural_post_office_is_a_post_office(name):
    m = classify_agency(name, "ward")
    assert m is not None and (m.sector, m.canonical) == ("post", name)


# In a higher plan's item for the lower level's governments, a point giving
# or directing a body its work is that level's own order: the communes' task,
# no assignee of the plan's.
def test_a_communes_own_order_in_the_communes_item_is_their_task():
    doc = parse_text(
        PROVINCE_PLAN + "2. Ủy ban nhân dân các xã, phường\n"
        "a) Ban hành kế hoạch triển khai trên địa bàn trước ngày 31/3/2026.\n"
        "b) Giao Phòng Văn hóa - Xã hội tham mưu mở các lớp kỹ năng số cho người cao tuổi.\n"
    )
    assert [(a.agency, len(a.tasks)) for a in doc.assignments] == [
        ("Sở Khoa học và Công nghệ", 1),
        ("Ủy ban nhân dân các xã, phường", 2),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Các cơ quan, đơn vị được phân công tại Mục III",
        "các đơn vị được giao chủ trì tại Phụ lục I",
        "Các cơ quan có tên tại khoản 1 Điều này",
    ],
)
def test_bodies_named_by_pointing_to_a_part_are_no_class(name):
    assert classify_agency(name, "ward") is None


def test_a_deadline_of_the_addressee_named_by_its_kind_is_the_addressees():
    to = "Công ty TNHH Hóa chất Minh Khai"
    doc = parse_text(
        LETTER.format(to=to)
        + "Công ty có trách nhiệm báo cáo kết quả khắc phục về Sở Công Thương trước ngày 30/6/2026.\n"
    )
    assert [(a.agency, [d.text for d in a.deadlines]) for a in doc.assignments] == [(to, ["trước ngày 30/6/2026"])]
    assert [d.agency for d in doc.deadlines] == [to]
