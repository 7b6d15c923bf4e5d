"""The careful decision of scanner.link.decide: which evidence joins a row to a subject, merges
two, or makes a value shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.index import inventory as inv
from scanner.index.store import Index
from scanner.link import decide as link_decide
from scanner.link.decide import Decider
from scanner.link.stage import Merges

A, B, C = b"a" * 32, b"b" * 32, b"c" * 32  # e-mails
P, Q = b"p" * 32, b"q" * 32  # phones
ANN, BOB = b"n" * 32, b"m" * 32  # names


def decider() -> tuple[Decider, dict[bytes, int]]:
    return Decider(Merges(), set(), first_new=1), {}


def new(d: Decider, known: dict[bytes, int], s: int, strong: list[tuple[bytes, str]],
        name: bytes | None) -> None:
    """A row that made subject s (the fast way)."""
    for digest, _ in strong:
        known[digest] = s
    d.profiles.note(s, strong, name)


def test_one_email_and_a_second_phone_is_one_person() -> None:
    d, known = decider()
    new(d, known, 1, [(A, "email"), (P, "phone")], ANN)
    subject, fresh, merged = d.decide([(A, "email"), (Q, "phone")], ANN, known)
    assert subject == 1 and fresh == [(Q, "phone")] and not merged and not d.shared


def test_a_phone_under_another_email_is_shared_and_annotates_both() -> None:
    d, known = decider()
    new(d, known, 1, [(A, "email"), (P, "phone")], ANN)
    subject, fresh, _ = d.decide([(B, "email"), (P, "phone")], BOB, known)
    assert subject is None and fresh == [(B, "email")]  # the caller makes subject 2
    assert d.shared == {P} and d.newly_shared == [(P, "phone")]
    assert sorted(d.settle(2)) == [(P, 1, "phone", False), (P, 2, "phone", False)]


def test_an_email_under_another_name_is_shared() -> None:
    d, known = decider()
    new(d, known, 1, [(A, "email")], ANN)
    subject, fresh, _ = d.decide([(A, "email")], BOB, known)
    assert subject is None and fresh == [] and d.shared == {A}


def test_two_email_columns_of_one_person_join_and_merge_when_nothing_disagrees() -> None:
    d, known = decider()
    new(d, known, 1, [(A, "email")], ANN)
    new(d, known, 2, [(P, "phone")], None)
    subject, fresh, merged = d.decide([(A, "email"), (C, "email"), (P, "phone")], ANN, known)
    assert subject == 1 and fresh == [(C, "email")] and merged == 1
    assert d.merges.find(2) == 1


def test_two_subjects_whose_emails_differ_are_not_merged_by_a_row_naming_both() -> None:
    d, known = decider()
    new(d, known, 1, [(A, "email")], ANN)
    new(d, known, 2, [(B, "email"), (P, "phone")], ANN)
    subject, _, merged = d.decide([(A, "email"), (P, "phone")], None, known)
    assert subject == 1 and not merged and d.shared == {P}


def test_a_kept_subject_is_never_shared_out() -> None:
    """A re-streamed account row keeps its subject, whatever it holds now."""
    d, known = decider()
    new(d, known, 1, [(A, "email")], ANN)
    subject, fresh, _ = d.decide([(B, "email")], BOB, known, keep=[1])
    assert subject == 1 and fresh == [(B, "email")] and not d.shared


def test_profiles_of_older_subjects_come_from_the_index_and_stay_bounded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = Index(f"sqlite:///{tmp_path}/index.db")
    with index.begin() as conn:
        inv.insert_subjects(conn, [1, 2, 3], 1)
        inv.BulkWriter(conn).insert(inv.identifiers, ("digest", "subject", "kind", "strong"), [
            (A, 1, "email", True), (ANN, 1, "name", False), (B, 2, "email", True),
            (C, 3, "email", True)])
    monkeypatch.setattr(link_decide, "PROFILE_CAP", 2)
    d = Decider(Merges(), set(), first_new=10)
    known = {A: 1, B: 2, C: 3}
    with index.connect() as conn:
        d.prepare(conn, [1, 2])
        assert d.profiles.disagree(1, [(A, "email")], BOB) == ["name"]
        d.prepare(conn, [3])  # over the cap: 1 and 2 are dropped, 3 read
        assert d.profiles.loaded == {3} and 1 not in d.profiles.names
        assert d.decide([(C, "email")], None, known)[0] == 3
    index.close()
