"""Deadlines: a report's period word with a dated year (once), weekday plurals
bounded by a period (weekly), counts in a period ("N lần/tuần"), a letter's
"Thời gian, địa bàn:" period, and an event's owner named by the item holding
it. Texts written for these tests."""

import pytest

from khtool import parse_text

PLAN = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NGÃI\nBAN THƯỜNG TRỰC\nSố: 31/KH-MTTQ-BTT\n"
    "Quảng Ngãi, ngày 16 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai phong trào chuyển đổi số năm 2026\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo và Dân vận\n- Chủ trì theo dõi, tổng hợp.\n"
)


def _deadlines(body: str) -> list[tuple[str, int | None, int | None, str | None]]:
    doc = parse_text(PLAN + body)
    return [(d.text, d.day, d.month, d.recurrence) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dated report named by its period: that report, once
        (
            "II. CHẾ ĐỘ BÁO CÁO\nỦy ban MTTQ các xã, phường báo cáo kết quả định kỳ hằng quý (trước ngày 20 của tháng cuối quý); "
            "báo cáo sơ kết 6 tháng trước ngày 12/6/2026 và báo cáo năm trước ngày 20/11/2026 về Ban Thường trực.\n",
            [("trước ngày 20 của tháng cuối quý", 20, None, "quarterly"), ("trước ngày 12/6/2026", 12, 6, "once"), ("trước ngày 20/11/2026", 20, 11, "once")],
        ),
        (
            "II. CHẾ ĐỘ BÁO CÁO\nCác đoàn thể báo cáo 6 tháng trước ngày 08/6/2026, báo cáo năm trước ngày 08/11/2026.\n",
            [("trước ngày 08/6/2026", 8, 6, "once"), ("trước ngày 08/11/2026", 8, 11, "once")],
        ),
        (
            "II. CHẾ ĐỘ BÁO CÁO\nCác đoàn thể gửi báo cáo về Ban Thường trực trước ngày 22/11/2026 (báo cáo năm).\n",
            [("trước ngày 22/11/2026 (báo cáo năm)", 22, 11, "once")],
        ),
        # guards: a cadence said, or a date without its year, recurs
        (
            "II. CHẾ ĐỘ BÁO CÁO\nCác đoàn thể báo cáo định kỳ 6 tháng trước ngày 08/6/2026 và hằng năm trước ngày 08/11/2026.\n",
            [("trước ngày 08/6/2026", 8, 6, "semiannual"), ("trước ngày 08/11/2026", 8, 11, "annual")],
        ),
        (
            "II. CHẾ ĐỘ BÁO CÁO\nCác đoàn thể báo cáo năm trước ngày 08/11 hằng năm.\n",
            [("trước ngày 08/11", 8, 11, "annual")],
        ),
    ],
)
def test_a_dated_report_named_by_its_period_is_due_once(text, want):
    assert _deadlines(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "2. Ban Phong trào chủ trì tổ chức ra quân dọn vệ sinh vào các ngày Chủ nhật trong tháng 4/2026.\n",
            [("các ngày Chủ nhật trong tháng 4/2026", None, 4, "weekly")],
        ),
        (
            "2. Đoàn các xã, phường hướng dẫn người dân cài đặt ứng dụng vào thứ Bảy hằng tuần trong quý II/2026.\n",
            [("thứ Bảy hằng tuần trong quý II/2026", None, 6, "weekly")],
        ),
        (
            "2. Ban Phong trào chủ trì tổ chức ngày hội vào những ngày thứ Bảy, Chủ nhật trong tháng 5/2026.\n",
            [("những ngày thứ Bảy, Chủ nhật trong tháng 5/2026", None, 5, "weekly")],
        ),
        # guard: one period, no weekday
        ("2. Ban Phong trào hoàn thành bộ tài liệu trong tháng 4/2026.\n", [("trong tháng 4/2026", None, 4, "once")]),
    ],
)
def test_a_weekday_in_the_plural_before_a_period_is_weekly(text, want):
    assert [d for d in _deadlines(text) if d[0] != "Chủ trì theo dõi"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2. Các xã phát thông điệp trên loa truyền thanh 03 lần/tuần.\n", [("03 lần/tuần", None, None, "weekly")]),
        ("2. Văn phòng kiểm tra hệ thống ít nhất 01 lần/quý.\n", [("ít nhất 01 lần/quý", None, None, "quarterly")]),
        ("2. Các chi hội tổ chức sinh hoạt chuyên đề 2 lần mỗi tháng.\n", [("2 lần mỗi tháng", None, None, "monthly")]),
        # a year's count by the periods it divides the year into
        ("2. Trạm Y tế xã cân, đo trẻ em dưới 5 tuổi 2 lần/năm.\n", [("2 lần/năm", None, None, "semiannual")]),
        ("2. Phòng Kinh tế kiểm tra các cơ sở 04 lần/năm.\n", [("04 lần/năm", None, None, "quarterly")]),
        ("2. Phòng Kinh tế kiểm tra các cơ sở ít nhất 01 lần/năm.\n", [("ít nhất 01 lần/năm", None, None, "annual")]),
        # guards: a count of times with no period, a year's number
        ("2. Văn phòng kiểm tra hệ thống 02 lần trong quý III/2026.\n", [("trong quý III/2026", None, 9, "once")]),
        ("2. Các xã tổ chức 02 lần tập huấn cho cán bộ.\n", []),
        # guard: a cap on how often, no duty's frequency
        ("2. Việc kiểm tra tại cơ sở được thực hiện không quá một lần trong một năm.\n", []),
    ],
)
def test_a_count_in_a_period_is_a_frequency(text, want):
    assert _deadlines(text) == want


LETTER = (
    "HỘI LHPN TỈNH QUẢNG NGÃI\nBAN THƯỜNG VỤ\nSố: 52/HLHPN-TG\n"
    "V/v tổ chức Chiến dịch truyền thông phòng, chống bạo lực gia đình năm 2026\n"
    "Quảng Ngãi, ngày 02 tháng 4 năm 2026\nKính gửi: Hội LHPN các xã, phường.\n"
    "Ban Thường vụ Hội LHPN tỉnh đề nghị Hội LHPN các xã, phường triển khai Chiến dịch truyền thông, cụ thể như sau:\n"
    "{item}\n"
    "2. Hội LHPN các xã, phường báo cáo kết quả về Ban Thường vụ Hội LHPN tỉnh trước ngày 10/8/2026.\nNơi nhận:\n"
)


@pytest.mark.parametrize(
    ("item", "want"),
    [
        (
            "1. Thời gian, địa bàn: Chiến dịch được tổ chức từ ngày 20/4/2026 đến ngày 31/7/2026 tại các thôn, tổ dân phố.",
            [(31, 7, "once"), (10, 8, "once")],
        ),
        (
            "1. Thời gian thực hiện: Chiến dịch được triển khai từ ngày 20/4/2026 đến ngày 31/7/2026.",
            [(31, 7, "once"), (10, 8, "once")],
        ),
        # guard: a period retold in the passive, under no time label
        ("1. Năm 2025, Chiến dịch đã được tổ chức từ ngày 20/4/2025 đến ngày 31/7/2025 tại 20 xã.", [(10, 8, "once")]),
    ],
)
def test_a_letters_time_paragraph_is_a_schedule(item, want):
    doc = parse_text(LETTER.format(item=item))
    assert [(d.day, d.month, d.recurrence) for d in doc.deadlines] == want


WARD = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nPHƯỜNG NGHĨA LỘ\nBAN THƯỜNG TRỰC\nSố: 09/KH-MTTQ-BTT\n"
    "Nghĩa Lộ, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai phong trào chuyển đổi số năm 2026\n"
    "I. NỘI DUNG THỰC HIỆN\n"
    "1. Tổ chức {event} vào Chủ nhật tuần cuối hằng tháng tại Nhà văn hóa các tổ dân phố.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Hội Liên hiệp Phụ nữ phường chủ trì tuyên truyền phong trào trong hội viên.\n"
    "2. Đoàn Thanh niên phường chủ trì thành lập đội thanh niên tình nguyện, phối hợp Tổ công nghệ số cộng đồng "
    "tổ chức \"Ngày hội số gia đình\".\n"
)


@pytest.mark.parametrize(
    ("event", "owner"),
    [
        ('"Ngày hội số gia đình"', "Đoàn Thanh niên phường"),
        ("“Ngày hội số gia đình”", "Đoàn Thanh niên phường"),
        # guard: another event, no owner taken
        ('"Phiên chợ số"', None),
    ],
)
def test_an_event_named_in_quotes_is_owned_by_the_item_holding_it(event, owner):
    doc = parse_text(WARD.format(event=event))
    monthly = [d for d in doc.deadlines if d.recurrence == "monthly"]
    assert [d.agency for d in monthly] == [owner]
