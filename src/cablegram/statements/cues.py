"""The speech cue vocabulary: which words attribute speech, and with what sense.

Two data files (``data/speech_cues.toml`` and the larger ``data/speech_cue_lexicon.tsv``, whose
sources ``data/README.md`` names) give the closed lists; the open class of attribution verbs
("interjected", "fumed") is found from the parse and filtered by the stop-list
``not_speech_verbs`` in ``speech_cues.toml``: verbs that govern a clause without being speech.

Senses: ``say`` (neutral), ``assert``, ``deny``, ``demand``, ``warn``, ``promise``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from spacy.tokens import Token

Sense = Literal["say", "assert", "deny", "demand", "warn", "promise"]
SENSES: frozenset[str] = frozenset(["say", "assert", "deny", "demand", "warn", "promise"])
_POS = ("verb", "phrasal", "noun")


@dataclass(frozen=True, slots=True)
class Cues:
    """The speech cue vocabulary (data/speech_cues.toml and data/speech_cue_lexicon.tsv)."""

    speech_verbs: frozenset[str]
    direct_only: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    judging_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str] = frozenset()
    # The lexicon: (lemma, part of speech) -> sense; verbs that attribute only quotations.
    senses: tuple[tuple[tuple[str, str], str], ...] = ()
    lexicon_verbs: frozenset[str] = frozenset()
    lexicon_quote_only: frozenset[str] = frozenset()
    lexicon_nouns: frozenset[str] = frozenset()
    # The stop-list of the open-class cue rule (speech_cues.toml, ``not_speech_verbs``).
    not_speech: frozenset[str] = frozenset()
    # Common nouns naming people or groups who can speak (``speaker_nouns``).
    speaker_nouns: frozenset[str] = frozenset()
    # Nouns naming non-agent sources ("the report", "records"): speakers of kind "document".
    document_sources: frozenset[str] = frozenset()
    # "declared their readiness to ...": verbs that state an attitude noun, and the nouns.
    attitude_verbs: frozenset[str] = frozenset()
    attitude_nouns: frozenset[str] = frozenset()

    def sense(self, lemma: str, pos: str = "verb") -> str | None:
        """The sense a cue carries ("warn" -> "warn"), or None when the lexicon lacks it."""
        return dict(self.senses).get((lemma, pos))


def read_lexicon(text: str) -> list[tuple[str, str, str, str]]:
    """Rows (lemma, pos, sense, takes) of a lexicon TSV; raises ValueError on a bad row."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or fields[2] not in SENSES or fields[1] not in _POS:
            raise ValueError(f"speech_cue_lexicon.tsv:{number}: malformed row {line!r}")
        rows.append((fields[0], fields[1], fields[2], fields[3]))
    return rows


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The packaged cue vocabulary, read once per process."""
    data = resources.files("cablegram") / "data"
    raw = tomllib.loads((data / "speech_cues.toml").read_text(encoding="utf-8"))
    rows = read_lexicon((data / "speech_cue_lexicon.tsv").read_text(encoding="utf-8"))
    phrasal = {tuple(p.split(maxsplit=1)) for p in raw["phrasal_verbs"]}
    phrasal |= {tuple(lemma.split(maxsplit=1)) for lemma, pos, _, _ in rows if pos == "phrasal"}
    return Cues(
        speech_verbs=frozenset(raw["speech_verbs"]),
        direct_only=frozenset(raw["direct_only_verbs"]),
        phrasal=frozenset((p[0], p[1]) for p in phrasal if len(p) == 2),
        judging_verbs=frozenset(raw["judging_verbs"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        attribution_phrases=tuple(tuple(p.split()) for p in raw["attribution_phrases"]),
        document_nouns=frozenset(raw.get("document_nouns", ())),
        senses=tuple(((lemma, pos), sense) for lemma, pos, sense, _ in rows),
        lexicon_verbs=frozenset(lemma for lemma, pos, _, _ in rows if pos == "verb"),
        lexicon_quote_only=frozenset(
            lemma for lemma, pos, _, takes in rows if pos == "verb" and takes == "quote"
        ),
        lexicon_nouns=frozenset(lemma for lemma, pos, _, _ in rows if pos == "noun"),
        not_speech=frozenset(raw.get("not_speech_verbs", ())),
        speaker_nouns=frozenset(raw.get("speaker_nouns", ())),
        document_sources=frozenset(raw.get("document_sources", ())),
        attitude_verbs=frozenset(raw.get("attitude_verbs", ())),
        attitude_nouns=frozenset(raw.get("attitude_nouns", ())),
    )


def phrasal_cue(token: Token, cues: Cues) -> str | None:
    """ "pointed out", "called for": a verb and its particle that together attribute speech."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in cues.phrasal:
            return f"{token.text} {child.text}"
    return None


def core_cue(token: Token, cues: Cues) -> str | None:
    """The cue a verb token stands for from the core list ("said", "pointed out"), or None."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    phrase = phrasal_cue(token, cues)
    if phrase is not None:
        return phrase
    if token.lemma_.lower() in cues.speech_verbs:
        return token.text
    return None


def lexicon_cue(token: Token, cues: Cues) -> str | None:
    """The cue a verb stands for from the core list or the larger lexicon ("sighed")."""
    found = core_cue(token, cues)
    if found is not None:
        return found
    if token.pos_ == "VERB" and token.lemma_.lower() in cues.lexicon_verbs:
        return token.text
    return None


def open_cue(token: Token, cues: Cues) -> str | None:
    """Any verb not on the stop-list: a candidate cue, for a caller that has already checked
    that it governs a quotation or clause and has a human or organisational subject."""
    found = lexicon_cue(token, cues)
    if found is not None:
        return found
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma.isalpha() and lemma not in cues.not_speech:
        return token.text
    return None


def relative_beside_quote(verb: Token, quote_root: Token | None, cues: Cues) -> bool:
    """Rule ``relative_not_open_cue``: an open-class verb of a relative clause that only
    stands beside a quote that a speech verb above it governs is no cue ("she told the farmers
    who gathered in the square, '...'": told's quote, not the farmers'). A relative clause
    verb that governs the quote itself ("the mayor, who quipped, '...'"), or one whose quote
    the parser hung on a verb that is no cue ("booed Ward, who grinned, '...'"), stays a
    candidate."""
    if verb.dep_ != "relcl" or quote_root is None:
        return False
    above = [quote_root, *quote_root.ancestors]
    if any(a.i == verb.i for a in above):
        return False
    mine = {a.i for a in verb.ancestors}
    shared = next((a for a in above if a.i in mine), None)
    return shared is not None and lexicon_cue(shared, cues) is not None


__all__ = [
    "Cues",
    "Sense",
    "core_cue",
    "lexicon_cue",
    "load_cues",
    "open_cue",
    "phrasal_cue",
    "read_lexicon",
    "relative_beside_quote",
]
