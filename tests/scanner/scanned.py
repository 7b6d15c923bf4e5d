"""Scan a configuration and ask its index, as the CLI does: for the mail and object tests."""

from __future__ import annotations

from typing import Any

from scanner.core.config import Config
from scanner.identifiers.key import load_key
from scanner.index import queries
from scanner.index.store import Index
from scanner.scan.engine import ScanResult, run_scan


def scan(cfg: Config, *urls: str) -> ScanResult:
    index = Index(cfg.index)
    try:
        return run_scan(cfg, urls, index=index)
    finally:
        index.close()


def find(cfg: Config, value: str, kind: str | None = None) -> dict[str, Any]:
    index = Index(cfg.index)
    try:
        return queries.find_subject(index, load_key(cfg.resolve(cfg.key_file)), value, kind)
    finally:
        index.close()
