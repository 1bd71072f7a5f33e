"""A body named in another body's item that has an item of its own is that
item's assignment; owners' names on milestone and calendar lines end before
their verb; a cadence opening a ";" clause with a duty's verb recurs; the
commune's public-service centre and a goals table's bodies are known (texts
written for these tests: a commune's plans of 2026)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.extract.assignments import _agency_names

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\n"
    "Số: 21/KH-UBND                              Tân Lập, ngày 12 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\n{title}\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện đúng tiến độ.\n\n"
)
FOOT = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _plan(title: str, body: str):
    return parse_text(HEAD.format(title=title) + body + FOOT)


def _schools_plan(guide: str, own: str):
    return _plan(
        "Hỗ trợ giáo dục trẻ khuyết tật năm 2026",
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Văn hóa - Xã hội\n"
        f"- Chủ trì tham mưu UBND xã triển khai Kế hoạch; {guide}; tổng hợp kết quả báo cáo UBND xã.\n"
        "2. Các trường mầm non, tiểu học trên địa bàn xã\n"
        f"- {own}\n"
        "- Báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 15/5/2026.\n"
        "3. Trạm Y tế xã\n- Phối hợp khám sàng lọc cho trẻ.\n",
    )


@pytest.mark.parametrize(
    ("guide", "own", "added"),
    [
        # the guided duty is the schools' own item's already: nothing added
        (
            "hướng dẫn các trường học rà soát, thống kê trẻ khuyết tật",
            "Chủ trì rà soát, thống kê trẻ khuyết tật trong độ tuổi đi học.",
            [],
        ),
        # carrying out the plan itself: no task apart from its own item's
        ("hướng dẫn các trường thực hiện Kế hoạch", "Bố trí giáo viên dạy hòa nhập cho trẻ khuyết tật.", []),
        # a duty its own item does not give: added after its own tasks
        (
            "hướng dẫn các trường học tổ chức ngày hội đọc sách",
            "Bố trí giáo viên dạy hòa nhập cho trẻ khuyết tật.",
            ["các trường học tổ chức ngày hội đọc sách"],
        ),
    ],
)
def test_a_body_guided_in_another_item_is_its_own_items(guide: str, own: str, added: list[str]) -> None:
    doc = _schools_plan(guide, own)
    schools = [a for a in doc.assignments if a.canonical == "Các trường học"]
    assert len(schools) == 1
    a = schools[0]
    # its name as its item writes it, its item's line, its own tasks first
    assert a.agency == "Các trường mầm non, tiểu học trên địa bàn xã"
    assert a.span.line == 15
    assert a.tasks[0].text == own
    assert a.tasks[1].text.startswith("Báo cáo kết quả")
    assert [t.text for t in a.tasks[2:]] == added
    # the guide keeps its guiding
    office = next(x for x in doc.assignments if x.agency == "Phòng Văn hóa - Xã hội")
    assert any(t.text.startswith("hướng dẫn các trường") for t in office.tasks)
    # the schools' dated report is owned under their item's name
    assert {d.agency for d in doc.deadlines if d.day == 15 and d.month == 5} == {a.agency}


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # a name ends before a verb of reviewing or approving, or a general review
        ("các trường xét duyệt hồ sơ, lập danh sách học sinh trúng tuyển", ["các trường"]),
        ("Công an xã tổng rà soát các cơ sở kinh doanh có điều kiện", ["Công an xã"]),
        # (guards: the boards and the centre holding the words in their names)
        ("Hội đồng xét duyệt hồ sơ tỉnh", ["Hội đồng xét duyệt hồ sơ tỉnh"]),
        ("Trung tâm Dịch vụ tổng hợp xã chủ trì tổ chức giải bóng đá", ["Trung tâm Dịch vụ tổng hợp xã"]),
        ("Phòng Kinh tế tổng hợp số liệu", ["Phòng Kinh tế"]),
    ],
)
def test_a_name_ends_before_its_verb(head: str, names: list[str]) -> None:
    assert _agency_names(head)[0] == names


def test_owners_on_milestone_and_calendar_lines_end_before_their_verb() -> None:
    doc = _plan(
        "Tuyển sinh và phòng cháy năm 2026",
        "II. NHIỆM VỤ\n1. Phòng cháy, chữa cháy\n"
        "- Quý I/2026: Công an xã tổng rà soát các cơ sở thuộc diện quản lý về phòng cháy, chữa cháy.\n"
        "- Quý II/2026: Phòng Kinh tế chủ trì kiểm tra an toàn tại chợ xã.\n\n"
        "III. LỊCH TUYỂN SINH\n"
        "1. Từ ngày 02/6/2026 đến ngày 12/6/2026: các trường rà soát dữ liệu trẻ trong độ tuổi.\n"
        "2. Từ ngày 13/7/2026 đến ngày 17/7/2026: các trường xét duyệt hồ sơ, lập danh sách học sinh trúng tuyển.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n1. Công an xã\nChủ trì bảo đảm an ninh.\n2. Các trường tiểu học trên địa bàn xã\nThực hiện tuyển sinh.\n",
    )
    owners = {d.text: d.agency for d in doc.deadlines}
    assert owners["Quý I/2026"] == "Công an xã"
    assert owners["Từ ngày 13/7/2026 đến ngày 17/7/2026"] == "các trường"


def test_a_cadence_opening_a_clause_with_a_duty_verb_recurs() -> None:
    doc = _plan(
        "Bảo đảm an ninh, trật tự năm 2026",
        "II. NHIỆM VỤ\n1. Quản lý cư trú\n"
        "Công an xã phối hợp Văn phòng HĐND và UBND xã giải quyết thủ tục cư trú; hằng tháng làm sạch dữ liệu "
        "dân cư; vận động Nhân dân giao nộp vũ khí.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội tuyên truyền trên hệ thống loa truyền thanh.\n",
    )
    monthly = [d for d in doc.deadlines if d.recurrence == "monthly"]
    assert [(d.text, d.agency) for d in monthly] == [("hằng tháng", "Công an xã")]


def test_the_communes_service_centre_is_known() -> None:
    m = classify_agency("Trung tâm Dịch vụ tổng hợp xã", "ward")
    assert m is not None and m.sector is not None
    doc = _plan(
        "Tổ chức Đại hội Thể dục thể thao xã năm 2026",
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Trung tâm Dịch vụ tổng hợp xã\n- Chủ trì xây dựng điều lệ, xếp lịch thi đấu các môn.\n"
        "2. Công an xã\n- Bảo đảm an ninh, trật tự tại các điểm thi đấu.\n",
    )
    centre = next(a for a in doc.assignments if a.agency.startswith("Trung tâm Dịch vụ"))
    assert (centre.canonical, centre.sector) == ("Trung tâm Dịch vụ tổng hợp", "culture")


def test_a_goals_tables_body_has_its_canonical_name() -> None:
    doc = parse_text(
        HEAD.format(title="Chuyển đổi số năm 2026").replace(
            "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện đúng tiến độ.\n\n",
            "I. MỤC TIÊU\nBảo đảm các chỉ tiêu theo từng quý như sau:\n\n"
            "STT\tChỉ tiêu\tĐơn vị tính\tQuý I\tQuý II\tQuý III\tQuý IV\tĐơn vị chủ trì\n"
            "1\tSố tài khoản định danh điện tử được kích hoạt\ttài khoản\t3.000\t3.500\t4.000\t4.500\tCông an xã\n"
            "2\tTỷ lệ hồ sơ được số hóa\t%\t60\t70\t80\t90\tTrung tâm Phục vụ hành chính công\n\n",
        )
        + "II. TỔ CHỨC THỰC HIỆN\n1. Công an xã\nChủ trì cấp tài khoản định danh điện tử.\n"
        + FOOT
    )
    allotted = {t.allotted_to.name: t.allotted_to.canonical for i in doc.indicators for t in i.targets if t.allotted_to}
    assert allotted == {"Công an xã": "Công an xã/phường", "Trung tâm Phục vụ hành chính công": "Trung tâm Phục vụ hành chính công"}
