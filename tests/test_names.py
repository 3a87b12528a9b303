import pytest
from hypothesis import example, given
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
    ("U.S.", False, "U.S."),  # an abbreviation keeps its period
    ("Salomon Bros.", False, "Salomon Bros."),
    ("Kent 244", False, "Kent"),  # a score swept into the name
    ("Calif 1996-08-30", False, "Calif"),
    ("Camp 5", False, "Camp 5"),  # a number that belongs to the name
    ("SOCCER - KLINSMANN", True, "KLINSMANN"),  # a headline's section label
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
    ("Twenty-one hostages", (21, "exact")),
    ("more than forty five", (45, "at least")),
    ("the", None),
])
def test_parse_count(text: str, expected: tuple[int, str] | None) -> None:
    assert parse_count(text) == expected


def test_leading_nationality_is_not_part_of_a_persons_name() -> None:
    text = "Australian Rodney Eyles"
    begin, end = trim(text, 0, len(text), person=True, nationalities=frozenset({"Australian"}))
    assert text[begin:end] == "Rodney Eyles"


@pytest.mark.parametrize(("text", "expected"), [
    ("BOXING - JOHNSON WINS TITLE", "Boxing - Johnson wins Title"),
    ("KABUL (Reuters) - The Taliban", "Kabul (Reuters) - The Taliban"),
    ("US AND NATO TROOPS LEAVE", "US and NATO Troops Leave"),  # known acronyms stay
    ("The US said on Monday.", "The US said on Monday."),  # ordinary text is untouched
])
def test_recase_headlines_and_datelines(text: str, expected: str) -> None:
    from kg.nlp import recase

    assert recase(text, frozenset({"US", "NATO"})) == expected


@given(st.text(max_size=200))
@example("µ:A00 KILLED")  # the micro sign capitalises to a Greek capital whose lower case is another letter
def test_recase_keeps_every_offset(text: str) -> None:
    from kg.nlp import recase

    out = recase(text, frozenset({"US"}))
    assert len(out) == len(text) and out.lower() == text.lower()
