"""fastyaml, the quick reader of plain claims files, against pyyaml's composer.

For every input, generated claims files (valid and broken) and random YAML-like text,
fastyaml either declines or gives what pyyaml gives: the same tree of nodes (kind, tag,
value, style, flow style, start and end marks) and the same problems. Plain examples
pin YAML 1.1's pitfalls one by one, and that real ledgers take the quick path.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, ScalarNode

from checker.claims import fastyaml, loader

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = settings(max_examples=1500, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def shape(node):
    """Everything the rest of factlock can read from a node, as plain data."""
    if node is None:
        return None
    s, e = node.start_mark, node.end_mark
    marks = (s.line, s.column, s.index, e.line, e.column, e.index)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, MappingNode):
        return ("map", node.tag, node.flow_style, marks,
                [(shape(k), shape(v)) for k, v in node.value])
    return ("seq", node.tag, node.flow_style, marks, [shape(v) for v in node.value])


def same_or_declined(text: str) -> bool:
    """True when fastyaml took ``text`` (and agreed with pyyaml), False when it declined."""
    if fastyaml.compose(text) is fastyaml.DECLINED:
        return False
    fast_root, fast_problems = loader.compose(text, "c.yaml")
    slow_root, slow_problems = loader.compose_pyyaml(text, "c.yaml")
    assert slow_root is not None or not slow_problems, (text, slow_problems)  # pyyaml read it
    assert shape(fast_root) == shape(slow_root), text
    assert fast_problems == slow_problems, text
    return True


def fast(text: str):
    """The root fastyaml reads (it must not decline)."""
    result = fastyaml.compose(text)
    assert result is not fastyaml.DECLINED, text
    assert same_or_declined(text)
    return result[0]


def values(text: str):
    """The Python values of the fast path's tree, as factlock reads them."""
    def walk(node):
        if isinstance(node, ScalarNode):
            return loader.scalar_value(node)
        if isinstance(node, MappingNode):
            return {walk(k): walk(v) for k, v in node.value}
        return [walk(v) for v in node.value]
    return walk(fast(text))


# --- YAML 1.1 as pyyaml resolves it -----------------------------------------------------

@pytest.mark.parametrize("written, value", [
    ("yes", True), ("No", False), ("ON", True), ("off", False), ("y", "y"), ("n", "n"),
    ("~", None), ("null", None), ("Null", None), ("", None),
    ("0x1F", 31), ("1_000", 1000), ("0o17", "0o17"), ("017", 15), ("0b101", 5), ("+12", 12),
    ("-3", -3), ("190:20:30", 685230),
    ("1e3", "1e3"), ("1.0e3", "1.0e3"), ("1.0e+3", 1000.0), (".5", 0.5), ("1.5", 1.5), ("-.inf", float("-inf")),
    ("2025-09-22", dt.date(2025, 9, 22)), ("2024-02-30", "2024-02-30"),
    ("2025-09-22 10:30:00", dt.datetime(2025, 9, 22, 10, 30)),
    ("a: b", None), ("C#", "C#"), ("a #b", "a"), ("a#b", "a#b"), ("10:30", 630),
    ("http://x.org/a", "http://x.org/a"), ("'it''s'", "it's"), ('"caf\\u00e9 \\"x\\"\\n"', 'café "x"\n'),
    ("'yes'", "yes"), ('"1_000"', "1_000"), ("=", "="), ("<<", "<<"),
])
def test_yaml_11_values(written, value):
    if written == "a: b":  # ': ' in a plain value is an error in YAML, left to pyyaml
        assert fastyaml.compose(f"k: {written}\n") is fastyaml.DECLINED
        return
    got = values(f"k: {written}\n")["k"]
    assert got == value and type(got) is type(value)
    if written not in ("2024-02-30", "=", "<<"):  # pyyaml's constructor refuses these three
        assert got == yaml.safe_load(f"k: {written}\n")["k"]


def test_floats_nan():
    got = values("k: .NaN\n")["k"]
    assert got != got


@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
    "a: two\n  lines\n", "a: 'two\n  lines'\n", "a: {b: 1,\n  c: 2}\n", "? a\n: b\n",
    "[a, b]: c\n", "a:\n\t- b\n", "a:\n   b: 1\n  c: 2\n", "%YAML 1.1\n---\na: 1\n",
    "a: 1\n---\nb: 2\n", "a: 1\n...\n", "---\n", "--- a\n", "text\n", "a: b: c\n",
    "a: [b, c\n", "a: - b\n", "a: [b: c]\n", "a: {b}\n", "a: ,b\n", "a: \"x\\\n  y\"\n",
    "a: b\r", "\ufeffa: 1\n", "a: x\u2028y\n", "a: @x\n", "a: `x`\n", "a: \"\\ud800\"\n",
    "a: '\x07'\n", "k" * 1200 + ": v\n", "a: x\n b: y\n",
])
def test_what_it_leaves_to_pyyaml(text):
    assert fastyaml.compose(text) is fastyaml.DECLINED


def test_marks_of_every_kind_of_node():
    text = ("# c\nversion: 1\narticles:\n  a: {path: x.txt, published: 2024-09-20}\n"
            "claims:\n- id: t\n  about: [trade, 'two words']\n  money: \"88 USD\"  # c\n"
            "-\n- note:\n")
    root = fast(text)
    assert shape(root)[3] == (1, 0, 4, 10, 0, len(text))
    claims = root.value[2][1]
    assert not claims.flow_style and claims.start_mark.line == 5
    about = claims.value[0].value[1][1]
    assert about.flow_style and (about.start_mark.column, about.end_mark.column) == (9, 29)
    assert [loader.scalar_value(n) for n in about.value] == ["trade", "two words"]
    assert claims.value[1].tag.endswith("null") and claims.value[1].start_mark.column == 1


def test_duplicate_keys_are_reported_like_pyyaml():
    text = "a: 1\nb:\n  c: 2\n  c: 3\na: {x: 1, 1: 2, 01: 3}\n"
    root, problems = loader.compose(text, "c.yaml")
    assert [str(p) for p in problems] == ["c.yaml:5:1: duplicate key 'a' (first at line 1)",
                                          "c.yaml:5:17: duplicate key '01' (first at line 5)",
                                          "c.yaml:4:3: duplicate key 'c' (first at line 3)"]
    assert same_or_declined(text)


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_line_endings(ending):
    text = ending.join(["a: 1", "b:", "  - x  # c", "  - 'y'", ""]) if ending else "a: 1\nb: [x]"
    assert same_or_declined(text)


def test_the_bundled_ledger_takes_the_quick_path():
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8")
    assert fastyaml.compose(text) is not fastyaml.DECLINED
    assert same_or_declined(text)


def test_a_big_flow_style_ledger_takes_the_quick_path():
    lines = ["version: 1", "articles:"] + [f"  a{i}: {{path: a{i}.txt, published: 2024-09-20}}"
                                          for i in range(50)] + ["claims:"]
    lines += [f"  - {{id: c{i}, article: a{i % 50}, about: trade of {i}, money: {i} USD}}"
              for i in range(2000)]
    assert same_or_declined("\n".join(lines) + "\n")


def test_declines_early_on_a_big_file():
    """A file that declines at its top costs nothing like reading it whole."""
    body = "".join(f"  - {{id: c{i}, about: trade, money: {i} USD}}\n" for i in range(20_000))
    head = "articles: &a\n  a: {path: a.txt}\nclaims:\n"
    started = time.process_time()
    for _ in range(20):
        assert fastyaml.compose(head + body) is fastyaml.DECLINED
    assert time.process_time() - started < 2  # a whole read takes far longer than 0.1 s each


# --- generated files ----------------------------------------------------------------------

KEYS = st.sampled_from(["id", "article", "about", "money", "count", "percent", "date", "path",
                        "published", "previous", "note", "tolerance", "ignore", "unga-2024",
                        "a b", "yes", "1", "01", "~", "null", "2024-09-20", "x:y", "C#", "-k",
                        "'q k'", '"d k"', "'it''s'", "<<", "=", "a#b", "é", "true", "0x1F",
                        "-", "-:", "a  ", "k" * 30])
PLAIN = st.sampled_from([
    "nearly 88 billion USD", "up 22%", "79th", "2024-09-22..2024-09-24", "September 22-24",
    "1,500", "some 1,500 delegates", "yes", "No", "on", "OFF", "y", "n", "~", "null", "NULL",
    "0x1F", "0o17", "017", "0b11", "1_000", "+1", "-1", "-x", "1e3", "1.0e3", ".5", "1.5",
    "-.inf", ".NaN", "190:20:30", "10:30", "2025-09-22", "2025-9-2", "2024-02-30",
    "2001-12-14t21:59:43.10-05:00", "2025-09-22 10:30", "=", "<<", "C#", "a#b", "a:b",
    "http://x.org", "a [b] {c}", "a, b", "it's", 'say "hi"', "x!", "50 %", "é", "Hà Nội",
    "\U0001F600 ok", "a  b", "trailing ", "k" * 80, "3 - 2", "R&D", "a*b", "a|b", "a>b",
    "-", "--", "---", "#x", "a:", "a: b", "a :b", "x'y'", '?x', ':x', '-#'])
QUOTED = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"),
            max_size=12).map(lambda t: "'" + t.replace("'", "''") + "'"),
    st.sampled_from(['"x\\ty"', '"\\x41\\u00e9\\U0001F600"', '"a\\\\b\\"c"', '"\\/\\0\\e"',
                     '"\\N\\_\\L\\P"', '" pad "', "' pad '", '""', "''", '"\\q"', '"\\x4"',
                     '"a #b"', "'a: b'", '"yes"', "'1'"]))
SCALAR = st.one_of(PLAIN, QUOTED)
FLOW_SCALAR = st.one_of(PLAIN.filter(lambda v: not any(c in v for c in ",[]{}:#?")), QUOTED)
FLOW = st.one_of(
    st.lists(FLOW_SCALAR, max_size=4).map(lambda v: "[" + ", ".join(v) + "]"),
    st.lists(st.tuples(KEYS, FLOW_SCALAR), max_size=4).map(
        lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"),
    st.sampled_from(["[a,b]", "[ a , b ]", "[a, [b, c]]", "{a: [b], c: {d: e}}", "[a,]",
                     "{a: b,}", "[]", "{}", "{ }", "{a: b, a: c}", "{a:b}", "[a: b]", "{a}",
                     "[a #b]", "[a, b] x", "{a: b}#c", "[-1, - 1]", "['a' , \"b\"]"]))
COMMENT = st.sampled_from(["", "", "", "  # note", " #", "# no space", " #: odd"])


@st.composite
def block_files(draw):
    """Claims-file-like text in block style: mappings and sequences, nested, with every
    scalar style, comments, blank lines and indentation variants; some broken."""
    step = draw(st.sampled_from([2, 2, 4, 1, 3]))
    lines = []
    if draw(st.booleans()) and draw(st.booleans()):
        lines.append(draw(st.sampled_from(["---", "--- # doc", "# header"])))

    def mapping(indent: int, depth: int, first_prefix: str = "") -> None:
        for i in range(draw(st.integers(1, 4))):
            pad = first_prefix if i == 0 and first_prefix else " " * indent
            key = draw(KEYS)
            kind = draw(st.sampled_from(["scalar", "scalar", "scalar", "flow", "empty",
                                         "map", "seq", "indentless"] if depth < 3 else
                                        ["scalar", "flow", "empty"]))
            if kind == "scalar":
                lines.append(f"{pad}{key}: {draw(SCALAR)}{draw(COMMENT)}")
            elif kind == "flow":
                lines.append(f"{pad}{key}: {draw(FLOW)}{draw(COMMENT)}")
            elif kind == "empty":
                lines.append(f"{pad}{key}:{draw(COMMENT)}")
            elif kind == "map":
                lines.append(f"{pad}{key}:{draw(COMMENT)}")
                mapping(indent + step, depth + 1)
            else:
                lines.append(f"{pad}{key}:")
                sequence(indent + (step if kind == "seq" else 0), depth + 1)
            if draw(st.integers(0, 9)) == 0:
                lines.append(draw(st.sampled_from(["", "   ", "# comment", " " * indent + "# c",
                                                   " " * (indent + 5) + "# deep c"])))

    def sequence(indent: int, depth: int) -> None:
        for _ in range(draw(st.integers(1, 3))):
            pad = " " * indent
            kind = draw(st.sampled_from(["scalar", "flow", "map", "map", "empty", "seq"]
                                        if depth < 3 else ["scalar", "flow"]))
            gap = draw(st.sampled_from([" ", " ", "  "]))
            if kind == "scalar":
                lines.append(f"{pad}-{gap}{draw(SCALAR)}{draw(COMMENT)}")
            elif kind == "flow":
                lines.append(f"{pad}-{gap}{draw(FLOW)}{draw(COMMENT)}")
            elif kind == "empty":
                lines.append(f"{pad}-{draw(COMMENT)}")
            elif kind == "seq":
                lines.append(f"{pad}-{gap}- {draw(SCALAR)}")
                if draw(st.booleans()):
                    lines.append(f"{pad}{' ' * (1 + len(gap))}- {draw(SCALAR)}")
            else:
                mapping(indent + 1 + len(gap), depth + 1, first_prefix=f"{pad}-{gap}")

    if draw(st.booleans()):
        mapping(draw(st.sampled_from([0, 0, 0, 1, 2])), 0)
    else:
        sequence(0, 0)
    # a broken line now and then: odd indentation, a stray value, a tab
    for _ in range(draw(st.integers(0, 2))):
        where = draw(st.integers(0, len(lines)))
        lines.insert(where, draw(st.sampled_from([" stray", "   x: 1", "\tx: 1", "- y", "x: 1",
                                                  "  - z", "   ", "...", "  ? k"])))
    ending = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return ending.join(lines) + draw(st.sampled_from([ending, "", ending + ending]))


YAML_BITS = st.sampled_from(["a:", "claims:", "\n", "\n  ", "\n    ", "- ", ": ", "{", "}", "[",
                             "]", ", ", "&a ", "*a", "!!str ", "\t", "#", " #", "'", '"', "|\n",
                             ">\n", "---\n", "...\n", "? ", "id: x", "about: trade", "1", "yes",
                             "~", "\\", "é", "\r\n", "\r", "\x85", "\u2028", "-", ":", "x"])
YAMLISH = st.lists(st.one_of(YAML_BITS, st.text(max_size=3)), max_size=40).map("".join)


@SETTINGS
@given(block_files())
@example("a:\n- x\n-\n- y\n")
@example("-  a: 1\n   b: 2\n- - x\n  - y\n")
@example("- id:\n    - id: nearly 88 billion USD\n\n      -: 'a: b'\n")  # the key is '-'
def test_generated_files_read_the_same(text):
    same_or_declined(text)


@SETTINGS
@given(YAMLISH)
def test_yaml_like_text_reads_the_same_or_declines(text):
    same_or_declined(text)


def test_generated_files_mostly_take_the_quick_path():
    """The generator must exercise fastyaml, not only its declining."""
    taken = []

    @settings(SETTINGS, max_examples=300)
    @given(block_files())
    def run(text):
        taken.append(same_or_declined(text))
    run()
    assert sum(taken) > len(taken) / 10, (sum(taken), len(taken))  # about a fifth


def flow_lines(node, out):
    """Every FlowLine of a tree, not reading any (their ``value`` is left unmade)."""
    if isinstance(node, fastyaml.FlowLine):
        out.append(node)
    elif isinstance(node, MappingNode):
        for k, v in node.value:
            flow_lines(v, out)
    elif node is not None and not isinstance(node, ScalarNode):
        for v in node.value:
            flow_lines(v, out)
    return out


@SETTINGS
@given(block_files())
@example("- {id: x, article: a, about: trade, year: 2024}\n- {id: y, 1: 2}\n- {a: b, a: c}\n")
@example("claims:\n  - {id: x, about: 'quoted', money: 5 USD}\n  - {id: y, date: 2024-09-20, n: ~}\n")
def test_a_flow_line_reads_as_its_nodes(text):
    """A one-line flow mapping (FlowLine) read without its nodes, by ``pairs`` and
    ``scalar``, says what its nodes say once made; a repeated or non-string key makes
    the mapping at once."""
    result = fastyaml.compose(text)
    if result is fastyaml.DECLINED:
        return
    for line in flow_lines(result[0], []):
        assert line.unread
        pairs, scalars = line.pairs(), [shape(line.scalar(n)) for n in range(len(line.pairs()))]
        assert line.unread
        nodes = line.value
        assert not line.unread and line.value is nodes
        assert pairs == [(k.value, v.value, v.tag) for k, v in nodes]
        assert scalars == [shape(v) for _, v in nodes]
        assert all(k.tag == "tag:yaml.org,2002:str" for k, _ in nodes)
        assert len({k.value for k, _ in nodes}) == len(nodes)


def test_the_bundled_style_of_claim_is_a_flow_line():
    """(Every such line after the first of its list: that one is read as a line opening
    a list is.)"""
    root, _ = fastyaml.compose("claims:\n  - {id: w, article: a, about: trade, year: 2024}\n"
                               "  - {id: x, article: a, about: trade, year: 2024}\n"
                               "  - {id: y, id: z}\n")
    _, second, third = root.value[0][1].value
    assert isinstance(second, fastyaml.FlowLine) and second.unread
    assert not isinstance(third, fastyaml.FlowLine) and third.repeats
