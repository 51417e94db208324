"""Page furniture that a lone article shows by its own shape, not by recurring across a site.

- ``paywall``: subscription prompts ("Subscribe to continue reading", "Already a
  subscriber? Log in", "Start your free trial");
- ``embed``: embedded social posts, their attribution line ("— Name (@handle) February 21,
  2022") and the post's text right above it, and embed labels ("View this post on
  Instagram", "Skip Twitter post");
- ``navigation``: date stamps ("Posted December 7th, 2012 at 3:35 am");
- ``caption``: photo captions and image credits ("Image source, Reuters", "Image caption,
  ...", "Photo: AFP", "(Photo by X/AFP via Getty Images)"), and a bare name standing as its
  own line above a sentence when the story names that person again (a portrait's caption;
  an author's byline is not named in the story, and the byline rules keep it).

Each is a short line; none of them is ever article prose with a speaker, so a paragraph
that reports speech is kept whatever it holds (except an embedded post's own text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.glue import is_post_time
from cablegram.ingest.metadata import NAME_WORD, looks_like_person
from cablegram.ingest.pagedate import is_date_stamp
from cablegram.ingest.rulebase import (
    Findings,
    RuleContext,
    carries_speech,
    edges,
    is_sentence_like,
)
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

MAX_PAYWALL_WORDS = 30
_PAYWALL = re.compile(
    r"\b(?:subscribe|sign\s+up|register|log\s*in|sign\s+in)\s+(?:now\s+)?(?:for\s+free\s+)?"
    r"(?:to\s+(?:continue|keep\s+reading|finish\s+reading|read\s+(?:the|this|more)|unlock|access)"
    r"|for\s+(?:unlimited|full|digital)\s+access)"
    r"|\balready\s+(?:a\s+)?(?:subscriber|member|registered)\b"
    r"|\bstart\s+(?:your|a)\s+(?:free\s+)?trial\b"
    r"|\bfree\s+trial\b.{0,40}\b(?:subscribe|subscription|cancel\s+anytime)\b"
    r"|\b(?:this|the)\s+(?:article|story|content|piece)\s+is\s+(?:only\s+)?(?:available\s+)?"
    r"(?:for|to)\s+(?:our\s+)?(?:subscribers|members)\b"
    r"|\b(?:subscribers?|members?)[-\s]only\b"
    r"|\byou(?:['’]ve|\s+have)\s+(?:reached|used)\s+(?:your|all)\b.{0,30}\b(?:articles?|limit)\b"
    r"|\b(?:get|unlock)\s+(?:unlimited|full|complete)\s+(?:digital\s+)?access\b"
    r"|\bto\s+continue\s+reading\b"
    r"|^subscribe(?:\s+now)?\s*$"
    r"|\b(?:become|be)\s+a\s+(?:subscriber|member)\s+(?:today|now|to)\b",
    re.I,
)

# "— Jane Roe (@janeroe) February 21, 2022": the attribution line of an embedded post.
_EMBED_ATTRIBUTION = re.compile(
    r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*$"
)
_EMBED_LABEL = re.compile(
    r"^(?:view\s+this\s+post\s+on\s+\w+|a\s+post\s+shared\s+by\b.{0,80}"
    r"|(?:skip|end\s+of)\s+(?:\w+\s+){0,2}(?:post|content|video)(?:\s*,?\s*\d+)?"
    r"|allow\s+\w+\s+content\??|(?:this|the)\s+(?:post|tweet|video)\s+(?:is|was)\s+"
    r"(?:unavailable|deleted|removed)|pic\.twitter\.com/\S+)\s*\.?$",
    re.I,
)
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\S+|https?://t\.co/\S+")
MAX_EMBED_POST_WORDS = 70

_CAPTION = re.compile(
    r"^(?:(?:image|photo|picture|media|video)\s*(?:source|caption|credit)s?\s*[,:]"
    r"|(?:photo(?:graph)?|picture|image|illustration|credit|source)s?\s*:\s*\S.{0,80}$"
    # "Representative image Image Credit: ANI": a stock picture's label and its credit.
    r"|(?:representative|file|archive|stock)\s+(?:image|photo|picture)\b.{0,40}"
    r"\b(?:image|photo|picture)?\s*credits?\s*:\s*[\w .,'/&\-]{1,50}$"
    # "FILE PHOTO: Soldiers stand guard ... REUTERS/Jo Roe/File Photo": a wire archive label.
    r"|(?:file|archive)\s+(?:photo|picture|image)s?\s*:\s*\S"
    r"|\(?(?:photo(?:graph)?|picture|image|file\s+photo)s?\s+(?:by|courtesy\s+of)\s+[^)]{2,80}\)?\s*$"
    r"|[^.!?]{0,60}\b(?:via\s+getty\s+images|/\s*(?:afp|reuters|ap|epa|getty\s+images|"
    r"bloomberg|shutterstock|anadolu)\b)[^.!?]{0,30}$"
    r"|(?:file\s+)?(?:photo|picture|image|video)s?\s*$"
    r"|.{0,300}\S(?:Image|Photo|Picture|Credit)s?:\s*[\w .,'/&\-]{1,50}$"
    r"|.{0,300}\((?:AP|AFP|Reuters|EPA)\s+Photo(?:/[^)]{0,60})?\)\s*$"
    r"|.{0,300}\b(?:REUTERS|AFP|EPA|AP)/[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3}\s*$"
    # "... Zarif  AP Photo/Ebrahim Noroozi": an agency's photo credit ending the line.
    r"|.{0,300}\b(?:AP|AFP|Reuters|EPA|Getty|Xinhua|TASS|Sputnik)\s+(?:Photos?|Images)"
    r"(?:\s*/\s*[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3})?\s*$"
    # "Vladimir-Putin-": an image's file name left where the picture was.
    r"|[^\W\d_]+(?:-[^\W\d_]+)+-\s*$"
    # "... along the Line of Control. — APP/File": an agency's credit after a dash.
    r"|.{0,300}\s[—–-]\s*(?-i:[A-Z]{2,8})/(?:file|photo|(?-i:[A-Z][\w.\-]+))\s*$"
    # "... in Addis Ababa. PHOTO | FILE |", "PHOTO | JO ROE | NATION MEDIA GROUP": a credit
    # label, with the photographer and the agency between bars, ending the line.
    r"|.{0,300}\bPHOTO\s*\|(?:\s*[\w .]{1,40}\|?){0,3}\s*$"
    # ".../Handout via REUTERS", "Jo Roe via AFP": a picture's credit through an agency.
    r"|[^\n]{0,300}(?:\bhandout\b[^\n]{0,20})?\bvia\s+(?-i:REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images)\s*$"
    # "Agents guide migrants to a plane at Fort Bliss, Texas, U.S. January 23, 2025.": the
    # wire caption's place and date with no comma between (Reuters' caption style).
    r"|[^\"“”]{0,300},\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?-i:[A-Z][a-z]{2,8})\.?"
    r"\s+\d{1,2},\s+\d{4}\.?\s*$"
    # "X arrives for a meeting in London, Tuesday, Oct. 25, 2022.": the wire photo caption,
    # whose last words are a weekday and a full date.
    r"|[^\"“”]{0,300},\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+[A-Z][a-z]{2,8}\.?"
    r"\s+\d{1,2},\s+\d{4}\.?\s*$)",
    re.I,
)
MAX_CAPTION_WORDS = 60
# A caption that says it is one: "Image caption, ...", "...the dealImage: AP".
_LABELLED = re.compile(r"^(?:image|media|video)\s|\S(?:Image|Photo|Picture|Credit)s?:\s*\S+", re.I)


def paywall_prompts(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Subscription prompts -> paywall."""
    return Findings(
        {
            i: "paywall"
            for i, p in enumerate(paragraphs)
            if len(words(p)) <= MAX_PAYWALL_WORDS and _PAYWALL.search(p) and not carries_speech(p)
        }
    )


def embedded_posts(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Embedded social posts and embed labels -> embed.

    A post's text is the paragraph just above its attribution line, when it is short or
    holds a post link; it goes with the attribution even when it quotes someone, since a
    post is the poster's words, not the article's.
    """
    removed: dict[int, RemovedKind] = {}
    for i, para in enumerate(paragraphs):
        if _EMBED_LABEL.match(para):
            removed[i] = "embed"
        elif _EMBED_ATTRIBUTION.match(para):
            removed[i] = "embed"
            if i > 0 and i - 1 not in removed:
                above = paragraphs[i - 1]
                if _POST_LINK.search(above) or len(words(above)) <= MAX_EMBED_POST_WORDS:
                    removed[i - 1] = "embed"
    return Findings(removed)


def captions(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Photo captions and image credits -> caption."""
    return Findings(
        {
            i: "caption"
            for i, p in enumerate(paragraphs)
            if len(words(p)) <= MAX_CAPTION_WORDS
            and _CAPTION.match(p)
            and not (carries_speech(p) and not _LABELLED.search(p))
        }
    )


_BARE_NAME = re.compile(rf"{NAME_WORD}(?:\s+(?:{NAME_WORD}|al|bin|de|van|von)){{1,3}}")
# A title in the line makes it a portrait's label ("Russian President Vladimir Putin"): a
# byline never gives its author one.
_TITLED_NAME = re.compile(
    rf"(?:{NAME_WORD}\s+){{0,2}}(?:President|Prime\s+Minister|Minister|Chancellor|Secretary|"
    rf"Senator|Governor|King|Queen|Emir|Pope|Ambassador|Chairman|Chairwoman)"
    rf"(?:\s+(?:{NAME_WORD}|al|bin|de|van|von)){{2,3}}"
)


def name_captions(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A bare person's name on its own line, not the first, right above a sentence, whose
    surname the rest of the story uses again, or that carries a title ("Russian President
    Vladimir Putin") -> caption ("Vladimir Putin" over "The Russian president said ..." in a
    story that later says "Putin")."""
    removed: dict[int, RemovedKind] = {}
    for i in range(1, len(paragraphs) - 1):
        line = paragraphs[i].strip()
        if not is_sentence_like(paragraphs[i + 1]):
            continue
        if _TITLED_NAME.fullmatch(line):
            removed[i] = "caption"
            continue
        if not (_BARE_NAME.fullmatch(line) and looks_like_person(line)):
            continue
        surname = re.escape(line.split()[-1].rstrip("."))
        rest = "\n".join(paragraphs[i + 1 :])
        if re.search(rf"\b{surname}\b", rest):
            removed[i] = "caption"
    return Findings(removed)


def date_stamps(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Lines that only stamp a date and time ("Last updated: ...", "April 24, 2011") near
    the head or the tail, or anywhere in the page header above the story's first sentence,
    and a live blog's post times anywhere ("10.56am BST", "9:05 p.m. ET") -> navigation.
    The cleaner reads the publication date from them
    before they go (see :func:`cablegram.ingest.pagedate.text_byline_date`)."""
    header = next((i for i, p in enumerate(paragraphs) if is_sentence_like(p)), 0)
    zone = sorted(set(edges(paragraphs)) | set(range(header)))
    removed: dict[int, RemovedKind] = {
        i: "navigation" for i in zone if is_date_stamp(paragraphs[i])
    }
    # A live blog's post times stand anywhere: "10.56am BST".
    removed.update({i: "navigation" for i, p in enumerate(paragraphs) if is_post_time(p)})
    return Findings(removed)
