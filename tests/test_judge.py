"""The judge's messages on real claims files: a failure explains itself."""
from __future__ import annotations

import pytest

from checker import check
from checker.errors import UserError

ARTICLE = "The leaders met from September 22-24 in New York.\n"


def _one_result(tmp_path, monkeypatch, article_entry: str):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"articles:\n  a: {article_entry}\n"
        "claims:\n  - {id: trip, about: leaders met, dates: 1999-09-22..1999-09-24}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


def test_a_date_mismatch_in_an_undated_article_says_which_year_was_assumed(tmp_path, monkeypatch):
    result = _one_result(tmp_path, monkeypatch, "{path: a.txt}")
    assert result.status.value == "mismatch"
    assert "no publication date" in result.message and "add `published:`" in result.message


def test_a_dated_article_gets_no_such_hint(tmp_path, monkeypatch):
    result = _one_result(tmp_path, monkeypatch, "{path: a.txt, published: 2024-09-20}")
    assert result.status.value == "mismatch"
    assert result.message == ("value differs (the text gives no year; 'from September 22-24' reads as "
                              "2024-09-22..2024-09-24)")


def _bound_claim(tmp_path, monkeypatch, sentence: str, figure: str):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-06-10}\n"
        f"claims:\n  - {{id: mill, about: the mill closed, year: {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


def test_a_year_with_a_bound_holds_where_the_text_states_the_same_bound(tmp_path, monkeypatch):
    result = _bound_claim(tmp_path, monkeypatch, "The mill closed before 2010, the council said.", "before 2010")
    assert result.status.value == "pass", result.message
    assert result.found == "before 2010"


def test_a_year_with_a_bound_fails_on_the_exact_year_and_names_the_qualifier(tmp_path, monkeypatch):
    result = _bound_claim(tmp_path, monkeypatch, "The mill closed in 2010, the council said.", "before 2010")
    assert result.status.value == "mismatch"
    assert result.message == "qualifier differs: text says exactly, claim says before"


def test_an_exact_year_fails_where_the_text_only_bounds_it(tmp_path, monkeypatch):
    result = _bound_claim(tmp_path, monkeypatch, "The mill closed after 2010, the council said.", "2010")
    assert result.status.value == "mismatch"
    assert "text says after" in result.message


def test_since_is_an_inclusive_lower_bound_not_after(tmp_path, monkeypatch):
    result = _bound_claim(tmp_path, monkeypatch, "The mill closed and has stood empty since 2019.", "after 2019")
    assert result.status.value == "mismatch"
    assert "text says from (on or after), claim says after" in result.message


@pytest.mark.parametrize("sentence, figure, status", [
    ("The mill closed its sheds by the end of 2027, the council said.", "by the end of 2027", "pass"),
    ("The mill closed its sheds by the end of 2027, the council said.", "until 2027", "pass"),
    ("The mill closed its sheds until 2027, the council said.", "by the end of 2027", "pass"),
    ("The mill closed its sheds by the end of 2028, the council said.", "by the end of 2027", "mismatch"),
    ("The mill closed its sheds in 2027, the council said.", "by the end of 2027", "mismatch"),
    ("The mill closed and has stood empty since 2019.", "since the start of 2019", "pass"),
])
def test_a_year_bound_worded_as_the_end_of_the_year_is_a_year(tmp_path, monkeypatch, sentence, figure, status):
    """docs/claims.md lists "by the end of" among a year's at-most words: `year: by the
    end of 2027` is at most 2027 (it was refused as a dates figure)."""
    result = _bound_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == status, result.message


RANKS = "The university is expected to rank between 10th and 15th in the regional table, the ministry said."


def _rank_claim(tmp_path, monkeypatch, figure: str, sentence: str = RANKS):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-06-10}\n"
        f"claims:\n  - {{id: rank, about: regional table, ordinal: {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


@pytest.mark.parametrize("figure", ["between 10th and 15th", "between the tenth and the fifteenth",
                                    "between 10 and 15"])
def test_a_range_of_ranks_holds_however_the_claim_spells_it(tmp_path, monkeypatch, figure):
    result = _rank_claim(tmp_path, monkeypatch, figure)
    assert result.status.value == "pass", result.message
    assert result.found == "between 10th and 15th"


@pytest.mark.parametrize("figure", ["12th", "10th", "between 10th and 16th", "between 9th and 15th"])
def test_a_rank_inside_or_another_range_fails_on_a_range_of_ranks(tmp_path, monkeypatch, figure):
    result = _rank_claim(tmp_path, monkeypatch, figure)
    assert result.status.value == "mismatch"
    assert result.message == "value differs"


def test_a_range_of_ranks_fails_where_the_text_states_one_rank(tmp_path, monkeypatch):
    result = _rank_claim(tmp_path, monkeypatch, "between 10th and 15th",
                         "The university ranked 12th in the regional table, the ministry said.")
    assert result.status.value == "mismatch"
    assert result.message == "value differs"


def test_an_ordinal_with_a_one_sided_bound_is_refused_not_read_as_the_rank(tmp_path, monkeypatch):
    with pytest.raises(UserError) as e:
        _rank_claim(tmp_path, monkeypatch, "over 10")
    assert "an ordinal takes no qualifier" in str(e.value.problems[0])


TALKS = "Talks on the tariff deal dragged on for several weeks before a breakthrough."


def _talks_claim(tmp_path, monkeypatch, figure: str, sentence: str = TALKS, tolerance: str = ""):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    extra = f", tolerance: {tolerance}" if tolerance else ""
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-06-10}\n"
        f"claims:\n  - {{id: talks, about: tariff deal, duration: {figure}{extra}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


@pytest.mark.parametrize("figure", ["several weeks", "a few weeks", "about 3 weeks"])
def test_a_vague_duration_holds_for_a_claim_as_vague(tmp_path, monkeypatch, figure):
    result = _talks_claim(tmp_path, monkeypatch, figure)
    assert result.status.value == "pass", result.message


def test_some_days_holds_as_the_claim_writes_it_after_for(tmp_path, monkeypatch):
    result = _talks_claim(tmp_path, monkeypatch, "for some days",
                          "Talks on the tariff deal stalled for some days before a breakthrough.")
    assert result.status.value == "pass", result.message


def test_an_exact_duration_never_holds_where_the_text_is_vague(tmp_path, monkeypatch):
    result = _talks_claim(tmp_path, monkeypatch, "3 weeks")
    assert result.status.value == "mismatch"
    assert result.message == "qualifier differs: text says about, claim says exactly"


def test_a_vague_claim_never_holds_where_the_text_is_exact(tmp_path, monkeypatch):
    result = _talks_claim(tmp_path, monkeypatch, "several weeks",
                          "Talks on the tariff deal dragged on for three weeks before a breakthrough.")
    assert result.status.value == "mismatch"


@pytest.mark.parametrize("figure", ["several months", "a couple of weeks"])
def test_a_vague_duration_of_another_unit_or_size_fails(tmp_path, monkeypatch, figure):
    result = _talks_claim(tmp_path, monkeypatch, figure)
    assert result.status.value == "mismatch"
    assert result.message == "value differs"


@pytest.mark.parametrize("figure, tolerance, status", [("5 weeks", "2", "pass"), ("10 weeks", "10%", "mismatch")])
def test_a_tolerance_bends_a_vague_duration_only_as_far_as_it_says(tmp_path, monkeypatch, figure, tolerance, status):
    result = _talks_claim(tmp_path, monkeypatch, figure, tolerance=tolerance)
    assert result.status.value == status, result.message


@pytest.mark.parametrize("figure, tolerance, status", [
    ("10 weeks", "10%", "mismatch"),   # was a pass: 10% of the hours' offset, not of ten weeks
    ("30 days", "5%", "mismatch"),
    ("4 weeks", "1", "pass"),          # 1 is one week, the claim's unit
    ("20 days", "1", "pass"),          # three weeks are 21 days
    ("20 days", "0.5", "mismatch"),
    ("1 month", "50%", "mismatch"),    # a month has no fixed number of days
])
def test_a_duration_tolerance_is_in_the_claims_unit(tmp_path, monkeypatch, figure, tolerance, status):
    result = _talks_claim(tmp_path, monkeypatch, figure, tolerance=tolerance,
                          sentence="Talks on the tariff deal dragged on for three weeks before a breakthrough.")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("figure, status", [
    ("2 weeks", "mismatch"), ("5 hours", "mismatch"), ("20 days", "mismatch"),  # all three passed
    ("21 days", "pass"), ("3 weeks", "pass"), ("504 hours", "pass"),
])
def test_durations_in_weeks_days_or_hours_compare_by_length(tmp_path, monkeypatch, figure, status):
    result = _talks_claim(tmp_path, monkeypatch, figure,
                          sentence="Talks on the tariff deal dragged on for three weeks before a breakthrough.")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, status", [
    ("He is expected to miss 12 to 14 months after surgery.", "pass"),
    ("He is expected to miss one to 1 1/6 years after surgery.", "pass"),
    ("He is expected to miss 12 to 14 years after surgery.", "mismatch"),   # passed: ends compared without unit
    ("He is expected to miss 12 to 14 weeks after surgery.", "mismatch"),
    ("He is expected to miss 12 to 14 days after surgery.", "mismatch"),
])
def test_a_range_of_lengths_compares_each_end_in_its_unit(tmp_path, monkeypatch, sentence, status):
    """edits11: a range of lengths with its unit changed ("12 to 14 months" -> "12 to 14
    years", "two to three weeks" -> "two to three days") held the claim."""
    result = judged(tmp_path, monkeypatch, sentence, "{id: out, about: expected to miss, duration: 12 to 14 months}")
    assert result.status.value == status, (result.found, result.message)


def judged(tmp_path, monkeypatch, text: str, claim: str, published: str = "2024-09-20"):
    """The one result of ``claim`` (a flow mapping) on an article holding ``text``."""
    (tmp_path / "a.txt").write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"articles:\n  a: {{path: a.txt, published: {published}}}\nclaims:\n  - {claim}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


@pytest.mark.parametrize("about, sentence", [
    ("talks in the US", "The leaders held talks in the U.S. on September 23."),
    ("talks in the U.S.", "The leaders held talks in the US on September 23."),
    ("the UN Charter", "They signed the U.N. Charter on September 23."),
    ("the E.U. summit", "They met at the EU summit on September 23."),
])
def test_an_initialism_locates_with_or_without_full_stops(tmp_path, monkeypatch, about, sentence):
    """House styles differ ("U.S." in AP copy, "US" in the Guardian's): restyling the
    article must not lose the claims that name it."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: met, about: {about}, date: September 23}}")
    assert result.status.value == "pass", result.message


def test_a_lower_case_word_is_no_initialism(tmp_path, monkeypatch):
    result = judged(tmp_path, monkeypatch, "The U.S. team met on September 23.",
                    "{id: met, about: the us team, date: September 23}")
    assert result.status.value == "missing"


EARNINGS = ("Revenue rose 12% to $4.1bn, while net profit fell 3% to $900m. The company employs "
            "about 12,000 people in 14 countries. The board approved a buyback of up to $500m. "
            "Shares closed 2.5% higher at $84.50.")


@pytest.mark.parametrize("claim, found", [
    ("{id: p, about: net profit, money: $900m}", "$900m"),           # its own clause, not the nearer $4.1bn
    ("{id: p, about: net profit, percent: down 3%}", "fell 3%"),
    ("{id: r, about: Revenue, money: $4.1bn}", "$4.1bn"),
    ("{id: c, about: employs, count: 14 countries}", "14 countries"),  # the count of that noun
    ("{id: s, about: employs, count: about 12000 people}", "about 12,000 people"),
    ("{id: s, about: Shares closed, money: $84.50}", "$84.50"),       # '$500m.' ends a sentence
])
def test_a_dense_sentence_locates_the_figure_the_claim_is_about(tmp_path, monkeypatch, claim, found):
    result = judged(tmp_path, monkeypatch, EARNINGS, claim, "2024-10-22")
    assert result.status.value == "pass", result.message
    assert result.found == found


@pytest.mark.parametrize("claim, found", [
    ("{id: p, about: net profit, money: $4.1bn}", "$900m"),
    ("{id: p, about: net profit, money: $950m}", "$900m"),
    ("{id: c, about: employs, count: 15 countries}", "14 countries"),
    ("{id: c, about: employs, count: 14 offices}", "about 12,000 people"),
    ("{id: s, about: Shares closed, money: $500m}", "$84.50"),
])
def test_a_dense_sentence_never_passes_a_claim_it_does_not_state(tmp_path, monkeypatch, claim, found):
    result = judged(tmp_path, monkeypatch, EARNINGS, claim, "2024-10-22")
    assert result.status.value == "mismatch"
    assert result.found == found


@pytest.mark.parametrize("about, figure, status, found", [
    ("roads and bridges", "$110 billion", "pass", "$110 billion"),
    ("broadband", "$65 billion", "pass", "$65 billion"),
    ("roads and bridges", "$65 billion", "mismatch", "$110 billion"),
])
def test_a_figure_after_and_starts_the_next_item_of_a_list(tmp_path, monkeypatch, about, figure, status, found):
    result = judged(tmp_path, monkeypatch,
                    "It includes $110 billion for roads and bridges and $65 billion for broadband.",
                    f"{{id: c, about: {about}, money: {figure}}}", "2021-08-12")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("about, figure, status, found", [
    ("June's figure", "105000", "pass", "105,000"),
    ("June's figure", "187000", "mismatch", "105,000"),
    ("Job growth in July", "157000", "pass", "157,000"),
])
def test_a_figure_before_and_ends_the_item_before(tmp_path, monkeypatch, about, figure, status, found):
    """ "... from 187,000 and June's figure was cut to 105,000": the figure just before
    "and" belongs to the item before, however near it stands to the claim's words."""
    result = judged(tmp_path, monkeypatch,
                    "Job growth in July was revised down to 157,000 from 187,000 and June's figure "
                    "was cut to 105,000, the lowest since December 2020.",
                    f"{{id: c, about: \"{about}\", number: {figure}}}", "2023-09-01")
    assert (result.status.value, result.found) == (status, found), result.message


LIFE = "Dame Jane Goodall (3 April 1934 – 1 October 2025) was an English primatologist. She was in Gombe in July 1960."


@pytest.mark.parametrize("claim, status", [
    ("{id: d, about: Goodall, date: 3 April 1934}", "pass"),
    ("{id: d, about: Goodall, date: 1 October 2025}", "pass"),
    ("{id: d, about: Goodall, date: 1934-04-03}", "pass"),
    ("{id: d, about: Goodall, date: 4 April 1934}", "mismatch"),
    ("{id: d, about: Goodall, date: 1 October 2024}", "mismatch"),
    ("{id: d, about: Goodall, date: 1 January 1980}", "mismatch"),  # inside the range, not stated
    ("{id: d, about: Gombe, date: July 1 1960}", "missing"),       # a month named whole states no day
])
def test_a_date_claim_holds_on_either_end_of_a_range_written_day_by_day(tmp_path, monkeypatch, claim, status):
    """A biography's "(3 April 1934 – 1 October 2025)" states two days, birth and death:
    a ``date`` claim holds on either end and on no day between."""
    result = judged(tmp_path, monkeypatch, LIFE, claim, "2025-10-02")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("claim, status", [
    ("{id: d, about: summit, date: September 22}", "pass"),
    ("{id: d, about: summit, date: September 24}", "pass"),
    ("{id: d, about: summit, date: September 23}", "mismatch"),
    ("{id: d, about: summit, date: 2023-09-22}", "mismatch"),
])
def test_a_date_claim_on_a_range_without_a_year(tmp_path, monkeypatch, claim, status):
    result = judged(tmp_path, monkeypatch, "The summit runs from September 22-24 in New York.", claim, "2024-09-20")
    assert result.status.value == status, result.message


NEW_YEAR = ("The fire broke out on December 28 and burned for three days.\n"
            "Voting will take place on March 3-5, officials said.\n")


@pytest.mark.parametrize("claim, status", [
    ("{id: c, about: fire broke out, date: December 28}", "pass"),
    ("{id: c, about: fire broke out, date: 2024-12-28}", "pass"),      # past tense: the December before
    ("{id: c, about: fire broke out, date: 2025-12-28}", "mismatch"),
    ("{id: c, about: fire broke out, date: December 27}", "mismatch"),
    ("{id: c, about: Voting, dates: March 3-5}", "pass"),
    ("{id: c, about: Voting, dates: 2025-03-03..2025-03-05}", "pass"),  # future: the March after
    ("{id: c, about: Voting, dates: 2024-03-03..2024-03-05}", "mismatch"),
])
def test_a_date_without_a_year_across_the_turn_of_the_year(tmp_path, monkeypatch, claim, status):
    """An article of 3 January: its tense puts 'December 28' in the year before and
    'will take place on March 3-5' in the year of publication; a claim without a year
    holds either way, one with the wrong year fails and says how the text was read."""
    result = judged(tmp_path, monkeypatch, NEW_YEAR, claim, "2025-01-03")
    assert result.status.value == status, result.message
    if status == "mismatch" and "2025-12-28" in claim:
        assert "reads as 2024-12-28" in result.message


@pytest.mark.parametrize("sentence, status", [
    ("The summit runs from September 22-24 in New York.", "pass"),
    ("The summit runs from September 22-24, 2024 in New York.", "pass"),
    ("The summit runs from September 22-24, 2023 in New York.", "mismatch"),
    ("The summit runs from September 22-24, 2025 in New York.", "mismatch"),
])
def test_a_claim_without_a_year_never_bends_a_year_the_text_states(tmp_path, monkeypatch, sentence, status):
    """A claim's 'September 22-24' is of the publication year. Only a text date without a
    year may lie a year off (its tense placed it); '..., 2023' in a 2024 article is a
    different date and must fail."""
    result = judged(tmp_path, monkeypatch, sentence, "{id: t, about: summit, dates: September 22-24}", "2024-09-20")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, status", [
    ("The service would be implemented within four years, the government said.", "pass"),
    ("The service would be implemented within five years, the government said.", "mismatch"),
    ("The service would be implemented within three years, the government said.", "mismatch"),
    ("The service would be implemented within 4 years, the government said.", "pass"),
])
def test_a_span_counted_from_the_publication_date_is_never_moved_a_year(tmp_path, monkeypatch, sentence, status):
    """'within five years' ends a year after 'within four years' does: the same day a
    year off is another span here, not a date whose year the tense guessed."""
    result = judged(tmp_path, monkeypatch, sentence,
                    "{id: t, about: service would be implemented, dates: within four years}", "2025-06-21")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("claim, sentence, published, status", [
    # a bare "May" or "March" is a verb in prose but a month as a claim's figure
    ("dates: May", "The buyback announced in May is 62% complete.", "2024-11-07", "pass"),
    ("dates: May", "The buyback announced in June is 62% complete.", "2024-11-07", "mismatch"),
    ("dates: March", "Construction begins in March, the council said.", "2024-11-13", "pass"),
    # last February, a leap year, read in a January article: the same month
    ("dates: February", "Antarctic sea ice hit its lowest in February.", "2025-01-10", "pass"),
    ("dates: March", "Antarctic sea ice hit its lowest in February.", "2025-01-10", "mismatch"),
    ("date: February 28", "The ice peaked on February 29.", "2025-01-10", "mismatch"),
])
def test_a_month_named_alone(tmp_path, monkeypatch, claim, sentence, published, status):
    about = sentence.split(" in ")[0].split(" on ")[0].split()[-2:]
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: t, about: {' '.join(about)}, {claim}}}", published)
    assert result.status.value == status, result.message


def test_a_thousands_separator_ends_no_clause(tmp_path, monkeypatch):
    """The comma in 'Rs 5,566 crore' is inside a figure: the quarter after it is still in
    the claim's clause, nearer than the weekday before."""
    result = judged(tmp_path, monkeypatch,
                    "Tata Motors on Friday reported a 34 per cent jump in net profit to Rs 5,566 crore "
                    "for the April-June quarter.",
                    "{id: q, about: net profit, dates: 2024-04-01..2024-06-30}", "2024-08-02")
    assert (result.status.value, result.found) == ("pass", "April-June"), result.message


@pytest.mark.parametrize("figure, status", [
    ("five years", "pass"), ("5 years", "pass"), ("60 months", "pass"),
    ("four years", "mismatch"), ("about five years", "mismatch"),
])
def test_a_duration_claim_reads_the_length_of_a_period_from_now(tmp_path, monkeypatch, figure, status):
    """'over the next five years' is a period of dates; a duration claim reads its length."""
    result = judged(tmp_path, monkeypatch, "The company plans to invest Rs 35,000 crore over the next five years.",
                    f"{{id: h, about: plans to invest, duration: {figure}}}", "2024-08-02")
    assert result.status.value == status, result.message
    if status != "pass":
        assert result.found == "the next five years"


@pytest.mark.parametrize("sentence, figure, status, found", [
    ("Exports of tea rose 6% in the 12 months to March, the board said.", "12 months", "pass", "the 12 months to March"),
    ("Exports of tea rose 6% in the 12 months to March, the board said.", "one year", "pass", "the 12 months to March"),
    ("Exports of tea rose 6% in the nine months to March, the board said.", "12 months", "mismatch", "the nine months to March"),
    ("Exports of tea rose 6% in the three months ending June 30, the board said.", "three months", "pass",
     "the three months ending June 30"),
    ("Exports of tea rose 6% in the three months ending June 30, the board said.", "four months", "mismatch",
     "the three months ending June 30"),
])
def test_a_duration_claim_reads_a_period_of_stated_length_up_to_a_date(tmp_path, monkeypatch, sentence, figure,
                                                                       status, found):
    """'the 12 months to March' is a period of dates with its length stated: a duration
    claim reads that length, and an edit of it fails the claim naming the period."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: h, about: Exports of tea, duration: {figure}}}",
                    "2024-05-14")
    assert (result.status.value, result.found) == (status, found), result.message


def test_a_duration_claim_does_not_read_a_calendar_period(tmp_path, monkeypatch):
    result = judged(tmp_path, monkeypatch, "Sales fell sharply last month, the company said.",
                    "{id: h, about: Sales fell, duration: one month}", "2024-08-02")
    assert result.status.value == "missing"


@pytest.mark.parametrize("sentence, claim, name, status", [
    ("Under Section 230 platforms are shielded from liability.", "{id: s, about: liability, number: 230}",
     "Section 230", "missing"),
    ("Patients with type 2 diabetes rose to 400 million.", "{id: t, about: diabetes, count: 2}", "type 2", "mismatch"),
    ("The update reached iOS 17 users on Monday.", "{id: i, about: update, number: 17}", "iOS 17", "missing"),
])
def test_a_name_with_digits_is_no_figure_and_the_failure_says_what_checks_it(tmp_path, monkeypatch, sentence, claim,
                                                                            name, status):
    """PRODUCT.md: names with digits are not figures. A number claim on one finds no
    figure (or another one); the message names the name and the `text:` claim that locks it."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status
    assert f"{name!r} is a name with digits" in result.message and f"`text: {name}`" in result.message


def test_a_rank_read_as_a_figure_is_named_no_name_with_digits(tmp_path, monkeypatch):
    """ "the No. 1 position" is a rank the engine reads; when the claim's words find another
    rank, the message must not call "No. 1" a name with digits."""
    result = judged(tmp_path, monkeypatch,
                    "It gives us the No. 1 position in vision, as Europe has the No. 3 position.",
                    "{id: r, about: as Europe has, ordinal: 1}")
    assert (result.status.value, result.found) == ("mismatch", "No. 3")
    assert "name with digits" not in result.message


def test_a_name_with_digits_hint_needs_the_claimed_digits(tmp_path, monkeypatch):
    result = judged(tmp_path, monkeypatch, "Under Section 230 platforms are shielded from liability.",
                    "{id: s, about: liability, number: 23}")
    assert result.status.value == "missing" and "name with digits" not in result.message


def test_a_name_with_digits_text_claim_holds(tmp_path, monkeypatch):
    result = judged(tmp_path, monkeypatch, "Under Section 230 platforms are shielded from liability.",
                    "{id: s, about: liability, text: Section 230}")
    assert result.status.value == "pass"


@pytest.mark.parametrize("sentence, claim, status", [
    ("Heat-related deaths in Europe topped 61,000 in 2022.", "{id: d, about: deaths, count: over 61000 deaths}", "pass"),
    ("The death toll rose to 120, officials said.", "{id: d, about: death toll, count: 120 deaths}", "pass"),
    ("Deaths were not counted and 120 were hurt.", "{id: d, about: Deaths, count: 120 deaths}", "mismatch"),
    ("Deaths in the region reached 412 on Monday.", "{id: d, about: region, count: 412 deaths}", "pass"),
    ("Deaths fell sharply, but 300 were injured.", "{id: d, about: Deaths, count: 300 deaths}", "mismatch"),
    ("Heat-related deaths in Europe topped 61,000 in 2022.", "{id: d, about: deaths, count: over 60000 deaths}", "mismatch"),
])
def test_a_count_noun_written_before_its_number(tmp_path, monkeypatch, sentence, claim, status):
    """'deaths ... topped 61,000': the noun a claim counts may stand as the subject a few
    words before a bare number, in the same clause; across 'but' the number counts
    something else ("the death toll rose to 120" is 120 deaths)."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("Deaths topped 61,000 in the summer of 2022.", "{id: y, about: Deaths, year: 2022}", "pass"),
    ("Deaths topped 61,000 in the summer of 2022.", "{id: y, about: Deaths, year: 2023}", "mismatch"),
    ("The plant opened in March 2019.", "{id: y, about: plant opened, year: 2019}", "pass"),
    ("The plant opened on March 3.", "{id: y, about: plant opened, year: 2024}", "missing"),
    ("The talks ran from December 2023 to February 2024.", "{id: y, about: talks, year: 2023}", "missing"),
])
def test_a_year_claim_reads_a_period_written_with_its_year(tmp_path, monkeypatch, sentence, claim, status):
    """'in the summer of 2022', 'in March 2019' state the year a `year` claim checks; a
    date without its year does not, and a period across two years is no one year."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status, result.message


@pytest.mark.parametrize("about, figure, status", [
    ("services", "money: $24.97 billion", "pass"),
    ("services", "percent: up 12", "pass"),
    ("iPhone revenue", "money: $46.22 billion", "pass"),
    ("services", "money: $46.22 billion", "mismatch"),
])
def test_an_aside_between_commas_is_nearer_than_another_statement(tmp_path, monkeypatch, about, figure, status):
    """'while services, which include the App Store, grew 12% to $24.97 billion': the
    figures after the aside belong to services; the one before 'while' to the iPhone."""
    text = ("iPhone revenue rose 5.5% to $46.22 billion, while services, which include the App Store, "
            "grew 12% to a record $24.97 billion.")
    result = judged(tmp_path, monkeypatch, text, f"{{id: s, about: {about}, {figure}}}")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("figure, status", [("78th", "pass"), ("79th", "mismatch"), ("4", "mismatch")])
def test_an_ordinal_claim_prefers_a_rank_to_a_nearer_bare_number(tmp_path, monkeypatch, figure, status):
    """'Foden made it 4-0 in the 78th minute': the score's 4 is nearer the name, but an
    ordinal claim speaks of the rank ('UNGA 79', a bare number, counts where no rank is)."""
    result = judged(tmp_path, monkeypatch, "Phil Foden made it 4-0 in the 78th minute before Wissa pulled one back.",
                    f"{{id: f, about: Phil Foden, ordinal: {figure}}}")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("Researchers followed 1204 adults in a trial of 1204 adults.", "{id: n, about: trial, count: 1204 adults}", "pass"),
    ("Emissions fell 5% from 2019 levels.", "{id: y, about: Emissions, year: 2019}", "pass"),
])
def test_a_four_digit_count_after_of_and_a_year_before_levels(tmp_path, monkeypatch, sentence, claim, status):
    """'a trial of 1204 adults' counts adults (written without its comma); 'from 2019
    levels' names a year."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status, result.message


def test_the_name_hint_needs_a_name(tmp_path, monkeypatch):
    """'of 1204' is no name with digits: the hint is for 'Section 230', 'type 2'."""
    result = judged(tmp_path, monkeypatch, "The board met of 1204 members in Ward 6.", "{id: n, about: board, number: 1204}")
    assert "name with digits" not in result.message


@pytest.mark.parametrize("figure, status", [("a month", "pass"), ("one month", "pass"), ("an hour", "mismatch"),
                                            ("a week", "mismatch")])
def test_a_duration_claim_of_a_unit(tmp_path, monkeypatch, figure, status):
    """'duration: a month' is a length of one month, as 'after a month-long trial' states."""
    result = judged(tmp_path, monkeypatch, "A jury convicted him after a month-long trial.",
                    f"{{id: t, about: trial, duration: {figure}}}")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("The 87-year-old actor died on Monday.", "{id: a, about: actor, number: 87}", "pass"),
    ("The actor died on Monday, aged 87.", "{id: a, about: actor, number: 87}", "pass"),
    ("The actor died on Monday, aged 87.", "{id: a, about: actor, duration: 87 years}", "pass"),
    ("The 87-year-old actor died on Monday.", "{id: a, about: actor, duration: 87 years}", "pass"),
    ("The 87-year-old actor died on Monday.", "{id: a, about: actor, number: 88}", "mismatch"),
    ("The actor died on Monday, aged 87.", "{id: a, about: actor, duration: 86 years}", "mismatch"),
    ("After 30 years of work the actor retired.", "{id: a, about: actor, number: 30}", "missing"),
    ("The actor died on Monday, aged&nbsp;87.", "{id: a, about: actor, duration: 87 years}", "pass"),
    ("The&nbsp;87-year-old actor died on Monday.", "{id: a, about: actor, number: 87}", "pass"),
])
def test_an_age_is_the_same_fact_as_a_number_or_a_length(tmp_path, monkeypatch, sentence, claim, status):
    """'aged 87' (a number) and 'the 87-year-old' (a length in years) state one age: a
    claim of either kind holds on either wording. A length that is no age ('after 30
    years of work') is no number."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("Harris holds a 5-point lead among women.", "{id: l, about: lead, count: 5 points}", "pass"),
    ("Harris holds a 5-point lead among women.", "{id: l, about: lead, count: 6 points}", "mismatch"),
    ("The coach named a 23-man squad.", "{id: s, about: squad, count: 23 men}", "pass"),
    ("The coach named a 23-man squad.", "{id: s, about: squad, count: 23 players}", "mismatch"),
])
def test_a_count_noun_joined_to_its_number_by_a_hyphen(tmp_path, monkeypatch, sentence, claim, status):
    """'a 5-point lead' is 5 points and 'a 23-man squad' 23 men: the number is read as an
    adjective (no count), but a count claim of that noun holds on it."""
    result = judged(tmp_path, monkeypatch, sentence, claim)
    assert result.status.value == status, result.message


@pytest.mark.parametrize("text", ["The survey of 1,004 British adults ran online.",
                                  "The survey of 1004 British adults ran online."])
@pytest.mark.parametrize("figure, status", [("1004 British adults", "pass"), ("\"1,004 adults\"", "pass"),
                                            ("1005 British adults", "mismatch")])
def test_a_four_digit_count_before_a_nationality_is_no_year(tmp_path, monkeypatch, text, figure, status):
    """ "1004 British adults" in a claim and in the text is a count, though four digits
    before a capital read as a year elsewhere ("in 2019 British voters")."""
    result = judged(tmp_path, monkeypatch, text, f"{{id: s, about: survey of, count: {figure}}}", "2024-06-27")
    assert result.status.value == status, result.message


TRIAL = ("The trial enrolled 19,114 people aged 70 or older. The rate was 21.5 events per 1,000 "
         "person-years in the aspirin group. It was 21.2 per&nbsp;1,000 in the placebo group.")


@pytest.mark.parametrize("claim, status, found", [
    ("{id: a, about: enrolled, number: at least 70}", "pass", "70 or older"),
    ("{id: a, about: enrolled, number: at least 71}", "mismatch", "70 or older"),
    ("{id: a, about: enrolled, count: 19114 people}", "pass", "19,114 people"),
    ("{id: a, about: aspirin group, number: 21.5}", "pass", "21.5 events"),
    ("{id: a, about: aspirin group, number: 22.5}", "mismatch", "21.5 events"),
    ("{id: a, about: placebo group, number: 21.2}", "pass", "21.2"),     # "per&nbsp;1,000" in HTML copy
])
def test_a_bound_claimed_prefers_a_bound_and_a_rate_is_no_denominator(tmp_path, monkeypatch, claim, status, found):
    """`number: at least 70` speaks of "aged 70 or older", not of the nearer "19,114
    people"; "per 1,000 person-years" is a rate's unit, never the figure a claim is about."""
    result = judged(tmp_path, monkeypatch, TRIAL, claim, "2018-09-16")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("City have won the title in six of the last seven seasons.", "count: seven seasons", "pass"),
    ("City have won the title in six of the last seven seasons.", "count: six seasons", "pass"),
    ("City have won the title in six of the last seven seasons.", "count: eight seasons", "mismatch"),
    ("City have won the title in six of the last eight seasons.", "count: seven seasons", "mismatch"),
    ("City have won the title in five of the last seven seasons.", "count: six seasons", "mismatch"),
    ("Two of the three judges dissented from the ruling.", "count: three judges", "pass"),
    ("Two of the three judges dissented from the ruling.", "count: two judges", "pass"),
    ("Two of the four judges dissented from the ruling.", "count: three judges", "mismatch"),
    # the whole may be someone's: "seven of the board's eleven members"
    ("The motion was carried by seven of the board's eleven members.", "count: seven members", "pass"),
    ("The motion was carried by seven of the board's eleven members.", "count: eleven members", "pass"),
    ("The motion was carried by eight of the board's eleven members.", "count: seven members", "mismatch"),
    ("The motion was carried by seven of Iceland's eleven ministers.", "count: seven ministers", "pass"),
    # ... or no article at all: "41 of 52 economists"
    ("The motion was carried by 41 of 52 delegates.", "count: 41 delegates", "pass"),
    ("The motion was carried by 41 of 52 delegates.", "count: 52 delegates", "pass"),
    ("The motion was carried by 40 of 52 delegates.", "count: 41 delegates", "mismatch"),
])
def test_a_part_and_its_whole_are_one_phrase(tmp_path, monkeypatch, sentence, claim, status):
    """In "six of the last seven seasons" both figures count seasons: a claim of either
    holds, whichever stands nearer its words, and an edit of the one it states fails it."""
    about = "won the title" if "title" in sentence else "carried by" if "carried" in sentence else "dissented"
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: p, about: {about}, {claim}}}", "2024-05-20")
    assert result.status.value == status, result.message


@pytest.mark.parametrize("sentence, claim, found", [
    ("The motion was carried by 42 of 52 delegates.", "count: 41 delegates", "42"),
    ("The motion was carried by 41 of 62 delegates.", "count: 52 delegates", "62 delegates"),
    ("City have won the title in six of the last eight seasons.", "count: six seasons", None),
])
def test_an_edited_part_or_whole_fails_naming_the_edited_figure(tmp_path, monkeypatch, sentence, claim, found):
    """Where neither side of "41 of 52 delegates" is the claimed figure, the failure names
    the one most like it (the edited one), not the one nearer the claim's words."""
    about = "won the title" if "title" in sentence else "delegates"
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: p, about: {about}, {claim}}}", "2024-05-20")
    if found is None:
        assert result.status.value == "pass", result.message
    else:
        assert (result.status.value, result.found) == ("mismatch", found), result.message


MARKETS = ("Brent crude futures settled 5 cents lower at $82.47 a barrel. The Dow Jones "
           "Industrial Average rose 489.83 points, or 1.43%, to 34,827.70. Gold gained $15 to "
           "$1,980 an ounce, and silver rose 2% to $23.10. The jobless rate jumped to 3.8% from "
           "3.5% in July. Euro-area inflation eased to 2.2% in May from 2.6% in April, and "
           "the savings rate fell to 4.1% in the second quarter from 4.7%. The plan cuts the deficit "
           "to 4.4% of GDP in 2026-27 from 4.8%.")


@pytest.mark.parametrize("edit, claim, status, found", [
    (None, "{id: b, about: Brent, money: $82.47}", "pass", "$82.47"),
    (None, "{id: b, about: Brent, money: 5 cents}", "pass", "5 cents"),
    (None, "{id: b, about: Dow Jones, number: 34827.70}", "pass", "34,827.70"),
    (None, "{id: b, about: Dow Jones, number: 489.83}", "pass", "489.83 points"),
    (None, "{id: b, about: Gold gained, money: $1980}", "pass", "$1,980"),
    (None, "{id: b, about: silver rose, money: $23.10}", "pass", "$23.10"),
    # an edited level or change fails its claim, naming the figure of the claimed size
    (("$82.47", "$82.48"), "{id: b, about: Brent, money: $82.47}", "mismatch", "$82.48"),
    (("5 cents", "6 cents"), "{id: b, about: Brent, money: 5 cents}", "mismatch", "6 cents"),
    (("34,827.70", "34,827.80"), "{id: b, about: Dow Jones, number: 34827.70}", "mismatch", "34,827.80"),
    (("$1,980", "$1,990"), "{id: b, about: Gold gained, money: $1980}", "mismatch", "$1,990"),
    (None, "{id: b, about: jobless rate, percent: 3.8}", "pass", "3.8%"),
    (None, "{id: b, about: jobless rate, percent: 3.5}", "pass", "3.5%"),   # the level before
    (("3.5%", "3.6%"), "{id: b, about: jobless rate, percent: 3.5}", "mismatch", "3.6%"),
    # the period of the level between it and the level before ("to 2.2% in May from 2.6%")
    (None, "{id: b, about: inflation eased, percent: 2.6%}", "pass", "2.6%"),
    (None, "{id: b, about: inflation eased, percent: 2.2%}", "pass", "2.2%"),
    (("2.6%", "2.7%"), "{id: b, about: inflation eased, percent: 2.6%}", "mismatch", "2.7%"),
    (None, "{id: b, about: savings rate, percent: 4.7%}", "pass", "4.7%"),
    (("4.7%", "4.8%"), "{id: b, about: savings rate, percent: 4.7%}", "mismatch", "4.8%"),
    # ... and what the level is a share of: "to 4.4% of GDP in 2026-27 from 4.8%"
    (None, "{id: b, about: the deficit, percent: 4.8%}", "pass", "4.8%"),
    (None, "{id: b, about: the deficit, percent: 4.4%}", "pass", "4.4%"),
    (("4.8%.", "4.9%."), "{id: b, about: the deficit, percent: 4.8%}", "mismatch", "4.9%"),
    # a level claimed as the change, or the change as the level, still fails
    (None, "{id: b, about: Gold gained, money: $1965}", "mismatch", "$1,980"),
])
def test_a_change_and_the_level_it_led_to_are_one_phrase(tmp_path, monkeypatch, edit, claim, status, found):
    """In "settled 5 cents lower at $82.47" the claim's words stand nearer the change, but
    a claim of the level speaks of the level: whichever of the two is claimed is judged,
    and an edit of it fails the claim naming the new figure, not its partner."""
    text = MARKETS if edit is None else MARKETS.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim, "2023-11-14")
    assert (result.status.value, result.found) == (status, found), result.message


RESULTS = ("Third-quarter highlights:\n- Diluted earnings per share: $1.07, versus $1.19\n"
           "- Gross margin: 41.2% (vs. 42.0%)\n- Free cash flow of $88 million, against $131 million.\n")


@pytest.mark.parametrize("edit, claim, status, found", [
    (None, "{id: e, about: Diluted earnings per share, money: $1.19}", "pass", "$1.19"),
    (None, "{id: e, about: Diluted earnings per share, money: $1.07}", "pass", "$1.07"),
    (None, "{id: e, about: Gross margin, percent: 42%}", "pass", "42.0%"),
    (None, "{id: e, about: Free cash flow, money: $131 million}", "pass", "$131 million"),
    (("$1.19", "$1.18"), "{id: e, about: Diluted earnings per share, money: $1.19}", "mismatch", "$1.18"),
    (("42.0%", "42.5%"), "{id: e, about: Gross margin, percent: 42%}", "mismatch", "42.5%"),
    # a figure claimed that neither side states still fails
    (None, "{id: e, about: Diluted earnings per share, money: $1.17}", "mismatch", "$1.19"),
])
def test_a_figure_and_the_one_it_is_compared_with_are_one_phrase(tmp_path, monkeypatch, edit, claim, status, found):
    """An earnings release sets each figure beside the year before's ("$1.07, versus
    $1.19", "41.2% (vs. 42.0%)"): a claim of either speaks of that phrase, as "compared
    with" does."""
    text = RESULTS if edit is None else RESULTS.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim, "2026-11-05")
    assert (result.status.value, result.found) == (status, found), result.message


OUTLOOK = ("Net sales were $1.84 billion in the quarter. For the year, the company expects net sales "
           "growth of 5% to 6%, narrowed from 4% to 7%, and diluted EPS of $4.10 to $4.25.")


@pytest.mark.parametrize("edit, claim, status, found", [
    (None, "{id: o, about: net sales, money: $1.84 billion}", "pass", "$1.84 billion"),
    (("$1.84 billion", "$1.48 billion"), "{id: o, about: net sales, money: $1.84 billion}", "mismatch", "$1.48 billion"),
    (None, "{id: o, about: diluted EPS, money: between $4.10 and $4.25}", "pass", "$4.10 to $4.25"),
    # a figure after the words with no words of its own is still theirs
    (("and diluted EPS of $4.10 to $4.25", "and to book $7.5 billion"),
     "{id: o, about: For the year, money: $7.5 billion}", "pass", "$7.5 billion"),
    (("and diluted EPS of", "and it was"), "{id: o, about: the company expects, money: between $4.10 and $4.25}",
     "pass", "$4.10 to $4.25"),
])
def test_a_figure_of_the_next_list_item_named_by_its_own_words_is_not_the_claims(tmp_path, monkeypatch, edit, claim,
                                                                                   status, found):
    """In "expects net sales growth of 5% to 6%, ..., and diluted EPS of $4.10 to $4.25"
    the money is EPS's: a `money` claim about net sales finds none in that sentence (it
    failed naming $4.10 to $4.25, though the sentence before states the claimed $1.84
    billion)."""
    text = OUTLOOK if edit is None else OUTLOOK.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim, "2026-11-05")
    assert (result.status.value, result.found) == (status, found), result.message


CONVERSIONS = ("Temperatures in Seville are forecast to reach 44°C (111°F) on Sunday. The new "
               "trail runs 5 miles (8 km) along the coast, and the boxer weighed 12 stone (about 76 kg).")


@pytest.mark.parametrize("edit, claim, status, found", [
    (None, "{id: t, about: forecast to reach, number: 111}", "pass", "111"),
    (None, "{id: t, about: forecast to reach, number: 44}", "pass", "44"),
    (None, "{id: t, about: trail runs, number: 8}", "pass", "8"),
    (None, "{id: t, about: boxer weighed, number: about 76}", "pass", "about 76"),
    (("(111°F)", "(113°F)"), "{id: t, about: forecast to reach, number: 111}", "mismatch", "113"),
    (("44°C", "45°C"), "{id: t, about: forecast to reach, number: 44}", "mismatch", "45"),
    (None, "{id: t, about: forecast to reach, number: 112}", "mismatch", "111"),
])
def test_a_measure_and_its_conversion_in_brackets_are_one_phrase(tmp_path, monkeypatch, edit, claim, status, found):
    """"44°C (111°F)" states one temperature in two units: a claim of either holds, and
    an edit of either fails its claim naming the new figure."""
    text = CONVERSIONS if edit is None else CONVERSIONS.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim, "2025-07-19")
    assert (result.status.value, result.found) == (status, found), result.message


QUOTE = ('"The labour market is cooling," said Lydia Boussour, senior economist at EY. '
         "President Lương Cường met Secretary-General António Guterres in New York.")


@pytest.mark.parametrize("edit, claim, status, found", [
    (("Boussour", "Bousour"), "{id: t, about: senior economist, text: Lydia Boussour}", "mismatch", "Lydia Bousour"),
    (("Lương Cường", "Lương Cương"), "{id: t, about: met, text: Lương Cường}", "mismatch", "Lương Cương"),
    # exact about case and diacritics unless told to ignore them: the text's own wording is shown
    (None, "{id: t, about: met, text: Luong Cuong}", "mismatch", "Lương Cường"),
    (None, "{id: t, about: met, text: luong cuong, ignore: [case, diacritics]}", "pass", "Lương Cường"),
    # nothing like it: missing, with nothing found
    (("Lydia Boussour, senior", "a senior"), "{id: t, about: senior economist, text: Lydia Boussour}", "missing", None),
    (None, "{id: t, about: senior economist, text: Jerome Powell}", "missing", None),
    # the claim's capitals are no edit: "New Yorl" is as close to "New York" as "new yorl"
    (("New York", "New Yorl"), "{id: t, about: met, text: New York}", "mismatch", "New Yorl"),
    (("New York", "NEW YORL"), "{id: t, about: met, text: New York}", "mismatch", "NEW YORL"),
])
def test_a_name_that_no_longer_holds_shows_the_text_s_wording(tmp_path, monkeypatch, edit, claim, status, found):
    """A misspelt or edited name is what the text says instead: the failure shows it, as a
    figure's does, instead of saying only that the claimed name is not there."""
    text = QUOTE if edit is None else QUOTE.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim)
    assert (result.status.value, result.found) == (status, found), result.message


SCORES = "City beat Brentford 4-1 on Saturday; the council voted 11-1 and the series stands at 2-1."


@pytest.mark.parametrize("edit, claim, found", [
    (("4-1", "3-1"), "{id: t, about: beat Brentford, text: 4-1}", "3-1"),
    (("4-1", "4-0"), "{id: t, about: beat Brentford, text: 4-1}", "4-0"),
    (("voted 11-1", "voted 10-1"), "{id: t, about: council, text: voted 11-1}", "voted 10-1"),
    (("2-1.", "2-2."), "{id: t, about: the series stands, text: 2-1}", "2-2"),
])
def test_a_score_edited_is_what_the_text_says_instead(tmp_path, monkeypatch, edit, claim, found):
    """A score or tally claimed as text ("4-1") shares few letters with its edit ("3-1"),
    yet it is that wording edited: the failure shows it, not 'missing'."""
    result = judged(tmp_path, monkeypatch, SCORES.replace(*edit), claim)
    assert (result.status.value, result.found) == ("mismatch", found), result.message


TWICE = ("Deputy Minister Bui Thanh Son. (Photo: VNA)\n\n"
         "The trip matters, said Deputy Minister Bui Thanh Son. The deputy minister later left.")


@pytest.mark.parametrize("edit, status, found", [
    (None, "pass", "Bui Thanh Son"),
    (("Minister Bui Thanh Son.", "Minister Bui Thanh Soo."), "mismatch", "Bui Thanh Soo"),
    (("said Deputy Minister Bui Thanh Son", "said Deputy Minister Bui Thanh Sơn"), "mismatch", "Bui Thanh Sơn"),
    # a sentence of the words that names nobody is no other wording
    (("The deputy minister later left", "Deputy Minister Lan later left"), "pass", "Bui Thanh Son"),
])
def test_a_name_respelt_in_one_of_its_sentences_fails_the_claim(tmp_path, monkeypatch, edit, status, found):
    """Every sentence the words locate must say the name as claimed, as every place must
    state a claimed figure: one of two written otherwise fails the claim, naming it."""
    text = TWICE if edit is None else TWICE.replace(*edit, 1)
    result = judged(tmp_path, monkeypatch, text, "{id: t, about: Deputy Minister, text: Bui Thanh Son}")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("sentence, figure, read", [
    ("By the end of the 1990s the mill closed.", "years: the 1990s", "'By the end of the 1990s' reads as 1997-1999"),
    ("In the early 2000s the mill closed.", "years: the 2000s", "'the early 2000s' reads as 2000-2003"),
    ("In the second half of 2024 the mill closed.", "dates: 2024-01-01..2024-12-31",
     "'second half of 2024' reads as 2024-07-01..2024-12-31"),
])
def test_a_period_whose_wording_hides_its_ends_says_how_it_was_read(tmp_path, monkeypatch, sentence, figure, read):
    """It said only "value differs", with found: 'by the end of the 1990s' against the
    claimed 'the 1990s', which does not say which years the text was taken to mean."""
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2025-06-10}\n"
        f"claims:\n  - {{id: mill, about: the mill closed, {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    assert result.status.value == "mismatch"
    assert result.message == f"value differs ({read})"


def test_years_written_out_need_no_reading(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The plan ran in 2019-2023.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2025-06-10}\n"
        "claims:\n  - {id: plan, about: plan ran, years: 2019-2022}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    assert result.message == "value differs"


AGES = ("The rate of dementia diagnoses among people over 65 stood at 7,100 per 100,000. "
        "Vaccines reached 4,200 residents aged 80 or older.")


@pytest.mark.parametrize("edit, claim, status, found", [
    (None, "{id: a, about: dementia diagnoses, number: 7100}", "pass", "7,100"),
    (None, "{id: a, about: dementia diagnoses, number: over 65}", "pass", "over 65"),
    (("7,100", "7,200"), "{id: a, about: dementia diagnoses, number: 7100}", "mismatch", "7,200"),
    (None, "{id: a, about: Vaccines reached, count: 4200 residents}", "pass", "4,200 residents"),
    (None, "{id: a, about: Vaccines reached, number: at least 80}", "pass", "80 or older"),
])
def test_an_age_group_is_no_statistic(tmp_path, monkeypatch, edit, claim, status, found):
    """"among people over 65" says who is counted: a claim of an exact figure speaks of
    the sentence's other figure, though "over 65" stands nearer its words; a claim of
    the bound still finds it."""
    text = AGES if edit is None else AGES.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim)
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("text, claim, found, why", [
    # a day the month does not have reads as no date: the failure points at it all the same
    ("Residents can comment until Nov. 31 by calling the clerk.",
     "{id: c, about: Residents can comment, date: until November 30}", "Nov. 31", "November has 30 days"),
    ("The council met on 31 April to approve the plan.", "{id: c, about: council met, date: 30 April}",
     "31 April", "April has 30 days"),
    ("Filing closes Feb. 29, 2025, officials said.", "{id: c, about: Filing closes, date: 2025-02-28}",
     "Feb. 29, 2025", "February 2025 has 28 days"),
    # a dateline's date in the same sentence is not what the slip is reported as
    ("CITY HALL, Oct. 2, 2024 — Residents can comment until Nov. 31 by calling the clerk.",
     "{id: c, about: Residents can comment, date: November 30}", "Nov. 31", "November has 30 days"),
    # "to Nov. 31" is no end of November: the range claimed is not what the text states
    ("The fair runs from Nov. 28 to Nov. 31 in the square.",
     "{id: c, about: The fair runs, dates: November 28-30}", "Nov. 31", "November has 30 days"),
    ("The fair runs from February 27 to February 30 this year.",
     "{id: c, about: The fair runs, dates: February 27-29}", "February 30", "February 2024 has 29 days"),
    # a day no month has: a day 0, a day past 31
    ("Residents can comment until Nov. 40 by calling the clerk.",
     "{id: c, about: Residents can comment, date: until November 30}", "Nov. 40", "November has 30 days"),
    ("The census counted them on July 0, officials said.", "{id: c, about: census counted, date: July 1}",
     "July 0", "July has 31 days"),
    # an ISO date edited past its month or its days: a dateline's slip
    ("date 2025-19-20 HANOI — In the face of mounting challenges, talks opened.",
     "{id: c, about: mounting challenges, date: 2025-09-20}", "2025-19-20", "there is no month 19"),
    ("date 2025-09-31 HANOI — In the face of mounting challenges, talks opened.",
     "{id: c, about: mounting challenges, date: 2025-09-20}", "2025-09-31", "September 2025 has 30 days"),
])
def test_a_day_the_month_does_not_have_is_named_as_the_slip(tmp_path, monkeypatch, text, claim, found, why):
    result = judged(tmp_path, monkeypatch, text, claim)
    assert result.status.value == "mismatch", result.message
    assert result.found == found
    assert result.message == f"{found!r} is not a date: {why}"
    assert text[result.span.start:result.span.end] == found


@pytest.mark.parametrize("text, claim, found, why", [
    # days of one month edited into no period: backwards, or past the month's end; the
    # failure names the whole wording, not the first day read from it
    ("Talks run from September 22-14 in New York.", "{id: c, about: Talks run, dates: September 22-24}",
     "September 22-14", "it ends before it starts"),
    ("Talks run from Sept. 22 to 34 in New York.", "{id: c, about: Talks run, dates: September 22-24}",
     "Sept. 22 to 34", "September has 30 days"),
    ("Talks run from 32–24 September in New York.", "{id: c, about: Talks run, dates: September 22-24}",
     "32–24 September", "September has 30 days"),
    ("Talks run from the 22nd to the 14th of September.", "{id: c, about: Talks run, dates: September 22-24}",
     "the 22nd to the 14th of September", "it ends before it starts"),
    ("Talks run between September 22 and 14 in New York.", "{id: c, about: Talks run, dates: September 22-24}",
     "September 22 and 14", "it ends before it starts"),
    # years edited into no span: a year out of reach, backwards, a thousand years long;
    # the failure names them, not the next term of the sentence
    ("She was vice-chair (2922–2023), member of the council (2023–2025), and more.",
     "{id: c, about: vice-chair, years: 2022-2023}", "2922–2023", "2922 is no year"),
    ("She was vice-chair (2022 to 2013), member of the council (2023–2025), and more.",
     "{id: c, about: vice-chair, years: 2022-2023}", "2022 to 2013", "it ends before it starts"),
    ("She was vice-chair (2022-21), member of the council (2023–2025), and more.",
     "{id: c, about: vice-chair, years: 2022-2023}", "2022-21", "it ends before it starts"),
    ("She was vice-chair (1022–2023), member of the council (2023–2025), and more.",
     "{id: c, about: vice-chair, years: 2022-2023}", "1022–2023", "1001 years long"),
    ("She was vice-chair (3022-23), member of the council (2023–2025), and more.",
     "{id: c, about: vice-chair, years: 2022-2023}", "3022-23", "3022 is no year"),
    # where a year's word holds them: a season, a financial year, a range after "between"
    ("It is their first series win since 3014-15, the board said.", "{id: c, about: series win, years: 2014-2015}",
     "3014-15", "3014 is no year"),
    ("Funds were set aside in the 3027/28 financial year.", "{id: c, about: Funds were set aside, years: 2027-2028}",
     "3027/28", "3027 is no year"),
    ("Enrolment rose between 1019 and 2023.", "{id: c, about: Enrolment rose, years: 2019-2023}",
     "1019 and 2023", "1004 years long"),
])
def test_a_range_that_is_no_range_is_named_as_the_slip(tmp_path, monkeypatch, text, claim, found, why):
    result = judged(tmp_path, monkeypatch, text, claim)
    assert result.status.value == "mismatch", result.message
    assert result.found == found
    kind = "a period" if "dates" in claim else "a span of years"
    assert result.message == f"{found!r} is not {kind}: {why}"
    assert text[result.span.start:result.span.end] == found


@pytest.mark.parametrize("text, claim, found", [
    ("It sees an adjusted margin of 26-17% next year.", "{id: c, about: adjusted margin, percent: 16-17}", "26-17%"),
    ("Sales to China made up 20% to 15% of revenue.", "{id: c, about: made up, percent: 20-25}", "20% to 15%"),
    ("The hazard ratio was 0.80 (95% confidence interval, 0.72 to 0.00).",
     "{id: c, about: confidence interval, number: 0.72 to 0.90}", "0.72 to 0.00"),
    ("Estimates ranged from 143,000 to 135,000 jobs.", "{id: c, about: Estimates ranged, number: 143000-235000}",
     None),  # "from ... to": a change as often as a range, no slip named
])
def test_a_range_of_figures_edited_to_run_backwards_is_named(tmp_path, monkeypatch, text, claim, found):
    result = judged(tmp_path, monkeypatch, text, claim)
    assert result.status.value == "mismatch", result.message
    if found is None:
        assert "is not a range" not in result.message
    else:
        assert (result.found, result.message) == (found, f"{found!r} is not a range: it ends before it starts")


@pytest.mark.parametrize("text, claim, status, found", [
    # the 2000s edited into no decade: named, as no decade
    ("Goals were met in the 2001s, he said.", "{id: c, about: Goals were met, years: the 2000s}", "mismatch",
     "2001s"),
    ("Goals were met in the 3000s, he said.", "{id: c, about: Goals were met, years: the 2000s}", "mismatch",
     "3000s"),
    # two days listed, the later first, are no slip; nor are numbers of people
    ("Talks were held on September 17 and 15 in New York.", "{id: c, about: Talks were held, date: September 15}",
     "pass", "15"),
    ("Between 1500-2000 people attended the talks in 2023.", "{id: c, about: people attended, year: 2024}",
     "mismatch", "2023"),
])
def test_what_is_no_slip_of_a_range(tmp_path, monkeypatch, text, claim, status, found):
    result = judged(tmp_path, monkeypatch, text, claim)
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("text, claim", [
    ("The fair runs from Nov. 28 to Nov. 30 in the square.", "{id: c, about: The fair runs, dates: November 28-30}"),
    ("Filing closes Feb. 29, 2024, officials said.", "{id: c, about: Filing closes, date: 2024-02-29}"),
    ("From January to February 30 people joined the club.",
     "{id: c, about: people joined, dates: January-February}"),
])
def test_a_day_the_month_has_is_no_slip(tmp_path, monkeypatch, text, claim):
    result = judged(tmp_path, monkeypatch, text, claim)
    assert result.status.value == "pass", result.message


def test_a_missing_figure_names_the_kind_of_the_nearest_one_in_words(tmp_path, monkeypatch):
    result = judged(tmp_path, monkeypatch, "Residents can comment in November by phone.",
                    "{id: c, about: Residents can comment, date: November 30}")
    assert result.status.value == "missing"
    assert result.message.endswith("nearest figure there is 'November' (a period)"), result.message


EMPHASIS = ("A fire closed two of its six lanes for three months. The 87-year-old actor died on "
            "Monday. It flies a 236-seat jet, with 42 business-class seats. Brent settled 5 cents "
            "lower at $82.47.")


@pytest.mark.parametrize("plain, marked, claim, found", [
    ("six lanes", "*six lanes*", "{id: l, about: closed two of its, count: six lanes}", "six lanes"),
    ("87-year", "**87-year**", "{id: a, about: actor died, number: 87}", "87-year"),
    ("236", "**236**", "{id: s, about: flies a, count: 236 seats}", "236"),
    ("236", "_236_", "{id: s, about: flies a, count: 236 seats}", "236"),
    ("5 cents", "*5 cents*", "{id: b, about: Brent settled, money: $82.47}", "$82.47"),
])
def test_emphasis_around_a_figure_is_no_word_between_it_and_its_phrase(tmp_path, monkeypatch, plain, marked,
                                                                        claim, found):
    """Markdown emphasis marks are dropped for matching; the words next to a figure (its
    whole, "-old", "-seat", the level after a change) are read past them too: each edit
    was a false alarm naming another figure ("two", "42 business-class seats") or none."""
    result = judged(tmp_path, monkeypatch, EMPHASIS.replace(plain, marked, 1), claim)
    assert (result.status.value, result.found) == ("pass", found), result.message


@pytest.mark.parametrize("sentence, claim, status", [
    ("Refunds are paid within 20 business days.", "duration: 20 business days", "pass"),
    ("Refunds are paid within 20 business days.", "duration: 21 business days", "mismatch"),
    ("Refunds are paid within 20 business days.", "duration: 4 weeks", "mismatch"),
    ("Refunds&nbsp;are paid within&nbsp;20&nbsp;working days.", "duration: 20 days", "pass"),
    ("The review takes 10 working days.", "duration: 10 working days", "pass"),
])
def test_business_days_are_a_length_of_that_many_days(tmp_path, monkeypatch, sentence, claim, status):
    """ "within 20 business days" is a period of dates whose calendar length depends on the
    weekends in it; a duration claim reads the 20 days the text states."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: c, about: paid, {claim}}}"
                    if "paid" in sentence else f"{{id: c, about: review, {claim}}}", "2026-08-27")
    assert result.status.value == status, (result.found, result.message)


def test_a_claim_whose_words_are_gone_says_where_its_figure_still_stands(tmp_path, monkeypatch):
    """'bilateral trade' reworded to 'two-way trade': no sentence has the claim's words,
    but the figure stands; the message says where, so the fix is one glance."""
    text = ("Leaders met in Hanoi on Monday.\n"
            "In the first eight months, two-way trade reached nearly 88 billion USD, up 22%.\n")
    result = judged(tmp_path, monkeypatch, text, "{id: t, about: bilateral trade, money: nearly 88 billion USD}")
    assert result.status.value == "missing" and result.found is None and result.span is None
    assert result.message == ("no sentence mentions 'bilateral trade'; the claimed figure is at line 2:50 "
                              "('…months, two-way trade reached nearly 88 billion USD'): if that is the fact, "
                              "its sentence no longer has the `about` words")


@pytest.mark.parametrize("text", [
    "Two-way trade reached over 88 billion USD this year.",          # another figure: nothing to point at
    "Trade rose by 5 billion USD, 5 billion USD and 5 billion USD in three years.",  # stated too often to tell
])
def test_no_place_is_named_where_the_figure_is_not_clearly_there(tmp_path, monkeypatch, text):
    figure = "nearly 88 billion USD" if "88" in text else "5 billion USD"
    result = judged(tmp_path, monkeypatch, text, f"{{id: t, about: bilateral trade, money: {figure}}}")
    assert result.message == "no sentence mentions 'bilateral trade'"


@pytest.mark.parametrize("claim, found, named", [
    ("{id: c, about: constructors' standings, count: 601 points}", "97 points", "'601 points' (column 93)"),
    ("{id: c, about: constructors' standings, number: 504}", "97 points", "'504' (column 107)"),
    ("{id: c, about: fastest lap, number: 58}", "26", "'58' (column 109)"),
])
def test_a_mismatch_names_the_claimed_figure_said_elsewhere_in_its_sentence(tmp_path, monkeypatch, claim,
                                                                           found, named):
    """The claim's words stand nearer another figure of the sentence, which states the
    claimed one too: the check still fails (an edit may have made the sentence say the
    claimed figure of another fact), but names where the claimed figure stands, so the
    editor sees at once whether to move the `about` words or fix the text."""
    text = ("McLaren extended their lead in the constructors' standings to 97 points over Red Bull, "
            "with 601 points to 504.\n"
            "\"That was the longest 20 laps of my life,\" said Norris, 26, who also set the fastest lap, "
            "a 1:34.486 on lap 58, for an extra point.\n")
    result = judged(tmp_path, monkeypatch, text, claim)
    assert (result.status.value, result.found) == ("mismatch", found)
    assert result.message == (f"value differs; the sentence also states {named}: if the claim means that "
                              "figure, give `about` words beside it")


@pytest.mark.parametrize("text", [
    "McLaren extended their lead in the constructors' standings to 97 points over Red Bull.",  # not stated
    "McLaren extended their lead in the constructors' standings to 97 points, with over 601 points.",  # a bound
])
def test_a_mismatch_names_no_figure_the_sentence_does_not_state_as_claimed(tmp_path, monkeypatch, text):
    result = judged(tmp_path, monkeypatch, text, "{id: c, about: constructors' standings, count: 601 points}")
    assert (result.status.value, result.message) == ("mismatch", "value differs")


@pytest.mark.parametrize("sentence, about, figure, status", [
    ("Envoys of 40-plus nations came to the expo.", "Envoys", "more than 40 nations", "pass"),
    ("Envoys of 40-plus nations came to the expo.", "Envoys", "40 nations", "mismatch"),
    ("The club now has 2000+ members.", "club now has", "over 2000 members", "pass"),
    ("The fair drew 2,000 or more visitors.", "fair drew", "at least 2000 visitors", "pass"),
    ("Organisers said 50-odd volunteers helped.", "Organisers said", "about 50 volunteers", "pass"),
    ("Organisers said 50-odd volunteers helped.", "Organisers said", "50 volunteers", "mismatch"),
])
def test_a_bound_between_a_count_and_its_noun_qualifies_the_count(tmp_path, monkeypatch, sentence, about, figure,
                                                                   status):
    """'40-plus nations' is more than 40 nations, not exactly 40 'plus nations'; and
    '2000+ members' counts members (it read as the year 2000)."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: c, about: {about}, count: {figure}}}")
    assert result.status.value == status, (result.found, result.message)


@pytest.mark.parametrize("figure, status", [
    ("up 0.2 points", "pass"), ("up 0.2 percentage points", "pass"), ("0.2 point", "mismatch"),
    ("up 0.3 points", "mismatch"), ("down 0.2 points", "mismatch"),
])
def test_points_of_a_rate_are_percentage_points_in_text_and_claim(tmp_path, monkeypatch, figure, status):
    result = judged(tmp_path, monkeypatch, "The jobless rate rose 0.2 point to 4.1% in May.",
                    f"{{id: j, about: jobless rate, percent: {figure}}}")
    assert result.status.value == status, result.message
    assert result.found == "rose 0.2 point"


@pytest.mark.parametrize("sentence, about, figure", [
    ("Microsoft released Windows 11 to 400 million users.", "Microsoft released", "400 million users"),
    ("Sony sold the PlayStation 5 to 50 million players.", "Sony sold", "50 million players"),
])
def test_a_names_digits_before_to_are_no_low_end_of_a_range(tmp_path, monkeypatch, sentence, about, figure):
    """'Windows 11 to 400 million users' read as 11 to 400 million users, failing a
    claim of the 400 million."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: c, about: {about}, count: {figure}}}")
    assert result.status.value == "pass", (result.found, result.message)


@pytest.mark.parametrize("text, claim, status, found", [
    # the next item of a list, with its determiner
    ("It gives us the No. 1 position in machine vision in Europe and the No. 3 position globally.",
     "{id: c, about: machine vision in Europe, ordinal: 1}", "pass", "No. 1"),
    ("It gives us the No. 1 position in machine vision in Europe and the No. 3 position globally.",
     "{id: c, about: position globally, ordinal: 3}", "pass", "No. 3"),
    # a figure said again in brackets is no aside between a figure and its words
    ("Of the cases, 612 (52%) were in children under 10, and 287 (24%) were in adults.",
     "{id: c, about: children under 10, count: 612}", "pass", "612"),
    ("Of the cases, 612 (52%) were in children under 10, and 287 (24%) were in adults.",
     "{id: c, about: children under 10, count: 613}", "mismatch", "612"),
    # a change and the level it settled at, through "to settle at"
    ("Arabica rose 3.35 cents, or 1.2%, to settle at $2.8415 per pound.",
     "{id: c, about: Arabica, money: $2.8415}", "pass", "$2.8415"),
    ("Arabica rose 3.35 cents, or 1.2%, to settle at $2.8416 per pound.",
     "{id: c, about: Arabica, money: $2.8415}", "mismatch", "$2.8416"),
    # a cricket score is one phrase of two figures
    ("Australia reached 6 for 312 at stumps on day two.", "{id: c, about: at stumps, number: 6}", "pass", "6"),
    ("Australia reached 7 for 312 at stumps on day two.", "{id: c, about: at stumps, number: 6}", "mismatch", "7"),
    # a level and the one before it, across an aside: "..., up from"
    ("The incidence was 2.1 cases per 100,000 population, up from 0.7 per 100,000 in 2025.",
     "{id: c, about: incidence, number: 0.7}", "pass", "0.7"),
    ("Tsinghua rose to 9th, the first time a Chinese university reached the top 10, up from 12th.",
     "{id: c, about: Tsinghua rose to, ordinal: 12th}", "pass", "12th"),
    ("Tsinghua rose to 9th, the first time a Chinese university reached the top 10, up from 12th.",
     "{id: c, about: Tsinghua rose to, ordinal: 11th}", "mismatch", "12th"),
    # days listed in one phrase
    ("The walkouts on 15 and 17 September will go ahead.", "{id: c, about: walkouts, date: 2026-09-17}", "pass",
     "17 September"),
    ("The walkouts on 15 and 17 September will go ahead.", "{id: c, about: walkouts, date: 2026-09-16}", "mismatch",
     "15"),
    # a period that writes only its last day states that day
    ("Speculators cut their bets in the week to March 10.", "{id: c, about: Speculators, date: March 10}", "pass",
     "the week to March 10"),
    ("Speculators cut their bets in the week to March 10.", "{id: c, about: Speculators, date: March 4}", "mismatch",
     "the week to March 10"),
    # ... also when the period is whole months ("the quarter ended", "the year to") or
    # written with its year, and beside a dateline's date in the same sentence
    ("The grocer's sales fell in the quarter ended March 31.", "{id: c, about: grocer, date: March 31}", "pass",
     "the quarter ended March 31"),
    ("The grocer's sales fell in the year to 31 March 2026.", "{id: c, about: grocer, date: 2026-03-31}", "pass",
     "the year to 31 March 2026"),
    ("LEEDS, Sept. 9, 2026 — The grocer's sales fell in the three months to June 30.",
     "{id: c, about: grocer, date: June 30}", "pass", "the three months to June 30"),
    ("LEEDS, Sept. 9, 2026 — The grocer's sales fell in the three months to June 29.",
     "{id: c, about: grocer, date: June 30}", "mismatch", "the three months to June 29"),
])


def test_figures_of_one_phrase_in_wire_and_bulletin_copy(tmp_path, monkeypatch, text, claim, status, found):
    result = judged(tmp_path, monkeypatch, text, claim, "2026-09-11")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("old, new, claim, found", [
    ("$4.1bn", "€4.1bn", "{id: r, about: Revenue, money: $4.1bn}", "€4.1bn"),
    ("$900m", "£900m", "{id: p, about: net profit, money: $900m}", "£900m"),
    ("$84.50", "A$84.50", "{id: s, about: Shares closed, money: $84.50}", "A$84.50"),
])
def test_an_edited_currency_is_named_not_the_sentences_other_dollars(tmp_path, monkeypatch, old, new, claim, found):
    """Money in the claim's currency is preferred among a sentence's figures; the claimed
    amount in another currency counts as one of them, so an edit of the currency alone
    fails naming it ("€4.1bn"), not the other dollar figure of the sentence ("$900m")."""
    result = judged(tmp_path, monkeypatch, EARNINGS.replace(old, new, 1), claim, "2024-10-22")
    assert (result.status.value, result.found) == ("mismatch", found), result.message
    assert "unit differs" in result.message


QUALIFIED = "Madrid paid about €58m for the defender, having spent around €10m on a full-back."


@pytest.mark.parametrize("old, new, found", [
    ("about €58m", "over €58m", "over €58m"),
    ("about €58m", "nearly €58m", "nearly €58m"),
    ("about €58m", "€58m", "€58m"),
])
def test_an_edited_qualifier_is_named_not_the_sentences_other_estimate(tmp_path, monkeypatch, old, new, found):
    """A claim with a qualifier prefers figures stated with it; the claimed value under
    another qualifier counts as one of them, so an edit of the qualifier alone fails
    naming it, not the sentence's other approximate figure ("around €10m")."""
    claim = "{id: fee, about: Madrid paid, money: about €58m}"
    assert judged(tmp_path, monkeypatch, QUALIFIED, claim).status.value == "pass"
    result = judged(tmp_path, monkeypatch, QUALIFIED.replace(old, new, 1), claim)
    assert (result.status.value, result.found) == ("mismatch", found), result.message


@pytest.mark.parametrize("text, found", [
    ("A fire closed two of its seven lanes for months.", "seven lanes"),   # the whole edited
    ("A fire closed two of its six lanes for months.", "six lanes"),       # as claimed
])
def test_a_part_in_the_claims_own_words_is_not_what_it_counts(tmp_path, monkeypatch, text, found):
    """`about: closed two of its` holds the part ("two"); the claim counts the whole. With
    the whole edited, neither states the claimed figure, and the failure names the whole,
    not the part nearer the words."""
    result = judged(tmp_path, monkeypatch, text, "{id: l, about: closed two of its, count: six lanes}")
    assert result.found == found, result.message


@pytest.mark.parametrize("stated, status", [
    ("88,000,000,000", "pass"),
    ("88,000,000,001", "mismatch"),     # one dollar in 88 billion: an edit, not rounding
    ("88,000,000,010", "mismatch"),
    ("87,999,999,999", "mismatch"),
])
def test_a_digit_changed_far_down_a_long_figure_fails_the_claim(tmp_path, monkeypatch, stated, status):
    """Values compare with room for the arithmetic that reads them ("1.99m" is 1.99 x 1e6)
    and no more: at one part in a billion, "88,000,000,001 USD" held for 88 billion."""
    result = judged(tmp_path, monkeypatch, f"Bilateral trade reached nearly {stated} USD in the period.",
                    "{id: t, about: bilateral trade, money: nearly 88 billion USD}")
    assert result.status.value == status, result.message
    result = judged(tmp_path, monkeypatch, "Output rose to 1.99m tonnes, and prices held.",
                    "{id: o, about: Output rose, count: 1990000 tonnes}")
    assert result.status.value == "pass", result.message


HYBRIDS = "Plug-in hybrids grew by 18.9% to 30,112 units, a 9.5% share of the market."


@pytest.mark.parametrize("claim, status, found", [
    ("{id: s, about: Plug-in hybrids, percent: 9.5}", "pass", "9.5%"),      # a level prefers a level
    ("{id: g, about: Plug-in hybrids, percent: up 18.9}", "pass", "grew by 18.9%"),
    ("{id: s, about: Plug-in hybrids, percent: 9.6}", "mismatch", "9.5%"),  # reported: the level, not the change
    ("{id: g, about: Plug-in hybrids, percent: down 18.9}", "mismatch", "grew by 18.9%"),
])
def test_a_percentage_claim_prefers_a_figure_of_its_direction(tmp_path, monkeypatch, claim, status, found):
    """A share claimed without a direction is the sentence's level, not its nearer change;
    a change claimed is the change, and one claimed in the other direction is reported."""
    result = judged(tmp_path, monkeypatch, HYBRIDS, claim, "2026-10-04")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("text, claim, status, found", [
    # a level, then its change after a comma
    ("Brent crude settled at $62.78 a barrel on Friday, down 33 cents, or 0.5%.",
     "{id: c, about: Brent crude settled, money: 33 cents}", "pass", "33 cents"),
    ("Brent crude settled at $62.78 a barrel on Friday, down 33 cents, or 0.5%.",
     "{id: c, about: Brent crude settled, money: 34 cents}", "mismatch", "33 cents"),
    # the item before, in brackets, is no figure of the words after "and"
    ("Germany (9 golds, 24 medals) and Canada (7 golds, 22 medals) rounded out the top five.",
     "{id: c, about: Canada, count: 22 medals}", "pass", "22 medals"),
    # years listed in one phrase, as days are
    ("We grew too fast in 2021 and 2022, the chief executive wrote.",
     "{id: y, about: grew too fast, year: 2022}", "pass", "2022"),
    ("We grew too fast in 2021 and 2022, the chief executive wrote.",
     "{id: y, about: grew too fast, year: 2021}", "pass", "2021"),
    # ranks listed in one phrase, as days and years are
    ("She answered with birdies at the 15th and 17th to pull clear.",
     "{id: r, about: answered with birdies, ordinal: 17th}", "pass", "17th"),
    ("She answered with birdies at the 15th and 17th to pull clear.",
     "{id: r, about: answered with birdies, ordinal: 16th}", "mismatch", "15th"),
    # a golf score against par and the round it is
    ("Lindqvist shot a 6-under 66 on Sunday to win by three.",
     "{id: g, about: Lindqvist shot a, number: 66}", "pass", "66"),
    ("Lindqvist shot a 6-under 66 on Sunday to win by three.",
     "{id: g, about: Lindqvist shot a, number: 6}", "pass", "6"),
    ("Lindqvist shot a 6-under 67 on Sunday to win by three.",
     "{id: g, about: Lindqvist shot a, number: 66}", "mismatch", "67"),
    # a gap in a table and the level it leaves
    ("Mendes is third, a further 37 points back on 282.",
     "{id: t, about: Mendes is third, number: 282}", "pass", "282"),
    # the comma before a quotation's closing mark ends its clause
    ('"That was the longest 20 laps of my life," said Okonkwo, 26, after the race.',
     "{id: a, about: said Okonkwo, number: 26}", "pass", "26"),
    ("\u201cThat was the longest 20 laps of my life,\u201d said Okonkwo, 26, after the race.",
     "{id: a, about: said Okonkwo, number: 26}", "pass", "26"),
])
def test_a_phrase_of_two_figures_holds_for_either(tmp_path, monkeypatch, text, claim, status, found):
    result = judged(tmp_path, monkeypatch, text, claim, "2026-05-31")
    assert (result.status.value, result.found) == (status, found), result.message


@pytest.mark.parametrize("figure, status", [("24.67p", "pass"), ("24.67 pence", "pass"), ("24.68p", "mismatch")])
def test_pence_against_the_digits_read_in_a_money_claim(tmp_path, monkeypatch, figure, status):
    """A claim copies the article's '24.67p' as it stands; the claim has no pounds beside
    it, as the article does, yet a money claim is money."""
    result = judged(tmp_path, monkeypatch, "Under the new cap, the unit rate for electricity will be 24.67p per "
                    "kilowatt hour, and the typical bill £1,720.", f"{{id: p, about: unit rate, money: {figure}}}")
    assert result.status.value == status, result.message


def _harvest_claim(tmp_path, monkeypatch, sentence: str, figure: str, tolerance: str):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-06-10}\n"
        f"claims:\n  - {{id: crop, about: wheat harvest, count: {figure}, tolerance: '{tolerance}'}}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


def _trade_claim(tmp_path, monkeypatch, sentence: str, figure: str):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-06-10}\n"
        f"claims:\n  - {{id: t, about: bilateral trade, {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


@pytest.mark.parametrize("sentence, figure, status", [
    # a tolerance accepts rounding, never the other side of a one-sided figure
    ("The wheat harvest came to over 42,000 tonnes.", "nearly 42000 tonnes", "mismatch"),
    ("The wheat harvest came to at least 42,000 tonnes.", "almost 42000 tonnes", "mismatch"),
    ("The wheat harvest came to almost 42,000 tonnes.", "more than 42000 tonnes", "mismatch"),
    ("The wheat harvest came to up to 42,000 tonnes.", "above 42000 tonnes", "mismatch"),
    # bounds that leave room for one true value still meet
    ("The wheat harvest came to over 41,000 tonnes.", "nearly 42000 tonnes", "pass"),
    ("The wheat harvest came to almost 43,000 tonnes.", "more than 42000 tonnes", "pass"),
    ("The wheat harvest came to at least 42,000 tonnes.", "up to 42000 tonnes", "pass"),
    ("The wheat harvest came to nearly 43,000 tonnes.", "nearly 42000 tonnes", "pass"),
])
def test_a_tolerance_never_turns_a_bound_into_its_opposite(tmp_path, monkeypatch, sentence, figure, status):
    result = _harvest_claim(tmp_path, monkeypatch, sentence, figure, "5%")
    assert result.status.value == status, result.message
    if status == "mismatch":
        assert result.message.startswith("qualifier differs")


GRANT = ("South Africa's social relief grant of R370 a month is extended, and Malaysia's "
         "toll rebate of RM25 stays.")


@pytest.mark.parametrize("about, figure, status, found", [
    ("social relief grant", "R370", "pass", "R370"),
    ("social relief grant", "370 ZAR", "pass", "R370"),
    ("social relief grant", "about R370", "mismatch", "R370"),
    ("social relief grant", "R350", "mismatch", "R370"),
    ("toll rebate", "RM25", "pass", "RM25"),
    ("toll rebate", "MYR 25", "pass", "RM25"),
])
def test_a_money_claim_reads_a_currency_s_letters_against_the_digits(tmp_path, monkeypatch, about, figure,
                                                                     status, found):
    # "R370" in a money claim is rand: the kind says it is money, as "South Africa" says
    # it in the text (the claim was refused as no money figure)
    (tmp_path / "a.txt").write_text(GRANT + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2025-03-12}\n"
        f"claims:\n  - {{id: grant, about: {about}, money: {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    assert (result.status.value, result.found) == (status, found), result.message


WALKING = "Walking 3,800 steps a day was linked to a 25% lower risk of stroke (95% CI, 18%-32%) in the cohort."


@pytest.mark.parametrize("claim, edit, status, found", [
    ("{id: c, about: lower risk, percent: between 18% and 32%}", None, "pass", "18%-32%"),
    ("{id: c, about: lower risk, percent: 18-32%}", None, "pass", "18%-32%"),
    ("{id: c, about: lower risk, percent: between 18% and 32%}", ("18%-32%", "18%-36%"), "mismatch", "18%-36%"),
    ("{id: c, about: lower risk, percent: down 25%}", None, "pass", "25%"),
])
def test_a_range_claimed_prefers_the_sentences_range(tmp_path, monkeypatch, claim, edit, status, found):
    # the confidence level "95%" stands nearer the words than the interval it qualifies
    text = WALKING if edit is None else WALKING.replace(*edit)
    result = judged(tmp_path, monkeypatch, text, claim, "2026-06-03")
    assert (result.status.value, result.found) == (status, found), result.message


def _weekday_claim(tmp_path, monkeypatch, sentence: str, figure: str, published: str = "2026-12-07"):
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"articles:\n  a: {{path: a.txt, published: {published}}}\n"
        f"claims:\n  - {{id: when, about: Treasury bills, date: {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


@pytest.mark.parametrize("sentence", [
    "The Fed will begin buying Treasury bills starting Friday.",     # the Friday to come
    "The Fed began buying Treasury bills starting Friday.",          # the Friday just gone
    "The Fed said on Monday it would begin buying Treasury bills starting Friday.",
])
@pytest.mark.parametrize("figure", ["starting Friday"])
def test_a_weekday_claimed_alone_is_the_one_the_article_means(tmp_path, monkeypatch, sentence, figure):
    """A claim's "Friday" has no clause to tell which week: the weekday must agree, and
    the text's tense says which Friday (the claim's words alone read the last one)."""
    result = _weekday_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == "pass", result.message


@pytest.mark.parametrize("sentence, figure", [
    ("The Fed will begin buying Treasury bills starting Thursday.", "starting Friday"),  # another weekday
    ("The Fed will begin buying Treasury bills on Friday.", "starting Friday"),         # another bound
    ("The Fed will begin buying Treasury bills starting Friday.", "next Friday"),       # a week later
    ("The Fed will begin buying Treasury bills starting December 18.", "starting Friday"),  # two weeks on
])
def test_a_weekday_claimed_alone_still_fails_on_another_day_or_bound(tmp_path, monkeypatch, sentence, figure):
    result = _weekday_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == "mismatch", result.message


@pytest.mark.parametrize("sentence, figure", [
    ("Bilateral trade did not reach nearly 88 billion USD this year.", "money: nearly 88 billion USD"),
    ("Bilateral trade has not yet reached 88 billion USD.", "money: 88 billion USD"),
    ("Bilateral trade hasn't reached 88 billion USD.", "money: 88 billion USD"),
    ("Bilateral trade was not up 22% but 12%.", "percent: up 22"),
    ("Bilateral trade did not rise 22% in the year.", "percent: up 22"),
    ("Bilateral trade no longer employs 1,500 officials.", "count: 1500 officials"),
    ("Bilateral trade talks were not the first of their kind.", "ordinal: first"),
    # a verb and its particle (edits11: these held)
    ("Bilateral trade never rose to 88 billion USD.", "money: 88 billion USD"),
    ("Bilateral trade is no longer valued at 88 billion USD.", "money: 88 billion USD"),
    ("Bilateral trade did not account for 22% of output.", "percent: 22"),
    ("Bilateral trade was not cut by 22% last year.", "percent: down 22"),
])
def test_a_negated_figure_does_not_hold_and_says_so(tmp_path, monkeypatch, sentence, figure):
    result = _trade_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == "mismatch", result.message
    assert result.message.startswith("the text negates it ("), result.message


@pytest.mark.parametrize("sentence, figure", [
    ("Bilateral trade not only reached 88 billion USD but kept growing.", "money: 88 billion USD"),
    ("Whether or not bilateral trade reached 88 billion USD is disputed by no one.", "money: 88 billion USD"),
    ("Bilateral trade reached 88 billion USD, not counting services.", "money: 88 billion USD"),
    ("The ministry did not say why bilateral trade rose 22%.", "percent: up 22"),
    ("Bilateral trade was not far from 88 billion USD.", "money: 88 billion USD"),
    ("Bilateral trade was, if not 88 billion USD, close to it.", "money: 88 billion USD"),
    ("Bilateral trade will not start until 2026.", "year: until 2026"),
    ("Bilateral trade talks have not resumed in 15 years.", "duration: 15 years"),  # how long they have not
    ("Bilateral trade has not grown for five years.", "duration: five years"),
])
def test_a_negation_that_keeps_the_figure_stated_is_no_negation(tmp_path, monkeypatch, sentence, figure):
    result = _trade_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == "pass", result.message


@pytest.mark.parametrize("sentence, status", [
    ("The fair runs from Saturday 6 June to Sunday 14 June.", "pass"),
    ("The fair runs from Sunday 6 June to Sunday 14 June.", "mismatch"),
    ("The fair runs from Saturday 6 June to Saturday 14 June.", "mismatch"),
    ("The fair runs from Sat. 6 June to Sun. 14 June.", "pass"),
    ("The fair runs from Fri. 6 June to Sun. 14 June.", "mismatch"),
])
def test_a_weekday_written_against_a_date_must_fall_on_it(tmp_path, monkeypatch, sentence, status):
    result = judged(tmp_path, monkeypatch, sentence, "{id: f, about: fair runs, dates: 2026-06-06..2026-06-14}",
                    "2026-05-01")
    assert result.status.value == status, result.message
    if status == "mismatch":
        assert result.message.startswith("the weekday differs: the text says "), result.message


@pytest.mark.parametrize("sentence, status", [
    ("The fair runs Saturday through Sunday, June 6-7.", "pass"),
    ("The fair runs Saturday to Sunday, 6-7 June.", "pass"),
    ("The fair runs Friday through Sunday, June 5-7.", "pass"),
    ("The fair runs Sunday, June 6-7.", "mismatch"),
])
def test_a_range_of_weekdays_before_a_range_of_days_names_its_two_ends(tmp_path, monkeypatch, sentence, status):
    # AP style: "Friday through Sunday, June 5-7" was a mismatch ("the text says Sunday,
    # but 5 June 2026 is a Friday"): the second weekday was held against the first day
    days = "2026-06-05..2026-06-07" if "June 5" in sentence else "2026-06-06..2026-06-07"
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: f, about: fair runs, dates: {days}}}", "2026-06-03")
    assert result.status.value == status, result.message


def test_a_weekday_against_a_date_is_not_checked_in_a_year_guessed(tmp_path, monkeypatch):
    """Undated, "Saturday, October 25" reads in the year factlock runs: its weekday says
    nothing about the text."""
    (tmp_path / "a.txt").write_text("The signing is on Saturday, October 25, in Hanoi.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("articles:\n  a: {path: a.txt}\n"
                                          "claims:\n  - {id: s, about: signing, date: October 25}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    assert result.status.value == "pass", result.message


@pytest.mark.parametrize("sentence, figure, status", [
    ("Bilateral trade did not exceed 88 billion USD this year.", "money: at most 88 billion USD", "pass"),
    ("Bilateral trade has never topped 88 billion USD.", "money: up to 88 billion USD", "pass"),
    ("Bilateral trade, never surpassing 100 billion USD, slowed.", "money: at most 100 billion USD", "pass"),
    ("Bilateral trade did not exceed 88 billion USD this year.", "money: 88 billion USD", "mismatch"),
    ("Bilateral trade, never surpassing 100 billion USD, slowed.", "money: surpassing 100 billion USD", "mismatch"),
    ("Bilateral trade exceeded 88 billion USD this year.", "money: at most 88 billion USD", "mismatch"),
])
def test_a_negated_lower_bound_is_an_upper_bound(tmp_path, monkeypatch, sentence, figure, status):
    """ "did not exceed 88 billion" is no more than 88 billion: a claim of at most holds,
    a claim of the figure or of more than it fails."""
    result = _trade_claim(tmp_path, monkeypatch, sentence, figure)
    assert result.status.value == status, result.message
    if status == "mismatch":
        assert "qualifier differs" in result.message, result.message


@pytest.mark.parametrize("sentence, figure, status", [
    ("Revenue rose 5% in the third quarter, the company said.", "dates: the third quarter", "pass"),
    ("Revenue rose 5% in the third quarter, the company said.", "dates: third quarter", "pass"),
    ("Revenue rose 5% in the third quarter, the company said.", "dates: Q3 2024", "pass"),
    ("Revenue rose 5% in the first half, the company said.", "dates: the first half", "pass"),
    ("Revenue rose 5% in the second quarter, the company said.", "dates: the third quarter", "mismatch"),
    ("Revenue rose 5% in the second half, the company said.", "dates: the first half", "mismatch"),
])
def test_a_quarter_named_by_its_rank_is_a_dates_claim(tmp_path, monkeypatch, sentence, figure, status):
    """`dates: the third quarter` was refused as an ordinal: the claim's kind says it is
    the period, as "Q3" is."""
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-11-10}\n"
        f"claims:\n  - {{id: q, about: Revenue rose, {figure}}}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    assert result.status.value == status, result.message
    if status == "mismatch":
        assert result.found in ("second quarter", "second half"), result.found


@pytest.mark.parametrize("sentence, figure, status", [
    ("The chapel was built in about 1340 by the abbot.", "about 1340", "pass"),
    ("The chapel was built in about 1340 by the abbot.", "circa 1340", "pass"),
    ("The chapel was built in about 1340 by the abbot.", "1340", "mismatch"),
    ("The chapel was built in about 1340 by the abbot.", "about 1341", "mismatch"),
    ("The chapel was built c. 1340 by the abbot.", "c. 1340", "pass"),
    ("The chapel was built circa 1340 by the abbot.", "about 1340", "pass"),
    ("The chapel was built in 1340 by the abbot.", "about 1340", "mismatch"),
    ("The chapel was built in 1340 by the abbot.", "1340", "pass"),
])
def test_a_year_dated_roughly_is_claimed_with_its_qualifier(tmp_path, monkeypatch, sentence, figure, status):
    """ "built in about 1340" read as a number, so no year claim could name it; "circa
    1340" read as the exact year, so dropping "circa" went unseen."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: c, about: chapel, year: {figure}}}")
    assert result.status.value == status, (result.found, result.message)
    if status == "mismatch" and "1341" not in figure:
        assert result.message.startswith("qualifier differs"), result.message


@pytest.mark.parametrize("sentence, status", [
    ("The vote is on Thursday 2026-05-14 at noon.", "pass"),
    ("The vote is on Thursday, 2026-05-14, at noon.", "pass"),
    ("The vote is on Friday, 2026-05-14, at noon.", "mismatch"),
    ("The vote is on Thursday 2026-05-15 at noon.", "mismatch"),
])
def test_a_weekday_before_an_iso_date_names_that_date(tmp_path, monkeypatch, sentence, status):
    """ "on Thursday 2026-05-14": the weekday names the ISO date after it, as it does
    "May 14, 2026"; read alone it was the Thursday of the publication week, nearer the
    claim's words, and the claim failed naming it. A wrong weekday fails."""
    result = judged(tmp_path, monkeypatch, sentence, "{id: c, about: vote is, date: 2026-05-14}", "2026-05-01")
    assert result.status.value == status, (result.found, result.message)
    if status == "pass":
        assert result.found == "2026-05-14"


@pytest.mark.parametrize("sentence, figure, message", [
    ("Trade reached over 88 billion USD this year.", "nearly 88 billion USD",
     "qualifier differs: text says 'over' (more than), claim says 'nearly' (less than)"),
    ("Trade reached 88 billion USD this year.", "at least 88 billion USD",
     "qualifier differs: text says exactly, claim says at least"),
    ("Trade reached 88 billion USD or more this year.", "about 88 billion USD",
     "qualifier differs: text says 'or more' (at least), claim says about"),
])
def test_a_qualifier_that_differs_is_named_by_its_words(tmp_path, monkeypatch, sentence, figure, message):
    """A report's table row carries the message alone: "text says above, claim says
    below" left the reader to find which words those were."""
    result = judged(tmp_path, monkeypatch, sentence, f"{{id: c, about: Trade reached, money: {figure}}}")
    assert (result.status.value, result.message) == ("mismatch", message)
