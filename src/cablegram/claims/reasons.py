"""The subject of a reason clause, when it is a pronoun for the main clause's subject.

"Austria refused to sign the statement **because it wants** a complete freeze of the talks",
"Hungary blocked the sanctions **as it opposes** new measures": the pronoun of a clause of
reason ("because", "as", "since") stands for the subject of the clause it gives the reason
for, which the writer names; the attitude in the reason is that subject's
(:func:`cablegram.claims.holders.attitude_holders`). Only "it" and "they" for a named
subject, and only with a marker of reason: "Austria signed, but it wants more" or "Poland
said that it opposes" are left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.tokens import is_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that mark a clause as the reason for the one it hangs on.
REASON_MARKS: Final = frozenset({"because", "as", "since"})
_PRONOUNS: Final = frozenset({"it", "they"})


def reason_subject(pronoun: Token) -> Token | None:
    """The named subject of the main clause that a reason clause's pronoun subject stands
    for (see the module), else None."""
    if pronoun.lower_ not in _PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children
    ):
        return None
    main = verb.head
    named = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if named is None or not is_name(named):
        return None
    if (pronoun.lower_ == "they") != bool(named.conjuncts):
        # "it" for one name, "they" for names joined ("Austria and Hungary").
        return None
    return named
