"""Parse throughput: docs/s and MB/s on one core, and cold start-up time.

    python benchmarks/bench_parse.py [--seconds 5] [--corpus DIR]

Runs the in-process parse (no process start-up) over the samples, or over a
corpus directory of .txt files, repeatedly for --seconds, and reports the
throughput; then times `khtool parse <one file>` from a cold process against
`python -c "import typer, pydantic, regex"` (the start-up goal is 3x), for
each sample, the two runs interleaved so that a drift in the machine's speed
touches both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples")
    args = ap.parse_args()
    from khtool import parse_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:  # warm up: tables, compiled patterns
        parse_text(t)
    n = 0
    nbytes = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < args.seconds:
        for t in texts:
            parse_text(t)
        n += len(texts)
        nbytes += size
    dt = time.perf_counter() - t0
    tracemalloc.start()
    for t in texts:
        parse_text(t)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    avg_kb = size / len(texts) / 1024
    print(
        f"parse: {n / dt:.0f} docs/s, {nbytes / dt / 1e6:.2f} MB/s on one core "
        f"= {nbytes / dt / 30720:.0f} plans of 30 KB/s "
        f"({len(texts)} docs, mean {avg_kb:.1f} KB; peak traced memory {peak / 1e6:.1f} MB)"
    )

    # Like with like: the baseline's packages run from the bytecode pip
    # compiled at install, so khtool's own bytecode is allowed to be cached
    # too (a PYTHONDONTWRITEBYTECODE in the environment would make every run
    # recompile khtool's sources, ~30 ms); the first, untimed run writes it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(cmd: list[str]) -> float:
        s = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        return time.perf_counter() - s

    # The machine's speed drifts (a shared VM): each khtool run is timed right
    # after a baseline run, and the ratio is taken of the two medians.
    base_cmd = [sys.executable, "-c", "import typer, pydantic, regex"]
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        cmd = [sys.executable, "-m", "khtool", "parse", str(sample), "--format", "json"]
        run(base_cmd), run(cmd)  # untimed: writes the bytecode, warms the file cache
        base, full = [], []
        for _ in range(15):
            base.append(run(base_cmd))
            full.append(run(cmd))
        b, f = statistics.median(base), statistics.median(full)
        print(
            f"start-up: khtool parse {sample.name} {f * 1000:.0f} ms vs bare imports "
            f"{b * 1000:.0f} ms ({f / b:.2f}x; goal <= 3x)"
        )


if __name__ == "__main__":
    main()
