"""The citation graph: identity, edges, outputs, questions."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.cli import _register, app
from khtool.graph import build_graph, graph_from_inputs
from khtool.render.graph_out import to_dot, to_html, write_graph

from .conftest import SAMPLES

_register()


@pytest.fixture(scope="module")
def samples_graph():
    return graph_from_inputs([str(SAMPLES)])


def _by_number(g, number):
    return [n for n, d in g.g.nodes(data=True) if d.get("number") == number]


@pytest.mark.parametrize(
    "number",
    ["28-CT/TW", "1183/QĐ-TTg", "160-KH/TU", "102/KH-UBND", "31-KH/TU", "23/QĐ-TTg", "23/CT-TTg"],
)
def test_one_node_per_document(samples_graph, number):
    assert len(_by_number(samples_graph, number)) == 1


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("ward", "102/KH-UBND"),
        ("102/KH-UBND", "28-CT/TW"),
        ("1183/QĐ-TTg", "28-CT/TW"),
        ("160-KH/TU", "28-CT/TW"),
    ],
)
def test_cascade_edges(samples_graph, src, dst):
    g = samples_graph.g
    s = (
        next(n for n, d in g.nodes(data=True) if d.get("level") == "ward")
        if src == "ward"
        else _by_number(samples_graph, src)[0]
    )
    (t,) = _by_number(samples_graph, dst)
    assert g.has_edge(s, t)


def test_stub_level_and_locality(samples_graph):
    (n,) = _by_number(samples_graph, "102/KH-UBND")
    d = samples_graph.g.nodes[n]
    assert d["level"] == "district" and "Quảng Ngãi" in d["locality"] and not d["parsed"]


CITY_PLAN = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ {city}\nSố: 102/KH-UBND\n{city}, ngày 22 tháng 4 năm 2024\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư, UBND thành phố ban hành Kế hoạch.\n"
)
WARD_PLAN = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG {ward}\nSố: 15/KH-UBND\nPhường {ward}, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\nThực hiện Kế hoạch\n"
    "Thực hiện Kế hoạch số 102/KH-UBND ngày 22/4/2024 của UBND thành phố {city}, UBND phường ban hành Kế hoạch.\n"
)


def test_parsed_plan_and_its_stub_merge():
    city = parse_text(CITY_PLAN.format(city="QUẢNG NGÃI"), path="city.txt")
    ward = parse_text(WARD_PLAN.format(ward="NGUYỄN NGHIÊM", city="Quảng Ngãi"), path="ward.txt")
    g = build_graph([ward, city])
    nodes = [n for n, d in g.g.nodes(data=True) if d.get("number") == "102/KH-UBND"]
    assert len(nodes) == 1 and g.g.nodes[nodes[0]]["parsed"]
    ward_node = next(n for n, d in g.g.nodes(data=True) if d.get("number") == "15/KH-UBND")
    assert g.g.has_edge(ward_node, nodes[0])


def test_a_serial_padded_with_zeros_is_the_same_document():
    """The city numbers its plan "Số: 05/KH-UBND"; the ward cites "Kế hoạch số
    5/KH-UBND": one document, numbered 5 in the city's register."""
    city = parse_text(CITY_PLAN.replace("102/KH-UBND", "05/KH-UBND").format(city="QUẢNG NGÃI"), path="city.txt")
    ward = parse_text(
        WARD_PLAN.replace("102/KH-UBND", "5/KH-UBND").format(ward="NGUYỄN NGHIÊM", city="Quảng Ngãi"),
        path="ward.txt",
    )
    g = build_graph([ward, city])
    city_nodes = [n for n, d in g.g.nodes(data=True) if d.get("number") in ("05/KH-UBND", "5/KH-UBND")]
    assert len(city_nodes) == 1 and g.g.nodes[city_nodes[0]]["parsed"]
    ward_node = next(n for n, d in g.g.nodes(data=True) if d.get("number") == "15/KH-UBND")
    assert g.g.has_edge(ward_node, city_nodes[0])


def test_a_law_cited_by_name_is_the_law_another_cites_by_number():
    """The province cites "Luật Trẻ em số 102/2016/QH13", the commune "Luật
    Trẻ em năm 2016" (cited first): one node, the number's."""
    province = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 5 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
        "Bảo vệ trẻ em năm 2024\n\nCăn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;\n",
        path="province.txt",
    )
    commune = parse_text(
        "ỦY BAN NHÂN DÂN XÃ MƯỜNG BÚ\nSố: 5/KH-UBND\nMường Bú, ngày 5 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
        "Bảo vệ trẻ em năm 2024\n\nThực hiện Luật Trẻ em năm 2016; Kế hoạch số 12/KH-UBND ngày 05/4/2024 "
        "của UBND tỉnh Sơn La.\n",
        path="commune.txt",
    )
    g = build_graph([commune, province])
    laws = [n for n, d in g.g.nodes(data=True) if "luattreem" in n or d.get("number") == "102/2016/QH13"]
    assert laws == ["102/2016/QH13"]
    assert g.g.in_degree("102/2016/QH13") == 2



@pytest.mark.parametrize(
    ("numbered_by", "cited_on", "linked"),
    [
        # a commune's plan citing "Luật Trẻ em" alone: the law the province numbers
        ("5 tháng 4 năm 2024", "5 tháng 5 năm 2024", True),
        # not a law dated after the citing plan
        ("5 tháng 4 năm 2024", "5 tháng 5 năm 2015", False),
        # nor one only a text of years before numbers (a law since replaced)
        ("5 tháng 4 năm 2018", "5 tháng 5 năm 2024", False),
    ],
)
def test_a_law_cited_by_its_title_alone_is_the_latest_the_set_numbers(numbered_by, cited_on, linked):
    province = parse_text(
        f"ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày {numbered_by}\n\nKẾ HOẠCH\n"
        "Bảo vệ trẻ em\n\nCăn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;\n",
        path="province.txt",
    )
    commune = parse_text(
        f"ỦY BAN NHÂN DÂN XÃ MƯỜNG BÚ\nSố: 5/KH-UBND\nMường Bú, ngày {cited_on}\n\nKẾ HOẠCH\n"
        "Bảo vệ trẻ em\n\nCăn cứ Luật Trẻ em;\n",
        path="commune.txt",
    )
    g = build_graph([commune, province])
    ward = next(n for n, d in g.g.nodes(data=True) if d.get("number") == "5/KH-UBND")
    assert g.g.has_edge(ward, "102/2016/QH13") == linked
    assert any("luattreem" in n for n in g.g.nodes) != linked


def test_an_amending_act_points_to_the_act_it_amends():
    """"Căn cứ Luật Hóa chất số 06/2007/QH12, được sửa đổi, bổ sung bởi Luật số
    28/2018/QH14": the plan cites both; the amending law points to the law it
    amends, a second-order edge with the action ``amends``."""
    plan = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\n"
        "Quản lý hóa chất năm 2026\n\nCăn cứ Luật Hóa chất số 06/2007/QH12, được sửa đổi, bổ sung bởi "
        "Luật số 28/2018/QH14;\n",
        path="plan.txt",
    )
    g = build_graph([plan])
    edges = g.g.get_edge_data("28/2018/QH14", "6/2007/QH12") or {}  # (keys unpadded)
    assert [(d["relation"], d.get("action"), d["second_order"]) for d in edges.values()] == [
        ("mention", "amends", True)
    ]
    assert not g.g.has_edge("6/2007/QH12", "28/2018/QH14")

def test_two_cities_same_number_stay_apart():
    a = parse_text(CITY_PLAN.format(city="QUẢNG NGÃI"), path="a.txt")
    b = parse_text(CITY_PLAN.format(city="TUY HÒA"), path="b.txt")
    g = build_graph([a, b])
    assert len([n for n, d in g.g.nodes(data=True) if d.get("number") == "102/KH-UBND"]) == 2


def test_dot_escapes_titles_and_renders(tmp_path):
    doc = parse_text(
        'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 1/KH-UBND\nSơn La, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nTiêu đề "có ngoặc" <b>\\ và </script>\n'
    )
    dot = to_dot(build_graph([doc]))
    assert '\\"có ngoặc\\"' in dot
    if shutil.which("dot"):
        proc = subprocess.run(
            ["dot", "-Tsvg"], input=dot.encode(), capture_output=True, check=False
        )
        assert proc.returncode == 0, proc.stderr
    html = to_html(build_graph([doc]))
    assert "</script>" not in html.split('id="graph-data">')[1].split("</script>")[0]


def test_graphml_loads_back(tmp_path, samples_graph):
    import networkx as nx

    out = tmp_path / "g.graphml"
    write_graph(samples_graph, out)
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == samples_graph.g.number_of_nodes()


def test_node_link_json(tmp_path, samples_graph):
    out = tmp_path / "g.json"
    write_graph(samples_graph, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"id", "number", "level", "locality"} <= set(data["nodes"][0])
    assert {"source", "target", "relation"} <= set(data["links"][0])


def test_questions(samples_graph):
    paths = samples_graph.chain(str(SAMPLES / "001_9bc3f1274d6058dd.txt"))
    assert any(
        [samples_graph.g.nodes[n].get("number") for n in p][-2:] == ["102/KH-UBND", "28-CT/TW"]
        for p in paths
    )
    missing = samples_graph.missing()
    assert missing["missing"][0]["number"] == "28-CT/TW"  # the most cited
    assert any("locality" in u["reason"] for u in missing["unresolved"])
    st = samples_graph.stats()
    assert st["by_level"]["party"] == 1 and st["cycles"] == []


def test_coverage():
    city = parse_text(CITY_PLAN.format(city="QUẢNG NGÃI"), path="city.txt")
    ward = parse_text(WARD_PLAN.format(ward="NGUYỄN NGHIÊM", city="Quảng Ngãi"), path="ward.txt")
    cov = build_graph([city, ward]).coverage("102/KH-UBND")
    assert [r["unit"] for r in cov["covered"]] == ["Phường Nguyễn Nghiêm"]
    assert "Trần Phú" in cov["not_covered"] and 0 < cov["share"] < 1


@pytest.mark.parametrize(
    ("title", "not_citing"),
    [
        # a ward's plan of the year and topic that cites the Directive, not the city's plan
        ("Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư", ["Phường Nguyễn Nghiêm"]),
        # a plan of another topic is no plan of this one's
        ("Phòng, chống thiên tai năm 2024", []),
    ],
)
def test_coverage_tells_a_unit_whose_plan_does_not_cite_it(title, not_citing):
    city = parse_text(CITY_PLAN.format(city="QUẢNG NGÃI"), path="city.txt")
    ward = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG NGUYỄN NGHIÊM\nSố: 20/KH-UBND\nPhường Nguyễn Nghiêm, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\n"
        f"{title}\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư, UBND phường ban hành Kế hoạch.\n",
        path="ward.txt",
    )
    cov = build_graph([city, ward]).coverage("102/KH-UBND")
    assert [r["unit"] for r in cov["not_citing"]] == not_citing
    assert ("Nguyễn Nghiêm" in cov["not_covered"]) == (not not_citing)


def test_coverage_of_a_plan_issued_since_the_reform_counts_the_new_communes_and_wards():
    province = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 45/KH-UBND\nĐồng Tháp, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác trẻ em năm 2026\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư.\n",
        path="province.txt",
    )
    ward = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ THO\nSố: 38/KH-UBND\nMỹ Tho, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác trẻ em năm 2026\nThực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân "
        "dân tỉnh Đồng Tháp.\n",
        path="ward.txt",
    )
    report = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG CAO LÃNH\nSố: 90/BC-UBND\nCao Lãnh, ngày 05 tháng 6 năm 2026\nBÁO CÁO\n"
        "Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp.\n",
        path="report.txt",
    )
    cov = build_graph([province, ward, report]).coverage("45/KH-UBND")
    assert cov["units"] == "new_ward"
    assert [r["unit"] for r in cov["covered"]] == ["Phường Mỹ Tho"]
    # the new units, not the districts of before (Cao Lãnh is both; Sa Đéc a ward now)
    assert "Sa Đéc" in cov["not_covered"] and len(cov["not_covered"]) > 80


def test_cli(tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["graph", str(SAMPLES)])
    assert res.exit_code == 0 and "28-CT/TW" in res.stdout
    jsonl = tmp_path / "docs.jsonl"
    runner.invoke(app, ["parse", str(SAMPLES), "-f", "jsonl", "-o", str(jsonl)])
    res = runner.invoke(app, ["graph", str(jsonl), "--missing", "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["missing"]["missing"]
    res = runner.invoke(app, ["graph", str(SAMPLES), "--out", str(tmp_path / "g.xyz")])
    assert res.exit_code == 2 and "unknown output format" in res.output


def test_on_item_is_called_for_every_input(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    seen: list[int] = []
    errors: list = []
    graph_from_inputs([str(SAMPLES), str(bad)], errors=errors, on_item=lambda: seen.append(1))
    assert len(seen) == 6 and len(errors) == 1


@pytest.mark.parametrize(
    "command",
    [["graph", str(SAMPLES), "--stats", "-f", "json"], ["parse", str(SAMPLES), "-f", "jsonl"]],
)
def test_forced_progress_never_mixes_with_stdout(command):
    res = CliRunner().invoke(app, [*command, "--progress"])
    assert res.exit_code == 0, res.output
    text = res.stdout
    docs = (
        [json.loads(line) for line in text.splitlines()]
        if command[0] == "parse"
        else [json.loads(text)]
    )
    assert docs


def test_pagerank_of_small_graphs():
    import networkx as nx

    from khtool.graph import pagerank

    cycle = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    assert all(abs(v - 1 / 3) < 1e-9 for v in pagerank(cycle).values())
    star = nx.MultiDiGraph([("w1", "p"), ("w2", "p"), ("w3", "p")])
    ranks = pagerank(star)
    assert abs(sum(ranks.values()) - 1) < 1e-9  # the dangling centre's rank is spread
    assert ranks["p"] > ranks["w1"] == ranks["w2"] == ranks["w3"]
    # a doubled citation counts twice, as networkx's MultiDiGraph edges do
    doubled = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("a", "c")])
    r = pagerank(doubled)
    assert r["b"] > r["c"]
    assert pagerank(nx.MultiDiGraph()) == {}


def test_collector_paused_restores_the_collector():
    import gc

    from khtool.graph import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()


def test_a_parse_leaves_almost_no_reference_cycles():
    """graph_from_inputs pauses the cyclic collector, also while it parses the
    documents it is given: a parse must leave next to nothing for it (a
    recursive closure once held each CleanText in a cycle: ~870 objects a
    document)."""
    import gc

    from khtool.pipeline import parse_file

    paths = sorted(SAMPLES.glob("*.txt"))
    parse_file(paths[0])
    gc.collect()
    gc.disable()
    try:
        for p in paths:
            parse_file(p)
        left = gc.collect()
    finally:
        gc.enable()
    assert left < 40 * len(paths)


def test_a_replaced_plan_is_drawn_apart_and_not_climbed():
    """A plan that replaces an older one: the edge's action is `replaces`, it is red
    in DOT and HTML, and a chain up the cascade does not follow it."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 3 năm 2025\n"
        "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2025\n"
        "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư;\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì.\n"
        "2. Kế hoạch này thay thế Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND tỉnh.\n"
    )
    g = build_graph([parse_text(text, path="plan.txt")])
    rel = {
        g.g.nodes[v].get("number"): (d["relation"], d["action"]) for _, v, d in g.g.edges(data=True)
    }
    assert rel == {"28-CT/TW": ("implements", None), "45/KH-UBND": ("mention", "replaces")}
    assert 'label="replaces", style=bold, color="#b71c1c"' in to_dot(g)
    assert '"_actions"' in to_html(g)
    assert g.stats()["by_action"] == {"replaces": 1}
    tops = {g.g.nodes[p[-1]].get("number") for p in g.chain("plan.txt")}
    assert tops == {"28-CT/TW"}


def test_two_provinces_councils_resolutions_of_one_number_stay_apart():
    """Each province's council numbers its resolutions "N/YYYY/NQ-HĐND"; a
    plan citing its own council's, or its Party committee by "Ban Chấp hành
    Đảng bộ tỉnh", points at its own province's."""
    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH {p}\nSố: 142/KH-UBND\n{c}, ngày 5 tháng 8 năm 2026\nKẾ HOẠCH\n"
        "Hỗ trợ điều trị nghiện năm 2026\nThực hiện Nghị quyết số 15/2026/NQ-HĐND ngày 12/7/2026 của "
        "Hội đồng nhân dân tỉnh; Nghị quyết số 25-NQ/TU ngày 20/3/2026 của Ban Chấp hành Đảng bộ tỉnh;\n"
        "I. MỤC ĐÍCH\n1. Nâng cao hiệu quả.\n"
    )
    a = parse_text(plan.format(p="THANH HÓA", c="Thanh Hóa"), path="a.txt")
    b = parse_text(plan.format(p="NGHỆ AN", c="Nghệ An"), path="b.txt")
    g = build_graph([a, b])
    for number in ("15/2026/NQ-HĐND", "25-NQ/TU"):
        assert len([n for n, d in g.g.nodes(data=True) if d.get("number") == number]) == 2, number


def test_a_text_issued_since_the_reform_is_drawn_in_its_new_province():
    """A ward of the old Vĩnh Phúc writing in 2026 is in the new Phú Thọ: one
    box with the province's plan it cites; a plan of 2021 stays in Vĩnh Phúc."""
    ward = parse_text(
        "ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY PHƯỜNG VĨNH PHÚC\nSố 15-KH/ĐU\nVĩnh Phúc, ngày 20 tháng 01 năm 2026\n"
        "KẾ HOẠCH\nThực hiện công tác bảo vệ trẻ em\n"
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh; "
        "Kế hoạch số 156/KH-UBND ngày 22/6/2021 của UBND tỉnh,\nI. MỤC ĐÍCH\n1. Bảo đảm.\n",
        path="ward.txt",
    )
    g = build_graph([ward]).g
    clusters = {d["number"]: d["cluster"] for _, d in g.nodes(data=True)}
    assert clusters == {"15-KH/ĐU": "Phú Thọ", "5/KH-UBND": "Phú Thọ", "156/KH-UBND": "Vĩnh Phúc"}
    (own,) = (d for _, d in g.nodes(data=True) if d["number"] == "15-KH/ĐU")
    assert own["locality"] == "Vĩnh Phúc, Phú Thọ"


def test_a_replaced_document_is_not_climbed_even_when_read_as_carried_out():
    """A directive replacing an older one, whose text also speaks of carrying
    it out ("Sau 10 năm thực hiện Chỉ thị số 40-CT/TW"): the chain stops at the
    new directive, not at the one it abolished."""
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 39-CT/TW\nHà Nội, ngày 30 tháng 10 năm 2024\nCHỈ THỊ\n"
        "về tín dụng chính sách xã hội\n"
        "Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư, tín dụng chính sách đạt kết quả.\n"
        "Chỉ thị này thay thế Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư.\n"
    )
    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 12 năm 2024\n"
        "KẾ HOẠCH\nThực hiện Chỉ thị số 39-CT/TW\n"
        "Thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư;\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính chủ trì.\n"
    )
    g = build_graph([parse_text(text, path="ct.txt"), parse_text(plan, path="plan.txt")])
    (edge,) = [d for _, v, d in g.g.out_edges(_by_number(g, "39-CT/TW")[0], data=True)]
    assert (edge["relation"], edge["action"]) == ("implements", "replaces")
    tops = {g.g.nodes[p[-1]].get("number") for p in g.chain("plan.txt")}
    assert tops == {"39-CT/TW"}


ORDER_DOCS = {
    "huyen.txt": (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 30/KH-UBND\nĐức Thọ, ngày 15 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nThực hiện công tác dân số năm 2024\n"
        "Thực hiện Kế hoạch số 150-KH/TU ngày 01/3/2024 của Ban Thường vụ Tỉnh ủy Hà Tĩnh về thực hiện "
        "Chỉ thị số 21-CT/TW của Ban Bí thư;\n1. Phòng Y tế chủ trì.\n"
    ),
    "tinhuy.txt": (
        "ĐẢNG BỘ TỈNH HÀ TĨNH\nTỈNH ỦY\n*\nSố 150-KH/TU\nHà Tĩnh, ngày 01 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác dân số\n"
        "Thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2023 của Ban Bí thư về công tác dân số, "
        "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:\n"
        "1. Các huyện ủy, thành ủy, thị ủy xây dựng kế hoạch thực hiện.\n"
    ),
    "xa.txt": (
        "ỦY BAN NHÂN DÂN\nXÃ ĐỨC LẠNG\nSố: 8/KH-UBND\nĐức Lạng, ngày 20 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nThực hiện công tác dân số năm 2024\n"
        "Thực hiện Kế hoạch số 30/KH-UBND của UBND huyện Đức Thọ; Chỉ thị số 21-CT/TW của Ban Bí thư;\n"
        "1. Trạm Y tế xã chủ trì.\n"
    ),
}


def test_the_graph_does_not_depend_on_the_order_of_its_inputs():
    """A document's own citation beats what others say of it (the district's
    "150-KH/TU … về thực hiện Chỉ thị số 21-CT/TW", undated): in any order,
    one 21-CT/TW, the dated one, and the Tỉnh ủy's edge to it first-hand."""
    from itertools import permutations

    docs = {p: parse_text(t, path=p) for p, t in ORDER_DOCS.items()}

    def shape(order):
        g = build_graph([docs[p] for p in order]).g
        return sorted(g.nodes), sorted((u, v, d["relation"], d["second_order"]) for u, v, d in g.edges(data=True))

    shapes = [shape(order) for order in permutations(ORDER_DOCS)]
    assert all(s == shapes[0] for s in shapes)
    nodes, edges = shapes[0]
    assert [n for n in nodes if n.startswith("21-CT/TW")] == ["21-CT/TW@2023"]
    assert ("150-KH/TU@2024@tinhhatinh#2024-03-01", "21-CT/TW@2023", "implements", False) in edges


@pytest.mark.parametrize(("cited", "corrected"), [("45/KH-UBND", None), ("54/KH-UBND", "54/KH-UBND")])
def test_a_number_with_a_slip_points_at_the_document_kh602_names(cited, corrected):
    """A ward citing its province's plan with two digits swapped (KH602: 54
    for 45, same date): the edge goes to the province's plan, marked with the
    number as cited; no stub to collect, the ward covered, its chain climbs."""
    from .test_check import CLEAN, WARD

    province = parse_text(CLEAN, path="province.txt")
    ward = parse_text(WARD.replace("45/KH-UBND", cited), path="ward.txt")
    g = build_graph([ward, province])
    (edge,) = [d for _, v, d in g.g.out_edges(g.node("ward.txt"), data=True) if v == g.node("province.txt")]
    assert edge.get("corrected_from") == corrected
    assert [m["number"] for m in g.missing()["missing"] if m["number"] == cited] == []
    link = next(x for x in g.to_node_link()["links"] if x["source"] == g.node("ward.txt"))
    assert link["corrected_from"] == corrected


# A Party committee's texts and its Ban Thường vụ's (or Thường trực's) are
# cited as either's: "… số 40-KH/TU của Tỉnh ủy" for one the Ban Thường vụ issued.
@pytest.mark.parametrize(
    ("cited_issuer", "want"),
    [
        ("Ban Thường vụ Tỉnh ủy", "40-KH/TU@2025@q"),
        ("Tỉnh ủy", "40-KH/TU@2025@q"),
        ("Thường trực Tỉnh ủy", "40-KH/TU@2025@q"),
        ("Ban Thường vụ Huyện ủy", "40-KH/TU@2025@q"),  # (neither's: the latest in force)
    ],
)
def test_a_committees_text_and_its_standing_organs_are_cited_as_either(cited_issuer, want):
    from khtool.graph import choose_cited
    from khtool.models import Citation

    c = Citation(number="40-KH/TU", issuer=cited_issuer, key="40-KH/TU@?@q")
    fits = [
        ("40-KH/TU@2024@q", "2024-03-01", "Ban Thường vụ Tỉnh ủy Quảng Ngãi"),
        ("40-KH/TU@2025@q", "2025-03-01", "Tỉnh ủy Quảng Ngãi"),
    ]
    assert choose_cited(c, fits, "2025-06-01") == want


@pytest.mark.parametrize(
    ("a", "b", "fits"),
    [
        ("88/KH-UBND@?@?", "88/KH-UBND@2025@tinhlaocai#2025-04-02", True),
        ("88/KH-UBND@2025@tinhlaocai", "88/KH-UBND@2025@tinhlaocai/huyenbatxat", True),
        ("88/KH-UBND@2024@tinhlaocai", "88/KH-UBND@2025@tinhlaocai", False),
        ("88/KH-UBND@2025@tinhlaocai", "88/KH-UBND@2025@tinhyenbai", False),
        ("88/KH-UBND@2025@?", "89/KH-UBND@2025@tinhlaocai", False),
    ],
)
def test_keys_compatible(a, b, fits):
    from khtool.graph import keys_compatible

    assert keys_compatible(a, b) is fits and keys_compatible(b, a) is fits


# A decision adopting a plan ("ban hành kèm theo"), and a ward's plan citing it.
DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 905/QĐ-UBND
Hà Tĩnh, ngày 02 tháng 4 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2025
ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2025
(Kèm theo Quyết định số 905/QĐ-UBND ngày 02/4/2025 của UBND tỉnh Hà Tĩnh)
Thực hiện Chỉ thị số 21/CT-TTg ngày 04/7/2024 của Thủ tướng Chính phủ,
I. NHIỆM VỤ
1. Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò trước ngày 30/5/2025.
"""
WARD_UNDER_DECISION = """ỦY BAN NHÂN DÂN
PHƯỜNG THÀNH SEN
Số: 41/KH-UBND
Thành Sen, ngày 20 tháng 4 năm 2025
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2025
Thực hiện Quyết định số 905/QĐ-UBND ngày 02/4/2025 của UBND tỉnh Hà Tĩnh,
I. NHIỆM VỤ
1. Tổ chức tiêm phòng cho đàn trâu, bò trên địa bàn phường.
"""


def test_an_attachment_counts_with_the_document_carrying_it():
    """Its node stays (with what it cites and the edge to its carrier); the
    stats count one document, of one level, parsed."""
    g = build_graph(
        [parse_text(DECISION_WITH_PLAN, path="qd.txt"), parse_text(WARD_UNDER_DECISION, path="ward.txt")]
    )
    st = g.stats()
    assert (st["parsed"], st["attachments"]) == (2, 1)
    assert st["by_level"].get("province") == 1 and st["documents"] == st["nodes"] - 1
    carrier = _by_number(g, "905/QĐ-UBND")[0]
    att = [n for n, d in g.g.nodes(data=True) if d.get("attached_to") == carrier]
    assert len(att) == 1 and g.g.has_edge(att[0], carrier)
    assert any(str(v).startswith("21/CT-TTg") for v in g.g.successors(att[0]))



def test_the_graph_written_counts_the_documents_its_stats_count(tmp_path):
    # (the attachment is no document of its own in either count)
    (tmp_path / "qd.txt").write_text(DECISION_WITH_PLAN, encoding="utf-8")
    (tmp_path / "ward.txt").write_text(WARD_UNDER_DECISION, encoding="utf-8")
    out = tmp_path / "g.json"
    res = CliRunner().invoke(app, ["graph", str(tmp_path / "qd.txt"), str(tmp_path / "ward.txt"), "--stats", "-f", "json", "-o", str(out)])
    assert res.exit_code == 0, res.output
    st = json.loads(res.stdout)["stats"]
    assert st["documents"] == st["nodes"] - 1
    assert f"({st['documents']} documents, {st['edges']} citations)" in res.stderr


PROVINCE_ON_A_LAW = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 64/KH-UBND
Ninh Bình, ngày 10 tháng 4 năm 2025
KẾ HOẠCH
Triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật trên địa bàn tỉnh
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày {law};
I. NHIỆM VỤ
1. Sở Tư pháp chủ trì tổ chức hội nghị quán triệt.
"""
COMMUNE_NAMING_THE_LAW = """ỦY BAN NHÂN DÂN
XÃ GIA VIỄN
Số: 12/KH-UBND
Gia Viễn, ngày 02 tháng 5 năm 2025
KẾ HOẠCH
Triển khai thi hành pháp luật trên địa bàn xã
Thực hiện Kế hoạch số 64/KH-UBND ngày 10/4/2025 của UBND tỉnh Ninh Bình,
I. NHIỆM VỤ
1. Công chức Tư pháp - Hộ tịch rà soát văn bản của xã theo quy định của Luật Ban hành văn bản quy phạm pháp luật.
"""


@pytest.mark.parametrize(
    ("law", "node"),
    [
        # the law of that title the set dates, in force on the citing date
        ("19 tháng 02 năm 2025", "name:luatbanhanhvanbanquyphamphapluat@2025"),
        ("22 tháng 6 năm 2015", "name:luatbanhanhvanbanquyphamphapluat@2015"),
        # one dated after the commune's plan is no law it could mean
        ("19 tháng 02 năm 2026", "name:luatbanhanhvanbanquyphamphapluat@?"),
    ],
)
def test_a_law_cited_by_its_title_alone_is_the_one_the_set_dates(law, node):
    g = build_graph(
        [
            parse_text(PROVINCE_ON_A_LAW.format(law=law), path="province.txt"),
            parse_text(COMMUNE_NAMING_THE_LAW, path="commune.txt"),
        ]
    )
    commune = next(n for n, d in g.g.nodes(data=True) if d.get("path") == "commune.txt")
    laws = [str(v) for v in g.g.successors(commune) if str(v).startswith("name:")]
    assert laws == [node]



_DECISION = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG {ward}\nSố: {no}/QĐ-UBND\n{ward_name}, ngày 10 tháng 02 năm 2026\nQUYẾT ĐỊNH\n"
    "{title}\nCHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG\nCăn cứ Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân "
    "tỉnh Đồng Tháp về thực hiện công tác trẻ em năm 2026;\nQUYẾT ĐỊNH:\nĐiều 1. {article}\n"
)


def test_coverage_counts_a_decision_only_when_it_issues_a_plan():
    """A unit's decision setting up a working group on the plan is activity,
    listed apart; one issuing the unit's plan is its plan."""
    province = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 45/KH-UBND\nĐồng Tháp, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác trẻ em năm 2026\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư.\n",
        path="province.txt",
    )
    group = parse_text(
        _DECISION.format(
            ward="MỸ THO",
            ward_name="Mỹ Tho",
            no="112",
            title="Về việc kiện toàn Tổ công tác thực hiện công tác trẻ em năm 2026",
            article="Kiện toàn Tổ công tác gồm các ông (bà) có tên sau.",
        ),
        path="group.txt",
    )
    issuing = parse_text(
        _DECISION.format(
            ward="CAO LÃNH",
            ward_name="Cao Lãnh",
            no="57",
            title="Về việc ban hành Kế hoạch thực hiện công tác trẻ em năm 2026",
            article="Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác trẻ em năm 2026.",
        ),
        path="issuing.txt",
    )
    cov = build_graph([province, group, issuing]).coverage("45/KH-UBND")
    assert [r["unit"] for r in cov["covered"]] == ["Phường Cao Lãnh"]
    assert [r["unit"] for r in cov["other_citing"]] == ["Phường Mỹ Tho"]
    assert "Mỹ Tho" not in cov["not_covered"] and "Sa Đéc" in cov["not_covered"]


# A province's plan printed a year early (a January's slip: "ngày 15 tháng 01
# năm 2025" for 2026), cited by a ward with the right date.
SLIPPED_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 45/KH-UBND\nBến Tre, ngày 15 tháng 01 năm 2025\n"
    "KẾ HOẠCH\nChuyển đổi số trong giáo dục năm 2026\n"
    "Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư;\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo chủ trì.\n"
)
WARD_CITING_SLIPPED = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HỘI\nSố: 12/KH-UBND\nAn Hội, ngày 20 tháng 02 năm 2026\n"
    "KẾ HOẠCH\nChuyển đổi số trong giáo dục trên địa bàn phường năm 2026\n"
    "Thực hiện Kế hoạch số 45/KH-UBND ngày {cited} của UBND tỉnh Bến Tre;\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Trường Tiểu học An Hội chủ trì.\n"
)


@pytest.mark.parametrize(
    ("cited", "other", "linked"),
    [
        # the same day and month, the year one away: the plan, the date kept as cited
        ("15/01/2026", None, True),
        # another day, or two years away: no slip of the year, a document to collect
        ("16/01/2026", None, False),
        ("15/01/2023", None, False),
        # two plans of the number a year either side: the later one is after
        # the ward's own date (20/02/2026), so the earlier is the one meant
        ("15/01/2026", "ngày 15 tháng 01 năm 2027", True),
    ],
)
def test_a_citation_whose_date_slips_a_year_reaches_the_document(cited, other, linked):
    docs = [
        parse_text(SLIPPED_PLAN, path="tinh.txt"),
        parse_text(WARD_CITING_SLIPPED.format(cited=cited), path="phuong.txt"),
    ]
    if other:
        docs.append(parse_text(SLIPPED_PLAN.replace("ngày 15 tháng 01 năm 2025", other), path="tinh2.txt"))
    g = build_graph(docs)
    plan = g.node("tinh.txt")
    edges = [d for _, v, d in g.g.out_edges(g.node("phuong.txt"), data=True) if v == plan]
    assert bool(edges) == linked
    missing = [m["number"] for m in g.missing()["missing"] if m["number"] == "45/KH-UBND"]
    assert missing == ([] if linked else ["45/KH-UBND"])
    if linked:
        assert edges[0]["cited_date"] == "2026-01-15"
        link = next(x for x in g.to_node_link()["links"] if x["source"] == g.node("phuong.txt"))
        assert link["cited_date"] == "2026-01-15"
        # (the ward's chain climbs through the plan to what it carries out)
        assert [g.g.nodes[n].get("number") for n in g.chain("phuong.txt")[0]] == ["12/KH-UBND", "45/KH-UBND", "21-CT/TW"]


def test_a_chain_marks_a_step_the_set_says_was_replaced():
    """A commune carrying out the province's plan that a later plan of the
    province replaced: the chain climbs it, and tells who replaced it and when."""
    from .test_check import CARRYING_OUT_210, REPLACED_2025, REPLACING_2026

    docs = [
        parse_text(REPLACED_2025, path="kh210.txt"),
        parse_text(REPLACING_2026, path="kh78.txt"),
        parse_text(CARRYING_OUT_210.format(date="20 tháng 4 năm 2026"), path="xa.txt"),
    ]
    g = build_graph(docs)
    (path,) = g.chain("xa.txt")
    assert path[1] == g.node("kh210.txt")
    assert g.ended(path[1]) == [{"by": g.node("kh78.txt"), "action": "replaces", "date": "2026-04-10"}]
    assert g.ended(path[0]) == []


def test_the_cli_chain_marks_a_replaced_step(tmp_path):
    from .test_check import CARRYING_OUT_210, REPLACED_2025, REPLACING_2026

    for name, text in (
        ("kh210.txt", REPLACED_2025),
        ("kh78.txt", REPLACING_2026),
        ("xa.txt", CARRYING_OUT_210.format(date="20 tháng 4 năm 2026")),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--chain", str(tmp_path / "xa.txt")])
    assert res.exit_code == 0, res.output
    assert "210/KH-UBND (province, Phú Thọ) [replaced by 78/KH-UBND on 2026-04-10]" in res.output
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--chain", str(tmp_path / "xa.txt"), "-f", "json"])
    ended = json.loads(res.output)["chain_ended"]
    assert [e["action"] for es in ended.values() for e in es] == ["replaces"]


@pytest.mark.parametrize(
    ("printed", "linked"),
    [
        ("ngày 15 tháng 01 năm 2025", True),
        # a plan of the next year cannot be the one a ward of 20/02/2026 carries out
        ("ngày 15 tháng 01 năm 2027", False),
    ],
)
def test_a_year_slip_never_reaches_a_document_later_than_the_citing_one(printed, linked):
    from khtool.graph import cited_key, document_node_key

    plan = parse_text(SLIPPED_PLAN.replace("ngày 15 tháng 01 năm 2025", printed), path="tinh.txt")
    ward = parse_text(WARD_CITING_SLIPPED.format(cited="15/01/2026"), path="phuong.txt")
    g = build_graph([plan, ward])
    edges = [d for _, v, d in g.g.out_edges(g.node("phuong.txt"), data=True) if v == g.node("tinh.txt")]
    assert bool(edges) == linked
    # (check and diff resolve the citation as the graph links it)
    key = document_node_key(plan, "")
    (c,) = [c for c in ward.citations if c.number == "45/KH-UBND"]
    assert (cited_key(c, {key: plan}, {"45/KH-UBND": [key]}, ward.header.date) == key) == linked
