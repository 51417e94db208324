"""The frame record: an action with its arguments, headed by one token, and the arguments
a frame's tokens name (:func:`arguments_of`). How frames are found is
:mod:`cablegram.claims.frames` (verbs, and the entry point) and
:mod:`cablegram.claims.nominal` (action nouns).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import is_name, lemma, name_in, phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependency labels.
_OBJECTS: Final = frozenset({"dobj", "obj"})
_PASSIVE_SUBJECTS: Final = frozenset({"nsubjpass"})
_CLAUSES: Final = frozenset({"xcomp", "ccomp"})
_JUDGED_BY: Final = frozenset({"acomp", "attr", "oprd"})
_PREPS_OF_ATTITUDE: Final = frozenset({"for", "to", "against", "of", "on", "over"})


@dataclass(frozen=True, slots=True)
class Frame:
    """An action and its arguments, headed by one token.

    ``predicate``: lemma (with particle); ``object``: the object's head lemma, or None;
    ``object_text``: the object as written; ``arguments``: role -> text ("target" ->
    "Russia"); ``head``: the document index of the predicate token; ``nominal``: headed
    by a noun ("truce") rather than a verb; ``referent_against``: the head is a word that
    refers back to this act stated against (see :mod:`cablegram.claims.antecedents`).
    """

    predicate: str
    object: str | None
    head: int
    nominal: bool
    object_text: str | None = None
    arguments: dict[str, str] = field(default_factory=dict)
    # A pronoun or shell noun standing for an act stated against ("Hungary blocked the ban.
    # Brussels called **it** a disappointment"): its reading flips (claims.antecedents).
    referent_against: bool = False

    @classmethod
    def at(
        cls,
        head: Token,
        predicate: str,
        obj: Token | None,
        *,
        nominal: bool,
        arguments: dict[str, str] | None = None,
    ) -> Frame:
        """The one way a frame is built from the parse: headed at ``head``, its object the
        lemma and text of ``obj`` (None for none)."""
        return cls(
            predicate=predicate,
            object=lemma(obj) if obj is not None else None,
            object_text=phrase(obj) if obj is not None else None,
            head=head.i,
            nominal=nominal,
            arguments=arguments if arguments is not None else {},
        )


def arguments_of(tokens: Iterable[Token], words: ClaimWords) -> dict[str, str]:
    """Role -> name for the named arguments of ``tokens``: prepositional ones by role
    ("on Russia" -> target), and names modifying a noun ("Russian sanctions", "Ukraine's
    membership", "NATO membership") as "about". Unnamed ones ("to the country") are left out:
    they name nothing to compare."""
    found: dict[str, str] = {}
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.pos_ in ("ADP", "PART"):
                role = words.argument_roles.get(child.lower_)
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                inner = next((c for c in child.children if c.dep_ == "prep"), None)
                if pobj is None and inner is not None:
                    # "out of Iraq": the role of the first word, the name of the inner one.
                    pobj = next((c for c in inner.children if c.dep_ == "pobj"), None)
                name = name_in(pobj) if pobj is not None else None
                if pobj is not None and name is not None and child.lower_ == "between":
                    # "between the EU and Mercosur": both parties.
                    names = [name_in(c) for c in [pobj, *pobj.conjuncts]]
                    name = " and ".join(n for n in names if n)
                if role is not None and name is not None:
                    found.setdefault(role, name)
            elif token.pos_ == "NOUN" and child.dep_ in ("compound", "amod", "poss", "nmod"):
                if is_name(child):
                    key = "about" if "about" not in found else f"about{len(found)}"
                    found.setdefault(key, phrase(child))
    return found


def owner_name(noun: Token) -> Token | None:
    """The name a noun belongs to: its possessor ("Kosovo's independence") or its "of"
    ("the independence of Kosovo"), when that is a name; else None."""
    for child in noun.children:
        if child.dep_ == "poss" and is_name(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_name(pobj):
                return pobj
    return None
