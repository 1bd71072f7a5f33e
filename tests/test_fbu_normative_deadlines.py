"""Deadlines of normative texts (decrees, circulars): a duty's cadence said
with its verb, limits said after the duty or counted from a long event, the
owner named by a class or after an opening clause, a list's head announcing
dated items, and reports with no time (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "CHÍNH PHỦ\nSố: 41/2026/NĐ-CP\nHà Nội, ngày 12 tháng 5 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định chi tiết một số điều của Luật An toàn lao động về hóa chất\n"
)


def deadlines(body: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(HEAD + body)
    return [(d.text, d.recurrence, d.agency) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # before the verb, after the duty's words
        (
            "Điều 6. Tổ chức thực hiện\n2. Cục Hóa chất có trách nhiệm định kỳ hằng năm rà soát và đề xuất Bộ "
            "Công Thương việc sửa đổi danh mục hóa chất phù hợp với thực tiễn.\n",
            [("định kỳ hằng năm", "annual", "Cục Hóa chất")],
        ),
        # opening a point of a body's article
        (
            "Điều 30. Trách nhiệm của Bộ Công Thương\n2. Hàng năm lập kế hoạch, dự toán kinh phí hỗ trợ phát triển "
            "các khu công nghiệp hóa chất, trình cấp có thẩm quyền phê duyệt.\n",
            [("Hàng năm", "annual", "Bộ Công Thương")],
        ),
        # before the subject, quarterly and yearly
        (
            "Điều 24. Thống kê\n3. Doanh nghiệp trong khu công nghiệp báo cáo tình hình sản xuất theo quy định của "
            "Luật Thống kê. Định kỳ hàng quý, năm, cơ quan thống kê cấp tỉnh có trách nhiệm tổng hợp tình hình sản "
            "xuất kinh doanh gửi Sở Công Thương để theo dõi.\n",
            [("Định kỳ hàng quý, năm", "quarterly, annual", "cơ quan thống kê cấp tỉnh")],
        ),
        # closing the duty's clause, the subject a class
        (
            "Điều 36. Diễn tập\n2. Tổ chức, cá nhân có kho chứa hóa chất nguy hiểm phải tổ chức diễn tập ứng phó sự "
            "cố định kỳ hằng năm theo kế hoạch đã được phê duyệt.\n",
            [("định kỳ hằng năm", "annual", "Tổ chức, cá nhân có kho chứa hóa chất nguy hiểm")],
        ),
        (
            "Điều 31. Trách nhiệm của Bộ Tài chính\n2. Bộ Tài chính tổng hợp dự toán kinh phí hỗ trợ khu công "
            "nghiệp hóa chất hằng năm theo quy định của pháp luật về ngân sách nhà nước.\n",
            [("hằng năm", "annual", "Bộ Tài chính")],
        ),
        # a period of years
        (
            "Điều 29. Huấn luyện\n1. Tổ chức, cá nhân kinh doanh hóa chất có trách nhiệm tổ chức huấn luyện an "
            "toàn cho người lao động định kỳ 02 năm một lần, trừ cơ sở bán lẻ.\n",
            [("định kỳ 02 năm một lần", "periodic", "Tổ chức, cá nhân kinh doanh hóa chất")],
        ),
        # a noun's cadence, no duty's
        (
            "Điều 32. Trách nhiệm của Bộ Tài chính\n1. Bộ Tài chính đề xuất Thủ tướng Chính phủ hỗ trợ đầu tư hạ "
            "tầng theo kế hoạch đầu tư công trung hạn và hằng năm phù hợp với khả năng cân đối ngân sách.\n",
            [],
        ),
    ],
)
def test_a_duty_s_cadence_is_a_recurring_deadline_of_its_body(body, expected):
    assert deadlines(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "trong vòng" closing the duty, its subject after an opening clause
        (
            "Điều 34. Thẩm định\n2. Trình tự thẩm định:\nc) Sau khi nhận đủ hồ sơ hợp lệ, cơ quan thẩm định có "
            "trách nhiệm tổ chức thẩm định kế hoạch trong vòng 20 ngày làm việc. Việc thẩm định được thực hiện "
            "thông qua hội đồng thẩm định;\n",
            [("trong vòng 20 ngày làm việc", "ad hoc", "cơ quan thẩm định")],
        ),
        # a long event naming the owner, the number's word in brackets
        (
            "Điều 19. Xét thăng hạng\n2. Trình tự xét:\na) Trong thời hạn 10 (mười) ngày làm việc kể từ ngày Hội "
            "đồng xét thăng hạng chức danh nghề nghiệp giảng viên giáo dục nghề nghiệp họp xem xét kết quả xét "
            "thăng hạng, Hội đồng xét thăng hạng chức danh nghề nghiệp giảng viên giáo dục nghề nghiệp phải báo "
            "cáo người đứng đầu cơ quan có thẩm quyền.\n",
            [
                (
                    "Trong thời hạn 10 (mười) ngày làm việc kể từ ngày Hội đồng xét thăng hạng chức danh nghề "
                    "nghiệp giảng viên giáo dục nghề nghiệp họp xem xét kết quả xét thăng hạng",
                    "ad hoc",
                    "Hội đồng xét thăng hạng chức danh nghề nghiệp giảng viên giáo dục nghề nghiệp",
                )
            ],
        ),
        # a class as the subject
        (
            "Điều 23. Thu hồi chứng chỉ\n4. Trình tự thu hồi:\nc) Cá nhân bị thu hồi chứng chỉ phải nộp lại "
            "chứng chỉ cho cơ quan cấp trong thời hạn 05 ngày làm việc, kể từ ngày nhận được quyết định thu hồi.\n",
            [
                (
                    "trong thời hạn 05 ngày làm việc, kể từ ngày nhận được quyết định thu hồi",
                    "ad hoc",
                    "Cá nhân bị thu hồi chứng chỉ",
                )
            ],
        ),
        (
            "Điều 9. Báo cáo\nb) Tổ chức, cá nhân vận hành dự án hóa chất sau khi hoàn thành công trình có trách "
            "nhiệm cập nhật tình hình sản xuất, kinh doanh định kỳ trước ngày 15 tháng 02 hằng năm.\n",
            [("trước ngày 15 tháng 02", "annual", "Tổ chức, cá nhân vận hành dự án hóa chất")],
        ),
    ],
)
def test_limits_after_the_duty_or_counted_from_a_long_event(body, expected):
    assert deadlines(body) == expected


def test_a_list_head_announcing_dated_items_gives_none_and_owns_them():
    body = (
        "Điều 20. Báo cáo an toàn\n1. Tổ chức, cá nhân quy định tại khoản 1 Điều 9 của Chương trình này có trách "
        "nhiệm gửi báo cáo an toàn định kỳ đến Cục Hàng không Việt Nam bao gồm nội dung sau:\n"
        "a) Báo cáo an toàn định kỳ hàng tháng trước ngày 17 hàng tháng;\n"
        "b) Báo cáo an toàn định kỳ hàng năm trước ngày 17 tháng 12 hàng năm.\n"
    )
    owner = "Tổ chức, cá nhân quy định tại khoản 1 Điều 9 của Chương trình này"
    assert deadlines(body) == [("trước ngày 17", "monthly", owner), ("trước ngày 17 tháng 12", "annual", owner)]


@pytest.mark.parametrize(
    ("body", "to"),
    [
        (
            "Điều 15. Báo cáo sự cố\n2. Tổ chức khai thác cảng hàng không có trách nhiệm gửi báo cáo sự cố đến "
            "Cục Hàng không Việt Nam đối với các sự cố, tai nạn trong thời gian sớm nhất có thể nhưng tối đa không "
            "quá 24 giờ kể từ khi phát hiện sự cố.\n",
            "Cục Hàng không Việt Nam",
        ),
    ],
)
def test_a_report_s_recipient_ends_at_the_body_s_name(body, to):
    assert [d.to for d in parse_text(HEAD + body).deadlines] == [to]


def test_reports_made_all_along_and_when_needed_are_no_deadline():
    body = (
        "Điều 39. Xử lý chất độc\n3. Ban Chỉ đạo quốc gia xây dựng báo cáo thường xuyên, đột xuất về công tác "
        "xử lý chất độc tồn dư của chiến tranh.\n"
    )
    assert deadlines(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two limits joined by "hoặc", each its own
        (
            "Điều 12. Chấp thuận\ne) Trong thời hạn 21 ngày làm việc kể từ ngày nhận đầy đủ hồ sơ đề nghị thành lập "
            "chi nhánh hoặc trong thời hạn 11 ngày làm việc kể từ ngày nhận đầy đủ hồ sơ đề nghị thành lập văn phòng "
            "đại diện, Sở Công Thương có văn bản chấp thuận hoặc không chấp thuận.\n",
            [
                "Trong thời hạn 21 ngày làm việc kể từ ngày nhận đầy đủ hồ sơ đề nghị thành lập chi nhánh",
                "trong thời hạn 11 ngày làm việc kể từ ngày nhận đầy đủ hồ sơ đề nghị thành lập văn phòng đại diện",
            ],
        ),
        # the conditions of an entitlement: no deadline
        (
            "Điều 14. Ưu đãi\n1. Dự án đầu tư thuộc lĩnh vực hóa chất trọng điểm có quy mô vốn theo quy định tại "
            "khoản 2 Điều này và thực hiện giải ngân tối thiểu 1/3 vốn đầu tư trong thời hạn 03 năm kể từ ngày được "
            "cấp giấy chứng nhận đăng ký đầu tư hoặc chấp thuận chủ trương đầu tư được hưởng ưu đãi đầu tư đặc biệt.\n",
            [],
        ),
        # a payment's cadence said before a body's kind, no duty put: none
        (
            "Điều 15. Đóng bảo hiểm\n3. Hằng tháng, tổ chức bảo hiểm xã hội đóng bảo hiểm y tế cho người hưởng "
            "lương hưu theo quy định.\n",
            [],
        ),
    ],
)
def test_joined_limits_and_conditions(body, expected):
    assert [d[0] for d in deadlines(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "kèm báo cáo thẩm định": a report received, not due; the subject after it
        (
            "Điều 10. Trình tự thành lập khu\n4. Trong thời hạn 07 ngày làm việc kể từ ngày nhận được 01 bộ hồ sơ "
            "thành lập, mở rộng khu sản xuất kèm báo cáo thẩm định của Sở Công Thương, Ủy ban nhân dân cấp tỉnh xem "
            "xét, quyết định việc thành lập, mở rộng khu sản xuất.\n",
            [("Trong thời hạn 07 ngày làm việc kể từ ngày nhận được 01 bộ hồ sơ thành lập", None, "Ủy ban nhân dân cấp tỉnh")],
        ),
        # a point stating only the limit of what its clause sets: the body of the point before
        (
            "Điều 35. Điều khoản chuyển tiếp\n4. Đối với khu sản xuất chưa có chủ đầu tư:\na) Căn cứ tình hình thực "
            "tế, Ủy ban nhân dân cấp tỉnh tổ chức rà soát lại hiện trạng hạ tầng của khu sản xuất và quyết định việc "
            "thành lập.\nb) Thời hạn xử lý thành lập khu sản xuất quy định tại khoản này hoàn thành trước ngày 31 "
            "tháng 12 năm 2026.\n",
            [("trước ngày 31 tháng 12 năm 2026", None, "Ủy ban nhân dân cấp tỉnh")],
        ),
        # "định kỳ" qualifies the verb wherever it stands
        (
            "Điều 36. Diễn tập\n2. Tổ chức, cá nhân có kho chứa hóa chất nguy hiểm có trách nhiệm tổ chức diễn tập "
            "ứng phó sự cố định kỳ hằng năm và cập nhật kết quả diễn tập trên cơ sở dữ liệu chuyên ngành.\n",
            [("định kỳ hằng năm", "annual", "Tổ chức, cá nhân có kho chứa hóa chất nguy hiểm")],
        ),
    ],
)
def test_owner_after_a_received_report_or_from_the_point_before(body, expected):
    doc = parse_text(HEAD + body)
    assert [(d.text, d.recurrence if d.recurrence != "ad hoc" and d.recurrence != "once" else None, d.agency) for d in doc.deadlines] == expected


def test_a_report_received_with_a_file_is_not_due():
    body = (
        "Điều 10. Trình tự thành lập khu\n4. Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ kèm báo "
        "cáo thẩm định của Sở Công Thương, Ủy ban nhân dân cấp tỉnh xem xét, quyết định việc thành lập khu.\n"
    )
    assert [d.due for d in parse_text(HEAD + body).deadlines] == [None]


def test_a_definition_sets_no_deadline():
    body = (
        "Điều 3. Chỉ tiêu thống kê\n0402. Tổng giá gói thầu\n1. Khái niệm, phương pháp tính\nGiá gói thầu là giá "
        "trị của gói thầu được phê duyệt. Giá gói thầu được cập nhật trong thời hạn 28 ngày trước ngày mở thầu nếu "
        "cần thiết. Lợi nhuận là khoản thu được trong một thời gian nhất định (tháng, quý, năm) trong kỳ báo cáo.\n"
        "2. Kỳ công bố: Năm.\n"
    )
    assert deadlines(body) == []


def test_a_passive_duty_s_agent_owns_its_limit():
    body = (
        "Điều 8. Chỉ tiêu an toàn\n3. Chỉ tiêu thực hiện an toàn đối với từng chỉ số được Cục Hàng không Việt Nam "
        "xác định và công bố bằng văn bản trước ngày 15 tháng 01 hàng năm đáp ứng các yêu cầu sau.\n"
    )
    assert deadlines(body) == [("trước ngày 15 tháng 01", "annual", "Cục Hàng không Việt Nam")]
