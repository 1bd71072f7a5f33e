"""Hostile input: linear time on pathological text, no traceback whatever the bytes."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.cli import _register, app

_register()

# Each would make a backtracking pattern explode; all must stay linear.
PATHOLOGICAL = {
    "a megabyte line": "a " * 500_000,
    "slashes": "Số: " + "1/" * 100_000,
    "roman numerals in a row": "I.\n" * 20_000,
    "deep dashes": "".join("- " * (i % 60) + "x\n" for i in range(10_000)),
    # (with a word: a text with no letters is refused before any pattern runs)
    "commas and spaces": "Kính gửi" + ("," + " " * 40) * 10_000,
    "dates without end": "ngày " * 50_000,
    "number prefixes": "Quyết định số " * 30_000,
    "all digits": "Số " + "1" * 500_000,
    "capitals": "ỦY BAN NHÂN DÂN TỈNH " * 20_000,
    # a basis item listing articles, then no type word where the list ends
    # (each number could be read as one or as two: twice the tries an item)
    "articles in a basis item": "Căn cứ Luật Tổ chức chính quyền địa phương; "
    + ", ".join(f"Điều {20 + i}" for i in range(26))
    + " của Nghị định số 10/2025/NĐ-CP;\n",
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_is_linear(name):
    start = time.process_time()
    parse_text(PATHOLOGICAL[name])
    # generous bound: linear parsing of these takes well under a second here
    assert time.process_time() - start < 10


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x00\x01\x02" * 1000, "x.txt"),
        (b"PK\x03\x04\x14\x00" + b"\x00" * 50, "x.docx"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "x.pdf"),
        (b"<html><body>" + b"<div>" * 5000 + b"</body></html>", "x.html"),
    ],
)
def test_bad_bytes_give_one_line_and_an_exit_code(tmp_path, data, name):
    f = tmp_path / name
    f.write_bytes(data)
    res = CliRunner().invoke(app, ["parse", str(f), "-f", "json"])
    assert res.exit_code in (0, 3)
    assert "Traceback" not in res.output
    if res.exit_code == 3:
        errors = [line for line in res.output.splitlines() if line.startswith("khtool: error")]
        assert len(errors) == 1 and name in errors[0]


def test_odd_but_valid_input_gives_the_same_result():
    clean = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 45/KH-UBND\nSơn La, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\nPhòng, chống đuối nước\n"
    odd = "\ufeff" + clean.replace("\n", "\r\n").replace(" ", "\u00a0", 3).replace(
        "KẾ HOẠCH", "KẾ\tHOẠCH"
    ).replace("Sơn La,", "Sơn La,\x00")
    a, b = parse_text(clean).header, parse_text(odd).header
    assert (a.number, a.date, a.place, a.doc_type, a.issuer.name) == (
        b.number,
        b.date,
        b.place,
        b.doc_type,
        b.issuer.name,
    )
