"""Dates that are no deadlines, and limits counted from an event: a news
article's reported dates, an invitation's meeting time, a goal's horizon, a
review's period; "trong vòng 24 giờ sau thiên tai" (texts written for these
tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 41/KH-UBND\nHòa Bình, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống thiên tai và chuyển đổi số năm 2026\n"
)
REPORT = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 88/BC-UBND\nHòa Bình, ngày 05 tháng 6 năm 2026\nBÁO CÁO\n"
    "Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026\nI. KẾT QUẢ\nTỷ lệ hồ sơ trực tuyến đạt 62%.\n"
)
INVITATION = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nVĂN PHÒNG\nSố: 77/GM-VP\nQuảng Trị, ngày 20 tháng 6 năm 2026\nGIẤY MỜI\n"
    "Họp đánh giá kết quả chuyển đổi số 6 tháng đầu năm 2026\nVăn phòng UBND tỉnh trân trọng kính mời:\n"
    "- Lãnh đạo Sở Tài chính;\n- Lãnh đạo Sở Nội vụ.\n"
)
ARTICLE = (
    "Xã Hòa Bình đặt mục tiêu 90% hồ sơ trực tuyến trong năm 2026\n\n12/03/2026 08:15\n\n"
    "(TTXVN) - Theo Kế hoạch số 41/KH-UBND vừa được UBND xã Hòa Bình ban hành, năm 2026 xã phấn đấu 90% hồ sơ "
    "được xử lý trực tuyến.\n\n"
)


def deadlines(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(text)
    return [(d.text, d.recurrence, d.agency) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news article reports another text's dates: none of its own
        (
            ARTICLE + "Được biết, UBND tỉnh yêu cầu các xã ban hành kế hoạch trước ngày 20/3/2026 và báo cáo kết "
            "quả trước ngày 15/6/2026.\n\nMinh Anh\n\nTin liên quan\nQuảng Trị: 30 xã đã ban hành kế hoạch\n",
            [],
        ),
        # an invitation's time line is its meeting's; a preparation asked of a body is due,
        # owed by that body ("Giao X …" after the items, fce)
        (
            INVITATION + "Thời gian: 08 giờ 00 phút, ngày 25/6/2026 (thứ Năm).\n"
            "Địa điểm: Hội trường tầng 2, trụ sở UBND tỉnh.\n"
            "Giao Sở Tài chính chuẩn bị báo cáo, gửi Văn phòng UBND tỉnh trước ngày 23/6/2026.\n"
            "Rất mong các đồng chí tham dự đúng thành phần./.\n",
            [("trước ngày 23/6/2026", "once", "Sở Tài chính")],
        ),
        # a goal's horizon before its value, in a report's and a plan's tasks
        (
            REPORT + "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n1. Tiếp tục tuyên truyền; phấn đấu đến "
            "cuối năm 2026, tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 80% trở lên.\n",
            [],
        ),
        (
            PLAN + "II. NHIỆM VỤ\n1. Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; phấn đấu trong quý "
            "III/2026, 100% thôn có Tổ công nghệ số cộng đồng hoạt động.\n",
            [],
        ),
        # a review named with the period it looks back on is held once
        (
            PLAN + "II. TỔ CHỨC THỰC HIỆN\nĐể phục vụ sơ kết 6 tháng thực hiện Nghị quyết, các chi bộ báo cáo "
            "kết quả về Đảng ủy xã trước ngày 10/6/2026.\n",
            [("trước ngày 10/6/2026", "once", "các chi bộ")],
        ),
        # a limit counted from an event after "sau", in hours
        (
            PLAN + "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\nTham mưu công tác ứng phó; tổng hợp thiệt hại, báo "
            "cáo Ủy ban nhân dân xã trong vòng 24 giờ sau thiên tai.\n",
            [("trong vòng 24 giờ sau thiên tai", "ad hoc", "Phòng Kinh tế")],
        ),
    ],
)
def test_dates_that_are_no_deadlines_and_limits_after_events(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert deadlines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's own time line of an inspection is still its issuer's
        (
            "SỞ CÔNG THƯƠNG\nTỈNH QUẢNG TRỊ\nSố: 12/KH-SCT\nQuảng Trị, ngày 02 tháng 6 năm 2026\nKẾ HOẠCH\n"
            "Kiểm tra an toàn hóa chất năm 2026\nI. NỘI DUNG\n1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ Ba).\n",
            1,
        ),
        # a review said with a cadence recurs: "định kỳ sơ kết 6 tháng"
        (
            PLAN + "II. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ sơ kết 6 tháng, các chi bộ báo cáo kết quả về Đảng ủy xã "
            "trước ngày 10/6.\n",
            1,
        ),
    ],
)
def test_kept_deadlines(text: str, expected: int) -> None:
    assert len(deadlines(text)) == expected


DIRECTIVE = (
    "TỈNH ỦY QUẢNG TRỊ\n*\nSố: 09-CT/TU\nQuảng Trị, ngày 10 tháng 3 năm 2026\nCHỈ THỊ\n"
    "của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số\n1. Các cấp ủy quán triệt Chỉ thị này.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting duty's subject in the sentence before, after "Yêu cầu"
        (
            PLAN + "II. TỔ CHỨC THỰC HIỆN\nYêu cầu các cơ quan, đơn vị, thôn triển khai thực hiện nghiêm túc Kế "
            "hoạch này. Báo cáo kết quả định kỳ 6 tháng, năm về Ủy ban nhân dân xã.\n",
            [("Báo cáo kết quả định kỳ 6 tháng, năm về Ủy ban nhân dân xã", "semiannual, annual", "các cơ quan, đơn vị, thôn")],
        ),
        # a quarterly reporting duty in prose, before a clause dating other work
        (
            DIRECTIVE + "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ hằng quý báo cáo Ban Thường vụ Tỉnh ủy; "
            "sơ kết 01 năm thực hiện Chỉ thị trong quý IV/2026.\n",
            [
                ("Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ hằng quý báo cáo Ban Thường vụ Tỉnh ủy", "quarterly", "Văn phòng Tỉnh ủy"),
                ("trong quý IV/2026", "once", "Văn phòng Tỉnh ủy"),
            ],
        ),
        # a task put into a named year's programme is due within that year
        (
            DIRECTIVE + "2. Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chỉ thị vào chương trình giám sát năm 2026.\n",
            [("vào chương trình giám sát năm 2026", "once", "Ủy ban Kiểm tra Tỉnh ủy")],
        ),
    ],
)
def test_reporting_owners_cadences_and_programme_years(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert deadlines(text) == expected


def test_a_report_sent_by_the_later_date_is_that_dates() -> None:
    # (a regression guard: it passed before FCF, and must keep passing)
    # "Định kỳ hằng năm báo cáo …; báo cáo năm gửi trước ngày 15/12": one duty, dated
    text = (
        DIRECTIVE + "2. Văn phòng Tỉnh ủy định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy; báo cáo năm gửi trước "
        "ngày 15/12.\n"
    )
    assert [d.text for d in parse_text(text).deadlines] == ["trước ngày 15/12"]
