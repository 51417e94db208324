"""Site furniture a lone page shows by its shape (ingest/sitejunk.py), contained copies,
and the records drawn after cleaning: none from removed text.

Every input is written for the test and stands for a kind (see issue 9).
"""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.sitejunk import is_headline_strip, is_tag_line, is_tool_row
from cablegram.pipeline import Annotator
from cablegram.records import Document, RawDocument

LEDE = (
    "The lake commission met on Monday in the border town to settle the long dispute over "
    "fishing rights that has divided the two provinces for most of the last decade."
)
SECOND = (
    "Fishermen on both shores have watched their catches shrink each year, and the two "
    "provincial governments blame each other for the nets and dams that spread since then."
)


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="t.txt", text=text))
    assert isinstance(doc, Document)
    return doc


def kinds(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in doc.removed:
        found.setdefault(item.kind, []).append(item.text)
    return found


@pytest.mark.parametrize(
    "row",
    [
        "Printer Friendly Format",
        "Email this article",
        "Print | Email this story | Share",
        "Adjust font size:",
        "100% Font Size",
        "4 min read",
        "Read Mode",
        "Published: Updated:",
        "Please enter your comment!",
        "No comments so far",
        "You are here: Home",
        "Top News view more...",
        "HOME > World",
        "End of Article",
        "Our Standards: The Lakeside Herald Trust Principles.",
        "Editorial guidelines: how we report",
    ],
)
def test_tool_rows_are_navigation(row: str) -> None:
    assert is_tool_row(row)
    doc = clean(f"{LEDE}\n\n{row}\n\n{SECOND}")
    assert row not in doc.text and doc.text == f"{LEDE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "prose",
    [
        "Print media in the province were told to stop publishing the names.",
        "Read the full statement of the commission",
        "The minister said no comments would be taken.",
    ],
)
def test_prose_with_tool_words_stays(prose: str) -> None:
    assert not is_tool_row(prose)


def test_a_site_name_beside_a_labelled_date_and_a_comment_form() -> None:
    doc = clean(
        f"Lake talks\n\nRIVERNEWS | - Posted: May 3, 2019\n\n{LEDE}\n\n{SECOND}\n\n"
        "Your Comment\n\n* Comment:\n\n* captcha:"
    )
    assert (doc.date, doc.text) == ("2019-05-03", f"{LEDE}\n\n{SECOND}")
    assert kinds(doc)["comments"] == ["Your Comment", "* Comment:", "* captcha:"]


def test_tag_lines_and_headline_strips() -> None:
    tags = "lake disputes, fishing rights, border provinces, regional politics"
    strip = (
        "Floods close the northern pass • Miners strike for a third week • Central bank "
        "holds rates steady • Ferry service resumes after storm"
    )
    assert is_tag_line(tags) and is_headline_strip(strip)
    assert not is_tag_line("Ministers from Chile, Peru, Bolivia and Ecuador will meet.")
    assert not is_headline_strip("Share • Print • Email")  # a menu: navigation's job
    doc = clean(f"{strip}\n\n{LEDE}\n\n{SECOND}\n\n{tags}")
    assert doc.text == f"{LEDE}\n\n{SECOND}"
    assert kinds(doc) == {"related": [strip], "navigation": [tags]}


def test_a_sign_off_ends_the_article_and_the_headlines_after_it_go() -> None:
    tail = "(LK)\n\nFishermen block the harbour road\n\nProvinces agree to share patrol boats"
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{tail}")
    assert doc.text == f"{LEDE}\n\n{SECOND}"
    assert kinds(doc) == {
        "footer": ["(LK)"],
        "related": ["Fishermen block the harbour road", "Provinces agree to share patrol boats"],
    }
    # A sign-off followed by article prose leaves the prose.
    prose = clean(f"{LEDE}\n\n(LK)\n\n{SECOND}")
    assert SECOND in prose.text


def test_transcript_header_and_stage_directions() -> None:
    text = (
        "Return to Transcripts main page\n\nEvening Report\n\n"
        "Lake Talks Collapse; Fishermen Protest; Storm Hits Coast. Aired 8-9p ET\n\n"
        "Aired March 07, 2016 - 20:00   ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\n"
        "(COMMERCIAL BREAK)\n\n"
        "JANE ROE, HOST: Good evening. The lake talks collapsed today.\n\n"
        "[20:01:15]\n\n"
        "TOMAS BERG, MINISTER: We will not sign this deal."
    )
    doc = clean(text)
    assert (doc.date, doc.date_source) == ("2016-03-07", "byline")
    assert doc.text == (
        "JANE ROE, HOST: Good evening. The lake talks collapsed today.\n\n"
        "TOMAS BERG, MINISTER: We will not sign this deal."
    )
    assert len(kinds(doc)["navigation"]) == 7


def test_a_transcript_label_line_is_no_speaker_turn() -> None:
    text = (
        "Transcript: Evening Report\n\nCNN NEWSROOM\n\nTranscript\n\n"
        "JANE ROE, HOST: Good evening.\n\nTOMAS BERG, MINISTER: We will not sign this deal."
    )
    doc = clean(text)
    assert doc.title == "Transcript: Evening Report"
    assert doc.text.startswith("JANE ROE, HOST:")


def test_a_paragraph_inside_a_longer_one_is_a_copy() -> None:
    quote = (
        '"We will not hand our waters to anyone, whatever the commission decides," the '
        "fisheries minister said."
    )
    body = f"{quote} The talks resume in May."
    doc = clean(f"{LEDE}\n\n{body}\n\n{SECOND}\n\n{quote}")
    assert doc.text == f"{LEDE}\n\n{body}\n\n{SECOND}"
    assert kinds(doc) == {"duplicate": [quote]}


def test_a_wire_photo_caption_with_weekday_and_date() -> None:
    caption = (
        "Fisheries Minister Tomas Berg arrives for talks at the lake commission in Riga, "
        "Tuesday, Oct. 25, 2022."
    )
    doc = clean(f"{LEDE}\n\n{caption}\n\n{SECOND}")
    assert kinds(doc) == {"caption": [caption]}
    credit = "Minister Tomas Berg at the harbour in Riga. PHOTO | FILE |"
    assert kinds(clean(f"{LEDE}\n\n{credit}\n\n{SECOND}")) == {"caption": [credit]}


@pytest.mark.parametrize(
    "caption",
    [
        "Latvia summoned the Estonian envoy over the fishing dispute. — LETA/File",
        "Border guards patrol the lake shore near Daugavpils. – BNS/Photo",
        "Tomas-Berg-",
        "fisheries-minister-at-the-harbour-",
    ],
)
def test_a_caption_ending_in_an_agency_credit_after_a_dash(caption: str) -> None:
    assert kinds(clean(f"{LEDE}\n\n{caption}\n\n{SECOND}")) == {"caption": [caption]}


@pytest.mark.parametrize("line", ["Vilnius-Riga", "Austria-Hungary", "Well-known"])
def test_a_hyphenated_name_is_no_file_name(line: str) -> None:
    assert "caption" not in kinds(clean(f"{LEDE}\n\n{line}\n\n{SECOND}"))


def test_a_sentence_about_standards_stays() -> None:
    line = "Our standards are not negotiable, the minister said: we will inspect every boat."
    assert not is_tool_row(line)


def test_a_sentence_with_a_slash_after_a_dash_stays() -> None:
    line = "The ministers agreed on quotas — and/or a joint patrol — said Berg."
    assert "caption" not in kinds(clean(f"{LEDE}\n\n{line}\n\n{SECOND}"))


@pytest.mark.parametrize(
    "teaser",
    [
        "Also Read: Floods close the northern pass",
        "READ: Provinces agree to share patrol boats",
        "FEATURED: Why the lake is shrinking",
    ],
)
def test_labelled_teaser_links(teaser: str) -> None:
    assert kinds(clean(f"{LEDE}\n\n{teaser}\n\n{SECOND}")) == {"related": [teaser]}


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator.load()


def test_no_statement_or_event_from_removed_text(annotator: Annotator) -> None:
    strip = (
        "Rebels attack army post in the north • Minister says talks will resume • "
        "Government accuses neighbour of blockade"
    )
    text = (
        f"{strip}\n\nYou are here: Home\n\n"
        '"We will not accept a deal that empties our waters," Fisheries Minister Tomas '
        "Berg said on Monday.\n\n"
        "Subscribe to continue reading\n\n"
        "Image caption, Protesters say the army attacked the harbour\n\n"
        "(LK)\n\nArmy attacks rebel camp near the border\n\nUS sanctions three ministers"
    )
    doc = clean_document(RawDocument("r.txt", text=text), user_date="2023-03-10")
    assert isinstance(doc, Document)
    result = next(iter(annotator.annotate([doc])))
    removed = " ".join(r.text for r in doc.removed)
    assert "sanctions three ministers" in removed and "attacked the harbour" in removed
    assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Tomas Berg"]
    for record in (*result.statements, *result.events):
        assert record.sentence in doc.text
    assert not any(e.event_type in ("ASSAULT", "SANCTION", "ACCUSE") for e in result.events)


BLURB = (
    "The Lakeside Herald brings readers breaking news and analysis from around the region "
    "every day, in six languages, on every platform we publish."
)


@pytest.mark.parametrize(
    "credit",
    [
        " (Reporting by Jo Roe; Editing by Al Li and Ed Ek)",
        "(Writing by Ana Rey.; Editing by Bo Ek)",
        "Herald writers Jo Roe, Al Li and Ed Ek contributed to this report.",
        "Follow Jo Roe at http://example.org/joroe and Al Li at http://example.org/alli",
        "Write to Jo Roe at jo.roe@example.org",
        "Follow Jo Roe on Twitter: @jroe",
        "FOLLOW Ana Rey via @anarey",
        # Forms of the wires' sign-offs beyond the bracketed list (issue 12, trial 11 kind).
        "Additional reporting by Jo Roe in Vell and Al Li in Dostra; Writing by Ana Rey; "
        "Editing by Bo Ek, Cy Dee and Ed Fu",
        "Reporting by Jo Roe in Vell. Writing by Ana Rey. Editing by Bo Ek.",
        "Compiled by Ana Rey for the Lakeside Herald",
        "(Jo Roe in Vell; Editing by Al Li)",
        "Associated Press writers Jo Roe and Al Li contributed.",
        "Herald correspondent Jo Roe in Vell contributed.",
        "Jo Roe contributed from Vell.",
        "Jo Roe reported from Vell and Al Li from Dostra.",
        "Follow Jo Roe on Twitter",
        "Follow Jo Roe on Twitter at @jroe",
    ],
)
def test_a_staff_credit_goes_whatever_follows_it(credit: str) -> None:
    """Kind: reporters and editors of a sign-off are no article text, even when the page puts
    a publisher's blurb or a share row after them (the sign-off rule alone left them)."""
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{credit}\n\n___\n\n{BLURB}")
    assert credit.strip() not in doc.text
    found = kinds(doc)
    removed = [t for kind in ("footer", "bio", "navigation") for t in found.get(kind, [])]
    assert credit.strip() in removed
    assert LEDE in doc.text and SECOND in doc.text


@pytest.mark.parametrize(
    "prose",
    [
        "Jo Roe, who contributed to this report, was later detained by the police.",
        "Follow the money, the inspector told the commission at its last hearing on Monday.",
        "Reporting by the Herald found that the nets had been cut before the dams were built.",
        "Contact between the two leaders via Twitter has been rare since the border war.",
        "Follow the talks, Mitsotakis said on Twitter, because the deal matters to everyone.",
        "Contact Ministry officials on Monday said the border would stay closed at night.",
        "Email from Jo Roe at the ministry reached the committee on Monday, officials said.",
        "Dostrana and Arvelia contributed.",
        "The rebels reported from Vell.",
        "Ana Rey reported from Vell that the talks had failed on Monday.",
        "Writing by hand, the prisoners told the court what the guards had done to them.",
    ],
)
def test_prose_like_a_credit_stays(prose: str) -> None:
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{prose}\n\n{BLURB}")
    assert prose in doc.text
