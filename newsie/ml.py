"""Model layers for the NER's tok2vec: hashed features plus pretrained character and bigram vectors."""

from __future__ import annotations

from typing import List, Optional

from spacy.attrs import NORM, ORTH
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, glorot_uniform_init, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ragged


def CharBigramVectors(nO: Optional[int] = None) -> Model[List[Doc], Ragged]:
    """Look up each token's character (ORTH) and bigram (NORM) in the vocab's vectors table, concatenate
    the two rows (zeros where a key has no vector) and project them to ``nO`` with a learned matrix.

    spaCy's StaticVectors reads one key per token; the tokenizer gives two, so this layer reads both.
    """
    return Model("char_bigram_vectors", _forward, init=_init, params={"W": None}, dims={"nO": nO, "nM": None})


def _init(model: Model, X: Optional[List[Doc]] = None, Y=None) -> Model:
    if X is not None and len(X):
        model.set_dim("nM", 2 * X[0].vocab.vectors.shape[1])
    if Y is not None:
        model.set_dim("nO", Y.data.shape[1])
    if not model.has_dim("nM") or not model.get_dim("nM"):
        raise ValueError("newsie.CharBigramVectors needs a vectors table: set [initialize] vectors in the config")
    nO, nM = model.get_dim("nO"), model.get_dim("nM")
    model.set_param("W", glorot_uniform_init(model.ops, (nO, nM)))
    return model


def _forward(model: Model, docs: List[Doc], is_train: bool):
    ops = model.ops
    lengths = ops.asarray1i([len(doc) for doc in docs])
    W = model.get_param("W")
    if not sum(len(doc) for doc in docs):
        return Ragged(ops.alloc2f(0, W.shape[0]), lengths), lambda d: []
    vectors = docs[0].vocab.vectors
    keys = ops.xp.concatenate([doc.to_array([ORTH, NORM]) for doc in docs if len(doc)])
    rows = vectors.find(keys=keys.ravel()).reshape(keys.shape)
    V = ops.asarray(vectors.data)[rows]  # (tokens, 2, dim)
    V[rows < 0] = 0
    V = ops.as_contig(V.reshape(len(V), -1))
    output = ops.gemm(V, W, trans2=True)

    def backprop(d_output: Ragged) -> List[Doc]:
        model.inc_grad("W", ops.gemm(d_output.data, V, trans1=True))
        return []

    return Ragged(output, lengths), backprop


@registry.architectures("newsie.CharBigramEmbed.v1")
def char_bigram_embed(width: int, attrs: List[str], rows: List[int]) -> Model[List[Doc], List[Floats2d]]:
    """spaCy's MultiHashEmbed with the pretrained character and bigram vectors (CharBigramVectors) as one more
    input to the mixing Maxout layer."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows for {len(attrs)} attrs")
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    features = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    mix = with_array(Maxout(width, width * (len(embeddings) + 1), nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(features, CharBigramVectors(width)), mix, ragged2list())
