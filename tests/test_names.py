import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.counts import parse_count
from kg.extract.names import label_of, normalise, trim


@pytest.mark.parametrize(("surface", "person", "expected"), [
    ("Ashraf Ghani’s", True, "Ashraf Ghani"),
    ("the United Nations", False, "United Nations"),
    ("Maj. Nicole Ferrara", True, "Nicole Ferrara"),
    ("Gen. Kenneth McKenzie,", True, "Kenneth McKenzie"),
    ("Kunduz city's", False, "Kunduz city"),
    ("General Motors", False, "General Motors"),  # titles are stripped from people only
])
def test_trim(surface: str, person: bool, expected: str) -> None:
    begin, end = trim(surface, 0, len(surface), person)
    assert surface[begin:end] == expected


def test_nickname_leaves_the_label_but_not_the_span() -> None:
    assert label_of('Kenneth "Frank" McKenzie') == "Kenneth McKenzie"


@given(st.text(max_size=80))
def test_normalise_is_idempotent(name: str) -> None:
    assert normalise(normalise(name)) == normalise(name)


@given(st.text(max_size=80), st.integers(0, 10), st.integers(0, 10))
def test_trim_stays_inside_the_span(text: str, a: int, b: int) -> None:
    begin, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    new_begin, new_end = trim(text, begin, end)
    assert begin <= new_begin <= new_end <= end


@pytest.mark.parametrize(("text", "expected"), [
    ("more than 3,000", (3000, "at least")),
    ("Some 5,183", (5183, "about")),
    ("50", (50, "exact")),
    ("three", (3, "exact")),
    ("dozens", (12, "at least")),
    ("hundreds", (100, "at least")),
    ("1.5 million", (1500000, "exact")),
    ("fewer than 10", (10, "at most")),
    ("the", None),
])
def test_parse_count(text: str, expected: tuple[int, str] | None) -> None:
    assert parse_count(text) == expected
