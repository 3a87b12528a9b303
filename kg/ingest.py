"""Read sources into Documents: .txt/.md/.html files, folders (recursive), JSONL, stdin.

Every problem with a source becomes a Problem naming the file (and line), never an exception, so a
bad document in a batch is reported and skipped while the others are ingested. Reading is lazy:
one document at a time, whatever the size of the corpus.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

from kg import config
from kg.model import Document, Problem

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_HEADER_KEYS = ("date", "published", "title", "source", "url")
# "date: 2021-06-23" or "date 2021-06-23"; a date header may share its line with the text.
_DATE_HEADER = re.compile(r"\A[ \t]*(?:date|published)[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_LINE_HEADER = re.compile(r"\A[ \t]*(title|source|url)[ \t]*:[ \t]*(.*?)[ \t]*(?:\r?\n|\Z)", re.IGNORECASE)


def parse_date(value: str, origin: str) -> date | Problem:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return Problem(origin, f"invalid date {value!r} (expected YYYY-MM-DD)")


def split_header(raw: str, origin: str) -> tuple[dict[str, str], str] | Problem:
    """Peel metadata header lines off the start of a text; return (metadata, text)."""
    meta: dict[str, str] = {}
    rest = raw.lstrip("\ufeff")
    while True:
        m = _DATE_HEADER.match(rest)
        if m and "published" not in meta:
            meta["published"] = m.group(1)
            rest = rest[m.end():]
            continue
        m = _LINE_HEADER.match(rest)
        if m and m.group(1).lower() not in meta:
            meta[m.group(1).lower()] = m.group(2)
            rest = rest[m.end():]
            continue
        break
    return meta, rest.strip()


def _make(doc_id: str, text: str, meta: dict[str, str], origin: str) -> Document | Problem:
    if not text.strip():
        return Problem(origin, "empty document (no text after the header)")
    published = None
    if meta.get("published"):
        parsed = parse_date(meta["published"], origin)
        if isinstance(parsed, Problem):
            return parsed
        published = parsed
    return Document(
        id=doc_id, text=text, title=meta.get("title") or None, source=meta.get("source") or None,
        url=meta.get("url") or None, published=published, origin=origin,
    )


def _decode(data: bytes, origin: str) -> str | Problem:
    if b"\x00" in data[:8192]:
        return Problem(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Problem(f"{origin}:{line}", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _read_bytes(path: Path) -> bytes | Problem:
    origin = str(path)
    try:
        size = path.stat().st_size
        limit = config.max_bytes()
        if size > limit:
            return Problem(origin, f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB limit, KG_MAX_BYTES)")
        return path.read_bytes()
    except FileNotFoundError:
        return Problem(origin, "no such file or directory")
    except PermissionError:
        return Problem(origin, "permission denied (file is not readable)")
    except IsADirectoryError:
        return Problem(origin, "is a directory")
    except OSError as exc:
        return Problem(origin, f"cannot read: {exc.strerror or exc}")


class _TextOfHTML(HTMLParser):
    _SKIP = {"script", "style", "noscript", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    parser = _TextOfHTML()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return parser.title.strip(), "\n\n".join(line for line in lines if line)


def read_text_file(path: Path) -> Document | Problem:
    data = _read_bytes(path)
    if isinstance(data, Problem):
        return data
    text = _decode(data, str(path))
    if isinstance(text, Problem):
        return text
    if path.suffix.lower() in HTML_SUFFIXES:
        title, body = html_to_text(text)
        return _make(path.stem, body, {"title": title} if title else {}, str(path))
    split = split_header(text, str(path))
    if isinstance(split, Problem):
        return split
    meta, body = split
    return _make(path.stem, body, meta, str(path))


def parse_jsonl_record(line: str, where: str, default_id: str) -> Document | Problem | None:
    """One JSONL line to a Document (None for a blank line)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Problem(where, "a JSONL line must be a JSON object with at least a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        return Problem(where, "missing 'text' (a string)" if text is None else "'text' must be a string")
    raw_id = obj.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else default_id
    meta = {k: str(obj[k]) for k in ("published", "title", "source", "url") if obj.get(k) is not None}
    if obj.get("date") is not None and "published" not in meta:
        meta["published"] = str(obj["date"])
    return _make(doc_id, text.strip(), meta, where)


def read_jsonl_lines(lines: Iterable[str], origin: str, stem: str) -> Iterator[Document | Problem]:
    for number, line in enumerate(lines, start=1):
        item = parse_jsonl_record(line, f"{origin}:{number}", f"{stem}-{number}")
        if item is not None:
            yield item


def read_jsonl_file(path: Path) -> Iterator[Document | Problem]:
    try:
        handle: IO[bytes] = path.open("rb")
    except FileNotFoundError:
        yield Problem(str(path), "no such file or directory")
        return
    except PermissionError:
        yield Problem(str(path), "permission denied (file is not readable)")
        return
    limit = config.max_bytes()
    with handle:  # streamed line by line: only single records are size-limited
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if len(raw) > limit:
                yield Problem(where, f"record too large ({len(raw) / 1e6:.1f} MB > {limit / 1e6:.1f} MB limit)")
                continue
            line = _decode(raw, where)
            if isinstance(line, Problem):
                yield Problem(where, line.message)
                continue
            item = parse_jsonl_record(line, where, f"{path.stem}-{number}")
            if item is not None:
                yield item


def _expand(paths: Iterable[str]) -> Iterator[Path | Problem | str]:
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not found:
                yield Problem(raw, f"no readable files ({', '.join(sorted(SUPPORTED))}) in this folder")
            yield from found
        elif not path.exists():
            yield Problem(raw, "no such file or directory")
        elif path.suffix.lower() not in SUPPORTED:
            yield Problem(raw, f"unsupported file type {path.suffix or '(none)'!r}; use one of {', '.join(sorted(SUPPORTED))}")
        else:
            yield path


def read_stdin(stream: IO[str] | None = None) -> Iterator[Document | Problem]:
    stream = stream or sys.stdin
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", "stdin")
        return
    split = split_header(text, "<stdin>")
    if isinstance(split, Problem):
        yield split
        return
    meta, body = split
    # Deterministic id from the content, so piping the same text twice changes nothing.
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    yield _make(f"stdin-{digest}", body, meta, "<stdin>")


def read_documents(paths: Iterable[str], stdin: IO[str] | None = None) -> Iterator[Document | Problem]:
    """Yield a Document or a Problem per source record, lazily, in a stable order."""
    for item in _expand(paths):
        if isinstance(item, Problem):
            yield item
        elif item == "-":
            yield from read_stdin(stdin)
        elif isinstance(item, Path) and item.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl_file(item)
        elif isinstance(item, Path):
            yield read_text_file(item)


def count_sources(paths: Iterable[str]) -> int | None:
    """How many documents the paths hold (for a progress bar); None when unknowable (stdin)."""
    total = 0
    for item in _expand(paths):
        if item == "-":
            return None
        if isinstance(item, Path) and item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
