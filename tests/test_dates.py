from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.dates import resolve

PUB = date(2021, 6, 23)  # a Wednesday


@pytest.mark.parametrize(("expr", "expected"), [
    ("May 2", ("2021-05-02", "day")),
    ("on May 2", ("2021-05-02", "day")),
    ("2 May 2020", ("2020-05-02", "day")),
    ("the start of May", ("2021-05", "month")),
    ("May 2021", ("2021-05", "month")),
    ("in July", ("2020-07", "month")),  # a report of the past: last July, not next month
    ("Sunday", ("2021-06-20", "day")),
    ("on Wednesday", ("2021-06-23", "day")),
    ("yesterday", ("2021-06-22", "day")),
    ("last month", ("2021-05", "month")),
    ("earlier this year", ("2021", "year")),
    ("2019", ("2019", "year")),
    ("2021-04-15", ("2021-04-15", "day")),
    ("two days ago", ("2021-06-21", "day")),
    ("Monday night", ("2021-06-21", "day")),
    ("five months ago", ("2021-01", "month")),
    ("8 months ago", ("2020-10", "month")),
    ("a year ago", ("2020", "year")),
    ("last Wednesday", ("2021-06-16", "day")),  # in a Wednesday paper: a week back
    ("last Tuesday", ("2021-06-22", "day")),
    # A week is kept at the finest precision that holds all of it: its month, else its year.
    ("last week", ("2021-06", "month")),  # 14-20 June
    ("this week", ("2021-06", "month")),
    ("over the weekend", ("2021-06", "month")),  # 19-20 June
    ("three weeks ago", ("2021", "year")),  # 31 May - 6 June
])
def test_resolves_against_publication_date(expr: str, expected: tuple[str, str]) -> None:
    assert resolve(expr, PUB) == expected


@pytest.mark.parametrize("expr", ["recent weeks", "a day", "every single day", "the first half of the year", "",
                                  "weeks ago", "this weekend"])  # in a Wednesday paper, still to come
def test_vague_expressions_give_no_date(expr: str) -> None:
    assert resolve(expr, PUB) is None


def test_no_publication_date_means_no_invented_date() -> None:
    assert resolve("Sunday", None) is None
    assert resolve("July", None) is None
    assert resolve("May 2021", None) == ("2021-05", "month")  # the text itself fixes it


def test_planned_events_may_be_in_the_future() -> None:
    assert resolve("August 31", PUB, prefer_past=False) == ("2021-08-31", "day")
    assert resolve("August 31", PUB) == ("2020-08-31", "day")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
       st.sampled_from(["Monday", "Friday", "June 3", "December", "last month", "yesterday", "May 2", "2020"]))
def test_past_preference_never_lands_after_publication(pub: date, expr: str) -> None:
    result = resolve(expr, pub)
    assert result is not None
    value, precision = result
    if precision == "day":
        assert date.fromisoformat(value) <= pub
        assert pub - date.fromisoformat(value) < timedelta(days=367)
    elif precision == "month":
        assert value <= pub.isoformat()[:7]


@given(st.text(max_size=60))
def test_never_raises(text: str) -> None:
    resolve(text, PUB)


def test_a_week_across_months_keeps_its_year_and_across_years_nothing() -> None:
    assert resolve("last week", date(2025, 1, 2)) == ("2024-12", "month")  # 23-29 December
    assert resolve("last week", date(2024, 6, 3)) == ("2024", "year")  # 27 May - 2 June
    assert resolve("earlier this week", date(2025, 1, 2)) is None  # 30 December to 2 January


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
       st.sampled_from(["last week", "earlier this week", "the past week", "over the weekend", "last weekend",
                        "two weeks ago"]))
def test_a_past_week_never_lands_after_publication(pub: date, expr: str) -> None:
    result = resolve(expr, pub)
    if result is not None:
        assert result[0] <= pub.isoformat()[: len(result[0])]


def test_early_or_late_on_a_day_is_that_day() -> None:
    saturday = date(2024, 10, 26)
    assert resolve("early Saturday", saturday) == ("2024-10-26", "day")
    assert resolve("late on Friday", saturday) == ("2024-10-25", "day")
    assert resolve("late last month", saturday) == ("2024-09", "month")


@pytest.mark.parametrize(("expr", "expected"), [
    ("Christmas Eve", ("2020-12-24", "day")),  # the latest before a June paper
    ("on Christmas Day", ("2020-12-25", "day")),
    ("New Year's Eve", ("2020-12-31", "day")),
    ("on New Year's Day", ("2021-01-01", "day")),
])
def test_a_feast_on_a_fixed_day_is_that_day(expr: str, expected: tuple[str, str]) -> None:
    assert resolve(expr, PUB) == expected
