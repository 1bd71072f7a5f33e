from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test another checkout's sources.

    The editable install puts one checkout's ``src`` on every path; run from a
    second checkout (a git worktree), pytest would import the first one's code
    and pass or fail for it. A built copy (the compiled wheel CI unpacks onto
    PYTHONPATH) is no checkout and is tested as it is.
    """
    import khtool

    package = Path(khtool.__file__).resolve().parent
    if package.parent.name == "src" and package.parent != ROOT / "src":
        raise pytest.UsageError(
            f"khtool is imported from {package}, not from this checkout ({ROOT / 'src'}): "
            f"run with PYTHONPATH={ROOT / 'src'}"
        )


# The commands that write a file, one of each kind, writing to ``out`` (the
# exit-code and output-file tests run each).
WRITER_IDS = ["parse", "parse-jsonl", "check", "diff", "graph"]


def writing_commands(out: str) -> list[list[str]]:
    province, ward = str(SAMPLES / "000_48697f013dff5d26.txt"), str(SAMPLES / "001_9bc3f1274d6058dd.txt")
    return [
        ["parse", ward, "-f", "json", "-o", out],
        ["parse", ward, "-f", "jsonl", "-o", out],
        ["check", ward, "-f", "sarif", "--fail-on", "never", "-o", out],
        ["diff", province, ward, "-f", "json", "-o", out],
        ["graph", ward, "--out", out],
    ]


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def load_golden(kind: str, stem: str) -> dict:
    return json.loads((GOLDEN / kind / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def parsed_samples():
    from khtool import parse_file

    return {p.stem: parse_file(p) for p in sample_paths()}


def tasks_by_agency(text: str) -> dict[str, set[str]]:
    """Each assigned body of ``text`` parsed, with its tasks' first 20
    characters (the legal-duties tests' view of who was given what)."""
    from khtool import parse_text

    out: dict[str, set[str]] = {}
    for a in parse_text(text, path="x.txt").assignments:
        out.setdefault(a.agency, set()).update(t.text[:20] for t in a.tasks)
    return out
