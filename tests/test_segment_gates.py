"""The cheap tests the segment and resolve stages run before a pattern: each
pattern truly requires what its test looks for, so the test skips only lines
the pattern could not match."""

from __future__ import annotations

from functools import cache

import pytest

from khtool import patterns as P
from khtool import segment as S

from .conftest import SAMPLES


@cache
def _lines() -> list[str]:
    """The samples' raw lines, their cleaned lines, and each physical line
    joined with the next (as a wrapped date cell is read)."""
    from khtool.normalize import clean, normalize_source

    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ct = clean(normalize_source(text))
        out.extend(text.splitlines())
        out.extend(ll.text for ll in ct.lines)
        out.extend(f"{a.text} {b.text}" for a, b in zip(ct.phys, ct.phys[1:], strict=False))
    return out


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span())


PLACE_DATES = [
    "Bình Dương, ngày 27 tháng 12 năm 2024",
    "Hà Nội, ngày   tháng  năm 2026",
    "Hà Nội, ngày ..... tháng ... năm 2026",
    "NGÀY 05 THÁNG 3 NĂM 2025",
    "Xuân Hương - Đà Lạt, ngày 1 tháng 7 năm 2025",
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 3 tháng 4 năm 2025 của UBND tỉnh",
]


@pytest.mark.parametrize("text", PLACE_DATES)
def test_a_place_and_date_holds_thang_then_nam_after_ngay(text):
    """find_place_date gives up on a line without "tháng" and then "năm"
    after its first "ngày" (any case)."""
    m = P.PLACE_DATE.search(text)
    assert m, text
    low = m.group(0).lower()
    day = low.find("ngày")
    month = low.find("tháng", day + 4)
    assert day >= 0 and month >= 0 and low.find("năm", month + 5) >= 0, text
    assert _same(S.find_place_date(text), m)


@pytest.mark.parametrize(
    "text",
    [
        "Số: 7451/KH-UBND",
        "  Số 28-CT/TW",
        "| Số: 12/QĐ-UBND",
        "SỞ CÔNG THƯƠNG   Số: 12/KH-SCT",
        "Luật số: 69/2025/QH15",
        "Nghị quyết số 05/2025/NQ-HĐND",
    ],
)
def test_a_header_number_opens_at_the_start_a_bar_or_a_capital_so(text):
    """Past a line's start, find_number looks only where a bar or a capital
    "Số"/"SỐ" is: a match opens at the start, after a bar, or at "Số"."""
    m = P.HEADER_NUMBER.search(text)
    assert m, text
    at = m.start()
    assert at == 0 or text[at - 1] == "|" or text.startswith(("Số", "SỐ"), at), text
    assert _same(S.find_number(text), m)


def test_the_gated_header_searches_find_what_the_searches_find():
    """On the samples' lines (and lines where neither pattern matches: a
    body's lowercase "số", a date written "ngày 15/3/2024"), the gated
    searches give what the searches from the same start give."""
    extra = [
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 15/3/2024 của UBND tỉnh về việc giao chỉ tiêu",
        "Ngày 18/03/2026, Sở Công Thương nhận được hồ sơ số 15 của Công ty",
    ]
    for text in _lines() + extra:
        hits = [i for i in (text.find("Số"), text.find("SỐ"), text.find("số")) if i >= 0]
        ref = P.HEADER_NUMBER.search(text, max(0, min(hits) - S._NUMBER_REACH)) if hits else None
        assert _same(S.find_number(text), ref), text
        low = text.lower()
        k = low.find("ngày")
        if len(low) != len(text):
            k = 0
        ref = P.PLACE_DATE.search(text, max(0, k - S._PLACE_REACH)) if k >= 0 else None
        assert _same(S.find_place_date(text), ref), text
    assert S.find_number(extra[0]) is None and S.find_place_date(extra[0]) is None
    for text in _lines() + extra + ["   Số: 1/QĐ-UBND", "Luật số 5/2020/QH14 …", "ỦY BAN | Số 3/KH-UBND"]:
        m = S._search_number(text)
        ref = P.HEADER_NUMBER.search(text)
        assert _same(m, ref), text
        assert P.HEADER_NUMBER.split(text)[0] == (text[: m.start()] if m else text), text


@pytest.mark.parametrize(
    ("pattern", "opening", "texts"),
    [
        ("CLOSING", ("Trên",), ["Trên đây là Kế hoạch triển khai …", "Trên  đây là nội dung"]),
        ("RECIPIENTS", ("N",), ["Nơi nhận:", "NƠI NHẬN:", "Nơi nhận: - Như trên;"]),
        ("APPENDIX_HEADING", ("P",), ["PHỤ LỤC II", "Phụ lục 01: DANH MỤC", "Phụ lục"]),
        ("SECTION_PART", S._PART_OPENINGS, ["Chương II", "CHƯƠNG I", "Phần thứ hai: KẾT QUẢ", "PHẦN I", "Mục 2. Tổ chức", "MỤC 1"]),
        # (without its dash: a dash opens a line classify_line tries the pattern on anyway)
        ("SECTION_INDICATOR", ("-", "–", "+", "•", *S._INDICATOR_OPENINGS), ["Chỉ tiêu 3: Giảm", "CHỈ TIÊU 1. Tăng", "- Chỉ tiêu 2: Giữ"]),
    ],
)
def test_a_line_pattern_opens_as_its_gate_says(pattern, opening, texts):
    """segment_part tries CLOSING only on lines opening with "Trên", and
    APPENDIX_HEADING on a footer's lines opening with "P"; footer_start
    tries RECIPIENTS only on lines opening with "N"; classify_line tries
    SECTION_PART, SECTION_INDICATOR and APPENDIX_HEADING only on lines
    opening with their words."""
    compiled = getattr(P, pattern)
    for text in texts + [line for line in _lines() if compiled.match(line)]:
        assert compiled.match(text), text
        assert text.startswith(opening), (pattern, text)


@pytest.mark.parametrize("text", ["I. MỤC ĐÍCH", "IV- TỔ CHỨC", "II) Nội dung", "I/ MỤC ĐÍCH", "X.Kết quả", "V MỤC"])
def test_a_roman_heading_goes_on_with_a_numeral_a_space_or_a_mark(text):
    """classify_line tries SECTION_ROMAN only where the line's second
    character is a numeral's letter, a space or one of its marks."""
    for line in [text] + [line for line in _lines() if P.SECTION_ROMAN.match(line)]:
        second = line[1:2]
        assert second in S._ROMAN_SECOND or second.isspace(), line


def test_classify_line_gives_what_its_patterns_give():
    """On the samples' lines, the gated classify_line classifies as trying
    each pattern its first character allows did."""
    for line in _lines():
        got = S.classify_line(line)
        c = line[:1]
        if c in "IVXL" and line[1:2] and line[1:2] not in S._ROMAN_SECOND and not line[1:2].isspace():
            assert P.SECTION_ROMAN.match(line) is None, line
            assert got is None, line
        if c in "CPM" and got is None:
            for name in ("SECTION_INDICATOR", "SECTION_PART", "APPENDIX_HEADING"):
                assert getattr(P, name).match(line) is None, (name, line)


def test_organ_of_finds_the_longest_prefix_as_a_scan_would():
    """organ_of looks the folded name's prefixes up by length, where a scan
    of the prefixes, longest first, takes the first that starts it."""
    from khtool.tables import fold

    def scan(name):
        f = fold(name)
        return next((row for prefix, row in S._organs() if f.startswith(prefix)), None)

    names = [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
        "UBND TỈNH LÀO CAI",
        "SỞ CÔNG THƯƠNG",
        "BỘ TRƯỞNG BỘ Y TẾ",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "TỈNH ỦY NGHỆ AN",
        "Bông hoa",
        "",
    ]
    names += [line for line in _lines()[:400] if line.strip()]
    names += [prefix.upper() for prefix, _ in S._organs()]
    for name in names:
        assert S.organ_of(name) is scan(name), name


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("ISSUER_SENTENCE", "UBND phường Nguyễn Nghiêm xây dựng Kế hoạch thực hiện"),
        ("ISSUER_SENTENCE", "Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch"),
        ("ISSUER_SENTENCE", "Uỷ  ban   nhân dân xây dựng Kế hoạch"),
        ("SUBORDINATES", "Đề nghị UBND các huyện, thành phố triển khai"),
        ("SUBORDINATES", "Ủy ban nhân dân các xã, thị trấn chủ động"),
    ],
)
def test_a_committee_is_named_with_ubnd_or_nhan(pattern, text):
    """infer_issuer tries ISSUER_SENTENCE and SUBORDINATES only on lines
    holding "UBND" or "nhân" (of "Ủy ban nhân dân")."""
    compiled = getattr(P, pattern)
    matches = [compiled.search(text)] + [compiled.search(line) for line in _lines()]
    for m in matches:
        if m:
            assert S._may_name_a_committee(m.group(0)), m.group(0)
    assert matches[0]


@pytest.mark.parametrize(
    "text",
    [
        "UBND TỈNH BÌNH DƯƠNG",
        "Kế hoạch số 12/KH-UBND của UBND thành phố Quảng Ngãi",
        "TP. Hồ Chí Minh",
        "tp Cần Thơ",
        "UBND HUYỆN CHÂU THÀNH",
        "Quận 3",
        "UBND thị xã Sơn Tây",
        "UBND xã Tân Hải",
        "phường Nguyễn Nghiêm",
        "Thị trấn Phong Điền",
    ],
)
def test_a_unit_is_named_with_a_word_of_its_kind(text):
    """resolve._named_units tries UNIT_WITH_KIND only on lines holding one of
    _UNIT_KIND_WORDS (lowered)."""
    from khtool.resolve import _UNIT_KIND_WORDS

    matches = list(P.UNIT_WITH_KIND.finditer(text))
    assert matches, text
    for line in _lines():
        matches += P.UNIT_WITH_KIND.finditer(line)
    for m in matches:
        assert any(w in m.group(0).lower() for w in _UNIT_KIND_WORDS), m.group(0)


def test_own_bodies_need_a_name():
    """resolve._citation_place tries no OWN_*_BODY pattern on an empty issuer."""
    assert P.OWN_DISTRICT_BODY.search("") is None and P.OWN_PROVINCE_BODY.search("") is None


def test_portal_residue_opens_with_a_portal_initial():
    """_below_portal_residue tries PORTAL_RESIDUE only on lines opening with
    one of _PORTAL_INITIALS: every letter its labels open with, in each case
    re's IGNORECASE matches."""
    import re
    import sys

    labels = ["Trang chủ", "Số ký hiệu", "NGÀY BAN HÀNH", "Ngày có hiệu lực", "Loại văn bản", "Cơ quan ban hành",
              "Người ký", "Trích yếu", "Lĩnh vực", "Tệp đính kèm", "Tải về", "Lượt xem", "Nội dung văn bản"]
    for text in labels + [line for line in _lines() if P.PORTAL_RESIDUE.match(line)]:
        assert P.PORTAL_RESIDUE.match(text), text
        assert text[:1] in S._PORTAL_INITIALS, text
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    initials = "".join(sorted({label[0].lower() for label in labels}))
    assert set(re.findall(f"[{initials}]", every_character, re.I)) <= S._PORTAL_INITIALS


def test_ends_a_sentence_as_terminal_punct_does():
    texts = ["Mục tiêu.", "Mục tiêu", "Mục tiêu:  ", "thực hiện./.", "(xem Điều 3).", "“trích dẫn.”", "Hỏi?", "…", "", " "]
    for text in texts + _lines():
        assert S._ends_a_sentence(text) == (P.TERMINAL_PUNCT.match(text) is not None), text
        head = text.split(":")[0]
        assert S._ends_a_sentence(head) == (P.TERMINAL_PUNCT.match(head) is not None), head



def test_the_issued_label_is_found_as_in_the_lowered_text():
    """_portal_metadata looks for "ban hành:" with ISSUED_LABEL, where it
    looked in the text lowered: each of its characters matches, in any
    case, exactly the characters str.lower() turns into it."""
    import sys

    import regex

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for ch in set("ban hành:"):
        found = set(regex.findall(f"(?i:{regex.escape(ch)})", every_character))
        assert found == {c for c in every_character if c.lower() == ch}, ch
    for text in ["Ngày ban hành: 21/08/2025", "NGÀY BAN HÀNH: 21/08/2025", "Ban Hành:", "ban hành 12", ""]:
        assert (P.ISSUED_LABEL.search(text) is not None) == ("ban hành:" in text.lower()), text


def test_lines_in_a_range_are_bisected_as_filtered():
    """A text's logical lines are in source order: _lines_in bisects them."""
    from khtool.normalize import clean, normalize_source

    for path in sorted(SAMPLES.glob("*.txt")):
        ct = clean(normalize_source(path.read_text(encoding="utf-8")))
        starts = [ll.src_start for ll in ct.lines]
        assert starts == sorted(set(starts))
        probes = [0, 1, *starts[::7], *(s + 1 for s in starts[::5]), len(ct.source), len(ct.source) + 1]
        for a in probes:
            for b in probes[::3]:
                assert S._lines_in(ct, a, b) == [ll for ll in ct.lines if a <= ll.src_start < b], (a, b)



def test_a_name_is_searched_for_only_where_the_line_can_end_it():
    """_trailing_name tries TRAILING_PERSON_NAME only on a line ending with a
    letter, INNER_PERSON_NAME only on one not ending with a lowercase letter:
    it finds what trying both on every line found."""

    def trying_both(text):
        text = P.MILITARY_RANK.sub("", " ".join(text.strip(" *").split()))
        if S.is_person_name(text):
            return text
        m = P.TRAILING_PERSON_NAME.search(text) or P.INNER_PERSON_NAME.search(text)
        if m and S._is_upper(text[: m.start()] or "X"):
            words = m.group(1).split()
            while words and words[0].lower() not in S._surnames():
                words.pop(0)
            name = " ".join(words)
            if S.is_person_name(name):
                return name
        return None

    texts = [
        "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân",
        "TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG",
        "GIÁM ĐỐC Hoàng Chí Hiền  ",
        "Đại tá Nguyễn Văn An",
        "- Lưu: VT, KH.",
        "",
        " * ",
    ]
    for text in texts + _lines():
        assert S._trailing_name(text) == trying_both(text), text
    assert S._trailing_name(texts[0]) == S._trailing_name(texts[1]) == "Hoàng Văn Thuân"


def test_a_position_opens_with_a_position_initial():
    """_position_of reads a title only from a line opening with one of
    _POSITION_INITIALS."""
    titles = ["PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "BÍ THƯ", "TRƯỞNG BAN",
              "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH THANH TRA", "TỔNG CỤC TRƯỞNG",
              "CHI CỤC TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "CHỦ NHIỆM", "TRƯỞNG ĐOÀN", "HIỆU TRƯỞNG"]
    for text in titles + [line for line in _lines() if P.POSITION.match(line)]:
        assert P.POSITION.match(text), text
        assert text[:1] in S._POSITION_INITIALS, text
    assert S._position_of("PHÓ GIÁM ĐỐC Hoàng Chí Hiền") == "PHÓ GIÁM ĐỐC"


@pytest.mark.parametrize(
    "text",
    ["- Chỉ tiêu 3: Giảm", "– CHỈ TIÊU 1. Tăng", "+ Chỉ  tiêu 2 - Giữ", "• Chỉ tiêu 4: x", "-Chỉ tiêu 5: y",
     "- Nội dung", "-  \u3000Tổ chức", "—", "* a", "-\n b", "- a\n", "- a\nb", "+ Phối hợp", "+",
     "-\u2003Chỉ tiêu 6: z", "— Chỉ tiêu 7: w", "* CHỈ TIÊU 8: v", "- Các chỉ tiêu 9: u"],
)
def test_a_bullet_item_is_read_as_its_patterns_read_it(text):
    """classify_line tries SECTION_INDICATOR on a bullet line only where
    "Chỉ" or "CHỈ" opens it past its mark and spaces, and reads
    SECTION_DASH's rest off a line with no newline without the pattern."""
    for line in [text] + [line for line in _lines() if line and line[0] in "-–—•*+"]:
        got = S.classify_line(line)
        m = P.SECTION_INDICATOR.match(line)
        if m:
            assert line[1:].lstrip().startswith(S._INDICATOR_OPENINGS), line
            assert got == ("indicator", f"Chỉ tiêu {m['label']}", int(m["label"]), m["rest"]), line
        elif line[0] == "+":
            plus = P.SECTION_PLUS.match(line)
            assert got == (("plus", "+", None, plus["rest"]) if plus else None), line
        else:
            dash = P.SECTION_DASH.match(line)
            assert got == (("dash", "-", None, dash["rest"]) if dash else None), line


def test_a_stop_before_a_capital_is_found_where_the_letter_before_it_was_matched():
    """HEADING_NOT_BEFORE_COLON looks behind for the stop's lower-case letter:
    it finds a stop where the pattern taking that letter did."""
    import regex

    taking = regex.compile(
        r"\p{Ll}\.\s+\p{Lu}|[,;.]\s*(?i:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,3}\s*$"
    )
    made = ["Sở Y tế tổ chức hội nghị. Thời gian", "a. B", "A. B", ". B", "x.  Đ", "x., thời gian", "v.v. Các",
            "tổ chức, thời gian hoàn thành", "x.Y", "1. Nội dung", "ạ. Ư"]
    for text in made + _lines():
        assert (P.HEADING_NOT_BEFORE_COLON.search(text) is None) == (taking.search(text) is None), text


@pytest.mark.parametrize(
    "line",
    [
        "Mẫu số 01", "MẪU BÁO CÁO", "Mẫu 02/BC", "(Ban hành kèm theo Quyết định số …)", "( kèm theo Kế hoạch số 12)",
        "Ban hành kèm theo Thông tư số 01", "BAN HÀNH KÈM THEO THÔNG TƯ", "Kèm theo Công văn số 5", "KÈM THEO",
    ],
)
def test_a_form_or_caption_opens_with_a_letter_the_gate_knows(line):
    """numbering_diagnostics tries FORM_LABEL and ATTACHED_CLAUSE only on
    lines opening with _FORM_OR_CAPTION_INITIALS: every line they match opens so."""
    from khtool.segment import _FORM_OR_CAPTION_INITIALS

    assert P.FORM_LABEL.match(line) or P.ATTACHED_CLAUSE.match(line)
    assert line[0] in _FORM_OR_CAPTION_INITIALS


@pytest.mark.parametrize(
    "text",
    [
        "Lập kế hoạch theo Mẫu tại Phụ lục I ban hành kèm theo Thông tư này.",
        "Báo cáo theo mẫu quy định tại Phụ lục 02; biên bản theo Mẫu số 03 tại Phụ lục II.",
        "LẬP THEO MẪU TẠI PHỤ LỤC III",
        "Mẫu số 01\nTrường mẫu giáo Hoa Sen; gương mẫu.",
    ],
)
def test_the_form_appendices_found_where_mau_stands_are_the_patterns(text):
    """_form_appendices matches FORM_APPENDIX only where "mẫu" stands (found by
    str.find): it finds what the pattern's search finds."""
    from khtool.segment import _form_appendices

    assert _form_appendices(text) == {m["label"].upper() for m in P.FORM_APPENDIX.finditer(text)}
