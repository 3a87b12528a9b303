"""Named SPARQL queries: queries/*.rq with '# title:', '# description:' and '# param:' headers.

Parameters are bound through Oxigraph substitutions (SEP-0007), never spliced into the text, so
user input cannot change a query. A bound variable must appear in the SELECT clause (SEP-0007's
rule); the runner drops those constant columns from what it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import config
from kg.errors import QueryError
from kg.store import KGStore
from kg.vocab import CKG, XSD, entity_iri

PARAM_TYPES = ("entity", "class", "string", "date", "integer", "iri")
_HEADER = re.compile(r"^#\s*(title|description|param|example)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(\w+)(?:\s+\[default=([^\]]*)\])?\s*(.*)$")
NONE_IRI = CKG + "None"  # the value of an optional entity/class parameter left out


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str = ""
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path
    example: str = ""


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[dict[str, Any]]


def parse(path: Path) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read query: {exc}") from exc
    meta: dict[str, str] = {}
    params: list[Param] = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = _HEADER.match(line.strip())
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "param":
            p = _PARAM.match(value)
            if not p or p.group(2) not in PARAM_TYPES:
                raise QueryError(f"{path}:{number}: bad '# param:' line (want: name type [default=x] description; "
                                 f"types: {', '.join(PARAM_TYPES)})")
            params.append(Param(p.group(1), p.group(2), p.group(4).strip(), p.group(3)))
        else:
            meta[key] = value
    return NamedQuery(path.stem, meta.get("title", path.stem), meta.get("description", ""), tuple(params), text,
                      path, meta.get("example", ""))


def load_all(directory: Path | None = None) -> dict[str, NamedQuery]:
    folder = directory or config.queries_dir()
    return {q.name: q for q in (parse(p) for p in sorted(folder.glob("*.rq")))}


def load(name_or_path: str) -> NamedQuery:
    path = Path(name_or_path)
    if name_or_path.endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"{name_or_path}: no such query file")
        return parse(path)
    shipped = load_all()
    if name_or_path not in shipped:
        close = [n for n in shipped if name_or_path.lower() in n or n in name_or_path.lower()]
        hint = f"; did you mean {', '.join(close[:3])}?" if close else "; `kg queries` lists them"
        raise QueryError(f"unknown query {name_or_path!r}{hint}")
    return shipped[name_or_path]


def find_entities(store: KGStore, name: str) -> list[tuple[str, str, int]]:
    """Entities whose label or alias is name (case-insensitive, leading 'the' ignored): (iri, label, mentions)."""
    sparql = """
    SELECT ?e ?label (COUNT(DISTINCT ?m) AS ?n) ?needle WHERE {
      ?e rdfs:label ?label .
      { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
      FILTER(LCASE(STR(?name)) = LCASE(STR(?needle)))
      OPTIONAL { ?e gaf:denotedBy ?m }
    } GROUP BY ?e ?label ?needle ORDER BY DESC(?n) ?e"""
    clean = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
    found: dict[str, tuple[str, str, int]] = {}
    for candidate in dict.fromkeys((name.strip(), clean)):
        _, rows = store.select(sparql, {"needle": ox.Literal(candidate)})
        for row in rows:
            iri = row["e"].value
            if iri not in found:
                found[iri] = (iri, row["label"].value, int(row["n"].value))
    return sorted(found.values(), key=lambda t: (-t[2], t[0]))


def similar_names(store: KGStore, name: str, limit: int = 5) -> list[str]:
    """Labels that share a word with name, for 'did you mean' suggestions."""
    import difflib

    _, rows = store.select("SELECT DISTINCT ?label WHERE { ?e gaf:denotedBy ?m ; rdfs:label ?label }")
    labels = sorted({r["label"].value for r in rows})
    return difflib.get_close_matches(name, labels, n=limit, cutoff=0.5)


def _term(store: KGStore, param: Param, raw: str) -> ox.NamedNode | ox.Literal:
    if param.type == "entity":
        if raw == "":
            return ox.NamedNode(NONE_IRI)
        if raw.startswith(("http://", "https://")):
            return ox.NamedNode(raw)
        found = find_entities(store, raw)
        if not found:
            hints = similar_names(store, raw)
            hint = f"; did you mean {', '.join(hints)}?" if hints else ""
            raise QueryError(f"parameter {param.name}: no entity named {raw!r} in the store{hint}")
        return ox.NamedNode(found[0][0])
    if param.type == "class":
        if raw == "":
            return ox.NamedNode(NONE_IRI)
        local = raw.strip().replace(" ", "")
        return ox.NamedNode(local if local.startswith("http") else CKG + local[:1].upper() + local[1:])
    if param.type == "iri":
        return ox.NamedNode(raw if "://" in raw else entity_iri(raw))
    if param.type == "date":
        try:
            return ox.Literal(date.fromisoformat(raw).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        except ValueError as exc:
            raise QueryError(f"parameter {param.name}: {raw!r} is not a date (YYYY-MM-DD)") from exc
    if param.type == "integer":
        if not re.fullmatch(r"-?\d+", raw.strip()):
            raise QueryError(f"parameter {param.name}: {raw!r} is not an integer")
        return ox.Literal(raw.strip(), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(raw)


def bind(store: KGStore, query: NamedQuery, values: dict[str, str]) -> dict[str, Any]:
    known = {p.name for p in query.params}
    unknown = sorted(set(values) - known)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}"
                         + (f" (it takes: {', '.join(sorted(known))})" if known else " (it takes none)"))
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name in values:
            raw = values[param.name]
        elif param.default is not None:
            raw = param.default
        else:
            raise QueryError(f"query {query.name!r} needs -p {param.name}=… ({param.type}: {param.description})")
        bound[param.name] = _term(store, param, raw)
    return bound


_LIMIT = re.compile(r"\bLIMIT\s+(\d+)\s*$", re.IGNORECASE)


def paged(text: str, limit: int | None, offset: int = 0) -> str:
    """The query text with a page: LIMIT and OFFSET are validated integers, never user text. A page
    comes back fast when the query streams (no whole-result ORDER BY): the listing queries order
    their documents first and walk them in order for this reason."""
    if limit is None and not offset:
        return text
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("limit and offset must not be negative")
    text = text.rstrip()
    shipped = _LIMIT.search(text)
    if shipped:  # a ranking's own LIMIT stays the ceiling
        text = text[:shipped.start()].rstrip()
        limit = min(int(shipped.group(1)), limit) if limit is not None else int(shipped.group(1))
    return text + (f"\nLIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")


def run(store: KGStore, query: NamedQuery, values: dict[str, str] | None = None, limit: int | None = None,
        offset: int = 0) -> Result:
    bound = bind(store, query, values or {})
    columns, rows = store.select(paged(query.text, limit, offset), bound)
    keep = [c for c in columns if c not in bound]
    return Result(keep, [{c: r.get(c) for c in keep} for r in rows])


def run_named(store: KGStore, name: str, values: dict[str, str] | None = None, limit: int | None = None,
              offset: int = 0) -> Result:
    return run(store, load(name), values, limit, offset)


def writer_versions(store: KGStore) -> dict[str, int]:
    """How many documents each kg version wrote (from each graph's prov:Activity)."""
    _, rows = store.select("SELECT ?v (COUNT(?a) AS ?n) WHERE { ?a ckg:kgVersion ?v } GROUP BY ?v")
    return {str(r["v"].value): int(r["n"].value) for r in rows}


def run_text(store: KGStore, sparql: str) -> Result:
    columns, rows = store.select(sparql)
    return Result(columns, rows)


def plain(value: Any) -> Any:
    """A result term as a plain Python value (IRIs and strings as str, numbers as int/float)."""
    if value is None:
        return None
    if isinstance(value, ox.Literal):
        dt = value.datatype.value
        if dt in (XSD + "integer", XSD + "nonNegativeInteger", XSD + "long", XSD + "int"):
            return int(value.value)
        if dt in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(value.value)
        if dt == XSD + "boolean":
            return value.value in ("true", "1")
        return value.value
    return getattr(value, "value", str(value))
