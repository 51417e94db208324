"""Site furniture a lone page shows by its shape: tool rows, tag lists, headline strips,
sign-offs with the site's headlines after them, and transcript headers.

- ``tool_rows`` (navigation): print, e-mail, font-size and reading-mode controls ("Printer
  Friendly Format", "Email this article", "Adjust font size", "100% Font Size", "2 min
  read", "Read Mode"), window and archive controls ("Close Search Window", "Search in
  archive", "Back to Index"), empty stamp labels ("Published: Updated:"), comment-form prompts
  ("Please enter your comment!") and breadcrumbs ("You are here: Home").
- ``tag_lines`` (navigation): a list of lower-case keywords ("russia-uk relations, uk
  sanctions, diplomatic crisis").
- ``headline_strips`` (related): one paragraph of other stories' headlines joined by
  bullets or bars ("Floods hit the valley • Talks resume in Geneva • ...").
- ``sign_off_tails`` (footer, related): an agency sign-off ("(ST)", "(Wire)", "- With
  inputs from agencies") ends the article; the headline-like lines after it are the site's.
- ``credit_lines`` (footer): staff credits among the last lines, whatever follows them
  ("(Reporting by Jo Roe; Editing by Al Li)", "Jo Roe contributed to this report.",
  "Follow Jo Roe at http://...", "Write to Jo Roe at jo@example.com").
- ``transcript_headers`` (navigation): the header of a broadcast transcript ("Return to
  Transcripts main page", the show's name, its rundown of segments, "Aired ...", "THIS IS A
  RUSH TRANSCRIPT ...", "Transcript:") and stage directions ("(COMMERCIAL BREAK)",
  "(BEGIN VIDEOTAPE)", "[13:31:35]"), which speaker-label rules would otherwise read as
  turns of a speaker called "Transcript" or a network.

A paragraph that reports speech (a quote, a named speaker with a verb of saying) is never
taken, except a stage direction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.creditnames import person_shaped, reporters_named
from cablegram.ingest.metadata import is_title_like
from cablegram.ingest.rulebase import Findings, RuleContext, carries_speech
from cablegram.ingest.text import vocabulary, words
from cablegram.records import RemovedKind

# --- tool rows ---------------------------------------------------------------------------

_TOOL = re.compile(
    r"printer[\s-]*friendly(?:\s+(?:format|version|page))?"
    r"|print(?:\s+this)?\s+(?:article|page|story|version)"
    r"|e-?mail\s+(?:this|to\s+a\s+friend)(?:\s+(?:article|page|story|link))?"
    r"|send\s+to\s+a\s+friend"
    r"|(?:adjust\s+)?(?:font|text)\s+size|\d{2,3}\s*%\s+font\s+size|[aA]\s*[-+]\s*[aA]\s*[-+]?"
    r"|reading\s+mode|read\s+mode|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read"
    r"|listen\s+to\s+(?:this\s+)?(?:article|story)"
    r"|view\s+more(?:\.\.\.|…)?|(?:see|show)\s+more(?:\.\.\.|…)"
    r"|please\s+enter\s+your\s+(?:comment|name|e-?mail(?:\s+address)?)(?:\s+here)?"
    r"|no\s*comments?(?:\s+(?:so\s+far|yet))?"
    r"|you\s+are\s+here\s*:|end\s+of\s+(?:the\s+)?(?:article|story)"
    r"|close\s+(?:the\s+)?(?:search\s+)?window|search\s+(?:in\s+)?(?:the\s+)?archives?"
    r"|back\s+to\s+(?:the\s+)?(?:index|top|list|overview|news|press\s+releases)"
    r"|(?:published|posted|updated|modified)\s*:"
    # "Our Standards: The Thomson Reuters Trust Principles.": a link to the site's policy.
    r"|(?:our|editorial)\s+(?:standards|guidelines|principles|ethics(?:\s+policy)?)\s*:.{0,80}$",
    re.I,
)
# Words a tool row may hold beside its controls.
_TOOL_WORDS = vocabulary(
    """share print email e-mail save bookmark follow comment comments facebook twitter
    whatsapp linkedin telegram reddit copy link home news top latest more view all here
    and or the this article story page"""
)
MAX_TOOL_WORDS = 12
# "HOME > World > Africa": a breadcrumb trail.
_BREADCRUMB = re.compile(r"^home(?:\s*[>›»/]\s*[\w&'’ -]{1,30}){1,4}$", re.I)
_TOOL_SEPARATORS = re.compile(r"[|·•,!:/»›>\-–—]+")


def is_tool_row(line: str) -> bool:
    """A short line of page controls and prompts: at least one control phrase, and nothing
    but UI words, numbers and separators beside them ("Share | Print | Email this article")."""
    if _BREADCRUMB.match(line.strip()):
        return True
    if len(words(line)) > MAX_TOOL_WORDS or not _TOOL.search(line):
        return False
    rest = _TOOL_SEPARATORS.sub(" ", _TOOL.sub(" ", line))
    return all(w.casefold() in _TOOL_WORDS or w.isdigit() for w in words(rest))


def tool_rows(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Print, e-mail, font-size and reading-mode rows, empty labels, breadcrumbs -> navigation."""
    return Findings({i: "navigation" for i, p in enumerate(paragraphs) if is_tool_row(p)})


# --- tag lines ----------------------------------------------------------------------------

MIN_TAGS, MAX_TAG_WORDS = 3, 5


def is_tag_line(line: str) -> bool:
    """Lower-case keywords separated by commas, no sentence: a page's tag list."""
    if re.search(r"[.!?:;\"”]\s*$", line):
        return False
    tags = [t.strip() for t in line.split(",")]
    return (
        len(tags) >= MIN_TAGS
        and all(tags)
        and all(len(words(t)) <= MAX_TAG_WORDS for t in tags)
        and all(w.islower() for t in tags for w in words(t) if w.isalpha())
    )


def tag_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Keyword lists -> navigation."""
    return Findings({i: "navigation" for i, p in enumerate(paragraphs) if is_tag_line(p)})


# --- headline strips ----------------------------------------------------------------------

_STRIP_SEPARATOR = re.compile(r"\s+[•·|▪]\s+")
MIN_STRIP_HEADLINES = 3
MIN_HEADLINE_WORDS = 3


def is_headline_strip(line: str) -> bool:
    """Three or more headlines joined by bullets or bars, none a sentence."""
    parts = [p.strip() for p in _STRIP_SEPARATOR.split(line.strip(" •·|▪")) if p.strip()]
    long_parts = [p for p in parts if len(words(p)) >= MIN_HEADLINE_WORDS]
    return len(long_parts) >= MIN_STRIP_HEADLINES and not any(
        re.search(r"[.!][\"”’)]*$", p) for p in parts
    )


def headline_strips(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A paragraph of other stories' headlines -> related."""
    return Findings(
        {
            i: "related"
            for i, p in enumerate(paragraphs)
            if is_headline_strip(p) and not carries_speech(p)
        }
    )


# --- sign-offs ------------------------------------------------------------------------------

# "(ST)", "(Wire)", "(Colombo Gazette)": an agency's sign-off on a line of its own;
# "- With inputs from agencies", "Additional reporting by Jo Roe", a wire's credit list in
# brackets "(Additional reporting by Jo Roe and Al Li; Writing by Ana Rey; Editing by Bo
# Ek)", and a contributors' line "Associated Press writers Jo Roe in Seoul and Al Li at
# the United Nations contributed to this report." (names may hold initials: "Edith M.").
_CREDIT_LABEL = (
    r"(?:with\s+inputs\s+from|(?:additional\s+)?reporting\s+by|compiled\s+by|writing\s+by"
    r"|editing\s+by|reported\s+by)"
)
# The credit shapes both rules share (case-insensitive: wires print them in capitals too).
_LABEL_CREDIT = r"(?i:[-–—]?\s*" + _CREDIT_LABEL + r"\b[^.!?]{0,80})"
_BRACKET_CREDIT = r"(?i:[-–—]?\s*\(\s*" + _CREDIT_LABEL + r"\b[^()!?]{0,300}\))"
_CONTRIBUTED = (
    r"(?i:(?![^\n]*\b(?:who|which|that|was|were|is|are|has|had|said)\b)"
    r"[^!?\"“”]{0,300}?\bcontributed\s+(?:(?:additional\s+)?reporting\b[^!?\"“”]{0,120}"
    r"|to\s+this\s+(?:report|story|article)\b\.?))"
)
_SIGN_OFF = re.compile(
    r"^(?:\(\s*[A-Z][\w&.'’/ -]{0,40}\)|"
    + "|".join((_LABEL_CREDIT, _BRACKET_CREDIT, _CONTRIBUTED))
    + r")\s*$"
)
MAX_TAIL_HEADLINES = 8


def sign_off_tails(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """The last sign-off line -> footer, and the headline-like lines after it -> related."""
    for i in range(len(paragraphs) - 1, 0, -1):
        if not _SIGN_OFF.match(paragraphs[i]):
            continue
        tail = paragraphs[i + 1 :]
        if len(tail) > MAX_TAIL_HEADLINES or not all(
            is_title_like(p) and not carries_speech(p) for p in tail
        ):
            return Findings()
        removed: dict[int, RemovedKind] = {i: "footer"}
        removed.update(dict.fromkeys(range(i + 1, len(paragraphs)), "related"))
        return Findings(removed)
    return Findings()


# A staff credit on a line of its own, wherever it stands in the article's tail, whatever
# follows it (a publisher's blurb, a share row): the wire's bracketed credit list "(Reporting
# by Jo Roe; Editing by Al Li)", a contributors' line "... contributed to this report.", a
# pointer to a writer's account or address "Follow Jo Roe at http://..." / "Follow Jo Roe on
# Twitter: @jroe" / "Write to Jo Roe at jo.roe@example.com". The agency mark "(LK)" alone is
# not one: only the sign-off rule, at the very end, takes it.
# A name-shaped object: capitalised words (case-sensitive), no verb between them; a
# person's name (:data:`_PERSON`) has two words or more and is no "The ..." body.
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME_MORE = r"\s+(?:" + _NAME_WORD + r"|de|van|von|al|bin|da)"
_NAME = _NAME_WORD + r"(?:" + _NAME_MORE + r")*"
_PERSON = r"(?!The\b)" + _NAME_WORD + r"(?:" + _NAME_MORE + r")+"
# The networks a writer's account is on ("Follow Jo Roe on Twitter").
_NETWORK = r"(?:Twitter|X|Instagram|Threads|Bluesky|Facebook|Mastodon|LinkedIn)"
# An address that follows the name directly: a URL, an e-mail address or an @handle, the
# handle perhaps after the network's name ("on Twitter: @jroe", "on X @jroe").
_ADDRESS = r"(?:https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:" + _NETWORK + r"\s*:?\s*)?@\w+)"
_ACCOUNT = (
    r"(?i:follow|write\s+to|contact|e-?mail)\s+"
    + _NAME
    + r"\s+(?:at|on|via)\s+"
    + _ADDRESS
    + r"(?:\s+and\s+"
    + _NAME
    + r"\s+(?:at|on|via)\s+"
    + _ADDRESS
    + r")*"
)
# "Follow Jo Roe on Twitter", "Follow Jo Roe on Twitter at @jroe", "... on Twitter at:
# http://...", "... on Twitter:": a pointer to a writer's account by the network's name.
_FOLLOW_ON = (
    r"(?i:follow)\s+(?P<name>"
    + _NAME
    + r")\s+on\s+"
    + _NETWORK
    + r"(?:\s*(?:at\s*:?|:)?\s*(?:https?://\S+|[\w.]+\.com/\S+|@\w+))?[.:]?"
)
# A wire's credit list without brackets, its parts joined by stops or semicolons ("Reporting
# by Jo Roe in Juba. Writing by Ana Rey. Editing by Bo Ek.", "Additional reporting by Jo Roe
# in Seoul and Al Li in Tokyo; Writing by Ana Rey; Editing by Bo Ek, Cy Dee and Ed Fu").
# Each label is followed by a capitalised name, never an article or lower-case prose
# ("Reporting by the ministry showed ...; editing by regulators is expected." stays).
_LABELLED_NAME = r"(?i:" + _CREDIT_LABEL + r")\s+(?!(?i:the|an?)\b)[A-Z][^.;!?]{0,160}"
_LABEL_LIST = r"[-–—]?\s*" + _LABELLED_NAME + r"(?:[.;]\s*" + _LABELLED_NAME + r")+\.?"
# A bracketed list whose first part is the reporters' names without a label: "(Jo Roe in
# Bengaluru; Editing by Al Li)".
_BRACKET_NAMES = (
    r"\(\s*" + _NAME + r"(?:\s+(?:in|and)\s+" + _NAME + r")*\s*;\s*"
    r"(?i:" + _CREDIT_LABEL + r")\b[^()!?]{0,200}\)"
)
# "Associated Press writers Jo Roe and Al Li contributed.", "Jo Roe contributed from
# Nairobi.": a contributors' line without "to this report", names only before the verb.
# A person's name here (:data:`_PERSON`) has two words or more and is no "The ..." body
# ("Germany and France contributed." stays); :mod:`creditnames` checks the names.
_NAMES_CONTRIBUTED = (
    r"(?:[_—–-]+\s*)?(?:(?:[A-Z][\w.]*\s+){0,3}(?i:writers?|correspondents?|reporters?)\s+)?"
    + _PERSON
    + r"(?:\s*(?:,|\band\b|\bin\b|\bat\b|\bfrom\b)\s*(?:the\s+)?"
    + _NAME
    + r")*\s+contributed(?:\s+(?:from|in)\s+"
    + _NAME
    + r")?\s*\."
)
# "Jo Roe reported from Juba.", "Jo Roe reported from Juba and Al Li from Nairobi.": a line
# of its own naming where each reporter filed from.
_REPORTED_FROM = (
    _NAME
    + r"\s+reported\s+from\s+"
    + _NAME
    + r"(?:\s*(?:,|\band\b)\s*"
    + _NAME
    + r"\s+(?:reported\s+)?from\s+"
    + _NAME
    + r")*\s*\."
)
_CREDIT_LINE = re.compile(
    r"^(?:"
    + "|".join(
        (
            _BRACKET_CREDIT,
            _BRACKET_NAMES,
            _LABEL_LIST,
            _LABEL_CREDIT,
            _CONTRIBUTED,
            _ACCOUNT,
        )
    )
    + r")\s*$"
)
# "Follow NAME on Twitter" (an address after it or not): a credit only when NAME is a
# reporter's (:func:`cablegram.ingest.creditnames.person_shaped`), not a newsmaker the
# dictionary knows ("Follow Donald Trump on Twitter" points to the story's subject).
_FOLLOW_LINE = re.compile(r"^" + _FOLLOW_ON + r"\s*$")
# Credits by names alone: taken only when the names are reporters' (:mod:`creditnames`).
_NAMED_CREDIT = re.compile(r"^(?:" + _NAMES_CONTRIBUTED + "|" + _REPORTED_FROM + r")\s*$")
# Credits stand among an article's last lines; a page may put a few more lines after them.
CREDIT_ZONE = 8


def credit_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Staff credit lines in the article's tail -> footer, so no reporter or editor named in
    them becomes an actor ("(Reporting by Jo Roe; Editing by Al Li)", "Follow Jo Roe at
    http://...", "Jo Roe contributed to this report.")."""
    start = max(1, len(paragraphs) - CREDIT_ZONE)
    return Findings(
        {
            i: "footer"
            for i in range(start, len(paragraphs))
            if len(words(paragraphs[i])) <= 60 and is_credit(paragraphs[i].strip())
        }
    )


def is_credit(line: str) -> bool:
    """Whether a line is a staff credit: a labelled, bracketed or addressed one, or names with
    "contributed"/"reported from" when the names are reporters' (not "Kuwait and Qatar
    contributed.", :func:`cablegram.ingest.creditnames.reporters_named`); "Follow NAME on
    Twitter" only when NAME is a reporter's, not a newsmaker's ("Follow Donald Trump on
    Twitter" stays)."""
    follow = _FOLLOW_LINE.match(line)
    if follow is not None:
        return person_shaped(follow.group("name"))
    if _CREDIT_LINE.match(line):
        return True
    return bool(_NAMED_CREDIT.match(line)) and reporters_named(line)


# --- transcript headers ---------------------------------------------------------------------

_TRANSCRIPT_MARK = re.compile(
    r"^(?:return\s+to\s+(?:the\s+)?transcripts?\b.{0,40}"
    r"|(?:this\s+is\s+a\s+)?rush\s+transcript\b.*"
    r"|(?:full\s+|partial\s+|unofficial\s+)?transcript\s*(?::.{0,120}|of\s+.{0,120})?"
    r"|aired\s+.{0,40}\d.{0,40})$",
    re.I,
)
# "(COMMERCIAL BREAK)", "(BEGIN VIDEO CLIP)", "(APPLAUSE)", "[13:31:35]"
_STAGE = re.compile(
    r"^(?:\((?:commercial\s+break|break|begin|end|applause|laughter|crosstalk|inaudible|"
    r"music|cheers|booing|video|audio|sound|on\s+camera|voice[\s-]over)[^)]{0,40}\)"
    r"|\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\])$",
    re.I,
)
_TITLE_MARK = re.compile(r"^(?:full\s+|partial\s+)?transcript\s*:\s*[A-Z][^.!?]{0,100}$", re.I)
# A transcript's header stands within its first lines.
TRANSCRIPT_HEAD = 8


def transcript_headers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A broadcast transcript's header lines and stage directions -> navigation.

    The header is everything from the top to the last transcript mark among the first
    lines; a paragraph that reports speech ends it early.
    """
    removed: dict[int, RemovedKind] = {
        i: "navigation" for i, p in enumerate(paragraphs) if _STAGE.match(p.strip())
    }
    marks = [
        i
        for i, p in enumerate(paragraphs[:TRANSCRIPT_HEAD])
        if _TRANSCRIPT_MARK.match(p.strip()) and len(words(p)) <= 40
    ]
    if not marks:
        return Findings(removed)
    # "Full Transcript: Jo Roe and Ana Li" over the text is its title: the title rule takes it.
    first = 1 if len(paragraphs) > 1 and _TITLE_MARK.match(paragraphs[0]) else 0
    for i in range(first, marks[-1] + 1):
        if carries_speech(paragraphs[i]) and i not in marks:
            break
        removed[i] = "navigation"
    return Findings(removed)
