"""The ``khtool`` command line: thin wrappers over the library.

Each command module registers itself on ``app``; every command parses its
arguments, calls one library function and renders the result. Errors are one
line on stderr with the documented exit code (see ``khtool.errors``); ``--debug``
adds the traceback above it and changes nothing else.
"""

from __future__ import annotations

import errno
import gc
import importlib
import os
import signal
import sys
import traceback
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer

from ..errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    KhtoolError,
    Terminated,
)

app = typer.Typer(
    name="khtool",
    help="Read Vietnamese administrative plans into data: parse, graph, diff, check.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

state = {"debug": False, "whole_process": False}
# what the running command writes, for the line an interrupt ends with: its
# output file (None: stdout), the --failures file, whether the output is a
# folder of shards; and the signal that stopped the run
outputs: dict[str, Any] = {"output": None, "failures": None, "shards": False, "signal": None}


def note_output(output: Any, failures: Any = None, shards: bool = False) -> None:
    """Tell the interrupt's line what this command writes (paths or None)."""
    outputs.update(output=output, failures=failures, shards=shards)


def _interrupted_line() -> str:
    """One line for a run stopped by a signal: which, and what was (not)
    written. A file output is written whole or not at all (khtool.outputs),
    so an interrupted run leaves the previous file as it was."""
    out, failed = outputs["output"], outputs["failures"]
    if out is None:
        what = "what was written to stdout is incomplete"
    elif outputs["shards"]:
        what = f"the shards in {out} are incomplete (no manifest.json written)"
    elif os.path.exists(out):
        what = f"nothing written: {out} is the previous run's, as it was"
    else:
        what = f"nothing written: {out} not created"
    if failed is not None:
        what += f"; {failed} not written"
    return f"khtool: interrupted ({outputs['signal'] or 'SIGINT'}); {what}"


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__, compiled

        build = "parse stages compiled with mypyc" if compiled() else "pure Python"
        typer.echo(f"khtool {__version__}, {build}, Python {sys.version.split()[0]}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for bug reports."),
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Show the version and build (pure Python or compiled), then exit.",
    ),
) -> None:
    state["debug"] = debug
    if debug:
        os.environ["KHTOOL_DEBUG"] = "1"


def _register() -> None:
    # Command modules; each adds its commands to ``app`` on import.
    from . import check_cmd, diff_cmd, graph_cmd, parse_cmd  # noqa: F401


def _on_sigterm(signum: int, frame: Any) -> None:
    # a second SIGTERM ends the process at once, without the clean-up
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    outputs["signal"] = "SIGTERM"
    raise Terminated


def _on_sigint(signum: int, frame: Any) -> None:
    # Python's own Ctrl-C, noted: typer turns the KeyboardInterrupt into exit
    # 130 before main sees it, and main then tells the interrupt
    outputs["signal"] = "SIGINT"
    raise KeyboardInterrupt


def _debug_first(args: list[str]) -> list[str]:
    """``--debug`` anywhere before ``--`` (the error text asks to "rerun with
    --debug", and users add it at the end) moved to where the root option is
    read: ``khtool parse x --debug`` is ``khtool --debug parse x``."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args
    return ["--debug", *(a for i, a in enumerate(args) if i >= end or a != "--debug")]


# The values of PYDANTIC_DISABLE_PLUGINS for which pydantic's get_plugins
# returns no plugin at all (pydantic/plugin/_loader.py).
_PLUGINS_OFF = ("__all__", "1", "true")


class _PluginLoaderStandIn(types.ModuleType):
    """Stands in for pydantic's plugin loader (``pydantic.plugin._loader``)
    while plugins are off. The real module imports ``importlib.metadata`` at
    its top, to read entry points, only to find no plugin then: ~40 M
    instructions of a cold ``khtool parse one.txt``, a tenth of the bare
    imports' count. ``get_plugins`` answers as pydantic's own does for those
    values; once plugins are on (or for any other name) the real module is
    imported and answers."""

    def get_plugins(self) -> Any:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF:
            return ()
        return self._real().get_plugins()

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # (the import system asks for __path__: a module has none)
            raise AttributeError(attr)
        return getattr(self._real(), attr)

    def _real(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)


def _without_plugin_search() -> None:
    """Put the stand-in in the loader's place, unless plugins are on or the
    loader is imported already."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF and name not in sys.modules:
        sys.modules[name] = _PluginLoaderStandIn(name)


def settle() -> None:
    """Leave what the process holds now out of the cyclic collector's
    passes (``gc.freeze``): the modules, models and patterns imported so far
    live until exit, and each full collection of a cold run would walk them
    again (about 2% of a cold ``khtool parse one.txt`` for those of the
    command line, 2.5% more for the parse's own, frozen before it starts).
    Only when ``main`` runs the process: a test calling the commands in its
    own process keeps its collector as it is."""
    if state["whole_process"]:
        gc.freeze()


def main() -> None:
    # The command line uses no pydantic plugin, and looking for plugins reads
    # every installed package's entry points when the first model is built
    # (about 4% of a cold `khtool parse one.txt`). Set before the models are
    # imported; whoever wants plugins sets the variable (even empty) first.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _without_plugin_search()
    _register()
    state["whole_process"] = True
    settle()
    # SIGTERM (``timeout``, ``docker stop``, a CI cancel) unwinds the run like
    # Ctrl-C: temp outputs removed, workers killed (khtool.procpool), exit 143
    signal.signal(signal.SIGTERM, _on_sigterm)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # (not when ignored)
        signal.signal(signal.SIGINT, _on_sigint)
    try:
        # not standalone: usage errors come here, to be told in one line
        code = app(args=_debug_first(sys.argv[1:]), standalone_mode=False)
        if code == EXIT_INTERRUPTED and outputs["signal"]:
            print(_interrupted_line(), file=sys.stderr)
        sys.stdout.flush()  # (a full disk under stdout is told here, not at exit)
    except _CLICK_ERROR as exc:
        if type(exc).__name__ != "NoArgsIsHelpError":  # (that one printed the help)
            print(_one_line(exc), file=sys.stderr)
        sys.exit(getattr(exc, "exit_code", EXIT_USAGE))
    except SystemExit as exc:
        # click answers a closed stdout (``khtool parse … | head``) with exit 1
        # after wrapping the streams in its PacifyFlushWrapper; the reader
        # going away is not a failure of the batch (1 means files failed)
        if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            sys.exit(0)
        raise
    except KhtoolError as exc:
        if state["debug"]:
            traceback.print_exc()
        print(f"khtool: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        outputs["signal"] = "SIGINT"
        print(_interrupted_line(), file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        print(_interrupted_line(), file=sys.stderr)
        sys.exit(EXIT_TERMINATED)
    except BrokenPipeError:
        # the reader went away (``khtool parse … | head``): not an error
        sys.stderr.close()
        sys.exit(0)
    except OSError as exc:
        if exc.errno not in _NO_ROOM:
            _internal_error(exc)
        # stdout on a full disk (``> /dev/full``, a quota): like an ``-o``
        # that cannot be written, not a bug
        if state["debug"]:
            traceback.print_exc()
        _drop_stdout()
        where = exc.filename or "stdout"
        print(f"khtool: error: {where}: cannot write: {exc.strerror}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        _internal_error(exc)
    sys.exit(code if isinstance(code, int) else 0)


# a write that fails for want of room (also outputs._FULL)
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _drop_stdout() -> None:
    """Send what stdout still buffers nowhere, so that exiting does not try
    (and fail, with a second message) to write it again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # (not a real file: a test runner's stream)


def _internal_error(exc: BaseException) -> NoReturn:
    if state["debug"]:  # the traceback, and still the exit code of a bug
        traceback.print_exc()
        sys.exit(EXIT_INTERNAL)
    print(
        f"khtool: internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)",
        file=sys.stderr,
    )
    sys.exit(EXIT_INTERNAL)


# click's (or typer's copy of click's) base of the errors it reports itself:
# bad options and arguments, found through a class typer exports
_CLICK_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


def _one_line(exc: Any) -> str:
    """A usage error as one line, with where to look (not Rich's box)."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"khtool: error: {message}{hint}"


@contextmanager
def progress_bar(
    total: int | None, enabled: bool | None, label: str
) -> Iterator[Callable[..., None]]:
    """Yield ``advance(n=1)``: a rich progress display on stderr for a person
    watching a terminal (``enabled`` None) or when asked, a no-op otherwise; a
    bar when the total is known, a running count when it is not (documents
    read back from JSONL)."""
    show = sys.stderr.isatty() and total != 1 if enabled is None else enabled
    if not show:
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if total is None:
        columns: tuple[Any, ...] = (
            SpinnerColumn(),
            TextColumn(label),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
        )
    else:
        columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)


def print_error(exc: KhtoolError) -> None:
    """The error's line on stderr; under ``--debug`` its traceback before it
    (the worker's, for an input parsed in a worker process), and nothing
    else changes: a batch goes on, the exit code stays."""
    if state["debug"]:
        trace = exc.trace or (
            "".join(traceback.format_exception(exc)) if exc.__traceback__ is not None else None
        )
        if trace:
            print(trace, end="", file=sys.stderr)
    print(f"khtool: error: {exc}", file=sys.stderr)


def print_failure_count(failed: int, total: int) -> None:
    """A batch's closing line on stderr, the same for ``parse``, ``check`` and
    ``graph``: how many of its inputs failed (one input's error is the whole
    story: no count)."""
    if failed and total > 1:
        print(f"khtool: {failed} of {total} inputs failed", file=sys.stderr)


def fail(exc: KhtoolError) -> typer.Exit:
    """Print a one-line error and return the Exit to raise."""
    print_error(exc)
    return typer.Exit(exc.exit_code)


def check_format(fmt: str, valid: tuple[str, ...]) -> None:
    """Refuse a ``--format`` the command does not write: one line naming the valid ones."""
    if fmt not in valid:
        from ..errors import UsageError

        names = ", ".join(valid[:-1]) + f" or {valid[-1]}"
        raise fail(UsageError(f"unknown format '{fmt}': use {names}"))


# --lang: the language of the reports for people (render/labels.py); JSON,
# JSONL and SARIF keep their codes whatever it is
LANGS = ("en", "vi")
LANG_HELP = (
    "Language of the report's words: en (default) or vi (statuses, sectors, headings as an official writes them);"
    " also KHTOOL_LANG. JSON, JSONL and SARIF keep their codes."
)


def check_lang(lang: str) -> str:
    """Refuse a ``--lang`` (or ``KHTOOL_LANG``) the reports are not written in."""
    if lang not in LANGS:
        from ..errors import UsageError

        raise fail(UsageError(f"unknown language '{lang}' (--lang or KHTOOL_LANG): use en or vi"))
    return lang


__all__ = ["EXIT_INPUT", "EXIT_USAGE", "app", "check_format", "check_lang", "fail", "main", "print_error"]
