"""A dispatch's or directive's addressees (Công điện, Chỉ thị of a chair):
the heads listed in its closing paragraph or its "Tổ chức thực hiện" item,
each sentence of a closing paragraph opened by a body, every partner after
"phối hợp với", a name ending before "cho" + whom + verb, forest owners as
bodies, and "CHỦ TỊCH" alone over the name as the signer's position (texts
written for these tests: a commune and a province of Nghệ An facing a flood
and a forest-fire season)."""

from __future__ import annotations

import pytest

from khtool import parse_text

CD_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ NAM ĐÀN\n-------\nSố: 07/CĐ-UBND\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Nam Đàn, ngày 02 tháng 10 năm 2026\n\n"
    "CÔNG ĐIỆN\nVề việc chủ động ứng phó với mưa lũ\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NAM ĐÀN điện:\n"
    "- Chỉ huy trưởng Ban Chỉ huy Quân sự xã;\n- Trưởng Công an xã;\n"
    "- Trưởng phòng Kinh tế, Trưởng phòng Văn hóa - Xã hội;\n"
    "- Hiệu trưởng các trường học trên địa bàn xã;\n- Trưởng các xóm.\n\n"
    "Thực hiện Công điện số 21/CĐ-UBND ngày 01/10/2026 của Chủ tịch UBND tỉnh Nghệ An, "
    "Chủ tịch UBND xã yêu cầu:\n\n"
    "1. Trưởng các xóm ven sông Lam: rà soát các hộ ở vùng trũng thấp, tổ chức di dời người dân đến nơi an toàn.\n\n"
    "2. Trưởng Công an xã bố trí lực lượng bảo đảm an ninh trật tự tại các điểm sơ tán.\n\n"
    "3. Trưởng phòng Kinh tế theo dõi diễn biến mưa lũ, tổng hợp tình hình báo cáo Chủ tịch UBND xã.\n\n"
)
CD_SIGN = "CHỦ TỊCH\n\n\nPhan Đình Lộc\n\nNơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT.\n"


def _cd(items: str, closing: str) -> object:
    return parse_text(CD_HEAD + items + closing + "\n\n" + CD_SIGN)


def _bodies(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in doc.assignments:
        out.setdefault(a.canonical or a.agency, []).extend(t.text for t in a.tasks)
    return out


@pytest.mark.parametrize(
    ("items", "closing", "body", "said"),
    [
        # a closing "Yêu cầu <head>, <head> + verb": every body listed is responsible
        (
            "",
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Trưởng các xóm nghiêm túc thực hiện; chịu trách nhiệm "
            "trước Chủ tịch UBND xã nếu để xảy ra thiệt hại. Văn phòng HĐND và UBND xã theo dõi, đôn đốc "
            "việc thực hiện Công điện này./.",
            "Văn phòng HĐND và UBND",
            "Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Công điện này./.",
        ),
        # a second sentence's subject in the closing paragraph is a body given the duty
        (
            "",
            "Các cơ quan, đơn vị khẩn trương triển khai thực hiện. Công chức Văn phòng - Thống kê xã chịu "
            "trách nhiệm tổng hợp tình hình, báo cáo Chủ tịch UBND xã./.",
            "Công chức Văn phòng - Thống kê",
            "Công chức Văn phòng - Thống kê xã chịu trách nhiệm tổng hợp tình hình, báo cáo Chủ tịch UBND xã./.",
        ),
    ],
)
def test_each_sentence_of_a_closing_paragraph_opened_by_a_body_assigns_it(items, closing, body, said):
    doc = _cd(items, closing)
    bodies = _bodies(doc)
    assert said in bodies.get(body, []), bodies


@pytest.mark.parametrize(
    ("closing", "bodies"),
    [
        # told ("Yêu cầu"), not asked: no courtesy formula, each body listed is responsible
        (
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Trưởng các xóm nghiêm túc thực hiện./.",
            ["Thôn, tổ dân phố", "Các ban, ngành"],
        ),
        # an addressee named in full opening the list: the bodies after it too
        (
            "Yêu cầu Trưởng Công an xã, Trưởng các xóm khẩn trương triển khai thực hiện, tổ chức trực ban "
            "24/24 giờ./.",
            ["Công an xã/phường", "Thôn, tổ dân phố"],
        ),
        (
            "Yêu cầu Trưởng phòng Kinh tế và Trưởng các xóm khẩn trương triển khai thực hiện./.",
            ["Phòng Kinh tế", "Thôn, tổ dân phố"],
        ),
    ],
)
def test_the_heads_listed_in_a_closing_request_are_each_responsible(closing, bodies):
    doc = _cd("", closing)
    found = _bodies(doc)
    for body in bodies:
        assert closing in found.get(body, []), (body, found)


def test_a_closing_courtesy_request_gives_no_task():
    # (guard: asked, "Đề nghị … quan tâm thực hiện./.", the formula names no task)
    doc = _cd("", "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.")
    assert not any(t.text.startswith("Đề nghị các cơ quan") for a in doc.assignments for t in a.tasks)


@pytest.mark.parametrize(
    ("item", "agency", "task"),
    [
        # "cho" + whom + a verb opens the task
        (
            "4. Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn cho học sinh nghỉ học "
            "ngày 03/10/2026; kê cao bàn ghế, thiết bị.\n\n",
            "Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn",
            "cho học sinh nghỉ học",
        ),
        (
            "4. Ban Quản lý bến đò Nam Đàn cho phương tiện tạm dừng hoạt động từ 18 giờ ngày 02/10/2026.\n\n",
            "Ban Quản lý bến đò Nam Đàn",
            "cho phương tiện tạm dừng hoạt động",
        ),
    ],
)
def test_a_bodys_name_ends_before_cho_whom_and_a_verb(item, agency, task):
    doc = _cd(item, "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.")
    found = [a for a in doc.assignments if a.agency == agency]
    assert found, [a.agency for a in doc.assignments]
    assert any(task in t.text for t in found[0].tasks)


@pytest.mark.parametrize(
    ("item", "lead", "partners"),
    [
        # every body after "phối hợp với", joined by "và", up to the task's verb
        (
            "4. Chỉ huy trưởng Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Công an xã và Đồn Biên phòng "
            "Cửa Hội huy động dân quân giúp Nhân dân di dời tài sản.\n\n",
            "Ban Chỉ huy Quân sự xã",
            ["Công an xã", "Đồn Biên phòng Cửa Hội"],
        ),
        (
            "4. Chỉ huy trưởng Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Công an xã, Trạm Y tế xã sơ tán "
            "người dân khỏi vùng ngập sâu.\n\n",
            "Ban Chỉ huy Quân sự xã",
            ["Công an xã", "Trạm Y tế xã"],
        ),
        # the units' place is part of their name: "… các xóm ven sông"
        (
            "4. Trưởng phòng Kinh tế chủ trì, phối hợp với Trưởng các xóm ven sông kêu gọi thuyền bè vào "
            "nơi tránh trú.\n\n",
            "Phòng Kinh tế",
            ["Trưởng các xóm ven sông"],
        ),
    ],
)
def test_every_body_after_phoi_hop_voi_is_a_partner(item, lead, partners):
    doc = _cd(item, "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.")
    led = [a for a in doc.assignments if a.canonical == lead and a.role == "lead"]
    assert led, [(a.agency, a.role) for a in doc.assignments]
    assert [t.partners for t in led[0].tasks if "phối hợp với" in t.text] == [partners]


def test_a_chair_signing_in_his_own_name_has_his_title_as_position():
    doc = _cd("", "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.")
    signer = doc.header.signer
    assert signer is not None
    assert (signer.name, signer.position, signer.authority) == ("Phan Đình Lộc", "CHỦ TỊCH", None)


CT = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH NGHỆ AN                             Độc lập - Tự do - Hạnh phúc\n"
    "Số: 09/CT-UBND                    Nghệ An, ngày 05 tháng 3 năm 2026\n\n"
    "CHỈ THỊ\nVề phòng cháy, chữa cháy rừng mùa khô năm 2026\n\n"
    "Để chủ động phòng cháy, chữa cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    "1. Giám đốc Sở Nông nghiệp và Môi trường\n"
    "a) Chủ trì, phối hợp với Công an tỉnh kiểm tra các vùng trọng điểm cháy rừng.\n"
    "b) Tham mưu UBND tỉnh phương án chữa cháy rừng trước ngày 30/3/2026.\n\n"
    "2. Chủ tịch UBND các xã, phường có rừng\n"
    "a) Kiện toàn tổ đội bảo vệ rừng ở thôn, bản trước ngày 31/3/2026.\n\n"
    "3. Giám đốc Công an tỉnh chỉ đạo điều tra, xử lý các vụ vi phạm về lâm nghiệp.\n\n"
    "4. {owners}\n"
    "a) Xây dựng phương án phòng cháy, chữa cháy rừng của đơn vị trước ngày 15/4/2026.\n\n"
    "5. Tổ chức thực hiện\n"
    "{closing}\n\n"
    "Nơi nhận:                                   CHỦ TỊCH\n"
    "- Bộ Nông nghiệp và Môi trường;\n- Lưu: VT.                                   Hồ Văn Thắng\n"
)
CLOSING = (
    "Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các xã, phường và các chủ rừng "
    "nghiêm túc triển khai thực hiện Chỉ thị này. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện."
)


@pytest.mark.parametrize(
    ("owners", "agency", "canonical"),
    [
        ("Thủ trưởng các chủ rừng là tổ chức", "Thủ trưởng các chủ rừng là tổ chức", "các chủ rừng là tổ chức"),
        ("Giám đốc Ban quản lý rừng phòng hộ Quỳ Châu", "Giám đốc Ban quản lý rừng phòng hộ Quỳ Châu",
         "Ban quản lý rừng phòng hộ Quỳ Châu"),
        ("Giám đốc Vườn quốc gia Pù Mát", "Giám đốc Vườn quốc gia Pù Mát", "Vườn quốc gia Pù Mát"),
    ],
)
def test_forest_owners_are_bodies_of_the_forestry_field(owners, agency, canonical):
    doc = parse_text(CT.format(owners=owners, closing=CLOSING))
    found = [a for a in doc.assignments if a.agency == agency]
    assert found, [a.agency for a in doc.assignments]
    assert (found[0].canonical, found[0].sector) == (canonical, "agriculture_environment")


@pytest.mark.parametrize(
    ("closing", "bodies"),
    [
        # a "Tổ chức thực hiện" item opening with heads + "nghiêm túc … thực hiện Chỉ thị này"
        (CLOSING, {"Các sở, ban, ngành", "UBND cấp xã", "các chủ rừng"}),
        (
            "Thủ trưởng các sở, ban, ngành cấp tỉnh khẩn trương tổ chức thực hiện Chỉ thị này.",
            {"Các sở, ban, ngành"},
        ),
    ],
)
def test_the_heads_opening_a_directives_closing_item_each_carry_it_out(closing, bodies):
    doc = parse_text(CT.format(owners="Thủ trưởng các chủ rừng là tổ chức", closing=closing))
    executing = {
        a.canonical or a.agency
        for a in doc.assignments
        if any("thực hiện Chỉ thị này" in t.text for t in a.tasks)
    }
    assert executing == bodies
    # (named only there, they support no lead: "Chủ trì, phối hợp với Công an tỉnh" keeps its one partner)
    assert {a.canonical for a in doc.assignments if a.role == "support"} == {"Công an tỉnh"}


def test_a_closing_item_without_an_insisting_adverb_assigns_no_one():
    # (guard: "… triển khai Chỉ thị này" with no "nghiêm túc"/"khẩn trương" nor
    # "chịu trách nhiệm" is no executors' clause)
    doc = parse_text(
        CT.format(owners="Thủ trưởng các chủ rừng là tổ chức", closing="Các cơ quan, đơn vị căn cứ nội dung Chỉ thị này để triển khai.")
    )
    assert not any(t.span.line >= 22 for a in doc.assignments for t in a.tasks)
