"""GEXF 1.3 and GraphML writers: sanitised attributes, Gephi visuals, atomic files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.files import atomic_write

# Stable colours by type (RGB 0-255), the legend in the README and in `kg view`.
COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (31, 119, 180), "Organisation": (127, 127, 127), "ArmedGroup": (214, 39, 40),
    "StateForce": (44, 160, 44), "Government": (148, 103, 189), "InternationalOrganisation": (23, 190, 207),
    "MediaOrganisation": (188, 189, 34), "Country": (255, 127, 14), "Province": (140, 86, 75),
    "District": (196, 156, 148), "City": (227, 119, 194), "Facility": (247, 182, 210), "Place": (199, 199, 199),
    "Event": (80, 80, 80),
}
DEFAULT_COLOUR = (128, 128, 128)
STRUCTURAL = {"viz", "start", "end"}


def colour(kind: object) -> tuple[int, int, int]:
    return COLOURS.get(str(kind), DEFAULT_COLOUR)


def clean_value(value: Any) -> str | int | float | None:
    """str, int or float only: networkx's writers mishandle None, lists, numpy types and bools."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        return clean_value(value.item())
    return str(value)


def _kinds(graph: nx.MultiDiGraph) -> dict[tuple[str, str], type]:
    """One type per attribute key: int if every value is, float if all are numbers, else str."""
    seen: dict[tuple[str, str], set[type]] = {}
    edges = (d for *_, d in graph.edges(keys=True, data=True))
    for where, items in (("node", (d for _, d in graph.nodes(data=True))), ("edge", edges)):
        for data in items:
            for key, value in data.items():
                v = clean_value(value)
                if v is not None and key not in STRUCTURAL:
                    seen.setdefault((where, key), set()).add(type(v))
    return {k: int if t == {int} else float if t <= {int, float} else str for k, t in seen.items()}


def sanitised(graph: nx.MultiDiGraph, gexf: bool) -> nx.MultiDiGraph:
    """A copy with clean, consistently typed attributes and Gephi's visual attributes."""
    kinds = _kinds(graph)
    dynamic = False

    def cast(where: str, data: dict[str, Any]) -> dict[str, Any]:
        nonlocal dynamic
        attrs: dict[str, Any] = {}
        for key, value in data.items():
            v = clean_value(value)
            if v is None or key == "viz":
                continue
            if key in ("start", "end"):
                if gexf:
                    attrs[key] = str(v)
                    dynamic = True
                continue
            attrs[key] = kinds.get((where, key), str)(v)
        return attrs

    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = cast("node", data)
        r, g, b = colour(data.get("type"))
        size = float(4 + 2 * min(int(data.get("degree", 0)), 40))
        if gexf:
            viz: dict[str, Any] = {"color": {"r": int(r), "g": int(g), "b": int(b), "a": 1.0}, "size": size}
            if "longitude" in data and "latitude" in data:
                viz["position"] = {"x": float(data["longitude"]) * 10, "y": float(data["latitude"]) * 10, "z": 0.0}
            attrs["viz"] = viz
        else:
            attrs["color"] = f"#{r:02x}{g:02x}{b:02x}"
            attrs["size"] = size
        out.add_node(node, **attrs)
    for u, v, k, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **cast("edge", data))
    if dynamic:
        out.graph.update(mode="dynamic", timeformat="date")
    return out


def _atomic(out: Path, write: Callable[[str], object]) -> None:
    parent = out.resolve().parent
    if not parent.is_dir():
        raise ExportError(f"{out}: folder {parent} does not exist")
    try:
        atomic_write(out, write)
    except (OSError, nx.NetworkXError, TypeError, ValueError, KeyError) as exc:
        raise ExportError(f"{out}: export failed: {exc}") from exc


def write_graph(graph: nx.MultiDiGraph, out: Path) -> None:
    suffix = out.suffix.lower()
    if suffix == ".gexf":
        _atomic(out, lambda tmp: nx.write_gexf(sanitised(graph, gexf=True), tmp, version="1.3"))
    elif suffix == ".graphml":
        _atomic(out, lambda tmp: nx.write_graphml(sanitised(graph, gexf=False), tmp))
    else:
        raise ExportError(f"{out}: unknown export format {suffix or '(none)'!r}; use .gexf or .graphml")


def write_text(out: Path, text: str) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_text(text, encoding="utf-8")

    _atomic(out, write)
