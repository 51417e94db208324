"""Who does the act a claim's sentence names, for a proposition with an agent.

A proposition with an agent ("**Israel** should strike Hezbollah", "**US** strikes on the
Houthis") asks about that actor's act. A claim bears on it when the doer of the claim's own
act is the agent, or when the claim takes a position on the act without naming any doer
("France opposes any military strikes on Hezbollah"): only another named doer's own act
("Hezbollah will launch strikes on Israel", "Turkey will attack Kurdish militants") is a
different act. A name elsewhere in the sentence (a victim, an aside) is no doer.

The doer is read from the dependency parse of the claim's sentence (the pipeline's spaCy
model, one parse per sentence and process), at the word that writes the claim's predicate:

- a verb: its active subject ("**Turkey** will attack"), or, for an infinitive under
  another verb, that verb's object or subject ("urged **Britain** to strike"), or under a
  plan noun, the plan's owner ("**Japan's** plan to buy", "**it** had no plan to buy",
  :data:`PLAN_VERBS`); a passive subject is what the act is about, never its doer;
- an act noun: its possessor ("**Israel's** strikes", "**its** strikes"), a name or a
  nationality adjective before it ("**US** strikes", "**Israeli** strikes"), "by" a name
  ("strikes **by** the United States"), or the subject of a verb of doing whose object it
  is (:data:`DOING_VERBS`: "**Hezbollah** will launch strikes"). A verb of stance ("opposes
  strikes", "would join strikes") names no doer of the act.

A pronoun ("it", "its", "we") is the claim's holder. A common noun ("rich nations") names
no doer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from cablegram.query.meaning import keys
from cablegram.query.propositions_args import argument_key, same_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from cablegram.query.propositions import Proposition

# Stands for the claim's holder (a pronoun doer: "it", "its", "we").
HOLDER: Final = "<holder>"

# Verbs whose subject does the act named by their object ("launch strikes", "carry out
# attacks", "continue its strikes", "impose sanctions"); a verb not here ("oppose",
# "condemn", "join", "support") takes a position on the act or shares it, naming no doer.
DOING_VERBS: Final = frozenset(
    {
        "launch", "conduct", "carry", "continue", "resume", "mount", "stage", "step",
        "intensify", "escalate", "expand", "impose", "take", "slap", "levy", "enforce",
        "implement", "make", "deliver", "undertake", "perform", "begin", "start", "order",
    }
)  # fmt: skip

# Verbs whose subject has the plan or intention their object names ("had no plan to buy",
# "announced plans to strike"): that subject would do the planned act. With them the verbs
# that state one's own wish or readiness as a noun ("**expressed** a desire to join NATO",
# "declared their readiness to send troops": the attitude verbs of speech_cues.toml).
PLAN_VERBS: Final = frozenset(
    {
        "have", "announce", "unveil", "adopt", "draw", "outline", "make",
        "express", "declare", "voice", "signal", "reaffirm", "reiterate", "state", "confirm",
    }
)  # fmt: skip

# Pronouns that stand for the holder of the claim.
_HOLDER_PRONOUNS: Final = frozenset(
    {"it", "its", "we", "our", "us", "i", "my", "he", "his", "she", "her"}
)


@functools.lru_cache(maxsize=4096)
def parse_sentence(sentence: str) -> Doc:
    """A claim's sentence parsed with the pipeline's spaCy model (cached per process)."""
    from cablegram import nlp as nlp_stage

    return nlp_stage.load()(sentence)


def _name(token: Token) -> str | None:
    """The name a doer token writes (its compounds and itself), the state of a common noun
    ("**Turkish** jets", "**Israel's** army"), HOLDER for a holder's pronoun, None for a
    bare common noun ("rich nations")."""
    if token.pos_ == "PRON":
        return HOLDER if token.lower_ in _HOLDER_PRONOUNS else token.text
    if token.pos_ == "NOUN":
        owner = next((c for c in token.children if _names_owner(c)), None)
        return _name(owner) if owner is not None else None
    if token.pos_ == "PROPN" or (token.pos_ == "ADJ" and token.text[:1].isupper()):
        words = [t.text for t in token.subtree if t.i <= token.i and t.dep_ in ("compound",)]
        text = " ".join([*words, token.text])
        return text.removesuffix("'s").removesuffix("’s")
    return None


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``; for an infinitive under another verb ("urged
    Britain to strike", "wants to strike"), that verb's object or else its subject."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    above = verb.head
    if subject is not None or above.i == verb.i:
        return subject
    if verb.dep_ in ("xcomp", "ccomp") and above.pos_ in ("VERB", "AUX"):
        obj = next((c for c in above.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else _subject(above)
    if verb.dep_ == "acl" and above.pos_ == "NOUN":
        # "Japan's plan to buy", "it had no plan to buy", "announced plans to buy"
        owner = next((c for c in above.children if _names_owner(c)), None)
        if owner is not None:
            return owner
        if above.dep_ == "dobj" and above.head.lemma_.casefold() in PLAN_VERBS:
            return _subject(above.head)
    return None


def _names_owner(child: Token) -> bool:
    """Whether ``child`` names whose its head noun is: a possessor ("Israel's", "its"), a
    name compounded before it ("US strikes") or a nationality adjective ("Israeli")."""
    if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
        return True
    return child.dep_ == "amod" and child.text[:1].isupper()


def _noun_doers(noun: Token) -> list[Token]:
    doers: list[Token] = []
    for child in noun.children:
        if _names_owner(child):
            doers.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            doers.extend(c for c in child.children if c.dep_ == "pobj")
    verb = noun.head
    if not doers and noun.dep_ == "dobj" and verb.lemma_.casefold() in DOING_VERBS:
        subject = _subject(verb)
        if subject is not None:
            doers.append(subject)
    return doers


def act_doers(sentence: str, predicate: str) -> tuple[str, ...] | None:
    """The names of who does the claim's act (``predicate``) in its ``sentence``
    (:data:`HOLDER` for a holder's pronoun); () when the act is named with no named doer;
    None when no word of the sentence writes the predicate."""
    wanted = keys(predicate)
    doc = parse_sentence(sentence)
    acts = [t for t in doc if t.is_alpha and keys(t.lower_) & wanted]
    if not acts:
        return None
    names: list[str] = []
    for act in acts:
        if act.pos_ in ("VERB", "AUX"):
            subject = _subject(act)
            found = [subject] if subject is not None else []
        else:
            found = _noun_doers(act)
        names.extend(n for n in (_name(t) for t in found) if n is not None)
    return tuple(names)


def agent_fits(
    proposition: Proposition,
    predicate: str,
    arguments: dict[str, str],
    doer: str | None,
    country_of: Callable[[str], str | None],
    sentence: str | None = None,
) -> bool:
    """Whether a claim (its ``predicate``, its holder's state ``doer`` as ISO3, its
    ``sentence``) may bear on a proposition with an agent ("Israel" of "Israel should strike
    Hezbollah", "US" of "US strikes on the Houthis"): the doer of the claim's act is the
    agent, by name, by a person the actor dictionary knows as of its state, or as the holder
    whose state it is; or the claim names its act with no named doer (a position on the act
    itself). Another named doer's own act is another act. When the sentence does not write
    the act, only the holder's own state or the claim's "about" argument (the name before
    its act noun) fits. True when there is no agent."""
    if proposition.agent is None:
        return True
    agent = argument_key(proposition.agent, country_of)
    own = doer is not None and agent == f"country:{doer}"
    doers = act_doers(sentence, predicate) if sentence else None
    if doers is None:
        # the act not written as its predicate: the name the claim reads before its act
        # noun ("about": "Turkish" of "the Turkish incursion") is its doer, as here
        about = arguments.get("about")
        return own or (about is not None and same_argument(agent, argument_key(about, country_of)))
    if not doers:
        return True
    for name in doers:
        if name == HOLDER:
            if own:
                return True
        elif same_argument(agent, argument_key(name, country_of)) or _leader_of(agent, name):
            return True
    return False


def _leader_of(agent: str, text: str) -> bool:
    """Whether ``text`` is a person the actor dictionary knows as of the agent's state
    ("Donald Trump's plan to buy Greenland" names the US by its president)."""
    if not agent.startswith("country:") or " " not in text:
        return False
    from cablegram.gazetteer.dictionary import load_dictionary

    entry = load_dictionary().entry(text)
    return entry is not None and entry.kind == "person" and agent == f"country:{entry.country}"
