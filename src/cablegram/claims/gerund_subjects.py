"""An attitude noun's gerund with a subject of its own, hung on the verb by the parser.

"The ministers expressed their opposition **to the US sending** cluster munitions",
"voiced its objection to Britain joining the pact": the gerund's clause, with the party
named before it as its subject, is what the noun ("opposition", "objection", "support")
is to; the parser makes the party the preposition's object and hangs the gerund on the
verb as a clause of its own, so that the walk up from the gerund would never meet the
noun (and read "sending" as the ministers' own act, supported). Rule
``gerund-with-own-subject`` (:func:`subject_gerund_noun`, asked through
:func:`cablegram.claims.contents.clause_noun`) gives the walk the noun instead.

Only where the party is a name ("the US", "Britain", "Israel") or a pronoun written right
before the gerund, or the last of names joined by "and" ("opposition to Sweden and Finland
joining NATO": both parties are the gerund's subject): a comma between ("their
opposition to the US, sending a letter"), or a common noun ("opposition to the plan
citing the risks", where the gerund is the speakers' own) leaves the clause the verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that join an attitude noun to what it is about ("opposition to", "support
# for").
_ABOUT: Final = frozenset({"to", "for"})


def subject_gerund_noun(clause: Token, words: ClaimWords) -> Token | None:
    """The attitude noun whose content ``clause`` (a gerund) is, with the party named right
    before it as its subject (see the module), else None."""
    if clause.tag_ != "VBG" or clause.dep_ != "advcl" or clause.left_edge.i != clause.i:
        return None
    if clause.i < 3:
        return None
    party = clause.doc[clause.i - 1]
    if party.pos_ not in ("PROPN", "PRON"):
        return None
    while party.dep_ == "conj" and party.head.i < party.i:
        # "opposition to Sweden and **Finland** joining": the parties are one subject.
        party = party.head
    if party.pos_ not in ("PROPN", "PRON") or party.dep_ != "pobj":
        return None
    prep = party.head
    if prep.lower_ not in _ABOUT or prep.i == 0:
        return None
    noun = clause.doc[prep.i - 1]
    if noun.pos_ != "NOUN" or lemma(noun) not in words.support_nouns | words.against_nouns:
        return None
    # the noun and the gerund hang on one verb; the preposition on either
    if noun.head.i != clause.head.i or prep.head.i not in (noun.i, clause.head.i):
        return None
    return noun
