from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"


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
