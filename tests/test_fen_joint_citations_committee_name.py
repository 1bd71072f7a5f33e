"""A cited joint text's issuers: the parties "giữa A và B" / "giữa A, B và C"
names after its number and date, the list "của A, B và C", or with none
written the bodies its number's codes name past its joint type ("CTrPH",
"KHLT"); a national code is never the citing text's own department. And a
council committee's name alone in its own text is the issuer (texts written
for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import council_committee
from khtool.docnumber import issuer_codes_of, joint_issuers_named_by_code, parse_number

# a province's joint programme of a department and the Women's Union
JOINT_HEAD = (
    "UBND TỈNH NGHỆ AN          HỘI LHPN TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   SỞ Y TẾ                   BAN THƯỜNG VỤ                  Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 04/CTrPH-SYT-HLHPN                                Nghệ An, ngày 14 tháng 02 năm 2026\n\n"
    "CHƯƠNG TRÌNH PHỐI HỢP\nVề nâng cao sức khỏe phụ nữ và trẻ em giai đoạn 2026 - 2030\n\n"
)
JOINT_FOOT = (
    "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của hội viên về chăm sóc sức khỏe.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì hướng dẫn chuyên môn.\n"
    "Nơi nhận:\n- Lưu: VT.\n"
)
BCA, BGD, BYT = "Bộ Công an", "Bộ Giáo dục và Đào tạo", "Bộ Y tế"


def _cited(line: str, number: str):
    doc = parse_text(JOINT_HEAD + line + "\n" + JOINT_FOOT)
    return next(c for c in doc.citations if c.number == number)


@pytest.mark.parametrize(
    ("line", "number", "issuer"),
    [
        # "giữa A và B" after the number and date: both parties, at the centre
        (
            "Thực hiện Chương trình phối hợp số 14/CTrPH-BYT-ĐCTHLHPNVN ngày 03/3/2025 giữa Bộ Y tế và Đoàn Chủ tịch "
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam về tuyên truyền, vận động chăm sóc sức khỏe sinh sản;",
            "14/CTrPH-BYT-ĐCTHLHPNVN",
            "Bộ Y tế, Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        ),
        # "giữa A, B và C": three parties, a ministry's name with its own "và" kept whole
        (
            "Căn cứ Chương trình phối hợp số 21/CTrPH-BCA-BGDĐT-TWĐTN ngày 20/12/2025 giữa Bộ Công an, Bộ Giáo dục "
            "và Đào tạo và Ban Bí thư Trung ương Đoàn về phòng ngừa vi phạm pháp luật trong thanh thiếu niên;",
            "21/CTrPH-BCA-BGDĐT-TWĐTN",
            f"{BCA}, {BGD}, Ban Bí thư Trung ương Đoàn",
        ),
        # "của A, B và C": the last after "và", named otherwise than its code's table, is one of them
        (
            "Căn cứ Chương trình phối hợp số 21/CTrPH-BCA-BGDĐT-TWĐTN ngày 20/12/2025 của Bộ Công an, Bộ Giáo dục "
            "và Đào tạo và Ban Bí thư Trung ương Đoàn về phòng ngừa vi phạm pháp luật trong thanh thiếu niên;",
            "21/CTrPH-BCA-BGDĐT-TWĐTN",
            f"{BCA}, {BGD}, Ban Bí thư Trung ương Đoàn",
        ),
        # none written: every body the codes after the joint type name
        (
            "Thực hiện Chương trình phối hợp số 07/CTrPH-BCA-BGDĐT ngày 12/01/2026 về bảo đảm an ninh trường học;",
            "07/CTrPH-BCA-BGDĐT",
            f"{BCA}, {BGD}",
        ),
        (
            "Thực hiện Kế hoạch liên tịch số 11/KHLT-BYT-BGDĐT ngày 05/9/2025 về công tác y tế trường học;",
            "11/KHLT-BYT-BGDĐT",
            f"{BYT}, {BGD}",
        ),
    ],
)
def test_cited_joint_texts_issuers(line: str, number: str, issuer: str) -> None:
    c = _cited(line, number)
    assert (c.issuer, c.issuer_level, c.issuer_locality) == (issuer, "national", None)


def test_national_code_is_not_the_citing_departments() -> None:
    # the joint type shared with the citing text's own number is no own code:
    # a programme of the ministry is never the province's Sở Y tế's
    c = _cited(
        "Thực hiện Chương trình phối hợp số 14/CTrPH-BYT-ĐCTHLHPNVN ngày 03/3/2025 về chăm sóc sức khỏe phụ nữ;",
        "14/CTrPH-BYT-ĐCTHLHPNVN",
    )
    assert (c.issuer, c.issuer_level, c.issuer_locality) == (BYT, "national", None)


def test_own_joint_number_stays_its_own() -> None:
    # guard: the citing parties' own earlier programme, cited bare, is theirs
    c = _cited("Căn cứ Chương trình phối hợp số 01/CTrPH-SYT-HLHPN ngày 10/01/2025 về dinh dưỡng bà mẹ, trẻ em;", "01/CTrPH-SYT-HLHPN")
    assert c.issuer == "Sở Y tế tỉnh Nghệ An" and c.issuer_level == "province"


@pytest.mark.parametrize(
    ("number", "codes", "joint"),
    [
        ("06/CTrPH-BCA-BGDĐT-TWĐTN", ["BCA", "BGDĐT", "TWĐTN"], [BCA, BGD, "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"]),
        ("03/KHLT-UBND-MTTQ", ["UBND", "MTTQ"], []),
        ("05/2012/TTLT-BTC-BLĐTBXH", ["BTC", "BLĐTBXH"], ["Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội"]),
        # guard: a letter's own first code stays ("UBND-VX")
        ("123/UBND-VX", ["UBND", "VX"], []),
    ],
)
def test_joint_type_code_dropped(number: str, codes: list[str], joint: list[str]) -> None:
    num = parse_number(number)
    assert num is not None
    assert (issuer_codes_of(num), joint_issuers_named_by_code(num)) == (codes, joint)


COUNCIL_HEAD = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   BAN KINH TẾ - NGÂN SÁCH                     Độc lập - Tự do - Hạnh phúc\n\n"
    "   Số: 07/KH-BKTNS                       Gia Lai, ngày 10 tháng 6 năm 2026\n\n"
    "KẾ HOẠCH\nKhảo sát tình hình giải ngân vốn đầu tư công năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nắm tình hình giải ngân vốn đầu tư công, kiến nghị tháo gỡ vướng mắc.\n\n"
)
COUNCIL_FOOT = (
    "\nNơi nhận:                                   TM. BAN KINH TẾ - NGÂN SÁCH\n"
    "- Lưu: VT.                                          TRƯỞNG BAN\n"
    "                                                  Rơ Mah Tuấn\n"
)
OWN = "Ban Kinh tế - Ngân sách HĐND tỉnh"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # its name alone in a schedule part: its deadline is its assignment's
        (
            "II. THỜI GIAN KHẢO SÁT\n"
            "1. Ban Kinh tế - Ngân sách tổng hợp kết quả, báo cáo Thường trực HĐND tỉnh trước ngày 20/9/2026.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Ban Kinh tế - Ngân sách HĐND tỉnh xây dựng đề cương báo cáo, gửi các đơn vị trước ngày 15/7/2026.\n"
            "2. Sở Tài chính chuẩn bị báo cáo theo đề cương trước ngày 05/8/2026.\n",
            [(OWN, "council", "responsible", ["trước ngày 15/7/2026", "trước ngày 20/9/2026"]),
             ("Sở Tài chính", "finance", "responsible", ["trước ngày 05/8/2026"])],
        ),
        # its name alone leading an item: the council's committee, not a Sở
        (
            "II. TỔ CHỨC THỰC HIỆN\n"
            "1. Ban Kinh tế - Ngân sách chủ trì xây dựng đề cương, hoàn thành báo cáo trước ngày 30/9/2026.\n"
            "2. Sở Tài chính chuẩn bị báo cáo theo đề cương trước ngày 15/8/2026.\n",
            [(OWN, "council", "lead", ["trước ngày 30/9/2026"]),
             ("Sở Tài chính", "finance", "responsible", ["trước ngày 15/8/2026"])],
        ),
    ],
)
def test_council_committee_own_name(body: str, expected: list[tuple[str, str, str, list[str]]]) -> None:
    doc = parse_text(COUNCIL_HEAD + body + COUNCIL_FOOT)
    got = [(a.canonical, a.sector, a.role, sorted(d.text for d in a.deadlines)) for a in doc.assignments]
    assert got == [(c, s, r, sorted(d)) for c, s, r, d in expected]


@pytest.mark.parametrize(
    ("name", "parent", "expected"),
    [
        ("Ban Văn hóa - Xã hội", "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG", "Ban Văn hóa - Xã hội HĐND tỉnh"),
        ("Ban Pháp chế", "HĐND XÃ TÂN PHÚ", "Ban Pháp chế HĐND xã"),
        # guards: a Party committee's board, the council's office, a Sở
        ("Ban Kinh tế - Xã hội", "TỈNH ỦY GIA LAI", None),
        ("Văn phòng", "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", None),
        ("Sở Tài chính", "UBND TỈNH GIA LAI", None),
    ],
)
def test_council_committee_by_header(name: str, parent: str, expected: str | None) -> None:
    level = "ward" if "XÃ" in parent else "province"
    m = council_committee(name, parent, level)
    assert (m.canonical if m else None) == expected
