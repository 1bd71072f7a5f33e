"""Reading real files: UTF-8 with a bad byte or cut short, TCVN 5712 VN1 and
TCVN3's capital font, CRLF line endings (``source.newline``); the closing
failure count of every batch command; parse's table and Markdown in the
language asked. Texts and bytes written for these tests."""

from __future__ import annotations

import codecs
import re

import pytest
from typer.testing import CliRunner

from khtool import parse_bytes
from khtool.cli import _register, app
from khtool.errors import InputError
from khtool.normalize import normalize_source
from khtool.read import decode_text, read_bytes
from khtool.render.labels import labels

_register()
runner = CliRunner()

PLAN = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KỲ ANH                            Độc lập - Tự do - Hạnh phúc

Số: 52/KH-UBND                       Kỳ Anh, ngày 09 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2026

Thực hiện Kế hoạch số 118/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Hà Tĩnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Công an xã phối hợp kiểm soát việc vận chuyển gia súc qua địa bàn; hoàn thành trước ngày 30/4/2026.
2. Trạm Y tế xã tuyên truyền cách phòng bệnh cho người dân trước ngày 15/5/2026.

Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                           CHỦ TỊCH
- Lưu: VT.
                                             Trần Văn Lâm
"""


def _diag(doc, code):
    return [d for d in doc.diagnostics if d.code == code]


# --- UTF-8 with a few bad bytes stays UTF-8 -----------------------------------

_GOOD = PLAN.encode("utf-8")
_AT = _GOOD.index("Trạm Y tế".encode())

BROKEN_UTF8 = [
    # (name, bytes, offsets named in the warning, the file cut short?)
    ("one 0xFF byte", _GOOD[:_AT] + b"\xff" + _GOOD[_AT:], f"byte offset {_AT})", False),
    ("cut inside its last character", _GOOD + "Lâm".encode()[:-1] + b"\xe1\xbb", "cut short", True),
    ("a lone continuation byte and a cut one", _GOOD[:_AT] + b"\x80" + _GOOD[_AT:] + b"\xc3", "2 bytes", True),
    ("with a BOM", codecs.BOM_UTF8 + _GOOD[:_AT] + b"\xfe" + _GOOD[_AT:], f"byte offset {_AT + 3})", False),
]


@pytest.mark.parametrize(("data", "named", "cut"), [b[1:] for b in BROKEN_UTF8], ids=[b[0] for b in BROKEN_UTF8])
def test_utf8_with_a_few_bad_bytes_is_read_as_utf8(data, named, cut):
    doc = parse_bytes(data, "plan.txt")
    assert doc.source.encoding in ("utf-8", "utf-8-sig")
    assert doc.source.converted_from is None
    assert not _diag(doc, "encoding-fallback")
    assert doc.kind == "document"
    assert doc.header.number == "52/KH-UBND"
    assert doc.header.level == "ward"
    (warning,) = _diag(doc, "encoding-errors")
    assert warning.severity == "warning"
    assert named in warning.message
    assert ("cut short" in warning.message) == cut
    assert {a.agency for a in doc.assignments} >= {"Công an xã"}


def test_the_warning_names_the_line_of_the_first_bad_byte():
    data = _GOOD[:_AT] + b"\xff" + _GOOD[_AT:]
    (warning,) = _diag(parse_bytes(data, "plan.txt"), "encoding-errors")
    assert warning.line == PLAN[: PLAN.index("Trạm Y tế")].count("\n") + 1


def test_a_text_holding_u_fffd_itself_gets_no_warning():
    doc = parse_bytes(PLAN.replace("Trạm Y tế", "\ufffd Trạm Y tế").encode(), "plan.txt")
    assert not _diag(doc, "encoding-errors")


def test_a_legacy_code_page_with_one_valid_utf8_pair_is_still_not_utf8():
    # (Windows-1258's letters seldom form a valid UTF-8 sequence; one that
    # does, "Ă" before a "©", does not make the text UTF-8)
    text = "Kế hoạch số 12 về việc triển khai nhiệm vụ năm 2026 của Ủy ban nhân dân xã\n" * 5
    data = text.encode("cp1258", errors="ignore") + "ĂÂ".encode("cp1258")[:1] + b"\xa9"
    assert data[-2:].decode("utf-8")  # (the pair is valid UTF-8)
    _text, encoding, _conv = decode_text(data)
    assert encoding == "cp1258"


# --- TCVN 5712 VN1 and TCVN3 (VN3) --------------------------------------------

# VN3 (the ABC fonts) small letters, as TCVN 5712 places them (VN1 keeps them)
_SMALL = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9, "ậ": 0xCB, "ế": 0xD5,
    "ệ": 0xD6, "ì": 0xD7, "í": 0xDD, "ị": 0xDE, "ò": 0xDF, "ó": 0xE3, "ọ": 0xE4,
    "ố": 0xE8, "ộ": 0xE9, "ờ": 0xEA, "ở": 0xEB, "ớ": 0xED, "ợ": 0xEE, "ủ": 0xF1,
    "ụ": 0xF4, "ự": 0xF9, "ừ": 0xF5, "ứ": 0xF8, "ỳ": 0xFA, "ỹ": 0xFC, "ý": 0xFD,
    "ể": 0xD3, "ề": 0xD2, "ầ": 0xC7, "ấ": 0xCA, "ữ": 0xF7, "ử": 0xF6, "ỗ": 0xE7,
    "ồ": 0xE5, "ổ": 0xE6, "ễ": 0xD4, "ắ": 0xBE, "ặ": 0xC6, "ũ": 0xF2, "ù": 0xEF,
    "ú": 0xF3, "ĩ": 0xDC, "ỉ": 0xD8,
}
# VN1's capitals (TCVN 5712:1993 table VN1): untoned in 0xA1-0xA7, toned in
# C0, C1 and the bytes VN3 leaves empty
_CAPITAL = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "À": 0x80, "Ả": 0x81, "Ã": 0x82, "Á": 0x83, "Ạ": 0x84, "Ậ": 0x86, "Ệ": 0x8C,
    "Ì": 0x8D, "Ị": 0x91, "Ò": 0x92, "Ọ": 0x96, "Ộ": 0x97, "Ủ": 0x9E, "Ũ": 0x9F,
    "Ế": 0xDA, "Ố": 0xFF, "Ầ": 0xC1, "Ấ": 0xC4, "Ỳ": 0x13, "Ý": 0x16, "Ụ": 0x02,
    "Ứ": 0x11, "Ự": 0x12, "Ờ": 0x98, "Ở": 0x99, "Ớ": 0x9B, "Ợ": 0x9C, "Ĩ": 0x8F,
}


def _vn1(text: str) -> bytes:
    return bytes(_CAPITAL.get(c) or _SMALL.get(c) or ord(c) for c in text)


def test_vn1_is_converted_with_its_capitals():
    data = _vn1(PLAN)
    assert re.search(rb"[\x80-\x9f]", data)  # (the test's bytes hold VN1's capitals)
    text, encoding, converted = decode_text(data)
    assert converted == "tcvn5712-1" == encoding
    assert normalize_source(text) == PLAN
    doc = parse_bytes(data, "plan.txt")
    assert "TCVN5712-1" in _diag(doc, "encoding-fallback")[0].message
    # (read as the same plan in UTF-8 is)
    utf8 = parse_bytes(PLAN.encode(), "plan.txt")
    assert doc.header == utf8.header
    assert doc.header.level == "ward"
    assert doc.assignments == utf8.assignments and doc.assignments


def test_vn3_with_windows_quotes_is_not_taken_for_vn1():
    body = "Thực hiện Kế hoạch của Ủy ban nhân dân xã về việc “phòng, chống dịch bệnh” trên địa bàn – năm 2026.\n"
    lines = (body * 6).replace("Ủy", "ủy")
    data = bytes(_SMALL.get(c) or ord(c) if c not in "“”–" else c.encode("cp1252")[0] for c in lines)
    text, _enc, converted = decode_text(data)
    assert converted == "tcvn3"
    assert "“phòng, chống dịch bệnh”" in text and " – năm" in text


def test_a_legacy_text_whose_letters_would_be_lost_is_refused():
    # a code no table knows (0x1C) standing inside words: not a document with
    # letters silently dropped
    body = "Kế hoạch triển khai nhiệm vụ của xã năm 2026 về phòng, chống dịch bệnh.\n" * 6
    data = bytes(_SMALL.get(c) or ord(c) for c in body).replace(b"nhi", b"nh\x1ci")
    with pytest.raises(InputError, match="legacy encoding not recognised"):
        read_bytes(data, "plan.txt")


def test_a_refused_legacy_text_exits_3(tmp_path):
    body = "Kế hoạch triển khai nhiệm vụ của xã năm 2026 về phòng, chống dịch bệnh.\n" * 6
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(_SMALL.get(c) or ord(c) for c in body).replace(b"nhi", b"nh\x1ci"))
    res = runner.invoke(app, ["parse", str(path)])
    assert res.exit_code == 3
    assert "legacy encoding not recognised" in res.stderr


TCVN3_CAPITAL_LINES = [
    # (line typed in .VnTimeH / .VnTime, as read back)
    ("X· TH¹CH Hµ                     §éc lËp - Tù do - H¹nh phóc", "XÃ THẠCH HÀ                     Độc lập - Tự do - Hạnh phúc"),
    ("UBND X· Kú ANH\tCéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "UBND XÃ KỲ ANH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("X· Kú ANH", "XÃ KỲ ANH"),
    ("BAN CHØ §¹O ë CÊP X·", "BAN CHỈ ĐẠO Ở CẤP XÃ"),
    # a line of small ASCII letters: only the words of capitals
    ("KÕ HO¹CH sè 12 cña x·", "Kế HOẠCH số 12 của xã"),
    # no word of capitals: a name, left as typed
    ("Lª Hµ", "Lê Hà"),
    ("Hµ TÜnh, ngµy 09 th¸ng 3", "Hà Tĩnh, ngày 09 tháng 3"),
]


@pytest.mark.parametrize(("typed", "read"), TCVN3_CAPITAL_LINES, ids=[t[1][:20] for t in TCVN3_CAPITAL_LINES])
def test_tcvn3_capitals_in_a_line_of_capitals(typed, read):
    body = "\nThùc hiÖn nhiÖm vô cña ñy ban nh©n d©n x· n¨m 2026 vÒ phßng, chèng dÞch bÖnh.\n" * 4
    text, _enc, converted = decode_text((typed + body).encode("latin-1"))
    assert converted == "tcvn3"
    assert text.split("\n")[0] == read


def test_a_ward_plan_in_tcvn3_capitals_keeps_its_unit():
    # (VN3 has the untoned capitals, 0xA1-0xA7; a toned one is typed with
    # its small letter's code)
    data = bytes(
        _SMALL.get(c) or (_CAPITAL[c] if _CAPITAL.get(c, 0) in range(0xA1, 0xA8) else _SMALL.get(c.lower())) or ord(c)
        for c in PLAN
    )
    doc = parse_bytes(data, "plan.txt")
    assert doc.source.converted_from == "tcvn3"
    utf8 = parse_bytes(PLAN.encode(), "plan.txt")
    assert doc.header.level == "ward"
    assert doc.header.issuer == utf8.header.issuer


# --- line endings: source.newline --------------------------------------------


NEWLINES = [
    ("lf", PLAN, None),
    ("crlf", PLAN.replace("\n", "\r\n"), "crlf"),
    ("cr", PLAN.replace("\n", "\r"), "cr"),
    ("mixed", PLAN.replace("\n", "\r\n", 5), "mixed"),
]


@pytest.mark.parametrize(("text", "newline"), [n[1:] for n in NEWLINES], ids=[n[0] for n in NEWLINES])
def test_the_files_line_endings_are_named_and_spans_index_the_source_text(text, newline):
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    assert doc.source.newline == newline
    source = text.replace("\r\n", "\n").replace("\r", "\n")
    assert source == normalize_source(text, keep_tabs=True)
    deadline = next(d for d in doc.deadlines if d.day == 30)
    assert "30/4/2026" in source[deadline.span.start : deadline.span.end]
    assert deadline.span.line == PLAN[: PLAN.index("30/4/2026")].count("\n") + 1


# --- every batch ends with its count of failures ------------------------------


@pytest.mark.parametrize(
    "command",
    [["parse"], ["check", "-f", "json"], ["check", "-f", "sarif"], ["graph"], ["graph", "-f", "json"]],
    ids=lambda c: " ".join(c),
)
def test_every_batch_command_ends_with_the_count_of_failures(tmp_path, command):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    args = [*command, str(tmp_path / "plan.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt")]
    res = runner.invoke(app, args)
    assert res.exit_code == 1, res.stderr
    assert res.stderr.rstrip().endswith("khtool: 2 of 3 inputs failed") or "khtool: 2 of 3 inputs failed" in res.stderr


@pytest.mark.parametrize("command", [["check", "-f", "json"], ["graph"]], ids=lambda c: c[0])
def test_one_bad_input_alone_is_its_own_story(tmp_path, command):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = runner.invoke(app, [*command, str(tmp_path / "empty.txt")])
    assert res.exit_code == 3
    assert "inputs failed" not in res.stderr


# --- parse's table and Markdown in the language asked -------------------------


def _labels_of(lang: str, other: str) -> set[str]:
    """The document view's labels in ``lang`` that ``other`` writes otherwise."""
    kinds = ("doc.", "col.", "level.", "md.", "kind.", "role.", "relation.", "severity.")
    out = set()
    for key, texts in labels().items():
        if key.startswith(kinds) and texts[lang] != texts[other]:
            words = re.sub(r"\{\w+\}", "", texts[lang]).strip(" ()[]")
            if len(words) >= 3:
                out.add(words)
    return out


@pytest.mark.parametrize("fmt", ["table", "md"])
@pytest.mark.parametrize(("lang", "other"), [("en", "vi"), ("vi", "en")])
def test_parse_report_holds_no_label_of_the_other_language(tmp_path, fmt, lang, other):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    res = runner.invoke(app, ["parse", str(path), "-f", fmt, "--lang", lang], env={"COLUMNS": "400"})
    assert res.exit_code == 0, res.stderr
    out = res.stdout.replace(str(path), "")
    # (the plan's own words are as written in either language)
    found = sorted(w for w in _labels_of(other, lang) if w in out and w not in PLAN)
    assert not found


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", ["Level", "ward", "| Field | Value |", "## Who does what", "(line "]),
        ("vi", ["Cấp xã", "| Trường | Giá trị |", "## Phân công nhiệm vụ", "(dòng ", "09/03/2026"]),
    ],
)
def test_parse_md_speaks_the_language_asked(tmp_path, lang, said):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    res = runner.invoke(app, ["parse", str(path), "-f", "md", "--lang", lang])
    assert res.exit_code == 0, res.stderr
    for s in said:
        assert s in res.stdout, s


def test_parse_md_is_english_by_default(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    res = runner.invoke(app, ["parse", str(path), "-f", "md"], env={"KHTOOL_LANG": None})
    assert "| Field | Value |" in res.stdout and "Level | ward" in res.stdout


@pytest.mark.parametrize(("lang", "level"), [("en", "Level ward"), ("vi", "Cấp Cấp xã")])
def test_parse_table_names_the_level_in_the_language_asked(tmp_path, lang, level):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    res = runner.invoke(app, ["parse", str(path), "-f", "table", "--lang", lang], env={"COLUMNS": "400"})
    out = " ".join(res.stdout.split())
    assert level in out
    assert "xã/phường" not in out
