"""Versions at the size of an archive: drift, coverage, update, --base and the pytest plugin
do work in proportion to the claims file, and say exactly what they said before.

Two kinds of test. The first counts work instead of timing it: how often the claims (and
results) are walked, how often the version map is rebuilt, how often a claim is located
in a version; the counts must not grow with the number of stories (they did: every pair
walked every claim, every claim rebuilt the version map), and each claim is located at
most once per version. The second holds the outputs of a story with many versions — a
chain of four, a revision branching off the second, per-version figures, ``drift: warn``
— against files written by the code before these commands were made linear
(``tests/data/golden/versions/``); regenerate with ``FACTLOCK_UPDATE_GOLDEN=1`` and
review the diff.
"""
from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

import checker.cli as cli
from checker import coverage, drift, engine, gitrev, update
from checker.claims import load_claims, load_document
from checker.locate import ArticleIndex

pytest_plugins = ["pytester"]

GOLDEN = Path(__file__).resolve().parent / "data" / "golden" / "versions"
UPDATE_GOLDEN = bool(os.environ.get("FACTLOCK_UPDATE_GOLDEN"))

# --- a story in five versions -----------------------------------------------------------
#
#   port-2022 <- port-2023 <- port-2024 <- port-2025      (a chain of four)
#                port-2023 <- port-2023-rev                (a revision: the story branches)
#   harbour-old <- harbour-new                              (a second story, one pair)
#   budget                                                  (no versions)

PORT = {
    "port-2022": ("2022-03-01", """\
        The port handled 1.2 million containers last year, up 8% from the year before.
        Revenue reached nearly 300 million USD, the board said.
        The 12th berth opened on February 14 with three new cranes.
        Director Nguyễn Văn An said the expansion would finish in 2025.
        """),
    "port-2023": ("2023-03-01", """\
        The port handled 1.4 million containers last year, up 16% from the year before.
        Revenue reached surpassing 350 million USD, the board said.
        The 13th berth opened on February 20 with four new cranes.
        Director Nguyễn Văn An said the expansion would finish in 2025.
        """),
    "port-2023-rev": ("2023-03-02", """\
        The port handled 1.5 million containers last year, up 16% from the year before.
        Revenue reached surpassing 350 million USD, the board said.
        The 13th berth opened on February 20 with four new cranes.
        Director Nguyễn Văn An said the expansion would finish in 2026.
        """),
    "port-2024": ("2024-03-01", """\
        The port handled 1.4 million containers last year, up 2% from the year before.
        Revenue reached about 360 million USD, the board said.
        Director Trần Thị Bình said the expansion would finish in 2026.
        """),
    "port-2025": ("2025-03-01", """\
        The port handled 1.6 million containers last year, up 14% from the year before.
        Revenue reached about 360 million USD, a record, the board said.
        The 14th berth opened on March 3 with five new cranes, more than 2 billion USD in all.
        Director Trần Thị Bình said the expansion would finish in 2026.
        """),
    "harbour-old": ("2021-06-01", """\
        Some 40 ships called at the harbour in May, around 12% more than in April.
        """),
    "harbour-new": ("2022-06-01", """\
        Some 45 ships called at the harbour in May, around 12% more than in April.
        """),
    "budget": ("2024-01-10", """\
        The city budget for 2024 is 1.1 billion USD, up 5%; schools get 30% of it.
        """),
}
PREVIOUS = {"port-2023": "port-2022", "port-2023-rev": "port-2023", "port-2024": "port-2023",
            "port-2025": "port-2024", "harbour-new": "harbour-old"}

CLAIMS = """\
  - id: containers
    article: port-2022
    about: containers last year
    count:
      port-2022: 1.2 million containers
      port-2023: 1.4 million containers
  - id: growth
    article: port-2022
    about: from the year before
    percent: up 8%
  - id: revenue
    article: port-2023
    about: Revenue reached
    money: surpassing 350 million USD
    drift: warn
  - id: berth
    article: port-2022
    about: berth opened
    ordinal: 12th
  - id: opening
    article: port-2022
    about: berth opened
    date: 2022-02-14
  - id: director
    article: port-2022
    about: Director
    text: Nguyễn Văn An
  - id: finish
    article: port-2024
    about: expansion would finish
    year:
      port-2024: 2026
      port-2022: 2025
  - id: cranes
    article: port-2025
    about: new cranes
    count: five new cranes
  - id: no-trillion
    article: port-2025
    about: the board said
    absent: trillion USD
  - id: ships
    article: harbour-new
    about: called at the harbour
    count: some 45 ships
  - id: ships-rise
    article: harbour-old
    about: called at the harbour
    percent: around 12%
  - id: budget
    article: budget
    about: city budget
    money: 1.1 billion USD
  - id: budget-year
    article: budget
    about: city budget
    year: 2024
"""


def write_story(folder: Path) -> None:
    lines = ["version: 1", "articles:"]
    for name, (published, text) in PORT.items():
        (folder / f"{name}.txt").write_text(textwrap.dedent(text), encoding="utf-8")
        prev = f", previous: {PREVIOUS[name]}" if name in PREVIOUS else ""
        lines.append(f"  {name}: {{path: {name}.txt, published: {published}{prev}}}")
    lines.append("claims:")
    (folder / "claims.yaml").write_text("\n".join(lines) + "\n" + CLAIMS, encoding="utf-8")


@pytest.fixture
def story(tmp_path, monkeypatch):
    write_story(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> str:
    """The command's stdout, then its stderr and exit status (what a user sees)."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return f"{out}--- stderr\n{err}--- exit {code}\n"


def without_style(html: str) -> str:
    """The page without its stylesheet (which changes for reasons of its own)."""
    return re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S)


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from {path}"


OUTPUTS = {
    "drift.txt": ["drift"],
    "drift.json": ["drift", "--format", "json"],
    "drift.md": ["drift", "--format", "markdown"],
    "check-coverage.txt": ["check", "--coverage"],
    "check.json": ["check", "--format", "json"],
    "check.html": ["check", "--format", "html"],
    "update-dry-run.txt": ["update", "--dry-run"],
}


@pytest.mark.parametrize("name", OUTPUTS)
def test_outputs_of_a_branching_story_are_as_before(story, capsys, name):
    text = run(capsys, *OUTPUTS[name])
    golden(name, without_style(text) if name.endswith(".html") else text)


def test_the_story_is_what_the_outputs_say(story):
    """The golden files are worth holding to: the chain of four and the branch are both
    compared, and the changes are the ones written into the texts."""
    report = drift.run_drift(["claims.yaml"])
    pairs = {(p.article, p.previous): {c.id: (c.status, c.before and c.before.wording,
                                              c.after and c.after.wording) for c in p.changes}
             for p in report.pairs}
    assert list(pairs) == [("port-2023", "port-2022"), ("port-2023-rev", "port-2023"),
                           ("port-2024", "port-2023"), ("port-2025", "port-2024"),
                           ("harbour-new", "harbour-old")]
    assert pairs["port-2023-rev", "port-2023"]["containers"] == (
        "changed", "1.4 million containers", "1.5 million containers")
    assert pairs["port-2023-rev", "port-2023"]["finish"] == ("changed", "2025", "2026")
    assert pairs["port-2024", "port-2023"]["berth"] == ("gone", "13th", None)
    assert pairs["port-2025", "port-2024"]["berth"] == ("new", None, "14th")
    assert pairs["port-2025", "port-2024"]["revenue"] == (
        "unchanged", "about 360 million USD", "about 360 million USD")
    assert pairs["harbour-new", "harbour-old"]["ships"] == ("changed", "Some 40 ships", "Some 45 ships")


def test_check_base_over_a_branching_story_is_as_before(story, capsys):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")

    def git(*args):
        subprocess.run(["git", *args], cwd=story, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
        "add", "-A")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", "story")
    for name, old, new in (("port-2023", "1.4 million", "1.45 million"),
                           ("port-2023-rev", "in 2026", "in 2027"),
                           ("port-2025", "The 14th berth", "The 15th berth"),
                           ("harbour-old", "Some 40 ships", "Nearly 40 ships")):
        path = story / f"{name}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    golden("check-base.txt", run(capsys, "check", "--base", "HEAD"))


# --- work that must not grow with the archive --------------------------------------------

def archive(folder: Path, stories: int) -> str:
    """``stories`` copies of the branching story (renamed), one claims file."""
    lines = ["version: 1", "articles:"]
    claims = []
    for n in range(stories):
        rename = {name: f"s{n}-{name}" for name in PORT}
        for name, (published, text) in PORT.items():
            (folder / f"{rename[name]}.txt").write_text(textwrap.dedent(text), encoding="utf-8")
            prev = f", previous: {rename[PREVIOUS[name]]}" if name in PREVIOUS else ""
            lines.append(f"  {rename[name]}: {{path: {rename[name]}.txt, published: {published}{prev}}}")
        block = CLAIMS.replace("id: ", f"id: s{n}-")
        for name in sorted(PORT, key=len, reverse=True):      # 'port-2023-rev' before 'port-2023'
            block = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rename[name], block)
        claims.append(block)
    path = folder / f"archive-{stories}.claims.yaml"
    path.write_text("\n".join(lines) + "\nclaims:\n" + "".join(claims), encoding="utf-8")
    return path.name


class Walks(list):
    """A list that counts how often it is walked from the start."""

    def __init__(self, items, counter: list):
        super().__init__(items)
        self.counter = counter

    def __iter__(self):
        self.counter.append(1)
        return super().__iter__()


class Work:
    """Counts, for one run: walks of the claims and results lists, version maps built,
    claims located per (claim, version), articles indexed."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.claim_walks: list = []
        self.result_walks: list = []
        self.version_maps = 0
        self.states: dict[tuple[str, str], int] = {}
        self.indexed = 0
        later_versions, state, check_claim_set = engine.later_versions, drift.state, engine.check_claim_set
        index_init = ArticleIndex.__init__

        def counting_later_versions(articles):
            self.version_maps += 1
            return later_versions(articles)

        def counting_state(claim, index, version, chain):
            key = (claim.id, version)
            self.states[key] = self.states.get(key, 0) + 1
            return state(claim, index, version, chain)

        def counting_check(claim_set, *args, **kwargs):
            return Walks(check_claim_set(claim_set, *args, **kwargs), self.result_walks)

        def counting_init(index, *args, **kwargs):
            self.indexed += 1
            index_init(index, *args, **kwargs)

        monkeypatch.setattr(engine, "later_versions", counting_later_versions)
        monkeypatch.setattr(drift, "state", counting_state)
        monkeypatch.setattr(gitrev, "state", counting_state)
        monkeypatch.setattr(ArticleIndex, "__init__", counting_init)
        for module in (drift, update):
            monkeypatch.setattr(module, "check_claim_set", counting_check)

    def load(self, path: str):
        claim_set = load_claims(path)
        claim_set.claims = Walks(claim_set.claims, self.claim_walks)
        return claim_set

    def counts(self) -> dict:
        return {"claim walks": len(self.claim_walks), "result walks": len(self.result_walks),
                "version maps": self.version_maps}


def work_for(tmp_path, monkeypatch, stories: int, do) -> Work:
    folder = tmp_path / str(stories)
    folder.mkdir()
    monkeypatch.chdir(folder)
    name = archive(folder, stories)
    counter = Work(monkeypatch)
    do(counter, name)
    monkeypatch.undo()
    return counter


def drift_run(counter: Work, name: str) -> None:
    pairs = drift.drift_claim_set(counter.load(name))
    assert len(pairs) == 5 * int(name.split("-")[1].split(".")[0])


def coverage_run(counter: Work, name: str) -> None:
    claim_set = counter.load(name)
    results = Walks(engine.check_claim_set(claim_set), counter.result_walks)
    coverage.article_coverage(claim_set, results)


def update_run(counter: Work, name: str) -> None:
    doc, _ = load_document(name)
    claim_set = counter.load(name)
    counter.monkeypatch.setattr(update, "load_document", lambda path: (doc, claim_set))
    assert update.update_file(name) is not None


@pytest.mark.parametrize("do", [drift_run, coverage_run, update_run], ids=["drift", "coverage", "update"])
def test_walks_do_not_grow_with_the_number_of_stories(tmp_path, monkeypatch, do):
    small = work_for(tmp_path, monkeypatch, 2, do)
    large = work_for(tmp_path, monkeypatch, 12, do)
    assert small.counts() == large.counts()
    assert small.version_maps <= 2


def test_drift_locates_each_claim_once_per_version(tmp_path, monkeypatch):
    counter = work_for(tmp_path, monkeypatch, 3, drift_run)
    assert counter.states and max(counter.states.values()) == 1
    # port-2023 is the older side of two pairs and the newer side of one: still once
    assert counter.states[("s1-growth", "s1-port-2023")] == 1
    # every article indexed once, by the check and the comparison together
    assert counter.indexed == 3 * len(PORT)


def test_check_base_builds_the_version_map_once(tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")

    def base_run(counter: Work, name: str) -> None:
        subprocess.run(["git", "init", "-q"], check=True)
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c",
                        "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", "x"], check=True)
        git = gitrev.Git(".", name)
        gitrev.claim_set_changes(counter.load(name), git, git.commit("HEAD"))

    processes = []
    run = subprocess.run

    def counting_run(*args, **kwargs):
        processes.append(args[0])
        return run(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting_run)
    small = work_for(tmp_path, monkeypatch, 2, base_run)
    small_processes = len(processes)
    monkeypatch.setattr(subprocess, "run", counting_run)
    large = work_for(tmp_path, monkeypatch, 8, base_run)
    assert small.counts() == large.counts() and small.version_maps == 1
    assert max(large.states.values()) == 1      # nothing at HEAD: each claim located once
    # the articles as of HEAD are read by one git process, however many there are
    assert len(processes) == 2 * small_processes


def test_check_base_locates_nothing_again_in_an_article_unchanged_since_the_revision(
        story, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=T", "-c", "user.email=t@example.org",
                                                 "-c", "commit.gpgsign=false", "commit", "-q", "-m", "x"]):
        subprocess.run(["git", *args], check=True, capture_output=True)
    path = story / "port-2023-rev.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("in 2026", "in 2027"), encoding="utf-8")
    located = []
    state = gitrev.state
    monkeypatch.setattr(gitrev, "state", lambda claim, index, version, chain: (
        located.append(version), state(claim, index, version, chain))[1])
    git = gitrev.Git(".", "claims.yaml")
    changes = gitrev.claim_set_changes(load_claims("claims.yaml"), git, git.commit("HEAD"))
    assert [(c.id, c.version, c.before, c.after) for c in changes] == [
        ("finish", "port-2023-rev", "2026", "2027")]
    assert set(located) == {"port-2023-rev"}     # the one article edited, then and now


def _commit_story(story: Path) -> None:
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=T", "-c", "user.email=t@example.org",
                                                 "-c", "commit.gpgsign=false", "commit", "-q", "-m", "x"]):
        subprocess.run(["git", *args], cwd=story, check=True, capture_output=True)


def test_check_base_reads_the_claims_once_and_indexes_each_text_once(story, monkeypatch, capsys):
    """``check --base`` compares on the claims and the article indexes of the check itself:
    the claims file is read once, every current text is indexed once, and a text at the
    revision only where it was edited (once); the claims file as of the revision is not
    composed at all while it is the same as now."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    import checker.claims as claims_package
    _commit_story(story)
    edited = {}
    for name, old, new in (("port-2023-rev", "in 2026", "in 2027"),
                           ("harbour-old", "Some 40 ships", "Nearly 40 ships")):
        path = story / f"{name}.txt"
        edited[name] = path.read_text(encoding="utf-8")
        path.write_text(edited[name].replace(old, new), encoding="utf-8")
    indexed, read, composed = [], [], []
    index_init, read_document, compose = ArticleIndex.__init__, claims_package.read_document, gitrev.compose

    def counting_init(index, text, *args, **kwargs):
        indexed.append(text)
        index_init(index, text, *args, **kwargs)

    monkeypatch.setattr(ArticleIndex, "__init__", counting_init)
    monkeypatch.setattr(claims_package, "read_document", lambda path: (read.append(path), read_document(path))[1])
    monkeypatch.setattr(gitrev, "compose", lambda *a: (composed.append(a), compose(*a))[1])
    assert cli.main(["check", "--base", "HEAD"]) == 1
    out = capsys.readouterr().out
    assert "changed: finish (year): expansion would finish: 2026 -> 2027" in out
    assert "changed: ships (count): called at the harbour: Some 40 ships -> Nearly 40 ships" in out
    now = [(story / f"{name}.txt").read_text(encoding="utf-8") for name in PORT]
    assert sorted(indexed) == sorted(now + list(edited.values()))
    assert len(read) == 1 and composed == []
    # the claims file edited too: the one at the revision is composed, once
    claims = (story / "claims.yaml").read_text(encoding="utf-8")
    (story / "claims.yaml").write_text(claims.replace("about: expansion would finish",
                                                      "about: the expansion would finish"),
                                       encoding="utf-8")
    indexed.clear(), read.clear()
    assert cli.main(["check", "--base", "HEAD"]) == 1
    # located at the revision with the words it had then
    assert "changed: finish (year): the expansion would finish: 2026 -> 2027" in capsys.readouterr().out
    assert sorted(indexed) == sorted(now + list(edited.values()))
    assert len(read) == 1 and len(composed) == 1


def test_the_pytest_plugin_builds_the_version_map_once_per_file(pytester, monkeypatch):
    archive(pytester.path, 6)
    counter = Work(monkeypatch)
    result = pytester.runpytest(*plugin_args(), "--collect-only", "-q")
    names = [line for line in result.outlines if "::" in line]
    # one item per claim and version of its story: 6 stories x (13 claims' versions)
    assert len(names) == 6 * sum(len(versions) for versions in STORY_VERSIONS.values())
    assert counter.version_maps == 1


def plugin_args() -> list[str]:
    """Load the plugin by name unless pytest loads it already (installed: entry point)."""
    if "checker.pytest_plugin" in os.environ.get("PYTEST_PLUGINS", ""):
        return []
    if any(ep.value.startswith("checker.pytest_plugin")
           for ep in importlib.metadata.entry_points(group="pytest11")):
        return []
    return ["-p", "checker.pytest_plugin"]


#: claim -> the versions of its story (an item per claim and version)
STORY_VERSIONS = {
    **{c: ("port-2022", "port-2023", "port-2023-rev", "port-2024", "port-2025")
       for c in ("containers", "growth", "revenue", "berth", "opening", "director", "finish",
                 "cranes", "no-trillion")},
    "ships": ("harbour-old", "harbour-new"), "ships-rise": ("harbour-old", "harbour-new"),
    "budget": ("budget",), "budget-year": ("budget",),
}


# --- observers get the check's indexes ---------------------------------------------------

def _explainer():
    from checker.diagnose import Explainer
    return Explainer()


class Spy:
    """Records the indexes each claims file was checked with."""

    def __init__(self):
        self.seen = []

    def start(self, claim_sets):
        pass

    def checked(self, claim_set, results, indexes=None):
        self.seen.append(indexes)

    def finish(self):
        pass


class OldStyle:
    """An observer written before ``indexes`` was passed: still called, without it."""

    def __init__(self):
        self.calls = 0

    def start(self, claim_sets):
        pass

    def checked(self, claim_set, results):
        self.calls += 1

    def finish(self):
        pass


@pytest.mark.parametrize("make", [coverage.Collector, lambda: coverage.Progress(open(os.devnull, "w")),
                                  _explainer], ids=["Collector", "Progress", "Explainer"])
def test_observers_see_the_articles_as_the_check_indexed_them(story, monkeypatch, make):
    observer, spy, old = make(), Spy(), OldStyle()
    built = []
    index_init = ArticleIndex.__init__

    def counting_init(index, *args, **kwargs):
        built.append(index)
        index_init(index, *args, **kwargs)

    monkeypatch.setattr(ArticleIndex, "__init__", counting_init)
    from checker import diagnose
    scans = []
    scan = diagnose.scan_normalized

    def counting_scan(norm, reference, trace=None, **options):  # options: the article's locale
        scans.append(norm)
        return scan(norm, reference, trace=trace, **options)

    monkeypatch.setattr(diagnose, "scan_normalized", counting_scan)
    report = engine.run_check(["claims.yaml"], observers=(spy, observer, old))
    assert not report.ok                  # something to explain, drift to show
    (indexes,) = spy.seen
    assert old.calls == 1
    # every article indexed once, by the check; the observer built none of its own
    assert len(built) == len(PORT) and set(map(id, built)) == {id(i) for i in indexes.values()}
    # --explain scans again (for its trace) each article with a failing claim, once
    failing = {r.version for r in report.results if not r.ok or r.warning}
    explains = isinstance(observer, diagnose.Explainer)
    assert len(scans) == (len(failing) if explains else 0) and len(failing) > 1
    assert not explains or observer.explanations
