"""Who supports, who leads and who carries out: a lower level supporting a
higher body's task in `diff`, a co-lead no supporter, the executors' clause's
duty kept by a body given tasks elsewhere, and a task's text ending before the
signer's title and name. Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

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
