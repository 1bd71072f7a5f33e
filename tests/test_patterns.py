"""Conventions of the pattern module itself (patterns.py's docstring)."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache

import pytest
import regex

from khtool import patterns as P
from khtool.extract.citations import _type_word_regex

from .conftest import SAMPLES


def test_patterns_compile_on_first_use_and_once():
    # in a fresh interpreter: nothing is compiled by the import; a pattern is
    # compiled by its first use, and its name then holds the compiled pattern
    # (the same object after); the module has no __getattr__, which would keep
    # Python 3.11 from specialising every P.NAME lookup
    probe = (
        "import re, regex, khtool.patterns as P\n"
        "assert not hasattr(P, '__getattr__')\n"
        "assert type(vars(P)['TERMINAL_PUNCT']).__name__ == '_Deferred'\n"
        "assert P.TERMINAL_PUNCT.match('Điều 1.')\n"
        "first = vars(P)['TERMINAL_PUNCT']\n"
        "assert isinstance(first, regex.Pattern) and P.TERMINAL_PUNCT is first\n"
        "assert P.BLOCK_START.match('1. Mục đích') and isinstance(P.BLOCK_START, re.Pattern)\n"
        "assert type(vars(P)['FURNITURE_LINE']).__name__ == '_Deferred'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_every_pattern_compiles():
    compiled = P.all_patterns()
    assert len(compiled) > 100
    assert all(isinstance(v, (re.Pattern, regex.Pattern)) for v in compiled.values())


def test_every_deferred_pattern_is_registered():
    """A pattern defined after the registry at the module's end is never named:
    it stays deferred, writes a module attribute "" and all_patterns() misses it."""
    unnamed = [name for name, value in vars(P).items() if isinstance(value, P._Deferred) and not value.name]
    assert unnamed == []
    # (a table's patterns too, LEVEL_NAMED's: used, they bind no name "")
    tables = [value for value in vars(P).values() if isinstance(value, dict)]
    for deferred in [v for table in tables for v in table.values() if isinstance(v, P._Deferred)]:
        deferred.resolve()
    P.all_patterns()
    assert "" not in vars(P)
    compiled = {name for name, value in vars(P).items() if isinstance(value, (re.Pattern, regex.Pattern))}
    assert compiled - set(P.all_patterns()) == set()


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="NO_SUCH_PATTERN"):
        P.NO_SUCH_PATTERN  # noqa: B018


END_PATTERNS = {
    name: value
    for name, value in P.all_patterns().items()
    if isinstance(value, regex.Pattern) and value.flags & regex.REVERSE
} | {"type word before a number": _type_word_regex()}


# Lines of kinds the samples lack (texts written for this test).
WRITTEN_LINES = [
    "Căn cứ quy định tại khoản 2 Điều 11 Luật Hóa chất số 69/2025/QH15;",
    "Căn cứ vào các nội dung của Kế hoạch số 12/KH-UBND ngày 05/01/2025;",
    "Căn cứ Bộ luật Lao động số 45/2019/QH14;",
    "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15;",
    "Căn cứ Nghị định số 15/2018/NĐ-CP đã được sửa đổi, bổ sung một số điều tại Nghị định số 1;",
    "Căn cứ Thông tư số 12/2020/TT-BTC được sửa đổi bởi điểm a, điểm b khoản 2 Điều 3 Thông tư số 40/2023/TT-BTC;",
    "Cục Hóa chất nhận được hồ sơ kèm theo văn bản số 02/TNL2025 của Công ty.",
    "Giấy phép đã được cấp trước ngày 01/7/2025 tiếp tục có hiệu lực trước ngày 01/3/2027.",
    "Thời hạn kiểm định của phương tiện đến hết tháng 8/2026; giấy phép có hiệu lực đến hết quý IV/2026.",
    "Sở Công Thương yêu cầu Công ty Cổ phần Công nghiệp Khánh An, Hợp tác xã Minh Phát thực hiện.",
    "Kiểm tra liên ngành dịp Tết Nguyên đán, Tháng hành động vì an toàn thực phẩm ( từ 15/4 đến 15/5/2026 ).",
    "Ban Pháp chế trình Thường trực HĐND tỉnh trước ngày 20/8/2026 để báo cáo tại kỳ họp thường lệ cuối năm 2026.",
]


@cache  # read once for all the parametrized tests
def _endings() -> list[str]:
    """Every line of the samples (and of WRITTEN_LINES) cut after each of its
    words: endings of every kind (punctuation, prepositions, years, type
    words, nothing)."""
    out = []
    lines = list(WRITTEN_LINES)
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        words = line.split(" ")
        out.extend(" ".join(words[: i + 1]) for i in range(len(words)))
    return out


def test_end_patterns_are_found():
    assert {"TERMINAL_PUNCT", "CONTINUATION_END", "GOVERNED_BY_PREPOSITION"} <= set(END_PATTERNS)


@pytest.mark.parametrize("name", sorted(END_PATTERNS))
def test_end_pattern_match_is_the_search(name):
    """END patterns are called with .match (one attempt, anchored at the end of
    the string); it must give what .search gives, on real line endings."""
    rx = END_PATTERNS[name]
    hits = 0
    for text in _endings():
        a, b = rx.search(text), rx.match(text)
        assert (a and a.span()) == (b and b.span()), (name, text)
        hits += a is not None
    assert hits, f"{name} never matched a sample ending: the test would prove nothing"


STD_PATTERNS = {
    name: value for name, value in P.all_patterns().items() if isinstance(value, re.Pattern)
}


@cache
def _lines() -> list[str]:
    """The samples' raw lines and their cleaned (re-joined) lines."""
    from khtool.normalize import clean, normalize_source

    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(text.splitlines())
        out.extend(ll.text for ll in clean(normalize_source(text)).lines)
    return out


def test_std_patterns_are_found():
    assert {"BLOCK_START", "FURNITURE_LINE", "RECIPIENTS"} <= set(STD_PATTERNS)


@pytest.mark.parametrize("name", sorted(STD_PATTERNS))
def test_std_pattern_agrees_with_regex(name):
    """A pattern compiled with the standard ``re`` for speed must mean what
    it means to ``regex``: same matches and groups on every sample line."""
    rx = STD_PATTERNS[name]
    other = regex.compile(rx.pattern, rx.flags & (re.I | re.X | re.M | re.S))
    for text in _lines():
        for method in ("match", "search"):
            a, b = getattr(rx, method)(text), getattr(other, method)(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                name,
                method,
                text,
            )


def test_footer_openers_start_with_a_footer_initial():
    """split_parts tries FOOTER_OPENER only on lines opening with one of
    FOOTER_INITIALS; every opener must start so (Nơi nhận, TM., KT., ...)."""
    openers = [
        "Nơi nhận:",
        "NƠI NHẬN:",
        "TM. ỦY BAN NHÂN DÂN",
        "T/M. BAN THƯỜNG VỤ",
        "KT. CHỦ TỊCH",
        "TL. GIÁM ĐỐC",
        "TUQ. CHỦ TỊCH",
        "Q. GIÁM ĐỐC",
    ]
    for text in openers + [line for line in _lines() if P.FOOTER_OPENER.match(line)]:
        assert P.FOOTER_OPENER.match(text), text
        assert text[0] in P.FOOTER_INITIALS, text


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        # a space, then words written out or required by a look-ahead
        (r":|\s(?=(?:chủ\s+trì|sớm)\b)", ["chủ", "sớm"]),
        # look-behinds before or after the space consume nothing
        (r"(?<!(?i:hậu))\s(?=cần\b)|\s(?<!và\s)(?=vừa\b)", ["cần", "vừa"]),
        # a bracketed class is kept as written; a group is entered
        (r"\s(?=(?:[cg]ó\s+ý|(?<!được\s)(?:đề\s+xuất|ban\s+hành))\b)", ["[cg]ó", "ban", "đề"]),
        # a group that only looks around passes on to what follows it
        (r"\s(?=(?:(?<!tư\s)|(?<=và\s))xây\s+dựng)", ["xây"]),
        # words written out with no look-ahead
        (r"\svà\s", ["và"]),
    ],
)
def test_opening_words(pattern, words):
    assert P.opening_words(pattern) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"\p{Lu}\s",  # opens with neither a colon nor a space
        r"\s\p{Lu}",  # a class of letters, not a word written out
        r"\s(?:các\s+)?Sở",  # an optional group: "Sở" may open it too
        r"\s(?i:Sở)",  # a word in either case
        r"\s+và",  # a match would start at the first space of a run, the gate at the last
    ],
)
def test_opening_words_refuses_what_a_gate_could_miss(pattern):
    with pytest.raises(ValueError):
        P.opening_words(pattern)


def test_gated_agency_list_end_is_the_search():
    """The gated search finds what AGENCY_LIST_END.search finds, on every
    sample line and on the names its comments give."""
    heads = [
        "Văn phòng Bộ phối hợp với các đơn vị",
        "Phòng Hậu cần - Kỹ thuật cần chủ động",
        "Hiệp hội Doanh nghiệp nhỏ và vừa vừa ban hành",
        "Bộ Kế hoạch và Đầu tư xây dựng kế hoạch",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông",
        "Sở Tài chính, Sở Y tế: chủ trì",
        "UBND các xã, phường có ý kiến",
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức xã hội hóa",
        "Đề nghị UBND tỉnh giao Sở Tài chính bố trí kinh phí",
        "Thanh tra Bộ rà soát",
        "Sau khi Chiến lược được phê duyệt, Bộ Công Thương ban hành",
    ]
    for text in heads + _lines():
        expected = P.AGENCY_LIST_END.search(text)
        got = P.gated_search(P.AGENCY_LIST_END_AT, P.AGENCY_LIST_END, text)
        assert (got and got.span()) == (expected and expected.span()), text


def _first_characters(source: str) -> set[str]:
    """The characters a match of ``source`` can open with, as ``regex``'s
    own compiler finds them (its first set)."""
    from regex import _regex_core as core

    info = core.Info(regex.V0, 0, {})
    parsed = core._parse_pattern(core.Source(source), info).optimise(info, False)
    found: set[str] = set()
    for member in parsed.get_firstset(False):
        items = member.items if isinstance(member, core.SetUnion) else [member]
        for item in items:
            assert isinstance(item, core.Character) and item.positive and not item.case_flags
            found.add(chr(item.value))
    return found


def test_org_first_letters_are_the_names_first_letters():
    # (AGENCY_SPLIT_AT tests the next name's first letter alone: it must
    # hold every letter a name of _ORG_START opens with)
    assert _first_characters(P._ORG_START) <= set(P.ORG_FIRST_LETTERS)
    assert _first_characters("(?:x|y)") == {"x", "y"}  # (the probe itself)


def test_split_agencies_is_the_split():
    """The gated split gives AGENCY_SPLIT.split's parts, on every sample line
    and on lists whose separators the gate passes and the pattern refuses."""
    heads = [
        "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế và UBND các xã",
        "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh; Bộ Tài chính",
        "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Công an tỉnh",
        "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh, Đảng ủy Công an tỉnh",
        "Bộ Tài chính, Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội",
        "Chủ tịch Ủy ban nhân dân cấp tỉnh, người đứng đầu các tổ chức",
        "Sở Y tế , , ; Viettel Quảng Trị, VNPT và tổ chức, cá nhân",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam, tập đoàn, tổng công ty",
    ]
    assert P.AGENCY_SPLIT.groups == 0  # (a split gives no groups' text)
    for text in heads + _lines():
        for maxsplit in (0, 1):
            assert P.split_agencies(text, maxsplit) == P.AGENCY_SPLIT.split(text, maxsplit=maxsplit), text


@pytest.mark.parametrize("text", ["…(3)…", "........(1).......", "(12)__", "Tên: ..(2), ngày….", "khoản (1), (2)"])
def test_a_numbered_blank_holds_its_number_mark(text):
    # (FORM_NUMBER_MARK gates FORM_NUMBERED_BLANK's search over a whole text)
    for m in P.FORM_NUMBERED_BLANK.finditer(text):
        assert P.FORM_NUMBER_MARK.search(m.group())


def test_a_gate_by_first_letter_finds_the_words_places():
    words = P.opening_words(P.AGENCY_LIST_END.pattern)
    assert P.by_first_letter(["nghiêm", "nghiên", "[cg]ó", "chủ", "có"]) == ["n(?:ghiêm|ghiên)", "[cg]ó", "c(?:hủ|ó)"]
    plain = re.compile(r":|\s(?=" + "|".join(words) + ")")
    for text in _lines():
        assert [m.span() for m in P.AGENCY_LIST_END_AT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_condition_openings_start_with_a_condition_initial():
    """Items try CONDITION_OPENING only on headings opening with one of
    CONDITION_INITIALS; every condition it reads must start so."""
    openings = [
        "Trong trường hợp cần thiết, Bộ Y tế ban hành",
        "Trường hợp cần thiết, Sở Y tế báo cáo",
        "TRƯỜNG HỢP khẩn cấp, Sở Y tế báo cáo",
        "trường hợp cần thiết, Sở Y tế báo cáo",
        "Khi có yêu cầu, Sở Y tế báo cáo",
        "Nếu phát hiện sai phạm, Thanh tra tỉnh xử lý",
        "Sau khi Chiến lược được phê duyệt, Bộ Công Thương ban hành",
        "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Y tế cấp",
        "Chậm nhất 30 ngày trước khi khai thác, Công ty thông báo",
        "Không quá 10 ngày kể từ ngày nhận, Sở Y tế trả lời",
        "Để bảo đảm an toàn giao thông, Công ty cổ phần X phải chịu trách nhiệm",
        "Nhằm kịp tiến độ, Phòng Quản lý hạ tầng kiểm tra",
    ]
    for text in openings:
        assert P.CONDITION_OPENING.match(text), text
        assert text[0] in P.CONDITION_INITIALS, text


@cache
def _every_character() -> str:
    """Every code point but the surrogates: what a gate's initials must hold
    of each letter its pattern matches in any case."""
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_timeline_headings_start_with_a_timeline_initial():
    """Deadlines try TIMELINE_HEADING only on headings opening with one of
    TIMELINE_HEADING_INITIALS; every heading it reads must start so, in each
    case its letters match."""
    headings = ["II. TIẾN ĐỘ", "Tiến độ thực hiện", "Lịch kiểm tra", "LỘ TRÌNH TRIỂN KHAI", "Thời gian thực hiện",
                "thời gian và tiến độ thực hiện:", "Các mốc thời gian", "mốc thời gian"]
    for text in headings:
        text = text.removeprefix("II. ")
        assert P.TIMELINE_HEADING.fullmatch(text), text
        assert text[0] in P.TIMELINE_HEADING_INITIALS, text
    for text in ["Thời gian", "THỜI GIAN:", "Chỉ tiêu, thời gian", "Mục tiêu và thời gian"]:
        assert P.TIMELINE_BARE_HEADING.fullmatch(text), text
        assert text[0] in P.TIMELINE_HEADING_INITIALS, text
    every = _every_character()
    for letter in "tlcm":
        assert set(regex.findall(f"(?i){letter}", every)) <= P.TIMELINE_HEADING_INITIALS, letter


def test_member_heads_start_with_a_member_initial():
    """Assignments try MEMBER_HEAD_OPENING only on items' headings opening
    with one of MEMBER_HEAD_INITIALS; every heading it reads must start so, in
    each case its letters match."""
    heads = ["Ông Lê Văn Thảo, Trưởng phòng", "bà Vũ Thị Hoa - Phó Chủ tịch", "ĐỒNG CHÍ Phó Chủ tịch UBND tỉnh",
             "đ/c Nguyễn Văn A", "Phó Trưởng Công an huyện", "Trưởng phòng Y tế", "Chủ tịch UBND xã",
             "Chi cục trưởng Chi cục Thống kê", "Cục trưởng Cục Thuế", "Giám đốc Sở Y tế", "Tổng Giám đốc Công ty",
             "Chánh Văn phòng", "Chỉ huy trưởng Ban Chỉ huy", "Thủ trưởng Cơ quan", "Hiệu trưởng Trường", "Trạm trưởng Trạm Y tế",
             "Bí thư Huyện đoàn", "Ủy viên UBND xã, Trưởng Công an xã"]
    for text in heads:
        assert P.MEMBER_HEAD_OPENING.match(text), text
        assert text[0] in P.MEMBER_HEAD_INITIALS, text
    every = _every_character()
    for letter in "ôbđ":
        assert set(regex.findall(f"(?i){letter}", every)) <= P.MEMBER_HEAD_INITIALS, letter


def test_results_and_assigning_headings_start_with_their_initials():
    """Indicators try RESULTS_HEADING, and the executors' parts ASSIGNING_LABEL
    (after the heading's spaces), only on headings opening with one of their
    INITIALS; every heading they read must start so, in each case its letters
    match."""
    for text in ["KẾT QUẢ THỰC HIỆN NĂM 2025", "Kết quả thực hiện các chỉ tiêu", "tình hình thực hiện", "Kết quả đạt được"]:
        assert P.RESULTS_HEADING.match(text), text
        assert text[0] in P.RESULTS_HEADING_INITIALS, text
    for text in ["Phân công", " phân công nhiệm vụ:", "Tổ chức thực hiện: Sở A chủ trì", "GIAO:"]:
        assert P.ASSIGNING_LABEL.match(text), text
        assert text.lstrip()[0] in P.ASSIGNING_LABEL_INITIALS, text
    every = _every_character()
    for letter in "kt":
        assert set(regex.findall(f"(?i){letter}", every)) <= P.RESULTS_HEADING_INITIALS, letter
    for letter in "ptg":
        assert set(regex.findall(f"(?i){letter}", every)) <= P.ASSIGNING_LABEL_INITIALS, letter


def test_subject_end_without_its_outcome_words_is_the_whole_pattern():
    """citations._subject_end tries SUBJECT_END_NO_OUTCOME on a window holding
    none of SUBJECT_END_OUTCOME_WORDS: the outcome clause cannot match there
    (each of its branches holds one of them, in lower case, as the pattern has
    them), so both patterns match at the same places; with one, the outcome
    clause ends the subject."""
    from khtool.extract.citations import _subject_end

    outcome = re.compile(P._SUBJECT_END_OUTCOME.removeprefix("|"))
    said = [
        "về công tác dân vận, nhận thức của cấp ủy về vai trò của Nhân dân được nâng lên",
        "về đào tạo nghề, tỷ lệ lao động qua đào tạo tăng rõ rệt",
        "về cải cách hành chính, việc giải quyết thủ tục còn chậm",
        "về chuyển đổi số, hạ tầng số còn hạn chế",
    ]
    for text in said:
        assert outcome.search(text) and any(w in text for w in P.SUBJECT_END_OUTCOME_WORDS), text
        assert _subject_end(text) == text.index(","), text
        masked = text
        for word in P.SUBJECT_END_OUTCOME_WORDS:
            masked = masked.replace(word, "x" + word[1:])
        assert not outcome.search(masked), text
    for text in [*said, *_lines()]:
        if any(w in text for w in P.SUBJECT_END_OUTCOME_WORDS):
            continue
        for i in range(len(text)):
            a, b = P.SUBJECT_END.match(text, i), P.SUBJECT_END_NO_OUTCOME.match(text, i)
            assert (a is None) == (b is None), (text, i)


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [
        ("GIVE_TASK", (P.GIVE_TASK_WORD,), "Giao Sở Y tế chủ trì, phối hợp với các đơn vị"),
        ("REVIEW_YEAR", P.REVIEW_YEAR_WHAT_WORDS, "Sơ kết vào năm 2027"),
        ("REVIEW_YEAR", P.REVIEW_YEAR_WHAT_WORDS, "đánh giá giữa kỳ năm 2028"),
        ("IMPLEMENTS_THROUGH_PREPOSITION", P.IMPLEMENTS_THROUGH_PREPOSITION_ENDS, "thực hiện các nhiệm vụ tại "),
    ],
)
def test_a_pattern_holds_the_words_it_is_gated_on(pattern, words, text):
    """Each of these patterns is tried only where one of its words is in the
    lowered text: a match must hold one."""
    m = getattr(P, pattern).search(text)
    assert m, text
    assert any(w in m.group(0).lower() for w in words), (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?i:trước|chậm\s+nhất)\s+|(?i:thời\s+hạn)\s*:", ["chậm", "thời", "trước"]),
        # a look-behind consumes nothing; a named group is entered; a word
        # written in capitals is looked for lowered
        (r"(?<!(?i:dự\s+án)\s)(?P<what>(?i:sơ\s+kết)|Tổng\s+kết)\s+năm", ["sơ", "tổng"]),
        # a group in one case inside one in either is entered too
        (r"(?i:sở|(?-i:Vụ|Quỹ)(?=\s+\p{Lu}))\b", ["quỹ", "sở", "vụ"]),
    ],
)
def test_lowered_opening_words(pattern, words):
    assert P.lowered_opening_words(pattern) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i:trước)|\d+\s+ngày",  # a digit opens an alternative
        r"(?:các\s+)?Sở",  # an optional group: "Sở" may open it too
        r"[Tt]rước",  # a class, not a word written out
        r":\s*(?i:thường\s+xuyên)",  # a colon
    ],
)
def test_lowered_opening_words_refuses_what_a_gate_could_miss(pattern):
    with pytest.raises(ValueError):
        P.lowered_opening_words(pattern)


@pytest.mark.parametrize(
    ("name", "team"),
    [
        # a working group's bracket holds its members, not its name
        ("Đoàn số 1 (Chi cục An toàn vệ sinh thực phẩm)", "Đoàn số 1"),
        ("Tổ công tác (Công an tỉnh)", "Tổ công tác"),
        ("Đoàn kiểm tra liên ngành (Sở Y tế)", "Đoàn kiểm tra liên ngành"),
        # a mass organisation is no team
        ("Đoàn Thanh niên (Tỉnh đoàn)", "Đoàn Thanh niên (Tỉnh đoàn)"),
    ],
)
def test_a_teams_bracket_is_no_part_of_its_name(name, team):
    assert P.TEAM_BRACKET.sub("", name, count=1) == team


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        # a name whose first word is a body's only when a capital follows:
        # "Vụ Pháp chế", not "vụ việc" (the whole pattern is one case-blind
        # group, so the capital test must sit inside the case-sensitive one)
        ("Vụ Pháp chế tham mưu", True),
        ("Vụ việc xảy ra trên địa bàn", False),
        ("Quỹ Bảo trợ trẻ em tỉnh", True),
        ("Quỹ đất sạch được bố trí", False),
        ("Thường trực HĐND tỉnh", True),
        ("Thường trực các ngày lễ", False),
        ("Điện lực Cẩm Xuyên", True),
        ("Điện lực huyện Gio Linh", True),
        ("Viễn thông các tỉnh", False),
    ],
)
def test_a_body_word_needs_the_capital_after_it(text, opens):
    assert (P.AGENCY_HEAD_WORD.match(text) is not None) is opens


def test_a_committees_organ_under_the_type_word_is_the_tables(monkeypatch):
    """COMMITTEE_ORGAN_UNDER_TYPE is built from data/party_committees.json:
    each organ of each committee, its tone in either place; an organ added
    to the table is one the pattern reads."""
    from khtool import tables

    for organ in tables.committee_organs():
        for committee in tables.party_committees():
            for line in (f"của {organ} {committee} về", f"CỦA {organ} {committee}".upper().replace("ỦY", "UỶ")):
                m = P.COMMITTEE_ORGAN_UNDER_TYPE.match(line)
                assert m is not None and (m["organ"].lower(), m["committee"].lower().replace("uỷ", "ủy")) == (
                    organ.lower(), committee.lower(),
                ), line
    monkeypatch.setattr(tables, "committee_organs", lambda: ("Ban Thường vụ", "Thường trực", "Ban Chấp hành"))
    built = re.compile(P._committee_organ_under_type())
    assert built.match("của Ban Chấp hành Đảng ủy xã về")["organ"] == "Ban Chấp hành"


def test_dated_form_words_hold_the_words_undated_forms_skip():
    """_read_deadlines skips its tests for "ngày", "tháng" and "quý" in a text
    holding no word of P.DATED_FORM_WORDS: those words must be among them."""
    from khtool import patterns as P

    assert {"ngày", "tháng", "quý", P.DEADLINE_WORD} <= set(P.DATED_FORM_WORDS)


def test_a_long_list_of_clauses_in_a_cell_is_read_in_linear_time():
    # "Khoản 1, khoản 2, …" with no "Điều": each item read one way only (when
    # the inner list read "khoản N" too, 26 items took seconds under ``re``,
    # 60 hours); in a child process, so that a relapse fails, not hangs
    probe = (
        "import khtool.patterns as P\n"
        "for joint in (', ', ' và '):\n"
        "    line = 'Khoản 1' + ''.join(f'{joint}khoản {n}' for n in range(2, 61))\n"
        "    assert P.PROVISION_OR_ACT_CELL.match(line) is None\n"
        "    assert P.PROVISION_OR_ACT_CELL.match(line + ' Điều 7') is not None\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=30)


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Khoản 1 Điều 10", True),
        ("Điểm a Khoản 2 Điều 10", True),
        ("Khoản 5, 6 Điều 15", True),
        ("Khoản 1, khoản 2 Điều 7", True),
        ("Khoản 1 và khoản 3 Điều 7", True),
        ("Điểm a, b khoản 2, khoản 3 Điều 5", True),
        ("2. Nghị định số 144/2020/NĐ-CP", True),
        ("Khoản 1, khoản 2 và khoản 3", False),
        ("Sửa đổi khoản 2 Điều 7 như sau", False),
    ],
)
def test_a_provision_or_act_cell(text, cell):
    assert (P.PROVISION_OR_ACT_CELL.match(text) is not None) is cell


def test_a_brand_added_to_the_data_is_a_body_everywhere():
    # one list (agencies.json's brands) makes a state group's brand a body's
    # opening word, a brand alone or with its branch's place, and an enterprise;
    # in a child process, which reads the data with a brand added before
    # the patterns are built
    probe = (
        "import khtool.tables as T\n"
        "read = T.load\n"
        "def load(name):\n"
        "    data = read(name)\n"
        "    return {**data, 'brands': [*data['brands'], 'Itelecom']} if name == 'agencies.json' else data\n"
        "T.load = load\n"
        "import khtool.patterns as P\n"
        "from khtool.agencies import classify_agency\n"
        "assert P.BRAND_ALONE.match('Itelecom') and P.BRAND_PLACE.match('Itelecom Quảng Trị')\n"
        "assert 'itelecom' in P.AGENCY_HEAD_OPENING_WORDS and P.AGENCY_HEAD_WORD.match('Itelecom Quảng Trị lắp đặt')\n"
        "assert classify_agency('Itelecom Quảng Trị').sector == 'enterprises'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)


@pytest.mark.parametrize(
    ("line", "signed_for"),
    [
        ("T/M BAN BÍ THƯ", True),
        # the signature's column beside the recipients': a gutter of three
        # spaces or more, as COLUMN_GAP and the draft stamp read one, or a tab
        ("- Các đảng bộ trực thuộc Trung ương,        T/M BAN BÍ THƯ", True),
        ("- Lưu Văn phòng Trung ương Đảng.\tT/M BỘ CHÍNH TRỊ", True),
        # two spaces are a slip inside one column, no gutter
        ("- Lưu Văn phòng Trung ương Đảng.  T/M BAN BÍ THƯ", False),
    ],
)
def test_a_central_bodys_signature_column_takes_the_common_gutter(line, signed_for):
    assert (P.CENTRAL_BODY_SIGNED_FOR.search(line) is not None) is signed_for
    assert (P.COLUMN_GAP.search(line) is not None) is (signed_for and "   " in line)


def test_word_keys_are_letters_of_their_words():
    """The deadline reader looks for a word only in a text holding its key
    letter (P.WORD_KEYS): exact only where the key is a character of the
    word. The reader's own tests written ``"k" in lowered and "word" in
    lowered`` use the table's keys; DISCLOSURE_WORDS all hold "ô", the letter
    looked for before them."""
    import pathlib

    from khtool import patterns as P

    for word, key in P.WORD_KEYS.items():
        assert len(key) == 1 and key in word, (word, key)
    assert all("ô" in w for w in P.DISCLOSURE_WORDS)
    source = (pathlib.Path(P.__file__).parent / "extract" / "assignments.py").read_text(encoding="utf-8")
    keyed = re.findall(r'"([^"])" in (?:rest_)?lowered and "([^"]+)" in (?:rest_)?lowered', source)
    assert len(keyed) >= 10
    for key, word in keyed:
        assert P.WORD_KEYS.get(word) == key, (word, key)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a target's value, unit and direction (read by number in parse_targets)
        ("TARGET", "Phấn đấu đến năm 2027, tỷ lệ hộ gia đình sử dụng nước sạch đạt trên 95%."),
        # a roman item (classify_line)
        ("SECTION_ROMAN", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        # a document number (docnumber.parse_number)
        ("NORMATIVE_NUMBER", "15/2020/NĐ-CP"),
        ("ADMIN_NUMBER", "125/KH-UBND"),
    ],
)
def test_groups_read_by_number_are_the_named_ones(name, text):
    """``P.group_numbers`` gives each named group's number, so a match read
    by number reads what its name would, and the table is kept per pattern."""
    pattern = getattr(P, name)
    m = pattern.search(text)
    assert m is not None
    g = P.group_numbers(m.re)
    assert set(g) == set(m.re.groupindex) and g
    for group, number in g.items():
        assert m[number] == m[group]
        assert m.span(number) == m.span(group)
    assert P.group_numbers(m.re) is g


def test_a_month_list_is_searched_in_linear_time():
    # "tháng 1, " repeated with no closing "và …/2026": each start's try is
    # bounded (at most eleven items, taken possessively); the unbounded star
    # took 5.7 s at 20 KB and minutes at 200 KB. In a child process, so that
    # a relapse fails, not hangs.
    probe = (
        "import time\n"
        "import khtool.patterns as P\n"
        "for unit in ('tháng 1, ', 'tháng 1, 2, ', 'Tháng 12 và '):\n"
        "    t = time.process_time()\n"
        "    assert P.MONTH_LIST.search(unit * (200_000 // len(unit))) is None\n"
        "    assert time.process_time() - t < 3, unit\n"
        "m = P.MONTH_LIST.search('vào tháng 3, tháng 5, tháng 7 và tháng 9/2026')\n"
        "assert m and m['first'] == '3' and m['y'] == '2026'\n"
        "assert P.MONTH_LIST.search('các tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 và 12 năm 2026')['first'] == '1'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)
