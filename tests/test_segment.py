import pickle

import pytest

from newsie.errors import ModelNotFoundError, UserDictError
from newsie.segment import JiebaSegmenter, PkusegSegmenter, read_user_dict
from newsie.segment.base import words_from_pieces

TEXTS = ["淘宝接入微信支付", "阿里妈妈与腾讯广告合作。\n第二行\t制表", "  空格　全角 emoji😀 \u200b零宽", "", "A股ST星河"]


@pytest.fixture(scope="module")
def jieba_segmenter():
    return JiebaSegmenter()


@pytest.mark.parametrize("text", TEXTS)
def test_segment_jieba_words_cover_text(jieba_segmenter, text):
    words = jieba_segmenter.segment(text)
    assert "".join(w.text for w in words) == text
    for word in words:
        assert text[word.start:word.end] == word.text


def test_segment_user_words_stay_in_their_instance():
    with_word = JiebaSegmenter(user_words=[("星川灵犀", "PRODUCT", 5000)])
    without = JiebaSegmenter()
    assert any(w.text == "星川灵犀" and w.pos == "PRODUCT" for w in with_word.segment("星川灵犀发布"))
    assert not any(w.text == "星川灵犀" for w in without.segment("星川灵犀发布"))


def test_segment_jieba_pickles_with_user_words():
    segmenter = JiebaSegmenter(user_words=["星川灵犀"])
    copy = pickle.loads(pickle.dumps(segmenter))
    assert [w.text for w in copy.segment("星川灵犀发布")][0] == "星川灵犀"


def test_segment_user_dict_parses_and_names_bad_lines(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("# comment\n星川科技 100 COMPANY\n灵犀助手 PRODUCT\n远帆\n", encoding="utf-8")
    entries = read_user_dict(good)
    assert [(e.word, e.freq, e.pos) for e in entries] == [("星川科技", 100, "COMPANY"), ("灵犀助手", None, "PRODUCT"), ("远帆", None, None)]
    bad = tmp_path / "bad.txt"
    bad.write_text("星川科技 1 2 3 4\n", encoding="utf-8")
    with pytest.raises(UserDictError, match="bad.txt:1"):
        read_user_dict(bad)


def test_segment_pkuseg_needs_a_model_path(tmp_path):
    with pytest.raises(ModelNotFoundError, match="pkuseg-train"):
        PkusegSegmenter(model=tmp_path / "missing")


def test_segment_realign_keeps_dropped_whitespace():
    words = words_from_pieces("星川 科技", ["星川", "科技"])
    assert [(w.text, w.start, w.end) for w in words] == [("星川", 0, 2), (" ", 2, 3), ("科技", 3, 5)]


@pytest.mark.slow
def test_segment_pkuseg_trains_and_segments(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(["星川 科技 与 东临 银行 签署 协议", "淘宝 接入 微信 支付", "阿里 妈妈 与 腾讯 广告 合作"] * 20) + "\n",
                      encoding="utf-8")
    from newsie.segment.pkuseg import train_pkuseg

    model = train_pkuseg(corpus, tmp_path / "model", epochs=2)
    segmenter = PkusegSegmenter(model=model, user_words=["微信支付"])
    text = "淘宝 接入微信支付\n好"
    words = segmenter.segment(text)
    assert "".join(w.text for w in words) == text
    assert "微信支付" in [w.text for w in words]
