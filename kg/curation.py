"""A user's entity decisions (standard library only): `kg merge` and `kg split` record them here,
and every later ingest honours them.

The file is small JSON beside the store (kg-store.curation.json), so rebuilding the store keeps
the decisions. Keys are entity keys (the last part of an entity IRI).

    {"merge": {"ahmad-shah-masood": {"into": "ahmad-shah-massoud", "label": "Ahmad Shah Massoud",
                                       "cls": "Person"}},
     "split": [{"key": "kunduz", "doc": "003_d4371d01881c24d1", "into": "kunduz-province-2",
                "label": "Kunduz (province)", "cls": "Province"}]}
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KGError
from kg.files import atomic_write


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    cls: str


@dataclass(frozen=True)
class Split:
    key: str
    doc: str
    into: Target


@dataclass(frozen=True)
class Curation:
    merges: dict[str, Target] = field(default_factory=dict)
    splits: tuple[Split, ...] = ()

    def target(self, key: str, doc_id: str) -> Target | None:
        """Where a key resolved in a document goes by the user's decisions, if anywhere."""
        found: Target | None = None
        for split in self.splits:
            if split.key == key and split.doc == doc_id:
                return split.into
        seen = {key}
        while key in self.merges:  # a chain of merges ends at the last one; a loop ends where it closes
            found = self.merges[key]
            key = found.key
            if key in seen:
                break
            seen.add(key)
        return found

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits)


def default_path(store_dir: Path | None) -> Path | None:
    """KG_CURATION, else the file beside the store (none for an in-memory store)."""
    env = os.environ.get("KG_CURATION")
    if env:
        return Path(env)
    return store_dir.with_name(store_dir.name + ".curation.json") if store_dir is not None else None


def _target(raw: dict[str, str]) -> Target:
    return Target(str(raw["into"]), str(raw["label"]), str(raw["cls"]))


def load(path: Path | None) -> Curation:
    if path is None or not path.exists():
        return Curation()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        merges = {str(k): _target(v) for k, v in raw.get("merge", {}).items()}
        splits = tuple(Split(str(s["key"]), str(s["doc"]), _target(s)) for s in raw.get("split", []))
    except json.JSONDecodeError as exc:
        raise KGError(f"{path}:{exc.lineno}: curation file is not valid JSON ({exc.msg})") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise KGError(f"{path}: curation file has an unexpected shape ({exc})") from exc
    return Curation(merges, splits)


def save(path: Path, curation: Curation) -> None:
    data = {
        "merge": {k: {"into": t.key, "label": t.label, "cls": t.cls} for k, t in sorted(curation.merges.items())},
        "split": [{"key": s.key, "doc": s.doc, "into": s.into.key, "label": s.into.label, "cls": s.into.cls}
                  for s in curation.splits],
    }
    atomic_write(path, lambda tmp: Path(tmp).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8"))
