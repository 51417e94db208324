"""The ``newspaper_named`` body-name rule: "the newspaper", "the paper" or "the daily" stands
for a newspaper named before ("The New York Times reported the deal. The newspaper said two
officials confirmed it"), as :meth:`cablegram.actors.referents.Referents.earlier_body` finds
it among the bodies named before.

A body is a newspaper when it is a news medium (role MED, from the dictionary or the text) and
a word of its name is one newspapers' names are made of (:data:`NEWSPAPER_NAME_WORDS`: "The
Times", "the Washington Post", "Le Monde", "Charlotte Observer"). Agencies and broadcasters
("Reuters", "CNN", "NBC News") are not newspapers, so a dateline's agency or a broadcaster
named in between is no rival; two newspapers named before leave "the newspaper" unresolved
(see ``earlier_body``), and so does another paper brought in after the newspaper ("a paper",
"a white paper": a study, a government's paper).

Shapes: :func:`newspaper_named` takes the resolver, a body cluster, the index of its mention,
the bare noun and its words, and returns a bool.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import Cluster, ResolverState, key, strip_possessive

# The bare nouns that stand for a newspaper.
NEWSPAPER_NOUNS = frozenset({"newspaper", "paper", "daily"})
# Words newspapers' names are made of, in English and a few other languages.
NEWSPAPER_NAME_WORDS = frozenset(
    {
        "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
        "observer", "chronicle", "inquirer", "examiner", "courier", "globe", "mail", "express",
        "independent", "standard", "daily", "dispatch", "sentinel", "register", "bulletin",
        "monde", "figaro", "zeitung", "allgemeine", "pais", "corriere", "repubblica",
        "shimbun", "izvestia", "kommersant", "haaretz", "hurriyet",
    }
)  # fmt: skip


def _is_newspaper(body: Cluster) -> bool:
    if body.role != "MED":
        return False
    names = [body.name, *(m.text for m in body.mentions)]
    return any(
        word in NEWSPAPER_NAME_WORDS
        for text in names
        for word in key(strip_possessive(text)).split()
    )


def _another_introduced(body: Cluster, token: Token, noun: str) -> bool:
    """Whether the text brings in another thing of the noun between the newspaper's last
    mention before ``token`` and ``token``: the noun with an indefinite article or a
    modifier ("published a paper on the tariffs", "a white paper", "the economists' paper")."""
    named = [m.start for m in body.mentions if m.start < token.idx]
    if not named:
        return False
    for word in token.doc[: token.i]:
        if word.idx <= max(named) or word.lower_ not in (noun, noun + "s"):
            continue
        for child in word.children:
            if child.i > word.i:
                continue
            if child.dep_ == "det" and child.lower_ in ("a", "an", "another", "one"):
                return True
            if child.dep_ in ("amod", "compound", "poss", "nummod"):
                return True
    return False


def newspaper_named(
    resolver: ResolverState, body: Cluster, index: int, token: Token, words: list[str]
) -> bool:
    """Whether ``words`` ("newspaper", "paper", "daily") stand for ``body``, a newspaper:
    not when another thing of that noun came in after the newspaper was named ("The
    Washington Post reported ... Economists published a paper ... The paper said")."""
    return (
        len(words) == 1
        and words[0] in NEWSPAPER_NOUNS
        and _is_newspaper(body)
        and not _another_introduced(body, token, words[0])
    )
