"""Deadlines of a commune's sector plan (texts written for these tests): a
milestone list whose lines open with their period ("- Quý I/2026: …") is a
deadline a line, due at the period's end, owned by the body the line names
(also the line's own dated one); a duty roster ("- Thứ Hai, thứ Năm: …
trực …") gives weekly duties of the posts named, within its period; a
periodic duty's "và cuối năm" round is annual; a cadence opening a sentence
before its subject ("Hằng năm, Phòng X tổ chức …", "Hằng quý, hai bên …")
recurs; a review "Kết thúc đợt …" is due at that campaign's end; a task
table's cell listing months gives each month in the document's list; a count
aimed at "mỗi năm" is each year's, of no one year (its heading's year dropped)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 37/KH-UBND\nPhú Lộc, ngày 12 tháng 01 năm 2026\n"
    "KẾ HOẠCH\nBảo đảm an ninh trật tự và phòng, chống thiên tai năm 2026\n"
)

Row = tuple[int | None, int | None, int | None, str | None, str | None, str | None]


def rows(body: str, head: str = HEAD) -> list[Row]:
    doc = parse_text(head + body)
    return sorted(((d.day, d.month, d.year, d.recurrence, d.starts, d.agency) for d in doc.deadlines), key=str)


CASES = [
    # a milestone list: one deadline a line, at its period's end, the line's body
    (
        "III. LỘ TRÌNH THỰC HIỆN\n2. Phòng cháy, chữa cháy\n"
        "- Quý I/2026: Công an xã chủ trì rà soát các hộ kinh doanh có nguy cơ cháy, nổ cao.\n"
        "- 6 tháng đầu năm 2026: Phòng Kinh tế tổ chức kiểm tra các chợ, cửa hàng xăng dầu.\n"
        "- Tháng 10/2026: Tổ chức diễn tập phương án chữa cháy tại khu dân cư thôn Đông.\n",
        [
            (None, 3, 2026, "once", None, "Công an xã"),
            (None, 6, 2026, "once", None, "Phòng Kinh tế"),
            (None, 10, 2026, "once", None, None),
        ],
    ),
    # a line holding its own date has that one, owned by the line's "chủ trì" body
    (
        "III. LỘ TRÌNH THỰC HIỆN\n1. Chuyển đổi số\n"
        "- Quý II/2026: Văn phòng HĐND và UBND xã chủ trì, phối hợp Công an xã số hóa hồ sơ hộ tịch; "
        "hoàn thành trước ngày 20/6/2026.\n"
        "- Quý III/2026: Công an xã chủ trì cập nhật dữ liệu dân cư.\n",
        [(20, 6, 2026, "once", None, "Văn phòng HĐND và UBND xã"), (None, 9, 2026, "once", None, "Công an xã")],
    ),
    # a duty roster within its period: a weekly duty of each post named
    (
        "IV. LỊCH TRỰC\nTừ ngày 15/5/2026 đến ngày 15/11/2026, duy trì trực phòng, chống thiên tai tại trụ sở xã:\n"
        "- Thứ Hai, thứ Tư: đồng chí Phó Chủ tịch Ủy ban nhân dân xã trực chỉ huy; Phòng Kinh tế trực ban.\n"
        "- Thứ Ba, thứ Năm, thứ Sáu: Chỉ huy trưởng Ban Chỉ huy Quân sự xã trực chỉ huy.\n",
        [
            (15, 11, 2026, "once", "2026-05-15", None),
            (15, 11, 2026, "weekly", "2026-05-15", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
            (15, 11, 2026, "weekly", "2026-05-15", "Phó Chủ tịch Ủy ban nhân dân xã"),
            (15, 11, 2026, "weekly", "2026-05-15", "Phòng Kinh tế"),
        ],
    ),
    # a periodic duty's year-end round is annual
    (
        "V. CHẾ ĐỘ BÁO CÁO\n- Định kỳ 6 tháng (trước ngày 15/6/2026) và cuối năm (trước ngày 15/12/2026), "
        "hai bên tổ chức giao ban, đánh giá kết quả phối hợp.\n",
        [(15, 6, 2026, "semiannual", None, None), (15, 12, 2026, "annual", None, None)],
    ),
    # a cadence opening the sentence, its subject before the verb
    (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Hằng quý, hai bên tổ chức giao ban đánh giá kết quả thực hiện.\n",
        [(None, None, None, "quarterly", None, None)],
    ),
    (
        "IV. TỔ CHỨC THỰC HIỆN\nc) Hằng năm, thống nhất lựa chọn, đề nghị khen thưởng các tập thể, cá nhân tiêu biểu.\n",
        [(None, None, None, "annual", None, None)],
    ),
    # a review when a campaign ends: at the end of that campaign's span
    (
        "II. THỜI GIAN\nĐợt ra quân từ ngày 01/3/2026 đến ngày 30/4/2026.\n"
        "III. SƠ KẾT\n- Kết thúc đợt ra quân, Ủy ban nhân dân xã tổ chức sơ kết, rút kinh nghiệm.\n",
        [(30, 4, 2026, "once", None, None), (30, 4, 2026, "once", "2026-03-01", None)],
    ),
    # a task table's cell listing months: each month in the document's list
    (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "| 1 | Tổ chức chiến dịch vệ sinh môi trường, diệt lăng quăng | Trạm Y tế xã | Các thôn | Tháng 3, tháng 5 và tháng 9/2026 |\n"
        "| 2 | Kiểm tra an toàn thực phẩm | Phòng Văn hóa - Xã hội | Trạm Y tế xã | Quý II/2026 |\n",
        [
            (None, 3, 2026, "once", None, "Trạm Y tế xã"),
            (None, 5, 2026, "once", None, "Trạm Y tế xã"),
            (None, 6, 2026, "once", None, "Phòng Văn hóa - Xã hội"),
            (None, 9, 2026, "once", None, "Trạm Y tế xã"),
        ],
    ),
]

GUARDS = [
    # (kept) a cadence before a named body: that body's
    (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Hằng năm, Phòng Văn hóa - Xã hội tổ chức biểu dương các gia đình văn hóa tiêu biểu.\n",
        [(None, None, None, "annual", None, "Phòng Văn hóa - Xã hội")],
    ),
    # a period line of figures is a target's year, no milestone
    (
        "II. CHỈ TIÊU\n- Năm 2026: 100% hộ kinh doanh được tuyên truyền về phòng cháy.\n"
        "- Năm 2027: 100% chợ có phương án chữa cháy.\n",
        [],
    ),
    # one period line alone is no list
    ("III. NHIỆM VỤ\n- Quý I/2026: Công an xã chủ trì rà soát các hộ kinh doanh.\n", []),
    # weekdays with no one on duty: no roster
    (
        "III. LỊCH TIẾP CÔNG DÂN\n- Thứ Hai: tiếp công dân tại trụ sở.\n- Thứ Năm: tiếp công dân tại thôn.\n",
        [],
    ),
    # "cuối năm 2026" is a date, and a half-year's report dated with its year once
    (
        "V. CHẾ ĐỘ BÁO CÁO\n- Báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và cuối năm 2026 báo cáo tổng kết.\n",
        [(15, 6, 2026, "once", None, None), (None, 12, 2026, "once", None, None)],
    ),
    # "Hằng năm, tỉnh có …" tells how things stand; a budget's "hằng năm" no duty
    ("I. TÌNH HÌNH\nHằng năm, xã có khoảng 200 hộ bị ảnh hưởng do bão, lũ.\n", []),
    (
        "VI. KINH PHÍ\nKinh phí thực hiện được bố trí từ dự toán ngân sách hằng năm của xã.\n",
        [],
    ),
    # a campaign's review with no span of it stated: no date
    ("III. SƠ KẾT\n- Kết thúc đợt ra quân, Ủy ban nhân dân xã tổ chức sơ kết.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), CASES + GUARDS)
def test_deadlines(body: str, expected: list[Row]) -> None:
    assert rows(body) == sorted(expected, key=str)


def test_roster_duties_keep_their_weekdays_and_duty() -> None:
    doc = parse_text(
        HEAD + "IV. LỊCH TRỰC\nTừ ngày 01/6/2026 đến ngày 30/11/2026, duy trì trực ban tại trụ sở xã:\n"
        "- Thứ Hai, thứ Năm: Phó Chủ tịch Ủy ban nhân dân xã trực chỉ huy.\n"
        "- Thứ Tư, thứ Bảy, Chủ nhật: Trưởng Công an xã trực chỉ huy.\n"
    )
    weekly = [(d.text, d.due, d.agency) for d in doc.deadlines if d.recurrence == "weekly"]
    assert weekly == [
        ("Thứ Hai, thứ Năm", "trực chỉ huy", "Phó Chủ tịch Ủy ban nhân dân xã"),
        ("Thứ Tư, thứ Bảy, Chủ nhật", "trực chỉ huy", "Trưởng Công an xã"),
    ]


GOALS_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 15/KH-UBND\nQuảng Nam, ngày 12 tháng 01 năm 2026\n"
    "KẾ HOẠCH\nChăm sóc sức khỏe người cao tuổi giai đoạn 2026 - 2030\n"
)

TARGETS = [
    # a count aimed at every year: each year's, of no one year
    (
        "II. CHỈ TIÊU ĐẾN NĂM 2030\n1. Mỗi năm có ít nhất 3.000 lượt người cao tuổi được khám sức khỏe định kỳ.\n"
        "2. 90% người cao tuổi có sổ theo dõi sức khỏe.\n",
        [(None, 3000.0, "lượt người"), (2030, 90.0, "%")],
    ),
    # a count of the heading's year, and a budget's "hằng năm": the heading's year
    (
        "II. CHỈ TIÊU ĐẾN NĂM 2030\n1. Có ít nhất 50 câu lạc bộ liên thế hệ tự giúp nhau được duy trì bằng ngân sách hằng năm.\n",
        [(2030, 50.0, "câu lạc bộ")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), TARGETS)
def test_yearly_counts(body: str, expected: list[tuple[int | None, float | None, str | None]]) -> None:
    doc = parse_text(GOALS_HEAD + body)
    assert [(t.year, t.value, t.unit) for i in doc.indicators for t in i.targets] == expected
