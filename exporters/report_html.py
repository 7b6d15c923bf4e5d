"""`pdmap report --format html`: one self-contained page a DPO can show a board.

No network: the CSS, the data-map SVG and a small script are inline, and a
Content-Security-Policy forbids anything else. Every value is escaped (table and column
names come from schemas nobody vetted); evidence examples are the index's, already masked.
The field table is sortable, filterable and paged by the script; without it every row is
shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape
from typing import Any

from exporters.report import evidence_summary
from exporters.report_svg import datamap_svg

NOT_DECLARED = "not declared"
PAGE_SIZE = 50
UNDECLARED_OPEN = 200  # more undeclared fields than this: their list starts folded

SUMMARY = (("sources", "Sources"), ("containers", "Containers (tables, folders, files)"),
           ("fields", "Fields scanned"), ("personal_fields", "Personal fields"),
           ("undeclared_fields", "Personal fields not declared"),
           ("subjects", "Data subjects"), ("minors", "Minors when collected"),
           ("categories", "Categories of data"),
           ("failures", "Failures"))

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;
background:#f6f7f9}
main{max-width:1240px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px}
.sub{color:#566;margin:0 0 18px}
#summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px 14px}
.card .n{display:block;font-size:28px;font-weight:650}
.card .l{color:#566;font-size:13px}
.card.warn .n{color:#b3261e}
.panel{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e6e9ee;vertical-align:top}
th{background:#eef1f5;position:sticky;top:0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;
color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
.nd{color:#b3261e;font-style:italic}
tr.notpersonal td{color:#7a8291}
.ok{color:#1e7b34}
#tools{display:flex;gap:12px;align-items:center;margin:0 0 10px;flex-wrap:wrap}
#tools input,#tools select{font:inherit;padding:4px 8px}
#pager{display:flex;gap:8px;align-items:center;margin-top:10px}
svg{font:12px system-ui,sans-serif;width:100%;height:auto}
svg .col{font-weight:650;fill:#1d2330}
svg .node rect{fill:#e8eef8;stroke:#6d89b8}
svg .node.nd rect{fill:#fde8e6;stroke:#b3261e}
svg .node text{fill:#1d2330}
svg .edge{fill:none;stroke:#6d89b8;stroke-opacity:.35}
svg .edge.nd{stroke:#b3261e}
.hide,[hidden]{display:none!important}
#fields{font-size:12.5px}
#fields td:last-child{font-size:11.5px;color:#566;min-width:200px;max-width:260px;
overflow-wrap:anywhere}
"""

SCRIPT = """
(function(){
var table=document.getElementById('fields');if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
var filter=document.getElementById('filter'),show=document.getElementById('show');
var pager=document.getElementById('pager'),status=document.getElementById('page-status');
var prev=document.getElementById('prev'),next=document.getElementById('next');
var size=__PAGE_SIZE__,page=0,shown=rows;
document.getElementById('tools').hidden=false;pager.hidden=false;
function matches(r){
 var q=filter.value.trim().toLowerCase(),k=show.value;
 if(k==='personal'&&r.dataset.personal!=='yes')return false;
 if(k==='undeclared'&&!(r.dataset.personal==='yes'&&r.dataset.declared==='no'))return false;
 return !q||r.textContent.toLowerCase().indexOf(q)>=0;}
function draw(){
 var pages=Math.max(1,Math.ceil(shown.length/size));if(page>=pages)page=pages-1;
 var lo=page*size,hi=lo+size,set=new Set(shown.slice(lo,hi));
 rows.forEach(function(r){r.classList.toggle('hide',!set.has(r));});
 status.textContent='Page '+(page+1)+' of '+pages+' ('+shown.length+' fields)';
 prev.disabled=page===0;next.disabled=page>=pages-1;}
function refilter(){shown=rows.filter(matches);page=0;draw();}
filter.addEventListener('input',refilter);show.addEventListener('change',refilter);
prev.addEventListener('click',function(){page--;draw();});
next.addEventListener('click',function(){page++;draw();});
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
 var b=th.querySelector('button');if(!b)return;
 b.addEventListener('click',function(){
  var asc=th.getAttribute('aria-sort')!=='ascending',num=th.dataset.type==='number';
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){
   c.removeAttribute('aria-sort');});
  th.setAttribute('aria-sort',asc?'ascending':'descending');
  function key(r){var c=r.cells[i];var v=c.dataset.sort!==undefined?c.dataset.sort:c.textContent;
   return num?parseFloat(v):v.toLowerCase();}
  rows.sort(function(a,b){var x=key(a),y=key(b);var d=x<y?-1:x>y?1:0;return asc?d:-d;});
  rows.forEach(function(r){body.appendChild(r);});
  shown=rows.filter(matches);page=0;draw();});});
refilter();
})();
""".replace("__PAGE_SIZE__", str(PAGE_SIZE))

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:")


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _or_nd(value: Any) -> str:
    return _e(value) if value else f'<span class="nd">{NOT_DECLARED}</span>'


def _table(head: Iterable[str], rows: Iterable[Iterable[str]], ident: str) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<div class="panel"><table id="{ident}"><thead><tr>{th}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


def _summary(data: dict[str, Any]) -> str:
    s = data["summary"]
    cards = []
    for key, label in SUMMARY:
        n = s.get(key)
        warn = key in ("undeclared_fields", "failures", "minors") and n
        cards.append(f'<div class="card{" warn" if warn else ""}" data-summary="{key}">'
                     f'<span class="n">{_e(n if n is not None else "–")}</span>'
                     f'<span class="l">{escape(label)}</span></div>')
    return f'<section id="summary">{"".join(cards)}</section>'


def _undeclared(data: dict[str, Any]) -> str:
    fields = [f for f in data["fields"] if f["personal"] and not f["declared"]]
    if not fields:
        return '<p id="undeclared" class="ok">Every personal field is declared in the data map.</p>'
    table = _table(("Source", "Container", "Field", "Category", "Confidence"),
                   ((_e(f["source"]), _e(f["container"]), _e(f["field"]), _e(f["category"]),
                     f"{f['confidence']:.2f}") for f in fields), "undeclared")
    note = (f"<p>{len(fields)} personal fields are not declared in the data map of "
            "pdmap.yaml: nobody has said why they are kept, on which legal basis, or for how "
            "long.</p>")
    if len(fields) > UNDECLARED_OPEN:
        return (f"{note}<details><summary>Show the {len(fields)} undeclared fields</summary>"
                f"{table}</details>")
    return note + table


def _categories(data: dict[str, Any]) -> str:
    rows = []
    for c in data["categories"]:
        decls = c["declarations"] or [{"purpose": None, "legal_basis": None, "retention": None}]
        for i, d in enumerate(decls):
            first = i == 0
            rows.append((
                _e(c["name"] or c["category"]) + (f"<br><small>{_e(c['category'])}</small>"
                                                   if first else "") if first else "",
                f"{c['fields']}" + (f' <span class="nd">({c["undeclared_fields"]} not '
                                    f"declared)</span>" if c["undeclared_fields"] and first
                                    else "") if first else "",
                _or_nd(d["purpose"]), _or_nd(d["legal_basis"]), _or_nd(d["retention"]),
                (f'{_e(c["fideslang"])}<br><small>{_e(c["dpv"])}</small>' if first else "")))
    if not rows:
        return '<p class="none">No personal data category was found.</p>'
    return _table(("Category", "Fields", "Purpose", "Legal basis", "Retention",
                   "Fideslang / DPV"), rows, "categories")


def _failures(data: dict[str, Any]) -> str:
    if not data["failures"]:
        return '<p id="failures" class="ok">Nothing failed: every source was read whole.</p>'
    return ("<p>What could not be read: answers about people may be incomplete until a "
            "clean scan.</p>" +
            _table(("Source", "Place", "Why"),
                   ((_e(f["source"]), _e(f["place"]), _e(f["message"]))
                    for f in data["failures"]), "failures"))


FIELD_COLUMNS = (("Source", "text"), ("Container", "text"), ("Field", "text"),
                 ("Personal", "text"), ("Category", "text"), ("Declared", "text"),
                 ("Purpose", "text"), ("Legal basis", "text"), ("Retention", "text"),
                 ("Confidence", "number"), ("Evidence", None))


def _fields(data: dict[str, Any]) -> str:
    head = "".join(
        f'<th data-type="{kind}"><button type="button">{escape(name)}</button></th>' if kind
        else f"<th>{escape(name)}</th>" for name, kind in FIELD_COLUMNS)
    body = []
    for f in data["fields"]:
        personal = "yes" if f["personal"] else "no"
        declared = "yes" if f["declared"] else "no"
        decl = ((_or_nd(f["purpose"]), _or_nd(f["legal_basis"]), _or_nd(f["retention"]))
                if f["personal"] else ("", "", ""))
        cells = (_e(f["source"]), _e(f["container"]), _e(f["field"]), personal,
                 _e(f["category"]) if f["personal"] else "",
                 declared if f["declared"] or not f["personal"]
                 else f'<span class="nd">{NOT_DECLARED}</span>',
                 *decl, f'{f["confidence"]:.2f}', _e(evidence_summary(f["evidence"] or {})))
        cls = "" if f["personal"] else ' class="notpersonal"'
        body.append(f'<tr{cls} data-personal="{personal}" data-declared="{declared}">'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    tools = ('<div id="tools" hidden><label>Filter <input id="filter" type="search" '
             'placeholder="table, column, category…"></label><label>Show <select id="show">'
             '<option value="all">all fields</option><option value="personal">personal '
             'fields</option><option value="undeclared">personal fields not declared</option>'
             '</select></label></div>')
    pager = ('<div id="pager" hidden><button type="button" id="prev">Previous</button>'
             '<span id="page-status"></span><button type="button" id="next">Next</button></div>')
    return (f'{tools}<div class="panel"><table id="fields"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>{pager}')


def _when(iso: str | None) -> str:
    """`2026-12-04 17:00 UTC` from the report's ISO 8601 (an offset other than UTC kept)."""
    if not iso:
        return "not finished"
    moment = dt.datetime.fromisoformat(iso)
    offset = moment.utcoffset()
    zone = "UTC" if not offset else moment.strftime("UTC%z")
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def render_html(data: dict[str, Any]) -> str:
    scan = data["scan"]
    when = _when(scan["finished_at"] or scan["started_at"])
    scope = f" — source {_e(data['source'])}" if data.get("source") else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Personal data map — scan {_e(scan["id"])}</title>
<style>{CSS}</style></head>
<body><main>
<h1>Personal data map</h1>
<p class="sub">Scan {_e(scan["id"])} ({_e(scan["status"])}), {_e(when)}{scope}.
Made by pdmap from the scan's verdicts and the data map of pdmap.yaml; no personal value
is shown (examples are masked).</p>
{_summary(data)}
<h2>Where personal data is kept, and why</h2>
<div class="panel">{datamap_svg(data)}</div>
<h2>Personal fields not declared in the data map</h2>
{_undeclared(data)}
<h2>Purpose, legal basis and retention per category</h2>
{_categories(data)}
<h2>What failed</h2>
{_failures(data)}
<h2>Every field scanned</h2>
{_fields(data)}
</main>
<script>{SCRIPT}</script>
</body></html>
"""
