"""A draft stamped "DỰ THẢO" over its header: the stamp is no body, and the
number and date it leaves blank are expected there (texts written for these tests)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.check import check_document
from khtool.cli import _register, app

_register()
runner = CliRunner()

BODY = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /KH-UBND
Tân Hòa, ngày …… tháng …… năm 2026
KẾ HOẠCH
Phòng, chống bệnh tay chân miệng trên địa bàn xã năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng bệnh, không để dịch lan rộng.
II. NHIỆM VỤ
1. Trạm Y tế xã giám sát ca bệnh tại các trường mầm non.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình
"""

# (stamp over the header, the line it is on)
STAMPS = {
    "alone": ("DỰ THẢO\n\n", 1),
    "nth": ("DỰ THẢO (lần 2)\n", 1),
    "nth_words": ("Dự thảo lần 3\n", 1),
    "copy": ("BẢN DỰ THẢO\n", 1),
    "bracketed": ("(Dự thảo)\n", 1),
}


@pytest.mark.parametrize("name", list(STAMPS))
def test_a_draft_stamp_is_no_parent_body_and_is_diagnosed(name):
    stamp, line = STAMPS[name]
    doc = parse_text(stamp + BODY, path="d.txt")
    assert doc.header.issuer.parent is None
    assert doc.header.issuer.full_name == "Ủy ban nhân dân xã Tân Hòa"
    marks = [d for d in doc.diagnostics if d.code == "draft-mark"]
    assert [(d.line, d.severity) for d in marks] == [(line, "info")]
    blank = {d.code: d.severity for d in doc.diagnostics if d.code in ("number-blank", "date-blank-day")}
    assert blank == {"number-blank": "info", "date-blank-day": "info"}


def test_a_stamp_beside_the_issuer_in_capitals_is_cut_from_its_name():
    text = BODY.replace("XÃ TÂN HÒA\n", "XÃ TÂN HÒA                         DỰ THẢO\n", 1)
    doc = parse_text(text, path="d.txt")
    assert doc.header.issuer.name == "ỦY BAN NHÂN DÂN XÃ TÂN HÒA"
    assert any(d.code == "draft-mark" for d in doc.diagnostics)


def test_no_stamp_keeps_the_blanks_errors_as_check_says():
    doc = parse_text(BODY, path="f.txt")
    assert not any(d.code == "draft-mark" for d in doc.diagnostics)
    blank = {d.code: d.severity for d in doc.diagnostics if d.code in ("number-blank", "date-blank-day")}
    assert blank == {"number-blank": "error", "date-blank-day": "error"}
    assert {(f.rule, f.severity) for f in check_document(doc) if f.rule in ("KH102", "KH104")} == {
        ("KH102", "error"),
        ("KH104", "error"),
    }


def test_a_draft_is_checked_with_its_blanks_as_info(tmp_path):
    draft = tmp_path / "du_thao.txt"
    draft.write_text("DỰ THẢO (lần 2)\n" + BODY, encoding="utf-8")
    final = tmp_path / "final.txt"
    final.write_text(BODY, encoding="utf-8")
    r = runner.invoke(app, ["check", str(draft), "-f", "json"])
    assert r.exit_code == 0, r.output
    found = {(f["rule"], f["severity"]) for f in json.loads(r.output)["findings"]}
    assert {("KH102", "info"), ("KH104", "info")} <= found
    assert runner.invoke(app, ["check", str(final)]).exit_code == 1
    # (the configuration still rules: a team may want drafts to fail)
    cfg = tmp_path / "khtool.toml"
    cfg.write_text('[severity]\nKH102 = "error"\n', encoding="utf-8")
    assert runner.invoke(app, ["check", str(draft), "--config", str(cfg)]).exit_code == 1


@pytest.mark.parametrize("level", ["info", "note"])
def test_a_gate_failing_on_info_stops_a_draft_too(tmp_path, level):
    """"note" is the word SARIF and GitHub print for info: --fail-on takes it."""
    draft = tmp_path / "du_thao.txt"
    draft.write_text("DỰ THẢO (lần 2)\n" + BODY, encoding="utf-8")
    r = runner.invoke(app, ["check", str(draft), "--fail-on", level])
    assert r.exit_code == 1, r.output


def test_draft_as_a_word_of_the_title_or_body_is_no_stamp():
    text = BODY.replace("Phòng, chống bệnh", "Lấy ý kiến dự thảo quy định phòng, chống bệnh", 1)
    text = text.replace("Số:      /KH-UBND", "Số: 12/KH-UBND").replace("ngày …… tháng ……", "ngày 05 tháng 3")
    doc = parse_text(text, path="f.txt")
    assert not any(d.code == "draft-mark" for d in doc.diagnostics)


LETTER = """SỞ XÂY DỰNG
PHÒNG QUẢN LÝ NHÀ
Số:      /SXD-QLN
{subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 02 tháng 4 năm 2026
Kính gửi: Các phòng chuyên môn.
Phòng Quản lý nhà đề nghị các phòng cho ý kiến trước ngày 15/4/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Thị Hoa
"""


@pytest.mark.parametrize(
    "subject",
    [
        "V/V GÓP Ý DỰ THẢO",
        "V/v: LẤY Ý KIẾN BẢN DỰ THẢO",
        "V/v lấy ý kiến vào\nDỰ THẢO",  # (its subject wrapped onto a line of its own)
    ],
)
def test_a_letters_subject_ending_in_draft_is_no_stamp(subject):
    doc = parse_text(LETTER.format(subject=subject), path="cv.txt")
    assert not any(d.code == "draft-mark" for d in doc.diagnostics)
    assert {d.code: d.severity for d in doc.diagnostics}.get("number-blank") == "error"


@pytest.mark.parametrize(
    "line, stamped",
    [
        ("PHÒNG QUẢN LÝ NHÀ DỰ THẢO", False),  # one column: the stamp would be part of a name
        ("PHÒNG QUẢN LÝ NHÀ | DỰ THẢO", True),
        ("PHÒNG QUẢN LÝ NHÀ\tDỰ THẢO", True),
        ("PHÒNG QUẢN LÝ NHÀ        DỰ THẢO", True),
    ],
)
def test_a_stamp_beside_the_issuer_needs_another_column(line, stamped):
    doc = parse_text(LETTER.format(subject="V/v lấy ý kiến").replace("PHÒNG QUẢN LÝ NHÀ", line, 1), path="cv.txt")
    assert any(d.code == "draft-mark" for d in doc.diagnostics) is stamped
