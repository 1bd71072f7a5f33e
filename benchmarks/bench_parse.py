"""Parse throughput: docs/s and MB/s on one core, and cold start-up time.

    python benchmarks/bench_parse.py [--seconds 5] [--corpus DIR] [--no-startup]
    python benchmarks/bench_parse.py --compiled [--rounds 2] [--corpus DIR]

Runs the in-process parse (no process start-up) over the samples, or over a
corpus directory of .txt files, repeatedly for --seconds, and reports the
throughput; then times `khtool parse <one file>` from a cold process against
`python -c "import typer, pydantic, regex"` (the start-up goal is 3x), for
each sample, the two runs interleaved so that a drift in the machine's speed
touches both. ``--compiled`` builds this checkout with its parse stages
compiled (``KHTOOL_COMPILE=1``, see setup.py) and runs its throughput beside
the pure build's, at the same time, each on its own core and then swapped
(``--rounds`` pairs of that), then times the compiled build's start-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def throughput(corpus: Path, seconds: float) -> str:
    """Parse the corpus's .txt files over and over for ``seconds``; one line of figures."""
    import khtool
    from khtool import parse_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:  # warm up: tables, compiled patterns
        parse_text(t)
    n = 0
    nbytes = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
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
    build = "compiled" if khtool.compiled() else "pure Python"
    return (
        f"parse ({build}): {n / dt:.0f} docs/s, {nbytes / dt / 1e6:.2f} MB/s on one core "
        f"= {nbytes / dt / 30720:.0f} plans of 30 KB/s "
        f"({len(texts)} docs, mean {avg_kb:.1f} KB; peak traced memory {peak / 1e6:.1f} MB)"
    )


def compare_builds(args: argparse.Namespace) -> None:
    """The pure and the compiled build side by side, each pinned to its own core,
    then with the cores swapped: a drift in the machine's speed touches both."""
    from compiled_build import build_compiled

    with tempfile.TemporaryDirectory() as tmp:
        compiled_env = os.environ | {"PYTHONPATH": str(build_compiled(Path(tmp)))}
        ratios = []
        for cpus in ((0, 1), (1, 0)) * args.rounds:
            cmd = [sys.executable, __file__, "--corpus", str(args.corpus)]
            cmd += ["--seconds", str(args.seconds), "--throughput-only", "--cpu"]
            runs = [
                subprocess.Popen([*cmd, str(cpus[0])], stdout=subprocess.PIPE, text=True),
                subprocess.Popen(
                    [*cmd, str(cpus[1])], stdout=subprocess.PIPE, text=True, env=compiled_env
                ),
            ]
            pure, fast = (r.communicate()[0].strip() for r in runs)
            print(pure, fast, sep="\n")
            ratios.append(_docs_per_s(fast) / _docs_per_s(pure))
        print(f"compiled / pure: {min(ratios):.2f}-{max(ratios):.2f}x ({len(ratios)} pairs)")
        if args.startup:
            subprocess.run(
                [sys.executable, __file__, "--startup-only"], env=compiled_env, check=True
            )


def _docs_per_s(line: str) -> float:
    return float(line.split(": ", 1)[1].split(" docs/s")[0])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples")
    ap.add_argument(
        "--compiled",
        action="store_true",
        help="build this checkout compiled and run it beside the pure build (2 cores)",
    )
    ap.add_argument("--rounds", type=int, default=2, help="with --compiled: pairs of runs")
    ap.add_argument("--startup", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--startup-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cpu", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    if args.compiled:
        compare_builds(args)
        return
    if not args.startup_only:
        print(throughput(args.corpus, args.seconds), flush=True)
    if args.throughput_only or not args.startup:
        return
    startup()


def startup() -> None:
    # Like with like: the baseline's packages run from the bytecode pip
    # compiled at install, so khtool's own bytecode is allowed to be cached
    # too (a PYTHONDONTWRITEBYTECODE in the environment would make every run
    # recompile khtool's sources, ~30 ms); the first, untimed run writes it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    import khtool

    build = "compiled" if khtool.compiled() else "pure Python"

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
            f"start-up ({build}): khtool parse {sample.name} {f * 1000:.0f} ms vs bare imports "
            f"{b * 1000:.0f} ms ({f / b:.2f}x; goal <= 3x)"
        )


if __name__ == "__main__":
    main()
