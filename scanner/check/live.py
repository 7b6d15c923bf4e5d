"""The schema of a live database for `pdmap check --db`: every table's fields, their types,
primary keys and the tables their single-column foreign keys point at.

Inspection only reads the catalog; no table is queried and nothing is written.
"""

from __future__ import annotations

from scanner.core.types import FieldSchema

_SKIPPED_SCHEMAS = ("information_schema", "pg_catalog")


def live_schema(db_url: str) -> list[tuple[str, FieldSchema]]:
    """(container, field) of every table of a live database, through SQLAlchemy inspect."""
    import sqlalchemy as sa

    from connectors.schema import kind_from_native

    engine = sa.create_engine(db_url)
    out: list[tuple[str, FieldSchema]] = []
    try:
        inspector = sa.inspect(engine)
        default = inspector.default_schema_name

        def name(schema_name: str | None, table: str) -> str:
            return table if schema_name in (None, default) else f"{schema_name}.{table}"

        for schema_name in inspector.get_schema_names():
            if schema_name in _SKIPPED_SCHEMAS or schema_name.startswith("pg_toast"):
                continue
            for table in inspector.get_table_names(schema=schema_name):
                container = name(schema_name, table)
                pk = set(inspector.get_pk_constraint(table, schema=schema_name).get(
                    "constrained_columns") or ())
                links = {
                    fk["constrained_columns"][0]: name(fk.get("referred_schema"),
                                                       fk["referred_table"])
                    for fk in inspector.get_foreign_keys(table, schema=schema_name)
                    if len(fk.get("constrained_columns") or ()) == 1
                }
                for col in inspector.get_columns(table, schema=schema_name):
                    try:
                        native = str(col["type"])
                    except Exception:  # noqa: BLE001 - some dialect types cannot render
                        native = type(col["type"]).__name__
                    out.append((container, FieldSchema(
                        col["name"], kind_from_native(native), native,
                        bool(col.get("nullable", True)), col["name"] in pk,
                        references=links.get(col["name"], "").lower(),
                    )))
    finally:
        engine.dispose()
    return out
