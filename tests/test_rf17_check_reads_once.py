"""`khtool check` reads each input once: the text its findings' columns and
snippets are placed in, and KH604's vague reference is looked for in, is
the one the parse read (RV13 #2: every file was read again after the parse,
and once more per plan above for a plan citing none)."""

from __future__ import annotations

from dataclasses import asdict

import khtool.read
from khtool.check import check_paths

from .test_fcb_check_dates_sarif import PLAN, PROVINCE

# (the commune's plan names the province's vaguely: KH604 under each of two
# plans above, at its vague reference)
VAGUE = PLAN.replace(
    "Thực hiện Kế hoạch số 7/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La,",
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sơn La về công tác bảo vệ trẻ em,",
).replace("ngày 12 tháng 3", "ngày 12 tháng 02")
SECOND = PROVINCE.replace("Số: 7/KH-UBND", "Số: 9/KH-UBND")


def _files(tmp_path):
    names = {"province.txt": PROVINCE, "province2.txt": SECOND, "commune.txt": VAGUE}
    for name, text in names.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in names]


def test_each_input_is_read_once(tmp_path, monkeypatch):
    paths = _files(tmp_path)
    reads: list[str] = []
    real = khtool.read.read_path

    def counting(path, *args, **kwargs):
        reads.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(khtool.read, "read_path", counting)
    report = check_paths(paths)
    vague = [f for f in report.findings if f.rule == "KH604"]
    assert len(vague) == 2 and {f.snippet for f in vague} == {"Thực hiện chỉ đạo của Ủy ban nhân dân"}
    assert sorted(reads) == sorted(paths)


def test_workers_give_the_same_findings(tmp_path):
    """(a guard, passing before: the text comes from the worker that parsed
    the file, the findings as one process gives them)"""
    paths = _files(tmp_path)
    one, two = check_paths(paths), check_paths(paths, jobs=2)
    assert [asdict(f) for f in two.findings] == [asdict(f) for f in one.findings]
    assert any(f.column for f in one.findings if f.rule == "KH604")
