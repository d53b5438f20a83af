"""Character and bigram embeddings trained with word2vec on unlabeled news, for the NER's tok2vec.

The raw news in ../shared/data/raw_news and the texts of the training corpora (never the dev or test
sets) are read as character sequences and as bigram sequences; gensim's skip-gram learns one
vector per character and per frequent bigram. Both go into one spaCy vectors table, keyed by the
character (a token's ORTH) and by the bigram (its NORM, see newsie.tokenizer), which
``newsie.CharBigramVectors.v1`` (newsie/ml.py) reads.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterable, Iterator

import numpy

logger = logging.getLogger("newsie")


def raw_news(folder: Path) -> Iterator[str]:
    """Paragraphs of the 新闻联播 transcripts, HTML tags stripped."""
    for path in sorted(folder.glob("*.md")):
        text = re.sub(r"<[^>]+>", "\n", path.read_text(encoding="utf-8"))
        for line in text.splitlines():
            line = line.strip().lstrip("#").strip()
            if len(line) >= 8:
                yield line


def bigrams(text: str) -> list[str]:
    """The NORM of each character token: the bigram starting there (``</s>`` closes the text)."""
    return [a + b for a, b in zip(text, text[1:] + "</s>")]


class _Sequences:
    """A re-iterable corpus for gensim: characters or bigrams of each text, whitespace dropped."""

    def __init__(self, texts: list[str], unit: str):
        self.texts, self.unit = texts, unit

    def __iter__(self):
        for text in self.texts:
            text = re.sub(r"\s+", "", text)
            if text:
                yield list(text) if self.unit == "char" else bigrams(text)


def train_vectors(texts: Iterable[str], *, dim: int = 48, max_bigrams: int = 80_000, min_count: int = 3,
                  epochs: int = 3, seed: int = 0, workers: int = 2):
    """Train skip-gram vectors for characters and the ``max_bigrams`` most frequent bigrams.

    Returns ``(keys, matrix)``: strings and a float32 array with one row each.
    """
    from gensim.models import Word2Vec

    texts = list(texts)
    logger.info("training vectors on %d texts, %d characters", len(texts), sum(map(len, texts)))
    keys: list[str] = []
    rows: list[numpy.ndarray] = []
    for unit, limit in (("char", None), ("bigram", max_bigrams)):
        model = Word2Vec(_Sequences(texts, unit), vector_size=dim, window=3, min_count=min_count, sg=1,
                         negative=5, epochs=epochs, seed=seed, workers=workers, max_final_vocab=limit)
        vocab = model.wv.index_to_key[:limit] if limit else model.wv.index_to_key
        keys += vocab
        rows.append(numpy.stack([model.wv[key] for key in vocab]))
        logger.info("%s vectors: %d", unit, len(vocab))
    matrix = numpy.concatenate(rows).astype("float32")
    matrix /= numpy.linalg.norm(matrix, axis=1, keepdims=True) + 1e-8
    return keys, matrix


def save_vectors_pipeline(keys: list[str], matrix, output: Path) -> Path:
    """A blank pipeline holding only the vectors table, for ``[initialize] vectors`` in the config."""
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank("zh")
    vectors = Vectors(shape=matrix.shape)
    for row, key in enumerate(keys):
        vectors.add(key, row=row)
        nlp.vocab.strings.add(key)
    vectors.data[:] = matrix
    nlp.vocab.vectors = vectors
    nlp.vocab.vectors.name = "newsie_char_bigram_w2v"
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output
