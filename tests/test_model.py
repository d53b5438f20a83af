"""The packaged pipeline: loads offline, finds entities in sentences we write, saves and reloads."""

import pytest

import newsie
from newsie.pipeline import packaged_model_path

SENTENCES = [
    ("星川科技与东临银行签署战略合作协议。", {("星川科技", "COMPANY"), ("东临银行", "COMPANY")}),
    ("青禾智能创始人兼CEO林晓峰表示，公司将继续加大研发投入。", {("青禾智能", "COMPANY"), ("林晓峰", "PERSON")}),
    ("用户可以通过支付宝小程序预约上门回收服务。", {("支付宝小程序", "PRODUCT")}),
    ("国家市场监督管理总局对该平台处以罚款。", {("国家市场监督管理总局", "GOV")}),
]


def test_model_is_packaged_and_loads_offline(nlp):
    assert (packaged_model_path() / "config.cfg").exists()
    assert nlp.pipe_names[:2] == ["tok2vec", "ner"]
    assert "newsie_relation_model" in nlp.pipe_names
    assert nlp.get_pipe("newsie_relation_model").trained


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_model_finds_entities_in_new_sentences(nlp, text, expected):
    found = {(e.text, e.label.value) for e in newsie.extract(text, nlp=nlp).entities}
    assert expected <= found


def test_model_entities_come_from_the_model_too(nlp):
    doc = newsie.extract("青禾智能创始人兼CEO林晓峰表示，星川灵犀将接入云杉支付。", nlp=nlp)
    assert "model" in {e.source.value for e in doc.entities}


@pytest.mark.slow
def test_model_pipeline_round_trips_through_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    other = newsie.load(tmp_path / "pipeline")
    text = "阿里巴巴旗下的淘宝接入微信支付，远帆集团董事长王立明出席。"
    assert newsie.extract(text, nlp=other).model_dump() == newsie.extract(text, nlp=nlp).model_dump()
