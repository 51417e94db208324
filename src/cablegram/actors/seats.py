"""Local offices whose seat the dictionary cannot place (issue 12, round 16).

A person named with a local title and its seat ("Mariupol Mayor Vadym Boychenko", "Lagos
Governor X") is tied by the text to that seat, not to the state the document names most. When
the dictionary does not know the seat, the person's country is unknown: neither the state the
document names most nor the one its places belong to is given, since in a war story both are
often the other side ("Mariupol Mayor X said civilians died since Russia began its siege" is no
Russian official). Precision first: "Kharkiv Mayor X" in a story about Ukraine loses its
country too. A seat the dictionary or the US city list places ("Georgia Governor", "Houston
Mayor") is left to the rules that read it.
"""

from __future__ import annotations

from cablegram.actors.base import Cluster, ResolverState
from cablegram.actors.uscities import us_city

# Words before a title that qualify the office, not its seat: "Former Mayor X", "Deputy Mayor X".
_QUALIFIERS = frozenset(
    {"former", "deputy", "acting", "then", "interim", "assistant", "vice", "the", "a", "an",
     "city", "town", "county", "state", "provincial", "regional", "local", "new", "outgoing",
     "incoming", "longtime", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}
)  # fmt: skip


# Titles of an office held for a place: "Mariupol Mayor", "Lagos Governor".
SEAT_TITLES = frozenset(
    {"mayor", "deputy mayor", "governor", "lieutenant governor", "sheriff", "prefect",
     "councillor", "councilman", "councilwoman", "council member", "police chief"}
)  # fmt: skip


# Marks after a word that end its phrase.
_STOPS = frozenset('.,;:!?"”’)')


def seat_before(words: list[str], title: list[str]) -> str | None:
    """The capitalised words just before the title in a mention's words ("Mariupol" of
    "Mariupol Mayor Vadym Boychenko"), qualifiers excepted; None when the title is not there
    or nothing names its seat."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - len(title) + 1):
        if lowered[i : i + len(title)] != title:
            continue
        seat: list[str] = []
        j = i - 1
        while j >= 0 and words[j][:1].isupper() and lowered[j] not in _QUALIFIERS:
            if words[j][-1:] in _STOPS:
                break  # "... in Kyiv. Mayor X": the word ends another sentence or phrase
            seat.insert(0, words[j])
            j -= 1
        return " ".join(seat) or None
    return None


def unplaced_seat(resolver: ResolverState, cluster: Cluster) -> bool:
    """Whether one of the person's mentions names the seat of their title and neither the
    dictionary nor the list of US cities places it (see the module doc)."""
    if cluster.kind != "person" or (cluster.title or "").lower() not in SEAT_TITLES:
        return False
    title = (cluster.title or "").lower().split()
    text = resolver.doc.text
    for mention in cluster.mentions:
        # the recogniser may leave the seat outside the name: "Kherson [Mayor Ivan Sokol]"
        before = text[max(0, mention.start - 80) : mention.start].split()[-3:]
        if text[mention.start - 1 : mention.start].strip():
            before = []  # the mention starts inside a word
        seat = seat_before(before + mention.text.split(), title)
        if seat is None:
            continue
        entry = resolver.entry(seat)
        if (entry is None or entry.country is None) and us_city(seat) is None:
            return True
    return False


__all__ = ["SEAT_TITLES", "seat_before", "unplaced_seat"]
