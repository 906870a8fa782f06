"""The viewer in a real browser: headless Chromium against the running server.

Loads the page, extracts a seed, clicks an item and checks that its span in
the text is highlighted (and the other way round), then does the same for a
story and an eval report. Screenshots go to artifacts/ (gitignored) for a
person to look at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

from .conftest import CHROMIUM_FLAGS, ROOT

pytestmark = pytest.mark.browser

SEED = "000_9e83181834ba2713"
# Each wait is bounded; the whole module runs in seconds when things work.
WAIT_MS = 20_000
# ``expect`` keeps its own 5 s default, which the context's default timeout does not change; on a
# loaded machine Swagger UI took longer than that to draw its operations.
expect.set_options(timeout=WAIT_MS)


@pytest.fixture(scope="module")
def context(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        # A persistent context is how Playwright takes a --user-data-dir: a fresh, empty one here.
        ctx = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 900},
            # Playwright's 30 s default for the browser's start, like the server's start-up
            # (conftest.SERVER_START_S), is tight on a loaded 2-core machine; only a broken one waits.
            timeout=120_000,
        )
        ctx.set_default_timeout(WAIT_MS)
        try:
            yield ctx
        finally:
            ctx.close()


@pytest.fixture
def page(context: BrowserContext, server: str) -> Iterator[Page]:
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.goto(server + "/")
    expect(p.locator("#seed-select option")).to_have_count(6)  # the blank choice and five seeds
    yield p
    p.close()
    assert errors == [], f"script errors on the page: {errors}"


def test_extract_a_seed_click_an_item_and_see_its_span(page: Page, artifacts: Path) -> None:
    page.select_option("#seed-select", SEED)
    expect(page.locator("#article-text")).not_to_have_value("")
    page.click("#run")
    first_quote = page.locator('#item-list li[data-key="qt1"]')
    expect(first_quote).to_be_visible()

    # item -> span: the quote's words light up in the text, and nothing else does
    first_quote.click()
    expect(first_quote).to_have_class("item selected")
    active = page.locator("#article-view .seg.active")
    expect(active.first).to_be_visible()
    highlighted = " ".join(active.all_inner_texts())
    assert "size of our mission" in highlighted
    assert "Leave a Reply" not in highlighted

    # span -> item: clicking a figure in the text selects it in the list
    figure = page.locator("#article-view .seg.t-figure", has_text="32 people")
    figure.click()
    key = figure.get_attribute("data-keys")
    assert key is not None and key.split()[0].startswith("fg")
    expect(page.locator(f'#item-list li[data-key="{key.split()[0]}"]')).to_have_class("item selected")

    # page furniture is shown, dimmed
    expect(page.locator("#article-view .seg.boilerplate").first).to_be_visible()
    first_quote.click()
    page.screenshot(path=str(artifacts / "viewer.png"))


def test_story_view_links_groups_to_every_outlet(page: Page, artifacts: Path) -> None:
    page.click('nav [data-view="story"]')
    page.click("#story-run")
    groups = page.locator("#group-list li.corroborated")
    expect(groups.first).to_be_visible()
    best = page.locator('#group-list li[data-key="q1"]')
    expect(best.locator(".badge")).to_have_text("5 outlets")
    best.click()
    columns = page.locator("#story-articles .column")
    expect(columns).to_have_count(5)
    for i in range(5):
        expect(columns.nth(i).locator(".seg.active").first).to_be_visible()
    page.screenshot(path=str(artifacts / "viewer-story.png"))


def test_eval_view_marks_missed_and_spurious_items_in_the_text(page: Page, artifacts: Path) -> None:
    # A report in the harness's format (evals/report.py, format newsfacts-eval/1), cut down to what the page reads.
    prf = {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    types = {
        kind: {
            "predicted": 2,
            "gold": 2,
            "lenient": prf,
            "strict": prf,
            "fields": {},
            "missed": [],
            "spurious": [],
            "mismatches": [],
        }
        for kind in ("quotes", "figures", "events", "attributions")
    }
    article_types = json.loads(json.dumps(types))
    article_types["figures"]["missed"] = [
        {"ref": "gold[4]", "label": "at least 110 = 110 people", "evidence": ["injured at least 110"]}
    ]
    article_types["figures"]["spurious"] = [
        {"ref": "fg4", "label": "about 2,500 of", "evidence": ["about 2,500 of"]}
    ]
    grounding = {
        "spans": 1,
        "spans_grounded": 1,
        "quotes": 0,
        "quotes_not_verbatim": 0,
        "items": 1,
        "items_outside_body": 0,
    }
    cost = {"wall_ms": 12.0, "llm_calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "cache_hits": 0}
    report = {
        "format": "newsfacts-eval/1",
        "created": "2026-11-01T00:00:00+00:00",
        "backend": "rules",
        "source": "in-process",
        "extractor": {"backend": "rules", "version": "1"},
        "articles_dir": "seeds",
        "gold_dir": "evals/gold",
        "metrics": {},
        "thresholds": [
            {"metric": "figures.lenient.f1", "bound": "min", "limit": 0.9, "value": 0.5, "passed": False}
        ],
        "overall": {"types": types, "grounding": grounding, "cost": cost},
        "articles": [{"stem": SEED, "types": article_types, "grounding": grounding, "cost": cost}],
    }
    page.click('nav [data-view="eval"]')
    page.fill("#eval-json", json.dumps(report))
    page.click("#eval-run")
    missed = page.locator("#eval-view .seg.missed")
    expect(missed).to_have_text("injured at least 110")
    expect(page.locator("#eval-view .seg.spurious")).to_have_text("about 2,500 of")
    expect(page.locator("#eval-view tr.fail")).to_have_count(1)
    page.locator("#eval-view li.item.missed").click()
    expect(missed).to_have_class("seg missed active")
    page.screenshot(path=str(artifacts / "viewer-eval.png"), full_page=True)


# ---------------------------------------------------------------------------- issue 17's viewer changes


def small_report(created: str, metrics: dict[str, float], outside_body: int = 0) -> dict[str, Any]:
    """A report in the harness's format, cut down to what the page reads."""
    prf = {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    types = {
        kind: {
            "predicted": 1,
            "gold": 1,
            "lenient": prf,
            "strict": prf,
            "fields": {},
            "missed": [],
            "spurious": [],
            "mismatches": [],
        }
        for kind in ("quotes", "figures", "events", "attributions")
    }
    grounding = {
        "spans": 4,
        "spans_grounded": 4,
        "quotes": 1,
        "quotes_not_verbatim": 0,
        "items": 4,
        "items_outside_body": outside_body,
    }
    cost = {"wall_ms": 5.0, "llm_calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "cache_hits": 0}
    return {
        "format": "newsfacts-eval/1",
        "created": created,
        "backend": "rules",
        "source": "in-process",
        "extractor": {"backend": "rules", "version": "1"},
        "articles_dir": "seeds",
        "gold_dir": "evals/gold",
        "metrics": metrics,
        "thresholds": [
            {
                "metric": "grounding.items_outside_body",
                "bound": "max",
                "limit": 0,
                "value": outside_body,
                "passed": outside_body == 0,
            },
            {"metric": "quotes.lenient.f1", "bound": "min", "limit": 0.9, "value": 1.0, "passed": True},
        ],
        "overall": {"types": types, "grounding": grounding, "cost": cost},
        "articles": [{"stem": SEED, "types": types, "grounding": grounding, "cost": cost}],
    }


def test_counts_are_counts_and_plurals_agree(page: Page) -> None:
    page.click('nav [data-view="eval"]')
    page.fill("#eval-json", json.dumps(small_report("2026-11-02T00:00:00+00:00", {}, outside_body=4)))
    page.click("#eval-run")
    failing = page.locator("#eval-view tr.fail")
    expect(failing).to_have_count(1)
    cells = failing.locator("td").all_inner_texts()
    assert cells[0] == "grounding.items_outside_body" and cells[3] == "4" and "%" not in "".join(cells)
    expect(page.locator("#status")).to_contain_text("Report of 1 article,")

    page.click('nav [data-view="article"]')
    page.fill(
        "#article-text", "Harbour vote delayed\n\n“We need more time,” said Mayor Ruth Okafor on Tuesday."
    )
    page.click("#run")
    expect(page.locator("#status")).to_contain_text("1 quote,")
    assert "1 quotes" not in page.locator("#status").inner_text()


def test_html_input_option_and_warnings(page: Page) -> None:
    html = (
        "<!doctype html><html><head><title>Bridge reopens</title></head><body><article>"
        "<h1>Bridge reopens</h1><p>The harbour bridge reopened on Tuesday after repairs that cost "
        "about $14 million, officials said.</p><p>“We are relieved,” said Mayor Ruth Okafor.</p>"
        "</article><aside><p>Subscribe for £1 a week</p></aside></body></html>"
    )
    page.fill("#article-text", html)
    page.check("#as-html")
    page.click("#run")
    view = page.locator("#article-view")
    expect(view).to_contain_text("The harbour bridge reopened")
    assert "<p>" not in view.inner_text() and "Subscribe" not in view.inner_text()
    expect(page.locator("#warnings")).to_be_hidden()
    # The same page sent as text: read as HTML all the same, and the page says so.
    page.uncheck("#as-html")
    page.fill("#article-text", html + " ")
    page.click("#run")
    expect(page.locator("#warnings")).to_be_visible()
    expect(page.locator("#warnings")).to_contain_text("held HTML markup")
    assert "<p>" not in view.inner_text()


def test_story_of_five_articles_needs_no_sideways_scroll(page: Page, artifacts: Path) -> None:
    page.click('nav [data-view="story"]')
    page.click("#story-run")
    columns = page.locator("#story-articles .column")
    expect(columns).to_have_count(5)
    overflow = page.evaluate(
        "() => { const el = document.getElementById('story-articles');"
        " return [el.scrollWidth, el.clientWidth, document.documentElement.scrollWidth, window.innerWidth]; }"
    )
    assert overflow[0] <= overflow[1] and overflow[2] <= overflow[3], overflow
    page.screenshot(path=str(artifacts / "viewer-story-five.png"), full_page=True)


def test_reports_on_the_server_are_listed_shown_and_compared(
    page: Page, eval_reports_dir: Path, artifacts: Path
) -> None:
    for name, created, f1 in [
        ("before", "2026-11-01T00:00:00+00:00", 0.8),
        ("after", "2026-11-03T00:00:00+00:00", 0.9),
    ]:
        folder = eval_reports_dir / name
        (folder / "predictions").mkdir(parents=True, exist_ok=True)
        report = small_report(
            created, {"quotes.lenient.f1": f1, "grounding.items_outside_body": 2 if name == "before" else 0}
        )
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    page.reload()
    page.click('nav [data-view="eval"]')
    expect(page.locator("#eval-report-a option")).to_have_count(2)
    assert page.locator("#eval-report-b").input_value() == "after"  # newest first
    page.select_option("#eval-report-a", "before")
    page.click("#eval-server-compare")
    row = page.locator('#eval-view tr[data-metric="quotes.lenient.f1"]')
    expect(row).to_have_class("better")
    assert row.locator("td").all_inner_texts() == ["quotes.lenient.f1", "80%", "90%", "+10.0 pts"]
    fewer = page.locator('#eval-view tr[data-metric="grounding.items_outside_body"]')
    expect(fewer).to_have_class("better")
    assert fewer.locator("td").all_inner_texts()[1:] == ["2", "0", "-2"]
    page.screenshot(path=str(artifacts / "viewer-eval-compare.png"), full_page=True)
    page.click("#eval-server-show")
    expect(page.locator("#eval-view h2")).to_have_text("Eval: rules")


def test_standalone_html_export_highlights_on_click(
    context: BrowserContext, tmp_path: Path, artifacts: Path
) -> None:
    extraction = subprocess.run(
        [sys.executable, "-m", "service", "extract", f"seeds/{SEED}.txt"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    ).stdout
    (tmp_path / "ex.json").write_bytes(extraction)
    out = tmp_path / "ex.html"
    subprocess.run(
        [sys.executable, "-m", "service", "visualize", str(tmp_path / "ex.json"), "-o", str(out)],
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.goto(out.as_uri())
    p.locator('#items li[data-key="qt1"]').click()
    active = p.locator("#text .seg.active")
    expect(active.first).to_be_visible()
    assert "size of our mission" in " ".join(active.all_inner_texts())
    expect(p.locator('#items li[data-key="qt1"]')).to_have_class("selected")
    p.screenshot(path=str(artifacts / "visualize.png"))
    p.close()
    assert errors == []


def test_highlights_land_on_their_words_after_astral_characters(page: Page, server: str) -> None:
    # Emoji and mathematical letters are one code point (the API's offsets) but two UTF-16
    # units (JavaScript's): before the fix every highlight after them was shifted (issue 13).
    text = (
        "🎉🎉 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 😀\n"
        "The council approved 4,000 new homes on Tuesday, the mayor said. "
        "“We are relieved at last,” said Ruth Okafor 🏠, who chairs the housing committee. "
        "Officials said the plan would cost about $14 million over 𝟓 years."
    )
    page.fill("#article-text", text)
    page.click("#run")
    expect(page.locator('#item-list li[data-key="fg1"]')).to_be_visible()
    response = page.request.post(f"{server}/v1/extractions", data={"text": text})
    extraction = response.json()
    checked = 0
    for kind in ("figures", "quotes", "attributions", "events"):
        for item in extraction[kind]:
            if len(item["evidence"]) != 1:
                continue
            page.locator(f'#item-list li[data-key="{item["id"]}"]').click()
            shown = page.eval_on_selector_all(
                "#article-view .seg.active", "els => els.map((e) => e.textContent).join('')"
            )
            assert shown == item["evidence"][0]["text"], (item["id"], shown)
            checked += 1
    assert checked >= 4


def test_api_docs_render_from_local_files_only(page: Page, server: str) -> None:
    # Swagger UI came from a CDN: offline, /docs was a blank page (issue 13).
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server + "/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert requested and all(u.startswith(server) for u in requested), requested
