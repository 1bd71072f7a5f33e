"""Deadlines: their owners, their recurrence from a stated period or a
frequency, and their spans (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 12/KH-UBND\nChâu Thành, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nPhòng, chống tai nạn thương tích trẻ em\n"


def plan(body: str):
    return parse_text(HEAD + "I. TỔ CHỨC THỰC HIỆN\n" + body)


def test_a_deadline_in_a_task_led_by_its_headings_words_spans_its_own_words():
    """A task under a heading of its own ("a) Trong quá trình thực hiện" /
    "- …") is read with the heading's words before it; its deadline's span is
    still its own words, as in the document's list."""
    doc = plan(
        "1. Phòng Y tế\na) Trong quá trình thực hiện\n- Tổ chức kiểm tra các cơ sở kinh doanh dịch vụ ăn uống.\n"
        "- Tổng hợp, báo cáo kết quả kiểm tra về UBND huyện trước ngày 15/6/2024.\n"
    )
    (listed,) = doc.deadlines
    (a,) = doc.assignments
    (own,) = a.deadlines
    assert (listed.day, listed.month) == (15, 6)
    assert (own.span.start, own.span.end) == (listed.span.start, listed.span.end)
    assert own.span.end - own.span.start == len("trước ngày 15/6/2024")


@pytest.mark.parametrize(
    ("task", "recurrence"),
    [
        # a stated reporting period is how often the report falls due
        (
            "Báo cáo định kỳ kết quả thực hiện: lập và gửi về Phòng Y tế trước ngày 20 tháng 01, kỳ báo cáo là "
            "01 năm (từ ngày 01 tháng 01 đến ngày 31 tháng 12).",
            "annual",
        ),
        (
            "Báo cáo định kỳ tình hình thực hiện gửi về Phòng Y tế trước ngày 20 tháng 6 để tổng hợp, báo cáo "
            "UBND huyện, kỳ báo cáo: 06 tháng.",
            "semiannual",
        ),
        # the year after the one reported on: every year
        (
            "Báo cáo định kỳ kết quả thực hiện: lập và gửi về Phòng Y tế trước ngày 15 tháng 02 của năm liền kề "
            "sau năm báo cáo.",
            "annual",
        ),
    ],
)
def test_a_stated_reporting_period_is_the_recurrence(task, recurrence):
    doc = plan(f"1. Phòng Y tế\n- {task}\n")
    assert [d.recurrence for d in doc.deadlines if d.day is not None] == [recurrence]


def test_an_undated_report_with_a_stated_period():
    doc = plan("1. Phòng Y tế\n- Thực hiện chế độ báo cáo định kỳ về UBND huyện, kỳ báo cáo là 01 năm.\n")
    assert [(d.recurrence, d.due) for d in doc.deadlines] == [("annual", "báo cáo")]
