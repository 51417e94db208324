"""The events page, the actors index, date filters, error pages, CSV downloads and the
network drawing, through FastAPI's test client."""

from __future__ import annotations

import csv
import io
import re
from itertools import combinations

import pytest
from fastapi.testclient import TestClient

from cablegram.query.common import ActorRef
from cablegram.query.network import EventDyad
from cablegram.web.graph import LABELLED, layout


def _rows(page: str, table_id: str) -> list[str]:
    body = page[page.index(f'id="{table_id}"') :]
    body = body[body.index("<tbody>") : body.index("</table>")]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


def test_events_page_filters_by_type_actor_and_date(client: TestClient) -> None:
    everything = client.get("/events")
    assert everything.status_code == 200
    assert "in date order" in everything.text
    assert len(_rows(everything.text, "events")) >= 4
    rejects = client.get("/events", params={"type": "REJECT"})
    rows = _rows(rejects.text, "events")
    assert rows and all(">REJECT<" in row for row in rows)
    assert '<option value="REJECT" selected>' in rejects.text
    spain = client.get("/events", params={"actor": "ESP"})
    assert all("Spain" in row for row in _rows(spain.text, "events"))
    later = client.get("/events", params={"since": "2004"})
    dates = re.findall(r'<time datetime="([\d-]+)"', later.text)
    assert dates and all(d >= "2004" for d in dates)
    earlier = client.get("/events", params={"until": "2003-12"})
    assert all(d < "2004" for d in re.findall(r'<time datetime="([\d-]+)"', earlier.text))


def test_actors_index_lists_actors_busiest_first_with_links(client: TestClient) -> None:
    home = client.get("/")
    assert 'href="/actors"' in home.text and 'href="/events"' in home.text
    page = client.get("/actors")
    assert page.status_code == 200
    rows = _rows(page.text, "actors")
    assert any('href="/actors/Michel%20Barnier"' in row for row in rows)
    counts = [
        sum(int(n) for n in re.findall(r'<td class="num">(\d+)</td>', row)[1:]) for row in rows
    ]
    assert counts == sorted(counts, reverse=True)
    only = client.get("/actors", params={"q": "FRA"})
    assert all(">FRA<" in row for row in _rows(only.text, "actors"))
    assert client.get("/actors/", follow_redirects=False).headers["location"] == "/actors"


def test_quotes_and_timeline_take_dates_and_state_their_order(client: TestClient) -> None:
    page = client.get("/quotes")
    assert "in date order" in page.text
    assert 'id="search-help"' in page.text and "word*" in page.text
    ranked = client.get("/quotes", params={"q": "troops"})
    assert "best match first" in ranked.text
    later = client.get("/quotes", params={"since": "2004"})
    dates = re.findall(r'<time datetime="([\d-]+)"', later.text)
    assert dates and all(d >= "2004" for d in dates)
    timeline = client.get("/actors/FRA", params={"until": "2003-03-10"})
    assert timeline.status_code == 200
    dates = re.findall(r'<span class="when"><time datetime="([\d-]+)"', timeline.text)
    assert dates and all(d <= "2003-03-10" for d in dates)
    assert 'id="timeline-filters"' in timeline.text


@pytest.mark.parametrize(
    "path",
    [
        "/?page=0",
        "/?page=abc",
        "/stance?q=" + "x" * 600,
        "/quotes?since=tomorrow",
        "/events?type=PARTY",
        "/network?min_count=-5",
        "/actors/FRA?since=20044",
    ],
)
def test_bad_parameters_answer_an_html_page_that_does_not_echo_them(
    client: TestClient, path: str
) -> None:
    page = client.get(path)
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "Bad request" in page.text
    value = path.split("=", 1)[1]
    main = page.text[page.text.index("<main>") : page.text.index("</main>")]
    assert value not in main
    assert '"detail"' not in page.text


def test_api_errors_are_json_without_the_input(client: TestClient) -> None:
    answer = client.get("/api/stance", params={"q": "y" * 600})
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/json")
    assert "yyyy" not in answer.text and "q must be" in answer.json()["detail"]


def test_pages_beyond_the_last_and_unknown_paths_are_404_pages(client: TestClient) -> None:
    beyond = client.get("/?page=999")
    assert beyond.status_code == 404 and "no such page" in beyond.text
    assert "holds no documents" not in beyond.text
    nowhere = client.get("/no/such/place")
    assert nowhere.status_code == 404 and nowhere.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("page", "download"),
    [
        ("/", "/csv/documents"),
        ("/quotes?q=troops", "/csv/quotes?q=troops"),
        ("/events?type=REJECT", "/csv/events?type=REJECT"),
        ("/actors", "/csv/actors"),
        ("/actors/FRA", "/csv/timeline?actor=FRA"),
        ("/network", "/csv/network"),
        ("/stance?q=send+troops", "/csv/stance?q=send+troops"),
    ],
)
def test_every_table_downloads_as_csv(client: TestClient, page: str, download: str) -> None:
    html = client.get(page).text
    assert f'href="{download.replace("&", "&amp;")}"' in html
    answer = client.get(download)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows
    if "type=REJECT" in download:
        assert {r["event_type"] for r in rows} == {"REJECT"}


def test_network_page_filters_and_labels_edges(client: TestClient) -> None:
    page = client.get("/network")
    assert page.status_code == 200
    assert 'class="edge-label"' in page.text and 'class="node-label"' in page.text
    rejects = client.get("/network", params={"type": "REJECT"})
    table = rejects.text[rejects.text.index('<table class="dyads">') :]
    assert "REJECT" in table and "AGREE" not in table.split("</table>")[0]
    none = client.get("/network", params={"min_count": 50})
    assert "No events between two named actors match" in none.text


def _dyads(count: int) -> list[EventDyad]:
    """A scale-free-ish network of ``count`` actors: a few hubs, many leaves."""
    actors = [ActorRef(f"Actor number {i:03d} of the test", "person", "FRA") for i in range(count)]
    dyads = []
    for i in range(1, count):
        hub = actors[i % 7] if i > 7 else actors[0]
        dyads.append(
            EventDyad(
                hub,
                actors[i],
                count=1 + (i % 5),
                by_type={"REJECT": 1 + (i % 5)},
                by_quad={"verbal_conflict": 1 + (i % 5)},
                cooperative=0,
                conflictual=1 + (i % 5),
                neutral=0,
                negated=0,
                event_ids=(f"e{i}",),
            )
        )
    return dyads


def test_three_hundred_nodes_no_two_busiest_labels_overlap() -> None:
    graph = layout(_dyads(300))
    assert len(graph.nodes) == 300
    busiest = sorted(graph.nodes, key=lambda n: -n.degree)[:LABELLED]
    labels = [n.label for n in busiest]
    assert all(label is not None for label in labels)
    boxes = [label.box for label in labels if label is not None]
    assert not [(a, b) for a, b in combinations(boxes, 2) if a.overlaps(b)]
    assert all(
        b.x0 >= 0 and b.x1 <= graph.width and b.y0 >= 0 and b.y1 <= graph.height for b in boxes
    )
    # Force-directed, not a circle: distances from the centre vary widely.
    cx, cy = graph.width / 2, graph.height / 2
    radii = sorted(((n.x - cx) ** 2 + (n.y - cy) ** 2) ** 0.5 for n in graph.nodes)
    assert radii[-1] > 3 * radii[len(radii) // 10]
    assert sum(1 for e in graph.edges if e.label) > 0
