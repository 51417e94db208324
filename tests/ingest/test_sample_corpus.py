"""The bundled sample corpus: junk goes, and no sentence of the articles' own text is lost.

The sentences below were checked by hand against the articles: from each body paragraph
the first sentence, a middle one and the last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cablegram.ingest import ingest
from cablegram.ingest.text import fold
from cablegram.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    out: dict[str, Document] = {}
    for item in ingest([str(CORPUS)]):
        assert isinstance(item, Document), item
        out[Path(item.source_path).name[:3]] = item
    assert sorted(out) == ["000", "001", "002", "003", "004"]
    return out


def removed_text(doc: Document, kind: str) -> str:
    return "\n".join(r.text for r in doc.removed if r.kind == kind)


SENTENCES: dict[str, list[str]] = {
    "000": [
        "A key plank — some would say the key plank — of John Kerry’s plan for Iraq is to "
        "“internationalize, because others must share the burden.”",
        "It’s not like I’m thrilled with the Bush administration’s handling of the war, but I’d "
        "like to see Kerry’s response to this Financial Times story:",
        "French and German government officials say they will not significantly increase "
        "military assistance in Iraq even if John Kerry, the Democratic presidential "
        "challenger, is elected on November 2.",
        "Gert Weisskirchen, member of parliament and foreign policy expert for Germany’s ruling "
        "Social Democratic Party, said in an interview.",
        "That view reflects the concerns of many EU and Nato officials, who say the dangers in "
        "Iraq and the difficulty of extricating troops already there could make European "
        "governments reluctant to send personnel, regardless of the outcome of the US election.",
        "If you read the whole article, it’s clear that the European reluctance is based on the "
        "sense that the current security situation in Iraq is deteriorating",
        "it sounds nice, but it ain’t true.",
    ],
    "001": [
        "The Kerry campaign, which pledges to re-energize American diplomacy, does not confuse "
        "this goal with being sweet to foreigners.",
        'chastised French President Jacques Chirac for having "an ego as big as this room,"',
        'As for our other cherished European allies, Biden had this to say: "In the 30 years '
        "I've been a senator,",
        'Maybe, as a future Cabinet official, Biden will lecture us on the irrelevance of "Old '
        'Europe"?',
        "Biden's comments, at a public meeting of the Council on Foreign Relations, also shed "
        "some light on the central tension in Kerry's Iraq position.",
        "Which raises a question for Kerry's aspiring secretary of state: How would allies be "
        "persuaded to come forward?",
        "Biden's answer came in the form of a long anecdote.",
        'Biden retorts: "If you would not act at all, I\'d advise Kerry to leave Iraq."',
        "This would be a fairly risky sort of brinkmanship.",
        "Both statements are true, but logic doesn't necessarily drive action.",
        "It's just about certain that Biden's ultimatum would yield no results in France.",
        '"Never," he said flatly.',
        "Other allies appear scarcely more promising.",
        '"For the 368th time, no, we are not sending any German soldiers to Iraq," a German '
        "Foreign Ministry official told the Associated Press on Friday.",
        "In sum, it seems unlikely that a Kerry administration could persuade allies to "
        "contribute substantially more troops.",
        "If you send Sunnis to attack Sunnis, you can't count on orders being followed.",
        "If neither foreign nor Iraqi troops come to the rescue, a President Kerry might face a "
        "choice:",
        "it would risk creating a dynamic that would lead to a U.S. withdrawal and terrifying "
        "anarchy.",
        "Supporting a presidential candidate is never without risk,",
        "Last week, a Pentagon spokesman insisted, against all evidence, that his department's "
        "policy was not connected -- no, not in any way at all -- to the Abu Ghraib prison "
        "scandal.",
    ],
    "002": [
        "The United States can’t save Iraq. Here’s who can.",
        "As the United States begins to acknowledge the magnitude of its defeat in Iraq, the "
        "conflict looks more than ever like a speed-chess replay of Vietnam.",
        "And once again, we find ourselves looking for a way out that won’t compound the "
        "catastrophe.",
        "As in the final stages of the Vietnam War, we face the question: If we have lost, why "
        "are we still there?",
        "As awful as it is now, Iraq would surely get much, much worse if we yanked our troops.",
        "But if the mission in Iraq has devolved into preventing a bigger bloodbath, America is "
        "the worst possible missionary.",
        "This mismatch suggests a final disaster-mitigation strategy: Replace departing American "
        "troops with a more effective referee.",
        "The obvious objection to this proposal is: Who on earth wants to send troops to Iraq now?",
        "Asking for additional help in Iraq now is likely to provoke not just outright "
        "rejection, but scorn and derision.",
        "Bush deserves all that and more.",
        "And because relations with the United States are still important to nearly every "
        "country, we retain some leverage to encourage cooperation.",
        "Where might troops come from?",
        "Call it the Coalition of the Grudging.",
        "Given the obstacles to action by the Security Council,",
        "This is precisely what needs to happen in Iraq.",
        "There are, of course, enormous obstacles to raising such a force.",
        "an effective military consortium of the world’s democracies—which is what NATO is "
        "evolving toward—is more necessary than ever.",
        "So, where’s Richard Holbrooke when you need him?",
        "Having failed to sensibly internationalize the problem of Iraq on our way in, it may "
        "not be too late to internationalize it on our way out.",
    ],
    "003": [
        "According to Defense Secretary Panetta’s top policy aide, there’s a good chance that US "
        "forces could be heading back into Iraq sometime soon.",
        "The troops would not have a combat role, but would carry out training for Iraqi forces.",
        "It’s bad news that the Iraqis need the help, though hardly a surprise.",
        "Iraq’s government may now be ready and able to work out the kind of agreement it needs.",
        "Again, from AP:",
        "“The secretary believes that the Iraqi people have a genuine opportunity to create a "
        "future of greater security for themselves,",
        "“The United States remains committed to a strong security relationship with Iraq.”",
        "U.S. officials have said they aim to establish broad defense ties to Iraq,",
        "In Tehran, this will be more bad news.",
        "the pressure to come to an agreement on the nuclear program is beginning to add up.",
        "The other place where the news of these talks is bad news: Howard Dean’s “Democratic "
        "wing of the Democratic Party.”",
        "Guantanamo remains open while the US pursues a long term security relationship with "
        "democratic Iraq, preparing an indefinite extension of its military presence.",
    ],
    "004": [
        "If Sen. John Kerry is confirmed as secretary of state, one of the first issues to cross "
        "his desk will be Iran’s nuclear program.",
        "Kerry has discussed the issue before.",
        "In those classified documents, he discussed how he might approach the issue.",
        "The first reference comes from a conversation in February 2005 with French Foreign "
        "Minister Michel Barnier.",
        "Kerry remarked that “his own intention, had he been elected president, was to pursue "
        "front channel and back channel contacts with the Iranian regime.”",
        "Five years later, Kerry got the opportunity to open some of those back channel contacts.",
        "Al-Thani then reportedly offered to be an intermediary.",
        "What would you have me say?” he asked.",
        "Senator Kerry responded, “The U.S. seeks serious discussion",
        "The Chairman told the Amir he feared that Iran still thinks it is dealing with the 1953 "
        "America that tried to overthrow the Iranian government.",
        "The United States recognizes Iran’s ambitions to be a regional player, Kerry told "
        "al-Thani, and wants a dialogue about what sort of power it will be.",
        "Of course, that conversation took place nearly three years ago.",
        "Kerry’s views may have shifted since then, but he’d probably still agree with the "
        "comment he made then to al-Thani: “It is crazy to continue on this collision course.”",
    ],
}


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_no_sentence_of_the_article_is_lost(docs: dict[str, Document], key: str) -> None:
    # Folded, because of two equal copies of a paragraph either may be the one kept.
    text = fold(docs[key].text)
    missing = [s for s in SENTENCES[key] if fold(s) not in text]
    assert not missing


def test_titles(docs: dict[str, Document]) -> None:
    assert docs["000"].title == "What is John Kerry’s Plan B?"
    assert docs["001"].title is None
    assert docs["002"].title == "The Big Idea: NATO to the Rescue"
    assert docs["003"].title == "US Forces Headed Back to Iraq?"
    assert docs["004"].title == "WikiLeaked: The Kerry plan for Iran"


def test_000_keeps_its_lead_once_and_loses_bio_and_teasers(docs: dict[str, Document]) -> None:
    doc = docs["000"]
    assert doc.text.count("A key plank") == 1
    assert doc.text.startswith("A key plank")
    assert doc.text.split("\n\n")[0].endswith("this Financial Times story:")
    assert "French and German government ..." not in doc.text
    assert len([r for r in doc.removed if r.kind == "duplicate"]) == 2
    assert "Drezner" not in doc.text and "@dandrezner" in removed_text(doc, "bio")
    assert doc.authors == ("Daniel W. Drezner",)
    for teaser in ("More from Foreign Policy", "Saudi-Iranian", "Putin", "Beijing"):
        assert teaser not in doc.text
        assert teaser in removed_text(doc, "related")
    assert doc.text.endswith("it ain’t true.")


def test_003_loses_menu_ui_comments_and_footer(docs: dict[str, Document]) -> None:
    doc = docs["003"]
    for junk in ("mead cohen berger", "Features Icon"):
        assert junk not in doc.text and junk in removed_text(doc, "navigation")
    comments = removed_text(doc, "comments")
    for commenter in (
        "show comments",
        "dearieme",
        "Tom Holsinger",
        "Luke Lea",
        "BonneCarrere",
        "Thomas JJ",
        "Iran wants nukes",
    ):
        assert commenter not in doc.text and commenter in comments
    assert "•" not in doc.text and "Larijiani" not in doc.text
    assert "©" not in doc.text and "The American Interest LLC" in removed_text(doc, "footer")
    assert doc.publisher == "The American Interest"
    assert doc.text.endswith("extension of its military presence.")


def test_004_loses_disclaimer_and_byline(docs: dict[str, Document]) -> None:
    doc = docs["004"]
    assert "not responsible for the content" not in doc.text
    assert "The Iran Project" in removed_text(doc, "disclaimer")
    assert "By Foreign Policy" not in doc.text
    assert doc.publisher == "Foreign Policy"
    assert doc.text.endswith("“It is crazy to continue on this collision course.”")


def test_001_and_002_lose_nothing(docs: dict[str, Document]) -> None:
    assert docs["001"].removed == ()
    assert docs["002"].removed == ()
