"""Deadlines said in a task's running text: a year closing the clause of a
task's own verb, and a school year (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 57/KH-UBND\nTân Lập, ngày 03 tháng 10 năm 2025\nKẾ HOẠCH\n"
    "Chuyển đổi số và phổ biến pháp luật\nII. NHIỆM VỤ\n"
)


@pytest.mark.parametrize(
    ("task", "year"),
    [
        ("1. Số hóa toàn bộ hồ sơ đất đai của xã, cập nhật lên hệ thống thông tin đất đai trong năm 2026.", 2026),
        ("1. Hoàn thiện phần mềm một cửa điện tử; đưa vào vận hành chính thức trong năm 2026.", 2026),
        ("1. Cử công chức địa chính tham gia lớp bồi dưỡng nghiệp vụ trong năm 2026.", 2026),
        # a share the task acts on, before its verb, is no target of the year
        ("1. Cử 100% công chức tư pháp tham gia các lớp tập huấn nghiệp vụ hộ tịch do Sở Tư pháp tổ chức trong năm 2026.", 2026),
        # a school year is due by its end, in its second year
        ("1. Các trường Tiểu học lồng ghép nội dung phòng, chống đuối nước trong giờ sinh hoạt lớp năm học 2025-2026.", 2026),
    ],
)
def test_a_year_closing_a_tasks_clause_is_its_deadline(task, year):
    doc = parse_text(HEAD + task + "\n")
    assert [d.year for d in doc.deadlines] == [year]


@pytest.mark.parametrize(
    "task",
    [
        # what is planned or reviewed in a school year, and its start
        "1. Phòng Văn hóa - Xã hội tham mưu tổng kết năm học 2025-2026.",
        "1. Xây dựng trường đạt chuẩn, đưa vào sử dụng ngay đầu năm học 2026-2027.",
        # a year the sentence tells, no task's
        "1. Trong năm 2026, toàn xã có 3 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
    ],
)
def test_a_school_years_name_or_start_or_a_told_year_is_no_deadline(task):
    doc = parse_text(HEAD + task + "\n")
    assert doc.deadlines == []


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("1. Rà soát quy chế phối hợp. Thời hạn: Quý IV/2025 và hằng năm.", (12, 2025, "annual")),
        ("1. Báo cáo kết quả trước ngày 15/12/2025 và hằng năm.", (12, 2025, "annual")),
        ("1. Rà soát quy chế phối hợp. Thời hạn: Quý IV/2025.", (12, 2025, "once")),
    ],
)
def test_a_date_and_then_each_year_is_one_deadline_recurring_from_it(task, due):
    doc = parse_text(HEAD + task + "\n")
    assert [(d.month, d.year, d.recurrence) for d in doc.deadlines] == [due]
