"""Scale paths: the graph read back from JSONL summaries, and the Dask engine
on a local cluster (sharded JSONL, manifest, failures, the graph from shards)."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from khtool.cli import _register, app
from khtool.graph import graph_from_inputs, load_documents
from khtool.models import DocumentSummary

from .conftest import SAMPLES

_register()
runner = CliRunner()


def graph_docs_parsed():
    from khtool.batch import expand_inputs, parse_many

    return list(parse_many(expand_inputs([str(SAMPLES)])))


def _edges_and_nodes(g):
    nodes = sorted((str(n), json.dumps(d, sort_keys=True)) for n, d in g.g.nodes(data=True))
    edges = sorted(
        (str(u), str(v), json.dumps(d, sort_keys=True)) for u, v, d in g.g.edges(data=True)
    )
    return nodes, edges


@pytest.fixture(scope="module")
def samples_graph():
    return graph_from_inputs([str(SAMPLES)])


def test_graph_from_jsonl_summaries_equals_graph_from_documents(tmp_path, samples_graph):
    out = tmp_path / "docs.jsonl"
    res = runner.invoke(app, ["parse", str(SAMPLES), "-f", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    loaded = list(load_documents([str(out)]))
    assert loaded and all(isinstance(d, DocumentSummary) for d in loaded)
    full = list(load_documents([str(out)], summaries=False))
    assert [d.header for d in full] == [d.header for d in graph_docs_parsed()]
    assert _edges_and_nodes(graph_from_inputs([str(out)])) == _edges_and_nodes(samples_graph)


def test_bad_jsonl_line_is_one_error_not_a_stop(tmp_path):
    out = tmp_path / "docs.jsonl"
    runner.invoke(app, ["parse", str(SAMPLES / "002_*.txt"), "-f", "jsonl", "-o", str(out)])
    out.write_text(out.read_text(encoding="utf-8") + '{"header": 5}\n', encoding="utf-8")
    errors: list = []
    g = graph_from_inputs([str(out)], errors=errors)
    assert len(errors) == 1 and "line 2" in str(errors[0])
    assert g.g.number_of_nodes() > 0


# ---------------------------------------------------------------------------
# the Dask engine
# ---------------------------------------------------------------------------

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    shutil.copytree(SAMPLES, d)
    (d / "broken.docx").write_bytes(b"not a zip file")
    return d


def test_shards_manifest_and_failures(tmp_path, inputs, scheduler):
    from khtool.batch import expand_inputs
    from khtool.distributed import parse_to_shards

    out = tmp_path / "shards"
    seen: list[int] = []
    run = parse_to_shards(
        expand_inputs([str(inputs)]),
        out,
        scheduler=scheduler,
        shard_size=2,
        on_progress=seen.append,
    )
    # 6 inputs in shards of 2: three tasks; the broken .docx fails alone
    assert sum(seen) == 6 and len(seen) == 3
    assert run.documents == 5
    assert [e.path for e in run.failures] == [str(inputs / "broken.docx")]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 5
    assert sorted(manifest["shards"]) == sorted(p.name for p in out.glob("part-*.jsonl"))
    lines = [
        ln for p in out.glob("part-*.jsonl") for ln in p.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) == 5
    # the graph from the shard directory is the graph of the same inputs parsed here
    direct = graph_from_inputs([str(inputs)], errors=[])
    assert _edges_and_nodes(graph_from_inputs([str(out)])) == _edges_and_nodes(direct)


def test_rerun_replaces_shards_and_refuses_foreign_directories(tmp_path, scheduler):
    from khtool.distributed import parse_to_shards
    from khtool.errors import UsageError

    out = tmp_path / "shards"
    paths = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    parse_to_shards(paths, out, scheduler=scheduler, shard_size=1)
    assert len(list(out.glob("part-*.jsonl"))) == 5
    parse_to_shards(paths[:2], out, scheduler=scheduler, shard_size=1)
    assert len(list(out.glob("part-*.jsonl"))) == 2  # no stale shard from the first run
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="other files"):
        parse_to_shards(paths, out, scheduler=scheduler)


def test_cli_engine_dask_with_a_local_cluster(tmp_path, inputs):
    out = tmp_path / "shards"
    res = runner.invoke(
        app, ["parse", str(inputs), "--engine", "dask", "--jobs", "2", "-o", str(out)]
    )
    # one input failed, the others were parsed: exit 1, and the failure named
    assert res.exit_code == 1, res.output
    assert "broken.docx" in res.stderr and "5 documents in 1 shards" in res.stderr
    assert len((out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_cli_engine_dask_with_a_scheduler_address(tmp_path, scheduler):
    out = tmp_path / "shards"
    res = runner.invoke(
        app,
        ["parse", str(SAMPLES), "--engine", "dask", "--scheduler", scheduler, "-o", str(out)],
    )
    assert res.exit_code == 0, res.output
    assert len(list(out.glob("part-*.jsonl"))) == 1


def test_cli_engine_dask_writes_failures_as_the_local_engine_does(tmp_path, inputs, scheduler):
    out, failed = tmp_path / "shards", tmp_path / "failed.jsonl"
    res = runner.invoke(
        app,
        ["parse", str(inputs), "--engine", "dask", "--scheduler", scheduler, "-o", str(out), "--failures", str(failed)],
    )
    assert res.exit_code == 1, res.output
    records = [json.loads(line) for line in failed.read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["exit_code"]) for r in records] == [(str(inputs / "broken.docx"), 3)]
    # the manifest's list, with the same keys
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["failures"] == records
    # not inside the folder of shards
    res = runner.invoke(
        app,
        ["parse", str(inputs), "--engine", "dask", "--scheduler", scheduler, "-o", str(out), "--failures", str(out / "f.jsonl")],
    )
    assert res.exit_code == 2 and "--failures must not be the output" in res.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "dask"], "give the output directory with -o"),
        (["--engine", "dask", "-f", "json", "-o", "x"], "--format must be jsonl"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["-", "--engine", "dask", "-o", "x"], "not standard input"),
    ],
)
def test_cli_engine_usage_errors(args, message, tmp_path):
    args = [str(tmp_path / a) if a == "x" else a for a in args]  # never write into the checkout
    res = runner.invoke(app, ["parse", str(SAMPLES), *args], input="")
    assert res.exit_code == 2
    assert message in res.stderr


def test_jsonl_read_in_parallel_ranges_equals_the_sequential_read(tmp_path, monkeypatch):
    """Large JSONL is cut into byte ranges at line ends and validated by worker
    processes: the same models in the same order, and a bad line keeps its
    line number in its own file, whatever range it fell in."""
    from khtool import jsonl

    one = tmp_path / "a.jsonl"
    res = runner.invoke(app, ["parse", str(SAMPLES), "-f", "jsonl", "-o", str(one)])
    assert res.exit_code == 0, res.output
    lines = one.read_text(encoding="utf-8").splitlines()
    # a blank line, a bad line (line 7), more documents; a second file after it
    one.write_text("\n".join([*lines, "", '{"header": 5}', *lines[:2]]) + "\n", encoding="utf-8")
    two = tmp_path / "b.jsonl"
    two.write_text("\n".join(lines[2:]), encoding="utf-8")  # no final newline
    paths = [str(one), str(two), str(one)]  # a file given twice counts its lines anew

    def read(jobs):
        return [
            str(x) if isinstance(x, Exception) else x.header.number
            for x in jsonl.read_jsonl(paths, DocumentSummary, jobs=jobs)
        ]

    sequential = read(1)
    monkeypatch.setattr(jsonl, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(jsonl, "RANGE_BYTES", 1000)  # many ranges, cut inside lines
    assert len(jsonl._ranges(str(one))) > 5
    parallel = read(2)
    assert parallel == sequential
    assert len(sequential) == 2 * (5 + 1 + 2) + 3
    errors = [x for x in sequential if x and "not a khtool document" in x]
    assert len(errors) == 2
    assert all(e.startswith(str(one)) and "line 7:" in e for e in errors)
