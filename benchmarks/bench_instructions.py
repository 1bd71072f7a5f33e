"""Instructions per parsed document, counted by valgrind: a measure that does
not drift with the machine's speed (a shared VM's speed can change by 20%
from one minute to the next; the count changes by well under 1%).

    python benchmarks/bench_instructions.py [--corpus DIR] [--passes 2] [--against REV]

Runs the in-process parse of the samples (or a directory of .txt files) under
``valgrind --tool=callgrind`` twice, after a warm-up pass: once with no more
passes and once with --passes passes. Both runs start and end the same way
(imports, tables, interpreter shutdown), so the difference divided by the
documents parsed is the count per document.
``--against REV`` measures a git revision too (checked out in a temporary
worktree) and prints the change. Needs valgrind (Debian: ``apt install
valgrind``); slow: about 50x the plain run.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from khtool import parse_text
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for t in texts:
    parse_text(t)
for _ in range(int(sys.argv[3])):
    for t in texts:
        parse_text(t)
"""


def instructions(src: Path, corpus: Path, passes: int) -> int:
    res = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            CHILD,
            str(src),
            str(corpus),
            str(passes),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"Collected : (\d+)", res.stderr)
    if not m:
        raise SystemExit(f"no count in valgrind's output:\n{res.stderr[-2000:]}")
    return int(m.group(1))


def per_document(src: Path, corpus: Path, passes: int) -> float:
    n = len(list(corpus.glob("*.txt")))
    return (instructions(src, corpus, passes) - instructions(src, corpus, 0)) / (passes * n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--against", help="a git revision to compare with")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    here = per_document(ROOT / "src", args.corpus, args.passes)
    print(f"this checkout: {here / 1e6:.1f} M instructions per document ({args.corpus})")
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                [
                    "git",
                    "-C",
                    str(ROOT),
                    "worktree",
                    "add",
                    "--detach",
                    "-q",
                    str(tree),
                    args.against,
                ],
                check=True,
            )
            try:
                there = per_document(tree / "src", args.corpus, args.passes)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
                )
        print(
            f"{args.against}: {there / 1e6:.1f} M instructions per document; "
            f"this checkout needs {here / there - 1:+.1%}"
        )


if __name__ == "__main__":
    main()
