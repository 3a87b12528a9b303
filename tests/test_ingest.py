import io
import os
from datetime import date
from pathlib import Path

import pytest

from kg.ingest import count_sources, read_documents, split_header
from kg.model import Document, Problem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def one(items: list[Document | Problem]) -> Document | Problem:
    assert len(items) == 1, items
    return items[0]


def test_seed_header_shares_its_line_with_the_text() -> None:
    docs = list(read_documents([str(SEEDS)]))
    assert [d.id for d in docs if isinstance(d, Document)] == ["000_5b6645cec48d2afd", "003_d4371d01881c24d1"]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.published == date(2021, 6, 23)
    assert first.text.startswith("The US flag being taken down")
    assert "date" not in first.text[:10]
    assert isinstance(docs[1], Document) and docs[1].published is None


def test_header_lines() -> None:
    meta, text = split_header("title: Fall of Kunduz\nsource: CNN\nurl: http://x\ndate: 2021-08-08\n\nBody here.", "f")
    assert meta == {"title": "Fall of Kunduz", "source": "CNN", "url": "http://x", "published": "2021-08-08"}
    assert text == "Body here."


def test_a_line_that_only_looks_like_a_header_stays_text() -> None:
    meta, text = split_header("Dated reports say 2021 was bad.", "f")
    assert meta == {} and text == "Dated reports say 2021 was bad."


def test_jsonl_records_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "Rebels seized the town.", "published": "2021-08-01", "title": "T"}\n'
                    'not json\n'
                    '{"id": "b"}\n'
                    '\n'
                    '{"text": "No id here."}\n'
                    '{"id": "c", "text": "x", "published": "yesterday"}\n', encoding="utf-8")
    items = list(read_documents([str(path)]))
    assert isinstance(items[0], Document) and items[0].id == "a" and items[0].published == date(2021, 8, 1)
    assert isinstance(items[1], Problem) and items[1].origin == f"{path}:2" and "not valid JSON" in items[1].message
    assert isinstance(items[2], Problem) and items[2].origin == f"{path}:3" and "missing 'text'" in items[2].message
    assert isinstance(items[3], Document) and items[3].id == "batch-5"
    assert isinstance(items[4], Problem) and "invalid date" in items[4].message
    assert count_sources([str(path)]) == 5


def test_html_text_and_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Kunduz falls</title><script>var x=1;</script></head>"
                    "<body><p>The Taliban seized Kunduz.</p><p>More &amp; more.</p></body></html>", encoding="utf-8")
    doc = one(list(read_documents([str(path)])))
    assert isinstance(doc, Document)
    assert doc.title == "Kunduz falls" and doc.text == "The Taliban seized Kunduz.\n\nMore & more."


def test_stdin_text_has_a_content_id() -> None:
    a = one(list(read_documents(["-"], io.StringIO("date: 2021-08-08\nThe Taliban seized Kunduz."))))
    b = one(list(read_documents(["-"], io.StringIO("date: 2021-08-08\nThe Taliban seized Kunduz."))))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.id == b.id and a.id.startswith("stdin-") and a.published == date(2021, 8, 8)


def test_stdin_jsonl() -> None:
    items = list(read_documents(["-"], io.StringIO('{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n')))
    assert [i.id for i in items if isinstance(i, Document)] == ["x", "y"]


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "no such file or directory"),
    ("binary", "binary file"),
    ("latin1", "not UTF-8"),
    ("empty", "empty document"),
    ("header-only", "empty document"),
    ("huge", "file too large"),
    ("unsupported", "unsupported file type"),
])
def test_bad_files_become_problems_naming_the_file(tmp_path: Path, setup: str, message: str) -> None:
    path = tmp_path / ("a.pdf" if setup == "unsupported" else "a.txt")
    if setup == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    elif setup == "latin1":
        path.write_bytes("line one\ncaf\u00e9 in Kabul".encode("latin-1"))
    elif setup == "empty":
        path.write_text("", encoding="utf-8")
    elif setup == "header-only":
        path.write_text("date: 2021-01-01\n", encoding="utf-8")
    elif setup == "huge":
        with path.open("wb") as handle:  # a sparse 50 MB file: no 50 MB written to disk
            handle.truncate(50 * 1024 * 1024)
    elif setup == "unsupported":
        path.write_text("x", encoding="utf-8")
    problem = one(list(read_documents([str(path)])))
    assert isinstance(problem, Problem)
    assert message in problem.message
    assert str(path) in str(problem)
    if setup == "latin1":
        assert problem.origin.endswith(":2")  # the line of the bad byte


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    problem = one(list(read_documents([str(path)])))
    assert isinstance(problem, Problem) and "permission denied" in problem.message


def test_a_file_that_fails_to_read_even_for_root(tmp_path: Path) -> None:
    # /proc/self/mem fails with EIO on a plain read, whoever reads it.
    path = tmp_path / "unreadable.txt"
    path.symlink_to("/proc/self/mem")
    problem = one(list(read_documents([str(path)])))
    assert isinstance(problem, Problem) and "cannot read" in problem.message and str(path) in str(problem)


def test_a_bad_document_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Rebels attacked the town.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    items = list(read_documents([str(tmp_path)]))
    assert sorted(type(i).__name__ for i in items) == ["Document", "Problem"]
