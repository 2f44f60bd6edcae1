"""The HTML report: one self-contained, escaped, accessible page (checked with html.parser)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path


import checker.cli as cli
from checker.model import Outcome, Position, Report, Result, Span
from checker.report import RENDERERS
from checker.report.html import render

ROOT = Path(__file__).resolve().parent.parent


class Page(HTMLParser):
    """Every element with its attributes, and the text inside each <mark>."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.marks: list[dict] = []
        self._mark_depth = 0
        self._tip_depth = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in ("br", "meta", "link", "img", "input", "hr"):
            return
        self.stack.append(tag)
        if tag == "mark":
            self.marks.append(dict(a, text=""))
            self._mark_depth = len(self.stack)
        elif self._mark_depth and "tip" in a.get("class", ""):
            self._tip_depth = len(self.stack)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            if len(self.stack) == self._tip_depth:
                self._tip_depth = 0
            if len(self.stack) == self._mark_depth:
                self._mark_depth = 0
            self.stack.pop()

    def handle_data(self, data):
        if self._mark_depth and not self._tip_depth:
            self.marks[-1]["text"] += data

    def find(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def edit(path: str, old: str, new: str) -> None:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new, 1), encoding="utf-8")


def report_and_json(work) -> tuple[Page, dict, str]:
    code = cli.main(["check", "--format", "html", "--output", "report.html"])
    html = Path("report.html").read_text(encoding="utf-8")
    cli.main(["check", "--format", "json", "--output", "report.json"])
    data = json.loads(Path("report.json").read_text(encoding="utf-8"))
    assert code == (0 if data["summary"]["claims"] == data["summary"]["pass"] else 1)
    return Page(html), data, html


def test_html_is_registered():
    assert RENDERERS["html"] is render


def test_passing_example_highlights_every_figure(work):
    page, data, html = report_and_json(work)
    assert html.startswith("<!DOCTYPE html>")
    assert page.find("html")[0]["lang"] == "en"
    assert page.find("meta", name="viewport")
    assert page.find("section", id="article-1") and page.find("section", id="article-2")
    figures = [m for m in page.marks if "fig" in m["class"] and "key" not in m["class"]]
    # 50 figures, plus the names the text claims find (To Lam, Bui Thanh Son, Lương Cường, ...)
    assert sum(1 for m in figures if m["data-kind"] not in ("text", "absent")) == 50
    assert {m["data-status"] for m in figures} == {"pass"}
    for m in figures:
        assert m["tabindex"] == "0"
        assert m["aria-label"].startswith(" ".join(m["text"].split()))
        assert page.find("span", id=m["aria-describedby"])
    assert "All 60 claims hold." in html
    assert sum(1 for t, a in page.elements if t == "tr" and "data-id" in a) == 60


def test_failures_link_to_their_figures(work):
    edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "over 90 billion USD")
    edit("articles/vna-unga-2025.txt", "UN Human Rights Council", "UN Human Rights Board")
    page, data, html = report_and_json(work)
    failing = [r for r in data["results"] if r["status"] != "pass"]
    items = page.find("li")
    items = [li for li in items if "failure" in li.get("class", "")]
    assert [li["data-id"] for li in items] == [r["id"] for r in failing]
    assert [li["data-status"] for li in items] == [r["status"] for r in failing]
    links = re.findall(r'<li class="failure[^>]*><a href="#([^"]+)"', html)
    assert len(links) == len(failing)
    ids = {a.get("id") for _, a in page.elements}
    assert all(link in ids for link in links)
    trade = page.find("mark", id=links[0])[0]
    assert trade["data-status"] == "fail" and trade["data-claims"] == "trade-total"
    assert "expected nearly 88 billion USD, found over 90 billion USD" in trade["aria-label"]
    uncovered = [m for m in page.marks if m.get("data-status") == "uncovered"]
    assert [" ".join(m["text"].split()) for m in uncovered] == ["2023–2025"]


def test_versions_side_by_side(work):
    page, data, html = report_and_json(work)
    assert "Versions: unga-2024 → unga-2025" in html
    assert page.find("th", scope="col")
    assert 'class="changed"' in html       # e.g. the trade total: nearly 88 -> surpassing 100 billion


def test_self_contained_and_escaped():
    evil = '<script>alert("x")</script> & "quotes"'
    r = Result(evil, "a<b", "a<b", "x&y.txt", "money", Outcome.MISMATCH, evil, evil, Span(0, 3), 1, 1,
               evil, evil, claim_pos=Position("c.yaml", 2, 3))
    html = render(Report([r]))
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    for pattern in (r'\bsrc=', r'<link\b', r'@import', r'url\(', r'https?://'):
        assert not re.search(pattern, html), pattern
    Page(html)      # parses


def test_accessibility_basics(work):
    _, _, html = report_and_json(work)
    css = re.search(r"<style>(.*)</style>", html, re.S).group(1)
    assert ":focus" in css and "outline: 3px" in css
    assert "@media print" in css and "@media (max-width" in css
    assert 'class="skip"' in html


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_meet_4_5_to_1():
    css = (ROOT / "checker" / "report" / "html_style.css").read_text()
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    ink, paper = var["ink"], var["paper"]
    for bg in ("pass-bg", "fail-bg", "drift-bg", "none-bg", "paper"):
        assert contrast(ink, var[bg]) >= 4.5, bg
    for fg in ("pass", "fail", "drift", "none", "muted"):
        assert contrast(var[fg], paper) >= 4.5, fg
    assert contrast("#ffffff", ink) >= 4.5        # tooltips
