"""Personal values in object keys (issue 13, part 6): found, masked, grouped, found again.

The folder connector on real files named after people; the S3 connector shares all of it
(connectors.objects). Every person here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.files import FilesConnector
from connectors.object_keys import container_name, key_values, masked_key
from scanner.core.config import SourceConfig
from scanner.core.types import Locator, ScanReport
from scanner.identifiers.hashing import Hasher


@pytest.mark.parametrize(("key", "masked", "kinds"), [
    ("cv/CV Zoé Quentin 0612345678.csv", "cv/CV Z*** Q*** 06********.csv", ["name", "phone"]),
    ("jane.doe@example.com/notes.txt", "j***@e***.com/notes.txt", ["email"]),
    ("ines.garnier@example.org.csv", "i***@e***.org.csv", ["email"]),  # not the extension
    ("Jean_Dupont_CV.pdf", "J***_D***_CV.pdf", ["name"]),
    ("cv_zoe_quentin.pdf", "cv_z***_q***.pdf", ["name"]),  # announced by "cv"
    ("DUPONT Jean - contrat.pdf", "D*** J*** - contrat.pdf", ["name"]),
    ("bulletin de paie Martin 2024-03.pdf", "bulletin de paie M*** 2024-03.pdf", ["name"]),
    ("Contract signed Jean de la Fontaine.pdf", "Contract signed J*** d*** l*** F***.pdf",
     ["name"]),
    ("rib FR7630006000011234567890189.pdf", "rib FR76****0189.pdf", ["iban"]),
    ("cards/4111111111111111.csv", "cards/************1111.csv", ["card"]),
    # not personal: kept as they are
    ("exports/customers-2024-01.csv", "exports/customers-2024-01.csv", []),
    ("docs/Annual Report 2024.pdf", "docs/Annual Report 2024.pdf", []),
    ("Invoice Template 2024.pdf", "Invoice Template 2024.pdf", []),
    ("logs/app-2024-01-15.log", "logs/app-2024-01-15.log", []),  # a date, not a phone
    ("report 20240115123000.csv", "report 20240115123000.csv", []),  # Luhn-valid, no issuer
    ("photo/IMG_1234.jpg", "photo/IMG_1234.jpg", []),
])
def test_personal_values_in_keys_are_found_and_masked(key: str, masked: str,
                                                      kinds: list[str]) -> None:
    found = key_values(key)
    assert [v.kind for v in found] == kinds
    assert masked_key(key, found) == masked


def test_a_container_names_people_with_stars_and_groups_their_objects() -> None:
    assert container_name("cv/CV Zoé Quentin 0612345678.csv", "csv") == "cv/CV * *.csv (csv)"
    assert container_name("cv/CV Hugo Leroy 0645671234.csv", "csv") == "cv/CV * *.csv (csv)"
    assert container_name("jane.doe@example.com/notes.txt", "text") == "*/notes.txt (text)"
    assert container_name("exports/customers-2024-01.csv", "csv") == \
        "exports/customers-*.csv (csv)"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "cv").mkdir(parents=True)
    (root / "cv" / "CV Zoé Quentin 0612345678.csv").write_text(
        "id,email\n1,zoe.quentin@example.net\n2,x@example.net,extra\n")
    (root / "cv" / "CV Hugo Leroy 0645671234.csv").write_text("id,email\n1,hugo@example.net\n")
    return root


def test_locators_failures_and_fetch_of_a_personal_key(share: Path) -> None:
    conn = FilesConnector(SourceConfig(name="files", url=str(share)))
    report = ScanReport()
    [container] = list(conn.discover(report))
    assert container.name == "cv/CV * *.csv (csv)"
    records = list(conn.read(container, []))
    zoe = next(r for r in records if r.values["email"] == "zoe.quentin@example.net")
    item = zoe.locator.item_dict()
    assert item["key"] == "cv/CV Zoé Quentin 0612345678.csv"  # the connector's own locator
    assert item["masked"] == "cv/CV Z*** Q*** 06********.csv"
    assert [name for name, _ in zoe.locator.item] == ["etag", "key", "masked", "part"]
    assert [f.place for f in report.failures] == ["cv/CV Z*** Q*** 06********.csv row:2"]
    assert conn.fetch(zoe.locator) == zoe


def test_resolve_finds_a_digested_key_by_listing_its_container(share: Path) -> None:
    hasher = Hasher(b"k" * 32)
    conn = FilesConnector(SourceConfig(name="files", url=str(share)))
    [container] = list(conn.discover(ScanReport()))
    zoe = next(r for r in conn.read(container, [])
               if r.values["email"] == "zoe.quentin@example.net")
    stored = {k: {"hmac": hasher("locator", v)} if k == "key" else v
              for k, v in zoe.locator.item}
    digested = Locator("files", container.name, tuple(sorted(stored.items())))
    fresh = FilesConnector(SourceConfig(name="files", url=str(share)))  # as an export opens it
    found = fresh.resolve(digested, lambda v: hasher("locator", v))
    assert found == zoe.locator
    assert fresh.fetch(found) == zoe
    (share / "cv" / "CV Zoé Quentin 0612345678.csv").unlink()
    gone = FilesConnector(SourceConfig(name="files", url=str(share)))
    assert gone.resolve(digested, lambda v: hasher("locator", v)) is None
