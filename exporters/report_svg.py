"""The data-map picture of the HTML report: sources -> containers -> categories ->
purposes and legal bases, drawn as inline SVG (no script, no font, no network).

Every label is escaped; long ones are cut (the whole label is the node's tooltip). Only
containers with personal fields are drawn, at most MAX_CONTAINERS of them (the most
personal fields first); the others are one "N more containers" node.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

MAX_CONTAINERS = 30
NOT_DECLARED = "not declared"
COLUMNS = ("Sources", "Containers", "Categories", "Purposes and legal bases")
X = (10, 290, 600, 900)
WIDTHS = (200, 230, 220, 330)
ROW = 30
NODE_H = 22
TOP = 40


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def datamap_svg(data: dict[str, Any]) -> str:
    personal = [f for f in data["fields"] if f["personal"]]
    if not personal:
        return ('<p class="none">No personal field was found: there is nothing to '
                'draw.</p>')
    per_container = Counter((f["source"], f["container"]) for f in personal)
    shown = {c for c, _ in sorted(per_container.items(), key=lambda kv: (-kv[1], kv[0]))
             [:MAX_CONTAINERS]}
    hidden = len(per_container) - len(shown)
    more = ("", f"{hidden} more containers")

    def container_of(f: dict[str, Any]) -> tuple[str, str]:
        key = (f["source"], f["container"])
        return key if key in shown else more

    def purpose_of(f: dict[str, Any]) -> str:
        if not f["declared"] or not (f["purpose"] or f["legal_basis"]):
            return NOT_DECLARED
        return f"{f['purpose'] or NOT_DECLARED} — {f['legal_basis'] or 'no legal basis'}"

    edges: list[Counter[tuple[Any, Any]]] = [Counter(), Counter(), Counter()]
    for f in personal:
        c = container_of(f)
        cat = f["category"] or "unknown"
        edges[0][(f["source"], c)] += 1
        edges[1][(c, cat)] += 1
        edges[2][(cat, purpose_of(f))] += 1
    cols: list[list[Any]] = [
        sorted({f["source"] for f in personal}),
        sorted({container_of(f) for f in personal}, key=lambda c: (c == more, c)),
        sorted({f["category"] or "unknown" for f in personal}),
        sorted({purpose_of(f) for f in personal}, key=lambda p: (p == NOT_DECLARED, p)),
    ]
    pos: list[dict[Any, int]] = [{node: TOP + i * ROW for i, node in enumerate(col)}
                                 for col in cols]
    height = TOP + max(len(col) for col in cols) * ROW + 10
    width = X[3] + WIDTHS[3] + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" id="datamap" role="img" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'aria-labelledby="datamap-title">',
           '<title id="datamap-title">Where personal data is kept, and why</title>']
    for i, name in enumerate(COLUMNS):
        out.append(f'<text class="col" x="{X[i]}" y="20">{escape(name)}</text>')
    for level, counter in enumerate(edges):
        for (a, b), n in sorted(counter.items(), key=lambda kv: str(kv[0])):
            x1, y1 = X[level] + WIDTHS[level], pos[level][a] + NODE_H / 2
            x2, y2 = X[level + 1], pos[level + 1][b] + NODE_H / 2
            mid = (x1 + x2) / 2
            cls = "edge nd" if level == 2 and b == NOT_DECLARED else "edge"
            out.append(f'<path class="{cls}" d="M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}" '
                       f'stroke-width="{min(1 + n, 10)}"><title>{n} personal fields'
                       f'</title></path>')
    # a category by its name (a DPO reads "Person name", not identity.name), its key in
    # the tooltip
    names = {c["category"]: c["name"] for c in data.get("categories") or () if c.get("name")}
    for level, col in enumerate(cols):
        for node in col:
            label = node if level != 1 else (node[1] if node == more
                                             else f"{node[0]}: {node[1]}")
            tip = label
            if level == 2 and node in names:
                label, tip = names[node], f"{names[node]} ({node})"
            cls = "node nd" if level == 3 and node == NOT_DECLARED else "node"
            y = pos[level][node]
            out.append(f'<g class="{cls}" data-level="{level}"><title>{escape(tip)}</title>'
                       f'<rect x="{X[level]}" y="{y}" width="{WIDTHS[level]}" '
                       f'height="{NODE_H}" rx="4"/>'
                       f'<text x="{X[level] + 6}" y="{y + 15}">'
                       f'{escape(_cut(label, WIDTHS[level] // 7))}</text></g>')
    out.append("</svg>")
    return "\n".join(out)
