"""certificate.json, as `pdmap erase --apply` writes it, follows
exporters/schema/erasure-certificate.schema.json; a certificate missing a field is refused."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest

from tests.scanner.test_erase_sql import (
    ALICE,
    build_shop,
    customers,
    no_raw_identifier,
    run,
    table,
    write_config,
)

SCHEMA: dict[str, Any] = orjson.loads(resources.files("exporters").joinpath(
    "schema/erasure-certificate.schema.json").read_bytes())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_applied_certificate_follows_its_schema(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    build_shop(url)
    config = write_config(tmp_path, url, monkeypatch)
    code, out = run(config, "scan")
    assert code == 0, out
    plan_dir = tmp_path / "plan"
    code, out = run(config, "erase", ALICE, "-o", str(plan_dir))
    assert code == 0, out
    code, out = run(config, "erase", "--apply", str(plan_dir))
    assert code == 0, out
    assert 1 not in table(url, customers)  # it really applied

    raw = (plan_dir / "certificate.json").read_bytes()
    no_raw_identifier(raw.decode())
    cert = orjson.loads(raw)
    VALIDATOR.validate(cert)
    plan = orjson.loads((plan_dir / "plan.json").read_bytes())
    assert cert["plan_digest"] == plan["digest"]
    assert cert["erased"] and cert["held"]  # deletes done, the shared address unlinked
    assert {o["action"] for o in cert["erased"]} >= {"delete", "anonymise"}
    assert all(1 <= o["item"] <= len(plan["items"]) for o in cert["erased"] + cert["held"])

    # a certificate missing a required field, or with a stray one, is refused
    for broken in ({k: v for k, v in cert.items() if k != "plan_digest"},
                   {**cert, "erased": [{k: v for k, v in cert["erased"][0].items()
                                        if k != "action"}]},
                   {**cert, "value": "alice"}):
        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate(broken)
