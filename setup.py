"""Build script: pure Python, unless ``KHTOOL_COMPILE=1`` asks for the parse
stages compiled with mypyc (``KHTOOL_COMPILE=1 pip install .``).

Compiled, a parse runs about 1.2–1.3x faster (README › Performance); the Python
sources stay in the wheel, and ``khtool.compiled()`` tells which build runs.
The same tests pass on both builds (``.ci/run`` runs them on each).
"""

from __future__ import annotations

import os

from setuptools import setup

# The modules a parse spends its time in, none of which defines a pydantic
# model (models.py stays Python: pydantic builds its classes at run time) or
# rebinds its own names (patterns.py compiles its patterns on first use).
COMPILED_MODULES = [
    "normalize.py",
    "segment.py",
    "extract/citations.py",
    "extract/assignments.py",
    "docnumber.py",
    "resolve.py",
    "agencies.py",
    "pipeline.py",
]


def _extensions() -> list:
    if os.environ.get("KHTOOL_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # the build backend has installed mypy

    # unused "type: ignore" comments are the linter's business (CI runs mypy);
    # a build whose environment lacks some typed package must not fail on them
    options = ["--no-warn-unused-ignores"]
    return mypycify(options + [f"src/khtool/{m}" for m in COMPILED_MODULES], opt_level="3")


setup(ext_modules=_extensions())
