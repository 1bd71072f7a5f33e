"""The cheap tests the citations stage makes before a pattern: each must let
through every place the pattern matches (or the output would change)."""

from __future__ import annotations

import pytest
import regex

from khtool import patterns as P
from khtool.extract.citations import _laws_by_name, _may_open_with

from .conftest import SAMPLES

# (pattern, the words one of which each match holds, lowered, texts it matches)
GATED_ON_WORDS = [
    (
        "OWN_ACTION_VERB",
        P.OWN_ACTION_VERB_WORDS,
        ["thay thế", "Bãi bỏ", "HỦY BỎ", "huỷ bỏ", "Sửa đổi, bổ sung", "sửa đổi và bổ sung", "sửa đổi", "Đính chính", "bổ sung", "Gia hạn thời gian", "điều chỉnh thời hạn", "Kéo dài thời hạn", "lùi thời gian"],
    ),
    (
        "AMENDED_BY",
        P.AMENDED_BY_LETTERS,
        [
            "được sửa đổi, bổ sung bởi",
            "đã được SỬA ĐỔI, BỔ SUNG một số điều tại",
            "Sửa đổi bổ sung theo các",
            "và các Nghị định sửa đổi, bổ sung gồm: số",
            "các Quyết định điều chỉnh chủ trương đầu tư số:",
            "; Nghị quyết ĐIỀU CHỈNH số",
            "(đã được đính chính tại",
            "được ĐÍNH CHÍNH bởi các",
        ],
    ),
    # (a task's targets: a line out of the task regions is read for a quota only if it holds one)
    (
        "QUOTA_BOUND",
        P.QUOTA_BOUND_WORDS,
        [
            "tỷ lệ hộ nghèo không vượt quá 2%",
            "Số lượng cán bộ tối đa 05 người",
            "TỶ LỆ nợ xấu KHÔNG QUÁ 3%",
            "số lượng tối thiểu 02",
            "tỷ lệ không dưới 50%",
            "tỷ lệ không thấp hơn 30%",
            "số lượng thành viên không ít hơn 7 người",
        ],
    ),
    ("REL_BASIS", P.REL_BASIS_WORDS, ["Căn cứ", "căn  cứ", "Trên cơ sở", "TRÊN CƠ SỞ"]),
    (
        "REL_IMPLEMENTS",
        P.REL_IMPLEMENTS_WORDS,
        ["Thực hiện", "triển khai", "Cụ thể hóa", "cụ thể hoá", "Quán triệt", "hướng dẫn thi hành", "TRIỂN KHAI"],
    ),
    ("REL_PROPOSAL", P.REL_PROPOSAL_WORDS, ["Xét đề nghị", "theo đề nghị", "đề nghị của", "Tờ trình", "TỜ TRÌNH"]),
    ("BASIS_THROUGH_PREPOSITION", ("căn",), ["Căn cứ quy định tại ", "CĂN CỨ vào các nội dung của "]),
    ("PINPOINT", (P.PINPOINT_WORD,), ["Điều 5", "khoản 2 Điều 8 ", "điểm c khoản 1, ĐIỀU 8 của "]),
    (
        "IMPLEMENTS_THROUGH_PREPOSITION",
        P.IMPLEMENTS_THROUGH_PREPOSITION_VERBS,
        ["thực hiện các mục tiêu của ", "Triển khai thực hiện nhiệm vụ tại ", "cụ thể hóa chủ trương theo "],
    ),
    (
        "IMPLEMENTS_THROUGH_PREPOSITION",
        P.IMPLEMENTS_THROUGH_PREPOSITION_WHATS,
        [
            "thực hiện các mục tiêu của ",
            "thực hiện nhiệm vụ tại ",
            "thực hiện giải pháp tại ",
            "thực hiện nội dung tại ",
            "thực hiện chỉ tiêu tại ",
            "thực hiện quan điểm của ",
            "thực hiện chủ trương của ",
        ],
    ),
]


@pytest.mark.parametrize(("pattern", "words", "texts"), GATED_ON_WORDS)
def test_a_gated_pattern_holds_one_of_its_words(pattern, words, texts):
    for text in texts:
        m = getattr(P, pattern).search(text)
        assert m, (pattern, text)
        assert any(w in m.group(0).lower() for w in words), (pattern, text)


def test_gate_words_lower_what_ignorecase_matches():
    """A word looked for in lowered text must hold only letters that every
    character (?i) matches to lowers to: not "i" ("İ"), "s" ("ſ") or "k" (the
    Kelvin sign)."""
    letters = {c for _, words, _ in GATED_ON_WORDS for w in words for c in w}
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in sorted(letters):
        found = regex.findall(f"(?i){regex.escape(letter)}", every)
        assert all(c.lower() == letter for c in found), (letter, [c for c in found if c.lower() != letter])


@pytest.mark.parametrize(
    ("pattern", "initials", "comma", "texts"),
    [
        (
            "ENDED_BY_OWN",
            P.ENDED_BY_OWN_INITIALS,
            False,
            [
                " hết hiệu lực kể từ ngày Quyết định này có hiệu lực",
                " (sau đây gọi là Quyết định 12) HẾT HIỆU LỰC kể từ ngày Quyết định này",
                "  đã hết hiệu lực kể từ ngày Thông tư này",
                "\nSẽ hết hiệu lực khi Nghị định này",
            ],
        ),
        (
            "CITATION_ISSUER",
            P.CITATION_ISSUER_INITIALS,
            True,
            [" của Bộ Y tế", ", của Chính phủ", " , CỦA UBND tỉnh", " do Cục Hóa chất cấp", "Do Sở Y tế"],
        ),
    ],
)
def test_a_pattern_opens_with_its_initials(pattern, initials, comma, texts):
    for text in texts:
        m = getattr(P, pattern).match(text)
        assert m, (pattern, text)
        head = text.lstrip()
        if comma and head.startswith(","):
            head = head[1:].lstrip()
        assert head[0] in initials, (pattern, text)
        assert _may_open_with(text, 0, initials, comma=comma)
        assert _may_open_with(f"x{text}", 1, initials, comma=comma)


def test_may_open_with():
    assert not _may_open_with(" về việc", 0, P.CITATION_ISSUER_INITIALS, comma=True)
    assert not _may_open_with(", , của", 0, P.CITATION_ISSUER_INITIALS, comma=True)
    assert _may_open_with(" " * 20 + "về", 0, P.CITATION_ISSUER_INITIALS)  # (not known)


def test_subjects_read_into_a_number_end_with_its_word():
    # (a subject's spaces are joined and stripped: the pattern's end is its end)
    for subject in ["quy định về một việc và Quyết định số", "ban hành … Quyết định số:", "về … Kế hoạch SỐ :"]:
        subject = " ".join(subject.split()).rstrip(" ,")
        if P.SUBJECT_INTO_NUMBER.search(subject):
            assert subject.endswith(("số", ":")), subject
    assert P.SUBJECT_INTO_NUMBER.search("về … Quyết định số :")


def test_laws_by_name_are_the_pattern_s_matches():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "Căn cứ Bộ luật Lao động năm 2019; Bộ  luật Dân sự ngày 24 tháng 11 năm 2015;",
        "xBộ luật Dân sự năm 2015, Bộ\nluật Hình sự 2015, Bộ Luật Dân sự năm 2015",
        "Luật Đầu tư, Luật Doanh nghiệp năm 2020 và Luật Đất đai 2024; theo Luật Đất đai trong năm 2026",
        "của pháp luật về đất đai; Luật",
        # (the gate: a name and its date's words, then a digit; or no digit at all)
        "Luật Đất đai.\nLuật Đầu tư, Luật Xây dựng\nnăm 2014; Luật Nhà ở - Kinh doanh, ngày 5/6/2020",
        "theo Luật Đất đai (sửa đổi) năm 2024; Luật Giá_2012; Luật Thủy lợi ngày ٢ tháng 3 năm 2017",
        "Bộ luật Hình sự\t,\u00a0năm 2015 và Luật Trẻ em " + "rất dài " * 80 + "năm 2016",
    ]
    for text in texts:
        assert [m.span() for m in _laws_by_name(text)] == [m.span() for m in P.LAW_BY_NAME.finditer(text)]


def test_law_by_name_stop_is_what_no_name_holds():
    """P.LAW_BY_NAME_STOP (re) finds no printable letter, space, comma nor
    hyphen as LAW_BY_NAME (regex) reads them, and finds every digit its
    dates open with, each a decimal or unprintable: where it finds first a
    printable character that is no digit, the pattern cannot match (see
    _laws_by_name; regex's Unicode tables are newer than re's, whose
    unassigned characters are unprintable)."""
    chars = "".join(map(chr, range(0x110000)))
    held = set(regex.findall(r"[\p{L}\s,\-]", chars))
    stops = set(P.LAW_BY_NAME_STOP.findall(chars))
    assert not {c for c in held & stops if c.isprintable()}
    digits = set(regex.findall(r"\d", chars))
    assert digits <= stops and all(d.isdecimal() or not d.isprintable() for d in digits)


def test_law_words_are_where_find_finds_them():
    from khtool.extract.citations import _law_words

    def finds(text: str, word: str) -> list[int]:
        found, i = [], text.find(word)
        while i >= 0:
            found.append(i)
            i = text.find(word, i + 1)
        return found

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "ật Luật luật LUẬT Luậtluật xLuật ậ", "uật", "ậ", "",
    ]
    for text in texts:
        assert _law_words(text) == (finds(text, "Luật"), finds(text, "luật"))


def test_lookalike_letters_are_the_pattern_s():
    assert set(P.LOOKALIKE_LETTERS) == set(P.HAS_LOOKALIKE.pattern[1:-1]) == {chr(c) for c in P.LOOKALIKES}


def test_basis_words_are_where_lowered_text_finds_them():
    from khtool.extract.citations import _basis_words

    def lowered_finds(text: str) -> list[int]:
        lowered, found = text.lower(), []
        i = lowered.find("căn cứ")
        while i >= 0:
            found.append(i)
            i = lowered.find("căn cứ", i + 1)
        return found

    # (only "İ" lowers to two letters: elsewhere text.lower()'s positions are text's)
    assert [c for c in range(0x110000) if len(chr(c).lower()) != 1] == [0x130]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "Căn cứ Luật A; CĂN CỨ Luật B; căn Cứ; cĂn cỨ x; căncứ; căn  cứ; Ứ ứ; căn cứ",
    ]
    for text in texts:
        assert _basis_words(text) == lowered_finds(text)


def test_subject_end_is_the_pattern_s_search():
    from khtool.extract.citations import SUBJECT_MAX, _subject_end

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "về X (sau đây gọi là A); về Y. Z; về đánh giá, ngày 28/8/2024 UBND tỉnh đã ban hành",
        "về X, Sở Công Thương đề nghị; về Y  và để bảo đảm; về Z được thay thế bởi; "
        "(đã được bãi bỏ; hết hiệu lực; , sửa đổi bổ sung bởi Thông tư; và bãi bỏ Điều 2 ; "
        "THÀNH cụm từ “a”; có hiệu lực; thì ; , để ; , Sau khi xem xét; , đề nghị của A; "
        "đồng thời thay thế Thông tư 1; ./. ; :\n; 1.5 ; TP.HCM; x.",
    ]
    for text in texts:
        for i in range(0, len(text), 3):
            window = text[i : i + SUBJECT_MAX]
            m = P.SUBJECT_END.search(window)
            assert _subject_end(window) == (m.start() if m else len(window)), (i, window[:80])


@pytest.mark.parametrize(
    ("pattern", "gate", "texts"),
    [
        ("NORMATIVE_TYPO", "SLASH_YEAR_THEN_LETTERS", ["13/2021ATT-BLĐTBXH", "05/ 2019aTT-BYT", "1/\n2020XNĐ-CP"]),
        ("GLUED_SERIAL_NUMBER", "LETTER_SLASH_YEAR", ["01TV/2026", "12ĐKT/1999", "3ÂB/2020"]),
        ("PARTY_NUMBER", "HYPHEN_CODE_SLASH", ["28-CT/TW", "160- KH/TU", "52-\nCT/TW", "05-QĐi/TW", "7-HD&X /BTG"]),
    ],
)
def test_a_number_holds_what_its_scan_is_gated_on(pattern, gate, texts):
    for text in texts:
        m = getattr(P, pattern).search(text)
        assert m, (pattern, text)
        assert getattr(P, gate).search(m.group(0)), (pattern, text)


def test_other_digits_ranges_hold_every_other_digit():
    """P.OTHER_DIGITS_LOW / _HIGH hold every decimal digit SHORT_FORM_SERIAL's
    \\d matches beyond ASCII's (where neither finds one, its matches are runs
    of ASCII digits: see _serials_in), and no Vietnamese letter nor common
    punctuation, so that a Vietnamese text takes the fast scan."""
    chars = "".join(map(chr, range(0x80, 0x110000)))
    digits = regex.findall(r"\d", chars)
    assert digits and all(P.OTHER_DIGITS_LOW.match(d) or P.OTHER_DIGITS_HIGH.match(d) for d in digits)
    vietnamese = "".join(map(chr, [*range(0xC0, 0x1B1), *range(0x300, 0x370), *range(0x1EA0, 0x1EFA), *range(0x2000, 0x2300)]))
    assert not P.OTHER_DIGITS_LOW.search(vietnamese) and not P.OTHER_DIGITS_HIGH.search(vietnamese)


def test_serials_in_are_short_form_serials_matches():
    """_serials_in finds what SHORT_FORM_SERIAL's search finds with a serial
    of the set, over a whole text or a part of it cutting through a number,
    with ASCII digits only or others too (the pattern's own search then)."""
    from khtool.extract.citations import _serials_in

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "Kết luận 01, Quyết định 1719; 012345 123456 1.5 2,3 7/8 9-1 x9 (12) 1 01",
        "Kết luận ０１ và ١٢, số 12 và 0012 ngày 3",
        "số 0, 00, 00000, 000000, 12345, 012345 và 0012345",
        "",
    ]
    for text in texts:
        found = {int(m.group(0)) for m in P.SHORT_FORM_SERIAL.finditer(text)}
        for serials in (found, {1, 12, 3, 1719}, {0, 12345, 123456}, set()):
            for lo, hi in ((0, len(text)), (len(text) // 3 + 1, 2 * len(text) // 3 + 1)):
                expected = [m.span() for m in P.SHORT_FORM_SERIAL.finditer(text, lo, hi) if int(m.group(0)) in serials]
                assert [m.span() for m in _serials_in(text, lo, hi, serials)] == expected


def test_party_numbers_found_at_their_starts_are_the_scan_s():
    """PARTY_NUMBER tried only where _party_number_starts says (the digit run
    before each type code's hyphen) finds what its scan of the text finds,
    and the digits it walks back over are \\d's (of any script)."""
    from khtool.extract.citations import _decimal, _matches_at, _party_number_starts

    chars = "".join(map(chr, range(0x110000)))
    assert regex.findall(r"\d", chars) == [c for c in chars if _decimal(c)]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        "Chỉ thị 28-CT/TW, 160- KH/TU, 52-\nCT/TW, 05-QĐi/TW và 7-HD&X /BTG; x28-CT/TW",
        "123456-KH/TU 12345-KH/TU-VP-BTG /1-A/B 3:4-CT/TW Q:5-CT/TW ٢٨-CT/TW \U00010d41-CT/TW 9 -KH/TU 8--KH/TU",
        "-KH/TU 1-KH/ 2-\n KH/TU 3-\nkh/TU",
        "",
    ]
    for text in texts:
        expected = [m.span() for m in P.PARTY_NUMBER.finditer(text)]
        assert [m.span() for m in _matches_at(P.PARTY_NUMBER, text, _party_number_starts(text))] == expected, text


# The longest a number's lead before its slash can be (the most digits, a
# dotted serial, a unit's code, a year), and other forms the patterns read.
LONGEST_NUMBERS = [
    "123456.1234-ABCDEFGHIJ/2024/ABCDEFGHIJKLMNOP-ABC",  # GENERIC_NUMBER
    "123456.1234-ABCDEFGHIJ/ABC",
    "12345.123 / 2024 / QH15",  # NORMATIVE_NUMBER
    "12345.123 /2024 /QH15",
    "12345.123 /\n2024 /\nNĐ-CP",
    "12345.123 / 2024 / NĐ - CP",
    "123456.123 / KH - UBND",  # ADMIN_NUMBER
    "123456.123 /\nKH-UBND",
    "٢٠٢٤/KH-UBND",  # (digits beyond ASCII: \\d takes them)
]


@pytest.mark.parametrize("pattern", ["NORMATIVE_NUMBER", "ADMIN_NUMBER", "GENERIC_NUMBER"])
def test_a_number_holds_a_slash_its_gate_finds_in_reach(pattern):
    """Each match holds a slash P.NUMBER_SLASH finds within
    P.NUMBER_SLASH_REACH of its start (citations._number_starts tries the
    pattern only there)."""
    texts = LONGEST_NUMBERS + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    seen = 0
    for text in texts:
        for m in getattr(P, pattern).finditer(text):
            slash = P.NUMBER_SLASH.search(text, m.start(), m.end())
            assert slash is not None and slash.start() - m.start() <= P.NUMBER_SLASH_REACH, (pattern, m.group(0))
            seen += 1
    assert seen


def test_number_matches_at_their_starts_are_the_scans():
    """_matches_at over _number_starts finds what each number pattern's
    finditer finds, with look-alike letters, numbers run together, and
    digits beyond ASCII."""
    from khtool.extract.citations import _matches_at, _number_starts

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [
        " ".join(LONGEST_NUMBERS),
        "số 12/KH-UBND/13/QĐ-UB ngày 12/3/2024, 56/2017/NĐ-CP;01/2024/TT-BYT 7/8/9 a1/B",
        "",
    ]
    for text in texts:
        starts = _number_starts(text)
        for pattern in (P.NORMATIVE_NUMBER, P.ADMIN_NUMBER, P.GENERIC_NUMBER):
            assert [m.span() for m in _matches_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]
