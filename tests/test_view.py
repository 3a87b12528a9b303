import re
import shutil
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.export import timeline, view
from tests.conftest import ROOT
from tests.test_export import node_js

pytestmark = pytest.mark.model


def test_view_is_one_self_contained_file(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "v.html"
    nodes, edges = view(seed_store, out, "cooccurrence")
    html = out.read_text(encoding="utf-8")
    assert nodes > 10 and edges > 10
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing fetched from anywhere
    assert "default-src 'none'" in html and "Taliban" in html and "</script>" in html


def test_view_in_headless_chromium(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is absent (make test installs it where it can)")
    out = tmp_path / "v.html"
    view(seed_store, out, "cooccurrence")
    screenshot = ROOT / "benchmarks" / "out" / "view.png"
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    result = node_js("view_check.mjs", str(out), str(screenshot))
    assert result["failed"] == [] and result["requests"] == [] and result["errors"] == []
    assert result["painted"]["ink"] > 2000  # a drawn graph, not a blank canvas
    assert result["selected"] in result["evidence"] and re.search(r"\d{3}_[0-9a-f]{16}", result["evidence"])
    assert screenshot.stat().st_size > 10_000


def test_timeline_png_is_a_real_chart(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from matplotlib import image

    out = tmp_path / "t.png"
    assert timeline(seed_store, out) >= 3
    pixels = image.imread(str(out))
    height, width = pixels.shape[:2]
    assert width >= 800 and height >= 400
    rgb = pixels[..., :3]
    ink = ((rgb < 0.9).any(axis=-1)).mean()
    assert 0.01 < ink < 0.9  # bars and text, neither blank nor solid


def test_timeline_svg_and_groupings(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for by in ("type", "agent", "place"):
        out = tmp_path / f"t-{by}.svg"
        timeline(seed_store, out, "week", by)
        assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_timeline_without_dated_events(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.export.table import Filters

    with pytest.raises(ExportError, match="no dated events"):
        timeline(seed_store, tmp_path / "t.png", filters=Filters(types=("Protest",)))
    assert not (tmp_path / "t.png").exists()
