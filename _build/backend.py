"""khtool's PEP 517 build backend: setuptools, plus mypy when the parse stages
are to be compiled.

``KHTOOL_COMPILE=1 pip install .`` builds the modules a parse spends its time
in with mypyc (see ``setup.py``); without it the build is pure Python. mypyc
ships with mypy, which is only needed then, so it is asked for here rather
than in ``pyproject.toml``. Metadata, sdists and editable installs are always
pure: an editable install exists so that edits to the sources take effect,
and a compiled module would hide them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (hooks passed through unchanged)
    build_sdist,
    get_requires_for_build_sdist,
)

COMPILE_ENV = "KHTOOL_COMPILE"
# mypy 1.10 is the oldest the project is checked with; mypyc comes with it.
# mypyc compiles from mypy's types, so the packages whose types the compiled
# modules use are installed in the build too (else their classes are Any, and
# the code mypyc writes differs from what CI's mypy checked).
_COMPILE_REQUIRES = ["mypy>=1.10"]
_TYPED_DEPENDENCIES = ("pydantic", "regex")


def _compile_requires() -> list[str]:
    import tomllib

    with open(os.path.join(os.path.dirname(__file__), "..", "pyproject.toml"), "rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    typed = [d for d in deps if d.split(">")[0].split("=")[0].strip() in _TYPED_DEPENDENCIES]
    return _COMPILE_REQUIRES + typed


def _compiling() -> bool:
    return os.environ.get(COMPILE_ENV) == "1"


@contextmanager
def _pure() -> Iterator[None]:
    """Run a setuptools hook as a pure-Python build (setup.py reads the variable)."""
    saved = os.environ.pop(COMPILE_ENV, None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ[COMPILE_ENV] = saved


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    # setuptools runs setup.py to list its requirements, before mypy is there
    with _pure():
        requires = _setuptools.get_requires_for_build_wheel(config_settings)
    return requires + (_compile_requires() if _compiling() else [])


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    with _pure():  # the metadata is the same, and mypyc would run for nothing
        return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    with _pure():
        return _setuptools.get_requires_for_build_editable(config_settings)


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    with _pure():
        return _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    with _pure():
        return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
