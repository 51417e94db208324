"""States named as the subject of an international body's post, not as the holder's home.

"U.N. Syria envoy Staffan de Mistura", "the EU's Kosovo envoy": the state's name after the
body's name says what the post is about; its holder serves the body and takes no country
from it (issue 12, trial 11 kind: a UN envoy or commission chair coded as the state of his
brief). A state written as an adjective or possessive before the body ("Norway's U.N.
envoy", "the Norwegian U.N. ambassador") is the holder's own and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from cablegram.actors.base import entity_of
from cablegram.gazetteer.dictionary import Entry

# How many words a body's or a state's name may have in a title run.
_LONGEST = 4


def post_topics(
    tokens: Sequence[Token], written: Sequence[str], entry: Callable[[str], Entry | None]
) -> frozenset[int]:
    """Indices (into ``tokens``) of the words of a state named after an international body
    in a run of title tokens ("Syria" of "U.N. Syria envoy"): a subject, not a home.

    ``written`` are the tokens' texts without a possessive; ``entry`` the dictionary look-up.
    Empty when the run names no international body (an IGO without a country of its own).
    """
    body_end: int | None = None
    for i in range(len(written)):
        for size in range(min(_LONGEST, len(written) - i), 0, -1):
            found = entry(" ".join(written[i : i + size]))
            if found is not None and found.kind == "organization" and found.role == "IGO":
                if not found.country:
                    body_end = i + size
                break
        if body_end is not None:
            break
    if body_end is None:
        return frozenset()
    topics: set[int] = set()
    for i in range(body_end, len(written)):
        for size in range(min(_LONGEST, len(written) - i), 0, -1):
            found = entry(" ".join(written[i : i + size]))
            last = tokens[i + size - 1]
            if (
                found is not None
                and found.kind == "state"
                and found.via == "country"
                and last.tag_ != "POS"
                and not any(t.tag_ == "POS" for t in last.children)
            ):
                topics.update(range(i, i + size))
                break
    return frozenset(topics)


def person_after_posting(pobj: Token, entry: Callable[[str], Entry | None]) -> Span | None:
    """The person set off after the place a title is posted to, which the parser made an
    apposition of the place ("The U.N. special envoy to Syria, Staffan de Mistura,"): a
    place has no person for its apposition, so the name is the title's holder. The name may
    be tagged as an organisation when the dictionary knows it as a person; it comes back
    labelled PERSON."""
    for child in pobj.children:
        if child.dep_ != "appos":
            continue
        entity = entity_of(child)
        if entity is None:
            continue
        found = entry(entity.text)
        if entity.label_ == "PERSON" or (found is not None and found.kind == "person"):
            return Span(pobj.doc, entity.start, entity.end, label="PERSON")
    return None
