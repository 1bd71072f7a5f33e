"""Batch parse throughput, graph build time and memory, and graph accuracy on a generated cascade.

    python benchmarks/bench_scale.py --size 10000 [--jobs 2] [--engine dask] [--corpus DIR] [--short] [--keep OUT]

Generates the corpus (benchmarks/cascade.py) in a temporary directory, or
reuses --corpus (a directory cascade.py wrote, with its truth.json). Parses it
the way `khtool parse DIR -f jsonl --jobs N -o docs.jsonl` does (or with
`--engine dask` into shards), through the same library calls, and reports
docs/s, MB/s and the parse's peak memory. Then builds the graph from the JSONL
in a fresh process, as `khtool graph docs.jsonl --jobs N` does, reporting its time and
peak memory, and checks every generated edge (plan -> the parent plan it
implements) against the truth.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GRAPH_JOB = r"""
import json, resource, sys, time
from pathlib import Path
from khtool.graph import graph_from_inputs
t0 = time.perf_counter()
errors = []
g = graph_from_inputs([sys.argv[1]], errors=errors, jobs=int(sys.argv[3]))
build = time.perf_counter() - t0
truth = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
by_path = {Path(d.get("path") or "").name: n for n, d in g.g.nodes(data=True) if d.get("parsed")}
right = 0
for fname, info in truth.items():
    src = by_path.get(fname)
    if src is None:
        continue
    parent_file = info.get("parent_file")
    if parent_file:
        dst = by_path.get(str(parent_file))
        right += bool(dst is not None and g.g.has_edge(src, dst))
    else:
        right += any(g.g.nodes[v].get("number") == info["parent"] for v in g.g.successors(src))
print(json.dumps({
    "seconds": build,
    "nodes": g.g.number_of_nodes(),
    "edges": g.g.number_of_edges(),
    "errors": len(errors),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "right": right,
    "total": len(truth),
    "levels": g.stats()["by_level"],
}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--corpus", type=Path, help="reuse a corpus cascade.py wrote")
    ap.add_argument("--short", action="store_true", help="generate 3 KB bodies")
    ap.add_argument("--keep", type=Path, help="keep the parse output (JSONL or shards) here")
    args = ap.parse_args()
    from cascade import generate

    from khtool.batch import expand_inputs, parse_many_json

    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            d = args.corpus
        else:
            d = Path(tmp) / "corpus"
            t0 = time.perf_counter()
            generate(d, args.size, short=args.short)
            print(f"generated {args.size} documents in {time.perf_counter() - t0:.0f} s")
        paths = expand_inputs([str(d)])
        size = sum(Path(p).stat().st_size for p in paths)
        t0 = time.perf_counter()
        if args.engine == "dask":
            from khtool.distributed import parse_to_shards

            out = Path(tmp) / "shards"
            run = parse_to_shards(paths, out, workers=args.jobs)
            failed = len(run.failures)
        else:
            out = Path(tmp) / "docs.jsonl"
            failed = 0
            with open(out, "w", encoding="utf-8") as fh:
                for _p, item in parse_many_json(paths, jobs=args.jobs):
                    if isinstance(item, str):
                        fh.write(item + "\n")
                    else:
                        failed += 1
        dt = time.perf_counter() - t0
        rss = max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        print(
            f"parse ({args.engine}, {args.jobs} workers): {len(paths)} docs, {size / 1e6:.0f} MB "
            f"(mean {size / len(paths) / 1024:.1f} KB) in {dt:.1f} s = {len(paths) / dt:.0f} docs/s, "
            f"{size / 1e6 / dt:.2f} MB/s, {len(paths) / dt / max(1, args.jobs):.0f} docs/s per worker; "
            f"{failed} failed; peak RSS of one process {rss / 1024:.0f} MB"
        )
        res = subprocess.run(
            [sys.executable, "-c", GRAPH_JOB, str(out), str(d / "truth.json"), str(args.jobs)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(res.stdout)
        print(
            f"graph ({args.jobs} workers reading the JSONL): {r['nodes']} nodes, {r['edges']} edges "
            f"in {r['seconds']:.1f} s (load + build), peak RSS {r['peak_mb']:.0f} MB"
            + (f" (+ {r['worker_peak_mb']:.0f} MB per worker)" if r["worker_peak_mb"] else "")
        )
        print(
            f"accuracy: {r['right']}/{r['total']} implementation edges found "
            f"({100 * r['right'] / max(1, r['total']):.1f}%)"
        )
        print(json.dumps({"levels": r["levels"]}))
        if args.keep:
            import shutil

            shutil.move(str(out), str(args.keep))
            print(f"kept {args.keep}")


if __name__ == "__main__":
    main()
