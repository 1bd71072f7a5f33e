"""Citations read after a type word with a bare or hyphenated serial, the
lists after "Thực hiện" and "Căn cứ:", a type named before "số", footnotes
flattened to lines and two laws amending one law (texts written for these
tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "UBND TỈNH TUYÊN QUANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 530/SCT-KTAT\nV/v hoàn thiện hồ sơ\nTuyên Quang, ngày 12 tháng 6 năm 2026\n"
    "Kính gửi: Công ty TNHH Khoáng sản Hàm Yên\n"
)
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nMa Văn Lợi\n"


def _cited(doc, number):
    return next(c for c in doc.citations if c.number == number)


@pytest.mark.parametrize(
    ("number", "doc_type", "relation"),
    [
        ("05", "CV", "proposal"),  # "Đơn đề nghị số 05 ngày …"
        ("07-2026", "CV", "proposal"),  # a hyphenated serial, in the next item of the dossiers
    ],
)
def test_a_request_numbered_by_a_bare_or_hyphenated_serial_is_cited(number, doc_type, relation):
    doc = parse_text(
        HEAD + "Sở Công Thương nhận được 02 bộ hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm của "
        "Công ty, gồm: (1) hồ sơ đề nghị cấp Giấy phép vận chuyển khí Oxy kèm theo Đơn đề nghị số 05 ngày "
        "02/6/2026; (2) hồ sơ đề nghị cấp Giấy phép vận chuyển Clo kèm theo Giấy đề nghị số 07-2026 ngày "
        "03/6/2026 của Công ty.\nĐề nghị Công ty bổ sung hồ sơ.\n" + FOOTER
    )
    c = _cited(doc, number)
    assert (c.doc_type, c.relation) == (doc_type, relation)


def test_a_count_after_so_is_no_citation():
    doc = parse_text(HEAD + "Đơn đề nghị số 05 hộ gia đình đã được tiếp nhận.\nĐề nghị Công ty bổ sung hồ sơ.\n" + FOOTER)
    assert all(c.number != "05" for c in doc.citations)


@pytest.mark.parametrize(
    "alias",
    ["", " (sau đây gọi tắt là Công ty)"],
)
def test_a_list_after_thuc_hien_goes_on_after_a_bracketed_note(alias):
    doc = parse_text(
        HEAD + "Thực hiện Phiếu chuyển số 412/PC-VPUBND ngày 04/6/2026 của Văn phòng UBND tỉnh về giải quyết đề nghị "
        f"của Công ty TNHH Khoáng sản Hàm Yên{alias} tại Văn bản số 02/GĐN-HY ngày 01/6/2026 (có Phương án nổ mìn "
        "kèm theo); Văn bản số 880/SCT-KTAT ngày 05/6/2026 của Sở Công Thương về việc lấy ý kiến về phương án nổ "
        "mìn; Văn bản số 615/SXD-QLGT ngày 08/6/2026 của Sở Xây dựng về việc tham gia ý kiến. Sau khi nghiên cứu, "
        "Sở Công Thương báo cáo như sau:\nPhương án đạt yêu cầu.\n" + FOOTER
    )
    assert [_cited(doc, n).relation for n in ("880/SCT-KTAT", "615/SXD-QLGT")] == ["implements", "implements"]


@pytest.mark.parametrize(
    ("between", "relation"),
    [
        # an item opening with its provisions: still the list's basis
        ("Khoản 3, Điều 5; Điểm b khoản 2 Điều 7 ", "basis"),
        # across a sentence end inside the list (a footnote printed in it), its labels in order
        ("Khoản 3, Điều 5 ", "basis"),
        # a preposition before the provisions makes a mention
        ("theo quy định tại khoản 3 Điều 5 ", "mention"),
    ],
)
def test_an_item_of_a_can_cu_list_opening_with_a_pinpoint_is_basis(between, relation):
    note = " Ghi chú: kho đã cũ. Đến nay đã hỏng" if between == "Khoản 3, Điều 5 " else ""
    doc = parse_text(
        HEAD + "Để tiếp tục sử dụng kho, đề nghị Công ty thực hiện đầy đủ các quy định. Căn cứ: (i) Điều 12 Luật "
        "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29/6/2024; (ii) Quy định về "
        f"hồ sơ kho{note}; (iii) {between}Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ về quản lý dự án "
        "đầu tư xây dựng, Công ty hoàn thiện hồ sơ.\n" + FOOTER
    )
    assert _cited(doc, "15/2021/NĐ-CP").relation == relation


@pytest.mark.parametrize(
    ("wording", "doc_type"),
    [
        ("Giấy chứng nhận đủ điều kiện về phòng cháy, chữa cháy số 512/ĐK-PCCC", "GCN"),
        ("Giấy chứng nhận đủ điều kiện về \nphòng cháy, chữa cháy số 512/ĐK-PCCC", "GCN"),
        ("Văn bản số 512/ĐK-PCCC", "CV"),
    ],
)
def test_the_type_word_named_before_so_gives_the_type(wording, doc_type):
    doc = parse_text(
        HEAD + f"Kho đã được cấp {wording} ngày 20/10/2015 của Công an tỉnh.\nĐề nghị Công ty bổ sung hồ sơ.\n" + FOOTER
    )
    assert _cited(doc, "512/ĐK-PCCC").doc_type == doc_type


def test_a_footnote_line_opening_with_the_next_number_ends_the_notes_subject():
    doc = parse_text(
        HEAD + "Quy định hiện hành về phương tiện vận chuyển chưa thống nhất.\nĐề nghị Công ty bổ sung hồ sơ.\n"
        + FOOTER
        + "1 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29/6/2024\n"
        "2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và biện pháp\n"
        "thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ\n"
        "3 QCVN 122:2024/BGTVT quy chuẩn kỹ thuật quốc gia về xe ô tô, rơ moóc trong kiểm định an toàn kỹ thuật\n"
    )
    assert "QCVN 122:2024/BGTVT" not in _cited(doc, "105/2025/NĐ-CP").implements


def test_each_of_two_laws_amending_one_law_amends_it():
    doc = parse_text(
        "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 120/NQ-CP\n"
        "Hà Nội, ngày 20 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề việc thanh toán chi phí khám bệnh, chữa bệnh\n"
        "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
        "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi,\n"
        "bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật\n"
        "sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm\n2024;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Bộ Y tế hướng dẫn thanh toán chi phí.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
    )
    amending = [c for c in doc.citations if (c.name or "").startswith("Luật sửa đổi")]
    assert [c.date for c in amending] == ["2014-06-13", "2024-11-27"]
    assert [c.acts_on for c in amending] == [{"Luật Bảo hiểm y tế": "amends"}] * 2
