"""Deadlines of urgent dispatches (texts written for these tests, a commune's
and a province's Công điện on a flood): a start alone opening a ban or a
standing duty ("cấm … kể từ 18 giờ ngày …") is an ongoing deadline with
``starts``; a day said relative to the last date of its sentence ("trước 16
giờ cùng ngày") or to the text's date; a report made at once on an event
("báo cáo ngay khi …") is ad hoc; a months' window a daily duty runs in
starts in its first month; the hour a deadline is due at is kept as
``time`` ("HH:MM"), hours joined before one cadence one deadline each; and
diff compares the hours of one day."""

from __future__ import annotations

import json

import pytest

from khtool import diff_plans, parse_text
from khtool.models import Document

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG TRÀ\nSố: 07/CĐ-UBND\nHương Trà, ngày 20 tháng 10 năm 2026\n"
    "CÔNG ĐIỆN\nVề việc tập trung ứng phó với mưa lũ\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ điện:\n- Trưởng Công an xã;\n- Trưởng các thôn.\n"
)

Row = tuple[int | None, int | None, int | None, str | None, str | None, str | None, str | None]


def rows(body: str) -> list[Row]:
    doc = parse_text(HEAD + body)
    return sorted(
        ((d.day, d.month, d.year, d.recurrence, d.starts, d.time, d.agency) for d in doc.deadlines),
        key=str,
    )


START_ALONE = [
    # a ban from an hour: ongoing from then, owned by the item's body
    (
        "1. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tổ chức chốt chặn, nghiêm cấm người và "
        "phương tiện qua ngầm tràn Khe Mương từ 18 giờ ngày 20/10/2026.\n",
        [(20, 10, 2026, "ongoing", "2026-10-20", "18:00", "Công an xã")],
    ),
    # the start opening its clause, the ban after it, the end left open
    (
        "2. Trưởng các thôn ven sông chỉ đạo: kể từ 12 giờ ngày 21 tháng 10 năm 2026, cấm các đò ngang chở "
        "khách qua sông cho đến khi nước rút.\n",
        [(21, 10, 2026, "ongoing", "2026-10-21", "12:00", "Trưởng các thôn ven sông")],
    ),
    # no hour, but an open end: a standing duty from that day
    (
        "3. Công an xã duy trì lực lượng trực 24/24 giờ tại các điểm xung yếu kể từ ngày 21/10/2026 "
        "cho đến khi có thông báo mới.\n",
        [(21, 10, 2026, "ongoing", "2026-10-21", None, "Công an xã")],
    ),
]

RELATIVE_DAYS = [
    # "cùng ngày": the last date of its sentence, before it
    (
        "1. Trưởng các thôn tổ chức sơ tán người dân vùng trũng thấp, hoàn thành trước 15 giờ ngày 21/10/2026; "
        "báo cáo số hộ đã sơ tán về Ủy ban nhân dân xã trước 16 giờ cùng ngày.\n",
        [
            (21, 10, 2026, "once", None, "15:00", "Trưởng các thôn"),
            (21, 10, 2026, "once", None, "16:00", "Trưởng các thôn"),
        ],
    ),
    # "ngày hôm sau" with no date before it: the day after the text's own
    (
        "1. Công an xã rà soát các hộ ở ven sông, báo cáo Chủ tịch Ủy ban nhân dân xã trước 8 giờ "
        "sáng ngày hôm sau.\n",
        [(21, 10, 2026, "once", None, "08:00", "Công an xã")],
    ),
]

AT_ONCE = [
    # "báo cáo ngay khi …": ad hoc, its text the time phrase
    (
        "1. Trưởng các thôn tổ chức trực ban 24/24 giờ và báo cáo ngay khi có sự cố đê bao xảy ra.\n",
        [("ngay khi có sự cố đê bao xảy ra", "ad hoc")],
    ),
    # the event after the body reported to
    (
        "1. Trưởng Công an xã: Báo cáo ngay cho Chủ tịch Ủy ban nhân dân xã khi phát hiện sạt lở đất.\n",
        [("Báo cáo ngay", "ad hoc")],
    ),
    # "kịp thời" with its event (not right after it: the text the verb and its adverb)
    (
        "1. Trưởng các thôn theo dõi mực nước, kịp thời báo cáo Ủy ban nhân dân xã khi nước vượt báo động.\n",
        [("kịp thời báo cáo", "ad hoc")],
    ),
]

# guards: no deadline read
NONE = [
    # an hour in a forecast, no ban's verb: a time told
    "1. Theo dự báo, từ 12 giờ ngày 20/10/2026, trên địa bàn xã có mưa to đến rất to.\n",
    # "ngay" of a start and of a place, "kịp thời" as a manner
    "1. Trưởng các thôn triển khai ngay từ đầu mùa mưa việc khơi thông cống rãnh.\n",
    "1. Trưởng Công an xã xử lý ngay tại chỗ các trường hợp vi phạm, báo cáo kịp thời, chính xác.\n",
    # the act named in a condition, not a duty
    "1. Việc báo cáo ngay sự cố đã giúp ngăn chặn thiệt hại.\n",
    # a length in hours, "24/24 giờ": no clock time, no deadline
    "1. Trưởng Công an xã duy trì lực lượng trực 24/24 giờ tại các điểm xung yếu.\n",
]


@pytest.mark.parametrize(("body", "expected"), START_ALONE + RELATIVE_DAYS)
def test_starts_alone_and_relative_days(body: str, expected: list[Row]) -> None:
    assert rows(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), AT_ONCE)
def test_a_report_at_once_is_ad_hoc(body: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text(HEAD + body)
    assert [(d.text, d.recurrence) for d in doc.deadlines] == expected


@pytest.mark.parametrize("body", NONE)
def test_no_deadline(body: str) -> None:
    assert parse_text(HEAD + body).deadlines == []


TIMES = [
    # a day's hour and minutes
    ("1. Trưởng các thôn hoàn thành sơ tán trước 16 giờ 30 ngày 21/10/2026.\n", [("trước 16 giờ 30 ngày 21/10/2026", "16:30", "once")]),
    # the day's part after the hour
    ("1. Trưởng Công an xã báo cáo tình hình vào 4 giờ chiều hằng ngày.\n", [("vào 4 giờ chiều hằng ngày", "16:00", "daily")]),
    # two hours joined before one cadence: two times of it
    (
        "1. Trưởng Công an xã tổng hợp, báo cáo Ủy ban nhân dân xã trước 7 giờ và 14 giờ hằng ngày.\n",
        [("trước 7 giờ", "07:00", "daily"), ("14 giờ hằng ngày", "14:00", "daily")],
    ),
    # a length is no clock time
    (
        "1. Trưởng các thôn báo cáo thiệt hại trong vòng 24 giờ kể từ khi xảy ra sự cố.\n",
        [("trong vòng 24 giờ kể từ khi xảy ra sự cố", None, "ad hoc")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), TIMES)
def test_the_hour_is_the_due_time(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    doc = parse_text(HEAD + body)
    assert [(d.text, d.time, d.recurrence) for d in doc.deadlines] == expected


DAILY_WINDOW = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 05/CT-UBND\nQuảng Trị, ngày 10 tháng 3 năm 2026\n"
    "CHỈ THỊ\nVề tăng cường phòng cháy rừng mùa khô năm 2026\n"
    "1. Sở Nông nghiệp và Môi trường:\n"
    "a) Duy trì thông tin cấp dự báo cháy rừng hằng ngày trên Đài Phát thanh - Truyền hình tỉnh "
    "(từ tháng 5 đến hết tháng 8 năm 2026).\n"
)


def test_a_daily_duty_s_months_window_starts_in_its_first_month() -> None:
    doc = parse_text(DAILY_WINDOW)
    assert [(d.month, d.year, d.recurrence, d.starts) for d in doc.deadlines] == [(8, 2026, "daily", "2026-05")]


def test_time_round_trips_through_json_and_is_absent_when_null() -> None:
    doc = parse_text(HEAD + RELATIVE_DAYS[0][0] + "2. Trưởng Công an xã hoàn thành kiểm tra trước ngày 25/10/2026.\n")
    data = json.loads(doc.model_dump_json())
    assert [d.get("time") for d in data["deadlines"]] == ["15:00", "16:00", None]
    assert "time" not in data["deadlines"][2]
    again = Document.model_validate_json(doc.model_dump_json())
    assert [d.time for d in again.deadlines] == [d.time for d in doc.deadlines]
    assert '"time"' in json.dumps(Document.model_json_schema())


def test_diff_compares_the_hours_of_one_day() -> None:
    # the commune's evacuation due an hour before the province's: changed, -60 minutes
    a = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/CĐ-UBND\nQuảng Trị, ngày 20 tháng 10 năm 2026\n"
        "CÔNG ĐIỆN\nVề việc ứng phó với mưa lũ\n"
        "1. Chủ tịch Ủy ban nhân dân các xã tổ chức sơ tán người dân vùng trũng thấp, hoàn thành trước 17 giờ "
        "ngày 21/10/2026.\n"
    )
    b = parse_text(
        HEAD + "1. Trưởng các thôn tổ chức sơ tán người dân vùng trũng thấp, hoàn thành trước 16 giờ ngày 21/10/2026.\n"
    )
    d = diff_plans(a, b)
    (row,) = [r for r in d.deadlines if r["a"] and r["b"]]
    assert row["status"] == "changed" and row["b_later_by_days"] == 0 and row["b_later_by_minutes"] == -60
