"""Every regular expression khtool uses, each above the convention it encodes.

All patterns use the ``regex`` module, are compiled once, and are written to run
in linear time: no nested unbounded quantifiers, bounded repetition where a
field has a natural length, and alternations that cannot overlap.

Conventions are those of Nghị định 30/2020/NĐ-CP (form of administrative
documents), Luật Ban hành văn bản quy phạm pháp luật (legal-normative numbers)
and Party document practice (Hướng dẫn 36-HD/VPTW).
"""

from __future__ import annotations

import regex

# Vietnamese letters, upper and lower, including đ/Đ. \p{L} covers them all; a
# class is still named for readability where case matters.
UPPER = r"A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
LOWER = r"a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"

# ---------------------------------------------------------------------------
# Clean-up (normalize stage)
# ---------------------------------------------------------------------------

# A line that is only table or rule residue: "|", "-------", "___", "***".
# Converted two-column headers leave lone "|" lines; decorative rules under the
# issuer and the motto are runs of dashes or underscores.
RESIDUE_LINE = regex.compile(r"^[\s|_=*~\-–—.]*$")

# Markdown bold/italic markers that converters leave around headings.
MARKDOWN_EMPHASIS = regex.compile(r"\*\*|__")

# A table row as converters write it: "| cell | cell |" (at least one inner bar).
TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$")

# Page furniture of the official gazette (Công báo) PDFs: the running header
# "CÔNG BÁO/Số 431 + 432/Ngày 25-3-2024" and lone page numbers.
GAZETTE_RUNNING_HEADER = regex.compile(
    r"^\s*CÔNG\s+BÁO\s*/\s*Số\s+[\d +]{1,20}/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}\s*$", regex.I
)
PAGE_NUMBER_LINE = regex.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$")
# "Trang 3/12", "Page 3 of 12"
PAGE_OF_LINE = regex.compile(r"^\s*(?:Trang|Page)\s+\d{1,4}\s*(?:/|of|trên)\s*\d{1,4}\s*$", regex.I)

# The block a Công báo page opens with: "VĂN BẢN QUY PHẠM PHÁP LUẬT" / "VĂN BẢN HỢP NHẤT".
GAZETTE_SECTION_BANNER = regex.compile(
    r"^\s*(?:VĂN\s+BẢN\s+(?:QUY\s+PHẠM\s+PHÁP\s+LUẬT|HỢP\s+NHẤT|KHÁC)|PHẦN\s+VĂN\s+BẢN\s+KHÁC)\s*$"
)

# E-signature stamps printed on signed PDFs: "Ký bởi: ...", "Người ký: ...",
# "Email: ...@...gov.vn", "Cơ quan: ...", "Thời gian ký: 12.03.2024 10:11:12 +07:00".
SIGNATURE_STAMP = regex.compile(
    r"^\s*(?:Ký\s+bởi|Người\s+ký|Signed\s+by|Thời\s+gian\s+ký|Ngày\s+ký|Cơ\s+quan|Email|Chức\s+vụ)\s*:"
    r"|^\s*\S{1,64}@\S{1,64}\.gov\.vn\s*$",
    regex.I,
)

# Where a new block starts, so a wrapped line is never glued onto it:
#   roman part "I." / "IV-", arabic item "1." "1.2." "2)", letter item "a)" "đ.",
#   bullets "-", "+", "•", "*", "–", articles "Điều 5.", "Chương II", "Phần I",
#   "Mục 2", indicator "Chỉ tiêu 3", goal "Mục tiêu 1:", footer "Nơi nhận",
#   signing authority "TM." "KT." "TL." "TUQ." "Q.",
#   preamble openers (capitalised): Căn cứ, Thực hiện, Xét, Theo đề nghị,
#   Trên cơ sở, Kính gửi, Nhằm, Để.
BLOCK_START = regex.compile(
    r"""^(?:
        [IVXLC]{1,6}\s*[.\-–)]\s
      | \d{1,3}(?:\.\d{1,3}){0,3}\s*[.)]\s
      | [a-zđ]\s*[).]\s
      | [-+•*–—]\s?
      | (?:Điều|ĐIỀU)\s+\d
      | (?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+[IVXLC\d]
      | (?:Chỉ\s+tiêu|CHỈ\s+TIÊU)\s+\d
      | (?:Mục\s+tiêu|MỤC\s+TIÊU)\s+\d
      | (?:Nơi\s+nhận|NƠI\s+NHẬN)
      | (?:TM|KT|TL|TUQ|Q)\s*\.\s
      | (?:Căn\s+cứ|CĂN\s+CỨ|Thực\s+hiện|Xét|Theo\s+đề\s+nghị|Trên\s+cơ\s+sở|Kính\s+gửi|Nhằm|Để)\s
    )""",
    regex.X,
)

# A line ends a sentence or a list item: ".", ";", ":", "!", "?", "./." (the
# closing mark of a document), optionally followed by a closing quote/bracket.
TERMINAL_PUNCT = regex.compile(r"[.;:!?…][\"”’)\]]*\s*$")

# A line ending in a word that cannot end a sentence (a preposition,
# conjunction, classifier or the first half of a date) or in a comma/dash:
# the sentence goes on on the next line.
CONTINUATION_END = regex.compile(
    r"(?:[,\-–(/]|\b(?:của|và|về|các|với|số|ngày|tại|theo|cho|trong|đến|từ|để|là|được|những|có"
    r"|bị|thuộc|hoặc|cùng|trên|dưới|tháng|năm|đối|nhằm|như|gồm|do|mà|thì|nhưng|vào|khi"
    r"|giữa|bằng|một|mọi|đã|sẽ|đang|không|phải|cần|nên|còn|vì|nếu|tới)\b)\s*$",
    regex.I,
)

# First character is a lowercase letter: a continuation of the line before.
STARTS_LOWER = regex.compile(rf"^[\"“(]?[{LOWER}]")

# A line whose letters are all uppercase (headers, titles, section heads).
HAS_LOWER = regex.compile(rf"[{LOWER}]")
HAS_LETTER = regex.compile(r"\p{L}")

# A dash or plus bullet (not a numbered heading).
BULLET_START = regex.compile(r"^[-+•*–—]\s?")

# A year range wrapped after its first year: "... giai đoạn 2023" then
# "- 2030 và ..." on the next line is one range, not a new bullet.
YEAR_RANGE_SPLIT = regex.compile(r"\b(?:19|20)\d\d\s*$")
YEAR_RANGE_REST = regex.compile(r"^[-–]\s*(?:19|20)\d\d\b")

# A line opening with a hyphen or dash used as a bullet ("- Thương binh ...").
DASH_ONLY_START = regex.compile(r"^[-–]\s")

# ---------------------------------------------------------------------------
# Document numbers (docnumber module; shared by header and citations)
# ---------------------------------------------------------------------------

# A symbol code: letters (any case, with Đ/đ), digits after the first letter,
# and "&" as in "GD&ĐT". Bounded so a pathological token cannot run away.
_CODE = r"[\p{Lu}\p{Ll}][\p{L}\d&]{0,15}"

# Party numbering (Hướng dẫn 36-HD/VPTW): "<n>-<TYPE>/<ISSUER>[-<sub>]":
# "28-CT/TW", "160-KH/TU", "31-KH/TU", "05-QĐi/TW". Spaces around the marks are
# typing variants ("160- KH/TU").
PARTY_NUMBER = regex.compile(
    rf"(?<![\w/\-])(?P<serial>\d{{1,5}})\s?-\s?(?P<type>{_CODE})\s?/\s?(?P<issuer>{_CODE}(?:-{_CODE}){{0,3}})(?![\w/])"
)

# Legal-normative numbering (Luật Ban hành VBQPPL): "<n>/<year>/<TYPE>-<ISSUER>"
# ("56/2017/NĐ-CP", "76/2023/TT-BTC", "01/2024/TTLT-BTC-BYT") or, for Quốc hội
# acts, "<n>/<year>/QH<legislature>" ("121/2020/QH14").
NORMATIVE_NUMBER = regex.compile(
    rf"(?<![\w/\-])(?P<serial>\d{{1,5}})\s?/\s?(?P<year>(?:19|20)\d\d)\s?/\s?"
    rf"(?:(?P<qh>(?:QH|UBTVQH)\d{{1,2}})|(?P<type>{_CODE})\s?-\s?(?P<issuer>{_CODE}(?:-{_CODE}){{0,3}}))(?![\w/])"
)

# Administrative numbering (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục III):
# "<n>/<TYPE>-<ISSUER>[-<unit>]" ("7451/KH-UBND", "1183/QĐ-TTg",
# "137/TTr-SLĐTBXH"); a công văn has no type: "<n>/<ISSUER>-<unit>"
# ("123/UBND-VX", "1205/HC-QLHC"). The serial may be blank in a draft
# ("Số: /KH-UBND"), handled by HEADER_NUMBER.
ADMIN_NUMBER = regex.compile(
    rf"(?<![\w/\-])(?P<serial>\d{{1,6}})\s?/\s?(?P<type>{_CODE})\s?-\s?(?P<issuer>{_CODE}(?:\s?-\s?{_CODE}){{0,3}})(?![\w/])"
)

# ---------------------------------------------------------------------------
# === header (segment stage) ===
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# === citations (extract/citations) ===
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# === assignments, indicators, deadlines (extract/assignments) ===
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# === read / legacy encodings ===
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# === end ===
