"""News phrasings near the readings added for the conformance suite (proportions,
fractions, hyphen chains, money codes, tenors, relative and numeric dates), each with
the figures an editor would read in it. Sentences are our own; expected values are
written by hand, so a reading that drifts fails here."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.extraction import extract

REF = dt.date(2024, 9, 20)  # a Friday
D = dt.date

# (sentence, [(kind, text, value), ...]) — every figure read, in order.
CASES = [
    # --- proportions ---
    ("One in five adults in the region now smokes, the survey found.", [("number", "One in five", 0.2)]),
    ("Four out of five voters backed the measure in the referendum.", [("number", "Four out of five", 0.8)]),
    ("Nearly 1 in 4 children live in poverty, the charity said.", [("number", "Nearly 1 in 4", 0.25)]),
    ("Only one in 10,000 cases is fatal.", [("number", "one in 10,000", 0.0001)]),
    ("About one in every ten homes lacks running water.", [("number", "About one in every ten", 0.1)]),
    ("Two in three firms expect higher costs.", [("number", "Two in three", 2 / 3)]),
    ("Nearly two in five adults are overweight.", [("number", "Nearly two in five", 0.4)]),
    ("The one-in-five chance of rain is low.", [("number", "one-in-five", 0.2)]),
    ("Police arrested two in Paris.", [("number", "two", 2)]),
    ("Officials said 3 in 10 homes lost power.", [("number", "3 in 10", 0.3)]),
    ("The team won 2 in 3 attempts.", [("number", "2", 2), ("count", "3 attempts", 3)]),
    ("She is the one in charge of the investigation.", []),
    ("The one in the blue shirt is the new captain.", []),
    ("The company is one in a long line of failed start-ups.", []),
    ("The vaccine was rolled out in Phase 1 in 3 provinces.", [("count", "3 provinces", 3)]),
    ("The team has won 3 of its last 10 games.", [("count", "3", 3), ("count", "10 games", 10)]),  # 3 games
    # --- fractions and their look-alikes ---
    ("A quarter of the workforce is over 55.", [("number", "A quarter", 0.25), ("number", "over 55", 55)]),
    ("A quarter of a million people marched in the capital.", [("count", "A quarter of a million people", 250000)]),
    ("Roughly a quarter of respondents said they would not vote.", [("number", "Roughly a quarter", 0.25)]),
    ("The council meets once a quarter to review the budget.", []),
    ("Dividends are paid once a quarter.", []),
    ("The firm pays a dividend twice a quarter.", []),
    ("The team reached the quarter-final for the first time.", [("ordinal", "first", 1)]),
    ("She won a quarter-final against the top seed.", []),
    ("Profit rose 12% in the third quarter.", [("percent", "rose 12%", 12.0),
                                               ("dates", "third quarter", (D(2024, 7, 1), D(2024, 9, 30)))]),
    ("He scored twice in the third quarter.", [("ordinal", "third", 3)]),
    ("Sales fell in the first quarter of 2024.", [("dates", "first quarter of 2024", (D(2024, 1, 1), D(2024, 3, 31)))]),
    ("Two quarters of contraction pushed the economy into recession.", [("count", "Two quarters", 2)]),
    ("He made a half-hearted apology.", []),
    ("The index rose a half point on Friday.", [("date", "Friday", D(2024, 9, 20))]),
    ("It took an hour and a half to reach the village.", [("duration", "an hour and a half", 1.5)]),
    ("The project is three-quarters complete.", [("number", "three-quarters", 0.75)]),
    ("Three-quarters of the votes were counted by midnight.", [("number", "Three-quarters", 0.75)]),
    ("The club celebrated its one tenth anniversary in the top flight.", [("ordinal", "tenth", 10)]),
    ("The club celebrated its one hundredth anniversary.", [("ordinal", "one hundredth", 100)]),
    ("The museum marked the tenth anniversary of the flood.", [("ordinal", "tenth", 10)]),
    ("One tenth the size of the old plant, the new one is cheaper.", [("number", "One tenth", 0.1)]),
    ("A millionth of a second separated the two runners.", [("number", "A millionth", 1e-6), ("count", "two runners", 2)]),
    ("Three twentieths of the land is arable.", [("number", "Three twentieths", 0.15)]),
    ("The city lost a third of its population in the war.", [("number", "a third", 1 / 3)]),
    ("Shares fell by a third in a year.", [("number", "a third", 1 / 3)]),
    ("A third-party audit found no fraud.", [("ordinal", "third", 3)]),
    ("She came a close third.", [("ordinal", "third", 3)]),
    ("Two thirds of MPs backed the motion.", [("number", "Two thirds", 2 / 3)]),
    ("The population grew to 3 million and a half by 2020.", [("number", "3 million and a half", 3500000), ("year", "2020", 2020)]),
    ("Half a million people were displaced by the floods.", [("count", "Half a million people", 500000)]),
    # --- hyphen and slash chains: scores, formations, votes, models, codes ---
    ("Manchester United won 2-1 at home.", [("number", "2", 2), ("number", "1", 1)]),
    ("A 2-1 win lifted the team to third.", [("number", "2", 2), ("number", "1", 1), ("ordinal", "third", 3)]),
    ("The hosts lost 0-3 to the champions.", [("number", "0", 0), ("number", "3", 3)]),
    ("They lost 1-2 at home to Spurs.", [("number", "1", 1), ("number", "2", 2)]),
    ("The coach switched to a 4-3-3 formation.", [("number", "4", 4), ("number", "3", 3), ("number", "3", 3)]),
    ("The committee voted 3-0-4 to delay the plan.", [("number", "3", 3), ("number", "0", 0), ("number", "4", 4)]),
    ("The Senate passed the bill 51-49.", [("number", "51", 51), ("number", "49", 49)]),
    ("The Boeing 737-800 landed safely.", []),
    ("An Airbus A320-200 was diverted.", []),
    ("Officials ordered 12 Airbus A350-1000 jets.", [("count", "12 Airbus A350-1000 jets", 12)]),
    ("Temperatures of 20-25 degrees are expected.", [("count", "20-25 degrees", (20, 25))]),
    ("Cup ties in the Premier League drew 30,000-40,000 fans.", [("count", "30,000-40,000 fans", (30000, 40000))]),
    ("A poll of Americans 18-29 found strong support.", [("number", "18-29", (18, 29))]),
    ("Officials in Gaza said 20-30 people died.", [("count", "20-30 people", (20, 30))]),
    ("The Lakers won 110-102 at home.", [("number", "110", 110), ("number", "102", 102)]),
    ("Britain sent Ukraine 14 tanks.", [("count", "14 tanks", 14)]),
    ("Between 200-300 people attended.", [("count", "Between 200-300 people", (200, 300))]),
    ("The 9/11 attacks changed air travel.", [("number", "9", 9), ("number", "11", 11)]),
    ("The helpline is open 24/7.", [("number", "24", 24), ("number", "7", 7)]),
    ("It is a 50/50 decision, the judge said.", [("number", "50", 50), ("number", "50", 50)]),
    ("Around 3/4 of members voted.", [("number", "Around 3/4", 0.75)]),
    ("Covid-19 cases rose 20% in a week.", [("percent", "rose 20%", 20.0)]),
    ("The covid-19 pandemic closed schools.", []),
    ("The company filed its Form 10-K late.", []),
    ("He filed a 10-Q for the quarter.", []),
    ("Leaders met at the G20 summit in Rio.", []),
    ("The FTSE 100 fell 1%.", [("percent", "fell 1%", 1.0)]),         # an index's name
    ("Delegates met at UNGA 80 in New York.", [("ordinal", "80", 80)]),
    # --- names with digits (a label word, a name with a capital inside) are no figures ---
    ("Under Section 230 platforms are not liable.", []),
    ("Tenants in Section 8 housing face cuts.", []),
    ("Section 8 housing faces cuts.", []),
    ("Type 2 diabetes affects 400 million people.", [("count", "400 million people", 4e8)]),
    ("The clinic treated 40 patients in Ward 6 last week.",
     [("count", "40 patients", 40), ("dates", "last week", (D(2024, 9, 9), D(2024, 9, 15)))]),
    # --- signs and ranges ---
    ("Index rose from -2 to 3% over the week.", [("number", "-2", -2), ("percent", "3%", 3.0)]),
    ("Returns ranged from -1.5% to 2%.", [("percent", "from -1.5% to 2%", (-1.5, 2.0))]),
    ("Growth ranged between -2% and 3%.", [("percent", "between -2% and 3%", (-2.0, 3.0))]),
    ("The temperature ranged between -3 and 4 degrees.", [("count", "between -3 and 4 degrees", (-3, 4))]),
    ("The economy shrank 0.5% in the quarter.", [("percent", "shrank 0.5%", 0.5)]),
    # --- money codes, cents, tenors, durations ---
    ("The site upgraded from PHP 8 to PHP 8.2.", [("number", "8", 8), ("number", "8.2", 8.2)]),
    ("The server runs PHP 7.4.", [("number", "7.4", 7.4)]),
    ("A kilo of fish costs PHP 8.50 at the market.", [("money", "PHP 8.50", 8.5)]),
    ("Rice costs PHP 45 a kilo in Manila.", [("money", "PHP 45", 45.0)]),
    ("The project costs PHP 8 billion.", [("money", "PHP 8 billion", 8e9)]),
    ("The USD/VND rate hit 25,400 on Friday.", [("number", "25,400", 25400), ("date", "Friday", D(2024, 9, 20))]),
    ("Details are at https://example.com/rates?cur=usd&amt=100.", []),
    ("Revenue reached 120 MEUR in 2023.", [("money", "120 MEUR", 120e6), ("year", "2023", 2023)]),
    ("Net sales were MSEK 450.", [("money", "MSEK 450", 450e6)]),
    ("Tickets cost rmb 35 each.", [("money", "rmb 35", 35.0)]),
    ("The shirt cost 15 dollars 50 cents.", [("money", "15 dollars 50 cents", 15.5)]),
    ("The 10Y yield rose to 4.3%.", [("duration", "10Y", 10), ("percent", "4.3%", 4.3)]),
    ("Shares rose in the 3D printing boom.", []),
    ("The ban was extended for another week.", [("duration", "another week", 1)]),
    ("That is a question for another day.", []),
    # --- qualifiers ---
    ("How about 10% for a start?", [("percent", "10%", 10.0)]),
    ("How about a compromise, the minister asked.", []),
    ("The stadium holds about 40,000 fans.", [("count", "about 40,000 fans", 40000)]),
    # --- relative dates: a span in the past is no date ahead ---
    ("The talks will resume in two months.", [("date", "in two months", D(2024, 11, 20))]),
    ("The report will be published in six months' time.", [("date", "in six months' time", D(2025, 3, 20))]),
    ("The index hit its highest level in two months.", [("duration", "two months", 2)]),
    ("The price of rice doubled in three weeks.", [("duration", "three weeks", 3)]),
    ("In three days the flood waters rose 2 metres.", [("duration", "three days", 3), ("count", "2 metres", 2)]),
    ("Prices rose 5% in two months.", [("percent", "rose 5%", 5.0), ("duration", "two months", 2)]),
    ("Two months later the factory reopened.", [("duration", "Two months", 2)]),
    ("In six months the company went from profit to loss.", [("duration", "six months", 6)]),
    ("The company expects to break even in six months.", [("date", "in six months", D(2025, 3, 20))]),
    ("The law comes into force in three weeks.", [("date", "in three weeks", D(2024, 10, 11))]),
    ("He spent 3 and a half years in jail.", [("duration", "3 and a half years", 3.5)]),
    ("The firm was valued at 3 and a half million.", [("number", "3 and a half million", 3.5e6)]),
    ("Within two months the factory will reopen.", [("dates", "Within two months", (D(2024, 9, 20), D(2024, 11, 19)))]),
    # --- other dates ---
    ("Polls open on 3 and 10 June.", [("date", "3", D(2024, 6, 3)), ("date", "10 June", D(2024, 6, 10))]),
    ("Markets closed on 1 and 2 January.", [("dates", "1 and 2 January", (D(2024, 1, 1), D(2024, 1, 2)))]),
    ("The teams recorded scores of 3 and 10.", [("number", "3", 3), ("number", "10", 10)]),
    ("He was sentenced to between 3 and 10 years.", [("duration", "between 3 and 10 years", (3, 10))]),
    ("The 1990s were a boom decade for the region.", [("years", "1990s", (1990, 1999))]),
    ("The band formed in the nineteen-nineties.", [("years", "the nineteen-nineties", (1990, 1999))]),
    ("He was born in nineteen forty-six.", [("year", "nineteen forty-six", 1946)]),
    ("In 2024 10 people died on the mountain.", [("year", "2024", 2024), ("count", "10 people", 10)]),
    ("The World Cup runs from 11/4-12/6/2024.", [("dates", "from 11/4-12/6/2024", (D(2024, 11, 4), D(2024, 12, 6)))]),
    ("The summit was held in summer 2023.", [("dates", "summer 2023", (D(2023, 6, 1), D(2023, 8, 31)))]),
    ("Exports fell last winter.", [("dates", "last winter", (D(2023, 12, 1), D(2024, 2, 29)))]),
    ("The fall of the Berlin Wall changed Europe.", []),
    ("Spring rains flooded 300 homes.", [("count", "300 homes", 300)]),
    ("The clinic reopened on the 28th.", [("date", "the 28th", D(2024, 9, 28))]),
    ("He was 28th in the standings.", [("ordinal", "28th", 28)]),
    ("The contract expires on 1/1/29.", [("date", "1/1/29", D(2029, 1, 1))]),
    ("The cup final is on 4/5.", [("date", "4/5", D(2024, 4, 5))]),
    # --- second pass: wire copy, sport, health, law, tech, Indian and British style ---
    ("Brent rose $1.05 to $81.20 a barrel on Tuesday.",
     [("money", "$1.05", 1.05), ("money", "$81.20", 81.2), ("date", "Tuesday", D(2024, 9, 17))]),
    ("The FTSE 250 lost 95 points, or 0.5%, to 20,310.",
     [("count", "95 points", 95), ("percent", "0.5%", 0.5), ("number", "20,310", 20310)]),
    ("Guidance for FY2025/26 was cut to £1.1bn.", [("years", "FY2025/26", (2025, 2026)), ("money", "£1.1bn", 1.1e9)]),
    ("Turnout was 58 per cent, with a margin of plus or minus 2 points.",
     [("percent", "58 per cent", 58.0), ("count", "2 points", 2)]),
    ("The 25-man squad for the Milan 2026 Olympics was named in May.",
     [("number", "25", 25), ("year", "2026", 2026), ("dates", "May", (D(2024, 5, 1), D(2024, 5, 31)))]),
    ("Roughly 4 in 10 people with type 2 diabetes take 500 mg of the drug.",
     [("number", "Roughly 4 in 10", 0.4), ("number", "500", 500)]),
    ("The Equality Act 2010 covers 9 protected characteristics.",
     [("year", "2010", 2010), ("count", "9 protected characteristics", 9)]),
    ("Officers were sent to the 900 block of Pine Street at 2 a.m.", [("number", "900", 900)]),
    ("The scheme will cost Rs 1.2 lakh crore over the late 2020s.",
     [("money", "Rs 1.2 lakh crore", 1.2e12), ("years", "the late 2020s", (2027, 2029))]),
    ("The iPad 11 Pro ships with iOS 18 and 256GB of storage.", [("number", "256", 256)]),
    ("Version 5.2.0 adds 14 languages.",
     [("count", "14 languages", 14)]),
    ("The Jets host Miami in Week 3, with highs in the 80s forecast for Sunday.",
     [("number", "3", 3), ("date", "Sunday", D(2024, 9, 22))]),
    ("He was charged under 18 U.S.C. § 1349 in 2023.", [("number", "18", 18), ("number", "1349", 1349), ("year", "2023", 2023)]),
    ("Kick-off is at 7:45 p.m. on Saturday; the second-half goals came after 9/11-style security checks.",
     [("date", "Saturday", D(2024, 9, 21)), ("ordinal", "second", 2), ("number", "9", 9), ("number", "11", 11)]),
    ("One adult in four took part, the 2023 survey found.", [("number", "One adult in four", 0.25), ("year", "2023", 2023)]),
    ("Up to 120-150mm of rain fell on Sunday.",
     [("number", "120-150", (120, 150)), ("date", "Sunday", D(2024, 9, 15))]),  # the Sunday before: "fell"
]


def _close(a, b) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return a == b
    return a == pytest.approx(b, rel=1e-9)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_news_sentence(sentence, expected):
    got = [(m.kind, m.text, m.value) for m in extract(sentence, REF)]
    assert [(k, t) for k, t, _ in got] == [(k, t) for k, t, _ in expected], got
    for (k, t, v), (_, _, w) in zip(got, expected):
        assert _close(v, w), f"{t!r}: {v!r} != {w!r}"


from decimal import Decimal

from hypothesis import given, settings, strategies as st

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "bn": 10**9, "m": 10**6, "trillion": 10**12,
           "lakh": 10**5, "crore": 10**7}


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 999), st.integers(0, 999), st.integers(1, 3), st.sampled_from(sorted(_SCALES)))
def test_scaled_decimals_read_exactly(whole, frac, places, scale):
    """ "$4.1bn" is 4,100,000,000, not 4,099,999,999.9999995: a decimal with a scale is
    the value its digits state (as close as a float can hold it), so the API and the
    reports show the figure written."""
    digits = f"{whole}.{frac % 10 ** places:0{places}d}"
    want = float(Decimal(digits) * _SCALES[scale])
    sep = "" if scale in ("bn", "m") else " "
    got = [m for m in extract(f"Sales reached ${digits}{sep}{scale} last year.", REF) if m.kind == "money"]
    assert len(got) == 1 and got[0].value == want, (digits, scale, got)


def test_money_range_with_the_code_after_keeps_between():
    """ "between 8.1 billion and 8.3 billion USD" is one range whose span starts at
    "between", so a claim written that way reads as a money figure."""
    (m,) = [m for m in extract("Revenue of between 8.1 billion and 8.3 billion USD is expected.", REF)]
    assert (m.kind, m.text, m.value, m.qualifier) == ("money", "between 8.1 billion and 8.3 billion USD",
                                                      (8.1e9, 8.3e9), "between")
