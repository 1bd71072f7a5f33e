"""The HTML pages in a real headless browser: they render, and document text cannot inject.

Skips when no Chromium is installed (.ci/run installs Debian's when it can)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from khtool import parse_text
from khtool.diff import diff_plans
from khtool.graph import build_graph
from khtool.render.diff_out import to_html as diff_html
from khtool.render.graph_out import to_html as graph_html

BROWSER = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium on this machine")

EVIL = '</script><script>document.title="pwned"</script><img id="pwned" src=x onerror="document.title=\'pwned\'">'
PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 45/KH-UBND\nSơn La, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\n"
    f"Phòng, chống đuối nước {EVIL}\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư,\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
    f"- Chủ trì hướng dẫn sơ cứu {EVIL}.\n"
)


def dump_dom(tmp_path, html: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    proc = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-500:]
    return proc.stdout.decode("utf-8", errors="replace")


def test_graph_page_renders_and_resists_injection(tmp_path):
    g = build_graph([parse_text(PLAN, path="plan.txt")])
    dom = dump_dom(tmp_path, graph_html(g))
    assert (
        dom.count('class="node') == g.g.number_of_nodes()
    )  # the script ran and drew every document
    assert "<title>khtool — citation graph</title>" in dom
    assert '<img id="pwned"' not in dom


def test_diff_page_resists_injection(tmp_path):
    doc = parse_text(PLAN, path="plan.txt")
    dom = dump_dom(tmp_path, diff_html(diff_plans(doc, doc)))
    assert "<title>khtool diff</title>" in dom
    assert '<img id="pwned"' not in dom and "&lt;/script&gt;" in dom
