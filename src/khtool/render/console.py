"""The rich console the renderers print to."""

from __future__ import annotations

import errno
from typing import IO, Any


def console(out: IO[str] | None = None, **options: Any) -> Any:
    """A rich ``Console`` on ``out`` (stdout when None) that lets a closed pipe
    (``khtool … | head``) raise ``BrokenPipeError``: rich's own handling exits
    with 1, which khtool's exit codes give to failed files; the CLI ends such a
    run quietly with 0 (rich is imported here, not at start-up)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True  # nothing more is written
            raise BrokenPipeError(errno.EPIPE, "the reader of the output went away")

    return _Console(file=out, **options)
