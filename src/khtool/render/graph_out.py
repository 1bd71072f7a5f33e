"""Citation graph outputs: DOT, GraphML, node-link JSON, SVG/PNG (Graphviz), HTML, and a terminal summary.

Everything a document says (titles, issuers) is escaped for the format it goes
into: DOT strings, XML (GraphML, via networkx), and HTML/JSON inside a script
element, so a title with quotes, angle brackets, newlines or "</script>"
cannot break or inject into the output.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..graph import LEVEL_ORDER, CitationGraph
from ..models import REPORT_VERSION
from ..outputs import open_output

LEVEL_COLOURS = {
    "party": "#c62828",
    "national": "#ef6c00",
    "province": "#1565c0",
    "district": "#2e7d32",
    "ward": "#6a1b9a",
    None: "#757575",
}
RELATION_STYLE = {
    "basis": "solid",
    "implements": "bold",
    "proposal": "dashed",
    "attached": "dotted",
    "mention": "dashed",
    "consolidates": "bold,dotted",
}
# A document acting on another (amending, replacing, repealing it) stands out:
# the one pointed at no longer stands as written. Its edge is labelled with
# the action.
ACTION_COLOUR = {"amends": "#8d6e63", "replaces": "#b71c1c", "repeals": "#b71c1c"}


def dot_escape(text: str) -> str:
    """A DOT double-quoted string body: backslashes, quotes and newlines escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\r", " ")
        .replace("\n", "\\n")
        .replace("\0", "")
    )


def _label(d: dict[str, Any], node: str) -> str:
    title = (d.get("title") or "").strip()
    if len(title) > 60:
        title = title[:57].rstrip() + "…"
    lines = [d.get("number") or str(node), d.get("date") or "", title]
    if d.get("co_issuers"):
        # (a joint text: its number alone does not say whose; every issuer)
        lines.append(" + ".join([d.get("issuer") or "?", *d["co_issuers"]]))
    return "\n".join(x for x in lines if x)


def to_dot(graph: CitationGraph) -> str:
    g = graph.g
    out = [
        "digraph khtool {",
        '  graph [rankdir=BT, newrank=true, fontname="Helvetica", labelloc=t];',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, fontcolor=white];',
        '  edge [fontname="Helvetica", fontsize=8, color="#555555"];',
    ]
    ids = {n: f"n{i}" for i, n in enumerate(g)}
    clusters: dict[str | None, list[Any]] = {}
    for n, d in g.nodes(data=True):
        clusters.setdefault(d.get("cluster"), []).append(n)
    for ci, (cluster, nodes) in enumerate(sorted(clusters.items(), key=lambda kv: kv[0] or "")):
        indent = "  "
        if cluster:
            out.append(
                f'  subgraph cluster_{ci} {{ label="{dot_escape(cluster)}"; style=rounded; color="#bbbbbb";'
            )
            indent = "    "
        for n in nodes:
            d = g.nodes[n]
            colour = LEVEL_COLOURS.get(d.get("level"), LEVEL_COLOURS[None])
            style = "rounded,filled" if d.get("parsed") else "rounded,filled,dashed"
            out.append(
                f'{indent}{ids[n]} [label="{dot_escape(_label(d, str(n)))}", fillcolor="{colour}", style="{style}", '
                f'tooltip="{dot_escape(str(n))}"];'
            )
        if cluster:
            out.append("  }")
    for level in LEVEL_ORDER:
        same = [ids[n] for n, d in g.nodes(data=True) if d.get("level") == level]
        if same:
            out.append("  { rank=same; " + "; ".join(same) + "; }")
    for u, v, d in g.edges(data=True):
        rel, action = d["relation"], d.get("action")
        edge_colour = "#999999" if d.get("second_order") else ACTION_COLOUR.get(action or "")
        extra = f', color="{edge_colour}"' if edge_colour else ""
        style = "bold" if action else RELATION_STYLE.get(rel, "solid")
        out.append(
            f'  {ids[u]} -> {ids[v]} [label="{dot_escape(action or rel)}'
            + (f" (cited as {dot_escape(d['corrected_from'])})" if d.get("corrected_from") else "")
            + (f" (cited dated {d['cited_date']})" if d.get("cited_date") else "")
            + f'", style={style}{extra}];'
        )
    legend = " | ".join(f"{lvl}" for lvl in LEVEL_ORDER if lvl)
    out.append(f'  label="khtool citation graph — levels top to bottom: {dot_escape(legend)}";')
    out.append("}")
    return "\n".join(out) + "\n"


def _graphml_line(x: Any) -> str:
    """One item of a list attribute, a line of GraphML's string: a path, or
    a dict's values ("2025-12-10: 38/KH-UBND@…, 40/KH-UBND@…" of ``cited_dates``)."""
    if isinstance(x, dict):
        vals = [", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in x.values()]
        return ": ".join(vals)
    return str(x)


def _graphml_ready(graph: CitationGraph) -> Any:
    import networkx as nx

    h = nx.MultiDiGraph()
    for n, d in graph.g.nodes(data=True):
        # (GraphML holds no lists: a node of several files, one path a line)
        h.add_node(
            str(n),
            **{
                k: ("" if v is None else "\n".join(map(_graphml_line, v)) if isinstance(v, list) else v)
                for k, v in d.items()
            },
        )
    for u, v, d in graph.g.edges(data=True):
        h.add_edge(str(u), str(v), **{k: ("" if x is None else x) for k, x in d.items()})
    return h


def write_graph(graph: CitationGraph, out: Path, protect: tuple[str, ...] = ()) -> None:
    """Write the graph in the format named by ``out``'s extension."""
    if str(out) == "-":
        raise UsageError(
            "--out names a file whose extension gives the format; for the graph on stdout use -f json"
        )
    ext = out.suffix.lower()
    if ext == ".dot" or ext == ".gv":
        with open_output(out, protect=protect) as fh:
            fh.write(to_dot(graph))
    elif ext == ".graphml":
        import networkx as nx

        with open_output(out, binary=True, protect=protect) as fh:
            nx.write_graphml(_graphml_ready(graph), fh)
    elif ext == ".json":
        with open_output(out, protect=protect) as fh:
            fh.write(json.dumps(graph.to_node_link(), ensure_ascii=False, indent=2) + "\n")
    elif ext in (".svg", ".png", ".pdf"):
        data = render_with_graphviz(to_dot(graph), ext[1:])
        with open_output(out, binary=True, protect=protect) as fh:
            fh.write(data)
    elif ext in (".html", ".htm"):
        with open_output(out, protect=protect) as fh:
            fh.write(to_html(graph))
    else:
        raise UsageError(
            f"unknown output format '{ext}': use .dot, .graphml, .json, .svg, .png or .html",
            str(out),
        )


def answers_json(answers: dict[str, Any]) -> str:
    """``graph -f json`` with questions: each answer under its name, after
    what the JSON is."""
    return json.dumps(
        {"report": "graph", "report_version": REPORT_VERSION} | answers, ensure_ascii=False, indent=2
    )


def render_with_graphviz(dot: str, fmt: str) -> bytes:
    exe = shutil.which("dot")
    if exe is None:
        raise UsageError(
            f"rendering .{fmt} needs Graphviz's 'dot' program: install it (apt-get install graphviz, "
            "brew install graphviz, or choco install graphviz), or write .dot/.html instead"
        )
    proc = subprocess.run(
        [exe, f"-T{fmt}"], input=dot.encode("utf-8"), capture_output=True, timeout=600, check=False
    )
    if proc.returncode != 0:
        raise UsageError(f"Graphviz failed: {proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return proc.stdout


def _script_json(data: Any) -> str:
    """JSON safe inside <script>: no "</script>", no HTML comment openers."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def to_html(graph: CitationGraph) -> str:
    data = graph.to_node_link()
    colours: dict[str, Any] = {k or "unknown": v for k, v in LEVEL_COLOURS.items()}
    colours["_actions"] = ACTION_COLOUR
    return _HTML.replace("__DATA__", _script_json(data)).replace(
        "__COLOURS__", _script_json(colours)
    )


_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>khtool — citation graph</title>
<style>
body{margin:0;font:13px Helvetica,Arial,sans-serif;color:#222}
header{padding:8px 12px;background:#f5f5f5;border-bottom:1px solid #ddd;display:flex;gap:12px;align-items:center}
#q{width:280px;padding:4px}
svg{width:100vw;height:calc(100vh - 90px);cursor:grab;background:#fff}
.node rect{rx:6;ry:6;stroke:#333;stroke-width:.5}
.node.stub rect{stroke-dasharray:4 2}
.node text{fill:#fff;font-size:10px;pointer-events:none}
.node.dim{opacity:.15}.edge.dim{opacity:.05}
.edge{stroke:#888;fill:none}
#info{padding:6px 12px;min-height:18px;max-height:30vh;overflow:auto;border-top:1px solid #ddd;font-size:12px}
.legend span{display:inline-block;padding:2px 6px;margin-right:4px;color:#fff;border-radius:3px}
</style></head><body>
<header><strong>khtool citation graph</strong>
<input id="q" placeholder="search number, title, issuer…" aria-label="search">
<span class="legend" id="legend"></span></header>
<svg id="svg" role="img" aria-label="citation graph"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#888"/></marker></defs><g id="view"></g></svg>
<div id="info">Click a document to see it; drag to pan, wheel to zoom.</div>
<script type="application/json" id="graph-data">__DATA__</script>
<script type="application/json" id="colours">__COLOURS__</script>
<script>
(function(){
  var data=JSON.parse(document.getElementById('graph-data').textContent);
  var colours=JSON.parse(document.getElementById('colours').textContent);
  var own=colours._actions||{};
  var order=['party','national','province','district','ward','unknown'];
  var NS='http://www.w3.org/2000/svg', view=document.getElementById('view');
  function el(t,a){var e=document.createElementNS(NS,t);for(var k in a)e.setAttribute(k,a[k]);return e;}
  // what DOT's edge label says: the action or relation, the number as cited (a slip), second order
  function fact(e){return (e.action||e.relation)+(e.corrected_from?' (cited as '+e.corrected_from+')':'')+(e.cited_date?' (cited dated '+e.cited_date+')':'')+(e.second_order?' (2nd order)':'');}
  var byId={},cites={},citedBy={};
  data.nodes.forEach(function(n){byId[n.id]=n;cites[n.id]=[];citedBy[n.id]=[];});
  data.links.forEach(function(e){if(cites[e.source])cites[e.source].push(e);if(citedBy[e.target])citedBy[e.target].push(e);});
  function nm(id){var n=byId[id];return n?(n.number||n.id):id;}
  var rows={}; data.nodes.forEach(function(n){var l=n.level||'unknown';(rows[l]=rows[l]||[]).push(n);});
  var pos={}, W=190, H=46, y=30;
  order.forEach(function(l){var r=rows[l];if(!r)return;r.sort(function(a,b){return (a.locality||'').localeCompare(b.locality||'');});
    r.forEach(function(n,i){pos[n.id]={x:20+i*(W+20),y:y};});y+=H+70;});
  var legend=document.getElementById('legend');
  order.forEach(function(l){if(!rows[l])return;var s=document.createElement('span');s.style.background=colours[l];s.textContent=l;legend.appendChild(s);});
  var edges=data.links.map(function(e){var a=pos[e.source],b=pos[e.target];if(!a||!b)return null;
    var p=el('path',{'class':'edge','d':'M'+(a.x+W/2)+','+a.y+' C'+(a.x+W/2)+','+(a.y-40)+' '+(b.x+W/2)+','+(b.y+H+40)+' '+(b.x+W/2)+','+(b.y+H),'marker-end':'url(#arrow)'});
    if(e.second_order)p.setAttribute('style','stroke:#bbbbbb');
    else if(own[e.action])p.setAttribute('style','stroke:'+own[e.action]);
    if(e.relation==='mention'||e.relation==='proposal')p.setAttribute('stroke-dasharray','4 3');
    else if(e.relation==='consolidates')p.setAttribute('stroke-dasharray','1 3');
    var t=el('title',{});t.textContent=fact(e);p.appendChild(t);view.appendChild(p);return {e:e,p:p};}).filter(Boolean);
  var nodes=data.nodes.map(function(n){var p=pos[n.id],g=el('g',{'class':'node'+(n.parsed?'':' stub'),'transform':'translate('+p.x+','+p.y+')','tabindex':'0'});
    g.appendChild(el('rect',{width:W,height:H,fill:colours[n.level||'unknown']}));
    var t1=el('text',{x:6,y:16});t1.textContent=(n.number||n.id).slice(0,32);g.appendChild(t1);
    var t2=el('text',{x:6,y:30});t2.textContent=(n.date||'')+' '+(n.locality||'');g.appendChild(t2);
    var t3=el('text',{x:6,y:42});t3.textContent=(n.title||'').slice(0,34);g.appendChild(t3);
    g.addEventListener('click',function(){var info=document.getElementById('info');info.textContent='';
      var head=document.createElement('div');head.textContent=[n.number||n.id,n.date,[n.issuer].concat(n.co_issuers||[]).filter(Boolean).join(' + '),n.level,n.locality,n.title,n.parsed?'(parsed)':'(cited only)'].filter(Boolean).join(' · ');info.appendChild(head);
      [['Cites',cites[n.id],'target'],['Cited by',citedBy[n.id],'source']].forEach(function(c){var line=document.createElement('div');
        line.textContent=c[0]+' ('+c[1].length+'): '+(c[1].map(function(e){return nm(e[c[2]])+' ['+fact(e)+']';}).join('; ')||'—');info.appendChild(line);});});
    view.appendChild(g);return {n:n,g:g};});
  document.getElementById('q').addEventListener('input',function(ev){var q=ev.target.value.toLowerCase();var hit={};
    nodes.forEach(function(x){var s=[x.n.number,x.n.title,x.n.issuer,(x.n.co_issuers||[]).join(' '),x.n.locality,x.n.id].join(' ').toLowerCase();var ok=!q||s.indexOf(q)>=0;hit[x.n.id]=ok;x.g.classList.toggle('dim',!ok);});
    edges.forEach(function(x){x.p.classList.toggle('dim',!(hit[x.e.source]||hit[x.e.target]));});});
  var svg=document.getElementById('svg'),vb={x:0,y:0,w:svg.clientWidth||1200,h:svg.clientHeight||800},drag=null;
  function apply(){svg.setAttribute('viewBox',vb.x+' '+vb.y+' '+vb.w+' '+vb.h);} apply();
  svg.addEventListener('mousedown',function(e){drag={x:e.clientX,y:e.clientY};});
  window.addEventListener('mouseup',function(){drag=null;});
  window.addEventListener('mousemove',function(e){if(!drag)return;var k=vb.w/svg.clientWidth;vb.x-=(e.clientX-drag.x)*k;vb.y-=(e.clientY-drag.y)*k;drag={x:e.clientX,y:e.clientY};apply();});
  svg.addEventListener('wheel',function(e){e.preventDefault();var f=e.deltaY>0?1.1:0.9;vb.w*=f;vb.h*=f;apply();},{passive:false});
})();
</script></body></html>
"""


def summary_line(st: dict[str, Any], lang: str = "en") -> str:
    """The first line of the summary and of ``--stats`` (rich markup): the
    documents parsed and only cited, and the stand-ins of citations that fit
    several parsed documents (no document missing: see ``--missing``)."""
    from .labels import label

    several = label("graph.ambiguous", lang, n=st["ambiguous"]) if st["ambiguous"] else ""
    # (an attached programme or plan is part of the parsed document carrying it)
    n = st.get("attachments", 0)
    parts = label("graph.attachments" if n > 1 else "graph.attachment", lang, n=n) if n else ""
    return label(
        "graph.summary", lang,
        n=st.get("documents", st["nodes"]), parsed=st["parsed"], parts=parts, cited=st["only_cited"], several=several, edges=st["edges"],
    )


def print_summary(graph: CitationGraph, out: IO[str], lang: str = "en") -> None:
    from functools import partial

    from rich.table import Table

    from .console import console
    from .labels import code, label

    L = partial(label, lang=lang)
    c = console(out, fit=True, highlight=False)
    st = graph.stats()
    c.print(summary_line(st, lang))
    t = Table(title=L("graph.by_level_title"), title_justify="left")
    for col in ("col.level", "col.document", "col.date", "col.locality", "col.cites", "col.cited_by"):
        t.add_column(L(col))
    g = graph.g
    for level in LEVEL_ORDER:
        for n, d in g.nodes(data=True):
            if d.get("level") != level:
                continue
            mark = "" if d.get("parsed") else L("graph.mark_ambiguous") if graph.standing_for_several(n) else L("graph.mark_cited")
            if d.get("attached_to"):
                carrier = g.nodes[d["attached_to"]]
                mark = L("graph.attached_to", x=carrier.get("number") or d["attached_to"])
            t.add_row(
                code("level", level, lang) if level else "?",
                f"{d.get('number') or n}{mark}",
                d.get("date") or "",
                d.get("locality") or "",
                str(g.out_degree(n)),
                str(g.in_degree(n)),
            )
    c.print(t)
    e = Table(title=L("doc.citations"), title_justify="left")
    for col in ("col.from", "col.relation", "col.cited"):
        e.add_column(L(col))
    for u, v, d in g.edges(data=True):
        e.add_row(
            str(g.nodes[u].get("number") or u),
            code("relation", d["relation"], lang)
            + (f", {code('relation', d['action'], lang)}" if d.get("action") else "")
            + (L("graph.second_order") if d.get("second_order") else "")
            + (L("graph.cited_as", x=d["corrected_from"]) if d.get("corrected_from") else "")
            + (L("graph.cited_dated", x=d["cited_date"]) if d.get("cited_date") else ""),
            str(g.nodes[v].get("number") or v),
        )
    c.print(e)
