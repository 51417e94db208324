"""Title words inside bodies' names.

The ``actors.officenames`` rule: a body named after an office in the possessive ("the Prime
Minister's Office", "the Belgian Federal Prosecutor's Office", "the Governor's Office", "the
County Coroner's Office") is one body whose name holds the possessive, not a person called
"Office" after a title, nor the bare "Office" that every such body of a text would share.

A possessor that names an actor ("Blair's Coalition of the Willing", "Durbin's office",
"Russia's Foreign Ministry") is another actor and stays out of the name; only a possessor made
of a person's title words ("prosecutor", "prime minister", "attorney general"; not
"the Navy's Fifth Fleet", "the Supreme Court's Great Hall"), with the words before
them ("Belgian Federal", "Essex County"), is part of the name.

The ``actors.titlenames`` rule: a title word that begins an organisation's name, or stands
inside a name ending in an organisation word, is part of the name, not the body's role or a
person's title ("General Motors", "General Electric", "the Admiral Group", "Massachusetts
General Hospital", "the Lagos General Hospital": no military role; "Port Moresby General
Hospital" is no person called "Hospital" after the title "General"). A title in the
possessive is the office's owner (above), and "Defense Secretary Ash Carter", which the
recogniser may tag as a body, is left alone (no organisation word at its end, the title not
first).

Shapes: :func:`office_possessor` takes the resolver and the head token of a body's name and
returns the possessive title token ("Minister" of "Prime Minister's") or None;
:func:`titles_in_name` takes the resolver and a name's tokens and returns those that are
title words of the name (rule ``actors.titlenames``); :func:`ends_in_org_word` says whether a
name's last word is an organisation's ("Hospital", "Group");
:func:`office_start` gives the index of the first word of a possessive title;
:func:`leading_titles` where a body's name starts once the titles just before it are taken
in ("King" of "King Faisal Specialist Hospital").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from cablegram.actors.base import ResolverState, key
from cablegram.actors.kinds import ORG_WORDS

_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def office_possessor(resolver: ResolverState, head: Token) -> Token | None:
    """The title in the possessive that owns ``head`` ("Minister" of "the Prime Minister's
    Office"), or None when the possessor is a name, a pronoun or no title."""
    for child in head.lefts:
        if child.dep_ != "poss" or not any(c.tag_ == "POS" for c in child.children):
            continue
        if child.ent_type_ in ("PERSON", "GPE", "NORP") or child.pos_ == "PRON":
            return None
        words = [t for t in child.subtree if t.tag_ != "POS" and t.lower_ not in _DETERMINERS]
        if not words or not words[-1].text[:1].isupper():
            return None
        title = " ".join(t.lower_ for t in words if t.pos_ in ("PROPN", "NOUN"))
        for size in range(len(title.split()), 0, -1):
            phrase = " ".join(title.split()[-size:])
            found = resolver.dictionary.title(phrase)
            if found is not None and found.kind == "person":
                return child  # a person's office, not a body's ("the Navy's Fifth Fleet")
        return None
    return None


def office_start(possessor: Token) -> int:
    """Index of the first word of a possessive title, without a determiner ("Attorney" of
    "the Attorney General's Office", "Belgian" of "the Belgian Federal Prosecutor's")."""
    words = [t for t in possessor.subtree if t.lower_ not in _DETERMINERS]
    return min((t.i for t in words), default=possessor.i)


def leading_titles(resolver: ResolverState, name: Span) -> int:
    """Where a body's name starts once the (at most two) capitalised person titles right
    before it are taken in ("King" of "King Faisal Specialist Hospital"): ``name.start`` unless
    the name ends in an organisation word and has a word of its own before that word."""
    start = name.start
    words = [t for t in name if t.lower_ not in _DETERMINERS]
    if len(words) < 2 or not ends_in_org_word(words[-1]):
        return start
    while start > 0 and name.start - start < 2:
        before = resolver.doc[start - 1]
        title = resolver.dictionary.title(before.lower_)
        if title is None or title.kind != "person" or not before.text[:1].isupper():
            break
        start -= 1
    return start


def ends_in_org_word(head: Token) -> bool:
    """Whether a capitalised name word is an organisation's word ("Hospital", "Group")."""
    return head.text[:1].isupper() and key(head.text) in ORG_WORDS


def titles_in_name(resolver: ResolverState, name: Iterable[Token]) -> set[int]:
    """Indices of the title words that are part of an organisation's name: capitalised
    person titles, not in the possessive, not the name's last word, either first in the
    name or in a name whose last word is an organisation word."""
    words = [t for t in name if t.lower_ not in _DETERMINERS and not t.is_punct]
    if len(words) < 2:
        return set()
    # "the Attorney General's Office": the possessor's words are the owner's (above).
    owner = {d.i for t in words if any(c.tag_ == "POS" for c in t.children) for d in t.subtree}
    found: set[int] = set()
    for n, token in enumerate(words[:-1]):
        title = resolver.dictionary.title(token.lemma_) or resolver.dictionary.title(token.text)
        if title is None or title.kind != "person" or not token.text[:1].isupper():
            continue
        if token.i in owner:
            continue
        if n == 0 or ends_in_org_word(words[-1]):
            found.add(token.i)
    return found


def is_titled_body(resolver: ResolverState, head: Token, phrase: Iterable[Token]) -> bool:
    """Whether a capitalised word after a title heads a body, not a person's missed name:
    an office owned by a title ("the Governor's Office") or a name ending in an organisation
    word with a title inside ("the Lagos General Hospital")."""
    if office_possessor(resolver, head) is not None:
        return True
    return ends_in_org_word(head) and bool(titles_in_name(resolver, phrase))
