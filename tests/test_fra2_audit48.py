"""Audit 48 (RA), its leftovers: a Sở's division given in brackets after the
Sở (RA-6), a number cited again in an attached text without its issuer
(RA-5), and a .docx's footnotes and endnotes (RA-4)."""

from __future__ import annotations

import io

import pytest

from khtool.agencies import classify_agency
from khtool.pipeline import parse_bytes
from khtool.segment import walk_sections

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# RA-6: "Sở X (Phòng Y)" names the division Y of Sở X, one body with "Phòng
# Y, Sở X": the same canonical name, sector and level.
@pytest.mark.parametrize(
    ("bracketed", "comma"),
    [
        ("Sở Y tế (Phòng Nghiệp vụ Dược)", "Phòng Nghiệp vụ Dược, Sở Y tế"),
        ("Sở Tài chính (Phòng Quản lý giá và công sản)", "Phòng Quản lý giá và công sản, Sở Tài chính"),
        ("Sở Văn hóa, Thể thao và Du lịch (Phòng Quản lý thể dục thể thao)",
         "Phòng Quản lý thể dục thể thao, Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Giáo dục và Đào tạo ( Phòng Giáo dục phổ thông )", "Phòng Giáo dục phổ thông - Sở Giáo dục và Đào tạo"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy (Phòng Lý luận chính trị)",
         "Phòng Lý luận chính trị, Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ],
)
def test_a_division_in_brackets_after_its_so_is_that_division(bracketed, comma):
    a, b = classify_agency(bracketed), classify_agency(comma)
    assert a is not None and b is not None
    assert (a.canonical, a.sector, a.level) == (b.canonical, b.sector, b.level)
    assert a.canonical.startswith("Phòng ")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        # a bracket of another kind stays the Sở's
        ("Sở Nội vụ (cơ quan thường trực)", "Sở Nội vụ"),
        ("Sở Tư pháp (Văn phòng Sở)", "Sở Tư pháp"),
        ("Công an tỉnh (Phòng Cảnh sát giao thông)", "Công an tỉnh"),
    ],
)
def test_another_bracket_after_a_so_is_no_division(name, canonical):
    m = classify_agency(name)
    assert m is not None and m.canonical == canonical


_TABLE_PLAN = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ TĨNH
Số: 64/KH-SNNMT
Hà Tĩnh, ngày 06 tháng 4 năm 2026
KẾ HOẠCH
Phòng, chống thiên tai năm 2026
I. NHIỆM VỤ
1. {first} chủ trì rà soát phương án ứng phó thiên tai, hoàn thành trước ngày 30/5/2026.
2. {second} chủ trì, phối hợp với Chi cục Thủy lợi kiểm tra an toàn hồ chứa trước mùa mưa bão.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sở Nông nghiệp và Môi trường (Phòng Kế hoạch - Tài chính)",
         "Phòng Kế hoạch - Tài chính, Sở Nông nghiệp và Môi trường"),
        ("Phòng Quản lý đê điều, Sở Nông nghiệp và Môi trường",
         "Sở Nông nghiệp và Môi trường (Phòng Quản lý đê điều)"),
    ],
)
def test_a_division_named_both_ways_in_a_plan_is_one_body(first, second):
    doc = parse_bytes(_TABLE_PLAN.format(first=first, second=second).encode(), "kh.txt")
    named = {a.agency: a.canonical for a in doc.assignments if a.role == "lead"}
    assert {first, second} <= set(named), named
    assert named[first] == named[second], named
    assert named[first].startswith("Phòng ")


# RA-5: a number an attached text cites with no "của …" is the document its
# carrier names with its issuer; only a number nobody names an issuer for
# takes its code's default body.
_CARRIER = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 1204/QĐ-UBND
Thanh Hóa, ngày 08 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển kinh tế tư nhân tỉnh Thanh Hóa năm 2026
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ {named};
Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 01 tháng 4 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế tư nhân tỉnh Thanh Hóa năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Giang

ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
KẾ HOẠCH
Phát triển kinh tế tư nhân tỉnh Thanh Hóa năm 2026
(Ban hành kèm theo Quyết định số 1204/QĐ-UBND ngày 08/4/2026 của Ủy ban nhân dân tỉnh Thanh Hóa)
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa {bare} để kinh tế tư nhân thực sự là động lực quan trọng của nền kinh tế.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính chủ trì theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2026.
"""


@pytest.mark.parametrize(
    ("named", "bare", "number", "issuer"),
    [
        (
            "Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị về phát triển kinh tế tư nhân",
            "Nghị quyết số 68-NQ/TW",
            "68-NQ/TW",
            "Bộ Chính trị",
        ),
        (
            "Kết luận số 14-KL/TW ngày 22 tháng 9 năm 2021 của Bộ Chính trị về khuyến khích cán bộ năng động",
            "Kết luận 14-KL/TW",
            "14-KL/TW",
            "Bộ Chính trị",
        ),
        (
            "Chỉ thị số 12-CT/TU ngày 10 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy Thanh Hóa",
            "Chỉ thị số 12-CT/TU",
            "12-CT/TU",
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
        ),
    ],
)
def test_a_number_the_carrier_names_keeps_its_issuer_in_the_attachment(named, bare, number, issuer):
    doc = parse_bytes(_CARRIER.format(named=named, bare=bare).encode(), "qd.txt")
    assert len(doc.attachments) == 1
    carrier = {c.number: c.issuer for c in doc.citations}
    assert carrier[number] == issuer
    attached = {c.number: c.issuer for c in doc.attachments[0].citations}
    assert attached[number] == issuer


def test_a_number_nobody_names_takes_its_codes_default():
    doc = parse_bytes(
        _CARRIER.format(
            named="Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị",
            bare="Nghị quyết số 66-NQ/TW",
        ).encode(),
        "qd.txt",
    )
    attached = {c.number: c.issuer for c in doc.attachments[0].citations}
    assert attached["66-NQ/TW"] not in (None, "Bộ Chính trị")


# RA-4: a .docx's footnotes and endnotes are notes, not the body: no
# section's text, task or deadline comes from them; what they cite stays a
# mention of the text.
def _docx_with_notes(paragraphs: list[tuple[str, str | None]], kind: str) -> bytes:
    """A .docx of ``paragraphs``, each (text, its note's text or None); the
    notes are Word's footnotes (or endnotes), each referenced at its
    paragraph's end."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    notes = []
    for text, note in paragraphs:
        p = d.add_paragraph(text)
        if note is not None:
            notes.append(note)
            p._p.append(parse_xml(f"<w:r {W}><w:{kind}Reference w:id='{len(notes)}'/></w:r>"))
    body = "".join(
        f"<w:{kind} w:id='{k}'><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space='preserve'> {n}</w:t></w:r></w:p></w:{kind}>"
        for k, n in enumerate(notes, 1)
    )
    xml = (
        f"<w:{kind}s {W}><w:{kind} w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>"
        f"{body}</w:{kind}s>"
    ).encode()
    part = Part(
        PackURI(f"/word/{kind}s.xml"),
        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
        xml,
        d.part.package,
    )
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _ward_plan(note_a: str, note_b: str) -> list[tuple[str, str | None]]:
    return [
        ("ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỊNH", None),
        ("Số: 52/KH-UBND", None),
        ("Nam Định, ngày 09 tháng 4 năm 2026", None),
        ("KẾ HOẠCH", None),
        ("Tổng vệ sinh môi trường trên địa bàn phường năm 2026", None),
        ("Thực hiện Kế hoạch số 301/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh Ninh Bình;", note_a),
        ("I. MỤC ĐÍCH, YÊU CẦU", None),
        ("1. Huy động Nhân dân tham gia giữ gìn vệ sinh môi trường tại 24 tổ dân phố.", note_b),
        ("II. TỔ CHỨC THỰC HIỆN", None),
        ("1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tổ chức ra quân tổng vệ sinh, hoàn thành trước ngày 30/4/2026.", None),
        ("2. Công an phường phối hợp bảo đảm trật tự tại các điểm ra quân.", None),
    ]


_NOTES = [
    (
        "Kế hoạch được gửi qua hệ thống quản lý văn bản của tỉnh ngày 21/3/2026.",
        "Các tổ dân phố báo cáo kết quả về Ủy ban nhân dân phường trước ngày 20/5/2026; thực hiện theo "
        "Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ.",
    ),
    (
        "Căn cứ Quyết định số 17/2026/QĐ-UBND ngày 02/02/2026 của UBND tỉnh về sắp xếp tổ dân phố.",
        "Sau khi sắp xếp, Trưởng các tổ dân phố chịu trách nhiệm vận động hộ gia đình, hoàn thành trước ngày 15/6/2026.",
    ),
]


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
@pytest.mark.parametrize(("note_a", "note_b"), _NOTES)
def test_a_docx_note_gives_no_section_text_task_or_deadline(kind, note_a, note_b):
    doc = parse_bytes(_docx_with_notes(_ward_plan(note_a, note_b), kind), "kh.docx")
    texts = "\n".join(s.text or "" for s in walk_sections(doc.sections))
    assert "24 tổ dân phố." in texts
    for note in (note_a, note_b):
        assert note[:30] not in texts
    tasks = [t.text for a in doc.assignments for t in a.tasks]
    assert any("ra quân tổng vệ sinh" in t for t in tasks)
    assert not any(note_b[:25] in t or "vận động hộ gia đình" in t or "báo cáo kết quả về" in t for t in tasks)
    found = [*(d for a in doc.assignments for d in a.deadlines), *doc.deadlines]
    dates = {(d.year, d.month, d.day) for d in found}
    assert (2026, 4, 30) in dates
    assert not dates & {(2026, 5, 20), (2026, 6, 15), (2026, 3, 21)}
    # the plan still carries out the plan its preamble names
    relations = {c.number: c.relation for c in doc.citations}
    assert relations["301/KH-UBND"] == "implements"


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_docx_notes_citations_stay_mentions(kind):
    note_a, note_b = _NOTES[1][0], _NOTES[0][1]
    doc = parse_bytes(_docx_with_notes(_ward_plan(note_a, note_b), kind), "kh.docx")
    relations = {c.number: c.relation for c in doc.citations}
    assert relations.get("17/2026/QĐ-UBND") == "mention"
    assert relations.get("45/2022/NĐ-CP") == "mention"
