"""Batch parse throughput, graph build time and memory, and graph accuracy on a generated cascade.

    python benchmarks/bench_scale.py --size 2000 [--jobs 2]

Generates the corpus (benchmarks/cascade.py) in a temporary directory, parses
it with `khtool parse DIR -f jsonl --jobs N` (in process, through the same
library call), builds the graph from the JSONL, and checks every generated
edge (plan -> the parent it implements) against the truth.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    from cascade import generate

    from khtool.batch import expand_inputs, parse_many_json
    from khtool.graph import build_graph, load_documents

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "corpus"
        truth = generate(d, args.size)
        paths = expand_inputs([str(d)])
        size = sum(Path(p).stat().st_size for p in paths)
        jsonl = Path(tmp) / "docs.jsonl"
        t0 = time.perf_counter()
        with open(jsonl, "w", encoding="utf-8") as fh:
            for _p, item in parse_many_json(paths, jobs=args.jobs):
                if isinstance(item, str):
                    fh.write(item + "\n")
        dt = time.perf_counter() - t0
        print(
            f"parse: {len(paths)} docs, {size / 1e6:.1f} MB in {dt:.1f} s = {len(paths) / dt:.0f} docs/s, "
            f"{size / 1e6 / dt:.2f} MB/s with --jobs {args.jobs}"
        )
        t0 = time.perf_counter()
        docs = [x for x in load_documents([str(jsonl)]) if not isinstance(x, Exception)]
        g = build_graph(docs)
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"graph: {g.g.number_of_nodes()} nodes, {g.g.number_of_edges()} edges in {dt:.1f} s (load + build); peak RSS {peak:.0f} MB"
        )
        by_path = {
            Path(n_d.get("path") or "").name: n
            for n, n_d in g.g.nodes(data=True)
            if n_d.get("parsed")
        }
        right = total = 0
        for fname, info in truth.items():
            parent_file = info.get("parent_file")
            total += 1
            src = by_path.get(fname)
            if src is None:
                continue
            if parent_file:
                dst = by_path.get(str(parent_file))
                right += bool(dst is not None and g.g.has_edge(src, dst))
            else:
                right += any(
                    g.g.nodes[v].get("number") == info["parent"] for v in g.g.successors(src)
                )
        print(
            f"accuracy: {right}/{total} implementation edges found ({100 * right / max(1, total):.1f}%)"
        )
        print(json.dumps({"levels": g.stats()["by_level"]}))


if __name__ == "__main__":
    main()
