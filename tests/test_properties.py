"""Properties of extraction, checked with hypothesis.

- Round trip: a figure rendered in any supported style (digits with or without
  thousands separators, words, scale words; percent, money, date, ordinal and duration
  spellings) extracts back to the same value.
- Offsets: on arbitrary text, and on text made of realistic fragments, extraction never
  raises; every mention lies inside the text, slices out exactly its wording, and the
  mentions come in order of position without overlapping.
- Neutral edits: the NFD form, the CRLF form, en dash for hyphen, re-wrapped lines and
  non-breaking spaces yield the same figures (kind, value, unit, qualifier, direction).

Each property runs 200 examples in the normal test run. The same properties with a
bigger budget are marked ``slow``; they run only when asked for (``pytest -m slow``).
"""
from __future__ import annotations

import re
import datetime as dt
import math
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import extract

REFERENCE = dt.date(2024, 9, 20)
NORMAL = 200
BIG = 5000


def _budget(n: int):
    return settings(max_examples=n, deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _slow_requested(config) -> bool:
    expr = config.getoption("markexpr") or ""
    return "slow" in expr and "not slow" not in expr


def run_property(prop, request, n: int) -> None:
    """Run a @given property with a budget of ``n`` examples (big budgets only on -m slow)."""
    if n > NORMAL and not _slow_requested(request.config):
        pytest.skip("bigger budget: run with -m slow")
    _budget(n)(prop)()


BUDGETS = [pytest.param(NORMAL, id="normal"), pytest.param(BIG, id="big", marks=pytest.mark.slow)]


# ---------------------------------------------------------------------------------------
# Numbers in words, written here independently of the extractor's lexicon.

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
              "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
              "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
             "seventieth", "eightieth", "ninetieth"]


def _below_100(n: int, hyphen: bool = True) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    return _TENS[tens] + ("-" if hyphen else " ") + _UNITS[unit]


def _below_1000(n: int, uk_and: bool, hyphen: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_UNITS[hundreds] + " hundred")
    if rest:
        if hundreds and uk_and:
            parts.append("and")
        parts.append(_below_100(rest, hyphen))
    return " ".join(parts)


def number_to_words(n: int, uk_and: bool = False, hyphen: bool = True) -> str:
    """0..999,999 in English words: 'three hundred and forty-two thousand and six' (UK)
    or 'three hundred forty-two thousand six' (US)."""
    assert 0 <= n <= 999_999
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(_below_1000(thousands, uk_and, hyphen) + " thousand")
    if rest:
        if thousands and uk_and and rest < 100:
            parts.append("and")
        parts.append(_below_1000(rest, uk_and, hyphen))
    return " ".join(parts)


def ordinal_to_words(n: int) -> str:
    """1..99 as an ordinal word: 'first', 'eleventh', 'twentieth', 'twenty-first'."""
    assert 1 <= n <= 99
    if n < 20:
        return _ORD_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _ORD_TENS[tens]
    return _TENS[tens] + "-" + _ORD_UNITS[unit]


def ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def test_number_to_words_helper() -> None:
    assert number_to_words(1500) == "one thousand five hundred"
    assert number_to_words(342_006, uk_and=True) == "three hundred and forty-two thousand and six"
    assert number_to_words(999_999) == "nine hundred ninety-nine thousand nine hundred ninety-nine"
    assert ordinal_to_words(21) == "twenty-first" and ordinal_to_words(40) == "fortieth"
    assert [f"{n}{ordinal_suffix(n)}" for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 111, 123)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th", "123rd"]


# ---------------------------------------------------------------------------------------
# Round trips: render a value, embed it in a sentence, read it back.


def _close(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


#: Where a rendered figure is put: inside a sentence, at the start of the text, or alone
#: (as a claim in claims.yaml states it: ``money: $1.5bn``).
def contexts(sentence: str):
    return st.sampled_from([sentence, "{}", "{} was reported by the agency."])


def _only(text: str, kinds: tuple[str, ...]):
    found = [m for m in extract(text, published=REFERENCE) if m.kind in kinds]
    assert len(found) == 1, f"{text!r}: expected one {'/'.join(kinds)} mention, got {found}"
    m = found[0]
    assert m.text == text[m.start:m.end]
    return m


def _render_int(draw, n: int) -> str:
    style = draw(st.sampled_from(["plain", "grouped", "words", "words-uk"]))
    if style == "plain":
        return str(n)
    if style == "grouped":
        return f"{n:,}"
    return number_to_words(n, uk_and=style == "words-uk", hyphen=draw(st.booleans()))


@st.composite
def rendered_counts(draw):
    n = draw(st.integers(min_value=2, max_value=999_999))
    return n, _render_int(draw, n)


@given(rendered_counts(), st.sampled_from(["delegates", "households", "officers and soldiers"]),
       contexts("Officials said {} took part."))
@example((1500, "one thousand five hundred"), "delegates", "{}")
@example((1500, "1,500"), "officers and soldiers", "Officials said {} took part.")
def _count_round_trip(rendered, noun, context):
    n, words = rendered
    m = _only(context.format(f"{words} {noun}"), ("count", "number"))
    assert m.kind == "count" and m.value == n and m.unit == noun and m.qualifier == "exact"


@pytest.mark.parametrize("n", BUDGETS)
def test_count_round_trip(request, n):
    run_property(_count_round_trip, request, n)


_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6, " bn": 1e9, " mln": 1e6}


@st.composite
def scaled_numbers(draw):
    whole = draw(st.integers(min_value=1, max_value=999))
    decimals = draw(st.sampled_from(["", ".5", ".25", ".1", ".75"]))
    scale = draw(st.sampled_from(sorted(_SCALES)))
    digits = f"{whole}{decimals}"
    text = f"{digits}{scale}" if scale.strip() in ("bn", "mln") else f"{digits} {scale}"
    return float(digits) * _SCALES[scale], text


@given(scaled_numbers(), contexts("The figure stood at {}, the report said."))
@example((2.5e6, "2.5 million"), "{}")
@example((3e9, "3bn"), "The figure stood at {}, the report said.")
def _scaled_round_trip(rendered, context):
    value, text = rendered
    m = _only(context.format(text), ("number", "count"))
    assert m.kind == "number" and _close(m.value, value) and m.text == text


@pytest.mark.parametrize("n", BUDGETS)
def test_scaled_number_round_trip(request, n):
    run_property(_scaled_round_trip, request, n)


@st.composite
def percents(draw):
    if draw(st.booleans()):
        value = float(draw(st.integers(min_value=0, max_value=100)))
        number = _render_int(draw, int(value)) if value >= 2 else str(int(value))
    else:
        value = draw(st.integers(min_value=1, max_value=999)) / 10
        number = f"{value:g}"
    sign = draw(st.sampled_from(["%", " per cent", " percent"]))
    return value, number + sign


@given(percents(), contexts("Turnout reached {} in the capital."))
@example((16.0, "sixteen per cent"), "{}")
@example((22.0, "22%"), "Turnout reached {} in the capital.")
def _percent_round_trip(rendered, context):
    value, text = rendered
    m = _only(context.format(text), ("percent",))
    assert _close(m.value, value) and m.unit == "%" and m.qualifier == "exact" and m.text == text
    assert type(m.value) is float  # PRODUCT.md: a percentage is a float


@pytest.mark.parametrize("n", BUDGETS)
def test_percent_round_trip(request, n):
    run_property(_percent_round_trip, request, n)


@st.composite
def money(draw):
    amount = draw(st.one_of(st.integers(min_value=1, max_value=999_999),
                            st.integers(min_value=1, max_value=99_999).map(lambda c: c / 100)))
    if isinstance(amount, int):
        digits = f"{amount:,}" if draw(st.booleans()) else str(amount)
    else:
        digits = f"{amount:.2f}"
    style = draw(st.sampled_from(["$N", "N USD", "US$N", "€N million", "£N bn", "USD N", "N euros", "¥N billion"]))
    scale = 1e6 if "million" in style else 1e9 if ("bn" in style or "billion" in style) else 1
    code = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}.get(style[0], "EUR" if "euros" in style else "USD")
    if style.startswith("US$"):
        code = "USD"
    return float(amount) * scale, code, style.replace("N", digits)


@given(money(), contexts("The fund raised {} from investors."))
@example((88e9, "USD", "US$88bn"), "{}")
@example((1.5e9, "USD", "$1.5bn"), "{}")   # a claim's figure: 'money: $1.5bn'
@example((1500.0, "USD", "$1,500"), "The fund raised {} from investors.")
def _money_round_trip(rendered, context):
    value, code, text = rendered
    m = _only(context.format(text), ("money",))
    assert _close(m.value, value) and m.unit == code and m.qualifier == "exact" and m.text == text
    assert type(m.value) is float  # PRODUCT.md: money's value is a float


@pytest.mark.parametrize("n", BUDGETS)
def test_money_round_trip(request, n):
    run_property(_money_round_trip, request, n)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)),
       st.sampled_from(["us", "uk", "iso"]), contexts("The agreement was signed on {} in Hanoi."))
@example(dt.date(2025, 10, 25), "uk", "{}")
@example(dt.date(2024, 2, 29), "us", "The agreement was signed on {} in Hanoi.")
def _date_round_trip(day, style, context):
    if style == "us":
        text = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    elif style == "uk":
        text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    else:
        text = day.isoformat()
    m = _only(context.format(text), ("date", "dates", "year", "years"))
    assert m.kind == "date" and m.value == day and m.text == text


@pytest.mark.parametrize("n", BUDGETS)
def test_date_round_trip(request, n):
    run_property(_date_round_trip, request, n)


@given(st.one_of(
    st.integers(min_value=1, max_value=9999).map(lambda n: (n, f"{n}{ordinal_suffix(n)}")),
    st.integers(min_value=1, max_value=99).map(lambda n: (n, ordinal_to_words(n))),
), contexts("It was the {} meeting of the council."))
@example((79, "79th"), "{}")
@example((21, "twenty-first"), "It was the {} meeting of the council.")
def _ordinal_round_trip(rendered, context):
    n, text = rendered
    m = _only(context.format(text), ("ordinal",))
    assert m.value == n and m.text == text


@pytest.mark.parametrize("n", BUDGETS)
def test_ordinal_round_trip(request, n):
    run_property(_ordinal_round_trip, request, n)


@st.composite
def durations(draw):
    n = draw(st.integers(min_value=2, max_value=999))
    unit = draw(st.sampled_from(["years", "months", "weeks", "days", "hours"]))
    number = str(n) if draw(st.booleans()) else number_to_words(n, uk_and=draw(st.booleans()))
    return n, unit[:-1], f"{number} {unit}"


@given(durations(), contexts("The programme lasted {} in all."))
@example((30, "year", "30 years"), "{}")
@example((2, "year", "two years"), "The programme lasted {} in all.")
def _duration_round_trip(rendered, context):
    n, unit, text = rendered
    m = _only(context.format(text), ("duration",))
    assert m.value == n and m.unit == unit and m.qualifier == "exact" and m.text == text
    assert type(m.value) is float  # PRODUCT.md: a duration's value is a float


@pytest.mark.parametrize("n", BUDGETS)
def test_duration_round_trip(request, n):
    run_property(_duration_round_trip, request, n)


# ---------------------------------------------------------------------------------------
# Qualifiers and directions as meaning: the word before a figure decides its qualifier.

QUALIFIER_WORDS = {
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "nearly": "below", "almost": "below", "under": "below",
    "less than": "below", "just under": "below", "over": "above", "more than": "above",
    "surpassing": "above", "exceeding": "above", "above": "above", "at least": "at_least",
    "up to": "at_most",
}
_QUALIFIED_FIGURES = [
    ("money", "88 billion USD", 88e9), ("money", "$1.5bn", 1.5e9), ("percent", "22%", 22.0),
    ("percent", "sixteen per cent", 16.0), ("count", "1,500 officers and soldiers", 1500),
    ("count", "150 state and government heads", 150), ("duration", "five decades", 50),
    ("duration", "30 years", 30),
]


@given(st.sampled_from(sorted(QUALIFIER_WORDS)), st.sampled_from(_QUALIFIED_FIGURES),
       st.sampled_from(["The report put the total at {}.", "{} was the figure.", "{}"]))
@example("nearly", ("money", "88 billion USD", 88e9), "{}")
def _qualifier_round_trip(word, figure, context):
    kind, wording, value = figure
    stated = f"{word} {wording}"
    if context.startswith("{}"):
        stated = stated[0].upper() + stated[1:]
    m = _only(context.format(stated), (kind,))
    assert m.qualifier == QUALIFIER_WORDS[word] and _close(m.value, value) and m.text.lower() == stated.lower()


@pytest.mark.parametrize("n", BUDGETS)
def test_qualifier_round_trip(request, n):
    run_property(_qualifier_round_trip, request, n)


DIRECTION_WORDS = {"up": "up", "rose": "up", "grew": "up", "increased": "up",
                   "down": "down", "fell": "down", "dropped": "down", "declined": "down"}


@given(st.sampled_from(sorted(DIRECTION_WORDS)), percents(),
       st.sampled_from(["Exports {}", "{} on the year", "{}"]))
@example("up", (22.0, "22%"), "{}")
def _direction_round_trip(word, rendered, context):
    value, wording = rendered
    m = _only(context.format(f"{word} {wording}"), ("percent",))
    assert m.direction == DIRECTION_WORDS[word] and _close(m.value, value)
    assert m.text == f"{word} {wording}"


@pytest.mark.parametrize("n", BUDGETS)
def test_direction_round_trip(request, n):
    run_property(_direction_round_trip, request, n)


@given(st.sampled_from([("rise", "up"), ("increase", "up"), ("fall", "down"), ("decline", "down"),
                        ("drop", "down"), ("jump", "up")]), percents())
def _direction_after_round_trip(noun, rendered):
    (word, direction), (value, wording) = noun, rendered
    m = _only(f"Retailers reported a {wording} {word} in sales.", ("percent",))
    assert m.direction == direction and _close(m.value, value)


@pytest.mark.parametrize("n", BUDGETS)
def test_direction_after_round_trip(request, n):
    run_property(_direction_after_round_trip, request, n)


# ---------------------------------------------------------------------------------------
# Offsets on arbitrary and on realistic text.

_VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ" + "ĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
_COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    + _VIETNAMESE + _COMBINING
    + " \t\n\r\u00a0\u202f\ufeff"
    + ".,;:!?()[]'\"%$£€¥₫+-/\u2010\u2011\u2013\u2014\u2212\u2018\u2019\u201c\u201d\u2026"
    + "İßﬁ"  # letters that change length when lower-cased or normalised
)
ARBITRARY_TEXT = st.text(alphabet=_ALPHABET, max_size=120)

_FRAGMENTS = [
    # figures, as news copy states them
    "nearly 88 billion USD", "up 22%", "September 22-24", "September 21–24",
    "from September 21 to 24", "October 25", "25 October 2025", "2025-09-20",
    "the first eight months of this year", "this year", "next year", "2022–2023",
    "(2023–2025)", "2022-23", "the 2000s", "the 1990s", "79th", "the 80th session",
    "UNGA 80", "eleventh", "twenty-first", "30 years", "two years", "nearly five decades",
    "more than a decade", "a three-decade journey", "150 state and government heads",
    "nearly 1,500 officers and soldiers", "all six key bodies", "$1.5bn", "£800m",
    "US$88bn", "VND 5 trillion", "€2.3 million", "120 mln dlrs", "sixteen per cent",
    "one thousand five hundred", "1,500", "1500", "2.5", "-3", "a dozen", "half",
    "3-7%", "between 3 and 7 per cent", "1.5 percentage points", "fell 4.1%",
    "a 5% rise", "at least", "up to", "about", "over", "under", "some", "just under",
    "more than", "surpassing", "exceeding", "around", "almost",
    # not figures
    "COVID-19", "G7", "G20", "One UN", "A320", "F-16", "5G", "MP3", "one another",
    "once a year", "may", "May", "march", "March",
    # words and names, with diacritics
    "Lương Cường", "Tô Lâm", "Hà Nội", "Việt Nam", "the", "of", "in", "and", "to",
    "delegates", "trade", "reached", "rose", "fell", "the President", "said",
    # punctuation and breaks
    ",", ".", ";", "—", "–", "-", "(", ")", "%", "$", "\n", "\n\n", "“", "”",
]
FRAGMENT_TEXT = st.lists(st.sampled_from(_FRAGMENTS), max_size=25).map(" ".join)
# Glued without spaces too: "UNGA 80" next to "%", "$" next to "1,500", ...
GLUED_TEXT = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)


def check_offsets(text: str) -> None:
    mentions = extract(text, published=REFERENCE)
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert m.text == text[m.start:m.end], m
        assert m.start >= previous_end, f"mentions overlap or are out of order: {mentions}"
        previous_end = m.end


@given(ARBITRARY_TEXT)
@example("İ 5%")
@example("e\u0301 nearly 88 billion USD")
@example("\ufeff2025-09-20 HÀ NỘI — 22%")
def _offsets_arbitrary(text):
    check_offsets(text)


@given(st.one_of(FRAGMENT_TEXT, GLUED_TEXT))
def _offsets_fragments(text):
    check_offsets(text)


@pytest.mark.parametrize("n", BUDGETS)
def test_offsets_on_arbitrary_text(request, n):
    run_property(_offsets_arbitrary, request, n)


@pytest.mark.parametrize("n", BUDGETS)
def test_offsets_on_news_fragments(request, n):
    run_property(_offsets_fragments, request, n)


# ---------------------------------------------------------------------------------------
# Neutral edits change nothing.


def figures(text: str) -> list[tuple]:
    return [(m.kind, m.value, m.unit, m.qualifier, m.direction) for m in extract(text, published=REFERENCE)]


def _nfc_figures(text: str) -> list[tuple]:
    # A count's unit is quoted from the text: compare it in NFC.
    return [(k, v, unicodedata.normalize("NFC", u) if isinstance(u, str) else u, q, d)
            for k, v, u, q, d in figures(text)]


@given(FRAGMENT_TEXT)
@example("Lương Cường nearly 88 billion USD")
def _nfd_invariance(text):
    nfd = unicodedata.normalize("NFD", text)
    check_offsets(nfd)
    assert _nfc_figures(nfd) == _nfc_figures(text)


@given(FRAGMENT_TEXT)
@example("more than \n 150 state and government heads")
def _crlf_invariance(text):
    crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
    check_offsets(crlf)
    assert figures(crlf) == figures(text.replace("\r\n", "\n"))


@given(FRAGMENT_TEXT, st.sampled_from(["dash", "nbsp"]))
def _dash_and_space_edits(text, edit):
    edited = text.replace("–", "-") if edit == "dash" else text.replace(" ", "\u00a0")
    check_offsets(edited)
    assert figures(edited) == figures(text)


def rewrapped(text: str) -> str:
    """Every space a line break, as a hard-wrapped article has them (blank lines kept)."""
    return text.replace(" ", "\n")


_BLANK_LINES = re.compile(r"\n(?:[ \t\r]*\n)+")


def check_rewrap(text: str) -> None:
    # A blank line is a paragraph break, not a wrap: neither side may contain one.
    text = _BLANK_LINES.sub("\n", text)
    edited = _BLANK_LINES.sub("\n", rewrapped(text))
    check_offsets(edited)
    assert figures(edited) == figures(text)


@given(FRAGMENT_TEXT)
@example("the One UN Initiative")
def _rewrap_invariance(text):
    check_rewrap(text)


@pytest.mark.parametrize("n", BUDGETS)
def test_nfd_invariance(request, n):
    run_property(_nfd_invariance, request, n)


@pytest.mark.parametrize("n", BUDGETS)
def test_crlf_invariance(request, n):
    run_property(_crlf_invariance, request, n)


@pytest.mark.parametrize("n", BUDGETS)
def test_dash_and_space_edits(request, n):
    run_property(_dash_and_space_edits, request, n)


@pytest.mark.xfail(strict=False, reason="rare fragment mixes still read differently when wrapped, "
                   "e.g. 'UNGA 80 \\n — 120 mln dlrs' (found at the slow budget)")
@pytest.mark.parametrize("n", BUDGETS)
def test_rewrap_invariance(request, n):
    run_property(_rewrap_invariance, request, n)


@pytest.mark.parametrize("text", [
    pytest.param("agencies of the One\nUN Initiative", id="break-inside"),
    pytest.param("agencies of the\nOne UN Initiative", id="break-before"),
])
def test_minimal_rewrap_cases(text):
    assert figures(text) == figures(text.replace("\n", " ")) == []


# ---------------------------------------------------------------------------------------
# A blank line ends a paragraph: no figure reaches across it. Extracting two paragraphs
# together finds what extracting each alone finds (the second shifted by its offset).
# The extractor lets qualifiers, directions, units and month names reach across a blank
# line today; the property and the minimal cases stay as strict xfails until it does not.

_PARAGRAPH_FRAGMENTS = [f for f in _FRAGMENTS if "\n" not in f]
PARAGRAPH = st.lists(st.sampled_from(_PARAGRAPH_FRAGMENTS), min_size=1, max_size=10).map(" ".join)


def _placed(text: str, shift: int = 0) -> list[tuple]:
    return [(m.kind, m.value, m.unit, m.qualifier, m.direction, m.start + shift, m.end + shift)
            for m in extract(text, published=REFERENCE)]


def check_paragraphs_apart(a: str, b: str) -> None:
    together = _placed(a + "\n\n" + b)
    assert together == _placed(a) + _placed(b, len(a) + 2)


@given(PARAGRAPH, PARAGRAPH)
@example("rose", "5%")
def _paragraphs_apart(a, b):
    check_paragraphs_apart(a, b)


@pytest.mark.parametrize("n", BUDGETS)
def test_no_figure_spans_a_blank_line(request, n):
    run_property(_paragraphs_apart, request, n)


@pytest.mark.parametrize("a, b", [
    pytest.param("Exports rose", "5% of the goods went by sea.", id="direction"),
    pytest.param("Tariffs of up to", "22% apply.", id="qualifier"),
    pytest.param("The delegation numbered 88", "USD figures were quoted.", id="currency"),
    pytest.param("Agenda for September", "22 delegates attended.", id="month"),
    pytest.param("UNGA 80", "% of members voted.", id="percent-sign"),
])
def test_minimal_blank_line_cases(a, b):
    check_paragraphs_apart(a, b)


# ---------------------------------------------------------------------------------------
# Never raises, whatever the publication date: relative dates, spans, quarters, holidays
# and durations counted from a date step past year 9999 or before year 1 when the
# reference date sits at either end of the calendar; a rule then reads nothing.

_RELATIVE_FRAGMENTS = [
    "next week", "next year", "last year", "this year", "the year after next", "the year before last",
    "next month", "last month", "the month after next", "next quarter", "last quarter", "Q1", "Q4",
    "H2", "the next 2 quarters", "the past three years", "the next two decades", "the past decade",
    "this decade", "in two weeks", "in three months' time", "in a fortnight", "two weeks ago",
    "30 years ago", "100 years from now", "within 10 days", "the next couple of weeks",
    "tomorrow", "yesterday", "the day after tomorrow", "next Monday", "last Friday", "this Sunday",
    "the third Monday of December", "the 31st", "on the 31st", "the 30th of next month",
    "December 31", "1 January", "Feb 29", "the first week of January", "the last week of December",
    "week 53", "week 1 of next year", "the rest of the year", "early next year", "late last year",
    "the end of the month", "later this year", "earlier this month", "between now and 2030",
    "mid-December", "next summer", "last winter", "the summer of 9999", "Q4 9999", "9999-12-31",
    "0001-01-01", "the 9990s", "the 21st century", "from December to February", "Nov-Feb",
    "two weeks after next Monday", "18 months after 1 January 2025", "for two weeks from 20 December",
    "Christmas", "on Christmas Eve", "next Easter", "last Thanksgiving", "New Year's Day",
    "before 2010", "since last year", "until next year", "by the end of next year", "2018 or later",
    "three months after Easter", "5 days before New Year's Eve", "the week of December 30",
]
_EDGE_DATES = [dt.date.min, dt.date.max, dt.date(1, 1, 31), dt.date(1, 12, 31), dt.date(9999, 1, 1),
               dt.date(9999, 12, 1), dt.date(9999, 12, 25), dt.date(9998, 12, 31)]
ANY_PUBLISHED = st.one_of(st.none(), st.sampled_from(_EDGE_DATES), st.dates())
DATE_TEXT = st.lists(st.sampled_from(_RELATIVE_FRAGMENTS + _FRAGMENTS), max_size=12).map(" ".join)


@given(st.one_of(DATE_TEXT, ARBITRARY_TEXT), ANY_PUBLISHED)
@example("next week", dt.date.max)
@example("last year", dt.date.min)
@example("the next two decades", dt.date(9999, 1, 1))
@example("next Easter", dt.date.max)
@example("the year before last", dt.date(1, 6, 1))
@example("Q4", dt.date(9999, 1, 1))               # a month's end after 9999-12-31
@example("in December", dt.date(9999, 1, 1))
@example("A Tmr year", dt.date(2024, 9, 20))         # a word of another rule before a unit's rule
def _never_raises(text, published):
    for m in extract(text, published=published):
        assert m.text == text[m.start:m.end], m


@pytest.mark.parametrize("n", BUDGETS)
def test_extract_never_raises_for_any_publication_date(request, n):
    run_property(_never_raises, request, n)

