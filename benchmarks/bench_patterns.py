"""Where the parse spends its regular-expression time, per pattern and engine.

    python benchmarks/bench_patterns.py [--corpus DIR] [--top 30]

Parses the samples (or a directory of .txt files) once while recording every
call made on a pattern of ``khtool.patterns``, then replays each pattern's
calls under the engine it is compiled with and, where the pattern compiles
with both, under the other one (``regex`` and the standard ``re``). Prints
the patterns by time spent, the engine used, and what the other engine would
take; ``*`` marks a pattern that would be faster under the other engine
(``_std`` in patterns.py says which patterns use ``re``, and why).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
Call = tuple[tuple[Any, ...], dict[str, Any]]


class _Recorder:
    """Stands in for a compiled pattern and records the calls made on it."""

    def __init__(self, name: str, pattern: Any, calls: dict[tuple[str, str], list[Call]]):
        self._name, self._pattern, self._calls = name, pattern, calls

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._pattern, attr)
        if not callable(value):
            return value

        def record(*args: Any, **kwargs: Any) -> Any:
            self._calls[(self._name, attr)].append((args, kwargs))
            return value(*args, **kwargs)

        return record


def _replay(method: Callable[..., Any], calls: list[Call], consume: bool, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for args, kwargs in calls:
            result = method(*args, **kwargs)
            if consume:  # finditer is lazy: the work is in the iteration
                for _m in result:
                    pass
        best = min(best, time.perf_counter() - start)
    return best


def _other_engine(pattern: Any) -> Any | None:
    flags = pattern.flags & (re.I | re.X | re.M | re.S)
    try:
        if isinstance(pattern, re.Pattern):
            return regex.compile(pattern.pattern, flags)
        if pattern.flags & regex.REVERSE:
            return None  # no reverse search in re
        return re.compile(pattern.pattern, flags)
    except (re.error, regex.error):
        return None  # needs what only regex has (\p{..}, REVERSE, ...)


# (the arguments ``re`` takes by position: regex's further ones, as the
# ``concurrent=False`` the gated scans pass, are dropped for the other engine)
_RE_POSITIONAL = {"match": 3, "search": 3, "fullmatch": 3, "finditer": 3, "findall": 3}


def _for_re(method: str, calls: list[Call]) -> list[Call]:
    keep = _RE_POSITIONAL.get(method)
    if keep is None:
        return calls
    out: list[Call] = []
    for args, kwargs in calls:
        kept = args[:keep]
        if len(kept) == 3 and kept[2] is None:  # (no end given: re takes none)
            kept = kept[:2]
        out.append((kept, {k: v for k, v in kwargs.items() if k != "concurrent"}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()

    from khtool import patterns as P

    compiled = P.all_patterns()
    calls: dict[tuple[str, str], list[Call]] = defaultdict(list)
    for name, value in compiled.items():
        setattr(P, name, _Recorder(name, value, calls))
    from khtool import parse_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    for text in texts:  # recorded
        parse_text(text)
    for name, value in compiled.items():
        setattr(P, name, value)
    for text in texts:  # the parse without the recorder, for the total
        parse_text(text)
    start = time.perf_counter()
    for text in texts:
        parse_text(text)
    total = time.perf_counter() - start

    rows = []
    for (name, method), recorded in calls.items():
        pattern = compiled[name]
        consume = method == "finditer"
        used = _replay(getattr(pattern, method), recorded, consume)
        other = _other_engine(pattern)
        replayed = _for_re(method, recorded) if isinstance(other, re.Pattern) else recorded
        alt = _replay(getattr(other, method), replayed, consume) if other is not None else None
        engine = "re" if isinstance(pattern, re.Pattern) else "regex"
        rows.append((used, f"{name}.{method}", len(recorded), engine, alt))
    rows.sort(reverse=True)
    spent = sum(r[0] for r in rows)
    print(
        f"{len(texts)} documents: parse {total * 1000:.0f} ms, of which pattern calls "
        f"{spent * 1000:.0f} ms ({spent / total:.0%}), {sum(r[2] for r in rows)} calls"
    )
    print(f"{'ms':>7} {'calls':>7}  engine  other   pattern")
    for used, label, count, engine, alt in rows[: args.top]:
        other_text = "   -  " if alt is None else f"{alt * 1000:6.1f}"
        flag = "*" if alt is not None and alt < used * 0.8 else " "
        print(f"{used * 1000:7.1f} {count:7d}  {engine:6s} {other_text}{flag} {label}")


if __name__ == "__main__":
    main()
