"""``diff``: a dated one-off of a duty in a year a recurring deadline of the
same duty covers is that year's instance of it: their tasks paired ("rà soát
hộ nghèo … hằng năm" and "rà soát hộ nghèo … trước ngày 10/11/2026"), or both
periodic reviews (a year-end "giao ban" and a year's report); never a daily
or weekly one's, nor an unrelated one-off (plans written for these tests)."""

from __future__ import annotations

import json

import pytest

from khtool import parse_text
from khtool.diff import diff_plans

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ {name}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {no}/KH-UBND\n"
    "{name}, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\nGiảm nghèo bền vững trên địa bàn xã năm 2026\n"
    "Thực hiện Kế hoạch số 20/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành "
    "Kế hoạch như sau:\nI. NHIỆM VỤ\n"
)
_REVIEW = "1. Công chức Lao động - Thương binh và Xã hội chủ trì rà soát hộ nghèo, hộ cận nghèo trên địa bàn xã, hoàn thành {due}.\n"
_MEETING = "2. Văn phòng HĐND và UBND xã tham mưu tổ chức giao ban cuối năm đánh giá kết quả giảm nghèo {due}.\n"
_REPORT = "2. Văn phòng HĐND và UBND xã tổng hợp báo cáo năm về kết quả giảm nghèo gửi UBND tỉnh {due}.\n"
_TRAINING = "2. Văn phòng HĐND và UBND xã tổ chức tập huấn cho cán bộ thôn về chính sách giảm nghèo {due}.\n"


def _pairs(a_body: str, b_body: str) -> list[tuple[str | None, str | None]]:
    a = parse_text(_HEAD.format(name="Tân Lập", no="15") + a_body, path="a.txt")
    b = parse_text(_HEAD.format(name="Tân Hòa", no="18") + b_body, path="b.txt")
    rows = json.loads(diff_plans(a, b).model_dump_json())["deadlines"]
    return sorted((((r["a"] or {}).get("text"), (r["b"] or {}).get("text")) for r in rows), key=str)


@pytest.mark.parametrize(
    ("a_body", "b_body", "pairs"),
    [
        # the yearly review of poor households and B's 2026 one, their tasks paired: that year's
        (
            _REVIEW.format(due="trước ngày 15/11 hằng năm"),
            _REVIEW.format(due="trước ngày 10/11/2026"),
            [("trước ngày 15/11", "trước ngày 10/11/2026")],
        ),
        # a year-end review meeting each year and the year's report of 2026: one periodic review
        (
            _MEETING.format(due="trước ngày 10/12 hằng năm"),
            _REPORT.format(due="trước ngày 05/12/2026"),
            [("trước ngày 10/12", "trước ngày 05/12/2026")],
        ),
        # a one-off training is no review: unpaired beside the yearly meeting
        (
            _MEETING.format(due="trước ngày 10/12 hằng năm"),
            _TRAINING.format(due="trước ngày 05/12/2026"),
            [(None, "trước ngày 05/12/2026"), ("trước ngày 10/12", None)],
        ),
        # a weekly review meeting has no dated instance a once is
        (
            _MEETING.replace("cuối năm", "hằng tuần").format(due="vào chiều thứ Sáu hằng tuần"),
            _REPORT.format(due="trước ngày 05/12/2026"),
            [(None, "trước ngày 05/12/2026"), ("vào chiều thứ Sáu", None)],
        ),
    ],
)
def test_a_dated_one_off_of_a_recurring_duty_is_that_years_instance(a_body, b_body, pairs):
    assert _pairs(a_body, b_body) == sorted(pairs, key=str)
