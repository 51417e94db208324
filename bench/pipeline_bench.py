"""Pipeline benchmark: prints figures (not a test). `python bench/pipeline_bench.py [--quick]`.

On a synthetic corpus built here (sample sentences recombined, plus generated ones):
bare nlp.pipe against the full pipeline; peak memory at two corpus sizes; 2 workers against
1; a Dask LocalCluster of 2 workers against 1; search and stance latency over a store of
synthetic statements; 200 concurrent requests to `cablegram serve`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cablegram.records import Actor, Annotation, Document, Statement, stable_id
from synthetic import articles, write_jsonl

PY = sys.executable


def line(label: str, value: str, goal: str = "") -> None:
    print(f"  {label:<46} {value}{'   (goal: ' + goal + ')' if goal else ''}", flush=True)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_scaling() -> None:
    """How much two processes gain over one on this machine, for pure CPU work."""
    import multiprocessing

    n = 8_000_000
    started = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - started
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # start both workers first
        started = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - started
    line("2 processes over 1, pure-Python CPU work", f"{serial / parallel:.2f}x")
    line("load average (1 min) before the runs", f"{os.getloadavg()[0]:.2f}")


def nlp_versus_pipeline(n: int) -> None:
    from cablegram.ingest import clean_document
    from cablegram.pipeline import Annotator
    from cablegram.records import RawDocument

    annotator = Annotator.load()
    docs = []
    for i, art in enumerate(articles(n, seed=11)):
        doc = clean_document(RawDocument(source_path=f"s{i}", text=art["text"]))
        assert isinstance(doc, Document)
        docs.append(doc)
    texts = [d.text for d in docs]
    list(annotator.nlp.pipe(texts[:20]))  # warm up
    started = time.perf_counter()
    tokens = sum(len(parsed) for parsed in annotator.nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    annotations = list(annotator.annotate(docs))
    full = time.perf_counter() - started
    statements = sum(len(a.statements) for a in annotations)
    line("documents, tokens, statements found", f"{n}, {tokens}, {statements}")
    line("bare nlp.pipe", f"{n / bare:.1f} docs/s, {tokens / bare:.0f} tokens/s")
    line(
        "full pipeline (parse + actors, quotes, events)",
        f"{n / full:.1f} docs/s, {tokens / full:.0f} tokens/s",
    )
    line("full / bare throughput", f"{bare / full:.2f}", ">= 0.8")
    # The alternative to our process pool: spaCy's own n_process (parsing only, in children).
    started = time.perf_counter()
    list(annotator.nlp.pipe(texts, batch_size=32, n_process=2))
    spacy2 = time.perf_counter() - started
    line(
        "spaCy nlp.pipe(n_process=2), bare parse",
        f"{n / spacy2:.1f} docs/s ({bare / spacy2:.2f}x of 1)",
    )


def run_ingest(args: list[str]) -> tuple[float, int, int, str]:
    """Run `cablegram ingest` in a fresh process: seconds, peak RSS (KiB) of it and its workers."""
    code = (
        "import resource, sys\n"
        "from cablegram.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(f'RSS {me} {kids}', file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [PY, "-c", code, "ingest", *args, "-q"], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    rss = [ln for ln in done.stderr.splitlines() if ln.startswith("RSS ")][-1].split()
    return elapsed, int(rss[1]), int(rss[2]), done.stdout.strip()


def memory(tmp: Path, sizes: tuple[int, int], workers: int) -> None:
    for n in sizes:
        corpus = write_jsonl(tmp / f"mem{n}.jsonl", n, seed=n, sentences_per_doc=4)
        seconds, main_kib, worker_kib, out = run_ingest(
            [str(corpus), "--db", str(tmp / f"mem{n}.db"), "--workers", str(workers)]
        )
        line(
            f"{n} documents, {workers} workers: peak RSS",
            f"main {main_kib / 1024:.0f} MiB, largest worker {worker_kib / 1024:.0f} MiB "
            f"({seconds:.0f}s, {n / seconds:.1f} docs/s; {out.split(' ->')[0]})",
            "flat",
        )


def speedup(tmp: Path, n: int) -> Path:
    corpus = write_jsonl(tmp / "speed.jsonl", n, seed=3)
    times: dict[str, float] = {}
    for label, extra in (
        ("1 worker (in-process)", ["--workers", "1"]),
        ("2 worker processes", ["--workers", "2"]),
        ("Dask LocalCluster, 1 worker", ["--dask", "local", "--workers", "1"]),
        ("Dask LocalCluster, 2 workers", ["--dask", "local", "--workers", "2"]),
    ):
        db = tmp / f"speed-{len(times)}.db"
        seconds, _, _, _ = run_ingest([str(corpus), "--db", str(db), *extra])
        times[label] = seconds
        line(
            f"{n} docs, {label}", f"{seconds:.1f}s ({n / seconds:.1f} docs/s, model loads included)"
        )
    local = times["1 worker (in-process)"] / times["2 worker processes"]
    dask = times["Dask LocalCluster, 1 worker"] / times["Dask LocalCluster, 2 workers"]
    line("speed-up, 2 workers over 1", f"{local:.2f}x", ">= 1.7x on 2 cores")
    line("speed-up, Dask 2 workers over 1", f"{dask:.2f}x")
    return tmp / "speed-0.db"


WORDS = (
    "sanctions",
    "talks",
    "nuclear",
    "ceasefire",
    "troops",
    "border",
    "oil",
    "refugees",
    "election",
    "treaty",
    "aid",
    "embargo",
    "summit",
    "minister",
    "ambassador",
    "negotiations",
    "agreement",
    "alliance",
    "deal",
    "missile",
)


def big_store(path: Path, statements: int, per_doc: int = 1000) -> None:
    import random

    from cablegram.store import Store

    rng = random.Random(1)
    speakers = [
        Actor(name=n, kind="person", text=n, country=c, actor_id=stable_id(n))
        for n, c in (("John Kerry", "USA"), ("Angela Merkel", "DEU"), ("Sergei Lavrov", "RUS"))
    ]
    with Store.open(path) as store:
        for d in range(statements // per_doc):
            doc_id = stable_id("bench", d)
            stmts = []
            for s in range(per_doc):
                text = " ".join(rng.choice(WORDS) for _ in range(12))
                stmts.append(
                    Statement(
                        doc_id=doc_id,
                        statement_id=stable_id(doc_id, s),
                        kind="direct",
                        text=text,
                        start=0,
                        end=len(text),
                        sentence=f"“{text},” he said.",
                        speaker=rng.choice(speakers),
                        cue="said",
                    )
                )
            document = Document(
                doc_id=doc_id, source_path=f"bench/{d}", text="x", date="2014-01-01"
            )
            store.write(Annotation(document=document, statements=tuple(stmts)))


def timed(fn: Callable[[], object], runs: int = 7) -> float:
    fn()  # warm the page cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def latency(tmp: Path, statements: int) -> None:
    from cablegram.store import Store

    path = tmp / "big.db"
    started = time.perf_counter()
    big_store(path, statements)
    line(f"building a store of {statements} statements", f"{time.perf_counter() - started:.0f}s")
    with Store.open(path) as store:
        for query in ("sanctions", "nuclear treaty", '"oil embargo"'):
            ms = timed(lambda q=query: store.statements(search=q, limit=50))
            line(f"quotes --search {query} (first 50)", f"{ms:.1f} ms", "< 200 ms")
        ms = timed(lambda: store.statements(search="sanctions", speaker="Kerry", limit=50))
        line("quotes --search sanctions --speaker Kerry (50)", f"{ms:.1f} ms", "< 200 ms")
        if importlib.util.find_spec("cablegram.query.stance") is None:
            line("stance", "skipped: cablegram.query.stance does not exist")
            return
        from cablegram.query.stance import find_stance

        ms = timed(lambda: find_stance(store, "sanctions against Iran"), runs=3)
        line("stance 'sanctions against Iran'", f"{ms:.0f} ms", "< 200 ms")
        # Matches in most statements: the evidence is capped at the most recent ones.
        ms = timed(lambda: find_stance(store, "nuclear treaty"), runs=3)
        line("stance 'nuclear treaty' (evidence capped)", f"{ms:.0f} ms")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_load(db: Path, requests: int = 200, workers: int = 1) -> None:
    if importlib.util.find_spec("cablegram.web.app") is None:
        line("server load", "skipped: cablegram.web does not exist")
        return
    import httpx

    port = _free_port()
    server = subprocess.Popen(
        [
            *(PY, "-m", "cablegram", "serve", "--db", str(db)),
            *("--port", str(port), "--workers", str(workers)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/documents", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    line("server load", "the server did not start")
                    return
                time.sleep(0.2)
        paths = ["/", "/api/documents", "/api/quotes?q=sanctions", "/quotes?q=Kerry"]

        async def one(client: httpx.AsyncClient, path: str) -> tuple[float, bool]:
            started = time.perf_counter()
            try:
                response = await client.get(base + path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            return time.perf_counter() - started, ok

        async def burst() -> list[tuple[float, bool]]:
            limits = httpx.Limits(max_connections=requests)
            async with httpx.AsyncClient(timeout=60, limits=limits) as client:
                return await asyncio.gather(
                    *(one(client, paths[i % len(paths)]) for i in range(requests))
                )

        started = time.perf_counter()
        results = asyncio.run(asyncio.wait_for(burst(), timeout=120))
        wall = time.perf_counter() - started
        times = sorted(t * 1000 for t, _ in results)
        errors = sum(1 for _, ok in results if not ok)
        p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
        line(
            f"{requests} concurrent requests, serve --workers {workers}",
            f"{errors} errors, {requests / wall:.0f} req/s, p50 {statistics.median(times):.0f} ms, "
            f"p99 {p99:.0f} ms, {wall:.1f}s in all",
            "no error",
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--skip", action="append", default=[], help="a section to leave out")
    args = parser.parse_args()
    q = args.quick
    sizes = (100, 1_000) if q else (1_000, 10_000)
    print(f"pipeline benchmark ({'quick' if q else 'full'}), {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="cablegram-bench-") as name:
        tmp = Path(name)
        sections: list[tuple[str, Callable[[], object]]] = [
            ("machine", cpu_scaling),
            ("nlp", lambda: nlp_versus_pipeline(60 if q else 300)),
            ("memory", lambda: memory(tmp, sizes, 2)),
            ("speedup", lambda: speedup(tmp, 60 if q else 300)),
            ("latency", lambda: latency(tmp, 50_000 if q else 1_000_000)),
            ("server", lambda: server_load(tmp / "speed-0.db")),
            ("server2", lambda: server_load(tmp / "speed-0.db", workers=2)),
        ]
        for key, section in sections:
            if key in args.skip:
                continue
            print(f"[{key}]", flush=True)
            started = time.perf_counter()
            try:
                section()
            except Exception as err:  # a broken section is reported; the others still run
                line("FAILED", f"{type(err).__name__}: {str(err)[-300:]}")
            print(f"  ({time.perf_counter() - started:.0f}s)", flush=True)
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"bench_process_peak_rss_mib": round(usage / 1024)}))


if __name__ == "__main__":
    main()
