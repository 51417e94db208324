"""Blocking rule ``seen-text``: a participle hung on a verb of seeing or obtaining a text
tells what the text says, not what the one who saw it did (registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported through :mod:`cablegram.events.registered`).

"A Reuters reporter saw a copy of a legal complaint ..., calling for a recount" and "The AP
obtained a copy of the report, accusing the army of abuses": the parser hangs the participle
on "saw"/"obtained", so its subject would be the reporter or the agency, who only read the
text. Whose demand or charge it is, is the text's author, whom the participle does not name:
nothing is coded (precision before recall). Not "France released a statement, condemning the
attack" (releasing is issuing: France condemns), nor "read a statement" (read out, or read).
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# Verbs of coming to see or hold a text someone else wrote.
SEEING_VERBS: Final = frozenset(
    {"see", "obtain", "review", "receive", "examine", "view", "acquire", "inspect", "leak"}
)


# Nouns of a text or a recording that speaks for its author ("a copy of", "a letter").
TEXT_NOUNS: Final = frozenset(
    {"copy", "letter", "report", "memo", "memorandum", "document", "complaint", "statement",
     "email", "e-mail", "cable", "draft", "file", "transcript", "video", "footage",
     "recording", "message", "note", "dossier", "petition", "lawsuit", "filing", "text"}
)  # fmt: skip


def _participle_of_seeing(token: Token) -> bool:
    """An "-ing" clause hung on a verb of seeing or obtaining whose object is a text ("saw a
    copy of a complaint", "obtained the report"); not a person received ("received the
    ambassador, urging him to")."""
    head = token.head
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and head.lemma_.lower() in SEEING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in TEXT_NOUNS for c in head.children)
    )


@BLOCKERS.rule("seen-text")
def _seen_text(site: Site) -> bool:
    """The trigger is, or sits under, a participle of what a seen or obtained text says."""
    return any(_participle_of_seeing(t) for t in (site.trigger, *(g.token for g in site.chain)))
