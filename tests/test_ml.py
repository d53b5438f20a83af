"""newsie.ml: the character + bigram vectors layer of the NER's tok2vec."""

import numpy
from spacy.tokens import Doc
from spacy.vectors import Vectors
from spacy.vocab import Vocab

from newsie.ml import CharBigramVectors, char_bigram_embed


def _doc_with_vectors() -> Doc:
    vocab = Vocab()
    vectors = Vectors(shape=(2, 3))
    vectors.add("阿", vector=numpy.array([1.0, 0.0, 0.0], dtype="f"))
    vectors.add("阿里", vector=numpy.array([0.0, 1.0, 0.0], dtype="f"))
    vocab.vectors = vectors
    doc = Doc(vocab, words=["阿", "里", "X"], spaces=[False, False, False])
    for token, norm in zip(doc, ["阿里", "里X", "X</s>"]):
        token.norm_ = norm
    return doc


def test_char_bigram_vectors_read_both_keys_and_zero_unknown_tokens():
    doc = _doc_with_vectors()
    layer = CharBigramVectors(4)
    layer.initialize(X=[doc])
    assert layer.get_dim("nM") == 6  # character row + bigram row
    output, backprop = layer.begin_update([doc])
    assert output.data.shape == (3, 4)
    assert list(output.lengths) == [3]
    assert numpy.abs(output.data[0]).sum() > 0  # 阿 and 阿里 both have vectors
    assert numpy.abs(output.data[2]).sum() == 0  # X and X</s> have none: zeros, not an error
    backprop(output)
    assert layer.get_grad("W").shape == (4, 6)


def test_char_bigram_embed_gives_one_row_per_token():
    doc = _doc_with_vectors()
    model = char_bigram_embed(width=8, attrs=["ORTH", "NORM"], rows=[50, 50])
    model.initialize(X=[doc])
    (rows,) = model.predict([doc])
    assert rows.shape == (3, 8)


def test_shipped_model_carries_its_vectors(nlp):
    assert nlp.vocab.vectors.shape[0] > 50_000
    assert nlp.vocab.vectors.shape[1] == 48
