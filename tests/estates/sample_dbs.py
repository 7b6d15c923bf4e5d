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

Oracle's Sales History adds SQLcl and SQL*Loader: a `LOAD table file.csv` line reads the CSV
file of that name from the sample's folder (a header row names the columns; an empty field is
NULL; a file the sample does not commit is named in `Sample.skip_loads`, and its LOAD is
skipped), a `.ctl` file among `Sample.files` is a SQL*Loader control file read after the
scripts (its INFILE, or the .dat file of its name; FIELDS TERMINATED BY, OPTIONALLY ENCLOSED
BY, FILLER fields, DATE "format" fields), and an Oracle '' is NULL.

A T-SQL sample whose scripts compute their values with queries (`Sample.run_sql`: Microsoft's
Futon Manufacturing) is run, not read: each batch's DECLARE @v = (...), INSERT ... VALUES,
INSERT ... SELECT and UPDATE are translated for SQLite (@v a parameter holding the value its
DECLARE gave, ISNULL IFNULL, N'..' '..', GETDATE() the fixed time below, `/` a decimal
division) and executed in order after the tables are created; a batch that uses a variable
it does not declare runs nothing, as SQL Server refuses to compile it (`Plan.failed`).
Columns may be added by ALTER TABLE ... ADD, and a computed column (`c AS (expr)
[PERSISTED]`) is a NUMERIC column the loader fills with its expression after each statement
on its table.

Oracle's Order Entry (OE) adds object-relational columns and SQL*Plus continuations. A
line ending in `-` continues on the next (SQL*Plus joins the two with a space, inside a
string too). CREATE TYPE statements are read first, wherever they stand. A column of an
object type (`cust_address cust_address_typ`) becomes one column per attribute, named as the
attribute, as OE's own customers_view reads them (`c.cust_address.city city`); a VARRAY(n)
column becomes n columns, `<column>_1` ... `<column>_n`, and an MDSYS.SDO_GEOMETRY column
five, `<column>_gtype`, `_srid`, `_x`, `_y`, `_z` (the point; element info and ordinates are
NULL in OE), unless `Sample.flat_names` names them (OE's customers as customers_view does:
primary_phone_number, phone_number_2 ... 5; location_gtype ... location_z). A constructor in
a VALUES list (`cust_address_typ('514 W Superior St', ...)`, `PHONE_LIST_TYP(...)`,
`MDSYS.SDO_GEOMETRY(2001, 8307, MDSYS.SDO_POINT_TYPE(x, y, NULL), NULL, NULL)`) fills those
columns, NULL leaves them NULL; an XMLTYPE column is text, `sys.xmltype.createxml('...')` its
text; an INTERVAL is text as TO_YMINTERVAL writes it ('+00-03'); UNISTR decodes its \\XXXX
escapes. `UPDATE t [alias] SET c = value, ... WHERE k = value [AND k IN (value, ...)]`,
a column written `[alias.]c`, or `[alias.]c.attribute` for an attribute of an object
column, is applied after the inserts (OE fills its warehouses' XML, its customers' account
managers, birth dates, marital status, gender and income level that way); a
string in a DATE column is read as NLS_DATE_FORMAT DD-MON-RR (NLS_TERRITORY=AMERICA, as
loe_v3.sql sets it), and RR, as TO_TIMESTAMP's 'DD-MON-RR HH.MI.SS.FF AM', is Oracle's
two-digit year as read from 2000 to 2049: 00-49 are 20xx, 50-99 19xx. A foreign key to a
table of another schema that the sample does not hold (OE's to hr.employees and
hr.locations) is left out when `Sample.foreign` names that table; the column stays.

Anything else in a file (views, triggers, procedures, indexes, sequences, comments) is
skipped (OE's trigger insert_ord_line, which renumbers an order's line items as they are
inserted, too: the line numbers are the script's); a statement the loader expects to read
and cannot is an error, never a silent skip. `columns(sample)` gives each table's columns
from the DDL alone (no rows: fast).
"""

from __future__ import annotations

import csv
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
    skip_loads: tuple[str, ...] = ()  # files a SQLcl LOAD names that the sample does not commit
    run_sql: bool = False  # T-SQL run in SQLite (DECLARE, UPDATE, INSERT ... SELECT, subqueries)
    foreign: tuple[str, ...] = ()  # tables of another schema its keys name: keys left out
    flat_names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("table.column", names)

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
    Sample("sales_history", "oracle",
           ("sh_create.sql", "sh_populate.sql", "cust2v3.ctl"),
           "Oracle Sales History: customers and their demographics; countries, channels, "
           "products, promotions, a calendar",
           ("countries", "customers", "promotions", "products", "times", "channels",
            "supplementary_demographics"),
           skip_loads=("customers.csv",)),
    Sample("futon_manufacturing", "tsql",
           ("01-schema.sql", "02-sample-data.sql", "05-sales-schema-enhancements.sql",
            "06-sales-sample-data.sql"),
           "Microsoft Futon Manufacturing: sales reps; customers and suppliers (companies with "
           "a contact), stores, warehouses, items, orders", run_sql=True),
    Sample("order_entry", "oracle",
           ("ccus_v3.sql", "cwhs_v3.sql", "cord_v3.sql", "coe_v3.sql", "oe_p_pi.sql",
            "oe_p_us.sql", "pwhs_v3.sql", "pcus_v3.sql", "pord_v3.sql", "oe_p_itm.sql",
            "oe_p_inv.sql", "loe_v3.sql"),
           "Oracle Order Entry: customers (address, phones, e-mail, birth date, gender, "
           "income), their orders and order items; products, warehouses, inventories",
           foreign=("employees", "locations"),
           flat_names=(("customers.phone_numbers",
                        ("primary_phone_number", "phone_number_2", "phone_number_3",
                         "phone_number_4", "phone_number_5")),
                       ("customers.cust_geo_location",
                        ("location_gtype", "location_srid", "location_x", "location_y",
                         "location_z")))),
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
_LOAD = re.compile(r"LOAD\s+([\w.$#\"]+)\s+(\S+)$", re.I)  # SQLcl: LOAD table file
_CONTINUED = re.compile(r"-[ \t\r]*\n")  # SQL*Plus: '-' ending a line continues it


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
    starting with a SQL*Plus command (REM, PROMPT, SET, /...) between statements is skipped;
    a SQLcl `LOAD table file` line between statements is a statement of its own."""
    buf: list[str] = []
    i, n = 0, len(text)
    line_start, blank = True, True
    while i < n:
        c = text[i]
        if line_start and blank:
            end = text.find("\n", i)
            end = n if end < 0 else end
            line = text[i:end].strip()
            if _SQLPLUS.match(line):
                i = end + 1
                continue
            load = _LOAD.match(line)
            if load:
                yield f"LOAD {load.group(1)} {load.group(2)}"
                i = end + 1
                continue
        line_start = False
        if c in "'\"":
            j = _scan(text, i, c)
            buf.append(_CONTINUED.sub(" ", text[i:j]))
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
        continued = _CONTINUED.match(text, i)
        if continued:  # SQL*Plus: a line ending in '-' goes on with the next
            buf.append(" ")
            i = continued.end()
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


_RUN_HEAD = re.compile(r"(CREATE|ALTER)\s+TABLE\b|UPDATE\b|DECLARE\b", re.I)


def tsql_batches(text: str) -> Iterator[list[str]]:
    """For a sample run in SQLite (`Sample.run_sql`): each batch's CREATE TABLE, ALTER TABLE,
    DECLARE, INSERT and UPDATE statements, in order; batches end at GO, statements at ';'."""
    for batch in _GO.split(_strip_comments(text)):
        stmts: list[str] = []
        for stmt in _split_top(batch, ";"):
            if re.match(r"INSERT\b", stmt, re.I):
                stmts.extend(_split_before(stmt, "insert"))
            elif _RUN_HEAD.match(stmt):
                stmts.append(stmt)
        yield stmts


class Undeclared(LoadError):
    """A T-SQL variable used in a batch that does not declare it."""


def tsql_to_sqlite(sql: str, declared: set[str]) -> str:
    """A T-SQL statement or expression as SQLite runs it: @v is the SQLite parameter @v (its
    name lower-cased; raises Undeclared when the batch has not declared it), ISNULL is IFNULL,
    N'..' is '..', GETDATE() is the fixed time GETDATE below (CAST(GETDATE() AS DATE) its
    date), and `/` divides decimals (SQLite would divide the integers 5 and 100 to 0)."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        prev = sql[i - 1] if i else " "
        word_start = not (prev.isalnum() or prev in "_@#$")
        if c == "'":
            j = _scan(sql, i, c)
            out.append(sql[i:j])
            i = j
            continue
        if c in "Nn" and word_start and sql.startswith("'", i + 1):
            i += 1
            continue
        if c == "@":
            m = re.compile(r"@(\w+)").match(sql, i)
            if not m:
                raise LoadError(f"unreadable variable near {sql[i:i + 40]!r}")
            name = m.group(1).lower()
            if name not in declared:
                raise Undeclared(f"@{m.group(1)} is not declared in its batch")
            out.append(f"@{name}")
            i = m.end()
            continue
        if c == "/":
            out.append("* 1.0 /")
            i += 1
            continue
        if (c.isalpha() or c == "_") and word_start:
            m = re.compile(r"CAST\s*\(\s*GETDATE\s*\(\s*\)\s+AS\s+DATE\s*\)"
                           r"|GETDATE\s*\(\s*\)|\w+", re.I).match(sql, i)
            assert m
            word = m.group(0)
            if word.upper().startswith("CAST"):
                out.append(f"'{GETDATE[:10]}'")
            elif word.upper().startswith("GETDATE"):
                out.append(f"'{GETDATE}'")
            elif word.upper() == "ISNULL":
                out.append("IFNULL")
            else:
                out.append(word)
            i = m.end()
            continue
        out.append(c)
        i += 1
    return "".join(out)


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
    computed: dict[str, str] = field(default_factory=dict)  # column -> T-SQL expression
    # an Oracle column of an object, VARRAY or SDO_GEOMETRY type -> (its kind: object,
    # varray or geometry, the columns it becomes)
    flat: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    attributes: dict[str, str] = field(default_factory=dict)  # "column.attribute" -> column

    def type_of(self, column: str) -> str:
        return dict(self.columns).get(column, "")

    def script_columns(self) -> list[str]:
        """The columns as the scripts declare them (a flattened column once, by its name):
        the columns of a positional INSERT."""
        parts = {sub[0]: name for name, (_, sub) in self.flat.items()}
        inside = {c for _, sub in self.flat.values() for c in sub}
        return [parts[c] if c in parts else c for c, _ in self.columns
                if c in parts or c not in inside]

    def flatten(self, cols: list[str], rows: list[list[Any]]
                ) -> tuple[list[str], list[list[Any]]]:
        """cols and rows with each flattened column spread over the columns it became."""
        if not any(c in self.flat for c in cols):
            return cols, rows
        out_cols = [x for c in cols for x in (self.flat[c][1] if c in self.flat else [c])]
        out_rows = []
        for row in rows:
            out: list[Any] = []
            for c, v in zip(cols, row, strict=True):
                if c in self.flat:  # only Oracle flattens: '' is NULL
                    kind, sub = self.flat[c]
                    out.extend(None if x == "" else x
                               for x in _spread(kind, len(sub), v, f"{self.name}.{c}"))
                else:
                    out.append(v)
            out_rows.append(out)
        return out_cols, out_rows


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
    if t in ("TEXT", "NTEXT", "CLOB", "NCLOB", "LONG", "XMLTYPE"):
        return "TEXT"
    if t == "INTERVAL":  # INTERVAL YEAR TO MONTH, as TO_YMINTERVAL writes it: '+00-03'
        return "VARCHAR"
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
_DEFAULT = re.compile(r"\bDEFAULT\s*\(*\s*('(?:[^']|'')*'|-?\d+(?:\.\d+)?|getdate\(\s*\)"
                      r"|CAST\s*\(\s*getdate\(\s*\)\s+AS\s+DATE\s*\))", re.I)
_COMPUTED = re.compile(r"^([\w\"\[\]]+)\s+AS\s*(\(.*\))\s*(?:PERSISTED)?\s*$", re.I | re.S)
_COLUMN = re.compile(r"^([\w\"\[\]]+)\s+\[?((?:\w+\.)?\w+)\]?\s*(\([^)]*\))?(.*)$", re.S)
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


FlatNames = dict[str, tuple[str, ...]]  # "table.column" -> the columns it becomes


def _column(table: Table, item: str, usertypes: dict[str, str],
            flat_names: FlatNames | None = None) -> None:
    computed = _COMPUTED.match(item)
    if computed:  # T-SQL `c AS (expr) [PERSISTED]`: a NUMERIC column the loader fills
        table.columns.append((_name(computed.group(1)), "NUMERIC"))
        table.computed[_name(computed.group(1))] = computed.group(2)
        return
    m = _COLUMN.match(item)
    if not m:
        raise LoadError(f"{table.name}: unreadable column {item[:80]!r}")
    cname, ctype, args, rest = m.groups()
    cname = _name(cname)
    ctype = ctype.split(".")[-1]  # MDSYS.SDO_GEOMETRY, SYS.XMLTYPE
    alias = usertypes.get(ctype.lower())
    flat = "SDO_GEOMETRY" if ctype.upper() == "SDO_GEOMETRY" else alias
    if flat and _flat_column(table, cname, ctype, flat, flat_names or {}):
        return
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
                                 else f"'{GETDATE[:10]}'" if literal.lower().startswith("cast")
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


_OBJECT = re.compile(r"OBJECT\s*\((.*)\)\s*$", re.I | re.S)
_VARRAY = re.compile(r"VARRAY\s*\(\s*(\d+)\s*\)\s+OF\s+(.+?)\s*$", re.I | re.S)
_GEOMETRY = ("gtype", "srid", "x", "y", "z")


def oracle_type(stmt: str) -> tuple[str, str] | None:
    """(name, definition) of `CREATE [OR REPLACE] TYPE name [OID '...'] AS OBJECT (...)`
    or `... AS VARRAY(n) OF type`; None for any other statement."""
    m = re.match(r"CREATE\s+(?:OR\s+REPLACE\s+)?TYPE\s+([\w.\"]+)\s+(?:OID\s+'[^']*'\s+)?"
                 r"(?:AS|IS)\s+(.*)$", stmt, re.I | re.S)
    if not m:
        return None
    definition = " ".join(m.group(2).split())
    if not (_OBJECT.match(definition) or _VARRAY.match(definition)):
        raise LoadError(f"a type the loader cannot flatten: {stmt[:80]!r}")
    return _name(m.group(1)).lower(), definition


def _flat_column(table: Table, cname: str, ctype: str, definition: str,
                 names: FlatNames) -> bool:
    """Flatten a column of an Oracle object, VARRAY or SDO_GEOMETRY type into the columns
    it becomes (Table.flat); False when the type is none of those."""
    if definition == "SDO_GEOMETRY":
        kind = "geometry"
        parts = [(f"{cname}_{p}", "NUMERIC") for p in _GEOMETRY]
    elif m := _OBJECT.match(definition):
        kind = "object"
        parts = []
        for attr in _top_level_split(m.group(1)):
            a = _COLUMN.match(attr)
            if not a:
                raise LoadError(f"unreadable attribute of {ctype}: {attr!r}")
            parts.append((a.group(1).lower(), sqlite_type(a.group(2),
                                                         (a.group(3) or "()")[1:-1] or None)))
        attrs = [a for a, _ in parts]
    elif m := _VARRAY.match(definition):
        kind = "varray"
        a = re.match(r"(\w+)\s*(\([^)]*\))?", m.group(2))
        assert a
        of = sqlite_type(a.group(1), a.group(2)[1:-1] if a.group(2) else None)
        parts = [(f"{cname}_{i}", of) for i in range(1, int(m.group(1)) + 1)]
    else:
        return False
    key = f"{table.name}.{cname}".lower()
    if key in names:
        if len(names[key]) != len(parts):
            raise LoadError(f"{key}: {len(names[key])} names for {len(parts)} columns")
        parts = [(n, t) for n, (_, t) in zip(names[key], parts, strict=True)]
    taken = {c for c, _ in table.columns}
    clash = [c for c, _ in parts if c in taken]
    if clash:
        raise LoadError(f"{table.name}: flattening {cname} gives columns it has: {clash}")
    table.columns.extend(parts)
    table.flat[cname] = (kind, [c for c, _ in parts])
    if kind == "object":
        table.attributes.update({f"{cname}.{a}".lower(): c
                                 for a, (c, _) in zip(attrs, parts, strict=True)})
    return True


@dataclass(frozen=True)
class Composite:
    """An Oracle constructor call in a value: cust_address_typ('...', ...), MDSYS.SDO_..."""
    name: str
    args: tuple[Any, ...]


def _spread(kind: str, n: int, value: Any, where: str) -> list[Any]:
    """The n column values a flattened column's value gives."""
    if value is None:
        return [None] * n
    if not isinstance(value, Composite):
        raise LoadError(f"{where}: {value!r} is not a constructor")
    args = list(value.args)
    if kind == "object" and len(args) == n:
        return args
    if kind == "varray" and len(args) <= n:
        return args + [None] * (n - len(args))
    if kind == "geometry" and len(args) == 5 and value.name == "sdo_geometry":
        point = args[2]
        if point is None:
            return [args[0], args[1], None, None, None]
        if isinstance(point, Composite) and point.name == "sdo_point_type" \
                and len(point.args) == 3 and args[3] is None and args[4] is None:
            return [args[0], args[1], *point.args]
    raise LoadError(f"{where}: cannot spread {value!r} over {n} columns")


def create_table(stmt: str, usertypes: dict[str, str],
                 flat_names: FlatNames | None = None) -> Table:
    m = re.match(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w.\"\[\]]+)\s*", stmt, re.I)
    if not m or m.end() >= len(stmt) or stmt[m.end()] != "(":
        raise LoadError(f"unreadable CREATE TABLE: {stmt[:80]!r}")
    table = Table(_name(m.group(1)))
    body, _ = _parenthesised(stmt, m.end())
    for item in _top_level_split(body):
        if not _constraint(table, item):
            _column(table, item, usertypes, flat_names)
    return table


def alter_table(stmt: str, tables: dict[str, Table],
                usertypes: dict[str, str] | None = None) -> None:
    """ALTER TABLE t [WITH CHECK] ADD (constraints) / ADD CONSTRAINT ..., ...; other ALTERs
    change nothing the scan sees (MODIFY ... IDENTITY, DISABLE/ENABLE CONSTRAINT). A column
    added (a T-SQL `ADD c type`, `ADD c AS (expr)`, an Oracle `ADD (c type, ...)`) is read
    when usertypes is given."""
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
        if _constraint(table, item):
            continue
        if usertypes is None:
            raise LoadError(f"{table.name}: ALTER TABLE ADD of a column: {item[:80]!r}")
        _column(table, item, usertypes)


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

_ORACLE_FORMAT = (("HH24", "%H"), ("HH12", "%I"), ("HH", "%I"), ("YYYY", "%Y"),
                  ("RRRR", "%Y"), ("RR", "%y"), ("MON", "%b"), ("MM", "%m"), ("DD", "%d"),
                  ("MI", "%M"), ("SS", "%S"), ("FF", "%f"), ("AM", "%p"), ("PM", "%p"))
# NLS_DATE_FORMAT of NLS_TERRITORY=AMERICA: a string in a DATE column is read with it
_NLS_DATE = re.compile(r"\d{1,2}-[A-Za-z]{3}-\d{2}")


def oracle_datetime(value: str, fmt: str) -> datetime:
    """value read with an Oracle format; RR is the two-digit year as Oracle reads it in the
    years 2000 to 2049: 00-49 are 2000-2049, 50-99 are 1950-1999."""
    pattern = fmt
    for token, directive in _ORACLE_FORMAT:
        pattern = re.sub(token, directive, pattern, flags=re.I)
    # FF9 -> microseconds
    value = re.sub(r"(\.\d{6})\d+(?=\s*(?:[AP]M)?$)", r"\1", value.strip(), flags=re.I)
    d = datetime.strptime(value, pattern)
    two_digits = re.search(r"RR", fmt, re.I) and not re.search(r"RRRR", fmt, re.I)
    if two_digits and d.year >= 2050:  # Python's %y reads 50-68 as 2050-2068
        d = d.replace(year=d.year - 100)
    return d


def _oracle_value(value: Any, sqlite: str) -> Any:
    """An Oracle value for a column: '' is NULL, a string in a DATE column is read as
    NLS_DATE_FORMAT DD-MON-RR."""
    if value == "":
        return None
    if sqlite == "DATE" and isinstance(value, str) and _NLS_DATE.fullmatch(value.strip()):
        return oracle_datetime(value, "DD-MON-RR").strftime("%Y-%m-%d")
    return value


_NLS_AMERICAN = re.compile(r"NLS_DATE_LANGUAGE\s*=\s*American", re.I)


def _unistr(text: str) -> str:
    """Oracle's UNISTR: \\XXXX is the UTF-16 code unit XXXX, \\\\ a backslash."""
    units = re.sub(r"\\([0-9A-Fa-f]{4})|\\\\",
                   lambda m: chr(int(m.group(1), 16)) if m.group(1) else "\\", text)
    return units.encode("utf-16", "surrogatepass").decode("utf-16")


def _call(name: str, args: list[Any]) -> Any:
    fn = name.upper()
    if fn in ("TO_DATE", "TO_TIMESTAMP") and len(args) == 3 \
            and _NLS_AMERICAN.fullmatch(str(args[2]).strip()):
        args = args[:2]  # month names in English: what strptime reads
    if fn == "TO_DATE" and len(args) == 2:
        d = oracle_datetime(args[0], args[1])
        return d.strftime("%Y-%m-%d") if d.time() == d.min.time() else d.isoformat(" ")
    if fn == "TO_TIMESTAMP" and len(args) == 2:
        return oracle_datetime(args[0], args[1]).isoformat(" ")
    if fn == "TO_YMINTERVAL" and len(args) == 1:
        return args[0]
    if fn in ("SYS.XMLTYPE.CREATEXML", "XMLTYPE.CREATEXML", "XMLTYPE", "SYS.XMLTYPE") \
            and len(args) == 1:
        return args[0]
    if fn == "UNISTR" and len(args) == 1:
        return None if args[0] is None else _unistr(str(args[0]))
    if fn == "UTL_RAW.CAST_TO_RAW" and len(args) == 1:
        return None if args[0] is None else str(args[0]).encode("utf-8")
    if fn == "CHR" and len(args) == 1:
        return chr(int(args[0]))
    raise LoadError(f"no translation for the function {name}({len(args)} arguments)")


class Values:
    """A recursive-descent reader of value expressions: literals, `||`, a few functions,
    PL/SQL variables assigned earlier in the file, constructors of the Oracle types named
    (types, and MDSYS's SDO_GEOMETRY and SDO_POINT_TYPE) as Composite values."""

    def __init__(self, text: str, variables: dict[str, Any],
                 types: Sequence[str] = ()) -> None:
        self.text, self.pos, self.vars = text, 0, variables
        self.types = {t.lower() for t in types} | {"sdo_geometry", "sdo_point_type"}

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
                short = tok.split(".")[-1].lower()
                if short in self.types and tok.lower() in (short, f"mdsys.{short}"):
                    return Composite(short, tuple(args))
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


# an UPDATE: (table, {column: value}, [(key, the values it may have)])
Update = tuple[str, dict[str, Any], list[tuple[str, list[Any]]]]


@dataclass
class Plan:
    """What a sample's files say: tables (in order) and rows to insert."""
    ddl: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    inserts: list[tuple[str, list[str] | None, list[list[Any]]]] = field(default_factory=list)
    # an Oracle UPDATE, applied after the inserts: (table, {column: value}, [(key, the
    # values it may have)])
    updates: list[Update] = field(default_factory=list)
    # a sample run in SQLite (Sample.run_sql): (batch, "declare" or "exec", the variable or
    # the table, SQLite text), run after the inserts; computed columns per table; batches
    # SQL Server would refuse to compile, and why
    run: list[tuple[int, str, str, str]] = field(default_factory=list)
    computed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)


def _read(sample: Sample) -> str:
    """The sample's scripts, one text (its SQL*Loader control files are read apart)."""
    return "\n".join((sample.folder / f).read_text(encoding="utf-8") for f in sample.files
                     if not f.lower().endswith(".ctl"))


_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def _field(value: str | None, sqlite: str) -> Any:
    """A field of a CSV or SQL*Loader data file: empty is NULL, a number in a numeric column
    is the number its digits write (an integer without a point), anything else text."""
    if value is None or value == "":
        return None
    numeric = sqlite in ("INTEGER", "REAL") or sqlite.startswith("NUMERIC")
    if numeric and _NUMBER.fullmatch(value.strip()):
        v = value.strip()
        return float(v) if any(ch in v for ch in ".eE") else int(v)
    return value


def _columns_named(table: Table, names: Sequence[str], where: str) -> list[str]:
    """The table's columns for names written in any case."""
    by_lower = {c.lower(): c for c, _ in table.columns}
    unknown = [n for n in names if n.lower() not in by_lower]
    if unknown:
        raise LoadError(f"{where}: no column {unknown} in {table.name}")
    return [by_lower[n.lower()] for n in names]


def _load_csv(path: Path, table: Table) -> tuple[list[str], list[list[Any]]]:
    """SQLcl `LOAD table file.csv`: a header row names the columns, an empty field is NULL
    (dates stay as written: the scripts load them with DATE_FORMAT YYYY-MM-DD)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = _columns_named(table, header, path.name)
        types = [table.type_of(c) for c in cols]
        rows = []
        for line in reader:
            if not line:
                continue
            if len(line) != len(cols):
                raise LoadError(f"{path.name}: {len(line)} fields for {len(cols)} columns")
            rows.append([_field(v, t) for v, t in zip(line, types, strict=True)])
    return cols, rows


_CTL_FIELD = re.compile(r"^(\w+)(?:\s+(FILLER))?(?:\s+(?:DATE|TIMESTAMP)\s*(?:\(\s*\d+\s*\))?"
                        r"\s*\"([^\"]*)\")?(?:\s+CHAR\s*(?:\(\s*\d+\s*\))?)?$", re.I)


def _load_ctl(sample: Sample, name: str,
              tables: dict[str, Table]) -> tuple[str, list[str], list[list[Any]]]:
    """A SQL*Loader control file: the table INTO TABLE names, the fields of its list read
    from its INFILE (by default the .dat file of the control file's name) as FIELDS
    TERMINATED BY and OPTIONALLY ENCLOSED BY say; a FILLER field is read and dropped, a
    DATE "format" field is an ISO date; an empty field is NULL; a terminator closing the
    record is allowed."""
    text = _strip_comments((sample.folder / name).read_text(encoding="utf-8"))
    into = re.search(r"\bINTO\s+TABLE\s+([\w.$#\"]+)", text, re.I)
    fields = re.search(r"\bFIELDS\s+TERMINATED\s+BY\s+(['\"])(.+?)\1"
                       r"(?:\s+OPTIONALLY\s+ENCLOSED\s+BY\s+(['\"])(.+?)\3)?\s*", text, re.I)
    if not into or not fields or fields.end() >= len(text) or text[fields.end()] != "(":
        raise LoadError(f"{name}: unreadable control file (INTO TABLE, FIELDS ..., (fields))")
    table = tables.get(_name(into.group(1)))
    if table is None:
        raise LoadError(f"{name}: INTO TABLE {into.group(1)}: no such table")
    infile = re.search(r"\bINFILE\s+(?:'([^']+)'|\"([^\"]+)\"|(\S+))", text, re.I)
    data = (infile.group(1) or infile.group(2) or infile.group(3)) if infile else \
        re.sub(r"\.ctl$", ".dat", name, flags=re.I)
    specs = []  # (column or None for a filler, date format or None)
    for item in _top_level_split(_parenthesised(text, fields.end())[0]):
        m = _CTL_FIELD.match(" ".join(item.split()))
        if not m:
            raise LoadError(f"{name}: unreadable field {item!r}")
        specs.append((None if m.group(2) else m.group(1), m.group(3)))
    cols = _columns_named(table, [c for c, _ in specs if c], name)
    named = iter(cols)
    columns = [next(named) if c else None for c, _ in specs]
    sep, quote = fields.group(2), fields.group(4)
    rows = []
    with (sample.folder / data).open(encoding="utf-8", newline="") as fh:
        reader = (csv.reader(fh, delimiter=sep, quotechar=quote) if quote
                  else csv.reader(fh, delimiter=sep, quoting=csv.QUOTE_NONE))
        for line in reader:
            if not line:
                continue
            if len(line) == len(specs) + 1 and line[-1] == "":
                line = line[:-1]  # the terminator closing the record
            if len(line) != len(specs):
                raise LoadError(f"{data}: {len(line)} fields for {len(specs)}")
            row = []
            for value, col, (_, fmt) in zip(line, columns, specs, strict=True):
                if col is None:
                    continue
                if fmt and value:
                    d = oracle_datetime(value, fmt)
                    row.append(d.strftime("%Y-%m-%d") if d.time() == d.min.time()
                               else d.isoformat(" "))
                else:
                    row.append(_field(value, table.type_of(col)))
            rows.append(row)
    return table.name, cols, rows


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


_UPDATE = re.compile(r"UPDATE\s+([\w.\"]+)(?:\s+(?!SET\b)(\w+))?\s+SET\s+", re.I)

def _update(stmt: str, tables: dict[str, Table], variables: dict[str, Any],
            types: Sequence[str]) -> Update:
    """`UPDATE t [alias] SET c = value, ... WHERE k = value [AND k IN (value, ...)] ...`,
    a column written `[alias.]c` or, for an attribute of an object column,
    `[alias.]c.attribute`: (table, {column: value}, [(key, the values it may have)]); any
    other UPDATE is an error."""
    m = _UPDATE.match(stmt)
    table = tables.get(_name(m.group(1))) if m else None
    if not m or table is None:
        raise LoadError(f"unreadable UPDATE: {stmt[:80]!r}")
    alias = (m.group(2) or "").lower()
    parts = _split_before(stmt[m.end():], "where")
    if len(parts) != 2 or not re.match(r"WHERE\b", parts[1], re.I):
        raise LoadError(f"an UPDATE without one WHERE: {stmt[:80]!r}")

    def column(written: str) -> str:
        names = [n.strip('"').lower() for n in written.split(".")]
        if len(names) > 1 and names[0] in (alias, table.name.lower()):
            names = names[1:]
        if len(names) == 2 and ".".join(names) in table.attributes:
            return table.attributes[".".join(names)]
        if len(names) != 1:
            raise LoadError(f"unreadable column {written!r} in an UPDATE of {table.name}")
        return _columns_named(table, names, "UPDATE")[0]

    def value(text: str, col: str) -> Any:
        return _oracle_value(Values(text, variables, types).expr(), table.type_of(col))

    sets: dict[str, Any] = {}
    for item in _top_level_split(parts[0]):
        a = re.match(r"([\w.\"]+)\s*=\s*(.*)$", item, re.S)
        if not a:
            raise LoadError(f"unreadable assignment {item[:60]!r} in an UPDATE")
        col = column(a.group(1))
        sets[col] = value(a.group(2), col)
    keys: list[tuple[str, list[Any]]] = []
    for item in _split_before(parts[1][5:], "and"):
        item = re.sub(r"^AND\s+", "", item, flags=re.I)
        eq = re.match(r"([\w.\"]+)\s*=\s*(.*)$", item, re.S)
        among = re.match(r"([\w.\"]+)\s+IN\s*(\(.*\))\s*$", item, re.S | re.I)
        if eq:
            col = column(eq.group(1))
            keys.append((col, [value(eq.group(2), col)]))
        elif among:
            col = column(among.group(1))
            keys.append((col, [value(v, col) for v in
                               _top_level_split(_parenthesised(among.group(2), 0)[0])]))
        else:
            raise LoadError(f"unreadable condition {item[:60]!r} in an UPDATE")
    return table.name, sets, keys


def _plan_sql(sample: Sample, text: str, data: bool) -> Plan:
    usertypes: dict[str, str] = {}
    tables: dict[str, Table] = {}
    variables: dict[str, Any] = {}
    plan = Plan()
    only = set(sample.tables)

    def wanted(raw_name: str) -> bool:
        return not only or _name(raw_name) in only

    stmts = list(oracle_statements(text) if sample.dialect == "oracle"
                 else tsql_statements(text))
    flat_names = {k.lower(): v for k, v in sample.flat_names}
    for raw in stmts:  # Oracle types first, wherever they stand
        declared = oracle_type(raw) if sample.dialect == "oracle" else None
        if declared:
            usertypes[declared[0]] = declared[1]
    for raw in stmts:
        stmt = raw
        while True:  # PL/SQL wrappers around the statements
            m = re.match(r"(BEGIN|DECLARE)\b\s*", stmt, re.I)
            if not m:
                break
            stmt = stmt[m.end():]
        head = stmt[:30].upper()
        target = re.match(r"(?:CREATE\s+TABLE|ALTER\s+TABLE|BULK\s+INSERT|INSERT|LOAD|UPDATE)"
                          r"\s*(?:INTO\s+)?([\w.\"\[\]]+)", stmt, re.I)
        if target and not wanted(target.group(1)):
            continue
        if head.startswith("SP_ADDTYPE "):
            _, name, definition = stmt.split(" ", 2)
            usertypes[name.lower()] = definition
        elif re.match(r"CREATE\s+TABLE\b", head):
            table = create_table(stmt, usertypes, flat_names)
            tables[table.name] = table
        elif re.match(r"ALTER\s+TABLE\b", head):
            alter_table(stmt, tables, usertypes if sample.dialect == "oracle" else None)
        elif not data:
            continue
        elif head.startswith("LOAD "):
            _, name, file = stmt.split(" ", 2)
            if file in sample.skip_loads:
                continue
            into = tables.get(_name(name))
            if into is None:
                raise LoadError(f"LOAD into an unknown table: {stmt!r}")
            if not (sample.folder / file).is_file():
                raise LoadError(f"{sample.name}: LOAD of {file}, not in the sample's folder")
            cols, rows = _load_csv(sample.folder / file, into)
            plan.inserts.append((into.name, cols, rows))
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
            rows = Values(stmt[m.end():], variables, list(usertypes)).tuples()
            if m.group(2):
                cols = _names(m.group(2))
            else:
                cols = into.script_columns()
                if rows and len(rows[0]) == len(cols) - len(into.identity):
                    cols = [c for c in cols if c not in into.identity]
            plan.inserts.append((into.name, *into.flatten(cols, [
                [_tsql_date(v, into.type_of(c)) if sample.dialect == "tsql"
                 else _oracle_value(v, into.type_of(c))
                 for c, v in zip(cols, row, strict=True)] for row in rows])))
        elif sample.dialect == "oracle" and re.match(r"UPDATE\b", head):
            plan.updates.append(_update(stmt, tables, variables, list(usertypes)))
        else:
            m = re.match(r"(\w+)\s*:=\s*", stmt, re.S)
            if m:
                variables[m.group(1).lower()] = Values(stmt[m.end():], variables).expr()
    for ctl in (f for f in sample.files if data and f.lower().endswith(".ctl")):
        name, cols, rows = _load_ctl(sample, ctl, tables)
        if wanted(name):
            plan.inserts.append((name, cols, rows))
    if only - set(tables):
        raise LoadError(f"{sample.name}: no CREATE TABLE for {sorted(only - set(tables))}")
    for table in tables.values():  # keys to another schema's tables the sample does not hold
        table.fks = [fk for fk in table.fks if fk[1] not in sample.foreign]
    order = sample.tables or tuple(tables)
    for name in order:
        plan.ddl.append(sqlite_ddl(tables[name], tables))
        plan.tables.append(name)
    return plan


def _plan_tsql_run(sample: Sample, text: str, data: bool) -> Plan:
    """A T-SQL sample run in SQLite: the tables from CREATE and ALTER TABLE, every data
    statement translated (tsql_to_sqlite), batch by batch; a batch using a variable it does
    not declare is left out whole, as SQL Server refuses to compile it (Plan.failed)."""
    tables: dict[str, Table] = {}
    usertypes: dict[str, str] = {}
    plan = Plan()
    only = set(sample.tables)
    for batch_no, batch in enumerate(tsql_batches(text)):
        steps: list[tuple[int, str, str, str]] = []
        ddl: list[str] = []
        declared: set[str] = set()
        try:
            for stmt in batch:
                head = stmt[:30].upper()
                if re.match(r"(CREATE|ALTER)\s+TABLE\b", head):
                    ddl.append(stmt)
                    continue
                m = re.match(r"DECLARE\s+@(\w+)\s+\w+(?:\s*\([^)]*\))?\s*=\s*(.+)$", stmt,
                             re.I | re.S)
                if m:
                    expr = tsql_to_sqlite(m.group(2), declared)
                    declared.add(m.group(1).lower())
                    steps.append((batch_no, "declare", m.group(1).lower(), expr))
                    continue
                m = re.match(r"(?:INSERT\s+(?:INTO\s+)?|UPDATE\s+)([\w.\"\[\]]+)", stmt, re.I)
                if not m:
                    raise LoadError(f"{sample.name}: unreadable statement {stmt[:80]!r}")
                steps.append((batch_no, "exec", _name(m.group(1)),
                              tsql_to_sqlite(stmt, declared)))
        except Undeclared as e:
            plan.failed.append(f"batch {batch_no} ({len(batch)} statements, from "
                               f"{' '.join(batch[0].split())[:50]!r}): {e}")
            continue
        for stmt in ddl:
            target = re.match(r"(?:CREATE|ALTER)\s+TABLE\s+([\w.\"\[\]]+)", stmt, re.I)
            if only and target and _name(target.group(1)) not in only:
                continue
            if stmt[:6].upper() == "CREATE":
                table = create_table(stmt, usertypes)
                tables[table.name] = table
            else:
                alter_table(stmt, tables, usertypes)
        if data:
            plan.run.extend(s for s in steps if s[1] == "declare" or not only or s[2] in only)
    if only - set(tables):
        raise LoadError(f"{sample.name}: no CREATE TABLE for {sorted(only - set(tables))}")
    for name in sample.tables or tuple(tables):
        table = tables[name]
        plan.ddl.append(sqlite_ddl(table, tables))
        plan.tables.append(name)
        if table.computed:
            plan.computed[name] = [(c, tsql_to_sqlite(e, set()))
                                   for c, e in table.computed.items()]
    return plan


def plan(sample: Sample, data: bool = True) -> Plan:
    text = _read(sample)
    if sample.dialect == "mysql":
        return _plan_mysql(text, data)
    if sample.run_sql:
        return _plan_tsql_run(sample, text, data)
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
        for table, sets, keys in p.updates:
            conn.execute(f"UPDATE {_quote(table)} SET "
                         + ", ".join(f"{_quote(c)} = ?" for c in sets) + " WHERE "
                         + " AND ".join(f"{_quote(c)} IN ({', '.join('?' * len(vs))})"
                                        for c, vs in keys),
                         [*sets.values(), *(v for _, vs in keys for v in vs)])
        params: dict[str, Any] = {}
        current = -1
        for batch, kind, name, sql in p.run:
            if batch != current:  # a T-SQL variable lives in its batch
                params, current = {}, batch
            try:
                if kind == "declare":
                    params[name] = conn.execute(f"SELECT {sql}", params).fetchone()[0]
                    continue
                cursor = conn.execute(sql, params)
                if sql.lstrip()[:6].upper() == "INSERT":
                    counts[name] = counts.get(name, 0) + cursor.rowcount
                for column, expr in p.computed.get(name, ()):
                    conn.execute(f"UPDATE {_quote(name)} SET {_quote(column)} = {expr}")
            except sqlite3.Error as e:
                raise LoadError(f"{sample.name}: {e} in {' '.join(sql.split())[:100]!r}") from e
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
