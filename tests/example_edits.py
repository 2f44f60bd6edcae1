"""Edits of the bundled example's articles, for tests/test_example_edits.py.

Two families:

- *mutations* change one figure the example's claims cover (a digit, a number word, a
  month, a scale word, a qualifier, a direction, a name). They are derived from the
  passing check itself: each result's ``span`` says where its figure is stated, and a
  small rule list (``RULES``) picks what to change in that wording. No table per claim,
  so a claim added to ``claims.yaml`` gets its mutations for free (or fails the test
  that every claim has one).
- *neutral edits* (``NEUTRAL``) rewrite a whole article without changing any fact:
  NFD, CRLF, a BOM, re-wrapped lines, other spellings of the same figures, dashes,
  quotes, non-breaking spaces, unrelated paragraphs.

Everything here is plain functions over ``str``; the tests write the edited copies.
"""
from __future__ import annotations

import re
import shutil
import textwrap
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import checker

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims.yaml"
ARTICLES = ("articles/vna-unga-2024.txt", "articles/vna-unga-2025.txt")


# ----------------------------------------------------------------------------- files

def read_article(path: Path) -> str:
    """An article as the engine reads it: UTF-8, one BOM dropped, line endings kept."""
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


@lru_cache(maxsize=None)
def original_texts() -> dict[str, str]:
    return {rel: read_article(ROOT / rel) for rel in ARTICLES}


def write_example(dest: Path, texts: dict[str, str], bom: bool = False) -> Path:
    """A copy of the example in ``dest`` with the given article texts; its claims.yaml."""
    (dest / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CLAIMS, dest / "claims.yaml")
    for rel, text in texts.items():
        data = ("\ufeff" if bom else "") + text
        (dest / rel).write_bytes(data.encode("utf-8"))
    return dest / "claims.yaml"


def key(result) -> str:
    """A result's name: the claim's id in the claim's own article, ``id@version`` in the
    other versions of its story (a claim is judged in every version, docs/versions.md)."""
    return result.id if result.version == result.article else f"{result.id}@{result.version}"


def run(claims: Path) -> dict[str, "checker.Result"]:
    return {key(r): r for r in checker.check(str(claims)).results}


@lru_cache(maxsize=None)
def baseline() -> tuple:
    """The results of the untouched example (checked in place), in claims-file order."""
    return tuple(checker.check(str(CLAIMS)).results)


def article_of(result) -> str:
    """The article path (relative to the example) a result speaks of."""
    for rel in ARTICLES:
        if result.path.endswith(rel):
            return rel
    raise AssertionError(f"{result.id}: unexpected article path {result.path!r}")


# ------------------------------------------------------------------------- mutations

@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (== ``old``) of one article by ``new``."""

    article: str
    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True)
class Mutation:
    """A change of covered figures; ``claim`` must fail, naming ``token``."""

    claim: str
    label: str
    edits: tuple[Edit, ...]
    token: Optional[str]          # wording the failing result's ``found`` must contain
    kind: str = ""
    extra_ok: tuple[str, ...] = field(default=())  # other claims allowed to fail anyway

    @property
    def case_id(self) -> str:
        return f"{self.claim}:{self.label}"


def apply_edits(texts: dict[str, str], edits: tuple[Edit, ...]) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    """The edited texts, and per article the spans of the new wording in them."""
    out = dict(texts)
    spans: dict[str, list[tuple[int, int]]] = {}
    for rel in {e.article for e in edits}:
        text = out[rel]
        mine = sorted((e for e in edits if e.article == rel), key=lambda e: e.start)
        pieces, pos, shift, new_spans = [], 0, 0, []
        for e in mine:
            assert text[e.start:e.end] == e.old, (rel, e, text[e.start:e.end])
            assert e.start >= pos, "overlapping edits"
            pieces.append(text[pos:e.start])
            pieces.append(e.new)
            new_spans.append((e.start + shift, e.start + shift + len(e.new)))
            shift += len(e.new) - (e.end - e.start)
            pos = e.end
        pieces.append(text[pos:])
        out[rel] = "".join(pieces)
        spans[rel] = new_spans
    return out, spans


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

#: qualifiers and directions, each to one of another meaning (first match wins)
QUALIFIER_SWAPS = [
    ("more than", "less than"), ("less than", "more than"), ("at least", "at most"),
    ("surpassing", "nearly"), ("exceeding", "nearly"), ("nearly", "over"), ("almost", "over"),
    ("over", "under"), ("under", "over"), ("about", "over"), ("around", "over"),
    ("up", "down"), ("down", "up"), ("rose", "fell"), ("fell", "rose"),
]
SCALE_SWAPS = [("billion", "million"), ("million", "billion"), ("trillion", "billion")]
RELATIVE_SWAPS = [("this year", "last year"), ("next year", "this year"), ("last year", "this year")]
#: number words, cardinal and ordinal, each to the next one
NUMBER_WORDS = {
    "one": "two", "two": "three", "three": "four", "four": "five", "five": "six",
    "six": "seven", "seven": "eight", "eight": "nine", "nine": "ten", "ten": "eleven",
    "eleven": "twelve", "twelve": "thirteen", "sixteen": "seventeen", "twenty": "thirty",
    "first": "second", "second": "third", "third": "fourth", "fourth": "fifth",
    "fifth": "sixth", "tenth": "eleventh", "eleventh": "twelfth", "twelfth": "thirteenth",
    "dozen": "score",
}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _word_swap(wording: str, table: list[tuple[str, str]]):
    for old, new in table:
        m = re.search(r"(?<!\w)" + re.escape(old) + r"(?!\w)", wording, re.IGNORECASE)
        if m:
            rep = _match_case(m.group(), new)
            return m.start(), m.end(), rep, rep
    return None


def rule_month(wording: str):
    """September -> October."""
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\b", wording)
    if m:
        new = MONTHS[(MONTHS.index(m.group()) + 1) % 12]
        return m.start(), m.end(), new, new
    return None


def rule_qualifier(wording: str):
    """nearly -> over, surpassing -> nearly, more than -> less than, up -> down."""
    return _word_swap(wording, QUALIFIER_SWAPS)


def rule_scale(wording: str):
    """billion -> million."""
    return _word_swap(wording, SCALE_SWAPS)


def rule_relative(wording: str):
    """this year -> last year."""
    return _word_swap(wording, RELATIVE_SWAPS)


def rule_digit(wording: str):
    """The last digit of the last number changes: 79th -> 78th, 2030 -> 2031, 88 -> 89,
    1,500 -> 1,501, 2022–2023 -> 2022–2024; a decade moves: 2000s -> 2010s."""
    last = None
    for m in re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?", wording):
        last = m
    if last is None:
        return None
    s, e = last.span()
    num = last.group()
    rest = wording[e:]
    if re.match(r"0?s\b", rest) or (num.endswith("0") and rest.startswith("s")):
        # a decade: change the tens digit, keep the zero
        tens = int(num[-2])
        new = num[:-2] + str(tens + 1 if tens < 9 else tens - 1) + "0"
        return s, e, new, new + "s"
    d = int(num[-1])
    new = num[:-1] + str(d + 1 if d < 9 else d - 1)
    suffix = re.match(r"(st|nd|rd|th)\b", rest)
    if suffix:
        new_ord = _ordinal(int(new.replace(",", "")))
        return s, e + 2, new_ord, new_ord
    return s, e, new, new


def rule_number_word(wording: str):
    """The last number word: first -> second, two -> three, sixteen -> seventeen,
    five -> six, three-decade -> four-decade."""
    last = None
    for m in re.finditer(r"[A-Za-z]+", wording):
        if m.group().lower() in NUMBER_WORDS:
            last = m
    if last is None:
        return None
    new = _match_case(last.group(), NUMBER_WORDS[last.group().lower()])
    return last.start(), last.end(), new, new


RULES: list[tuple[str, Callable]] = [
    ("month", rule_month),
    ("qualifier", rule_qualifier),
    ("scale", rule_scale),
    ("relative", rule_relative),
    ("digit", rule_digit),
    ("number-word", rule_number_word),
]


def mutations_of_wording(article: str, start: int, wording: str) -> list[tuple[str, Edit, str]]:
    """(label, edit, token) for every rule that applies to a figure's wording."""
    out = []
    for label, rule in RULES:
        hit = rule(wording)
        if hit is None:
            continue
        s, e, new, token = hit
        out.append((label, Edit(article, start + s, start + e, wording[s:e], new), token))
    return out


def _name_mutation(name: str) -> str:
    """A name with its last letter changed: To Lam -> To Lan, Giang -> Gianh."""
    last = name[-1]
    base = unicodedata.normalize("NFD", last)[0].lower()
    new = "a" if base == "z" else chr(ord(base) + 1)
    return name[:-1] + (new.upper() if last.isupper() else new)


#: the forbidden phrase of an ``absent`` claim, in the spellings it must be caught in
ABSENT_SPELLINGS = {"as-written": lambda p: p, "upper-case": str.upper}
VIETNAMESE = {"To Lam": "Tô Lâm"}


def derive_mutations() -> list[Mutation]:
    """Every mutation of every claim of the example, from the passing check."""
    texts = original_texts()
    out: list[Mutation] = []
    for r in baseline():
        rel = article_of(r)
        text = texts[rel]
        if r.kind == "absent":
            phrase = r.expected
            spellings = dict((k, f(phrase)) for k, f in ABSENT_SPELLINGS.items())
            if phrase in VIETNAMESE:
                spellings["diacritics"] = VIETNAMESE[phrase]
            for label, spelled in spellings.items():
                para = f"\n\nGeneral Secretary {spelled} sent a message to the meeting."
                edit = Edit(rel, len(text), len(text), "", para)
                out.append(Mutation(key(r), f"insert-{label}", (edit,), spelled, r.kind))
            continue
        if r.span is None:
            continue  # the test that every claim has a mutation reports it
        wording = text[r.span.start:r.span.end]
        if r.kind == "text":
            new = _name_mutation(wording)
            edits = tuple(Edit(rel, m.start(), m.end(), wording, new)
                          for m in re.finditer(re.escape(wording), text))
            out.append(Mutation(key(r), "name", edits, None, r.kind))
            continue
        for label, edit, token in mutations_of_wording(rel, r.span.start, wording):
            out.append(Mutation(key(r), label, (edit,), token, r.kind))
    return out


# ---------------------------------------------------------------------- neutral edits

def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def rewrap(text: str, width: int = 60) -> str:
    """Every paragraph (line) re-wrapped at ``width`` columns; blank lines kept."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        out.append(textwrap.fill(line.strip(), width=width, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def percent_words(text: str) -> str:
    """22% -> 22 per cent."""
    return re.sub(r"(\d)\s*%", r"\1 per cent", text)


def no_thousands_separator(text: str) -> str:
    """1,500 -> 1500."""
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)


def sixteen_in_digits(text: str) -> str:
    """sixteen -> 16."""
    return re.sub(r"\bsixteen\b", "16", text)


_DIGIT_WORDS = {"two": "2", "three": "3", "five": "5", "six": "6", "eight": "8", "sixteen": "16"}


def number_words_in_digits(text: str) -> str:
    """Small cardinal number words in digits: two countries -> 2 countries,
    three-decade -> 3-decade, first eight months -> first 8 months; a fraction's words stay
    ("two-thirds", "six-and-a-half": nobody writes "2-thirds"). ("one" is left to
    ``one_in_digits``: the example's claims use it in their ``about`` words.)"""
    return re.sub(r"\b(" + "|".join(_DIGIT_WORDS) + r")\b(?!-(?:and-a-|thirds?\b|quarters?\b|fifths?\b))",
                  lambda m: _DIGIT_WORDS[m.group()], text)


def one_in_digits(text: str) -> str:
    """one year -> 1 year (lower-case "one" only: "One UN" is a name)."""
    return re.sub(r"\bone\b(?= year)", "1", text)


def en_dash_to_hyphen(text: str) -> str:
    return text.replace("\u2013", "-")


_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def hyphen_to_en_dash(text: str) -> str:
    """Every hyphen between digits -> en dash (22-24 -> 22–24), ISO dates aside."""
    keep = [m.span() for m in _ISO_DATE.finditer(text)]

    def swap(m: re.Match) -> str:
        return m.group() if any(s <= m.start() < e for s, e in keep) else "\u2013"

    return re.sub(r"(?<=\d)-(?=\d)", swap, text)


def straight_quotes(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


def curly_quotes(text: str) -> str:
    text = text.replace("'", "\u2019")
    opened = [False]

    def swap(_m: re.Match) -> str:
        opened[0] = not opened[0]
        return "\u201c" if opened[0] else "\u201d"

    return re.sub('"', swap, text)


def nbsp_in_figures(text: str) -> str:
    """Non-breaking spaces instead of the spaces next to digits: 88\u00a0billion."""
    return re.sub(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)", "\u00a0", text)


UNRELATED = ("Separately, the city reported 3,200 new homes, a 4.5% rise, worth $120 million, "
             "in the second quarter of 2023. Some 40 per cent were sold within two weeks, and "
             "prices fell 3% between March 3 and 17, the first decline since the 1990s.")


def paragraph_at_end(text: str) -> str:
    return text + "\n\n" + UNRELATED + "\n"


def paragraph_at_start(text: str) -> str:
    return UNRELATED + "\n\n" + text


def paragraph_after_first(text: str) -> str:
    """The unrelated paragraph after the first one (which may open with a dateline)."""
    head, sep, rest = text.partition("\n\n")
    return head + "\n\n" + UNRELATED + (sep + rest if sep else "")


def money_symbol(text: str) -> str:
    """nearly 88 billion USD -> nearly US$88 billion (same value, same qualifier)."""
    return re.sub(r"(\d+(?:[.,]\d+)*) (billion|million) USD", r"US$\1 \2", text)


_MONTH_RE = "|".join(MONTHS)


def day_month(text: str) -> str:
    """September 22-24 -> 22-24 September; October 25 -> 25 October (not "in July
    21.4 °C", a month and a decimal)."""
    return re.sub(r"\b(" + _MONTH_RE + r") (\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)\b(?![.,]\d)", r"\2 \1", text)


def dotted_initialisms(text: str) -> str:
    """AP house style: US -> U.S., UN -> U.N. (the claims' ``about`` words say "US")."""
    return re.sub(r"\b(US|UN)\b(?!-)", lambda m: ".".join(m.group(1)) + ".", text)


def abbreviated_months(text: str) -> str:
    """September 22-24 -> Sept. 22-24 (AP style abbreviates a month before a day)."""
    return re.sub(r"\bSeptember (?=\d)", "Sept. ", text)


def percent_pc(text: str) -> str:
    """22% -> 22pc, as some British papers write it."""
    return re.sub(r"(?<=\d)%", "pc", text)


def almost_for_nearly(text: str) -> str:
    """nearly -> almost: another word for the same qualifier (below)."""
    return re.sub(r"\bnearly\b", "almost", text)


def soft_hyphens(text: str) -> str:
    """Soft hyphens inside long words, as text copied from a web page keeps them."""
    return re.sub(r"\b([A-Za-z]{3})([a-z]{3,})", "\\1\u00ad\\2", text)


def thin_space_groups(text: str) -> str:
    """1,500 -> 1 500 with a narrow no-break space, as SI and French style group digits."""
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "\u202f", text)


def space_groups(text: str) -> str:
    """1,500 -> 1 500 with a plain space, as South African and many European papers write it."""
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", " ", text)


def nbsp_groups(text: str) -> str:
    """1,500 -> 1&nbsp;500: a no-break space between the groups, as web pages keep them."""
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "\u00a0", text)


def html_references(text: str) -> str:
    """As a CMS exports it: dashes, curly apostrophes and the spaces next to digits
    written as HTML character references (&ndash;, &rsquo;, &nbsp;), an & as &amp;."""
    text = text.replace("&", "&amp;").replace("\u2013", "&ndash;").replace("\u2019", "&rsquo;")
    return re.sub(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)", "&nbsp;", text)


def markdown_bold_digits(text: str) -> str:
    """Only the digits in bold, as a Markdown export may leave them: nearly **88** billion
    USD, **150** state and government heads (ISO dates, ordinals, COVID-19 untouched)."""
    return re.sub(r"(?<![\w.,\u2013-])(\d+(?:,\d{3})*)(?![\w,\u2013-])", r"**\1**", text)


def period_before_noun(text: str) -> str:
    """up 22% -> a 22% year-on-year increase: the direction as a noun, after the period."""
    return text.replace("up 22%", "a 22% year-on-year increase")


def dateline_in_words(text: str) -> str:
    """date 2025-09-20 HÀ NỘI — -> HÀ NỘI, September 20, 2025 —: the dateline in words."""
    return text.replace("date 2025-09-20 H\u00c0 N\u1ed8I \u2014", "H\u00c0 N\u1ed8I, September 20, 2025 \u2014")


def currency_symbol_after(text: str) -> str:
    """88 billion USD -> 88 billion US$: the symbol where the code stood."""
    return re.sub(r"(?<=illion) USD\b", " US$", text)


#: Other wordings of each figure the example's claims cover, in both articles: each
#: alternative alone, or the k-th of every one at once, must leave every claim passing.
#: (article, wording as the article has it, alternatives)
SPELLINGS: list[tuple[str, str, tuple[str, ...]]] = [
    (ARTICLES[0], "79th session", ("seventy-ninth session", "Seventy-Ninth session")),
    (ARTICLES[0], "(UNGA 79)", ("(the 79th UNGA)", "(UNGA-79)", "(the seventy-ninth UNGA)")),
    (ARTICLES[0], "from September 22-24", (
        "from 22-24 September", "from Sept. 22-24", "from Sep 22 to 24", "from September 22 to 24",
        "from 22 to 24 September", "from September 22 to September 24", "from Sept 22\u201324",
        "from September 22nd to 24th", "from 22nd to 24th September", "from the 22nd to the 24th of September",
        "between September 22 and 24", "from 22 September to 24 September", "from September 22 through 24",
        "from Sept. 22-24, 2024", "from 22\u201324 September 2024", "on September 22-24", "from SEPTEMBER 22-24",
        "from September 22 until 24", "from September 22 \u2014 24")),
    (ARTICLES[0], "first multilateral", ("1st multilateral", "first-ever multilateral")),
    (ARTICLES[0], "the first time", ("the 1st time",)),
    (ARTICLES[0], "With 150 state", ("With one hundred and fifty state", "With one hundred fifty state",
                                     "With a hundred and fifty state", "With 150 (one hundred and fifty) state")),
    (ARTICLES[0], "by 2030", ("by the year 2030",)),
    (ARTICLES[0], "the first anniversary of the two countries'", ("the 1st anniversary of the 2 countries'",)),
    (ARTICLES[0], "the 30th anniversary of the establishment", ("the thirtieth anniversary of the establishment",)),
    (ARTICLES[0], "diplomatic relations in 2025.", ("diplomatic relations next year.",)),
    (ARTICLES[0], "The two sides will continue", ("The 2 sides will continue",)),
    (ARTICLES[0], "over the past nearly 50 years", (
        "over the past nearly fifty years", "over the past almost 50 years", "over the past close to 50 years",
        "over the past just under 50 years", "over the past nearly five decades",
        "over the past nearly half a century", "for nearly 50 years", "over the past nearly 5 decades")),
    (ARTICLES[0], "in the 2000s", ("in the 2000's", "during the 2000s")),
    (ARTICLES[0], "one year of implementing", ("1 year of implementing", "a year of implementing",
                                               "12 months of implementing", "one full year of implementing")),
    (ARTICLES[0], "In the first eight months of this year", (
        "In the first 8 months of this year", "In the first eight months of 2024", "From January to August this year",
        "In January-August this year", "In January\u2013August 2024", "In the year's first eight months")),
    (ARTICLES[0], "nearly 88 billion USD", (
        "nearly US$88 billion", "nearly $88bn", "nearly USD 88 billion", "nearly 88 bn US dollars",
        "nearly 88,000 million USD", "nearly eighty-eight billion USD", "nearly USD88 billion",
        "nearly 88 billion U.S. dollars", "almost 88 billion USD", "close to 88 billion USD",
        "just under 88 billion USD", "nearly 88,000,000,000 USD", "nearly 88 billion US$", "nearly US$88bn")),
    (ARTICLES[0], "up 22%", (
        "up 22 per cent", "up 22 percent", "up twenty-two per cent", "up 22 pct", "a 22% increase",
        "an increase of 22%", "up by 22%", "rising 22%", "a rise of 22%", "a 22% year-on-year increase",
        "a 22 per cent rise", "up 22 %", "up 22% year-on-year")),
    (ARTICLES[0], "The two sides have maintained", ("The 2 sides have maintained",)),
    (ARTICLES[1], "80th session", ("eightieth session",)),
    (ARTICLES[1], "(UNGA 80)", ("(the 80th UNGA)", "(UNGA-80)", "(the eightieth UNGA)")),
    (ARTICLES[1], "from September 21\u201324", (
        "from 21\u201324 September", "from Sept. 21\u201324", "from Sep 21 to 24", "from September 21 to 24",
        "from 21 to 24 September", "from September 21st to 24th", "between September 21 and 24",
        "from September 21\u201324, 2025", "from the 21st to the 24th of September")),
    (ARTICLES[1], "the 13th National", ("the thirteenth National",)),
    (ARTICLES[1], "on October 25,", ("on Oct. 25,", "on 25 October,", "on October 25th,", "on the 25th of October,",
                                     "on October 25, 2025,", "on Saturday, October 25,", "on October twenty-fifth,")),
    (ARTICLES[1], "the 11th Review", ("the eleventh Review",)),
    (ARTICLES[1], "(NPT) in 2026", ("(NPT) next year",)),
    (ARTICLES[1], "the 80th UN General Assembly", ("the eightieth UN General Assembly",)),
    (ARTICLES[1], "80th National Day", ("eightieth National Day",)),
    (ARTICLES[1], "three-decade journey", ("30-year journey", "thirty-year journey", "three decade journey",
                                          "3-decade journey")),
    (ARTICLES[1], "nearly five decades", ("nearly 5 decades", "nearly fifty years", "almost five decades",
                                         "nearly half a century", "almost fifty years")),
    (ARTICLES[1], "77th UN General Assembly", ("seventy-seventh UN General Assembly",)),
    (ARTICLES[1], "(2022\u20132023)", ("(2022-23)", "(2022 to 2023)", "(from 2022 to 2023)", "(2022/2023)")),
    (ARTICLES[1], "(2023\u20132025)", ("(2023\u201325)", "(2023 to 2025)")),
    (ARTICLES[1], "all six key bodies", ("all 6 key bodies", "all six (6) key bodies")),
    (ARTICLES[1], "Over more than a decade", ("For more than a decade", "Over more than ten years",
                                              "Over more than 10 years")),
    (ARTICLES[1], "nearly 1,500 officers", (
        "nearly 1500 officers", "nearly 1\u00a0500 officers", "nearly 1\u202f500 officers",
        "nearly one thousand five hundred officers", "nearly 1.5 thousand officers", "just under 1,500 officers",
        "nearly fifteen hundred officers")),
    (ARTICLES[1], "sixteen per cent", ("16%", "16 percent", "16pc", "sixteen percent", "16.0%")),
    (ARTICLES[1], "after 30 years of", ("after three decades of", "after thirty years of")),
    (ARTICLES[1], "and two years of implementing", ("and 2 years of implementing", "and 24 months of implementing")),
    (ARTICLES[1], "surpassing 100 billion USD", (
        "surpassing US$100 billion", "surpassing $100bn", "surpassing USD 100 billion",
        "surpassing 100 bn US dollars", "surpassing 100,000 million USD", "surpassing one hundred billion USD",
        "exceeding 100 billion USD", "over 100 billion USD", "more than 100 billion USD", "above 100 billion USD",
        "topping 100 billion USD", "surpassing 0.1 trillion USD", "surpassing 100 billion US$")),
]


def respell(texts: dict[str, str], pick: Callable[[int, tuple[str, ...]], Optional[str]]) -> dict[str, str]:
    """Each wording of ``SPELLINGS`` (its index, its alternatives) replaced by
    ``pick``'s choice (None: left as it is)."""
    out = dict(texts)
    for i, (rel, old, alternatives) in enumerate(SPELLINGS):
        new = pick(i, alternatives)
        if new is not None:
            assert old in out[rel], (rel, old)
            out[rel] = out[rel].replace(old, new, 1)
    return out


def _chain(*fs: Callable[[str], str]) -> Callable[[str], str]:
    def run_all(text: str) -> str:
        for f in fs:
            text = f(text)
        return text
    return run_all


#: name -> (edit of each article's text, write with a BOM)
NEUTRAL: dict[str, tuple[Callable[[str], str], bool]] = {
    "unchanged": (lambda t: t, False),
    "nfd": (nfd, False),
    "crlf": (crlf, False),
    "bom": (lambda t: t, True),
    "rewrap-60": (rewrap, False),
    "percent-in-words": (percent_words, False),
    "no-thousands-separator": (no_thousands_separator, False),
    "sixteen-in-digits": (sixteen_in_digits, False),
    "number-words-in-digits": (number_words_in_digits, False),
    "one-in-digits": (one_in_digits, False),
    "en-dash-to-hyphen": (en_dash_to_hyphen, False),
    "hyphen-to-en-dash": (hyphen_to_en_dash, False),
    "straight-quotes": (straight_quotes, False),
    "curly-quotes": (curly_quotes, False),
    "nbsp-in-figures": (nbsp_in_figures, False),
    "paragraph-at-end": (paragraph_at_end, False),
    "paragraph-at-start": (paragraph_at_start, False),
    "paragraph-after-first": (paragraph_after_first, False),
    "money-symbol-first": (money_symbol, False),
    "day-before-month": (day_month, False),
    "dotted-initialisms": (dotted_initialisms, False),
    "abbreviated-months": (abbreviated_months, False),
    "percent-pc": (percent_pc, False),
    "almost-for-nearly": (almost_for_nearly, False),
    "soft-hyphens": (soft_hyphens, False),
    "thin-space-groups": (thin_space_groups, False),
    "space-groups": (space_groups, False),
    "nbsp-groups": (nbsp_groups, False),
    "period-before-noun": (period_before_noun, False),
    "dateline-in-words": (dateline_in_words, False),
    "currency-symbol-after": (currency_symbol_after, False),
    "html-references": (html_references, False),
    "all-combined-hyphens-straight": (_chain(
        sixteen_in_digits, percent_words, no_thousands_separator, money_symbol, day_month,
        en_dash_to_hyphen, straight_quotes, nbsp_in_figures, paragraph_after_first,
        paragraph_at_end, rewrap, nfd, crlf), True),
    "all-combined-dashes-curly": (_chain(
        number_words_in_digits, percent_words, no_thousands_separator, money_symbol,
        day_month, hyphen_to_en_dash, curly_quotes, nbsp_in_figures, paragraph_at_end,
        rewrap, nfd, crlf), True),
}

#: edits that change only layout or typography, not wording: the figure each claim
#: finds must read the same as before (after NFC, quote and dash folding, spaces collapsed)
LAYOUT_ONLY = {"unchanged", "nfd", "crlf", "bom", "rewrap-60", "en-dash-to-hyphen",
               "hyphen-to-en-dash", "straight-quotes", "curly-quotes", "nbsp-in-figures",
               "paragraph-at-end", "paragraph-at-start", "paragraph-after-first"}


def comparable(wording: Optional[str]) -> Optional[str]:
    """A found wording with layout and typography (and Markdown emphasis) folded."""
    if wording is None:
        return None
    w = unicodedata.normalize("NFC", wording).replace("\u2013", "-")
    w = straight_quotes(w).replace("*", "").replace("_", "")  # Markdown emphasis marks
    return " ".join(w.replace("\u00a0", " ").split())
