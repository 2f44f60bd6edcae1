"""Counts and plain numbers: "150 state and government heads", "nearly 1,500 officers
and soldiers", "all six key bodies"; a number that counts nothing is a ``number``."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from .. import ranges
from ..numbers import LINE_SPACE, fraction_alone, read_number
from ..scan import Hit, Rule, Scan

#: A word of a counted phrase; a model's name holds digits after its first letter ("14 new
#: Airbus A321neo aircraft", "20 A350 jets"); a group's name may end in a plus ("eight
#: OPEC+ countries").
_WORD = re.compile(r"(?P<sep>\s+|\s*-\s*)(?P<w>(?:[a-z][a-z'.]*[a-z]|[a-z](?:[a-z]*\d[a-z\d]*)?)(?:\+(?=\s))?)(?P<poss>')?")
_MAX_WORDS = 5
_SIGN_WORD_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:minus|negative)\s+\Z")
#: "half a century", "half an hour": a duration, read at its unit (so that "nearly half a
#: century" is nearly 50 years, not "nearly half" and a century).
_HALF_A_UNIT = re.compile(r"\s+an?\s+(?:%s)(?![a-z])" % L.alternation(L.TIME_UNITS))
_QUALIFIED = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+\Z" % L.alternation(k for k in L.QUALIFIERS_BEFORE if k[0].isalpha()))


_CHAIN_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?:%s))-\Z" % L.alternation([*L.UNITS, *L.TENS]))


#: "under one roof", "under one banner", "under one umbrella": one thing together, no
#: count below one (a unit after "under one" is read by its own rule: "under one hour").
_UNDER_ONE = re.compile(r"(?:^|(?<=[^a-z]))under\s+\Z")


#: Words a counted noun phrase cannot start or go on with (one test for five lists).
_NOT_COUNTED = frozenset(L.NOUN_PHRASE_STOPS).union(L.TIME_UNITS, L.MONTHS, L.TENS, L.ORDINAL_WORDS)


def _plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2
            and word not in _ADJECTIVE_IN_S) or word in L.IRREGULAR_PLURALS \
        or word.endswith(_IRREGULAR_ENDINGS) and word not in _NOT_PLURAL_MEN


#: Words in -s that are no plural noun but an adjective or adverb of place: before a noun
#: they describe it ("40 overseas trips", "two upstairs bedrooms"), so the phrase goes
#: on to its noun; alone after a number they count nothing ("sent 40 overseas").
_ADJECTIVE_IN_S = frozenset("""
overseas upstairs downstairs indoors outdoors
""".split())


#: Nouns in -s that are singular (a disease, a field, news): before another noun they
#: name its kind ("1,184 measles cases", "two news crews"), so the phrase goes on.
_SINGULAR_IN_S = frozenset("""
measles mumps rabies scabies diabetes herpes shingles rickets news physics economics
mathematics athletics gymnastics aerobics
""".split())

_NUMBER_WORDS = frozenset([*L.UNITS, *L.TENS, *L.SCALES, "dozen", "dozens", "several", "many", "few"])

#: Compounds of an irregular plural are plural too: "grandchildren", "policemen",
#: "businesswomen", "townspeople" (not "specimen", "abdomen").
_IRREGULAR_ENDINGS = ("children", "people", "women", "men", "feet", "teeth")
_NOT_PLURAL_MEN = frozenset("""
specimen abdomen omen regimen acumen stamen hymen semen amen ramen bitumen albumen
cyclamen lumen nomen gravamen dolmen yemen
""".split())


#: The number of a model after its capitalised name, inside a counted phrase ("Boeing
#: 737", "Model 3", the "-900" of "A350-900"), with a word after it.
_MODEL_NUMBER = re.compile(r"(?:[ \t]+|-)\d{1,4}(?:-\d{1,4})?(?=[ \t]+[a-z])")


#: A model's number opening a counted phrase: three or four digits with a variant
#: ("747-8"), three with a plural "s" ("737s"; "1990s" is a decade), or a variant's name ("777X", "737 MAX", "787
#: Dreamliners"; lexicon.MODEL_VARIANTS), then a word. (numbers.py reads no thousands
#: grouped by a space there.)
_MODEL_FIRST = re.compile(r"{s}(?P<model>\d{{3}}(?P<s>s)(?![a-z\d])|\d{{3,4}}(?:-\d{{1,4}}[a-z]?(?={s}[a-z])"
                          r"|(?:x|neo|ceo)(?={s}[a-z])|(?={s}(?:{v})(?![a-z\d]))))".format(
                              s=LINE_SPACE, v=L.alternation(L.MODEL_VARIANTS)))


def _word_start(low: str, end: int) -> int:
    i = end
    while i > 0 and low[i - 1].isalnum():
        i -= 1
    return i


def noun_phrase(sc: Scan, pos: int, singular: bool) -> Optional[tuple[int, int]]:
    """The counted noun phrase after a number: up to its head noun, before any stop word.

    For plural counts the phrase ends at a plural noun, and may go on through
    "and"/"or" to the next one ("officers and soldiers").
    """
    low = sc.low
    start = None
    end = None
    words = 0
    i = pos
    while words < _MAX_WORDS:
        m = _WORD.match(low, i)
        if not m:
            if start is None and (d := _MODEL_FIRST.match(low, i)) is not None:
                start, i = d.start("model"), d.end("model")
                words += 1
                if d.group("s"):
                    end = i  # "48 737s": the model's plural is the counted noun
                    break
                continue  # "48 737 MAX jets", "12 747-8 freighters": a model's number, no thousands
            if start is not None and sc.cased[i - 1:i].isalnum() and (d := _MODEL_NUMBER.match(low, i)) is not None \
                    and sc.cased[_word_start(low, i)].isupper():
                words += 1  # "30 Boeing 737 jets", "300 Tesla Model 3 cars": a model's number
                i = d.end()
                continue
            break
        sep, w, poss = m.groups()
        if "\n\n" in sep or "\r\n\r\n" in sep:
            break
        w = w.rstrip(".")
        if w in ("and", "or") and start is not None:
            nxt = _WORD.match(low, m.end())
            if not nxt or nxt.group("w") in L.NOUN_PHRASE_STOPS or nxt.group("w") in _NUMBER_WORDS:
                break  # "two daughters and five grandchildren": the next count starts
            if end is not None and _VERB_OBJECT.match(low, nxt.end()):
                break  # "24 cores and runs at 3GHz", "12 staff and costs $5m": a verb, not a noun
            i = m.end()
            continue
        if w in _ADVERB_OR_ADJECTIVE and start is None and not singular and not poss and "-" not in sep:
            nxt = _WORD.match(low, m.end())
            if nxt and not nxt.group("sep").strip() and not ("\n" in nxt.group("sep") and sc.cased[nxt.start("w")].isupper()) \
                    and _plural(nw := nxt.group("w").rstrip(".")) \
                    and nw not in _NOT_COUNTED and nw not in _NUMBER_WORDS:
                start = m.start("w")
                words += 1
                i = m.end()
                continue  # "two earlier bids", "three later editions": an adjective before a plural noun
        if w in _NOT_COUNTED and not (start is None and len(w) == 2 and sc.cased[m.start("w"):m.end("w")].isupper()
                                      and (nxt := _WORD.match(low, m.end())) is not None
                                      and sc.cased[nxt.start("w")].islower() and nxt.group("w") not in _NOT_COUNTED):
            break  # "one thirty-second spot", "one tenth anniversary": a number word is no counted noun
            # (an initialism that spells a stop word is none: "two US officials", "one IT worker")
        if start is None:
            if "-" in sep and (singular or not _plural(w)) and w not in _HYPHEN_COUNTS:
                return None  # "a 23-man squad", "five-star hotels", "a one-time charge": a compound adjective, no count
            start = m.start("w")
        words += 1
        i = m.end()
        if singular:
            end = m.end("w")
            if words == 1 and not poss and low[i:i + 1] == " " and sc.cased[m.start("w")].isupper():
                nxt = _WORD.match(low, i)  # "one UN official", "one Ukrainian soldier": a name's adjective
                if nxt and (nw := nxt.group("w")) not in _NOT_COUNTED and nw not in _NUMBER_WORDS \
                        and not nxt.group("sep").strip() and sc.cased[nxt.start("w")].islower() \
                        and not _plural(nw) and not nw.endswith("ed"):
                    continue
            if w in _MODIFIERS and words < 3 and not poss and low[i:i + 1] == " ":
                nxt = _WORD.match(low, i)
                if nxt and nxt.group("w") not in L.NOUN_PHRASE_STOPS and nxt.group("w") not in _NUMBER_WORDS \
                        and "-" not in nxt.group("sep"):
                    continue  # "one new crane", "one more game": the noun comes after its adjective
            break
        if _plural(w) and _initialism_in_s(sc, m.start("w"), m.end("w"), pos):
            continue  # "Advisory Number 14\nNWS National": an initialism, no plural ("14 ATMs" is one)
        if _plural(w) or (w == "head" and words == 1 and _HEAD_OF.match(low, i)):
            end = m.end("w")
            # "six crew members", "1,184 measles cases": a noun before the head noun
            if poss or low[end:end + 1] in (",", ";", ":", ")"):
                break
            # Stop unless the phrase goes on with "and"/"or" + more words.
            nxt = _WORD.match(low, i)
            if nxt and (w in L.IRREGULAR_PLURALS and not w.endswith("s") or w in _SINGULAR_IN_S) and not nxt.group("sep").strip() \
                    and (nw := nxt.group("w").rstrip(".")) not in L.NOUN_PHRASE_STOPS and nw not in _NUMBER_WORDS \
                    and nw.endswith("s") and _plural(nw) and words < _MAX_WORDS - 1:
                continue  # "300 police officers", "five data centres", "three diabetes patients": a compound
            if not nxt or nxt.group("w") not in ("and", "or"):
                break
        elif poss or low[i:i + 1] in (",", ";", ":", ")", "."):
            break
    if start is None or end is None:
        return None
    return start, end


_CAPITALS_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})\W*\Z")
_CAPITALS_WORD_AFTER = re.compile(r"\W+([A-Za-z]{2,})")


def _initialism_in_s(sc: Scan, start: int, end: int, num_end: int) -> bool:
    """Is the word at ``start:end`` an initialism ending in S ("NWS", "CBS") rather than a
    plural? In capitals with a capital S, where neither the word before the number nor the
    word after it is in capitals too (a headline in capitals writes "KILLS 12 PEOPLE")."""
    word = sc.cased[start:end]
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    num_start = num_end
    while num_start > 0 and not sc.cased[num_start - 1].isspace():
        num_start -= 1
    before = _CAPITALS_WORD_BEFORE.search(sc.cased, max(0, num_start - 30), num_start)
    after = _CAPITALS_WORD_AFTER.match(sc.cased, end)
    return not (before is not None and before.group(1).isupper() or after is not None and after.group(1).isupper())


#: What follows a verb and not a noun that ends a counted phrase: "a", a possessive, a
#: number, money ("and owns a bank", "and employs 300", "and costs $5m", "and costs Rs 5
#: crore"). Not "the" ("40 cars and trucks the police seized") nor a preposition
#: ("officers and soldiers at").
_VERB_OBJECT = re.compile(r"\s+(?:(?:a|an|its|their|his|our)\s|[\d$£€¥₹₩₱₽₺฿₦₫]"
                          # an amount written with a currency's letters: "and costs Rs 5 crore"
                          r"|(?:rs\.?|inr|usd|eur|gbp|aud|cad|nzd|[a-z]{1,2}\$)\s?\d)")

#: "5,000 head of cattle": "head" counts animals, a plural without its "s" (also at the
#: end of a claim's figure, "count: 5,000 head").
_HEAD_OF = re.compile(r"\s+of\s+(?!(?:state|government|department|the|a|an|his|her|their|its)(?![a-z]))[a-z]|\s*\Z")

#: Words that are adverbs after a count ("two days later", "scored 12 earlier this
#: season") but adjectives before a plural noun ("two earlier bids").
#: Stop words that are adjectives before a plural noun: "two earlier bids", "eight other
#: banks", "two more banks", "2.8m fewer tonnes".
_ADVERB_OR_ADJECTIVE = frozenset({"earlier", "later", "other", "more", "fewer"})

#: Adjectives a singular count's noun often follows ("one new crane", "one other man").
_MODIFIERS = frozenset("""new old other more single major minor big small large key main extra additional
further last final full whole lone sole""".split())

_DECADE_S = re.compile(r"s(?![a-z])")  # "3 to 1980s": a number, then a decade
#: A title of a code of law after its number ("18 U.S.C. § 1030", "40 C.F.R. 60"): the
#: number is the title's, and "under" before it is no bound.
_CODE_TITLE = re.compile(r" (?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR)(?![A-Za-z])")
_CODE_BEFORE = re.compile(r"(?:u\.\s?s\.\s?c\.?|(?<![a-z])usc|c\.\s?f\.\s?r\.?|(?<![a-z])cfr)\s+\Z")
#: After the hour: its minutes (two digits), or "a.m." / "p.m.", or a time zone.
_CLOCK_AFTER = re.compile(r":[0-5]\d(?!\d)|\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])|\s(?:gmt|utc|bst)(?![a-z])")
_ORDINAL_HYPHEN = re.compile(r"(?:^|(?<=[^a-z]))(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)-\Z")
_CLOCK_FIRST = frozenset("apgub.")  # the letter after a space that can start "a.m.", "pm", "gmt", ... (a cheap gate)
_MINUTES = re.compile(r"[0-5]\d(?!\d)")  # "29.708" of "1:29.708"; not the "1" of a "3:1" ratio
_FIRST_WORD = re.compile(r"[a-z']+")
_NEXT_NOUN = re.compile(r"\s+([a-z]+)")
#: Plurals that a resolution names ("4K TVs", "8K screens"), where "10K followers" counts.
_SCREENS = frozenset("tvs televisions screens displays monitors cameras videos projectors panels streams films".split())
_NEXT_WORD = re.compile(r"[ \t]*(?:\r?\n)?[ \t]*(\w)")


#: "One UN" at a sentence's start, and the word after it, if any.
_ONE_INITIALISM = re.compile(r"\s+[A-Z]{2,}(?![\w-])(?:\s+(?P<w>[A-Za-z]+))?")


def _is_name(sc: Scan, num) -> bool:
    """ "One UN", "Two Sessions": a capitalised number word inside a name."""
    if not num.words or not sc.cased[num.start].isupper():
        return False
    if sc.cased[num.start:num.end].isupper() and num.end - num.start > 1:
        return False  # "TWO COUNTRIES SIGN PACT": a headline in capitals, not a name
    if sc.sentence_start(num.start):
        # "One UN official said" counts an official; "One UN reforms were piloted" and
        # "One UN was launched" name the programme: no singular noun follows
        m = _ONE_INITIALISM.match(sc.cased, num.end) if num.value == 1 else None
        if m is None:
            return False
        w = m.group("w")
        return w is None or not w.islower() or _plural(w) or w in L.NOUN_PHRASE_STOPS or w.endswith("ed")
    after = _NEXT_WORD.match(sc.cased, num.end)
    return after is not None and after.group(1).isupper()


_RATIO = re.compile(r"(?:\s+|-)(?P<w>out\s+of|in)(?:\s+|-)(?:every\s+)?(?=[\da-z])")
#: "one patient in 20": a singular noun between the one and "in" (British usage).
_NOUN_RATIO = re.compile(r"\s+(?P<n>[a-z]+)\s+(?P<w>in)\s+(?:every\s+)?(?=[\da-z])")
#: Before "two in three": words that open a share ("nearly", "found that", "said").
_SHARE_OPENER = re.compile(r"(?:^|(?<=[^a-z]))(?:%s|that|while|and|but|with|where|said|says|found|finds|show|shows|showed)\s+\Z"
                           % L.alternation(k for k in L.QUALIFIERS_BEFORE if k[0].isalpha()))
#: "Phase 1 in 3 provinces", "Level 1 in": a digit after a capitalised word is a label.
_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>[A-Z][a-z]*)\.?\s+\Z")
#: A label word written in capitals, as a headline or a bulletin writes it ("CATEGORY 4").
_CAPITALS_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>[A-Z]{2,})\s+\Z")
#: "10-K", "8-K", "3-D": a single capital after a hyphen makes the digits a code.
_CODE_AFTER = re.compile(r"-[A-Z](?![A-Za-z])")
#: A hyphenated pair after these is a score or a tally ("won 3-1", "lost 0-3", "voted 7-2").
_RESULT_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:won|win|wins|lost|lose|loses|drew|draw|draws|beat|beats|defeated|trailed|led|leads|"
    r"ruled|voted|vote|votes|score|scored|scores)\s+(?:by\s+)?\Z")
_TIME_AFTER = re.compile(r"\s+(?:%s|minutes?|seconds?)(?![a-z])" % L.alternation(L.TIME_UNITS))
#: Scores listed before a pair of numbers ("6-4, 3-6", "7-6 (7-3), 6-7"): the sets of a
#: match. Where one of them cannot be a range (its first number is the larger) or a
#: result opens the list ("won 3-6, 4-6"), the pair after them is a score too; a list of
#: rising pairs stays ranges ("aged 5-9, 10-14").
_SCORES_BEFORE = re.compile(r"(?:(?<![\d.,])\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?(?:,\s*|\s*\())+\Z")
_PAIR = re.compile(r"(\d{1,2})-(\d{1,2})")


def _after_scores(sc: Scan, pos: int) -> bool:
    listed = _SCORES_BEFORE.search(sc.low, max(0, pos - 60), pos)  # past the floor: the pairs are read already
    if listed is None:
        return False
    return any(int(a) > int(b) for a, b in _PAIR.findall(listed.group())) \
        or _RESULT_BEFORE.search(sc.low, max(0, listed.start() - 16), listed.start()) is not None


def proportion(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "four out of five", "one in three", "1 in every 20": a proportion, read as its value
    (0.8), so that "two-thirds of voters" and "two out of three voters" agree. "in" only
    after one: "won 2 in 3 attempts" counts wins."""
    num = sc.number(c.start())
    if num is None or num.end >= len(sc.low) or sc.low[num.end] not in " \t\n-":
        return None  # cheap gate: white space follows the number
    if num.start >= 2 and sc.low[num.start - 1] == "-" and sc.low[num.start - 2].isdigit():
        return None  # "won 7-5 in 10 innings": the second number of a score, no share
    r = _RATIO.match(sc.low, num.end)
    if r is None and num.value == 1 and not num.ordinal:
        r = _NOUN_RATIO.match(sc.low, num.end)  # "one patient in 20", "1 child in 5"
        if r is not None and (r.group("n") in L.NOUN_PHRASE_STOPS or _plural(r.group("n"))):
            r = None
    if r is None or num.ordinal or not num.integer or num.scaled or num.value < 1 or _is_name(sc, num):
        return None
    if r.group("w") == "in" and num.value != 1 and not (sc.sentence_start(num.start) or sc.left(_SHARE_OPENER, num.start, 30)):
        return None  # "won 2 in 3 attempts" counts wins; "Two in three firms", "nearly two in five adults" are shares
    if not num.words:
        lb = _LABEL_BEFORE.search(sc.cased, max(0, num.start - 20), num.start)
        if lb and lb.group("w").lower() not in L.NOUN_PHRASE_STOPS and lb.group("w").lower() not in L.QUALIFIERS_BEFORE:
            return None
    num2 = sc.number(r.end())
    if num2 is None or num2.ordinal or not num2.integer or num2.value <= num.value:
        return None
    if r.group("w") == "in" and (len(num2.digits) == 4 and 1800 <= num2.value <= 2100 or _TIME_AFTER.match(sc.low, num2.end)):
        return None  # "1 in 2020", "one in 10 minutes"; "1 in 5000" is a proportion
    from ..numbers import tidy
    return Hit("number", tidy(num.value / num2.value), num.start, num2.end)


def noun_proportion(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "one patient in 20": ``proportion`` where its gate is "one <noun> in" (a rule of its
    own, so that the engine keeps both: it runs one rule per function and trigger)."""
    num = sc.number(c.start())
    if num is None or _RATIO.match(sc.low, num.end):
        return None  # "one in 20": the other rule's
    return proportion(sc, c)


#: What follows a figure, not a catalogue number: a plural noun, a percent, a rate.
_AFTER_CATALOGUE = re.compile(r"\s*(?:%|per(?:\s*cent)?(?![a-z])|percent(?![a-z]))|\s+(?P<w>[a-z]+)")


def _catalogue(sc: Scan, word: str, num) -> bool:
    """ "LHS 1140", "NGC 1300", "HD 209458", "ISO 9001": a word in capitals (no currency
    code) before four digits or more names a thing, unless a plural noun or a percent
    follows ("the UN 1930 member states" counts them); before fewer digits it stays a
    figure ("PSG 3", a score). (A name with a capital inside, "the AeroStick 500", is
    ``_CAMEL_NAME``'s.)"""
    if not (2 <= len(word) <= 5 and word.isupper() and word.isalpha() and num.end - num.start >= 4) \
            or num.decimal or num.grouped \
            or word.lower() in L.CURRENCY_PREFIXES or word.lower() in L.CURRENCY_SUFFIXES:
        return False
    a = _AFTER_CATALOGUE.match(sc.low, num.end)
    return a is None or a.group("w") is not None and a.group("w") not in L.TIME_UNITS and a.group("w") not in L.SCALES \
        and noun_phrase(sc, num.end, False) is None


def _label(sc: Scan, num) -> Optional[str]:
    """ "Boeing 737-800", "Section 230": the capitalised word inside a sentence just before
    digits (lower-cased), which may make them a name. A label word in lower case ("type 2
    diabetes", "phase 3 trials") and a name with a capital inside ("iOS 17", "iPhone 15")
    or after an article that opens a noun phrase ("the Wi-Fi 7 router") number a thing as
    well: for those the answer is "label"."""
    if num.words or num.scaled:
        return None  # "Try 5 billion ideas": no name numbers a thing in billions
    if sc.index_name(num.start, num.value):
        return "label"  # "the S&P 500", "FTSE 100", "a Fortune 500 company": a name
    if sc.low[num.start - 2:num.start - 1].isalpha() and sc.low[num.start - 1] == " ":
        # the word just before, found with string methods (this runs at most numbers)
        cased = sc.cased
        i, floor = num.start - 1, max(0, num.start - 24)
        while i > floor and (cased[i - 1].isalpha() or cased[i - 1] == "-"):
            i -= 1
        word = cased[i:num.start - 1]
        if word in _LOWER_LABELS and not sc.low.endswith("to ", 0, i) \
                or word[:1].islower() and not word.islower() and word[1:].isalpha() \
                or _CAMEL_NAME.match(word) \
                or word[:1].isupper() and (n := _NAMED_THING.search(cased, max(0, num.start - 40), num.start)) \
                and (n.group("p") or sc.sentence_start(n.start("a"))) \
                or _sentence_name(sc, word, i) and not sc.low.startswith(",", num.end) \
                or _catalogue(sc, word, num):  # "Maud 60, a volunteer": an age
            return "label"
    lb = _LABEL_BEFORE.search(sc.cased, max(0, num.start - 20), num.start)
    if lb is None:
        cap = _CAPITALS_LABEL_BEFORE.search(sc.cased, max(0, num.start - 20), num.start)
        if cap is not None and cap.group("w").lower() in _LABEL_WORDS and cap.group("w") != "NO":
            return cap.group("w").lower()  # "A CATEGORY 4 HURRICANE", "PHASE 2 BEGINS": a headline's label
        return None
    w = lb.group("w").lower()
    if w in _LABEL_WORDS:
        return w  # "Section 8 housing faces cuts": a label at the start of a sentence too
    if sc.sentence_start(lb.start()) or w in L.NOUN_PHRASE_STOPS or w in L.QUALIFIERS_BEFORE or w in L.MONTHS or w in L.WEEKDAYS:
        return None
    return w


#: Units of measure written glued to their digits ("300mm", "1,200MW", "35bp"). Only
#: symbols that name no thing in news ("5G", "3D", "4K", "F1" do); "m" is million.
_GLUED_UNITS = re.compile(
    r"(?:[mck]m|km/h|kmh|kph|mph|[km]?g|m?t|lbs?|oz|ft|mi|[mgtk]wh?|[kmgt]b|[kmgt]bps|[kmg]?hz|ml|ha|mah|nm|db"
    r"|kcal|°[cf]|sq\s?(?:km|m|ft|mi))(?![\w/°])")


#: A lower-case m glued to digits before a singular noun is metres ("the 2400m runway");
#: before a plural it is millions ("1.5m people", ``_capital_scale``). A race is named by
#: its length ("the 100m sprint", "the 400m final"): a name, no figure.
_METRES_BEFORE = re.compile(r"m (?P<w>[a-z]+)(?![a-z'\u2019])")
_EVENTS = frozenset("""sprint hurdles dash relay freestyle backstroke breaststroke butterfly medley individual
final heat race title record champion event run swim""".split())


_UNIT_FIRST = frozenset("mckglotfnhds°")  # the first letters of _GLUED_UNITS (a cheap gate)


def _glued_unit(sc: Scan, pos: int) -> bool:
    """Is a unit of measure glued to the digits that end at ``pos``? Case tells grams from
    a network ("5g" / "5G") and degrees from cents ("-5C" / "50c")."""
    m = _GLUED_UNITS.match(sc.low, pos)
    if m is None and sc.cased[pos] == "m":
        if _CLAUSE_END.match(sc.cased, pos):
            return True  # "the wave reached 5m.": metres, as "5 m" reads
        mm = _METRES_BEFORE.match(sc.cased, pos)  # "the 2400m runway", "a 2m wall": metres
        return mm is not None and not _plural(mm.group("w")) and mm.group("w") not in _EVENTS \
            and mm.group("w") not in L.NOUN_PHRASE_STOPS  # "1m isn't", "5m is": no noun, no unit read
    if m is None:
        cased = sc.cased[pos:pos + 2]
        return cased[:1] in ("C", "F") and not (cased[1:2].isalnum() or cased[1:2] in "_/")  # "30C", "86F"
    return not (m.group() == "g" and sc.cased[pos] == "G")  # "5G" is a network


def _chain_is_name(sc: Scan, pos: int) -> bool:
    """Does the chain of digits joined by "-", "/", "." or ":" that ``pos`` continues open
    with a name with digits ("Boeing 737-800", "Version 5.2.0")?"""
    low, i = sc.low, pos
    while i > 0 and (low[i - 1].isdigit() or low[i - 1] in "-/.:" and i >= 2 and low[i - 2].isdigit()):
        i -= 1
    first = sc.number(i)
    return first is not None and not first.words and _label(sc, first) in _NAME_LABELS


#: Words that number a part or a place ("Section 230 platforms", "Ward 6 patients"): the
#: digits after them count nothing. A name before a count stays a count ("sent Ukraine
#: 31 tanks").
_LABEL_WORDS = L.LABEL_WORDS


#: A name with a capital inside after a word of three letters or more ("the PlayStation
#: 5", "a MacBook 2", "YouTube 360"), as "iPhone 15" has one: the digits after it are
#: the name's ("McCarthy", "LeBron" are names of people, their capital after two).
_CAMEL_NAME = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+\Z")

#: What ``_label`` answers for digits that are part of a name ("Section 230", "iOS 17").
_NAME_LABELS = _LABEL_WORDS | {"label"}


#: Label words that number a thing in lower case too ("type 2 diabetes", "phase 3 trials",
#: "stage 4 patients", "category 5 hurricanes"): the digits after them count nothing.
#: ("to stage 3 concerts" is a verb). A product name with a capital inside ("iOS 17
#: features", "iPhone 15 owners", "macOS 14") is a label too.
_LOWER_LABELS = L.LOWER_LABELS
#: "the Wi-Fi 7 router", "the Pixel 8 phones": a capitalised name after an article that
#: starts a sentence or follows a preposition, so no verb can make the name an indirect
#: object ("gave Ukraine 31 tanks", "handed the Senate 51 votes" stay counts).
_NAMED_THING = re.compile(r"(?P<p>(?<![A-Za-z])(?:in|on|at|with|for|from|of|by|into|than|like)\s+)?"
                          r"(?P<a>(?<![A-Za-z])(?:[Tt]he|[Aa]n?))\s+[A-Z][a-z]+(?:-[A-Z][A-Za-z]*)?\s+\Z")
#: Words after "<number>-" that keep a count going ("50-odd people", "40-plus nations",
#: "a 30,000-strong crowd" stays a number: "strong" is no noun).
_HYPHEN_COUNTS = frozenset({"odd", "plus", "some", "something"})
#: A bound or a rough figure written between a count's number and its noun: "40-plus
#: nations", "2,000+ members", "2,000 or more visitors", "50 or so guests", "10 or
#: fewer seats", "50-odd volunteers", "60-something fans". ("and over", "and up" are
#: left to the figure's end: "aged 65 and over".)
_ROUGHLY_AFTER = frozenset({"-odd", "-some", "-something"})
_SPACE = re.compile(r"\s*")
_BOUND_BEFORE_NOUN = re.compile(
    r"(?P<q>-plus|\+|-odd|-some|-something|\s+(?:%s))(?=\s)"
    % L.alternation(k for k in L.QUALIFIERS_AFTER if k.startswith("or ") or k == "plus"))


#: Words that can open a sentence before a count ("Altogether 30 firms", "Perhaps 20
#: people"): with the stop words, qualifiers, dates and words in -ly, never a name.
_SENTENCE_OPENERS = frozenset("""altogether together overall perhaps maybe meanwhile now today yesterday
tomorrow tonight thus hence instead besides otherwise still yet top first last next final""".split())


def _sentence_name(sc: Scan, word: str, i: int) -> bool:
    """ "Node 20 reaches", "Chrome 120 users": a capitalised name (not an initialism, not in
    -s) that opens a sentence, just before digits, names a version, not a counted noun."""
    if not (len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha()):
        return False
    w = word.lower()
    if w.endswith("s"):
        return False  # "Adds 300 jobs", "Kills 20" (a headline's verb); "Windows 10 users" stays a count
    if w in L.NOUN_PHRASE_STOPS or w in L.QUALIFIERS_BEFORE or w in _SENTENCE_OPENERS or w.endswith("ly") \
            or w in L.MONTHS or w in L.WEEKDAYS or w in L.UNITS or w in L.TENS or w in L.ORDINAL_WORDS:
        return False
    return sc.sentence_start(i)


#: "20M users", "1.5B", "$1MM": a capital M (or MM, as finance writes it) or B against the
#: digits is a million or a billion, where the number is 10 or more or has decimals ("3M",
#: "2B" name a firm and a pencil) and no letter or digit follows ("10MW" is a unit).
_CAPITAL_SCALE = re.compile(r"(?P<s>MM|M|B)(?![\w-])")
_CAPITAL_FACTORS = {"MM": 1e6, "M": 1e6, "B": 1e9}


#: "1.5m people", "3m users": a lower-case m against the digits is a million before a
#: plural noun (British style), also one of area or volume ("1.99m square kilometres");
#: before anything else it is metres ("the 100m sprint", "a 2m wall"), and so it is
#: before "hurdles".
_MILLION_M = re.compile(r"(?P<s>m)(?= (?P<a>(?:square|cubic) )?(?P<w>[a-z]+))")
#: ... also with a word between ("2.02m new cars", "2.8m fewer tonnes", "16.5m research
#: publications"), unless it measures ("2m tall players", "a 3m wide road": metres).
_MILLION_M_WORD = re.compile(r"(?P<s>m)(?= (?P<b>[a-z]+) (?P<w>[a-z]+))")
_MEASURING = frozenset("tall high wide long deep thick short broad square cubic".split())
_MILLION_M_END = re.compile(r"(?P<s>m)")


#: After these, "5m" is an amount in millions ("the club raised 5m last year", "it cost
#: 1.2m, a third more"); after anything else, ending its clause, it is metres ("the wave
#: reached 5m.").
_MILLIONS_AFTER = re.compile(r"(?<![a-z])(?:(?:raised|raising|raise|cost|costs|costing|paid|pay|pays|paying|spent|spend|"
                             r"spending|earned|earns|earning|worth|valued|fined|lost|owes|owed|invested|donated|"
                             r"sold|bought|generated|saved|borrowed|secured|attracted)"
                             r"|(?:budget|turnover|revenue|sales|profits?|loss|losses|bid|fee|deal|salary|funding|grant|"
                             r"fine|price|investment|debt|bill|award|damages|settlement)(?:\s+of)?)"
                             r"(?:\s+(?:about|around|almost|nearly|over|some|roughly|just|more\s+than|less\s+than|under|another|an\s+extra))?\s+\Z")
#: What may follow such an amount: the clause ends.
_CLAUSE_END = re.compile(r"m(?:[.,;:!?)\]\u2014\u2013]|\s+-\s|\Z)")


def _capital_scale(sc: Scan, num):
    if num.words or num.scaled or num.ordinal or num.value >= 1000 or sc.cased[num.end] not in "MBm":
        return None
    if sc.cased[num.end] == "m":
        m = _MILLION_M.match(sc.cased, num.end)
        if m is not None and not _plural(m.group("w")) and not m.group("a") \
                and (m2 := _MILLION_M_WORD.match(sc.cased, num.end)) is not None and _plural(m2.group("w")) \
                and m2.group("b") not in _MEASURING and m2.group("b") not in _NOT_COUNTED \
                and m2.group("w") not in ("hurdles", "metres", "meters"):
            m = m2  # "2.02m new cars"
        elif m is None or not _plural(m.group("w")) or m.group("w") in ("hurdles", "metres", "meters") and not m.group("a"):
            if sc.cased[num.end + 1:num.end + 2].isalnum() \
                    or _MILLIONS_AFTER.search(sc.low, max(0, num.start - 40), num.start) is None:
                return None  # "raised 5m last year", "a fee of 40m.": millions; else metres
            m = _MILLION_M_END.match(sc.cased, num.end)
        m_s = "M"
    elif not (num.decimal or num.value >= 10):
        return None
    else:
        m = _CAPITAL_SCALE.match(sc.cased, num.end)
        if m is None:
            return None
        m_s = m.group("s")
    from ..numbers import Num, tidy
    digits = num.digits or sc.low[num.start:num.end]
    places = len(digits) - digits.find(".") - 1 if "." in digits else 0
    factor = _CAPITAL_FACTORS[m_s]
    value = round(float(num.value) * factor, max(0, places - 6 if factor == 1e6 else places - 9))
    return Num(num.start, m.end(), tidy(value), scaled=True, digits=digits)


#: "net-zero", "net zero": the word before a zero that names a goal.
_NET_BEFORE = re.compile(r"(?<![a-z])net[\s-]\Z")


def count_or_number(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    low = sc.low
    if num.end < len(low) and (low[num.end].isalpha() or low[num.end] in "_°"):
        scaled = _capital_scale(sc, num)
        if scaled is None:
            if not num.words and _glued_unit(sc, num.end):
                return Hit("number", num.value, num.start, num.end)  # "300mm", "128GB", "-5C": as "300 mm" reads
            return None  # "5G", "3D": a name, not a figure
        num = scaled  # "20M users"
    if not num.words and ((low[num.end:num.end + 1] == ":" or low[num.end + 1:num.end + 2] in _CLOCK_FIRST)
                          and _CLOCK_AFTER.match(low, num.end)
                          or low[num.start - 1:num.start] == ":" and low[num.start - 2:num.start - 1].isdigit()
                          and _MINUTES.match(low, num.start)):
        return None  # "11:45 p.m.", "3 a.m.", "a lap of 1:29.708", "0400 GMT": a time, not a figure
    if sc.cased.startswith("-", num.end) and _CODE_AFTER.match(sc.cased, num.end):
        return None  # "Form 10-K", "an 8-K filing": a code
    if _is_name(sc, num):
        return None
    if num.value == 0 and num.words and _NET_BEFORE.search(low, max(0, num.start - 5), num.start):
        return None  # "net-zero by 2035", "net zero emissions": a goal's name, no figure
    if num.words and num.value in (0.5, 0.25) and low[num.start - 1:num.start] == "-" \
            and _ORDINAL_HYPHEN.search(low, max(0, num.start - 12), num.start):  # (the ordinal is read: past the floor)
        return None  # "second-half goals", "third-quarter profits": a period, no fraction
    if num.scaled and low[num.end - 1] == "k" and sc.cased[num.end - 1] == "K" and low[num.end - 2].isdigit() \
            and num.end - num.start <= 3 and not ((w := _NEXT_NOUN.match(low, num.end)) and _plural(w.group(1))
                                                  and w.group(1) not in _SCREENS):
        return None  # "a 4K display", "8K video", "a 5K run": a name, not 4,000 of anything ("10K followers" is)
    label = _label(sc, num)
    if label in _NAME_LABELS:
        return None  # "Section 230", "type 2 diabetes", "iOS 17": a name with digits, no figure
    if low[num.start - 2:num.start] in (". ", "c ", "r ") and _CODE_BEFORE.search(low, max(0, num.start - 12), num.start):
        return Hit("number", num.value, num.start, num.end, qualifiable=False)  # "42 U.S.C. 1983 claims": a section
    if low[num.end:num.end + 1] == " " and _CODE_TITLE.match(sc.cased, num.end):
        return Hit("number", num.value, num.start, num.end, qualifiable=False)  # "under 18 U.S.C.": a title of a code
    r = ranges.second(sc, num, num.end)
    if r is not None and label is not None and num.value >= 100 and r[1] == "-" and (r[0].value % 100 == 0 or r[0].value < 10):
        r = None  # "Boeing 737-800", "Airbus 330-200": a model and its variant, no range
    if r is not None and label is not None and r[1] == "to" and r[0].scaled and not num.scaled and num.integer \
            and ranges.unscaled(r[0]) >= 10 * num.value:
        r = None  # "released Windows 11 to 400 million users": a name's digits, not 11 million
    if r is not None and low[num.start - 1:num.start] == "-" and _CHAIN_BEFORE.search(low, max(0, num.start - 12), num.start):
        r = None  # "three-nought-four", "3-0-4": a chain of numbers (a score, a code), no range
    if r is not None and num.words and num.decimal and num.value < 1:
        r = None  # "cut by a fifth to 2 billion": a fraction, then the new level
    if r is not None and r[1] == "-" and sc.left(_RESULT_BEFORE, num.start, 16) and noun_phrase(sc, r[0].end, False) is None:
        r = None  # "lost 1-2", "ruled 6-3": a score or a vote, no range ("drew 30,000-40,000 fans" is one)
    if r is not None and r[1] == "-" and low[num.start - 2:num.start] in (", ", " (") and _after_scores(sc, num.start):
        r = None  # "beat Alcaraz 6-4, 3-6, 7-6": the sets of a match, no range
    if num.start >= 2 and low[num.start - 1] in "-/.:" and low[num.start - 2].isdigit():
        if _chain_is_name(sc, num.start):
            return None  # "Boeing 737-800", "Release 4.1.2": the rest of a name with digits
        return Hit("number", num.value, num.start, num.end)  # "the 9/11 attacks", "a 2-1 win", "2.3.1", "a 3:1 ratio": no count
    if r is not None:
        num2 = r[0]
        minus = ranges.sign(sc, num.start)
        b = ranges.bounds(num, num2, minus is not None)
        if b is not None and num2.end < len(low) and low[num2.end].isalpha() and not num2.scaled \
                and not low[num.end:num.end + 1].isalpha() and not _DECADE_S.match(low, num2.end):
            o = ranges.opener(sc, num.start)  # "250-300mm": a range with a unit glued to it
            from ..numbers import tidy
            return Hit("number", (tidy(b[0]), tidy(b[1])), o.start() if o else num.start if minus is None else minus,
                       num2.end, qualifier="between")
        if b is not None and not (num2.end < len(low) and low[num2.end].isalpha()):
            o = ranges.opener(sc, num.start)
            start = o.start() if o else num.start if minus is None else minus
            np = noun_phrase(sc, num2.end, False)
            from ..numbers import tidy
            value = (tidy(b[0]), tidy(b[1]))
            if np is not None:
                unit = " ".join(sc.cased[np[0]:np[1]].split())
                return Hit("count", value, start, np[1], unit=unit, qualifier="between")
            return Hit("number", value, start, num2.end, qualifier="between")
    qa = _BOUND_BEFORE_NOUN.match(low, num.end) if num.value != 1 else None
    if qa is not None and sc.number(_SPACE.match(low, qa.end()).end()) is None \
            and (np := noun_phrase(sc, qa.end(), False)) is not None:  # "3 plus 8 equals" is a sum
        # "40-plus nations", "2,000 or more visitors", "50-odd volunteers": the bound
        # stands between the number and its noun; the noun counts, the bound qualifies
        unit = " ".join(sc.cased[np[0]:np[1]].split())
        q = qa.group("q")
        return Hit("count", num.value, num.start, np[1], unit=unit,
                   qualifier="approx" if q in _ROUGHLY_AFTER else L.QUALIFIERS_AFTER[L.key(q)])
    singular = num.value == 1
    np = noun_phrase(sc, num.end, singular)
    if np is None and low[num.end:num.end + 4].lstrip()[:1] == "(":
        np = _restated(sc, num, singular)
    if np is not None and num.decimal and not num.scaled and not singular \
            and ((fw := _FIRST_WORD.match(low, np[0])) is None or not _plural(fw.group())):
        np = None  # "the kernel 6.8 release adds", "a 1.5 litre bottles": a measure before a noun, no count
    if np is not None and low[np[0]:np[0] + 1] in _UNIT_FIRST and _GLUED_UNITS.match(low, np[0]) is not None:
        np = None  # "115 mph winds", "10 mg tablets": a measure (read as "115mph" is), no count of anything
    if np is not None and singular and num.words and sc.left(_UNDER_ONE, num.start, 8) is not None:
        return None  # "under one roof", "under one banner": an idiom; "under one hour", "under one percent" are no count
    if np is not None:
        unit = " ".join(sc.cased[np[0]:np[1]].split())
        return Hit("count", num.value, num.start, np[1], unit=unit)
    part = _part_of_total(sc, num)
    if part is not None:
        return part
    if num.words and num.value == 1 and not num.scaled and not sc.left(_SIGN_WORD_BEFORE, num.start, 10):
        return None  # "one of them", "one another": not a figure on its own ("minus one" is)
    if num.words and num.value == 0.5 and not num.decimal and _HALF_A_UNIT.match(low, num.end):
        return None  # "nearly half a century": the duration rule reads it whole
    if num.words and num.value == 0.5 and not num.decimal and not sc.left(_QUALIFIED, num.start, 30):
        return None  # "half" on its own is too vague to check; "more than half" is not
    if num.words and num.value in (0.5, 0.25) and low[num.start] == "a" and not fraction_alone(low, num.start, num.end):
        return None  # "a half-marathon", "a quarter-final", "a half measure": no fraction
    return Hit("number", num.value, num.start, num.end)


_OPEN_RESTATED = re.compile(r"\s{0,3}\(\s{0,3}(?=[\da-z])")
_CLOSE_RESTATED = re.compile(r"\s{0,3}\)")


def _restated(sc: Scan, num, singular: bool) -> Optional[tuple[int, int]]:
    """ "six (6) key bodies", "150 (one hundred and fifty) heads": the number said again
    in brackets, in the other spelling, before the noun the first one counts."""
    o = _OPEN_RESTATED.match(sc.low, num.end)
    again = sc.number(o.end()) if o else None
    if again is None or again.ordinal or again.value != num.value or again.words == num.words:
        return None
    c = _CLOSE_RESTATED.match(sc.low, again.end)
    return noun_phrase(sc, c.end(), singular) if c else None


#: "411 of the 650 seats", "two of its three plants", "12 of his last 13 matches", "41 of
#: 52 economists": a part of a counted whole; the whole may be someone's ("six of the
#: board's nine members", "three of Norway's 11 counties").
OF_WHOLE = (r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+(?:[a-z][a-z-]*(?:'s|s')\s+)?"
            r"|[a-z][a-z-]*(?:'s|s')\s+)?"
            r"(?:(?:last|past|first|next|previous|final|remaining|other)\s+)?")
_OF_THE = re.compile(OF_WHOLE + r"(?=[\da-z])")


def _part_of_total(sc: Scan, num) -> Optional[Hit]:
    """ "won 411 of the 650 seats": 411 counts seats too (the whole, "650 seats", is read
    after it as its own count)."""
    if not num.integer or num.decimal or num.ordinal or num.words and num.value == 1:
        return None  # "one of the 20 largest banks" is one of them, not a count
    o = _OF_THE.match(sc.low, num.end)
    if o is None:
        return None
    total = read_number(sc.low, o.end())
    if total is None and o.end() - num.end > 4 and sc.low[o.end():o.end() + 1].isalpha() \
            and not (not num.words and not num.grouped and 1000 <= num.value <= 2199):
        # "at all 31 of its homes", "two of the company's hotels": no whole stated, the
        # part counts the noun after the determiner ("two of them" counts nothing)
        np = noun_phrase(sc, o.start() + len(o.group().rstrip()), False)
        if np is None:
            return None
        return Hit("count", num.value, num.start, num.end, unit=" ".join(sc.cased[np[0]:np[1]].split()))
    if total is None or total.ordinal or not total.integer or total.decimal or not total.value > num.value:
        return None
    if not total.words and not total.grouped and 1000 <= total.value <= 2199 and total.end - total.start == 4:
        return None  # "5 of the 2024 budget lines": a year
    if sc.low[total.end:total.end + 1].isalpha():
        return None
    np = noun_phrase(sc, total.end, False)
    if np is None:
        return None
    return Hit("count", num.value, num.start, num.end, unit=" ".join(sc.cased[np[0]:np[1]].split()))


RULES = [
    Rule("<number> in|out of <number> (a proportion)", "digits", proportion, 89, reads="cardinal", after=_RATIO.pattern),
    Rule("<number in words> in|out of <number> (a proportion)", "words", proportion, 89, reads="cardinal",
         after=_RATIO.pattern),
    Rule("one <noun> in <number> (a proportion)", "digits", noun_proportion, 88, reads="cardinal",
         at=r"1" + _NOUN_RATIO.pattern),
    Rule("one <noun> in <number> (a proportion)", "words", noun_proportion, 88, reads="cardinal",
         at=r"one" + _NOUN_RATIO.pattern),
    Rule("<number> <counted noun phrase> | <number>", "digits", count_or_number, 90, reads="cardinal"),
    Rule("<number in words> <counted noun phrase> | <number in words>", "words", count_or_number, 90, reads="cardinal"),
]
