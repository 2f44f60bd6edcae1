"""Check a composed claims file (format version 1) and build its ClaimSet.

Editors write these files by hand, so every mistake is collected (never just the first),
placed at the node it concerns, and worded with the fix: the allowed keys, the closest
spelling, the expected type. Articles are read here too, because a figure such as
"October 25" only makes sense with its article's date.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import importlib
import math
import os
import re
from dataclasses import dataclass, field
from typing import Optional

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import locale as _locale
from ..errors import FigureError, Problem, did_you_mean
from ..model import (CLAIM_KINDS, DRIFT_POLICIES, MENTION_KINDS, Article, Claim, ClaimSet, Mention,
                     Position, Tolerance, VersionFigure)
from ..text.source import ArticleError, read_article
from .fastyaml import FlowLine
from .loader import (Document, describe, display_path, entries, is_null, outside, position,
                     repository, scalar_value, value_column)

FORMAT_VERSION = 1
TOP_KEYS = ("version", "drift", "articles", "claims")
ARTICLE_KEYS = ("path", "published", "previous", "country", "dollar", "numeric_dates")
CLAIM_KEYS = ("id", "article", "about") + CLAIM_KINDS + ("tolerance", "ignore", "drift", "note")
FIGURE_KINDS = MENTION_KINDS
PHRASE_KINDS = ("text", "absent")
NUMERIC_KINDS = ("count", "number", "percent", "money", "duration")
IGNORE_OPTIONS = ("case", "diacritics")
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*\Z")
_STR = "tag:yaml.org,2002:str"
#: The tuples above as sets, for the membership tests made on every key of every claim.
_SETS = {names: frozenset(names) for names in (TOP_KEYS, ARTICLE_KEYS, CLAIM_KEYS)}
_CLAIM_KINDS = frozenset(CLAIM_KINDS)
_FIGURE_KINDS = frozenset(FIGURE_KINDS)
#: Kinds whose figures read alike whatever the publication date.
_UNDATED_KINDS = frozenset(("count", "number", "percent", "money", "ordinal", "duration"))
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
#: A letter or digit: what an 'about' phrase locates a sentence by (punctuation between
#: its words never matters, so a phrase of punctuation alone matches nowhere).
_WORD = re.compile(r"\w")


def _no_word(phrase: str) -> str:
    return (f"'about' phrase {phrase!r} has no word to locate a sentence by (punctuation in "
            "'about' is ignored); give words of the sentence, or use a 'text' claim for the "
            "characters themselves")


_PERCENT = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*\Z")
_EXAMPLES = {
    "count": "nearly 1500", "number": "1,500", "percent": "up 22%",
    "money": "nearly 88 billion USD", "date": "2024-09-20", "dates": "2024-09-22..2024-09-24",
    "year": "2025", "years": "2021-2025", "ordinal": "79", "duration": "30 years",
    "text": "Lương Cường", "absent": "To Lam",
}


def _filled(cls):
    """A quicker constructor for the frozen dataclass ``cls``, taking every field by name.

    A frozen dataclass's __init__ sets each field through object.__setattr__: 3.6 µs for a
    Claim, a tenth of loading a big ledger. Filling the instance's __dict__ in one step
    makes the same object; ``cls`` itself is used whenever that might not hold (a
    __post_init__, slots, a field left out of __init__, a field not given)."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__") \
            or not all(f.init for f in fields):
        return cls
    count, new = len(fields), object.__new__

    def make(**values):
        if len(values) != count:
            return cls(**values)
        made = new(cls)
        made.__dict__.update(values)
        return made
    return make


_claim = _filled(Claim)
_position = _filled(Position)
_new, _set = object.__new__, object.__setattr__


def _fill(cls, values: dict):
    """An instance of the frozen dataclass ``cls`` made from ``values``, every field in
    order, which becomes its ``__dict__`` (for the classes ``_filled`` fills)."""
    made = _new(cls)
    _set(made, "__dict__", values)
    return made


#: Whether ``_Builder.quick_claim`` reads the claims it can (tests turn it off to compare
#: with ``claim``); it makes its Claims and Positions with ``_fill``.
QUICK_CLAIMS = _claim is not Claim and _position is not Position
_DECLINE = object()
#: The keys of a claim's common shape besides its figure's, whose values are strings.
_QUICK_KEYS = frozenset(("id", "article", "about"))


@dataclass
class _ArticleDraft:
    """What we learnt about one article, valid or not, so claims can refer to it."""

    name: str
    key: Node
    path: Optional[str] = None
    path_node: Optional[Node] = None
    published: Optional[_dt.date] = None
    previous: Optional[str] = None
    previous_node: Optional[Node] = None
    text: Optional[str] = None
    usable: bool = True          # False once anything about it is wrong
    reference: Optional[_dt.date] = field(default=None)
    locale: _locale.Locale = _locale.DEFAULT   # country, dollar, numeric_dates


def build_claim_set(doc: Document, folder: str,
                    allow_outside: bool = False) -> tuple[ClaimSet, list[Problem]]:
    """Validate ``doc`` and build its ClaimSet; article paths resolve against ``folder``
    and must stay inside its repository (``repository``) unless ``allow_outside``."""
    return _Builder(doc, folder, allow_outside).build()


class _Builder:
    def __init__(self, doc: Document, folder: str, allow_outside: bool = False):
        self.doc = doc
        self.folder = folder
        self.allow_outside = allow_outside
        self.repository: Optional[str] = None   # found when the first article is read
        self.problems: list[Problem] = []
        self.drafts: dict[str, _ArticleDraft] = {}
        self.figures: dict[tuple, Mention] = {}
        self.parse_figure = None       # checker.extraction's, imported when first needed
        self.drift_policy = "fail"     # the file's top-level 'drift:', for claims without one

    # -- helpers ---------------------------------------------------------------------
    def problem(self, where: Node | tuple[int, int], message: str) -> None:
        line, column = position(where) if isinstance(where, Node) else where
        self.problems.append(Problem(self.doc.path, line, column, message))

    def pos(self, node: Node) -> Position:
        line, column = position(node)
        return _position(path=self.doc.path, line=line, column=column)

    def wrong_type(self, key: str, expected: str, node: Node) -> None:
        if is_null(node):
            self.problem(node, f"'{key}' is empty: expected {expected}")
        else:
            self.problem(node, f"'{key}' must be {expected}, not {describe(node)}")

    def unknown_keys(self, node: MappingNode, allowed: tuple[str, ...], where: str,
                     items: Optional[list] = None) -> set[str]:
        """Report keys not in ``allowed``; return the keys we suggested instead.
        ``items``: ``entries(node)`` when the caller has them already."""
        suggested: set[str] = set()
        known = _SETS.get(allowed) or allowed
        prev_value = None
        listed = list(items if items is not None else entries(node))
        cut_from: Optional[Node] = None   # the value a comma cut, while its pieces go on
        for n, (name, key, value) in enumerate(listed):
            before, prev_value = prev_value, value
            if name in known:
                cut_from = None
                continue
            if not isinstance(key, ScalarNode):
                self.problem(key, f"a key in {where} must be a name, not {describe(key)}")
                continue
            if name[:1].isdigit() and getattr(node, "flow_style", False):
                if cut_from is not None and is_null(before):
                    continue  # "August 1, 2025 to July 31, 2027": one figure, reported once
                cut_from = before if isinstance(before, ScalarNode) and before.value else None
                last = key
                for later_name, later_key, later_value in listed[n + 1:]:
                    if not (is_null(listed[n][2]) and later_name[:1].isdigit() and later_name not in known):
                        break
                    last, n = later_key, n + 1
                split = self._cut_wording(cut_from, key, last, name)
                self.problem(key, f"unknown key '{name}' in {where}: in a {{...}} mapping a comma separates "
                                  f"entries, so '{split}' was cut in two; quote it (\"{split}\")")
                continue
            cut_from = None
            if name == "<<" and key.tag != "tag:yaml.org,2002:str":    # a YAML merge key
                self.problem(key, f"YAML merge keys ('<<: *anchor') are not read in {where}: "
                                  "write its keys out (an alias for a single value, such as "
                                  "'about: *words', is fine)")
                continue
            close = did_you_mean(name, allowed)
            if close:
                suggested.add(close)
                self.problem(key, f"unknown key '{name}' in {where} (did you mean '{close}'?)")
            else:
                self.problem(key, f"unknown key '{name}' in {where} (allowed: {', '.join(allowed)})")
        return suggested

    def _cut_wording(self, before: Optional[Node], first: Node, last: Node, name: str) -> str:
        """The figure as the file writes it, from the value a comma cut to its last piece
        ("August 1, 2025 to July 31, 2027"), read from the file's own line."""
        if before is None:
            return f"…,{name}"
        (line, col), (last_line, last_col) = position(before), position(last)
        lines = self.doc.text.splitlines()
        if line != last_line or not 0 < line <= len(lines):
            return f"{before.value},{name}"
        text = lines[line - 1]
        end = last_col - 1 + len(str(last.value))
        wording = text[col - 1:end]
        return wording if wording.startswith(str(before.value)) else f"{before.value},{name}"

    @staticmethod
    def name_of(node: Node) -> Optional[str]:
        """A name as written (ids and article names may look like numbers or dates)."""
        if node.tag == _STR:  # the common case, and never null
            return node.value if node.value.strip() else None
        if isinstance(node, ScalarNode) and not is_null(node) and node.value.strip():
            return node.value
        return None

    @staticmethod
    def phrase(node: Node) -> Optional[str]:
        """A scalar read as words: its source text, except that YAML dates become ISO."""
        if node.tag == _STR:  # the common case
            return node.value
        if not isinstance(node, ScalarNode):
            return None
        value = scalar_value(node)
        if value is None:
            return None
        if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
            return value.isoformat()
        return value if isinstance(value, str) else node.value

    # -- the file --------------------------------------------------------------------
    def build(self) -> tuple[ClaimSet, list[Problem]]:
        result = ClaimSet(path=self.doc.path)
        root = self.doc.root
        if root is None or is_null(root):
            self.problem((1, 1), "empty claims file: expected a mapping with 'articles' and 'claims'")
            return result, self.problems
        if not isinstance(root, MappingNode):
            self.problem(root, "a claims file must be a mapping with 'articles' and 'claims', "
                               f"not {describe(root)}")
            return result, self.problems
        suggested = self.unknown_keys(root, TOP_KEYS, "the claims file")
        top = {name: (key, value) for name, key, value in entries(root)}
        if "version" in top:
            self.version(top["version"][1])
        if "drift" in top:
            self.drift_policy = self.policy(top["drift"][1]) or "fail"
        for name, what in (("articles", "a mapping of article names to articles"),
                           ("claims", "a list of claims")):
            if name not in top and name not in suggested:
                self.problem(root, f"missing key '{name}' ({what})")
        if "articles" in top:
            self.articles(top["articles"][1])
        result.articles = self.finish_articles()
        result.texts = {d.name: d.text for d in self.drafts.values()
                        if d.text is not None and d.name in result.articles}
        if "claims" in top:
            result.claims = self.claims(top["claims"][1])
        return result, self.problems

    def version(self, node: Node) -> None:
        value = scalar_value(node) if isinstance(node, ScalarNode) else None
        if isinstance(value, int) and not isinstance(value, bool):
            if value != FORMAT_VERSION:
                self.problem(node, f"unsupported claims format version {value}: "
                                   f"this factlock reads version {FORMAT_VERSION}")
        else:
            self.wrong_type("version", f"the number {FORMAT_VERSION}", node)

    def policy(self, node: Node) -> Optional[str]:
        """A drift policy, 'fail' or 'warn'; None when wrong (reported)."""
        word = self.phrase(node)
        if word in DRIFT_POLICIES:
            return word
        if word is None:
            self.wrong_type("drift", "fail or warn", node)
        else:
            close = did_you_mean(word, DRIFT_POLICIES)
            hint = f"did you mean '{close}'?" if close else "allowed: fail, warn"
            self.problem(node, f"unknown drift policy '{word}' ({hint})")
        return None

    def chain(self, name: str) -> list[str]:
        """Every version of the story ``name`` belongs to (linked by 'previous'), in file order."""
        group = {name}
        grew = True
        while grew:
            grew = False
            for draft in self.drafts.values():
                linked = draft.name in group or draft.previous in group
                if linked and not {draft.name, draft.previous} - {None} <= group:
                    group.update({draft.name, draft.previous} - {None})
                    grew = True
        return [n for n in self.drafts if n in group]

    # -- articles --------------------------------------------------------------------
    def articles(self, node: Node) -> None:
        if not isinstance(node, MappingNode):
            self.wrong_type("articles", "a mapping of article names to articles", node)
            return
        if not node.value:
            self.problem(node, "'articles' is empty: name at least one article")
        for _, key, value in entries(node):
            name = self.name_of(key)
            if name is None:
                self.problem(key, f"an article name must be a word, not {describe(key)}")
                continue
            draft = self.drafts[name] = _ArticleDraft(name, key)
            self.article(draft, value)

    def article(self, draft: _ArticleDraft, node: Node) -> None:
        where = f"article '{draft.name}'"
        if not isinstance(node, MappingNode):
            hint = " (write 'path: <file>' under it)" if isinstance(node, ScalarNode) else ""
            if is_null(node):
                self.problem(draft.key, f"{where} is empty: give at least its 'path'")
            else:
                self.problem(node, f"{where} must be a mapping with 'path', not {describe(node)}{hint}")
            draft.usable = False
            return
        suggested = self.unknown_keys(node, ARTICLE_KEYS, where)
        keys = {name: value for name, _, value in entries(node)}
        if "path" in keys:
            self.article_path(draft, keys["path"])
        else:
            draft.usable = False
            if "path" not in suggested:
                self.problem(draft.key, f"{where} has no 'path' (the article file, relative to "
                                        "the claims file's folder)")
        if "published" in keys:
            draft.published = self.date(keys["published"], "published")
            if draft.published is None:
                draft.usable = False
        if "previous" in keys:
            value = keys["previous"]
            draft.previous_node = value
            draft.previous = self.name_of(value)
            if draft.previous is None:
                self.wrong_type("previous", "the name of another article", value)
        if "country" in keys or "dollar" in keys or "numeric_dates" in keys:
            self.article_locale(draft, keys)

    def article_locale(self, draft: _ArticleDraft, keys: dict[str, Node]) -> None:
        """``country``, ``dollar``, ``numeric_dates``: how the article writes a bare "$"
        and numeric dates (checker.locale); each wrong value is reported at itself."""
        given: dict[str, Optional[str]] = {}
        for key, expected, read in (
                ("country", "a two-letter country code such as NZ", self.country),
                ("dollar", f"a currency code such as NZD ({', '.join(_locale.DOLLARS)})", self.dollar),
                ("numeric_dates", "day-first or month-first", self.numeric_dates)):
            if key not in keys:
                continue
            word = self.phrase(keys[key])
            if word is None or not word.strip():
                self.wrong_type(key, expected, keys[key])
                given[key] = None
            else:
                given[key] = read(word.strip(), keys[key])
        if None in given.values():
            draft.usable = False
        else:
            draft.locale = _locale.Locale(**given)

    def country(self, word: str, node: Node) -> Optional[str]:
        code = _locale.country_code(word)
        if code is None:
            close = did_you_mean(word.upper(), sorted(_locale.COUNTRIES))
            hint = f"did you mean '{close}'?" if close else "give its ISO 3166 two-letter code, such as NZ, AU, GB, KE"
            self.problem(node, f"unknown country '{word}' ({hint})")
        return code

    def dollar(self, word: str, node: Node) -> Optional[str]:
        code = word.upper()
        if code in _locale.DOLLARS:
            return code
        close = did_you_mean(code, _locale.DOLLARS)
        hint = f"did you mean '{close}'?" if close else f"allowed: {', '.join(_locale.DOLLARS)}"
        if close is None and len(code) == 3 and code.isalpha():  # "EUR": a currency, but no dollar
            self.problem(node, f"'dollar' names the currency a bare $ means, and '{word}' is not "
                               f"written $ ({hint})")
        else:
            self.problem(node, f"unknown currency '{word}' for a bare $ in 'dollar' ({hint})")
        return None

    def numeric_dates(self, word: str, node: Node) -> Optional[str]:
        if word in _locale.NUMERIC_DATES:
            return word
        close = did_you_mean(word.lower().replace("_", "-").replace(" ", "-"), _locale.NUMERIC_DATES)
        hint = f"did you mean '{close}'?" if close else f"allowed: {', '.join(_locale.NUMERIC_DATES)}"
        self.problem(node, f"unknown 'numeric_dates' order '{word}' ({hint})")
        return None

    def article_path(self, draft: _ArticleDraft, node: Node) -> None:
        path = self.phrase(node)
        if path is not None and not path.strip():
            self.problem(node, "'path' must not be empty: give the article file, relative to "
                               "the claims file's folder")
            draft.usable = False
            return
        if path is None:
            self.wrong_type("path", "the article's file name", node)
            draft.usable = False
            return
        draft.path, draft.path_node = path, node
        if "\x00" in path:
            self.problem(node, "'path' must not contain a NUL character")
            draft.usable = False
            return
        if not self.allow_outside:
            self.repository = self.repository or repository(self.folder)
            leads_to = outside(self.repository, self.resolve(path))
            if leads_to is not None:
                link = "" if leads_to == os.path.abspath(self.resolve(path)) else f" (it leads to {leads_to})"
                self.problem(node, f"article '{path}' is outside the repository "
                                   f"'{display_path(self.repository)}'{link}: factlock reads it "
                                   "only with --allow-outside")
                draft.usable = False
                return
        try:
            draft.text = read_article(self.resolve(path))
        except ArticleError as error:
            self.problem(node, f"cannot read article '{path}': {error}")
            draft.usable = False

    def resolve(self, path: str) -> str:
        """The article file: ``path`` from the claims file's folder. A backslash separates
        folders as on Windows (``articles\\a.txt``), so a ledger written there checks
        anywhere, unless a file is named with the backslash itself."""
        joined = os.path.normpath(os.path.join(self.folder, path))
        if "\\" in path and os.sep == "/" and not os.path.lexists(joined):
            return os.path.normpath(os.path.join(self.folder, path.replace("\\", "/")))
        return joined

    def date(self, node: Node, key: str) -> Optional[_dt.date]:
        value = scalar_value(node) if isinstance(node, ScalarNode) else None
        if isinstance(value, _dt.datetime):
            self.problem(node, f"'{key}' must be a date like 2024-09-20, without a time")
            return None
        if isinstance(value, _dt.date):
            return value
        if isinstance(value, str) and _ISO_DATE.match(value.strip()):
            try:
                return _dt.date.fromisoformat(value.strip())
            except ValueError as error:
                self.problem(node, f"'{value}' is not a valid date: {error}")
                return None
        if isinstance(value, str):
            self.problem(node, f"'{key}' must be a date like 2024-09-20, not '{value}'")
        else:
            self.wrong_type(key, "a date like 2024-09-20", node)
        return None

    def finish_articles(self) -> dict[str, Article]:
        """Check 'previous' links, find each article's reference date, build Articles."""
        names = list(self.drafts)
        for draft in self.drafts.values():
            if draft.previous is None or draft.previous_node is None:
                continue
            if draft.previous == draft.name:
                self.problem(draft.previous_node,
                             f"article '{draft.name}' cannot be a previous version of itself")
                draft.previous = None
            elif draft.previous not in self.drafts:
                close = did_you_mean(draft.previous, [n for n in names if n != draft.name])
                hint = f" (did you mean '{close}'?)" if close else f" (articles: {', '.join(names)})"
                self.problem(draft.previous_node, f"unknown article '{draft.previous}' in "
                                                  f"'previous' of article '{draft.name}'{hint}")
                draft.previous = None
        self.cycles()
        articles = {}
        for draft in self.drafts.values():
            if draft.text is not None:
                draft.reference = draft.published or _reference_date(draft.text)
            if draft.path is not None:
                articles[draft.name] = Article(
                    name=draft.name, path=draft.path, file=self.resolve(draft.path),
                    published=draft.published, previous=draft.previous, pos=self.pos(draft.key),
                    locale=draft.locale)
        return articles

    def cycles(self) -> None:
        reported: set[str] = set()
        for start in self.drafts:
            chain, name = [], start
            while name is not None and name not in chain and name not in reported:
                chain.append(name)
                name = self.drafts[name].previous
            if name is None or name in reported or name != start:
                continue
            loop = chain + [start]
            self.problem(self.drafts[start].previous_node,
                         f"articles form a cycle through 'previous': {' -> '.join(loop)}")
            reported.update(chain)
            for member in chain:
                self.drafts[member].previous = None

    # -- claims ----------------------------------------------------------------------
    def claims(self, node: Node) -> list[Claim]:
        if is_null(node):  # 'claims:' with nothing under it yet
            return []
        if not isinstance(node, SequenceNode):
            self.wrong_type("claims", "a list of claims (each line starting with '- ')", node)
            return []
        seen: dict[str, Node] = {}    # id -> its node, or its one-line claim's (same line)
        claims = []
        quick = self.quick_claim if QUICK_CLAIMS else None
        for index, item in enumerate(node.value, 1):
            claim = _DECLINE if quick is None else quick(item, seen)
            if claim is _DECLINE:
                claim = self.claim(item, index, seen)
            if claim is not None:
                claims.append(claim)
        return claims

    def quick_claim(self, node: Node, seen: dict[str, Node]):
        """``claim`` for the common shape, in fewer steps: a mapping of exactly 'id',
        'article', 'about' (one phrase or a list of them) and one figure, each a string
        (the figure any scalar), with nothing wrong but perhaps the figure's reading.
        Returns what ``claim`` returns, having recorded the same problems (a figure that
        does not read: its claim is None); ``_DECLINE``, having changed nothing, for
        anything else, which ``claim`` then reads. tests/test_claims_quick.py compares
        the two on generated ledgers."""
        if type(node) is FlowLine and node.unread:
            return self.quick_line(node, seen)
        if not isinstance(node, MappingNode) or len(node.value) != 4:
            return _DECLINE
        id_node = article_node = about_node = figure_node = kind = None
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or not isinstance(value, ScalarNode):
                if isinstance(key, ScalarNode) and key.value == "about" and isinstance(value, SequenceNode):
                    about_node = value
                    continue
                return _DECLINE
            name = key.value
            if name == "id":
                id_node = value
            elif name == "article":
                article_node = value
            elif name == "about":
                about_node = value
            elif name in _CLAIM_KINDS and kind is None:
                kind, figure_node = name, value
            else:
                return _DECLINE
        if id_node is None or article_node is None or about_node is None or kind is None:
            return _DECLINE    # a key twice (pyyaml's nodes keep both)
        claim_id, article = id_node.value, article_node.value
        if id_node.tag != _STR or article_node.tag != _STR or claim_id in seen \
                or not ID_PATTERN.match(claim_id) or article not in self.drafts:
            return _DECLINE
        if isinstance(about_node, ScalarNode):
            phrase = about_node.value
            if about_node.tag != _STR or not phrase.strip() or not _WORD.search(phrase):
                return _DECLINE
            about = (phrase,)
        else:
            about = []
            for item in about_node.value:
                if not isinstance(item, ScalarNode) or item.tag != _STR or not item.value.strip() \
                        or not _WORD.search(item.value):
                    return _DECLINE
                about.append(item.value)
            if not about:
                return _DECLINE
            about = tuple(about)
        figure = figure_node.value if figure_node.tag == _STR else self.phrase(figure_node)
        if figure is None or not figure.strip():
            return _DECLINE
        seen[claim_id] = id_node
        return self.quick_finish(node, claim_id, article, about, kind, figure, figure_node)

    def quick_line(self, node: FlowLine, seen: dict[str, Node]):
        """``quick_claim`` for a one-line flow mapping whose nodes are not made yet: read
        from its text, with only the figure's node made (for its problems); ``seen``
        keeps the line itself for the id (what it is asked for is the id's line)."""
        pairs = node.pairs()
        if len(pairs) != 4:
            return _DECLINE
        claim_id = article = phrase = kind = None
        for n, (name, text, tag) in enumerate(pairs):
            if tag != _STR and name in _QUICK_KEYS:
                return _DECLINE
            if name == "id":
                claim_id = text
            elif name == "article":
                article = text
            elif name == "about":
                phrase = text
            elif name in _CLAIM_KINDS and kind is None:
                kind, figure, at = name, text, n
            else:
                return _DECLINE
        if claim_id is None or article is None or phrase is None or kind is None:
            return _DECLINE    # cannot happen: a FlowLine repeats no key
        if claim_id in seen or not ID_PATTERN.match(claim_id) or article not in self.drafts \
                or not phrase.strip() or not _WORD.search(phrase):
            return _DECLINE
        figure_node = node.scalar(at)
        if pairs[at][2] != _STR:
            figure = self.phrase(figure_node)
        if figure is None or not figure.strip():
            return _DECLINE
        seen[claim_id] = node
        return self.quick_finish(node, claim_id, article, (phrase,), kind, figure, figure_node)

    def quick_finish(self, node: Node, claim_id: str, article: str, about: tuple[str, ...],
                     kind: str, figure: str, figure_node: Node):
        """The Claim ``quick_claim`` read (its id recorded as seen), or None where its
        figure does not read (a problem recorded)."""
        expected = None
        if kind in _FIGURE_KINDS:
            expected = self.expected(kind, figure, figure_node, article)
            if expected is False:
                return None
        line, column = position(node)
        path = self.doc.path
        figure_line, figure_column = position(figure_node)
        return _fill(Claim, {
            "id": claim_id, "article": article, "kind": kind, "figure": figure, "about": about,
            "expected": expected, "tolerance": None, "note": None, "ignore_case": False,
            "ignore_diacritics": False,
            "pos": _fill(Position, {"path": path, "line": line, "column": column}),
            "figure_pos": _fill(Position, {"path": path, "line": figure_line, "column": figure_column}),
            "figures": (), "drift": self.drift_policy})

    def claim(self, node: Node, index: int, seen: dict[str, Node]) -> Optional[Claim]:
        if not isinstance(node, MappingNode):
            self.problem(node, f"claim #{index} must be a mapping with id, about and a figure, "
                               f"not {describe(node)}")
            return None
        items = entries(node)
        keys = {name: (key, value) for name, key, value in items}
        start = position(node)  # a block mapping starts at its first key; a flow one at '{'
        ok = True

        claim_id = self.claim_id(keys.get("id"), seen)
        where = f"claim '{claim_id}'" if claim_id else f"claim #{index}"
        suggested = self.unknown_keys(node, CLAIM_KEYS, where, items)
        if "id" not in keys and "id" not in suggested:
            self.problem(start, f"{where} has no 'id'")
        if claim_id is None:
            ok = False

        kinds = [(name, key, value) for name, key, value in items if name in _CLAIM_KINDS]
        kind = kinds[0][0] if kinds else None
        if not kinds:
            ok = False
            if not suggested & set(CLAIM_KINDS):
                self.problem(start, f"{where} has no figure: give one of {', '.join(CLAIM_KINDS)}")
        elif len(kinds) > 1:
            ok = False
            named = " and ".join(f"'{name}'" for name, _, _ in kinds)
            self.problem(kinds[1][1], f"{where} has more than one figure ({named}): give exactly one")

        per_version = kind is not None and isinstance(kinds[0][2], MappingNode)
        if per_version and "article" not in keys:
            article = None       # the versions name it (below)
        else:
            article = self.claim_article(keys.get("article"), where, start, suggested)
            ok &= article is not None
        about = self.about(keys.get("about"))
        if about is None:
            ok = False
        elif not about and kind in _FIGURE_KINDS and "about" not in suggested:
            ok = False
            self.problem(start, f"{where} has no 'about': give the words that locate the "
                                f"{kind} in the article")
        tolerance = self.tolerance(keys.get("tolerance"), kind)
        ok &= tolerance is not False
        ignore = self.ignore(keys.get("ignore"), kind)
        ok &= ignore is not None
        drift = self.drift_policy
        if "drift" in keys:
            drift = self.policy(keys["drift"][1])
            ok &= drift is not None
        note = None
        if "note" in keys:
            note = self.phrase(keys["note"][1])
            if note is None:
                ok = False
                self.wrong_type("note", "a string", keys["note"][1])

        figure = expected = figure_node = None
        figures: tuple[VersionFigure, ...] = ()
        if per_version:
            versions = self.version_figures(kind, kinds[0][2], where, article,
                                            keys.get("article"), ok)
            if versions is None:
                return None
            figures = tuple(versions)
            article = article or figures[0].version
            mine = next((f for f in figures if f.version == article), figures[0])
            figure, expected, figure_node = mine.figure, mine.expected, None
            figure_pos = mine.pos
        elif kind is not None:
            figure_node = kinds[0][2]
            figure = self.figure_wording(kind, figure_node)
            ok &= figure is not None
        if not per_version and figure is not None and kind in _FIGURE_KINDS and article is not None:
            expected = self.expected(kind, figure, figure_node, article)
            ok &= expected is not False
            expected = expected or None
        elif not per_version and figure is not None and kind in _UNDATED_KINDS:
            # no usable article to date it by: a figure that reads alike on any date is
            # still read, so that every problem of the claim is reported at once
            self.parse(kind, figure, figure_node, None)
        if not ok:
            return None
        if not per_version:
            figure_pos = self.pos(figure_node)
        return _claim(
            id=claim_id, article=article, kind=kind, figure=figure, about=about,
            expected=expected, tolerance=tolerance or None, note=note,
            ignore_case="case" in ignore, ignore_diacritics="diacritics" in ignore,
            pos=_position(path=self.doc.path, line=start[0], column=start[1]),
            figure_pos=figure_pos, figures=figures, drift=drift)

    def expected(self, kind: str, figure: str, node: Node, article: str):
        """The figure parsed against ``article``'s date: a Mention, None when the article
        is unusable (already reported), False when the figure does not read (reported)."""
        draft = self.drafts.get(article)
        if draft is None or not draft.usable or draft.text is None:
            if kind in _UNDATED_KINDS:
                self.parse(kind, figure, node, None)  # reported if it does not read
            return None
        return self.parse(kind, figure, node, draft.reference, draft.locale) or False

    def version_figures(self, kind: str, node: MappingNode, where: str, article: Optional[str],
                        article_entry: Optional[tuple[Node, Node]],
                        ok: bool) -> Optional[list[VersionFigure]]:
        """``money: {unga-2024: ..., unga-2025: ...}``: one figure per version of one story.
        None when anything is wrong (reported)."""
        if not node.value:
            self.problem(node, f"'{kind}' is an empty mapping: give a figure per version, such as "
                               f"'<article>: {_EXAMPLES[kind]}'")
            return None
        names = list(self.drafts)
        figures: list[VersionFigure] = []
        chain: Optional[list[str]] = None
        for _, key, value in entries(node):
            name = self.name_of(key)
            if name is None or name not in self.drafts:
                shown = name if name is not None else describe(key)
                close = did_you_mean(name, names) if name else None
                hint = f" (did you mean '{close}'?)" if close else f" (articles: {', '.join(names)})"
                self.problem(key, f"unknown article '{shown}' in the '{kind}' of {where}: "
                                  f"per-version figures are keyed by article name{hint}")
                ok = False
                continue
            if chain is None:
                chain, first = self.chain(name), name
            elif name not in chain:
                self.problem(key, f"article '{name}' is not a version of '{first}' "
                                  f"in {where}: link them with 'previous' or make two claims")
                ok = False
                continue
            wording = self.figure_wording(kind, value)
            if wording is None:
                ok = False
                continue
            expected = None
            if kind in FIGURE_KINDS:
                expected = self.expected(kind, wording, value, name)
                if expected is False:
                    ok = False
                    continue
            figures.append(VersionFigure(name, wording, expected, self.pos(value)))
        if article is not None and chain is not None and article not in chain:
            self.problem(article_entry[1], f"'article' of {where} must be one of the versions "
                                           f"its figures name ({', '.join(chain)})")
            ok = False
        return figures if ok and figures else None

    def claim_id(self, entry: Optional[tuple[Node, Node]], seen: dict[str, Node]) -> Optional[str]:
        if entry is None:
            return None
        node = entry[1]
        claim_id = self.name_of(node)
        if claim_id is None:
            self.wrong_type("id", "a name such as trade-total", node)
            return None
        if not ID_PATTERN.match(claim_id):
            bad = next((ch for ch in claim_id if not ID_PATTERN.match("a" + ch)), None)
            if bad is None:     # only the first character is wrong: '-x', '.x'
                why = "it must start with an ASCII letter or digit"
            else:
                what = "a space" if bad == " " else repr(bad)
                why = (f"{what} is not allowed; use ASCII letters, digits and _ . : - "
                       "(starting with a letter or digit)")
            self.problem(node, f"invalid id '{claim_id}': {why}")
            return None
        if claim_id in seen:
            self.problem(node, f"duplicate id '{claim_id}' (first at line {position(seen[claim_id])[0]})")
            return None
        seen[claim_id] = node
        return claim_id

    def claim_article(self, entry: Optional[tuple[Node, Node]], where: str,
                      start: tuple[int, int], suggested: set[str]) -> Optional[str]:
        if entry is None:
            names = list(self.drafts)
            if len(names) == 1:
                return names[0]
            if names and "article" not in suggested:
                self.problem(start, f"{where} has no 'article': give one of {', '.join(names)}")
            return None
        node = entry[1]
        name = self.name_of(node)
        if name is None:
            self.wrong_type("article", "the name of an article", node)
            return None
        if name in self.drafts:
            return name
        names = list(self.drafts)
        if names:  # with no valid articles at all, that is already reported
            close = did_you_mean(name, names)
            hint = f" (did you mean '{close}'?)" if close else f" (articles: {', '.join(names)})"
            self.problem(node, f"unknown article '{name}' in {where}{hint}")
        return None

    def about(self, entry: Optional[tuple[Node, Node]]) -> Optional[tuple[str, ...]]:
        """The locating phrases; () when absent, None when wrong (already reported)."""
        if entry is None:
            return ()
        node = entry[1]
        expected = "a string or a list of strings"
        if isinstance(node, SequenceNode):
            if not node.value:
                self.problem(node, "'about' must not be an empty list: give at least one phrase")
                return None
            phrases = []
            for item in node.value:
                phrase = self.phrase(item)
                if phrase is None and not is_null(item):
                    self.problem(item, f"each phrase in 'about' must be a string, not {describe(item)}")
                    return None
                if phrase is None or not phrase.strip():
                    self.problem(item, "phrases in 'about' must not be empty")
                    return None
                if not _WORD.search(phrase):
                    self.problem(item, _no_word(phrase))
                    return None
                phrases.append(phrase)
            return tuple(phrases)
        phrase = self.phrase(node)
        if phrase is None:
            self.wrong_type("about", expected, node)
            return None
        if not phrase.strip():
            self.problem(node, "'about' must not be an empty string")
            return None
        if not _WORD.search(phrase):
            self.problem(node, _no_word(phrase))
            return None
        return (phrase,)

    def tolerance(self, entry: Optional[tuple[Node, Node]], kind: Optional[str]):
        """A Tolerance, None when not given, False when wrong (already reported)."""
        if entry is None:
            return None
        key, node = entry
        if kind is not None and kind not in NUMERIC_KINDS:
            self.problem(key, f"'tolerance' applies only to {_words(NUMERIC_KINDS)} claims, "
                              f"not to {_a(kind)} claim")
            return False
        value = scalar_value(node) if isinstance(node, ScalarNode) else None
        expected = "a number or a percentage such as 5%"
        if isinstance(value, str):
            match = _PERCENT.match(value)
            negative = _PERCENT.match(value.strip()[1:]) if value.strip().startswith("-") else None
            try:
                number = (float(match.group(1)) / 100 if match
                          else -float(negative.group(1)) / 100 if negative
                          else float(value.replace("_", "")))
            except ValueError:
                self.problem(node, f"'tolerance' must be {expected}, not '{value}'")
                return False
            relative = bool(match)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            number, relative = float(value), False
        else:
            self.wrong_type("tolerance", expected, node)
            return False
        if not math.isfinite(number):
            self.problem(node, f"'tolerance' must be a finite number, not {node.value}")
            return False
        if number < 0:
            self.problem(node, f"'tolerance' must not be negative ({node.value})")
            return False
        return Tolerance(relative=number) if relative else Tolerance(absolute=number)

    def ignore(self, entry: Optional[tuple[Node, Node]], kind: Optional[str]) -> Optional[set[str]]:
        """The ignore options; None when wrong (already reported)."""
        if entry is None:
            return set()
        key, node = entry
        if kind is not None and kind not in PHRASE_KINDS:
            self.problem(key, f"'ignore' applies only to text and absent claims, not to "
                              f"{_a(kind)} claim")
            return None
        items = node.value if isinstance(node, SequenceNode) else [node]
        options = set()
        for item in items:
            word = self.phrase(item)
            if word is None:
                self.wrong_type("ignore", "case, diacritics or a list of them", item)
                return None
            if word not in IGNORE_OPTIONS:
                close = did_you_mean(word, IGNORE_OPTIONS)
                hint = f"did you mean '{close}'?" if close else f"allowed: {', '.join(IGNORE_OPTIONS)}"
                self.problem(item, f"unknown 'ignore' option '{word}' ({hint})")
                return None
            options.add(word)
        return options

    def figure_wording(self, kind: str, node: Node) -> Optional[str]:
        wording = self.phrase(node)
        if wording is None and not is_null(node):
            self.problem(node, f"'{kind}' must be the figure as one line of words, such as "
                               f"'{_EXAMPLES[kind]}', or one per version, not {describe(node)}")
            return None
        if wording is None or not wording.strip():
            what = "phrase" if kind in PHRASE_KINDS else "figure"
            self.problem(node, f"'{kind}' is empty: give the {what}, such as '{_EXAMPLES[kind]}'")
            return None
        return wording

    def parse(self, kind: str, wording: str, node: Node, published: Optional[_dt.date],
              locale: _locale.Locale = _locale.DEFAULT) -> Optional[Mention]:
        key = (kind, wording, published, locale)
        known = self.figures.get(key)  # ledgers repeat figures; a Mention is immutable
        if known is not None:
            return known
        if self.parse_figure is None:
            self.parse_figure = importlib.import_module("checker.extraction").parse_figure
        try:
            # an article with no reading options reads as before (and an engine whose
            # parse_figure takes no locale still loads such files)
            known = self.figures[key] = self.parse_figure(kind, wording, published) \
                if locale == _locale.DEFAULT else self.parse_figure(kind, wording, published, locale)
            return known
        except FigureError as error:
            where = value_column(self.doc, node, error.offset) if isinstance(node, ScalarNode) \
                else position(node)
            message = str(error)
            if wording.strip() not in message:  # the engine may already name the wording
                message = f"'{wording}' is not {_a(kind)} figure: {message}"
            self.problem(where, message)
            return None


def _words(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _reference_date(text: str) -> Optional[_dt.date]:
    """The article's dateline, if the engine offers ``reference_date``."""
    try:
        find = getattr(importlib.import_module("checker.extraction"), "reference_date", None)
    except ImportError:
        return None
    if find is None:
        return None
    try:
        found = find(text)
    except NotImplementedError:
        return None
    return found if isinstance(found, _dt.date) else None
