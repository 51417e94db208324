"""A name tagged ORG that the text sets beside a person's title is a person's name.

"..., said Sediq Sediqqi, an Afghan Interior Ministry spokesman" and "the North's ambassador
to the U.N., Sin Son-ho, said" name people: the apposition says who they are. The recogniser
sometimes tags such a name ORG, and the body it made listed a spokesman as an organisation
with no country. Rule ``title_apposition`` of ``NameKinds.person_tagged_org``
(:mod:`cablegram.actors.kinds`): the name's head and a noun that the dictionary lists as a
person's title that only people hold (:data:`PERSON_ONLY_TITLES`: "spokesman", "ambassador",
"envoy"; not "investor", "adviser", "leader", "critic", which bodies are too) are appositions
of each other. The other
checks of ``person_tagged_org`` still apply (two or three capitalised words, a hyphenated one
counted whole by :func:`joined_words`, no organisation word, no dictionary name), and a name
beside a body's noun ("Baltic Dawn, a shipping company") keeps its label. A hyphenated name
is a person's by this rule only: after a title ("a spokesman for Rolls-Royce") it stays a body.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.gazetteer.dictionary import ActorDictionary

# Titles of the dictionary that only people hold. Others it lists as persons' titles describe
# bodies just as often ("BlackRock, the biggest investor"; "Goldman Sachs, an adviser to the
# government"; "the market leader"; "a critic of the law"), so they make no one a person.
PERSON_ONLY_TITLES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "minister",
        "senator", "congressman", "congresswoman", "lawmaker", "governor", "mayor",
        "diplomat", "president", "premier", "chancellor", "chairman", "chairwoman",
        "commander", "general", "colonel", "secretary", "deputy", "aide",
    }
)  # fmt: skip


def _person_title(dictionary: ActorDictionary, token: Token) -> bool:
    if token.pos_ != "NOUN" or token.lower_ not in PERSON_ONLY_TITLES:
        return False
    title = dictionary.title(token.text) or dictionary.title(token.lemma_)
    return title is not None and title.kind == "person"


def title_apposition(dictionary: ActorDictionary, head: Token) -> bool:
    """Whether the name whose last word is ``head`` and a person's title noun are
    appositions of each other ("X, a ministry spokesman"; "the ambassador, X,")."""
    if head.dep_ == "appos" and _person_title(dictionary, head.head):
        return True
    return any(c.dep_ == "appos" and _person_title(dictionary, c) for c in head.children)


def joined_words(tokens: Sequence[Token]) -> list[str]:
    """The words of a name as written, a hyphenated one whole: "Sin Son-ho" is ["Sin",
    "Son-ho"], not the tokens "Son", "-", "ho" (a Korean given name is hyphenated)."""
    parts: list[str] = []
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n else None
        attached = (
            before is not None
            and not before.whitespace_
            and (token.text == "-" or before.text == "-")
        )
        if attached and parts:
            parts[-1] += token.text
        else:
            parts.append(token.text)
    return parts
