"""Names a title phrase leads to, and the dictionary's title words: the person named after a
title's posting ("Special Representative to Somalia Francisco Madeira"), after an editor's
bracketed title ("[Pentagon spokesman] Little"), in an apposition, or before post-nominal
letters ("Abdul Momen MP"). A base of :class:`cablegram.actors.descriptions.Descriptions`,
split from it by job."""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.actors.base import (
    POST_NOMINALS,
    Cluster,
    entity_of,
    key,
    noun_phrase,
    strip_possessive,
)
from cablegram.actors.referents import Referents
from cablegram.actors.topics import person_after_posting

# Prepositions of the place an office is posted to: "envoy to Somalia", "ambassador in Kabul".
_POSTED_TO = frozenset({"to", "for", "in"})


class TitleNames(Referents):
    """The person a title phrase names, and whether a word is a title or descriptor."""

    def _name_after_posting(self, token: Token) -> Span | None:
        """ "Special Representative to Somalia Francisco Madeira": a name right after the
        place a title is posted to, which the parser hung on the title's preposition. The
        place is the posting, not the person's country."""
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ not in _POSTED_TO:
                continue
            for pobj in prep.children:
                entity = entity_of(pobj) if pobj.dep_ == "pobj" else None
                if entity is not None and entity.label_ in ("GPE", "LOC"):
                    entity = person_after_posting(pobj, self.entry)  # "to Syria, X,"
                if entity is None or entity.label_ != "PERSON" or entity.start <= prep.i + 1:
                    continue
                between = self.doc[prep.i + 1 : entity.start]
                if all(t.ent_type_ in ("GPE", "LOC") or t.lower_ in ("the", ",") for t in between):
                    return entity
        return None

    def _name_after_bracket(self, phrase: Span) -> Cluster | None:
        """The person named right after a title an editor put in brackets ("[Pentagon
        spokesman] Little", "(Foreign Minister) Sergei Lavrov"), or None."""
        doc = self.doc
        end = phrase.end
        if end + 1 >= len(doc) or doc[end].text not in ("]", ")"):
            return None
        opening = phrase[0] if phrase[0].text in ("[", "(") else doc[max(0, phrase.start - 1)]
        if opening.text not in ("[", "("):
            return None
        name = doc[end + 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper() or self.is_descriptor(name):
            return None
        entity = entity_of(name)
        if entity is not None and entity.label_ == "PERSON" and entity.start == name.i:
            return self.add_person(entity)
        # A single word after an editor's title is a name, whatever the recogniser tagged it.
        single = entity is None or (entity.label_ == "ORG" and len(entity) == 1)
        if single and self.name_as_person(name) is not None:
            return self.head_cluster.get(name.i)
        return None

    def _appositive_name(self, token: Token) -> Span | None:
        """The name an apposition gives, a person's name the recogniser tagged as an
        organisation included ("The country's president, Gustavo Petro, ...")."""
        entity = entity_of(token)
        if entity is not None and entity.label_ == "ORG":
            return self.person_tagged_org(entity) or entity
        return entity

    def _name_before_post_nominal(self, token: Token) -> Span | None:
        """ "Abdul Momen MP said": post-nominal letters the parser took for the head of a
        title phrase; the name before them is the person."""
        if token.text.rstrip(".") not in POST_NOMINALS or token.i == 0:
            return None
        entity = entity_of(self.doc[token.i - 1])
        if entity is None or entity.label_ != "PERSON" or entity.end != token.i:
            return None
        return entity

    def is_descriptor(self, token: Token) -> bool:
        word = key(strip_possessive(token.text))
        return (
            word in self.dictionary.titles
            or word in self.dictionary.honorifics
            or word in self.dictionary.phrases
        )

    def is_title_word(self, token: Token) -> bool:
        """A title's or honorific's word ("Minister", "Sen."), not a phrase of the dictionary."""
        word = key(strip_possessive(token.text))
        return word in self.dictionary.titles or word in self.dictionary.honorifics

    def has_title_modifier(self, token: Token) -> bool:
        return any(
            self.dictionary.title(t.text) is not None or self.dictionary.title(t.lemma_) is not None
            for t in token.lefts
        ) or any(
            self.dictionary.title(t.lemma_) is not None for t in noun_phrase(token) if t != token
        )
