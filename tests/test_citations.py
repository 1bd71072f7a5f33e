"""Citation rules, one table row per syntax, variant and non-citation (texts written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khtool import parse_text
from khtool.gazetteer import locality_key


def cites(text: str):
    return parse_text(text).citations


def ids(text: str) -> list[str]:
    return [c.number or c.name or "?" for c in cites(text)]


FOUND = [
    (
        "administrative",
        "Căn cứ Quyết định số 1183/QĐ-TTg ngày 14/10/2024 của Thủ tướng Chính phủ;",
        ["1183/QĐ-TTg"],
    ),
    (
        "normative",
        "Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ;",
        ["56/2017/NĐ-CP"],
    ),
    (
        "national assembly",
        "Căn cứ Nghị quyết số 121/2020/QH14 ngày 19/6/2020 của Quốc hội;",
        ["121/2020/QH14"],
    ),
    (
        "circular",
        "theo Thông tư số 76/2023/TT-BTC ngày 29/12/2023 của Bộ Tài chính.",
        ["76/2023/TT-BTC"],
    ),
    ("party centre", "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư,", ["28-CT/TW"]),
    (
        "party province",
        "Thực hiện Kế hoạch số 160-KH/TU ngày 28/6/2024 của Tỉnh ủy,",
        ["160-KH/TU"],
    ),
    (
        "công văn",
        "Sở nhận được Văn bản số 1205/HC-QLHC ngày 29/5/2026 của Cục Hóa chất.",
        ["1205/HC-QLHC"],
    ),
    (
        "công văn of UBND",
        "Thực hiện Công văn số 123/UBND-VX ngày 02/3/2024 của UBND tỉnh,",
        ["123/UBND-VX"],
    ),
    (
        "without số",
        "Căn cứ Quyết định 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai;",
        ["1883/QĐ-UBND"],
    ),
    (
        "enterprise letters: dotted serial, several slashes, no hyphen",
        "Xét đề nghị của Công ty A tại Văn bản số 01.6/GĐN/KSYB ngày 10/6/2026; Công ty B tại "
        "Văn bản số 51/GĐN ngày 20/6/2026; Công ty C tại Văn bản số 30.6/GĐN-ĐQ&V ngày 30/6/2026.",
        ["01.6/GĐN/KSYB", "51/GĐN", "30.6/GĐN-ĐQ&V"],
    ),
    ("a dotted serial without a type word", "như 30.6/GĐN-ĐQ&V đã nêu", ["30.6/GĐN-ĐQ&V"]),
    (
        "a resolution of a dotted series",
        "theo Nghị quyết số 66.4/2025/NQ-CP ngày 12/5/2025 của Chính phủ",
        ["66.4/2025/NQ-CP"],
    ),
    ("law by name and year", "Căn cứ Luật Trẻ em năm 2016;", ["Luật Trẻ em"]),
    ("law by name and a bare year", "thực hiện theo Luật Xây dựng 2014 và", ["Luật Xây dựng"]),
    ("a footnote's number glued to the year", "theo Luật Địa chất và Khoáng sản năm 20243.", []),
    (
        "law by name and date",
        "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024;",
        ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"],
    ),
    (
        "joint circular",
        "Căn cứ Thông tư liên tịch số 09/2016/TTLT-BLĐTBXH-BCA-BNG;",
        ["09/2016/TTLT-BLĐTBXH-BCA-BNG"],
    ),
]


def test_a_type_word_qualified_before_so():
    """"Kế hoạch kiểm tra số …", "Thông báo làm việc số …": the type word with
    words of its own before "số" still types the document and takes the
    clause's relation."""
    text = (
        "Thực hiện Kế hoạch kiểm tra số 1105/KH-ĐKT ngày 02/3/2026 và Thông báo làm việc số "
        "2948/TT-ĐKT ngày 25/5/2026 của Đoàn kiểm tra;"
    )
    got = [(c.number, c.doc_type, c.relation) for c in cites(text)]
    assert got == [("1105/KH-ĐKT", "KH", "implements"), ("2948/TT-ĐKT", "TB", "implements")]


# Letters of enterprises numbered outside the standard forms, after a type word
FOUND += [
    (
        "a unit's code of digits after the hyphen",
        "Xét đề nghị của Công ty TNHH Minh Phát tại Văn bản số 47/CV-02 ngày 10/3/2026.",
        ["47/CV-02"],
    ),
    (
        "a serial alone, then the date",
        "Xét đề nghị của Công ty cổ phần Đá Xanh tại Văn bản số 35 ngày 11/3/2026.",
        ["35"],
    ),
    (
        "an amending law listed after 'và'",
        "Căn cứ Luật Đất đai năm 2024 và Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2025;",
        ["Luật Đất đai", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"],
    ),
    # a law's name and year right before its number name one law, cited by its number
    ("a law's year, then its number", "Căn cứ Luật Đất đai năm 2013 số 45/2013/QH13;", ["45/2013/QH13"]),
    (
        "a law's bare year, then its number",
        "Căn cứ Luật Xây dựng số 50/2014/QH13 được sửa đổi bởi Luật Xây dựng sửa đổi 2020 số 62/2020/QH14;",
        ["50/2014/QH13", "62/2020/QH14"],
    ),
]

# Numbers cut by a line break the cleaner keeps (a page break, a table cell):
# the break follows a mark and the next line goes on with a code or a year.
LINE_BREAKS = [
    (
        "after the slash, at a page break",
        "Căn cứ Thông tư số 12/2016/\n\nTTLT-BLĐTBXH-BGDĐT-BTC ngày 16/6/2016 của liên Bộ;",
        ["12/2016/TTLT-BLĐTBXH-BGDĐT-BTC"],
    ),
    (
        "after the hyphen, at a page break",
        "Thực hiện Chỉ thị số 52-\n\nCT/TW ngày 19/6/2025 của Ban Bí thư;",
        ["52-CT/TW"],
    ),
    (
        "before a dash item",
        "Áp dụng QCVN 34:2022/BTTTT\n- Dịch vụ truy nhập Internet.",
        ["QCVN 34:2022/BTTTT"],  # the regulation, not "2022/BTTTT-Dịch"
    ),
    (
        "before a word",
        "Thông tư 43/2015/TT-BLĐTBXH, Thông tư 07/2017/TT-\n\nTập hệ thống hóa văn bản",
        ["43/2015/TT-BLĐTBXH"],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), FOUND + LINE_BREAKS, ids=[f[0] for f in FOUND + LINE_BREAKS]
)
def test_found(name, text, expected):
    assert ids(text) == expected


NOT_CITATIONS = [
    ("phone line", "Tổng đài điện thoại quốc gia bảo vệ trẻ em (số 111) hoạt động 24/24."),
    ("street address", "Địa chỉ: Số 165 Lý Thường Kiệt, phường 6, quận Tân Bình."),
    ("count", "Bố trí số 01 cán bộ; số lượng trẻ em bị xâm hại giảm 10%."),
    ("portal counter", "Đang truy cập1,310\nHôm nay362,426\nTổng lượt truy cập390,086,882"),
    ("date", "Ngày 14/10/2024 và ngày 1/1/2025, tỷ lệ đạt 0,5%/năm."),
    ("self reference", "Kế hoạch này được triển khai; Quyết định này có hiệu lực từ ngày ký."),
    ("phone number", "Điện thoại: 0917.328.219; Fax: 024-3825-1234."),
    ("code without a type word", "Mã hồ sơ 12/AB/CD-EF."),
    # a title no table knows, then a time: neither a title nor a year
    ("a law's unknown name, then a time", "Cấp giấy chứng nhận theo Luật Thủ đô trong năm 2026."),
    # the set phrase for the law in general
    ("the law in general", "Mọi hoạt động phải tuân thủ Hiến pháp và pháp luật."),
    ("the law in general, a comma", "Hoạt động của thôn phải tuân thủ Hiến pháp, pháp luật, quy ước."),
    # the bare word inside words quoted from another text is that text's, a rank of law
    (
        "the Constitution inside a quoted clause",
        "Đề nghị lưu ý quy định tại Điều 58 như sau:\n“5. Trường hợp văn bản trong nước và điều ước quốc tế "
        "có quy định khác nhau thì áp dụng quy định của điều ước quốc tế đó, trừ Hiến pháp.”",
    ),
    (
        "a web address, its letters percent-encoded",
        "- https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=57544&Keyword=\n"
        "S%E1%BB%91%2031/2015/N%C4%90-CP\n"
        "Th%C3%B4ng%20t%C6%B0%2014/2007/TT-BL%C4%90TBXH\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), NOT_CITATIONS, ids=[n[0] for n in NOT_CITATIONS])
def test_not_citations(name, text):
    assert ids(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức Cuộc thi “Tìm hiểu Luật Quản lý thuế” và “Hiến pháp”.",  # the quotation is the name
        "Khoản 2 Điều 5 quy định: “Tổ chức được miễn thuế theo Luật Quản lý thuế năm 2019.”",  # a year
        "Bổ sung điểm b như sau: “- Thời gian phục vụ tại ngũ theo Luật Nghĩa vụ quân sự.”",  # a law's title
        "Luật số 5 có căn cứ ban hành như sau: “Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;”",
    ],
)
def test_a_name_quoted_as_itself_or_with_its_year_is_cited(text):
    assert ids(text) != []


# "Luật sửa đổi, bổ sung một số điều của Luật X ngày D" is the amending law,
# of date D, with the clause's relation; D never dates X. A law in a basis
# clause may be named in lower case.
AMENDING_TITLES = [
    (
        "the amended law keeps its own date",
        "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số "
        "điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;",
        [
            ("Luật Bảo hiểm y tế", 2008),
            ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", 2014),
        ],
    ),
    (
        "a title with more before 'của'",
        "Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc "
        "gia của Luật Thống kê ngày 12 tháng 11 năm 2021;",
        [
            (
                "Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia "
                "của Luật Thống kê",
                2021,
            )
        ],
    ),
    (
        "two amended laws in one title",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
        "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
        "ngày 22 tháng 11 năm 2019;",
        [
            ("Luật Tổ chức chính quyền địa phương", 2015),
            (
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                "chính quyền địa phương",
                2019,
            ),
        ],
    ),
    (
        "a law named in lower case in a basis clause",
        "Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22/6/2015; Căn cứ Luật số "
        "42/2024/QH15 ngày 29/6/2024;",
        [("Luật ban hành văn bản quy phạm pháp luật", 2015), ("42/2024/QH15", 2024)],
    ),
    (
        "a law amended later by number is its own citation",
        "Căn cứ Luật Dầu khí năm 1993 đã được sửa đổi, bổ sung một số điều theo Luật số "
        "19/2000/QH10;",
        [("Luật Dầu khí", 1993), ("19/2000/QH10", 2000)],
    ),
]


# What closes a law's name is the year or day it was passed; a name is words.
LAW_NAMES = [
    # (the first is cited by its title alone: no year of its own)
    ("two laws, one year", "Căn cứ Luật Đầu tư, Luật Doanh nghiệp năm 2020;", [("Luật Đầu tư", None), ("Luật Doanh nghiệp", 2020)]),
    (
        "a start of effect is not the law's date",
        "Nghị định số 105/2014/NĐ-CP quy định chi tiết Luật Bảo hiểm y tế, có hiệu lực kể từ "
        "ngày 01 tháng 01 năm 2015.",
        [("105/2014/NĐ-CP", 2014), ("Luật Bảo hiểm y tế", None)],
    ),
    (
        "a time limit is not the law's date",
        "Bộ Công Thương chủ trì sửa đổi Luật Quản lý ngoại thương, Luật Bảo vệ quyền lợi người "
        "tiêu dùng theo quy định, trình Chính phủ trước ngày 10 tháng 7 năm 2026.",
        [("Luật Quản lý ngoại thương", None), ("Luật Bảo vệ quyền lợi người tiêu dùng", None)],
    ),
    # a law named by its known title alone, then a time: the law, not that year
    ("a law's name, then a time", "Cấp giấy chứng nhận theo Luật Đất đai trong năm 2026.", [("Luật Đất đai", None)]),
    (
        "a law's name, then a quarter",
        "Xử lý vướng mắc khi thực hiện Luật Đầu tư công trong quý I năm 2026.",
        [("Luật Đầu tư công", None)],
    ),
    # a place or "và" with a new task's noun ends the name: the year after is the plan's
    (
        "a law's name, then a place",
        "Kế hoạch triển khai Luật Dữ liệu trên địa bàn phường năm 2026.",
        [("Luật Dữ liệu", None)],
    ),
    (
        "a law's name, then a task",
        "Triển khai thi hành Luật Phòng, chống mua bán người và thực hiện công tác phòng, chống mua bán "
        "người trên địa bàn tỉnh năm 2026.",
        [("Luật Phòng, chống mua bán người", None)],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    AMENDING_TITLES + LAW_NAMES,
    ids=[n[0] for n in AMENDING_TITLES + LAW_NAMES],
)
def test_laws_and_their_years(name, text, expected):
    assert [(c.number or c.name, c.year) for c in cites(text)] == expected


# The issuer clause "của …" ends where the cited document's subject begins
# (a title's opening verb, a request) or at a colon or an opening quote.
ISSUERS = [
    (
        "a 'và' joining the citing sentence's next verb",
        "3. Thông báo này thay thế Thông báo số 05/TB-UBND ngày 01/7/2025 của UBND phường Tân An và có hiệu lực từ "
        "ngày ký.",
        "UBND phường Tân An",
    ),
    (
        "repeal",
        "Quyết định số 32/2023/QĐ-TTg ngày 21/12/2023 của Thủ tướng Chính phủ bãi bỏ toàn bộ "
        "hoặc một phần một số văn bản",
        "Thủ tướng Chính phủ",
    ),
    (
        "adjustment",
        "Nghị định số 42/2023/NĐ-CP ngày 29/6/2023 của Chính phủ điều chỉnh lương hưu",
        "Chính phủ",
    ),
    (
        "a request",
        "Tờ trình số 09/TTr-CT ngày 25/01/2026 của Doanh nghiệp tư nhân xăng dầu Phúc Lộc đề "
        "nghị thẩm định thiết kế",
        "Doanh nghiệp tư nhân xăng dầu Phúc Lộc",
    ),
    (
        "a colon",
        "Quyết định số 866/QĐ-TTg ngày 18/7/2023 của Thủ tướng Chính phủ: Phạm vi ranh giới "
        "không chồng lấn",
        "Thủ tướng Chính phủ",
    ),
    (
        "a quoted title",
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII "
        "“Một số vấn đề về tiếp tục đổi mới”",
        "Ban Chấp hành Trung ương Đảng",  # (its plenum and term: see below)
    ),
    (
        "a directive's verb",
        "Thực hiện Chỉ thị số 17/CT-BCT của Bộ Công Thương tăng cường công tác quản lý hóa chất",
        "Bộ Công Thương",
    ),
    (
        "the same words capitalised name a body",
        "Thực hiện Kế hoạch số 12/KH-BCĐ ngày 02/3/2025 của Ban Chỉ đạo 389 tỉnh về chống buôn lậu",
        "Ban Chỉ đạo 389 tỉnh",
    ),
    (
        "approval",
        "Quyết định số 770/QĐ-UBND ngày 10/3/2017 của UBND tỉnh Lào Cai chấp thuận Công ty "
        "đầu tư dự án",
        "UBND tỉnh Lào Cai",
    ),
    (
        "in the passive, before the document",
        "Đối chiếu hồ sơ quản lý rừng được UBND tỉnh Lào Cai phê duyệt tại Quyết định 537/QĐ-UBND "
        "ngày 27/02/2026",
        "UBND tỉnh Lào Cai",
    ),
    (
        "a licence's issuer after it: 'do X cấp'",
        "Giấy phép số 23/GP-ATMT ngày 19/4/2021 do Cục Kỹ thuật an toàn và Môi trường công "
        "nghiệp cấp đã hết hạn",
        "Cục Kỹ thuật an toàn và Môi trường công nghiệp",
    ),
    (
        "a type word with its issuer and subject before a list of numbers",
        "Căn cứ Nghị định của Chính phủ về quản lý dự án số 15/2021/NĐ-CP ngày 03/3/2021 và số 10/2024/NĐ-CP "
        "ngày 01/02/2024;",
        ["Chính phủ", "Chính phủ"],
    ),
    (
        "a licence granted by a body named before the list of its grantees",
        "cụ thể Bộ Công Thương cấp cho: Công ty A giấy phép số 05/GP-HC ngày 01/02/2025; cấp cho Công ty B "
        "giấy phép số 07/GP-HC ngày 03/3/2025 và cấp cho Công ty C giấy phép số 09/GP-HC ngày 04/3/2025.",
        ["Bộ Công Thương"] * 3,
    ),
    (
        "… but not a document the grantee's item names after its own",
        "Sở Xây dựng cấp cho Công ty A giấy phép số 05/GP-SXD ngày 01/02/2025; Công ty B nộp Giấy phép số "
        "07/GP-HC ngày 03/3/2025.",
        ["Sở Xây dựng", None],
    ),
    (
        "'cấp' naming a level goes on",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2026 của Ủy ban nhân dân cấp tỉnh về việc X",
        "Ủy ban nhân dân cấp tỉnh",
    ),
    (
        "a ministry's name typed in lower case",
        "Thực hiện Văn bản số 55/BGTVT-VT ngày 02/02/2026 của Bộ giao thông vận tải về việc vận tải",
        "Bộ giao thông vận tải",
    ),
    (
        "what the sentence says of it",
        "Thông tư số 36/2021/TT-BLĐTBXH ngày 31/12/2021 của Bộ trưởng Bộ Lao động - Thương binh và "
        "Xã hội hết hiệu lực thi hành",
        "Bộ Lao động - Thương binh và Xã hội",  # (the ministry issues it: see below)
    ),
    # a head's title before a body whose number names the body: the body issues it
    (
        "a director's submission",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/3/2023.",
        "Sở Nội vụ",
    ),
    (
        "a chairman's plan",
        "Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024 của Chủ tịch UBND thành phố Quảng Ngãi về trẻ em,",
        "UBND thành phố Quảng Ngãi",
    ),
    (
        "a minister's circular",
        "Căn cứ Thông tư số 43/2025/TT-BYT ngày 12/12/2025 của Bộ trưởng Bộ Y tế hướng dẫn chức năng của trạm y tế;",
        "Bộ Y tế",
    ),
    (
        "ministers of a joint circular",
        "Căn cứ Thông tư liên tịch số 12/2016/TTLT-BNV-BTC ngày 02/01/2016 của Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ "
        "Tài chính;",
        "Bộ Nội vụ và Bộ Tài chính",
    ),
    # but the Prime Minister and the State President are no body's heads here
    (
        "the Prime Minister's decision",
        "Căn cứ Quyết định số 1183/QĐ-TTg ngày 14/10/2024 của Thủ tướng Chính phủ về trẻ em;",
        "Thủ tướng Chính phủ",
    ),
    (
        "the State President's decision",
        "Căn cứ Quyết định số 25/QĐ-CTN ngày 14/01/2025 của Chủ tịch nước về đặc xá;",
        "Chủ tịch nước",
    ),
]


ISSUERS.append(
    (
        "a list of rules goes on after the issuer",
        "Quy định tại Điều 7 Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ và các "
        "quy định của pháp luật có liên quan.",
        "Chính phủ",
    )
)


ISSUERS += [
    (
        "the issuer as the sentence's subject",
        "Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN gửi các đơn vị.",
        "Sở Công Thương",
    ),
    (
        "the issuer, dated by the day the sentence opens with",
        "Ngày 05/3/2026, Công ty TNHH Minh Phát có Văn bản số 12/CV-MP đề nghị gia hạn.",
        "Công ty TNHH Minh Phát",
    ),
    (
        "a government that issued it",
        "UBND tỉnh đã ban hành Quyết định số 1883/QĐ-UBND ngày 01/7/2025 về phân cấp.",
        "UBND tỉnh",
    ),
    (
        "a ministry whose name holds 'Giao'",
        "Căn cứ Thông tư số 41/2024/TT-BGTVT ngày 15/11/2024 của Bộ Giao thông vận tải quy định A;",
        "Bộ Giao thông vận tải",
    ),
    (
        "what a document is brought into, after the issuer",
        "cụ thể hóa Chương trình theo Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính "
        "phủ vào chương trình phát triển kinh tế xã hội của tỉnh.",
        "Thủ tướng Chính phủ",
    ),
    (
        "a deadline after the issuer",
        "bổ sung bản vẽ theo Nghị định số 26/2026/NĐ-CP ngày 17/01/2026 của Chính phủ trước ngày 30/6/2026.",
        "Chính phủ",
    ),
    (
        "a purpose after the issuer",
        "theo Thông báo số 186/TB-VPCP ngày 15/4/2026 của Văn phòng Chính phủ để khẩn trương xử lý.",
        "Văn phòng Chính phủ",
    ),
    (
        "the date after the issuer",
        "Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Lào Cai ngày 02/02/2024 về phòng cháy rừng;",
        "UBND tỉnh Lào Cai",
    ),
    (
        "the issuer between the type word and the number",
        "Căn cứ Quyết định của Ủy ban nhân dân tỉnh Lào Cai số 12/QĐ-UBND ngày 02/02/2024 về phòng cháy;",
        "Ủy ban nhân dân tỉnh Lào Cai",
    ),
    (
        "the body reporting in it",
        "Sở Tài chính đã báo cáo tại Báo cáo số 215/BC-STC ngày 10/7/2026 về tình hình giải ngân.",
        "Sở Tài chính",
    ),
    (
        "the body reporting in it, no name over a sentence's end",
        "Tham dự có các Bộ: Công an, Y tế; Văn phòng Chính phủ. Sau khi nghe Bộ Giáo dục và Đào tạo báo cáo tại Báo cáo số "
        "1532/BC-BGDĐT ngày 25 tháng 11 năm 2025, Phó Thủ tướng kết luận.",
        "Bộ Giáo dục và Đào tạo",
    ),
    (
        "the body advised is the issuer",
        "Sở Y tế đã tham mưu UBND tỉnh ban hành Công điện số 05/CĐ-UBND ngày 18/7/2024 về phòng chống dịch.",
        "UBND tỉnh",
    ),
    (
        "a province named 'Bằng'",
        "Căn cứ Kế hoạch số 606/KH-UBND ngày 16 tháng 6 năm 2025 của UBND Tỉnh Cao Bằng về việc tăng cường;",
        "UBND Tỉnh Cao Bằng",
    ),
    (
        "a verb of the act's title after the issuer",
        "theo Nghị quyết số 200/NQ-TVQH ngày 18/01/1966 của Ủy ban Thường vụ Quốc hội ấn định thuế.",
        "Ủy ban Thường vụ Quốc hội",
    ),
    (
        "a comma of the body's own name",
        "Căn cứ Thông tư số 12/2020/TT-BVHTTDL ngày 27/11/2020 của Bộ Văn hóa, Thể thao và Du lịch;",
        "Bộ Văn hóa, Thể thao và Du lịch",
    ),
    (
        # (its list read up to the bodies its codes name: a third after "và"
        # the number does not name is none of its issuers)
        "a comma between two bodies",
        "Căn cứ Thông tư liên tịch số 12/2020/TTLT-BTC-BYT ngày 27/11/2020 của Bộ Tài chính, Bộ Y tế và Bộ Giáo dục;",
        "Bộ Tài chính, Bộ Y tế",
    ),
    (
        # the head's title before a body the number's code names: the body, capitalised
        "a head of a department",
        "Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 215/TTr-PNV ngày 05/9/2022.",
        "Phòng Nội vụ huyện",
    ),
    (
        # the proposer's role in a committee after the post is no part of the body
        "a head of a department, a committee role after",
        "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện - Phó Trưởng ban Ban Chỉ đạo "
        "tại Tờ trình số 36/TTr-NNPTNT ngày 10/01/2025.",
        "Phòng Nông nghiệp và Phát triển nông thôn huyện",
    ),
    (
        "a body whose name holds a dash keeps it",
        "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 137/TTr-SLĐTBXH ngày 02/12/2024.",
        "Sở Lao động - Thương binh và Xã hội",
    ),
    (
        "a remark in brackets after the name",
        "Ban Thường vụ Tỉnh ủy Đồng Nai (trước hợp nhất) đã ban hành Kế hoạch số 45-KH/TU ngày 15/7/2021.",
        "Ban Thường vụ Tỉnh ủy Đồng Nai",
    ),
    (
        "another document named after it, with no number",
        "Thực hiện Công văn số 1456/SYT-NVY ngày 02/4/2026 của Sở Y tế và Văn bản của Bảo hiểm xã hội tỉnh "
        "về thanh toán chi phí khám bệnh, chữa bệnh tại tuyến xã;",
        "Sở Y tế",
    ),
    (
        "another document named after it, in lower case",
        "Căn cứ Thông báo số 12/TB-UBND ngày 02/4/2026 của UBND huyện và hướng dẫn của Phòng Y tế về phòng, chống dịch;",
        "UBND huyện",
    ),
    # after "và", no body's name: what else the sentence rests on
    (
        "a set of criteria named after it",
        "UBND xã đã ban hành kế hoạch trên cơ sở Kế hoạch số 58/KH-UBND ngày 20/02/2024 của UBND huyện Cẩm Xuyên "
        "và Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh.",
        "UBND huyện Cẩm Xuyên",
    ),
    (
        "a text named by its title after a name complete with its place",
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 20/02/2024 của UBND huyện Cẩm Xuyên và Nghị quyết Đại hội Đảng bộ xã "
        "lần thứ XX;",
        "UBND huyện Cẩm Xuyên",
    ),
    (
        "a joint plan, the second body named by no body's word",
        "Căn cứ Kế hoạch liên tịch số 58/KHLT-UBND-BHXH ngày 20/02/2024 của UBND tỉnh Hà Tĩnh và Bảo hiểm xã hội "
        "tỉnh Hà Tĩnh;",
        "UBND tỉnh Hà Tĩnh và Bảo hiểm xã hội tỉnh Hà Tĩnh",
    ),
    (
        "a name's own 'và' before its place",
        "Căn cứ Kế hoạch số 58/KH-SLĐTBXH ngày 20/02/2024 của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị;",
        "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị",
    ),
    (
        "a board named for a field listed with commas",
        "Thực hiện Kế hoạch số 125/KH-BCĐ389 ngày 25/02/2025 của Ban Chỉ đạo quốc gia chống buôn lậu, gian lận "
        "thương mại và hàng giả (Ban Chỉ đạo 389 quốc gia) về công tác năm 2025;",
        "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả",
    ),
    (
        "a board for 'phòng, chống'",
        "Thực hiện Kế hoạch số 15/KH-BCĐ ngày 25/02/2025 của Ban Chỉ đạo phòng, chống tội phạm tỉnh về công tác năm 2025;",
        "Ban Chỉ đạo phòng, chống tội phạm tỉnh",
    ),
    (
        "a board's name, then a purpose clause holding 'và'",
        "Thực hiện Công điện số 12/CĐ-BCĐ ngày 27/9/2025 của Ban Chỉ đạo phòng thủ dân sự quốc gia, để chủ động "
        "ứng phó với bão và mưa lũ sau bão, bảo đảm an toàn tính mạng,",
        "Ban Chỉ đạo phòng thủ dân sự quốc gia",
    ),
    (
        "a place name wrapped to the next line",
        "Thông báo này thay thế Thông báo số 05/TB-UBND ngày 01/7/2025 của UBND phường Tân\nAn và có hiệu lực từ ngày ký.",
        "UBND phường Tân An",
    ),
    (
        "a place name wrapped, its one word",
        "Căn cứ Kế hoạch số 215/KH-UBND ngày 27/12/2024 của UBND huyện Nam\nĐàn về thực hiện Chỉ thị;",
        "UBND huyện Nam Đàn",
    ),
    (
        "a whole place name, the next line another sentence",
        "Căn cứ Kế hoạch số 215/KH-UBND ngày 27/12/2024 của UBND huyện Nam Đàn\nSở Tài chính hướng dẫn;",
        "UBND huyện Nam Đàn",
    ),
    # a name complete in itself ends before a word in lower case that says
    # what the sentence says of the document
    (
        "a central body's name, then what is said of it",
        "Việc triển khai Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ còn chậm.",
        "Thủ tướng Chính phủ",
    ),
    (
        "a Party centre's body, then 'như sau'",
        "Ban Thường vụ báo cáo tình hình thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị như sau:",
        "Bộ Chính trị",
    ),
    (
        "a name ending in its place, then what is said of it",
        "Việc thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND tỉnh Sơn La còn chậm.",
        "UBND tỉnh Sơn La",
    ),
    (
        "a unit under the place goes on",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND xã Tân Lập huyện Bát Xát;",
        "UBND xã Tân Lập huyện Bát Xát",
    ),
    (
        "the unit before the merger goes on",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND huyện Bát Xát cũ;",
        "UBND huyện Bát Xát cũ",
    ),
    (
        "a Party programme coordinated after the issuer",
        "Căn cứ Nghị quyết số 12-NQ/TW ngày 14/5/2025 của Bộ Chính trị và Chương trình hành động số 09-CTr/TU"
        " ngày 03/7/2025 của Tỉnh ủy Nghệ An về phát triển kinh tế tư nhân;",
        ["Bộ Chính trị", "Tỉnh ủy Nghệ An"],
    ),
    (
        "a guidance and a programme, both of Party bodies",
        "Thực hiện Hướng dẫn số 21-HD/TW, ngày 10-6-2025 của Ban Bí thư và Chương trình hành động số 31-CTr/TU,"
        " ngày 02-8-2025 của Ban Chấp hành Đảng bộ tỉnh về công tác cán bộ,",
        ["Ban Bí thư", "Ban Chấp hành Đảng bộ tỉnh"],
    ),
    (
        "a notice of conclusions coordinated after the issuer",
        "Thực hiện Kết luận số 40-KL/TW ngày 18/7/2025 của Bộ Chính trị và Thông báo kết luận số 77-TB/TU"
        " ngày 05/9/2025 của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức bộ máy,",
        ["Bộ Chính trị", "Ban Thường vụ Tỉnh ủy"],
    ),
]


@pytest.mark.parametrize(("name", "text", "issuer"), ISSUERS, ids=[i[0] for i in ISSUERS])
def test_issuer_clause_ends_at_the_subject(name, text, issuer):
    if isinstance(issuer, list):
        assert [c.issuer for c in cites(text)] == issuer
        return
    (cite,) = cites(text)
    assert cite.issuer == issuer


# Without "của …", a national or Party code names the issuer by itself; a local
# code names a kind of department ("SXD": a Sở Xây dựng, the citing text's
# province's), or a kind of local Party committee ("HU": a Huyện ủy), not a body
# of no one kind (UBND, TU), and a law is the National Assembly's.
ISSUERS_FROM_CODES = [
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;", "Chính phủ"),
    ("Thực hiện Quyết định số 1183/QĐ-TTg ngày 14/10/2024;", "Thủ tướng Chính phủ"),
    ("Căn cứ Thông tư số 76/2023/TT-BTC;", "Bộ Tài chính"),
    ("Căn cứ Luật số 69/2025/QH15;", "Quốc hội"),
    ("Căn cứ Luật Trẻ em năm 2016;", "Quốc hội"),
    ("Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023;", "Trung ương Đảng"),
    ("Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024;", None),
    ("Thực hiện Kế hoạch số 160-KH/TU ngày 28/6/2024;", None),
    # a local Party committee's code names its kind (not "TU": Tỉnh, Thành or Thị ủy)
    ("Thực hiện Kế hoạch số 47-KH/HU ngày 14/9/2022;", "Huyện ủy"),
    ("Thực hiện Chỉ thị số 05-CT/QU ngày 01/3/2023;", "Quận ủy"),
    ("Thực hiện Kế hoạch số 18-KH/ĐU ngày 05/10/2022;", "Đảng ủy"),
    ("Sở chỉ dẫn chiếu lại Văn bản số 3298/SXD-QLHĐXD ngày 10/12/2025.", "Sở Xây dựng"),
    ("Thực hiện Công văn số 1456/SYT-NVY ngày 02/4/2026;", "Sở Y tế"),
    # the provincial committee's office ("Phiếu chuyển" forwarding a direction)
    ("Thực hiện Phiếu chuyển số 88/PC-VPUBND ngày 02/3/2026 chỉ đạo của Văn phòng UBND tỉnh.", "Văn phòng UBND tỉnh"),
    # (not where the department is written before it with a place of its own: that one)
    (
        "Chứng chỉ do Sở Xây dựng thành phố Hà Nội cấp kèm theo Quyết định số 230/QĐ-SXD ngày 14/04/2023.",
        "Sở Xây dựng thành phố Hà Nội",
    ),
    # only a head's title written (the body in the next cell, or past a page's end)
    ("Căn cứ Thông tư số 38/2015/TT-BLĐTBXH ngày 19/10/2015 của Bộ trưởng\n| Bộ Lao động |", "Bộ Lao động - Thương binh và Xã hội"),
    ("Theo Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ trưởng Bộ", "Bộ Công Thương"),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUERS_FROM_CODES)
def test_issuer_named_by_the_numbers_code(text, issuer):
    (cite,) = cites(text)
    assert cite.issuer == issuer


# The issuer named before the document: any clause's "của X tại <type> số",
# and a passive's agent ("do X trình tại").
ISSUERS_BEFORE = [
    (
        "Kể từ ngày 01/7/2025, UBND tỉnh Lào Cai đã ban hành nhiều văn bản chỉ đạo như: Văn bản số "
        "206/UBND-KT ngày 12/7/2025 về việc triển khai Luật Địa chất và khoáng sản.",
        ["UBND tỉnh Lào Cai", "Quốc hội"],
    ),
    (
        "Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 1024/TTr-SVHTTDL ngày 12/5/2022 "
        "và ý kiến thẩm định của Sở Tài chính tại Công văn số 2890/STC-HCSN ngày 06/5/2022.",
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"],
    ),
    ("Xét hồ sơ do UBND xã Ninh An trình tại Tờ trình số 198/TTr-UBND ngày 02/5/2022.", ["UBND xã Ninh An"]),
    (
        "Về kiến nghị của Ủy ban nhân dân Thành phố Hồ Chí Minh tại Văn bản số 6214/UBND-KT ngày 03/10/2025, "
        "Phó Thủ tướng đồng ý.",
        ["Ủy ban nhân dân Thành phố Hồ Chí Minh"],
    ),
    # the issuer as the subject of what it decided, said in the document
    (
        "Ủy ban nhân dân tỉnh Yên Bái đã phê duyệt khu vực cấm hoạt động khoáng sản tại Quyết định số "
        "1658/QĐ-UBND ngày 01/9/2015.",
        ["Ủy ban nhân dân tỉnh Yên Bái"],
    ),
    ("Sở Tư pháp đã tham gia ý kiến tại Văn bản số 311/STP-VP ngày 04/3/2026.", ["Sở Tư pháp"]),
    # (a committee's name is no verb)
    (
        "Căn cứ Kế hoạch số 187/KH-UBND ngày 01/3/2024 của UBND tỉnh, UBND phường đã kiện toàn Ban "
        "chỉ đạo tại Quyết định số 98/QĐ-UBND ngày 02/4/2024;",
        ["UBND tỉnh", None],
    ),
    # the next proposer of a list, after "và"
    (
        "Căn cứ đề nghị của Sở Tài chính tại Văn bản số 956/STC-QLG ngày 03/3/2026 và Sở Nội vụ tại Văn "
        "bản số 873/SNV-TCBC ngày 27/02/2026.",
        ["Sở Tài chính", "Sở Nội vụ"],
    ),
    # one body's letters listed after its verb, under its code and its units'
    (
        "Sở Tài chính đã ban hành Văn bản số 101/STC-NS ngày 02/3/2026 về việc A, Văn bản số 202/STC-QLG ngày "
        "05/3/2026 về việc B.",
        ["Sở Tài chính", "Sở Tài chính"],
    ),
    # its next document, joined with "và", is the same sender's
    (
        "Xét đề nghị của Công ty TNHH Sơn Thạch tại Văn bản số 24/GĐN-ST ngày 18/6/2026; Công ty TNHH Đồng Tiến "
        "tại Văn bản số 146/2026/ĐN-ĐT ngày 19/6/2026 và Văn bản số 12/ĐN-ĐT ngày 20/6/2026.",
        ["Công ty TNHH Sơn Thạch", "Công ty TNHH Đồng Tiến", "Công ty TNHH Đồng Tiến"],
    ),
    # a list of proposers, each with its "của" and its head's title
    (
        "Theo đề nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số 15/TTr-BNV ngày 02 tháng 3 năm 2026; của Chủ tịch Ủy "
        "ban nhân dân thành phố Cần Thơ tại Tờ trình số 40/TTr-UBND ngày 10 tháng 2 năm 2026;",
        ["Bộ Nội vụ", "Ủy ban nhân dân thành phố Cần Thơ"],
    ),
    # what else the sentence rests on is no second issuer
    (
        "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ và tình hình thực tế của tỉnh, "
        "UBND tỉnh ban hành Kế hoạch.",
        ["Thủ tướng Chính phủ"],
    ),
    # a direction conveyed by an office's slip is not the office's director's:
    # the office's, as its code says
    (
        "Thực hiện ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại Phiếu chuyển số 610/PC-VPUBND ngày 04/6/2026.",
        ["Văn phòng UBND tỉnh"],
    ),
    # the grantor of a certificate issued with the decision cited
    (
        "Chứng chỉ hành nghề số HAN-00165611 do Sở Xây dựng thành phố Hà Nội cấp kèm theo Quyết định số "
        "230/QĐ-SXD ngày 14/4/2023.",
        ["Sở Xây dựng thành phố Hà Nội"],
    ),
    # the body founding it, over each decision of a list
    (
        "Đơn vị kiểm định được UBND tỉnh Lào Cai thành lập tại các Quyết định số: 120/QĐ-UBND ngày 08/5/2010; "
        "310/QĐ-UBND ngày 11/6/2019.",
        ["UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai"],
    ),
    # or after the verb, with "bởi" or, after a verb no body is the object
    # of, without it (after "gửi" the body is whom it went to)
    (
        "Trung tâm được thành lập bởi UBND tỉnh Lào Cai tại các Quyết định số: 210/QĐ-UBND ngày 08/5/2012; "
        "745/QĐ-UBND ngày 11/6/2020.",
        ["UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai"],
    ),
    (
        "Trung tâm được thành lập UBND tỉnh Lào Cai tại Quyết định số 210/QĐ-UBND ngày 08/5/2012.",
        ["UBND tỉnh Lào Cai"],
    ),
    ("Hồ sơ được gửi Sở Tài chính tại Văn bản số 12/UBND-KT ngày 08/5/2012.", [None]),
    # a document named with no type word, after "tại"
    (
        "Phòng thí nghiệm được Sở Xây dựng tỉnh Lào Cai công bố tại Bản công bố năng lực số 02/CB-TTKĐ ngày "
        "14/4/2026.",
        ["Sở Xây dựng tỉnh Lào Cai"],
    ),
    # a document named by a longer phrase, its type word first
    (
        "Xét đề nghị của Công ty TNHH Khoáng sản Hòa Đạt tại Giấy đề nghị cấp giấy phép sử dụng VLNCN số "
        "05/GĐN-HĐ ngày 01/3/2026.",
        ["Công ty TNHH Khoáng sản Hòa Đạt"],
    ),
    (
        "Theo ý kiến của Sở Tài chính tại Văn bản góp ý dự thảo Kế hoạch phát triển KTXH số 45/STC-NS ngày 01/3/2026.",
        ["Sở Tài chính"],
    ),
    # the issuer after a clause of time ("Huyện ủy" + "ban hành": no "Ủy ban")
    (
        "Ngay sau khi Tỉnh ủy ban hành Chỉ thị số 13-CT/TU ngày 03/3/2024, xã đã triển khai.",
        ["Tỉnh ủy"],
    ),
    (
        "Sau khi UBND huyện Đồng Phú ban hành Kế hoạch số 45/KH-UBND ngày 12/9/2022, xã đã triển khai.",
        ["UBND huyện Đồng Phú"],
    ),
    # the verb said again after a semicolon shares the passive's agent, its
    # bracketed remark dropped, where the number's code fits it
    (
        "Mỏ đá được UBND tỉnh Yên Bái (trước sáp nhập) cấp Giấy chứng nhận đầu tư số 16121000039 "
        "ngày 12/7/2010; Cấp Giấy phép khai thác số 412/GP-UBND ngày 24/4/2012.",
        ["UBND tỉnh Yên Bái"],
    ),
    (
        "Dự án được Sở Xây dựng cấp Giấy phép xây dựng số 12/GPXD ngày 2/3/2020; cấp Giấy phép "
        "khai thác số 412/GP-UBND ngày 24/4/2012.",
        ["Sở Xây dựng", None],
    ),
]


@pytest.mark.parametrize(("text", "issuers"), ISSUERS_BEFORE)
def test_issuer_named_before_the_document(text, issuers):
    assert [c.issuer for c in cites(text)] == issuers


# An issuer written by a short form is the body it stands for: the form the
# text defined for it, or, in a letter to one company, "Công ty" alone (not
# where the writer is of that kind: "Sở" in a Sở's letter is the writer).
LETTER = (
    "SỞ CÔNG THƯƠNG\nSố: 512/SCT-CN\nLào Cai, ngày 12 tháng 3 năm 2026\nV/v trả lại hồ sơ\n\n"
    "Kính gửi: Công ty cổ phần Khoáng sản Bắc Hà\n\n{}\n"
)
SHORT_FORM_ISSUERS = [
    (
        "Sở Công Thương nhận được hồ sơ của Công ty cổ phần Khoáng sản Bắc Hà (sau đây gọi tắt là Công ty) nộp "
        "ngày 02/3/2026. Thiết kế đã được Công ty phê duyệt tại Quyết định số 15/QĐ-BH ngày 06/01/2020.",
        ["Công ty cổ phần Khoáng sản Bắc Hà"],
    ),
    (
        "Ngày 05/3/2026, Công ty có Văn bản số 21/CV-BH đề nghị rút hồ sơ.",
        ["Công ty cổ phần Khoáng sản Bắc Hà"],
    ),
    # (a name the text defined for another body is that body's)
    (
        "Công ty TNHH Đá Bảo Hà (sau đây gọi tắt là Công ty) đã nộp hồ sơ. Ngày 05/3/2026, Công ty có Văn bản "
        "số 21/CV-BH đề nghị rút hồ sơ.",
        ["Công ty TNHH Đá Bảo Hà"],
    ),
    ("Ngày 05/3/2026, Sở có Văn bản số 21/SCT-CN gửi Công ty.", ["Sở Công Thương"]),
]


@pytest.mark.parametrize(("body", "issuers"), SHORT_FORM_ISSUERS)
def test_issuer_short_form_is_the_body_it_stands_for(body, issuers):
    assert [c.issuer for c in cites(LETTER.format(body))] == issuers


REPAIRS = [
    ("space before slash", "Căn cứ Quyết định số 196 /QĐ-UBND ngày 28/4/2021;", "196/QĐ-UBND"),
    ("space after hyphen", "Thực hiện Kế hoạch số 160- KH/TU ngày 28/6/2024;", "160-KH/TU"),
    ("capitals", "TRIỂN KHAI QUYẾT ĐỊNH SỐ 1183/QĐ-TTG NGÀY 14/10/2024", "1183/QĐ-TTg"),
    (
        "letter for slash",
        "báo cáo theo Thông tư số 13/2021ATT-BLĐTBXH ngày 30/9/2021.",
        "13/2021/TT-BLĐTBXH",
    ),
    ("hyphen left out", "Căn cứ Nghị định số 181/2024/NĐCP ngày 31/12/2024;", "181/2024/NĐ-CP"),
    ("hyphen left out, no year", "Thực hiện Quyết định số 1626/QĐTTg ngày 05/12/2025;", "1626/QĐ-TTg"),
    ("slash for hyphen", "Căn cứ Quyết định số 15/2019/QĐ/UBND ngày 31/12/2019;", "15/2019/QĐ-UBND"),
    ("slash for hyphen, no year", "Thực hiện Kế hoạch số 45/KH/UBND ngày 02/02/2024;", "45/KH-UBND"),
    (
        "cyrillic look-alike",
        "Căn cứ Quyết định số 45/QĐ-UBNД ngày 01/02/2024;".replace("Д", "D")
        .replace("Q", "Q")
        .replace("UBND", "UВND"),
        "45/QĐ-UBND",
    ),
]


@pytest.mark.parametrize(("name", "text", "number"), REPAIRS, ids=[r[0] for r in REPAIRS])
def test_repaired_not_dropped(name, text, number):
    doc = parse_text(text)
    assert [c.number for c in doc.citations] == [number]
    assert doc.citations[0].repaired_from
    assert any(d.code == "citation-repaired" for d in doc.diagnostics)


# A joint act's type code, then a slash, then its issuers' codes is a form the
# issuers themselves use: nothing repaired (its number the hyphened one, the
# identity of the act however written).
JOINT_SLASHED = [
    (
        "Căn cứ Nghị quyết liên tịch số 05/2015/NQLT/CP-UBTƯMTTQVN ngày 10 tháng 3 năm 2015 của Chính phủ "
        "và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;",
        "05/2015/NQLT-CP-UBTƯMTTQVN",
    ),
    ("Căn cứ Thông tư liên tịch số 36/2012/TTLT/BYT-BGDĐT ngày 20/6/2012;", "36/2012/TTLT-BYT-BGDĐT"),
]


@pytest.mark.parametrize(("text", "number"), JOINT_SLASHED)
def test_a_joint_acts_slashed_symbol_is_no_typo(text, number):
    doc = parse_text(text)
    assert [(c.number, c.repaired_from) for c in doc.citations] == [(number, [])]
    assert not any(d.code == "citation-repaired" for d in doc.diagnostics)


# a catalogue's column headers, printed again at each page's top
_TABLE_HEAD = "\nSTT\nVăn bản hết hiệu lực\nNgày hết hiệu lực\n"
DATES = [
    ("slashes", "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng;", "2021-01-07"),
    ("words", "Theo Tờ trình số 59/TTr-LĐTBXH ngày 30 tháng 3 năm 2021,", "2021-03-30"),
    (
        "after a comma",
        "Thực hiện Quyết định số 2361/QĐ-TTg, ngày 22/12/2015 của Thủ tướng;",
        "2015-12-22",
    ),
    ("impossible date", "Căn cứ Quyết định số 5/QĐ-UBND ngày 31/13/2020;", None),
    (
        "after the issuer",
        "Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Lào Cai ngày 02/02/2024 về phòng cháy rừng;",
        "2024-02-02",
    ),
    (
        "the day the sentence opens with, in words",
        "Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN về việc kiểm tra.",
        "2025-12-19",
    ),
    ("'tháng' mistyped as 'ngày'", "Căn cứ Nghị định số 88/2021/NĐ-CP ngày 15 ngày 9 năm 2021 của Chính phủ;", "2021-09-15"),
    ("no month after the mistyped word", "Căn cứ Nghị định số 88/2021/NĐ-CP ngày 15 ngày 13 năm 2021;", None),
    (
        "past a page break: a footnote and the table's header row again",
        f"{_TABLE_HEAD}1\nThông tư số 14/2019/TT-BLĐTBXH ngày \n\n\n1 Văn bản này được thống kê ở hai lĩnh vực\n\n"
        f"{_TABLE_HEAD}20/8/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về đào tạo nghề.\n",
        "2019-08-20",
    ),
    (
        "past a line the text never held before: no page break",
        f"{_TABLE_HEAD}1\nThông tư số 14/2019/TT-BLĐTBXH ngày\nĐào tạo nghề\n20/8/2019\n",
        None,
    ),
    (
        "past a page break, a date of another year",
        f"{_TABLE_HEAD}1\nThông tư số 14/2019/TT-BLĐTBXH ngày\n{_TABLE_HEAD}01/7/2024\n",
        None,
    ),
    (
        "not the date opening the next paragraph",
        "Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị\nNgày 20/02/2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo.",
        None,
    ),
    (
        "nor in words",
        "thực hiện Chỉ thị số 52-CT/TW của Ban Bí thư\nNgày 05 tháng 3 năm 2026, Ủy ban nhân dân tỉnh đã họp.",
        None,
    ),
]


def test_an_amending_law_named_with_its_year_and_pinpointed_is_the_amended_laws_basis():
    _, c = cites(
        "Căn cứ Điểm c, Khoản 2, Điều 89, Luật Xây dựng số 50/2014/QH13 ngày 18/06/2014 được sửa đổi bởi "
        "Khoản 30 Điều 1 Luật Xây dựng sửa đổi 2020 số 62/2020/QH14 ngày 17/06/2020;"
    )
    assert (c.number, c.name, c.relation, c.acts_on) == (
        "62/2020/QH14", "Luật Xây dựng sửa đổi", "basis", {"50/2014/QH13": "amends"}
    )


@pytest.mark.parametrize(("name", "text", "date"), DATES, ids=[d[0] for d in DATES])
def test_dates(name, text, date):
    assert cites(text)[0].date == date


RELATIONS = [
    ("basis", "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021;", "basis"),
    (
        "a paragraph opening 'Theo' an instruction carries it out",
        "Theo Công điện số 41/CĐ-TTg ngày 14/9/2026 của Thủ tướng Chính phủ về chủ động ứng phó bão số 5, "
        "từ chiều nay vùng biển phía Bắc có gió mạnh cấp 8.",
        "implements",
    ),
    (
        "'Theo' a directive opening a paragraph",
        "Theo Chỉ thị số 07/CT-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh, các sở rà soát thủ tục hành chính.",
        "implements",
    ),
    (
        "'Theo' a report opening a paragraph is its source",
        "Theo Báo cáo số 118/BC-SNNMT ngày 02/3/2026 của Sở Nông nghiệp và Môi trường, toàn tỉnh có 1.200 ha lúa bị ngập.",
        "mention",
    ),
    (
        "'theo' an instruction inside a sentence is referred to",
        "Các xã báo cáo kết quả theo Công điện số 41/CĐ-TTg ngày 14/9/2026 của Thủ tướng Chính phủ.",
        "mention",
    ),
    (
        "the carrying out as a sentence's topic, spoken of",
        "Các ngành đã đạt nhiều kết quả. Việc triển khai Nghị định số 101/2010/NĐ-CP ngày 30/9/2010 của Chính phủ "
        "đã có chuyển biến.",
        "mention",
    ),
    ("but not the verb's object", "Các sở tăng cường việc thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023.", "implements"),
    (
        "a clause's topic after a comma, spoken of",
        "Tuy nhiên, việc thực hiện Quyết định số 1982/QĐ-TTg ngày 18/10/2016 của Thủ tướng Chính phủ còn chậm.",
        "mention",
    ),
    (
        "the years it has run, looked back on",
        "Sau 5 năm thực hiện Nghị quyết số 08-NQ/HĐND ngày 12/7/2018 của HĐND tỉnh, kết quả tăng rõ rệt.",
        "mention",
    ),
    (
        "the years, the second act of the list",
        "Qua 8 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và 3 năm thực hiện "
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, nhận thức được nâng lên.",
        "mention",
    ),
    (
        "a tie to another programme, its verb far back",
        "Kế hoạch này gắn với thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 39-NQ/TW "
        "ngày 18/7/2023 của Bộ Chính trị.",
        "mention",
    ),
    (
        "a review of the years reports on the act",
        "Báo cáo tổng kết 5 năm thực hiện Chỉ thị số 04-CT/TW ngày 02/6/2021 của Ban Bí thư.",
        "mention",
    ),
    (
        "the results of months of carrying out, reviewed",
        "Ban Thường vụ Tỉnh ủy họp nghe báo cáo kết quả 03 tháng thực hiện Kế hoạch số 38-KH/TU, ngày 20/10/2025 "
        "của Ban Thường vụ Tỉnh ủy.",
        "mention",
    ),
    (
        "a mid-term review of years",
        "Ban Thường vụ Tỉnh ủy báo cáo sơ kết 03 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.",
        "mention",
    ),
    (
        "the situation of months, the second act of the list",
        "Ban Thường vụ báo cáo sơ kết 03 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và tình "
        "hình 06 tháng thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị như sau:",
        "mention",
    ),
    (
        "a clause's topic after a semicolon, a law named by its title",
        "Tuy nhiên, công tác này vẫn còn hạn chế: một số cấp ủy chưa quan tâm đúng mức; việc phát hiện, xử lý "
        "thông tin xấu, độc có nơi còn chậm; việc thực hiện Luật An ninh mạng năm 2018 có lúc, có nơi chưa nghiêm.",
        "mention",
    ),
    (
        "an evaluation of the carrying out",
        "Các sở đánh giá việc triển khai Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ.",
        "mention",
    ),
    (
        "a clause's topic after a semicolon, in a run of such clauses",
        "Công tác còn hạn chế: một số nơi chưa quan tâm; việc phát hiện vi phạm có nơi còn chậm; việc thực hiện "
        "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ có nơi chưa nghiêm.",
        "mention",
    ),
    (
        "implements through what the document sets, listed",
        "Nhằm cụ thể hóa các nhiệm vụ, giải pháp tại Chỉ thị số 12/CT-TTg ngày 25/4/2024 của Thủ "
        "tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.",
        "implements",
    ),
    (
        "implements through what the document sets",
        "Nhằm góp phần thực hiện các mục tiêu của Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
        "Chính trị về đột phá phát triển khoa học, công nghệ, UBND tỉnh ban hành Kế hoạch.",
        "implements",
    ),
    (
        "basis continued after a semicolon",
        "Căn cứ Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017;",
        "basis",
    ),
    (
        "implements",
        "Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024 của UBND thành phố Quảng Ngãi,",
        "implements",
    ),
    (
        "implements in a sentence",
        "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Quyết định số 1183/QĐ-TTg ngày 14/10/2024.",
        "implements",
    ),
    (
        "proposal",
        "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 137/TTr-SLĐTBXH ngày 02/12/2024,",
        "proposal",
    ),
    (
        "attached",
        "(Ban hành kèm theo Quyết định số 196/QĐ-UBND ngày 22 tháng 4 năm 2021 của UBND tỉnh Sơn La)",
        "attached",
    ),
    (
        "attached, a caption on its own line",
        "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em\nKèm theo Quyết định số 196/QĐ-UBND ngày 22/4/2021 của UBND tỉnh",
        "attached",
    ),
    (
        "an annex of another document is a mention",
        "Định mức quy định tại Phụ lục I kèm theo Nghị định số 289/2025/NĐ-CP ngày 06/11/2025.",
        "mention",
    ),
    (
        "a regulation attached to another document: reached through 'theo', a mention",
        "Thực hiện tốt Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định số "
        "105/2009/QĐ-TTg ngày 19/8/2009.",
        "mention",
    ),
    (
        "a preposition before a pinpoint",
        "Chỉ đạo nhà thầu triển khai thiết kế theo Điều 83 Luật Xây dựng số 50/2014/QH13.",
        "mention",
    ),
    (
        "basis through a provision",
        "Căn cứ quy định tại khoản 2 Điều 11 Luật Hóa chất số 69/2025/QH15;",
        "basis",
    ),
    ("basis of an article", "Căn cứ khoản 2 Điều 201 của Luật Sở hữu trí tuệ năm 2005;", "basis"),
    (
        "mention",
        "Các đơn vị báo cáo theo Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021.",
        "mention",
    ),
    (
        "a list going on after the short name of its first item",
        "Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về y tế (sau đây gọi tắt là "
        "Nghị quyết 72); Kế hoạch số 58-KH/TW ngày 25/9/2025 của Bộ Chính trị thực hiện Nghị quyết 72, "
        "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:",
        "implements",
    ),
    (
        "a list of bases going on after an item's mark and its group's label",
        "Căn cứ: (i) Quyết định số 12/2025/QĐ-UBND ngày 02/7/2025 của UBND tỉnh Lào Cai; (ii) Pháp luật "
        "về đất đai: Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ.",
        "basis",
    ),
    (
        "a list of bases going on after its group's label",
        "Căn cứ Luật Xây dựng số 50/2014/QH13; các văn bản hướng dẫn: Thông tư số 06/2021/TT-BXD ngày "
        "30/6/2021 của Bộ Xây dựng.",
        "basis",
    ),
    (
        "a list of bases going on after plain items naming no document by number",
        "Căn cứ Nghị định số 10/2024/NĐ-CP ngày 01/02/2024; các Thông tư hướng dẫn; Quy định về quản lý xây dựng "
        "do UBND tỉnh Lạng Sơn ban hành; (ii) Phòng cháy và chữa cháy: Luật số 55/2024/QH15 ngày 29/11/2024;",
        "basis",
    ),
    (
        "… not a list of mentions",
        "Các đơn vị báo cáo theo Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021; các văn bản hướng dẫn; "
        "Luật số 55/2024/QH15 ngày 29/11/2024;",
        "mention",
    ),
    (
        "a list of proposals going on with the next proposer",
        "Căn cứ đề nghị của Sở Tài chính tại Văn bản số 956/STC-QLG ngày 03/3/2026 và Sở Nội vụ tại Văn "
        "bản số 873/SNV-TCBC ngày 27/02/2026.",
        "proposal",
    ),
    (
        "a proposal inside the subject of a letter received, whose number was left out (its date in its place)",
        "Sở Y tế nhận được Văn bản số 05/11/2025 của Công ty TNHH Hòa An về việc bổ sung hồ sơ cấp phép hoạt động "
        "theo đề nghị của Sở Tài chính tại Văn bản số 77/STC-QLG ngày 15/10/2025 và Sở Nội vụ tại Văn bản số "
        "80/SNV-TCBC ngày 16/10/2025.",
        "mention",
    ),
    (
        "a submission received",
        "Ngày 26/01/2026, Sở Công Thương tiếp nhận Tờ trình số 09/TTr-CT ngày 25/01/2026 của Công ty A "
        "đề nghị thẩm định thiết kế.",
        "proposal",
    ),
    (
        "a list carried out, its next item a compound type (its head noun before the word the table knows)",
        "Thực hiện Kế hoạch số 11/KH-BVHTTDL ngày 05/01/2024 của Bộ Văn hóa, Thể thao và Du lịch về tổ chức các "
        "sự kiện thể thao năm 2024; Thông báo kết luận số 215-TB/TU ngày 30/01/2024 của Ban Thường vụ Tỉnh ủy;",
        "implements",
    ),
    (
        "a submission received far back in its clause, a verb of the dossier's subject between",
        "Ngày 18/3/2026, Sở Công Thương nhận được thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục "
        "hành chính tỉnh về việc thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở, kèm theo: (i) Tờ "
        "trình số 96/TTr-NLBH ngày 18/3/2026 của Công ty cổ phần Năng lượng Bảo Hà; (ii) Hồ sơ thiết kế.",
        "proposal",
    ),
    (
        "a letter received asking right after its issuer",
        "Sở Xây dựng nhận được Văn bản số 15/CV-HB ngày 04/3/2026 của Công ty TNHH Hòa Bình đề nghị "
        "thẩm định thiết kế.",
        "proposal",
    ),
    (
        "a list of bases introduced by a line ending with a colon",
        "Căn cứ các Thông tư của Bộ Tài chính hướng dẫn về quản lý giá, bao gồm:\nThông tư số 45/2024/TT-BTC "
        "ngày 01/7/2024; Thông tư số 46/2024/TT-BTC ngày 01/7/2024;",
        "basis",
    ),
    (
        "the letter a reply answers",
        "Phúc đáp Văn bản số 21/CV-HA ngày 01/11/2025 của Công ty Hòa An về việc hướng dẫn thủ tục, Sở Y tế có ý "
        "kiến như sau:",
        "proposal",
    ),
    (
        "a programme carried out, issued with the decision cited",
        "Thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 ban hành kèm theo Quyết định số "
        "23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ,",
        "implements",
    ),
    (
        "a scheme carried out, approved by the decision cited",
        "Thực hiện Đề án phát triển du lịch cộng đồng đã được UBND tỉnh phê duyệt tại Quyết định số 345/QĐ-UBND "
        "ngày 07/01/2021,",
        "implements",
    ),
    (
        "the carrying out spoken of, through a preposition",
        "Các đơn vị báo cáo kết quả thực hiện Kế hoạch này theo Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021.",
        "mention",
    ),
    (
        "a list going on with the issuer before the number",
        "Thực hiện Chỉ thị số 05/CT-TTg ngày 01/3/2025 của Thủ tướng Chính phủ; Chỉ thị của Thủ tướng "
        "Chính phủ số 19/CT-TTg ngày 10/6/2025 về ứng phó bão lũ, UBND tỉnh yêu cầu:",
        "implements",
    ),
    (
        "a ground opening its own sentence in a paragraph, after a number",
        "Căn cứ điểm b khoản 4 Điều 44 Nghị định số 105/2025/NĐ-CP. Căn cứ chức năng, nhiệm vụ của Phòng An toàn "
        "quy định tại Quyết định số 12/QĐ-ATMT ngày 05/01/2025 của Cục trưởng Cục Kỹ thuật an toàn.",
        "basis",
    ),
    (
        "the same after a word",
        "Căn cứ Thông tư số 10/2025/TT-BCT ngày 01/3/2025 của Bộ Công Thương. Căn cứ chức năng, nhiệm vụ của "
        "Phòng An toàn quy định tại Quyết định số 12/QĐ-ATMT ngày 05/01/2025 của Cục Kỹ thuật an toàn.",
        "basis",
    ),
    (
        "an item of a 'Căn cứ:' list naming its act through a preposition in brackets",
        "Căn cứ: (i) Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lào Cai; (ii) Quyết định chấp "
        "thuận chủ trương đầu tư (cấp lần đầu tại Quyết định số 2081/QĐ-UBND ngày 07/11/2022 của UBND tỉnh Yên Bái)",
        "basis",
    ),
    (
        "the 'Căn cứ:' list going on after that bracket",
        "Căn cứ: (i) Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lào Cai; (ii) Quyết định chấp "
        "thuận chủ trương đầu tư (cấp lần đầu tại Quyết định số 2081/QĐ-UBND ngày 07/11/2022 của UBND tỉnh Yên Bái); "
        "(iii) Pháp luật về xây dựng: Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
        "basis",
    ),
    (
        "an item of a 'Căn cứ:' list labelled, its document by its number alone",
        "Căn cứ: (i) Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ; Thông tư hướng dẫn của Bộ Xây "
        "dựng: số 06/2021/TT-BXD ngày 30/06/2021 quy định về phân cấp công trình xây dựng.",
        "basis",
    ),
    (
        "the laws an amending law's title lists, in a ground, are no grounds",
        "Căn cứ Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, "
        "Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;",
        "mention",
    ),
    (
        "an order to comply with an act",
        "Công ty phải thực hiện đúng Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024.",
        "mention",
    ),
    (
        "a main clause's act after a 'Căn cứ' ground stays a mention",
        "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh, Sở Công Thương đề nghị các đơn vị "
        "báo cáo theo Thông tư số 13/2021/TT-BCT ngày 30/9/2021.",
        "mention",
    ),
]


def test_a_plan_cited_with_what_it_carries_out_by_its_short_name():
    """"Kế hoạch số 58-KH/TW … thực hiện Nghị quyết 72": the subject is what it
    carries out, named by the short name given above, and ends before the
    citing sentence's own clause ("…, Ban Thường vụ … xây dựng Kế hoạch …")."""
    got = cites(
        "Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về y tế (sau đây gọi tắt là "
        "Nghị quyết 72); Kế hoạch số 58-KH/TW ngày 25/9/2025 của Bộ Chính trị thực hiện Nghị quyết 72, "
        "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:"
    )
    plan = next(c for c in got if c.number == "58-KH/TW")
    assert (plan.subject, plan.implements) == ("thực hiện Nghị quyết 72", ["72-NQ/TW"])


@pytest.mark.parametrize(("name", "text", "relation"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relations(name, text, relation):
    assert cites(text)[-1].relation == relation


def test_law_named_before_its_number():
    (c,) = cites(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"
    )
    assert (c.number, c.doc_type, c.relation, c.date) == (
        "72/2025/QH15",
        "L",
        "basis",
        "2025-06-16",
    )


def test_laws_listed_with_their_numbers_each_have_their_own_name():
    """In a list ("Luật A số …, Luật B số …, Bộ luật C số …") each law's name
    starts at its own type word; none runs back over the laws before it."""
    got = cites(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13, Luật Khoáng sản "
        "số 60/2010/QH12, Bộ luật Hàng hải Việt Nam số 95/2015/QH13, Luật Đường sắt số 06/2017/QH14;"
    )
    assert [(c.number, c.name) for c in got] == [
        (
            None,
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Khoáng sản, Bộ luật Hàng hải Việt Nam, "
            "Luật Đường sắt",
        ),
        ("45/2013/QH13", "Luật Đất đai"),
        ("60/2010/QH12", "Luật Khoáng sản"),
        ("95/2015/QH13", "Bộ luật Hàng hải Việt Nam"),
        ("06/2017/QH14", "Luật Đường sắt"),
    ]


def test_the_carrying_out_spoken_of_is_no_implementing():
    """"về việc vướng mắc trong thực hiện Thông tư …" speaks of carrying it out:
    the cited letter does not implement the circular."""
    (letter, circular) = cites(
        "Căn cứ Công văn số 9876/UBND-KTTC ngày 02/3/2026 của UBND tỉnh về việc vướng mắc trong "
        "thực hiện Thông tư số 18/2026/TT-BTC;"
    )
    assert (letter.implements, circular.relation) == ([], "mention")


def test_what_a_nested_document_carries_out_is_its_own():
    """"Nghị định A sửa đổi … Nghị định B … quy định chi tiết … thi hành Luật
    X": B carries out X; A amends B and carries out nothing here."""
    got = {
        c.number or c.name: c.implements
        for c in cites(
            "Căn cứ Luật Phòng, chống tác hại của thuốc lá ngày 18 tháng 6 năm 2012; Căn cứ Nghị định "
            "số 106/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của "
            "Nghị định số 67/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ quy định chi tiết một số "
            "điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá;"
        )
    }
    assert got["106/2017/NĐ-CP"] == []
    assert got["67/2013/NĐ-CP"] == ["Luật Phòng, chống tác hại của thuốc lá"]



# (text, {cited act: what it does to other cited acts}) — an amending act named
# after the act it amends, or a cited act's subject saying what it does
AMENDING_ACTS = [
    (
        "decisions adjusting one, listed after 'số:' with their notes",
        "Hồ sơ gồm: Quyết định chủ trương đầu tư số 770/QĐ-UBND ngày 10/3/2017 của UBND tỉnh Lào Cai; các Quyết "
        "định điều chỉnh chủ trương đầu tư số: 3751/QĐ-UBND ngày 22/10/2021 (điều chỉnh lần 01); 498/QĐ-UBND "
        "ngày 01/3/2022 (điều chỉnh lần 02).",
        {"770/QĐ-UBND": {}, "3751/QĐ-UBND": {"770/QĐ-UBND": "amends"}, "498/QĐ-UBND": {"770/QĐ-UBND": "amends"}},
    ),
    (
        "a list not opened by a colon ends at ';'",
        "Căn cứ Quyết định số 770/QĐ-UBND ngày 10/3/2017 của UBND tỉnh, được sửa đổi, bổ sung tại Quyết định số "
        "3751/QĐ-UBND ngày 22/10/2021; Quyết định số 498/QĐ-UBND ngày 01/3/2022 của UBND tỉnh;",
        {"3751/QĐ-UBND": {"770/QĐ-UBND": "amends"}, "498/QĐ-UBND": {}},
    ),
    (
        "amended by a list, the comma after 'sửa đổi' left out",
        "Căn cứ Thông tư số 06/2021/TT-BXD ngày 30/6/2021 của Bộ Xây dựng, sửa đổi bổ sung bởi Thông tư số "
        "02/2025/TT-BXD ngày 31/3/2025, Thông tư số 09/2025/TT-BXD ngày 13/6/2025;",
        {"02/2025/TT-BXD": {"06/2021/TT-BXD": "amends"}, "09/2025/TT-BXD": {"06/2021/TT-BXD": "amends"}},
    ),
    (
        "amending acts listed by their kind, 'gồm: số …'",
        "Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ và các Nghị định sửa đổi, bổ sung gồm: "
        "số 35/2023/NĐ-CP ngày 20/6/2023, số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ;",
        {"06/2021/NĐ-CP": {}, "35/2023/NĐ-CP": {"06/2021/NĐ-CP": "amends"}, "175/2024/NĐ-CP": {"06/2021/NĐ-CP": "amends"}},
    ),
    (
        "amending acts listed by their kind after the amended act's subject",
        "- Nghị định số 06/2021/NĐ-CP ngày 26 tháng 01 năm 2021 của Chính phủ quy định chi tiết một số nội dung về "
        "quản lý chất lượng công trình xây dựng và các Nghị định sửa đổi, bổ sung gồm: số 35/2023/NĐ-CP ngày 20 "
        "tháng 6 năm 2023, số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ;",
        {"06/2021/NĐ-CP": {}, "35/2023/NĐ-CP": {"06/2021/NĐ-CP": "amends"}, "175/2024/NĐ-CP": {"06/2021/NĐ-CP": "amends"}},
    ),
    (
        "a law amended by two laws, listed",
        "Căn cứ Luật Hóa chất năm 2007, được sửa đổi, bổ sung bởi Luật số 28/2018/QH14 và Luật số "
        "57/2024/QH15;",
        {"Luật Hóa chất": {}, "28/2018/QH14": {"Luật Hóa chất": "amends"}, "57/2024/QH15": {"Luật Hóa chất": "amends"}},
    ),
    (
        "a decree amends the decree, not the law its subject names",
        "Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết một số điều "
        "của Luật Hóa chất được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP ngày 05/02/2020;",
        {"113/2017/NĐ-CP": {}, "17/2020/NĐ-CP": {"113/2017/NĐ-CP": "amends"}},
    ),
    (
        "in brackets",
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ (được sửa đổi, bổ sung tại "
        "Nghị định số 187/2025/NĐ-CP);",
        {"78/2025/NĐ-CP": {}, "187/2025/NĐ-CP": {"78/2025/NĐ-CP": "amends"}},
    ),
    (
        "the amended act in the amending act's subject",
        "Căn cứ Nghị định số 106/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ sửa đổi, bổ sung một "
        "số điều của Nghị định số 67/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ;",
        {"106/2017/NĐ-CP": {"67/2013/NĐ-CP": "amends"}, "67/2013/NĐ-CP": {}},
    ),
    (
        "the list of amending acts ends at ';'",
        "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15; Luật Xây "
        "dựng số 50/2014/QH13;",
        {"31/2024/QH15": {}, "43/2024/QH15": {"31/2024/QH15": "amends"}, "50/2014/QH13": {}},
    ),
    (
        "an act named by its title after the amending one is the outer list's",
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Tài nguyên "
        "nước số 17/2012/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 08/2017/QH14, Luật Đất đai "
        "số 45/2013/QH13, Luật Đê điều số 79/2006/QH11.",
        {"08/2017/QH14": {"17/2012/QH13": "amends"}, "45/2013/QH13": {}, "79/2006/QH11": {}},
    ),
    (
        "a subject amending a comma list of laws closed by 'và': each is amended, a mention",
        "Căn cứ Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở "
        "số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số "
        "32/2024/QH15;",
        {
            "43/2024/QH15": {
                "31/2024/QH15": "amends", "27/2023/QH15": "amends", "29/2023/QH15": "amends", "32/2024/QH15": "amends"
            },
            "27/2023/QH15": {},
        },
    ),
    (
        "a second amended act after the first one's own subject: both amended, mentions",
        "Căn cứ Thông tư số 40/2025/TT-BTC ngày 30 tháng 6 năm 2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung "
        "một số điều của Thông tư 11/2020/TT-BTC ngày 16 tháng 3 năm 2020 của Bộ trưởng Bộ Tài chính hướng dẫn "
        "giám sát giao dịch trên thị trường chứng khoán và Thông tư số 22/2022/TT-BTC ngày 08 tháng 4 năm 2022 "
        "của Bộ trưởng Bộ Tài chính hướng dẫn công tác giám sát tuân thủ;",
        {"40/2025/TT-BTC": {"11/2020/TT-BTC": "amends", "22/2022/TT-BTC": "amends"}, "22/2022/TT-BTC": {}},
    ),
    (
        "a later act after the first one's subject is listed beside the amending one",
        "Căn cứ Thông tư số 40/2020/TT-BTC ngày 30 tháng 6 năm 2020 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung "
        "một số điều của Thông tư 11/2018/TT-BTC ngày 16 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn "
        "giám sát giao dịch và Thông tư số 22/2022/TT-BTC ngày 08 tháng 4 năm 2022 của Bộ trưởng Bộ Tài chính;",
        {"40/2020/TT-BTC": {"11/2018/TT-BTC": "amends"}, "22/2022/TT-BTC": {}},
    ),
    (
        "the same, the laws named by their titles alone",
        "Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán và Luật "
        "Kiểm toán độc lập;",
        {"56/2024/QH15": {"Luật Chứng khoán": "amends", "Luật Kế toán": "amends", "Luật Kiểm toán độc lập": "amends"}},
    ),
    (
        "a subject on another matter amends nothing",
        "Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết một số điều "
        "của Luật Hóa chất;",
        {"113/2017/NĐ-CP": {}, "Luật Hóa chất": {}},
    ),
    (
        "a subject repealing an act",
        "Căn cứ Nghị định số 15/2023/NĐ-CP ngày 02/02/2023 của Chính phủ bãi bỏ Nghị định số "
        "31/2018/NĐ-CP ngày 01/3/2018 của Chính phủ;",
        {"15/2023/NĐ-CP": {"31/2018/NĐ-CP": "repeals"}, "31/2018/NĐ-CP": {}},
    ),
    (
        "a subject replacing an act",
        "Thực hiện Quyết định số 77/QĐ-UBND ngày 05/01/2026 của UBND tỉnh về việc thay thế Quyết định số "
        "1234/QĐ-UBND ngày 01/6/2025 của UBND tỉnh;",
        {"77/QĐ-UBND": {"1234/QĐ-UBND": "replaces"}},
    ),
    (
        "an amending law cited by its title, the laws it names cited too",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
        "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        {
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": {
                "Luật Tổ chức chính quyền địa phương": "amends",
                "Luật Tổ chức Chính phủ": "amends",  # (cited nowhere else: by its name)
            }
        },
    ),
    (
        "the same, each law of a comma list, one cited the same year before it",
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của Luật Đất đai, "
        "Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng ngày 29 tháng 6 năm 2024;",
        {
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và "
            "Luật Các tổ chức tín dụng": {
                "Luật Đất đai": "amends",
                "Luật Nhà ở": "amends",
                "Luật Kinh doanh bất động sản": "amends",
                "Luật Các tổ chức tín dụng": "amends",
            }
        },
    ),
    (
        "the same, a law whose name holds a comma",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 "
        "năm 2020;",
        {
            "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều": {
                "Luật Phòng, chống thiên tai": "amends",
                "Luật Đê điều": "amends",
            }
        },
    ),
    (
        "the same, the law it amends cited by its number",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
        "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;",
        {
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": {
                "77/2015/QH13": "amends",
                "Luật Tổ chức Chính phủ": "amends",
            }
        },
    ),
    (
        "an amending law cited by its title, which lists the laws it amends by their numbers",
        "Căn cứ Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, "
        "Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;",
        {
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Các tổ chức tín dụng": {
                "31/2024/QH15": "amends",
                "27/2023/QH15": "amends",
                "32/2024/QH15": "amends",
            }
        },
    ),
    (
        "not the text's own title, the law it issues",
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số "
        "27/2023/QH15.",
        {"Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở": None},
    ),
    (
        "an amending law cited by its title and its own number",
        "Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của "
        "Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14 ngày 17/6/2020;",
        {"60/2020/QH14": {"33/2013/QH13": "amends", "Luật Đê điều": "amends"}, "33/2013/QH13": {}},
    ),
    (
        "a bracketed subject after the date says what the act amends",
        "Thủ tục cấp phép xuất bản bản tin được quy định tại Điều 2 Nghị định số 118/2026/NĐ-CP ngày 10/4/2026 "
        "(sửa đổi, bổ sung Điều 22 Nghị định số 195/2013/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số "
        "150/2018/NĐ-CP) thuộc thẩm quyền của Sở Văn hóa, Thể thao và Du lịch.",
        {
            "118/2026/NĐ-CP": {"195/2013/NĐ-CP": "amends"},
            "195/2013/NĐ-CP": {},
            "150/2018/NĐ-CP": {"195/2013/NĐ-CP": "amends"},
        },
    ),
    (
        "the amending act's clauses listed before its number",
        "Việc cấp phép được quy định tại Điều 9 Nghị định số 28/2019/NĐ-CP ngày 15 tháng 3 năm 2019 của Chính phủ "
        "về quản lý hoạt động mỹ thuật, được sửa đổi, bổ sung bởi khoản 3 và khoản 4 Điều 1 Nghị định số "
        "44/2025/NĐ-CP ngày 20 tháng 2 năm 2025 của Chính phủ.",
        {"44/2025/NĐ-CP": {"28/2019/NĐ-CP": "amends"}},
    ),
    (
        "the same, its points listed",
        "Căn cứ Thông tư số 12/2020/TT-BTC ngày 02/3/2020 của Bộ Tài chính, được sửa đổi bởi điểm a, điểm b khoản 2 "
        "Điều 3 Thông tư số 40/2023/TT-BTC ngày 12/6/2023 của Bộ Tài chính;",
        {"40/2023/TT-BTC": {"12/2020/TT-BTC": "amends"}},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), AMENDING_ACTS, ids=[r[0] for r in AMENDING_ACTS])
def test_what_an_amending_act_amends(name, text, want):
    got = {c.number or c.name: c.acts_on for c in cites(text)}
    assert {k: got.get(k) for k in want} == want
    if name.startswith("a subject amending a comma list"):  # named inside the title: mentions
        assert {c.number: c.relation for c in cites(text)}["27/2023/QH15"] == "mention"
    if name.startswith("a second amended act"):
        assert {c.number: c.relation for c in cites(text)}["22/2022/TT-BTC"] == "mention"
    if name.startswith("an amending law cited by its title, which lists"):  # the ground, its laws named
        assert [c.relation for c in cites(text)][1:] == ["basis", "mention", "mention"]

def test_the_constitution_is_a_basis():
    """"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" opens most
    laws' and decrees' preambles: the Constitution is cited, by Quốc hội; the
    resolution amending it is named with it; "Hiến pháp năm 2013" later is the
    same act."""
    got = cites(
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số "
        "điều theo Nghị quyết số 203/2025/QH15; theo quy định của Hiến pháp năm 2013 và pháp luật."
    )
    assert [(c.name, c.doc_type, c.year, c.issuer, c.relation, len(c.mentions)) for c in got] == [
        ("Hiến pháp", "HP", 2013, "Quốc hội", "basis", 2),
        (None, "NQ", 2025, "Quốc hội", "basis", 1),
    ]
    # (with its year it is the act, set phrase or not)
    assert [c.year for c in cites("Làm đúng quy định của Hiến pháp năm 2013 và pháp luật.")] == [2013]


def test_the_constitution_named_without_its_year_is_the_one_in_force():
    """Named without its year, the Constitution is the one in force when the
    text was issued: a 2026 decree's is 2013's, apart from "Hiến pháp năm
    1992" named in it."""
    from khtool import parse_text

    doc = parse_text(
        "CHÍNH PHỦ\nSố: 1/2026/NĐ-CP\nHà Nội, ngày 14 tháng 1 năm 2026\nNGHỊ ĐỊNH\nVề tổ chức\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi\n"
        "Quy định này thay cho quy định theo Hiến pháp năm 1992.\n"
    )
    assert sorted((c.name, c.year) for c in doc.citations if c.doc_type == "HP") == [
        ("Hiến pháp", 1992),
        ("Hiến pháp", 2013),
    ]


def test_a_law_given_with_its_number_and_elsewhere_by_name_is_one_citation():
    text = (
        "Căn cứ Luật Xây dựng số 50/2014/QH13;\n"
        "Thẩm định theo Điều 83 Luật Xây dựng năm 2014 và quy định của Luật Xây dựng.\n"
        "Hồ sơ lập theo Luật Đất đai số 31/2024/QH15; trước đây là Luật Đất đai năm 2013."
    )
    found = cites(text)
    got = {(c.number, c.name, c.year): len(c.mentions) for c in found}
    assert got == {
        ("50/2014/QH13", "Luật Xây dựng", 2014): 3,
        ("31/2024/QH15", "Luật Đất đai", 2024): 1,
        (None, "Luật Đất đai", 2013): 1,  # another version of the law: its own citation
    }
    (xd,) = [c for c in found if c.number == "50/2014/QH13"]
    assert xd.relation == "basis" and not xd.repaired_from


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the name after "về", capitalised as a title; the named mention folds in
            "Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ "
            "và công cụ hỗ trợ;\nThực hiện đúng Luật Quản lý, sử dụng vũ khí, vật liệu nổ và "
            "công cụ hỗ trợ ngày 29/6/2024.",
            {("42/2024/QH15", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"): 2},
        ),
        (  # "Luật về X" is the Luật X
            "Căn cứ Luật về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024;\nThực hiện "
            "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024.",
            {(None, "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"): 2},
        ),
        (  # what is said of the law is not its name
            "Căn cứ Luật số 15/2012/QH13 về Xử lý vi phạm hành chính, sửa đổi bổ sung năm 2025;",
            {("15/2012/QH13", "Luật Xử lý vi phạm hành chính"): 1},
        ),
        (  # a subject in lower case names no law
            "Căn cứ Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan "
            "đến quy hoạch;",
            {("35/2018/QH14", None): 1},
        ),
        (  # named with its year, numbered bare in another sentence: the year's only law, one citation
            "Căn cứ Điều 38 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024 (được sửa "
            "đổi, bổ sung tại Luật số 118/2025/QH15).\nTheo điểm a khoản 1 Điều 39 Luật số 42/2024/QH15, văn bản "
            "đề nghị phải ghi rõ số lượng.",
            {
                ("42/2024/QH15", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"): 2,
                ("118/2025/QH15", None): 1,
            },
        ),
        (  # two laws of that year named: which one the number is, the text does not say
            "Căn cứ Luật Đất đai ngày 18/01/2024; Luật Các tổ chức tín dụng ngày 18/01/2024;\nTheo Điều 1 Luật "
            "số 43/2024/QH15.",
            {(None, "Luật Đất đai"): 1, (None, "Luật Các tổ chức tín dụng"): 1, ("43/2024/QH15", None): 1},
        ),
        (  # the bare number amends the named law: another law
            "Căn cứ Luật Đất đai ngày 18/01/2024, được sửa đổi, bổ sung bởi Luật số 43/2024/QH15;",
            {(None, "Luật Đất đai"): 1, ("43/2024/QH15", None): 1},
        ),
    ],
)
def test_a_law_named_after_ve(text, expected):
    assert {(c.number, c.name): len(c.mentions) for c in cites(text)} == expected


def test_a_bare_law_name_is_not_read_inside_a_longer_cited_one():
    text = (
        "Căn cứ Luật Đầu tư năm 2020; Luật Đầu tư công năm 2024;\n"
        "Thực hiện Luật Đầu tư công và Luật  đầu tư."
    )
    assert {c.name: [m.text for m in c.mentions] for c in cites(text)} == {
        "Luật Đầu tư": ["Luật Đầu tư năm 2020", "Luật  đầu tư"],
        "Luật Đầu tư công": ["Luật Đầu tư công năm 2024", "Luật Đầu tư công"],
    }


def test_a_pinpoint_into_a_law_named_alone():
    text = (
        "Căn cứ Luật Tư pháp người chưa thành niên ngày 27 tháng 6 năm 2024;\n"
        "Nghị định này quy định chi tiết khoản 3 Điều 160 Luật Tư pháp người chưa thành niên."
    )
    (law,) = cites(text)
    pin = law.mentions[1].pinpoint
    assert pin is not None and (pin.article, pin.clause) == ("160", "3")


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # the type the text names wins over a code that only looks like one
        ("Báo cáo số 03/TT-PT ngày 27/02/2026 của Công ty TNHH Phú Thành về kết quả thẩm tra.", "BC"),
        ("Thực hiện Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị,", "QyĐ"),
        ("theo Văn bản số 12/QĐ-UBND ngày 05/3/2026 của UBND tỉnh,", "QĐ"),
        ("theo Thông tư số 76/2023/TT-BTC ngày 29/12/2023 của Bộ Tài chính,", "TT"),
        # a compound type's head noun, the number's own code agreeing with it
        ("Thực hiện Thông báo kết luận số 216-TB/TU ngày 31/01/2024 của Ban Thường vụ Tỉnh ủy,", "TB"),
        # a sender's own code in the type's place, with or without the year
        ("Xét đề nghị của Công ty TNHH Đồng Tiến tại Văn bản số 146/2026/ĐN-ĐT ngày 19/6/2026.", "CV"),
        ("Xét đề nghị của Công ty TNHH Đồng Tiến tại Văn bản số 12/ĐN-ĐT ngày 20/6/2026.", "CV"),
        ("Xét đề nghị của Công ty TNHH Sơn Thạch tại Tờ trình số 1906/2026/GĐN-DCG ngày 19/6/2026.", "TTr"),
    ],
)
def test_the_type_named_in_the_text(text, doc_type):
    (c,) = cites(text)
    assert c.doc_type == doc_type


def test_an_attached_texts_preamble_is_not_the_carriers():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 196/QĐ-UBND\nSơn La, ngày 22 tháng 4 năm 2021\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực từ ngày ký./.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Quốc Khánh\n"
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "QUY CHẾ\nPhối hợp bảo vệ trẻ em\n(Ban hành kèm theo Quyết định số 196/QĐ-UBND ngày 22/4/2021)\n"
        "Căn cứ Luật Trẻ em năm 2016;\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nQuy chế này quy định việc phối hợp.\n"
    )
    doc = parse_text(text)
    assert len(doc.attachments) == 1
    carrier = {c.name: c.relation for c in doc.citations}
    attached = {c.name: c.relation for c in doc.attachments[0].citations}
    assert carrier["Luật Tổ chức chính quyền địa phương"] == "basis"
    assert carrier["Luật Trẻ em"] == "mention"
    assert attached["Luật Trẻ em"] == "basis"


@pytest.mark.parametrize(
    ("later", "carrier_lines", "carrier_aliases"),
    [
        # cited by the carrier itself: the attached plan's mentions and alias are the plan's
        ("", [2], []),
        # the carrier's own alias stays its own
        (" (sau đây gọi là Quyết định 1189)", [2], ["Quyết định 1189"]),
    ],
)
def test_an_attached_texts_mentions_and_aliases_are_its_own(later, carrier_lines, carrier_aliases):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 215/QĐ-UBND\nGia Lai, ngày 18 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch thực hiện Cuộc vận động năm 2025\n"
        f"Căn cứ Quyết định số 1189/QĐ-BVHTTDL ngày 10/5/2024 của Bộ Văn hóa, Thể thao và Du lịch{later};\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Cuộc vận động năm 2025.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Thị C\n"
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nKẾ HOẠCH\nThực hiện Cuộc vận động năm 2025\n"
        "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Gia Lai)\n"
        "I. MỤC ĐÍCH\nGóp phần thực hiện Quyết định số 1189/QĐ-BVHTTDL (sau đây gọi là Quyết định 1189).\n"
    )
    doc = parse_text(text)
    (carrier,) = [c for c in doc.citations if c.number == "1189/QĐ-BVHTTDL"]
    (attached,) = [c for c in doc.attachments[0].citations if c.number == "1189/QĐ-BVHTTDL"]
    lines = [m.span.line - doc.citations[0].mentions[0].span.line + 2 for m in carrier.mentions]
    assert (lines, carrier.aliases) == (carrier_lines, carrier_aliases)
    assert attached.aliases == ["Quyết định 1189"]


def test_a_letter_dated_by_its_sentences_opening_day():
    (c,) = cites("Ngày 05/3/2026, Công ty TNHH Minh Phát có Văn bản số 12/CV-MP đề nghị gia hạn.")
    assert c.date == "2026-03-05"
    (c,) = cites("Ngày 19/12/2025, Sở Công Thương có Văn bản số 3169/SCT-CN ngày 18/12/2025 gửi các đơn vị.")
    assert c.date == "2025-12-18"  # the date after the number wins


def test_the_law_of_a_field_is_no_act():
    # "pháp luật chứng khoán" (securities law as a field) is not "Luật Chứng khoán"
    text = (
        "Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n"
        "Công ty thực hiện theo quy định của pháp luật chứng khoán và Luật Chứng khoán."
    )
    (law,) = cites(text)
    assert [m.text for m in law.mentions] == ["Luật Chứng khoán ngày 26 tháng 11 năm 2019", "Luật Chứng khoán"]


def test_strongest_relation_across_mentions():
    text = "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021;\nCác sở thực hiện theo Quyết định số 23/QĐ-TTg."
    (c,) = cites(text)
    assert c.relation == "basis" and len(c.mentions) == 2


PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 3 năm 2025\n"
    "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2025\n"
)


@pytest.mark.parametrize(
    ("body", "relations"),
    [
        # a task that carries out a law: the task's relation, not the plan's
        (
            "Căn cứ Luật Trẻ em năm 2016;\nI. NHIỆM VỤ\n1. Sở Tư pháp chủ trì thực hiện "
            "Quyết định số 23/QĐ-TTg ngày 07/01/2021; căn cứ Thông tư số 13/2021/TT-BLĐTBXH "
            "hướng dẫn các xã.\n",
            {"Luật Trẻ em": "basis", "23/QĐ-TTg": "mention", "13/2021/TT-BLĐTBXH": "mention"},
        ),
        # the preamble and the purpose part say what the plan carries out
        (
            "Thực hiện Kế hoạch số 160-KH/TU ngày 28/6/2024 của Tỉnh ủy;\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Triển khai thực hiện Quyết định số 1183/QĐ-TTg ngày 14/10/2024.\nII. NHIỆM VỤ\n"
            "1. Sở Y tế thực hiện Nghị định số 56/2017/NĐ-CP.\n",
            {"160-KH/TU": "implements", "1183/QĐ-TTg": "implements", "56/2017/NĐ-CP": "mention"},
        ),
    ],
)
def test_relation_words_in_a_task_are_the_tasks(body, relations):
    got = {c.number or c.name: c.relation for c in cites(PLAN_HEAD + body)}
    assert got == relations


def test_relation_words_in_a_task_given_in_a_letters_paragraph():
    """"Giao Sở X …, căn cứ Luật A, Luật B, tham mưu …": what the body is to
    rely on, not the letter's basis; every law listed alike."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 412/UBND-KT\nLào Cai, ngày 03 tháng 7 năm 2026\n"
        "V/v ủy quyền cấp giấy chứng nhận\nKính gửi: Sở Công Thương.\n"
        "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;\n"
        "Giao Sở Công Thương chủ trì, căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025, "
        "Luật Quản lý, sử dụng vũ khí, vật liệu nổ ngày 29/6/2024, tham mưu văn bản ủy quyền.\n"
    )
    got = {c.number or c.name: c.relation for c in cites(text)}
    assert got == {
        "181/2024/NĐ-CP": "basis",
        "Luật Tổ chức chính quyền địa phương": "mention",
        "Luật Quản lý, sử dụng vũ khí, vật liệu nổ": "mention",
    }


# A list of documents in one clause: each takes the clause's relation, and a
# subject that names no document ends where the next document is listed.
LISTED = [
    (
        "joined by 'và' after a subject",
        "Căn cứ Nghị định số 10/2024/NĐ-CP ngày 01/02/2024 của Chính phủ quy định về A và "
        "Thông tư số 05/2024/TT-BTC ngày 03/4/2024 của Bộ Tài chính hướng dẫn B;",
        {"10/2024/NĐ-CP": ("basis", "quy định về A", []), "05/2024/TT-BTC": ("basis", "hướng dẫn B", [])},
    ),
    (
        "the second letter's subject holds the implemented directive",
        "Thực hiện Văn bản số 1018/SCT-KT ngày 10/4/2025 về việc A, Văn bản số 2854/SCT-CN ngày "
        "03/12/2025 về việc triển khai Chỉ thị số 17/CT-BCT;",
        {
            "1018/SCT-KT": ("implements", "về việc A", []),
            "2854/SCT-CN": ("implements", "về việc triển khai Chỉ thị số 17/CT-BCT", ["17/CT-BCT"]),
            "17/CT-BCT": ("mention", None, []),
        },
    ),
    (
        "a subject naming a document goes on listing",
        "Thực hiện Kế hoạch số 160-KH/TU ngày 28/6/2024 của Tỉnh ủy về thực hiện Chỉ thị số "
        "28-CT/TW và Kết luận số 12-KL/TW;",
        {
            "160-KH/TU": (
                "implements",
                "về thực hiện Chỉ thị số 28-CT/TW và Kết luận số 12-KL/TW",
                ["28-CT/TW", "12-KL/TW"],
            ),
            "28-CT/TW": ("mention", None, []),
            "12-KL/TW": ("mention", None, []),
        },
    ),
    (
        "a law named without its number",
        "Căn cứ Thông tư số 02/2026/TT-BCT ngày 05/01/2026 của Bộ Công Thương quy định biện pháp "
        "thi hành Luật Hóa chất và Nghị định số 26/2026/NĐ-CP;",
        {
            "02/2026/TT-BCT": (
                "basis",
                "quy định biện pháp thi hành Luật Hóa chất và Nghị định số 26/2026/NĐ-CP",
                ["Luật Hóa chất", "26/2026/NĐ-CP"],
            ),
            "26/2026/NĐ-CP": ("mention", None, []),
            "Luật Hóa chất": ("mention", None, []),  # named by its title alone
        },
    ),
    (
        "amending acts share the amended act's relation",
        "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 và "
        "Luật số 58/2024/QH15;",
        {
            "31/2024/QH15": ("basis", None, []),
            "43/2024/QH15": ("basis", None, []),
            "58/2024/QH15": ("basis", None, []),
        },
    ),
    (
        "amending acts after the amended act's subject",
        "Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết một "
        "số điều của Luật Hóa chất được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP ngày "
        "05/02/2020;",
        {
            "113/2017/NĐ-CP": ("basis", "quy định chi tiết một số điều của Luật Hóa chất", ["Luật Hóa chất"]),
            "17/2020/NĐ-CP": ("basis", None, []),
            "Luật Hóa chất": ("mention", None, []),
        },
    ),
    (
        "an amending act in brackets after the amended act",
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số "
        "điều của Luật Ban hành văn bản quy phạm pháp luật (được sửa đổi, bổ sung tại Nghị định số "
        "187/2025/NĐ-CP);",
        {
            "78/2025/NĐ-CP": (
                "basis",
                "quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật",
                ["Luật Ban hành văn bản quy phạm pháp luật"],
            ),
            "187/2025/NĐ-CP": ("basis", None, []),
            "Luật Ban hành văn bản quy phạm pháp luật": ("mention", None, []),
        },
    ),
    (
        "what is said of a document is not its subject",
        "2. Thông tư số 10/2020/TT-BCA ngày 06/02/2020 của Bộ trưởng Bộ Công an quy định về đồ "
        "vật cấm hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
        {"10/2020/TT-BCA": ("mention", "quy định về đồ vật cấm", [])},
    ),
    (
        "a date opening the sentence's next clause, and what came with a document",
        "Thực hiện Công văn số 2856-CV/TU ngày 19/8/2024 của Ban Thường vụ Tỉnh ủy về việc sơ kết các "
        "chỉ thị của Trung ương, ngày 28/8/2024 UBND tỉnh đã ban hành Văn bản số 6915/UBND-KGVX về việc "
        "báo cáo kết quả (kèm theo Báo cáo số 61/BC-STC ngày 20/8/2024 của Sở Tài chính).",
        {
            "2856-CV/TU": ("implements", "về việc sơ kết các chỉ thị của Trung ương", []),
            "6915/UBND-KGVX": ("mention", "về việc báo cáo kết quả", []),
            "61/BC-STC": ("mention", None, []),
        },
    ),
    (
        "the citing sentence going on with a subject in lower case",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND phường về phát triển kinh tế đêm, phường "
        "đã tổ chức thành công Lễ hội đường phố.",
        {"45/KH-UBND": ("implements", "về phát triển kinh tế đêm", [])},
    ),
    (
        "a look back on years: the next act, and a clause saying how things went",
        "Sau 10 năm thực hiện Chỉ thị số 40-CT/TW, ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo "
        "của Đảng đối với tín dụng chính sách xã hội và 3 năm thực hiện Kết luận số 06-KL/TW, ngày 10/6/2021 "
        "của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW, nhận thức của cấp ủy, chính quyền, Mặt "
        "trận Tổ quốc về vai trò của tín dụng chính sách xã hội được nâng lên.",
        {
            "40-CT/TW": ("mention", "về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội", []),
            "06-KL/TW": ("mention", "về tiếp tục thực hiện Chỉ thị số 40-CT/TW", ["40-CT/TW"]),
        },
    ),
    (
        "a title in parts joined by a semicolon",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân "
        "cấp trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều "
        "của Luật Thi đua, khen thưởng;\nCăn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 "
        "của Chính phủ;",
        {
            "152/2025/NĐ-CP": (
                "basis",
                "quy định về phân cấp trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn "
                "thi hành một số điều của Luật Thi đua, khen thưởng",
                ["Luật Thi đua, khen thưởng"],
            ),
            "29/2025/NĐ-CP": ("basis", None, []),
            "Luật Thi đua, khen thưởng": ("mention", None, []),
        },
    ),
    (
        "another document's act on it is not its subject",
        "Chứng chỉ theo Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ, sửa đổi bổ sung "
        "bởi Nghị định số 144/2025/NĐ-CP ngày 12/06/2025.",
        {"175/2024/NĐ-CP": ("mention", None, []), "144/2025/NĐ-CP": ("mention", None, [])},
    ),
    (
        "the host sentence's predicate ends a subject",
        "Các cụm công nghiệp hình thành trước ngày Nghị định số 68/2017/NĐ-CP ngày 25/5/2017 "
        "của Chính phủ về quản lý, phát triển cụm công nghiệp có hiệu lực thì được tiếp tục "
        "hoạt động.",
        {"68/2017/NĐ-CP": ("mention", "về quản lý, phát triển cụm công nghiệp", [])},
    ),
    (
        "the document a nested subject names is the nested one's",
        "Căn cứ Thông tư số 41/2019/TT-BLĐTBXH ngày 30/12/2019 sửa đổi, bổ sung một số điều của "
        "Thông tư số 38/2015/TT-BLĐTBXH ngày 19/10/2015 hướng dẫn thi hành Nghị định số "
        "31/2015/NĐ-CP;",
        {
            "41/2019/TT-BLĐTBXH": (
                "basis",
                "sửa đổi, bổ sung một số điều của Thông tư số 38/2015/TT-BLĐTBXH ngày 19/10/2015 "
                "hướng dẫn thi hành Nghị định số 31/2015/NĐ-CP",
                [],
            ),
            "38/2015/TT-BLĐTBXH": ("mention", "hướng dẫn thi hành Nghị định số 31/2015/NĐ-CP", ["31/2015/NĐ-CP"]),
            "31/2015/NĐ-CP": ("mention", None, []),
        },
    ),
    (
        "a circular giving measures to carry out decrees",
        "Căn cứ Thông tư số 10/2021/TT-BXD ngày 25/8/2021 của Bộ Xây dựng hướng dẫn một số điều và "
        "biện pháp thi hành Nghị định số 06/2021/NĐ-CP và Nghị định số 44/2016/NĐ-CP;",
        {
            "10/2021/TT-BXD": (
                "basis",
                "hướng dẫn một số điều và biện pháp thi hành Nghị định số 06/2021/NĐ-CP và Nghị định "
                "số 44/2016/NĐ-CP",
                ["06/2021/NĐ-CP", "44/2016/NĐ-CP"],
            ),
            "06/2021/NĐ-CP": ("mention", None, []),
            "44/2016/NĐ-CP": ("mention", None, []),
        },
    ),
    (
        "a decree listed beside the decree whose subject names another",
        "Căn cứ Nghị định số 106/2017/NĐ-CP ngày 14/9/2017 của Chính phủ sửa đổi Nghị định số "
        "67/2013/NĐ-CP quy định chi tiết Luật Phòng, chống tác hại của thuốc lá, Nghị định số "
        "08/2018/NĐ-CP ngày 15/01/2018 của Chính phủ sửa đổi một số Nghị định;",
        {
            "106/2017/NĐ-CP": (
                "basis",
                "sửa đổi Nghị định số 67/2013/NĐ-CP quy định chi tiết Luật Phòng, chống tác hại của "
                "thuốc lá",
                [],
            ),
            "67/2013/NĐ-CP": (
                "mention",
                "quy định chi tiết Luật Phòng, chống tác hại của thuốc lá",
                ["Luật Phòng, chống tác hại của thuốc lá"],
            ),
            "Luật Phòng, chống tác hại của thuốc lá": ("mention", None, []),
            "08/2018/NĐ-CP": ("basis", "sửa đổi một số Nghị định", []),
        },
    ),
    (
        "a list with its items' marks",
        "Căn cứ: (i) Quyết định số 10/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh; (ii) Nghị định "
        "số 31/2021/NĐ-CP ngày 26/3/2021; b) Thông tư số 03/2021/TT-BKHĐT ngày 09/4/2021;",
        {
            "10/2025/QĐ-UBND": ("basis", None, []),
            "31/2021/NĐ-CP": ("basis", None, []),
            "03/2021/TT-BKHĐT": ("basis", None, []),
        },
    ),
    (
        "a list going on on the next line",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n"
        "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 "
        "tháng 6 năm 2020;\nCác Bộ báo cáo theo Thông tư số 76/2023/TT-BTC.",
        {
            "Luật Ban hành văn bản quy phạm pháp luật": ("basis", None, []),
            "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật": ("basis", None, []),
            "76/2023/TT-BTC": ("mention", None, []),
        },
    ),
    (
        "the basis reached through a noun phrase",
        "Căn cứ kết quả thẩm tra của Sở Xây dựng tại Báo cáo số 17/BC-SXD ngày 23/01/2026;\n"
        "Căn cứ khoản 5 Điều 76 Nghị định số 217/2026/NĐ-CP, Sở trả lại hồ sơ kèm theo Tờ trình "
        "số 1070/TTr-MĐV ngày 05/5/2026.",
        {
            "17/BC-SXD": ("basis", None, []),
            "217/2026/NĐ-CP": ("basis", None, []),
            "1070/TTr-MĐV": ("mention", None, []),  # the main clause: not the basis
        },
    ),
    (
        "a list going on past an unbracketed amendment note",
        "Căn cứ Luật Bảo hiểm y tế năm 2008, được sửa đổi, bổ sung năm 2014 và năm 2024; Luật Việc làm năm 2013;",
        {
            "Luật Bảo hiểm y tế": ("basis", None, []),
            "Luật Việc làm": ("basis", None, []),
        },
    ),
    (
        "a relation word in the middle of a sentence governs the rest of its list",
        "Thực hiện Kế hoạch số 38/KH-UBND ngày 01/02/2025 của UBND tỉnh; căn cứ Luật Lâm nghiệp năm 2017 "
        "và Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ; Nghị định số 83/2020/NĐ-CP ngày "
        "15/7/2020 của Chính phủ, UBND tỉnh ban hành Kế hoạch.",
        {
            "38/KH-UBND": ("implements", None, []),
            "Luật Lâm nghiệp": ("basis", None, []),
            "156/2018/NĐ-CP": ("basis", None, []),
            "83/2020/NĐ-CP": ("basis", None, []),
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LISTED, ids=[r[0] for r in LISTED])
def test_documents_listed_in_one_clause(name, text, expected):
    # (laws cited by name keyed by it)
    got = {c.number or c.name: (c.relation, c.subject, c.implements) for c in cites(text)}
    assert got == expected


# "Xét đề nghị của X tại Văn bản số N": a proposal however long X's name,
# and X issued N; in a list of proposals, each item's body issued its own.
PROPOSALS = [
    (
        "Xét đề nghị của Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO tại Văn bản số "
        "1230/MĐV-ATMT ngày 20/5/2026.",
        [("1230/MĐV-ATMT", "proposal", "Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO")],
    ),
    (
        "Xét đề nghị của các đơn vị: Công ty cổ phần Xi măng Yên Bình tại Văn bản số 219/GĐN-XMYB "
        "ngày 10/6/2026; Công ty TNHH Đồng Tiến (sau đây gọi là Công ty) tại Văn bản số "
        "146/ĐN-ĐT ngày 12/6/2026.",
        [
            ("219/GĐN-XMYB", "proposal", "Công ty cổ phần Xi măng Yên Bình"),
            ("146/ĐN-ĐT", "proposal", "Công ty TNHH Đồng Tiến"),
        ],
    ),
    # the issuer written after the number wins
    (
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 1281/TTr-SCT ngày 02/7/2026 "
        "của Sở Công Thương.",
        [("1281/TTr-SCT", "proposal", "Sở Công Thương")],
    ),
]


# The letter a reply answers, received, when it asks for something; a unit's
# code glued to a serial ("01TV/2026") after "Văn bản đề nghị số".
PROPOSALS += [
    (
        "Sở Tài chính nhận được Công văn số 45/CV-HP ngày 02/4/2026 của Công ty Hải Phong về việc "
        "đề nghị gia hạn nộp thuế. Sau khi xem xét, Sở Tài chính có ý kiến như sau:",
        [("45/CV-HP", "proposal", "Công ty Hải Phong")],
    ),
    (
        "Sở Công Thương nhận được Văn bản đề nghị số 01TV/2026 ngày 10/3/2026 của Công ty An Bình.",
        [("01TV/2026", "proposal", "Công ty An Bình")],
    ),
    (
        "Sở Công Thương nhận được Văn bản số 4170/SNN-KH ngày 10/7/2026 của Sở Nông nghiệp và Môi "
        "trường về việc tham gia ý kiến thẩm định hồ sơ đề nghị thành lập cụm công nghiệp.",
        # (a letter received and answered: a request answered, whatever its subject's words)
        [("4170/SNN-KH", "proposal", "Sở Nông nghiệp và Môi trường")],
    ),
]


# "Thực hiện ý kiến chỉ đạo của X tại Văn bản số N": N is carried out, and X
# issued it unless N is an office's letter conveying X's direction; the
# subject ends where the citing sentence goes on with its own subject.
DIRECTED = [
    (
        "Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 812/UBND-KT ngày 02/3/2026 về việc "
        "kiểm tra an toàn hóa chất, Sở Công Thương đề nghị các đơn vị rà soát.",
        ("812/UBND-KT", "implements", "UBND tỉnh", "về việc kiểm tra an toàn hóa chất"),
    ),
    (
        "Thực hiện ý kiến chỉ đạo của Lãnh đạo Chính phủ tại Văn bản số 1496/VPCP-KTTH ngày "
        "06/4/2026, Bộ Công Thương đề nghị các tỉnh báo cáo.",
        ("1496/VPCP-KTTH", "implements", "Văn phòng Chính phủ", None),
    ),
    (
        "Thực hiện nhiệm vụ được giao, Sở Công Thương gửi Công ty theo Văn bản số 12/SCT-CN.",
        ("12/SCT-CN", "mention", "Sở Công Thương", None),  # (named by its code)
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTED)
def test_what_a_letter_carries_out(text, expected):
    (c,) = cites(text)
    assert (c.number, c.relation, c.issuer, c.subject) == expected


# What a decision considers ("Xét Báo cáo thẩm định số …") is its proposal;
# documents listed under one issuer code in one paragraph share the issuer
# named once.
PROPOSALS.append(
    (
        "Xét Báo cáo thẩm định số 17/BC-BQL ngày 23/01/2026; Báo cáo bổ sung số 217/BC-BQL ngày "
        "09/7/2026 của Ban Quản lý Khu kinh tế tỉnh.",
        [
            ("17/BC-BQL", "proposal", "Ban Quản lý Khu kinh tế tỉnh"),
            ("217/BC-BQL", "proposal", "Ban Quản lý Khu kinh tế tỉnh"),
        ],
    )
)


@pytest.mark.parametrize(("text", "expected"), PROPOSALS)
def test_proposals_and_their_proposers(text, expected):
    assert [(c.number, c.relation, c.issuer) for c in cites(text)] == expected


# National technical regulations and standards are cited by their code: the
# year after the colon, the ministry after the slash.
TECHNICAL = [
    ("Kho bảo đảm quy định tại QCVN 01:2019/BCT về an toàn.", ("QCVN 01:2019/BCT", "QCVN", 2019, "Bộ Công Thương")),
    ("Căn cứ QCVN 05A: 2020/BCT;", ("QCVN 05A:2020/BCT", "QCVN", 2020, "Bộ Công Thương")),
    ("theo tiêu chuẩn TCVN 5507:2002", ("TCVN 5507:2002", "TCVN", 2002, None)),
    # a table cell's text wrapped after the kind
    ("| Đo kiểm theo QCVN \n126:2021/BTTTT |", ("QCVN 126:2021/BTTTT", "QCVN", 2021, "Bộ Thông tin và Truyền thông")),
]


@pytest.mark.parametrize(("text", "expected"), TECHNICAL)
def test_technical_regulations_by_code(text, expected):
    (c,) = cites(text)
    assert (c.number, c.doc_type, c.year, c.issuer) == expected
    assert c.key == c.number  # one regulation nationally


def test_second_order_implements_and_issuer():
    text = (
        "Thực hiện Kế hoạch số 160-KH/TU ngày 28/6/2024 của Tỉnh ủy về thực hiện Chỉ thị số 28-CT/TW "
        "ngày 25/12/2023 của Ban Bí thư về tăng cường công tác trẻ em;"
    )
    kh, ct = cites(text)
    assert kh.implements == ["28-CT/TW"] and kh.issuer == "Tỉnh ủy"
    assert ct.relation == "mention" and ct.issuer_level == "party"


def test_alias_resolves_later_short_forms():
    text = (
        "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư (sau đây viết tắt là Chỉ thị số 28), "
        "UBND xây dựng kế hoạch.\n- Quán triệt nội dung Chỉ thị số 28 đến cán bộ."
    )
    (c,) = cites(text)
    assert c.aliases == ["Chỉ thị số 28"]
    assert [m.via_alias for m in c.mentions] == [None, "Chỉ thị số 28"]


@pytest.mark.parametrize(
    ("alias", "used", "found"),
    [
        # a short form of a type and a serial is used with or without "số"
        ("Chỉ thị số 28", "thực hiện Chỉ thị 28 trong năm", True),
        ("Chỉ thị 28", "thực hiện Chỉ thị số 28 trong năm", True),
        ("Chỉ thị số 28", "thực hiện chỉ thị số 28 trong năm", True),
        # but not another serial, nor the full number of another document
        ("Chỉ thị số 28", "thực hiện Chỉ thị 285 trong năm", False),
        ("Chỉ thị số 28", "thực hiện Chỉ thị số 28/CT-UBND của UBND huyện", False),
    ],
)
def test_an_alias_is_used_with_or_without_so(alias, used, found):
    text = (
        f"Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư (sau đây viết tắt là {alias}), "
        f"UBND xây dựng kế hoạch.\n- Các đơn vị {used}."
    )
    c = next(c for c in cites(text) if c.number == "28-CT/TW")
    assert [m.via_alias for m in c.mentions] == [None] + [alias] * found


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        # a decision named by the scheme it approves
        (
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát "
            "triển ứng dụng dữ liệu về dân cư (sau đây gọi tắt là Đề án 06);\nTriển khai Đề án 06 trên địa bàn.",
            ["Đề án 06"],
        ),
        # a plan is no decision: "Kế hoạch 12" does not name Chỉ thị 12
        (
            "Thực hiện Chỉ thị số 12/CT-UBND ngày 02/3/2026 của UBND tỉnh (sau đây gọi tắt là Kế hoạch 12);\n"
            "Triển khai Kế hoạch 12 trên địa bàn.",
            [],
        ),
        # a type word and an acronym, no serial: the text of that type the
        # sentence cites, or the decision approving it
        (
            "Thực hiện Quyết định số 280/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ phê duyệt Chương trình "
            "quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (sau đây viết tắt là Chương trình VNEEP3), UBND "
            "tỉnh ban hành Kế hoạch.\nTriển khai Chương trình VNEEP3 trên địa bàn.",
            ["Chương trình VNEEP3"],
        ),
        (
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát "
            "triển ứng dụng dữ liệu về dân cư (sau đây gọi tắt là Đề án DC06);\nTriển khai Đề án DC06 trên địa bàn.",
            ["Đề án DC06"],
        ),
        (
            "Thực hiện Chỉ thị số 12/CT-UBND ngày 02/3/2026 của UBND tỉnh (sau đây gọi tắt là Kế hoạch ABC);\n"
            "Triển khai Kế hoạch ABC trên địa bàn.",
            [],
        ),
        # a type word and a title's words, in lower case: the text of that
        # type the sentence cites, or the act issuing it
        (
            "Thực hiện Quyết định số 2315/QĐ-TTg ngày 20 tháng 10 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
            "hoạch hành động quốc gia (sau đây viết tắt là Kế hoạch hành động quốc gia), UBND tỉnh ban hành Kế "
            "hoạch.\nCụ thể hóa Kế hoạch hành động quốc gia.",
            ["Kế hoạch hành động quốc gia"],
        ),
        (
            "Căn cứ Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
            "Quy chế thi tốt nghiệp trung học phổ thông (sau đây gọi là Quy chế thi);\nTổ chức thi theo Quy chế thi.",
            ["Quy chế thi"],
        ),
        (
            "Thực hiện Chỉ thị số 12/CT-UBND ngày 02/3/2026 của UBND tỉnh (sau đây gọi tắt là Kế hoạch hành động);\n"
            "Triển khai Kế hoạch hành động trên địa bàn.",
            [],
        ),
        # a scheme the next sentence names, and a body: not the decision's
        (
            "Thực hiện Quyết định số 280/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ.\nSở Công Thương xây dựng "
            "Chương trình tiết kiệm năng lượng (sau đây viết tắt là Chương trình TKNL).\nTriển khai Chương trình TKNL.",
            [],
        ),
        (
            "Thực hiện Quyết định số 280/QĐ-TTg ngày 13/3/2019 của Thủ tướng Chính phủ, Sở Công Thương (sau đây "
            "viết tắt là Sở CT) triển khai.\nGiao Sở CT triển khai.",
            [],
        ),
    ],
)
def test_an_alias_by_another_type_word(text, aliases):
    (c,) = cites(text)
    assert c.aliases == aliases and len(c.mentions) == 1 + len(aliases)


# (text, {number: texts of its later mentions}) — a short form never declared
# ("<type word> [số] <serial>") names the one document cited before it of
# that type and serial; none when two fit, or another type, or the text's own
UNDECLARED_SHORT_FORMS = [
    (
        "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
        "05-CT/TW;\n1- Đưa nội dung thực hiện Kết luận 01 vào chương trình kiểm tra.\n2- Theo dõi việc "
        "thực hiện Chỉ thị 05 và Kết luận số 01.",
        {"01-KL/TW": ["Kết luận 01", "Kết luận số 01"], "05-CT/TW": ["Chỉ thị 05"]},
    ),
    (
        "Thực hiện Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ;\n"
        "1. Triển khai Dự án 6 theo Quyết định 1719 trên địa bàn huyện.",
        {"1719/QĐ-TTg": ["Quyết định 1719"]},
    ),
    (
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 57/NQ-CP ngày "
        "10/4/2025 của Chính phủ;\n1. Quán triệt Nghị quyết 57 đến cán bộ.",
        {"57-NQ/TW": [], "57/NQ-CP": []},
    ),
    (
        "Thực hiện Chỉ thị số 12/CT-UBND ngày 02/3/2026 của UBND tỉnh;\n1. Triển khai Kế hoạch 12 trên địa bàn.",
        {"12/CT-UBND": []},
    ),
]


@pytest.mark.parametrize(("text", "want"), UNDECLARED_SHORT_FORMS)
def test_an_undeclared_short_form_names_the_one_document_that_fits(text, want):
    got = {c.number: [m.text for m in c.mentions[1:]] for c in cites(text)}
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("phrase", ["sau đây gọi là", "gọi tắt là", "sau đây gọi chung là"])
def test_alias_phrasings(phrase):
    text = f"Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 ({phrase} Nghị định số 56);\nThực hiện Nghị định số 56, các sở …"
    (c,) = cites(text)
    assert c.aliases == ["Nghị định số 56"] and len(c.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ điểm c khoản 1 Điều 8 Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;",
        # commas between a pinpoint's parts and before the document
        "Căn cứ điểm c, khoản 1, Điều 8, Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;",
    ],
)
def test_pinpoints(text):
    (c,) = cites(text)
    p = c.mentions[0].pinpoint
    assert (p.article, p.clause, p.point) == ("8", "1", "c")


def test_a_pinpoint_to_a_list_of_articles_is_no_relation_word():
    """"theo quy định tại Điều 56, 57, 58 và 59 Luật …": the preposition before
    the articles governs, not the verb before it ("được thực hiện")."""
    (c,) = cites(
        "Biện pháp quản lý (theo khoản 4 Điều 3 Luật Quản lý ngoại thương) được thực hiện theo quy định tại "
        "Điều 56, 57, 58 và 59 Luật Quản lý ngoại thương, cụ thể như sau:"
    )
    assert c.relation == "mention"
    assert c.mentions[-1].pinpoint is not None and c.mentions[-1].pinpoint.article == "56, 57, 58 và 59"


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # an article of the rules a decision issued with it is the decision's
        (
            "Trạm Y tế thực hiện theo điểm c khoản 2 Điều 5 Quy định ban hành kèm theo Quyết định số "
            "25/2024/QĐ-UBND ngày 12/6/2024 của UBND tỉnh.",
            ("5", "2", "c"),
        ),
        (
            "Bãi bỏ Điều 8 Quy chế quản lý chợ trên địa bàn tỉnh kèm theo Quyết định số 25/2024/QĐ-UBND "
            "ngày 12/6/2024 của UBND tỉnh.",
            ("8", None, None),
        ),
        # the rules alone, no article: no pinpoint
        ("Theo Quy định ban hành kèm theo Quyết định số 25/2024/QĐ-UBND ngày 12/6/2024.", None),
        # an article of another text, then a sentence: not this one's
        ("Căn cứ Điều 5 Luật Trẻ em năm 2016. Quy định ban hành kèm theo Quyết định số 25/2024/QĐ-UBND.", None),
    ],
)
def test_a_pinpoint_into_the_rules_a_decision_issued(text, pinpoint):
    c = next(c for c in cites(text) if c.number == "25/2024/QĐ-UBND")
    p = c.mentions[0].pinpoint
    assert (p and (p.article, p.clause, p.point)) == pinpoint


def test_a_footnote_mark_glued_to_a_number_is_one_document():
    text = (
        "Căn cứ Luật số 42/2024/QH151 ngày 29/6/2024 của Quốc hội;\n"
        "Căn cứ Nghị định số 105/2025/NĐ-CP2 ngày 15/5/2025 của Chính phủ;\n"
        "1 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15.\n"
    )
    got = {c.number: c.repaired_from for c in cites(text)}
    assert got == {"42/2024/QH15": ["42/2024/QH151"], "105/2025/NĐ-CP": ["105/2025/NĐ-CP2"]}


def test_same_number_different_types_are_different_documents():
    text = "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021; thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020."
    a, b = cites(text)
    assert a.key != b.key


@pytest.mark.parametrize(
    ("issuer", "level"),
    [
        ("Văn phòng UBND tỉnh", "province"),
        ("Phòng Tư pháp", "district"),
        ("Sở Y tế", "province"),
        # a commune's body by its unit's word, as a task's body is read
        ("Trạm Y tế phường", "ward"),
        ("Công an xã", "ward"),
        # a body of the centre named so right after its kind
        ("Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "national"),
        ("Ban Chỉ đạo 389 quốc gia", "national"),
        ("Hội đồng Quốc gia Giáo dục và Phát triển nhân lực", "national"),
        # or so at its name's end ("phòng thủ" names a field, no district's Phòng)
        ("Ban Chỉ đạo phòng thủ dân sự quốc gia", "national"),
        ("Ban Chỉ đạo liên ngành Trung ương", "national"),
        ("Ban Chỉ đạo phòng thủ dân sự tỉnh", "province"),
        ("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh", "province"),
        ("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh", "province"),
        ("Ủy ban Kiểm tra Trung ương", None),
        ("Hợp tác xã Văn Thịnh", None),  # (a cooperative, no commune)
    ],
)
def test_the_level_of_a_body_named_without_its_place(issuer, level):
    text = f"Thực hiện Văn bản số 916/VP-KT ngày 25/5/2026 của {issuer} về việc rà soát hồ sơ."
    assert cites(text)[0].issuer_level == level


def test_local_numbers_of_two_cities_stay_apart():
    a = parse_text(
        "Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024 của UBND thành phố Quảng Ngãi,"
    ).citations[0]
    b = parse_text(
        "Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024 của UBND thành phố Tuy Hòa,"
    ).citations[0]
    assert a.key != b.key
    assert a.issuer_level == b.issuer_level == "district"


def test_unknown_type_code_is_suspicious_unknown_issuer_is_not():
    doc = parse_text(
        "Căn cứ văn bản số 45/XYZ-ABC ngày 01/02/2024; Quyết định số 12/QĐ-SKHCN ngày 03/4/2024;"
    )
    assert [c.number for c in doc.citations] == ["45/XYZ-ABC", "12/QĐ-SKHCN"]
    assert not [
        d for d in doc.diagnostics if d.code == "citation-unknown-type"
    ]  # a công văn has no type code


def _type_names() -> list[str]:
    from khtool.tables import doc_types

    return sorted({n for dt in doc_types().values() for n in dt.names})


@given(
    prefix=st.text(alphabet=st.sampled_from("aăbcđ ,.KếHoạchQuyếtđịnhsố"), max_size=30),
    name=st.sampled_from(_type_names()),
    tail=st.sampled_from(["", " ", " số ", " số: ", "số", " SỐ ", ": "]),
    upper=st.booleans(),
)
def test_type_word_searched_from_the_end_matches_the_forward_search(prefix, name, tail, upper):
    """The type word before a number is searched from the end for speed; it
    must find what a left-to-right search finds."""
    import regex

    from khtool.extract.citations import _type_word_regex

    rx = _type_word_regex()
    forward = regex.compile(rx.pattern, rx.flags & ~regex.REVERSE)
    window = prefix + (name.upper() if upper else name) + tail
    a, b = forward.search(window), rx.match(window)
    assert (a and (a.start(), a["word"])) == (b and (b.start(), b["word"]))


# What a document does to another by its own provisions (its `action`,
# apart from the relation that says why it is cited): it replaces, repeals or
# amends it. The verb is the document's when the document names
# itself as its subject ("Quyết định này …", by its own type word), when the
# verb opens its title, preamble formula or one of its articles' provisions,
# or when an item is listed under such a line; a part named before the
# document ("khoản 2 Điều 26") makes the action an amendment.
QD_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 25/2026/QĐ-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n"
    "QUYẾT ĐỊNH\nQuy định mức hỗ trợ trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh\n"
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n"
    "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định mức hỗ trợ trẻ em.\n"
    "Điều 2. Mức hỗ trợ\nMức hỗ trợ là 500.000 đồng/tháng.\n"
)
TT_HEAD = (
    "BỘ TÀI CHÍNH\nSố: 01/2026/TT-BTC\nHà Nội, ngày 12 tháng 01 năm 2026\n"
    "THÔNG TƯ\nQuy định việc quản lý kinh phí bảo đảm trật tự an toàn giao thông\n"
    "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;\n"
    "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định việc quản lý kinh phí.\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc quản lý kinh phí.\n"
)
ND_HEAD = (
    "CHÍNH PHỦ\nSố: 192/2026/NĐ-CP\nHà Nội, ngày 20 tháng 5 năm 2026\n"
    "NGHỊ ĐỊNH\nQuy định chế độ phụ cấp đối với nhân viên y tế\n"
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
    "Chính phủ ban hành Nghị định quy định chế độ phụ cấp.\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chế độ phụ cấp.\n"
)
NQ_CP_HEAD = (
    "CHÍNH PHỦ\nSố: 318/NQ-CP\nHà Nội, ngày 28 tháng 11 năm 2025\nNGHỊ QUYẾT\nVề chuyển đổi số quốc gia\n"
    "CHÍNH PHỦ\nQUYẾT NGHỊ:\n1. Các bộ, ngành triển khai Nghị quyết này.\n"
)
KH_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 3 năm 2025\n"
    "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2025\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư;\n"
)
OWN_ACTION_CASES = [
    (
        "replaces, in the effect article",
        QD_HEAD + "Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 15 "
        "tháng 3 năm 2026 và thay thế Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND "
        "tỉnh Lào Cai quy định mức hỗ trợ trẻ em.\n",
        {"15/2020/QĐ-UBND": ("replaces", None)},
    ),
    (
        "replaces, the clause hard-wrapped before the document",
        QD_HEAD + "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế\n"
        "Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh.\n",
        {"15/2020/QĐ-UBND": ("replaces", None)},
    ),
    (
        "a part repealed, the clause hard-wrapped",
        QD_HEAD + "Điều 3. Bãi bỏ khoản 2 Điều 5\n"
        "Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh.\n",
        {"15/2020/QĐ-UBND": ("amends", ("5", "2"))},
    ),
    (
        "two documents replaced in one clause",
        QD_HEAD + "Điều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực từ ngày ký.\n"
        "2. Quyết định này thay thế Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh "
        "và Quyết định số 07/2022/QĐ-UBND ngày 04/3/2022 của UBND tỉnh.\n",
        {"15/2020/QĐ-UBND": ("replaces", None), "07/2022/QĐ-UBND": ("replaces", None)},
    ),
    (
        "a clause of an article repeals",
        TT_HEAD + "Điều 6. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 "
        "tháng 8 năm 2026.\n2. Bãi bỏ Thông tư số 09/2024/TT-BTTTT ngày 30 tháng 8 năm 2024 của "
        "Bộ trưởng Bộ Thông tin và Truyền thông quy định danh mục các lĩnh vực.\n",
        {"29/2025/NĐ-CP": ("basis", None), "09/2024/TT-BTTTT": ("repeals", None)},
    ),
    (
        "a part repealed is an amendment",
        ND_HEAD + "Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 15 "
        "tháng 7 năm 2026.\n2. Bãi bỏ khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP ngày 21 tháng "
        "6 năm 2021 của Chính phủ quy định cơ chế tự chủ tài chính.\n",
        {"63/2025/QH15": ("basis", None), "60/2021/NĐ-CP": ("amends", ("26", "2"))},
    ),
    (
        "a repeal in a quoted article is the quoted law's act",
        ND_HEAD + "Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực từ ngày 15 tháng 7 năm 2026.\n"
        "2. Điều 23 của Luật Phí và lệ phí số 97/2015/QH13 quy định như sau:\n"
        "“Điều 23. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2017.\n"
        # (a long quotation: its opening mark far above the repeal)
        + "".join(f"{k}. Các khoản phí được chuyển sang thực hiện theo cơ chế giá dịch vụ.\n" for k in range(2, 60))
        + "60. Bãi bỏ Điều 25 của Luật Kiểm toán độc lập số 67/2011/QH12.”.\n",
        {"63/2025/QH15": ("basis", None), "97/2015/QH13": ("mention", ("23", None)), "67/2011/QH12": ("mention", ("25", None))},
    ),
    (
        "some provisions repealed is an amendment",
        TT_HEAD + "Điều 2. Bãi bỏ một số quy định của Thông tư số 62/2022/TT-BTC\n"
        "Bãi bỏ khoản 3 Điều 5 Thông tư số 62/2022/TT-BTC.\n",
        {"29/2025/NĐ-CP": ("basis", None), "62/2022/TT-BTC": ("amends", ("5", "3"))},
    ),
    (
        "documents that end when this one takes effect",
        ND_HEAD + "Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 "
        "tháng 5 năm 2026.\n2. Nghị định số 68/2017/NĐ-CP và Nghị định số 66/2020/NĐ-CP hết "
        "hiệu lực kể từ ngày Nghị định này có hiệu lực.\n",
        {
            "63/2025/QH15": ("basis", None),
            "68/2017/NĐ-CP": ("repeals", None),
            "66/2020/NĐ-CP": ("repeals", None),
        },
    ),
    (
        "a list under a line that ends them",
        TT_HEAD + "Điều 6. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 20 "
        "tháng 02 năm 2026.\n2. Các Thông tư sau hết hiệu lực thi hành kể từ ngày Thông tư này "
        "có hiệu lực thi hành:\na) Thông tư số 01/2018/TT-BTC ngày 02 tháng 01 năm 2018 của Bộ "
        "trưởng Bộ Tài chính quy định việc quản lý kinh phí;\nb) Thông tư số 28/2019/TT-BTC ngày "
        "21 tháng 5 năm 2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông "
        "tư số 01/2018/TT-BTC.\n",
        {
            "29/2025/NĐ-CP": ("basis", None),
            "01/2018/TT-BTC": ("repeals", None),
            "28/2019/TT-BTC": ("repeals", None),
        },
    ),
    (
        "an amending text's title and preamble formula",
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 13/2026/TT-NHNN\nHà Nội, ngày 05 tháng 5 năm 2026\n"
        "THÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 53/2018/TT-NHNN quy định về "
        "mạng lưới hoạt động của tổ chức tín dụng phi ngân hàng\n"
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;\n"
        "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều "
        "của Thông tư số 53/2018/TT-NHNN quy định về mạng lưới hoạt động.\n"
        "Điều 1. Sửa đổi, bổ sung Điều 3 như sau:\nNội dung mới.\n",
        {"53/2018/TT-NHNN": ("amends", None), "46/2010/QH12": ("basis", None)},
    ),
    (
        "an article's own paragraph, after a ';'",
        TT_HEAD + "Điều 6. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 9 năm 2026; "
        "bãi bỏ Thông tư số 28/2020/TT-BCT ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Công Thương.\n",
        {"29/2025/NĐ-CP": ("basis", None), "28/2020/TT-BCT": ("repeals", None)},
    ),
    (
        "an article's own paragraph, after a sentence",
        QD_HEAD + "Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký. Bãi bỏ "
        "Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh.\n",
        {"15/2020/QĐ-UBND": ("repeals", None)},
    ),
    (
        "a plan names itself in its organisation part",
        KH_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Giáo dục và Đào tạo chủ trì triển khai.\n2. Kế hoạch này thay thế Kế hoạch số "
        "45/KH-UBND ngày 02/3/2024 của UBND tỉnh.\n",
        {"28-CT/TW": ("implements", None), "45/KH-UBND": ("replaces", None)},
    ),
    # what another document did, or will be asked to do, is a mention
    (
        "replaced by another document",
        KH_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Sở Lao động "
        "áp dụng Thông tư số 01/2023/TT-BLĐTBXH; Thông tư số 36/2021/TT-BLĐTBXH đã được thay "
        "thế bởi Thông tư số 01/2023/TT-BLĐTBXH.\n",
        {
            "28-CT/TW": ("implements", None),
            "01/2023/TT-BLĐTBXH": ("mention", None),
            "36/2021/TT-BLĐTBXH": ("mention", None),
        },
    ),
    (
        "a task to draft an amendment",
        KH_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Sở Tư pháp:\n"
        "a) Tham mưu ban hành Quyết định sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND.\n"
        "b) Sửa đổi, bổ sung Quyết định số 19/2021/QĐ-UBND về quản lý bể bơi.\n",
        {
            "28-CT/TW": ("implements", None),
            "12/2020/QĐ-UBND": ("mention", None),
            "19/2021/QĐ-UBND": ("mention", None),
        },
    ),
    (
        "a task to draft a replacement, hard-wrapped",
        KH_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Sở Tư pháp tham mưu thay thế\n"
        "Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh.\n",
        {"28-CT/TW": ("implements", None), "12/2020/QĐ-UBND": ("mention", None)},
    ),
    (
        "a provision asking for an amendment to be drafted",
        QD_HEAD + "Điều 3. Tổ chức thực hiện\nGiao Sở Tư pháp tham mưu ban hành Quyết định sửa "
        "đổi, bổ sung Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh.\n",
        {"12/2020/QĐ-UBND": ("mention", None)},
    ),
    (
        "another document's 'này' (a table of a decision quoting a circular)",
        QD_HEAD + "Điều 3. Danh mục văn bản\nThông tư số 36/2021/TT-BLĐTBXH ngày 31/12/2021 của "
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội hết hiệu lực thi hành kể từ ngày Thông "
        "tư này có hiệu lực thi hành.\n",
        {"36/2021/TT-BLĐTBXH": ("mention", None)},
    ),
    (
        "an article as amended, quoted",
        QD_HEAD + "Điều 3. Sửa đổi, bổ sung Điều 12 của Quy định ban hành kèm theo Quyết định số "
        "20/2021/QĐ-UBND ngày 02/6/2021 của UBND tỉnh như sau:\n“Điều 12. Hiệu lực thi hành\n"
        "Quy định này thay thế Quyết định số 05/2015/QĐ-UBND ngày 03/02/2015 của UBND tỉnh.”\n",
        # (article 12 of the rules issued with it is the decision's)
        {"20/2021/QĐ-UBND": ("amends", ("12", None)), "05/2015/QĐ-UBND": ("mention", None)},
    ),
    (
        "an article holding a whole programme",
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 175/QĐ-TTg\nHà Nội, ngày 30 tháng 10 năm 2023\n"
        "QUYẾT ĐỊNH\nPhê duyệt Đề án Trung tâm dữ liệu quốc gia\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án Trung tâm dữ liệu quốc gia với những nội dung sau:\n"
        "I. MỤC TIÊU\n1. Hình thành Trung tâm dữ liệu.\nII. NHIỆM VỤ\n1. Hoàn thiện thể chế\n"
        "a) Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ quy định chức năng, "
        "nhiệm vụ của Bộ Công an.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n",
        {"01/2018/NĐ-CP": ("mention", None)},
    ),
    (
        "a phrase changed in a document, the phrase naming another",
        TT_HEAD + "Điều 6. Sửa đổi, bổ sung một số điều\n3. Sửa đổi cụm từ “khoản 2 Điều 5 Nghị định số "
        "59/2021/NĐ-CP ngày 18 tháng 6 năm 2021 của Chính phủ quy định một số nội dung đặc thù về cơ chế "
        "quản lý tài chính” tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP ngày 25 tháng 7 năm 2025 của "
        "Chính phủ quy định chế độ tiền lương thành cụm từ “khoản 2 Điều 5 Nghị định này”.\n",
        {"59/2021/NĐ-CP": ("mention", ("5", "2")), "248/2025/NĐ-CP": ("amends", ("12", "3"))},
    ),
    (
        "a list acted on, its items in part or whole",
        TT_HEAD + "Điều 6. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"
        "2. Thông tư này bãi bỏ:\na) Khoản 1, khoản 2, khoản 10 Điều 1 Thông tư số 30/2024/TT-BTC của "
        "Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của các Thông tư quy định về phân cấp;\n"
        "b) Thông tư số 69/2025/TT-BTC của Bộ trưởng Bộ Tài chính về cắt giảm điều kiện kinh doanh;\n"
        "c) Điều 19, Điều 23 và Phụ lục ban hành kèm Thông tư số 12/2025/TT-BTC.\n",
        {
            "30/2024/TT-BTC": ("amends", ("1", "10")),
            "69/2025/TT-BTC": ("repeals", None),
            "12/2025/TT-BTC": ("amends", None),
        },
    ),
    (
        "adding to a text alone amends it",
        TT_HEAD + "Điều 1. Bổ sung khoản 4 Điều 2 Thông tư số 88/2024/TT-BTC ngày 03/4/2024 của Bộ Tài chính "
        "như sau:\n“4. Cục Quản lý giá chủ trì thẩm định.”\nĐiều 2. Kho bạc Nhà nước bổ sung kinh phí theo "
        "Thông tư số 12/2025/TT-BTC.\n",
        {"88/2024/TT-BTC": ("amends", ("2", "4")), "12/2025/TT-BTC": ("mention", None)},
    ),
    (
        "adding money or staff under a text does not amend it",
        TT_HEAD + "Điều 1. Bổ sung biên chế cho Cục Quản lý giá theo Nghị quyết số 20/2025/NQ-CP ngày "
        "10/12/2025 của Chính phủ.\nĐiều 2. Bổ sung kinh phí cho Vụ Ngân sách nhà nước để thực hiện nhiệm vụ "
        "theo Quyết định số 30/2025/QĐ-TTg ngày 05/01/2025 của Thủ tướng Chính phủ.\n",
        {"20/2025/NQ-CP": ("mention", None), "30/2025/QĐ-TTg": ("mention", None)},
    ),
    (
        "a correction amends the corrected text",
        TT_HEAD + "Điều 6. Đính chính lỗi kỹ thuật tại Thông tư số 07/2023/TT-BTC ngày 10 tháng 5 "
        "năm 2023 của Bộ Tài chính như sau:\nTại khoản 2 Điều 3, cụm từ “30 ngày” nay sửa thành "
        "“15 ngày”.\n",
        {"07/2023/TT-BTC": ("amends", None)},
    ),
    (
        "documents the corrected text amends are not the correction's",
        TT_HEAD + "Điều 6. Đính chính lỗi kỹ thuật tại Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 "
        "năm 2025 của Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư 95/2020/TT-BTC ngày "
        "16 tháng 11 năm 2020 của Bộ trưởng Bộ Tài chính hướng dẫn giám sát giao dịch và Thông tư "
        "số 06/2022/TT-BTC ngày 08 tháng 02 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn công "
        "tác giám sát tuân thủ.\n",
        {
            "138/2025/TT-BTC": ("amends", None),
            "95/2020/TT-BTC": ("mention", None),
            "06/2022/TT-BTC": ("mention", None),
        },
    ),
    (
        "a second act joined to the first",
        TT_HEAD + "Điều 6. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01/3/2026, thay "
        "thế Thông tư số 18/2020/TT-BTC ngày 31/3/2020 của Bộ trưởng Bộ Tài chính về việc hướng "
        "dẫn đăng ký tài khoản tại Kho bạc Nhà nước và bãi bỏ Điều 2 Thông tư số 41/2025/TT-BTC "
        "ngày 16/6/2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số "
        "123/2014/TT-BTC ngày 27/8/2014.\n",
        {
            "18/2020/TT-BTC": ("replaces", None),
            "41/2025/TT-BTC": ("amends", ("2", None)),
            "123/2014/TT-BTC": ("mention", None),
        },
    ),
    (
        "the verb after another predicate of the document",
        "TỈNH ỦY HÀ TĨNH\nSố 09-CT/TU\nHà Tĩnh, ngày 20 tháng 11 năm 2025\nCHỈ THỊ\nvề công tác người cao tuổi\n"
        "1. Các cấp ủy quán triệt Chỉ thị này.\nChỉ thị này phổ biến đến chi bộ và thay thế Chỉ thị số "
        "05-CT/TU ngày 12/4/2019 của Ban Thường vụ Tỉnh ủy.\n",
        {"05-CT/TU": ("replaces", None)},
    ),
    # a Nghị quyết of numbered items, no articles: an item opening with the
    # act's verb or the text itself acts (not a body's task under its item)
    (
        "a resolution's closing item repeals, after a sentence",
        NQ_CP_HEAD + "3. Nghị quyết này có hiệu lực kể từ ngày ký. Bãi bỏ Nghị quyết số 17/NQ-CP\n"
        "ngày 07 tháng 3 năm 2019 của Chính phủ về phát triển Chính phủ điện tử./.\n",
        {"17/NQ-CP": ("repeals", None)},
    ),
    (
        "a resolution's item repeals",
        NQ_CP_HEAD + "2. Nghị quyết này có hiệu lực kể từ ngày ký.\n3. Bãi bỏ Nghị quyết số 17/NQ-CP ngày 07 "
        "tháng 3 năm 2019 của Chính phủ.\n",
        {"17/NQ-CP": ("repeals", None)},
    ),
    (
        "a body's task in a resolution does not act",
        NQ_CP_HEAD + "2. Bộ Tư pháp:\na) Sửa đổi, bổ sung Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 "
        "của Chính phủ;\nb) Báo cáo Chính phủ.\n",
        {"34/2016/NĐ-CP": ("mention", None)},
    ),    # a remark in brackets on the first one's issuer, its former state, does
    # not close the list the verb acts on
    (
        "two plans replaced, the first issuer's remark '(cũ)'",
        KH_HEAD + "I. MỤC ĐÍCH\n1. Giảm số vụ đuối nước.\nKế hoạch này thay thế Kế hoạch số 40/KH-UBND "
        "ngày 12/3/2024 của UBND tỉnh Sơn La (cũ) và Kế hoạch số 71/KH-UBND ngày 20/4/2024 của UBND "
        "tỉnh Lai Châu.\n",
        {"40/KH-UBND": ("replaces", None), "71/KH-UBND": ("replaces", None)},
    ),
    (
        "two decisions repealed, a remark '(trước sắp xếp)' on each",
        QD_HEAD + "Điều 3. Hiệu lực thi hành\nBãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND "
        "tỉnh Lào Cai (trước sắp xếp), Quyết định số 22/2021/QĐ-UBND ngày 02/6/2021 của UBND tỉnh Yên "
        "Bái (trước sắp xếp).\n",
        {"15/2020/QĐ-UBND": ("repeals", None), "22/2021/QĐ-UBND": ("repeals", None)},
    ),
    (
        "three plans replaced, the first two issuers' remark '(trước đây)'",
        KH_HEAD + "I. MỤC ĐÍCH\n1. Giảm số vụ đuối nước.\nKế hoạch này có hiệu lực kể từ ngày ký, thay thế "
        "Kế hoạch số 5/KH-UBND ngày 10/01/2024 của UBND huyện Mai Sơn (trước đây); Kế hoạch số 8/KH-UBND "
        "ngày 15/01/2024 của UBND huyện Yên Châu (trước đây) và Kế hoạch số 9/KH-UBND ngày 16/01/2024 "
        "của UBND huyện Mộc Châu.\n",
        {"5/KH-UBND": ("replaces", None), "8/KH-UBND": ("replaces", None), "9/KH-UBND": ("replaces", None)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), OWN_ACTION_CASES, ids=[c[0] for c in OWN_ACTION_CASES]
)
def test_what_the_document_does_to_another(name, text, expected):
    got = {}
    for c in cites(text):
        if c.number in expected:
            pins = [m.pinpoint for m in c.mentions if m.action == c.action and m.pinpoint]
            pin = (pins[0].article, pins[0].clause) if pins else None
            got[c.number] = (c.action or c.relation, pin)
    assert got == expected


@pytest.mark.parametrize("committee", ["Tỉnh ủy", "Tỉnh uỷ", "TỈNH UỶ"])
def test_a_party_committee_of_the_citing_province_in_either_spelling(committee):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/QĐ-UBND\nLào Cai, ngày 03 tháng 3 năm 2026\n"
        f"QUYẾT ĐỊNH\nVề việc X\nCăn cứ Kết luận số 12-KL/TU ngày 02/3/2026 của Ban Thường vụ {committee};\n"
    )
    (c,) = cites(text)
    assert (c.issuer_level, c.key) == ("province", "12-KL/TU@2026@tinhlaocai")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Căn cứ Luật Hóa chất số 69/2025/QH15 ngày 14/6/2025;", "Luật Hóa chất"),
        ("Căn cứ Luật Hóa chất 69/2025/QH15 ngày 14/6/2025;", "Luật Hóa chất"),  # "số" left out
        # a name ending in "pháp luật": its "luật" is no type word
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 69/2025/QH15 ngày 14/6/2025;",
            "Luật Ban hành văn bản quy phạm pháp luật",
        ),
    ],
)
def test_a_law_named_before_its_number(text, name):
    (c,) = cites(text)
    assert (c.number, c.name, c.doc_type, c.relation) == ("69/2025/QH15", name, "L", "basis")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Tư pháp nhận được Văn bản số 27/CV-HL ngày 04/4/2026 của Công ty TNHH Hoà Lợi về "
        "việc đề nghị gia hạn giấy phép.",
        # the papers sent with it, and the short name given its issuer
        "Sở Tư pháp nhận được Văn bản số 27/CV-HL ngày 04/4/2026 và hồ sơ gửi kèm của Công ty "
        "TNHH Hoà Lợi (Công ty) về việc đề nghị gia hạn giấy phép.",
        # (a few plain words saying how they came)
        "Sở Tư pháp nhận được Văn bản số 27/CV-HL ngày 04/4/2026 và hồ sơ nộp trên dịch vụ công quốc gia "
        "của Công ty TNHH Hoà Lợi (Công ty) về việc đề nghị gia hạn giấy phép.",
    ],
)
def test_a_received_request_with_inserts_keeps_its_issuer_subject_and_relation(sentence):
    head = (
        "SỞ TƯ PHÁP\nSố: 12/STP-HC\nLào Cai, ngày 10 tháng 4 năm 2026\nV/v gia hạn giấy phép\n"
        "Kính gửi: Công ty TNHH Hoà Lợi\n"
    )
    (c,) = cites(head + sentence)
    assert (c.issuer, c.relation, c.subject) == (
        "Công ty TNHH Hoà Lợi",
        "proposal",
        "về việc đề nghị gia hạn giấy phép",
    )


def test_a_communes_own_body_cited_without_its_name_is_the_citing_communes():
    """"Quyết định số 08/QĐ-UBND … của Chủ tịch UBND xã" in a commune's own
    decision: the commune's, keyed by its place, so the decision it replaces is
    the one the graph knows."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG\nSố: 15/QĐ-UBND\nBảo Thắng, ngày 05 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc kiện toàn Ban Chỉ đạo\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO THẮNG\nĐiều 1. Kiện toàn Ban Chỉ đạo.\n"
        "Điều 2. Quyết định này thay thế Quyết định số 08/QĐ-UBND ngày 10/8/2025 của Chủ tịch UBND xã.\n"
    )
    (c,) = doc.citations
    assert (c.issuer_level, c.key, c.action) == ("ward", "8/QĐ-UBND@2025@tinhlaocai/xabaothang", "replaces")


def test_on_the_basis_of_is_a_basis_after_a_proposal():
    """"Xét đề nghị … tại Văn bản số …; trên cơ sở Nghị quyết số …": the
    proposal's clause ends at ";" and "trên cơ sở" relies on the resolution."""
    rel = {
        c.number: c.relation
        for c in cites(
            "Xét đề nghị của Sở Tài chính tại Văn bản số 985/STC-QLCS ngày 02/3/2022; trên cơ sở Nghị quyết số "
            "202/2021/QH15 ngày 12/6/2021 của Quốc hội, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:"
        )
    }
    assert rel == {"985/STC-QLCS": "proposal", "202/2021/QH15": "basis"}


def test_a_law_by_name_and_year_then_a_law_by_number_are_two():
    names = [
        (c.number, c.name)
        for c in cites("Căn cứ Luật Lâm nghiệp năm 2017, Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15;")
    ]
    assert names == [(None, "Luật Lâm nghiệp"), ("55/2024/QH15", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ")]


def test_a_subject_ends_at_the_citing_sentences_purpose():
    (c,) = cites(
        "Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với "
        "công tác quản lý, bảo vệ và phát triển rừng, để chủ động phòng ngừa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:"
    )
    assert c.subject == "về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng"


def test_footnote_marks_are_no_part_of_an_issuer_or_a_subject():
    (c,) = cites("Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ¹ về nhiệm vụ, giải pháp chủ yếu năm 2022[1];")
    assert (c.issuer, c.subject) == ("Chính phủ", "về nhiệm vụ, giải pháp chủ yếu năm 2022")


def test_a_title_citation_ends_with_the_title():
    """A citation in a plan's title has no subject in the preamble after it,
    and its issuer ends where the title's scope begins ("trên địa bàn …",
    "năm 2024 - 2025"); the parent plan in the preamble is implemented."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTHỊ TRẤN CHÂU THÀNH\nSố: 61/KH-UBND\nChâu Thành, ngày 11 tháng 6 năm 2024\n\nKẾ HOẠCH\n"
        "Thực hiện công tác bảo vệ trẻ em\ntheo Chỉ thị số 28-CT/TW của Bộ Chính trị trên địa bàn thị trấn\n"
        "năm 2024 - 2025\n\n"
        "Thực hiện Kế hoạch số 186/KH-UBND ngày 20 tháng 5 năm 2024 của Ủy ban nhân dân huyện Châu Thành "
        "về thực hiện Chỉ thị số 28-CT/TW;\nỦy ban nhân dân thị trấn xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    by_number = {c.number: c for c in doc.citations}
    assert by_number["28-CT/TW"].issuer == "Bộ Chính trị"
    assert by_number["28-CT/TW"].implements == []
    assert by_number["186/KH-UBND"].relation == "implements"


def test_inputs_listed_after_xet_end_each_others_subject():
    """"Xét báo cáo của A tại văn bản số N về X, đề nghị của B tại văn bản số
    M về Y": two proposals, each with its own subject."""
    doc = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 8123/VPCP-KTTH\nHà Nội, ngày 05 tháng 10 năm 2025\nKính gửi: Bộ Tài chính\n"
        "Xét báo cáo của Bộ Tài chính tại văn bản số 14235/BTC-ĐT ngày 02/10/2025 về tình hình giải ngân, "
        "đề nghị của Ủy ban nhân dân tỉnh Gia Lai tại văn bản số 2871/UBND-KT ngày 30/9/2025 về tháo gỡ "
        "vướng mắc, Phó Thủ tướng có ý kiến như sau:\n1. Bộ Tài chính chủ trì xử lý.\n"
    )
    assert [(c.number, c.relation, c.subject) for c in doc.citations] == [
        ("14235/BTC-ĐT", "proposal", "về tình hình giải ngân"),
        ("2871/UBND-KT", "proposal", "về tháo gỡ vướng mắc"),
    ]


def test_a_directive_after_a_decrees_subject_is_listed_beside_it():
    """A decree details laws, not a directive: "Nghị định A quy định chi tiết
    … Luật X và Chỉ thị số B …" lists B beside A."""
    (a, law, b) = cites(
        "Thực hiện Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một "
        "số điều của Luật An toàn thực phẩm và Chỉ thị số 13/CT-TTg ngày 09/5/2016 của Thủ tướng Chính phủ "
        "về tăng cường trách nhiệm quản lý nhà nước về an toàn thực phẩm, Thủ tướng yêu cầu:"
    )
    assert (a.implements, law.name, b.relation) == (["Luật An toàn thực phẩm"], "Luật An toàn thực phẩm", "implements")
    assert a.subject == "quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm"


def test_an_issuer_named_by_its_units_word_alone_ends_there():
    """"… của Ủy ban nhân dân tỉnh phát triển du lịch …": the issuer ends with
    "tỉnh", and what follows is the subject; "chưa" ends an issuer too."""
    a, b, c = cites(
        "Thực hiện Kế hoạch số 28/KH-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh phát triển du lịch cộng "
        "đồng; Quyết định số 12/QĐ-UBND ngày 01/02/2026 của UBND tỉnh công bố danh mục thủ tục hành chính; "
        "Công văn số 15/BYT-KH ngày 03/02/2026 của Bộ Y tế chưa có ý kiến;"
    )
    assert [(x.issuer, x.subject) for x in (a, b)] == [
        ("Ủy ban nhân dân tỉnh", "phát triển du lịch cộng đồng"),
        ("UBND tỉnh", "công bố danh mục thủ tục hành chính"),
    ]
    assert c.issuer == "Bộ Y tế"


def test_an_issuer_named_after_a_list_is_not_carried_back_to_a_document_with_its_own_subject():
    a, b, c = cites(
        "Ban hành Quyết định số 702/QĐ-SYT ngày 11/7/2025 sửa đổi, bổ sung Quyết định số 415/QĐ-SYT ngày "
        "26/4/2025 về quy chế làm việc; bãi bỏ Quyết định số 128/QĐ-SYT ngày 03/02/2025 của Giám đốc Sở Y tế "
        "tỉnh Vĩnh Phúc (cũ)."
    )
    # (the first two: the kind of department their code names, no more)
    assert [x.issuer for x in (a, b, c)] == ["Sở Y tế", "Sở Y tế", "Sở Y tế tỉnh Vĩnh Phúc"]


def test_an_amendment_of_a_text_attached_to_a_document_named_at_length():
    doc = parse_text(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/2026/TT-BGDĐT\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG TƯ\n"
        "Sửa đổi, bổ sung một số điều của Quy chế tuyển sinh\n"
        "Điều 1. Sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ đại học, tuyển sinh trình độ "
        "cao đẳng ngành Giáo dục Mầm non ban hành kèm theo Thông tư số 08/2022/TT-BGDĐT ngày 06 tháng 6 năm "
        "2022 của Bộ trưởng Bộ Giáo dục và Đào tạo\n1. Sửa đổi khoản 2 Điều 5 như sau:\n"
    )
    assert [(c.number, c.action) for c in doc.citations] == [("08/2022/TT-BGDĐT", "amends")]


def test_the_next_documents_type_name_is_no_subject():
    a, b = cites(
        "Xét Tờ trình số 96/TTr-NLYH ngày 18/03/2026 của Công ty Cổ phần Năng lượng Yên Hà và Quyết định điều "
        "chỉnh chủ trương đầu tư số: 1942/QĐ-UBND ngày 31/07/2024 của Ủy ban nhân dân tỉnh Lào Cai;"
    )
    assert a.subject is None and b.number == "1942/QĐ-UBND"


def test_a_text_attached_to_a_decision_cites_as_the_decision_names():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 45/QĐ-UBND\nQuảng Bình, ngày 12 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch phòng, chống ma túy\n"
        "Căn cứ Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường phòng, chống ma túy;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống ma túy.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nKT. CHỦ TỊCH\nNguyễn Văn A\n\nKẾ HOẠCH\n"
        "Phòng, chống ma túy năm 2024\n(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2024 của UBND tỉnh)\n"
        "I. MỤC ĐÍCH\n1. Quán triệt Chỉ thị số 36-CT/TW.\nII. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh chủ trì.\n"
    )
    (plan,) = doc.attachments
    directive = next(c for c in plan.citations if c.number == "36-CT/TW")
    assert (directive.date, directive.key) == ("2019-08-16", "36-CT/TW@2019")


def test_a_document_of_another_clause_takes_no_issuer_named_before():
    """"Thực hiện Kế hoạch số 187/KH-UBND … của UBND tỉnh, UBND phường đã kiện
    toàn … tại Quyết định số 98/QĐ-UBND …": the decision is not the province's."""
    a, b = cites(
        "Thực hiện Kế hoạch số 187/KH-UBND ngày 10/8/2025 của UBND tỉnh, UBND phường đã kiện toàn Ban Chỉ đạo "
        "chuyển đổi số tại Quyết định số 98/QĐ-UBND ngày 20/8/2025."
    )
    assert (a.issuer, b.issuer) == ("UBND tỉnh", None)


def test_a_preambles_clauses_written_as_bullets_keep_their_relations():
    got = cites(
        "ĐẢNG ỦY PHƯỜNG TRƯỜNG VINH\nSố 05-KH/ĐU\nTrường Vinh, ngày 10 tháng 8 năm 2025\nKẾ HOẠCH\n"
        "học tập, quán triệt Nghị quyết của Bộ Chính trị\n"
        "- Căn cứ Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân;\n"
        "- Thực hiện Kế hoạch số 19-KH/TU, ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy,\n"
        "Ban Thường vụ Đảng ủy phường xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
        "II. NHIỆM VỤ\n- Căn cứ Kế hoạch này, các chi bộ xây dựng kế hoạch thực hiện Nghị quyết số "
        "12-NQ/ĐU ngày 02/6/2025.\n"
    )
    assert [(c.number, c.relation) for c in got] == [
        ("68-NQ/TW", "basis"),
        ("19-KH/TU", "implements"),
        ("12-NQ/ĐU", "mention"),  # (a task's, in the body)
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a central Party board, named by its code ending in TW
        ("Căn cứ Hướng dẫn số 31-HD/BTGDVTW ngày 10/5/2025 về tuyên truyền;", "party"),
        ("Thực hiện Kết luận số 05-KL/UBKTTW ngày 02/4/2025;", "party"),
        # the Front's central committee
        ("Thực hiện Hướng dẫn số 12/HD-MTTW-BTT ngày 02/3/2025;", "national"),
        # a Party number ("NN-KH/ISSUER") of a central body is the Party's
        # centre's, though its name alone would be the State's
        (
            "Thực hiện Kế hoạch số 03-KH/BCĐTW ngày 20/4/2025 của Ban Chỉ đạo Trung ương về phát triển"
            " khoa học, công nghệ và chuyển đổi số về phổ cập kỹ năng số;",
            "party",
        ),
        (
            "Thực hiện Kế hoạch số 07-KH/BCĐ ngày 02/6/2025 của Ban Chỉ đạo Trung ương về phòng, chống"
            " tham nhũng, lãng phí, tiêu cực;",
            "party",
        ),
        # a Party committee of a province keeps its province's level
        ("Thực hiện Kế hoạch số 36-KH/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số;", "province"),
        # a State number of a central board stays the State's
        (
            "Thực hiện Kế hoạch số 45/KH-BCĐ ngày 02/6/2025 của Ban Chỉ đạo Trung ương các chương trình"
            " mục tiêu quốc gia;",
            "national",
        ),
    ],
)
def test_central_party_and_front_bodies_by_their_codes(text, level):
    assert cites(text)[0].issuer_level == level


@pytest.mark.parametrize(
    ("text", "subject", "implements"),
    [
        # what the citing sentence's subject is to do with it
        (
            "Bộ Xây dựng nghiên cứu sửa đổi Quyết định số 66/2009/QĐ-TTg ngày 24/4/2009 của Thủ tướng Chính phủ về "
            "chính sách nhà ở cho công nhân, trình Thủ tướng Chính phủ trong quý IV năm 2026.",
            "về chính sách nhà ở cho công nhân",
            [],
        ),
        # what a body did, the sentence's main clause
        (
            "Thực hiện Nghị quyết số 07/NQ-HĐND ngày 10/3/2026 của HĐND tỉnh về việc thông qua Đề án X, UBND tỉnh "
            "đã giao Sở Nội vụ chủ trì.",
            "về việc thông qua Đề án X",
            [],
        ),
        # another document's act on it
        (
            "Căn cứ Thông tư số 06/2021/TT-BXD ngày 30/6/2021 của Bộ Xây dựng quy định về phân cấp công trình, sửa "
            "đổi bổ sung bởi Thông tư số 07/2025/TT-BXD;",
            "quy định về phân cấp công trình",
            [],
        ),
        # a second "quy định", the sentence's verb: no edge to what follows it
        (
            "Tại Điều 12 Nghị định số 139/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân cấp trong lĩnh "
            "vực công thương quy định trách nhiệm của Ủy ban nhân dân cấp tỉnh thực hiện Nghị định số "
            "32/2024/NĐ-CP.",
            "quy định về phân cấp trong lĩnh vực công thương",
            [],
        ),
        # nor the title of a document named right before it
        (
            "Căn cứ Thông tư số 01/2026/TT-BCT ngày 02/01/2026 của Bộ Công Thương quy định chi tiết Luật Hóa chất và "
            "Nghị định số 26/2026/NĐ-CP của Chính phủ quy định chi tiết Luật Hóa chất;",
            "quy định chi tiết Luật Hóa chất và Nghị định số 26/2026/NĐ-CP của Chính phủ quy định chi tiết Luật Hóa "
            "chất",
            ["Luật Hóa chất", "26/2026/NĐ-CP"],
        ),
        # a scope below the issuer's level is the citing text's own
        (
            "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư về tăng cường công tác bảo vệ trẻ em trên "
            "địa bàn huyện Can Lộc giai đoạn 2025 - 2030,",
            "về tăng cường công tác bảo vệ trẻ em",
            [],
        ),
        # not one of its own level
        (
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh về phòng chống dịch trên địa bàn tỉnh năm 2024;",
            "về phòng chống dịch trên địa bàn tỉnh năm 2024",
            [],
        ),
        # a second reason of the citing sentence
        (
            "Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 502/UBND-KT ngày 20/01/2026 về việc triển khai Nghị "
            "định số 25/2026/NĐ-CP và để đảm bảo việc thực hiện đồng bộ Luật Hóa chất số 69/2025/QH15, Sở Công "
            "Thương hướng dẫn như sau:",
            "về việc triển khai Nghị định số 25/2026/NĐ-CP",
            ["25/2026/NĐ-CP"],
        ),
        # the citing sentence going on after a comma
        (
            "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Lào Cai ban hành quy chế phối hợp, "
            "Sau khi xem xét, Sở Công Thương thông báo như sau:",
            "ban hành quy chế phối hợp",
            [],
        ),
        # a directive the cited plan is made under, after "theo"
        (
            "Thực hiện Kế hoạch số 142/KH-UBND ngày 28/8/2025 của UBND tỉnh Quảng Ngãi về tăng cường công tác bảo "
            "vệ, chăm sóc trẻ em theo Chỉ thị số 28-CT/TW của Ban Bí thư;",
            "về tăng cường công tác bảo vệ, chăm sóc trẻ em theo Chỉ thị số 28-CT/TW của Ban Bí thư",
            ["28-CT/TW"],
        ),
        # but not a text issued with the act ("kèm theo"), nor a letter it was sent by
        (
            "Căn cứ Quy chuẩn QCVN 05A:2020/BCT về an toàn hóa chất ban hành kèm theo Thông tư số 48/2020/TT-BCT "
            "ngày 21 tháng 12 năm 2020 của Bộ trưởng Bộ Công Thương;",
            None,
            [],
        ),
        (
            "Thực hiện Kế hoạch số 20/KH-UBND ngày 05/01/2025 của UBND tỉnh về công tác báo cáo theo văn bản số "
            "01/CV-SCT ngày 10/01/2025;",
            None,
            [],
        ),
        # but "theo quy định" is none
        (
            "Căn cứ Nghị định số 278/2025/NĐ-CP ngày 20/10/2025 của Chính phủ quy định về chia sẻ dữ liệu bảo đảm an "
            "toàn theo quy định pháp luật;",
            "quy định về chia sẻ dữ liệu bảo đảm an toàn theo quy định pháp luật",
            [],
        ),
    ],
)
def test_a_subject_ends_where_the_citing_sentence_goes_on(text, subject, implements):
    c = cites(text)[0]
    assert c.implements == implements
    if subject is not None:
        assert c.subject == subject


def test_a_circular_guiding_decrees_dated_without_ngay():
    a, *_decrees = cites(
        "Thực hiện theo Điều 5 Thông tư số 10/2021/TT-BXD 25/08/2021 của Bộ Xây dựng hướng dẫn Nghị định "
        "06/2021/NĐ-CP và Nghị định 44/2016/NĐ-CP."
    )
    assert (a.date, a.issuer, a.implements) == ("2021-08-25", "Bộ Xây dựng", ["06/2021/NĐ-CP", "44/2016/NĐ-CP"])


def test_a_date_on_the_next_line_is_a_tables_next_cell():
    (c,) = cites("Được sửa đổi, bổ sung bởi Thông tư số 13/2024/TT-BLĐTBXH \n01/02/2025")
    assert c.date is None


def test_a_consolidated_texts_issuer_ends_at_its_verb():
    (c,) = cites(
        "Căn cứ Văn bản hợp nhất số 03/VBHN-BGDĐT ngày 10/02/2021 của Bộ Giáo dục và Đào tạo hợp nhất Thông tư "
        "ban hành Điều lệ trường mầm non;"
    )
    assert (c.issuer, c.subject) == ("Bộ Giáo dục và Đào tạo", "hợp nhất Thông tư ban hành Điều lệ trường mầm non")


def test_a_titles_verb_ending_its_line_governs_the_document_opening_the_next():
    (c,) = cites(
        "ĐẢNG ỦY PHƯỜNG CẨM THÀNH\nSố 37-KH/ĐU\nCẩm Thành, ngày 18 tháng 8 năm 2025\nKẾ HOẠCH\n"
        "học tập, quán triệt và triển khai thực hiện\nNghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị\n"
        "về phát triển kinh tế tư nhân\n"
    )
    assert c.relation == "implements"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a quoted subject, to its closing quote
        (
            'Thực hiện Nghị quyết số 42-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII "về tiếp '
            'tục đổi mới chính sách xã hội" (viết tắt là Nghị quyết 42), Huyện ủy ban hành Chương trình.',
            "về tiếp tục đổi mới chính sách xã hội",
        ),
        # a quoted name inside a subject keeps its quotes
        (
            "Căn cứ Văn bản số 09/TD-PCCC ngày 02/3/2024 của Phòng Cảnh sát PCCC về việc thẩm duyệt thiết kế công "
            "trình “Thủy điện Yên Hà”, Sở Công Thương thông báo.",
            "về việc thẩm duyệt thiết kế công trình “Thủy điện Yên Hà”",
        ),
    ],
)
def test_quoted_subjects(text, subject):
    assert cites(text)[0].subject == subject


def test_the_documents_an_amending_subject_names_are_all_amended_not_bases():
    got = cites(
        "Căn cứ Thông tư số 12/2026/TT-BYT ngày 05 tháng 01 năm 2026 của Bộ Y tế sửa đổi, bổ sung một số điều của "
        "Thông tư số 30/2018/TT-BYT và Thông tư số 22/2023/TT-BYT;"
    )
    assert [(c.number, c.relation) for c in got] == [
        ("12/2026/TT-BYT", "basis"),
        ("30/2018/TT-BYT", "mention"),
        ("22/2023/TT-BYT", "mention"),
    ]


def test_the_documents_own_number_with_a_thousands_dot_is_no_citation():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ YÊN ĐỊNH\nSố: 2.046/KH-UBND\nYên Định, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\nRà soát hộ nghèo\n"
    )
    assert (doc.header.number, doc.citations) == ("2046/KH-UBND", [])


@pytest.mark.parametrize(
    ("head", "sentence", "relation"),
    [
        # a letter received from a body above is carried out
        (
            "ỦY BAN NHÂN DÂN\nXÃ YÊN ĐỊNH\nSố: 12/UBND-VP\nYên Định, ngày 5 tháng 11 năm 2025\nV/v rà soát hộ nghèo\n",
            "UBND xã Yên Định nhận được Văn bản số 1520/UBND-VX ngày 03/11/2025 của UBND tỉnh Thanh Hóa về việc rà "
            "soát hộ nghèo năm 2025. UBND xã yêu cầu các thôn thực hiện.",
            "implements",
        ),
        # one from an enterprise, or a body at the same level or below, is a request answered
        (
            "UBND TỈNH LÀO CAI\nSỞ TƯ PHÁP\nSố: 12/STP-VP\nLào Cai, ngày 5 tháng 11 năm 2025\nV/v hướng dẫn\n",
            "Sở Tư pháp nhận được Văn bản số 21/CV-HA ngày 01/11/2025 của Văn phòng công chứng Hòa An về việc hướng "
            "dẫn thủ tục công chứng, Sở Tư pháp có ý kiến như sau:",
            "proposal",
        ),
        (
            "BỘ TÀI CHÍNH\nSố: 9215/BTC-NSNN\nHà Nội, ngày 20 tháng 8 năm 2026\nV/v hướng dẫn thực hiện chính sách\n",
            "Bộ Tài chính nhận được Công văn số 9876/UBND-KTTC ngày 25/7/2026 của Ủy ban nhân dân tỉnh Thanh Hóa về "
            "việc vướng mắc trong thực hiện chính sách.",
            "proposal",
        ),
    ],
)
def test_a_letter_received(head, sentence, relation):
    assert parse_text(head + sentence + "\n").citations[0].relation == relation


def test_a_steering_committees_name_holds_its_ve():
    (c,) = cites(
        "Thực hiện Kế hoạch số 09/KH-BCĐ ngày 26/12/2025 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Thanh "
        "Hóa về bảo đảm an toàn thực phẩm Tết, Phòng Văn hóa - Xã hội tổ chức kiểm tra các cơ sở."
    )
    assert (c.issuer, c.issuer_level, c.subject) == (
        "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Thanh Hóa",
        "province",
        "về bảo đảm an toàn thực phẩm Tết",
    )


def test_a_plan_carrying_out_another_named_right_after_its_date():
    got = cites(
        "UBND xã đã ban hành Kế hoạch số 15/KH-UBND ngày 10/9/2025 triển khai Kế hoạch số 40/KH-UBND ngày "
        "02/9/2025 của UBND tỉnh trên địa bàn xã."
    )
    assert got[0].implements == ["40/KH-UBND"]


def test_the_issuers_own_department_named_bare():
    """"của Giám đốc Sở" in a Sở's text is that Sở, with its province: the
    same decision cited by two of its texts is one document."""
    doc = parse_text(
        "UBND TỈNH NAM ĐỊNH\nSỞ TƯ PHÁP\nSố: 145/QĐ-STP\nNam Định, ngày 10 tháng 4 năm 2025\n"
        "QUYẾT ĐỊNH\nVề việc bổ sung thành viên Tổ công tác\nGIÁM ĐỐC SỞ TƯ PHÁP\n"
        "Căn cứ Quyết định số 120/QĐ-STP ngày 03/3/2025 của Giám đốc Sở về việc thành lập Tổ công tác;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Bổ sung thành viên Tổ công tác.\n"
    )
    (c,) = [c for c in doc.citations if c.number == "120/QĐ-STP"]
    assert (c.issuer, c.issuer_level) == ("Sở Tư pháp tỉnh Nam Định", "province")
    assert c.key == "120/QĐ-STP@2025@tinhnamdinh"


@pytest.mark.parametrize(
    ("own", "cited", "issuer"),
    [
        # a bare citation under the citing body's own code is its own act
        ("3342/UBND-TH", "Kế hoạch số 118/KH-UBND ngày 28/3/2025", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("3342/UBND-TH", "Công văn số 2156/UBND-NC ngày 02/7/2025", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("15/KH-UBND", "Quyết định số 05/2025/QĐ-UBND ngày 02/7/2025", "Ủy ban nhân dân tỉnh Lào Cai"),
        # another body's code, or an issuer written: not the citing body's
        ("3342/UBND-TH", "Công văn số 215/SCT-CN ngày 02/7/2025", "Sở Công Thương"),
        ("3342/UBND-TH", "Kế hoạch số 118/KH-UBND ngày 28/3/2025 của UBND huyện Bát Xát", "UBND huyện Bát Xát"),
    ],
)
def test_a_bare_citation_under_the_citing_bodys_own_code_is_its_own(own, cited, issuer):
    doc = parse_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: {own}\nLào Cai, ngày 22 tháng 8 năm 2025\nV/v đôn đốc nhiệm vụ\n"
        f"Kính gửi: Các sở, ban, ngành tỉnh.\nThực hiện {cited}, đề nghị các cơ quan triển khai.\n"
    )
    (c,) = doc.citations
    assert c.issuer == issuer


@pytest.mark.parametrize(
    "issuer",
    ["Trung ương khóa XII", "Hội nghị Trung ương 6 khóa XII", "Ban Chấp hành Trung ương Đảng khóa XIII",
     "Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII",
     # named alone
     "Trung ương", "Trung ương Đảng"],
)
def test_the_party_central_committee_whatever_its_plenum_or_term(issuer):
    (c,) = cites(f"Thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của {issuer} về cán bộ;")
    assert c.issuer == "Ban Chấp hành Trung ương Đảng"


def test_numbers_of_enterprises_and_an_issuers_short_name_inside_it():
    """A minutes' number with a unit's code before the slash ("07-TN/BBTN"),
    a request's with its year after a dot ("06.2026/GPVC"); the short name
    in brackets inside an issuer's name is skipped, and what came with the
    document ends it ("… kèm theo hồ sơ")."""
    got = {
        c.number: c.issuer
        for c in cites(
            "Sở nhận được Giấy đề nghị số 24/CV-TH ngày 09/7/2026 của Doanh nghiệp tư nhân (DNTN) Thành "
            "Hương kèm theo hồ sơ đề nghị cấp giấy phép. Hồ sơ gồm Biên bản số 07-TN/BBTN ngày 09/4/2026 "
            "của Công ty TNHH Thí nghiệm điện và Giấy đề nghị số 06.2026/GPVC ngày 03/5/2026 của Công ty "
            "TNHH Minh Phát."
        )
    }
    assert got == {
        "24/CV-TH": "Doanh nghiệp tư nhân Thành Hương",
        "07-TN/BBTN": "Công ty TNHH Thí nghiệm điện",
        "06.2026/GPVC": "Công ty TNHH Minh Phát",
    }


def test_a_wards_city_run_by_the_centre_named_by_its_kind():
    """Since July 2025 a ward of Đà Nẵng has no district above it: "UBND thành
    phố" is the city, a province's level, with the city's place."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU\nSố: 215/BC-UBND\nHải Châu, ngày 16 tháng 6 năm 2026\nBÁO CÁO\n"
        "Kết quả 6 tháng đầu năm 2026\nThực hiện Chỉ thị số 06/CT-UBND ngày 10/3/2026 của Chủ tịch UBND thành "
        "phố về tăng cường kỷ cương, UBND phường báo cáo như sau:\n"
    )
    (c,) = doc.citations
    assert (c.issuer_level, c.key) == ("province", "6/CT-UBND@2026@thanhphodanang")


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        # the ground cited alone: the number is the amending law's
        (
            "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12; Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm "
            "y tế số 51/2024/QH15;",
            "51/2024/QH15",
            "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
        ),
        # the enacting formula: the number is the amended law's
        (
            "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản số 54/2024/QH15.",
            "54/2024/QH15",
            "Luật Địa chất và khoáng sản",
        ),
    ],
)
def test_an_amending_laws_name_before_a_number(text, number, name):
    (c,) = [c for c in cites(text) if c.number == number]
    assert c.name == name


def test_a_proposing_texts_grounds_and_inputs():
    """A note in brackets after a law ("(sửa đổi, bổ sung năm 2019)") keeps
    the list of grounds going; a council's standing body has its letter;
    carrying out a body's assignment in a letter implements that letter."""
    got = {
        c.number or c.name: (c.issuer, c.relation)
        for c in cites(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 (sửa đổi, bổ sung năm 2019); "
            "Luật Ngân sách nhà nước số 83/2015/QH13;\n"
            "Ngày 05/4/2024, Thường trực HĐND tỉnh có Công văn số 155/HĐND-KTNS về việc xây dựng Nghị quyết.\n"
            "Thực hiện sự phân công của Ủy ban nhân dân tỉnh tại Công văn số 1234/UBND-KT ngày 10/5/2024, Sở "
            "Nông nghiệp đã xây dựng dự thảo.\n"
        )
    }
    assert got["83/2015/QH13"] == ("Quốc hội", "basis")
    assert got["155/HĐND-KTNS"][0] == "Thường trực HĐND tỉnh"
    assert got["1234/UBND-KT"] == ("Ủy ban nhân dân tỉnh", "implements")


def test_a_serial_padded_with_zeros_is_one_citation_and_the_own_number():
    """"Kế hoạch số 04/KH-UBND" and later "Kế hoạch số 4/KH-UBND" cite one
    document; a text numbered "Số: 07/KH-UBND" does not cite itself as "7/KH-UBND"."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ BẢN LẦU\nSố: 07/KH-UBND\nBản Lầu, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Triển khai công tác trẻ em năm 2026\n"
        "Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của UBND tỉnh Lào Cai, UBND xã ban hành Kế hoạch.\n"
        "1. Các ngành triển khai theo Kế hoạch số 4/KH-UBND nêu trên.\n"
        "2. Định kỳ báo cáo kết quả thực hiện Kế hoạch số 7/KH-UBND này.\n"
    )
    assert [(c.number, c.relation) for c in doc.citations] == [("04/KH-UBND", "implements")]
    assert len(doc.citations[0].mentions) == 2


def test_a_body_of_the_citing_wards_own_name_is_of_that_ward():
    """A ward's plan citing "… của Ban Thường vụ Đảng ủy phường Cẩm Thành" cites
    its own ward's Party committee, not a ward of that name elsewhere."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG CẨM THÀNH\nSố: 45/KH-UBND\nCẩm Thành, ngày 05 tháng 12 năm 2025\nKẾ HOẠCH\n"
        "Thực hiện công tác trẻ em\nThực hiện Kế hoạch số 312/KH-UBND ngày 05/11/2025 của UBND tỉnh Quảng Ngãi; "
        "Kế hoạch số 28-KH/ĐU ngày 20/11/2025 của Ban Thường vụ Đảng ủy phường Cẩm Thành;\nI. MỤC ĐÍCH\n1. Bảo đảm.\n"
    )
    cited = {c.number: c for c in doc.citations}["28-KH/ĐU"]
    loc = cited.issuer_locality
    assert loc is not None and not loc.ambiguous
    assert (loc.new_ward, loc.new_province) == ("Phường Cẩm Thành", "Tỉnh Quảng Ngãi")
    assert cited.key == f"28-KH/ĐU@2025@{locality_key(doc.header.issuer.locality)}"


_NGHE_AN_TU = "ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\nSố 30-KH/TU\nNghệ An, ngày 12 tháng 9 năm 2025\n"
_DUC_THO = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 88/KH-UBND\nĐức Thọ, ngày 05 tháng 3 năm 2024\n"


@pytest.mark.parametrize(
    ("header", "cited", "field", "place"),
    [
        # any body named with the bare kind "tỉnh" is the citing text's province's
        (_NGHE_AN_TU, "Tờ trình số 1120/TTr-CAT-PC04 ngày 08/9/2025 của Công an tỉnh", "province", "Tỉnh Nghệ An"),
        (_NGHE_AN_TU, "Kết luận số 01-KL/TU ngày 08/7/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XX", "province", "Tỉnh Nghệ An"),
        (_NGHE_AN_TU, "Báo cáo số 12/BC-BCH ngày 08/7/2025 của Bộ Chỉ huy Quân sự tỉnh", "province", "Tỉnh Nghệ An"),
        (_NGHE_AN_TU, "Nghị quyết số 05-NQ/TU ngày 10/8/2025 của Ban Thường vụ Tỉnh ủy", "province", "Tỉnh Nghệ An"),
        # not the provinces in general, nor another province named
        (_NGHE_AN_TU, "Báo cáo số 12/BC-CA ngày 08/7/2025 của Công an các tỉnh", "province", None),
        (_NGHE_AN_TU, "Báo cáo số 12/BC-CAT ngày 08/7/2025 của Công an tỉnh Hà Tĩnh", "province", "Tỉnh Hà Tĩnh"),
        # a district's own "phòng" is the citing district's
        (_DUC_THO, "Báo cáo số 12/BC-PTP ngày 08/7/2025 của Phòng Tư pháp", "district", "Huyện Đức Thọ"),
        # national defence is no district's "phòng"
        (
            _DUC_THO,
            "Thông tư liên tịch số 50/2016/TTLT-BQP-BCA ngày 15/4/2016 của Bộ Quốc phòng và Bộ Công an",
            "district",
            None,
        ),
    ],
)
def test_a_body_named_without_its_place_is_the_citing_texts(header, cited, field, place):
    doc = parse_text(header + f"KẾ HOẠCH\nPhòng chống ma túy\nThực hiện {cited};\nI. MỤC ĐÍCH\n1. Bảo đảm.\n")
    (c,) = doc.citations
    assert (getattr(c.issuer_locality, field) if c.issuer_locality else None) == place


@pytest.mark.parametrize(
    ("written", "issuer"),
    [
        ("Bộ Lao động Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
        ("Bộ LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
        # cut where the line wraps in the source
        ("Bộ Lao động\nThương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    ],
)
def test_a_cited_issuer_in_another_form_is_the_body_its_code_names(written, issuer):
    (c,) = parse_text(
        f"Căn cứ Thông tư số 05/2020/TT-BLĐTBXH ngày 10/3/2020 của {written} quy định chi tiết một số điều;\n"
    ).citations
    assert c.issuer == issuer


def test_a_joint_texts_issuers_stay_as_named():
    (c,) = parse_text(
        "Căn cứ Thông tư liên tịch số 16/2015/TTLT-BGDĐT-BNV ngày 10/7/2015 của Bộ Giáo dục và Đào tạo và Bộ Nội vụ "
        "hướng dẫn danh mục khung vị trí việc làm;\n"
    ).citations
    assert c.issuer == "Bộ Giáo dục và Đào tạo và Bộ Nội vụ"


def test_a_communes_own_department_cited_since_the_reform_is_of_that_commune():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ BẮC HÀ\nSố: 215/QĐ-UBND\nBắc Hà, ngày 15 tháng 9 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC HÀ\n"
        "Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 36/TTr-PKT ngày 08/9/2025.\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n"
    )
    (c,) = doc.citations
    assert c.issuer_level == "ward"
    assert c.issuer_locality is not None and c.issuer_locality.new_ward == "Xã Bắc Hà"


@pytest.mark.parametrize(
    ("issuer", "level"),
    [
        ("Cục Hóa chất - Bộ Công Thương", "national"),
        ("Cục trưởng Cục Kỹ thuật an toàn và Môi trường công nghiệp", "national"),
        # named with a place of its own
        ("Cục Thuế tỉnh Lào Cai", "province"),
        # or with its unit's kind alone, or a national body's branch
        ("Cục Thuế tỉnh", "province"),
        ("Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai", "province"),
        ("Ngân hàng Nhà nước Khu vực 10", "province"),
        ("Ngân hàng Nhà nước Việt Nam", "national"),
    ],
)
def test_a_cited_ministrys_department_is_national(issuer, level):
    (c,) = parse_text(
        "SỞ CÔNG THƯƠNG\nSố: 15/SCT-KT\nLào Cai, ngày 05 tháng 3 năm 2026\nV/v báo cáo\n"
        f"Thực hiện Văn bản số 210/HC-QLHC ngày 02/3/2026 của {issuer} về việc báo cáo tình hình;\n"
    ).citations
    assert c.issuer_level == level


def test_a_provinces_body_named_without_its_place_is_the_province_of_the_cited_texts_date():
    """A ward of the old Vĩnh Phúc, in the new Phú Thọ since 1 July 2025,
    citing "… của UBND tỉnh" cites the new province's plan for a text of
    2026, and the old province's for one of 2021."""
    doc = parse_text(
        "ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY PHƯỜNG VĨNH PHÚC\nSố 15-KH/ĐU\nVĩnh Phúc, ngày 20 tháng 01 năm 2026\n"
        "KẾ HOẠCH\nThực hiện công tác bảo vệ trẻ em\n"
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh; "
        "Kế hoạch số 156/KH-UBND ngày 22/6/2021 của UBND tỉnh,\nI. MỤC ĐÍCH\n1. Bảo đảm.\n"
    )
    keys = {c.number: c.key for c in doc.citations}
    assert keys["5/KH-UBND"] == "5/KH-UBND@2026@tinhphutho"
    assert keys["156/KH-UBND"] == "156/KH-UBND@2021@tinhvinhphuc"


def test_a_request_enclosed_with_a_dossier_received_is_the_proposal():
    head = (
        "SỞ CÔNG THƯƠNG\nSố: 120/SCT-KT\nLào Cai, ngày 24 tháng 7 năm 2026\nV/v hoàn thiện hồ sơ\n"
        "Kính gửi: Công ty cổ phần Vận tải An Bình\n"
    )
    (c,) = cites(
        head + "Sở Công Thương nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty "
        "cổ phần Vận tải An Bình, kèm theo Giấy đề nghị số 01.2026/GPVC ngày 23/7/2026.\n"
    )
    assert (c.number, c.relation) == ("01.2026/GPVC", "proposal")


@pytest.mark.parametrize(
    ("sentence", "issuer", "date"),
    [
        # the day it did so, before the issuer in the sentence's clause
        (
            "Thực hiện chỉ đạo của tỉnh, ngày 28/7/2025 UBND phường đã ban hành Kế hoạch số 12/KH-UBND về công tác "
            "trẻ em năm 2025.",
            "UBND phường",
            "2025-07-28",
        ),
        # a bare "Sở" is the issuer itself
        ("Sở đã ban hành Văn bản số 208/SYT-NVY hướng dẫn các đơn vị.", "Sở Y tế", None),
    ],
)
def test_the_reporters_own_documents_keep_their_issuer_and_date(sentence, issuer, date):
    heads = {
        "UBND phường": "ỦY BAN NHÂN DÂN\nPHƯỜNG QUY NHƠN NAM\nSố: 45/BC-UBND\nQuy Nhơn Nam, ngày 10 tháng 12 năm 2025\n",
        "Sở Y tế": "UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ\nSố: 45/BC-SYT\nĐắk Lắk, ngày 10 tháng 12 năm 2025\n",
    }
    (c,) = cites(heads[issuer] + "BÁO CÁO\nKết quả năm 2025\nI. KẾT QUẢ\n" + sentence + "\n")
    # (a department's full name holds its government's place)
    full = {"UBND phường": "UBND phường", "Sở Y tế": "Sở Y tế tỉnh Đắk Lắk"}[issuer]
    assert (c.issuer, c.date) == (full, date)


def test_a_documents_subject_in_the_title_goes_on_across_the_titles_line_break():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ THỌ\nSố: 31/KH-UBND\nPhú Thọ, ngày 16 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Triển khai thực hiện KH số 05/KH-UBND của UBND tỉnh về thực hiện\n"
        "Chương trình bảo vệ trẻ em giai đoạn 2026 - 2030 trên địa bàn phường\n\n"
        "Căn cứ Luật Trẻ em năm 2016;\n"
    )
    (cite,) = [c for c in doc.citations if c.number == "05/KH-UBND"]
    assert cite.subject == "về thực hiện Chương trình bảo vệ trẻ em giai đoạn 2026 - 2030"


LAWS_BY_TITLE_ALONE = [
    # a law named by its short title alone is a citation of it
    ("Thanh niên tham gia phục vụ tại ngũ theo Luật Nghĩa vụ quân sự.", ["Luật Nghĩa vụ quân sự"]),
    # a list of them, one each; "và các văn bản …" closes the last
    (
        "Chủ đầu tư thực hiện đúng quy định của Luật Đầu tư, Luật Xây dựng, Luật Đất đai, "
        "Luật Bảo vệ môi trường và các văn bản hướng dẫn.",
        ["Luật Đầu tư", "Luật Xây dựng", "Luật Đất đai", "Luật Bảo vệ môi trường"],
    ),
    # a title with "và" and commas of its own; a hard-wrapped one
    ("Tuyên truyền Luật Hôn nhân và gia đình; Luật Phòng, chống tham nhũng.", ["Luật Hôn nhân và gia đình", "Luật Phòng, chống tham nhũng"]),
    ("Tuyên truyền Luật Ngân sách\nnhà nước và các văn bản hướng dẫn.", ["Luật Ngân sách nhà nước"]),
    ("Đơn vị tuân thủ Bộ luật Lao động và các quy định của pháp luật.", ["Bộ luật Lao động"]),
    # a word of the citing sentence after it closes it
    ("Điều 51 Luật Bảo vệ môi trường được sửa đổi, bổ sung năm 2025.", ["Luật Bảo vệ môi trường"]),
    ("Điều 51 Luật Bảo vệ môi trường đã được sửa đổi bởi Luật số 146/2025/QH15.", ["Luật Bảo vệ môi trường", "146/2025/QH15"]),
    ("Tài khoản chi hoàn thuế theo Luật Thuế giá trị gia tăng của cơ quan thuế được mở tại Kho bạc.", ["Luật Thuế giá trị gia tăng"]),
    # a title the table knows, whatever words go on after it
    ("Theo Luật Đất đai, chủ đầu tư phải hoàn thành thủ tục giao đất.", ["Luật Đất đai"]),
    ("Luật Trẻ em quy định trẻ em là người dưới 16 tuổi.", ["Luật Trẻ em"]),
    ("Đề nghị tuân thủ Điều 58 Luật Ban hành văn bản quy phạm pháp luật như sau: áp dụng văn bản", ["Luật Ban hành văn bản quy phạm pháp luật"]),
    ("Theo Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân tỉnh là cơ quan hành chính.", ["Luật Tổ chức chính quyền địa phương"]),
    ("Các quy định của Luật Bảo vệ môi trường liên quan đến hóa chất.", ["Luật Bảo vệ môi trường"]),
    # the longest title that stands there, written in any case and tone placement, with its year
    ("Thực hiện theo Luật Đầu tư công và Luật giáo dục nghề nghiệp hiện hành.", ["Luật Đầu tư công", "Luật Giáo dục nghề nghiệp"]),
    ("Xử lý theo Điều 227 Bộ Luật hình sự năm 2015, hướng dẫn tính toán.", ["Bộ luật Hình sự"]),
    ("Áp dụng Luật Hoá chất, Ủy ban nhân dân tỉnh hướng dẫn.", ["Luật Hóa chất"]),
    # a title's comma joins lower-case nouns; one before a capital opens the next name
    (
        "Nghị định quy định biện pháp thi hành Luật Phổ biến, giáo dục pháp luật, Sở Tư pháp (cơ quan thường trực) hướng dẫn.",
        ["Luật Phổ biến, giáo dục pháp luật"],
    ),
    # a place, or "và" and a new task's noun, ends it; a title's own "và" does not
    ("Tuyên truyền Luật Dữ liệu trên địa bàn phường.", ["Luật Dữ liệu"]),
    ("Tuyên truyền Luật Phòng, chống mua bán người và thủ đoạn lừa đảo \"việc nhẹ, lương cao\".", ["Luật Phòng, chống mua bán người"]),
    ("Phổ biến Luật Thủ đô và công tác quy hoạch đô thị.", ["Luật Thủ đô"]),
    ("Tuyên truyền Luật Khoa học, công nghệ và đổi mới sáng tạo.", ["Luật Khoa học, công nghệ và đổi mới sáng tạo"]),
    # a long title listing what it governs, alone or before the next act
    (
        "Doanh nghiệp thông báo theo quy định Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ. Tại nơi nổ mìn.",
        ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"],
    ),
    (
        "Thực hiện Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ và Luật Phòng cháy, chữa cháy "
        "và cứu nạn, cứu hộ.",
        ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"],
    ),
    # with its number after it, the number is the citation
    ("Căn cứ Luật Tiếp cận thông tin mạng số 104/2016/QH13;", ["104/2016/QH13"]),
    # with no plain end and a title the table does not know, nothing rather than a wrong title
    ("quy định chi tiết thi hành Luật An toàn vệ sinh lao động thuộc lĩnh vực y tế\nVIII. LĨNH VỰC KHÁC\n", []),
    ("Theo Luật Thủ đô, chủ đầu tư phải hoàn thành thủ tục giao đất.", []),
    # (a title's comma joins lower-case nouns: one before a capital opens the next name)
    ("Theo Luật Thủ đô, Sở Xây dựng (cơ quan thường trực) chủ trì.", []),
    # a bill, a school, the generic word: no act
    ("Các sở góp ý dự thảo Luật Đất đai (sửa đổi).", []),
    ("Các bộ góp ý dự thảo: Luật Thủ đô (sửa đổi).", []),
    ("Bộ Xây dựng chủ trì xây dựng Luật Kinh doanh bất động sản (sửa đổi) và Luật Nhà ở (sửa đổi).", []),
    ("Bộ Y tế hoàn thiện hồ sơ Luật Bảo hiểm y tế sửa đổi.", []),
    ("Bộ Giáo dục trình Luật Giáo dục nghề nghiệp (sửa đổi).", []),
    # a code written "Bộ Luật" is the code
    ("Các bên thực hiện theo quy định của Bộ Luật Dân sự.", ["Bộ luật Dân sự"]),
    ("Giảng viên Trường Đại học Luật Hà Nội.", []),
    ("Tư vấn của luật sư; theo quy định của pháp luật.", []),
    # the laws an amending law's title lists are its title, not cited acts
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Đầu tư công số 90/2025/QH15;", ["90/2025/QH15"]),
    # a name crosses a line's end only as a whole known title or closed by its
    # year; never a cell's; nor from a "Luật" made the alias of the text's act
    ("4. Phổ biến Luật\nBáo Khoa học và Phát triển đăng tải chuyên mục.\n", []),
    ("Tuyên truyền nội dung của Luật\nXây dựng năm 2014 cho cán bộ.\n", ["Luật Xây dựng"]),
    ("| 1 | Tổ chức hội nghị phổ biến Luật | Vụ Pháp chế | Văn phòng Bộ; Trung tâm Truyền thông |\n", []),
    ("| 1 | Tổ chức hội nghị phổ biến Luật | Xây dựng | Tháng 9 |\n", []),
    (
        "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025 (sau đây gọi là Luật);\n"
        "3. Xây dựng văn bản quy định chi tiết thi hành Luật\nXây dựng, trình Chính phủ ban hành 04 nghị định.\n",
        ["93/2025/QH15"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAWS_BY_TITLE_ALONE)
def test_a_law_named_by_its_title_alone(text, expected):
    assert [" ".join(i.split()) for i in ids(text)] == expected


def test_a_law_named_alone_is_the_law_named_with_its_year():
    text = "Căn cứ Luật Trẻ em năm 2016;\nCác trường tuyên truyền Luật Trẻ em và Luật Nghĩa vụ quân sự.\n"
    by_name = {c.name: c for c in cites(text)}
    assert set(by_name) == {"Luật Trẻ em", "Luật Nghĩa vụ quân sự"}
    assert (by_name["Luật Trẻ em"].year, len(by_name["Luật Trẻ em"].mentions)) == (2016, 2)
    assert (by_name["Luật Nghĩa vụ quân sự"].year, by_name["Luật Nghĩa vụ quân sự"].issuer) == (None, "Quốc hội")


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # a list after a preposition is read through it, whatever opens the sentence
        (
            "Các đơn vị thực hiện theo đúng quy định của Nghị định số 10/2020/NĐ-CP và Thông tư số 01/2021/TT-BNV.",
            ["mention", "mention"],
        ),
        (
            "Thực hiện theo Công văn số 11/SYT-NVY ngày 02/3/2026 của Sở Y tế và Công văn số 22/STC-NS "
            "ngày 04/3/2026 của Sở Tài chính, UBND xã ban hành kế hoạch.",
            ["mention", "mention"],
        ),
        # but a bracketed note's preposition ends with the note
        (
            "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024 (được sửa đổi, "
            "bổ sung tại Luật số 118/2025/QH15); Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;",
            ["basis", "basis", "basis"],
        ),
    ],
)
def test_a_list_after_a_preposition_shares_its_reading(text, relations):
    assert [c.relation for c in cites(text)] == relations


def test_a_law_named_with_and_without_the_sentence_words_after_it_is_one_citation():
    text = (
        "Căn cứ Luật Phòng, chống mua bán người ngày 28/11/2024;\n"
        "Thực hiện Kế hoạch số 46/KH-UBND ngày 23/01/2026 của UBND tỉnh về triển khai thi hành Luật Phòng, "
        "chống mua bán người và thực hiện công tác phòng, chống mua bán người trên địa bàn tỉnh năm 2026;\n"
        "a) Tuyên truyền Luật Phòng, chống mua bán người và thủ đoạn lừa đảo qua mạng xã hội.\n"
    )
    laws = [c for c in cites(text) if c.name]
    assert [(c.name, c.year, len(c.mentions)) for c in laws] == [("Luật Phòng, chống mua bán người", 2024, 3)]


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # a plan's title gives its own year (or a later one), not the law's
        ("Thực hiện Luật Trẻ em năm 2026", None),
        ("Thực hiện Luật Trẻ em năm 2027", None),
        # a year before the plan's is the law's
        ("Thực hiện Luật Trẻ em năm 2016", 2016),
    ],
)
def test_a_year_closing_a_plans_title_is_the_plans(title, year):
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ TRI TÔN\nSố: 12/KH-UBND\nTri Tôn, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
        f"{title}\nI. NHIỆM VỤ\n1. Phổ biến Luật Trẻ em đến các trường học.\n"
    )
    assert [(c.name, c.year) for c in doc.citations] == [("Luật Trẻ em", year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no date of its own: the latest edition, cited by number
        (
            "Năm 2025, các đơn vị thực hiện theo quy định của Luật Hóa chất, Nghị định số 82/2022/NĐ-CP.\n"
            "Khoảng cách an toàn quy định tại Điều 22, Luật Hóa chất 2007. Đến nay Luật Hóa chất số 69/2025/QH15 "
            "có hiệu lực từ ngày 01/01/2026.\n",
            {"69/2025/QH15": (2, "mention"), "name:luathoachat@2007": (1, "mention")},
        ),
        # a plan carrying out the new law, the old one named by its year
        (
            PLAN_HEAD + "Thực hiện Quyết định số 1563/QĐ-TTg ngày 14/12/2024 của Thủ tướng Chính phủ ban hành Kế "
            "hoạch triển khai thi hành Luật Di sản văn hóa số 45/2024/QH15, UBND tỉnh ban hành Kế hoạch triển khai "
            "thi hành Luật Di sản văn hóa như sau:\n1. Phổ biến Luật Di sản văn hóa cho cán bộ.\n"
            "2. Rà soát các văn bản hướng dẫn Luật Di sản văn hóa năm 2001 để bãi bỏ.\n",
            {"45/2024/QH15": (3, "implements"), "name:luatdisanvanhoa@2001": (1, "mention")},
        ),
        # the numbered edition first
        (
            PLAN_HEAD + "Căn cứ Luật Di sản văn hóa số 45/2024/QH15;\nUBND tỉnh ban hành Kế hoạch như sau:\n"
            "1. Rà soát các văn bản hướng dẫn Luật Di sản văn hóa năm 2001 để bãi bỏ.\n"
            "2. Kiểm tra việc thi hành Luật Di sản văn hóa tại cơ sở.\n",
            {"45/2024/QH15": (2, "basis"), "name:luatdisanvanhoa@2001": (1, "mention")},
        ),
        # an edition dated after the plan is not the one in force
        (
            PLAN_HEAD.replace("2025", "2023") + "Căn cứ Luật Đất đai năm 2013;\n1. Phổ biến Luật Đất đai năm 2024 "
            "khi được thông qua.\n2. Kiểm tra việc thi hành Luật Đất đai tại cơ sở.\n",
            {"name:luatdatdai@2013": (2, "basis"), "name:luatdatdai@2024": (1, "mention")},
        ),
    ],
)
def test_a_law_named_alone_beside_two_editions_is_the_one_in_force(text, expected):
    """A law's title alone names the edition in force, the latest dated on or
    before the citing text (by number or by year); an older one only where its
    year is written."""
    got = {c.key: (len(c.mentions), c.relation) for c in cites(text) if c.doc_type == "L"}
    assert got == expected


def test_an_attached_text_s_clauses_read_once_read_the_same():
    """extract_citations' ``readings``: an attached text's citations, their
    clauses kept from the carrier's call, are those read anew."""
    from khtool.extract.citations import extract_citations
    from khtool.models import Source
    from khtool.normalize import clean, normalize_source
    from khtool.segment import body_ranges, segment_document

    from .conftest import SAMPLES

    checked = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        ct = clean(normalize_source(path.read_text(encoding="utf-8")))
        doc, ranges, _ = segment_document(ct, Source())
        if not doc.attachments:
            continue
        bodies = body_ranges(ct, [doc, *doc.attachments], ranges)
        readings: dict = {}
        extract_citations(ct, header=doc.header, bodies=bodies + ranges[1:], readings=readings)
        for att, (start, end) in zip(doc.attachments, ranges[1:], strict=False):
            kw = {"start": start, "end": end, "header": att.header, "parent_number": doc.header.number, "bodies": bodies}
            kept, _ = extract_citations(ct, readings=readings, **kw)
            anew, _ = extract_citations(ct, **kw)
            assert [c.model_dump() for c in kept] == [c.model_dump() for c in anew]
            checked += len(anew)
    assert checked


@pytest.mark.parametrize(
    ("later", "one"),
    [
        # the same number, issuer and subject, the same day and month: a year written wrong
        ("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2023 của Bộ Chính trị về đột phá phát triển khoa học", True),
        # another subject: two documents
        ("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2023 của Bộ Chính trị về công tác dân vận", False),
        # another day: two documents
        ("Nghị quyết số 57-NQ/TW ngày 15 tháng 12 năm 2023 của Bộ Chính trị về đột phá phát triển khoa học", False),
    ],
)
def test_a_year_written_wrong_splits_no_document(later, one):
    text = (
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\n"
        f"1. Bộ Khoa học và Công nghệ chủ trì tổ chức thực hiện {later}, công nghệ.\n"
    )
    doc = parse_text(text)
    got = [(c.number, c.date) for c in doc.citations]
    assert (got == [("57-NQ/TW", "2024-12-22")]) is one
    assert any(d.code == "date-mismatch" for d in doc.diagnostics) is one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the decision that approved the plan a clause carries out, named after
        # the plan's own number: carried out too
        (
            "Thực hiện Kế hoạch kiểm tra số 25/KH-ĐKT ngày 10/3/2026 đã được Giám đốc Sở Y tế phê duyệt tại "
            "Quyết định số 300/QĐ-SYT ngày 16/3/2026, Sở Y tế thông báo kết quả kiểm tra như sau:\n",
            {"25/KH-ĐKT": "implements", "300/QĐ-SYT": "implements"},
        ),
        (
            "Căn cứ Đề án số 12/ĐA-UBND ngày 02/02/2026 được UBND tỉnh phê duyệt tại Quyết định số 88/QĐ-UBND "
            "ngày 05/02/2026;\n",
            {"12/ĐA-UBND": "basis", "88/QĐ-UBND": "basis"},
        ),
        # another verb after the plan's number: what the preposition names is a mention
        (
            "Thực hiện Kế hoạch kiểm tra số 25/KH-ĐKT ngày 10/3/2026, báo cáo theo Quyết định số 300/QĐ-SYT "
            "ngày 16/3/2026, Sở Y tế thông báo kết quả kiểm tra như sau:\n",
            {"25/KH-ĐKT": "implements", "300/QĐ-SYT": "mention"},
        ),
    ],
)
def test_the_decision_approving_a_cited_plan_shares_its_relation(text, expected):
    doc = parse_text("Kính gửi: Công ty cổ phần Minh Phát\n" + text)
    assert {c.number: c.relation for c in doc.citations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act amending one a cited act's title names is named in that title too
        (
            "Căn cứ Thông tư số 12/2025/TT-BYT ngày 30 tháng 6 năm 2025 của Bộ trưởng Bộ Y tế sửa đổi, bổ sung "
            "một số điều của Thông tư số 30/2020/TT-BYT ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Y tế quy định "
            "chi tiết về khám bệnh\nđược sửa đổi, bổ sung bởi Thông tư số 05/2022/TT-BYT;\n",
            {"12/2025/TT-BYT": "basis", "30/2020/TT-BYT": "mention", "05/2022/TT-BYT": "mention"},
        ),
        # one amending the act cited itself is the basis with it
        (
            "Căn cứ Thông tư số 30/2020/TT-BYT ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Y tế quy định chi tiết "
            "về khám bệnh được sửa đổi, bổ sung bởi Thông tư số 05/2022/TT-BYT;\n",
            {"30/2020/TT-BYT": "basis", "05/2022/TT-BYT": "basis"},
        ),
    ],
)
def test_an_amending_act_takes_the_amended_act_s_relation(text, expected):
    doc = parse_text("QUYẾT ĐỊNH\nVề việc đính chính\nBỘ TRƯỞNG BỘ Y TẾ\n" + text + "QUYẾT ĐỊNH:\nĐiều 1. Đính chính.\n")
    assert {c.number: c.relation for c in doc.citations} == expected


@pytest.mark.parametrize(
    ("subject", "relation"),
    [
        # the standard the cited circular issued, its code in brackets: the basis too
        ("ban hành Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất khí dầu mỏ (Ký hiệu QCVN 05:2021/BCT)", "basis"),
        ("ban hành Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất khí dầu mỏ (QCVN 05:2021/BCT)", "basis"),
        # one the circular amends is what its subject names
        ("sửa đổi Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất khí dầu mỏ (QCVN 05:2021/BCT)", "mention"),
    ],
)
def test_a_standard_a_cited_circular_issued(subject, relation):
    doc = parse_text(
        "Kính gửi: Công ty cổ phần Minh Phát\n"
        f"Căn cứ: (i) Luật Hóa chất năm 2025; (ii) Thông tư số 10/2021/TT-BCT ngày 01/7/2021 của Bộ Công Thương {subject}.\n"
        "Sở Công Thương có ý kiến như sau:\n"
    )
    got = {c.number: c.relation for c in doc.citations}
    assert got["10/2021/TT-BCT"] == "basis"
    assert got["QCVN 05:2021/BCT"] == relation


def test_a_law_s_title_one_letter_off_is_the_law():
    # its numbered citation's title and a later one each mistyped by a letter
    doc = parse_text(
        "Kính gửi: Các doanh nghiệp trên địa bàn tỉnh\n"
        "Căn cứ Luật Bảo vệ môi trờng số 72/2020/QH14 ngày 17/11/2020;\n"
        "Sở đề nghị các doanh nghiệp thực hiện đúng Luật Bảo vệ môi trường năm 2020, nhất là Điều 53 Luật Bảo vệ "
        "môi trườn.\n"
    )
    assert [(c.number, c.name) for c in doc.citations] == [("72/2020/QH14", "Luật Bảo vệ môi trường")]
    assert len(doc.citations[0].mentions) == 3


@pytest.mark.parametrize(
    ("second", "one"),
    [
        # an issuer code one letter off the known one, the same date: a typo
        ("Thông tư số 20/2025/TT-BNMT ngày 01/7/2025", True),
        # another day: two documents
        ("Thông tư số 20/2025/TT-BNMT ngày 05/7/2025", False),
        # two known codes one letter apart: two ministries' circulars
        ("Thông tư số 20/2025/TT-BNV ngày 01/7/2025", False),
    ],
)
def test_an_issuer_code_typo_splits_no_document(second, one):
    first = "Thông tư số 20/2025/TT-BNN ngày 01/7/2025" if "BNV" in second else "Thông tư số 20/2025/TT-BNNMT ngày 01/7/2025"
    doc = parse_text(
        "Kính gửi: Các doanh nghiệp trên địa bàn tỉnh\n"
        f"1. Thực hiện báo cáo theo Điều 8 {first}.\n"
        f"2. Lập hồ sơ theo Điều 10 {second}.\n"
    )
    assert (len(doc.citations) == 1) is one
    assert any(d.code == "citation-repaired" for d in doc.diagnostics) is one


@pytest.mark.parametrize(
    "later",
    [
        # an administrative number restarts each year: one issuer's annual
        # plans of two years, issued on the same day, are two documents
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND tỉnh về thực hiện công tác phòng, chống thiên tai năm 2026;",
        # a Party number, subjects alike only in their openings: two documents
        "Căn cứ Kết luận số 15-KL/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026;",
    ],
)
def test_two_years_plans_of_one_number_and_day_stay_two(later):
    first = later.replace("2026", "2025")
    doc = parse_text(f"{first}\n{later}\n")
    assert sorted(c.date for c in doc.citations) == ["2025-01-10", "2026-01-10"]
    assert not any(d.code == "date-mismatch" for d in doc.diagnostics)


def test_a_year_written_wrong_keeps_both_citations_edges_and_tells_the_dates_as_written():
    from khtool.extract.citations import _one_across_a_year_typo
    from khtool.models import Citation, Mention, Span
    from khtool.normalize import clean, normalize_source

    text = "Chỉ thị số 21-CT/TW ngày 14/3/2025 … Chỉ thị số 21-CT/TW ngày 14/3/2024\n"
    ct = clean(normalize_source(text))
    subject = "về tăng cường công tác phòng cháy, chữa cháy"

    def cite(date, at, **kw):
        span = Span(line=1, end_line=1, start=at, end=at + 17)
        mentions = [Mention(text="21-CT/TW", span=span)] if at >= 0 else []
        return Citation(number="21-CT/TW", date=date, issuer="Ban Bí thư", subject=subject, key=date, mentions=mentions, **kw)

    first = cite("2025-03-14", 0, implements=["05-NQ/TW"])
    later = cite(
        "2024-03-14", 40, implements=["12-NQ/TW", "05-NQ/TW"], acts_on={"03-CT/TW": "replaces"},
        aliases=["Chỉ thị 21"], repaired_from=["21-CT/ TW"],
    )
    diagnostics: list = []
    (c,) = _one_across_a_year_typo([first, later], ct, diagnostics)
    assert (c.date, len(c.mentions), c.implements) == ("2025-03-14", 2, ["05-NQ/TW", "12-NQ/TW"])
    assert (c.acts_on, c.aliases, c.repaired_from) == ({"03-CT/TW": "replaces"}, ["Chỉ thị 21"], ["21-CT/ TW"])
    (d,) = diagnostics
    assert d.message.startswith("21-CT/TW ghi ngày 14/03/2024, nơi khác ghi 14/03/2025")
    # (a citation without a mention folds too, and raises nothing)
    assert len(_one_across_a_year_typo([cite("2025-03-14", 0), cite("2024-03-14", -1)], ct, [])) == 1


_CARRYING_OUT = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 2210/KH-UBND
Lâm Đồng, ngày 14 tháng 8 năm 2025
KẾ HOẠCH
{title}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 97/NQ-CP ngày 03 tháng 6 năm 2025 của Chính phủ ban hành Chương trình hành động \
của Chính phủ thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ;
I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì tham mưu triển khai.
"""


@pytest.mark.parametrize(
    ("title", "relation"),
    [
        # the title says the plan carries out the programme the resolution issues
        (
            "Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"
            " về đột phá phát triển khoa học, công nghệ trên địa bàn tỉnh",
            "implements",
        ),
        (
            "Triển khai thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết"
            " số 57-NQ/TW trên địa bàn tỉnh Lâm Đồng",
            "implements",
        ),
        # a title carrying out another text leaves the basis one
        ("Thực hiện Đề án phát triển du lịch cộng đồng tỉnh Lâm Đồng năm 2025", "basis"),
        ("Phát triển khoa học, công nghệ trên địa bàn tỉnh năm 2025", "basis"),
    ],
)
def test_a_basis_issuing_what_the_title_carries_out_is_carried_out(title, relation):
    """"Căn cứ Nghị quyết số X … ban hành Chương trình hành động …" under a
    title "Thực hiện Chương trình hành động …" (by its name, not X's number)."""
    c = next(c for c in cites(_CARRYING_OUT.format(title=title)) if c.number == "97/NQ-CP")
    assert c.relation == relation
