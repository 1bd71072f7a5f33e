"""A central body's document cited by type word and bare serial with its date
between the serial and the issuer ("Chỉ thị 28 ngày 25/12/2023 của Ban Bí
thư", audit PC E2): read as the full form, its number the body's own form,
its date and issuer after it. The texts are written for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text

PLAN = """ỦY BAN NHÂN DÂN
XÃ YÊN DŨNG
Số: 14/KH-UBND
Yên Dũng, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Chăm sóc, giáo dục và bảo vệ trẻ em năm 2026
{cite}
I. NHIỆM VỤ
1. Phòng Văn hóa - Xã hội chủ trì, theo dõi.
"""

CASES = [
    # the date between serial and issuer
    ("Thực hiện Chỉ thị 28 ngày 25/12/2023 của Ban Bí thư về tăng cường công tác trẻ em;", ("28-CT/TW", "2023-12-25", "Ban Bí thư")),
    ("Thực hiện Chỉ thị số 28 ngày 25/12/2023 của Ban Bí thư về công tác trẻ em;", ("28-CT/TW", "2023-12-25", "Ban Bí thư")),
    (
        "Thực hiện Chỉ thị số 05, ngày 12 tháng 3 năm 2024 của Thủ tướng Chính phủ về phòng, chống đuối nước;",
        ("05/CT-TTg", "2024-03-12", "Thủ tướng Chính phủ"),
    ),
    ("Thực hiện Nghị quyết 57 ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ;", ("57-NQ/TW", "2024-12-22", "Bộ Chính trị")),
    # (controls) the date after the issuer, and the full form
    ("Thực hiện Chỉ thị 28 của Ban Bí thư ngày 25/12/2023 về công tác trẻ em;", ("28-CT/TW", "2023-12-25", "Ban Bí thư")),
    ("Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư;", ("28-CT/TW", "2023-12-25", "Ban Bí thư")),
    # the Youth Union's secretariat numbers otherwise: no number of the Party's
    ("Thực hiện Chỉ thị 28 ngày 25/12/2023 của Ban Bí thư Trung ương Đoàn về thiếu nhi;", None),
]


@pytest.mark.parametrize(("cite", "want"), CASES)
def test_a_short_form_with_its_date_before_the_issuer(cite: str, want: tuple[str, str, str] | None) -> None:
    doc = parse_text(PLAN.format(cite=cite))
    got = [(c.number, c.date, c.issuer) for c in doc.citations if c.number and "/" in c.number]
    assert got == ([want] if want else [])
    if want:
        assert doc.citations[0].year == int(want[1][:4])
