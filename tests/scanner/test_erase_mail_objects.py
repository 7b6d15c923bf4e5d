"""Erasure of messages and objects (issue 19): plan from a real scan's index, apply through
the write configuration, scan again.

Real sources only: an mbox, a Maildir, a folder of .eml files, Dovecot over IMAP, a local
folder and SeaweedFS (tests/conftest.py). Every person here is invented. Alice asks to be
erased; Bob is another correspondent whose messages and records must stay as they were.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections.abc import Iterator, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from click.testing import CliRunner

from connectors.object_erase import EraseError, without_lines, without_rows
from exporters.occurrences import merged_occurrences
from scanner.cli.main import main
from scanner.core.config import Config, SourceConfig
from scanner.erase.mail import apply_mail, plan_mail
from scanner.erase.objects import apply_objects, plan_objects
from scanner.erase.plan import ApplyRefused, Item, Outcome, PlanContext
from scanner.export.reader import IndexReader
from scanner.export.wiring import SourceFetch
from scanner.identifiers.key import load_key
from tests.conftest import set_env
from tests.connectors.mail_fixtures import write_eml_dir, write_maildir, write_mbox
from tests.scanner.scanned import find, scan

ALICE = "alice.martin@example.com"
BOB = "bob.durand@example.org"
SUPPORT = "Support <support@shop.example>"
RAW = (b"alice.martin", b"Alice Martin", b"Martin", b"m1@alice", b"a1@alice")


def message(sender: str, to: str, body: str, mid: str, cc: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, "Question"
    if cc:
        m["Cc"] = cc
    m["Date"] = "Tue, 04 Jun 2024 10:15:00 +0200"
    m["Message-ID"] = mid
    m.set_content(body)
    return bytes(m)


def mailbox() -> list[bytes]:
    """Alice's own two messages (to delete), one shared with Bob (to review), Bob's own."""
    return [
        message(f"Alice Martin <{ALICE}>", SUPPORT, "Please close my account.\n",
                "<a1@alice.example.com>"),
        message(SUPPORT, f"Alice Martin <{ALICE}>", "Done.\n", "<s1@shop.example>"),
        message(SUPPORT, f"Alice Martin <{ALICE}>", "Your joint order.\n", "<s2@shop.example>",
                cc=f"Bob Durand <{BOB}>"),
        message(f"Bob Durand <{BOB}>", SUPPORT, "Call me back.\n", "<b1@bob.example.org>"),
    ]


def config(tmp: Path, *sources: SourceConfig) -> Config:
    return Config(index=f"sqlite:///{tmp}/index.db", key_file=str(tmp / "key"), base_dir=tmp,
                  sources=sources)


def writable(name: str, url: str, **kw: Any) -> SourceConfig:
    return SourceConfig(name=name, url=url, write_url=url, **kw)


def plan(cfg: Config, value: str, source_type: str) -> list[Item]:
    """The items plan_mail / plan_objects make for the person, per configured source."""
    key = load_key(cfg.resolve(cfg.key_file))
    reader = IndexReader(cfg.index, key)
    fetch = SourceFetch(cfg.sources, key, reader.container_schema, hints=[value])
    try:
        subject = reader.resolve(value, None)
        assert subject is not None
        rows = [r for r in merged_occurrences(reader, [subject])
                if r.source_type == source_type]
        ctx = PlanContext((subject,), cfg, reader, fetch, dt.datetime.now(dt.UTC))
        planner = plan_mail if source_type == "mail" else plan_objects
        items: list[Item] = []
        for source in cfg.sources:
            mine = [r for r in rows if r.source == source.name]
            if mine:
                items += planner(ctx, source, mine)
        return items
    finally:
        fetch.close()
        reader.engine.dispose()


def apply(cfg: Config, items: Sequence[Item], *, with_key: bool = True) -> list[Outcome]:
    """As scanner.erase.apply calls them: the source, its items and the installation key
    (or without it: names are then reached by the real forms the plan holds)."""
    key = load_key(cfg.resolve(cfg.key_file)) if with_key else None
    applier = apply_mail if items and items[0].kind == "message" else apply_objects
    out: list[Outcome] = []
    for source in cfg.sources:
        mine = [i for i in items if i.source == source.name]
        if mine:
            out += applier(source, mine, key=key)
    return out


def no_raw_value(*texts: str | bytes) -> None:
    for text in texts:
        data = text if isinstance(text, bytes) else text.encode()
        for raw in RAW:
            assert raw.lower() not in data.lower(), (raw, data[:200])


def occurrences(cfg: Config, value: str) -> list[dict[str, Any]]:
    return list(find(cfg, value)["occurrences"])


# -- mail on disk ------------------------------------------------------------------------------


def test_mbox_maildir_and_eml_lose_the_persons_messages_and_keep_everyone_elses(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    msgs = mailbox()
    write_mbox(tmp_path / "mail" / "support.mbox", msgs)
    write_maildir(tmp_path / "Maildir", {"INBOX": msgs})
    write_eml_dir(tmp_path / "eml", {f"2024/m{i}.eml": m for i, m in enumerate(msgs)})
    cfg = config(tmp_path, writable("mbox", f"mbox://{tmp_path}/mail/support.mbox"),
                 writable("maildir", f"maildir://{tmp_path}/Maildir"),
                 writable("eml", f"eml://{tmp_path}/eml"))
    assert scan(cfg).status == "ok"
    bob_before = occurrences(cfg, BOB)

    caplog.set_level(logging.DEBUG, logger="scanner")
    caplog.set_level(logging.DEBUG, logger="connectors")
    items = plan(cfg, ALICE, "mail")
    per_source = {s: sorted(i.action for i in items if i.source == s)
                  for s in ("mbox", "maildir", "eml")}
    assert per_source == dict.fromkeys(per_source, ["delete", "delete", "review"]), items
    review = [i for i in items if i.action == "review"]
    assert all("other person" in i.reason for i in review)
    assert {i.reason for i in items if i.action == "delete"} == {
        "sent by the person, to nobody else but the company",
        "addressed to the person alone (besides the company's addresses)"}
    mbox_items = [i for i in items if i.source == "mbox"]
    assert all(isinstance(i.locator["offset"], int) and i.seen for i in mbox_items)

    outcomes = apply(cfg, items)
    assert sorted(o.status for o in outcomes) == ["erased"] * 6 + ["held"] * 3, outcomes

    # what is left on disk: the shared message and Bob's, byte for byte
    mbox = (tmp_path / "mail" / "support.mbox").read_bytes()
    assert b"<a1@alice" not in mbox and b"<s1@shop" not in mbox
    assert msgs[2].split(b"\n\n")[1] in mbox and msgs[3].split(b"\n\n")[1] in mbox
    left = sorted(p.name for p in (tmp_path / "eml" / "2024").iterdir())
    assert left == ["m2.eml", "m3.eml"]
    maildir = [p.read_bytes() for p in (tmp_path / "Maildir").glob("*/*") if p.is_file()]
    assert sorted(maildir) == sorted(msgs[2:])

    # a new scan finds Alice only in the messages held for review, Bob everywhere as before
    assert scan(cfg).status == "ok"
    alice = occurrences(cfg, ALICE)
    assert sorted(o["source"] for o in alice) == ["eml", "maildir", "mbox"]
    assert len(occurrences(cfg, BOB)) == len(bob_before)
    no_raw_value(*(o.message for o in outcomes), orjson.dumps([i.as_json() for i in items]),
                 caplog.text)
    assert all(o.message and "\n" not in o.message for o in outcomes)


def test_an_mbox_changed_after_planning_is_skipped_and_said(tmp_path: Path) -> None:
    msgs = mailbox()
    path = write_mbox(tmp_path / "support.mbox", msgs)
    cfg = config(tmp_path, writable("mbox", f"mbox://{path}"))
    scan(cfg)
    items = plan(cfg, ALICE, "mail")
    with path.open("ab") as f:  # a message delivered between the plan and the apply
        f.write(b"\nFrom someone Tue Jun  4 10:15:00 2024\n" + msgs[3])
    before = path.read_bytes()
    outcomes = apply(cfg, items)
    failed = [o for o in outcomes if o.status == "failed"]
    assert len(failed) == 2 and all("changed since the plan" in o.message for o in failed)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".pdmap-erase-*"))  # no temporary file left behind


def test_a_deleted_eml_changed_after_planning_is_kept(tmp_path: Path) -> None:
    msgs = mailbox()
    write_eml_dir(tmp_path / "eml", {"a.eml": msgs[0], "b.eml": msgs[1]})
    cfg = config(tmp_path, writable("eml", f"eml://{tmp_path}/eml"))
    scan(cfg)
    items = plan(cfg, ALICE, "mail")
    (tmp_path / "eml" / "a.eml").write_bytes(msgs[0] + b"\nP.S. one more thing\n")
    outcomes = {o.item.locator["path"]: o for o in apply(cfg, items)}
    assert outcomes["a.eml"].status == "failed"
    assert "changed since the plan" in outcomes["a.eml"].message
    assert outcomes["b.eml"].status == "erased"
    assert (tmp_path / "eml" / "a.eml").exists() and not (tmp_path / "eml" / "b.eml").exists()


@pytest.mark.parametrize("with_key", [True, False])
def test_names_that_hold_the_persons_address_are_erased_and_said_masked(
        tmp_path: Path, with_key: bool) -> None:
    """An mbox and an .eml file named after the person: the index and the outcomes show
    them masked; the plan (0600, for review) also holds the real names apply uses."""
    msgs = mailbox()
    mbox = write_mbox(tmp_path / "boxes" / f"{ALICE}.mbox", msgs)
    write_eml_dir(tmp_path / "eml", {f"{ALICE}.eml": msgs[0], "other.eml": msgs[3]})
    cfg = config(tmp_path, writable("boxes", f"mbox://{tmp_path}/boxes"),
                 writable("eml", f"eml://{tmp_path}/eml"))
    assert scan(cfg).status == "ok"
    items = plan(cfg, ALICE, "mail")
    deleted = [i for i in items if i.action == "delete"]
    assert len(deleted) == 3, items
    no_raw_value(*(i.container for i in items), *(str(i.locator.get("path")) for i in items))
    assert {i.locator.get("real_container") for i in items if i.source == "boxes"} == \
        {f"{ALICE}.mbox"}
    outcomes = apply(cfg, items, with_key=with_key)
    assert sorted(o.status for o in outcomes) == ["erased"] * 3 + ["held"], outcomes
    assert sorted(p.name for p in (tmp_path / "eml").iterdir()) == ["other.eml"]
    assert b"<a1@alice" not in mbox.read_bytes() and b"<b1@bob" in mbox.read_bytes()
    no_raw_value(*(o.message for o in outcomes))


def test_without_write_credentials_a_source_is_refused(tmp_path: Path) -> None:
    path = write_mbox(tmp_path / "support.mbox", mailbox())
    cfg = config(tmp_path, SourceConfig("mbox", f"mbox://{path}"))
    scan(cfg)
    items = plan(cfg, ALICE, "mail")
    before = path.read_bytes()
    with pytest.raises(ApplyRefused, match="no write credentials"):
        apply_mail(cfg.sources[0], items)
    assert path.read_bytes() == before


# -- IMAP (Dovecot) ----------------------------------------------------------------------------

_users = itertools.count(1)


@pytest.fixture
def imap_user(dovecot: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    user = f"eraseuser{next(_users)}"
    password = dovecot.add_user(user)
    monkeypatch.setenv("PDMAP_PASSWORD_MAILBOX", password)
    monkeypatch.setenv("PDMAP_WRITE_MAILBOX", password)
    return user


def imap_config(tmp: Path, dovecot: Any, user: str) -> Config:
    url = f"imaps://{user}@{dovecot.host}:{dovecot.tls_port}/Support"
    return config(tmp, SourceConfig(name="mailbox", url=url, write_password_env=
                                    "PDMAP_WRITE_MAILBOX",
                                    options={"ca_file": str(dovecot.ca_file)}))


def imap_uids(dovecot: Any, user: str) -> list[int]:
    client = dovecot.connect(user)
    try:
        client.select('"Support"', readonly=True)
        _typ, data = client.uid("SEARCH", "ALL")
        return sorted(int(u) for u in b" ".join(d for d in data if d).split())
    finally:
        client.logout()


def test_imap_messages_are_expunged_by_uid_and_a_new_uidvalidity_is_refused(
        tmp_path: Path, dovecot: Any, imap_user: str) -> None:
    for raw in mailbox():
        dovecot.append(imap_user, raw, "Support")
    cfg = imap_config(tmp_path, dovecot, imap_user)
    assert scan(cfg).status == "ok"
    items = plan(cfg, ALICE, "mail")
    assert sorted((i.action, i.locator["uid"]) for i in items) == [
        ("delete", 1), ("delete", 2), ("review", 3)]
    assert all(set(i.locator) >= {"uid", "uidvalidity"} for i in items)

    outcomes = apply(cfg, items)
    assert sorted(o.status for o in outcomes) == ["erased", "erased", "held"], outcomes
    assert imap_uids(dovecot, imap_user) == [3, 4]  # the shared message and Bob's
    assert scan(cfg).status == "ok"
    assert [o["item"]["uid"] for o in occurrences(cfg, ALICE)] == [3]
    assert sorted(o["item"]["uid"] for o in occurrences(cfg, BOB)) == [3, 4]
    no_raw_value(*(o.message for o in outcomes))

    # the folder re-created: the same UIDs would name other messages now
    client = dovecot.connect(imap_user)
    try:
        assert client.delete('"Support"')[0] == "OK"
    finally:
        client.logout()
    time.sleep(1.1)  # NOTE: Dovecot's UIDVALIDITY is a timestamp
    for raw in mailbox():
        dovecot.append(imap_user, raw, "Support")
    again = apply(cfg, items)
    assert [o.status for o in again if o.item.action == "delete"] == ["failed", "failed"]
    assert all("UIDVALIDITY changed" in o.message for o in again if o.status == "failed")
    assert imap_uids(dovecot, imap_user) == [1, 2, 3, 4]


# -- objects: a local folder and SeaweedFS ---------------------------------------------------

CSV = (f"email,name,city\n{ALICE},Alice Martin,Lyon\n{BOB},Bob Durand,Nantes\n"
       f"\n{ALICE},Alice Martin,Paris\n").encode()
JSONL = (f'{{"email": "{ALICE}", "event": "login"}}\n'
         f'{{"email": "{ALICE}", "event": "logout"}}\n').encode()
OTHER = f"email,name\n{BOB},Bob Durand\n".encode()


def estate() -> dict[str, bytes]:
    return {"exports/customers.csv": CSV, f"people/{ALICE}.jsonl": JSONL,
            "exports/late.csv": CSV, "exports/bob.csv": OTHER}


def object_key(item: Item) -> str:
    return str(item.locator.get("real_key") or item.locator["key"])


def check_objects(items: list[Item]) -> None:
    by_key = {(object_key(i), i.action) for i in items}
    assert by_key == {(f"people/{ALICE}.jsonl", "delete"), ("exports/customers.csv", "rewrite"),
                      ("exports/late.csv", "rewrite")}, items
    parts = sorted(i.locator["part"] for i in items if i.kind == "record")
    assert parts == ["row:1", "row:1", "row:3", "row:3"]


def test_a_local_folder_loses_the_persons_file_and_rows_and_a_changed_file_is_skipped(
        tmp_path: Path) -> None:
    root = tmp_path / "share"
    for name, data in estate().items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    cfg = config(tmp_path, writable("share", f"file://{root}"))
    assert scan(cfg).status == "ok"
    items = plan(cfg, ALICE, "objects")
    check_objects(items)
    (root / "exports" / "late.csv").write_bytes(CSV + b"x@example.net,X,Y\n")  # after the plan

    outcomes = apply(cfg, items)
    status = {(object_key(o.item), o.status) for o in outcomes}
    assert status == {(f"people/{ALICE}.jsonl", "erased"), ("exports/customers.csv", "erased"),
                      ("exports/late.csv", "failed")}, outcomes
    assert all("changed since the plan" in o.message for o in outcomes if o.status == "failed")
    assert not (root / "people" / f"{ALICE}.jsonl").exists()
    assert (root / "exports" / "customers.csv").read_bytes() == \
        f"email,name,city\n{BOB},Bob Durand,Nantes\n\n".encode()
    assert (root / "exports" / "bob.csv").read_bytes() == OTHER
    assert not list(root.rglob(".pdmap-erase-*"))
    scan(cfg)
    assert [o["item"]["key"] for o in occurrences(cfg, ALICE)] == ["exports/late.csv"] * 2
    assert len(occurrences(cfg, BOB)) == 3
    no_raw_value(*(o.message for o in outcomes))


@pytest.fixture
def aws(s3: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    set_env(monkeypatch, s3.aws_env())


_buckets = itertools.count(1)


@pytest.fixture
def bucket(s3: Any, aws: None) -> Iterator[str]:
    name = f"erase-{next(_buckets)}-{int(time.time())}"
    client = s3.client()
    client.create_bucket(Bucket=name)
    for key, data in estate().items():
        client.put_object(Bucket=name, Key=key, Body=data)
    yield name


def test_an_s3_bucket_loses_the_persons_object_and_rows_under_if_match(
        tmp_path: Path, s3: Any, bucket: str) -> None:
    cfg = config(tmp_path, writable("bucket", f"s3://{bucket}/",
                                    options={"endpoint_url": s3.endpoint_url}))
    assert scan(cfg).status == "ok"
    items = plan(cfg, ALICE, "objects")
    check_objects(items)
    client = s3.client()
    client.put_object(Bucket=bucket, Key="exports/late.csv", Body=CSV + b"x@example.net,X,Y\n")

    outcomes = apply(cfg, items)
    status = {(object_key(o.item), o.status) for o in outcomes}
    assert status == {(f"people/{ALICE}.jsonl", "erased"), ("exports/customers.csv", "erased"),
                      ("exports/late.csv", "failed")}, outcomes
    keys = sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"])
    assert keys == ["exports/bob.csv", "exports/customers.csv", "exports/late.csv"]
    body = client.get_object(Bucket=bucket, Key="exports/customers.csv")["Body"].read()
    assert body == f"email,name,city\n{BOB},Bob Durand,Nantes\n\n".encode()
    scan(cfg)
    assert [o["item"]["key"] for o in occurrences(cfg, ALICE)] == ["exports/late.csv"] * 2
    no_raw_value(*(o.message for o in outcomes))
    assert orjson.dumps([o.message for o in outcomes])  # one line each, JSON-ready


def test_records_are_counted_as_the_readers_count_them() -> None:
    data = b'id,note\n1,"two\nlines"\n\n2,plain\n3,last'
    assert without_rows(data, ["row:2"]) == (b'id,note\n1,"two\nlines"\n\n3,last', 1)
    assert without_rows(data, ["row:1", "row:3"]) == (b"id,note\n\n2,plain\n", 2)
    with pytest.raises(EraseError, match="not in the file"):
        without_rows(data, ["row:4"])
    assert without_lines(b'{"a":1}\n\n{"a":2}\n', ["line:3"]) == (b'{"a":1}\n\n', 1)


# -- the command: pdmap erase, then --apply, then a new scan ----------------------------------


def test_pdmap_erase_plans_applies_and_a_new_scan_and_export_find_nothing_of_her(
        tmp_path: Path) -> None:
    msgs = mailbox()
    write_mbox(tmp_path / "support.mbox", [msgs[0], msgs[1], msgs[3]])  # none shared
    root = tmp_path / "share"
    for name, data in {f"people/{ALICE}.jsonl": JSONL, "exports/customers.csv": CSV,
                       "exports/bob.csv": OTHER}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    path = tmp_path / "pdmap.yaml"
    path.write_text(yaml.safe_dump({
        "index": f"sqlite:///{tmp_path}/index.db", "key_file": str(tmp_path / "key"),
        "sources": [{"name": "mail", "url": f"mbox://{tmp_path}/support.mbox",
                     "write_url": f"mbox://{tmp_path}/support.mbox"},
                    {"name": "share", "url": f"file://{root}", "write_url": f"file://{root}"}],
    }), encoding="utf-8")

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(main, ["-c", str(path), *args])
        return result.exit_code, result.output

    outputs = []
    for args in (("scan",), ("erase", ALICE, "-o", str(tmp_path / "plan"))):
        code, out = run(*args)
        outputs.append(out)
        assert code == 0, out
    plan_json = orjson.loads((tmp_path / "plan" / "plan.json").read_bytes())
    actions = sorted((i["kind"], i["action"]) for i in plan_json["items"])
    assert actions == [("message", "delete"), ("message", "delete"), ("object", "delete"),
                       ("record", "rewrite"), ("record", "rewrite")], actions
    code, out = run("erase", "--apply", str(tmp_path / "plan"))
    outputs.append(out)
    assert code == 0, out
    cert_text = (tmp_path / "plan" / "certificate.json").read_text()
    cert = orjson.loads(cert_text)
    assert len(cert["erased"]) == 5 and not cert["failed"] and not cert["held"]
    assert (tmp_path / "plan" / "certificate.json").stat().st_mode & 0o077 == 0

    code, out = run("scan")
    outputs.append(out)
    assert code == 0, out  # nothing of hers came back
    code, out = run("subjects", "find", ALICE, "--format", "json")
    assert orjson.loads(out)["subject"] is None, out
    code, out = run("export", ALICE, "-o", str(tmp_path / "pkg"), "--format", "dir")
    assert code == 2 and not (tmp_path / "pkg").exists(), out
    code, out = run("subjects", "find", BOB, "--format", "json")
    assert len(orjson.loads(out)["occurrences"]) == 3, out  # his message and both rows
    no_raw_value(cert_text, *outputs,
                 *(p.name for p in (tmp_path / "plan").iterdir()))
