"""A group named by a noun phrase ends before an "of" that heads a clause: in "accused the
Estonian navy's patrol boats of seizing two trawlers" the group is the boats, not "boats of
seizing two trawlers"; "member of parliament" keeps its "of". Sentences written for the test."""

from __future__ import annotations

import cablegram.api as cg


def test_an_of_clause_is_not_part_of_the_group_name() -> None:
    a = cg.extract(
        "Norway yesterday accused Chilean navy vessels of seizing two trawlers in the fjord.",
        "2021-03-01",
    )
    names = [x.name for x in a.actors]
    assert not any("seizing" in n for n in names), names
    accusations = [e for e in a.events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].target is not None
    assert "seizing" not in accusations[0].target.name


def test_an_of_complement_stays_in_a_title() -> None:
    a = cg.extract("The member of parliament said the vote was rigged.", "2021-03-01")
    assert [s.speaker.text for s in a.statements if s.speaker] == ["The member of parliament"]
