"""A body given the plan's own tasks by their numbers in the implementation
part ("chủ trì thực hiện nhiệm vụ 1, 2") holds those tasks and their
deadlines (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 41/KH-UBND\nAn Phú, ngày 10 tháng 10 năm 2025\nKẾ HOẠCH\n"
    "Triển khai công tác chuyển đổi số năm 2025 - 2026\n"
)
TASKS = (
    "II. NHIỆM VỤ TRỌNG TÂM\n"
    "1. Số hóa hồ sơ hộ tịch\nSố hóa toàn bộ sổ hộ tịch lưu trữ tại xã; hoàn thành trước ngày 20/12/2025.\n"
    "2. Tập huấn kỹ năng số\nTổ chức 02 lớp tập huấn kỹ năng số cho cán bộ thôn, hoàn thành trước ngày 31/3/2026.\n"
    "3. Tuyên truyền\nTuyên truyền về dịch vụ công trực tuyến trên hệ thống loa truyền thanh của xã.\n"
)


def plan(tasks: str, implementation: str):
    return parse_text(HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả chuyển đổi số.\n" + tasks + "III. TỔ CHỨC THỰC HIỆN\n" + implementation)


def of(doc, name: str):
    return next(a for a in doc.assignments if a.agency.startswith(name))


@pytest.mark.parametrize(
    ("tasks", "implementation", "agency", "dates"),
    [
        # "nhiệm vụ 1, 2": both tasks' deadlines
        (TASKS, "1. Văn phòng HĐND và UBND xã: chủ trì thực hiện nhiệm vụ 1, 2.\n", "Văn phòng", [(20, 12, 2025), (31, 3, 2026)]),
        # "nội dung 2" under "NỘI DUNG" parts alike
        (
            TASKS.replace("NHIỆM VỤ TRỌNG TÂM", "NỘI DUNG THỰC HIỆN"),
            "1. Phòng Văn hóa - Xã hội: chủ trì nội dung 2.\n",
            "Phòng Văn hóa",
            [(31, 3, 2026)],
        ),
        # by part and item: "mục II.1"
        (TASKS, "1. Văn phòng HĐND và UBND xã: chủ trì các nhiệm vụ tại mục II.1.\n", "Văn phòng", [(20, 12, 2025)]),
        # a lead that also works with another body
        (TASKS, "1. Văn phòng HĐND và UBND xã: chủ trì, phối hợp với Công an xã thực hiện nhiệm vụ 2.\n", "Văn phòng", [(31, 3, 2026)]),
    ],
)
def test_a_body_given_numbered_tasks_holds_their_deadlines(tasks, implementation, agency, dates):
    doc = plan(tasks, implementation)
    a = of(doc, agency)
    assert sorted((d.day, d.month, d.year) for d in a.deadlines) == sorted(dates)
    for d in doc.deadlines:
        if (d.day, d.month, d.year) in dates:
            assert d.agency == a.agency


def test_the_numbered_tasks_texts_join_the_bodys_tasks_with_their_items_spans():
    doc = plan(TASKS, "1. Văn phòng HĐND và UBND xã: chủ trì thực hiện nhiệm vụ 1, 3.\n")
    a = of(doc, "Văn phòng")
    texts = [t.text for t in a.tasks]
    assert any(t.startswith("Số hóa hồ sơ hộ tịch: Số hóa toàn bộ sổ hộ tịch") for t in texts)
    assert any(t.startswith("Tuyên truyền: Tuyên truyền về dịch vụ công") for t in texts)
    item = next(t for t in a.tasks if t.text.startswith("Số hóa hồ sơ"))
    assert item.span.line < next(t for t in a.tasks if "chủ trì" in t.text).span.line


@pytest.mark.parametrize(
    "implementation",
    [
        # guiding or funding others' work on a task is not doing it
        "1. Văn phòng HĐND và UBND xã: hướng dẫn các thôn thực hiện nhiệm vụ 1.\n",
        "1. Văn phòng HĐND và UBND xã: tham mưu bố trí kinh phí thực hiện nhiệm vụ 1.\n",
        # a task of another document
        "1. Văn phòng HĐND và UBND xã: chủ trì thực hiện nhiệm vụ 1 tại Kế hoạch số 312/KH-UBND ngày 05/9/2025 của UBND tỉnh.\n",
    ],
)
def test_no_numbered_task_is_taken_by_guiding_funding_or_another_plans_number(implementation):
    doc = plan(TASKS, implementation)
    a = of(doc, "Văn phòng")
    assert not any((d.day, d.month) == (20, 12) for d in a.deadlines)
    assert not any(t.text.startswith("Số hóa hồ sơ") for t in a.tasks)
