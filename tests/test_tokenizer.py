import pickle

import spacy

from newsie.tokenizer import ChineseTokenizer


def blank():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "newsie.ChineseTokenizer.v1"}}})


def test_tokenizer_makes_character_tokens_with_word_features():
    nlp = blank()
    doc = nlp("阿里巴巴与腾讯合作")
    assert isinstance(nlp.tokenizer, ChineseTokenizer)
    assert doc.text == "阿里巴巴与腾讯合作"
    assert [t.text for t in doc] == list("阿里巴巴与腾讯合作")
    assert [t.tag_.split("-")[0] for t in doc[:4]] == ["B", "M", "M", "E"]
    assert doc[0].tag_ == "B-COMPANY"  # lexicon names are user words tagged with their label
    assert doc[0].lemma_ == "阿里巴巴"
    assert doc[0].norm_ == "阿里"


def test_tokenizer_round_trips_user_words(tmp_path):
    nlp = blank()
    nlp.tokenizer.add_words([("星川灵犀", "PRODUCT", 5000)])
    nlp.tokenizer.to_disk(tmp_path / "tok")
    other = blank()
    other.tokenizer.from_disk(tmp_path / "tok")
    assert other("星川灵犀发布")[0].tag_ == "B-PRODUCT"
    assert other.tokenizer.to_bytes() == nlp.tokenizer.to_bytes()


def test_tokenizer_pipeline_pickles():
    nlp = blank()
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy("京东订单").text == "京东订单"


def test_tokenizer_handles_whitespace_and_empty_text():
    nlp = blank()
    assert len(nlp("")) == 0
    doc = nlp(" 淘宝\n\t京东 ")
    assert doc.text == " 淘宝\n\t京东 "
