"""``factlock suggest``: drafted claims pass when checked, cover every figure, and
``--append`` adds only what is missing without touching a byte of the file."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checker.cli as cli
from checker.claims import load_claims
from checker.claims.schema import ID_PATTERN
from checker.coverage import article_coverage
from checker.engine import check_claim_set
from checker.suggest import draft_claims, publication_date, scalar, slug, suggest
from conftest import without_claim

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "vna-unga-2024.txt": dt.date(2024, 9, 20),
    "vna-unga-2025.txt": None,              # the dateline gives the date
}


def check_file(path: str):
    claim_set = load_claims(path)
    results = check_claim_set(claim_set)
    return claim_set, results, article_coverage(claim_set, results)


def assert_round_trip(path: str, n_drafts: int):
    claim_set, results, coverage = check_file(path)
    assert len(results) == n_drafts
    failing = [(r.id, r.status.value, r.expected, r.found, r.message) for r in results if not r.ok]
    assert failing == []
    for art in coverage:
        assert [(f.mention.text, f.mention.kind) for f in art.uncovered] == []
    ids = [c.id for c in claim_set.claims]
    assert len(ids) == len(set(ids))
    assert all(ID_PATTERN.match(i) for i in ids)
    return claim_set


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_suggest_on_each_bundled_article_round_trips(work, name, fmt):
    text, drafts = suggest(f"articles/{name}", format=fmt, published=ARTICLES[name], output="drafted.yaml")
    Path("drafted.yaml").write_text(text, encoding="utf-8")
    claim_set = assert_round_trip("drafted.yaml", len(drafts))
    assert len(drafts) == len(claim_set.claims) >= 20
    for d in drafts:
        assert d.unique and d.ok
        # the about words never include the figure's own words
        assert " ".join(d.mention.text.split()).lower() not in d.about.lower()
        # readable ids: words from the sentence, not numbers
        assert d.id[0].isalpha() and len(d.id) <= 40


def test_yaml_is_readable_block_style_with_a_header(work):
    text, drafts = suggest("articles/vna-unga-2024.txt", published=dt.date(2024, 9, 20))
    assert text.startswith("# Claims drafted by `factlock suggest` from articles/vna-unga-2024.txt")
    assert "{" not in text and "[" not in text.split("claims:")[1]
    assert "  - id: bilateral-trade-money\n    article: vna-unga-2024\n    about: bilateral trade\n" \
           "    money: nearly 88 billion USD\n" in text
    assert "published: 2024-09-20" in text
    assert yaml.safe_load(text)["articles"]["vna-unga-2024"]["path"] == "articles/vna-unga-2024.txt"


def test_dates_keep_the_article_wording(work):
    _, drafts = suggest("articles/vna-unga-2025.txt")
    figures = [(d.kind, d.figure) for d in drafts]
    assert ("dates", "from September 21–24") in figures
    assert ("date", "2025-09-20") in figures and ("date", "October 25") in figures


def test_paths_are_relative_to_the_output_file(work):
    os.mkdir("ledger")
    text, _ = suggest("articles/vna-unga-2025.txt", output="ledger/x.yaml")
    assert "path: ../articles/vna-unga-2025.txt" in text


def test_json_is_a_loadable_claims_file(work):
    text, drafts = suggest("articles/vna-unga-2025.txt", format="json")
    doc = json.loads(text)
    assert doc["version"] == 1 and len(doc["claims"]) == len(drafts)
    assert doc["articles"]["vna-unga-2025"] == {"path": "articles/vna-unga-2025.txt", "published": "2025-09-20"}


@pytest.mark.parametrize("value, plain", [
    ("bilateral trade", True), ("2030", True), ("79th", True), ("2025-09-20", True),
    ("Lương Cường", True), ("a: b", False), ("x #y", False), ("'quoted'", False), ("- 3", False),
    ("yes", False), ("", False), ("[x]", False), ("*5", False),
])
def test_scalars_are_quoted_only_when_yaml_needs_it(value, plain):
    shown = scalar(value)
    assert (shown == value) is plain
    node = yaml.compose(f"k: {shown}")
    assert node.value[0][1].value == value


def test_slugs_fold_diacritics():
    assert slug(["Việt", "Nam", "relations"]) == "viet-nam-relations"
    assert slug(["Đặng", "Hoàng"]) == "dang-hoang"


# --- the publication date ------------------------------------------------------------

@pytest.mark.parametrize("top, published", [
    # a line saying so, in the markup a CMS or a Markdown export leaves around it
    ("Rents climb again\n\n*Published 24 October 2024*\n\nRents rose 3% in 2023.", "2024-10-24"),
    ("Rents climb again\nPublished: Thursday 24 October 2024 10:32 BST\nUpdated: 25 October 2024\n",
     "2024-10-24"),
    ("Rents climb again\n_Posted on 3 March 2023 at 09:00_\n", "2023-03-03"),
    ("Rents climb again\nLast updated: 25 October 2024\nRents rose.", "2024-10-25"),
    # a dateline that gives the year, closed by a dash
    ("NEW YORK, Nov. 14, 2023 -- Stocks rallied on Tuesday.", "2023-11-14"),
    ("CUPERTINO, Calif., Oct. 31, 2024 \u2014 Apple on Thursday reported results.", "2024-10-31"),
    ("H\u00c0 N\u1ed8I, 20 September 2025 \u2014 Vi\u1ec7t Nam will attend.", "2025-09-20"),
    # a byline, or a date on a line of its own
    ("Rents climb again\nBy Jane Smith | October 24, 2024\n\nRents rose.", "2024-10-24"),
    ("Election results\n\nJuly 4, 2024\n\nThe party won 411 seats.", "2024-07-04"),
    ("Rents climb again\n\nThu 24 Oct 2024 09.00 BST\n\nRents rose.", "2024-10-24"),
    # the dateline factlock check reads itself
    (" date 2025-09-20 H\u00c0 N\u1ed8I \u2014 In the face of challenges", "2025-09-20"),
    # no publication date: a dateline without its year, dates the story tells
    ("LONDON, Nov 11 (Reuters) - A drug cut the risk by 20%.", None),
    ("Born on 12 May 1931 in Leeds, Doe joined the orchestra in 1958.", None),
    ("MUMBAI: Tata Motors on Friday 2 August 2024 reported a 34 per cent jump.", None),
    ("On 4 July 2024 voters went to the polls.", None),
    ("Dame Jane Goodall (3 April 1934 \u2013 1 October 2025) was a primatologist.", None),
])
def test_the_publication_date_is_read_from_the_top_of_the_article(top, published):
    found = publication_date(top)
    assert (found.isoformat() if found else None) == published


def test_suggest_writes_the_date_a_published_line_gives_and_reads_relative_dates_by_it(work):
    Path("a.md").write_text("# Rents climb again\n\n*Published 24 October 2024*\n\n"
                            "Rents rose 3% this year, after the council voted in March.\n", encoding="utf-8")
    text, drafts = suggest("a.md", output="claims.yaml")
    assert "    published: 2024-10-24\n" in text
    assert [(d.kind, d.figure) for d in drafts if d.kind in ("year", "dates")] == [
        ("year", "this year"), ("dates", "March")]
    Path("claims.yaml").write_text(text, encoding="utf-8")
    assert_round_trip("claims.yaml", len(drafts))


def test_without_a_date_the_article_entry_says_where_it_goes(work):
    Path("a.txt").write_text("LONDON, Nov 11 (Reuters) - Rents rose 3% this year, after the buyback "
                             "announced in May.\n", encoding="utf-8")
    text, drafts = suggest("a.txt", output="claims.yaml")
    entry = "    path: a.txt\n    # published: YYYY-MM-DD   (no date found in the article: "
    assert entry in text
    # the relative dates keep the article's words, so they hold once the date is given
    assert [(d.kind, d.figure) for d in drafts if d.kind in ("year", "dates")] == [
        ("year", "this year"), ("dates", "May")]
    Path("claims.yaml").write_text(text, encoding="utf-8")
    assert_round_trip("claims.yaml", len(drafts))
    Path("claims.yaml").write_text(text.replace(entry, "    path: a.txt\n    published: 2023-11-11\n    # "),
                                   encoding="utf-8")
    assert load_claims("claims.yaml").articles["a"].published == dt.date(2023, 11, 11)
    assert_round_trip("claims.yaml", len(drafts))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Published by NEW YORK, Nov. 14 2023 -\u2014*_:|()\n0123456789")),
               max_size=120))
def test_the_publication_date_never_raises_and_is_a_date_the_text_states(text):
    found = publication_date(text)
    if found is not None:
        assert str(found.year) in text


# --- the figure as an editor notes it -------------------------------------------------

def test_lengths_written_as_compound_adjectives_are_drafted_as_lengths(work):
    Path("a.txt").write_text(
        "The 87-year-old actor died on Monday. The council's four-hour meeting ended at midnight. "
        "Her 60-year study of chimpanzees changed the field. It was the largest one-year increase "
        "on record, after a three-decade career.\n", encoding="utf-8")
    text, drafts = suggest("a.txt", published=dt.date(2024, 5, 1), output="claims.yaml")
    assert [d.figure for d in drafts if d.kind == "duration"] == [
        "87 years", "four hours", "60 years", "one year", "three decades"]
    Path("claims.yaml").write_text(text, encoding="utf-8")
    assert_round_trip("claims.yaml", len(drafts))


def test_a_month_keeps_its_word_and_a_quarter_gets_its_year_not_iso_days(work):
    Path("a.txt").write_text(
        "Construction begins in March, the council said. Antarctic sea ice hit its lowest in "
        "February, unchanged from May. For the fourth quarter, the company forecast revenue of "
        "$20 billion.\n", encoding="utf-8")
    text, drafts = suggest("a.txt", published=dt.date(2023, 11, 21), output="claims.yaml")
    assert [d.figure for d in drafts if d.kind == "dates"] == ["March", "February", "May", "Q4 2023"]
    Path("claims.yaml").write_text(text, encoding="utf-8")
    assert_round_trip("claims.yaml", len(drafts))


# --- the about words -------------------------------------------------------------------

def abouts(text: str, published=dt.date(2024, 11, 1)) -> dict[str, str]:
    return {d.figure: d.about for d in draft_claims(text, published) if d.live}


def test_about_words_do_not_run_across_a_spaced_dash_or_stop_at_a_sentence_opener():
    # "SPRINGFIELD — The City Council voted" and "WASHINGTON — The Senate" were phrases;
    # "The" opening the sentence kept "City Council voted" out as cutting a name
    found = abouts("SPRINGFIELD \u2014 The City Council voted on Tuesday to spend $4.5 million.\n\n"
                   "WASHINGTON \u2014 The Senate voted 52 to 48 to pass the bill.\n")
    assert found["$4.5 million"] == "City Council voted"
    assert found["52"] == "Senate voted"
    assert not any("\u2014" in a for a in found.values())


def test_about_words_of_common_words_only_give_way_to_the_subject():
    # an earnings line: "year over year" locates both figures, but says nothing of them
    found = abouts("CUPERTINO, Calif. (AP) \u2014 Apple on Thursday reported fiscal fourth-quarter "
                   "revenue of $94.9 billion, up 6% year over year. Services revenue grew 12% to "
                   "$24.97 billion.\n")
    # ("fourth-quarter" is itself a figure, a period: the words before it lead to both)
    assert found["$94.9 billion"] == found["up 6%"] == "reported fiscal"
    assert found["grew 12%"] == "Services revenue"


def test_the_words_next_to_a_figure_start_where_its_noun_phrase_does():
    # "median age" names both ages: the words next to the first are the last resort,
    # taken whole ("median age rose to"), not cut ("age rose to") nor bare ("rose to")
    found = abouts("The median age rose to 41.9 years. In Nunavut, the median age is 28.4 years.\n")
    assert found == {"41.9 years": "median age rose to", "28.4 years": "median age is"}


def test_a_list_item_s_subject_locates_its_second_figure_and_no_words_lead_on():
    # "Net profit" also names the year's 5%: the item's own subject, before its first
    # figure, does ("Net profit of"); "in the" after "rose 5%" leads on to nothing
    found = {d.figure: (d.about, d.live) for d in draft_claims(
        "Highlights for Q3 FY2025\n\n- Net profit of \u20b91,527 crore, up 9.2% year-on-year\n"
        "- Large deal wins with a total contract value of US$1.9 billion\n\n"
        "Net profit rose 5% in the nine months.\n", dt.date(2025, 1, 16))}
    assert found["up 9.2%"] == ("Net profit of", True)
    assert found["US$1.9 billion"] == ("contract value", True)
    assert found["rose 5%"] == ("Net profit", False)


def test_about_words_keep_a_hyphenated_word_whole_but_not_an_age():
    found = abouts("The small-cap Russell 2000 surged 5.4%, its best day of the year. Global "
                   "temperature must stay below 2C over the long-term warming trend. The "
                   "87-year-old actor died on Monday.\n")
    assert found["surged 5.4%"] == "small-cap Russell"
    assert found["87 years"] == "actor died"


# --- --append ------------------------------------------------------------------------

def test_append_to_the_bundled_file_adds_nothing(work, capsys):
    before = Path("claims.yaml").read_bytes()
    assert cli.main(["suggest", "articles/vna-unga-2025.txt", "--append", "claims.yaml"]) == 0
    assert "nothing to add" in capsys.readouterr().err
    assert Path("claims.yaml").read_bytes() == before


@pytest.mark.parametrize("crlf", [False, True])
def test_append_adds_only_uncovered_figures_and_keeps_every_byte(work, capsys, crlf):
    # a fact of one version only: trade-total, stated in both, would leave a drafted
    # single-version claim drifting in the other version (as it should)
    text = without_claim(Path("claims.yaml").read_text(encoding="utf-8"), "2024-trade-growth")
    text = without_claim(text, "2025-peacekeepers-women")
    if crlf:
        text = text.replace("\n", "\r\n")
    Path("claims.yaml").write_bytes(text.encode())
    assert cli.main(["suggest", "articles/vna-unga-2024.txt", "--append", "claims.yaml"]) == 0
    assert cli.main(["suggest", "articles/vna-unga-2025.txt", "--append", "claims.yaml"]) == 0
    assert "added 1 claim to claims.yaml" in capsys.readouterr().err
    after = Path("claims.yaml").read_bytes().decode()
    assert after.startswith(text)            # a pure append: every old byte kept
    added = after[len(text):]
    assert "percent: up 22%" in added
    assert "percent: sixteen per cent" in added
    assert added.count("- id:") == 2
    if crlf:
        assert "\n" not in added.replace("\r\n", "")
    claim_set, results, coverage = check_file("claims.yaml")
    assert all(r.ok for r in results)
    assert all(a.share == 1.0 for a in coverage)


def test_append_a_new_article_adds_its_entry_to_articles(work, capsys):
    Path("more.txt").write_text("Exports of rice rose 12% in 2023, the ministry said.\n", encoding="utf-8")
    before = Path("claims.yaml").read_text(encoding="utf-8")
    assert cli.main(["suggest", "more.txt", "--append", "claims.yaml", "--published", "2024-01-05"]) == 0
    after = Path("claims.yaml").read_text(encoding="utf-8")
    assert "  more:\n    path: more.txt\n    published: 2024-01-05\n" in after
    # the new article goes after the last one, before 'claims:'; nothing else moves
    assert after.index("  more:") < after.index("\nclaims:")
    assert after.replace("  more:\n    path: more.txt\n    published: 2024-01-05\n", "", 1).startswith(before)
    _, results, coverage = check_file("claims.yaml")
    assert all(r.ok for r in results)
    assert [a.share for a in coverage if a.name == "more"] == [1.0]


def test_append_refuses_a_flow_style_claims_list(work, capsys):
    Path("a.txt").write_text("Exports rose 12% in 2023.\n", encoding="utf-8")
    Path("c.yaml").write_text("articles:\n  a: {path: a.txt}\nclaims: [{id: x, about: Exports, year: 2023}]\n")
    before = Path("c.yaml").read_text()
    assert cli.main(["suggest", "a.txt", "--append", "c.yaml"]) == 2
    assert "not [...]" in capsys.readouterr().err
    assert Path("c.yaml").read_text() == before


def test_append_when_claims_is_not_last_inserts_after_the_last_claim(work):
    Path("a.txt").write_text("Exports rose 12% in 2023. Imports fell 4% last year.\n", encoding="utf-8")
    Path("c.yaml").write_text(
        "# ledger\nclaims:\n  - id: exports\n    about: Exports\n    percent: up 12%\n"
        "    # a note under the claim\n\narticles:\n  a:\n    path: a.txt\n    published: 2024-03-01\n"
        "version: 1\n")
    assert cli.main(["suggest", "a.txt", "--append", "c.yaml"]) == 0
    after = Path("c.yaml").read_text()
    head = "# ledger\nclaims:\n  - id: exports\n    about: Exports\n    percent: up 12%\n    # a note under the claim\n"
    assert after.startswith(head)
    assert after.endswith("\narticles:\n  a:\n    path: a.txt\n    published: 2024-03-01\nversion: 1\n")
    _, results, coverage = check_file("c.yaml")
    assert all(r.ok for r in results) and coverage[0].share == 1.0


def test_output_never_overwrites_without_force(work, capsys):
    Path("out.yaml").write_text("keep me\n")
    assert cli.main(["suggest", "articles/vna-unga-2024.txt", "--output", "out.yaml"]) == 2
    assert "out.yaml:1:1: already exists: give --force" in capsys.readouterr().err
    assert Path("out.yaml").read_text() == "keep me\n"
    assert cli.main(["suggest", "articles/vna-unga-2024.txt", "--output", "out.yaml", "--force",
                     "--published", "2024-09-20"]) == 0
    assert_round_trip("out.yaml", 22)


def test_stdout_and_bad_input(work, capsys):
    assert cli.main(["suggest", "articles/vna-unga-2025.txt", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == 1
    assert cli.main(["suggest", "nope.txt"]) == 2
    assert capsys.readouterr().err == "nope.txt:1:1: cannot read article: no such file\n"
    assert cli.main(["suggest", "articles/vna-unga-2025.txt", "--published", "20-09-2025"]) == 2
    assert "is not a date such as 2024-09-20" in capsys.readouterr().err


# --- generated articles ----------------------------------------------------------------

SUBJECTS = [
    "rice exports", "coffee shipments", "the steel industry", "foreign investment", "tourist arrivals",
    "the city budget", "textile orders", "seafood sales", "public debt", "the rail project",
    "hospital admissions", "vaccine deliveries", "solar capacity", "the port authority",
    "mobile subscriptions", "school enrolment", "wind farms", "the central bank", "bond yields",
    "airline passengers", "pepper farmers", "the fishing fleet", "software exports", "cement output",
]
TEMPLATES = [
    "{S} rose {pct} in {year}.",
    "According to officials, {S} reached {qual} {money}.",
    "{S} employed {qual} {count} workers last month.",
    "The review of {S} took place from {month} {d1}-{d2}.",
    "{S} marked its {ordinal} anniversary on {month} {d1}.",
    "Over the past {duration}, {S} has grown steadily.",
    "Analysts said {S} would be finished by {year}.",
    "Growth in {S} fell {pct} compared with a year earlier.",
]
MONTHS = ["January", "March", "May", "July", "September", "October", "December"]


@st.composite
def articles(draw):
    n = draw(st.integers(1, 8))
    subjects = draw(st.lists(st.sampled_from(SUBJECTS), min_size=n, max_size=n, unique=True))
    sentences = []
    for subject in subjects:
        template = draw(st.sampled_from(TEMPLATES))
        d1 = draw(st.integers(1, 20))
        values = {
            "S": subject,
            "pct": f"{draw(st.integers(1, 95))}%",
            "year": str(draw(st.integers(1990, 2035))),
            "qual": draw(st.sampled_from(["", "nearly", "about", "more than", "over"])),
            "money": draw(st.sampled_from(["{} billion USD", "US${} million", "{} million euros"])).format(
                draw(st.integers(2, 900))),
            "count": f"{draw(st.integers(2, 9000)):,}",
            "month": draw(st.sampled_from(MONTHS)),
            "d1": str(d1), "d2": str(d1 + draw(st.integers(1, 8))),
            "ordinal": draw(st.sampled_from(["10th", "25th", "third", "fiftieth", "2nd"])),
            "duration": draw(st.sampled_from(["five years", "two decades", "18 months", "a decade"])),
        }
        sentence = " ".join(template.format(**values).split())
        sentences.append(sentence[0].upper() + sentence[1:])
    paragraphs = draw(st.sampled_from(["\n\n", " ", "\n"]))
    return paragraphs.join(sentences) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles())
def test_generated_articles_round_trip(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("gen")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        out, drafts = suggest("a.txt", published=dt.date(2024, 6, 1), output="claims.yaml")
        Path("claims.yaml").write_text(out, encoding="utf-8")
        assert_round_trip("claims.yaml", len(drafts))
    finally:
        os.chdir(cwd)


def _story_sentences() -> list[str]:
    """Every sentence-like line piece of the sample stories (real copy in many styles)."""
    out = []
    for path in sorted((ROOT / "tests" / "stories").glob("*/*")):
        if path.suffix in (".txt", ".md"):
            for line in path.read_text(encoding="utf-8").splitlines():
                out += [p.strip() + "." for p in line.split(". ") if len(p.strip()) > 20]
    return out


STORY_SENTENCES = _story_sentences()


@st.composite
def story_mixes(draw):
    picked = draw(st.lists(st.sampled_from(STORY_SENTENCES), min_size=1, max_size=6))
    joiner = draw(st.sampled_from(["\n\n", " ", "\n", "\r\n\r\n"]))
    return joiner.join(picked) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=story_mixes(), published=st.sampled_from([None, dt.date(2023, 11, 14), dt.date(2025, 1, 10)]))
def test_sentences_of_the_sample_stories_mixed_round_trip(tmp_path_factory, text, published):
    """Whatever sentences of real copy stand together, every draft written as a claim
    holds on the article it was drafted from, and the file loads."""
    assert len(STORY_SENTENCES) > 300
    folder = tmp_path_factory.mktemp("mix")
    (folder / "a.txt").write_bytes(text.encode("utf-8"))
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        out, drafts = suggest("a.txt", published=published, output="claims.yaml")
        Path("claims.yaml").write_text(out, encoding="utf-8")
        claim_set = load_claims("claims.yaml")
        results = check_claim_set(claim_set)
        assert [r.id for r in results] == [d.id for d in drafts if d.live]
        assert [(r.id, r.expected, r.found, r.message) for r in results if not r.ok] == []
    finally:
        os.chdir(cwd)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab Ma-yrch0123456789%$€£.,;:()\u2013\u2014-\n'\"") +
                                ["May ", "March ", " per cent", " billion", " year", "-old ", " nearly ",
                                 "Published ", " up ", " of ", "The ", "She was "]),
                max_size=60).map("".join))
def test_drafting_never_raises(text):
    for d in draft_claims(text, dt.date(2024, 5, 1)):
        assert d.id and d.kind and d.figure


def test_draft_only_some_figures_and_avoid_taken_ids():
    text = "Rice exports rose 12% in 2023. Coffee exports fell 3% in 2022.\n"
    drafts = draft_claims(text, dt.date(2024, 1, 1), taken_ids={"rice-exports"})
    assert [d.id for d in drafts][:2] == ["rice-exports-percent", "rice-exports-year"]
    only = [drafts[2].mention]
    again = draft_claims(text, dt.date(2024, 1, 1), only=only)
    assert [d.figure for d in again] == ["3%"] or [d.figure for d in again] == [drafts[2].figure]


STYLES = {
    "earnings": ("Revenue rose 12% to $4.1bn, while net profit fell 3% to $900m. The company employs "
                 "about 12,000 people in 14 countries. The board approved a buyback of up to $500m. "
                 "Shares closed 2.5% higher at $84.50.\n"),
    "sport": ("Leeds beat Hull 3-1 on Saturday, their fifth win in a row, in front of 36,000 fans.\n\n"
              "Striker Joel Piroe has now scored 14 goals in 23 appearances this season.\n"),
    "obituary": ("Jane Doe (1931–2024), who led the city orchestra for more than three decades, has died. "
                 "She was 93.\n\nShe is survived by two daughters and five grandchildren.\n"),
    "release": ("Highlights:\n- Adjusted EBITDA of €212m, a margin of 17.1%\n- Net profit of €96.5m, up "
                "from €71.2m\n\nThe group confirms an adjusted EBITDA margin of 16-17% and EBITDA of €850m "
                "for the year.\n"),
    "repeats": ("Sales rose 5%. Sales rose 7%.\n"),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_drafts_hold_and_the_file_stays_valid_in_other_styles(tmp_path, monkeypatch, style):
    """Every draft holds where it was drafted; a figure no words locate is written
    commented out, so `factlock check` still reads the file."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(STYLES[style], encoding="utf-8")
    out, drafts = suggest("a.txt", published=dt.date(2024, 11, 25), output="claims.yaml")
    Path("claims.yaml").write_text(out, encoding="utf-8")
    claim_set, results, _ = check_file("claims.yaml")
    live = [d for d in drafts if d.live]
    assert [r.id for r in results] == [d.id for d in live]
    assert [(r.id, r.message) for r in results if not r.ok] == []
    for d in drafts:
        if not d.live:
            assert f"  # - id: {d.id}\n" in out
    if style == "repeats":  # "Sales" also locates the other figure, stated otherwise
        assert [d.figure for d in drafts if d.about and not d.live] == ["rose 5%", "rose 7%"]
        assert out.count("these words also locate other figures, stated otherwise") == 2
    if style == "release":  # "adjusted EBITDA" also names the year's margin: the item's subject
        assert {d.figure: d.about for d in drafts} == {
            "€212m": "Adjusted EBITDA of", "17.1%": "Adjusted EBITDA of", "€96.5m": "Net profit",
            "€71.2m": "up from", "16-17%": "EBITDA margin", "€850m": "EBITDA margin"}
    if style == "obituary":  # "She was 93." has nothing but function words: they will do
        assert {d.figure: d.about for d in drafts}["93"] == "She was"


def test_json_leaves_out_a_draft_that_would_fail(tmp_path, monkeypatch, capsys):
    from checker.cli import main
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(STYLES["sport"], encoding="utf-8")
    assert main(["suggest", "a.txt", "--format", "json", "--output", "claims.json", "--published", "2024-11-07"]) == 0
    assert "more left out: no words locate" in capsys.readouterr().err
    assert main(["check", "claims.json"]) == 0


def test_append_writes_a_commented_draft_once(tmp_path, monkeypatch, capsys):
    from checker.cli import main
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(STYLES["sport"], encoding="utf-8")
    Path("claims.yaml").write_text("articles:\n  a: {path: a.txt, published: 2024-11-25}\nclaims:\n"
                                   "  - {id: crowd, about: in front of, count: 36000 fans}\n", encoding="utf-8")
    assert main(["suggest", "a.txt", "--append", "claims.yaml"]) == 0
    assert "more commented out: no words locate it" in capsys.readouterr().err
    first = Path("claims.yaml").read_text(encoding="utf-8")
    assert first.count("#   number: 1\n") == 1
    assert main(["suggest", "a.txt", "--append", "claims.yaml"]) == 0
    assert Path("claims.yaml").read_text(encoding="utf-8") == first
    assert main(["check", "claims.yaml"]) == 0


def test_a_qualified_change_whose_direction_follows_drafts_a_claim_that_holds():
    """'around 40% higher': the direction is after the figure and the qualifier before it;
    the draft writes the direction first ('up about 40%'), since 'about up 40%' reads as
    no figure and the article's own 'around 40%' states no direction."""
    text = "Bills are around 40% higher than they were five years ago.\n"
    [draft] = [d for d in draft_claims(text, dt.date(2026, 5, 23)) if d.kind == "percent"]
    assert draft.figure == "up about 40%"


def test_a_figure_no_claim_wording_reads_is_drafted_commented_out():
    """A bulletin's '295 DEGREES' reads as a count in its line but as no count alone, the
    way a claim reads it: its draft is not written live, so the drafted file still passes."""
    text = "PRESENT MOVEMENT...WNW OR 295 DEGREES AT 12 MPH...19 KM/H.\n"
    drafts = [d for d in draft_claims(text, dt.date(2026, 9, 16)) if d.kind == "count"]
    assert drafts and not any(d.live for d in drafts)
