"""Every regular expression khtool uses, each above the convention it encodes.

Patterns use the ``regex`` module (``_std`` marks those compiled with the
standard ``re``, which is faster where they are tried), are compiled once, on
first use (see the end of the module), and are written to run in linear time:
no nested unbounded quantifiers, bounded repetition where a field has a natural
length, and alternations that cannot overlap.

Patterns that only ask "does the line end with ..." carry ``END`` (the
``regex.REVERSE`` flag) and are called with ``.match``, which in reverse mode
is anchored at the end of the string: one attempt there, where ``.search``
from the left would try every start position (3-9x slower), and ``.search``
in reverse would go on trying every earlier position after a failure (4x
slower on a line that does not end so). Each ends in ``$``, so the match is
the one ``.search`` finds (a test checks this on the samples). They are used
for yes/no tests, and for groups only where the match is the same either
way (checked on the corpus: see ``type_word_before_number``).

The "does the text hold any of these characters?" tests use the standard
``re`` module: for a plain character class its search is about 5x faster
than ``regex``'s (0.06 ms against 0.35 ms on a 30 KB plan). The one over
whole documents (Vietnamese letters, read stage) runs once per file; the
look-alike letters are looked for in a whole text with ``in`` (see
citations) and by HAS_LOOKALIKE in a mention's raw text only.

The stages call a ``regex`` pattern with ``concurrent=False``, passed by
position (``P.X.match(text, pos, None, False)``, ``P.X.search(text, 0, None,
False)``, ``P.X.finditer(text, 0, None, False, False)``): by default ``regex``
lets go of the GIL around every match of a ``str``, about 1,000 instructions
a call, more than many of these calls cost otherwise; by keyword, parsing the
argument costs more than it saves. The most frequent calls of a parse pass it
(``benchmarks/bench_patterns.py`` lists them); ``re`` patterns take no such
argument.

Conventions are those of Nghị định 30/2020/NĐ-CP (form of administrative
documents), Luật Ban hành văn bản quy phạm pháp luật (legal-normative numbers)
and Party document practice (Hướng dẫn 36-HD/VPTW).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

from . import pattern_store

# "ủy" with its tone mark on either letter, as both spellings are written
# ("Tỉnh ủy", "Tỉnh uỷ", "Uỷ ban"); case-insensitive where used.
_UY = r"(?:[uủ]y|uỷ)"
# Vietnamese letters, upper and lower, including đ/Đ. \p{L} covers them all; a
# class is still named for readability where case matters.
UPPER = r"A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
LOWER = r"a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"

# Search from the end of the string (see the module docstring).
END = regex.REVERSE


class _Deferred:
    """A pattern compiled on first use (see the end of the module): its first
    method call compiles it and puts the compiled pattern in its place."""

    __slots__ = ("compile", "compiled", "flags", "name", "pattern")

    def __init__(self, pattern: str | Callable[[], str], flags: int, compile: Callable[[str, int], Any]) -> None:
        self.pattern = pattern  # (or what writes it, called on first use)
        self.flags = flags
        self.compile = compile
        self.name = ""  # its name in this module, set at the end of the module
        self.compiled: Any = None

    def resolve(self) -> Any:
        if self.compiled is None:
            if callable(self.pattern):
                self.pattern = self.pattern()
            self.compiled = self.compile(self.pattern, self.flags)
            if self.name:  # (one a table holds, LEVEL_NAMED's, has none: it binds no name)
                globals()[self.name] = self.compiled  # later lookups get it directly
        return self.compiled

    def __getattr__(self, attr: str) -> Any:  # .match, .search, .finditer, …
        return getattr(self.resolve(), attr)


def _regex(pattern: str | Callable[[], str], flags: int = 0) -> regex.Pattern[str]:
    """Compile with ``regex``, on first use, or load it compiled by an earlier
    run (see pattern_store)."""
    return cast(regex.Pattern[str], _Deferred(pattern, flags, pattern_store.compile))


def _std(pattern: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """Compile with the standard ``re``, for patterns that need nothing only
    ``regex`` has and are tried where ``re`` is faster: at a line start, at
    one position, or over one line (its per-call cost is about half of
    ``regex``'s, and these run tens of thousands of times per corpus; a search
    for a case-insensitive word over a long text is faster with ``regex``).
    ``benchmarks/bench_patterns.py`` times every pattern call of a parse under
    both engines; a test checks that both agree on these patterns. Compiled
    on first use too, or made from the program an earlier run kept (see
    pattern_store)."""
    return cast(re.Pattern[str], _Deferred(pattern, flags, pattern_store.compile_std))


# pattern -> its named groups' numbers (see group_numbers)
_GROUP_NUMBERS: dict[regex.Pattern[str], dict[str, int]] = {}


def group_numbers(pattern: regex.Pattern[str]) -> dict[str, int]:
    """The numbers of a ``regex`` pattern's named groups, for the readers that
    read many groups of many matches: ``regex`` reads a group by name after
    trying the name as a number (a TypeError made and dropped, ~2,500
    instructions a read, ~100 by number), so they read ``m[g["value"]]``
    with ``g = P.group_numbers(m.re)`` (``re`` reads a name with no such
    cost). Kept per pattern: ``groupindex`` copies its dict at every read."""
    numbers = _GROUP_NUMBERS.get(pattern)
    if numbers is None:
        numbers = _GROUP_NUMBERS[pattern] = dict(pattern.groupindex)
    return numbers

# ---------------------------------------------------------------------------
# Clean-up (normalize stage)
# ---------------------------------------------------------------------------

# A line that is only table or rule residue: "|", "-------", "___", "***".
# Converted two-column headers leave lone "|" lines; decorative rules under the
# issuer and the motto are runs of dashes or underscores.
RESIDUE_LINE = _std(r"^[\s|_=*~\-–—.]*$")

# Markdown bold/italic markers that converters leave around headings.
MARKDOWN_EMPHASIS = _regex(r"\*\*|__")

# A table row as converters write it: "| cell | cell |" (at least one inner bar).
TABLE_ROW = _regex(r"^\s*\|.*\|\s*$")

# Two columns a PDF prints side by side come out on the same lines of its
# text, kept apart by a run of spaces: words within a column are one space
# apart, so three or more mark the gutter (a tab is a space by then).
COLUMN_GAP = _std(r" {3,}")

# Page furniture of the official gazette (Công báo) PDFs: the running header
# "CÔNG BÁO/Số 431 + 432/Ngày 25-3-2024" and lone page numbers.
GAZETTE_RUNNING_HEADER = _std(
    r"^\s*CÔNG\s+BÁO\s*/\s*Số\s+[\d +]{1,20}/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}\s*$", re.I
)
PAGE_NUMBER_LINE = _std(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$")
# "Trang 3/12", "Page 3 of 12"
PAGE_OF_LINE = _std(r"^\s*(?:Trang|Page)\s+\d{1,4}\s*(?:/|of|trên)\s*\d{1,4}\s*$", re.I)
# A line no text holds but a page number: "- 3 -" (dashes both sides), "Trang
# 3", "3/7" (page of pages: the caller checks n <= m, a date's "15/6" is not).
PAGE_MARK_LINE = _std(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:Trang|Page)\s+\d{1,4}|(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3}))\s*$", re.I
)

# The block a Công báo page opens with: "VĂN BẢN QUY PHẠM PHÁP LUẬT" / "VĂN BẢN HỢP NHẤT".
GAZETTE_SECTION_BANNER = _std(
    r"^\s*(?:VĂN\s+BẢN\s+(?:QUY\s+PHẠM\s+PHÁP\s+LUẬT|PHÁP\s+LUẬT\s+KHÁC|KHÁC)|PHẦN\s+VĂN\s+BẢN\s+KHÁC)\s*$"
)

# Decorative rules glued to the end of a header line ("SỞ Y TẾ––––––").
TRAILING_RULE = _regex(r"\s*[-–—_=*]{3,}\s*$")

# E-signature stamps printed on signed PDFs: "Ký bởi: ...", "Người ký: ...",
# "Email: ...@...gov.vn", "Cơ quan: ...", "Thời gian ký: 12.03.2024 10:11:12 +07:00".
SIGNATURE_STAMP = _std(
    r"^\s*(?:Ký\s+bởi|Người\s+ký|Signed\s+by|Thời\s+gian\s+ký|Ngày\s+ký|Cơ\s+quan|Email|Chức\s+vụ)\s*:",
    re.I,
)
# The stamp's bare address line "vanthu@binhduong.gov.vn" (tried only on a
# line holding "@": \S{1,64} would rescan the first word of every other line).
SIGNATURE_EMAIL = _regex(r"^\s*\S{1,64}@\S{1,64}\.gov\.vn\s*$", regex.I)


def _alternatives(patterns: tuple[regex.Pattern[str] | re.Pattern[str], ...]) -> str:
    """Patterns as one alternation, each keeping its case-sensitivity."""
    return "|".join(f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for p in patterns)


def _union(*patterns: regex.Pattern[str] | re.Pattern[str]) -> regex.Pattern[str]:
    """One pattern matching where any of ``patterns`` matches: one call per
    line instead of one per pattern."""
    return _regex(_alternatives(patterns))


def _std_union(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """``_union`` of ``_std`` patterns, compiled with ``re`` too."""
    return _std(_alternatives(patterns))


# Any line of page furniture, residue or stamp (the five patterns above; the
# stamp's address line is tested apart).
FURNITURE_LINE = _std_union(
    RESIDUE_LINE, GAZETTE_RUNNING_HEADER, PAGE_OF_LINE, SIGNATURE_STAMP, GAZETTE_SECTION_BANNER
)

# Where a new block starts, so a wrapped line is never glued onto it:
#   roman part "I." / "IV-", arabic item "1." "1.2." "2)" "1- Ban …" "2.1- Đối với",
#   letter item "a)" "đ.",
#   bullets "-", "+", "•", "*", "–", articles "Điều 5.", "Chương II", "Phần I",
#   "Mục 2", indicator "Chỉ tiêu 3", goal "Mục tiêu 1:", footer "Nơi nhận",
#   signing authority "TM." "KT." "TL." "TUQ." "Q.",
#   (an item's number of up to three digits: "1000." opens a year or a
#   record's code as often; see SECTION_ARABIC_LONG)
#   preamble openers (capitalised): Căn cứ, Thực hiện, Xét, Theo đề nghị,
#   Trên cơ sở, Kính gửi (also "Kính gửi:"), Nhằm, Để; a letter's subject "V/v".
BLOCK_START = _std(
    r"""^(?:
        [IVXLC]{1,6}\s*[.\-–)]\s
      | (?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3})/\s(?=["""
    + UPPER
    + r"""])
      | \d{1,3}(?:\.\d{1,3}){0,3}\s*[.)]\s
      | \d{1,3}(?:\.\d{1,3}){0,3}\s?[-–]\s(?=["""
    + UPPER
    + r"""]|\d{1,3}(?:[.,]\d{1,2})?\s?%)
      | [a-zđ]\s*[).]\s
      | [-+•*–—]\s?
      | (?:Điều|ĐIỀU)\s+\d
      | (?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+(?:[IVXLC\d]|THỨ\s|[Tt]hứ\s)
      | (?:Chỉ\s+tiêu|CHỈ\s+TIÊU)\s+\d
      | (?:Mục\s+tiêu|MỤC\s+TIÊU)\s+\d
      | (?:Nơi\s+nhận|NƠI\s+NHẬN)
      | (?:TM|KT|TL|TUQ|Q)\s*\.\s
      | (?:Căn\s+cứ|CĂN\s+CỨ|Thực\s+hiện|Xét|Theo\s+đề\s+nghị|Trên\s+cơ\s+sở|Kính\s+gửi|Nhằm|Để)\s
      | (?:Kính\s+gửi|KÍNH\s+GỬI)\s*:
      | [A-ZĐ][^\n:a-zđ]{2,80}\s(?:điện|ĐIỆN)\s*:\s*$
      | PHỤ\s+LỤC\b
      | V/[vV]\b
    )""",
    re.X,
)

# A reference to a part of a text wrapped to the start of a line ("… theo quy
# định tại" / "Điều 17 Thông tư số 23/2024/TT-BCT …"): the number goes on with a
# word, where an article's or chapter's heading has its "." or ":" (Nghị định
# 30/2020: "Điều 1. …"). Joined only after a line that cannot end a sentence.
# A line ending with a provision's number, whose article the next line gives:
# "… quy định tại các khoản 1, 2, 3" / "Điều 4 Thông tư này …", "… điểm đ
# khoản 5" / "Điều 33 Nghị định số …".
PROVISION_END = _regex(
    r"(?i:\b(?:khoản|điểm|tiết)\s+[0-9a-zđ]{1,3}(?:\s*(?:,|và)\s*[0-9a-zđ]{1,3})*)\s*$", END
)
# An article's number alone, its sentence's end after it ("… thành cụm từ
# “khoản 2 Điều 16” tại" / "Điều 10."): a heading has its title after the stop.
WRAPPED_REFERENCE = _std(
    r"^(?:Điều|Chương|Mục|Phần)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6})\s+\w"
    r"|^Điều\s+\d{1,3}[a-z]?\s?[.;]?[\"”’)\]]*\s*$"
)

# A table's cell read a line each, naming the provisions or the act of its
# row (the row's number may open it): "Khoản 1 Điều 10", "Điểm a Khoản 2 Điều
# 10", "Khoản 5, 6 Điều 15", "Khoản 1, khoản 2 Điều 7", "Khoản 1 và khoản 3
# Điều 7", "Điều 32", "2. Nghị định số 144/2020/NĐ-CP", "Nghị định
# 342/2025/NĐ-CP". A bare "Điều N" under one is its column's next
# cell, not an article of the text.
PROVISION_OR_ACT_CELL = _std(
    r"^(?:\d{1,3}\.?\s+)?(?:"
    # (a list's later "khoản N" is the outer loop's: were the inner list to read
    # it too, each item could be read two ways and a long list backtrack
    # exponentially)
    r"(?:(?:[ĐđKk]iểm|[Kk]hoản)\s+[0-9a-zđ]{1,3}(?:\s*(?:,|và)\s*[0-9a-zđ]{1,3})*(?:\s*,|\s+và)?\s+)*"
    r"[Đđ]iều\s+\d{1,3}[a-zđ]?"
    r"|[A-ZĐ]\w*(?:\s\w+){0,4}?\s+(?:số\s+)?\d{1,4}/[\w/.\-]+"
    r")\s*$"
)
# A line ends a sentence or a list item: ".", ";", ":", "!", "?", "./." (the
# closing mark of a document), optionally followed by a closing quote/bracket.
TERMINAL_PUNCT = _regex(r"[.;:!?…][\"”’)\]]*\s*$", END)

# An article's heading line, "Điều 9. Trách nhiệm của Bộ Tài chính": a title
# that wraps goes on in lower case; a capital opens the article's text.
ARTICLE_HEADING_LINE = _std(r"^(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?\s?[.:]\s*\S")

# A line opening with bodies named as the subject of their role: "Vụ Pháp chế
# chủ trì, phối hợp …", "Sở Công Thương, Sở Ngoại vụ theo chức năng …": after
# an item's heading, however full its line, the item's text (a wrap inside a
# sentence leaves the assigning verb, "giao", or the title, "Giám đốc", above).
_BODY_HEAD = (
    r"(?:Sở|Bộ|Vụ|Cục|Chi\s+cục|Ban|Phòng|Văn\s+phòng|Thanh\s+tra|Ủy\s+ban|Uỷ\s+ban|UBND|Trung\s+tâm|Công\s+an|Viện|Đài|Hội|Đảng\s+ủy)\s"
)
BODY_ROLE_LINE = _regex(
    _BODY_HEAD + r"[^;:.]{0,80}?(?<=\S)\s(?:chủ\s+trì|theo\s+chức\s+năng|chủ\s+động|có\s+trách\s+nhiệm|phối\s+hợp)\b"
)
# The line above such a line, when it goes on into it: it names the
# assigning verb or ends with a head's title ("… yêu cầu Giám đốc" / "Sở Y tế …").
ASSIGNS_ABOVE = _regex(
    r"(?i:\b(?:giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|phân\s+công|ủy\s+quyền|uỷ\s+quyền)\b"
    r"|(?:giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|trưởng|lãnh\s+đạo)\s*$)"
)

# A line ending in a word that cannot end a sentence (a preposition,
# conjunction, classifier or the first half of a date) or in a comma/dash:
# the sentence goes on on the next line.
CONTINUATION_END = _regex(
    r"(?:[,\-–(/]|\b(?:của|và|về|các|với|số|ngày|tại|theo|cho|trong|đến|từ|để|là|được|những|có"
    r"|bị|thuộc|hoặc|cùng|trên|dưới|tháng|năm|đối|nhằm|như|gồm|do|mà|thì|nhưng|vào|khi"
    r"|giữa|bằng|một|mọi|đã|sẽ|đang|không|phải|cần|nên|còn|vì|nếu|tới)\b)\s*$",
    regex.I | END,
)

# A line ending in the noun of a body whose name the next line gives, in
# running text: "… của Bộ" above "Xây dựng ban hành …", "… Ban" above "Thường
# vụ", "… Ban Chấp hành" above "Trung ương Đảng …". Joined only when the next
# line opens with a capital (the name): "Đảng
# ủy Bộ" above "0.75%" names the Ministry's own committee in full. Not the
# end of a place name ("Hải Phòng"), nor header lines in capitals, nor the
# issuer's own office or inspectorate named in full ("4. Văn phòng Sở" above
# "Phối hợp …", "Thanh tra Sở" above "Xây dựng kế hoạch …").
ORGAN_NOUN_END = _regex(
    r"(?<!\p{Lu}\p{Ll}*\s)(?<!(?i:văn\s+phòng|thanh\s+tra)\s)\b(?:Bộ|Sở|Cục|Tổng\s+cục|Chi\s+cục|Vụ|Viện|Ban|Phòng|Ủy\s+ban|Uỷ\s+ban"
    r"|Hội\s+đồng|Trung\s+tâm|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ)\s*$",
    END,
)

# Words that open a sentence and are never part of a name, so a line opening
# with them capitalised starts a new sentence even below a heading that fills
# the width: "3. Phương hướng, nhiệm vụ … thời gian tới" / "Thời gian tới, dự
# báo …". (A capital after a line's end is otherwise often a name: "… của" /
# "Ủy ban nhân dân …".) "Việc" is a name's word only after a type word
# ("Luật" / "Việc làm"), which the caller rules out.
SENTENCE_ONLY_OPENING = _std(
    r"(?:Thời\s+gian\s+tới|Tiếp\s+tục|Việc|Trong|Để|Đối\s+với|Khi|Nếu|Tuy\s+nhiên|Ngoài\s+ra|Đồng\s+thời"
    r"|Bên\s+cạnh\s+đó|Theo\s+đó|Do\s+đó|Vì\s+vậy|Qua\s+đó|Từ\s+đó|Trên\s+cơ\s+sở|Căn\s+cứ"
    r"|Hằng\s+năm|Hàng\s+năm|Định\s+kỳ|Chủ\s+động|Kịp\s+thời|Thường\s+xuyên"
    # (a body's role opening its text under its heading: "1. Phòng … (cơ quan
    # thường trực …)" / "Chủ trì, phối hợp với …"; not after a body's noun,
    # whose name they may go on: "… Ban" / "Chỉ đạo …", "Hội đồng" / "Phối hợp …")
    r"|Chủ\s+trì|Phối\s+hợp|Tham\s+mưu|Chỉ\s+đạo)\b"
)

# A line ending in a document's type word, whose number the next line opens:
# "… hướng dẫn Nghị định" above "06/2021/NĐ-CP và …", "… thực hiện Kế hoạch
# số" above "123/KH-UBND …". A type word is written with its number; a title
# line holding the type word alone ("KẾ HOẠCH") is in capitals.
DOC_TYPE_END = _regex(
    r"\b(?:Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Chỉ\s+thị|Kế\s+hoạch"
    r"|Kết\s+luận|Luật|Pháp\s+lệnh|Công\s+văn|Văn\s+bản|Hướng\s+dẫn|Thông\s+báo|Chương\s+trình"
    r"|Quy\s+định|Tờ\s+trình|Báo\s+cáo|Đề\s+án)\s*$",
    END,
)
# A line opening with a document's number and symbol: "06/2021/NĐ-CP",
# "123/KH-UBND", "28-CT/TW" (never an item's mark "1/ ", which a space follows).
DOC_NUMBER_START = _std(r"^\d{1,6}(?:\.\d{1,3})?(?:/(?:19|20)\d\d)?[/\-]\s?[A-ZĐ]")

# A line ending inside an enterprise's name, the rest of it (capitalised
# words) opening the next line before the sentence's verb: "… yêu cầu Công ty
# Cổ phần Công nghiệp" / "Khánh An nghiêm túc thực hiện …".
ENTERPRISE_NAME_END = _regex(
    r"\b(?:Công\s+ty|Tổng\s+công\s+ty|Hợp\s+tác\s+xã|Doanh\s+nghiệp\s+tư\s+nhân)\b[^,;.:()\n]{0,60}$",
    END,
)
# (the name's rest: two capitalised words or more; one alone is as well a
# sentence's first word, "… Công ty A" / "Yêu cầu Công ty …")
NAME_REST_START = _std(rf"^[{UPPER}]\w*(?: [{UPPER}]\w*){{1,3}} [{LOWER}]")
# First character is a lowercase letter: a continuation of the line before.
STARTS_LOWER = _std(rf"^[\"“(]?[{LOWER}]")
# The letters of LOWER, for the same test without a pattern call (normalize).
LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz" + LOWER[3:])

# A line whose letters are all uppercase (headers, titles, section heads).
HAS_LOWER = _std(rf"[{LOWER}]")
HAS_LETTER = _regex(r"\p{L}")
# A word holding a digit: a number or a document number, not prose. Tried
# only where a word starts: from inside a word, \S* would rescan it each time.
WORD_WITH_DIGIT = _std(r"(?<!\S)\S*\d\S*")

# A dash or plus bullet (not a numbered heading).
BULLET_START = _std(r"^[-+•*–—]\s?")

# A year range wrapped after its first year: "... giai đoạn 2023" then
# "- 2030 và ..." on the next line is one range, not a new bullet.
YEAR_RANGE_SPLIT = _regex(r"\b(?:19|20)\d\d\s*$", END)
YEAR_RANGE_REST = _regex(r"^[-–]\s*(?:19|20)\d\d\b")

# A line opening with a hyphen or dash used as a bullet ("- Thương binh ...").
DASH_ONLY_START = _std(r"^[-–]\s")
# The first half of a name written with a hyphen (Lao động - Thương binh và Xã
# hội; Tài chính - Kế hoạch; Văn hóa - Xã hội; Kinh tế - Hạ tầng; Độc lập - Tự
# do - Hạnh phúc; các tổ chức chính trị - xã hội): a full line ending with it
# goes on after the dash on the next line. After any other full line, the
# dash opens a bullet.
HYPHENATED_NAME_HEAD = _regex(
    r"(?i:lao\s+động|tài\s+chính|văn\s+ho[áa]|kinh\s+tế|tài\s+nguyên|độc\s+lập|tự\s+do|tư\s+pháp"
    r"|địa\s+chính|văn\s+phòng|thương\s+binh|dân\s+số|chính\s+trị)\s*$",
    END,
)
# A line holding only an item's marker ("7.", "4.1.", "II.", "b)"; a table
# row's "1.4", as gazette PDFs give one cell per line), its text on the next
# line: it never goes on the line above, and the next line goes on it. Not an
# amount ("2.000"). (Up to three digits: "2026." alone is a year as often.)
MARKER_ONLY = _std(
    r"^(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])\s*[.)]|(?P<decimal>\d{1,2}(?:\.[1-9]\d?){1,3}))$"
)
# An arabic item's text opening with a number glued to its label's stop: "7.10
# Chuyển …" (item 7.10, or item 7 and a footnote's mark "10": see segment).
GLUED_SUB_NUMBER = _std(r"(\d{1,2})[^\S\n]+\S")
# The longest such marker ("XVIII.", "12.12.12.12"): longer lines need not try it.
MARKER_MAX_LEN = 12

# ---------------------------------------------------------------------------
# Document numbers (docnumber module; shared by header and citations)
# ---------------------------------------------------------------------------

# A symbol code: letters (any case, with Đ/đ), digits after the first letter,
# and "&" as in "GD&ĐT". Bounded so a pathological token cannot run away.
_CODE = r"[\p{Lu}\p{Ll}][\p{L}\d&]{0,15}"
# The optional space typed beside a number's marks ("160- KH/TU", "18/ 2020").
# A line break only after a mark, where a table cell or a page break cut the
# number ("12/2016/" + "TTLT-BLĐTBXH-BGDĐT-BTC", "52-" + "CT/TW"), and only
# when the next line goes on with a code or a year: two capitals or a digit.
# A line opening with a dash is a list item ("QCVN 34:2022/BTTTT" above
# "- Dịch vụ …" is not "2022/BTTTT-Dịch"), and a line opening with a word is
# text (a table cut by a page break, "07/2017/TT-" above "Tập hệ thống hóa …").
# A number never touches "%": "S%E1%BB%91%2042/2015/TT-BL%C4%90TBXH" is a web
# address with its letters percent-encoded, not document 2042/2015 (hence "%"
# around each number below). Nor does it follow a code's colon: in "QCVN
# 40:2025/BTNMT" (a national technical regulation) 2025 is the year.
_SP = r"[^\S\n]?"
_SP_AFTER_MARK = r"(?:[^\S\n]|\n(?=\p{Lu}\p{Lu}|\d))?"

# Party numbering (Hướng dẫn 36-HD/VPTW): "<n>-<TYPE>/<ISSUER>[-<sub>]":
# "28-CT/TW", "160-KH/TU", "31-KH/TU", "05-QĐi/TW". Spaces around the marks are
# typing variants ("160- KH/TU").
PARTY_NUMBER = _regex(
    rf"(?<![\w/\-%])(?<![0-9A-Z]:)(?P<serial>\d{{1,5}}){_SP}-{_SP_AFTER_MARK}(?P<type>{_CODE}){_SP}/{_SP_AFTER_MARK}(?P<issuer>{_CODE}(?:-{_CODE}){{0,3}})(?![\w/%])"
)

# A national technical regulation or standard, cited by its code: "QCVN
# 01:2019/BCT", "QCVN 05A:2020/BCT", "QCVN 18:2021/BXD", "TCVN 5507:2002"
# (kind, its own number, ":" and the year, the issuing ministry's code; a
# line may break after the kind, as a table cell's text wraps: "QCVN" /
# "126:2021/BTTTT").
TECHNICAL_CODE = _regex(
    r"\b(?P<kind>QCVN|TCVN)[^\S\n]*\n?[^\S\n]*(?P<code>\d[0-9A-Z.\-]{0,12}):[^\S\n]?(?P<year>(?:19|20)\d\d)"
    r"(?:[^\S\n]?/[^\S\n]?(?P<issuer>[A-ZĐ][A-ZĐ0-9]{1,12}))?(?![\w/])"
)

# Legal-normative numbering (Luật Ban hành VBQPPL): "<n>/<year>/<TYPE>-<ISSUER>"
# ("56/2017/NĐ-CP", "76/2023/TT-BTC", "01/2024/TTLT-BTC-BYT") or, for Quốc hội
# acts, "<n>/<year>/QH<legislature>" ("121/2020/QH14"; a third digit is a
# footnote's mark glued on, "42/2024/QH151": see docnumber.without_footnote).
# The Government numbers the resolutions of one series with a dotted serial,
# "66.4/2025/NQ-CP": the serial is whole, never its "4".
NORMATIVE_NUMBER = _regex(
    rf"(?<![\w/\-%])(?<![0-9A-Z]:)(?<!\d\.)(?P<serial>\d{{1,5}}(?:\.\d{{1,3}})?){_SP}/{_SP_AFTER_MARK}(?P<year>(?:19|20)\d\d){_SP}/{_SP_AFTER_MARK}"
    rf"(?:(?P<qh>(?:QH|UBTVQH)\d{{1,3}})|(?P<type>{_CODE}){_SP}-{_SP_AFTER_MARK}(?P<issuer>{_CODE}(?:-{_CODE}){{0,3}}))(?![\w/%])"
)

# Administrative numbering (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục III):
# "<n>/<TYPE>-<ISSUER>[-<unit>]" ("7451/KH-UBND", "1183/QĐ-TTg",
# "137/TTr-SLĐTBXH"); a công văn has no type: "<n>/<ISSUER>-<unit>"
# ("123/UBND-VX", "1205/HC-QLHC"). The serial may be blank in a draft
# ("Số: /KH-UBND"), handled by HEADER_NUMBER. Enterprises number some letters
# by day and month, "30.6/GĐN-ĐQ&V": the dotted serial is whole, never its "6".
ADMIN_NUMBER = _regex(
    rf"(?<![\w/\-%])(?<![0-9A-Z]:)(?<!\d\.)(?P<serial>\d{{1,6}}(?:\.\d{{1,3}})?){_SP}/{_SP_AFTER_MARK}(?P<type>{_CODE}){_SP}-{_SP_AFTER_MARK}(?P<issuer>{_CODE}(?:{_SP}-{_SP_AFTER_MARK}{_CODE}){{0,3}})(?![\w/%])"
)

# A công văn numbered with its issuer's code alone, no type code and no unit:
# "245/LĐTBXH", "112/UBND", "87/PGDĐT" (Nghị định 30/2020, Phụ lục III: the
# unit drafting it may be left out). Read so only where "Số:" heads it.
LETTER_NUMBER = _regex(r"(?P<serial>\d{1,6})/(?P<issuer>\p{Lu}[\p{L}\d&]{1,15})")

# ---------------------------------------------------------------------------
# === header (segment stage) ===
# ---------------------------------------------------------------------------

# The national motto (Nghị định 30/2020, Phụ lục I): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM" — "HÒA"/"HOÀ" (old and new tone placement) and PDF glyph slips
# ("HÕA") all occur, so the second word is any short word.
MOTTO = _regex(r"CỘNG\s+H\w{1,3}\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA(?:\s+VIỆT(?:\s+NAM)?)?", regex.I)
MOTTO_PARTIAL = _std(r"^(?:CỘNG\s+H\w{1,3}\s+XÃ\s+HỘI|CHỦ\s+NGHĨA\s+VIỆT\s+NAM)$", regex.I)
# Its second line, "Độc lập - Tự do - Hạnh phúc", with any dash.
MOTTO_LINE2 = _regex(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", regex.I)
# A Party document carries "ĐẢNG CỘNG SẢN VIỆT NAM" where a state one has the motto.
PARTY_MOTTO = _regex(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", regex.I)
# A mass organisation's document carries the organisation's national name
# there, in capitals: "BCH ĐOÀN TỈNH GIA LAI" | "ĐOÀN TNCS HỒ CHÍ MINH", "BAN
# THƯỜNG VỤ HỘI NÔNG DÂN TỈNH" | "HỘI NÔNG DÂN VIỆT NAM" (the right column,
# after the issuer when the columns are flattened onto one line). ``own`` is
# the word by which the issuer's own name shows it is that organisation's.
# After a committee's word it is the committee's own name, no banner: "BCH
# ĐOÀN TNCS HỒ CHÍ MINH" / "TỈNH QUẢNG TRỊ" is the Union's provincial
# committee (Điều lệ Đoàn; its letterhead as the Union's rules on records
# print it).
ORGANISATION_BANNER = _regex(
    r"(?:^|(?<=\s))(?<!\b(?:BCH|BTV|CHẤP\s+HÀNH|THƯỜNG\s+VỤ)\s+)(?:(?P<own>ĐOÀN)\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH"
    r"|HỘI\s+(?P<own>NÔNG\s+DÂN|LIÊN\s+HIỆP\s+PHỤ\s+NỮ|CỰU\s+CHIẾN\s+BINH)\s+VIỆT\s+NAM"
    r"|TỔNG\s+(?P<own>LIÊN\s+ĐOÀN)\s+LAO\s+ĐỘNG\s+VIỆT\s+NAM)\s*$"
)
# A committee named by its place alone under the organisation's banner,
# "ĐOÀN TNCS HỒ CHÍ MINH" / "BCH TỈNH QUẢNG TRỊ" (the Union's rules print its
# committees so): the organisation's committee of that place. ``kind`` is the
# committee's word, the organisation's name goes after it.
COMMITTEE_OF_PLACE = _regex(
    r"^(?P<kind>BCH|BTV|BAN\s+CHẤP\s+HÀNH|BAN\s+THƯỜNG\s+VỤ)\s+(?=(?:TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s)"
)

# The number line: "Số: 7451/KH-UBND", "Số: 196 /QĐ-UBND", "Số 28-CT/TW", a
# draft's blank "Số: /KH-UBND" or "Số: ......./SCT-CN", "Luật số: 69/2025/QH15".
# The body is a bounded run of code characters, spaces and the marks / and -.
HEADER_NUMBER = _regex(
    # at a line's start "Số" may stand alone ("Số 28-CT/TW"); inside a
    # flattened cell it needs its colon, so a title's "… SỐ 1183/QĐ-TTG" is not it
    r"(?:(?:^|(?<=\|))\s*(?:Số|SỐ)\s*[:.]?|(?<=\s)(?:Số|SỐ)\s*:|^(?:Luật|LUẬT|Nghị\s+quyết|NGHỊ\s+QUYẾT|Pháp\s+lệnh|PHÁP\s+LỆNH|Lệnh|LỆNH)\s+(?:số|SỐ)\s*[:.]?)"
    r"\s*"
    r"(?P<body>[\d.…_ ]{0,30}[/\-][\p{L}\d&]{1,16}(?:\s?[/\-]\s?[\p{L}\d&]{1,16}){0,4})"
)

# The day minutes record, opening their text: "Hôm nay, ngày 14 tháng 11 năm
# 2025, tại …", "Vào hồi 9 giờ 00 phút, ngày 14/11/2025", "Hồi 14h00 ngày …".
MEETING_DATE = _std(
    r"^(?:(?i:hôm\s+nay)|(?i:vào\s+(?:hồi|lúc)|hồi|lúc)\s+[^,;.]{1,30}?)\s*,?\s*(?P<date>(?i:ngày)\s+"
    r"(?:(?P<day>\d{1,2})\s+(?i:tháng)\s+(?P<month>\d{1,2})\s+(?i:năm)\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>(?:19|20)\d\d)))"
)
# Or under a label, a record's event clause: "Bắt đầu: 8h15’ ngày 15 tháng 3
# năm 2026", "III. Thời gian: 14 giờ 00, ngày 15/3/2026", "Thời gian nghiệm
# thu: từ 8h00 ngày …" (the hour before the day at most).
RECORD_EVENT_DATE = _regex(
    r"^(?:[IVX]{1,4}\.\s*|\d{1,2}\.\s*)?(?:(?i:bắt\s+đầu)|(?i:thời\s+gian)(?:\s+\p{Ll}+){0,3})\s*:\s*(?:[^,;.:\n]{1,20}?)??\s*,?\s*(?P<date>(?i:ngày)\s+"
    r"(?:(?P<day>\d{1,2})\s+(?i:tháng)\s+(?P<month>\d{1,2})\s+(?i:năm)\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>(?:19|20)\d\d)))"
)

# Place and date (Nghị định 30/2020, Điều 8): "Bình Dương, ngày 27 tháng 12 năm
# 2024". A draft leaves the day (and sometimes the month) blank: "ngày tháng 5
# năm 2024", "ngày ..... tháng ... năm 2026". The place is the capitalised run
# just before the comma; a ward named after two places since 2025 joins them
# with a spaced dash ("Xuân Hương - Đà Lạt, ngày …").
PLACE_DATE = _regex(
    r"(?:(?P<place>\p{Lu}[\p{L}.\-]*(?:\s(?:[-–]\s)?[\p{L}\d][\p{L}\d.\-]*){0,5})\s*,\s*)?"
    r"(?i:ngày)[\s.…_]{0,40}(?P<day>\d{1,2})?[\s.…_]{0,40}(?i:tháng)[\s.…_]{0,40}(?P<month>\d{1,2})?"
    r"[\s.…_]{0,40}(?i:năm)\s{0,5}(?P<year>(?:19|20)\d\d)"
)

# A header line cut right after "ngày"/"tháng" (a narrow date cell wraps).
DATE_WORD_END = _regex(r"(?i:ngày|tháng|năm)[\s.…_]*$", END)

# A text's urgency (độ khẩn, Nghị định 30/2020/NĐ-CP, Điều 15 and Phụ lục I):
# "HỎA TỐC" (also "HOẢ TỐC", and "HỎA TỐC HẸN GIỜ"), "THƯỢNG KHẨN", "KHẨN",
# stamped in the header block, on a line of its own or in a column beside the
# issuer or the number: the end of a header line, never part of a name.
URGENCY_MARK = _std(r"(?:^|(?<=\s))(?P<mark>H(?:ỎA|OẢ) TỐC(?: HẸN GIỜ)?|THƯỢNG KHẨN|KHẨN)$", re.I)

# A draft's stamp over or beside its header (the unit drafting it marks it so
# until it is signed): "DỰ THẢO", "DỰ THẢO (lần 2)", "Dự thảo lần 3", "BẢN DỰ
# THẢO", "DỰ THẢO 2", "(Dự thảo)". A line of its own, or (in capitals) the end
# of a header line whose other column is the issuer: never a body's name.
DRAFT_MARK = _std(
    r"(?:^|(?<=\s))[(\[]?(?P<mark>(?:BẢN\s+|Bản\s+)?(?:DỰ|Dự)\s+(?:THẢO|thảo))"
    r"(?:\s*(?:\((?:[^()]{1,40})\)|(?i:lần)\s*(?:(?i:thứ)\s*)?\d{1,2}|\d{1,2}))?[)\]]?$"
)

# A công văn states its subject as "V/v ..." ("về việc") under the number,
# also typed "V/V", "V/ v" or, opening its line, "v/v".
SUBJECT_VV = _regex(r"(?:(?:^|(?<=[\s|]))V|^\s*v)[^\S\n]?/[^\S\n]?[vV]\s*[:.]?\s*(?P<subject>.+)$")
# ... or, in a submission slip or a form under its type word, a labelled
# field naming it, a tab or spaces maybe before the colon: "Vấn đề trình\t:
# Cấp Giấy phép …" (Phiếu trình), "Trích yếu: …", "V/v: …", "Nội dung trình: …".
SUBJECT_FIELD = _regex(
    r"^\s*(?:(?i:vấn\s+đề\s+trình|nội\s+dung\s+trình|trích\s+yếu(?:\s+nội\s+dung)?)|V/v|V/V)[ \t]*:[ \t]*(?P<subject>\S.*)$"
)
# ... or spelled out, "Về việc …" opening a line under the number of a letter
# with no type line (a titled text's "Về việc …" is its title, kept whole).
SUBJECT_VE_VIEC = _regex(r"^\s*Về\s+việc\s*:?\s+(?P<subject>\S.*)$")

# A title amending a text attached to another, in capitals, whose "BAN HÀNH
# KÈM THEO THÔNG TƯ SỐ …" line is the title's, no attached text's clause:
# "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ …".
ATTACHED_TITLE_WRAP = _std(r"^(?i:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|đính\s+chính|hướng\s+dẫn|quy\s+định)\b")
# The clause under an attached document's title: "(Ban hành kèm theo Quyết
# định số 196/QĐ-UBND ngày 22 tháng 4 năm 2021 của ...)", also "(Kèm theo ...)",
# "BAN HÀNH KÈM THEO …". A caption opens its line with its parenthesis or a
# capital: "… Quy định quản lý …" / "ban hành kèm theo Quyết định số 25 …" in
# lower case is a sentence (or a title) wrapped there, as hard-wrapped texts
# break an amending article's first sentence.
ATTACHED_CLAUSE = _std(
    r"^(?:\(\s*(?i:ban\s+hành\s+)?(?i:kèm)|(?:Ban|BAN)\s+(?i:hành\s+kèm)|Kèm|KÈM)\s+(?i:theo)\b"
)

# Signing authority (Nghị định 30/2020, Điều 13): "TM." (thay mặt, on behalf of
# a collective body), "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy
# quyền), "Q." (quyền). Each is followed by a title in capitals. Party
# documents write "T/M" (Hướng dẫn 36-HD/VPTW), with or without the dot:
# "T/M BAN THƯỜNG VỤ".
AUTHORITY = _regex(
    # (Party texts write the marks with a slash: "T/M", "K/T", "T/L")
    # (a body's name may hold a dash: "KT. BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH
    # VÀ XÃ HỘI", a joint text's signature)
    r"(?P<auth>(?:(?:TM|KT|TL|TUQ|Q)\s?\.|(?:T/M|K/T|T/L|T/UQ)\s?\.?)\s?\p{Lu}(?:[\p{Lu}\s,]|[-–](?=\s\p{Lu})){1,60}?)"
    r"(?=\s+(?:(?:TM|KT|TL|TUQ|Q)\s?\.|T/M|K/T|T/L|T/UQ)|\s*$|\s+\p{Lu}\p{Ll})"
)

# A signer's name: two to five capitalised words, nothing else on the line
# ("Nguyễn Lộc Hà", "Võ Thuỳ Dương"); an Ê Đê or Jrai syllable may hold an
# apostrophe ("H' Yim Kđoh", "H'Hen Niê", "K'Nam"). A K'Ho or Mạ name may be
# one word, a gender or clan prefix glued by the apostrophe to the given name
# ("K'Brơi", "Ka'Nhi"): one word is a name only with that apostrophe.
PERSON_NAME = _regex(
    r"^\p{Lu}\p{Ll}{0,7}(?:['’]\p{Lu}?\p{Ll}{0,7})?(?:\s+\p{Lu}\p{Ll}{0,7}(?:['’]\p{Lu}?\p{Ll}{0,7})?){1,4}$"
    r"|^\p{Lu}\p{Ll}{0,2}['’]\p{Lu}\p{Ll}{1,7}$"
)

# A place right after a body's name: " thành phố Hà Nội", " tỉnh Lào Cai".
PLACE_AFTER_NAME = _regex(r"\s+(?i:tỉnh|thành\s+phố|tp\.?)\s+\p{Lu}")
# A labelled field under a certificate's or a slip's type word, no title's
# line: "Mã số dự án: 4275604886", "Chứng nhận lần đầu: ngày 30 tháng 6 năm
# 2026" (a short label in lower case, its colon, a value).
LABELLED_FIELD = _regex(r"^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,5}\s*:\s*\S")
# A few stray marks a PDF's text leaves glued to a line's end: "PHÓ THỦ
# TƯỚNGy]" (lower-case letters or brackets after a word in capitals).
STRAY_TAIL = _std(r"[a-zđ\[\]{}()|]{1,3}\s*$")
# Position titles that sit under the authority line: a head's or deputy's
# title (data/signer_titles.json: "GIÁM ĐỐC", "HIỆU TRƯỞNG", "TRƯỞNG TRẠM",
# "PHÓ TRƯỞNG KHOA"), the unit it heads maybe after it.
def signer_titles() -> list[str]:
    from .tables import load

    return sorted(load("signer_titles.json")["titles"], key=len, reverse=True)


def _position() -> str:
    titles = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in signer_titles())
    return (
        rf"^(?:PHÓ\s+)?(?:{titles})\b"
        # (the unit after the title may hold a spaced dash, and run long: "VỤ
        # TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC", "CHÁNH VĂN PHÒNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        r"(?:[\p{Lu}\s]|[-–](?=\s)){0,80}$"
    )


POSITION = _regex(_position)
# The role a record's signature block opens with, before the post: "THÀNH
# VIÊN", "ĐẠI DIỆN", "THƯ KÝ", "CHỦ TRÌ" (a member's, a party's).
RECORD_SIGNER_ROLE = _regex(r"\b(?:THÀNH\s+VIÊN|ĐẠI\s+DIỆN|THƯ\s+KÝ|CHỦ\s+TRÌ|NGƯỜI\s+GHI\s+BIÊN\s+BẢN)\b")
# A Party body whose name ends in a title's words ("T/M BAN BÍ THƯ", "T/M BAN
# THƯỜNG VỤ", "T/M BỘ CHÍNH TRỊ"): the name is whole, a title only after it.
PARTY_BODY_WITH_TITLE_WORDS = _regex(r"^(?:BAN\s+BÍ\s+THƯ|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|BỘ\s+CHÍNH\s+TRỊ)\b")

# "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" on one line: the deputy's own title after the authority.
DEPUTY_TITLE = _regex(r"\s(PHÓ\s.+)$")
# A police or army signer's rank before the name ("Đại tướng Lương Tam Quang",
# "Thiếu tá Nguyễn Văn A"): not part of the name.
MILITARY_RANK = _regex(r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=\p{Lu})")
# A signer's name at the end of a line of capitals ("… PHÓ GIÁM ĐỐC Hoàng Văn
# Thuân"): two to five capitalised words.
TRAILING_PERSON_NAME = _regex(r"(\p{Lu}\p{Ll}{0,7}(?:\s+\p{Lu}\p{Ll}{0,7}){1,4})\s*$")
# Or between capitals, as a signature block flattened into one table cell
# gives it ("TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân PHÓ GIÁM ĐỐC SỞ
# CÔNG THƯƠNG": the post the signer holds follows the name).
INNER_PERSON_NAME = _regex(r"(?:^|\s)(\p{Lu}\p{Ll}{0,7}(?:\s+\p{Lu}\p{Ll}{0,7}){1,4})\s+(?=[^\p{Ll}]+$)")
# Recipients listed on the "Nơi nhận:" line itself, separated by dashes.
# Recipients run on on one dash line: "- Như trên; - UBND tỉnh (b/c);" (a
# dash inside a name, "Cục Cảnh sát - Bộ Công an", has no ";" before it);
RECIPIENTS_ON_ONE_LINE = _regex(r";\s*[-–+•]\s*")
# And ";" alone, as the dash does: "- Cổng TTĐT Chính phủ; Cổng TTĐT Bộ Công
# Thương;", "- Đ/c GĐ; PGĐ 2;" (not inside brackets, "Lưu: VT, CN (đ/c A; đ/c
# B)"; a class's members after a colon stay its: "Các phòng: Đất đai; Khoáng sản").
# A piece is a run of anything but ";", a bracket (with one bracket inside
# it, "(đ/c A (PGĐ); đ/c B)") holding its ";": found left to right, each
# character read once (a lookahead for the closing bracket at every ";" read
# the rest of the line again).
RECIPIENT_PIECE = _regex(r"(?:\((?:[^()]|\([^()]*+\))*+\)|[^;])++")
# ... and a piece that is only a bracketed note on the one before it ("-
# Thường trực Tỉnh ủy; (b/c)", "(để b/c)", "(t/h)", "(để biết)") is no recipient.
RECIPIENT_NOTE = _std(r"\s*\([^()]*\)[\s.]*$")
RECIPIENT_DASHES = _regex(r"\s+-\s+|^-\s*")
# A number cell that runs on into the subject line ("Số: 12/UBND-VX V/v …").
SUBJECT_RUN_ON = _regex(r"\s+V[^\S\n]?/[^\S\n]?[vV]")

# The enacting authority named under a decision's title (Nghị định 30/2020,
# Phụ lục I): "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …", "THỦ TƯỚNG
# CHÍNH PHỦ", "GIÁM ĐỐC SỞ …".
ENACTING_AUTHORITY = _regex(
    r"^(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|THỐNG\s+ĐỐC|TỔNG\s+CỤC\s+TRƯỞNG)\b"
)

# "Nơi nhận:" opens the recipients list (one recipient per dash line).
RECIPIENTS = _std(r"^(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?\s*(?P<rest>.*)$")
# "Kính gửi:" opens a letter's addressees (Nghị định 30/2020, Phụ lục I: the
# công văn's "Kính gửi"): on the line itself, or one per dash line under it.
# (a Công điện names its addressees after its sender and "điện:": "THỦ TƯỚNG
# CHÍNH PHỦ điện:" / "- Chủ tịch Ủy ban nhân dân các tỉnh …")
ADDRESSEE = _std(
    rf"^(?:(?:Kính\s+gửi|KÍNH\s+GỬI)\s*:?|[{UPPER}][{UPPER}\s]{{2,80}}\s(?:điện|ĐIỆN)\s*:)\s*(?P<rest>.*)$"
)
# Addressees on the "Kính gửi:" line itself are separated by semicolons (a dash
# alone would cut "Sở Lao động - Thương binh và Xã hội").
ADDRESSEE_SPLIT = _std(r"\s*;\s*(?:[-–+•]\s*)?")
# What follows an addressee's name in brackets is no part of it: its address
# or the short name it is given ("Công ty TNHH X (địa chỉ: Số 8 Trần Phú, …)",
# "(sau đây gọi là Công ty)"); the name ends there, and whatever the line ran on with.
ADDRESSEE_NAME_END = _std(r"\s*\((?i:địa\s+chỉ|đ/c|trụ\s+sở|sau\s+đây|gọi\s+tắt)\b")
# Either of the two lines a footer starts with (one test per line).
FOOTER_OPENER = _union(RECIPIENTS, AUTHORITY)
# The letters those two lines open with ("Nơi nhận", "TM.", "T/M.", "KT.",
# "TL.", "TUQ.", "Q."): a cheap test before the pattern, on every line.
FOOTER_INITIALS = frozenset("NTKQ")

# A council resolution's adoption clause, unnumbered after its last article:
# "Nghị quyết này đã được Hội đồng nhân dân tỉnh … khóa XIX, Kỳ họp thứ mười
# một thông qua ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./."
# It ends the operative articles and belongs to no item (tried on a line
# opening "Nghị quyết này").
COUNCIL_ADOPTION = _std(
    r"Nghị\s+quyết\s+này\s+(?:đã\s+)?được\s+Hội\s+đồng\s+nhân\s+dân\b[^\n]{0,200}?\bthông\s+qua\b"
)
# The closing sentence of a plan: "Trên đây là Kế hoạch ...".
CLOSING = _std(r"^Trên\s+đây\s+là\b")
# The marks a quoted wording opens with, and the end of its last line: the
# closing mark, maybe with the sentence's stop after it ("… quy định.”",
# "….”;", "…”./.").
OPENING_QUOTES = ("“", '"', "„")
# An amending clause announcing the new wording it quotes on the next line:
# "1. Sửa đổi khoản 1 Mục II như sau:", "b) Bổ sung khoản 6 vào Mục V như
# sau:", "Điều 1. Sửa đổi, bổ sung Điều 5 như sau:", "Thay thế Phụ lục I như
# sau:" (the clause opens with its verb, after its label). Not a passive
# mention ("Khoản 1 Điều 10 … được sửa đổi, bổ sung tại … như sau:"), nor a
# text quoting a provision ("Khoản 1 Điều 4 Luật … quy định:").
AMENDING_CLAUSE = _regex(
    r"^(?:(?:(?:Điều|ĐIỀU)\s+\d+\w?|\d+(?:\.\d+)*|\p{Ll})\s*[.):]\s*)?"
    r"(?P<verb>(?i:sửa\s+đổi|bổ\s+sung|thay\s+thế))(?:\s*,\s*(?i:bổ\s+sung|sửa\s+đổi))?\s+"
    r"(?P<part>[^\n]{1,200}?)\s+(?i:như\s+sau)\s*:\s*$"
)
# The kind of a document an amending text names first ("… của Kế hoạch …
# ban hành kèm theo Quyết định số 845/QĐ-UBND", "… của Luật Địa chất và
# khoáng sản"): a plan's kinds are read as a plan's content; a decision or
# resolution names the plan it issues further on ("Quyết định số 845/QĐ-UBND
# ban hành Kế hoạch …").
AMENDED_KIND = _regex(
    r"(?<!\p{L})(?P<kind>Kế\s+hoạch|Chương\s+trình|Đề\s+án|Phương\s+án|Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định"
    r"|Thông\s+tư|Quy\s+chuẩn|Tiêu\s+chuẩn|Quy\s+chế|Quy\s+định|Điều\s+lệ|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)(?!\p{L})"
)
# A provision moving the date a task of a plan is due by (the decision
# extending it: "1. Nhiệm vụ xây dựng kế hoạch của Ủy ban nhân dân các xã,
# phường tại khoản 5 Mục III: gia hạn thời gian hoàn thành đến ngày
# 31/3/2026.", "Gia hạn thời hạn hoàn thành nhiệm vụ tại điểm a khoản 2 Mục
# II Kế hoạch số … đến hết ngày 30 tháng 6 năm 2026", "… : điều chỉnh / kéo
# dài / lùi thời hạn … đến ngày …"): the verb opens the provision, after its
# label, or follows the task it names and a colon (not a passive, "… đã được
# gia hạn đến ngày …", what another text did). Tried on a line holding one of
# EXTENSION_WORDS (lowered).
EXTENSION = _regex(
    r"^(?:(?:(?:Điều|ĐIỀU)\s+\d+\w?|\d+(?:\.\d+)*|\p{Ll}|[-–+•])\s*[.):]?\s+)?"
    r"(?:(?P<head>[^\n]{1,400}?)\s*:\s*)?"
    r"(?P<verb>(?i:gia\s+hạn(?:\s+thời\s+(?:gian|hạn))?|(?:điều\s+chỉnh|kéo\s+dài|lùi)\s+thời\s+(?:gian|hạn)))"
    r"(?P<gap>[^\n;]{0,300}?)\s"
    r"(?P<date>(?i:đến|tới)\s+(?:(?i:hết)\s+)?(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:[/.-]|\s+(?i:tháng)\s+)(?P<m>\d{1,2})"
    r"\s*(?:[/.-]|\s+(?i:năm)\s+)(?P<y>(?:19|20)\d\d))(?!\d)"
)
EXTENSION_WORDS = ("gia hạn", "thời gian", "thời hạn")
# The part of the plan a provision names ("điểm a khoản 2 Mục II", "khoản 5
# Mục III", "khoản 7 vào Mục III", "Điều 3"): its last part's word closes it.
PLAN_PART = _regex(
    r"(?<!\p{L})(?:(?i:điểm)\s+\p{Ll}\s+)?(?:(?i:tiết|khoản|điểm)\s+[\dđ]+(?:\.\d+)*\s+)?"
    r"(?:(?i:mục|phần|chương)\s+[IVXLC]+\b|(?i:điều|khoản|mục)\s+\d+\b)"
)
# The body a provision names as doing the task it moves: "… do Công an tỉnh
# chủ trì", "… của Ủy ban nhân dân các xã, phường tại …" (a document's "của
# Kế hoạch …" is none: the name is checked as a body's).
EXTENDED_BODY = _regex(
    r"(?<!\p{L})(?:do|của|giao)\s+(?P<body>\p{Lu}[^:;()\n]{2,90}?)(?=\s+(?:chủ\s+trì|thực\s+hiện|tại|theo)\b|\s*[:;(]|\s*$)"
)
# A correction's pair of wordings ("Nghị định 30/2020, Điều 10: đính chính"):
# "… đã ghi: “trước ngày 31/4/2026”, nay đính chính là: “trước ngày
# 30/4/2026”", "viết nhầm là: "…", sửa lại là: "…"": ``old`` the wrong words
# (no task, date or target of anyone), ``new`` the corrected text's new
# wording. Tried on a line holding "ghi" or "nhầm".
CORRECTED_WORDING = _regex(
    r"(?i:đã\s+ghi(?:\s+là)?|(?:viết|ghi|in)\s+nhầm(?:\s+là)?)\s*:?\s*[\"“](?P<old>[^\"”\n]{0,600})[\"”]"
    r"[\s,;.]*(?:(?i:nay|và|được)\s+)?(?i:đính\s+chính|sửa|ghi|chỉnh\s+sửa)(?:\s+(?i:lại))?\s*(?:(?i:là|thành)\s*)?:?\s*"
    r"[\"“](?P<new>[^\"”\n]{0,600})[\"”]"
)
CLOSING_QUOTE_END = _std(r"[”\"]\s*[.;,]?\s*(?:\./\.)?\s*$")
# Paragraphs after a text's last item that speak of the whole text, not of
# that item: "Công văn này thay thế …", "Kế hoạch này …", "Trong quá trình
# thực hiện, nếu có khó khăn …", "Yêu cầu các cơ quan, đơn vị … thực hiện./.",
# "Đề nghị Thủ trưởng các sở, ngành …", and the letter's closing courtesies,
# its contact for questions ("Thông tin chi tiết xin liên hệ …"), and the
# rule and notes of its footnotes ("______" / "[1] …").
CLOSING_PARAGRAPH = _regex(
    r"^(?:(?:Công\s+văn|Văn\s+bản|Kế\s+hoạch|Chỉ\s+thị|Thông\s+báo|Quyết\s+định|Chương\s+trình|Nghị\s+quyết)\s+này\s"
    r"|Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)"
    r"|(?:Yêu\s+cầu|Đề\s+nghị)\s+(?:Thủ\s+trưởng\s+)?các\s+(?:cơ\s+quan|đơn\s+vị|sở|ngành|địa\s+phương|phòng|doanh\s+nghiệp|tổ\s+chức)"
    r"|(?:Thông\s+tin\s+chi\s+tiết|Mọi\s+(?:thông\s+tin|chi\s+tiết|vướng\s+mắc))[^.]{0,30}\bliên\s+hệ"
    r"|(?:Đầu\s+mối|Cán\s+bộ)\s+liên\s+hệ|(?:Xin\s+)?[Tt]rân\s+trọng(?:\s+cảm\s+ơn)?\s*[./]"
    r"|[^.\n]{0,40}\s(?i:trân\s+trọng\s+cảm\s+ơn)"
    r"|[_\-–]{5,}\s*$|\[\d{1,3}\]\s"
    # a body given the follow-up of the whole text: "Giao Văn phòng Chính phủ
    # theo dõi, đôn đốc việc thực hiện Chỉ thị này"
    r"|Giao\s+(?=\p{Lu})"
    # the issuer's own closing word, asking or telling: "Sở Công Thương yêu
    # cầu Công ty … nghiêm túc thực hiện./.", "UBND xã thông báo để …"
    # (telling: "… thông báo để/cho/đến X …", not "… thông báo kết quả …", a task);
    # or its decision on the whole dossier the items found wanting, drawn from
    # them: "Do đó, Sở Công Thương dừng giải quyết thủ tục hành chính và trả
    # lại hồ sơ nêu trên." (a conclusion by "Do đó"/"Vì vậy" with the issuer named)
    r"|(?:(?:Do\s+đó|Vì\s+vậy|Vì\s+thế|Như\s+vậy)\s*,\s*)?"
    r"(?:Sở|Ủy\s+ban\s+nhân\s+dân|UBND|Bộ|Cục|Chi\s+cục|Ban|Văn\s+phòng)\s[^,.;:\n]{2,60}?\s"
    r"(?:yêu\s+cầu|đề\s+nghị|thông\s+báo\s+(?:để|cho|đến|tới)|(?:tạm\s+)?dừng\s+(?:giải\s+quyết|xem\s+xét|thẩm\s+định)|trả\s+lại)\s"
    # a conclusion drawn from the items: "Từ các nội dung nêu trên, …" (not a
    # "Do đó, …" that may go on with the item's own task)
    r"|(?:Từ|Căn\s+cứ)\s+(?:các\s+|những\s+)?(?:nội\s+dung|cơ\s+sở|ý\s+kiến)\s+(?:nêu\s+)?trên\b"
    # what is asked besides the items: "Ngoài (việc thực hiện) các nội dung trên, yêu cầu …"
    r"|Ngoài\s+(?:việc\s+(?:thực\s+hiện|triển\s+khai)\s+)?(?:các\s+|những\s+)?(?:nội\s+dung|nhiệm\s+vụ)\s+(?:nêu\s+)?trên\b"
    # the step after all the items are done: "Sau khi hoàn thiện đầy đủ các
    # nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ …" (not the last item's)
    r"|Sau\s+khi\s+[^,.;:\n]{0,40}?(?:nội\s+dung|yêu\s+cầu|thiếu\s+sót|tồn\s+tại)\s+(?:nêu\s+|nói\s+)?trên\b)"
)
# The mark that closes a document's text (Nghị định 30/2020, Phụ lục I): "./.".
END_MARK = _std(r"\.?\s?/\.\s*$")

# Where a part of a body's field starts, in a lower-cased name: its first
# letter, and the first after "và", "-", "," ("kế hoạch và đầu tư", "lao động -
# thương binh và xã hội", "văn hóa, thể thao và du lịch"). Nghị định
# 30/2020/NĐ-CP, Phụ lục II, capitalises each.
FIELD_PART_START = _regex(r"^\p{Ll}|(?<=\s(?:và|-|–)\s|,\s)\p{Ll}")

# A consolidated text (văn bản hợp nhất; Pháp lệnh Hợp nhất văn bản quy phạm
# pháp luật 2012) ends with its own identity, the authentication block: the
# consolidating body, "Số: 28/VBHN-VPQH", this line, place and date, signer.
CONSOLIDATION_MARK = _std(r"^XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT\s*$", re.I)
# Under its title, the note on the text consolidated opens with that text's
# type, name, number and date ("Luật Bảo hiểm y tế số 25/2008/QH12 ngày …",
# "Thông tư 38/2015/TT-BLĐTBXH ngày …"), then "có hiệu lực kể từ …, được
# sửa đổi, bổ sung bởi:". The title ends there.
CONSOLIDATED_NOTE = _regex(
    r"^\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,12}?\s+(?:số\s+)?\d{1,5}/\d{4}/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*\s+ngày\b"
)
# The list of amending acts in that note, after the text consolidated:
# "…, có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi:" / "1. Thông tư
# số A …;" / "2. Thông tư số B …" (Pháp lệnh Hợp nhất văn bản quy phạm pháp
# luật 2012, Điều 6: each amending act, in order, ";" between them); one act
# is named without the colon, "…, được sửa đổi, bổ sung bởi Thông tư số A
# ngày …".
CONSOLIDATED_BY = _std(
    r"(?i:được\s+sửa\s+đổi(?:\s*,\s*bổ\s+sung)?(?:\s*,\s*bãi\s+bỏ)?(?:\s*,\s*thay\s+thế)?\s+bởi)\s*:?"
)
# Where that note ends: its consolidated text's preamble or first article, at
# a line's start (the blanks before it on that line only: a run of blank lines
# is not searched again from each of its line breaks).
CONSOLIDATED_NOTE_END = _std(r"\n[^\S\n]*(?:Căn\s+cứ|CĂN\s+CỨ|Điều\s+1\b|Chương\s+I\b|Phần\s+I\b)")

# Lines that open the preamble after the title; an event's date opens a
# sentence with a comma ("Ngày 20/02/2026, Ban Thường vụ … họp …").
PREAMBLE_START = _std(
    r"^(?:Căn\s+cứ|CĂN\s+CỨ|Thực\s+hiện|Xét|Theo|Trên\s+cơ\s+sở|Kính\s+gửi|Nhằm|Để|Ngày\s+\d|Sau\s+khi|Hiện\s+nay|Qua)\b"
    r"|^Ngày\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,"
)

# A preamble's clause written as a bullet ("- Căn cứ Nghị quyết số …;", "- Thực
# hiện Kế hoạch số …,", "- Xét đề nghị …"): what the text rests on, not a task.
PREAMBLE_BULLET = _regex(
    r"^(?i:căn\s+cứ|thực\s+hiện|triển\s+khai|xét\s+đề\s+nghị|theo\s+đề\s+nghị|trên\s+cơ\s+sở)\b"
)

# The enacting formula closing a preamble, on its own line or at the end of the
# last bullet's: "BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:", "Ban Thường vụ Huyện
# ủy quyết định:", "QUYẾT ĐỊNH:". The bullets above it are the preamble's.
ENACTING_FORMULA_END = _regex(r"(?i:quyết\s+(?:nghị|định))\s*:\s*$")

# A title may open like a preamble, right under the type word: "KẾ HOẠCH" /
# "Thực hiện Chỉ thị số 28-CT/TW …", "Triển khai …" (told apart in code: a
# title has no closing mark).
TITLE_LIKE_PREAMBLE = _regex(r"^(?:Thực\s+hiện|Triển\s+khai|THỰC\s+HIỆN|TRIỂN\s+KHAI)\s")
# The enacting line of a decision: "QUYẾT ĐỊNH:" alone, or "QUYẾT NGHỊ:".
ENACTING = _regex(r"^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ|BAN\s+HÀNH|KẾT\s+LUẬN)\s*:\s*$")

# The enacting sentence of a normative text (Nghị định 30/2020, Phụ lục I):
# "Bộ trưởng Bộ Công Thương ban hành Thông tư quy định …", "Chính phủ ban hành
# Nghị định …". It names the text itself: no task, no reporting duty.
ENACTING_SENTENCE = _regex(
    r"^[^.;:\n]{0,120}?\bban\s+hành\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\b"
)

# An issuer named in the body of a headerless plan: "UBND phường Nguyễn Nghiêm
# xây dựng Kế hoạch", "UBND xây dựng Kế hoạch".
ISSUER_SENTENCE = _regex(
    r"(?P<organ>UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
    r"(?P<unit>\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?:\s+[\p{Lu}\d][\p{L}\d]*){1,5})?"
    r"\s+(?:xây\s+dựng|ban\s+hành)\s+(?:Kế\s+hoạch|kế\s+hoạch|Quyết\s+định|Chương\s+trình|Đề\s+án|Phương\s+án)"
)

# The enacting formula of a normative document, the line before its articles
# (the forms of Nghị định 34/2016/NĐ-CP): "Chính phủ ban hành Nghị định …",
# "Thủ tướng Chính phủ ban hành Quyết định …", "Bộ trưởng Bộ Khoa học và Công
# nghệ ban hành Thông tư …", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ban hành …",
# "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư …". It names the
# issuing organ (a minister enacts for the ministry) and the document's type.
ENACTING_FORMULA = _regex(
    r"^(?:(?P<organ>Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ)"
    r"|Bộ\s+trưởng(?:,\s*Chủ\s+nhiệm)?\s+(?P<ministry>(?:Bộ|Ủy\s+ban|Uỷ\s+ban)\s+\p{Lu}[\p{L}\s,\-–]{2,80}?)"
    r"|Thống\s+đốc\s+(?P<bank>Ngân\s+hàng\s+Nhà\s+nước\s+Việt\s+Nam))"
    r"\s+ban\s+hành\s+(?P<type>Nghị\s+định|Quyết\s+định|Thông\s+tư|Nghị\s+quyết)\b"
)

# A government portal's record of a document, kept when its header is lost in
# copying a page: "Số ký hiệu: 186/KH-UBND", "Ngày ban hành: 21/08/2025".
# The label may stand in a cell of its own instead of before a colon
# ("Số ký hiệu⇥245/LĐTBXH": a tab is a space by then).
PORTAL_NUMBER = _regex(r"(?i:số\s+ký\s+hiệu)\s*:?\s*(?P<num>\d[^\s,;|]*)")
PORTAL_DATE = _regex(r"(?i:ngày\s+ban\s+hành)\s*:?\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)")
# The rest of such a page above the document's own header: its breadcrumb
# ("Trang chủ / Văn bản / …", "Trang chủ » …") and the labels of its record
# ("Trích yếu", "Cơ quan ban hành", "Người ký", "Tệp đính kèm", "Lượt xem" …).
PORTAL_RESIDUE = _std(
    r"^(?:Trang\s+chủ\b|Số\s+ký\s+hiệu|Ngày\s+ban\s+hành|Ngày\s+(?:có\s+)?hiệu\s+lực|Loại\s+văn\s+bản"
    r"|Cơ\s+quan\s+ban\s+hành|Người\s+ký\b|Trích\s+yếu|Lĩnh\s+vực\b|Tệp\s+đính\s+kèm|Tải\s+về|Lượt\s+xem"
    r"|Nội\s+dung\s+văn\s+bản)",
    re.I,
)
# The fields of such a record that name what the header would (a record-only
# page has no header block): "Cơ quan ban hành: UBND phường Đông Hà", "Người
# ký: Hoàng Thị Minh Thu", "Trích yếu: Bảo đảm …", "Loại văn bản: Kế hoạch";
# the label may stand in a cell of its own ("Người ký⇥Nguyễn Văn A": a tab is
# a space by then, ``gap`` where the caller looks for it), never before a
# sentence's words ("Cơ quan ban hành văn bản chịu trách nhiệm …").
PORTAL_FIELD = _std(
    r"^(?P<label>Cơ\s+quan\s+ban\s+hành|Người\s+ký|Trích\s+yếu|Loại\s+văn\s+bản)"
    r"(?:[ \t]*:[ \t]*|(?P<gap>[ \t]+))(?P<value>\S(?:.*\S)?)\s*$",
    re.I,
)
# The blocks a portal's page prints after the document (its share bar, its
# "related documents" list, its copyright, address and visit counters):
# "Chia sẻ: Facebook | Zalo", "Văn bản liên quan", "Văn bản cùng lĩnh vực",
# "Bản quyền thuộc …", "Đang truy cập: 37", "Tổng lượt truy cập: …", "Lượt
# xem: 120", "Tải về". A list's heading stands alone on its line.
# PORTAL_PAGE_TRAILER: the lines only a page prints (a document's own appendix
# may have a "Văn bản liên quan" column or a "Tải về" cell, never these).
PORTAL_PAGE_TRAILER = _std(
    r"^(?:Chia\s+sẻ\s*:|CHIA\s+SẺ\s*:"
    r"|Bản\s+quyền\s+thuộc|BẢN\s+QUYỀN\s+THUỘC|Đang\s+truy\s+cập\s*:|(?:Tổng\s+)?[Ll]ượt\s+(?:truy\s+cập|xem)\s*:)"
)
PORTAL_TRAILER = _std(
    r"^(?:Chia\s+sẻ\s*:|CHIA\s+SẺ\s*:"
    r"|(?:Văn\s+bản|VĂN\s+BẢN)\s+(?:liên\s+quan|LIÊN\s+QUAN|cùng\s+lĩnh\s+vực|CÙNG\s+LĨNH\s+VỰC"
    r"|cùng\s+cơ\s+quan\s+ban\s+hành)[ \t]*(?::[ \t]*)?$"
    r"|Bản\s+quyền\s+thuộc|BẢN\s+QUYỀN\s+THUỘC|Đang\s+truy\s+cập\s*:|(?:Tổng\s+)?[Ll]ượt\s+(?:truy\s+cập|xem)\s*:"
    r"|Tải\s+về\s*$)"
)
# The title of the portal's site printed over its record ("CỔNG THÔNG TIN
# ĐIỆN TỬ PHƯỜNG ĐÔNG HÀ", "Trang thông tin điện tử …"): the site, not the
# body that issued the document.
PORTAL_SITE_TITLE = _std(r"^(?:Cổng|Trang|CỔNG|TRANG)\s+(?:thông\s+tin|THÔNG\s+TIN)\s+(?:điện\s+tử|ĐIỆN\s+TỬ)\b", re.I)
# Subordinate governments addressed by a plan: "UBND các huyện, thành phố",
# "Ủy ban nhân dân các xã, thị trấn": the plan's issuer is one level up.
SUBORDINATES = _regex(
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+các\s+(?P<units>(?:tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thành\s+phố)"
    r"(?:\s*,\s*(?:tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thành\s+phố)){0,4})"
)

# Section labels (numbering of a plan's body).
# Roman part: "I. MỤC ĐÍCH", "IV- TỔ CHỨC", "II) ...".
# Also "I/ MỤC ĐÍCH", a slash and a space before a capital (not "V/v").
# Not a code a wrapped line opens with, digits glued to the mark: "V.09.02.04
# đối với viên chức …" (a grade's code, "Mã số:" / "V.09.02.04"), no part V.
SECTION_ROMAN = _regex(r"^(?P<label>[IVXL]{1,6})(?:\s?[.\-–)](?!\d)\s*|/\s+(?=\p{Lu}))(?P<rest>.*)$")
# Arabic item, possibly multi-level: "1. Sở Y tế", "2) ...", "1.2. ...", and
# in the Party's style a hyphen before a capital: "1- Ban Tuyên giáo Tỉnh ủy
# …", "2.1- Đối với …" (not "10-15 người", a range), or a slash: "1/ Phòng …".
# Also before a goal's rate: "2- 100% người nghiện được cai nghiện …".
# (not an amount written with a thousands dot: "5.000 đoàn viên", "560.000")
# Up to three digits: four open a record's code ("1203. Tỷ lệ …",
# RECORD_CODE_HEADING) or a year ("2026. …") as well; an item numbered 1000
# and above is SECTION_ARABIC_LONG, read where it goes on with its list.
SECTION_ARABIC = _std(
    rf"^(?P<label>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})(?:\s?(?:\.(?!\d{{3}}(?!\d))|\))\s*"
    rf"|\s?[-–/]\s+(?=[{UPPER}]|\d{{1,3}}(?:[.,]\d{{1,2}})?\s?%))(?P<rest>.*)$"
)
# An arabic item numbered 1000 and above ("1000. Thủ tục …", "1001) …",
# "1002- Đối với …"): SECTION_ARABIC's grammar, one level, a label of four to
# six digits. Such a label is a record's code or a year too: the segmenter
# takes the line as an item only where it continues its list, the open item
# numbered one less (1000 after 999), else reads it as before.
SECTION_ARABIC_LONG = _std(
    rf"^(?P<label>[1-9]\d{{3,5}})(?:\s?(?:\.(?!\d{{3}}(?!\d))|\))\s*"
    rf"|\s?[-–/]\s+(?=[{UPPER}]|\d{{1,3}}(?:[.,]\d{{1,2}})?\s?%))(?P<rest>.*)$"
)
# Letter item: "a) ...", "đ) ...", "b. ...".
SECTION_LETTER = _std(r"^(?P<label>[a-zđ])\s?[).]\s+(?P<rest>.*)$")
# Dash or bullet item.
SECTION_DASH = _std(r"^[-–—•*]\s*(?P<rest>.*)$")
# Plus item.
SECTION_PLUS = _regex(r"^\+\s*(?P<rest>.*)$")
# Article of a decision or normative text: "Điều 1. ...", "Điều 12: ...",
# "Điều 5 Mức hỗ trợ", a form's "Điều 2 ……(3) có trách nhiệm …". Not a
# reference opening a line: "Điều 38 của Luật Cư trú số 68/2020/QH14 … quy
# định như sau:" (no stop, and no heading after it).
SECTION_ARTICLE = _std(
    rf"^(?:Điều|ĐIỀU)\s+(?P<label>\d{{1,3}}[a-z]?)(?:\s?[.:]\s*|\s+(?=[{UPPER}\d(“\"…_])|\s*$)(?P<rest>.*)$"
)
# Chapter or part: "Chương II", "Phần I. ...", "Mục 2. ...", and a report's
# parts by ordinal: "PHẦN THỨ NHẤT", "Phần thứ hai: …".
SECTION_PART = _regex(
    r"^(?P<word>Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+(?P<label>[IVXL]{1,6}|\d{1,3}"
    r"|(?i:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)))\b\s?[.:\-–]?\s*(?P<rest>.*)$"
)
# The ordinals those parts are counted by.
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# A part lettered in capitals above the roman parts: "A. KẾT QUẢ THỰC HIỆN",
# "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "A. Đặc điểm kinh tế - kỹ thuật …"
# (its heading opens with a capital; items are lettered in lower case).
LETTER_PART = _regex(r"^(?P<label>[A-HĐ])\s?[.)]\s+(?P<rest>\p{Lu}.*)$")
# A blank form's placeholders where a document has its figures: "…, ngày….
# tháng…. năm…..", "Quyết định số ... /20 … /QĐ-UBND" (dots or underscores
# for the year, or for the serial before its symbol's slash). A draft leaves
# its number and day blank with spaces, and writes its year.
FORM_PLACEHOLDER = _std(r"(?i:năm)\s*[.…_]{2,}|(?i:số)\s*[.…_]{2,}\s*/")
# A blank form's numbered placeholder, what its notes explain ("(3) Tên cơ
# quan …"): "…(3)…", "........(1).......", "…..(2)….., ngày….": a blank
# to fill, dots or underscores on one side of the bracketed number. Wording
# holding one is a form's, not the text's: it states no task, deadline or
# target (tried only on a line holding "(": see extract.assignments).
FORM_NUMBERED_BLANK = _std(r"(?:…|[._]{2})\s?\(\d{1,2}\)|\(\d{1,2}\)\s?(?:…|[._]{2})")
# (the marks beside its bracket, one of which every match holds: the gate
# that saves searching a text with none, as nearly every text has a "(")
FORM_NUMBERED_BLANK_MARKS = ("…(", "… (", "_(", "_ (", "..(", ".. (", ")…", ") …", ")_", ") _", ")..", ") ..")
# (each mark is its bracket and what stands beside it: before "(", after ")")
FORM_BLANK_BEFORE_OPEN = tuple(m[:-1] for m in FORM_NUMBERED_BLANK_MARKS if m.endswith("("))
FORM_BLANK_AFTER_CLOSE = tuple(m[1:] for m in FORM_NUMBERED_BLANK_MARKS if m.startswith(")"))
# Its bracketed number alone, which every placeholder holds: searched for
# first over a whole text ("(" opens it, a fast scan), the placeholder's
# alternation only where one stands.
FORM_NUMBER_MARK = _std(r"\(\d{1,2}\)")
# A blank form's item that is all placeholder, dots or underscores to fill
# (with a note's number), as its text or its heading: "2. ………………", "n.
# ………………", "a) ……(3)……", "m. ______": it stands for the items the user will
# write, no numbering of the form's own. (One class repeated, no nested
# repeats: a long run of dots before a word fails in linear time.)
FORM_BLANK_ITEM = _std(r"^(?=[^…_]*(?:…|_|\.\.))(?:[\s.,;:_…-]|\(\d{1,2}\))*$")
# A form's own label over its title: "Mẫu số 01", "Mẫu 02/BC", "MẪU BÁO CÁO …".
FORM_LABEL = _std(r"^(?:Mẫu|MẪU)(?:\s+(?:số|SỐ))?\s+\S")
# The title of an appendix that lays down forms, under its type word: "QUY
# ĐỊNH VỀ MẪU ĐƠN, TỜ KHAI …", "BIỂU MẪU BÁO CÁO", "CÁC MẪU VĂN BẢN" (a table of
# blank forms, "STT / Nội dung mẫu đơn / Mẫu số 01 …", no document of its own).
FORMS_TITLE = _std(r"(?:(?i:về)\s+)?(?:(?i:các)\s+)?(?i:mẫu|biểu\s+mẫu)\b")
# Where a text says an appendix of its own is a form to fill in: "… theo Mẫu
# tại Phụ lục I ban hành kèm theo Thông tư này", "theo mẫu quy định tại Phụ lục 02".
FORM_APPENDIX = _std(
    r"(?i:mẫu)\s+(?:(?i:số)\s+\S+\s+)?(?:(?i:quy\s+định)\s+)?(?i:tại)\s+(?i:phụ\s+lục)\s+(?:(?i:số)\s+)?(?P<label>[IVXLC]{1,6}|\d{1,3}[a-z]?)\b"
)
# An appendix (Nghị định 30/2020, Phụ lục I: "PHỤ LỤC I" above its title,
# "(Kèm theo …)" under it): "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục 01: DANH MỤC …".
# Written in lower case it needs its number, or to stand alone or before its
# title in capitals, and no sentence after it ("Phụ lục kèm theo Kế hoạch này
# …" is text).
APPENDIX_HEADING = _regex(
    r"^(?:PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?(?P<label>[IVXLC]{1,6}|\d{1,3}[a-z]?))?"
    r"|Phụ\s+lục\s+(?:số\s+)?(?P<label2>[IVXLC]{1,6}|\d{1,3}[a-z]?)(?=\s*(?:[.:\-–]|$|\s+\p{Lu}))"
    # alone, or before its title in capitals ("Phụ lục" / "NHIỆM VỤ TRỌNG TÂM …")
    r"|Phụ\s+lục(?=\s*$|\s+\p{Lu}{2,}\s+\p{Lu}{2,}))"
    r"\b\s?[.:\-–]?\s*(?P<rest>.*)$"
)
# A text pointing to an appendix of its own, which goes with it (Nghị định
# 30/2020, Điều 14: "Phụ lục … kèm theo <văn bản> này"): "chi tiết tại Phụ lục
# kèm theo.", "Phụ lục I, II ban hành kèm theo Kế hoạch này", "(Có phụ lục kèm
# theo)", "theo Phụ lục đính kèm". Not another text's: after "kèm theo" a type
# word without "này" names it ("Phụ lục 4 kèm theo Thông tư số 10/2022/TT-BKHĐT").
# A line opening an appendix, in any case, its title after a colon or on the
# line: "Phụ lục: DANH SÁCH CÁC ĐƠN VỊ …", "PHỤ LỤC II", "Phụ Lục 01. Biểu …"
# (not a sentence about one: "Phụ lục kèm theo Kế hoạch này quy định …").
APPENDIX_LINE = _std(
    r"(?i:phụ\s+lục)(?:\s+(?:(?i:số)\s+)?(?:[IVXLC]{1,6}|\d{1,3}[a-z]?))?\s*(?:[:.\-–]|$)"
)
_TYPE_WORD_FOR_APPENDIX = (
    r"(?:Kế\s+hoạch|Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Chương\s+trình"
    r"|Công\s+văn|văn\s+bản|Báo\s+cáo|Hướng\s+dẫn|Thông\s+báo|Tờ\s+trình|Đề\s+án|Luật|Quy\s+chế|Quy\s+định)"
)
OWN_APPENDIX_REF = _regex(
    r"(?i:phụ\s+lục)(?:\s+(?:(?i:số)\s+)?(?:[IVXLC]{1,6}|\d{1,3}[a-z]?)"
    r"(?:\s*(?:,|và|-|–)\s*(?:[IVXLC]{1,6}|\d{1,3}[a-z]?)){0,8})?"
    r"(?:\s+(?i:(?:được\s+)?ban\s+hành))?\s+(?i:kèm\s+theo|đính\s+kèm|gửi\s+kèm)"
    rf"(?:\s+(?i:{_TYPE_WORD_FOR_APPENDIX})\s+(?i:này)\b"
    rf"|(?!\s*(?i:{_TYPE_WORD_FOR_APPENDIX}|số\b))(?=\s*(?:[.,;:)\n]|$)))"
)
# A form in an appendix, "Mẫu" and its code, whatever the code ("Mẫu số 01",
# "Mẫu 01b. Mẫu giấy xác nhận …", "Mẫu AP02", "Mẫu BM-01", "Mẫu số 02/BC"),
# often printed right-aligned above the form: its items are numbered afresh.
FORM_HEADING = _std(
    r"^\s*(?:Mẫu|MẪU)\s+(?:số\s+|SỐ\s+)?"
    r"(?P<label>(?:[A-ZĐ]{1,4}[-.]?)?\d{1,3}[a-zđ]?(?:[/.\-]\w{1,10})?)\b\.?\s*(?P<rest>.*)$"
)
# An indicator, usually a dash item: "- Chỉ tiêu 3: Giảm tỷ suất ...".
SECTION_INDICATOR = _std(
    r"^(?:[-–+•]\s*)?(?:Chỉ\s+tiêu|CHỈ\s+TIÊU)\s+(?P<label>\d{1,3})\s?[:.\-–]\s*(?P<rest>.*)$"
)
# The lines that end the search for a document's type line: a roman heading,
# an article, or the preamble (one test per header line).
BODY_OPENER = _union(SECTION_ROMAN, SECTION_ARTICLE, PREAMBLE_START)
# A heading with its text after a colon: "Công an huyện: Xây dựng ..." (tried
# at one position: re takes half of regex's time on an item's text).
HEADING_COLON = _std(r"^(?P<head>[^:]{2,120}?)\s?:\s+(?P<text>\S.*)$")
# What goes before an item's colon that makes it no heading: a sentence that
# ends there ("1. Sở Y tế tổ chức hội nghị. Thời gian hoàn thành: …"), or a
# time field the item's own sentence goes on to ("…, thời gian hoàn thành:
# tháng 6/2026"): the colon is the field's, and the item one text. (Used with
# search, as a yes/no test: the stop's letter is looked behind, so that the
# search tries only where a stop is, not at every lower-case letter, 7x faster.)
HEADING_NOT_BEFORE_COLON = _regex(
    r"(?<=\p{Ll})\.\s+\p{Lu}|[,;.]\s*(?i:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,3}\s*$"
)


# ---------------------------------------------------------------------------
# === citations (extract/citations) ===
# ---------------------------------------------------------------------------

# A law cited by number with its name after "về", capitalised as a title:
# "Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu
# nổ và công cụ hỗ trợ" names the Luật Quản lý, sử dụng vũ khí, ….
LAW_NAME_SUBJECT = _regex(r"^về\s+(?P<name>\p{Lu}[^;()]{2,120}?)\s*[;,.]?\s*$")
# Where such a name stops: at what is said of the law ("…, sửa đổi bổ sung năm
# 2025", "…, có hiệu lực …", "… năm 2024").
LAW_NAME_TAIL = _regex(
    r",?\s+(?:(?:được\s+)?sửa\s+đổi|có\s+hiệu\s+lực|năm\s+(?:19|20)\d\d|ngày\s+\d)"
)

# Numbers of enterprises and units outside the standard forms: several code
# segments ("03/2026/VLN/CV-TA", "08/KDTCTN/GP-HC", "03/QĐ/PCNV-DN",
# "01.6/GĐN/KSYB") or one with no hyphen ("51/GĐN"); a serial may be dotted
# (day.month); a unit's code after the hyphen may be digits ("93/CT-05"). Only
# taken right after a type word ("Văn bản số …", "giấy phép số …"), where
# nothing else can follow.
# A serial's year may follow a dot ("06.2026/GPVC"), a unit's code a hyphen
# before the slash, outside the Party's forms ("07-TN/BBTN"); a serial's year
# may follow a hyphen ("28-2024/CTHĐQT-DA", a firm's board's letter).
GENERIC_NUMBER = _regex(
    r"(?<![\w/\-%])(?<![0-9A-Z]:)(?<!\d\.)\d{1,6}(?:\.\d{1,4})?(?:-(?:[\p{Lu}][\p{Lu}\d&]{0,9}|(?:19|20)\d\d))?(?:/(?:19|20)\d\d)?"
    r"(?:/[\p{Lu}][\p{L}\d&.]{0,15}){1,3}"
    r"(?:-[\p{Lu}\d][\p{L}\d&]{0,15}){0,3}(?<!\.)(?![\w/%\-])"
)
# A letter cited by its serial alone, then its date: "Văn bản số 35 ngày
# 11/3/2026 của Công ty …", "Đơn đề nghị số 02 ngày …" (a company's letter or
# request with no symbol); the serial may carry its year after a hyphen
# ("Giấy đề nghị số 03-2026 ngày …"). Only taken right after a type word and
# its "số", like GENERIC_NUMBER, and only with its date after it: a count of
# things ("số 35 hộ") is no document.
BARE_SERIAL = _regex(r"\bsố:?\s{1,3}(?P<serial>\d{1,5}(?:-(?:19|20)?\d\d)?)(?=,?\s+ngày\s+\d)")
# A central body's document cited by its type word, its bare serial and its
# issuer, as officials write it: "Chỉ thị 28 của Ban Bí thư", "Nghị quyết 57
# của Bộ Chính trị", "Chỉ thị 05 của Thủ tướng Chính phủ" (organs.json's
# serial_numbering: the body numbers them "28-CT/TW"). CENTRE_ISSUER is "của"
# and the body; "Trung ương" ends the Party's organ's name unless a
# capitalised name other than "Đảng" (or its term, "Khóa XIII") follows: that
# one names another body's central committee or secretariat, "Ban Chấp hành
# Trung ương Đoàn" (the Youth Union's), "… Trung ương Hội Nông dân Việt Nam",
# "Ban Bí thư Trung ương Đoàn", numbered by that body, not "…/TW".
# SERIAL_ENDING the bare serial ending the text before it, a comma allowed
# ("Chỉ thị 28, của …"), no part of a longer number ("28-CT/TW", "1.5").
CENTRE_ISSUER = _regex(
    r"\bcủa\s+(?P<issuer>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư(?!\s+Trung\s+ương\s+(?!Đảng\b|[Kk]h(?:óa|oá)\b)\p{Lu})"
    r"|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng|(?!\s+(?!Đảng\b|[Kk]h(?:óa|oá)\b)\p{Lu}))"
    r"|Trung\s+ương\s+Đảng|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ)\b"
)
SERIAL_ENDING = _regex(r"(?<![\w/\-.,:])(?P<serial>\d{1,4}),?[^\S\n]+$")
# The date a short form may give between its serial and its issuer, as the
# full form does: "Chỉ thị 28 ngày 25/12/2023 của Ban Bí thư", "Chỉ thị số 05,
# ngày 12 tháng 3 năm 2024 của Thủ tướng Chính phủ" (ending the text before
# "của"; the serial then ends the text before it).
DATE_BEFORE_ISSUER = _regex(
    r"(?<=\s)ngày\s+\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d|\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d),?[^\S\n]+$"
)
# The unit's code glued to the serial, then the year: "01TV/2026" (apart from
# GENERIC_NUMBER: one pattern with both is several times slower to scan).
GLUED_SERIAL_NUMBER = _regex(r"(?<![\w/\-%])\d{1,6}\p{Lu}{1,8}/(?:19|20)\d\d(?![\w/%\-])")
# What each of its numbers holds, a letter, the slash and the year ("V/2026"):
# few texts do, and a search for it (re, from a "/") is cheap beside a scan
# with the pattern.
LETTER_SLASH_YEAR = _std(r"/(?:19|20)\d\d(?<=[^\W\d_]/\d{4})")
# Where NORMATIVE_NUMBER, ADMIN_NUMBER and GENERIC_NUMBER can match: each
# holds a "/" with its code's letter after it (or a space or line break
# first), never an ASCII digit as a date's "12/3/2024" has, at most
# NUMBER_SLASH_REACH characters after its first digit (GENERIC_NUMBER's
# longest lead, "123456.1234-ABCDEFGHIJ/2024/", puts it 27 on). A text holds a
# few dozen such slashes, found by re at memchr's speed; each of the three
# scans tries its pattern at every character (~50 instructions each). The
# patterns are tried only at the runs of digits (DIGIT_RUN, the \d they open
# with) that far before one: see citations._number_starts.
NUMBER_SLASH = _std(r"/(?![0-9])")
NUMBER_SLASH_REACH = 30
DIGIT_RUN = _regex(r"\d+")

# A legal-normative number typed with a stray letter for its second slash:
# "13/2021ATT-BLĐTBXH" for "13/2021/TT-BLĐTBXH". Only repaired when what
# follows the letter is a known normative type code (checked in code).
NORMATIVE_TYPO = _regex(
    rf"(?<![\w/\-%])(?<![0-9A-Z]:)(?P<serial>\d{{1,5}}){_SP}/{_SP_AFTER_MARK}(?P<year>(?:19|20)\d\d)(?P<glue>\p{{L}})(?P<type>\p{{Lu}}[\p{{L}}]{{0,5}}){_SP}-{_SP_AFTER_MARK}(?P<issuer>[\p{{Lu}}][\p{{L}}\d&]{{0,15}}(?:-[\p{{Lu}}][\p{{L}}\d&]{{0,15}}){{0,3}})(?![\w/%])"
)
# What each Party number (PARTY_NUMBER) holds, its type code between the
# hyphen and the slash ("-KH/"): a text without any (most) is not scanned
# with that pattern (a search from a "-" is cheap beside it).
HYPHEN_CODE_SLASH = _std(r"-\s?[^\W\d_][\w&]{0,15}[^\S\n]?/")
# What each of its numbers holds, the slash, the year and two letters
# ("/2021AT"): few texts do, and a search for it (re, from a "/") is cheap
# beside a scan with the pattern.
SLASH_YEAR_THEN_LETTERS = _std(r"/\s?(?:19|20)\d\d[^\W\d_]{2}")


def _alternation(names: set[str]) -> str:
    """Names as one alternation, longest first, any run of spaces between words.
    Ties go in alphabetical order: the same names give the same source in every
    process (a set's order changes with the hash seed), so the compiled pattern
    is found in the store (pattern_store)."""
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in ordered)


def type_word_before_number(names: set[str]) -> regex.Pattern[str]:
    """The type word of a cited document, ending the text before its number,
    with or without "số": "Quyết định số 1183/QĐ-TTg", "Kế hoạch 102/KH-UBND",
    "Văn bản số 1205/HC-QLHC", "Nghị quyết số: 121/2020/QH14". Built from the
    type table, so a new type needs only a data row."""
    # searched from the end (END): 4x faster on the 40-character windows it
    # is tried on, and the same match, since the names are tried longest first
    # a few words in lower case may qualify the type before "số": "Kế hoạch
    # kiểm tra số 1105/KH-ĐKT", "Thông báo làm việc số 2948/TT-ĐKT"
    word = (
        rf"(?i:(?P<word>{_alternation(names)}))"
        r"(?:\s*(?:(?i:số))?|(?:\s+\p{Ll}+){1,3}\s+(?i:số))\s*:?\s*$"
    )
    return cast(regex.Pattern[str], pattern_store.compile(word, END))


# The space between the words of such a name: a comma may end a word, and
# one line break may stand in the space (a wrapped line).
_NAMED_GAP = r",?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"


def type_word_named_before_number(names: set[str]) -> regex.Pattern[str]:
    """A document named by a longer phrase before its number, opening with its
    type word capitalised, as a name is: "Giấy đề nghị cấp giấy phép sử dụng
    VLNCN số 05/GĐN-HĐ" (not "… giấy phép …" inside it; tried where the
    short form finds no type word). Its words may hold a comma and wrap onto
    the next line: "Giấy chứng nhận đủ điều kiện về / phòng cháy, chữa cháy
    số 839/ĐK-PCCC"."""
    word = (
        rf"(?<!\p{{L}})(?=\p{{Lu}})(?i:(?P<word>{_alternation(names)}))"
        rf"(?:{_NAMED_GAP}[\p{{L}}\d]+){{1,9}}{_NAMED_GAP}(?i:số)\s*:?\s*$"
    )
    return cast(regex.Pattern[str], pattern_store.compile(word, END))


def type_word_issuer_before_number(names: set[str]) -> regex.Pattern[str]:
    """The type word and the issuer before the number: "Chỉ thị của Thủ
    tướng Chính phủ số 19/CT-TTg", "Quyết định của UBND tỉnh số 12/QĐ-UBND"."""
    word = (
        rf"(?i:(?P<word>{_alternation(names)}))\s+(?i:của)\s+"
        r"(?P<issuer>\p{Lu}[^,;:()\n]{1,80}?)\s+(?i:số)\s*:?\s*$"
    )
    return cast(regex.Pattern[str], pattern_store.compile(word, END))


# What a notice or an invitation says it is when it gives an account of a
# plan rather than carries it out (its heading, or the main clause after the
# citations it opens on): a conclusion or a leader's direction ("THÔNG BÁO
# KẾT LUẬN", "Ý kiến chỉ đạo của Chủ tịch …"), results ("UBND xã thông báo
# kết quả kiểm tra như sau"), a report or a review of it ("Họp nghe báo cáo
# sơ kết 6 tháng triển khai Kế hoạch số …"); not "UBND xã thông báo tuyển
# dụng …", "kính mời … dự Hội nghị triển khai …".
ACCOUNT_WORDS = _regex(r"\b(?i:kết\s+luận|ý\s+kiến\s+chỉ\s+đạo|kết\s+quả|báo\s+cáo|sơ\s+kết|tổng\s+kết)\b")

# A joint text's type line names how it was made with the type ("KẾ HOẠCH
# LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP", "QUY CHẾ PHỐI HỢP LIÊN NGÀNH"): those
# words alone after the type word are the type line's, and the title is on
# the next line.
TYPE_QUALIFIER = _std(r"(?:(?:LIÊN\s+TỊCH|PHỐI\s+HỢP|LIÊN\s+NGÀNH)\s*)+")
# A compound type's second word alone on the type line ("THÔNG BÁO KẾT
# LUẬN", "THÔNG BÁO Ý KIẾN CHỈ ĐẠO", "BÁO CÁO KẾT QUẢ", a report's kind:
# "BÁO CÁO THAM LUẬN", "… TÓM TẮT", "… SƠ KẾT"): the type's, and the title
# ("của …", "về …", "thực hiện …") is the next line.
COMPOUND_TYPE_TAIL = _std(
    r"(?P<TB>KẾT\s+LUẬN|Ý\s+KIẾN(?:\s+(?:CHỈ\s+ĐẠO|KẾT\s+LUẬN))?)"
    r"|(?P<BC>KẾT\s+QUẢ|THAM\s+LUẬN|TÓM\s+TẮT|TỔNG\s+HỢP|SƠ\s+KẾT|TỔNG\s+KẾT|CHUYÊN\s+ĐỀ|GIẢI\s+TRÌNH|THẨM\s+(?:ĐỊNH|TRA))"
)

# Proper names inside bodies' names, capitalised in any case: "Ủy ban Mặt
# trận Tổ quốc Việt Nam tỉnh …", "Đoàn Thanh niên Cộng sản Hồ Chí Minh …".
PROPER_NAME_IN_BODY = _std(r"\b(?i:việt\s+nam|hồ\s+chí\s+minh)\b")

# A joint text's issuers on one header line, a dash with spaces between them
# ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"); a name's own dash is the same
# ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"): each part must name a body.
JOINT_ISSUERS_SEPARATOR = _std(r"\s+[-–]\s+")


def type_line(names: set[str]) -> regex.Pattern[str]:
    """A type word in capitals opening a line: "KẾ HOẠCH", "QUYẾT ĐỊNH",
    "BÁO CÁO THAM LUẬN", the title in capitals possibly after it on the same
    line. Built from the type table."""
    line = rf"^(?P<type>{_alternation(names)})(?:\s*[:.]?\s*$|\s+(?P<rest>[^\p{{Ll}}]*)$)"
    return cast(regex.Pattern[str], pattern_store.compile(line))


# A date after a number: ", ngày 14/10/2024", "ngày 30 tháng 3 năm 2021",
# "ngày 09-5-2017", "ban hành ngày …". A "Ngày" opening the next line opens
# the next sentence ("Ngày 20/02/2026, Ban Thường vụ … họp"): not the number's.
# A table's number cell may set its date off by ";": "Số 178/1998/TT-TCCP;
# ngày 04/6/1998" (the cell's two parts, the number and its date).
CITATION_DATE = _std(
    r"(?!\s*\n\s*Ngày\b)\s*[,;]?\s*(?:(?i:ban\s+hành|được\s+ban\s+hành)\s+)?(?i:ngày)\s+"
    r"(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))"
    # a whole date right after the number on its line, its "ngày" left out:
    # "Thông tư số 10/2021/TT-BXD 25/08/2021 của Bộ Xây dựng" (not a table's
    # next cell)
    r"|[^\S\n]+(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>(?:19|20)\d\d)(?![\d/])"
)

# "ngày 28 ngày 11 năm 2023": "tháng" mistyped as "ngày" (the caller checks
# the day and month and reports the repair).
CITATION_DATE_TYPO = _std(
    r"\s*,?\s*(?i:ngày)\s+(?P<d>\d{1,2})\s+(?i:ngày)\s+(?P<m>\d{1,2})\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)"
)
# A "ngày" left at a line's end, its date after a page break ("… Nghị định số
# 152/2020/NĐ-CP ngày" / footnote, running header, the table's header row
# again / "30/12/2020 của Chính phủ …").
DANGLING_DAY = _std(r"[^\S\n]*,?[^\S\n]*(?i:ngày)[^\S\n]*\n")
# A number cut after its type's hyphen at a line's end, its issuer's code
# after a page break ("… Quyết định số 1229/QĐ-" / running head, the table's
# header row again / "BLĐTBXH của Bộ …"): the code opening a later line.
NUMBER_CUT_AT_LINE_END = _std(r"(?<![\w/])(?P<head>\d{1,5}(?:/(?:19|20)\d\d)?/[A-ZĐ]{1,8}-)[^\S\n]*\n")
LINE_OPENING_CODE = _std(r"[^\S\n]*(?P<code>[A-ZĐ][A-ZĐ0-9]{1,15}(?:-[A-ZĐ0-9]{1,15})*)(?![\w/-])")
# The date opening the line a dangling "ngày" goes on at.
LINE_OPENING_DATE = _std(
    r"[^\S\n]*(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))"
)
# A footnote's text as a page's foot prints it: its number, then a sentence.
FOOTNOTE_LINE = _regex(r"\d{1,3}[^\S\n]+\p{Lu}")
# A footnote's mark in running text, glued to the word, heading or item
# number it notes: "nghiệp39,", "THI HÀNH38", "1.36 Quyết định" (group n);
# not a unit's power ("15 m2", "km2").
GLUED_FOOTNOTE_MARK = _regex(
    r"(?:(?<=\p{Ll})(?<!(?<!\p{L})[kcdm]?m)|(?<=^\d{1,2}\.))(?P<n>\d{1,3})(?=[\s,.;:)]|$)"
    r"|(?<=\p{Lu}\p{Lu})(?P<n>\d{1,3})$"
)
# A .docx's footnote or endnote as the reader gives it, on a line of its own
# after the paragraph citing it: its mark in brackets, "[1] …" (Word numbers
# footnotes 1, 2 … and endnotes i, ii …), as a web copy prints its notes. A
# note, not the body: no section's text, task or deadline; its citations
# stay the text's mentions.
NOTE_LINE = _regex(r"\[(?:\d{1,3}|[ivxlc]{1,7})\][^\S\n]+\S")
# The number of such a note right before the document it cites first: "2
# Nghị định số …" (its line's start checked in code).
NOTE_NUMBER_BEFORE = _regex(r"(?<![\p{L}\d/.,:-])(?P<n>\d{1,3})[^\S\n]+$")
# A national body's branch, by its place or region ("Ngân hàng Nhà nước chi
# nhánh tỉnh Nghệ An", "Ngân hàng Nhà nước Khu vực 10"): no national body.
BRANCH_OF_BODY = _regex(r"(?i:chi\s+nhánh|khu\s+vực)\s+(?:\p{Lu}|\d|(?i:tỉnh|thành\s+phố)\b)")
# A national body's regional branch by its number, since the 2025 reform
# ("Kho bạc Nhà nước khu vực XIII", "Bảo hiểm xã hội khu vực XV": several
# provinces), or its office under that ("Thuế cơ sở 3", "Bảo hiểm xã hội cơ
# sở Đức Thọ") or a region named before it ("Chi cục Thuế khu vực Thanh Sơn -
# Tân Sơn"): several districts or communes.
REGIONAL_BRANCH = _regex(r"(?i:khu\s+vực)\s+(?:(?P<region>[IVXLC]+\b|\d+\b)|\p{Lu})|(?i:cơ\s+sở)\s+(?:\d|\p{Lu})")

# The issuer clause: "của Thủ tướng Chính phủ", "của Chủ tịch UBND thành phố
# Quảng Ngãi", "của Ban Thường vụ Thành ủy". It ends where the subject
# ("về", "quy định", "phê duyệt", "ban hành", "hướng dẫn", "sửa đổi", "bãi bỏ",
# "công bố", "thành lập", …: the verbs a document's title opens with; "đề
# nghị" of a request) or the next clause begins (at a ":" or an opening quote
# of the cited title, too).
# Also "… do Cục X cấp" (a licence's issuer).
# A comma of the body's own name goes on: "của Bộ Văn hóa, Thể thao và Du
# lịch" (a field list closed by "và", not a second body).
CITATION_ISSUER = _regex(
    r"\s*,?\s*(?i:của|do)\s+(?P<issuer>(?:[^;,.():“\"\n]"
    # (a short name in brackets inside it: "Doanh nghiệp tư nhân (DNTN) Thành Hương")
    r"|\((?-i:\p{Lu}[\p{Lu}&]{1,9})\)(?=\s+\p{Lu})"
    r"|,(?=\s*\p{Lu}[^,;.()\n]{0,30}?\s+và\s+\p{Lu})"
    r"(?!\s*(?:Sở|Bộ|Ủy|Uỷ|UBND|Phòng|Ban|Cục|Văn\s+phòng|Công\s+an|Hội|Tổng|Trung\s+tâm|Viện|Tòa|Chính\s+phủ)\b))"
    r"{2,120})"
)
# The issuer named as the agent of a passive of issuing after the number:
# "Kế hoạch số 52/KH-UBND vừa được UBND phường Thành Sen ban hành" ("do …" is
# CITATION_ISSUER's). Not the agent of another verb: "… được Sở Y tế triển
# khai" carries it out, "… đã được Giám đốc Sở phê duyệt (tại Quyết định số
# …)" approved what another drew up; nor one issuing it through another
# document, "… được UBND tỉnh ban hành tại Quyết định số …" (see APPROVED_AT_AFTER_CITED).
CITATION_PASSIVE_ISSUER = _regex(
    r"\s*,?\s*(?:(?P<recent>(?i:vừa|mới))\s+|(?i:đã)\s+)?(?i:được)\s+(?P<issuer>\p{Lu}[^;,.():“\"\n]{2,100}?)\s+"
    r"(?i:ký\s+)?(?i:ban\s+hành)\b(?!\s+(?i:tại|theo|kèm)\b)"
)
# A purpose clause saying what the document it follows carries out, right
# before that document's type word: "… nhằm cụ thể hóa Kế hoạch số 118/KH-UBND
# …", "… để triển khai thực hiện có hiệu quả Nghị quyết số …", "… nhằm tiếp tục
# thực hiện …" (tried on the words up to the type word).
PURPOSE_CARRIES_OUT = _std(
    r"(?:nhằm|để)\s+(?:tiếp\s+tục\s+)?(?:cụ\s+thể\s+h[oó][aá]|(?:triển\s+khai\s+)?thực\s+hiện|triển\s+khai|quán\s+triệt)"
    r"(?:\s+(?:có\s+hiệu\s+quả|hiệu\s+quả|kịp\s+thời|nghiêm\s+túc|đồng\s+bộ|tốt)(?:\s*,|\s+và)?)*\s+$"
)
# The text's own act done for carrying a document out, in an operative
# article, right before that document's type word: "Điều 1. Giao chỉ tiêu …
# cho các sở … để tổ chức thực hiện Nghị quyết số 45/NQ-HĐND …", "… nhằm triển
# khai thực hiện Quyết định số …" (tried on the words up to the type word; the
# document must also be the text's basis, see citations._own_purpose).
OWN_PURPOSE_CARRIES_OUT = _std(
    r"(?:nhằm|để)\s+(?:tiếp\s+tục\s+)?(?:tổ\s+chức\s+)?(?:(?:triển\s+khai\s+)?thực\s+hiện|triển\s+khai)"
    r"(?:\s+(?:có\s+hiệu\s+quả|hiệu\s+quả|kịp\s+thời|nghiêm\s+túc|đồng\s+bộ|tốt)(?:\s*,|\s+và)?)*\s+$"
)
# A council resolution's subject, the words naming the plan's parts and the
# year dropped, leaves its topic: "về Kế hoạch phát triển kinh tế - xã hội
# năm 2026" and "Về mục tiêu, chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội,
# bảo đảm quốc phòng - an ninh năm 2026" share "phát triển kinh tế - xã hội"
# and 2026 (see citations._carried_down_by_the_council).
COUNCIL_SUBJECT_FILLER = _std(
    r"(?i)\b(?:về|việc|thông\s+qua|ban\s+hành|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|giải\s+pháp|chủ\s+yếu"
    r"|năm\s+(?:19|20)\d\d)\b"
)
COUNCIL_SUBJECT_YEAR = _std(r"\bnăm\s+((?:19|20)\d\d)\b", 0)
# What may stand between that document and its purpose: nothing, a comma, or
# its passive of issuing and the day ("Kế hoạch số 41/KH-UBND … được ban hành
# ngày 06/4/2026 để triển khai …"); the document is then the clause's subject,
# its purpose its own.
PURPOSE_GAP = _std(
    r"\s*,?\s*(?:(?:đã|vừa|mới)\s+)?(?:được\s+(?:[^.;:\n]{0,60}?\s)?(?:ký\s+)?ban\s+hành"
    r"(?:\s+(?:vào\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?\s*,?\s*)?"
)
# Where such a subject opens its sentence (a list mark allowed), or is the
# object of issuing: "UBND xã đã ban hành Kế hoạch số A …, nhằm …" (tried on
# the words before its type word, a line break put before the text's start).
PURPOSE_SUBJECT_OPENING = _std(r"(?:\n|\.\s)\s*(?:[-+•–]\s*)?$|\s(?:ký\s+)?ban\s+hành\s+$")
# The next sentence naming it again by its type word alone as its subject,
# then its purpose: "Kế hoạch số 52/KH-UBND vừa được … ban hành. / Kế hoạch
# được ban hành ngày 10/4/2026 nhằm cụ thể hóa Kế hoạch số 118 …" (not "Kế
# hoạch này", the citing text itself; matched on the words up to the purpose,
# a line break put before the text's start).
TYPE_WORD_SUBJECT = _std(
    r"(?:\n|\.\s)\s*(?P<type>[A-ZĐ]\w*(?:\s+\w+)?)\s+(?:(?:đã|vừa|mới)\s+)?(?:được\s+(?:[^.;:\n]{0,60}?\s)?(?:ký\s+)?ban\s+hành"
    r"(?:\s+(?:vào\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?\s*,?\s*)?$"
)
# The sentence after one citing a document without its date, saying when it
# was issued: "… Kế hoạch số 52/KH-UBND vừa được UBND phường … ban hành. /
# Kế hoạch được ban hành ngày 10/4/2026 nhằm …" (its type word checked in code).
ISSUED_ON_NEXT = _regex(
    r"\s*(?P<type>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)\s+(?:(?i:này)\s+)?(?:(?i:đã|vừa|mới)\s+)?(?i:được)\s+"
    r"(?:[^.\n]{0,60}?\s)?(?i:ký\s+)?(?i:ban\s+hành)\s+(?:(?i:vào|từ)\s+)?(?i:ngày)\s+"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\b"
)
# The next body of a joint act's issuer clause, after a comma: "của Bộ Lao
# động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Tài chính …" (the
# piece is checked against the number's codes in citations' _joint_issuers_end).
NEXT_JOINT_ISSUER = _std(
    r"\s*,\s*(?:và\s+)?(?P<body>(?:Bộ|Ban|Ủy\s+ban|Uỷ\s+ban|Ngân\s+hàng|Tòa\s+án|Viện|Kiểm\s+toán|Thanh\s+tra|Văn\s+phòng|Tổng)\s[^;,.():\n]{1,80})"
)
# A joint text's parties named after its number and date: "Chương trình phối
# hợp số 09/CTrPH-BYT-… ngày 15/10/2025 giữa Bộ Y tế và Đoàn Chủ tịch Trung
# ương Hội LHPN Việt Nam về …", "… giữa Bộ Công an, Bộ Giáo dục và Đào tạo
# và Ban Bí thư Trung ương Đoàn về …": the bodies it is made between are its
# issuers, all of them (the list ends at its subject's "về", its purpose or
# the clause's mark; split by JOINT_PARTY_SEPARATOR).
JOINT_PARTIES_BETWEEN = _regex(
    r"\s*,?\s*(?i:giữa)\s+(?P<parties>\p{Lu}[^;.:()“\"\n]{2,300}?)"
    r"(?=\s+(?i:về|v/v|nhằm|để|thực\s+hiện|triển\s+khai|giai\s+đoạn)\b|\s*[;.:()“\"\n]|$)"
)
# What a body's name opens with, in a list of joint parties ("Bộ", "Ban",
# "Đoàn Chủ tịch", "Ủy ban", "Tỉnh Đoàn", "Hội", …).
_PARTY_HEAD = (
    r"(?:Bộ|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|UBMTTQ|Đoàn|Trung\s+ương|Tổng|Ngân\s+hàng|Tòa\s+án|Viện|Kiểm\s+toán"
    r"|Thanh\s+tra|Văn\s+phòng|Sở|Công\s+an|Hội|Liên\s+đoàn|Liên\s+minh|Mặt\s+trận|Cục|Chính\s+phủ|Chi\s+cục"
    r"|(?:Tỉnh|Thành|Huyện)\s+(?:đoàn|Đoàn|ủy|uỷ|Ủy)|Đảng\s+(?:ủy|uỷ)|Bảo\s+hiểm|Kho\s+bạc|Phòng|Công\s+ty|Tập\s+đoàn"
    r"|Trường|Đài|Trung\s+tâm|Học\s+viện|Đại\s+học)\b"
)
# The mark between two parties of such a list: a comma, "và", or both, where
# a body's name follows ("Bộ Giáo dục và Đào tạo" is one body, "Bộ Văn hóa,
# Thể thao và Du lịch" one; "… và Ban Bí thư …" a second).
JOINT_PARTY_SEPARATOR = _regex(r"\s*,\s*(?:và\s+)?(?=" + _PARTY_HEAD + r")|\s+và\s+(?=" + _PARTY_HEAD + r")")
# A request enclosed with a dossier is its owner's: "… nhận được hồ sơ đề
# nghị cấp Giấy phép … của Công ty A (sau đây gọi tắt là Công ty), kèm theo
# Giấy đề nghị số …" (the owner, past the alias bracket; "hồ sơ" checked in code).
DOSSIER_OWNER_BEFORE = _regex(
    r"\s(?:của|do)\s+(?P<issuer>\p{Lu}[^.;,()\n]{2,150}?)\s*(?:\((?i:sau\s+đây\s+(?:gọi\s+)?(?:tắt\s+)?(?:là|gọi\s+là))[^()\n]{1,60}\))?"
    r"\s*,?\s*(?i:kèm\s+theo|gửi\s+kèm(?:\s+theo)?)\s+$"
)
# A drafter or reviewer, named with "do" and its verb: "QCVN 05A:2020/BCT do
# Tổ soạn thảo biên soạn, Cục Hóa chất trình duyệt, Bộ Khoa học và Công nghệ
# thẩm định, Bộ trưởng Bộ Công Thương ban hành …": no issuer (a standard's is
# the ministry its code names; an issuer never ends in a verb).
DRAFTED_BY = _regex(
    r"\s(?:biên\s+soạn|soạn\s+thảo|trình\s+duyệt|thẩm\s+định|xây\s+dựng|biên\s+dịch|chủ\s+trì\s+soạn\s+thảo)$"
)
# The next line's first one or two capitalised words, a place name's rest when
# an issuer ends at a line break ("… của UBND phường Tân" / "An và có hiệu lực").
WRAPPED_NAME_WORDS = _regex(r"\n[^\S\n]*(\p{Lu}\p{Ll}*)(?:[^\S\n]+(\p{Lu}\p{Ll}*))?(?![\p{L}\d])")
# The first letter of "của" or "do", past the spaces and a comma: a cheap test first.
CITATION_ISSUER_INITIALS = frozenset("cCdD")
# A body named for a field of work lists it with commas, closed by "và" (or a
# "phòng, chống"): "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại
# và hàng giả (…) về …". CITATION_ISSUER stops at the comma; the name goes on
# to its bracket, its subject's "về" or a mark. Tried after such bodies only.
# An item opening with a purpose or a verb is the citing sentence's: "… quốc
# gia, để chủ động ứng phó với bão và mưa lũ".
FIELD_NAMED_BODIES = ("Ban Chỉ đạo", "Ban chỉ đạo", "Hội đồng", "Ủy ban", "Uỷ ban", "Tiểu ban")
_NAME_ITEM = (
    r"\s*,\s*(?!(?:để|nhằm|với|theo|đồng\s+thời|trong|tại|qua|từ|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao|đã|đang|sẽ|"
    r"được|là|có|thì|nay|kèm|gửi|bảo\s+đảm|đảm\s+bảo|tiếp\s+tục)\b)\p{Ll}[\p{L}\- ]{0,40}?"
)
COORDINATED_NAME_TAIL = _regex(
    # (the last item may hold a number and run longer: "… và xây dựng mô
    # hình tổ chức chính quyền địa phương 2 cấp")
    rf"(?:\s*,\s*chống\b[\p{{L}}\- ]{{0,60}}?|(?:{_NAME_ITEM})*?{_NAME_ITEM}\s+và\s+\p{{Ll}}[\p{{L}}\d\- ]{{0,80}}?)"
    r"(?=\s*\(|\s+(?:về|tại|ngày|năm)\b|\s*[;,.:\n]|\s*$)"
)
# A body of the centre named so right after its kind: "Ban Chỉ đạo quốc gia
# …", "Ban Chỉ đạo 389 quốc gia", "Hội đồng quốc gia …", "Ủy ban Quốc gia …",
# "Ban Chỉ đạo Trung ương …" (not "… mục tiêu quốc gia", "… chuẩn quốc gia",
# a field's words, which a province's board holds too); or so at its name's
# end: "Ban Chỉ đạo phòng thủ dân sự quốc gia", "Ban Chỉ đạo liên ngành Trung
# ương" (not the Party's "Ủy ban Kiểm tra Trung ương").
NATIONAL_BODY = _regex(
    r"(?i:ban\s+chỉ\s+đạo|hội\s+đồng|ủy\s+ban|uỷ\s+ban|tiểu\s+ban)(?:\s+\d{1,4})?\s+(?i:quốc\s+gia|trung\s+ương)\b"
    r"|(?i:ban\s+chỉ\s+đạo|hội\s+đồng|(?:ủy|uỷ)\s+ban(?!\s+kiểm\s+tra)|tiểu\s+ban)(?:\s+[\p{L}\d\-]+){1,10}?"
    r"(?<!(?i:mục\s+tiêu|chuẩn))\s+(?i:quốc\s+gia|trung\s+ương)$"
    # or the Government's own: "Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính phủ"
    r"|(?i:ban\s+chỉ\s+đạo|hội\s+đồng|tiểu\s+ban)\b.{0,120}?\s(?i:của)\s+(?:Thủ\s+tướng\s+)?Chính\s+phủ$"
)
# The Party committee of a central body of the State: "Đảng ủy Chính phủ",
# "Đảng ủy Quốc hội", "Đảng ủy các cơ quan Đảng Trung ương" (a central Party
# body, as the Party's centre is: level `party`).
CENTRAL_PARTY_COMMITTEE = _regex(
    r"^(?i:đảng\s+(?:ủy|uỷ))\s+(?:Chính\s+phủ|Quốc\s+hội|(?:các\s+cơ\s+quan\s+Đảng\s+|Công\s+an\s+|Quân\s+sự\s+)?Trung\s+ương"
    r"|Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?(?:,|\s)\s*các\s+đoàn\s+thể\s+Trung\s+ương)$"
)
# That short name, left out of the issuer's name.
SHORT_NAME_IN_NAME = _std(r"\s*\([A-ZĐ][A-ZĐ&]{1,9}\)\s*")
ISSUER_END = _regex(
    # (at a run of blanks' first only: a search over a long run stays linear,
    # and "Ban Chỉ đạo  về" with two blanks is not cut at the second)
    r"(?<!\s)"
    # (a steering committee's "về" is its name's: "Ban Chỉ đạo liên ngành về an
    # toàn thực phẩm tỉnh Thanh Hóa về …" ends at the second)
    r"(?<!(?i:ban\s+chỉ\s+đạo(?:\s+liên\s+ngành)?))"
    # (nor a police unit's, its field: "Phòng Cảnh sát QLHC về TTXH Công an
    # tỉnh …", "Phòng Cảnh sát điều tra tội phạm về ma túy …"; "về việc" is
    # the subject's)
    r"\s+(?:(?<!(?i:cảnh\s+sát)(?:\s+[\p{L}&]+){1,5}\s+)về|về(?=\s+việc\b)|quy\s+định|phê\s+duyệt|ban\s+hành|hướng\s+dẫn|sửa\s+đổi|bổ\s+sung|triển\s+khai|thực\s+hiện|"
    r"bãi\s+bỏ|công\s+bố|thành\s+lập|điều\s+chỉnh|kiện\s+toàn|gia\s+hạn|giải\s+thể|phân\s+bổ|phân\s+công|"
    r"chấp\s+thuận|đề\s+nghị|đề\s+xuất|"
    # what came with it: "… của Công ty A kèm theo hồ sơ …"
    r"kèm\s+theo|gửi\s+kèm|"
    # the citing sentence's own ground or aim: "… của Ban Thường vụ Tỉnh ủy trên
    # cơ sở đánh giá …", "… nhằm …"
    r"(?-i:trên\s+cơ\s+sở|nhằm)|"
    # a consolidated text's: "… của Bộ Giáo dục và Đào tạo hợp nhất Thông tư …"
    r"hợp\s+nhất|"
    # a directive's verbs, in lower case only: capitalised they name a body
    # ("Ban Chỉ đạo …")
    r"(?-i:tăng\s+cường|đẩy\s+mạnh|nâng\s+cao|chấn\s+chỉnh|đôn\s+đốc|yêu\s+cầu|chỉ\s+đạo)|"
    r"và(?=(?:\s+\p{L}+){1,3}\s+(?:số\s+)?\d)|"
    # another document named after it, numbered or not: "… của Sở Y tế và
    # Văn bản của Bảo hiểm xã hội tỉnh về …", "… và Kế hoạch số …"; the
    # Party's kinds have longer names: "… của Bộ Chính trị và Chương trình
    # hành động số 18-CTr/TU …", "… và Thông báo kết luận số …"
    r"và(?=\s+(?:văn\s+bản|công\s+văn|kế\s+hoạch(?:\s+hành\s+động)?|quyết\s+định|chỉ\s+thị|nghị\s+quyết|nghị\s+định|thông\s+tư|"
    r"thông\s+báo(?:\s+kết\s+luận)?|hướng\s+dẫn|tờ\s+trình|báo\s+cáo|chương\s+trình(?:\s+hành\s+động)?|đề\s+án|kết\s+luận|"
    r"quy\s+định|quy\s+chế|luật)\s+(?:số|của|ngày|về)\b)|"
    # "… của Chính phủ và các quy định của pháp luật": a list of rules goes on
    r"và(?=\s+(?:các|những)\s+(?-i:\p{Ll}))|"
    # "… của Thủ tướng Chính phủ và tình hình thực tế của tỉnh": what else the
    # sentence rests on, no second issuer; nor a campaign or a programme the
    # title coordinates with the document, a subject and not a body: "… của Bộ
    # Chính trị và phong trào "Bình dân học vụ số"", "… của Ban Thường vụ Tỉnh
    # ủy và Cuộc vận động …" (a body's own "và" joins no such word: "Bộ Khoa
    # học và Công nghệ"; a second body after "và" opens with its organ's word)
    r"và(?=\s+(?i:tình\s+hình|điều\s+kiện|thực\s+tế|thực\s+tiễn|nhu\s+cầu|khả\s+năng|nguồn\s+lực|đặc\s+điểm"
    r"|phong\s+trào|cuộc\s+vận\s+động|chiến\s+dịch|cuộc\s+thi|hội\s+thi|chương\s+trình|đề\s+án|nhiệm\s+vụ)\b)|tại|theo|đối\s+với|trong|đã|có|nhằm|để|đến|cho|thì|là|được|"
    # "giao" (assign) only in lower case: "Bộ Giao thông vận tải" is a name
    # (also typed "Bộ giao thông vận tải");
    # "trước" opens the deadline of the sentence citing it, "vào" what it
    # is brought into ("… của Thủ tướng Chính phủ vào chương trình …")
    r"(?-i:giao(?!\s+thông)|trước|vào)|"
    # what the sentence says of the document: "… của Bộ trưởng Bộ X hết hiệu lực …"
    # ("bằng" in lower case only: "Cao Bằng" is a province)
    r"hết\s+hiệu\s+lực|(?-i:bằng|ấn\s+định|chưa)|"
    # where and when the citing text applies it: "… của Bộ Chính trị trên địa
    # bàn thị trấn năm 2024 - 2025"
    r"trên\s+địa\s+bàn|giai\s+đoạn(?=\s+\d)|năm(?=\s+(?:19|20)\d\d)|"
    # its date, written after the issuer: "… của UBND tỉnh Lào Cai ngày 02/02/2024"
    r"ngày(?=\s+\d)|"
    # "… do Cục X cấp": the verb closing it ("Ủy ban nhân dân cấp tỉnh" goes on)
    r"cấp(?!\s+(?:tỉnh|huyện|xã|trung\s+ương|cơ\s+sở|quốc\s+gia|bộ|sở|phòng)\b))\b",
    regex.I,
)

# An issuer's "và" that may join a second body's name: the issuer before it
# ends a name, with its place ("… của UBND huyện Cẩm Xuyên và …", "UBND tỉnh
# và …"). A name's own "và" comes before its place, if any: "Bộ Khoa học và
# Công nghệ", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị", "Công ty
# … Thương mại và tư vấn kỹ thuật".
ISSUER_AND = _std(r"\s+và\s+")
ISSUER_NAME_ENDED = _regex(
    r"(?:\b(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu)\s+\p{Lu}\p{Ll}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*){0,4}"
    r"|(?i:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd|hđnd|hội\s+đồng\s+nhân\s+dân)\s+(?i:tỉnh|huyện|xã|phường|thành\s+phố))$",
    END,
)

# A government named by its unit's word alone, then a word in lower case that
# says what the document does: "… của Ủy ban nhân dân tỉnh phát triển du lịch
# …" (the issuer ends with "tỉnh"; "UBND tỉnh Lào Cai", "UBND huyện, thị xã"
# go on).
ISSUER_AT_UNIT_WORD = _regex(
    r"^(?i:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd|hđnd|hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|huyện|xã|phường|thành\s+phố)"
    r"(?=\s+\p{Ll})(?!\s+(?:và|các|thị|phường|xã|huyện|tỉnh|trực|có)\b)"
)
# A name complete in itself (a central body's, or one ending in its unit's
# place), then a word in lower case that cannot go on with it, what the
# sentence says of the document: "… của Thủ tướng Chính phủ còn chậm", "… của
# Bộ Chính trị như sau", "… của UBND tỉnh Sơn La chưa …". A term ("khóa
# XIII", "nhiệm kỳ"), a session, "cũ" (a unit before the merger) or a unit
# under it ("xã Tân Lập huyện Bát Xát") is still the name's.
ISSUER_COMPLETE_NAME = _regex(
    r"^(?:(?i:thủ\s+tướng\s+chính\s+phủ|chính\s+phủ|bộ\s+chính\s+trị|ban\s+bí\s+thư|quốc\s+hội"
    r"|(?:ủy|uỷ)\s+ban\s+thường\s+vụ\s+quốc\s+hội|ban\s+chấp\s+hành\s+trung\s+ương)(?:\s+(?i:đảng))?"
    # (a place's Party committee too: "… của Tỉnh ủy Lào Cai xác định …")
    r"|.*?\b(?i:(?:tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ)|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu)\s+\p{Lu}\p{Ll}*"
    r"(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*){0,4})"
    r"(?=\s+\p{Ll})(?!\s+(?:khóa|khoá|nhiệm\s+kỳ|kỳ\s+họp|lần\s+thứ|cũ|và|các|trực|có|tỉnh|thành|huyện|quận|thị|xã|phường|đặc)\b)"
)
# A province at an issuer's end, by its name as written ("UBND tỉnh Lào"
# cut short: completed when it begins one province's name only).
ISSUER_PROVINCE_AT_END = _regex(r"\b(?i:tỉnh)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})$")
# A place at an issuer's end named by three capitalised words or more ("…
# Công an tỉnh Lào Cai Chứng"): the last may be the subject's first word.
PLACE_AT_NAME_END = _regex(
    r"(?P<unit>(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu))\s+"
    r"(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,4})$"
)
# When a sentence's duty recurs, said before its subject: "Hằng năm, các sở
# …", "Định kỳ hằng quý, Sở Y tế …", "Trước ngày 15/12 hằng năm, …", "Định kỳ
# trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm, chủ đầu tư …".
WHEN_OPENING = _std(
    r"(?:(?i:hằng|hàng|định\s+kỳ|trước\s+ngày|chậm\s+nhất)[^,;:.\n]{0,40}"
    # (dates joined are longer; a frequency's words alone are not: "Định kỳ
    # hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo tình hình, …" goes on)
    r"|(?i:(?:định\s+kỳ\s+)?trước\s+ngày)[^,;:.\n]{0,80}),\s*"
)
# A kind of unit named by no name, in a clause defining duties in general:
# "Đơn vị chịu trách nhiệm …", "Đơn vị quản lý trực tiếp …", "Cơ quan được giao …".
GENERIC_UNIT = _regex(r"^(?:Đơn\s+vị|Cơ\s+quan|Tổ\s+chức|Cá\s+nhân)\b")
# A role stated right after a body's name: "… chủ trì", "… phối hợp với",
# "… có trách nhiệm", "… chịu trách nhiệm", "… có nhiệm vụ" (a team set up
# by the text: "Đoàn kiểm tra có nhiệm vụ …"; its charter is none: "… có
# nhiệm vụ, quyền hạn theo quy định"), "… trực tiếp lãnh đạo, chỉ đạo và chịu
# trách nhiệm …".
ROLE_OPENING = _regex(r"(?:chủ\s+trì|phối\s+hợp|(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ(?!\s*(?:,|và\b|quyền\b))|trực\s+tiếp\s+(?:lãnh|chỉ)\s+đạo|là\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối))\b")
# What a body did not do, or only answers for, after its name: "… chưa tiến
# hành …", "… chỉ chịu trách nhiệm về …", "… chịu trách nhiệm trước …" (answerable).
# (and what it is: "… là lực lượng nòng cốt …", but "… là cơ quan thường trực" leads)
# ("chỉ đạo" is a task: "- Sở Văn hóa, Thể thao và Du lịch chỉ đạo …")
NOT_A_TASK_OPENING = _regex(
    r"(?:chưa|chỉ(?!\s+đạo\b)|không|đã|vừa)\b|chịu\s+trách\s+nhiệm\s+trước\b|là\b(?!\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối))"
)
# A sentence saying when it is due: "trước ngày", "chậm nhất", "hằng năm", "định kỳ".
DUE_WORDS_IN = _regex(r"(?i:trước\s+ngày|chậm\s+nhất|hằng\s+(?:năm|quý|tháng)|hàng\s+(?:năm|quý|tháng)|định\s+kỳ)")
# A clause opening a sentence ending and the sentence's subject starting: "Trong
# quá trình thực hiện, nếu có vướng mắc, Sở Tài chính báo cáo …", "Trên cơ sở
# Chỉ thị …, các bộ, cơ quan … tổ chức …" (a name or a "các" list).
CLAUSE_THEN_CAPITAL = _regex(r",\s+(?=\p{Lu}|các\s)")
# A "và" joining a duty said without a date to the other work of its
# sentence: "tăng cường kiểm tra … kho bãi trước mùa mưa bão và nghiêm túc
# thực hiện chế độ báo cáo định kỳ …", "Tổ chức sơ kết … và định kỳ báo cáo
# UBND huyện": the duty's own words start after it, at its verb or the
# manner words before it (the work before it its own, a verb and what it
# acts on: not "tổng hợp và báo cáo …", one work said by two verbs; checked
# in code).
DUTY_AFTER_AND = _regex(
    r"\s(?i:và)\s+(?=(?:(?i:nghiêm\s+túc|kịp\s+thời|thường\s+xuyên|chủ\s+động|định\s+kỳ|đầy\s+đủ)\s+)*"
    r"(?i:thực\s+hiện|báo\s+cáo|gửi|nộp|cập\s+nhật|công\s+bố|công\s+khai|cung\s+cấp|thống\s+kê)(?!\p{L}))"
)
# What a sentence's duty rests on, said before its subject: "Căn cứ nội
# dung Kế hoạch này, các sở, ngành …", "Căn cứ chức năng, nhiệm vụ được giao,
# UBND các xã …", "Trên cơ sở Kế hoạch này các đơn vị …" (up to "này" or
# "được giao", the comma after it optional).
BASIS_OPENING = _std(
    r"(?i:căn\s+cứ|trên\s+cơ\s+sở)\s[^;:.\n]{0,120}?"
    r"\b(?:được\s+giao(?:\s+(?:tại|trong)\s[^;:.\n]{0,40}?\bnày)?|này)\b\s*,?\s*"
)
# What may stand between a cited letter's date and its issuer: the papers sent
# with it ("Văn bản số 27/CV-HL ngày 04/4/2026 và hồ sơ gửi kèm của Công ty …",
# "… và hồ sơ nộp trên dịch vụ công quốc gia của Hợp tác xã …": a few plain
# words, no number, no mark).
CITATION_INSERT = _std(
    r"\s*,?\s*(?:và|cùng)\s+(?:hồ\s+sơ|tài\s+liệu)(?:\s+(?!(?:số|của)\b)[^\W\d_]+){0,8}?(?=\s*,?\s*của\s)"
)
# A licence's grantor named before the list of its grantees: "Bộ Công Thương
# cấp cho: Công ty A giấy phép số …; cấp cho Công ty B giấy phép số …" (the
# grantor's name: capitalised words, "và" and a place's unit word).
GRANTED_BY = _regex(
    r"(?P<agent>(?:Bộ|Sở|Cục|Tổng\s+cục|Chi\s+cục|UBND|Ủy\s+ban|Uỷ\s+ban|Ban\s+Quản\s+lý)"
    r"(?:\s+(?:\p{Lu}[\p{L}\-]*|và|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)){1,10}?)"
    r"\s+(?:đã\s+)?cấp\s+cho\b"
)
# The text from it up to a grantee's licence: items each opened by "cấp cho".
GRANTED_ITEMS = _std(r"\s*:?[^;.:\n]*(?:(?:;\s*(?:và\s+)?|\s+và\s+)cấp\s+cho\b\s*:?[^;.:\n]*)*")
# The type words of a licence or certificate, which a body grants ("cấp").
GRANTED_TYPES = ("giấy phép", "giấy chứng nhận", "chứng chỉ")
# And between its issuer and its subject: the short name the text gives the
# issuer or the document ("của Công ty TNHH A (Công ty) về việc …", "(HTX)",
# "(sau đây viết tắt là …)").
SHORT_NAME_AFTER = _std(r"\s*\([^()\n]{1,80}\)(?=\s*,?\s*(?:về|V/v|v/v)\s)")
# The subject clause: "về …" (also "về việc …"), or a verb that states it
# directly ("quy định …", "phê duyệt …", "ban hành …", "hướng dẫn …"); a
# plan's, what it carries out ("Kế hoạch số 58-KH/TW … của Bộ Chính trị thực
# hiện Nghị quyết 72").
# (a title of two verbs, "quy định, hướng dẫn thực hiện …", opens with both)
# (not a preamble's clause opening the next line: a title's citation has no
# subject in the "Thực hiện Kế hoạch số …" after it)
CITATION_SUBJECT = _std(
    # (a subject may be quoted: '… khóa XIII "về tiếp tục đổi mới …"'; or
    # bracketed when it says what the act does to another: "Nghị định số A
    # ngày … (sửa đổi, bổ sung Điều 14 Nghị định số B)")
    r"\s*,?\s*(?!(?<=\n)(?:Thực\s+hiện|Căn\s+cứ)\s)"
    r"(?:[\"“]|\((?=(?i:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|hướng\s+dẫn|quy\s+định\s+chi\s+tiết)\b))?(?P<lead>(?i:về\s+việc|về|quy\s+định(?:,\s+hướng\s+dẫn)?|phê\s+duyệt|ban\s+hành|hướng\s+dẫn|sửa\s+đổi(?!(?:,?\s+bổ\s+sung)?\s+(?:bởi|theo|tại)\s)(?:,?\s+bổ\s+sung)?"
    # (not another document's act on it: "…, sửa đổi bổ sung bởi Nghị định …")
    # more of what a decision does, named by its verb: "… công bố danh mục …",
    # "… phân bổ vốn …", "… thành lập Ban Chỉ đạo …"
    r"|công\s+bố|phân\s+bổ|điều\s+chỉnh|thành\s+lập|kiện\s+toàn|phát\s+triển|hợp\s+nhất"
    # what it updates: "Nghị quyết số 109/NQ-CP cập nhật, bổ sung Chương trình
    # hành động … thực hiện …"
    r"|cập\s+nhật(?:,?\s+bổ\s+sung)?"
    # and what it does to another text: "Nghị định số 15/2023/NĐ-CP … bãi bỏ
    # Nghị định số 31/2018/NĐ-CP", "… thay thế Quyết định số …" (not opening
    # a line: "… Thông tư số A" / "Bãi bỏ khoản 3 …" is the text's own provision)
    r"|(?<![\n\"“])(?:bãi\s+bỏ|thay\s+thế(?!\s+(?:bằng|cho)\s))"
    r"|(?:triển\s+khai\s+)?thực\s+hiện(?=\s+(?:Nghị|Chỉ|Kết|Kế|Quyết|Chương|Đề|Luật|Thông|Công|Văn))"
    # ("Kế hoạch số 15/KH-UBND … triển khai Kế hoạch số 40/KH-UBND …")
    r"|triển\s+khai(?=\s+(?:Nghị|Chỉ|Kết|Kế|Quyết|Chương|Đề|Luật|Thông|Công|Văn))))\s+"
)
# A paragraph that leaves the tasks to an appendix or table: "… thực hiện theo
# Phụ lục kèm theo", "… theo Bảng phân công nhiệm vụ".
BY_APPENDIX = _regex(r"(?i:theo|tại)\s+(?i:phụ\s+lục|bảng|biểu)")
# A body named by its kind alone, then its verb: "để Sở tổng hợp", "để Bộ
# tổng hợp" (the issuing department or ministry).
BARE_BODY = _regex(r"(?:Sở|Bộ|Phòng|Văn\s+phòng)(?=\s+\p{Ll})")
# A clause of its own between two documents, which then are no list sharing
# one issuer: a verb of what was done ("…, UBND phường đã kiện toàn … tại").
CLAUSE_BETWEEN = _regex(r"\s(?i:đã|đang|được|sẽ)\s")
# A subject that ends at a number's "số" is the next document's name ("một số",
# "some", is none), where the number follows it (a subject's own last word
# "số", "digital", is no number's: "… về chuyển đổi số; …").
SUBJECT_INTO_NUMBER = _std(r"(?<!một )\bsố\s*:?$")
NUMBER_NEXT = _std(r"[\s:]*\d")
# What stands between two documents of one list: a separator and an item's
# mark, "; (ii) ", "; b) ", "; - ".
LIST_ITEM_MARK = _std(r"\s*[;,]?\s*(?:và\s+)?(?:\(?(?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)|[-–+•])?\s*")
# A remark in brackets on the item before, lower case and short, which the
# list goes on after: its issuer's former state, "… của UBND tỉnh An Giang
# (cũ) và Kế hoạch số …", "(trước đây)", "(trước sắp xếp)" (matched where
# the gap opens with a bracket).
ITEM_REMARK_BEFORE_NEXT = _std(r"\s*\((?=[a-zàáạảãâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ])[^()\n\d]{1,40}\)")
# Or with a short label of its group, without digits, after a ";": "; (ii)
# Pháp luật về đất đai: Nghị định …", "; các văn bản hướng dẫn: Thông tư …".
# (its documents then by their numbers alone: "; Thông tư hướng dẫn của Bộ Xây dựng: số …")
LIST_ITEM_LABELLED = _std(r"\s*;\s*(?:\(?(?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s*)?[^\d:;.()\n]{2,50}:\s*(?:số\s*)?")
# Or, in a list of grounds, after plain items naming no document by its
# number: "…; các Thông tư hướng dẫn; Quy định … do UBND tỉnh ban hành; (ii)
# Phòng cháy và chữa cháy: Luật số …" ("Căn cứ" governs the whole list).
_ITEM_MARK = r"(?:\(?(?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s*)?"
LIST_PLAIN_ITEMS = _std(
    rf"(?:\s*;\s*{_ITEM_MARK}[^\d:;.()\n]{{2,160}}){{1,4}}\s*;\s*{_ITEM_MARK}(?:[^\d:;.()\n]{{2,50}}:\s*)?"
)
# Or an item opening with the provisions it rests on, no preposition before
# them: "Căn cứ: (i) …; (ii) …; (iii) Khoản 133, Điều 2; Điểm g4 khoản 2
# Điều 5 và điểm đ5 khoản 5 Điều 33 Nghị định số …" (matched on the words
# between the document before and the type word).
PINPOINT_ITEM = _std(
    # (the number atomic: "12" read as 12 only, not also as 1 and 2, which
    # doubled the tries per item when the list failed to end in a type word)
    rf"\s*;\s*{_ITEM_MARK}(?:(?i:điểm|khoản|điều)\s+(?>\d{{1,3}}[a-zđ]?\d{{0,2}}|[a-zđ]\d{{0,2}})"
    r"(?:\s*[,;]\s*(?i:và\s+)?|\s+(?i:và|hoặc)\s+|\s+))+"
)
# The head of a list such an item is in: "Căn cứ:", "Thực hiện:" (its relation
# word governs every item; searched back from the item, in its sentence).
COLON_LIST_HEAD = _std(r"(?i:(?P<basis>căn\s+cứ)|thực\s+hiện)\s*:")
COLON_LIST_REACH = 2000
# The label of such an item, "(iii)", "3)", "c)" (matched at its ";"): with
# the labels before it found in order from the head's "(i)", the item is in
# that list even across a sentence end between them (a footnote's text
# printed inside the list by a page's extraction).
ITEM_LABEL = _std(r"\s*;\s*\(?(?P<label>[ivx]{1,5}|\d{1,2}|[a-zđ])\)")
ROMAN_LABELS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
LETTER_LABELS = "abcdđefghiklmn"
# The joiner of a list of cited documents, ending the text before the next
# one's type word: "…, Thông tư số", "… và Thông tư số" (citations' _nest).
LIST_JOINER = _regex(r"\s*(?:,|\s(?:và|hoặc))\s*$", END)
# Two documents joined with nothing else between them: "… ngày 19/6/2026 và
# Văn bản số …", "…, Văn bản số …" (one sender's, see citations).
JOINED_DOCUMENT = _std(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
# A law named in a subject without its number ("hướng dẫn thi hành Luật Hóa
# chất và Nghị định số …"): the subject names documents, and goes on listing.
LAW_NAMED = _regex(r"\b(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp)\s+\p{Lu}")
# So does the Party's congress or plenum resolution, named without a number:
# "… thực hiện Nghị quyết Đại hội Đảng lần thứ XIV và Kết luận số 18-KL/TW"
# (the subject goes on to the conclusion too).
PARTY_RESOLUTION_NAMED = _regex(r"\bNghị\s+quyết\s+(?:Đại\s+hội|Hội\s+nghị\s+(?:lần\s+thứ\s+\S+\s+)?Trung\s+ương|Trung\s+ương)\b")
# A footnote's reference printed after a word of running text: "năm 2022[1]"
# (bracketed, as .docx and web copies print it) or "Chính phủ¹" (superscript).
FOOTNOTE_REF = _std(r"\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
# A new clause saying how things went: "…, nhận thức của cấp ủy … được nâng
# lên", "…, tỷ lệ lao động qua đào tạo tăng rõ rệt" (no title says so).
_SUBJECT_END_OUTCOME = (
    rf"|,\s+(?=[{LOWER}][^;.\n]{{0,160}}?\s(?:được\s+nâng\s+(?:lên|cao)|tăng\s+rõ\s+rệt|còn\s+(?:chậm|hạn\s+chế|thấp)\b))"
)
# Where a subject clause stops: a semicolon, a sentence end, an alias
# parenthesis, a new sentence, or what the sentence says of the document
# ("… được thay thế bởi …", "… bị bãi bỏ", "… được sửa đổi, bổ sung bởi …",
# "… hết hiệu lực kể từ …").
_SUBJECT_END = (
    # (also a parenthesis of what comes with it: "(kèm theo Văn bản …)")
    r";|\.(?:\s|$)|\(\s*(?i:sau\s+đây|kèm\s+theo|gửi\s+kèm|đính\s+kèm)|\n|:\s|\./\."
    # a date opening the citing sentence's next clause: "…, ngày 28/8/2024 UBND
    # tỉnh đã ban hành …"
    rf"|,\s+(?=ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}|\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s*,?\s+[{UPPER}])"
    # the citing sentence's own subject and verb: "…, Sở Công Thương đề nghị …"
    # (not a law listed with its number: "…, Luật Các tổ chức tín dụng số …")
    rf"|,\s+(?!(?:Bộ\s+)?Luật\s[^,;.\n]{{0,80}}?\ssố\s+\d)(?=[{UPPER}][^,;.\n]{{0,80}}?\s(?:đề\s+nghị|yêu\s+cầu|có\s+ý\s+kiến|hướng\s+dẫn\s+như\s+sau"
    r"|thông\s+báo|trả\s+lời|phúc\s+đáp|xác\s+định|ban\s+hành|tổ\s+chức|triển\s+khai"
    # "…, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"
    r"|xây\s+dựng\s+(?:[Kk]ế\s+hoạch|[Cc]hương\s+trình)|như\s+sau"
    # "…, UBND tỉnh đã giao Sở Nội vụ …": what the body did
    r"|đã)\b)"
    # or a subject in lower case: "…, phường đã tổ chức …", "…, các đơn vị đã …"
    rf"|,\s+(?=[{LOWER}]+(?:\s+[{LOWER}]+)?\s+(?:đã|đang)\s)"
    # or a new clause saying how things went (_SUBJECT_END_OUTCOME)
    + _SUBJECT_END_OUTCOME
    # the next act of a look back on years: "Sau 10 năm thực hiện Chỉ thị A về … và
    # 3 năm thực hiện Kết luận B"
    + r"|\s+và\s+(?:hơn\s+)?\d+\s+năm\s+(?:thực\s+hiện|triển\s+khai)\s"
    # what the citing sentence's subject is to do with it: "… về chính sách nhà
    # ở cho công nhân, trình Thủ tướng Chính phủ trong quý IV"
    rf"|,\s+(?:trình|báo\s+cáo)\s+(?=[{UPPER}])"
    # the citing sentence's lead into what it lists: "… Luật Hỗ trợ doanh
    # nghiệp nhỏ và vừa, cụ thể:"
    r"|,\s*cụ\s+thể\s*(?::|,|\s+như\s+sau)"
    # a predicate of the noun the document is named in, after "và": "các cụm
    # công nghiệp hình thành trước Quyết định số … về việc ban hành Quy chế …
    # và không có chủ đầu tư …" (a title's inner "và" joins two nouns)
    # (not "… không báo cáo và không theo quy định (IUU)", a title's)
    r"|\s+và\s+(?:không|chưa)\s+có\s"
    r"|[\s(](?:đã\s+)?(?:[Đđ]ược|bị)\s+(?:thay\s+thế|bãi\s+bỏ|sửa\s+đổi|đính\s+chính)|\s(?:đã\s+)?hết\s+hiệu\s+lực"
    # "…, sửa đổi bổ sung bởi Thông tư số …": another document's act on it
    r"|,?\s+sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?\s+(?:bởi|theo|tại)\s"
    # or the acts amending it listed by their kind: "… và các Nghị định sửa đổi,
    # bổ sung gồm: số A, số B" (see AMENDED_BY)
    r"|,?\s+và\s+các\s+(?:Luật|Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|văn\s+bản)\s+sửa\s+đổi\b"
    # the citing sentence's second act, on another document (or a part of one)
    # of any type: "… thay thế Thông tư số A về việc hướng dẫn … và bãi bỏ
    # Điều 2 Thông tư số B …", "Kế hoạch này thay thế Kế hoạch số A về … năm
    # học 2025 - 2026 và bãi bỏ Kế hoạch số B …"
    r"|,?\s+(?:và|đồng\s+thời)\s+(?:bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|thay\s+thế)\s+(?=(?:Điều|Khoản|khoản|điểm|Điểm|Mục|mục"
    r"|Phụ\s+lục|Thông\s+tư|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Kết\s+luận"
    r"|Công\s+văn|Văn\s+bản|Thông\s+báo|Hướng\s+dẫn|Quy\s+định|Quy\s+chế|Đề\s+án|Phương\s+án)\s)"
    # what a phrase quoted before it becomes: "… tại Điều 7 Nghị định số … quy
    # định X thành cụm từ “…”"
    r"|\s(?i:thành)\s+(?:(?i:cụm\s+từ)|[\"“])"
    # the host sentence's predicate, which no title holds: "Nghị định số … về
    # quản lý cụm công nghiệp có hiệu lực …", "… thì …"
    r"|\s(?:có\s+hiệu\s+lực|thì)\s"
    # the citing sentence's purpose: "…, để chủ động phòng ngừa …", "…, nhằm …",
    # "… và để đảm bảo việc thực hiện …" (a second reason of the citing sentence)
    r"|,\s+(?:để|nhằm)\s|\s+và\s+(?:để|nhằm)\s"
    # the citing text's own clause resuming on what the document holds: "…
    # ban hành Chương trình hành động … thực hiện Nghị quyết số A, trong đó
    # hướng dẫn và tổ chức triển khai … Kết luận số B" (not "trong đó có/gồm …",
    # a part of what it names)
    rf"|,\s+trong\s+đó\s*,?\s+(?!(?:có|gồm|bao\s+gồm)\s)(?=[{LOWER}])"
    # the citing sentence going on, its clause joined to the preamble line
    # before: "… của UBND tỉnh Lào Cai, Sau khi xem xét, Sở …"
    r"|,\s+(?=(?:Sau\s+khi|Theo\s+đề\s+nghị|Xét)\s)"
    # the next input a "Xét …" lists: "… về tình hình giải ngân, đề nghị của UBND
    # tỉnh Gia Lai tại văn bản số …", "…, ý kiến của Bộ Tư pháp tại …"
    r"|,\s+(?:và\s+)?(?:báo\s+cáo|đề\s+nghị|ý\s+kiến|tờ\s+trình|kiến\s+nghị|văn\s+bản)\s+(?:của|tại)\s"
)
SUBJECT_END = _std(_SUBJECT_END)
# A look back on the years a document has run, opening the citing sentence:
# "Sau hơn 5 năm thực hiện Chỉ thị số …", "Qua 10 năm triển khai Nghị quyết
# …" (matched on the words up to the type word). The sentence's main clause
# resumes after the cited subject: "… về tăng cường …, công tác phòng, chống
# ma túy đã đạt được …" (see MAIN_CLAUSE_VERB).
LOOK_BACK_OPENING = _regex(
    r"(?i:sau|qua)\s+(?:(?i:hơn|gần)\s+)?[^\s.;,]+\s+(?i:năm)\s+(?i:thực\s+hiện|triển\s+khai)\s+$"
)
# The main clause's verb after such an opening: its subject, a short noun
# phrase, stands between the comma ending the cited subject and it.
MAIN_CLAUSE_VERB = _std(r"\s(?:đã|đang|vẫn|đều)\s")
# A sentence opening with what it carries out, fronted before its main clause:
# "Thực hiện Kế hoạch số 01-KH/BCĐTW … về …, thời gian qua các cấp ủy …",
# "Triển khai Nghị quyết số …, các cấp ủy …" (matched from the sentence's
# start, a list mark allowed, up to the first type word).
FRONTED_CARRYING_OUT = _std(
    r"\s*(?:[-+•–]\s*)?(?:(?:Tiếp\s+tục|tiếp\s+tục)\s+)?(?:(?:Thực|thực)\s+hiện|(?:Triển|triển)\s+khai"
    r"(?:\s+thực\s+hiện)?|(?:Quán|quán)\s+triệt)\s"
)
# The comma closing such a phrase, where the main clause resumes (the cited
# subject ends there): a time adverbial opening the clause ("…, thời gian qua
# các cấp ủy …", "…, những năm qua, …", "…, trong thời gian tới …"), which no
# title holds after a comma; or the clause's subject in lower case, a whole or
# a plural ("…, các cấp ủy, tổ chức đảng đã …", "…, toàn tỉnh đã …"), or a year
# ("…, năm 2024 toàn tỉnh đã …"), before the clause's verb, within a short
# stretch (a title's next noun, "…, các sản phẩm OCOP", has none).
MAIN_CLAUSE_AFTER_FRONTED = _std(
    r",\s+(?=(?:trong\s+)?(?:thời\s+gian|(?:những|các|mấy)\s+năm|năm)\s+(?:vừa\s+qua|qua|gần\s+đây|tới)[\s,]"
    r"|(?:(?:trong|từ)\s+)?năm\s+\d{4}\s[^;.\n]{0,100}?\s(?:đã|đang|sẽ|vẫn|đều|tiếp\s+tục)\s"
    r"|(?:các|những|toàn)\s[^;.\n]{0,100}?\s(?:đã|đang|sẽ|vẫn|đều|tiếp\s+tục)\s(?!được\s|bị\s))"
)
# The same without the outcome clause, for a window holding none of the words
# that clause needs (one in each of its branches, written in lower case): its
# look-ahead scans up to 160 characters at each comma, half the pattern's cost.
SUBJECT_END_NO_OUTCOME = _std(_SUBJECT_END.replace(_SUBJECT_END_OUTCOME, "", 1))
SUBJECT_END_OUTCOME_WORDS = ("nâng", "rệt", "còn")
# Where it may start (tried there only: tried everywhere, each of its
# alternatives is tried at each place): a mark it opens with, or a space before
# another or before a word its alternatives open with after their spaces. It
# opens with a class, which re scans for in C; it takes one character, so it
# finds every such place.
SUBJECT_END_AT = _std(
    r"[;.(\n:,\s](?:(?<=[;.(\n:,])|(?=\s|đã\s|[Đđ]ược\s|bị\s|hết\s|sửa\s|và\s|đồng\s|có\s|thì\s|(?i:thành)\s))"
)

# A normative title in parts, joined by ";": "Nghị định … quy định về phân
# cấp quản lý; hướng dẫn thi hành một số điều của Luật Đấu thầu" (each part
# opens in lower case with the verb of what the text does; a new item of a
# list opens with a capital).
TITLE_PART_LEAD = _std(r"(?:quy\s+định|hướng\s+dẫn|sửa\s+đổi)\b")
TITLE_PART_AFTER = _std(r";[^\S\n]*(?:quy\s+định|hướng\s+dẫn|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ)\s")
# A plan's purpose part ("I. MỤC ĐÍCH, YÊU CẦU") says what the plan itself
# carries out: its relation words are the document's, unlike a task's.
PURPOSE_HEADING = _std(r"(?i:mục\s+đích)")
# A part whose heading names its content as the text's basis: "I. CĂN CỨ XÂY
# DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý", "CƠ SỞ PHÁP LÝ", "Sự cần thiết và căn cứ
# ban hành" (a short heading, no document named in it: "1. Căn cứ Kế hoạch số
# …, UBND xã …" is an item's own clause). Each document listed under it, a
# paragraph, a bullet or a table's row opening with it, is a basis as if its
# line opened with "Căn cứ".
BASIS_HEADING = _std(
    r"(?i:(?:sự\s+cần\s+thiết(?:\s*,\s*|\s+và\s+))?(?:(?:các|những)\s+)?(?:văn\s+bản\s+)?"
    r"(?:căn\s+cứ|cơ\s+sở\s+(?:pháp\s+lý|chính\s+trị|xây\s+dựng|ban\s+hành|để)))(?=\s|:|$)[^\d\n]{0,60}$"
)
# What may stand before a document listed under such a heading, on its line:
# a bullet, an item's mark, a table row's number ("| 3 | Kế hoạch số …").
LISTED_AT_LINE_START = _std(r"[^\S\n]*(?:\|[^\S\n]*)?(?:(?:\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,5})[.)]|\d{1,2}|[-–+•*])[^\S\n]*)?(?:\|[^\S\n]*)?")
# A plan's parts that set no task: its purpose and requirements, its goals and
# targets, the situation it starts from ("I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC
# TIÊU", "I. KẾT QUẢ THỰC HIỆN NĂM 2025", "ĐÁNH GIÁ TÌNH HÌNH").
NO_TASK_PART = _std(
    # (also with a quantifier first: "III. MỘT SỐ CHỈ TIÊU CHỦ YẾU", "Các kết quả đạt được")
    r"^(?i:(?:một\s+số|các|những)\s+)?(?i:mục\s+đích|yêu\s+cầu|mục\s+tiêu|chỉ\s+tiêu|kết\s+quả|đánh\s+giá|tình\s+hình|thực\s+trạng|căn\s+cứ|sự\s+cần\s+thiết)"
)
# A part that asks other bodies, whose items are requests: "IV. ĐỀ NGHỊ CÁC CƠ
# QUAN, ĐỊA PHƯƠNG PHỐI HỢP", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "III. KIẾN NGHỊ".
REQUEST_PART = _regex(r"^(?i:(?:đề\s+xuất\s*(?:,|và)\s*)?(?:kiến\s+nghị|đề\s+nghị)\b)")
# The same part's opening words before the bodies it asks, when its heading
# names them: "IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", "III. KIẾN NGHỊ VỚI
# UBND TỈNH", "Đề nghị đối với Ủy ban MTTQ Việt Nam tỉnh" (its items, naming no
# body of their own, are those bodies' tasks).
PART_ASKS = _regex(r"^(?i:(?:đề\s+xuất\s*(?:,|và)\s*)?(?:kiến\s+nghị|đề\s+nghị)(?:\s+(?:đối\s+)?với)?)\s+")
# A sentence in which a body says what it will do itself, its subject's name
# then "sẽ": "Sở Công Thương sẽ phối hợp với UBND xã và doanh nghiệp kiểm tra
# thực tế …" (the issuer's own commitment, inside a point asking a firm).
WILL_DO = _regex(r"\s*(?P<body>\p{Lu}[^,.;:()\n]{2,80}?)\s+(?:cũng\s+)?sẽ\s")
# A letter's outline part that asks, named by its request words alone: "3.
# Kiến nghị", "III. ĐỀ XUẤT, KIẾN NGHỊ" (beside "1. Thực trạng …", "2. Khó
# khăn, vướng mắc": the report's own facts, no task of the body asked).
REQUEST_PART_NAME = _regex(
    r"^(?i:(?:kiến\s+nghị|đề\s+nghị|đề\s+xuất)(?:\s*(?:,|và)\s*(?:kiến\s+nghị|đề\s+nghị|đề\s+xuất))?)\s*[:.]?\s*$"
)
# A report's or submission's part proposing to other bodies: "III. ĐỀ XUẤT",
# "Đề xuất, kiến nghị" (see REQUEST_PART for "Kiến nghị …").
PROPOSAL_PART = _regex(r"^(?i:đề\s+xuất)\b")
# A submission's account of the draft it proposes: "III. NỘI DUNG CHÍNH CỦA DỰ
# THẢO KẾ HOẠCH", "Bố cục, nội dung dự thảo Quyết định", "Nội dung cơ bản của
# dự thảo": the draft's targets, tasks and dates, none of the submission's own
# (its assignments, deadlines and targets are all left out).
DRAFT_CONTENT_PART = _regex(
    r"^(?:(?i:bố\s+cục)\s*(?:,|và)?\s*)?(?i:nội\s+dung)(?:\s+(?i:chính|chủ\s+yếu|cơ\s+bản))?\s+(?:(?i:của)\s+)?(?i:dự\s+thảo)\b"
    r"|^(?i:bố\s+cục)\s+(?:(?i:của)\s+)?(?i:dự\s+thảo)\b"
)
# Relation keywords, in the clause before a citation (case-insensitive;
# titles are in capitals). The last one before the citation decides.
# ("trên cơ sở Nghị quyết số …" relies on it as "căn cứ" does)
REL_BASIS = _regex(r"(?i:căn\s+cứ|trên\s+cơ\s+sở)")
# The results of carrying a document out, right before it: "Trên cơ sở kết
# quả thực hiện Kế hoạch số …", "kế thừa kết quả triển khai Chương trình …",
# "căn cứ kết quả sơ kết 03 năm thực hiện Nghị quyết …". What is relied on is
# what was achieved under a predecessor, not the document as a source: a
# mention (matched on the words up to the type word).
RESULTS_OF_CARRYING_OUT = _regex(
    r"(?i:kết\s+quả)(?:\s+[^\s.;:,()]+){0,5}?\s+(?i:thực\s+hiện|triển\s+khai)(?:\s+(?i:việc))?\s*$", END
)
# Words each match of it holds, lowered: a cheap test before the pattern.
# (Words for such tests leave out "i", "s" and "k": (?i) also matches "İ", "ſ"
# and the Kelvin sign "K" for them, which lower() does not turn into them.)
REL_BASIS_WORDS = ("căn", "trên")
# Not the carrying out spoken of, before a relation's verb: "vướng mắc trong
# (quá trình) thực hiện Thông tư …", "kết quả thực hiện …", "tình hình thực hiện …";
# the years it has run, looked back on ("Sau 10 năm thực hiện Chỉ thị A … và 3 năm
# thực hiện Kết luận B, …"); a
# tie to another programme ("gắn (việc thực hiện A) với thực hiện Nghị quyết B").
# A review's or an evaluation's object, whatever period stands between: "kết
# quả 06 tháng thực hiện A", "sơ kết 03 năm thực hiện A", "tổng kết việc thực
# hiện A" report on carrying A out (a report, a conclusion reviews A).
_NOT_SPOKEN_OF = (
    r"(?<!(?i:trong|quá\s+trình|kết\s+quả|tình\s+hình|vướng\s+mắc|với)\s)"
    r"(?<!(?:\b[Ss]au|\b[Qq]ua|\bvà)\s+(?:hơn\s+)?\d+\s+năm\s)"
    r"(?<!(?i:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá)\s+"
    r"(?:(?i:\d+|một|hai|ba|năm|mười)\s+(?i:tháng|năm)(?:\s+(?i:đầu|cuối)\s+năm)?(?:\s+\d{4})?\s+)?(?i:việc\s+)?)"
)
REL_IMPLEMENTS = _regex(
    # (a letter looked at first: the look back is tried only where a word may start)
    r"(?=[tTcCqQhH])"
    + _NOT_SPOKEN_OF
    # (nor a sentence's or clause's topic: "…. Việc triển khai Nghị định số A … đã tạo
    # chuyển biến", "Tuy nhiên, việc thực hiện Chỉ thị số A vẫn còn hạn chế",
    # "…; việc thực hiện Luật A có nơi chưa nghiêm")
    + r"(?<!(?:^|[.;]\s{1,3})Việc\s)(?<![,;]\s{1,3}việc\s)"
    # ("phải thực hiện đúng Luật …" orders compliance with the act: no relation;
    # the pattern is tried on the text up to the document's type word)
    + r"(?i:thực\s+hiện(?!\s+đúng(?:\s+(?-i:\p{Lu})|\s*$))|triển\s+khai|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|quán\s+triệt|hướng\s+dẫn\s+thi\s+hành)"
)
REL_IMPLEMENTS_WORDS = ("thực", "ển", "cụ", "quán", "hướng")  # (see REL_BASIS_WORDS)
# A relation's verb ending a line whose next line opens with the document: a
# title's or a clause's wrap ("triển khai thực hiện\nNghị quyết số …").
RELATION_AT_LINE_END = _regex(
    _NOT_SPOKEN_OF
    + r"(?i:thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|căn\s+cứ|trên\s+cơ\s+sở)[^\S\n]*\n[^\S\n]*$"
)
# What a cited document's subject says it carries out, besides REL_IMPLEMENTS:
# "quy định chi tiết một số điều và biện pháp thi hành Luật …", "quy định chi
# tiết Luật …" (a decree detailing a law, a circular a decree).
# So does a circular "hướng dẫn Nghị định A và Nghị định B" (guiding them,
# named right after the verb), "hướng dẫn thực hiện một số nội dung của Nghị
# định …" (carrying part of it out is carrying it out).
SUBJECT_IMPLEMENTS = _regex(
    r"(?i:thi\s+hành|quy\s+định\s+chi\s+tiết)"
    r"|(?i:hướng\s+dẫn)(?:\s+(?i:thực\s+hiện))?(?:\s+(?i:một\s+số\s+(?:điều|nội\s+dung))(?:\s+(?i:của))?)?"
    r"\s+(?=(?:Luật|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Pháp\s+lệnh)\s|$)"
)
# A plan's subject made under a directive named right after "theo": "… về
# tăng cường công tác bảo vệ trẻ em theo Chỉ thị số 28-CT/TW" (not "ban hành
# kèm theo", attached; nor "theo văn bản số …", a letter it was sent by: the
# act must be one that directs, see ``_SUBJECT_UNDER_TYPES``).
SUBJECT_UNDER = _std(r"(?<!\bkèm\s)(?<!\bKèm\s)\b(?:theo|Theo)\s+$")
# The document a letter answers, received: "Sở Công Thương nhận được Văn bản
# số …", "… đã tiếp nhận Tờ trình số …", "… nhận được hồ sơ kèm theo văn bản
# số …". Asking for something ("về việc đề nghị …"), it is the proposal.
# (and the letter a reply answers: "Phúc đáp Văn bản số …", "Trả lời Công văn số …")
RECEIVED = _regex(r"(?i:(?:nhận\s+được|tiếp\s+nhận|phúc\s+đáp|trả\s+lời)(?:\s+[^\s.;:]+){0,5})\s*$", END)
# A document enclosed with a dossier received, the request it makes: "…
# nhận được hồ sơ đề nghị cấp Giấy phép … của Công ty A, kèm theo Giấy đề
# nghị số 01/GPVC …" (searched in the sentence up to the type word); or in
# a later item of the dossiers received, listed: "nhận được 02 bộ hồ sơ …,
# gồm: (1) hồ sơ … kèm theo Đơn đề nghị số A; (2) hồ sơ … kèm theo Giấy đề
# nghị số B".
RECEIVED_DOSSIER = _regex(
    r"(?i:nhận\s+được|tiếp\s+nhận)\s+(?:\d{1,3}\s+(?i:bộ\s+)?)?(?i:hồ\s+sơ)[^.;]{0,400}?"
    r"(?:;\s*(?:\(?(?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s*|[-–+•]\s*)?(?i:hồ\s+sơ)[^.;]{0,400}?){0,9}(?i:kèm\s+theo)\s*$"
)
# A receipt anywhere in the clause before a submission (a Tờ trình, a Giấy đề
# nghị): the body answering it received it, a proposal whatever else the
# clause says ("Sở Công Thương nhận được thủ tục hành chính … về việc thẩm
# định thiết kế xây dựng triển khai sau thiết kế cơ sở, kèm theo: (i) Tờ
# trình số …": "triển khai" is the dossier's subject, not a verb governing it).
RECEIVED_IN_CLAUSE = _regex(r"(?i:nhận\s+được|tiếp\s+nhận)")
# The two words right before a type word, on its line (matched on a short
# slice ending at it): a compound type's head noun, "Thông báo kết luận số
# 215-TB/TU" being a Thông báo (its number's code says so) of conclusions.
HEAD_TYPE_BEFORE = _regex(r"(?:^|(?<=[^\p{L}]))(?P<head>\p{L}+[^\S\n]+\p{L}+)[^\S\n]+$")
REL_PROPOSAL = _regex(r"(?i:(?:xét|theo)\s+đề\s+nghị|đề\s+nghị\s+của|tờ\s+trình)")
REL_PROPOSAL_WORDS = ("nghị", "trình")  # (see REL_BASIS_WORDS)
# A document named before, in the same clause, with its subject still open:
# "… nhận được Văn bản số 12/CT ngày … của Công ty A về việc hoàn thiện hồ sơ
# theo đề nghị của Sở X tại Văn bản số …" — the proposal is that subject's
# (what the company's letter answered), not the citing text's own.
SUBJECT_OPEN_BEFORE = _regex(r"(?i:số)\s+\d[^\s;]*[^;\n]*?\s(?i:về\s+việc|v/v)\s[^;\n]*$")
# The same, in the words right after the document named before (its number
# not in them): "Thực hiện Phiếu chuyển số A ngày … về việc giao Sở … giải
# quyết đề nghị của Công ty X tại Công văn số B".
SUBJECT_OPEN_AFTER_DOC = _regex(r"^[^;\n]*?\s(?i:về\s+việc|v/v)\s[^;\n]*$")
# A subject saying the document asks for something (not "… thẩm định hồ sơ
# đề nghị thành lập …", where the request is another's).
REQUEST_SUBJECTS = ("về việc đề nghị", "về đề nghị", "đề nghị", "về việc xin", "xin")
# The issuer named before the document, as its sentence's subject: "Ngày
# 19/12/2025, Sở Công Thương có Văn bản số 3169/SCT-CN …", "UBND tỉnh đã ban
# hành Quyết định số …" (matched on the text before the type word; the name
# opens with a body's word, checked in code).
ISSUER_BEFORE = _regex(
    # ("Sở Tài chính báo cáo tại Báo cáo số …": who reports, submits or proposes in it)
    # (after the day it did so too: "ngày 28/7/2025 UBND phường đã ban hành
    # Kế hoạch số …"; a bare "Sở" is the issuer itself, resolved later)
    # (a sentence's end opens one too, and no name runs over it: "… Văn phòng
    # Chính phủ. Sau khi nghe Bộ Giáo dục và Đào tạo báo cáo tại Báo cáo số …")
    r"(?:(?:^|[,;:.]\s+|\n|(?i:ngày)\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*,?\s+)"
    # (a clause of time before it: "Ngay sau khi Huyện ủy ban hành Kế hoạch số …")
    r"(?:(?i:(?:ngay\s+)?sau\s+khi(?:\s+nghe)?|khi)\s+)?"
    r"(?P<issuer>\p{Lu}(?:[^,;:.\n]|\.(?!\s)){1,90}?)\s+(?:(?i:đã)\s+)?(?i:có|ban\s+hành|gửi|(?:báo\s+cáo|trình|đề\s+xuất)\s+tại)"
    # (the documents it issued listed after a colon: "UBND tỉnh đã ban hành
    # nhiều văn bản chỉ đạo như: Quyết định số …")
    r"(?:\s+[^;:\n]{0,60}?\s(?i:như|gồm|sau(?:\s+đây)?)\s*:)?"
    # ("UBND tỉnh Yên Bái đã phê duyệt khu vực cấm tại Quyết định số …", "Sở Tư
    # pháp đã tham gia ý kiến tại Văn bản số …": what it decided, said in it;
    # the verb in lower case, "Ban Chỉ đạo" is none, and the name holds no
    # "đã": "UBND phường đã kiện toàn Ban chỉ đạo tại …" is no name)
    r"|(?:^|[,;:]\s+|\n)(?P<issuer>\p{Lu}(?:(?!\s(?i:đã)\s)[^,;:\n]){2,90}?)\s+(?:(?i:đã)\s+)?"
    r"(?:phê\s+duyệt|tham\s+gia\s+ý\s+kiến|có\s+ý\s+kiến|chấp\s+thuận|thống\s+nhất|chỉ\s+đạo|hướng\s+dẫn|trả\s+lời)"
    r"(?:\s[^,;:\n]{1,80}?)?\s+(?i:tại)"
    # or in the passive: "… được UBND tỉnh phê duyệt tại Quyết định số …",
    # "chứng chỉ do Sở Xây dựng cấp kèm theo Quyết định số …", "… được UBND
    # tỉnh thành lập tại các Quyết định số: …" (a list, each item its)
    r"|\s(?i:được|do)\s+(?P<issuer>\p{Lu}[^,;:\n]{2,90}?)\s+"
    r"(?i:phê\s+duyệt|cấp|ban\s+hành|chấp\s+thuận|(?:trình|gửi|lập|thành\s+lập|đề\s+xuất|công\s+bố)(?=\s+tại))"
    r"(?:\s+(?i:tại|(?:kèm\s+)?theo)(?:\s+(?i:các))?)?"
    # or the agent after the verb: "… được thành lập bởi UBND tỉnh tại các
    # Quyết định số: …" ("bởi" left out only after a verb no body is the
    # object of; after "cấp", "gửi", "trình" that body is the recipient)
    r"|\s(?i:được)\s+(?:(?i:phê\s+duyệt|ban\s+hành|thành\s+lập|công\s+bố|chấp\s+thuận)(?:\s+(?i:bởi))?"
    r"|(?i:cấp|lập|trình|gửi|đề\s+xuất)\s+(?i:bởi))\s+(?P<issuer>\p{Lu}[^,;:\n]{2,90}?)\s+(?i:tại|theo)(?:\s+(?i:các))?)\s*$"
)
# A document named after "tại" by a phrase that opens with no type word ("…
# công bố tại Bản công bố năng lực … số 01/CB-…"; matched on the text before
# its number): the issuer is named before "tại", as for a type word.
NAMED_AFTER_AT = _regex(r"\s(?i:tại)\s+(?P<name>\p{Lu}(?:(?!\s(?i:tại)\s)[^,;:()\n]){0,140}?)\s(?i:số)\s*:?\s*$")
# The agent of a passive inside a clause: "hồ sơ do …", "… được …".
PASSIVE_AGENT = _regex(r"\s(?i:do|được)\s+(?=\p{Lu})")
# A verb said again opening the next clause, its agent left out, shares the
# agent of the passive before it: "… được UBND tỉnh Yên Bái (trước sáp nhập)
# cấp Giấy chứng nhận đầu tư số … ngày 12/7/2010; cấp Giấy phép khai thác số
# 412/GP-UBND …" (matched on the text before the second document's type word).
VERB_AGAIN_BEFORE = _regex(r";\s*(?P<verb>(?i:cấp|phê\s+duyệt|ban\s+hành|chấp\s+thuận))\s+$")
# That passive: its agent and verb ("được UBND tỉnh Yên Bái cấp ").
PASSIVE_AGENT_VERB = _regex(
    r"\s(?i:được|do)\s+(?P<issuer>\p{Lu}[^,;:\n]{2,90}?)\s+"
    r"(?P<verb>(?i:cấp|phê\s+duyệt|ban\s+hành|chấp\s+thuận))\s"
)
# A remark in brackets inside a body's name: "UBND tỉnh Yên Bái (trước sáp
# nhập)", "(nay là …)"; no part of the name.
REMARK_IN_NAME = _std(r"\s*\([^()\n]*\)")
# A person's role in a committee after the post that names the body: "Trưởng
# phòng Tư pháp huyện - Phó Trưởng ban Ban Chỉ đạo" (the role is no part of
# the body's name; "Sở Lao động - Thương binh và Xã hội" opens no role).
COMMITTEE_ROLE_TAIL = _regex(
    r"\s+[-–]\s+(?i:(?:phó\s+)?(?:trưởng\s+ban|trưởng\s+đoàn|tổ\s+trưởng|chủ\s+tịch|chủ\s+nhiệm)|tổ\s+phó"
    r"|thành\s+viên|ủy\s+viên|uỷ\s+viên|thư\s+ký|thường\s+trực)\b.*$"
)
# Any body whose document a clause names right after it: "ý kiến thẩm định
# của Sở Tài chính tại Công văn số …", "kiến nghị của UBND Thành phố Hồ Chí
# Minh tại Văn bản số …" (matched on the text before the type word; the name
# opens with a body's word, checked in code).
OF_BODY_AT = _regex(
    # (no verb inside: "… của UBND tỉnh, UBND phường đã kiện toàn … tại Quyết định
    # số …" names the ward's decision, not the province's)
    r"(?i:của)\s+(?P<issuer>(?:(?!(?i:của|tại|và\s+\p{Ll}|theo|quy\s+định|đã|đang|sẽ|được)\s)[^;:()\n]){3,120}?)\s+(?i:tại)\s*$"
)
# One body advising another, which issues: "Sở Y tế đã tham mưu UBND tỉnh ban
# hành Công điện số …" (the issuer is the one advised).
ADVISED = _regex(r"\s(?:(?i:đã)\s+)?(?i:tham\s+mưu(?:\s+cho)?|đề\s+xuất(?:\s+với)?|trình)\s+(?=\p{Lu})")
# The day such a sentence opens with: "Ngày 05/3/2026, " or "Ngày 19 tháng 12
# năm 2025, " right before the issuer, or a clause: "…, ngày 28/7/2025 UBND
# phường đã ban hành …".
DATE_OPENING_SENTENCE = _regex(
    r"(?i:ngày)\s+(?P<d>\d{1,2})(?:\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+)(?P<y>(?:19|20)\d\d)\s*,?\s*$"
)
# The subject of a clause that issues the document after a clause of its own
# in between: "…; Sở Công Thương đã tổ chức 01 cuộc kiểm tra …, qua kiểm tra
# đã ban hành Quyết định số …" (matched on the text before the type word; the
# last part names no other body, "…, trình UBND tỉnh ban hành …", and asks no
# one: checked in code).
ISSUER_CLAUSE_SUBJECT = _regex(
    r"(?:^|[;:]\s+|\.\s+|\n)(?P<issuer>\p{Lu}(?:(?!\s(?i:đã)\s)[^,;:\n]){2,80}?)\s+(?i:đã)\s+[^;:\n]{1,240}?"
    r",\s*(?P<last>[^,;:\n\p{Lu}]{0,60}?)(?i:ban\s+hành)\s*$"
)
# The subject of the clause a document is named in, deciding in it, where
# what it decided is a list with commas ("…; Ủy ban nhân dân tỉnh Yên Bái đã
# phê duyệt khu vực cấm …, khu vực tạm thời cấm … tại Quyết định số …"): the
# number's own clause names its issuer, not a clause before it. The object
# holds no clause of its own (no "đã", "được" … of another verb, no ";" nor
# a sentence's end) and names no other's rule ("theo", "quy định", "của")
# (matched on the text before the type word; the name opens with a body's
# word and fits the number's code: checked in code).
ISSUER_DECIDED_IN_CLAUSE = _regex(
    r"(?:^|[,;:]\s+|\.\s+|\n)(?P<issuer>\p{Lu}(?:(?!\s(?i:đã)\s)[^,;:\n]){2,90}?)\s+(?i:đã)\s+"
    r"(?i:phê\s+duyệt|tham\s+gia\s+ý\s+kiến|có\s+ý\s+kiến|chấp\s+thuận|thống\s+nhất|chỉ\s+đạo|hướng\s+dẫn|trả\s+lời)"
    r"\s(?:(?!\s(?i:đã|đang|được|sẽ|do|theo|của|quy\s+định)\s)[^;:\n]){1,240}?\s(?i:tại)\s*$"
)
# A body's former name in brackets after it: "của Bộ Xây dựng (trước đây là
# Bộ Giao thông vận tải)", "(tiền thân là …)". An act is its issuer's at its
# date: the former body's, where the number's code names that body and not
# the one named first (checked in code; "(nay là …)" names the successor of
# a body already the issuer).
FORMER_NAME_AFTER = _regex(
    r"\s*\(\s*(?i:trước\s+(?:đây\s+)?là|tiền\s+thân\s+là)\s+(?P<former>\p{Lu}[^()\n]{2,90}?)\s*\)"
)
# (what makes that last part no issuing of the subject's: it asks another to)
CLAUSE_SUBJECT_NOT_ISSUING = ("trình", "đề nghị", "tham mưu", "đề xuất", "kiến nghị", "chờ", "sẽ")
ISSUER_BEFORE_VERBS = (
    " có", " ban hành", " gửi", " tại", " theo", " phê duyệt", " cấp", " chấp thuận", " như:", " gồm:", " sau:", " đây:",
    " tại các", " theo các",
)  # (a test before it)
# A paragraph opening with the proposal formula is one clause up to its
# citations, however long the proposer's name: "Xét đề nghị của Chi nhánh Mỏ
# tuyển đồng Sin Quyền, Lào Cai - VIMICO tại Văn bản số …".
# "Xét Báo cáo thẩm định số …", "Xét Tờ trình số …", "Xét hồ sơ …": what a
# decision considers, submitted to it, is its proposal too.
PROPOSAL_OPENER = _std(r"[^\S\n]*(?:[-–+][^\S\n]*)?(?i:theo\s+đề\s+nghị|xét)\b")
# The proposer named before the document: "đề nghị của X tại Văn bản số …",
# and whoever directs or advises the same way ("ý kiến chỉ đạo của UBND tỉnh
# tại Văn bản số …"),
# and in a list of proposals each item's "; Y tại Văn bản số …" (matched on
# the text before the type word). A short name given in brackets after it
# ("(sau đây gọi tắt là Công ty)") is not part of it.
PROPOSER_BEFORE = _regex(
    # ("…; của Chủ tịch UBND thành phố Cần Thơ tại Tờ trình số …": the item's "của")
    r"(?:(?i:đề\s+nghị|(?P<lead>chỉ\s+đạo|ý\s+kiến))\s+(?i:của)|(?P<item>[;:])(?:\s+(?i:của))?)\s+"
    r"(?P<issuer>(?:(?!(?i:đề\s+nghị\s+của|tại\s))[^;:\n]){3,160}?)(?:\s*\([^()]{0,60}\))?"
    r"\s+(?i:tại|theo)(?:\s+(?i:các))?\s*$"
)
# The next body of a list whose each item names its document: "… đề nghị của
# Sở Tài chính tại Văn bản số … và Sở Nội vụ tại Văn bản số …" (the text
# between the two documents, whole).
NEXT_BODY_AT = _regex(
    r"\s*(?:[,;]\s*)?(?:và\s+)?(?P<body>\p{Lu}(?:(?!\s(?:đã|đang|sẽ|được|của)\s)[^,;:.\n]){2,80}?)\s+(?i:tại)\s*"
)
# A minister's title before the ministry ("Bộ trưởng Bộ Y tế", "Thống đốc Ngân
# hàng Nhà nước Việt Nam"): the ministry is the body.
MINISTER_OF = _regex(r"(?:^|(?<=\s))(?:Bộ\s+trưởng|Thống\s+đốc)\s+(?=(?:Bộ|Ngân\s+hàng)\s+\p{Lu})")
# A scope in a subject: "trên địa bàn huyện Can Lộc", "trên địa bàn tỉnh".
LOCAL_SCOPE = _regex(r"\s+trên\s+địa\s+bàn\s+(?P<kind>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\b")
# A subject acting on the documents it names: "sửa đổi, bổ sung một số điều
# của …", "bãi bỏ …", "thay thế …", "đính chính …".
ACTS_ON_DOCUMENTS = _regex(r"(?i:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|đính\s+chính|hủy\s+bỏ|huỷ\s+bỏ)\b")
# The same after "về (việc)", for the acts such a subject names joined by "và":
# "Nghị định số A về việc sửa đổi, bổ sung … của Nghị định số B … và Nghị định
# số C …" amends B and C (citations' _nest).
ACTS_ON_DOCUMENTS_ABOUT = _regex(r"(?:(?i:về)\s+(?:(?i:việc)\s+)?)?" + ACTS_ON_DOCUMENTS.pattern)
# An act named with its number in an amending subject, and the next item of
# its list after a ";": "sửa đổi, bổ sung một số điều của Thông tư số A …;
# Thông tư số B …; Thông tư số C …" (each of one form, see citations'
# _amended_list_end).
_AMENDED_KIND = r"(?P<kind>(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Luật|Pháp\s+lệnh)(?:\s+liên\s+tịch)?)"
AMENDED_ACT = _std(_AMENDED_KIND + r"\s+(?:số\s+)?\d")
NEXT_AMENDED_ACT = _std(r"\s*(?:và\s+)?" + _AMENDED_KIND + r"\s+(?:số\s+)?\d{1,5}(?:/(?P<year>(?:19|20)\d\d)/)?")
# A document's number and its issuer, nested in a subject: "… số 26/2026/NĐ-CP
# của Chính phủ" right before what its own title says.
# A sentence opening with a provision of the document named next as its
# source, the provision its grammatical subject: "Theo Điều 14 Thông tư số …",
# "Theo quy định tại khoản 2 Điều 5 của Nghị định …" (matched on the words
# before the type word; the sentence's verb follows the title).
SOURCE_PROVISION_BEFORE = _std(
    r"(?:^|\n|[.:]\s)\s*(?:-\s*)?Theo\s+(?:quy\s+định\s+(?:tại\s+)?)?(?:(?:điểm|khoản)\s+\w{1,4}\s*,?\s+)*"
    r"Điều\s+\d{1,3}[a-z]?\s*,?\s+(?:của\s+)?$"
)
# A definition resuming after the title of a document a sentence opens with as
# its source (see SOURCE_PROVISION_BEFORE), its definiendum a common noun in
# lower case: "Theo Điều 2 Nghị định số … quy định về quản lý khu công nghiệp
# và khu kinh tế, khu công nghiệp là khu vực …" (not a name, "công nhận xã A,
# xã B là …"; nor "…, nhất là …", "…, trẻ em là nạn nhân …" in a title cited
# otherwise).
DEFINIENDUM_AFTER = _std(
    rf",\s+(?!(?:nhất|đặc\s+biệt|chủ\s+yếu|tức|hay|hoặc)\s+là\s)[{LOWER}]+(?:\s+[{LOWER}]+){{0,5}}\s+là\s"
)
# A predicate after a document named in another's subject, which no title
# holds there: "… sửa đổi, bổ sung một số điều của Nghị định số 68/2017/NĐ-CP
# tiếp tục thực hiện theo …" (an auxiliary or a negation, or "tiếp tục"
# right after the number, date or issuer; "về tiếp tục …" opens a title;
# a few blanks at most: a search over a long run of blanks stays linear).
PREDICATE_AFTER_ACT = _std(r"\s{1,3}(?=(?:tiếp\s+tục|vẫn|phải|đã|đang|sẽ|không|chưa|còn|thì)\s)")
NUMBER_THEN_ISSUER = _std(r"\bsố\s+\d[^\s,;]*(?:\s+ngày\s+[\d/]+|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s+của\s+[^;:.\n]{2,60}$")
# A title saying what the text carries out, not by its number: "Thực hiện
# Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW …",
# "Triển khai thực hiện Kế hoạch hành động …" (``what``: from its type word).
TITLE_CARRIES_OUT = _std(r"(?i:(?:tổ\s+chức\s+|triển\s+khai\s+)?thực\s+hiện|triển\s+khai)\s+(?P<what>\S.*)", re.S)
# A normative title opening with which act it details or guides: "Quy định chi
# tiết khoản 3 Điều 160 Luật Tư pháp người chưa thành niên …", "Quy định chi
# tiết và hướng dẫn thi hành một số điều của Nghị định số …", "Hướng dẫn một
# số nội dung tại Nghị định số …" (``what``: the words naming it, up to the
# title's second act, "… và sửa đổi Nghị định …", or the subject of the act it
# names, "… Nghị định số A … hướng dẫn thi hành Nghị quyết số B": A only).
TITLE_DETAILS = _std(
    r"(?i:quy\s+định\s+chi\s+tiết(?:\s+(?:và\s+hướng\s+dẫn\s+)?thi\s+hành)?"
    r"|hướng\s+dẫn\s+(?:thi\s+hành|chi\s+tiết|một\s+số\s+(?:nội\s+dung|điều)))\s+"
    r"(?P<what>\S.*?)(?=\s(?i:và\s+)?(?i:sửa\s+đổi|bãi\s+bỏ|thay\s+thế|quy\s+định|hướng\s+dẫn)\s|$)",
    re.S,
)
# The citing text's own scope closing its title ("… trên địa bàn tỉnh Lâm
# Đồng"): not part of the name of what it carries out.
TITLE_OWN_SCOPE = _std(r"[\s,]+(?i:trên\s+địa\s+bàn)\b.*", re.S)
# A cited document's subject saying it issues a text: "… của Chính phủ ban
# hành Chương trình hành động …", "về việc ban hành Kế hoạch …" (``what``:
# the text it issues, from its type word).
SUBJECT_ISSUES = _std(r"(?i:(?:về\s+việc\s+)?ban\s+hành)\s+(?P<what>\S.*)", re.S)
# A remark in brackets after a body's name, in lower case: "(trước hợp nhất)",
# "(cũ)", "(nay là Sở Nông nghiệp và Môi trường)" (not its abbreviation, "(VKSND)").
REMARK_AFTER_NAME = _std(r"\s*\((?=[a-zàáạảãâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ])[^()]{1,60}\)$")
# Where a cited document's subject, read on in the citing text's title, ends:
# at the next document the title names ("… và Nghị quyết số …", "; Thông tư
# số …") or at the citing text's own scope ("trên địa bàn phường …").
TITLE_SUBJECT_STOP = _regex(r"(?:[;,]\s*|\s(?i:và)\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+(?i:số)\s+\d|(?i:trên\s+địa\s+bàn)\b|;")
# The next proposer of such a list: "đề nghị của A tại Văn bản số … và B tại
# Văn bản số …" (B opens with a body's word, checked in code).
NEXT_PROPOSER = _regex(r"(?<=\s)và\s+(?P<issuer>(?:(?!(?i:của|tại|đã|được)\s)[^;:\n]){3,100}?)\s+(?i:tại)\s*$")
# The kind of a unit's plan opening what a decision's subject issues or
# approves: "(ban hành) Kế hoạch …", "(phê duyệt) Đề án …".
PLAN_KIND_WORD = _regex(r"(?i:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án)\b")
# The caption of an attached document: "(Ban hành) kèm theo" opening its line
# or a parenthesis, right before the carrier's type word. "Phụ lục I kèm theo
# Nghị định số …" or "Quy chế ban hành kèm theo Quyết định số …" in running
# text point into another document: a mention, or what the sentence's verb says.
REL_ATTACHED = _regex(r"(?:^|\()\s*(?:(?i:ban\s+hành)\s+)?(?i:kèm\s+theo)\s*$", END | regex.M)

# What a clause carries out or rests on, named before the decision that approved
# or issued it: "Thực hiện Chương trình hành động … ban hành kèm theo Quyết định
# số …", "triển khai cụ thể hóa nội dung của Chương trình … theo Quyết định số
# …", "Thực hiện Đề án … đã được UBND tỉnh phê duyệt tại Quyết định số …": that
# decision is what the clause's verb governs, despite the preposition (also
# with its manner before a plan's kind: "Triển khai kịp thời, hiệu quả Kế
# hoạch ban hành kèm theo Quyết định số …", "kèm theo" naming the plan's vehicle).
NAMED_THEN_APPROVED = _regex(
    _NOT_SPOKEN_OF  # ("kết quả thực hiện Kế hoạch này theo …")
    + r"(?P<verb>(?i:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|căn\s+cứ))\s+"
    r"(?:(?:(?i:có\s+hiệu\s+quả|hiệu\s+quả|kịp\s+thời|nghiêm\s+túc|đồng\s+bộ|quyết\s+liệt|đầy\s+đủ|tốt)(?:\s*,\s*|\s+(?i:và\s+)?))+"
    # (a plan's kind after the manner: "Thực hiện tốt Quy chế … ban hành kèm
    # theo Quyết định số …" complies with a rule, reached through "theo")
    r"(?=(?:Chương\s+trình|Kế\s+hoạch|Đề\s+án|Chiến\s+lược|Phương\s+án|Dự\s+án|Quy\s+hoạch)\s))?"
    r"(?:(?i:các\s+)?(?i:nội\s+dung)\s+(?:(?i:của)\s+)?)?"
    r"(?:Chương\s+trình|Kế\s+hoạch|Đề\s+án|Quy\s+chế|Quy\s+hoạch|Chiến\s+lược|Điều\s+lệ|Phương\s+án|Dự\s+án|Quy\s+định)\s"
    r"(?!(?i:này)\b)[^;:\n]{0,250}?\s(?:(?i:ban\s+hành\s+)?(?i:kèm\s+theo)|(?:(?i:đã\s+)?(?i:được)\s[^,;:\n]{0,60}?)?(?i:phê\s+duyệt|ban\s+hành)\s+(?i:tại|theo)"
    r"|(?i:tại|theo))\s*$"
)
# The decision that approved or issued the document cited just before it:
# "Thực hiện … Kế hoạch kiểm tra số 1105/KH-ĐKT ngày 10/3/2026 đã được Giám
# đốc Sở Công Thương phê duyệt tại Quyết định số …", "… số A ban hành kèm
# theo Quyết định số …": what the clause does with that document it does with
# the decision (as NAMED_THEN_APPROVED, where the document has no number);
# matched on the words between the two.
APPROVED_AT_AFTER_CITED = _regex(
    r"\s*,?\s*(?:(?:(?i:đã)\s+)?(?i:được)\s[^,;:\n()]{0,60}?)?"
    r"(?i:phê\s+duyệt|ban\s+hành)\s+(?i:tại|theo|kèm\s+theo)\s*"
)
# A national technical regulation's or standard's code, as its number opens
# (see TECHNICAL_CODE).
STANDARD_KINDS = ("QCVN", "TCVN")
# A cited document's subject saying it issues a regulation or standard: "ban
# hành Quy chuẩn kỹ thuật quốc gia về …" (matched on the subject).
ISSUES_A_STANDARD = _regex(r"(?i:ban\s+hành)\s+(?i:quy\s+chuẩn|tiêu\s+chuẩn|bộ\s+tiêu\s+chuẩn)")
# The bracket a standard's code stands in after its name, with its label:
# "… cửa hàng xăng dầu (Ký hiệu QCVN 01:2020/BCT)", "(QCVN 01:2019/BCT)"
# (matched on the words before the code).
STANDARD_CODE_BRACKET = _regex(r"\(\s*(?:(?i:ký\s+hiệu|mã\s+số|số\s+hiệu)\s*:?\s*)?$", END)
# A citation introduced by a preposition ("theo", "tại", "của", "với",
# "như") is referred to, not implemented or relied on.
GOVERNED_BY_PREPOSITION = _regex(r"(?i:\b(?:theo|tại|của|với|như|trong))\s*$", END)
# Except the basis formula that reaches a provision through one: "Căn cứ quy
# định tại (khoản 2 Điều 11) Luật Hóa chất …", "Căn cứ các nội dung của …".
BASIS_THROUGH_PREPOSITION = _regex(
    r"(?i:căn\s+cứ(?:\s+vào)?(?:\s+các)?(?:\s+(?:quy\s+định|nội\s+dung|hướng\s+dẫn))?\s+(?:tại|của|theo))\s*$",
    END,
)
# So does the formula carrying out what a document sets: "(Góp phần) thực
# hiện các mục tiêu của Nghị quyết số 57-NQ/TW …", "triển khai các nhiệm vụ,
# giải pháp tại Kế hoạch số …" (the document is carried out through them).
IMPLEMENTS_THROUGH_PREPOSITION = _regex(
    r"(?i:(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?|cụ\s+thể\s+h[oó][aá])(?:\s+(?:có\s+hiệu\s+quả|tốt|nghiêm\s+túc))?"
    r"\s+(?:các\s+|những\s+)?(?:mục\s+tiêu|nhiệm\s+vụ|giải\s+pháp|nội\s+dung|chỉ\s+tiêu|quan\s+điểm|chủ\s+trương)"
    # (in one clause: "Thực hiện nhiệm vụ được giao, Sở … gửi … theo Văn bản số …" is another's)
    r"(?:[^.;:,\n]|,\s+(?-i:\p{Ll})){0,60}?\s(?:của|tại|theo))\s*$",
    END,
)
# The words it ends with (a cheap test on the window's end before the pattern).
IMPLEMENTS_THROUGH_PREPOSITION_ENDS = ("của", "tại", "theo")
# And words it holds, one of each (lowered; see REL_BASIS_WORDS).
IMPLEMENTS_THROUGH_PREPOSITION_VERBS = ("thực", "ển", "cụ")
IMPLEMENTS_THROUGH_PREPOSITION_WHATS = ("mục", "vụ", "pháp", "dung", "chỉ", "quan", "chủ")

# The acts that amend a cited one follow it: "Luật Đất đai số 31/2024/QH15
# được sửa đổi, bổ sung bởi Luật số 43/2024/QH15", "… đã được sửa đổi, bổ
# sung một số điều tại Nghị định số …". They share its relation: the basis
# is the act as amended.
# (its comma may be left out: "…, sửa đổi bổ sung bởi Thông tư số …"; and
# the amending acts listed by their kind: "… và các Nghị định sửa đổi, bổ sung
# gồm: số A, số B")
AMENDED_BY = _regex(
    # (or a correction of its wording: "… (đã được đính chính tại Công văn số …)")
    r"(?:(?i:(?:sửa\s+đổi(?:\s*,\s*|\s+và\s+|\s+)?(?:bổ\s+sung)?(?:\s+một\s+số\s+điều)?|đính\s+chính)\s+(?:bởi|tại|theo))"
    r"(?:\s+(?i:các))?"
    r"|(?i:các)\s+(?:Luật|Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|văn\s+bản)\s+"
    r"(?i:sửa\s+đổi(?:\s*,\s*|\s+và\s+|\s+)?(?:bổ\s+sung)?)(?:\s+(?i:gồm|là))?\s*:?(?:\s*(?i:số)\s*:?)?"
    # (a decision adjusting one: "…; các Quyết định điều chỉnh chủ trương đầu
    # tư số: A (điều chỉnh lần 01); B (điều chỉnh lần 02)")
    r"|(?:(?i:các)\s+)?(?:Quyết\s+định|Nghị\s+quyết)\s+(?i:điều\s+chỉnh)(?:\s+\p{Ll}+){0,6}?"
    r"(?:\s+(?i:gồm|là))?\s*:?\s*(?i:số)\s*:?)\s*$",
    END,
)
# A letter each of its matches holds, lowered: of "sửa đổi", "điều chỉnh" or
# "đính chính" (a str.find of each, in both cases, before the pattern is tried).
AMENDED_BY_LETTERS = ("ử", "ỉ", "í")
# The note on each act of such a list: "(điều chỉnh lần 01)".
ADJUSTMENT_NOTE = _std(r"\(\s*(?i:điều\s+chỉnh|sửa\s+đổi)[^()\n]{0,30}\)")

# What a document does to another by its own provisions: "Quyết định này
# thay thế Quyết định số …" (replaces), "Bãi bỏ Thông tư số …" (repeals),
# "Sửa đổi, bổ sung một số điều của Nghị định số …" (amends). The verb, the
# last one before the cited document's type word; passive uses ("được thay
# thế bởi", "đã được sửa đổi tại") are what another document did. A correction
# ("Đính chính Thông tư số …", Nghị định 30/2020, Điều 10) changes the cited
# text's wording: an amendment; so does adding to it alone ("Bổ sung khoản 4
# Điều 2 Quyết định số …").
OWN_ACTION_VERB = _regex(
    r"(?i:(?P<replaces>thay\s+thế)|(?P<repeals>bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)"
    r"|(?P<amends>sửa\s+đổi(?:\s*,\s*|\s+và\s+)bổ\s+sung|sửa\s+đổi|đính\s+chính|bổ\s+sung"
    # changing the time limits of its provisions amends it too: "Gia hạn thời
    # gian hoàn thành các nhiệm vụ tại Kế hoạch số …", "điều chỉnh / kéo dài /
    # lùi thời hạn …" (not "gia hạn Giấy phép số …", a permit's own term)
    r"|gia\s+hạn\s+thời\s+(?:gian|hạn)|(?:điều\s+chỉnh|kéo\s+dài|lùi)\s+thời\s+(?:gian|hạn)))"
)
# Words each of its matches holds, lowered (a cheap test before the pattern;
# see REL_BASIS_WORDS: "ửa", not "sửa").
OWN_ACTION_VERB_WORDS = ("thay", "bỏ", "ửa", "đính", "bổ", "thờ")
# A second own act joined after the first one's document: "… thay thế Thông
# tư số A … và bãi bỏ Điều 2 Thông tư số B" (its document after it).
JOINED_OWN_ACTION = _regex(
    r"\s*(?:,\s*|;\s*)?(?:và\s+|đồng\s+thời\s+)?"
    r"(?i:(?P<replaces>thay\s+thế)|(?P<repeals>bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)"
    r"|(?P<amends>sửa\s+đổi(?:\s*,\s*|\s+và\s+)bổ\s+sung|sửa\s+đổi|đính\s+chính|bổ\s+sung))\b"
)
# Between the verb and the document: at most a part of it and "của"/"tại"
# ("một số điều của", "khoản 2 Điều 5", "Phụ lục I ban hành kèm theo", the long
# name of a Quy chế attached to it), in
# the same clause, and nothing that makes the verb another's ("bởi", "được").
OWN_ACTION_GAP = _regex(r"(?:(?!(?i:\bbởi\b|\bđược\b|\bbị\b))[^.;:\n]){0,240}")
# "Bổ sung" alone amends only what it adds to, a part of the document
# ("Bổ sung khoản 4 Điều 2 Quyết định số …", "bổ sung nội dung tại …") or the
# document itself; not money or staff under it ("Bổ sung kinh phí cho Sở Y tế
# theo Quyết định số …"). Matched on the words between the verb and the document.
ADDED_TO = _regex(
    r"\s*(?:(?i:thêm|vào|tại)\s+)?(?:(?i:một\s+số\s+|một\s+phần\s+|các\s+)?"
    r"(?i:điều|khoản|điểm|phụ\s+lục|mục|chương|cụm\s+từ|nội\s+dung|quy\s+định)\b|\s*$)"
)
# A phrase in typographic quotes ("Sửa đổi cụm từ “…” tại Điều 7 …").
QUOTED = _std(r"“[^”]{0,1000}”")
# A part named there makes the action partial, an amendment: "bãi bỏ khoản 3
# Điều 5 của", "thay thế Phụ lục I của", "sửa đổi một số điều của".
OWN_ACTION_PART = _regex(
    r"(?i:\b(?:một\s+số|một\s+phần|các\s+)?(?:điều|khoản|điểm|phụ\s+lục|mục|chương|cụm\s+từ|nội\s+dung|quy\s+định\s+tại)\b"
    # "bãi bỏ một số quy định của", "bãi bỏ một phần …"
    r"|\bmột\s+(?:số|phần)\b)"
)
# The types that act by numbered items when they have no articles (a
# Nghị quyết of the Chính phủ, a Chỉ thị), and how such an item opens: the
# act's verb, or the document itself ("3. Nghị quyết này có hiệu lực …").
ACTS_BY_ITEMS = ("NQ", "CT")
OWN_ACT_ITEM = _regex(
    r"[^\S\n]*\d{1,2}\s*[.)]\s*(?:(?i:bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|thay\s+thế)\s|(?:Nghị\s+quyết|Chỉ\s+thị)\s+(?i:này)\s)"
)
# Whose verb it is, from the text before it on its line: the document itself
# named as the subject, "Quyết định này (có hiệu lực … và) thay thế …", the
# verb after another predicate of it ("Chỉ thị này phổ biến đến chi bộ và
# thay thế …"), "Chính phủ ban hành Nghị định sửa đổi …".
# The type word must be the document's own (or an attached text's, see
# ``tables.self_names``): "Thông tư này" in a table of a decision quotes
# another text.
OWN_SUBJECT = _regex(
    r"(?:\b(?P<self>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3})\s+(?i:này)"
    r"(?:\s+(?i:có\s+hiệu\s+lực)[^.;:\n]{0,120}?(?:\s+(?i:và)|,)|\s+[^.;:,\n]{1,120}?\s+(?i:và))?"
    r"|(?i:ban\s+hành)\s+(?P<issued>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}?))\s*$",
    END,
)
# Or the verb opens its clause, in a title ("Về việc bãi bỏ …") or in a text
# of articles ("Điều 1. Sửa đổi, bổ sung …", "2. Bãi bỏ …", "a) …", after a
# sentence's end or a ";": "… có hiệu lực từ ngày …; bãi bỏ Thông tư số …"): a
# provision of the document acts, unlike a plan's task.
OWN_CLAUSE_OPENING = _regex(
    r"(?:^|[.;]\s+)[^\S\n]*(?:(?i:điều)\s+\d{1,3}[a-zđ]?\s*[.:]\s*|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*"
    r"|[a-zđ]\)\s*|[-–+•]\s*)?(?:(?i:về\s+việc|v/v)\s+)?$",
    END | regex.M,
)
# A document ended by this one, named before: "Quyết định số … hết hiệu lực
# kể từ ngày Quyết định này có hiệu lực" (matched after its clauses; a short
# name given it in brackets may stand between).
ENDED_BY_OWN = _regex(
    r"\s*(?:\([^()\n]{0,200}\)\s*)?(?:(?i:đã|sẽ)\s+)?(?i:hết\s+hiệu\s+lực)[^.;:\n]{0,80}?\b(?P<self>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3})\s+(?i:này)\b"
)
# What it opens with past the spaces: the bracket, or the first letter of "đã",
# "sẽ" or "hết" in either case ("ſ" is an "s" to (?i)); a cheap test first.
ENDED_BY_OWN_INITIALS = frozenset("(đĐsSſhH")
# A list of the documents acted on, each an item under a line ending with
# ":" ("Bãi bỏ các văn bản sau:", "Các Thông tư sau hết hiệu lực thi hành kể
# từ ngày Thông tư này có hiệu lực thi hành:"); each item opens with its
# mark and, for a part, the part ("a) Khoản 2 Điều 7 của Luật …").
ITEM_MARK = _std(r"[^\S\n]*(?:\(?(?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)|\d{1,2}\.|[-–+•])[^\S\n]*")

# A task given in the clause before a relation word: "Giao Sở Công Thương chủ
# trì, căn cứ Luật …" (the body is capitalised: "giao thông", "giao dịch" are
# no task).
GIVE_IN_CLAUSE = _regex(r"(?:^|\s)[Gg]iao\s+(?:cho\s+)?(?=\p{Lu})", regex.M)

# A paragraph opening with the basis formula: whatever its clause names
# through a preposition is the basis too ("Căn cứ kết quả thẩm tra … tại Báo
# cáo số …", "Căn cứ chức năng, nhiệm vụ … quy định tại Quyết định số …").
BASIS_OPENER = _std(r"[^\S\n]*(?:[-–+][^\S\n]*)?(?i:căn\s+cứ)\b")
# The head of a bulleted list of the legal norms a letter weighed a request
# against: "Sau khi nghiên cứu hồ sơ và đối chiếu với các quy định pháp luật
# hiện hành liên quan, cụ thể gồm:" (each bullet a basis, as under "Căn cứ
# các văn bản sau:"; searched in the head line ending with ":").
BASIS_LIST_HEAD = _regex(
    r"(?i:đối\s+chiếu(?:\s+với)?\s+(?:các\s+|những\s+)?(?:quy\s+định|văn\s+bản|điều\s+kiện\s+theo\s+quy\s+định))"
)
# A basis paragraph resting on the results of an act (an inspection, an
# appraisal): "Căn cứ (vào) kết quả kiểm tra …" (matched at the window's start).
RESULT_BASIS_OPENER = _std(r"[^\S\n]*(?:[-–+][^\S\n]*)?(?i:căn\s+cứ(?:\s+vào)?\s+(?:các\s+)?kết\s+quả)\b")
# In it, a document reached through "theo" (the plan or rules the act
# followed: "… theo Kế hoạch số 1629/SCT-CN") or through "quy định tại/của"
# (the norm a finding measures against: "… cho thấy kho … bảo đảm quy định
# tại QCVN …") is a mention; "… tại Báo cáo số …", the result's record, is
# the basis (matched at the end of the words before the type word).
NORM_OF_A_RESULT = _regex(r"(?i:\btheo|\bquy\s+định\s+(?:tại|của))\s*$", END)
# The same for a direction carried out: "Thực hiện ý kiến chỉ đạo của UBND
# tỉnh tại Văn bản số …" implements that letter.
IMPLEMENTS_OPENER = _regex(
    r"[^\S\n]*(?:[-–+][^\S\n]*)?(?i:(?:thực\s+hiện|triển\s+khai)\s+(?:ý\s+kiến\s+)?(?:chỉ\s+đạo|kết\s+luận|ý\s+kiến"
    # ("Thực hiện sự phân công của UBND tỉnh tại Công văn số …")
    r"|(?:sự\s+)?(?:phân\s+công|giao\s+nhiệm\s+vụ)))\b"
)
# A short note in brackets on the document before: "(sửa đổi, bổ sung năm
# 2019)", "(được sửa đổi, bổ sung bởi …)".
BRACKETED_NOTE = _std(r"\((?:được\s+|đã\s+được\s+)?(?:sửa\s+đổi|bổ\s+sung)[^()\n]{0,80}\)")
# Any short note in brackets closing the item before, then the list's ";":
# "… tại Văn bản số A ngày … (có Phương án nổ mìn kèm theo); Văn bản số B …"
# (the list, and its relation word, go on after it; matched on the words
# between the two documents).
ITEM_NOTE_BEFORE_NEXT = _std(r"\s*,?\s*\([^()]{1,160}\)(?=\s*;)")
# Or the same note unbracketed, its years alone: "Luật Bảo hiểm y tế năm
# 2008, được sửa đổi, bổ sung năm 2014 và năm 2024; Luật Việc làm …" (the
# list, and its relation word, go on after it).
AMENDED_YEARS_NOTE = _std(
    r",?\s*(?:đã\s+)?(?:được\s+)?sửa\s+đổi(?:\s*,\s*|\s+và\s+)?(?:bổ\s+sung)?(?:\s+một\s+số\s+điều)?"
    r"\s+năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})*"
)

# A record's heading in an appendix of records (a statistical indicator
# system's sheets, each numbering its lines "1. Khái niệm …" to "5. Đơn vị
# chịu trách nhiệm …" afresh): its code, zero-padded or of four digits and
# more ("0101. Số dự án …", a group's "07. Kinh tế tập thể …", "Nhóm 02. Kinh
# tế biển", "1203. Tỷ lệ …"), a stop and its name.
RECORD_CODE_HEADING = _std(rf"^(?:Nhóm\s+)?(?:0\d{{1,5}}|[1-9]\d{{3,5}})\.\s+[{UPPER}]")

# A line of words alone: letters, spaces, commas and a name's hyphen (an
# unnumbered heading, "LỊCH TRIỂN KHAI CHÍNH"; not "QCVN 34:2022/BTTTT").
WORDS_ONLY = _regex(r"[\p{L}][\p{L} ,\-–]*")
# The line a Party text names its issuing body or meeting on, in capitals
# under its type word, before its subject in lower case (Hướng dẫn
# 36-HD/VPTW): "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ
# PHƯỜNG LẦN THỨ 6 (KHÓA I)", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ I"; under
# "THÔNG BÁO", the rest of its compound type: "KẾT LUẬN CỦA BAN THƯỜNG VỤ …".
ISSUING_BODY_UNDER_TYPE = _std(
    r"^\s*(?:(?:KẾT\s+LUẬN|Ý\s+KIẾN\s+CHỈ\s+ĐẠO)\s+)?CỦA\s|^\s*(?:HỘI\s+NGHỊ|TẠI\s+HỘI\s+NGHỊ|ĐẠI\s+HỘI)\s"
)
# Under a central Party text's type word, the central body issuing it (Quy
# định 66-QĐ/TW): "CHỈ THỊ / CỦA BAN BÍ THƯ", "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ";
# the letterhead "BAN CHẤP HÀNH TRUNG ƯƠNG" names the Party centre.
CENTRAL_BODY_UNDER_TYPE = _std(
    r"^\s*(?i:của)\s+(?P<body>(?i:bộ\s+chính\s+trị|ban\s+bí\s+thư|ban\s+chấp\s+hành\s+trung\s+ương))"
    r"(?:\s+(?i:đảng))?(?:\s+\(?(?i:khóa|khoá)\s+[IVXL]+\)?)?\s*$"
)
# A central Party text headed "BAN CHẤP HÀNH TRUNG ƯƠNG" (the Party centre,
# the organisation) is issued by the body its signer acts for: "T/M BAN BÍ
# THƯ", "T/M BỘ CHÍNH TRỊ" (Quy định 66-QĐ/TW: the T/M line names the
# collective body that decided; "T/M BAN CHẤP HÀNH TRUNG ƯƠNG" keeps it).
CENTRAL_BODY_SIGNED_FOR = _std(
    # (alone on its line, or in the signature's column beside the recipients':
    # a gutter as COLUMN_GAP reads one, or a tab)
    r"(?:^| {3,}|\t)\s*(?i:t/m|tm)\.?\s*(?P<body>(?i:bộ\s+chính\s+trị|ban\s+bí\s+thư))\s*$"
)
# Or by the body its opening sentence names as the one acting: "…, Ban Bí thư
# hướng dẫn như sau:", "Bộ Chính trị yêu cầu …" (the body, then its act's verb).
CENTRAL_BODY_OPENING = _std(
    r"(?:^|[,;:]\s+)(?P<body>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)\s+(?:hướng\s+dẫn|yêu\s+cầu|chỉ\s+thị|quyết\s+định|"
    r"kết\s+luận|quy\s+định|thông\s+báo|đề\s+nghị)\b"
)
# Under a local Party text's type word, the committee's organ issuing it
# (Hướng dẫn 36-HD/VPTW): "THÔNG BÁO KẾT LUẬN / của Ban Thường vụ Tỉnh ủy về
# …", "THÔNG BÁO / Ý KIẾN CỦA THƯỜNG TRỰC HUYỆN ỦY"; the letterhead "TỈNH ỦY"
# names the committee it belongs to. The organs and committees are
# data/party_committees.json's (``_committee_organ_under_type``).
def _committee_organ_under_type() -> str:
    from .tables import committee_organs, party_committees

    organs = "|".join(_any_tone_words(o) for o in committee_organs())
    committees = "|".join(_any_tone_words(c) for c in sorted(party_committees()))
    return (
        r"^\s*(?i:(?:kết\s+luận|ý\s+kiến(?:\s+(?:chỉ\s+đạo|kết\s+luận))?)\s+)?(?i:của)\s+"
        rf"(?P<organ>(?i:{organs}))\s+(?P<committee>(?i:{committees}))(?!\w)"
    )


def _any_tone_words(name: str) -> str:
    """A name's words, lowered, apart by any spaces, each tone in its old or
    new place ("ủy" / "uỷ"): for a case-insensitive pattern."""
    out = r"\s+".join(re.escape(w) for w in name.lower().split())
    for old, new in _TONE_PAIRS:
        out = out.replace(old, f"(?:{old}|{new})")
    return out


COMMITTEE_ORGAN_UNDER_TYPE = _std(_committee_organ_under_type)
# The same in lower case, on the line before the subject's "về": "CHỈ THỊ /
# của Ban Thường vụ Huyện ủy / về tăng cường …" (the issuer, no part of the title).
ISSUING_BODY_LINE = _std(r"^(?:của|Của|CỦA)\s+\S")
# The serial of an alias ("Chỉ thị số 28" -> "28"), before which its type word stands.
ALIAS_SERIAL = _regex(r"\b(\d{1,5})\b")
# A serial standing alone, as a short form writes it after its type word
# ("thực hiện Kết luận 01", "theo Quyết định 1719"): not part of a number,
# a date or a decimal ("01-KL/TW", "18/5/2021", "1.719").
SHORT_FORM_SERIAL = _std(r"(?<![\w/.\-])\d{1,5}(?![\w/\-]|[.,]\d)")
# Where SHORT_FORM_SERIAL can match, in a text holding no other digits than
# ASCII ones: at the start of a run of them, which a scan for one ASCII range
# finds several times faster than the pattern's own search (its \d and
# lookbehind are tried at every character).
ASCII_DIGIT_RUN = _regex(r"[0-9]+")
# Where Unicode's other decimal digits stand (Arabic-Indic U+0660 up to the
# Ol Chiki U+1C59; Vai U+A620 and above): one range each, as a search for a
# single range is fast and one for a set of two is ten times slower. No
# Vietnamese letter (U+00C0-U+01B0, U+1EA0-U+1EF9) nor common punctuation
# (U+2000-U+22FF) is in either (tested).
OTHER_DIGITS_LOW = _regex("[\u0660-\u1c59]")
OTHER_DIGITS_HIGH = _regex("[\ua620-\U0010ffff]")
# What a body's name written before the short form defined for it ("Công ty
# cổ phần Mông Sơn (sau đây gọi tắt là Công ty)") cannot hold.
NOT_IN_A_NAME = _regex(r"[;:()]|\n\s*\n")
# Alias definitions: "(sau đây viết tắt là Chỉ thị số 28)", "(sau đây gọi là
# Kế hoạch số 160)", "gọi tắt là", "gọi chung là", "viết tắt:".
ALIAS = _regex(
    r"\(\s*(?i:sau\s+đây\s+(?:được\s+)?(?:viết\s+tắt|gọi\s+tắt|gọi\s+chung|gọi)(?:\s+là)?|(?:viết|gọi)\s+tắt\s+là|gọi\s+chung\s+là)\s*:?\s*"
    r"(?P<alias>[^()]{2,80}?)\s*\)"
)

# After a use of a short form of words alone ("Kế hoạch của UBND tỉnh"),
# the words naming another document of that kind: its number ("… số 99/KH-UBND"),
# or "này" (the citing text itself).
ALIAS_WORDS_OTHER_AFTER = _regex(r"\s*(?:(?i:này|số)\b|\d)")
# After a use of the type word alone as a short form ("(sau đây gọi là Đề
# án)" … "thực hiện Đề án trên địa bàn"), what ends its noun phrase: a mark, a
# preposition or conjunction, a verb of its clause (not a title's words, nor
# another's issuer: "Đề án phát triển …", "Đề án của Bộ …" name another).
BARE_ALIAS_USE_AFTER = _regex(
    r"[^\S\n]*(?:[.,;:)\n]|$|(?:trên|tại|và|hoặc|đã|được|đúng|đạt|theo|cho|với|trong|đến|để|nhằm|đề\s+ra|là|có|thì|sẽ|bảo\s+đảm|đảm\s+bảo)\b)"
)
# A class of those a text binds named by its kinds alone, "Các cơ quan, tổ
# chức, doanh nghiệp", "các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên
# quan": one class however many kinds it lists (a class named by its activity,
# "các đơn vị kinh doanh hóa chất", is told apart by it).
KINDS_ONLY_CLASS = _regex(r"(?i:các|cơ\s+quan|tổ\s+chức|doanh\s+nghiệp|cá\s+nhân|đơn\s+vị|cơ\s+sở|và|có\s+liên\s+quan|liên\s+quan|[\s,])+")

# A law cited by its name and year: "Luật Trẻ em năm 2016", "Luật Tổ chức
# chính quyền địa phương năm 2015", "Luật Thi đua, khen thưởng ngày 15 tháng
# 6 năm 2022". The name is the law's capitalised short title (Bộ luật too),
# words without digits. It holds no second "Luật" (in "Luật Đầu tư, Luật
# Doanh nghiệp năm 2020" the year is the last law's), and a date after
# "trước", "sau", "đến", "từ" or "chậm nhất" is a time limit or a start of
# effect, not the day the law was passed ("… trình Chính phủ trước ngày 10
# tháng 7 năm 2026", "…, có hiệu lực kể từ ngày 01 tháng 01 năm 2015").
# The Constitution, the first basis of every law and decree: "Hiến pháp nước
# Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp năm 1992" (its year, when
# given, tells the 1992 text from the 2013 one). Capitalised: the act, not
# the word.
CONSTITUTION = _regex(
    r"\bHiến\s+pháp(?:\s+nước\s+Cộng\s+h[oò]a\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?"
    r"(?:\s+năm\s+(?P<year>(?:19|20)\d\d)\b)?"
)
# The set phrase for the law in general, "Hiến pháp và pháp luật", "Hiến pháp,
# pháp luật" (after the bare word, no year): no act cited.
LAW_IN_GENERAL = _std(r"\s*(?:,|\s+và)\s+pháp\s+luật\b")
# Words no law's title holds, which end one and open the citing sentence's
# next phrase: a place ("Luật Dữ liệu trên địa bàn phường năm 2026": the
# plan's year, not the law's), or "và" and a new task's noun ("Luật Phòng,
# chống mua bán người và thực hiện công tác …", "… và thủ đoạn lừa đảo"), as
# no title's "và" goes on ("Hôn nhân và gia đình", "Đo đạc và bản đồ").
_TITLE_BREAK = (
    r"(?i:trên\s+địa\s+bàn|"
    r"và\s+(?:công\s+tác|thực\s+hiện|triển\s+khai|thủ\s+đoạn|tổ\s+chức|nhiệm\s+vụ|giải\s+pháp|tình\s+hình))\b"
)
LAW_BY_NAME = _regex(
    # (a time's words are no title's: "theo Luật Đất đai trong năm 2026"; nor
    # is what was done to it: "Luật Bảo vệ môi trường được sửa đổi, bổ sung năm
    # 2025" names no law of 2025)
    r"\b(?P<kind>Bộ\s+luật|Luật)\s+(?P<name>\p{Lu}\p{L}*(?:[ ,\-]{1,3}(?!Luật\b|trong\b|vào\b|cuối\b|quý\b|tháng\b|giai\s+đoạn\b|được\b|đã\b|"
    + _TITLE_BREAK
    + r")\p{L}+){0,24}?)"
    r"(?<!\btrước)(?<!\bsau)(?<!\bđến)(?<!\btừ)(?<!\bnhất)\s*,?\s+"
    r"(?:(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b|(?i:ngày)\s+(?P<day>\d{1,2})\s*(?:[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]|\s+(?i:tháng)\s+(?P<month2>\d{1,2})\s+(?i:năm))\s*(?P<year2>(?:19|20)\d\d)\b"
    # or the year right after the name: "Luật Xây dựng 2014"
    r"|(?<!\bnăm\s)(?P<year3>(?:19|20)\d\d)(?![\d/]|[.,]\d))"
)
# The first character after a law's start that no law's name (LAW_BY_NAME's
# name and the words and spaces before its date) holds: a letter, a space, a
# comma and a hyphen are all it holds before its year's or date's first digit,
# so where this finds a printable character that is no digit (most laws named
# alone: "theo Luật Đất đai."), LAW_BY_NAME cannot match (citations:
# _laws_by_name; its test checks the classes: letters that regex's newer
# Unicode tables know and re's do not are unassigned, unprintable, to re).
# stdlib re: a plain class's search is its fastest.
LAW_BY_NAME_STOP = _std(r"[^\w\s,\-]|[\d_]")
# A law named by its title alone, with no number, year or date: "theo Luật
# Nghĩa vụ quân sự.", "quy định của Luật Đầu tư, Luật Xây dựng, Luật Đất đai
# và các văn bản hướng dẫn", "Điều 51 Luật Bảo vệ môi trường được sửa đổi …".
# With nothing else to close it, the title is taken only where its end is
# plain: a mark (. ; : brackets, quotes, the line's end), the next act ("…,
# Luật Xây dựng", "… và Nghị định …", "… và các văn bản …"), or a word no
# short title holds ("được", "đã", "hiện hành", "có hiệu lực"); its words
# are at most sixteen (a title listing what it governs is long: "Luật Quản
# lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"), none of them a verb
# or a word of the citing sentence
# ("phải", "là", "có", "quy định", "các", "số", "năm", "gồm", "cụ thể", "như"
# …), so "Luật Đất đai, chủ đầu tư phải …" gives nothing rather than a wrong
# title. A title may hold a "và" (one: citations checks) and a comma ("Luật
# Hôn nhân và gia đình", "Luật Phòng, chống tham nhũng"). Not a bill ("dự
# thảo Luật …", "dự án Luật …", "xây dựng Luật …", "Luật Nhà ở (sửa đổi)"),
# a school ("Trường Đại học Luật Hà Nội", "Khoa Luật") nor a code's "Luật"
# after its "Bộ".
_TITLE_STOP = (
    r"(?i:phải|được|đã|sẽ|đang|là|thì|có|không|chưa|cần|nhằm|để|khi|tại|nên|nhưng|cũng|vẫn|này|đó|"
    r"hiện|quy\s+định|hướng\s+dẫn|các|những|số|năm|ngày|trong|theo|của|với|cho|từ|đến|về|do|bởi|"
    r"gồm|bao\s+gồm|cụ\s+thể|như|sửa\s+đổi|thuộc|"
    r"và\s+(?:Luật|Bộ|Nghị|Thông|Quyết|Pháp|các|những|văn))\b|" + _TITLE_BREAK
)
_ACT_WORDS = r"(?:Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Pháp\s+lệnh|Chỉ\s+thị|Hiến\s+pháp)\b"
LAW_BY_TITLE_ALONE = _regex(
    r"(?<!(?i:dự\s+thảo\s*:?|dự\s+án|xây\s+dựng|soạn\s+thảo|học|khoa|trường|bộ)\s+)"
    # ("Bộ Luật Dân sự", capitalised, is the code: matched from its "Bộ")
    r"(?P<kind>Bộ\s+[lL]uật|Luật)\s+(?P<name>\p{Lu}\p{L}*"
    # (a title's comma joins lower-case nouns, "Phổ biến, giáo dục pháp luật";
    # one before a capital opens the next name, "…, Sở Tư pháp hướng dẫn",
    # which no title runs into)
    rf"(?:(?:\s+|\s*[\-–]\s*|\s*,\s*(?=\p{{Ll}}))(?!{_TITLE_STOP})\p{{L}}+){{0,15}}?)"
    # (a line's end closes it where a paragraph's line ends, unless the next
    # line goes on in lower case, as a hard-wrapped title does, or where a
    # list's item opens; a short line, a table's cell, may go on in capitals:
    # "Luật Người lao động" / "Việt Nam đi làm việc ở nước ngoài …")
    r"(?=\s*(?:[.;:()“”\"]|$)|(?<=[^\n]{40})[^\S\n]*\n(?![^\S\n]*\p{Ll})|[^\S\n]*\n(?=[^\S\n]*[-+•\d])"
    rf"|\s*,\s*(?:{_ACT_WORDS}|các\s+văn\s+bản|văn\s+bản)"
    rf"|\s+và\s+(?:{_ACT_WORDS}|các\b|những\b|văn\s+bản)"
    r"|\s+(?:được|đã|hiện\s+hành|có\s+hiệu\s+lực)\b|\s+" + _TITLE_BREAK + ")"
    # (a law being revised is a bill: "Luật Nhà ở (sửa đổi)", "Luật Bảo hiểm
    # y tế sửa đổi")
    r"(?!\s*\(?\s*(?i:sửa\s+đổi)\b)"
)
# Or by a known law's short title (data/law_titles.json), whatever words go on
# after it ("… Luật Ban hành văn bản quy phạm pháp luật như sau:", "Theo Luật
# Tổ chức chính quyền địa phương, Ủy ban nhân dân …"): the longest title that
# stands there, ending at a word's end; not a bill, a school, nor one revised.
# Titles are matched in any case and named as the table spells them.
_TONE_PAIRS = (("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("úy", "uý"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"))


def _known_law_titles() -> str:
    from .tables import load

    titles = sorted(load("law_titles.json")["titles"], key=len, reverse=True)
    alts = []
    for title in titles:
        # words apart by spaces, a comma with or without one after it
        alt = re.escape(title).replace(r"\ ", " ").replace(", ", ",").replace(",", r"\s*,\s*").replace(" ", r"\s+")
        for old, new in _TONE_PAIRS:  # (old and new tone placement)
            alt = alt.replace(old, f"(?:{old}|{new})")
        alts.append(alt)
    return (
        r"(?<!(?i:dự\s+thảo\s*:?|dự\s+án|xây\s+dựng|soạn\s+thảo|học|khoa|trường|bộ)\s+)"
        # (atomic: a longer title that stands there is never cut to a shorter one)
        r"(?P<kind>Bộ\s+[lL]uật|Luật)\s+(?P<name>(?>(?i:" + "|".join(alts) + r")))(?![\p{L}\d])"
        r"(?!\s*\(?\s*(?i:sửa\s+đổi)\b)"
        # (its number after it, maybe past a stray word, is the number's anchor:
        # "Luật Tiếp cận thông tin mạng số 104/2016/QH13")
        r"(?![^\S\n]+(?:\p{L}+[^\S\n]+){0,3}?(?i:số)\s*:?\s*\d)"
        # (its year, if written: "Bộ Luật hình sự năm 2015", "Luật xây dựng 2014")
        r"(?:[^\S\n]+(?:(?i:năm)[^\S\n]+)?(?P<year>(?:19|20)\d\d)(?![\d/]|[.,]\d))?"
        # (a year it cannot read, "năm 20243" with a footnote's mark, is left alone)
        r"(?![^\S\n]+(?i:năm)[^\S\n]+\d)"
    )


LAW_BY_KNOWN_TITLE = _regex(_known_law_titles)
# A law in a basis clause named in lower case, as older texts write it ("Căn
# cứ Luật ban hành văn bản quy phạm pháp luật ngày 22/6/2015", "Căn cứ Luật
# về Quản lý, sử dụng vũ khí … ngày 29/6/2024"), and an amending law, named by
# what it amends, in such a clause or its list ("…; Luật sửa đổi, bổ sung một
# số điều của Luật Đấu thầu, Luật Đầu tư … ngày 29/11/2024"): the name runs to
# the law's own date, the first in the clause. Not "Luật số 42/2024/QH15".
# Matched where such a clause or list item begins (citations: _laws_by_lower_name).
LAW_BY_LOWER_NAME = _regex(
    r"(?P<kind>Bộ\s+luật|Luật)\s+(?!số\b)(?P<name>\p{Ll}[^;\n]{2,300}?)"
    r"(?<!\btrước)(?<!\bsau)(?<!\bđến)(?<!\btừ)(?<!\bnhất)\s*,?\s+"
    r"(?:(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b|(?i:ngày)\s+(?P<day>\d{1,2})\s*(?:[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]|\s+(?i:tháng)\s+(?P<month2>\d{1,2})\s+(?i:năm))\s*(?P<year2>(?:19|20)\d\d)\b)"
)
# An amending law named by what it amends: "Luật sửa đổi, bổ sung một số điều
# của Luật Ban hành văn bản quy phạm pháp luật ngày 18/6/2020". The date or
# year closing that title is the amending law's, not the amended law's.
AMENDING_LAW = _regex(r"(?i:luật\s+sửa\s+đổi)")
# The laws such a title lists after its "của": "Luật A, Luật B và Luật C".
LAWS_LISTED = _regex(r"\s*,\s*(?:và\s+)?(?=(?:Bộ\s+)?[Ll]uật\s)|\s+và\s+(?=(?:Bộ\s+)?[Ll]uật\s)")
# One of them named by its title ("Luật Đê điều"), not "37 luật có liên quan".
LAW_LISTED_NAME = _regex(r"(?:Bộ\s+luật|Luật)\s+\p{Lu}")
# Such a title listing the laws by their numbers, closing its clause: "Luật
# sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
# 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;" (two laws at
# least: with one, "Căn cứ Luật sửa đổi … của Luật X số N;", N is the amending
# law's own). Tried after a clause's opening (AMENDING_LAW_LISTING_AFTER), not
# after "ban hành" (the text's own title) or "dự án" (a bill).
_LISTED_NUMBERED_LAW = r"(?:Bộ\s+luật|Luật)\s+\p{Lu}[^;.()/\d]{1,140}?\s+(?i:số)\s*:?\s*\d{1,3}/(?:19|20)\d\d/QH\d{1,2}"
AMENDING_LAW_LISTING = _regex(
    r"(?P<head>Luật\s+(?i:sửa\s+đổi)[^;.\d]{0,60}?\s(?i:của)(?:\s+(?i:các))?)\s+"
    + _LISTED_NUMBERED_LAW
    + r"(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+)"
    + _LISTED_NUMBERED_LAW
    + r")+(?=\s*(?:[;.\n]|$))"
)
AMENDING_LAW_LISTING_AFTER = (";", ",", " và", "cứ", "theo", "tại", "\n")
# A listed law's number, left out of the amending law's name.
LAW_NUMBER_IN_TITLE = _regex(r"\s+(?i:số)\s*:?\s*\d{1,3}/(?:19|20)\d\d/QH\d{1,2}")
# A year, which closes such a title.
ANY_YEAR = _regex(r"\b(?:19|20)\d\d\b")
# A law named right before its number: "Luật Tổ chức Chính phủ số 63/2025/QH15",
# "Bộ luật Lao động số 45/2019/QH14" (the name can be long), "Luật Hóa chất
# 69/2025/QH15" ("số" left out). A name holds no number: in a list ("Luật
# Đất đai số 45/2013/QH13, Luật Khoáng sản số 60/2010/QH12") each law's name
# starts at its own "Luật".
# (nor a year but at its end: "Luật Lâm nghiệp năm 2017, Luật Phòng cháy,
# chữa cháy … số 55/2024/QH15" names two laws; "Luật Xây dựng sửa đổi 2020 số
# 62/2020/QH14" one)
LAW_BEFORE_NUMBER = _regex(
    r"(?P<kind>Bộ\s+luật|Luật)\s+(?P<name>\p{Lu}[^;.()\n/\d]{1,140}?(?:\s+(?:năm\s+)?(?:19|20)\d\d)?)(?:\s+(?i:số))?\s*:?\s*$"
)
# The year ending such a name, which is the law's year: "Luật Xây dựng sửa
# đổi 2020", "Luật Đất đai năm 2013".
NAME_YEAR_END = _std(r"\s+(?:năm\s+)?(?:19|20)\d\d$")
# A law's number right after its name and year: "Luật Đất đai năm 2013 số
# 45/2013/QH13" is one law, cited by its number.
LAW_NUMBER_AFTER = _std(r"\s*,?\s*(?:(?i:số)\s*:?\s*)?\d{1,3}/(?:19|20)\d\d/QH")
# An amending law's name before the law it amends, whose number follows:
# "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15".
AMENDING_LAW_BEFORE = _regex(
    r"(?:Luật|LUẬT)\s+(?i:sửa\s+đổi(?:\s*,\s*|\s+và\s+|\s+)(?:bổ\s+sung\s+)?(?:một\s+số\s+điều\s+)?(?:của\s+)?(?:các\s+)?)\s*$"
)
NUMBER_WORD_END = _std(r"\s+(?:số|SỐ)\s*:?\s*$")
# An amending law's title listing the laws it amends by name only, the one
# number closing it: "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu,
# Luật Đầu tư …, Luật Hải quan, … Luật Quản lý, sử dụng tài sản công số
# 90/2025/QH15" (the number is the amending law's; the laws listed carry
# none). Searched back from the last listed law's name: the title's head,
# then names joined by "," or "và", no digit, ";" or "." between.
AMENDING_LAW_LISTED_BEFORE = _regex(
    r"(?:Luật|LUẬT)\s+(?i:sửa\s+đổi)[^;.\d]{0,60}?\s(?i:của)(?:\s+(?i:các))?\s+"
    r"(?:(?:Bộ\s+luật|Luật)\s+\p{Lu}[^;.()\d]{1,140}?(?:\s*,\s*(?:và\s+)?|\s+và\s+))+$"
)
# A law named in lower case right before its number: "Luật đấu thầu số
# 22/2023/QH15" (the type word's case is a slip; the title is the law's).
# Not an amending law's own words ("Luật sửa đổi …"), nor "Luật số …".
LAW_LOWER_BEFORE_NUMBER = _regex(
    r"(?P<kind>Bộ\s+luật|Luật)\s+(?P<name>(?!số\b|sửa\s+đổi\b)\p{Ll}[^;.,()\n/\d]{1,60}?)\s+(?i:số)\s*:?\s*$"
)
# A law another country's: "Luật Đầu tư nước sở tại", "… của nước ngoài",
# "… của nước tiếp nhận đầu tư" (the host country's law, no act of Vietnam's).
# (A few blanks at most before it: a search over a long run of blanks stays
# linear.)
FOREIGN_LAW_AFTER = _std(
    r"\s{0,3}(?:\(\s*)?(?:của\s+)?(?:các\s+)?(?:nước|quốc\s+gia)\s+(?:sở\s+tại|ngoài|tiếp\s+nhận|được\s+(?:trực\s+tiếp\s+)?đầu\s+tư|nhận\s+đầu\s+tư)\b"
)
GROUND_OPENER_BEFORE = _regex(r"(?:^|\n|;)\s*(?:(?i:căn\s+cứ)\s*)?$")
# Where a later bare mention of a law already cited can start: the word
# "Luật" ("Luật Trẻ em"; "Bộ luật Lao động" starts at the "Bộ" before it). The
# document's own law names are compared there. (An optional "bộ" in front
# would make this search try every position: 10x slower.)
LAW_WORD = _regex(r"\b(?i:luật)\b")
# "Bộ " right before such a word.
CODE_WORD_BEFORE = _regex(r"\b(?i:bộ)\s*$", END)

# Pinpoints before a citation: "tại Điều 9", "khoản 2 Điều 8", "điểm c khoản 1
# Điều 8", also with commas: "khoản 1, Điều 39, Luật …"; and a list of
# articles: "tại Điều 56, 57, 58 và 59 Luật …".
PINPOINT = _regex(
    r"(?:(?i:điểm)\s+(?P<point>[a-zđ])\s*,?\s+)?(?:(?i:khoản)\s+(?P<clause>\d{1,3})\s*,?\s+)?(?i:Điều)\s+"
    r"(?P<article>\d{1,3}[a-z]?(?:\s*(?:,|\s(?i:và))\s*\d{1,3}[a-z]?){0,8})\s*,?\s*(?:(?i:của)\s+)?$"
)
# What each match holds, lowered ("điều" but its "i": see REL_BASIS_WORDS).
PINPOINT_WORD = "ều"
# The provisions listed before such a pinpoint, with their joiners: "khoản 5
# và " of "khoản 5 và khoản 6 Điều 1 Nghị định số …", "điểm a, điểm b " of
# "điểm a, điểm b khoản 2 Điều 3 …" (an amending act's provisions named
# before its number: "… được sửa đổi, bổ sung bởi khoản 5 và khoản 6 Điều 1
# Nghị định số …").
PINPOINTS_LISTED_BEFORE = _regex(
    r"(?:(?i:các)\s+)?(?i:điểm|khoản|điều)\s+(?:\d{1,3}[a-z]?|[a-zđ])"
    r"(?:(?:\s*,\s*(?i:và\s+)?|\s+(?i:và|hoặc)\s+|\s+(?=(?i:điểm|khoản|điều)\s))"
    r"(?:(?i:điểm|khoản|điều)\s+)?(?:\d{1,3}[a-z]?|[a-zđ]))*"
    r"(?:\s*,\s*(?i:và\s+)?|\s+(?i:và|hoặc)\s+)$",
    END,
)
# A pinpoint into the rules a decision issued with it: "khoản 2 Điều 5 Quy
# định quản lý chợ ban hành kèm theo Quyết định số …", "Điều 8 Quy chế (ban
# hành) kèm theo …": the article is the decision's, whose attached text it is.
PINPOINT_IN_ATTACHED = _regex(
    r"(?:(?i:điểm)\s+(?P<point>[a-zđ])\s*,?\s+)?(?:(?i:khoản)\s+(?P<clause>\d{1,3})\s*,?\s+)?(?i:Điều)\s+(?P<article>\d{1,3}[a-z]?)"
    r"\s*,?\s*(?:của\s+)?(?:Quy\s+(?:định|chế|trình)|Điều\s+lệ|Quy\s+chuẩn|Hướng\s+dẫn)\b[^\n;.]{0,160}?"
    r"\s(?i:(?:ban\s+hành\s+)?kèm\s+theo)\s*$"
)

# Parts of a text listed before the last one a pinpoint reads, or before the
# document itself: "Khoản 1, khoản 2, ", "Điều 19, Điều 23 và Phụ lục ban hành
# kèm ".
PARTS_LISTED = _regex(
    r"(?i:(?:(?:điểm|khoản|điều|chương|mục|phụ\s+lục)(?:\s+[0-9a-zđIVXL]{1,4})?\s*(?:,|và)?\s*)+"
    r"(?:(?:ban\s+hành\s+)?kèm(?:\s+theo)?\s+|của\s+|tại\s+)?)"
)
# Look-alike letters typed from another script inside number codes: Cyrillic
# А В Е К М Н О Р С Т Х and Greek capitals that look Latin.
LOOKALIKE_LETTERS = "АВЕКМНОРСТХаеорсхΑΒΕΚΜΝΟΡΤΧ"
LOOKALIKES = str.maketrans(LOOKALIKE_LETTERS, "ABEKMHOPCTXaeopcxABEKMNOPTX")
# (on a whole text, one str "in" per letter is 2.5x faster still: citations)
HAS_LOOKALIKE = _std(f"[{LOOKALIKE_LETTERS}]")  # stdlib re: see the docstring


# ---------------------------------------------------------------------------
# === assignments, indicators, deadlines (extract/assignments) ===
# ---------------------------------------------------------------------------

# The implementation part of a plan: "IV. TỔ CHỨC THỰC HIỆN", "V. Tổ chức
# thực hiện", "Tổ chức, thực hiện", "Trách nhiệm tổ chức thực hiện", "Hiệu lực
# thi hành và tổ chức thực hiện", "Tổ chức thực hiện Chiến lược": the phrase
# is the heading, or names the document carried out. An activity headed so
# ("Tổ chức thực hiện hoạt động tư vấn …", "Điều kiện tổ chức thực hiện …")
# is not the document's implementation part.
IMPLEMENTATION_HEADING = _std(
    r"^\s*(?:(?i:trách\s+nhiệm|hiệu\s+lực(?:\s+thi\s+hành)?\s+và|giải\s+pháp\s+và)\s+)?"
    r"(?i:tổ\s+chức\s*,?\s+(?:triển\s+khai\s+)?thực\s+hiện|trách\s+nhiệm\s+thực\s+hiện"
    # a resolution's or decree's article "Điều 4. Tổ chức thi hành": its clauses give out the work
    r"|tổ\s+chức\s+thi\s+hành"
    r"|phân\s+công\s+(?:nhiệm\s+vụ|thực\s+hiện|trách\s+nhiệm)"
    # "III. NHIỆM VỤ VÀ PHÂN CÔNG (THỰC HIỆN)": the tasks given body by body
    r"|nhiệm\s+vụ\s*(?:,|và)\s*phân\s+công(?:\s+thực\s+hiện)?"
    # the duties of the bodies named as a class: "IV. TRÁCH NHIỆM CỦA CÁC CƠ
    # QUAN, ĐƠN VỊ", "Trách nhiệm các sở, ngành, địa phương" (one body's,
    # "Trách nhiệm của Sở Y tế", is an item on its duties)
    r"|trách\s+nhiệm\s+(?:của\s+)?các\s+(?:cơ\s+quan|đơn\s+vị|sở|ban|ngành|bộ|địa\s+phương|bên|thành\s+viên)"
    r"(?:\s*(?:,|và)\s*(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|sở|ban|ngành|bộ|địa\s+phương|tổ\s+chức|cá\s+nhân|đoàn\s+thể))*"
    r"(?:\s+(?:có\s+)?liên\s+quan)?"
    # an event's organising committee and the sub-units it divides its work
    # among: "V. BAN TỔ CHỨC VÀ CÁC TIỂU BAN", "Thành lập Ban Tổ chức, Tổ
    # Thư ký và Tổ giúp việc" (its items give each sub-unit its duties)
    r"|(?:thành\s+lập\s+|kiện\s+toàn\s+)?ban\s+tổ\s+chức(?:\s+[^\W\d_]+){0,4}?\s*(?:,|và)\s*(?:các\s+)?"
    r"(?:tiểu\s+ban|tổ\s+(?:thư\s+ký|giúp\s+việc|công\s+tác)|bộ\s+phận\s+giúp\s+việc))"
    r"(?=\s*$|\s*[:.(]|\s+(?i:và|kế\s+hoạch|quyết\s+định|nghị\s+quyết|chương\s+trình|đề\s+án"
    r"|chiến\s+lược|chỉ\s+thị|thông\s+tư|nghị\s+định|luật|phương\s+án)\b)"
    # the work divided among a committee's members or a government's leaders:
    # "PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO", "Phân công nhiệm vụ Chủ tịch,
    # các Phó Chủ tịch UBND xã", "Phân công nhiệm vụ như sau", "Nhiệm vụ của
    # các thành viên Ban Chỉ đạo"
    r"|^\s*(?i:phân\s+công\s+nhiệm\s+vụ(?:\s+(?:cho|của))?\s+(?:các\s+)?(?:thành\s+viên|lãnh\s+đạo|chủ\s+tịch|phó\s+chủ\s+tịch|như\s+sau)"
    r"|nhiệm\s+vụ\s+(?:cụ\s+thể\s+)?(?:của|cho)\s+(?:các\s+)?thành\s+viên)\b"
)
# A part's heading that names only its place in the plan's frame, not the
# work: "TỔ CHỨC THỰC HIỆN" (IMPLEMENTATION_HEADING), "NHIỆM VỤ", "NHIỆM VỤ CỤ
# THỂ", "NHIỆM VỤ VÀ GIẢI PHÁP", "GIẢI PHÁP THỰC HIỆN", "NỘI DUNG": a part
# holding only its paragraph has that paragraph for its task, no heading
# glued to it (a topic's, "CÔNG TÁC TUYÊN TRUYỀN", says what the work is).
_FRAME_WORDS = r"(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)(?:\s+(?:cụ\s+thể|chủ\s+yếu|trọng\s+tâm|thực\s+hiện))?"
FRAME_PART_HEADING = _std(r"^\s*(?i:" + _FRAME_WORDS + r"(?:\s*(?:,|và)\s*" + _FRAME_WORDS + r")?)\s*[:.]?\s*$")
# A resolution's article on who oversees it assigns as its implementation
# article does: "Điều 3. Giám sát (việc) thực hiện" / "1. Thường trực HĐND
# tỉnh, các Ban của HĐND tỉnh … giám sát việc thực hiện Nghị quyết này".
SUPERVISION_HEADING = _regex(r"^\s*(?i:giám\s+sát\s+(?:việc\s+)?(?:thực\s+hiện|thi\s+hành))(?:\s+(?i:nghị\s+quyết))?\s*[.:]?\s*$")
# A part on duties, whose items headed by bodies are their tasks even
# without an implementation part: "NHIỆM VỤ CỤ THỂ", "Trách nhiệm thi hành",
# "Phân công nhiệm vụ", "Tổ chức thực hiện".
DUTIES_HEADING = _regex(
    r"(?i:trách\s+nhiệm|nhiệm\s+vụ|phân\s+công|tổ\s+chức\s+thực\s+hiện|chỉ\s+đạo\s+thực\s+hiện)"
)
# A plan's reporting-regime part: "III. CHẾ ĐỘ BÁO CÁO", "V. Chế độ thông tin,
# báo cáo", "4. THÔNG TIN, BÁO CÁO": its sentences give the bodies they open
# with their reporting duties ("Các sở, ngành báo cáo … trước ngày 05/12 hằng
# năm; Sở Nội vụ tổng hợp, báo cáo …").
REPORTING_REGIME_HEADING = _regex(
    r"^\s*(?i:chế\s+độ\s+(?:thông\s+tin\s*,?\s+)?báo\s+cáo|thông\s+tin\s*,\s*báo\s+cáo)(?:\s+(?i:định\s+kỳ))?\s*[:.]?\s*$"
)
# Where a sentence's next clause starts: after its ";".
NEXT_CLAUSE = _std(r";\s*")
# A label giving out the parts before the sentence that names the bodies, or a
# heading of that label alone: "Phân công: Sở A chủ trì; Sở B phối hợp …",
# "Tổ chức thực hiện: …", "Giao: …", "4. Phân công".
ASSIGNING_LABEL = _regex(
    r"^\s*(?i:phân\s+công(?:\s+(?:nhiệm\s+vụ|thực\s+hiện|trách\s+nhiệm))?|tổ\s+chức\s+thực\s+hiện|giao)\s*(?::\s*|$)"
)
ASSIGNING_LABEL_INITIALS = frozenset("PpTtGg")
# A request of its own after a ";" in one sentence: "Đề nghị A bố trí …; đề
# nghị B hướng dẫn …", "…; giao C …".
NEXT_REQUEST = _regex(r";\s*(?=(?i:đề\s+nghị|kiến\s+nghị|yêu\s+cầu|giao)\s+\p{Lu})")
# A heading telling the bodies its bullets name what to do, by its verb alone
# or of a collective, before a colon (checked in code): "Yêu cầu:", "Yêu cầu
# các cơ quan, đơn vị tập trung:" (a request, "Đề nghị …:", is read apart).
ASKING_HEADING = _std(r"^\s*(?i:yêu\s+cầu|giao)(?:\s+[^:\n]{0,80})?:?\s*$")
# Funding part: "III. KINH PHÍ THỰC HIỆN", "Kinh phí".
FUNDING_HEADING = _regex(r"(?i:^kinh\s+phí|nguồn\s+kinh\s+phí|kinh\s+phí\s+thực\s+hiện)")
# "kinh phí" in any case: a text holding it lowered holds this (regex's
# case-insensitive literal search, ~10x faster than lowering the text; it
# takes "İ" for "i" too, so a hit is confirmed by lowering, checked in code).
KINH_PHI_ANY_CASE = _regex(r"(?i:kinh phí)")
# An item of "Tổ chức thực hiện" on money, not a task, naming no body on
# purpose: "3. Kinh phí thực hiện do ngân sách … bảo đảm", "Nguồn vốn: …".
FUNDING_ITEM = _regex(r"\s*(?i:(?:về\s+)?(?:nguồn\s+)?(?:kinh\s+phí|vốn))\b")
# Money already spent, told in a report's results: "Tổng kinh phí đã sử dụng …
# là 3.450 triệu đồng", "đã giải ngân 80%": a result, no funding of a plan
# ("đã được bố trí trong dự toán" funds it: allocated, not spent).
MONEY_SPENT = _regex(r"(?i:đã\s+(?:được\s+)?(?:sử\s+dụng|giải\s+ngân|chi(?:\s+trả)?|thanh\s+toán|quyết\s+toán))\b")
# A sentence outside the funding part saying where the money for the plan's
# own work comes from: "3. Vụ Kế hoạch - Tài chính bảo đảm kinh phí thực hiện
# Kế hoạch từ nguồn ngân sách nhà nước giao cho Bộ Tư pháp", "Bố trí kinh
# phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2026", "… kinh phí thực
# hiện Kế hoạch trong dự toán ngân sách hằng năm": the money opening the
# sentence or its item's words after a label, or provided by the verb before
# it (the plan's work, not money a task grants, "hỗ trợ kinh phí … cho hộ
# nghèo từ nguồn …", nor a budget's procedure, "Sở Xây dựng tổng hợp kinh
# phí thực hiện nhiệm vụ … trong dự toán …"; its word "kinh phí" looked up
# before the pattern is tried).
PLAN_FUNDED_FROM = _regex(
    r"(?:^|(?<=:)[^\S\n]*|(?<!\p{L})(?:(?i:bố\s+trí|bảo\s+đảm|đảm\s+bảo|cân\s+đối|phân\s+bổ|cấp|nguồn)\s+))"
    r"(?i:kinh\s+phí)\s+(?:(?i:để)\s+)?(?:(?i:tổ\s+chức)\s+)?(?i:thực\s+hiện|triển\s+khai)\s+"
    r"(?:(?i:các)\s+)?(?i:kế\s+hoạch|chương\s+trình|đề\s+án|nhiệm\s+vụ|nghị\s+quyết|chỉ\s+thị|quyết\s+định)\b[^.;\n]{0,160}?"
    r"(?:(?i:từ|bằng|trong)\s+(?:(?i:các)\s+)?(?:(?i:nguồn)|(?i:dự\s+toán)|(?i:ngân\s+sách))|(?i:do\s+ngân\s+sách))"
)
# A clause on money whose verb guides or oversees how others fund theirs: a
# task, no funding ("phối hợp với Bộ Tài chính hướng dẫn bố trí kinh phí cho
# địa phương", "kiểm tra việc sử dụng kinh phí …"; the words before "kinh phí").
GUIDES_THE_MONEY = _regex(r"(?<!\p{L})(?i:hướng\s+dẫn|kiểm\s+tra|giám\s+sát|theo\s+dõi|đôn\s+đốc)(?!\p{L})")
# Targets part: "Mục tiêu cụ thể", "Chỉ tiêu".
TARGETS_HEADING = _regex(
    r"(?i:mục\s+tiêu\s+cụ\s+thể|các\s+chỉ\s+tiêu|chỉ\s+tiêu\s+cụ\s+thể)"
)
# A part on goals or targets by any name ("II. CHỈ TIÊU", "MỤC TIÊU, CHỈ
# TIÊU", "Mục tiêu", "Chỉ tiêu chủ yếu"): its items that state a value are
# targets (a general goal's prose states none).
# The year such a heading names: "CHỈ TIÊU NĂM 2026", "Mục tiêu đến năm 2030".
# Or a date's, said as when they are due: "Đến ngày 31/12/2025".
# A period's targets are due at its end: "Giai đoạn 1 (2026 - 2028)",
# "giai đoạn 2026-2030"; a vision's by its year: "Tầm nhìn đến 2045".
HEADING_YEAR = _regex(
    r"(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)"
    r"|(?i:đến|trước|vào)\s+(?:(?i:hết)\s+)?(?:(?i:ngày)\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?P<year3>(?:19|20)\d\d)\b"
    r"|(?i:đến)\s+(?P<year4>(?:19|20)\d\d)\b"
)
# The year a lead-in over goals' bullets says they are due by: "Đến ngày
# 31/12/2025:", "Phấn đấu đến hết năm 2025:", "đến cuối năm 2030" (not a cited document's date:
# "… tại Quyết định số 123/QĐ-UBND ngày 12/3/2021, phấn đấu:").
# The words of a goal's cue before its value, saying nothing of what it
# measures: "Phấn đấu đến hết năm 2026 có ít nhất 80% người …", "Mục tiêu
# đạt 90% …" (removed, with the time, from the words before a value:
# what is left, if anything, names the measure).
GOAL_CUE_WORDS = _regex(r"(?i:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|(?<!\p{L})(?:có|đạt)(?!\p{L}))")
LEAD_IN_YEAR = _regex(
    r"(?i:đến|trước|vào|trong)\s+(?:(?i:hết|cuối)\s+)?(?:(?i:ngày)\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year2>(?:19|20)\d\d)"
    r"|(?i:năm)\s+(?P<year>(?:19|20)\d\d))\b"
)
# A goals item's heading that is its time alone, "2.1- Năm 2026: đón …",
# "Giai đoạn 2026 - 2030: …": a qualifier of every clause of the item (its
# text stays a target statement), the year or the period's end.
TIME_HEADING = _std(r"(?i:năm)\s+(?P<year>(?:19|20)\d\d)\s*$|(?i:giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?P<year2>(?:19|20)\d\d)\s*$")
# A goals item's horizon, its heading or its lead-in: "2. Định hướng đến năm
# 2035: …", "Tầm nhìn đến năm 2045", "2. Đến năm 2035, …" (under a part naming
# goals among other matters, "II. QUAN ĐIỂM, MỤC TIÊU", it states that year's
# targets as "Mục tiêu đến năm …" does).
HORIZON_LEAD = _std(
    r"(?:(?i:định\s+hướng|tầm\s+nhìn)\s+)?(?i:đến|tới)\s+(?:(?i:hết)\s+)?(?:(?i:năm)\s+)?(?:19|20)\d\d(?:\s*$|\s*[,:]\s*\S)"
)
# A goal's time said first, the year its result is due by, opening a clause
# of a goals part's item: "Đến năm 2025, cơ bản hoàn thành …", "Đến hết năm
# 2026 hoàn thành …", "Phấn đấu đến năm 2028, …", "Trong năm 2026, …", "Đến
# 2030, …", "Đến ngày 31/12/2025, …", "Năm 2026: …", a vision's "Tầm nhìn
# đến năm 2045, …" (not a period's start, "Từ năm 2026, …", nor a span,
# "Đến năm 2025 - 2030"): the clause states a goal of that year, with or
# without a figure.
GOAL_TIME_LEAD = _regex(
    r"(?:(?i:phấn\s+đấu|mục\s+tiêu|tầm\s+nhìn|định\s+hướng)\s+)?"
    r"(?:(?i:đến|tới|trong|vào|trước)\s+(?:(?i:hết|cuối)\s+)?(?:(?i:năm)\s+)?(?P<year>(?:19|20)\d\d)"
    r"|(?i:đến|tới|trước|trong)\s+(?:(?i:hết)\s+)?(?i:ngày)\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year2>(?:19|20)\d\d)"
    r"|(?i:năm)\s+(?P<year3>(?:19|20)\d\d)(?=\s*[,:]))"
    r"(?![\d/]|\s*[-–]\s*\d)\s*[,:]?\s*(?=\p{L})"
)
# The movement a goal with no figure names by its verb, after its time and
# an adverb: "Giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt", "Đến năm 2030, tăng
# số …", "Duy trì …", "giữ vững …" (not "tăng cường", strengthening a work:
# a result to achieve, as any other verb's).
QUALITATIVE_MOVE = _std(
    r"(?:(?i:phấn\s+đấu|tiếp\s+tục|từng\s+bước|cơ\s+bản)\s+)*"
    r"(?P<verb>(?i:giảm|tăng(?!\s+cường)|duy\s+trì|giữ\s+vững))(?![^\W\d_])"
)
# A goal said from a start, "Từ năm 2026, triển khai …": due by no year.
START_TIME_LEAD = _std(r"(?i:từ)\s+(?:(?i:năm)\s+)?(?:19|20)\d\d\b")
# A heading within a goals part over what is no specific goal: the general
# objective's prose ("Mục tiêu chung", "Mục tiêu tổng quát"), requirements,
# purposes, viewpoints, whom and what the plan covers ("Yêu cầu", "Mục
# đích", "Quan điểm", "Đối tượng", "Phạm vi"): a line there without a
# figure states no target.
NOT_GOALS_HEADING = _std(
    r"(?i:mục\s+tiêu\s+(?:chung|tổng\s+quát|tổng\s+thể)|yêu\s+cầu|mục\s+đích|quan\s+điểm|đối\s+tượng|phạm\s+vi)\b"
)
# A goals item's heading naming its topic: "1. Về bảo vệ rừng" (the group of
# the targets under it).
TOPIC_HEADING = _std(r"(?i:về)\s+\w")
# A goals part: "II. MỤC TIÊU", "Mục tiêu, chỉ tiêu", "III- MỘT SỐ CHỈ TIÊU
# CHỦ YẾU ĐẾN NĂM 2030", "Các chỉ tiêu cụ thể".
GOALS_HEADING = _std(
    r"^(?i:(?:một\s+số|các|những)\s+)?(?i:(?:mục\s+tiêu\s*(?:,|và)\s*)?chỉ\s+tiêu\b|mục\s+tiêu\b)"
)
# An article adopting or setting goals, the usual layout of a council's
# resolution: "Điều 1. Thông qua mục tiêu, chỉ tiêu chủ yếu … năm 2026 như
# sau:", "Điều 1. Mục tiêu, chỉ tiêu chủ yếu năm 2026", "Điều 2. Giao chỉ tiêu
# …": a goals part as "II. MỤC TIÊU" is, its items (numbered or dashed)
# indicators, not tasks (the verb of adoption, if any, before the goals'
# words; "Điều 1. Phê duyệt Kế hoạch … với mục tiêu" is no such article).
ARTICLE_GOALS_HEADING = _std(
    r"^(?i:(?:thông\s+qua|phê\s+duyệt|quyết\s+định|giao|ban\s+hành)\s+)?"
    r"(?i:(?:một\s+số|các|những)\s+)?(?i:(?:mục\s+tiêu\s*(?:,|và)\s*)?(?:các\s+)?chỉ\s+tiêu\b|mục\s+tiêu\b)"
)
# A part of indicators, "chỉ tiêu" its head noun: "II. CHỈ TIÊU", "Các chỉ
# tiêu cụ thể", "III- MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2026" (not "Mục tiêu, chỉ
# tiêu", naming goals among them): each of its items is an indicator, a
# standard or level to reach or keep with no figure too ("Duy trì phổ cập
# giáo dục tiểu học mức độ 3", "Xã đạt chuẩn nông thôn mới nâng cao").
INDICATORS_HEADING = _std(r"^(?i:(?:một\s+số|các|những)\s+)?(?i:chỉ\s+tiêu)\b")
# A paragraph stating goals outside a goals part, as a directive's lead does:
# "Mục tiêu đến năm 2025: giảm ít nhất 10% số vụ cháy …; 100% cơ sở …",
# "Chỉ tiêu năm 2026: …" (its words up to the colon give the year).
GOALS_STATEMENT = _regex(r"^(?i:mục\s+tiêu|chỉ\s+tiêu)(?P<lead>[^:\n]{0,40}):\s*(?=\S)")
# … or a sentence so opening, with no colon, inside a line (a Decision's
# article: "Điều 1. Phê duyệt danh mục … Mục tiêu đến năm 2026 thu hút được ít
# nhất 08 dự án; …"): its lead is its time phrase.
GOALS_SENTENCE = _regex(
    r"(?<=\.\s)(?i:mục\s+tiêu|chỉ\s+tiêu)\s+(?P<lead>(?i:(?:đến|tới|trong)\s+)?(?i:hết\s+)?(?i:năm|giai\s+đoạn)\s+"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*,?\s+(?=\p{Ll})"
)
# … or a lead-in inside a line, a verb of aim before a list of indicators
# wherever it stands (a leader's duty: "2. Chỉ đạo hoàn thành các chỉ tiêu:
# tỷ lệ hộ nghèo giảm xuống dưới 1% …, … đạt 95% trở lên"); not a result
# ("đã hoàn thành các chỉ tiêu:", "kết quả đạt được các chỉ tiêu:").
GOALS_LEAD_IN = _regex(
    r"(?<!(?i:đã|ước|cơ\s+bản|được)\s)(?i:phấn\s+đấu(?:\s+(?:hoàn\s+thành|đạt))?|hoàn\s+thành|đạt)\s+"
    r"(?:(?i:các|những|một\s+số)\s+)?(?i:mục\s+tiêu|chỉ\s+tiêu)(?P<lead>[^:;.\n]{0,40}):\s*(?=\S)"
)
# A plan's part of tasks, whose tasks may set targets of their own: "III.
# NHIỆM VỤ VÀ GIẢI PHÁP", "Nhiệm vụ, giải pháp chủ yếu", "NỘI DUNG THỰC HIỆN",
# "Phương hướng, nhiệm vụ, giải pháp trọng tâm"
# (not a body's standing "Nhiệm vụ, quyền hạn", nor "Nội dung" of a rule).
TASKS_HEADING = _std(
    r"^(?i:(?:các|những|một\s+số)\s+)?(?i:(?:phương\s+hướng\s*(?:,|và)?\s*)?nhiệm\s+vụ(?!\s*(?:,|và)\s*quyền\s+hạn)|giải\s+pháp"
    r"|nội\s+dung\s+(?:(?:và\s+phân\s+công\s+)?thực\s+hiện|trọng\s+tâm|chủ\s+yếu))\b"
)
# A target set in a task's own words: a target verb right before a quantity
# ("đạt (trên) 95%", "ít nhất 20 lớp", "giảm tối thiểu 30%", "cắt giảm 50% thời
# gian …", "bảo đảm (giải ngân) 100% …"), or "phấn đấu" some words before it
# in its clause ("phấn đấu giải ngân 100% kế hoạch vốn", "phấn đấu tổng mức
# bán lẻ … năm 2026 tăng 13%"); a level a change aims at ("giảm tỷ lệ …
# xuống dưới 22%"); a quantity to complete ("hoàn thành hỗ
# trợ xây mới, sửa chữa 2.500 căn nhà"); not a result ("đã đạt", "ước đạt").
# Tried at its words' places (see TASK_TARGET_WORDS).
# A clause telling the result so far, no aim: "Đến nay giải ngân đạt 40% kế
# hoạch", "Tính đến nay …", "Hiện nay …" (matched at the clause's first word).
RESULT_SO_FAR = _regex(r"(?i:(?:tính\s+)?đến\s+nay|hiện\s+nay)\b")
# A clause's opening naming a day it is told as of: "Đến ngày 15/8/2025, toàn
# tỉnh giải ngân … đạt 38,6%" (a result when the day is not after the text's).
AS_OF_DAY = _regex(r"(?i:(?:tính\s+)?đến\s+(?:hết\s+)?ngày)\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\b")
# A clause's first word (where a clause striven for is read from).
FIRST_WORD = _regex(r"\S")
# A goal's cue, stating a target in any text, not only in a plan's parts:
# "phấn đấu đến ngày 30/9/2025 giải ngân đạt trên 60%", "mục tiêu giải ngân
# 100% kế hoạch vốn", "chỉ tiêu …", "bảo đảm đạt 95%" (lowered; searched by str.find).
GOAL_CUES = ("phấn đấu", "mục tiêu", "chỉ tiêu", "bảo đảm đạt", "đảm bảo đạt")
# A bound the text sets on a rate or a number, its quota, stated as a rule in
# any part: "tỷ lệ … không vượt quá 20%", "số lượng … tối thiểu 02" (matched
# at the bound, on its clause before it).
QUOTA_BOUND = _regex(
    r"(?i:tỷ\s+lệ|số\s+lượng)(?![\p{L}\d])(?:[^;:.]|\.(?=\S)){0,120}?\s"
    r"(?P<bound>(?i:không\s+(?:vượt\s+)?quá|tối\s+(?:đa|thiểu)|không\s+(?:dưới|thấp\s+hơn|ít\s+hơn)))\s+\d"
)
# QUOTA_BOUND's bound holds one of these (lowered: not "tối", whose "i" (?i)
# matches "İ" with, lowering to two characters): a line lacking both is not tried.
QUOTA_BOUND_WORDS = ("không", "tố")
# A document's symbol in a citation ("25/NQ-CP", "123-KL/TW", "01/2025/QĐ-UBND").
DOC_SYMBOL = _regex(r"\b\d{1,6}(?:/(?:19|20)\d\d)?\s?[/-]\s?[A-ZĐ]{2}")
# Words telling a cued clause's figure is one reached, no aim: "đã", "đạt
# được", "kết quả", "ước (đạt)", "đến nay" (lowered, with spaces around).
RESULT_WORDS = (" đã ", " đạt được ", " kết quả ", " ước ", " đến nay ", " hiện nay ")
TASK_TARGET = _regex(
    r"(?i:phấn\s+đấu(?:\s*,?\s+[^\s\d;:.,()]+){0,14}?"
    # ("mục tiêu giải ngân 100% kế hoạch vốn": the aim's own words, no comma)
    r"|mục\s+tiêu(?:\s+[^\s\d;:.,()]+){1,8}?"
    # (not its time: "hoàn thành trước ngày 30/6/2024", "trong tháng 5 năm 2026";
    # nor a rating's name: "xếp loại “Hoàn thành xuất sắc nhiệm vụ” 15 cán bộ")
    r"|(?<!(?i:đã|mới|chưa|loại|mức|hiệu)\s|[\"“]\s?)hoàn\s+thành(?:\s*,?\s+(?!(?:trong|trước|đến|chậm|vào|ngày|tháng|quý|năm|hết|sau)\b)[^\s\d;:.,()]+){0,8}?"
    r"(?=\s*,?\s+\d[\d.,]*\s*(?:%|\p{L}))"
    r"|xuống(?:\s+(?:dưới|còn))?"
    # (a level held: "Duy trì tỷ lệ mẫu … đạt yêu cầu ở mức trên 95% hằng năm")
    r"|(?<!(?i:đã)\s)duy\s+trì(?:\s+[^\s\d;:.,()]+){0,16}?\s+ở\s+mức(?:\s+(?:trên|dưới|từ|tối\s+thiểu|ít\s+nhất|không\s+dưới))?"
    # (whom an event or a programme aims to draw: "thu hút khoảng 8.000 vận
    # động viên", "thu hút được ít nhất 08 dự án")
    r"|thu\s+hút(?:\s+được)?(?:\s+(?:khoảng|trên|ít\s+nhất|tối\s+thiểu))?"
    r"|(?<!(?i:đã|ước|chỉ|mới|vẫn|chưa)\s)đạt(?:\s+(?:trên|từ|khoảng|tối\s+thiểu|ít\s+nhất|không\s+dưới))?|(?:giảm|tăng)\s+(?:ít\s+nhất|tối\s+thiểu)|ít\s+nhất|tối\s+thiểu|không\s+(?:dưới|thấp\s+hơn|ít\s+hơn)"
    # (a share of things to reach a state: "bảo đảm 80% xã, phường đạt chuẩn …";
    # not "bảo đảm 50% kinh phí")
    # (a quota the text sets on a rate or a number: "Số lượng công chức xếp loại
    # … không vượt quá 20% …", "tỷ lệ nêu trên không quá 25%"; see QUOTA_BOUND)
    # (its words looked at first: the lookbehind, up to 120 characters back,
    # is run only where the bound stands, not at every place TASK_TARGET is tried)
    r"|(?=không\s|tối\s)(?<=(?:tỷ\s+lệ|số\s+lượng)(?![\p{L}\d])(?:[^;:.]|\.(?=\S)){0,120}?\s)(?:không\s+(?:vượt\s+)?quá|tối\s+đa)"
    # (a requirement states a level as "bảo đảm" does: "Yêu cầu 100% phương tiện …
    # lắp đặt thiết bị giám sát hành trình", "bắt buộc 100% …"; "phải đạt" is "đạt"'s;
    # a body directing its units states it too: "chỉ đạo 100% bệnh viện công lập … thu …")
    r"|cắt\s+giảm|(?<!(?i:đã)\s)(?:(?:bảo|đảm)\s+đảm|yêu\s+cầu|bắt\s+buộc|chỉ\s+đạo)(?:\s+[^\s\d;:.,()]+){0,2}?"
    r"(?=\s+(?:100\s*%|\d{1,2}(?:,\d+)?\s*%\s+\p{L}[^;.]{0,80}?\s(?:đạt|được|có)\s)))"
    r"\s*,?\s+(?=\d)"
)
# A bound on how many rounds of its own work a task holds: "tổ chức kiểm
# tra ít nhất 02 đợt trong năm 2026", "tập huấn tối thiểu 01 lần/quý": how
# often the task is done, its quantity, no indicator of a result (matched at
# TASK_TARGET's match; "phấn đấu …", a goal's cue, opens that match instead
# and keeps it a target; a reach in people, "lượt", is a result).
# Said every year ("… mỗi năm", "hằng năm", "01 lần/năm"), such a bound is
# a standing floor, a target per year ("tổ chức ít nhất 02 buổi đối thoại …
# mỗi năm": 2 buổi/năm, ``at_least``), "lượt" of the work's rounds among
# its nouns then ("tối thiểu 01 lượt/năm"; checked where it is read).
ROUNDS_BOUND = _regex(
    r"(?i:ít\s+nhất|tối\s+thiểu|không\s+(?:dưới|ít\s+hơn))\s+(?P<n>\d{1,3})\s*"
    r"(?P<unit>(?i:đợt|lần|cuộc|buổi|phiên|kỳ)(?!\p{L})|(?i:lượt)(?=/năm))"
)
# A task's clause stating a level as a goal does, opening with it: "…; 100%
# văn bản (trừ văn bản mật) được gửi, nhận dưới dạng điện tử" (a share said
# after a verb is one when it counts a population: TASK_SHARE_REACHED).
TASK_LEVEL_CLAUSE = _regex(r"\s*100\s*%\s+\p{L}[^;]*?\s(?i:được|có|đạt)\s")
# A share of a counted population a task's work must reach, wherever the
# clause says it: the people it sends or trains, the places and bodies it is
# done at or for, the files it handles ("Cử 100% công chức Tư pháp - Hộ tịch
# tham gia bồi dưỡng …", "phổ biến pháp luật tại 100% tổ dân phố", "kiểm tra
# … đối với 100% cơ sở thuộc diện quản lý"): how far the task goes, its
# coverage target. A share of an amount is the task's terms, no target ("hỗ
# trợ 100% kinh phí", "bằng 6% mức lương", "giữ 100% vốn điều lệ"), nor is a
# share a statistic tells ("chiếm 30% doanh nghiệp") or one reached ("đã …").
TASK_SHARE_REACHED = _regex(
    r"(?<![\d,.])(?<!(?i:chiếm|khoảng|bằng|còn)\s)\d{1,3}(?:,\d+)?\s*%\s+(?:(?i:các|số)\s+)?"
    r"(?i:công\s+chức|cán\s+bộ|viên\s+chức|đảng\s+viên|đoàn\s+viên|hội\s+viên|người|hộ|học\s+sinh|sinh\s+viên"
    r"|giáo\s+viên|trẻ\s+em|lao\s+động|xã|phường|thị\s+trấn|thôn|tổ\s+dân\s+phố|khu\s+dân\s+cư|khu\s+phố"
    r"|trường|cơ\s+sở|doanh\s+nghiệp|cơ\s+quan|đơn\s+vị|hợp\s+tác\s+xã|trạm\s+y\s+tế|hồ\s+sơ|văn\s+bản"
    r"|thủ\s+tục\s+hành\s+chính|tàu\s+thuyền|tàu\s+cá|phương\s+tiện|ngư\s+dân|nhân\s+khẩu)(?!\p{L})"
)
# A task moving people out of harm's way, "Sơ tán 320 hộ với khoảng 1.100
# nhân khẩu …", "di dời 45 hộ dân": the households and people it moves are
# the result it aims at, its targets (the means it readies, "chuẩn bị 02
# xuồng, 50 áo phao", "dự trữ 2 tấn gạo", are the task's terms, none).
PEOPLE_MOVED_VERB = _regex(r"(?i:sơ\s+tán|di\s+dời|di\s+dân|di\s+chuyển)\s")
PEOPLE_MOVED_COUNT = _regex(
    r"(?<![\d/.,])(?P<value>\d{1,3}(?:\.\d{3})*)\s+(?P<unit>(?i:hộ(?:\s+dân|\s+gia\s+đình)?|nhân\s+khẩu|người|khẩu))(?!\p{L})"
)
# TASK_TARGET's first words, lowered: a line holds one before it is tried.
TASK_TARGET_WORDS = ("phấn", "mục", "hoàn", "xuống", "duy", "đạt", "giảm", "tăng", "ít", "tối", "không", "cắt", "bảo", "đảm", "yêu", "bắt", "thu", "chỉ")
# The year a task's target clause names before its value: "Đến năm 2026,
# phấn đấu 100% …", "phấn đấu trong năm 2026 tỷ lệ … đạt trên 98%", "phấn đấu
# tổng mức bán lẻ … năm 2026 tăng 13%", "đến ngày 31/12/2025", a period's
# end (not a baseline's, "so với năm 2024", nor a period's first year).
TASK_TARGET_YEAR = _regex(
    r"(?i:đến|trước|vào|trong)\s+(?:(?i:hết)\s+)?(?i:ngày)\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year2>(?:19|20)\d\d)\b"
    r"|(?<!(?i:so\s+với)(?:\s+\p{L}+){0,3}\s)(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
    # a period's targets are due at its end: "trong giai đoạn 2026 - 2030"
    r"|(?i:giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?P<year3>(?:19|20)\d\d)\b"
)
# The time a task's work is to be completed by, said in a later clause of
# the sentence stating its target: "Tổ chức học tập … cho 100% cán bộ, đảng
# viên; hoàn thành trong tháng 9/2025" (the target's time too, its year
# that of the day, the month, the quarter or the year).
COMPLETION_TIME = _regex(
    r"(?i:hoàn\s+thành|hoàn\s+tất|xong)\s+(?:(?i:trong|trước|vào|chậm\s+nhất)\s+)(?:(?i:hết|cuối)\s+)?"
    r"(?:(?i:ngày)\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*|(?i:tháng)\s+\d{1,2}\s*(?:/\s*|\s+(?i:năm)\s+)"
    r"|(?i:quý)\s+(?:[IV]{1,3}|\d)\s*(?:/\s*|\s+(?i:năm)\s+)|(?i:năm)\s+)(?P<year>(?:19|20)\d\d)\b"
)
# A sentence's lead-in naming the year of all its targets, its ";" clauses'
# too: "Phấn đấu đến năm 2030, tỷ lệ A đạt 100%; tỷ lệ B đạt trên 95%"
# (matched at the sentence's first word; its comma or colon closes it).
SENTENCE_LEAD_YEAR = _regex(
    r"(?:(?i:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\s+)?(?:(?i:đến|tới|vào|trong)\s+(?:(?i:hết|cuối)\s+)?)?"
    r"(?:(?i:năm)\s+(?P<year>(?:19|20)\d\d)|(?i:giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?P<year>(?:19|20)\d\d))\s*[,:]"
)
# A yearly target, due every year, not by one: "phấn đấu mỗi năm giải quyết việc
# làm cho ít nhất 3.000 lao động", "hằng năm".
EVERY_YEAR = _regex(r"(?i:mỗi|hằng|hàng)\s+năm\b")
# "hằng năm" naming the year of money or of a plan, not a target's cadence:
# "ngân sách hằng năm", "dự toán hằng năm", "kế hoạch hằng năm" (matched on
# the words right before it).
EVERY_YEAR_NOUN = _std(r"(?:ngân\s+sách|dự\s+toán|kinh\s+phí|kế\s+hoạch|nhà\s+nước|chi\s+thường\s+xuyên)\s*$", re.I)
# A clause of a task, up to its ";" or its sentence's end (a dot inside a
# number or a word, "32.500", ends none).
TASK_CLAUSE = _regex(r"(?:[^;.]|\.(?=\S))+(?:[;.]|$)")
# A goals item headed by its indicator's own number, under a letter or a
# bullet: "a) Chỉ tiêu 1: 100% xã …" (the indicator is number 1, which lower
# plans cite as "chỉ tiêu số 1").
INDICATOR_OWN_NUMBER = _std(r"^(?i:chỉ\s+tiêu)\s+(?:(?i:số)\s+)?(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*$")
# A report's part on what comes next, whose values are targets too:
# "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "Phương hướng năm 2026"
# (its year is theirs; its results part states what was achieved).
FORWARD_HEADING = _std(r"^(?i:phương\s+hướng)\b")
# A report's part on what was done: "II. KẾT QUẢ THỰC HIỆN NĂM 2025", "3. Kết
# quả thực hiện các chỉ tiêu", "Tình hình thực hiện": its figures are results,
# no targets, whatever "chỉ tiêu" it names (not a plan's "Kết quả cần đạt").
RESULTS_HEADING = _regex(r"^(?i:(?:kết\s+quả|tình\s+hình)\s+(?:thực\s+hiện|đạt\s+được))\b")
# (its first letters in any case, the Kelvin sign too: a heading opening with
# none is not tried)
RESULTS_HEADING_INITIALS = frozenset("KkTt\u212a")
# A request to the Front and mass organisations, which a government cannot order.
# The issuing government may open it: "Chính phủ trân trọng đề nghị Ban Tuyên
# giáo và Dân vận Trung ương, …", "UBND tỉnh đề nghị Ủy ban MTTQ tỉnh …".
REQUEST = _regex(
    r"^(?:(?:Thủ\s+tướng\s+)?Chính\s+phủ\s+|(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)"
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?:\s+\p{Lu}\p{L}*){0,4})?\s+)?"
    r"(?:(?i:trân\s+trọng)\s+)?(?i:đề\s+nghị)\s+"
)
# An item that opens with the verb giving the task: "Giao Phòng Tư pháp triển
# khai …" (not the noun "giao thông", "giao dịch", "giao lưu", …), or, in a
# normative text, an article on a body's duties: "Trách nhiệm của Cục Kế
# hoạch và Tài chính", "Nhiệm vụ và quyền hạn của …", also without "của"
# before a capitalised name ("Trách nhiệm Tổ công tác triển khai Đề án 06").
# The executors' clause closing a decision or a normative text: "Chánh Văn phòng
# UBND tỉnh; Giám đốc các sở: …; Chủ tịch UBND các huyện chịu trách nhiệm thi
# hành Quyết định này" (Nghị định 30/2020, Phụ lục I): each body named before
# it is responsible for carrying the text out.
# Also "… có trách nhiệm tổ chức triển khai và kiểm tra việc thi hành Thông tư
# này": a few words between the duty and what is carried out.
# And the short form of decisions: "Chánh Văn phòng Sở, Trưởng phòng … căn cứ
# Quyết định thi hành".
# And a directive's or dispatch's closing, its heads told to carry it out with
# an adverb of insistence: "Giám đốc các Sở, …, Chủ tịch UBND các xã … nghiêm
# túc (triển khai) thực hiện Chỉ thị này", "… khẩn trương thực hiện Công điện
# này".
EXECUTORS = _regex(
    r"\s(?:(?i:(?:chịu|có)\s+trách\s+nhiệm\s+(?:[^.;:\n]{0,60}?\s)?(?:thi\s+hành|thực\s+hiện)"
    r"|(?:nghiêm\s+túc|khẩn\s+trương)(?:\s+tổ\s+chức)?(?:\s+triển\s+khai)?(?:\s+thực\s+hiện|\s+thi\s+hành))\s+"
    r"(?i:quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị|công\s+điện|kế\s+hoạch)\s+này"
    r"|(?i:căn\s+cứ\s+(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị)(?:\s+này)?\s+(?:để\s+)?thi\s+hành)\b)"
)
EXECUTORS_WORDS = ("trách nhiệm", "thi hành", "nghiêm túc", "khẩn trương")  # (a test before it)
# A text's own effect sentence, a line of its closing article: "Quyết định
# này có hiệu lực (thi hành) (kể) từ ngày ký.", "Thông tư này có hiệu lực …"
# (its type word, one to three words, then "này"), the line holding nothing
# else: it states no task.
OWN_EFFECT_LINE = _regex(
    r"^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+này\s+(?:có|hết)\s+hiệu\s+lực\b[^.;\n]*[.;]?\s*(?:\./\.)?\s*$"
)
# The clause's closing tail names no one: two or more of the generic nouns
# (cơ quan, đơn vị, tổ chức, cá nhân) in a row, "(và) các cơ quan, tổ chức, cá
# nhân có liên quan", "Thủ trưởng các cơ quan, đơn vị có liên quan", or one
# "có liên quan".
# People addressed in it by honorific ("Các ông (bà) Chánh Văn phòng, …",
# "… và ông Nguyễn Văn A"): the title after one is a body's head, a name after
# one is a person, not a body.
HONORIFIC = _regex(r"(?:^|\s+(?i:và)\s+)(?i:(?:các\s+)?(?:ông|bà)(?:\s*\(\s*bà\s*\)|\s*/\s*bà|\s*,\s*bà)?)\s+")
# The title of the article holding that clause: "Trách nhiệm thi hành", "Tổ
# chức thực hiện", "Hiệu lực và trách nhiệm thi hành".
EXECUTORS_TITLE = _regex(r"(?i:thi\s+hành|thực\s+hiện|trách\s+nhiệm)")
EXECUTORS_TAIL = _regex(
    r"(?:[,;]\s*|\s(?i:và)\s+|\s)(?:(?i:thủ\s+trưởng|người\s+đứng\s+đầu)\s+)?(?:(?i:các)\s+)?"
    r"(?i:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân)(?:(?:(?:\s*,\s*|\s+(?i:và)\s+)(?i:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân))+"
    # one of them "có liên quan": "… và các cơ quan có liên quan"
    r"|\s+(?i:có\s+liên\s+quan|liên\s+quan)\b)"
)
# Bodies of one kind listed after it: "Giám đốc các sở: Tư pháp, Y tế, Tài
# chính" names Sở Tư pháp, Sở Y tế, Sở Tài chính; "Các Sở, ngành: Công Thương,
# Công an tỉnh"; also after other bodies in a list: "Chánh Văn phòng, Trưởng
# các phòng: Kinh tế, Văn hóa - Xã hội" (see agencies.expand_shared_kind).
SHARED_KIND = _regex(
    r"(?:^|(?<=,\s))(?:(?P<title>Giám\s+đốc|Thủ\s+trưởng|Bộ\s+trưởng|Trưởng)\s+)?(?i:các)\s+(?P<kind>(?i:sở|bộ|phòng))"
    # ("Giám đốc các sở, ngành, đơn vị, địa phương: Bộ Chỉ huy Quân sự tỉnh, …")
    r"(?:\s*,\s*(?i:ban|ngành|đơn\s+vị|địa\s+phương|cơ\s+quan|đoàn\s+thể))*\s*:\s*(?P<list>.+)$"
)
# The words heading a body's duties: "Trách nhiệm", "Nhiệm vụ", also with its
# powers: "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn", "Quyền hạn, trách
# nhiệm" (powers alone are no duty).
# (and a party's obligations: "Nghĩa vụ của chủ đầu tư …")
_DUTY_WORDS = (
    r"(?i:(?:(?:nhiệm\s+vụ|quyền\s+hạn)\s*,?\s*(?:và\s+)?)?(?:trách\s+nhiệm|nhiệm\s+vụ|nghĩa\s+vụ)"
    r"(?:\s*,?\s*(?:và\s+)?quyền\s+hạn)?)"
)
# A project's party named in a field line of its particulars: its role, then
# the body holding it ("- Chủ đầu tư: Công ty cổ phần …", "9. Nhà thầu lập hồ
# sơ thiết kế kỹ thuật: Công ty …", "- Đơn vị tư vấn giám sát: …").
# (the investor too, by its kind or by the field naming it: "Nhà đầu tư: Công
# ty …", "- Tên nhà đầu tư: …", "Chủ dự án: …"; and by an item headed by the
# role whose first lines name it: "1. Nhà đầu tư" / "Tên doanh nghiệp: Công ty …",
# as an investment certificate does: "Chứng nhận nhà đầu tư:" / "Tên doanh nghiệp: …")
ROLE_HOLDER_LINE = _std(
    r"^[ \t]*(?:[-+•*][ \t]*|\d{1,2}\.[ \t]+|[a-zđ]\)[ \t]+)?"
    r"(?:(?P<role>[Cc]hủ đầu tư|[Nn]hà đầu tư|[Cc]hủ dự án|[Nn]hà thầu(?: [^\n:;,.]{1,60}?)?|[Đđ]ơn vị (?:tư vấn|thi công)(?: [^\n:;,.]{1,60}?)?)"
    r"|[Tt]ên (?P<named>chủ đầu tư|nhà đầu tư|chủ dự án))"
    r"[ \t]*:[ \t]*(?P<holder>[^\n;(|]+)"
    r"|^[ \t]*(?:\d{1,2}\.[ \t]+|[a-zđ]\)[ \t]+|[Cc]hứng nhận[ \t]+)(?P<heading>[Nn]hà đầu tư|[Cc]hủ đầu tư|[Cc]hủ dự án)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*[-+•*]?[ \t]*[Tt]ên (?:doanh nghiệp|tổ chức|nhà đầu tư|chủ đầu tư)[ \t]*:[ \t]*(?P<firm>[^\n;(|]+))",
    re.M,
)
# A cited document's issuer named by a project role, not by name: "báo cáo
# hoàn thành thi công xây dựng của chủ đầu tư số 01/BC-X" (before its number),
# "… số 01/BC-X ngày … của chủ đầu tư" (read as its issuer); the body is the
# one ROLE_HOLDER_LINE names for that role.
_PROJECT_ROLE = r"(?P<role>(?i:chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|chủ\s+dự\s+án|nhà\s+thầu|đơn\s+vị\s+(?:tư\s+vấn|thi\s+công)))"
PROJECT_ROLE_ISSUER = _regex(_PROJECT_ROLE)
PROJECT_ROLE_BEFORE_NUMBER = _regex(r"\s(?i:của)\s+" + _PROJECT_ROLE + r"\s+(?i:số)\s*$")
# The requirements a notice sets on a party are its duties too: "2. Yêu cầu
# đối với chủ đầu tư" / "a) Lưu trữ hồ sơ …".
# (so the rules set on one: "Điều 3. Các quy định đối với nhà đầu tư thực
# hiện dự án"; not "Điều kiện đối với tổ chức …", what qualifies a party)
_REQUIREMENTS_ON = r"(?i:(?:các\s+)?(?:yêu\s+cầu|quy\s+định)\s+đối\s+với)"
# A Party committee named by its kind alone, as the text's issuer names itself:
# "Đảng ủy", "Đảng ủy phường", "Ban Thường vụ Đảng ủy xã", "Ban Thường vụ
# Tỉnh ủy" (no proper name after it: a named one is another committee).
_OWN_COMMITTEE = (
    r"(?:Ban\s+(?:Thường\s+vụ|Chấp\s+hành)\s+)?"
    r"(?:Đảng\s+(?:ủy|uỷ)(?:\s+(?:xã|phường|thị\s+trấn|đặc\s+khu))?|Chi\s+(?:ủy|uỷ|bộ)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ))"
)
# An item that gives bodies the tasks under it, wherever it stands: "2. Giao Bộ
# Văn hoá, Thể thao và Du lịch:" / "a) Chủ trì …", "2. Yêu cầu Sở Nội vụ".
GIVE_ITEM = _regex(r"^(?i:giao|yêu\s+cầu)\s+\p{Lu}[^:.;]{2,200}:?\s*$")
GIVE_LEAD = _regex(
    r"^(?:(?i:giao)\s+(?!(?i:thông|dịch|lưu|nhận|tiếp|ban)\b)"
    # an order to the body named after it: "2. Yêu cầu Sở Nội vụ" / "a) Chủ trì
    # …" (not a part on requirements: "2. Yêu cầu", "Yêu cầu: …")
    r"|(?i:yêu\s+cầu)\s+(?=\p{Lu})"
    # "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, …": the bodies after "yêu cầu"
    r"|(?:Chủ\s+tịch\s+)?(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)"
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?:\s+\p{Lu}\p{L}*){0,4})?\s+(?i:yêu\s+cầu)\s+"
    rf"|{_DUTY_WORDS}(?:\s+(?i:của)|(?=\s+\p{{Lu}}))\s+|{_REQUIREMENTS_ON}\s+"
    # a Party committee's item leading a body, or its leaders: "Lãnh đạo Ủy ban
    # nhân dân huyện chỉ đạo …", "Lãnh đạo, chỉ đạo Sở Y tế …" (the body acts)
    r"|Lãnh\s+đạo(?:\s*,\s*chỉ\s+đạo)?\s+(?=\p{Lu})"
    # the same with the issuing committee named by its kind alone: "Đảng ủy
    # phường lãnh đạo, chỉ đạo Ủy ban nhân dân phường xây dựng kế hoạch …",
    # "Ban Thường vụ Tỉnh ủy chỉ đạo …" (the body led acts; a committee named
    # in full, "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo …", is another's and acts)
    rf"|{_OWN_COMMITTEE}\s+(?:lãnh\s+đạo(?:\s*,\s*chỉ\s+đạo)?|chỉ\s+đạo)\s+(?=\p{{Lu}})"
    # the committee giving a body the task, after its conclusion or not: "Ban
    # Thường vụ Tỉnh ủy kết luận, giao Ban cán sự đảng UBND tỉnh lãnh đạo …",
    # "Ban Thường vụ Tỉnh ủy yêu cầu Ban Tuyên giáo …" (the body given acts)
    rf"|(?:Thường\s+trực\s+)?{_OWN_COMMITTEE}\s+(?:(?:kết\s+luận|thống\s+nhất)\s*[,:]?\s+)?"
    r"(?:giao|yêu\s+cầu|đề\s+nghị)\s+(?:cho\s+)?(?=\p{Lu}))"
)
# A heading on a body's duties ("Trách nhiệm của …", "Nhiệm vụ …"): the name
# runs to its end or colon, verbs included ("Tổ công tác triển khai Đề án 06").
# A heading on one body's duties: "Trách nhiệm của Bộ Tài chính", "Nhiệm vụ
# và quyền hạn của Ủy ban nhân dân cấp tỉnh", "Trách nhiệm của Sở Y tế:", or
# of bodies of one kind: "Trách nhiệm của các cơ sở giáo dục nghề nghiệp".
DUTY_OF_WORDS = (
    "nhiệm của", "NHIỆM CỦA", "vụ của", "VỤ CỦA", "hạn của", "HẠN CỦA", "cầu đối với", "CẦU ĐỐI VỚI",
    "định đối với", "ĐỊNH ĐỐI VỚI",
)  # (a test before it)
# The persons a normative text regulates, as a class, by what they do or
# where the text defines them: "tổ chức, cá nhân đầu tư sản xuất kinh doanh
# trong cụm công nghiệp", "Tổ chức, cá nhân quy định tại khoản 1 Điều 9",
# "Tổ chức, cá nhân hoạt động hóa chất" (not all concerned: "tổ chức, cá
# nhân có liên quan").
_REGULATED_CLASS = (
    r"(?:các\s+)?(?:tổ\s+chức|cá\s+nhân)(?:\s*,\s*|\s+và\s+)(?:tổ\s+chức|cá\s+nhân)\s+"
    # (its qualifier no topic nor time: "… về bảo đảm an toàn …", "… khi xảy
    # ra sự cố …", "… trong công tác thi đua …" name all persons; nor what
    # is done to them or what they may do: "… được khuyến khích …", "… tự
    # báo cáo …")
    r"(?!(?:có\s+)?liên\s+quan\b|(?:có|chịu|phải|về|khi|trong|tại|đối\s+với|bao\s+gồm|nói\s+chung"
    r"|được|bị|tự|đã|đang|chưa|nếu|thì|cũng|không|nên|cần)\b)\p{Ll}"
)
REGULATED_CLASS = _regex(rf"^(?i:{_REGULATED_CLASS})")
# A regulated party named by its role or kind in lower case, whose duties an
# article states: "Trách nhiệm của cơ sở khám bệnh, chữa bệnh", "Nhiệm vụ,
# quyền hạn của Chủ tài khoản", "… của tổ chức bảo hiểm" (not "tổ chức, cá
# nhân có liên quan": anyone).
DUTY_PARTY = _regex(
    r"^(?i:(?:các\s+)?(?:cơ\s+sở|doanh\s+nghiệp|tổ\s+chức|đơn\s+vị)\s+(?!(?:có\s+)?liên\s+quan\b)\p{Ll}"
    r"|chủ\s+(?:tài\s+khoản|đầu\s+tư|dự\s+án|rừng|cơ\s+sở)\b|nhà\s+(?:đầu\s+tư|thầu)\b"
    # the regulated persons as a class (REGULATED_CLASS)
    rf"|{_REGULATED_CLASS})"
)
# (a project's party named by its role in lower case too: "Nghĩa vụ của chủ
# đầu tư …", "Trách nhiệm của nhà đầu tư", "… của nhà thầu"; and bodies of a
# kind a normative text names in lower case, several in one heading: "Trách
# nhiệm của bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh, tập đoàn …")
DUTY_OF = _regex(
    rf"^(?:{_DUTY_WORDS}\s+(?i:của)|{_REQUIREMENTS_ON})\s+(?:\p{{Lu}}|các\s|(?:chủ|nhà)\s+đầu\s+tư\b|nhà\s+thầu\b"
    r"|(?=(?:cơ\s+sở|doanh\s+nghiệp|tổ\s+chức|chủ\s+tài\s+khoản|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\b|bộ\s*,))"
)
# The parties a normative text regulates, named as a class with firms among
# them, heading an article on their duties: "Trách nhiệm của các cơ quan, tổ
# chức, doanh nghiệp, cá nhân có liên quan" (one class, its words its name;
# without firms, "… các cơ quan, tổ chức, cá nhân có liên quan", anyone: no one).
_FIRMS_CLASS = (
    r"(?i:(?:các\s+)?(?:(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân)(?:\s*,\s*|\s+và\s+))+doanh\s+nghiệp"
    r"(?:(?:\s*,\s*|\s+và\s+)(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân)\b)*)"
)
CONCERNED_FIRMS_CLASS = _regex(rf"^{_FIRMS_CLASS}(?:\s+(?i:(?:có\s+)?liên\s+quan))?$")
# (the same class opening a clause, its commas no list of bodies: "Các cơ
# quan, tổ chức, doanh nghiệp có trách nhiệm …")
# (only before its duty: "các tổ chức, doanh nghiệp hoạt động …" is a class
# its activity names, see agencies.json)
FIRMS_CLASS_OPENING = _regex(rf"^{_FIRMS_CLASS}(?=\s+(?:(?:có|chịu)\s+trách\s+nhiệm|phải)\b)")
# Where such a heading's body ends and its field begins: "… của Bộ Y tế về
# bảo hiểm y tế", "… của Ủy ban nhân dân cấp xã trong lĩnh vực điện lực".
DUTY_TOPIC = _regex(r"\s(?:về|trong|đối\s+với|khi)\s")
# A footnote's number glued to a name's last word, as gazette and
# consolidated texts print it: "Bộ Công an13", "Tổng cục Giáo dục nghề nghiệp33",
# or in superscript, as .docx copies do: "Cục Chuyển đổi số y tế¹".
FOOTNOTE_MARK = _regex(r"(?<=\p{Ll})(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$")
# One body in each unit of a kind: "Sở Y tế các tỉnh, thành phố trực thuộc
# trung ương", "Công an các xã, phường".
BODY_IN_EACH_UNIT = _regex(
    r"^(?!(?i:các)\s)\p{Lu}[\p{L}\s\-]{2,60}?\s(?i:các)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\b"
)
# The same after a heading in capitals: "ĐIỀU KHOẢN THI HÀNH53".
CAPS_FOOTNOTE_MARK = _regex(r"(?<=\p{Lu}\p{Lu})\d{1,3}$")
# Another clause of one item giving other bodies their part: "Đề nghị Ủy ban
# MTTQ xã chủ trì cuộc vận động; Hội Nông dân, Hội Liên hiệp Phụ nữ xã phối
# hợp thực hiện", "…; Đoàn Thanh niên phường chủ trì tổ chức …", "Giao Phó Thủ
# tướng A chỉ đạo; Văn phòng Chính phủ theo dõi, đôn đốc …"; or another
# sentence of it, "… thực hiện. Đồng thời, Trung tâm Y tế huyện chủ trì …",
# "… số liệu. Bộ Tài chính, Bộ Y tế chịu trách nhiệm …".
# (the names tried word by word, at most 24 words: a verb is looked for after
# each word, not at each character; and only where a body's word opens them,
# a quick look at the first word: most sentences open with their verb)
_CLAUSE_BODY = (
    r"(?=(?:Các|Sở|Phòng|Ban|Công|Ủy|Uỷ|UB|Đoàn|Hội|Đài|Báo|Trạm|Trường|Trung|Văn|Bộ|Cục|Chi|Tổ|Hiệp|Học|Đại|Tập"
    r"|Tổng|Hợp|Doanh|DNTN|Kiểm|Hải|Liên|Kho|Bệnh|Viện|Tòa|Toà|Đảng|Tỉnh|Huyện|Thành|Quận|Thị|Giám|Thủ|Chủ|Hiệu"
    r"|Vụ|Chánh|Đơn|Quỹ|Xã|Phường|Mặt|Bảo|Ngân|Thanh|Lực|Bí|Trưởng|Phó|Lãnh|Hạt|Đồn|UBND|UBMTTQ)\b)"
    r"(?P<names>\p{Lu}[^\s;:.()]*(?:[^\S\n]+[^\s;:.()]+){0,23}?)[^\S\n]+"
    r"(?P<verb>phối\s+hợp|chủ\s+trì|tham\s+gia|(?:có|chịu)\s+trách\s+nhiệm|theo\s+dõi|đôn\s+đốc"
    # or the task's own verb: "… ; Thanh tra Bộ kiểm tra việc thực hiện …"
    r"|kiểm\s+tra|hướng\s+dẫn|tổ\s+chức|triển\s+khai|tuyên\s+truyền|rà\s+soát|tổng\s+hợp|tham\s+mưu|bố\s+trí|lãnh\s+đạo"
    # (a meeting's preparation: "Giao Phòng X chuẩn bị báo cáo …; Văn phòng HĐND
    # và UBND xã chuẩn bị hội trường, tài liệu …")
    r"|chuẩn\s+bị"
    # (an association's own work: "…; Hội Khuyến học xã vận động các nguồn lực …")
    r"|vận\s+động"
    # (an order's urgency before its verb: "…. Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện …")
    r"|khẩn\s+trương"
    # (the closing duty after a list's last item: "Các chi, đảng bộ trực thuộc báo cáo kết quả …")
    r"|báo\s+cáo"
    # "…; Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực …"
    r"|là\s+(?:cơ\s+quan|đơn\s+vị|đầu\s+mối))\b"
)
# (a sentence asking or giving a body its part: "… hội viên. Đề nghị Hội Liên
# hiệp Phụ nữ tỉnh chủ trì …", "… kinh phí. Giao Sở Công Thương phối hợp …")
CLAUSE_BODIES = _regex(
    r"(?:;|(?<=\p{Ll})\.(?=\s))\s*(?:(?i:đồng\s+thời),\s*)?(?:(?P<ask>Đề\s+nghị|Giao)\s+)?" + _CLAUSE_BODY
)
# Each request of an item after its first asks a body of its own: "Đề nghị
# Công an phường hướng dẫn …; đề nghị Bưu điện phường hỗ trợ …" (the names up
# to their verb, cut by the list's end; any verb: the request gives the role).
CLAUSE_REQUEST = _regex(r";\s*(?P<ask>(?i:đề\s+nghị))\s+(?P<names>\p{Lu}[^;:.()\n]{2,200})")
# The marks its matches open with: it is tried only where one stands.
CLAUSE_MARKS = (";", ".")
# What the text after such a mark and its spaces opens with, where it can
# match: the first two letters of a body's word its look-ahead names, or of
# "đồng thời" in any case (most clauses after ";" open with a verb).
CLAUSE_BODY_STARTS = frozenset(
    [w[:2] for w in _CLAUSE_BODY[len("(?=(?:") : _CLAUSE_BODY.index(")\\b)")].split("|")]
    + [a + b for a in "đĐ" for b in "ồỒ"]
    + ["Đề", "Gi"]
)
# The same opening a paragraph of an item (tried at each line's start only:
# "… thực hiện." / "Văn phòng Huyện ủy chủ trì, phối hợp …").
# (also after the case it holds in, and the order naming them: "Đối với chi
# phí năm 2023, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương
# thực hiện …"; the case a topic in lower case, not a body's name)
# (or after the time it holds in: "Trong quá trình thực hiện, nếu phát sinh
# khó khăn, vướng mắc, Công an đơn vị, địa phương báo cáo về Bộ Công an …", a
# closing paragraph's subject, not the item's body; its clauses name no one
# the subject reports to: "…, nếu có vấn đề cần báo cáo cho cơ quan chuyên
# môn của bộ, Ủy ban nhân dân cấp tỉnh …" is a list of those, no subject)
_NO_OBJECT = r"(?:(?!\b(?:cho|của|với|đến|tới|về)\s)[^;:.\n,])"
PARAGRAPH_BODIES = _regex(
    r"(?:(?i:đồng\s+thời),\s*)?(?:(?:Đối\s+với\s+(?=\p{Ll})[^;:.\n]{2,200}?,\s+"
    rf"|Trong\s+quá\s+trình\s+(?=\p{{Ll}}){_NO_OBJECT}{{2,150}},\s+(?:\p{{Ll}}{_NO_OBJECT}{{1,120}},\s+){{0,2}}(?=\p{{Lu}}))"
    r"(?:(?:yêu\s+cầu|giao)\s+)?)?"
    + _CLAUSE_BODY
)
# A body the assignee directs to lead a task, with its own partners: "chỉ
# đạo Sở Xây dựng chủ trì, phối hợp với Công an tỉnh …", "lãnh đạo Ủy ban
# nhân dân tỉnh chỉ đạo Sở Y tế chủ trì …", "giao Sở Tài chính chủ trì …".
# (the verb, not a name holding it: "Ban Chỉ đạo …", "Bộ Ngoại giao")
# ("Giao" after a word is a place's: "Hạt Quản lý đê Giao Thủy chủ trì …")
_DIRECTS = r"(?:\b(?:chỉ\s+đạo|Chỉ\s+đạo(?<!Ban\s+Chỉ\s+đạo))|(?<!(?i:ngoại|bàn)\s)\b(?:giao|(?<!\p{L}[^\S\n]{1,3})Giao))[^\S\n]+(?:cho[^\S\n]+)?"
DIRECTED_LEAD = _regex(_DIRECTS + r"(?P<names>\p{Lu}[^;:.()\n]{2,120}?)\s+(?i:chủ\s+trì)\b")
# A body an item's asked body directs to do a sub-task, the clause opening
# with the directing: "3. Đề nghị UBND các tỉnh: - Chỉ đạo Sở Nông nghiệp và
# Môi trường xây dựng …; - Chỉ đạo UBND các xã, phường tổ chức thu gom …",
# "…; chỉ đạo Trung tâm Y tế huyện giám sát …": the body directed does it (its
# name cut at its verb, in code). At a clause's or line's start only: not
# "Ban Chỉ đạo …", nor a directing told ("đã chỉ đạo", "theo chỉ đạo").
DIRECTED_DOER = _regex(
    r"(?:^|(?<=[;:.])|(?<=^[-+•]))[^\S\n]*(?:[Cc]hỉ\s+đạo|(?i:lãnh\s+đạo,\s+chỉ\s+đạo))[^\S\n]+(?:cho[^\S\n]+)?"
    r"(?P<names>\p{Lu}[^;:.()\n]{2,240})",
    regex.MULTILINE,
)
# A body a request asks the addressee to direct, its task after a colon:
# "đề nghị UBND tỉnh xem xét chỉ đạo Sở Xây dựng: có ý kiến …, gửi … trước
# ngày 30/6/2026" (the task, and its date, the directed body's).
# The review of the text itself, which its issuer holds: "Năm 2028 tổ chức sơ
# kết 3 năm, năm 2030 tổng kết việc thực hiện Kế hoạch", "sơ kết 01 năm thực
# hiện Chỉ thị này" (a sentence naming no body: no subject carried over to it).
TEXT_REVIEWED = _regex(
    r"(?i:sơ|tổng)\s+kết\b[^.;\n]{0,60}?\b(?:việc\s+)?(?:thực\s+hiện|triển\s+khai)\s+"
    r"(?:Kế\s+hoạch|Nghị\s+quyết|Chỉ\s+thị|Chương\s+trình|Đề\s+án|Kết\s+luận)(?:\s+này)?(?=\s*[.;,]|\s*$)"
)
# A letter's addressee, opening its paragraph, directing another body to act:
# "Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính tổng hợp số liệu …"
# (also "lãnh đạo, chỉ đạo"; matched after the subject; not "đã chỉ đạo", told).
ADDRESSEE_DIRECTS = _regex(r"\s+(?:lãnh\s+đạo,?\s+)?chỉ\s+đạo\s+(?=\p{Lu})")
DIRECTED_TASK = _regex(_DIRECTS + r"(?P<names>\p{Lu}[^;:.()\n]{2,120}?)\s*:[^\S\n]*(?=\p{Ll})")
# The same right before "phối hợp" (matched backwards on the text before it):
# the partners that follow are the directed body's, not the assignee's; so
# too a body directed to do the task with them, "Chỉ đạo Trung tâm Kiểm soát
# bệnh tật tỉnh, các Trạm Y tế xã, phường phối hợp với …", or a commune's
# officer, "Chỉ đạo công chức Văn hóa - Xã hội chủ trì, phối hợp với …".
DIRECTED_LEAD_BEFORE = _regex(
    _DIRECTS + r"(?:\p{Lu}|(?:công\s+chức|cán\s+bộ|các)\s+\p{L})[^;:.()\n]{2,120}?\s+(?:(?i:chủ\s+trì)\s*,?\s*)?$", END
)
# A closing paragraph giving one body the follow-up of the whole text:
# "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện …", "Sở Nội vụ chịu
# trách nhiệm tổng hợp, báo cáo …", "Sở Y tế là cơ quan thường trực, …",
# "Phòng Bảo trợ xã hội là đầu mối theo dõi …" (matched at the paragraph's
# start or a later sentence's).
CLOSING_DUTY = _regex(
    r"(?:Giao\s+)?(?P<body>\p{Lu}[^,;:.\n]{2,90}?)\s+(?:theo\s+dõi|đôn\s+đốc|(?:có|chịu)\s+trách\s+nhiệm|chủ\s+trì"
    r"|là\s+cơ\s+quan\s+thường\s+trực|là\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?đầu\s+mối)\b"
)
# An item or paragraph giving one body the items under it: "3. Ủy ban nhân
# dân cấp tỉnh có trách nhiệm:" / "a) …", "Sở Y tế có nhiệm vụ sau đây:".
DUTY_ITEM = _regex(
    r"^(?P<body>\p{Lu}[^:.;\n]{2,150}?)\s+(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)"
    # (its duty to report, the reports listed: "… có trách nhiệm báo cáo như sau:")
    r"(?:\s+báo\s+cáo)?(?:\s+(?:sau\s+đây|như\s+sau|sau))?\s*:\s*$"
)
DUTY_LEAD = _std(rf"^(?:{_DUTY_WORDS}|{_REQUIREMENTS_ON})\s")
# An item opening with an evaluation has the body as its object, not its
# actor: "Đánh giá cao Bộ Giáo dục và Đào tạo đã chủ động …", "Biểu dương Sở
# Y tế …", "Phê bình UBND xã …" (praise or blame, no task); so is the issuing
# committee's own finding in a notice or report, "Ban Thường vụ Tỉnh ủy ghi
# nhận: …", "Thường trực Huyện ủy đánh giá cao …", "Đảng ủy kết luận: …".
EVALUATION_OPENING = _std(
    r"^(?:(?:Đánh\s+giá\s+cao|Biểu\s+dương|Ghi\s+nhận|Hoan\s+nghênh|Khen\s+ngợi|Phê\s+bình"
    r"|(?:Chân\s+thành\s+|Trân\s+trọng\s+)?[Cc]ảm\s+ơn|Nghiêm\s+khắc\s+(?:phê\s+bình|rút\s+kinh\s+nghiệm))\s"
    rf"|(?P<own>(?:{_OWN_COMMITTEE}|Thường\s+trực\s+{_OWN_COMMITTEE})\s+(?:ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương"
    r"|hoan\s+nghênh|khen\s+ngợi|phê\s+bình|kết\s+luận|nhận\s+định|nhận\s+thấy)\b))"
)
# ... unless the committee goes on to give a body a task, which makes the item
# an order ("Ban Thường vụ Tỉnh ủy kết luận, giao Ban cán sự đảng UBND tỉnh
# …", "… ghi nhận …; đồng thời yêu cầu Sở Y tế …"): a giving verb before a
# body's name or "các …" (not the noun: "sự lãnh đạo, chỉ đạo của …",
# "nhiệm vụ được giao", "theo yêu cầu"; tried after EVALUATION_OPENING's
# committee branch only).
COMMITTEE_GIVES = _regex(
    r"(?<!(?i:sự|tác|việc|được|theo|ngoại|bàn)\s)\b(?:giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|lãnh\s+đạo(?:\s*,\s*chỉ\s+đạo)?)"
    r"\s+(?:cho\s+)?(?=\p{Lu}|các\s)"
)
# (its first letters: a heading opening with none is not tried)
EVALUATION_INITIALS = frozenset("ĐBGHKPCTNQ")
# The issuing committee's conclusion as a heading of its own, its colon ending
# it, and the giving verb opening the text after: "Ban Thường vụ Tỉnh ủy kết
# luận: giao các đảng ủy …", "Thường trực Huyện ủy thống nhất: yêu cầu Ban Tổ
# chức …" (one sentence: read as "… kết luận, giao …" is, see GIVE_LEAD).
COMMITTEE_CONCLUDES_HEADING = _std(
    rf"^(?:Thường\s+trực\s+)?{_OWN_COMMITTEE}\s+(?:kết\s+luận|thống\s+nhất)\s*$"
)
# The issuing committee directing, as an item's heading whose colon ends it:
# each bullet under it opens with a body and is that body's task, in a
# conclusion notice as in a plan ("3. Thời gian tới, Ban Thường vụ Tỉnh ủy
# yêu cầu:" / "- Ban Tổ chức Tỉnh ủy hướng dẫn …", "Thường trực Huyện ủy kết
# luận, giao:", "Ban Thường vụ Đảng ủy xã chỉ đạo các chi bộ:"); a phrase of
# time or purpose may open it, also before the verb alone ("Trong thời gian
# tới, yêu cầu:"; the verb alone opening it is ASKING_HEADING's). The
# committee is none of the assignees (the colon is checked in code; tried on
# headings holding a directing verb only). A past one ("… đã chỉ đạo:") is
# matched too, to be told from the issuer's own (see
# assignments._committee_lead_in, which also compares the committee with the
# issuer and reads the opening phrase).
COMMITTEE_ASKS_HEADING = _regex(
    r"^\s*(?:(?P<opening>\p{Lu}[^,:;.\n]{0,60}),\s+)?"
    rf"(?:(?P<committee>(?:Thường\s+trực\s+)?{_OWN_COMMITTEE}(?:\s+\p{{Lu}}\p{{Ll}}*){{0,3}})\s+"
    r"(?:(?:kết\s+luận|thống\s+nhất)\s*,?\s+)?(?P<past>(?:đã|từng)\s+)?(?:yêu\s+cầu|giao|chỉ\s+đạo|đề\s+nghị)"
    r"|(?<=,\s)(?:yêu\s+cầu|giao))"
    # (the bodies asked named by kind, or none: "… yêu cầu các cơ quan, đơn
    # vị:"; a body named after it is the one given the points, GIVE_LEAD's)
    r"(?:\s+(?!\p{Lu})[^:\n]{0,80})?\s*$"
)
ASKS_HEADING_VERBS = ("yêu cầu", "giao", "chỉ đạo", "đề nghị")  # (a test before it)
# A lead-in's opening phrase that looks back, so that the committee's asking
# is told, not done by the text: "Thời gian qua, …", "Vừa qua, …", "Năm qua,
# …", "Trước đây, …", "Những năm trước, …", a text it cites ("Tại Kết luận số
# 211-KL/TU …, Ban Thường vụ Tỉnh ủy yêu cầu:", "Thực hiện Chỉ thị số …":
# the request is the cited text's); a year is compared in code.
BACKWARD_OPENING = _regex(
    r"(?i:\b(?:qua|vừa|trước\s+đây|trước\s+đó|đã|từng)\b"
    r"|^(?:tại|theo|thực\s+hiện|căn\s+cứ)\s+(?:các\s+)?(?:\p{Lu}|kết\s+luận|thông\s+báo|chỉ\s+thị|nghị\s+quyết|quyết\s+định|kế\s+hoạch|văn\s+bản|công\s+văn|hướng\s+dẫn))"
)
GIVING_OPENING = _std(r"^(?:giao|yêu\s+cầu|đề\s+nghị)\s")
# An item asking a body: "Đề nghị UBND tỉnh …", "Kiến nghị Sở …".
REQUEST_OPENING = _std(r"(?i:đề\s+nghị|kiến\s+nghị|yêu\s+cầu|đề\s+xuất)\s")
# A clause giving the steps another actor takes, its points under it: "…
# thì cơ quan có thẩm quyền thực hiện như sau:" / "a) Đề nghị Kiểm toán nhà
# nước thực hiện …" (that actor's step, no request of the text's issuer).
STEPS_OF_AN_ACTOR = _regex(r"(?i:thực\s+hiện\s+(?:như\s+sau|các\s+(?:bước|việc)\s+sau(?:\s+đây)?|theo\s+trình\s+tự\s+sau))\s*:?\s*$")
# A report form's lines naming who sends it and who receives it, above its
# time limit (the forms a circular on reporting attaches): "Đơn vị gửi báo
# cáo: Sở Công Thương", "Đơn vị nhận báo cáo: Bộ Công Thương".
FORM_PARTY = _std(r"^\(?\s*(?i:đơn\s+vị\s+(?P<side>gửi|nhận)\s+báo\s+cáo)\s*:\s*(?P<body>[^\n…_]{3,200}?)\s*$")
# The line opening a form: "Biểu số 01. …", "Mẫu số 02 …".
FORM_OPENING = _std(r"^\s*(?i:biểu|mẫu)\s+(?i:số)\s+\S")
# The issuer naming itself by its kind alone, as its sentence's subject, in
# its own report or plan: "Phòng sẽ phối hợp với … trình UBND huyện trước ngày
# …", "Sở tiếp tục …" (the issuer, resolved where it is known).
# A deputy head, or the deputies, as a sentence's subject: "Các Phó Chủ tịch
# chủ động …; báo cáo Chủ tịch … vào ngày thứ Hai hằng tuần" (the office
# holder owns what is due, as the head does: "Chủ tịch … báo cáo …").
DEPUTY_HEAD = _std(
    r"^(?:[Cc]ác\s+)?Phó\s+(?=(?:Chủ\s+tịch|Tổng\s+Giám\s+đốc|Giám\s+đốc|Cục\s+trưởng|Chi\s+cục\s+trưởng|Vụ\s+trưởng"
    r"|Hiệu\s+trưởng)\b|Chánh\s)"
)
BARE_OWN_KINDS = ("Phòng", "Sở", "Bộ", "Ban", "Cục", "Chi cục", "Trung tâm", "Văn phòng")
BARE_OWN_KIND = _std(
    r"^(?P<kind>" + "|".join(k.replace(" ", r"\s+") for k in BARE_OWN_KINDS) + r")\s+"
    r"(?=(?:sẽ|đã|đang|tiếp\s+tục|chủ\s+trì|phối\s+hợp|tham\s+mưu|tổng\s+hợp|báo\s+cáo|trình|xây\s+dựng)\b)"
)
# A body asking another in its sentence, before what is due: "Sở Y tế yêu cầu
# UBND các xã …", "… kết luận …, yêu cầu khắc phục … trước ngày …" (the date is
# the asked one's). Not the noun: "theo yêu cầu", "đáp ứng yêu cầu", "yêu cầu
# của …". A Tờ trình's "kính trình UBND tỉnh xem xét, ban hành … trước ngày …"
# asks the date of its superior (a bare "trình UBND tỉnh … trước ngày …" is
# the sender's own submission due).
ASKS_ANOTHER = _regex(
    r"(?<!(?i:theo|ứng|có|các|những|mọi)\s)\b(?:yêu\s+cầu|đề\s+nghị|kính\s+trình)\s+(?!(?:của|về|đặt\s+ra|nêu|trên|này|đó|tại)\b)"
)
# A sentence that only states a time limit, naming no body: "Thời hạn hoàn
# thành và gửi văn bản về Sở Công Thương trước ngày 30/6/2026", "Thời gian
# hoàn thành: …", "Hạn nộp …". Closing a request, it is the request's (see
# REQUEST_DIRECTS).
TIME_LIMIT_OPENING = _std(r"(?:Thời\s+(?:hạn|gian\s+(?:hoàn\s+thành|gửi|nộp))|Hạn\s+(?:chót|cuối|hoàn\s+thành|gửi|nộp))\b")
# In a request, the body the asked one is to direct or charge with the work,
# its doer: "kính đề nghị UBND tỉnh xem xét chỉ đạo Sở Xây dựng: …",
# "đề nghị UBND tỉnh giao Sở Tài chính …".
REQUEST_DIRECTS = _std(r"\s(?:chỉ\s+đạo|giao)\s+(?=\S)")
# After a body opening an item, what it did or what was heard from it, not a
# task it is given: "Phòng Tài chính đã tham mưu …", "Bộ Tư pháp báo cáo về
# tiếp thu, giải trình …" (a meeting's resolution), "Sở Y tế trình bày …".
DONE_OR_REPORTED = _regex(
    r"(?:(?:đã|vừa|trình\s+bày|báo\s+cáo\s+(?:tình\s+hình|kết\s+quả))\b|báo\s+cáo\s+về\s+(?=(?-i:\p{Ll})))", regex.I
)
# An item's text opening with a body and its duty, after a time phrase maybe:
# "Sở Công Thương có trách nhiệm cập nhật …", "Định kỳ trước ngày 25 tháng 6
# hằng năm, Ủy ban nhân dân cấp huyện báo cáo …". (The body runs to the verb;
# it is checked to name a body in code.) "X báo cáo về <a topic>" tells what
# was reported ("1. Bộ Tài chính báo cáo về tiếp thu, giải trình …", in the
# minutes of a meeting); "báo cáo về Sở Y tế" names where a report goes.
# Several bodies may share it: "Tổng Giám đốc, Giám đốc các doanh nghiệp
# bảo hiểm có trách nhiệm …" (each checked in code).
DUTY_SENTENCE = _regex(
    r"^(?:(?i:định\s+kỳ|hằng\s+năm|hàng\s+năm|hằng\s+quý|hàng\s+quý|hằng\s+tháng|hàng\s+tháng|trước\s+ngày)"
    r"[^,;:\n]{0,100},\s+)?(?P<body>\p{Lu}[^;:.\n]{2,160}?)\s+"
    r"(?:(?:có|chịu)\s+trách\s+nhiệm\s+(?!(?i:thi\s+hành|về))\p{Ll}|có\s+(?:nhiệm|nghĩa)\s+vụ\s+(?!(?i:và|,|quyền))\p{Ll}"
    # a report it sends or makes: "Sở Nội vụ thực hiện báo cáo tình hình …"
    r"|(?:gửi\s+|thực\s+hiện\s+(?:chế\s+độ\s+)?)?báo\s+cáo\s(?!về\s+\p{Ll})"
    # what it must do: "4. Công ty cổ phần X phải thực hiện đúng …" (a licence's terms)
    r"|phải\s+(?!là\b)\p{Ll}"
    # an order to act at once, after the case it is about (checked in code):
    # "Đối với …, Bảo hiểm xã hội Việt Nam khẩn trương tổ chức thanh toán …"
    r"|(?P<urgent>khẩn\s+trương)\s+\p{Ll})"
)
# ... its name ends where the state singling some of them out begins: "Nhà
# cung cấp eContract bị tạm dừng kết nối có trách nhiệm …".
PARTY_STATE = _regex(r"\s(?:bị|được|đã|đang|chưa|khi|nếu|trong\s+trường\s+hợp)\s")
# A paragraph naming the bodies it requires to act before the points that
# follow: "… Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ
# tịch UBND các tỉnh, thành phố phát huy …, trong đó chú trọng những nội
# dung sau:" (the bodies up to where their verb begins: _agency_names).
ADDRESSEES_LEAD_IN = _regex(
    r"\byêu\s+cầu\s+(?P<bodies>(?:các\s+)?\p{Lu}[^:]{2,600}?)"
    r"(?:những|các)\s+(?:nội\s+dung|nhiệm\s+vụ|giải\s+pháp|việc)(?:\s+\p{Ll}+){0,3}?\s+sau(?:\s+đây)?\s*:$"
)
# An item of a notice or letter whose heading has its issuer require a firm
# to act: "2. Sở Công Thương yêu cầu Công ty cổ phần X thực hiện các nội dung
# sau:" / "a) …" — the firm is the one asked, its items its (the issuer
# orders no business: see _firms_required), the issuer no assignee.
REQUIRES_FIRM = _regex(
    r"^\p{Lu}[^:;,.\n]{2,80}?\s+yêu\s+cầu\s+(?=(?:Công\s+ty|Tổng\s+công\s+ty|Doanh\s+nghiệp|Hợp\s+tác\s+xã|Chi\s+nhánh)\s+\S)"
)
# A sentence of an article opening with its time limit, then the body it
# binds: "Trong thời hạn 30 ngày kể từ ngày nhận được đề nghị, Công an tỉnh
# phải trả lời …", "Chậm nhất là ngày 20 tháng 7 năm 2026, Nhà cung cấp …
# phải …", "Định kỳ trước ngày 15 tháng 12 hằng năm, Sở Nội vụ báo cáo …" (to
# the sentence's end; the body and its duty are DUTY_SENTENCE's, after it).
TIMED_SENTENCE = _regex(
    r"(?:^|(?<=[.;]\s))(?:Trong\s+(?:thời\s+hạn|vòng)|Chậm\s+nhất|Định\s+kỳ|Hằng\s+năm|Hàng\s+năm)\s[^.;\n]{5,400}"
)
# A sentence of an article naming the body that leads its work, after the
# case it is for maybe: "Trong trường hợp cần thiết phải sửa đổi …, cửa khẩu
# biên giới đường thủy nội địa, Bộ Tài chính chủ trì, phối hợp với Bộ Quốc
# phòng … xem xét, trình Chính phủ quyết định." (to the sentence's end; the
# body, without a comma, is checked in code). Not a body named as the work's
# lead in a case ("Trường hợp cơ quan chủ trì …"): the body opens with a capital.
LEAD_SENTENCE = _regex(
    r"(?:^|(?<=[.;]\s)|(?<=\n))"
    r"(?:(?:(?:Trong\s+)?(?i:trường\s+hợp)|Khi|Nếu|Sau\s+khi)\s[^;:.\n]{2,400}?,\s+)?"
    r"(?P<body>\p{Lu}[^,;:.()\n]{2,120}?)\s+chủ\s+trì(?=,|\s+(?:phối\s+hợp|thực\s+hiện|tổ\s+chức|xây\s+dựng|xem\s+xét|hướng\s+dẫn|theo\s+dõi)\b)"
    r"[^.\n]{5,600}"
)
# A party a provision binds by its role in the dealings it rules, not a
# body's kind: "Nhà cung cấp dịch vụ hợp đồng điện tử", "Người sử dụng lao
# động" (read only as the subject of a duty: DUTY_SENTENCE, DUTY_ITEM).
PARTY_BY_ROLE = _regex(
    r"^(?:[Cc]ác\s+)?(?:[Nn]hà\s+(?:cung\s+cấp|sản\s+xuất|nhập\s+khẩu|phân\s+phối)\s+\p{Ll}|[Nn]gười\s+sử\s+dụng\s+lao\s+động\b)"
)
# A case a provision opens with, then the body it binds and its duty: "Trường
# hợp cung cấp dịch vụ X, doanh nghiệp viễn thông có trách nhiệm hoàn thành
# … trong thời hạn 60 ngày …", "Trong trường hợp …, Sở Y tế phải …" (in any
# article or item; the body after the case's comma may be a class named in
# lower case by its kind, "doanh nghiệp viễn thông": checked in code).
CONDITIONED_DUTY = _regex(
    r"^(?:Trong\s+)?(?i:trường\s+hợp)\s[^;:.\n]{2,300}?,\s+(?P<body>\p{L}[^;:.,\n]{2,100}?)\s+"
    r"(?:(?:có|chịu)\s+trách\s+nhiệm\s+(?!(?i:thi\s+hành|về))\p{Ll}|phải\s+(?!là\b)\p{Ll})"
)
# A clause listing the cases it holds in: "… trừ các trường hợp sau:",
# "trong các trường hợp sau đây:".
CASES_LISTED = _std(r"(?i:trường\s+hợp\s+(?:sau|sau\s+đây|dưới\s+đây)|các\s+điều\s+kiện\s+sau(?:\s+đây)?)\s*:?\s*$")
# A clause of condition, time or purpose a body's name runs on into: "Sở Y
# tế khi xảy ra sự cố, báo cáo ngay …", "UBND các xã, phường khi có yêu cầu
# …", "Công an huyện trong trường hợp cần thiết …", "… nếu phát sinh …", "…
# sau khi được phê duyệt …", "… để bảo đảm …", "… nhằm …", "Các cơ quan báo
# chí trong vòng 10 ngày sau khi …". No body's name holds these words in lower
# case; the clause is the task's, the body's name ends before it. ("trường
# hợp" only after "trong": "… xét các trường hợp …" is a task's object; "trong"
# alone goes on a name: "các trường trong Công an nhân dân".)
_CLAUSE_AFTER_NAME = (
    r"\s(?=(?:khi|nếu|trong\s+(?:trường\s+hợp|quá\s+trình|vòng|thời\s+hạn|thời\s+gian)|sau\s+khi|trước\s+khi"
    r"|để|nhằm)\b)"
)
CLAUSE_AFTER_NAME = _regex(_CLAUSE_AFTER_NAME)
CLAUSE_AFTER_NAME_WORDS = (" khi ", " nếu ", " trong ", " để ", " nhằm ")  # (a test before it)
# The verb "trình" (submit) after a body's name, to the body named after it
# with a capital or as the competent level: "Ủy ban nhân dân cấp tỉnh trình
# Hội đồng nhân dân cùng cấp …", "… trình cấp có thẩm quyền …". After these
# words it is a noun of the name: "công trình", "chương trình", "quy trình",
# "quá trình", "lộ trình", "hành trình", "tiến trình", "giáo trình", "phương
# trình", "lập trình" ("Ban Quản lý dự án đầu tư xây dựng công trình giao
# thông tỉnh", "Ban Quản lý các chương trình mục tiêu quốc gia").
SUBMIT_NOUN_WORDS = ("công", "chương", "quy", "quá", "lộ", "hành", "tiến", "giáo", "phương", "lập")
_SUBMIT_VERB = r"(?<!(?i:" + "|".join(SUBMIT_NOUN_WORDS) + r")\s)trình"
_SUBMITS_TO = _SUBMIT_VERB + r"(?=\s+(?:\p{Lu}|cấp\s+có\s+thẩm\s+quyền))"
# Where a list of agencies stops and their task begins (a verb or a colon). The
# verb is in lower case: capitalised, the same words are a name's ("Công ty cổ
# phần Xây dựng và Cơ giới …", "Chi nhánh Tổ chức …").
# ("tổ chức đảng", "tổ chức cơ sở đảng" are bodies, not "tổ chức" organising:
# "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức quán triệt …" is one
# class; see AGENCY_SPLIT, listed with the State's bodies as it reads them.)
AGENCY_LIST_END = _regex(
    # (a clause of condition, time or purpose: CLAUSE_AFTER_NAME)
    _CLAUSE_AFTER_NAME + "|"
    # words no body's name holds, even right after its head word ("Văn phòng
    # Bộ phối hợp …", "… các đơn vị thuộc Bộ căn cứ …", "Sở Y tế định kỳ hằng
    # quý …", "Sở Xây dựng sớm …", "UBND phường cụ thể hóa …")
    # ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh" is a council's name)
    # ("Trung tâm Dịch vụ tổng hợp xã", the commune's public-service centre, too)
    r":|\s(?=(?:chủ\s+trì|(?<!Hội\s+đồng\s)phối\s+hợp|(?<!(?i:dịch\s+vụ)\s)tổng\s+hợp|căn\s+cứ|định\s+kỳ|sớm|cụ\s+thể\s+h[oó][aá]|kịp\s+thời|phải|đã|đang|sẽ|chưa|gửi)\b)"
    # a reporting sentence's subject ends at its verb, even right after a
    # body's word ("Các cơ sở Đoàn báo cáo nhanh kết quả …", "Ban Bí thư Trung
    # ương Đoàn báo cáo …"): no name goes on with "báo cáo" but "báo cáo viên"
    # ("Đoàn báo cáo viên Tỉnh ủy"); "các báo cáo" is the reports, a noun
    r"|(?<!(?i:các|những|được|về))\s(?=báo\s+cáo\b(?!\s+viên))"
    # ("cần" must, not the logistics of "Phòng Hậu cần", "Cục Hậu cần")
    r"|(?<!(?i:hậu))\s(?=cần\b)"
    # ("vừa" done just now, not "Hiệp hội Doanh nghiệp nhỏ và vừa")
    r"|(?<!\svà)\s(?=vừa\b)"
    # (not right after a body's word: "Bộ Xây dựng", "Ban Chỉ đạo", "Ban Tổ chức")
    # ("… cơ quan ngang Bộ có trách nhiệm …", "Thanh tra Bộ rà soát …", "Văn
    # phòng Sở tổng hợp …", "Lãnh đạo Cục xem xét …": "Bộ", "Sở" end those names)
    # ("Các cơ sở được kiểm tra chuẩn bị …": a verb after "được" is a participle
    # of the name, "được kiểm tra"; the next verb ends it)
    # ("Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn": the Youth Union's whole name)
    # ("về" opens a name's field, whatever verb follows: "Vụ Các vấn đề chung
    # về xây dựng pháp luật", "Ban Chỉ đạo … về phát triển …")
    r"|\s(?<!(?i:các|và|được|về)\s)(?<!(?<!(?:ngang|thuộc|[Tt]hanh\s+tra|[Vv]ăn\s+phòng|[Ll]ãnh\s+đạo|(?:Tỉnh|Huyện|Thành|Quận|Thị)(?=\sĐoàn))\s)\b(?:Bộ|Sở|Phòng|Ban|Cục|Vụ|Viện|Chi\s+cục|Trung\s+tâm|Đoàn|Tổ|Hội\s+đồng)\s)(?=(?:chủ\s+trì|phối\s+hợp|tham\s+gia|triển\s+khai|thực\s+hiện|tổ\s+chức\s+(?!xã\s+hội|thành\s+viên|chính\s+trị|(?:cơ\s+sở\s+)?(?i:đảng)(?!\s+viên)(?![^;:.\n]{0,40}?(?:chính\s+quyền|Mặt\s+trận|MTTQ))|đoàn\s+thể)|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|căn\s+cứ|chịu\s+trách\s+nhiệm|"
    # (an adverb before the verbs: "Thủ trưởng các đơn vị thuộc Sở trực tiếp lãnh đạo …")
    r"trực\s+tiếp\s+(?:lãnh\s+đạo|chỉ\s+đạo|phụ\s+trách|thực\s+hiện|tổ\s+chức|theo\s+dõi|quản\s+lý|kiểm\s+tra|chịu)|"
    # ("Ban Quản lý dự án đầu tư xây dựng …" holds the words in its name; "Bộ Kế
    # hoạch và Đầu tư xây dựng …" ends a name before its verb; so do the noun
    # compounds "vật liệu/công trình/hoạt động/quy chuẩn … xây dựng": "Vụ Khoa
    # học công nghệ, môi trường và Vật liệu xây dựng")
    # ("tập trung" after a zone's name is its kind, "Khu Công nghệ số tập
    # trung", "khu công nghiệp tập trung": concentrated, not the verb "focus")
    r"(?:(?<!(?i:đầu\s+tư|vật\s+liệu|công\s+trình|hoạt\s+động|quy\s+chuẩn|tiêu\s+chuẩn|định\s+mức|giám\s+định)\s)|(?<=(?i:kế\s+hoạch\s+và\s+đầu\s+tư)\s))xây\s+dựng|hướng\s+dẫn|chỉ\s+đạo|tập\s+trung(?<!(?i:khu)\s[^,;:.\n]{1,40}\stập\s+trung)|khẩn\s+trương|quán\s+triệt|nghiêm\s+túc|chủ\s+động|đề\s+nghị|yêu\s+cầu|trong\s+phạm\s+vi|theo\s+(?:chức\s+năng|nhiệm\s+vụ|thẩm\s+quyền|phân\s+cấp|chỉ\s+đạo|dõi)|đôn\s+đốc|tăng\s+cường|đẩy\s+mạnh|tiếp\s+tục|là\s+cơ\s+quan|bố\s+trí|tham\s+mưu"
    # what a letter asks a body to do: "đề nghị Bộ Xây dựng xem xét …"
    r"|nghiên\s+cứu|xem\s+xét|rà\s+soát|cử(?=\s+(?:đại\s+diện|cán\s+bộ|lãnh\s+đạo|người|\d))|cung\s+cấp|hoàn\s+thiện|bổ\s+sung|kiểm\s+tra|[cg]ó\s+ý\s+kiến|cho\s+ý\s+kiến"
    r"|(?<!(?i:dịch\s+vụ)\s)tổng\s+hợp|liên\s+hệ|nộp|khắc\s+phục|chấp\s+hành|giải\s+quyết|quan\s+tâm|gửi|nội\s+dung|một\s+số"
    # (keeping to rules, as "chấp hành": "… các sở, ngành liên quan tuân thủ nghiêm túc quy trình …")
    r"|tuân\s+thủ"
    # (help asked of a body above, and a notice posted: "đề nghị UBND tỉnh hỗ
    # trợ kinh phí", "Văn phòng HĐND và UBND phường đăng tải …")
    r"|hỗ\s+trợ(?!\s+(?:pháp\s+lý|nông\s+dân|phụ\s+nữ|doanh\s+nghiệp|khởi\s+nghiệp))|đăng\s+tải"
    r"|bảo\s+đảm|đảm\s+bảo|phân\s+bổ|cân\s+đối|thẩm\s+định|tuyên\s+truyền|phổ\s+biến|giám\s+sát|hoàn\s+thành|cập\s+nhật|khảo\s+sát|điều\s+chỉnh"
    # (content worked into a body's own activities: "Đề nghị các tổ chức chính
    # trị - xã hội tỉnh lồng ghép nội dung … trong sinh hoạt chi hội")
    r"|lồng\s+ghép"
    r"|tuần\s+tra"
    # (the treasury's work: "Kho bạc Nhà nước khu vực XIII kiểm soát, thanh
    # toán …"; "Ban kiểm soát" keeps its word after the head word)
    r"|kiểm\s+soát|thanh\s+toán|giải\s+ngân"
    # (the steps of a plan's work and an event's: "Các cơ sở … chuẩn bị hồ sơ",
    # "UBND các xã bàn giao …", "… Liên đoàn Điền kinh Việt Nam mời trọng tài")
    r"|chuẩn\s+bị|bàn\s+giao|mời|tiến\s+hành|duy\s+trì|nâng\s+cao|thu\s+hút|quảng\s+bá|kích\s+cầu|phân\s+công"
    # (choosing and registering: "Ban Nhân dân các ấp lựa chọn, thành lập đội
    # tuyển và đăng ký …"; a board that chooses, "Hội đồng lựa chọn …", and the
    # registries, "Văn phòng đăng ký đất đai", "Cục Quản lý đăng ký kinh
    # doanh", "Trung tâm đăng ký giao dịch", hold the words in their names)
    r"|(?<!(?i:hội\s+đồng|tổ|ban)\s)lựa\s+chọn|(?<!(?i:phòng|quan|quản\s+lý|tâm|cục|vụ|hội\s+đồng|tổ|ban)\s)đăng\s+ký"
    # (reviewing and approving, and a general review or count, "tổng" before
    # its verb: "các trường xét duyệt hồ sơ …", "Công an phường tổng rà soát
    # …"; a board's name holds them, "Hội đồng xét duyệt …", "Ban Chỉ đạo
    # tổng điều tra dân số …")
    r"|(?<!(?i:hội\s+đồng|tổ|ban|chỉ\s+đạo|văn\s+phòng)\s)(?:xét\s+duyệt|tổng\s+(?:rà\s+soát|kiểm\s+tra|điều\s+tra|kiểm\s+kê|vệ\s+sinh))"
    # what a decree's clause gives a body: "Bộ Kế hoạch và Đầu tư đề xuất …",
    # "Bộ trưởng Bộ Công Thương quy định biểu mẫu …", "UBND cấp xã lập danh
    # sách …", "UBND tỉnh, ngoài việc thực hiện …"
    # (not in the passive: "Sau khi Chiến lược được phê duyệt, Bộ …")
    r"|(?<!được\s)(?:đề\s+xuất|ban\s+hành|phê\s+duyệt)|(?<!theo\s|được\s)quy\s+định|lập\s+(?:danh\s+sách|kế\s+hoạch|hồ\s+sơ|dự\s+toán|phương\s+án|đề\s+án)"
    r"|ngoài\s+(?:việc|phạm\s+vi|trách\s+nhiệm|nhiệm\s+vụ)"
    # more of what plans give bodies to do, in lower case: "Trung tâm Y tế
    # huyện tập huấn …", "Công an tỉnh mở rộng …", "Ủy ban Kiểm tra Đảng ủy
    # đưa …", "Đảng ủy UBND phường lãnh đạo …"
    # (a capitalised "Quản lý" is a name's, and so is its object: "Cục Kiểm tra
    # văn bản và Quản lý xử lý vi phạm hành chính")
    r"|đưa|tập\s+huấn|(?<!Quản\s+lý\s)xử\s+lý|mở\s+rộng|đào\s+tạo|bồi\s+dưỡng|lãnh\s+đạo|phát\s+động|vận\s+động|chưa"
    # ("UBND các xã kiện toàn tổ hòa giải …": consolidating a body is a task)
    r"|kiện\s+toàn"
    # ("Đài Phát thanh và Truyền hình tỉnh mở chuyên mục …", "Đoàn Thanh niên
    # phát huy vai trò …": a name holds these capitalised only)
    r"|mở(?=\s+(?:chuyên|các|chương|trang|lớp|đợt|cuộc))|phát\s+huy"
    # (setting an example, a verb: "Các đảng viên trong chi bộ gương mẫu thực
    # hiện …"; shortening and raising a rate: "Trung tâm Phục vụ hành chính
    # công xã rút ngắn …", "… nâng tỷ lệ …")
    r"|gương\s+mẫu|rút\s+ngắn|nâng(?=\s+(?:tỷ|tỉ|mức|chất|số|thời|hiệu))"
    # ("Đề nghị UBND tỉnh giao Sở Tài chính …": the body asked ends before it)
    r"|giao(?=\s+\p{Lu})|cho\s+phép"
    # "cho" + whom + a verb (let, have someone do): the body's task opens
    # there, "Hiệu trưởng các trường … trên địa bàn cho học sinh nghỉ học …",
    # "Ban quản lý cảng cá cho tàu thuyền vào neo đậu …" (not "cho vay", nor
    # "… dịch vụ cho người cao tuổi", where no verb follows the people)
    r"|cho(?=\s+(?:học\s+sinh|sinh\s+viên|trẻ(?:\s+em)?|người(?:\s+lao\s+động|\s+dân)?|[Nn]hân\s+dân|cán\s+bộ|công\s+chức"
    r"|viên\s+chức|công\s+nhân|lao\s+động|tàu\s+thuyền|tàu\s+cá|phương\s+tiện|xe)(?:\s+\p{Ll}+){0,3}?\s+"
    r"(?:nghỉ|tạm\s+dừng|dừng|ngừng|đi|về|ra|vào|lên|di\s+chuyển|sơ\s+tán|tránh\s+trú|neo\s+đậu|lưu\s+thông|làm\s+việc|học|ở\s+lại|tham\s+gia)\b)"
    # ("… do Thủ tướng quyết định thành lập" goes on describing the body)
    # ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên" is a name)
    r"|thường\s+xuyên(?<!(?i:dục)\s+thường\s+xuyên)|là\s+(?:đơn\s+vị|đầu\s+mối)|(?<!định\s)thành\s+lập"
    r"|thống\s+kê|điều\s+tra|tổng\s+kết|sơ\s+kết"
    # ("… UBND các xã, phường đánh giá kết quả …": not after a body's word,
    # "Hội đồng đánh giá", "Tổ đánh giá", see above, nor a kind's, "các tổ
    # chức đánh giá kỹ năng nghề", "cơ quan đánh giá sự phù hợp": what they do)
    r"|(?<!(?i:tổ\s+chức|cơ\s+quan|đơn\s+vị|cơ\s+sở|hội\s+đồng|tổ|nhóm|đoàn)\s)đánh\s+giá|chỉnh\s+lý|kiểm\s+đếm"
    # ("Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp bố trí …":
    # the body submits to the one after it, named with a capital or as the
    # competent level; "công trình", "chương trình", "quy trình" are nouns)
    r"|" + _SUBMITS_TO + r")\b)"
)


def opening_words(pattern: str) -> list[str]:
    """The words a match of ``pattern`` can open with, after a space: each of
    its alternatives is a colon, or (past what it looks back at) a space and
    then words, written out or required by a look-ahead ("\\s(?=(?:chủ\\s+trì|
    [cg]ó\\s+ý…)\\b)" opens with "chủ" or "[cg]ó"). Raises ValueError on
    anything else, so a gate built from it (see ``gated_search``) never
    misses a place the pattern can start."""
    words: set[str] = set()
    for alternative in _alternatives_of(pattern):
        rest = _past_zero_width(alternative)
        if rest.startswith(":"):
            continue  # (the gate has the colon)
        if not rest.startswith("\\s"):
            raise ValueError(f"an alternative opens with neither ':' nor a space: {alternative[:40]!r}")
        words |= _first_words(rest[2:])
    return sorted(words, key=lambda w: (-len(w), w))


def _group_end(text: str, i: int) -> int:
    """The index past the group or class opening at ``text[i]``."""
    depth, in_class = 0, False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    if in_class:  # a class opened at i
        return i
    raise ValueError(f"unbalanced group: {text[:40]!r}")


def _alternatives_of(text: str) -> list[str]:
    """``text`` split at its top-level "|"."""
    parts, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c in "([":
            i = _group_end(text, i) if c == "(" else text.index("]", i + 1) + 1
            continue
        if c == "|":
            parts.append(text[start:i])
            start = i + 1
        i += 1
    return [*parts, text[start:]]


def _past_zero_width(text: str) -> str:
    """``text`` past the look-behinds, negative look-aheads and word
    boundaries it opens with (they consume nothing)."""
    while True:
        if text.startswith(("(?<=", "(?<!", "(?!")):
            text = text[_group_end(text, 0) :]
        elif text.startswith("\\b"):
            text = text[2:]
        else:
            return text


_WORD_AT_START = r"(?:[^\W\d_]|\[[^\]\\]*\])+"  # letters and classes


def _first_words(text: str, any_case: bool = False) -> set[str]:
    """The words a sequence of the pattern can open with (see ``opening_words``;
    ``any_case``: a group of words in either case, "(?i:…)", is entered too)."""
    text = _past_zero_width(text)
    opening = next((o for o in ("(?=", "(?:", "(?i:", "(?-i:", "(?P<") if text.startswith(o)), None)
    if opening == "(?P<":  # a named group: entered as the others
        opening = text[: text.index(">") + 1]
    # (a group in one case, "(?-i:Vụ|Quỹ)", is entered as a plain one)
    if opening and (any_case or opening != "(?i:"):
        end = _group_end(text, 0)
        if text[end : end + 1] in ("?", "*", "{"):
            raise ValueError(f"an optional group opens a sequence: {text[:40]!r}")
        inner = text[len(opening) : end - 1]
        words: set[str] = set()
        for alternative in _alternatives_of(inner):
            if not _past_zero_width(alternative):  # (one that looks around only)
                words |= _first_words(text[end:], any_case)
            else:
                words |= _first_words(alternative, any_case)
        return words
    word = re.match(_WORD_AT_START, text)
    if word is None or text[word.end() : word.end() + 1] in ("?", "*", "{"):
        raise ValueError(f"a sequence opens with no word written out: {text[:40]!r}")
    return {word.group()}


def lowered_opening_words(pattern: str) -> list[str]:
    """The words, lowered, a match of ``pattern`` opens with, in either case:
    each of its alternatives opens (past what it looks back at) with a word
    written out. Raises ValueError on anything else (a class, a digit, an
    optional group first), so that a pattern tried only where one of these
    words starts in the lowered text (see ``assignments._matches_at_words``)
    is tried wherever it can match."""
    words = _first_words(f"(?:{pattern})", any_case=True)
    if any("[" in w for w in words):
        raise ValueError(f"a class opens a word: {sorted(words)!r}")
    return sorted({w.lower() for w in words})


# Where AGENCY_LIST_END can start, for ``gated_search``: a colon, or a space
# before a word its alternatives open with. Tried by ``re`` over an item's
# heading, it is about 14x cheaper than the full pattern, which then is tried
# at the places it finds only.
# (Written on first use, from AGENCY_LIST_END's source, and kept in the
# pattern store: reading the pattern takes ~2 ms, at each cold start else.)
def _list_end_gate(list_end: str) -> str:
    return r":|\s(?=" + "|".join(by_first_letter(opening_words(list_end))) + ")"


def by_first_letter(words: list[str]) -> list[str]:
    """``words`` (as ``opening_words`` gives them) grouped by their first
    letter or class, each group one alternative: "n(?:ghiêm|ghiên|…)". The
    same strings, tried letter by letter: ``re`` tries an alternation's
    branches one after another at each place (a look-ahead's success alone
    counts, so their order does not matter)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        head = word[: word.index("]") + 1] if word.startswith("[") else word[:1]
        groups.setdefault(head, []).append(word[len(head) :])
    return [head + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0]) for head, tails in groups.items()]


# A class of bodies a qualifying clause "có …" may follow, the last name of a
# list opening with "các": "Các trường đại học có đào tạo …", "…; các cơ sở có
# sử dụng vật liệu nổ" (no ",", ";" between "các" and "có": one name).
CLASS_BEFORE_QUALIFIER = _std(r"(?:^|[,;]\s*|\s)(?i:các)\s[^,;:.\n]{1,60}\scó$")
# A class of bodies named with a clause qualifying it, whose object a
# preposition opens: "Các trường sử dụng học liệu từ kho học liệu số dùng
# chung của tỉnh" (the schools using what the province's store holds). The
# level is the class's own (its noun and the verb's first words, group
# ``head``), not the one of the object's "của tỉnh" (KH505).
CLASS_CLAUSE_OBJECT = _std(r"^(?P<head>(?i:các)\s[^,;:()\n]{2,80}?)\s(?=(?:từ|cho|vào|về|với|bằng|theo)\s)")
AGENCY_LIST_END_AT = _std(lambda: pattern_store.derived("list_end_gate_by_letter", AGENCY_LIST_END.pattern, _list_end_gate))


def gated_search(gate: re.Pattern[str], pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``pattern.search(text)``, tried only where ``gate`` finds a place it can
    start (the leftmost match, as the search's)."""
    for at in gate.finditer(text):
        m = pattern.match(text, at.start())
        if m:
            return m
    return None


# A point opening by giving or directing a body its work: "b) Giao Phòng Văn
# hóa - Xã hội tham mưu …", "c) Chỉ đạo Công an xã hướng dẫn …", "Phân công
# …" (under the item of a lower level's governments, their own order).
GIVES_OWN_BODY = _std(r"^(?:[Gg]iao|[Cc]hỉ\s+đạo|[Pp]hân\s+công)\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|các\s)")
# An item whose body directs others over bullets of theirs: "2. Sở Y tế tiếp
# tục chỉ đạo các đơn vị:" / "- Trung tâm Kiểm soát bệnh tật tỉnh: chủ trì …"
# (each bullet's body is given its task; the directing body keeps the rest).
DIRECTS_OTHERS = _regex(r"(?i:chỉ\s+đạo|giao|yêu\s+cầu|hướng\s+dẫn|đề\s+nghị)\s+[^:]{0,60}:?\s*$")
# A condition opening a duty's clause, before the body it binds: "Trong
# trường hợp cần thiết, Bộ trưởng … ban hành …", "Khi có yêu cầu, Sở Y tế …",
# "Sau khi Chiến lược được phê duyệt, Bộ Công Thương …", or the time limit
# it has: "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ,
# Sở Y tế …", "Chậm nhất 30 ngày trước khi …, Công ty …".
CONDITION_OPENING = _regex(
    r"^(?:(?:Trong\s+)?(?i:trường\s+hợp)|Khi|Nếu|Sau\s+khi|Để|Nhằm"
    # the case it is about, a topic in lower case: "Đối với các chi phí vượt
    # tổng mức thanh toán năm 2022, Bảo hiểm xã hội Việt Nam khẩn trương …"
    # (not a body: "Đối với Sở Y tế, …" names whom the item is about)
    r"|Đối\s+với(?=\s+\p{Ll})"
    # (or its last day: "Chậm nhất là ngày 20 tháng 7 năm 2026, …")
    r"|Chậm\s+nhất\s+(?:là\s+)?(?:vào\s+)?ngày\s+\d{1,2}"
    r"|(?:Trong\s+(?:thời\s+hạn|thời\s+gian|vòng)|Chậm\s+nhất|Không\s+quá)\s+\d{1,3}(?:\s*\([^()\n]{1,25}\))?\s+(?:ngày\s+làm\s+việc|ngày|giờ|tháng)\b[^;:.\n]{0,120}?)"
    # (it may go on after a comma: "Sau khi hoàn thành thi công, đưa các hạng
    # mục vào sử dụng, Công ty …")
    # (not into the order naming the bodies: "Đối với …, yêu cầu Bộ Tài chính, …";
    # "thì" closes it too: "Đối với các trường hợp …, khoản 10 … thì Cục …, Bộ Công an …")
    r"\s[^,;:.\n]{2,120}?(?:,\s+(?!(?:yêu\s+cầu|giao|đề\s+nghị)\s)\p{Ll}[^,;:.\n]{2,120}?){0,2}(?:,|\s+thì)\s+"
    r"(?:(?:yêu\s+cầu|giao)\s+)?(?=\p{Lu})"
)
# The letters such a condition opens with (a cheap test before the pattern).
CONDITION_INITIALS = frozenset("TtKNSCĐ")
# A point marked in brackets opening its line, under a request closing with ":"
# ("(1). Xem xét …", "(2) Hướng dẫn …", "(a) …", "(ii) …"); not a section of
# its own, as forms' notes are marked the same way ("(1) Tên cơ quan …").
BRACKETED_MARK = _std(r"\s*\((?:\d{1,2}|[ivx]{1,5}|[a-zđ])\)\.?\s+\S")
# A body named by its kind alone, then what it is asked to do: "Công ty hiệu
# chỉnh các thông số …", "Công ty đối chiếu, ghi đúng …". A name may go on in
# lower case after its kind ("Chi nhánh mỏ tuyển đồng Sin Quyền", "Công ty
# xăng dầu Lào Cai"); a task's words do, before any capital, hold a comma or
# one of VERB_PHRASE_WORDS (checked in code).
KIND_THEN_LOWER = _regex(
    r"^(?P<kind>(?:(?i:quý)\s+)?(?:Công\s+ty|Chi\s+nhánh|Hợp\s+tác\s+xã|Doanh\s+nghiệp|[Đđ]ơn\s+vị|[Cc]ơ\s+quan))\s+"
    r"(?P<run>\p{Ll}[^\p{Lu}]*)"
)
VERB_PHRASE_WORDS = frozenset(
    ["các", "theo", "đúng", "về", "để", "cho", "với", "được", "những", "từng", "lại", "rõ", "thêm"]
)
# The kinds of administrative unit a class of bodies is named by: "UBND các
# tỉnh, thành phố", "Ủy ban nhân dân các xã" (PARTNERS, UNITS_LISTED).
_UNIT_KIND = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
# The bodies a task is done with: "phối hợp với Công an tỉnh, Sở Xây dựng tổ
# chức …", "phối hợp chặt chẽ với các sở, ngành …" (the list ends as an
# item's heading does, see AGENCY_LIST_END).
# "với" may be left out before a body named with a capital: "chủ trì, phối hợp
# Công an tỉnh, Văn phòng UBND tỉnh triển khai …".
PARTNERS = _regex(
    # ("Phối hợp, hỗ trợ Bộ Công an …": helping them too)
    r"(?i:phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s*,\s*(?:hỗ\s+trợ|giúp\s+đỡ))?\s+(?:(?:với|cùng)\s+|(?=(?-i:\p{Lu}|các\s)))"
    # a co-lead is a partner too: "Đồng chủ trì với Bộ Công Thương, …"
    r"|đồng\s+chủ\s+trì\s+(?:với|cùng)\s+)"
    # (a name's abbreviation in brackets goes on with it: "Phòng Cảnh sát quản
    # lý hành chính về trật tự xã hội (PC06) - Công an tỉnh, …"; and a class
    # with its members after a colon: "phối hợp với Ủy ban nhân dân các xã:
    # Gia Phú, Bảo Thắng khẩn trương …", UNITS_LISTED, "… với các Bộ: Xây
    # dựng, Quốc phòng …", SHARED_KIND)
    r"(?P<names>(?:[^.;:()\n]|\([\p{Lu}\d][\p{Lu}\d&\-]{1,11}\)"
    rf"|(?<=(?:^|\s)(?i:các)\s+(?i:{_UNIT_KIND}(?:\s*,\s*{_UNIT_KIND})*|(?:sở|bộ|phòng)(?:\s*,\s*(?:ban|ngành))*))"
    r":(?=\s*\p{Lu})){3,300})"
)
# Such an abbreviation, closing the name it stands for: the words before it,
# back to the name's head word, are the name's, verbs' look-alikes included
# ("quản lý", "về"); the list's end is looked for after it.
ABBREVIATION_BRACKET = _regex(r"\([\p{Lu}\d][\p{Lu}\d&\-]{1,11}\)")
PARTNERS_WORDS = ("phối hợp", "đồng chủ trì")  # (a test before it)
# A ministry's or department's own unit, or its head: "Vụ Pháp chế", "Cục
# trưởng Cục Quản lý giá", "phòng Quản lý công nghiệp", "Trưởng phòng Kế
# hoạch", "Chi cục Quản lý thị trường". Its name seldom says its field; it
# works in the field of the ministry or Sở it belongs to (see assignments).
SECTORAL_UNIT = _regex(
    r"^(?:(?:Vụ|Cục|Chi\s+cục)\s+trưởng\s+|Trưởng\s+(?=phòng\s)|Chi\s+cục\s+trưởng\s+)?"
    r"(?P<kind>Vụ|Cục|Chi\s+cục|[Pp]hòng)\s+\p{Lu}"
)
# A ministry's own units named as a class by their kind: "các Vụ pháp luật
# chuyên ngành", "các Vụ, Cục liên quan", "các Cục" (in the ministry's own
# text they work in its field; see assignments).
UNITS_OF_KIND = _regex(r"^(?i:các)\s+(?:Vụ|Cục)(?:\s*,\s*(?:Vụ|Cục))*(?!\S)")
# A ministry named by its name inside a body's name: "các Vụ thuộc Bộ Tài
# chính", "Ủy ban nhân dân tỉnh, Bộ Tư pháp" (a report's two recipients), in
# capitals too ("BỘ TƯ PHÁP"); not "Bộ phận …" (checked: the named part must
# be a ministry, "Bộ Chỉ huy Quân sự tỉnh" is none).
NAMED_MINISTRY = _regex(r"(?<!\p{L})(?:Bộ|BỘ)\s+\p{Lu}")
# Two capitalised words or more inside a name, then a lower-case word: the
# place a body's name may close with ("Thông tấn xã Việt Nam tăng …", "Báo Hà
# Tĩnh tăng …"; see agencies.place_name_end).
PLACE_RUN = _regex(r"(?<=\S\s)(?P<place>\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)+)\s(?=\p{Ll})")
# A ministry's institute, centre or hospital: "Viện Dinh dưỡng", "Trung tâm
# Dự báo khí tượng thủy văn quốc gia", "Bệnh viện Nhi Trung ương". Named in
# the ministry's own text with no other ministry, it works in its field.
MINISTRY_INSTITUTE = _regex(r"^(?:Viện|Trung\s+tâm|Bệnh\s+viện)\s+\p{Lu}")
# The fields of a joint division's name, "Phòng Kế hoạch - Tài chính" /
# "Phòng Văn hóa – Thông tin": each a field's name of its own.
JOINT_FIELDS_SPLIT = _std(r"\s+[-–]\s+")
# A Sở's division named with its Sở: "Phòng Quản lý công nghiệp - Sở Công
# Thương", "Phòng Kế hoạch - Tài chính - Sở Y tế" (the Sở's, at its level,
# not the district's office nor the Sở its words name), also after a comma,
# "Phòng Quản lý công nghiệp, Sở Công Thương" (UNIT_WITH_ITS_PARENT; the
# Sở's name may hold one: "…, Sở Văn hóa, Thể thao và Du lịch"); so a
# Party board's, "Phòng Tuyên truyền - Báo chí, Ban Tuyên giáo và Dân vận
# Tỉnh ủy" (at the committee's level).
DIVISION_OF_DEPARTMENT = _regex(
    r"^[Pp]hòng\s+(?P<division>\p{Lu}[^,;()]*?)\s*(?:[-–]\s*|,\s*|\s(?:thuộc|của)\s+)"
    r"(?P<department>Sở\s+\p{Lu}[^;()]*|Ban\s+\p{Lu}[^,;()]*\s(?:Tỉnh|Thành|Huyện)\s+[ủu]y)$"
)
# The same division written the other way round, its Sở first and the
# division in brackets after it: "Sở Y tế (Phòng Nghiệp vụ Y)", "Sở Văn hóa,
# Thể thao và Du lịch (Phòng Quản lý văn hóa)" name the division, as "Phòng
# Nghiệp vụ Y, Sở Y tế" does (one body, one canonical name); a bracket of
# another kind, "Sở Nội vụ (cơ quan thường trực)", "Sở Y tế (Văn phòng Sở)",
# or listing two divisions, is none.
DIVISION_IN_BRACKET = _regex(
    r"^(?P<department>Sở\s+\p{Lu}[^;()]*?|Ban\s+\p{Lu}[^,;()]*\s(?:Tỉnh|Thành|Huyện)\s+[ủu]y)"
    r"\s*\(\s*[Pp]hòng\s+(?P<division>\p{Lu}[^,;()]*?)\s*\)$"
)
# A committee of a people's council is named "Ban <name> (của) HĐND <level>"
# (Luật Tổ chức chính quyền địa phương: Ban Pháp chế, Ban Kinh tế - Ngân
# sách, Ban Văn hóa - Xã hội, Ban Dân tộc, Ban Đô thị): the council's organ,
# never the department its name's words recall ("Ban Văn hóa - Xã hội HĐND
# tỉnh" is no Sở Lao động - Thương binh và Xã hội, "Ban Dân tộc HĐND tỉnh" no
# Sở Dân tộc và Tôn giáo; "Ban Dân tộc tỉnh", a government department, has no
# council in its name).
COUNCIL_COMMITTEE = _regex(
    r"^(?P<ban>(?i:các\s+)?Ban\s+(?P<name>\p{Lu}[^,;()]*?))\s+(?:(?i:của|thuộc)\s+)?"
    r"(?:Thường\s+trực\s+)?(?P<council>HĐND|(?i:hội\s+đồng\s+nhân\s+dân))(?P<rest>\s.*)?$"
)
# The office serving a people's council (with the National Assembly
# delegation of the province since 2016), "Văn phòng HĐND tỉnh", "Văn phòng
# Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Văn phòng Đoàn ĐBQH và
# HĐND tỉnh": an office of its own, not the government's "Văn phòng UBND
# tỉnh" (the joint "Văn phòng HĐND và UBND" of a district or commune names the
# people's committee, and is the government's).
COUNCIL_OFFICE = _regex(
    r"^Văn\s+phòng\s+(?P<delegation>Đoàn\s+(?:ĐBQH|(?i:đại\s+biểu\s+quốc\s+hội))\s+(?i:và)\s+)?"
    r"(?:HĐND|(?i:hội\s+đồng\s+nhân\s+dân))(?P<rest>(?:\s.*)?)$"
)
# A body whose name, set by law, holds a verb and a comma (Luật Lực lượng tham
# gia bảo vệ an ninh, trật tự ở cơ sở, 2023): "lực lượng tham gia bảo vệ an
# ninh, trật tự ở cơ sở" is one body in a list of partners, not "lực lượng"
# cut at "tham gia" ("phối hợp Ban Chỉ huy Quân sự phường và lực lượng tham
# gia bảo vệ an ninh, trật tự ở cơ sở tổ chức tuần tra …").
BASE_SECURITY_FORCE = _regex(
    r"(?i:(?:các\s+)?(?:lực\s+lượng|tổ)\s+(?:tham\s+gia\s+)?bảo\s+vệ\s+an\s+ninh\s*,\s*trật\s+tự\s+(?:ở|tại)\s+cơ\s+sở)"
)
# Where such a list gives way to the task: a verb or preposition in lower case
# (the same words capitalised belong to a name: "Ban Quản lý", "Trung tâm Phát
# triển quỹ đất"; "sở tại", the place's own, goes with its body: "Ủy ban nhân
# dân tỉnh, thành phố sở tại").
PARTNERS_END = _regex(
    # (those concerned close a list: the lower-case word after "có liên quan"
    # is the task's, even one that is also a body's kind, "… và các cơ quan
    # đơn vị có liên quan thanh tra, kiểm tra …")
    # (the class goes on with its place or the next body: "… liên quan thuộc
    # Bộ X", "… liên quan và UBND các huyện")
    r"(?<=\s(?i:liên\s+quan))\s(?=\p{Ll})(?!(?:đến|tới|và|thuộc|trực\s+thuộc|của|cùng|hoặc)\b)|"
    # ("trình" submits, not the works of "các công trình giao thông")
    r"\s(?=(?:trong|tuyên\s+truyền|quản\s+lý|thẩm\s+định|(?<!công\s)trình|đánh\s+giá|công\s+bố|bảo\s+đảm|đảm\s+bảo|"
    r"lồng\s+ghép|điều\s+tra|phát\s+triển|nắm\s+bắt|xử\s+lý|theo\s+dõi|giám\s+sát|để|nhằm|về|trên|cho|thực\s+thi|"
    r"vận\s+động|hỗ\s+trợ|ban\s+hành|đăng\s+ký|kiểm\s+soát|thu\s+thập|tiến\s+hành|thường\s+xuyên(?<!(?i:dục)\s+thường\s+xuyên)|kịp\s+thời|"
    r"chặt\s+chẽ|trong\s+việc|khi|nếu|đối\s+với|(?<!(?i:sở)\s)tại|qua|đề\s+xuất|làm\s+việc|"
    # more of a task's verbs: "phối hợp với Công an xã làm sạch dữ liệu …",
    # "… với UBND các xã đầu tư, nâng cấp …", "… với các thôn tuần tra …"
    # ("xây dựng" not in a noun compound of a name: see AGENCY_LIST_END)
    r"làm|(?<!(?i:dự\s+án)\s)đầu\s+tư|nâng\s+cấp|tuần\s+tra|kiểm\s+tra|rà\s+soát|cập\s+nhật|thực\s+hiện|(?:(?<!(?i:đầu\s+tư|vật\s+liệu|công\s+trình|hoạt\s+động|quy\s+chuẩn|tiêu\s+chuẩn|định\s+mức|giám\s+định)\s)|(?<=(?i:kế\s+hoạch\s+và\s+đầu\s+tư)\s))xây\s+dựng|hướng\s+dẫn|"
    r"cung\s+cấp|chuẩn\s+bị|bố\s+trí|triển\s+khai|giải\s+quyết|vận\s+hành|thu\s+nhận|chăm\s+sóc|xác\s+minh|"
    # ("… với UBND cùng cấp kiện toàn tổ hòa giải …")
    r"kiện\s+toàn|"
    # (a disaster's response work a partner shares: "… với Công an xã và Đồn
    # Biên phòng Cửa Tùng huy động lực lượng …", "… với UBND các xã sơ tán dân …")
    r"huy\s+động|kêu\s+gọi|sơ\s+tán|di\s+dời|chằng\s+chống|sẵn\s+sàng(?!\s+chiến\s+đấu)|"
    # (the field work a partner shares: "… với Chi nhánh Văn phòng Đăng ký đất
    # đai chỉnh lý biến động", "… với Đồn Biên phòng kiểm đếm tàu thuyền", "…
    # với các trường khám sức khỏe …"; "các cơ sở khám bệnh" is a class's name)
    r"chỉnh\s+lý|kiểm\s+đếm|kiểm\s+kê|(?<!(?i:cơ\s+sở|phòng)\s)khám|"
    # ("… nông thôn đẩy nhanh tiến độ …", "… chi nhánh Sơn Dương mở tài khoản …")
    r"đẩy\s+nhanh|đẩy\s+mạnh|mở(?=\s+(?:tài\s+khoản|lớp|đợt|rộng))|duy\s+trì|"
    # "… với Văn phòng Sở lập dự toán …", "… với Đoàn Thanh niên đi từng hộ …"
    r"lập(?=\s+(?:dự\s+toán|kế\s+hoạch|danh\s+sách|hồ\s+sơ|báo\s+cáo|phương\s+án))|đi(?=\s+(?:từng|đến|tới|các))|"
    r"tổ\s+chức\s+(?!xã\s+hội|thành\s+viên|chính\s+trị|đoàn\s+thể)"
    # (so before the quoted name of the event it holds: "… với Tổ công nghệ
    # số cộng đồng tổ chức "Ngày hội số" …")
    r"|tổ\s+chức(?=\s+[\"“])"
    # ("… với các lực lượng chức năng đấu tranh, xử lý …"; "Ban Chỉ đạo đấu tranh …" is a name)
    r"|(?<!(?i:chỉ\s+đạo|công\s+tác|chuyên\s+đề)\s)đấu\s+tranh)\b)"
    # (a unit's head word alone is no name: the verb after it names the unit's
    # work, "Văn phòng đăng ký đất đai", "Trung tâm phát triển quỹ đất"; a
    # police unit's, its branch: "Cục Cảnh sát quản lý hành chính về trật tự xã hội")
    # (tried after the verbs' lookahead, at the same place: only where a verb follows)
    r"(?<!(?:Văn\s+phòng|Trung\s+tâm|Chi\s+cục|(?:Phòng|Cục|Đội)\s+Cảnh\s+sát|Cảnh\s+sát\s+quản\s+lý\s+hành\s+chính)\s)"
    # a body's name ends with its unit's word: a lower-case word after it
    # opens the task ("phối hợp với Trạm Y tế xã nâng tỷ lệ …"), but another
    # unit's word or a list's ("UBND các xã, thị trấn", "Công an xã và …"), and
    # not "xã hội"
    # ("nông thôn" is a field's word: "Ngân hàng … Phát triển nông thôn chi
    # nhánh …", "Văn phòng Điều phối nông thôn mới huyện")
    # ("ngăn chặn" a task's verb: "… với Công an tỉnh ngăn chặn buôn lậu")
    r"|\s(?=ngăn\s+chặn\b)"
    # a region's number ends its body's name: "Chi cục Hải quan khu vực X ngăn …"
    r"|(?<=\s(?i:khu\s+vực)\s+(?:[IVXL]+|\d+))\s(?=\p{Ll})(?!(?:và|cùng|hoặc|các)\b)"
    # (the special zone of 2025, "đặc khu", is a commune's unit; a
    # cooperative's kind, "Hợp tác xã", is none: its name goes on, "Hợp tác xã
    # nông nghiệp Cam Thành xây dựng …")
    r"|(?<=\s(?:xã|phường|tỉnh|huyện|quận|thị\s+trấn|đặc\s+khu|thôn|bản|ấp|tổ\s+dân\s+phố|khu\s+phố))(?<!(?i:nông)\s+thôn)(?<!(?i:hợp\s+tác)\s+xã)\s(?=\p{Ll})"
    # (nor the units' place, which picks some of them: "UBND các xã, phường
    # ven biển", "các xã biên giới", "các xã vùng cao")
    r"(?!(?:hội|và|các|thị|thành|phường|xã|huyện|quận|tỉnh|đặc\s+khu|có|liên|cùng|hoặc|nơi|trên|địa|tổ\s+dân|khu\s+phố|bản|thôn|ấp"
    r"|ven|biên\s+giới|vùng|miền\s+núi)\b)"
)
# Separators inside a list of agencies: ", " or " và " followed by a word that
# opens a body's name. Names hold commas and "và" of their own ("Sở Văn hóa,
# Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"), so a split
# needs the next body's first word; "Các sở, ban, ngành" stays whole.
# The state telecom, post and power groups by their brands, each named with
# the place of its branch ("Viettel Quảng Trị", "VNPT tỉnh Lào Cai") or alone
# in a list ("Viettel, VNPT"): bodies, enterprises (agencies.json's brands,
# as the texts spell them: "Viettel", "VNPT", "MobiFone" or "Mobifone", …).
def _brand_names() -> list[str]:
    from .tables import load

    return list(load("agencies.json")["brands"])


_BRANDS = "(?:" + "|".join(re.escape(b) for b in _brand_names()) + ")"
_BRAND_BRANCH = _BRANDS + r"(?=\s+(?:\p{Lu}|tỉnh|huyện|thành\s+phố|khu\s+vực|chi\s+nhánh)|\s*(?:[,;]|và\b|$))"
# One of those brands alone, a name of one word: "Đề nghị Viettel, VNPT …".
BRAND_ALONE = _std(_BRANDS + "$")
# One of those brands and the place of its branch: "Viettel Quảng Trị",
# "VNPT tỉnh Lào Cai" (its level is its place's).
BRAND_PLACE = _regex(_BRANDS + r"\s+(?:(?i:chi\s+nhánh)\s+)?(?P<place>(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})$")
_ORG_START = (
    r"(?:Sở|Phòng|Ban|Bộ|Cục|Chi\s+cục|Công\s+an|Ủy\s+ban|Uỷ\s+ban|UBND|UBMTTQ|UB|Đoàn|Hội|Liên\s+đoàn|Mặt\s+trận|"
    # a Party committee: "Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh …"
    # (and a mass organisation's branch: "Hội Nông dân phường, Chi hội Người
    # cao tuổi các khu phố phối hợp …", "Chi đoàn khu phố 2")
    r"Đảng\s+[ủu]y|Đảng\s+đoàn|Chi\s+(?:bộ|hội|đoàn)|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+ủy|"
    r"Đài|Báo|Trạm|Trường|Trung\s+tâm|Văn\s+phòng|Thanh\s+tra|Kho\s+bạc|Bảo\s+hiểm|Viện|Tòa|Toà|Bệnh\s+viện|Các|các|"
    # an organ named with a capital: "Toà án, Cơ quan thi hành án, Viện Kiểm sát
    # nhân dân, Cơ quan Công an có trách nhiệm …" (not a role: "Cơ quan thường trực")
    r"Cơ\s+quan\s+(?!thường\s+trực|đầu\s+mối|chủ\s+trì|chủ\s+quản)|"
    # a team named with a capital: "Đội Quản lý trật tự đô thị", "Đội Cảnh sát …"
    r"(?:Đội|Hạt|Đồn)(?=\s+\p{Lu})|"
    # the tax office since 1 July 2025: "Thuế tỉnh", "Thuế thành phố", "Thuế cơ sở 3"
    r"Thuế(?=\s+(?:tỉnh|thành\s+phố|cơ\s+sở)\b)|"
    r"Tổ\s+chức|tổ\s+chức|Tổ\s+(?:công\s+tác|giúp\s+việc|công\s+nghệ\s+số|đại\s+biểu)|"
    # (a council's delegates: "… các Tổ đại biểu và đại biểu HĐND tỉnh giám sát")
    r"(?:các\s+)?[Tt]ổ\s+đại\s+biểu|đại\s+biểu\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân)|Ngân\s+hàng|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+[Đđ]oàn|(?:Xã|Phường)\s+đoàn|"
    # a technology zone, by its board: "Các Khu Công nghệ cao, Khu Công nghệ số
    # tập trung"; associations named after it in lower case, "… và hiệp hội, doanh nghiệp"
    r"Khu\s+[Cc]ông\s+nghệ|hiệp\s+hội|"
    r"Thông\s+tấn\s+xã|Hiệp\s+hội|Học\s+viện|Đại\s+học|Quỹ|Kiểm\s+toán|Hải\s+quan|Liên\s+minh|Cổng\s+[Tt]hông\s+tin|"
    # an enterprise: "Chủ tịch UBND xã A và Công ty Cổ phần B"
    r"Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Hợp\s+tác\s+xã|"
    # a utility's local unit: "Viễn thông Hà Tĩnh", "Bưu điện tỉnh", "Điện lực Cẩm
    # Xuyên" (not a field in a name: "Phòng Bưu chính, Viễn thông và Chuyển đổi số")
    r"(?:Viễn\s+thông|Bưu\s+điện|Điện\s+lực)(?=\s+(?:\p{Lu}|tỉnh|huyện|thành\s+phố|xã|phường))|"
    # a state group's branch by its brand (data/agencies.json, brands)
    # and place: "Viettel Quảng Trị", "VNPT Quảng Trị", "MobiFone tỉnh …"
    rf"{_BRAND_BRANCH}|"
    # the head of a body: "Giám đốc Sở …; Trưởng Ban quản lý …"
    # ("Trưởng Công an xã": the head of a body named with a capital)
    r"Giám\s+đốc|Tổng\s+Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Trưởng\s+(?:[Bb]an|[Pp]hòng|[Đđ]oàn|các\s|(?=\p{Lu}))|Hiệu\s+trưởng"
    # ("…, Chánh án Tòa án nhân dân tối cao, Tổng Kiểm toán nhà nước, Thống đốc …")
    r"|Chánh\s+án|Thống\s+đốc|Tổng\s+(?:Kiểm\s+toán|Thanh\s+tra)"
    # a village's or residential group's head: "Trưởng thôn", "Tổ trưởng các tổ dân phố"
    r"|Trưởng\s+(?:thôn|bản|xóm|ấp|khu\s+phố)\b|Tổ\s+trưởng"
    r"|Cục\s+trưởng|Chi\s+cục\s+trưởng|Vụ\s+trưởng|Chỉ\s+huy\s+trưởng|Trạm\s+trưởng|Chánh|Vụ(?=\s+\p{Lu})"
    # (a prison's or detention camp's head: "Công an các tỉnh, Giám thị trại giam")
    r"|Giám\s+thị"
    # the army's heads and bodies: "Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục
    # Chính trị, Tư lệnh Quân khu 2 …", "Binh chủng Hóa học và Quân chủng …"
    r"|Tư\s+lệnh|Chính\s+ủy|Chủ\s+nhiệm|Tổng\s+Tham\s+mưu\s+trưởng|Quân\s+(?:khu|chủng)|Binh\s+chủng"
    # the same in a heading written in capitals: "PHÒNG KINH TẾ VÀ HẠ TẦNG,
    # PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
    r"|PHÒNG|SỞ|BAN|BỘ|CỤC|CHI\s+CỤC|TRUNG\s+TÂM|CÔNG\s+AN|ỦY\s+BAN|UỶ\s+BAN|HỘI|ĐOÀN|VĂN\s+PHÒNG|TRẠM|TRƯỜNG|BỆNH\s+VIỆN)\b"
)
# ("/" too, between two bodies given one item: "Bộ Chỉ huy Quân sự tỉnh/Ban
# Chỉ huy Bộ đội Biên phòng tỉnh"). The office serving the council and the
# committee is one body: "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH,
# HĐND và UBND tỉnh".
# (each look back after its separator: tried at every position, a look back
# first would scan back each time)
_OFFICE_OF_COUNCILS = (
    r"(?i:văn\s+phòng\s+(?:(?:đoàn\s+(?:đbqh|đại\s+biểu\s+quốc\s+hội)|hđnd|hội\s+đồng\s+nhân\s+dân)[\s,]*){1,2})"
)
# The Party committee of the Front and the mass organisations is one body:
# "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh", "Đảng ủy MTTQ, các đoàn thể xã",
# "Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh" (its 2025 name), "Đảng bộ …".
_FRONT_PARTY_COMMITTEE = (
    r"(?:Đảng\s+(?:[ủu]y|uỷ|bộ)\s+(?:(?:Ủy|Uỷ)\s+ban\s+|UB\s?)?(?:Mặt\s+trận\s+Tổ\s+quốc|MTTQ)(?:\s+Việt\s+Nam)?)"
)
AGENCY_SPLIT = _regex(
    # (tried where no blank precedes, as AGENCY_SPLIT_AT: a run of blanks'
    # first is the leftmost start, and a search over a long run stays linear)
    r"(?<!\s)(?:"
    # (a semicolon ends a name: a capital after it opens the next)
    r"\s*;\s*(?=\p{Lu})"
    # (a class of bodies is closed by its last kind: a government or a
    # department or ministry after it is the next body, its comma lost, as a
    # PDF table's cell may give it: "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh")
    r"|(?<=\b(?:ngành|địa\s+phương|đoàn\s+thể))\s+(?=(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\b|UBND\b|(?:Sở|Bộ)\s+(?!trưởng\b|phận\b)\p{Lu})"
    r"|\s*[,;/](?<!(?i:văn\s+phòng\s+(?:đoàn\s+(?:đbqh|đại\s+biểu\s+quốc\s+hội)))\s*[,;/])"
    # (the Party's own set of bodies is one: "Các cấp ủy, tổ chức đảng, cơ
    # quan, đơn vị", "các cấp ủy, tổ chức cơ sở đảng trực thuộc")
    # (not the Party's bodies listed with the State's: "Các cấp ủy, tổ chức
    # đảng, chính quyền, Mặt trận Tổ quốc …", each of its own)
    r"(?<!(?i:cấp\s+[ủu]y),(?=\s*tổ\s+chức\s+(?:cơ\s+sở\s+)?(?i:đảng)(?!\s+viên)(?![^;:.\n]{0,40}?(?:chính\s+quyền|Mặt\s+trận|MTTQ))))"
    rf"(?<!{_FRONT_PARTY_COMMITTEE}\s*,)\s*(?={_ORG_START})"
    rf"|\s+và(?<!{_OFFICE_OF_COUNCILS}\s+và)(?<!{_FRONT_PARTY_COMMITTEE}\s+và)\s+(?={_ORG_START})"
    # a class named by its kind in lower case after named bodies, a member of
    # the list ("Bộ Tài chính, Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã
    # hội chịu trách nhiệm …"), after a body's own name (its last word
    # capitalised, not a bare kind: "Bộ, cơ quan ngang Bộ", "các bộ, cơ quan
    # liên quan" are classes); not an appositive telling a body's role ("Sở
    # Y tế, cơ quan thường trực …")
    r"|(?<=\p{Lu}\p{Ll}*)(?<!\b(?i:bộ|sở|ban|ngành|cục|phòng))\s*,\s*"
    r"(?=cơ\s+quan\s+(?!thường\s+trực|đầu\s+mối|chủ\s+trì|chủ\s+quản|ngang\b|thuộc\b|liên\s+quan|có\b|được\b|của\b)\p{Ll}"
    # (the state groups as a class after a named body: "Liên đoàn Thương mại
    # và Công nghiệp Việt Nam, tập đoàn, tổng công ty, công ty do Thủ tướng …
    # thành lập", the class whole, its own commas its kinds)
    r"|tập\s+đoàn\s*,\s*tổng\s+công\s+ty\b)"
    # heads listed by comma, each of its own body: "Chủ tịch Ủy ban nhân dân
    # cấp tỉnh, người đứng đầu các tổ chức chính trị - xã hội …", "Giám đốc
    # Công an tỉnh, người đứng đầu doanh nghiệp …"
    r"|\s*,\s*(?=người\s+đứng\s+đầu\s))"
)
# The letters a body's name in _ORG_START opens with (its brands' too),
# and where AGENCY_SPLIT can split by its separator and the next word's
# first letter alone: AGENCY_SPLIT's many repeats (each "\s+" of its names)
# cost the engine a reset at every place it is tried, so ``split_agencies``
# matches it only where this gate finds a place (a test checks the letters
# against _ORG_START's own).
ORG_FIRST_LETTERS = "BCGHKLMNPQSTUVXĐỦchtđ" + "".join(sorted({b[0] for b in _brand_names()}))
# (Tried only where no blank precedes: a place inside a run of blanks is
# never AGENCY_SPLIT's leftmost start, the run's first blank is, and the
# gate's search over a long run of blanks stays linear.)
AGENCY_SPLIT_AT = _regex(
    r"(?<!\s)(?:\s*;\s*(?=\p{Lu})"
    rf"|\s*[,;/]\s*(?=[{ORG_FIRST_LETTERS}n])"  # ("người đứng đầu")
    rf"|\s+và\s+(?=[{ORG_FIRST_LETTERS}])"
    r"|(?<=[hgể])\s+(?=[UỦSB]))"  # (after "ngành", "địa phương", "đoàn thể")
)


def split_agencies(text: str, maxsplit: int = 0) -> list[str]:
    """``AGENCY_SPLIT.split(text, maxsplit)``, the pattern matched only where
    AGENCY_SPLIT_AT finds a place it can start (the leftmost match at each
    step, as the split's own search)."""
    out: list[str] = []
    last = pos = 0
    while not maxsplit or len(out) < maxsplit:
        gate = AGENCY_SPLIT_AT.search(text, pos)
        if gate is None:
            break
        at = gate.start()
        m = AGENCY_SPLIT.match(text, at)
        if m is None or m.end() == at:
            pos = at + 1
            continue
        out.append(text[last:at])
        last = pos = m.end()
    out.append(text[last:])
    return out


# A unit named with the body it belongs to after a comma is one body, that
# body's unit: "Cục Quản lý xuất nhập cảnh, Bộ Công an", "Vụ Pháp chế, Bộ Tư
# pháp" (a ministry's, or the Government Office's, "Cục Kiểm soát thủ tục
# hành chính, Văn phòng Chính phủ"); "Phòng Tuyên truyền - Báo chí, Ban Tuyên
# giáo và Dân vận Tỉnh ủy", "Phòng Quản lý công nghiệp, Sở Công Thương",
# "Phòng Kỹ thuật hình sự, Công an cấp tỉnh", "Chi cục Kiểm lâm, Sở Nông
# nghiệp và Môi trường" (a department's, a Party board's, the provincial
# police's). Only a body of the kind such a unit is under: "Cục Quản lý giá,
# Sở Giao dịch Chứng khoán" are two bodies (no Cục is a Sở's, and that "Sở"
# is no department).
UNIT_WITH_ITS_PARENT = _regex(
    r"^(?:(?P<ministry_unit>(?:Cục|Tổng\s+cục|Vụ)\s+\p{Lu}[^,;]*),\s+"
    r"(?:Bộ\s+(?!trưởng\b|phận\b)\p{Lu}|Văn\s+phòng\s+Chính\s+phủ$|Ban\s+[^,;]*Trung\s+ương$)"
    r"|(?P<division>[Pp]hòng|Chi\s+cục)\s+\p{Lu}[^,;]*,\s+"
    r"(?:Sở\s+(?!Giao\s+dịch\b)\p{Lu}|Cục\s+\p{Lu}|Công\s+an\s+(?:tỉnh|thành\s+phố|cấp\s+tỉnh)\b"
    r"|Ban\s+[^,;]*(?:Tỉnh|Thành|Huyện)\s+[ủu]y$|Bộ\s+Chỉ\s+huy\b))"
)
# Units named as another body's, not the issuer's own: "các đơn vị thuộc UBND
# tỉnh", "các đơn vị của ngành Y tế", "các đơn vị trên địa bàn".
OTHER_BODIES_UNITS = _std(r"(?i:\b(?:thuộc|của|trực\s+thuộc)\s+(?!(?:cơ\s+quan\s+)?(?:Bộ|Sở)\b)\S|trên\s+địa\s+bàn)")
# Bodies named by pointing back to those the text named before: "các đơn vị
# nêu trên", "Công ty nói trên", "các doanh nghiệp này", or to a part of it:
# "Các cơ quan, đơn vị được phân công tại Mục III", "các đơn vị được giao chủ
# trì tại Phụ lục I", "các cơ quan có tên tại khoản 1". Which they are is the
# text's earlier list or that part's, not a kind the agencies table knows (nor
# all departments): no canonical name.
_POINTED_KINDS = r"(?:đơn\s+vị|cơ\s+quan|công\s+ty|doanh\s+nghiệp|tổ\s+chức|cơ\s+sở|chủ\s+đầu\s+tư|địa\s+phương)"
ANAPHORIC_BODY = _std(
    rf"^(?i:(?:các\s+)?{_POINTED_KINDS}(?:\s*,\s*{_POINTED_KINDS})*"
    r"\s+(?:nêu\s+trên|nói\s+trên|kể\s+trên|trên|này|đó"
    r"|(?:(?:được\s+(?:phân\s+công|giao)(?:\s+(?:nhiệm\s+vụ|chủ\s+trì|thực\s+hiện))?|có\s+tên|nêu)\s+(?:tại|ở|trong)\s+)"
    r"(?:mục|phần|khoản|điểm|điều|phụ\s+lục|bảng|biểu)\b[^,;:]{0,40}))$"
)
# Bodies named only as those concerned, by the generic words for any body:
# "các cơ quan có liên quan", "các cơ quan, đơn vị liên quan". They are no
# kind of body (not the ministries, "Các bộ, ngành", nor the departments):
# no canonical name. A kind named with it keeps its own ("các bộ, ngành có
# liên quan", "các sở, ngành liên quan"). Their heads are no more: "Thủ
# trưởng các cơ quan liên quan", "Người đứng đầu các đơn vị có liên quan".
_HEADS_OF = r"(?:(?:thủ\s+trưởng|người\s+đứng\s+đầu)\s+)"
CONCERNED_BODIES = _std(
    rf"^(?i:{_HEADS_OF}?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân)"
    r"(?:\s*(?:,|và)?\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân))*\s+(?:có\s+)?liên\s+quan)$"
)
# A list of bodies closing with those concerned: "Bộ Quốc phòng, Tòa án nhân
# dân tối cao và cơ quan, đơn vị có liên quan", "…, các tổ chức, cá nhân có
# liên quan". That tail adds no body (see CONCERNED_BODIES) and is no part of
# the last name (its kinds may go without a comma: "và các cơ quan đơn vị có
# liên quan"); nor with their heads: "…, Thủ trưởng các cơ quan, tổ chức và
# cá nhân có liên quan" (the tail opens at the title, not at a later kind).
# (the separators of such a list, to find the name before that tail)
NAMES_LIST_BREAK = _std(r"\s*,\s*|\s+và\s+")
LIST_CONCERNED_TAIL = _std(
    rf"(?:\s*,\s*|\s+(?i:và)\s+)(?i:{_HEADS_OF}?các\s+|{_HEADS_OF})?(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân)"
    r"(?:(?:\s*,\s*|\s+(?i:và)\s+|\s+)(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân|doanh\s+nghiệp|gia\s+đình))*"
    r"(?:\s+(?i:khác))?(?:\s+(?i:có))?\s+(?i:liên\s+quan)\W*$"
)
# The same phrase before the task's verb, at a list's start too ("Thủ trưởng
# các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm …"): its kinds
# are nouns, "tổ chức" no verb ending the list there.
CONCERNED_PHRASE = _regex(
    rf"(?:^|\s*,\s*|\s+(?i:và)\s+)(?i:{_HEADS_OF}?các\s+|{_HEADS_OF})?(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân)"
    r"(?:(?:\s*,\s*|\s+(?i:và)\s+|\s+)(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân|doanh\s+nghiệp|gia\s+đình))*"
    r"(?:\s+(?i:khác))?(?:\s+(?i:có))?\s+(?i:liên\s+quan)\b"
)
# How far from a name's end LIST_CONCERNED_TAIL is searched (from len -
# this): the longest such tail, every kind named, is under 100 characters,
# and a search over a whole line of list words with no tail ("…, cơ quan, tổ
# chức và đơn vị, …", a flattened paragraph read as a heading) grows with the
# square of its length.
LIST_CONCERNED_TAIL_MAX = 200
# Bodies named as the issuing ministry's or department's own, "Bộ" or "Sở"
# alone closing the name: "Các cơ quan, đơn vị truyền thông của Bộ".
OWN_UNITS_TAIL = _std(r"\s(?:của|thuộc|trực\s+thuộc)\s+(?:cơ\s+quan\s+)?(?:Bộ|Sở)$")
# The issuer's own units named as a class qualified by their field, the
# words between the class's kinds and "của/thuộc Bộ|Sở": "Các cơ quan, đơn vị
# truyền thông của Bộ" (field "truyền thông"), "các đơn vị y tế thuộc Sở". A
# qualifier made only of a unit's kind or standing, "nghiệp vụ", "sự nghiệp",
# "chức năng", "quản lý nhà nước", "(có) liên quan", "trực thuộc", names no
# field: those are the unqualified class (OWN_UNITS_KIND_WORDS).
OWN_UNITS_QUALIFIED = _std(
    r"^(?i:các\s+)?(?:(?i:cơ\s+quan|đơn\s+vị|tổ\s+chức)(?:\s*,\s*|\s+(?i:và)\s+))*(?i:đơn\s+vị|cơ\s+quan)"
    r"\s+(?P<field>\S.*?)\s+(?:(?:trực\s+)?thuộc|của)\s+(?:cơ\s+quan\s+)?(?:Bộ|Sở)\b"
)
OWN_UNITS_KIND_WORDS = _std(
    r"^(?:(?:có\s+)?liên\s+quan|trực\s+thuộc|thuộc|nghiệp\s+vụ|chức\s+năng|chuyên\s+môn|sự\s+nghiệp(?:\s+công\s+lập)?"
    r"|quản\s+lý\s+nhà\s+nước|hành\s+chính|khác|[,\s]|và)+$",
    re.IGNORECASE,
)
# A word written as an abbreviation, two capitals or more: "GD&ĐT", "TC-KH".
ABBREVIATED_WORD = _regex(r"\b\p{Lu}[\p{Lu}&\-]*\p{Lu}\b")
# A colon that gives an address, not a list of things to do: "… gửi bản điện
# tử qua địa chỉ thư điện tử:" / "abc@…", "số điện thoại:", "Website:".
CONTACT_COLON = _regex(
    r"(?i:thư\s+điện\s+tử|e-?mail|địa\s+chỉ|điện\s+thoại|fax|hotline|website|cổng\s+thông\s+tin(?:\s+điện\s+tử)?)\s*:$"
)
# What such a colon gives: an e-mail or web address, or a number.
CONTACT_VALUE = _std(r"^(?:[\w.\-]+@|www\.|https?://|\(?\+?\d)")
# A citation's issuer cut to a head's title, or to the kind of its body ("của
# Bộ trưởng" / "Bộ Lao động …" in the next cell, "của Bộ trưởng Bộ" at a page's end).
TITLE_LEFT_OF_ISSUER = _std(
    r"^(?:Bộ\s+trưởng(?:\s+Bộ)?|Bộ|Thủ\s+tướng|Thống\s+đốc|Chủ\s+tịch|Tổng\s+cục\s+trưởng|Cục\s+trưởng)$"
)
# The Party's Central Committee by its plenum or term: "Trung ương khóa XII",
# "Hội nghị Trung ương 5 khóa XIII", "Hội nghị lần thứ tám Ban Chấp hành Trung
# ương Đảng khóa XI", "BCH Trung ương", and "Trung ương (Đảng)" named alone as
# an issuer (not its Politburo or Secretariat).
_PLENUM = r"(?:lần\s+thứ\s+)?(?:\d{1,2}|[IVX]{1,4}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?)"
PARTY_CENTRAL_COMMITTEE = _std(
    rf"^(?=.*(?:Hội\s+nghị|khóa|Chấp\s+hành|BCH)|Trung\s+ương(?:\s+Đảng)?$)(?:Hội\s+nghị\s+(?:{_PLENUM}\s+)?)?(?:Ban\s+Chấp\s+hành\s+|BCH\s+)?"
    rf"Trung\s+ương(?:\s+Đảng)?(?:\s+{_PLENUM})?(?:\s+khóa\s+[IVXLC]+)?$"
)
# Between two bodies named one after another: "Sở Y tế, Sở Xây dựng và …".
NAMES_SEPARATOR = _std(r"\s*,\s*|\s+và\s+")
# A head's title alone in a list of bodies, sharing the body named after it:
# "Tổng Giám đốc, Giám đốc các doanh nghiệp viễn thông" (one body's heads).
BARE_HEAD_TITLE = _std(
    r"^(?:Tổng\s+Giám\s+đốc|Phó\s+Tổng\s+Giám\s+đốc|Giám\s+đốc|Phó\s+Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch"
    r"|Cục\s+trưởng|Vụ\s+trưởng|Hiệu\s+trưởng|Giám\s+thị|Trưởng)$"
)
# A member's or leader's item, opening with a person or a post: "Ông Lê Văn
# Thảo, Trưởng phòng …", "Đồng chí Phó Chủ tịch UBND tỉnh …", "Chi cục trưởng
# Chi cục Thống kê …", "Bí thư Huyện đoàn", "Ủy viên UBND xã, Trưởng Công an
# xã" (tried at a heading's start, its first letter gated).
MEMBER_HEAD_INITIALS = frozenset("ÔôBbĐđPpTtCcGgHhỦU")
MEMBER_HEAD_OPENING = _regex(
    r"(?:(?i:ông|bà|đồng\s+chí|đ/c)\s|Phó\s|Trưởng\s|Chủ\s+tịch\s|Chi\s+cục\s+trưởng\s|Cục\s+trưởng\s|(?:Ủy|Uỷ)\s+viên\s"
    r"|(?:Tổng\s+)?Giám\s+đốc\s|Chánh\s|Chỉ\s+huy\s+trưởng\s|Thủ\s+trưởng\s|Hiệu\s+trưởng\s|Trạm\s+trưởng\s|Bí\s+thư\s)"
)
# The person before the post ("Ông Lê Văn Thảo, " / "Bà Vũ Thị Hoa - "), or
# the honorific alone before it ("Đồng chí Phó Chủ tịch …").
MEMBER_PERSON_OPENING = _regex(
    r"^(?i:ông|bà|đồng\s+chí|đ/c)\s+(?:(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:,|\s[-–])\s*)?"
)
# A committee member's post before the post heading a body ("Ủy viên UBND
# xã, Trưởng Công an xã", "Ủy viên Ban Thường vụ Huyện ủy - Trưởng Ban Dân
# vận"; in capitals as a heading: "ỦY VIÊN UBND PHƯỜNG, TRƯỞNG CÔNG AN
# PHƯỜNG"): the member is read by the body he heads.
MEMBER_OF_COMMITTEE_OPENING = _regex(r"^(?:Ủy\s+viên|Uỷ\s+viên|ỦY\s+VIÊN|UỶ\s+VIÊN)\s+[^,:;()\n]+?\s*(?:,|\s[-–])\s*(?=\p{Lu})")
# The person after the post ("Chủ tịch UBND xã - ông Nguyễn Văn An", "Phó
# Giám đốc Sở (bà Vũ Thị Hoa)").
MEMBER_PERSON_TAIL = _regex(
    r"\s*(?:,|\s[-–]|\()\s*(?i:ông|bà|đồng\s+chí|đ/c)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*\)?\s*$"
)
# The member's post in the committee, after the body's ("… huyện - Phó
# Trưởng ban thường trực", "- Thành viên", "(Ủy viên)", ", Trưởng Ban Chỉ
# đạo"): not the body's name.
MEMBER_ROLE_TAIL = _regex(
    r"(?:\s*(?:,|\s[-–])\s*|\s*\()(?i:(?:phó\s+)?trưởng\s+ban|phó\s+ban|(?:ủy|uỷ)\s+viên|thành\s+viên|tổ\s+(?:trưởng|phó)"
    r"|thư\s+ký|thường\s+trực)(?:\s+(?i:thường\s+trực))?(?:\s+[^()\n,;:]*)?\)?\s*$"
)
# A person's name closing a leader's post ("Phó Chủ tịch UBND xã Nguyễn Văn
# Hòa"): three to five capitalised words after the unit's word (its first a
# family name, checked in code).
MEMBER_TRAILING_NAME = _regex(
    r"(?<=\s(?i:tỉnh|huyện|xã|phường|thị\s+trấn|quận|thị\s+xã|thành\s+phố|UBND|nhân\s+dân))\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,4})\s*$"
)
# A post in a committee or team, named with no body after it: "Trưởng ban",
# "Phó Trưởng ban Thường trực", "Trưởng đoàn", "Tổ trưởng" (a steering
# committee's decision giving its members' duties). It is no body of its own:
# its duties are the committee's ("Trưởng ban Dân vận", "Trưởng phòng Nội vụ"
# name their bodies).
BARE_POST = _std(
    r"^(?:Phó\s+)?(?:Trưởng\s+(?:ban|tiểu\s+ban|phòng|đoàn|nhóm)|Tổ\s+trưởng|Đội\s+trưởng)(?:\s+[Tt]hường\s+trực)?$"
)
# A unit under a department, named by its own kind: a centre, a school, an
# institute, a hospital, a ministry's department (Cục, Tổng cục) or a Sở's, a station, a fund ("Trung tâm Văn
# hóa tỉnh", "Trường THCS Tân Thạch", "Chi cục Thủy sản", "Tổng cục Giáo dục nghề
# nghiệp", not the ministry its field's words name): a body of its own in
# its sector, not the department ("Trưởng …" is a head's title, not a school);
# so are several of them ("Các trường Mầm non, Tiểu học, THCS", "các trung tâm y tế").
# The heads of villages and residential groups: "Các trưởng thôn", "Trưởng các
# tổ dân phố", "Tổ trưởng tổ dân phố", "Trưởng khu" (with their tone marks:
# "trưởng" is no "trường", a school). The units are every region's words,
# data/organs.json's ``residential_units`` (not "khu công nghiệp", "khối thi đua").
def _village_head() -> str:
    return r"^(?i:(?:các\s+)?(?:tổ\s+)?trưởng\s+(?:các\s+)?(?:" + residential_words() + r"))\b"


VILLAGE_HEAD = _std(_village_head)


def residential_words() -> str:
    """The residential units' words as an alternation (data/organs.json's
    ``residential_units``, the one table of them), longest first, each with
    its ``not_before`` as a lookahead ("khu" not before "công nghiệp")."""
    from .tables import residential_units

    return "|".join(
        r"\s+".join(re.escape(w) for w in word.split())
        + (
            r"(?!\s+(?:" + "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in not_before) + r")\b)"
            if not_before
            else ""
        )
        for word, not_before in residential_units()
    )


# Residential units named by their kind alone, one or several: "Các bản",
# "các sóc" (accents read: no "Các sở"), "Các thôn, bản, tổ dân phố", "các
# khu dân cư" (data/organs.json's units; tried before the agencies' folded keys).
RESIDENTIAL_GROUP = _std(
    lambda: r"^(?i:các)\s+(?i:" + residential_words() + r")(?:\s*(?:,|và|,\s*và)\s*(?:(?i:các)\s+)?(?i:"
    + residential_words() + r"))*(?:\s+(?i:trên\s+địa\s+bàn|có\s+liên\s+quan|liên\s+quan))?\s*$"
)


# A residential unit and its name or number opening the rest of a header
# line's body, lowered ("thôn đồng xuân", "khu 5", "tổ dân phố số 3"): the
# Party cell of a village under its commune's Đảng bộ (organs.json's
# ``residential`` rows; its name capitalised in code).
def _residential_unit_named() -> str:
    return rf"(?P<word>{residential_words()})\s+(?P<name>(?:số\s+)?\w+(?:\s+\w+){{0,3}})$"


RESIDENTIAL_UNIT_NAMED = _std(_residential_unit_named)
# A team or board the text itself sets up: "Thành lập Đoàn kiểm tra, gồm các
# ông/bà …", "thành lập Tổ công tác liên ngành để …", "Thành lập Ban Chỉ đạo
# … như sau:": a body of its own, named so in the rest of the text ("Đoàn
# Kiểm tra có nhiệm vụ …"), its name as set up its canonical one (not "Tổ
# chức", "Ban hành", which are verbs).
SET_UP_TEAM = _regex(
    r"(?<!\p{L})(?i:thành\s+lập)\s+(?P<name>(?:(?i:đoàn|tiểu\s+ban|hội\s+đồng)|(?i:tổ)(?!\s+(?i:chức)\b)|(?i:ban)(?!\s+(?i:hành)\b))"
    r"\s+[^\W\d_][^\n,.;:()]{0,150}?)(?=\s*(?:[\n,.;:(]|(?i:gồm|để|do|với|có|thuộc|nhằm|như\s+sau|và)\b|$))"
)
# (not "Cục thuộc Bộ Y tế", "các Cục thuộc Bộ …": the ministry's, no named one)
# So are a project management board ("Ban Quản lý dự án giao thông" is not
# the Sở Xây dựng) and a named ministry's or department's office ("Văn phòng
# Bộ Lao động - Thương binh và Xã hội" is not the ministry; a provincial
# command's "Văn phòng Bộ Chỉ huy …" is none of them).
SERVICE_UNIT = _std(
    r"^(?:(?:[Cc]ác\s+)?(?:Trung\s+tâm|Trường|Viện|Bệnh\s+viện|Chi\s+cục|(?:Tổng\s+c|C)ục(?!\s+thuộc\b)|Đài|Quỹ)"
    r"|[Cc]ác\s+(?:trung\s+tâm|trường|bệnh\s+viện|chi\s+cục)"
    r"|Ban\s+[Qq]uản\s+lý\s+(?:các\s+)?dự\s+án|Văn\s+phòng\s+(?:Bộ|Sở)(?!\s+(?:Chỉ\s+huy|Tư\s+lệnh)))\s"
)
# One kind of body in units named one by one: "Ủy ban nhân dân các tỉnh Lâm
# Đồng, Khánh Hòa", "UBND các xã Tân An và Tân Hòa": one body per unit.
UNITS_NAMED = _regex(
    r"^(?P<organ>\p{Lu}(?:(?!\s(?i:các)\s)[^,;])*?)\s+(?i:các)\s+(?P<kind>(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)):?\s+"
    r"(?P<list>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}(?:\s*(?:,|\s(?i:và))\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})+)$"
)
UNITS_NAMED_SPLIT = _std(r"\s*,\s*|\s+và\s+")
# One kind of body of a class of units, then the members after a colon:
# "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái
# Bình" (a Công điện's addressees and items), "UBND các xã: Gia Phú, Bảo
# Thắng", "Sở Y tế các tỉnh: Lào Cai, Yên Bái và Hà Giang": one body per unit
# named, its kind the one of the class it is (see agencies.expand_units_listed).
# The list ends at its last capitalised name: a task's words follow in lower
# case ("… Nam Định tập trung chỉ đạo …"), or a mark. A capitalised word
# then a lower-case one opens a task, not a list: "Ủy ban nhân dân các xã,
# thị trấn: Xây dựng và tổ chức …".
_UNIT_LISTED_NAME = r"(?:\p{Lu}\p{L}*(?:(?:\s+|\s*[-–]\s*)\p{Lu}\p{L}*){0,4}|\d{1,2})"
UNITS_LISTED = _regex(
    r"^(?P<organ>\p{Lu}(?:(?!\s(?i:các)\s)[^,;:])*?)\s+(?i:các)\s+"
    rf"(?P<kinds>(?i:{_UNIT_KIND}(?:\s*,\s*{_UNIT_KIND})*))\s*:\s*(?!\p{{Lu}}\p{{Ll}}*\s+\p{{Ll}})"
    rf"(?P<list>{_UNIT_LISTED_NAME}(?:\s*(?:,|\s(?i:và))\s*{_UNIT_LISTED_NAME})*)(?=\s*(?:$|[:;.,(]|\p{{Ll}}))"
)
UNITS_LISTED_KINDS_SPLIT = _std(r"\s*,\s*")
# A government named bare before another body of its units: "Ủy ban nhân dân
# và Công an các huyện, thị xã", "Ủy ban nhân dân và Sở Y tế các tỉnh, thành
# phố trực thuộc Trung ương": the units named after the last are the first's too.
BARE_GOVERNMENT = _std(r"^(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)$")
# A Party committee's Ban, then bare committees: "Ban Tổ chức Tỉnh ủy, Thành
# ủy", "Ban Tuyên giáo và Dân vận Huyện ủy, Thành ủy": the Ban of each one.
PARTY_COMMITTEE_BAN = _std(r"^(?P<ban>Ban\s.+?)\s(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủ][yỷ]$")
BARE_PARTY_COMMITTEE = _std(r"^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủ][yỷ]$")
# One body's kind named for several levels at once: "Ủy ban nhân dân cấp
# tỉnh, cấp xã", "UBND cấp tỉnh, huyện", "Công an cấp huyện và cấp xã": the
# body of each level (each named "<organ> cấp <level>"; LEVEL_OF_SEVERAL splits them).
_LEVEL_WORD = r"(?:tỉnh|huyện|xã|trung\s+ương|cơ\s+sở)"
LEVELS_NAMED_TOGETHER = _regex(
    rf"^(?P<organ>\p{{Lu}}[^,;:]*?)\s+(?P<levels>(?i:cấp)\s+{_LEVEL_WORD}"
    rf"(?:\s*(?:,|\s(?i:và|hoặc))\s*(?:(?i:cấp)\s+)?{_LEVEL_WORD})+)$"
)
LEVEL_OF_SEVERAL = _regex(_LEVEL_WORD)
# The units such a name ends with (the first unit's word after the body's own).
UNITS_QUALIFIER = _std(r"\s(?P<units>(?:các\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)\b.*)$")
# Bodies named by their kind, then one by one in brackets: "Các chủ rừng (Ban
# Quản lý rừng phòng hộ Văn Bàn, Công ty TNHH MTV Lâm nghiệp Văn Bàn)": the
# bodies are the ones in brackets.
# A committee's name goes on with who sits on it, no part of the name: "Ban
# Tổ chức Đại hội do đồng chí Chủ tịch UBND xã làm Trưởng ban, …, thành viên
# là …", "Đoàn kiểm tra gồm đại diện Sở Y tế, …", "Tổ công tác có thành phần
# …": the name ends before "do … làm Trưởng ban", "gồm", "thành phần", ",
# thành viên là" (a body's words before them, checked in code: " do ",
# "gồm", "thành ").
COMPOSED_BODY = _regex(
    r"^(?P<name>(?:Ban|Tiểu\s+ban|Tổ|Hội\s+đồng|Đoàn|Nhóm)\s[^;:()\n]{1,100}?)"
    r"(?=\s+(?i:do\s+[^;:()\n]{1,120}?\s(?:làm|là)\s+(?:phó\s+)?(?:trưởng|tổ\s+trưởng|chủ\s+tịch)"
    r"|(?:bao\s+)?gồm|(?:có\s+)?thành\s+phần)\b|\s*,\s*(?i:(?:các\s+)?thành\s+viên\s+(?:là|gồm))\b)"
)
COMPOSED_BODY_WORDS = (" do ", "gồm", "thành ")  # (a test before it)
# The body that leads a committee's sub-unit, in a bracket after the
# sub-unit's name: "Tiểu ban Nội dung - Tuyên truyền (do Phòng Văn hóa - Xã
# hội chủ trì)", "Tổ Thư ký (Văn phòng UBND xã là thường trực)", "Tiểu ban
# Hậu cần (Văn phòng chủ trì)": the sub-unit is the item's body, the bracket's
# body leads its work (a person heading it, "(do đồng chí … làm Tổ trưởng)",
# or a post, "(Bí thư Đoàn xã là thường trực)", is no body). Only an event
# committee's sub-units delegate their work so: a Tiểu ban, a working team
# (Tổ / Nhóm thư ký, giúp việc, công tác, …), its organising or working
# boards (Ban Tổ chức, Ban Nội dung, Ban Hậu cần …); not a standing body, a
# union or council ("Đoàn Thanh niên xã (…)", "Ban Chỉ huy Quân sự xã (…)").
SUB_UNIT = _std(
    r"^(?:Tiểu\s+ban"
    r"|(?:Tổ|Nhóm)\s+(?i:thư\s+ký|giúp\s+việc|công\s+tác|phục\s+vụ|hậu\s+cần|lễ\s+tân|tuyên\s+truyền|kỹ\s+thuật|an\s+ninh|y\s+tế)"
    r"|Ban\s+(?i:tổ\s+chức|nội\s+dung|hậu\s+cần|khánh\s+tiết|lễ\s+tân|tuyên\s+truyền|thư\s+ký))(?!\w)"
)
# A committee, team, board or union whose name a lead bracket may follow
# ("Đoàn Thanh niên xã (Bí thư Đoàn xã là thường trực)"): the bracket is no
# part of its name, whether or not it gives the item a lead body.
BODY_BEFORE_LEAD_BRACKET = _std(r"^(?:Tiểu\s+ban|Tổ|Ban|Nhóm|Đoàn|Hội\s+đồng)\s")
SUB_UNIT_LEAD = _regex(
    r"\(\s*(?:(?i:do)\s+(?P<lead>\p{Lu}[^()\n]{2,120}?)\s+(?i:chủ\s+trì|phụ\s+trách|làm\s+(?:cơ\s+quan\s+)?thường\s+trực)"
    r"|(?P<standing>\p{Lu}[^()\n]{2,120}?)\s+(?i:là\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?:thường\s+trực|chủ\s+trì)|chủ\s+trì))\s*\)"
)
# A bracket after a body's name telling its role, in lower case, is no part
# of the name: "Phòng Nông nghiệp và Phát triển nông thôn (cơ quan thường
# trực Ban Chỉ huy …)"; an abbreviation in capitals is ("Phòng Cảnh sát … (PC06)").
DESCRIBING_BRACKET = _regex(r"[^\S\n]*\((?=[^\S\n]*\p{Ll})[^()\n]*\)")
GROUP_MEMBERS = _regex(r"^(?i:các)\s[^()\n]{2,60}?\s*\((?P<members>[^()\n]{3,200})\)")
# The same further on in a list, the bracket a list of names: "Ủy ban MTTQ xã
# và các đoàn thể chính trị - xã hội xã (Hội Nông dân, Đoàn Thanh niên)" (not
# an abbreviation, "(ĐTCT-XH)").
LISTED_GROUP_MEMBERS = _regex(
    r"(?<=(?:,|\svà)\s+)(?i:các)\s[^(),\n]{2,60}?\s*\((?P<members>\p{Lu}[^()\n]{2,200}?(?:,|\svà\s)[^()\n]+)\)"
)
# A working group set up by the text is named by its own words; the bracket
# after them holds its members or the unit running it, no second body: "Đoàn
# số 1 (Chi cục An toàn vệ sinh thực phẩm)", "Tổ công tác (Công an tỉnh)" (not
# "Đoàn Thanh niên …", a mass organisation).
TEAM_BRACKET = _regex(
    r"(?<=^(?:Đoàn|Tổ)\s+(?:(?i:số)\s+\d{1,2}|(?i:kiểm\s+tra|thanh\s+tra|công\s+tác|giám\s+sát|liên\s+ngành)\b[^()\n]{0,40}?))"
    r"[^\S\n]*\([^()\n]*\)"
)
# Role words.
# (not chairing a meeting: "Trưởng ban chủ trì các cuộc họp của Ban")
ROLE_LEAD = _regex(
    # (not "cơ quan / đơn vị chủ trì" as a name for a body, the object of
    # another word or a subject: "phối hợp với cơ quan chủ trì soạn thảo",
    # "xác định cơ quan chủ trì và thời hạn", "gửi đơn vị chủ trì", "Đơn vị
    # được Bộ trưởng … giao chủ trì …", a body defined by the lead it was
    # given; only a body said to be that leads: "X là / làm cơ quan chủ trì",
    # "X (cơ quan chủ trì)", "X với / giữ vai trò đơn vị chủ trì", "X là cơ
    # quan được … giao chủ trì")
    r"(?<!(?<!\b(?i:là|làm|vai\s+trò)\s+(?:(?i:các)\s+)?|\(\s*)\b(?i:cơ\s+quan|đơn\s+vị)"
    r"(?:\s+(?i:được)\s[^,;.:\n]{0,80}?\b(?i:giao))?\s)"
    r"(?i:chủ\s+trì(?!\s+(?:(?:các|một\s+số)\s+)?(?:cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|hội\s+nghị|họp))"
    # (not another body's role: "bảo đảm vai trò đầu mối của Ban quản lý KKT")
    r"|cơ\s+quan\s+thường\s+trực|(?<!vai\s+trò\s)đầu\s+mối|vai\s+trò\s+đầu\s+mối(?!\s+của\b))"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS; it
# is tried only where one starts in an item's text, hundreds of characters)
ROLE_LEAD_OPENING_WORDS = ("chủ", "cơ", "vai", "đầu")
ROLE_SUPPORT = _std(r"(?i:phối\s+hợp)")
# Support that names whom it is done with: "phối hợp (chặt chẽ) với chính
# quyền địa phương …", "Phối hợp với Sở Y tế …" (at a clause's start).
SUPPORT_WITH = _std(r"(?i:phối\s+hợp)(?:\s+(?i:chặt\s+chẽ|thường\s+xuyên|tích\s+cực|kịp\s+thời))?\s+(?i:với)\s")
# Where the words on whom support work is done with end, when they follow the
# work's object ("phối hợp xử lý chồng chéo với các cơ quan khác, trường hợp
# …"): a clause's mark.
PARTNER_PHRASE_END = _std(r"[,;.:()]")
# A partner named by its field, capitalised: "(phối hợp với) ngành Giáo dục
# và Đào tạo", "ngành Y tế" (that field's body, not bodies named generically).
SECTOR_PARTNER = _regex(r"(?:các\s+)?(?i:ngành)\s+\p{Lu}")
# The lead's role right before the bodies it works with: "Chủ trì, phối hợp
# với Sở Y tế …", "chủ trì phối hợp Bộ Tư pháp …" (searched up to "phối hợp").
LEAD_BEFORE_PARTNERS = _regex(r"(?i:chủ\s+trì)[\s,]*$")
# A name of the lower governments of one kind only, where their level holds
# several ("UBND các phường", "Chủ tịch UBND các xã", "Ủy ban nhân dân các thị
# trấn", "UBND các quận"): that subset, not the level's whole ("UBND các xã,
# phường", "các huyện, thành phố" name the level; "các thành phố" alone may be
# a province's cities or the centrally run ones: the level's).
ONE_KIND_OF_UNITS = _std(
    r"^(?:UBND|(?i:ủy|uỷ)\s+(?i:ban\s+nhân\s+dân))\s+(?i:các)\s+(?P<kind>(?i:xã|phường|thị\s+trấn|đặc\s+khu|quận|huyện|thị\s+xã))\b"
    r"(?!\s+hội)(?!\s*(?:,|/|-|–|(?i:và|hoặc))\s*(?:(?i:các)\s+)?(?i:xã|phường|thị\s+trấn|đặc\s+khu|quận|huyện|thị\s+xã|thành\s+phố)\b)"
)
# Where a clause of a task ends: at ";", or at a sentence's end ("Chủ trì
# xây dựng trường học không khói thuốc lá; phối hợp với Sở Y tế thực hiện chỉ
# tiêu 3": two clauses, each with its own role).
TASK_CLAUSE_END = _regex(r";\s*|(?<=\p{Ll})\.\s+(?=\p{Lu})")
# A task is one duty: one verb phrase and its object. A clause after ";" or a
# sentence's end in a body's task that opens with a duty's verb ("…; phân
# công công chức địa chính thu thập …", "… . Tổng hợp, báo cáo kết quả …"),
# maybe after a word of manner ("kịp thời báo cáo", "định kỳ hằng quý báo
# cáo"), is another task. A clause opening otherwise goes on with the duty
# before: more objects of its verb ("…; hóa chất … bị tịch thu"), a provision
# cited ("…; điểm c khoản 2 Điều 4"), a figure, a condition or time
# ("…; trường hợp …", "…; hoàn thành trước ngày 15/5", "…; hoàn thành bộ
# tài liệu trong quý II/2026", "Trong quá trình …"),
# a noun subject ("Dự án chỉ được …"). "tổ chức" is a verb, not "tổ chức, cá
# nhân"; "hoàn thành" alone with its time closes the duty before. A
# one-syllable verb is none where the next syllable makes a noun of it: "cử
# tri", "cử nhân", "cử chỉ", "cử tuyển", "trình độ", "trình tự", "lập trường",
# "lập pháp", "lập quy" ("gửi" opens no noun); nor is a verb before "viên",
# the person doing it ("báo cáo viên", "tuyên truyền viên", "thanh tra viên").
_DUTY_VERBS = (
    r"tham\s+mưu|chủ\s+trì|phối\s+hợp|(?:tổ\s+chức(?!\s*,?\s*(?:cá\s+nhân|xã\s+hội|chính\s+trị|đoàn\s+thể|thành\s+viên|đảng|tín\s+dụng)))"
    r"|triển\s+khai|thực\s+hiện|hướng\s+dẫn|kiểm\s+tra|đôn\s+đốc|theo\s+dõi|tổng\s+hợp|báo\s+cáo|tuyên\s+truyền"
    r"|vận\s+động|rà\s+soát|xây\s+dựng|ban\s+hành|bố\s+trí|bảo\s+đảm|đảm\s+bảo|cung\s+cấp|phân\s+công|chỉ\s+đạo"
    r"|quản\s+lý|cập\s+nhật|niêm\s+yết|thông\s+báo|gửi|xác\s+minh|lập(?!\s+(?:trường|pháp|quy)\b)|thu\s+thập|đối\s+chiếu|chỉnh\s+lý|hỗ\s+trợ"
    r"|tăng\s+cường|đẩy\s+mạnh|nâng\s+cao|duy\s+trì|giám\s+sát|phát\s+hiện|xử\s+lý|tiếp\s+nhận|giải\s+quyết|làm\s+tốt|làm\s+sạch"
    r"|chuẩn\s+bị|phổ\s+biến|quán\s+triệt|tập\s+huấn|bồi\s+dưỡng|đề\s+xuất|trình(?!\s+(?:độ|tự)\b)|kiện\s+toàn|nắm\s+bắt|nghiên\s+cứu"
    r"|hoàn\s+thiện|hoàn\s+chỉnh|số\s+hóa|vận\s+hành|thẩm\s+định|thẩm\s+tra|phê\s+duyệt|khảo\s+sát|đánh\s+giá"
    r"|sơ\s+kết|tổng\s+kết|chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm|phát\s+động|khen\s+thưởng|huy\s+động|lồng\s+ghép"
    r"|ứng\s+dụng|bàn\s+giao|kiểm\s+soát|thanh\s+tra|điều\s+tra|thành\s+lập|tham\s+gia|phân\s+bổ|cân\s+đối|tuần\s+tra"
    r"|ứng\s+phó|khắc\s+phục|ngăn\s+chặn|bảo\s+vệ|bảo\s+quản|lưu\s+trữ|công\s+bố|công\s+khai|thúc\s+đẩy|tập\s+trung"
    r"|nhân\s+rộng|tiếp\s+thu|góp\s+ý|lấy\s+ý\s+kiến|sửa\s+đổi|điều\s+chỉnh|tuân\s+thủ|chấp\s+hành|cử(?!\s+(?:tri|nhân|chỉ|tuyển)\b)|đăng\s+ký"
    # (setting an example, shortening, raising, opening a column: "Các đảng
    # viên trong chi bộ gương mẫu thực hiện …", "… xã rút ngắn thời gian …",
    # "… nâng tỷ lệ hồ sơ …", "… Phú Thọ mở chuyên trang …")
    r"|gương\s+mẫu|rút\s+ngắn|nâng(?=\s+(?:tỷ|tỉ|mức|chất|số|thời|hiệu))|mở(?=\s+(?:chuyên|các|chương|trang|lớp|đợt|cuộc|rộng|tài\s+khoản))"
    r"|hoàn\s+thành(?!\s+(?:trước|trong|chậm|ngay|vào|xong|\d)|\s*[.;,]|\s*$"
    # (nor with a short object, the product of the duty before, and its time
    # closing the clause: "…; hoàn thành bộ tài liệu trong quý II/2026.")
    r"|(?:[^\S\n]+[^\W\d_]+){1,5}?[^\S\n]+(?:trước|trong|chậm\s+nhất|vào)[^\S\n]+(?:ngày|tháng|quý|năm|\d)[^;:\n]{0,30}$)"
)
DUTY_OPENING = _std(
    r"^(?i:(?:(?:đồng\s+thời|kịp\s+thời|thường\s+xuyên|khẩn\s+trương|chủ\s+động|tích\s+cực|nghiêm\s+túc|tiếp\s+tục|phải|cần"
    r"|định\s+kỳ(?:\s+(?:hằng|hàng)\s+\w+|\s+\d+\s+tháng(?:\s*,\s*(?:hằng\s+)?năm)?)?)\s*,?\s+)*"
    r"(?:" + _DUTY_VERBS + r"))\b(?!\s+(?i:viên)\b)"
)
# The same right after the body's name, with what binds it: "Thanh tra tỉnh
# phối hợp với Sở Nội vụ …", "Bộ Tư pháp có trách nhiệm phối hợp với …"
# (matched after the name).
# Not when the bodies it works with are all the others, unnamed: "Bộ Tài
# chính phối hợp với các bộ, cơ quan tổng hợp …" does the work itself.
# (past a filler on its remit: "A theo chức năng, nhiệm vụ (được giao) phối hợp với …")
ROLE_SUPPORT_AFTER_NAME = _regex(
    r"[ \t]*[,:]?[ \t]*(?:(?i:theo\s+chức\s+năng,?\s+nhiệm\s+vụ)(?:\s+(?i:được\s+giao|của\s+mình))?,?\s+)?"
    r"(?:(?i:có|chịu)\s+(?i:trách\s+nhiệm)\s+)?(?i:phối\s+hợp)\b"
    r"(?!\s+(?:(?i:với)\s+)?(?i:các|cơ\s+quan|đơn\s+vị|địa\s+phương|ngành)\b)"
)
# "Giao Sở X chủ trì, phối hợp với …" anywhere in the text.
# The body is capitalised, or is an internal unit written with its noun in
# lower case before its capitalised name ("Giao phòng Quản lý công nghiệp tổ
# chức huấn luyện …"). The verb after it is in lower case, the same words
# capitalised being part of a name ("Giao Ban Tổ chức Tỉnh ủy chủ trì …"),
# unless it opens the next line ("2. Giao Sở Xây dựng" / "Chủ trì, …").
_TASK_VERB = (
    r"chủ\s+trì|làm\s+đầu\s+mối|phối\s+hợp|có\s+trách\s+nhiệm|theo\s+dõi|tổ\s+chức"
    r"|triển\s+khai|thực\s+hiện|tham\s+mưu|căn\s+cứ\s+chức\s+năng|kiểm\s+tra|giám\s+sát|hướng\s+dẫn"
    r"|tổng\s+hợp|xây\s+dựng|rà\s+soát|nghiên\s+cứu|đôn\s+đốc|hỗ\s+trợ|bố\s+trí|đăng\s+tải"
    # (a meeting's preparation, in an invitation or a notice: "Giao Sở Khoa
    # học và Công nghệ chuẩn bị báo cáo …, gửi … trước 16 giờ ngày …")
    r"|chuẩn\s+bị|báo\s+cáo|đánh\s+giá"
)
GIVE_TASK = _regex(
    # ("về việc giao Sở Y tế …" names a giving, in a cited document's subject)
    # several bodies listed: "Giao Sở Công Thương, Công an tỉnh, UBND xã X căn cứ chức năng …"
    # (capitalised after a word, a place's name: "Hạt Quản lý đê Giao Thủy, Điện lực …")
    # (a commune's civil servant by field, in lower case: "giao công chức Văn hóa - Xã hội chủ trì …")
    r"(?<!(?i:việc)\s)\b(?:giao|GIAO|(?<!\p{L}[^\S\n]{1,3})Giao)\s+(?P<agency>(?:(?:phòng|ban|tổ|đội|trung\s+tâm|chi\s+cục|văn\s+phòng|công\s+chức)\s+)?\p{Lu}[^,;:.\n]{2,90}?"
    r"(?:,\s*\p{Lu}[^,;:.\n]{2,90}?){0,8})"
    rf"(?:[^\S\n]*\n\s*(?=(?i:{_TASK_VERB}))|[^\S\n]+(?={_TASK_VERB}))"
)
# Its word, looked up in the lowered text before the pattern is tried.
GIVE_TASK_WORD = "giao"
# A giving told as done, in its sentence: "… đã giao …", "… vừa giao …" (a
# report's account, no task of its own).
NARRATED_GIVING = _regex(r"\b(?i:đã|vừa)\s+(?:(?i:chỉ\s+đạo|ban\s+hành\s+[^.;\n]{0,80}?)[,\s]+)?(?i:giao)\b")
# A class of organisations named by its generic kinds, in a letter's text or
# addressees: "các tổ chức, cá nhân, doanh nghiệp", "Các đơn vị", "các cơ sở";
# the words after it qualify the class by the activity its members carry on
# ("… hoạt động hóa chất trên địa bàn tỉnh").
_FIRM_KIND = r"(?:tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|đơn\s+vị|cơ\s+sở|hộ\s+kinh\s+doanh)"
FIRM_CLASS = _regex(rf"^(?i:các\s+)?(?i:{_FIRM_KIND}(?:\s*,\s*|\s+và\s+|\s+)?)+")
# The words of such a class's qualifier that tell no activity apart: its
# linking words ("có hoạt động liên quan đến hoạt động VLNCN" is "VLNCN"), and
# its place or scope ("… trên địa bàn tỉnh", "… thuộc lĩnh vực, địa bàn quản
# lý", "… có liên quan"), which any of the text's phrases for it may drop.
FIRM_CLASS_SCOPE = _regex(
    r"(?i:\s*\b(?:trên\s+địa\s+bàn|thuộc\s+(?:lĩnh\s+vực|phạm\s+vi|địa\s+bàn)|tại\s+địa\s+phương|có\s+liên\s+quan)\b.*$)"
)
# ... and an abbreviation defined in brackets beside its activity ("thuốc
# bảo vệ thực vật (TBVTV)"), which the text's other phrases for it drop.
FIRM_CLASS_BRACKET = _std(r"\([^()]*\)")
FIRM_CLASS_LINKS = _regex(r"(?i:\b(?:có|hoạt\s+động|liên\s+quan(?:\s+đến|\s+tới)?|tham\s+gia)\b)")
# A bullet that only names a document, its title after its number: "-
# Nghị định số 24/2026/NĐ-CP ngày 17 tháng 01 năm 2026 của Chính phủ quy định
# …", "- Luật Hóa chất số 69/2025/QH15", a Party text's "- Nghị quyết số
# 57-NQ/TW ngày … của Bộ Chính trị …", "- Hướng dẫn số 12/HD-BYT …",
# "- Thông báo kết luận số 45-TB/TU …". Under "… nghiên cứu các văn bản
# sau:" such bullets are the lead-in task's object, no tasks of their own.
# (The kinds' first letters gate it: assignments._DOCUMENT_ITEM_INITIALS.)
DOCUMENT_ITEM = _std(
    r"^(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định"
    r"|Chỉ\s+thị|Công\s+văn|Văn\s+bản|Kế\s+hoạch|Thông\s+báo|Chương\s+trình|Kết\s+luận)(?:\s[^\d:;\n]{0,80}?)?"
    # (a verb too, "Hướng dẫn các xã thực hiện Kế hoạch số …": a text so
    # named has its number right after, "Hướng dẫn số 12/HD-BYT")
    r"|Hướng\s+dẫn|Quy\s+định)"
    # (its number and symbol, "24/2026/NĐ-CP", "502/UBND-KT", a Party
    # text's "57-NQ/TW", "25-CTr/TU": not a date's "30/6/2024")
    r"\s+(?:số\s+)?\d{1,5}(?:/(?:\d{4}/)?|-[A-ZĐ][A-ZĐa-z]*/)[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*\b[^:]*$"
)
# Giving retold from a cited document: "Thực hiện ý kiến chỉ đạo … tại Văn
# bản số 916/VPUBND-KT ngày …, trong đó giao Sở Công Thương chủ trì …" (also
# "theo đó"): the cited document's assignment, none of the citing text's.
# Matched from the sentence's start up to the giving word.
RETOLD_GIVING = _regex(
    r"\b(?i:số)\s+\d[^\s,;]*/[^.;\n]{0,300}?,\s*(?i:trong|theo)\s+đó,?\s+(?:(?i:đã|có\s+nội\s+dung)\s+)?$"
)
# Giving asked of another, not done by the document: "Đề nghị UBND tỉnh giao
# Sở Tài chính tham mưu …" (the body asked is requested; the one it would
# give the task to is no assignee of this text).
REQUESTED_GIVING = _regex(r"(?i:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s+\p{Lu}[^.;\n]{0,80}?\s(?i:giao)\s+$")
# A sentence's end: a full stop before a space or the text's end (not the
# thousands' dot of "5.200 triệu đồng").
SENTENCE_END = _std(r"\.(?=\s|$)")
# A letter asking a body to act, in its own words: "Sở Công Thương đề nghị các
# đơn vị … khẩn trương rà soát …", "Cục Hóa chất đề nghị Sở Công Thương tỉnh
# Quảng Ngãi …", "… yêu cầu Công ty thực hiện …". Not the noun: "về việc đề
# nghị …", "hồ sơ đề nghị …", "Văn bản đề nghị …", "Phiếu đề nghị …".
# What a body a letter is sent to ("kính gửi X …") is asked to do with it.
_SENT_FOR = r"(?:tổng\s+hợp|xem\s+xét|cho\s+ý\s+kiến|có\s+ý\s+kiến|phê\s+duyệt|quyết\s+định|giải\s+quyết|theo\s+dõi)"
LETTER_REQUEST = _regex(
    # (a report asks its superior by "kiến nghị": "Kiến nghị Sở Giáo dục và Đào tạo …")
    # (and "đề xuất Bộ Công Thương … như sau:", proposing to a body above)
    # (and a submission's own: "Kính trình Lãnh đạo Cục xem xét, ký …", after "kính" only)
    r"(?<!\b(?i:việc|sơ|bản|văn|trình|đơn|giấy|phiếu|theo|có|các)\s)\b(?P<verb>(?i:đề\s+nghị|yêu\s+cầu|kiến\s+nghị|đề\s+xuất)"
    r"|(?<=(?i:kính)\s)(?i:trình)(?=\s+\p{Lu}[^,;.:\n]{0,60}?\s(?:xem\s+xét|ký|phê\s+duyệt|quyết\s+định|cho\s+ý\s+kiến)\b)"
    # (and a letter's closing sending its content to a body to act on: "Sở
    # Công Thương kính gửi Cục Hóa chất tổng hợp./.", "… kính gửi Sở Tài chính
    # xem xét, cho ý kiến./."; not the addressee line, "Kính gửi: …")
    r"|(?<=(?i:kính)\s)(?i:gửi)(?=\s+\p{Lu}[^,;.:\n]{0,60}?\s" + _SENT_FOR + r"\b)"
    # (and what a letter is sent for, to its addressee by "Quý": "Trên đây là ý
    # kiến của Cục … để Quý Sở nghiên cứu, thực hiện./." (not "để Quý Sở biết",
    # told only: checked in code)
    r"|(?<=\s)(?i:để)(?=\s+Quý\s))\s+"
    # (the body named, or referred back to: "đơn vị nêu trên", "các đơn vị trên";
    # or the project's investor, "đề nghị chủ đầu tư thực hiện …"; or the one
    # addressee, a locality's body, by "địa phương": "đề nghị địa phương căn cứ …")
    r"(?=(?:Quý\s+)?\p{Lu}|các\s|(?:đơn\s+vị|công\s+ty|doanh\s+nghiệp)\s+(?:nêu\s+)?trên\b|chủ\s+đầu\s+tư\b"
    r"|địa\s+phương\s(?!(?:nơi|có|đã|mình|khác|và)\b))"
)
# The addressee referred to as "địa phương" right after a request's verb ("đề
# nghị địa phương căn cứ …").
LOCALITY_ADDRESSEE = _regex(r"địa\s+phương(?=\s)")
# The superior a submission is put before ("kính trình" in LETTER_REQUEST),
# to its verb of deciding: "Lãnh đạo Cục" in "Kính trình Lãnh đạo Cục xem xét,
# ký ban hành …" (not what is put before it: "kính trình Lãnh đạo Cục hồ sơ …").
SUBMITTED_TO = _regex(r"(?P<body>\p{Lu}[^,;.:\n]{0,60}?)\s(?:xem\s+xét|ký|phê\s+duyệt|quyết\s+định|cho\s+ý\s+kiến)\b")
# ... and the body a letter's closing sends it to ("kính gửi" in
# LETTER_REQUEST): "Cục Hóa chất" in "kính gửi Cục Hóa chất tổng hợp./.";
# the purpose's "để" and a "được biết (và)" told first are no part of the
# body: "kính gửi Sở Tài chính để tổng hợp", "… Cục Hóa chất được biết và
# theo dõi".
SENT_TO = _regex(
    r"(?P<body>\p{Lu}[^,;.:\n]{0,60}?)(?:\s+để|\s+được\s+biết(?:\s*,|\s+và)?)?\s" + _SENT_FOR + r"\b"
)
# A signer's title closing a request's line, before the unit and the person's
# name a form's cell runs on with ("… Kính trình Lãnh đạo Cục ký văn bản
# Trưởng phòng QLHC Đỗ Thanh Hà": the signing head of the unit asking, or a
# deputy, "Phó Trưởng phòng …"); capitalised as a signature is, and at most
# ten words from the line's end (the name checked by its family name).
# A title right after a word that governs it is the request's object, no
# signature: a verb taking a person ("báo cáo Chủ tịch UBND tỉnh …", "trình
# Giám đốc Sở …", "tham mưu Chủ tịch …", "đề nghị …", "xin ý kiến …") or a
# preposition ("tham mưu cho Chủ tịch UBND xã …", "gửi về Giám đốc …", "phối
# hợp với Trưởng phòng …", "theo chỉ đạo của Chủ tịch …", "chịu trách nhiệm
# trước Chủ tịch …"); a signer's run-on follows the request's own last word
# ("… ký văn bản Trưởng phòng QLHC …"). "Phó" is skipped back over
# ("báo cáo Phó Chủ tịch …").
SIGNER_TITLE_GOVERNORS = (
    r"cho|về|với|của|trước|đến|tới|gửi|trình|báo\s+cáo|tham\s+mưu|xin\s+ý\s+kiến"
    r"|đề\s+nghị|kiến\s+nghị|đề\s+xuất|yêu\s+cầu|giao|mời|và"
)
SIGNER_TITLE_TAIL = _regex(
    r"(?<!\b(?i:" + SIGNER_TITLE_GOVERNORS + r")(?:\s+Phó)?)"
    r"\s(?:Phó\s+)?(?:Trưởng\s+phòng|Phó\s+phòng|Giám\s+đốc|Cục\s+trưởng|Vụ\s+trưởng|"
    r"Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra|Chủ\s+tịch|Trưởng\s+ban|Chi\s+cục\s+trưởng|Tổng\s+cục\s+trưởng|"
    r"Hiệu\s+trưởng|Thủ\s+trưởng)(?=(?:\s+\S+){2,10}\s*$)"
)
# What a letter's closing formula asks of the bodies it names by their kind,
# to its end mark: to heed and carry it out, no task of its own ("… đề nghị
# các cơ quan, đơn vị, địa phương quan tâm triển khai thực hiện./."), its
# sanction clause too ("…; trường hợp chậm trễ, Thủ trưởng … chịu trách nhiệm …./.").
COURTESY_TASK = _regex(
    r"(?:[\s,]+(?:quan\s+tâm|nghiêm\s+túc|khẩn\s+trương|phối\s+hợp|chỉ\s+đạo|tổ\s+chức|triển\s+khai"
    r"|thực\s+hiện|biết|và|để|cùng|có\s+liên\s+quan|liên\s+quan"
    # ("… biết, thực hiện và chịu trách nhiệm theo quy định pháp luật./.")
    r"|chịu\s+trách\s+nhiệm(?:\s+trước\s+pháp\s+luật|\s+theo\s+(?:đúng\s+)?quy\s+định(?:\s+của)?\s+pháp\s+luật)?))+"
    r"(?:\s*[;,.]\s*(?i:trường\s+hợp|nếu|nơi\s+nào|đơn\s+vị\s+nào|cơ\s+quan\s+nào)\b[^;]*?\bchịu\s+trách\s+nhiệm\b[^;]*?)?"
    r"\s*\./\.\s*$"
)
# What a closing formula asks of the superior a text goes up to, to its end
# mark: only to consider (and direct, decide) what the text says, no task of
# its own ("Sở Công Thương kính đề nghị UBND tỉnh xem xét, chỉ đạo./.").
SUPERIOR_CLOSING_ASK = _regex(
    r"\s*(?:xem\s+xét|cho\s+ý\s+kiến|có\s+ý\s+kiến)(?:(?:\s*,\s*|\s+và\s+)(?:xem\s+xét|chỉ\s+đạo|quyết\s+định"
    r"|cho\s+ý\s+kiến|có\s+ý\s+kiến|phê\s+duyệt|giải\s+quyết))*\s*\./\.\s*$"
)
# A body named only by its kind, as a letter names its addressee: "Công ty",
# "Quý cơ quan", "Quý Sở", "đơn vị".
ADDRESSEE_REFERENCE = _regex(
    r"^(?:(?i:quý)\s+)?(?i:công\s+ty|cơ\s+quan|đơn\s+vị|sở|doanh\s+nghiệp|hợp\s+tác\s+xã|chi\s+nhánh|ủy\s+ban|uỷ\s+ban"
    r"|địa\s+phương)$"
)
# The addressees named by their kind, one or several ("đơn vị", "các đơn
# vị", "Công ty"): asked in a letter's sentence, they are its addressees.
ADDRESSEES_BY_KIND = _regex(
    r"^(?:(?i:các)\s+)?(?:(?i:quý)\s+)?(?i:công\s+ty|cơ\s+quan|đơn\s+vị|sở|doanh\s+nghiệp|hợp\s+tác\s+xã|chi\s+nhánh|ủy\s+ban|uỷ\s+ban)$"
)
# The bodies a closing formula names by their kinds alone, one or several, no
# proper name among them: "các cơ quan, đơn vị, địa phương", "các địa
# phương", "các sở, ban, ngành liên quan", a commune's "các cơ quan, đơn vị,
# thôn" / "… tổ dân phố" (its villages and quarters by their kind) (the
# letter's addressees, no group of their own; "các đơn vị hoạt động vật liệu
# nổ …" is one).
# (the units' words are data/organs.json's ``residential_units``: "xóm",
# "khu dân cư", "khối phố", "khóm" too)
def _generic_kind() -> str:
    return r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|sở|ban|ngành|cấp|tổ\s+chức|doanh\s+nghiệp|cá\s+nhân|" + residential_words() + ")"


GENERIC_ADDRESSEES = _regex(
    lambda: r"^(?i:các)\s+" + _generic_kind() + r"(?:\s*(?:,|và|,\s*và)\s*(?:các\s+)?" + _generic_kind() + r")*"
    r"(?:\s+(?:có\s+)?liên\s+quan)?$"
)
# A notice telling a body to act on it: "… thông báo cho Công ty X được biết và
# triển khai thực hiện", "… thông báo để UBND xã A biết, thực hiện" (told only
# "để biết", it has nothing to do).
INFORMED_TO_ACT = _regex(
    # (a group of one kind too: "thông báo cho các đơn vị hoạt động vật liệu nổ
    # công nghiệp trên địa bàn tỉnh được biết và triển khai thực hiện")
    # (a comma inside a name too, "Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai -
    # VIMICO", or between several: read apart in code)
    r"\b(?i:thông\s+báo)\s+(?:cho|để|đến|tới)\s+(?P<body>(?:(?i:quý)\s+)?(?:\p{Lu}|các\s+\p{Ll})[^;.\n]{1,100}?)\s+(?:(?:được|để)\s+)?biết"
    # what it is to do after knowing: "… biết và thực hiện", "… biết, khẩn
    # trương bổ sung hồ sơ …", "… được biết để triển khai …" (a verb in lower case)
    r"(?:\s*,\s*|\s+và\s+|(?<=được\s+biết)\s+để\s+)(?!(?:được\s+)?biết\b)\p{Ll}"
)
# A letter's sentence giving a body its duty: "Chi nhánh … chịu trách nhiệm
# trước pháp luật về …", "Sở Công Thương có trách nhiệm hướng dẫn …", a
# licence's "Công ty TNHH X phải có trách nhiệm duy trì …" (matched at a
# sentence's start or a clause's after ";").
LETTER_DUTY = _regex(r"(?P<body>\p{Lu}[^,;:.()\n]{2,90}?)\s+(?:phải\s+)?(?:có|chịu)\s+trách\s+nhiệm\s+(?=\p{Ll})")
# A letter's clause whose subject is its addressee named by its kind, bound
# by a modal of obligation: "Công ty cần phải khẩn trương …", "…; đặc biệt
# Công ty phải …", "Quý cơ quan có trách nhiệm …" (matched at a sentence's or
# clause's start; not what it may do, "Công ty chỉ được phép …", nor what it
# has not done, "Công ty chưa …").
_ADDRESSEE_KIND = (
    r"(?:(?i:quý)\s+(?i:công\s+ty|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|hợp\s+tác\s+xã|chi\s+nhánh)"
    r"|Công\s+ty|Cơ\s+quan|Đơn\s+vị|Doanh\s+nghiệp|Hợp\s+tác\s+xã|Chi\s+nhánh)"
)
ADDRESSEE_OBLIGED = _regex(
    r"\s*(?:(?i:đặc\s+biệt|đồng\s+thời|do\s+đó|vì\s+vậy|theo\s+đó)\s*,?\s+)?"
    rf"(?P<body>{_ADDRESSEE_KIND})"
    r"\s+(?:cần\s+phải|phải|cần|có\s+trách\s+nhiệm)\s+(?=\p{Ll})"
)
# That addressee by its kind alone, owning a deadline its sentence gives: "Công
# ty có trách nhiệm báo cáo … trước ngày …" (not "Sở", which in a Sở's letter
# is the issuer itself).
ADDRESSEE_KIND = _regex(rf"^{_ADDRESSEE_KIND}$")
# What a superior is asked "để X …" for, no task of X's own ("báo cáo để UBND
# tỉnh xem xét, chỉ đạo", "để Công ty biết").
SUPERIOR_PURPOSE = _regex(r"(?:được\s+)?(?:biết|xem\s+xét|theo\s+dõi|nắm|chỉ\s+đạo|cho\s+ý\s+kiến|có\s+ý\s+kiến)\b")
# The addressee named by "Quý" and its kind alone, before the verb asked of
# it: "đề nghị Quý Sở nghiên cứu …", "Quý cơ quan", "Quý Công ty" (its words
# are no name, so a name's reading would run on into the verb).
HONORIFIC_ADDRESSEE = _regex(
    r"(?i:quý)\s+(?i:công\s+ty|cơ\s+quan|đơn\s+vị|sở|ủy\s+ban|uỷ\s+ban|bộ|ban|doanh\s+nghiệp|hợp\s+tác\s+xã|chi\s+nhánh|địa\s+phương)\b"
    r"(?!\s+\p{Lu})"
)
# One body referred back to, in an item about it: "đơn vị nêu trên", "Công ty
# trên" (not "các đơn vị nêu trên": several, named before).
BACK_REFERENCE = _regex(
    r"^(?i:đơn\s+vị|công\s+ty|doanh\s+nghiệp|cơ\s+sở|cơ\s+quan)\s+(?:nêu\s+)?trên$"
)
# Units named by the generic word alone, "(các) đơn vị", "các đơn vị (có) liên
# quan": in a letter or notice they are those it speaks to (its addressees) or
# of (the firms named before, an item's "Đối với X").
ANY_UNITS = _regex(r"^(?i:(?:các\s+)?đơn\s+vị(?:\s*,\s*(?:tổ\s+chức|cá\s+nhân))*(?:\s+(?:có\s+)?liên\s+quan)?)$")
# A firm named in the text by its form and name: "Công ty TNHH Hiệp Phú (Gói
# thầu …)", "Tổng công ty Xây dựng Trường Sơn;", the name ending at a bracket
# or a clause's mark (the bodies "đơn vị nêu trên" points back to).
NAMED_FIRM = _regex(r"\b(?:Tổng\s+[Cc]ông\s+ty|Công\s+ty|Hợp\s+tác\s+xã)(?:\s+[^\s;:,()\n.]+){1,14}")
# A class counted before its noun, "03 đơn vị sử dụng hóa chất": the class is
# "các đơn vị sử dụng hóa chất".
COUNTED_CLASS = _regex(r"^(?:\d+|một|hai|ba|bốn|năm)\s+(?=(?i:đơn\s+vị|doanh\s+nghiệp|cơ\s+sở|công\s+ty|tổ\s+chức)\b)")
# What an item of a notice or a letter is about, in its heading or opening its
# text: "1. Đối với Công ty TNHH X" / "a) Đối với Công ty X: yêu cầu đơn vị …".
# The requests under it that name a body by its kind ("Công ty", "đơn vị nêu
# trên") ask that body.
ITEM_CONCERNS = _regex(r"(?:^|\n)[-+•\s]*(?i:đối\s+với)\s+(?P<body>[^:;\n]{3,160}?)\s*(?=[:;]|\n|$)")
# A count before the kind of the bodies it counts: "03 đơn vị sử dụng hóa
# chất", "01 đơn vị kinh doanh …".
LEADING_COUNT = _regex(r"\d{1,3}\s+(?=\p{Ll})")
# Indicator numbers tied to an agency: "các chỉ tiêu 1, 2, 12 …", "chỉ tiêu 19",
# "chỉ tiêu 3 - 5", "từ chỉ tiêu 3 đến chỉ tiêu 10", "chỉ tiêu 1.2" (within a group).
# Indicators listed by "(1)" or by letter ("chỉ tiêu (1) đến (9)", "chỉ tiêu a,
# b, c") are tied the same way.
_INDICATOR_ID = r"(?:\(?\d{1,3}(?:\.\d{1,3})?\)?|[a-hđ]\b)"
# A number with a unit after it is the target's value, no indicator's
# number: "bảo đảm chỉ tiêu 96%", "chưa đạt chỉ tiêu 70 %", "chỉ tiêu 50 tỷ đồng".
# Indicators named by the points of the part listing them: "các chỉ tiêu tại
# điểm b, điểm c khoản 2 Mục II Kế hoạch này", "chỉ tiêu nêu tại điểm a, b".
_INDICATOR_POINT = r"(?:(?i:điểm)\s+)?"
INDICATOR_REFS = _regex(
    r"(?i:chỉ\s+tiêu)\s+(?:(?i:số)\s+|(?:(?i:nêu|quy\s+định)\s+)?(?i:tại|ở)\s+(?=(?i:điểm)\s))?(?P<list>"
    + _INDICATOR_POINT + _INDICATOR_ID
    + r"(?:\s*(?:,|-|–|và|đến(?:\s+(?i:chỉ\s+tiêu))?)\s*" + _INDICATOR_POINT + _INDICATOR_ID + r"){0,60})"
    + r"(?![\d.,]*\s*(?:[%‰]|(?i:tỷ|triệu|nghìn|người|hộ|ha|km|đồng|lượt)(?!\p{L})))"
)
# One item of such a list: "3", "3-5", "3 đến 5", "3 đến chỉ tiêu 5", "(1)", "a".
INDICATOR_REF_ITEM = _regex(
    r"\(?(\d{1,3}(?:\.\d{1,3})?|[a-hđ]\b)\)?(?:\s*(-|–|đến(?:\s+chỉ\s+tiêu)?)\s*\(?(\d{1,3}(?:\.\d{1,3})?|[a-hđ]\b)\)?)?", regex.I
)
# An item's label numbering it within a group: "1.2", "2.1." (the indicator keeps it).
DECIMAL_LABEL = _std(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s*$")
# An item numbered in brackets, which the sections do not split: "(1) Tổng
# thu ngân sách nhà nước trên địa bàn đạt 1.080 tỷ đồng trở lên."
BRACKETED_ITEM = _std(r"^\s*\((\d{1,2})\)\s*(.+)$")
# Words that open with a body's word but name no body: "Báo cáo", "Hội nghị",
# "Hội thảo", "Hội nhập" (a task heading "Hội nhập quốc tế …"), "Hội chợ",
# "Trường hợp", "Phòng ngừa", "Phòng(,) chống", "Ban hành", "Bộ máy", "Đoàn kết",
# "Sở hữu" (a heading "Báo cáo kết quả" is a topic, not a body), "Chánh án"
# alone (a post; "Chánh án Tòa án nhân dân tối cao" names the court);
# nor does a list or table of bodies: "DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ …", "Bảng
# tổng hợp các đơn vị …".
ORGAN_HOMOGRAPH = _std(
    r"(?i:danh\s+sách|danh\s+mục|bảng|biểu\s+(?:mẫu|tổng|số)|báo\s+cáo|hội\s+(?:nghị|thảo|thi|diễn|nhập|chợ|đủ|tụ|đồng\s+ý)|trường\s+hợp|phòng\s*,?\s+(?:ngừa|chống|cháy|tránh|thủ|bệnh)"
    r"|ban\s+hành|bộ\s+(?:máy|tiêu\s+chí|chỉ\s+số|hồ\s+sơ|phận)|đoàn\s+kết|sở\s+hữu|cục\s+bộ|chánh\s+án(?!\s+(?:tòa|toà|tand)\b))\b"
)
# The words AGENCY_HEAD_WORD leaves out, as a body's name: an inspectorate or
# an institute named by its unit or its capitalised name ("Thanh tra tỉnh",
# "Thanh tra Bộ", "Viện Kiểm sát nhân dân tỉnh"; not "Thanh tra, kiểm tra …",
# "Thanh tra việc …" nor "Viện trợ …").
INSPECTORATE_OR_INSTITUTE = _regex(
    r"(?:Thanh\s+tra|THANH\s+TRA|Viện|VIỆN)\s+(?:(?i:tỉnh|huyện|thành\s+phố|quận|thị\s+xã|xã|phường)\b|\p{Lu})"
    # and the central organs a lower text asks: "Đề nghị Chính phủ …", "Kiến
    # nghị Quốc hội …"
    r"|(?:Thủ\s+tướng\s+)?Chính\s+phủ\b|Quốc\s+hội\b|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Chủ\s+tịch\s+nước"
    # the social insurance agency, named with its place (alone, "bảo hiểm xã
    # hội" is a field): "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh Lào Cai"
    r"|Bảo\s+hiểm\s+xã\s+hội\s+(?:Việt\s+Nam\b|(?i:tỉnh|huyện|thành\s+phố|quận|thị\s+xã|khu\s+vực|cơ\s+sở)\b|\p{Lu})"
)
# A membership list's opening: "Ban Chỉ huy gồm:", "Thành phần gồm:", "Tổ
# công tác bao gồm các ông (bà) sau:" — the members under it sit on the body,
# named by person and post ("Ông Lê Văn A, Chủ tịch UBND xã - Trưởng ban"),
# and are given no task; "gồm" is no part of a name (tested where "gồm" is).
MEMBERSHIP_OPENING = _std(r"(?:^|\s)(?:bao\s+)?gồm(?:\s+(?:có\s+)?(?:các|những)\s+(?:ông|bà|đồng\s+chí|thành\s+viên)[^:\n]{0,20})?\s*:?\s*$")
# A verb giving a task opens no body's name: "Giao Ban Tổ chức Huyện ủy chủ
# trì …" names "Ban Tổ chức Huyện ủy" ("giao ban", a briefing, keeps the
# opener from being cut).
# (and a decision's verbs: "1. Thống nhất về chủ trương với …", "Đồng ý …")
TASK_VERB_START = _std(r"(?i:giao|đề\s+nghị|yêu\s+cầu|thống\s+nhất|đồng\s+ý|chấp\s+thuận|không\s+đồng\s+ý)\s")
# ... but "Giao ban" with "ban" in lower case and a lower-case word after it
# is the noun, a briefing meeting, the item's own task: "- Giao ban công tác
# bảo đảm trật tự, an toàn giao thông vào thứ Sáu hằng tuần" (not "Giao Ban
# Tổ chức Tỉnh ủy …", a body given a task).
BRIEFING_OPENS = _regex(r"(?i:giao)[^\S\n]+ban(?=[^\S\n]+\p{Ll}|[^\S\n]*(?:[,.:;\n]|$))")
# An item's leading verb is no body's name, whatever body it names after it:
# "1. Hướng dẫn các đơn vị thực hiện …", "Kiểm tra các cơ sở …" (tried where
# the agencies table would know the name only by a word further on).
LEADING_TASK_VERB = _regex(
    r"(?i:hướng\s+dẫn|kiểm\s+tra|tổ\s+chức(?!\s+(?:chính\s+trị|xã\s+hội|đoàn\s+thể|thành\s+viên|tín\s+dụng))|triển\s+khai"
    r"|thực\s+hiện|xây\s+dựng|tuyên\s+truyền|rà\s+soát|tổng\s+hợp|tham\s+mưu|chỉ\s+đạo|đôn\s+đốc|theo\s+dõi|giám\s+sát"
    r"|phối\s+hợp|bố\s+trí|lập|gửi|cập\s+nhật|đảm\s+bảo|bảo\s+đảm|vận\s+động|quán\s+triệt)\s"
)
LEADING_TASK_VERB_INITIALS = frozenset("HhKkTtXxRrCcĐđGgPpBbLlVvQq")
# A topic's heading opens no body's name either: "3. Về quốc phòng", "Lĩnh vực
# y tế" (the body is the subject of the text under it).
TOPIC_START = _std(r"(?i:về|lĩnh\s+vực)\s")
# A public-service unit's own internal units and staff groups, as its own
# plan names them opening an item (agencies.json's unit_staff): "Các tổ
# chuyên môn", "Giáo viên chủ nhiệm", "Tổng phụ trách Đội", "Nhân viên y tế
# trường học", and a team or department by its capitalised name, "Tổ Nuôi
# dưỡng", "Khoa Truyền nhiễm" (not "Tổ chức", "Khoa học", "TỔ CHỨC THỰC
# HIỆN", "Tổ quốc", "Tổ dân phố", nor the sectors' "Tổ công tác").
def _unit_staff_rows() -> list[dict[str, Any]]:
    from .tables import load

    return list(load("agencies.json")["unit_staff"])


def _unit_staff_alternative(row: dict[str, Any]) -> str:
    words = r"\s+".join(re.escape(w) for w in row["words"].split())
    if not row.get("named"):
        return rf"(?i:{words})\b"
    first = row["words"][:1]
    rest = re.escape(row["words"][1:])
    head = f"(?:{first.upper()}{rest}|{first}{rest})"  # (words written out: lowered_opening_words)
    unless = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in row.get("not", ()))
    return rf"{head}(?=\s+(?!(?i:{unless})\b)\p{{Lu}})" if unless else rf"{head}(?=\s+\p{{Lu}})"


_UNIT_STAFF = "(?:" + "|".join(_unit_staff_alternative(r) for r in _unit_staff_rows()) + ")"
UNIT_STAFF = _regex(r"^(?:[Cc]ác\s+)?" + _UNIT_STAFF)
# Each of them with the field its name says, or None where it is its
# issuer's ("Tổ Văn phòng", "Khoa Truyền nhiễm"; see agencies.unit_staff_sector).
UNIT_STAFF_ROWS = tuple((_regex(r"^(?:[Cc]ác\s+)?" + _unit_staff_alternative(r)), r["sector"]) for r in _unit_staff_rows())
# (the first words of its names, lowered: AGENCY_HEAD_OPENING_WORDS)
_UNIT_STAFF_OPENING_WORDS = frozenset(r["words"].split()[0] for r in _unit_staff_rows())
# The word a body's name starts with (Sở, Phòng, Ban, UBND, Đoàn, Hội, …), for
# names the agencies table does not know; "các" only before a kind of body
# ("Các sở, ban, ngành", "các xã", not "Các hoạt động tại mục II …").
AGENCY_HEAD_WORD = _regex(
    r"(?i:sở|phòng|ban|công\s+an|ủy\s+ban|uỷ\s+ban|ubnd|ubmttq|đoàn|hội|đài|báo|trạm|trường|trung\s+tâm|văn\s+phòng|bộ|cục|chi\s+cục"
    # (an event's organising committee's sub-units: "Tiểu ban Hậu cần", "Tổ Thư ký")
    r"|tiểu\s+ban|tổ\s+thư\s+ký"
    r"|tổ\s+công\s+tác|tổ\s+giúp\s+việc|tổ\s+công\s+nghệ\s+số|thông\s+tấn\s+xã|cổng\s+thông\s+tin|hiệp\s+hội|học\s+viện|đại\s+học|tập\s+đoàn|tổng\s+công\s+ty|tổng\s+cục"
    # (not "thanh tra", "viện": "Thanh tra, kiểm tra …", "Viện trợ …" open
    # headings too; the agencies table knows Thanh tra tỉnh and the like)
    r"|công\s+ty|chi\s+nhánh|hợp\s+tác\s+xã|doanh\s+nghiệp\s+tư\s+nhân|dntn|kiểm\s+toán\s+nhà\s+nước|hải\s+quan|liên\s+minh|liên\s+đoàn|kho\s+bạc|bệnh\s+viện"
    # the courts and procuracies; a commune's civil servant named by post
    r"|viện\s+kiểm\s+sát|tòa\s+án|toà\s+án|công\s+chức"
    # Party committees and cells ("Đảng ủy Công an tỉnh lãnh đạo …", "Các chi bộ"),
    # a mass organisation's branches ("Chi hội Người cao tuổi", "Chi đoàn khu phố 2")
    r"|đảng\s+[uủ]y|đảng\s+uỷ|đảng\s+đoàn|chi\s+(?:bộ|hội|đoàn)|(?:tỉnh|huyện|thành|quận|thị)\s+(?:ủy|uỷ)"
    # the head of a body, and a unit named by what it was given
    r"|chỉ\s+huy\s+trưởng|giám\s+đốc|tổng\s+giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|trưởng\s+(?:các\s+)?(?:ban|phòng|đoàn)|hiệu\s+trưởng"
    r"|cục\s+trưởng|chi\s+cục\s+trưởng|vụ\s+trưởng|chánh|đơn\s+vị|giám\s+thị"
    # (a ministry's general department: "Tổng cục Thống kê chủ trì …")
    # the army's branches and commands ("Binh chủng Hóa học", "Quân khu 2")
    r"|binh\s+chủng|quân\s+chủng|quân\s+khu|bộ\s+tư\s+lệnh|bộ\s+tổng\s+tham\s+mưu"
    # a ministry's department, capitalised ("Vụ Pháp chế"; "vụ việc" is none),
    # a fund ("Quỹ Bảo trợ trẻ em tỉnh"; "quỹ đất" is none), a commune's Youth
    # Union ("Xã đoàn", "Phường đoàn")
    # (an institute named with a capital: "Viện Pasteur Nha Trang"; "viện trợ" is none)
    # (and a ranger's or dyke unit, a border post: "Hạt Quản lý đê Giao Thủy", "Đồn Biên phòng …")
    # (each lookahead inside its case-sensitive group: the whole pattern is
    # one case-blind group, where \p{Lu} would take a small letter too)
    # an inspectorate named with its body or unit, the activity's word its
    # kind: "Thanh tra Bộ chủ trì …", "Thanh tra Sở Xây dựng", "Thanh tra
    # tỉnh" (not the activity, "Thanh tra, kiểm tra …", "thanh tra việc …")
    r"|(?-i:Thanh\s+tra(?=\s+(?:Bộ|Sở|Chính\s+phủ|tỉnh|thành\s+phố)\b))"
    r"|(?-i:(?:Vụ|Quỹ|Đội|Viện|Hạt|Đồn)(?=\s+\p{Lu}))|(?-i:(?:Xã|Phường|Tỉnh|Thành|Huyện|Quận|Thị)\s+đoàn)"
    # a library or museum of a unit: "Thư viện tỉnh", "Bảo tàng Hồ Chí Minh"
    r"|(?-i:(?:Thư\s+viện|Bảo\s+tàng)(?=\s+(?:tỉnh|huyện|thành\s+phố|xã|phường|\p{Lu})))"
    # a council's or committee's standing body: "Thường trực HĐND tỉnh"
    r"|(?-i:Thường\s+trực(?=\s+\p{Lu}))"
    # a public-service unit's own units and staff groups ("Tổ chuyên môn",
    # "Giáo viên chủ nhiệm", "Khoa Truyền nhiễm"; UNIT_STAFF)
    rf"|(?-i:{_UNIT_STAFF})"
    # a utility's local unit: "Viễn thông Hà Tĩnh", "Điện lực Cẩm Xuyên", "Điện lực huyện Gio Linh"
    r"|(?-i:(?:Viễn\s+thông|Điện\s+lực)(?=\s+(?:\p{Lu}|(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường)\b)))"
    # (a state group's branch by its brand: "Viettel Quảng Trị", "VNPT tỉnh …")
    rf"|(?-i:{_BRAND_BRANCH})"
    # a bank and its local points, by name or abbreviation: "Ngân hàng Chính
    # sách xã hội", "NHNN chi nhánh …", "Điểm giao dịch NHCSXH phường" (not
    # "ngân hàng số", a topic; the case-sensitive lookaheads inside (?-i:))
    r"|(?-i:(?:Ngân\s+hàng|NGÂN\s+HÀNG)(?=\s+\p{Lu}))|ngân\s+hàng\s+(?:nhà\s+nước|chính\s+sách)|(?-i:NHNN|NHCSXH)"
    r"|(?-i:Điểm\s+giao\s+dịch(?=\s+(?:\p{Lu}|xã|phường|thị\s+trấn)))"
    # a project's investor, named by its role ("Đề nghị Chủ đầu tư khảo sát …")
    r"|chủ\s+đầu\s+tư"
    # the tax and customs offices by their kind ("Cơ quan thuế đối chiếu …")
    r"|cơ\s+quan\s+(?:quản\s+lý\s+)?(?:thuế|hải\s+quan)"
    r"|các\s+(?:sở|ban|ngành|bộ|cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức|đoàn\s+thể|hội|phòng|xã|phường|thị\s+trấn"
    r"|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|ủy\s+ban|uỷ\s+ban|ubnd|doanh\s+nghiệp|trường|cơ\s+sở|lực\s+lượng|thành\s+viên|tổ\s+đại\s+biểu"
    # companies or cooperatives named together: "các công ty khai thác công trình thủy lợi"
    r"|công\s+ty|tổng\s+công\s+ty|hợp\s+tác\s+xã"
    # a Party committee's cells and branches: "Các chi, đảng bộ trực thuộc", "các chi bộ"
    r"|chi\s*,\s*đảng\s+bộ|chi\s+bộ|đảng\s+bộ|đảng\s+ủy|tổ\s+chức\s+cơ\s+sở\s+đảng|cấp\s+[ủu]y"
    # a unit's own teams, departments and staff: "Các tổ chuyên môn", "các khoa", "các giáo viên"
    r"|tổ\s+chuyên\s+môn|khoa|giáo\s+viên|nhân\s+viên"
    # residential units: "các khu phố", "các thôn, bản", "các ấp"
    r"|thôn|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|ấp|xóm|bản|buôn|làng"
    # the health facilities: "Các bệnh viện, trung tâm y tế", "các trạm y tế"
    r"|bệnh\s+viện|trung\s+tâm\s+y\s+tế|trạm\s+y\s+tế"
    # the universities and institutes: "Các đại học, học viện, trường đại học trực thuộc Bộ"
    r"|đại\s+học|học\s+viện|viện"
    # a ministry's departments by their class, capitalised ("các Vụ pháp luật
    # chuyên ngành", "các Cục, Vụ"; "các vụ việc" are cases)
    r"|(?-i:Vụ|Cục))"
    r"|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|thôn|xóm)\b"
)
# The words AGENCY_HEAD_WORD's matches open with, lowered
# (``lowered_opening_words``, tested), and what a match's first three
# lowered characters are then: a word's first three, or a two-letter word
# ("sở", "bộ"), or the same with the long s, which (?i) matches with "s" and
# which lowers to itself ("ſở"). Most texts it is tried on open with a verb
# ("Tăng cường …"), which their first characters rule out before the
# pattern's hundred alternatives are tried.
# (the brands' from the data, as _BRANDS is)
AGENCY_HEAD_OPENING_WORDS = tuple(sorted({
    "ban", "binh", "báo", "bảo", "bệnh", "bộ", "chi", "chánh", "chỉ", "chủ", "các", "công", "cơ", "cổng", "cục", "dntn", "doanh",
    "giám", "hiệp", "hiệu", "huyện", "hạt", "hải", "học", "hội", "hợp", "kho", "khu", "khối", "kiểm", "liên",
    "ngân", "nhcsxh", "nhnn", "phòng", "phường", "quân", "quận", "quỹ", "sở", "thành", "thôn", "thông", "thư", "thường",
    "thanh", "thị", "thủ", "tiểu", "toà",
    "trung", "trường", "trưởng", "trạm", "tòa", "tập", "tỉnh", "tổ", "tổng", "ubmttq", "ubnd", "uỷ",
    "viễn", "viện",
    "văn", "vụ", "xã", "xóm", "điểm", "điện", "đoàn", "đài", "đơn", "đại", "đảng", "đồn", "đội", "ủy",
    *(b.lower() for b in _brand_names()),
    *_UNIT_STAFF_OPENING_WORDS,
}))
AGENCY_HEAD_STARTS = frozenset(s for w in AGENCY_HEAD_OPENING_WORDS for s in (w[:3], w[:3].replace("s", "ſ")))
# A target's value: thousands by dots, decimals by a comma ("1.080", "9,5").
_TARGET_VALUE = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?"
# Not a baseline: no "so với" with up to three words before ("so với năm 2024",
# "so với cùng kỳ năm 2024", "so với cuối năm 2024", "so với quý IV/2024").
_NOT_BASELINE = r"(?<!(?i:so\s+với)(?:\s+\p{L}+){0,3}\s)"
# A target's year after its value: "năm 2030", or a date's in its clause
# ("trước ngày 31/10/2025", "trong tháng 10/2025", "quý IV/2025"; a date
# after no time word is a cited document's: "… số 12/QĐ-UBND ngày 5/3/2024";
# a gloss in brackets is passed over: "thiết bị giám sát hành trình (VMS)",
# "100% số nhà còn lại (35 nhà) trước ngày 31/10/2025", but not one holding a
# year or a rate, a baseline's: "(năm 2025 đạt 41,5%)");
# a period's end: "trong giai đoạn 2026 - 2030".
_TARGET_YEAR_AFTER = (
    # (the baseline's look behind tried only where a time word starts: it is slow)
    r"(?:(?:[^;%‰(.]|\.(?=\S)|\((?![^()]{0,40}?(?:19|20)\d\d)[^()%‰;]{1,40}\)){0,160}?(?=(?i:vào|đến|năm|trong|trước|hết|chậm|tháng|quý|giai)\s)" + _NOT_BASELINE
    + r"(?:(?i:vào\s+năm|đến\s+năm|năm|trong\s+năm)\s+"
    r"|(?i:(?:trong\s+)?giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*"
    r"|(?i:(?:trước|đến|trong|vào|hết|chậm\s+nhất)\s+(?:ngày\s+)?)\d{1,2}/\d{1,2}/"
    r"|(?i:tháng\s+\d{1,2}/|quý\s+(?:[IV]{1,3}|[1-4])/))"
    r"(?P<year>(?:19|20)\d\d))?"
)
# A target: direction, value with decimal comma and unit, year.
# "dưới 9,5‰ vào năm 2025", "đạt 95%", "xuống 450/100.000 trẻ em vào năm 2025", "0,5%/năm đến năm 2030".
# TARGET's direction words (its group "dir"): a target opens with one of them
# or with its value's digit (see TARGET_OPENING_WORDS).
_TARGET_DIRECTION = (
    # ("giảm trên 2%", "tăng ít nhất 5%": a change of more than the value, not a level above it)
    # ("không dưới 95%" is at least 95%, "không vượt quá 5%" at most: the
    # negation first, where a search finds it before "dưới")
    r"(?i:không\s+(?:dưới|thấp\s+hơn|ít\s+hơn|vượt\s+quá|cao\s+hơn|lớn\s+hơn|quá)"
    # (a yearly mean's change is a change: "giảm bình quân từ 3% - 4%/năm")
    # ("giảm tối đa 5%", "tăng không quá 10%": a change of at most the value)
    r"|(?:giảm|tăng)(?:\s+bình\s+quân)?\s+(?:trên|ít\s+nhất|tối\s+thiểu|từ|tối\s+đa|không\s+(?:vượt\s+)?quá)|duy\s+trì\s+ổn\s+định|(?:có\s+)?thêm|xuống\s+dưới|xuống\s+còn|xuống|dưới|đạt|duy\s+trì|phấn\s+đấu|phần\s+đầu|trên|tối\s+thiểu|ít\s+nhất|(?:giảm|tăng)(?:\s+bình\s+quân)?|còn"
    r"|không\s+quá|tối\s+đa|(?:đạt\s+)?từ)"
)
# The words, lowered, TARGET's direction opens with (a target opens with one
# of them or with a digit: it is tried only there, not at every place).
TARGET_OPENING_WORDS = ("còn", "có", "duy", "dưới", "giảm", "không", "phần", "phấn", "thêm", "trên", "tăng", "tối", "từ", "xuống",
                        "ít", "đạt")
TARGET = _regex(
    r"(?P<dir>" + _TARGET_DIRECTION + r"\s+)?"
    # a range's lower bound, kept in the target's text ("giảm 4 - 5%/năm"; the
    # value is the upper), its unit written with it or not ("30% - 40%",
    # "tăng 13% đến 15%")
    r"(?:(?P<low>\d{1,2}(?:,\d+)?)\s*(?:%\s*)?(?:[-–]|(?i:đến)(?=\s+\d))\s*)?"
    r"(?P<value>" + _TARGET_VALUE + r")\s*(?P<unit>%(?:/năm)?|‰"
    # (a count of cases per head: "dưới 80 ca/100.000 dân"; a ratio of two
    # counts per hundred, "dưới 112 bé trai/100 bé gái")
    r"|(?:(?:ca|người|trường\s+hợp)\s*)?/\s?\d{1,3}(?:\.\d{3})+(?:\s+(?:trẻ\s+em|trẻ\s+đẻ\s+sống|dân))?"
    r"|\p{Ll}+(?:\s+\p{Ll}+)?\s*/\s?100\s+\p{Ll}+(?:\s+\p{Ll}+)?(?![\p{L}\d]))"
    # ("so với (cùng kỳ) năm 2025" is the baseline, not the target's year; nor is a
    # year in brackets: "75% … (năm 2025 đạt 41,5%)")
    # (nor the year of the next sentence: "… đạt tối thiểu 90%. Đến năm 2030, …";
    # a dot inside a word or number is no sentence's end)
    + _TARGET_YEAR_AFTER
)
# An event a body holds, named in quotes after "tổ chức": "phối hợp Tổ công
# nghệ số cộng đồng tổ chức "Ngày Chủ nhật số"" (its name in ``term``).
EVENT_HELD_QUOTED = _regex(r"(?i:tổ\s+chức)\s+(?:(?i:các|những)\s+)?[“\"](?P<term>[^”\"\n]{2,80})[”\"]")
# A term a task names in quotes, curly or straight ("1 phải 5 giảm", “Xóm
# không ma túy”): the name of a procedure, a model or a campaign.
QUOTED_TERM = _regex(r"[“\"](?P<term>[^”\"\n]{2,80})[”\"]")
# A rate per a number, TARGET's unit of a count per head ("/100.000 trẻ em",
# "ca/100.000 dân", "bé trai/100 bé gái"): its base, the number after "/"
# (two rates compare only per the same base).
PER_BASE = _regex(r"^[\p{L}\s]*/\s?(?P<base>\d{1,3}(?:\.\d{3})+|\d+)")
# The marks TARGET's unit opens with, one of which a text must hold for it to
# match (a cheap test before it).
TARGET_UNIT_MARKS = ("%", "‰", "/")
# A change said before the name of what changes, the value after it: "giảm
# tỷ lệ tảo hôn 0,5%/năm", "tăng số doanh nghiệp 10%" (a reduction or rise by
# the value; "giảm tỷ lệ … xuống 3%" says its level). Searched in the
# value's clause, before it.
# A level held, said before the value in its clause: "Duy trì tỷ lệ che phủ
# rừng đạt 4,5%", "giữ vững 100% …" (held, not reached; not "duy trì và nâng
# cao", nor "duy trì mức giảm …", a change).
MAINTAIN_BEFORE = _regex(
    r"(?i:duy\s+trì|giữ\s+vững|giữ\s+ổn\s+định)(?!\s*,|\s+(?i:và|mức\s+(?:giảm|tăng))\b)"
)
# "Duy trì và nâng cao" governing its clause up to a value said with no word
# of direction: the things held ("duy trì và nâng cao chất lượng hoạt động của
# 1.250 mô hình"); not past a word reaching a level ("… tỷ lệ … đạt 90%" is
# reached, the "đạt" TARGET's direction). Searched before the value.
MAINTAIN_AND_RAISE_BEFORE = _regex(
    r"(?i:duy\s+trì|giữ\s+vững)(?:\s*,|\s+và)(?:(?!(?i:đạt|lên|tăng)(?![\p{L}\d]))[^;:.])*$"
)
# A saving right before its value: "tiết kiệm từ 1,5% đến 2% tổng mức tiêu
# thụ điện", "tiết kiệm tối thiểu 5%" (a reduction; matched before the value
# or its bound word).
SAVING_BEFORE = _regex(r"(?i:tiết\s+kiệm)(?:\s+(?i:được|thêm|bình\s+quân))?\s+$")
CHANGE_BEFORE_NAME = _regex(
    r"(?i:\b(?P<verb>giảm|tăng)\s+(?:tỷ\s+lệ|tỷ\s+suất|số|mức|tổng))\b"
    # (a name may hold an ordinal and a floor: "giảm tỷ lệ sinh con thứ 3 trở lên 0,5 điểm phần trăm")
    r"(?:(?i:thứ\s+\d+|trở\s+lên)|(?!(?i:đạt|xuống|còn|lên|là|ở\s+mức|bằng|dưới|trên|từ)\b)[^,;:.\d])*$"
)
# The word before a year naming what the year qualifies, not when the value
# is due: "theo chuẩn năm 2021", "giá so sánh năm 2010", "từ năm 2026" (a
# period's start), "của năm 2025".
YEAR_QUALIFIED_BEFORE = _regex(r"(?i:\b(?:chuẩn|giá|so\s+sánh|gốc|từ|sau|với|theo|của|trước|kỳ))\s*$")
# A document named before the year that follows a target's value: the year is
# the document's ("100% giáo viên đạt chuẩn theo Luật Giáo dục năm 2019").
NAMED_DOCUMENT_YEAR = _regex(r"\b(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+quyết|Chỉ\s+thị|Quyết\s+định)\s+\p{Lu}")
# Words saying a goals paragraph's share is where the plan starts from, in
# its clause before it: "hiện nay tỷ lệ … đạt 85%", "tỷ lệ … đã đạt 80%",
# "năm 2025 ước đạt 90%" (no target; a change "so với năm 2025" is one).
GOALS_BASELINE_CUE = _regex(r"(?<!\p{L})(?i:hiện\s+nay|hiện\s+tại|đã\s+đạt|ước\s+đạt|ước\s+thực\s+hiện)(?!\p{L})")
# A line stating a year's figure, the baseline a goal starts from: "Năm 2023,
# tỷ lệ hộ nghèo toàn tỉnh là 6,14%, giảm 1,32% so với năm 2022".
BASELINE_LINE = _regex(r"(?m)^(?i:năm)\s+(?:19|20)\d\d\s*,[^\n]*?\s(?i:là|đạt\s+được|ước\s+đạt)\s[^\n]*$")
# A table of indicators by year: the column naming the indicator ("Chỉ tiêu",
# "Nội dung", "Tên chỉ tiêu"), a column of a year where the plan starts from
# ("Năm 2025 (ước)", "Thực hiện 2024", "Kết quả năm 2024"), the unit in an
# indicator's name ("Kinh tế số/GRDP (%)"), and a cell holding a value alone.
# "Thực hiện" is what was done, but not as the way a plan is carried out: a
# group's label over the years to come, "Lộ trình thực hiện", "Kế hoạch thực
# hiện", "Tiến độ thực hiện" (and "ước" is a word, not the end of "nước").
INDICATOR_COLUMN = _regex(r"(?i:chỉ\s+tiêu|nội\s+dung|tiêu\s+chí)")
BASELINE_COLUMN = _regex(
    r"(?i:(?<!\p{L})ước|(?<!(?i:lộ\s+trình|kế\s+hoạch|tiến\s+độ)\s+)thực\s+hiện|kết\s+quả|hiện\s+trạng|cơ\s+sở)"
)
# A column of what is planned for a year: "Kế hoạch năm 2026", "Mục tiêu 2026",
# "Chỉ tiêu năm 2026" (outside a goals part, a year-end report's forward column).
PLAN_COLUMN = _regex(r"(?i:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến)")
UNIT_IN_NAME = _regex(r"\((?P<unit>%|‰|[^()\d]{1,20})\)\s*$")
# The unit's own column: "Đơn vị", "Đơn vị tính", "ĐVT".
UNIT_COLUMN = _regex(r"^\s*(?i:đơn\s+vị(?:\s+tính)?|đvt)\s*$")
# A table cell's value alone, or with a sign that bounds it: "≤ 2" (vụ) at
# most, "≥ 90" at least, "< 1" below, "> 95" above.
# A word may bound it as a sign does ("không quá 110", "tối thiểu 50", "dưới
# 2", "từ 90 trở lên"), and a range is one value ("80 - 85": low 80, value 85).
BARE_VALUE = _std(
    r"(?P<sign>[≤≥<>]\s*|(?i:không\s+(?:vượt\s+)?quá|tối\s+đa|không\s+dưới|không\s+ít\s+hơn|tối\s+thiểu|ít\s+nhất|dưới|trên|từ)\s+)?"
    rf"(?:(?P<low>{_TARGET_VALUE})\s*[-–]\s*)?(?P<value>{_TARGET_VALUE})(?P<floor>\s+(?i:trở\s+lên))?"
)
# A movement said in an indicator's name, opening or closing it: "Giảm tỷ lệ
# trẻ em suy dinh dưỡng", "Tỷ suất sinh thô giảm", "Tăng số doanh nghiệp":
# a table's value in its row is the change, down or up (so too its amount
# named: "Mức giảm tỷ lệ hộ nghèo đa chiều | %/năm | 1,5").
NAME_MOVEMENT = _regex(r"^\s*(?:(?i:mức)\s+)?(?P<verb>(?i:giảm|tăng))\s|\s(?P<verb>(?i:giảm|tăng))\s*(?:\(|$)")
# A goals table's column of a quarter ("Quý I", "Quý IV/2026", "Quý 2 năm
# 2026"): a period of the plan's year (or of the year it names), its target
# due by the quarter's last day.
QUARTER_COLUMN = _regex(
    r"^\s*(?i:quý)\s+(?P<q>IV|I{1,3}|[1-4])(?:\s*(?:/|(?i:năm))\s*(?P<y>(?:19|20)\d\d))?\s*$"
)
# A table's column of remarks ("Ghi chú"): its cell is the row's.
NOTE_COLUMN = _regex(r"^\s*(?i:ghi\s+chú)\s*$")
# An annex allocating a target among units: "PHÂN BỔ CHỈ TIÊU …", "GIAO CHỈ
# TIÊU … CHO CÁC XÃ, PHƯỜNG" (its table's rows the units, its columns the
# measure and its part, "Trong đó: …", by year).
ALLOCATION_TITLE = _regex(r"(?i:(?:phân\s+bổ|giao|phân\s+giao)\s+(?:các\s+)?chỉ\s+tiêu)\s+(?P<what>[^\n]*)")
# The units a title allocates to, closing it: "… CHO CÁC XÃ, PHƯỜNG" (tried
# where no blank precedes: a run of blanks' first is the leftmost start, and a
# split over a long run stays linear).
ALLOCATION_FOR = _regex(r"(?<!\s)\s+(?i:cho|đối\s+với)\s+(?i:các\s+)?(?i:xã|phường|huyện|quận|đơn\s+vị|địa\s+phương|tỉnh|sở|cơ\s+quan)")
# An annex whose title names the plan's indicators, "chỉ tiêu" its head noun
# (after a word arranging them, at most): "HỆ THỐNG CHỈ TIÊU CHỦ YẾU …",
# "PHÂN KỲ CHỈ TIÊU … THEO TỪNG NĂM", "DANH MỤC CÁC CHỈ TIÊU …", "CHỈ TIÊU …
# THEO TỪNG NĂM", "GIAO CHỈ TIÊU …": a goals table wherever it stands (not an
# annex of results, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU …", of a budget, "DỰ TOÁN
# KINH PHÍ …", or of units, "DANH SÁCH CÁC XÃ …"). Tried at each line start
# of the annex's opening lines.
GOALS_ANNEX_TITLE = _regex(
    r"(?m:^)[ \t]*(?:(?i:hệ\s+thống|phân\s+kỳ|danh\s+mục|bảng|biểu|khung|lộ\s+trình|giao|phân\s+bổ|phân\s+giao)\s+)?"
    r"(?:(?i:các|một\s+số|những)\s+)?(?:(?i:mục\s+tiêu)\s*(?:,|và)\s*)?(?i:chỉ\s+tiêu)(?!\p{L})"
)
# A goals part pointing to an annex for its indicators: "(Chi tiết hệ thống chỉ
# tiêu tại Phụ lục kèm theo Quyết định này)", "(Phân kỳ chỉ tiêu theo từng năm
# tại Phụ lục II)", "theo Phụ lục số 01 kèm theo": that annex's table is the
# goals'.
GOALS_ANNEX_POINTER = _regex(r"(?i:tại|theo)\s+(?i:phụ\s+lục)(?:\s+(?i:số\s+)?(?P<num>[IVXLivxl]+|\d+)(?![\p{L}\d]))?")
# An annex's own label, right before or opening its title: "Phụ lục II",
# "PHỤ LỤC SỐ 01".
ANNEX_LABEL = _regex(r"(?i:phụ\s+lục)(?:\s+(?i:số\s+)?(?P<num>[IVXLivxl]+|\d+)(?![\p{L}\d]))?")
# A goals table's column label says what it holds by its head word, its year
# by any "năm YYYY" in it: "Mục tiêu năm 2030", "Chỉ tiêu năm 2026", "Kế hoạch
# năm 2026", "Phấn đấu đến năm 2030", "Dự kiến năm 2027" are targets;
# "Hiện trạng năm 2025", "Thực hiện năm 2024", "Ước thực hiện năm 2025", "Cơ
# sở năm 2025", "Kết quả năm 2024" are where the plan starts from (no target:
# the model keeps no baseline). A label with neither head ("Năm 2026") is read
# by BASELINE_COLUMN over all its lines.
TARGET_COLUMN_HEAD = _regex(r"^\s*(?i:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|dự\s+kiến)(?!\p{L})")
BASELINE_COLUMN_HEAD = _regex(r"^\s*(?i:hiện\s+trạng|ước\s+thực\s+hiện|ước\s+đạt|ước|thực\s+hiện|cơ\s+sở|kết\s+quả|năm\s+gốc)(?!\p{L})")
# A year closing a measure's name: "… hiện đại năm 2026" (compared without it).
TRAILING_YEAR = _regex(r"\s+(?i:năm)\s+(?:19|20)\d\d\s*$")
# The column naming the units in such a table: "Xã, phường", "Đơn vị",
# "Địa phương", "Huyện, thị xã" (not the unit of measure, "Đơn vị tính").
ALLOTTEE_COLUMN = _regex(
    r"^\s*(?i:tên\s+)?(?i:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|đơn\s+vị(?!\s+tính)|địa\s+phương|địa\s+bàn)(?:\s*,\s*\p{L}+(?:\s+\p{L}+)?)*\s*$"
)
# A part of a measure opened inside its statement: "Tổng thu ngân sách … đạt
# 32.500 tỷ đồng, trong đó thu nội địa đạt 28.000 tỷ đồng", "… đạt 72%, trong
# đó có bằng cấp, chứng chỉ đạt 33%": the words after it, up to the part's
# value, name a sub-indicator (not a second target of the same measure).
SUB_MEASURE = _regex(r"[,;(]\s*(?i:trong\s+đó)\s*:?\s+(?=\p{L})")
# Any part so opened, also a value first (diff: "80% số xã đạt chuẩn nông
# thôn mới, trong đó 40% số xã đạt chuẩn nâng cao" states two measures, the
# part its own, each paired with the other plan's of its words).
SUB_PART = _regex(r"[,;]\s*(?i:trong\s+đó)\s*:?\s+")
# A goals table's column naming the body answering for each row's target:
# "Cơ quan chủ trì theo dõi", "Cơ quan chủ trì (theo dõi)", "Đơn vị thực
# hiện", "Đơn vị được giao", "Cơ quan, đơn vị chủ trì" (not "Đơn vị tính").
RESPONSIBLE_COLUMN = _regex(
    r"^\s*(?i:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?i:cơ\s+quan|đơn\s+vị))?\s+"
    r"(?i:chủ\s+trì|thực\s+hiện|được\s+giao|phụ\s+trách|theo\s+dõi|đầu\s+mối)"
)
# A table's column of its rows' numbers: "STT", "TT", "Số TT".
SERIAL_COLUMN = _std(r"^\s*(?:STT|Stt|TT|(?:Số|SỐ)\s+(?:TT|thứ\s+tự|THỨ\s+TỰ))\.?\s*$")
# A column holding a part of the measure: "Trong đó: đặt dụng cụ tử cung".
PART_COLUMN = _regex(r"^\s*(?i:trong\s+đó)\s*:?\s*(?P<what>.*)$")
# A .docx table cell holding a figure alone ("100", "≥ 97", "95%"): merged
# across columns (a table's years), it states that figure in each column it
# covers; a label merged across them (a group's heading) is one label.
CELL_FIGURE = _std(rf"(?:[≤≥<>]\s*)?(?:{_TARGET_VALUE})\s*[%‰]?")
# Which merged figures are each column's: a share or a bound ("95%", "≥ 90")
# is each year's in any table; a plain figure ("100") only in a table of
# goals or indicators (its header: "Chỉ tiêu", "Mục tiêu", "Tiêu chí") whose
# header and row name no sum of money: an amount merged across "2026 …
# 2030" of a budget ("Kinh phí (triệu đồng)", "Dự toán", "Nguồn vốn") is the
# period's total, given once.
CELL_SHARE_OR_BOUND = _std(r"[≤≥<>]|.*[%‰]\s*$")
GOALS_TABLE_HEADER = _regex(r"(?i:chỉ\s+tiêu|mục\s+tiêu|tiêu\s+chí)")
MONEY_TABLE_WORDS = _regex(r"(?i:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+đồng|kinh\s+phí|nguồn\s+vốn|vốn\s+đầu\s+tư|dự\s+toán|ngân\s+sách)")
# The people an age in years qualifies, right before it: "thanh niên 18
# tuổi", "trẻ em dưới 5 tuổi", "người từ đủ 75 tuổi" name whom an indicator
# counts; its target is another value (matched on the text before the age).
AGE_OF_PEOPLE_BEFORE = _regex(
    r"(?i:trẻ\s+em|trẻ|thanh\s+niên|thiếu\s+niên|người(?:\s+cao\s+tuổi)?|học\s+sinh|phụ\s+nữ|nam|nữ|lao\s+động)"
    r"(?:\s+(?i:dưới|từ\s+đủ|từ|đủ|trên))?\s+$"
)
# A direction right before a value matched with none ("xuống dưới 2 em/năm":
# TARGET_PER_YEAR's), matched on the text before the value.
DIRECTION_BEFORE_VALUE = _regex(r"(?P<dir>(?i:xuống\s+dưới|xuống\s+còn|xuống|dưới|còn|trên|không\s+quá|tối\s+đa))\s+$")
# A target counted in things, not in a rate: "trồng mới 500 ha rừng", "đạt 3
# sản phẩm OCOP", "thu nhập trên 85 triệu đồng/người/năm" (tried on a goal
# that states no rate).
# The things a count target counts (TARGET_COUNT's unit).
_COUNT_UNIT = (
    # (money: a scale and a currency, "24.800 tỷ đồng", "4,2 tỷ USD", "2 nghìn tỷ
    # đồng", or a foreign currency alone, "5.000 USD"; not "đồng" alone: "30 đồng chí")
    # (a measure, with a scale word or not: "1,2 triệu m3 nước", "500.000 m3",
    # "1,5 triệu tấn bùn", "20 km đường"; before the bare "ha", "km", "tấn")
    r"(?i:(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:m3|m³|m2|m²|mét\s+khối|mét\s+vuông|km2|km²|km|ha|tấn|tạ|lít|kWh|MWh|MW)(?:/ha|/năm)?(?![\p{L}\d])"
    r"|ha|km|người|hộ|sản\s+phẩm|(?:(?:(?:nghìn|ngàn)\s+)?(?:nghìn|ngàn|triệu|tỷ)\s+(?:đồng|USD|đô\s+la(?:\s+Mỹ)?)"
    r"|USD|đô\s+la(?:\s+Mỹ)?)(?:/[\p{L}]+){0,2}|lớp|cơ\s+sở|công\s+trình|mô\s+hình"
    r"|(?:triệu\s+|nghìn\s+)?(?:lượt(?:\s+(?:người|khách))?|cây|con(?!\s+(?:số|người|em|cháu|đường)\b))|vùng|chuỗi|xã|thôn|trường|tiêu\s+chí|bác\s+sĩ|điểm(?:\s+phần\s+trăm)?|đảng\s+viên|đoàn\s+viên|hội\s+viên|doanh\s+nghiệp"
    # (houses: "xóa 25 nhà tạm, nhà dột nát"; not the State, "nhà nước")
    r"|hợp\s+tác\s+xã|căn\s+nhà|căn|ngôi\s+nhà|nhà(?!\s+nước\b)|giường(?:\s+bệnh)?|tuổi|lao\s+động|việc\s+làm|học\s+sinh|chi\s+bộ"
    # people counted by what they are: "180 công dân", "150 học viên"
    r"|công\s+dân|học\s+viên|sinh\s+viên|thanh\s+niên|giáo\s+viên"
    # … or by their trade or role: "tập huấn cho khoảng 300 nghệ nhân", "50 tình nguyện viên"
    r"|nghệ\s+nhân|nhân\s+viên|tình\s+nguyện\s+viên|cộng\s+tác\s+viên|y\s+tá|điều\s+dưỡng|giảng\s+viên"
    r"|hướng\s+dẫn\s+viên|tuyên\s+truyền\s+viên|báo\s+cáo\s+viên|nông\s+dân|doanh\s+nhân"
    # a weight, or a yield by it: "sản lượng đạt 5.000 tấn", "năng suất lúa đạt 55 tạ/ha"
    r"|(?:tấn|tạ)(?:/ha)?"
    # a rank gained, staff trained: "tăng ít nhất 03 bậc", "ít nhất 05 công chức"
    r"|bậc|công\s+chức|viên\s+chức|cán\s+bộ"
    # a measure gained: "chiều cao … tăng ít nhất 1,5 cm"
    r"|cm|kg"
    # cases, athletes: "xuống dưới 3 vụ" (not a crop's season: "2 vụ lúa"; "2
    # vụ/năm" is TARGET_UPPER_BOUND's),
    # "khoảng 8.000 vận động viên"
    r"|vụ(?!/|\s+(?:lúa|mùa|đông|xuân|hè|thu|chiêm|sản\s+xuất|trồng|nuôi|việc)\b)|vận\s+động\s+viên"
    # events held and courses run: "từ 3 - 5 giải thể thao", "02 cuộc thi", "4
    # hội nghị", "2 khóa đào tạo", "3 đợt" (not "giải pháp", "giải quyết", "giải ngân")
    r"|giải(?!\s+(?:pháp|quyết|ngân|trình|thích|phóng|tỏa|toả|đáp)\b)|cuộc|hội\s+(?:thi|thao|diễn|nghị|thảo)|liên\s+hoan"
    # (not a congress's term: "Nghị quyết Trung ương 8 khóa XIII")
    r"|(?:khóa|khoá)(?!\s+(?:[IVXL]+|\d+)(?![\p{L}\d]))|buổi|đợt"
    # research teams built: "phấn đấu có 04 - 05 nhóm nghiên cứu mạnh"
    r"|nhóm\s+nghiên\s+cứu)"
    # per head of population: "38 giường/10.000 dân", "19 bác sĩ/10.000 dân"
    r"(?:/\d{1,3}(?:\.\d{3})*\s+(?i:dân|người|trẻ\s+em))?"
)
# "trên/mỗi 01 <measure>" is per one unit of it, the denominator of a rate
# (checked at the value, whether "trên" was read as a direction or not).
_PER_ONE_MEASURE = (
    r"(?!(?<=(?<!(?i:đạt|là|còn|có)\s)(?i:trên|mỗi)\s+0?)0?1\s+"
    r"(?i:m3|m³|m2|m²|mét\s+khối|mét\s+vuông|km2|km²|km|ha|héc\s*-?\s*ta|hecta|tấn|tạ|lít|kg)(?![\p{L}\d]))"
)
# TARGET_COUNT's direction words (its group "dir"), as _TARGET_DIRECTION's.
_COUNT_DIRECTION = (
    r"(?i:không\s+(?:dưới|thấp\s+hơn|ít\s+hơn|vượt\s+quá|cao\s+hơn|lớn\s+hơn|quá)"
    r"|duy\s+trì\s+ổn\s+định|(?:có\s+)?thêm|xuống\s+dưới|xuống\s+còn|dưới|đạt|duy\s+trì|trên|tối\s+thiểu|ít\s+nhất|giảm|tăng|còn"
    # (an approximate count is one to reach: "khoảng 300 nghệ nhân")
    r"|không\s+quá|tối\s+đa|(?:đạt\s+)?từ|(?:đạt\s+)?khoảng)"
)
# (as TARGET_OPENING_WORDS, TARGET_COUNT's)
TARGET_COUNT_OPENING_WORDS = ("còn", "có", "duy", "dưới", "giảm", "khoảng", "không", "thêm", "trên", "tăng", "tối", "từ", "xuống",
                              "ít", "đạt")
TARGET_COUNT = _regex(
    r"(?P<dir>" + _COUNT_DIRECTION + r"\s+)?"
    # (not a rate's denominator: "giá trị thu hoạch trên 01 ha đất … đạt 250 triệu
    # đồng", "hỗ trợ 10 triệu đồng trên 1 ha"; "đạt trên 1 ha" is a value)
    + _PER_ONE_MEASURE
    + r"(?:(?P<low>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*[-–]\s*)?"
    r"(?P<value>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s+"
    rf"(?P<unit>{_COUNT_UNIT})(?![\p{{L}}\d])"
    # (nor the year of the next sentence: "… đạt tối thiểu 90%. Đến năm 2030, …";
    # a dot inside a word or number is no sentence's end)
    + _TARGET_YEAR_AFTER
)
# A count said with "at least" (or added, "tăng thêm"), whatever it counts: its unit is the head noun
# after the number, a classifier ("ít nhất 01 tổ công nghệ số", "01 đợt") or
# else a noun of two syllables ("tối thiểu 25 thương vụ", "01 hội nghị"), or a
# quoted name ("ít nhất 01 "Tổ liên gia an toàn PCCC""); not a span of time
# ("tối thiểu 5 năm công tác"), nor how often ("khám ít nhất 01 lần/năm" qualifies
# a rate), nor a word that is no noun ("ít nhất 1 trong 3").
_NO_COUNT_NOUN = (
    r"(?!(?:năm|tháng|ngày|tuần|quý|giờ|phút|tuổi|lần|trong|trên|dưới|của|và|hoặc|đến|tới|so|với|là|được|có|phải|đối|mỗi|cho)"
    r"(?![\p{L}\d]))"
)
_CLASSIFIER = (
    r"câu\s+lạc\s+bộ|tổ|đội|nhóm|ban|lớp|buổi|đợt|cuộc|chuyến|bài|tin|chiếc|con|cây|cuốn|quyển|bản|trang"
    r"|khu|cụm|chuỗi|tuyến|điểm|nhà|phòng|trạm|đoàn|gói|suất|ca|vụ"
)
TARGET_COUNT_OPEN = _regex(
    # (or a count added: "tăng thêm 60 câu lạc bộ so với năm 2025")
    r"(?P<dir>(?i:ít\s+nhất|tối\s+thiểu|không\s+ít\s+hơn|(?:tăng|có)\s+thêm))\s+"
    r"(?P<value>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    r"(?:[\"“](?P<unit>[^\"”\n]{2,60})[\"”]"
    # (a classifier capitalised as a name's first word: "ít nhất 01 Tổ công nghệ số")
    r"|(?P<unit>(?i:" + _CLASSIFIER + r"))(?![\p{L}\d])"
    r"|(?P<unit>" + _NO_COUNT_NOUN + r"\p{Ll}+\s+" + _NO_COUNT_NOUN + r"\p{Ll}+)(?![\p{L}\d]))"
    + _TARGET_YEAR_AFTER
)
# A count aimed at, whatever it counts: the unit is the noun phrase after the
# number (up to three words, to a comma, a clause's end or a word that is no
# part of a noun: "không dưới 3.000 mẫu", "ít nhất 300 buổi truyền thông",
# "Vận động 3.000 đơn vị máu tình nguyện"), not a closed list of nouns. Tried
# where a word of aim bounds it ("không dưới", "ít nhất", "tối thiểu", "không
# ít hơn", "không quá", "tối đa", "đạt"), or, in a goals item, at a figure
# written with a thousands dot (no date, article or document number has one);
# not at a span of time, an age or a currency alone ("30 đồng chí"), nor at a
# number a word before it names ("năm 2026", "số 1.234", "Điều 5": see
# NUMBER_NAMED_BEFORE).
# The unit is the counted noun, a head noun (a classifier) and its modifier:
# it ends before a word that is no part of it (a preposition, "để", "cho",
# "của", "tại", "trên"; a conjunction; a time word; a word of direction), or
# one that opens the phrase qualifying it (a verb or an adjective of purpose
# or manner: "tờ rơi tuyên truyền …", "buổi truyền thông trực tiếp", "trạm
# quan trắc tự động", "… đưa vào vận hành"). A run closed so within four
# syllables is the unit whole ("mẫu nước sinh hoạt để …", "hồ sơ thủ tục;");
# a longer one, whose words the syllables don't show, is read to its third
# syllable (a classifier and a two-syllable modifier, the commonest form:
# "thẻ bảo hiểm y tế …" → "thẻ bảo hiểm").
_OPEN_NOUN_WORD = (
    r"(?!(?:năm|tháng|ngày|tuần|quý|giờ|phút|tuổi|lần|trong|trên|dưới|của|và|hoặc|đến|tới|so|với|là|được|có|phải|đối|mỗi"
    r"|cho|tại|ở|từ|theo|về|do|bằng|qua|thuộc|trở|đồng|nhằm|để|khi|thì|mà|nhưng|đã|sẽ|đang|các|những|này|đó|như|gồm"
    r"|vào|sau|trước|ngoài|kèm|bao|tương|bị|cần|nên"
    # (a word of direction opening the next value: "… 10.000 dân đạt 3 dược sĩ")
    r"|đạt|giảm|tăng|còn|xuống|lên|không|ít|tối|phấn"
    # (a verb or an adjective opening the phrase that qualifies the noun)
    r"|tuyên\s+truyền|phục\s+vụ|hỗ\s+trợ|phòng\s+chống|trực\s+tiếp|trực\s+tuyến|tự\s+động|liên\s+tục"
    r"|thường\s+xuyên|định\s+kỳ|miễn\s+phí|toàn\s+trình|tham\s+gia|thực\s+hiện|triển\s+khai|hoàn\s+thành|đưa|mới)"
    r"(?![\p{L}\d]))\p{Ll}+"
)
# (the unit's words: a run closed within four syllables, else its first three)
_OPEN_NOUN = (
    r"(?:" + _OPEN_NOUN_WORD + r"(?:[ \t]+" + _OPEN_NOUN_WORD + r"){0,3}(?![ \t]*" + _OPEN_NOUN_WORD + r")"
    r"|" + _OPEN_NOUN_WORD + r"(?:[ \t]+" + _OPEN_NOUN_WORD + r"){0,2})"
)
TARGET_COUNT_NOUN = _regex(
    r"(?:(?P<dir>(?i:không\s+dưới|không\s+ít\s+hơn|ít\s+nhất|tối\s+thiểu|không\s+(?:vượt\s+)?quá|tối\s+đa|đạt))\s+)?"
    # (a range's low end: "khoảng 1.200 - 1.500 hộ"; within its line: a
    # table's cells stand a line each)
    r"(?:(?P<low>\d{1,3}(?:\.\d{3})+|\d+)[ \t]*[-–][ \t]*)?"
    r"(?P<value>\d{1,3}(?:\.\d{3})+|\d+)[ \t]+"
    # (a noun the closed list knows as TARGET_COUNT reads it: "15.000 lượt người";
    # not a growth's digits, "tăng trưởng đạt 2 con số")
    r"(?!(?i:con\s+số)(?![\p{L}\d]))(?P<unit>" + _COUNT_UNIT + r"(?![\p{L}\d])|" + _OPEN_NOUN + r")(?![\p{L}\d/])"
    + _TARGET_YEAR_AFTER
)
# The words, lowered, TARGET_COUNT_NOUN's "dir" opens with: a count opens
# with one of them or at a digit of COUNT_VALUE_RUN, and is tried only there.
TARGET_COUNT_NOUN_OPENING_WORDS = ("không", "tối", "ít", "đạt")
# A run of digits and dots closed by a space, a tab or a dash: where a count of
# TARGET_COUNT_NOUN opening with a digit opens. Its value ("15.000 lượt") and a
# range's low end ("1.200 - 1.500 hộ") are digits and dots, closed by a space,
# a tab or a dash, so they run to the end of such a run; a run closed by anything
# else ("95%", "12/12", "2025.", "2,5%") opens no count at any of its digits,
# and the pattern (costly to start: its many repeats) is not tried there.
COUNT_VALUE_RUN = _regex(r"(?<![\d.])[\d.]++(?=[ \t\-–])")
# A figure with a thousands dot ("3.000", "15.000"), or a count under ten
# written with a leading zero ("06 trạm", "02 lớp": the administrative style
# of a count), where a goals item's count with no word of aim may stand (a
# cheap test before TARGET_COUNT_NOUN; a date's "06 tháng 01" or "06/2026"
# is kept off by the unit's words and NUMBER_NAMED_BEFORE).
THOUSANDS_DOT = _std(r"\d\.\d{3}(?!\d)|(?<![\d.,/])0[1-9](?![\d.,/])")
# The words of aim TARGET_COUNT_NOUN's "dir" opens with (a cheap test first).
COUNT_NOUN_AIM_WORDS = ("không dưới", "không ít hơn", "ít nhất", "tối thiểu", "không quá", "không vượt quá", "tối đa", "đạt ")
# A word naming the number after it, no count: "năm 2026", "số 1.234",
# "Điều 5", "khoản 2", "ngày 15"; or making it a rate's base, "Số bác sĩ trên
# 10.000 dân", "mỗi 1.000 dân" (matched on the text before the number).
# A noun a number after it names is one too ("khu phố 03", "tổ 05", "ấp 02",
# "Biểu 01", "mẫu 02", "đợt 02", "lần thứ 05": a count stands before its noun).
NUMBER_NAMED_BEFORE = _regex(
    r"(?i:\b(?:năm|số|điều|khoản|điểm|mục|ngày|tháng|quý|tuần|lúc|giờ|phụ\s+lục|chương|trên|mỗi"
    r"|khu\s+phố|tổ|ấp|thôn|xóm|khóm|khoá|khóa|kỳ|thứ|đợt|biểu|mẫu|tầng|lô|thửa))\s*$"
)
# A count over a total, "a/b <noun>": "12/12 khu phố", "34/34 xã" (all of
# them), "8/10 trường" (not a date, "12/12/2026" or "ngày 12/12", nor a
# document's number, "12/KH-UBND": a noun in lower case follows, and no "/"
# or digit; the figure before is at most the total: checked where read).
# "đạt" as a word of aim before a count over a total in its clause, "đạt
# 34/34 xã" (not "đạt chuẩn" naming what the units reach after the count).
AIM_REACH = _std(r"(?<!\w)đạt(?!\w)")
TARGET_COUNT_OF_TOTAL = _regex(
    # (no word of direction: its "dir" never matches)
    r"(?P<dir>(?!))?(?<![\d/.,])(?P<value>\d{1,3}(?:\.\d{3})*)/(?P<total>\d{1,3}(?:\.\d{3})*)[ \t]+"
    r"(?P<unit>" + _COUNT_UNIT + r"(?![\p{L}\d])|" + _OPEN_NOUN_WORD + r"(?:[ \t]+" + _OPEN_NOUN_WORD + r")?)(?![\p{L}\d/])"
    + _TARGET_YEAR_AFTER
)
# A count stating a share of what it counts (diff: a count over a total is a
# percentage of the same noun): "12/12 khu phố" (all, 100%), "8/10 trường"
# (80%), matched at a target's text; and all of them said in words before a
# count, "tất cả 58 phường", "toàn bộ 34 xã", "cả 12 khu phố" (100%).
COUNT_OVER_TOTAL = _regex(r"\s*(?P<part>\d{1,3}(?:\.\d{3})*)/(?P<total>\d{1,3}(?:\.\d{3})*)[ \t]")
ALL_OF_COUNT = _regex(r"(?i:tất\s+cả|toàn\s+bộ|cả)\s+(?:(?i:các)\s+)?(?P<value>\d{1,3}(?:\.\d{3})*)\s+(?P<noun>\p{Ll}+(?:\s+\p{Ll}+)?)")
# What a percentage counts, the words after its "%": "100% khu phố có …",
# "đạt 100% số xã …" (the noun after "số", "các", "những").
SHARE_NOUN = _regex(r"%\s*(?:(?i:số|các|những|tổng\s+số)\s+)?(?P<noun>\p{Ll}+(?:\s+\p{Ll}+)?)")
# A count under a distributive quantifier is a norm each unit meets, not a
# total (diff): "Mỗi xã có ít nhất 02 sản phẩm OCOP", "mỗi thôn, bản có 01
# nhà văn hóa", "từng trường học …", "100% xã có ít nhất 01 …" (each of them),
# searched in the words before the count. The unit names the level whose own
# plan states that figure as its own: a commune's ("xã", "phường", "thị
# trấn", "đặc khu"), a district's, a province's; other units ("thôn", "trường")
# compare only with a norm per the same unit.
PER_UNIT = _regex(
    r"(?:(?<!\p{L})(?i:mỗi|từng|mọi)\s+|100\s*%\s+(?:(?i:số|các)\s+)?)(?:"
    r"(?P<ward>(?i:xã|phường|thị\s+trấn|đặc\s+khu))|(?P<district>(?i:huyện|quận|thị\s+xã))|(?P<province>(?i:tỉnh))"
    r"|(?P<other>(?i:thôn|bản|ấp|buôn|làng|tổ\s+dân\s+phố|khu\s+phố|trường(?:\s+học)?|hộ|hợp\s+tác\s+xã|doanh\s+nghiệp|cơ\s+sở|đơn\s+vị|cơ\s+quan)))"
    r"(?!\p{L})"
)
# A count added to what there is, not a level reached: "có thêm ít nhất 150
# sản phẩm", "tăng thêm 2.000 lao động", "xây dựng mới thêm 12 trường" (the
# word closing the words before the count, maybe with its bound).
INCREMENT_BEFORE = _regex(r"(?<!\p{L})(?i:thêm)\s+(?:(?i:ít\s+nhất|tối\s+thiểu|khoảng|trên|hơn)\s+)?$")
# An upper bound on a count: "không vượt quá 500 ca", "không quá 2 vụ/năm",
# "50 ca/100.000 dân"; a bare "quá" bounds only after a negation in its clause
# ("Không để xảy ra ngộ độc … quá 2 vụ/năm": checked where it is read).
TARGET_UPPER_BOUND = _regex(
    r"(?P<dir>(?i:không\s+(?:vượt\s+)?quá|quá))\s+(?P<value>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+"
    rf"(?P<unit>(?:{_COUNT_UNIT}|(?i:{_CLASSIFIER})(?:/\d{{1,3}}(?:\.\d{{3}})+\s+(?i:dân|người|trẻ\s+em))?)(?:/năm)?)(?![\p{{L}}\d])"
    + _TARGET_YEAR_AFTER
)
# A count's qualifier, not its target: the floor of what an event counts, "ngộ
# độc thực phẩm từ 30 người mắc trở lên …" (matched after the count, with a
# value of its clause after it).
FLOOR_AFTER = _regex(r"(?:\s+\p{Ll}+){0,3}\s+(?i:trở\s+lên)")
# A count naming a group, not a target: "thuộc nhóm 200 trường đại học hàng
# đầu châu Á", "top 100" (matched on the text before the number).
GROUP_NAME_BEFORE = _regex(r"(?i:nhóm|top)\s+$")
# A rank aimed at: the subject among the first N of a ranking, "Việt Nam
# thuộc nhóm 3 nước dẫn đầu ASEAN về …", "nằm trong top 50 quốc gia hàng đầu
# về …": value N, unit the ranked noun ("nước"), the index what follows
# ("về Chính phủ điện tử (EGDI)"), up to its clause's end. A list after a
# colon, "thuộc nhóm: 70 nước dẫn đầu về X; 50 nước dẫn đầu về Y", is one
# rank per ";" item (RANK_ITEM, matched right after the ";"). A count before
# it in its clause names the group its things belong to ("8 cơ sở … thuộc
# nhóm 200 trường đại học hàng đầu": checked where it is read).
_RANK_ITEM = (
    r"(?P<value>\d{1,4})\s+(?P<unit>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?i:dẫn\s+đầu|hàng\s+đầu)"
    r"(?P<what>(?:[^;:.\n]|\.(?!\s|$)|\n(?!\s*(?:\p{Lu}|\d|[-+•]\s)))*)"
)
RANK_TARGET = _regex(r"(?i:nhóm|top)(?:\s*:)?\s+" + _RANK_ITEM)
RANK_ITEM = _regex(r";\s*" + _RANK_ITEM)
# What a share counts, said with what each of them has: "100% xã, phường có
# ít nhất 01 đội văn nghệ", "80% hộ có từ 2 lao động trở lên", "100% xã đạt 19
# tiêu chí": the count is the share's criterion, no target of its own
# (matched from the share's "%" to the count's value; not a clause after a comma, ", có thêm").
# A floor right after the share's noun bounds what it counts too: "100% vụ
# ngộ độc thực phẩm từ 30 người mắc trở lên được điều tra" ("trở lên": in code).
SHARE_CRITERION = _regex(
    r"%\s+\p{L}(?:[^;:.%\d]|\.(?=\S)){0,80}?(?<!,)\s(?:(?i:có|đạt)\s+(?:(?i:ít\s+nhất|tối\s+thiểu|không\s+dưới|từ|trên)\s+)?"
    # (what each has, named, then its bound: "60% số hộ có thu nhập trên 50
    # triệu đồng/năm")
    r"|(?i:có)\s+\p{L}+(?:\s+\p{L}+){0,2}\s+(?i:trên|dưới|từ|ít\s+nhất|tối\s+thiểu|không\s+dưới)\s+"
    r"|(?<=\p{Ll}\s)(?P<floor>(?i:từ))\s+)$"
)
# What a count counts, said with what each of them has or is worth: "60
# doanh nghiệp công nghệ số có doanh thu từ thị trường nước ngoài đạt 20 triệu
# USD/năm", "25 thương vụ M&A …, với giá trị mỗi thương vụ từ 01 triệu USD trở
# lên", "50 cơ sở có quy mô từ 50 lao động trở lên": the later value is the
# criterion of the counted things, no target of its own (matched from the
# count's unit to the value; in its clause: "có" right after the counted
# noun's words, no comma between; "với … mỗi …" after one).
COUNT_CRITERION = _regex(
    r"(?:[^;:.,%\d()]|\.(?=\S)){0,120}?\s(?i:có)\s+\p{L}(?:[^;:.,%\d]|\.(?=\S)){0,100}?\s"
    r"(?i:đạt|từ|trên|dưới|không\s+dưới)\s+(?:(?i:tối\s+thiểu|ít\s+nhất|không\s+dưới|từ|trên)\s+)?"
    r"|(?:[^;:.%\d]|\.(?=\S)){0,250}?,\s*(?i:với)\s+[^;:.,%\d]{0,60}?\s(?i:mỗi)\s+[^;:.,%\d]{0,60}?\s"
    r"(?i:đạt|từ|trên|không\s+dưới|tối\s+thiểu|ít\s+nhất)\s+"
)
# The class or rank counted things reach, "đạt" right after their noun: "03
# sản phẩm OCOP đạt 3 sao trở lên", "12 xã đạt 19 tiêu chí": which of them
# count, part of the measure, no target (matched from the count's unit to a
# later count's value; not a rate, "… từ 50 triệu đồng trở lên đạt 60%", nor
# a measure named after "đạt", "đạt năng suất 12 tấn/ha").
COUNT_CLASS_CRITERION = _regex(r"(?:[^;:.,%\d()]|\.(?=\S)){0,80}?\s(?i:đạt)\s+(?:(?i:từ|trên|tối\s+thiểu|ít\s+nhất|không\s+dưới)\s+)?")
# A count per year, the rate of a goal with no word of direction: "mỗi người
# dân đọc 4 cuốn sách/năm", "2 đợt/năm" (not how often, "01 lần/năm").
TARGET_PER_YEAR = _regex(
    r"(?P<dir>)(?<![\d.,/])(?P<value>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+"
    r"(?P<unit>" + _NO_COUNT_NOUN + r"\p{Ll}+(?:\s+\p{Ll}+)?/(?:người/)?năm)(?![\p{L}\d/])"
    + _TARGET_YEAR_AFTER
)
# A second count the same verb aims at, after "và" or a comma in the first's
# clause: "Xây dựng thêm 02 thôn đạt chuẩn … và 20 vườn mẫu" (a noun no list
# names is its unit only when it ends the phrase: not "3 huyện thoát nghèo").
JOINED_COUNT = _regex(
    r"(?P<dir>)(?<=(?:\s(?i:và)|,)\s{1,3})(?P<value>\d{1,3}(?:\.\d{3})+|\d+)\s+"
    r"(?P<unit>" + _COUNT_UNIT + r"|" + _CLASSIFIER + r"|" + _NO_COUNT_NOUN + r"\p{Ll}+\s+" + _NO_COUNT_NOUN + r"\p{Ll}+(?=\s*(?:[,;.]|$|\s(?i:và)\s)))"
    r"(?![\p{L}\d])"
    + _TARGET_YEAR_AFTER
)
# A multiple to reach: "thu nhập … tăng ít nhất 1,6 lần so với năm 2025",
# "tăng gấp 2 lần" (not how often: "01 lần/năm").
TARGET_MULTIPLE = _regex(
    r"(?P<dir>(?i:tăng(?:\s+(?:lên|gấp))?|gấp)(?:\s+(?i:ít\s+nhất|tối\s+thiểu|trên|hơn|khoảng))?)\s+"
    r"(?P<value>\d+(?:,\d+)?)\s+(?P<unit>(?i:lần))(?![\p{L}\d/])"
    + _TARGET_YEAR_AFTER
)
# The target's year written before its value, opening the sentence: "Phấn
# đấu đến năm 2027, 100% trẻ em …", "Đến hết năm 2027, …", "Năm 2026, …", or
# heading the values after its colon: "Đến năm 2026: tỷ lệ … đạt 70%; …".
# Also opening its clause with no mark after it: "Đến cuối năm 2025 tỷ lệ hộ
# nghèo giảm còn dưới 18,5%; đến năm 2030 còn dưới 6%", "Năm 2026 đón 2,5
# triệu lượt khách; doanh thu đạt …" (the item's head: all its clauses').
# So a day it is due by: "Đến ngày 30/9/2026, hoàn thành số hóa 100% …; đến
# ngày 31/12/2026, …" (not "Tính đến ngày …": the state on that day).
TARGET_YEAR_BEFORE = _regex(
    r"(?i:(?:đến\s+(?:hết\s+|cuối\s+)?|vào\s+(?:cuối\s+)?|trong\s+)?năm)\s+(?P<year>(?:19|20)\d\d)\s*[,:]"
    r"|(?<!(?i:tính)\s+)(?i:đến)\s+(?i:ngày)\s+[0-3]?\d\s*(?:[/.\-]\s*[01]?\d\s*[/.\-]|(?i:tháng)\s+[01]?\d\s+(?i:năm))\s*(?P<year>(?:19|20)\d\d)\s*[,:]"
    # a period's, due at its end: "Giai đoạn 2026 - 2030, tỷ lệ … giảm …"
    r"|(?i:giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?P<year>(?:19|20)\d\d)\s*[,:]"
    r"|(?<=(?:\A|[;:\n])[^\S\n]*(?:(?i:phấn\s+đấu)\s+)?)(?:(?i:đến|vào|trong)\s+(?:(?i:hết|cuối)\s+)?)?(?i:năm)\s+(?P<year>(?:19|20)\d\d)(?=\s+\p{L})"
)
# A year with its own value after it: "năm 2025 đạt 80%", "…, đến cuối năm
# 2030 còn dưới 1,5%", "đến năm 2030 giảm xuống 2%" (matched after a year):
# the time of the value that follows, not of the one before it.
YEAR_WITH_ITS_VALUE = _std(
    r"\s*(?:(?i:đạt|là|có|còn|:)|(?i:giảm|tăng|xuống|lên)(?:\s+(?i:còn|xuống|lên))?)\s*"
    r"(?:(?i:từ|trên|dưới|tối\s+thiểu|tối\s+đa|ít\s+nhất|không\s+(?:dưới|quá|vượt\s+quá))\s+)?\d"
)
# The year a value is given for, right before it: "năm 2024 đạt 70%" (matched
# on the text before the value), or before the verb it changes by: "năm 2026
# giảm còn dưới 1,2%".
YEAR_THEN_VALUE_BEFORE = _regex(
    _NOT_BASELINE + r"(?i:năm)\s+(?P<year>(?:19|20)\d\d)\s*(?P<mark>(?i:đạt|là|có|còn|:))?"
    r"\s*(?P<verb>(?i:giảm|tăng)(?:\s+(?i:còn|xuống|lên))?)?\s*$"
)
# A target of none: "Không để xảy ra dịch lớn", "không để phát sinh điểm nóng".
ZERO_TARGET = _regex(r"(?i:không\s+để\s+(?:xảy\s+ra|phát\s+sinh))\s+[^.;,\n]{2,80}")
# A goals item's target of no case at all, said by what must not occur: "không
# có trường hợp tử vong", "không xảy ra ca tử vong do sốt xuất huyết" (as
# "không để xảy ra …" is; a case's noun after the negation, so "không có
# điều kiện …" stays no target).
ZERO_CASES = _regex(
    r"(?i:không\s+(?:có|xảy\s+ra|phát\s+sinh)\s+(?:trường\s+hợp|ca|vụ|người)(?![\p{L}\d]))[^.;,\n]{2,80}"
)
# A count before a quoted name, in a goals item: "Xây dựng mới 03 "Điểm chữa
# cháy công cộng"" (the value, the name its unit; not a document's number,
# "số 12 "…"": a word naming the number is checked where read).
QUOTED_COUNT = _regex(
    r"(?P<dir>(?!))?(?<![\d/.,])(?P<value>\d{1,3}(?:\.\d{3})*)[ \t]+[\"“](?P<unit>\p{Lu}[^\"”\n]{1,59})[\"”]"
    + _TARGET_YEAR_AFTER
)
# "duy trì đến năm 2030": the previous value held to a later year.
MAINTAIN = _regex(
    r"(?i:duy\s+trì)(?:\s+\d[\d.,]*\s*%)?\s+(?i:đến\s+năm)\s+(?P<year>(?:19|20)\d\d)"
)
# Deadlines: "trước ngày 10/11 hàng năm", "trước ngày 01/06 đối với báo cáo 6
# tháng", "trước ngày 15 tháng 12", "chậm nhất đến ngày 01 tháng 7 năm 2028",
# "trước ngày 17 hằng tháng";
# "ngày" may be left out before a full date ("trước 30/6/2026"), and before a
# day and month a yearly word follows ("Trước 15/12 hằng năm": the day of every
# year, as "trước ngày 15/12 hằng năm" is).
DEADLINE = _regex(
    r"(?:(?i:trước|chậm\s+nhất(?:\s+(?:là|đến|vào|trước))?|không\s+quá|hạn\s+chót)\s+"
    # the day itself: "báo cáo … ngay trong ngày 27/9/2025", "hoàn thành … trong
    # ngày 28/9/2025" (a bare "trong" after a due verb: checked in code)
    r"|(?i:ngay\s+trong|trong)\s+(?=(?i:ngày)\s+\d)"
    # or a task's time field: "Thời hạn: 30/6/2026", "thời gian hoàn thành: ngày …"
    r"|(?i:thời\s+hạn(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|thời\s+gian\s+hoàn\s+thành)\s*:\s*)"
    # the hour it is due first: "trước 16 giờ 00 ngày 12/3/2026", "trước 10h30, ngày …"
    r"(?:\d{1,2}\s*(?:(?i:giờ)|h)(?:\s*\d{1,2}(?:\s*(?i:phút))?)?\s*,?\s+(?=(?i:ngày)))?"
    # (or before a day written with its month's word: "trước 15 tháng 01 hằng năm")
    # (not a frequency: "không quá 6 tháng 1 lần")
    r"(?:(?i:ngày)\s+|(?=\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d)|(?=\d{1,2}\s*/\s*\d{1,2}\s+(?i:hằng|hàng|mỗi)\s+(?i:năm)\b)"
    r"|(?=\d{1,2}\s+(?i:tháng)\s+\d{1,2}\b(?!\s*(?i:lần))))"
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?"
    # a day of every month: "trước ngày 17 hằng tháng"
    r"|(?=\s+(?i:hàng|hằng)\s+tháng))"
    # what is due then: "… đối với báo cáo 6 tháng", "… (báo cáo năm)"
    r"(?:\s+(?i:đối\s+với)\s+(?P<due>báo\s+cáo[^,;.]{0,30})|\s*\(\s*(?P<due>(?i:báo\s+cáo)[^,;.()]{0,30})\))?"
)
# A named occasion with its date in brackets after "trước": "hoàn thành
# trước Tết Nguyên đán Bính Ngọ (ngày 17/02/2026)", "trước Đại hội Đảng bộ
# xã lần thứ I (dự kiến ngày 20/5/2026)", "trước kỳ họp thứ 5 HĐND xã (ngày
# 10/7/2026)": the date the text gives the occasion is the deadline (the
# bracket holds the full date alone, the occasion a capitalised name or an
# event's word; no ";", ":" nor bracket before it).
DEADLINE_BEFORE_OCCASION = _regex(
    r"(?i:trước)\s+(?:\p{Lu}|(?i:dịp|kỳ\s+họp|lễ|ngày|đợt|hội\s+nghị|đại\s+hội|kỳ\s+nghỉ|khi)\s)[^()\n;:]{1,80}?"
    r"\s*\(\s*(?:(?i:tức|dự\s+kiến|vào)\s+)?(?:(?i:ngày)\s+)?"
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)\s*\)"
)
# The lunar New Year named by its can chi year or its year, with no date,
# after "trước": "… trước Tết Nguyên đán Bính Ngọ", "trước dịp Tết Nguyên
# đán năm 2026" (dated from data/holidays.json's table: the Tết's first day
# is the deadline, as "trước ngày 17/02/2026" is; no bracketed date after it,
# which DEADLINE_BEFORE_OCCASION reads).
DEADLINE_BEFORE_TET = _regex(
    r"(?i:trước)\s+(?:(?i:dịp)\s+)?(?i:tết)\s+(?i:nguyên\s+đán)\s+"
    r"(?:(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?![\d/])|(?P<stem>\p{Lu}\p{Ll}*)\s+(?P<branch>\p{Lu}\p{Ll}*)(?:\s+(?P<y2>(?:19|20)\d\d)(?![\d/]))?)"
    r"(?!\s*\(\s*(?:(?i:tức|dự\s+kiến|vào|ngày)\s+)?\d)"
)
# The day the document is issued, said with no date in an urgent letter:
# "gửi danh sách về Sở … ngay trong ngày" (dated from the document's date);
# not the day of an event the text names: "khi phát hiện ổ dịch, báo cáo ngay
# trong ngày", "báo cáo ngay trong ngày khi có sự cố".
DEADLINE_SAME_DAY = _regex(
    r"(?<!(?i:khi|nếu|trường\s+hợp|phát\s+hiện|xảy\s+ra|phát\s+sinh)\b[^.;\n]{0,80})"
    r"(?i:ngay\s+trong\s+(?:ngày|hôm\s+nay))(?!\s*\d)(?!\s*,?\s*(?i:khi|nếu|sau\s+khi|kể\s+từ)\b)"
)
# "trước ngày X" after a thing done or a state, not after a duty: "giấy phép
# được cấp trước ngày 01/7/2025", "hợp đồng được giao kết trước ngày …", "đã
# được đưa vào hoạt động trước ngày …", "có hiệu lực trước ngày …" say what
# is covered, not when anything is due. A duty's verb after "được" keeps it a
# deadline ("các đơn vị được giao gửi báo cáo trước ngày 15/12"), and so do
# an obligation's words ("phải được phê duyệt trước ngày …", "bảo đảm có hiệu
# lực trước ngày …"). A report sent to a body after it is due by the date:
# "báo cáo … nhiệm vụ được phân công về Phòng Kinh tế trước ngày …". What
# was given to the doer, named so, is the task's object: "giải ngân 100% kế
# hoạch vốn được giao trước ngày 31/01/2027" (also "nhiệm vụ", "chỉ tiêu").
# "bị" in a word of two syllables is no passive: "báo cáo kết quả chuẩn bị kỳ
# thi trước ngày …", "trang bị", "thiết bị".
DEADLINE_CONDITION = _regex(
    r"(?:\b(?<!(?i:phải|cần|sẽ)\s+)(?!(?<=(?i:vốn|nhiệm\s+vụ|chỉ\s+tiêu)\s+)(?i:được\s+giao)\s*$)(?i:được|đã|(?<!(?i:chuẩn|trang|thiết|dự|phòng)\s+)bị)(?:\s+(?!(?i:báo\s+cáo|hoàn\s+thành|hoàn\s+tất|gửi|nộp|xong|thực\s+hiện"
    r"|triển\s+khai|trình|tổng\s+hợp|cập\s+nhật|kết\s+thúc)\b)(?!(?i:về|lên)\s+\p{Lu})[^\s,;.:]+){1,7}"
    r"|\b(?<!(?i:bảo\s+đảm|phải|để)\s+)(?i:có\s+hiệu\s+lực)"
    # a contract or licence with its making's verb and no object after it,
    # "được" left out: "hợp đồng lao động điện tử giao kết trước ngày …",
    # "giấy phép cấp trước ngày …" (not a duty: "phải ký hợp đồng trước …",
    # "hợp đồng … phải ký trước ngày …"; "đăng ký", "cung cấp" are other verbs)
    r"|(?i:hợp\s+đồng|thỏa\s+thuận|thoả\s+thuận|giấy\s+phép|giấy\s+chứng\s+nhận|chứng\s+chỉ)\b"
    r"(?:(?!(?i:phải|cần|sẽ|có\s+trách\s+nhiệm)\b)[^,;.:()])*?\s"
    r"(?<!(?i:phải|cần|sẽ|được|đã|bị|chưa|không|đăng|cung|phân|nâng)\s)(?i:giao\s+kết|ký\s+kết|ký|cấp))\s*$",
    END,
)
# ... but a state said with "đã" and a full date closing its clause is the
# clause's deadline: "số hóa 100% hồ sơ đã kiểm kê trước ngày 31/10/2026." (a
# date after the document's own cannot tell what was done: those before it are
# dropped as retold); not a subject's state the sentence goes on from: "cơ sở
# đã được cấp phép trước ngày 01/7/2025 phải cải tạo …", "nhà xưởng đã được
# đưa vào hoạt động trước ngày 15/4/2025, chậm nhất …" (matched after the date).
DONE_STATE_CLOSES = _regex(r"\s*(?:[.;\n]|$)")
# An item or sentence that goes on with the one before it, the same body
# doing more: "b) Đồng thời cập nhật kết quả … trước ngày 31/01/2026" after
# "a) Các Bộ, ngành, địa phương … báo cáo …" (its deadline is that body's).
# So does a point stating only the limit of what its clause sets: "b) Thời
# hạn xử lý … quy định tại khoản này hoàn thành trước ngày 31 tháng 12 năm
# 2026" after "a) … Ủy ban nhân dân cấp tỉnh tổ chức rà soát …".
FOLLOW_ON = _std(
    r"[\s\-+•]*(?:Đồng\s+thời|ĐỒNG\s+THỜI|đồng\s+thời)\b"
    r"|\s*Thời\s+hạn\s[^.;:\n]{0,80}?(?i:quy\s+định|nêu)\s+tại\s+(?i:khoản|điểm)\s+này\s"
)
# The heading of a part defining terms ("1. Khái niệm, phương pháp tính",
# "Giải thích từ ngữ", "Định nghĩa"): its periods and limits are what a term
# means or what other law lets others do ("Giá gói thầu được cập nhật trong
# thời hạn 28 ngày trước ngày mở thầu nếu cần thiết"), no deadline.
DEFINITION_HEADING = _regex(r"\s*(?i:khái\s+niệm|giải\s+thích\s+từ\s+ngữ|định\s+nghĩa)(?!\p{L})")
# A report received with a file, not one due: "… hồ sơ thành lập … kèm báo
# cáo thẩm định của Sở Công Thương".
ENCLOSED_REPORT = _regex(r"(?i:kèm(?:\s+theo)?\s+báo\s+cáo)")
# A deadline by quarter or month, which falls at its end: "hoàn thành trong quý
# II năm 2026", "trước quý IV/2026", "xong trong quý 2/2026", "trong tháng
# 3/2027", "chậm nhất tháng 6 năm 2026". The word before it says it is a time
# limit; a bare "Quý IV/2026" is one only in a table's time column.
# A range of them ends with its last: "Tháng 6 - 8/2026" is due in August,
# "Quý II - III/2026" at the end of the third quarter.
_PERIOD = (
    r"(?:(?i:quý)\s+(?:(?:IV|I{1,3}|[1-4])\s*[-–]\s*)?(?P<q>IV|I{1,3}|[1-4])"
    r"|(?i:tháng)\s+(?:\d{1,2}\s*[-–]\s*)?(?P<m>\d{1,2}))"
    r"\s*(?:[/\-.]|(?i:năm))\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
# A quarter as a plan writes it, for showing a deadline by its period rather
# than by the month it ends in: "Quý I/2026", "quý II năm 2026", "Quý II -
# III/2026", "trong quý IV".
QUARTER_WRITTEN = _std(
    r"(?i:quý)\s+(?:(?:IV|I{1,3}|[1-4])\s*[-–]\s*)?(?:IV|I{1,3}|[1-4])(?![\w])"
    r"(?:\s*(?:/|(?i:năm))\s*(?:19|20)\d\d(?!\d))?"
)
# The same period without its year, the plan's own ("trình UBND tỉnh trong
# quý III", "hoàn thành trước tháng 6"): a quarter's numeral or a month's
# number that no year, day or count goes on from ("tháng 6 năm …" is the
# dated form; "quý I, II" a list).
_PERIOD_NO_YEAR = (
    r"(?:(?i:quý)\s+(?P<q>IV|I{1,3}|[1-4])|(?i:tháng)\s+(?P<m>\d{1,2}))"
    r"(?!\s*(?:[/\-.]\s*\d|(?i:năm|hằng|hàng|lần)\b|,\s*(?:IV|I{1,3}|\d)\b)|\w)"
)
# The time field of a task, its value the time: "Thời gian hoàn thành: Quý
# III/2026", "thời hạn: tháng 6/2026", "Tiến độ: quý II", "Thời gian ban
# hành: tháng 6/2025" (the words of its step, as LABELLED_TIME reads them).
_TIME_LABEL = r"(?i:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:[^\S\n]+[^\W\d_]+){0,4}?[^\S\n]*:\s*"
# (a part of the month after the lead word: "vào tuần đầu tháng 11/2024",
# "trong giữa tháng 6/2024"; or an occasion of that month closing the clause,
# when what is due is done: "quán triệt … trong kỳ sinh hoạt chi bộ thường kỳ
# tháng 5/2024.", not a report's period: "trong kỳ báo cáo tháng 5/2024")
_PERIOD_LEAD = (
    r"(?:(?i:trước|trong|chậm\s+nhất(?:\s+(?:là|đến|vào|trong))?|vào|cuối|hết)\s+"
    r"(?:(?i:tuần\s+(?:đầu(?:\s+tiên)?|cuối|thứ\s+(?:nhất|hai|ba|tư|[1-4]))|đầu|giữa)\s+(?:(?i:của)\s+)?(?=(?i:tháng)\s)"
    r"|(?<=(?i:trong|vào)\s+)(?i:kỳ|đợt|dịp|phiên|buổi|hội\s+nghị)\s+(?!(?i:báo\s+cáo)\b)(?:[^\s\d,;.:()]+\s+){0,6}?"
    r"(?=(?i:tháng)\s+\d{1,2}\s*(?:[/\-.]|(?i:năm))\s*(?:19|20)\d\d\s*(?:[.;\n]|$)))?|"
    + _TIME_LABEL + ")"
)
DEADLINE_PERIOD = _regex(_PERIOD_LEAD + _PERIOD)
# A time alone after an item's colon, its time field and no heading's text:
# "Kiểm tra tại cơ sở: thường xuyên.", "…: Quý III/2026" (tested in segment).
TIME_VALUE_ONLY = _regex(
    r"^(?:(?i:thường\s+xuyên|liên\s+tục|(?:hằng|hàng)\s+(?:năm|quý|tháng))|" + _PERIOD + r"|(?i:năm)\s+(?:19|20)\d\d)\s*[.;]?\s*$"
)
# Without its year, only after words that say by when, not when something
# happened: "hoàn thành trong quý III", "trình … trước tháng 6" (a sentence
# opening "Trong quý III, …" tells a time, and is left out in code).
DEADLINE_PERIOD_NO_YEAR = _regex(_PERIOD_LEAD + _PERIOD_NO_YEAR)
# The words a period's lead opens with, lowered, where DEADLINE_PERIOD and
# DEADLINE_PERIOD_NO_YEAR are tried (``lowered_opening_words``).
PERIOD_LEAD_WORDS = ("chậm", "cuối", "hết", "thời", "tiến", "trong", "trước", "vào")
# A verb that puts a time limit on what it does, before a period without its
# year led by "trong", "vào", "cuối" or "hết": "trình UBND tỉnh trong quý III",
# "hoàn thành trong tháng 6", "Định kỳ cuối tháng 6 …" (not a time told:
# "số doanh nghiệp thành lập mới trong tháng 4", "tính đến hết tháng 4"),
# searched in the clause before the period.
YEARLESS_DUE_VERB = _regex(
    r"(?i:hoàn\s+thành|hoàn\s+tất|xong|trình|ban\s+hành|báo\s+cáo|gửi|nộp|tổ\s+chức|tổng\s+kết|sơ\s+kết|định\s+kỳ)"
)
# A plan for one year, by its title: "Kế hoạch phòng, chống dịch năm 2024"
# (not one over years: "giai đoạn 2026 - 2030", "2026 - 2030").
PLAN_OF_ONE_YEAR = _regex(r"(?i:năm)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])")
# A plan for a span of years, by its title: a school year, "năm học 2026 -
# 2027" (one year of school, named by the year it opens: its enrolment, its
# opening), or a period, "giai đoạn 2026 - 2030", "2026-2030" (reached by its
# last year).
PLAN_OF_YEARS = _regex(
    r"(?P<school>(?i:năm\s+học)\s+)?(?<!\d)(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)(?!\d)"
)
YEAR_SPAN = _regex(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|(?i:giai\s+đoạn)")
# A period joined after one without its year, giving both the year: "trong
# tháng 6 và tháng 7/2023", "quý II, quý III năm 2026" (matched after the first).
JOINED_PERIOD_YEAR = _regex(
    r"\s*(?:,|(?i:và|hoặc))\s*(?P<when>(?:(?i:quý)\s+(?P<q>IV|I{1,3}|[1-4])|(?i:tháng)\s+(?P<m>\d{1,2}))\s*(?:[/\-.]|(?i:năm))\s*(?P<y>(?:19|20)\d\d))(?!\d)"
)
# A list of months sharing the year written after its last, joined by commas
# and "và" / "hoặc": "tháng 4, tháng 6, tháng 8 và tháng 10/2026", "các tháng
# 3, 6 và 9 năm 2026". Where a deadline is read in it, each month is one (due
# in that month, of the shared year), not the last alone (checked in code:
# not a day of each month, "trước ngày 17 các tháng 3, 6 và 9 năm 2026",
# which DEADLINE's readers give). The list's items before "và" are taken
# possessively and at most eleven (a year has twelve months): no item ends
# in "và", so giving one back never helps, and a run of "tháng 1, " that
# never closes costs each start a bounded try, not the rest of the run (a
# search in linear time, not cubic).
MONTH_LIST = _regex(
    r"(?i:tháng)\s+(?P<first>\d{1,2})"
    r"(?P<rest>(?:\s*,\s*(?:(?i:tháng)\s+)?\d{1,2}(?![\d/])){0,11}+\s*,?\s*(?i:và|hoặc)\s+(?:(?i:tháng)\s+)?\d{1,2})"
    r"\s*(?:[/\-.]|\s(?i:năm)\s)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
MONTH_LIST_NUMBER = _regex(r"\d{1,2}")
# What makes a month list a day's months, no months' deadlines: a day said
# before it ("ngày 17 các tháng 3, 6 và 9", "ngày 25 hằng tháng trong các tháng
# …"); searched in the 40 characters before the list.
MONTH_LIST_DAY_BEFORE = _regex(r"(?i:ngày\s+\d{1,2}|hằng\s+tháng|hàng\s+tháng|mỗi\s+tháng)")
# A year's end: "hoàn thành trước cuối năm 2026", "vào cuối năm 2026",
# "chậm nhất cuối năm 2026" (a deadline in its twelfth month).
# Also with no lead word after a verb that puts a limit on it, as a period
# without its year is ("báo cáo UBND tỉnh cuối năm 2026"; checked in code).
# A year's end leading a goal's time, "đến cuối năm 2030", "vào cuối năm
# 2026", "đến hết năm 2027": in a goals part the time of a target (its
# year), never a deadline.
GOALS_YEAR_END = _regex(r"(?i:đến|vào|trong)\s+(?i:cuối|hết)\s+(?i:năm)\s+(?:19|20)\d\d")
DEADLINE_YEAR_END = _regex(
    r"(?P<lead>(?i:trước|vào|trong|đến|chậm\s+nhất(?:\s+(?:là|đến|vào|trong))?)\s+)?(?<!\p{L})(?i:cuối\s+năm)\s+(?P<y>(?:19|20)\d\d)(?!\d|/)"
)
# The occasion a product serves, said after its dated limit in a purpose
# clause: "… trình Thường trực HĐND tỉnh trước ngày 15/8/2026 để báo cáo tại
# kỳ họp thường lệ cuối năm 2026", "… để phục vụ hội nghị tổng kết cuối năm
# 2026" (matched on the words before the year's end, to their end): the
# occasion's time, not a second limit on a duty already dated (checked in
# code: a dated limit before it in its sentence).
PURPOSE_OCCASION = _regex(
    r"(?<!\p{L})(?i:để|nhằm)\s+(?:\p{Ll}+\s+){0,2}?(?i:báo\s+cáo|trình|phục\s+vụ)(?!\p{L})[^.;\n]{0,150}?"
    r"(?<!\p{L})(?i:kỳ\s+họp|phiên\s+họp|hội\s+nghị|hội\s+thảo|đại\s+hội)(?!\p{L})[^.;\n]{0,100}$",
    END,
)
# A task's time field saying it has no end: "Thời hạn: thường xuyên",
# "Thời gian thực hiện: Thường xuyên", "…: thường xuyên." closing the item.
DEADLINE_ONGOING = _regex(
    r"(?:" + _TIME_LABEL + r"|:\s*(?=\p{L}+\s+\p{L}+\s*[.;]?\s*$))(?P<ongoing>(?i:thường\s+xuyên|liên\s+tục))(?=\s*[.;,]|\s*$)"
)
# Each match holds a colon (the time field's, or the one before the time
# alone): a text without one is not scanned.
DEADLINE_ONGOING_MARK = ":"
# The same said as a clause of its own closing the task: "… bảo đảm an ninh
# mạng. Thực hiện thường xuyên.", "…; thực hiện thường xuyên." (not the
# manner of a verb that goes on: "thực hiện thường xuyên việc kiểm tra …").
DEADLINE_ONGOING_CLAUSE = _regex(
    r"(?<=(?:\A|[.;:\n])\s*)(?i:thực\s+hiện|triển\s+khai|tiến\s+hành)\s+(?P<ongoing>(?i:thường\s+xuyên|liên\s+tục))(?=\s*[.;]|\s*$)"
)
# "Thường xuyên" as the adverb of the duty itself: opening it ("- Thường
# xuyên giám sát, điều tra …", its verb after it) or closing its object ("Cập
# nhật biến động dân cư vào Kho dữ liệu … thường xuyên;"): ongoing. Not inside
# a noun phrase, where it names a kind ("kinh phí chi thường xuyên", "nhiệm vụ
# thường xuyên", "báo cáo đột xuất và thường xuyên", "các hoạt động không
# thường xuyên", "thời gian nâng bậc lương thường xuyên"): a closing one
# closes a duty's clause, one led by a task's verb (LEADING_TASK_VERB after
# its mark, DUTY_CLAUSE_MARK) or right after a verb of doing ("phải được thực
# hiện thường xuyên", ONGOING_DOING_BEFORE), and the words before it name no
# kind (ONGOING_NOUN_BEFORE); checked in code.
DEADLINE_ONGOING_ADVERB = _regex(
    r"(?<=(?:\A|[.;:\n])[^\S\n]*(?:[-+•*][^\S\n]*)?)(?P<ongoing>Thường\s+xuyên|THƯỜNG\s+XUYÊN)(?=[^\S\n]+\p{Ll})"
    r"|(?<=\p{L}[^\S\n]+)(?P<ongoing>(?i:thường\s+xuyên))(?=[^\S\n]*(?:[.;]|$))"
)
ONGOING_NOUN_BEFORE = _regex(
    r"(?i:chi|nhiệm\s+vụ|kinh\s+phí|ngân\s+sách|dự\s+toán|vốn|sự\s+nghiệp|công\s+việc|công\s+tác|hoạt\s+động|khoản|"
    r"cư\s+trú|sinh\s+sống|thường\s+trú|làm\s+việc|lao\s+động|đối\s+tượng|và|hoặc|không|định\s+kỳ|đột\s+xuất)\s*,?\s*$"
)
ONGOING_DOING_BEFORE = _regex(r"(?<!\p{L})(?i:thực\s+hiện|tiến\s+hành|triển\s+khai|duy\s+trì)\s*$")
# A clause's mark before its first word: a dash, a number or a letter ("- ",
# "3. ", "b) ", "1.2. ").
DUTY_CLAUSE_MARK = _regex(r"[\s\-+•*]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|\p{Ll})[.)][\s]*)?")
# A task line closing with a year that goes on without end: "Tư vấn, khám sức
# khỏe trước kết hôn …: năm 2026 và các năm tiếp theo.", "…, từ năm 2026 trở
# đi": ongoing from that year, as its time cell is (ONGOING_FROM_YEAR).
DEADLINE_ONGOING_FROM_YEAR = _regex(
    r"(?:(?i:từ|kể\s+từ)\s+)?(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?:\s*,|\s)\s*"
    r"(?P<ongoing>(?i:và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)|trở\s+đi))(?=\s*[.;]|\s*$)"
)
# ... but not a year naming a budget, the year of the money, no due date of
# the duty: "bố trí kinh phí trong dự toán năm 2027 và các năm tiếp theo",
# "… vào kế hoạch vốn năm 2026", "… dự toán ngân sách nhà nước năm 2027"
# (matched on the words just before "năm"; "từ năm 2027 …" is a time).
BUDGET_BEFORE_YEAR = _regex(
    r"(?<!\p{L})(?i:dự\s+toán|ngân\s+sách|kế\s+hoạch\s+vốn|nguồn\s+vốn|vốn\s+đầu\s+tư)"
    r"(?:\s+(?i:chi|ngân\s+sách|nhà\s+nước|sự\s+nghiệp|địa\s+phương|trung\s+ương|tỉnh|của\s+\p{L}+)){0,3}\s*$"
)
# A time limit of a whole year: a task finished within it ("hoàn thành trong
# năm 2025", "xong trong năm học 2024 - 2025", "thực hiện trong năm học …"); a
# review held in it is REVIEW_YEAR's. A year alone elsewhere ("năm 2025, toàn
# tỉnh đã …") is a time, not a limit.
# A time limit counted from an event: "Trong thời hạn 05 ngày làm việc, kể
# từ ngày nhận đủ hồ sơ hợp lệ, …", "chậm nhất 30 ngày trước khi hết hạn Giấy
# phép", "trong vòng 24 giờ kể từ thời điểm phát hiện", "trong thời hạn 60
# ngày kể từ ngày Thông tư này có hiệu lực". The event after "kể từ", "trước"
# or "sau" is what it counts from (a long clause naming its doer too: "kể từ
# ngày Hội đồng xét thăng hạng chức danh nghề nghiệp viên chức họp xem xét
# kết quả …"), up to a condition ("… trước ngày mở thầu
# nếu cần thiết") (a length with none, "không quá 06 tháng, cỡ 3cm x 4cm", is
# a measure, not a limit). A lead time is one too, with its event named
# ("ít nhất 10 ngày trước khi …", "tối thiểu 03 ngày làm việc trước khi …",
# "trước 24h trước khi sử dụng"); "ít nhất 10 ngày" alone is a length.
# A bare "trong" is the same limit when it counts from an event ("ban hành kế
# hoạch trong 07 ngày làm việc kể từ ngày nhận được Kế hoạch này", the form
# plans use most): only "kể từ" then, in days or hours, after a verb that
# finishes or sends (checked in code: "được miễn phí trong 30 ngày kể từ …"
# is how long a right lasts).
DEADLINE_RELATIVE = _regex(
    r"(?i:trong\s+(?:thời\s+hạn|thời\s+gian|vòng)(?:\s+(?:tối\s+đa|không\s+quá))?"
    r"|chậm\s+nhất(?:\s+là)?|không\s+quá|tối\s+đa(?:\s+không\s+quá)?|(?P<lead>ít\s+nhất|tối\s+thiểu|trước)|(?P<bare>trong))\s+"
    r"(?P<n>\d{1,3})(?:\s*\([^()\n]{1,25}\))?(?:\s+|\s*(?=h\b))(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ|tháng|năm)|h\b)"
    r"(?(bare)(?<=(?i:ngày|việc|giờ)|h))"
    r"\s*,?\s+(?(lead)(?=(?i:trước\s+(?:khi|ngày|thời\s+điểm))\b))(?(bare)(?=(?i:kể\s+từ)\s))(?P<rel>(?i:kể\s+từ|trước|sau))\s+(?P<anchor>[^,;.\n()]{3,160}?)(?=\s*[,;.\n(]|\s+(?i:nếu|theo\s+quy\s+định)\s|$"
    # (or before a second limit: "… hồ sơ đề nghị thành lập chi nhánh hoặc trong thời hạn 11 ngày …")
    r"|\s+(?i:hoặc|và)\s+(?i:trong\s+(?:thời\s+hạn|thời\s+gian|vòng)|chậm\s+nhất|không\s+quá)\s)"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
DEADLINE_RELATIVE_OPENING_WORDS = ("chậm", "không", "trong", "tối", "ít", "trước")
# The same limit with "trước"/"sau" first: the event, then the length
# ("sau mỗi đợt hiến máu 05 ngày làm việc", "trước ngày giao quân ít nhất 15
# ngày", "trước thời hạn hết hiệu lực của giấy phép 30 ngày"), or a bound
# and the length, the event left to the task ("thông báo lịch cắt điện trước
# ít nhất 05 ngày", "ít nhất trước 30 ngày khi …"). The event opens with a
# word naming one (not "Trước tình hình …", "sau thời gian 24 tháng": a
# time told); "sau ít nhất 6 tháng" is a condition, not a limit.
_EVENT_BOUND = r"(?i:ít\s+nhất|tối\s+thiểu|chậm\s+nhất|tối\s+đa|không\s+quá)"
DEADLINE_RELATIVE_EVENT = _regex(
    r"(?:(?P<lead>(?i:ít\s+nhất|tối\s+thiểu)(?=\s+(?i:trước)\b)|(?i:chậm\s+nhất))\s+|(?=(?:(?i:trước)|sau|Sau|SAU)\b))(?P<rel>(?i:trước)|sau|Sau|SAU)\s+"
    r"(?:(?P<anchor>(?i:mỗi|khi|ngày|thời\s+điểm|thời\s+hạn|đợt|kỳ|buổi|phiên|lễ|tết|hội\s+nghị|kết\s+thúc|hết\s+hạn)\s"
    r"(?:(?!\s(?i:trong|từ|kể|đến|trước|sau)\s)[^\d,;.:\n()]){2,80}?)\s+(?:" + _EVENT_BOUND + r"\s+)?"
    r"|(?:(?i:chậm\s+nhất|tối\s+đa|không\s+quá)|(?<=(?i:trước)\s+)(?i:ít\s+nhất|tối\s+thiểu))\s+|(?(lead)|(?!)))"
    r"(?<!(?i:ngày|mùng|mồng)\s+)(?P<n>\d{1,3})(?:\s*\([^()\n]{1,25}\))?\s+(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ|tháng))\b"
    r"(?!\s*[/\-.]?\s*\d|\s+(?i:năm|đầu|cuối|tới|qua|liên|một|trước|sau)\b)"
)
# (see DEADLINE_OPENING_WORDS; "sau" is written in each case: (?i) would match "ſau")
DEADLINE_RELATIVE_EVENT_OPENING_WORDS = ("chậm", "sau", "trước", "tối", "ít")
# A lead time alone closing a clause whose verb sends a notice, the event left
# to the task (the notice comes that long before it): "thông báo bằng văn bản
# đến UBND tỉnh ít nhất 10 ngày, …", "gửi hồ sơ đến Sở tối thiểu 05 ngày làm
# việc." The verb is LEAD_TIME_VERB, searched in code in the clause before;
# a stay or a span between them is no notice (LEAD_TIME_NOT_DUE: "nghỉ ít nhất
# 12 giờ", "niêm yết công khai ít nhất 30 ngày"). (rel, anchor: empty, the task's event)
DEADLINE_LEAD_TIME = _regex(
    r"(?i:ít\s+nhất|tối\s+thiểu)\s+(?P<n>\d{1,3})(?:\s*\([^()\n]{1,25}\))?(?:\s+|\s*(?=h\b))"
    r"(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ)|h\b)(?P<rel>)(?P<anchor>)(?=\s*(?:[,;.\n]|$))"
)
DEADLINE_LEAD_TIME_OPENING_WORDS = ("ít", "tối")
# A limit with its event left to the task, closing a clause whose verb is
# what is due: "Sở Y tế khi xảy ra sự cố phải báo cáo ngay … trong vòng 24
# giờ.", "khắc phục trong thời hạn 05 ngày làm việc." (verb: WITHIN_DUE_VERB,
# searched in code in the clause before; not a length: "mưa kéo dài trong
# vòng 3 ngày"). (rel, anchor: empty, the task's event)
DEADLINE_WITHIN = _regex(
    r"(?i:trong\s+(?:vòng|thời\s+hạn))(?:\s+(?i:tối\s+đa|không\s+quá))?\s+(?P<n>\d{1,3})(?:\s*\([^()\n]{1,25}\))?\s+"
    r"(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ))(?P<rel>)(?P<anchor>)(?=\s*(?:[;.\n]|$))"
)
DEADLINE_WITHIN_OPENING_WORDS = ("trong",)
# A limit opening the main clause after a case clause, its event the case's
# (ad hoc, "kể từ" left out): "Trường hợp phát hiện ổ dịch mới, trong vòng 48
# giờ phải hoàn thành xử lý …", "Khi có sự cố, chậm nhất 24 giờ, đơn vị gửi
# báo cáo …" (the case word opening its sentence or line, CASE_CLAUSE_OPENS,
# and a duty's verb or "phải" after it: checked in code; a limit with its
# own event, "… kể từ khi phát hiện", is DEADLINE_RELATIVE's).
# (rel, anchor: empty, the case's event)
DEADLINE_WITHIN_AFTER_CASE = _regex(
    r"(?i:trong\s+(?:vòng|thời\s+hạn)|chậm\s+nhất(?:\s+là)?)(?:\s+(?i:tối\s+đa|không\s+quá))?\s+(?P<n>\d{1,3})(?:\s*\([^()\n]{1,25}\))?\s+"
    r"(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ))(?P<rel>)(?P<anchor>)"
    r"(?=[^\S\n]*,?[^\S\n]+(?!(?i:kể\s+từ|tính\s+từ|sau|trước|kể)(?!\p{L}))\p{L})"
)
DEADLINE_WITHIN_AFTER_CASE_OPENING_WORDS = ("trong", "chậm")
# The case clause such a limit follows, from its sentence's or line's start
# up to the comma before the limit: "Trường hợp …,", "Khi …,", "Nếu …,",
# "Ngay sau khi …," (a bullet or a point's letter before it).
CASE_CLAUSE_OPENS = _regex(
    r"[^\S\n]*(?:[-–+•][^\S\n]*|\p{Ll}\)[^\S\n]*|\d{1,2}\.[^\S\n]+)?(?i:trường\s+hợp|khi|nếu|(?:ngay\s+)?sau\s+khi|ngay\s+khi)\s"
    r"[^;.\n]{3,200},[^\S\n]*$"
)
# ... not a target's measure, a share of what is done in time: "100% ổ dịch
# được phát hiện và xử lý trong vòng 48 giờ" (a "%" or a passive "được").
WITHIN_AS_TARGET = _regex(r"%|(?<!(?i:phải)\s+)\b(?i:được)\s")
WITHIN_DUE_VERB = _regex(
    r"(?<!\p{L})(?i:báo\s+cáo|thông\s+báo|gửi|nộp|trình|hoàn\s+thành|hoàn\s+tất|khắc\s+phục|xử\s+lý|trả\s+lời|phản\s+hồi"
    # (a duty put on the clause's subject: "cơ quan thẩm định có trách nhiệm
    # tổ chức thẩm định Kế hoạch trong vòng 15 ngày làm việc")
    r"|có\s+trách\s+nhiệm|thẩm\s+định)(?!\p{L})"
)
LEAD_TIME_VERB = _regex(r"(?<!\p{L})(?i:thông\s+báo|gửi|nộp|báo\s+cáo|đăng\s+ký)(?!\p{L})")
LEAD_TIME_NOT_DUE = _regex(
    r"(?<!\p{L})(?i:nghỉ|kéo\s+dài|liên\s+tục|công\s+khai|niêm\s+yết|đăng\s+tải|lưu\s+(?:giữ|trữ)|duy\s+trì"
    r"|thời\s+gian|thời\s+hạn|kể\s+từ|sau|trong|tổ\s+chức|tập\s+huấn)(?!\p{L})"
)
# A procedure's time limit stated as its own field, the event it counts from
# left to the procedure: "Thời hạn kiểm tra không quá 10 ngày làm việc",
# "Thời hạn giải quyết: 07 ngày làm việc", "Thời hạn trả lời là 15 ngày". The
# label opens its sentence, and names a step of a procedure (not how long a
# thing is valid or kept: "Giấy phép có thời hạn 12 tháng", "Thời hạn sử
# dụng …", "Thời hạn lưu trữ …").
DEADLINE_TERM = _regex(
    r"(?<=(?:\A|[.;:\n]|^[-+•]?)[^\S\n]*)(?:Thời\s+hạn|THỜI\s+HẠN)[^\S\n]+(?i:kiểm\s+tra|thanh\s+tra|giải\s+quyết|xử\s+lý"
    r"|thẩm\s+định|trả\s+lời|trả\s+kết\s+quả|phúc\s+đáp|xác\s+minh|khắc\s+phục|hoàn\s+thành|thực\s+hiện|cho\s+ý\s+kiến"
    r"|góp\s+ý|rà\s+soát|báo\s+cáo|gửi\s+báo\s+cáo|nộp\s+báo\s+cáo|cấp(?:[^\S\n]+\p{Ll}+){0,2}?)"
    r"[^\S\n]*(?::|là)?[^\S\n]*(?i:không\s+quá|tối\s+đa|trong(?:\s+vòng)?)?[^\S\n]*"
    # (not a date: a table's "Thời hạn hoàn thành" cell above "12 tháng 9 năm 2025")
    r"(?P<n>\d{1,3})(?:[^\S\n]*\([^()\n]{1,25}\))?[^\S\n]+(?P<unit>(?i:ngày\s+làm\s+việc|ngày|giờ|tháng))\b(?!\s*\d)"
    # the event it counts from, when named: "… kể từ ngày tiếp nhận đủ hồ sơ hợp lệ"
    r"(?:\s*,?\s+(?P<rel>(?i:kể\s+từ|sau\s+khi))\s+(?P<anchor>[^,;.\n()]{3,90}?)(?=\s*[,;.\n(]|$))?",
    regex.M,
)
# Brackets closing a timeline step, a name in them (the step's owner when
# the name is a body's alone): "… phê duyệt phương án (Công an tỉnh)".
CLOSING_BRACKETED_NAME = _regex(r"\((?P<name>[^()\d;:]{3,80})\)$")
# The heading of a part that times the plan's steps: "II. TIẾN ĐỘ", "Tiến độ
# thực hiện", "Lịch kiểm tra", "Lộ trình triển khai", "Thời gian thực hiện",
# "Các mốc thời gian" (not "Thời gian, địa điểm": an event's; not "Lịch sử").
TIMELINE_HEADING = _regex(
    r"(?i:(?:thời\s+gian(?:\s*(?:,|và)\s*tiến\s+độ)?\s+(?:thực\s+hiện|triển\s+khai|hoàn\s+thành)"
    r"|tiến\s+độ|lịch(?!\s+sử)|lộ\s+trình|(?:các\s+)?mốc\s+thời\s+gian)(?:\s+\p{L}+){0,4})\s*[.:]?"
)
# The letters its headings open with (a test before the pattern: most headings open otherwise).
TIMELINE_HEADING_INITIALS = frozenset("TtLlCcMm")
# A step of a timeline, its date alone before its colon (a heading's text): a
# day, "Ngày 10 - 11/5/2024" or "Từ ngày 10 đến ngày 11/5/2024" (a range is
# done at its end), or a month or quarter ("Tháng 6 - 7/2024", "Quý III").
# It is a milestone even with no "trước" (tried on a timeline part's headings).
TIMELINE_STEP = _regex(
    r"(?:(?i:từ\s+ngày|ngày|từ)\s+)?(?:\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?)?\s*(?:[-–]|(?i:đến|tới))\s*(?:(?i:ngày)\s+)?)?"
    r"(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d\d))?|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?)"
    r"|(?:(?i:từ)\s+)?(?:(?i:quý)\s+(?:(?:IV|I{1,3}|[1-4])\s*(?:[-–]|(?i:đến))\s*(?:(?i:quý)\s+)?)?(?P<q>IV|I{1,3}|[1-4])"
    r"|(?i:tháng)\s+(?:\d{1,2}\s*(?:[-–]|(?i:đến))\s*(?:(?i:tháng)\s+)?)?(?P<pm>\d{1,2}))"
    r"(?:\s*(?:[/\-.]|(?i:năm))\s*(?P<py>(?:19|20)\d\d))?"
)
# A review's words before the span it covers, in its clause: "Đánh giá kết
# quả thực hiện chính sách … từ ngày 01/01/2024 đến ngày 30/6/2026", "báo
# cáo kết quả giám sát trong giai đoạn từ …" (matched on the words before the
# span, to their end; the clause's first such word decides). The span is the
# period reviewed, no due date, where it is named so ("giai đoạn", "thời kỳ"
# right before it: REVIEWED_SPAN_NAMED) or had ended by the document's date
# (checked in code); one under way at that date only after words reviewing
# results (``results``: đánh giá, sơ kết, tổng kết, báo cáo kết quả). An
# inspection's or monitoring's window under way or to come, "kiểm tra … từ
# ngày 01/3/2026 đến ngày 30/6/2026" in a plan of March, is a campaign's.
REVIEWED_SPAN_LEAD = _regex(
    r"(?<!\p{L})(?i:(?P<results>đánh\s+giá|báo\s+cáo\s+kết\s+quả|sơ\s+kết|tổng\s+kết)|giám\s+sát|kiểm\s+tra)(?!\p{L})"
    r"[^.;\n]{0,200}$",
    END,
)
REVIEWED_SPAN_NAMED = _regex(r"(?<!\p{L})(?i:giai\s+đoạn|thời\s+kỳ)[^\S\n]*$", END)
# A calendar step's line, its date or span opening it before a colon: "1.
# Từ ngày 01/6 đến ngày 10/6/2026: các trường rà soát …", "- Ngày 24/8/2026:
# học sinh tựu trường". CALENDAR_STEP_MARK: the words before the date (a
# list's mark alone); CALENDAR_STEP_BODY: the step after it (matched at the
# date's end).
CALENDAR_STEP_MARK = _regex(r"[^\S\n]*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))?[^\S\n]*")
CALENDAR_STEP_BODY = _regex(r"[^\S\n]*(?:\([^()\n]{0,40}\))?[^\S\n]*:[^\S\n]*(?P<body>[^\n]+)")
# A calendar step done by the public, not by a body: "cha mẹ học sinh đăng
# ký …", "học sinh trúng tuyển xác nhận nhập học", "thí sinh nộp hồ sơ",
# "người dân, doanh nghiệp đăng ký …" (its step's text opening with them): a
# schedule entry, no deadline (the calendar's own event, "Khai giảng năm học
# mới", stays a milestone, as a timeline's step does). The public is the
# unnamed class: an enterprise named after its class word, "Doanh nghiệp
# (tư nhân, Nhà nước) Thành Công bàn giao …", is a body.
CALENDAR_PUBLIC_DOER = _regex(
    r"(?i:(?:các\s+)?(?:cha\s+mẹ(?:\s+học\s+sinh)?|phụ\s+huynh|học\s+sinh|thí\s+sinh|sinh\s+viên|người\s+học"
    r"|người\s+dân|công\s+dân|doanh\s+nghiệp(?-i:(?![^\S\n]+(?:(?i:tư\s+nhân|nhà\s+nước)[^\S\n]+)?\p{Lu}))"
    r"|tổ\s+chức,\s+cá\s+nhân|hộ\s+gia\s+đình))(?!\p{L})"
)
# A part headed "Thời gian" alone (or "II. CHỈ TIÊU, THỜI GIAN") times the plan too
# (not "Thời gian, địa điểm": an event's).
TIMELINE_BARE_HEADING = _std(r"(?i:(?:(?:chỉ|mục)\s+tiêu\s*(?:,|và)\s*)?thời\s+gian)\s*[.:]?")
# A dated line of a timeline part: the step named, a colon, its day alone
# ("- Giao nhận quân: ngày 12/02/2025 (nhằm ngày 15 tháng Giêng …)."), a
# milestone with no "trước" (multi-line; tried on timeline parts' text only);
# a numbered item's too ("1. Giao nhận quân: …", "a) …").
TIMELINE_DATED_LINE = _regex(
    r"^(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*(?P<what>\p{L}[^\d:;\n]{2,80}?)[ \t]*:[ \t]*"
    r"(?P<date>(?:(?i:ngày)\s+)?(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d)))"
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*[.;]?[ \t]*$",
    regex.M,
)
# The time an activity is held, said by a notice's or plan's time item, its
# value opening with it: "1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ
# Ba)", "- Thời gian: 08 giờ 00, thứ Năm, ngày 16/7/2026", "Thời gian: 1,5
# ngày (bắt đầu từ 13h30’ thứ Hai ngày 06/7/2026)" (a length with its start:
# the start), "Bắt đầu từ 14h30’ ngày …"; also a round listed under one,
# "1. Thời gian, đối tượng kiểm tra:" / "1.1. Đợt 1: Từ 13h30’ ngày
# 02/6/2026" (``round``: tried there only). The hour and the weekday around
# the date stay in its text. Not a range ("từ ngày 01/11/2026 đến ngày …":
# due at its end, DEADLINE_PERIOD_END's), a signature stamp ("Thời gian ký:
# 12.03.2024 10:11"), nor a length alone ("Thời gian: 02 ngày"). ``what``:
# the activity its label names ("kiểm tra"). Multi-line: at a line's start.
_HOUR = r"\d{1,2}\s*(?:(?i:giờ)|h|g)(?:\s*\d{1,2})?(?:\s*(?i:phút)|[’'′])?(?:\s+(?i:sáng|trưa|chiều|tối))?"
_WEEKDAY = r"(?:(?i:thứ)\s+(?i:hai|ba|tư|năm|sáu|bảy|[2-7])|(?i:chủ\s+nhật))\b"
HELD_TIME = _regex(
    r"(?<=^[ \t]*(?:[-+•*]|\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-zđ]\))?[ \t]*)"
    r"(?:(?P<label>(?i:thời\s+gian)(?![^\S\n]+(?i:ký|hoàn\s+thành)\b)(?P<what>(?:[^\S\n]*,?[^\S\n]+\p{L}+){0,6}?))"
    r"|(?P<round>(?i:đợt|lần|buổi|khóa|khoá|lớp|ca)\s+[\dIVX]{1,4}))"
    r"[^\S\n]*:[^\S\n]*"
    r"(?P<value>(?:\d{1,2}(?:[,.]\d)?\s+(?i:ngày|buổi)\s*\(\s*(?P<open>))?"
    r"(?:(?:(?i:bắt\s+đầu)\s+)?(?i:từ|vào|lúc)\s+(?:(?i:lúc)\s+)?)?"
    r"(?:" + _HOUR + r"\s*,?\s*)?(?:(?i:ngày\s+)?" + _WEEKDAY + r"\s*,?\s*)?"
    r"(?:(?i:ngày)\s+)?(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))"
    r"(?!\d|\s*(?:[-–]|(?i:đến|tới)\b))"
    r"(?:\s*\(\s*" + _WEEKDAY + r"\s*\))?(?(open)\s*\)))",
    regex.M,
)
# The heading of an activity's time item, its value in its text or its
# rounds' ("Thời gian kiểm tra", "Thời gian, đối tượng kiểm tra"; not a
# task's "Thời gian hoàn thành", nor a signature's "Thời gian ký").
HELD_TIME_HEADING = _regex(
    r"(?i:thời\s+gian)(?!\s+(?i:ký|hoàn\s+thành)\b)(?:\s*,?\s+\p{L}+){0,6}\s*:?"
)
# A step of a timeline part and its period after a colon, a quarter or a
# month, or a span of them due at its last ("- Tiến độ khởi công công trình:
# Quý II/2027.", "(2) Thực hiện đầu tư: Từ Quý II/2027 đến Quý III/2029;",
# "- Hoàn thành các thủ tục đầu tư: Từ Quý III/2030 đến Quý II/2031."): a
# milestone, what is due the step (the words since the line's start, a ";",
# a colon or a mark "(1)"); the period closes its clause. Tried on timeline
# parts' text only.
TIMELINE_PERIOD_STEP = _regex(
    r"(?<=(?:^|[;:]|\(\d{1,2}\))[ \t]*(?:[-+•*][ \t]*)?)(?P<what>\p{L}[^:;\n()]{2,150}?)[ \t]*:[ \t]*"
    r"(?P<when>(?:(?i:từ)\s+(?:(?i:quý)\s+(?:IV|I{1,3}|[1-4])|(?i:tháng)\s+\d{1,2})(?:\s*(?:[/\-.]|(?i:năm))\s*(?:19|20)\d\d)?"
    r"\s*(?:[-–]|(?i:đến|tới))\s*(?:(?i:hết)\s+)?)?" + _PERIOD + r")(?=\s*(?:[.;,)]|$))",
    regex.M,
)
# A milestone list's line opening with the period it falls in, then a colon
# and the work ("- Quý I/2026: Công an phường tổng rà soát …", "- 6 tháng đầu
# năm 2026: …", "- Tháng 5/2026: …", "+ Năm 2027: …"): due at the period's end
# (a quarter's third month, a half-year's sixth or twelfth, a month, a year's
# December), owned by the body the work names. ``q``/``m``/``half``: the
# period; ``y`` its year; ``rest`` the work. Tried at list lines opening with
# a period word only (MILESTONE_LINE_INITIALS).
MILESTONE_LINE = _std(
    r"(?m)^[ \t]*[-+•*][ \t]*(?P<when>(?i:quý)[ \t]+(?P<q>IV|I{1,3}|[1-4])"
    r"|(?i:tháng)[ \t]+(?P<m>\d{1,2})"
    r"|0?6[ \t]+tháng[ \t]+(?P<half>đầu|cuối)(?:[ \t]+năm)?"
    r"|(?i:năm))[ \t]*(?:/|[ \t]năm[ \t]|[ \t])?[ \t]*(?P<y>(?:19|20)\d\d)(?!\d)[ \t]*:[ \t]*(?P<rest>\S[^\n]*)"
)
# The work a milestone line's text opens with where it names no body (a
# review, a drill, a finish: "Sơ kết mô hình …", "Tổ chức thực tập phương án
# …"), beside LEADING_TASK_VERB; a line of figures ("- Năm 2026: 100% hộ …",
# a target's year) or of what was done ("… đã …") is no milestone.
MILESTONE_WORK = _std(
    r"(?i:sơ\s+kết|tổng\s+kết|hoàn\s+thành|ra\s+quân|diễn\s+tập|thực\s+tập|tập\s+huấn|khảo\s+sát|điều\s+tra|ban\s+hành"
    r"|triển\s+khai|tổ\s+chức|kiểm\s+tra|xây\s+dựng|nâng\s+cấp|đưa\s+vào|nhân\s+rộng|đánh\s+giá|trình|thành\s+lập|kiện\s+toàn)\s"
)
# The start of a list line a milestone line may be (MILESTONE_LINE's mark and
# its period's first letter: "quý", "tháng", "0?6 tháng", "năm"), after its
# line's break: a literal first character, found at memchr's speed, where
# MILESTONE_LINE's "^" is tried at every place.
MILESTONE_LINE_START = _std(r"\n[ \t]*[-+•*][ \t]*[QqTtNn0-9]")
# The openings of a milestone line's period, after its mark, lowered.
MILESTONE_LINE_INITIALS = ("quý ", "tháng ", "6 tháng ", "06 tháng ", "năm ")
# A duty roster's line: the weekdays a post is on duty, a colon, then who is
# on duty ("- Thứ Hai, thứ Năm: Phó Chủ tịch Ủy ban nhân dân xã trực chỉ
# huy; Phòng Kinh tế trực ban.", "- Thứ Tư, thứ Bảy, Chủ nhật: Trưởng Công
# an xã trực chỉ huy."): a weekly duty of each post named before "trực".
# ``days``: the weekdays; ``rest``: the duty clauses. Tried on texts saying
# "trực" only.
_WEEKDAY = r"(?:(?i:thứ)[ \t]+(?:(?i:hai|ba|tư|năm|sáu|bảy)|[2-7])|(?i:chủ)[ \t]+(?i:nhật))"
ROSTER_LINE = _std(
    r"(?m)^[ \t]*(?:[-+•*][ \t]*)?(?P<days>" + _WEEKDAY + r"(?:[ \t]*(?:,|và|-|–)[ \t]*" + _WEEKDAY + r")*)"
    r"[ \t]*:[ \t]*(?P<rest>[^\n]*?\btrực\b[^\n]*)$"
)
# A roster line's post before its duty ("đồng chí Phó Chủ tịch … trực chỉ
# huy", "Phòng Kinh tế trực ban"): the words before "trực", the courtesy
# "đồng chí" left out (matched on one duty clause).
ROSTER_POST = _std(r"[ \t]*(?:(?i:đồng[ \t]+chí)[ \t]+)?(?P<post>[A-ZĐÀ-Ỹ][^;:\n]{2,120}?)[ \t]+trực\b")
# A review held when a campaign ends, its period stated elsewhere in the plan
# ("- Kết thúc đợt cao điểm, ba bên tổ chức sơ kết …", "Khi kết thúc đợt
# ra quân, … tổng kết"): due at the end of that campaign's span ("Đợt cao
# điểm từ ngày 15/4/2026 đến ngày 31/10/2026"). ``name``: the campaign, from
# "đợt"; the review's verb in its clause (``what``).
CAMPAIGN_END_REVIEW = _std(
    r"(?m)^[ \t]*(?:[-+•*][ \t]*)?(?P<when>(?:[Kk]hi[ \t]+)?[Kk]ết[ \t]+thúc[ \t]+(?P<name>đợt[ \t]+[^,;.:\n]{2,60}?))[ \t]*,"
    r"[^;\n]{0,80}?(?P<what>sơ[ \t]+kết|tổng[ \t]+kết|báo[ \t]+cáo|đánh[ \t]+giá)"
)
# A phase's or round's name on the line before its span, lowered ("1. giai
# đoạn 1: từ …", "giai đoạn 2 (từ …"): the name a later "trong Giai đoạn 2"
# refers to (PHASE_REFERENCE).
PHASE_NAME_IN_LINE = _regex(r"(?<!\p{L})(?:giai\s+đoạn|đợt)\s+(?:\d{1,2}|[ivx]{1,4})(?![\p{L}\d/])")
# A task done within a phase or round the plan names again by its number
# ("Phối hợp vận động … trong Giai đoạn 1.", "… trong suốt đợt 2"): due at
# the end of that phase's span where the plan states it with its name
# ("1. Giai đoạn 1: từ ngày 15/3/2026 đến ngày 30/6/2026"), starting at its
# start. Not the definition itself (a bracket or a colon after the name), nor
# a year's phase ("giai đoạn 2026 - 2030").
PHASE_REFERENCE = _regex(
    r"(?<!\p{L})(?i:trong)\s+(?:(?i:suốt)\s+)?(?P<name>(?i:giai\s+đoạn|đợt)\s+(?:\d{1,2}|[IVX]{1,4}))(?![\p{L}\d/])(?!\s*[(:\-–])"
)
# The investor a decision on a project names, its schedule's owner: "1. Nhà
# đầu tư" / "Tên doanh nghiệp: Công ty Cổ phần …", "Chứng nhận nhà đầu tư:" /
# "Tên doanh nghiệp: …", "Chủ đầu tư: Ban Quản lý dự án …" (a line's opening).
PROJECT_INVESTOR = _regex(
    r"^[ \t]*(?:[-+•*][ \t]*)?(?i:tên\s+(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|tổ\s+chức\s+kinh\s+tế)|nhà\s+đầu\s+tư|chủ\s+đầu\s+tư)"
    r"[ \t]*:[ \t]*(?P<name>(?:Tổng\s+[Cc]ông\s+ty|Công\s+ty|Tập\s+đoàn|Hợp\s+tác\s+xã|Ban\s+[Qq]uản\s+lý|Liên\s+danh)[^\n.;:()]{3,150})",
    regex.M,
)
# A timeline part on a project's schedule: "8. Tiến độ thực hiện dự án",
# "Tiến độ đầu tư dự án" (its milestones are the investor's).
PROJECT_SCHEDULE_HEADING = _regex(r"(?i:tiến\s+độ)(?:\s+\p{L}+){0,3}?\s+(?i:dự\s+án)\b")
# A timeline part's line naming its step before a colon ("- Sơ tuyển: xong
# trước ngày 31/10/2024"): the step is what its deadline makes due; not a
# word of time ("Thời gian hoàn thành: …", "Hạn nộp: …" say when, not what).
# ("Tiêm đợt 1: …" a step, "Ngày 10/5: …", "Trước tháng 6: …" a time).
TIMELINE_STEP_LINE = _regex(r"^(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*(?P<what>\p{L}[^:;/\n]{2,80}?)[ \t]*:", regex.M)
TIMELINE_TIME_WORD = _regex(
    r"(?i:thời\s+(?:gian|hạn|điểm)|hạn|ngày|tháng|năm|quý|tuần|lịch|trước|từ|đến|sau|chậm|trong|giai\s+đoạn)\b"
)
# How long something lasts or is barred, not a time limit, right before a
# relative one: "Giấy phép … có thời hạn không quá 06 tháng kể từ …", "Văn
# bản này có giá trị trong vòng 06 tháng …", "… không cấp lại Giấy phép trong
# thời gian 30 ngày kể từ …" (matched on its clause before it).
RELATIVE_NOT_DUE_BEFORE = _regex(
    r"(?i:có\s+giá\s+trị|có\s+thời\s+hạn|có\s+hiệu\s+lực|được\s+sử\s+dụng|hạn\s+sử\s+dụng|thời\s+hạn\s+của)[^.;]{0,60}$"
    # (a ban in the limit's own words since a comma)
    # (not "hàng không", aviation)
    r"|\b(?<!(?i:hàng)\s)(?i:không)\s+(?!(?i:quá|chậm)\b)\p{Ll}[^.;,]{0,80}$"
)
# A day of the months listed: "trước ngày 17 các tháng 3, 6, 9" (a quarterly
# report due in each of them); a monthly one's window, its year too: "trước
# ngày 25 hằng tháng trong các tháng 4, 5, 6 và 7 năm 2026" (due in each).
DEADLINE_MONTH_LIST = _regex(
    r"(?i:trước|chậm\s+nhất(?:\s+(?:là|vào))?)\s+(?i:ngày)\s+(?P<d>\d{1,2})\s+(?:(?i:của)\s+)?"
    r"(?:(?i:hằng|hàng)\s+tháng\s+(?i:trong)\s+)?(?i:các\s+tháng)\s+"
    r"(?P<ms>\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+)(?:\s*(?:/|(?i:năm))\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
)
# Each month of that list ("3, 6, 9", "4, 5, 6 và 7"): its number.
MONTH_OF_LIST = _regex(r"\d{1,2}")
# The event a relative limit counts from, when it is the document's own
# issue or coming into force: "ngày ký", "ngày ký ban hành", "ngày ban hành
# Kế hoạch này", "ngày Thông tư này có hiệu lực (thi hành)" (matched on the
# anchor).
ANCHOR_SIGNED = _regex(r"^(?:(?i:ngày)\s+)?(?i:ký|ban\s+hành)(?:\s+(?i:ban\s+hành))?(?:\s+\p{L}+(?:\s+\p{L}+)?\s+(?i:này))?$")
ANCHOR_IN_FORCE = _regex(r"^(?:(?i:ngày)\s+)?(?:\p{L}+\s+){1,3}(?i:này)\s+(?i:có\s+hiệu\s+lực)(?:\s+(?i:thi\s+hành))?$")
# The words a text's effect clause turns on: "… có hiệu lực …", "… hết hiệu
# lực …" (the clause's subject before them, the date after: see
# extract.effect).
EFFECT_VERB = _regex(r"(?<!\p{L})(?P<verb>(?i:có|hết))\s+(?i:hiệu\s+lực)(?!\p{L})")
# What follows those words in a text's own effect clause (matched right after
# them): its start, "(thi hành) (kể) từ ngày 13 tháng 10 năm 2025", "… từ
# ngày 01/7/2026", "… từ 01/7/2026" (a stray period before the year too,
# "15 tháng 02.năm 2024"), "… kể từ ngày ký (ban hành)", "… từ ngày ban
# hành"; or a count from an event, "… sau 45 ngày kể từ ngày ký"
# ("… kể từ ngày đăng Công báo": the event kept as written); then, for a
# text in force for a time only, "… đến hết ngày 31 tháng 12 năm 2027" (its
# last day in force); or that alone, "có hiệu lực đến hết ngày …". After
# "hết hiệu lực" the date is the first day it is no longer in force.
EFFECT_WHEN = _regex(
    r"\s*(?:(?i:thi\s+hành)\s*)?"
    r"(?:(?:(?i:kể)\s+)?(?i:từ)\s+(?:(?i:ngày)\s+)?"
    r"(?:(?P<d>\d{1,2})(?:\s*[/.-]\s*|\s+(?i:tháng)\s+)(?P<m>\d{1,2})(?:\s*[/.-]\s*|\s*\.?\s*(?i:năm)\s+)(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?P<signed>(?i:ký)(?:\s+(?i:ban\s+hành))?|(?i:ban\s+hành))(?!\p{L}))"
    r"|(?i:sau)\s+(?P<n>\d{1,3})\s+(?i:ngày)\s+(?i:kể\s+từ\s+ngày)\s+"
    r"(?P<after>[^.;,\n]{1,60}?)(?=\s*(?:[.;,\n]|(?i:đến\s+hết)|$))"
    r"|(?=(?i:đến\s+hết\s+ngày)))"
    r"(?:\s*,?\s*(?i:đến\s+hết\s+ngày)\s+(?P<d2>\d{1,2})(?:\s*[/.-]\s*|\s+(?i:tháng)\s+)(?P<m2>\d{1,2})"
    r"(?:\s*[/.-]\s*|\s+(?i:năm)\s+)(?P<y2>(?:19|20)\d\d)(?!\d))?"
)
# The event of such a count that is the text's own signing: "ký", "ký ban
# hành", "ban hành" (matched on the whole event).
EFFECT_SIGNED_EVENT = _regex(r"(?i:ký)(?:\s+(?i:ban\s+hành))?|(?i:ban\s+hành)")
# A part of the text named as the subject of an effect clause: "Khoản 3
# Điều 5", "Quy định … tại khoản 5 Điều 14 của Luật này", "Các quy định về
# phân cấp tại Phụ lục I", "Chương II" (searched in the subject).
EFFECT_PART = _regex(
    r"(?<!\p{L})(?i:điều\s+\d|khoản\s+\d|điểm\s+\p{Ll}\)?\s|chương\s+[IVXLC\d]|mục\s+\d|phụ\s+lục(?!\p{L}))"
)
# What makes a subject name another text, not a part of this one: a number
# ("số 59/2021/NĐ-CP", "06/2007/QH12") or a text named by its type and title
# ("… của Luật Bảo hiểm y tế", "Nghị định số …"); this text's own is "… của
# Luật này" (searched in the subject).
EFFECT_OTHER_TEXT = _regex(
    r"\d/|(?<!\p{L})(?i:số)\s+\d|(?<!\p{L})(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư"
    r"|Quyết\s+định|Chỉ\s+thị|Hiến\s+pháp)(?!\s+(?i:này)(?!\p{L}))(?!\p{L})"
)
# An item's label opening the clause: "1. ", "a) ", "Điều 3. " (dropped
# before its subject is read; matched at the clause's start).
EFFECT_LABEL = _regex(r"\s*(?:(?i:điều)\s+\d+\p{Ll}?\s*[.:]\s*|\d{1,2}\s*[.)]\s*|\p{Ll}\s*\)\s*|[-–+•]\s*)?")
YEAR_DEADLINE_WORDS = ("hoàn thành", "hoàn tất", "xong", "năm học", "kỳ họp")
DEADLINE_YEAR = _regex(
    # (not a kind of project, nor a forecast: "dự án hoàn thành trong năm
    # 2024", "dự kiến hoàn thành vào năm 2028"); "trước năm Y" (also after
    # the time field's colon, "Thời gian hoàn thành: Trước năm 2027") is by
    # the end of Y-1, as BEFORE_YEAR's cell
    r"(?:(?<!(?i:dự\s+án|công\s+trình|dự\s+kiến)\s)(?i:hoàn\s+thành|hoàn\s+tất|xong)"
    r"(?:\s+|[^\S\n]{0,3}:[^\S\n]{0,3}(?=(?i:trong|trước)\s))(?:(?i:trong|vào|cuối)|(?P<before>(?i:trước)))\s+"
    # the council's mid-year session, its month not fixed: "trình HĐND tỉnh tại kỳ
    # họp giữa năm 2026" (the year-end one is DEADLINE_YEAR_END's)
    r"|(?i:tại|vào|trong)\s+(?i:kỳ\s+họp)(?:\s+(?i:thường\s+lệ))?\s+(?i:giữa)\s+"
    r"|(?i:trong|vào)\s+(?=(?i:năm\s+học)))"
    r"(?i:năm)\s+(?:(?i:học)\s+)?(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?!\d|/)"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
DEADLINE_YEAR_OPENING_WORDS = ("hoàn", "trong", "vào", "xong", "tại")
# A task put into a named year's programme is due within that year: "Ủy ban
# Kiểm tra Tỉnh ủy đưa việc thực hiện Chỉ thị vào nội dung giám sát chuyên đề
# năm 2026", "đưa … vào chương trình công tác năm 2026", "… vào kế hoạch kiểm
# tra năm 2026" (the verb "đưa" before it, checked in code; the year the
# programme's, a few words after its kind).
DEADLINE_PROGRAMME_YEAR = _regex(
    r"(?<!\p{L})(?i:vào)\s+(?i:chương\s+trình|kế\s+hoạch|nội\s+dung)(?:\s+\p{Ll}+){1,4}?\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?!\d|/|\s*[-–]\s*(?:19|20)\d\d)"
)
# A task's year alone closing its clause: "…, ban hành trong năm 2026.", "…
# thu học phí không dùng tiền mặt trong năm 2025.", "hoàn thành … trước năm
# 2030;" (a task verb in its clause, checked in code, with no value just
# before: "đạt 50% trong năm 2025" is the target's year; "hoàn thành trong
# năm …" is DEADLINE_YEAR's, "dự án hoàn thành trong năm …" no limit).
DEADLINE_YEAR_ONLY = _regex(
    r"(?<!\p{L})(?<!(?i:hoàn\s+thành|hoàn\s+tất|xong)\s)(?i:trong|trước)\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?=\s*(?:[.;,\n]|$))"
)
DEADLINE_YEAR_ONLY_OPENING_WORDS = ("trong", "trước")
# A year a time cell or field bounds from before, its words right before the
# year: "hoàn thành trước năm 2025" (by the end of 2024; "trong năm" / "đến
# năm 2025": by the end of 2025).
BEFORE_YEAR = _regex(r"(?<!\p{L})(?i:trước)\s+(?i:năm)\s+$")
# A duty that runs to a year's end: "đăng tải thường xuyên đến hết năm 2026",
# "duy trì … tới hết năm 2027": due by 31 December of that year (not a
# sentence's time lead, "Đến hết năm 2026, 100% xã …", nor a target's year,
# nor how long something is valid: checked in code).
DEADLINE_UNTIL_YEAR_END = _regex(r"(?<!\p{L})(?i:đến|tới)\s+(?i:hết)\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?!\d|/)")
DEADLINE_UNTIL_YEAR_END_OPENING_WORDS = ("đến", "tới")
# A duty's clause closed by the last day it runs to: "Nhận đăng ký thi đấu
# của các thôn đến hết ngày 10/4/2026" (due that day, as "đến hết năm 2026"
# is due by the year's end; not a span's end, "từ ngày 02/01 đến hết ngày
# 06/3/2026", nor how long something holds, "có hiệu lực đến hết ngày …",
# "áp dụng đến hết ngày …": checked in code).
DEADLINE_UNTIL_DAY_END = _regex(
    r"(?<!\p{L})(?i:đến|tới)\s+(?i:hết)\s+(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?)(?!\d)"
)
# ... which ends a span, not a duty, after "từ": "Từ năm 2021 đến hết năm 2030"
# (searched in the words just before it).
SPAN_FROM = _regex(r"(?<!\p{L})(?i:từ)\s+(?:(?i:năm|ngày|tháng|quý)\s+)?\d")
# The verb of a task in the clause of DEADLINE_YEAR_ONLY (not a noun: "Nhiều
# tổ chức quốc tế …"; nor a basis: "Thực hiện Nghị quyết số …, trong đó …").
YEAR_ONLY_TASK_VERB = _regex(
    r"(?i:hoàn\s+thành|hoàn\s+tất|trình|ban\s+hành|báo\s+cáo|gửi|nộp|(?<!(?i:nhiều|các|những|mọi|cho)\s)tổ\s+chức"
    r"|tổng\s+kết|sơ\s+kết|thực\s+hiện(?!\s+\p{Lu})|triển\s+khai|xây\s+dựng|chỉ\s+đạo|chủ\s+trì"
    # the work a plan's task names by its own verb: "Số hóa … trong năm
    # 2026", "đưa vào vận hành … trong năm 2026", "Cử công chức … bồi dưỡng …"
    r"|số\s+hóa|cập\s+nhật|đưa\s+vào|vận\s+hành|(?<!\p{L})cử(?!\p{L})|bồi\s+dưỡng|tập\s+huấn|rà\s+soát|kiện\s+toàn"
    r"|lồng\s+ghép)"
)
# A school year closing a task's clause, its period: "… lồng ghép giáo dục
# pháp luật trong hoạt động ngoại khóa năm học 2025-2026." (a task verb in
# its clause, checked in code; not the name of what is planned or reviewed
# in it: "kế hoạch năm học …", "tổng kết năm học …"; nor its start, which
# is no year's end: "đưa vào sử dụng ngay đầu năm học 2026 - 2027").
DEADLINE_SCHOOL_YEAR_CLOSING = _regex(
    r"(?<!(?i:kế\s+hoạch|tổng\s+kết|sơ\s+kết|khai\s+giảng|bế\s+giảng|nhiệm\s+vụ|chương\s+trình|kết\s+quả|đầu)\s)"
    r"(?<!\p{L})(?i:năm\s+học)\s+(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)(?=\s*(?:[.;\n]|$))"
)
# What makes the year no task's limit, in its words since a comma: a
# forecast ("dự kiến …", "dự báo … trong năm 2026"), a change or level it is
# the target year of ("đạt …", "giảm … trước năm 2030"), a thing done ("đã").
YEAR_ONLY_NOT_DUE = _regex(r"(?<!\p{L})(?i:đạt|tăng|giảm|dự\s+kiến|dự\s+báo|đã)(?!\p{L})")
# ... or a value after the clause's last task verb ("… thanh toán không dùng
# tiền mặt đạt 80% trong năm 2025"); one before it is what the task acts on,
# the year its limit: "Cử 100% công chức tham gia các lớp … do Sở Tư pháp
# tổ chức trong năm 2026" (see extract.assignments._year_of_a_target).
YEAR_ONLY_VALUE = _regex(r"\d\s*%")
# How long something is valid, not a time limit: "thời hạn kiểm định của
# phương tiện đến hết tháng 8/2026", "giấy phép có hiệu lực đến hết quý IV/2026",
# "mức hỗ trợ được áp dụng đến hết ngày 31/12/2026" (matched on the text
# before the period: the word of validity a few words before "đến", no
# comma between; not "nâng cao hiệu lực, hiệu quả …, hoàn thành … đến hết
# ngày …", nor an active "hướng dẫn áp dụng quy trình …"). Also a
# permission to go on, a transitional rule's: "… được tiếp tục hoạt động theo
# giấy chứng nhận đã được cấp đến hết ngày 31/12/2027" (how long it lasts).
VALIDITY_UNTIL = _regex(
    r"(?:(?i:hiệu\s+lực|giá\s+trị|thời\s+hạn|hạn\s+sử\s+dụng|được\s+áp\s+dụng)(?:\s+\p{Ll}+){0,5}?"
    r"|(?i:được\s+(?:phép\s+)?tiếp\s+tục|tiếp\s+tục\s+được)[^.;\n]{0,80}?)\s+(?i:đến|tới)\s*$",
    END,
)
# How long something holds, up to the date after it: "… có hiệu lực (thi
# hành) từ ngày 01/7/2025 đến trước ngày …", "… được áp dụng đến trước ngày …"
# (matched on the text before the date; not "phải có hiệu lực trước …").
VALID_UNTIL_BEFORE = _regex(
    r"(?<!(?i:phải|bảo\s+đảm|đảm\s+bảo)\s)(?i:có\s+hiệu\s+lực|được\s+áp\s+dụng|được\s+thực\s+hiện)"
    r"[^.;\n]{0,80}?\s(?i:đến)\s*$"
)
# The end of a range of dates, "từ ngày A đến trước ngày B": the period a
# rule covers or whom it covers ("người … được bố trí từ ngày 01/7/2025 đến
# trước ngày 30/6/2026 …"), not a time limit on a task (matched on the text
# before "trước").
RANGE_UNTIL_BEFORE = _regex(
    r"(?<!\p{L})(?i:từ)\s+(?:(?i:ngày)\s+)?\d{1,2}(?:\s*/\s*\d{1,2}|\s+(?i:tháng)\s+\d{1,2})"
    r"(?:\s*/\s*\d{4}|\s+(?i:năm)\s+\d{4})?\s+(?i:đến)\s*$",
    END,
)
# A day or month that comes back: "chậm nhất ngày 10 tháng sau", "trước ngày
# 05 của tháng tiếp theo" (every month), "trước ngày 20 của tháng cuối quý",
# "trước ngày 05 tháng đầu quý sau", "chậm nhất vào ngày 10 tháng đầu tiên
# của quý sau" (every quarter), "tháng 12 hằng năm", "ngày 10/02 năm sau"
# (every year: the day of the year after the one reported on); "chậm nhất
# trong ngày 10 của tháng sau" (within that day).
DEADLINE_RECURRING = _regex(
    r"(?i:(?:trước|chậm\s+nhất(?:\s+(?:là|đến|vào|trong))?)\s+(?:(?:trong|vào)\s+)?(?:ngày\s+)?(?P<d>\d{1,2})\s+(?:của\s+)?tháng"
    r"(?:\s+(?P<q>cuối\s+(?:mỗi\s+|của\s+)?quý|đầu(?:\s+tiên)?\s+(?:của\s+)?quý\s+(?:sau|tiếp\s+theo|kế\s+tiếp))"
    r"|\s+(?:sau|tiếp\s+theo|kế\s+tiếp))"
    r"|tháng(?<!ngày\stháng)(?<!\d\stháng)\s+(?P<m>\d{1,2})\s+(?:hằng|hàng)\s+năm"
    r"|ngày\s+(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s+(?:của\s+)?năm\s+sau)"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
DEADLINE_RECURRING_OPENING_WORDS = ("chậm", "ngày", "tháng", "trước")
# A day of the year after the one reported on, said after the date: "trước
# ngày 31 tháng 3 của năm kế tiếp", "… năm tiếp theo" (every year; matched
# right after a date without its year).
# So is the year next to it: "trước ngày 15 tháng 02 của năm liền kề sau năm
# báo cáo" (not "năm liền kề trước", the one before).
NEXT_YEAR_AFTER = _regex(
    r"\s+(?:(?i:của)\s+)?(?i:năm\s+(?:sau|kế\s+tiếp|tiếp\s+theo|liền\s+kề(?!\s+trước)))(?!\p{L})"
)
# The period a report covers, stated with its duty: "…, kỳ báo cáo là 01
# năm (từ 01/01 đến 31/12)", "Kỳ báo cáo: 06 tháng", "kỳ báo cáo quý": how
# often the report falls due (a number of months in ``n``: 1 monthly, 3
# quarterly, 6 semiannual, 12 annual). Not a year's number ("kỳ báo cáo năm
# 2025"), nor two periods ("Kỳ báo cáo: 6 tháng/năm": both), nor what happens
# in the period ("trong kỳ báo cáo").
REPORTING_PERIOD = _regex(
    r"(?<!\p{L})(?i:kỳ\s+báo\s+cáo)\s*(?:(?i:là)\s+|:\s*)?(?:(?P<n>0?1|một|0?3|ba|0?6|sáu|12|mười\s+hai)\s+)?"
    r"(?P<unit>(?i:năm|tháng|quý))(?!\p{L}|\s*/|\s*(?:-|và|,)\s*(?i:năm|tháng|quý)|\s+\d)"
)
# What was done by a date, retold, not a duty: "Sở Y tế đã báo cáo UBND tỉnh
# đúng thời hạn (trước ngày 15/6 …)", "Hằng quý, Sở đã báo cáo … trước ngày
# 25 …" (searched in the date's clause before it; "đã được giao … báo cáo"
# is a duty given).
# (a report sent, not a document "đã ban hành" that a duty after it concerns:
# "… đã ban hành … nhưng … phải thực hiện … trước ngày 31/12/2026")
DONE_BEFORE_DATE = _regex(
    r"\b(?i:đã)\s+(?:\p{Ll}+\s+){0,2}?(?i:báo\s+cáo|gửi|nộp)\b(?:(?!(?i:phải|hoàn\s+thành|nhưng)\b|\s(?i:để)\s)[^;])*$"
)
# A reporting duty said to have been missed, in a report's shortcomings: "Một
# số xã, phường chậm gửi báo cáo định kỳ", "… chưa thực hiện chế độ báo cáo
# định kỳ", "… nộp báo cáo hằng quý còn chậm": how it was (not) done, no
# duty set ("định kỳ" names the kind of report), nor a count of those who
# had sent it ("mới có 41/69 xã gửi báo cáo 6 tháng"). The failure's word right
# before the verb, or "chậm"/"trễ" after the report (tried only where one of
# MISSED_REPORT_WORDS stands); not "không" ("khai thác hải sản bất hợp pháp,
# không báo cáo và không theo quy định" names IUU fishing), and only where no
# report is said after it (a duty may follow: "…, định kỳ báo cáo Thủ tướng").
MISSED_REPORT = _regex(
    r"(?<!\p{L})(?i:chậm|chưa|trễ|muộn)\s+(?:(?i:thực\s+hiện|chấp\s+hành|gửi|nộp)(?:\s+(?i:chế\s+độ))?\s+)?(?i:báo\s+cáo|gửi|nộp)(?!\p{L})"
    r"|(?<!\p{L})(?i:báo\s+cáo)\s[^.;\n]{0,60}?(?i:còn|bị|vẫn)\s+(?i:chậm|trễ|muộn)(?!\p{L})"
    # (or only some counted as having sent it: "đến ngày 15/6/2026 mới có
    # 41/69 xã, phường gửi báo cáo 6 tháng")
    r"|(?<!\p{L})(?i:mới|chỉ)\s+có\s+[^.;\n]{0,60}?(?i:gửi|nộp)\s+báo\s+cáo(?!\p{L})"
)
MISSED_REPORT_WORDS = ("chậm", "chưa", "trễ", "muộn", "mới có", "chỉ có")
# A verb of what is due, in the words between two dates.
DUE_VERB = _regex(r"(?i:báo\s+cáo|gửi|nộp|trình|hoàn\s+thành|tổ\s+chức|thực\s+hiện|ban\s+hành|triển\s+khai|tổng\s+kết|sơ\s+kết)")
# A verb sending what is due, in a date's own clause: a reporting duty said
# before it, in a clause of its own, is that date's only when the date's clause
# sends something ("Định kỳ hằng năm báo cáo …; báo cáo năm gửi trước ngày
# 15/12"), not when it dates other work ("…, định kỳ hằng quý báo cáo Ban
# Thường vụ; sơ kết 01 năm thực hiện Chỉ thị trong quý IV/2026").
SENDING_VERB = _regex(r"(?<!\p{L})(?i:báo\s+cáo|gửi|nộp|trình)(?!\p{L})")
# A clause after a date, before a later date, that says what is due then: ",
# báo cáo kết quả về Sở Y tế trước ngày …" (matched between the two dates).
NEXT_DUE_CLAUSE = _regex(r",\s*(?=(?i:báo\s+cáo|gửi|nộp|trình)\b)")
# A report, or a review reported on, in a date's own clause.
REPORT_LIKE = _regex(r"(?i:báo\s+cáo|sơ\s+kết|tổng\s+kết)")
# A month joined before a yearly month: "vào tháng 6 và tháng 12 hằng năm"
# (matched on the text right before "tháng 12 …").
MONTH_JOINED_BEFORE = _regex(r"(?i:tháng)\s+(?P<m>\d{1,2})(?=\s*(?:,|\s(?i:và))\s*$)")
# A second date joined to a deadline's: "trước ngày 10 tháng 6 và ngày 10
# tháng 12 hằng năm", "trước ngày 15/6, ngày 15/12", "… 15/6 và 15/11"
# (matched right after it).
DEADLINE_JOINED = _regex(
    # ("ngày" may be left out: "trước ngày 15/6 và 15/11 hằng năm")
    r"\s*(?:,|\s(?i:và|hoặc))\s*(?P<when>(?:(?i:ngày)\s+)?(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?))"
)
# A period's end, which is when the work is due: "từ ngày 15/8/2025 đến ngày
# 15/9/2025", "từ 01/10 - 30/11/2026", "từ ngày 25 tháng 12 năm 2025 đến ngày
# 15 tháng 3 năm 2026"; also an occasion's period the task is done in
# ("kiểm tra dịp Tháng hành động … (từ 15/4 đến 15/5/2026)").
# (its first day is named too, sd / sm / sy: the window's start, a
# deadline's ``starts``)
DEADLINE_PERIOD_END = _regex(
    r"(?i:từ)\s+(?:(?i:ngày)\s+)?(?P<sd>\d{1,2})"
    r"(?:\s*[/.\-]\s*(?P<sm>\d{1,2})(?:\s*[/.\-]\s*(?P<sy>(?:19|20)\d\d))?|\s+(?i:tháng)\s+(?P<sm2>\d{1,2})(?:\s+(?i:năm)\s+(?P<sy2>(?:19|20)\d\d))?)\s*"
    r"(?:(?i:đến|tới)(?:\s+(?i:hết))?|[-–])\s*(?:(?i:ngày)\s+)?"
    r"(?P<d>\d{1,2})(?:\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?)"
)
# A span of months or quarters, due at its last, wherever it stands: after a
# time field's label ("Thời gian: từ tháng 4 đến tháng 10/2026", "…; thời
# gian từ tháng 4 đến tháng 11/2026"), or closing a task's clause or a line
# of its own ("… tổ chức khám sàng lọc từ tháng 5 đến tháng 9/2026."; checked
# in code: not "Từ tháng 4 đến tháng 11/2026, toàn xã có …", a time told).
# A span running to a year's end, "từ tháng 7 đến hết năm 2026", "từ ngày
# 01/7/2026 đến hết năm 2026", is due on 31 December of that year (``ye``; a
# day's start, ``sd``/``sdm``, only before a month or a year's end: "từ ngày A
# đến ngày B" is DEADLINE_PERIOD_END's). Its first month (``sm``, a quarter's
# ``sq``) or day is the deadline's ``starts``, the start's year the end's
# where only the end has one.
DEADLINE_PERIOD_SPAN = _regex(
    r"(?P<label>(?i:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:[^\S\n]+[^\W\d_]+){0,4}?[^\S\n]*:?[^\S\n]*)?"
    r"(?i:từ)\s+(?:(?i:tháng)\s+(?P<sm>\d{1,2})|(?i:quý)\s+(?P<sq>IV|I{1,3}|[1-4])"
    r"|(?:(?i:ngày)\s+)?(?P<sd>\d{1,2})\s*[/.\-]\s*(?P<sdm>\d{1,2}))(?:\s*(?:[/\-.]|(?i:năm))\s*(?P<sy>(?:19|20)\d\d))?"
    r"\s*(?:[-–]|(?i:đến|tới))\s*(?:(?i:hết)\s+(?i:năm)\s+(?P<ye>(?:19|20)\d\d)(?![\d/])|(?:(?i:hết)\s+)?" + _PERIOD + ")"
)
# What may follow such a span and still close its clause or line: a remark
# in brackets, "Giai đoạn 2: từ tháng 7 đến hết năm 2026 (giai đoạn cao điểm
# mùa mưa)".
PERIOD_SPAN_CLOSES = _regex(r"[^\S\n]*(?:\([^()\n]{0,120}\)[^\S\n]*)?(?:[.;\n]|$)")
# A phase or round named just before a span filling its brackets: "Giai đoạn
# 2 (từ tháng 7 đến tháng 12/2026): …", "Đợt 1 (từ tháng 3 đến tháng 5/2026)"
# (the phase's time, as the day-dated "Giai đoạn 1 (từ ngày … đến ngày …)"
# is; searched in the words right before the span).
PHASE_NAME_BRACKET = _regex(r"(?<!\p{L})(?i:giai\s+đoạn|đợt)\s+(?:\d{1,2}|[IVX]{1,4})[^\S\n]*\([^\S\n]*$")
# What makes a period no time limit: a period reports or statistics cover
# ("kỳ báo cáo là 01 năm (từ 01/01 đến 31/12)", "Kỳ thống kê …", "số liệu tính
# từ …", "số liệu từ ngày 01/01 đến …": the data right before the period it
# covers), or one in which something was or is done, in the passive ("được Sở
# Công Thương tổ chức huấn luyện từ ngày … đến …"). Data named as a task's
# object, further words between, is not what the period qualifies: "điều tra,
# cập nhật số liệu … theo hộ gia đình từ ngày 01/3 đến ngày 31/3/2026" is the
# survey's window, due at its end. (Searched in the 80 characters before the
# period: ``\Z`` is the period's start.)
PERIOD_NOT_DUE = _regex(
    r"(?i:\bkỳ\s+(?:báo\s+cáo|thống\s+kê|số\s+liệu)"
    r"|số\s+liệu(?:\s+(?:được\s+)?(?:tính|chốt|lấy|thống\s+kê|báo\s+cáo))?\s*[:(]?\s*\Z"
    r"|tính\s+từ|\bđược\s)"
)
# A paragraph opening with a time field's label, its number before it: "1.
# Thời gian, địa bàn: Chiến dịch được tổ chức từ ngày 15/4 đến ngày
# 30/6/2026 …", "- Thời gian thực hiện: …". A period in it is the schedule of
# what the paragraph is about, also said in the passive (PERIOD_NOT_DUE's
# "được" is a period retold elsewhere).
TIME_FIELD_OPENS = _regex(
    r"[^\S\n]*(?:\d{1,2}\s*[.)]\s*|\p{Ll}\s*\)\s*|[-–+•]\s*)?(?i:thời\s+gian|thời\s+hạn)"
    r"(?:[^\S\n]*,?[^\S\n]+[^\W\d_]+){0,4}?[^\S\n]*:"
)
# A recurring duty's cadence before a period in its clause: the period is
# the window the duty recurs in, not a deadline of its own ("báo cáo … hằng
# tuần vào chiều thứ Sáu, từ ngày 02/01 đến hết ngày 06/03/2026", "báo cáo
# trước 15 giờ hằng ngày trong thời gian nghỉ Tết (từ ngày 14/02 đến hết
# ngày 22/02/2026)"); searched in the clause before the period, with no verb
# of a new duty between (DUE_VERB, checked in code).
WINDOW_CADENCE = _regex(r"(?<!\p{L})(?i:hằng|hàng|mỗi)\s+(?i:ngày|tuần)(?!\p{L})")
# An activity held on a day: "Tổ chức Lễ phát động … vào ngày 22/02/2026",
# "Hội nghị sơ kết … vào ngày 15/7/2026" (due that day, once). The day after
# "vào ngày", with its month; the activity is said before it in its clause
# (HELD_ACTIVITY, checked in code: "Vào ngày 10/10/2025, …" tells a time).
DEADLINE_HELD_ON = _regex(
    r"(?i:vào)\s+(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d\d))?"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})(?:\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d))?)(?!\d)"
)
# The activity a day holds: the verb holding it ("tổ chức", "khai mạc", "ra
# quân", "phát động") or the event by its capitalised name ("Lễ …", "Hội
# nghị …", "Hội thi …", "Mít tinh …").
HELD_ACTIVITY = _regex(
    r"(?<!\p{L})(?:(?i:tổ\s+chức|khai\s+mạc|ra\s+quân|phát\s+động)|Lễ|Hội\s+nghị|Hội\s+thi|Mít\s+tinh)(?!\p{L})"
)
# A day of every month, the month said before it or after: "hằng tháng trước
# ngày 25", "báo cáo định kỳ hằng tháng (trước ngày 25)", "vào ngày 20 hằng
# tháng".
DEADLINE_MONTHLY_DAY = _regex(
    r"(?i:(?:hằng|hàng)\s+tháng)[^.;\n\d]{0,200}?(?i:trước|vào|chậm\s+nhất)\s+(?i:ngày)\s+(?P<d>\d{1,2})"
    r"(?!\s*[/.\-]\s*\d|\s+(?i:tháng)\s+\d|\d)"
    r"|(?i:vào)\s+(?i:ngày)\s+(?P<d2>\d{1,2})\s+(?i:hằng|hàng)\s+tháng"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
DEADLINE_MONTHLY_DAY_OPENING_WORDS = ("hàng", "hằng", "vào")
# A limit at the same place in every period, with no number of a day: its
# last day, "Hằng tháng, … chậm nhất vào ngày cuối cùng của tháng phải chuyển
# đủ …" (monthly), or its first days, "Trong 15 ngày đầu mỗi quý, … chuyển
# kinh phí …" (quarterly), "trong 05 ngày làm việc đầu hằng tháng" (monthly);
# the period word names the recurrence, the last month's of a quarter or year
# that period's ("ngày cuối cùng của tháng cuối quý": quarterly) (not one
# period: "ngày cuối cùng của tháng 6", "10 ngày đầu tháng 7"; nor the day a
# thing is done, "lãi được tính vào ngày cuối cùng của tháng"). The last day
# recurs only marked so, in ``each`` ("… của mỗi tháng") or by a recurrence
# word in its sentence (checked in code): "Rà soát … tháng 3 năm 2026 … trước
# ngày cuối tháng" is one month's end.
DEADLINE_EACH_PERIOD = _regex(
    r"(?:(?i:chậm\s+nhất(?:\s+(?:là|vào|trong))?|trước)\s+(?i:ngày\s+cuối(?:\s+cùng)?)\s+(?i:của\s+)?"
    r"(?P<each>(?i:mỗi|hằng|hàng|các)\s+)?(?:(?i:tháng\s+cuối)\s+(?i:của\s+)?(?P<each2>(?i:mỗi|hằng|hàng|các)\s+)?(?=(?i:quý|năm)))?"
    r"|(?i:trong)\s+\d{1,2}\s+(?i:ngày)(?:\s+(?i:làm\s+việc))?\s+(?i:đầu)\s+(?i:của\s+)?(?P<each3>(?i:mỗi|hằng|hàng|các)\s+))"
    r"(?P<per>(?i:tháng|quý|năm))(?!\s*(?:\d|[IV]+\b|(?i:này|tới|sau|trước|đó)\b))"
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
DEADLINE_EACH_PERIOD_OPENING_WORDS = ("chậm", "trước", "trong")
# A day and month without a year in a duty of every year: "Chậm nhất ngày 31
# tháng 12 phải thực hiện xong việc chuyển kinh phí … của năm đó" (the year
# each time is the one the duty is done in: annual).
YEAR_OF_EACH = _regex(r"(?i:của|trong)\s+(?i:năm\s+(?:đó|ấy))\b")
# Two dates of one yearly duty joined, and the reports due then named after
# them, 6-month first: "Định kỳ trước ngày 20 tháng 6 và trước ngày 20
# tháng 12 hằng năm, … báo cáo … trong 6 tháng và cả năm" (the first date
# the 6-month report's, the second the year's).
HALF_THEN_YEAR = _regex(r"\b0?6\s+(?i:tháng)\s*(?:,|(?i:và))\s*(?i:(?:cả\s+|hằng\s+|hàng\s+)?năm)\b")
# How a report already scheduled is sent, its sentence naming no frequency
# of its own ("định kỳ" alone): "… thì Sở Công Thương gửi báo cáo định kỳ
# tới Bộ Công Thương thông qua cập nhật dữ liệu …", "Báo cáo định kỳ được gửi
# bằng một trong các phương thức sau …": the channel, no deadline.
# (the report named as what is sent, not a body it goes through: "Định kỳ báo
# cáo kết quả … thông qua Phòng Lao động … để tổng hợp" is a duty)
REPORT_CHANNEL = _regex(
    r"\b(?i:thông\s+qua)(?!\s+\p{Lu})|\b(?i:bằng\s+(?:một\s+trong\s+các\s+)?(?:phương\s+thức|hình\s+thức))\b"
)
SCHEDULED_REPORT_SENT = _regex(
    r"(?i:(?:gửi|nộp)\s+báo\s+cáo\s+định\s+kỳ|báo\s+cáo\s+định\s+kỳ\s+(?:được|gửi|nộp))\b"
)
# A length of years a thing covers or in which a duty recurs, not a limit:
# "Trong thời hạn 05 năm kể từ ngày … được đăng ký, hằng năm, tổ chức … phải
# cập nhật …" (matched after the length's event).
YEARS_WINDOW_CADENCE = _regex(r"[\s,]*(?i:hằng\s+năm|hàng\s+năm|mỗi\s+năm|định\s+kỳ)\b")
# A date and one joined to it: what stands between their matches.
DATES_JOINED = _regex(r"[\s,]*(?i:và|hoặc)\s*")
# A date in a table's time column, where no word need say it is the time
# limit: "31/12/2025", "Ngày 15/6/2026", "01/6 - 30/6/2026", a day and month
# of every year ("15/12 hằng năm").
# (not a range of months: "Tháng 6 - 8/2026")
CELL_DATE = _std(
    r"(?<![\d/])(?<![Tt]háng\s)(?P<d>[0-3]?\d)(?:\s*[/.]\s*|-)(?P<m>[01]?\d)(?=\s*[/.\-]\s*(?:19|20)\d\d\b|\s*$|\s+(?:hằng|hàng|mỗi|Hằng|Hàng|Mỗi)\s+năm\b)"
)
# A year's report named before its date, after a half-year's: "… 6 tháng
# (trước ngày 10/6) và năm (trước ngày 30/11)", "báo cáo năm trước ngày …".
YEARLY_REPORT = _regex(r"(?i:(?:báo\s+cáo|\svà|,)\s+năm)(?!\s+(?:19|20)\d\d)(?=\s*\(?\s*(?:trước|chậm|vào|ngày))")
# A quarter's or a month's report named by its period before the date of its
# clause: "báo cáo quý gửi Sở Y tế trước ngày 15/3/2026", "báo cáo tháng
# trước ngày 25/02/2026" (the first of a series: quarterly, monthly). Not one
# quarter's or month's report: "báo cáo quý I/2026", "báo cáo tháng 6",
# "báo cáo quý này", "báo cáo tháng đầu năm", "báo cáo quý trước" (the
# last quarter's; "trước ngày" is the date's word). Nor a named campaign's:
# a capitalised "Tháng" and a name is the occasion, not the period ("báo cáo
# Tháng hành động vì an toàn thực phẩm", "báo cáo Tháng Thanh niên": one
# report; "Báo cáo tháng", "BÁO CÁO THÁNG" stay monthly).
PERIOD_REPORT = _regex(
    r"(?i:báo\s+cáo)(?:\s+(?i:định\s+kỳ))?\s+(?P<p>(?i:quý)|(?i:tháng)(?<!Tháng)|Tháng(?!\s+\p{L}))"
    r"(?!\s*[/.\-]?\s*(?:[IVX]+\b|\d|(?i:một|hai|ba|bốn|này|đầu|cuối|tới|sau|đó|cao\s+điểm)\b"
    r"|(?i:trước)\b(?!\s+(?i:ngày)|\s*\d)))"
    r"(?=[^.;\n]{0,80}?(?i:trước|chậm\s+nhất|vào)\s+(?i:ngày)\s+\d)"
)
# A day of every week, written by its name, with the hour it is due first:
# "trước 15 giờ thứ Sáu hằng tuần", "hằng tuần (trước 16 giờ ngày thứ Năm)",
# "vào sáng thứ Hai hằng tuần", "vào Chủ nhật hằng tuần".
DEADLINE_WEEKLY = _regex(
    r"(?i:trước|vào|chậm\s+nhất)\s+(?:\d{1,2}\s*(?:(?i:giờ)|h)(?:\s*\d{1,2})?\s*,?\s+)?(?:(?i:sáng|chiều)\s+)?(?:(?i:ngày)\s+)?"
    r"(?:(?i:thứ)\s+(?i:hai|ba|tư|năm|sáu|bảy|[2-7])|(?i:chủ\s+nhật))\b"
)
# A weekday said in the plural, or of every week, just before a period:
# "Các ngày Chủ nhật trong tháng 3/2026", "vào các ngày thứ Bảy, Chủ nhật
# trong quý II/2026", "thứ Bảy hằng tuần trong tháng 5/2026": the work is done
# each week within the period (weekly; the period's end its last week). Only
# "trong", "của" or a comma between it and the period (checked in code).
_WEEKDAY_NAME = r"(?:(?i:thứ)\s+(?i:hai|ba|tư|năm|sáu|bảy|[2-7])|(?i:chủ\s+nhật))(?!\p{L})"
WEEKDAY_PLURAL = _regex(
    r"(?<!\p{L})(?:(?i:các|những)\s+(?:(?i:ngày)\s+)?(?:" + _WEEKDAY_NAME + r"(?:\s*(?:,|(?i:và))\s*" + _WEEKDAY_NAME + r")*"
    r"|(?i:cuối\s+tuần)(?!\p{L}))"
    r"|" + _WEEKDAY_NAME + r"\s+(?i:hằng|hàng|mỗi)\s+(?i:tuần)(?!\p{L}))"
    r"[^\S\n]*,?[^\S\n]*(?:(?i:trong|của)[^\S\n]+)?$"
)
# A weekday of every month, which of the month's weeks said: "vào Chủ nhật
# cuối tháng hằng tháng", "vào thứ Sáu tuần cuối cùng hằng tháng", "vào thứ
# Hai đầu tiên của tháng hằng tháng" (monthly).
DEADLINE_MONTHLY_WEEKDAY = _regex(
    r"(?i:trước|vào|chậm\s+nhất)\s+(?:(?i:ngày)\s+)?(?:(?i:thứ)\s+(?i:hai|ba|tư|năm|sáu|bảy|[2-7])|(?i:chủ\s+nhật))"
    r"(?:\s+(?i:tuần))?(?:\s+(?i:đầu\s+tiên|cuối\s+cùng|đầu|cuối|thứ\s+(?:nhất|hai|ba|tư)))?"
    r"(?:\s+(?i:của))?(?:\s+(?i:tháng))?\s+(?i:hằng|hàng|mỗi)\s+tháng\b"
)
# An hour of every day: "trước 16 giờ 00 hằng ngày", "trước 8 giờ sáng hàng
# ngày", "vào 15h00 hằng ngày" (the hour stays in the deadline's text).
DEADLINE_DAILY = _regex(
    r"(?i:trước|vào|chậm\s+nhất|lúc)\s+\d{1,2}\s*(?:(?i:giờ)|h)(?:\s*\d{1,2}(?:\s*(?i:phút))?)?"
    r"(?:\s+(?i:sáng|trưa|chiều|tối))?\s*,?\s+(?i:hằng|hàng|mỗi)\s+(?i:ngày)\b"
)
# The same with the cadence first and the hour after it, in brackets or after
# a comma: "báo cáo nhanh hằng ngày (trước 15 giờ)", "hằng ngày, trước 16
# giờ 00" (daily, the hour the due time; the hour stays in the text).
DEADLINE_DAILY_HOUR_AFTER = _regex(
    r"(?i:hằng|hàng|mỗi)\s+(?i:ngày)\s*(?:\(\s*|,\s*)?(?i:trước|vào|chậm\s+nhất|lúc)\s+\d{1,2}\s*(?:(?i:giờ)|h)(?!\p{L})"
    r"(?:\s*\d{1,2}(?:\s*(?i:phút))?)?(?:\s+(?i:sáng|trưa|chiều|tối))?\)?"
)
# An hour a thing is due at, its minutes and the day's part after it: "17
# giờ", "16 giờ 00", "10h30", "8 giờ sáng" (as DEADLINE_DAILY writes it).
_DUE_HOUR = r"\d{1,2}\s*(?:(?i:giờ)|h(?!\p{L}))(?:\s*\d{1,2}(?:\s*(?i:phút))?)?(?:\s+(?i:sáng|trưa|chiều|tối))?"
# Two hours or more of every day joined before one cadence: "trước 7 giờ và
# 14 giờ hằng ngày", "vào 8 giờ, 14 giờ và 20 giờ hàng ngày": each hour is a
# due time of that cadence (one daily deadline an hour; the text the whole
# phrase, each its own ``time``).
DEADLINE_DAILY_HOURS = _regex(
    r"(?i:trước|vào|chậm\s+nhất|lúc)\s+" + _DUE_HOUR + r"(?:\s*,\s*" + _DUE_HOUR + r")*\s*,?\s+(?i:và)\s+" + _DUE_HOUR
    + r"\s*,?\s+(?i:hằng|hàng|mỗi)\s+(?i:ngày)\b"
)
# A start alone, with the hour it takes effect, opening a ban or a standing
# duty in an urgent dispatch: "cấm tàu thuyền ra khơi kể từ 12 giờ ngày 14
# tháng 9 năm 2026 (cho đến khi …)", "nghiêm cấm người ở lại trên tàu thuyền
# từ 12 giờ ngày 15/9/2026": ongoing from then, its date and ``starts`` the
# start's, its hour ``time``; also a start without an hour whose end is left
# open, "kể từ ngày 01/10/2026 cho đến khi có thông báo mới". Not a window
# ("từ … đến ngày …": DEADLINE_PERIOD_END's); the ban or duty's verb is
# looked for in code (START_DUTY_VERB), so a time told ("Từ 12 giờ ngày
# 14/9, mưa lớn …") is none.
DEADLINE_START_ALONE = _regex(
    r"(?<!\p{L})(?P<when>(?i:kể\s+từ|bắt\s+đầu\s+từ|từ)\s+(?:(?P<hour>" + _DUE_HOUR + r")\s*,?\s+)?"
    r"(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)"
    r"|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d)))"
    r"(?!\d|\s*(?:[-–]|(?i:đến|tới)\s+(?!(?i:khi)\b)))"
    r"(?P<open>\s*,?\s*(?i:cho\s+)?(?i:đến|tới)\s+(?i:khi)\b)?(?P<ongoing>)"
)
# The verb of a ban or standing duty a start alone opens (DEADLINE_START_ALONE),
# before it in its clause or right after it: "cấm", "nghiêm cấm", "không để",
# "không cho", "dừng", "tạm dừng", "ngừng", "đóng", "phong tỏa", "hạn chế",
# "trực", "duy trì", "áp dụng", "thực hiện", "triển khai", "kiểm soát".
START_DUTY_VERB = _regex(
    r"(?<!\p{L})(?i:nghiêm\s+cấm|cấm|không\s+(?:để|cho|được)|tạm\s+(?:dừng|ngừng|đình\s+chỉ)|dừng|ngừng|đóng\s+cửa"
    r"|phong\s+tỏa|phong\s+toả|hạn\s+chế|trực|duy\s+trì|áp\s+dụng|thực\s+hiện|triển\s+khai|kiểm\s+soát|cho\s+nghỉ)(?!\p{L})"
)
# A day said relative to the last date of its sentence (or to the text's own
# date when none is said before it): "báo cáo … trước 17 giờ cùng ngày",
# "hoàn thành trong ngày.", "trước 8 giờ ngày hôm sau" (the next day). A bare
# "trong ngày" only closing its clause ("trong ngày hội", "trong ngày 10/10"
# are no relative days), and not "ngay trong ngày" (DEADLINE_SAME_DAY's).
DEADLINE_RELATIVE_DAY = _regex(
    r"(?<!\p{L})(?:(?i:trước|chậm\s+nhất|vào|lúc)\s+(?:(?P<hour>" + _DUE_HOUR + r")\s*,?\s+)?"
    r"(?:(?i:ngày)\s+)?(?P<day>(?i:cùng\s+ngày|hôm\s+sau)(?!\p{L})|(?i:trong\s+ngày)(?=\s*[.;,)\n]|\s*$))"
    r"|(?<!(?i:ngay)\s+)(?i:trong\s+ngày)(?=\s*[.;)\n]|\s*$))"
)
# A report made at once when something happens, event-driven as "đột xuất" is
# (ad hoc): "báo cáo ngay khi có tình huống xấu xảy ra", "Báo cáo ngay cho
# UBND cấp xã khi phát hiện cháy rừng", "kịp thời báo cáo … khi …", "thông
# báo ngay về Trạm Y tế". Not "ngay" of a place or a start ("ngay tại", "ngay
# từ đầu", "ngay trên", "ngay cả"), nor a day said ("ngay trong ngày": dated,
# DEADLINE_SAME_DAY's); "kịp thời" only with its event ("khi …") in its clause
# (checked in code: "báo cáo kịp thời, chính xác" is a manner).
AD_HOC_AT_ONCE = _regex(
    r"(?<!\p{L})(?P<verb>(?i:báo\s+cáo|thông\s+báo|báo\s+tin))\s+(?P<how>(?i:ngay)(?:\s+(?i:lập\s+tức))?)"
    r"(?!\p{L}|\s+(?i:từ|tại|trên|cả|sau\s+đó|trong\s+(?:ngày|vòng|thời\s+hạn|hôm)|bằng)(?!\p{L}))"
    r"|(?<!\p{L})(?P<how>(?i:kịp\s+thời))\s+(?P<verb>(?i:báo\s+cáo|thông\s+báo))(?!\p{L})"
    r"|(?<!\p{L})(?P<verb>(?i:báo\s+cáo|thông\s+báo))\s+(?P<how>(?i:kịp\s+thời))(?=\s+(?i:khi|ngay\s+khi)(?!\p{L}))"
)
# The event an "at once" report is made on, right after it: "ngay khi có
# tình huống xấu xảy ra", "kịp thời báo cáo khi phát hiện …" (to the clause's end).
AT_ONCE_EVENT = _regex(r"\s*(?:(?i:ngay)\s+)?(?:(?i:sau)\s+)?(?i:khi)\s+[^.;,\n]{3,80}")
# The start of a months' window before its end, the start's year left to
# the end's: "(duy trì … hằng ngày) từ tháng 4 đến hết tháng 9 năm 2026"
# (searched before the end's reading, which may open with "đến (hết)").
MONTH_WINDOW_START = _regex(
    r"(?<!\p{L})(?i:kể\s+từ|từ)\s+(?i:tháng)\s+(?P<m>\d{1,2})(?:\s*(?:/|(?i:năm))\s*(?P<y>(?:19|20)\d\d))?"
    r"\s+(?:(?P<until>(?i:đến|tới))\s+(?:(?i:hết)\s+)?)?$"
)
# One hour of several joined (DEADLINE_DAILY_HOURS), read in the match's words.
HOUR_OF = _regex(
    r"(?P<h>\d{1,2})\s*(?:(?i:giờ)|h(?!\p{L}))(?:\s*(?P<mi>\d{1,2})(?:\s*(?i:phút))?)?"
    r"(?:\s+(?P<part>(?i:sáng|trưa|chiều|tối|đêm))(?!\p{L}))?"
)
# A clock time in a deadline's words: "trước 17 giờ ngày …", "vào 15h00",
# "13h30’", "trước 8 giờ sáng", "4 giờ chiều" (16:00); not a length ("trong
# vòng 24 giờ", "24/24 giờ"): after a word of time or at the text's start
# only. ``part``: the day's part, after an hour only.
CLOCK_TIME = _regex(
    r"(?:(?<=(?i:trước|vào|lúc|từ|đến|tới|chậm\s+nhất|khoảng)\s+)|(?<=:\s*)|^)(?<![\d/])"
    r"(?P<h>\d{1,2})\s*(?:(?i:giờ)|h(?!\p{L})|g(?!\p{L}))(?:\s*(?P<mi>\d{2})(?:\s*(?i:phút)|[’'′])?)?"
    r"(?:\s+(?P<part>(?i:sáng|trưa|chiều|tối|đêm))(?!\p{L}))?"
)
# The same quarter or month alone, in a table's time column.
PERIOD = _regex(_PERIOD)
PERIOD_NO_YEAR = _regex(_PERIOD_NO_YEAR)
# Reporting frequency words. "6 tháng" is the half-year of a report ("báo cáo
# 6 tháng"), not a day's month ("ngày 06 tháng 4") nor a duration ("không quá
# 06 tháng", "trong thời hạn 6 tháng"): the words before it are looked at in
# code (RECURRENCE_NOT_AFTER; a lookbehind here would be tried at every
# position). ", năm" closes a list of periods ("hàng quý, 6 tháng, năm") after
# one of them only (checked in code too), and so does "và năm", also "cả
# năm", the whole year's, and "và cuối năm" (``year_end``) ("định kỳ hằng quý và cả năm": quarterly, annual).
# A cadence in months ("6 tháng một lần", "3 tháng/lần", "mỗi 6 tháng") is
# its own alternative, the number in ``every`` (1 monthly, 3 quarterly, 6
# semiannual, 12 annual: RECURRENCE_EVERY). A quarter said by itself, "báo
# cáo … theo quý", "mỗi quý (một lần)", is quarterly (not "theo quý III").
_EVERY_MONTHS = r"(?P<every>\d{1,2}|một|hai|ba|sáu|mười\s+hai)\s+tháng"
RECURRENCE = _regex(
    r"(?i:(?:mỗi\s+)?" + _EVERY_MONTHS + r"\s*(?:/\s*|(?:một|0?1)\s+)lần|mỗi\s+" + _EVERY_MONTHS + "|"
    r"mỗi\s+quý(?:\s+(?:một|0?1)\s+lần)?(?!\s+(?:I|\d))|theo\s+quý(?!\s+(?:I|\d))|"
    r"hàng\s+ngày|hằng\s+ngày|hàng\s+tuần|hằng\s+tuần|hàng\s+tháng|hằng\s+tháng|hàng\s+quý|hằng\s+quý|định\s+kỳ\s+(?:0?3|ba)\s+tháng"
    r"|(?P<six>(?:0?6|sáu)\s+tháng)(?!\s+(?:năm\s+)?\d)"
    r"|hàng\s+năm|hằng\s+năm|định\s+kỳ|đột\s+xuất"
    r"|,\s*(?P<year>năm)(?!\s+\d)|và\s+(?:cả\s+)?(?P<year_too>năm)(?!\s+\d)"
    # the year's end round of a periodic duty said before it: "Định kỳ 6 tháng
    # (trước ngày 10/6) và cuối năm (trước ngày 10/12)": annual (checked in
    # code: after a frequency only; "cuối năm 2026" is a date)
    r"|và\s+(?P<year_end>cuối\s+năm)(?!\s+(?:nay|\d)))"
)
# A clause marked as one of the duties a sentence enumerates, "(ii) Báo cáo
# …", "(2) …", "b) …" (after "Nhà đầu tư thực hiện: (i) …; (ii) …"): at its
# opening; MARKED_DUTY_IN, the first one's mark after its colon.
MARKED_DUTY = _std(r"\s*(?:\(\s*(?:[ivx]{1,4}|\d{1,2}|[a-zđ])\s*\)|(?:[ivx]{1,4}|[a-zđ])\))\s")
MARKED_DUTY_IN = _std(r":\s*(?=\(\s*(?:i|1|a)\s*\)\s)")
# A duty done at a frequency and on request besides: "báo cáo định kỳ hằng
# năm và khi có yêu cầu", "… hằng quý hoặc khi có yêu cầu": ad hoc too (a
# bare "khi có yêu cầu" is no frequency: "cung cấp hồ sơ khi có yêu cầu").
ON_REQUEST_TOO = _regex(r"(?i:\b(?:và|hoặc)\s+khi\s+có\s+yêu\s+cầu)")
# A duty done at a cadence in months, a deadline with no date whatever the
# duty: "tổ chức giao ban liên ngành định kỳ 6 tháng một lần", "kiểm tra 3
# tháng/lần", "định kỳ mỗi 6 tháng", or at one of several: "định kỳ 3 tháng
# hoặc 6 tháng một lần" (a bare "mỗi năm" is a rate: "trồng 120.000 cây mỗi
# năm"; tried where "lần" or "mỗi" is).
_MONTHS_N = r"(?:\d{1,2}|một|hai|ba|sáu|mười\s+hai)\s+tháng"
DEADLINE_CADENCE = _regex(
    r"(?i:(?:định\s+kỳ\s+)?(?:mỗi\s+)?(?:" + _MONTHS_N + r"\s*(?:,|hoặc|và)\s*)*" + _MONTHS_N + r"\s*(?:/\s*|(?:một|0?1)\s+)lần"
    r"|định\s+kỳ\s+mỗi\s+" + _MONTHS_N
    # (and in years, said as a period: "định kỳ 02 năm một lần")
    + r"|định\s+kỳ\s+(?:\d{1,2}|hai|ba|năm)\s+năm\s*(?:/\s*|(?:một|0?1)\s+)lần)(?!\p{L})"
)
# A frequency said as a count in a period, "N lần/tuần (tháng, quý, năm)":
# "phát thông điệp trên loa truyền thanh 02 lần/tuần", "kiểm tra ít nhất 01
# lần/quý", "sao lưu 2 lần mỗi tháng": the duty recurs in that period
# (weekly, monthly, quarterly, annual; the count stays in the text; a year's
# count its year divides into, "cân, đo trẻ em 2 lần/năm" twice a year,
# semiannual, "04 lần/năm" quarterly, "12 lần/năm" monthly). Not a
# year's number after "năm" ("02 lần/năm 2026" is none), nor a cap, "không
# quá một lần trong một năm", "tối đa 02 lần/năm" (TIMES_CAPPED, the words
# before it, checked in code). Tried where "lần" is.
DEADLINE_TIMES_PER = _regex(
    r"(?<!\p{L})(?:(?i:định\s+kỳ)\s+)?(?:(?i:ít\s+nhất|tối\s+thiểu)\s+)?(?P<times>\d{1,2}|(?i:một|hai|ba|bốn))\s+(?i:lần)"
    r"\s*(?:/\s*|(?i:mỗi|một|trên|trong\s+(?:một|01|1))\s+)(?P<per>(?i:ngày|tuần|tháng|quý|năm))(?!\p{L})(?!\s*(?:19|20)\d\d)"
)
TIMES_CAPPED = ("quá", "tối đa", "nhiều nhất")
# The same with the period first and the least count after it: "ra quân hỗ
# trợ người dân … mỗi tháng ít nhất 01 đợt", "hằng quý tối thiểu 02 lần" (the
# duty recurs in that period, as DEADLINE_TIMES_PER's; "ít nhất" / "tối
# thiểu" say it is a duty's count, not a quantity told). Tried where "ít nhất"
# or "tối thiểu" is.
DEADLINE_PERIOD_LEAST_TIMES = _regex(
    r"(?<!\p{L})(?i:hằng|hàng|mỗi)\s+(?P<per>(?i:ngày|tuần|tháng|quý|năm))\s*,?\s+(?i:ít\s+nhất|tối\s+thiểu)\s+"
    r"(?P<times>\d{1,2}|(?i:một|hai|ba|bốn))\s+(?i:lần|đợt)(?!\p{L})"
)

# A report that someone must make, in a sentence saying how often (the
# fallback for a reporting duty with no date): a verb of doing it before the
# report ("thực hiện (nghiêm) chế độ báo cáo", "xây dựng báo cáo", "gửi báo
# cáo"), a body it goes to ("báo cáo định kỳ … với Bộ Công Thương"), or words
# saying when it is due ("theo định kỳ", "khi có yêu cầu"). A report named by
# its kind says none of these: "d) Báo cáo an toàn định kỳ.", "Nội dung báo
# cáo hằng quý bao gồm …", "Báo cáo định kỳ, báo cáo vụ việc … (nguồn thông tin)".
# Also the verb opening a clause after the first, in lower case, with what is
# reported, or alone, and its frequency closing it: "…; báo cáo kết quả hằng
# tháng.", "…, báo cáo tình hình thực hiện định kỳ", "…; báo cáo hằng quý."
# (not a report's name opening its text: "Nguồn số liệu: Báo cáo tình hình
# thực hiện PPP hàng năm."; nor an activity's time: "tổ chức sinh hoạt hằng
# tháng" reports nothing).
REPORT_DUTY = _regex(
    r"(?i:(?:thực\s+hiện|chấp\s+hành|xây\s+dựng|lập|gửi|nộp|có\s+trách\s+nhiệm|phải)(?:\s+\p{L}+){0,2}?\s+(?:chế\s+độ\s+)?báo\s+cáo"
    r"|(?:^|(?<=,))\s*(?-i:báo)\s+cáo\s+(?:(?:kết\s+quả|tình\s+hình|tiến\s+độ|số\s+liệu)(?:[^.;,:()\n]{0,80}?\s)?"
    r"(?:(?:hằng|hàng)\s+(?:tháng|quý|năm)|định\s+kỳ)(?=\s*(?:[.;,]|$))|(?:hằng|hàng)\s+(?:tháng|quý|năm)(?=\s*(?:[.;]|$)))"
    r"|báo\s+cáo[^.;:]{0,120}?\s(?:với|cho|lên|đến|về)\s+(?-i:\p{Lu})"
    r"|theo\s+định\s+kỳ|khi\s+có\s+yêu\s+cầu)"
)
# A duty to make public, in a sentence saying how often (a deadline with no
# date, as a reporting duty's): "Công bố công khai tình hình thực hiện dự toán
# … định kỳ hằng quý, 6 tháng và hằng năm", "…; công khai kết quả thực hiện
# hằng quý trên Cổng thông tin điện tử", "thực hiện công khai ngân sách hằng
# năm": the verb opening its clause, or after a verb of doing it. A
# disclosure named by its kind does neither: "Nội dung công khai hằng năm
# gồm …", "Báo cáo công khai …".
DISCLOSURE_DUTY = _regex(
    r"(?:^|(?<=[,;:\n]))[\s\-+•]*(?:(?i:thực\s+hiện|tổ\s+chức|có\s+trách\s+nhiệm|phải|định\s+kỳ|(?:hằng|hàng)\s+(?:tháng|quý|năm))\s+)*"
    r"(?i:công\s+bố(?:\s+công\s+khai)?|công\s+khai)\s+\p{Ll}"
)
DISCLOSURE_WORDS = ("công khai", "công bố")  # (a test before it)
# A duty of delivering with a frequency closing its clause: "cập nhật cơ sở
# dữ liệu môi trường của tỉnh hằng quý", "gửi số liệu về Trạm Y tế hằng
# tháng", "công bố danh sách … hằng năm": due at each period's end, a
# recurring deadline (a report's is REPORT_DUTY's); not an activity held then,
# which delivers nothing ("Tổ chức sinh hoạt chi hội hằng tháng", "giao ban
# hằng tuần"). Matched at a clause's start (after its mark, a colon or ";").
# So is a count kept of what was done or is held, statistics or an inventory
# delivered at each period's end: "thống kê trữ lượng khoáng sản đã khai thác
# định kỳ hằng năm". The verb opens its clause, or follows the words putting
# the duty (DUTY_PUT_BEFORE_VERB).
# So is data kept in step with a system ("đồng bộ dữ liệu lên hệ thống quốc
# gia hằng tháng"), and a daily delivery ("cập nhật, chỉnh lý biến động vào cơ
# sở dữ liệu hằng ngày"); the verb may be the first of two ("cập nhật, …").
DELIVERY_RECURRING = _regex(
    r"(?i:cập\s+nhật|gửi|nộp|công\s+bố|công\s+khai|cung\s+cấp|thống\s+kê|kiểm\s+kê|đồng\s+bộ)[\s,][^;.:\n]{3,200}?\s(?:(?i:định\s+kỳ)\s+)?"
    r"(?i:hằng|hàng)\s+(?i:quý|tháng|năm|tuần|ngày)(?=\s*(?:[.;]|$))"
)
# The body a clause directs, before the verb of what it is to do: "Chỉ đạo
# các Chi nhánh Văn phòng Đăng ký đất đai cập nhật …", "yêu cầu Công ty X gửi …"
# (matched from the clause's start to the verb).
DIRECTED_BEFORE_VERB = _regex(
    r"[\s\-+•]*(?i:chỉ\s+đạo|đôn\s+đốc|yêu\s+cầu|hướng\s+dẫn)\s+(?:(?i:các)\s+)?\p{Lu}[^;.:\n]{0,150}\s"
)
# A task's own cadence opening its sentence, before its verb: "d) Hàng năm,
# tiến hành rà soát các KCN …", "Hằng quý, tổ chức kiểm tra …", "Định kỳ
# hằng năm, cập nhật …": the work comes back each period (the verb after it
# checked in code: "Hằng năm, tỉnh có 200 dự án …" tells how things stand).
# The subject may stand between the cadence and the verb: a body by its name
# ("Hằng năm, Phòng Văn hóa - Xã hội tổ chức …") or a joint plan's parties
# ("Hằng quý, ba bên tổ chức giao ban …": CADENCE_PARTIES).
LEADING_CADENCE = _regex(
    r"(?:(?i:định\s+kỳ)\s+)?(?i:hằng|hàng)\s+(?i:năm|quý|tháng|tuần)(?=\s*,\s*"
    r"(?:(?i:tiến\s+hành|chủ\s+động|có\s+trách\s+nhiệm|phải)\s+)?\p{L})"
)
# A joint plan's parties as a duty's subject, after its cadence: "hai bên",
# "ba bên", "các bên", "các cơ quan phối hợp" (matched at the clause's start).
CADENCE_PARTIES = _std(r"(?:hai|ba|bốn|các)\s+bên\s+|các\s+cơ\s+quan\s+phối\s+hợp\s+")
# The verbs of a joint plan's recurring work after its cadence, beside
# YEAR_ONLY_TASK_VERB: "Hằng năm, thống nhất lựa chọn, đề nghị cấp trên khen
# thưởng …", "Hằng quý, … giao ban …", "… bình xét …".
LEADING_CADENCE_VERB = _std(r"(?:thống\s+nhất|bình\s+xét|khen\s+thưởng|biểu\s+dương|giao\s+ban|đánh\s+giá|kiểm\s+tra)\s")
# "tổ chức" as the noun heading a name of organisations, not the verb: "tổ
# chức bảo hiểm xã hội đóng …", "tổ chức tín dụng", "tổ chức, cá nhân …"
# (matched at the word).
ORGANISATION_NOUN = _regex(r"(?i:tổ\s+chức)(?:\s*,|\s+(?i:bảo\s+hiểm|tín\s+dụng|cá\s+nhân|chính\s+trị|xã\s+hội|kinh\s+tế|quốc\s+tế))")
# The words putting a duty before its verb, after a cadence: "Hàng năm, tiến
# hành rà soát …", "Hằng quý, chủ động kiểm tra …".
DUTY_OPENER = _regex(r"(?i:tiến\s+hành|chủ\s+động|có\s+trách\s+nhiệm|phải)\s+")
LEADING_CADENCE_OPENING_WORDS = ("hằng", "hàng", "định")
# A duty's cadence said with its verb, no date: before it ("Cục X có trách
# nhiệm định kỳ hàng năm rà soát …", "Hàng năm xây dựng kế hoạch …",
# "Định kỳ hàng quý, năm, cơ quan thống kê … có trách nhiệm tổng hợp …") or
# closing its clause after it ("… phải tổ chức diễn tập … định kỳ hằng năm
# theo kế hoạch …", "Bộ Tài chính tổng hợp dự toán … hằng năm theo quy định
# …"): the work recurs each period, owned by the duty's body (which side of
# the verb it stands on, and the duty, checked in code).
DUTY_CADENCE = _regex(
    r"(?<!\p{L})(?:(?i:định\s+kỳ)\s+)?(?i:hằng|hàng)\s+(?i:năm|quý|tháng)(?:\s*,\s*(?i:năm)(?=\s*,))?(?!\p{L})"
)
DUTY_CADENCE_OPENING_WORDS = ("định", "hằng", "hàng")
# The verbs of a duty a cadence qualifies, besides a task's (YEAR_ONLY_TASK_VERB).
CADENCE_DUTY_VERB = _regex(r"(?i:lập|tổng\s+hợp|đánh\s+giá|kiểm\s+tra|đề\s+xuất|huấn\s+luyện|diễn\s+tập|rà\s+soát)(?!\p{L})")
# What may follow a cadence closing its duty's clause: the clause's end, or
# the rule or plan it is done by ("… hằng năm theo kế hoạch đã được phê duyệt").
# A bare "hằng năm" closing a sentence is mostly its noun's ("… vào kế hoạch
# dự trữ quốc gia hàng năm.", "… ngân sách nhà nước hằng năm."): it qualifies
# the duty only with "định kỳ" or before the rule it is done by (``by``).
CADENCE_CLOSES = _regex(r"\s*(?:[.;]|$)|(?P<by>\s(?i:theo\s+(?:quy\s+định|kế\s+hoạch)))")
# A duty put on its subject: "… có trách nhiệm …", "… phải …".
DUTY_PUT = _regex(r"(?<!\p{L})(?i:có\s+trách\s+nhiệm|phải)(?!\p{L})")
# "Đến năm 2015, hoàn thành …" opening a task's sentence: the year it is due
# by (not a goal's "Đến năm 2025, cơ bản hoàn thành …", "Đến năm 2030, 100%
# xã …", a time told; "hoàn thành" right after the comma, checked in code at
# a sentence's start).
DEADLINE_YEAR_LEAD = _regex(
    r"(?<!\p{L})(?i:đến)\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)(?=\s*,\s*(?i:hoàn\s+thành|hoàn\s+tất)\s)"
)
DELIVERY_RECURRING_OPENING_WORDS = ("cập", "gửi", "nộp", "công", "cung", "thống", "kiểm", "đồng")
# The words putting a duty on the clause's subject, right before its verb:
# "Tổ chức, cá nhân … có trách nhiệm thực hiện công tác thống kê …", "… phải
# cập nhật …" (searched up to the verb).
DUTY_PUT_BEFORE_VERB = _regex(r"(?i:có\s+trách\s+nhiệm|phải|thực\s+hiện|tiến\s+hành)(?:\s+(?i:công\s+tác|việc))*\s+$")
# A report made when asked, said with a dated one in its clause: "Thực hiện
# báo cáo đột xuất theo yêu cầu, báo cáo định kỳ hằng năm trước ngày 15
# tháng 12 …": a duty of its own, ad hoc (the date is the periodic report's).
AD_HOC_REPORT = _regex(
    r"(?:(?i:báo\s+cáo)\s+)?(?i:đột\s+xuất)(?:\s+(?i:theo\s+yêu\s+cầu|khi\s+có\s+yêu\s+cầu|khi\s+được\s+yêu\s+cầu))?"
)
# ... and one joined after a recurring duty's last date, the same duty done
# when asked: "báo cáo định kỳ hằng quý (trước ngày 05 của tháng đầu quý sau)
# và báo cáo đột xuất … khi có yêu cầu", "… ngày 10/02 năm sau hoặc đột xuất
# theo yêu cầu của cơ quan có thẩm quyền" (its words from "báo cáo"/"đột xuất"
# to its request, at most a clause's reach apart).
AD_HOC_JOINED_AFTER = _regex(
    r"\b(?i:và|hoặc)\s+(?P<what>(?:(?i:báo\s+cáo)\s+)?(?i:đột\s+xuất)"
    r"(?:[^.;\n]{0,160}?\b(?i:(?:theo|khi\s+có|khi\s+được)\s+yêu\s+cầu))?)"
)
# A review named with the period it looks back on, "sơ kết 6 tháng thực hiện
# Nghị quyết", "tổng kết 6 tháng": a one-off, no half-yearly cadence unless
# the text says one ("định kỳ", "hằng", "hàng", "mỗi": RECURRENCE_CADENCE_WORDS).
# A report made at the council's regular sessions: "báo cáo … tại kỳ họp giữa
# năm và cuối năm của Hội đồng nhân dân xã", "định kỳ báo cáo … tại các kỳ họp
# thường lệ của Hội đồng nhân dân tỉnh". A council meets in regular session
# twice a year, mid-year and year-end (Luật Tổ chức chính quyền địa
# phương): the report is semiannual (tried where "kỳ họp" is).
COUNCIL_SESSIONS = _regex(
    r"(?i:(?:tại|vào|trong)\s+(?:các\s+)?kỳ\s+họp\s+(?:thường\s+lệ(?!\s+(?:giữa|cuối)\s+năm\s+(?:19|20)\d\d)"
    r"|giữa\s+năm\s+và\s+(?:kỳ\s+họp\s+)?cuối\s+năm(?!\s+(?:19|20)\d\d)))"
    # (the council, the report's recipient: "… của Hội đồng nhân dân xã")
    r"(?:\s+(?i:của)\s+(?P<council>(?:Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)"
    r"(?:\s+\p{Lu}\p{Ll}*){0,3})?))?"
)
# A reporting calendar's column giving the period the data cover, not when
# they are due: "Kỳ số liệu", "Kỳ báo cáo", "Thời kỳ (báo cáo)", "Số liệu tính
# từ …" (searched in the column's header cell): a range in it ("Từ 15/12/2025
# đến 14/6/2026") is the data's window; the "Thời hạn gửi" column dates it.
DATA_PERIOD_COLUMN = _regex(r"(?i:\bkỳ\s+(?:số\s+liệu|báo\s+cáo|thống\s+kê)|\bthời\s+kỳ\b|^\s*số\s+liệu)")
# A calendar's due-date column naming where the reports go: "Thời hạn gửi Sở
# Nội vụ", "Thời gian nộp báo cáo về UBND tỉnh" (matched on the header cell):
# its body is each date's recipient.
DUE_COLUMN_TO = _regex(
    r"\s*(?i:thời\s+hạn|thời\s+gian|hạn)\s+(?i:gửi|nộp)(?:\s+(?i:báo\s+cáo))?\s+(?:(?i:về|đến|cho)\s+)?"
    r"(?P<to>\p{Lu}[^\t|\n()]{2,80}?)\s*(?:\(|$)"
)
RECURRENCE_REVIEW_BEFORE = ("sơ kết", "tổng kết")
RECURRENCE_CADENCE_WORDS = ("định kỳ", "hằng", "hàng", "mỗi")
# The period a goal is striven for by, "phấn đấu đến cuối năm 2026, tỷ lệ hồ
# sơ … đạt 80%": after "phấn đấu", with or without a comma ("phấn đấu đến cuối
# năm 2026 tỷ số giới tính khi sinh dưới 111 bé trai/100 bé gái"), then the
# target's value (a share, "đạt …", or a bound before a number: "dưới 111",
# "không quá 5") in the same sentence; the target's time, no task's deadline.
GOAL_VALUE_AFTER = _regex(
    r"\s*,?[^.;\n]{0,200}?(?:\d\s*%|(?<!\p{L})(?i:đạt)(?!\p{L})"
    r"|(?<!\p{L})(?i:dưới|trên|không\s+quá|không\s+vượt\s+quá|tối\s+thiểu|tối\s+đa|ít\s+nhất)\s+\d)"
)
# With no comma after the period, the words after it name the measure the
# value is of ("phấn đấu đến cuối năm 2026 tỷ lệ hộ nghèo …", "… 100% xã đạt
# chuẩn", "… có 95% …", "… giảm tỷ suất …"): a verb of a task there ("phấn
# đấu trong quý II/2026 hoàn thành cấp căn cước cho 100% công dân …", "…
# tổ chức khám cho trên 500 người") makes the period the task's deadline.
GOAL_MEASURE_OPENS = _regex(
    r"(?i:(?:(?:giảm|tăng|nâng|duy\s+trì|hạ)\s+)?(?:tỷ|tỉ)\s+(?:lệ|số|suất|trọng)|số\s+(?!lượng\s+(?:hồ\s+sơ\s+)?được)|chỉ\s+số|tổng|mức"
    r"|thu\s+nhập|bình\s+quân|có|đạt|không\s+còn|trên|dưới|(?:giảm|tăng)\s|\d)"
)
GOAL_TASK_VERB = _regex(r"(?<!\p{L})(?i:hoàn\s+thành|cấp|ban\s+hành|thành\s+lập)(?!\p{L})")
RECURRENCE_NOT_AFTER = ("ngày", "quá", "trong", "hạn", "vòng", "sau", "tới", "từ")
# Where RECURRENCE's matches open, in the lowered text: its words (the long s
# "ſ", which (?i) matches for "s" and lowers to itself, too), its half-year's
# number ("06", "6"), the comma before ", năm" and "theo" of "theo quý"
# (tried only where "năm", "quý" follows: ``assignments._may_recur_at``). It is tried only there
# (``assignments._matches_at_words``), not at every place (tests/test_assignment_gates.py);
# and "và" of "và (cả) năm" (tried only where "năm" or "cả năm" follows).
RECURRENCE_OPENING_WORDS = ("hàng", "hằng", "định", "đột", "sáu", "ſáu", "06", "6", ",", "theo", "và")
# "sơ kết vào năm 2025, tổng kết vào năm 2030", and with what is reviewed
# between: "sơ kết 5 năm vào năm 2027", "tổng kết việc thực hiện Kế hoạch vào
# năm 2030" (in one clause).
# The year may head its clause: "…; năm 2027 chủ trì sơ kết giữa kỳ", "năm
# 2028 tham mưu sơ kết, năm 2030 tổng kết" (not a review retold: "năm 2024 đã
# tổng kết").
REVIEW_YEAR = _regex(
    r"(?P<what>(?i:sơ\s+kết|tổng\s+kết|đánh\s+giá\s+giữa\s+kỳ))(?:[^.;:,\n]{0,80}?\s(?i:vào|trong))?\s+(?i:năm)\s+(?P<y>(?:19|20)\d\d)"
    r"|(?<=(?:\A|[.;:,\n])[^\S\n]*)(?i:năm)\s+(?P<y>(?:19|20)\d\d)\s+(?:(?!(?i:đã|được)\s)\p{Ll}+\s+){0,3}?"
    r"(?P<what>(?i:sơ\s+kết|tổng\s+kết|đánh\s+giá\s+giữa\s+kỳ))"
)
# Deadlines and review years are written with digits: a text without one
# holds neither (a cheap test before the patterns above). Each also holds its
# own word, in any case: a deadline "ngày", a review year "năm" (looked up in
# the lowered text before the pattern is tried).
ANY_DIGIT = _regex(r"\d")
DEADLINE_WORD = "ngày"
# The words DEADLINE's matches open with, lowered (``lowered_opening_words``):
# it is tried only where one of them starts in the lowered text, not at every
# place ("trước", "chậm nhất", "không quá", "hạn chót", "thời hạn:", "thời
# gian hoàn thành:").
DEADLINE_OPENING_WORDS = ("trước", "chậm", "không", "hạn", "thời", "ngay", "trong")
# A deadline by quarter or month has its period word right after its lead
# word (a test before DEADLINE_PERIOD).
# The words a day of every month or quarter is said with (a test before
# DEADLINE_RECURRING).
RECURRING_WORDS = ("tháng sau", "năm sau", "hằng năm", "hàng năm", "tháng tiếp theo", "tháng kế tiếp", "quý")
PERIOD_WORDS = ("quý", "trong tháng", "trước tháng", "nhất tháng", "là tháng", "vào tháng", "cuối tháng", "hết tháng", ": tháng",
                "đầu tháng", "giữa tháng", "trong kỳ", "vào kỳ", "trong đợt", "vào đợt", "trong dịp", "vào dịp",
                "trong phiên", "vào phiên", "trong buổi", "vào buổi", "trong hội nghị", "vào hội nghị")
# A review's year right after "báo cáo" is the period the report covers, not
# when the review is held: "gửi báo cáo tổng kết năm 2025 về Sở trước ngày
# 10/12/2025" (searched in the few characters before REVIEW_YEAR's match).
REPORT_OF_REVIEW = _regex(r"(?i:báo\s+cáo)\s+$")
REVIEW_YEAR_WORD = "năm"
# The words each test of a dated form in _read_deadlines asks for one of
# (with a digit): "ngày", or "trước" / "chậm nhất" / "thời hạn" / "hoàn
# thành:" before "/"; "từ" (a period's end); "năm" (a year's deadline, a
# review's year, "cuối năm"); "tháng" and "quý" (a month's or a quarter's,
# the recurring words); "trước" / "sau" (a relative limit, "kể từ" holding
# "từ"); "ít nhất" / "tối thiểu" (a lead time); "trong vòng" / "thời hạn" (a
# limit's term). A text holding none is spared the digit scan, which costs
# more than these tests (the most frequent first), and the tests of its
# undated forms for "ngày", "tháng" and "quý" (which must stay in this list).
DATED_FORM_WORDS: tuple[str, ...] = ("năm", "ngày", "tháng", "trước", "từ", "sau", "quý", "thời hạn", "chậm nhất", "hoàn thành:", "ít nhất",
                    "tối thiểu", "trong vòng")
# A letter of each of those words (and of other words the deadline reader
# asks for in every piece) that most pieces lack: looked for before its word,
# a single character is found at memchr's speed (~20 ns in a 500-character
# piece against ~800 ns for a word of two or more), so a piece lacking it is
# spared the word's search. Each key is a character of its word: the test
# ``key in text and word in text`` is ``word in text``. (A word with no key
# here is searched for itself.)
WORD_KEYS: dict[str, str] = {
    "năm": "ă", "ngày": "y", "tháng": "á", "trước": "ớ", "sau": "s", "từ": "ừ", "quý": "ý", "thời hạn": "ờ", "chậm nhất": "ậ",
    "hoàn thành:": ":", "ít nhất": "ấ", "tối thiểu": "ể", "trong vòng": "ò",
    # (asked for in the reader's own tests, each written ``"key" in lowered
    # and "word" in lowered``)
    "tuần": "ầ", "thường xuyên": "ờ", "liên tục": "ụ", "hằng": "ằ", "ngay trong": "y", "báo cáo": "b", "báo ngay": "y",
}
# (and one of the words of what is reviewed: "sơ kết", "tổng kết", "giữa kỳ")
REVIEW_YEAR_WHAT_WORDS = ("kết", "giữa")
# An item's label naming its text the targets: "2. Chỉ tiêu: …", "b) Các chỉ
# tiêu chủ yếu: …", "3. Chỉ tiêu năm 2026: …" (a short heading, all of it).
TARGETS_LABEL = _regex(r"\s*(?i:(?:các\s+|một\s+số\s+)?chỉ\s+tiêu)(?:\s+[^:;.\n]{1,30})?\s*")
# "Mục tiêu" in a heading names a group of indicators.
GOALS_WORD = _regex(r"(?i:mục\s+tiêu)")
# Funding sources are listed with semicolons: "ngân sách tỉnh; nguồn xã hội hóa".
SEMICOLON_SPLIT = _regex(r";\s*")
# Where a date's clause, or a timeline step's first sentence, ends: ". ",
# ".\n" or ";" (the first of them after the date; a step's bracketed owner
# closes it before that).
STEP_STOP = _std(r"\.[ \n]|;")
# Sentence ends inside a section's text: a full stop or semicolon before a
# space or line end, or a line break.
SENTENCE_SPLIT = _std(r"[.;](?=\s|$)|\n")
# One sentence ending and the next starting, inside a paragraph: "… đề ra. Tuy
# nhiên, …" (after a lower-case word, so "TP. Hồ Chí Minh" is none).
SENTENCE_BREAK = _regex(r"\p{Ll}\.\s+\p{Lu}")
# The same after a document cited, whose number may end the sentence: "… Nghị
# định số 105/2025/NĐ-CP. Căn cứ chức năng …" (not "TP. Hồ Chí Minh").
CITED_SENTENCE_BREAK = _regex(r"(?<!\bTP)(?<=[\p{Ll}\p{Lu}\d])\.\s+\p{Lu}")
# The header cells of a table of assigned tasks (a plan's "Phụ lục phân công
# nhiệm vụ"): "Cơ quan chủ trì" / "Đơn vị chủ trì", "Cơ quan phối hợp", the task
# ("Nội dung công việc", "Nhiệm vụ", "Hoạt động"), and when ("Thời gian thực
# hiện", "Thời hạn hoàn thành", "Tiến độ").
# The lead's column: "Cơ quan chủ trì", "Đơn vị thực hiện", "Cơ quan thực
# hiện", "Đơn vị đầu mối" (not "Thời gian thực hiện", a time column).
TABLE_LEAD_HEADER = _regex(
    r"(?i:chủ\s+trì|(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+(?:thực\s+hiện|đầu\s+mối|chịu\s+trách\s+nhiệm|phụ\s+trách)"
    # an inspection schedule's team, which does the row's work ("Thành phần
    # đoàn", "Đoàn kiểm tra"; not "Đơn vị được kiểm tra", the row's object)
    r"|thành\s+phần\s+đoàn|đoàn\s+(?:kiểm\s+tra|thanh\s+tra|công\s+tác))"
)
TABLE_SUPPORT_HEADER = _regex(r"(?i:phối\s+hợp)")
# The same columns written as labelled lines under a task's item, as many
# ministry and province plans list their tasks: "1. Tổ chức tập huấn Luật" /
# "- Đơn vị chủ trì: Vụ Pháp chế." / "- Đơn vị phối hợp: Văn phòng Bộ." /
# "- Thời gian hoàn thành: Quý I năm 2026." (a line opening with its label).
LABELLED_LEAD = _std(
    r"^[-–+•\s]*(?:(?:Đơn\s+vị|Cơ\s+quan|Bộ\s+phận)\s+(?:chủ\s+trì|thực\s+hiện|đầu\s+mối|chịu\s+trách\s+nhiệm|phụ\s+trách)"
    r"|Chủ\s+trì|Cơ\s+quan,\s+đơn\s+vị\s+chủ\s+trì)\s*:\s*(?P<value>.+)$"
)
# The same columns said in the task item's closing sentence, or on its own
# line under the task, as commune plans write them: "1. Tuyên truyền … . Phòng
# Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên phường; hoàn thành trước
# ngày 15/4/2026.", "… . Văn phòng HĐND và UBND phường thực hiện.", "Phòng Kinh
# tế chủ trì, phối hợp Hội Nông dân xã; thời gian: quý II/2026" (the role
# right after the body's name, closing its clause: "Phòng A chủ trì tổ chức
# …" is a body's own task; matched from the sentence's start to the item's end).
CLOSING_BODY_ROLE = _regex(
    r"(?P<lead>\p{Lu}(?:(?!(?i:chủ\s+trì|thực\s+hiện|phụ\s+trách|phối\s+hợp)\b)[^;:.\n]){1,150}?)"
    r"\s+(?i:chủ\s+trì|thực\s+hiện|phụ\s+trách)"
    # (the partners up to the time after a ";": "phối hợp Trạm Y tế xã, Hội Người cao tuổi xã")
    r"(?:\s*,\s*(?i:phối\s+hợp)(?:\s+(?i:với))?\s+(?P<support>[^;\n]+?(?=\s*(?:;|\.?\s*$))))?"
    r"\s*(?:[;,]\s*(?P<time>[^;\n]*?))?\s*\.?\s*$"
)
# A closing sentence's time, without its label or verb: "thời gian: quý
# II/2026", "thực hiện thường xuyên" (what is left is read as a time field).
CLOSING_TIME_OPENING = _std(
    r"^\s*(?:(?i:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+[^\W\d]+){0,3}\s*:\s*|(?i:thực\s+hiện)\s+(?=\S))"
)
LABELLED_SUPPORT = _std(
    r"^[-–+•\s]*(?:(?:Đơn\s+vị|Cơ\s+quan|Cơ\s+quan,\s+đơn\s+vị)\s+phối\s+hợp|Phối\s+hợp)\s*:\s*(?P<value>.+)$"
)
# The supporting bodies named on the lead's line: "Cơ quan chủ trì: Sở A;
# phối hợp: Sở B" (matched in the lead's value).
LABELLED_SUPPORT_INLINE = _std(r"\s*[;,.]\s*(?:(?:đơn\s+vị|cơ\s+quan)\s+)?(?:phối\s+hợp|Phối\s+hợp)\s*:\s*")
# The time field said on the lead's line after a sentence's end: "Đơn vị
# chủ trì: Vụ A; phối hợp: Vụ B, Thanh tra Bộ. Thời gian hoàn thành: quý IV
# năm 2026." (each label opens a field of its own: the partners' names end
# at the period).
LABELLED_TIME_INLINE = _std(
    r"\.\s+(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)(?:\s+[^\W\d]+){0,4}\s*:\s*(?P<value>.+)$"
)
LABELLED_TIME = _std(
    r"^[-–+•\s]*(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)(?:\s+[^\W\d]+){0,4}\s*:\s*(?P<value>.+)$"
)
# A normative text's appendix of indicator sheets (a statistics system's
# "Nội dung chỉ tiêu thống kê"): each record headed by the indicator's code
# and name, "0101. Tổng thu ngân sách nhà nước trên địa bàn" (a code of three
# digits or more; "02. Đầu tư …", "Nhóm 02. Kinh tế biển" head groups).
INDICATOR_SHEET_HEADING = _regex(r"^(?P<code>\d{3,6})\.\s+(?P<name>\p{Lu}[^\n]*)$")
# The record's line labelled with who collects the indicator, the label
# giving the role: "5. Đơn vị chịu trách nhiệm thu thập, tổng hợp: Vụ Tổng
# hợp kinh tế quốc dân." (responsible), or the label alone over "- Chủ trì:
# …" / "- Phối hợp: …" lines (LABELLED_LEAD, LABELLED_SUPPORT); "Cơ quan/Đơn
# vị chịu trách nhiệm …" too.
SHEET_RESPONSIBLE = _std(
    r"^(?:\d{1,2}\.\s*)?(?:Cơ\s+quan|Đơn\s+vị)(?:\s*[/,]\s*(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị))?\s+chịu\s+trách\s+nhiệm\b"
    r"[^:\n]{0,80}?(?::\s*(?P<value>[^\n]*?))?\s*$"
)
# The record's publication period, its task's recurrence: "3. Kỳ công bố:
# Năm.", "Kỳ công bố: Quý, năm." (its first period word), "5 năm".
SHEET_PERIOD = _std(r"^(?:\d{1,2}\.\s*)?Kỳ\s+công\s+bố\s*:\s*(?:(?P<every>\d+)\s+)?(?P<unit>[^\W\d]+)")
# A bullet stating what the issuer's own check or finding does not do, a
# disclaimer, no task: "Việc kiểm tra của Đoàn kiểm tra … Do đó không thay
# thế, không làm giảm trách nhiệm của Chủ đầu tư …", "Kết quả thẩm định
# không miễn trừ trách nhiệm của …" (gated in code by "trách nhiệm" and "không ").
DISCLAIMER = _regex(
    r"\b(?i:không)\s+(?:thay\s+thế|làm\s+giảm|miễn\s+trừ|loại\s+trừ|thay\s+đổi)\b[^.;]{0,80}?\btrách\s+nhiệm\b"
)
# ... unless the bullet binds a body as well: "… Chủ đầu tư phải tạm dừng …".
DISCLAIMER_DUTY = _regex(r"\b(?:phải|cần|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|(?i:đề\s+nghị|yêu\s+cầu))\s")
# The other fields such a task block writes under its item, as a table's
# further columns: what it yields ("- Sản phẩm: Kế hoạch của UBND phường.",
# "- Kết quả dự kiến: …", "- Hình thức văn bản: Quyết định") and what it costs
# ("- Kinh phí: ngân sách phường.", "- Nguồn kinh phí: …", "- Dự toán: …").
LABELLED_OUTPUT = _std(
    r"^[-–+•\s]*(?:Sản\s+phẩm|Kết\s+quả\s+(?:đầu\s+ra|dự\s+kiến|cần\s+đạt)|Hình\s+thức\s+(?:sản\s+phẩm|văn\s+bản)"
    r"|(?:Nguồn\s+)?[Kk]inh\s+phí|Dự\s+toán)(?:\s+[^\W\d]+){0,3}\s*:\s*(?P<value>.+)$"
)
# Any line of a task block that is a field of the task above it, no task of
# its own: its lead, partners, time, output or cost (the columns of a task
# table's row, written as labelled lines).
TASK_FIELD = _std(
    lambda: _alternatives((LABELLED_LEAD, LABELLED_SUPPORT, LABELLED_TIME, LABELLED_OUTPUT)).replace("?P<value>", "?:")
)
# (an inspection schedule's task is whom it inspects: "Đơn vị được kiểm tra")
TABLE_TASK_HEADER = _regex(r"(?i:nội\s+dung|nhiệm\s+vụ|công\s+việc|hoạt\s+động|giải\s+pháp|được\s+kiểm\s+tra|được\s+thanh\s+tra)")
TABLE_TIME_HEADER = _regex(r"(?i:thời\s+gian|thời\s+hạn|tiến\s+độ|hoàn\s+thành)")
# The first cell of a table row that opens an item: its number ("1", "1.",
# "2.3") or a group's roman numeral ("I", "II.").
TABLE_ROW_NUMBER = _std(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6})\.?\s*$")
TABLE_GROUP_NUMBER = _std(r"^\s*[IVXL]{1,6}\.?\s*$")
# A year in a time cell: "Quý II/2026", "Năm 2026", "Tháng 6/2026".
YEAR = _std(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The first word of each of TARGET_COUNT's directions, lowered: a count
# beside a rate is matched from one of them, before its number (a test
# checks every direction opens with one).
COUNT_DIRECTION_WORDS = ("không", "duy", "có", "thêm", "xuống", "dưới", "đạt", "trên", "tối", "ít", "giảm", "tăng", "còn", "từ")
# A count's unit right after its number (no age: it names whom a rate counts).
COUNT_UNIT_AFTER = _regex(rf"\s+(?!(?i:tuổi)){_COUNT_UNIT}(?![\p{{L}}\d])")
# A number as written, thousands and decimals with it, then a word, as a
# count's unit follows it: "5.000 doanh nghiệp", "19 bác sĩ".
NUMBER_RUN = _std(r"(?<![\d/.,])\d+(?:[.,]\d+)*(?=\s+[^\W\d_])")
# The first column's header of a table whose cells a PDF's text gives one per
# line ("STT" / "Nhiệm vụ" / "Cơ quan chủ trì" / … / "1" / "Điều tra …" /
# "Bộ Khoa học và Công nghệ" / …): its rows' numbers.
CELL_TABLE_NUMBER_HEADER = _std(r"^(?:STT|TT|Stt|Số\s+TT|Số\s+thứ\s+tự)\s*$", re.M)
# The same header cell of a task table a PDF prints with its cells side by
# side, the first run of its header line (matched whole): "STT", "TT", "Stt",
# "Số TT", "Số thứ tự", "TT." (the number column of Vietnamese tables).
TASK_TABLE_NUMBER_HEADER = _std(r"(?:STT|Stt|TT|(?:Số|SỐ)\s+(?:TT|thứ\s+tự|THỨ\s+TỰ))\.?")
# The same number column's header opening a line of a PDF page's text, a
# word of its own: "STT", "TT.", "Số thứ tự" (not the "TT" of a symbol,
# "TT-BTC", "TTg", "TTHC", nor one inside a line): the cheap gate before a
# page's lines are laid out by their places.
TABLE_NUMBER_HEADER_LINE = _std(r"^[ \t]*(?:STT|Stt|TT|(?:Số|SỐ)\s+(?:TT|thứ\s+tự|THỨ\s+TỰ))\.?(?![\w/-])", re.M)
# The words of such a table's header, one of which it must hold (its lead,
# supporting bodies or tasks column: "Cơ quan chủ trì", "Cơ quan phối hợp",
# "Nội dung nhiệm vụ"), the words apart by any space or a line break.
TASK_TABLE_HEADER_WORDS = _regex(r"(?i:chủ\s+trì|phối\s+hợp|nhiệm\s+vụ)")
# A goals table printed the same way ("STT | Chỉ tiêu | Đơn vị tính | Năm 2026
# | … | Năm 2030"): a header cell naming its indicators (INDICATOR_COLUMN's
# "Chỉ tiêu", "Tiêu chí", "Nội dung") and another naming a year or period,
# "Năm 2026", "2026", "Giai đoạn 2026 - 2030", "Kế hoạch năm 2026" (the page
# text is tried first, then each column's label).
TARGET_TABLE_PERIOD_COLUMN = _regex(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?i:giai\s+đoạn|kế\s+hoạch)")
# A row of such a table whose number opens its task's cell: "1. Tăng cường
# lãnh đạo …", "1.2 Nghiên cứu, xây dựng …" (not a time, "30 ngày": the
# task opens with a capital, checked in code).
CELL_TABLE_NUMBERED_TASK = _std(r"^(?P<number>\d{1,3}(?:\.\d{1,3})*)\.?\s+(?P<task>[^\W\d_].*)$")
# A group's row of such a table, its numeral and title on one line (a row's
# number sometimes run on after it): "IV Thực hiện hiệu quả công tác … 1".
CELL_TABLE_GROUP_TITLE = _std(r"^[IVXL]{1,6}\.?\s+\w")
# A row's number run on after its group's title, the line's last word: "Thực
# hiện hiệu quả công tác … tuyên truyền 1" (not a year: "… năm 2026").
RUN_ON_ROW_NUMBER = _std(r"(?<=[^\W\d_])\s+\d{1,3}\.?$")
# The next row's number (and its group's title) run on after a table's
# last cell: "Thường xuyên, hằng năm 3", "Hằng năm VI Đẩy mạnh đối ngoại …".
CELL_NEXT_ROW_AFTER = _std(r"\s+(?:\d{1,3}|[IVXL]{1,6}\.?\s+\w.*)$")
# A lead's cell naming what its body does with the task and to whom: "Ủy
# ban nhân dân cấp tỉnh trình" / "Hội đồng nhân dân cùng cấp", "Cơ sở khám
# bệnh, chữa bệnh trình cấp có thẩm quyền": the body is the name before the
# verb, the one after it receives the proposal (it does not support).
# (the body it submits to may be cut off at the cell's end: "… cấp tỉnh trình")
LEAD_CELL_SUBMITS = _regex(r"\s+" + _SUBMITS_TO + r"|\s+" + _SUBMIT_VERB + r"\s*$")
# The bodies a task table's cell adds to those it names by a class, no body
# of its own: "(Các) cơ quan, tổ chức, đơn vị (khác) (có) liên quan" ending
# the cell ("Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên quan"),
# or its first word cut at the cell's last line ("Bộ Tài chính, các bộ,
# ngành, cơ" / … the next page).
CELL_RELATED_BODIES = _std(
    r"(?:^|,\s*|\s+)(?i:các\s+)?(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị)(?:\s*,\s*(?i:cơ\s+quan|tổ\s+chức|đơn\s+vị))*"
    r"(?:\s+(?i:khác))?(?:\s+(?i:có))?\s+(?i:liên\s+quan)\W*$|,\s*(?i:cơ|tổ|đơn)\s*$"
)
# A task table flattened to text with no bars (a PDF copy), its header on one
# line: "STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian" (its
# columns' order read in code), then a row a line: "1 Thống kê … Công an
# phường Tổ dân phố Tháng 10/2025".
FLAT_TABLE_HEADER = _std(r"^(?:STT|TT|Stt|Số\s+TT|Số\s+thứ\s+tự)\s+(?P<columns>[^\W\d_][^\d.;:\n]{10,150})$", re.M)
# A word as the text splits it, its punctuation with it ("tầng,", "-").
WORD_RUN = _std(r"\S+")
FLAT_TABLE_ROW = _std(r"^(?P<number>\d{1,3})\.?\s+(?P<cells>[^\W\d_a-zđ].*)$")
# Such a row's time, at its end: "Tháng 10/2025", "Quý IV/2025", "Trước ngày
# 30/9/2025", "Năm 2026", "2025 - 2026", "Thường xuyên", "Hằng năm".
FLAT_ROW_TIME = _regex(
    r"(?<=\s)(?:(?:Thường\s+xuyên|Liên\s+tục|(?:Định\s+kỳ\s+)?(?:Hằng|Hàng|hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày))"
    r"|(?:(?:Trước|Trong|Từ|Đến|Hoàn\s+thành(?:\s+trước)?)\s+)?(?:(?i:ngày)\s+)?(?:(?:Tháng|tháng|Quý|quý|Năm|năm)\s+)?"
    r"(?:(?:[IV]{1,3}|\d{1,2})(?:\s*/\s*\d{1,2})?\s*(?:/|\s+năm\s+))?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*\.?$"
)
# A word of such a row where a body's cell can open (capitalised, checked in
# code): a body's head word, or a residential unit's ("Tổ dân phố", "Thôn").
FLAT_ROW_BODY = _regex(
    lambda: r"(?:" + AGENCY_HEAD_WORD.pattern + r")(?![\p{L}\d])|(?i:" + residential_words() + r")\b|"
    + _village_head()[1:]
)
# A time cell's opening words a narrow column's line break cut from its
# years: "Giai đoạn" / "2026 - 2030", "Từ năm" / "2026", "Quý" / "II/2026",
# "Tháng" / "6/2026".
TIME_CELL_OPENING = _std(r"^(?i:giai\s+đoạn|năm|quý|tháng|từ(?:\s+(?:năm|quý|tháng))?|trước|trong(?:\s+năm)?|đến(?:\s+hết)?(?:\s+năm)?)$")
# A time cell whose year goes on without end: "Năm 2026 và các năm tiếp
# theo", "Từ năm 2026 trở đi": ongoing from that year, not due once.
# (No two space runs side by side: "2026" and 5,000 spaces would be tried
# in every split of the run.)
ONGOING_FROM_YEAR = _std(r"(?:19|20)\d\d(?:\s*,|\s)\s*(?i:và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)|trở\s+đi)\s*(?:[.;]\s*)?$")
# A time cell of a recurring task: "Hằng năm", "Hàng quý", "Định kỳ".
RECURRENCE_CELL = _std(r"^\s*(?i:hằng|hàng|định\s+kỳ)\b")
# A time cell for a task without end: "Thường xuyên", "Hằng ngày", "Liên tục".
ONGOING = _std(r"^\s*(?i:thường\s+xuyên|hằng\s+ngày|hàng\s+ngày|liên\s+tục)")
# A time cell whose start is said before it goes on without end: "Từ tháng
# 5/2026, thường xuyên", "Từ quý II/2027 và liên tục": ongoing from then.
ONGOING_AFTER_START = _std(r"(?:[,;]|\s(?i:và|rồi))\s*(?i:thường\s+xuyên|liên\s+tục)\s*[.;]?\s*$")
# A time cell or field naming the event the task follows, no date: "Sau khi
# Kế hoạch được phê duyệt", "Ngay sau khi có quyết định …", "Khi có yêu
# cầu" (ad hoc: due each time the event happens, as a limit counted from one).
CELL_AFTER_EVENT = _regex(r"\s*(?i:(?:ngay\s+)?sau\s+khi|ngay\s+khi|khi)\s+\p{L}")

# Whom a report goes to: "gửi về Sở …", "báo cáo UBND huyện", "(qua Sở …)",
# "gửi báo cáo đến Sở …",
# "báo cáo Thủ tướng Chính phủ", "báo cáo Huyện ủy".
# After a comma in a body's name, the rest of a list of its fields, closed by
# "và": ", Thể thao và Du lịch" (not a second body: ", Sở Tài chính và …").
_FIELD_LIST_AFTER_COMMA = r"(?=\s*\p{Lu}[^,;.()\n]{0,30}?\s+và\s+\p{Lu})(?!\s*" + _ORG_START + r")"
_RECIPIENT_HEAD = (
    r"(?:Sở|Phòng|Bộ|Cục|Chi\s+cục|Công\s+an|Trung\s+tâm|Hạt|UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Ban|Văn\s+phòng"
    r"|Trung\s+ương|Thủ\s+tướng|Chính\s+phủ|Chủ\s+tịch|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủỦ]y"
    r"|Thường\s+trực|Phó\s+Thủ\s+tướng|Phó\s+Chủ\s+tịch|Vụ(?=\s+\p{Lu})"
    # a bank, treasury or social insurance body and its branches ("về Ngân hàng
    # Chính sách xã hội huyện", "về Chi nhánh Ngân hàng …", "gửi Kho bạc …")
    r"|Ngân\s+hàng|Kho\s+bạc|Bảo\s+hiểm\s+xã\s+hội|Chi\s+nhánh(?=\s+\p{Lu})|Trạm(?=\s+\p{Lu})"
    # an inspectorate, by its name ("gửi Thanh tra tỉnh", "về Thanh tra Sở"),
    # not the verb "thanh tra" (to inspect)
    r"|Thanh\s+tra(?=\s+(?:tỉnh|huyện|thành\s+phố|Sở|Bộ|Chính\s+phủ|\p{Lu}))"
    # a post heading the body a report goes to, before its unit's capitalised
    # name: "báo cáo Lãnh đạo Bộ hằng quý", "báo cáo Giám đốc Sở trước ngày …"
    r"|(?:Phó\s+)?(?:Lãnh\s+đạo|Giám\s+đốc|Cục\s+trưởng|Chi\s+cục\s+trưởng|Vụ\s+trưởng|Chánh\s+Văn\s+phòng)(?=\s+\p{Lu}))"
)
# The units of a body's class joined by a comma, one name: "Trạm Y tế xã,
# phường", "UBND xã, phường, thị trấn" (the comma between unit words).
_UNIT_PAIR_COMMA = (
    r"(?<=(?<!\p{L})(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|đặc\s+khu)),"
    r"(?=\s*(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố|đặc\s+khu)(?!\p{L}))"
)
_REPORT_RECIPIENT = (
    # (a comma before a capitalised word that opens no body is the name's own:
    # "Sở Văn hóa, Thể thao và Du lịch"; and so is one between unit words)
    r"(?P<to>" + _RECIPIENT_HEAD + r"(?:[^,;.()]|" + _UNIT_PAIR_COMMA + "|," + _FIELD_LIST_AFTER_COMMA + r"){0,60}?)"
    # the name ends before the words that follow it in lower case: the same
    # words capitalised are the name's ("báo cáo Cục Hàng không Việt Nam");
    # at the time it is due ("… về Sở Tài chính chậm nhất ngày 20/5"); and
    # before "và" and a second body's head ("về Bộ Công Thương và Văn phòng
    # Chính phủ"), not "và" inside a name ("Sở Văn hóa, Thể thao và Du lịch")
    # (a recurrence by its whole phrase: "hàng" alone is a name's, "Ngân hàng")
    r"(?=\s+(?:định\s+kỳ|trước|để|theo|(?:hàng|hằng)\s+(?:năm|quý|tháng|tuần|ngày|kỳ)|trong|khi|tổng\s+hợp|kết\s+quả|tình\s+hình|việc|về"
    r"|chậm\s+nhất|ngày|không\s+quá|ban\s+hành"
    # (the event a limit counts from: "báo cáo UBND phường sau mỗi đợt …")
    r"|sau\s+(?:mỗi|khi)"
    # (a day or part of one: "… về Phòng Y tế huyện vào thứ Sáu hằng tuần")
    r"|vào\s+(?:ngày|thứ|buổi|lúc|sáng|chiều|cuối|đầu|giữa|dịp|tuần|tháng|quý|năm)|xem\s+xét|phê\s+duyệt|quyết\s+định|cho\s+ý\s+kiến"
    # (the council's session it is submitted at: "trình HĐND tỉnh tại kỳ họp …")
    r"|(?:tại|vào|trong)\s+kỳ\s+họp"
    r"|thông\s+qua|thẩm\s+định|chỉ\s+đạo(?<!(?i:ban)\s+chỉ\s+đạo)"
    # what the sentence asks the body to do: "… đề nghị Sở Kế hoạch và Đầu tư bố trí …"
    r"|bố\s+trí|bổ\s+sung|giải\s+quyết|xử\s+lý|tham\s+mưu|sửa\s+đổi"
    # what is reported to it: "báo cáo Bộ trưởng Bộ Quốc phòng số lượng hóa chất …"
    r"|số\s+lượng|số\s+liệu|danh\s+sách|nội\s+dung|tiến\s+độ"
    # what it is reported on or holds: "gửi báo cáo đến Cục Hàng không Việt
    # Nam đối với các sự cố …", "… đến Cục X bao gồm nội dung sau"
    r"|đối\s+với|bao\s+gồm|gồm)\b"
    # (and at a colon opening the list of what it is sent: "về Sở Khoa học và
    # Công nghệ: báo cáo 6 tháng trước ngày 10/6, …")
    r"|\s+và\s+(?:\p{Ll}|" + _RECIPIENT_HEAD + r"\b)|\s*[;.():]|\s*$"
    # a Party committee's name ends with it: "báo cáo Ban Thường vụ Thành ủy
    # phương án …" ("Đảng ủy xã" goes on with its unit)
    r"|(?<=\b(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s(?:ủy|uỷ))(?=\s+\p{Ll})(?!\s+(?:xã|phường|thị|tỉnh|huyện|thành|quận|các|và)\b)"
    r"|(?!" + _UNIT_PAIR_COMMA + r")\s*,(?!" + _FIELD_LIST_AFTER_COMMA + r"))"
)
# ("… gửi báo cáo (kèm biểu mẫu) về UBND huyện (qua Phòng Nội vụ)": the body
# after "về" is the recipient, the one after "qua" its channel, named later)
REPORT_TO = _regex(
    # ("báo cáo tình hình, kết quả thực hiện với UBND tỉnh (qua Sở X tổng hợp)")
    r"(?i:gửi\s+về|gửi|đến|báo\s+cáo(?:\s+(?:tình\s+hình,?\s+)?kết\s+quả[^,;]{0,40}?)?(?:\s+(?:về|với|cho))?"
    # ("về" where a report or a sending is spoken of, not "chuyển hệ thống về …")
    # (the word first, then the look back: tried at every position, a look
    # back first would scan 80 characters each time)
    r"|về(?<=(?i:báo\s+cáo|gửi|nộp)[^.;\n]{0,140}về)|qua|thông\s+qua"
    # data supplied or notice given to a body: "cung cấp số liệu cho Sở Lao
    # động …", "thông báo cho UBND cấp xã …"
    r"|cho(?<=(?i:cung\s+cấp|thông\s+báo)[^.;\n]{0,60}cho)"
    # a draft submitted: "trình UBND tỉnh trong tháng 11" (not a "Tờ trình")
    r"|trình(?<!(?i:tờ)\s+trình))\s+"
    + _REPORT_RECIPIENT
)
# (the words its matches open with, lowered: see DEADLINE_OPENING_WORDS)
REPORT_TO_OPENING_WORDS = ("báo", "cho", "gửi", "qua", "thông", "trình", "về", "đến")
# Its "về" looks back for the report or sending it follows: a word ending in
# one of these ("báo cáo", "gửi", "nộp") within the reach before it (the 140
# characters between, and the word's own three), looked for in the lowered
# text before "về" is tried (most "về" are "về việc", "về công tác").
REPORT_TO_ABOUT_ENDS = ("cáo", "gửi", "nộp")
REPORT_TO_ABOUT_REACH = 143
# A further body after the first, joined by "," or "và": "báo cáo về Phòng Nội
# vụ, Ủy ban nhân dân huyện".
REPORT_TO_MORE = _regex(r"\s*(?:,|\s(?i:và))\s+" + _REPORT_RECIPIENT)


# ---------------------------------------------------------------------------
# === read ===
# ---------------------------------------------------------------------------

# A run of letters, no digit nor "_": a word, as TCVN3's capital font is read
# back word by word ("ủY", "HOạCH").
LETTER_RUN = _std(r"[^\W\d_]+")
# The gap between a line's two columns in a plain text's header (two spaces
# or more, or a tab), kept by the split: "X· TH¹CH Hµ      §éc lËp - Tù do".
COLUMN_GAP_SPLIT = _std(r"(\t+| {2,})")
# Exactly two spaces between words in a PDF's text layer: a justified line's
# wider word space (three or more are a blank or a column's gutter).
JUSTIFIED_SPACE = _std(r"(?<=\S)  (?=\S)")

# Letters only Vietnamese uses (with tone marks or đ/ơ/ư/ă/â/ê/ô).
VIETNAMESE_LETTER = _regex(
    r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", regex.I
)
# Words typed in a legacy font and read as Latin-1 show characters that
# Vietnamese Unicode text never contains: TCVN3 codes such as ¸ µ ¶ · ¹ ­ ®
# × Ø ß ç ë î ï ñ ö ÷ ø û ü þ for toned letters; VNI a base letter followed by
# a mark character (ù ø û õ ï for tones, â/ê for circumflex/breve, ô/ö for ơ/ư).
LEGACY_TCVN3_CHAR = _regex(r"[¡-¿×÷ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ]")
# Bytes TCVN 5712's VN3 ("ABC" fonts) leaves empty, where its VN1 table puts
# the toned capitals: C0 0x01-0x17 (Ú Ụ Ừ … Ỵ), C1 0x80-0x9F (À Ả Ã … Ũ) and
# 0xAF 0xBA 0xBF-0xC5 0xCD 0xD9-0xDB 0xE0 0xF0 0xFF (Ằ Ẳ Ẵ Ắ Ầ … Ố), as the
# file's bytes read in Latin-1.
TCVN_VN1_ONLY = _std(r"[\x01\x02\x04-\x06\x11-\x17\x80-\x9f\xaf\xba\xbf-\xc5\xcd\xd9-\xdb\xe0\xf0\xff]")
# A C1 control character (U+0080-U+009F): in a legacy 8-bit text saved on
# Windows, cp1252's punctuation (“ ” ‘ ’ – — … •) read as Latin-1.
C1_CONTROL = _std(r"[\x80-\x9f]")
# A control character (not tab, newline, vertical tab, form feed, carriage
# return) next to a letter, in a converted legacy text: a code the table did
# not know standing where a letter should.
CONTROL_IN_WORD = _std(r"([\x01-\x08\x0e-\x1f\x7f-\x9f])(?:(?<=[^\W\d_].)|(?=[^\W\d_]))")
LEGACY_VNI_PAIR = _regex(
    r"[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]|[aeoAEO][âÂ][ùøûõïÙØÛÕÏ]?|[aA][êÊ]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|ñ|Ñ"
)
# Letters beyond Latin-1 that only real Vietnamese Unicode has (ơ ư ă đ and
# the toned letters of Latin Extended Additional). Counted over 20 KB of every
# text file: the stdlib re scans a plain class several times faster than regex.
_UNICODE_ONLY_LETTERS = r"ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9"
UNICODE_ONLY_VIETNAMESE = _std(f"[{_UNICODE_ONLY_LETTERS}]")
# UNICODE_ONLY_BLOCK of those letters, with anything between them: matched k
# times end to end, it shows a text holds k * UNICODE_ONLY_BLOCK of them at
# least, counted by the C engine (no match object per letter).
UNICODE_ONLY_BLOCK = 64
UNICODE_ONLY_VIETNAMESE_BLOCK = _std(
    f"(?:[^{_UNICODE_ONLY_LETTERS}]*+[{_UNICODE_ONLY_LETTERS}]){{{UNICODE_ONLY_BLOCK}}}"
)
# A Vietnamese syllable, lowered, its tone mark taken off (see
# read._syllable_count): an onset, a vowel cluster Vietnamese spells, a final
# consonant. Text of a wrong code page breaks it ("UÒY", "BIÌNH", "HUYÊòN"
# from Windows-1258 read as Windows-1252). (Used with fullmatch.)
VIETNAMESE_SYLLABLE = _std(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
    r"(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê"
    r"|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)
# What the "văn thư" e-signature stamps over a blank of a PDF's header line
# ("Số:      /UBND-XD", "ngày    tháng 5"): the number, a day or month, at
# most a short code or date ("23/6"): a word of letters or digits, or up to
# three joined by "/", "." or "-". A signature's name, reason or time is no
# blank's filler. (Used with fullmatch.)
WIDGET_STAMP = _std(r"\w{1,8}(?:[./-]\w{1,8}){0,2}")
# What ``khtool parse -f json`` / ``-f jsonl`` writes opens with: a Document
# (or a list of them) names its schema version first.
KHTOOL_JSON = _std(r'\s*\[?\s*\{\s*"schema_version"\s*:')
# A level's number in a DOCX list's text (ECMA-376 w:lvlText): "%1." is the
# first level's counter, "%1.%2." the first's and the second's.
DOCX_LEVEL_NUMBER = _std(r"%([1-9])")


# ---------------------------------------------------------------------------
# === segment ===
# ---------------------------------------------------------------------------

# A unit's proper name: capitalised words, stopping at an organ word or a
# function word an all-caps line runs on with ("… LÀO CAI SỞ CÔNG THƯƠNG",
# "… QUẢNG NGÃI VỀ VIỆC …"), or at the next unit's kind ("ĐẢNG BỘ TỈNH GIA
# LAI TỈNH ỦY GIA LAI", a header's two lines joined). Words that also end or
# open a place's name stop it only before the rest of the organ's name: "Hải
# Phòng", "Hội An", "Chi Lăng", "Văn Lâm", "Kế Sách" are places, "PHÒNG GIÁO
# DỤC", "HỘI ĐỒNG", "CHI CỤC", "VĂN PHÒNG", "KẾ HOẠCH" are not; "Trường"
# ends many a commune's name ("XÃ TÂN TRƯỜNG", "PHƯỜNG NÔNG TRƯỜNG") and opens a
# school's only before the school's kind ("… TRƯỜNG THCS", "TRƯỜNG MẦM NON",
# "TRƯỜNG TIỂU HỌC", "TRƯỜNG PTDTBT", "TRƯỜNG ĐẠI HỌC", "TRƯỜNG CHÍNH TRỊ").
_UNIT_NAME_STOP = (
    r"(?:tỉnh|huyện|quận|thành(?=\s+(?:phố|ủy|uỷ)\b)|thị(?=\s+(?:xã|trấn|ủy|uỷ)\b)|sở|phòng(?=[\s\-]+\p{L})|ban|cục|chi(?=\s+(?:cục|nhánh|bộ|hội|đoàn)\b)"
    r"|văn(?=\s+(?:phòng|hóa|hoá|bản|thư)\b)|trung(?=\s+(?:tâm|ương|đoàn)\b)|ủy|uỷ"
    r"|hội(?=\s+(?:đồng|liên|nông|cựu|chữ|phụ|người|khuyến|luật|doanh|nghị)\b)|đảng"
    r"|công(?=\s+(?:an|ty|đoàn|thương|văn|báo)\b)"
    r"|trường(?=\s+(?:mầm|mẫu|tiểu|trung|th|thcs|thpt|ptdt\w*|pt\w*|phổ|đại|cao|chính|dân|quân|bồi|nghề|liên|tc|cđ|đh)\b)"
    r"|về|của|và|tại|năm|ngày|số|trên|địa|"
    r"kế(?=\s+hoạch\b)|quyết|chỉ|thông(?=\s+(?:báo|tin|tư)\b)|báo|tờ|v/v|ký|tm|kt)\b"
)
# (a syllable of a highland name keeps its apostrophe: "Ea H'Leo", "Cư M'gar",
# "Đắk R'Lấp", "Ia H'Drai")
_UNIT_NAME = (
    rf"[\p{{Lu}}\d][\p{{L}}\d]*(?:['’]\p{{L}}+)?"
    rf"(?:[\s\-]+(?!{_UNIT_NAME_STOP})[\p{{Lu}}\d][\p{{L}}\d]*(?:['’]\p{{L}}+)?){{0,5}}"
)
# A unit named with its kind in a header or an issuer line, any case: "TỈNH
# BÌNH DƯƠNG", "TP. Quảng Ngãi", "phường Nguyễn Nghiêm" (not "xã hội", not
# "tỉnh ủy", not the Youth Union's "Tỉnh đoàn", though a commune may be named
# "xã Đoàn Kết"), its name stopping before an organ word run on in capitals.
# A term of office after the kind is no name: "Ban Chấp hành Đảng bộ tỉnh khóa I".
# (nor a cooperative's "Hợp tác xã Văn Thịnh"). The special zone of the 2025
# structure, "đặc khu", is a commune-level unit ("ĐẶC KHU PHÚ QUỐC"); an
# economic or administrative zone is not one ("đặc khu kinh tế").
UNIT_WITH_KIND = _regex(
    rf"\b(?P<word>tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|(?<!hợp\s+tác\s)xã(?!\s+hội\b)|phường|thị\s+trấn"
    rf"|đặc\s+khu(?!\s+(?:kinh\s+tế|hành\s+chính)\b))(?!\s+{_UY}\b)"
    r"(?!(?<=tỉnh|thành|huyện|quận)\s+đoàn\b)(?!\s+(?:kh(?:óa|oá)|nhiệm\s+kỳ)\b)\s+"
    rf"(?P<name>{_UNIT_NAME})",
    regex.I,
)
# The people's committee of one unit named by its own name: "UBND xã Võ Lao",
# "Ủy ban nhân dân thành phố Quảng Ngãi" (the kind in lower case, the name
# capitalised: not a class, "UBND các xã", "UBND xã, phường", nor a heading
# in capitals, whose name cannot be told from its kind's words).
NAMED_UNITS_GOVERNMENT = _regex(
    r"^(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND)\s+"
    r"(?P<word>tỉnh|thành\s+phố|TP\.?|Tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)\s+"
    rf"(?P<name>{_UNIT_NAME})"
)
# A commune's or ward's kind in its issuer's name ("UBND XÃ TÂN HẢI", "UBND
# ĐẶC KHU CÔN ĐẢO", a special zone's since 2025), and a township's, a kind the
# 2025 reform ended.
WARD_KIND = _regex(r"(?i:\b(?:xã(?!\s+hội)|phường|đặc\s+khu)\b)")
TOWNSHIP = _regex(r"(?i:\bthị\s+trấn\b)")
# The abbreviation of Ủy ban nhân dân, in whatever case it was lowered to.
UBND_WORD = _regex(r"\bubnd\b", regex.I)
# Where a clause ends inside a sentence: the subject of a verb is after it
# ("Theo đó, Bộ Y tế đề nghị …").
CLAUSE_BREAK = _regex(r"[,.;:]\s")
# A Party committee named by its locality: "TỈNH ỦY BÌNH DƯƠNG", "Thành ủy Quảng
# Ngãi", "HUYỆN ỦY CHÂU THÀNH", "Đảng ủy phường Nguyễn Nghiêm" (handled above);
# the Youth Union's committee too: "TỈNH ĐOÀN GIA LAI", "Thành đoàn Hà Nội".
PARTY_COMMITTEE_MENTION = _regex(
    rf"\b(?P<word>tỉnh|thành|huyện|quận|thị)\s+(?:{_UY}|đoàn)\s+(?P<name>{_UNIT_NAME})",
    regex.I,
)
# Where a flattened issuer cell holds two bodies: an organ word after a space
# starts the second ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG"). A working group
# (Đoàn kiểm tra, Tổ công tác) is always set up by, and written under, the body
# above it ("SỞ CÔNG THƯƠNG LÀO CAI ĐOÀN KIỂM TRA THEO QĐ SỐ …"). A mass
# organisation under the Front's line is a body of its own ("ỦY BAN MTTQ VIỆT
# NAM TỈNH GIA LAI HỘI LIÊN HIỆP PHỤ NỮ TỈNH"). A public-service unit under its
# committee or Sở starts one too: "UBND XÃ BẠCH NGỌC TRẠM Y TẾ", "SỞ Y TẾ …
# BỆNH VIỆN …" (as "… TRƯỜNG THCS …").
ORGAN_WORD_INSIDE = _regex(
    r"(?<=\s)(?:SỞ|PHÒNG|BAN|CỤC|CHI\s+CỤC|VỤ|VĂN\s+PHÒNG|TRUNG\s+TÂM|ỦY\s+BAN|UỶ\s+BAN|HỘI\s+ĐỒNG|TRƯỜNG|TRẠM|BỆNH\s+VIỆN|"
    r"HỘI\s+(?:LIÊN\s+HIỆP|LHPN|NÔNG\s+DÂN|CỰU\s+CHIẾN\s+BINH|CHỮ\s+THẬP\s+ĐỎ)|LIÊN\s+ĐOÀN\s+LAO\s+ĐỘNG|(?:TỈNH|THÀNH|HUYỆN)\s+ĐOÀN|"
    r"ĐẢNG\s+ỦY|ĐẢNG\s+UỶ|TỔNG\s+CỤC|THANH\s+TRA|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|"
    r"(?P<group>(?:ĐOÀN|TỔ)\s+(?:KIỂM\s+TRA|THANH\s+TRA|CÔNG\s+TÁC|GIÁM\s+SÁT|LIÊN\s+NGÀNH|GIÚP\s+VIỆC)))\s"
    # a unit of two words may end the cell: "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH VĂN
    # PHÒNG" (not one word: "… MÔI TRƯỜNG" ends a ministry's name)
    r"|(?<=\s)(?:VĂN\s+PHÒNG|THANH\s+TRA|CÔNG\s+AN|TRUNG\s+TÂM|CHI\s+CỤC|TỔNG\s+CỤC)$"
)
# Marks of a news article rather than a document: a byline, "(TTXVN) -",
# page counters and "related news" blocks of a news site.
NEWS_ARTICLE_MARK = _regex(
    r"Tác\s+giả\s+bài\s+viết|\(\p{Lu}{3,10}\)\s*[-–]|Đang\s+truy\s+cập|Lượt\s+xem|Tin\s+liên\s+quan"
)
# A news article's dateline, a line of its own near its top, under or over
# the headline: "28/11/2025 08:15", "Thứ Sáu, 28/11/2025 - 08:15", "08:15 |
# 28/11/2025", "Ngày đăng: 28/11/2025", "Cập nhật: 28/11/2025 08:15 (GMT+7)",
# "Thứ hai - 04/03/2024 08:36 443" (its view count after the time).
# It dates the article (what it reports happened by then).
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
ARTICLE_DATELINE = _std(
    r"[^\S\n]*(?:(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật)\s*[,–-]?\s*)?"
    r"(?:(?:Ngày\s+đăng|Đăng\s+ngày|Ngày\s+cập\s+nhật|Cập\s+nhật|Đăng\s+lúc|Ngày)\s*:?\s*)?"
    rf"(?:{_CLOCK}\s*[-|,]?\s*(?:ngày\s+)?)?"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)"
    rf"(?:\s*[-|,]?\s*(?:lúc\s+)?{_CLOCK})?(?:\s*\(?GMT\s*[+-]?\s*\d{{1,2}}(?::\d\d)?\)?)?"
    # (and the page's view count after the time: "Thứ hai - 04/03/2024 08:36 443")
    rf"(?:(?<=\d\d)[^\S\n]+\d{{1,3}}(?:\.\d{{3}})*)?[^\S\n]*"
)
# How far down an article's dateline may stand (its lines, breadcrumb and
# headline above it).
ARTICLE_DATELINE_LINES = 12
# A word of the place a PLACE_DATE match read (a run of non-spaces): where
# its last words start (compiled once: ``regex.finditer`` with a pattern's
# source looks it up in regex's cache on every call, about 0.1 ms).
PLACE_WORD = _regex(r"\S+")
# The label of a portal's record "Ngày ban hành:" in any case (see
# segment._portal_metadata): regex finds a literal case-insensitively about
# 7x faster than lowering a whole text to look for it.
ISSUED_LABEL = _regex(r"(?i:ban hành:)")
# A lowercase letter (tried at a line's last character: INNER_PERSON_NAME
# needs none after the name it finds).
LOWER_LETTER = _regex(r"\p{Ll}")


# ---------------------------------------------------------------------------
# === gazetteer ===
# ---------------------------------------------------------------------------

# "UBND", "Ủy ban nhân dân", "Chủ tịch" … before the unit are not part of it.
ORGAN_BEFORE_UNIT = _regex(
    r"^(?:(?:chủ\s+tịch|ban\s+thường\s+vụ|thường\s+trực|tm\.?)\s+)?"
    r"(?:ubnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân|ubmttq(?:\s*vn)?|đảng\s+ủy|đảng\s+uỷ)\s+",
    regex.I,
)
# Abbreviated unit words: "TP." thành phố, "TX." thị xã, "TT." thị trấn,
# "Q." quận, "H." huyện, "P." phường, "X." xã.
UNIT_ABBREVIATION = _regex(r"^(tp|t\.p|tx|tt|q|h|p|x)\s*\.\s*|^(tp)\s+", regex.I)


# ---------------------------------------------------------------------------
# === agencies ===
# ---------------------------------------------------------------------------

# What parts a body's name into words: spaces, punctuation, "_".
WORD_SEPARATORS = _std(r"[\W_]+")
# Where a task's clause ends, for counting the clauses that speak of a field:
# ";" or a line's end ("nước sạch, vệ sinh môi trường" is one clause).
FIELD_CLAUSE_END = _std(r"[;\n]")


# ---------------------------------------------------------------------------
# === resolve ===
# ---------------------------------------------------------------------------

# Bodies a document names without their place ("của Tỉnh ủy", "UBND tỉnh",
# "Ban Thường vụ Thành ủy", "Ban Chấp hành Đảng bộ tỉnh", "Phòng Tư pháp"; a
# "Văn phòng" is no district's Phòng) are the citing document's own:
# the level they sit at picks the part of its locality they share. So is any
# body named with the bare kind "tỉnh" ("Công an tỉnh", "Bộ Chỉ huy Quân sự
# tỉnh", "… Đảng bộ tỉnh khóa XX"; not "các tỉnh"); so is the province's
# Youth Union, "Ban Thường vụ Tỉnh Đoàn".
OWN_PROVINCE_BODY = _regex(
    rf"(?i:tỉnh\s+(?:{_UY}|đoàn\b)|(?:ubnd|{_UY}\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân|đảng\s+bộ)\s+tỉnh|\bsở\s"
    r"|(?<!các\s)\btỉnh(?:\s+(?:kh(?:óa|oá)|nhiệm\s+kỳ)\b.*)?$)"
)
# The citing commune's or ward's own bodies: "UBND xã", "Chủ tịch Ủy ban nhân
# dân phường", "Đảng ủy xã", "HĐND phường" (a name after the kind is another
# commune's, read as a unit).
OWN_WARD_BODY = _regex(
    rf"(?i:(?:ubnd|{_UY}\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân|đảng\s+{_UY}|đảng\s+bộ)\s+(?:xã|phường|thị\s+trấn))(?!\s+\p{{Lu}})"
)
# A city's own bodies named by its kind alone: "UBND thành phố", "Thành ủy".
OWN_CITY_BODY = _regex(
    rf"(?i:thành\s+{_UY}|(?:ubnd|{_UY}\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân|đảng\s+bộ)\s+thành\s+phố)(?!\s+\p{{Lu}})"
)
# (a district's "phòng", not the verb of a field's name: "Ban Chỉ đạo phòng
# thủ dân sự", "Ban Chỉ huy phòng chống thiên tai"; nor national defence's:
# "Bộ Quốc phòng và Bộ Công an")
OWN_DISTRICT_BODY = _regex(
    rf"(?i:thành\s+{_UY}|huyện\s+{_UY}|quận\s+{_UY}|thị\s+{_UY}|(?:ubnd|{_UY}\s+ban\s+nhân\s+dân|hđnd|đảng\s+bộ)\s+(?:huyện|quận|thị\s+xã|thành\s+phố)|(?<!văn\s)(?<!quốc\s)\bphòng\s(?!(?:thủ|chống|ngừa|cháy|tránh|bệnh|dịch|vệ|không|hộ)\b))"
)


# ---------------------------------------------------------------------------
# === check ===
# ---------------------------------------------------------------------------

# The section a plan assigns its tasks in: "Tổ chức thực hiện".
IMPLEMENTATION_WORDS = _regex(r"(?i:tổ\s+chức\s+thực\s+hiện)")
# The standing closing clause of "Tổ chức thực hiện": "Trong quá trình (tổ
# chức) thực hiện (Kế hoạch), nếu có khó khăn, vướng mắc (phát sinh), các cơ
# quan, đơn vị phản ánh / báo cáo về …": how problems go up, for every body
# of the plan (its actors named generically on purpose), no task an item owes.
DIFFICULTIES_CLOSING = _regex(
    r"\s*(?i:trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai,?\s+)?(?:thực\s+hiện|triển\s+khai))[^.;:\n]{0,80}?,\s*"
    r"(?i:nếu\s+(?:có|phát\s+sinh|gặp))\s+(?i:khó\s+khăn|vướng\s+mắc|vấn\s+đề|nội\s+dung|bất\s+cập)"
)
# The reporting section: "Chế độ báo cáo", "Chế độ thông tin, báo cáo".
REPORTING_REGIME = _regex(r"(?i:chế\s+độ\s+(?:thông\s+tin,?\s*)?báo\s+cáo)")
# The role of a plan's part, by its heading's opening words: its goals ("Mục
# tiêu", "Chỉ tiêu", "Mục tiêu, chỉ tiêu", "Mục tiêu và các chỉ tiêu chủ
# yếu": one part however named), its purpose ("Mục đích, yêu cầu"), its tasks
# ("Nhiệm vụ", "Nhiệm vụ, giải pháp", "Giải pháp", "Nội dung"), its funding
# ("Kinh phí", "Nguồn kinh phí"), its organisation ("Tổ chức thực hiện",
# "Phân công nhiệm vụ"), its reporting ("Chế độ báo cáo", "Thông tin, báo
# cáo"). Matched on a heading's start (after "Một số", "Các").
PART_ROLE = _regex(
    r"^(?i:(?:một\s+số|các|những)\s+)?(?:"
    r"(?P<purpose>(?i:mục\s+đích))"
    r"|(?P<goals>(?i:mục\s+tiêu|chỉ\s+tiêu))"
    r"|(?P<tasks>(?i:nhiệm\s+vụ|giải\s+pháp|nội\s+dung))"
    r"|(?P<funding>(?i:(?:nguồn\s+)?kinh\s+phí))"
    r"|(?P<reporting>(?i:(?:chế\s+độ\s+)?(?:thông\s+tin,?\s*)?báo\s+cáo))"
    r"|(?P<organisation>(?i:tổ\s+chức\s+thực\s+hiện|phân\s+công)))"
)
# A law's number (Luật Ban hành văn bản quy phạm pháp luật): its serial runs
# through the legislature's term, then its year and the Quốc hội's term
# ("42/2024/QH15").
LAW_NUMBER = _std(r"(\d{1,3})/((?:19|20)\d\d)/(QH\d{1,2})")
# A date as the texts state it, for the calendar check (KH203): "31/4/2026",
# "15-6-2026", "14.10.2024" (one separator throughout), "ngày 31/4" (a day and
# month after "ngày", its year left out: "trước ngày 31/4 hằng năm"), "ngày 29
# tháng 02 năm 2025". Not a number's "47/2025/NQ-HĐND" (no day and month
# before the year), not a part of a longer run of digits and separators.
STATED_DATE = _std(
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/]|[.\-]\d)"
    r"|(?<![\w])(?i:ngày)\s+(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?![\d/]|[.\-]\d)"
    r"|(?<![\w])(?i:ngày)\s+(?P<d3>\d{1,2})\s+(?i:tháng)\s+(?P<m3>\d{1,2})(?:\s+(?i:năm)\s+(?P<y3>(?:19|20)\d\d))?(?!\d)"
)
# A normative act's number, whose year is the year it was issued (Luật Ban
# hành văn bản quy phạm pháp luật: "47/2025/NQ-HĐND", "12/2024/TT-BTC",
# "42/2024/QH15"): serial, year, code.
NUMBER_WITH_YEAR = _std(r"\d{1,4}/(?P<y>(?:19|20)\d\d)/\S")
# A plan's reference to the body above with no number or date: "Thực hiện chỉ
# đạo của Ủy ban nhân dân tỉnh …", "Triển khai văn bản của UBND huyện …"
# (where the plan above should have been cited by its number: KH604).
VAGUE_DIRECTION = _std(
    r"(?:Thực\s+hiện|Triển\s+khai|Căn\s+cứ|Theo)\s+(?:sự\s+|ý\s+kiến\s+)?(?:chỉ\s+đạo|văn\s+bản|kế\s+hoạch|hướng\s+dẫn)"
    r"\s+(?:của\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Tỉnh\s+ủy|Huyện\s+ủy|cấp\s+trên)",
    re.I,
)
# An inline suppression in a checked file: "khtool: ignore[KH101,KH105]",
# "khtool: bỏ qua" (every rule on that line).
SUPPRESSION_COMMENT = _regex(
    r"khtool\s*:\s*(?:ignore|bỏ\s+qua)\s*(?:\[(?P<ids>[A-Z0-9,\s*]+)\])?", regex.I
)


# ---------------------------------------------------------------------------
# === diff ===
# ---------------------------------------------------------------------------

# The length of a time limit a deadline without a calendar date states, the
# form a diff compares two such limits by: a number and its unit, "chậm nhất
# 10 ngày kể từ ngày nhận danh sách", "trong vòng 24 giờ sau thiên tai",
# "trong thời hạn 15 ngày làm việc" ("10 ngày" is no "15 ngày").
LIMIT_LENGTH = _std(r"(\d+)\s*(giờ|ngày|tuần|tháng|năm)\b", re.IGNORECASE)

# A task of writing and issuing a plan, which a higher plan gives the levels
# below a date for: "Xây dựng, ban hành kế hoạch thực hiện …", "ban hành Kế
# hoạch triển khai …"; a Party committee's, by a resolution or a programme
# of action as well: "xây dựng nghị quyết hoặc kế hoạch thực hiện Chương
# trình hành động …", "ban hành chương trình hành động thực hiện Nghị quyết
# …", "ban hành nghị quyết chuyên đề …". The kinds of text named ("kinds")
# say which texts fulfil it (doc_types.json ``issued_kinds``). Not a
# resolution alone ("ban hành nghị quyết" of a council sets policy), nor a
# bare "chương trình" (a curriculum or a campaign: "xây dựng chương trình
# giáo dục", "chương trình truyền thông"; a "chương trình công tác" is a
# body's work schedule, no text carrying out a plan above).
_ISSUED_PLAN = r"(?:kế\s+hoạch|chương\s+trình\s+hành\s+động)"
_ISSUED_KIND = rf"(?:nghị\s+quyết|{_ISSUED_PLAN})"
_ISSUED_OR = r"\s*(?:,|hoặc|và)\s*"
ISSUING_A_PLAN = _regex(
    r"(?i:(?:(?:xây\s+dựng\s*(?:,|và)?\s*)?ban\s+hành|xây\s+dựng)\s+"
    rf"(?P<kinds>(?:{_ISSUED_KIND}{_ISSUED_OR})*{_ISSUED_PLAN}(?:{_ISSUED_OR}{_ISSUED_KIND})*"
    r"|nghị\s+quyết\s+chuyên\s+đề))(?!\p{L})"
)
# A periodic review of a duty's results, whose dated one-off in a year is
# that year's of the recurring one: a report, a mid-term or final review
# ("sơ kết", "tổng kết"), a review meeting ("giao ban cuối năm"), a regular
# check ("rà soát định kỳ", "định kỳ … rà soát"); not a one-off check ("rà
# soát, bổ sung quy hoạch").
PERIODIC_REVIEW = _regex(
    r"(?i:(?<!\p{L})(?:báo\s+cáo|sơ\s+kết|tổng\s+kết|giao\s+ban"
    r"|rà\s+soát\s+định\s+kỳ|định\s+kỳ[^.;]{0,40}?rà\s+soát)(?!\p{L}))"
)
# The separators of those kinds: "nghị quyết hoặc kế hoạch", "kế hoạch, chương
# trình hành động".
ISSUED_KIND_SPLIT = _regex(_ISSUED_OR, regex.I)
# A task's words pointing to a part of its own plan for what it is, at the
# task's end: "Báo cáo kết quả thực hiện theo quy định tại Mục IV Kế hoạch
# này", "… theo nội dung tại Phần V của Kế hoạch này", "… theo Mục III": the
# part named ("label") is the task (not "Mục 3 Chương II Nghị định số …",
# another text's part: nothing but "<type> này" may follow the numeral).
OWN_PART_REFERENCE = _regex(
    r"(?i:\btheo\s+(?:(?:đúng\s+)?(?:quy\s+định|nội\s+dung|hướng\s+dẫn|yêu\s+cầu)\s+)?(?:tại\s+)?(?:mục|phần)\s+)"
    r"(?P<label>[IVXL]{1,6}|\d{1,2})(?!\p{L}|\d)"
    r"(?:\s+(?i:của\s+)?(?i:kế\s+hoạch|chương\s+trình|phương\s+án|quyết\s+định|chỉ\s+thị|văn\s+bản)\s+(?i:này))?"
    r"\s*[.;]?\s*$"
)
# A task's words pointing to numbered items of a part of its own plan for
# what it is: "(tổ chức) thực hiện các nhiệm vụ tại mục 1, 3, 4, 7, 8, 9 phần
# III (trên địa bàn)", "… nhiệm vụ nêu tại các mục 2 và 5 Phần II Kế hoạch
# này", a body's share "(chủ trì) thực hiện nội dung tại khoản 1 Mục II":
# those items ("nums") of that part ("part") are the task (a verb of
# carrying out before or none, no more than "trên địa bàn" or "<type> này"
# after, up to the clause's end: "…; phối hợp với … tổ chức tập huấn" is
# the share's own partner work).
OWN_ITEMS_REFERENCE = _regex(
    r"(?i:(?:(?:thực\s+hiện|triển\s+khai)\s+)?(?:(?:các|những)\s+)?(?:nhiệm\s+vụ|nội\s+dung)\s+(?:(?:nêu|quy\s+định)\s+)?(?:tại|ở)\s+"
    r"(?:(?:các|những)\s+)?(?:mục|điểm|khoản)\s+)"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|và|(?i:mục))\s*(?:(?i:mục)\s+)?\d{1,2}){0,20})"
    r"(?:\s*,)?\s+(?i:(?:của\s+)?(?:phần|mục))\s+(?P<part>[IVXL]{1,6}|\d{1,2})(?!\p{L}|\d)"
    r"(?:\s+(?i:của\s+)?(?i:kế\s+hoạch|chương\s+trình|phương\s+án|quyết\s+định|chỉ\s+thị|văn\s+bản)\s+(?i:này))?"
    r"(?:\s+(?i:trên\s+địa\s+bàn|tại\s+địa\s+phương))?\s*(?:[.;]?\s*$|(?=[;,]))"
)
# What may follow OWN_ITEMS_REFERENCE in its task and still leave the task
# those items: the share's partner work or its date ("; phối hợp với Trung
# tâm Khuyến nông tổ chức tập huấn", ", hoàn thành … trước ngày 31/10/2026"),
# not a duty of its own ("; theo dõi, đôn đốc, tổng hợp kết quả …").
AFTER_ITEMS_REFERENCE = _regex(
    r"^[\s;,]*(?i:phối\s+hợp|hoàn\s+thành|trước\s+ngày|trong\s+(?:tháng|quý|năm)|chậm\s+nhất)(?!\p{L})"
)
# The source a funding item names, by its kind: the state budget at any
# level ("ngân sách nhà nước", "ngân sách tỉnh, ngân sách xã"), social
# contributions ("xã hội hóa"), loans, sponsorship ("tài trợ", "viện trợ");
# "các nguồn hợp pháp khác" names none.
FUNDING_SOURCE = _regex(
    r"(?P<budget>(?i:ngân\s+sách))|(?P<social>(?i:xã\s+hội\s+hóa|xã\s+hội\s+hoá))"
    r"|(?P<loan>(?i:vốn\s+vay|\bODA\b|tín\s+dụng))|(?P<grant>(?i:tài\s+trợ|viện\s+trợ))"
)
# A task of providing the money: "Bố trí kinh phí thực hiện từ nguồn ngân
# sách địa phương …", "Cân đối, bố trí ngân sách …", "Bảo đảm kinh phí …"
# (the task's words, its frame cut, open with it).
FUNDING_TASK = _regex(
    r"^\W*(?i:(?:chủ\s+động\s+|xem\s+xét\s+)?(?:bố\s+trí|cân\s+đối|bảo\s+đảm|đảm\s+bảo|phân\s+bổ|huy\s+động)"
    r"(?:\s*,\s*(?:bố\s+trí|cân\s+đối|bảo\s+đảm|đảm\s+bảo|phân\s+bổ|huy\s+động))?"
    r"\s+(?:(?:đủ|đầy\s+đủ|nguồn)\s+)?(?:kinh\s+phí|ngân\s+sách))"
)
# The proper names of the units a task names after their kind, a list of
# them with "(cũ)" too: "phường Vĩnh Yên và các phường Liên Bảo, Đống Đa,
# Tích Sơn (cũ)", "xã Tân Hồng", "các phường 1, 2, 3": which units is the
# task's scope, not what is done, and a ward's task would look less like its
# province's for each name (the diff compares tasks without them, the kind
# words kept: "phường … và các phường").
# (a name's syllables, each capitalised, a hyphen joining two, an
# apostrophe inside one of a highland name, "H'Leo", "M'gar"; or a number)
_UNIT_NAME = (
    r"(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?(?:[-–]\p{Lu}\p{Ll}*)?(?!\p{L})"
    r"(?:\s+\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?(?:[-–]\p{Lu}\p{Ll}*)?(?!\p{L}))*"
    r"|\d{1,3}(?!\d|[/.,]\d))"
)
# (a body named after "và" or a comma is no unit's name: "xã Tân Hồng và Sở Y
# tế", "… và Đoàn Thanh niên")
_NO_BODY_NEXT = (
    r"(?!(?:Sở|Phòng|Ban|Ủy|Uỷ|Bộ|Cục|Đảng|Viện|Trạm|Trường|Báo|Đài)\s"
    r"|(?:Công\s+an|Trung\s+tâm|Văn\s+phòng|Hội\s+(?:đồng|Nông|Liên|Cựu|Chữ|Người)|Đoàn\s+Thanh|Mặt\s+trận"
    r"|Bệnh\s+viện|Kho\s+bạc|Thanh\s+tra|Ngân\s+hàng|Tòa\s+án|Toà\s+án|Chi\s+cục)(?!\p{L}))"
)
UNIT_NAMES_LISTED = _regex(
    r"(?<=(?<!\p{L})(?i:phường|xã|thị\s+trấn|thôn|bản|ấp|tổ\s+dân\s+phố|khu\s+phố|huyện|quận|thị\s+xã|tỉnh|thành\s+phố)\s+)"
    # (not a row's role or verb run on after a body, "UBND xã Chủ trì, …")
    r"(?!(?:Chủ\s+trì|Phối\s+hợp|Thực\s+hiện|Tổ\s+chức|Triển\s+khai|Căn\s+cứ|Báo\s+cáo|Tham\s+mưu)(?!\p{L}))"
    + _NO_BODY_NEXT
    + _UNIT_NAME
    + r"(?:\s*(?:,|và)\s*"
    + _NO_BODY_NEXT
    + _UNIT_NAME
    + r")*(?:\s*\((?i:cũ|trước\s+sắp\s+xếp)\))?"
)
# Its words, one of which is looked up before the pattern is tried.
UNIT_NAMES_KIND_WORDS = ("phường", "xã", "trấn", "thôn", "bản", "ấp", "phố", "huyện", "quận", "tỉnh")
# A word for the diff: letters and digits.
WORD = _regex(r"[\p{L}\d]+")

# Where the names after TASK_NAMES_BODY end: at a clause's or sentence's
# end, a bracket or the line's end (the task's verb follows them).
TASK_BODIES_END = _regex(r"[;.:()\n]")
# A run of word characters: a clause's words, counted (a clause of two words
# or fewer once its deadline is cut out says only when a task is due).
WORD_RUN = _regex(r"\w+")

# A short name the text defines for the words before it, in brackets: the
# initials of those words in capitals ("Doanh nghiệp tư nhân (DNTN) Hoàng
# Long", "Ban quản lý dự án (BQLDA)"); the words are matched against the
# capitals where it is used (see ``assignments._defined_names``).
INITIALS_BRACKET = _regex(r"\((\p{Lu}{2,8})\)")
# The province a document's issuer belongs to, at the end of its full name:
# "Sở Công Thương tỉnh Lào Cai" (a bare "tỉnh" in that text is this one).
ISSUERS_PROVINCE = _regex(r"\btỉnh\s+(\p{Lu}[\p{L} ]{1,30})$", regex.I)

# Words of a plan's title that say nothing of its topic: its verb, its place
# ("trên địa bàn xã Khánh Bình"), its year or term.
TITLE_NOISE = _regex(
    r"\btrên\s+địa\s+bàn\b.*?(?=\s+(?:năm|giai\s+đoạn)\b|$)|\b(?:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|\b(?:thực\s+hiện|triển\s+khai|kế\s+hoạch|công\s+tác)\b",
    regex.I,
)
# (the diff between levels)
# A body a task names in its words: the one it directs or works with
# ("chỉ đạo Trạm Y tế …", "phối hợp với Ủy ban MTTQ xã", "hướng dẫn các trường").
TASK_NAMES_BODY = _regex(
    r"\b(?i:chỉ\s+đạo|hướng\s+dẫn|giao(?:\s+cho)?|phối\s+hợp(?:\s+với)?|đề\s+nghị|yêu\s+cầu)\s+"
    r"(?=\p{Lu}|(?:các|công\s+chức|cán\s+bộ)\s)"
)
# The frame a task's clause opens with, saying who does it and in which role,
# not what is done: "Sở Tài chính chủ trì, phối hợp với …", "Chủ trì, phối
# hợp với các sở, ngành …", "Phối hợp với Phòng Môi trường …", "Là đầu mối
# …", "Chỉ đạo Phòng Kinh tế (đối với xã) …", "Đề nghị Ủy ban MTTQ tỉnh …".
# The bodies named after "phối hợp"/"chỉ đạo" (``with``) run to the task's
# verb (PARTNERS_END, in code). Two plans' tasks are compared without it: a
# body's name is no content, and a lower plan names other bodies for the same
# task (the diff).
TASK_FRAME = _regex(
    r"^\s*(?:" + _BODY_HEAD + r"[^;:.]{0,80}?(?<=\S)\s(?=(?i:chủ\s+trì|phối\s+hợp)\b))?"
    r"(?:(?i:chủ\s+trì|là\s+(?:cơ\s+quan\s+)?đầu\s+mối|là\s+cơ\s+quan\s+thường\s+trực)(?:\s*,\s*|\s+))?"
    r"(?P<with>(?i:phối\s+hợp)(?:\s+(?i:chặt\s+chẽ))?\s+(?:(?i:với|cùng)\s+)?(?=\p{Lu}|(?i:các)\s)"
    r"|(?i:chỉ\s+đạo|giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+(?=\p{Lu}))?"
)
# A ministry's task whose object is an instrument of the whole country it
# drafts or submits: "Xây dựng Nghị định hướng dẫn Luật …", "trình Thủ tướng
# Chính phủ ban hành Bộ tiêu chí quốc gia …", "sửa đổi Thông tư …". A
# province's task applying it ("rà soát văn bản của địa phương", "tham mưu
# triển khai Kế hoạch") is no counterpart of it, whatever their bodies.
NATIONAL_INSTRUMENT = _regex(
    r"\b(?:(?i:trình)\s+(?:Quốc\s+hội|Chính\s+phủ|Thủ\s+tướng)"
    r"|(?i:xây\s+dựng|ban\s+hành|sửa\s+đổi|soạn\s+thảo)[^;.]{0,40}?"
    r"\b(?:Luật|Nghị\s+định|Thông\s+tư|Bộ\s+tiêu\s+chí\s+quốc\s+gia|Cơ\s+sở\s+dữ\s+liệu\s+quốc\s+gia)\b)"
)
# (its words, lowered: a clause holding none has no frame)
TASK_FRAME_WORDS = ("chủ trì", "phối hợp", "đầu mối", "thường trực", "chỉ đạo", "giao", "đề nghị", "yêu cầu")
# Bodies named by their kind, all of them: "các sở, ban, ngành", "Các sở,
# ngành", "Thủ trưởng các cơ quan, đơn vị", "các cơ quan chuyên môn thuộc
# UBND tỉnh", "các bộ, ngành": a task given to each, one department too
# (not "các bộ phận", "các ngành hàng": the kind's word ends a word of the list).
ALL_OF_KIND = _regex(
    r"^(?:(?i:thủ\s+trưởng|giám\s+đốc|lãnh\s+đạo)\s+)?(?i:các)\s+(?i:sở|bộ|ngành|cơ\s+quan(?=\s*,|\s+(?i:chuyên\s+môn|hành\s+chính|nhà\s+nước)))"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?i:ban|ngành|và|liên\s+quan|thuộc|chuyên\s+môn|hành\s+chính|nhà\s+nước)\b)"
)
# "các cấp" in a body's name: every level, no single one ("UBND các cấp";
# not "các cấp ủy", the Party's committees)
ALL_LEVELS = _regex(r"\bcác\s+cấp\b(?!\s+(?:ủy|uỷ))")
# Words by which a task given to no body names a lower level: "các cấp"
# (not "các cấp ủy", the Party's committees), "cấp xã".
LEVEL_NAMED = {
    "ward": _regex(r"\bcác\s+cấp\b(?!\s+ủy)|\bcấp\s+(?:xã|cơ\s+sở)\b|\bcác\s+(?:xã|phường)\b", regex.I),
    "district": _regex(r"\bcác\s+cấp\b(?!\s+ủy)|\bcấp\s+huyện\b|\bcác\s+(?:huyện|quận)\b", regex.I),
}

# The kinds of issuer that are a department or ministry, whose centres,
# sub-departments and hospitals of its field are its own units: "Sở", "Bộ",
# "Ban" (not a People's Committee, whose units are departments of their own).
ISSUER_DEPARTMENT_ORGAN = _std(r"^(?:Sở|Bộ|Ban|Cục|Tổng\s+cục)$", re.I)
# A plan's own office, division or inspectorate, named bare: "Phòng Nghiệp vụ
# Y", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Thanh tra Sở" (a name
# with a place or another body in it, PLACE_NAMED, is another's unit).
OWN_UNIT = _regex(r"^(?:Phòng|Văn\s+phòng|Thanh\s+tra)\s+\p{Lu}")
# A department's centre, sub-department or hospital, named or as a class:
# "Trung tâm Kiểm soát bệnh tật tỉnh", "Chi cục Thủy lợi", "các Trung tâm Y
# tế khu vực" (its own when of the department's field).
SUBORDINATE_UNIT = _regex(r"^(?:(?i:các)\s+)?(?:Trung\s+tâm|Chi\s+cục|Bệnh\s+viện)\s+\p{Lu}")
# A place or another body named inside a unit's name: "Phòng Văn hóa - Xã hội
# huyện X", "Phòng Cảnh sát giao thông Công an tỉnh", "Văn phòng UBND tỉnh",
# "Văn phòng Sở Tư pháp" (lower-case place words: "Xã hội" is a field, not
# a commune, nor is "xã hội" of "Phòng Bảo trợ xã hội và Trẻ em"; "Sở" or
# "Bộ" alone, "Văn phòng Sở", is the issuer itself).
PLACE_NAMED = _regex(
    r"(?<!\p{L})(?:tỉnh|huyện|quận|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn|thành\s+phố|đặc\s+khu|cấp)(?!\p{L})"
    r"|(?<!\p{L})(?:UBND|Ủy\s+ban|Uỷ\s+ban|Công\s+an|Sở|Bộ)\s+\p{L}"
)
# A unit of a body named in brackets after it: "Văn phòng HĐND và UBND phường
# (bộ phận Tư pháp - Hộ tịch)" is the ward's body for justice too.
UNIT_WITHIN = _regex(r"\s*\((?i:bộ\s+phận|tổ|công\s+chức|cán\s+bộ)\s+([^()]{3,60})\)")


# A body's task given by the numbers of the plan's own task items, in its
# implementation part: "Chủ trì thực hiện nhiệm vụ 1, 2", "chủ trì nội dung 1,
# 4", "các nhiệm vụ tại mục II.1, II.3", "nhiệm vụ số 3", "nhiệm vụ 1, 2 mục
# II". Not a task of another document ("nhiệm vụ 2 tại Kế hoạch số 312/…",
# "nhiệm vụ 3 của Quyết định …"), nor a count or a year ("nhiệm vụ 2025",
# "nội dung 3 năm").
_TASK_ITEM_NUMBER = r"(?:[IVX]{1,5}\.)?\d{1,2}(?:\.\d{1,2})?(?!\d)"
TASK_NUMBER_REFS = _regex(
    r"(?<!\p{L})(?i:nhiệm\s+vụ|nội\s+dung)\s+(?:(?i:nêu\s+)?(?i:tại\s+)?(?i:mục|điểm|tiểu\s+mục)\s+)?(?:(?i:số)\s+)?"
    r"(?P<list>" + _TASK_ITEM_NUMBER + r"(?:\s*(?:,|và)\s*" + _TASK_ITEM_NUMBER + r")*)"
    # (the whole list: not its first numbers before a document named after it)
    r"(?![\d/%.]\d|\p{L}|\s*(?:,|và)\s*\d|\s*(?i:năm|tháng|ngày|%))"
    r"(?:\s*(?:,\s*)?(?i:tại\s+|của\s+|thuộc\s+)?(?i:mục|phần)\s+(?P<part>[IVX]{1,5})(?![\p{L}\d]))?"
    r"(?!\s*(?i:(?:của|tại|theo|thuộc)\s+)?(?i:kế\s+hoạch|quyết\s+định|nghị\s+quyết|chỉ\s+thị|chương\s+trình|văn\s+bản|công\s+văn|thông\s+báo|đề\s+án)(?!\s+(?:này|nêu\s+trên)))"
)
# One item of such a list: "3", "II.1" (part and item).
TASK_NUMBER_REF_ITEM = _regex(r"(?:(?P<part>[IVX]{1,5})\.)?(?P<item>\d{1,2})(?:\.(?P<sub>\d{1,2}))?")



# ---------------------------------------------------------------------------
# === output ===
# ---------------------------------------------------------------------------

# A path that stands for a stream, not a file, on Linux: /dev/stdin,
# /dev/stdout, /dev/stderr, /dev/fd/N and /proc/<pid>/fd/N.
STREAM_PATH = _std(r"/(dev/(std(in|out|err)|fd/)|proc/[^/]+/fd/)")


# A decision's title that issues a plan: "Về việc ban hành Kế hoạch triển
# khai …", "Ban hành Chương trình hành động …" (a unit's plan, for graph
# --coverage); not one setting up a body ("Về việc kiện toàn Tổ công tác …").
ISSUES_A_PLAN = _regex(r"(?i:ban\s+hành)\s+(?:(?i:kèm\s+theo)\s+)?(?i:kế\s+hoạch|chương\s+trình|phương\s+án|đề\s+án)(?!\p{L})")
# A decision's or a Government resolution's subject approving, issuing or
# amending a text that sets out what is to be done: "phê duyệt Chương trình
# phát triển du lịch nông thôn …", "ban hành Kế hoạch triển khai thi hành
# Luật …", "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết
# số 59-NQ/TW", "sửa đổi, bổ sung, cập nhật Chương trình hành động …",
# "phê duyệt Đề án …", "phê duyệt Chiến lược …": a text citing it as its
# basis carries that programme out (graph --chain climbs the edge; see
# doc_types.json ``setting_out``); not "ban hành quy định chức năng, nhiệm
# vụ …", "phê duyệt Quy hoạch …", "phê duyệt chủ trương đầu tư …".
SETS_OUT_BY_SUBJECT = _regex(
    r"(?i:phê\s+duyệt|ban\s+hành|sửa\s+đổi,?\s+bổ\s+sung(?:,?\s+cập\s+nhật)?)\s+(?:(?i:kèm\s+theo)\s+)?"
    r"(?i:chương\s+trình|kế\s+hoạch|đề\s+án|chiến\s+lược)(?!\p{L})"
)


# A Party body named by its kind ("các ban đảng, đảng ủy trực thuộc Trung
# ương", "Đảng bộ …", "các cơ quan đảng"): under the centre, the centre's own.
PARTY_BODY_WORD = _regex(rf"(?i)\b(?:đảng\s+(?:{_UY}|bộ)|ban\s+đảng|cơ\s+quan\s+đảng)\b")
# A local Party committee by its unit ("các tỉnh ủy, thành ủy …"): a
# province's even when listed "trực thuộc Trung ương".
PARTY_COMMITTEE_OF_UNIT = _regex(rf"(?i)\b(?:tỉnh|thành|huyện|quận|thị)\s+{_UY}\b")


# ---------------------------------------------------------------------------
# === OCR'd text: labels with a wrong accent, letters for digits (normalize) ===
# ---------------------------------------------------------------------------

# A vowel read with any diacritics (its base letter kept): an OCR'd scan
# drops or swaps tone marks and hats ("Sô:" for "Số:", "nãm" for "năm"). Used
# only inside the fixed labels of data/ocr_labels.json, never over free text.
OCR_VOWEL_FAMILIES = (
    "aàáảãạăằắẳẵặâầấẩẫậ",
    "eèéẻẽẹêềếểễệ",
    "iìíỉĩị",
    "oòóỏõọôồốổỗộơờớởỡợ",
    "uùúủũụưừứửữự",
    "yỳýỷỹỵ",
)


def ocr_tolerant(label: str) -> str:
    """The regex of a label whose vowels may carry any diacritics: each vowel
    a class of its family, words apart by spaces or tabs, case-insensitive."""
    out = []
    for ch in label:
        low = ch.lower()
        family = next((f for f in OCR_VOWEL_FAMILIES if low in f), None)
        if family is not None:
            out.append("[" + family + family.upper() + "]")
        elif ch == " ":
            out.append(r"[ \t]+")
        elif ch.isalpha():
            out.append("[" + low + ch.upper() + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _ocr_alts(labels: list[str]) -> str:
    return "|".join(ocr_tolerant(x) for x in sorted(set(labels), key=len, reverse=True))


def _ocr_labels() -> Any:
    from .tables import load

    return load("ocr_labels.json")


# (The label patterns are tried over the whole text with "\n" put before
# it, each from a line's "\n": the engine skips to each "\n" in C, where a
# Python loop over the lines cost ~5% of a parse; see normalize.repair_ocr.)
def _first_letters(labels: list[str]) -> str:
    """A class of the letters ``labels`` open with, any case and accent."""
    return "[" + "".join(sorted({c for x in labels for c in ocr_tolerant(x[0]).strip("[]")})) + "]"


# A line holding only a fixed label (data/ocr_labels.json "lines"): the type
# word line "QUYẾT ĐỊNH", the motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", a
# plan's part heading "III. TỔ CHỨC THỰC HIỆN" (after its part or item number),
# maybe with a colon ("QUYẾT ĐỊNH:"); a short line (60 characters at most),
# which opens with a label's letter (the cheap tests first). Any diacritics
# here; the reader keeps the match only with one wrong vowel a word
# (normalize.repair_ocr).
OCR_LINE_LABEL = _std(
    lambda: r"\n(?![^\n]{61})[ \t]*(?:(?:[IVX]{1,5}|\d{1,2})[ \t]*[.)/\-][ \t]*)?(?="
    + _first_letters(_ocr_labels()["lines"])
    + r")(?P<label>"
    + _ocr_alts(_ocr_labels()["lines"])
    + r")[ \t]*(?::[ \t]*)?(?=\n|\Z)"
)

# What follows a label opening a line (ocr_labels.json "starts"): colon "Số:"
# or "Số" and a number and its slash ("Số: 5l2/QĐ-UBND"; not a line "sở:" a
# sentence wraps onto); digit "Điều 1"; word "Chủ trì, …",
# "Chủ trì:", "Về việc ban hành …".
_OCR_FOLLOW = {
    "colon": r"[ \t]*(?::[ \t]*)?[0-9lIO]{1,6}(?: [0-9]{1,3})?/",
    "digit": r"[ \t]+\d",
    "word": r"[ \t]*[:,]|[ \t]+\w",
}


def _ocr_starts() -> str:
    starts = _ocr_labels()["starts"]
    alts = [f"(?:{ocr_tolerant(k)})(?={_OCR_FOLLOW[v]})" for k, v in sorted(starts.items(), key=lambda kv: -len(kv[0]))]
    return r"\n[ \t]*(?:[-+•][ \t]*)?(?=" + _first_letters(list(starts)) + ")(?P<label>" + "|".join(alts) + ")"


# A label opening a line (from its "\n"): "Số: 512/QĐ-UBND", "Điều 1.", "Về việc …", "Căn cứ
# …", "Chủ trì, phối hợp …" (see _OCR_FOLLOW).
OCR_START_LABEL = _std(_ocr_starts)


def _ocr_cited() -> str:
    from .tables import doc_types

    names = [n for t in doc_types().values() for n in t.names] + list(_ocr_labels()["cited"])
    return (
        r"[ \t]*(?:[-+•][ \t]*)?" + ocr_tolerant("Căn cứ") + r"[ \t]+(?P<label>" + _ocr_alts(names) + r")(?!\w)"
    )


# The type word a basis names: "Căn cứ Luật Tổ chức …", "Căn cứ Nghị định số …"
# (doc_types.json names, ocr_labels.json "cited").
OCR_CITED_TYPE = _std(_ocr_cited)

# A date's words: "ngày 18 tháng 3 năm 2026" (its numbers maybe OCR'd,
# "ngày l8"): the frame's words are labels. Found from the space before its
# "tháng" (the engine skips to a literal first character in a tight loop, 7x
# fewer instructions than testing each character against a class), the
# "ngày D " before it matched backward (normalize.repair_ocr) with
# OCR_DATE_DAY; in a text with tabs, from [ \t] (OCR_DATE_FRAME_TAB).
_OCR_NUM = r"[0-9lIO]"


def _ocr_date_frame(before: str) -> str:
    return (
        before + r"(?P<m>" + ocr_tolerant("tháng") + r")[ \t]+" + _OCR_NUM + r"{1,2}[ \t]+(?P<y>"
        + ocr_tolerant("năm") + r")[ \t]+" + _OCR_NUM + r"{4}(?!\w)"
    )


OCR_DATE_FRAME = _std(lambda: _ocr_date_frame(" "))
OCR_DATE_FRAME_TAB = _std(lambda: _ocr_date_frame(r"[ \t]"))
OCR_DATE_DAY = _std(lambda: ocr_tolerant("ngày"))

# A digit and an OCR'd letter side by side ("5l2", "9O", "l8"), where a
# digit slot is read (after a cheap gate: normalize._DIGIT_GATE).
OCR_DIGIT_LETTER = _std(r"[lIO](?=[0-9])|(?<=[0-9])[lIO]")
# The slot before it that must be a number: a date's "ngày"/"tháng"/"năm",
# a number's "số" ("Số: 5l2/QĐ-UBND", "ngày l8 tháng 3"), or a date's "d/"
# ("3l/12/2026": then the token is followed by "/").
OCR_NUMBER_BEFORE = _std(r"(?:(?<!\w)(?i:ngày|tháng|năm|số)[ \t]*(?::[ \t]*)?|\d/)$")
# …or after it: a document number's or a date's "/" and what follows it
# ("5l2/QĐ-UBND", "3l/12/2026", "l05/2025/NĐ-CP"), a share's "%" ("9O%").
OCR_NUMBER_AFTER = _std(r"/[0-9lIO]|/[A-ZĐ]|[ \t]?[%‰]")

# A document number after its "số" split by one space ("Số: 5 12/QĐ-UBND",
# "Quyết định số 5 12/QĐ-UBND"): one number, never "12/QĐ-UBND". (ASCII
# digits: normalize._NUMBER_GATE finds their shape first.)
OCR_SPLIT_NUMBER = _std(r"[sS][ốỐ][ \t]*(?::[ \t]*)?(?P<a>[0-9]{1,3}) (?P<b>[0-9]{1,3})/(?=[A-ZĐ]|[0-9]{4}/)")


# What a sentence may open with before its subject when it states a time
# limit or a case first: "Trong thời hạn 30 ngày …, Công an đơn vị, địa
# phương phải …", "Chậm nhất là ngày 20/7/2026, Nhà cung cấp X phải …",
# "Định kỳ trước ngày 20 tháng 6 …, các tổ chức, cá nhân … báo cáo …",
# "Trường hợp chưa đủ hồ sơ hợp lệ, trong vòng 07 ngày …, Ủy ban nhân dân
# cấp xã có văn bản …" (the subject read after the clause's comma, in code).
OPENING_BEFORE_SUBJECT = _std(
    r"(?i:trong(?!\s+(?:đó|khi|quá\s+trình)\b)|chậm\s+nhất|định\s+kỳ|hằng|hàng|trước|sau\s+(?:khi|ngày|\d)|kể\s+từ|ngay"
    r"|trường\s+hợp|trên\s+cơ\s+sở|căn\s+cứ)\b"
)
# The verb closing a subject after such an opening, the body named before
# it: "… phải", "… có trách nhiệm", "… có văn bản", "… thực hiện", "… xem
# xét", "… báo cáo" (not words of a body's name: "cấp" of "Ủy ban nhân dân
# cấp xã", "trình" of "chương trình", "giải quyết" of "cơ quan giải quyết thủ
# tục hành chính"; the list of names' end is the fallback).
SUBJECT_VERB_AFTER_OPENING = _regex(
    r"\s(?:phải|(?:có|chịu)\s+trách\s+nhiệm|có\s+văn\s+bản|khẩn\s+trương|thực\s+hiện|hoàn\s+thành|(?<!(?i:kèm)(?:\s+theo)?\s)báo\s+cáo|gửi|nộp"
    # ("thẩm định" a noun's after a report or file: "kèm báo cáo thẩm định của Sở …")
    r"|xem\s+xét|(?<!(?i:báo\s+cáo|hồ\s+sơ|kết\s+quả)\s)thẩm\s+định|chi\s+trả|kiểm\s+tra|thông\s+báo|chuyển|công\s+bố|cập\s+nhật|trả\s+lời"
    r"|ra\s+quyết\s+định|căn\s+cứ\s+vào|xác\s+nhận|sửa\s+đổi|tiến\s+hành"
    # ("cấp" granting, not a level nor "cung cấp", "các cấp": "… cấp xã cấp
    # điều chỉnh Giấy chứng nhận")
    r"|(?<!(?i:cung|phân|các|mọi|hai|ba|\d)\s)cấp(?=\s+(?!(?:xã|huyện|tỉnh|trung\s+ương|cơ\s+sở|phường|quận|thị|thành|bộ|sở|có|trên|dưới|ủy|và|các)\b)\p{Ll}))(?!\p{L})"
)
# A party named by its kind, not a state body, as a duty's subject: "Nhà
# cung cấp dịch vụ …", "người sử dụng lao động", "chủ đầu tư …", "các tổ
# chức, cá nhân …", "doanh nghiệp …", "cơ sở khám bệnh, chữa bệnh".
PARTY_BY_KIND = _std(
    r"(?i:(?:các\s+|những\s+)?(?:nhà\s+(?:cung\s+cấp|đầu\s+tư|thầu|sản\s+xuất|nhập\s+khẩu|xuất\s+khẩu)"
    r"|người\s+(?:sử\s+dụng\s+lao\s+động|lao\s+động|nộp|đứng\s+đầu|đề\s+nghị|được\s+cấp)|chủ\s+(?:đầu\s+tư|tài\s+khoản|cơ\s+sở|dự\s+án)"
    r"|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|thương\s+nhân|cơ\s+sở|đơn\s+vị|cơ\s+quan|quỹ))\b"
)
# Reports made all along and when needed, no time said: "xây dựng báo cáo
# thường xuyên, đột xuất về công tác …" (a task, not a deadline).
STANDING_AND_AD_HOC = _regex(r"(?i:thường\s+xuyên\s*(?:,|và|hoặc)\s*đột\s+xuất)")
# A class of persons named by what they did or hold, a duty's subject: "Cá
# nhân bị thu hồi chứng chỉ …", "Tổ chức, cá nhân đã ban hành Biện pháp …".
CLASS_OF_PERSONS = _std(r"(?i:(?:các\s+)?(?:tổ\s+chức,\s+)?cá\s+nhân|người)\s")
# A case or time inside a class's name, before its duty: "Tổ chức, cá nhân
# vận hành dự án hóa chất sau khi hoàn thành công trình … có trách nhiệm …".
CLASS_NAME_CASE = _regex(r"\s(?i:sau\s+khi|trước\s+khi|khi|nếu|trong\s+thời\s+hạn|trước\s+ngày)\s")
# The reference defining a class, after its kind: "… quy định tại khoản 1
# Điều 9 của Chương trình này", "… thuộc điểm a khoản này".
CLASS_REFERENCE = _regex(r"\s+(?:(?i:theo\s+)?(?i:quy\s+định\s+tại)|(?i:thuộc|nêu\s+tại))\s+(?i:điểm|khoản|điều|mục|phụ\s+lục)\s.*$")
# A report form's printed reminder of its time limit, on a line of its
# own: "(Thời hạn gửi báo cáo: Báo cáo 6 tháng gửi trước ngày 20 tháng 6 hằng
# năm; …)": it repeats the deadline the text sets.
FORM_DEADLINE_REMINDER = _std(r"\s*\(?\s*(?i:thời\s+(?:hạn|gian)\s+(?:gửi\s+|nộp\s+)?báo\s+cáo)\s*:")
# A list's heading naming the body whose duties its points are: "1. Nhà
# cung cấp X có trách nhiệm báo cáo như sau:", "Sở Y tế có trách nhiệm:"
# (the body before the role words, its points after the colon).
BODY_HEADS_LIST = _regex(r"^(?P<body>\p{L}[^;:.\n]{2,120}?)\s+(?:có|chịu)\s+trách\s+nhiệm(?:\s[^;:.\n]{0,160})?:?\s*$")
# A plural word before a class's name: "các tổ chức, cá nhân …", "những đơn vị …".
PLURAL_LEAD = _std(r"^(?i:các|những|mọi)\s+")
# Words no subject's name holds, a clause of what the party did or wants,
# or another verb: "cơ quan, tổ chức, doanh nghiệp đã thực hiện nộp lệ phí
# …", "doanh nghiệp muốn gia hạn …", "Cục X trình Thống đốc …".
NOT_IN_SUBJECT = _std(r"\s(?:đã|được|muốn|trình|là|sẽ|chưa|không)(?:\s|$)")

# A Youth Union base unit named by its unit's kind, of that unit's level:
# "Đoàn phường Đạo Thạnh", "Đoàn các xã, phường", "Đoàn thị trấn" (the
# commune's or ward's Đoàn; "Đoàn xác minh", "Đoàn trưởng" are no unit's).
YOUTH_UNION_OF_UNIT = _std(
    r"^(?:Đoàn|ĐOÀN)\s+(?:(?:các|CÁC)\s+)?(?P<word>xã|phường|thị\s+trấn|đặc\s+khu|XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU)(?!\w)(?!\s+hội\b)"
)

# The centre of the Front or of a mass organisation, national (not the
# Party's centre, whose "Ban Bí thư" and "Trung ương" its own names share):
# "Ban Bí thư Trung ương Đoàn", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam",
# "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "TW Hội Nông dân",
# "Tổng Liên đoàn Lao động Việt Nam".
CENTRAL_MASS_ORGANISATION = _std(
    r"(?:Trung\s+ương|TW|T\.Ư)\s+(?:Đoàn|Hội)\b|Ủy\s+ban\s+Trung\s+ương\s+(?:Mặt\s+trận|MTTQ)|\bUBTW\s*MTTQ|Tổng\s+Liên\s+đoàn\s+Lao\s+động",
    re.I,
)


# A joint text's parties named together as a clause's subject: "Hai bên phối
# hợp xây dựng kế hoạch …", "Định kỳ 6 tháng (…), hai bên tổ chức giao ban
# …", "…; ba bên tổ chức sơ kết", "Các bên thống nhất …", "Hai cơ quan …":
# every issuer of the text (issuer and co-issuers). At a clause's start, a
# verb after it: not the preamble's definition "(sau đây gọi là hai bên)",
# nor "mỗi bên" (each on its own), nor "các bên liên quan" (third parties).
JOINT_PARTIES = _regex(
    r"(?:^|(?<=[,;:.][^\S\n]{0,3})|(?<=^[-+•][^\S\n]{0,3}))(?:hai|ba|bốn|các|Hai|Ba|Bốn|Các|HAI|BA|BỐN|CÁC)[^\S\n]+"
    r"(?:bên|BÊN|cơ[^\S\n]+quan(?<=[Hh]ai[^\S\n]+cơ[^\S\n]+quan))[^\S\n]+(?!liên\s+quan\b|của\b|trong\b|và\b)(?=\p{Ll})",
    regex.MULTILINE,
)
# A heading over the joint parties' shared duties in a joint text: "3.
# Trách nhiệm chung", "Nội dung hai bên phối hợp", "Ba bên cùng phối hợp",
# "Các bên cùng thực hiện": its items are every issuer's tasks.
JOINT_HEADING = _regex(
    r"[^\S\n]*(?i:trách\s+nhiệm\s+chung(?:\s+của\s+(?:hai|ba|bốn|các)\s+bên)?"
    r"|(?:nội\s+dung\s+|trách\s+nhiệm\s+)?(?:hai|ba|bốn|các)\s+bên\s+(?:cùng\s+)?(?:phối\s+hợp|thực\s+hiện)(?:\s+thực\s+hiện)?)[^\S\n]*[.:]?[^\S\n]*$"
)
# A body a plan's own body directs or guides to do a task, in that body's
# item: "b) Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh, các Trạm Y tế xã,
# phường phối hợp với …", "…; hướng dẫn Ban Công tác Mặt trận các thôn tổ
# chức …", "Chủ trì, chỉ đạo Phòng Cảnh sát giao thông … cử báo cáo viên …",
# "Chỉ đạo công chức Văn hóa - Xã hội chủ trì …": the bodies named, up to
# their verb (cut in code), are the task's doers. At a clause's start (or
# after "Chủ trì,"), not "Ban Chỉ đạo …", nor a directing told ("đã chỉ đạo",
# "theo hướng dẫn"); a commune's officer named by the post ("công chức …").
DIRECTED_OWN = _regex(
    r"(?:^|(?<=[;:.])|(?<=^[-+•])|(?<=(?i:chủ\s+trì),))[^\S\n]*(?P<verb>[Cc]hỉ\s+đạo|[Hh]ướng\s+dẫn)[^\S\n]+(?:cho[^\S\n]+)?"
    r"(?P<names>(?:\p{Lu}|(?:công\s+chức|cán\s+bộ|các)\s+\p{L})[^;:.()\n]{2,240})",
    regex.MULTILINE,
)
# The channel a body acts through, in brackets after it: "Công an tỉnh (qua
# Phòng Cảnh sát điều tra tội phạm về ma túy) … báo cáo UBND tỉnh …", "…
# báo cáo UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)": the body before
# it is the subject, the one its verb names the recipient; the channel is
# neither (read as blank).
CHANNEL_BRACKET = _regex(r"\((?:thông\s+)?qua\s+[^()\n]{2,150}\)")
# A duty that is carrying out the plan itself: "thực hiện Kế hoạch", "triển
# khai thực hiện Kế hoạch này", "tổ chức thực hiện kế hoạch" (a body directed
# to it, "hướng dẫn các trường thực hiện Kế hoạch", does what its own item
# says: no task apart from it).
PLAN_ITSELF_DUTY = _regex(r"(?:(?:tổ\s+chức|triển\s+khai|thực\s+hiện)\s+){1,3}(?:các\s+nội\s+dung\s+(?:của\s+)?)?(?i:kế\s+hoạch)(?:\s+này)?$")
# Where the bodies a directed clause names ("Chỉ đạo X …", DIRECTED_OWN) end
# and their duty opens: at the first duty's verb (DUTY_OPENING, "làm tốt",
# "tăng cường", "cử" …) in lower case, read in code, but for these verbs of a
# name: a body's kind named by its activity, "cơ quan điều tra", "các đoàn
# kiểm tra", "các tổ tuần tra", a class qualified by whose it is, "thuộc
# quyền quản lý"; and a unit's statutory name in lower case after its
# capitalised head ("Phòng Cảnh sát điều tra tội phạm về ma túy, Phòng …"),
# read in code up to the list's "," or "và" when another name follows.
KIND_BY_ACTIVITY = _regex(
    r"(?<=(?:^|\s)(?i:cơ\s+quan|lực\s+lượng|cảnh\s+sát)\s+)(?:điều\s+tra|thanh\s+tra|kiểm\s+soát|quản\s+lý)\b"
    r"|(?<=(?:^|\s)(?i:đoàn|tổ|đội|nhóm)\s+)(?:kiểm\s+tra|thanh\s+tra|tuần\s+tra|giám\s+sát|kiểm\s+soát|thẩm\s+định|đánh\s+giá)\b"
    r"|(?<=(?:^|\s)quyền\s+)\p{Ll}"
)
# The list of directed bodies: its separators ("," and "và") and a name's
# qualifiers that name no body ("các cơ sở đào tạo trọng điểm quy định tại Đề
# án này, thuộc quyền quản lý": where they are listed, whose they are).
DIRECTED_NAMES_SEPARATOR = _regex(r",\s*|\s+và\s+")
# A directed body's name closing with its unit's kind ("Trung tâm Phục vụ
# hành chính công xã", "Trạm Y tế phường"): a lower-case word after it opens
# its duty, as after a partner's (PARTNERS_END), but the next unit's word,
# the units' place ("các xã vùng cao") or a word going on with the name.
DIRECTED_UNIT_NAME_END = _regex(
    r"(?<=\s(?:xã|phường|tỉnh|huyện|quận|thị\s+trấn|đặc\s+khu))(?<!(?i:hợp\s+tác)\s+xã)\s(?=\p{Ll})"
    r"(?!(?:hội|và|các|thị|thành|phường|xã|huyện|quận|tỉnh|đặc\s+khu|có|liên|cùng|hoặc|nơi|trên|địa|tổ\s+dân|khu\s+phố|bản|thôn|ấp"
    r"|ven|biên\s+giới|vùng|miền\s+núi|trong|thuộc|trực|về|theo|của|nêu|được|đã|nhà|mới)\b)"
)
# A word in lower case after a space: where a directed clause's duty verb may open.
LOWER_WORD_START = _regex(r"(?<=\s)\p{Ll}")
# Words no unit's name holds in lower case: a role, the partners' "với"
# ("Chỉ đạo Phòng A phối hợp với Phòng B, …": Phòng A's duty, not its name).
NAME_RUN_BREAK = _regex(r"\b(?:chủ\s+trì|phối\s+hợp|với|cho)\b")
DIRECTED_NAME_QUALIFIER = _regex(r"\s+(?:được\s+)?quy\s+định\s+tại\s.*|,?\s+(?:trực\s+)?thuộc\s+quyền\s.*")
# Bodies named by their kind alone, none in particular: "các đơn vị", "các
# cơ quan, đơn vị, tổ chức, cá nhân", "các địa phương" (no doer of a task a
# body is told to direct or guide them to do: "Hướng dẫn các đơn vị lập dự
# toán" is the guiding body's task).
UNNAMED_KINDS = _regex(
    r"(?i:các)\s+(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân|địa\s+phương)"
    r"(?:\s*(?:,|và)\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|cá\s+nhân|địa\s+phương|nhà\s+thầu|doanh\s+nghiệp))*"
)


# ---------------------------------------------------------------------------
# compiled on first use
# ---------------------------------------------------------------------------

# Compiling all of the above takes ~80 ms (``regex`` parses a pattern in
# Python), a fifth of a cold ``khtool parse one.txt``, and one document uses
# two thirds of them at most. So each name is bound to a _Deferred, whose
# first method call compiles the pattern (or loads it compiled from the cache
# directory: see pattern_store) and binds the name to it: later
# ``P.NAME`` lookups are plain ones. (Not a module ``__getattr__``: with one,
# Python 3.11 does not specialise attribute loads on the module, and every
# ``P.NAME`` of a parse costs more: +1.8% instructions per document.)
_DEFERRED = {name: value for name, value in globals().items() if isinstance(value, _Deferred)}
for _name, _value in _DEFERRED.items():
    _value.name = _name


def all_patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    """Every named pattern of this module, compiled (for tests and benchmarks)."""
    return {name: deferred.resolve() for name, deferred in _DEFERRED.items()}
