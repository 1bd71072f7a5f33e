"""Audit 48 (RA): a task table's row split by a page break under the header
printed again, a body heading wrapped onto two lines, a Sở's own division
named after it, a unit given in brackets after its parent, a .docx's
footnotes, and a cited number's issuer named elsewhere in the file."""

from __future__ import annotations

import pytest

from khtool.pipeline import parse_bytes
from khtool.read import read_bytes

from .test_read import _pdf_file, _stream

Line = tuple[float, float, float, str]


def _pages_pdf(pages: list[list[Line]]) -> bytes:
    """A PDF of A4 pages, each drawing its lines (x, y, size, text) in
    Times-Roman, Vietnamese letters through a ToUnicode map as a word
    processor's PDF has them."""
    codes: dict[str, int] = {}

    def encode(text: str) -> bytes:
        return bytes(ord(ch) if ord(ch) < 128 else codes.setdefault(ch, 128 + len(codes)) for ch in text)

    contents = [
        b"".join(b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, encode(text)) for x, y, size, text in lines)
        for lines in pages
    ]
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Viet-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n" % len(codes)
        + b"".join(b"<%02X> <%04X>\n" % (code, ord(ch)) for ch, code in codes.items())
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    n = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 its map, then each page and its content
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>",
        _stream(b"", cmap),
    ]
    for i, content in enumerate(contents):
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (6 + 2 * i)
        )
        objs.append(_stream(b"", content))
    return _pdf_file(objs)


# RA-1: a landscape task table over two pages, its header printed again on
# the second, where row 2's long cells go on (its number cell empty).
_HEADER = [
    (62, 540, 11, "TT"),
    (140, 540, 11, "Nội dung công việc"),
    (330, 540, 11, "Đơn vị chủ trì"),
    (450, 540, 11, "Đơn vị phối hợp"),
    (600, 540, 11, "Thời hạn"),
    (600, 527, 11, "hoàn thành"),
    (700, 540, 11, "Kết quả"),
]


def _split_table(second_header: bool = True) -> list[list[Line]]:
    first = [
        (60, 570, 13, "PHỤ LỤC NHIỆM VỤ"),
        *_HEADER,
        (64, 505, 11, "1"),
        (92, 505, 11, "Rà soát danh sách hộ nghèo, hộ cận nghèo"),
        (92, 492, 11, "trên địa bàn các xã"),
        (322, 505, 11, "Sở Nội vụ"),
        (442, 505, 11, "Ủy ban nhân dân"),
        (442, 492, 11, "các xã, phường"),
        (592, 505, 11, "Quý II/2026"),
        (692, 505, 11, "Danh sách"),
        (64, 470, 11, "2"),
        (92, 470, 11, "Tổ chức kiểm tra việc chi trả trợ cấp"),
        (92, 457, 11, "xã hội hằng tháng cho đối tượng bảo"),
        (322, 470, 11, "Sở Tài chính"),
        (442, 470, 11, "Kho bạc Nhà nước"),
        (592, 470, 11, "Tháng 9/2026"),
        (692, 470, 11, "Biên bản"),
        (692, 457, 11, "kiểm tra;"),
        (400, 40, 10, "Trang 1/2"),
    ]
    header = [(x, y + 10, s, t) for x, y, s, t in _HEADER] if second_header else []
    second = [
        *header,
        (92, 515, 11, "trợ xã hội tại cộng đồng"),
        (692, 515, 11, "báo cáo tổng hợp"),
        (64, 493, 11, "3"),
        (92, 493, 11, "Sơ kết công tác giảm nghèo năm 2026"),
        (322, 493, 11, "Sở Nội vụ"),
        (442, 493, 11, "Các sở, ngành liên quan"),
        (592, 493, 11, "Tháng 12/2026"),
        (692, 493, 11, "Báo cáo"),
        (400, 40, 10, "Trang 2/2"),
    ]
    return [first, second]


def test_a_row_split_under_the_header_printed_again_goes_on_with_its_row():
    text = read_bytes(_pages_pdf(_split_table()), "kh.pdf").text
    header = "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Kết quả |"
    # the header printed again is its labels alone, as on the first page
    assert text.count(header) == 2
    assert header + "\n| | trợ xã hội tại cộng đồng | | | | báo cáo tổng hợp |\n| 3 | Sơ kết" in text


def test_a_row_split_by_a_page_break_keeps_its_whole_task():
    doc = parse_bytes(_pages_pdf(_split_table()), "kh.pdf")
    tasks = {t.text for a in doc.assignments if a.agency == "Sở Tài chính" for t in a.tasks}
    assert any(t.endswith("cho đối tượng bảo trợ xã hội tại cộng đồng") for t in tasks), tasks
    assert not any("trợ xã hội tại cộng đồng" in t for a in doc.assignments if a.agency == "Sở Nội vụ" for t in (x.text for x in a.tasks))


# RA-2: a hard-wrapped text whose item heading, indented, is cut before its
# last words; the item's own sentence follows.
_WRAPPED = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 27/KH-UBND
Bắc Ninh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống dịch bệnh mùa đông xuân năm 2026
 I. MỤC ĐÍCH, YÊU CẦU
 Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch
lan rộng, kéo dài; giảm tối đa số ca mắc và tử vong do dịch bệnh gây ra trên
địa bàn tỉnh; bảo đảm an toàn cho người dân trong mùa đông xuân năm 2026.
 II. TỔ CHỨC THỰC HIỆN
 1. Sở Y tế
 Chủ trì, phối hợp với các sở, ngành tổ chức giám sát dịch bệnh, hướng dẫn các
địa phương triển khai các biện pháp phòng, chống dịch; báo cáo Ủy ban nhân dân
tỉnh kết quả thực hiện trước ngày 15/12/2026.
 2. {heading}
{rest}
 {sentence}
 3. Sở Tài chính
 Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về
ngân sách nhà nước và các văn bản hướng dẫn hiện hành của cơ quan có thẩm quyền.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize(
    ("heading", "rest", "sentence", "bodies"),
    [
        (
            "Bệnh viện Đa khoa tỉnh, Bệnh viện Sản - Nhi, Bệnh viện Phổi",
            "Bắc Ninh",
            "Chủ trì tiếp nhận, điều trị người bệnh nặng; phối hợp với Trung tâm Kiểm soát\n"
            "bệnh tật tỉnh tập huấn chuyên môn cho tuyến xã trong quý II/2026.",
            {"Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi", "Bệnh viện Phổi Bắc Ninh"},
        ),
        (
            "Trung tâm Kiểm soát bệnh tật, Trung tâm Y tế khu vực Thuận",
            "Thành",
            "Tổ chức giám sát ca bệnh tại cộng đồng, lấy mẫu xét nghiệm, xử lý ổ dịch;\n"
            "báo cáo kết quả về Sở Y tế trước ngày 30/11/2026.",
            {"Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế khu vực Thuận Thành"},
        ),
    ],
)
def test_an_item_heading_wrapped_onto_two_lines_is_one_heading(heading, rest, sentence, bodies):
    text = _WRAPPED.format(heading=heading, rest=rest, sentence=sentence)
    doc = parse_bytes(text.encode(), "kh.txt")
    leads = {a.agency for a in doc.assignments if a.role in ("lead", "responsible")}
    assert bodies <= leads, leads
    # the heading's rest is no task of its own
    assert not any(t.text.strip() == rest for a in doc.assignments for t in a.tasks)


# RA-3: a Sở's own division named before it ("Phòng X, Sở Y") is one body,
# though the sector table finds a district office's field in its words
# (reordered: the district's "Phòng Tài chính - Kế hoạch"); a district's own
# office named beside a Sở stays a body of its own.
_PAIR = """SỞ GIAO THÔNG VẬN TẢI TỈNH AN GIANG
Số: 19/KH-SGTVT
An Giang, ngày 02 tháng 4 năm 2026
KẾ HOẠCH
Bảo đảm trật tự an toàn giao thông năm 2026
 I. TỔ CHỨC THỰC HIỆN
 1. {pair} chủ trì tham mưu bố trí kinh phí mua sắm trang thiết bị, hoàn thành trước ngày 30/6/2026.
 2. Thanh tra Sở chủ trì kiểm tra việc chấp hành quy định về vận tải hành khách.
"""


@pytest.mark.parametrize(
    ("pair", "bodies"),
    [
        ("Phòng Kế hoạch - Tài chính, Sở Giao thông vận tải", {"Phòng Kế hoạch - Tài chính, Sở Giao thông vận tải"}),
        ("Phòng Kế hoạch – Tài chính, Sở Xây dựng", {"Phòng Kế hoạch – Tài chính, Sở Xây dựng"}),
        ("Phòng Tư pháp, Sở Tư pháp", {"Phòng Tư pháp", "Sở Tư pháp"}),
    ],
)
def test_a_sos_own_division_named_before_it_is_one_body(pair, bodies):
    doc = parse_bytes(_PAIR.format(pair=pair).encode(), "kh.txt")
    leads = {a.agency for a in doc.assignments if a.role == "lead" and any("kinh phí" in t.text for t in a.tasks)}
    assert leads == bodies, leads


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("3. Sở Nông nghiệp và Môi trường, Ban Quản lý các khu công nghiệp", "Quế Võ", True),
        ("3. Sở Nông nghiệp và Môi trường, Ban Quản lý các khu công nghiệp", "Chủ trì thực hiện", False),
        ("3. Sở Nông nghiệp và Môi trường, Ban Quản lý các khu công nghiệp", "Xem xét.", False),
        ("3. Sở Nông nghiệp và Môi trường, Ban Quản lý khu", "Quế Võ", False),
    ],
)
def test_an_indented_headings_rest(a, b, joined):
    from khtool.normalize import PhysLine, _joins

    assert _joins(PhysLine(a, 1, []), PhysLine(b, 2, []), 80, {}) is joined
