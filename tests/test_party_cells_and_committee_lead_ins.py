"""Party texts at every level (audit RD): a committee's directing lead-in
over bullets naming bodies, a Chi bộ under its Đảng bộ in the letterhead,
village heads by every region's word, and an item heading "Các … trực
thuộc" alone on its line."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency

NOTICE = (
    "ĐẢNG BỘ TỈNH LÀO CAI                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "TỈNH ỦY\n"
    "      *                          Lào Cai, ngày 12 tháng 9 năm 2026\n"
    "  Số 211-TB/TU\n\n"
    "THÔNG BÁO KẾT LUẬN\n"
    "của Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính\n"
    "-----\n\n"
    "Ngày 05/9/2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo kết quả cải cách hành chính. "
    "Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n"
    "1. Ban Thường vụ Tỉnh ủy ghi nhận các cấp ủy đã triển khai kịp thời; 92% hồ sơ được giải quyết đúng hạn.\n\n"
    "2. {lead}\n"
    "- Ban Dân vận Tỉnh ủy hướng dẫn các đảng ủy xã tổ chức đối thoại với Nhân dân trước ngày 30/11/2026.\n"
    "- Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện tại 8 đảng ủy xã trong quý IV/2026.\n"
    "- Các đảng ủy xã, phường rà soát thủ tục, báo cáo kết quả về Văn phòng Tỉnh ủy trước ngày 15/12/2026.\n\n"
    "Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.\n"
)

_ASKED = {"Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Các đảng ủy xã, phường"}


# The issuing committee directing, its colon ending the item's line: each
# bullet under it is the task of the body it names (the committee none).
@pytest.mark.parametrize(
    "lead",
    [
        "Trong thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu:",
        "Ban Thường vụ Tỉnh ủy yêu cầu:",
        "Thời gian tới, Thường trực Tỉnh ủy chỉ đạo:",
        "Ban Thường vụ Tỉnh ủy kết luận, giao:",
        "Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy đề nghị các cơ quan, đơn vị:",
        "Thời gian tới, yêu cầu:",
    ],
)
def test_a_committees_directing_lead_in_gives_each_bullet_to_its_body(lead):
    doc = parse_text(NOTICE.format(lead=lead))
    agencies = {a.agency for a in doc.assignments}
    assert agencies >= _ASKED
    assert not any(a.startswith(("Ban Thường vụ", "Thường trực")) for a in agencies)
    by_agency = {d.agency for d in doc.deadlines}
    assert by_agency >= _ASKED


CELL = (
    "ĐẢNG BỘ XÃ {parent}                        ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "{cell}\n"
    "     *                           Yên Lập, ngày 02 tháng 6 năm 2026\n"
    "  Số 05-KH/CB\n\n"
    "KẾ HOẠCH\n"
    "tổ chức học tập chuyên đề năm 2026\n"
    "-----\n\n"
    "I. NHIỆM VỤ\n"
    "1. Chi bộ tổ chức học tập chuyên đề trong kỳ sinh hoạt tháng 7/2026.\n\n"
    "T/M CHI BỘ\nBÍ THƯ\n\nTrần Văn Hùng\n"
)


# A Chi bộ under its Đảng bộ's line issues the text: the second line is the
# issuer, the first its parent; a village's name keeps its capitals.
@pytest.mark.parametrize(
    ("parent", "cell", "full_name"),
    [
        ("YÊN LẬP", "CHI BỘ KHU 3", "Chi bộ Khu 3"),
        ("YÊN LẬP", "CHI BỘ THÔN TÂN LẬP", "Chi bộ thôn Tân Lập"),
        ("YÊN LẬP", "CHI BỘ TỔ DÂN PHỐ SỐ 2", "Chi bộ Tổ dân phố số 2"),
    ],
)
def test_a_chi_bo_under_its_dang_bo_is_the_issuer(parent, cell, full_name):
    doc = parse_text(CELL.format(parent=parent, cell=cell))
    issuer = doc.header.issuer
    assert issuer.organ == "Chi bộ"
    assert issuer.full_name == full_name
    assert issuer.parent is not None and issuer.parent.startswith("ĐẢNG BỘ XÃ")
    assert doc.header.level == "ward"


# A village's head by its region's word is the residential unit, of the
# lower governments; a zone or bloc of another kind is none.
@pytest.mark.parametrize(
    ("name", "residential"),
    [
        ("Trưởng khu", True),
        ("Trưởng khu dân cư", True),
        ("Trưởng bản", True),
        ("Trưởng các bản", True),
        ("Trưởng buôn", True),
        ("Trưởng làng", True),
        ("Trưởng xóm", True),
        ("Trưởng khối", True),
        ("Trưởng thôn", True),
        ("Trưởng khu công nghiệp", False),
        ("Trưởng khối thi đua", False),
    ],
)
def test_village_heads_by_every_regions_word(name, residential):
    m = classify_agency(name, "ward")
    assert (m is not None and m.sector == "lower_government" and m.canonical == "Thôn, tổ dân phố") == residential


PLAN = (
    "ĐẢNG BỘ TỈNH PHÚ THỌ                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY XÃ HẠ HÒA\n"
    "      *                          Hạ Hòa, ngày 10 tháng 4 năm 2026\n"
    "  Số 07-KH/ĐU\n\n"
    "KẾ HOẠCH\n"
    "triển khai công tác dân vận năm 2026\n"
    "-----\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. {item}\n"
    "{task} trước ngày 20/5/2026.\n\n"
    "2. {head} chủ trì, phối hợp với Ban Công tác Mặt trận rà soát hộ nghèo, "
    "báo cáo Đảng ủy xã trước ngày 30/6/2026.\n\n"
    "T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Nam\n"
)


# An item's heading alone on its line names its bodies, "trực thuộc" ending
# it; the paragraph under it is their task, and its date theirs.
@pytest.mark.parametrize(
    ("item", "task"),
    [
        ("Các chi bộ trực thuộc", "Tổ chức quán triệt Kế hoạch đến đảng viên, gửi kế hoạch về Đảng ủy xã"),
        ("Các chi bộ trực thuộc", "Quán triệt Kế hoạch đến toàn thể đảng viên, gửi báo cáo về Đảng ủy xã"),
        ("Các đơn vị trực thuộc", "Xây dựng kế hoạch cụ thể của đơn vị, gửi về Văn phòng Đảng ủy"),
    ],
)
def test_an_item_heading_ending_truc_thuoc_ends_its_line(item, task):
    doc = parse_text(PLAN.format(item=item, task=task, head="Trưởng thôn"))
    agencies = [a.agency for a in doc.assignments]
    assert item in agencies
    due = {d.agency for d in doc.deadlines if d.month == 5}
    assert due == {item}


@pytest.mark.parametrize("head", ["Trưởng khu", "Trưởng bản", "Trưởng khu dân cư"])
def test_a_village_head_leads_its_item(head):
    doc = parse_text(PLAN.format(item="Các chi bộ trực thuộc", task="Tổ chức quán triệt Kế hoạch", head=head))
    led = [a for a in doc.assignments if a.agency == head]
    assert led and led[0].role == "lead" and led[0].sector == "lower_government"
    assert {d.agency for d in doc.deadlines if d.month == 6} == {head}
