"""Web throughput: requests/s and latency of `cablegram serve` under 200 concurrent requests.

`python bench/web_load.py [--store FILE] [--docs N] [--workers 1 2] [--requests 200]`

Builds a store of ``--docs`` synthetic articles (or reads ``--store``), starts
`cablegram serve` and sends bursts of concurrent requests, each set on its own:

* quote pages: ``/quotes`` with a different search word, speaker or date range each
  (no two requests of a burst alike, so no answer is served from an earlier one);
* document pages: ``/documents/<id>``, a different document each;
* the same, repeated: the same few URLs again (what a cache or ``If-None-Match`` helps);
* during an ingest: quote and document pages while `cablegram ingest` writes into the same
  store, bursts one after another until the ingest ends; a request not answered within
  ``--timeout`` seconds counts as timed out.

The client is a bare asyncio HTTP/1.1 client (one connection a request), so that it costs
the two cores little next to the server. Prints requests/s, p50 and p99 per set (aim:
>= 50 requests/s on 2 cores for quote and document pages, no error, no time-out).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_jsonl

PY = sys.executable
WORDS = (
    "sanctions", "talks", "nuclear", "ceasefire", "troops", "Geneva", "peace", "resolution",
    "alliance", "Brussels", "proposal", "agreement", "region", "Moscow", "Washington",
    "Iran", "France", "Germany", "China", "Russia",
)  # fmt: skip
SPEAKERS = ("Kerry", "Obama", "Merkel", "Fabius", "Putin", "NATO", "USA", "DEU", "FRA", "RUS")


def line(label: str, value: str, goal: str = "") -> None:
    print(f"  {label:<44} {value}{'   (goal: ' + goal + ')' if goal else ''}", flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ingest(corpus: Path, db: Path, background: bool = False) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [PY, "-m", "cablegram", "ingest", str(corpus), "--db", str(db), "--workers", "1", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if not background and process.wait() != 0:
        raise RuntimeError("ingest failed: " + process.stderr.read().decode()[-500:])  # type: ignore[union-attr]
    return process


def quote_paths(n: int) -> list[str]:
    """``n`` distinct quote-page URLs: a word, a speaker, a word and a speaker, a year."""
    paths: list[str] = []
    i = 0
    while len(paths) < n:
        word, who = WORDS[i % len(WORDS)], SPEAKERS[(i // len(WORDS)) % len(SPEAKERS)]
        shape = i % 4
        params: dict[str, str] = (
            {"q": word}
            if shape == 0
            else {"speaker": who}
            if shape == 1
            else {"q": word, "speaker": who}
            if shape == 2
            else {"since": f"2012-{1 + i % 12:02d}", "until": "2012-12"}
        )
        params["_"] = str(i)  # distinct URLs, so no two answers are one cached page
        paths.append("/quotes?" + urlencode(params))
        i += 1
    return paths


def document_paths(db: Path, n: int) -> list[str]:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as conn:
        ids = [row[0] for row in conn.execute("SELECT doc_id FROM documents LIMIT ?", (n,))]
    return ["/documents/" + quote(doc_id, safe="") for doc_id in ids]


async def _get(port: int, path: str, timeout: float) -> tuple[float, str]:
    """One GET on a fresh connection: seconds taken and "ok", "timeout" or the status."""
    started = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                f"GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode()
            )
            await writer.drain()
            status = await reader.readline()
            await reader.read()  # the whole answer, until the server closes
            writer.close()
        parts = status.split()
        outcome = "ok" if len(parts) > 1 and parts[1] == b"200" else parts[1].decode()
    except TimeoutError:
        outcome = "timeout"
    except OSError as err:
        outcome = type(err).__name__
    return time.perf_counter() - started, outcome


def burst(port: int, paths: list[str], timeout: float) -> tuple[float, list[tuple[float, str]]]:
    async def all_at_once() -> list[tuple[float, str]]:
        return await asyncio.gather(*(_get(port, p, timeout) for p in paths))

    started = time.perf_counter()
    results = asyncio.run(all_at_once())
    return time.perf_counter() - started, results


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process ``pid`` and its live children."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def report(
    label: str, wall: float, results: list[tuple[float, str]], cpu: float | None = None
) -> None:
    times = sorted(t * 1000 for t, _ in results)
    bad = [o for _, o in results if o != "ok"]
    timeouts = bad.count("timeout")
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    # Server CPU per request: what the figures would be on two idle cores, whatever else
    # the machine is doing (requests/s here fall with the load of other processes).
    per = f"; server CPU {cpu / len(results) * 1000:.1f} ms/req" if cpu is not None else ""
    line(
        label,
        f"{len(results) / wall:.0f} req/s, p50 {statistics.median(times):.0f} ms, "
        f"p99 {p99:.0f} ms, {len(bad) - timeouts} errors, {timeouts} timed out{per}",
        ">= 50 req/s",
    )


def serve(db: Path, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    command = [PY, "-m", "cablegram", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and server.poll() is None:
        _, outcome = asyncio.run(_get(port, "/", 5))
        if outcome == "ok":
            return server, port
        time.sleep(0.3)
    server.terminate()
    raise RuntimeError("the server did not start")


def run(args: argparse.Namespace, tmp: Path) -> None:
    db = Path(args.store) if args.store else tmp / "web.db"
    if not db.exists():
        started = time.perf_counter()
        ingest(write_jsonl(tmp / "web.jsonl", args.docs, seed=5), db)
        line(f"building a store of {args.docs} articles", f"{time.perf_counter() - started:.0f}s")
    n = args.requests
    quotes, documents = quote_paths(n), document_paths(db, n)
    for workers in args.workers:
        print(f"[serve --workers {workers}, {n} concurrent requests]", flush=True)
        server, port = serve(db, workers)
        try:
            burst(port, quotes[:20] + documents[:20], args.timeout)  # warm up
            for label, paths in (
                ("quote pages, all different", quotes),
                ("document pages, all different", (documents * n)[:n]),
                ("quote pages, 4 URLs repeated", (quotes[:4] * n)[:n]),
                ("document pages, 4 URLs repeated", (documents[:4] * n)[:n]),
            ):
                used = cpu_seconds(server.pid)
                wall, results = burst(port, paths, args.timeout)
                report(label, wall, results, cpu_seconds(server.pid) - used)
            if args.no_ingest:
                continue
            # During an ingest: a copy of the store, so that every run starts alike.
            during = tmp / f"during-{workers}.db"
            subprocess.run(["cp", str(db), str(during)], check=True)
            server.terminate()
            server.wait(30)
            server, port = serve(during, workers)
            corpus = write_jsonl(tmp / "more.jsonl", args.ingest_docs, seed=17)
            writer = ingest(corpus, during, background=True)
            time.sleep(args.ingest_start)  # the model loads; then the ingest writes
            mixed = [p for pair in zip(quotes, (documents * n)[:n], strict=True) for p in pair]
            rounds = 0
            all_results: list[tuple[float, str]] = []
            all_wall = 0.0
            while writer.poll() is None and rounds < args.rounds:
                wall, results = burst(port, mixed[:n], args.timeout)
                all_wall += wall
                all_results += results
                rounds += 1
            still = writer.poll() is None
            writer.wait()
            report(
                f"during an ingest, {rounds} bursts{'' if still else ' (ingest ended)'}",
                all_wall,
                all_results,
            )
        finally:
            server.terminate()
            server.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="an existing store to serve (default: build one)")
    parser.add_argument("--docs", type=int, default=300, help="articles in a built store")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--requests", type=int, default=200, help="requests in one burst")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds a request may take")
    parser.add_argument("--no-ingest", action="store_true", help="skip the during-ingest set")
    parser.add_argument("--ingest-docs", type=int, default=300)
    parser.add_argument("--ingest-start", type=float, default=8.0, help="seconds to wait first")
    parser.add_argument("--rounds", type=int, default=4, help="bursts during the ingest, at most")
    args = parser.parse_args()
    print(f"web load benchmark, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cablegram-web-") as name:
        run(args, Path(name))


if __name__ == "__main__":
    main()
