"""Deadline owners named by the clause: the subject after a sentence's
opening time limit or case, the body heading the list a point belongs to,
the subject carried to a subjectless sentence going on with the duty, a
sentence's own subject inside another body's item; and a report form's
printed reminder of a deadline the text sets (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "BỘ CÔNG THƯƠNG\nSố: 31/2025/TT-BCT\nHà Nội, ngày 12 tháng 5 năm 2025\nTHÔNG TƯ\n"
    "Quy định chế độ báo cáo về khu thương mại tự do\n"
)


def owners(body: str) -> list[tuple[str, str | None]]:
    doc = parse_text(HEAD + body)
    return [(d.text, d.agency) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # dates opening the sentence, a class of firms the subject
        (
            "Điều 4. Chế độ báo cáo\n1. Thời gian chốt số liệu\nSố liệu được chốt theo năm.\n"
            "2. Thực hiện chế độ báo cáo định kỳ\n"
            "a) Định kỳ trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm, các tổ chức, cá nhân thuê đất "
            "trong khu thương mại tự do báo cáo tình hình hoạt động trong 6 tháng và cả năm theo Biểu số 01, gửi "
            "Ban quản lý khu thương mại tự do;\n",
            [
                ("trước ngày 15 tháng 6", "các tổ chức, cá nhân thuê đất trong khu thương mại tự do"),
                ("trước ngày 15 tháng 12", "các tổ chức, cá nhân thuê đất trong khu thương mại tự do"),
            ],
        ),
        # a dated limit, then a firm named by its kind with "phải"
        (
            "Điều 9. Điều khoản chuyển tiếp\n1. Đối với doanh nghiệp đã nộp hồ sơ trước ngày Thông tư này có "
            "hiệu lực thì:\na) Được tiếp tục hoạt động trong thời gian chờ thẩm định. Chậm nhất là ngày 15 tháng 9 "
            "năm 2025, Nhà cung cấp dịch vụ logistics phải hoàn thành việc đăng ký lại.\n",
            [("Chậm nhất là ngày 15 tháng 9 năm 2025", "Nhà cung cấp dịch vụ logistics")],
        ),
        # a limit counted from an event, a state body and its verb (no "có trách nhiệm")
        (
            "Điều 6. Thẩm định hồ sơ\n1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, "
            "Sở Công Thương thẩm định và trình Ủy ban nhân dân tỉnh.\n",
            [("Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Sở Công Thương")],
        ),
        # a case, then the limit, then the body; a fund; a facility after a comma inside the event
        (
            "Điều 7. Chi trả\n1. Trường hợp hồ sơ chưa hợp lệ, trong vòng 02 ngày làm việc kể từ ngày tiếp nhận "
            "hồ sơ, Ủy ban nhân dân cấp xã có văn bản yêu cầu bổ sung.\n"
            "2. Trong thời hạn 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ, Quỹ Hỗ trợ nông dân chi trả "
            "kinh phí cho người đề nghị.\n"
            "3. Trong thời gian 02 ngày làm việc, kể từ khi người bệnh ra viện, cơ sở khám bệnh, chữa bệnh gửi "
            "bảng kê chi phí về Sở Y tế.\n"
            # (no body after the limit: no owner)
            "4. Trong thời hạn 05 ngày làm việc kể từ ngày ký biên bản, kết quả kiểm tra phải được gửi đến Sở Y tế.\n"
            # (a kind named by its function; the event's parties before the body)
            "5. Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận đề án, cơ quan thẩm định thông báo kết quả.\n"
            "6. Chậm nhất 15 ngày kể từ ngày nhận được báo cáo của tổ chức, cá nhân, Hội đồng nghiệm thu tiến "
            "hành kiểm tra.\n",
            [
                ("trong vòng 02 ngày làm việc kể từ ngày tiếp nhận hồ sơ", "Ủy ban nhân dân cấp xã"),
                ("Trong thời hạn 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ", "Quỹ Hỗ trợ nông dân"),
                ("Trong thời gian 02 ngày làm việc, kể từ khi người bệnh ra viện", "cơ sở khám bệnh, chữa bệnh"),
                ("Trong thời hạn 05 ngày làm việc kể từ ngày ký biên bản", None),
                ("Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận đề án", "cơ quan thẩm định"),
                ("Chậm nhất 15 ngày kể từ ngày nhận được báo cáo của tổ chức", "Hội đồng nghiệm thu"),
            ],
        ),
        # a subjectless sentence going on with the duty of the one before it
        (
            "Điều 5. Phương thức nộp\n2. Trong 10 ngày đầu mỗi quý, Công an đơn vị, địa phương chuyển kinh phí "
            "của quý cho quỹ. Chậm nhất ngày 31 tháng 12 phải hoàn thành việc chuyển kinh phí của năm đó.\n",
            [
                ("Trong 10 ngày đầu mỗi quý", "Công an đơn vị, địa phương"),
                ("Chậm nhất ngày 31 tháng 12", "Công an đơn vị, địa phương"),
            ],
        ),
        # the body heading the list the point belongs to
        (
            "Điều 12. Chế độ báo cáo\n1. Nhà cung cấp dịch vụ ký số có trách nhiệm báo cáo như sau:\n"
            "a) Báo cáo định kỳ hằng quý (trước ngày 10 của tháng đầu quý sau) về tình hình cung cấp dịch vụ. "
            "Báo cáo thực hiện theo mẫu tại Phụ lục II.\n"
            "b) Báo cáo kết quả đánh giá an toàn thông tin theo quy định.\n",
            [("trước ngày 10 của tháng đầu quý sau", "Nhà cung cấp dịch vụ ký số")],
        ),
    ],
)
def test_owner_named_by_the_clause(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(body) == expected


RESOLUTION = (
    "CHÍNH PHỦ\nSố: 88/NQ-CP\nHà Nội, ngày 06 tháng 5 năm 2025\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 4 năm 2025\nQUYẾT NGHỊ:\n"
)


def test_own_subject_inside_another_bodys_item() -> None:
    doc = parse_text(
        RESOLUTION
        + "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
        "a) Rà soát nhu cầu vốn đầu tư công của địa phương, gửi Bộ Tài chính trước ngày 08 tháng 5 năm 2025. "
        "Trên cơ sở đề xuất của các địa phương, Bộ Tài chính khẩn trương tổng hợp, trình Chính phủ trước ngày "
        "15 tháng 5 năm 2025.\n"
    )
    got = {d.text: d.agency for d in doc.deadlines}
    assert got["trước ngày 15 tháng 5 năm 2025"] == "Bộ Tài chính"
    assert got["trước ngày 08 tháng 5 năm 2025"] != "Bộ Tài chính"


FORMS = (
    "Điều 3. Chế độ báo cáo\n"
    "1. Định kỳ trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm, Ban quản lý khu kinh tế báo cáo tình "
    "hình hoạt động trong 6 tháng và cả năm theo Biểu số 01 Phụ lục kèm theo Thông tư này, gửi Bộ Công Thương.\n"
    "Điều 4. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 7 năm 2025.\n"
    "Phụ lục\nBiểu số 01. Tình hình hoạt động của khu kinh tế\n"
    "Đơn vị gửi báo cáo: Ban quản lý khu kinh tế\nĐơn vị nhận báo cáo: Bộ Công Thương\nKỳ báo cáo: 6 tháng/năm\n"
    "(Thời hạn gửi báo cáo: Báo cáo 6 tháng gửi trước ngày 15 tháng 6 hằng năm; Báo cáo năm gửi trước ngày "
    "15 tháng 12 hằng năm)\n"
    "| TT | Chỉ tiêu | Đơn vị tính | Kết quả |\n| 1 | Doanh thu | Tỷ đồng |  |\n"
)


def test_a_forms_reminder_is_the_texts_deadline() -> None:
    doc = parse_text(HEAD + FORMS)
    got = [(d.text, d.recurrence, d.span.line) for d in doc.deadlines]
    assert [(t, r) for t, r, _ in got] == [("trước ngày 15 tháng 6", "semiannual"), ("trước ngày 15 tháng 12", "annual")]
    assert all(d.agency == "Ban quản lý khu kinh tế" for d in doc.deadlines)
    assert {line for _, _, line in got} == {doc.deadlines[0].span.line}  # (the text's own line, not the form's)
    # a reminder of a date the text does not set is a deadline of its own
    body = FORMS.replace("Báo cáo năm gửi trước ngày 15 tháng 12", "Báo cáo năm gửi trước ngày 20 tháng 12")
    other = parse_text(HEAD + body)
    assert [(d.text, d.recurrence) for d in other.deadlines] == [
        ("trước ngày 15 tháng 6", "semiannual"),
        ("trước ngày 15 tháng 12", "annual"),
        ("trước ngày 20 tháng 12", "annual"),
    ]
