"""`khtool check` and `khtool graph` on inputs sharing a number (a revised plan
under its first number, one plan as two files), and line suppressions of the
rules over documents checked together, through typer's runner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app

_register()
runner = CliRunner()

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 85/KH-UBND
Quảng Ngãi, ngày {day} tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2026
IV. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch của địa phương trước ngày 31/3/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""

WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG CẨM THÀNH
Số: 42/KH-UBND
Cẩm Thành, ngày {date}
KẾ HOẠCH
Phòng, chống đuối nước trẻ em trên địa bàn phường năm 2026
Thực hiện Kế hoạch số {cited} của Ủy ban nhân dân tỉnh Quảng Ngãi về phòng, chống đuối nước trẻ em năm 2026, Ủy ban nhân dân phường ban hành Kế hoạch như sau:{comment}
1. Phòng Văn hóa - Xã hội chủ trì triển khai Kế hoạch này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Thị B
"""

V1 = "85/KH-UBND@2026@tinhquangngai#2026-03-10"
V2 = "85/KH-UBND@2026@tinhquangngai#2026-03-18"
W = "42/KH-UBND@2026@tinhquangngai/phuongcamthanh#2026-03-20"


def _write(tmp_path, *, ward_date="20 tháng 3 năm 2026", cited="85/KH-UBND ngày 10/3/2026", comment=""):
    (tmp_path / "a_v1.txt").write_text(PLAN.format(day=10), encoding="utf-8")
    (tmp_path / "b_v2.txt").write_text(PLAN.format(day=18), encoding="utf-8")
    (tmp_path / "w.txt").write_text(WARD.format(date=ward_date, cited=cited, comment=comment), encoding="utf-8")
    return [str(tmp_path / n) for n in ("a_v1.txt", "b_v2.txt", "w.txt")]


def _kh6(args):
    res = runner.invoke(app, ["check", *args, "-f", "json"])
    assert res.exit_code in (0, 1), res.output
    return sorted(
        (f["rule"], f["line"], f["message"]) for f in json.loads(res.stdout)["findings"] if f["rule"].startswith("KH6")
    ), res.exit_code


def _graph(args, tmp_path):
    out = tmp_path / "g.json"
    res = runner.invoke(app, ["graph", *args, "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    links = sorted((x["source"], x["target"], x["relation"]) for x in data["links"])
    return nodes, links


def test_checks_verdict_does_not_depend_on_the_order_of_a_plan_and_its_revision(tmp_path):
    """The ward cites 85/KH-UBND of 10/3, the first version: no KH601
    against the revision of 18/3, whichever file comes first."""
    a, b, w = _write(tmp_path)
    first, rc1 = _kh6([a, b, w])
    second, rc2 = _kh6([b, a, w])
    assert first == second == []
    assert rc1 == rc2 == 0


def test_a_dated_citation_goes_to_the_document_of_its_date_in_any_order(tmp_path):
    a, b, w = _write(tmp_path)
    shapes = [_graph(order, tmp_path) for order in ([a, b, w], [b, a, w], [w, b, a])]
    assert all((sorted(n), links) == (sorted(shapes[0][0]), shapes[0][1]) for n, links in shapes)
    nodes, links = shapes[0]
    assert nodes[V1]["path"] == a and nodes[V2]["path"] == b
    assert "85/KH-UBND@2026@tinhquangngai" not in nodes  # no input takes the number's key by its place
    assert [t for s, t, _ in links if s.startswith("42/")] == [V1]


@pytest.mark.parametrize(
    ("ward_date", "meant"),
    [
        ("20 tháng 3 năm 2026", V2),  # both issued: the one in force, the revision
        ("15 tháng 3 năm 2026", V1),  # the revision not yet issued
    ],
)
def test_an_undated_citation_goes_to_the_one_in_force_on_the_citing_date(tmp_path, ward_date, meant):
    a, b, w = _write(tmp_path, ward_date=ward_date, cited="85/KH-UBND")
    for order in ([a, b, w], [b, a, w]):
        _, links = _graph(order, tmp_path)
        assert [t for s, t, _ in links if s.startswith("42/")] == [meant]
        assert _kh6(order)[0] == []


def test_one_plan_in_two_files_is_one_node_with_both_paths(tmp_path):
    a, _, w = _write(tmp_path)
    copy = tmp_path / "a_v1_utf16.txt"
    copy.write_bytes(PLAN.format(day=10).encode("utf-16"))
    for order in ([a, str(copy), w], [str(copy), a, w]):
        nodes, links = _graph(order, tmp_path)
        assert list(nodes) == [V1, W]
        plan = nodes[V1]
        assert plan["path"] == a and plan["paths"] == sorted([a, str(copy)])
        assert "paths" not in nodes[W]
        assert [t for s, t, _ in links if s.startswith("42/")] == [V1]
        res = runner.invoke(app, ["graph", *order, "--chain", str(copy)])
        assert res.exit_code == 0, res.output


def test_coverage_asks_for_a_key_that_is_the_same_in_any_order(tmp_path):
    a, b, w = _write(tmp_path)
    for order in ([a, b, w], [b, a, w]):
        res = runner.invoke(app, ["graph", *order, "--coverage", "85/KH-UBND"])
        assert res.exit_code == 2
        assert f"{V1}, {V2}; give the full key" in res.stderr
        res = runner.invoke(app, ["graph", *order, "--coverage", V1, "-f", "json"])
        assert res.exit_code == 0, res.output
        cov = json.loads(res.stdout)["coverage"]
        assert cov["document"] == V1
        assert [r["unit"] for r in cov["covered"]] == ["Phường Cẩm Thành"]


def test_a_documents_id_does_not_depend_on_the_others_in_the_set(tmp_path):
    """Ids a pipeline stores (and `--coverage KEY`) stay as the corpus grows:
    the plan alone, with its revision, with a copy of itself, has one id;
    the key a citation gives (no date) names it while it is the only one."""
    a, b, w = _write(tmp_path)
    copy = tmp_path / "a_copy.txt"
    copy.write_bytes((tmp_path / "a_v1.txt").read_bytes())
    sets = ([a, w], [a, b, w], [a, str(copy), w], [b, w], [w, b, str(copy), a])
    ids = {tuple(args): {n["path"]: k for k, n in _graph(args, tmp_path)[0].items() if n["parsed"]} for args in sets}
    seen: dict[str, set[str]] = {}
    for by_path in ids.values():
        for path, key in by_path.items():
            seen.setdefault(path, set()).add(key)
    assert seen == {a: {V1}, str(copy): {V1}, b: {V2}, w: {W}}
    base = "85/KH-UBND@2026@tinhquangngai"
    res = runner.invoke(app, ["graph", a, w, "--coverage", base, "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["coverage"]["document"] == V1
    res = runner.invoke(app, ["graph", a, b, w, "--coverage", base])
    assert res.exit_code == 2 and res.stderr == (
        f"khtool: error: '{base}' names 2 documents: {V1}, {V2}; give the full key\n"
    )
    for args in ([a, w], [a, b, w]):  # the full id, whatever else is in the set
        res = runner.invoke(app, ["graph", *args, "--chain", V1])
        assert res.exit_code == 0, res.output


def test_graph_text_in_a_pipe_keeps_each_line_whole(tmp_path):
    """As `check -f text`: a pipe (the runner's stdout) gets one line per
    unit, its key not wrapped onto a line of its own at 80 columns."""
    a, b, w = _write(tmp_path)
    res = runner.invoke(app, ["graph", a, b, w, "--coverage", V2])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert f"  ~ Phường Cẩm Thành: has a plan, but it does not cite {V2}: {W}" in lines
    assert lines[0].startswith(f"Coverage of {V2}: 0 communes and wards") and lines[0].endswith("without (0%)")
    assert len(lines) == 3  # the title, the ward, the units without a plan


SLIP = "58/KH-UBND ngày 10/3/2026"


@pytest.mark.parametrize(
    ("comment", "found"),
    [
        ("", ["KH602"]),
        (" khtool: ignore[KH602]", []),
        (" khtool: ignore", []),
        (" khtool: ignore[KH601]", ["KH602"]),
    ],
)
def test_an_inline_suppression_silences_the_rules_over_documents_checked_together(tmp_path, comment, found):
    a, _, w = _write(tmp_path, cited=SLIP, comment=comment)
    assert [rule for rule, line, _ in _kh6([a, w])[0]] == found


def test_a_late_plan_citing_its_parent_with_a_slip_is_late_too(tmp_path):
    """KH603 through the parent KH602 names, as the graph ties them; the
    revision does not make the slip ambiguous: its cited date names v1."""
    a, b, w = _write(tmp_path, ward_date="10 tháng 4 năm 2026", cited=SLIP)
    for order in ([a, b, w], [b, a, w]):
        found, _ = _kh6(order)
        assert [(rule, line) for rule, line, _ in found] == [("KH602", 7), ("KH603", 4)]
        assert found[0][2].endswith(f"58/KH-UBND — có lẽ là 85/KH-UBND ngày 10/03/2026 ({a})")
        assert f"85/KH-UBND giao hạn 31/03/2026 (10 ngày chậm; {a})" in found[1][2]


def test_two_different_texts_of_one_number_and_date_stay_two_whatever_their_names(tmp_path):
    """A draft and the signed plan (deadline 31/3 vs 15/3), both of 10/3: not
    one node whose text is the file whose name sorts first, so renaming a
    file does not flip check; a warning names both files."""
    a, _, w = _write(tmp_path, ward_date="20 tháng 3 năm 2026")
    corrected = PLAN.format(day=10).replace("31/3/2026", "15/3/2026")
    verdicts = []
    for name in ("c_same_date.txt", "0_c.txt"):
        c = tmp_path / name
        c.write_text(corrected, encoding="utf-8")
        verdicts.append(_kh6([a, str(c), w]))
        res = runner.invoke(app, ["graph", a, str(c), w, "--missing", "-f", "json"])
        assert res.exit_code == 0, res.output
        warning = [x for x in res.stderr.splitlines() if x.startswith("khtool: warning: ")]
        assert len(warning) == 1 and a in warning[0] and str(c) in warning[0], res.stderr
        nodes, _ = _graph([a, str(c), w], tmp_path)
        plans = sorted(k for k in nodes if k.startswith("85/") and nodes[k]["parsed"])
        assert len(plans) == 2 and all(k.startswith(V1 + "#") for k in plans), plans
        assert sorted(nodes[k]["path"] for k in plans) == sorted([a, str(c)])
        c.unlink()
    assert verdicts[0] == verdicts[1]


def test_check_warns_of_two_different_texts_of_one_number_as_graph_does(tmp_path):
    a, _, w = _write(tmp_path)
    c = tmp_path / "c_same_date.txt"
    c.write_text(PLAN.format(day=10).replace("31/3/2026", "15/3/2026"), encoding="utf-8")
    graph = runner.invoke(app, ["graph", a, str(c), w, "--stats", "-f", "json"])
    warning = [x for x in graph.stderr.splitlines() if x.startswith("khtool: warning: ")]
    assert len(warning) == 1 and a in warning[0] and str(c) in warning[0]
    for fmt in ("text", "json", "sarif"):
        res = runner.invoke(app, ["check", a, str(c), w, "-f", fmt])
        assert res.exit_code in (0, 1) and res.stderr.splitlines() == warning, (fmt, res.stderr)
    # one text in two files is one document: no warning
    copy = tmp_path / "a_copy.txt"
    copy.write_bytes((tmp_path / "a_v1.txt").read_bytes())
    res = runner.invoke(app, ["check", a, str(copy), w])
    assert res.exit_code == 0 and res.stderr == ""


def test_a_citation_ambiguous_between_inputs_is_not_missing(tmp_path):
    """An undated ward citing 85/KH-UBND while both versions are in the
    folder: listed as unresolved with its two candidates, not as a phantom
    '85/KH-UBND@…' to collect, and check does not say it cites no plan."""
    a, b, w = _write(tmp_path, ward_date="", cited="85/KH-UBND")
    (tmp_path / "w.txt").write_text(
        (tmp_path / "w.txt").read_text(encoding="utf-8").replace("Cẩm Thành, ngày \n", ""), encoding="utf-8"
    )
    res = runner.invoke(app, ["graph", a, b, w, "--missing", "-f", "json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout)["missing"]
    assert m["missing"] == []
    assert [u["number"] for u in m["unresolved"]] == ["85/KH-UBND"]
    assert V1 in m["unresolved"][0]["reason"] and V2 in m["unresolved"][0]["reason"]
    assert all(rule != "KH604" for rule, _, _ in _kh6([a, b, w])[0])


def test_a_second_ambiguous_citation_has_only_the_parsed_documents_as_candidates(tmp_path):
    """Two texts of 85/KH-UBND of 10/3 (a draft and the signed plan) and
    three wards citing it (dated, undated, dated again): each citation is
    unresolved with the two parsed texts as its candidates, never the stub
    an earlier citation left for its ambiguity ('3 candidates: …,
    85/KH-UBND@2026@tinhquangngai'), and none joins that stub silently;
    nothing is missing, and check says no ward cites no plan."""
    a, _, w = _write(tmp_path)
    c = tmp_path / "c_same_date.txt"
    c.write_text(PLAN.format(day=10).replace("31/3/2026", "15/3/2026"), encoding="utf-8")
    undated = tmp_path / "w_nodate.txt"
    undated.write_text(
        WARD.format(date="20 tháng 3 năm 2026", cited="85/KH-UBND", comment=""), encoding="utf-8"
    )
    other = tmp_path / "w_other.txt"
    other.write_text(
        WARD.format(date="21 tháng 3 năm 2026", cited="85/KH-UBND ngày 10/3/2026", comment="")
        .replace("42/KH-UBND", "43/KH-UBND")
        .replace("PHƯỜNG CẨM THÀNH", "PHƯỜNG NGHĨA LỘ")
        .replace("Cẩm Thành,", "Nghĩa Lộ,"),
        encoding="utf-8",
    )
    files = [a, str(c), w, str(undated), str(other)]
    res = runner.invoke(app, ["graph", *files, "--missing", "-f", "json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout)["missing"]
    assert m["missing"] == []
    plans = sorted(n for n in _graph(files, tmp_path)[0] if n.startswith(V1 + "#"))
    assert len(plans) == 2
    assert len(m["unresolved"]) == 3, m["unresolved"]
    assert sorted(u["citing"].partition("#")[0] for u in m["unresolved"]) == sorted(
        [W.partition("#")[0]] * 2 + ["43/KH-UBND@2026@tinhquangngai/phuongnghialo"]
    )
    for u in m["unresolved"]:
        assert u["reason"].startswith("2 candidates: ")
        assert sorted(u["reason"].split(": ", 1)[1].split(", ")) == plans, u
    found, rc = _kh6(files)
    assert rc == 0 and found == []


def test_two_citations_of_one_absent_document_share_one_stub(tmp_path):
    """Without the plan, a ward citing 85/KH-UBND of 10/3 and another citing
    it undated: one stub to collect, cited by both."""
    _, _, w = _write(tmp_path)
    undated = tmp_path / "w2.txt"
    undated.write_text(
        WARD.format(date="21 tháng 3 năm 2026", cited="85/KH-UBND", comment="").replace("42/KH-UBND", "43/KH-UBND"),
        encoding="utf-8",
    )
    res = runner.invoke(app, ["graph", w, str(undated), "--missing", "-f", "json"])
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout)["missing"]
    assert [(x["id"], x["in_degree"]) for x in m["missing"]] == [("85/KH-UBND@2026@tinhquangngai", 2)]
    assert m["unresolved"] == []


# The same number and date as PLAN's, given by a department of the province
# (its plan numbered as its people's committee numbers them): one key.
DEPARTMENT_PLAN = PLAN.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ").replace(
    "Phòng, chống đuối nước trẻ em", "Phòng, chống dịch sốt xuất huyết"
)


def test_two_issuers_documents_of_one_number_and_date_are_kept_apart_with_a_warning(tmp_path):
    a, _, w = _write(tmp_path, cited="85/KH-UBND ngày 10/3/2026")
    # (the ward's citation names no issuer: it fits both, and chooses neither)
    (tmp_path / "w.txt").write_text(
        WARD.format(date="20 tháng 3 năm 2026", cited="85/KH-UBND ngày 10/3/2026", comment="").replace(
            " của Ủy ban nhân dân tỉnh Quảng Ngãi", ""
        ),
        encoding="utf-8",
    )
    d = tmp_path / "d_department.txt"
    d.write_text(DEPARTMENT_PLAN.format(day=10), encoding="utf-8")
    res = runner.invoke(app, ["graph", a, str(d), w])
    assert res.exit_code == 0, res.output
    warnings = [x for x in res.stderr.splitlines() if x.startswith("khtool: warning: ")]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "khtool: warning: 85/KH-UBND: documents of one number and date by 2 different issuers, kept apart: "
    )
    assert f"{a} ({V1}#" in warnings[0] and f"{d} ({V1}#" in warnings[0]
    # the ward's citation fits both: no document missing from the set
    assert res.stdout.splitlines()[0] == "4 documents (3 parsed, 0 only cited, 1 ambiguous between parsed), 1 citations"
    assert "85/KH-UBND (ambiguous)" in res.stdout
    res = runner.invoke(app, ["graph", a, str(d), w, "--stats", "--missing", "-f", "json"])
    out = json.loads(res.stdout)
    assert (out["stats"]["only_cited"], out["stats"]["ambiguous"], out["missing"]["missing"]) == (0, 1, [])
    # check prints the same warning
    res = runner.invoke(app, ["check", a, str(d), w])
    assert warnings[0] in res.stderr.splitlines()


def test_a_document_absent_from_the_set_is_only_cited(tmp_path):
    _, _, w = _write(tmp_path)
    res = runner.invoke(app, ["graph", w])
    assert res.exit_code == 0 and res.stderr == ""
    assert res.stdout.splitlines()[0] == "2 documents (1 parsed, 1 only cited), 1 citations"
    assert "85/KH-UBND (cited only)" in res.stdout
