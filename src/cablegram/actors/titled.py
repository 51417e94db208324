"""A title written before a person's name in one noun phrase, read from the words as written.

"AU Special Representative to Somalia Francisco Madeira", "UN Special Envoy for Yemen Hans
Grundberg", "Minister of Foreign Affairs of Bangladesh A. K. Abdul Momen", "Foreign Minister
Dr. Momen": the small model's parse of such runs varies (the title as the subject and the name
as the object of "to", the title as a sibling of the name, a compound chain broken by an
honorific), so the run is read from the surface, right to left from the name:

1. honorifics just before the name are skipped ("Dr.", "Sheikh");
2. a complement of capitalised words after one or more prepositions ("to Somalia", "for
   Foreign Affairs of Bangladesh") may stand between the title and the name;
3. the title is the nearest word before them that the dictionary knows as a title, with its
   modifiers before it ("AU Special", "Bangladesh's foreign").

The whole run is one mention of the person. Its facts come from the modifiers and the title,
and from complements after "of" ("Foreign Minister of Norway") or naming a body ("strategist
for the Republican National Committee"); a place after "to", "for", "in", "at" or "on" is
where the office is posted ("envoy to Somalia"), never the person's country. An official of
an international body named in the run ("AU", "UN") acts for that body: no country, the
body's code (``IGOAFRAFU``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from cablegram.actors.base import Facts, ResolverState, key, strip_possessive
from cablegram.actors.nominees import NOT_THE_HOLDER

# Prepositions a title's complement may start with, and those among them that post the office
# somewhere rather than say whose it is.
_COMPLEMENT = frozenset({"of", "to", "for", "in", "at", "on"})
_POSTED = _COMPLEMENT - {"of"}
# How far (in tokens) before a name the title run may start.
TITLE_REACH = 12
# Words that may stand between capitalised words of a complement ("Trade and Industry").
_JOINERS = frozenset({"the", "and", "&", "-"})
# Modifier tags a title run may hold before its title ("AU Special", "Bangladesh's foreign").
_MODIFIER_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "POS", "HYPH"})


@dataclass(frozen=True, slots=True)
class TitleRun:
    """A title run before a name: its first token, the title word, the facts it gives, and
    whether a complement posts the office somewhere ("to Somalia")."""

    start: int
    title: Token
    facts: Facts
    posted: bool


class TitledNames(ResolverState):
    """Title runs before person names (see the module doc)."""

    def _is_title_word(self, token: Token) -> bool:
        """A title one person holds ("Representative", "minister"); not a group's
        ("Supporters of Bolivian President Evo Morales" are not Morales)."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        found = self.dictionary.title(token.text) or self.dictionary.title(token.lemma_)
        return found is not None and found.kind == "person"

    def is_place_word(self, token: Token) -> bool:
        """A place's name: tagged as one, or a country or capital of the dictionary that is
        no part of an organisation's name ("American" of "Center for American Progress") and
        no demonym."""
        if token.ent_type_ in ("GPE", "LOC"):
            return True
        if token.ent_type_ in ("ORG", "NORP"):
            return False
        found = self.entry(token.text)
        return (
            found is not None
            and found.kind == "state"
            and found.via not in ("demonym", "demonym_plural")
        )

    def _complement_word(self, token: Token) -> bool:
        if token.ent_type_ == "PERSON" or token.is_sent_start:
            return False
        return (
            token.lower_ in _COMPLEMENT
            or token.lower_ in _JOINERS
            or (token.text[:1].isupper() and token.text.replace("-", "").isalpha())
        )

    def _modifier_word(self, token: Token) -> bool:
        """A word a title run may hold before its title: a noun, adjective or possessive
        ("AU Special", "Bangladesh's foreign"), "and" between capitalised words ("AU Peace
        and Security Commissioner"), or an acronym's brackets ("African Union (AU) Special
        Representative")."""
        if token.tag_ in _MODIFIER_TAGS:
            return True
        if token.tag_ in ("-LRB-", "-RRB-"):
            return True
        doc = self.doc
        return (
            token.lower_ in ("and", "&")
            and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].text[:1].isupper()
            and doc[token.i + 1].text[:1].isupper()
        )

    def title_before(self, ent: Span) -> TitleRun | None:
        """The title run before a person's name, or None when the words before it are not one
        (see the module doc)."""
        end = ent.start  # the run ends before the name and any honorific before it
        while (
            end > 0
            and key(self.doc[end - 1].text) in self.dictionary.honorifics
            and not self._is_title_word(self.doc[end - 1])
        ):
            end -= 1
        return self._run_ending_at(end)

    def _run_ending_at(self, end: int, depth: int = 0) -> TitleRun | None:
        doc = self.doc
        title: Token | None = None
        for i in range(end - 1, max(-1, end - 1 - TITLE_REACH), -1):
            token = doc[i]
            if "\n" in token.whitespace_:
                return None
            if self._is_title_word(token):
                title = token
                break
            if not self._complement_word(token):
                return None
        if title is None:
            return None
        between = list(doc[title.i + 1 : end])
        if between and (
            between[0].lower_ not in _COMPLEMENT
            or between[-1].lower_ in _COMPLEMENT | _JOINERS
            or not any(t.text[:1].isupper() for t in between)
        ):
            return None
        # Which complement words say whose office it is ("of Norway", "for the Republican
        # National Committee"), which post it to a place ("to Somalia", "for Yemen").
        kept: list[Token] = []
        posted = False
        groups: list[list[Token]] = []
        for token in between:
            if token.lower_ in _COMPLEMENT:
                groups.append([token])
            elif groups:
                groups[-1].append(token)
        for prep, *words in groups:
            if prep.lower_ in _POSTED and any(self.is_place_word(t) for t in words):
                posted = True
            else:
                kept.extend(words)
        start = title.i
        while (
            start > 0
            and title.i - start < 8
            and self._modifier_word(doc[start - 1])
            # not another person's name; a country the recogniser took for one ("Slovak") is fine
            and (doc[start - 1].ent_type_ != "PERSON" or self.entry(doc[start - 1].text))
            and "\n" not in doc[start - 1].whitespace_
            and not doc[start].is_sent_start
            and not self._state_conjunct(start - 1)
            and not (separate_conjunct(doc[start - 1], title) and self._actor_before(start - 1))
        ):
            start -= 1
        while doc[start].lower_ in _JOINERS or doc[start].tag_ in ("-LRB-", "-RRB-"):
            start += 1  # the run starts with a word, not "and" or a bracket
        facts = self.facts_from_tokens([*doc[start : title.i + 1], *kept])
        # "Special Representative of the Secretary-General for Somalia": this run is the
        # complement of an outer title, whose office it is.
        before = start - (1 if start > 0 and doc[start - 1].lower_ == "the" else 0)
        if depth < 2 and before > 0 and doc[before - 1].lower_ == "of":
            outer = self._run_ending_at(before - 1, depth + 1)
            if outer is not None:
                facts = outer.facts.filled_from(Facts(facts.country, None, None, facts.code))
                return TitleRun(outer.start, outer.title, facts, posted or outer.posted)
        return TitleRun(start, title, facts, posted)

    def _state_conjunct(self, i: int) -> bool:
        """A joiner with a state before it: "Washington and OAS chief X" are two subjects, the
        state and the official, so the state gives the official no country."""
        doc = self.doc
        if i < 1 or doc[i].lower_ not in ("and", "&", "or"):
            return False
        found = self.entry(doc[i - 1].text)
        return found is not None and found.kind == "state" and not self._joined_state(i)

    def _actor_before(self, i: int) -> bool:
        """Rule ``actors.conjunctruns``: whether the words before the joiner at ``i`` end a
        name the dictionary knows as an actor ("the Kremlin", "the Obama White House"), not a
        word of a title ("Energy and Natural Resources Minister", "Chairman and Chief
        Executive") nor a state's name the joiner stands inside ("Trinidad and Tobago")."""
        doc = self.doc
        if i < 1 or self._joined_state(i):
            return False
        for size in (1, 2, 3):
            if i - size < 0:
                break
            words = doc[i - size : i]
            if not all(t.text[:1].isupper() for t in words):
                break
            found = self.entry(words.text)
            if found is not None and found.kind in ("organization", "state", "person"):
                return not self.dictionary.title(key(words.text))
        return False

    def _joined_state(self, i: int) -> bool:
        """Whether the joiner at ``i`` stands inside one state's name ("Trinidad and Tobago",
        "Bosnia and Herzegovina", "Saint Vincent and the Grenadines"): a name of up to two
        words before it and up to three after it that the dictionary lists as a state."""
        doc = self.doc
        for left in (1, 2):
            for right in (1, 2, 3):
                if i - left < 0 or i + right >= len(doc):
                    continue
                found = self.entry(doc[i - left : i + right + 1].text)
                if found is not None and found.kind == "state":
                    return True
        return False

    def subject_description(self, ent: Span, start: int) -> tuple[Span, Facts] | None:
        """ "The AU Special Representative for Somalia, Ambassador X has called ...": a
        title-headed description and the name that the parser made two subjects of one verb,
        with only a comma between them, are one person (an apposition). ``start`` is where
        the name's own mention starts. Returns the description and its facts (from the
        words up to its title; a complement after it is the posting), or None."""
        head = ent.root
        if head.dep_ != "nsubj" or start < 2 or self.doc[start - 1].text != ",":
            return None
        for sibling in head.head.children:
            if (
                sibling.dep_ == "nsubj"
                and sibling.i < start
                and sibling.right_edge.i in (start - 2, start - 1)  # with its comma or not
                and self._is_title_word(sibling)
                and sibling.ent_type_ != "PERSON"
            ):
                phrase = self.doc[sibling.left_edge.i : sibling.right_edge.i + 1]
                facts = self.facts_from_tokens(self.doc[phrase.start : sibling.i + 1])
                return phrase, facts
        return None

    def titled_person(self, ent: Span, cluster_facts: Facts) -> tuple[Facts, TitleRun | None]:
        """The facts of a named person with the title run before the name (if any): the run's
        facts first; the name's other facts (appositions) fill the rest, but give no country
        to an official posted abroad or acting for an international body. A member of a
        body's parliament or court ("European Parliament President X, a German Social
        Democrat,") sits for a state: the nationality the text states is kept."""
        run = self.title_before(ent)
        if run is None:
            return cluster_facts, None
        other = cluster_facts
        seated = run.facts.role in ("LEG", "JUD")
        if run.posted or (run.facts.code and not seated) or run.facts.role == "IGO":
            other = Facts(None, cluster_facts.role, cluster_facts.title)
        return run.facts.filled_from(other), run


# Verbs whose complement is an office, not a person: "became president", "was elected senator",
# "named him secretary". A title there says what someone is or becomes.
_OFFICE_VERBS = frozenset(
    {
        *("be", "become", "elect", "re-elect", "reelect", "name", "appoint", "nominate"),
        *("make", "remain", "serve", "confirm", "choose", "swear", "install", "crown", "run"),
    }
)
# Spellings of one title: the text's word -> the title a person's record keeps.
TITLE_SPELLINGS: dict[str, str] = {
    "amir": "emir",
    "defence minister": "defense minister",
    "defence secretary": "defense secretary",
    "secretary-general": "secretary general",
    # One office, two names: "the Turkish premier" after "Prime Minister Ahmet Davutoglu".
    "premier": "prime minister",
    "foreign affairs minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
}


# Titles that name a national office only when no state or province is set before them: "the
# Ontario premier", "New South Wales Premier X" head a province, not the government.
NATIONAL_ONLY_SPELLINGS = frozenset({"premier"})


def canonical_title(title: str | None, local: bool = False) -> str | None:
    """One spelling per title ("Amir" -> "emir", "defence minister" -> "defense minister"),
    so that "the Amir" finds the emir named before; None stays None. ``local``: the title is
    set after a sub-national place (:func:`after_local_place`), so a national-only spelling
    ("premier" -> "prime minister") does not apply."""
    if title is None:
        return None
    if local and title.lower() in NATIONAL_ONLY_SPELLINGS:
        return title.lower()
    return TITLE_SPELLINGS.get(title.lower(), title)


def after_local_place(resolver: ResolverState, tokens: Sequence[Token]) -> bool:
    """Whether the words name a place below a state: a place or people word (GPE, LOC, NORP)
    that the dictionary knows as a state or province ("Ontario", "Quebec's"), as a US state,
    or not at all ("Queensland", "Victorian"), also when the recogniser missed the place but
    the parser hung the unknown proper noun on the title ("Queensland Premier X"); "Chinese",
    "Turkey's" are national, and "Former", "Deputy" (:data:`NOT_THE_HOLDER`) no place."""
    for token in tokens:
        placed = token.ent_type_ in ("GPE", "LOC", "NORP")
        on_title = (
            token.pos_ == "PROPN"
            and token.dep_ == "compound"
            and token.lower_ not in (NOT_THE_HOLDER)
        )
        if not (placed or on_title) or not token.text[:1].isupper():
            continue
        if resolver.dictionary.title(key(token.text)) is not None:
            continue  # "Premier" itself
        entry = resolver.entry(strip_possessive(token.text))
        if entry is None or entry.kind != "state" or resolver.is_subnational(token):
            return True
    return False


def _office_after_as(token: Token) -> bool:
    """Rule ``actors.officeafteras``: a title with words of its own office before it ("prime
    minister", "defense secretary", "Fed chairman"), bare of a determiner and of a person's
    name, after "as": the office someone holds or leaves, not a person ("resigned as prime
    minister"). "Leaders such as the prime minister" names people."""
    as_word = token.head
    if as_word.i > 0 and token.doc[as_word.i - 1].lower_ == "such":
        return False
    if any(c.dep_ in ("det", "nummod") for c in token.children):
        return False
    return not any(t.ent_type_ == "PERSON" for t in token.subtree)


def is_predicative(token: Token) -> bool:
    """Whether a title noun says what someone is or becomes rather than naming a person:
    the complement of "be"/"become"/"elect" ("whoever becomes president", "I have been a
    senator", "was elected senator"), or after "as" ("confirmed as secretary of state", "as
    president he would"). A title with a possessor or a name ("as President Obama said") is
    not predicative."""
    if any(c.dep_ in ("poss", "appos", "flat") for c in token.children):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "as" and _office_after_as(token):
        return True  # "resigned as prime minister", "served as defense secretary"
    if any(c.dep_ == "compound" for c in token.children):
        return False
    if any(t.ent_type_ == "PERSON" for t in token.subtree):
        return False
    head = token.head
    if any(c.dep_ == "expl" for c in head.children):
        return False  # "there are some economists who argue": the people are there
    if token.dep_ in ("attr", "oprd", "acomp"):
        return True
    if token.dep_ == "pobj" and head.lower_ == "as":
        return True
    if token.dep_ not in ("dobj", "xcomp", "npadvmod", "advcl", "ccomp"):
        return False
    definite = any(c.lower_ in ("the", "this", "that") for c in token.children)
    return head.lemma_.lower() in _OFFICE_VERBS and head.i < token.i and not definite


def separate_conjunct(joiner: Token, title: Token) -> bool:
    """Rule ``actors.conjunctruns``: whether "and" before a title joins two actors, not two
    words of one title: the conjunct it coordinates with the word before it is the title or
    the name after it ("the Kremlin and Prime Minister X", "Congress and President Obama",
    "the Obama White House and President Xi"), not a word inside the title ("AU Peace and
    Security Commissioner X"). The body before "and" then gives the person no country."""
    if joiner.lower_ not in ("and", "&", "or") or joiner.dep_ != "cc":
        return False
    return any(c.dep_ == "conj" and c.i >= title.i for c in joiner.head.children)
