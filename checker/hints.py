"""What the text says instead, when no figure of the claim's kind answers it.

The engine reads figures; a slip that is no figure at all ("Nov. 31", "Section 230")
leaves a claim with nothing to compare. These hints find such slips in the claim's
sentences, so the failure still points at the words an editor has to fix.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from .evaluate import judge
from .extraction.figures import COMPATIBLE
from .extraction.lexicon import LOWER_LABELS, MONTHS
from .locate import ArticleIndex
from .model import Article, Claim

#: What a figure of each kind is called in a sentence ("nearest figure there is ... (a period)").
KIND_NOUNS = {
    "count": "a count", "number": "a number", "percent": "a percentage", "money": "an amount",
    "date": "a date", "dates": "a period", "year": "a year", "years": "a span of years",
    "ordinal": "an ordinal", "duration": "a duration",
}

_MONTH = r"(?P<%s>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
#: A month and a day that the month may not have: "Nov. 31", "31 November", "February 30,
#: 2025", "Nov. 40", "July 0". The year after it, if written, decides February 29.
_MONTH_DAY = re.compile(
    r"(?<![\w.])(?:" + _MONTH % "m1" + r"[ \u00a0]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?" + _MONTH % "m2" + r")"
    r"(?![\w%])(?:,?[ \u00a0]+(?P<year>\d{4})(?!\d))?", re.IGNORECASE)


#: A day written as ISO: "2025-09-20" (a dateline); "2025-19-20" is a slip.
_ISO_DAY = re.compile(r"(?<![\w.-])([1-9]\d{3})-(\d{2})-(\d{2})(?![\w-]|\.\d)")


def impossible_day(claim: Claim, index: ArticleIndex, sentences: list[tuple[int, int]]) -> Optional[tuple[tuple[int, int], str]]:
    """The first day in ``sentences`` that its month does not have, as (raw span, why).

    "until Nov. 31" reads as no date, so a ``date: November 30`` claim would otherwise
    be told only that the sentence has no date. February 29 counts as impossible only
    in a year known not to be a leap year: the one written after it, else the claim's,
    else the article's."""
    if claim.kind not in ("date", "dates"):
        return None
    for start, end in sorted(sentences):
        for m in _ISO_DAY.finditer(index.text, start, end):
            y, month, day = (int(g) for g in m.groups())
            if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(y, month)[1]:
                continue
            why = f"there is no month {month}" if not 1 <= month <= 12 else \
                f"{calendar.month_name[month]} {y} has {calendar.monthrange(y, month)[1]} days"
            return (m.start(), m.end()), f"{m.group(0)!r} is not a date: {why}"
        for m in _MONTH_DAY.finditer(index.text, start, end):
            word = m.group("m1") or m.group("m2")
            if word != word.lower() and word != word.capitalize() and word != word.upper():
                continue
            month, day = MONTHS[word.lower()], int(m.group("d1") or m.group("d2"))
            year = _year_of(claim, index, m.group("year"))
            longest = 29 if month == 2 and year is None else calendar.monthrange(year or 2000, month)[1]
            if 1 <= day <= longest:
                continue
            name = calendar.month_name[month]
            length = f"{name} {year} has {longest} days" if month == 2 and year else f"{name} has {longest} days"
            wording = " ".join(m.group(0).split())
            return (m.start(), m.end()), f"{wording!r} is not a date: {length}"
    return None


_ORD = r"(?:st|nd|rd|th)?"
_TO = r"[ \u00a0]*(?:-|\u2013|\u2014|/)[ \u00a0]*|[ \u00a0]+(?P<w>to|through|thru|until|till|and)[ \u00a0]+"
#: Two days of one month, as a range: "September 22-14", "Sept. 22 to 34", "32–24
#: September", "from the 32nd to the 24th of September", "between September 22 and 34".
_DAY_RANGE = re.compile(
    r"(?<![\w.])(?:" + _MONTH % "m1" + r"[ \u00a0]+(?P<a1>\d{1,2})" + _ORD + r"(?:" + _TO + r")(?:the[ \u00a0]+)?"
    r"(?P<b1>\d{1,2})" + _ORD +
    r"|(?:the[ \u00a0]+)?(?P<a2>\d{1,2})" + _ORD + r"(?:" + _TO.replace("?P<w>", "?P<w2>") + r")(?:the[ \u00a0]+)?"
    r"(?P<b2>\d{1,2})" + _ORD + r"[ \u00a0]+(?:of[ \u00a0]+)?" + _MONTH % "m2" + r")"
    r"(?![\w%]|[.,]\d)(?:,?[ \u00a0]+(?P<year>\d{4})(?!\d))?", re.IGNORECASE)
_BETWEEN = re.compile(r"between[ \u00a0]+\Z", re.IGNORECASE)


def impossible_range(claim: Claim, index: ArticleIndex, sentences: list[tuple[int, int]],
                     near: tuple[int, ...] = ()) -> Optional[tuple[tuple[int, int], str]]:
    """Days of one month written as a range that is none ("September 22-14" runs
    backwards, "September 22-34" ends on a day September does not have), or years that
    are none ("(2922–2023)", "(2022 to 2013)", "the 2001s"), as (raw span, why): the text
    reads them as a day and a number, or not at all, so a claim on the period would name
    only a piece of it, or a neighbouring figure. Of several, the one nearest ``near``
    (raw offsets of the claim's words)."""
    if claim.kind not in ("date", "dates", "year", "years"):
        return None
    found = []
    for start, end in sorted(sentences):
        if claim.kind in ("date", "dates"):
            found += _day_range_slips(claim, index, start, end)
        else:
            found += _year_range_slips(index, start, end)
    if not found:
        return None
    return min(found, key=lambda f: min((abs(f[0][0] - n) for n in near), default=0))


def _day_range_slips(claim: Claim, index: ArticleIndex, start: int, end: int) -> list:
    out = []
    for m in _DAY_RANGE.finditer(index.text, start, end):
        word = m.group("m1") or m.group("m2")
        if word != word.lower() and word != word.capitalize() and word != word.upper():
            continue
        month = MONTHS[word.lower()]
        a, b = int(m.group("a1") or m.group("a2")), int(m.group("b1") or m.group("b2"))
        year = _year_of(claim, index, m.group("year"))
        longest = calendar.monthrange(year or 2000, month)[1]
        name = calendar.month_name[month]
        end = m.end()
        if m.group("m2") and not m.group("year") and word.lower() == name.lower() and index.text[end - 1] == ".":
            end -= 1  # "... of September." ends the sentence
        wording = " ".join(index.text[m.start():end].split())
        if max(a, b) > longest or min(a, b) < 1:
            out.append(((m.start(), end), f"{wording!r} is not a period: {name} has {longest} days"))
        elif b < a and not ((m.group("w") or m.group("w2") or "").lower() == "and"
                            and not _BETWEEN.search(index.text, max(0, m.start() - 10), m.start())):
            # "on September 17 and 15" lists two days; "between September 22 and 14" is a range
            out.append(((m.start(), end), f"{wording!r} is not a period: it ends before it starts"))
    return out


#: Four digits and four (or two) as a range of years, or a decade: "(2922–2023)",
#: "2022 to 2013", "2023–15", "the 2001s".
_YEAR_PAIR = re.compile(r"(?<![\w.,])(?P<a>\d{4})(?:" + _TO + r")(?P<b>\d{4}|\d{2})(?![\w%]|[.,]\d)")
_YEARS_BEFORE = re.compile(r"(?<![\w])(in|since|by|of|the|during|until|from|between)[ \u00a0]+\Z", re.IGNORECASE)
_YEARS_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)\]]|\Z)|[ \u00a0]+(?:financial|fiscal|marketing|tax|school|academic|season|seasons|period|"
    r"average|budget|term|terms|year|years|and|to|when|as|in|at|on|for|was|were|is|the|with|after|before|while|but)"
    r"(?![\w-])", re.IGNORECASE)
_OPEN_BEFORE = re.compile(r"\((?:from[ \u00a0]+)?\Z", re.IGNORECASE)
_DECADE_SLIP = re.compile(r"(?<![\w.,])the[ \u00a0]+(?:early[ \u00a0]+|late[ \u00a0]+|mid-?)?(?P<a>\d{4})'?s\b",
                          re.IGNORECASE)


def _year_range_slips(index: ArticleIndex, start: int, end: int) -> list:
    """Year pairs and decades in ``index.text[start:end]`` that the text reads as no span
    of years although they are written as one."""
    read = [(m.start, m.end) for m in index.mentions if m.kind == "years" and m.end > start and m.start < end]
    out = []
    for m in _YEAR_PAIR.finditer(index.text, start, end):
        if any(s <= m.start() and m.end() <= e for s, e in read):
            continue
        a, b_text = int(m.group("a")), m.group("b")
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        plausible = [y for y in (a, b) if 1000 <= y <= 2199]
        bracketed = _OPEN_BEFORE.search(index.text, max(0, m.start() - 8), m.start()) is not None \
            and index.text[m.end():m.end() + 1] == ")"
        before = _YEARS_BEFORE.search(index.text, max(0, m.start() - 12), m.start())
        held = bracketed or before is not None and _YEARS_AFTER.match(index.text, m.end()) is not None
        # "(2922–2023)", "since 3014-15.", "the 3027/28 financial year"; not "between 1500-2000 people"
        if (m.group("w") or "").lower() == "and" and (before is None or before.group(1).lower() != "between"):
            continue  # "in 2022 and 2013" lists two years; "between 1019 and 2023" is a range
        if not plausible and not held:
            continue  # "3000-4000 people" is no pair of years
        wording = " ".join(m.group(0).split())
        if not plausible:  # "(3022-23)" after a term of office
            out.append(((m.start(), m.end()), f"{wording!r} is not a span of years: {a} is no year"))
        elif len(plausible) == 1:
            odd = b if a in plausible else a
            out.append(((m.start(), m.end()), f"{wording!r} is not a span of years: {odd} is no year"))
        elif b < a or b == a and len(b_text) == 2:
            out.append(((m.start(), m.end()), f"{wording!r} is not a span of years: it ends before it starts"))
        elif b - a > 200 and held:  # "(1022–2023)" after a term of office, "the 1091-2020 average"
            out.append(((m.start(), m.end()), f"{wording!r} is not a span of years: {b - a} years long"))
    for m in _DECADE_SLIP.finditer(index.text, start, end):
        if any(s <= m.start("a") < e for s, e in read):
            continue
        wording = " ".join(m.group(0).split())
        out.append(((m.start("a"), m.end()), f"{wording!r} is not a decade"))
    return out


#: Two figures as a range, the second smaller: "26-17%", "20% to 15%", "4.00%-3.25%",
#: "the 201–150 band", "0.72 to 0.00", "143,000 to 135,000".
_NUMBER_PAIR = re.compile(
    r"(?<![\w.,])(?P<a>\d[\d,]*(?:\.\d+)?)(?P<pa>[ \u00a0]?%)?"
    r"(?:[ \u00a0]*(?:-|\u2013|\u2014)[ \u00a0]*|[ \u00a0]+(?:to|and)[ \u00a0]+)"
    r"(?P<b>\d[\d,]*(?:\.\d+)?)(?P<pb>[ \u00a0]?%)?(?![\w]|[.,]\d)")


_FROM_BEFORE = re.compile(r"(?<![\w])from[ \u00a0]+[$\u20ac\u00a3]?\Z", re.IGNORECASE)


def backwards_range(claim: Claim, index: ArticleIndex, sentences: list[tuple[int, int]],
                    near: tuple[int, ...] = ()) -> Optional[tuple[tuple[int, int], str]]:
    """For a claim of a range of figures ("percent: 16-17", "number: 0.72 to 0.90"), a
    range in its sentences edited to run backwards ("26-17%", "0.72 to 0.00"), as (raw
    span, why): the text reads its ends apart, and the claim would name one of them."""
    value = claim.expected.value if claim.expected is not None else None
    if claim.kind not in ("percent", "number", "count", "money", "ordinal") or not isinstance(value, tuple):
        return None
    found = []
    for start, end in sorted(sentences):
        for m in _NUMBER_PAIR.finditer(index.text, start, end):
            try:
                a, b = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", ""))
            except ValueError:
                continue
            if b >= a or claim.kind == "percent" and not m.group("pb"):
                continue
            if _FROM_BEFORE.search(index.text, max(0, m.start() - 8), m.start()):
                continue  # "fell from 10% to 5%": a change, no range
            if 1000 <= a <= 2199 and 1000 <= b <= 2199 and "." not in m.group(0):
                continue  # years, which the years hints speak of
            wording = " ".join(m.group(0).split())
            found.append(((m.start(), m.end()), f"{wording!r} is not a range: it ends before it starts"))
    if not found:
        return None
    return min(found, key=lambda f: min((abs(f[0][0] - n) for n in near), default=0))


def _year_of(claim: Claim, index: ArticleIndex, written: Optional[str]) -> Optional[int]:
    if written:
        return int(written)
    value = claim.expected.value if claim.expected is not None else None
    if isinstance(value, tuple):
        value = value[0]
    if isinstance(value, _dt.date):
        return value.year
    return index.reference.year if index.reference is not None else None


_WORD_AND_DIGITS = r"(?<![\w.])[A-Za-z][\w&-]*\.?[ \u00a0]%s(?![\w%%]|[.,:/-]\d)"


def name_hint(claim: Claim, article: Article, index: ArticleIndex, others: tuple) -> str:
    """A number the text writes only inside a name with digits ("Section 230", "type 2")
    is no figure, so a ``number: 230`` claim finds nothing: say so, and what checks it."""
    vf = claim.figure_for(article.name)
    expected = vf.expected if vf is not None else claim.expected
    if expected is None or claim.kind not in ("number", "count", "ordinal") or not isinstance(expected.value, int):
        return ""
    pattern = re.compile(_WORD_AND_DIGITS % expected.value)
    for phrase in claim.about:
        for ns, _ in index.find(phrase):
            (s, e), in_sentence = index.sentence_at(ns)
            m = pattern.search(index.text, s, e)
            word = m.group(0).split()[0].rstrip(".") if m is not None else ""
            if m is not None and (word.lower() in LOWER_LABELS or not word.islower()) \
                    and not any(p.mention.start <= m.end() - 1 < p.mention.end for p in others) \
                    and not any(f.start <= m.end() - 1 < f.end for f in in_sentence):  # "the No. 1 position": a rank
                name = " ".join(m.group(0).split())
                return f"; {name!r} is a name with digits, not a figure (a `text: {name}` claim checks it)"
    return ""


def date_hint(claim: Claim, index: ArticleIndex, why: Optional[str]) -> Optional[str]:
    """A date that differs in an article with no publication date may only differ by the
    year we had to assume: say so, and how to fix it."""
    if why is None or claim.kind not in ("date", "dates", "year", "years") or index.reference is not None:
        return why
    return (f"{why} (the article gives no publication date, neither `published:` nor a "
            f"dateline, so dates without a year were read in {_dt.date.today().year}; "
            f"add `published:` to the article)")


def _states(claim: Claim, index: ArticleIndex, m, sentence: tuple[int, int]) -> bool:
    """Does the figure ``m``, read in its raw ``sentence``, state what the claim claims?"""
    s, e = sentence
    return judge(claim, m, index.matching_text(s, m.start), index.matching_text(m.end, e)) is None


def stated_elsewhere(claim: Claim, index: ArticleIndex, most: int = 2) -> str:
    """The claimed figure where no sentence has the claim's words: an editor reworded the
    sentence ("bilateral trade" -> "two-way trade") and the figure stands. Naming where it
    stands (when it stands in at most ``most`` places) makes the fix one glance."""
    if claim.expected is None:
        return ""
    wanted = COMPATIBLE.get(claim.kind, (claim.kind,))
    found = []
    for m in index.mentions:
        if m.kind not in wanted:
            continue
        s, e = index.sentence_raw(index.norm.norm_offset(m.start))
        if _states(claim, index, m, (s, e)):
            found.append((m, s))
            if len(found) > most:
                return ""
    if not found:
        return ""
    places = []
    for m, s in found:
        line, column = index.line_col(m.start)
        words = index.text[s:m.start].split()
        lead = ("…" if len(words) > 4 else "") + " ".join(words[-4:] + m.text.split())
        places.append(f"line {line}:{column} ({lead!r})")
    return (f"; the claimed figure is at {' and at '.join(places)}: if that is the fact, "
            f"its sentence no longer has the `about` words")


def stated_beside(claim: Claim, index: ArticleIndex, place_mention, sentence: tuple[int, int]) -> str:
    """The claimed figure elsewhere in the sentence whose nearest figure differs: "lead ...
    to 97 points over Red Bull, with 601 points to 504" holds 601 for a claim whose words
    stand nearer 97. The claim may be right and its words badly placed, or the sentence
    may state another fact alike (an edit): naming the figure lets the editor tell which
    in one glance, without the check guessing which figure the words meant."""
    if claim.expected is None:
        return ""
    wanted = COMPATIBLE.get(claim.kind, (claim.kind,))
    s, e = sentence
    for m in index.mentions_between(s, e):
        if m is place_mention or m.kind not in wanted or m.start == place_mention.start:
            continue
        if _states(claim, index, m, (s, e)):
            column = index.line_col(m.start)[1]
            return (f"; the sentence also states {' '.join(m.text.split())!r} (column {column}): if the claim "
                    f"means that figure, give `about` words beside it")
    return ""


#: A bare "$" (no country's letters before it): the article's dollar.
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
#: A numeric date whose first two numbers may each be the month: "12/05/2026", "3.4.2026".
_EITHER_WAY = re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)\d{2,4}(?!\d)")


def locale_hint(claim: Claim, index: ArticleIndex, mention, why: Optional[str]) -> Optional[str]:
    """A failure that the article's reading options explain, with the key that says it:
    a bare "$" read as another dollar than the claim's ("unit differs: text has USD,
    claim has NZD"), a numeric date read in the other order ("12/05/2026" as 5 December
    where the claim says 12 May)."""
    if why is None or claim.expected is None:
        return why
    from .locale import DOLLARS
    locale = index.locale
    if claim.kind == "money" and why.startswith("unit differs") and _BARE_DOLLAR.search(mention.text) \
            and mention.unit in DOLLARS and claim.expected.unit in DOLLARS:
        if locale.dollar is None and locale.country is None:
            return (f"{why} (a bare $ is read as USD unless the article's entry says which dollar: "
                    f"`dollar: {claim.expected.unit}` or its `country:`)")
        said = f"dollar: {locale.dollar}" if locale.dollar else f"country: {locale.country}"
        return f"{why} (a bare $ is {mention.unit} in this article: `{said}`)"
    m = _EITHER_WAY.fullmatch(mention.text.strip()) if claim.kind == "date" and mention.kind == "date" else None
    if m is not None and int(m.group("a")) <= 12 and int(m.group("b")) <= 12 and m.group("a") != m.group("b"):
        found = mention.value
        try:
            swapped = found.replace(month=found.day, day=found.month)
        except ValueError:
            return why
        if claim.expected.value == swapped:
            order = "day first" if found.day == int(m.group("a")) else "month first"
            other = "month-first" if order == "day first" else "day-first"
            return (f"{why} ('{mention.text}' is read {order}, as {found.isoformat()}; if the article "
                    f"writes dates the other way, say `numeric_dates: {other}` or its `country:`)")
    return why
