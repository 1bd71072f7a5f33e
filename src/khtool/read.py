"""Read stage: bytes of a .txt/.docx/.pdf/.html file (or stdin) into Unicode text.

Library choices: python-docx (the maintained reader of the .docx format; we walk
its XML body so paragraphs and tables keep their order), pypdf (pure Python, no
binary to install, well maintained; its text extraction is good enough for
Vietnamese PDFs with a text layer), BeautifulSoup with the stdlib html.parser
(no compiled dependency), charset-normalizer as the last resort for text of
unknown encoding. All are imported inside the functions that use them, so
``khtool`` starts without loading them.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import io
import math
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, partial
from itertools import islice, pairwise
from pathlib import Path
from typing import Any

import regex

from . import patterns as P
from .errors import InputError
from .tables import load


@dataclass
class RawDocument:
    text: str  # decoded text, not yet normalised (the pipeline does that)
    path: str | None
    format: str  # txt | docx | pdf | html | stdin
    encoding: str | None
    converted_from: str | None  # tcvn3 / vni when legacy font text was converted
    sha256: str
    size: int
    # the line endings the file wrote where not "\n" alone: crlf, cr, mixed
    newline: str | None = None
    # (code, message, line) the reading noticed: encoding-errors
    warnings: tuple[tuple[str, str, int | None], ...] = ()


@dataclass(frozen=True)
class Limits:
    """Refuse what a government file share can hold but no plan needs."""

    max_bytes: int = 50 * 2**20
    max_docx_uncompressed: int = 200 * 2**20  # zip-bomb guard: checked before unpacking
    max_docx_ratio: int = 200  # uncompressed / compressed, per member
    max_pdf_pages: int = 2000


DEFAULT_LIMITS = Limits()

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_path(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(link_problem(name) or "no such file", name)
    if p.is_dir():
        raise InputError("is a directory, not a document", name)
    try:
        size = p.stat().st_size
        if size > limits.max_bytes:
            raise InputError(
                f"file is {size / 2**20:.0f} MB, over the {limits.max_bytes // 2**20} MB limit",
                name,
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    return read_bytes(data, name, limits)


def link_problem(path: str) -> str | None:
    """Why the symbolic link ``path`` leads to no file: a loop of links, or a
    link to nothing ("broken"); None when ``path`` is no such link."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (a symbolic link that leads back to itself)"
        try:
            return f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
        except OSError:
            return "broken symbolic link"
    return None


def read_bytes(data: bytes, name: str = "-", limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    if len(data) > limits.max_bytes:
        raise InputError(
            f"input is {len(data) / 2**20:.0f} MB, over the {limits.max_bytes // 2**20} MB limit",
            name,
        )
    fmt = _format_of(data, name)
    path = None if name == "-" else name
    digest = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    converted: str | None = None
    warnings: tuple[tuple[str, str, int | None], ...] = ()
    if fmt == "docx":
        text = read_docx(data, name, limits)
    elif fmt == "pdf":
        text = read_pdf(data, name, limits)
    elif fmt == "html":
        text, encoding = read_html(data)
    elif fmt == "doc":
        raise InputError("legacy .doc (Word 97-2003) is not supported; save it as .docx", name)
    else:
        try:
            text, encoding, converted = decode_text(data)
        except InputError as exc:
            exc.path = exc.path or name
            raise
        # a few bytes no UTF-8 (one bad byte, a file cut inside its last
        # character) were read as U+FFFD: say where
        if encoding in ("utf-8", "utf-8-sig") and "\ufffd" in text:
            warnings = _invalid_utf8_warning(data)
        if P.KHTOOL_JSON.match(text):
            raise InputError(
                "khtool's own JSON output, not a document (`khtool graph` reads it)", name
            )
    # a file with no letters holds no document: an input error, not an empty parse
    if not any(c.isalpha() for c in text):
        what = "file" if fmt in ("txt", "html") else "document"
        raise InputError(
            f"empty {what}" if not text or text.isspace() else "no text (no letters)", name
        )
    return RawDocument(
        text=text,
        path=path,
        format="stdin" if name == "-" and fmt == "txt" else fmt,
        encoding=encoding,
        converted_from=converted,
        sha256=digest,
        size=len(data),
        newline=newline_of(text) if fmt in ("txt", "html") else None,
        warnings=warnings,
    )


def newline_of(text: str) -> str | None:
    """How the text's lines end where not "\\n" alone: "crlf", "cr", or
    "mixed" (the source text every span indexes writes them "\\n")."""
    if "\r" not in text:
        return None
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [k for k, n in (("crlf", crlf), ("cr", cr), ("lf", lf)) if n]
    return kinds[0] if len(kinds) == 1 else "mixed"


def _format_of(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".doc":
        return "doc"
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (
        suffix not in TEXT_SUFFIXES or name == "-" or suffix == ""
    ):
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    low = head[:200].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low:
        return "html"
    return "txt"


# ---------------------------------------------------------------------------
# plain text: encodings
# ---------------------------------------------------------------------------


def _viet_score(text: str) -> float:
    """Share of letters that are Vietnamese-specific (real Vietnamese: ~0.2-0.4)."""
    # compose first: Windows-1258 writes tone marks as combining characters
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return 0.0
    return len(P.VIETNAMESE_LETTER.findall(sample)) / letters


# the five tone marks, as NFD writes them after their vowel
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_WORD_EDGE = "\"'“”‘’()[]{}.,;:!?…-–/*"


def _syllable_count(text: str) -> int:
    """Words of non-ASCII letters in the first 20,000 characters that are Vietnamese
    syllables (one tone mark at most, a legal onset and rhyme): a wrong code page
    gives letters, but not syllables."""
    count = 0
    for word in unicodedata.normalize("NFD", text[:20000]).lower().split():
        if word.isascii():
            continue  # the same in every code page
        word = word.strip(_WORD_EDGE)
        bare = word.translate(_TONE_MARKS)
        if len(word) - len(bare) <= 1 and P.VIETNAMESE_SYLLABLE.fullmatch(
            unicodedata.normalize("NFC", bare)
        ):
            count += 1
    return count


# every byte but the control characters a text does not hold (all below 32
# except tab, newline, form feed and carriage return): deleting these leaves
# the ones that mark a binary file, counted at C speed
_NOT_BINARY_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _is_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    controls = len(sample.translate(None, _NOT_BINARY_CONTROL))
    return controls / len(sample) > 0.1


def decode_text(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, converted_from) of a plain-text file."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", None
    # a truncated last byte or a lone surrogate must not sink the file: U+FFFD
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", None
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16, None
    if _is_binary(data):
        raise InputError("binary file, not a text document")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        loose = data.decode("utf-8", errors="replace")
        if _mostly_utf8(data, loose):
            # UTF-8 with a few bad bytes (a cut file, one damaged byte): a
            # legacy code page would garble every letter to save those few
            return loose, "utf-8", None
        # raw bytes of a legacy font file read as Latin-1 show the font's codes
        latin = data.decode("latin-1")
        legacy = detect_legacy(latin)
        if legacy == "tcvn3" and P.TCVN_VN1_ONLY.search(latin):
            legacy = _vn3_or_vn1(latin)
        if legacy:
            return convert_legacy(latin, legacy), legacy, legacy
        text, encoding = _decode_8bit(data)
    legacy = detect_legacy(text)
    if legacy:
        return convert_legacy(text, legacy), encoding, legacy
    return text, encoding, None


# every byte above ASCII: deleting them counts a text's ASCII bytes at C speed
_NON_ASCII_BYTES = bytes(range(128, 256))


def _mostly_utf8(data: bytes, loose: str) -> bool:
    """Are four in five of the non-ASCII characters of ``loose`` (``data``
    decoded as UTF-8, bad bytes as U+FFFD) valid multi-byte sequences? A
    legacy code page's letters seldom form one (a lead byte 0xC2-0xF4
    followed by the right number of 0x80-0xBF bytes)."""
    bad = loose.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(loose) - len(data.translate(None, _NON_ASCII_BYTES))
    return non_ascii - bad >= 4 * bad


def _invalid_utf8(data: bytes) -> list[tuple[int, int]]:
    """The byte ranges of ``data`` that are no UTF-8 (each decode stops at
    the next one: linear in the file)."""
    bad: list[tuple[int, int]] = []
    view = memoryview(data)
    pos = 0
    while pos < len(data):
        try:
            codecs.utf_8_decode(view[pos:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            bad.append((pos + exc.start, pos + exc.end))
            pos += exc.end
    return bad


_SHOWN_OFFSETS = 5


def _invalid_utf8_warning(data: bytes) -> tuple[tuple[str, str, int | None], ...]:
    """An ``encoding-errors`` warning naming the bytes read as U+FFFD (their
    offsets in the file, the first few) and the first one's line."""
    bad = _invalid_utf8(data)
    if not bad:
        return ()  # (the text's own U+FFFD)
    count = sum(end - start for start, end in bad)
    shown = ", ".join(
        str(start) if end - start == 1 else f"{start}-{end - 1}" for start, end in bad[:_SHOWN_OFFSETS]
    )
    more = f" and {len(bad) - _SHOWN_OFFSETS} more" if len(bad) > _SHOWN_OFFSETS else ""
    cut = "; the file ends inside a character (cut short?)" if bad[-1][1] == len(data) else ""
    message = (
        f"{count} byte{'s' if count > 1 else ''} not valid UTF-8 read as U+FFFD "
        f"(byte offset {shown}{more}){cut}"
    )
    return (("encoding-errors", message, data.count(b"\n", 0, bad[0][0]) + 1),)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for Latin text."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Windows-1258 first (Vietnamese Windows), then whatever charset-normalizer says."""
    best = ("", "", (-1, -1.0))
    for enc in ("cp1258", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # Vietnamese syllables first: cp1252 reads cp1258's tone bytes as
        # accented letters (Ò Ì Þ ì ò), which count as letters, not syllables
        score = (_syllable_count(text), _viet_score(text))
        if score > best[2]:
            best = (text, enc, score)
    if best[2][1] > 0.05 or best[1] == "cp1258":
        # cp1252 text that looks like legacy fonts is handled by detect_legacy
        return best[0], best[1]
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise InputError("cannot tell the text encoding")
    return str(match), match.encoding


# ---------------------------------------------------------------------------
# legacy font encodings (TCVN3 / VNI)
# ---------------------------------------------------------------------------


@cache
def _legacy_table(name: str) -> dict[str, str]:
    """Mojibake sequence -> Unicode letter, longest first (data/legacy_encodings.json)."""
    table: dict[str, str] = load("legacy_encodings.json")[name]
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@cache
def _legacy_regex(name: str) -> regex.Pattern[str]:
    # (built here, not in patterns: an alternation of the table's sequences)
    return regex.compile("|".join(regex.escape(k) for k in _legacy_table(name)))


def detect_legacy(text: str) -> str | None:
    """'tcvn3' or 'vni' when text looks typed in a legacy font; None otherwise."""
    sample = text[:20000]
    if _holds_unicode_letters(sample, _words_at_most(sample) // 10 + 1):
        return None  # the test below, answered before splitting 20 KB into words
    words = sample.split()
    if len(words) < 5:
        return None
    # real Vietnamese Unicode: more letters only Unicode has than a tenth of the
    # words (counted only as far as that: the answer comes in the first lines)
    need = math.floor(len(words) * 0.1) + 1
    if sum(1 for _ in islice(P.UNICODE_ONLY_VIETNAMESE.finditer(sample), need)) >= need:
        return None
    vni = sum(1 for w in words if P.LEGACY_VNI_PAIR.search(w))
    tcvn = sum(1 for w in words if P.LEGACY_TCVN3_CHAR.search(w))
    if vni / len(words) > 0.15 and vni >= tcvn * 0.8:
        return "vni"
    if tcvn / len(words) > 0.15:
        return "tcvn3"
    return None


def _vn3_or_vn1(latin: str) -> str:
    """A TCVN3 text holding bytes VN3 leaves empty (C0/C1 controls, a few
    more): TCVN 5712's VN1, which puts its toned capitals there ("CỘNG" as
    "C\\x97NG"), or VN3 with Windows punctuation in C1 (“ ” – …): the
    reading whose words are more often Vietnamese syllables."""
    vn1 = _syllable_count(convert_legacy(latin, "tcvn5712-1", check=False))
    vn3 = _syllable_count(convert_legacy(latin, "tcvn3", check=False))
    return "tcvn5712-1" if vn1 > vn3 else "tcvn3"


def _words_at_most(text: str) -> int:
    """An upper bound of ``len(text.split())``: a word and the space after it
    take two characters at least."""
    return (len(text) + 1) // 2


def _holds_unicode_letters(text: str, need: int) -> bool:
    """Does text hold ``need`` letters only Unicode Vietnamese has, at least?
    (Asks for up to a block more: a False may still be a yes.)"""
    pos = 0
    while need > 0:
        m = P.UNICODE_ONLY_VIETNAMESE_BLOCK.match(text, pos)
        if m is None:
            return False
        pos = m.end()
        need -= P.UNICODE_ONLY_BLOCK
    return True


def convert_legacy(text: str, name: str, *, check: bool = True) -> str:
    table = _legacy_table(name)
    out = _legacy_regex(name).sub(lambda m: table[m.group(0)], text)
    if name == "tcvn3":
        # Windows punctuation (“ ” – …) a VN3 text saved on Windows holds
        if P.C1_CONTROL.search(out):
            out = P.C1_CONTROL.sub(_cp1252_char, out)
        out = _tcvn3_capitals(out)
    if not check:
        return out
    if _viet_score(out) < 0.05:
        raise InputError(
            f"text looks typed in the legacy {name.upper()} font encoding and could not be converted "
            "confidently; convert it to Unicode (e.g. with Unikey's converter) first"
        )
    lost = P.CONTROL_IN_WORD.search(out)
    if lost:
        # a code the table does not know stands where a letter should: a
        # document with letters silently lost is worse than none
        raise InputError(
            f"legacy encoding not recognised: text looks typed in a legacy Vietnamese font "
            f"({name.upper()}?), but byte 0x{ord(lost[1]):02X} stands where a letter should "
            "(another TCVN 5712 table?); convert it to Unicode (e.g. with Unikey's converter) first"
        )
    return out


def _cp1252_char(m: re.Match[str]) -> str:
    try:
        return m[0].encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return m[0]  # (5 of the 32 bytes cp1252 leaves empty)


def _tcvn3_capitals(text: str) -> str:
    """Capitals typed in TCVN3's capital font (.VnTimeH), which draws a toned
    capital from the small letter's code: "ủY BAN", "Kế HOạCH", "Xã THạCH Hà"
    -> "ỦY BAN", "KẾ HOẠCH", "XÃ THẠCH HÀ". A word whose only small letters are
    toned ones and which holds a capital past its first letter (or opens
    small) is a word of capitals; where a column of the line (a header's two
    columns stand two spaces or a tab apart) holds such a word, or a word of
    two capitals ("UBND", "ANH"; not a number's symbol, "Sè: 215/KH-UBND"),
    and no small ASCII letter, every letter of it is a capital, also in short
    words ("Xã", "Hà", "ở"). Plain text (small letters of ASCII) and a name
    alone ("Lª Hµ") are left alone."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        parts = P.COLUMN_GAP_SPLIT.split(line)
        changed = False
        for k, part in enumerate(parts):
            if k % 2:
                continue  # (a gap)
            recased = _tcvn3_capital_column(part)
            if recased is not part:
                parts[k] = recased
                changed = True
        if changed:
            lines[i] = "".join(parts)
    return "\n".join(lines)


def _tcvn3_capital_column(part: str) -> str:
    """One column of a line, its TCVN3 capitals restored (the same string
    when none is)."""
    recase: set[str] = set()
    small = toned = False
    for run in P.LETTER_RUN.findall(part):
        smalls = [c for c in run if c.islower()]
        if not smalls:
            continue
        if any(c.isascii() for c in smalls):
            small = True
        elif run == run.lower() or (run[0].isupper() and run[1:].islower()):
            toned = True  # "ở", "Xã", "Hà": capitals only among capitals
        else:
            recase.add(run)
    if not small and (recase or (toned and _holds_capital_word(part))):
        return part.upper()
    if not recase:
        return part
    return P.LETTER_RUN.sub(partial(_upper_if_in, recase), part)


def _holds_capital_word(part: str) -> bool:
    """Does ``part`` hold a word of two capitals or more ("UBND", "ANH"), a
    word of letters alone (not a number's symbol, "215/KH-UBND")?"""
    for token in part.split():
        word = token.strip(_WORD_EDGE)
        if len(word) > 1 and word.isalpha() and word.isupper():
            return True
    return False


def _upper_if_in(words: set[str], m: re.Match[str]) -> str:
    return m[0].upper() if m[0] in words else m[0]


# ---------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------


def _check_zip(data: bytes, name: str, limits: Limits) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("corrupt .docx: not a zip archive", name) from None
    total = 0
    with zf:
        names = set()
        for info in zf.infolist():
            names.add(info.filename)
            total += info.file_size
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > limits.max_docx_ratio and info.file_size > 2**20:
                raise InputError(
                    f"refused: .docx member {info.filename} expands {ratio:.0f}x (zip bomb?)", name
                )
        if total > limits.max_docx_uncompressed:
            raise InputError(
                f"refused: .docx would decompress to {total / 2**20:.0f} MB (zip bomb?)", name
            )
        if "word/document.xml" not in names:
            raise InputError("corrupt .docx: no word/document.xml (not a Word document)", name)


def read_docx(data: bytes, name: str = "-", limits: Limits = DEFAULT_LIMITS) -> str:
    """Paragraphs and tables in document order; a table row becomes "| a | b |".

    Read as Word shows the text: a list's automatic number ("1.", "a)", "-")
    before its paragraph, footnotes and endnotes after the paragraph citing them, content
    controls' text, a non-breaking hyphen as "-", check boxes as ☐/☒; not the
    text tracked as deleted or moved away, hidden text, nor a text box's copy
    kept for old readers."""
    _check_zip(data, name, limits)
    try:
        import docx
    except ImportError:  # pragma: no cover
        raise InputError(
            "reading .docx needs python-docx (pip install python-docx)", name
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on damaged files
        raise InputError(f"corrupt .docx: {type(exc).__name__}", name) from None
    return _DocxText(document).text()


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


_W_VAL = _w("val")
# What Word shows for a symbol character of its symbol fonts (Wingdings,
# Symbol): the check boxes of a form's "Độ khẩn" line.
_SYMBOLS = {"F0A8": "☐", "F06F": "☐", "F0FE": "☒", "F078": "☒", "F0FC": "✓", "F0FB": "✗"}
# Subtrees whose text Word does not show: tracked deletions and moves away,
# a drawing's copy for readers without drawing support, field codes.
_UNSHOWN = {
    _w("del"),
    _w("moveFrom"),
    _w("instrText"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}


class _DocxText:
    """The text of a python-docx Document, walked once in document order."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.lines: list[str] = []
        self.numbering = self._numbering()
        self.counters: dict[str, list[int]] = {}
        self.footnotes: dict[str, str] = {}
        self.endnotes: dict[str, str] = {}
        self.footnotes = self._notes("footnotes")
        self.endnotes = self._notes("endnotes")

    # --- numbering ----------------------------------------------------------

    def _numbering(self) -> dict[str, dict[int, tuple[str, str, int]]]:
        """numId -> level -> (format, level text, start), from numbering.xml."""
        try:
            root = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(_w("abstractNum")):
            levels = {}
            for lvl in an.iterchildren(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                text = lvl.find(_w("lvlText"))
                start = lvl.find(_w("start"))
                levels[int(lvl.get(_w("ilvl"), "0"))] = (
                    fmt.get(_W_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(_W_VAL, "") if text is not None else "",
                    int(start.get(_W_VAL, "1")) if start is not None else 1,
                )
            abstract[an.get(_w("abstractNumId"), "")] = levels
        out = {}
        for num in root.iterchildren(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                out[num.get(_w("numId"), "")] = abstract.get(ref.get(_W_VAL, ""), {})
        return out

    def _style_numbering(self, style_id: str) -> tuple[str, int] | None:
        try:
            style = self.document.styles.element.get_by_id(style_id)
        except (KeyError, AttributeError):
            return None
        for _ in range(8):  # a style numbered by the one it is based on
            if style is None:
                return None
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                num_id = num_pr.find(_w("numId"))
                ilvl = num_pr.find(_w("ilvl"))
                if num_id is not None:
                    return num_id.get(_W_VAL, ""), int(ilvl.get(_W_VAL, "0")) if ilvl is not None else 0
            based = style.find(_w("basedOn"))
            style = self.document.styles.element.get_by_id(based.get(_W_VAL)) if based is not None else None
        return None

    def _label(self, p: Any) -> str:
        """The number Word puts before a list paragraph ("2.", "b)", "-")."""
        if not self.numbering:
            return ""
        ppr = p.find(_w("pPr"))
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        found: tuple[str, int] | None = None
        if num_pr is not None:
            num_id = num_pr.find(_w("numId"))
            ilvl = num_pr.find(_w("ilvl"))
            if num_id is not None:
                found = num_id.get(_W_VAL, ""), int(ilvl.get(_W_VAL, "0")) if ilvl is not None else 0
        elif ppr is not None and (style := ppr.find(_w("pStyle"))) is not None:
            found = self._style_numbering(style.get(_W_VAL, ""))
        if found is None or found[0] in ("", "0") or found[0] not in self.numbering:
            return ""
        num_id, level = found
        levels = self.numbering[num_id]
        if level not in levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        for k in range(level + 1, 9):
            counts[k] = 0  # a deeper list starts again under each item
        counts[level] = counts[level] + 1 if counts[level] else levels[level][2]
        fmt, text, _ = levels[level]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            f = levels.get(k, ("decimal", "", 1))[0]
            return _format_number(counts[k] or levels.get(k, ("", "", 1))[2], f)

        return P.DOCX_LEVEL_NUMBER.sub(number, text)

    # --- notes ------------------------------------------------------------

    def _notes(self, kind: str) -> dict[str, str]:
        """Footnote (or endnote) id -> its text."""
        out: dict[str, str] = {}
        for rel in self.document.part.rels.values():
            if rel.reltype.endswith("/" + kind) and not rel.is_external:
                try:
                    from lxml import etree

                    root = etree.fromstring(rel.target_part.blob)
                except Exception:  # a damaged notes part: the body still reads
                    return out
                for note in root.iterchildren(_w(kind[:-1])):
                    text = " ".join(w for p in note.iter(_w("p")) for w in " ".join(self._runs(p)).split())
                    if text:
                        out[note.get(_w("id"), "")] = text
        return out

    # --- text ---------------------------------------------------------------

    def _runs(self, p: Any) -> list[str]:
        """A paragraph's text as shown; a manual line break starts a new line."""
        parts = [""]
        self._walk_runs(p, parts)
        return parts

    def _walk_runs(self, el: Any, parts: list[str]) -> None:
        for node in el.iterchildren():
            tag = node.tag
            if tag in _UNSHOWN or tag == _w("txbxContent"):
                continue  # (a text box's paragraphs are read after their paragraph)
            if tag == _w("r"):
                rpr = node.find(_w("rPr"))
                if rpr is not None and rpr.find(_w("vanish")) is not None:
                    continue  # hidden text
            if tag == _w("t"):
                parts[-1] += node.text or ""
            elif tag in (_w("br"), _w("cr")):
                parts.append("")
            elif tag == _w("tab"):
                parts[-1] += "\t"  # (a column break in a header or a signature: see normalize.clean)
            elif tag == _w("noBreakHyphen"):
                parts[-1] += "-"
            elif tag == _w("sym"):
                parts[-1] += _SYMBOLS.get(node.get(_w("char"), "").upper(), "")
            elif tag == _w("footnoteReference") and node.get(_w("id"), "") in self.footnotes:
                k = node.get(_w("id"), "")
                self.pending_notes.append(f"[{k}] {self.footnotes[k]}")
            elif tag == _w("endnoteReference") and node.get(_w("id"), "") in self.endnotes:
                # (numbered i, ii … as Word does by default, apart from the footnotes)
                k = node.get(_w("id"), "")
                mark = _format_number(int(k), "lowerRoman") if k.isdigit() else k
                self.pending_notes.append(f"[{mark}] {self.endnotes[k]}")
            else:
                self._walk_runs(node, parts)

    def _paragraph(self, p: Any) -> list[str]:
        self.pending_notes: list[str] = []
        parts = self._runs(p)
        label = self._label(p)
        if label and (parts[0].strip() or len(parts) == 1):
            parts[0] = f"{label} {parts[0].lstrip()}"
        # a text box's own paragraphs, once (the drawing's, not its old copy)
        for box in p.iter(_w("txbxContent")):
            if any(a.tag in _UNSHOWN for a in box.iterancestors()):
                continue
            for q in box.iterchildren(_w("p")):
                parts += self._runs(q)
        parts += self.pending_notes
        return parts

    def _table(self, tbl: Any) -> None:
        # A cell holding several paragraphs (the two-line issuer "UBND TỈNH …"
        # / "SỞ …" and the motto) gives one row line per paragraph, so each
        # stays a line of its own, as it is printed; a table inside a cell
        # is read once, its rows as the cell's paragraphs.
        # A cell merged across columns (gridSpan) keeps the columns after it
        # in place, as empty cells, but a target's figure alone ("≥ 97%", or
        # "100" in a goals table) is each column's: a target merged across a
        # table's years is each year's (see patterns.CELL_SHARE_OR_BOUND; a
        # budget's amount is the period's total). One merged down rows
        # (vMerge) shows its text in each row it covers, as a reader sees it
        # beside each.
        merged: dict[int, list[str]] = {}
        head = ""  # the header's text: the rows above the first holding a figure
        in_head = True
        for tr in tbl.iterchildren(_w("tr")):
            cells: list[list[str]] = []
            figures: list[tuple[int, int]] = []  # (cell, span) of each figure merged across columns
            col = _grid_value(tr.find(_w("trPr")), "gridBefore")
            cells += [[] for _ in range(col)]
            for tc in tr.iterchildren(_w("tc")):
                props = tc.find(_w("tcPr"))
                span = max(1, _grid_value(props, "gridSpan"))
                down = props.find(_w("vMerge")) if props is not None else None
                if down is not None and down.get(_W_VAL) != "restart":
                    texts = merged.get(col, [])
                else:
                    paras = [" ".join(x.split()) for x in self._cell(tc)]
                    texts = [x.replace("|", "/") for x in paras if x]
                    if down is not None:
                        merged[col] = texts
                    else:
                        merged.pop(col, None)
                if span > 1 and len(texts) == 1 and P.CELL_FIGURE.fullmatch(texts[0]) is not None:
                    figures.append((len(cells), span))
                cells.append(texts)
                cells += [[] for _ in range(span - 1)]
                col += span
            # (a header row of years, "2026 | 2027", is the header's)
            if in_head and any(len(c) == 1 and P.CELL_FIGURE.fullmatch(c[0]) and not P.YEAR.fullmatch(c[0]) for c in cells):
                in_head = False
            if in_head:
                head += " ".join(x for c in cells for x in c) + "\n"
            elif figures:
                row = " ".join(x for c in cells for x in c)
                goals = P.GOALS_TABLE_HEADER.search(head) is not None
                amount = P.MONEY_TABLE_WORDS.search(head) or P.MONEY_TABLE_WORDS.search(row)
                # (a share's row may give its unit apart: "… | % | 100 |", "Tỷ lệ … (%)")
                shares = "%" in row or "‰" in row
                for j, span in figures:
                    if shares or P.CELL_SHARE_OR_BOUND.match(cells[j][0]) or (goals and not amount):
                        cells[j + 1 : j + span] = [cells[j]] * (span - 1)
            for k in range(max((len(c) for c in cells), default=0)):
                self.lines.append("| " + " | ".join(c[k] if k < len(c) else "" for c in cells) + " |")

    def _cell(self, tc: Any) -> list[str]:
        out: list[str] = []
        for el in self._blocks(tc):
            if el.tag == _w("p"):
                out += self._paragraph(el)
            else:
                for tr in el.iterchildren(_w("tr")):
                    out.append(" ".join(" ".join(self._cell(c)) for c in tr.iterchildren(_w("tc"))))
        return out

    def _blocks(self, parent: Any) -> Iterator[Any]:
        """Paragraphs and tables of a body or cell, in order, inside content
        controls and inserted moves too."""
        for el in parent.iterchildren():
            if el.tag in (_w("p"), _w("tbl")):
                yield el
            elif el.tag in (_w("sdt"), _w("sdtContent"), _w("customXml"), _w("moveTo"), _w("ins")):
                yield from self._blocks(el)

    def text(self) -> str:
        for el in self._blocks(self.document.element.body):
            if el.tag == _w("p"):
                self.lines.extend(self._paragraph(el))
            else:
                self._table(el)
        return "\n".join(self.lines)


def _grid_value(props: Any, tag: str) -> int:
    """A row's or cell's grid count ("gridSpan", "gridBefore"), 0 when unset."""
    el = props.find(_w(tag)) if props is not None else None
    value = el.get(_W_VAL, "") if el is not None else ""
    return int(value) if value.isdigit() else 0


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _format_number(n: int, fmt: str) -> str:
    """A list number in Word's format: decimal, letters, roman numerals."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(97 + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for value, numeral in _ROMAN:
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


# ---------------------------------------------------------------------------
# .pdf
# ---------------------------------------------------------------------------


def read_pdf(data: bytes, name: str = "-", limits: Limits = DEFAULT_LIMITS) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover
        raise InputError("reading .pdf needs pypdf (pip install pypdf)", name) from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError("encrypted .pdf: cannot open without its password", name) from None
        n = len(reader.pages)
        if n > limits.max_pdf_pages:
            raise InputError(
                f"refused: .pdf has {n} pages, over the {limits.max_pdf_pages} page limit", name
            )
        # (a table's header labels, as each page printed it: a page that
        # prints one again over the rows a break split, see _table_at)
        headers: list[list[str]] = []
        pages = [_page_text(page, headers) for page in reader.pages]
    except InputError:
        raise
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
    ) as exc:
        raise InputError(f"corrupt .pdf: {type(exc).__name__}", name) from None
    except Exception as exc:  # pypdf raises others on broken files
        raise InputError(f"corrupt .pdf: {type(exc).__name__}: {exc}", name) from None
    if not any(p.strip() for p in pages):
        raise InputError("no text layer (scanned PDF?); run OCR first", name)
    return "\n\n".join(p.rstrip("\n") for p in pages)


def _page_text(page: Any, headers: list[list[str]] | None = None) -> str:
    """A page's text layer, with what e-signature widgets stamp over its blanks,
    its columns kept apart and a justified line's word spaces made single.

    A "văn thư" signs the issued PDF electronically and the signing software
    writes the document's number and issue date as signature fields drawn
    over the blanks of the header ("Số:      /UBND-XD", "ngày    tháng 5"):
    they are annotations, which the text layer does not hold. Their short
    texts are put into the blank each one covers; a widget that covers no
    blank of a text line is left out, and any failure here leaves the text
    layer as it is.

    pypdf joins two columns printed on one line ("Nơi nhận:" beside
    "KT. CHỦ TỊCH") with one space: a gutter is written there instead (see
    _gutters). It writes the wider spaces of a justified line as two; those
    become one (three or more stay, a blank or a gutter)."""
    stamps = _widget_stamps(page)
    fragments: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        # the text matrix in page space: where the fragment starts, its size
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        # only horizontal text has a line a blank can be found on
        scale = a if a > 0 and abs(b) < 1e-3 * a else 0.0
        fragments.append((text, x, y, size * scale))

    try:
        text = page.extract_text(visitor_text=visit) or ""
    except Exception:
        return _single_spaced(page.extract_text() or "")
    try:
        return _single_spaced(_fill_blanks(text, fragments, stamps, [] if headers is None else headers))
    except Exception:  # a best effort: never worse than the text layer
        return _single_spaced(text)


def _single_spaced(text: str) -> str:
    # exactly two spaces between words: a justified line's wider word space
    return P.JUSTIFIED_SPACE.sub(" ", text) if "  " in text else text


def _widget_stamps(page: Any) -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1, text) of the widgets whose appearance draws a short text."""
    try:
        annots = page.get("/Annots")
        if not annots:
            return []
        from pypdf.generic import StreamObject

        out = []
        for ref in annots.get_object():
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or int(annot.get("/F", 0)) & 0b100010:
                continue  # not a form field, or hidden / not shown on screen
            appearance = annot.get("/AP")
            normal = appearance.get_object().get("/N") if appearance is not None else None
            normal = normal.get_object() if normal is not None else None
            if not isinstance(normal, StreamObject):
                continue  # none, or one per state (a check box)
            text = " ".join(page.extract_xform_text(normal).split())
            if text and P.WIDGET_STAMP.fullmatch(text):
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), text))
        return out
    except Exception:  # a damaged annotation: the text layer still reads
        return []


# Advance widths of Times New Roman (the font Nghị định 30/2020/NĐ-CP sets for
# administrative documents), in ems, of the characters narrower or wider than
# a lower-case letter; a Vietnamese letter is as wide as its base letter.
_NARROW = dict.fromkeys(" ,.", 0.25) | dict.fromkeys("ijlt:;/'!|", 0.28) | dict.fromkeys("frI-()[]", 0.33)
_WIDE = dict.fromkeys("mwAĐDGHKNOQUVXY", 0.72) | {"M": 0.89, "W": 0.94}


def _em(ch: str) -> float:
    base = unicodedata.normalize("NFD", ch)[0]
    width = _NARROW.get(base) or _WIDE.get(base)
    if width:
        return width
    return 0.64 if base.isupper() else 0.47


# A character of a text line: (offset in the page text, character, left, right).
_Char = tuple[int, str, float, float]


def _fill_blanks(
    text: str,
    fragments: list[tuple[str, float, float, float]],
    stamps: list[tuple[float, float, float, float, str]],
    headers: list[list[str]] | None = None,
) -> str:
    """Put each stamp's text into the blank of a text line its rectangle
    covers, and a gutter between two columns (see _gutters).

    A blank is the space between two words of a line wider than a word space
    (an em at least); the stamp's rectangle must sit on the line (its
    baseline in the rectangle's lower half) with its middle over the blank."""
    if "".join(f[0] for f in fragments) != text:
        return text  # the pieces do not make up the text: no offsets to edit
    lines = _placed_lines(fragments)
    # a task table's header names its lead ("Cơ quan chủ trì") or tasks, a
    # goals table's its indicators and years ("Chỉ tiêu", "Năm 2026"): only
    # then are the page's lines laid out by their places (see _tables)
    # (its number column: "STT", "Stt", "Số thứ tự" opening a line, see
    # patterns.TABLE_NUMBER_HEADER_LINE; a substring test first, cheap)
    number = ("TT" in text or "Stt" in text or "thứ tự" in text or "THỨ TỰ" in text) and bool(
        P.TABLE_NUMBER_HEADER_LINE.search(text)
    )
    gate = number and (
        P.TASK_TABLE_HEADER_WORDS.search(text)
        or (P.INDICATOR_COLUMN.search(text) and P.TARGET_TABLE_PERIOD_COLUMN.search(text))
    )
    tables = _tables(text, lines, [] if headers is None else headers) if gate else []
    edits: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for x0, y0, x1, y1, stamp in stamps:
        middle = (x0 + x1) / 2
        best: tuple[float, tuple[int, int]] | None = None
        for baseline, size, chars in lines:
            if not y0 - 2 <= baseline <= (y0 + y1) / 2:
                continue
            words = [c for c in chars if not c[1].isspace()]
            for before, after in pairwise(words):
                if after[2] - before[3] < size:
                    continue  # a word space, not a blank
                if before[3] - size / 2 <= middle <= after[2] + size / 2:
                    miss = abs(middle - (before[3] + after[2]) / 2)
                    if best is None or miss < best[0]:
                        best = (miss, (before[0] + 1, after[0]))
        if best is not None:
            edits.setdefault(best[1], []).append((x0, stamp))
    for span in _gutters(text, lines):
        if not any(s < span[1] and span[0] < e for s, e in edits):
            edits[span] = []
    rebuilt: dict[tuple[int, int], str] = {}
    for start, end, rows in tables:
        edits = {(s, e): v for (s, e), v in edits.items() if not (s < end and start < e)}
        rebuilt[start, end] = rows
    for start, end in sorted(edits.keys() | rebuilt.keys(), reverse=True):
        if (start, end) in rebuilt:
            text = text[:start] + rebuilt[start, end] + text[end:]
            continue
        found = edits[start, end]
        if text[start:end].strip():
            continue
        if not found:
            text = text[:start] + _GUTTER + text[end:]
            continue
        fill = " ".join(s for _, s in sorted(found))
        # a number runs into the "/" or "-" of its symbol or date ("3686/UBND",
        # "23/6/2026"); a word ("ngày 11 tháng") keeps its spaces
        left = "" if text[start - 1] in "/-." else " "
        right = "" if text[end] in "/-." else " "
        text = text[:start] + left + fill + right + text[end:]
    return text



# A run of a line: the characters placed one after another, (left, right,
# baseline, size, characters).
_Run = tuple[float, float, float, float, list[_Char]]


def _tables(
    text: str, lines: list[tuple[float, float, list[_Char]]], headers: list[list[str]] | None = None
) -> list[tuple[int, int, str]]:
    """The task and goals tables a page prints with its cells side by side, each as
    (start, end, rows): the span of the page text it fills and its rows
    as a .docx table's are read ("| 1 | Nhiệm vụ … | Sở Y tế | … |").

    A word processor prints a row's cells side by side, each wrapped inside
    its column, so a text line holds a piece of each cell and pypdf gives
    the cells' lines in any order. The header row (its "STT" cell, with its
    lead, support or tasks column) gives the columns: the header cells'
    lines, each centred in its column, spread over it. Below it each
    line's runs join the column they start in, and a row opens where the
    number column holds something (its number, a group's numeral, the
    "(1)" of the columns' numbering row). A header cell over several
    columns' own (a goals table's "Lộ trình thực hiện" over "Năm 2026" …
    "Năm 2030") gives no column: its label is each of theirs, above their
    own, as a .docx table's header of two rows is read. A header printed
    again on a new page (its labels those of one an earlier page printed,
    ``headers``) is its label lines alone: the lines under them before the
    next row's number are the cells of the row the page break split, a row
    with its number cell empty (as a .docx's is read, going on with the row
    above). The table ends at a line that
    runs across a column's border (a paragraph), a gap of three lines or
    the page's end. A table whose text is not one piece of the page text
    (pieces of other text drawn among its cells) is left as it is."""
    rows = _visual_rows(lines)
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(rows):
        first = rows[k][0][4]
        word = "".join(c[1] for c in first).strip()
        if len(rows[k]) < 2 or P.TASK_TABLE_NUMBER_HEADER.fullmatch(word) is None:
            k += 1
            continue
        found = _table_at(text, rows, k, [] if headers is None else headers)
        if found is None:
            k += 1
            continue
        span, rebuilt, k = found
        out.append((span[0], span[1], rebuilt))
    return out


def _visual_rows(lines: list[tuple[float, float, list[_Char]]]) -> list[list[_Run]]:
    """The page's runs, grouped by baseline from the top, each row's from
    the left."""
    runs: list[_Run] = []
    for baseline, size, chars in lines:
        piece: list[_Char] = []
        for c in [*chars, (-1, " ", math.inf, math.inf)]:
            if piece and (c[0] < 0 or abs(c[2] - piece[-1][3]) > size / 2):
                while piece and piece[-1][1].isspace():
                    piece.pop()
                while piece and piece[0][1].isspace():
                    piece.pop(0)
                if piece:
                    runs.append((piece[0][2], piece[-1][3], baseline, size, piece))
                piece = []
            if c[0] >= 0:
                piece.append(c)
    runs.sort(key=lambda r: (-r[2], r[0]))
    out: list[list[_Run]] = []
    for run in runs:
        if out and abs(out[-1][0][2] - run[2]) <= run[3] / 4:
            out[-1].append(run)
        else:
            out.append([run])
    for row in out:
        row.sort(key=lambda r: r[0])
    return out


def _run_text(run: _Run) -> str:
    return " ".join("".join(c[1] for c in run[4]).split()).replace("|", "/")


def _columns(runs: list[_Run]) -> list[tuple[float, float]]:
    """The header cells' extents: its runs' overlapping spans merged."""
    spans: list[tuple[float, float]] = []
    for x0, x1, *_ in sorted(runs, key=lambda r: r[0]):
        if spans and x0 <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    return spans


def _groups(runs: list[_Run]) -> list[_Run]:
    """The header's runs over two cells of its own below them (a group's
    label over the columns it spans): two runs lower down, apart from each
    other, each under it."""
    out = []
    for run in runs:
        under = sorted([r for r in runs if r[2] < run[2] - run[3] / 4 and r[0] < run[1] and run[0] < r[1]])
        if any(b[0] > a[1] for a, b in pairwise(under)):
            out.append(run)
    return out


def _spanned(run: _Run, columns: list[tuple[float, float]], tops: list[float]) -> list[int]:
    """The columns a group's label spans: those under it, and on either side
    those whose labels start on the line theirs do (a label centred over
    five years' columns lies over the middle ones)."""
    under = [j for j, (x0, x1) in enumerate(columns) if x0 < run[1] and run[0] < x1]
    if not under:
        return []
    line = tops[under[0]]
    lo, hi = under[0], under[-1]
    while lo > 0 and abs(tops[lo - 1] - line) <= run[3] / 4:
        lo -= 1
    while hi + 1 < len(columns) and abs(tops[hi + 1] - line) <= run[3] / 4:
        hi += 1
    return list(range(lo, hi + 1))


def _column_of(run: _Run, columns: list[tuple[float, float]]) -> tuple[int, bool]:
    """The column a body run starts in (after the end of the header cell
    before it), and whether it runs on into the next column's."""
    j = 0
    for k in range(1, len(columns)):
        if run[0] >= min(columns[k - 1][1], columns[k][0]) - 1:
            j = k
    return j, j + 1 < len(columns) and run[1] > columns[j + 1][0] + run[3]


def _table_at(
    text: str, rows: list[list[_Run]], k: int, headers: list[list[str]]
) -> tuple[tuple[int, int], str, int] | None:
    number = rows[k][0]
    size = number[3]
    # the header: its lines down to the first one the number column holds,
    # and those just above that fit it (a header cell wrapped, centred)
    end = k + 1
    while end < len(rows) and rows[end][0][0] >= number[1] and rows[end][0][2] > rows[end - 1][0][2] - 3 * size:
        end += 1
    header = [r for row in rows[k:end] for r in row]
    groups = _groups(header)
    columns = _columns([r for r in header if r not in groups])
    top = k
    while (
        top > 0
        and rows[top - 1][0][2] < rows[top][0][2] + 1.3 * size
        and rows[top - 1][0][0] >= number[1]
        # (a group's label centred over its columns runs across their borders)
        and not any(_column_of(r, columns)[1] and r not in _groups([r, *header]) for r in rows[top - 1])
    ):
        top -= 1
        header += rows[top]
        groups = _groups(header)
        columns = _columns([r for r in header if r not in groups])
    if len(columns) < 3 or end == len(rows):
        return None
    cells: list[list[list[str]]] = [[[] for _ in columns]]
    # each column's first line (a group's columns' are one line's)
    tops = [0.0] * len(columns)
    for r in header:
        if r not in groups:
            j = _column_of(r, columns)[0]
            tops[j] = max(tops[j], r[2])
    # (the header repeated on a new page: the lines after its labels, each
    # starting past the number column, are the split row's; see _tables)
    split: list[list[_Run]] = []
    for n, row in enumerate(rows[top:end]):
        for r in row:
            if r in groups:
                for j in _spanned(r, columns, tops):
                    cells[0][j].append(_run_text(r))
            else:
                cells[0][_column_of(r, columns)[0]].append(_run_text(r))
        if top + n + 1 < end and [" ".join(c) for c in cells[0]] in headers:
            split = rows[top + n + 1 : end]
            break
    labels = [" ".join(c) for c in cells[0]]
    goals = [j for j, label in enumerate(labels) if P.INDICATOR_COLUMN.search(label)]
    if not P.TASK_TABLE_HEADER_WORDS.search(" ".join(labels)) and not (
        goals and any(P.TARGET_TABLE_PERIOD_COLUMN.search(label) for j, label in enumerate(labels) if j > goals[0])
    ):
        return None
    if labels not in headers:
        headers.append(labels)
    if split:
        cells.append([[] for _ in columns])
        for row in split:
            for r in row:
                cells[-1][_column_of(r, columns)[0]].append(_run_text(r))
    used = [c for row in rows[top:end] for r in row for c in r[4]]
    last = rows[end - 1][0][2]
    # a group's title (its numeral, then a cell merged across the columns)
    # runs on over the columns after its own, and so do its lines wrapped
    spanning = -1
    while end < len(rows):
        row = rows[end]
        if row[0][2] < last - 3 * row[0][3]:
            break
        places = [_column_of(r, columns) for r in row]
        opens = places[0][0] == 0
        if any(over for _, over in places[:-1]) or (
            places[-1][1]
            and not (opens and len(row) == 2 and places[-1][0] > 0)
            and not (len(row) == 1 and places[0][0] == spanning)
        ):
            break  # a paragraph across the columns
        spanning = places[-1][0] if places[-1][1] else -1
        if opens:
            cells.append([[] for _ in columns])
        elif len(cells) == 1:
            break  # a line after the header that no row holds
        for r, (j, _) in zip(row, places, strict=True):
            cells[-1][j].append(_run_text(r))
            used += r[4]
        last = row[0][2]
        end += 1
    if len(cells) < 2:
        return None
    offsets = {c[0] for c in used}
    start, stop = min(offsets), max(offsets) + 1
    if any(not ch.isspace() and i not in offsets for i, ch in enumerate(text[start:stop], start)):
        return None
    # whole lines: from the start of the table's first to the end of its last
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    lead = "" if start == 0 or text[start - 1] == "\n" else "\n"
    tail = "" if stop == len(text) or text[stop] == "\n" else "\n"
    rebuilt = "\n".join("| " + " | ".join(" ".join(c) for c in row) + " |" for row in cells)
    return (start, stop), lead + rebuilt + tail, end


# A column's gutter, as the text of a two-column .txt has it (see
# patterns.COLUMN_GAP), and the least gap between two words of a line that is
# one: word spaces, even a justified line's, are narrower.
_GUTTER = "    "
_GUTTER_EMS = 2.0


def _gutters(text: str, lines: list[tuple[float, float, list[_Char]]]) -> list[tuple[int, int]]:
    """Where pypdf joined two columns printed on one line with a space or
    none ("Nơi nhận: KT. CHỦ TỊCH"): between two words placed two ems apart
    or more, more by an em for each space before on the line (its widths are
    estimated, a justified line stretches them), the right one opening a
    column (a capital or "(": a title, a name, "(Đã ký)"); a blank inside a
    column ("Số:   /UBND", "ngày   tháng") is no gutter."""
    out = []
    for _, size, chars in lines:
        spaces = 0  # each may be stretched, up to an em, on a justified line
        for k, before in enumerate(chars[:-1]):
            if before[1].isspace():
                spaces += 1
                continue
            nxt = next((c for c in chars[k + 1 :] if not c[1].isspace()), None)
            if nxt is None:
                break
            between = text[before[0] + 1 : nxt[0]]
            if (
                len(between) < 3
                and not between.strip()
                and (nxt[1].isupper() or nxt[1] == "(")
                and nxt[2] - before[3] >= (_GUTTER_EMS + spaces) * size
            ):
                out.append((before[0] + 1, nxt[0]))
    return out


def _placed_lines(fragments: list[tuple[str, float, float, float]]) -> list[tuple[float, float, list[_Char]]]:
    """The page's text lines, (baseline, size, characters placed on it).

    pypdf reports where a fragment starts only where the text is positioned
    anew (a line, a column): the characters after it are placed by their
    estimated widths."""
    lines: list[tuple[float, float, list[_Char]]] = []
    offset = 0
    at: float | None = None
    last_start: tuple[float, float] | None = None
    for piece, x, y, size in fragments:
        start = offset
        offset += len(piece)
        if not piece:
            continue
        if not size:
            at = None  # turned text: where it ends is not known
            continue
        if at is None or abs(y - lines[-1][0]) > 1:
            lines.append((y, size, []))
            at = x
        elif (x, y) != last_start:
            at = x  # placed anew on the same line
        last_start = (x, y)
        for k, ch in enumerate(piece):
            if ch == "\n":
                at = None  # what follows has no known place
                break
            width = _em(ch) * size
            lines[-1][2].append((start + k, ch, at, at + width))
            at += width
    return lines


# ---------------------------------------------------------------------------
# .html
# ---------------------------------------------------------------------------

_BLOCKS = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
]


def read_html(data: bytes) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    try:
        text0 = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text0, enc = _decode_8bit(data)
    soup = BeautifulSoup(text0, "html.parser")
    for tag in soup(["script", "style", "nav", "noscript", "head"]):
        tag.decompose()
    for tr in soup.find_all("tr"):
        cells = [" ".join(td.get_text(" ").split()) for td in tr.find_all(["td", "th"])]
        tr.replace_with(soup.new_string("\n| " + " | ".join(cells) + " |\n"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line), enc
