"""The shortcuts the assignments stage takes: each gives what the full
reading gives (the same deadlines, the same matches)."""

from __future__ import annotations

from functools import cache

import pytest

from khtool import patterns as P
from khtool.extract import assignments as A
from khtool.models import Span

from .conftest import SAMPLES


@cache
def _pieces() -> list[tuple[object, str, Span]]:
    """Each sample's cleaned text, with its sections' texts and headings and
    their spans (what _deadlines_in reads)."""
    from khtool.models import Source
    from khtool.normalize import clean, normalize_source
    from khtool.segment import segment_document, walk_sections

    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        ct = clean(normalize_source(path.read_text(encoding="utf-8")))
        doc, _, _ = segment_document(ct, Source(format="txt", encoding="utf-8", sha256="", size=0))
        for s in walk_sections(doc.sections):
            out.extend((ct, piece, s.span) for piece in (s.heading, s.text) if piece)
    return out


# a collector's date ("để tổng hợp"): read with no body, it gets the collector
_COLLECTED = (
    "Các đơn vị gửi báo cáo về Sở Tài chính trước ngày 25/7 để tổng hợp, "
    "báo cáo UBND tỉnh trước ngày 31/7/2026."
)


@pytest.mark.parametrize("agency", [None, "Sở Y tế"])
def test_a_piece_read_again_gives_what_a_first_reading_gives(agency):
    """_deadlines_in keeps a piece's reading with no body given and gives
    copies of it for a body: the same deadlines as reading it for that body,
    whichever reading comes first, none of them shared."""
    pieces = _pieces()
    ct0 = pieces[0][0]
    span = pieces[0][2]
    for ct, text, sp in [*pieces, (ct0, _COLLECTED, span)]:
        for undated in (True, False):
            want = [d.model_dump() for d in A._read_deadlines(ct, text, sp, agency, undated)]
            first = A._deadlines_in(ct, text, sp, agency=agency, undated=undated)
            other = A._deadlines_in(ct, text, sp, agency="Bộ Công an" if agency is None else None, undated=undated)
            again = A._deadlines_in(ct, text, sp, agency=agency, undated=undated)
            assert [d.model_dump() for d in first] == want == [d.model_dump() for d in again]
            assert not {id(d) for d in first} & {id(d) for d in again}
            assert len(other) == len(first)


def test_the_samples_give_deadlines_to_compare():
    """(the test above compares something: the samples' pieces give dates,
    the collector's too)"""
    pieces = _pieces()
    assert sum(bool(A._read_deadlines(ct, text, sp, None, True)) for ct, text, sp in pieces) >= 5
    ct, _, span = pieces[0]
    read = A._read_deadlines(ct, _COLLECTED, span, None, True)
    assert [d.agency for d in read] == [None, "Sở Tài chính"]


@pytest.mark.parametrize(
    "text",
    [
        "Nâng cao nhận thức, đổi mới hình thức tuyên truyền trong năm học mới; tổ chức 3 lớp tập huấn.",
        "Thực hiện chính thức từ năm đó, hoàn thành các thủ tục theo quy định.",
    ],
)
def test_no_date_found_no_date_readers(monkeypatch, text):
    """A piece whose dated forms' words give no date is not handed to the
    readers of the dates found ("thứ" stands in "nhận thức", "hình thức")."""

    def must_not_run(*args: object) -> None:
        raise AssertionError("called with no date found")

    monkeypatch.setattr(A, "_weekly_in_period", must_not_run)
    ct, _, span = _pieces()[0]
    assert A._read_deadlines(ct, text, span, None, True) == []


def test_a_task_target_closes_before_a_digit():
    """Every alternative of TASK_TARGET closes before a digit ("(?=\\d)"):
    _task_targets tries it in a clause only where a digit follows a start."""
    tail = r"\s*,?\s+(?=\d)"
    pattern = P.TASK_TARGET.pattern
    assert pattern.startswith("(?i:") and pattern.endswith(tail)
    # (P._group_end: the index past the group opening the pattern)
    assert P._group_end(pattern, 0) == len(pattern) - len(tail)


class _TaskTargetSpy:
    """TASK_TARGET, recording the tries made where no digit follows the
    start within the clause (none can match there)."""

    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.hopeless: list[int] = []

    def match(self, text: str, pos: int, endpos: int, *args: object) -> object:
        if not any(c.isdecimal() for c in text[pos:endpos]):
            self.hopeless.append(pos)
        return self.pattern.match(text, pos, endpos, *args)  # type: ignore[attr-defined]

    def __getattr__(self, attr: str) -> object:
        return getattr(self.pattern, attr)


def test_task_targets_not_tried_where_no_digit_follows(monkeypatch):
    """A task line's clauses are tried for a target only where a digit stands
    after a start of its words: "Phấn đấu …; bảo đảm …" with no figure in its
    clause is not tried; the target of the clause holding one is read."""
    import khtool

    spy = _TaskTargetSpy(P.TASK_TARGET)
    monkeypatch.setattr(P, "TASK_TARGET", spy)
    text = (
        "KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường công tác quản lý\n"
        "- Phấn đấu, bảo đảm duy trì chất lượng; không để xảy ra sai sót; "
        "phấn đấu 100% hồ sơ được giải quyết đúng hạn.\n"
    )
    doc = khtool.parse_text(text)
    assert spy.hopeless == []
    assert any(t.value == 100 for i in doc.indicators for t in i.targets)


def test_recurring_words_hold_a_period_word():
    """The recurring words are looked for only in a text holding "tháng",
    "năm" or "quý" (_read_deadlines): each holds one."""
    assert all(any(w in word for w in ("tháng", "năm", "quý")) for word in P.RECURRING_WORDS)


TARGETS = [
    "Tỷ lệ trẻ em tốt nghiệp trung học cơ sở đạt 90% vào năm 2025",
    "giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 12,5‰ vào năm 2025",
    "xuống 450/100.000 trẻ em vào năm 2025",
    "xuống 450/ 100.000 trẻ em",
    "giảm 4 - 5%/năm",
    "tăng 13% đến 15%",
    "không dưới 95%",
]


@pytest.mark.parametrize("text", TARGETS)
def test_a_target_holds_a_unit_mark(text):
    """parse_targets tries TARGET only on a text holding one of
    TARGET_UNIT_MARKS: a target's unit opens with one ("%", "‰", "/")."""
    found = list(P.TARGET.finditer(text))
    assert found, text
    assert all(any(u in m["unit"][:1] for u in P.TARGET_UNIT_MARKS) for m in found), text
    # without its marks no target is read
    bare = text
    for u in P.TARGET_UNIT_MARKS:
        bare = bare.replace(u, " ")
    assert not P.TARGET.search(bare), bare


def test_targets_the_samples_give_with_and_without_the_gate():
    """The samples' section texts give the same targets as TARGET's scan of
    each (the gate only spares texts the scan finds nothing in)."""
    for _, text, _ in _pieces():
        if not any(u in text for u in P.TARGET_UNIT_MARKS):
            assert not P.TARGET.search(text), text


@pytest.mark.parametrize("name", ["GOALS_HEADING", "FORWARD_HEADING"])
def test_heading_patterns_match_no_empty_heading(name):
    """_visit_indicators tries the goals headings' patterns only on a section
    with a heading (a bullet's is empty)."""
    assert getattr(P, name).search("") is None


def test_holds_giao_as_the_lowered_text_does():
    """_holds_giao looks for "giao" in the UTF-8 bytes lowered: no character
    but the ASCII letters lowers to one of its letters (U+0130 lowers to "i"
    and a combining dot, which no "a" can follow), so the two tests agree."""
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    odd = [c for c in every if c not in "gGiIaAoO" and set(c.lower()) & set("giao")]
    assert odd == ["\u0130"] and "\u0130".lower() == "i\u0307"
    texts = ["Giao Sở Y tế chủ trì", "GIAO", "gIaO", "G\u0130AO", "giao\u0130", "trao đổi", "", "\ud800giao"]
    for text in texts + [t for _, piece, _ in _pieces() for t in (piece, piece.upper())]:
        assert A._holds_giao(text) == ("giao" in text.lower()), text


# --- normalize ---------------------------------------------------------------


def test_lower_letters_are_the_class_of_starts_lower():
    """_joins reads STARTS_LOWER off a line's first two characters with
    LOWER_LETTERS: exactly the characters the class LOWER matches."""
    import re
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert set(re.findall(f"[{P.LOWER}]", every)) == P.LOWER_LETTERS


def test_a_line_starts_lower_as_the_pattern_says():
    from khtool.normalize import clean, normalize_source

    lines = ["được giao", "“việc", "(a) …", '"Điều', "Ủy ban", "- các", "ở", "(", "", "đ", "1. các"]
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += [pl.text for pl in clean(normalize_source(path.read_text(encoding="utf-8"))).phys]
    for text in lines:
        quick = text[:1] in P.LOWER_LETTERS or (text[:1] in "\"“(" and text[1:2] in P.LOWER_LETTERS)
        assert quick == (P.STARTS_LOWER.match(text) is not None), text
        if P.DASH_ONLY_START.match(text):
            assert text[:1] in "-–", text


@pytest.mark.parametrize(
    "direction",
    [
        "không dưới", "không thấp hơn", "không ít hơn", "không vượt quá", "không cao hơn", "không lớn hơn", "không quá",
        "duy trì ổn định", "có thêm", "thêm", "xuống dưới", "xuống còn", "dưới", "đạt", "duy trì", "trên", "tối thiểu",
        "ít nhất", "giảm", "tăng", "còn", "tối đa", "đạt từ", "từ",
    ],
)
def test_a_count_beside_a_rate_is_found_after_each_direction(direction):
    """parse_targets matches a count beside a rate from a direction's first
    word (P.COUNT_DIRECTION_WORDS), and only where a count's unit follows its
    number (P.COUNT_UNIT_AFTER): every direction TARGET_COUNT takes opens with
    one of those words, so the count is found as TARGET_COUNT finds it."""
    text = f"Tỷ lệ hài lòng đạt 90%; {direction} 500 doanh nghiệp"
    full = next(m for m in P.TARGET_COUNT.finditer(text) if m["value"] == "500")
    assert full["dir"] and full["dir"].split()[0].lower() in P.COUNT_DIRECTION_WORDS
    assert [(t.value, t.unit) for t in A.parse_targets(text)][-1] == (500.0, "doanh nghiệp")


@pytest.mark.parametrize(
    "text",
    [
        "Phụ lục\nSTT\nNhiệm vụ\n", "Phụ lục\nTT\nNội dung\n", "Phụ lục\nStt\nNhiệm vụ\n", "Phụ lục\nSố TT\nNhiệm vụ\n",
        "Phụ lục\nSố thứ tự\nNhiệm vụ\n", "STT\nNhiệm vụ\n",
        # none: a number's symbol, a word in a sentence
        "Căn cứ Thông tư số 01/2026/TT-BCT;\nSTT là số thứ tự của hàng.\n",
        # a flat table's header on one line
        "Phụ lục\nSTT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian\n1 Thống kê\n",
        "Phụ lục\nSố TT Nội dung Đơn vị chủ trì Thời gian hoàn thành\n",
    ],
)
def test_the_table_header_gate_finds_what_the_pattern_finds(text):
    """_holds_a_table_header tries a header's pattern only on lines holding
    one of its words: it answers as the pattern's search does."""
    for header in (P.CELL_TABLE_NUMBER_HEADER, P.FLAT_TABLE_HEADER):
        assert A._holds_a_table_header(text, header) == bool(header.search(text)), header.pattern


# --- patterns tried only where their opening words are (_matches_at_words) ---

# (pattern, the words it is tried at, lowered, texts it matches in)
TRIED_AT_WORDS = [
    (
        "DEADLINE",
        P.DEADLINE_OPENING_WORDS,
        [
            "báo cáo trước ngày 15/6/2026",
            "Chậm nhất đến ngày 01 tháng 7 năm 2028",
            "TRƯỚC NGÀY 10/11 hàng năm",
            "không quá ngày 20/5",
            "Hạn chót ngày 30/9",
            "Thời hạn: 30/6/2026",
            "thời gian hoàn thành: ngày 15/12/2025",
            "gửi về Sở trước 30/6/2026; sau đó trước ngày 17 hằng tháng",
            "báo cáo số lượng Ngay trong ngày 27/9/2025",
            "hoàn thành TRONG NGÀY 28/9/2025",
        ],
    ),
    (
        "DEADLINE_RELATIVE",
        P.DEADLINE_RELATIVE_OPENING_WORDS,
        [
            "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Y tế cấp",
            "chậm nhất 30 ngày trước khi hết hạn Giấy phép",
            "KHÔNG QUÁ 10 ngày kể từ ngày nhận",
            "tối đa không quá 15 ngày sau khi kết thúc đợt kiểm tra",
            "ÍT NHẤT 10 ngày trước khi nổ mìn",
            "Trước 24h trước khi sử dụng",
        ],
    ),
    (
        "DEADLINE_LEAD_TIME",
        P.DEADLINE_LEAD_TIME_OPENING_WORDS,
        ["ÍT NHẤT 10 ngày,", "Tối thiểu 05 ngày làm việc.", "ít nhất 24h"],
    ),
    (
        "DEADLINE_WITHIN",
        P.DEADLINE_WITHIN_OPENING_WORDS,
        ["TRONG VÒNG 24 giờ.", "trong thời hạn tối đa 05 ngày làm việc"],
    ),
    (
        "DEADLINE_RELATIVE_EVENT",
        P.DEADLINE_RELATIVE_EVENT_OPENING_WORDS,
        [
            "sau mỗi đợt hiến máu 05 ngày làm việc",
            "TRƯỚC ít nhất 05 ngày",
            "ít nhất trước 30 ngày khi hết hạn",
            "chậm nhất sau 05 ngày kể từ ngày nhận",
        ],
    ),
    (
        "DEADLINE_RECURRING",
        P.DEADLINE_RECURRING_OPENING_WORDS,
        [
            "chậm nhất ngày 10 tháng sau",
            "Trước ngày 20 của tháng cuối quý",
            "vào tháng 12 hằng năm",
            "báo cáo ngày 10/02 năm sau",
        ],
    ),
    (
        "DEADLINE_PERIOD",
        P.PERIOD_LEAD_WORDS,
        ["hoàn thành trong quý II năm 2026", "Trước quý IV/2026", "chậm nhất tháng 6 năm 2026", "Thời gian hoàn thành: Quý III/2026", "tiến độ: tháng 6/2026", "vào cuối tháng 3/2027", "Thời gian ban hành: tháng 6/2025",
         "quán triệt trong kỳ sinh hoạt chi bộ tháng 5/2024."],
    ),
    (
        "DEADLINE_PERIOD_NO_YEAR",
        P.PERIOD_LEAD_WORDS,
        ["trình UBND tỉnh trong quý III", "hoàn thành TRƯỚC THÁNG 6", "Hết quý II", "Tiến độ: quý II"],
    ),
    (
        "DEADLINE_YEAR",
        P.DEADLINE_YEAR_OPENING_WORDS,
        ["hoàn thành trong năm 2025", "xong trong năm học 2024 - 2025", "thực hiện trong năm học 2025 - 2026", "Hoàn tất vào năm 2026"],
    ),
    (
        "DEADLINE_YEAR_ONLY",
        P.DEADLINE_YEAR_ONLY_OPENING_WORDS,
        ["ban hành trong năm 2026.", "hoàn thành việc di dời trước năm 2030;", "Trong năm 2025"],
    ),
    (
        "REPORT_TO",
        P.REPORT_TO_OPENING_WORDS,
        [
            "gửi về Sở Tài chính trước ngày 25/7",
            "Gửi báo cáo đến Sở Y tế",
            "BÁO CÁO Thủ tướng Chính phủ",
            "báo cáo kết quả thực hiện về Phòng Nội vụ",
            "tổng hợp, báo cáo về UBND huyện",
            "(qua Sở Nội vụ)",
            "thông qua Văn phòng UBND tỉnh",
            "cung cấp số liệu cho Sở Lao động - Thương binh và Xã hội",
            "THÔNG BÁO cho UBND cấp xã",
            "trình UBND tỉnh trong tháng 11",
        ],
    ),
    (
        "ROLE_LEAD",
        P.ROLE_LEAD_OPENING_WORDS,
        [
            "Sở Y tế chủ trì, phối hợp với các đơn vị",
            "CHỦ TRÌ thực hiện",
            "Là cơ quan thường trực, chịu trách nhiệm",
            "Phòng Nội vụ là đầu mối tổng hợp",
            "giữ vai trò đầu mối trong việc",
        ],
    ),
    (
        "DEADLINE_MONTHLY_DAY",
        P.DEADLINE_MONTHLY_DAY_OPENING_WORDS,
        ["hằng tháng trước ngày 25", "báo cáo định kỳ Hàng tháng (trước ngày 25)", "vào ngày 20 hằng tháng"],
    ),
    (
        "TASK_TARGET",
        P.TASK_TARGET_WORDS,
        [
            "phấn đấu giải ngân 100% kế hoạch vốn",
            "mục tiêu giải ngân 100% kế hoạch vốn",
            "Cắt giảm ít nhất 30% thời gian",
            "ít nhất 20 lớp",
            "đạt trên 98%",
            "bảo đảm 100% dịch vụ công",
            "Yêu cầu 100% phương tiện",
            "bắt buộc 100% công trình",
            "chỉ đạo 100% bệnh viện công lập",
            "không dưới 95%",
            "hoàn thành hỗ trợ xây mới, sửa chữa 2.500 căn nhà",
            "giảm tỷ lệ thấp còi xuống dưới 22%",
            "Duy trì tỷ lệ mẫu đạt yêu cầu ở mức trên 95%",
            "thu hút khoảng 8.000 vận động viên",
            "tỷ lệ nêu trên không quá 25%",
            "Số lượng công chức xếp loại xuất sắc TỐI ĐA 20%",
        ],
    ),
]


@pytest.mark.parametrize(("pattern", "words", "texts"), TRIED_AT_WORDS)
def test_a_pattern_opens_with_the_words_it_is_tried_at(pattern, words, texts):
    """Every alternative of the pattern opens with one of its words (in any
    case: the lowered text is searched): read off the pattern itself, so a
    word added to it must be added to the gate."""
    assert set(P.lowered_opening_words(getattr(P, pattern).pattern)) <= set(words)
    for text in texts:
        m = getattr(P, pattern).search(text)
        assert m, (pattern, text)
        assert m.group(0).lower().startswith(words), (pattern, text)


def test_words_tried_at_lower_what_ignorecase_matches():
    """A word looked for in the lowered text must hold only letters that every
    character (?i) matches them with lowers to, or lowers to more than one
    ("İ" to "i" and a dot: then the text's length changes, and
    _matches_at_words scans it all). Not "s": (?i) matches "ſ", a lower-case
    letter (so REVIEW_YEAR, opening with "sơ kết", is not tried so)."""
    import sys

    import regex

    letters = {c for _, words, _ in TRIED_AT_WORDS for w in words if w not in CASED_OPENING_WORDS for c in w}
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in sorted(letters):
        found = regex.findall(f"(?i){regex.escape(letter)}", every)
        odd = [c for c in found if c.lower() != letter and len(c.lower()) == 1]
        assert not odd, (letter, odd)


# Opening words a pattern writes in each case ("sau|Sau|SAU"), not under (?i)
CASED_OPENING_WORDS = {"sau": "DEADLINE_RELATIVE_EVENT"}


@pytest.mark.parametrize(("word", "pattern"), CASED_OPENING_WORDS.items())
def test_a_cased_opening_word_is_not_matched_by_its_odd_letters(word, pattern):
    """So the lowered text's scan for it finds every match ("ſau" is none)."""
    rx = getattr(P, pattern)
    assert rx.search("gửi sau mỗi đợt 05 ngày") and not rx.search("gửi ſau mỗi đợt 05 ngày")


@pytest.mark.parametrize(("pattern", "words", "texts"), TRIED_AT_WORDS)
def test_matches_at_words_are_the_scans(pattern, words, texts):
    """_matches_at_words gives what finditer gives: on the samples' pieces,
    upper-cased too, the texts above, and texts whose lowering changes their
    length ("İ" lowers to two characters)."""
    rx = getattr(P, pattern)
    pieces = [text for _, text, _ in _pieces()]
    odd = ["İ" + t for t in texts] + [t + " İstanbul " + t for t in texts]
    for text in pieces + [p.upper() for p in pieces] + texts + odd:
        want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in A._matches_at_words(rx, text, text.lower(), words)]
        assert got == want, (pattern, text)


@pytest.mark.parametrize("text", ["Thời hạn: thường xuyên", "Thời gian thực hiện: Thường xuyên", "Kiểm tra tại cơ sở: liên tục."])
def test_an_ongoing_time_holds_its_mark(text):
    """_read_deadlines tries DEADLINE_ONGOING only on a text holding a colon:
    each of its alternatives holds one (the time field's, or the one before
    the time alone); without it nothing is found."""
    m = P.DEADLINE_ONGOING.search(text)
    assert m and P.DEADLINE_ONGOING_MARK in m.group(0), text
    assert not P.DEADLINE_ONGOING.search(text.replace(P.DEADLINE_ONGOING_MARK, " ")), text
    for _, piece, _ in _pieces():
        if P.DEADLINE_ONGOING_MARK not in piece:
            assert not P.DEADLINE_ONGOING.search(piece), piece


def test_search_at_words_is_the_search():
    """_search_at_words finds what the search finds (REPORT_TO in _to_whom)."""
    texts = [t for _, _, ts in TRIED_AT_WORDS for t in ts] + [t for _, t, _ in _pieces()]
    for text in texts + [t.upper() for t in texts] + ["İ" + t for t in texts]:
        a = P.REPORT_TO.search(text)
        b = A._search_at_words(P.REPORT_TO, text, P.REPORT_TO_OPENING_WORDS)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text


def test_a_head_word_opens_with_the_starts_it_is_tried_at():
    """_opens_with_head_word tries AGENCY_HEAD_WORD only where the text's
    first lowered characters start one of its words: every alternative opens
    with one of P.AGENCY_HEAD_OPENING_WORDS (read off the pattern), and the
    gate answers as the pattern does, on the samples' pieces (each line, at
    each of its words too), upper-cased, and texts whose lowering changes
    their length."""
    assert list(P.AGENCY_HEAD_OPENING_WORDS) == P.lowered_opening_words(P.AGENCY_HEAD_WORD.pattern)
    assert all(len(w) >= 2 for w in P.AGENCY_HEAD_OPENING_WORDS)
    # (every character (?i) matches a word's letter with lowers to that
    # letter, or to more than one character, but the long s: its starts with
    # it are among the starts too)
    import sys

    import regex

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in sorted({c for w in P.AGENCY_HEAD_OPENING_WORDS for c in w}):
        found = regex.findall(f"(?i){regex.escape(letter)}", every)
        assert [c for c in found if c.lower() != letter and len(c.lower()) == 1] == (["ſ"] if letter == "s" else [])
    assert {s.replace("ſ", "s") for s in P.AGENCY_HEAD_STARTS if "ſ" in s} == {s for s in P.AGENCY_HEAD_STARTS if "s" in s}
    names = ["Sở Y tế", "ſở Y tế", "BỘ CÔNG AN", "Vụ Pháp chế", "vụ việc", "Xã đoàn", "Thường trực HĐND", "UBND xã", "Bộ", "Sở", "Tăng cường"]
    lines = [line for _, t, _ in _pieces() for line in t.split("\n")]
    odd = ["İ" + n for n in names] + [n[:1] + "İ" + n[1:] for n in names]
    for text in names + odd + lines + [t.upper() for t in lines]:
        starts = [0, *(i + 1 for i, c in enumerate(text[:200]) if c == " ")]
        for at in starts:
            assert A._opens_with_head_word(text, at) == (P.AGENCY_HEAD_WORD.match(text, at) is not None), (text, at)


def test_report_to_tries_about_only_after_a_report():
    """_to_whom tries REPORT_TO at a "về" only where a word its look-back
    needs ends within its reach before it (_reported_about): the look-back as
    the pattern writes it, letters that lower as (?i) matches them, and the
    same recipients as the search, on the samples' pieces and texts with
    "về" near and far from the report."""
    import sys

    import regex

    assert r"về(?<=(?i:báo\s+cáo|gửi|nộp)[^.;\n]{0,140}về)" in P.REPORT_TO.pattern
    reach = 140 + max(map(len, P.REPORT_TO_ABOUT_ENDS))  # (the characters between, and the word)
    assert reach == P.REPORT_TO_ABOUT_REACH
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in sorted({c for w in P.REPORT_TO_ABOUT_ENDS for c in w}):
        found = regex.findall(f"(?i){regex.escape(letter)}", every)
        assert not [c for c in found if c.lower() != letter and len(c.lower()) == 1], letter
    gap = "x" * 138
    texts = [
        "Báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12",
        f"NỘP {gap} về Sở Tài chính",
        f"gửi {gap}xx về Sở Tài chính",  # (beyond the reach)
        "Tổ chức hội nghị về công tác phòng chống; gửi hồ sơ về Phòng Nội vụ",
        "về Sở Y tế",
    ]
    for text in texts + [t for _, t, _ in _pieces()]:
        for t in (text, text.upper(), "İ" + text):
            a = P.REPORT_TO.search(t)
            b = A._search_at_words(P.REPORT_TO, t, P.REPORT_TO_OPENING_WORDS, A._reported_about)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), t


# (texts RECURRENCE matches in, each way its matches open)
_RECURRING = [
    "Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh",
    "báo cáo 06 tháng, năm gửi Sở Y tế",
    "HÀNG QUÝ, SÁU THÁNG báo cáo",
    "báo cáo ſáu tháng và hàng năm",
    "Hàng tuần, hằng ngày và đột xuất khi có yêu cầu",
    "định kỳ 03 tháng một lần, hàng tháng",
    "báo cáo quý,năm; hằng quý ,\tnăm",
    "báo cáo tháng, quý," + " " * 50 + "năm",
    "tổ chức giao ban định kỳ 6 tháng một lần; kiểm tra 3 tháng/lần",
    "rà soát định kỳ mỗi 12 tháng, hằng năm báo cáo",
    "báo cáo theo quý, THEO\t QUÝ, theo" + " " * 50 + "quý",
]


def test_recurrence_is_tried_at_theo_only_before_quy():
    # ("theo" is one of the commonest words: "theo quy định", "theo dõi")
    assert [A._may_recur_at(t, 0) for t in ("theo quy định", "theo dõi", "theo quý", "theo  quý")] == [
        False, False, True, True,
    ]


def test_recurrence_opens_with_the_words_it_is_tried_at():
    """_recurrence tries RECURRENCE only where one of RECURRENCE_OPENING_WORDS
    starts in the lowered text: each of its alternatives opens with one of
    them (its half-year with "06", "6" or "sáu", the year's with a comma,
    tried where "năm" follows it: _may_recur_at); (?i) matches their letters
    only with characters lowering to them, but the long s, lowered to itself
    ("ſáu" is among the words); and the matches are the scan's, on the
    samples' pieces, upper-cased too, and texts whose lowering changes their
    length or with long runs of spaces."""
    import sys

    import regex

    words = P.RECURRENCE_OPENING_WORDS
    pattern = P.RECURRENCE.pattern
    assert pattern.startswith("(?i:") and pattern.endswith(")")
    for alternative in P._alternatives_of(pattern[4:-1]):
        if alternative.startswith("(?P<six>"):
            assert alternative.startswith(r"(?P<six>(?:0?6|sáu)\s"), alternative
            assert {"06", "6", "sáu", "ſáu"} <= set(words)
        elif alternative.startswith(","):
            assert alternative.startswith(r",\s*(?P<year>năm)"), alternative
        elif alternative.startswith(("(?:mỗi", "mỗi")):
            # a cadence: it holds "lần" or "mỗi", and a text that does is searched whole
            assert alternative.startswith("mỗi") or alternative.endswith("lần"), alternative
        else:
            assert alternative.lower().startswith(words), alternative
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in sorted({c for w in (*words, "năm") for c in w if c != "ſ"}):
        found = regex.findall(f"(?i){regex.escape(letter)}", every)
        assert [c for c in found if c.lower() != letter and len(c.lower()) == 1] == (["ſ"] if letter == "s" else []), letter
    pieces = [text for _, text, _ in _pieces()]
    for text in pieces + [p.upper() for p in pieces] + _RECURRING + ["İ" + t for t in _RECURRING]:
        want = [(m.span(), m.groupdict()) for m in P.RECURRENCE.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in A._recurrences(text, text.lower())]
        assert got == want, text
        first = A._first_recurrence(text, text.lower())
        assert (first and first.span()) == (want[0][0] if want else None), text
    for text in _RECURRING:
        assert A._recurrence(text), text


def test_sentences_holding_a_word_are_the_split_sentences_holding_it():
    """_sentences_holding cuts the sentences holding a word around it: those
    of SENTENCE_SPLIT.split holding it, in order, on the samples' pieces
    (upper-cased too), texts whose lowering changes their length, and stops
    that end no sentence ("15.6", "TP.HCM")."""
    texts = [
        "Báo cáo định kỳ. Hằng năm báo cáo UBND tỉnh; báo cáo quý\nbáo cáo",
        "Số 15.6 báo cáo;báo cáo. báo cáo.",
        "TP.HCM báo cáo.\n\nBÁO CÁO;\n",
        ".báo cáo.",
        "không có",
    ]
    pieces = [text for _, text, _ in _pieces()]
    for text in texts + ["İ" + t for t in texts] + pieces + [p.upper() for p in pieces]:
        want = [s for s in P.SENTENCE_SPLIT.split(text) if "báo cáo" in s.lower()]
        assert A._sentences_holding(text, text.lower(), "báo cáo") == want, text


def test_clause_bodies_open_with_their_marks():
    """_own_clauses and _clause_bodies try CLAUSE_BODIES only where one of
    CLAUSE_MARKS stands: its every match opens with ";" or "." (its first
    group, written so); they find what its scan finds."""
    assert P.CLAUSE_BODIES.pattern.startswith(r"(?:;|(?<=\p{Ll})\.(?=\s))")
    texts = [
        "Sở Y tế chủ trì; Sở Tài chính phối hợp thực hiện",
        "Ban Tuyên giáo chủ trì. Ủy ban Kiểm tra Huyện ủy chủ trì kiểm tra; đồng thời, Văn phòng Huyện ủy theo dõi",
        "Phòng Nội vụ tổng hợp; Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực",
    ]
    for text in texts + [t for _, t, _ in _pieces()]:
        want = [(m.span(), m.groupdict()) for m in P.CLAUSE_BODIES.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in A._matches_at_words(P.CLAUSE_BODIES, text, text, P.CLAUSE_MARKS)]
        assert got == want, text
    assert all(P.CLAUSE_BODIES.search(t) for t in texts)


def test_clause_bodies_open_with_the_starts_they_are_tried_at():
    """_may_open_clause_body lets CLAUSE_BODIES be tried after a mark only
    where the text past its spaces opens as a word of its look-ahead or
    "đồng thời" (P.CLAUSE_BODY_STARTS, read off the pattern): str.lstrip
    strips every character \\s matches; (?i) matches "đồng" only as written
    there; and the matches are the scan's, on the samples' pieces and texts
    with "Đồng thời", capitals, and long runs of spaces after the mark."""
    import sys

    import regex

    assert P.CLAUSE_BODIES.pattern.endswith(P._CLAUSE_BODY) and P._CLAUSE_BODY.startswith("(?=(?:Các|Sở|")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert all(c.isspace() for c in regex.findall(r"\s", every))
    for letter in "đồ":
        assert {c.lower() for c in regex.findall(f"(?i){letter}", every)} == {letter}
    texts = [
        "Sở Y tế chủ trì; Sở Tài chính phối hợp thực hiện",
        "Sở Y tế chủ trì;" + " " * 50 + "Sở Tài chính phối hợp thực hiện",
        "Sở Y tế chủ trì;" + " " * 37 + "Sở Tài chính phối hợp thực hiện",
        "Ban Tuyên giáo chủ trì. ĐỒNG THỜI, Văn phòng Huyện ủy theo dõi; tổ chức tập huấn",
        "Phòng Nội vụ tổng hợp.\nĐồng thời, Phòng Tư pháp chủ trì; Ủy ban nhân dân các xã phối hợp",
        "kiểm tra; UBND xã tham gia",
        "kiểm tra;",
        "kiểm tra; S",
    ]
    for text in texts + [t for _, t, _ in _pieces()]:
        want = [(m.span(), m.groupdict()) for m in P.CLAUSE_BODIES.finditer(text)]
        got = [
            (m.span(), m.groupdict())
            for m in A._matches_at_words(P.CLAUSE_BODIES, text, text, P.CLAUSE_MARKS, A._may_open_clause_body)
        ]
        assert got == want, text
        for at in (i for i, c in enumerate(text) if c in ";."):
            if P.CLAUSE_BODIES.match(text, at):
                assert A._may_open_clause_body(text, at), (text, at)
    assert all(P.CLAUSE_BODIES.search(t) for t in texts[:5])


@pytest.mark.parametrize(
    "text",
    [
        "Cập nhật dữ liệu; phấn đấu 100% người dân được lập hồ sơ. Xong",
        "Giải ngân 32.500 tỷ đồng; đạt 1.2. Mục. Hết.",
        ";;a",
        ". a",
        "a.",
        "a. ",
        "a . ; . b",
        "a.\u00a0b;\tc",
        "",
    ],
)
def test_task_clauses_are_the_patterns(text):
    """_task_clauses splits a line as P.TASK_CLAUSE's matches do."""
    assert A._task_clauses(text) == [m.span() for m in P.TASK_CLAUSE.finditer(text)]


# one text per dated form of _read_deadlines, each with its digit
DATED_FORMS = [
    "Các phòng báo cáo kết quả về UBND phường trước ngày 15/12/2026.",
    "Sở Tài chính tổng hợp, trình UBND tỉnh chậm nhất 20/11/2026.",
    "Tổ chức Tháng hành động từ ngày 01/6 đến ngày 30/6/2026 tại các trường.",
    "Phấn đấu hoàn thành việc cấp giấy chứng nhận trong năm 2026.",
    "Gửi báo cáo định kỳ trước ngày 20 hằng tháng về Văn phòng.",
    "Báo cáo kết quả trước ngày 10 tháng sau về Sở Nội vụ.",
    "Các xã hoàn thành rà soát trong quý III/2026.",
    "Báo cáo UBND huyện trong thời hạn 15 ngày kể từ ngày nhận được văn bản.",
    "Thông báo bằng văn bản đến UBND tỉnh ít nhất 10 ngày trước khi tổ chức.",
    "Xử lý dứt điểm các kiến nghị trong vòng 24 giờ.",
    "Báo cáo sơ kết trước ngày 10/7 và tổng kết trước ngày 10/12 hằng năm.",
    "Các đơn vị tổ chức sơ kết năm 2026 và gửi kết quả về Sở Tư pháp.",
]


def test_a_text_without_a_dated_forms_word_is_not_scanned_for_digits(monkeypatch):
    """_read_deadlines scans a text for a digit only when it holds one of
    P.DATED_FORM_WORDS, which each dated form's test asks for: the readings
    are those of the scan made always (the words "" gives), on the samples'
    pieces and a text of each form; a text holding none is not scanned."""
    ct, _, span = _pieces()[0]
    texts = [t for _, t, _ in _pieces()] + DATED_FORMS
    gated = [[d.model_dump() for d in A._read_deadlines(ct, t, span, None, True)] for t in texts]
    assert all(gated[-len(DATED_FORMS) :]), "each form gives its deadline"
    monkeypatch.setattr(P, "DATED_FORM_WORDS", ("",))
    assert gated == [[d.model_dump() for d in A._read_deadlines(ct, t, span, None, True)] for t in texts]
    monkeypatch.undo()
    import khtool

    if khtool.compiled():
        return  # (a compiled module's calls do not look its globals up)
    scanned: list[str] = []

    class Counting:
        def search(self, text: str, *args: object) -> object:  # (pos, endpos, concurrent)
            scanned.append(text)
            return P.ANY_DIGIT.search(text, *args)

    digit = Counting()
    monkeypatch.setattr(A, "P", type("P", (), {k: getattr(P, k) for k in dir(P) if k.isupper()} | {"ANY_DIGIT": digit}))
    A._read_deadlines(ct, "Phòng Văn hóa chủ trì tuyên truyền, phổ biến Chỉ thị 15 đến các khu phố.", span, None, True)
    assert scanned == []
    A._read_deadlines(ct, DATED_FORMS[0], span, None, True)
    assert scanned == [DATED_FORMS[0]]


@pytest.mark.parametrize(
    ("text", "agency", "want"),
    [
        ("Chủ trì, phối hợp với Sở Y tế, Công an tỉnh tổ chức kiểm tra", "Sở Công Thương", ["Sở Y tế", "Công an tỉnh"]),
        ("PHỐI HỢP VỚI Sở Y tế tổ chức kiểm tra", "Sở Công Thương", ["Sở Y tế"]),
        ("Tổ chức kiểm tra an toàn thực phẩm tại các chợ", "Sở Công Thương", []),
    ],
)
def test_a_tasks_partner_words_are_looked_for_once(text, agency, want):
    """_partners looks for the partners' words once for a text (a task shared
    by several bodies is asked for each): what it gives is the same for each
    body, in any case."""
    A._names_partners.cache_clear()
    assert A._partners(text, agency) == want
    assert A._partners(text, "UBND các xã") == [n for n in want if n != "UBND các xã"]
    assert A._names_partners.cache_info().hits == 1


# --- targets tried only at their direction's words or a digit ---


def _no_optional_openings(direction: str) -> str:
    """A direction's alternatives with their optional first words written out
    ("(?:có\\s+)?thêm" as "có\\s+thêm|thêm"), for lowered_opening_words."""
    for word in ("thêm", "từ", "khoảng"):
        for first in ("có", "đạt"):
            direction = direction.replace(rf"(?:{first}\s+)?{word}", rf"{first}\s+{word}|{word}")
    return direction


@pytest.mark.parametrize(
    ("pattern", "direction", "words"),
    [
        ("TARGET", "_TARGET_DIRECTION", "TARGET_OPENING_WORDS"),
        ("TARGET_COUNT", "_COUNT_DIRECTION", "TARGET_COUNT_OPENING_WORDS"),
    ],
)
def test_a_target_opens_with_its_directions_words(pattern, direction, words):
    """A target opens with one of its direction's words (read off the pattern:
    a word added to it must be added to the gate) or with its value's digit."""
    assert getattr(P, pattern).pattern.startswith(r"(?P<dir>" + getattr(P, direction) + r"\s+)?")
    assert set(P.lowered_opening_words(_no_optional_openings(getattr(P, direction)))) == set(getattr(P, words))


@pytest.mark.parametrize(
    "text",
    [
        "Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm xuống dưới 1,5%; 100% xã đạt chuẩn nông thôn mới.",
        "Tăng bình quân 8,5%/năm; tỷ suất tử vong trẻ em dưới 5 tuổi còn 18‰ vào năm 2028",
        "KHÔNG DƯỚI 95% số hộ gia đình được tiếp cận nước sạch",
        "giảm 4 - 5%/năm, so với năm 2024 tăng 12%",
        "trồng mới 500 ha rừng, có thêm 12 câu lạc bộ và đạt từ 1.200 lượt khách trở lên",
        "hỗ trợ 10 triệu đồng trên 01 ha; khoảng 300 nghệ nhân được tôn vinh",
        "năm 2026 tổ chức 3 đợt tập huấn, không quá 2 vụ/năm",
        "İ: lowering changes this text's length, 25% of it",
    ],
)
def test_targets_tried_at_words_or_digits_are_finditers(text):
    """_matches_at_words_or_digits gives what finditer gives."""
    for pattern, words in ((P.TARGET, P.TARGET_OPENING_WORDS), (P.TARGET_COUNT, P.TARGET_COUNT_OPENING_WORDS)):
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in A._matches_at_words_or_digits(pattern, text, words)] == want


def test_an_open_count_opens_with_its_aims_words():
    """TARGET_COUNT_NOUN opens with one of its aim's words (read off the
    pattern: a word added to it must be added to the gate) or with a digit."""
    head = P.TARGET_COUNT_NOUN.pattern
    assert head.startswith(r"(?:(?P<dir>(?i:")
    aim = head[len(r"(?:(?P<dir>") : head.index(r"))\s+)?")] + ")"
    assert set(P.lowered_opening_words(aim)) == set(P.TARGET_COUNT_NOUN_OPENING_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "đạt 15.000 lượt người tham gia; không dưới 3.000 mẫu",
        "khoảng 1.200 - 1.500 hộ, 1.200-1.500 hộ và 1.200–1.500 hộ",
        "ít nhất 300 buổi truyền thông\tvà 06\ttrạm quan trắc",
        "1.2345 hộ: a run closed by a space opens a count at a later digit",
        "95% số hộ, 12/12 khu phố, năm 2025. Tối thiểu 20 lớp; 2,5 tỷ đồng",
        "Vận động .500 đơn vị máu, 3.000. hộ và 40 người",
        "İ: lowering changes this text's length, đạt 25 hộ",
    ],
)
def test_open_counts_tried_at_closed_runs_are_finditers(text):
    """TARGET_COUNT_NOUN tried at its words and at the digits of a run of
    digits and dots closed by a space, a tab or a dash (P.COUNT_VALUE_RUN)
    gives what its finditer gives."""
    want = [(m.span(), m.groupdict()) for m in P.TARGET_COUNT_NOUN.finditer(text)]
    got = A._matches_at_words_or_digits(P.TARGET_COUNT_NOUN, text, P.TARGET_COUNT_NOUN_OPENING_WORDS, P.COUNT_VALUE_RUN)
    assert [(m.span(), m.groupdict()) for m in got] == want


def test_open_counts_not_tried_at_a_run_no_count_opens():
    """A run closed by "%", "/", "," or a full stop is no place for an open
    count: the pattern is not tried at its digits."""
    spy = _Spy()
    A._matches_at_words_or_digits(spy, "95% số hộ; 12/30; 2,5%; năm 2025.", (), P.COUNT_VALUE_RUN)  # type: ignore[arg-type]
    assert spy.tries == []
    A._matches_at_words_or_digits(spy, "1.500 hộ", (), P.COUNT_VALUE_RUN)  # type: ignore[arg-type]
    assert [t[0] for t in spy.tries] == [0, 2, 3, 4]


class _Spy:
    """A pattern recording how it is tried (and matching nowhere)."""

    def __init__(self) -> None:
        self.tries: list[tuple[object, ...]] = []

    def match(self, *args: object) -> None:
        self.tries.append(args[1:])


def test_gated_tries_hold_the_gil():
    """The gated scans try their patterns with concurrent=False, by position
    (the regex module lets go of the GIL around each match of a str by
    default, which costs more than most of these tries)."""
    from khtool.extract import citations as C

    text = "Sở Y tế chủ trì, đạt 95% vào năm 2026"
    for scan in (
        lambda p: A._matches_at_words(p, text, text.lower(), ("sở",)),
        lambda p: A._search_at_words(p, text, ("sở",)),
        lambda p: A._matches_at_words_or_digits(p, text, ("sở",)),
        lambda p: C._matches_at(p, text, [0]),
    ):
        spy = _Spy()
        scan(spy)
        assert spy.tries and all(t[1:] == (None, False) for t in spy.tries), spy.tries


def test_the_section_tree_is_walked_once_for_its_readers(monkeypatch):
    """extract_assignments walks the document's section tree once and hands
    the walk to its readers (``_walk``), who walked it some fifteen times;
    the same assignments come of it."""
    import khtool
    from khtool.models import Source
    from khtool.normalize import clean, normalize_source
    from khtool.segment import segment_document, walk_sections

    if khtool.compiled():
        pytest.skip("a compiled module's calls do not look its globals up")
    ct = clean(normalize_source((SAMPLES / "000_48697f013dff5d26.txt").read_text(encoding="utf-8")))
    doc, _, _ = segment_document(ct, Source(format="txt", encoding="utf-8", sha256="", size=0))
    before = A.extract_assignments(ct, doc.sections, level=doc.header.level)
    walked: list[int] = []
    entry = A._walked  # (the walk kept for the readers, with its kinds and parents)

    def counting(sections):
        if sections is doc.sections:
            walked.append(1)
        return walk_sections(sections)

    def counting_entry(sections):
        if sections is doc.sections:
            walked.append(1)
        return entry(sections)

    monkeypatch.setattr(A, "walk_sections", counting)
    monkeypatch.setattr(A, "_walked", counting_entry)
    again = A.extract_assignments(ct, doc.sections, level=doc.header.level)
    assert len(walked) == 1
    assert A._WALKS == []  # (kept for the call only)
    assert [a.model_dump() for a in again[0]] == [a.model_dump() for a in before[0]]
    assert len(again[0]) > 3


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("Phòng Kinh tế chủ trì thực hiện nhiệm vụ 1, 2 nêu trên.", True),
        ("Công an xã chủ trì nội dung số 3 tại mục II.", True),
        ("Phòng Văn hóa chủ trì thực hiện các nhiệm vụ được giao.", False),
        ("Văn phòng HĐND và UBND phối hợp thực hiện NỘI DUNG BA của kế hoạch.", False),
        ("Trung tâm Y tế chủ trì nhiệm vụ một, hai và ba.", False),
    ],
)
def test_task_number_refs_need_a_digit(text, refs):
    """_numbered_tasks_given lowers a task only where it holds a digit: a
    list of the plan's task numbers holds one (TASK_NUMBER_REFS)."""
    assert (P.TASK_NUMBER_REFS.search(text) is not None) is refs
    if P.ANY_DIGIT.search(text) is None:
        assert P.TASK_NUMBER_REFS.search(text) is None


def test_walk_in_is_the_walk_in_range():
    """``_walk_in`` gives the sections of the walk whose spans start in the
    range, in order, within an extract_assignments call and outside one."""
    from khtool.models import Source
    from khtool.normalize import clean, normalize_source
    from khtool.segment import segment_document, walk_sections

    ct = clean(normalize_source((SAMPLES / "000_48697f013dff5d26.txt").read_text(encoding="utf-8")))
    doc, _, _ = segment_document(ct, Source(format="txt", encoding="utf-8", sha256="", size=0))
    walked = walk_sections(doc.sections)
    lo, hi = walked[len(walked) // 3].span.start, walked[2 * len(walked) // 3].span.start
    want = [s for s in walked if lo <= s.span.start < hi]
    assert 0 < len(want) < len(walked)
    assert A._walk_in(doc.sections, lo, hi) == want
    A._WALKS.append(A._walked(doc.sections))
    try:
        first = A._walk_in(doc.sections, lo, hi)
        assert first == want and A._walk_in(doc.sections, lo, hi) is first  # (made once per range)
    finally:
        A._WALKS.pop()


@pytest.mark.parametrize("kinds", [("roman", "part"), ("arabic", "letter", "article"), ("dash", "plus"), ("goal",)])
def test_walks_of_kinds_and_parents_are_the_walk_filtered(kinds):
    """``_walked`` walks the tree as ``walk_sections`` does; ``_walk_of``
    gives the walk's sections of the kinds asked and ``_walk_parents`` those
    holding others, in order, within an extract_assignments call (kept, made
    once per kinds) and outside one."""
    from khtool.models import Source
    from khtool.normalize import clean, normalize_source
    from khtool.segment import segment_document, walk_sections

    ct = clean(normalize_source((SAMPLES / "000_48697f013dff5d26.txt").read_text(encoding="utf-8")))
    doc, _, _ = segment_document(ct, Source(format="txt", encoding="utf-8", sha256="", size=0))
    walked = walk_sections(doc.sections)
    want = [s for s in walked if s.kind in kinds]
    parents = [s for s in walked if s.children]
    assert 0 < len(parents) < len(walked)
    assert A._walk_of(doc.sections, kinds) == want
    assert A._walk_parents(doc.sections) == parents
    entry = A._walked(doc.sections)
    assert entry[1] == walked and entry[3] == [s.kind for s in walked]
    A._WALKS.append(entry)
    try:
        first = A._walk_of(doc.sections, kinds)
        assert first == want and A._walk_of(doc.sections, kinds) is first
        assert A._walk_parents(doc.sections) == parents
        assert A._walk(doc.sections) is entry[1]
    finally:
        A._WALKS.pop()


# Pieces holding none of P.DATED_FORM_WORDS that still give a deadline: each
# of _undated_form_words' words in turn (written for this test)
_UNWORDED = [
    ("Các xã báo cáo kết quả ngay trong hôm nay.", True),
    ("Tổ công tác họp giao ban vào thứ hai hằng tuần.", False),
    ("- Thời gian: Thường xuyên.", False),
    ("- Tổ kiểm tra: thực hiện liên tục.", False),
    ("Các phòng báo cáo định kỳ về Văn phòng.", True),
    ("Cập nhật dữ liệu lên hệ thống hằng tuần.", True),
    ("Công khai kết quả giải quyết hồ sơ định kỳ tại trụ sở.", True),
]


@pytest.mark.parametrize(("text", "undated"), _UNWORDED)
def test_a_piece_without_a_dated_forms_word_is_read_where_a_form_may_match(text, undated):
    """_read_deadlines returns at once for a piece holding none of
    P.DATED_FORM_WORDS nor any word _undated_form_words asks for: each of
    those words lets the reading go on (and the pieces here give deadlines)."""
    lowered = text.lower()
    assert not any(w in lowered for w in P.DATED_FORM_WORDS), text
    assert A._undated_form_words(lowered, True)
    ct, _, span = _pieces()[0]
    assert A._read_deadlines(ct, text, span, None, True), text


def test_the_undated_forms_gate_gives_what_the_whole_reading_gives(monkeypatch):
    """Every sample piece (and the pieces above) read with the gate and with
    the gate always passing: the same deadlines."""
    pieces = _pieces()
    ct0, _, span0 = pieces[0]
    every = [*pieces, *((ct0, t, span0) for t, _ in _UNWORDED)]
    for undated in (True, False):
        gated = [[d.model_dump() for d in A._read_deadlines(ct, t, sp, None, undated)] for ct, t, sp in every]
        with monkeypatch.context() as m:
            m.setattr(A, "_undated_form_words", lambda lowered, undated: True)
            whole = [[d.model_dump() for d in A._read_deadlines(ct, t, sp, None, undated)] for ct, t, sp in every]
        assert gated == whole
    assert sum(not A._undated_form_words(t.lower(), True) for _, t, _ in pieces) > len(pieces) // 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "(",
        ")",
        "Trước ngày 31/12 hằng năm, …(3)… báo cáo.",
        "……(1)",
        "(2)……",
        "….. (4)",
        "(5) …..",
        "__(6)",
        "(7) __",
        "...(8)",
        "(9) ...",
        "Rà soát hộ nghèo (đợt 1) năm 2026 ….",
        "… ghi chú (trừ xã Sơn Hà), _ tên",
        ". (1) .",
        "… \u00a0(3)",
    ],
)
def test_the_blank_forms_gate_finds_its_marks_by_the_brackets(text):
    # (the brackets' neighbours tested: what a scan for each mark finds)
    assert A._may_hold_blank(text) == any(mark in text for mark in P.FORM_NUMBERED_BLANK_MARKS)


# the directed bodies' clauses: found only at their verbs, as finditer finds them
@pytest.mark.parametrize(
    "text",
    [
        "b) Chỉ đạo Trung tâm Y tế khu vực, các Trạm Y tế xã phối hợp với Hội Phụ nữ tổ chức khám sàng lọc.",
        "Tham mưu kế hoạch; hướng dẫn Ban Công tác Mặt trận các thôn tổ chức Ngày hội.",
        "Chủ trì, chỉ đạo Phòng Cảnh sát giao thông cử báo cáo viên.",
        "Chủ trì,  chỉ đạo Phòng A làm; \t Hướng dẫn cho Các đơn vị lập dự toán",
        "- Hướng dẫn các trường thực hiện Kế hoạch.\n  Chỉ\nđạo công chức Văn hóa - Xã hội chủ trì, chỉ đạo Phòng B làm",
        "Ban Chỉ đạo xã; đã chỉ đạo Sở X; theo hướng dẫn của Sở Y; chỉ đạo sở Z",
        "\u00a0Chỉ đạo Sở X chủ trì, chỉ đạo Sở Y làm",
        "",
    ],
)
def test_directed_own_matches_as_finditer(text: str) -> None:
    def key(ms: object) -> list[tuple[object, ...]]:
        return [(m.span(), m.span("verb"), m.span("names")) for m in ms]  # type: ignore[attr-defined]

    assert key(A._directed_own_matches(text)) == key(P.DIRECTED_OWN.finditer(text))


def test_directed_own_matches_on_samples() -> None:
    for _, piece, _ in _pieces():
        want = [(m.span(), m.group()) for m in P.DIRECTED_OWN.finditer(piece)]
        assert [(m.span(), m.group()) for m in A._directed_own_matches(piece)] == want


_MILESTONES = (
    "3. Tiến độ thực hiện:\n- Quý I/2026: Công an phường tổng rà soát địa bàn.\n"
    "  + quý 2 năm 2026: Sơ kết mô hình.\n• Tháng 5/2026: Phòng Văn hóa tổ chức hội thi;\n"
    "- 6 tháng đầu năm 2026: đánh giá.\n* 06 tháng cuối năm 2026 : tổng kết\n-Năm2026: 100% hộ\n"
    "- Quý V/2026: không\n\t- NĂM 2027:\tKiểm tra\n"
)
_ROSTER = (
    "Từ ngày 01/6/2026 đến ngày 30/11/2026, duy trì trực ban:\n"
    "- Thứ Hai, thứ Năm: Phó Chủ tịch Ủy ban nhân dân xã trực chỉ huy; Phòng Kinh tế trực ban.\n"
    "Thứ 3 - thứ 6: Trưởng Công an xã trực chỉ huy, trực tiếp\n"
    "- Thứ Tư, thứ Bảy, Chủ nhật: đồng chí Chủ tịch trực\n- Chủ nhật: ban trựcx\n  + thứ bảy và chủ nhật: Văn phòng trực"
)


@pytest.mark.parametrize("text", [_MILESTONES, _ROSTER, _MILESTONES + _ROSTER, "x" + _ROSTER, ""])
def test_line_matches_as_finditer(text: str) -> None:
    def key(ms: object) -> list[tuple[object, ...]]:
        return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]

    for start in range(0, len(text) + 1, 7):
        for end in (len(text), len(text) - 3, start + 90):
            end = max(start, min(end, len(text)))
            assert key(A._milestone_line_matches(text, start, end)) == key(P.MILESTONE_LINE.finditer(text, start, end))
            assert key(A._roster_line_matches(text, start, end)) == key(P.ROSTER_LINE.finditer(text, start, end))
    assert text == "" or P.MILESTONE_LINE.search(text) or P.ROSTER_LINE.search(text)


# a body's own item: its folded first letter tested first, as the whole line's
@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("2. Các trường mầm non, tiểu học trên địa bàn xã: chủ trì …", "Các trường mầm non"),
        ("2. Các trường mầm non, tiểu học", "các trường"),
        ("b) Chỉ đạo các trường học điều tra", "các trường học"),
        ("- Đoàn Thanh niên xã: tổ chức …", "Đoàn Thanh niên"),
        ("- Đoàn Thanh niên xã", "đoàn thanh niên xã"),
        ("3. “Ủy ban MTTQ” xã", "Ủy ban MTTQ"),
        ("3. (Ủy ban MTTQ xã)", "Ủy ban MTTQ xã"),
        ("4. UBND xã", "Phòng Văn hóa"),
        ("5. ", "Phòng Văn hóa"),
        ("6. Phòng Kinh tế", "..."),
    ],
)
def test_item_opens_with_as_the_folded_line(line: str, agency: str) -> None:
    from khtool.models import Assignment
    from khtool.normalize import clean, normalize_source
    from khtool.tables import fold

    ct = clean(normalize_source("Mở đầu\n" + line + "\nKết thúc\n"))
    at = ct.text.index(line[:4])
    a = Assignment(agency=agency, span=ct.span(at, at + len(line)))
    mark = P.ITEM_MARK.match(line)
    want = fold(line[mark.end() :] if mark else line).startswith(fold(agency))
    assert A._item_opens_with(ct, a) is want
