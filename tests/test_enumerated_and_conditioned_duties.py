"""Reporting duties a sentence enumerates, frequencies joined by "và"/",",
and a duty bound to a body after the case a provision opens with (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÌNH\nSố: 1311/QĐ-UBND\nYên Bình, ngày 20 tháng 6 năm 2026\n"
    "QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án Nhà máy chế biến gỗ Hòa Sơn\n"
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÌNH\nQUYẾT ĐỊNH:\nĐiều 1. Chấp thuận chủ trương đầu tư dự án.\n"
    "Điều 2. Tổ chức thực hiện\n1. Trách nhiệm của nhà đầu tư\n"
)


@pytest.mark.parametrize(
    ("duty", "recurrence"),
    [
        # "cả năm", the whole year, in a frequency is annual; joined by "và" each is kept
        ("- Nhà đầu tư gửi báo cáo tình hình thực hiện dự án (định kỳ hằng quý và cả năm) về Sở Tài chính.", "quarterly, annual"),
        ("- Nhà đầu tư gửi báo cáo tình hình thực hiện dự án định kỳ 6 tháng và năm về Sở Tài chính.", "semiannual, annual"),
    ],
)
def test_frequencies_joined_by_va_give_each(duty, recurrence):
    doc = parse_text(DECISION + duty + "\n")
    assert [d.recurrence for d in doc.deadlines] == [recurrence]


def test_the_whole_year_after_no_frequency_is_none():
    # "theo tháng và năm": how figures are broken down, no frequency said before
    doc = parse_text(DECISION + "- Nhà đầu tư lập sổ theo dõi số liệu theo tháng và năm.\n")
    assert doc.deadlines == []


def test_each_duty_a_sentence_enumerates_with_its_own_frequency_is_its_own_deadline():
    doc = parse_text(
        DECISION + "- Trong quá trình thực hiện dự án, nhà đầu tư nghiêm túc thực hiện: (i) Báo cáo giám sát, đánh giá "
        "đầu tư (định kỳ 6 tháng và cả năm) gửi Sở Tài chính; (ii) Báo cáo tình hình hoạt động định kỳ (hằng quý, "
        "hằng năm) trên Hệ thống thông tin quốc gia về đầu tư.\n"
    )
    assert [(d.text[:4], d.recurrence) for d in doc.deadlines] == [("(i) ", "semiannual, annual"), ("(ii)", "quarterly, annual")]
    assert doc.deadlines[0].to == "Sở Tài chính"
    assert all(d.agency == "nhà đầu tư" for d in doc.deadlines)


CIRCULAR = (
    "BỘ XÂY DỰNG\nSố: 21/2026/TT-BXD\nHà Nội, ngày 12 tháng 5 năm 2026\nTHÔNG TƯ\n"
    "Quy định danh mục sản phẩm vật liệu xây dựng phải chứng nhận hợp quy\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định danh mục sản phẩm vật liệu xây dựng.\n"
    "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n"
    "Điều 3. Điều khoản chuyển tiếp\n"
)


@pytest.mark.parametrize(
    ("provision", "body"),
    [
        # a class named in lower case by its kind after the case
        (
            "Trường hợp sản phẩm đã được chứng nhận hợp quy theo quy chuẩn trước đây, doanh nghiệp sản xuất "
            "có trách nhiệm chứng nhận lại trong thời hạn 90 ngày kể từ ngày Thông tư này có hiệu lực thi hành.",
            "doanh nghiệp sản xuất",
        ),
        (
            "Trong trường hợp phát hiện sản phẩm không phù hợp, Sở Xây dựng phải báo cáo Bộ Xây dựng trong thời hạn "
            "30 ngày kể từ ngày Thông tư này có hiệu lực thi hành.",
            "Sở Xây dựng",
        ),
        # any class of bodies of a sector, not firms only: lenders, schools
        (
            "Trường hợp dự án vay vốn để sản xuất vật liệu xây dựng không nung, tổ chức tín dụng có trách nhiệm "
            "thẩm định hồ sơ vay trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ.",
            "tổ chức tín dụng",
        ),
        (
            "Trường hợp công trình trường học sử dụng vật liệu chưa được chứng nhận, cơ sở giáo dục mầm non phải "
            "báo cáo cơ quan quản lý giáo dục trong thời hạn 10 ngày kể từ ngày phát hiện.",
            "cơ sở giáo dục mầm non",
        ),
    ],
)
def test_a_body_bound_after_the_case_an_article_opens_with_owns_its_duty_and_limit(provision, body):
    doc = parse_text(CIRCULAR + provision + "\nĐiều 4. Tổ chức thực hiện\nCục Kinh tế xây dựng chịu trách nhiệm thi hành Thông tư này.\n")
    assert [d.agency for d in doc.deadlines] == [body]
    held = [a for a in doc.assignments if a.agency == body]
    assert held and held[0].tasks[0].text.startswith(provision[:30])
    assert [d.text for d in held[0].deadlines] == [doc.deadlines[0].text]


@pytest.mark.parametrize(
    "provision",
    [
        # a kind alone closing a list of parties, and a form's placeholder, are no class of firms
        "Trường hợp sản phẩm thay đổi nhãn hiệu, cơ quan, tổ chức, doanh nghiệp có trách nhiệm thông báo cho Bộ Xây dựng.",
        "Trường hợp sản phẩm thay đổi nhãn hiệu, (Cơ quan, tổ chức, doanh nghiệp) phải thông báo cho Bộ Xây dựng.",
        # nor a class of any bodies, of no kind of its own
        "Trường hợp sản phẩm thay đổi nhãn hiệu, cơ quan có thẩm quyền có trách nhiệm thông báo cho Bộ Xây dựng.",
        # nor the words after a comma inside a name: a field's, no kind of body
        "Trường hợp sản phẩm gây thương tích, cơ sở khám bệnh, chữa bệnh bảo hiểm y tế có trách nhiệm thông báo cho Bộ Xây dựng.",
    ],
)
def test_no_class_of_firms_is_read_from_a_list_of_parties(provision):
    doc = parse_text(CIRCULAR + provision + "\n")
    assert not any(w in a.agency for a in doc.assignments for w in ("doanh nghiệp", "cơ quan", "chữa bệnh"))
