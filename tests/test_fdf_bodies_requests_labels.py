"""Assignment rules of FDF: bodies listed before their verb, every request of
an item, a member named again with its role, an inspectorate as subject, label
fields on one line, a partner's name before an event's quoted name (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

WARD = (
    "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG\nỦY BAN MTTQ VIỆT NAM PHƯỜNG LONG XUYÊN\nBAN THƯỜNG TRỰC\n"
    "Số: 15/KH-MTTQ-BTT\nLong Xuyên, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Triển khai Ngày hội chuyển đổi số năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao kỹ năng số cho người dân.\n"
    "II. PHÂN CÔNG THỰC HIỆN\n"
)
MINISTRY = (
    "BỘ TÀI CHÍNH\nSố: 210/KH-BTC\nHà Nội, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác phòng, chống lãng phí năm 2026\nI. NHIỆM VỤ, GIẢI PHÁP\n"
)


def rows(head: str, body: str) -> list[tuple[str, str, str]]:
    doc = parse_text(head + body)
    return [(a.agency, a.role, t.text) for a in doc.assignments for t in a.tasks]


CASES = [
    (
        "bodies listed by comma before their verb, a branch among them",
        WARD,
        "1. Hội Nông dân phường, Chi hội Người cao tuổi các khu phố phối hợp vận động hội viên tham gia lớp học kỹ năng số.\n",
        {("Hội Nông dân phường", "support"), ("Chi hội Người cao tuổi các khu phố", "support")},
    ),
    (
        "each 'đề nghị' of an item asks its own body",
        WARD,
        "1. Đề nghị Công an phường hướng dẫn người dân kích hoạt tài khoản định danh điện tử; đề nghị Trạm Y tế "
        "phường hỗ trợ người cao tuổi cài đặt ứng dụng sổ sức khỏe điện tử.\n",
        {("Công an phường", "requested"), ("Trạm Y tế phường", "requested")},
    ),
    (
        "a member of an item's bodies named again with its role",
        WARD,
        "1. Đề nghị Hội Nông dân phường, Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường\n"
        "Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện trong hội viên, đoàn viên; Đoàn Thanh niên phường chủ trì "
        "thành lập đội hình tình nguyện hướng dẫn kỹ năng số tại các khu phố; Hội Nông dân phường phối hợp vận động "
        "nông dân bán hàng trên sàn thương mại điện tử.\n",
        {
            ("Hội Nông dân phường", "requested"),
            ("Hội Liên hiệp Phụ nữ phường", "requested"),
            ("Đoàn Thanh niên phường", "requested"),
            ("Đoàn Thanh niên phường", "lead"),
            ("Hội Nông dân phường", "support"),
        },
    ),
    (
        "an inspectorate as the subject before 'chủ trì', under a topic heading",
        MINISTRY,
        "1. Thanh tra, kiểm tra\nThanh tra Bộ chủ trì, phối hợp với Cục Quản lý công sản tổ chức thanh tra việc sử "
        "dụng tài sản công tại các đơn vị; thực hiện hằng năm.\n",
        {("Thanh tra Bộ", "lead")},
    ),
    (
        "label fields on one line: the partners end at the period",
        MINISTRY,
        "1. Sửa đổi Thông tư hướng dẫn quản lý tài sản công.\nĐơn vị chủ trì: Cục Quản lý công sản; phối hợp: Vụ "
        "Pháp chế, Thanh tra Bộ. Thời gian hoàn thành: quý III năm 2026.\n",
        {("Cục Quản lý công sản", "lead"), ("Vụ Pháp chế", "support"), ("Thanh tra Bộ", "support")},
    ),
]


@pytest.mark.parametrize(("name", "head", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bodies_and_roles(name: str, head: str, body: str, expected: set[tuple[str, str]]) -> None:
    assert {(a, r) for a, r, _ in rows(head, body)} == expected


def test_each_request_keeps_its_own_clause() -> None:
    got = {a: t for a, _, t in rows(WARD, CASES[1][2])}
    assert got["Công an phường"].endswith("định danh điện tử")
    assert got["Trạm Y tế phường"].startswith("Trạm Y tế phường hỗ trợ")


def test_a_member_named_with_its_role_leaves_the_shared_task() -> None:
    got = rows(WARD, CASES[2][2])
    shared = [t for a, r, t in got if r == "requested"]
    assert shared == ["Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện trong hội viên, đoàn viên"] * 3
    assert ("Đoàn Thanh niên phường", "lead") in {(a, r) for a, r, t in got if t.startswith("Đoàn Thanh niên phường chủ trì")}


def test_label_fields_on_one_line_give_the_time_its_owner() -> None:
    doc = parse_text(MINISTRY + CASES[4][2])
    assert [(d.text, d.agency) for d in doc.deadlines] == [("Thời gian hoàn thành: quý III năm 2026", "Cục Quản lý công sản")]


@pytest.mark.parametrize(
    ("body", "partners"),
    [
        (
            "1. Đoàn Thanh niên phường chủ trì thành lập các đội hình tình nguyện, phối hợp Tổ công nghệ số cộng đồng "
            'tổ chức "Ngày hội số" hằng tháng.\n',
            ["Tổ công nghệ số cộng đồng"],
        ),
        (
            "1. Hội Liên hiệp Phụ nữ phường chủ trì, phối hợp với Chi đoàn khu phố 2 tổ chức “Phiên chợ không dùng "
            "tiền mặt” vào tháng 6/2026.\n",
            ["Chi đoàn khu phố 2"],
        ),
    ],
)
def test_a_partners_name_ends_before_the_event_it_holds(body: str, partners: list[str]) -> None:
    doc = parse_text(WARD + body)
    assert doc.assignments[0].tasks[0].partners == partners
