"""Deadlines: their owners, their recurrence from a stated period or a
frequency, and their spans (texts written for these tests)."""

from __future__ import annotations

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
