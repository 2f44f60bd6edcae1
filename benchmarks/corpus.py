"""Deterministic corpora for the benchmarks, built from the two bundled articles.

Why variants and not plain repetition: an extractor (or a judge) that memoises on the
text would look infinitely fast on a corpus of identical copies. Every document here is
a different string: figures changed, sentences shuffled, NFD, CRLF, lines re-wrapped,
typography swapped, a paragraph of extra figures added. The same seed always gives the
same corpus, so runs are comparable.

For the check-scale benchmark the figures are changed in step with the claims that cover
them (``scale_article``), so a correct engine passes every generated claim and a failure
in the run means something, not noise.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = {
    "2024": (ROOT / "articles" / "vna-unga-2024.txt", dt.date(2024, 9, 20)),
    "2025": (ROOT / "articles" / "vna-unga-2025.txt", dt.date(2025, 9, 20)),
}
MB = 1_000_000  # benchmarks report decimal megabytes of UTF-8

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")


def load_article(key: str) -> str:
    """The bundled article as decoded text (BOM removed, line endings as in the file)."""
    path, _ = ARTICLES[key]
    return path.read_text(encoding="utf-8-sig")


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{({1: 'st', 2: 'nd', 3: 'rd'}).get(n % 10, 'th')}"


# --- neutral transforms: the text changes, the facts do not ---------------------------

def to_nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def to_crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def rewrap(text: str, width: int = 72) -> str:
    """Re-wrap each paragraph; never split at a hyphen (that would change a figure)."""
    paragraphs = re.split(r"\n\s*\n", text)
    wrapped = [textwrap.fill(p, width=width, break_on_hyphens=False, break_long_words=False)
               for p in paragraphs]
    return "\n\n".join(wrapped)


def swap_typography(text: str) -> str:
    """En dash <-> hyphen in ranges, curly <-> straight quotes, `%` <-> `per cent`."""
    if "–" in text or "“" in text or "’" in text:
        text = text.replace("–", "-").replace("“", '"').replace("”", '"').replace("’", "'")
    else:
        text = re.sub(r"(\d)-(\d)", "\\1–\\2", text)
        text = re.sub(r'"([^"\n]*)"', "“\\1”", text).replace("'", "’")
    if "%" in text:
        text = re.sub(r"(\d)%", "\\1 per cent", text)
    else:
        text = re.sub(r"(\d) per ?cent", "\\1%", text)
    return text


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def shuffle_sentences(text: str, rng: random.Random) -> str:
    """Shuffle the paragraphs after the first, and the sentences inside each paragraph
    after its first (so a dateline stays in front)."""
    out = []
    for para in text.split("\n\n"):
        sentences = _SENTENCE_END.split(para)
        if len(sentences) > 2:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            sentences = [head] + rest
        out.append(" ".join(sentences))
    rest = out[1:]
    rng.shuffle(rest)
    return "\n\n".join(out[:1] + rest)


def perturb_digits(text: str, rng: random.Random) -> str:
    """Change every digit run to another of the same length (figures changed, wording not)."""
    def repl(m: re.Match) -> str:
        s = m.group(0)
        first = str(rng.randint(1, 9)) if len(s) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in s[1:])
    return re.sub(r"\d+", repl, text)


def figure_paragraph(rng: random.Random) -> str:
    """A paragraph dense in figures of every kind, like a business-news wrap-up."""
    y = rng.randint(2015, 2026)
    m1, m2 = rng.sample(MONTHS, 2)
    d = rng.randint(1, 25)
    sentences = [
        f"Exports rose {rng.randint(1, 40)}.{rng.randint(0, 9)}% to "
        f"{rng.randint(2, 900)} billion USD in the first {rng.choice(NUMBER_WORDS[1:11])} "
        f"months of {y}, while imports fell {rng.choice(NUMBER_WORDS)} per cent.",
        f"About {rng.randint(1, 99)},{rng.randint(100, 999)} delegates from "
        f"{rng.randint(20, 190)} countries attended the {ordinal_suffix(rng.randint(2, 99))} "
        f"forum from {m1} {d}-{d + rng.randint(1, 3)}, {y}.",
        f"The project, worth US${rng.randint(1, 9)}.{rng.randint(1, 9)}bn, will run for "
        f"{rng.choice(NUMBER_WORDS[:10])} years ({y}–{y + rng.randint(1, 9)}).",
        f"Inflation eased to {rng.randint(1, 9)}.{rng.randint(0, 9)} per cent in {m2}, "
        f"down {rng.randint(1, 3)}.{rng.randint(0, 9)} percentage points, and more than "
        f"{rng.randint(2, 30)} million people were affected in the {rng.choice(('1990s', '2000s', '2010s'))}.",
        f"Nearly {rng.randint(100, 999)} firms invested £{rng.randint(10, 990)}m and "
        f"VND {rng.randint(2, 90)} trillion between {rng.randint(3, 9)} and "
        f"{rng.randint(10, 30)} per cent of output over more than a decade.",
    ]
    rng.shuffle(sentences)
    return " ".join(sentences)


# --- throughput corpus --------------------------------------------------------------

@dataclass(frozen=True)
class Doc:
    """One article-sized document of the corpus, with what was done to it."""

    text: str
    published: dt.date
    variant: str


def news_corpus(size_mb: float = 5.0, seed: int = 0) -> list[Doc]:
    """Article-sized documents adding up to at least ``size_mb`` MB of UTF-8.

    Document i is built from article i % 2 with a mix of transforms chosen by i and a
    seeded RNG; a few stay verbatim, the way a real archive holds reprints.
    """
    rng = random.Random(seed)
    bases = [(load_article(k), ARTICLES[k][1]) for k in sorted(ARTICLES)]
    docs: list[Doc] = []
    total = 0
    i = 0
    target = size_mb * MB
    while total < target:
        text, published = bases[i % 2]
        steps: list[str] = []
        if i % 32 == 0:
            steps.append("verbatim")
        else:
            if i % 2 == 0 or i % 5 == 0:
                text = scale_article(i % 2, rng).text
                steps.append("figures")
            if i % 3 == 0:
                text = perturb_digits(text, rng)
                steps.append("digits")
            if i % 4 in (1, 2):
                text = shuffle_sentences(text, rng)
                steps.append("shuffled")
            if i % 4 == 3:
                text = text + "\n\n" + figure_paragraph(rng) + "\n"
                steps.append("figure-paragraph")
            if i % 7 == 1:
                text = swap_typography(text)
                steps.append("typography")
            if i % 5 == 2:
                text = rewrap(text)
                steps.append("rewrapped")
            if i % 6 == 1:
                text = to_nfd(text)
                steps.append("nfd")
            if i % 6 == 4:
                text = to_crlf(text)
                steps.append("crlf")
            if not steps:
                text = text + "\n\n" + figure_paragraph(rng) + "\n"
                steps.append("figure-paragraph")
        docs.append(Doc(text, published, "+".join(steps)))
        total += len(text.encode("utf-8"))
        i += 1
    return docs


# --- check-scale corpus: articles with figures changed in step with their claims ----------

@dataclass
class ScaleArticle:
    """An article variant and the claims it supports (claim dicts without id/article)."""

    text: str
    published: dt.date
    claims: list[dict] = field(default_factory=list)


# A slot is a literal of the base article that a variant may restate differently.
# make(rng) -> (article wording, {claim kind: claim figure}); the claim keeps ``about``.
Slot = tuple[str, int, Callable[[random.Random], tuple[str, str]]]


def _money(rng: random.Random) -> tuple[str, str]:
    q = rng.choice(("nearly", "almost", "over", "about", ""))
    n = rng.randint(40, 140)
    return (f"{q} {n} billion USD".strip(), f"{q} {n} billion USD".strip())


def _percent(rng: random.Random) -> tuple[str, str]:
    d = rng.choice(("up", "down"))
    p = rng.randint(2, 45)
    style = rng.choice(("%", " per cent", " percent"))
    return f"{d} {p}{style}", f"{d} {p}%"


def _number_word(rng: random.Random, lo: int, hi: int) -> tuple[str, int]:
    n = rng.randint(lo, hi)
    if n <= len(NUMBER_WORDS) and rng.random() < 0.5:
        return NUMBER_WORDS[n - 1], n
    return str(n), n


SLOTS_2024: dict[str, Slot] = {
    # name: (literal in the base article, expected occurrences, make)
    "session": ("79", 2, lambda r: (lambda n: (str(n), str(n)))(r.randint(60, 99))),  # see below
    "days": ("September 22-24", 1,
             lambda r: (lambda d: (f"September {d}-{d + 2}", f"2024-09-{d:02d}..2024-09-{d + 2:02d}"))(r.randint(1, 27))),
    "heads": ("150 state", 1, lambda r: (lambda n: (f"{n} state", str(n)))(r.randint(90, 190))),
    "nearly50": ("nearly 50 years", 1, lambda r: (lambda n: (f"nearly {n} years", f"nearly {n} years"))(r.randint(30, 70))),
    "trade": ("nearly 88 billion USD", 1, _money),
    "growth": ("up 22%", 1, _percent),
    "statement": ("2023 joint", 1, lambda r: (lambda y: (f"{y} joint", str(y)))(r.randint(2015, 2023))),
}

SLOTS_2025: dict[str, Slot] = {
    "congress": ("13th National", 1, lambda r: (lambda n: (f"{ordinal_suffix(n)} National", str(n)))(r.randint(9, 14))),
    "days": ("September 21–24", 1,
             lambda r: (lambda d: (f"September {d}–{d + 3}", f"2025-09-{d:02d}..2025-09-{d + 3:02d}"))(r.randint(1, 26))),
    "cybercrime": ("October 25", 1, lambda r: (lambda d: (f"October {d}", f"2025-10-{d:02d}"))(r.randint(1, 31))),
    "review": ("11th Review", 1, lambda r: (lambda n: (f"{ordinal_suffix(n)} Review", str(n)))(r.randint(8, 12))),
    "npt": ("in 2026", 1, lambda r: (lambda y: (f"in {y}", str(y)))(r.randint(2026, 2030))),
    "vice": ("77th UN", 1, lambda r: (lambda n: (f"{ordinal_suffix(n)} UN", str(n)))(r.randint(70, 79))),
    "bodies": ("all six key", 1, lambda r: (lambda w: (f"all {w[0]} key", str(w[1])))(_number_word(r, 3, 9))),
    "troops": ("nearly 1,500 officers", 1,
               lambda r: (lambda n: (f"nearly {n:,} officers", f"nearly {n}"))(r.randint(900, 2500))),
    "women": ("sixteen per cent", 1, lambda r: (lambda w: (f"{w[0]} per cent", f"{w[1]}%"))(_number_word(r, 10, 30))),
    "trade": ("surpassing 100 billion USD", 1,
              lambda r: (lambda n: (f"surpassing {n} billion USD", f"surpassing {n} billion USD"))(r.randint(80, 160))),
}

# Claims per base article: (id suffix, about, kind, figure or "{slot}" to take the slot's
# claim figure). Wordings follow what the articles state; every one locates one sentence.
CLAIMS_2024 = [
    ("session", "session of the UN General Assembly", "ordinal", "{session}"),
    ("days", "working sessions in the US", "dates", "{days}"),
    ("heads", "state and government heads", "count", "{heads}"),
    ("sdg-year", "accelerate the implementation", "year", "2030"),
    ("anniversary", "establishment of their diplomatic relations", "ordinal", "30"),
    ("anniversary-year", "establishment of their diplomatic relations", "year", "2025"),
    ("first-anniversary", "coincides with the first anniversary", "ordinal", "1"),
    ("first-engagement", "first multilateral diplomatic engagement", "ordinal", "1"),
    ("un-ties", "relationship between Vietnam and the UN", "duration", "{nearly50}"),
    ("mdg", "Millennium Development Goals", "years", "2000s"),
    ("one-year", "after one year of implementing", "duration", "one year"),
    ("statement", "joint statement", "year", "{statement}"),
    ("trade", "bilateral trade", "money", "{trade}"),
    ("growth", "bilateral trade", "percent", "{growth}"),
    ("period", "bilateral trade", "dates", "2024-01-01..2024-08-31"),
    ("leader", "Party General Secretary and State President", "text", "To Lam"),
    ("minister", "Minister of Foreign Affairs", "text", "Bui Thanh Son"),
    ("covid", "fight against the", "text", "COVID-19"),
    ("no-euro", "bilateral trade", "absent", "billion EUR"),
    ("one-un", "One UN Initiative", "absent", "Two UN"),
]
CLAIMS_2025 = [
    ("session", "session of the United Nations General Assembly", "ordinal", "80"),
    ("days", "bilateral activities in the US", "dates", "{days}"),
    ("congress", "National Party Congress", "ordinal", "{congress}"),
    ("cybercrime", "Convention against Cybercrime", "date", "{cybercrime}"),
    ("review", "Review Conference", "ordinal", "{review}"),
    ("npt-year", "Review Conference", "year", "{npt}"),
    ("un-anniversary", "High-level Meeting marking", "ordinal", "80"),
    ("ties-anniversary", "celebrate the 30th anniversary", "ordinal", "30"),
    ("journey", "three-decade journey", "duration", "three decades"),
    ("national-day", "National Day in New York", "ordinal", "80"),
    ("un-ties", "strong and enduring partnership", "duration", "nearly five decades"),
    ("agenda", "Agenda for Sustainable Development", "year", "2030"),
    ("vice", "Vice President of the", "ordinal", "{vice}"),
    ("bodies", "key bodies of UNESCO", "count", "{bodies}"),
    ("peacekeeping", "participating in UN peacekeeping operations", "duration", "more than a decade"),
    ("troops", "officers and soldiers", "count", "{troops}"),
    ("women", "women accounting for", "percent", "{women}"),
    ("trade", "largest export market", "money", "{trade}"),
    ("president", "State President", "text", "Lương Cường"),
    ("no-trillion", "largest export market", "absent", "trillion USD"),
]
SLOTS = (SLOTS_2024, SLOTS_2025)
CLAIMS = (CLAIMS_2024, CLAIMS_2025)


def scale_article(which: int, rng: random.Random, neutral: str = "none") -> ScaleArticle:
    """Base article ``which`` (0: 2024, 1: 2025) with its slot figures restated at random,
    one neutral transform applied, and the claims that hold for the result."""
    key = sorted(ARTICLES)[which]
    text = load_article(key)
    published = ARTICLES[key][1]
    figures: dict[str, str] = {}
    for name, (literal, count, make) in SLOTS[which].items():
        found = text.count(literal)
        if found != count:  # the bundled article changed: fail loudly, not silently
            raise ValueError(f"{key}: expected {count} x {literal!r}, found {found}")
        wording, figure = make(rng)
        if name == "session":  # "79th session ... (UNGA 79)": both places, one number
            text = (text.replace("79th", ordinal_suffix(int(wording)))
                    .replace("UNGA 79", f"UNGA {wording}"))
        else:
            text = text.replace(literal, wording)
        figures[name] = figure
    claims = []
    for suffix, about, kind, figure in CLAIMS[which]:
        if figure.startswith("{"):
            figure = figures[figure[1:-1]]
        claims.append({"suffix": suffix, "about": about, "kind": kind, "figure": figure})
    if neutral == "nfd":
        text = to_nfd(text)
    elif neutral == "crlf":
        text = to_crlf(text)
    elif neutral == "rewrap":
        text = rewrap(text)
    return ScaleArticle(text, published, claims)


NEUTRAL = ("none", "nfd", "crlf", "rewrap")


def scale_corpus(n_articles: int = 1000, claims_per_article: int = 20,
                 seed: int = 0) -> list[ScaleArticle]:
    """``n_articles`` variants alternating between the two bundled articles."""
    rng = random.Random(seed)
    out = []
    for i in range(n_articles):
        art = scale_article(i % 2, rng, NEUTRAL[(i // 2) % len(NEUTRAL)])
        art.claims = art.claims[:claims_per_article]
        out.append(art)
    return out
