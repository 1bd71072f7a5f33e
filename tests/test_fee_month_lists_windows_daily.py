"""Deadlines in a ward's sector plan (texts written for these tests): a list
of months sharing a trailing year is a deadline in each month; a window "từ
ngày A đến ngày B" is due B and keeps its first day, ``starts`` (also the
window a recurring duty runs in), whatever data the task names before it; a
daily report's hour said after its cadence; a least count said after its
period ("mỗi tháng ít nhất 01 đợt")."""

from __future__ import annotations

import json

import pytest

from khtool import parse_text
from khtool.models import Document

HEAD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 45/KH-UBND\nTân An, ngày 10 tháng 02 năm 2026\n"
    "KẾ HOẠCH\nPhòng, chống dịch bệnh và bảo đảm an sinh năm 2026\n"
)


def rows(body: str) -> list[tuple[int | None, int | None, int | None, str | None, str | None, str | None]]:
    doc = parse_text(HEAD + body)
    return sorted(
        ((d.day, d.month, d.year, d.recurrence, d.starts, d.agency) for d in doc.deadlines),
        key=str,
    )


MONTHS = [
    # a list of months sharing the year after its last: one deadline a month
    (
        "II. NHIỆM VỤ\n1. Trạm Y tế phường chủ trì tổ chức các đợt ra quân diệt lăng quăng vào tháng 3, tháng 5, "
        "tháng 7 và tháng 9/2026.\n",
        [(None, m, 2026, "once", None, "Trạm Y tế phường") for m in (3, 5, 7, 9)],
    ),
    (
        "II. NHIỆM VỤ\n2. Phòng Văn hóa - Xã hội chủ trì tổ chức kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn "
        "tập thể vào tháng 4, tháng 8 và tháng 11 năm 2026.\n",
        [(None, m, 2026, "once", None, "Phòng Văn hóa - Xã hội") for m in (4, 8, 11)],
    ),
]

WINDOWS = [
    # the data a survey collects named before its window: the window is due at its end
    (
        "II. NHIỆM VỤ\n2. Tổ chức điều tra, cập nhật số liệu người khuyết tật theo hộ gia đình từ ngày "
        "01/4/2026 đến ngày 30/4/2026; nhập liệu vào phần mềm trước ngày 20/5/2026.\n",
        [(30, 4, 2026, "once", "2026-04-01", None), (20, 5, 2026, "once", None, None)],
    ),
    # a window's first day without its year or month takes its end's
    (
        "II. NHIỆM VỤ\n1. Công an phường chủ trì mở đợt cao điểm trấn áp tội phạm từ ngày 15/12 đến ngày "
        "15/01/2027.\n",
        [(15, 1, 2027, "once", "2026-12-15", "Công an phường")],
    ),
    # the window a weekly duty recurs in: its first day and its end
    (
        "II. NHIỆM VỤ\n1. Phòng Kinh tế phường theo dõi giá cả thị trường; báo cáo hằng tuần vào sáng thứ Hai, "
        "từ ngày 05/01/2026 đến hết ngày 31/3/2026.\n",
        [(31, 3, 2026, "weekly", "2026-01-05", "Phòng Kinh tế phường")],
    ),
]

DAILY_AND_COUNTS = [
    # a daily report's hour after its cadence, apart from the year's report after it
    (
        "IV. CHẾ ĐỘ BÁO CÁO\nTrạm Y tế phường tổng hợp báo cáo nhanh tình hình dịch hằng ngày (trước 16 giờ) "
        "trong thời gian có dịch và báo cáo tổng kết gửi Sở Y tế trước ngày 05/12/2026.\n",
        [(None, None, None, "daily", None, "Trạm Y tế phường"), (5, 12, 2026, "once", None, "Trạm Y tế phường")],
    ),
    # a least count after its period: the duty recurs in it
    (
        "III. TỔ CHỨC THỰC HIỆN\n5. Đề nghị Đoàn Thanh niên phường: tổ chức các đội hình tình nguyện hỗ trợ "
        "người dân đăng ký dịch vụ công trực tuyến mỗi tháng ít nhất 02 đợt.\n",
        [(None, None, None, "monthly", None, "Đoàn Thanh niên phường")],
    ),
]

GUARDS = [
    # a budget's yearly source is no deadline
    ("II. NHIỆM VỤ\n1. Phòng Kinh tế phường bố trí kinh phí từ nguồn ngân sách chi thường xuyên hằng năm.\n", []),
    # a list of events' dates, retold, is none
    ("I. KẾT QUẢ\nNăm 2025, phường đã tổ chức hội nghị vào ngày 12/3, ngày 15/6 và ngày 20/9/2025.\n", []),
    # a day of the months listed stays that day in each month
    (
        "IV. CHẾ ĐỘ BÁO CÁO\nTrạm Y tế phường báo cáo kết quả về Ủy ban nhân dân phường trước ngày 20 các "
        "tháng 3, 6 và 9 năm 2026.\n",
        None,
    ),
]


@pytest.mark.parametrize(("body", "expected"), MONTHS + WINDOWS + DAILY_AND_COUNTS)
def test_deadlines(body, expected):
    assert rows(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), GUARDS)
def test_guards(body, expected):
    got = rows(body)
    if expected is None:
        assert all(d[0] == 20 for d in got) and got
    else:
        assert got == expected


def test_starts_round_trips_through_json_and_is_absent_when_null():
    doc = parse_text(HEAD + WINDOWS[0][0])
    data = json.loads(doc.model_dump_json())
    shown = [d for d in data["deadlines"] if "starts" in d]
    assert [d["starts"] for d in shown] == ["2026-04-01"]
    assert all("starts" not in d for d in data["deadlines"] if d["day"] == 20)
    again = Document.model_validate(data)
    assert [d.starts for d in again.deadlines] == [d.starts for d in doc.deadlines]
    assert "starts" in json.dumps(Document.model_json_schema())


@pytest.mark.parametrize(
    ("window", "starts"),
    [
        ("từ ngày 31/4 đến ngày 15/5/2026", None),  # (April has 30 days)
        ("từ ngày 29/02 đến ngày 15/3/2026", None),  # (2026 is no leap year)
        ("từ ngày 30/4 đến ngày 15/5/2026", "2026-04-30"),
    ],
)
def test_a_windows_first_day_is_a_real_day(window, starts):
    doc = parse_text(HEAD + f"II. NHIỆM VỤ\n1. Trạm Y tế phường tổ chức tiêm chủng bổ sung {window}.\n")
    (d,) = [d for d in doc.deadlines if d.day == 15]
    assert d.starts == starts
