"""One run of ``factlock check``: load claims, index each article once, judge each claim.

The judge's outcomes follow PRODUCT.md: every place the claim's words locate must
state the claimed figure (pass); a place stating another figure is a mismatch; places
that disagree among themselves and with the claim are ambiguous; no place is missing.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import inspect
import os
from functools import lru_cache
from typing import Iterable, Optional

from .claims import find_claim_files, load_claims
from .evaluate import judge, preference, signature
from .gcpause import paused
from .hints import (KIND_NOUNS, backwards_range, date_hint, impossible_day, impossible_range, locale_hint, name_hint,
                    stated_beside, stated_elsewhere)
from .locale import DEFAULT as DEFAULT_LOCALE, Locale
from .locate import ArticleIndex, Place, find_text, locate, nearest_text
from .model import Article, Claim, ClaimSet, Outcome, Report, Result, Span, VersionFigure, new_result


def run_check(paths: Optional[Iterable[str]] = None, observers: tuple = ()) -> Report:
    """Judge every claim in the claims files named by ``paths`` (files or folders).

    ``observers`` (such as ``checker.coverage.Collector`` and ``Progress``) are told
    ``start(claim_sets)``, then ``checked(claim_set, results, indexes=indexes)`` per file
    (``indexes``: the file's articles as this check indexed them, see ``Indexes``; an
    observer whose ``checked`` takes no ``indexes`` is called without it), then
    ``finish()``; with observers every file is loaded before any is checked.
    """
    with paused():
        return _run_check(paths, observers)


def _run_check(paths: Optional[Iterable[str]], observers: tuple) -> Report:
    report = Report()
    files = find_claim_files(list(paths or ["claims.yaml"]))
    if not observers:
        for path in files:
            claim_set = load_claims(path)
            report.results.extend(check_claim_set(claim_set))
        return report
    claim_sets = [load_claims(path) for path in files]
    for observer in observers:
        observer.start(claim_sets)
    told = [(observer.checked, _takes_indexes(observer.checked)) for observer in observers]
    try:
        for claim_set in claim_sets:
            indexes = Indexes(claim_set)
            results = check_claim_set(claim_set, indexes)
            report.results.extend(results)
            for checked, with_indexes in told:
                if with_indexes:
                    checked(claim_set, results, indexes=indexes)
                else:
                    checked(claim_set, results)
    finally:
        for observer in observers:
            observer.finish()
    return report


def _takes_indexes(checked) -> bool:
    """Does an observer's ``checked`` accept ``indexes=``? (Observers written before it
    was passed take ``(claim_set, results)`` only.)"""
    try:
        parameters = inspect.signature(checked).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "indexes" and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
               or p.kind is p.VAR_KEYWORD for p in parameters)


def check(path: str = "claims.yaml") -> Report:
    """Judge every claim in the claims file (or folder of claims files) ``path``: a
    ``Report`` with ``.results`` (one ``Result`` per claim and version, as in the JSON
    report) and ``.ok``. An unusable input raises ``checker.UserError``, whose
    ``.problems`` are the ``path:line:col: message`` lines ``factlock check`` prints."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"check() takes the path of a claims file or folder as a str or "
                        f"os.PathLike, not {type(path).__name__}")
    return run_check([os.fspath(path)])


@lru_cache(maxsize=4096)
def report_path(file: str) -> str:
    """A path as reports show it: relative to the run folder, with '/'."""
    try:
        rel = os.path.relpath(file)
    except ValueError:  # another drive on Windows
        rel = file
    if rel.startswith(".." + os.sep) and os.path.isabs(file):
        rel = file
    return rel.replace(os.sep, "/")


def version_chain(articles: dict[str, Article], name: str,
                  children: Optional[dict[str, list[str]]] = None) -> list[str]:
    """Every version of the story ``name`` belongs to, oldest first.

    Versions are linked by ``previous``; from the oldest, each article's later versions
    follow in file order (a story may branch: two revisions of one article).
    ``children`` (from ``later_versions``) saves a pass over every article per chain;
    for the chains of many articles, ``version_chains`` builds them all at once.
    """
    if children is None:
        children = later_versions(articles)
    root, seen = name, {name}
    while articles[root].previous in articles and articles[root].previous not in seen:
        root = articles[root].previous
        seen.add(root)
    return _chain_from(root, children)


def _chain_from(root: str, children: dict[str, list[str]]) -> list[str]:
    """``root`` and every later version of it, breadth first, each once."""
    chain, done, queue, at = [], set(), [root], 0
    while at < len(queue):
        current = queue[at]
        at += 1
        if current in done:
            continue
        done.add(current)
        chain.append(current)
        queue += children.get(current, ())
    return chain


def version_chains(articles: dict[str, Article]) -> dict[str, list[str]]:
    """Every article's ``version_chain``, in one pass over the articles: the articles of
    one story share one list (do not change it). Linear in the number of articles, where
    calling ``version_chain`` for each walks the archive once per article."""
    children = later_versions(articles)
    chains: dict[str, list[str]] = {}
    for name, article in articles.items():
        if name in chains:
            continue
        if article.previous in articles:
            continue     # not the oldest version: its chain is built from the root
        chain = _chain_from(name, children)
        for member in chain:
            chains.setdefault(member, chain)
    for name in articles:         # articles on a 'previous' cycle (the loader refuses them)
        if name not in chains:
            chains[name] = version_chain(articles, name, children)
    return chains


def later_versions(articles: dict[str, Article]) -> dict[str, list[str]]:
    """Article name -> the articles naming it as ``previous``, in file order."""
    children: dict[str, list[str]] = {}
    for a in articles.values():
        if a.previous is not None:
            children.setdefault(a.previous, []).append(a.name)
    return children


class Indexes(dict):
    """Each article of a claims file indexed once, on first use."""

    def __init__(self, claim_set: ClaimSet):
        super().__init__()
        self.claim_set = claim_set

    def __missing__(self, name: str) -> ArticleIndex:
        article = self.claim_set.articles[name]
        index = self[name] = ArticleIndex(self.claim_set.texts[name], article.published, locale=article.locale)
        return index

    def index_all(self, names: Iterable[str]) -> None:
        """Index each of ``names`` not indexed yet, all together (``ArticleIndex.many``)."""
        todo = [name for name in dict.fromkeys(names) if name not in self]
        articles, texts = self.claim_set.articles, self.claim_set.texts
        made = ArticleIndex.many([(texts[name], articles[name].published) for name in todo],
                                 [articles[name].locale for name in todo])
        self.update(zip(todo, made))


def indexed(indexes: Optional[dict[str, ArticleIndex]], name: str, text: str,
            published: Optional[_dt.date], locale: Locale = DEFAULT_LOCALE) -> ArticleIndex:
    """The article ``name`` as ``indexes`` holds it (``Indexes`` indexes it on first use
    and keeps it), else indexed now: for observers and reports that may or may not be
    given the indexes a check built."""
    if indexes is not None:
        try:
            return indexes[name]
        except KeyError:
            pass
    return ArticleIndex(text, published, locale=locale)


def check_claim_set(claim_set: ClaimSet, indexes: Optional[Indexes] = None,
                    chains: Optional[dict[str, list[str]]] = None) -> list[Result]:
    """Every claim judged in every version of its article, in claims-file order.

    ``indexes`` lets a caller that already indexed the articles (or times indexing
    apart from judging, or goes on to use them: drift, coverage) pass them in; so do
    ``chains`` (from ``version_chains``)."""
    if indexes is None:
        indexes = Indexes(claim_set)
    if chains is None:
        chains = version_chains(claim_set.articles)
    # Every article a claim is judged in is indexed first, then every claim is judged:
    # taking the two in turn, article by article, each evicts the other's code and tables
    # from the processor's caches (a 1,000-article check ran 4% slower that way).
    seen: set[int] = set()
    names = [name for claim in claim_set.claims
             if id(chain := chains[claim.article]) not in seen and not seen.add(id(chain))
             for name in chain]
    if isinstance(indexes, Indexes):
        indexes.index_all(names)
    else:  # a mapping of the caller's own
        for name in names:
            indexes[name]
    _read_located(claim_set.claims, indexes, chains)
    results = []
    for claim in claim_set.claims:
        results += judge_versions(claim, claim_set, indexes, chains[claim.article])
    return results


def _read_located(claims: list[Claim], indexes, chains: dict[str, list[str]]) -> None:
    """Read the figures of every sentence the claims' words locate, all at once before
    judging: the figures of an article are read a paragraph at a time when first asked
    for (``ArticleIndex``), and reading them in one stage, not between judgements, keeps
    the extraction engine's code and tables in the processor's caches."""
    wanted: dict[int, tuple[ArticleIndex, set[int]]] = {}
    for claim in claims:
        if claim.kind in ("text", "absent"):
            continue
        for name in chains[claim.article]:
            index = indexes[name]
            entry = wanted.get(id(index))
            if entry is None:
                entry = wanted[id(index)] = (index, set())
            at = entry[1]
            for phrase in claim.about:
                for ns, _ in index.find(phrase):
                    at.add(ns)
    for index, at in wanted.values():
        for ns in sorted(at):
            index.sentence_at(ns)


def judge_versions(claim: Claim, claim_set: ClaimSet, indexes, chain: list[str]) -> list[Result]:
    """One result per version of the claim's article in which the claim is judged.

    A version the claim gives a figure for is judged as usual (a figure gone is
    ``missing``). In any other version the claim is judged only where its ``about``
    words locate a figure: the same figure passes; another one is ``drift`` (a warning
    under the ``drift: warn`` policy). ``absent`` claims speak only of their versions.
    """
    results = []
    if len(chain) == 1 and not claim.figures:    # one version, one figure: the common case
        return [judge_claim(claim, claim_set.articles[claim.article], indexes[claim.article])]
    for name in chain:
        result = judge_in_version(claim, claim_set.articles[name], indexes[name], chain)
        if result is not None:
            results.append(result)
    return results


def judge_in_version(claim: Claim, article: Article, index: ArticleIndex,
                     chain: list[str]) -> Optional[Result]:
    """The claim judged in one version of its story (``chain``, see ``version_chain``);
    None where it is not judged there (nothing located in a version it names no figure
    for, or an absent claim). For callers that judge one version at a time (pytest)."""
    figure = claim.figure_for(article.name)
    if figure is not None:
        return judge_claim(as_version(claim, figure), article, index)
    if claim.kind == "absent":
        return None
    reference = reference_figure(claim, chain, article.name)
    return judge_drift(as_version(claim, reference), article, index, reference)


def as_version(claim: Claim, figure: VersionFigure) -> Claim:
    """The claim as it reads for one version: that version's figure."""
    if figure.figure == claim.figure and figure.expected == claim.expected:
        return claim
    return dataclasses.replace(claim, figure=figure.figure, expected=figure.expected)


def reference_figure(claim: Claim, chain: list[str], name: str) -> VersionFigure:
    """What a version the claim names no figure for should state: the figure of the
    nearest earlier version the claim names, else of the nearest later one."""
    at = chain.index(name)
    for other in chain[at - 1::-1] if at else ():
        if claim.figure_for(other) is not None:
            return claim.figure_for(other)
    for other in chain[at + 1:]:
        if claim.figure_for(other) is not None:
            return claim.figure_for(other)
    return claim.figure_for(claim.article)


def judge_drift(claim: Claim, article: Article, index: ArticleIndex,
                reference: VersionFigure) -> Optional[Result]:
    """A claim in a version it names no figure for: None where its words locate
    nothing there (the fact is new or gone), else pass or drift."""
    if claim.kind == "text":
        if claim.about and not any(index.find(p) for p in claim.about):
            return None
    elif not locate(index, claim.about, claim.kind)[0]:
        return None
    result = judge_claim(claim, article, index)
    if result.status is Outcome.PASS:
        return result
    if result.status is Outcome.MISSING and claim.kind != "text":
        return None
    if claim.kind == "text" and not claim.about:
        return None      # the words are simply not in this version: gone, not changed
    why = f"{reference.version} states {reference.figure!r}, and the claims file gives no " \
          f"{claim.kind} for {article.name}"
    if result.found is not None:
        why = f"the figure changed: {why}; add '{article.name}: {result.found}' to the claim " \
              f"once the change is right"
    else:
        why = f"{result.message}; {why}"
    others = tuple(dataclasses.replace(o, status=Outcome.DRIFT, warning=claim.drift == "warn")
                   for o in result.others)
    return dataclasses.replace(result, status=Outcome.DRIFT, message=why, others=others,
                               warning=claim.drift == "warn")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _record(claim: Claim, article: Article, index: ArticleIndex, status: Outcome, place: Optional[Place] = None,
            message: str = "", found_span: Optional[tuple[int, int]] = None,
            sentence: Optional[tuple[int, int]] = None, others: tuple = (), no_figure: bool = False) -> Result:
    fields = {
        "id": claim.id, "article": claim.article, "version": article.name,
        "path": report_path(article.file), "kind": claim.kind, "status": status,
        "expected": claim.figure, "message": message, "claim_pos": claim.pos, "others": others,
    }
    if no_figure:
        fields["no_figure"] = True
    if place is not None:
        found_span = (place.mention.start, place.mention.end)
        sentence = place.sentence
    if found_span is not None:
        start, end = found_span
        if sentence is None:
            sentence = index.sentence_raw(_norm_offset(index, start))
        fields["line"], fields["column"] = index.line_col(start)
        fields["found"], fields["evidence"], fields["evidence_span"] = index.evidence(start, end, sentence)
        fields["span"] = Span(start, end)
    return new_result(fields)


def _norm_offset(index: ArticleIndex, raw_offset: int) -> int:
    """A raw offset back in normalised terms (identity unless the text was not NFC)."""
    return index.norm.norm_offset(raw_offset)


def _about_norm(claim: Claim, index: ArticleIndex) -> tuple[int, ...]:
    """Normalised offsets where the claim's ``about`` words stand."""
    return tuple(ns for phrase in claim.about for ns, _ in index.find(phrase))


def _about_at(claim: Claim, index: ArticleIndex) -> tuple[int, ...]:
    """Raw offsets where the claim's ``about`` words stand (for the slip nearest them)."""
    return tuple(index.norm.raw_span(ns, ns)[0] for phrase in claim.about for ns, _ in index.find(phrase))


def _about_text(claim: Claim) -> str:
    return " / ".join(repr(a) for a in claim.about)


def judge_claim(claim: Claim, article: Article, index: ArticleIndex) -> Result:
    if claim.kind in ("text", "absent"):
        return _judge_phrase(claim, article, index)
    places, n_sentences, others = locate(index, claim.about, claim.kind, preference(claim), claim.expected)
    if not places:
        if n_sentences == 0:
            msg = f"no sentence mentions {_about_text(claim)}" + stated_elsewhere(claim, index)
        else:
            where = "the sentence" if n_sentences == 1 else f"the {n_sentences} sentences"
            sentences = [index.sentence_raw(ns) for phrase in claim.about for ns, _ in index.find(phrase)]
            slip = impossible_day(claim, index, sentences) or impossible_range(claim, index, sentences,
                                                                               _about_at(claim, index))
            if slip is not None:  # "until Nov. 31": no date, but the words to fix
                return _record(claim, article, index, Outcome.MISMATCH, message=slip[1], found_span=slip[0],
                               no_figure=True)
            msg = f"no {claim.kind} figure in {where} mentioning {_about_text(claim)}"
            if others:
                o = others[0].mention
                msg += f"; nearest figure there is {_collapse(o.text)!r} ({KIND_NOUNS.get(o.kind, o.kind)})"
            msg += name_hint(claim, article, index, others)
        return _record(claim, article, index, Outcome.MISSING, message=msg)
    verdicts = [(p, locale_hint(claim, index, p.mention, date_hint(
        claim, index, judge(claim, p.mention, index.matching_text(p.sentence[0], p.mention.start),
                            index.matching_text(p.mention.end, p.sentence[1]), dated=index.reference is not None))))
                for p in places]
    bad = [(p, why) for p, why in verdicts if why is not None]
    if not bad:
        return _record(claim, article, index, Outcome.PASS, places[0])
    good = [p for p, why in verdicts if why is None]
    if good:
        p, why = bad[0]
        extra = f"; the claimed figure is stated at line {index.line_col(good[0].mention.start)[0]}, " \
                f"but {len(bad)} other place{'s' if len(bad) > 1 else ''} state{'' if len(bad) > 1 else 's'} otherwise"
        return _record(claim, article, index, Outcome.MISMATCH, p, message=why + extra)
    sentences = list({p.sentence for p, _ in bad})
    slip = impossible_day(claim, index, sentences) or impossible_range(claim, index, sentences, _about_at(claim, index)) \
        or backwards_range(claim, index, sentences, _about_at(claim, index))
    if slip is not None:  # "from Nov. 28 to Nov. 31": the slip, not the figures read around it
        return _record(claim, article, index, Outcome.MISMATCH, message=slip[1], found_span=slip[0],
                       sentence=bad[0][0].sentence, no_figure=True)
    distinct = {signature(p.mention) for p, _ in bad}
    if len(distinct) > 1:
        records = tuple(_record(claim, article, index, Outcome.AMBIGUOUS, p, message=why) for p, why in bad[1:])
        where = ", ".join(f"{_collapse(p.mention.text)!r} (line {index.line_col(p.mention.start)[0]})" for p, _ in bad)
        return _record(claim, article, index, Outcome.AMBIGUOUS, bad[0][0],
                       message=f"{_about_text(claim)} locates {len(bad)} different figures, none as claimed: {where}",
                       others=records)
    p, why = bad[0]
    if len(bad) > 1:
        why += f" (stated the same way in {len(bad)} places)"
    why += name_hint(claim, article, index, tuple(p for p, _ in bad)) or stated_beside(claim, index, p.mention, p.sentence)
    return _record(claim, article, index, Outcome.MISMATCH, p, message=why)


def _spelt_otherwise(claim: Claim, index: ArticleIndex, within: Optional[list[tuple[int, int]]],
                     spans: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """Of the sentences a text claim's words locate, one that does not hold its phrase but
    a wording close to it ("Bui Thanh Soo" where another says "Bui Thanh Son"): every
    place must state the claim, as for a figure. None when each holds it or nothing like
    it."""
    if within is None or len(within) < 2:
        return None
    for s, e in within:
        if not any(s <= a and b <= e for a, b in spans):
            near = nearest_text(index, claim.figure, [(s, e)], near=_about_norm(claim, index))
            if near is not None:
                return near
    return None


def _judge_phrase(claim: Claim, article: Article, index: ArticleIndex) -> Result:
    within = None
    scope = ""
    if claim.about:
        sentences = set()
        for phrase in claim.about:
            for ns, _ in index.find(phrase):
                sentences.add(index.sentence_raw(ns))
        if not sentences:
            return _record(claim, article, index, Outcome.MISSING,
                           message=f"no sentence mentions {_about_text(claim)}")
        within = sorted(sentences)
        scope = f" in the sentences mentioning {_about_text(claim)}"
    spans = find_text(index, claim.figure, claim.ignore_case, claim.ignore_diacritics, within)
    if claim.kind == "text":
        if spans:
            other = _spelt_otherwise(claim, index, within, spans)
            if other is not None:  # "Bui Thanh Soo" in one of the two sentences naming him
                return _record(claim, article, index, Outcome.MISMATCH, found_span=other,
                               message=f"{claim.figure!r} appears{scope}, but one of them has "
                                       "another wording")
            return _record(claim, article, index, Outcome.PASS, found_span=spans[0])
        near = nearest_text(index, claim.figure, within, near=_about_norm(claim, index))
        if near is not None:  # "Lydia Bousour": what the text says instead
            return _record(claim, article, index, Outcome.MISMATCH, found_span=near,
                           message=f"{claim.figure!r} does not appear{scope}; the nearest wording differs")
        return _record(claim, article, index, Outcome.MISSING, message=f"{claim.figure!r} does not appear{scope}")
    if spans:
        n = len(spans)
        return _record(claim, article, index, Outcome.MISMATCH, found_span=spans[0],
                       message=f"{claim.figure!r} must not appear{scope}, but appears {n} time{'s' if n > 1 else ''}")
    return _record(claim, article, index, Outcome.PASS)
