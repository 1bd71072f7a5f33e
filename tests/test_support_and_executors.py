"""Who supports, who leads and who carries out: a lower level supporting a
higher body's task in `diff`, a co-lead no supporter, the executors' clause's
duty kept by a body given tasks elsewhere, and a task's text ending before the
signer's title and name. Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.extract.assignments import _before_signer

_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 31/KH-UBND\nHà Tĩnh, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số cộng đồng năm 2026\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ\n"
    "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường "
    "tổ chức triển khai Kế hoạch; hướng dẫn thành lập Tổ công nghệ số cộng đồng.\n"
    "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n"
    "2. Sở Nội vụ\nTổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp tỉnh.\n"
    "3. Ủy ban nhân dân các xã, phường\n"
    "a) Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh cơ sở.\n"
    "b) Chỉ đạo Công an xã, phường hướng dẫn người dân kích hoạt tài khoản định danh điện tử.\n"
    "c) Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 30/11/2026.\n"
)
_WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN\nSố: 09/KH-UBND\nThành Sen, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số cộng đồng năm 2026\n"
    "Thực hiện Kế hoạch số 31/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Hà Tĩnh;\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Văn hóa - Xã hội\nTuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh của phường.\n"
    "{police}"
    "3. Văn phòng HĐND và UBND phường\nTổng hợp, báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ "
    "trước ngày 25/11/2026.\n"
)
_POLICE = "2. Công an phường\nHướng dẫn người dân kích hoạt tài khoản định danh điện tử.\n"


@pytest.mark.parametrize(
    ("police", "coverage", "only_a"),
    [
        # the ward does all its level's tasks: nothing is missing, whatever
        # the province's standing office does with it and the departments
        (_POLICE, 1.0, []),
        # without its police, that task and sector are missing, and only those
        ("", 0.667, ["police"]),
    ],
)
def test_a_task_a_lower_level_only_supports_is_the_leads(police, coverage, only_a):
    """The Sở's standing-office task, "chủ trì, phối hợp với các sở, ban,
    ngành, UBND các xã, phường …", makes the communes its supporters in the
    parse; in diff it is no task of theirs (above B's level, not counted), its
    other partners, "các sở, ban, ngành", are no sector B misses, and the
    communes named there are B itself."""
    a = parse_text(_PROVINCE, path="a.txt")
    assert [(g.role, g.level) for g in a.assignments if g.canonical == "UBND cấp xã"] == [
        ("responsible", "ward"),
        ("support", "ward"),
    ]
    d = diff_plans(a, parse_text(_WARD.format(police=police), path="b.txt"))
    assert (d.tasks.tasks_a_at_b_level, d.tasks.coverage_a_by_b_at_its_level) == (3, coverage)
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith("Là cơ quan thường trực")]
    assert (m.above_b_level, m.b_level_supports) == (True, True)
    assert [s["sector"] for s in d.sectors.only_a] == only_a
    # (the communes named as partners are B itself, paired with no hamlet of B's)
    assert [(s["sector"], s.get("b_as")) for s in d.sectors.common if s["sector"] == "lower_government"] == [
        ("lower_government", "itself")
    ]


_NUMBERED = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 77/KH-UBND\nNghệ An, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thông tin năm 2026\nI. NHIỆM VỤ\n"
    "1. Rà soát, nâng cấp hệ thống giám sát an toàn thông tin của tỉnh.\n"
    "2. Tuyên truyền, cảnh báo các thủ đoạn lừa đảo trên không gian mạng.\n"
    "3. Diễn tập ứng cứu sự cố an toàn thông tin mạng.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Khoa học và Công nghệ\n"
    "- Chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập ứng cứu sự cố trong quý III/2026 (nhiệm vụ 3).\n"
    "- Chủ trì thực hiện nhiệm vụ 1.\n"
    "2. Công an tỉnh\nChủ trì thực hiện nhiệm vụ {police}; phối hợp kiểm tra an ninh mạng tại các cơ quan.\n"
)


@pytest.mark.parametrize(
    ("police", "supports"),
    [
        # both lead task 3: a co-lead, no supporter
        ("2, nhiệm vụ 3", False),
        ("3", False),
        # it leads another task: it supports the Sở's
        ("2", True),
    ],
)
def test_a_partner_leading_the_same_numbered_task_is_a_co_lead(police, supports):
    d = parse_text(_NUMBERED.format(police=police), path="a.txt")
    # (its own "phối hợp kiểm tra …" is its support either way)
    got = [
        t
        for g in d.assignments
        if g.agency == "Công an tỉnh" and g.role == "support"
        for t in g.tasks
        if t.text.startswith("Chủ trì, phối hợp với Công an tỉnh")
    ]
    assert bool(got) == supports
    assert any(g.agency == "Công an tỉnh" and g.role == "lead" for g in d.assignments)


_DECREE = (
    "CHÍNH PHỦ\nSố: 88/2026/NĐ-CP\nHà Nội, ngày 12 tháng 5 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định về cơ sở dữ liệu quốc gia về hộ tịch\n"
    "Điều 14. Trách nhiệm của các cơ quan\n"
    "1. Bộ Tư pháp chủ trì xây dựng, quản lý cơ sở dữ liệu quốc gia về hộ tịch.\n"
    "2. Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao có trách nhiệm cung cấp thông tin về "
    "bản án, quyết định có liên quan đến hộ tịch.\n"
    "Điều 15. Trách nhiệm thi hành\n"
    "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, {heads}, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
    "trung ương chịu trách nhiệm thi hành Nghị định này.\n"
)


@pytest.mark.parametrize(
    "heads",
    [
        # named by their heads' titles, or by their own names
        "Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao",
        "Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao",
    ],
)
def test_the_executors_duty_joins_a_body_given_tasks_elsewhere(heads):
    """Each body named in the executors' clause is responsible for carrying
    the text out: one given a task elsewhere keeps its assignment, which gains
    the clause's duty; a body named only there has it alone."""
    d = parse_text(_DECREE.format(heads=heads), path="a.txt")
    for body in ("Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"):
        (g,) = [g for g in d.assignments if g.canonical == body]
        assert g.role == "responsible"
        assert [t.text.split(",")[0] for t in g.tasks] == ["Tòa án nhân dân tối cao", "Các Bộ trưởng"]


_SUBMISSION = (
    "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nHà Nội, ngày 10 tháng 4 năm 2026\nPHIẾU TRÌNH\n"
    "Kính gửi: Cục trưởng\nĐơn vị trình\t: Phòng An toàn hóa chất.\n"
    "Vấn đề trình\t: Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất cho Công ty TNHH Minh Phát.\n"
    "| Tóm tắt nội dung: Công ty đã nộp hồ sơ đầy đủ. Phòng An toàn hóa chất kính đề nghị Lãnh đạo Cục xem xét, "
    "ký ban hành Giấy chứng nhận./. |\n"
    "| Chuyên viên thụ lý: Lê Minh Tuấn | Ý kiến của Lãnh đạo đơn vị: Kính trình Lãnh đạo Cục ký văn bản "
    "{signer} |\n"
)


@pytest.mark.parametrize(
    ("signer", "text"),
    [
        # the signing head's title and name close the cell: no part of the task
        ("Trưởng phòng ATHC Phạm Thu Trang", "Ý kiến của Lãnh đạo đơn vị: Kính trình Lãnh đạo Cục ký văn bản"),
        ("Phó Trưởng phòng Ngô Văn Bình", "Ý kiến của Lãnh đạo đơn vị: Kính trình Lãnh đạo Cục ký văn bản"),
        # words that name no person stay the task's
        ("trong tháng 4", "Ý kiến của Lãnh đạo đơn vị: Kính trình Lãnh đạo Cục ký văn bản trong tháng 4"),
    ],
)
def test_a_requests_text_ends_before_the_signers_title_and_name(signer, text):
    d = parse_text(_SUBMISSION.format(signer=signer), path="a.txt")
    got = [t.text for g in d.assignments for t in g.tasks if "Kính trình" in t.text]
    assert got == [text]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a signer's title and name running on after the request's last word: cut
        ("Kính trình Lãnh đạo Cục ký văn bản Trưởng phòng QLHC Đỗ Thanh Hà", "Kính trình Lãnh đạo Cục ký văn bản"),
        ("Kính trình Lãnh đạo Cục ký văn bản Phó Trưởng phòng Ngô Văn Bình", "Kính trình Lãnh đạo Cục ký văn bản"),
        # a title the request's verb or preposition governs is its object: whole
        ("Đề nghị Sở Tài chính báo cáo Chủ tịch UBND tỉnh Trần Văn Hùng", None),
        ("Giao Văn phòng tham mưu cho Chủ tịch UBND xã Nguyễn Thị Lan", None),
        ("Đề nghị Phòng Kinh tế trình Giám đốc Sở Công Thương Lê Quang Vinh", None),
        ("Đề nghị Phòng Tư pháp phối hợp với Trưởng phòng Văn hóa Hoàng Minh Đức", None),
        ("Đề nghị các đơn vị báo cáo Phó Chủ tịch UBND huyện Phan Văn Sơn", None),
    ],
)
def test_a_title_the_request_governs_is_no_signers_run_on(sentence, kept):
    assert _before_signer(sentence) == (kept or sentence)
