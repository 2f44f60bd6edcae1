"""How an article writes what its figures leave unsaid: the currency of a bare "$"
(and of "dollars" and "cents"), the order of a numeric date ("12/05/2026"), and the
letters its country's press writes against an amount ("Sh500" in Kenya, "N500" in
Nigeria). An article of a claims file says so with ``country``, ``dollar`` and
``numeric_dates`` (docs/claims.md); ``checker.extract`` takes the same keywords.

Plain values only: the claims loader, the extraction engine and the public API import
this module, so it imports nothing of factlock.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

#: ISO 3166-1 alpha-2: every country code ``country`` accepts (``UK`` too, for ``GB``).
COUNTRIES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())
#: Codes editors write that are no ISO code, and the country they mean.
COUNTRY_ALIASES = {"UK": "GB"}

#: The currencies a bare "$" may stand for (``dollar``): the dollars and the peso whose
#: codes factlock reads, so that a claim can name them ("NZD 10.50", "NZ$10.50").
DOLLARS = ("USD", "AUD", "NZD", "CAD", "SGD", "HKD", "TWD", "MXN")
#: A country's own "$", where it is not the US dollar and factlock knows its code.
_DOLLAR_OF = {
    "AU": "AUD", "CX": "AUD", "CC": "AUD", "NF": "AUD", "KI": "AUD", "NR": "AUD", "TV": "AUD",
    "NZ": "NZD", "CK": "NZD", "NU": "NZD", "PN": "NZD", "TK": "NZD",
    "CA": "CAD", "SG": "SGD", "HK": "HKD", "TW": "TWD", "MX": "MXN",
}

NUMERIC_DATES = ("day-first", "month-first")
#: Countries whose press writes numeric dates month first ("05/12/2026" is May 12).
_MONTH_FIRST = frozenset("US AS GU MP PR VI UM FM MH PW PH".split())
#: Countries with no one order to assume: Canada writes both; these others write the
#: year first ("2026/05/12", read so anywhere) and rarely a day and month alone.
_NO_ORDER = frozenset("CA CN JP KR KP TW MN HU LT IR".split())

#: Letters a country's press writes against an amount (as written, case and all), and
#: the currency they mean there: "Sh500" in Kenya, "N1.2 trillion" in Nigeria. Elsewhere
#: they are other things ("N95", "Sh" for a name), so only an article of that country
#: reads them. ("KSh" and "₦" are read in any article.)
LOCAL_SIGNS = {
    "KE": {"Sh": "KES", "Ksh": "KES"},
    "UG": {"Sh": "UGX", "USh": "UGX"},
    "TZ": {"Sh": "TZS", "TSh": "TZS"},
    "NG": {"N": "NGN"},
}


@dataclass(frozen=True)
class Locale:
    """An article's reading options, as its claims file gives them (None: not given).

    ``country``: an ISO 3166 code, which sets the defaults of the other two and the
    country's own signs (``LOCAL_SIGNS``). ``dollar``: the ISO 4217 code a bare "$",
    "dollars" or "cents" means (one of ``DOLLARS``). ``numeric_dates``: "day-first" or
    "month-first"; without it (nor a country that sets it) the text decides, as always:
    day first where one of its numeric dates can only be read so ("13/05/2026") and none
    only month first. A day over 12 decides its own date whatever the option."""

    country: Optional[str] = None
    dollar: Optional[str] = None
    numeric_dates: Optional[str] = None

    @property
    def dollar_code(self) -> str:
        """What a bare "$" means: ``dollar``, else the country's, else USD."""
        return self.dollar or _DOLLAR_OF.get(self.country or "", "USD")

    @property
    def day_first(self) -> Optional[bool]:
        """True (day first), False (month first) or None (the text decides)."""
        order = self.numeric_dates
        if order is None and self.country is not None and self.country not in _NO_ORDER:
            order = "month-first" if self.country in _MONTH_FIRST else "day-first"
        return None if order is None else order == "day-first"

    @property
    def pence(self) -> bool:
        """Does the country write pence against the digits ("85p") as its own money?"""
        return self.country in _PENCE_COUNTRIES

    @property
    def signs(self) -> dict[str, str]:
        """The country's letters against an amount, as written -> ISO code."""
        return LOCAL_SIGNS.get(self.country or "", {})


#: Where "85p" is pence sterling (or its local pound's: Jersey, Guernsey, the Isle of Man
#: print their own notes at par with sterling, written GBP here).
_PENCE_COUNTRIES = frozenset({"GB", "JE", "GG", "IM"})


DEFAULT = Locale()


def country_code(word: str) -> Optional[str]:
    """The ISO code ``word`` names ("nz", "NZ", "UK"), or None."""
    code = word.strip().upper()
    code = COUNTRY_ALIASES.get(code, code)
    return code if code in COUNTRIES else None


def make(country: Optional[str] = None, dollar: Optional[str] = None,
         numeric_dates: Optional[str] = None) -> Locale:
    """A Locale from the keywords of ``checker.extract``; ValueError names a bad one."""
    if country is not None:
        code = country_code(country) if isinstance(country, str) else None
        if code is None:
            raise ValueError(f"country={country!r} is not an ISO 3166 country code such as 'NZ'")
        country = code
    if dollar is not None:
        if not isinstance(dollar, str) or dollar.strip().upper() not in DOLLARS:
            raise ValueError(f"dollar={dollar!r} is not a currency a bare $ means: "
                             f"one of {', '.join(DOLLARS)}")
        dollar = dollar.strip().upper()
    if numeric_dates is not None and numeric_dates not in NUMERIC_DATES:
        raise ValueError(f"numeric_dates={numeric_dates!r}: give 'day-first' or 'month-first'")
    return Locale(country, dollar, numeric_dates)
