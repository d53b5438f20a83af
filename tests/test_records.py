import json

import pytest
from pydantic import ValidationError

from newsie.records import Document, Entity, Evidence, Relation


def make_doc() -> Document:
    text = "星川科技与东临银行签署战略合作协议。"
    return Document(
        id="d1",
        text=text,
        entities=[
            Entity(id="e0", text="星川科技", label="COMPANY", start=0, end=4, score=0.9, source="rule", canonical="星川科技"),
            Entity(id="e1", text="东临银行", label="COMPANY", start=5, end=9, score=0.8, source="model", canonical="东临银行"),
        ],
        relations=[
            Relation(id="r0", label="PARTNER", head="e0", tail="e1", status="asserted", score=0.8, trigger="合作",
                     evidence=[Evidence(text=text, start=0, end=len(text))])
        ],
    )


def test_records_json_round_trip_is_lossless():
    doc = make_doc()
    dumped = doc.model_dump(mode="json")
    assert Document.model_validate(dumped) == doc
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    assert set(dumped) >= {"text", "entities", "relations"}
    assert set(dumped["entities"][0]) >= {"id", "text", "label", "start", "end", "score", "source", "canonical"}
    assert set(dumped["relations"][0]) >= {"id", "label", "head", "tail", "status", "score", "trigger", "evidence"}


def test_records_reject_offsets_that_do_not_cut_the_text():
    data = make_doc().model_dump(mode="json")
    data["entities"][0]["start"], data["entities"][0]["end"] = 1, 5
    with pytest.raises(ValidationError, match="text\\[1:5\\]"):
        Document.model_validate(data)


def test_records_reject_relation_to_unknown_entity():
    data = make_doc().model_dump(mode="json")
    data["relations"][0]["tail"] = "e9"
    with pytest.raises(ValidationError, match="not an entity id"):
        Document.model_validate(data)


@pytest.mark.parametrize("field,value", [("label", "PLACE"), ("score", 1.5), ("source", "guess")])
def test_records_reject_bad_entity_values(field, value):
    data = make_doc().model_dump(mode="json")
    data["entities"][0][field] = value
    with pytest.raises(ValidationError):
        Document.model_validate(data)


def test_records_are_frozen():
    with pytest.raises(ValidationError):
        make_doc().entities[0].start = 3


def test_records_graph_merges_mentions_by_canonical():
    graph = make_doc().graph()
    assert {node["id"] for node in graph["nodes"]} == {"星川科技", "东临银行"}
    assert graph["edges"][0]["label"] == "PARTNER"


def test_records_schema_is_json():
    schema = Document.model_json_schema()
    assert json.loads(json.dumps(schema))["title"] == "Document"
