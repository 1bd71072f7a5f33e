"""A document named inside another cited document's subject is a mention,
and a document issued by a clause's subject after a clause in between is
that subject's (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "UBND TỈNH TUYÊN QUANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 530/SCT-KTAT\nV/v giải quyết kiến nghị của Công ty TNHH Khoáng sản Hàm Yên\nTuyên Quang, ngày 12 tháng 6 năm 2026\n"
    "Kính gửi: Ủy ban nhân dân tỉnh Tuyên Quang\n"
)
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nMa Văn Lợi\n"


def _cited(doc, number):
    return next(c for c in doc.citations if c.number == number)


def test_a_request_named_in_a_cited_documents_subject_is_a_mention():
    doc = parse_text(
        HEAD + "Thực hiện Phiếu chuyển số 412/PC-VPUBND ngày 04/6/2026 chỉ đạo của Văn phòng Ủy ban nhân dân tỉnh về việc "
        "giao Sở Công Thương giải quyết đề nghị của Công ty TNHH Khoáng sản Hàm Yên tại Công văn số 77/TTr-KSHY "
        "ngày 01/6/2026 về phương án nổ mìn.\nSở Công Thương báo cáo như sau: phương án đã được rà soát.\n" + FOOTER
    )
    assert _cited(doc, "77/TTr-KSHY").relation == "mention"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # a clause in between: the subject issued it
        (
            "Năm 2025, Công an tỉnh đã kiểm tra 03 lượt; Sở Công Thương đã tổ chức 02 đợt kiểm tra đối với "
            "09 đơn vị sử dụng vật liệu nổ, qua kiểm tra đã ban hành Quyết định số 1870/QĐ-XPHC ngày 20/10/2025 "
            "về xử phạt vi phạm hành chính.\n",
            "Sở Công Thương",
        ),
        # the last part asks another body to issue it: not the subject's
        (
            "Năm 2025, Công an tỉnh đã kiểm tra 03 lượt; Sở Công Thương đã tổ chức 02 đợt kiểm tra đối với "
            "09 đơn vị sử dụng vật liệu nổ, đề nghị ban hành Quyết định số 1870/QĐ-XPHC ngày 20/10/2025 "
            "về xử phạt vi phạm hành chính.\n",
            None,
        ),
    ],
)
def test_the_subject_of_the_clause_issuing_a_document_is_its_issuer(sentence, issuer):
    doc = parse_text(HEAD + sentence + FOOTER)
    assert _cited(doc, "1870/QĐ-XPHC").issuer == issuer
