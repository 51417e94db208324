"""What an attitude noun asks for, told through a verb of content.

"The list of demands from Saudi Arabia, Egypt, Bahrain and the UAE **include** closing Al
Jazeera, curbing relations with Iran, shutting a Turkish base", "Iran's proposals
**involve** lifting the sanctions", "the plan **includes** the release of prisoners": the
acts after the verb are the noun's content, as after "to" in "demands to close". The walk
up from such an act (:func:`clause_noun`, asked by the polarity and holder walks) goes on
from the noun, so that the noun's holder ("from Saudi Arabia ...") holds the acts and the
reading meets the noun as an attitude for them.

Only a subject that is an attitude noun, or a noun of a set of them ("a list **of
demands**"), gives its content this way: "the measures include closing the border" names no
one's attitude. The nouns are those of support (``support_nouns``: what a demand includes is
asked for) and the few nouns of a wrong whose content is the wrong done (:data:`WRONG_NOUNS`:
"the mistakes included sending troops"). Other nouns of opposition are not against what they
include: a change, reversal or u-turn that includes scrapping the visas *is* the scrapping,
and a criticism that includes calls for a boycott holds the call, so they give nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.gerund_subjects import subject_gerund_noun
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import lemma, stranded_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object or clause tells what their subject holds.
CONTENT_VERBS: Final = frozenset({"include", "involve", "comprise", "contain", "entail"})
# Nouns of a set of things: "a list of demands", "a package of proposals".
SET_NOUNS: Final = frozenset({"list", "set", "package", "series", "catalogue", "raft"})
# Nouns of opposition whose content is the thing opposed: a wrong done or a wrong act.
WRONG_NOUNS: Final = frozenset({"mistake", "error", "blunder", "folly", "violation"})
_HELD: Final = frozenset({"xcomp", "ccomp", "dobj", "obj"})


def content_noun(clause: Token, words: ClaimWords) -> Token | None:
    """The attitude noun whose content ``clause`` is, through a verb of content above it
    (see the module), else None."""
    if clause.dep_ not in _HELD:
        return None
    verb = clause.head
    if verb.i == clause.i or lemma(verb) not in CONTENT_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    if lemma(noun) in SET_NOUNS:
        inner = next(
            (
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if inner is None:
            return None
        noun = inner
    if noun.pos_ == "NOUN" and lemma(noun) in words.support_nouns | WRONG_NOUNS:
        return noun
    return None


def clause_noun(clause: Token, words: ClaimWords) -> Token | None:
    """The attitude noun a clause belongs to though the parser hung it elsewhere: the noun
    a verb of content gives it to (:func:`content_noun`), one stranded before its
    infinitive (:func:`cablegram.claims.tokens.stranded_clause`), or one before a gerund
    with its own subject (:func:`cablegram.claims.gerund_subjects.subject_gerund_noun`:
    "opposition to the US sending"); None otherwise."""
    return (
        content_noun(clause, words)
        or stranded_clause(clause, words)
        or subject_gerund_noun(clause, words)
    )
