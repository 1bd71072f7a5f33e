"""Errors khtool reports to users, each with the exit code the CLI documents.

Exit codes (the same for every command):
  0  success (and, for ``check``, no finding at or above ``--fail-on``)
  1  findings: ``check`` found problems at or above ``--fail-on``,
     ``diff --fail-under`` not met, or a batch where some inputs failed
     and the others were read
  2  usage error (bad option, unknown rule, bad configuration, an output
     path that cannot be written)
  3  no document could be read: unreadable input (missing file, empty file,
     binary, corrupt .docx/.pdf, no text layer, over a size limit), every
     input of a batch failed, or no document was found at all (a folder
     without documents, a glob matching nothing, an empty JSONL)
  4  internal error (a bug in khtool: please report it with ``--debug`` output)
  130, 143  interrupted by SIGINT (Ctrl-C) or stopped by SIGTERM (128 + signal)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_TERMINATED = 143  # 128 + SIGTERM


class KhtoolError(Exception):
    """Base class: a problem to show as one line, never as a traceback."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        # the traceback where it arose, kept under --debug (KHTOOL_DEBUG) by
        # the batch, also from a worker process, for the CLI to show beside
        # the error's line
        self.trace: str | None = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(KhtoolError):
    """The input cannot be read as a document."""

    exit_code = EXIT_INPUT


class ForeignJSON(InputError):
    """JSON that is no khtool output at all (``package.json``), not a khtool
    document broken or of another version: a folder's such files are skipped."""


class UsageError(KhtoolError):
    """The call itself is wrong: options, configuration, arguments."""

    exit_code = EXIT_USAGE


class InternalError(KhtoolError):
    """A bug in khtool met while processing one input."""

    exit_code = EXIT_INTERNAL


class Terminated(BaseException):
    """SIGTERM arrived (a CI cancel, ``timeout``, ``docker stop``): raised by the
    command line's handler so that, like Ctrl-C, it unwinds the run: output
    temp files removed, worker processes killed. A BaseException, so that no
    ``except Exception`` meant for one bad file swallows it."""
