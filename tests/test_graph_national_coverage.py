"""``graph --coverage`` of a national or Party text, a decision and the plan it
carries as one target, stubs' facts from any citation, and graph.html's edges
(audit MR #4, #5, #6, #13). The texts are written for these tests."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from khtool import parse_text
from khtool.graph import build_graph
from khtool.render.graph_out import to_html

DIRECTIVE = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 47-CT/TW
Hà Nội, ngày 12 tháng 8 năm 2025
CHỈ THỊ
CỦA BAN BÍ THƯ
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống đuối nước cho trẻ em
Thời gian qua, công tác phòng, chống đuối nước cho trẻ em đạt một số kết quả.
T/M BAN BÍ THƯ
"""
# a province's plan carrying out the Directive
PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 301/KH-UBND
Quảng Trị, ngày 08 tháng 9 năm 2025
KẾ HOẠCH
Thực hiện công tác phòng, chống đuối nước cho trẻ em trên địa bàn tỉnh năm 2025
Thực hiện Chỉ thị số 47-CT/TW ngày 12/8/2025 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống đuối nước cho trẻ em, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
1. Sở Giáo dục và Đào tạo tổ chức dạy bơi cho học sinh.
"""
# another province's decision issuing its plan, the plan attached (unnumbered)
PROVINCE_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 2150/QĐ-UBND
Hà Tĩnh, ngày 15 tháng 9 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện công tác phòng, chống đuối nước cho trẻ em năm 2025
ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Căn cứ Luật Trẻ em số 102/2016/QH13;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác phòng, chống đuối nước cho trẻ em năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
KẾ HOẠCH
Thực hiện công tác phòng, chống đuối nước cho trẻ em năm 2025
(Kèm theo Quyết định số 2150/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Hà Tĩnh)
Thực hiện Chỉ thị số 47-CT/TW ngày 12/8/2025 của Ban Bí thư,
I. NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch tổ chức lớp dạy bơi.
"""
WARD = """ỦY BAN NHÂN DÂN
{unit_upper}
Số: {no}/{kind}-UBND
{place}, ngày {day} tháng 10 năm 2025
{title_upper}
{title}
{body}
I. NHIỆM VỤ
1. Trường tiểu học tổ chức dạy bơi.
"""


def _ward(unit: str, no: int, day: int, body: str, kind: str = "KH", title: str | None = None) -> str:
    title = title or "Thực hiện công tác phòng, chống đuối nước cho trẻ em năm 2025"
    return WARD.format(
        unit_upper=unit.upper(),
        no=no,
        kind=kind,
        place=unit.split(" ", 1)[1],
        day=day,
        title_upper="BÁO CÁO" if kind == "BC" else "KẾ HOẠCH",
        title=title,
        body=body,
    )


@pytest.fixture(scope="module")
def cascade():
    docs = [
        parse_text(DIRECTIVE, path="ct47.txt"),
        parse_text(PROVINCE_PLAN, path="qt301.txt"),
        parse_text(PROVINCE_DECISION, path="ht2150.txt"),
        # through the province's plan
        parse_text(
            _ward("Phường Đông Hà", 55, 1, "Thực hiện Kế hoạch số 301/KH-UBND ngày 08/9/2025 của Ủy ban nhân dân tỉnh Quảng Trị,"),
            path="dongha.txt",
        ),
        # straight to the Directive, skipping the province
        parse_text(
            _ward("Xã Cam Lộ", 61, 3, "Thực hiện Chỉ thị số 47-CT/TW ngày 12/8/2025 của Ban Bí thư,"),
            path="camlo.txt",
        ),
        # a report is no plan: listed apart
        parse_text(
            _ward(
                "Xã Gio Linh",
                70,
                20,
                "Thực hiện Kế hoạch số 301/KH-UBND ngày 08/9/2025 của UBND tỉnh Quảng Trị, UBND xã báo cáo kết quả như sau:",
                kind="BC",
                title="Kết quả thực hiện công tác phòng, chống đuối nước cho trẻ em",
            ),
            path="giolinh.txt",
        ),
        # through the decision issuing Hà Tĩnh's plan
        parse_text(
            _ward(
                "Phường Thành Sen",
                88,
                5,
                "Thực hiện Kế hoạch ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Hà Tĩnh,",
            ),
            path="thanhsen.txt",
        ),
    ]
    return build_graph(docs)


def test_coverage_of_a_party_text_lists_the_provinces_and_the_units_below(cascade):
    cov = cascade.coverage("47-CT/TW")
    assert cov["units"] == "province"
    assert [r["unit"] for r in cov["covered"]] == ["Tỉnh Hà Tĩnh", "Tỉnh Quảng Trị"]
    assert len(cov["not_covered"]) == 32 and "Sơn La" in cov["not_covered"]
    qt = cov["covered"][1]
    assert [p.split("@")[0] for p in qt["plans"]] == ["301/KH-UBND"]
    below = qt["below"]
    assert [r["unit"] for r in below["covered"]] == ["Phường Đông Hà", "Xã Cam Lộ"]
    numbers = [[cascade.g.nodes[n]["number"] for n in p] for r in below["covered"] for p in r["paths"]]
    assert numbers == [["55/KH-UBND", "301/KH-UBND", "47-CT/TW"], ["61/KH-UBND", "47-CT/TW"]]
    assert [r["unit"] for r in below["other_citing"]] == ["Xã Gio Linh"]
    assert below["units"] > 50
    # the plan attached to the decision is the decision's: the path names the decision
    ht = cov["covered"][0]
    assert [cascade.g.nodes[n]["number"] for n in ht["plans"]] == ["2150/QĐ-UBND"]
    assert [[cascade.g.nodes[n]["number"] for n in p] for p in ht["below"]["covered"][0]["paths"]] == [
        ["88/KH-UBND", "2150/QĐ-UBND", "47-CT/TW"]
    ]


def test_a_decision_and_its_attached_plan_are_one_target(cascade):
    carrier = next(n for n, d in cascade.g.nodes(data=True) if d.get("number") == "2150/QĐ-UBND")
    att = next(n for n, d in cascade.g.nodes(data=True) if d.get("attached_to") == carrier)
    by_decision, by_plan = cascade.coverage(carrier), cascade.coverage(att)
    assert by_decision == by_plan
    assert [r["unit"] for r in by_plan["covered"]] == ["Phường Thành Sen"]
    # the ward cites the decision; the plan attached to it carries out the Directive
    ward = next(n for n, d in cascade.g.nodes(data=True) if d.get("number") == "88/KH-UBND")
    tops = [[cascade.g.nodes[n]["number"] for n in p] for p in cascade.chain(ward)]
    assert ["88/KH-UBND", "2150/QĐ-UBND", "47-CT/TW"] in tops


def test_the_cli_answers_coverage_of_a_party_text(tmp_path):
    from typer.testing import CliRunner

    from khtool.cli import _register, app

    _register()
    for name, text in (("ct47.txt", DIRECTIVE), ("qt301.txt", PROVINCE_PLAN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "camlo.txt").write_text(
        _ward("Xã Cam Lộ", 61, 3, "Thực hiện Kế hoạch số 301/KH-UBND ngày 08/9/2025 của UBND tỉnh Quảng Trị,"),
        encoding="utf-8",
    )
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--coverage", "47-CT/TW"])
    assert res.exit_code == 0, res.output
    assert "1 of 34 provinces" in res.output
    assert "Xã Cam Lộ: 61/KH-UBND → 301/KH-UBND → 47-CT/TW" in res.output
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--coverage", "47-CT/TW", "-f", "json"])
    assert json.loads(res.output)["coverage"]["covered"][0]["unit"] == "Tỉnh Quảng Trị"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the numbered citation gives no date; the one by name and date does
        ("Luật Phòng, chống ma túy số 73/2021/QH14", "Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021"),
        ("Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021", "Luật Phòng, chống ma túy số 73/2021/QH14"),
    ],
)
def test_a_stub_takes_the_date_and_title_any_citation_gives(first, second):
    def plan(no: int, law: str) -> str:
        return (
            f"ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: {no}/KH-UBND\nSơn La, ngày 10 tháng 10 năm 2025\nKẾ HOẠCH\n"
            f"Phòng, chống ma túy năm 2025 số {no}\nCăn cứ {law};\nI. NHIỆM VỤ\n1. Công an tỉnh chủ trì.\n"
        )

    g = build_graph([parse_text(plan(11, first), path="a.txt"), parse_text(plan(12, second), path="b.txt")])
    law = g.g.nodes["73/2021/QH14"]
    assert (law["date"], law["title"]) == ("2021-03-30", "Luật Phòng, chống ma túy")
    assert g.g.in_degree("73/2021/QH14") == 2
    assert g.missing()["missing"][0]["title"] == "Luật Phòng, chống ma túy"


# A minimal DOM for graph.html's script: enough to click a node and read the panel
_DOM = r"""
const fs=require('fs');const html=fs.readFileSync(process.argv[2],'utf8');
function mk(tag){const e={tag,children:[],attrs:{},handlers:{},textContent:'',style:{},
  classList:{toggle(){}},setAttribute(k,v){this.attrs[k]=v;},appendChild(c){this.children.push(c);return c;},
  addEventListener(t,f){this.handlers[t]=f;}};
  Object.defineProperty(e,'textContent',{get(){return this._t!==undefined?this._t:this.children.map(c=>c.textContent).join('\n');},
    set(v){this._t=v;if(v==='')this.children=[],this._t=undefined;}});return e;}
const ids={};function byId(i){if(!ids[i]){ids[i]=mk('div');
  const m=html.match(new RegExp('<script type="application/json" id="'+i+'">([\\s\\S]*?)</script>'));if(m)ids[i].textContent=m[1];}return ids[i];}
global.document={getElementById:byId,createElementNS:(ns,t)=>mk(t),createElement:mk};
global.window={addEventListener(){}};
const js=html.match(/<script>([\s\S]*?)<\/script>/)[1];eval(js);
const view=byId('view');const out={edges:[],nodes:{}};
for(const c of view.children){if(c.tag==='path')out.edges.push(c.children[0].textContent);
  else{c.handlers.click();out.nodes[c.children[1].textContent]=byId('info').textContent;}}
console.log(JSON.stringify(out));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="no node.js to run graph.html's script")
def test_graph_html_carries_the_edge_facts_and_who_cites_a_node(tmp_path):
    ward = _ward("Phường Đông Hà", 55, 1, "Thực hiện Kế hoạch số 310/KH-UBND ngày 08/9/2025 của Ủy ban nhân dân tỉnh Quảng Trị,")
    g = build_graph([parse_text(PROVINCE_PLAN, path="qt301.txt"), parse_text(ward, path="dongha.txt")])
    page = tmp_path / "g.html"
    page.write_text(to_html(g), encoding="utf-8")
    (tmp_path / "dom.js").write_text(_DOM, encoding="utf-8")
    res = subprocess.run(["node", str(tmp_path / "dom.js"), str(page)], capture_output=True, text=True, check=True)
    out = json.loads(res.stdout)
    # the slip "310" for 301, as DOT labels it
    assert "implements (cited as 310/KH-UBND)" in out["edges"]
    panel = out["nodes"]["301/KH-UBND"]
    assert "Cited by (1): 55/KH-UBND [implements (cited as 310/KH-UBND)]" in panel
    assert "Cites (1): 47-CT/TW [implements]" in panel
