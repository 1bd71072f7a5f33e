"""Cited documents' subjects, issuers and odd numbers (audits NA, ND, NE): a
subject ending where the citing clause resumes (", trong đó …"), "cập nhật,
bổ sung … thực hiện X và Y", a firm's letter numbered "serial-year/CODE-CODE",
the levels of a Government's steering committee and of "Đảng ủy Chính phủ",
an issuer ending before its clause's verb, a decree's title detailing a law,
a law's own title, and a symbol whose code contradicts the issuer beside it
(texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 55/NQ-CP\nHà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ QUYẾT\nVề phiên họp Chính phủ thường kỳ\nCHÍNH PHỦ\n"
)
FOOT = "Nơi nhận:\n- Các bộ;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n"


def _cited(body: str, number: str):
    doc = parse_text(HEAD + body + FOOT)
    return next(c for c in doc.citations if c.number == number)


@pytest.mark.parametrize(
    ("body", "number", "implements"),
    [
        # the citing text's clause resumes after the programme's subject: the
        # documents named after ", trong đó" are the task's
        (
            "QUYẾT NGHỊ:\n1. Các bộ tiếp tục thực hiện Nghị quyết số 40/NQ-CP ngày 02/3/2026 của Chính phủ ban hành "
            "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, trong đó "
            "hướng dẫn và tổ chức triển khai Kết luận số 130-KL/TW ngày 14/3/2025 của Bộ Chính trị và Công văn số "
            "12-CV/BCĐ ngày 05/5/2025 của Ban Chỉ đạo.\n",
            "40/NQ-CP",
            ["57-NQ/TW"],
        ),
        # the same over wrapped lines, its clause "theo yêu cầu tại …"
        (
            "QUYẾT NGHỊ:\n1. Các bộ tiếp tục thực hiện Nghị quyết số 40/NQ-CP ngày 02 tháng\n3 năm 2026 của Chính phủ "
            "ban hành\nChương trình hành động của Chính phủ\nthực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
            "Chính trị,\ntrong đó hướng dẫn và tổ chức triển khai\ntheo yêu cầu tại Kết luận số 130-KL/TW ngày "
            "14/3/2025 của Bộ Chính trị;\n",
            "40/NQ-CP",
            ["57-NQ/TW"],
        ),
        # "cập nhật, bổ sung Chương trình hành động … thực hiện X và Y", the
        # subject right after the number, X a congress resolution with no number
        (
            "I. TÌNH HÌNH\nChính phủ đã tập trung chỉ đạo; trong đó, Chính phủ đã ban hành Nghị quyết số 95/NQ-CP "
            "cập nhật, bổ sung Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội Đảng lần thứ "
            "XIV và Kết luận số 20-KL/TW của Trung ương; chủ động điều hành.\n",
            "95/NQ-CP",
            ["20-KL/TW"],
        ),
    ],
)
def test_subject_implements(body: str, number: str, implements: list[str]) -> None:
    assert _cited(body, number).implements == implements


def test_letter_numbered_serial_hyphen_year() -> None:
    c = _cited(
        "Điều 3. Dự án xây dựng trường học theo kiến nghị tại văn bản số 15-2025/CTHĐQT-XD ngày 20/10/2025 của "
        "Công ty cổ phần Xây dựng Miền Trung.\n",
        "15-2025/CTHĐQT-XD",
    )
    assert (c.date, c.issuer) == ("2025-10-20", "Công ty cổ phần Xây dựng Miền Trung")


@pytest.mark.parametrize(
    ("number", "issuer", "level"),
    [
        ("44/KH-BCĐ", "Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính phủ", "national"),
        (
            "120/CV-BCĐ",
            "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức "
            "chính quyền địa phương 2 cấp",
            None,
        ),
        ("07-BC/ĐU", "Đảng ủy Chính phủ", "party"),
        ("20-NQ/TU", "Tỉnh ủy Yên Bái", "province"),
    ],
)
def test_issuer_name_and_level(number: str, issuer: str, level: str | None) -> None:
    body = (
        "Điều 2. Thực hiện Kế hoạch số 44/KH-BCĐ ngày 05/3/2025 của Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính "
        "phủ; Công văn số 120/CV-BCĐ ngày 12/4/2025 của Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành "
        "chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp về việc hướng dẫn sắp xếp; Báo "
        "cáo số 07-BC/ĐU ngày 01/6/2025 của Đảng ủy Chính phủ về kết quả thực hiện.\n"
        "Điều 3. Nghị quyết số 20-NQ/TU ngày 15/01/2026 của Tỉnh ủy Yên Bái xác định định hướng phát triển "
        "công nghiệp.\n"
    )
    c = _cited(body, number)
    assert c.issuer == issuer
    if level is not None:
        assert c.issuer_level == level


DECREE = (
    "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 77/2026/NĐ-CP\n"
    "Hà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Phòng, chống ma túy\n"
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Phòng, chống ma túy số 73/2021/QH14;\n"
    "Theo đề nghị của Bộ trưởng Bộ Công an;\n"
    "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Phòng, chống ma túy.\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 5 Luật Phòng, chống ma túy.\n" + FOOT
)
LAW = (
    "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 44/2025/QH15\n"
    "Hà Nội, ngày 20 tháng 6 năm 2025\nLUẬT\nDƯỢC\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    "Quốc hội ban hành Luật Dược.\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về dược.\n"
    "Điều 50. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.\n"
    "2. Luật Dược số 105/2016/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n"
    "CHỦ TỊCH QUỐC HỘI\nTrần Văn Bình\n"
)


def test_decree_detailing_a_law_implements_it() -> None:
    rel = {c.number: c.relation for c in parse_text(DECREE).citations}
    assert rel == {"63/2025/QH15": "basis", "73/2021/QH14": "implements"}


def test_law_own_title_no_mention_of_older_law() -> None:
    old = next(c for c in parse_text(LAW).citations if c.number == "105/2016/QH13")
    assert [m.text for m in old.mentions] == ["Luật Dược số 105/2016/QH13"]
    assert old.action == "repeals"


def test_symbol_contradicting_its_issuer_is_the_fitting_one() -> None:
    doc = parse_text(
        HEAD
        + "Căn cứ Quyết định số 412/QĐ-SXD ngày 12/5/2025 của Sở Xây dựng tỉnh Lào Cai về việc phê duyệt thiết kế;\n"
        "Điều 2. Dự án đã được phê duyệt tại Quyết định số 412/QĐ-UBND ngày 12/5/2025 của Sở Xây dựng tỉnh Lào "
        "Cai về việc phê duyệt thiết kế.\n" + FOOT
    )
    assert [c.number for c in doc.citations] == ["412/QĐ-SXD"]
    assert any(d.code == "citation-repaired" for d in doc.diagnostics)
    # two bodies, each with its own code: two documents
    doc = parse_text(
        HEAD
        + "Căn cứ Quyết định số 412/QĐ-UBND ngày 12/5/2025 của UBND tỉnh Lào Cai về việc phê duyệt dự án;\n"
        "Điều 2. Quyết định số 412/QĐ-SXD ngày 12/5/2025 của Sở Xây dựng tỉnh Lào Cai về việc phê duyệt thiết kế.\n"
        + FOOT
    )
    assert sorted(c.number for c in doc.citations) == ["412/QĐ-SXD", "412/QĐ-UBND"]


CIRCULAR = (
    "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/2026/TT-BTC\n"
    "Hà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\n{title}\n"
    "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24/02/2025 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tài chính;\n"
    "Căn cứ Nghị định số 88/2025/NĐ-CP ngày 10/4/2025 của Chính phủ hướng dẫn thi hành Nghị quyết số "
    "190/2025/QH15 của Quốc hội;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này áp dụng từ ngày ký.\n" + FOOT
)


def _relations(title: str) -> dict[str | None, str]:
    return {c.number: c.relation for c in parse_text(CIRCULAR.format(title=title)).citations}


def test_title_guiding_an_act() -> None:
    # guiding the decree named first, not the resolution its subject names
    got = _relations(
        "Hướng dẫn một số nội dung tại Nghị định số 88/2025/NĐ-CP ngày 10 tháng 4 năm 2025 của Chính phủ "
        "hướng dẫn thi hành Nghị quyết số 190/2025/QH15 của Quốc hội"
    )
    assert (got["29/2025/NĐ-CP"], got["88/2025/NĐ-CP"], got["190/2025/QH15"]) == ("basis", "implements", "mention")
    # an amending title: the detailing is the amended circular's, no act of its own
    got = _relations(
        "Sửa đổi, bổ sung một số điều của Thông tư số 05/2025/TT-BTC quy định chi tiết Nghị định số 88/2025/NĐ-CP"
    )
    assert got["88/2025/NĐ-CP"] == "basis"
