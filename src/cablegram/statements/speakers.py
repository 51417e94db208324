"""Who speaks: the subject of a cue, resolved to an actor, filtered to people, groups,
organisations, states and documents.

A speaker is never the author (first person outside quotes), never a dateline ("SELMA —"),
never a place-like or abstract noun the recogniser took for a name. A non-agent source of speech
("the report states", "according to FEC records") is an actor of kind ``document``. When no
antecedent or name is certain, the speaker is the mention as written ("the daily", "he"), never a
guessed name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from cablegram.actors.base import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    first_person,
    noun_phrase,
)
from cablegram.records import Actor, ActorKind, stable_id
from cablegram.statements.context import Context
from cablegram.statements.cues import load_cues
from cablegram.statements.relatives import agrees, relative_host
from cablegram.statements.subjects import (
    conduit_speaker,
    relative_mention,
    speech_after_preposition,
    subject_of,
    who_antecedent,
)

_NOT_SPEAKERS = frozenset(["it", "you", "this", "that", "there", "what", "which", "these", "those"])
# Nouns naming a source that is not an agent: "the report states", "FEC records show".
DOCUMENT_SOURCES: frozenset[str] = load_cues().document_sources
# "One said ... another said": each indefinite subject is a speaker of its own, as written.
_INDEFINITE = frozenset(
    ["one", "another", "others", "some", "many", "several", "both", "all", "someone", "somebody"]
)
# Head nouns that are places, times or abstractions, never speakers ("Zaporizhzhia", "faith").
_ENTITY_NOT_SPEAKER = frozenset(["LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"])
_ORGANISATION_NOUNS = frozenset(
    [
        "agency",
        "ministry",
        "department",
        "firm",
        "company",
        "daily",
        "newspaper",
        "paper",
        "network",
        "campaign",
        "committee",
        "council",
        "government",
        "administration",
        "office",
        "bureau",
        "party",
        "union",
        "court",
        "board",
        "commission",
        "group",
        "organization",
        "organisation",
        "institute",
        "foundation",
        "bank",
        "team",
        "army",
        "police",
        "embassy",
        "federation",
        "association",
        "coalition",
        "alliance",
        "confederation",
        "league",
        "caucus",
        "delegation",
        "chamber",
        "secretariat",
    ]
)


# Bodies that rule, judge or find ("the panel found that ...", "the jury concluded").
_BODIES = frozenset(["panel", "jury", "judge", "tribunal", "inspector", "auditor", "regulator"])


def is_dateline(token: Token) -> bool:
    """An upper-case place opening a paragraph and set off by a dash or comma ("SELMA —")."""
    doc = token.doc
    if not token.text.isupper() or len(token.text) < 2:
        return False
    i = token.i
    while i > 0 and doc[i - 1].text.isupper() and "\n" not in doc[i - 1].text:
        i -= 1
    at_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space
    follows = doc[token.i + 1 : token.i + 6]
    return at_start and any(t.text in ("—", "–", "--", "-", "(") for t in follows)


# Punctuation and quote marks a speaker phrase loses at its edges.
_EDGE_MARKS = " ,;:\"'“”‘’"


def mention_as_written(ctx: Context, token: Token, *, animate: bool = False) -> Actor | None:
    """The speaker phrase itself as an actor, when nothing resolves it. ``animate``: the
    grammar already says the noun names someone (the antecedent of "who"), so a common noun
    off the speaker-noun list ("an architect who said ...") is kept too."""
    if token.lower_ in _NOT_SPEAKERS or first_person(token):
        return None
    if token.ent_type_ in _ENTITY_NOT_SPEAKER or is_dateline(token):
        return None
    if token.pos_ in ("PRON", "NUM") or token.lower_ in _INDEFINITE:
        if token.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS | _INDEFINITE | {"who"}:
            return None
        phrase_text, start, end = token.text, token.idx, token.idx + len(token.text)
    elif token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (animate or _can_speak(ctx, token))):
        phrase = noun_phrase(token)
        phrase_text = phrase.text.strip(_EDGE_MARKS)
        # The offsets follow the stripped text, so that they slice out exactly the name.
        start = phrase.start_char + len(phrase.text) - len(phrase.text.lstrip(_EDGE_MARKS))
        end = start + len(phrase_text)
    else:
        return None
    if not phrase_text:
        return None
    lemma = token.lemma_.lower()
    kind: ActorKind
    if lemma in DOCUMENT_SOURCES:
        kind = "document"
    elif lemma in _ORGANISATION_NOUNS or token.ent_type_ == "ORG":
        kind = "organization"
    elif (
        token.tag_ in ("NNS", "NNPS") or token.lower_ in GROUP_PRONOUNS or token.ent_type_ == "NORP"
    ):
        kind = "group"
    else:
        kind = "person"
    return Actor(
        name=phrase_text,
        kind=kind,
        text=phrase_text,
        start=start,
        end=end,
        actor_id=stable_id("mention", ctx.doc.user_data.get("doc_id", ""), start, end),
    )


def _share_answering(ctx: Context, subject: Token, verb: Token) -> Actor | None:
    """ "63 percent (of voters) said ...": the share of a poll's respondents, as written, a
    group, when the verb is a core speech verb; else None (a percentage is no speaker)."""
    if verb.lemma_.lower() not in ctx.cues.speech_verbs:
        return None
    phrase = noun_phrase(subject)
    text = phrase.text.strip(_EDGE_MARKS)
    if not text:
        return None
    start = phrase.start_char + len(phrase.text) - len(phrase.text.lstrip(_EDGE_MARKS))
    return Actor(
        name=text,
        kind="group",
        text=text,
        start=start,
        end=start + len(text),
        actor_id=stable_id(
            "mention", ctx.doc.user_data.get("doc_id", ""), start, start + len(text)
        ),
    )


def mention_it(ctx: Context, token: Token) -> Actor:
    """ "it" as written, for an organisation or document that speaks ('"...," it added') when
    nothing resolves it: kind ``organization``, the commonest referent in news."""
    return Actor(
        name=token.text,
        kind="organization",
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        actor_id=stable_id("mention", ctx.doc.user_data.get("doc_id", ""), token.idx),
    )


# Agent nouns ("the harbour master", "a strategist", "the chairperson").
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")


def _can_speak(ctx: Context, noun: Token) -> bool:
    """A common noun naming a person, group, organisation or document ("the CNN host")."""
    lemma = noun.lemma_.lower()
    return (
        lemma in ctx.cues.speaker_nouns
        or noun.lower_ in ctx.cues.speaker_nouns
        or lemma in _ORGANISATION_NOUNS
        or lemma in DOCUMENT_SOURCES
        or noun.ent_type_ in ("ORG", "NORP", "PERSON")
        or lemma.endswith(_AGENT_SUFFIXES)
    )


def _is_place_name(ctx: Context, name: str) -> bool:
    """Whether the document names a place (GPE, LOC, FAC) with exactly this name."""
    places = ctx.doc.user_data.get("cablegram_place_names")
    if not isinstance(places, frozenset):
        places = frozenset(
            e.text.lower() for e in ctx.doc.ents if e.label_ in ("GPE", "LOC", "FAC")
        )
        ctx.doc.user_data["cablegram_place_names"] = places
    return name.lower() in places


def speaker_of(ctx: Context, verb: Token) -> tuple[Actor | None, bool]:
    """(speaker, usable) for a cue verb: usable is False when the subject is the author, a
    dateline, an expletive or missing."""
    subject = subject_of(verb)
    if subject is None:
        return None, False
    return speaker_from(ctx, subject, verb)


def speaker_from(
    ctx: Context, subject: Token, verb: Token | None = None
) -> tuple[Actor | None, bool]:
    """(speaker, usable) for a subject token (see ``speaker_of``)."""
    lower = subject.lower_
    if first_person(subject) and ctx.in_quote(subject) < 0:
        voice = ctx.voice_at(subject)  # "I" in a transcript answer: its labelled speaker
        return voice, voice is not None  # else the author's own voice
    host = relative_host(subject) if ctx.in_quote(subject) < 0 else None
    if host is not None:
        bound, usable = speaker_from(ctx, host)
        if usable and bound is not None and agrees(ctx, subject, host, bound):
            # "a move they said was ...": the host's actor, mentioned as the pronoun
            end = subject.idx + len(subject.text)
            return replace(bound, text=subject.text, start=subject.idx, end=end), True
    if lower == "it" and verb is not None and _it_speaks(ctx, subject, verb):
        actor = ctx.actors.speaker(subject)
        # The resolver gives "it" only a body, a state or a singular group ("the junta").
        if actor is None or actor.kind not in ("organization", "document", "state", "group"):
            actor = mention_it(ctx, subject)
        return actor, True
    if lower in _NOT_SPEAKERS or is_dateline(subject):
        return None, False
    if subject.lemma_.lower() == "percent" and verb is not None and subject.head.i == verb.i:
        share = _share_answering(ctx, subject, verb)
        return share, share is not None
    if subject.ent_type_ in _ENTITY_NOT_SPEAKER:
        return None, False
    actor = ctx.actors.speaker(subject)
    if lower == "they":
        # A plural thing nearer than any plural agent outweighs a resolution to a singular
        # organisation ("The ministry published two plans. They describe ...").
        thing = inanimate_antecedent(ctx, subject)
        if thing is not None:
            # "The plans were published. They describe ...": documents speak as documents;
            # other things ("the boats", "prices") do not speak at all.
            document = thing.lemma_.lower() in DOCUMENT_SOURCES
            actor = mention_as_written(ctx, thing) if document else None
            return actor, actor is not None
    if actor is None and subject.pos_ == "PROPN":
        actor = ctx.actors.name_as_person(subject)
    if actor is None and subject.pos_ == "NOUN":
        actor = ctx.person_by_surname(subject)  # '"...," Price said', tagged as a noun
    if actor is not None and actor.kind == "person" and _is_place_name(ctx, actor.name):
        actor = None  # "he" resolved to a city the recogniser once took for a person
    noun = subject.lemma_.lower()
    if actor is None and noun in ctx.cues.document_nouns:
        owners = [c for c in subject.children if c.dep_ == "poss"]
        if owners:
            # "her statement explaining ...": the one whose statement it is
            owner, usable = speaker_from(ctx, owners[0])
            if usable and owner is not None:
                return owner, True
        # "The statement said": whoever issued the statement last mentioned.
        issuers = [a for at, n, a in ctx.issued if n == noun and at < subject.idx]
        actor = issuers[-1] if issuers else None
    if actor is not None and verb is not None:
        note_documents(ctx, verb, actor)
    if actor is None:
        # Rule ``who_any_antecedent``: "who" names a person or group, whatever its noun.
        written = who_antecedent(subject) if lower == "who" else subject
        animate = lower == "who"
        actor = mention_as_written(ctx, written, animate=animate) if written is not None else None
        if actor is None:
            return None, False
    return relative_mention(subject, actor), True


_CORE_ROLES = frozenset(["nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"])


def inanimate_antecedent(ctx: Context, they: Token) -> Token | None:
    """The plural thing a "they" most likely stands for, when it cannot speak ("The ministry
    published two plans. They describe ..."): the last plural subject of the same or the
    previous sentence, else the last plural noun there in a core role (a document: the caller
    lets it speak as a document). Only when every plural noun there names documents or what
    they set out (see ``_written_thing``): otherwise ("Officials released the figures. They
    said ...") None, as when there is none."""
    sent = they.sent
    lo = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [t for t in ctx.doc[lo : they.i] if t.tag_ in ("NNS", "NNPS")]
    if not before:
        return None
    core = [t for t in before if t.dep_ in _CORE_ROLES]
    if not core or any(not _written_thing(ctx, t) for t in before):
        return None  # any other plural noun near may be the one meant: no certainty
    subjects = [t for t in core if t.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or core)[-1]


def _written_thing(ctx: Context, noun: Token) -> bool:
    """A plural noun naming documents or what they set out ("plans", "reports", "proposals"),
    never a speaker in its own right."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and (
        lemma in DOCUMENT_SOURCES
        or lemma in ctx.cues.document_nouns
        or lemma in ctx.cues.speech_nouns
    )


def _it_speaks(ctx: Context, subject: Token, verb: Token) -> bool:
    """ "it says the campaign broke the law": "it" as the active subject of a core speech or
    judging verb (an organisation or document), or of the verb a speech participle hangs on;
    not "it is said" or "it seems"."""
    # "it attacked the governor, saying he ...": a participle sharing the subject of its verb;
    # "what it calls 'a campaign of lies'": a judging verb.
    shares = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == subject.head.i
    lemma = verb.lemma_.lower()
    return (
        subject.dep_ == "nsubj"
        and (subject.head.i == verb.i or shares)
        and (lemma in ctx.cues.speech_verbs or lemma in ctx.cues.judging_verbs)
        and not any(c.dep_ == "auxpass" for v in (verb, subject.head) for c in v.children)
    )


def note_documents(ctx: Context, verb: Token, speaker: Actor) -> None:
    """Remember that the speaker issued the document the verb names ("in a statement")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via"):
            for pobj in prep.children:
                noun = pobj.lemma_.lower()
                if pobj.dep_ == "pobj" and noun in ctx.cues.document_nouns:
                    ctx.issued.append((pobj.idx, noun, speaker))


def is_agent(ctx: Context, subject: Token) -> bool:
    """Whether a subject can speak for certain: a personal pronoun, a named person, group,
    organisation or state, or a phrase the resolver knows; used by the open-class cue rule."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | {"who"}
    if subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = subject.lemma_.lower()
    if lemma in _ORGANISATION_NOUNS or lemma in DOCUMENT_SOURCES or lemma in _BODIES:
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children):
        return True  # "another critic, Laurence H. Tribe, ..."
    return bool(ctx.actors.lookup(subject))


__all__ = [
    "DOCUMENT_SOURCES",
    "conduit_speaker",
    "inanimate_antecedent",
    "is_agent",
    "is_dateline",
    "mention_as_written",
    "mention_it",
    "speaker_from",
    "speaker_of",
    "speech_after_preposition",
    "subject_of",
]
