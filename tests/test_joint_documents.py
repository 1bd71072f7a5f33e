"""Joint documents (kế hoạch liên tịch, chương trình phối hợp): every
issuer's letterhead, every signature wherever it stands in the closing, and
all issuers carried to the graph's node and to diff's header."""

from __future__ import annotations

import json

import pytest

from khtool import parse_text

_HEAD_2 = (
    "ỦY BAN NHÂN DÂN                         ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
    "XÃ TÂN HƯNG                                      XÃ TÂN HƯNG\n"
    "                                               BAN THƯỜNG TRỰC\n\n"
    "                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                      Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 07/KHLT-UBND-MTTQ                     Tân Hưng, ngày 12 tháng 02 năm 2026\n\n"
    "KẾ HOẠCH LIÊN TỊCH\nVận động xây dựng nhà Đại đoàn kết năm 2026\n\n"
    "I. NỘI DUNG\n1. Ủy ban nhân dân xã chỉ đạo rà soát hộ nghèo.\n"
    "2. Ban Thường trực Ủy ban MTTQ Việt Nam xã vận động Quỹ Vì người nghèo.\n\n"
    "Trên đây là Kế hoạch liên tịch vận động xây dựng nhà Đại đoàn kết năm 2026./.\n\n"
)
_RECIPIENTS = "Nơi nhận:\n- Ủy ban nhân dân tỉnh;\n- Đảng ủy xã;\n- Lưu: VT.\n"

# Signatures side by side in a text's columns (runs of spaces), above or
# below "Nơi nhận", of as many lines each or not; the issuer's own is the
# block naming it (here on the right), the other a co-signer.
SIDE_BY_SIDE_SIGNATURES = [
    (
        "equal blocks above the recipients",
        "TM. BAN THƯỜNG TRỰC                             TM. ỦY BAN NHÂN DÂN\n"
        "CHỦ TỊCH                                              CHỦ TỊCH\n\n"
        "Nguyễn Thị Kim Oanh                                Lê Hoàng Phúc\n\n" + _RECIPIENTS,
        "TM. BAN THƯỜNG TRỰC",
    ),
    (
        "unequal blocks above the recipients",
        "TM. BAN THƯỜNG TRỰC                             TM. ỦY BAN NHÂN DÂN\n"
        "ỦY BAN MTTQ VIỆT NAM XÃ                               CHỦ TỊCH\n"
        "CHỦ TỊCH\n\n"
        "Nguyễn Thị Kim Oanh                                Lê Hoàng Phúc\n\n" + _RECIPIENTS,
        "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
    ),
    (
        "below the recipients",
        _RECIPIENTS + "\nTM. BAN THƯỜNG TRỰC                             TM. ỦY BAN NHÂN DÂN\n"
        "CHỦ TỊCH                                              CHỦ TỊCH\n\n"
        "Nguyễn Thị Kim Oanh                                Lê Hoàng Phúc\n",
        "TM. BAN THƯỜNG TRỰC",
    ),
]


@pytest.mark.parametrize(("closing", "co_behalf"), [c[1:] for c in SIDE_BY_SIDE_SIGNATURES], ids=[c[0] for c in SIDE_BY_SIDE_SIGNATURES])
def test_signatures_side_by_side_wherever_they_stand(closing, co_behalf):
    h = parse_text(_HEAD_2 + closing).header
    assert [i.name for i in [h.issuer, *h.co_issuers]] == ["ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", "BAN THƯỜNG TRỰC"]
    assert h.signer is not None
    assert (h.signer.name, h.signer.position, h.signer.on_behalf) == ("Lê Hoàng Phúc", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")
    assert [(s.name, s.position, s.on_behalf) for s in h.co_signers] == [("Nguyễn Thị Kim Oanh", "CHỦ TỊCH", co_behalf)]


_HEAD_3 = (
    "CÔNG AN TỈNH HÀ TĨNH          {a:<34}UBND TỈNH HÀ TĨNH\n"
    "                              {b:<34}SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
    "                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                       Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 41/KHLT-CAT-TĐTN-SGDĐT                     Hà Tĩnh, ngày 05 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH LIÊN TỊCH\nTháng cao điểm phòng, chống tai nạn đuối nước cho học sinh năm 2026\n\n"
    "I. NỘI DUNG\n1. Công an tỉnh chủ trì hướng dẫn kỹ năng cứu đuối.\n"
    "2. Tỉnh Đoàn tổ chức lớp dạy bơi miễn phí trong dịp hè.\n"
    "3. Sở Giáo dục và Đào tạo chỉ đạo các trường tuyên truyền.\n\n"
)
# Three signatures side by side, the lead (Công an tỉnh) on the right, each
# department's block naming its body under its head's title.
_SIGNED_3 = (
    "KT. GIÁM ĐỐC              TM. BAN THƯỜNG VỤ TỈNH ĐOÀN          KT. GIÁM ĐỐC\n"
    "PHÓ GIÁM ĐỐC                        BÍ THƯ                    PHÓ GIÁM ĐỐC\n"
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO                                         CÔNG AN TỈNH\n\n"
    "Võ Thị Thanh Hải         Trần Đức Long              Nguyễn Văn Hiếu\n\n"
    "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT CAT, VT TĐ, VT SGDĐT.\n"
)

# The Youth Union's letterheads: each names one body, the province's Union committee.
YOUTH_UNION_LETTERHEADS = [
    ("BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH HÀ TĨNH", "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH HÀ TĨNH"),
    ("ĐOÀN TNCS HỒ CHÍ MINH", "BCH TỈNH HÀ TĨNH", "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH HÀ TĨNH"),
    ("BAN CHẤP HÀNH ĐOÀN TỈNH", "HÀ TĨNH", "BAN CHẤP HÀNH ĐOÀN TỈNH HÀ TĨNH"),
    ("TỈNH ĐOÀN HÀ TĨNH", "", "TỈNH ĐOÀN HÀ TĨNH"),
]


@pytest.mark.parametrize(("line1", "line2", "name"), YOUTH_UNION_LETTERHEADS)
def test_a_youth_union_letterhead_in_three_columns_is_one_co_issuer(line1, line2, name):
    doc = parse_text(_HEAD_3.format(a=line1, b=line2) + _SIGNED_3)
    h = doc.header
    assert [i.name for i in [h.issuer, *h.co_issuers]] == ["CÔNG AN TỈNH HÀ TĨNH", name, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert (h.co_issuers[0].branch, h.co_issuers[0].level) == ("front", "province")
    assert not [d for d in doc.diagnostics if d.code == "joint-issuer-missing"]


def test_three_signatures_matched_to_their_issuers_by_the_body_they_name():
    h = parse_text(_HEAD_3.format(a="TỈNH ĐOÀN HÀ TĨNH", b="") + _SIGNED_3).header
    assert h.signer is not None
    # the lead signs on the right: its block names "CÔNG AN TỈNH"
    assert (h.signer.name, h.signer.authority, h.signer.position) == ("Nguyễn Văn Hiếu", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert [(s.name, s.position) for s in h.co_signers] == [
        ("Võ Thị Thanh Hải", "PHÓ GIÁM ĐỐC"),
        ("Trần Đức Long", "BÍ THƯ"),
    ]
    assert h.co_signers[1].on_behalf == "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"


def test_a_joint_number_naming_more_issuers_than_the_header_gives_is_a_warning():
    """"KHLT-CAT-TĐTN-SGDĐT" names three issuers: a header read into two
    (the middle block not a body's name) keeps them and says one is missing."""
    doc = parse_text(_HEAD_3.format(a="CỤM THI ĐUA SỐ 2", b="") + _SIGNED_3)
    h = doc.header
    assert [i.name for i in [h.issuer, *h.co_issuers]] == ["CÔNG AN TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    missing = [d for d in doc.diagnostics if d.code == "joint-issuer-missing"]
    assert [(d.severity, d.line) for d in missing] == [("warning", 7)]
    assert "3" in missing[0].message and "2" in missing[0].message


def test_no_missing_signer_finding_for_a_joint_text_signed_side_by_side():
    from khtool.check import check_document

    doc = parse_text(_HEAD_2 + SIDE_BY_SIDE_SIGNATURES[1][1])
    assert "KH109" not in {f.rule for f in check_document(doc)}


def test_a_docx_signature_cell_is_one_block(tmp_path):
    """A .docx signature table of two cells, one with a body's name above
    its head's title ("SỞ Y TẾ" / "GIÁM ĐỐC"), the other a "TM." form of two
    lines: each cell is one signature, never lines of both."""
    import docx

    from khtool import parse_file

    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    t.cell(0, 0).text = "UBND TỈNH NGHỆ AN\nSỞ Y TẾ"
    t.cell(0, 1).text = "HỘI LHPN TỈNH NGHỆ AN\nBAN THƯỜNG VỤ"
    t.cell(0, 2).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for line in (
        "Số: 05/CTrPH-SYT-HLHPN",
        "Nghệ An, ngày 15 tháng 01 năm 2026",
        "CHƯƠNG TRÌNH PHỐI HỢP",
        "Chăm sóc sức khỏe bà mẹ và trẻ em giai đoạn 2026 - 2030",
        "I. NỘI DUNG PHỐI HỢP",
        "1. Sở Y tế chủ trì tổ chức khám sàng lọc cho phụ nữ.",
        "2. Hội LHPN tỉnh vận động hội viên tham gia bảo hiểm y tế.",
    ):
        d.add_paragraph(line)
    s = d.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "TM. BAN THƯỜNG VỤ\nHỘI LHPN TỈNH\nCHỦ TỊCH\n\n\nHoàng Thị Lan"
    s.cell(0, 1).text = "SỞ Y TẾ\nGIÁM ĐỐC\n\n\nPhan Văn Đức"
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- UBND tỉnh;")
    path = tmp_path / "ctrph.docx"
    d.save(path)
    h = parse_file(path).header
    assert h.signer is not None
    assert (h.signer.name, h.signer.position, h.signer.on_behalf) == ("Phan Văn Đức", "GIÁM ĐỐC", None)
    assert [(s.name, s.position, s.on_behalf) for s in h.co_signers] == [
        ("Hoàng Thị Lan", "CHỦ TỊCH", "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH")
    ]


# --- downstream: the graph's node and diff's header carry every issuer ---

_PEER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 19/KH-UBND\nTân Lập, ngày 20 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
    "Vận động xây dựng nhà Đại đoàn kết năm 2026\n\nI. NỘI DUNG\n"
    "1. Công chức Văn hóa - Xã hội chủ trì rà soát hộ nghèo.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Văn Hùng\n"
)
_CO = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hưng"


def test_a_joint_texts_graph_node_carries_all_its_issuers(tmp_path):
    from khtool.graph import build_graph
    from khtool.render.graph_out import to_dot, to_html

    joint = parse_text(_HEAD_2 + SIDE_BY_SIDE_SIGNATURES[0][2], path=str(tmp_path / "joint.txt"))
    peer = parse_text(_PEER, path=str(tmp_path / "peer.txt"))
    g = build_graph([joint, peer])
    nodes = {n["number"]: n for n in g.to_node_link()["nodes"]}
    assert nodes["07/KHLT-UBND-MTTQ"]["issuer"] == "Ủy ban nhân dân xã Tân Hưng"
    assert nodes["07/KHLT-UBND-MTTQ"]["co_issuers"] == [_CO]
    assert "co_issuers" not in nodes["19/KH-UBND"]  # (one issuer: no key)
    assert _CO in to_dot(g)
    assert "co_issuers" in to_html(g)
    # a graph built from the parse JSON (the summaries) carries them too
    from khtool.models import DocumentSummary

    summary = DocumentSummary.model_validate(json.loads(joint.model_dump_json()))
    g2 = build_graph([summary])
    assert [n.get("co_issuers") for n in g2.to_node_link()["nodes"] if n["parsed"]] == [[_CO]]


def test_diffs_header_names_a_joint_sides_co_issuers():
    from khtool import diff_plans

    joint = parse_text(_HEAD_2 + SIDE_BY_SIDE_SIGNATURES[0][2])
    peer = parse_text(_PEER)
    d = diff_plans(joint, peer)
    assert list(d.header)[:2] == ["issuer", "co_issuers"]
    assert d.header["co_issuers"] == {"a": [_CO], "b": [], "same": False}
    from khtool.render.diff_out import to_markdown

    assert f"| co-issuers | {_CO} |" in to_markdown(d)
    # two single-issuer plans: no such row
    assert "co_issuers" not in diff_plans(peer, peer).header
