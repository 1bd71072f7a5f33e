"""Deadlines of a circular's reporting and payment regimes: recurring limits
with no day's number, ad hoc reports joined after a dated one, 6-month and
yearly dates paired in order, and "trước ngày" naming what is covered (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "BỘ TÀI CHÍNH\nSố: 21/2025/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2025\nTHÔNG TƯ\n"
    "Hướng dẫn chế độ báo cáo về quỹ hỗ trợ người lao động\n"
)


def deadlines(body: str) -> list[tuple[str, int | None, int | None, str | None]]:
    doc = parse_text(HEAD + body)
    return [(d.text, d.day, d.month, d.recurrence) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the last day of every month
        (
            "Điều 5. Phương thức nộp\n1. Hằng tháng, cùng thời điểm chi trả tiền lương, đơn vị sử dụng lao động "
            "trích nộp khoản đóng góp cho quỹ nơi đăng ký, chậm nhất vào ngày cuối cùng của tháng phải chuyển đủ "
            "số tiền của tháng đó.\n",
            [("chậm nhất vào ngày cuối cùng của tháng", None, None, "monthly")],
        ),
        # the first days of every quarter; a day and month of the year the duty is done in
        (
            "Điều 5. Phương thức nộp\n2. Trong 10 ngày đầu mỗi quý, Sở Tài chính chuyển kinh phí hỗ trợ của quý "
            "cho quỹ. Chậm nhất ngày 31 tháng 12 phải hoàn thành việc chuyển kinh phí hỗ trợ của năm đó.\n",
            [("Trong 10 ngày đầu mỗi quý", None, None, "quarterly"), ("Chậm nhất ngày 31 tháng 12", 31, 12, "annual")],
        ),
    ],
)
def test_a_limit_at_the_same_place_in_every_period_recurs(body, expected):
    assert deadlines(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a report made when asked, joined after the dated periodic one
        (
            "Điều 6. Chế độ báo cáo\n1. Nhà cung cấp dịch vụ có trách nhiệm báo cáo như sau:\na) Báo cáo định kỳ "
            "hằng quý (trước ngày 10 của tháng đầu quý sau) và báo cáo đột xuất về tình hình cung cấp dịch vụ khi "
            "có yêu cầu từ Bộ Tài chính.\n",
            [
                ("trước ngày 10 của tháng đầu quý sau", 10, None, "quarterly"),
                ("báo cáo đột xuất về tình hình cung cấp dịch vụ khi có yêu cầu", None, None, "ad hoc"),
            ],
        ),
        (
            "Điều 7. Đối chiếu số liệu\na) Việc đối chiếu số dư tài khoản được thực hiện định kỳ (tháng, năm) chậm "
            "nhất ngày 15 tháng sau (đối với đối chiếu theo tháng), ngày 15/02 năm sau (đối với đối chiếu theo năm) "
            "hoặc đột xuất theo yêu cầu của cơ quan có thẩm quyền.\n",
            [
                ("chậm nhất ngày 15 tháng sau", 15, None, "monthly"),
                ("ngày 15/02 năm sau", 15, 2, "annual"),
                ("đột xuất theo yêu cầu", None, None, "ad hoc"),
            ],
        ),
        # a limit of years counted from an event
        (
            "Điều 6. Chế độ báo cáo\nb) Báo cáo kết quả đánh giá an toàn thông tin cho Bộ Tài chính trong vòng 01 "
            "năm kể từ ngày được cấp phép.\n",
            [("trong vòng 01 năm kể từ ngày được cấp phép", None, None, "ad hoc")],
        ),
    ],
)
def test_ad_hoc_limits_beside_and_after_dated_ones(body, expected):
    assert deadlines(body) == expected


def test_six_month_and_yearly_dates_pair_with_their_reports_in_order():
    body = (
        "Điều 3. Chế độ báo cáo định kỳ\na) Định kỳ trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm, "
        "Ủy ban nhân dân cấp huyện báo cáo tình hình khu chế biến trên địa bàn trong 6 tháng và cả năm theo "
        "Biểu số 02, gửi Sở Công Thương.\n"
    )
    assert [(d, m, r) for _, d, m, r in deadlines(body)] == [(15, 6, "semiannual"), (15, 12, "annual")]


@pytest.mark.parametrize(
    "body",
    [
        # a contract's making, "được" left out: which contracts are covered
        "Điều 8. Xử lý hợp đồng\n1. Các trường hợp sau không được cấp mã:\na) Hợp đồng điện tử giao kết trước ngày "
        "01 tháng 7 năm 2025 không bảo đảm quy định tại khoản 1 Điều này.\nb) Việc cấp mã thực hiện như đối với "
        "hợp đồng điện tử ký trước ngày 01 tháng 7 năm 2025 theo quy định tại Thông tư này.\n",
        # so in a form's table cell
        "Điều 4. Mẫu báo cáo\n| STT | Chỉ tiêu | Số lượng |\n| 1 | Số hợp đồng điện tử giao kết trước ngày 01 tháng 7 "
        "năm 2025 được rà soát | |\n",
        # how a scheduled report is sent names no deadline
        "Điều 3. Phương thức gửi báo cáo\nTrường hợp hệ thống dữ liệu đã được vận hành thì Sở Công Thương gửi báo "
        "cáo định kỳ tới Bộ Công Thương thông qua cập nhật dữ liệu trên hệ thống.\n",
    ],
)
def test_no_deadline(body):
    assert deadlines(body) == []

