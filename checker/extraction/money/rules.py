"""Money: an amount with a currency, as an ISO 4217 code ("88 billion USD", "US$88bn",
"$1.5bn", "£800m", "VND 5 trillion", "five billion dollars")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from ...locale import LOCAL_SIGNS
from .. import ranges
from ..numbers import read_number, tidy
from ..scan import Hit, Rule, Scan

_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z$£€¥₫₹₩₱₽₺฿]))(?P<cur>%s)\s*\Z" % L.alternation(L.CURRENCY_PREFIXES)
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<cur>%s)\s+\Z" % L.alternation(L.CURRENCY_WORDS_BEFORE))
_SHORT_SCALE = re.compile(r"\s?(?P<s>%s)(?![a-z])" % L.alternation(L.MONEY_SCALE_ABBREVIATIONS))
_AFTER = re.compile(r"\s*(?P<cur>%s)(?![a-z])" % L.alternation(L.CURRENCY_SUFFIXES))
#: "a 12-cent dividend", "its one-yen bid": a currency word joined by a hyphen.
_AFTER_HYPHEN = re.compile(r"-(?P<cur>cents?|dollars?|yen|euros?|pence|penny|yuan|rupees?)(?![a-z])")
_SYMBOL_CODES = {k for k in L.CURRENCY_PREFIXES if not k.isalpha()}
_CENTS = re.compile(r"\d+\.\d\d(?!\d)")
_SCALE_AFTER_CODE = re.compile(r"\s+(?P<s>million|billion|trillion|thousand|mn|bn|m|b)(?![a-z])")
#: "15 dollars 50", "thirteen dollars and forty-five cents": the cents after the amount.
_CENTS_AFTER = re.compile(r"(?:\s+and|,)?\s+(?=[\da-z])")
_CENTS_WORD = re.compile(r"\s*(?:cents?|c)(?![a-z])")
_GLUED = frozenset(k for k in L.CURRENCY_PREFIXES if k.isalpha() and len(k) == 3)
#: Words after "15 dollars 50" that quantify the whole amount, so 50 is its cents (not
#: "15 dollars 50 times", "3 dollars 15 per cent", "12 dollars 5 to 6 times").
_AMOUNT_WORDS = frozenset({"more", "less", "extra", "each", "apiece"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![a-z])")
_MAIN_UNITS = frozenset({"dollars", "dollar", "usd", "euros", "euro", "eur", "$", "€", "£", "pounds", "pound"})
_SYMBOL_CHARS = frozenset(ch for k in _SYMBOL_CODES for ch in k[-1:])
#: A dollar that names no country: a bare "$", "dollars", "cents". It is the article's
#: (``Scan.dollar``: USD unless the claims file says, as ``dollar: NZD`` or ``country: NZ``);
#: "US$", "NZ$", "U.S. dollars", "Australian cents" name their own.
_BARE_DOLLAR = frozenset({"$", "dollars", "dollar", "dlrs", "dlr", "cents", "cent"})
#: The dollars a code written after "$" may name ("$5 million USD", "$12 NZD").
_DOLLAR_CODES = frozenset({"USD", "AUD", "NZD", "CAD", "SGD", "HKD", "TWD", "MXN"})


def _code(sc: Scan, key: str, table: dict) -> Optional[str]:
    """The ISO code of the currency ``key`` (a key of ``table``) in this article."""
    return sc.dollar if key in _BARE_DOLLAR else table.get(key)


def _scaled(sc: Scan, num, end: int) -> tuple[float, int]:
    value = float(num.value)
    if not num.scaled and not num.words:
        s = _SHORT_SCALE.match(sc.low, end)
        if s:  # rounded: 4.1 * 1e9 is 4099999999.9999995 in binary floating point
            return round(value * L.MONEY_SCALE_ABBREVIATIONS[s.group("s")], 6), s.end()
    return value, end


def currency_before(sc: Scan, c: re.Match) -> Optional[Hit]:
    pos = c.start()
    prev = sc.low[max(0, pos - 3):pos]
    last = prev.rstrip()[-1:]
    if not last or not (last in _SYMBOL_CHARS or last.isalpha()) or prev[-3:] == "   ":
        return None  # cheap gate: no symbol or code ends just before, or one or two spaces before
    num = sc.number(pos)
    if num is None or num.ordinal:
        return None
    b = sc.left(_BEFORE, num.start, 12)
    if not b:
        return (_local_sign(sc, num) if sc.signs else None) or _word_before(sc, num)
    cur = L.key(b.group("cur"))
    cased = sc.cased[b.start("cur"):b.end("cur")]
    if cur in L.MIXED_CASE_SIGNS:
        if cased != L.MIXED_CASE_SIGNS[cur]:
            # "KSh 2 billion", "Dh5 million"; "dh 5" or "Tk 5" written otherwise are not,
            # unless the article's country writes them so ("Ksh 300 million" in Kenya)
            return _local_sign(sc, num) if sc.signs else None
    elif cur.isalpha() and cur not in ("rs",) and not cased.isupper() and cur not in L.CODES_ANY_CASE:
        return None  # "Try 5 billion ideas" is not Turkish lira: codes are written in capitals
    if cur[0] == "$" and len(cur) > 1 and not cased[1:].isupper():
        return None  # "$US3 billion" is US dollars; "$us" in lower case is no sign
    if cur in L.CURRENCY_FACTORS and not cased.isupper():
        return None  # "MAUD 60" is 60 million AUD; "Maud 60" is a name
    cur_start = b.start("cur")
    if cur in ("a $", "s $") and not sc.cased[cur_start].isupper():
        cur, cur_start = "$", b.end("cur") - 1  # "a $300 million contract": the article, not A$
    value, end = _scaled(sc, num, num.end)
    if cur == "php" and end == num.end and num.value < 10 and not _CENTS.match(sc.low, num.start):
        return None  # "PHP 8", "PHP 7.4": the language's version, not pesos ("PHP 8 billion", "PHP 45" are)
    value *= L.CURRENCY_FACTORS.get(cur, 1)
    code = _code(sc, cur, L.CURRENCY_PREFIXES)
    r = _range(sc, num, value, end, b.group("cur"), b.start("cur"))
    if r is not None:
        low_v, high_v, end = r
        o = ranges.opener(sc, cur_start)
        return Hit("money", (low_v, high_v), o.start() if o else cur_start, end, unit=code,
                   qualifier="between")
    a = _AFTER.match(sc.low, end)
    if a and a.group("cur")[0].isalpha() and cur in _SYMBOL_CODES:
        after = _code(sc, L.key(a.group("cur")), L.CURRENCY_SUFFIXES)
        if after == code:
            end = a.end()  # "$5 million USD"
        elif cur == "$" and after in _DOLLAR_CODES and sc.cased[a.start("cur"):a.end("cur")].isupper():
            code, end = after, a.end()  # "$12 NZD": the code says which dollar
    return Hit("money", value, cur_start, end, unit=code)


def currency_before_words(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "VND five trillion", "USD two billion", "Rs five crore": a currency symbol or code
    before an amount in words, only with its scale word ("the EUR five-year bond", "GBP
    one" are no amounts)."""
    num = sc.number(c.start())
    if num is None or num.ordinal or not num.scaled:
        return None
    hit = currency_before(sc, c)
    if hit is not None:
        prefix = sc.cased[hit.start:num.start].strip()
        if prefix.isalpha() and not prefix.isupper() and prefix.lower() != "rs":
            return None  # "Try five billion": a verb in capitals at the start, not Turkish lira
    return hit


def _word_before(sc: Scan, num) -> Optional[Hit]:
    """ "dollar 22.5 million", "rupees 500 crore": a currency word before an amount, only
    with a scale word ("the euro 2 per cent higher" is no amount)."""
    value, end = _scaled(sc, num, num.end)
    if not num.scaled and end == num.end:
        return None
    w = sc.left(_WORD_BEFORE, num.start, 12)
    if w is None:
        return None
    return Hit("money", tidy(value), w.start("cur"), end, unit=_code(sc, L.key(w.group("cur")), L.CURRENCY_WORDS_BEFORE))


def _range(sc: Scan, num, value: float, end: int, prefix: Optional[str] = None, start: Optional[int] = None):
    """ "$150 and $300" (after "between"), "$2-3 billion", "$2 billion to $3 billion":
    (low, high, end) or None."""
    pat = re.compile(r"\s*" + re.escape(prefix) + r"\s*") if prefix else None
    r = ranges.second(sc, num, end, pat, start)
    if r is None:
        return None
    num2 = r[0]
    high, end2 = _scaled(sc, num2, num2.end)
    if num2.ordinal:
        return None
    low_v = value
    if (num2.scaled or high != float(num2.value)) and not num.scaled and value == float(num.value) and value < high:
        factor = high / float(num2.value if not num2.scaled else ranges._unscaled(num2))
        if value * factor <= high:
            low_v = value * factor
    if not low_v < high:
        return None
    if prefix and r[1] == "to" and ranges.change_by_then_level(sc, num.start if start is None else start, low_v, high):
        return None  # "fall by £124 to £1,683": the change, then the new level
    return tidy(float(low_v)), tidy(float(high)), end2


def _range_after_unit(sc: Scan, num, value: float, end: int, code: str):
    """ "16.5bn euros to 17bn euros", "between 4.8bn EUR and 5.0bn EUR": a range whose
    ends each carry the same currency after them, (low, high, end) or None. Not after a
    verb of change ("rose 5 euros to 80 euros" is the change, then the new level)."""
    r = ranges.second(sc, num, end, None, num.start)
    if r is None:
        return None
    num2, sep, _ = r
    if sep == "to" and ranges.change_then_level(sc, num.start):
        return None
    high, end2 = _scaled(sc, num2, num2.end)
    a2 = _AFTER.match(sc.low, end2)
    if a2 is None or _code(sc, L.key(a2.group("cur")), L.CURRENCY_SUFFIXES) != code or not value < high:
        return None
    return tidy(float(value)), tidy(float(high)), a2.end()


def currency_after(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    value, end = _scaled(sc, num, num.end)
    a = _AFTER.match(sc.low, end) if sc.low[end:end + 1] != "-" else _AFTER_HYPHEN.match(sc.low, end)
    pair = None
    if not a:
        r = _range(sc, num, value, end)
        if r is None:
            return None
        a = _AFTER.match(sc.low, r[2])
        if not a:
            return None
        pair = r
    cur = L.key(a.group("cur"))
    if sc.low[a.end():a.end() + 1].isdigit() and cur in _GLUED and sc.cased[a.start("cur"):a.end()].isupper():
        return None  # "3 USD50 cards": a code against the digits belongs to them
    if cur in ("won", "real", "try", "rand", "lira") and not num.scaled and end == num.end:
        return None  # "won 3 seats": a currency word that is also an English word needs a scale
    if not cur[-1].isalnum() and sc.low[a.end("cur"):a.end("cur") + 1].isalnum():
        return None  # "10 $30", "$ 20,000.00 $ 37,305.97": the symbol belongs to the next amount
    code = _code(sc, cur, L.CURRENCY_SUFFIXES) if cur not in ("kroner", "krone") else _krone(sc, num.start)
    if code is None:
        return None
    factor = L.CURRENCY_FACTORS.get(cur, 1)
    end = a.end()
    if pair is None:
        pair = _range_after_unit(sc, num, value, end, code)
        if pair is not None:
            end = pair[2]
    if pair is not None:
        o = ranges.opener(sc, num.start)  # "between 8.1 billion and 8.3 billion USD"
        return Hit("money", (tidy(pair[0] * factor), tidy(pair[1] * factor)), o.start() if o else num.start, end,
                   unit=code, qualifier="between")
    value *= factor
    s = _SCALE_AFTER_CODE.match(sc.low, end)
    if s and not num.scaled and factor == 1:  # "75 USD million"
        value *= L.SCALE_ABBREVIATIONS.get(s.group("s")) or L.MONEY_SCALE_ABBREVIATIONS[s.group("s")]
        end = s.end()
    elif cur in _MAIN_UNITS and num.integer:
        c2 = _cents(sc, end)
        if c2 is not None:
            value, end = value + c2[0], c2[1]
    return Hit("money", tidy(float(value)), num.start, end, unit=code)


#: Norway and Denmark both count in kroner: the country or code named last before a
#: bare "398.60 kroner" says which ("412 Norwegian kroner a share ... 398.60 kroner").
_KRONE_COUNTRY = re.compile(r"(?<![a-z])(?:(?P<n>norwegian\s+kron|norway|oslo|nok(?![a-z]))|(?P<d>danish\s+kron|denmark|copenhagen|dkk(?![a-z])))")


#: Between an amount and the level it is compared with: "to 5.61 billion dlrs from 5.17
#: billion", "$4.1 billion, up from 3.8 billion", "compared with 3.8 billion".
_LEVEL_BEFORE = re.compile(r",?\s+(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+")
#: What may follow that level: the end of the clause, or when it was.
_LEVEL_BEFORE_END = re.compile(r"\s*(?:[.,;:)]|\Z)|\s+(?:a\s+year|the\s+year|the\s+previous|the\s+prior|last|in|at|"
                               r"previously|earlier|before|a\s+quarter)(?![a-z])")


def carried_currency(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """``hit``, a bare number, as an amount in the currency of the amount just before it
    that it is the earlier level of ("sales rose to 5.61 billion dlrs from 5.17 billion":
    5.17 billion dollars); None where it is not such a level. The two must be of one
    size (a tenth to ten times): "$5 million from 2,000 donors" has its own noun."""
    if isinstance(hit.value, tuple) or isinstance(prev.value, tuple) or not prev.unit:
        return None
    gap = _LEVEL_BEFORE.match(sc.low, prev.end)
    if gap is None or gap.end() != hit.start:
        return None
    value, end = hit.value, hit.end
    scale = _SHORT_SCALE.match(sc.low, end) if sc.low[end:end + 1] in ("m", "b", "k", "t", "c") else None
    if scale is not None:  # "£300m, compared with 412m": the scale the number alone left
        value, end = value * L.MONEY_SCALE_ABBREVIATIONS[scale.group("s")], scale.end()
    if not _LEVEL_BEFORE_END.match(sc.low, end) or not prev.value or not 0.1 <= value / prev.value <= 10:
        return None
    return Hit("money", value, hit.start, end, unit=prev.unit, qualifier=hit.qualifier,
               direction=hit.direction, rule="<amount> from <amount> (the currency of the amount before)")


_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))between\s+\Z")


def range_to_amount(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "between 3.5 billion and €4 billion": a range whose currency is written on its
    second end only, as one amount (``prev``, a bare number read just before ``hit``, an
    amount). Each end carries its own scale, and the first is the smaller, no less than a
    tenth of the second; None where the two are not so joined."""
    if isinstance(prev.value, tuple) or isinstance(hit.value, tuple) or prev.qualifier != "exact" \
            or hit.qualifier != "exact" or _AND_GAP.fullmatch(sc.low, prev.end, hit.start) is None:
        return None
    o = _BETWEEN_BEFORE.search(sc.low, max(0, prev.start - 12), prev.start)  # (sc.left stops at prev's end)
    if o is None or not 0 < hit.value / 10 <= prev.value < hit.value:
        return None
    return Hit("money", (tidy(float(prev.value)), hit.value), o.start(), hit.end, unit=hit.unit, qualifier="between",
               rule="between <number> and <amount> (the currency of the second end)")


def _krone(sc: Scan, pos: int) -> Optional[str]:
    """NOK or DKK for a bare "kroner" at ``pos``: the country named last before it; None
    when the text names neither."""
    code = None
    for m in _KRONE_COUNTRY.finditer(sc.low, 0, pos):
        code = "NOK" if m.group("n") else "DKK"
    return code


def _cents(sc: Scan, pos: int):
    """ "and forty-five cents", " 50" after "15 dollars": (fraction of the unit, end)."""
    g = _CENTS_AFTER.match(sc.low, pos)
    if not g:
        return None
    n = read_number(sc.low, g.end())
    if n is None or n.ordinal or not n.integer or not 0 < n.value < 100 or n.scaled \
            or sc.low.startswith("a", g.end()):  # "USD a dozen": a number of its own, no cents
        return None
    w = _CENTS_WORD.match(sc.low, n.end)
    if w:
        return n.value / 100, w.end()
    rest = sc.low[n.end:n.end + 2]
    if rest[:1] in ("", ".", ",", ";", "!", "?", ")") and not rest[1:2].isdigit() or rest == "\n\u00b6":  # a blank line
        return n.value / 100, n.end
    if g.group().isspace():  # "15 USD 50 more", "2 dollars 50 each": the word is about the whole amount
        w = _NEXT_WORD.match(sc.low, n.end)
        if w and w.group(1) in _AMOUNT_WORDS:
            return n.value / 100, n.end
    return None


#: Letters a country's press writes against an amount (``checker.locale.LOCAL_SIGNS``),
#: read only in an article of that country: "Sh500", "Sh 2.5 billion", "N1.2 trillion".
LOCAL_SIGN_KEYS = sorted({k.lower() for signs in LOCAL_SIGNS.values() for k in signs})
_LOCAL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<cur>%s)\s?\Z" % L.alternation(
    [k for k in LOCAL_SIGN_KEYS if len(k) > 1]))


def _local_sign(sc: Scan, num, start: Optional[int] = None) -> Optional[Hit]:
    """The amount ``num`` after the article's country's letters: glued to the digits (at
    ``start``), or one space before them ("Sh 500"; a one-letter sign only glued: "N500").
    An amount's shape is needed as for the other letters ("Sh2" is no sum): a scale,
    digits grouped, cents, or a whole number of 10 or more; after a one-letter sign, of
    100 or more, since a letter and two digits name things ("N95" masks, "N64")."""
    if start is None:
        b = sc.left(_LOCAL_BEFORE, num.start, 5)
        if b is None:
            return None
        start, sign = b.start("cur"), sc.cased[b.start("cur"):b.end("cur")]
    else:
        sign = sc.cased[start:num.start]
    code = sc.signs.get(sign)
    if code is None:
        return None
    value, end = _scaled(sc, num, num.end)
    if not (_amount_shaped(sc, num, end) or num.integer and value >= (100 if len(sign) == 1 else 10)):
        return None
    if sc.low[end:end + 1].isalpha():
        return None  # "N64X": a code
    return Hit("money", value, start, end, unit=code)


def glued_code(sc: Scan, c: re.Match) -> Optional[Hit]:
    code = c.group()
    cased = sc.cased[c.start():c.end()]
    if sc.low[c.start() - 1:c.start()] == "$" and "$" + code in L.CURRENCY_PREFIXES:
        if not cased.isupper():
            return None  # "$US3 billion", "$A4.6 million"; "$a4" in lower case is no sign
        num = sc.number(c.end())
        if num is None or num.ordinal:
            return None
        value, end = _scaled(sc, num, num.end)
        unit = L.CURRENCY_PREFIXES["$" + code]
        r = _range(sc, num, value, end, sc.low[c.start() - 1:c.end()], c.start() - 1)
        if r is not None:  # "$US2-3 billion", "between $A5m and $A7m"
            o = ranges.opener(sc, c.start() - 1)
            return Hit("money", (r[0], r[1]), o.start() if o else c.start() - 1, r[2], unit=unit,
                       qualifier="between")
        return Hit("money", value, c.start() - 1, end, unit=unit)
    if cased in sc.signs:  # "Sh500", "Ksh300", "N500" in an article of that country
        num = sc.number(c.end())
        if num is not None and not num.ordinal and (hit := _local_sign(sc, num, c.start())) is not None:
            return hit
    if code not in L.CURRENCY_PREFIXES and code != "r":
        return None  # a country's letters in an article of another country
    if code in L.MIXED_CASE_SIGNS:
        if cased != L.MIXED_CASE_SIGNS[code]:
            return None
    elif not cased.isupper():
        return None  # codes glued to digits are written in capitals: "VND5", not "try5"
    num = sc.number(c.end())
    if num is None or num.ordinal:
        return None
    value, end = _scaled(sc, num, num.end)
    if code == "r":
        return _rand(sc, c, num, value, end)
    if code in L.MIXED_CASE_SIGNS and not (_amount_shaped(sc, num, end) or num.integer and value >= 10):
        return None  # "RM2" is a model, "Tk2" a tank: a sign against digits needs an amount's shape
    return Hit("money", value, c.start(), end, unit=L.CURRENCY_PREFIXES[code])


def _amount_shaped(sc: Scan, num, end: int) -> bool:
    """Digits after a letter that only an amount has: a scale, digits grouped (by a comma
    or a space) or cents ("RM2.5 billion", "R14 300", "RM18.50", "R18,42")."""
    digits = sc.low[num.start:num.end]
    return bool(end > num.end or num.scaled or num.grouped or " " in digits or _RAND_CENTS.search(digits))


#: A text that names the rand or South Africa: there "R350" is money too.
_RAND_NAMED = re.compile(r"(?<![a-z])(?:rands?|zar|south\s+africa(?:n|ns)?)(?![a-z])")
_RAND_CENTS = re.compile(r"\d[.,]\d\d\Z")


def _rand(sc: Scan, c: re.Match, num, value: float, end: int) -> Optional[Hit]:
    """ "R2,4 billion", "R14 300", "R18,42", "R350": the rand's sign against the digits.
    The letter is many things before digits ("R2" a road, "an R2 of 0.8", "R101"), so an
    amount needs the shape of one: a scale, digits grouped, cents, or a text that names
    the rand or South Africa."""
    if sc.low[c.start() - 1:c.start()] in ("-", "/", "."):
        return None  # "A-R2", "R/R1": part of a code
    if not (_amount_shaped(sc, num, end) or num.integer and value >= 10 and _RAND_NAMED.search(sc.low) is not None):
        return None
    return Hit("money", value, c.start(), end, unit="ZAR")


#: "38p", "2.5p": pence against the digits, as British copy writes them.
_PENCE = re.compile(r"p(?![\w%])")
#: A text about pounds: a pound sign, the currency's names or its code.
_POUNDS_NEAR = re.compile(r"\u00a3|(?<![a-z])(?:pounds?|pence|penny|sterling|gbp)(?![a-z])")


def pence(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "adult social care takes 38p in every pound", "fuel rose 2p a litre to 142.9p":
    pence, in a text that speaks of pounds anywhere (or of a country that writes pence:
    ``Locale.pence``); an amount under 200 pence in whole
    digits (or under 1,000 with decimals), against the "p" ("720p" video is none)."""
    num = sc.number(c.start())
    if num is None or num.scaled or num.grouped or not 0 < num.value < (1000 if num.decimal else 200) \
            or not _PENCE.match(sc.low, num.end):
        return None
    if not sc.pence and _POUNDS_NEAR.search(sc.low) is None:
        return None  # (an article whose claims file says `country: GB` reads pence without)
    return Hit("money", round(num.value / 100, 6), num.start, num.end + 1, unit="GBP")


def _ends_with_prefix() -> str:
    """Where ``currency_before`` can read (Rule.at): a currency symbol, code or word
    (``_word_before``) ends just before the number, or one space before it (see its own
    cheap gate); or the number starts one character back (".08")."""
    ends = sorted({k.split()[-1] for k in [*L.CURRENCY_PREFIXES, *L.CURRENCY_WORDS_BEFORE,
                                           *(k for k in LOCAL_SIGN_KEYS if len(k) > 1)]})
    by_width: dict[int, list[str]] = {}
    for e in ends:
        by_width.setdefault(len(e), []).append(re.escape(e))
    last = "[%s]" % "".join(sorted({re.escape(e[-1]) for e in ends}))
    exact = "|".join("(?<=%s)" % "|".join(v) for _, v in sorted(by_width.items()))
    spaced = "|".join(r"(?<=(?:%s)\s)" % "|".join(v) for _, v in sorted(by_width.items()))
    spaced2 = "|".join(r"(?<=(?:%s)\s\s)" % "|".join(v) for _, v in sorted(by_width.items()))
    return r"(?<=%s)(?:%s)|(?<=%s\s)(?:%s)|(?<=%s\s\s)(?:%s)|(?<=\.)" % (last, exact, last, spaced, last, spaced2)


#: Where ``currency_after`` can read (Rule.after): a currency after the number (and a
#: short scale), or a range.
_CURRENCY_AFTER = "(?:%s)?(?:%s|%s|%s)" % (_SHORT_SCALE.pattern, _AFTER.pattern, _AFTER_HYPHEN.pattern,
                                         ranges.SEPARATOR_AFTER)

RULES = [
    Rule("<CODE><amount> (code against the digits)", "glued-currency", glued_code, 40),
    Rule("<currency symbol or code> <amount>", "digits", currency_before, 40, reads="cardinal",
         at=_ends_with_prefix()),
    Rule("<currency symbol or code> <amount in words with a scale>", "words", currency_before_words, 40,
         reads="cardinal", at=_ends_with_prefix()),
    Rule("<amount> <currency code or word>", "digits", currency_after, 41, reads="cardinal", after=_CURRENCY_AFTER),
    Rule("<amount in words> <currency word>", "words", currency_after, 41, reads="cardinal", after=_CURRENCY_AFTER),
    Rule("<amount>p (pence, in a sentence about pounds)", "digits", pence, 42, reads="cardinal", after=_PENCE.pattern),
]
