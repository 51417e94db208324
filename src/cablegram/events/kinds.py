"""Type rules that read the trigger's own arguments, after the pattern and the retyping by
negation and intention (:mod:`~cablegram.events.retype`) have given a type.

Each is a small named rule in ``SITE_TYPES``, tried in order; the first that applies wins
and returns the new type, or "" to code no event (PLOVER verb patterns as in the CAMEO to
PLOVER table, ../shared/gold/plover/CAMEO2PLOVER-2021.txt):

- ``withdrawal-from-pact``: pulling out of talks or of a body ("quit the talks", "pulled out
  of the coalition") is SANCTION (CAMEO 161/164 "reduce relations", "halt negotiations");
  pulling out of a pact ("will withdraw from the nuclear deal", "pulled the United States out
  of the treaty", "quit the Paris accord") rejects it, REJECT (CAMEO 127 "reject plan,
  agreement"): nothing is imposed on anyone. Neither is an AGREE or a troop RETREAT;
- ``walkout-without-talks``: a walk (or storm) out or away (a SANCTION phrase of the pattern
  dictionary) out of anything but talks or a pact ("walked out of the hall", "stormed out of
  the meeting") codes nothing; "stormed out of the talks" is no ASSAULT (round 14, f133);
- (talks whose plug is pulled are :mod:`cablegram.events.halted_talks`'s ``talks-halted-idiom``);
- ``gathering-not-protesters``: gathering, massing or assembling (PROTEST phrases) is a
  demonstration only when protesters or demonstrators gather, or anyone gathers for a
  protest or to protest ("gathered in Kyiv to rally against the law"); "leaders gathered"
  is none;
- ``unilateral-signing``: signing what is no pact ("sign a presidential memorandum", "signed
  the bill into law", "signed an executive order") is no AGREE;
- ``vowed-response``: a promise of retaliation ("vowed to take reciprocal counter
  measures", "pledged a decisive response", "vowed to respond to any Indian action",
  "vowed to 'respond proportionally'", "vowed to respond in kind", and a noun's "renewed its
  promise to retaliate", "its pledge to take revenge") is a THREATEN, not an AGREE; a bare
  "promised to respond soon" promises an answer, no harm;
- ``ordered-out``: a demand that diplomats leave ("ordered the envoy to leave within 72
  hours", "declared that the diplomats must leave the country") is their expulsion, a
  SANCTION (CAMEO 166), not a REQUEST;
- ``verbal-attack``: an attack in words ("attacked Machado in early-morning tweets",
  "publicly attacked the ruling") is a criticism, ACCUSE;
- ``agreed-sanction`` (in :mod:`cablegram.events.decided`): a body agreeing or deciding to
  impose sanctions decides the sanction, a SANCTION, where the AGREE would hide the act;
- ``official-protest``: a protest conveyed, lodged or delivered ("conveyed Iran's strong
  protest", "lodged a protest with") is an official complaint, ACCUSE (CAMEO 114), not a
  PROTEST (which PLOVER keeps for demonstrations and strikes).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from cablegram.events.modality import Site
from cablegram.events.pacts import LEFT_AGREEMENTS, LEFT_PACTS
from cablegram.rules import Registry

# Verbs (and their nouns) of leaving: "withdraw from", "pull out of", "exit", "quit".
LEAVE_WORDS = frozenset(
    {"withdraw", "withdrawal", "pull", "pullout", "exit", "quit", "leave", "abandon",
     "walk", "storm", "back", "depart"}
)  # fmt: skip
LEAVE_PREPS = frozenset({"from", "of", "out", "away"})
# Leave words that leave only with their particle: "pulled out of", "walked away from",
# "stormed out of", "backed out of"; "backed the deal" supports it, "stormed the palace"
# attacks it, "pulled the plug" is another idiom (``talks-halted-idiom``).
PARTICLE_LEAVERS = frozenset({"pull", "walk", "storm", "back"})
# Walking (or storming) out: no event unless out of talks or a pact.
WALKOUT_VERBS = frozenset({"walk", "storm"})
LEAVING_PARTICLES = frozenset({"out", "away"})
# Leave words whose direct object is what is left: "exit the treaty", "quit the talks".
OBJECT_LEAVERS = frozenset({"exit", "quit", "leave", "abandon", "depart"})
# What one signs alone: no pact.
UNILATERAL_PAPERS = frozenset(
    {"order", "decree", "bill", "law", "proclamation", "directive", "ordinance", "legislation",
     "budget", "resolution", "petition", "letter", "book", "autograph", "statute"}
)  # fmt: skip
# A memorandum is a pact only "of understanding" (or "on cooperation"); a "presidential
# memorandum" is an order.
MEMO = frozenset({"memorandum", "memo"})
# Words of a response in kind: what a vow of them promises is harm.
RESPONSE_NOUNS = frozenset(
    {"countermeasure", "countermeasures", "retaliation", "revenge", "reprisal", "reprisals",
     "vengeance", "response", "reply", "retribution", "punishment"}
)  # fmt: skip
RESPONSE_VERBS = frozenset({"retaliate", "avenge", "revenge", "punish", "reciprocate"})
# "measures" promised are a response when so qualified ("necessary measures" are not).
RESPONSE_MODIFIERS = frozenset({"counter", "reciprocal", "retaliatory", "punitive", "tit-for-tat"})
# Verbs by which a government hands over a protest.
CONVEY_VERBS = frozenset(
    {"convey", "lodge", "deliver", "register", "hand", "file", "voice", "express", "send",
     "submit", "issue", "make", "raise"}
)  # fmt: skip

# What a protest is written on: "a note of protest", "a letter of protest".
PAPERS = frozenset({"note", "letter", "message", "statement", "memorandum", "demarche"})

# Leaving a country, and those a government orders out.
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit"})
ENVOY_NOUNS = frozenset(
    {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "chargé", "charge",
     "embassy", "consulate", "legation"}
)  # fmt: skip

SiteType = Callable[[Site, str], str | None]
SITE_TYPES: Registry[SiteType] = Registry("site-types")


def _pact_phrase(tok: Token) -> bool:
    return tok.lemma_.lower() in LEFT_PACTS or tok.lower_ in LEFT_PACTS


def _left_things(trigger: Token) -> list[Token]:
    """What the trigger leaves: "withdraw from X", "pull out of X", "exit X", "withdrawal
    from X" (objects of from/of/out of, and a direct object)."""
    out: list[Token] = []
    for kid in trigger.children:
        if kid.dep_ == "dobj" and trigger.lemma_.lower() in OBJECT_LEAVERS:
            out.append(kid)
        if kid.dep_ in ("prep", "prt", "advmod") and kid.lower_ in LEAVE_PREPS:
            out.extend(c for c in kid.children if c.dep_ == "pobj")
            for sub in kid.children:
                if sub.dep_ == "prep":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    return out


def _agreement(tok: Token) -> bool:
    """What is left is an agreement (:data:`~cablegram.events.pacts.LEFT_AGREEMENTS`), not
    talks or a body: "the nuclear deal", "the Paris climate accord", "the JCPOA"."""
    return tok.lemma_.lower() in LEFT_AGREEMENTS or tok.lower_ in LEFT_AGREEMENTS


@SITE_TYPES.rule("withdrawal-from-pact")
def _withdrawal_from_pact(site: Site, event_type: str) -> str | None:
    lemma = site.trigger.lemma_.lower()
    if lemma not in LEAVE_WORDS:
        return None
    if lemma in PARTICLE_LEAVERS and not any(
        c.lower_ in LEAVING_PARTICLES for c in site.trigger.children
    ):
        return None
    left = [t for t in _left_things(site.trigger) if _pact_phrase(t)]
    if not left:
        return None
    return "REJECT" if any(_agreement(t) for t in left) else "SANCTION"


@SITE_TYPES.rule("walkout-without-talks")
def _walkout_without_talks(site: Site, event_type: str) -> str | None:
    """A walk out (or away) codes the SANCTION of halted talks only out of talks or a pact
    (``withdrawal-from-pact`` has taken those): "walked out of the hall" is no event."""
    if event_type != "SANCTION" or site.trigger.lemma_.lower() not in WALKOUT_VERBS:
        return None
    return ""


# Who demonstrate by gathering: "protesters gathered outside parliament"; leaders, crowds
# of onlookers or mourners who gather do not.
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer"})
GATHER_VERBS = frozenset({"gather", "mass", "assemble"})
# What one gathers for that makes the gathering a demonstration: "gathered for a rally".
PROTEST_NOUNS = frozenset({"rally", "protest", "demonstration", "march", "sit-in", "strike"})
# What one gathers to do that makes the gathering a demonstration: "gathered to protest";
# not "to condemn" or "to demand" (leaders gather at summits to do both).
PROTEST_VERBS = frozenset({"protest", "rally", "demonstrate", "march", "picket"})


@SITE_TYPES.rule("gathering-not-protesters")
def _gathering_not_protesters(site: Site, event_type: str) -> str | None:
    """A gathering (a PROTEST phrase of the pattern dictionary) is a demonstration only by
    protesters, or for a protest: "demonstrators massed in the square", "crowds gathered for
    a rally"; "leaders gathered in Brussels" is no event. The subject, or the counted ones
    of a counted subject, must be protesters."""
    trigger = site.trigger
    if event_type != "PROTEST" or trigger.lemma_.lower() not in GATHER_VERBS:
        return None
    if any(
        o.lemma_.lower() in PROTEST_NOUNS
        for p in trigger.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return None  # "Thousands of Kenyans gathered for a rally"
    if any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PROTEST_VERBS for c in trigger.children
    ):
        return None  # "hundreds gathered in Kyiv to rally against the law" (round 14, f133)
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        people = [subject, *(t for t in subject.subtree if t.dep_ == "pobj")]
        if any(t.lemma_.lower() in PROTESTERS for t in people):
            return None
    return ""


@SITE_TYPES.rule("unilateral-signing")
def _unilateral_signing(site: Site, event_type: str) -> str | None:
    if event_type != "AGREE" or site.trigger.lemma_.lower() not in ("sign", "signing"):
        return None
    obj = next((c for c in site.trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    head = obj.lemma_.lower()
    if head in UNILATERAL_PAPERS:
        return ""
    if head in MEMO and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "on", "with", "between") for c in obj.children
    ):
        # "India and Japan signed a memorandum", "signed a memorandum with Japan": a pact
        subject = next((c for c in site.trigger.children if c.dep_ == "nsubj"), None)
        if not (subject is not None and subject.conjuncts) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in site.trigger.children
        ):
            return ""
    return None


# What one "responds to" that makes the response a retaliation: "vowed to respond to any
# Indian action".
HOSTILE_MOVES = frozenset(
    {"action", "attack", "aggression", "provocation", "strike", "move", "threat", "violation",
     "escalation", "incursion", "adventure", "misadventure", "breach", "deviation", "hack",
     "hacking", "cyberattack", "bombing", "killing", "shooting", "invasion", "intrusion"}
)  # fmt: skip


# Manners of a response that make it one in force: "respond proportionally", "respond
# militarily", "respond forcefully"; and "respond in kind".
FORCEFUL_MANNERS = frozenset(
    {"proportionally", "proportionately", "forcefully", "militarily", "decisively",
     "harshly", "firmly", "strongly", "severely", "resolutely", "forcibly", "robustly",
     "mercilessly", "asymmetrically", "symmetrically", "adequately"}
)  # fmt: skip


def _in_kind(respond: Token) -> bool:
    """ "respond proportionally", "respond with force", "respond in kind"."""
    for kid in respond.children:
        if kid.dep_ == "advmod" and kid.lower_.strip('"\u201c\u201d') in FORCEFUL_MANNERS:
            return True
        if kid.dep_ == "prep" and kid.lower_ in ("in", "with"):
            if any(o.lemma_.lower() in ("kind", "force") for o in kid.children):
                return True
    return False


# Verbs of promising under which a "respond" in a manner of force promises retaliation.
VOWING = frozenset({"vow", "pledge", "promise", "swear", "threaten"})


def is_response(tok: Token) -> bool:
    """A response in kind: a reprisal noun or verb, "respond" in a manner of force under a vow
    or to a hostile move, or measures qualified as retaliatory (``RESPONSE_MODIFIERS``)."""
    lemma = tok.lemma_.lower()
    if lemma in RESPONSE_NOUNS or lemma in RESPONSE_VERBS:
        return True
    if lemma == "respond":
        answered = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if not answered:
            # "vowed to respond proportionally", "vowed to respond in kind": a vow to respond
            # in a manner of force is a retaliation; "promised to respond soon" is no threat
            return tok.head.lemma_.lower() in VOWING and _in_kind(tok)
        return any(o.lemma_.lower() in HOSTILE_MOVES for o in answered)
    if lemma in ("measure", "step", "action"):
        return any(
            c.dep_ in ("amod", "compound") and c.lower_.strip('"\u201c\u201d') in RESPONSE_MODIFIERS
            for c in tok.subtree
            if c != tok
        )
    return False


@SITE_TYPES.rule("vowed-response")
def _vowed_response(site: Site, event_type: str) -> str | None:
    if event_type != "AGREE":
        return None
    trigger = site.trigger
    promised: list[Token] = [trigger]
    # a noun's promise hangs as a clause on it: "renewed Iran's promise to retaliate"
    clauses = (
        ("xcomp", "dobj", "ccomp", "acl") if trigger.pos_ == "NOUN" else ("xcomp", "dobj", "ccomp")
    )
    for kid in trigger.children:
        if kid.dep_ in clauses:
            promised.append(kid)
            promised.extend(c for c in kid.children if c.dep_ in ("dobj", "xcomp"))
    if any(is_response(t) for t in promised if t != trigger or trigger.pos_ == "NOUN"):
        return "THREATEN"
    return None


@SITE_TYPES.rule("ordered-out")
def _ordered_out(site: Site, event_type: str) -> str | None:
    if event_type != "REQUEST":
        return None
    for kid in site.trigger.children:
        if kid.dep_ not in ("ccomp", "xcomp"):
            continue
        words = list(kid.subtree)
        if any(t.lemma_.lower() in LEAVE_VERBS and t.pos_ == "VERB" for t in words) and (
            any(t.lemma_.lower() in ENVOY_NOUNS for t in words)
            or any(
                c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS for c in site.trigger.children
            )
        ):
            return "SANCTION"
    return None


@SITE_TYPES.rule("official-protest")
def _official_protest(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "PROTEST" or trigger.lemma_.lower() != "protest":
        return None
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in CONVEY_VERBS:
        return "ACCUSE"
    if trigger.dep_ == "pobj" and head.head.lemma_.lower() in ("summon", "call"):
        return "ACCUSE"  # "summoned the envoy in protest"
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PAPERS:
        return "ACCUSE"  # "sent a note of protest", "a letter of protest"
    return None


def site_type(site: Site, event_type: str) -> tuple[str | None, str | None]:
    """(type, rule name) after the first rule of ``SITE_TYPES`` that applies; a ``None`` type
    codes no event; the rule name is ``None`` when no rule applied."""
    for rule in SITE_TYPES:
        out = rule.fn(site, event_type)
        if out is not None:
            return (out or None), rule.name
    return event_type, None


# Where words are said: an attack told in one of these is an attack in words.
WORD_MEDIA = frozenset(
    {"tweet", "twitter", "speech", "interview", "statement", "post", "remark", "comment",
     "debate", "ad", "advertisement", "op-ed", "column", "letter", "rally", "television",
     "tv", "radio", "facebook", "video", "podcast", "book", "essay", "editorial", "article",
     "address", "briefing", "conference", "testimony", "hearing", "message", "broadcast"}
)  # fmt: skip
VERBAL_ADVERBS = frozenset({"verbally", "publicly", "rhetorically"})


@SITE_TYPES.rule("verbal-attack")
def _verbal_attack(site: Site, event_type: str) -> str | None:
    """ "Trump attacked Machado in early-morning tweets", "publicly attacked the ruling": an
    attack in words is a criticism, ACCUSE (CAMEO 11), not an ASSAULT."""
    if event_type != "ASSAULT" or site.trigger.pos_ != "VERB":
        return None
    trigger = site.trigger
    if any(c.dep_ == "advmod" and c.lower_ in VERBAL_ADVERBS for c in trigger.children):
        return "ACCUSE"
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during", "via", "through"):
            continue
        if any(o.dep_ == "pobj" and o.lemma_.lower() in WORD_MEDIA for o in prep.children):
            return "ACCUSE"
    return None
