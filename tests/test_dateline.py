"""The publication date an article states in its dateline (checker.extraction.reference_date):
read when the claims file gives no ``published:``, so "October 25" and "this year" resolve."""
from __future__ import annotations

import datetime as dt

import pytest

import checker
from checker.extraction import reference_date

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("date 2025-09-20 HÀ NỘI — In the face of mounting challenges", D(2025, 9, 20)),
    (" date **2025-09-20** HÀ NỘI — Markdown bold around the date", D(2025, 9, 20)),
    ("HÀ NỘI, September 20, 2025 — In the face of mounting challenges", D(2025, 9, 20)),
    ("Headline of the story\n\nLAGOS (Reuters) — Sept. 3, 2023 — Fuel queues returned", D(2023, 9, 3)),
    ("Lisbon, 14 March 2022 - The port reopened", D(2022, 3, 14)),
    ("**BERLIN, Jan. 5, 2021** — Snow closed schools", D(2021, 1, 5)),
    ("Title\n\nPublished: 3 June 2026\n\nWhen the bridge opened", D(2026, 6, 3)),
    ("QUITO — Tuesday, May 4, 2021: Protesters gathered", D(2021, 5, 4)),
    ("HÀ&nbsp;NỘI, September&nbsp;20, 2025 — exported with HTML references", D(2025, 9, 20)),
    # the place's region or country after a comma, a wire's name between slashes
    ("Ferry sinks\n\nBy A. Writer\n\nCORK, Ireland, June 2, 2024 — The ferry", D(2024, 6, 2)),
    ("ACCRA, Ghana (AFP) — March 9, 2025 — Cocoa farmers said", D(2025, 3, 9)),
    ("PORTLAND, Maine, U.S., 3 March 2021 - The mill closed", D(2021, 3, 3)),
    ("BOSTON, Nov. 2, 2022 /PRNewswire/ -- Acme Corp. today reported", D(2022, 11, 2)),
    # soft hyphens and zero-width spaces, as a page's text may carry them, split no word
    ("Results day\n\nPub\u00adlished 13 Aug\u00adust 2026\n\nThe pro\u00adportion rose", D(2026, 8, 13)),
    ("LEEDS,\u200b Sep\u200btember 20, 2025 \u2014 The mill", D(2025, 9, 20)),
    ("Results day\n\nPublished **13 August 2026**\n\nThe proportion rose", D(2026, 8, 13)),
    # the first paragraph of an HTML export, its tags before the dateline
    ("<p> date 2025-09-20 HÀ NỘI — In the face of mounting challenges</p>", D(2025, 9, 20)),
    ('<div class="story"><p><strong>HÀ NỘI, September 20, 2025</strong> — In the face', D(2025, 9, 20)),
    ("<h1>Headline</h1>\n<p>LAGOS (Reuters) — Sept. 3, 2023 — Fuel queues returned</p>", D(2023, 9, 3)),
    # a place with accents, saved composed or decomposed (NFD), or with a mark no letter
    # composes with
    ("QUÉBEC CITY, October 28, 2025 — The riding fell", D(2025, 10, 28)),
    ("QUE\u0301BEC CITY, October 28, 2025 — The riding fell", D(2025, 10, 28)),
    ("BOGOTA\u0301, 4 May 2024 — Rain", D(2024, 5, 4)),
    ("SA\u0303O PAULO, Brazil, March 2, 2026 — Traffic", D(2026, 3, 2)),
    ("Q\u0313UEBEC, March 2, 2026 — Traffic", D(2026, 3, 2)),
    # a slipped digit is the date the text states, in the wrong millennium
    ("date 3025-09-20 HÀ NỘI — In the face of mounting challenges", D(3025, 9, 20)),
])
def test_a_dateline_gives_the_publication_date(text, date):
    assert reference_date(text) == date


@pytest.mark.parametrize("text", [
    "The summit ran from September 22, 2024 to September 24.",       # a sentence, not a place
    "In September 20, 2025 we met.",
    "Prices rose.\nBy March 3, 2020, prices fell.",
    "Oslo, May 3, 2020, was cold and wet.",                           # no dash after the date
    "HANOI, Sept. 20 (VNA) – the year is not given",
    "Cork, Ireland, June 2, 2024, was the day the ferry sank.",       # no dash after the date
    "<p>The summit ran from September 22, 2024 to September 24.</p>",  # a tag opens a sentence
])
def test_a_sentence_with_a_date_is_no_dateline(text):
    assert reference_date(text) is None


def test_a_dateline_in_words_dates_the_article_as_an_iso_one_does():
    iso = "date 2025-09-20 HÀ NỘI — The treaty will be signed on October 25 this year."
    words = "HÀ NỘI, September 20, 2025 — The treaty will be signed on October 25 this year."
    def dates(text):
        return [(m.kind, m.value) for m in checker.extract(text) if m.kind in ("date", "dates", "year")][-2:]
    assert dates(words) == dates(iso) == [("date", D(2025, 10, 25)), ("year", 2025)]
