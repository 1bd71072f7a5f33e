"""Errors khtool reports to users, each with the exit code the CLI documents.

Exit codes (the same for every command):
  0  success (and, for ``check``, no finding at or above ``--fail-on``)
  1  findings: ``check`` found problems, ``diff --fail-under`` not met,
     or a batch finished with some files failed
  2  usage error (bad option, unknown rule, bad configuration)
  3  unreadable input (missing file, empty file, binary, corrupt .docx/.pdf,
     no text layer, over a size limit)
  4  internal error (a bug in khtool: please report it with ``--debug`` output)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 4


class KhtoolError(Exception):
    """Base class: a problem to show as one line, never as a traceback."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(KhtoolError):
    """The input cannot be read as a document."""

    exit_code = EXIT_INPUT


class UsageError(KhtoolError):
    """The call itself is wrong: options, configuration, arguments."""

    exit_code = EXIT_USAGE


class InternalError(KhtoolError):
    """A bug in khtool met while processing one input."""

    exit_code = EXIT_INTERNAL
