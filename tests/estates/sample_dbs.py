"""Published sample databases, loaded into SQLite as they were written.

Each folder of tests/data/sample_dbs/ holds the schema and data files of one public sample
database, as its repository publishes them (SOURCE.md names the repository, the path, the
commit and the licence; a file cut to stay under 1 MB says how, and `cut_customer_orders`
below is that cut). `build(sample, db)` translates them into a fresh SQLite file: the tables
with their columns, PRIMARY KEY, UNIQUE and FOREIGN KEY ... REFERENCES, then every row.

Three dialects are read:

- MySQL (Spring PetClinic): with bench/bench_public.py's MySQL -> SQLite translation,
  imported, not copied;
- Oracle (the HR and Customer Orders schemas of oracle-samples/db-sample-schemas): SQL*Plus
  commands (REM, PROMPT, SET, /) are skipped, PL/SQL `BEGIN ... END;` blocks are read for
  their INSERTs and `name := 'text' || chr(10) || ...` assignments, constraints added by
  ALTER TABLE ... ADD are folded into the table, TO_DATE and TO_TIMESTAMP give ISO strings;
- T-SQL (Microsoft's pubs and AdventureWorksDW): batches end at GO, statements at ';' or
  at the next INSERT, `sp_addtype` aliases are resolved, constraints added by ALTER TABLE
  ... [WITH CHECK] ADD are folded into the table, an IDENTITY column left out of a
  positional INSERT is numbered by SQLite, `$` money is a number, `0x...` is bytes, m/d/y
  strings in date columns become ISO dates, and a BULK INSERT reads the file it names from
  the sample's folder (an empty field is NULL, a varbinary field hex). A sample may keep
  only some of a script's tables (`Sample.tables`).

Anything else in a file (views, triggers, procedures, indexes, sequences, comments) is
skipped; a statement the loader expects to read and cannot is an error, never a silent
skip. `columns(sample)` gives each table's columns from the DDL alone (no rows: fast).
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = ROOT / "tests" / "data" / "sample_dbs"


@dataclass(frozen=True)
class Sample:
    name: str
    dialect: str  # mysql | oracle | tsql
    files: tuple[str, ...]  # read in this order
    about: str
    tables: tuple[str, ...] = ()  # only these tables of the scripts (default: all)

    @property
    def folder(self) -> Path:
        return SAMPLES_DIR / self.name


SAMPLES: dict[str, Sample] = {s.name: s for s in (
    Sample("petclinic", "mysql", ("schema.sql", "data.sql"),
           "Spring PetClinic: owners, their pets and visits; vets and their specialties"),
    Sample("hr", "oracle", ("hr_create.sql", "hr_populate.sql"),
           "Oracle HR: employees, their jobs and job history; departments, offices, countries"),
    Sample("customer_orders", "oracle", ("co_create.sql", "co_populate.sql"),
           "Oracle Customer Orders: customers, orders, shipments; stores and products"),
    Sample("pubs", "tsql", ("instpubs.sql",),
           "Microsoft pubs: authors, employees; publishers, titles, stores and sales"),
    Sample("adventureworks_dw", "tsql", ("instawdbdw.sql",),
           "AdventureWorksDW: prospective buyers; resellers, geography, sales territories",
           ("DimSalesTerritory", "DimGeography", "DimReseller", "ProspectiveBuyer")),
)}


class LoadError(ValueError):
    """A statement the loader should read and cannot."""


# -- the MySQL reader of bench/bench_public.py ---------------------------------------------------


def _bench_public() -> ModuleType:
    name = "bench_public_loader"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "bench_public.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# -- splitting files into statements -------------------------------------------------------------

_SQLPLUS = re.compile(
    r"(REM(ARK)?|PRO(MPT)?|SET|DEFINE|UNDEFINE|SPOOL|WHENEVER|EXIT|CONN(ECT)?|ACCEPT|PAUSE"
    r"|COLUMN|CLEAR|SHOW|@@?\S*|/)(?=\s|$)", re.I)


def _scan(text: str, i: int, quote: str) -> int:
    """The index just past the string literal opened at text[i] (quote doubled inside)."""
    n = len(text)
    j = i + 1
    while j < n:
        if text[j] == quote:
            if j + 1 < n and text[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    raise LoadError(f"unterminated string from: {text[i:i + 60]!r}")


def oracle_statements(text: str) -> Iterator[str]:
    """Statements of a SQL*Plus script: ';' outside quotes and comments ends one; a line
    starting with a SQL*Plus command (REM, PROMPT, SET, /...) between statements is skipped."""
    buf: list[str] = []
    i, n = 0, len(text)
    line_start, blank = True, True
    while i < n:
        c = text[i]
        if line_start and blank:
            end = text.find("\n", i)
            end = n if end < 0 else end
            if _SQLPLUS.match(text[i:end].strip()):
                i = end + 1
                continue
        line_start = False
        if c in "'\"":
            j = _scan(text, i, c)
            buf.append(text[i:j])
            blank = False
            i = j
            continue
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == ";":
            stmt = "".join(buf).strip()
            if stmt:
                yield stmt
            buf, blank = [], True
        else:
            buf.append(c)
            if c == "\n":
                line_start = True
            elif not c.isspace():
                blank = False
        i += 1
    stmt = "".join(buf).strip()
    if stmt:
        yield stmt


def _strip_comments(text: str) -> str:
    """Text without -- and /* */ comments (quotes respected)."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            j = _scan(text, i, c)
            out.append(text[i:j])
            i = j
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _split_top(text: str, sep: str) -> list[str]:
    """Pieces of text between `sep` characters outside quotes and parentheses."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "'":
            i = _scan(text, i, c)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == sep and depth == 0:
            pieces.append(text[start:i].strip())
            start = i + 1
        i += 1
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _split_before(text: str, word: str) -> list[str]:
    """Pieces of text cut before each `word` outside quotes and parentheses."""
    pat = re.compile(rf"\b{word}\b", re.I)
    cuts = [0]
    i, n, depth = 0, len(text), 0
    while i < n:
        c = text[i]
        if c == "'":
            i = _scan(text, i, c)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and pat.match(text, i) and (i == 0 or not text[i - 1].isalnum()):
            cuts.append(i)
        i += 1
    cuts.append(n)
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)
            if text[a:b].strip()]


_GO = re.compile(r"^\s*GO\s*$", re.I | re.M)


def tsql_statements(text: str) -> Iterator[str]:
    """CREATE TABLE, ALTER TABLE, INSERT, BULK INSERT and sp_addtype statements of a T-SQL
    script: batches end at GO, statements at ';'; in a run of INSERTs with no ';' between
    them each starts at the word INSERT."""
    for batch in _GO.split(_strip_comments(text)):
        for m in re.finditer(r"\bsp_addtype\s+(\w+)\s*,\s*'([^']+)'\s*(?:,\s*'([^']+)')?",
                             batch, re.I):
            yield f"SP_ADDTYPE {m.group(1)} {m.group(2)} {m.group(3) or ''}".rstrip()
        for stmt in _split_top(batch, ";"):
            if re.match(r"(CREATE|ALTER)\s+TABLE\b|BULK\s+INSERT\b", stmt, re.I):
                yield stmt
            elif re.match(r"INSERT\b", stmt, re.I):
                yield from _split_before(stmt, "insert")


# -- the tables ----------------------------------------------------------------------------------


@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]] = field(default_factory=list)  # (name, SQLite type)
    not_null: set[str] = field(default_factory=set)
    identity: set[str] = field(default_factory=set)
    defaults: dict[str, str] = field(default_factory=dict)  # column -> SQLite literal
    pk: list[str] = field(default_factory=list)
    uniques: list[list[str]] = field(default_factory=list)
    fks: list[tuple[list[str], str, list[str]]] = field(default_factory=list)

    def type_of(self, column: str) -> str:
        return dict(self.columns).get(column, "")


def _top_level_split(body: str) -> list[str]:
    items, depth, cur, i = [], 0, [], 0
    while i < len(body):
        ch = body[i]
        if ch == "'":
            j = _scan(body, i, ch)
            cur.append(body[i:j])
            i = j
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(cur).strip())
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    if "".join(cur).strip():
        items.append("".join(cur).strip())
    return items


def _parenthesised(text: str, start: int) -> tuple[str, int]:
    """The text inside the parentheses opening at text[start], and the index past them."""
    assert text[start] == "("
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch == "'":
            i = _scan(text, i, ch)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
        i += 1
    raise LoadError(f"unbalanced parentheses: {text[start:start + 60]!r}")


def _name(raw: str) -> str:
    return raw.strip().strip('"[]`').split(".")[-1].strip('"[]`')


def _names(raw: str) -> list[str]:
    """Column names of a key or an index list, without their ASC / DESC."""
    return [_name(re.sub(r"\s+(ASC|DESC)\s*$", "", x.strip(), flags=re.I))
            for x in raw.split(",") if x.strip()]


def sqlite_type(name: str, args: str | None) -> str:
    """A SQLite type SQLAlchemy reflects, for an Oracle or T-SQL type."""
    t = name.upper()
    nums = [int(x) for x in re.findall(r"\d+", args or "")]
    if t in ("INT", "INTEGER", "SMALLINT", "TINYINT", "BIGINT", "PLS_INTEGER"):
        return "INTEGER"
    if t == "NUMBER":
        if len(nums) == 1 or (len(nums) == 2 and nums[1] == 0):
            return "INTEGER"
        return f"NUMERIC({nums[0]}, {nums[1]})" if len(nums) == 2 else "NUMERIC"
    if t in ("DEC", "DECIMAL", "NUMERIC"):
        return f"NUMERIC({', '.join(map(str, nums))})" if nums else "NUMERIC"
    if t in ("MONEY", "SMALLMONEY"):
        return "NUMERIC(19, 4)"
    if t in ("FLOAT", "REAL", "DOUBLE", "BINARY_DOUBLE", "BINARY_FLOAT"):
        return "REAL"
    if t in ("VARCHAR", "VARCHAR2", "NVARCHAR", "NVARCHAR2", "VARCHAR_IGNORECASE"):
        return f"VARCHAR({nums[0]})" if nums else "VARCHAR"
    if t in ("CHAR", "NCHAR"):
        return f"CHAR({nums[0]})" if nums else "CHAR(1)"
    if t in ("TEXT", "NTEXT", "CLOB", "NCLOB", "LONG"):
        return "TEXT"
    if t == "DATE":
        return "DATE"
    if t in ("DATETIME", "SMALLDATETIME", "DATETIME2", "TIMESTAMP"):
        return "DATETIME"
    if t in ("BLOB", "IMAGE", "RAW", "VARBINARY", "BINARY"):
        return "BLOB"
    if t in ("BIT", "BOOLEAN"):
        return "BOOLEAN"
    raise LoadError(f"no SQLite type for {name}{'(' + args + ')' if args else ''}")


# SQL Server fills a DEFAULT (getdate()) with the time of the INSERT; here a fixed time,
# so that the sample is the same on every build
GETDATE = "2000-01-01 00:00:00"
_DEFAULT = re.compile(r"\bDEFAULT\s*\(*\s*('(?:[^']|'')*'|-?\d+(?:\.\d+)?|getdate\(\s*\))",
                      re.I)
_COLUMN = re.compile(r"^([\w\"\[\]]+)\s+\[?(\w+)\]?\s*(\([^)]*\))?(.*)$", re.S)
_REFERENCES = re.compile(r"\bREFERENCES\s+([\w.\"\[\]]+)\s*(?:\(([^)]*)\))?", re.I)


def _without_strings_and_checks(rest: str) -> str:
    out = re.sub(r"'(?:[^']|'')*'", "''", rest)
    while True:
        m = re.search(r"\bCHECK\s*\(", out, re.I)
        if not m:
            return out
        _, end = _parenthesised(out, m.end() - 1)
        out = out[:m.start()] + out[end:]


def _constraint(table: Table, item: str) -> bool:
    """Read a table-level constraint into table; False when item is not one."""
    s = re.sub(r"^CONSTRAINT\s+\S+\s*", "", item, flags=re.I)
    if re.match(r"CHECK\b", s, re.I):
        return True
    m = re.match(r"PRIMARY\s+KEY\s*(?:NONCLUSTERED|CLUSTERED)?\s*\(([^)]*)\)", s, re.I)
    if m:
        table.pk = _names(m.group(1))
        return True
    m = re.match(r"UNIQUE\s*(?:NONCLUSTERED|CLUSTERED)?\s*\(([^)]*)\)", s, re.I)
    if m:
        table.uniques.append(_names(m.group(1)))
        return True
    m = re.match(r"FOREIGN\s+KEY\s*\(([^)]*)\)\s*", s, re.I)
    if m:
        ref = _REFERENCES.match(s, m.end())
        if not ref:
            raise LoadError(f"{table.name}: a foreign key without REFERENCES: {item[:80]}")
        table.fks.append((_names(m.group(1)), _name(ref.group(1)),
                          _names(ref.group(2)) if ref.group(2) else []))
        return True
    if s != item or re.match(r"(PRIMARY|FOREIGN|UNIQUE)\b", s, re.I):
        raise LoadError(f"{table.name}: unreadable constraint {item[:80]!r}")
    return False


def _column(table: Table, item: str, usertypes: dict[str, str]) -> None:
    m = _COLUMN.match(item)
    if not m:
        raise LoadError(f"{table.name}: unreadable column {item[:80]!r}")
    cname, ctype, args, rest = m.groups()
    cname = _name(cname)
    alias = usertypes.get(ctype.lower())
    if alias:
        am = re.match(r"(\w+)\s*(\([^)]*\))?", alias)
        assert am
        ctype, args = am.group(1), am.group(2)
    table.columns.append((cname, sqlite_type(ctype, args[1:-1] if args else None)))
    plain = _without_strings_and_checks(rest)
    default = _DEFAULT.search(re.sub(r"\bCHECK\s*\((?:[^()']|'(?:[^']|'')*'|\([^()]*\))*\)",
                                     "", rest, flags=re.I))
    if default:
        literal = default.group(1)
        table.defaults[cname] = (f"'{GETDATE}'" if literal.lower().startswith("getdate")
                                 else literal)
    if re.search(r"\bNOT\s+NULL\b", plain, re.I) or (alias and "NOT NULL" in alias.upper()):
        table.not_null.add(cname)
    if re.search(r"\bIDENTITY\b", plain, re.I):
        table.identity.add(cname)
    if re.search(r"\bPRIMARY\s+KEY\b", plain, re.I):
        table.pk = [cname]
    if re.search(r"\bUNIQUE\b", plain, re.I):
        table.uniques.append([cname])
    ref = _REFERENCES.search(plain)
    if ref:
        table.fks.append(([cname], _name(ref.group(1)),
                          _names(ref.group(2)) if ref.group(2) else []))


def create_table(stmt: str, usertypes: dict[str, str]) -> Table:
    m = re.match(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w.\"\[\]]+)\s*", stmt, re.I)
    if not m or m.end() >= len(stmt) or stmt[m.end()] != "(":
        raise LoadError(f"unreadable CREATE TABLE: {stmt[:80]!r}")
    table = Table(_name(m.group(1)))
    body, _ = _parenthesised(stmt, m.end())
    for item in _top_level_split(body):
        if not _constraint(table, item):
            _column(table, item, usertypes)
    return table


def alter_table(stmt: str, tables: dict[str, Table]) -> None:
    """ALTER TABLE t [WITH CHECK] ADD (constraints) / ADD CONSTRAINT ..., ...; other ALTERs
    change nothing the scan sees (MODIFY ... IDENTITY, DISABLE/ENABLE CONSTRAINT)."""
    m = re.match(r"ALTER\s+TABLE\s+([\w.\"\[\]]+)\s+(?:WITH\s+(?:NO)?CHECK\s+)?ADD\s*",
                 stmt, re.I)
    if not m:
        return
    table = tables.get(_name(m.group(1)))
    if table is None:
        raise LoadError(f"ALTER TABLE of an unknown table: {stmt[:80]!r}")
    rest = stmt[m.end():]
    items = (_top_level_split(_parenthesised(rest, 0)[0]) if rest.startswith("(")
             else _top_level_split(rest))
    for item in items:
        if not _constraint(table, item):
            raise LoadError(f"{table.name}: ALTER TABLE ADD of a column: {item[:80]!r}")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cols(names: Sequence[str]) -> str:
    return ", ".join(_quote(n) for n in names)


def sqlite_ddl(table: Table, tables: dict[str, Table]) -> str:
    lines = [f"{_quote(c)} {t}" + (" NOT NULL" if c in table.not_null else "")
             + (f" DEFAULT {table.defaults[c]}" if c in table.defaults else "")
             for c, t in table.columns]
    if table.pk:
        lines.append(f"PRIMARY KEY ({_cols(table.pk)})")
    for u in table.uniques:
        if u != table.pk:
            lines.append(f"UNIQUE ({_cols(u)})")
    for cols, target, ref_cols in table.fks:
        if not ref_cols:
            ref = tables.get(target)
            if ref is None or not ref.pk:
                raise LoadError(f"{table.name}: REFERENCES {target} without a key to point to")
            ref_cols = ref.pk
        lines.append(f"FOREIGN KEY ({_cols(cols)}) REFERENCES {_quote(target)} "
                     f"({_cols(ref_cols)})")
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


# -- values --------------------------------------------------------------------------------------

_TOKEN = re.compile(r"""\s*(?:
    (?P<str>[Nn]?'(?:[^']|'')*')
  | (?P<hex>0[xX][0-9A-Fa-f]*)
  | (?P<num>[-+]?\$?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_][\w$#]*(?:\.[A-Za-z_][\w$#]*)*)
  | (?P<op>\|\||[(),])
)""", re.X | re.S)

DEFAULT = object()  # a DEFAULT keyword in a VALUES list

_ORACLE_FORMAT = (("HH24", "%H"), ("YYYY", "%Y"), ("MON", "%b"), ("MM", "%m"), ("DD", "%d"),
                  ("MI", "%M"), ("SS", "%S"), ("FF", "%f"))


def oracle_datetime(value: str, fmt: str) -> datetime:
    pattern = fmt
    for token, directive in _ORACLE_FORMAT:
        pattern = re.sub(token, directive, pattern, flags=re.I)
    value = re.sub(r"(\.\d{6})\d+$", r"\1", value.strip())  # FF9 -> microseconds
    return datetime.strptime(value, pattern)


def _call(name: str, args: list[Any]) -> Any:
    fn = name.upper()
    if fn == "TO_DATE" and len(args) == 2:
        d = oracle_datetime(args[0], args[1])
        return d.strftime("%Y-%m-%d") if d.time() == d.min.time() else d.isoformat(" ")
    if fn == "TO_TIMESTAMP" and len(args) == 2:
        return oracle_datetime(args[0], args[1]).isoformat(" ")
    if fn == "UTL_RAW.CAST_TO_RAW" and len(args) == 1:
        return None if args[0] is None else str(args[0]).encode("utf-8")
    if fn == "CHR" and len(args) == 1:
        return chr(int(args[0]))
    raise LoadError(f"no translation for the function {name}({len(args)} arguments)")


class Values:
    """A recursive-descent reader of value expressions: literals, `||`, a few functions,
    PL/SQL variables assigned earlier in the file."""

    def __init__(self, text: str, variables: dict[str, Any]) -> None:
        self.text, self.pos, self.vars = text, 0, variables

    def _next(self) -> tuple[str, str]:
        m = _TOKEN.match(self.text, self.pos)
        if not m or m.end() == self.pos:
            raise LoadError(f"unreadable value near {self.text[self.pos:self.pos + 60]!r}")
        self.pos = m.end()
        kind = m.lastgroup
        assert kind
        return kind, m.group(kind)

    def _peek(self) -> tuple[str, str] | None:
        save = self.pos
        try:
            return self._next() if self.text[self.pos:].strip() else None
        finally:
            self.pos = save

    def _expect(self, op: str) -> None:
        kind, tok = self._next()
        if tok != op:
            raise LoadError(f"expected {op!r}, found {tok!r} near "
                            f"{self.text[self.pos - 20:self.pos + 40]!r}")

    def expr(self) -> Any:
        value = self._term()
        while self._peek() == ("op", "||"):
            self._next()
            right = self._term()
            if isinstance(value, bytes) or isinstance(right, bytes):
                raise LoadError("|| on bytes")
            value = ("" if value is None else str(value)) + ("" if right is None else str(right))
        return value

    def _term(self) -> Any:
        kind, tok = self._next()
        if kind == "str":
            body = tok[tok.index("'") + 1:-1]
            return body.replace("''", "'")
        if kind == "hex":
            return bytes.fromhex(tok[2:])
        if kind == "num":
            tok = tok.replace("$", "")
            return float(tok) if any(ch in tok for ch in ".eE") else int(tok)
        if kind == "name":
            if self._peek() == ("op", "("):
                self._next()
                args: list[Any] = []
                if self._peek() != ("op", ")"):
                    args = self._list_items()
                self._expect(")")
                return _call(tok, args)
            up = tok.upper()
            if up == "NULL":
                return None
            if up == "DEFAULT":
                return DEFAULT
            if tok.lower() in self.vars:
                return self.vars[tok.lower()]
            raise LoadError(f"unknown name {tok!r} in a value")
        raise LoadError(f"unexpected {tok!r} in a value")

    def _list_items(self) -> list[Any]:
        items = [self.expr()]
        while self._peek() == ("op", ","):
            self._next()
            items.append(self.expr())
        return items

    def tuples(self) -> list[list[Any]]:
        """`(a, b), (c, d)` up to the end of the text."""
        rows = []
        while True:
            self._expect("(")
            rows.append(self._list_items())
            self._expect(")")
            nxt = self._peek()
            if nxt is None:
                return rows
            if nxt != ("op", ","):
                raise LoadError(f"unexpected {nxt[1]!r} after a VALUES tuple")
            self._next()


_INSERT = re.compile(r"INSERT\s+(?:INTO\s+)?([\w.\"\[\]]+)\s*(?:\(([^)]*)\))?\s*VALUES\s*",
                     re.I | re.S)
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def _tsql_date(value: Any, sqlite: str) -> Any:
    """SQL Server reads '06/12/94' in a datetime column as 12 June 1994 (dateformat mdy)."""
    if not isinstance(value, str) or sqlite not in ("DATE", "DATETIME"):
        return value
    m = _MDY.match(value.strip())
    if not m:
        return value
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if year < 100:  # SQL Server's two-digit year cutoff: 49 -> 2049, 50 -> 1950
        year += 2000 if year <= 49 else 1900
    d = datetime(year, month, day)
    return d.strftime("%Y-%m-%d") if sqlite == "DATE" else d.isoformat(" ")


# -- loading -------------------------------------------------------------------------------------


@dataclass
class Plan:
    """What a sample's files say: tables (in order) and rows to insert."""
    ddl: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    inserts: list[tuple[str, list[str] | None, list[list[Any]]]] = field(default_factory=list)


def _read(sample: Sample) -> str:
    return "\n".join((sample.folder / f).read_text(encoding="utf-8") for f in sample.files)


def _plan_mysql(text: str, data: bool) -> Plan:
    bp = _bench_public()
    plan = Plan()
    for stmt in bp.split_statements(text):
        head = stmt[:40].upper()
        if head.startswith("CREATE TABLE"):
            ddl = bp.translate_create(stmt)
            plan.ddl.append(ddl)
            m = re.match(r'CREATE TABLE "([^"]+)"', ddl)
            assert m
            plan.tables.append(m.group(1))
        elif data and head.startswith(("INSERT INTO", "INSERT IGNORE")):
            s = stmt.replace("`", "")
            m = bp._INSERT.match(s)
            if not m:
                raise LoadError(f"unreadable INSERT: {s[:80]!r}")
            cols = [c.strip() for c in m.group(2).split(",")] if m.group(2) else None
            plan.inserts.append((m.group(1), cols, bp.parse_values(s[m.end():])))
    return plan


def _bulk_insert(stmt: str, sample: Sample, table: Table) -> list[list[Any]]:
    """The rows of `BULK INSERT t FROM '...file' WITH (FIELDTERMINATOR = '|', ...)`, read
    from the file of that name in the sample's folder: an empty field is NULL, a varbinary
    field is hex, numbers are numbers."""
    m = re.match(r"BULK\s+INSERT\s*[\w.\"\[\]]+\s+FROM\s+'([^']*)'", stmt, re.I)
    if not m:
        raise LoadError(f"unreadable BULK INSERT: {stmt[:80]!r}")
    path = sample.folder / re.split(r"[\\/)]", m.group(1))[-1]
    fields = re.search(r"FIELDTERMINATOR\s*=\s*'([^']*)'", stmt, re.I)
    lines = re.search(r"ROWTERMINATOR\s*=\s*'([^']*)'", stmt, re.I)
    sep = fields.group(1) if fields else "\t"
    end = (lines.group(1) if lines else "\\n").replace("\\n", "\n").replace("\\r", "\r")
    text = path.read_text(encoding="utf-8-sig")
    types = [t for _, t in table.columns]
    rows = []
    for line in text.split(end):
        if not line.strip():
            continue
        values = line.split(sep)
        if len(values) != len(types):
            raise LoadError(f"{path.name}: {len(values)} fields for {len(types)} columns")
        rows.append([_typed(v, t) for v, t in zip(values, types, strict=True)])
    return rows


def _typed(value: str, sqlite: str) -> Any:
    if value == "":
        return None
    if sqlite in ("INTEGER", "BOOLEAN"):
        return int(value)
    if sqlite.startswith("NUMERIC") or sqlite == "REAL":
        return float(value)
    if sqlite == "BLOB":
        return bytes.fromhex(value)
    return value


def _plan_sql(sample: Sample, text: str, data: bool) -> Plan:
    usertypes: dict[str, str] = {}
    tables: dict[str, Table] = {}
    variables: dict[str, Any] = {}
    plan = Plan()
    only = set(sample.tables)

    def wanted(raw_name: str) -> bool:
        return not only or _name(raw_name) in only

    stmts = oracle_statements(text) if sample.dialect == "oracle" else tsql_statements(text)
    for raw in stmts:
        stmt = raw
        while True:  # PL/SQL wrappers around the statements
            m = re.match(r"(BEGIN|DECLARE)\b\s*", stmt, re.I)
            if not m:
                break
            stmt = stmt[m.end():]
        head = stmt[:30].upper()
        target = re.match(r"(?:CREATE\s+TABLE|ALTER\s+TABLE|BULK\s+INSERT|INSERT)\s*(?:INTO\s+)?"
                          r"([\w.\"\[\]]+)", stmt, re.I)
        if target and not wanted(target.group(1)):
            continue
        if head.startswith("SP_ADDTYPE "):
            _, name, definition = stmt.split(" ", 2)
            usertypes[name.lower()] = definition
        elif re.match(r"CREATE\s+TABLE\b", head):
            table = create_table(stmt, usertypes)
            tables[table.name] = table
        elif re.match(r"ALTER\s+TABLE\b", head):
            alter_table(stmt, tables)
        elif not data:
            continue
        elif re.match(r"BULK\s+INSERT\b", head):
            assert target
            into = tables.get(_name(target.group(1)))
            if into is None:
                raise LoadError(f"BULK INSERT into an unknown table: {stmt[:80]!r}")
            plan.inserts.append((into.name, [c for c, _ in into.columns],
                                 _bulk_insert(stmt, sample, into)))
        elif re.match(r"INSERT\b", head):
            m = _INSERT.match(stmt)
            if not m:
                raise LoadError(f"unreadable INSERT: {stmt[:80]!r}")
            into = tables.get(_name(m.group(1)))
            if into is None:
                raise LoadError(f"INSERT into an unknown table: {stmt[:80]!r}")
            rows = Values(stmt[m.end():], variables).tuples()
            cols = _names(m.group(2)) if m.group(2) else None
            if cols is None:
                cols = [c for c, _ in into.columns]
                if rows and len(rows[0]) == len(cols) - len(into.identity):
                    cols = [c for c in cols if c not in into.identity]
            plan.inserts.append((into.name, cols, [
                [_tsql_date(v, into.type_of(c)) if sample.dialect == "tsql" else v
                 for c, v in zip(cols, row, strict=True)] for row in rows]))
        else:
            m = re.match(r"(\w+)\s*:=\s*", stmt, re.S)
            if m:
                variables[m.group(1).lower()] = Values(stmt[m.end():], variables).expr()
    if only - set(tables):
        raise LoadError(f"{sample.name}: no CREATE TABLE for {sorted(only - set(tables))}")
    order = sample.tables or tuple(tables)
    for name in order:
        plan.ddl.append(sqlite_ddl(tables[name], tables))
        plan.tables.append(name)
    return plan


def plan(sample: Sample, data: bool = True) -> Plan:
    text = _read(sample)
    if sample.dialect == "mysql":
        return _plan_mysql(text, data)
    return _plan_sql(sample, text, data)


def build(sample: Sample, db: Path) -> dict[str, int]:
    """A fresh SQLite file at db with the sample's tables and rows; rows per table. Raises
    LoadError when a row breaks a declared foreign key."""
    p = plan(sample)
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    counts = dict.fromkeys(p.tables, 0)
    try:
        for ddl in p.ddl:
            conn.execute(ddl)
        for table, cols, rows in p.inserts:
            for row in rows:
                names = list(cols) if cols else None
                values = list(row)
                if names is not None:
                    keep = [i for i, v in enumerate(values) if v is not DEFAULT]
                    names = [names[i] for i in keep]
                    values = [values[i] for i in keep]
                elif any(v is DEFAULT for v in values):
                    raise LoadError(f"{table}: DEFAULT without a column list")
                target = _quote(table) + (f" ({_cols(names)})" if names is not None else "")
                conn.execute(f"INSERT INTO {target} VALUES ({', '.join('?' * len(values))})",
                             values)
                counts[table] = counts.get(table, 0) + 1
        conn.commit()
        bad = conn.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            raise LoadError(f"{sample.name}: {len(bad)} rows break a declared foreign key, "
                            f"first {bad[0]}")
    finally:
        conn.close()
    return counts


def columns(sample: Sample) -> dict[str, list[str]]:
    """Each table's columns, from the DDL alone, as SQLite reflects them."""
    conn = sqlite3.connect(":memory:")
    try:
        p = plan(sample, data=False)
        for ddl in p.ddl:
            conn.execute(ddl)
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(t)})")]
                for t in p.tables}
    finally:
        conn.close()


# -- the cut of a file too large to commit -------------------------------------------------------

_ROW = re.compile(r"^\s*INSERT INTO (orders|order_items|shipments) \(([^)]*)\) VALUES \((.*)\);"
                  r"\s*$")


def cut_customer_orders(text: str, orders: int = 600) -> str:
    """co_populate.sql with the orders numbered 1..`orders`, their order items and the
    shipments those items name; every other line (customers, stores, products, inventory,
    PL/SQL and SQL*Plus lines) as published."""
    def fields(m: re.Match[str]) -> dict[str, str]:
        names = [c.strip() for c in m.group(2).split(",")]
        values = [v.strip() for v in m.group(3).split(",")]
        return dict(zip(names, values, strict=False))

    lines = text.splitlines(keepends=True)
    shipments: set[str] = set()
    for line in lines:
        m = _ROW.match(line)
        if m and m.group(1) == "order_items":
            f = fields(m)
            if int(f["order_id"]) <= orders and f.get("shipment_id", "NULL") != "NULL":
                shipments.add(f["shipment_id"])
    out = []
    for line in lines:
        m = _ROW.match(line)
        if m:
            f = fields(m)
            if m.group(1) in ("orders", "order_items") and int(f["order_id"]) > orders:
                continue
            if m.group(1) == "shipments" and f["shipment_id"] not in shipments:
                continue
        out.append(line)
    return "".join(out)


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m tests.estates.sample_dbs cut-co SRC DEST`: write the committed cut of
    co_populate.sql; `... build NAME DB`: build one sample into DB."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 3 and args[0] == "cut-co":
        src = Path(args[1]).read_text(encoding="utf-8")
        Path(args[2]).write_text(cut_customer_orders(src), encoding="utf-8")
    elif len(args) == 3 and args[0] == "build":
        counts = build(SAMPLES[args[1]], Path(args[2]))
        print(", ".join(f"{t} {n}" for t, n in counts.items()))
    else:
        sys.exit("usage: python -m tests.estates.sample_dbs cut-co SRC DEST | build NAME DB")


if __name__ == "__main__":
    main()
