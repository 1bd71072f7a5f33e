"""The two builds: pure Python by default, the parse stages compiled with mypyc
when KHTOOL_COMPILE=1 (setup.py, _build/backend.py). ``.ci/run`` runs the whole
suite on each build; these tests check the switch itself."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

import khtool
from khtool.cli import _register, app

from .conftest import ROOT


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "khtool_build_backend", ROOT / "_build" / "backend.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# old setuptools warns that its pyproject.toml support is in beta
@pytest.mark.filterwarnings("ignore:Support for .* is still .beta.")
@pytest.mark.parametrize(
    ("setting", "wants_mypy"),
    [(None, False), ("0", False), ("1", True)],
)
def test_mypy_is_a_build_requirement_only_when_compiling(monkeypatch, setting, wants_mypy):
    backend = _backend()
    monkeypatch.chdir(ROOT)  # setuptools runs ./setup.py to list its requirements
    if setting is None:
        monkeypatch.delenv("KHTOOL_COMPILE", raising=False)
    else:
        monkeypatch.setenv("KHTOOL_COMPILE", setting)
    requires = backend.get_requires_for_build_wheel()
    assert any(r.startswith("mypy") for r in requires) is wants_mypy
    # mypyc compiles from types: the typed packages the modules use come too
    assert any(r.startswith("pydantic") for r in requires) is wants_mypy
    assert os.environ.get("KHTOOL_COMPILE") == setting  # put back as it was


@pytest.mark.parametrize(
    "hook",
    ["build_editable", "prepare_metadata_for_build_wheel", "get_requires_for_build_editable"],
)
def test_editable_installs_and_metadata_are_built_pure(monkeypatch, hook):
    backend = _backend()
    seen: list[str | None] = []

    def fake(*args, **kwargs):
        seen.append(os.environ.get("KHTOOL_COMPILE"))
        return "done"

    monkeypatch.setattr(backend._setuptools, hook, fake)
    monkeypatch.setenv("KHTOOL_COMPILE", "1")
    args = ["some-dir"] if hook != "get_requires_for_build_editable" else []
    assert getattr(backend, hook)(*args) == "done"
    assert seen == [None]  # setup.py saw a pure build
    assert os.environ["KHTOOL_COMPILE"] == "1"


def test_compiled_tells_where_the_parse_stages_come_from():
    import khtool.normalize

    assert khtool.compiled() is (Path(khtool.normalize.__file__).suffix != ".py")


def test_version_names_the_build():
    _register()
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    build = "compiled with mypyc" if khtool.compiled() else "pure Python"
    assert result.output.startswith(f"khtool {khtool.__version__}, ")
    assert build in result.output
