"""Per-rule statement figures on a PolNeAR-style folder (BRAT ``.txt``/``.ann`` pairs).

`python bench/statement_rules.py DEV_DIR PRED.jsonl [--misses quoted|unquoted] [--wrong RULE]`

DEV_DIR is a folder made by ``../shared/tools/polnear/prepare.py`` (dev or train, never test);
PRED.jsonl is ``cablegram extract DEV_DIR/*.txt --format jsonl``. Matching follows the
project's scorer (``../shared/tools/polnear/score.py``): a statement's text (part by part when
it has several ``spans``) is found in the article and matches, one to one and in record order,
the first gold attribution whose content span it overlaps; the speaker is right when it shares
a word with the gold source span.

Prints one line per rule (the record's ``rule`` field): contents produced, contents that
match gold, that share of them (precision), and matches with the right speaker. ``--misses``
lists gold contents no statement matched (quoted ones, or unquoted ones);
``--wrong RULE`` lists the statements of that rule that match no gold content. Both lists are
for development on dev/train only.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
from typing import Any

_STOP = {"the", "a", "an", "of", "and", "to", "in", "for", "on", "at", "by", "with", "'s", "s"}
_QUOTES = '"\u201c\u201d'

Span = tuple[int, int]
Gold = tuple[tuple[list[Span], str], tuple[list[Span], str]]


def words(text: str | None) -> set[str]:
    """Lower-case word set of a mention, less function words (the scorer's speaker test)."""
    return {w for w in re.findall(r"[a-z0-9']+", (text or "").lower()) if w not in _STOP}


def parse_ann(path: str) -> list[Gold]:
    """Attributions of one BRAT file: ((source spans, text), (content spans, text))."""
    spans: dict[str, tuple[list[Span], str]] = {}
    events: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("T"):
                tid, info, text = line.split("\t", 2)
                rest = info.split(" ", 1)[1]
                frags = [(int(a), int(b)) for a, b in (f.split() for f in rest.split(";"))]
                spans[tid] = (frags, text)
            elif line.startswith("E"):
                info = line.split("\t", 1)[1]
                events.append(dict(p.split(":", 1) for p in info.split()[1:] if ":" in p))
    out: list[Gold] = []
    for event in events:
        source = spans.get(event.get("Source", ""), ([], ""))
        content = spans.get(event.get("Content", ""), ([], ""))
        if content[0]:
            out.append((source, content))
    return out


def locate(raw: str, record: dict[str, Any], doc_text: str) -> list[Span]:
    """Where a statement's text (or each of its parts) lies in the raw article."""
    spans = record.get("spans")
    if isinstance(spans, list) and len(spans) > 1 and doc_text:
        parts = [doc_text[s:e] for s, e in spans]
    else:
        parts = [record.get("text") or ""]
    located: list[Span] = []
    for part in (p.strip() for p in parts):
        i = raw.find(part) if part else -1
        if i < 0 and len(part) > 40:
            i = raw.find(part[:40])
        if i >= 0:
            located.append((i, i + len(part)))
    return located


def overlap(a: list[Span], b: list[Span]) -> bool:
    """Whether any span of ``a`` overlaps any span of ``b``."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder")
    parser.add_argument("pred")
    parser.add_argument("--misses", choices=["quoted", "unquoted"])
    parser.add_argument("--wrong", metavar="RULE")
    args = parser.parse_args()
    with open(args.pred, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    docs = {r["doc_id"]: r for r in records if r.get("record") == "document"}
    by_doc: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in records:
        if r.get("record") == "statement":
            base = os.path.basename(docs.get(r["doc_id"], {}).get("source_path", ""))[:-4]
            by_doc[base].append(r)
    made: collections.Counter[str] = collections.Counter()
    hit: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    for txt in sorted(glob.glob(os.path.join(args.folder, "*.txt"))):
        base = os.path.basename(txt)[:-4]
        with open(txt, encoding="utf-8") as handle:
            raw = handle.read()
        gold = parse_ann(txt[:-4] + ".ann")
        used: set[int] = set()
        for r in by_doc.get(base, []):
            rule = str(r.get("rule") or "?")
            made[rule] += 1
            located = locate(raw, r, docs.get(r["doc_id"], {}).get("text") or "")
            k = next(
                (i for i, g in enumerate(gold) if i not in used and overlap(located, g[1][0])),
                None,
            )
            if k is None:
                if args.wrong == rule:
                    print(f"WRONG {base}: [{(r.get('speaker') or {}).get('text')}] {r['text']!r}")
                continue
            used.add(k)
            hit[rule] += 1
            speaker = r.get("speaker") or {}
            if words(gold[k][0][1]) & (words(speaker.get("text")) | words(speaker.get("name"))):
                right[rule] += 1
        if args.misses:
            for i, (source, (frags, text)) in enumerate(gold):
                quoted = any(c in raw[s:e] for s, e in frags for c in _QUOTES)
                if i in used or quoted != (args.misses == "quoted"):
                    continue
                start = raw.rfind("\n", 0, frags[0][0]) + 1
                end = raw.find("\n", frags[-1][1])
                print(f"MISS {base}: [{source[1]}] {text!r}\n    in: {raw[start:end][:400]!r}")
    print(f"{'rule':<26}{'made':>6}{'match':>7}{'P':>7}{'speaker':>9}")
    for rule, n in made.most_common():
        print(f"{rule:<26}{n:>6}{hit[rule]:>7}{hit[rule] / n:>7.2f}{right[rule]:>9}")
    total = sum(made.values())
    print(
        f"{'all':<26}{total:>6}{sum(hit.values()):>7}"
        f"{sum(hit.values()) / max(total, 1):>7.2f}{sum(right.values()):>9}"
    )


if __name__ == "__main__":
    main()
