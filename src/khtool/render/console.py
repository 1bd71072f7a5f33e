"""The rich console the renderers print to."""

from __future__ import annotations

import errno
from typing import IO, Any

# The width a pipe or a file is given: wide enough that no line, nor table, is
# wrapped (a table is as wide as its content, whatever this width).
PIPE_WIDTH = 10_000


def console(out: IO[str] | None = None, *, fit: bool = False, **options: Any) -> Any:
    """A rich ``Console`` on ``out`` (stdout when None) that lets a closed pipe
    (``khtool … | head``) raise ``BrokenPipeError``: rich's own handling exits
    with 1, which khtool's exit codes give to failed files; the CLI ends such a
    run quietly with 0 (rich is imported here, not at start-up). With ``fit``,
    a terminal gets lines and tables wrapped to its width, a pipe or a file
    each line whole (one row a line, for grep), not at 80 columns."""
    from rich.console import Console

    if fit and not is_terminal(out):
        options.setdefault("soft_wrap", True)
        options.setdefault("width", PIPE_WIDTH)

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True  # nothing more is written
            raise BrokenPipeError(errno.EPIPE, "the reader of the output went away")

    return _Console(file=out, **options)


def is_terminal(out: IO[str] | None = None) -> bool:
    """Whether ``out`` (stdout when None) is a terminal."""
    import sys

    try:
        return (out if out is not None else sys.stdout).isatty()
    except (AttributeError, ValueError):  # (no file, or a closed one)
        return False
