"""Build this checkout with its parse stages compiled (``KHTOOL_COMPILE=1``,
see setup.py) into a directory the benchmarks can import it from.

    python benchmarks/compiled_build.py DIR    # then PYTHONPATH=DIR/site python ...

Used by ``bench_parse.py --compiled`` and ``bench_instructions.py --compiled``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_compiled(dest: Path) -> Path:
    """Build the compiled wheel into ``dest/wheel``, unpack it into
    ``dest/site`` and return that directory (a ``PYTHONPATH`` entry)."""
    wheels, site = dest / "wheel", dest / "site"
    pip = [sys.executable, "-m", "pip", "-q"]
    # its own mypy cache, as a user's fresh build has
    env = os.environ | {"KHTOOL_COMPILE": "1", "MYPY_CACHE_DIR": str(dest / "mypy-cache")}
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True, env=env)
    built = sorted(wheels.glob("khtool-*.whl"))
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), *map(str, built)], check=True
    )
    check = "import khtool, sys; sys.exit(not khtool.compiled())"
    subprocess.run(
        [sys.executable, "-c", check], check=True, env=os.environ | {"PYTHONPATH": str(site)}
    )
    return site


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(build_compiled(Path(sys.argv[1])))
