"""Person names the recogniser cut short, made whole before the resolver reads them.

The small English model often ends a name early or splits it where initials and name particles
stand: "Dr. A. K Abdul Momen MP" comes out as "Dr. A. K Abdul" (and "Momen" apart), "A. K" and
"Abdul Momen" as two names. :func:`repair_person_spans` widens the PERSON spans of a parse in
place, so that every later stage (statements, events) sees the same names:

* a PERSON span that ends in a title right before another ("Charlotte Mayor" + "Jennifer
  Roberts") is no name: it loses its label, and the title reads as the next name's;
* a PERSON span made of initials only ("A. K") joins the PERSON span right after it, and so
  does one whose words the parser makes compounds of that next name ("Jean Pierre" +
  "Lacroix Bemba");
* initials just before a PERSON span ("A. K" + "Abdul Momen") join it, and so do a
  capitalised word before a span that starts with a middle initial ("Antony" + "J. Blinken")
  and a given name the dictionary knows that the parser hangs in the name ("Imran" +
  "Qasim");
* a PERSON span after a title and "of" that opens with the place of the post ("Governor of
  Kirkuk Rakan Saeed") loses that word, which becomes a GPE span;
* a span tagged ORG that glues a title or a country to a person's name ("Government
  Spokesman Marios Pelekanos", "Sudan Mohamed Belaiche") is cut where the given name starts;
* a PERSON span that an editor's closing bracket ends, right before another ("(EU chief
  Josep) Borrell"), joins it;
* a capitalised proper noun right after a PERSON span that the parser hangs in the same name
  (a compound of one head) joins it when the span ends in an initial or a name particle
  ("Abdul", "bin", "van"), when the word is tagged as (part of) a person's name elsewhere
  in the text ("Momen said"), or when the word heads the name in the parse ("Foreign
  Minister Francois Lonseny [Fall]", the span's words compounds of it). Words the caller's
  ``is_descriptor`` accepts (titles, honorifics, dictionary names) and post-nominal letters
  ("MP") never join.

Precision first: a word joins only on one of these signs, never because it is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from cablegram.actors.appostitles import joined_words
from cablegram.actors.base import POST_NOMINALS, set_entities
from cablegram.actors.kinds import ORG_WORDS

# One or more initials: "A.", "K", "A.K.", "A.K".
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
# Words that begin a name and never end one: "Abdul Momen", "bin Salman", "van der Leyen".
NAME_PARTICLES = frozenset(
    {"abdul", "abdel", "abd", "abu", "bin", "ibn", "bint", "ben", "al", "el", "van", "von"}
)


def is_initial(token: Token) -> bool:
    """ "A.", "K", "A.K.": one to three capital letters, each with or without a period."""
    return bool(_INITIALS.match(token.text))


def _same_line(left: Token, right: Token) -> bool:
    return "\n" not in left.whitespace_ and right.i == left.i + 1


def _in_one_name(span: Span, token: Token) -> bool:
    """Whether the parser hangs ``token`` in the same name as the span's last word: one is the
    other's head, or both are compounds of one head."""
    last = span[-1]
    return token.head.i == last.head.i or last.head.i == token.i or token.head.i == last.i


def _name_word(word: str) -> bool:
    """A capitalised word of a name, or one opening with a particle: "Saeed", "al-Harbi"."""
    upper = word[:1].isupper() or word.split("-")[0].lower() in NAME_PARTICLES
    return upper and word.replace("-", "").isalpha()


def _person_in_org(
    span: Span,
    is_descriptor: Callable[[Token], bool],
    is_given_name: Callable[[Token], bool],
    person_words: set[str],
) -> int | None:
    """Where a person's name starts inside a span tagged ORG that glues a title or a place
    to it ("Government Spokesman Marios Pelekanos", "Sudan Mohamed Belaiche"): the first
    given name (or a name whose last word the text uses alone elsewhere)
    after words that are all titles, honorifics or dictionary names, followed by one to three
    more capitalised words. None when the span is not of that shape."""
    # After a posting preposition ("Envoy for the Sahel Amara Diallo") the words before the
    # name are the place the office is posted to, whether the dictionary knows it or not.
    posted = span.start > 0 and span.doc[span.start - 1].lower_ in ("to", "for", "in")
    # "Mayor of Kandor Yusuf al-Harbi": "of" after a title posts the office too.
    posted = posted or (
        span.start > 1
        and span.doc[span.start - 1].lower_ == "of"
        and is_descriptor(span.doc[span.start - 2])
    )
    for k in range(1, len(span) - 1):
        rest = span[k:]
        if (
            (is_given_name(span[k]) or rest[-1].text in person_words)
            and all(is_descriptor(t) or posted for t in span[:k])
            and 2 <= len(joined_words(list(rest))) <= 4
            and all(_name_word(w) for w in joined_words(list(rest)))
            and not any(is_descriptor(t) for t in rest)
            # "King Faisal Specialist Hospital": a body's name, no person's (actors.titlenames)
            and rest[-1].lower_ not in ORG_WORDS
        ):
            return k
        if not (is_descriptor(span[k]) or posted):
            return None
    return None


def _cut_posted_places(
    doc: Doc, is_descriptor: Callable[[Token], bool], is_given_name: Callable[[Token], bool]
) -> None:
    """Rule ``actors.postedplaces``: "Governor of Kirkuk Rakan Saeed" comes out as the PERSON
    span "Kirkuk Rakan Saeed"; a span right after a title and "of", of three words or more
    (a hyphenated word counts once) that opens with a capitalised word that is no given name,
    begins with the place the office is posted to. That word becomes a GPE span of its own
    and the rest stays the person's name, so the title reads as the person's."""
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        first = ent[0]
        if (
            ent.label_ == "PERSON"
            and ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and is_descriptor(doc[ent.start - 2])
            and doc[ent.start - 2].text[:1].isupper()
            and len(joined_words(list(ent))) >= 3
            and first.text.isalpha()
            and first.text[:1].isupper()
            and not is_given_name(first)
            and not ent[1].is_punct
        ):
            out.append(Span(doc, ent.start, ent.start + 1, label="GPE"))
            out.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            changed = True
        else:
            out.append(ent)
    if changed:
        set_entities(doc, out)


def repair_person_spans(
    doc: Doc,
    is_descriptor: Callable[[Token], bool],
    is_given_name: Callable[[Token], bool],
    is_place: Callable[[Token], bool],
) -> None:
    """Widen the PERSON spans of ``doc`` as the module doc says; other spans stay as they are,
    but a person's name glued to a title or place in one ORG span becomes a PERSON span of
    its own (the place a GPE span). ``is_descriptor`` tells a title, honorific or dictionary
    name, which never joins a name; ``is_given_name`` a given name ("Marios"); ``is_place``
    a country's name."""
    _cut_posted_places(doc, is_descriptor, is_given_name)
    split: list[Span] = []
    glued = False
    # Words the text also uses as a person's name elsewhere: tagged PERSON, or a proper noun
    # outside every span ("Diallo left on Tuesday").
    tagged = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if not is_initial(t)}
    tagged |= {t.text for t in doc if t.pos_ == "PROPN" and not t.ent_type_ and not is_initial(t)}
    for ent in doc.ents:
        k = None
        if ent.label_ == "ORG":
            k = _person_in_org(ent, is_descriptor, is_given_name, tagged)
        if k is None:
            split.append(ent)
            continue
        glued = True
        if k == 1 and is_place(ent[0]):
            split.append(Span(doc, ent.start, ent.start + 1, label="GPE"))
        split.append(Span(doc, ent.start + k, ent.end, label="PERSON"))
    if glued:
        set_entities(doc, split)
    ents = list(doc.ents)
    if not any(e.label_ == "PERSON" for e in ents):
        return
    person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e if not is_initial(t)}
    changed = False
    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        # "A. K" + "Abdul Momen": initials alone, or compounds of this name, start it.
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.label_ == "PERSON"
            and previous.end == start
            and is_descriptor(previous[-1])
        ):
            # "Charlotte Mayor" + "Jennifer Roberts": a title the recogniser took for a name.
            out.pop()
            changed = True
            previous = out[-1] if out else None
        if (
            previous is not None
            and previous.label_ == "PERSON"
            and previous.end == start
            and (
                all(is_initial(t) or is_descriptor(t) for t in previous)
                or all(
                    t.dep_ == "compound"
                    and previous.start <= t.head.i < end
                    and not is_descriptor(t)  # "Charlotte Mayor" + "Jennifer Roberts": two
                    for t in previous
                )
            )
            and _same_line(doc[start - 1], doc[start])
        ):
            out.pop()
            start = previous.start
        if start > 1 and doc[start - 1].text in _CLOSING:
            # "(EU foreign policy chief Josep) Borrell": an editor's bracket inside a quote
            # closes after the given name; the surname after it is the same name's.
            given = doc[start - 2]
            if (
                previous is not None
                and previous.label_ == "PERSON"
                and previous.end == start - 1
                and not is_descriptor(previous[-1])
                and not any(t.text in "([" for t in previous)
            ):
                out.pop()
                start = previous.start
            elif (
                not given.ent_type_
                and given.pos_ == "PROPN"
                and given.text.isalpha()
                and given.text[:1].isupper()
                and not is_descriptor(given)
            ):
                start = given.i
        # Initials just before the name, outside every span.
        while (
            start > 0
            and not doc[start - 1].ent_type_
            and is_initial(doc[start - 1])
            and _same_line(doc[start - 1], doc[start])
        ):
            start -= 1
        # A given name the recogniser left out, hung in this name: "Imran" + "Qasim".
        if (
            start > 0
            and not doc[start - 1].ent_type_
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
            and doc[start - 1].text.isalpha()
            and doc[start - 1].text[:1].isupper()
            and is_given_name(doc[start - 1])
            and not is_descriptor(doc[start - 1])
            and _same_line(doc[start - 1], doc[start])
        ):
            start -= 1
        # A given name before a name that starts with a middle initial: "Antony" + "J. Blinken".
        if (
            start > 0
            and is_initial(doc[start])
            and start + 1 < end
            and not doc[start - 1].ent_type_
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text.isalpha()
            and doc[start - 1].text[:1].isupper()
            and not is_descriptor(doc[start - 1])
            and _same_line(doc[start - 1], doc[start])
        ):
            start -= 1
        # A name word after the span, on one of the module doc's signs.
        while end < len(doc):
            word = doc[end]
            last = doc[end - 1]
            span = doc[start:end]
            if (
                word.ent_type_
                or word.tag_ != "NNP"
                or not word.text[:1].isupper()
                or not word.text.replace("-", "").isalpha()
                or word.text.rstrip(".") in POST_NOMINALS
                or is_descriptor(word)
                or not _same_line(last, word)
                or not _in_one_name(span, word)
            ):
                break
            if not (
                is_initial(last)
                or last.lower_ in NAME_PARTICLES
                or word.text in person_words
                or (last.head.i == word.i and word.dep_ != "compound")
            ):
                break
            end += 1
        if (start, end) != (ent.start, ent.end):
            changed = True
            out.append(Span(doc, start, end, label="PERSON"))
        else:
            out.append(ent)
    if changed:
        set_entities(doc, out)


# Words that count or pick members of what follows, no part of its name: "many EU officials",
# "neither Paris nor Berlin", "any German soldiers".
_QUANTIFIERS = frozenset(
    {"many", "some", "several", "most", "all", "any", "few", "both", "neither", "either", "each"}
)
_CLOSING = frozenset({"]", ")"})
# What may follow a closing bracket at a mention's end: spaces and punctuation.
EDGE_TAIL = " \t\n,;:.!?\"'”’)]"


def mention_start(doc: Doc, start: int, end: int) -> int:
    """The character offset where a mention's words begin, leaving out what the parser hung in
    front of the name but that is no part of it. Shape: ``doc`` and a mention's character
    offsets -> a start offset ``>= start`` (``start`` when nothing is left out). Left out:

    * a time or date before it ("last week Sen. Joe Biden", "the 1953 America");
    * a pre-conjunction or a quantifier ("neither Paris", "many EU");
    * anything up to a closing bracket before its last word ("[Pentagon spokesman] Little");
    * a determiner that only led into the words left out ("the" of "the 1953 America").

    The mention's last word always stays."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    tokens = list(span)
    last = tokens[-1]
    if any(t.lower_ == "nor" for t in tokens):
        return start  # "neither foreign nor Iraqi troops": the pre-conjunction is the phrase's
    closing = [i for i, t in enumerate(tokens[:-1]) if t.text in _CLOSING]
    first = closing[-1] + 1 if closing else 0
    while first < len(tokens) - 1:
        token = tokens[first]
        after = tokens[first + 1]
        if (
            _left_out(token, last)
            or token.is_punct
            or (token.dep_ == "det" and after.i < last.i and _left_out(after, last))
        ):
            first += 1
        else:
            break
    return max(start, tokens[first].idx) if first else start


def mention_end(text: str, start: int, end: int) -> int:
    """The character offset where a mention ends: before a bracketed aside it ends with
    ("Leaders of the Alliance for Rural Progress (ARP)" ends before the bracket), closed or
    not; a bracket inside the name stays ("Group (Holdings) Ltd")."""
    opened = text.rfind("(", start, end)
    if opened <= start:
        return end
    closed = text.find(")", opened, end)
    if closed < 0 or not text[closed + 1 : end].strip(EDGE_TAIL):
        return opened
    return end


def _left_out(token: Token, last: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME") and last.ent_type_ not in ("DATE", "TIME"):
        return True  # "last week" before a name; not "the 1990s" heading its own phrase
    if token.dep_ == "preconj":
        return True  # "neither Paris (nor Berlin)": Paris alone is the actor
    # A quantifier before a singular name counts the phrase's head, not the name ("many" of
    # "many EU officials" in the mention "many EU"); before a plural it stays the mention's
    # ("Some Democrats" are not all Democrats, "many officials").
    return token.lower_ in _QUANTIFIERS and last.tag_ == "NNP"
