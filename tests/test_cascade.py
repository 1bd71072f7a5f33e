"""The benchmark's generated cascade: every plan's edge to its parent plan is
found, unless the plan's place is genuinely ambiguous (a ward name that two
districts of the same name share, with no province in the text) — then the
ambiguity is reported, not guessed."""

from __future__ import annotations

import sys
from pathlib import Path

from khtool import parse_file
from khtool.graph import graph_from_inputs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from cascade import generate


def test_generated_cascade_edges(tmp_path):
    truth = generate(tmp_path, 120, short=True)
    assert len(truth) == 120
    assert {info["level"] for info in truth.values()} == {"province", "district", "ward"}
    g = graph_from_inputs([str(tmp_path)])
    node_of = {Path(d["path"]).name: n for n, d in g.g.nodes(data=True) if d.get("parsed")}
    missed = []
    for fname, info in truth.items():
        src = node_of[fname]
        parent_file = info["parent_file"]
        if parent_file is None:  # a province plan implements 28-CT/TW, only cited
            assert any(g.g.nodes[v].get("number") == "28-CT/TW" for v in g.g.successors(src))
        elif not g.g.has_edge(src, node_of[str(parent_file)]):
            missed.append(fname)
    for fname in missed:
        doc = parse_file(tmp_path / fname)
        places = [doc.header.issuer.locality] + [c.issuer_locality for c in doc.citations]
        assert any(p is not None and p.ambiguous for p in places), fname
    assert len(missed) <= len(truth) * 0.05


def test_sizes_follow_the_level(tmp_path):
    generate(tmp_path, 12)
    sizes = {
        level: max(p.stat().st_size for p in tmp_path.glob(f"*_{level}.txt"))
        for level in ("province", "district", "ward")
    }
    assert sizes["province"] > sizes["district"] > sizes["ward"] > 8000
