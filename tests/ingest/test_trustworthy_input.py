"""Input an analyst can trust: encodings, the parser's view, page dates, furniture, wraps.

Every input here is written for the test; each case stands for a kind (see issue 9).
"""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.decode import decode_bytes
from cablegram.ingest.htmlpagedate import page_date
from cablegram.ingest.metadata import take_title
from cablegram.ingest.pagedate import line_date
from cablegram.ingest.parserview import parser_view
from cablegram.ingest.text import split_paragraphs
from cablegram.records import Document, RawDocument

LEDE = (
    "The river commission met on Tuesday in the border town to settle the dispute over "
    "water rights that has divided the two provinces for most of the last decade."
)
SECOND = (
    "Farmers on both banks have watched the level of the river fall each summer, and "
    "the provincial governments blame each other for the dams built upstream since then."
)


def clean(text: str, **kwargs: object) -> Document:
    doc = clean_document(RawDocument(source_path="t.txt", text=text, **kwargs))  # type: ignore[arg-type]
    assert isinstance(doc, Document)
    return doc


def kinds(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in doc.removed:
        found.setdefault(item.kind, []).append(item.text)
    return found


# ------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "us-ascii", "ISO_8859-1"])
def test_a_latin1_label_reads_as_windows_1252(label: str) -> None:
    body = "Austria’s minister said “we will not sign” – and left."
    page = f'<html><head><meta charset="{label}"></head><body><p>{body}</p></body></html>'
    assert body in decode_bytes(page.encode("cp1252"))


def test_unlabelled_c1_bytes_keep_their_quotes_and_dashes() -> None:
    text = "Austria’s envoy said “no deal” — twice."
    assert decode_bytes(text.encode("cp1252")) == text


def test_undefined_windows_1252_bytes_are_kept_not_deleted() -> None:
    page = b'<meta charset="latin1"><p>a\x81b \x92 c</p>'
    decoded = decode_bytes(page)
    assert "a\x81b ’ c" in decoded  # WHATWG maps 0x81 to U+0081; nothing is dropped


# ----------------------------------------------------------------------- the parser's view


@pytest.mark.parametrize("mark", ["‘", "ʼ", "´", "`"])
def test_apostrophe_lookalikes_between_letters_read_as_apostrophes(mark: str) -> None:
    text = f"We won{mark}t go, and the ministry{mark}s staff agreed. ‘Quoted’ stays."
    view = parser_view(text)
    assert len(view) == len(text)
    assert "won’t" in view and "ministry’s" in view
    assert "‘Quoted’" in view  # a quote mark before a word is no apostrophe


def test_bracketed_insertions_read_as_the_names_they_complete() -> None:
    text = "[Russian leader Vladimir] Putin met President [Donald] Trump [in Helsinki] on Monday."
    view = parser_view(text)
    assert len(view) == len(text)
    expected = "Russian leader Vladimir Putin met President Donald Trump in Helsinki on Monday."
    assert " ".join(view.split()) == expected
    assert view.index("Putin") == text.index("Putin")


# ------------------------------------------------------------------------------ page dates

CASE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers agree new river treaty</title></head><body>
<div class="top-bar"><span>Updated 5 minutes ago · Tuesday 19 July 2022</span></div>
<main><article><h1>Ministers agree new river treaty</h1>
<p class="byline">By Ana Rojas · 3 March 2022</p>
<p>Peru and Bolivia signed a treaty on Thursday to share the waters of the lake, ending a
dispute that had dragged on for a decade.</p>
<p>"This is a fair deal for both our peoples," the foreign minister told reporters.</p>
</article>
<aside class="most-read"><h2>Most read</h2><ul>
<li><a href="/a">Floods hit northern valleys</a> <span>12 June 2019</span></li>
<li><a href="/b">New year celebrations</a> <span>2 January 2020</span></li></ul></aside>
<section class="comments"><div class="comment"><span>lakeside</span>
<span class="date">18 July 2022</span><p>The commission will be toothless.</p></div></section>
</main></body></html>"""


def test_byline_dates_a_page_without_metadata_never_a_sidebar_comment_or_update() -> None:
    assert page_date(CASE_PAGE) == ("2022-03-03", "byline")
    doc = clean_document(RawDocument(source_path="p.html", html=CASE_PAGE))
    assert isinstance(doc, Document)
    assert (doc.date, doc.date_source) == ("2022-03-03", "byline")
    assert doc.authors == ("Ana Rojas",)


def test_metadata_comes_before_the_byline() -> None:
    page = CASE_PAGE.replace(
        "<title>",
        '<meta property="article:published_time" content="2022-03-02T18:00:00Z"><title>',
    )
    assert page_date(page) == ("2022-03-02", "metadata")


def test_a_page_whose_only_dates_are_furniture_stays_undated() -> None:
    page = CASE_PAGE.replace("By Ana Rojas · 3 March 2022", "By Ana Rojas")
    assert page_date(page) == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ana Rojas · 3 March 2022", "2022-03-03"),
        ("By Li Wei and Sam Ode | March 4, 2021", "2021-03-04"),
        ("Published: 12 May 2019", "2019-05-12"),
        ("First published on Thu 3 Mar 2022 10.05 GMT", "2022-03-03"),
        ("BERLIN, March 15, 2024 (Wire) - Germany recalled its ambassador.", "2024-03-15"),
        ("Updated 5 minutes ago · Tuesday 19 July 2022", None),
        ("By Ana Rojas · Updated 19 July 2022", None),
        ("BERLIN, March 15 (Wire) - Germany recalled its ambassador.", None),
        ("Published 04.11.2019", "2019-11-04"),
        ("Posted: Fri 9th May 2014 | 10:15 AM", "2014-05-09"),
        ("Last updated 12.03.2020 | 08:00", None),
        ("Version 2.10.2019 of the rules", None),
        # Credits and stamps of many sites: a credit before the date, a time before it, an
        # abbreviated month with a period, a kind label without a dash, an air date.
        ("Written by: Lena Berg  Edited by: Tom Ash -- March 04th 2021 10:15 AM", "2021-03-04"),
        ("Published : 8:40 pm  October 3, 2017 | 2 comments", "2017-10-03"),
        ("This story was first published by the Courier on Sept. 9, 2010", "2010-09-09"),
        ("Updated: Dec. 2, 2009 | Published: Dec. 1, 2009", "2009-12-01"),
        ("Published: Dec. 1, 2009 | Updated: Dec. 2, 2009", "2009-12-01"),
        ("Aired March 07, 2016 - 21:00   ET", "2016-03-07"),
        ("11:02 GMT 05.06.2021", "2021-06-05"),
        ("14.02.2012 Opinion", "2012-02-14"),
        ("Lusa, April 3, 2019 Text size", "2019-04-03"),
        ("March 2, 2016 (NAIROBI) – Farmers blocked the road.", "2016-03-02"),
        ("Updated 25 January 2014", None),
        ("Edited 3 May 2020", None),
        ("Tue, Jan 9, 2024", "2024-01-09"),
        ("WNA 14 Mar 2013, 09:10:05 GMT", "2013-03-14"),
        ("This story is from May 3, 2019", "2019-05-03"),
        ("Publish Date: 08:15 - 2 June 2016", "2016-06-02"),
        # A stamp followed by its change: the first date is the publication.
        ("14 May 2023 09:30:00 - Last updated: 15 May 2023 11:02:10", "2023-05-14"),
        ("June 3, 2019 | Updated June 4, 2019", "2019-06-03"),
        # An official release's title line ending with the place and the date it was given.
        ("Remarks by the Trade Minister at the business forum, Lusaka, 3 May 2021", "2021-05-03"),
        ("The minister's interview with regional media, Tbilisi, October 2, 2018", "2018-10-02"),
        ("The minister spoke at the forum in Lusaka, Zambia, on 3 May 2021.", None),
    ],
)
def test_byline_and_dateline_shapes(line: str, expected: str | None) -> None:
    assert line_date(line) == expected


def test_a_top_bar_weekday_date_is_no_credit_line() -> None:
    # Above everything else, "Tue, Jan 9, 2024" is the day's date in a site's bar.
    assert line_date("Tue, Jan 9, 2024", bare=False) is None
    assert line_date("Lusa, April 3, 2019 Text size", bare=False) == "2019-04-03"


def test_a_long_credit_line_dates_the_text_and_leaves_it() -> None:
    credit = (
        "Reported by: River Desk  Edited by: Tom Ash -- March 04th 2021 10:15 AM -- "
        "Updated: March 04th 2021 10:40 AM"
    )
    doc = clean(f"Tue, Mar 16, 2021\n\nRiver talks\n\n{credit}\n\n{LEDE}\n\n{SECOND}")
    assert (doc.date, doc.date_source, doc.title) == ("2021-03-04", "byline", "River talks")
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_plain_text_byline_dates_the_document_and_leaves_the_text() -> None:
    doc = clean(f"Dams and rivers\n\nBy Ana Rojas · 3 March 2022\n\n{LEDE}\n\n{SECOND}")
    assert (doc.date, doc.date_source) == ("2022-03-03", "byline")
    assert "Ana Rojas" not in doc.text
    dated = clean(f"BERLIN, March 15, 2024 (Wire) - {LEDE}\n\n{SECOND}")
    assert (dated.date, dated.date_source) == ("2024-03-15", "byline")
    assert dated.text.startswith("BERLIN, March 15, 2024")  # a dateline is part of the lede


# --------------------------------------------------------------------- furniture in a lone page


def test_paywall_prompts_and_teaser_flag() -> None:
    doc = clean(
        f"{LEDE}\n\nSubscribe to continue reading\n\nAlready a subscriber? Log in\n\n"
        "Start your free trial today"
    )
    assert len(kinds(doc)["paywall"]) == 3
    assert doc.teaser
    full = clean(f"{LEDE}\n\n{SECOND}\n\n{LEDE.replace('Tuesday', 'Monday')}\n\n{SECOND}" * 2)
    assert not full.teaser


def test_embedded_post_and_its_attribution() -> None:
    post = "Our forces will respond to any provocation pic.twitter.com/abc123"
    doc = clean(f"{LEDE}\n\n{post}\n\n— Jane Roe (@janeroe) February 21, 2022\n\n{SECOND}")
    assert kinds(doc)["embed"] == [post, "— Jane Roe (@janeroe) February 21, 2022"]
    assert doc.text == f"{LEDE}\n\n{SECOND}"


@pytest.mark.parametrize(
    "caption",
    [
        "Image source, Reuters",
        "Image caption, Farmers gather on the dry riverbed near the dam",
        "Photo: AFP",
        "(Photo by Jane Roe/AFP via Getty Images)",
        "Farmers at the dam on Monday. REUTERS/Jane Roe",
        "Water Minister Tomas Berg at the dam AP Photo/Jane Roe",
        "Protesters outside the ministry in Riga Xinhua Photos",
        # credits between bars, through an agency, and the wire caption's place and date
        "The minister at a press conference in Riga. PHOTO | JANE ROE | DAILY HERALD",
        "Ministry of Water/Jane Roe/Handout via REUTERS",
        "Farmers gather near the dam at Lake Kariba, Zimbabwe March 3, 2024.",
    ],
)
def test_captions_and_image_credits(caption: str) -> None:
    doc = clean(f"{LEDE}\n\n{caption}\n\n{SECOND}")
    assert kinds(doc).get("caption") == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the figures came via Reuters on Monday and were checked twice.",
        "The treaty was signed in Paris, France, on March 3, 2022, by both ministers.",
        'Water Minister Tomas Berg said, "We met at Lake Kariba, Zimbabwe March 3, 2024."',
    ],
)
def test_body_sentences_that_end_like_credits_stay(sentence: str) -> None:
    doc = clean(f"{LEDE}\n\n{sentence}\n\n{SECOND}")
    assert "caption" not in kinds(doc)


def test_comment_policy_and_bulleted_teasers() -> None:
    teaser = "- Why might the river dry up? Everything you need to know"
    doc = clean(f"{LEDE}\n\n{teaser}\n\n{SECOND}\n\nComments: Our rules")
    assert kinds(doc) == {"related": [teaser], "comments": ["Comments: Our rules"]}
    content = "- The commission will publish water levels every week."
    assert content in clean(f"{LEDE}\n\n{content}\n\n{SECOND}").text


def test_plain_text_comment_blocks_and_everything_after_them() -> None:
    text = (
        f"{LEDE}\n\n3 comments\n\nriverwatcher · Mar 14, 2024\n\n"
        'My cousin says the minister told him "we are ready to fight".\n\n'
        "nile_daily · Mar 14, 2024\n\nThe United States should sanction them.\n\n"
        "tomK · 2 hours ago\n\nSudan will suffer most."
    )
    doc = clean(text)
    assert doc.text == LEDE
    assert len(kinds(doc)["comments"]) == 7


def test_a_run_of_comment_blocks_needs_no_count_line() -> None:
    text = (
        f"{LEDE}\n\nriverwatcher · Mar 14, 2024\n\nThe minister is right.\n\n"
        "nile_daily — 14/03/2024 10:32\n\nThe minister is wrong."
    )
    assert clean(text).text == LEDE


# ------------------------------------------------------------------------ titles and wraps


def test_title_does_not_swallow_a_quoting_lede() -> None:
    lede = "Foreign Secretary David Lammy said: 'We will not recognise the vote'"
    title, used = take_title(["UK rejects vote", lede, SECOND])
    assert (title, used) == ("UK rejects vote", 1)
    doc = clean(f"UK rejects vote\n\n{lede}\n\n{SECOND}")
    assert lede in doc.text


def test_hard_wrapped_wire_copy_without_blank_lines_is_unwrapped() -> None:
    wrapped = (
        "MOSCOW, March 3 (Wire) - The foreign minister said on Tuesday that\n"
        'Moscow would not "accept any deal that ignores our security interests"\n'
        "and warned that the talks with Washington could collapse within weeks.\n"
        '    "We have been patient for a long time, but patience has limits,"\n'
        "the minister told reporters at a briefing, adding that the Kremlin would\n"
        "respond to any new sanctions.\n"
        "    The State Department did not immediately respond to a request for\n"
        "comment on the remarks."
    )
    paragraphs = split_paragraphs(wrapped)
    assert len(paragraphs) == 3
    assert (
        paragraphs[1].startswith('"We have been patient')
        and 'limits," the minister' in paragraphs[1]
    )
    assert all(p in " ".join(wrapped.split()) for p in paragraphs)  # nothing lost, nothing added


def test_stamps_with_a_bar_time_or_a_dotted_date_and_a_kind_label() -> None:
    release = clean(f"Border talks\n\n03.11.2016 - Press release\n\n{LEDE}\n\n{SECOND}")
    assert (release.date, release.date_source) == ("2016-11-03", "byline")
    assert "Press release" not in release.text
    timed = clean(f"River talks\n\nTue 8th March 2022 | 11:05 AM\n\n{LEDE}\n\n{SECOND}")
    assert (timed.date, timed.date_source) == ("2022-03-08", "byline")


def test_a_stamp_with_a_slashed_time_and_the_page_age_dates_the_text() -> None:
    aged = clean(f"Lake talks\n\nMay 4, 2016 / 7:12 AM / 2 years ago\n\n{LEDE}\n\n{SECOND}")
    assert (aged.date, aged.date_source) == ("2016-05-04", "byline")
    assert "years ago" not in aged.text
    updated = clean(f"Lake talks\n\nMay 4, 2016 / 7:12 AM / Updated 9 minutes ago\n\n{LEDE}")
    assert updated.date == "2016-05-04"
    # an age alone dates nothing
    assert clean(f"Lake talks\n\nUpdated 9 minutes ago\n\n{LEDE}\n\n{SECOND}").date is None


def test_an_update_stamp_in_two_zones_leaves_the_text_and_dates_nothing() -> None:
    line = "Last Updated: Friday, 3 May 2019, 09:20 GMT 10:20 UK"
    doc = clean(f"Lake talks\n\n{line}\n\n{LEDE}\n\n{SECOND}")
    assert line not in doc.text and doc.date is None
    dated = clean(f"Lake talks\n\nFriday, 3 May 2019, 09:20 GMT 10:20 BST\n\n{LEDE}")
    assert dated.date == "2019-05-03"
    # below other page furniture, still above the story's first sentence
    header = "Lake News\n\nwatch the news in one minute\n\nWorld\n\n"
    deep = clean(f"{header}{line}\n\nLake talks stall\n\n{LEDE}\n\n{SECOND}")
    assert line not in deep.text


def test_date_stamp_below_the_headline_dates_the_text_and_leaves_it() -> None:
    doc = clean(f"No compromise?\n\nApril 24, 2011\n\n{LEDE}\n\n{SECOND}")
    assert (doc.date, doc.date_source, doc.title) == ("2011-04-24", "byline", "No compromise?")
    assert kinds(doc)["navigation"] == ["April 24, 2011"]
    posted = clean(f"Posted December 7th, 2012 at 3:35 am (UTC-5)\n\n{LEDE}\n\n{SECOND}")
    assert posted.date == "2012-12-07"
    # The day's date in a top bar, or a "Last updated" stamp, is no publication date.
    top = clean(f"Monday, August 2, 2021\n\nRiver talks\n\n{LEDE}\n\n{SECOND}")
    assert (top.date, top.title) == (None, "River talks")
    updated = clean(
        f"Written By: Wire Syndication\n\nLast updated: May 2, 2025 19:49:07 IST\n\n{LEDE}"
    )
    assert updated.date is None and updated.text == LEDE


def test_also_read_list_at_the_end_and_glued_credits() -> None:
    tail = (
        "ALSO READ\n\nOfficials recall envoys ahead of sanctions, reports AP.\n\n"
        "Lap record falls at the Grand Prix"
    )
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{tail}")
    assert doc.text == f"{LEDE}\n\n{SECOND}" and len(kinds(doc)["related"]) == 3
    glued = "Saleh said he would leave only through 'ballot boxes'Image: AP"
    doc = clean(f"{LEDE}\n\nFILE PHOTO\n\n{glued}\n\nLeave a comment\n\n{SECOND}")
    assert kinds(doc) == {"caption": ["FILE PHOTO", glued], "comments": ["Leave a comment"]}


def test_a_list_of_headlines_of_one_length_is_not_unwrapped() -> None:
    block = (
        "Floods hit the northern valleys as rivers burst their banks overnight\n"
        "Ministers agree on a new treaty to share the waters of the great lake\n"
        "Farmers protest outside parliament over the price of diesel and seed\n"
        "Election officials begin counting ballots in the disputed provinces\n"
        "Central bank raises interest rates for the third time in a single year"
    )
    assert split_paragraphs(block) == block.split("\n")


def test_a_follow_prompt_and_the_headlines_after_it_at_the_end() -> None:
    tail = (
        "Stay informed with our latest coverage!\n\nFollow our WhatsApp channel\n\n"
        "Flood barriers reopen on the upper river"
    )
    doc = clean(f"{LEDE}\n\n{SECOND}\n\n{tail}")
    assert doc.text == f"{LEDE}\n\n{SECOND}"
    assert kinds(doc) == {
        "navigation": ["Stay informed with our latest coverage!", "Follow our WhatsApp channel"],
        "related": ["Flood barriers reopen on the upper river"],
    }
    # Article prose after a prompt stays: only headline-shaped lines are the site's.
    prose = "The commission will meet again in May to review the water levels."
    kept = clean(f"{LEDE}\n\nFollow our WhatsApp channel\n\n{prose}")
    assert prose in kept.text
