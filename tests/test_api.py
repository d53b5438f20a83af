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


def test_api_windows_cover_text_and_cut_at_sentence_ends():
    from newsie.api import windows

    text = "".join(f"第{i}句话说星河科技与东临银行合作。" for i in range(400))
    pieces = windows(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(0 < end - start <= 1000 for start, end in pieces)
    assert all(text[end - 1] == "。" for _, end in pieces)
    assert windows("无标点" * 500, 700) == [(0, 700), (700, 1400), (1400, 1500)]


def test_api_long_text_is_read_in_windows_with_the_same_entities(nlp, monkeypatch):
    import newsie.api as api

    sentence = "阿里巴巴与腾讯签署战略合作协议，京东随后宣布接入微信支付。"
    text = sentence * 40
    whole = newsie.extract(text, nlp=nlp)
    monkeypatch.setattr(api, "MAX_WINDOW_CHARS", 300)
    windowed = newsie.extract(text, nlp=nlp)
    assert windowed.text == text
    assert all(text[e.start:e.end] == e.text for e in windowed.entities)
    assert [(e.start, e.end, e.label) for e in windowed.entities] == [(e.start, e.end, e.label) for e in whole.entities]
    assert {(r.label, r.status) for r in windowed.relations} == {(r.label, r.status) for r in whole.relations}
    many = list(newsie.extract_many(["短文。", text, "阿里巴巴宣布降价。"], nlp=nlp))
    assert [(e.start, e.end) for e in many[1].entities] == [(e.start, e.end) for e in windowed.entities]


@pytest.mark.slow
def test_api_extract_many_in_two_processes_matches_one(nlp):
    texts = ["淘宝接入微信支付。", "阿里妈妈与腾讯广告合作。", "远帆集团董事长王立明表示，公司拟收购星辰软件。"]
    one = [d.model_dump(mode="json") for d in newsie.extract_many(texts, nlp=nlp)]
    two = [d.model_dump(mode="json") for d in newsie.extract_many(texts, nlp=nlp, n_process=2, batch_size=1)]
    assert two == one


def test_private_use_characters_in_the_text_are_not_taken_for_entities(nlp):
    doc = newsie.extract("\ue001腾讯与\ue000百度签署合作协议\uf8ff", nlp=nlp)
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    ids = {e.id for e in doc.entities}
    assert all(r.head in ids and r.tail in ids for r in doc.relations)
