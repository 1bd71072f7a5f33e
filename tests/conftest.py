from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def load_golden(kind: str, stem: str) -> dict:
    return json.loads((GOLDEN / kind / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def parsed_samples():
    from khtool import parse_file

    return {p.stem: parse_file(p) for p in sample_paths()}
