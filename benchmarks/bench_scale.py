"""Batch parse throughput, graph build time and memory, and graph accuracy on a generated cascade.

    python benchmarks/bench_scale.py --size 10000 [--jobs 2] [--engine dask] [--corpus DIR] [--short] [--keep OUT]

Generates the corpus (benchmarks/cascade.py) in a temporary directory, or
reuses --corpus (a directory cascade.py wrote, with its truth.json). Parses it
the way `khtool parse DIR -f jsonl --jobs N -o docs.jsonl` does (or with
`--engine dask` into shards), through the same library calls, and reports
docs/s, MB/s and the parse's peak memory (the whole run's: this process and its
workers). Then builds the graph from the JSONL
in a fresh process, as `khtool graph docs.jsonl --jobs N` does, reporting its time and
peak memory, and checks every generated edge (plan -> the parent plan it
implements), every document's level and its locality (province, district,
ward) against the truth, listing the first misses of each.
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

def _own_peak_mb() -> float:
    """This process's peak RSS in MB: VmHWM, its own memory's high-water
    mark, where Linux has it; getrusage's ru_maxrss is kept across exec and
    so holds the peak of the process that started this one (a test suite's
    250 MB), not this one's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
right = edges = level_right = place_right = 0
misses = {"edge": [], "level": [], "locality": []}
for fname, info in truth.items():
    src = by_path.get(fname)
    node = g.g.nodes[src] if src is not None else {}
    # each document's level and place (province, district, ward) as the truth has them
    if node.get("level") == info["level"]:
        level_right += 1
    else:
        misses["level"].append(f"{fname}: {node.get('level')} for {info['level']}")
    names = {"province": node.get("province_name"), "district": node.get("district_name"), "ward": node.get("ward_name")}
    place = info.get("locality") or {}
    if all(names[k] == v for k, v in place.items()):
        place_right += 1
    else:
        misses["locality"].append(f"{fname}: {names} for {place}")
    if not info.get("parent"):  # (the national directive cites no parent)
        continue
    edges += 1
    parent_file = info.get("parent_file")
    if parent_file:
        dst = by_path.get(str(parent_file))
        found = bool(src is not None and dst is not None and g.g.has_edge(src, dst))
    else:
        found = src is not None and any(g.g.nodes[v].get("number") == info["parent"] for v in g.g.successors(src))
    right += found
    if not found:
        misses["edge"].append(f"{fname} -> {parent_file or info['parent']}")
print(json.dumps({
    "seconds": build,
    "nodes": g.g.number_of_nodes(),
    "edges": g.g.number_of_edges(),
    "errors": len(errors),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "right": right,
    "total": edges,
    "level_right": level_right,
    "place_right": place_right,
    "documents": len(truth),
    "misses": {k: v[:10] for k, v in misses.items()},
}))
"""


class RssSampler:
    """The peak of this process's resident memory plus its descendants'
    (worker processes), read from /proc every 0.2 s in a thread: the whole
    run's footprint, which getrusage gives only per process."""

    def __init__(self) -> None:
        import threading

        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import os

        me = os.getpid()
        while True:
            parents: dict[int, int] = {}
            rss: dict[int, int] = {}
            for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
                if not entry.isdigit():
                    continue
                try:
                    with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                        fields = fh.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry)] = int(fields[1])
                rss[int(entry)] = int(fields[21]) * resource.getpagesize()
            ours = {me}
            grew = True
            while grew:  # (descendants: workers, and a dask cluster's nannies' workers)
                more = {p for p, pp in parents.items() if pp in ours} - ours
                grew = bool(more)
                ours |= more
            self.peak_mb = max(self.peak_mb, sum(rss.get(p, 0) for p in ours) / 2**20)
            if self._done.wait(0.2):
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


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
        sampler = RssSampler()
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
        sampler.stop()
        own = _own_peak_mb()
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"parse ({args.engine}, {args.jobs} workers): {len(paths)} docs, {size / 1e6:.0f} MB "
            f"(mean {size / len(paths) / 1024:.1f} KB) in {dt:.1f} s = {len(paths) / dt:.0f} docs/s, "
            f"{size / 1e6 / dt:.2f} MB/s, {len(paths) / dt / max(1, args.jobs):.0f} docs/s per worker; "
            f"{failed} failed; peak RSS of the whole run {sampler.peak_mb:.0f} MB (this process and its "
            f"workers together, sampled every 0.2 s; exact peaks: this process {own:.0f} MB, the largest "
            f"worker {child:.0f} MB)"
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
            f"({100 * r['right'] / max(1, r['total']):.1f}%); levels {r['level_right']}/{r['documents']} "
            f"({100 * r['level_right'] / max(1, r['documents']):.1f}%); localities {r['place_right']}/{r['documents']} "
            f"({100 * r['place_right'] / max(1, r['documents']):.1f}%)"
        )
        for kind, missed in r["misses"].items():
            for line in missed:  # (the first ten of each kind)
                print(f"  missed {kind}: {line}")
        if args.keep:
            import shutil

            shutil.move(str(out), str(args.keep))
            print(f"kept {args.keep}")


if __name__ == "__main__":
    main()
