"""The HTML report in a real headless browser (Debian's chromium): the page renders the
highlights and the failure list that the JSON report implies, and a screenshot is taken.

Skipped only where no chromium is installed (``.ci/run`` installs it when it can).
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import checker.cli as cli

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def browser() -> str | None:
    env = os.environ.get("FACTLOCK_CHROMIUM")
    for path in ((env,) if env else ()) + CANDIDATES:
        if path and os.access(path, os.X_OK):
            return path
    return shutil.which("chromium")


BROWSER = browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium installed (apt-get install chromium)")


def run_browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


class Dom(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.failures: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = a.get("class", "").split()
        if tag == "mark" and "fig" in classes:
            self.marks.append(a)
        if tag == "li" and "failure" in classes:
            self.failures.append(a)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    work = tmp_path_factory.mktemp("browser")
    shutil.copytree(ROOT / "articles", work / "articles")
    shutil.copy(ROOT / "claims.yaml", work / "claims.yaml")
    art = work / "articles" / "vna-unga-2024.txt"
    art.write_text(art.read_text(encoding="utf-8").replace("nearly 88 billion USD", "over 90 billion USD"),
                   encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(work)
    try:
        assert cli.main(["check", "--format", "html", "--output", "report.html"]) == 1
        assert cli.main(["check", "--format", "json", "--output", "report.json"]) == 1
    finally:
        os.chdir(cwd)
    return work


def test_rendered_dom_matches_the_json_report(page, tmp_path):
    url = (page / "report.html").as_uri()
    proc = run_browser(tmp_path, "--dump-dom", url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = Dom(proc.stdout)
    data = json.loads((page / "report.json").read_text(encoding="utf-8"))
    failing = [r for r in data["results"] if r["status"] != "pass"]
    assert [f["data-id"] for f in dom.failures] == [r["id"] for r in failing] == ["trade-total"]
    figures = [m for m in dom.marks if "key" not in m["class"].split()]
    failed_marks = [m for m in figures if m["data-status"] == "fail"]
    assert [m["data-claims"] for m in failed_marks] == ["trade-total"]
    passing_ids = {r["id"] for r in data["results"] if r["status"] == "pass" and r["span"]}
    shown_ids = {i for m in figures if m["data-status"] == "pass" for i in m["data-claims"].split()}
    assert passing_ids <= shown_ids
    assert sum(1 for m in figures if m["data-kind"] not in ("text", "absent")) == 50
    assert all(m.get("tabindex") == "0" and m.get("aria-label") for m in figures)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshot(page, tmp_path):
    shot = page / "report.png"
    proc = run_browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000",
                       "--hide-scrollbars", (page / "report.html").as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 50_000      # a page of text, not a blank
    assert png_size(shot) == (1280, 2000)
    keep = os.environ.get("FACTLOCK_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def test_phone_width_renders(page, tmp_path):
    shot = page / "phone.png"
    proc = run_browser(tmp_path, f"--screenshot={shot}", "--window-size=390,1600",
                       (page / "report.html").as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.stat().st_size > 20_000
