"""Roles per task: a body's support work is its support, the partners of a
task it leads (given tasks of their own) support it; a unit named with its
parent is one body; a class of bodies before another body whose comma a
table's cell lost. Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.extract.assignments import _agency_names

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\nSố: 41/KH-UBND\nTam Nông, ngày 12 tháng 3 năm 2024\n"
    "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2024\n"
)


def plan(body: str):
    return parse_text(HEAD + "I. TỔ CHỨC THỰC HIỆN\n" + body)


def roles(body: str) -> list[tuple[str, str, list[str]]]:
    return [(a.agency, a.role, [t.text for t in a.tasks]) for a in plan(body).assignments]


# A task of a body's item opening with "Phối hợp …" — a point, a paragraph,
# or a clause after ";" — is that body's support: a second assignment of the
# body, role support, apart from what it leads or does itself.
SUPPORT_TASKS = [
    (
        "a lettered point",
        "1. Phòng Y tế\na) Chủ trì tổ chức khám sàng lọc cho học sinh.\n"
        "b) Phối hợp với Phòng Giáo dục và Đào tạo hướng dẫn sơ cứu đuối nước.\n"
        "2. Phòng Giáo dục và Đào tạo: Chủ trì dạy kỹ năng bơi an toàn cho học sinh.\n",
        [
            ("Phòng Y tế", "lead", ["Chủ trì tổ chức khám sàng lọc cho học sinh."]),
            ("Phòng Y tế", "support", ["Phối hợp với Phòng Giáo dục và Đào tạo hướng dẫn sơ cứu đuối nước."]),
            ("Phòng Giáo dục và Đào tạo", "lead", ["Chủ trì dạy kỹ năng bơi an toàn cho học sinh."]),
        ],
    ),
    (
        "a clause after ';'",
        "1. Phòng Văn hóa - Thông tin: Chủ trì tuyên truyền trên hệ thống truyền thanh; phối hợp với Công an "
        "huyện kiểm tra các điểm cho thuê thuyền.\n2. Công an huyện: Chủ trì kiểm tra, xử lý vi phạm trên sông.\n",
        [
            ("Phòng Văn hóa - Thông tin", "lead", ["Chủ trì tuyên truyền trên hệ thống truyền thanh"]),
            ("Phòng Văn hóa - Thông tin", "support", ["phối hợp với Công an huyện kiểm tra các điểm cho thuê thuyền."]),
            ("Công an huyện", "lead", ["Chủ trì kiểm tra, xử lý vi phạm trên sông."]),
        ],
    ),
    (
        "a body doing its own work and supporting",
        "1. Phòng Tư pháp\n- Rà soát các quy định về an toàn đường thủy.\n- Phối hợp tuyên truyền pháp luật tại các xã.\n",
        [
            ("Phòng Tư pháp", "responsible", ["Rà soát các quy định về an toàn đường thủy."]),
            ("Phòng Tư pháp", "support", ["Phối hợp tuyên truyền pháp luật tại các xã."]),
        ],
    ),
    (
        "'chủ trì, phối hợp' is the lead's own",
        "1. Phòng Y tế\n- Chủ trì, phối hợp với các xã tổ chức tập huấn sơ cấp cứu.\n"
        "- Phối hợp với Công an huyện kiểm tra các bến đò.\n2. Công an huyện: Chủ trì kiểm tra các bến đò.\n",
        [
            ("Phòng Y tế", "lead", ["Chủ trì, phối hợp với các xã tổ chức tập huấn sơ cấp cứu."]),
            ("Phòng Y tế", "support", ["Phối hợp với Công an huyện kiểm tra các bến đò."]),
            ("Công an huyện", "lead", ["Chủ trì kiểm tra các bến đò."]),
        ],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), SUPPORT_TASKS, ids=[c[0] for c in SUPPORT_TASKS])
def test_support_tasks_are_the_bodys_support(name, body, expected):
    assert roles(body) == expected


def test_a_support_clause_takes_its_deadline_and_indicator():
    doc = plan(
        "1. Phòng Giáo dục và Đào tạo: Chủ trì thực hiện chỉ tiêu 1; phối hợp với Phòng Y tế thực hiện chỉ tiêu 2, "
        "hoàn thành trước ngày 30/5/2024.\n2. Phòng Y tế: Chủ trì thực hiện chỉ tiêu 2.\n"
    )
    lead, support, _ = doc.assignments
    assert (lead.role, lead.indicators, lead.deadlines) == ("lead", ["1"], [])
    assert (support.role, support.indicators) == ("support", ["2"])
    assert [(d.day, d.month, d.agency) for d in support.deadlines] == [(30, 5, "Phòng Giáo dục và Đào tạo")]


def test_a_labelled_task_keeps_its_labels_role():
    """A task's item with labelled lines states its roles outright: its
    words ("Phối hợp với Sở Nội vụ …") give no other."""
    got = roles(
        "1. Phối hợp với Sở Nội vụ xây dựng chính sách hỗ trợ người cứu hộ\n"
        "- Đơn vị chủ trì: Phòng Nội vụ.\n- Đơn vị phối hợp: Phòng Tài chính - Kế hoạch.\n- Thời hạn: Quý III/2024.\n"
        "2. Phòng Tư pháp: Rà soát văn bản; phối hợp với Phòng Nội vụ tuyên truyền chính sách.\n"
    )
    assert sorted((a, r) for a, r, _ in got) == [
        ("Phòng Nội vụ", "lead"),
        ("Phòng Tài chính - Kế hoạch", "support"),
        ("Phòng Tư pháp", "responsible"),
        ("Phòng Tư pháp", "support"),
    ]


# The partners of a task a body leads ("chủ trì, phối hợp với X …"), given
# tasks of their own in the text, support that task; the body a supporter
# works with, a co-lead, bodies named only as concerned, and a body given no
# task stay its partners.
PARTNERS_SUPPORTING = [
    (
        "a partner with tasks of its own",
        "1. Phòng Y tế: Chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức tập huấn sơ cấp cứu.\n"
        "2. Phòng Giáo dục và Đào tạo: Chủ trì dạy bơi cho học sinh.\n",
        [
            ("Phòng Y tế", "lead"),
            ("Phòng Giáo dục và Đào tạo", "lead"),
            ("Phòng Giáo dục và Đào tạo", "support"),
        ],
    ),
    (
        "a partner given no task",
        "1. Phòng Y tế: Chủ trì, phối hợp với Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo tổ chức tập huấn.\n"
        "2. Phòng Giáo dục và Đào tạo: Chủ trì dạy bơi cho học sinh.\n",
        [("Phòng Y tế", "lead"), ("Phòng Giáo dục và Đào tạo", "lead"), ("Phòng Giáo dục và Đào tạo", "support")],
    ),
    (
        "the body a supporter works with",
        "1. Phòng Tư pháp\na) Rà soát văn bản của huyện.\nb) Phối hợp với Phòng Nội vụ rà soát thủ tục.\n"
        "2. Phòng Nội vụ: Chủ trì rà soát thủ tục hành chính.\n",
        [("Phòng Tư pháp", "responsible"), ("Phòng Tư pháp", "support"), ("Phòng Nội vụ", "lead")],
    ),
    (
        "a co-lead",
        "1. Phòng Y tế: Đồng chủ trì với Phòng Giáo dục và Đào tạo, phối hợp với Công an huyện tổ chức tập huấn.\n"
        "2. Phòng Giáo dục và Đào tạo: Chủ trì dạy bơi cho học sinh.\n3. Công an huyện: Chủ trì tuần tra trên sông.\n",
        [
            ("Phòng Y tế", "lead"),
            ("Phòng Giáo dục và Đào tạo", "lead"),
            ("Công an huyện", "lead"),
            ("Công an huyện", "support"),
        ],
    ),
    (
        "bodies named only as concerned",
        "1. Phòng Y tế: Chủ trì, phối hợp với Phòng Tư pháp và các phòng, ban, ngành có liên quan tổ chức truyền "
        "thông.\n2. Các phòng, ban, ngành huyện: Lồng ghép nội dung phòng, chống đuối nước vào kế hoạch công tác.\n"
        "3. Phòng Tư pháp: Rà soát văn bản.\n",
        [
            ("Phòng Y tế", "lead"),
            ("Các phòng, ban, ngành huyện", "responsible"),
            ("Phòng Tư pháp", "responsible"),
            ("Phòng Tư pháp", "support"),
        ],
    ),
]


PARTNERS_SUPPORTING += [
    (
        "a class in a list of the bodies concerned",
        "1. Phòng Y tế: Chủ trì, phối hợp với Phòng Tư pháp, các phòng, ban, ngành và các xã liên quan tổ chức "
        "truyền thông.\n2. Các phòng, ban, ngành huyện: Lồng ghép nội dung phòng, chống đuối nước vào kế hoạch.\n"
        "3. Phòng Tư pháp: Rà soát văn bản.\n",
        [
            ("Phòng Y tế", "lead"),
            ("Các phòng, ban, ngành huyện", "responsible"),
            ("Phòng Tư pháp", "responsible"),
            ("Phòng Tư pháp", "support"),
        ],
    ),
    (
        "a class beside the others concerned",
        "1. Phòng Y tế: Chủ trì, phối hợp với các phòng, ban, ngành huyện và các cơ quan liên quan tổ chức "
        "truyền thông.\n2. Các phòng, ban, ngành huyện: Lồng ghép nội dung phòng, chống đuối nước vào kế hoạch.\n",
        [("Phòng Y tế", "lead"), ("Các phòng, ban, ngành huyện", "responsible"), ("các phòng, ban, ngành huyện", "support")],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), PARTNERS_SUPPORTING, ids=[c[0] for c in PARTNERS_SUPPORTING])
def test_a_leads_partners_given_tasks_support_it(name, body, expected):
    assert [(a, r) for a, r, _ in roles(body)] == expected


def test_a_supporting_partner_holds_the_clause_naming_it():
    doc = plan(
        "1. Phòng Văn hóa - Thông tin: Tuyên truyền trên hệ thống truyền thanh; chủ trì, phối hợp với Ủy ban nhân "
        "dân các xã treo biển cảnh báo tại các điểm sâu, hoàn thành trước ngày 15/4/2024.\n"
        "2. Ủy ban nhân dân các xã: Tổ chức trông giữ trẻ em trong dịp hè.\n"
    )
    (support,) = [a for a in doc.assignments if a.role == "support"]
    assert support.agency == "Ủy ban nhân dân các xã"
    assert [t.text for t in support.tasks] == [
        "chủ trì, phối hợp với Ủy ban nhân dân các xã treo biển cảnh báo tại các điểm sâu, hoàn thành trước ngày 15/4/2024."
    ]
    assert [(d.day, d.month, d.agency) for d in support.deadlines] == [(15, 4, "Ủy ban nhân dân các xã")]
    # (the document's list keeps the lead as the date's owner)
    assert [d.agency for d in doc.deadlines if d.day == 15] == ["Phòng Văn hóa - Thông tin"]


# A unit named with the body it belongs to after a comma is one body.
# Not a body of another kind than the unit's parent ("Cục Quản lý giá, Sở Giao
# dịch Chứng khoán": no Cục is a Sở's), nor an office of a district or
# commune the table knows ("Phòng Tư pháp, Sở Tư pháp" are two bodies).
UNITS_WITH_PARENTS = [
    ("a Party board's division, then two bodies",
     "Phòng Tổ chức - Cán bộ, Ban Tổ chức Huyện ủy, Phòng Tư pháp, Sở Tư pháp theo dõi, tổng hợp kết quả",
     ["Phòng Tổ chức - Cán bộ, Ban Tổ chức Huyện ủy", "Phòng Tư pháp", "Sở Tư pháp"]),
    ("a department's division, then a ward's office and its police",
     "Phòng Nghiệp vụ Văn hóa, Sở Văn hóa, Thể thao và Du lịch và Phòng Văn hóa - Xã hội, Công an phường kiểm tra",
     ["Phòng Nghiệp vụ Văn hóa, Sở Văn hóa, Thể thao và Du lịch", "Phòng Văn hóa - Xã hội", "Công an phường"]),
    ("a ministry's Cục under its own name; no Cục is a Sở's",
     "Cục Đường thủy nội địa, Bộ Xây dựng, Cục Quản lý giá, Sở Giao dịch Chứng khoán Việt Nam báo cáo",
     ["Cục Đường thủy nội địa", "Cục Quản lý giá", "Sở Giao dịch Chứng khoán Việt Nam"]),
]


@pytest.mark.parametrize(("name", "head", "expected"), UNITS_WITH_PARENTS, ids=[c[0] for c in UNITS_WITH_PARENTS])
def test_a_unit_named_with_its_parent_is_one_body(name, head, expected):
    assert _agency_names(head)[0] == expected


def test_a_division_named_with_its_parent_is_the_parents():
    m = classify_agency("Phòng Nghiệp vụ Văn hóa, Sở Văn hóa, Thể thao và Du lịch", "province")
    assert m is not None
    assert (m.canonical, m.sector, m.level) == ("Phòng Nghiệp vụ Văn hóa (Sở Văn hóa, Thể thao và Du lịch)", "culture", "province")
    m = classify_agency("Phòng Tổ chức - Cán bộ, Ban Tổ chức Huyện ủy", "district")
    assert m is not None
    assert (m.sector, m.level) == ("party", "district")


def test_a_division_and_its_parent_is_one_assignee():
    got = roles("5. Phòng Tổ chức - Cán bộ, Ban Tổ chức Huyện ủy theo dõi, tổng hợp kết quả thực hiện.\n")
    assert [(a, r) for a, r, _ in got] == [("Phòng Tổ chức - Cán bộ, Ban Tổ chức Huyện ủy", "responsible")]


# A class of bodies closed by its kind ("Các sở, ngành") goes no further: a
# government, a Sở or a Bộ after it is the next body, the comma a table's
# cell lost; a Party committee of a government, or a field, runs on.
CLASS_THEN_BODY = [
    (
        "Các sở, ngành Ủy ban nhân dân cấp huyện, Đảng ủy Ủy ban nhân dân tỉnh",
        ["Các sở, ngành", "Ủy ban nhân dân cấp huyện", "Đảng ủy Ủy ban nhân dân tỉnh"],
    ),
    (
        "các đơn vị trong ngành Công an, các bộ, ngành, địa phương Bộ Tài chính",
        ["các đơn vị trong ngành Công an", "các bộ, ngành, địa phương", "Bộ Tài chính"],
    ),
]


@pytest.mark.parametrize(("head", "expected"), CLASS_THEN_BODY)
def test_a_class_closed_before_another_body(head, expected):
    assert _agency_names(head)[0] == expected


def test_a_table_cell_of_a_class_and_a_government():
    """A task table's support cell whose lines lost their comma gives both
    bodies their support."""
    doc = plan(
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Rà soát các điểm sâu nguy hiểm | Phòng Nông nghiệp và Phát triển nông thôn | "
        "Các phòng, ngành Ủy ban nhân dân các xã | Quý II/2024 |\n"
    )
    assert [(a.agency, a.role) for a in doc.assignments] == [
        ("Phòng Nông nghiệp và Phát triển nông thôn", "lead"),
        ("Các phòng, ngành", "support"),
        ("Ủy ban nhân dân các xã", "support"),
    ]
