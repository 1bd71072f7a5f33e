"""A cited subject ends where a fronted "Thực hiện X …," phrase gives way to
the sentence's main clause; a document's sentence saying what it was issued
for ("… nhằm cụ thể hóa Kế hoạch số B") names what it carries out."""

from __future__ import annotations

import pytest

from khtool import parse_text

PARTY_HEAD = """TỈNH ỦY QUẢNG TRỊ
*
Số 09-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Trị, ngày 12 tháng 5 năm 2025

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Bình dân học vụ số"

"""

REPORT_HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG HÀ HUY TẬP
Số: 61/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Huy Tập, ngày 10 tháng 7 năm 2026

BÁO CÁO
Kết quả thực hiện nhiệm vụ chuyển đổi số 6 tháng đầu năm 2026

"""

# (sentence, cited number, its subject)
FRONTED = [
    (
        "a time adverbial opens the main clause",
        "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số, thời gian qua các cấp ủy, chính quyền trong tỉnh đã bước đầu "
        "triển khai phong trào.",
        "01-KH/BCĐTW",
        "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    ),
    (
        "'những năm qua' after two documents listed",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
        "nghệ và Kế hoạch số 02-KH/TU ngày 05/02/2025 của Tỉnh ủy về cải cách hành chính, những năm qua toàn tỉnh "
        "đã đạt kết quả quan trọng.",
        "02-KH/TU",
        "về cải cách hành chính",
    ),
    (
        "'trong thời gian qua' then a comma",
        "Triển khai Chỉ thị số 05-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận, "
        "trong thời gian qua, công tác dân vận có nhiều chuyển biến.",
        "05-CT/TU",
        "về tăng cường công tác dân vận",
    ),
    (
        "a year, then the subject and its verb",
        "Thực hiện Kế hoạch số 36-KH/TU ngày 02/4/2024 của Tỉnh ủy về phát triển kinh tế số, xã hội số, năm 2024 "
        "toàn tỉnh đã hoàn thành 12/15 chỉ tiêu.",
        "36-KH/TU",
        "về phát triển kinh tế số, xã hội số",
    ),
    (
        "a plural subject in lower case, with a comma of its own, then its verb",
        "Thực hiện Kết luận số 12-KL/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy về công tác cán bộ, các cấp ủy, "
        "tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo.",
        "12-KL/TU",
        "về công tác cán bộ",
    ),
    # a title's own next noun, with no verb after it, is kept
    (
        "a title's noun after a comma",
        "Thực hiện Kế hoạch số 40-KH/TU ngày 02/4/2024 của Tỉnh ủy về hỗ trợ hợp tác xã, các tổ hợp tác và hộ kinh "
        "doanh; Ban Thường vụ Tỉnh ủy yêu cầu:",
        "40-KH/TU",
        "về hỗ trợ hợp tác xã, các tổ hợp tác và hộ kinh doanh",
    ),
    # a subject ending in "số" (digital) is no next number's type name
    (
        "a subject ending in 'chuyển đổi số'",
        "Thực hiện Kế hoạch số 44-KH/TU ngày 12/4/2024 của Tỉnh ủy về chuyển đổi số; Ban Thường vụ Tỉnh ủy yêu cầu:",
        "44-KH/TU",
        "về chuyển đổi số",
    ),
]


@pytest.mark.parametrize("text,number,subject", [r[1:] for r in FRONTED], ids=[r[0] for r in FRONTED])
def test_a_fronted_carrying_out_phrase_ends_at_the_main_clause(text: str, number: str, subject: str) -> None:
    cited = {c.number: c for c in parse_text(PARTY_HEAD + text + "\n").citations}
    assert cited[number].subject == subject


# (head, sentences, {cited number: what it implements}, numbers the citing text mentions only)
PURPOSES = [
    (
        "subject, no comma",
        REPORT_HEAD,
        "Kế hoạch số 42/KH-UBND ngày 07/4/2026 nhằm thực hiện Kế hoạch số 120/KH-UBND ngày 22/3/2026 của UBND "
        "tỉnh về cải cách hành chính.",
        {"42/KH-UBND": ["120/KH-UBND"]},
    ),
    (
        "subject, passive of issuing, 'để triển khai'",
        REPORT_HEAD,
        "Kế hoạch số 41/KH-UBND ngày 06/4/2026 của UBND phường được ban hành để triển khai Kế hoạch số "
        "119/KH-UBND ngày 21/3/2026 của UBND tỉnh.",
        {"41/KH-UBND": ["119/KH-UBND"]},
    ),
    (
        "the object of issuing, its subject closed by a comma",
        REPORT_HEAD,
        "Ngày 05/4/2026, UBND phường đã ban hành Kế hoạch số 40/KH-UBND về chuyển đổi số năm 2026, nhằm cụ thể "
        "hóa Kế hoạch số 118/KH-UBND ngày 20/3/2026 của UBND tỉnh.",
        {"40/KH-UBND": ["118/KH-UBND"]},
    ),
    (
        "the next sentence naming it by its type word alone (an article)",
        "Phường Thành Sen đặt mục tiêu chuyển đổi số năm 2026\n\n15/04/2026 07:30\n\n(Báo Hà Tĩnh) - ",
        "Theo Kế hoạch số 52/KH-UBND vừa được UBND phường Thành Sen ban hành, năm 2026 phường phấn đấu 100% hồ "
        "sơ trực tuyến.\n\nKế hoạch được ban hành ngày 10/4/2026 nhằm cụ thể hóa Kế hoạch số 118/KH-UBND ngày "
        "20/3/2026 của UBND tỉnh về chuyển đổi số.",
        {"52/KH-UBND": ["118/KH-UBND"]},
    ),
    # not the citing text's own purpose after "Thực hiện A …,"
    (
        "the citing text's purpose",
        REPORT_HEAD,
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 07/4/2026 của UBND tỉnh, nhằm thực hiện Nghị quyết số 12/NQ-HĐND "
        "ngày 10/3/2026 của HĐND tỉnh, UBND phường báo cáo như sau:",
        {"45/KH-UBND": []},
    ),
]


@pytest.mark.parametrize("head,text,implements", [r[1:] for r in PURPOSES], ids=[r[0] for r in PURPOSES])
def test_a_documents_purpose_names_what_it_carries_out(head: str, text: str, implements: dict[str, list[str]]) -> None:
    cited = {c.number: c for c in parse_text(head + text + "\n").citations}
    for number, carried_out in implements.items():
        assert cited[number].implements == carried_out
        for other in carried_out:
            assert cited[other].relation == "mention"


def test_a_document_named_in_anothers_purpose_shares_no_issuer_with_it() -> None:
    text = (
        REPORT_HEAD + "Kế hoạch số 42/KH-UBND ngày 07/4/2026 nhằm thực hiện Kế hoạch số 120/KH-UBND ngày 22/3/2026 "
        "của UBND tỉnh về cải cách hành chính.\n"
    )
    cited = {c.number: c for c in parse_text(text).citations}
    assert cited["120/KH-UBND"].issuer == "UBND tỉnh"
    assert cited["42/KH-UBND"].issuer != "UBND tỉnh"
