"""Real letters' forms (texts written for these tests): a bulleted list of
the norms a request was weighed against, documents reached inside a "Căn cứ
kết quả …" clause."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 611/SCT-KTAT\nV/v xác nhận hồ sơ kho vật liệu nổ\nYên Bái, ngày 12 tháng 6 năm 2026\n"
    "Kính gửi: Công ty cổ phần Đá Hòa Phát\n"
)
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHà Văn Khôi\n"


def _relations(doc):
    return {c.number: c.relation for c in doc.citations}


@pytest.mark.parametrize(
    "head",
    [
        "Sau khi nghiên cứu hồ sơ và đối chiếu với các quy định pháp luật hiện hành có liên quan, cụ thể gồm:",
        "Căn cứ các văn bản sau:",
    ],
)
def test_bullets_under_a_head_naming_the_norms_weighed_are_basis(head):
    doc = parse_text(
        HEAD + "Sở Công Thương nhận được Văn bản số 15/CV-HP ngày 02/6/2026 của Công ty về việc đề nghị xác nhận "
        f"hồ sơ kho.\n{head}\n"
        "- Nghị định số 71/2024/NĐ-CP ngày 14/5/2024 của Chính phủ quy định chi tiết một số điều;\n"
        "- Quy định về quản lý kho do Ủy ban nhân dân tỉnh ban hành;\n"
        "- Thông tư số 23/2023/TT-BCT ngày 10/11/2023 của Bộ Công Thương hướng dẫn Nghị định số "
        "71/2024/NĐ-CP;\n"
        "Sở Công Thương xác nhận hồ sơ kho của Công ty.\n" + FOOTER
    )
    rel = _relations(doc)
    assert (rel["71/2024/NĐ-CP"], rel["23/2023/TT-BCT"]) == ("basis", "basis")


def test_bullets_under_another_head_stay_mentions():
    doc = parse_text(
        HEAD + "Hồ sơ của Công ty còn thiếu các tài liệu sau:\n"
        "- Quyết định số 45/QĐ-HP ngày 01/6/2026 của Công ty về việc bổ nhiệm thủ kho;\n"
        "Đề nghị Công ty bổ sung hồ sơ.\n" + FOOTER
    )
    assert _relations(doc)["45/QĐ-HP"] == "mention"


@pytest.mark.parametrize(
    ("clause", "number", "relation"),
    [
        # the plan the inspection followed
        (
            "Căn cứ kết quả kiểm tra ngày 05/6/2026 của Sở Công Thương theo Kế hoạch số 902/KH-SCT ngày "
            "01/6/2026 của Sở Công Thương, Sở Công Thương chấp thuận kết quả nghiệm thu.",
            "902/KH-SCT",
            "mention",
        ),
        # the norm the finding measured against
        (
            "Căn cứ kết quả kiểm tra thực tế ngày 05/6/2026 cho thấy kho của Công ty bảo đảm quy định tại "
            "QCVN 01:2019/BCT Quy chuẩn kỹ thuật quốc gia về an toàn vật liệu nổ công nghiệp, Sở Công Thương "
            "thông báo như sau.",
            "QCVN 01:2019/BCT",
            "mention",
        ),
        # the record holding the result is the basis
        (
            "Căn cứ kết quả thẩm tra thiết kế tại Báo cáo số 16/BC-TV ngày 28/5/2026 của Công ty Tư vấn, Sở "
            "Công Thương thông báo như sau.",
            "16/BC-TV",
            "basis",
        ),
    ],
)
def test_documents_inside_a_can_cu_ket_qua_clause(clause, number, relation):
    doc = parse_text(HEAD + clause + "\nĐề nghị Công ty thực hiện đúng quy định.\n" + FOOTER)
    assert _relations(doc)[number] == relation


@pytest.mark.parametrize(
    ("written", "issuer"),
    [
        ("UBND tỉnh Lào", "UBND tỉnh Lào Cai"),  # cut short: the one province it begins
        ("UBND tỉnh Hà", "UBND tỉnh Hà"),  # Hà Nội, Hà Giang, Hà Tĩnh, Hà Nam: none
        ("UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai"),
        # a "tỉnh" is no city run by the centre: not "Hồ Chí Minh"
        ("UBND tỉnh Hồ", "UBND tỉnh Hồ"),
    ],
)
def test_a_province_name_cut_short_in_an_issuer(written, issuer):
    doc = parse_text(
        HEAD + f"Trung tâm được thành lập theo Quyết định số 1127/QĐ-UBND ngày 08/5/2008 của {written} về việc "
        "thành lập Trung tâm.\nĐề nghị Công ty phối hợp với Trung tâm.\n" + FOOTER
    )
    c = next(c for c in doc.citations if c.number == "1127/QĐ-UBND")
    assert c.issuer == issuer


def test_a_blank_day_in_a_date_line_after_the_body_is_diagnosed():
    doc = parse_text(
        "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số:      /GP-SCT\nGIẤY PHÉP\nVận chuyển hàng hóa nguy hiểm\n"
        "1. Tên tổ chức được cấp phép: Công ty TNHH Vận tải Minh Phát.\n"
        "2. Giấy phép có giá trị 24 tháng kể từ ngày ký.\n"
        "Yên Bái, ngày       tháng 7 năm 2026\n" + FOOTER
    )
    assert doc.header.date == "2026-07"
    blank = [d for d in doc.diagnostics if d.code == "date-blank-day"]
    assert [(d.severity, d.line) for d in blank] == [("error", 10)]
