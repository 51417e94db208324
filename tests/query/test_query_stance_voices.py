"""An IGO official speaks for the organisation the sentence gives as the office beside the
name (cablegram.query.stance_voices): an apposition after it, office words just before it;
never a former office, never an organisation named across a clause.

Sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cablegram.api as cg
from cablegram.query.stance_voices import campaigning, igo_beside


@pytest.mark.parametrize(
    ("name", "sentence", "igo"),
    [
        ("Ursula von der Leyen",
         "Ursula von der Leyen, the president of the European Commission, spoke.",
         "European Commission"),
        ("Jens Stoltenberg", "NATO chief Jens Stoltenberg spoke.", "NATO"),
        ("Jens Stoltenberg", "Jens Stoltenberg, the former secretary general of NATO, spoke.",
         None),
        ("Jens Stoltenberg", "Former NATO chief Jens Stoltenberg spoke.", None),
        # every spelling of a former office, one pattern for the whole stance query
        ("Jens Stoltenberg", "Ex NATO chief Jens Stoltenberg spoke.", None),
        ("Jens Stoltenberg", "Retired NATO chief Jens Stoltenberg spoke.", None),
        ("Kaja Kallas", "The EU ministers met on Monday, Kaja Kallas said.", None),
        ("Kaja Kallas", "Kaja Kallas, a former prime minister of Estonia, spoke.", None),
        # an organisation near the name, with no office noun touching it
        ("Josep Borrell", "After talks with NATO allies Josep Borrell called for new "
         "sanctions on Iran.", None),
        ("Ursula von der Leyen", "A plan backed by the UN Security Council and Ursula von "
         "der Leyen called for a truce.", None),
        ("Mark Rutte", "Speaking before the NATO summit Mark Rutte, the Dutch prime minister, "
         "said so.", None),
        ("Josep Borrell", "Josep Borrell, speaking of the OSCE mission, said so.", None),
        ("Kaja Kallas", "Ahead of an EU vote Kaja Kallas said so.", None),
        ("Kaja Kallas", "Kaja Kallas, writing of the European Union budget, said so.", None),
        # an office noun touching the name
        ("António Guterres", "UN Secretary-General António Guterres spoke.", "UN"),
        ("Kaja Kallas", "EU foreign policy chief Kaja Kallas spoke.", "EU"),
    ],
)  # fmt: skip
def test_the_office_beside_the_name_gives_the_igo(
    name: str, sentence: str, igo: str | None
) -> None:
    assert igo_beside(name, sentence) == igo


def test_an_igo_officials_claim_counts_for_the_igo(tmp_path: Path) -> None:
    with cg.open(tmp_path / "voices.db") as store:
        store.add(
            "Ursula von der Leyen, the president of the European Commission, called for new "
            "sanctions on Belarus.",
            "2025-05-01",
            title="Belarus",
        )
        result = store.stance("impose new sanctions on Belarus", semantic=False)
    rows = {r.name: r.stance for r in result.actors}
    assert rows.get("European Commission") == "support"
    assert not result.countries  # she speaks for no state


# A candidate for office speaks for a campaign, not for the state (stance_voices.campaigning).
@pytest.mark.parametrize(
    ("name", "text", "running"),
    [
        ("Donald Trump", "Republican front-runner Donald Trump said so.", True),
        ("Bernie Sanders", "Democratic presidential candidate Bernie Sanders spoke.", True),
        ("Marine Le Pen", "Marine Le Pen, the far-right presidential candidate, said so.", True),
        ("Hillary Clinton", "Mrs. Clinton, the Democratic nominee, spoke. Former Secretary "
         "Clinton said so.", True),
        ("Marco Rubio", "Hawkish candidates such as Marco Rubio want more troops.", True),
        ("Donald Trump", "Unions funded ads to combat Trump's candidacy.", True),
        ("Donald Trump", "Unions funded ads against Trump's presidential campaign.", True),
        # a military campaign is no race for office
        ("Vladimir Putin", "Russian leader Vladimir Putin defended Putin's campaign in Syria.",
         False),
        # a serving office titles the name: he runs and holds office
        ("Barack Obama", "The Democratic nominee, President Barack Obama, spoke. Nominee "
         "Obama said so.", False),
        ("Emmanuel Macron", "President Emmanuel Macron spoke in Paris.", False),
        # "candidate" not touching the name
        ("Emmanuel Macron", "Macron said the candidate list was long.", False),
    ],
)  # fmt: skip
def test_campaigning(name: str, text: str, running: bool) -> None:
    assert campaigning(name, text) is running


# Candidacies over, serving titles with a portfolio, and the forms of finding 8 (sentences
# composed for the tests; the claims are of 2016).
@pytest.mark.parametrize(
    ("name", "text", "running"),
    [
        ("Mitt Romney", "Senator Mitt Romney, the 2012 Republican presidential nominee, "
         "said so.", False),
        ("Al Gore", "Al Gore, a former presidential candidate who now chairs a fund, spoke.",
         False),
        ("John Kerry", "Secretary of State John Kerry, the 2004 Democratic presidential "
         "nominee, said so.", False),
        ("Hillary Clinton", "Secretary of State Hillary Clinton, a likely presidential "
         "contender, spoke.", False),
        ("Ted Cruz", "Candidate Ted Cruz said so.", True),
        ("Ted Cruz", "The Republican presidential hopeful, Ted Cruz, said so.", True),
        ("Ted Cruz", "Ted Cruz, the 2016 Republican hopeful, said so.", True),
    ],
)  # fmt: skip
def test_campaigning_now(name: str, text: str, running: bool) -> None:
    assert campaigning(name, text, 2016) is running


def test_a_candidate_takes_no_part_in_the_country_row(tmp_path: Path) -> None:
    with cg.open(tmp_path / "candidates.db") as opened:
        opened.add(
            "Republican front-runner Donald Trump said on Tuesday that the United States "
            "should send ground troops to Syria.",
            "2016-03-08",
            title="Trump on Syria",
        )
        opened.add(
            "President Barack Obama said on Wednesday that the United States will not send "
            "ground troops to Syria.",
            "2016-03-09",
            title="Obama on Syria",
        )
        result = opened.stance("send ground troops to Syria")
    (usa,) = [r for r in result.countries if r.country == "USA"]
    assert usa.stance == "oppose"
    assert all(e.actor.name != "Donald Trump" for e in usa.evidence)
    trump = [r for r in result.actors if r.name == "Donald Trump"]
    assert trump and trump[0].stance == "support"
    # the candidacy is a mark of its own, never written into the title shown
    cited = [e.actor for e in trump[0].evidence]
    assert cited and all(a.candidate and "candidate" not in (a.title or "") for a in cited)
