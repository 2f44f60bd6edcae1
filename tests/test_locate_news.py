"""Claims on news sentences where the figure a claim speaks of is not simply the nearest
figure of its kind: a period's length, a count joined to its noun by a hyphen, a unit
glued to the figure of the item before. Each case writes a real article and claims file
and checks the outcome an editor expects, and that an edit of the figure fails it."""
from __future__ import annotations

import pytest

import checker


def status(tmp_path, text: str, claim: str, published: str = "2025-06-21") -> tuple[str, str]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"articles: {{a: {{path: a.txt, published: {published}}}}}\nclaims:\n  - {{id: x, {claim}}}\n",
        encoding="utf-8")
    [result] = checker.check(str(tmp_path / "claims.yaml")).results
    return result.status.value, result.found


# --- a period counted from the publication date as a length of time ----------------

@pytest.mark.parametrize("text, claim, found", [
    # "the last 25 years" is a length, as "the past 25 years" was
    ("Critics note that the last 25 years have seen at least 12 reviews.",
     "about: have seen, duration: 25 years", "the last 25 years"),
    ("Over the last two decades the river has moved 40 metres.",
     "about: river has moved, duration: two decades", "the last two decades"),
    # "within four years" of a plan, in a sentence about the future
    ("The service would be implemented within four years, the government said.",
     "about: implemented, duration: four years", "within four years"),
    # the period stands nearer the claim's words than another length in the sentence
    ("The cables, designed for a life of 100 years, need repairs costing $1bn over the next two decades.",
     "about: repairs costing, duration: two decades", "the next two decades"),
    # ... and nearer than an age
    ("The number of people aged 85 and up will nearly triple over the next 25 years.",
     "about: nearly triple, duration: 25 years", "the next 25 years"),
])
def test_a_period_from_now_gives_its_length(tmp_path, text, claim, found):
    assert status(tmp_path, text, claim) == ("pass", found)
    edited = text.replace("25", "30").replace("two", "three").replace("four", "five")
    assert status(tmp_path, edited, claim)[0] == "mismatch"


@pytest.mark.parametrize("text, claim", [
    # a calendar period is no length of time
    ("Sales fell last month, the company said.", "about: Sales fell, duration: one month"),
    ("Profits rose in the last financial year.", "about: Profits rose, duration: one year"),
])
def test_a_calendar_period_is_no_length(tmp_path, text, claim):
    assert status(tmp_path, text, claim)[0] != "pass"


def test_a_real_length_nearer_the_words_still_wins(tmp_path):
    text = "The plan runs for five years and will cost $2bn over the next decade."
    assert status(tmp_path, text, "about: plan runs for, duration: five years") == ("pass", "five years")


# --- a count joined to its noun by a hyphen, beside a count of the same noun --------

@pytest.mark.parametrize("text, claim, found, edited", [
    ("The bill passed by 314 votes to 291, far narrower than the 55-vote majority it won in November.",
     "about: majority it won, count: 55 votes", "55", ("55-vote", "65-vote")),
    ("Labour scored 12 points more than in May and now holds a 5-point lead.",
     "about: now holds, count: 5 points", "5", ("5-point", "6-point")),
])
def test_a_hyphened_count_is_a_count_of_its_noun(tmp_path, text, claim, found, edited):
    """The same noun counted elsewhere in the sentence ("314 votes") was preferred over
    the nearer "55-vote majority", which the judge reads as 55 votes too."""
    assert status(tmp_path, text, claim) == ("pass", found)
    assert status(tmp_path, text.replace(*edited), claim)[0] == "mismatch"


# --- a unit glued to the figure of the item before "and" ---------------------------

@pytest.mark.parametrize("text, claim, found", [
    ("Temperatures climbed above 40C and wind gusts reached 90km/h on Monday.",
     "about: wind gusts, number: 90", "90"),
    ("The hull is 12m and the mast stands 30m tall.", "about: the mast stands, number: 30", "30"),
])
def test_a_glued_unit_does_not_join_the_item_before_and(tmp_path, text, claim, found):
    """'above 40C and wind gusts': 40 ends the item before "and", as '40 and wind gusts'
    would; it stood nearer the claim's words."""
    assert status(tmp_path, text, claim) == ("pass", found)
    assert status(tmp_path, text.replace(found, "75", 1), claim) == ("mismatch", "75")


@pytest.mark.parametrize("text", [
    "The number aged&nbsp;85 and up will nearly triple over the next&nbsp;25&nbsp;years.",   # as a CMS exports it
    "The number aged 85 and up will nearly triple over the next 25 years.".replace("next", "ne\u00adxt"),
])
def test_a_period_from_now_is_read_through_html_references_and_soft_hyphens(tmp_path, text):
    assert status(tmp_path, text, "about: nearly triple, duration: 25 years")[0] == "pass"


# --- the two sides of a tally, a score, a level and the one before it ----------------

ELECTION = ("Trump secured 312 electoral votes to Democrat Kamala Harris's 226 on Wednesday. "
            "He won 49.9% of the popular vote to Harris's 48.3%. "
            "Turnout was an estimated 64%, down from 66.6% in 2020. "
            "Republicans hold a 53-47 Senate majority.")


@pytest.mark.parametrize("claim, found, edit", [
    ("about: electoral votes, number: 226", "226", ("Harris's 226", "Harris's 236")),
    ("about: electoral votes, count: 312 electoral votes", "312 electoral votes", ("312 electoral", "302 electoral")),
    ("about: popular vote, percent: 48.3", "48.3%", ("Harris's 48.3%", "Harris's 47.3%")),
    ("about: popular vote, percent: 49.9", "49.9%", ("49.9%", "48.9%")),
    ("about: Turnout, percent: 66.6", "66.6%", ("66.6%", "67.6%")),
    ("about: Senate majority, number: 53", "53", ("53-47", "54-46")),
])
def test_a_claim_of_either_side_of_a_tally_holds_and_an_edit_fails_it(tmp_path, claim, found, edit):
    assert status(tmp_path, ELECTION, claim) == ("pass", found)
    edited_status, edited_found = status(tmp_path, ELECTION.replace(*edit), claim)
    assert edited_status == "mismatch", edited_found


def test_a_tally_is_no_pair_across_a_clause(tmp_path):
    """Figures in separate clauses are not one phrase: the nearer one is the claim's."""
    got = status(tmp_path, "Sales reached 312 units, while Harris's shop sold 226.",
                 "about: Sales reached, number: 226")
    assert got == ("mismatch", "312 units")


TRIAL = ("The drug cut the risk of stroke by 23% (95% CI 12-33%) in a trial of 4,812 adults. "
         "Side effects were reported by 8.1% of patients, compared with 7.4% on placebo. "
         "Over the last 25 years, 12 trials ran for 3 years each.")


@pytest.mark.parametrize("claim, found, edit", [
    # a figure inside the claim's own words labels the fact: the claim is of another one
    ("about: 95% CI, percent: 12-33%", "12-33%", ("12-33%", "12-35%")),
    # ... unless it is the claimed figure
    ("about: the last 25 years, duration: 25 years", "the last 25 years", ("last 25 years", "last 26 years")),
    # "compared with" pairs two figures as "to" does
    ("about: Side effects, percent: 7.4", "7.4%", ("7.4%", "7.6%")),
    ("about: Side effects, percent: 8.1", "8.1%", ("8.1%", "8.3%")),
])
def test_a_figure_of_the_claims_own_words_and_a_comparison(tmp_path, claim, found, edit):
    assert status(tmp_path, TRIAL, claim) == ("pass", found)
    edited_status, edited_found = status(tmp_path, TRIAL.replace(*edit), claim)
    assert edited_status == "mismatch" and edit[1] in edited_found, (edited_status, edited_found)


@pytest.mark.parametrize("text, claim, edit", [
    # a leading digit edited: the other side of the tally is nearer in size, but the edit
    # is one digit away from the claim
    (ELECTION, "about: electoral votes, number: 226", ("Harris's 226", "Harris's 326")),
    (ELECTION, "about: popular vote, percent: 48.3", ("Harris's 48.3%", "Harris's 58.3%")),
    # a scale word edited: the same digits at another scale, not the change beside it
    ("Brent settled 5 cents lower at $82.47 a barrel.", "about: Brent settled, money: $82.47",
     ("$82.47", "$82.48")),
    ("Stocks fell by 2 million tonnes to 45 million tonnes.", "about: Stocks fell, number: 45 million",
     ("45 million tonnes", "45 billion tonnes")),
])
def test_an_edited_side_of_a_two_figure_phrase_is_the_one_named(tmp_path, text, claim, edit):
    assert status(tmp_path, text, claim)[0] == "pass"
    got, found = status(tmp_path, text.replace(*edit), claim)
    assert got == "mismatch" and edit[1].split("'s ")[-1] in found, found


# --- a figure said again in brackets, in digits or in words -------------------------

@pytest.mark.parametrize("share", ["52%", "fifty-two per cent", "fifty-two percent"])
def test_a_bracketed_share_in_words_is_no_aside(tmp_path, share):
    """'612 (fifty-two per cent) were in children': the bracket repeats the figure as a
    share, as '612 (52%)' does; the count before it is the children's, not the '287' of
    the next clause, which the longer bracket left nearer the words."""
    text = (f"Of the confirmed cases, 612 ({share}) were in children aged under 10 years, "
            "and 287 (24%) were in young people and adults aged 15 to 34 years.")
    claim = "about: children aged under 10, count: 612"
    assert status(tmp_path, text, claim) == ("pass", "612")
    assert status(tmp_path, text.replace("612", "621", 1), claim) == ("mismatch", "621")


# --- claim words in the singular or the plural --------------------------------------

@pytest.mark.parametrize("text, claim, found", [
    ("The new steel tariff is 25%, the ministry said.", "about: steel tariffs, percent: 25", "25%"),
    ("Tariffs on steel imports rose to 25%, the ministry said.", "about: the tariff on steel, percent: 25", None),
    ("Farm subsidies reached $4.2 billion last year.", "about: farm subsidy, money: 4.2 billion USD", "$4.2 billion"),
])
def test_the_claim_words_find_the_other_number_of_a_noun(tmp_path, text, claim, found):
    """An edit from "tariffs" to "tariff" (or the claim written in the other number) is no
    new fact: where the words are nowhere as written, each may be singular or plural."""
    result = status(tmp_path, text, claim)
    if found is None:   # "tariff on steel" is not "Tariffs on steel": "the" is missing
        assert result[0] == "missing"
        return
    assert result == ("pass", found)
    edited = text.replace(found, found.replace("2", "3", 1), 1)
    assert status(tmp_path, edited, claim) == ("mismatch", found.replace("2", "3", 1))


def test_the_words_as_written_win_over_the_other_number(tmp_path):
    """Only where the words as written are nowhere: a sentence that has them exactly is
    the claim's, however many other sentences have the plural."""
    text = ("Steel tariffs were 10% last year. The steel tariff is now 25%, officials said. "
            "Other steel tariffs stayed at 10%.")
    assert status(tmp_path, text, "about: steel tariff, percent: 25") == ("pass", "25%")


# --- a table row: the claim's words name the row, the figure is a column ------------

TABLE = """## Cases by region

| Region | Cases | Rate per 100,000 |
|---|---|---|
| London | 438 | 4.9 |
| West Midlands | 261 | 4.4 |
"""


@pytest.mark.parametrize("claim, found, edit", [
    ("about: London, number: 438", "438", ("| 438 |", "| 483 |")),
    ("about: London, number: 4.9", "4.9", ("| 4.9 |", "| 5.9 |")),
    ("about: West Midlands, number: 4.4", "4.4", ("| 4.4 |", "| 4.1 |")),
])
def test_any_cell_of_a_table_row_may_be_the_claims(tmp_path, claim, found, edit):
    """'| London | 438 | 4.9 |': both figures are London's; an edit of either cell fails
    the claim on it, naming the edited cell, not its neighbour."""
    assert status(tmp_path, TABLE, claim) == ("pass", found)
    assert status(tmp_path, TABLE.replace(*edit), claim) == ("mismatch", edit[1].strip("| "))


def test_cells_of_other_rows_are_not_the_claims(tmp_path):
    """The row ends at its line: London's claim never takes the West Midlands' 4.4."""
    assert status(tmp_path, TABLE, "about: London, number: 4.4")[0] == "mismatch"


# --- a quarter named by its rank, as a period and as a rank -------------------------

@pytest.mark.parametrize("text, edited_found", [
    ("Acme reported third-quarter revenue of $4.1 billion on Tuesday.", "second-quarter"),
    ("Acme reported revenue of $4.1 billion for the third quarter on Tuesday.", "second quarter"),
])
def test_a_ranked_quarter_is_a_period_and_its_rank(tmp_path, text, edited_found):
    """'third-quarter revenue' in a results story is July to September of the reference
    year (a `dates` claim) and the third (an `ordinal` claim, as ledgers write it); an edit
    of the rank fails both, naming the quarter."""
    period = "about: revenue, dates: 2024-07-01..2024-09-30"
    rank = "about: revenue, ordinal: third"
    assert status(tmp_path, text, period, "2024-10-22")[0] == "pass"
    assert status(tmp_path, text, rank, "2024-10-22")[0] == "pass"
    edited = text.replace("third", "second")
    assert status(tmp_path, edited, period, "2024-10-22")[0] == "mismatch"
    assert status(tmp_path, edited, rank, "2024-10-22") == ("mismatch", edited_found)


def test_a_ranked_half_in_a_game_is_no_period(tmp_path):
    """'a first-half goal' is part of a match, not January to June."""
    assert status(tmp_path, "Saka scored a first-half goal in the 2-0 win.", "about: goal, ordinal: first")[0] == "pass"
