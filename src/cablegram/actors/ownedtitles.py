"""Rule ``actors.privatetitles``: a title that a university, company, hospital or club owns
is no government office. "Korea University's president", "the president of Stanford
University", "Acme Steel Company President X" run the body, so the title's own role ("president"
-> GOV) is not taken; the body's role comes from the dictionary when it knows the body
(Harvard University -> EDU), else the person keeps none.

A body is read so when a token of the title phrase lies in an organisation entity whose last
word is one of :data:`PRIVATE_BODY_NOUNS`, except a state's own bank: a bank named "central",
"national", "state", "reserve" or "federal" ("Central Bank Governor X", "State Bank
President X") is a state body, whose governor keeps the title's role.
Shapes: :func:`owned_by_private_body` takes the phrase's tokens and says whether one is
such a body's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.base import entity_of

# Last words of the names of bodies that are neither states nor their governments.
PRIVATE_BODY_NOUNS = frozenset(
    {
        "university", "college", "school", "academy", "institute", "hospital", "clinic",
        "company", "co.", "corp.", "corporation", "inc.", "inc", "ltd", "ltd.", "llc", "plc",
        "bank", "club", "foundation", "society", "museum", "airlines", "airways", "motors",
    }
)  # fmt: skip
# Words that make a bank the state's ("the Central Bank", "the National Bank", "State Bank").
STATE_BANK_WORDS = frozenset({"central", "national", "state", "reserve", "federal"})


def owned_by_private_body(tokens: Sequence[Token]) -> bool:
    """Whether a token of the phrase is in an organisation's name that ends in a private
    body's noun ("Korea University's", "Acme Steel Company")."""
    for token in tokens:
        entity = entity_of(token)
        if entity is None or entity.label_ != "ORG":
            continue
        words = [t.lower_ for t in entity if t.tag_ != "POS" and not t.is_punct]
        if not words or words[-1] not in PRIVATE_BODY_NOUNS:
            continue
        if words[-1] == "bank" and STATE_BANK_WORDS & set(words):
            continue  # a state's own bank
        return True
    return False
