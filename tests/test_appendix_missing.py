"""KH306: a text pointing to an appendix of its own that holds none. Which
words point to one's own appendix, and which lines open one."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool import patterns as P


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Nhiệm vụ cụ thể (chi tiết tại Phụ lục kèm theo).", True),
        ("theo Phụ lục I, II ban hành kèm theo Kế hoạch này;", True),
        ("các chỉ tiêu tại Phụ lục số 02 kèm theo Quyết định này", True),
        ("(Có phụ lục kèm theo)", True),
        ("(chi tiết tại Phụ Lục kèm theo)", True),  # (title case)
        ("rà soát, cung cấp thông tin theo mẫu Phụ lục đính kèm Công văn này.", True),
        ("báo cáo theo phụ lục gửi kèm\nNơi nhận:", True),  # (the line ends there)
        # another text's appendix: a type word after "kèm theo" without "này"
        ("theo Phụ lục 4 kèm theo Thông tư số 10/2022/TT-BKHĐT", False),
        ("mẫu tại Phụ lục kèm theo Nghị định số 30/2020/NĐ-CP.", False),
        ("theo Phụ lục kèm theo\nThông tư số 10/2022/TT-BKHĐT", False),
        # an appendix of something else the sentence names
        ("nộp Phụ lục kèm theo hồ sơ đề nghị", False),
        ("Phụ lục hợp đồng số 02 ngày 10/3/2026", False),
    ],
)
def test_own_appendix_reference(text, own):
    assert (P.OWN_APPENDIX_REF.search(text) is not None) is own


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("PHỤ LỤC", True),
        ("PHỤ LỤC II", True),
        ("Phụ lục: DANH SÁCH CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA", True),
        ("Phụ lục 01. Biểu tổng hợp kết quả", True),
        ("Phụ lục số 2: Danh mục nhiệm vụ", True),
        ("Phụ Lục 01: Danh mục nhiệm vụ", True),
        ("Phụ lục kèm theo Kế hoạch này quy định chi tiết các chỉ tiêu.", False),
        ("Phụ lục I ban hành kèm theo Thông tư này được sửa đổi như sau:", False),
    ],
)
def test_appendix_line(line, opens):
    assert (P.APPENDIX_LINE.match(line) is not None) is opens


LETTER = """SỞ CÔNG THƯƠNG
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1520/SCT-KTAT
Lào Cai, ngày 14 tháng 4 năm 2026
V/v cung cấp thông tin về cơ sở hoạt động hóa chất
Kính gửi: Các doanh nghiệp hoạt động hóa chất trên địa bàn tỉnh.
Sở Công Thương đề nghị các doanh nghiệp rà soát, cung cấp thông tin theo mẫu Phụ lục đính kèm Công văn này, gửi về Sở trước ngày 30/4/2026.
Nơi nhận:
- Như trên;
- Lưu: VT, KTAT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình
"""


def _missing(text: str) -> list[int]:
    return [d.line for d in parse_text(text).diagnostics if d.code == "appendix-missing"]


def test_a_letter_pointing_to_its_appendix_without_it():
    assert _missing(LETTER) == [9]  # the line of the reference


def test_title_case_is_read_both_ways():
    """"Phụ Lục" in the reference and in the appendix's own line."""
    letter = LETTER.replace("mẫu Phụ lục đính kèm", "mẫu Phụ Lục đính kèm")
    assert _missing(letter) == [9]
    assert _missing(letter + "Phụ Lục 01: THÔNG TIN CƠ SỞ\nSTT | Tên cơ sở\n") == []


def test_a_letter_with_its_appendix_is_not_flagged():
    with_it = LETTER + "Phụ lục: THÔNG TIN CƠ SỞ HOẠT ĐỘNG HÓA CHẤT\nSTT | Tên cơ sở | Địa chỉ\n1 |  | \n"
    assert _missing(with_it) == []
    assert _missing(LETTER + "PHỤ LỤC\nTHÔNG TIN CƠ SỞ HOẠT ĐỘNG HÓA CHẤT\n(Kèm theo Công văn số 1520/SCT-KTAT)\n") == []
