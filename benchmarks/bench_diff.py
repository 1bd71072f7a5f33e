"""Diff speed, and which similarity finds the right counterpart task.

    python benchmarks/bench_diff.py

Labels: tasks of the ward plan (samples/001) paired with the task of the
provincial plan (samples/000) that says the same thing, found by reading both
(line in 001 -> line in 000). Reports top-1 accuracy of each method and the
time of a diff of two ~30 KB plans.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {  # 001 line -> 000 line (first line of the bullet)
    104: 206,
    106: 210,
    108: 218,
    112: 247,
    114: 251,
    116: 255,
    132: 233,
    98: 237,
    94: 354,
    34: 65,
    36: 78,
    40: 83,
}


def main() -> None:
    from khtool import parse_file
    from khtool.diff import _Space, diff_plans, task_items

    a = parse_file(ROOT / "samples/001_9bc3f1274d6058dd.txt")
    b = parse_file(ROOT / "samples/000_48697f013dff5d26.txt")
    ta, tb = task_items(a), task_items(b)
    for method in ("ngrams", "words"):
        t0 = time.perf_counter()
        sp = _Space([t for t, _ in ta] + [t for t, _ in tb], method)
        right = 0
        for i, (_, line) in enumerate(ta):
            if line not in LABELS:
                continue
            j = max(range(len(tb)), key=lambda k: sp.cos(i, len(ta) + k))
            right += tb[j][1] == LABELS[line]
        dt = time.perf_counter() - t0
        print(
            f"{method:7} top-1 {right}/{len(LABELS)} labelled pairs, {dt * 1000:.0f} ms (incl. model load for words)"
        )
    b2 = parse_file(ROOT / "samples/003_1df2fb94d1fd5416.txt")
    t0 = time.perf_counter()
    for _ in range(10):
        diff_plans(b, b2)
    print(f"diff of two ~30 KB plans (000 vs 003): {(time.perf_counter() - t0) / 10 * 1000:.0f} ms")
    # (a ward's plan carrying out the province's: the containment pairing
    # runs, RV13 #1)
    t0 = time.perf_counter()
    for _ in range(10):
        diff_plans(b, a)
    print(f"diff of a province's plan and a ward's (000 vs 001): {(time.perf_counter() - t0) / 10 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
