"""What a drafter reads in ``diff``'s table, Markdown and HTML: the tasks
added and removed with their text and line, what changed first and what is
kept counted, a quarter as written, targets all the same said so (texts
written for these tests)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app

_register()
runner = CliRunner()

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: {number}/KH-UBND
Tân Hòa, ngày {day} tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống bệnh tay chân miệng trên địa bàn xã năm 2026
I. MỤC TIÊU
- Phấn đấu 100% ổ dịch được xử lý trong vòng 48 giờ năm 2026.
- Phấn đấu tối thiểu 90% trường mầm non được tập huấn năm 2026.
II. NHIỆM VỤ
1. Trạm Y tế xã giám sát ca bệnh tại các trường mầm non, nhóm trẻ gia đình trên địa bàn.
2. Công an xã phối hợp kiểm tra các cơ sở giữ trẻ tư thục {unlicensed}.
3. Văn phòng HĐND và UBND xã bố trí kinh phí mua hóa chất khử khuẩn, hoàn thành trong Quý II/2026.
{extra}III. CHẾ ĐỘ BÁO CÁO
Trạm Y tế xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày {report}/6/2026.
"""

ADDED = "4. Đoàn Thanh niên xã tổ chức ra quân vệ sinh môi trường tại các khu dân cư vào tháng 5/2026.\n"


@pytest.fixture()
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HEAD.format(number=12, day=5, unlicensed="chưa được cấp phép", extra="", report=15), encoding="utf-8")
    b.write_text(HEAD.format(number=14, day=20, unlicensed="chưa đủ điều kiện", extra=ADDED, report=30), encoding="utf-8")
    return str(a), str(b)


def _run(pair, *args):
    res = runner.invoke(app, ["diff", *pair, *args], env={"COLUMNS": "400"})
    assert res.exit_code == 0, res.output
    return " ".join(res.stdout.split())


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
@pytest.mark.parametrize("only", [[], ["--only", "added"]])
def test_a_task_b_adds_is_shown_with_its_text_and_line(pair, fmt, only):
    out = _run(pair, "-f", fmt, *only)
    assert "Đoàn Thanh niên xã tổ chức ra quân vệ sinh môi trường" in out
    assert {"table": "│ 16 │", "md": "- dòng 16:", "html": "<td>16</td>"}[fmt] in out


@pytest.mark.parametrize(
    ("fmt", "line", "group"),
    [
        ("table", "│ 16 ", "Tasks of A not covered by B"),
        ("md", "- dòng 16 ", "### Của A, B chưa bao quát (1)"),
        ("html", "<td>16</td>", "<tr class='miss'><td>16</td>"),
    ],
)
def test_a_task_b_drops_is_shown_in_its_group_and_the_sectors_kept_only_counted(pair, fmt, line, group):
    # (the same pair the other way round: B drops A's line 16, given to a
    # body of a sector B names no body of)
    out = _run(pair[::-1], "-f", fmt, "--only", "removed")
    assert "Đoàn Thanh niên xã tổ chức ra quân vệ sinh môi trường" in out
    assert line in out and group in out
    # the sector B drops is named with A's body; the three both name are
    # counted ("Sectors: 3 in both"), not listed row by row
    assert "Đoàn Thanh niên xã" in out[out.index("front_mass") :]
    assert "Trạm Y tế xã │ Trạm Y tế xã" not in out and "Trạm Y tế xã ↔ Trạm Y tế xã" not in out


@pytest.mark.parametrize(
    ("fmt", "changed", "kept"),
    [
        ("table", "tư thục chưa [-được cấp phép.-] {+đủ điều kiện.+}", "Tasks the same in both: 2."),
        ("md", "tư thục chưa ~~được cấp phép.~~ **đủ điều kiện.**", "### Giữ nguyên (2) <details>"),
        ("html", "<span class='ins'>đủ điều kiện.</span>", "<details><summary>2 tasks the same</summary>"),
    ],
)
def test_what_changed_leads_and_what_is_kept_is_counted_and_folded(pair, fmt, changed, kept):
    out = _run(pair, "-f", fmt)
    assert changed in out and kept in out
    # (a task kept word for word is counted in the table, and comes after
    # the change in the fold of the others)
    kept_task = "bố trí kinh phí mua hóa chất khử khuẩn"
    if fmt == "table":
        assert kept_task not in out
    else:
        assert out.index(changed) < out.index(kept) < out.index(kept_task)


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_a_quarter_shows_as_written_not_as_its_last_month(pair, fmt):
    out = _run(pair, "-f", fmt, "--only", "deadlines")
    assert "quý II/2026" in out and "tháng 6/2026" not in out


@pytest.mark.parametrize(
    ("fmt", "said"),
    [("table", "Indicators: 2 the same (all)."), ("md", "- 2 chỉ tiêu giống nhau (tất cả):"), ("html", "2 the same (all)")],
)
def test_targets_all_the_same_are_said_so(pair, fmt, said):
    out = _run(pair, "-f", fmt, "--only", "targets")
    assert said in out
