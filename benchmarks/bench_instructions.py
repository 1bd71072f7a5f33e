"""Instructions per parsed document, counted by valgrind: a measure that does
not drift with the machine's speed (a shared VM's speed can change by 20%
from one minute to the next; the count changes by well under 1%).

    python benchmarks/bench_instructions.py [--corpus DIR] [--passes 2] [--against REV] [--cold]
                                            [--compiled]

Runs the in-process parse of the samples (or a directory of .txt files) under
``valgrind --tool=callgrind`` twice, after a warm-up pass: once with no more
passes and once with --passes passes. Both runs start and end the same way
(imports, tables, interpreter shutdown), so the difference divided by the
documents parsed is the count per document.
``--against REV`` measures a git revision too (checked out in a temporary
worktree) and prints the change.
``--compiled`` measures this checkout built with its parse stages compiled
(``KHTOOL_COMPILE=1``, see setup.py) too, and prints the change.
``--cold`` counts instead a whole cold ``python -m khtool parse FILE --format
json`` for each .txt of the corpus, against ``python -c "import typer,
pydantic, regex"`` (the start-up goal is 3x; bytecode cached for both, hash
seed fixed), which wall times on a drifting VM cannot settle.
Needs valgrind (Debian: ``apt install valgrind``); slow: about 50x the plain
run.
"""

from __future__ import annotations

import argparse
import os
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


def count(argv: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions valgrind counts for one run of ``argv``."""
    res = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    m = re.search(r"Collected : (\d+)", res.stderr)
    if not m:
        raise SystemExit(f"no count in valgrind's output:\n{res.stderr[-2000:]}")
    return int(m.group(1))


def instructions(src: Path, corpus: Path, passes: int) -> int:
    return count([sys.executable, "-c", CHILD, str(src), str(corpus), str(passes)])


def cold_ratios(src: Path, corpus: Path) -> dict[str, float]:
    """Each file's cold ``khtool parse`` over the bare imports, in instructions."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    bare_cmd = [sys.executable, "-c", "import typer, pydantic, regex"]
    subprocess.run(bare_cmd, check=True, env=env)  # writes bytecode, as for the runs below
    bare = count(bare_cmd, env)
    out = {}
    for path in sorted(corpus.glob("*.txt")):
        cmd = [sys.executable, "-m", "khtool", "parse", str(path), "--format", "json"]
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        out[path.name] = count(cmd, env) / bare
    return out


def measure(src: Path, args: argparse.Namespace) -> float | dict[str, float]:
    if args.cold:
        return cold_ratios(src, args.corpus)
    return per_document(src, args.corpus, args.passes)


def show(label: str, result: float | dict[str, float], corpus: Path) -> None:
    if isinstance(result, dict):
        for name, ratio in result.items():
            print(f"{label}: cold khtool parse {name}: {ratio:.2f}x the bare imports")
    else:
        print(f"{label}: {result / 1e6:.1f} M instructions per document ({corpus})")


def per_document(src: Path, corpus: Path, passes: int) -> float:
    n = len(list(corpus.glob("*.txt")))
    return (instructions(src, corpus, passes) - instructions(src, corpus, 0)) / (passes * n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--against", help="a git revision to compare with")
    ap.add_argument("--cold", action="store_true", help="count cold `khtool parse` runs")
    ap.add_argument("--compiled", action="store_true", help="compare with the compiled build")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    here = measure(ROOT / "src", args)
    show("this checkout", here, args.corpus)
    if args.compiled:
        from compiled_build import build_compiled

        with tempfile.TemporaryDirectory() as tmp:
            fast = measure(build_compiled(Path(tmp)), args)
        show("compiled", fast, args.corpus)
        if isinstance(here, float) and isinstance(fast, float):
            print(f"compiled needs {fast / here - 1:+.1%}")
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
                there = measure(tree / "src", args)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
                )
        show(args.against, there, args.corpus)
        if isinstance(here, float) and isinstance(there, float):
            print(f"this checkout needs {here / there - 1:+.1%}")


if __name__ == "__main__":
    main()
