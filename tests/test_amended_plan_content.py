"""An amending decision's quoted new wording is the new content of the plan
it amends: its targets, its bodies' tasks and their deadlines are read as
they would be in that plan (texts written for these tests)."""

from __future__ import annotations

import json

import pytest

from khtool import parse_text

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 2210/QĐ-UBND\nAn Giang, ngày 15 tháng 9 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Sửa đổi, bổ sung một số nội dung của {amended}\n\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 77/TTr-SYT ngày 02 tháng 9 năm 2026.\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Sửa đổi, bổ sung một số nội dung của {amended} như sau:\n\n{clauses}\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan "
    "chịu trách nhiệm thi hành Quyết định này./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
)
PLAN = (
    "Kế hoạch nâng cao chất lượng chăm sóc sức khỏe ban đầu trên địa bàn tỉnh giai đoạn 2026 - 2030 "
    "ban hành kèm theo Quyết định số 640/QĐ-UBND ngày 10 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh"
)

TARGETS = (
    "1. Sửa đổi khoản 2 Mục II như sau:\n"
    "“2. Tỷ lệ trạm y tế xã, phường đạt chuẩn quốc gia về y tế: đạt 85% năm 2027 và 100% năm 2030.”\n\n"
    "2. Bổ sung khoản 5 vào Mục II như sau:\n"
    "“5. Số bác sĩ trên 10.000 dân: đạt 12 bác sĩ năm 2028; 15 bác sĩ năm 2030.”\n"
)
TASKS = (
    "1. Sửa đổi khoản 3 Mục IV như sau:\n"
    "“3. Sở Tài chính\n"
    "Chủ trì, phối hợp với Sở Y tế tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày "
    "30 tháng 11 năm 2026.”\n\n"
    "2. Bổ sung khoản 7 vào Mục IV như sau:\n"
    "“7. Ủy ban nhân dân các xã, phường\n"
    "Rà soát, kiện toàn mạng lưới nhân viên y tế thôn, ấp trước ngày 31 tháng 12 năm 2026.”\n"
)


def decision(clauses: str, amended: str = PLAN):
    return parse_text(DECISION.format(amended=amended, clauses=clauses))


def test_a_replaced_or_added_goal_sets_the_amended_plans_targets():
    doc = decision(TARGETS)
    got = {i.id: [(t.year, t.value, t.unit) for t in i.targets] for i in doc.indicators}
    assert got == {
        "2": [(2027, 85.0, "%"), (2030, 100.0, "%")],
        "5": [(2028, 12.0, "bác sĩ"), (2030, 15.0, "bác sĩ")],
    }
    # each marked as acting on the amended plan, at the part changed
    key = next(c.key for c in doc.citations if c.number == "640/QĐ-UBND")
    got_marks = {i.id: (i.amends.key, i.amends.part) for i in doc.indicators if i.amends}
    assert got_marks == {"2": (key, "khoản 2 Mục II"), "5": (key, "khoản 5 vào Mục II")}


@pytest.mark.parametrize(
    ("agency", "role", "day_month"),
    [
        # the body heading the new item leads its task, and owns its deadline
        ("Sở Tài chính", "lead", (30, 11)),
        # a body given the item without a leading word is responsible for it
        ("Ủy ban nhân dân các xã, phường", "responsible", (31, 12)),
    ],
)
def test_a_replaced_or_added_item_headed_by_a_body_gives_it_the_task(agency, role, day_month):
    doc = decision(TASKS)
    (a,) = [a for a in doc.assignments if a.agency == agency and a.role == role]
    (own,) = a.deadlines
    assert (own.day, own.month, own.year) == (*day_month, 2026)
    (listed,) = [d for d in doc.deadlines if (d.day, d.month) == day_month]
    assert listed.agency == agency
    assert a.amends is not None and listed.amends is not None
    assert a.amends.part == listed.amends.part
    assert a.amends.key == next(c.key for c in doc.citations if c.number == "640/QĐ-UBND")


def test_items_of_the_text_itself_carry_no_amends_key():
    # ("amends" is in the JSON only on what the quoted wording gives the plan)
    doc = decision(TASKS)
    data = json.loads(doc.model_dump_json())
    own = [a for a in data["assignments"] if a["agency"] == "Giám đốc Sở Y tế"]
    assert own and all("amends" not in a for a in own)
    assert any("amends" in a for a in data["assignments"])


def test_a_goal_stated_in_the_new_wording_is_read_once_as_its_item():
    # (the goal words inside the quotation were read as loose targets before)
    doc = decision(
        "1. Sửa đổi, bổ sung điểm b khoản 1 Mục II như sau:\n"
        "“b) Phấn đấu đến năm 2028, 100% trạm y tế xã, phường có bác sĩ làm việc; tỷ lệ người dân được "
        "quản lý sức khỏe đạt 95% năm 2030.”\n"
    )
    (i,) = doc.indicators
    assert i.id == "b"
    assert [(t.year, t.value) for t in i.targets] == [(2028, 100.0), (2030, 95.0)]
    assert i.amends is not None and i.amends.part == "điểm b khoản 1 Mục II"


def test_a_plan_named_through_the_decision_issuing_it_is_a_plan_too():
    # ("… Quyết định số 640/QĐ-UBND … ban hành Kế hoạch …": the plan is the decision's)
    carried = (
        "Quyết định số 640/QĐ-UBND ngày 10 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao "
        "chất lượng chăm sóc sức khỏe ban đầu trên địa bàn tỉnh giai đoạn 2026 - 2030"
    )
    doc = decision(TARGETS, amended=carried)
    assert sorted(i.id for i in doc.indicators) == ["2", "5"]


LAW = (
    "QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Luật số: 99/2026/QH15\n\nLUẬT\nSửa đổi, bổ sung một số điều của Luật Phòng, chống tác hại của rượu, bia\n\n"
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Luật Phòng, chống tác hại của rượu, bia\n"
    "1. Sửa đổi, bổ sung khoản 2 Điều 30 như sau:\n"
    "“2. Cơ sở kinh doanh rượu, bia có doanh thu đạt 500 triệu đồng năm 2027 trở lên phải báo cáo hằng năm.”\n"
    "2. Bổ sung khoản 4 vào Điều 35 như sau:\n"
    "“4. Bộ Y tế\n"
    "Chủ trì, phối hợp với Bộ Công Thương hướng dẫn thực hiện Điều này trước ngày 01 tháng 7 năm 2027.”\n\n"
    "Điều 2. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.\n"
)
LETTER = (
    "SỞ XÂY DỰNG\nTỈNH AN GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 1450/SXD-QLXD\nAn Giang, ngày 20 tháng 9 năm 2026\nV/v trả lời kiến nghị của Công ty TNHH Minh Phát\n\n"
    "Kính gửi: Công ty TNHH Minh Phát.\n\n"
    "Khoản 2 Điều 12 Kế hoạch ban hành kèm theo Quyết định số 640/QĐ-UBND quy định như sau:\n"
    "“2. Sở Xây dựng\nChủ trì thẩm định hồ sơ, đạt 100% hồ sơ năm 2026 được giải quyết đúng hạn.”\n"
    "Đề nghị Công ty nghiên cứu, thực hiện theo quy định./.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # a law's amended article states rules: no plan's targets nor tasks
        LAW,
        # a letter quoting a provision amends nothing
        LETTER,
    ],
)
def test_a_quotation_that_gives_no_plan_new_wording_is_read_as_before(text):
    doc = parse_text(text)
    assert doc.indicators == []
    assert not [a for a in doc.assignments if a.agency in ("Bộ Y tế", "Sở Xây dựng") and a.role == "lead"]
