"""Edit families beyond one claimed figure at a time, for tests/test_example_attacks.py.

``tests/example_edits.py`` edits each claimed figure on its own and rewrites whole
articles one neutral way at a time. These attack the bundled example (and, where cheap,
``tests/stories``) the way an unseen battery of systematic edits would:

- *compositions* of neutral edits applied together, in a seeded order (NFD, CRLF,
  re-wrapping at several widths, digits and words, "%" / "per cent" / "percent",
  thousands separators, dashes, quotes, no-break spaces, HTML and Markdown wrapping, a
  paragraph split, a sentence moved to another paragraph, paragraphs reordered);
- *every digit* of the articles changed one at a time, up and down;
- *word edits* over the whole text: months, scale words, qualifiers, directions,
  ordinal words, years moved by one, currencies, names respelt;
- *sentence edits*: a sentence holding a claimed figure deleted, or said again with
  another figure;
- *swaps*: two figures of one sentence exchanged, a figure moved to the next sentence.

Each edit is judged in memory (the claims file loaded once): ``judge(texts)``.
"""
from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple, Optional

import checker
from checker.claims import load_claims
from checker.engine import check_claim_set

import example_edits as E

# ------------------------------------------------------------------------ judging


@lru_cache(maxsize=None)
def claim_set():
    return load_claims(str(E.CLAIMS))


@lru_cache(maxsize=None)
def article_names() -> dict[str, str]:
    """Article path (as in E.ARTICLES) -> its name in claims.yaml."""
    out = {}
    for name, art in claim_set().articles.items():
        for rel in E.ARTICLES:
            if art.path.replace("\\", "/").endswith(rel):
                out[rel] = name
    return out


def judge(texts: dict[str, str]) -> dict[str, "checker.Result"]:
    """The example's results (by ``E.key``) with its articles read as ``texts``."""
    cs = claim_set()
    names = article_names()
    replaced = {**cs.texts, **{names[rel]: t for rel, t in texts.items()}}
    return {E.key(r): r for r in check_claim_set(dataclasses.replace(cs, texts=replaced))}


def failing(results) -> dict[str, "checker.Result"]:
    return {k: r for k, r in results.items() if r.status is not checker.Outcome.PASS}


def describe(results) -> str:
    return "; ".join(f"{k}: {r.status.value} found={r.found!r}" for k, r in failing(results).items()) \
        or "(all pass)"


def fold(wording: Optional[str]) -> str:
    """A found wording compared loosely: NFC, dashes and quotes folded, spaces collapsed,
    thousands separators and Markdown marks dropped."""
    if wording is None:
        return ""
    w = unicodedata.normalize("NFC", wording).replace("\u2013", "-").replace("\u2014", "-")
    w = E.straight_quotes(w).replace("*", "").replace("\u00a0", " ").replace("\u202f", " ")
    w = re.sub(r"(?<=\d)[, ](?=\d{3}\b)", "", w)
    return " ".join(w.split()).lower()


def names_token(result, token: str) -> bool:
    """Does the failing result name ``token``: in what it found (or, when ambiguous, one of
    its places found), or, for a token "msg:...", in its message ("text says down" for a direction after the figure, which
    the found wording does not cover)?"""
    if token.startswith("msg:"):
        return token[4:] in result.message
    return any(fold(token) in fold(r.found) for r in (result, *result.others))  # ambiguous: all its places


# ----------------------------------------------------------------------- one edit

class Attack(NamedTuple):
    """Edits of the example: each ``(article, start, end, new)`` replaces
    ``text[start:end]`` of that article (offsets into ``base``'s texts).

    ``expect``: "fail" (some claim must fail, and every failing one must name one of
    ``tokens``; no tokens: failing is enough), "pass" (a neutral edit: every claim must
    hold), or a tuple of claims that must fail (others may fail too, naming a token)."""

    family: str
    label: str
    edits: tuple
    tokens: tuple
    expect: object = "fail"
    base: str = "original"

    @property
    def case_id(self) -> str:
        rel, start, end, new = self.edits[0]
        return f"{self.family}:{self.base}:{rel[-8:-4]}@{start}:{self.label}"

    def apply(self, texts: Optional[dict[str, str]] = None) -> dict[str, str]:
        texts = dict(base_texts(self.base) if texts is None else texts)
        for rel in {e[0] for e in self.edits}:
            t = texts[rel]
            for _, start, end, new in sorted((e for e in self.edits if e[0] == rel), key=lambda e: -e[1]):
                t = t[:start] + new + t[end:]
            texts[rel] = t
        return texts


def verdict(attack: Attack, results) -> Optional[str]:
    """None when the results are as the attack expects; else what went wrong:
    "slipped" (no claim that must fail fails), "alarm" (a neutral edit broke a claim)
    or "unnamed" (a claim fails without naming one of the tokens)."""
    if attack.family == "move":
        return moved_verdict(attack, results)
    bad = failing(results)
    if any(_in_dateline(rel, start) for rel, start, _, _ in attack.edits):
        # the dateline dates the article: claims of dates without a year fail with their own
        # wording, now read in another year; the dateline's own claim names the edit
        base = {E.key(r): r.found for r in E.baseline()}
        bad = {k: r for k, r in bad.items() if r.found != base.get(k) or r.span is None}
    if attack.expect == "pass":
        return "alarm" if bad else None
    if attack.expect != "fail" and any(k not in bad for k in attack.expect):
        return "slipped"
    if not bad:
        return "slipped"
    if attack.tokens and any(not any(names_token(r, t) for t in attack.tokens) for r in bad.values()):
        return "unnamed"
    return None


def _in_dateline(rel: str, offset: int) -> bool:
    """Is ``offset`` inside the dateline that opens the 2025 article ("date 2025-09-20 HÀ NỘI —")?"""
    text = E.original_texts()[rel]
    return text.lstrip().startswith("date ") and offset < text.find("\u2014")


@lru_cache(maxsize=None)
def base_texts(base: str) -> dict[str, str]:
    """The texts an attack edits: "original", or "spelled-I-J" (``E.SPELLINGS[I]``
    written as its alternative J)."""
    if base == "original":
        return E.original_texts()
    _, i, j = base.split("-")
    return E.respell(E.original_texts(), lambda k, alternatives: alternatives[int(j)] if k == int(i) else None)


# ------------------------------------------------------------------- every digit

def _figure_around(text: str, i: int) -> tuple[int, int]:
    """The run of digits (with group commas) around position ``i``."""
    s, e = i, i + 1
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] == "," and text[s - 2:s - 1].isdigit()):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] == "," and text[e + 1:e + 2].isdigit()):
        e += 1
    return s, e


def _digit_edits(rel: str, text: str, start: int, end: int) -> Iterator[tuple[str, tuple, str]]:
    """(label, edit, token) for each digit of ``text[start:end]`` one up and one down."""
    for m in re.finditer(r"\d", text[start:end]):
        i, d = start + m.start(), int(m.group())
        for nd in sorted({(d + 1) % 10, (d + 9) % 10}):
            new_text = text[:i] + str(nd) + text[i + 1:]
            s, e = _figure_around(new_text, i)
            yield f"{text[s:e]}->{new_text[s:e]}", (rel, i, i + 1, str(nd)), new_text[s:e]


def digit_attacks() -> Iterator[Attack]:
    """Every digit of both articles, one at a time, one up and one down (9 <-> 0)."""
    for rel, text in E.original_texts().items():
        for label, edit, token in _digit_edits(rel, text, 0, len(text)):
            yield Attack("digit", label, (edit,), (token,))


# -------------------------------------------------------------------- word edits

MONTHS = E.MONTHS
#: qualifiers by meaning (docs/claims.md); a figure's qualifier turned to another
#: meaning must fail its claim, to a synonym keep it
QUALIFIERS = {
    "below": ["nearly", "almost", "close to", "just under", "under", "less than"],
    "above": ["surpassing", "more than", "over", "exceeding", "above"],
    "approx": ["about", "around", "roughly", "approximately"],
    "at_least": ["at least"],
    "at_most": ["up to"],
    "exact": ["exactly"],
}
_QUALIFIER_RE = re.compile(r"\b(%s)(?= (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a decade|fifty|sixteen))"
                           % "|".join(sorted((q for qs in QUALIFIERS.values() for q in qs), key=len, reverse=True)),
                           re.I)
DIRECTIONS = [("up", "down"), ("down", "up"), ("rose", "fell"), ("fell", "rose"), ("rising", "falling"),
              ("increase", "decrease"), ("rise", "fall"), ("growth", "decline")]
SCALES = ["thousand", "million", "billion", "trillion"]
SHORT_SCALES = {"bn": ["m", "tn"], "m": ["bn"], "tn": ["bn"]}
CURRENCIES = [("USD", ["EUR", "VND", "JPY"]), ("US$", ["A$", "S$", "HK$"]), ("U.S. dollars", ["euros"]),
              ("US dollars", ["euros", "yen"]), ("$", ["€", "£"])]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "thirteenth"]


def _case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def word_edits(rel: str, text: str, start: int, end: int) -> Iterator[tuple[str, tuple, str, str]]:
    """(label, edit, token, expect) for the words of ``text[start:end]`` that carry a
    figure's meaning: a month, a scale word, a qualifier (to another meaning: fail; to a
    synonym: pass; dropped: fail), a direction, an ordinal or number word, a year or a
    decade moved by one, a weekday, a currency."""
    chunk = text[start:end]

    def at(m, group=0):
        return start + m.start(group), start + m.end(group)

    for m in re.finditer(r"\b(%s)\b" % "|".join(MONTHS), chunk):
        k = MONTHS.index(m.group())
        for new in (MONTHS[(k + 1) % 12], MONTHS[k - 1]):
            yield f"month:{m.group()}->{new}", (rel, *at(m), new), new, "fail"
    for m in re.finditer(r"(?<=\d )(%s)\b|(?<=\d)(bn|m|tn)\b" % "|".join(SCALES), chunk):
        word = m.group(1) or m.group(2)
        news = [w for w in SCALES if w != word] if m.group(1) else SHORT_SCALES[word]
        for new in news:
            yield f"scale:{word}->{new}", (rel, *at(m), new), new, "fail"
    for m in _QUALIFIER_RE.finditer(chunk):
        old = m.group().lower()
        meaning = next(k for k, qs in QUALIFIERS.items() if old in qs)
        nxt = chunk[m.end():].split()[0]
        for k, qs in QUALIFIERS.items():
            for new in (qs if k == meaning else qs[:1]):
                if new != old:
                    token = (new, "msg:text says exactly") if k == "exact" else new  # outside the span
                    yield (f"qualifier:{old}->{new}", (rel, *at(m), _case(m.group(), new)), token,
                           "pass" if k == meaning else "fail")
        yield f"qualifier:{old}->(none)", (rel, start + m.start(), start + m.end() + 1, ""), nxt, "fail"
    for old, new in DIRECTIONS:
        for m in re.finditer(r"\b%s\b" % old, chunk):
            if re.search(r"\d", chunk[max(0, m.start() - 12):m.end() + 12]):
                way = "up" if new in ("up", "rose", "rising", "increase", "rise", "growth") else "down"
                yield f"direction:{old}->{new}", (rel, *at(m), new), (new, f"msg:text says {way}"), "fail"
    for m in re.finditer(r"\b(%s)\b" % "|".join(ORDINAL_WORDS), chunk, re.I):
        k = ORDINAL_WORDS.index(m.group().lower())
        new = _case(m.group(), ORDINAL_WORDS[k + 1] if k + 1 < len(ORDINAL_WORDS) else ORDINAL_WORDS[k - 1])
        yield f"ordinal:{m.group()}->{new}", (rel, *at(m), new), new, "fail"
    for m in re.finditer(r"\b(%s)\b" % "|".join(E.NUMBER_WORDS), chunk, re.I):
        if m.group().lower() in ORDINAL_WORDS or m.group().lower() in ("one", "dozen"):
            continue  # ordinals above; "one" is rarely a count ("One UN", "one of")
        new = _case(m.group(), E.NUMBER_WORDS[m.group().lower()])
        yield f"number:{m.group()}->{new}", (rel, *at(m), new), new, "fail"
    for m in re.finditer(r"(?<![\d-])(19\d\d|20\d\d)(?![\d-]\d\d-)('?s)?", chunk):
        y = int(m.group(1))
        decade = m.group(2) or ""
        for step in ((-10, 10) if decade else (-1, 1)):
            new = str(y + step)
            yield f"year:{y}{decade}->{new}{decade}", (rel, *at(m, 1), new), new, "fail"
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), chunk):
        k = WEEKDAYS.index(m.group())
        for new in (WEEKDAYS[(k + 1) % 7], WEEKDAYS[k - 1]):
            yield f"weekday:{m.group()}->{new}", (rel, *at(m), new), (new, "msg:the weekday differs"), "fail"
    for old, news in CURRENCIES:
        for m in re.finditer(r"(?<![\w$])%s(?!\w)" % re.escape(old), chunk):
            for new in news:
                yield f"currency:{old}->{new}", (rel, *at(m), new), new, "fail"


def word_attacks() -> Iterator[Attack]:
    """The words of both articles that carry a figure's meaning, edited one at a time."""
    for rel, text in E.original_texts().items():
        for label, edit, token, expect in word_edits(rel, text, 0, len(text)):
            yield Attack("word", label, (edit,), token if isinstance(token, tuple) else (token,), expect)


def spelled_attacks() -> Iterator[Attack]:
    """Each other wording of a covered figure (``E.SPELLINGS``), then one of its digits
    or meaning words edited: the claim must still fail naming the edit."""
    for i, (rel, old, alternatives) in enumerate(E.SPELLINGS):
        for j, alt in enumerate(alternatives):
            base = f"spelled-{i}-{j}"
            text = base_texts(base)[rel]
            start = text.find(alt)
            assert start >= 0, (rel, alt)
            end = start + len(alt)
            for label, edit, token in _digit_edits(rel, text, start, end):
                yield Attack("spelled", "digit:" + label, (edit,), (token,), "fail", base)
            for label, edit, token, expect in word_edits(rel, text, start, end):
                yield Attack("spelled", label, (edit,), token if isinstance(token, tuple) else (token,), expect, base)


# ------------------------------------------------------------------- names

def _respellings(name: str) -> Iterator[tuple[str, str]]:
    """(label, respelt name): the last letter of each word changed, two letters of the
    last word swapped, the diacritics dropped, a letter doubled."""
    words = name.split(" ")
    for k, w in enumerate(words):
        if len(w) > 1 and w[-1].isalpha():
            last = w[-1]
            base = unicodedata.normalize("NFD", last)[0]
            new = "a" if base.lower() == "z" else chr(ord(base.lower()) + 1)
            new = new.upper() if last.isupper() else new
            yield f"letter{k}", " ".join(words[:k] + [w[:-1] + new] + words[k + 1:])
    w = words[-1]
    if len(w) > 2:
        yield "swap", " ".join(words[:-1] + [w[0] + w[2] + w[1] + w[3:]])
        yield "double", " ".join(words[:-1] + [w + w[-1]])
    plain_name = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    plain_name = plain_name.replace("\u0110", "D").replace("\u0111", "d")
    if plain_name != name:
        yield "no-diacritics", plain_name


def name_attacks() -> Iterator[Attack]:
    """Each name or phrase a ``text`` claim holds, respelt, at every place it stands at
    once and at each place alone. A claim whose words ignore diacritics or case is not
    expected to fail on them."""
    texts = E.original_texts()
    cs = claim_set()
    seen = set()
    for claim in cs.claims:
        if claim.kind != "text":
            continue
        for version in claim.versions:
            phrase = claim.figure_for(version).figure
            rel = next(r for r, n in article_names().items() if n == version)
            if (rel, phrase) in seen:
                continue
            seen.add((rel, phrase))
            places = [m.span() for m in re.finditer(re.escape(phrase), texts[rel])]
            for label, new in _respellings(phrase):
                expect = "pass" if label == "no-diacritics" and claim.ignore_diacritics else "fail"
                yield Attack("name", f"{phrase}->{new}:all", tuple((rel, a, b, new) for a, b in places),
                             (new,), expect)
                if len(places) > 1:
                    for n, (a, b) in enumerate(places):
                        yield Attack("name", f"{phrase}->{new}:place{n}", ((rel, a, b, new),), (new,), expect)


# -------------------------------------------------------------------- sentences

def claimed_spans() -> list[tuple[str, str, int, int]]:
    """(result key, article, start, end) of every figure a passing claim found."""
    return [(E.key(r), E.article_of(r), r.span.start, r.span.end) for r in E.baseline()
            if r.span is not None and r.kind not in ("text", "absent")]


@lru_cache(maxsize=None)
def sentence_spans(rel: str) -> list[tuple[int, int]]:
    from checker.text.sentences import Sentences
    text = E.original_texts()[rel]
    s = Sentences(text)
    return list(zip(s.starts, s.ends))


def _sentence_of(rel: str, offset: int) -> tuple[int, int]:
    return next((a, b) for a, b in sentence_spans(rel) if a <= offset < b)


def sentence_attacks() -> Iterator[Attack]:
    """Each sentence holding a claimed figure deleted (its claims must fail: missing, not
    holding on another sentence by accident); or said again, at once after it and at the
    end of the article, with the claimed figure's last digit or number word changed
    (its claim must fail: ambiguous or a mismatch naming the new figure)."""
    texts = E.original_texts()
    by_sentence: dict[tuple[str, int, int], list] = {}
    for key_, rel, s, e in claimed_spans():
        by_sentence.setdefault((rel, *_sentence_of(rel, s)), []).append((key_, s, e))
    for (rel, a, b), claims in sorted(by_sentence.items()):
        text = texts[rel]
        # in another version a claim whose words find nothing is not checked (docs/versions.md)
        keys = tuple(sorted({k for k, _, _ in claims if "@" not in k}))
        if keys:
            yield Attack("sentence", f"deleted:{text[a:a + 30]}", ((rel, a, b, ""),), (), keys)
        for key_, s, e in claims:
            muts = E.mutations_of_wording(rel, s, text[s:e])
            muts = [m for m in muts if m[0] in ("digit", "number-word", "month")]
            if not muts:
                continue
            _, edit, token = muts[0]
            changed = text[a:edit.start] + edit.new + text[edit.end:b]
            yield Attack("sentence", f"said-again-after:{key_}:{token}", ((rel, b, b, " " + changed),),
                         (token,), (key_,))
            yield Attack("sentence", f"said-again-at-end:{key_}:{token}",
                         ((rel, len(text), len(text), "\n\n" + changed + "\n"),), (token,), (key_,))


# ------------------------------------------------------------------------ swaps

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w,]\d)")
#: kinds whose figures an editor may swap with each other ("88 billion USD, up 22%")
_QUANTITIES = {"count", "number", "money", "percent", "duration"}


@lru_cache(maxsize=None)
def _mentions(rel: str) -> tuple:
    cs = claim_set()
    name = article_names()[rel]
    return tuple(checker.extract(E.original_texts()[rel], cs.articles[name].published))


def _kind_at(rel: str, offset: int) -> Optional[str]:
    return next((m.kind for m in _mentions(rel) if m.start <= offset < m.end), None)


def _swappable(rel: str, a: int, b: int) -> bool:
    """Two numbers an editor might swap: of one figure ("September 22-24"), of two
    figures of one kind, or two quantities (money and a percentage). A dateline's date
    is no figure to swap."""
    ka, kb = _kind_at(rel, a), _kind_at(rel, b)
    if ka is None or kb is None:
        return False
    return ka == kb or ka in _QUANTITIES and kb in _QUANTITIES


def swap_attacks() -> Iterator[Attack]:
    """Two different numbers of one sentence exchanged ("nearly 22 billion USD, up 88%",
    "September 24-22", "(2023–2022)"): every claim on either must fail, each naming one
    of them as written now."""
    texts = E.original_texts()
    for rel, text in texts.items():
        dateline_end = text.find("\u2014") if "date 20" in text[:20] else -1
        for a, b in sentence_spans(rel):
            nums = [m for m in _NUMBER.finditer(text, max(a, dateline_end + 1), b)]
            for i, m in enumerate(nums):
                for n in nums[i + 1:]:
                    if m.group() == n.group() or not _swappable(rel, m.start(), n.start()):
                        continue
                    claims = tuple(sorted({k for k, r, s, e in claimed_spans() if r == rel and
                                           (s <= m.start() < e or s <= n.start() < e)}))
                    yield Attack("swap", f"{m.group()}<->{n.group()}",
                                 ((rel, m.start(), m.end(), n.group()), (rel, n.start(), n.end(), m.group())),
                                 (n.group(), m.group()), claims or "fail")


def move_attacks() -> Iterator[Attack]:
    """A claimed figure (with its qualifier and unit, not a count's noun, which may be
    the claim's words) taken out of its sentence and put at the end of the next one: its
    claim must not hold on it there (``moved_verdict``)."""
    texts = E.original_texts()
    for key_, rel, s, e in claimed_spans():
        text = texts[rel]
        a, b = _sentence_of(rel, s)
        nxt = [(c, d) for c, d in sentence_spans(rel) if c >= b]
        if not nxt or not re.search(r"\d", text[s:e]):
            continue
        c, d = nxt[0]
        end = d - 1 if text[d - 1] in ".!?" else d
        e = s + max(m.end() for m in re.finditer(r"\d+(?:st|nd|rd|th)?", text[s:e]))  # not a count's noun
        yield Attack("move", f"{key_}:{text[s:e]}",
                     ((rel, s, e, "a record level"), (rel, end, end, ", at " + text[s:e])), (), (key_,))


def moved_verdict(attack: Attack, results) -> Optional[str]:
    """A moved figure's claim may still hold on its own sentence (which may state the
    figure again, "(UNGA 79)" after "the 79th session"), never on the figure where it
    now stands: "slipped" if it does."""
    key_ = attack.expect[0]
    r = results.get(key_)  # None: in another version, words that find nothing are not checked
    if r is None:
        return None
    (rel, *_), (_, end, _, inserted) = attack.edits
    if r.status is not checker.Outcome.PASS or r.span is None or E.article_of(r) != rel:
        return None
    shift = len(attack.edits[0][3]) - (attack.edits[0][2] - attack.edits[0][1])
    at = end + shift
    return "slipped" if r.span.start < at + len(inserted) and at < r.span.end else None


# ------------------------------------------------------- compositions of neutral edits

def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n[ \t]*\n(?:[ \t]*\n)*", text.strip("\n"))


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (not after an initialism: "the U.N. Charter")."""
    return re.split(r"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)\s+(?=[A-Z\"\u201c\u0110])", paragraph.strip())


def _keep_first(rel: str) -> int:
    """Paragraphs kept in place at the start: the 2024 caption, the 2025 dateline's."""
    return 1


def paragraph_split(text: str, rel: str, rng: random.Random) -> str:
    """A paragraph of several sentences split in two at a sentence boundary."""
    paras = _paragraphs(text)
    many = [i for i, p in enumerate(paras) if i >= _keep_first(rel) and len(_sentences(p)) > 1]
    if not many:
        return text
    i = rng.choice(many)
    sents = _sentences(paras[i])
    cut = rng.randrange(1, len(sents))
    paras[i:i + 1] = [" ".join(sents[:cut]), " ".join(sents[cut:])]
    return "\n\n".join(paras) + "\n"


def sentence_moved(text: str, rel: str, rng: random.Random) -> str:
    """A sentence taken out of a paragraph of several and put at the end of another."""
    paras = _paragraphs(text)
    many = [i for i, p in enumerate(paras) if i >= _keep_first(rel) and len(_sentences(p)) > 1]
    if not many:
        return text
    i = rng.choice(many)
    others = [k for k in range(_keep_first(rel), len(paras)) if k != i]
    if not others:
        return text
    sents = _sentences(paras[i])
    moved = sents.pop(rng.randrange(1, len(sents)))  # not the first: it may open with a dateline
    paras[i] = " ".join(sents)
    j = rng.choice(others)
    paras[j] = paras[j].rstrip() + " " + moved
    return "\n\n".join(paras) + "\n"


def paragraphs_reordered(text: str, rel: str, rng: random.Random) -> str:
    paras = _paragraphs(text)
    head, rest = paras[:_keep_first(rel)], paras[_keep_first(rel):]
    rng.shuffle(rest)
    return "\n\n".join(head + rest) + "\n"


def html_paragraphs(text: str, rel: str, rng: random.Random) -> str:
    """Each paragraph as an HTML paragraph: <p>...</p>, one a line."""
    return "\n".join(f"<p>{p}</p>" for p in _paragraphs(text)) + "\n"


def markdown_blocks(text: str, rel: str, rng: random.Random) -> str:
    """As a Markdown export: the first paragraph a heading, the others as they are, one
    quoted (``> ``)."""
    paras = _paragraphs(text)
    if len(paras) > 2:
        k = rng.randrange(2, len(paras))
        paras[k] = "> " + paras[k]
    paras[0] = "## " + paras[0] if "date 20" not in paras[0] else paras[0]
    return "\n\n".join(paras) + "\n"


def rewrap_at(width: int):
    return lambda text, rel, rng: E.rewrap(text, width)


def percent_spelled(word: str):
    return lambda text, rel, rng: re.sub(r"(?<=\d)\s*%|(?<=\d) per ?cent\b", " " + word if word != "%" else "%", text)


def em_dashes(text: str, rel: str, rng: random.Random) -> str:
    """Dashes between figures as em dashes: 21–24 -> 21—24, 22-24 -> 22—24 (ISO dates kept)."""
    keep = [m.span() for m in E._ISO_DATE.finditer(text)]
    return re.sub(r"(?<=\d)[-\u2013](?=\d)",
                  lambda m: m.group() if any(s <= m.start() < e for s, e in keep) else "\u2014", text)


def spaced_dashes(text: str, rel: str, rng: random.Random) -> str:
    """21–24 -> 21 – 24, as some desks space a range's dash."""
    return re.sub(r"(?<=\d)\u2013(?=\d)", " \u2013 ", text)


def thousands(sep: str):
    return lambda text, rel, rng: re.sub(r"(?<=\d),(?=\d{3}(?!\d))", sep, text)


def respelt(text: str, rel: str, rng: random.Random) -> str:
    """Some covered figures in another wording (``E.SPELLINGS``), picked at random."""
    for r, old, alternatives in E.SPELLINGS:
        if r == rel and old in text and rng.random() < 0.5:
            text = text.replace(old, rng.choice(alternatives), 1)
    return text


def plain(f: Callable[[str], str]):
    return lambda text, rel, rng: f(text)


def digits_for_words(text: str, rel: str, rng: random.Random) -> str:
    """Small number words in digits (``E.number_words_in_digits``), except a word already
    followed by its digits in brackets ("six (6)") or part of a larger number ("one
    thousand five hundred")."""
    return re.sub(r"(?<!thousand )(?<!hundred )\b(%s)\b(?!-(?:and-a-|thirds?\b|quarters?\b|fifths?\b))(?! \(\d)"
                  r"(?! hundred| thousand)" % "|".join(E._DIGIT_WORDS),
                  lambda m: E._DIGIT_WORDS[m.group()], text)


#: Neutral edits of one article (text, its path, a seeded random source), in stages:
#: a composition draws from each stage and applies the stages in this order (an editor
#: rewords, a desk retypes, a system restructures, wraps and encodes), each stage's
#: edits in a random order.
STAGES: list[dict[str, Callable[[str, str, random.Random], str]]] = [
    {   # wording
        "respelt": respelt,
        "sixteen-in-digits": plain(E.sixteen_in_digits),
        "number-words-in-digits": digits_for_words,
        "money-symbol-first": plain(E.money_symbol),
        "day-before-month": plain(E.day_month),
        "almost-for-nearly": plain(E.almost_for_nearly),
        "dotted-initialisms": plain(E.dotted_initialisms),
        "percent-sign": percent_spelled("%"),
        "per-cent": percent_spelled("per cent"),
        "percent": percent_spelled("percent"),
    },
    {   # typography
        "no-thousands-separator": thousands(""),
        "nbsp-thousands": thousands("\u00a0"),
        "thin-space-thousands": thousands("\u202f"),
        "en-dash-to-hyphen": plain(E.en_dash_to_hyphen),
        "hyphen-to-en-dash": plain(E.hyphen_to_en_dash),
        "em-dashes": em_dashes,
        "spaced-dashes": spaced_dashes,
        "straight-quotes": plain(E.straight_quotes),
        "curly-quotes": plain(E.curly_quotes),
        "nbsp-in-figures": plain(E.nbsp_in_figures),
    },
    {   # structure
        "paragraph-split": paragraph_split,
        "sentence-moved": sentence_moved,
        "paragraphs-reordered": paragraphs_reordered,
        "unrelated-paragraph": plain(E.paragraph_after_first),
    },
    {   # markup (one at most)
        "html-paragraphs": html_paragraphs,
        "markdown-blocks": markdown_blocks,
    },
    {   # layout and encoding
        "rewrap-24": rewrap_at(24),
        "rewrap-45": rewrap_at(45),
        "rewrap-72": rewrap_at(72),
        "nfd": plain(E.nfd),
        "crlf": plain(E.crlf),
    },
]
NEUTRAL_POOL = {name: f for stage in STAGES for name, f in stage.items()}


def composition(seed: int) -> tuple[list[str], dict[str, str]]:
    """Seed -> (names of the neutral edits drawn, in order; the example's texts after
    them): from each stage none to three edits (one markup at most, one re-wrap at
    most; "respelt" alone in its stage), the stages in order, each stage's edits in a
    random order."""
    rng = random.Random(seed)
    names = []
    for n, stage in enumerate(STAGES):
        pool = sorted(stage)
        if n == 4:
            widths = [p for p in pool if p.startswith("rewrap")]
            pool = [p for p in pool if not p.startswith("rewrap")] + [rng.choice(widths)]
        k = rng.randint(0, 1 if n == 3 else min(3, len(pool)))
        drawn = rng.sample(pool, k)
        if "respelt" in drawn:
            drawn = ["respelt"]  # the others would reword its wordings again ("21 September and 24")
        names += drawn
    texts = {}
    for rel, text in E.original_texts().items():
        local = random.Random(f"{seed}:{rel}")
        for name in names:
            text = NEUTRAL_POOL[name](text, rel, local)
        texts[rel] = text
    return names, texts


# ------------------------------------------------------------ the sample stories

STORY_ROOT = E.ROOT / "tests" / "stories"
STORIES = sorted(p.name for p in STORY_ROOT.iterdir() if (p / "claims.yaml").is_file())


@lru_cache(maxsize=None)
def story_claims(story: str):
    return load_claims(str(STORY_ROOT / story / "claims.yaml"))


def _dateline_end(text: str) -> int:
    from checker.extraction.engine import DATELINE_WINDOW, _DATELINE, _dateline_in_words
    found = [m for m in (_DATELINE.search(text, 0, DATELINE_WINDOW), _dateline_in_words(text)) if m]
    return max((m.end() for m in found), default=0)


def story_digit_problems(story: str) -> tuple[int, dict[tuple[str, str], str]]:
    """Every digit of a story's articles changed one up and one down, judged in memory:
    (edits tried, {(claim key, "old->new"): "slipped" | "unnamed" | "alarm"}).

    A claim whose figure holds the digit must fail; every claim that fails must name the
    figure as now written. Not counted: a claim whose ``about`` words hold the edited
    figure (its words changed, "| 2010" for a table row), and, for an edit of the
    dateline, a claim failing with its own wording (read in another year)."""
    cs = story_claims(story)
    base = {E.key(r): r for r in check_claim_set(cs)}
    passing = {k for k, r in base.items() if r.status is checker.Outcome.PASS}
    about = {c.id: c.about for c in cs.claims}
    tried, out = 0, {}
    for name, text in cs.texts.items():
        spans = [(k, r.span.start, r.span.end) for k, r in base.items()
                 if k in passing and r.span and r.version == name and r.kind not in ("text", "absent")]
        dateline_end = _dateline_end(text)
        for m in re.finditer(r"\d", text):
            i, d = m.start(), int(m.group())
            for nd in sorted({(d + 1) % 10, (d + 9) % 10}):
                new = text[:i] + str(nd) + text[i + 1:]
                s, e = _figure_around(new, i)
                old_token, token = text[s:e], new[s:e]
                results = {E.key(r): r for r in check_claim_set(dataclasses.replace(cs, texts={**cs.texts, name: new}))}
                tried += 1
                broke = {k: r for k, r in results.items() if k in passing and r.status is not checker.Outcome.PASS}
                covering = [k for k, a, b in spans if a <= i < b]
                words = {k for k in broke if any(
                    re.search(r"(?<![\d.,])" + re.escape(t) + r"(?![\d]|[.,]\d)", a)
                    for a in about.get(k.split("@")[0], ()) for t in (old_token, token))}
                named = {k: r for k, r in broke.items() if k not in words and not (
                    i < dateline_end and r.found == base[k].found and r.span is not None)}
                label = f"{old_token}->{token}"
                for k in covering:
                    if k not in broke:
                        out[(k, label)] = "slipped"
                for k, r in named.items():
                    if not names_token(r, token):
                        out[(k, label)] = "unnamed" if k in covering else "alarm"
    return tried, out


# ------------------------------------------------- swaps across sentences, negations

#: a number as an editor writes it: digits (with group commas, decimals, an ordinal's
#: suffix) or a number word
_NUMBER_TOKEN = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?(?![\w,]\d|\w)|\b(?:%s)\b"
                           % "|".join(sorted(set(E.NUMBER_WORDS) - {"one", "dozen"}, key=len, reverse=True)), re.I)
#: kinds whose figures an editor may swap with another claimed figure of the kind elsewhere
_CROSS_KINDS = {"count", "number", "money", "percent", "duration", "ordinal", "year"}


def _token_value(token: str):
    from checker.extraction.numbers import read_number
    n = read_number(token.lower().replace(",", ""), 0)
    return None if n is None else n.value


def cross_swap_attacks() -> Iterator[Attack]:
    """The numbers of two claimed figures of one kind in different sentences of an article
    exchanged ("the 80th session" and "the 13th National Congress", "nearly 1,500 officers"
    and "two countries"): each claim (of the article's own figures) must fail, naming one
    of the two numbers as now written. Only the number changes, not the counted noun
    (which may be the claim's words), and only numbers of different values."""
    base = {E.key(r): r for r in E.baseline()}
    texts = E.original_texts()
    spans = [(k, rel, s, e) for k, rel, s, e in claimed_spans() if base[k].kind in _CROSS_KINDS]
    for i, (k1, r1, s1, e1) in enumerate(spans):
        for k2, r2, s2, e2 in spans[i + 1:]:
            if r1 != r2 or base[k1].kind != base[k2].kind or _sentence_of(r1, s1) == _sentence_of(r2, s2):
                continue
            t = texts[r1]
            m1, m2 = _NUMBER_TOKEN.search(t, s1, e1), _NUMBER_TOKEN.search(t, s2, e2)
            if m1 is None or m2 is None or (m1.start(), m1.end()) == (m2.start(), m2.end()):
                continue
            v1, v2 = _token_value(m1.group()), _token_value(m2.group())
            if v1 is None or v2 is None or v1 == v2:
                continue
            w1, w2 = m1.group(), m2.group()
            if w1[:1].isupper() != w2[:1].isupper():
                w1, w2 = _case(m2.group(), w1.lower()), _case(m1.group(), w2.lower())
            must = tuple(k for k in (k1, k2) if "@" not in k)
            yield Attack("xswap", f"{k1}<->{k2}:{m1.group()}<->{m2.group()}",
                         ((r1, m1.start(), m1.end(), w2), (r1, m2.start(), m2.end(), w1)),
                         (w1, w2), must or "fail")


#: a past tense before a figure, and its plain form after "did not"
_PAST_TENSES = {"reached": "reach", "rose": "rise", "fell": "fall", "grew": "grow", "hit": "hit",
                "totalled": "total", "totaled": "total", "topped": "top", "deployed": "deploy",
                "attracted": "attract", "recorded": "record", "posted": "post", "gained": "gain",
                "lost": "lose", "surpassed": "surpass", "exceeded": "exceed", "employed": "employ",
                "sold": "sell", "won": "win", "raised": "raise", "cut": "cut", "added": "add",
                "climbed": "climb", "jumped": "jump", "dropped": "drop", "reported": "report"}
_AUXILIARY = re.compile(r"\b(has|have|had|is|are|was|were|will|would|can|could)(\s+)(?:been\s+)?\w+\s+\Z", re.I)
_OPENERS = tuple(sorted({q for qs in QUALIFIERS.values() for q in qs} | {"up", "down", "rising", "falling"}
                        | set(_PAST_TENSES) - {"cut", "hit"}, key=len, reverse=True))
_NEGATED_KINDS = {"count", "number", "money", "percent", "duration"}


def negation_edits(rel: str, text: str, start: int, end: int) -> Iterator[tuple[str, tuple]]:
    """(label, edit): the figure ``text[start:end]`` negated as an editor would: "not"
    before its qualifier or direction ("not nearly 88 billion", "not up 22%"), after the
    auxiliary of the verb before it ("has not deployed nearly 1,500"), or "did not" and
    the plain form for a past tense just before it ("did not reach nearly 88 billion")."""
    wording = text[start:end]
    low = wording.lower()
    opener = next((w for w in _OPENERS if low.startswith(w + " ")), None)
    if opener and not re.search(r"\b(?:or|if)\s+\Z", text[max(0, start - 4):start]):  # "or not about": no negation
        yield f"not-{opener}", (rel, start, start, "not ")
    before = text[max(0, start - 40):start]
    aux = _AUXILIARY.search(before)
    if aux and not re.search(r"\b(?:only|just|merely)\s+\Z", before):  # "was not only about 30%": no negation
        at = start - len(before) + aux.end(1)
        yield f"{aux.group(1)}-not", (rel, at, at, " not")
    past = re.search(r"\b(%s)\s+\Z" % "|".join(_PAST_TENSES), before)
    if past and not aux:
        a = start - len(before) + past.start(1)
        b = start - len(before) + past.end(1)
        yield f"did-not-{past.group(1)}", (rel, a, b, "did not " + _PAST_TENSES[past.group(1)])


def negation_attacks() -> Iterator[Attack]:
    """Each claimed quantity negated (``negation_edits``): its claim must fail, saying so
    ("not" in what it found, or a message that the text negates the figure)."""
    base = {E.key(r): r for r in E.baseline()}
    texts = E.original_texts()
    for key_, rel, s, e in claimed_spans():
        if base[key_].kind not in _NEGATED_KINDS:
            continue
        for label, edit in negation_edits(rel, texts[rel], s, e):
            yield Attack("negate", f"{key_}:{label}", (edit,), ("not", "msg:negat"), (key_,))


def unit_edits(rel: str, text: str, start: int, end: int) -> Iterator[tuple[str, tuple, str]]:
    """(label, edit, token): a percentage turned into percentage points and back ("up 22%"
    -> "up 22 percentage points", "2.5 points" -> "2.5%")."""
    for m in re.finditer(r"(?<=\w)(\s?%|\s?per ?cent\b|\s?percent\b|pc\b)", text[start:end]):
        yield (f"unit:{m.group().strip()}->percentage points",
               (rel, start + m.start(), start + m.end(), " percentage points"), "percentage points")
    for m in re.finditer(r"(?<=\d)(\s?percentage points?|\s?pp\b|\s?points?\b)", text[start:end]):
        yield f"unit:{m.group().strip()}->%", (rel, start + m.start(), start + m.end(), "%"), "%"


def unit_attacks() -> Iterator[Attack]:
    """Each claimed percentage's unit turned (per cent <-> percentage points): its claim
    must fail naming the new unit."""
    texts = E.original_texts()
    base = {E.key(r): r for r in E.baseline()}
    for key_, rel, s, e in claimed_spans():
        if base[key_].kind != "percent":
            continue
        for label, edit, token in unit_edits(rel, texts[rel], s, e):
            yield Attack("unit", f"{key_}:{label}", (edit,), (token,), (key_,))


# ------------------------------------------------------- neutral edits one at a time

def _outside_iso_dates(pattern: str, repl, text: str) -> str:
    keep = [m.span() for m in E._ISO_DATE.finditer(text)]
    return re.sub(pattern, lambda m: m.group() if any(s <= m.start() < e for s, e in keep) else
                  (repl(m) if callable(repl) else repl), text)


def range_dash(dash: str):
    """A range's dash between figures as another dash character: the figure dash U+2012,
    the no-break hyphen U+2011, the hyphen U+2010, the small or full-width hyphen-minus
    (ISO dates kept)."""
    return lambda text, rel: _outside_iso_dates(r"(?<=\d)[-\u2013](?=\d)", dash, text)


def fullwidth_digits(text: str, rel: str) -> str:
    """Every digit full-width ("２２％"), as a CJK input method types them (the dateline's
    ISO date too)."""
    return text.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})


def trailing_white_space(text: str, rel: str) -> str:
    return re.sub(r"\n", " \t \n", text)


def tabs_between_words(text: str, rel: str) -> str:
    """A tab for every space between two words, as a pasted table cell or a careless
    editor leaves them."""
    return re.sub(r"(?<=[a-z]) (?=[a-z])", "\t", text)


def indented(text: str, rel: str) -> str:
    return re.sub(r"(?m)^(?=\S)", "    ", text)


def zero_width_spaces(text: str, rel: str) -> str:
    """A zero-width space before every figure and between some words (web copy)."""
    return re.sub(r"(?<= )(?=\d)|(?<=\w) (?=the\b)", "\u200b", text)


def oxford_commas_dropped(text: str, rel: str) -> str:
    """ "A, B, and C" -> "A, B and C": the serial comma of a list of three or more (not
    ", or 1.3%", ", and then")."""
    return re.sub(r"(?<=\w)(, [^\W\d][^,.;()\d]{0,40}), (and|or) (?=[^\W\d])", r"\1 \2 ", text)


def oxford_commas_added(text: str, rel: str) -> str:
    """ "A, B and C" -> "A, B, and C" (a list of three or more single words or pairs)."""
    return re.sub(r"(?<=[^\W\d]), ([^\W\d]\w*(?: [^\W\d]\w*)?) (and|or) "
                  r"(?!(?:before|after|more|less|fewer|so|later|earlier)\b)(?=[^\W\d])", r", \1, \2 ", text)


def _claimed_in(rel: str) -> list[tuple[int, int]]:
    return sorted((s, e) for k, r, s, e in claimed_spans() if r == rel)


def _around_claimed(text: str, rel: str, before, after) -> str:
    """Each claimed figure's wording (first found, distinct spans only) wrapped."""
    out, last = [], 0
    for s, e in _claimed_in(rel):
        if s < last:
            continue
        out += [text[last:s], before, text[s:e], after]
        last = e
    return "".join(out + [text[last:]])


def html_inline(text: str, rel: str) -> str:
    """Inline HTML as a CMS exports it: each claimed figure in <strong>, every fourth word
    in <em>, the first words of each paragraph a link whose address holds digits."""
    text = _around_claimed(text, rel, "<strong>", "</strong>")
    n = [0]

    def em(m):
        n[0] += 1
        return f"<em>{m.group()}</em>" if n[0] % 4 == 0 else m.group()
    text = re.sub(r"(?<![<>/\w])[A-Za-z]{4,}(?![\w>])(?![^<]*>)", em, text)
    return re.sub(r"(?m)^([A-Z]\w+ \w+)", r'<a href="https://example.com/2019/03/12/story-7.html">\1</a>', text)


def markdown_links(text: str, rel: str) -> str:
    """Each claimed figure a Markdown link to a page whose address holds digits; each
    paragraph a bullet."""
    text = _around_claimed(text, rel, "[", "](https://example.com/2019/03/12/item-7)")
    return re.sub(r"(?m)^(?=[A-Z])", "- ", text)


def bom_crlf_nfd_40(text: str, rel: str) -> str:
    return "\ufeff" + E.nfd(E.crlf(E.rewrap(text, 40)))


UNRELATED_ASIDE = " (the hall, opened on 3 March 1952 and renovated in the 1990s, seats 1,800 people, or 12% more)"


def aside_before_stop(text: str, rel: str) -> str:
    """A bracketed aside with unrelated figures of other kinds and of the same kinds, at the
    end of each sentence holding a claimed figure (before its full stop)."""
    ends = sorted({_sentence_of(rel, s)[1] for s, _ in _claimed_in(rel)}, reverse=True)
    for b in ends:
        stop = len(text[:b].rstrip())
        stop -= 1 if text[stop - 1] in ".!?" else 0
        text = text[:stop] + UNRELATED_ASIDE + text[stop:]
    return text


def _claims_words_with_figure(rel: str, text: str, a: int, cut: int, b: int) -> bool:
    """Does every claim whose figure stands in ``text[a:b]`` keep one of its ``about``
    phrases on its side of ``cut``?"""
    from checker.locate import phrase_pattern
    from checker.text.normalize import fold
    about = {c.id: c.about for c in claim_set().claims}
    for k, r, s, e in claimed_spans():
        if r != rel or not a <= s < b:
            continue
        piece = fold(text[a:cut] if s < cut else text[cut:b])
        phrases = [p for p in about.get(k.split("@")[0], ()) if phrase_pattern(p) is not None]
        if phrases and not any(phrase_pattern(p).search(piece) for p in phrases):
            return False
    return True


def split_at_conjunction(text: str, rel: str) -> str:
    """A sentence split in two at ", and" / ", while" / ", but" opening a clause (before a
    pronoun, a determiner, a name or a participle: "..., while mobilising" -> "... While
    mobilising"), where every claim with a figure in the sentence keeps its words on its
    figure's side (the claim's words parted from its figure is another fact)."""
    out, last = [], 0
    for m in re.finditer(r", (and|while|but) (?=(?:the|their|its|it|he|she|they|we|this|these|[A-Z]\w*|\w+ing)\b)",
                         text):
        a, b = _sentence_of(rel, m.start())
        if not _claims_words_with_figure(rel, text, a, m.start(), b):
            continue
        out += [text[last:m.start()], ". ", m.group(1).capitalize(), " "]
        last = m.end()
    return "".join(out + [text[last:]])


#: name -> neutral edit of one article (text, its path): each alone must keep every claim
NEUTRAL_SINGLE: dict[str, Callable[[str, str], str]] = {
    "figure-dash": range_dash("\u2012"),
    "no-break-hyphen": range_dash("\u2011"),
    "unicode-hyphen": range_dash("\u2010"),
    "fullwidth-hyphen": range_dash("\uff0d"),
    "fullwidth-digits": fullwidth_digits,
    "trailing-white-space": trailing_white_space,
    "tabs-between-words": tabs_between_words,
    "indented": indented,
    "zero-width-spaces": zero_width_spaces,
    "oxford-commas-dropped": oxford_commas_dropped,
    "oxford-commas-added": oxford_commas_added,
    "html-inline": html_inline,
    "markdown-links": markdown_links,
    "bom-crlf-nfd-rewrap-40": bom_crlf_nfd_40,
    "aside-before-stop": aside_before_stop,
    "split-at-conjunction": split_at_conjunction,
}


def neutral_attacks() -> Iterator[Attack]:
    texts = E.original_texts()
    for name, f in NEUTRAL_SINGLE.items():
        edits = tuple((rel, 0, len(t), f(t, rel)) for rel, t in texts.items())
        yield Attack("neutral", name, edits, (), "pass")


def html_inline_text(text: str, rel: str = "") -> str:
    """Inline HTML over a whole text: each run of figures' digits in <strong>, every
    fourth word in <em> (for texts with no claims known here)."""
    text = re.sub(r"(?<![\w.,])\d+(?:[,.]\d+)*(?![\w.,]*\w)", r"<strong>\g<0></strong>", text)
    n = [0]

    def em(m):
        n[0] += 1
        return f"<em>{m.group()}</em>" if n[0] % 4 == 0 else m.group()
    return re.sub(r"(?<![<>/\w])[A-Za-z]{4,}(?![\w>])(?![^<]*>)", em, text)


#: the neutral edits of ``NEUTRAL_SINGLE`` that need no claimed spans, for the stories
STORY_NEUTRAL: dict[str, Callable[[str, str], str]] = {
    **{k: f for k, f in NEUTRAL_SINGLE.items() if k in (
        "figure-dash", "no-break-hyphen", "fullwidth-digits", "trailing-white-space", "tabs-between-words",
        "zero-width-spaces", "oxford-commas-dropped", "oxford-commas-added")},
    "html-inline": html_inline_text,
}


def story_neutral_problems(story: str) -> dict[str, dict]:
    """Each of ``STORY_NEUTRAL`` over a story's articles, judged in memory: {edit: {claim
    key: (status, found)}} for the claims passing before that no longer do."""
    cs = story_claims(story)
    base = {E.key(r): r for r in check_claim_set(cs)}
    passing = {k for k, r in base.items() if r.status is checker.Outcome.PASS}
    out = {}
    for name, f in STORY_NEUTRAL.items():
        texts = {n: f(t, n) for n, t in cs.texts.items()}
        broke = {E.key(r): (r.status.value, r.found) for r in check_claim_set(dataclasses.replace(cs, texts=texts))
                 if E.key(r) in passing and r.status is not checker.Outcome.PASS}
        if broke:
            out[name] = broke
    return out


def story_negation_problems(story: str) -> tuple[int, dict[tuple[str, str], str]]:
    """Each passing claimed quantity of a story negated (``negation_edits``), judged in
    memory: (edits tried, {(claim key, label): status}) for those its claim still passes."""
    cs = story_claims(story)
    base = {E.key(r): r for r in check_claim_set(cs)}
    tried, out = 0, {}
    for k, r in base.items():
        if r.status is not checker.Outcome.PASS or r.span is None or r.kind not in _NEGATED_KINDS:
            continue
        text = cs.texts[r.version]
        for label, (_, s, e, new) in negation_edits(r.version, text, r.span.start, r.span.end):
            edited = text[:s] + new + text[e:]
            tried += 1
            res = {E.key(x): x for x in check_claim_set(dataclasses.replace(cs, texts={**cs.texts, r.version: edited}))}
            if res[k].status is checker.Outcome.PASS:
                out[(k, label)] = "slipped"
    return tried, out


def story_weekday_problems(story: str) -> tuple[int, dict[tuple[str, str], str]]:
    """Each weekday in a passing date claim's wording moved a day either way, judged in
    memory: (edits tried, {(claim key, "old->new"): "slipped" | "unnamed"}). The claim
    must fail, naming the new weekday or saying the weekday differs from the date."""
    cs = story_claims(story)
    base = {E.key(r): r for r in check_claim_set(cs)}
    tried, out = 0, {}
    for k, r in base.items():
        if r.status is not checker.Outcome.PASS or r.span is None or r.kind not in ("date", "dates"):
            continue
        text = cs.texts[r.version]
        for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), text[r.span.start:r.span.end]):
            i = WEEKDAYS.index(m.group())
            for new in (WEEKDAYS[(i + 1) % 7], WEEKDAYS[i - 1]):
                s, e = r.span.start + m.start(), r.span.start + m.end()
                edited = text[:s] + new + text[e:]
                tried += 1
                res = {E.key(x): x for x in check_claim_set(dataclasses.replace(cs, texts={**cs.texts, r.version: edited}))}
                x = res[k]
                if x.status is checker.Outcome.PASS:
                    out[(k, f"{m.group()}->{new}")] = "slipped"
                elif not (new in (x.found or "") or "the weekday differs" in x.message):
                    out[(k, f"{m.group()}->{new}")] = "unnamed"
    return tried, out
