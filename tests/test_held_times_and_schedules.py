"""The day an activity is held, by a notice's or plan's time item, and a
project's schedule of milestones (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

NOTICE = (
    "UBND TỈNH YÊN BÌNH\nSỞ XÂY DỰNG\nSố: 812/SXD-QLXD\nYên Bình, ngày 02 tháng 6 năm 2026\n"
    "V/v thông báo tổ chức tập huấn an toàn lao động\n"
    "Kính gửi: Các nhà thầu thi công trên địa bàn tỉnh\n"
    "Sở Xây dựng tỉnh Yên Bình thông báo thời gian, nội dung tập huấn như sau:\n"
)
PLAN = (
    "UBND TỈNH YÊN BÌNH\nSỞ XÂY DỰNG\nSố: 95/KH-SXD\nYên Bình, ngày 02 tháng 6 năm 2026\nKẾ HOẠCH\n"
    "Sát hạch an toàn lao động năm 2026\nI. MỤC ĐÍCH\nBảo đảm an toàn lao động.\nII. NỘI DUNG\n"
)


@pytest.mark.parametrize(
    ("head", "item", "due"),
    [
        # an hour and a weekday around the date; a weekday in brackets after it
        (PLAN, "1. Thời gian sát hạch: 08h00’ ngày 16/6/2026 (Thứ Ba).\n2. Địa điểm: Hội trường Sở.\n", (16, 6, 2026, "sát hạch")),
        (NOTICE, "1. Thời gian: 14 giờ 00, thứ Năm, ngày 18/6/2026.\n2. Địa điểm: Hội trường Sở.\n", (18, 6, 2026, None)),
        # a length with its start: the start
        (NOTICE, "1. Thời gian: 02 ngày (bắt đầu từ 7h30’ thứ Hai ngày 22/6/2026).\n2. Địa điểm: Sở.\n", (22, 6, 2026, None)),
        (NOTICE, "1. Thời gian tập huấn: Bắt đầu từ 13h30 ngày 25 tháng 6 năm 2026 (Thứ Năm).\n", (25, 6, 2026, "tập huấn")),
    ],
)
def test_an_activitys_time_item_is_the_day_it_is_held_by_the_issuer(head, item, due):
    doc = parse_text(head + item)
    assert [(d.day, d.month, d.year, d.due) for d in doc.deadlines] == [due]
    assert doc.deadlines[0].recurrence == "once"
    assert doc.deadlines[0].agency == "Sở Xây dựng tỉnh Yên Bình"
    assert doc.deadlines[0].text.startswith("Thời gian")


def test_the_rounds_listed_under_a_time_item_are_each_held_on_their_day():
    doc = parse_text(
        NOTICE + "1. Thời gian, đối tượng sát hạch:\n1.1. Đợt 1: Từ 8h00 ngày 09/6/2026 (Thứ Ba).\nĐối tượng: 40 người.\n"
        "1.2. Đợt 2: Từ 8h00 ngày 10/6/2026 (Thứ Tư).\nĐối tượng: 35 người.\n2. Địa điểm: Sở Xây dựng.\n"
    )
    assert [(d.day, d.month, d.due, d.agency) for d in doc.deadlines] == [
        (9, 6, "Đợt 1", "Sở Xây dựng tỉnh Yên Bình"),
        (10, 6, "Đợt 2", "Sở Xây dựng tỉnh Yên Bình"),
    ]


def test_a_time_field_under_a_bodys_item_is_that_bodys():
    doc = parse_text(
        PLAN + "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý chất lượng tổ chức sát hạch thực hành.\n"
        "- Thời gian: 7h30 ngày 19/6/2026.\n- Địa điểm: bãi thực hành.\n"
    )
    assert [(d.day, d.month, d.agency) for d in doc.deadlines] == [(19, 6, "Phòng Quản lý chất lượng")]


@pytest.mark.parametrize(
    "item",
    [
        "1. Thời gian: 02 ngày.\n",  # a length alone
        "1. Thời gian: từ ngày 15/6/2026 đến ngày 19/6/2026.\n",  # a range: due at its end, no day it is held
    ],
)
def test_a_length_or_a_range_is_no_day_held(item):
    doc = parse_text(PLAN + item)
    assert all(d.day != 15 and not d.text.startswith("Thời gian") for d in doc.deadlines)


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÌNH\nSố: 1204/QĐ-UBND\nYên Bình, ngày 10 tháng 6 năm 2026\n"
    "QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án Cụm công nghiệp Đồng Tâm\n"
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÌNH\nQUYẾT ĐỊNH:\n"
    "Điều 1. Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư như sau:\n"
    "1. Nhà đầu tư\nTên doanh nghiệp: Công ty Cổ phần Phát triển hạ tầng Đồng Tâm.\n"
    "2. Tên dự án: Đầu tư xây dựng hạ tầng Cụm công nghiệp Đồng Tâm.\n"
    "3. Tiến độ thực hiện dự án:\n"
    "- Tiến độ chung: (1) Chuẩn bị đầu tư: Từ Quý III/2026 đến Quý I/2027; (2) Xây dựng: Từ Quý II/2027 đến Quý IV/2028.\n"
    "- Hoàn thành thủ tục giao đất, cấp phép xây dựng: Từ Quý III/2026 đến Quý I/2027.\n"
    "- Khởi công công trình: Quý II/2027.\n"
    "- Hoàn thành dự án, đưa vào hoạt động: Quý IV/2028.\n"
    "Điều 2. Tổ chức thực hiện\n1. Nhà đầu tư có trách nhiệm triển khai dự án đúng tiến độ.\n"
)


def test_a_projects_schedule_gives_each_milestone_owned_by_its_investor():
    doc = parse_text(DECISION)
    got = [(d.month, d.year, d.due) for d in doc.deadlines if d.month]
    assert got == [
        (3, 2027, "Chuẩn bị đầu tư"),
        (12, 2028, "Xây dựng"),
        (3, 2027, "Hoàn thành thủ tục giao đất, cấp phép xây dựng"),
        (6, 2027, "Khởi công công trình"),
        (12, 2028, "Hoàn thành dự án, đưa vào hoạt động"),
    ]
    assert {d.agency for d in doc.deadlines if d.month} == {"Công ty Cổ phần Phát triển hạ tầng Đồng Tâm"}


WARD_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 19/KH-UBND\nHòa Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phổ cập kỹ năng số năm 2026\nI. MỤC ĐÍCH\nNâng cao kỹ năng số.\nII. TỔ CHỨC THỰC HIỆN\n"
)


@pytest.mark.parametrize(
    ("item", "due"),
    [
        # a span of months is due at its last, after a time label, closing the clause, or on a field's line
        ("1. Phòng Văn hóa - Xã hội mở các lớp học kỹ năng số; thời gian từ tháng 4 đến tháng 11/2026.\n", (11, 2026)),
        ("1. Công an xã hướng dẫn người dân kích hoạt tài khoản định danh.\n- Thời gian: từ tháng 4 đến tháng 10/2026\n", (10, 2026)),
        ("1. Trạm Y tế xã cập nhật hồ sơ sức khỏe điện tử từ tháng 5 đến tháng 9/2026.\n", (9, 2026)),
        ("1. Trạm Y tế xã cập nhật hồ sơ sức khỏe điện tử từ quý II đến quý III/2026.\n", (9, 2026)),
    ],
)
def test_a_span_of_months_in_running_text_is_due_at_its_last(item, due):
    doc = parse_text(WARD_PLAN + item)
    assert [(d.month, d.year) for d in doc.deadlines] == [due]


def test_a_span_opening_its_sentence_is_a_time_told():
    doc = parse_text(WARD_PLAN + "1. Phòng Văn hóa - Xã hội tuyên truyền.\nTừ tháng 4 đến tháng 11/2026, toàn xã có 80% người dân được phổ cập.\n")
    assert doc.deadlines == []


def test_a_recipient_ends_at_the_colon_opening_what_is_sent():
    doc = parse_text(
        WARD_PLAN + "1. Phòng Văn hóa - Xã hội tuyên truyền.\nIII. CHẾ ĐỘ BÁO CÁO\n"
        "UBND xã báo cáo kết quả về Sở Khoa học và Công nghệ: báo cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước "
        "ngày 10/11/2026.\n"
    )
    assert [d.to for d in doc.deadlines] == ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"]
