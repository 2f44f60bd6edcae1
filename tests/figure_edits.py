"""Edits of one claimed figure's wording, for tests/test_stories.py.

Each claim that passes says where its figure is stated (its ``span``). Two families of
edit of that wording, plain functions over ``str``:

- *rewordings* (``rewordings``) state the same value another way an editor might:
  digits and words ("16" / "sixteen", "79th" / "seventy-ninth"), "%" / "per cent" /
  "percent" / "pc", "1.5 million" / "1.5m" / "1,500,000", a currency as a symbol, a code
  or a word ("€5bn" / "EUR 5bn" / "5bn euros"), day and month in either order and
  abbreviated ("22 September" / "Sept. 22"), range separators ("2019-20" / "2019–20"),
  a qualifier's synonyms ("nearly" / "almost" / "just under"), "two-year" / "two year",
  a line break or a no-break space inside the figure, Markdown emphasis around it.
  The claim must still hold.
- *changes* (``changes``) alter the fact: the first or leading digit, a day, a year, the
  currency, a qualifier dropped or added, a direction turned ("gained" / "lost"). The
  claim must fail, and what it reports as found must hold the new wording (``token``).

``tests/example_edits.py`` holds the whole-article rewrites and the first mutation rules
(last digit, month, scale word, qualifier, number word); these add to them.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_ONES = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
ORD_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
WORD_VALUE = {w: i for i, w in enumerate(ONES)} | {w: i * 10 for i, w in enumerate(TENS) if w != "_"}
ORD_VALUE = {w: i for i, w in enumerate(ORD_ONES)} | {w: i * 10 for i, w in enumerate(ORD_TENS) if w != "_"}
_TENS_RE = "|".join(t for t in TENS if t != "_")
NUMBER_WORD = re.compile(r"\b(?:(%s)[- ](%s)|(%s))\b" % (
    _TENS_RE, "|".join(ONES[1:10]), "|".join(sorted(WORD_VALUE, key=len, reverse=True))), re.I)
ORDINAL_WORD = re.compile(r"\b(?:(%s)[- ](%s)|(%s))\b" % (
    _TENS_RE, "|".join(ORD_ONES[1:10]), "|".join(sorted(ORD_VALUE, key=len, reverse=True))), re.I)
#: a number word that is part of a fraction or a proportion: "two-thirds", "nine in 10"
_NOT_A_COUNT = re.compile(r"-(?:thirds?|quarters?|fifths?|and-a-)| in ")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBREVIATIONS = {"January": ["Jan.", "Jan"], "February": ["Feb.", "Feb"], "March": ["Mar."], "April": ["Apr."],
                 "May": [], "June": [], "July": [], "August": ["Aug.", "Aug"],
                 "September": ["Sept.", "Sep", "Sept"], "October": ["Oct.", "Oct"],
                 "November": ["Nov.", "Nov"], "December": ["Dec.", "Dec"]}
ANY_MONTH = r"(?:%s|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)" % "|".join(MONTHS)
DATE_KINDS = ("date", "dates", "year", "years")


def words(n: int, joiner: str = "-") -> Optional[str]:
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (joiner + ONES[ones] if ones else "")
    return None


def ordinal_words(n: int) -> Optional[str]:
    if n < 20:
        return ORD_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ORD_TENS[tens] if not ones else TENS[tens] + "-" + ORD_ONES[ones]
    return None


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _cased(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _full_month(token: str) -> Optional[str]:
    t = token.rstrip(".")
    return next((m for m in MONTHS if len(t) >= 3 and m.startswith(t)), None)


def _each(wording: str, pattern, replacements) -> list[str]:
    """For each replacement (a function of a match, None to leave it), ``wording`` with
    every match of ``pattern`` replaced."""
    out = []
    for replace in replacements:
        new = re.sub(pattern, lambda m: replace(m) if replace(m) is not None else m.group(), wording)
        if new != wording:
            out.append(new)
    return out


# ----------------------------------------------------------------------- rewordings
# Each takes the wording and ``ctx``: kind, unit (money's ISO code), prev and next (the
# characters just outside the wording).

def _digits_as_words(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] in DATE_KINDS or ctx["next"].isalnum():
        return []  # "40C", "30mm": a unit glued to the digits keeps them
    out = _each(w, r"(?<![\d.,\w])(\d{1,2})(?:st|nd|rd|th)\b", [lambda m: ordinal_words(int(m.group(1)))])
    if ctx["kind"] == "money" and re.search(r"[$£€¥₹]|\b[A-Z]{3}\b|Rs", w):
        return out  # "$five billion" is no editor's wording
    if re.search(r"\bNo\.\s?\d|\d \d{3}\b|\d[- ]\d+/\d", w):
        return out  # "No. 3" (a rank's label), "1 500" (digits grouped by a space), "14-1/4"
    small = r"(?<![\d.,:/$£€¥₹\w-])(\d{1,2})(?![\d]|[.,]\d|\w(?<!%))(\s?%)?"
    out += _each(w, small, [
        lambda m: words(int(m.group(1))) + (" per cent" if m.group(2) else ""),
        lambda m: (words(int(m.group(1)), " ") + (" per cent" if m.group(2) else ""))
        if int(m.group(1)) > 20 and int(m.group(1)) % 10 else None])  # "twenty two"
    return out


def _words_as_digits(w: str, ctx: dict) -> list[str]:
    def cardinal(m):
        if _NOT_A_COUNT.match(w, m.end()):
            return None
        if m.group(3):
            if m.group(3).lower() == "one" and not re.match(r"\s+\w", w[m.end():]):
                return None  # "one" alone is often no number ("one of them")
            return str(WORD_VALUE[m.group(3).lower()])
        return str(WORD_VALUE[m.group(1).lower()] + WORD_VALUE[m.group(2).lower()])

    out = _each(w, NUMBER_WORD, [cardinal])
    out += [re.sub(r"(\d) per ?cent\b", r"\1%", o) for o in out if re.search(r"\d per ?cent\b", o)]
    if ctx["kind"] == "ordinal":
        def ordinal(m):
            v = ORD_VALUE[m.group(3).lower()] if m.group(3) else \
                WORD_VALUE[m.group(1).lower()] + ORD_VALUE[m.group(2).lower()]
            return f"{v}{suffix(v)}"
        out += _each(w, ORDINAL_WORD, [ordinal])
    out += _each(w, r"\b(%s)-(%s)\b" % (_TENS_RE, "|".join(ONES[1:10])),  # "twenty-two" -> "twenty two"
                 [lambda m: m.group(1) + " " + m.group(2)])
    return out


def _percent_signs(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] != "percent":
        return []
    out = _each(w, r"(?<=\d)(\s?%|\s?per ?cent\b|pc\b|\s?pct\b)",
                [lambda m, f=f: f for f in ("%", " per cent", " percent", "pc", " pct", " %")])
    out += _each(w, r"(?<=\d) basis points\b", [lambda m: " bps", lambda m: "bp"])
    return out


_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "trillion": 1e12, "tn": 1e12}
_SCALE_WORDS = {1e9: ("billion", "bn"), 1e6: ("million", "m", "mn"), 1e12: ("trillion", "tn")}


def _scale_words(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] not in ("money", "count", "number"):
        return []
    m = re.search(r"(?<![\w.,])(\d+(?:,\d{3})*(?:\.\d+)?)(\s?)(billion|bn|million|mn|m|trillion|tn)\b", w)
    if not m:
        return []
    digits, scale = m.group(1), _SCALE[m.group(3)]
    number = float(digits.replace(",", ""))
    alternatives = []
    for word in _SCALE_WORDS[scale]:
        if word != m.group(3):
            if ctx["kind"] != "money" and word == "m" and not re.match(r"\s+[a-z]", w[m.end():]):
                continue  # "reached 41.5m" alone may be metres; "41.5m people" is millions
            alternatives.append(digits + (" " if len(word) > 2 else "") + word)
    whole = number * scale
    if abs(whole - round(whole)) < 1e-6:
        alternatives.append(f"{int(round(whole)):,}")          # 1,500,000
    if scale == 1e9 and abs(number * 1000 - round(number * 1000)) < 1e-6:
        alternatives.append(f"{int(round(number * 1000)):,} million")
    return [w[:m.start()] + a + w[m.end():] for a in alternatives]


#: code -> (symbols, word)
CURRENCIES = {"USD": (["US$"], "US dollars"), "EUR": (["€"], "euros"), "GBP": (["£"], "pounds"),
              "INR": (["₹", "Rs "], "rupees"), "AUD": (["A$"], "Australian dollars"), "JPY": (["¥"], "yen"),
              "VND": ([], "dong"), "CAD": (["C$"], "Canadian dollars"), "NZD": (["NZ$"], "New Zealand dollars")}
_AMOUNT = (r"(\d+(?:[,.]\d+)*(?:\s?(?:billion|bn|million|mn|m|trillion|tn|lakh crore|crore|lakh|thousand)\b|K\b"
           r"|-(?:billion|million|trillion)\b)?)")  # "$97K", "$3.9-billion"
_CURRENCY_BEFORE = r"(?:US\$|A\$|C\$|NZ\$|\$|€|£|¥|₹|Rs\.?\s?|(?:USD|EUR|GBP|INR|AUD|JPY|VND|CAD|NZD)\s?)"
_CURRENCY_AFTER = (r"(?:\s?(?:USD|EUR|GBP|INR|AUD|JPY|VND|CAD|NZD)\b|\s(?:US |Australian |Canadian |New Zealand )?"
                   r"(?:dollars|euros|pounds|rupees|yen|dong)\b)")


def _currency_forms(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] != "money" or ctx.get("unit") not in CURRENCIES or re.search(r"-\d/\d", w):
        return []  # "$11.86-1/2": a price in eighths keeps its symbol
    code = ctx["unit"]
    symbols, word = CURRENCIES[code]
    pattern = _CURRENCY_BEFORE + _AMOUNT if re.search(_CURRENCY_BEFORE + _AMOUNT, w) else _AMOUNT + _CURRENCY_AFTER
    forms = [lambda a, s=s: s + a for s in symbols] + [lambda a: code + " " + a, lambda a: a + " " + code,
                                                       lambda a: a + " " + word]
    return _each(w, pattern, [lambda m, f=f: f(m.group(1)) for f in forms])


QUALIFIER_SYNONYMS = [["nearly", "almost", "just under", "close to"],
                      ["about", "around", "roughly", "approximately", "some"],
                      ["more than", "over"], ["less than", "under"]]


def _qualifier_synonyms(w: str, ctx: dict) -> list[str]:
    for group in QUALIFIER_SYNONYMS:
        for q in group:
            m = re.search(r"(?<!\w)(?<!no )" + q + r"(?!\w)", w, re.I)
            if m:
                return [w[:m.start()] + _cased(m.group(), other) + w[m.end():] for other in group
                        if other != q and not (other == "some" and ctx["kind"] == "percent")]
    return []


def _date_forms(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] not in DATE_KINDS:
        return []
    out = []
    month_day = re.search(r"\b(%s)\s(\d{1,2})(?:(\s?[-–]\s?|\sto\s)(\d{1,2}))?(?:,?\s(\d{4}))?\b(?!\d|[-–]\d)"
                          % ANY_MONTH, w)
    day_month = re.search(r"\b(\d{1,2})(?:(\s?[-–]\s?|\sto\s)(\d{1,2}))?\s(%s)(?:,?\s(\d{4}))?\b" % ANY_MONTH, w)
    if len(re.findall(ANY_MONTH + r"(?![a-z])", w)) > 1:
        month_day = day_month = None  # "1 January and 5 April": both ends or neither
    if month_day and _full_month(month_day.group(1)):
        m, (name, d1, sep, d2, year) = month_day, month_day.groups()
    elif day_month and _full_month(day_month.group(4)):
        m, (d1, sep, d2, name, year) = day_month, day_month.groups()
    else:
        m = None
    if m is not None:
        month = _full_month(name)
        days = lambda s: d1 + (s + d2 if d2 else "")  # noqa: E731
        y_after_comma, y_after = (f", {year}", f" {year}") if year else ("", "")
        alternatives = [f"{n} {days(s)}{y_after_comma}" for n in [month] + ABBREVIATIONS[month]
                        for s in (["-", "–", " to "] if d2 else [""])]
        alternatives.append(f"{days('–' if d2 else '')} {month}{y_after}")
        if d2:
            alternatives.append(f"{d1} to {d2} {month}{y_after}")
        else:
            alternatives += [f"{d1}{suffix(int(d1))} {month}{y_after}", f"{month} {d1}{suffix(int(d1))}{y_after_comma}"]
        out += [w[:m.start()] + a + w[m.end():] for a in alternatives]
    else:
        for month in MONTHS:  # "March 2024" -> "Mar. 2024"
            mm = re.search(r"\b%s(?= \d{4}\b)" % month, w)
            if mm and ABBREVIATIONS[month]:
                out.append(w[:mm.start()] + ABBREVIATIONS[month][0] + w[mm.end():])
    years = re.search(r"\b(1\d{3}|20\d{2})(\s?[-–/]\s?)(\d{2}|\d{4})\b", w)
    if years:
        first, sep, last = years.groups()
        for s in (["-", "–", " to "] if len(last) == 4 else ["-", "–", "/"]):
            if s != sep:
                out.append(w[:years.start()] + first + s + last + w[years.end():])
        if len(last) == 4 and last[:2] == first[:2]:
            out.append(w[:years.start()] + first + "–" + last[2:] + w[years.end():])  # 2019–23
        elif len(last) == 2:
            out.append(w[:years.start()] + first + "–" + first[:2] + last + w[years.end():])  # 2024–2025
    return out


def _layout(w: str, ctx: dict) -> list[str]:
    spaces = [m.start() for m in re.finditer(r"(?<!\d) | (?!\d)", w)]  # not "921 000", "7 1/3"
    out = [w[:i] + "\n" + w[i + 1:] for i in spaces[:3]]           # a line wrapped inside it
    if spaces:
        out.append(w.replace(" ", "\u00a0"))
    if not (w.startswith("*") or w.endswith("*")):
        out += ["**" + w + "**", "*" + w + "*"]
        if not (ctx["next"].isalnum() or ctx["prev"].isalnum()):
            out.append("_" + w + "_")  # underscores inside a word are no emphasis in Markdown
    return out


def _duration_forms(w: str, ctx: dict) -> list[str]:
    if ctx["kind"] != "duration":
        return []
    return _each(w, r"(\w)-(year|month|week|day|hour|minute|decade)\b", [lambda m: m.group(1) + " " + m.group(2)])


REWORDINGS = [
    ("digits-as-words", _digits_as_words), ("words-as-digits", _words_as_digits),
    ("percent-sign", _percent_signs), ("scale-word", _scale_words), ("currency-form", _currency_forms),
    ("qualifier-synonym", _qualifier_synonyms), ("date-form", _date_forms), ("layout", _layout),
    ("duration-form", _duration_forms),
]


def rewordings(wording: str, ctx: dict) -> Iterator[tuple[str, str]]:
    """(label, new wording) for every other wording of the same figure, each once."""
    seen = {wording}
    for label, rule in REWORDINGS:
        for new in rule(wording, ctx):
            if new not in seen:
                seen.add(new)
                yield label, new


# -------------------------------------------------------------------------- changes
# Each yields (label, new wording, token the failure's `found` must hold, or None).

def _numbers(w: str, ctx: dict):
    nums = list(re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?", w))
    if len(nums) > 1 and not re.search(r"\d{4}[-–/]\d{2}\b", w):   # "22-24": its first end
        m = nums[0]
        num = m.group()
        d = int(num[-1])
        new = num[:-1] + str(d + 1 if d < 8 else d - 1)
        if ctx["kind"] in ("date", "dates") and len(num) <= 2 and int(new) > 28:
            new = str(int(num) - 1)   # a day the month has
        end = m.end()
        if re.match(r"(?:st|nd|rd|th)\b", w[end:]):
            new, end = new + suffix(int(new.replace(",", ""))), end + 2
        yield "first-number", w[:m.start()] + new + w[end:], new
    if nums and ctx["kind"] not in DATE_KINDS:
        m = nums[-1]
        num = m.group()
        if len(num.replace(",", "").split(".")[0]) >= 2:           # 1,500 -> 2,500
            new = str(int(num[0]) + 1 if num[0] != "9" else 8) + num[1:]
            end = m.end()
            if re.match(r"(?:st|nd|rd|th)\b", w[end:]):
                new, end = new + suffix(int(new.replace(",", ""))), end + 2
            yield "leading-digit", w[:m.start()] + new + w[end:], new


def _ordinal_word(w: str, ctx: dict):
    if ctx["kind"] in DATE_KINDS:
        return   # "the first nine months": no edit of a period's name
    ms = list(ORDINAL_WORD.finditer(w))
    if ms:
        m = ms[-1]
        v = ORD_VALUE[m.group(3).lower()] if m.group(3) else \
            WORD_VALUE[m.group(1).lower()] + ORD_VALUE[m.group(2).lower()]
        new = _cased(m.group(), ordinal_words(v + 1 if v not in (19, 99) else v - 1))
        yield "ordinal-word", w[:m.start()] + new + w[m.end():], new


def _day_and_year(w: str, ctx: dict):
    if ctx["kind"] not in ("date", "dates"):
        return
    day = re.search(r"\b%s (\d{1,2})\b(?!,\d)|\b(\d{1,2})(?=(?:st|nd|rd|th)?\s%s)" % (ANY_MONTH, ANY_MONTH), w)
    if day:
        g = 1 if day.group(1) else 2
        d = int(day.group(g))
        new = str(d + 1 if d < 27 else d - 1)
        yield "day", w[:day.start(g)] + new + w[day.end(g):], new
    year = re.search(r"\b(19|20)\d{2}\b", w)
    if year:
        new = str(int(year.group()) + 1)
        yield "year", w[:year.start()] + new + w[year.end():], new


#: each currency to another ("$" stays a dollar of some country only as "A$")
CURRENCY_SWAPS = [("US$", "A$"), ("A$", "US$"), ("$", "€"), ("€", "£"), ("£", "€"), ("¥", "$"), ("₹", "$"),
                  ("Rs ", "$"), ("USD", "EUR"), ("EUR", "USD"), ("GBP", "EUR"), ("VND", "USD"),
                  ("dollars", "euros"), ("euros", "dollars"), ("pounds", "euros"), ("rupees", "dollars"),
                  ("dong", "dollars")]


def _currency(w: str, ctx: dict):
    if ctx["kind"] != "money":
        return
    bare = re.search(r"(?<![A-Za-z])\$", w)
    if bare and ctx.get("unit") not in (None, "USD"):
        # a bare "$" that is the article's own dollar (country: NZ): "US$" is another currency
        yield "currency", w[:bare.start()] + "US$" + w[bare.end():], "US$"
        return
    for old, new in CURRENCY_SWAPS:
        i = w.find(old)
        if i >= 0 and (old != "$" or i == 0 or not w[i - 1].isalpha()):
            yield "currency", w[:i] + new + w[i + len(old):], new
            return


QUALIFIER_FLIPS = [("more than", "less than"), ("less than", "more than"), ("at least", "at most"),
                   ("surpassing", "nearly"), ("exceeding", "nearly"), ("nearly", "over"), ("almost", "over"),
                   ("just under", "just over"), ("close to", "over"), ("over", "under"), ("under", "over"),
                   ("about", "over"), ("around", "over"), ("roughly", "over"), ("approximately", "over"),
                   ("some", "over"), ("up to", "at least"), ("fewer than", "more than"), ("above", "below"),
                   ("below", "above")]


def _qualifier(w: str, ctx: dict):
    """A qualifier turned, dropped ("about £25bn" -> "£25bn"), or added to an exact figure."""
    for old, new in QUALIFIER_FLIPS:
        m = re.search(r"(?<!\w)" + old + r"(?!\w)", w, re.I)
        if m:
            yield "qualifier-turned", w[:m.start()] + _cased(m.group(), new) + w[m.end():], _cased(m.group(), new)
            if ctx["kind"] not in DATE_KINDS and old not in ("surpassing", "exceeding"):
                dropped = (w[:m.start()] + w[m.end():]).replace("  ", " ").strip()
                if re.search(r"\d", dropped) or NUMBER_WORD.search(dropped):
                    yield "qualifier-dropped", dropped, None
            return
    if ctx["kind"] in ("count", "number", "money", "percent") \
            and not re.search(r"\b(?:up|down|rose|fell|grew|gained|lost|between)\b", w, re.I) \
            and re.match(r"[$£€¥₹\d]", w) \
            and not re.search(r"\d-[a-z]|\d\S*\s?(?:-|–|to|or|and)\s?[$£€]?\d|or (?:older|more|younger)", w):
        yield "qualifier-added", "more than " + w, "more than"


DIRECTION_FLIPS = [("rose", "fell"), ("fell", "rose"), ("up", "down"), ("down", "up"), ("increased", "decreased"),
                   ("decreased", "increased"), ("grew", "shrank"), ("gained", "lost"), ("lost", "gained"),
                   ("climbed", "fell"), ("jumped", "fell"), ("dropped", "rose"), ("declined", "rose"),
                   ("rise", "fall"), ("fall", "rise"), ("increase", "decrease"), ("decrease", "increase"),
                   ("growth", "decline"), ("higher", "lower"), ("lower", "higher"), ("slipped", "rose"),
                   ("dipped", "rose"), ("surged", "plunged"), ("plunged", "surged"),
                   ("expansion", "contraction"), ("grow", "shrink"), ("rising", "falling"),
                   ("falling", "rising"), ("advanced", "fell"), ("slid", "rose"), ("eased", "rose")]


def _direction(w: str, ctx: dict):
    if ctx["kind"] != "percent":
        return
    for old, new in DIRECTION_FLIPS:
        m = re.search(r"(?<!\w)" + old + r"(?!\w)", w, re.I)
        if m:
            yield "direction", w[:m.start()] + _cased(m.group(), new) + w[m.end():], _cased(m.group(), new)
            return


CHANGES = [_numbers, _ordinal_word, _day_and_year, _currency, _qualifier, _direction]


def changes(wording: str, ctx: dict) -> Iterator[tuple[str, str, Optional[str]]]:
    """(label, new wording, token) for every change of the figure's fact, each once."""
    seen = {wording}
    for rule in CHANGES:
        for label, new, token in rule(wording, ctx):
            if new not in seen:
                seen.add(new)
                yield label, new, token
