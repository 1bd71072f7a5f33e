"""khtool's cache directory and the pickled files kept in it.

Everything here is a cache: a file that is missing, stale or unreadable is
rebuilt by its user, and one that cannot be written only costs time. Files are
written atomically, so processes that share the directory (``--jobs``) never
read a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from pathlib import Path


def default_cache_dir() -> Path:
    """``$KHTOOL_CACHE_DIR``, else ``khtool`` under ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    if os.environ.get("KHTOOL_CACHE_DIR"):
        return Path(os.environ["KHTOOL_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khtool"


def read_pickle(target: str | Path) -> object | None:
    """A pickled cache file's object; None when it is missing, stale or unreadable."""
    try:
        with open(target, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # unreadable or stale cache: the caller rebuilds it
        return None


def write_pickle(target: str | Path, obj: object) -> None:
    """Write ``obj`` to ``target`` atomically; an unwritable cache is skipped."""
    target = str(target)
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
