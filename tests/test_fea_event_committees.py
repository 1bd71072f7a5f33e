"""An event's organising committee and its sub-units are bodies; a part
giving out duties under another title than "Tổ chức thực hiện" is an
assignment part; a body's name ends before its first duty verb and before
a composition clause (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool import patterns as P
from khtool.agencies import classify_agency
from khtool.check import check_document
from khtool.extract.assignments import _agency_names

HEAD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nSố: 77/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Tổ chức Hội thi Tiếng hát Phụ nữ phường Hòa Bình năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Tôn vinh phụ nữ, tạo sân chơi văn hóa lành mạnh cho hội viên.\n\n"
    "II. THỜI GIAN, ĐỊA ĐIỂM\nHội thi diễn ra ngày 28/3/2026 tại Nhà văn hóa phường.\n\n"
)
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Thị Hạnh\n"

SUB_UNITS = (
    "1. Tiểu ban Nội dung (do Phòng Văn hóa - Xã hội chủ trì):\n"
    "- Xây dựng thể lệ, kịch bản chương trình Hội thi; hoàn thành trước ngày 15/3/2026.\n"
    "- Mời Ban Giám khảo chấm thi.\n"
    "2. Tổ Thư ký (Văn phòng HĐND và UBND phường là thường trực):\n"
    "- Tổng hợp danh sách thí sinh, in giấy mời trước ngày 20/3/2026.\n"
    "3. Tiểu ban An ninh - Y tế: Công an phường chủ trì, phối hợp với Trạm Y tế phường bảo đảm an ninh trật tự, "
    "sơ cấp cứu trong thời gian diễn ra Hội thi.\n"
)


def _plan(part_heading: str, items: str) -> str:
    return HEAD + part_heading + "\n" + items + FOOT


def _roles(doc) -> dict[str, str]:
    return {a.agency: a.role for a in doc.assignments}


@pytest.mark.parametrize(
    "part",
    [
        "III. BAN TỔ CHỨC VÀ CÁC TIỂU BAN",
        "III. TỔ CHỨC THỰC HIỆN",
        "III. PHÂN CÔNG NHIỆM VỤ",
        "III. Thành lập Ban Tổ chức, Tổ Thư ký và các Tiểu ban",
    ],
)
def test_a_sub_unit_is_its_items_body_led_by_the_body_its_bracket_names(part):
    doc = parse_text(_plan(part, SUB_UNITS), path="plan.txt")
    roles = _roles(doc)
    assert roles.get("Tiểu ban Nội dung") == "responsible"
    assert roles.get("Phòng Văn hóa - Xã hội") == "lead"
    assert roles.get("Tổ Thư ký") == "responsible"
    assert roles.get("Văn phòng HĐND và UBND phường") == "lead"
    assert roles.get("Tiểu ban An ninh - Y tế") == "responsible"
    assert roles.get("Công an phường") == "lead"
    owners = {(d.day, d.month): d.agency for d in doc.deadlines}
    # the sub-unit's dates are its deadlines
    assert owners[(15, 3)] == "Tiểu ban Nội dung"
    assert owners[(20, 3)] == "Tổ Thư ký"
    # a sub-unit is a body under its own name, of no department's field
    sub = next(a for a in doc.assignments if a.agency == "Tiểu ban An ninh - Y tế")
    assert sub.sector == "ad_hoc_councils"


@pytest.mark.parametrize(
    "part",
    [
        "III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
        "III. BAN TỔ CHỨC VÀ CÁC TIỂU BAN",
        # (guards, read so before: the standard title's variants)
        "III. Trách nhiệm các cơ quan, đơn vị có liên quan",
        "III. PHÂN CÔNG THỰC HIỆN",
    ],
)
def test_a_part_giving_out_duties_under_another_title_is_an_assignment_part(part):
    items = (
        "1. Công tác an ninh: Công an phường chủ trì, phối hợp với Trạm Y tế phường bảo đảm an ninh trật tự; "
        "bố trí lực lượng trực tại Hội thi.\n"
        "2. Hội Liên hiệp Phụ nữ phường vận động hội viên đăng ký dự thi trước ngày 22/3/2026.\n"
    )
    doc = parse_text(_plan(part, items), path="plan.txt")
    roles = _roles(doc)
    assert roles.get("Công an phường") == "lead"
    assert "Hội Liên hiệp Phụ nữ phường" in roles
    # the class the part's title names is no body of its own
    assert not any("ĐƠN VỊ" in a.upper() and a.isupper() for a in roles)


@pytest.mark.parametrize(
    "heading",
    [
        "IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
        "3. Trách nhiệm các sở, ban, ngành, địa phương",
        "V. BAN TỔ CHỨC VÀ CÁC TIỂU BAN",
        "V. Ban Tổ chức, Tổ Thư ký và Tổ giúp việc",
    ],
)
def test_implementation_heading_by_other_titles(heading):
    assert P.IMPLEMENTATION_HEADING.search(heading.split(". ", 1)[1])


@pytest.mark.parametrize(
    "heading",
    [
        # one body's duties: an item on its duties, no part giving them out
        "Trách nhiệm của Sở Y tế",
        # the committee alone: who sits on it
        "BAN TỔ CHỨC",
        "Trách nhiệm của các cơ quan trong việc bảo vệ môi trường",
    ],
)
def test_no_implementation_heading(heading):
    assert not P.IMPLEMENTATION_HEADING.search(heading)


def test_sub_unit_items_under_the_implementation_part_name_their_body():
    doc = parse_text(_plan("III. TỔ CHỨC THỰC HIỆN (BAN TỔ CHỨC VÀ CÁC TIỂU BAN)", SUB_UNITS), path="plan.txt")
    assert "KH501" not in {f.rule for f in check_document(doc)}


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # the name ends before the first duty verb
        ("Ban Nhân dân các ấp lựa chọn, thành lập đội văn nghệ", ["Ban Nhân dân các ấp"]),
        ("Ban nhân dân các khu phố đăng ký danh sách thí sinh", ["Ban nhân dân các khu phố"]),
        # and before a composition clause
        (
            "Ban Tổ chức Hội thi do đồng chí Chủ tịch UBND phường làm Trưởng ban, đồng chí Phó Chủ tịch làm "
            "Phó Trưởng ban, thành viên là lãnh đạo các ban, ngành",
            ["Ban Tổ chức Hội thi"],
        ),
        ("Đoàn kiểm tra liên ngành gồm đại diện Sở Y tế, Sở Công Thương", ["Đoàn kiểm tra liên ngành"]),
        ("Tổ giúp việc, thành viên là công chức các phòng chuyên môn", ["Tổ giúp việc"]),
        # (guards: the words in names keep them whole)
        ("Văn phòng đăng ký đất đai tỉnh cập nhật dữ liệu", ["Văn phòng đăng ký đất đai tỉnh"]),
        ("Hội đồng lựa chọn sản phẩm OCOP tỉnh", ["Hội đồng lựa chọn sản phẩm OCOP tỉnh"]),
        ("Cục Quản lý đăng ký kinh doanh hướng dẫn", ["Cục Quản lý đăng ký kinh doanh"]),
    ],
)
def test_a_body_name_ends_before_its_verb_or_composition(head, names):
    assert _agency_names(head)[0] == names


@pytest.mark.parametrize(
    ("name", "canonical", "sector"),
    [
        ("Ban Nhân dân ấp", "Thôn, tổ dân phố", "lower_government"),
        ("Ban nhân dân thôn Đông", "Thôn, tổ dân phố", "lower_government"),
        ("Ban nhân dân tổ dân phố", "Thôn, tổ dân phố", "lower_government"),
        ("Ban Tổ chức Đại hội Thể dục thể thao xã", "Ban Tổ chức Đại hội Thể dục thể thao xã", "ad_hoc_councils"),
        ("Tiểu ban Hậu cần - Y tế", "Tiểu ban Hậu cần - Y tế", "ad_hoc_councils"),
        # (guard: the Party committee's Organisation Commission)
        ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "party"),
    ],
)
def test_committee_and_hamlet_board_names(name, canonical, sector):
    m = classify_agency(name, "province")
    assert m is not None and (m.canonical, m.sector) == (canonical, sector)


def test_a_steering_committee_or_working_group_in_a_task_list_keeps_its_item():
    items = (
        "1. Ban Chỉ đạo phường chỉ đạo các khu phố rà soát hộ nghèo trước ngày 15/4/2026.\n"
        "2. Tổ công tác Đề án 06 phường (Công an phường là thường trực) cập nhật dữ liệu dân cư.\n"
    )
    doc = parse_text(_plan("III. TỔ CHỨC THỰC HIỆN", items), path="plan.txt")
    roles = _roles(doc)
    assert roles.get("Ban Chỉ đạo phường") == "responsible"
    assert {d.agency for d in doc.deadlines if d.day == 15} == {"Ban Chỉ đạo phường"}
    assert "Tổ công tác Đề án 06 phường" in roles


def test_only_an_event_committees_sub_unit_is_led_and_a_post_leads_nothing():
    """A union or standing board with a bracket naming who stands for it
    ("Đoàn Thanh niên phường (Bí thư Đoàn phường là thường trực)") is its
    item's body alone: a post is no body, and a union no sub-unit of the
    event's committee; the bracket is no part of its name."""
    items = (
        "1. Đoàn Thanh niên phường (Bí thư Đoàn phường là thường trực):\n"
        "- Tổ chức lực lượng tình nguyện viên phục vụ Hội thi.\n"
        "2. Tổ Giúp việc (do Chỉ huy trưởng Ban Chỉ huy Quân sự phường chủ trì):\n"
        "- Bảo đảm trật tự khu vực Hội thi.\n"
        "3. Ban Tổ chức Hội thi (do Văn phòng HĐND và UBND phường chủ trì):\n"
        "- Chuẩn bị khánh tiết trước ngày 25/3/2026.\n"
    )
    roles = _roles(parse_text(_plan("III. TỔ CHỨC THỰC HIỆN", items), path="plan.txt"))
    assert roles.get("Đoàn Thanh niên phường") in ("lead", "responsible")
    assert "Bí thư Đoàn phường" not in roles
    assert not any(name.startswith("Chỉ huy trưởng") for name in roles)
    assert roles.get("Văn phòng HĐND và UBND phường") == "lead"
