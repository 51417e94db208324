"""A nationality adjective the recogniser took into a person's name: "German Ortega",
"Peruvian Luis Salazar" come out as one PERSON span. The adjective says where the person is
from; it is no part of the name. :func:`split_fused_demonyms` cuts such a span in two, in
place: the adjective becomes a NORP span (so the resolver reads the country from it, as from
"Mexican Carlos Mendoza") and the words after it stay the PERSON span.

Rule ``actors.fuseddemonyms``. Only a span that opens with a capitalised demonym the
dictionary knows ("German" -> Germany; :data:`Entry.via` ``"demonym"``), followed by one to
four capitalised name words that are no demonyms, is cut; a whole name the dictionary knows
as a person's stays as it is. A country's own name ("Jordan Peterson") is no demonym, so a
given name shared with a country is never cut.

Shapes: ``split_fused_demonyms(doc, entry)``, ``entry`` the dictionary's look-up (a phrase ->
:class:`~cablegram.gazetteer.dictionary.Entry` or None); returns None.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from cablegram.actors.base import set_entities
from cablegram.gazetteer.dictionary import Entry


def _demonym(text: str, entry: Callable[[str], Entry | None]) -> bool:
    found = entry(text)
    return (
        text[:1].isupper()
        and found is not None
        and found.kind == "state"
        and found.via == "demonym"
    )


def split_fused_demonyms(doc: Doc, entry: Callable[[str], Entry | None]) -> None:
    """Cut a leading demonym off each PERSON span of ``doc`` (see the module doc)."""
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        rest = ent[1:]
        known = entry(ent.text)
        if (
            ent.label_ != "PERSON"
            or not 1 <= len(rest) <= 4
            or not _demonym(ent[0].text, entry)
            or (known is not None and known.kind == "person")
            or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in rest)
            or any(_demonym(t.text, entry) for t in rest)
        ):
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, ent.start + 1, label="NORP"))
        out.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
        changed = True
    if changed:
        set_entities(doc, out)
