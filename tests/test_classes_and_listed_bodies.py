"""Bodies listed in a table's cell and named by a class with its qualifying
clause, and other bodies' clauses: each ";" segment of a cell is one body, a
class's "có …" clause is part of its name. Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text

_MINISTRY = (
    "BỘ Y TẾ\nSố: 40/KH-BYT\nHà Nội, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Nâng cao năng lực y tế cơ sở năm 2026\nI. NHIỆM VỤ\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| 1 | Đào tạo liên tục cho nhân viên trạm y tế xã | Cục Khoa học công nghệ và Đào tạo | {support} | Năm 2026 |\n"
)


@pytest.mark.parametrize(
    ("support", "want"),
    [
        (
            "Các trường đại học có đào tạo khối ngành sức khỏe; Sở Y tế các tỉnh, thành phố",
            ["Các trường đại học có đào tạo khối ngành sức khỏe", "Sở Y tế các tỉnh, thành phố"],
        ),
        (
            "Các cơ sở có cung cấp dịch vụ y tế từ xa; Bảo hiểm xã hội Việt Nam",
            ["Các cơ sở có cung cấp dịch vụ y tế từ xa", "Bảo hiểm xã hội Việt Nam"],
        ),
        # (a guard: a qualifier by "thuộc" was already held)
        ("Các bệnh viện thuộc Bộ Y tế; Sở Y tế các tỉnh, thành phố", ["Các bệnh viện thuộc Bộ Y tế", "Sở Y tế các tỉnh, thành phố"]),
    ],
)
def test_a_cells_class_keeps_its_qualifier_and_the_bodies_after_it(support, want):
    d = parse_text(_MINISTRY.format(support=support), path="a.txt")
    assert sorted(a.agency for a in d.assignments if a.role == "support") == sorted(want)


@pytest.mark.parametrize(
    ("item", "body"),
    [
        # the verb after "có" is the class's; the task's verb comes later
        ("Các trường cao đẳng có đào tạo nghề khai thác mỏ tổ chức tập huấn an toàn trước ngày 30/6/2026.", "Các trường cao đẳng có đào tạo nghề khai thác mỏ"),
        # (a guard: a named body's "có" is still its task's)
        ("Sở Công Thương có trách nhiệm kiểm tra an toàn mỏ trước ngày 30/6/2026.", "Sở Công Thương"),
    ],
)
def test_a_class_qualified_by_co_in_a_heading(item, body):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Bảo đảm an toàn trong khai thác khoáng sản\nII. TỔ CHỨC THỰC HIỆN\n"
        f"1. {item}\n2. Sở Nông nghiệp và Môi trường hướng dẫn thủ tục cấp phép.\n"
    )
    d = parse_text(text, path="a.txt")
    assert body in [a.agency for a in d.assignments]


_SUBMISSION = (
    "SỞ CÔNG THƯƠNG\nSố: 15/TTr-SCT\nLào Cai, ngày 05 tháng 3 năm 2026\nTỜ TRÌNH\n"
    "Về việc phê duyệt Phương án nổ mìn thi công công trình\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai.\n"
    "I. NỘI DUNG PHƯƠNG ÁN\nCông ty cổ phần Xây dựng Hoàng Sơn lập Phương án nổ mìn thi công nền đường.\n"
    "II. KIẾN NGHỊ, ĐỀ XUẤT\nSở Công Thương đề nghị UBND tỉnh Lào Cai một số nội dung sau:\n"
    "1. Xem xét, quyết định phê duyệt Phương án nổ mìn của Công ty.\n"
    "2. {item}\n"
    "Sở Công Thương kính đề nghị UBND tỉnh xem xét, chỉ đạo./.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Công ty cổ phần Xây dựng Hoàng Sơn phải chịu trách nhiệm về việc tổ chức giao thông trong thời gian nổ mìn.",
        # (a guard: a body asked there was already recommended)
        "Yêu cầu Công ty cổ phần Xây dựng Hoàng Sơn có trách nhiệm thực hiện đầy đủ quy định về an toàn nổ mìn.",
    ],
)
def test_the_bodies_a_submissions_recommendations_name_are_recommended(item):
    d = parse_text(_SUBMISSION.format(item=item), path="a.txt")
    roles = {a.agency: a.role for a in d.assignments if a.role != "support"}
    assert roles == {"UBND tỉnh Lào Cai": "recommended", "Công ty cổ phần Xây dựng Hoàng Sơn": "recommended"}


_WORKS = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 20/KH-UBND\nLào Cai, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thi công công trình giao thông\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Xây dựng chủ trì kiểm tra an toàn thi công các công trình giao thông.\n"
    "2. Công ty cổ phần Xây dựng Hoàng Sơn thực hiện đầy đủ biện pháp bảo đảm an toàn giao thông; {clause}\n"
)


@pytest.mark.parametrize(
    ("clause", "support"),
    [
        # the partner named only generically holds no task: the firm's own work
        ("phối hợp chặt chẽ với chính quyền địa phương trong quá trình thi công.", False),
        ("Phối hợp với các cơ quan, địa phương liên quan giám sát ảnh hưởng của thi công.", False),
        # (a body tasked here named in the task after the partners is no partner)
        ("phối hợp với chính quyền địa phương báo cáo Sở Xây dựng kết quả khắc phục.", False),
        ("Phối hợp với các đơn vị liên quan hướng dẫn Sở Xây dựng kiểm tra hiện trường.", False),
        # (guards: with the body that leads it, or its field's, it is support)
        ("phối hợp với ngành Xây dựng kiểm tra an toàn thi công.", True),
        ("phối hợp với Sở Xây dựng kiểm tra an toàn thi công.", True),
    ],
)
def test_support_with_a_partner_holding_no_task_is_own_work(clause, support):
    d = parse_text(_WORKS.format(clause=clause), path="a.txt")
    firm = [a.role for a in d.assignments if a.agency.startswith("Công ty")]
    assert ("support" in firm) is support and "responsible" in firm
