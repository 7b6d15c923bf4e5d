"""CSV / TSV: the header row names the fields, so a CSV's columns get verdicts like a table's.

The delimiter (, ; tab |) is sniffed from the first lines, the encoding from the first
bytes (utf-8, BOM, else cp1252). Rows are streamed. A row with more values than the
header puts the extras in `column_N`; a shorter row simply lacks the missing fields.
Items are `row:N`, N counting data rows from 1 (the header is not a row).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from connectors.formats.sniff import sniff_delimiter
from connectors.formats.streams import Context, Opened, clip, decode_head, lines


def read_csv(opened: Opened, ctx: Context, name: str) -> Iterator[tuple[str, dict[str, object]]]:
    head_lines = decode_head(opened.head).splitlines(keepends=True)
    if len(head_lines) > 1 and not head_lines[-1].endswith(("\n", "\r")):
        head_lines = head_lines[:-1]  # the head may end mid-line
    default = "\t" if name.lower().endswith((".tsv", ".tab")) else ","
    delimiter = sniff_delimiter(head_lines, default) or default
    source = (line for _, line in lines(opened.text(), ctx))
    reader = csv.reader(source, delimiter=delimiter)
    header: list[str] | None = None
    row_no = 0
    ragged_reported = False
    limit = ctx.limits.max_field_chars
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            ctx.problem(f"row:{row_no + 1}", f"unreadable row ({_reason(e)}); skipped")
            row_no += 1
            continue
        if not "".join(row).strip():  # every cell blank
            continue
        if header is None:
            header = field_names(row)
            continue
        row_no += 1
        if len(row) != len(header) and not ragged_reported:
            ctx.problem(f"row:{row_no}", f"{len(row)} values for {len(header)} columns")
            ragged_reported = True
        values: dict[str, object] = {
            key: (cell if len(cell) <= limit else cell[:limit]) if cell != "" else None
            for key, cell in zip(header, row, strict=False)}  # as clip; a short row: fewer
        for i in range(len(header), len(row)):
            cell = row[i]
            values[f"column_{i + 1}"] = clip(cell, limit) if cell != "" else None
        yield f"row:{row_no}", values


def field_names(row: list[str]) -> list[str]:
    """Header cells as field names: trimmed, blanks named column_N, duplicates numbered."""
    names: list[str] = []
    seen: set[str] = set()
    for i, cell in enumerate(row):
        name = cell.strip() or f"column_{i + 1}"
        base, k = name, 2
        while name in seen:
            name, k = f"{base}_{k}", k + 1
        seen.add(name)
        names.append(name)
    return names


def _reason(e: csv.Error) -> str:
    # csv error messages name the problem, never a cell's content.
    return str(e).split(":")[0][:80]
