"""Parse throughput: docs/s and MB/s on one core, and cold start-up time.

    python benchmarks/bench_parse.py [--seconds 5] [--corpus DIR] [--no-startup]
    python benchmarks/bench_parse.py --compiled [--rounds 2] [--corpus DIR]
    python benchmarks/bench_parse.py --large 2000 [--doublings 3]

Runs the in-process parse (no process start-up) over the samples, or over a
corpus directory of .txt files, repeatedly for --seconds, and reports the
throughput; then times `khtool parse <one file>` from a cold process against
`python -c "import typer, pydantic, regex"` (the start-up goal is 3x), for
each sample, the two runs interleaved so that a drift in the machine's speed
touches both. ``--compiled`` builds this checkout with its parse stages
compiled (``KHTOOL_COMPILE=1``, see setup.py) and runs its throughput beside
the pure build's, at the same time, each on its own core and then swapped
(``--rounds`` pairs of that), then times the compiled build's start-up.
``--large ROWS`` generates one plan with an appendix of ROWS numbered rows,
each a task with its body and date (about 280 bytes a row), and times its
in-process parse at ROWS, 2 x ROWS, … (``--doublings``): the time must grow
with the size, not its square (issue 8: a 2.6 MB plan took 156 s).
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
    ap.add_argument("--large", type=int, metavar="ROWS", help="time a generated plan of ROWS appendix rows, doubled")
    ap.add_argument("--doublings", type=int, default=3, help="with --large: sizes after the first")
    args = ap.parse_args()
    if args.large:
        large(args.large, args.doublings)
        return
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


_LARGE_HEAD = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NAM                                   Độc lập - Tự do - Hạnh phúc

Số: 90/KH-UBND                          Bắc Nam, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Số hóa hồ sơ thủ tục hành chính trên địa bàn tỉnh năm 2026

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh hướng dẫn các xã số hóa hồ sơ; báo cáo UBND tỉnh trước ngày 15/12/2026.
2. Các xã thực hiện số hóa theo Phụ lục kèm theo Kế hoạch này.

PHỤ LỤC
DANH MỤC HỒ SƠ CẦN SỐ HÓA
"""


def large_plan(rows: int) -> str:
    """A plan whose appendix lists ``rows`` numbered tasks, each with its body,
    partner and date: one long section, as a province's list of procedures."""
    lines = [
        f"{i}. Số hóa hồ sơ thủ tục hành chính lĩnh vực hộ tịch tại xã số {i}; đơn vị chủ trì: "
        f"Ủy ban nhân dân xã; phối hợp: Công an xã; hoàn thành trước ngày {i % 28 + 1}/{i % 12 + 1}/2026."
        for i in range(1, rows + 1)
    ]
    return _LARGE_HEAD + "\n".join(lines) + "\n"


def large(rows: int, doublings: int) -> None:
    from khtool import parse_text

    parse_text(large_plan(20))  # (imports and tables loaded before the clock)
    prev = 0.0
    for k in range(doublings + 1):
        text = large_plan(rows << k)
        # (CPU time: on a shared machine the wall clock counts the others' work)
        s = time.process_time()
        parse_text(text)
        took = time.process_time() - s
        growth = f", x{took / prev:.1f} for x2 the size" if prev else ""
        print(f"large plan: {rows << k} rows, {len(text.encode()) / 1e6:.2f} MB: {took:.2f} s CPU{growth}", flush=True)
        prev = took


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
