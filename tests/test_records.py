from cablegram.records import Actor, Document, Event, Removed, Statement, document_id


def test_document_round_trip_keeps_contract_fields() -> None:
    doc = Document(
        doc_id=document_id("Body."),
        source_path="a.txt",
        text="Body.",
        title="T",
        authors=("A B",),
        removed=(Removed("footer", "(c) X"),),
    )
    data = doc.to_json()
    assert data["record"] == "document"
    assert data["authors"] == ["A B"]
    assert data["removed"] == [{"kind": "footer", "text": "(c) X"}]
    assert Document.from_json(data) == doc


def test_same_text_same_id() -> None:
    assert document_id("x y") == document_id("x y")
    assert document_id("x y") != document_id("x  y")


def test_statement_and_event_round_trip() -> None:
    speaker = Actor(name="Michel Barnier", kind="person", text="Barnier", country="FRA", role="GOV")
    st = Statement("d", "s1", "direct", "Never", 10, 15, '"Never," he said.', speaker, "said")
    assert st.to_json()["record"] == "statement"
    assert Statement.from_json(st.to_json()) == st
    ev = Event("d", "e1", "REJECT", "send", "s", 0, 4, source=speaker, negated=True)
    assert Event.from_json(ev.to_json()) == ev
