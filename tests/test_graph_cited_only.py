"""The graph's documents only cited: the date their citations disagree on, a
plan known only from another text's sentence, and documents that tell of a
plan (a report, notice, invitation, submission, article) never carrying it
out in ``--chain`` or ``--coverage``."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.cli import _register, app
from khtool.graph import build_graph
from khtool.models import DocumentSummary

_register()

# A plan citing a document the set does not hold, with the date it gives.
_CITING = (
    "ỦY BAN NHÂN DÂN\n{unit}\nSố: {no}/KH-UBND\n{place}, ngày {day} tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em năm 2026\n"
    "Căn cứ {cited} ngày {date} của {by};\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội chủ trì.\n"
)
_PROVINCE = ("TỈNH QUẢNG TRỊ", "Quảng Trị")
_WARDS = [("PHƯỜNG ĐỒNG HỚI", "Đồng Hới"), ("XÃ VĨNH LINH", "Vĩnh Linh"), ("PHƯỜNG BA ĐỒN", "Ba Đồn")]


def _citing(unit: tuple[str, str], no: int, cited: str, date: str, by: str):
    text = _CITING.format(unit=unit[0], place=unit[1], no=no, day=10 + no % 15, cited=cited, date=date, by=by)
    return parse_text(text, path=f"{no}.txt")


_RESOLUTION = ("Nghị quyết số 47/2025/NQ-HĐND", "HĐND tỉnh Quảng Trị")
_DECISION = ("Quyết định số 210/QĐ-UBND", "UBND tỉnh Quảng Trị")


@pytest.mark.parametrize(
    ("cited", "citations", "date", "disagree"),
    [
        # a ward's slip of the year against the year its number carries (and the province's date)
        (_RESOLUTION, [("province", 38, "10/12/2025"), ("ward", 14, "10/12/2024")], "2025-12-10", True),
        # the number's year wins over two citations giving another
        (
            _RESOLUTION,
            [("ward", 11, "10/12/2024"), ("ward", 12, "10/12/2024"), ("ward", 31, "10/12/2025")],
            "2025-12-10",
            True,
        ),
        # no year in the number: the date most documents give
        (
            _DECISION,
            [("ward", 11, "21/01/2026"), ("ward", 21, "12/01/2026"), ("ward", 31, "12/01/2026")],
            "2026-01-12",
            True,
        ),
        # one against one: the higher level's
        (_DECISION, [("ward", 14, "21/01/2026"), ("province", 38, "12/01/2026")], "2026-01-12", True),
        # all agreeing: nothing to tell
        (_DECISION, [("ward", 14, "12/01/2026"), ("province", 38, "12/01/2026")], "2026-01-12", False),
    ],
)
def test_a_document_only_cited_takes_the_date_its_citations_agree_on(cited, citations, date, disagree):
    docs = [
        _citing(_PROVINCE if level == "province" else _WARDS[k % 3], no, cited[0], when, cited[1])
        for k, (level, no, when) in enumerate(citations)
    ]
    g = build_graph(docs)
    (stub,) = [n for n, d in g.g.nodes(data=True) if not d["parsed"] and d["number"] == cited[0].split()[-1]]
    row = next(r for r in g.missing()["missing"] if r["id"] == stub)
    assert row["date"] == date
    if not disagree:
        assert "cited_dates" not in row
        return
    # each date as cited, and by whom, the chosen first
    assert row["cited_dates"][0]["date"] == date
    assert {x["date"] for x in row["cited_dates"]} == {
        f"{w[6:]}-{w[3:5]}-{w[:2]}" for _, _, w in citations
    }
    assert sum(len(x["by"]) for x in row["cited_dates"]) == len(citations)
    # the same in the node-link JSON
    node = next(x for x in g.to_node_link()["nodes"] if x["id"] == stub)
    assert node["cited_dates"] == row["cited_dates"]


def test_the_missing_table_tells_the_other_dates(tmp_path):
    for k, (level, no, when) in enumerate([("province", 38, "10/12/2025"), ("ward", 14, "10/12/2024")]):
        unit = _PROVINCE if level == "province" else _WARDS[k]
        (tmp_path / f"{no}.txt").write_text(
            _CITING.format(
                unit=unit[0], place=unit[1], no=no, day=10, cited=_RESOLUTION[0], date=when, by=_RESOLUTION[1]
            ),
            encoding="utf-8",
        )
    r = CliRunner().invoke(app, ["graph", str(tmp_path), "--missing", "--no-progress"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if "47/2025/NQ-HĐND" in x)
    assert "2025-12-10" in line
    assert "also cited 2024-12-10" in r.output


# A province's plan, and a commune's report telling of the commune's plan
# carrying it out (a plan the set does not hold) and answering the
# province's letter asking for the report.
_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 76/KH-UBND\nHà Tĩnh, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số trên địa bàn tỉnh năm 2026\n"
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì.\n"
)
_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1450/UBND-KGVX\nHà Tĩnh, ngày 28 tháng 5 năm 2026\n"
    "V/v báo cáo sơ kết 6 tháng chuyển đổi số\nKính gửi: UBND các xã, phường.\n"
    "Thực hiện Công văn số 2115/BKHCN-CĐSQG ngày 15/5/2026 của Bộ Khoa học và Công nghệ, "
    "UBND tỉnh đề nghị UBND các xã, phường báo cáo trước ngày 10/6/2026.\n"
)
_REPORT = (
    "ỦY BAN NHÂN DÂN\nXÃ CAN LỘC\nSố: 58/{kind}-UBND\nCan Lộc, ngày 08 tháng 6 năm 2026\n{word}\n"
    "Sơ kết 6 tháng thực hiện chuyển đổi số năm 2026\n"
    "Thực hiện Công văn số 1450/UBND-KGVX ngày 28/5/2026 của UBND tỉnh Hà Tĩnh và Kế hoạch số "
    "76/KH-UBND ngày 20/3/2026 của UBND tỉnh Hà Tĩnh, UBND xã báo cáo như sau:\n"
    "1. UBND xã đã ban hành Kế hoạch số 21/KH-UBND ngày 10/4/2026 triển khai thực hiện Kế hoạch số "
    "76/KH-UBND ngày 20/3/2026 của UBND tỉnh Hà Tĩnh.\n"
)
_COMMUNE_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ CAN LỘC\nSố: 21/KH-UBND\nCan Lộc, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Chuyển đổi số trên địa bàn xã năm 2026\n"
    "Thực hiện Kế hoạch số 76/KH-UBND ngày 20/3/2026 của UBND tỉnh Hà Tĩnh;\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã chủ trì.\n"
)


@pytest.mark.parametrize(("with_plan", "only_cited"), [(False, True), (True, False)])
def test_coverage_tells_a_plan_known_only_from_another_text(with_plan, only_cited):
    docs = [parse_text(_PLAN, path="p.txt"), parse_text(_REPORT.format(kind="BC", word="BÁO CÁO"), path="r.txt")]
    if with_plan:
        docs.append(parse_text(_COMMUNE_PLAN, path="c.txt"))
    cov = build_graph(docs).coverage("76/KH-UBND")
    (row,) = cov["covered"]
    assert row["unit"] == "Xã Can Lộc" and [p.split("#")[0] for p in row["plans"]] == [
        "21/KH-UBND@2026@tinhhatinh/xacanloc"
    ]
    if only_cited:
        # the plan is in no file of the set: named with the text that tells of it, to collect it
        assert row["only_cited"] == [
            {"id": row["plans"][0], "cited_by": ["58/BC-UBND@2026@tinhhatinh/xacanloc#2026-06-08"]}
        ]
    else:
        assert "only_cited" not in row


def test_the_coverage_text_and_json_tell_a_plan_only_cited(tmp_path):
    (tmp_path / "p.txt").write_text(_PLAN, encoding="utf-8")
    (tmp_path / "r.txt").write_text(_REPORT.format(kind="BC", word="BÁO CÁO"), encoding="utf-8")
    args = ["graph", str(tmp_path), "--coverage", "76/KH-UBND", "--no-progress"]
    text = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    assert text.exit_code == 0, text.output
    assert "21/KH-UBND@2026@tinhhatinh/xacanloc is only cited, not in the set: in 58/BC-UBND" in text.output
    js = CliRunner().invoke(app, [*args, "-f", "json"])
    assert js.exit_code == 0, js.output
    (row,) = json.loads(js.output)["coverage"]["covered"]
    assert row["only_cited"][0]["cited_by"] == ["58/BC-UBND@2026@tinhhatinh/xacanloc#2026-06-08"]


def _reading_it_out(doc, kind: str = "document"):
    """``doc`` as though its parse read it as carrying out every plan it
    cites (the graph must not take a report for a plan either way)."""
    for c in doc.citations:
        if c.doc_type == "KH":
            c.relation = "implements"
    if kind == "article":
        doc.kind = "article"
        doc.header.doc_type = None
    return doc


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        ("BC", "BÁO CÁO"),
        ("TB", "THÔNG BÁO"),
        ("GM", "GIẤY MỜI"),
        ("TTr", "TỜ TRÌNH"),
        ("article", "BÁO CÁO"),  # (a press article: kind article, no type)
    ],
)
@pytest.mark.parametrize("summary", [False, True])
def test_a_report_never_carries_out_the_plan_it_tells_of(kind, word, summary):
    report = _reading_it_out(
        parse_text(_REPORT.format(kind="BC" if kind == "article" else kind, word=word), path="r.txt"), kind
    )
    docs = [parse_text(_PLAN, path="p.txt"), parse_text(_LETTER, path="l.txt"), report]
    if summary:  # (read back from khtool's JSONL)
        docs = [DocumentSummary.model_validate(d.model_dump(mode="json")) for d in docs]
    g = build_graph(docs)
    # the chain climbs to the letter it answers, never through the plan
    chains = g.chain("r.txt")
    assert chains and all("76/KH-UBND@2026@tinhhatinh#2026-03-20" not in p for p in chains)
    assert any(p[1].startswith("1450/UBND-KGVX") for p in chains)
    # coverage: not the commune's plan, only the plan it tells of (only cited)
    cov = g.coverage("76/KH-UBND")
    for row in cov["covered"]:
        assert all(not p.startswith("58/") for p in row["plans"])
    # and not the province's plan's chain either: a plan still climbs through what it carries out
    assert g.chain("p.txt") == [["76/KH-UBND@2026@tinhhatinh#2026-03-20", "57-NQ/TW@2024"]]


def test_graphml_holds_the_dates_cited(tmp_path):
    import networkx as nx

    from khtool.render.graph_out import write_graph

    docs = [
        _citing(_PROVINCE, 38, _RESOLUTION[0], "10/12/2025", _RESOLUTION[1]),
        _citing(_WARDS[1], 14, _RESOLUTION[0], "10/12/2024", _RESOLUTION[1]),
    ]
    write_graph(build_graph(docs), tmp_path / "g.graphml")
    h = nx.read_graphml(tmp_path / "g.graphml")
    (d,) = [d for _, d in h.nodes(data=True) if d.get("cited_dates")]
    first, second = d["cited_dates"].splitlines()
    assert first.startswith("2025-12-10: 38/KH-UBND@2026@tinhquangtri") and second.startswith("2024-12-10: 14/KH-UBND")
