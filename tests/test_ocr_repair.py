"""An OCR'd scan's fixed labels with one wrong accent, and letters read for
digits in number slots (normalize.repair_ocr; audit MD, rows E1-E3)."""

from __future__ import annotations

import time

import pytest

from khtool import parse_text
from khtool.normalize import repair_ocr


@pytest.mark.parametrize(
    ("text", "fixed", "codes"),
    [
        # the number label at a line's start, its letters for digits
        ("Sô: 5l2/QĐ-UBND\n", "Số: 512/QĐ-UBND\n", ["ocr-label-repaired", "ocr-digit-repaired"]),
        ("Sồ: 4O/KH-UBND\n", "Số: 40/KH-UBND\n", ["ocr-label-repaired", "ocr-digit-repaired"]),
        # the date line's words and numbers
        ("Gia Lai, ngày 2l tháng 4 nãm 2026\n", "Gia Lai, ngày 21 tháng 4 năm 2026\n",
         ["ocr-label-repaired", "ocr-digit-repaired"]),
        ("Hà Nội, ngay 05 thảng 6 năm 2O26\n", "Hà Nội, ngày 05 tháng 6 năm 2026\n",
         ["ocr-label-repaired", "ocr-label-repaired", "ocr-digit-repaired"]),
        # a tab between the date's words (a text with tabs is read from [ \t])
        ("Hà Nội, ngày 05\tthảng 6 năm 2026\n", "Hà Nội, ngày 05\ttháng 6 năm 2026\n", ["ocr-label-repaired"]),
        # the type word line, the motto, a plan's part heading
        ("\nKÊ HOẠCH\n", "\nKẾ HOẠCH\n", ["ocr-label-repaired"]),
        ("\nCHI THỊ\n", "\nCHỈ THỊ\n", ["ocr-label-repaired"]),
        ("CỘNG HÒA XÃ HÔI CHỦ NGHĨA VIỆT NAM\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", ["ocr-label-repaired"]),
        ("IV. TÔ CHỨC THỰC HIÊN\n", "IV. TỔ CHỨC THỰC HIỆN\n", ["ocr-label-repaired"]),
        ("II. Nhiêm vụ, giải pháp\n", "II. Nhiệm vụ, giải pháp\n", ["ocr-label-repaired"]),
        # the role words, an article, a basis's type word
        ("- Chù trì: Sở Y tế;\n", "- Chủ trì: Sở Y tế;\n", ["ocr-label-repaired"]),
        ("Phôi hợp với Sở Tài chính.\n", "Phối hợp với Sở Tài chính.\n", ["ocr-label-repaired"]),
        ("Điêu 2. Quyết định này có hiệu lực\n", "Điều 2. Quyết định này có hiệu lực\n", ["ocr-label-repaired"]),
        ("Căn cứ Nghi định số 30/2020/NĐ-CP;\n", "Căn cứ Nghị định số 30/2020/NĐ-CP;\n", ["ocr-label-repaired"]),
        # letters for digits where the slot must be digits
        ("theo Tờ trình số 3l5/TTr-STC ngày 02/3/2026\n", "theo Tờ trình số 315/TTr-STC ngày 02/3/2026\n",
         ["ocr-digit-repaired"]),
        ("hoàn thành trước ngày 3l/12/2026.\n", "hoàn thành trước ngày 31/12/2026.\n", ["ocr-digit-repaired"]),
        ("đạt 9O% số hộ\n", "đạt 90% số hộ\n", ["ocr-digit-repaired"]),
        ("Nghị định số l05/2025/NĐ-CP\n", "Nghị định số 105/2025/NĐ-CP\n", ["ocr-digit-repaired"]),
        # a number split by a space after its "số"
        ("Quyết định số 5 12/QĐ-UBND ngày 18\n", "Quyết định số  512/QĐ-UBND ngày 18\n", ["ocr-number-joined"]),
    ],
)
def test_repairs(text: str, fixed: str, codes: list[str]) -> None:
    out, repairs = repair_ocr(text)
    assert out == fixed
    assert len(out) == len(text)
    assert sorted(r.code for r in repairs) == sorted(codes)


@pytest.mark.parametrize(
    "text",
    [
        # right labels, and free text whose words differ only by tone
        "Số: 512/QĐ-UBND\nPhú Thọ, ngày 18 tháng 3 năm 2026\nQUYẾT ĐỊNH\n",
        "Tuần lễ Việt Nam 2026 diễn ra tại miền Nam.\n",
        "So với năm 2025, tăng 12%.\n",
        "Sổ tay hướng dẫn năm 2026.\n",
        "Kê khai tài sản, thu nhập hằng năm.\n",
        "Chu trình xử lý; chủ trì xây dựng.\n",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
        # a sentence wrapped before "sở:" (no number's label)
        "ý kiến về thiết kế cơ\nsở:\na) Bộ quản lý công trình;\n",
        # a letter beside a digit outside a number slot, a code
        "Mẫu l2 kèm theo; xe 5O chỗ; COVID-19; ISO 9001.\n",
        "Quyết định số 512/QĐ-UBND ngày 18 tháng 3 năm 2026\n",
        # a word of its own with the number label's letters, before a colon
        # and a figure: a body's count, a register's entry (never "Số:")
        "Kết quả kiểm tra:\nSở: 12/15 đơn vị đạt;\nPhòng: 20/24 đơn vị đạt.\n",
        "Sổ: 05/SĐK-2026 ghi ngày nhận hồ sơ.\n",
        "SỞ: 3/5 chỉ tiêu hoàn thành\n",
        # "o" is a letter of words, never read as 0
        "đạt 9o% kế hoạch\n",
    ],
)
def test_clean_text_left_alone(text: str) -> None:
    out, repairs = repair_ocr(text)
    assert out == text
    assert repairs == []


OCR_DECISION = """UỶ BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sô: 2O7/QĐ-UBND
Quảng Trị, ngày l2 tháng 5 nãm 2026

QUYÊT ĐINH
Về viêc ban hành Kế hoạch phòng, chống thiên tai năm 2026

ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Luât Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 9l/TTr-SNNMT ngày 02 tháng 5 năm 2026.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_ocr_decision_header() -> None:
    doc = parse_text(OCR_DECISION)
    h = doc.header
    assert h.number == "207/QĐ-UBND"
    assert h.date == "2026-05-12"
    assert h.doc_type == "QĐ"
    assert (h.title or "").startswith("Về việc ban hành Kế hoạch")
    assert h.issuer.full_name and "Cộng" not in h.issuer.full_name
    nums = {c.number for c in doc.citations}
    names = {c.name for c in doc.citations}
    assert "91/TTr-SNNMT" in nums
    assert "Luật Phòng, chống thiên tai" in names
    codes = [d.code for d in doc.diagnostics]
    assert "ocr-label-repaired" in codes and "ocr-digit-repaired" in codes
    d = next(d for d in doc.diagnostics if "Sô" in d.message)
    assert d.line == 5 and d.severity == "info"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # a PDF's layout text can hold a line of thousands of spaces: no
        # pattern tries every split of such a run (linear, not quadratic)
        ("OCR_START_LABEL", "\nSố" + " " * 5000 + "x"),
        ("OCR_LINE_LABEL", "\nKẾ HOẠCH" + " " * 5000 + "x"),
        ("OCR_SPLIT_NUMBER", "số" + " " * 5000 + "x"),
        ("OCR_NUMBER_BEFORE", "số" + " " * 5000 + "x"),
        ("ONGOING_FROM_YEAR", "2026" + " " * 5000 + "x"),
        ("ONGOING_FROM_YEAR", "2026 trở đi" + " " * 5000 + "x"),
    ],
)
def test_long_space_run_is_linear(pattern: str, text: str) -> None:
    from khtool import patterns as P

    pat = getattr(P, pattern)
    pat.search("")  # (compiled outside the timing)
    best = min(_timed(pat, text) for _ in range(3))
    assert best < 0.02, f"{pattern}: {best * 1000:.0f} ms"


def _timed(pat: object, text: str) -> float:
    start = time.process_time()
    list(pat.finditer(text))  # type: ignore[attr-defined]
    return time.process_time() - start


def test_long_space_run_in_a_text_is_linear() -> None:
    text = "Số" + " " * 5000 + "\n" + "Điều" + " " * 5000 + "1\n"
    repair_ocr(text)
    start = time.process_time()
    out, _ = repair_ocr(text)
    assert time.process_time() - start < 0.05
    assert out == text
