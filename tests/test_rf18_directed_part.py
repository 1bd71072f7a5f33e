"""RF18: a body a plan reaches through another it asks ("Đề nghị UBND các
tỉnh: - Chỉ đạo Sở Y tế …") is no part of a same-level unit's plan (B's
part of A in ``diff``); the directed clause is one task, not the asked
body's line and a second task; a budget's year is no deadline (texts
written for these tests)."""

from __future__ import annotations

from khtool import diff_plans, parse_text
from khtool.diff import task_items

MINISTRY = (
    "BỘ Y TẾ\nSố: 410/KH-BYT\nHà Nội, ngày 06 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống bệnh sốt xuất huyết năm 2026\n"
    "I. MỤC TIÊU\nGiảm số ca mắc so với năm 2025.\n"
    "II. NHIỆM VỤ\n"
    "1. Cục Phòng bệnh chủ trì xây dựng hướng dẫn giám sát véc tơ truyền bệnh sốt xuất huyết, hoàn thành trong quý II năm 2026.\n"
    "2. Cục Quản lý Khám, chữa bệnh chủ trì cập nhật phác đồ điều trị sốt xuất huyết cho các bệnh viện.\n"
    "III. KINH PHÍ\nKinh phí bảo đảm từ ngân sách nhà nước giao hằng năm cho các đơn vị. Vụ Kế hoạch - Tài chính "
    "chủ trì tổng hợp, bố trí kinh phí trong dự toán năm 2027 và các năm tiếp theo.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Phòng bệnh là đơn vị đầu mối, theo dõi, tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 25/11 hằng năm.\n"
    "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
    "- Chỉ đạo Sở Y tế xây dựng, ban hành kế hoạch phòng, chống sốt xuất huyết của tỉnh trong năm 2026;\n"
    "- Chỉ đạo Ủy ban nhân dân các xã, phường tổ chức chiến dịch diệt lăng quăng tại các khu dân cư;\n"
    "- Báo cáo kết quả về Bộ Y tế (qua Cục Phòng bệnh) trước ngày 15/11 hằng năm.\n"
)
UNIT = (
    "BỘ Y TẾ\nCỤC PHÒNG BỆNH\nSố: 88/KH-PB\nHà Nội, ngày 20 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Triển khai Kế hoạch số 410/KH-BYT ngày 06/4/2026 của Bộ Y tế\n"
    "Thực hiện Kế hoạch số 410/KH-BYT ngày 06/4/2026 của Bộ Y tế, Cục Phòng bệnh ban hành Kế hoạch như sau:\n"
    "I. NHIỆM VỤ\n"
    "1. Xây dựng hướng dẫn giám sát véc tơ truyền bệnh sốt xuất huyết\n"
    "- Đơn vị chủ trì: Phòng Kiểm soát bệnh truyền nhiễm.\n- Thời gian hoàn thành: quý II năm 2026.\n"
    "2. Hướng dẫn các địa phương xây dựng kế hoạch phòng, chống sốt xuất huyết của tỉnh\n"
    "- Đơn vị chủ trì: Phòng Kiểm soát bệnh truyền nhiễm.\n"
    "- Đơn vị phối hợp: Sở Y tế các tỉnh, thành phố; Ủy ban nhân dân các xã, phường.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng Cục theo dõi, tổng hợp kết quả, báo cáo Lãnh đạo Cục trước ngày 10/11 hằng năm để báo cáo Bộ.\n"
)


def test_the_directed_clause_is_one_task() -> None:
    # (the Sở's clause is the asked body's dash line: no second task at the item's line)
    doc = parse_text(MINISTRY)
    so = next(a for a in doc.assignments if a.agency == "Sở Y tế")
    dash = next(i for i, x in enumerate(MINISTRY.split("\n"), 1) if x.startswith("- Chỉ đạo Sở Y tế"))
    assert [t.span.line for t in so.tasks] == [dash]
    lines = [line for _, line in task_items(doc)]
    assert len(lines) == len(set(lines))
    assert dash - 1 not in lines  # ("2. Đề nghị …:" opens the list)


def test_a_budgets_year_is_no_deadline() -> None:
    doc = parse_text(MINISTRY)
    assert not [d for d in doc.deadlines if d.year == 2027]
    # (a task's own closing years still are: "…: năm 2026 và các năm tiếp theo")
    other = parse_text(MINISTRY.replace("cho các bệnh viện.", "cho các bệnh viện: năm 2026 và các năm tiếp theo."))
    assert [d for d in other.deadlines if d.year == 2026 and d.recurrence == "ongoing"]


def test_bodies_reached_through_the_asked_body_are_no_part_of_the_unit() -> None:
    a, b = parse_text(MINISTRY), parse_text(UNIT)
    d = diff_plans(a, b)
    lines = MINISTRY.split("\n")
    request = {i + 1 for i, x in enumerate(lines) if x.startswith(("2. Đề nghị", "- Chỉ đạo", "- Báo cáo"))}
    part = [m for m in d.tasks.a_to_b if not (m.other_body or m.general)]
    assert not [m.line for m in part if m.line in request]
    assert d.tasks.tasks_a_of_b == len(part) == 2
    assert not [m for m in d.tasks.uncovered_a if m.line in request and not m.other_body]
