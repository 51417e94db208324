"""Small readings of a spaCy dependency parse shared by the event coder's stages."""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.actors.base import prep_heads_clause

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def lemma(token: Token) -> str:
    """The token's lemma in lower case ("Fired" -> "fire")."""
    return token.lemma_.lower()


def child(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` attached by one of ``deps``."""
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def conj_root(token: Token, *, heads: tuple[str, ...] = ()) -> Token:
    """The first of the conjuncts ``token`` is joined to ("signed and ratified": from
    "ratified" to "signed"), climbing "conj" links; with ``heads``, only while the word
    above has one of those parts of speech."""
    tok = token
    while tok.dep_ == "conj" and tok.head.i != tok.i and (not heads or tok.head.pos_ in heads):
        tok = tok.head
    return tok


def agent(token: Token) -> Token | None:
    """The object of a passive verb's "by" phrase."""
    by = child(token, "agent")
    return child(by, "pobj") if by is not None else None


def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def is_one_of(token: Token, lemmas: frozenset[str]) -> bool:
    """The token is a form of one of the lemmas, even where the lemmatiser slips ("hopes")."""
    if token.lemma_.lower() in lemmas:
        return True
    word = token.lower_
    return any(
        word in (lemma + "s", lemma + "d", lemma + "ed", lemma + "ing", lemma.rstrip("e") + "ing")
        for lemma in lemmas
    )


def noun_phrase(token: Token) -> Span:
    """The noun phrase a token heads, without its relative or participial clauses or a
    preposition heading a clause ("of firing ...")."""
    doc = token.doc
    excluded: set[int] = set()
    for c in token.children:
        if c.dep_ in CLAUSE_DEPS or prep_heads_clause(c):
            excluded.update(t.i for t in c.subtree)
    kept = {t.i for t in token.subtree if t.i not in excluded}
    # Only the unbroken run of the phrase around its head: "Serbia eased measures ..., the
    # scene of violence" hangs an apposition on "Serbia" past the verb, and the phrase
    # must not swallow the verb between them.
    start = token.i
    while start - 1 in kept:
        start -= 1
    end = token.i + 1
    while end in kept:
        end += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def entity_span(token: Token) -> Span:
    """The named entity a token belongs to ("Ivory Coast"), or the token alone.

    Read from the tokens' entity tags around ``token`` (B begins an entity, I continues
    it), not from ``doc.ents``, which rebuilds every entity of the document on each call.
    """
    doc = token.doc
    if not token.ent_type_:
        return doc[token.i : token.i + 1]
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0 and doc[start - 1].ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def for_clause(verb: Token) -> Token | None:
    """The verb's "for X to do" clause, which the parser hangs as a clause marked "for"
    ("called for the government to resign"): the clause's verb, or None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp", "xcomp")
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
