"""Development report: how khtool fares over ../shared/corpus (skips when absent).

    python scripts/corpus_report.py [--originals] [--show]

Counts documents parsed, failures, headers found complete (type, number or a
blank-number symbol, date, issuer, title), citations/assignments per document,
and the time taken. --show prints one line per document for eyeballing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--originals", action="store_true", help="also parse the original .docx/.pdf files"
    )
    ap.add_argument("--show", action="store_true", help="one line per document")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to report")
        return 0
    from khtool import parse_file
    from khtool.errors import KhtoolError

    files = sorted((args.corpus / "texts").glob("*.txt"))
    if args.originals:
        files += sorted((args.corpus / "originals").glob("*"))
    stats = {"files": 0, "failed": 0, "complete": 0, "citations": 0, "assignments": 0}
    missing: dict[str, int] = {}
    t0 = time.perf_counter()
    for f in files:
        stats["files"] += 1
        try:
            doc = parse_file(f)
        except KhtoolError as exc:
            stats["failed"] += 1
            print(f"FAIL {f.name}: {exc}")
            continue
        except Exception as exc:  # report bugs, keep going
            stats["failed"] += 1
            print(f"BUG  {f.name}: {type(exc).__name__}: {exc}")
            continue
        h = doc.header
        fields = {
            "type": h.doc_type,
            "number": h.number or h.symbol,
            "date": h.date,
            "issuer": h.issuer.name,
            "level": h.level,
            "title": h.title,
        }
        lacking = [k for k, v in fields.items() if not v]
        for k in lacking:
            missing[k] = missing.get(k, 0) + 1
        if not lacking:
            stats["complete"] += 1
        stats["citations"] += len(doc.citations)
        stats["assignments"] += len(doc.assignments)
        if args.show:
            print(
                f"{'ok  ' if not lacking else 'MISS'} {f.name[:48]:48} {h.doc_type or '-':4} {h.number or h.symbol or '-':22} "
                f"{h.date or '-':10} {h.level or '-':8} {(h.issuer.name or '-')[:38]:38} "
                f"cit={len(doc.citations)} asg={len(doc.assignments)} {','.join(lacking)}"
            )
    dt = time.perf_counter() - t0
    n = max(1, stats["files"] - stats["failed"])
    print(
        f"\n{stats['files']} files, {stats['failed']} failed, headers complete {stats['complete']}/{n} "
        f"({100 * stats['complete'] / n:.0f}%), citations/doc {stats['citations'] / n:.1f}, "
        f"assignments/doc {stats['assignments'] / n:.1f}, {dt:.2f} s"
    )
    print(
        "missing fields:",
        ", ".join(f"{k}={v}" for k, v in sorted(missing.items(), key=lambda kv: -kv[1])),
    )
    return 1 if stats["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
