"""Relations read from a plan's layout and a text's genre, a goal's horizon,
a subject ending where a look back's main clause resumes, and an article's
dateline (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống thiên tai trên địa bàn xã năm 2026
"""

TASKS = """II. NHIỆM VỤ
1. Công an xã rà soát các hộ dân trong vùng nguy cơ sạt lở.
2. Trạm Y tế xã chuẩn bị cơ số thuốc.
"""


def relations(text: str) -> dict[str, str]:
    return {c.number or c.name or "?": c.relation for c in parse_text(text).citations}


# A heading that names its content as the basis gives "basis" to every
# document listed under it: a paragraph, a bullet or a table's row.
BASIS_PART = [
    (
        "table rows",
        HEAD
        + "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n| TT | Văn bản | Trích yếu |\n"
        + "| 1 | Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa | Phòng, chống thiên tai năm 2026 |\n"
        + "| 2 | Chỉ thị số 05/CT-UBND ngày 02/01/2026 của UBND tỉnh | Về tăng cường công tác phòng, chống thiên tai |\n"
        + TASKS,
        {"77/KH-UBND": "basis", "05/CT-UBND": "basis"},
    ),
    (
        "bullets under CĂN CỨ PHÁP LÝ",
        HEAD
        + "I. CĂN CỨ PHÁP LÝ\n- Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013;\n"
        + "- Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa về phòng, chống thiên tai năm 2026.\n"
        + TASKS,
        {"33/2013/QH13": "basis", "77/KH-UBND": "basis"},
    ),
    (
        "numbered paragraphs under CƠ SỞ PHÁP LÝ",
        HEAD
        + "I. CƠ SỞ PHÁP LÝ\n1. Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết "
        + "thi hành một số điều của Luật Phòng, chống thiên tai.\n"
        + "2. Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa về phòng, chống thiên tai năm 2026.\n"
        + TASKS,
        {"66/2021/NĐ-CP": "basis", "77/KH-UBND": "basis"},
    ),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in BASIS_PART], ids=[r[0] for r in BASIS_PART])
def test_listed_under_a_basis_heading_is_a_basis(text: str, expected: dict[str, str]) -> None:
    got = relations(text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_task_naming_a_document_is_still_a_mention() -> None:
    # (outside such a part, a numbered item naming a document is a task's)
    text = HEAD + "I. NHIỆM VỤ\n1. Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh được phổ biến đến các thôn.\n"
    assert relations(text)["77/KH-UBND"] == "mention"


# A news article's relation words are those of the bodies it reports on.
ARTICLE = """Trang chủ > Tin tức > Thời sự

Xã Hòa Bình diễn tập phòng, chống thiên tai năm 2026

15/4/2026 09:30

(thanhhoa.gov.vn) - Thực hiện Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh về phòng, chống thiên tai, sáng 14/4, UBND xã Hòa Bình tổ chức diễn tập ứng phó bão lũ.

Phát biểu tại buổi diễn tập, đồng chí Chủ tịch UBND xã đề nghị các thôn căn cứ Chỉ thị số 05/CT-UBND của UBND tỉnh để rà soát phương án sơ tán dân.

Tin liên quan:
- Thanh Hóa tổng kết công tác phòng, chống thiên tai năm 2025

Lượt xem: 231
"""


def test_an_articles_citations_are_mentions() -> None:
    doc = parse_text(ARTICLE)
    assert doc.kind == "article"
    assert relations(ARTICLE) == {"77/KH-UBND": "mention", "05/CT-UBND": "mention"}


DATELINES = [
    ("date and time", "15/4/2026 09:30", "2026-04-15"),
    ("weekday", "Thứ Tư, 15/4/2026 - 09:30", "2026-04-15"),
    ("labelled", "Ngày đăng: 15/04/2026", "2026-04-15"),
    ("time first", "09:30 | 15/4/2026", "2026-04-15"),
    ("view count after the time", "Thứ tư - 15/04/2026 09:30 231", "2026-04-15"),
]


@pytest.mark.parametrize("line,expected", [r[1:] for r in DATELINES], ids=[r[0] for r in DATELINES])
def test_an_articles_dateline_is_its_date(line: str, expected: str) -> None:
    doc = parse_text(ARTICLE.replace("15/4/2026 09:30", line))
    assert doc.header.date == expected
    span = doc.header.spans["date"]
    assert span.line == 5


# The results of carrying out a predecessor are a mention, not a basis.
RESULTS = [
    (
        "trên cơ sở kết quả thực hiện",
        "Trên cơ sở kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND xã về phòng, chống thiên tai "
        "năm 2025, UBND xã ban hành Kế hoạch như sau:",
        "12/KH-UBND",
    ),
    (
        "căn cứ kết quả sơ kết",
        "Căn cứ kết quả sơ kết 03 năm thực hiện Nghị quyết số 08-NQ/ĐU ngày 10/5/2022 của Đảng ủy xã, "
        "UBND xã ban hành Kế hoạch như sau:",
        "08-NQ/ĐU",
    ),
    (
        "kế thừa kết quả",
        "Kế thừa kết quả triển khai Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND xã, UBND xã ban hành Kế hoạch "
        "như sau:",
        "12/KH-UBND",
    ),
]


@pytest.mark.parametrize("clause,number", [r[1:] for r in RESULTS], ids=[r[0] for r in RESULTS])
def test_a_predecessors_results_are_a_mention(clause: str, number: str) -> None:
    text = HEAD + "Căn cứ Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND tỉnh Thanh Hóa;\n" + clause + "\n" + TASKS
    got = relations(text)
    assert got[number] == "mention"
    assert got["77/KH-UBND"] == "basis"


def test_a_later_document_listed_with_the_results_is_a_mention_too() -> None:
    clause = (
        "Trên cơ sở kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 và Kế hoạch số 30/KH-UBND "
        "ngày 01/3/2025 của UBND xã, UBND xã ban hành Kế hoạch như sau:"
    )
    got = relations(HEAD + clause + "\n" + TASKS)
    assert got["12/KH-UBND"] == got["30/KH-UBND"] == "mention"


# A subject cited in a look back on years ends where the main clause resumes.
LOOK_BACK = [
    (
        "compound with commas",
        "Sau hơn 5 năm thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường, nâng cao hiệu "
        "quả công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, công tác phòng, chống thiên tai đã đạt "
        "được nhiều kết quả quan trọng.",
        "42-CT/TW",
        "về tăng cường, nâng cao hiệu quả công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai",
    ),
    (
        "qua ... năm triển khai",
        "Qua 3 năm triển khai Kế hoạch số 12/KH-UBND ngày 15/01/2023 của UBND tỉnh về phát triển du lịch cộng "
        "đồng, nhận thức của người dân vẫn còn hạn chế.",
        "12/KH-UBND",
        "về phát triển du lịch cộng đồng",
    ),
]


@pytest.mark.parametrize("text,number,subject", [r[1:] for r in LOOK_BACK], ids=[r[0] for r in LOOK_BACK])
def test_a_subject_in_a_look_back_ends_at_the_main_clause(text: str, number: str, subject: str) -> None:
    cited = {c.number: c for c in parse_text(HEAD + text + "\n" + TASKS).citations}
    assert cited[number].subject == subject


# A time frame with no day that belongs to a goal is the goal's, no deadline.
GOALS = [
    ("purpose part", "I. MỤC ĐÍCH, YÊU CẦU\n1. Phấn đấu đến hết năm 2026, xã Hòa Bình được công nhận đạt chuẩn an toàn.\n"),
    ("striving later in the clause", "I. MỤC ĐÍCH, YÊU CẦU\n1. Xã Hòa Bình phấn đấu đến hết năm 2027 được công nhận xã an toàn.\n"),
]


@pytest.mark.parametrize("part", [r[1] for r in GOALS], ids=[r[0] for r in GOALS])
def test_a_goals_horizon_is_no_deadline(part: str) -> None:
    doc = parse_text(HEAD + part + TASKS)
    assert [d.text for d in doc.deadlines] == []


def test_a_duty_until_a_years_end_is_still_a_deadline() -> None:
    doc = parse_text(HEAD + "I. NHIỆM VỤ\n1. Công an xã duy trì tuần tra đến hết năm 2026.\n")
    assert [(d.day, d.month, d.year) for d in doc.deadlines] == [(31, 12, 2026)]
