"""The bundled example's claims are sensitive and robust (issue 2, "Done when").

Sensitive: editing any figure a claim covers (a digit, a number word, a month,
billion -> million, nearly -> over, up -> down, a name) turns that claim into a failure
that names the figure now stated, and leaves every claim not about that figure passing.
The mutations are derived from the passing check itself (each result's span and the
rule list in tests/example_edits.py), so every claim of claims.yaml gets them, and a
claim the rules cannot mutate fails ``test_every_claim_has_a_mutation``.

Robust: rewriting both articles without changing a fact (NFD, CRLF, a BOM, re-wrapped
lines, 22% -> 22 per cent, 1,500 -> 1500, sixteen -> 16, dashes, quotes, non-breaking
spaces, unrelated paragraphs, US$88 billion, 22-24 September, all at once) leaves every
claim passing, and the JSON report's spans still slice out what it says it found.

Reworded: E.SPELLINGS lists other wordings of every covered figure (digits and words,
dates day-first or abbreviated, currencies as symbols, codes or words, qualifiers of the
same meaning); every pass of the default run rewrites them all at once, and the slow run
(`pytest -m slow`) checks each alone, re-wrapped, and a layout sweep (every width from 20
to 100, sentences and paragraphs reordered, unrelated paragraphs at every boundary).

Each test works on a copy of the example in tmp_path. Known defects of the engine or of
claims.yaml are strict xfails whose reason names the input, what was found and what was
expected.
"""
from __future__ import annotations

import json
import re

import pytest

import checker
from checker.report.json import render as render_json

import example_edits as E

PASS = checker.Outcome.PASS
FOUND_STATUSES = {checker.Outcome.MISMATCH, checker.Outcome.AMBIGUOUS, checker.Outcome.DRIFT}


def collapse(text: str) -> str:
    return " ".join(text.split())


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def describe(results) -> str:
    return "\n".join(f"  {E.key(r)}: {r.status.value} found={r.found!r} {r.message}"
                     for r in results.values() if r.status is not PASS) or "  (all pass)"


# --------------------------------------------------------------------------- sanity

def test_untouched_example_passes_every_claim(tmp_path):
    claims = E.write_example(tmp_path, E.original_texts())
    results = E.run(claims)
    assert len(results) >= 45
    assert all(r.status is PASS for r in results.values()), describe(results)
    # the copy judges exactly as the example in place
    assert [(E.key(r), r.found, r.span) for r in results.values()] == \
        [(E.key(r), r.found, r.span) for r in E.baseline()]


# ------------------------------------------------------------------------ mutations

def check_mutation(tmp_path, texts: dict[str, str], mutation: E.Mutation, baseline_found=None):
    """Apply a mutation, check, and assert: its claim fails naming the new wording, and
    every other failing claim is about the very figure that was changed."""
    new_texts, new_spans = E.apply_edits(texts, mutation.edits)
    results = E.run(E.write_example(tmp_path, new_texts))
    r = results[mutation.claim]
    edited = ", ".join(f"{e.old!r} -> {e.new!r}" for e in mutation.edits)
    assert r.status is not PASS, f"{mutation.claim} still passes after {edited}: found {r.found!r}"
    if mutation.token is not None:
        assert r.status in FOUND_STATUSES, \
            f"{mutation.claim} after {edited}: {r.status.value}, not a failure naming the figure " \
            f"found ({r.message})"
        assert mutation.token in r.found, f"{mutation.claim} after {edited}: found {r.found!r}"
        assert r.found != baseline_found
    if r.span is not None:
        rel = E.article_of(r)
        assert collapse(new_texts[rel][r.span.start:r.span.end]) == r.found
        assert any(overlaps((r.span.start, r.span.end), s) for s in new_spans.get(rel, ())), \
            f"{mutation.claim}: reports {r.found!r} at {r.span}, away from the edit {new_spans}"
    for other in results.values():
        if E.key(other) == mutation.claim or other.status is PASS or E.key(other) in mutation.extra_ok:
            continue
        # only a claim about the same figure may fail with it: its span is the edit's
        assert other.span is not None and any(
            overlaps((other.span.start, other.span.end), s)
            for s in new_spans.get(E.article_of(other), ())), \
            f"{edited} (for {mutation.claim}) also broke {E.key(other)}: {other.status.value} " \
            f"found={other.found!r} {other.message}"
    return r


#: case id -> why it does not hold yet (strict xfails)
MUTATION_XFAIL: dict = {}

MUTATIONS = E.derive_mutations()


def _param(case_id: str, value, xfails: dict):
    if case_id in xfails:
        return pytest.param(value, id=case_id, marks=pytest.mark.xfail(strict=True, reason=xfails[case_id]))
    return pytest.param(value, id=case_id)


def test_every_claim_has_a_mutation():
    ids = [E.key(r) for r in E.baseline()]
    mutated = {m.claim for m in MUTATIONS}
    assert [i for i in ids if i not in mutated] == []
    assert len({m.case_id for m in MUTATIONS}) == len(MUTATIONS)
    assert not set(MUTATION_XFAIL) - {m.case_id for m in MUTATIONS}, "stale xfail entries"


@pytest.mark.parametrize("mutation", [_param(m.case_id, m, MUTATION_XFAIL) for m in MUTATIONS])
def test_editing_a_covered_figure_fails_its_claim(tmp_path, mutation):
    base = {E.key(r): r for r in E.baseline()}
    check_mutation(tmp_path, E.original_texts(), mutation, base[mutation.claim].found)


# The edits the issue names, spelled out; and a few more on places the derived
# mutations do not reach (a claim's second place, figures after neutral edits).
# (name, article, old wording, new wording, claim, token in found, nth occurrence, neutral edit)
EXPLICIT = [
    ("trade-billion-to-million", "2024", "nearly 88 billion USD", "nearly 88 million USD",
     "trade-total", "88 million", 0, None),
    ("trade-nearly-to-over", "2024", "nearly 88 billion USD", "over 88 billion USD",
     "trade-total", "over 88 billion", 0, None),
    ("trade-up-to-down", "2024", "up 22%", "down 22%", "2024-trade-growth", "down 22%", 0, None),
    ("trip-2024-month", "2024", "September 22-24", "October 22-24", "trip-dates", "October", 0, None),
    ("trip-2025-month", "2025", "September 21–24", "August 21–24", "trip-dates@unga-2025", "August", 0, None),
    ("women-sixteen-to-fifteen", "2025", "sixteen per cent", "fifteen per cent",
     "2025-peacekeepers-women", "fifteen", 0, None),
    ("women-sixteen-to-seventeen", "2025", "sixteen per cent", "seventeen per cent",
     "2025-peacekeepers-women", "seventeen", 0, None),
    ("trade-2025-surpassing-to-nearly", "2025", "surpassing 100 billion USD", "nearly 100 billion USD",
     "trade-total@unga-2025", "nearly", 0, None),
    ("peacekeepers-nearly-to-over", "2025", "nearly 1,500", "over 1,500", "2025-peacekeepers", "over", 0, None),
    ("decade-more-than-to-less-than", "2025", "more than a decade", "less than a decade",
     "2025-peacekeeping-years", "less than", 0, None),
    ("journey-three-to-four-decade", "2025", "three-decade", "four-decade", "2025-ties-journey", "four-decade", 0, None),
    # a claim with two places in the text: the second one is covered too
    ("ties-anniversary-second-place", "2024", "30th anniversary", "31st anniversary",
     "ties-anniversary", "31st", 1, None),
    ("partnership-anniversary-second-place", "2024", "first anniversary", "second anniversary",
     "2024-partnership-anniversary", "second", 1, None),
    # the keynote claim is about the 80th General Assembly, not the UN's 80th anniversary
    ("keynote-assembly-ordinal", "2025", "80th UN General Assembly", "81st UN General Assembly",
     "2025-keynote-assembly", "81st", 0, None),
    # still sensitive after every neutral edit at once
    ("combined-then-nearly-to-over", "2024", "nearly US$88", "over US$88", "trade-total", "over", 0,
     "all-combined-hyphens-straight"),
    ("combined-then-up-to-down", "2024", "up 22 per cent", "down 22 per cent", "2024-trade-growth", "down", 0,
     "all-combined-hyphens-straight"),
    ("combined-then-16-to-17", "2025", "16 per cent", "17 per cent", "2025-peacekeepers-women", "17", 0,
     "all-combined-dashes-curly"),
    ("combined-then-month", "2025", "21–24 September", "21–24 October", "trip-dates@unga-2025", "October", 0,
     "all-combined-dashes-curly"),
    ("nfd-then-name", "2025", "Lương Cường", "Lương Cương", "head-of-state@unga-2025", None, 0, "nfd"),
    # a qualifier put before a length of time that follows another one ("after 30 years
    # of ties and over two years of ..."): more than, not during
    ("partnership-2025-over-two-years", "2025", "two years of implementing", "over two years of implementing",
     "partnership-age@unga-2025", "over two years", 0, None),
    # one end of a year range edited so that it runs backwards, or to one year: the
    # failure names the range as it now stands, not the next range in the sentence
    ("vice-president-term-backwards", "2025", "2022–2023", "2032–2023", "2025-vice-president-term", "2032", 0, None),
    ("iaea-term-backwards", "2025", "2021–2023", "2021–2013", "2025-iaea-board", "2013", 0, None),
    ("vice-president-term-one-year", "2025", "2022–2023", "2022–2022", "2025-vice-president-term", "2022–2022",
     0, None),
    # still sensitive after the newer neutral rewordings
    ("nbsp-groups-then-over", "2025", "nearly 1\u00a0500", "over 1\u00a0500", "2025-peacekeepers", "over", 0,
     "nbsp-groups"),
    ("symbol-after-then-million", "2024", "88 billion US$", "88 million US$", "trade-total", "88 million", 0,
     "currency-symbol-after"),
    ("dateline-in-words-then-month", "2025", "September 21–24", "October 21–24", "trip-dates@unga-2025",
     "October", 0, "dateline-in-words"),
    ("period-before-noun-then-direction", "2024", "22% year-on-year increase", "22% year-on-year decrease",
     "2024-trade-growth", "22%", 0, "period-before-noun"),
]

EXPLICIT_XFAIL: dict = {}


def _article(short: str) -> str:
    return next(rel for rel in E.ARTICLES if short in rel)


def _loose(wording: str) -> "re.Pattern[str]":
    """A wording in an edited text: any run of spaces or line breaks between its words."""
    return re.compile(r"[\s\u00a0]+".join(re.escape(w) for w in wording.split(" ")))


@pytest.mark.parametrize(
    "name, short, old, new, claim, token, nth, neutral",
    [pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True, reason=EXPLICIT_XFAIL[case[0]])]
                  if case[0] in EXPLICIT_XFAIL else []) for case in EXPLICIT])
def test_issue_edits_fail_their_claim(tmp_path, name, short, old, new, claim, token, nth, neutral):
    texts = dict(E.original_texts())
    bom = False
    if neutral is not None:
        edit, bom = E.NEUTRAL[neutral]
        texts = {rel: edit(t) for rel, t in texts.items()}
        E.write_example(tmp_path / "neutral", texts, bom)
        assert all(r.status is PASS for r in E.run(tmp_path / "neutral" / "claims.yaml").values())
    rel = _article(short)
    text = texts[rel]
    if neutral == "nfd":
        old, new = E.nfd(old), E.nfd(new)
    hits = list(_loose(old).finditer(text))
    assert len(hits) > nth, f"{old!r} occurs {len(hits)} times in {rel}"
    m = hits[nth]
    mutation = E.Mutation(claim, name, (E.Edit(rel, m.start(), m.end(), m.group(), new),), token)
    base = {E.key(r): r for r in E.baseline()}
    check_mutation(tmp_path / "mutated", texts, mutation, base[claim].found if token else None)


def _uncovered_mentions() -> list[tuple[str, "checker.Mention"]]:
    """Figures the extractor finds that no claim reports as its place: each must still
    be covered (a claim's other place, or a gap in claims.yaml)."""
    reported = {(E.article_of(r), r.span.start, r.span.end) for r in E.baseline() if r.span}
    out = []
    for rel, text in E.original_texts().items():
        for m in checker.extract(text):
            if (rel, m.start, m.end) not in reported:
                out.append((rel, m))
    return out


UNCOVERED = _uncovered_mentions()

UNCOVERED_XFAIL: dict = {}


def _mention_id(rel: str, m) -> str:
    year = re.search(r"20\d\d", rel).group()
    return f"{year}@{m.start}:{m.text}"


@pytest.mark.parametrize(
    "rel, mention", [pytest.param(rel, m, id=_mention_id(rel, m),
                                  marks=[pytest.mark.xfail(strict=True, reason=UNCOVERED_XFAIL[_mention_id(rel, m)])]
                                  if _mention_id(rel, m) in UNCOVERED_XFAIL else [])
                     for rel, m in UNCOVERED])
def test_editing_a_figure_no_result_points_at_still_fails_a_claim(tmp_path, rel, mention):
    muts = E.mutations_of_wording(rel, mention.start, mention.text)
    assert muts, f"no rule mutates {mention.text!r}"
    label, edit, token = muts[0]
    new_texts, new_spans = E.apply_edits(E.original_texts(), (edit,))
    results = E.run(E.write_example(tmp_path, new_texts))
    failing = [r for r in results.values() if r.status is not PASS]
    assert failing, f"{edit.old!r} -> {edit.new!r} at {rel}:{mention.start} leaves every claim passing"
    for r in failing:
        assert r.status in FOUND_STATUSES and token in r.found, describe(results)
        assert any(overlaps((r.span.start, r.span.end), s) for s in new_spans[rel]), describe(results)


# --------------------------------------------------------------------- neutral edits

def _each_claimed_figure(text: str, rel: str, rewrite) -> str:
    """``text`` with the wording of every figure a claim found in it rewritten."""
    spans = sorted((r.span.start, r.span.end) for r in E.baseline()
                   if r.span and E.article_of(r) == rel and r.kind not in ("text", "absent"))
    out, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        out += [text[pos:s], rewrite(text[s:e])]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _inside_figures_line_breaks(text: str, rel: str) -> str:
    """Worst-case re-wrap: a line break at every space inside every claimed figure."""
    return _each_claimed_figure(text, rel, lambda w: w.replace(" ", "\n"))


def _double_spaces(text: str) -> str:
    return text.replace(" ", "  ")


def _underscored_figures(text: str, rel: str) -> str:
    """Every claimed figure in Markdown italics written with underscores: _79th_."""
    return _each_claimed_figure(text, rel, lambda w: f"_{w}_")


#: neutral edits beyond E.NEUTRAL that need the article's name, or are not in it
EXTRA_NEUTRAL = {
    "line-breaks-inside-figures": (_inside_figures_line_breaks, False),
    "double-spaces": (lambda t, rel: _double_spaces(t), False),
    "markdown-underscore-figures": (_underscored_figures, False),
    # only the digits in bold: the example's own wording (stories with Markdown of their
    # own or decimals in tables would nest the marks)
    "markdown-bold-digits": (lambda t, rel: E.markdown_bold_digits(t), False),
}

NEUTRAL_XFAIL: dict = {}

NEUTRAL_NAMES = list(E.NEUTRAL) + list(EXTRA_NEUTRAL)


def neutral_texts(name: str) -> tuple[dict[str, str], bool]:
    if name in E.NEUTRAL:
        edit, bom = E.NEUTRAL[name]
        return {rel: edit(t) for rel, t in E.original_texts().items()}, bom
    edit, bom = EXTRA_NEUTRAL[name]
    return {rel: edit(t, rel) for rel, t in E.original_texts().items()}, bom


@pytest.mark.parametrize("name", [_param(n, n, NEUTRAL_XFAIL) for n in NEUTRAL_NAMES])
def test_neutral_edit_keeps_every_claim_passing(tmp_path, name):
    texts, bom = neutral_texts(name)
    if name != "unchanged" and name != "bom":
        assert texts != E.original_texts(), f"the edit {name!r} changed nothing"
    results = E.run(E.write_example(tmp_path, texts, bom))
    assert all(r.status is PASS for r in results.values()), f"after {name}:\n{describe(results)}"
    if name in E.LAYOUT_ONLY or name in EXTRA_NEUTRAL:
        # layout only: each claim is still judged on the same figure
        base = {E.key(r): r for r in E.baseline()}
        moved = {i: (base[i].found, r.found) for i, r in results.items()
                 if E.comparable(r.found) != E.comparable(base[i].found)}
        assert moved == {}


# ----------------------------------------------------------- other wordings of figures

#: How many passes pick a different alternative for every wording of E.SPELLINGS.
RESPELL_PASSES = max(len(alternatives) for _, _, alternatives in E.SPELLINGS)
#: A layout edit on top of each pass, in turn (a line break or two spaces may fall inside
#: a reworded figure).
RESPELL_LAYOUTS = (lambda t: t, lambda t: E.rewrap(t, 27), _double_spaces, lambda t: E.rewrap(t, 41), E.nfd,
                   lambda t: E.rewrap(t, 20), E.crlf)


def failures(results) -> dict:
    return {E.key(r): (r.status.value, r.found, r.message) for r in results.values() if r.status is not PASS}


@pytest.mark.parametrize("k", range(RESPELL_PASSES))
def test_every_figure_reworded_at_once_keeps_every_claim_passing(tmp_path, k):
    """Pass k rewrites every covered figure at once, each with its alternative k (or the
    one k wraps round to), so every alternative is checked in some combination."""
    texts = E.respell(E.original_texts(), lambda i, alternatives: alternatives[(k + i) % len(alternatives)])
    layout = RESPELL_LAYOUTS[k % len(RESPELL_LAYOUTS)]
    texts = {rel: layout(t) for rel, t in texts.items()}
    assert failures(E.run(E.write_example(tmp_path, texts))) == {}


@pytest.mark.slow
@pytest.mark.parametrize("width", [None, 20, 33, 58, 77])
def test_each_figure_reworded_alone_keeps_every_claim_passing(tmp_path, width):
    """Every alternative of E.SPELLINGS on its own, as written or re-wrapped."""
    bad = {}
    for i, (rel, old, alternatives) in enumerate(E.SPELLINGS):
        for new in alternatives:
            texts = E.respell(E.original_texts(), lambda j, _a: new if j == i else None)
            if width is not None:
                texts = {r: E.rewrap(t, width) for r, t in texts.items()}
            found = failures(E.run(E.write_example(tmp_path, texts)))
            if found:
                bad[f"{old!r} -> {new!r}"] = found
    assert bad == {}


UNRELATED_PARAGRAPHS = (
    E.UNRELATED,
    "Elsewhere, a regional bank lent 2.5 million EUR to 40 small firms in 2019, about 12% more than in "
    "2018, and its 25th branch opened on March 3.",
    "In other news, rainfall reached 120 millimetres on Monday, up 8% from a week earlier, and 3 people "
    "were hurt.",
)


def _sentences_shuffled(text: str, rel: str, seed: int) -> str:
    """The sentences of each paragraph in another order (the 2025 dateline's stays first)."""
    import random
    rng = random.Random(seed)
    out = []
    for i, paragraph in enumerate(text.split("\n\n")):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", paragraph.strip())
        if len(sentences) > 1 and not (i == 0 and "2025" in rel):
            rng.shuffle(sentences)
            paragraph = " ".join(sentences)
        out.append(paragraph)
    return "\n\n".join(out)


def _paragraphs_shuffled(text: str, seed: int) -> str:
    """The paragraphs in another order, the first (a caption or the dateline) kept first."""
    import random
    parts = [p for p in text.split("\n\n") if p.strip()]
    rest = parts[1:]
    random.Random(seed).shuffle(rest)
    return "\n\n".join(parts[:1] + rest)


def _layouts():
    for width in range(20, 101):
        yield f"rewrap-{width}", lambda t, rel, w=width: E.rewrap(t, w)
    for seed in range(6):
        yield f"sentences-shuffled-{seed}", lambda t, rel, s=seed: _sentences_shuffled(t, rel, s)
        yield f"paragraphs-shuffled-{seed}", lambda t, rel, s=seed: _paragraphs_shuffled(t, s)
    for where in range(40):
        for n, paragraph in enumerate(UNRELATED_PARAGRAPHS):
            def insert(t, rel, where=where, paragraph=paragraph):
                parts = t.split("\n\n")
                return "\n\n".join(parts[:where] + [paragraph] + parts[where:]) if where <= len(parts) else t
            yield f"paragraph-{n}-at-{where}", insert


@pytest.mark.slow
def test_layout_sweep_keeps_every_claim_passing(tmp_path):
    """Re-wrapped at every width from 20 to 100, sentences and paragraphs reordered,
    unrelated paragraphs with figures of every kind at every paragraph boundary."""
    bad = {}
    for name, edit in _layouts():
        texts = {rel: edit(t, rel) for rel, t in E.original_texts().items()}
        found = failures(E.run(E.write_example(tmp_path, texts)))
        if found:
            bad[name] = found
    assert bad == {}


# ------------------------------------------------------------------- report spans

SPAN_VARIANTS = ["unchanged", "nfd", "crlf", "bom", "rewrap-60", "nbsp-in-figures",
                 "all-combined-hyphens-straight", "all-combined-dashes-curly"]


@pytest.mark.parametrize("name", SPAN_VARIANTS)
def test_json_spans_slice_out_what_was_found(tmp_path, name):
    texts, bom = neutral_texts(name)
    claims = E.write_example(tmp_path, texts, bom)
    doc = json.loads(render_json(checker.check(str(claims))))
    with_span = [rec for rec in doc["results"] if rec["span"] is not None]
    assert len(with_span) >= len(doc["results"]) - 2  # absent claims have no span
    for rec in with_span:
        text = E.read_article(tmp_path / _article(rec["path"][-8:-4]))
        start, end = rec["span"]["start"], rec["span"]["end"]
        assert collapse(text[start:end]) == rec["found"], rec
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        assert (rec["line"], rec["column"]) == (line, column), rec
        assert rec["found"] in rec["evidence"] or collapse(rec["found"]) in rec["evidence"], rec


def test_the_example_locates_facts_by_words_not_figures():
    """docs/claims.md: choose `about` words of the fact, not of its figure, so that an
    edited figure is reported as a mismatch naming what the text now says (not as
    "missing"), and a figure rewritten another way ("three decades") is still found."""
    import yaml
    doc = yaml.safe_load(E.CLAIMS.read_text(encoding="utf-8"))
    with_figures = []
    for claim in doc["claims"]:
        about = claim.get("about") or []
        for phrase in about if isinstance(about, list) else [about]:
            if checker.extract(str(phrase)):
                with_figures.append((claim["id"], phrase))
    assert with_figures == []
