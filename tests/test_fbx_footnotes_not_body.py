"""A consolidated text's (VBHN) or a Công báo copy's footnotes are not its
body: a line at a page's foot opening with the number of a mark glued in the
body above ("… Tổng cục Thuế3," / "3 Cụm từ … được sửa đổi theo quy định tại
…"), and a note cut by the page's end going on at the next page's foot, give
no sections, assignments or numbering findings, even when they quote an
amending act's articles whole; their citations stay the text's mentions."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_document
from khtool.segment import walk_sections

TEXT = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG TƯ
Quy định về kiểm tra hồ sơ hoàn thuế
Thông tư số 12/2021/TT-BTC ngày 05 tháng 02 năm 2021 của Bộ trưởng Bộ Tài chính quy định
về kiểm tra hồ sơ hoàn thuế, có hiệu lực kể từ ngày 01 tháng 4 năm 2021, được sửa đổi, bổ sung bởi:
Thông tư số 30/2024/TT-BTC ngày 10 tháng 5 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung
một số điều của Thông tư số 12/2021/TT-BTC, có hiệu lực kể từ ngày 01 tháng 7 năm 2024.
Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định về kiểm tra hồ sơ hoàn thuế.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về kiểm tra hồ sơ hoàn thuế của người nộp thuế.
Điều 2. Kiểm tra hồ sơ1
1. Cơ quan thuế kiểm tra hồ sơ hoàn thuế trong thời hạn 06 ngày làm việc.
2. Người nộp thuế bổ sung hồ sơ theo thông báo của cơ quan thuế.

1 Điều này được sửa đổi theo quy định tại khoản 1 Điều 1 của Thông tư số 30/2024/TT-BTC ngày 10 tháng 5
năm 2024 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 01 tháng 7 năm 2024.
{page_break}
Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo, người nộp thuế phải nộp hồ sơ bổ sung.
Chương II
ĐIỀU KHOẢN THI HÀNH2
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2021.

2 Điều 2 và Điều 3 của Thông tư số 30/2024/TT-BTC ngày 10 tháng 5 năm 2024 của Bộ trưởng Bộ Tài chính,
có hiệu lực kể từ ngày 01 tháng 7 năm 2024 quy định như sau:
“Điều 2. Điều khoản chuyển tiếp
Hồ sơ hoàn thuế đã nộp trước ngày Thông tư này có hiệu lực thì tiếp tục thực hiện theo quy định tại Thông
{page_break}
Điều 4. Trách nhiệm thi hành
1. Tổng cục trưởng Tổng cục Thuế3, Vụ trưởng Vụ Chính sách thuế có trách nhiệm tổ chức thực hiện
Thông tư này.

tư số 12/2021/TT-BTC ngày 05 tháng 02 năm 2021 của Bộ trưởng Bộ Tài chính.
Điều 3. Trách nhiệm thi hành
1. Vụ trưởng Vụ Pháp chế, Chánh Văn phòng Bộ chịu trách nhiệm thi hành Thông tư này.
2. Cục Quản lý giá có trách nhiệm hướng dẫn các doanh nghiệp thực hiện Thông tư này./.”.
3 Cụm từ “Tổng cục trưởng Tổng cục Thuế” được bổ sung theo quy định tại khoản 2 Điều 1 của Thông tư
số 30/2024/TT-BTC ngày 10 tháng 5 năm 2024 của Bộ trưởng Bộ Tài chính.
{page_break}
2. Cục Thuế các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm kiểm tra việc hoàn thuế
trên địa bàn./.

{signature}
"""

GAZETTE = " \n14\n \nCÔNG BÁO/Số 801 + 802/Ngày 20-6-2024\n "
PAGE_ONLY = " \n- 7 -\n "
VBHN = """BỘ TÀI CHÍNH
Số: 25/VBHN-BTC
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 01 tháng 8 năm 2024
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An"""
COPY = """KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An"""

SHAPES = [
    pytest.param(GAZETTE, VBHN, id="VBHN-gazette-pages"),
    pytest.param(PAGE_ONLY, VBHN, id="VBHN-numbered-pages"),
    pytest.param(GAZETTE, COPY, id="gazette-copy"),
]


def _doc(page_break: str, signature: str):
    return parse_text(TEXT.format(page_break=page_break, signature=signature))


@pytest.mark.parametrize(("page_break", "signature"), SHAPES)
def test_a_note_quoting_articles_gives_no_sections(page_break, signature):
    doc = _doc(page_break, signature)
    articles = [s.label for s in walk_sections(doc.sections) if s.kind == "article"]
    assert articles == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    texts = "\n".join(s.text or "" for s in walk_sections(doc.sections))
    for note in ("được sửa đổi theo quy định", "Cục Quản lý giá", "tư số 12/2021/TT-BTC ngày 05"):
        assert note not in texts
    # the body's own items on, either side of the notes
    art4 = next(s for s in walk_sections(doc.sections) if s.label == "Điều 4")
    assert [c.label for c in art4.children] == ["1", "2"]
    # (its citations stay the text's mentions)
    assert "30/2024/TT-BTC" in {c.number for c in doc.citations}


@pytest.mark.parametrize(("page_break", "signature"), SHAPES)
def test_a_note_gives_no_assignment_nor_numbering_finding(page_break, signature):
    doc = _doc(page_break, signature)
    bodies = " | ".join(a.agency for a in doc.assignments)
    for quoted in ("Vụ Pháp chế", "Chánh Văn phòng", "Cục Quản lý giá"):
        assert quoted not in bodies
    assert "Cục Thuế các tỉnh" in bodies
    rules = {f.rule for f in check_document(doc)}
    assert not rules & {"KH401", "KH402", "KH403"}


@pytest.mark.parametrize(
    "body",
    [
        # no mark above holds the line's number: a line of the body, left alone
        "Thông tư này quy định về kiểm tra hồ sơ.\n5 Cục Thuế các tỉnh có trách nhiệm kiểm tra việc hoàn thuế.",
    ],
)
def test_a_number_no_mark_holds_stays_body(body):
    text = TEXT.format(page_break=GAZETTE, signature=VBHN)
    doc = parse_text(text.replace("Thông tư này quy định về kiểm tra hồ sơ hoàn thuế của người nộp thuế.", body))
    texts = "\n".join(s.text or "" for s in walk_sections(doc.sections))
    assert "5 Cục Thuế các tỉnh" in texts


@pytest.mark.parametrize(("page_break", "signature"), SHAPES)
def test_a_deadline_past_the_notes_keeps_its_own_line(page_break, signature):
    # (the item's text, the notes left out, is no longer one piece of the text)
    text = TEXT.format(page_break=page_break, signature=signature)
    doc = parse_text(text)
    own = text.split("\n").index(
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo, người nộp thuế phải nộp hồ sơ bổ sung."
    ) + 1
    found = [d for a in doc.assignments for d in a.deadlines] + list(doc.deadlines)
    limits = [d for d in found if "05 ngày" in d.text]
    assert limits
    assert {d.span.line for d in limits} == {own}
