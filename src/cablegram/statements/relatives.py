"""Rule ``relative_pronoun_host``: a pronoun that speaks inside a relative clause binds to the
subject of the clause the relative clause stands in.

"Rebel groups announced an offensive in a move **they said** was a response to ...", "the
groups said they would respond to units that fired on civilians in **what they called** a
fresh battle": the one who said or called is the subject of the clause that holds the move or
the "what" (the groups), not the nearest plural before the pronoun ("civilians", "the
government") nor a name inside what was said. The relative clause is a contact clause on a
noun ("a move they said ...", ``relcl``) or a free relative with "what" ("in what they
called", "for what he described as ..."). Climbing from it, relative clauses on the way
("units that fired ...") are passed over: their subject ("that") is the noun they describe;
a host that is the same pronoun again ("the groups said they would respond ... in what they
called") is passed over too, for the subject above it, when there is one.

The host must agree: "they" with a plural noun, "they" or a group or organisation; "he"/"she"
with a person named or written by a pronoun of the same form. Nothing binds when the host is
after the pronoun, across a quotation mark, or when a rival stands between: for "he"/"she"
another person ("Judge Penn sentenced Marsh for crimes he said he regretted"), for "they" a
plural direct object of the host's verb ("Police arrested protesters at what they called a
peaceful rally"): then the resolver decides, as before. Pure functions of the parse and the
resolved actors; :func:`cablegram.statements.speakers.speaker_from` applies them.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import FIRST_PERSON, RELATIVE_PRONOUNS
from cablegram.records import Actor
from cablegram.statements.context import Context, across_quote

# Pronouns that may speak from inside a relative clause.
SPEAKING_PRONOUNS = frozenset(["they", "he", "she"])
# How many heads to climb from the pronoun's verb to the host clause.
_REACH = 12


def _in_relative_clause(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of a contact relative clause on a noun ("a move they
    said ...") or of a free relative with "what" ("in what they called ...")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.i == pronoun.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl":
        return verb.head.pos_ in ("NOUN", "PROPN")
    return any(c.lower_ == "what" and c.dep_ == "dobj" and c.i < pronoun.i for c in verb.children)


def relative_host(pronoun: Token) -> Token | None:
    """The subject of the clause that holds the pronoun's relative clause, passing over other
    relative clauses on the way; None when the pronoun is no such speaker or no subject is
    found before it on the same side of any quotation mark."""
    if pronoun.lower_ not in SPEAKING_PRONOUNS or not _in_relative_clause(pronoun):
        return None
    node = pronoun.head.head
    same: Token | None = None  # the last host that was the pronoun itself again
    for _ in range(_REACH):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "relcl":
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                host = subjects[0]
                if host.i > pronoun.i or host.lower_ in RELATIVE_PRONOUNS or _first(host):
                    return same
                if across_quote(host, pronoun):
                    return same
                if host.lower_ != pronoun.lower_:
                    return host
                # "The groups said they would respond ... in what they called": the same
                # pronoun again stands for whoever the clause above it names.
                same = host
        if node.head.i == node.i:
            return same
        node = node.head
    return same


def _first(token: Token) -> bool:
    """A first-person word, contracted ones too ("I’d", "we'll"), whatever its tag."""
    return token.lower_.replace("’", "'").split("'")[0] in FIRST_PERSON


def agrees(ctx: Context, pronoun: Token, host: Token, actor: Actor) -> bool:
    """Whether the host and its actor agree with the pronoun, and no rival stands between."""
    lower = pronoun.lower_
    if lower == "they":
        plural = host.lower_ == "they" or host.tag_ in ("NNS", "NNPS")
        if not plural and actor.kind not in ("group", "organization"):
            return False
        return not _rival_object(pronoun, host)
    if actor.kind != "person" or host.tag_ in ("NNS", "NNPS"):
        return False
    if host.pos_ == "PRON" and host.lower_ != lower:
        return False  # "she" of another clause is not "he"
    return not any(
        t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "him", "her")
        for t in ctx.doc[host.right_edge.i + 1 : pronoun.i]
    )


def _rival_object(pronoun: Token, host: Token) -> bool:
    """A plural direct object of the host's verb between host and pronoun ("Police arrested
    protesters at what they called ..."): it may be the one who called."""
    return any(
        c.dep_ in ("dobj", "dative") and c.tag_ in ("NNS", "NNPS") and host.i < c.i < pronoun.i
        for c in host.head.children
    )


__all__ = ["SPEAKING_PRONOUNS", "agrees", "relative_host"]
