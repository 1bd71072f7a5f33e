"""The read stage: encodings, legacy fonts, .docx, .pdf, .html, and bad input."""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile

import pytest

from khtool.errors import InputError
from khtool.normalize import normalize_source
from khtool.read import Limits, decode_text, read_bytes
from khtool.tables import load

from .conftest import SHARED, sample_paths

SENTENCE = (
    "Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch triển khai thực hiện Quyết định "
    "về chăm sóc, giáo dục và bảo vệ trẻ em trên địa bàn tỉnh năm 2024."
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes base letters (â ê ô ơ ư ă đ) precomposed and tones combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


def _legacy(text: str, name: str) -> bytes:
    """Encode with the inverse of khtool's own table (shortest sequence per letter)."""
    table = load("legacy_encodings.json")[name]
    inverse: dict[str, str] = {}
    for k, v in sorted(table.items(), key=lambda kv: len(kv[0])):
        inverse.setdefault(v, k)
    # TCVN3 has no capital toned letters (a capital font draws the small codes)
    return "".join(inverse.get(ch) or inverse.get(ch.lower(), ch) for ch in text).encode("latin-1")


ENCODINGS = [
    ("utf-8", SENTENCE.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")),
    ("utf-16-le-bom", b"\xff\xfe" + SENTENCE.encode("utf-16-le")),
    ("utf-16-be-bom", b"\xfe\xff" + SENTENCE.encode("utf-16-be")),
    ("utf-16-le-nobom", SENTENCE.encode("utf-16-le")),
    ("nfd", unicodedata.normalize("NFD", SENTENCE).encode("utf-8")),
    ("cp1258", _cp1258(SENTENCE)),
    ("vni", _legacy(SENTENCE, "vni")),
]


@pytest.mark.parametrize(("name", "data"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_gives_the_same_text(name, data):
    text, _enc, _conv = decode_text(data)
    assert normalize_source(text) == SENTENCE


# Windows-1258 whose tone bytes, read as Windows-1252, give accented Latin
# letters ("UÒY BAN", "BIÌNH"): more letters that look Vietnamese than the
# right reading has, but no Vietnamese syllables.
CP1258_TEXTS = [
    "ỦY BAN NHÂN DÂN HUYỆN THĂNG BÌNH",
    "ỦY BAN NHÂN DÂN\nHUYỆN THĂNG BÌNH\nKẾ HOẠCH\nPhòng chống dịch bệnh sốt xuất huyết năm 2025",
    "Triển khai thực hiện công tác phòng, chống dịch bệnh trên địa bàn huyện Thăng Bình",
]


@pytest.mark.parametrize("text", CP1258_TEXTS)
def test_windows_1258_is_told_from_windows_1252_by_its_syllables(text):
    decoded, encoding, _conv = decode_text(_cp1258(text))
    assert (normalize_source(decoded), encoding) == (text, "cp1258")


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (_cp1258(CP1258_TEXTS[1]), "cp1258"),
        (_legacy(SENTENCE, "vni"), "VNI"),
        (SENTENCE.encode("utf-8"), None),
        (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), None),
    ],
    ids=["cp1258", "vni", "utf-8", "utf-16"],
)
def test_a_guessed_encoding_is_named_in_a_diagnostic(data, named):
    from khtool.pipeline import parse_bytes

    messages = [
        d.message for d in parse_bytes(data, "x.txt").diagnostics if d.code == "encoding-fallback"
    ]
    assert [named in m for m in messages] == ([True] if named else [])


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + SENTENCE.encode("utf-16-le") + b"\x41",  # a byte cut off the end
        SENTENCE.encode("utf-16-le") + b"\x41",
        b"\x01\x00\x01\x00\x01\x00\x01",  # found by the fuzz test
        b"\xff\xfe" + "A".encode("utf-16-le") + b"\x00\xd8",  # a lone surrogate
    ],
    ids=["bom-odd-length", "nobom-odd-length", "fuzz", "lone-surrogate"],
)
def test_damaged_utf16_is_read_with_replacement_characters(data):
    text, encoding, _conv = decode_text(data)
    assert encoding.startswith("utf-16")
    assert text.endswith("\ufffd")


def test_tcvn3_is_converted_and_reported():
    # TCVN3 has no distinct capital toned letters: compare case-insensitively
    text, _enc, converted = decode_text(_legacy(SENTENCE, "tcvn3"))
    assert converted == "tcvn3"
    assert normalize_source(text).lower() == SENTENCE.lower()


TCVN3_BODY = "Triển khai thực hiện công tác phòng, chống dịch bệnh trên địa bàn huyện năm 2025."


# TCVN3's capital font (.VnTimeH) draws toned capitals from the small letters'
# codes (_legacy writes them so): words and lines of capitals come back in
# capitals; plain text keeps its small letters.
@pytest.mark.parametrize(
    "line",
    [
        "ỦY BAN NHÂN DÂN",
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. MỤC TIÊU VÀ CHỈ TIÊU",
        "V. TỔ CHỨC THỰC HIỆN",
        "KT. CHỦ TỊCH",
        "Kế hoạch số 215/KH-UBND",
        "Sở Y tế tỉnh Nghệ An",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 215/KH-UBND",
    ],
)
def test_tcvn3_capitals_come_back_in_capitals(line):
    text, _enc, converted = decode_text(_legacy(f"{line}\n{TCVN3_BODY}", "tcvn3"))
    assert converted == "tcvn3"
    assert normalize_source(text) == f"{line}\n{TCVN3_BODY}"


def test_legacy_mojibake_already_in_unicode_is_converted():
    mojibake = _legacy(SENTENCE, "tcvn3").decode("latin-1")  # pasted into a UTF-8 file
    text, _enc, converted = decode_text(mojibake.encode("utf-8"))
    assert converted == "tcvn3"
    assert "kế hoạch" in normalize_source(text).lower()


def test_plain_ascii_is_not_mistaken_for_legacy():
    text, _enc, converted = decode_text(
        b"Plan 12/KH-UBND dated 2024, section I. Purpose and requirements."
    )
    assert converted is None and text.startswith("Plan")


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "x.txt")


def _docx(
    paragraphs_before: list[str], header_rows: list[tuple[str, str]], body_table: list[list[str]]
) -> bytes:
    import docx

    d = docx.Document()
    t = d.add_table(rows=0, cols=2)
    for left, right in header_rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = left, right
    for p in paragraphs_before:
        d.add_paragraph(p)
    bt = d.add_table(rows=0, cols=len(body_table[0]))
    for row in body_table:
        for c, v in zip(bt.add_row().cells, row, strict=True):
            c.text = v
    d.add_paragraph("Nơi nhận:")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_keeps_document_order_and_cell_lines():
    data = _docx(
        ["KẾ HOẠCH", "Kiểm tra an toàn hóa chất năm 2025", "I. MỤC ĐÍCH"],
        [
            (
                "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ),
            ("Số: 412/KH-SCT", "Lào Cai, ngày 03 tháng 3 năm 2025"),
        ],
        [["STT", "Đơn vị"], ["1", "Công ty A"]],
    )
    raw = read_bytes(data, "plan.docx")
    lines = raw.text.splitlines()
    assert raw.format == "docx"
    assert lines[0] == "| UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"
    assert lines.index("KẾ HOẠCH") < lines.index("| STT | Đơn vị |") < lines.index("Nơi nhận:")

    from khtool import parse_bytes

    h = parse_bytes(data, "plan.docx").header
    assert (h.number, h.date, h.issuer.name, h.issuer.parent) == (
        "412/KH-SCT",
        "2025-03-03",
        "SỞ CÔNG THƯƠNG",
        "UBND TỈNH LÀO CAI",
    )


def test_docx_footer_table_keeps_every_recipient():
    # the footer as a two-column table: the recipients' cell and the
    # signature's have different numbers of paragraphs, read line by line
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    d.add_paragraph("Số: 412/SCT-CN")
    d.add_paragraph("V/v kiểm tra an toàn hóa chất")
    d.add_paragraph("Kính gửi: Công ty cổ phần Hóa chất An Phát.")
    d.add_paragraph("Sở Công Thương đề nghị Công ty rà soát kho hóa chất trước ngày 30/6/2026./.")
    f = d.add_table(rows=1, cols=2)
    f.rows[0].cells[0].text = "Nơi nhận:\n- Như trên;\n- Ban Giám đốc Sở;\n- Công an tỉnh;\n- Lưu: VT, CN."
    f.rows[0].cells[1].text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân"
    buf = io.BytesIO()
    d.save(buf)

    from khtool import parse_bytes

    doc = parse_bytes(buf.getvalue(), "letter.docx")
    assert [r.text for r in doc.recipients] == ["Như trên", "Ban Giám đốc Sở", "Công an tỉnh", "Lưu: VT, CN"]
    signer = doc.header.signer
    assert signer is not None
    assert (signer.authority, signer.position, signer.name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân")


def test_zip_bomb_is_refused_without_unpacking():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>")
        zf.writestr("word/media/huge.bin", b"\0" * (30 * 2**20))
    with pytest.raises(InputError, match="zip bomb"):
        read_bytes(buf.getvalue(), "bomb.docx", Limits(max_docx_uncompressed=20 * 2**20))


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"PK\x03\x04garbage", "x.docx", "corrupt .docx"),
        (b"%PDF-1.4\n garbage", "x.pdf", "corrupt .pdf|no text layer"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "x.doc", "legacy .doc"),
    ],
)
def test_corrupt_files_raise_input_error(data, name, message):
    with pytest.raises(InputError, match=message):
        read_bytes(data, name)


def _pdf(text: str | None) -> bytes:
    """A minimal one-page PDF, with a text layer when ``text`` is given."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    return _pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(b"", content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _stream(head: bytes, content: bytes) -> bytes:
    return b"<< " + head + b" /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"


def _pdf_file(objs: list[bytes]) -> bytes:
    """A PDF file of these objects (1 0 obj is the catalog)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_with_text_layer():
    raw = read_bytes(_pdf("So: 12/KH-UBND"), "plan.pdf")
    assert raw.format == "pdf" and "12/KH-UBND" in raw.text


def test_scanned_pdf_has_no_text_layer():
    with pytest.raises(InputError, match="no text layer"):
        read_bytes(_pdf(None), "scan.pdf")


def _signed_pdf(lines: list[tuple[float, float, float, str]], widgets: list[tuple[list[float], bytes]]) -> bytes:
    """One A4 page whose text layer draws ``lines`` (x, y, size, text) in
    Times-Roman, Vietnamese letters through a ToUnicode map as a word
    processor's PDF has them, and form-field widgets (rectangle, appearance
    content) as an e-signing tool adds them: a signature field whose
    appearance draws a form ("/FRM Do") holding the text or an image."""
    codes: dict[str, int] = {}

    def encode(text: str) -> bytes:
        return bytes(ord(ch) if ord(ch) < 128 else codes.setdefault(ch, 128 + len(codes)) for ch in text)

    content = b"".join(b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, encode(text)) for x, y, size, text in lines)
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Viet-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n" % len(codes)
        + b"".join(b"<%02X> <%04X>\n" % (code, ord(ch)) for ch, code in codes.items())
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>"
    objs = [b"", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"", _stream(b"", content), font, _stream(b"", cmap)]
    image = len(objs) + 1  # a one-pixel red seal
    objs.append(_stream(b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8", b"\xff\x00\x00"))
    annots = []
    for rect, drawing in widgets:
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        bbox = b"/Type /XObject /Subtype /Form /BBox [0 0 %g %g]" % (w, h)
        inner = _stream(bbox + b" /Resources << /Font << /F1 5 0 R >> /XObject << /Im %d 0 R >> >>" % image, drawing)
        objs.append(inner)
        outer = _stream(bbox + b" /Resources << /XObject << /FRM %d 0 R >> >>" % len(objs), b"q 1 0 0 1 0 0 cm /FRM Do Q")
        objs.append(outer)
        objs.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sig%d) /F 132 /P 3 0 R /Rect [%s] /AP << /N %d 0 R >> >>"
            % (len(annots), " ".join(f"{v:g}" for v in rect).encode(), len(objs))
        )
        annots.append(b"%d 0 R" % len(objs))
    refs = b" ".join(annots)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /SigFlags 3 >> >>" % refs
    objs[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [%s] >>" % refs
    )
    return _pdf_file(objs)


# The header of an issued letter as the "văn thư" signs it: number and day
# left blank in the text layer, stamped by signature fields over the blanks;
# the signer's seal is a widget holding an image.
SIGNED_HEADER = [
    (72, 790, 13, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    (115, 760, 13, "Số:           /UBND-KT"),
    (300, 759, 14, "Lào Cai, ngày       tháng 5 năm 2026"),
    (72, 730, 12, "V/v tăng cường quản lý vật liệu nổ công nghiệp"),
    (100, 690, 14, "Kính gửi: Sở Công Thương"),
    (72, 660, 14, "Ủy ban nhân dân tỉnh đề nghị Sở Công Thương kiểm tra các kho vật liệu nổ."),
    (350, 560, 13, "CHỦ TỊCH"),
    (340, 480, 13, "Nguyễn Văn An"),
]
NUMBER_STAMP = ([136, 757, 170, 777], b"BT /F1 13 Tf 2 5 Td (3686) Tj ET")
DAY_STAMP = ([380, 756, 402, 776], b"BT /F1 14 Tf 2 5 Td (11) Tj ET")
SEAL = ([320, 490, 440, 560], b"q 120 0 0 70 0 0 cm /Im Do Q")


def test_signature_fields_fill_the_blank_number_and_day_of_a_signed_pdf():
    """E-signed documents carry their number and issue day as signature
    fields drawn over the header's blanks, not in the text layer: the reader
    puts each short stamp into the blank it covers; the seal adds nothing."""
    raw = read_bytes(_signed_pdf(SIGNED_HEADER, [NUMBER_STAMP, DAY_STAMP, SEAL]), "cv.pdf")
    assert "Số: 3686/UBND-KT" in raw.text and "Lào Cai, ngày 11 tháng 5 năm 2026" in raw.text
    from khtool import parse_bytes

    header = parse_bytes(_signed_pdf(SIGNED_HEADER, [NUMBER_STAMP, DAY_STAMP, SEAL]), "cv.pdf").header
    assert (header.number, header.date) == ("3686/UBND-KT", "2026-05-11")


# Issued PDFs of the corpus whose number and day are stamped by signature
# fields (the number appears in the file name too).
SIGNED_ORIGINALS = [
    ("lc_038_CV-3686-UBND-XD-kien-nghi-BXD-PCCC-VLNCN.pdf", "3686/UBND-XD", "2026-05-11"),
    ("lc_050_1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf", "1178/ĐCK-CTT", "2025-07-09"),
    ("lc_056_QD-2170-2026-CTDT-KCN-Ban-Qua.pdf", "2170/QĐ-UBND", "2026-06-23"),
    ("lc_057_QD-2463-2026-CTDT-KCN-Vo-Lao.pdf", "2463/QĐ-UBND", "2026-07-16"),
    ("lc_060_2826-SCT-CN-VB01-kho-VLNCN-moMongSon-BaoAi-19-5-2026.pdf", "2826/SCT-CN", "2026-05-19"),
    ("lc_087_CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf", "193/UBND-KT", "2026-01-10"),
]


@pytest.mark.parametrize(("name", "number", "date"), SIGNED_ORIGINALS, ids=[s[0][:6] for s in SIGNED_ORIGINALS])
def test_signed_originals_get_their_stamped_number_and_date(name, number, date):
    path = SHARED / "corpus" / "originals" / name
    if not path.is_file():
        pytest.skip("../shared/corpus is not beside this checkout")
    from khtool import parse_file

    doc = parse_file(path)
    assert (doc.header.number, doc.header.date) == (number, date)
    assert not {"number-blank", "date-blank-day"} & {d.code for d in doc.diagnostics}


@pytest.mark.parametrize(
    "widget",
    [
        SEAL,  # an image only
        # a signature's text, were it over a blank
        (DAY_STAMP[0], b"BT /F1 4 Tf 0 12 Td (Ky boi: Nguyen Van An) Tj 0 -6 Td (11.05.2026 09:15:02) Tj ET"),
        ([136, 600, 170, 620], b"BT /F1 13 Tf 2 5 Td (3686) Tj ET"),  # over no text line
        ([180, 757, 210, 777], b"BT /F1 13 Tf 2 5 Td (3686) Tj ET"),  # over the symbol, not a blank
    ],
    ids=["seal", "signature-text", "off-the-lines", "over-words"],
)
def test_a_widget_that_fills_no_blank_changes_nothing(widget):
    assert read_bytes(_signed_pdf(SIGNED_HEADER, [widget]), "cv.pdf").text == read_bytes(
        _signed_pdf(SIGNED_HEADER, []), "cv.pdf"
    ).text


def test_html_blocks_and_tables():
    html = (
        "<html><head><style>p{}</style><script>var x='</p>';</script></head><body>"
        "<table><tr><td>UBND TỈNH A</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>"
        "<p>KẾ HOẠCH</p><p>Triển khai <b>thực hiện</b></p></body></html>"
    ).encode()
    raw = read_bytes(html, "page.html")
    assert raw.text.splitlines() == [
        "| UBND TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "KẾ HOẠCH",
        "Triển khai thực hiện",
    ]


def test_sniffing_stdin_content():
    assert read_bytes(_pdf("Hello"), "-").format == "pdf"
    assert read_bytes(SENTENCE.encode(), "-").format == "stdin"


def test_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 2000)
    from khtool.read import read_path

    with pytest.raises(InputError, match="limit"):
        read_path(f, Limits(max_bytes=1000))
    assert json.dumps(str(f))  # the message names the file


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_bytes(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_list_numbers_are_read_as_word_shows_them():
    """Word's automatic numbering ("List Number", "List Bullet") is no text
    in the file: the reader puts the number before its paragraph, so the items
    and who is given them are found, and a typed number after goes on."""

    def build(d):
        d.add_paragraph("I. TỔ CHỨC THỰC HIỆN")
        d.add_paragraph("Sở Y tế chủ trì hướng dẫn sơ cứu.", style="List Number")
        d.add_paragraph("Công an tỉnh phối hợp tuyên truyền.", style="List Number")
        d.add_paragraph("3. Sở Tài chính bố trí kinh phí.")
        d.add_paragraph("Bảo đảm kinh phí.", style="List Bullet")

    lines = read_bytes(_docx_bytes(build), "plan.docx").text.splitlines()
    assert lines[1:] == [
        "1. Sở Y tế chủ trì hướng dẫn sơ cứu.",
        "2. Công an tỉnh phối hợp tuyên truyền.",
        "3. Sở Tài chính bố trí kinh phí.",
        "- Bảo đảm kinh phí.",
    ]


def test_docx_reads_what_word_shows_and_not_what_it_hides():
    """A non-breaking hyphen, a content control's text and a check box are
    shown; text tracked as moved away, hidden text and a text box's copy for
    old readers are not; a table inside a cell is read once."""
    from docx.oxml import parse_xml

    def build(d):
        body = d.element.body
        p = d.add_paragraph("Thực hiện Chỉ thị số 28")
        p._p.append(parse_xml(f"<w:r {W}><w:noBreakHyphen/><w:t>CT/TW.</w:t></w:r>"))
        body.append(
            parse_xml(
                f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>Căn cứ Luật số 69/2025/QH15;</w:t></w:r></w:p>"
                "</w:sdtContent></w:sdt>"
            )
        )
        body.append(
            parse_xml(
                f"<w:p {W}><w:r><w:t xml:space='preserve'>Báo cáo trước ngày 15/12/2026</w:t></w:r>"
                "<w:moveFrom w:id='1' w:author='A' w:date='2026-01-01T00:00:00Z'><w:r><w:t>"
                " và ngày 30/6/2026</w:t></w:r></w:moveFrom>"
                "<w:r><w:rPr><w:vanish/></w:rPr><w:t>BÍ MẬT</w:t></w:r>"
                "<w:r><w:t xml:space='preserve'> Khẩn </w:t></w:r><w:r><w:sym w:font='Wingdings' w:char='F0FE'/></w:r></w:p>"
            )
        )
        outer = d.add_table(rows=1, cols=1)
        inner = outer.cell(0, 0).add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "PHÓ CHỦ TỊCH"

    text = read_bytes(_docx_bytes(build), "x.docx").text
    assert "Thực hiện Chỉ thị số 28-CT/TW." in text
    assert "Căn cứ Luật số 69/2025/QH15;" in text
    assert "Báo cáo trước ngày 15/12/2026 Khẩn ☒" in text and "30/6" not in text and "BÍ MẬT" not in text
    assert text.count("PHÓ CHỦ TỊCH") == 1


def test_docx_keeps_a_tab_between_a_headers_columns():
    """A header whose columns a tab sets apart ("SỞ TƯ PHÁP<tab>TỈNH GIA
    LAI"): the tab is kept, a column break for the header's reader."""
    from docx.oxml import parse_xml

    def build(d):
        d.element.body.append(
            parse_xml(f"<w:p {W}><w:r><w:t>SỞ TƯ PHÁP</w:t><w:tab/><w:t>TỈNH GIA LAI</w:t></w:r></w:p>")
        )

    assert "SỞ TƯ PHÁP\tTỈNH GIA LAI" in read_bytes(_docx_bytes(build), "x.docx").text


@pytest.mark.parametrize(
    ("kind", "mark"),
    [("footnote", "[1]"), ("endnote", "[i]")],  # (Word numbers endnotes i, ii … by default)
)
def test_docx_footnotes_follow_the_paragraph_citing_them(kind: str, mark: str):
    """A footnote or an endnote is where a document may be cited, and only there."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Phí thẩm định thực hiện theo quy định.")
    p._p.append(parse_xml(f"<w:r {W}><w:{kind}Reference w:id='1'/></w:r>"))
    notes = (
        f"<w:{kind}s {W}><w:{kind} w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>"
        f"<w:{kind} w:id='1'><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space='preserve'> Thông tư số 64/2025/TT-BTC "
        f"ngày 30/6/2025 của Bộ Tài chính.</w:t></w:r></w:p></w:{kind}></w:{kind}s>"
    ).encode()
    part = Part(
        PackURI(f"/word/{kind}s.xml"),
        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
        notes,
        d.part.package,
    )
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    buf = io.BytesIO()
    d.save(buf)
    lines = read_bytes(buf.getvalue(), "x.docx").text.splitlines()
    i = lines.index("Phí thẩm định thực hiện theo quy định.")
    assert lines[i + 1] == f"{mark} Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính."
    assert len(lines) == i + 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "a b",
        " a b ",
        "a\u00a0b\u2003c\x1cd\u3000e",  # separators str.split knows beyond ASCII
        "x " * 50,
        SENTENCE * 20,
        _legacy(SENTENCE, "tcvn3").decode("latin-1") * 20,
    ],
)
def test_the_word_bound_is_above_the_word_count(text):
    from khtool.read import _words_at_most

    assert _words_at_most(text) >= len(text.split())


@pytest.mark.parametrize("copies", [0, 1, 3, 4, 5, 40, 200])
def test_unicode_letters_are_counted_as_the_pattern_counts_them(copies):
    # the block count says yes only where the letters are there; for a need
    # a whole number of blocks, it answers as the count does
    from khtool import patterns as P
    from khtool.read import _holds_unicode_letters

    text = (SENTENCE + " \n ") * copies + _legacy(SENTENCE, "vni").decode("latin-1")
    found = len(P.UNICODE_ONLY_VIETNAMESE.findall(text))
    for need in range(0, found + 2 * P.UNICODE_ONLY_BLOCK, 7):
        holds = _holds_unicode_letters(text, need)
        assert not holds or found >= need
        if need % P.UNICODE_ONLY_BLOCK == 0:
            assert holds == (found >= need)


def test_real_vietnamese_takes_the_early_answer():
    # a plan in Unicode holds the letters the word bound asks for: no words split
    from khtool.read import _holds_unicode_letters, _words_at_most

    for path in sample_paths():
        sample = path.read_text(encoding="utf-8")[:20000]
        assert _holds_unicode_letters(sample, _words_at_most(sample) // 10 + 1), path.name


# A PDF's text layer read line by line (x, y, size, text as drawn): two
# columns on one line keep a gutter (see normalize._signature_column); a
# justified line's doubled word spaces become one; a blank inside a column
# or a justified line's words placed one by one get no gutter.
PDF_LINES = [
    ("footer beside the signature", [(72, 300, 11, "Nơi nhận:"), (350, 300, 13, "KT. CHỦ TỊCH")], r"Nơi nhận: {3,}KT\. CHỦ TỊCH"),
    ("a recipient beside the name", [(72, 300, 11, "- Lưu: VT, NVY."), (380, 300, 13, "Lê Văn Sơn")], r"- Lưu: VT, NVY\. {3,}Lê Văn Sơn"),
    ("justified line", [(72, 300, 13, "Chủ  trì,  phối  hợp  với  Sở  Y  tế  trước  ngày")], r"Chủ trì, phối hợp với Sở Y tế trước ngày"),
    ("blank for the number", [(115, 300, 13, "Số:"), (200, 300, 13, "/UBND-KT")], r"Số: ?/UBND-KT"),
    (
        "justified words placed anew",
        [(85, 300, 14, "công nghiệp Bản Qua với quy mô 76,39ha, đáp ứng tiêu chuẩn của "), (482, 300, 14, "Khu công")],
        r"tiêu chuẩn của Khu công",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), [c[1:] for c in PDF_LINES], ids=[c[0] for c in PDF_LINES])
def test_pdf_columns_and_word_spaces(lines, expected):
    assert re.search(expected, read_bytes(_signed_pdf(lines, []), "cv.pdf").text)


def _merged_table(header: tuple[str, ...], years: tuple[int, ...], rows: list[tuple[str, ...]]) -> str:
    """A .docx table whose last columns are years, each row's last cell
    merged across them; its text as read."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=len(header) + len(years))
    for c, v in zip(t.rows[0].cells, (*header, *(str(y) for y in years)), strict=True):
        c.text = v
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells[: len(header)], row[:-1], strict=True):
            c.text = v
        cells[len(header)].merge(cells[-1]).text = row[-1]
    buf = io.BytesIO()
    d.save(buf)
    return read_bytes(buf.getvalue(), "plan.docx").text


# A figure merged across a table's years: a target's (a share, a bound, a
# goals table's figure) is each year's; a budget's amount is the period's
# total, given once.
@pytest.mark.parametrize(
    ("header", "row", "line"),
    [
        (("TT", "Chỉ tiêu", "Đơn vị tính"), ("1", "Số trạm y tế có bác sĩ", "trạm", "100"),
         "| 1 | Số trạm y tế có bác sĩ | trạm | 100 | 100 | 100 |"),
        (("TT", "Nội dung", "Đơn vị tính"), ("1", "Tỷ lệ hồ sơ trực tuyến", "%", "≥ 90"),
         "| 1 | Tỷ lệ hồ sơ trực tuyến | % | ≥ 90 | ≥ 90 | ≥ 90 |"),
        (("TT", "Nội dung", "Ghi chú"), ("1", "Hồ sơ xử lý đúng hạn", "", "95%"),
         "| 1 | Hồ sơ xử lý đúng hạn |  | 95% | 95% | 95% |"),
        (("TT", "Nội dung chi", "Kinh phí (triệu đồng)"), ("1", "Tập huấn chuyển đổi số", "", "12.500"),
         "| 1 | Tập huấn chuyển đổi số |  | 12.500 |  |  |"),
        (("TT", "Nội dung", "Nguồn vốn"), ("1", "Mua sắm thiết bị", "Ngân sách xã", "300"),
         "| 1 | Mua sắm thiết bị | Ngân sách xã | 300 |  |  |"),
        # a goals table's row of money: the period's sum
        (("TT", "Chỉ tiêu", "Đơn vị tính"), ("1", "Vốn đầu tư toàn xã hội", "tỷ đồng", "4.800"),
         "| 1 | Vốn đầu tư toàn xã hội | tỷ đồng | 4.800 |  |  |"),
    ],
)
def test_a_docx_figure_merged_across_years(header, row, line):
    assert line in _merged_table(header, (2026, 2027, 2028), [row]).splitlines()
