"""``diff``: deadlines paired by who reports to whom before their dates, a
month or quarter due by its last day, a mid-year report date the 6-month
report's, targets paired by what they measure (clauses alike sharing one of
the other plan's, a target of no year read never dropped), B restating A's
targets and adding one, A's own bodies above B's level beside those it names
at B's (plans written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.diff import _days_later, diff_plans

_HEAD = (
    "ỦY BAN NHÂN DÂN\n{unit}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {no}/KH-UBND\n"
    "{place}, ngày {day} tháng 02 năm 2026\nKẾ HOẠCH\nChuyển đổi số trong quản lý hộ tịch năm 2026\n"
    "Thực hiện Chỉ thị số 07/CT-TTg ngày 12/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân {who} ban hành Kế hoạch như sau:\n"
)


@pytest.mark.parametrize(
    ("sentence", "recurrences"),
    [
        # two yearly report dates six months apart: the June one is the 6-month report's
        (
            "Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm.",
            ["semiannual", "annual"],
        ),
        # not a report: as written
        (
            "Các phòng, đơn vị tổ chức kiểm tra chéo trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm.",
            ["annual", "annual"],
        ),
        # two dates not a half-year apart: as written
        (
            "Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 10 tháng 3 và trước ngày 10 tháng 12 hằng năm.",
            ["annual", "annual"],
        ),
    ],
)
def test_a_mid_year_report_date_beside_the_years_is_the_six_month_report(sentence, recurrences):
    text = _HEAD.format(unit="TỈNH QUẢNG BÌNH", no="14", place="Quảng Bình", day="10", who="tỉnh")
    doc = parse_text(text + "II. TỔ CHỨC THỰC HIỆN\n" + sentence + "\n", path="a.txt")
    assert [x.recurrence for x in doc.deadlines] == recurrences


def _due(day: int | None, month: int | None, year: int | None = 2026, text: str = "") -> dict:
    return {"day": day, "month": month, "year": year, "recurrence": "once", "text": text, "due": None}


@pytest.mark.parametrize(
    ("a", "b", "later"),
    [
        # A's month alone is due by its last day
        (_due(None, 6, text="Tháng 6/2026"), _due(15, 6), -15),
        # a quarter, kept as the month it ends in, by the quarter's last day
        (_due(None, 6, text="Quý II/2026"), _due(30, 4), -61),
        (_due(None, 3, text="Quý I/2026"), _due(10, 4), 10),
        # two months alone: their last days
        (_due(None, 6), _due(None, 7), 31),
        # B's month against A's day is a span (b_later_by_days_at_least / at_most)
        (_due(15, 6), _due(None, 6), None),
        (_due(15, 6), _due(20, 6), 5),
    ],
)
def test_a_month_or_quarter_without_its_day_is_due_by_its_last_day(a, b, later):
    assert _days_later(a, b) == later


_REPORTS_A = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp là cơ quan thường trực, tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Tư pháp định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 05/12).\n"
    "2. Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả về Sở Tư pháp trước ngày 30/11 hằng năm.\n"
)
_REPORTS_B = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Ủy ban nhân dân các xã, phường\n- Chỉ đạo công chức Tư pháp - Hộ tịch cập nhật dữ liệu hộ tịch điện tử thường xuyên.\n"
    "- Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/12 hằng năm.\n"
    "III. CHẾ ĐỘ BÁO CÁO\nCác sở, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở Tư pháp trước ngày 05/12 hằng năm; "
    "Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm để báo cáo Bộ Tư pháp.\n"
)


def test_reports_are_paired_by_who_reports_to_whom_before_their_dates():
    a = parse_text(_HEAD.format(unit="TỈNH QUẢNG BÌNH", no="14", place="Quảng Bình", day="10", who="tỉnh") + _REPORTS_A, path="a.txt")
    b = parse_text(_HEAD.format(unit="TỈNH NGHỆ AN", no="22", place="Nghệ An", day="12", who="tỉnh") + _REPORTS_B, path="b.txt")
    d = diff_plans(a, b)
    got = {
        (x["a"]["day"], x["a"]["month"]): (x["b"]["day"], x["b"]["month"]) if x["b"] else None
        for x in d.deadlines
        if x["a"]
    }
    # the Sở's report up (05/12) is the Sở's (15/12), not the communes' of
    # the same date; the communes' (30/11) is theirs (05/12)
    assert got[(5, 12)] == (15, 12)
    assert got[(30, 11)] == (5, 12)


_GOALS_A = (
    "I. CHỈ TIÊU\n"
    "- Đến ngày 30/9/2026, hoàn thành số hóa 100% sổ hộ tịch lưu trữ của 40 phường; đến ngày 31/12/2026, hoàn thành số hóa 100% sổ hộ tịch lưu trữ của 60 xã.\n"
    "- Đến hết năm 2026, tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đúng hạn đạt trên 98%.\n"
    "II. NHIỆM VỤ\n1. Sở Tư pháp chủ trì số hóa sổ hộ tịch.\n"
)
_GOALS_B = (
    "I. CHỈ TIÊU\n"
    "- Năm 2026: hoàn thành số hóa 100% sổ hộ tịch lưu trữ tại 100 xã, phường.\n"
    "- Đến hết năm 2026, tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đúng hạn đạt trên 98%; không để xảy ra trường hợp trẻ em không được đăng ký khai sinh.\n"
    "II. NHIỆM VỤ\n1. Sở Tư pháp chủ trì số hóa sổ hộ tịch.\n"
)


def test_targets_are_paired_by_what_they_measure_and_b_adding_one_is_the_same():
    a = parse_text(_HEAD.format(unit="TỈNH QUẢNG BÌNH", no="14", place="Quảng Bình", day="10", who="tỉnh") + _GOALS_A, path="a.txt")
    b = parse_text(_HEAD.format(unit="TỈNH NGHỆ AN", no="22", place="Nghệ An", day="12", who="tỉnh") + _GOALS_B, path="b.txt")
    rows = diff_plans(a, b).indicators
    digit = next(r for r in rows if r.get("line_a") == 11)
    # both of A's clauses are B's one ("100 xã, phường"): kept, none dropped
    assert digit["b"] is not None and digit["status"] == "same" and not digit["dropped"]
    birth = next(r for r in rows if r.get("line_a") == 12)
    assert birth["status"] == "same" and birth["verdict"] is None
    assert birth["b_adds"] == ["không để xảy ra trường hợp trẻ em không được đăng ký khai sinh"]
