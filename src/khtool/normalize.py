"""Normalize stage: Unicode clean-up, then a cleaned text that maps back to the source.

Two steps:

``normalize_source(raw)``
    The *source text* every span points into: NFC, one newline convention,
    no NUL/control characters, non-breaking and odd spaces made plain, and
    the glyph substitutions of Vietnamese PDF fonts undone (``ƣ`` for ``ư``).
    Every replacement keeps the line count, so line numbers are the file's.
    (``keep_tabs=True``, as the pipeline asks: tabs kept for ``clean``.)

``clean(source)``
    Physical lines with their residue removed (lone ``|``, markdown ``**``,
    rules, gazette running headers, page numbers, e-signature stamps; table
    rows split into cells), then *logical lines*: hard-wrapped lines and
    sentences split by page breaks joined again. The cleaned text keeps an
    offset map so that any slice of it gives back a source ``Span``.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, repeat
from operator import add

import regex

from . import patterns as P
from .models import Deadline, Span, known_span

# Characters that stand in for others in real files: non-breaking and exotic
# spaces become a space, soft hyphens and zero-width marks disappear, and the
# PDF font glyphs "ƣ/Ƣ" (U+01A3/U+01A2, a Latin letter "oi" that Vietnamese
# PDF fonts map "ư/Ư" to) become "ư/Ư".
_SPACE_LIKE = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t\f\v",
    ),
    " ",
)
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"), None)
_GLYPHS = {ord("ƣ"): "ư", ord("Ƣ"): "Ư"}
_CONTROL: dict[int, str | None] = {c: None for c in range(32) if c != 10}  # keep \n only
_CONTROL[0x7F] = None
_TRANSLATE = {**_CONTROL, **_SPACE_LIKE, **_DROP, **_GLYPHS}
# the same, a tab kept: a header's or a signature's columns typed a tab
# apart ("SỞ TƯ PHÁP<TAB>TỈNH GIA LAI"), which clean() reads (see CleanText.tabs)
_TRANSLATE_KEEP_TABS = {k: v for k, v in _TRANSLATE.items() if k != 9}
# finds the odd characters a text holds: over the whole text, stdlib re is ~5x
# faster than regex for a plain character class (see patterns' docstring);
# built here from the translation table above, not written in patterns.py
_NEEDS_TRANSLATE = re.compile("[" + re.escape("".join(chr(c) for c in _TRANSLATE if c != 10)) + "]")


# ``text.lower()``, remembered for the last texts lowered: the stages test the
# same pieces (a section's text, a header line) for words in many places, and
# lowering Vietnamese costs tens of instructions a character, a look-up of a
# text already hashed a few (a text's hash is kept with it)
lowered = functools.lru_cache(maxsize=256)(str.lower)


def normalize_source(raw: str, *, keep_tabs: bool = False) -> str:
    """Return the source text: NFC, ``\\n`` newlines, no controls, plain spaces
    (tabs kept with ``keep_tabs``: ``clean`` makes them spaces, where they
    were kept)."""
    text = raw
    # (a search for what is not there is quicker than a replace that finds nothing)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    # str.translate with a dict walks every character in Python-level lookups;
    # replacing just the few odd characters present is 10x faster. Those but
    # the glyphs are none of them printable: a text that is, its newlines
    # aside (isprintable runs at C speed, 3x faster than the search), has
    # none of them
    if not text.replace("\n", " ").isprintable() or "ƣ" in text or "Ƣ" in text:
        table = _TRANSLATE_KEEP_TABS if keep_tabs else _TRANSLATE
        for ch in set(_NEEDS_TRANSLATE.findall(text)):
            if ord(ch) in table:
                text = text.replace(ch, table[ord(ch)] or "")
    return unicodedata.normalize("NFC", text)


@dataclass(slots=True)
class OcrRepair:
    """One repair of an OCR'd text's fixed label or number, in the source
    text (``repair_ocr``): the same length, so every offset stays put."""

    start: int
    end: int
    seen: str
    fixed: str
    code: str  # ocr-label-repaired | ocr-digit-repaired | ocr-number-joined


# a vowel's base letter (see patterns.OCR_VOWEL_FAMILIES)
_VOWEL_BASE = {ch: fam[0] for fam in P.OCR_VOWEL_FAMILIES for ch in fam}
# the letters an OCR'd scan reads digits as: "l"/"I" for 1, "O" for 0 (not
# "o", a letter of words: "9o" is no number)
_DIGIT_LOOKALIKES = str.maketrans("lIO", "110")
_DIGITISH = frozenset("0123456789lIO")
# the digit pass's gate, over the text's UTF-8 bytes (one C pass, 6x faster
# than a search): a digit to "0", a look-alike letter to "l", any other byte
# to " "; a look-alike beside a digit leaves "0l" or "l0"
_DIGIT_GATE = bytes([0x30 if 0x30 <= b <= 0x39 else 0x6C if b in b"lIO" else 0x20 for b in range(256)])
# the split number's gate, over the same bytes: a digit or a look-alike (the
# digit pass may make it one) to "0", a space and "/" kept, any other byte to
# "x"; "5 12/" leaves "0 00/"
_NUMBER_GATE = bytes([0x30 if 0x30 <= b <= 0x39 or b in b"lIO" else b if b in b" /" else 0x78 for b in range(256)])


def _vowel_fold(word: str) -> str:
    return "".join([_VOWEL_BASE.get(c, c) for c in word.lower()])


@functools.cache
def _ocr_vocabulary() -> tuple[dict[str, list[str]], frozenset[str]]:
    """The fixed labels (data/ocr_labels.json, doc_types.json's names) by
    their vowels' base letters, and every spelling of them that is right."""
    from .tables import doc_types, load

    data = load("ocr_labels.json")
    labels = [*data["lines"], *data["starts"], *data["cited"], *data["date"]]
    labels += [n for t in doc_types().values() for n in t.names]
    by_fold: dict[str, list[str]] = {}
    right: set[str] = set()
    for label in labels:
        by_fold.setdefault(" ".join(_vowel_fold(w) for w in label.split()), []).append(label)
        right.update((label, label.upper(), label.lower(), label[:1].upper() + label[1:].lower()))
    # a word of its own with a label's letters ("Sở", "Sổ" for "Số") is read
    # as written, in any case
    for word in data["words"]:
        right.update((word, word.upper(), word.lower(), word[:1].upper() + word[1:].lower()))
    return by_fold, frozenset(right)


def _label_fix(seen: str) -> str | None:
    """The label ``seen`` is, with one vowel a word wrongly accented, in
    ``seen``'s case and spacing; None if it is right, or no label."""
    by_fold, right = _ocr_vocabulary()
    if seen in right:
        return None
    words = seen.split()
    best: str | None = None
    best_diffs = 0
    for label in by_fold.get(" ".join(_vowel_fold(w) for w in words), ()):
        fixed = []
        diffs = 0
        for w, c in zip(words, label.split(), strict=False):
            n = sum(1 for a, b in zip(w.lower(), c.lower(), strict=False) if a != b)
            if n > 1 or len(w) != len(c):
                diffs = -1
                break
            diffs += n
            fixed.append("".join([b.upper() if a.isupper() else b.lower() for a, b in zip(w, c, strict=False)]))
        if diffs == 0:
            return None  # (a right spelling in a case of its own)
        if diffs > 0 and (best is None or diffs < best_diffs):
            best, best_diffs = _respaced(seen, fixed), diffs
    return best


def _respaced(seen: str, words: list[str]) -> str:
    """``words`` put where ``seen``'s words stand (its spaces kept)."""
    out = []
    k = 0
    n = len(seen)
    while k < n:
        if seen[k].isspace():
            out.append(seen[k])
            k += 1
            continue
        e = k
        while e < n and not seen[e].isspace():
            e += 1
        out.append(words.pop(0) if words else seen[k:e])
        k = e
    return "".join(out)


def _digit_token(text: str, at: int) -> tuple[int, int]:
    """The run of digits and look-alike letters around ``at``."""
    s = at
    while s > 0 and text[s - 1] in _DIGITISH:
        s -= 1
    e = at
    while e < len(text) and text[e] in _DIGITISH:
        e += 1
    return s, e


def repair_ocr(source: str) -> tuple[str, list[OcrRepair]]:
    """Read an OCR'd scan's fixed labels and numbers: a label of the
    document's skeleton with one wrongly accented vowel a word ("Sô:",
    "QUYÊT ĐINH", "nãm", "TÔ CHỨC THỰC HIÊN", "Chù trì") where its slot
    expects it; "l"/"I" and "O" for 1 and 0 where the slot must be digits
    ("5l2/QĐ-UBND", "ngày l8", "3l/12/2026", "9O%"); a number's digits split
    by a space after its "số" ("5 12/QĐ-UBND"). Each repair keeps the text's
    length and is returned to be reported; free text is left as it is."""
    edits: list[OcrRepair] = []
    # (the line patterns run from each line's "\n": one before the text,
    # whose offsets are then one more than the source's)
    lines = "\n" + source
    for m in P.OCR_LINE_LABEL.finditer(lines):
        _add_label(edits, source, m.start("label") - 1, m.end("label") - 1)
    for m in P.OCR_START_LABEL.finditer(lines):
        _add_label(edits, source, m.start("label") - 1, m.end("label") - 1)
        c = P.OCR_CITED_TYPE.match(source, m.start())
        if c:
            _add_label(edits, source, c.start("label"), c.end("label"))
    frame = P.OCR_DATE_FRAME_TAB if "\t" in source else P.OCR_DATE_FRAME
    for m in frame.finditer(source):
        d = _date_day(source, m.start("m"))
        if d < 0 or (d and source[d - 1].isalnum()):
            continue
        _add_label(edits, source, d, d + 4)
        for g in ("m", "y"):
            _add_label(edits, source, m.start(g), m.end(g))
    text = _apply(source, edits)
    digits: list[OcrRepair] = []
    data = text.encode("utf-8", "surrogatepass")
    gate = data.translate(_DIGIT_GATE)
    if b"0l" in gate or b"l0" in gate:
        seen_at = -1
        for m in P.OCR_DIGIT_LETTER.finditer(text):
            s, e = _digit_token(text, m.start())
            if s <= seen_at:
                continue
            seen_at = s
            tok = text[s:e]
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()) or len(tok) > 6:
                continue
            if P.OCR_NUMBER_BEFORE.search(text[max(0, s - 8) : s]) or P.OCR_NUMBER_AFTER.match(text, e):
                digits.append(OcrRepair(s, e, tok, tok.translate(_DIGIT_LOOKALIKES), "ocr-digit-repaired"))
        text = _apply(text, digits)
    gate = data.translate(_NUMBER_GATE)
    if b"0 0/" in gate or b"0 00/" in gate or b"0 000/" in gate:
        joined = []
        for m in P.OCR_SPLIT_NUMBER.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            s, e = m.start("a"), m.end("b")
            joined.append(OcrRepair(s, e, text[s:e], " " + m["a"] + m["b"], "ocr-number-joined"))
        text = _apply(text, joined)
        digits += joined
    return text, edits + digits


def _date_day(text: str, month: int) -> int:
    """Where the "ngày D " before a date's month word (``month``) starts:
    "ngày", spaces, one or two digits (maybe OCR'd), spaces; -1 if none."""
    k = month
    while k and text[k - 1] in " \t":
        k -= 1
    j = k
    while j and text[j - 1] in _DIGITISH:
        j -= 1
    if k == month or not 1 <= k - j <= 2:
        return -1
    d = j
    while d and text[d - 1] in " \t":
        d -= 1
    if d == j or d < 4 or not P.OCR_DATE_DAY.fullmatch(text, d - 4, d):
        return -1
    return d - 4


def _add_label(edits: list[OcrRepair], text: str, start: int, end: int) -> None:
    seen = text[start:end]
    fixed = _label_fix(seen)
    if fixed is not None and len(fixed) == len(seen):
        edits.append(OcrRepair(start, end, seen, fixed, "ocr-label-repaired"))


def _apply(text: str, edits: list[OcrRepair]) -> str:
    if not edits:
        return text
    edits.sort(key=_start_of)
    out = []
    kept = []
    k = 0
    for r in edits:
        if r.start < k:
            continue  # (one label read by two slots: once)
        kept.append(r)
        out.append(text[k : r.start])
        out.append(r.fixed)
        k = r.end
    out.append(text[k:])
    edits[:] = kept
    return "".join(out)


def _start_of(r: OcrRepair) -> int:
    return r.start


@dataclass(slots=True)
class Piece:
    """A run of source characters kept in a cleaned line."""

    src_start: int
    src_end: int


@dataclass(slots=True)
class PhysLine:
    """One cleaned physical line (or one table cell of a physical line)."""

    text: str
    line: int  # 1-based line number in the source
    pieces: list[Piece]
    is_cell: bool = False
    cell_index: int = 0
    blank_before: bool = False  # a blank (or residue-only) line came before it
    # a cell of a line whose columns a run of spaces keeps apart (a PDF's
    # footer: "- Như trên;      KT. CHỦ TỊCH"), not bars
    spaced: bool = False
    # the first line of a page, after the page's furniture (its number, its
    # running header): the blank before it is no paragraph's end
    page_top: bool = False
    # a cell of a table row a word processor saved as text, its cells a tab
    # apart (see _tab_table_header), not bars
    tabbed: bool = False

    @property
    def src_start(self) -> int:
        return self.pieces[0].src_start

    @property
    def src_end(self) -> int:
        return self.pieces[-1].src_end


@dataclass(slots=True)
class LogicalLine:
    """A paragraph-like line: physical lines joined where the text runs on."""

    text: str
    start: int  # offset in CleanText.text
    end: int
    phys: list[PhysLine] = field(default_factory=list)
    # source offsets of its first and last character, kept as fields: the
    # later stages ask for them hundreds of times per document
    src_start: int = 0
    src_end: int = 0

    @property
    def line(self) -> int:
        return self.phys[0].line

    @property
    def end_line(self) -> int:
        return self.phys[-1].line


class CleanText:
    """The cleaned text of a document with a map back to the source text."""

    def __init__(
        self, source: str, phys: list[PhysLine], file: str | None = None, tabs: list[int] | None = None
    ) -> None:
        self.source = source
        self.file = file
        # where the source held a tab (a space in ``source``): a column break
        # in a header's or a signature's line (see segment._column_chunks)
        self.tabs: list[int] = tabs or []
        self.phys = phys
        # where a tab-separated table's cells begin (source offsets, in order;
        # see physical_lines): a table as a "| a | b |" row's bars make one
        self.tab_cells: list[int] = [pl.src_start for pl in phys if pl.tabbed] if tabs else []
        # the extract stage's readings of the text's pieces, kept with it (a
        # compiled class takes no weak reference, nor attributes not declared)
        self.deadlines_read: dict[tuple[object, ...], list[Deadline]] = {}
        # line i starts after the i lines before it and their i newlines
        # (summed in C: no bytecode per line)
        line_spans = map(add, map(len, source.split("\n")[:-1]), repeat(1))
        self._line_starts = list(accumulate(line_spans, initial=0))
        # A physical line's place in the cleaned text does not hang on how the
        # lines group: one character (a space inside a logical line, a newline
        # between two) follows each. So the places, and the offset map of
        # lines of one piece each (all of them but a markdown line's), are
        # read off the lines' lengths in passes at C speed, not line by line.
        texts = [pl.text for pl in phys]
        starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
        pieces = [pl.pieces for pl in phys]
        # offset map: parallel arrays of (clean_start, src_start, length)
        self._clean_starts: list[int] = []
        self._src_starts: list[int] = []
        self._lengths: list[int] = []
        one_piece = set(map(len, pieces)) <= {1}
        whole = [pcs[0] for pcs in pieces] if one_piece else []
        lengths = [pc.src_end - pc.src_start for pc in whole]
        if one_piece and (not lengths or min(lengths) > 0):
            self._clean_starts = starts[:-1]
            self._src_starts = [pc.src_start for pc in whole]
            self._lengths = lengths
        else:
            for piece_pos, pcs in zip(starts, pieces, strict=False):  # (one start more: the end)
                for pc in pcs:
                    n = pc.src_end - pc.src_start
                    if n > 0:
                        self._clean_starts.append(piece_pos)
                        self._src_starts.append(pc.src_start)
                        self._lengths.append(n)
                        piece_pos += n
        self.lines: list[LogicalLine] = []
        parts: list[str] = []
        add_line = self.lines.append  # (bound once: runs once per logical line)
        end = 0  # index of the physical line after the group
        for group in _group_logical(phys):
            first = end
            end += len(group)
            text = group[0].text if len(group) == 1 else " ".join(texts[first:end])
            add_line(
                LogicalLine(
                    text,
                    starts[first],
                    starts[end] - 1,  # (less the character after its last line)
                    group,
                    group[0].pieces[0].src_start,
                    group[-1].pieces[-1].src_end,
                )
            )
            parts.append(text)
        self.text = "\n".join(parts)
        # the text lowered, made when first asked for (see ``lower_slice``)
        self._lowered: str | None = None
        self._sliceable = False

    # -- lowered pieces ----------------------------------------------------
    def lower_slice(self, start: int, end: int) -> str:
        """``self.text[start:end].lower()``, a slice of the text lowered once:
        the stages lower the same pieces again and again, at tens of
        instructions a character. Where lowering is no map of one character
        to one (İ lowers to two, Σ to σ or ς by the letters around it), the
        piece is lowered itself."""
        low = self._lowered
        if low is None:
            low = self._lowered = self.text.lower()
            self._sliceable = len(low) == len(self.text) and "Σ" not in self.text
        if self._sliceable:
            return low[start:end]
        # (str.lower itself: a compiled build's own lowering of a str knows
        # no final sigma, "ΣΑΣ" → "σασ", where str.lower gives "σας")
        return lowered(self.text[start:end])

    # -- tables ------------------------------------------------------------
    def has_cells(self) -> bool:
        """Does the text hold a table's cells: a "| a | b |" row's bars, or a
        row whose cells a tab keeps apart?"""
        return bool(self.tab_cells) or "|" in self.source

    def cells_in(self, start: int, end: int) -> bool:
        """Does the source from ``start`` to ``end`` hold a table's cells (a
        bar, or a tab-separated row's cell)?"""
        if self.source.find("|", start, end) >= 0:
            return True
        if not self.tab_cells:
            return False
        i = bisect.bisect_left(self.tab_cells, start)
        return i < len(self.tab_cells) and self.tab_cells[i] < end

    # -- mapping -----------------------------------------------------------
    def to_source(self, offset: int, *, end: bool = False) -> int:
        """Source offset of a cleaned-text offset (``end=True`` for exclusive ends)."""
        if not self._clean_starts:
            return 0
        probe = offset - 1 if end and offset > 0 else offset
        i = bisect.bisect_right(self._clean_starts, probe) - 1
        if i < 0:
            return self._src_starts[0]
        rel = probe - self._clean_starts[i]
        if rel >= self._lengths[i]:  # in a joining gap: snap to the piece edge
            rel = self._lengths[i] - 1 if end else self._lengths[i]
            if not end and i + 1 < len(self._src_starts):
                return self._src_starts[i + 1]
        return self._src_starts[i] + rel + (1 if end else 0)

    def to_clean(self, src_offset: int) -> int:
        """Cleaned-text offset of a source offset (the next kept character's,
        for one the cleaning dropped). The pieces keep the source's order."""
        i = bisect.bisect_right(self._src_starts, src_offset) - 1
        if i < 0:
            return 0
        rel = src_offset - self._src_starts[i]
        return self._clean_starts[i] + min(rel, self._lengths[i])

    def line_of_source(self, src_offset: int) -> int:
        return bisect.bisect_right(self._line_starts, src_offset)

    def source_span(self, src_start: int, src_end: int) -> Span:
        # (line_of_source's bisections, inlined: every span of a parse comes here)
        line_starts = self._line_starts
        return known_span(
            self.file,
            bisect.bisect_right(line_starts, src_start),
            bisect.bisect_right(line_starts, src_end - 1 if src_end > src_start else src_start),
            src_start,
            src_end,
        )

    def span(self, start: int, end: int) -> Span:
        """Span of the cleaned-text slice ``text[start:end]``."""
        s = self.to_source(start)
        e = max(s, self.to_source(end, end=True))
        return self.source_span(s, e)

    def line_span(self, line: LogicalLine) -> Span:
        return self.source_span(line.src_start, line.src_end)

    def column_of_source(self, src_offset: int) -> int:
        """1-based column of a source offset."""
        return src_offset - self._line_starts[self.line_of_source(src_offset) - 1] + 1


# ---------------------------------------------------------------------------
# physical lines
# ---------------------------------------------------------------------------


# The ends of a line TRAILING_RULE may cut (a rule after its words).
_RULE_ENDS = ("--", "––", "——", "__", "==", "**")


def _strip_pieces(text: str, base: int) -> tuple[str, list[Piece]]:
    """Remove markdown emphasis and outer whitespace; return text and source pieces."""
    if "**" not in text and "__" not in text and not text.endswith(_RULE_ENDS):
        # the common case: nothing to remove inside the line
        stripped = text.strip()
        if not stripped:
            return "", []
        lead = 0 if stripped[0] == text[0] else len(text) - len(text.lstrip())
        return stripped, [Piece(base + lead, base + lead + len(stripped))]
    pieces: list[Piece] = []
    out: list[str] = []
    last = 0
    for m in P.MARKDOWN_EMPHASIS.finditer(text):
        if m.start() > last:
            pieces.append(Piece(base + last, base + m.start()))
            out.append(text[last : m.start()])
        last = m.end()
    if last < len(text):
        pieces.append(Piece(base + last, base + len(text)))
        out.append(text[last:])
    joined = "".join(out)
    rule = P.TRAILING_RULE.search(joined)
    if rule and rule.start() > 0:
        cut = len(joined) - rule.start()
        joined = joined[: rule.start()]
        pieces = _trim_pieces(pieces, 0, cut)
    # collapse runs of spaces inside the line would break the 1:1 piece map;
    # only trim the ends, and trim the pieces to match.
    lead = len(joined) - len(joined.lstrip())
    trail = len(joined) - len(joined.rstrip())
    joined = joined.strip()
    pieces = _trim_pieces(pieces, lead, trail)
    return joined, pieces


def _trim_pieces(pieces: list[Piece], lead: int, trail: int) -> list[Piece]:
    while lead and pieces:
        n = pieces[0].src_end - pieces[0].src_start
        if n <= lead:
            lead -= n
            pieces.pop(0)
        else:
            pieces[0] = Piece(pieces[0].src_start + lead, pieces[0].src_end)
            lead = 0
    while trail and pieces:
        n = pieces[-1].src_end - pieces[-1].src_start
        if n <= trail:
            trail -= n
            pieces.pop()
        else:
            pieces[-1] = Piece(pieces[-1].src_start, pieces[-1].src_end - trail)
            trail = 0
    return pieces


_FURNITURE_INITIALS = frozenset("CVKNTEPS")
# The marks RESIDUE_LINE's lines are made of (with spaces).
_RESIDUE_MARKS = "|_=*~-–—."


def _is_furniture(text: str) -> bool:
    """``P.SIGNATURE_EMAIL`` or ``P.FURNITURE_LINE`` matches a stripped line,
    tried only on a line that opens and ends as one of them can."""
    if "@" in text and P.SIGNATURE_EMAIL.match(text):
        return True
    # furniture starts with residue's marks or one of the words its patterns
    # name (CÔNG BÁO, VĂN BẢN, Ký bởi, Người ký, Thời gian, Email, Page/Trang,
    # Cơ quan, Chức vụ); a numbered item ("1. ...") is neither (lone page
    # numbers are tested apart)
    first = text[0]
    if first.isalpha():
        if first.upper() not in _FURNITURE_INITIALS:
            return False
        last = text[-1]
        if not (":" in text or last.isdigit() or last.isspace() or text.startswith(("VĂN", "PHẦN"))):
            # furniture of words has a stamp's field ("Ký bởi: …"), ends with
            # a number (a page's, a running header's date) or is a banner
            return False
    elif first in _RESIDUE_MARKS:
        # residue alone ("-----", "| |"), else the marks open words: a bullet
        rest = text.lstrip(_RESIDUE_MARKS + " ")
        if not rest:
            return True
        if not rest[0].isspace():
            return False
    elif not first.isspace():
        return False  # a digit, a quote, a bracket
    return P.FURNITURE_LINE.match(text) is not None


# The words of the lines only a portal's page prints after the document (see
# P.PORTAL_PAGE_TRAILER): a text holding none (most) is not scanned, unless a
# portal's record over it ("Số ký hiệu", "Trích yếu" …) marks a page whose
# related list ("Văn bản liên quan") may be cut too.
_PORTAL_PAGE_WORDS = ("Chia sẻ", "CHIA SẺ", "truy cập", "Bản quyền", "BẢN QUYỀN", "ượt xem")
_PORTAL_RECORD_WORDS = ("ký hiệu", "Trích yếu", "Trang chủ", "TRANG CHỦ")
# Each word with a letter of it that a text mostly lacks ("" for none: their
# other letters are in nearly every text): a search for one character runs at
# memchr's speed, a word's search scans the whole text (~10 µs a 25 KB text)
_PORTAL_PAGE_GATED = tuple(
    (next((c for c in w if c in "ẻẺỀ"), ""), w) for w in _PORTAL_PAGE_WORDS
)
# How many lines a portal's trailing blocks take at most (share bar, a list of
# related documents, copyright, address, counters), and how far down its
# record over the text stands.
_PORTAL_TAIL_LINES = 40
PORTAL_RECORD_LINES = 30


def _portal_tail(source: str, raw_lines: list[str]) -> int:
    """Where a page saved from a government portal stops being the document:
    at the first of the page's trailing blocks among its last lines. Under
    the portal's record of it ("Số ký hiệu", "Trích yếu" …), any of them
    (``P.PORTAL_TRAILER``: "Văn bản liên quan", "Tải về", "Chia sẻ: Facebook
    | Zalo" …); else, after the document's signature block ("Nơi nhận:"),
    only a line no document prints (``P.PORTAL_PAGE_TRAILER``: "Chia sẻ:",
    "Lượt xem:", "Đang truy cập: 37" …), since an appendix may have a
    "Văn bản liên quan" column. Past an appendix heading among those lines,
    only such a line: a list heading there is the appendix's. The related
    list would read as citations, the bar and counters as tasks.
    ``len(raw_lines)`` when there is none."""
    n = len(raw_lines)
    page = any((not c or c in source) and w in source for c, w in _PORTAL_PAGE_GATED)
    if not page and not any(w in source for w in _PORTAL_RECORD_WORDS):
        return n
    # the page's record over the text: its last line (the trailer is below it),
    # above the signature block (a short text's appendix may be in reach)
    record_end = -1
    signed = source.find("Nơi nhận")
    top = PORTAL_RECORD_LINES if signed < 0 else min(PORTAL_RECORD_LINES, source.count("\n", 0, signed))
    for i, raw in enumerate(raw_lines[:top]):
        if P.PORTAL_RESIDUE.match(raw.strip()):
            record_end = i
    if record_end < 0 and not page:
        return n
    start, kept = n, 0
    while start > 0 and kept < _PORTAL_TAIL_LINES:
        start -= 1
        kept += bool(raw_lines[start].strip())
    if record_end < 0:
        # no record: only after the signature block
        at = max(source.rfind("Nơi nhận"), source.rfind("NƠI NHẬN"))
        if at < 0:
            return n
        start = max(start, source.count("\n", 0, at) + 1)
    trailer = P.PORTAL_TRAILER if record_end >= 0 else P.PORTAL_PAGE_TRAILER
    for i in range(max(start, record_end + 2), n):
        text = raw_lines[i].strip()
        if text[:1] == "P" and P.APPENDIX_HEADING.match(text):
            trailer = P.PORTAL_PAGE_TRAILER  # an appendix among the last lines: its lines are its own
        elif trailer.match(text):
            return i
    return n


def physical_lines(source: str, tabs: list[int] | None = None) -> list[PhysLine]:
    """Cleaned physical lines of a source text (furniture dropped, cells split);
    ``tabs``, where the source held a tab (see ``clean``)."""
    out: list[PhysLine] = []
    offset = 0
    blank = False
    raw_lines = source.split("\n")
    raw_lines = raw_lines[: _portal_tail(source, raw_lines)]
    footer_left = signature_col = 0  # lines left to a footer's end; its signature column
    lone: list[int] = []  # lone numbers kept inside running text (see _drop_page_numbers)
    tops: list[int] = []  # where a page begins, after its page number (see _drop_running_headers)
    mid: list[int] = []  # those of them inside a sentence
    n = len(raw_lines)
    # (no line holds the emphasis marks the text does not)
    # (each mark first alone: a search for one character runs at memchr's
    # speed, one for two is a scan of the text, ~20 µs a 25 KB text)
    emphasis = ("*" in source and "**" in source) or ("_" in source and "__" in source)
    in_tab_table = False  # under a tab-separated table's header row
    for lineno, raw in enumerate(raw_lines, 1):
        base = offset
        offset += len(raw) + 1
        if not raw:  # the commonest furniture of all
            blank = True
            continue
        if tabs:
            # a table saved from a word processor as text: a row a line, its
            # cells a tab apart, under a header row naming its columns
            at = tabs_within(tabs, base, base + len(raw))
            if len(at) >= _TAB_ROW_TABS and "|" not in raw:
                cells = _split_at_tabs(raw, base, at)
                if in_tab_table or _tab_table_header([c for c, _ in cells]):
                    in_tab_table = True
                    kept = 0
                    for ci, (ctext, cbase) in enumerate(cells):
                        text, pieces = _strip_pieces(ctext, cbase)
                        if not text or _is_furniture(text):
                            continue
                        out.append(PhysLine(text, lineno, pieces, True, ci, blank or kept == 0, tabbed=True))
                        kept += 1
                        blank = False
                    if not kept:
                        blank = True
                    continue
            in_tab_table = False
        if "|" in raw:
            # a table row, or a line of a row whose cells hold several lines
            # ("| Nơi nhận:" … "- Lưu: VT. | TM. CHÍNH PHỦ" … "Nguyễn Văn A |"):
            # either way the bars separate cells
            cells = _split_at_bars(raw, base)
            if P.TABLE_ROW.match(raw):
                cells = cells[1:-1]  # the row's own cells: nothing stands outside its bars
            elif raw.lstrip().startswith("|"):
                # a row cut before its closing bar ("| 4 | … | Sách được bổ sung;"
                # / "|   | quản lý thư viện | …"): its first cell is after its first bar
                cells = cells[1:]
            kept = 0
            for ci, (ctext, cbase) in enumerate(cells):
                text, pieces = _strip_pieces(ctext, cbase)
                if not text or _is_furniture(text):
                    continue
                out.append(
                    PhysLine(
                        text,
                        lineno,
                        pieces,
                        is_cell=True,
                        cell_index=ci,
                        blank_before=blank or kept == 0,
                    )
                )
                kept += 1
                blank = False
            if not kept:
                blank = True
            continue
        if emphasis or raw.endswith(_RULE_ENDS):
            text, pieces = _strip_pieces(raw, base)
        else:
            # _strip_pieces' common case, inline (it runs once per line)
            text = raw.strip()
            if not text:
                blank = True
                continue
            lead = 0 if text[0] == raw[0] else len(raw) - len(raw.lstrip())
            pieces = [Piece(base + lead, base + lead + len(text))]
        if not text or _is_furniture(text):
            if text and len(text) <= 20 and P.PAGE_OF_LINE.match(text):  # "Trang 3/4"
                tops.append(len(out))
            blank = True
            continue
        if text[:3] in ("Nơi", "NƠI") and P.RECIPIENTS.match(text):
            footer_left, signature_col = _FOOTER_LINES, 0
        if footer_left:
            # a footer printed in two columns (see _signature_column)
            footer_left -= 1
            gap = _signature_column(raw, tabs_within(tabs, base, base + len(raw)) if tabs else [])
            if gap is not None:
                signature_col = gap[1]
                for ci, (ctext, cbase) in enumerate(((raw[: gap[0]], base), (raw[gap[1] :], base + gap[1]))):
                    text, pieces = _strip_pieces(ctext, cbase)
                    out.append(PhysLine(text, lineno, pieces, True, ci, blank or ci == 0, True))
                blank = False
                continue
            lead = len(raw) - len(raw.lstrip())
            if not (
                text[0] in _ITEM_MARKS
                or text[0].islower()
                or (signature_col and 2 * lead >= signature_col)  # the signature column alone
                or P.RECIPIENTS.match(text)
            ):
                footer_left = 0  # the footer has ended
        # A lone page number between blank lines, or at the very start/end,
        # is page furniture; a lone number inside running text is kept unless
        # it counts the pages (see _drop_page_numbers).
        if len(text) <= 12:
            if _is_page_mark(text):  # "- 3 -", "Trang 3", "3/7"
                tops.append(len(out))
                blank = True
                continue
            if P.PAGE_NUMBER_LINE.match(text):  # "12"
                if _isolated(raw_lines, lineno - 1, n) and not _table_number(text, lineno, out, lone):
                    tops.append(len(out))
                    blank = True
                    continue
                if len(text) <= 3 and text.isascii() and text.isdigit():
                    lone.append(len(out))
                    if _mid_sentence(raw_lines, lineno - 1, n):
                        mid.append(len(out))
        out.append(PhysLine(text, lineno, pieces, False, 0, blank))  # positional args: runs once per line
        blank = False
    # the lines that open a page: after a page number dropped here or below
    top_ids = {id(out[i]) for i in tops if i < len(out)}
    if mid:  # page numbers inside a sentence, however few the pages counted
        cut = {id(out[i]) for i in mid}
        top_ids.update(id(out[i + 1]) for i in mid if i + 1 < len(out))
        remaining = _drop_page_numbers(out, lone, top_ids) if len(lone) >= 2 else out
        out = [pl for pl in remaining if id(pl) not in cut]
    elif len(lone) >= 2:
        out = _drop_page_numbers(out, lone, top_ids)
    if not top_ids:
        return out
    out = _drop_running_headers(out, top_ids)
    for pl in out:
        if id(pl) in top_ids:
            pl.page_top = True
    return out


def _is_page_mark(text: str) -> bool:
    m = P.PAGE_MARK_LINE.match(text)
    return m is not None and (m["n"] is None or 0 < int(m["n"]) <= int(m["of"]))


# A running header is a line or a few (the issuer's column and the motto,
# the text's short title), never a paragraph.
_RUNNING_HEADER_LINES = 3
_RUNNING_HEADER_MAX = 120
_RUNNING_HEADER_MIN = 12


def _drop_running_headers(lines: list[PhysLine], tops: set[int]) -> list[PhysLine]:
    """A PDF repeats a running header at the top of each page: the issuer's
    column and the motto, or the text's short title. It is no text: the
    same lines (up to three) opening half the pages or more (two at least),
    or one page and the text itself (two lines at least, as a header block
    is), are dropped from the pages they open. Not a longer block (a table's
    head repeated over its pages is the table's), and not from a page whose
    next line opens a document's header ("KẾ HOẠCH", "Số: …"): an attached
    text has its own."""
    starts = [i for i, pl in enumerate(lines) if id(pl) in tops]

    def key(i: int) -> str:
        return " ".join(lines[i].text.split())

    by_first: dict[str, list[int]] = {}
    for i in starts:
        text = lines[i].text
        if len(text) <= _RUNNING_HEADER_MAX and not lines[i].is_cell and not _opens_block(text):
            by_first.setdefault(key(i), []).append(i)
    drop: set[int] = set()
    for at in by_first.values():
        # how many lines the repeats share (the text's first lines for one repeat)
        if 2 * len(at) < len(starts):
            continue  # (a line that opens a few pages of many by chance: "Trong đó:")
        group = at if len(at) >= 2 else [0, *at]
        if group[0] == group[1] or key(group[0]) != key(group[1]):
            if len(at) == 1 and _repeats_heading(lines, at[0], starts[0]):
                drop.add(at[0])
                if at[0] + 1 < len(lines):
                    tops.add(id(lines[at[0] + 1]))
            continue
        size = 1
        while size <= _RUNNING_HEADER_LINES and all(
            i + size < len(lines)
            and len(lines[i + size].text) <= _RUNNING_HEADER_MAX
            and key(i + size) == key(group[0] + size)
            for i in group
        ):
            size += 1
        if (
            size > _RUNNING_HEADER_LINES
            or (len(at) < 2 and size < 2)
            or sum(len(lines[group[0] + k].text) for k in range(size)) < _RUNNING_HEADER_MIN
        ):
            continue
        for i in at:
            nxt = lines[i + size].text if i + size < len(lines) else ""
            if nxt[:1].islower():
                continue  # a block that runs on ("Tên" / "điểm …", a table's head) is not a header
            if nxt and (nxt[:2] in ("Số", "SỐ") or (len(nxt) <= 40 and _case_of(nxt) == "upper" and not _opens_block(nxt))):
                continue  # an attached text's own header
            drop.update(range(i, i + size))
            if i + size < len(lines):
                tops.add(id(lines[i + size]))  # the page's text begins below its header
    if not drop:
        return lines
    return [pl for k, pl in enumerate(lines) if k not in drop]


# The header lines a running header may repeat: the issuer's own, the title
# (the first lines of the text, its parent body's generic name aside).
_HEADING_LINES = 12
_HEADING_KEY_MIN = 12
_GENERIC_ISSUER_LINES = frozenset(["ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"])


def _repeats_heading(lines: list[PhysLine], i: int, first_top: int) -> bool:
    """A running header printed once (a text of two pages): a line alone
    between the page's number and its text, unfinished (no stop), that
    repeats a line of the text's heading: its issuer ("HUYỆN SƠN ĐỘNG") or
    its title ("Kế hoạch bảo vệ rừng năm 2024 - UBND huyện Sơn Động")."""
    line = lines[i]
    if not line.blank_before or i + 1 >= len(lines) or not lines[i + 1].blank_before or _ends_with_stop(line.text):
        return False
    text = " ".join(line.text.lower().split())
    for pl in lines[: min(first_top, _HEADING_LINES)]:
        head = " ".join(pl.text.lower().split())
        if (
            len(head) >= _HEADING_KEY_MIN
            and head != text
            and head not in _GENERIC_ISSUER_LINES
            and not head.startswith("số")
            and head in text
        ):
            return True
    return False


# How far below its "Nơi nhận:" a footer printed in two columns may run, and
# the marks a recipient's line opens with.
_FOOTER_LINES = 30
_ITEM_MARKS = frozenset("-–—+•*")


def tabs_within(tabs: list[int], start: int, end: int) -> list[int]:
    """The offsets in ``tabs`` (sorted) from ``start`` to ``end``, less ``start``."""
    lo = bisect.bisect_left(tabs, start)
    hi = bisect.bisect_left(tabs, end, lo)
    return [t - start for t in tabs[lo:hi]]


def _signature_column(raw: str, tabs: list[int]) -> tuple[int, int] | None:
    """The gutter ``(start, end)`` of a footer line that holds a recipient
    part and a signature part side by side, as a PDF's text prints its two
    columns ("- Như trên;          KT. CHỦ TỊCH") or a typist tabs them apart
    (``tabs``, where the line held one), or None. The left part
    opens the list ("Nơi nhận:"), an item (a dash) or an item's wrapped
    words (lower case); the right one an authority, a title, a name or
    "(Đã ký)"."""
    lead = len(raw) - len(raw.lstrip())
    m = P.COLUMN_GAP.search(raw, lead)
    gap = (m.start(), m.end()) if m is not None else None
    for t in tabs:
        if t > lead:
            if gap is None or t < gap[0]:
                gap = (len(raw[:t].rstrip()), len(raw) - len(raw[t:].lstrip()))
            break
    if gap is None or gap[1] >= len(raw):
        return None  # (spaces at the end of the line)
    left, right = raw[lead], raw[gap[1]]
    if not (right.isupper() or right == "("):
        return None
    if left in _ITEM_MARKS or left.islower() or P.RECIPIENTS.match(raw[lead:]):
        return gap
    return None


# Pages of a converted PDF run to tens of lines: page numbers inside running
# text are this far apart at least (table cells numbering rows are closer),
# and "2" closes the first page.
_PAGE_GAP = 20
_FIRST_PAGES = 80


def _drop_page_numbers(lines: list[PhysLine], lone: list[int], tops: set[int]) -> list[PhysLine]:
    """Page numbers left inside running text ("… tuân thủ" / "3" / "đúng theo
    …"): lone numbers that count the pages from the second (Nghị định
    30/2020/NĐ-CP numbers pages from the second), "2" at the end of the first
    page, then 3, 4 … in order, each at least a short page after the one
    before. A count from 1 is a table's rows, one cell per line: it stays."""
    run: list[int] = []
    for i in lone:
        pl = lines[i]
        value = int(pl.text)
        if not run:
            if value == 1:
                return lines  # a count from 1: a table's rows
            if value == 2 and _PAGE_GAP <= pl.line <= _FIRST_PAGES:
                run = [i]
        elif value == int(lines[run[-1]].text) + 1 and pl.line - lines[run[-1]].line >= _PAGE_GAP:
            run.append(i)
    if len(run) < 2:
        return lines
    dropped = set(run)
    tops.update(id(lines[i + 1]) for i in run if i + 1 < len(lines))
    return [pl for i, pl in enumerate(lines) if i not in dropped]


# Years a table's time cell holds alone ("2026"): no page is numbered so.
_CELL_YEARS = (1945, 2100)


def _table_number(text: str, lineno: int, out: list[PhysLine], lone: list[int]) -> bool:
    """Whether a lone number between blank lines is a cell of a table read
    a cell per line, not a page's number: a year ("2026" in a time column,
    after an empty cell's blank line), or the next row's number a few lines
    after the last row's ("1" … "2": a page is longer, see _PAGE_GAP)."""
    if not text.isdigit():
        return False
    if len(text) == 4:
        return _CELL_YEARS[0] <= int(text) <= _CELL_YEARS[1]
    if not lone:
        return False
    last = out[lone[-1]]
    return int(text) == int(last.text) + 1 and lineno - last.line < _PAGE_GAP


def _isolated(lines: list[str], idx: int, n: int) -> bool:
    """Between blank lines, at the very start or end, or between the text's
    closing mark ("…./.") and its footer ("Nơi nhận:"), where no item stands."""
    before = lines[idx - 1].strip() if idx > 0 else ""
    after = lines[idx + 1].strip() if idx + 1 < n else ""
    return (
        not before
        or not after
        or before.endswith("/.")
        or after.lstrip("|* ").lower().startswith(("nơi nhận", "nơi gửi"))
    )


def _mid_sentence(lines: list[str], idx: int, n: int) -> bool:
    """Between the two halves of a sentence a PDF's page break cut: "… Hội
    Liên" / "3" / "hiệp Phụ nữ …" (a word above, a lower-case word below)."""
    before = lines[idx - 1].strip() if idx > 0 else ""
    after = lines[idx + 1].strip() if idx + 1 < n else ""
    return (
        len(before) >= _PAGE_LINE_MIN  # a page's full last line, not a table cell's word
        and before[-1:].isalpha()
        and after[:1].islower()
        # (not a number the words around it take: "ngày" / "01" / "tháng 8")
        and before.rsplit(None, 1)[-1].lower() not in _TAKES_A_NUMBER
    )


# A page's last line before a PDF's page break runs across the page; words
# a number follows are not cut from it by one.
_PAGE_LINE_MIN = 40
_TAKES_A_NUMBER = frozenset(["ngày", "tháng", "năm", "số", "điều", "khoản", "điểm", "mục", "lần", "kỳ", "khóa", "khoá"])


# (a tab-separated table's header and rows hold three cells at least: two
# tabs; a header's two columns, "ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA …", one)
_TAB_ROW_TABS = 2
# (a header's cell names its column in a few words)
_TAB_HEADER_CELL_LONGEST = 60


def _tab_table_header(cells: list[str]) -> bool:
    """Whether a line's tab-separated ``cells`` are a table's header row: three
    cells at least, each a few words, two of them at least naming known
    columns (the row's number, "STT" / "TT"; its task, "Nội dung" /
    "Nhiệm vụ"; its lead, "Cơ quan chủ trì"; its partners, "Cơ quan phối
    hợp"; its time, "Thời gian"), the task's or the lead's among them."""
    texts = [c.strip() for c in cells]
    named = [t for t in texts if t]
    if len(named) < 3 or any(len(t) > _TAB_HEADER_CELL_LONGEST for t in named):
        return False
    kinds: set[str] = set()
    for t in named:
        if P.TASK_TABLE_NUMBER_HEADER.fullmatch(t):
            kinds.add("number")
        elif P.TABLE_LEAD_HEADER.search(t):
            kinds.add("lead")
        elif P.TABLE_SUPPORT_HEADER.search(t):
            kinds.add("support")
        elif P.TABLE_TIME_HEADER.search(t):
            kinds.add("time")
        elif P.TABLE_TASK_HEADER.search(t):
            kinds.add("task")
    return len(kinds) >= 2 and bool(kinds & {"task", "lead"})


def _split_at_tabs(raw: str, base: int, tabs: list[int]) -> list[tuple[str, int]]:
    """The pieces of a line between its tabs (``tabs``, offsets in the line,
    where ``clean`` left a space), the ends included."""
    cells: list[tuple[str, int]] = []
    pos = 0
    for t in tabs:
        cells.append((raw[pos:t], base + pos))
        pos = t + 1
    cells.append((raw[pos:], base + pos))
    return cells


def _split_at_bars(raw: str, base: int) -> list[tuple[str, int]]:
    """The pieces of a line between its bars, the ends included."""
    cells: list[tuple[str, int]] = []
    pos = 0
    while pos <= len(raw):
        nxt = raw.find("|", pos)
        if nxt < 0:
            nxt = len(raw)
        cells.append((raw[pos:nxt], base + pos))
        pos = nxt + 1
    return cells


# ---------------------------------------------------------------------------
# logical lines
# ---------------------------------------------------------------------------


def _case_of(text: str) -> str:
    """'upper' for an all-caps line, 'mixed' for ordinary text, '' when it has
    too few letters to tell (a bare number such as "160-KH/TU)," or "2030")."""
    plain = P.WORD_WITH_DIGIT.sub(" ", text) if P.ANY_DIGIT.search(text, 0, None, False) else text
    letters = 0
    for ch in plain:  # stops at the fourth letter: lines are long, the test is not
        if ch.isalpha():
            letters += 1
            if letters == 4:
                break
    else:
        return ""
    return "mixed" if P.HAS_LOWER.search(plain) else "upper"


def _wrap_width(phys: list[PhysLine]) -> int:
    """The width a hard-wrapped document was wrapped at (0 when it is not)."""
    # (each line but the last, with the next: one pass, no indexing)
    # (a page's last line runs on to the next page's text: no paragraph's end)
    lengths = sorted(
        len(pl.text) for pl, nxt in pairwise(phys) if (not nxt.blank_before or nxt.page_top) and not pl.is_cell
    )
    if len(lengths) < 8:
        return 0
    return lengths[int(len(lengths) * 0.8)]


# The last words ORGAN_NOUN_END can end with (a cheap test before it).
_ORGAN_NOUN_LAST_WORDS = frozenset(
    ["Bộ", "Sở", "Cục", "cục", "Vụ", "Viện", "Ban", "ban", "Phòng", "đồng", "tâm", "hành", "vụ"]
)


# TERMINAL_PUNCT read off a stripped line's end, with no pattern call (about
# 8x faster): a stop, then any closing quotes and brackets (the pattern's \s*
# takes nothing at a stripped line's end).
_STOPS = ".;:!?…"
_CLOSERS = "\"”’)]"


def _ends_with_stop(text: str) -> bool:
    """``P.TERMINAL_PUNCT.match(text)`` for a line stripped of spaces."""
    last = text.rstrip(_CLOSERS)[-1:]
    return last != "" and last in _STOPS


# What BLOCK_START can match, read off a line's first two characters: a
# bullet opens a block whatever follows it (its "\s?" may take nothing); a
# lower-case letter only as an item's letter ("a)", "đ.", "b )"), not a word.
_BULLETS = "-+•*–—"


def _opens_block(text: str) -> bool:
    """``P.BLOCK_START.match(text)`` for a line that is not empty."""
    first = text[0]
    if first in _BULLETS:
        return True
    if first.islower() and text[1:2] not in ")." and not text[1:2].isspace():
        return False
    return P.BLOCK_START.match(text) is not None


def _closes_open_bracket(a_text: str, b_text: str) -> bool:
    """A mark "0)", "m)", "12)" opening line ``b`` that closes the bracket line
    ``a`` left open: a wrapped phrase ("(Km" / "0)", "bên phải 900" / "m)",
    "đến Km" / "12)"), not an item's mark (an item opens no bracket before it)."""
    close = b_text.find(")", 1, 4)
    return (
        close > 0
        and b_text[:close].isalnum()
        and (close == 1 or b_text[:close].isdigit())  # (a mark's one letter or its digits)
        and a_text.rfind("(") > a_text.rfind(")")
        and a_text[-1] not in ":;"  # ("… gồm (theo thứ tự):" / "a) …": a list after all)
    )


# Words a line ends with when a number follows on the next ("… Nghị định số" /
# "56/2017/NĐ-CP", "… ngày" / "15/3/2026"), but also words of their own
# ("Phòng Chuyển đổi số", "báo cáo hằng năm").
_TAKES_NUMBER_AFTER = frozenset(["số", "ngày", "tháng", "năm"])


# The first letters of SENTENCE_ONLY_OPENING's words (a cheap test before it).
_SENTENCE_OPENING_INITIALS = frozenset("TVĐKNHBDQCP")


# A text hard-wrapped at a width has no line half again as long (lines of a
# PDF's proportional font vary less); nor does a line cut before a short
# word come out much shorter than the next.
_LONGEST_WRAPPED = 1.5
_LONGER_THAN_CUT = 1.4


# A body's name ending in its unit's word is whole ("… Đài Phát thanh và
# Truyền hình tỉnh"): a capitalised task verb on the next line opens the
# item's text ("Tuyên truyền, quảng bá …"), however full the line.
_UNIT_LAST_WORDS = frozenset(["tỉnh", "huyện", "xã", "phường", "quận"])


def _heading_then_task(a_text: str, b_text: str) -> bool:
    """An item's heading (numbered, not a bullet) and a line opening with a
    task's verb: "9. Báo Quảng Trị" / "Xây dựng kế hoạch …"."""
    return (
        a_text[:1] not in _BULLETS
        and b_text[:1] in P.LEADING_TASK_VERB_INITIALS
        and _opens_block(a_text)
        and P.LEADING_TASK_VERB.match(b_text) is not None
    )


def _heading_then_body(a_text: str, b_text: str) -> bool:
    """An item's heading (numbered, not a bullet, assigning nothing) and a line
    opening with bodies in their role: "1. Hội nhập … trong lĩnh vực tài chính"
    / "Sở Công Thương, Sở Ngoại vụ theo chức năng …"."""
    return (
        a_text[:1] not in _BULLETS
        and b_text[:1].isupper()
        and _opens_block(a_text)
        and P.BODY_ROLE_LINE.match(b_text) is not None
        and P.ASSIGNS_ABOVE.search(a_text) is None
    )


def _joins(a: PhysLine, b: PhysLine, width: int, cases: dict[int, str]) -> bool:
    """Does line ``b`` continue the sentence of line ``a``?

    ``cases`` memoizes ``_case_of`` by line (each line is ``b`` once, then ``a``).
    """
    if a.is_cell or b.is_cell:
        return False
    a_text, b_text = a.text, b.text
    if (
        a_text[-1].isdigit()  # lines are stripped: a year must be the last character
        and P.YEAR_RANGE_SPLIT.match(a_text)
        and P.YEAR_RANGE_REST.match(b_text)
    ):
        return True  # "giai đoạn 2023" / "- 2030 và ...": one range, not a bullet
    if b_text[0].isalnum() and ")" in b_text[1:4] and _closes_open_bracket(a_text, b_text):
        return True  # "… cầu biên giới (Km" / "0) tính theo …": no item "0)"
    # (a marker is a few characters: the length test spares most lines the pattern)
    if len(a_text) <= P.MARKER_MAX_LEN and P.MARKER_ONLY.match(a_text):
        return not _opens_block(b_text)  # "7." / "Xây dựng Nghị quyết …"
    if len(b_text) <= P.MARKER_MAX_LEN and P.MARKER_ONLY.match(b_text):
        return False
    full = width >= 40 and len(a_text) >= 0.85 * width
    if (
        full
        and not b.blank_before
        and b_text[:1] in "-–"  # (what DASH_ONLY_START opens with)
        and P.DASH_ONLY_START.match(b_text)
        and not _ends_with_stop(a_text)
        and P.HYPHENATED_NAME_HEAD.search(a_text)
    ):
        # a full line cut at the hyphen of "Lao động - Thương binh": the dash
        # belongs to the name; after other words it opens a bullet
        return True
    if _opens_block(b_text):
        # "… quy định tại" / "Điều 17 Thông tư …": a reference, not an article
        return (
            not b.blank_before
            and P.WRAPPED_REFERENCE.match(b_text) is not None
            and (
                P.CONTINUATION_END.match(a_text) is not None
                or P.PROVISION_END.match(a_text) is not None
            )
        )
    # (STARTS_LOWER, read off the first two characters)
    b_lower = b_text[:1] in P.LOWER_LETTERS or (b_text[:1] in "\"“(" and b_text[1:2] in P.LOWER_LETTERS)
    if (
        a_text[-1] == ":"
        and not b.blank_before
        and P.CONTACT_VALUE.match(b_text)
        and P.CONTACT_COLON.search(a_text, max(0, len(a_text) - 40))
    ):
        return True  # "… qua địa chỉ thư điện tử:" / "abc@…": the address, no list
    if _ends_with_stop(a_text):
        # a lowercase line after ";" or "," goes on with the same item
        return b_lower and a_text[-1] in ";,"
    if b.blank_before and not (
        b.page_top
        and width >= 40
        and len(a_text) >= 0.85 * width
        and (len(b_text) >= 0.85 * width or _ends_with_stop(b_text))
    ):
        # across a blank line, only a sentence that visibly runs on is joined;
        # across a page's furniture, a sentence left unfinished (no stop) on
        # the page's full last line reads on as across a line's end ("… ;
        # Chủ tịch" / "UBND xã …") into running text, not a table's cell nor
        # a heading ("Phụ lục II: …")
        return b_lower
    if b_lower:
        return True
    if b_text[0].isdigit() and P.DOC_NUMBER_START.match(b_text) and P.DOC_TYPE_END.search(a_text):
        return True  # "… hướng dẫn Nghị định" / "06/2021/NĐ-CP …": the document's number
    if (
        P.NAME_REST_START.match(b_text)
        and not P.AGENCY_HEAD_WORD.match(b_text)  # ("Kính gửi: Công ty A" / "Sở X nhận được …")
        and not a_text.startswith(("Kính gửi", "Kính trình"))
        and P.ENTERPRISE_NAME_END.search(a_text)
    ):
        return True  # "… Công ty Cổ phần Công nghiệp" / "Khánh An nghiêm túc …": one name
    if (
        b_text[0] in _SENTENCE_OPENING_INITIALS
        and P.SENTENCE_ONLY_OPENING.match(b_text)
        and _opens_block(a_text)
        and not P.DOC_TYPE_END.search(a_text)
        and a_text[a_text.rfind(" ") + 1 :] not in _ORGAN_NOUN_LAST_WORDS
    ):
        # "3. Phương hướng … và thời gian tới" / "Thời gian tới, dự báo …": a
        # heading, then its text (not "… của Luật" / "Việc làm …", a name)
        return False
    case_a = cases.get(id(a))
    if case_a is None:
        case_a = cases[id(a)] = _case_of(a_text)
    case_b = cases[id(b)] = _case_of(b_text)
    if case_a and case_b and case_a != case_b:
        return False
    if P.CONTINUATION_END.match(a_text, 0, None, False) and not (
        # an item's heading ending in such a word, a capital after it: "1. Phòng
        # Chuyển đổi số" / "Là đầu mối …" (not "… Nghị định số" / "56/2017/…")
        b_text[:1].isupper()
        and a_text[a_text.rfind(" ") + 1 :].lower() in _TAKES_NUMBER_AFTER
        and a_text[:1] not in "-+•*–—"
        and _opens_block(a_text)
    ) and not (
        # a class of bodies "trực thuộc" (directly under the issuer: no word
        # owed after it) heading its item, the item's task on the next line:
        # "1. Các chi bộ trực thuộc" / "Tổ chức quán triệt …" (not "… trực
        # thuộc" / "Bộ Y tế …", the body it is under)
        a_text.endswith(("trực thuộc", "Trực thuộc", "TRỰC THUỘC"))
        and _heading_then_task(a_text, b_text)
    ):
        return True
    if (
        a_text[:4] in ("Điều", "ĐIỀU")
        and not a_text[a_text.rfind(" ") + 1 :][:1].isupper()  # (a name may go on: "… Việt" / "Nam")
        and P.ARTICLE_HEADING_LINE.match(a_text)
    ):
        return False  # "Điều 9. Trách nhiệm của Bộ Tài chính" / "Chỉ đạo …": its text begins
    if (
        b_text[0].isupper()
        and a_text[a_text.rfind(" ") + 1 :] in _ORGAN_NOUN_LAST_WORDS
        and P.ORGAN_NOUN_END.match(a_text)
        and not (
            # an item's heading no wrap cut ends its line: "9. Các trường trực
            # thuộc Bộ" / "Xây dựng kế hoạch …" is its task, not "Bộ Xây dựng"
            (
                (width >= 40 and (len(a_text) < 0.85 * width or len(b_text) > _LONGEST_WRAPPED * width))
                or len(b_text) > _LONGER_THAN_CUT * len(a_text)
            )
            and _heading_then_task(a_text, b_text)
        )
    ):
        return True  # "… của Bộ" / "Xây dựng …": the body's name
    if not width or width < 40:
        return False
    if _opens_block(a_text) and (
        len(b_text) > _LONGEST_WRAPPED * width
        or (len(b_text) > _LONGER_THAN_CUT * len(a_text) and _heading_then_task(a_text, b_text))
        # ("Tuyên truyền, quảng bá …": the verb before a comma too)
        or (a_text[a_text.rfind(" ") + 1 :] in _UNIT_LAST_WORDS and _heading_then_task(a_text, b_text.replace(",", " ", 1)))
        # a capitalised verb opens the item's own sentence, however long the
        # heading ("6. Đề nghị … huyện" / "Vận động đoàn viên …."), unless that
        # line is no sentence: short of the width, no stop (a cut heading's rest)
        or (
            (len(b_text) >= 0.85 * width or _ends_with_stop(b_text))
            and _heading_then_task(a_text, b_text.replace(",", " ", 1))
        )
        # "2. Rà soát văn bản … Luật Đường sắt" / "Vụ Pháp chế chủ trì, …"
        or _heading_then_body(a_text, b_text)
    ):
        # the heading ("9. Đài Phát thanh …, Báo Quảng Trị") ends its line,
        # however full, and the item's text follows ("Tăng thời lượng …")
        return False
    if P.BULLET_START.match(a_text) and len(a_text) >= 0.5 * width:
        # a bullet of a hard-wrapped text is a sentence: it ends with punctuation
        return True
    if (
        not full
        and len(a_text) >= _INDENTED_FULL * width
        and len(b_text) < _HEADING_REST_LONGEST * width
        and a_text[:1] not in _BULLETS
        and not _ends_with_stop(b_text)
        and _opens_block(a_text)
        and not _heading_then_task(a_text, b_text)
        and not _heading_then_body(a_text, b_text)
    ):
        # an item's heading carries its paragraph's first-line indent, so its
        # line is full short of the width; the few words after it, no
        # sentence (no stop, no task's verb, no body in its role), are its
        # rest: "2. Bệnh viện Đa khoa tỉnh, Bệnh viện Hữu nghị … - Cu Ba" /
        # "Đồng Hới", then the item's text
        return True
    return full


# (a line the first-line indent took some words' room from; the rest of a
# heading cut there is a few words)
_INDENTED_FULL = 0.75
_HEADING_REST_LONGEST = 0.4


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(label: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(label.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


# The words a Roman numeral follows as a number, not as a part's label: a
# Party term or congress, a century ("(khóa" / "XXI) về …", "thế kỷ" / "XXI. …").
_ROMAN_TAKERS = frozenset(["khóa", "khoá", "(khóa", "(khoá"])
_ROMAN_TAKERS_2 = frozenset(["đại hội", "thế kỷ", "thế kỉ", "lần thứ"])


def _roman_runs_on(a: PhysLine, b: PhysLine, m: regex.Match[str], last_roman: int) -> bool:
    """A line opening with a Roman numeral ("XXI) về …") goes on with the
    sentence the line above leaves unfinished (no final stop, no blank line
    between) when that line ends with a word the numeral numbers ("khóa",
    "Đại hội", "thế kỷ"), leaves open the bracket the numeral's ")" closes,
    or when the numeral is not the next of the text's Roman parts (I, II, …)
    and lower-case words follow it: a part's heading does neither. (``m`` is
    SECTION_ROMAN's match of ``b``.)"""
    if a.is_cell or b.is_cell or (b.blank_before and not b.page_top) or _ends_with_stop(a.text):
        return False
    value = roman_value(m["label"])
    if not value:
        return False
    words = a.text.lower().rsplit(None, 2)
    if words[-1] in _ROMAN_TAKERS or " ".join(words[-2:]) in _ROMAN_TAKERS_2:
        return True
    if b.text[len(m["label"]) :].lstrip()[:1] == ")" and a.text.count("(") > a.text.count(")"):
        return True
    return value not in (1, last_roman + 1) and m["rest"].lstrip()[:1] in P.LOWER_LETTERS


def _group_logical(phys: list[PhysLine]) -> list[list[PhysLine]]:
    width = _wrap_width(phys)
    groups: list[list[PhysLine]] = []
    cases: dict[int, str] = {}
    last_roman = 0  # the number of the last line opening a Roman part
    # (the line before and its group, kept at hand: this runs once per line)
    prev: PhysLine | None = None
    group: list[PhysLine] = []
    for pl in phys:
        text = pl.text
        # (what SECTION_ROMAN opens with: a numeral's letter, then another, a
        # space or a mark; not "Việc", "Xây dựng")
        roman = text[:1] in "IVXL" and (text[1:2] in "IVXL.-–)/" or text[1:2].isspace())
        m = P.SECTION_ROMAN.match(text, 0, None, False) if roman else None  # (once: a line starting a part reads its number)
        if prev is not None and (
            (m is not None and _roman_runs_on(prev, pl, m, last_roman)) or _joins(prev, pl, width, cases)
        ):
            group.append(pl)
        else:
            group = [pl]
            groups.append(group)
            last_roman = (roman_value(m["label"]) or last_roman) if m else last_roman
        prev = pl
    return groups


def clean(source: str, file: str | None = None) -> CleanText:
    """Cleaned, re-joined text of a source text (already ``normalize_source``-d).
    A tab it holds becomes a space, its place kept (``CleanText.tabs``): the
    body reads it as one, a header's or a signature's columns as their break."""
    tabs: list[int] = []
    at = source.find("\t")
    if at >= 0:
        while at >= 0:
            tabs.append(at)
            at = source.find("\t", at + 1)
        source = source.replace("\t", " ")
    return CleanText(source, physical_lines(source, tabs), file=file, tabs=tabs)
