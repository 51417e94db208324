"""End to end: the real server over a real store, driven in headless Chromium from Debian.

Playwright drives the system's Chromium (``/usr/bin/chromium``, or ``$CABLEGRAM_CHROMIUM``);
it never downloads a browser. Without Chromium these tests fail, naming the fix: CI
installs it in ``.ci/run``. Screenshots go to a temporary folder, or to
``$CABLEGRAM_SCREENSHOTS`` when set, to look at.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from web_samples import BOLD, SCRIPT, network_articles

from cablegram.store import Store
from cablegram.web.app import create_app

try:
    from playwright.sync_api import Browser, Dialog, Page, sync_playwright
except ImportError:  # pragma: no cover - the lock file installs it
    pytest.fail("playwright is not installed: run `make` to install requirements.lock")

CHROMIUM = os.environ.get("CABLEGRAM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    """The real app served by uvicorn on a free loopback port, in a thread."""
    yield from _serve(web_db)


@pytest.fixture(scope="module")
def big_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a store whose events link 300 actors."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    with Store.open(path) as store:
        for annotation in network_articles(300):
            store.write(annotation)
    yield from _serve(path)


def _serve(db: Path) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(str(db)), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start within 10 s"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's package with "
            "`apt-get install -y chromium` (.ci/run does), or set CABLEGRAM_CHROMIUM"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("CABLEGRAM_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        return Path(wanted)
    return tmp_path_factory.mktemp("screenshots")


@dataclass
class Visit:
    """A browser tab that records what would show a broken page: errors, dialogs, requests."""

    page: Page
    base: str
    shots: Path
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def go(self, path: str) -> None:
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        data = path.read_bytes()
        assert data.startswith(PNG_MAGIC), f"{path} is not a PNG"
        assert len(data) > 5_000, f"{path} is nearly empty ({len(data)} bytes)"
        return path


@pytest.fixture
def visit(browser: Browser, base_url: str, shots: Path) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    tab = Visit(page, base_url, shots)
    page.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda err: tab.problems.append(str(err)))

    def on_dialog(dialog: Dialog) -> None:
        # An alert() would mean article text ran as script.
        tab.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: tab.requests.append(r.url))
    yield tab
    context.close()
    # No script ran, no style was refused, nothing was fetched from anywhere else.
    assert tab.problems == []
    assert all(url.startswith(base_url) for url in tab.requests), tab.requests


def test_home(visit: Visit) -> None:
    visit.go("/")
    page = visit.page
    assert page.locator("h1").inner_text() == "Documents"
    titles = page.locator("table.documents tbody td:first-child").all_inner_texts()
    assert titles == ["Paris says no to troops", "corpus/madrid.txt", f"{SCRIPT} Breaking {BOLD}"]
    assert "3 documents" in page.locator("#counts").inner_text()
    # The stylesheet loaded: the header is laid out as a flex row.
    assert page.locator("header.top").evaluate("e => getComputedStyle(e).display") == "flex"
    visit.screenshot("home")


def test_document_page_highlights_and_links_to_the_speaker(visit: Visit) -> None:
    visit.go("/documents/doc-paris")
    page = visit.page
    text = page.locator("#text")
    assert text.locator("mark").all_inner_texts() == [
        "We will not send troops to Iraq under any flag"
    ]
    assert text.locator("u.event").all_inner_texts() == ["send", "send", "agreed", "rejected"]
    title = text.locator("u.event").nth(2).get_attribute("title") or ""
    assert title.startswith("AGREE") and "Germany (DEU) → France (FRA)" in title
    # The highlighted mark is painted: its background is not transparent.
    background = text.locator("mark").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    visit.screenshot("document")
    text.locator("mark a").click()
    page.wait_for_url(re.compile(r"/actors/Michel%20Barnier$"))
    assert page.locator("h1").inner_text() == "Michel Barnier"


def test_hostile_document_shows_markup_as_text(visit: Visit) -> None:
    visit.go("/documents/doc-hostile")
    page = visit.page
    assert page.locator("h1").inner_text() == f"{SCRIPT} Breaking {BOLD}"
    assert f"Officials said {SCRIPT} and {BOLD} claims" in page.locator("#text").inner_text()
    assert page.locator("script").count() == 0
    assert page.locator("main b", has_text="bold").count() == 0
    marks = page.locator("#text mark").all_inner_texts()
    assert f"{SCRIPT} is {BOLD} & <not> a quote" in marks
    visit.screenshot("hostile")


def test_actor_timeline(visit: Visit) -> None:
    visit.go("/actors/FRA")
    page = visit.page
    items = page.locator("ol.timeline > li")
    assert items.count() >= 5
    dates = page.locator(".when time").all_inner_texts()
    assert dates == sorted(dates)
    assert "We will not send troops to Iraq under any flag" in page.locator("main").inner_text()
    visit.screenshot("actor")


def test_quote_search_form(visit: Visit) -> None:
    visit.go("/quotes")
    page = visit.page
    page.fill("form.panel input[name=speaker]", "Zapatero")
    page.click("form.panel button")
    page.wait_for_url(re.compile(r"/quotes\?.*speaker=Zapatero"))
    rows = page.locator("table.quotes tbody tr")
    assert rows.count() == 1
    assert "Spain will withdraw its troops from Iraq" in rows.first.inner_text()
    visit.screenshot("quotes")


def test_stance_form(visit: Visit) -> None:
    visit.go("/stance")
    page = visit.page
    page.fill("form.panel input[name=q]", "send troops")
    page.click("form.panel button")
    page.wait_for_url(re.compile(r"/stance\?q=send\+troops$"))
    table = page.locator("table.stance.country")
    assert "France" in table.inner_text()
    assert table.locator("ul.citations li").count() >= 1
    visit.screenshot("stance")


def test_network_is_drawn(visit: Visit) -> None:
    visit.go("/network")
    page = visit.page
    svg = page.locator("svg#graph")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 200
    assert svg.locator("circle").count() == 6
    assert svg.locator("path.edge").count() == 5
    labels = svg.locator("text").all_text_contents()
    assert {"France", "Iraq", "Germany", "Spain", "United States"} <= set(labels)
    visit.screenshot("network")


def test_events_page_filters(visit: Visit) -> None:
    visit.go("/events")
    page = visit.page
    page.select_option("form#event-filters select[name=type]", "REJECT")
    page.fill("form#event-filters input[name=since]", "2003")
    page.click("form#event-filters button")
    page.wait_for_url(re.compile(r"/events\?.*type=REJECT"))
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    assert all("REJECT" in text for text in rows.all_inner_texts())
    assert "in date order" in page.locator("#found").inner_text()
    visit.screenshot("events")


def test_actors_index_and_csv_download(visit: Visit) -> None:
    visit.go("/")
    page = visit.page
    page.click("#counts a[href='/actors']")
    page.wait_for_url(re.compile(r"/actors$"))
    assert page.locator("table.actors tbody tr").count() >= 5
    with page.expect_download() as info:
        page.click("a.csv")
    download = info.value
    assert download.suggested_filename == "actors.csv"
    assert Path(download.path()).read_text().startswith("name,kind,country")
    visit.screenshot("actors")


def test_error_pages_are_html(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(base_url + "/?page=0")
    assert response is not None and response.status == 422
    assert page.locator("h1").inner_text() == "Error"
    assert "page must be" in page.locator("main").inner_text()
    context.close()


def test_network_of_300_actors_is_readable(browser: Browser, big_url: str, shots: Path) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    response = page.goto(big_url + "/network")
    assert response is not None and response.ok
    svg = page.locator("svg#graph")
    assert svg.locator("circle").count() == 300
    boxes = page.evaluate(
        "() => [...document.querySelectorAll('svg#graph .labels text')].map(t => {"
        " const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
    )
    assert len(boxes) == 50
    overlapping = [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]
    assert overlapping == []
    # Drawn at its own size: labels are 12 px on screen, not shrunk to fit the page.
    size = page.locator("svg#graph .labels text").first.evaluate(
        "t => t.getBoundingClientRect().height"
    )
    assert size >= 11
    assert svg.locator("text.edge-label").count() >= 1
    page.screenshot(path=str(shots / "network-300.png"), full_page=False)
    context.close()
