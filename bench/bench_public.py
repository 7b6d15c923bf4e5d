"""Public-sample benchmark: pdmap's subject linking on a real MySQL sample database.

Loads the MySQL "classicmodels" sample dump (a file given on the command line; nothing is
downloaded, nothing is embedded) into SQLite with a small MySQL -> SQLite translation that
keeps primary keys and FOREIGN KEY ... REFERENCES, writes a pdmap.yaml, prints the link plan
(`pdmap subjects plan --format json`), runs the real scan, and scores the index against a
truth derived from the schema's own foreign keys, independently of pdmap's code:

- every customer and every employee is a person (their row is their root, role own);
- orders and payments are their customer's own (customerNumber); orderdetails are the
  order's customer's own (orderNumber -> orders.customerNumber);
- a customer row is a reference for its sales rep (fields: salesRepEmployeeNumber), an
  employee row a reference for the employee it reports to (fields: reportsTo);
- offices, products and productlines belong to no one.

Per person: precision / recall / F2 (beta 2) of (table, key, role class) over the subjects
holding the person's root row as their own; people merged into one subject; people whose
root is in no subject; references naming the wrong fields. Then the real export
(scanner.export.wiring.export_from_index, format dir) of a sample of customers (by account
key, and by phone when the phone is valid in the customer's country) and employees (by
e-mail): other people's e-mails, phones and names found in each package (leaks), rows
exported per truth role, rows missing, refused exports and their reason.

    .venv/bin/python bench/bench_public.py --classicmodels /tmp/public/classicmodels.sql \
        [--region US] [--workdir DIR] [--problems 40] [--customers 20] [--employees 5]
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
import phonenumbers  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from tests.estates.rates import Rates  # noqa: E402

Key = frozenset[tuple[str, str]]
Row = tuple[str, Key]
ROLE_CLASS = {"own": "own", "attached": "attached", "shared": "attached",
              "reference": "reference"}


def fkey(key: dict[str, Any]) -> Key:
    """A row key as compared: column names in lower case, values as strings."""
    out = []
    for k, v in key.items():
        if isinstance(v, dict):
            v = "hmac:" + orjson.dumps(v, option=orjson.OPT_SORT_KEYS).decode()
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        out.append((str(k).lower(), str(v)))
    return frozenset(out)


def show(row: Row) -> str:
    return row[0] + "{" + ", ".join(f"{k}={v}" for k, v in sorted(row[1])) + "}"


# -- MySQL dump -> SQLite -----------------------------------------------------------------------

_STRING_ESC = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}


def split_statements(text: str) -> Iterator[str]:
    """Statements of a MySQL dump: ';' outside quotes; '--', '#' and /* */ comments
    dropped; backslash escapes and doubled quotes inside strings respected."""
    buf: list[str] = []
    i, n = 0, len(text)
    start = 0
    while i < n:
        c = text[i]
        if c in "'\"`":
            j = i + 1
            while j < n:
                d = text[j]
                if d == "\\" and c != "`":
                    j += 2
                    continue
                if d == c:
                    if j + 1 < n and text[j + 1] == c:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if c == "-" and text.startswith("--", i) and (i + 2 >= n or text[i + 2] in " \t\r\n"):
            buf.append(text[start:i])
            i = text.find("\n", i)
            i = n if i < 0 else i
            start = i
            continue
        if c == "#":
            buf.append(text[start:i])
            i = text.find("\n", i)
            i = n if i < 0 else i
            start = i
            continue
        if c == "/" and text.startswith("/*", i):
            buf.append(text[start:i])
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            start = i
            continue
        if c == ";":
            buf.append(text[start:i])
            stmt = "".join(buf).strip()
            if stmt:
                yield stmt
            buf, start = [], i + 1
        i += 1
    buf.append(text[start:])
    stmt = "".join(buf).strip()
    if stmt:
        yield stmt


def _top_level_split(body: str) -> list[str]:
    """Comma-separated items at parenthesis depth 0 (quotes respected)."""
    items, depth, cur, quote = [], 0, [], ""
    for ch in body:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        items.append("".join(cur).strip())
    return items


def _sqlite_type(mysql: str) -> str:
    t = mysql.upper()
    if "INT" in t and t != "POINT":
        return "INTEGER"
    if t in ("DOUBLE", "FLOAT", "REAL", "DECIMAL", "NUMERIC"):
        return "NUMERIC" if t in ("DECIMAL", "NUMERIC") else "REAL"
    if t in ("VARCHAR", "CHAR"):
        return t
    if t in ("DATE", "DATETIME", "TIMESTAMP", "TIME", "YEAR"):
        return t
    if "BLOB" in t or t in ("BINARY", "VARBINARY"):
        return "BLOB"
    return "TEXT"  # TEXT, MEDIUMTEXT, ENUM, SET, POINT, GEOMETRY, JSON...


_COLUMN = re.compile(r"^(\w+)\s+(\w+)\s*(\([^)]*\))?(.*)$", re.S)
_SKIP_ITEM = re.compile(r"^(INDEX|KEY|UNIQUE\s+(INDEX|KEY)|FULLTEXT|SPATIAL)\b", re.I)


def translate_create(stmt: str) -> str:
    s = stmt.replace("`", "")
    m = re.match(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:\w+\.)?(\w+)\s*\(", s, re.I)
    if not m:
        raise ValueError(f"unreadable CREATE TABLE: {s[:80]}")
    name = m.group(1)
    body = s[m.end():s.rindex(")")]
    out: list[str] = []
    for item in _top_level_split(body):
        if _SKIP_ITEM.match(item):
            continue
        item = re.sub(r"REFERENCES\s+(?:\w+\.)?(\w+)", r"REFERENCES \1", item, flags=re.I)
        if re.match(r"^(PRIMARY\s+KEY|CONSTRAINT|FOREIGN\s+KEY|UNIQUE)\b", item, re.I):
            out.append(item)
            continue
        col = _COLUMN.match(item)
        if not col:
            raise ValueError(f"unreadable column in {name}: {item[:80]}")
        cname, ctype, size, rest = col.groups()
        rest = re.sub(r"\bCOMMENT\s+'(?:[^'\\]|\\.|'')*'", "", rest, flags=re.I)
        rest = re.sub(r"\b(UNSIGNED|ZEROFILL|AUTO_INCREMENT)\b", "", rest, flags=re.I)
        rest = re.sub(r"\b(CHARACTER\s+SET|COLLATE)\s+\w+", "", rest, flags=re.I)
        rest = re.sub(r"\bON\s+UPDATE\s+CURRENT_TIMESTAMP(\(\))?", "", rest, flags=re.I)
        t = _sqlite_type(ctype)
        if t in ("VARCHAR", "CHAR") and size:
            t += size
        out.append(f'"{cname}" {t} {" ".join(rest.split())}'.rstrip())
    return f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(out) + "\n)"


_TOKEN = re.compile(r"""\s*(?:
    (?P<str>'(?:[^'\\]|\\.|'')*')
  | (?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?![\w.])
  | (?P<null>NULL)\b
  | (?P<func>\w+)\s*\(
  | (?P<punct>[(),])
)""", re.X | re.S | re.I)


def _unquote(lit: str) -> str:
    body = lit[1:-1].replace("''", "'")
    return re.sub(r"\\(.)", lambda m: _STRING_ESC.get(m.group(1), m.group(1)), body, flags=re.S)


def parse_values(text: str) -> list[list[Any]]:
    """The tuples of `VALUES (...), (...)`: strings, numbers, NULL; a function call
    (ST_GeomFromText('POINT(..)', 4326)) is kept as its first string argument."""
    rows: list[list[Any]] = []
    pos, n = 0, len(text)
    cur: list[Any] | None = None
    func_depth = 0
    func_value: Any = None
    while pos < n:
        m = _TOKEN.match(text, pos)
        if not m:
            if text[pos:].strip() in ("", ";"):
                break
            raise ValueError(f"unreadable value near: {text[pos:pos + 60]!r}")
        pos = m.end()
        kind = m.lastgroup
        tok = m.group(kind)
        if kind == "func":
            func_depth += 1
            continue
        if func_depth:
            if kind == "str" and func_value is None:
                func_value = _unquote(tok)
            elif kind == "punct" and tok == "(":
                func_depth += 1
            elif kind == "punct" and tok == ")":
                func_depth -= 1
                if func_depth == 0:
                    assert cur is not None
                    cur.append(func_value)
                    func_value = None
            continue
        if kind == "punct":
            if tok == "(":
                cur = []
            elif tok == ")":
                assert cur is not None
                rows.append(cur)
                cur = None
            continue
        if cur is None:
            raise ValueError(f"value outside a tuple near: {text[pos - 20:pos + 40]!r}")
        if kind == "str":
            cur.append(_unquote(tok))
        elif kind == "num":
            cur.append(float(tok) if any(ch in tok for ch in ".eE") else int(tok))
        else:
            cur.append(None)
    return rows


_INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+(?:\w+\.)?(\w+)\s*(?:\(([^)]*)\))?\s*"
                     r"VALUES\s*", re.I | re.S)


def load_mysql_dump(dump: Path, db: Path) -> dict[str, int]:
    """Load the dump into a fresh SQLite file; the rows inserted per table."""
    text = dump.read_text(encoding="utf-8", errors="replace")
    if db.exists():
        db.unlink()
    conn = sqlite3.connect(db)
    counts: Counter[str] = Counter()
    try:
        for stmt in split_statements(text):
            head = stmt[:40].upper()
            if head.startswith("CREATE TABLE"):
                conn.execute(translate_create(stmt))
            elif head.startswith(("INSERT INTO", "INSERT IGNORE")):
                s = stmt.replace("`", "")
                m = _INSERT.match(s)
                if not m:
                    raise ValueError(f"unreadable INSERT: {s[:80]}")
                table, cols = m.group(1), m.group(2)
                rows = parse_values(s[m.end():])
                if not rows:
                    continue
                names = [c.strip() for c in cols.split(",")] if cols else None
                width = len(rows[0])
                target = f'"{table}"' + (f" ({', '.join(repr_id(c) for c in names)})"
                                         if names else "")
                conn.executemany(f"INSERT INTO {target} VALUES ({', '.join('?' * width)})",
                                 rows)
                counts[table] += len(rows)
            # DROP/CREATE DATABASE, USE, SET, LOCK... : nothing to do in SQLite
        conn.commit()
        bad = conn.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            print(f"warning: {len(bad)} rows break a declared foreign key", file=sys.stderr)
    finally:
        conn.close()
    return dict(counts)


def repr_id(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the truth, from the data and its foreign keys ----------------------------------------------


@dataclass
class Person:
    pid: str
    root: Row
    name: tuple[str, str]
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # as written
    country: str | None = None


@dataclass
class Truth:
    people: dict[str, Person]
    rows: dict[Row, set[tuple[str, str]]]  # row -> {(pid, role)}
    ref_fields: dict[tuple[Row, str], frozenset[str]]
    keys: dict[str, tuple[str, ...]]  # table (lower) -> key columns (lower)
    links: dict[str, frozenset[str]]  # table -> FK columns (lower)
    fks: list[tuple[str, str, str, str]]  # (table, column, target table, target column)
    table_rows: dict[str, int]

    def expected(self, pid: str) -> dict[Row, str]:
        return {row: role for row, held in self.rows.items() for p, role in held if p == pid}


COUNTRY_REGION = {
    "australia": "AU", "austria": "AT", "belgium": "BE", "canada": "CA", "denmark": "DK",
    "finland": "FI", "france": "FR", "germany": "DE", "hong kong": "HK", "ireland": "IE",
    "israel": "IL", "italy": "IT", "japan": "JP", "netherlands": "NL", "new zealand": "NZ",
    "norway": "NO", "philippines": "PH", "poland": "PL", "portugal": "PT", "russia": "RU",
    "singapore": "SG", "south africa": "ZA", "spain": "ES", "sweden": "SE",
    "switzerland": "CH", "uk": "GB", "usa": "US",
}


def e164(phone: str, country: str | None) -> str | None:
    region = COUNTRY_REGION.get((country or "").strip().lower())
    try:
        n = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def classicmodels_truth(db: Path) -> Truth:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        real = {t.lower(): t for t in tables}
        keys: dict[str, tuple[str, ...]] = {}
        links: dict[str, frozenset[str]] = {}
        fks: list[tuple[str, str, str, str]] = []
        counts: dict[str, int] = {}
        for t in tables:
            info = conn.execute(f"PRAGMA table_info({repr_id(t)})").fetchall()
            keys[t.lower()] = tuple(r["name"].lower() for r in sorted(
                (r for r in info if r["pk"]), key=lambda r: r["pk"]))
            fk = conn.execute(f"PRAGMA foreign_key_list({repr_id(t)})").fetchall()
            links[t.lower()] = frozenset(r["from"].lower() for r in fk)
            fks += [(t, r["from"], r["table"], r["to"]) for r in fk]
            counts[t] = conn.execute(f"SELECT count(*) FROM {repr_id(t)}").fetchone()[0]
        need = {("customers", "salesrepemployeenumber", "employees"),
                ("employees", "reportsto", "employees"), ("orders", "customernumber", "customers"),
                ("orderdetails", "ordernumber", "orders"),
                ("payments", "customernumber", "customers")}
        have = {(a.lower(), b.lower(), c.lower()) for a, b, c, _ in fks}
        if need - have:
            raise SystemExit(f"the dump does not declare the foreign keys {sorted(need - have)}")

        people: dict[str, Person] = {}
        rows: dict[Row, set[tuple[str, str]]] = defaultdict(set)
        ref_fields: dict[tuple[Row, str], frozenset[str]] = {}

        def row(table: str, **key: Any) -> Row:
            return (table, fkey(key))

        for r in conn.execute(f"SELECT * FROM {real['employees']}"):
            pid = f"emp{r['employeeNumber']}"
            root = row("employees", employeeNumber=r["employeeNumber"])
            people[pid] = Person(pid, root, (r["firstName"].strip(), r["lastName"].strip()),
                                 [r["email"]] if r["email"] else [])
            rows[root].add((pid, "own"))
        for r in conn.execute(f"SELECT * FROM {real['employees']}"):
            if r["reportsTo"] is not None:
                rw = row("employees", employeeNumber=r["employeeNumber"])
                boss = f"emp{r['reportsTo']}"
                rows[rw].add((boss, "reference"))
                ref_fields[(rw, boss)] = frozenset({"reportsto"})
        for r in conn.execute(f"SELECT * FROM {real['customers']}"):
            pid = f"cust{r['customerNumber']}"
            root = row("customers", customerNumber=r["customerNumber"])
            people[pid] = Person(pid, root, (r["contactFirstName"].strip(),
                                             r["contactLastName"].strip()),
                                 phones=[r["phone"]] if r["phone"] else [],
                                 country=r["country"])
            rows[root].add((pid, "own"))
            if r["salesRepEmployeeNumber"] is not None:
                rep = f"emp{r['salesRepEmployeeNumber']}"
                rows[root].add((rep, "reference"))
                ref_fields[(root, rep)] = frozenset({"salesrepemployeenumber"})
        owner_of_order: dict[int, str] = {}
        for r in conn.execute(f"SELECT orderNumber, customerNumber FROM {real['orders']}"):
            owner_of_order[r[0]] = f"cust{r[1]}"
            rows[row("orders", orderNumber=r[0])].add((f"cust{r[1]}", "own"))
        for r in conn.execute(f"SELECT productCode, orderNumber FROM {real['orderdetails']}"):
            rows[row("orderdetails", productCode=r[0], orderNumber=r[1])].add(
                (owner_of_order[r[1]], "own"))
        for r in conn.execute(f"SELECT checkNumber, customerNumber FROM {real['payments']}"):
            rows[row("payments", checkNumber=r[0])].add((f"cust{r[1]}", "own"))
        return Truth(people, dict(rows), ref_fields, keys, links, fks, counts)
    finally:
        conn.close()


# -- scoring -------------------------------------------------------------------------------------


@dataclass
class Score(Rates):
    people: int = 0
    expected: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    rootless: int = 0
    merged: int = 0
    ref_fields: int = 0
    subjects: int = 0
    subjects_without_root: int = 0
    fp_by: Counter[str] = field(default_factory=Counter)  # "table as role (truth ...)"
    fn_by: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def _table(container: str) -> str:
    return container.rsplit(".", 1)[-1].lower()


def evaluate(truth: Truth, config: Any) -> tuple[Score, dict[str, set[int]]]:
    from scanner.index import inventory, queries
    from scanner.index.store import Index

    score = Score(people=len(truth.people))
    index = Index(str(config.index))
    try:
        with index.connect() as conn:
            subject_ids = [int(s) for s, in conn.execute(sa.select(inventory.subjects.c.id))]
        occs: dict[int, list[tuple[Row, str, frozenset[str]]]] = {}
        for s in subject_ids:
            occs[s] = [((_table(o["container"]), fkey(o["item"])), o.get("role") or "own",
                        frozenset(str(c).lower() for c in o.get("fields") or ()))
                       for o in queries.subject_occurrences(index, s)]
    finally:
        index.close()
    score.subjects = len(occs)
    owners: dict[Row, set[int]] = defaultdict(set)
    for s, found in occs.items():
        for r, role, _ in found:
            if role == "own":
                owners[r].add(s)
    root_subjects = {pid: owners.get(p.root, set()) for pid, p in truth.people.items()}
    roots_in: dict[int, set[str]] = defaultdict(set)
    for pid, subs in root_subjects.items():
        for s in subs:
            roots_in[s].add(pid)
    for s, found in occs.items():
        if s not in roots_in:
            score.subjects_without_root += 1
            tabs = Counter(f"{r[0]}:{role}" for r, role, _ in found)
            score.problems.append(f"subject {s} holds no person's root: {dict(tabs)}; e.g. "
                                  + ", ".join(show(r) for r, _, _ in found[:3]))
    for pid, person in sorted(truth.people.items()):
        subs = root_subjects[pid]
        expected = truth.expected(pid)
        score.expected += len(expected)
        if not subs:
            score.rootless += 1
            score.problems.append(f"{pid}: root {show(person.root)} is in no subject as own")
        others = sorted({q for s in subs for q in roots_in[s]} - {pid})
        if others:
            score.merged += 1
            score.problems.append(f"{pid}: merged with {', '.join(others[:8])}"
                                  + (" ..." if len(others) > 8 else ""))
        actual: dict[tuple[Row, str], tuple[str, frozenset[str]]] = {}
        for s in subs:
            for r, role, cols in occs[s]:
                actual[(r, ROLE_CLASS.get(role, role))] = (role, cols)
        want = {(r, ROLE_CLASS[role]) for r, role in expected.items()}
        score.tp += len(want & actual.keys())
        extra, missing = actual.keys() - want, want - actual.keys()
        score.fp += len(extra)
        score.fn += len(missing)
        for (r, cls) in sorted(missing, key=repr):
            score.fn_by[f"{r[0]} as {cls}"] += 1
        for (r, cls) in sorted(extra, key=repr):
            held = truth.rows.get(r)
            whose = ",".join(sorted(f"{'other' if p != pid else 'self'}:{ro}"
                                    for p, ro in held)) if held else "no one's"
            score.fp_by[f"{r[0]} as {actual[(r, cls)][0]} (truth {whose})"] += 1
        for (r, cls) in sorted(missing, key=repr)[:4]:
            score.problems.append(f"{pid}: missing {show(r)} as {cls}")
        for (r, cls) in sorted(extra, key=repr)[:4]:
            held = truth.rows.get(r)
            whose = ", ".join(sorted(f"{p}:{ro}" for p, ro in held)) if held else "no one's"
            score.problems.append(f"{pid}: holds {show(r)} as {actual[(r, cls)][0]} "
                                  f"(truth: {whose})")
        for (r, cls) in want & actual.keys():
            role, cols = actual[(r, cls)]
            if cls == "reference":
                need = truth.ref_fields[(r, pid)]
                allowed = need | truth.links.get(r[0], frozenset())
                if not need <= cols <= allowed:
                    score.ref_fields += 1
                    score.problems.append(f"{pid}: reference {show(r)} names fields "
                                          f"{sorted(cols)}, truth {sorted(need)}")
    return score, root_subjects


def identifier_lookups(truth: Truth, config: Any,
                       root_subjects: dict[str, set[int]]) -> dict[str, Counter[str]]:
    """Each person's e-mails and phones (as written, and E.164 for their country) looked
    up in the index (`subjects find`): their own subject, another's, both, or nothing."""
    from scanner.identifiers.key import load_key
    from scanner.index.queries import resolve_identifier
    from scanner.index.store import Index

    key = load_key(config.resolve(config.key_file))
    out: dict[str, Counter[str]] = defaultdict(Counter)
    index = Index(str(config.index))
    try:
        for pid, p in sorted(truth.people.items()):
            tries = [("email", e, "email as written") for e in p.emails]
            tries += [("phone", ph, "phone as written") for ph in p.phones]
            tries += [("phone", n, "phone E.164 (country)") for ph in p.phones
                      if (n := e164(ph, p.country))]
            for kind, value, label in tries:
                found = set(resolve_identifier(index, key, value, kind, config.default_region)[0])
                mine = root_subjects.get(pid, set())
                if not found:
                    verdict = "not found"
                elif found <= mine:
                    verdict = "own subject"
                elif found & mine:
                    verdict = "own + other subjects"
                else:
                    verdict = "other subject only"
                out[label][verdict] += 1
    finally:
        index.close()
    return out


# -- export checks -------------------------------------------------------------------------------


def _phone_pattern(written: str) -> re.Pattern[str] | None:
    """The phone's digits as written, separators allowed between them."""
    digits = re.sub(r"\D", "", written)
    if len(digits) < 7:
        return None
    return re.compile(r"(?<!\d)" + r"[\s.\-()/]?".join(digits) + r"(?!\d)")


@dataclass
class ExportScore:
    attempted: int = 0
    refused: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    leaks: int = 0
    leak_kinds: Counter[str] = field(default_factory=Counter)
    leaky_packages: int = 0
    exported: Counter[str] = field(default_factory=Counter)  # by truth role; "foreign"
    missing: int = 0
    overexposed: int = 0
    problems: list[str] = field(default_factory=list)


def export_checks(truth: Truth, config: Any, workdir: Path, n_customers: int,
                  n_employees: int) -> dict[str, ExportScore]:
    from scanner.export.package import ExportError
    from scanner.export.wiring import export_from_index

    emails = {pid: [(e.lower(), re.compile(r"(?<![\w.+-])" + re.escape(e) + r"(?![\w-])", re.I))
                    for e in p.emails] for pid, p in truth.people.items()}
    phones = {pid: [(re.sub(r"\D", "", ph), pat) for ph in p.phones
                    if (pat := _phone_pattern(ph))] for pid, p in truth.people.items()}
    names = {pid: re.compile(r"\b" + re.escape(p.name[0]) + r"\s+" + re.escape(p.name[1])
                             + r"\b", re.I) for pid, p in truth.people.items()}
    customers = sorted((p for p in truth.people if p.startswith("cust")),
                       key=lambda p: int(p[4:]))
    step = max(1, len(customers) // max(1, n_customers))
    sample_c = customers[::step][:n_customers]
    def refs(pid: str, table: str) -> int:
        return sum(1 for (r, q) in truth.ref_fields if q == pid and r[0] == table)

    employees = sorted(p for p in truth.people if p.startswith("emp"))
    reps = sorted(employees, key=lambda p: (-refs(p, "customers"), p))
    bosses = sorted(employees, key=lambda p: (-refs(p, "employees"), p))
    sample_e: list[str] = []  # the busiest sales reps and managers, alternately
    for pid in (q for pair in zip(reps, bosses, strict=True) for q in pair):
        if pid not in sample_e and len(sample_e) < n_employees:
            sample_e.append(pid)
    holders: dict[str, list[str]] = defaultdict(list)
    for pid, p in truth.people.items():
        for e in p.emails:
            holders["email:" + e.lower()].append(pid)
        for ph in p.phones:
            holders["phone:" + (e164(ph, p.country) or ph)].append(pid)
    shared = sorted((ident, pids) for ident, pids in holders.items() if len(pids) > 1)
    plans: dict[str, list[tuple[str, str]]] = {"customers by account key": [],
                                               "customers by phone (E.164)": [],
                                               "employees by e-mail": []}
    for pid in sample_c:
        plans["customers by account key"].append((pid, f"account:{pid[4:]}"))
        p = truth.people[pid]
        number = e164(p.phones[0], p.country) if p.phones else None
        if number:
            plans["customers by phone (E.164)"].append((pid, f"phone:{number}"))
    for pid in sample_e:
        if truth.people[pid].emails:
            plans["employees by e-mail"].append((pid, f"email:{truth.people[pid].emails[0]}"))
    out: dict[str, ExportScore] = {}
    if shared:
        label = "shared ids (expect refusal)"
        es = out[label] = ExportScore()
        for ident, pids in shared:
            es.attempted += 1
            try:
                export_from_index(config, [ident], workdir / "exports" / "shared" / pids[0],
                                  fmt="dir", overwrite=True)
                es.problems.append(f"{ident} held by {', '.join(pids)}: exported (should "
                                   "be refused)")
            except ExportError as e:
                es.refused += 1
                es.reasons[" ".join(str(e).split())] += 1
                es.problems.append(f"{ident} held by {', '.join(pids)}: refused: "
                                   + " ".join(str(e).split()))
    for label, plan in plans.items():
        es = out[label] = ExportScore()
        for pid, ident in plan:
            es.attempted += 1
            target = workdir / "exports" / re.sub(r"\W", "_", label) / pid
            try:
                export_from_index(config, [ident], target, fmt="dir", overwrite=True)
            except ExportError as e:
                es.refused += 1
                reason = " ".join(str(e).split())
                es.reasons[reason] += 1
                es.problems.append(f"{pid} ({ident}): refused: {reason}")
                continue
            person = truth.people[pid]
            texts = [f.read_text(errors="replace") for f in sorted(target.rglob("*"))
                     if f.is_file() and f.suffix in (".json", ".txt", ".csv", ".eml", "")]
            leaked: set[str] = set()
            my_digits = {re.sub(r"\D", "", ph) for ph in person.phones}
            my_emails = {e.lower() for e in person.emails}
            for q in truth.people:
                if q == pid:
                    continue
                for low, pat in emails[q]:
                    if low not in my_emails and any(pat.search(t) for t in texts):
                        es.leaks += 1
                        es.leak_kinds["email"] += 1
                        leaked.add(f"{q}:email")
                for digits, pat in phones[q]:
                    if digits not in my_digits and any(pat.search(t) for t in texts):
                        es.leaks += 1
                        es.leak_kinds["phone"] += 1
                        leaked.add(f"{q}:phone")
                other = truth.people[q]
                if other.name != person.name and any(names[q].search(t) for t in texts):
                    es.leaks += 1
                    es.leak_kinds["name"] += 1
                    leaked.add(f"{q}:name")
            expected = truth.expected(pid)
            seen: set[Row] = set()
            for path in sorted(target.glob("data/*/*.json")):  # data/<source>/<table>.json
                doc = orjson.loads(path.read_bytes())
                if doc.get("source_type") != "sql":
                    continue
                table = _table(str(doc.get("container", "")))
                for record in doc.get("records", []):
                    r = (table, fkey(record.get("locator") or {}))
                    seen.add(r)
                    role = expected.get(r, "foreign")
                    es.exported[role] += 1
                    if role == "foreign":
                        es.problems.append(f"{pid}: package holds {show(r)} as "
                                           f"{record.get('role')} (truth: no role of theirs)")
                    values = record.get("values") or {}
                    if role == "reference":
                        allowed = (truth.ref_fields[(r, pid)] | set(truth.keys.get(table, ()))
                                   | truth.links.get(table, frozenset()))
                        extra = {str(c).lower() for c in values} - allowed
                        if extra:
                            es.overexposed += 1
                            es.problems.append(f"{pid}: reference {show(r)} exported with "
                                               f"{sorted(extra)}")
            missing = set(expected) - seen
            es.missing += len(missing)
            if leaked:
                es.leaky_packages += 1
                es.problems.append(f"{pid} ({ident}): package holds "
                                   + ", ".join(sorted(leaked)[:10])
                                   + (" ..." if len(leaked) > 10 else ""))
            if missing:
                es.problems.append(f"{pid}: package lacks {len(missing)} of its "
                                   f"{len(expected)} rows, e.g. "
                                   + ", ".join(show(r) for r in sorted(missing, key=repr)[:3]))
    return out


# -- main ----------------------------------------------------------------------------------------


def write_config(work: Path, db: Path, region: str) -> Path:
    path = work / "pdmap.yaml"
    path.write_text(
        "# written by bench/bench_public.py\n"
        f"index: sqlite:///{work}/index.db\n"
        "key_file: pdmap.key\n"
        f"default_region: {region}\n"
        "controller: {name: Classic Models Cars (bench)}\n"
        "sources:\n"
        "  - name: classicmodels\n"
        f"    url: sqlite:///{db}\n", encoding="utf-8")
    return path


def print_plan(plan: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print(orjson.dumps(plan, option=orjson.OPT_INDENT_2).decode())
    for src in plan:
        for c in src.get("containers", []):
            rest = {k: v for k, v in c.items() if k not in ("container", "role")}
            print(f"  {c.get('container', '?'):<24} {c.get('role', '?'):<12} "
                  + orjson.dumps(rest).decode()[:220])
        for k in ("error", "problems", "note"):
            if src.get(k):
                print(f"  {k}: {src[k]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--classicmodels", type=Path, required=True,
                    help="the MySQL classicmodels dump (.sql)")
    ap.add_argument("--region", default="US", help="pdmap default_region (default US)")
    ap.add_argument("--workdir", type=Path, help="keep the database, index and exports here")
    ap.add_argument("--customers", type=int, default=20, help="customers to export")
    ap.add_argument("--employees", type=int, default=5, help="employees to export")
    ap.add_argument("--problems", type=int, default=60, help="problems printed per section")
    ap.add_argument("--plan-json", action="store_true",
                    help="print the full `subjects plan --format json` output")
    args = ap.parse_args()

    from scanner.core.config import load_config
    from scanner.index.store import Index
    from scanner.scan.engine import plan_subjects, run_scan

    tmp = None
    if args.workdir:
        work = args.workdir.resolve()
        work.mkdir(parents=True, exist_ok=True)
        for stale in ("index.db", "pdmap.key"):
            (work / stale).unlink(missing_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    try:
        t0 = time.perf_counter()
        db = work / "classicmodels.db"
        loaded = load_mysql_dump(args.classicmodels, db)
        truth = classicmodels_truth(db)
        print(f"== classicmodels from {args.classicmodels} -> {db}")
        print("   rows loaded: " + ", ".join(f"{t} {n}" for t, n in loaded.items()))
        print("   declared FKs: " + "; ".join(f"{a}.{b} -> {c}.{d}" for a, b, c, d in truth.fks))
        config = load_config(write_config(work, db, args.region))

        print("\n== pdmap subjects plan (per table)")
        print_plan(plan_subjects(config), args.plan_json)

        t1 = time.perf_counter()
        result = run_scan(config)
        scan_s = time.perf_counter() - t1
        failures = list(result.report.failures)
        print(f"\n== scan: status {result.status}, {len(failures)} failure(s), {scan_s:.1f}s")
        for f in failures:
            print(f"   FAILURE {f}")

        index = Index(str(config.index))
        try:
            last = index.last_scan()
            assert last is not None
            verdicts = index.scan_fields(int(last["id"]))
        finally:
            index.close()
        print("\n== classifier verdicts (container.field: category [confidence])")
        for v in verdicts:
            cat = v["category"] if v["personal"] else "-"
            print(f"   {v['container'] + '.' + v['field']:<40} {cat:<28} "
                  f"{(v['confidence'] or 0):.2f}")

        score, root_subjects = evaluate(truth, config)
        lookups = identifier_lookups(truth, config, root_subjects)
        exports = export_checks(truth, config, work, args.customers, args.employees)
        elapsed = time.perf_counter() - t0

        print("\n== subject linking vs FK truth")
        print(f"   {'people':>6} {'expected':>8} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} "
              f"{'recall':>6} {'F2':>6} {'merged':>6} {'rootless':>8} {'ref-fields':>10} "
              f"{'subjects':>8} {'no-root':>7}")
        print(f"   {score.people:>6} {score.expected:>8} {score.tp:>5} {score.fp:>5} "
              f"{score.fn:>5} {score.precision:>6.3f} {score.recall:>6.3f} {score.f2:>6.3f} "
              f"{score.merged:>6} {score.rootless:>8} {score.ref_fields:>10} "
              f"{score.subjects:>8} {score.subjects_without_root:>7}")
        if score.fp_by:
            print("   false positives by kind: "
                  + "; ".join(f"{k}: {n}" for k, n in score.fp_by.most_common()))
        if score.fn_by:
            print("   false negatives by kind: "
                  + "; ".join(f"{k}: {n}" for k, n in score.fn_by.most_common()))

        print("\n== identifier lookups (resolve_identifier, as `subjects find` does)")
        for label, c in lookups.items():
            print(f"   {label:<24} " + ", ".join(f"{k} {n}" for k, n in sorted(c.items())))

        print("\n== export checks")
        print(f"   {'sample':<28} {'tried':>5} {'refused':>7} {'leaks':>5} {'leaky':>5} "
              f"{'missing':>7} {'overx':>5}  exported own/attached/shared/reference/foreign")
        for label, es in exports.items():
            ex = "/".join(str(es.exported.get(r, 0))
                          for r in ("own", "attached", "shared", "reference", "foreign"))
            print(f"   {label:<28} {es.attempted:>5} {es.refused:>7} {es.leaks:>5} "
                  f"{es.leaky_packages:>5} {es.missing:>7} {es.overexposed:>5}  {ex}"
                  + (f"   leaks by kind {dict(es.leak_kinds)}" if es.leak_kinds else ""))
            for reason, n in es.reasons.most_common():
                print(f"      refused x{n}: {reason}")
        print(f"   ({elapsed:.0f}s in all)")

        if args.problems:
            print("\n== linking problems (first per person)")
            for p in score.problems[:args.problems]:
                print("   " + p)
            if len(score.problems) > args.problems:
                print(f"   ... {len(score.problems) - args.problems} more")
            for label, es in exports.items():
                if es.problems:
                    print(f"\n== export problems: {label}")
                    for p in es.problems[:args.problems]:
                        print("   " + p)
                    if len(es.problems) > args.problems:
                        print(f"   ... {len(es.problems) - args.problems} more")
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
