"""Words with meaning for extraction: numbers, scales, months, units, currencies,
qualifiers and directions.

Everything here is data, lower case, matched on normalised text (NFC, straight quotes,
hyphens for every dash). The rules refer to these tables by name; nothing else in the
extractor spells a word of English.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Multipliers written as words after a number ("88 billion", "two thousand").
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
#: Abbreviated scales that are safe after any number ("1.5bn", "3 mln").
SCALE_ABBREVIATIONS = {
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "trln": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
#: Abbreviated scales only read next to a currency ("$800m", "£2b", "5k USD").
MONEY_SCALE_ABBREVIATIONS = {"m": 1e6, "mm": 1e6, "b": 1e9, "k": 1e3, "tr": 1e12, "cr": 1e7}  # "Rs 500 cr": crore

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
    "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
}
#: Twelve, after a number ("3 dozen", "five dozens", "2 doz", "4 dz" in market reports).
DOZEN_WORDS = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
#: Names of aircraft variants after a model's number ("737 MAX", "A320neo", "787
#: Dreamliner"): digits before the number count the aircraft ("48 737 MAX jets").
MODEL_VARIANTS = frozenset({"max", "ng", "er", "lr", "xlr", "xwb", "neo", "ceo", "dreamliner", "dreamliners"})
#: Words that stand for a number on their own.
SPECIAL_NUMBERS = {"dozen": 12, "half": 0.5}
#: Indian scale words ("13 lakh", "1 crore"), read after digits or number words.
INDIAN_SCALES = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}

#: Denominators of fractions, singular ("one fifth", "a quarter", "a millionth") and
#: plural ("two thirds", "a hundred trillionths"): every ordinal word but "first" and
#: "second" ("one second" is a unit of time, "three firsts" are wins). Compounds
#: ("twenty-fifths") are read by the number reader from TENS and these.
FRACTION_SINGULAR = {
    "half": 2, "quarter": 4,
    **{w: v for w, v in ORDINAL_WORDS.items() if w not in ("first", "second", "nineth")},
}
FRACTION_PLURAL = {
    "halves": 2, "quarters": 4,
    **{w + "s": v for w, v in ORDINAL_WORDS.items() if w not in ("first", "second", "nineth")},
}
#: Ordinal words that end a compound denominator ("twenty-firsts", "thirty-second").
COMPOUND_DENOMINATOR_ENDS = {w: v for w, v in ORDINAL_WORDS.items() if v < 10}
#: Fraction characters ("½", "¾").
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
#: Words that make the number after them negative ("minus 5", "negative one").
NEGATIVE_WORDS = ("minus", "negative")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
#: Abbreviated weekdays, read only capitalised before a day of the month ("Fri 14th").
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                         "fri": 4, "sat": 5, "sun": 6}
#: Words before a weekday and which week they point to: 0 this week, 1 next week,
#: -1 last week; "past" and "coming" mean the nearest one before or after the reference.
WEEKDAY_SHIFTS = {
    "this": 0, "next": 1, "last": -1, "previous": -1, "following": 1,
    "past": "past", "this past": "past", "coming": "coming", "this coming": "coming",
    "upcoming": "coming", "this upcoming": "coming",
}
#: Units of "two weeks ago", "three days from now", in days or months.
RELATIVE_UNITS = {
    "day": ("days", 1), "days": ("days", 1), "week": ("days", 7), "weeks": ("days", 7),
    "fortnight": ("days", 14), "month": ("months", 1), "months": ("months", 1),
    "year": ("months", 12), "years": ("months", 12), "decade": ("months", 120),
    "decades": ("months", 120),
}

#: Month names that are also common English words: read as months only in date shape.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "dec", "sept", "sep", "aug", "oct", "nov", "jun", "jul", "apr", "feb"}

#: Time units for durations, as (unit, factor): a decade is ten years.
TIME_UNITS = {
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "month": ("month", 1), "months": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1),
    "day": ("day", 1), "days": ("day", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "hrs": ("hour", 1),
    "decade": ("year", 10), "decades": ("year", 10),
    "century": ("year", 100), "centuries": ("year", 100),
    "millennium": ("year", 1000), "millennia": ("year", 1000), "millenniums": ("year", 1000),
    "fortnight": ("week", 2), "fortnights": ("week", 2),
    "night": ("day", 1), "nights": ("day", 1),
    # minutes and seconds are parts of an hour (a duration's unit is year, month, week, day
    # or hour): "30 minutes" is half an hour. Not "second" (a rank) nor "min" (a minimum).
    "minute": ("hour", 1 / 60), "minutes": ("hour", 1 / 60), "mins": ("hour", 1 / 60),
    "seconds": ("hour", 1 / 3600), "secs": ("hour", 1 / 3600),
}

#: Currency written before the amount: symbol or code (longest first in the pattern).
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "u.s $": "USD", "u.s. $": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "r$": "BRL",
    "nt$": "TWD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₫": "VND", "vnd": "VND", "₹": "INR",
    "rs": "INR", "rs.": "INR", "inr": "INR", "₩": "KRW", "krw": "KRW", "aud": "AUD",
    "cad": "CAD", "chf": "CHF", "hkd": "HKD", "sgd": "SGD", "nzd": "NZD", "thb": "THB",
    "idr": "IDR", "myr": "MYR", "php": "PHP", "₱": "PHP", "rub": "RUB", "₽": "RUB",
    "brl": "BRL", "mxn": "MXN", "zar": "ZAR", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "pln": "PLN", "try": "TRY", "₺": "TRY", "sar": "SAR", "aed": "AED", "twd": "TWD",
    "khr": "KHR", "lak": "LAK", "mmk": "MMK", "฿": "THB", "ரூ": "LKR",
    "musd": "USD", "meur": "EUR", "mgbp": "GBP", "maud": "AUD", "mcad": "CAD", "msek": "SEK",
    "mnok": "NOK", "mdkk": "DKK",
    "c $": "CAD", "hk $": "HKD", "us $": "USD", "a $": "AUD", "s $": "SGD", "nz $": "NZD",
    "mex$": "MXN", "mx$": "MXN", "usd$": "USD", "mxn$": "MXN", "aud$": "AUD", "cad$": "CAD",
    "nzd$": "NZD", "sgd$": "SGD", "hkd$": "HKD", "₿": "BTC", "btc": "BTC", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "₦": "NGN", "₴": "UAH", "₪": "ILS",
    # the sign first, its country's letters after, as Australian and New Zealand papers
    # write them ("$US3 billion", "$A4.6 million", "$NZ20m"): in capitals only
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD", "$c": "CAD", "$can": "CAD", "$hk": "HKD", "$s": "SGD",
    "rm": "MYR", "ksh": "KES", "dh": "AED", "dhs": "AED", "rp": "IDR", "tk": "BDT",
    # the codes of currencies whose sign or letters are read ("₦", "KSh", "₪", "Tk"), and
    # of their neighbours in African and South Asian copy: in capitals before the amount
    "ngn": "NGN", "kes": "KES", "ghs": "GHS", "egp": "EGP", "ugx": "UGX", "tzs": "TZS",
    "uah": "UAH", "ils": "ILS", "pkr": "PKR", "lkr": "LKR", "bdt": "BDT", "npr": "NPR",
}
#: Currency written after the amount (codes and words).
CURRENCY_SUFFIXES = {
    "usd": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "dollars": "USD", "dollar": "USD", "dlrs": "USD", "dlr": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "singapore dollars": "SGD", "singapore dollar": "SGD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "new zealand dollars": "NZD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "dong": "VND", "vnd": "VND",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "won": "KRW", "krw": "KRW",
    "baht": "THB", "thb": "THB", "ringgit": "MYR", "myr": "MYR", "rupiah": "IDR", "idr": "IDR",
    "pesos": "MXN", "peso": "MXN", "swiss francs": "CHF", "swiss franc": "CHF",
    "francs": "CHF", "franc": "CHF", "chf": "CHF", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "rub": "RUB", "reais": "BRL", "real": "BRL", "brl": "BRL",
    "rand": "ZAR", "zar": "ZAR", "kip": "LAK", "riel": "KHR", "kyat": "MMK",
    "aud": "AUD", "cad": "CAD", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD", "twd": "TWD",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "zloty": "PLN",
    "norwegian kroner": "NOK", "norwegian krone": "NOK", "danish kroner": "DKK", "danish krone": "DKK",
    "swedish kronor": "SEK", "swedish krona": "SEK", "kronor": "SEK", "krona": "SEK",
    "kroner": "NOK", "krone": "NOK",  # the country named before decides (money.rules._krone)
    "lira": "TRY", "aed": "AED", "dirhams": "AED", "sar": "SAR", "riyals": "SAR",
    "turkish lira": "TRY", "chinese yuan": "CNY", "japanese yen": "JPY",
    "indian rupees": "INR", "pakistani rupees": "PKR", "finnish markka": "FIM",
    "finnish markkaa": "FIM", "markkaa": "FIM", "pesetas": "ESP", "peseta": "ESP",
    "dutch guilders": "NLG", "guilders": "NLG", "guilder": "NLG", "french francs": "FRF",
    "belgian francs": "BEF", "deutsche marks": "DEM", "d-marks": "DEM",
    "bitcoins": "BTC", "bitcoin": "BTC", "btc": "BTC", "satoshis": "BTC", "satoshi": "BTC",
    "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP",
    # a currency's cents named with its country, as exchange rates are quoted ("the New
    # Zealand dollar fell to 59.4 US cents", "72 Australian cents", "80 euro cents")
    "us cents": "USD", "us cent": "USD", "u.s. cents": "USD", "u.s. cent": "USD",
    "australian cents": "AUD", "australian cent": "AUD", "canadian cents": "CAD", "canadian cent": "CAD",
    "euro cents": "EUR", "euro cent": "EUR",
    "musd": "USD", "meur": "EUR", "mgbp": "GBP", "maud": "AUD", "mcad": "CAD", "msek": "SEK",
    "mnok": "NOK", "mdkk": "DKK", "ரூ": "LKR",
    "us$": "USD", "hk$": "HKD", "nz$": "NZD", "au$": "AUD", "ca$": "CAD",
    "a$": "AUD", "c$": "CAD", "s$": "SGD", "nt$": "TWD", "r$": "BRL",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₡": "CRC", "₾": "GEL",
    "₭": "LAK", "₿": "BTC", "₫": "VND", "₹": "INR", "₩": "KRW", "₱": "PHP", "₽": "RUB",
    "₺": "TRY", "฿": "THB", "₦": "NGN", "₴": "UAH", "₪": "ILS",
    "naira": "NGN", "ngn": "NGN", "kenyan shillings": "KES", "kenyan shilling": "KES", "kes": "KES",
    "ugandan shillings": "UGX", "ugx": "UGX", "tanzanian shillings": "TZS", "tzs": "TZS",
    "cedis": "GHS", "cedi": "GHS", "ghs": "GHS", "egyptian pounds": "EGP", "egp": "EGP",
    "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH", "shekels": "ILS", "shekel": "ILS",
    "ils": "ILS", "pkr": "PKR", "sri lankan rupees": "LKR", "lkr": "LKR", "taka": "BDT",
    "bdt": "BDT", "nepalese rupees": "NPR", "npr": "NPR",
}
#: Currency words worth a fraction or a multiple of the main unit ("50 cents" is 0.5 USD).
CURRENCY_FACTORS = {
    "cents": 0.01, "cent": 0.01, "pence": 0.01, "penny": 0.01, "pennies": 0.01,
    "us cents": 0.01, "us cent": 0.01, "u.s. cents": 0.01, "u.s. cent": 0.01, "australian cents": 0.01,
    "australian cent": 0.01, "canadian cents": 0.01, "canadian cent": 0.01, "euro cents": 0.01, "euro cent": 0.01,
    "satoshis": 1e-8, "satoshi": 1e-8,
    "musd": 1e6, "meur": 1e6, "mgbp": 1e6, "maud": 1e6, "mcad": 1e6, "msek": 1e6, "mnok": 1e6,
    "mdkk": 1e6,
}
#: Codes that are no English word (nor a name like PHP): read in lower case too ("rmb 10").
#: Signs of a currency written in mixed case, as the press of its country writes them
#: ("RM2.5 billion" in Malaysia, "KSh 2 billion" in Kenya, "Dh5 million" in the Gulf, "Rp10
#: trillion", "Tk500 crore"): only in that very case, since "dh", "tk" or "Rm" are other things.
MIXED_CASE_SIGNS = {"rm": "RM", "ksh": "KSh", "dh": "Dh", "dhs": "Dhs", "rp": "Rp", "tk": "Tk"}
CODES_ANY_CASE = frozenset(
    "usd eur gbp jpy cny rmb vnd inr krw aud chf hkd sgd nzd thb idr myr brl mxn zar sek "
    "nok dkk pln aed twd khr mmk".split())
#: Currency words that may stand before an amount with a scale ("dollar 22.5 million",
#: "rupees 500 crore"); without a scale they are too often something else ("the euro 2").
CURRENCY_WORDS_BEFORE = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "us dollar": "USD", "euros": "EUR",
    "euro": "EUR", "pounds": "GBP", "rupees": "INR", "yen": "JPY", "yuan": "CNY",
}

#: Qualifier phrases written before a figure, and what they mean.
QUALIFIERS_BEFORE = {
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "approx.": "approx", "approx": "approx", "circa": "approx",
    "c.": "approx", "ca.": "approx", "an estimated": "approx", "estimated": "approx", "near": "approx",
    "close to": "below", "nearly": "below", "almost": "below", "under": "below",
    "less than": "below", "fewer than": "below", "just under": "below", "below": "below",
    "lower than": "below", "short of": "below", "just short of": "below", "just shy of": "below", "shy of": "below",
    "a shade under": "below", "a shade over": "above", "a shade below": "below", "a shade above": "above",
    "not quite": "below", "over": "above", "more than": "above", "surpassing": "above",
    "exceeding": "above", "above": "above", "greater than": "above", "higher than": "above",
    "larger than": "above", "bigger than": "above", "just over": "above",
    "well over": "above", "well above": "above", "in excess of": "above",
    "upwards of": "above", "topping": "above", "beyond": "above", "exceeded": "above",
    "surpassed": "above", "topped": "above", "at least": "at_least",
    "no less than": "at_least", "not less than": "at_least", "no fewer than": "at_least",
    "a minimum of": "at_least", "minimum of": "at_least", "as many as": "at_most",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "maximum of": "at_most",
    "as much as": "at_most", "less than or equal to": "at_most",
    "more than or equal to": "at_least", "greater than or equal to": "at_least",
    "exceed": "above", "exceeds": "above", "surpass": "above", "surpasses": "above",
    "higher or equal than": "at_least", "bigger or equal than": "at_least",
    "greater or equal than": "at_least", "larger or equal than": "at_least",
    "more or equal than": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "equal to or higher than": "at_least",
    "at least or equal to": "at_least", "no lower than": "at_least",
    "lower or equal than": "at_most", "smaller or equal than": "at_most",
    "less or equal than": "at_most", "fewer or equal than": "at_most",
    "equal to or less than": "at_most", "equal to or lower than": "at_most",
    "equal to or fewer than": "at_most", "at most or equal to": "at_most",
    "smaller than": "below", "no higher than": "at_most",
    "less than or equal": "at_most", "smaller than or equal to": "at_most",
    "lower than or equal to": "at_most", "larger than or equal to": "at_least",
    "higher than or equal to": "at_least", "bigger than or equal to": "at_least",
    ">=": "at_least", "≥": "at_least", "<=": "at_most", "≤": "at_most",
    "> =": "at_least", "< =": "at_most",
    ">": "above", "<": "below",
}
#: One-sided bounds written before a date or a year, and what they mean ("before 2010" is
#: below 2010, "since 2019" from 2019 on, "until June" up to the end of June).
DATE_BOUNDS_BEFORE = {
    "before": "below", "prior to": "below", "earlier than": "below", "not later than": "at_most",
    "no later than": "at_most", "after": "above", "later than": "above",
    "since": "at_least", "ever since": "at_least", "starting in": "at_least",
    "starting from": "at_least", "no earlier than": "at_least", "not earlier than": "at_least",
    "not before": "at_least", "until": "at_most", "till": "at_most", "up until": "at_most",
    "up till": "at_most", "through": "at_most", "as late as": "at_most", "by": "at_most",
    "starting": "at_least", "starting on": "at_least", "beginning": "at_least",
    "beginning on": "at_least", "beginning in": "at_least", "from as early as": "at_least",
    ">=": "at_least", "> =": "at_least", "\u2265": "at_least", "<=": "at_most", "< =": "at_most",
    "\u2264": "at_most", ">": "above", "<": "below",
    "on or before": "at_most", "on or after": "at_least", "in or before": "at_most",
    "in or after": "at_least",
}
#: One-sided bounds written after a date or a year ("2018 or later", "1/1/2016 and after").
DATE_BOUNDS_AFTER = {
    "or later": "at_least", "and later": "at_least", "or after": "at_least", "and after": "at_least",
    "onwards": "at_least", "onward": "at_least", "and beyond": "at_least", "or earlier": "at_most",
    "and earlier": "at_most", "or before": "at_most", "and before": "at_most",
}
#: "by" bounds only "the end of" a period ("by the end of 2025"): "the SDGs by 2030" names
#: the target year, and ledgers state it as `year: 2030`.
DATE_BOUND_ONLY_BEFORE_END = frozenset({"by"})
#: Qualifier phrases written after a figure.
QUALIFIERS_AFTER = {
    "or more": "at_least", "or above": "at_least", "or over": "at_least",
    "and above": "at_least", "and over": "at_least", "or higher": "at_least",
    "or less": "at_most", "or fewer": "at_most", "or below": "at_most",
    "or under": "at_most", "and below": "at_most", "and under": "at_most",
    "or so": "approx", "-plus": "above", "plus": "above", "+": "above",
    "and more": "at_least", "or greater": "at_least", "or greater than": "at_least",
    "or larger": "at_least", "or bigger": "at_least", "and up": "at_least",
    "or lower": "at_most", "or smaller": "at_most", "and less": "at_most",
    "and fewer": "at_most", "and older": "at_least", "or older": "at_least",
    "and younger": "at_most", "or younger": "at_most",
}
#: Written after a one-sided bound: "less than 5000 or equal" makes it inclusive.
OR_EQUAL_AFTER = ("or equal to", "or equal")

#: Words that give a change its direction, before the figure.
DIRECTIONS_BEFORE = {
    "up": "up", "rose": "up", "rise": "up", "rises": "up", "rising": "up", "risen": "up",
    "increased": "up", "increase": "up", "increases": "up", "increasing": "up",
    "grew": "up", "grow": "up", "grows": "up", "growing": "up", "grown": "up",
    "gained": "up", "gain": "up", "gains": "up", "jumped": "up", "jumps": "up",
    "climbed": "up", "climbs": "up", "soared": "up", "surged": "up", "expanded": "up",
    "down": "down", "fell": "down", "fall": "down", "falls": "down", "falling": "down",
    "fallen": "down", "decreased": "down", "decrease": "down", "decreases": "down",
    "declined": "down", "decline": "down", "declines": "down", "dropped": "down",
    "drop": "down", "drops": "down", "slid": "down", "slipped": "down", "plunged": "down",
    "shrank": "down", "contracted": "down", "lost": "down", "lower": "down",
    "higher": "up", "raised": "up", "raises": "up", "raise": "up", "lifted": "up",
    "hiked": "up", "added": "up", "cut": "down", "cuts": "down", "lowered": "down",
    "reduced": "down", "trimmed": "down", "shed": "down", "eased": "down",
    "dipped": "down", "dips": "down", "sank": "down", "sinks": "down", "slumped": "down",
    "slumps": "down", "tumbled": "down", "tumbles": "down", "plummeted": "down", "plunges": "down",
    "slides": "down", "slips": "down", "retreated": "down", "dived": "down", "declining": "down",
    "dropping": "down", "shrinks": "down", "shrinking": "down", "shrink": "down", "shrunk": "down",
    "advanced": "up", "rallied": "up", "leapt": "up", "leaped": "up", "spiked": "up",
    "rocketed": "up", "soars": "up", "soaring": "up", "surges": "up", "surging": "up",
    "gaining": "up", "climbing": "up", "jumping": "up", "rebounded": "up", "expands": "up",
    "expanding": "up",
    # a headline's present ("Shares jump 31% in debut", "Stocks slump 4%")
    "jump": "up", "soar": "up", "surge": "up", "leap": "up", "rally": "up", "rebound": "up",
    "slump": "down", "tumble": "down", "plunge": "down", "plummet": "down", "slide": "down", "slip": "down",
    "dip": "down", "sink": "down",
    # markets and currencies: "the rand weakened 1.2%", "the euro firmed 0.3%"
    "weakened": "down", "weakens": "down", "weakening": "down", "strengthened": "up",
    "strengthens": "up", "strengthening": "up", "firmed": "up", "softened": "down",
    "appreciated": "up", "depreciated": "down", "recovered": "up", "bounced": "up",
    "rebounds": "up", "crashed": "down", "skyrocketed": "up", "nosedived": "down",
    "boosted": "up", "slashed": "down", "upped": "up", "sagged": "down",
    "widened": "up", "narrowed": "down", "tumbling": "down", "plunging": "down",
    "sliding": "down", "sinking": "down", "slumping": "down",
    "raising": "up", "hiking": "up", "lifting": "up", "cutting": "down", "lowering": "down",
    "reducing": "down", "trimming": "down",
    # the other forms of those verbs: "the plan lowers taxes by 2%", "will reduce emissions
    # by 40%", "boost output by 5%", "slash costs by a third"
    "lowers": "down", "reduce": "down", "reduces": "down", "trim": "down", "trims": "down",
    "slash": "down", "slashes": "down", "slashing": "down", "boost": "up", "boosts": "up",
    "boosting": "up", "hike": "up", "hikes": "up", "lift": "up", "lifts": "up",
    "eases": "down", "easing": "down",
}
#: Nouns and comparatives after a percentage that give it a direction ("a 5% rise").
DIRECTIONS_AFTER = {
    "increase": "up", "rise": "up", "growth": "up", "gain": "up", "jump": "up",
    "hike": "up", "higher": "up", "more": "up", "up": "up", "surge": "up",
    "decrease": "down", "decline": "down", "drop": "down", "fall": "down",
    "reduction": "down", "cut": "down", "lower": "down", "less": "down", "down": "down",
    "contraction": "down", "slump": "down", "expansion": "up", "climb": "up", "dip": "down",
    "slide": "down", "plunge": "down",
    # comparatives, as "higher" and "less" are: "40% fewer deaths than", "a 12% smaller crop"
    "fewer": "down", "smaller": "down", "larger": "up", "bigger": "up",
}

PERCENT_SIGNS = ("%", "per cent", "percent", "pct", "per-cent")
PERCENTAGE_POINTS = ("percentage points", "percentage point", "pp", "ppt", "pts", "points")

#: Words that end a counted noun phrase: it is "150 heads", not "150 heads from".
NOUN_PHRASE_STOPS = frozenset("""
of from to in on at for with by as into onto across over under per than since during
including like among between through within without about against after before
the a an this that these those their its his her our your my who which whose whom
is are was were be been being have has had will would can could may might should
shall must do does did not no and or but nor so yet if while when where whereas
expected said says including each every all both either neither other another such
more less most least than then there here it they them we he she i you us one
up down out off again also only just even still very too already ago later earlier
back away ahead behind apiece together alone forward apart instead
""".split())
IRREGULAR_PLURALS = frozenset("""
people children men women staff personnel police cattle feet teeth mice geese
sheep fish deer aircraft troops media data crew youth
""".split())

#: The word before a period and how many periods it points forward from the publication
#: date ("next year" +1, "last month" -1). Each rule's pattern admits its own subset.
RELATIVE_SHIFTS = {
    "this": 0, "the current": 0, "current": 0,
    "next": 1, "the coming": 1, "coming": 1, "the following": 1, "following": 1, "upcoming": 1, "the upcoming": 1,
    "last": -1, "the past": -1, "the previous": -1, "previous": -1,
}
RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1, "tmrw": 1, "tmr": 1}
#: Texting abbreviations of "tomorrow" ("tmr" only in lower case: "TMR" is a name).
TOMORROW_ABBREVIATIONS = frozenset({"tmrw", "tmr"})
#: Seasons as the meteorological seasons of the northern hemisphere: first month, months.
#: Winter starts in December of its year ("winter 2024" is December 2024 to February 2025).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
#: Decades in words ("the seventies" is the 1970s; "the noughties" the 2000s). "the
#: twenties" alone is left out: 1920s or 2020s depends on the story.
DECADE_WORDS = {"thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90, "noughties": 0}


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so prefixes never win.

    A space inside a phrase matches any run of white space ("more\\nthan"): articles
    are re-wrapped freely. Read a match back with ``key``.
    """
    words = sorted(words, key=len, reverse=True)
    if not TRIE_ALTERNATIONS:
        return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words)
    return _trie(words)


#: Off only to check that the trie form matches what the flat form matched.
TRIE_ALTERNATIONS = True


def _trie(words: list) -> str:
    """``alternation`` as a trie: "d(?:ollars?|lrs)" for "dollars|dollar|dlrs". ``re``
    tries a flat alternation's words one after another at every place, a trie only the
    branch of the letters read; longer words still come first where one word is the
    start of another, so the same text matches."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in node.items() if ch]
        if "" in node:
            alts.append("")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        if alts[-1] == "" and len(alts) == 2:
            return "(?:%s)?" % alts[0]
        return "(?:%s)" % "|".join(alts)

    return build(root)


def key(matched: str) -> str:
    """A matched phrase as the lexicon spells it (one space between words)."""
    return " ".join(matched.split())


#: Words that number a part or a place ("Section 230", "Ward 6", "CATEGORY 3"): the
#: digits after them are a name, neither a count (count rules) nor, in capitals, a
#: numbered session (ordinal rules).
LABEL_WORDS = frozenset("""
section article chapter clause paragraph title schedule annex appendix part item rule
phase stage level tier grade round category type class form route highway ward court
platform gate terminal pier room floor block lot unit zone district exit no
turn hole
""".split())  # "no": "No. 10 Downing Street" (a rank "No. 1 seed" is the ordinal's); "Turn 7"
# is a circuit's corner, "Hole 17" a course's green


#: Label words that number a thing in lower case too ("type 2 diabetes", "phase 3 trials",
#: "stage 4 patients"): the digits after them are a name, no figure (the count rules read
#: nothing there; a failing claim says so, checker/engine.py).
LOWER_LABELS = frozenset("""type phase stage level category class tier section article chapter clause
paragraph annex appendix ward""".split())


#: Market indexes and lists named by a number ("the S&P 500", "FTSE 100", "the Russell
#: 2000", "a Fortune 500 company"): the name and the numbers it is known by. The digits
#: are part of the name, no figure; another number after the word stays one ("Nasdaq 3%").
INDEX_NAMES = {
    "s&p": (100, 400, 500, 600, 1500), "ftse": (100, 250, 350), "nasdaq": (100,),
    "russell": (1000, 2000, 3000), "nikkei": (225, 300), "stoxx": (50, 600), "cac": (40,),
    "dax": (30, 40), "asx": (200,), "nifty": (50,), "ibex": (35,), "kospi": (200,),
    "fortune": (100, 500, 1000), "forbes": (400,), "sensex": (30,), "topix": (100,),
    "mdax": (50,), "sdax": (70,), "aex": (25,), "bel": (20,), "smi": (20,), "omx": (30,),
    "tsx": (60,), "msci": (),
}

#: Acronyms of meetings numbered in sequence, read as a session number when a hyphen
#: joins them to it ("UNGA-79", "COP-28", "WHA-77", "INC-5"), as any acronym is with a
#: space ("UNGA 79"): the General Assembly, the climate and biodiversity conferences of
#: the parties and their meetings, the World Health Assembly, the Commission on the Status
#: of Women, the Human Rights Council, the UN Environment Assembly, the plastics treaty's
#: negotiating committee.
SESSION_ACRONYMS = frozenset("unga cop cmp cma wha csw hrc unea inc".split())
