"""The table view's place line: a text issued since the 2025 reform names its
new unit first, the old units as history; an older text the other way round;
either way in the view's language (labels doc.before / doc.now)."""

import pytest

from khtool.models import Document, Header, Issuer, Locality
from khtool.render.table import _loc


def _doc(date: str) -> Document:
    locality = Locality(
        province="Tỉnh Tiền Giang",
        ward="Phường 4",
        new_province="Tỉnh Đồng Tháp",
        new_ward="Phường Trung An",
    )
    return Document(header=Header(date=date, issuer=Issuer(locality=locality)))


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        ("2026-03-25", "en", "Phường Trung An, Tỉnh Đồng Tháp (before: Phường 4, Tỉnh Tiền Giang)"),
        ("2026-03-25", "vi", "Phường Trung An, Tỉnh Đồng Tháp (trước: Phường 4, Tỉnh Tiền Giang)"),
        ("2025-07-01", "vi", "Phường Trung An, Tỉnh Đồng Tháp (trước: Phường 4, Tỉnh Tiền Giang)"),
        ("2025-06-30", "en", "Phường 4, Tỉnh Tiền Giang (now: Phường Trung An, Tỉnh Đồng Tháp)"),
        ("2024-11-02", "vi", "Phường 4, Tỉnh Tiền Giang (nay: Phường Trung An, Tỉnh Đồng Tháp)"),
    ],
)
def test_place_line_orders_units_by_the_reform(date: str, lang: str, expected: str) -> None:
    assert _loc(_doc(date), lang) == expected


def test_an_english_place_line_holds_no_vietnamese_label() -> None:
    line = _loc(_doc("2026-03-25"), "en")
    assert "trước" not in line and "nay:" not in line


@pytest.mark.parametrize(
    ("locality", "date", "expected"),
    [
        # a province that kept its name: the commune of today all the same
        (
            Locality(province="Tỉnh Quảng Ninh", new_province="Tỉnh Quảng Ninh", new_ward="Đặc khu Vân Đồn"),
            "2025-10-02",
            "Đặc khu Vân Đồn, Tỉnh Quảng Ninh",
        ),
        (
            Locality(province="Tỉnh Nghệ An", new_province="Tỉnh Nghệ An", new_ward="Xã Nam Đàn"),
            "2026-01-15",
            "Xã Nam Đàn, Tỉnh Nghệ An",
        ),
        # an old commune known too: it is the history
        (
            Locality(
                province="Tỉnh Nghệ An", district="Huyện Nam Đàn", ward="Thị trấn Nam Đàn",
                new_province="Tỉnh Nghệ An", new_ward="Xã Nam Đàn",
            ),
            "2026-01-15",
            "Xã Nam Đàn, Tỉnh Nghệ An (before: Thị trấn Nam Đàn, Huyện Nam Đàn, Tỉnh Nghệ An)",
        ),
        # before the reform, a province that kept its name: its own units only
        (
            Locality(
                province="Tỉnh Nghệ An", district="Huyện Nam Đàn", ward="Thị trấn Nam Đàn",
                new_province="Tỉnh Nghệ An", new_ward="Xã Nam Đàn",
            ),
            "2024-05-10",
            "Thị trấn Nam Đàn, Huyện Nam Đàn, Tỉnh Nghệ An",
        ),
    ],
)
def test_a_text_since_the_reform_names_its_commune_of_today(locality: Locality, date: str, expected: str) -> None:
    doc = Document(header=Header(date=date, issuer=Issuer(locality=locality)))
    assert _loc(doc, "en") == expected
