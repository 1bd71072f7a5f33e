"""Findings of `khtool check` as text, JSON, SARIF 2.1.0 and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from ..check import CheckReport, rules
from ..models import REPORT_VERSION

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def to_json(report: CheckReport) -> str:
    return json.dumps(
        {
            "report": "check",
            "report_version": REPORT_VERSION,
            "files": report.files,
            "findings": [f.as_dict() for f in report.findings],
            "errors": [{"path": e.path, "message": e.message} for e in report.errors],
            "summary": {
                s: sum(1 for f in report.findings if f.severity == s)
                for s in ("error", "warning", "info")
            },
        },
        ensure_ascii=False,
        indent=2,
    )


def _uri(path: str | None) -> str:
    if not path:
        return "stdin"
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


# SARIF's base for the files under the working directory (GitHub's and
# CodeQL's name for the checkout's root)
SRCROOT = "%SRCROOT%"
# the fingerprint's name and version in ``partialFingerprints``
FINGERPRINT = "khtoolFindingHash/v1"


def _artifact(path: str | None) -> dict[str, str]:
    """A file as SARIF's ``artifactLocation``: relative to the working
    directory (``%SRCROOT%``) when under it, else an absolute ``file://`` URI."""
    if not path:
        return {"uri": "stdin"}
    p = Path(path).resolve()
    try:
        rel = p.relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": p.as_uri()}
    return {"uri": quote(rel.as_posix()), "uriBaseId": SRCROOT}


def fingerprints(report: CheckReport) -> list[str]:
    """Each finding's fingerprint, the same from run to run and when lines
    move: a digest of its rule, its file (as SARIF names it) and its line's
    text, whitespace collapsed (``check.finding_lines``; the message when the
    line cannot be read again), then ``:N``, the N-th finding of that digest."""
    import hashlib

    from ..check import finding_lines

    seen: Counter[str] = Counter()
    out = []
    for f, line in zip(report.findings, finding_lines(report), strict=True):
        text = " ".join((line if line is not None else f.message if f.line else "").split())
        where = _artifact(f.path)["uri"]
        digest = hashlib.sha256(f"{f.rule}\0{where}\0{text}".encode()).hexdigest()[:32]
        seen[digest] += 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def _region(line: int, column: int | None, end_line: int | None, end_column: int | None, snippet: str | None) -> dict[str, Any]:
    """A finding's place as SARIF's ``region``: its span's lines and columns
    (the end column one past its last character) and the text it quotes."""
    region: dict[str, Any] = {"startLine": line, "startColumn": column or 1}
    if end_column is not None and (end_line or line) >= line:
        region["endLine"] = end_line or line
        region["endColumn"] = end_column
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def to_sarif(report: CheckReport) -> dict[str, Any]:
    from .. import __version__

    used = sorted(rules().values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(used)}
    results = []
    for f, fingerprint in zip(report.findings, fingerprints(report), strict=True):
        loc: dict[str, Any] = {"artifactLocation": _artifact(f.path)}
        if f.line:
            loc["region"] = _region(f.line, f.column, f.end_line, f.end_column, f.snippet)
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": loc}],
                "partialFingerprints": {FINGERPRINT: fingerprint},
            }
        )
        if f.related:  # (the plan a cross-plan finding is about)
            related: dict[str, Any] = {"artifactLocation": _artifact(f.related)}
            if f.related_line:  # (the line there: its date, its number, its deadline for the level)
                related["region"] = {"startLine": f.related_line}
            results[-1]["relatedLocations"] = [{"id": 1, "physicalLocation": related}]
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{e.path}: {e.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.path)}}],
        }
        for e in report.errors
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "khtool",
                        "version": __version__,
                        "informationUri": "https://github.com/khtool/khtool",
                        "rules": [
                            {
                                "id": r.id,
                                "name": r.name,
                                "shortDescription": {"text": r.message},
                                "fullDescription": {"text": r.explanation},
                                "help": {"text": r.explanation},
                                "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
                            }
                            for r in used
                        ],
                    }
                },
                # (columns count characters, as Python's strings do)
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri().rstrip("/") + "/"}},
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }


def _gh_prop(text: str) -> str:
    return (
        text.replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace(":", "%3A")
        .replace(",", "%2C")
    )


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def to_github(report: CheckReport) -> str:
    lines = []
    for f in report.findings:
        props = [f"file={_gh_prop(_uri(f.path))}"]
        if f.line:
            props.append(f"line={f.line}")
            props.append(f"col={f.column or 1}")
        props.append(f"title={_gh_prop(f.rule + ' ' + f.name)}")
        lines.append(f"::{GITHUB_LEVEL[f.severity]} {','.join(props)}::{_gh_data(f.message)}")
    for e in report.errors:
        lines.append(
            f"::error file={_gh_prop(_uri(e.path))},title=unreadable::{_gh_data(e.message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def print_text(report: CheckReport, out: IO[str], lang: str = "en") -> None:
    """One line per finding under its file, then the counts; ``lang`` the
    language of the severities and the counts (the rules' messages are
    Vietnamese, their ids codes)."""
    from .console import console
    from .labels import code, label

    # a pipe or a file gets one line per finding (grep), a terminal its width
    c = console(out, fit=True, highlight=False)
    by_file: dict[str | None, list[Any]] = {}
    for f in report.findings:
        by_file.setdefault(f.path, []).append(f)
    colour = {"error": "red", "warning": "yellow", "info": "blue"}
    severity = {s: code("severity", s, lang) for s in colour}
    width = max(7, *map(len, severity.values()))
    for path, fs in by_file.items():
        c.print(f"[bold]{path or '-'}[/bold]")
        for f in fs:
            c.print(
                f"  {f.line or '-':>4}  [{colour[f.severity]}]{severity[f.severity]:<{width}}[/]  {f.rule}  {f.message}"
            )
    # (unreadable inputs are errors, on stderr: the command prints them)
    n = {
        s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")
    }
    c.print(
        label("check.summary", lang, files=report.files, **n)
        + (label("check.unreadable", lang, n=len(report.errors)) if report.errors else "")
    )
