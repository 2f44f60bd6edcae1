"""Golden tests for the compiler-style text report, and its underline arithmetic."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.model import Outcome, Position, Report, Result, Span
from checker.report.text import (
    WINDOW, display_width, printable, render, summary_line, window,
)

TRADE = "In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%."


def result(id="trade-total", status=Outcome.MISMATCH, *, evidence=TRADE, figure="over 88 billion USD",
           expected="nearly 88 billion USD", kind="money", path="articles/vna-unga-2024.txt",
           line=61, column=58, claim=("claims.yaml", 40, 5), message="", others=()):
    """A Result as the engine would build it; ``figure`` is located inside ``evidence``."""
    span = found = ev_span = None
    if figure is not None:
        start = evidence.index(figure)
        ev_span = (start, start + len(figure))
        span, found = Span(4500 + start, 4500 + start + len(figure)), figure
    else:
        evidence = line = column = None
    return Result(
        id=id, article="unga-2024", version="unga-2024", path=path, kind=kind, status=status,
        expected=expected, found=found, span=span, line=line, column=column, evidence=evidence,
        message=message, claim_pos=Position(*claim) if claim else None,
        evidence_span=ev_span, others=tuple(others),
    )


def passing(id="trade-total", **kw):
    kw.setdefault("figure", "over 88 billion USD")
    kw.setdefault("expected", "over 88 billion USD")
    return result(id, Outcome.PASS, **kw)


def test_mismatch_block_underlines_the_figure():
    assert render(Report([result(), passing("other")])) == """\
articles/vna-unga-2024.txt:61:58: mismatch: trade-total (money)
  In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%.
                                                                  ^^^^^^^^^^^^^^^^^^^
  expected: nearly 88 billion USD
     found: over 88 billion USD
  claim: claims.yaml:40:5

1 of 2 claims failed (1 mismatch) in 1 article
"""


def test_missing_points_at_the_claim_and_carries_the_message():
    missing = result("gdp", Outcome.MISSING, figure=None, kind="percent", expected="up 7",
                     claim=("claims.yaml", 12, 5),
                     message="no sentence matches 'GDP growth' in articles/vna-unga-2024.txt")
    assert render(Report([missing, result()])) == """\
claims.yaml:12:5: missing: gdp (percent)
  expected: up 7
  article: articles/vna-unga-2024.txt
  no sentence matches 'GDP growth' in articles/vna-unga-2024.txt

articles/vna-unga-2024.txt:61:58: mismatch: trade-total (money)
  In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%.
                                                                  ^^^^^^^^^^^^^^^^^^^
  expected: nearly 88 billion USD
     found: over 88 billion USD
  claim: claims.yaml:40:5

2 of 2 claims failed (1 mismatch, 1 missing) in 1 article
"""


def test_error_without_any_position_still_renders():
    broken = result("x", Outcome.ERROR, figure=None, claim=None, path="", kind="count",
                    expected="12 visits", message="figure '12 visits' is not a count\nsee docs")
    assert render(Report([broken])) == """\
x: error: x (count)
  expected: 12 visits
  figure '12 visits' is not a count
  see docs

1 of 1 claim failed (1 error) in 1 article
"""


def test_ambiguous_lists_every_place():
    other = result("visits", Outcome.AMBIGUOUS, evidence="7 visits were planned.", figure="7 visits",
                   expected="3 visits", kind="count", path="articles/a.txt", line=9, column=1, claim=None,
                   message="planned, not made")
    amb = result("visits", Outcome.AMBIGUOUS, evidence="He made 5 visits.", figure="5 visits",
                 expected="3 visits", kind="count", path="articles/a.txt", line=2, column=9,
                 claim=("claims.yaml", 20, 5), others=[other],
                 message="'visits' matches 2 places stating different figures")
    assert render(Report([amb])) == """\
articles/a.txt:2:9: ambiguous: visits (count)
  He made 5 visits.
          ^^^^^^^^
  expected: 3 visits
     found: 5 visits
articles/a.txt:9:1: note: visits also matches here
  7 visits were planned.
  ^^^^^^^^
     found: 7 visits
  planned, not made
  'visits' matches 2 places stating different figures
  claim: claims.yaml:20:5

1 of 1 claim failed (1 ambiguous) in 1 article
"""


VI = ("Chủ tịch nước Lương Cường đã có cuộc gặp với Tổng thư ký Liên Hợp Quốc António Guterres, "
      "trong đó hai bên nhất trí rằng kim ngạch thương mại song phương đạt gần 88 tỷ USD trong "
      "tám tháng đầu năm, tăng 22% so với cùng kỳ năm trước và dự kiến vượt 100 tỷ USD.")


def test_long_vietnamese_evidence_in_nfd_is_windowed_and_aligned():
    nfd = unicodedata.normalize("NFD", VI)
    figure = unicodedata.normalize("NFD", "gần 88 tỷ USD")
    bad = result("trade-vi", evidence=nfd, figure=figure, expected="nearly 90 billion USD",
                 path="articles/vi.txt", line=5, column=120, claim=("claims.yaml", 50, 5))
    shown = unicodedata.normalize("NFD", "  …rằng kim ngạch thương mại song phương đạt gần 88 tỷ USD "
                                         "trong tám tháng đầu năm, tăng 22% so với…")
    assert render(Report([bad])) == f"""\
articles/vi.txt:5:120: mismatch: trade-vi (money)
{shown}
                                             ^^^^^^^^^^^^^
  expected: nearly 90 billion USD
     found: {figure}
  claim: claims.yaml:50:5

1 of 1 claim failed (1 mismatch) in 1 article
"""
    assert display_width(shown) - 2 <= WINDOW


def test_nfc_and_nfd_underline_alike():
    for form in ("NFC", "NFD"):
        text = unicodedata.normalize(form, "Ông Lương Cường nói rằng thương mại tăng 22%.")
        start = text.index("22%")
        w = window(text, start, start + 3)
        assert w.carets == " " * display_width("Ông Lương Cường nói rằng thương mại tăng ") + "^^^"


def test_wide_characters_take_two_cells():
    text = "貿易額は880億ドルに達した"
    w = window(text, 4, 10)                     # 880億ドル: 3 narrow + 3 wide
    assert w.text[w.start:w.end] == "880億ドル"
    assert w.carets == " " * 8 + "^" * 9


def test_controls_become_spaces_so_the_line_stays_one_line():
    w = window("Trade\nreached\t88 billion USD.", 14, 28)
    assert w.text == "Trade reached 88 billion USD."
    assert w.carets == " " * 14 + "^" * 14


def test_window_keeps_a_figure_wider_than_the_window():
    text = "x " * 80 + "9" * 150 + " y" * 80
    w = window(text, 160, 310)
    assert w.text == "…" + "9" * 150 + "…"
    assert w.carets == " " + "^" * 150


def test_pass_only_report_is_one_line():
    assert render(Report([passing("a"), passing("b")])) == "all 2 claims hold in 1 article\n"
    assert render(Report([passing("a")])) == "1 claim holds in 1 article\n"
    assert render(Report([])) == "no claims to check\n"


def test_verbose_lists_passing_claims_one_line_each():
    out = render(Report([passing("a"), result(), passing("b", path="articles/x.txt")]), verbose=True)
    assert out == """\
articles/vna-unga-2024.txt:61:58: pass: a (money): over 88 billion USD

articles/vna-unga-2024.txt:61:58: mismatch: trade-total (money)
  In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%.
                                                                  ^^^^^^^^^^^^^^^^^^^
  expected: nearly 88 billion USD
     found: over 88 billion USD
  claim: claims.yaml:40:5

articles/x.txt:61:58: pass: b (money): over 88 billion USD

1 of 3 claims failed (1 mismatch) in 2 articles
"""


def test_summary_counts_outcomes_in_order_and_articles():
    report = Report([
        result("a", Outcome.MISSING, figure=None),
        result("b"),
        result("c", path="articles/other.txt"),
        passing("d"),
    ])
    assert summary_line(report) == "3 of 4 claims failed (2 mismatches, 1 missing) in 2 articles"


def test_colour_marks_status_carets_and_summary():
    red_bold, red, green, bold, reset = "\x1b[1;31m", "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"
    out = render(Report([result()]), color=True)
    assert out.splitlines()[0] == f"articles/vna-unga-2024.txt:61:58: {red_bold}mismatch{reset}: trade-total (money)"
    assert out.splitlines()[2] == " " * 66 + f"{red}{'^' * 19}{reset}"
    assert out.splitlines()[-1] == f"{bold}1 of 1 claim failed (1 mismatch) in 1 article{reset}"
    assert render(Report([passing()]), color=True) == f"{green}1 claim holds in 1 article{reset}\n"
    assert "\x1b" not in render(Report([result()]), color=False)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_underline_never_raises_and_matches_the_figure_width(data):
    evidence = data.draw(st.text(max_size=300), label="evidence")
    start = data.draw(st.integers(0, len(evidence)), label="start")
    end = data.draw(st.integers(start, len(evidence)), label="end")
    width = data.draw(st.sampled_from([WINDOW, 10, 40]), label="width")
    figure = evidence[start:end]

    w = window(evidence, start, end, width)

    assert w.text[w.start:w.end] == printable(figure)
    carets = w.carets
    assert carets.count("^") == max(1, display_width(figure))
    assert carets.index("^") == display_width(w.text[: w.start])
    assert set(carets) <= {" ", "^"}
    assert display_width(w.text) <= max(width, display_width(figure) + 2)
    assert "\n" not in w.text and "\r" not in w.text
