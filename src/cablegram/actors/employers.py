"""The ``employer_body`` country rule: a person whose apposition gives a job at an
organisation of the text that has a country takes that country ("Marc Morial, the chief
executive of the National Urban League,"; "Ted Bown, an expert on trade at the Peterson
Institute"; "Ann Ray, a lawyer with the Legal Aid Society").

The apposition's head must be a job: a title of the dictionary whose sector is not that of
a civilian, refugee, journalist or student ("a protester at the White House", "a student at
Cairo University", "a correspondent for the BBC" say nothing of a home), or one of a few
words of membership and research posts ("fellow", "member", "founder"). The job's "at", "of",
"for" or "with" phrase must name an organisation cluster of the text (not a state, nor an
international body, which has no country) whose country is already known: from the
dictionary or another rule, bodies being given their evidence before persons. A place in the
phrase ("an analyst at a bank in London") is not read here.

Shapes: :func:`employer_body` takes the resolver and a cluster and returns an ISO code or None.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from cablegram.actors.base import Cluster, ResolverState

_JOB_PREPS = frozenset({"at", "of", "for", "with"})
_NOT_A_HOME = frozenset({"CVL", "REF", "MED"})
_NOT_STAFF = frozenset({"student", "students", "graduate", "alumnus", "alumna"})
_POSTS = frozenset({"fellow", "member", "founder", "co-founder", "cofounder", "partner"})


def appositions_after(resolver: ResolverState, cluster: Cluster) -> Iterator[Token]:
    """The apposition heads that follow each of the cluster's mentions ("Kim, **a professor**
    at ...", "the Levada Center, **Moscow's pollster**"), mention by mention."""
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for appos in span.root.children:
            if appos.dep_ == "appos" and appos.i > span.root.i:
                yield appos


def employer_body(resolver: ResolverState, cluster: Cluster) -> str | None:
    """The country of the organisation a person's apposition says they work at, or None."""
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for job in appositions_after(resolver, cluster):
        if _is_job(resolver, job):
            found |= _employers(resolver, job)
    return found.pop() if len(found) == 1 else None


def _is_job(resolver: ResolverState, noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.lower_ in _NOT_STAFF:
        return False
    if noun.lower_ in _POSTS:
        return True
    title = resolver.dictionary.title(noun.lemma_) or resolver.dictionary.title(noun.text)
    return title is not None and title.kind == "person" and title.role not in _NOT_A_HOME


def _employers(resolver: ResolverState, job: Token) -> set[str]:
    countries: set[str] = set()
    for prep in job.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _JOB_PREPS:
            continue
        for pobj in prep.children:
            body = resolver.head_cluster.get(pobj.i) if pobj.dep_ == "pobj" else None
            if body is None or body.kind != "organization" or not body.country:
                continue
            if body.role not in ("IGO", "MED"):
                countries.add(body.country)
    return countries
