"""Score `cablegram stance` on the hand-coded stance set (bench/stance/).

`python bench/stance_dev.py [--verbose]`: for each part of the set, the development part
(``dev.jsonl``) and the held-out part (``heldout.jsonl``), ingests its excerpts into a
temporary store, asks for the stance on each proposition, and compares each gold position
(a country by ISO3 code, or an actor by name) with the row cablegram gives.

Prints, per part, over its gold positions:
- accuracy: the row's stance equals the gold stance;
- decided: the row is support or oppose (not missing, mixed or unclear);
- inverted: the row says the opposite of the gold stance (the text);
- the highest confidence among inverted rows.

``--verbose`` lists each miss of the development part. ``--diagnose`` (development
part only) adds, under each miss, the claims of the excerpts coding that position: actor,
predicate, object, arguments, polarity, and whether each bears on the proposition.
``--verbose`` and ``--diagnose`` never read the held-out part: the held-out part is scored,
never inspected, so that its figure stays an honest estimate. ``--since ID`` scores the
development part in two pieces, the excerpts before ``ID`` and those from it on (each in its
own store), to follow a batch of excerpts added later apart from the rest; ``--batch PREFIX``
scores the excerpts whose id starts with ``PREFIX`` (``b11-``) apart from all the others.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV = HERE / "stance" / "dev.jsonl"
HELDOUT = HERE / "stance" / "heldout.jsonl"
_ISO3 = re.compile(r"^[A-Z]{3}$")


def load(path: Path) -> list[dict[str, Any]]:
    """The documents of one part, each with its gold positions."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _canonical(name: str) -> str:
    """The actor dictionary's name for a name or alias ("EU" -> "European Union")."""
    from cablegram.gazetteer.dictionary import load_dictionary

    entry = load_dictionary().entry(name)
    return (entry.name if entry is not None else name).casefold()


def find_row(result: Any, actor: str) -> Any | None:
    """The country row for an ISO3 code, else the actor row whose name holds ``actor`` or
    names the same dictionary entry ("EU" for "European Union")."""
    if _ISO3.match(actor):
        return next((r for r in result.countries if r.country == actor), None)
    wanted = actor.casefold()
    found = next((r for r in result.actors if wanted in r.name.casefold()), None)
    if found is None:
        canonical = _canonical(actor)
        found = next((r for r in result.actors if _canonical(r.name) == canonical), None)
    return found


@dataclass
class Score:
    """The figures of one part."""

    total: int = 0
    propositions: int = 0
    documents: int = 0
    correct: int = 0
    decided: int = 0
    inverted: int = 0
    worst: float = 0.0
    misses: list[str] = field(default_factory=list)

    def lines(self, name: str) -> list[str]:
        n = max(self.total, 1)
        return [
            f"{name}: {self.total} positions, {self.propositions} propositions, "
            f"{self.documents} excerpts",
            f"  accuracy  {self.correct / n:.2f} ({self.correct}/{self.total})",
            f"  decided   {self.decided / n:.2f} ({self.decided}/{self.total})",
            f"  inverted  {self.inverted / n:.2f} ({self.inverted}/{self.total}), "
            f"highest confidence {self.worst:.2f}",
        ]


def explain(store: Any, prop: str, doc_ids: list[str]) -> list[str]:
    """One line per claim of the given documents: its actor, act, polarity, and how it
    bears on the proposition (or "-" when it does not). Development part only."""
    import functools

    from cablegram.query.common import ActorRef, DocumentInfo
    from cablegram.query.propositions_match import bears_on
    from cablegram.query.stance_evidence import proposition_of
    from cablegram.query.stance_places import Mentions, country_of
    from cablegram.query.stance_rows import has_agency

    query = proposition_of(prop)
    mentions = Mentions(DocumentInfo(store.store))
    lines = [f"      query: {query.predicate}/{query.object} {query.arguments} {query.polarity}"]
    for doc_id in doc_ids:
        for c in store.store.claims(doc_id=doc_id):
            actor = ActorRef.of(c.actor) or ActorRef("", "document")
            bearing = bears_on(
                query,
                c.predicate,
                c.object,
                dict(c.arguments),
                country_of,
                functools.partial(mentions, c.doc_id, c.sentence),
                c.sentence,
            )
            how = (
                "-"
                if bearing is None
                else (
                    f"bears rel={bearing.relevance} same={bearing.same_direction} "
                    f"req={bearing.requires}"
                )
            )
            agency = "" if has_agency(actor) else " NO-AGENCY"
            lines.append(
                f"      [{actor.name}|{actor.kind}|{actor.country}|{actor.role}|{actor.title}"
                f"{agency}] {c.polarity} {c.predicate}/{c.object} {dict(c.arguments)} "
                f"{c.modality} {c.confidence:.2f} :: {how}"
            )
    return lines


def score(docs: list[dict[str, Any]], diagnose: bool = False) -> Score:
    """Ingest one part into a fresh store and score every gold position in it; with
    ``diagnose``, each miss is followed by the claims of the excerpts that code it."""
    import cablegram.api as cg

    gold: dict[tuple[str, str], str] = {}
    for doc in docs:
        for p in doc["positions"]:
            gold[(p["proposition"], p["actor"])] = p["stance"]
    by_prop: dict[str, list[str]] = defaultdict(list)
    for prop, actor in gold:
        by_prop[prop].append(actor)
    out = Score(total=len(gold), propositions=len(by_prop), documents=len(docs))
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "stance.db") as store:
        where: dict[tuple[str, str], list[str]] = defaultdict(list)
        for doc in docs:
            found = store.add(doc["text"], doc.get("date"), title=doc.get("title") or doc["id"])
            for p in doc["positions"]:
                where[(p["proposition"], p["actor"])].append(found.document.doc_id)
        for prop, actors in sorted(by_prop.items()):
            result = store.stance(prop, semantic=False)
            for actor in sorted(actors):
                want = gold[(prop, actor)]
                row = find_row(result, actor)
                got = row.stance if row is not None else "none"
                out.correct += got == want
                out.decided += got in ("support", "oppose")
                if {got, want} == {"support", "oppose"}:
                    out.inverted += 1
                    out.worst = max(out.worst, row.confidence)
                if got != want:
                    conf = f" ({row.confidence:.2f})" if row is not None else ""
                    out.misses.append(f"  {prop!r} {actor}: gold {want}, got {got}{conf}")
                    if diagnose:
                        out.misses.extend(explain(store, prop, where[(prop, actor)]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every dev miss")
    parser.add_argument(
        "--diagnose", action="store_true", help="under each dev miss, its excerpts' claims"
    )
    parser.add_argument(
        "--part", choices=("dev", "heldout", "both"), default="both", help="which part to score"
    )
    parser.add_argument(
        "--since", metavar="ID", help="score the dev excerpts before ID and from ID on apart"
    )
    parser.add_argument(
        "--batch",
        metavar="PREFIX",
        help="score the dev excerpts whose id starts with PREFIX (e.g. b11-) apart from the rest",
    )
    args = parser.parse_args()
    parts = {"dev": [DEV], "heldout": [HELDOUT], "both": [DEV, HELDOUT]}[args.part]
    for path in parts:
        docs = load(path)
        pieces = [(path.stem, docs)]
        if args.since and path == DEV:
            ids = [d["id"] for d in docs]
            if args.since not in ids:
                print(f"{path}: no excerpt with id {args.since!r}", file=sys.stderr)
                return 2
            cut = ids.index(args.since)
            pieces = [
                (f"{path.stem} (before {args.since})", docs[:cut]),
                (f"{path.stem} (from {args.since})", docs[cut:]),
            ]
        if args.batch and path == DEV:
            inside = [d for d in docs if d["id"].startswith(args.batch)]
            if not inside:
                print(f"{path}: no excerpt whose id starts with {args.batch!r}", file=sys.stderr)
                return 2
            rest = [d for d in docs if not d["id"].startswith(args.batch)]
            pieces = [
                (f"{path.stem} (not {args.batch})", rest),
                (f"{path.stem} ({args.batch})", inside),
            ]
        for name, part in pieces:
            result = score(part, diagnose=args.diagnose and path == DEV)
            print("\n".join(result.lines(name)))
            if (args.verbose or args.diagnose) and path == DEV:
                print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
