"""The public contract: extract, extract_many and the JSON dump."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsie
from newsie.records import Document

FRAGMENTS = ["淘宝", "接入", "微信支付", "阿里巴巴", "与", "腾讯", "合作", "，", "。", "有限公司", "董事长", "王立明",
             "京东", "旗下", " ", "\n", "ST", "《王者荣耀》手游", "App", "😀", "拟", "收购", "终止"]


def test_api_extract_returns_document_with_contract_keys(rules_nlp):
    doc = newsie.extract("淘宝接入微信支付", id="x1", nlp=rules_nlp)
    assert isinstance(doc, Document) and doc.id == "x1"
    dumped = doc.model_dump(mode="json")
    assert {"text", "entities", "relations"} <= set(dumped)
    assert dumped["meta"]["newsie_version"] == newsie.__version__


def test_api_empty_text_gives_empty_document(rules_nlp):
    doc = newsie.extract("", nlp=rules_nlp)
    assert doc.text == "" and doc.entities == [] and doc.relations == []


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_api_non_string_raises_type_error(rules_nlp, bad):
    with pytest.raises(TypeError, match="expects a str"):
        newsie.extract(bad, nlp=rules_nlp)


def test_api_extract_many_keeps_order_and_ids(rules_nlp):
    texts = ["淘宝接入微信支付", "", "京东与美团竞争"]
    docs = list(newsie.extract_many(texts, ids=["a", "b", "c"], nlp=rules_nlp))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [d.text for d in docs] == texts


def test_api_extract_many_rejects_non_string(rules_nlp):
    with pytest.raises(TypeError):
        list(newsie.extract_many(["淘宝", 5], nlp=rules_nlp))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=25))
def test_api_offsets_always_cut_entity_text(rules_nlp, parts):
    text = "".join(parts)
    doc = newsie.extract(text, nlp=rules_nlp)
    for entity in doc.entities:
        assert text[entity.start:entity.end] == entity.text
    assert Document.model_validate(doc.model_dump(mode="json")) == doc


def test_api_default_pipeline_loads_once(nlp):
    from newsie.api import default_pipeline

    assert default_pipeline() is nlp
    first = newsie.extract("淘宝接入微信支付")
    assert first.meta["pipeline"][:2] == ["tok2vec", "ner"]
