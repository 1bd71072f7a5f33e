"""Phases and spans to a year's end, limits opening the main clause after a
case, a "Giao ban" briefing's owner, recipients named by a post or a pair
of unit words, a time cell naming an event, and ongoing work compared
between levels (audit RL; texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

HEAD = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/KH-UBND
Đồng Tháp, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống bệnh tay chân miệng năm 2026

"""


def _deadlines(body: str) -> list[tuple]:
    doc = parse_text(HEAD + body)
    return [(d.text, d.day, d.month, d.year, d.recurrence, d.starts) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a phase's span of months to a year's end, a remark in brackets after it
        (
            "I. NỘI DUNG\n1. Đợt 2: từ tháng 8 đến hết năm 2026 (đợt cao điểm mùa mưa)\n"
            "- Tăng cường kiểm tra vệ sinh tại các trường mầm non.\n",
            [("từ tháng 8 đến hết năm 2026", 31, 12, 2026, "once", "2026-08")],
        ),
        # a day's start to a year's end, closing a task's clause
        (
            "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
            "- Duy trì giám sát ca bệnh tại nhà trẻ từ ngày 15/8/2026 đến hết năm 2026.\n",
            [("từ ngày 15/8/2026 đến hết năm 2026", 31, 12, 2026, "once", "2026-08-15")],
        ),
        # a months' span filling the brackets after a phase's name
        (
            "I. NỘI DUNG\n1. Giai đoạn 3 (từ tháng 9 đến tháng 12/2026): giai đoạn củng cố\n"
            "- Đánh giá hiệu quả các biện pháp khử khuẩn.\n",
            [("từ tháng 9 đến tháng 12/2026", None, 12, 2026, "once", "2026-09")],
        ),
        # a span of months closing a task: its first month starts it
        (
            "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Tổ chức khám sàng lọc cho trẻ dưới 5 tuổi từ tháng 5 đến tháng 9/2026.\n",
            [("từ tháng 5 đến tháng 9/2026", None, 9, 2026, "once", "2026-05")],
        ),
        # a weekly duty in a months' window after "trong thời gian"
        (
            "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\n"
            "Chỉ đạo các trường mầm non khử khuẩn đồ chơi vào thứ Hai hằng tuần trong thời gian từ tháng 3 đến tháng 9/2026.\n",
            [
                (
                    "thứ Hai hằng tuần trong thời gian từ tháng 3 đến tháng 9/2026",
                    None,
                    9,
                    2026,
                    "weekly",
                    "2026-03",
                )
            ],
        ),
        # a time told opening its sentence, and a span of years, stay none
        ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Từ tháng 5 đến hết năm 2026, toàn tỉnh ghi nhận nhiều ca bệnh.\n", []),
        ("I. NỘI DUNG\n1. Thời gian thực hiện: Từ năm 2021 đến hết năm 2030.\n", []),
    ],
)
def test_spans_and_phases(body, expected):
    assert _deadlines(body) == expected


def _owned(body: str) -> list[tuple]:
    doc = parse_text(HEAD + "IV. TỔ CHỨC THỰC HIỆN\n" + body)
    return [(d.text, d.recurrence, d.agency, d.to) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a limit opening the main clause after a case: ad hoc, the item's body's
        (
            "1. Trung tâm Y tế huyện\n- Trường hợp ghi nhận ổ dịch tại trường học, trong vòng 24 giờ phải tổ chức "
            "khử khuẩn toàn bộ lớp học.\n",
            [("trong vòng 24 giờ", "ad hoc", "Trung tâm Y tế huyện", None)],
        ),
        (
            "1. Trung tâm Y tế huyện\n- Nếu phát hiện sự cố, chậm nhất 02 ngày làm việc phải khắc phục xong.\n",
            [("chậm nhất 02 ngày làm việc", "ad hoc", "Trung tâm Y tế huyện", None)],
        ),
        # not a target's measure, nor a time told
        ("1. Trung tâm Y tế huyện\n- Trường hợp ghi nhận ổ dịch, trong vòng 48 giờ 100% ổ dịch được xử lý.\n", []),
        ("1. Trung tâm Y tế huyện\n- Trường hợp mưa lớn, trong vòng 3 ngày nhiều tuyến đường bị ngập.\n", []),
        # "Giao ban", a briefing, is the item's body's own weekly duty
        (
            "1. Công an xã\n- Chủ trì tham mưu thực hiện Kế hoạch.\n"
            "- Giao ban công tác phòng cháy, chữa cháy định kỳ vào ngày thứ Hai hằng tuần.\n",
            [("vào ngày thứ Hai", "weekly", "Công an xã", None)],
        ),
        # ... but "Giao Ban …" gives a body its task
        (
            "1. Ủy ban nhân dân xã\n- Giao Ban Chỉ huy Quân sự xã tổ chức huấn luyện trước ngày 30/6/2026.\n",
            [("trước ngày 30/6/2026", "once", "Ban Chỉ huy Quân sự xã", None)],
        ),
        # a post heading the body reported to; unit words joined by a comma
        (
            "1. Phòng Kế hoạch\n- Tổng hợp, báo cáo Giám đốc Sở trước ngày 15/11/2026.\n",
            [("trước ngày 15/11/2026", "once", "Phòng Kế hoạch", "Giám đốc Sở")],
        ),
        (
            "1. Phòng Kế hoạch\n- Tổng hợp kết quả, báo cáo Lãnh đạo Sở hằng tháng trước ngày 20.\n",
            [("hằng tháng trước ngày 20", "monthly", "Phòng Kế hoạch", "Lãnh đạo Sở")],
        ),
        (
            "1. Trung tâm Y tế huyện\n- Thông báo ngay cho Trạm Y tế xã, phường khi phát hiện ca bệnh.\n",
            [("Thông báo ngay", "ad hoc", "Trung tâm Y tế huyện", "Trạm Y tế xã, phường")],
        ),
        (
            "1. Phòng Kế hoạch\n- Báo cáo kết quả về UBND xã, phường, thị trấn trước ngày 15/11/2026.\n",
            [("trước ngày 15/11/2026", "once", "Phòng Kế hoạch", "UBND xã, phường, thị trấn")],
        ),
    ],
)
def test_case_limits_briefings_and_recipients(body, expected):
    assert _owned(body) == expected


TABLE = (
    HEAD.replace("KẾ HOẠCH\nPhòng, chống bệnh tay chân miệng năm 2026", "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026")
    + "I. NHIỆM VỤ\n"
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Ban hành quy chế quản lý dữ liệu dùng chung | Văn phòng Sở | Phòng Kế hoạch | Sau khi Đề án được phê duyệt |\n"
    "| 2 | Tập huấn kỹ năng số cho công chức | Phòng Kế hoạch | Văn phòng Sở | Theo tiến độ |\n"
)


def test_a_time_cell_naming_the_event_is_ad_hoc():
    got = [(d.text, d.recurrence, d.agency) for d in parse_text(TABLE).deadlines]
    assert got == [
        ("Sau khi Đề án được phê duyệt", "ad hoc", "Văn phòng Sở"),
        ("Theo tiến độ", None, "Phòng Kế hoạch"),
    ]


PROVINCE = HEAD + (
    "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch\n"
    "Phối hợp với Sở Y tế tuyên truyền về phòng, chống bệnh tay chân miệng trên báo, đài; thực hiện thường xuyên.\n"
    "2. Ủy ban nhân dân các xã, phường\n- Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 31/3/2026.\n"
)
WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG CAO LÃNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND
Cao Lãnh, ngày 25 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống bệnh tay chân miệng trên địa bàn phường năm 2026

Thực hiện Kế hoạch số 41/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Đồng Tháp, Ủy ban nhân dân phường ban hành Kế hoạch như sau:

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Tuyên truyền về phòng, chống bệnh tay chân miệng trên hệ thống loa truyền thanh của phường; thực hiện thường xuyên.
2. Trạm Y tế phường
- Giám sát ca bệnh tại các nhóm trẻ, hoàn thành rà soát trước ngày 30/4/2026.
"""


def test_ongoing_work_is_compared_between_levels():
    rows = diff_plans(parse_text(PROVINCE), parse_text(WARD)).deadlines
    ongoing = [
        (r["status"], (r["a"] or {}).get("text"), (r["b"] or {}).get("text"))
        for r in rows
        if "thường xuyên" in ((r["a"] or {}).get("text") or "") + ((r["b"] or {}).get("text") or "")
    ]
    assert ongoing == [("same", "thực hiện thường xuyên", "thực hiện thường xuyên")]
