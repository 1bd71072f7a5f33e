"""Deadlines in schedule plans: a duty running "đến hết ngày X", a calendar's
steps and their doers, the period a review covers, a purpose clause's
occasion, and the plan's own activity period (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 31/KH-UBND\nHòa Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Tổ chức Hội thi văn nghệ quần chúng xã năm 2026\n"
)


def _dues(doc):
    return [(d.day, d.month, d.year, d.agency) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # E3: the last day a duty runs to is its deadline, as "đến hết năm" is
        (
            "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã\n"
            "- Nhận hồ sơ đăng ký dự thi của các thôn đến hết ngày 20/4/2026; tổng hợp danh sách đội thi.\n",
            [(20, 4, 2026, "Văn phòng HĐND và UBND xã")],
        ),
        (
            "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n"
            "- Tiếp nhận bài dự thi đến hết ngày 15 tháng 5 năm 2026.\n",
            [(15, 5, 2026, "Phòng Văn hóa - Xã hội")],
        ),
        # guards: a span's end stays the span's; how long a rule holds is no deadline
        (
            "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n"
            "- Tổ chức tuyên truyền trên hệ thống truyền thanh từ ngày 01/4/2026 đến hết ngày 30/4/2026.\n",
            [(30, 4, 2026, "Phòng Văn hóa - Xã hội")],
        ),
        (
            "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n"
            "- Hướng dẫn các thôn thực hiện mức hỗ trợ được áp dụng đến hết ngày 31/12/2026.\n",
            [],
        ),
    ],
)
def test_until_the_end_of_a_day(body, expected):
    assert _dues(parse_text(HEAD + body)) == expected


ENROL = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nSố: 77/KH-UBND\nAn Hòa, ngày 04 tháng 5 năm 2026\nKẾ HOẠCH\n"
    "Tuyển sinh vào lớp Một năm học 2026 - 2027\n"
    "I. LỊCH TUYỂN SINH\n"
    "1. Từ ngày 02/6/2026 đến ngày 12/6/2026: các trường tiểu học rà soát, cập nhật danh sách trẻ trong độ tuổi.\n"
    "2. Từ ngày 15/6/2026 đến ngày 25/6/2026: cha mẹ học sinh nộp hồ sơ đăng ký tại trường.\n"
    "3. Từ ngày 13/7/2026 đến ngày 17/7/2026: học sinh trúng tuyển xác nhận nhập học.\n"
    "4. Ngày 20/7/2026: Phòng Văn hóa - Xã hội tổng hợp kết quả, báo cáo Ủy ban nhân dân phường.\n"
    "5. Ngày 31/8/2026: khai giảng năm học mới.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n"
    "- Tham mưu thành lập Hội đồng tuyển sinh trước ngày 20/5/2026.\n"
)


def test_a_calendar_steps_doer_owns_it_and_the_publics_steps_are_no_deadlines():
    """E4, E5: a calendar step "<span>: <body> <verb> …" is that body's
    deadline, due at the span's end; a step of parents or pupils is a
    schedule entry; the calendar's own event stays a milestone."""
    got = sorted(_dues(parse_text(ENROL)), key=lambda t: (t[1], t[0]))
    assert got == [
        (20, 5, 2026, "Phòng Văn hóa - Xã hội"),
        (12, 6, 2026, "các trường tiểu học"),
        (20, 7, 2026, "Phòng Văn hóa - Xã hội"),
        (31, 8, 2026, None),  # (the calendar's own event: a milestone, no body's)
    ]


SUPERVISION = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH\nBAN PHÁP CHẾ\nSố: 09/KH-BPC\nNam Định, ngày 10 tháng 6 năm 2026\nKẾ HOẠCH\n"
    "Giám sát công tác giải quyết khiếu nại, tố cáo\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Đánh giá kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn tỉnh "
    "từ ngày 01/7/2025 đến ngày 30/6/2026; kiến nghị giải pháp khắc phục hạn chế.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Pháp chế HĐND tỉnh hoàn thành báo cáo kết quả giám sát, trình Thường trực HĐND tỉnh trước ngày "
    "20/8/2026 để báo cáo tại kỳ họp thường lệ cuối năm 2026 của Hội đồng nhân dân tỉnh.\n"
    "2. Thanh tra tỉnh gửi báo cáo về Ban Pháp chế HĐND tỉnh trước ngày 05/7/2026.\n"
)


def test_a_reviewed_period_and_a_purpose_clauses_occasion_are_no_deadlines():
    """E6: the span a review covers is no due date; E7: "để báo cáo tại kỳ
    họp … cuối năm 2026" after a dated limit gives no second deadline; a
    report's "trước ngày" stays one."""
    got = sorted(_dues(parse_text(SUPERVISION)), key=lambda t: (t[1], t[0]))
    assert [(d, m, y) for d, m, y, _ in got] == [(5, 7, 2026), (20, 8, 2026)]


def test_a_campaign_window_after_kiem_tra_stays_a_deadline():
    """Guard: a body's window "kiểm tra … từ … đến …" in the plan's future is its deadline (due at its end)."""
    doc = parse_text(
        HEAD + "II. TỔ CHỨC THỰC HIỆN\n1. Công an xã\n"
        "- Tổ chức kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh từ ngày 15/4/2026 đến ngày 15/5/2026.\n"
    )
    assert _dues(doc) == [(15, 5, 2026, "Công an xã")]


def test_the_plans_own_activity_period_in_its_time_item_is_the_issuers():
    """E13: a period said in the plan's time item ("3. Thời gian và đơn vị được
    kiểm tra" / "Từ ngày … đến ngày …"), no body's item holding it, is the
    issuer's, as README's rule for an activity's time says."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 40/KH-UBND\nHòa Bình, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
        "Kiểm tra công tác vệ sinh an toàn thực phẩm năm 2026\n"
        "I. NỘI DUNG VÀ THỜI GIAN\n1. Nội dung kiểm tra\nViệc chấp hành quy định về an toàn thực phẩm.\n"
        "2. Thời gian và địa bàn kiểm tra\nTừ ngày 04/5/2026 đến ngày 15/5/2026, lịch cụ thể do Đoàn thông báo.\n"
    )
    (d,) = doc.deadlines
    assert (d.day, d.month, d.agency) == (15, 5, "Ủy ban nhân dân xã Hòa Bình")


def test_a_licences_validity_to_the_end_of_a_day_is_no_deadline():
    """Guard: "Giấy phép này có giá trị kể từ ngày ký đến hết ngày …" says how long it holds."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 15/GP-UBND\nYên Bái, ngày 02 tháng 3 năm 2026\nGIẤY PHÉP\n"
        "Sử dụng vật liệu nổ công nghiệp\n"
        "Điều 1. Cho phép Công ty TNHH Minh Phát sử dụng vật liệu nổ công nghiệp tại mỏ đá Hợp Thành.\n"
        "Điều 2. Giấy phép này có giá trị kể từ ngày ký ban hành đến hết ngày 30 tháng 6 năm 2027.\n"
    )
    assert _dues(doc) == []


# (RV15) The period a review covers is one named so or ended by the text's
# date (or, after words reviewing results, one under way); an inspection's
# window under way or to come is its campaign's, due at its end. A validity
# word must stand right before "đến hết ngày" to make it how long something
# holds. A calendar step of a named enterprise is a body's.
PLAN_OF_MARCH = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 45/KH-UBND\nAn Phú, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Triển khai nhiệm vụ quản lý trật tự xây dựng năm 2026\nII. NHIỆM VỤ\n"
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # an inspection campaign under way at the plan's date: due at its end
        (
            "1. Công an xã tổ chức kiểm tra, xử lý vi phạm trật tự xây dựng từ ngày 01/3/2026 đến ngày 30/6/2026.\n",
            [(30, 6, 2026, "Công an xã")],
        ),
        (
            "1. Phòng Kinh tế chủ trì giám sát việc khắc phục sau kiểm tra từ ngày 02/3/2026 đến ngày 31/5/2026.\n",
            [(31, 5, 2026, "Phòng Kinh tế")],
        ),
        # guards: a period named so, or a results review under way, is the review's
        (
            "1. Phòng Kinh tế đánh giá kết quả thực hiện chính sách trong giai đoạn từ ngày 01/01/2024 "
            "đến ngày 31/12/2026, báo cáo UBND xã trước ngày 15/4/2026.\n",
            [(15, 4, 2026, "Phòng Kinh tế")],
        ),
        (
            "1. Phòng Kinh tế sơ kết kết quả thu ngân sách từ ngày 01/01/2026 đến ngày 30/6/2026, "
            "báo cáo trước ngày 05/7/2026.\n",
            [(5, 7, 2026, "Phòng Kinh tế")],
        ),
    ],
)
def test_a_reviews_period_and_an_inspections_window(item, expected):
    assert _dues(parse_text(PLAN_OF_MARCH + item)) == expected


def test_a_results_review_over_the_new_year_under_way_is_the_reviews():
    """The window's first day is FEE's (_window_start): "từ ngày 15/12 đến
    ngày 15/01/2027" starts on 15/12/2026, before a plan of 20/12/2026."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/KH-UBND\nAn Phú, ngày 20 tháng 12 năm 2026\nKẾ HOẠCH\n"
        "Tổng kết công tác thu ngân sách\nII. NHIỆM VỤ\n"
        "1. Phòng Kinh tế đánh giá kết quả thu ngân sách từ ngày 15/12 đến ngày 15/01/2027, "
        "báo cáo UBND xã trước ngày 25/01/2027.\n"
    )
    assert _dues(doc) == [(25, 1, 2027, "Phòng Kinh tế")]


@pytest.mark.parametrize(
    "item",
    [
        "1. Phòng Kinh tế nâng cao hiệu lực, hiệu quả quản lý, hoàn thành rà soát đến hết ngày 30/6/2026.\n",
        "1. Phòng Kinh tế tổng hợp giá trị sản xuất nông nghiệp, gửi báo cáo đến hết ngày 30/6/2026.\n",
        "1. Phòng Kinh tế hướng dẫn áp dụng quy trình mới, thu nhận hồ sơ đến hết ngày 30/6/2026.\n",
        "1. Phòng Kinh tế thu nhận hồ sơ đến  hết   ngày 30 / 6 / 2026.\n",
    ],
)
def test_until_the_end_of_a_day_after_a_validity_word_elsewhere_in_the_clause(item):
    assert _dues(parse_text(PLAN_OF_MARCH + item)) == [(30, 6, 2026, "Phòng Kinh tế")]


def test_a_calendar_step_of_a_named_enterprise_is_no_publics():
    doc = parse_text(
        ENROL.replace(
            "5. Ngày 31/8/2026: khai giảng năm học mới.\n",
            "5. Ngày 31/8/2026: khai giảng năm học mới.\n"
            "6. Ngày 10/8/2026: Doanh nghiệp Nhà nước Thành Công bàn giao thiết bị dạy học cho các trường.\n"
            "7. Ngày 12/8/2026: các doanh nghiệp đăng ký tài trợ học bổng.\n",
        )
    )
    dates = {(d.day, d.month) for d in doc.deadlines}
    assert (10, 8) in dates and (12, 8) not in dates


def test_a_permission_to_go_on_to_the_end_of_a_day_is_no_deadline():
    """Guard: a transitional rule's "… được tiếp tục hoạt động theo giấy phép đã
    được cấp đến hết ngày …" says how long a permission lasts."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 16/QĐ-UBND\nYên Bái, ngày 02 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        "Ban hành Quy định về quản lý bến thủy nội địa\n"
        "Điều 5. Điều khoản chuyển tiếp\n"
        "Bến thủy nội địa đã được cấp phép trước ngày Quyết định này được ban hành thì được tiếp tục khai thác "
        "theo giấy phép đã được cấp đến hết ngày 30 tháng 6 năm 2027.\n"
    )
    assert _dues(doc) == []
