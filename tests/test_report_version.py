"""Each JSON report (diff, check, graph) says what it is and its layout's
version first, as a parsed document carries ``schema_version``: a pipeline
reading khtool's JSON can refuse a layout it was not written for."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app
from khtool.models import REPORT_VERSION

from .conftest import SAMPLES

_register()
runner = CliRunner()
WARD = str(SAMPLES / "001_9bc3f1274d6058dd.txt")
PROVINCE = str(SAMPLES / "000_48697f013dff5d26.txt")


@pytest.mark.parametrize(
    ("args", "report"),
    [
        (["diff", PROVINCE, WARD, "-f", "json"], "diff"),
        (["check", WARD, "-f", "json"], "check"),
        (["graph", PROVINCE, WARD, "--stats", "-f", "json"], "graph"),
        (["graph", PROVINCE, WARD, "-f", "json"], "graph"),  # the whole graph, no question
    ],
)
def test_each_json_report_opens_with_what_it_is_and_its_version(args, report):
    res = runner.invoke(app, args)
    assert res.exit_code in (0, 1), res.output
    data = json.loads(res.stdout)
    assert list(data)[:2] == ["report", "report_version"]
    assert (data["report"], data["report_version"]) == (report, REPORT_VERSION)


def test_a_graph_written_as_node_link_names_itself_in_its_graph_attributes(tmp_path):
    out = tmp_path / "g.json"
    res = runner.invoke(app, ["graph", PROVINCE, WARD, "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["graph"] == {"report": "graph", "report_version": REPORT_VERSION}
    assert data["nodes"] and data["links"]


def test_a_report_is_still_no_document_when_read_back(tmp_path):
    """The reports carry no ``schema_version``: ``graph`` skips one found in a
    folder as it did, rather than taking it for a parsed document."""
    res = runner.invoke(app, ["diff", PROVINCE, WARD, "-f", "json"])
    (tmp_path / "diff.json").write_text(res.stdout, encoding="utf-8")
    shutil.copy(WARD, tmp_path / "ward.txt")
    res = runner.invoke(app, ["graph", str(tmp_path), "--stats", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert "diff.json: skipped: not khtool's output (no schema_version)" in res.stderr
    assert json.loads(res.stdout)["stats"]["parsed"] == 1  # the ward alone
