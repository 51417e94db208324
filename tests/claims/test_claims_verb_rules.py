"""The verb frame rules as a registry (:mod:`cablegram.claims.verb_rules`): named, ordered,
one job each; verb_frame asks them in turn."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from cablegram import nlp as nlp_stage
from cablegram.claims import verb_rules
from cablegram.claims.frames import verb_frame
from cablegram.claims.lexicon import claim_words
from cablegram.claims.verb_rules import NO_ACT, VERB_RULES, VerbSite, verb_rule


def _verb(text: str, word: str) -> Token:
    doc = nlp_stage.load()(text)
    return next(t for t in doc if t.text == word)


def test_rules_are_named_and_ordered() -> None:
    names = VERB_RULES.names()
    assert names[:3] == ["preposition", "participle", "becoming"]
    for later in ("linking", "consequence", "attitude", "fear", "light-verb"):
        assert later in names
    assert names.index("linking") < names.index("fear")
    assert verb_rules.OBJECT_RULES.names() == ["standing", "setting"]


def test_a_name_is_registered_once() -> None:
    with pytest.raises(ValueError, match="already registered"):
        verb_rule("linking")(lambda site: None)


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Poland remained opposed to the new pipeline.", "remained", "linking"),
        ("The farmers fear reprisals from the militia.", "fear", "fear"),
        ("Sending troops would destabilise the whole region.", "destabilise", "consequence"),
        ("Chile refused to send troops to the border.", "refused", "attitude"),
    ],
)
def test_each_rule_does_its_one_job(text: str, word: str, rule: str) -> None:
    token = _verb(text, word)
    site = VerbSite(token, None, claim_words())
    assert VERB_RULES.get(rule)(site) == NO_ACT
    assert verb_frame(token) is None


def test_a_verb_no_rule_stops_heads_a_frame() -> None:
    token = _verb("Chile will send troops to the border.", "send")
    site = VerbSite(token, None, claim_words())
    assert all(rule.fn(site) is None for rule in VERB_RULES)
    frame = verb_frame(token)
    assert frame is not None and frame.predicate == "send" and frame.object == "troop"


def test_the_setting_object_rule_hands_over_to_the_act() -> None:
    frame = verb_frame(_verb("Peru signed the terms of the truce on Monday.", "signed"))
    assert frame is not None and frame.object == "truce"
