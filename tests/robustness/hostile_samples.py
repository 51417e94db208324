"""Inputs generated for the robustness tests: distinct good articles and hostile files."""

from __future__ import annotations

import json
import os
import random
import socket
from pathlib import Path

_PEOPLE = [
    "Angela Verhoeven",
    "Tomas Lindqvist",
    "Marisol Quintero",
    "Kwame Asante",
    "Ilse Brandt",
    "Rahul Menon",
    "Olga Petrenko",
    "Diego Salvatierra",
    "Hana Kobayashi",
    "Pierre Lemaire",
    "Fatima Zahra",
    "Erik Solheim",
    "Lucia Ferraro",
    "Samuel Okafor",
    "Mei Lin",
]
_PLACES = [
    "Vienna",
    "Oslo",
    "Nairobi",
    "Lima",
    "Hanoi",
    "Tbilisi",
    "Accra",
    "Quito",
    "Riga",
    "Dakar",
    "Manila",
    "Amman",
    "Bern",
    "Santiago",
    "Zagreb",
]
_TOPICS = [
    "fishing quotas",
    "grain exports",
    "border crossings",
    "river water",
    "gas prices",
    "rail links",
    "refugee camps",
    "mining licences",
    "port fees",
    "vaccine supplies",
    "election monitors",
    "customs rules",
    "power lines",
    "wheat stocks",
    "air routes",
]
_VERBS = ["criticised", "welcomed", "questioned", "praised", "rejected", "defended"]
_WORDS = [
    "talks",
    "plan",
    "budget",
    "council",
    "region",
    "summit",
    "treaty",
    "panel",
    "report",
    "village",
    "market",
    "harbour",
    "farmers",
    "unions",
    "lawyers",
    "bankers",
    "nurses",
    "teachers",
    "drivers",
    "miners",
    "pilots",
    "judges",
    "mayors",
    "early",
    "late",
    "quietly",
    "openly",
    "slowly",
    "sharply",
    "briefly",
    "firmly",
    "widely",
    "rarely",
]


def good_article(i: int) -> str:
    """A short news text of its own: no two share enough wording to look syndicated."""
    rng = random.Random(i)
    person, place, topic = _PEOPLE[i % 15], _PLACES[(i * 7) % 15], _TOPICS[(i * 4) % 15]
    filler = " ".join(rng.choice(_WORDS) for _ in range(24))
    return (
        f"{person} met officials in {place} on Monday to discuss {topic}.\n\n"
        f"“We will not accept any delay on {topic},” {person} told reporters in {place}.\n\n"
        f"The minister {rng.choice(_VERBS)} the proposal, saying {filler}.\n\n"
        f"Talks on {topic} are due to resume in {rng.randint(2, 9)} weeks, officials said."
    )


def write_good(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"good_{i:02d}.txt"
        path.write_text(good_article(i), encoding="utf-8")
        paths.append(path)
    return paths


def write_hostile(folder: Path) -> tuple[dict[str, str], list[str], socket.socket]:
    """Hostile inputs in ``folder``: (unreadable name -> reason part, readable names, socket).

    Readable ones are odd but must be stored; unreadable ones must each get one line.
    The socket must stay open (and be closed by the caller) while the folder is read.
    """
    folder.mkdir(parents=True, exist_ok=True)
    text = good_article(100)
    lines = [json.dumps({"text": good_article(101)}), '{"text": ' + "[" * 1200 + "]" * 1200 + "}"]
    (folder / "deep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_text(good_article(102) * 3_000, encoding="utf-8")  # > 1 MB
    os.mkfifo(folder / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(folder / "sock.txt"))
    with open(os.path.join(os.fsencode(folder), b"name_\xff\xfe.txt"), "wb") as handle:
        handle.write(good_article(103).encode("utf-8"))
    (folder / "utf16.txt").write_bytes(good_article(104).encode("utf-16-le"))
    deep = "<div>" * 600 + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</div>" * 600
    (folder / "deep.html").write_text(
        f"<html><head><title>Deep page</title></head><body>{deep}</body></html>", "utf-8"
    )
    surrogate = good_article(105).replace("Monday", "Monday \\ud800")
    (folder / "surrogate.jsonl").write_text('{"text": "' + surrogate.replace("\n", "\\n") + '"}')
    unreadable = {
        "deep.jsonl": "nested too deeply",
        "binary.txt": "binary",
        "empty.txt": "empty",
        "huge.txt": "too large",
        "pipe.txt": "named pipe",
        "sock.txt": "socket",
    }
    readable = ["deep.jsonl", "name_\\xff\\xfe.txt", "utf16.txt", "deep.html", "surrogate.jsonl"]
    return unreadable, readable, sock
