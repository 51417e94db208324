"""The act a shell noun or a pronoun refers back to, within the document.

"Belgium opposes **the plan**", "Hungary rejected **the idea**", "Brussels called **it** a
major disappointment": the claim is about the act named before, not about a plan, an idea
or "it". A bare shell noun (one without content of its own: no "to" clause, no compound, no
"of" phrase) or a pronoun that an attitude governs is resolved to:

1. the nearest earlier mention of the same noun that has content ("the EU's plan **to ban
   gas imports**", "a planned **trade** deal"), in the same sentence or the three before;
2. otherwise (a generic shell noun or a pronoun) the one act named on the main line of
   the sentence just before (not in a side clause), when it names exactly one; with
   more than one candidate nothing is resolved.
   When that sentence states the act against ("Hungary **blocked** the ban"), the word
   stands for the act against, and a reading of it is turned toward the act
   (:func:`referred`): "Brussels called it a disappointment" supports the ban.

A relative pronoun an attitude governs ("a ruling on the border, **which** Kenya rejected")
stands for the noun its clause tells about; set off by a comma, for the head of the whole
phrase before the comma (the parser hangs the clause on the phrase's last noun).

Precision before recall: with no candidate, or several, the frame is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Final, Literal

from cablegram.claims.expletive import is_placeholder
from cablegram.claims.frames import (
    Frame,
    frame_heads,
    frame_of,
    governed_by_attitude,
    nominal_frame,
)
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.nominal import deverbal
from cablegram.claims.noun_owners import hangs_on, owned_by_another
from cablegram.claims.polarity import read_polarity
from cablegram.claims.steps import Polarity, Reading
from cablegram.claims.tokens import absolute_clause, is_attitude_word, lemma
from cablegram.claims.vote_pronouns import voted_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Children that give a noun content of its own: a clause, a compound, a phrase.
_CONTENT: Final = frozenset({"acl", "relcl", "compound", "prep", "nmod", "appos"})
_PRONOUNS: Final = frozenset({"it", "this", "that"})
# Relative pronouns that stand for the noun their clause tells about.
_RELATIVES: Final = frozenset({"which", "that"})
# How many sentences back a same-noun mention is looked for.
_LOOK_BACK: Final = 3


ShellKind = Literal["act", "decision", "treaty"]


def shell_kind(word: str, words: ClaimWords | None = None) -> ShellKind | None:
    """Whether a word is a shell noun (``shell_nouns`` in ``data/claim_words.toml``, the
    project's one list), and of which kind: "act" names the act itself ("such a mission"),
    "decision" what someone decided about it ("the move"), "treaty" a treaty named before
    ("the deal"); None for any other word. Case-insensitive."""
    words = words or claim_words()
    word = word.casefold()
    if word in words.act_shell_nouns:
        return "act"
    if word in words.decision_shell_nouns:
        return "decision"
    if word in words.treaty_shell_nouns:
        return "treaty"
    return None


def _new_thing(noun: Token) -> bool:
    """Whether a noun is written as a new thing ("will join **a** mission"), not as one
    named before ("such a mission", "the plan")."""
    lefts = {c.lower_ for c in noun.children if c.i < noun.i}
    return bool(lefts & {"a", "an"}) and "such" not in lefts


def is_bare(noun: Token) -> bool:
    """Whether a noun has no content of its own ("the plan", "such a move", "the EU's
    plan"): only determiners, possessives and adjectives."""
    return not any(
        c.dep_ in _CONTENT and not any(absolute_clause(g) for g in c.children)
        for c in noun.children
    )


def _content_frame(mention: Token, words: ClaimWords) -> Frame | None:
    """The act an earlier mention with content names: its clause ("plan **to ban**"), its
    compound act ("the **ceasefire** agreement"), or the noun itself read as a nominal."""
    if is_bare(mention):
        return None
    inner = [f for f in frame_heads(mention.subtree, words) if f.head != mention.i]
    own = [f for f in inner if hangs_on(mention.doc[f.head], mention)]
    if len(own) == 1:
        return own[0]
    if len(inner) == 1:
        return inner[0]
    if lemma(mention) in words.attitude_words:
        return None
    return nominal_frame(mention, words)


def _sentences_before(token: Token, count: int) -> list[Span]:
    """The sentences before the token's, nearest first."""
    sentences = list(token.doc.sents)
    here = next((k for k, s in enumerate(sentences) if s.start <= token.i < s.end), 0)
    return list(reversed(sentences[max(0, here - count) : here]))


def _mentions_before(token: Token) -> list[list[Token]]:
    """The tokens before a token, nearest first: its own sentence's, then each of the
    :data:`_LOOK_BACK` sentences before."""
    earlier = [t for t in token.sent if t.i < token.i]
    return [earlier[::-1]] + [list(s)[::-1] for s in _sentences_before(token, _LOOK_BACK)]


def _same_noun(token: Token, words: ClaimWords) -> Frame | None:
    word = lemma(token)
    pools = _mentions_before(token)
    for pool in pools:
        for mention in pool:
            if mention.pos_ == "NOUN" and lemma(mention) == word:
                frame = _content_frame(mention, words)
                if frame is not None:
                    return frame
    return None


def _shell_before(token: Token, words: ClaimWords) -> Frame | None:
    """The act another shell noun with content names earlier in the same sentence: in
    "condemned Israel's **decision to recognize** Somaliland, joining Turkey in rejecting
    **the move**" the move is the recognition. Only when exactly one such noun stands there;
    a treaty noun refers to no other noun."""
    found = [
        frame
        for mention in token.sent
        if mention.i < token.i
        and mention.pos_ == "NOUN"
        and lemma(mention) in words.shell_nouns - words.treaty_shell_nouns
        and (frame := _content_frame(mention, words)) is not None
    ]
    return found[0] if len(found) == 1 else None


# Clauses that hang a side remark on the sentence ("tapping into the message he used"),
# whose acts are not what the next sentence refers back to.
_SIDE_CLAUSES: Final = frozenset({"advcl", "relcl", "acl", "parataxis", "appos", "npadvmod"})


def _main_line(head: Token) -> bool:
    """Whether a frame stands on the sentence's main line: no side clause between it and
    the root ("Trump said he would **withdraw** ..., tapping into ...")."""
    words = claim_words()
    node = head
    while node.head.i != node.i:
        content = node.dep_ == "acl" and lemma(node.head) in words.attitude_words
        if node.dep_ in _SIDE_CLAUSES and not content:
            # (The content of an attitude noun is no side remark: "raised concerns **that
            # using the assets would** ...".)
            return False
        node = node.head
    return True


def _single_act(token: Token, words: ClaimWords) -> Frame | None:
    """The one act the sentence before names, or None when it names none or several."""
    before = _sentences_before(token, 1)
    if not before:
        return None
    frames = [
        f
        for f in frame_heads(before[0], words)
        if f.predicate not in words.shell_nouns
        and f.predicate not in words.attitude_words
        and _main_line(token.doc[f.head])
    ]
    # An act a noun names inside a verb's act ("using the assets **as a loan**") is part
    # of it.
    verbs = {f.head for f in frames if not f.nominal}
    frames = [
        f
        for f in frames
        if not (f.nominal and any(a.i in verbs for a in token.doc[f.head].ancestors))
    ]
    acts = {(f.predicate, f.object) for f in frames}
    if len(acts) != 1:
        return None
    frame = frames[0]
    # "Hungary blocked the ban. Brussels called it a disappointment": "it" is the blocking.
    sentence = before[0]
    root = sentence.root

    def is_top(node: Token) -> bool:
        # Up to the root, or to the words below a verb of saying ("said Chile would leave").
        return node.i == root.i or lemma(node.head) in words.report_verbs

    reading = read_polarity(token.doc[frame.head], is_top, list(sentence), words)
    if reading is None:
        return None
    if reading.polarity == "oppose" and _against_by_noun(reading, words):
        # Against by a noun ("condemnation of the announcement that ..."): the word may
        # stand for the act or for the condemnation; left alone.
        return None
    if any(cue.startswith("judged") for cue in reading.cues):
        # "Using the assets would constitute a nightmare. Italy opposes the plan": a
        # judgement of the act is no act against it; the word stands for the act.
        return frame
    return replace(frame, referent_against=reading.polarity == "oppose")


def _against_by_noun(reading: Reading, words: ClaimWords) -> bool:
    """Whether an attitude noun ("condemnation", "opposition") turned the reading against."""
    for cue in reading.cues:
        if cue.startswith('against: "'):
            word = cue.split('"')[1].casefold()
            if word in words.against_nouns or word.rstrip("s") in words.against_nouns:
                return True
    return False


def referred(reading: Reading, frame: Frame) -> Reading:
    """A reading of a word that refers back to an act stated against, turned toward the
    act itself: disappointment with a blocking supports what was blocked."""
    if not frame.referent_against:
        return reading
    flipped: Polarity = "support" if reading.polarity == "oppose" else "oppose"
    return replace(reading, polarity=flipped, cues=(*reading.cues, "refers to an act against"))


def _is_relative(token: Token) -> bool:
    """Whether a token is a relative pronoun ("the ruling, **which** Taipei rejected")."""
    return (
        token.lower_ in _RELATIVES
        and token.head.dep_ == "relcl"
        and token.i < token.head.i
        and token.head.head.i < token.i
    )


def _gap_relative(token: Token, words: ClaimWords) -> bool:
    """Whether a token is a relative "that" the parser took for a clause mark, standing in
    its clause for the object the attitude verb lacks: "the reform **that** Peru rejected",
    "the groups that Turkey supports" (the "gap relative" rule). A clause whose verb has an
    object of its own ("the claim that Peru rejected the reform") tells a content, not a
    noun: no."""
    verb = token.head
    return (
        token.dep_ == "mark"
        and token.lower_ == "that"
        and _is_relative(token)
        and is_attitude_word(verb, words)
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
    )


def _names_an_act(noun: Token, words: ClaimWords) -> bool:
    """Whether a common noun may name an act or a position on one (a nominalised verb,
    an attitude, shell or act noun): "a **ruling** on the border", "the **plan**"."""
    word = lemma(noun)
    return (
        deverbal(noun)
        or word in words.attitude_words
        or word in words.shell_nouns
        or word in words.act_nouns
    )


def _last_noun(noun: Token, before: Token) -> Token:
    """The last common noun of the "of"/"on"/... phrases a noun heads before a token ("the
    members of **the bloc**, which"): the noun itself when it has none."""
    while True:
        inner = next(
            (
                p
                for c in noun.children
                if c.dep_ == "prep" and noun.i < c.i < before.i
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i < before.i
            ),
            None,
        )
        if inner is None:
            return noun
        noun = inner


def _phrase_head(noun: Token, words: ClaimWords) -> Token | None:
    """The noun of the phrase a noun ends that a clause set off by a comma tells about: up
    through the object of a clause on a noun ("a plan to cut **tariffs**"), and through an
    "of"/"on"/... phrase only from a name or a noun that names no act to a noun that names
    one ("a ruling on **the border**"); "the leaders of **the coalition**", "the cost of
    **the wall**" stay at the nearer noun. None when both may be meant (both name acts:
    "the future of the accord"): precision first."""
    while noun.head.head.pos_ == "NOUN":
        upper = noun.head.head
        if noun.dep_ in ("dobj", "obj") and noun.head.dep_ == "acl":
            noun = upper
            continue
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep"):
            break
        if noun.pos_ != "NOUN":
            # A name is seldom what is taken a side on, the noun it hangs on is ("new
            # sanctions on Iran"), unless that noun names those who act ("the leaders of
            # Hamas"): then unsure.
            if lemma(upper) in words.agent_nouns or lemma(upper) in words.office_titles:
                return None
            noun = upper
            continue
        if _names_an_act(noun, words):
            return None if _names_an_act(upper, words) else noun
        if not _names_an_act(upper, words):
            break
        noun = upper
    return noun


def _relative_antecedent(token: Token, words: ClaimWords) -> Frame | None:
    """The act a relative pronoun governed by an attitude stands for: the one its clause
    tells about ("the ruling, **which** Taipei rejected", "a plan to cut tariffs, **which**
    Poland opposes" is the cutting): the noun's own act, else the act its content names, else
    the act a bare shell noun refers back to; None for any other token (the "relative"
    rule)."""
    if not _is_relative(token):
        return None
    if not (governed_by_attitude(token, words) or _gap_relative(token, words)):
        return None
    noun = token.head.head
    if token.i > 0 and token.doc[token.i - 1].text == ",":
        # Set off by a comma, the clause tells about the whole phrase before it, which the
        # parser hangs on its last noun: "a ruling on the border, which Kenya rejected".
        # The parser may hang it on the head of the phrase instead ("the members of the
        # bloc, which"): start from the phrase's last noun all the same.
        noun = _last_noun(noun, token)
        head = _phrase_head(noun, words)
        if head is None:
            return None
        noun = head
    if noun.pos_ != "NOUN":
        return None
    if lemma(noun) in words.shell_nouns and is_bare(noun):
        return antecedent(noun, words)
    if lemma(noun) in words.attitude_words or lemma(noun) in words.shell_nouns:
        return _content_frame(noun, words)
    return nominal_frame(noun, words)


def antecedent(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame a bare shell noun or a pronoun governed by an attitude refers back to,
    headed at the token itself (so its polarity is read from where it stands); None when
    the token is no such word or nothing single is found."""
    words = words or claim_words()
    word = lemma(token)
    relative = _relative_antecedent(token, words)
    if relative is not None:
        return replace(relative, head=token.i, nominal=True)
    if _is_relative(token):
        return None
    if token.pos_ == "PRON" and token.lower_ in _PRONOUNS:
        if not governed_by_attitude(token, words) or is_placeholder(token):
            return None
        found = voted_text(token, words) or _single_act(token, words)
    elif token.pos_ == "NOUN" and word in words.shell_nouns and is_bare(token):
        if _new_thing(token):
            return None
        if frame_of(token, words) is None and not governed_by_attitude(token, words):
            return None
        if owned_by_another(token, _mentions_before(token)):
            return None
        found = _same_noun(token, words)
        if found is None and word not in words.treaty_shell_nouns:
            found = _shell_before(token, words) or _single_act(token, words)
    else:
        return None
    if found is None:
        return None
    return replace(found, head=token.i, nominal=True)


def resolved_frames(tokens: Iterable[Token], words: ClaimWords | None = None) -> Iterator[Frame]:
    """:func:`cablegram.claims.frames.frame_heads`, with each bare shell noun or pronoun
    that refers back to one act read as that act."""
    words = words or claim_words()
    tokens = sorted(tokens, key=lambda t: t.i)
    resolved = {}
    for token in tokens:
        frame = antecedent(token, words)
        if frame is not None:
            resolved[token.i] = frame
    for frame in frame_heads(tokens, words):
        if frame.head not in resolved:
            yield frame
    yield from resolved.values()
