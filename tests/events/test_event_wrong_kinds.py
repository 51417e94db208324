"""Kinds of wrong events found by reading coded events on fresh full-length articles, each
with sentences written for the test: captions, the terms of a plan, acts someone was kept
from, possible acts spelled out, claims, wrongs warned against, generic doers, the doer of
an act punished, venues and themes as targets, demands made of no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.actors.resolve import DocumentActors
from cablegram.events import code_events
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Annotation, Document, Event, Removed, document_id

CodeFn = Callable[..., list[Event]]


def _kinds(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.source.name if e.source else None, e.target.name if e.target else None)
        for e in events
    ]


# -- captions: what a picture shows is no event of the story ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police detain migrants at the port of Alexandria on Tuesday. "
        "PHOTO | JANE ROE | NATION MEDIA GROUP",
        "Israeli soldiers detain a Palestinian man in Hebron on Friday | Jane Roe/Reuters",
        "Turkish troops attack a village near Afrin. Photograph: Jane Roe/The New York Times",
        "Iranian guards seize a tanker in the Gulf (AP Photo/Jane Roe)",
        "The Bundeswehr handout shows German soldiers training Lithuanian troops near Rukla.",
        "Chinese vessels block a Philippine boat in this handout photo released on May 6.",
    ],
)
def test_caption_codes_nothing(code: CodeFn, text: str) -> None:
    assert code(text) == []


def test_credit_in_the_next_paragraph_leaves_the_story_alone(code: CodeFn) -> None:
    text = "Russia expelled two Estonian diplomats on Monday.\n\nPHOTO | JANE ROE | AFP"
    assert [e.event_type for e in code(text)] == ["SANCTION"]


def _with_removed_credit(events_nlp: Language, text: str) -> list[Event]:
    """Code ``text`` as a document from which cleaning removed a photo credit."""
    parsed = events_nlp(text)
    document = Document(
        doc_id=document_id(text),
        source_path="t.txt",
        text=text,
        removed=(Removed("caption", "Photo credit: Jane Roe | Daily Paper"),),
    )
    actors = DocumentActors(parsed, load_dictionary(), document.doc_id)
    return code_events(parsed, document, actors.lookup)


def test_present_tense_paragraph_beside_a_removed_credit_is_a_caption(
    events_nlp: Language,
) -> None:
    text = (
        "Egyptian police arrested dozens of protesters in Cairo on Tuesday.\n\n"
        "Egyptian protesters march against new taxes in the capital.\n\n"
        "Police later released them."
    )
    events = _with_removed_credit(events_nlp, text)
    assert events and all("march against" not in e.sentence for e in events)


def test_present_tense_paragraph_without_removed_credit_stays(code: CodeFn) -> None:
    text = "Egyptian protesters march against new taxes in the capital.\n\nPolice watched them."
    assert "PROTEST" in [e.event_type for e in code(text)]


# -- the terms of a plan, acts kept from, possible acts spelled out ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The proposed deal includes a ceasefire and a complete Russian withdrawal from Georgia.",
        "The draft resolution envisages the release of all prisoners held by Sudan.",
        "A plan that includes the deployment of Turkish troops to Libya was discussed.",
    ],
)
def test_terms_of_a_plan_are_no_acts(code: CodeFn, text: str) -> None:
    assert [e.event_type for e in code(text) if e.event_type in ("RETREAT", "MOBILIZE")] == []


def test_an_act_done_stays(code: CodeFn) -> None:
    assert [e.event_type for e in code("Russia completed its withdrawal from Georgia.")] == [
        "RETREAT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese ships blocked the boats from delivering food to the Philippine troops.",
        "Egypt prevented Sudan from sending troops to Libya.",
    ],
)
def test_an_act_kept_from_did_not_happen(code: CodeFn, text: str) -> None:
    assert all(e.event_type not in ("AID", "MOBILIZE") for e in code(text))


def test_what_a_possible_act_would_do_is_possible(code: CodeFn) -> None:
    text = "France may trigger the mechanism next month, reinstating sanctions on Iran."
    assert all(e.event_type != "SANCTION" for e in code(text))


def test_a_claimed_act_is_told_on_the_doers_word(code: CodeFn) -> None:
    events = code("The Sudanese army claimed to have attacked rebel positions near Kenya.")
    assert [e.modality for e in events] == ["reported"]


# -- a wrong warned against is a threat ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela will not allow Colombia to violate its sovereignty, the minister said.",
        "Turkey said it would never allow Greece to attack its ships.",
    ],
)
def test_refusing_to_let_a_wrong_happen_is_a_warning(code: CodeFn, text: str) -> None:
    assert [e.event_type for e in code(text)] == ["THREATEN"]


def test_refusing_to_let_an_ordinary_act_is_a_rejection(resolved: CodeFn) -> None:
    text = "Syria said it will not allow UN inspectors to visit the site."
    assert [e.event_type for e in resolved(text)] == ["REJECT"]


# -- what such doers do is no event ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fight because they are told to.",
        "Governments impose sanctions when diplomacy fails.",
        "Protesters block roads whenever prices rise.",
    ],
)
def test_bare_plural_in_the_present_is_generic(code: CodeFn, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops fight for every village near Kharkiv.",
        "Protesters blocked roads in Nairobi on Tuesday.",
    ],
)
def test_named_or_past_doers_stay(resolved: CodeFn, text: str) -> None:
    assert resolved(text) != []


def test_planned_protest_is_no_threat(code: CodeFn) -> None:
    events = code("Kenyan students who planned to march on parliament were stopped.")
    assert all(e.event_type != "THREATEN" for e in events)


# -- arguments -----------------------------------------------------------------------------


def test_the_one_punished_did_the_act(code: CodeFn) -> None:
    events = code("Russia retaliated against Canada for expelling 23 Russian diplomats.")
    expelled = [e.source.name if e.source else None for e in events if e.trigger == "expelling"]
    assert expelled == ["CAN"]


def test_a_venue_is_no_target(code: CodeFn) -> None:
    events = code("Students from Nepal were protesting at the Indian embassy in Kathmandu.")
    assert all(e.target is None or e.target.name != "NPL" for e in events)


def test_what_is_moved_is_no_target(resolved: CodeFn) -> None:
    events = resolved("Colombia ordered the mobilization of security forces along the border.")
    assert [(e.event_type, e.target) for e in events] == [("MOBILIZE", None)]


def test_a_passive_wish_asks_nothing_of_its_subject(code: CodeFn) -> None:
    events = code("The Spanish minister said Moroccans should be allowed to work in Spain.")
    assert all(e.event_type != "REQUEST" for e in events)


# -- second reading: claims in that-clauses, ultimatums, dangers, deployed things ----------


def test_an_act_claimed_in_a_statement_is_reported(code: CodeFn) -> None:
    text = (
        "The Sudanese army claimed in a statement that its forces had advanced, "
        "capturing several positions held by Chad."
    )
    assert {e.modality for e in code(text)} == {"reported"}


def test_an_ultimatum_is_a_threat_made(code: CodeFn) -> None:
    events = code("Iraq is threatening strikes on Kuwait unless it pays the debt.")
    assert [(e.event_type, e.modality) for e in events] == [("THREATEN", "asserted")]


def test_a_danger_to_peace_is_no_threat(code: CodeFn) -> None:
    text = "Japan said the Chinese drills directly threatened regional peace and stability."
    assert all(e.event_type != "THREATEN" for e in code(text))


def test_a_threat_against_someone_stays(code: CodeFn) -> None:
    assert [e.event_type for e in code("Iran threatened Kuwait on Monday.")] == ["THREATEN"]


def test_what_is_deployed_is_no_target(resolved: CodeFn) -> None:
    events = resolved("The Turkish president mobilized warships and jets near Cyprus.")
    assert [e.event_type for e in events] == ["MOBILIZE"]
    assert all(e.target is None or e.target.country == "CYP" for e in events)


def test_a_pledge_to_cooperate_is_an_agreement(code: CodeFn) -> None:
    text = "Egypt and Qatar pledged to remain in close cooperation over the coming days."
    assert {e.event_type for e in code(text)} == {"AGREE"}


def test_a_question_told_with_a_modal_is_no_act(code: CodeFn) -> None:
    text = "Sudan asked Egypt for maps showing how its forces would withdraw from Halaib."
    assert all(e.event_type not in ("RETREAT", "AGREE") for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN was set to reimpose sanctions on Iran.",
        "Japan was to impose sanctions on Iran.",
    ],
)
def test_an_act_arranged_in_the_past_is_not_asserted(code: CodeFn, text: str) -> None:
    assert all(e.modality != "asserted" for e in code(text))


# -- third reading: outlets credited, forces offered, votes, a government's own forces ---------


def test_an_outlet_credited_with_a_statement_does_not_act(
    annotate: Callable[[str], Annotation],
) -> None:
    text = (
        "Meanwhile in Seoul, the South Korean government also denounced North Korea, saying "
        'that "we strongly condemn the North\'s yet another provocation," according to '
        "Yonhap News Agency."
    )
    events = annotate(text).events
    assert events and all(e.source is None or e.source.role != "MED" for e in events)


def test_forces_offered_are_an_offer(code: CodeFn) -> None:
    events = code("Chile and Brazil have offered to send officers for the force.")
    assert {e.event_type for e in events} == {"AGREE"}
    assert all(e.target is None for e in events)


def test_a_force_voted_is_still_to_be_sent(code: CodeFn) -> None:
    events = code("The NATO council voted to send a force to Kuwait.")
    assert [(e.event_type, e.modality) for e in events] == [("MOBILIZE", "future")]


def test_a_government_does_not_demand_of_its_own_forces(resolved: CodeFn) -> None:
    text = "Kenya's defence minister said Kenyan troops should be in Haiti by the end of May."
    assert all(e.event_type != "REQUEST" for e in resolved(text))


def test_rebels_demanding_of_their_president_stay_a_request(resolved: CodeFn) -> None:
    text = "Rwandan rebels said President Kagame must agree to constitutional changes."
    assert "REQUEST" in [e.event_type for e in resolved(text)]


# -- from PolNeAR dev reading: words are no blows, demands of no one, retaliation vowed -----


@pytest.mark.parametrize(
    "text",
    [
        "Iran attacked Kuwait in a speech on Monday.",
        "Iran publicly attacked Kuwait over the oil field.",
    ],
)
def test_an_attack_in_words_is_an_accusation(code: CodeFn, text: str) -> None:
    assert [e.event_type for e in code(text)] == ["ACCUSE"]


def test_an_attack_in_the_morning_stays_an_assault(code: CodeFn) -> None:
    assert [e.event_type for e in code("Iran attacked Kuwait in the morning.")] == ["ASSAULT"]


def test_what_a_subject_should_not_undergo_is_no_demand_of_it(code: CodeFn) -> None:
    text = "The Spanish minister said Moroccan workers shouldn't lose their right to work."
    assert all(e.event_type != "REQUEST" for e in code(text))


def test_ought_to_is_a_demand_not_the_act(code: CodeFn) -> None:
    text = "The French minister said Iran ought to pull its forces back."
    assert [e.event_type for e in code(text)] == ["REQUEST"]


def test_a_vow_to_respond_to_any_action_is_a_threat(code: CodeFn) -> None:
    text = "Pakistan vowed to respond to any Indian action."
    assert [e.event_type for e in code(text)] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran also claimed Iraq had helped the rebels, but offered no proof.",
        "In defending himself, the Iranian minister offered insights into his approach.",
    ],
)
def test_words_given_to_no_one_are_no_cooperation(code: CodeFn, text: str) -> None:
    assert all(e.event_type not in ("COOPERATE", "AID", "AGREE") for e in code(text))


def test_evidence_shared_with_someone_is_cooperation(code: CodeFn) -> None:
    text = "Egyptian officials have shared evidence with Sudan about the smuggling routes."
    assert "COOPERATE" in [e.event_type for e in code(text)]


def test_a_plan_to_join_a_protest_is_no_threat(code: CodeFn) -> None:
    events = code("The French leader said she plans to join her supporters at the protest.")
    assert all(e.event_type != "THREATEN" for e in events)


# -- fourth reading: accusations spelled out, an accord's asking, landscapes ---------------


def test_what_an_accusation_spells_out_is_no_act_of_the_accuser(code: CodeFn) -> None:
    text = (
        "Iran justified its attack, accusing Iraq of ceasefire violations by "
        "targeting civilians and conducting airstrikes across Iran."
    )
    assert [e.event_type for e in code(text)] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks stalled over the agreement, brokered by Egypt and Qatar, which calls for a "
        "two-month ceasefire.",
        "The resolution, drafted by France, calls for an immediate ceasefire.",
    ],
)
def test_an_accord_asking_is_no_request(code: CodeFn, text: str) -> None:
    assert all(e.event_type != "REQUEST" for e in code(text))


def test_a_state_calling_for_calm_stays_a_request(code: CodeFn) -> None:
    assert [e.event_type for e in code("Egypt called for calm in Gaza.")] == ["REQUEST"]


def test_borders_that_meet_hold_no_meeting(code: CodeFn) -> None:
    text = "The shells landed where the borders of Lebanon, Syria and Israel meet."
    assert all(e.event_type != "CONSULT" for e in code(text))


def test_a_vow_to_respond_to_any_breach_is_a_threat(code: CodeFn) -> None:
    text = "The Israeli military vowed to respond forcefully to any breaches by Lebanon."
    assert "THREATEN" in [e.event_type for e in code(text)]
