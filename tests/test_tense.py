"""A date without a year takes the year its sentence's tense puts it in, near the
reference date (checker/extraction/dates/tense.py)."""
from __future__ import annotations

import datetime as dt

import pytest

import checker

D = dt.date


def periods(text: str, ref: dt.date) -> list:
    return [m.value for m in checker.extract(text, ref) if m.kind in ("date", "dates")]


@pytest.mark.parametrize("text, ref, value", [
    # past tense, a month just after the reference: last year's, though that is further away
    ("Antarctic sea ice hit its second-lowest minimum in February.", D(2025, 1, 10), (D(2024, 2, 1), D(2024, 2, 29))),
    ("Sales fell sharply in March.", D(2025, 1, 10), (D(2024, 3, 1), D(2024, 3, 31))),
    # future tense, a month just before it: next year's (a leap-year February keeps its length)
    ("The store will open in February.", D(2024, 12, 20), (D(2025, 2, 1), D(2025, 2, 28))),
    ("The vote will be held in February.", D(2025, 3, 10), (D(2026, 2, 1), D(2026, 2, 28))),
    # a day is not moved so (a publication date a few days off is likelier than the tense)
    ("The fire broke out on January 15.", D(2025, 1, 10), D(2025, 1, 15)),
    ("Leaders will meet from September 22-24.", D(2024, 9, 25), (D(2024, 9, 22), D(2024, 9, 24))),
    # far from the reference the tense moves nothing (a misread verb must not cost a year)
    ("Sales fell in May.", D(2025, 1, 10), (D(2025, 5, 1), D(2025, 5, 31))),
    ("The summit opens in February.", D(2025, 1, 10), (D(2025, 2, 1), D(2025, 2, 28))),
    ("The store closed in December.", D(2025, 1, 5), (D(2024, 12, 1), D(2024, 12, 31))),
    # an adjective in -ed is no verb where the month would move further away
    ("A 10% tariff applies to imported steel from October.", D(2024, 9, 20), (D(2024, 10, 1), D(2024, 10, 31))),
    ("The 2024 budget was approved in November.", D(2024, 9, 20), (D(2023, 11, 1), D(2023, 11, 30))),
    ("Commuters will pay more per trip from July.", D(2024, 9, 20), (D(2025, 7, 1), D(2025, 7, 31))),
    # a verb of deciding before an infinitive dates the decision, not the month after it
    ("Producers agreed to raise output in July.", D(2025, 5, 31), (D(2025, 7, 1), D(2025, 7, 31))),
    ("The board voted to close the plant in February.", D(2025, 1, 10), (D(2025, 2, 1), D(2025, 2, 28))),
    ("The board agreed to a deal in February.", D(2025, 1, 10), (D(2024, 2, 1), D(2024, 2, 29))),
])
def test_the_tense_of_a_sentence_places_a_date_without_a_year(text, ref, value):
    assert periods(text, ref) == [value]
