"""An article's reading options: ``country``, ``dollar`` and ``numeric_dates`` (docs/claims.md).

A bare "$" is the US dollar and a numeric date is read month first unless the article's
own dates say otherwise; a New Zealand, Australian or British story says otherwise in its
claims file. These tests write real claims files and articles and judge them, load bad
values and read the exact ``path:line:col`` lines, and check that the Python API reads
a text as such an article does.
"""
from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker import cli
from checker.claims import load_claims
from checker.errors import UserError

NZ_STORY = (
    "WELLINGTON, 3 March 2026 — Fonterra will pay farmers $10.50 per kilogram of milksolids "
    "this season, the co-operative said.\n\n"
    "Its shares rose 3 per cent to $5.61, while whole milk powder fetched US$4,120 a tonne.\n\n"
    "The payout will be reviewed on 12/05/2026, and 40 cents a share will be paid as a dividend.\n"
)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "nz.txt").write_text(NZ_STORY, encoding="utf-8")
    return tmp_path


def write(text: str, name: str = "claims.yaml") -> None:
    Path(name).write_text(textwrap.dedent(text), encoding="utf-8")


def results(options: str, claims: str) -> dict[str, tuple[str, str]]:
    """Each claim's (status, message) for the NZ story with ``options`` under its article."""
    write("articles:\n  nz:\n    path: articles/nz.txt\n" + options + "claims:\n" + claims)
    report = checker.check("claims.yaml")
    return {r.id: (r.status.value, r.message) for r in report.results}


CLAIMS = """\
  - {id: bare, about: pay farmers, money: $10.50}
  - {id: nz, about: pay farmers, money: NZ$10.50}
  - {id: nzd, about: pay farmers, money: 10.50 NZD}
  - {id: usd, about: pay farmers, money: USD 10.50}
  - {id: us-dollar, about: pay farmers, money: US$10.50}
  - {id: powder, about: whole milk powder, money: US$4120}
  - {id: powder-bare, about: whole milk powder, money: $4120}
  - {id: shares, about: Its shares, money: NZ$5.61}
  - {id: dividend, about: dividend, money: NZD 0.40}
  - {id: review, about: reviewed, date: 2026-05-12}
  - {id: review-as-written, about: reviewed, date: 12/05/2026}
"""


def test_a_new_zealand_article_reads_a_bare_dollar_as_nzd_and_dates_day_first(project):
    got = results("    country: NZ\n", CLAIMS)
    assert {k for k, (status, _) in got.items() if status == "pass"} == {
        "bare", "nz", "nzd", "powder", "shares", "dividend", "review", "review-as-written"}
    # a claim of US dollars fails on the bare "$10.50", naming the currency the text has
    # and the key that made it so
    assert got["usd"] == ("mismatch", "unit differs: text has NZD, claim has USD "
                                      "(a bare $ is NZD in this article: `country: NZ`)")
    assert got["us-dollar"][0] == "mismatch"
    # "US$4,120" names its own dollar: a bare $ claim (NZD in this article) does not hold
    assert got["powder-bare"] == ("mismatch", "unit differs: text has USD, claim has NZD")


def test_the_explicit_keys_do_what_the_country_does(project):
    got = results("    dollar: NZD\n    numeric_dates: day-first\n", CLAIMS)
    by_country = results("    country: NZ\n", CLAIMS)
    assert {k: status for k, (status, _) in got.items()} == {k: status for k, (status, _) in by_country.items()}
    assert got["usd"][1].endswith("(a bare $ is NZD in this article: `dollar: NZD`)")


def test_without_options_a_bare_dollar_is_usd_and_a_lone_date_month_first(project):
    got = results("", CLAIMS)
    passing = {k for k, (status, _) in got.items() if status == "pass"}
    assert passing == {"bare", "usd", "us-dollar", "powder", "powder-bare", "review-as-written"}
    # each failure says which key would read the text as the claim does
    assert got["nz"] == ("mismatch", "unit differs: text has USD, claim has NZD (a bare $ is read as USD "
                                     "unless the article's entry says which dollar: `dollar: NZD` or its `country:`)")
    assert got["review"] == ("mismatch", "value differs ('12/05/2026' is read month first, as 2026-12-05; if the "
                                         "article writes dates the other way, say `numeric_dates: day-first` or "
                                         "its `country:`)")
    assert got["review-as-written"] == ("pass", "")  # ... and so is the claim's own wording


def test_each_option_alone(project):
    dollar_only = results("    dollar: AUD\n", "  - {id: a, about: pay farmers, money: A$10.50}\n"
                                               "  - {id: d, about: reviewed, date: 2026-12-05}\n")
    assert dollar_only == {"a": ("pass", ""), "d": ("pass", "")}
    dates_only = results("    numeric_dates: day-first\n", "  - {id: a, about: pay farmers, money: USD 10.50}\n"
                                                            "  - {id: d, about: reviewed, date: 2026-05-12}\n")
    assert dates_only == {"a": ("pass", ""), "d": ("pass", "")}
    # month-first overrides the country's order; a US article's $ is USD
    us = results("    country: NZ\n    numeric_dates: month-first\n    dollar: USD\n",
                 "  - {id: a, about: pay farmers, money: USD 10.50}\n"
                 "  - {id: d, about: reviewed, date: 2026-12-05}\n")
    assert us == {"a": ("pass", ""), "d": ("pass", "")}
    day_first = results("    numeric_dates: day-first\n", "  - {id: d, about: reviewed, date: 2026-12-05}\n")
    assert day_first == {"d": ("mismatch", "value differs ('12/05/2026' is read day first, as 2026-05-12; if the "
                                           "article writes dates the other way, say `numeric_dates: month-first` "
                                           "or its `country:`)")}


def test_one_text_under_two_articles_is_read_by_each_articles_options(project):
    """The article is indexed (read once) per entry, with its options: the same file
    named twice, once as a New Zealand article, reads $10.50 two ways."""
    write("""\
        articles:
          nz:
            path: articles/nz.txt
            country: NZ
          plain:
            path: articles/nz.txt
        claims:
          - {id: nz, article: nz, about: pay farmers, money: NZD 10.50}
          - {id: plain, article: plain, about: pay farmers, money: USD 10.50}
          - {id: nz-date, article: nz, about: reviewed, date: 12 May 2026}
          - {id: plain-date, article: plain, about: reviewed, date: 5 December 2026}
        """)
    report = checker.check("claims.yaml")
    assert report.ok, [(r.id, r.status.value, r.message) for r in report.results]


def test_the_article_keeps_its_options(project):
    write("""\
        articles:
          nz:
            path: articles/nz.txt
            country: nz
            dollar: nzd
        claims: []
        """)
    article = load_claims("claims.yaml").articles["nz"]
    assert (article.locale.country, article.locale.dollar, article.locale.numeric_dates) == ("NZ", "NZD", None)
    assert article.locale.dollar_code == "NZD" and article.locale.day_first is True


BAD = """\
articles:
  a:
    path: articles/nz.txt
    country: NZL
    dollar: NZ
    numeric_dates: day_first
  b:
    path: articles/nz.txt
    country: New Zealand
    dollar: EUR
    numeric_dates: [day-first]
  c:
    path: articles/nz.txt
    contry: NZ
    dolar: AUD
    numeric-dates: day-first
  d:
    path: articles/nz.txt
    country:
    dollar: 12
    numeric_dates: backwards
claims: []
"""


def test_bad_values_are_reported_at_their_place(project):
    write(BAD)
    with pytest.raises(UserError) as info:
        load_claims("claims.yaml")
    assert [str(p) for p in info.value.problems] == [
        "claims.yaml:4:14: unknown country 'NZL' (did you mean 'NZ'?)",
        "claims.yaml:5:13: unknown currency 'NZ' for a bare $ in 'dollar' (did you mean 'NZD'?)",
        "claims.yaml:6:20: unknown 'numeric_dates' order 'day_first' (did you mean 'day-first'?)",
        "claims.yaml:9:14: unknown country 'New Zealand' (give its ISO 3166 two-letter code, such as NZ, AU, GB, KE)",
        "claims.yaml:10:13: 'dollar' names the currency a bare $ means, and 'EUR' is not written $ "
        "(allowed: USD, AUD, NZD, CAD, SGD, HKD, TWD, MXN)",
        "claims.yaml:11:20: 'numeric_dates' must be day-first or month-first, not a list",
        "claims.yaml:14:5: unknown key 'contry' in article 'c' (did you mean 'country'?)",
        "claims.yaml:15:5: unknown key 'dolar' in article 'c' (did you mean 'dollar'?)",
        "claims.yaml:16:5: unknown key 'numeric-dates' in article 'c' (did you mean 'numeric_dates'?)",
        "claims.yaml:19:13: 'country' is empty: expected a two-letter country code such as NZ",
        "claims.yaml:20:13: unknown currency '12' for a bare $ in 'dollar' (allowed: USD, AUD, NZD, CAD, SGD, HKD, TWD, MXN)",
        "claims.yaml:21:20: unknown 'numeric_dates' order 'backwards' (allowed: day-first, month-first)",
    ]


def test_bad_values_exit_2_on_the_command_line(project, capsys):
    write(BAD)
    assert cli.main(["check"]) == 2
    err = capsys.readouterr().err
    assert "claims.yaml:4:14: unknown country 'NZL' (did you mean 'NZ'?)" in err
    assert "Traceback" not in err


def test_uk_is_great_britain(project):
    write("articles:\n  a:\n    path: articles/nz.txt\n    country: UK\nclaims: []\n")
    locale = load_claims("claims.yaml").articles["a"].locale
    assert locale.country == "GB" and locale.dollar_code == "USD" and locale.day_first is True


# --- the Python API ---------------------------------------------------------------

def _money(text: str, **options) -> list[tuple[float, str, str]]:
    return [(m.value, m.unit, m.text) for m in checker.extract(text, **options) if m.kind == "money"]


def test_extract_takes_the_same_options():
    text = "A flat white costs $5.50 in Auckland, US$3.20 in Seattle and NZ$6 at the airport."
    assert _money(text) == [(5.5, "USD", "$5.50"), (3.2, "USD", "US$3.20"), (6.0, "NZD", "NZ$6")]
    assert _money(text, country="NZ") == [(5.5, "NZD", "$5.50"), (3.2, "USD", "US$3.20"), (6.0, "NZD", "NZ$6")]
    assert _money(text, dollar="nzd") == _money(text, country="NZ")
    [date] = [m.value for m in checker.extract("Bids close on 04/03/2026.", numeric_dates="day-first")]
    assert date == dt.date(2026, 3, 4)
    [date] = [m.value for m in checker.extract("Bids close on 04/03/2026.")]
    assert date == dt.date(2026, 4, 3)


@pytest.mark.parametrize("options, message", [
    ({"country": "NZL"}, "country='NZL'"), ({"dollar": "EUR"}, "dollar='EUR'"),
    ({"numeric_dates": "dmy"}, "numeric_dates='dmy'"), ({"country": 64}, "country=64")])
def test_extract_refuses_options_it_does_not_know(options, message):
    with pytest.raises(ValueError, match=message):
        checker.extract("$5", **options)


def test_a_countrys_own_signs_are_read_only_there():
    kenya = "Matatu owners pay Sh500 a day, and Nairobi county raised Ksh 2.1 billion."
    assert _money(kenya) == []
    assert _money(kenya, country="KE") == [(500.0, "KES", "Sh500"), (2.1e9, "KES", "Ksh 2.1 billion")]
    assert _money(kenya, country="UG") == [(500.0, "UGX", "Sh500")]  # "Ksh" is Kenya's alone
    lagos = "Bread now costs N1,200 a loaf, and the state borrowed N45 billion; ₦300 buys a bus ride."
    assert _money(lagos) == [(300.0, "NGN", "₦300")]
    assert _money(lagos, country="NG") == [(1200.0, "NGN", "N1,200"), (45e9, "NGN", "N45 billion"),
                                           (300.0, "NGN", "₦300")]
    # a letter and two digits name things, even there
    assert _money("Nurses were short of N95 masks.", country="NG") == []


_DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=300, deadline=None)
@given(_DAYS, st.sampled_from(["/", ".", "-"]), st.booleans())
def test_a_date_written_in_the_articles_order_reads_back(day, sep, padded):
    """Any date written day first reads back as that date in a day-first article (and
    month first in a month-first one), whatever the day: a day over 12 decides alone."""
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    for order, written in (("day-first", f"{d}{sep}{m}{sep}{day.year}"), ("month-first", f"{m}{sep}{d}{sep}{day.year}")):
        found = [x.value for x in checker.extract(f"The hearing is on {written}.", numeric_dates=order)
                 if x.kind == "date"]
        assert found == [day], (order, written, found)
    # a day over 12 is read as one in either kind of article
    if day.day > 12:
        for order in ("day-first", "month-first"):
            found = [x.value for x in checker.extract(f"The hearing is on {d}/{m}/{day.year}.", numeric_dates=order)
                     if x.kind == "date"]
            assert found == [day]


# --- suggest and explain ----------------------------------------------------------

def test_suggest_drafts_with_the_article_options_and_writes_them(project, capsys):
    assert cli.main(["suggest", "articles/nz.txt", "--country", "NZ", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["articles"]["nz"]["country"] == "NZ"
    money = {c["money"] for c in doc["claims"] if "money" in c}
    assert {"$10.50", "$5.61", "US$4,120"} <= money
    Path("drafted.json").write_text(json.dumps(doc), encoding="utf-8")
    report = checker.check("drafted.json")
    assert report.ok and any(r.kind == "money" for r in report.results)


def test_suggest_append_reads_a_known_article_with_its_options(project):
    write("""\
        articles:
          nz:
            path: articles/nz.txt
            country: NZ
        claims:
          - {id: bare, about: pay farmers, money: $10.50}
        """)
    assert cli.main(["suggest", "articles/nz.txt", "--append", "claims.yaml"]) == 0
    assert checker.check("claims.yaml").ok


def test_suggest_offers_the_datelines_country_commented_out(project, capsys):
    """A dateline naming Wellington gives a ``country: NZ`` line to uncomment, never a key:
    the drafted file reads as today's, and reads as NZ once uncommented."""
    assert cli.main(["suggest", "articles/nz.txt", "--output", "claims.yaml"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "country" in x)
    assert line == ("    # country: NZ   # the dateline names WELLINGTON: uncomment to read a bare $ as NZD "
                    "and numeric dates day first, if the article writes so")
    assert load_claims("claims.yaml").articles["nz"].locale.country is None
    assert checker.check("claims.yaml").ok
    uncommented = text.replace("    # country: NZ", "    country: NZ")
    Path("claims.yaml").write_text(uncommented, encoding="utf-8")
    assert load_claims("claims.yaml").articles["nz"].locale.country == "NZ"
    # a place that is not such a city, or a region after it, offers nothing
    for top in ("PERTH, Scotland - The council spent $5m.\n", "Boston, 3 May 2026 - It cost $5.\n"):
        Path("articles/other.txt").write_text(top, encoding="utf-8")
        assert cli.main(["suggest", "articles/other.txt"]) == 0
        assert "country" not in capsys.readouterr().out


def test_explain_reads_with_the_options(capsys):
    assert cli.main(["explain", "--country", "NZ", "Paid $10.50 on 12/05/2026."]) == 0
    out = capsys.readouterr().out
    assert "'$10.50' -> money 10.5 unit=NZD" in out and "'12/05/2026' -> date 2026-05-12" in out
    assert "read with country NZ" in out
    assert cli.main(["explain", "--dollar", "EUR", "x"]) == 2
