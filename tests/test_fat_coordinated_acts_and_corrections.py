"""A second act of the citing text coordinated after its first ("… thay thế
Kế hoạch số A về … và bãi bỏ Kế hoạch số B …"), and a correction of a cited
document by another ("(đã được đính chính tại Công văn số X)"): texts written
for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text

KH_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 64/KH-UBND\nBắc Ninh, ngày 06 tháng 5 năm 2026\n"
    "KẾ HOẠCH\nTriển khai thư viện số trong các trường học năm 2026\n"
    "Thực hiện Kế hoạch số 12/KH-SGDĐT ngày 10/02/2026 của Sở Giáo dục và Đào tạo;\n"
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH\n1. Phát triển thư viện số.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Giáo dục và Đào tạo chủ trì triển khai Kế hoạch.\n"
)
QD_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 905/QĐ-UBND\nNghệ An, ngày 14 tháng 4 năm 2026\n"
    "QUYẾT ĐỊNH\nVề việc sửa đổi một số nội dung của Kế hoạch phát triển du lịch\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
)

COORDINATED = [
    (
        "a plan replacing one and repealing another",
        KH_HEAD + "Kế hoạch này thay thế Kế hoạch số 188/KH-UBND ngày 04 tháng 8 năm 2025 của Ủy ban "
        "nhân dân tỉnh về triển khai thư viện điện tử trong trường học năm học 2025 - 2026 và bãi bỏ "
        "Kế hoạch số 71/KH-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang (cũ) về "
        "xây dựng thư viện số./.\n",
        {"188/KH-UBND": "replaces", "71/KH-UBND": "repeals"},
    ),
    (
        "'đồng thời thay thế' after a repeal",
        KH_HEAD + "Kế hoạch này bãi bỏ Kế hoạch số 188/KH-UBND ngày 04/8/2025 của Ủy ban nhân dân tỉnh "
        "về phát triển văn hóa đọc, đồng thời thay thế Chương trình số 09/CTr-UBND ngày 02/01/2025 "
        "của Ủy ban nhân dân tỉnh về thư viện trường học./.\n",
        {"188/KH-UBND": "repeals", "09/CTr-UBND": "replaces"},
    ),
    (
        "'và hủy bỏ' a programme",
        KH_HEAD + "Kế hoạch này thay thế Kế hoạch số 188/KH-UBND ngày 04/8/2025 của Ủy ban nhân dân tỉnh "
        "về triển khai phát triển văn hóa đọc và hủy bỏ Chương trình số 09/CTr-UBND ngày 02/01/2025 "
        "của Ủy ban nhân dân tỉnh về việc triển khai thư viện số./.\n",
        {"188/KH-UBND": "replaces", "09/CTr-UBND": "repeals"},
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in COORDINATED], ids=[c[0] for c in COORDINATED])
def test_a_coordinated_act_of_the_citing_text_acts_on_its_own_object(text, want):
    doc = parse_text(text)
    got = {c.number: c.action for c in doc.citations if c.number in want}
    assert got == want
    # the first object's subject ends before the coordinated verb: it names
    # no document (no second-order edge from it to the second object)
    first = next(c for c in doc.citations if c.number == next(iter(want)))
    assert first.implements == []
    assert "bãi bỏ" not in (first.subject or "") and "thay thế" not in (first.subject or "")


CORRECTED = [
    (
        "'(đã được đính chính tại Công văn số …)' after the basis",
        QD_HEAD + "Căn cứ Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về phát "
        "triển du lịch năm 2026 (đã được đính chính tại Công văn số 158/UBND-VX ngày 22/01/2026 của "
        "Ủy ban nhân dân tỉnh);\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi một số nội dung của Kế hoạch số "
        "45/KH-UBND.\n",
        "158/UBND-VX",
    ),
    (
        "'được đính chính bởi Quyết định số …'",
        QD_HEAD + "Căn cứ Quyết định số 2210/QĐ-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch phát triển du lịch năm 2026, được đính chính bởi Quyết định số 115/QĐ-UBND ngày "
        "20/01/2026 của Ủy ban nhân dân tỉnh;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi một số nội dung.\n",
        "115/QĐ-UBND",
    ),
]


@pytest.mark.parametrize(("text", "corrector"), [c[1:] for c in CORRECTED], ids=[c[0] for c in CORRECTED])
def test_a_correction_named_after_a_cited_document_acts_on_it(text, corrector):
    doc = parse_text(text)
    first = doc.citations[0]
    c = next(c for c in doc.citations if c.number == corrector)
    # a correction changes the corrected text's wording: an amendment, as the
    # citing text's own "Đính chính …" is; it shares the corrected one's relation
    assert c.acts_on == {first.number: "amends"}
    assert c.relation == first.relation == "basis"
