"""A document's era: the span of dates it can have been written in, estimated from its date
and from what it says, so that an undated text can still tell namesakes apart ("George Bush"
the father, president 1989-1993, or the son, 2001-2009).

Evidence, each a span of dates (ISO, the end excluded; None: open):

* the document's date, when known: that day;
* a known person named with an office the dictionary dates, with no word that makes them
  someone other than the holder ("Defense Secretary Panetta", "Secretary of State John Kerry";
  not "former President Carter"): the term of that office;
* "the <president> administration" or "presidency" of a known head of state or government who
  held that office once ("the Obama administration"): the term;
* a year the text speaks of in the past tense ("the bombing of its headquarters in 2003"): the
  text was written in that year or later (a span open at the end).

The era is where all spans meet. When they do not meet (a text that looks back at an earlier
office holder), the years go first, then the offices: no era rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from cablegram.actors.base import ResolverState, key
from cablegram.gazetteer.dictionary import Entry, Office
from cablegram.gazetteer.offices import office_title

# Words before a title that make the person someone other than the office's holder of the
# text's day ("former President Carter", "the late Secretary of State").
_NOT_THE_HOLDER = frozenset(
    {"former", "ex", "then", "late", "acting", "future", "incoming", "outgoing", "shadow", "next"}
)
# Words naming the term of a head of government by its holder ("the Obama administration").
_TERM_WORDS = frozenset({"administration", "presidency", "premiership"})
_HEAD_OFFICES = ("president", "prime minister")
# How many words before a name a title may take ("Secretary of State John Kerry").
_TITLE_WORDS = 4
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Era:
    """From ``start`` (included) to ``end`` (excluded), ISO dates; None: open on that side."""

    start: str | None
    end: str | None

    @property
    def bounded(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, office: Office) -> bool:
        """Whether the office was held at some time within the era."""
        before_end = self.end is None or office.start is None or office.start < self.end
        after_start = self.start is None or office.end is None or self.start < office.end
        return before_end and after_start

    def before(self, office: Office) -> bool:
        """Whether the era ends before the office began (the text predates it)."""
        return self.end is not None and office.start is not None and self.end <= office.start


def day_span(iso: str) -> Era:
    """The era of a dated document: the day, month or year its date gives."""
    parts = [int(p) for p in iso[:10].split("-") if p.isdigit()]
    if len(parts) == 1:
        return Era(f"{parts[0]:04d}-01-01", f"{parts[0] + 1:04d}-01-01")
    if len(parts) == 2:
        year, month = parts[0] + (parts[1] == 12), parts[1] % 12 + 1
        return Era(f"{parts[0]:04d}-{parts[1]:02d}-01", f"{year:04d}-{month:02d}-01")
    day = date(*parts[:3])
    return Era(day.isoformat(), (day + timedelta(days=1)).isoformat())


def meet(spans: list[Era]) -> Era | None:
    """Where all spans meet; None when they do not (or when there are none)."""
    if not spans:
        return None
    starts = [s.start for s in spans if s.start is not None]
    ends = [s.end for s in spans if s.end is not None]
    era = Era(max(starts) if starts else None, min(ends) if ends else None)
    if era.start is not None and era.end is not None and era.start >= era.end:
        return None
    return era


class DocumentEra(ResolverState):
    """The document's era, estimated once every named person has its identity."""

    _era: tuple[Era | None] | None = None

    def era(self) -> Era | None:
        """The span of dates the document can have been written in, or None (no evidence)."""
        if not self.era_ready:
            return None
        if self._era is None:
            offices = self._office_spans()
            years = self._past_years()
            lower = [Era(f"{max(years)}-01-01", None)] if years else []
            dated = [day_span(self.date)] if self.date else []
            found = meet(dated + offices + lower) or meet(dated + offices) or meet(dated)
            self._era = (found,)
        return self._era[0]

    def _entry_of(self, token: Token) -> Entry | None:
        cluster = self.head_cluster.get(token.i)
        if cluster is None or cluster.kind != "person" or not cluster.identity:
            return None
        return self.dictionary.by_identity.get(cluster.identity)

    def _office_spans(self) -> list[Era]:
        spans: list[Era] = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            entry = self._entry_of(ent[-1])
            if entry is None:
                continue
            office = self._titled_office(ent, entry)
            if office is not None:
                spans.append(Era(office.start, office.end))
        for token in self.doc:
            if token.lower_ not in _TERM_WORDS:
                continue
            for child in token.lefts:
                entry = self._entry_of(child) if child.dep_ in ("compound", "poss") else None
                if entry is None:
                    continue
                terms = [
                    o
                    for o in self.dictionary.offices.get(entry.identity, ())
                    if o.title in _HEAD_OFFICES
                ]
                if len(terms) == 1:
                    spans.append(Era(terms[0].start, terms[0].end))
        return spans

    def _titled_office(self, ent: Span, entry: Entry) -> Office | None:
        """The dated office of ``entry`` that the words just before its name give, if any."""
        cluster = self.head_cluster.get(ent[-1].i)
        written = cluster.name if cluster else ""
        name_words = set(key(entry.name).split()) | set(key(written).split())
        first = ent.start
        while first < ent.end - 1 and key(self.doc[first].text) not in name_words:
            first += 1  # a title the recogniser took into the name ("President Obama")
        window = [
            t
            for t in self.doc[max(ent.sent.start, first - _TITLE_WORDS) : first]
            if t.text not in (",", "(", ")")
        ]
        words = [key(t.text) for t in window]
        if any(w in _NOT_THE_HOLDER for w in words):
            return None
        offices = self.dictionary.offices.get(entry.identity, ())
        for size in range(min(len(words), _TITLE_WORDS), 0, -1):
            phrase = " ".join(words[-size:])
            held = [o for o in offices if o.title and office_title(phrase, o.country) == o.title]
            if len(held) == 1:
                return held[0]
        return None

    def _past_years(self) -> list[int]:
        """Years the text speaks of in the past tense, outside quotations."""
        years: list[int] = []
        for token in self.doc:
            if not _YEAR.fullmatch(token.text) or token.ent_type_ != "DATE" or self.quoted[token.i]:
                continue
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.tag_ == "VBD":
                years.append(int(token.text))
        return years
