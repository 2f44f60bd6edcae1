"""Qualifiers and directions written next to a figure ("nearly 88 billion", "over 20",
"500 or more", "up 22%"), and two one-sided bounds joined into one range ("more than 20
and at most 35"). The engine calls ``finish`` on every figure a rule read and
``two_sided`` on each pair of neighbours.
"""
from __future__ import annotations

import re
from typing import Optional

from . import lexicon as L
from .ranges import MAKE_BEFORE
from .scan import Hit, Scan

#: A qualifier word joined by a hyphen to the word or number before it qualifies nothing
#: after it: "a 6-under 66", "a one-over 73" are a golf score against par, then the round.
_QUALIFIER_BEFORE = re.compile(r"(?:(?:^|(?<=[^a-z]))(?<![a-z0-9]-)(?P<q>%s)|(?<![<>=])(?P<s>%s))\s*\Z" % (
    L.alternation(k for k in L.QUALIFIERS_BEFORE if k[0].isalpha()),
    L.alternation(k for k in L.QUALIFIERS_BEFORE if not k[0].isalpha())))
#: The last word of every qualifier: a figure whose left side (white space and commas
#: stripped) ends in none of them has no qualifier there, found without the search.
_QUALIFIER_TAILS = tuple({k.split()[-1] for k in L.QUALIFIERS_BEFORE})
_APPROX_WORDS = frozenset(k for k, v in L.QUALIFIERS_BEFORE.items() if v == "approx" and " " not in k)
#: Verbs that bound a figure from below ("exceeded 3%", "topping $5m") and a negation
#: just before one ("did not", "hasn't", "has never", "had not yet"): the figure is then
#: an upper bound, reached at most.
_BOUND_VERBS = frozenset({"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed",
                          "surpassing", "topped", "topping"})
_NEGATED_VERB = re.compile(r"(?:(?<![a-z'])(?:not|never)|(?<![a-z])[a-z]+n't)(?:\s+(?:yet|ever|once))?\s+\Z")
_OR_EQUAL = re.compile(r"\s*,?\s+or\s+equal(?:\s+to)?(?![a-z])")
ONE_SIDED = {"above": "low", "at_least": "low", "below": "high", "at_most": "high"}
_INCLUSIVE = {"above": False, "at_least": True, "below": False, "at_most": True}
_JOIN = re.compile(r"\s*,?\s*(?:(?:and|but)\s+)?\Z")
_QUALIFIER_AFTER = re.compile(r"(?P<q>\s+(?:%s)|-plus|\+)(?![a-z])" % L.alternation(k for k in L.QUALIFIERS_AFTER if k[0].isalpha()))
#: Words between a verb of change and its figure: "rose by only 1.6 points", "fell a
#: further 2%", "grew just 0.3%".
_ADVERBS = ("only", "just", "a\\s+further", "a\\s+mere", "another", "an\\s+additional", "an\\s+extra")
#: Words that describe a change between its verb and its figure, after "a"/"an", as
#: economic news writes them: "rose an annualised 2.8%", "fell a seasonally adjusted
#: 0.3%", "jumped a record 15%", "fell by a revised 0.2%", "rose a better-than-expected
#: 12%". Up to two of them ("a revised seasonally adjusted 0.4%").
_CHANGE_ADJECTIVES = (
    "annual", "annualised", "annualized", "seasonally adjusted", "seasonally-adjusted", "adjusted",
    "record", "revised", "unexpected", "expected", "forecast", "projected", "whopping", "modest",
    "sharp", "sharper", "steep", "steeper", "solid", "surprise", "surprising", "hefty", "slight", "marginal",
    "robust", "strong", "stronger", "weak", "weaker", "provisional", "preliminary", "cumulative",
    "combined", "average", "nominal", "real", "underlying", "inflation-adjusted",
    "year-on-year", "yearly", "quarterly", "monthly", "weekly", "smaller", "bigger", "larger",
    "[a-z]+-than-(?:expected|forecast|anticipated|estimated)", "near-record", "all-time")
_ADJECTIVE = "(?:%s)" % "|".join(a.replace(" ", "\\s+") for a in _CHANGE_ADJECTIVES)
_ADVERBS += ("an?\\s+%s(?:,?\\s+%s)?" % (_ADJECTIVE, _ADJECTIVE),)
_DIRECTION_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:(?:an?\s+)?(?P<n>increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction|expansion|contraction|cut|hike|surge|slump|climb|dip|slide|plunge)\s+of|(?P<d>%s)(?:\s+by)?)"
    r"(?:\s+(?P<a>%s))?\s*,?\s*\Z"
    % (L.alternation(L.DIRECTIONS_BEFORE), "|".join(_ADVERBS))
)
#: "raised rates by 0.25 percentage points": the verb is a few words away.
#: Up to twelve words, a list's commas among them ("reduced the risk of heart attack, stroke or
#: death from heart disease by 20%"), but no other verb of change (the nearest one is the
#: figure's) and no word that opens another clause.
_GAP_STOPS = L.alternation(list(L.DIRECTIONS_BEFORE) + [
    "but", "while", "whereas", "although", "as", "after", "when", "because", "which", "who", "that", "since",
    "before", "than", "said", "says"])
#: A verb of change inside a compound ("value-added", "cost-cutting") is no verb: "cut
#: value-added tax by 0.5 points" is a cut; the words between may be compounds too.
_DIRECTION_GAP = re.compile(
    r"(?:^|(?<=[^a-z-]))(?P<d>%s)(?:,?\s+(?!(?:%s|and\s+(?:the|a|an|its|their|his|her))(?![a-z'-]))[a-z'](?:[a-z']|-(?=[a-z]))*){1,12}?\s+by\s*\Z"
    % (L.alternation(L.DIRECTIONS_BEFORE), _GAP_STOPS))
#: "fell 312 points, or 0.8%", "rose $1.20, or 1.4%", "settled up 41 cents, or 0.5%": the
#: same change in another measure; its verb stands before the first figure (left of the
#: floor, deliberately), or a comparative after it ("closed 41 cents higher, or 0.5%"). The
#: first amount may be in words ("down ninety-seven cents, or 1.3%").
_AMOUNT_WORD = "(?:%s)(?:[- ](?:and\\s+)?(?:%s))*" % (L.alternation(list(L.UNITS) + list(L.TENS)), L.alternation(list(L.UNITS) + list(L.TENS) + list(L.SCALES)))
_DIRECTION_OR = re.compile(
    r"(?:(?:^|(?<=[^a-z]))(?P<d>%s)\s+(?:by\s+)?(?:(?:[$\u00a3\u20ac\u00a5]\s*)?\d[\d.,]*|%s)(?:\s*(?:[a-z]+|%%)){0,2}"
    r"|(?<![\w.,])(?:(?:[$\u00a3\u20ac\u00a5]\s*)?\d[\d.,]*|%s)(?:\s*(?:[a-z]+|%%))?\s+(?P<d2>higher|lower))\s*,?\s+or\s*\Z"
    % (L.alternation(k for k in L.DIRECTIONS_BEFORE if k not in ("higher", "lower")), _AMOUNT_WORD, _AMOUNT_WORD))
_DIRECTION_TAILS = tuple(set(L.DIRECTIONS_BEFORE) | {"of", "by", "only", "just", "further", "mere", "another",
                                                     "additional", "extra"}
                         | {a.split()[-1] for a in _CHANGE_ADJECTIVES if a[0] != "["}
                         | {"expected", "forecast", "anticipated", "estimated"})
#: "a 22% year-on-year increase", "a 3% annual rise": the period of a change may stand
#: between the figure and its noun.
_PERIOD_OF_CHANGE = (r"(?:(?:year|quarter|month|week)[- ](?:on|over)[- ](?:year|quarter|month|week)|on[- ]year"
                     r"|y/y|yoy|q/q|m/m|annual|annualised|annualized|yearly|quarterly|monthly)")
_DIRECTION_AFTER = re.compile(r"(?:\s+%s)?\s+(?P<d>%s)(?![a-z])" % (_PERIOD_OF_CHANGE, L.alternation(L.DIRECTIONS_AFTER)))
#: "minus 3"; not "plus or minus 3" (a margin either way, as "±3").
_NEGATIVE = re.compile(r"(?:^|(?<=[\s(\[:=<>\u00b6]))-\Z|(?:^|(?<=[^a-z]))(?<!plus or )(?<!plus/)(?:minus|negative)\s+\Z")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))an?\s+\Z")
_HOW = re.compile(r"(?:^|(?<=[^a-z]))how\s+\Z")
#: The kinds ``finish`` looks around; of the others it only gives a range its default bounds.
QUALIFIABLE = _QUALIFIABLE = frozenset({"number", "count", "percent", "money", "duration"})
_SIGNED = frozenset({"number", "count", "percent", "money"})
_NEGATIVE_TAILS = ("-", "minus", "negative")


#: What ends just before "over <duration>" when "over" means "during": a figure of change
#: ("grew 5% over three years", "fell $3bn over two years", "by a fifth over a decade")
#: or a verb of change ("prices rose over two years"); "for over three years" stays more.
_CHANGE_BEFORE_OVER = re.compile(
    r"(?:\d|%%|(?<![a-z])(?:cent|percent|pct|points?|pp|million|billion|trillion|bn|mn|m|k|half|third|"
    r"thirds|quarter|quarters|fifth|fifths|tenth|tenths|fold|%s))\s+\Z"
    % L.alternation(k for k in L.DIRECTIONS_BEFORE if k.isalpha() and k not in ("up", "down")))


def _by_last(tails: tuple) -> dict:
    """Tails grouped by their last character: a text ends in one of ``tails`` only if it
    ends in one of those ending as it does (a few ``endswith`` tests instead of dozens)."""
    assert all(tails), "an empty tail would match every text"
    out: dict = {}
    for tail in tails:
        out.setdefault(tail[-1], []).append(tail)
    return {ch: tuple(ts) for ch, ts in out.items()}


_QUALIFIER_TAILS_BY_LAST = _by_last(_QUALIFIER_TAILS)
_DIRECTION_TAILS_BY_LAST = _by_last(_DIRECTION_TAILS)


#: An amount of money or a percentage, then a few words of its clause, before "over
#: <duration>": "$550 billion in new spending over eight years", "a 3% rise in wages over
#: two years" spread the amount over the time ("paid $5,000 a month for over two years" is
#: more than two years: the word before "over" decides).
_AMOUNT_THEN_WORDS = re.compile(
    r"(?:%|(?:[$\u00a3\u20ac\u00a5]|(?<![a-z])(?:usd|us\$|rs|vnd|eur)\s*)\d[\d,.]*\s*(?:[a-z]+)?"
    r"|(?<![a-z])(?:per\s*cent|percent|pct)"
    r"|(?<![\w.,])\d[\d,.]*(?:\s*(?:crore|lakh|million|billion|trillion|thousand|mln|bln|trln|trn|bn|mn|tn|m|k))?"  # "3.5 crore jobs over two years"
    r"(?!\s*(?:years?|months?|weeks?|days?|hours?|decades?)(?![a-z]))"  # "after 30 years of ties and over two years": no amount
    r"|(?<![a-z])(?:hundred|thousand|million|billion|crore|lakh)s?)(?:\s+[a-z'-]+){1,5}\s+\Z")
#: The word before "over" that makes it "more than": "for over three years", "waited over
#: a year", "has been over a decade", "served over 20 years".
_NOT_DURING_BEFORE = frozenset({"for", "than", "of", "in", "just", "well", "at", "after", "within", "by", "to",
                                "from", "since", "took", "take", "takes", "lasted", "last", "lasts", "spent",
                                "waited", "wait", "waiting", "been", "is", "was", "are", "were", "be", "served",
                                "serving", "lived", "worked", "stayed", "remained", "aged", "ago", "old",
                                # the time measured in a participle phrase: "a hearing lasting over
                                # six hours", "a career spanning over 40 years", "taking over a day"
                                "lasting", "spanning", "taking"})


_AGO = re.compile(r"\s+ago(?![a-z])")  # "over two years ago": more than two years back

#: A verb of movement in the past or the present before "up to" (or "down to") makes
#: "up" its particle: "dominance edged up to 57.4%", "the rate ticked up to 4.1%",
#: "shares crept down to $45" state the level reached, as "rose to 57.4%" does, not a
#: bound. Not the bare verb after a modal ("could climb up to 40C" is a bound); "go"
#: alone is the present where no modal or "to" stands before it ("pensions go up to
#: Rs 1,800", not "fares could go up to $4").
_MOVED_BEFORE_UP_TO = re.compile(
    r"(?:^|(?<=[^a-z]))(?:edged|edges|ticked|ticks|inched|crept|creeps|moved|moves|climbed|climbs|jumped|jumps|"
    r"shot|nudged|nudges|bumped|drifted|drifts|revised|ramped|stepped|rounded|went|came|goes|gone|going|"
    r"(?<!will\s)(?<!shall\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!might\s)(?<!may\s)(?<!must\s)(?<!can\s)"
    r"(?<!to\s)(?<!n't\s)(?<!not\s)go)\s+\Z")

#: A participle just before "over <duration>" spreads what it names over that time: "the
#: package, negotiated over five months", "a survey conducted over six weeks", "talks
#: were held over three days" (during them, no qualifier). Not after the perfect ("has
#: been closed over two years", "had worked over a decade": more than), nor where the
#: participle measures the time itself: a delay ("delayed over six hours"), a state
#: kept ("jailed", "married", "closed"), a need ("required"), or a word of
#: ``_NOT_DURING_BEFORE`` ("lasted", "served"). Words in -eed ("speed", "agreed") are
#: left out: few are participles.
_PARTICIPLE_BEFORE_OVER = re.compile(
    r"(?:^|(?<=[^a-z'\u2019]))(?:(?P<aux>has|have|had|having|been|be)\s+)?"
    r"(?P<w>[a-z]{2,}[^e\s]ed|held|built|spread|fought|written|shot|drawn|taught|sold)\s+\Z")
_STATE_PARTICIPLES = frozenset("""delayed postponed deferred extended stalled suspended banned barred jailed
imprisoned detained interned exiled married separated employed unemployed closed shut locked stranded trapped
hospitalised hospitalized grounded missed missing widowed retired needed required""".split())


def _during_an_activity(low: str, over: int) -> bool:
    m = _PARTICIPLE_BEFORE_OVER.search(low, max(0, over - 40), over)
    return m is not None and m.group("aux") is None and m.group("w") not in _STATE_PARTICIPLES \
        and m.group("w") not in _NOT_DURING_BEFORE


def _during_an_amount(low: str, over: int) -> bool:
    lo = max(0, over - 80)
    before = low[lo:over].split()
    if not before or before[-1] in _NOT_DURING_BEFORE:
        return False
    if before[-1] == "spending" and len(before) > 1 and before[-2].endswith(","):
        return False  # "..., spending over six months on the ice": time spent ("new spending over": money)
    return _AMOUNT_THEN_WORDS.search(low, lo, over) is not None


#: How far left of a figure ``finish`` looks (its widest ``_left``).
_WIDEST = 40


def _stripped(sc: Scan, pos: int) -> tuple[int, str]:
    """The text just left of ``pos`` as ``_left`` tests it, for the widest look: (where it
    starts, the text with white space and a comma stripped at its end). A narrower
    look's text is its end: ``text.endswith(tails, narrower_start - start)``."""
    lo = max(sc.floor, pos - _WIDEST)
    return lo, sc.low[lo:pos].rstrip().rstrip(",").rstrip()


def _left(sc: Scan, pattern: "re.Pattern[str]", pos: int, width: int, tails: tuple) -> "Optional[re.Match[str]]":
    """``sc.left``, skipped when the text before ``pos`` ends in none of ``tails``
    (the last words ``pattern`` can end in before white space and a comma); ``finish``
    does the same inline, from one ``_stripped`` for all its looks."""
    lo, left = _stripped(sc, pos)
    n = max(sc.floor, pos - width)
    return pattern.search(sc.low, n, pos) if left.endswith(tails, max(0, n - lo)) else None


def finish(sc: Scan, hit: Hit) -> Hit:
    """Attach the qualifier and direction written next to a figure, and its sign."""
    low = sc.low
    floor = sc.floor
    start = hit.start
    lo, left = _stripped(sc, start) if hit.kind in _QUALIFIABLE else (0, "")  # dates and ranks look at neither
    if hit.kind in _SIGNED and hit.qualifier != "between":
        n = max(floor, start - 10)
        neg = _NEGATIVE.search(low, n, start) if left.endswith(_NEGATIVE_TAILS, max(0, n - lo)) else None
        if neg and not (low[neg.start()] == "-" and start >= 2 and low[start - 2].isdigit()):
            hit.start = start = neg.start()
            hit.value = -hit.value
            lo, left = _stripped(sc, start)
    if hit.qualifier == "between" and hit.inclusive is None:
        from .ranges import DEFAULT_INCLUSIVE
        hit.inclusive = DEFAULT_INCLUSIVE
    if hit.qualifiable and hit.kind in _QUALIFIABLE and hit.qualifier == "exact":
        n = max(floor, start - 30)
        t = _QUALIFIER_TAILS_BY_LAST.get(left[-1:])
        q = _QUALIFIER_BEFORE.search(low, n, start) if t is not None and left.endswith(t, max(0, n - lo)) else None
        if q and q.group("q") == "about" and sc.left(_HOW, q.start(), 5):
            q = None  # "how about 10%?": a suggestion, not an approximation
        if q and q.group("q") in ("up to", "down to") and sc.left(_MOVED_BEFORE_UP_TO, q.start(), 10):
            q = None  # "edged up to 57.4%": the level reached, no bound
        if q and hit.kind == "duration" and q.group("q") == "over" and not _AGO.match(low, hit.end) \
                and (_CHANGE_BEFORE_OVER.search(low, max(0, q.start() - 24), q.start())
                     or _during_an_amount(low, q.start()) or _during_an_activity(low, q.start())):
            q = None  # "rose by a fifth over three years": during them, not more than them
        if q and q.group("q") in _APPROX_WORDS and low[hit.end:hit.end + 1] == " ":
            # "about 500 or more": the bound after the figure says more than "about"
            a = _QUALIFIER_AFTER.match(low, hit.end)
            if a and L.QUALIFIERS_AFTER[L.key(a.group("q"))] != "approx" and not _figure_follows(sc, a.end()):
                hit.qualifier = L.QUALIFIERS_AFTER[L.key(a.group("q"))]
                hit.start = q.start("q" if q.group("q") else "s")
                hit.end = a.end()
                q = None
        if hit.qualifier != "exact":
            pass
        elif q:
            g = "q" if q.group("q") else "s"
            hit.qualifier = L.QUALIFIERS_BEFORE[L.key(q.group(g))]
            hit.start = q.start(g)
            if g == "q" and q.group("q") in _BOUND_VERBS \
                    and (neg := _NEGATED_VERB.search(low, max(floor, hit.start - 24), hit.start)) is not None:
                hit.qualifier = "at_most"  # "did not exceed 3%", "has never topped $5m": no more than
                hit.start = neg.start()
            if hit.qualifier in ("above", "below"):
                e = _OR_EQUAL.match(low, hit.end)
                if e and not _figure_follows(sc, e.end()):
                    hit.qualifier = "at_least" if hit.qualifier == "above" else "at_most"
                    hit.end = e.end()
        else:
            a = _QUALIFIER_AFTER.match(low, hit.end)
            if a and not _figure_follows(sc, a.end()):
                hit.qualifier = L.QUALIFIERS_AFTER[L.key(a.group("q"))]
                hit.end = a.end()
    if hit.kind == "percent":
        plus = low[hit.start - 1:hit.start] == "+" and not low[hit.start - 2:hit.start - 1].isdigit() \
            and hit.qualifier != "between"
        if plus:
            hit.start -= 1  # "+22%": a rise, written with its sign ("up +22%" says it twice)
        if hit.start != start:
            start = hit.start
            lo, left = _stripped(sc, start)
        n = max(floor, start - _WIDEST)  # "decreased by a seasonally adjusted 0.4%"
        t = _DIRECTION_TAILS_BY_LAST.get(left[-1:])
        d = _DIRECTION_BEFORE.search(low, n, start) if t is not None and left.endswith(t, max(0, n - lo)) else None
        if d is None and hit.qualifier != "between":
            n = max(floor, start - 100)
            g = _DIRECTION_GAP.search(low, n, start) if left.endswith("by", max(0, n - lo)) else None
            if g:
                hit.direction = L.DIRECTIONS_BEFORE[g.group("d")]
                return hit
            g = _DIRECTION_OR.search(low, max(0, start - 60), start) if left.endswith("or") else None
            if g:  # "settled up 41 cents, or 0.5%", "closed 41 cents higher, or 0.5%"
                hit.direction = L.DIRECTIONS_BEFORE[g.group("d") or g.group("d2")]
                return hit
        if d and d.group("d") == "up" and MAKE_BEFORE.search(low, max(0, d.start() - 8), d.start()):
            d = None  # "women make up 16%": a share, not a rise
        if d and not low.startswith("up to", d.start()):
            word = d.group("n") or d.group("d")
            hit.direction = L.DIRECTIONS_AFTER.get(word) if d.group("n") else L.DIRECTIONS_BEFORE[word]
            hit.start = d.start("n") if d.group("n") else d.start("d")
            if d.group("n"):
                a = sc.left(_ARTICLE_BEFORE, hit.start, 4)
                if a:
                    hit.start = a.start()
        else:
            a = _DIRECTION_AFTER.match(low, hit.end)
            if a:
                hit.direction = L.DIRECTIONS_AFTER[a.group("d")]
        if plus and hit.direction is None:
            hit.direction = "up"
    return hit


#: "5000 or less than 6000": "than" leads from the words after a figure to the next
#: figure, whose bound they are; so does "to" after "and up" ("200 passengers and up to
#: 16 crew", "30 homes and up to $2m of grants": "up to" bounds the next figure, not "and
#: up" the one before).
_INTO_FIGURE = re.compile(r"(?<=up)\s+to\s+(?:us\$|[$\u20ac\u00a3\u00a5\u20b9])?|\s*(?:than\s+)?")


def _figure_follows(sc: Scan, pos: int) -> bool:
    """Does a figure follow ``pos`` (after "than")? Then the words between belong
    to it ("or less than 6000"), not to the figure before."""
    return sc.number(_INTO_FIGURE.match(sc.low, pos).end()) is not None


def two_sided(sc: Scan, prev: Optional[Hit], hit: Hit) -> Optional[Hit]:
    """ "more than 20 and at most 35": two one-sided bounds joined into one range."""
    if prev is None or prev.qualifier not in ONE_SIDED or hit.qualifier not in ONE_SIDED:
        return None
    if ONE_SIDED[prev.qualifier] == ONE_SIDED[hit.qualifier]:
        return None
    kinds = {prev.kind, hit.kind}
    if not (kinds <= {"number", "count"} or len(kinds) == 1) or prev.kind not in _QUALIFIABLE:
        return None
    if prev.kind == hit.kind and prev.unit != hit.unit and prev.kind != "count":
        return None
    if not _JOIN.match(sc.low, prev.end, hit.start) or sc.low[prev.end:hit.start].count("\n") > 1:
        return None
    low_hit, high_hit = (prev, hit) if ONE_SIDED[prev.qualifier] == "low" else (hit, prev)
    if not float(low_hit.value) < float(high_hit.value):
        return None
    kind = "count" if "count" in kinds else hit.kind
    unit = hit.unit if hit.kind == kind else prev.unit
    return Hit(kind, (low_hit.value, high_hit.value), prev.start, hit.end, unit=unit,
               qualifier="between", rule="<bound> and <bound> (two-sided range)",
               inclusive=(_INCLUSIVE[low_hit.qualifier], _INCLUSIVE[high_hit.qualifier]))
