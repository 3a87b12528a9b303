"""`kg timeline`: events per day, week or month, stacked by type, agent or place (matplotlib, no display)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

from kg.errors import ExportError
from kg.export.table import EventRow, EventTable, day
from kg.export.writers import COLOURS

INTERVALS = ("day", "week", "month")
GROUPS = ("type", "agent", "place")
TOP = 8


def _bin(when: str, interval: str) -> date:
    d = date.fromisoformat(when)
    if interval == "week":
        return d - timedelta(days=d.weekday())
    if interval == "month":
        return d.replace(day=1)
    return d


def counts(table: EventTable, interval: str, by: str) -> tuple[dict[date, Counter[str]], int]:
    """Events per bin and group; and how many events had no date (left out). An event several articles
    report counts once, at the most precise date a report gives it."""
    bins: dict[date, Counter[str]] = defaultdict(Counter)
    undated = 0
    reports: dict[str, EventRow] = {}
    for event in table.events:
        known = reports.get(event.same_event)
        if known is None or len(event.date or "") > len(known.date or ""):
            reports[event.same_event] = event
    for event in reports.values():
        when = day(event.date)
        if when is None:
            undated += 1
            continue
        if by == "type":
            groups = [event.type]
        else:
            iris = event.participants("agent" if by == "agent" else "place")
            groups = [table.entities[i].label for i in iris if i in table.entities] or ["(none)"]
        for group in groups:
            bins[_bin(when, interval)][group] += 1
    return bins, undated


def plot(table: EventTable, out: Path, interval: str = "month", by: str = "type", title: str = "") -> int:
    """Write a stacked bar chart to .png or .svg; returns the number of dated events drawn."""
    if interval not in INTERVALS or by not in GROUPS:
        raise ExportError(f"interval must be one of {INTERVALS} and --by one of {GROUPS}")
    if out.suffix.lower() not in (".png", ".svg"):
        raise ExportError(f"{out}: unknown chart format {out.suffix or '(none)'!r}; use .png or .svg")
    bins, undated = counts(table, interval, by)
    if not bins:
        raise ExportError("no dated events to plot (events need a date: ingest documents with a publication date)")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    totals: Counter[str] = Counter()
    for c in bins.values():
        totals.update(c)
    groups = [g for g, _ in totals.most_common(TOP)]
    if len(totals) > TOP:
        groups.append("other")
    import matplotlib.dates as mdates

    xs = sorted(bins)
    positions = [float(x) for x in mdates.date2num(xs)]  # type: ignore[no-untyped-call]
    width = {"day": 0.8, "week": 5.5, "month": 24.0}[interval]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=120)
    bottom = [0] * len(xs)
    palette = plt.get_cmap("tab10")
    for i, group in enumerate(groups):
        heights = [bins[x][group] if group != "other" else sum(v for g, v in bins[x].items() if g not in groups)
                   for x in xs]
        rgb = COLOURS.get(group)
        color = tuple(c / 255 for c in rgb) if rgb and by == "type" else palette(i % 10)
        ax.bar(positions, heights, width=width, bottom=bottom, label=group, color=color, align="edge")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    from matplotlib.ticker import MaxNLocator

    pad = {"day": 1.0, "week": 7.0, "month": 31.0}[interval]  # matplotlib date numbers are days
    ax.set_xlim(positions[0] - pad, positions[-1] + 2 * pad)
    ax.xaxis_date()
    formatter = mdates.DateFormatter("%b %Y" if interval == "month" else "%d %b %Y")  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(formatter)
    if interval == "month":
        ax.xaxis.set_major_locator(mdates.MonthLocator())  # type: ignore[no-untyped-call]
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("events")
    ax.set_title(title or f"Events per {interval} by {by}" + (f" ({undated} undated left out)" if undated else ""))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="y", alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    from kg.export.writers import _atomic

    _atomic(out, lambda tmp: fig.savefig(tmp, format=out.suffix.lower()[1:]))
    plt.close(fig)
    return sum(sum(c.values()) for c in bins.values())
