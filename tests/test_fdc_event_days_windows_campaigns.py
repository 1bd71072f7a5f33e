"""Deadlines: an activity held on a day, the window a recurring duty runs in,
a named campaign month, "thường xuyên" as the duty's adverb, a bare "trong N
ngày kể từ …", a year without end closing a task line, and a body's item
handing a thing "cho" a recipient (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 41/KH-UBND\nQuảng Bình, ngày 12 tháng 01 năm 2026\n"
    "KẾ HOẠCH\nTổ chức các hoạt động năm 2026\n"
)


def plan(body: str):
    return parse_text(HEAD + "I. NHIỆM VỤ\n" + body)


def row(d) -> tuple:
    return (d.day, d.month, d.year, d.recurrence)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an activity held on a day is due that day
        (
            "1. Tổ chức Lễ ra quân hưởng ứng Tháng Thanh niên tại quảng trường trung tâm vào ngày 03/3/2026.",
            [(3, 3, 2026, "once")],
        ),
        (
            "2. Hội nghị tổng kết công tác phòng cháy, chữa cháy được tổ chức vào ngày 20 tháng 12 năm 2026.",
            [(20, 12, 2026, "once")],
        ),
        # a time told, not an activity's day
        ("1. Vào ngày 15/01/2026, toàn tỉnh ghi nhận 12 ca mắc sốt xuất huyết.", []),
        ("1. Năm 2025, Sở Y tế đã tổ chức Hội nghị sơ kết vào ngày 20/7/2025 tại Hội trường tỉnh.", []),
    ],
)
def test_an_activity_held_on_a_day_is_due_that_day(line, expected):
    assert [row(d) for d in plan(line + "\n").deadlines] == expected


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        # the span closing a weekly or daily duty is its window: one deadline,
        # recurring within it (its end the deadline's date, its first day
        # ``starts``: FEE)
        (
            "- Theo dõi giá vật liệu xây dựng; báo cáo diễn biến giá hằng tuần vào sáng thứ Hai, từ ngày "
            "05/01/2026 đến hết ngày 30/4/2026.",
            [(30, 4, 2026, "weekly")],
        ),
        (
            "- Báo cáo tình hình mưa lũ trước 16 giờ hằng ngày trong thời gian cao điểm mùa mưa (từ ngày "
            "01/10 đến hết ngày 30/11/2026).",
            [(30, 11, 2026, "daily")],
        ),
        # a span of its own verb after the weekly one: its own deadline
        (
            "- Báo cáo hằng tuần vào chiều thứ Sáu; tổ chức đợt kiểm tra từ ngày 01/6 đến ngày 30/6/2026.",
            [(None, None, None, "weekly"), (30, 6, 2026, "once")],
        ),
    ],
)
def test_a_span_in_a_recurring_duty_is_its_window(task, expected):
    doc = plan(f"1. Sở Xây dựng\n{task}\n")
    assert sorted((row(d) for d in doc.deadlines), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("task", "recurrence"),
    [
        # a named campaign's report is one report
        ("- Xây dựng báo cáo Tháng hành động vì trẻ em gửi Bộ Y tế trước ngày 30/6/2026.", "once"),
        ("- Tổng hợp báo cáo Tháng Thanh niên gửi Tỉnh đoàn trước ngày 05/4/2026.", "once"),
        # "báo cáo tháng" is the month's report
        ("- Gửi báo cáo tháng về Sở Y tế trước ngày 25/02/2026.", "monthly"),
    ],
)
def test_a_named_campaign_month_is_no_period(task, recurrence):
    doc = plan(f"1. Sở Y tế\n{task}\n")
    assert [d.recurrence for d in doc.deadlines] == [recurrence]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        # the duty's adverb, opening it or closing its object
        ("- Thường xuyên kiểm tra, giám sát chất lượng nước sinh hoạt tại các trạm cấp nước.", ["ongoing"]),
        ("- Cập nhật danh sách đối tượng bảo trợ xã hội lên phần mềm quản lý thường xuyên; báo cáo khi có yêu cầu.", ["ongoing"]),
        # inside a noun phrase: a kind, no time
        ("- Bố trí kinh phí chi thường xuyên để thực hiện Kế hoạch.", []),
        ("- Lồng ghép nội dung Kế hoạch vào các nhiệm vụ thường xuyên.", []),
    ],
)
def test_thuong_xuyen_as_the_duty_s_adverb_is_ongoing(task, expected):
    doc = plan(f"1. Sở Lao động\n{task}\n")
    assert [d.recurrence for d in doc.deadlines] == expected


@pytest.mark.parametrize(
    ("task", "count"),
    [
        # a bare "trong N ngày (làm việc) kể từ …" after a verb of finishing or sending
        ("- Ban hành kế hoạch của địa phương trong 10 ngày làm việc kể từ ngày nhận được Kế hoạch này.", 1),
        ("- Gửi báo cáo kết quả về Sở Y tế trong 03 ngày kể từ ngày kết thúc đợt kiểm tra.", 1),
        # how long a thing lasts: no limit
        ("- Người dân được khám sàng lọc miễn phí trong 30 ngày kể từ ngày khai trương.", 0),
    ],
)
def test_a_bare_trong_n_days_from_an_event_is_a_limit(task, count):
    doc = plan(f"1. UBND các xã, phường\n{task}\n")
    got = [d for d in doc.deadlines if d.text.startswith("trong ")]
    assert len(got) == count
    assert all(d.recurrence == "ad hoc" for d in got)


@pytest.mark.parametrize(
    "line",
    [
        "3. Khám sức khỏe định kỳ cho học sinh các trường tiểu học: năm 2026 và các năm tiếp theo.",
        "3. Duy trì mô hình câu lạc bộ người cao tuổi tại các thôn, từ năm 2026 trở đi.",
    ],
)
def test_a_year_without_end_closing_a_task_line_is_ongoing(line):
    (d,) = plan(line + "\n").deadlines
    assert (d.year, d.recurrence) == (2026, "ongoing")


def test_a_bullet_handing_a_thing_to_a_recipient_keeps_its_body():
    doc = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\n"
        "- Giao chỉ tiêu tuyển sinh cho các trường trung học phổ thông trước ngày 15/4/2026.\n"
    )
    (d,) = doc.deadlines
    assert d.agency == "Sở Giáo dục và Đào tạo"
