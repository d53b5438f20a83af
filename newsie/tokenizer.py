"""spaCy tokenizer "newsie.ChineseTokenizer.v1": one token per character, with word features.

Chinese entity boundaries often fall inside a segmenter's words (a name followed by a verb), so
tokens are characters and the segmentation becomes features the model reads:

* ``token.lemma_`` is the word that contains the character;
* ``token.tag_`` is the character's position in that word (B, M, E, S) and the word's POS, e.g.
  ``B-nz``; lexicon names are user words whose POS is their lexicon label (``B-COMPANY``);
* ``token.norm_`` is the character bigram starting at the token.

``doc.text`` is the input text unchanged, so token offsets are character offsets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Union

import numpy
import srsly
from spacy.attrs import LEMMA, NORM, TAG
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .lexicon import read_lexicon
from .segment import Segmenter, UserWord, make_segmenter, read_user_dict


class ChineseTokenizer:
    """Text to a character-token Doc carrying the segmenter's words as features."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter, *, backend: str = "jieba", backend_settings=None,
                 use_lexicon: bool = True):
        self.vocab = vocab
        self.segmenter = segmenter
        self.backend = backend
        self.backend_settings = dict(backend_settings or {})
        self.use_lexicon = use_lexicon

    def __call__(self, text: str) -> Doc:
        chars = list(text)
        doc = Doc(self.vocab, words=chars, spaces=[False] * len(chars))
        if not chars:
            return doc
        add = self.vocab.strings.add
        rows = []
        for word in self.segmenter.segment(text):
            length = word.end - word.start
            lemma = add(word.text)
            if length == 1:
                rows.append((add(f"S-{word.pos}"), lemma))
                continue
            begin, middle, end = add(f"B-{word.pos}"), add(f"M-{word.pos}"), add(f"E-{word.pos}")
            rows.append((begin, lemma))
            rows.extend((middle, lemma) for _ in range(length - 2))
            rows.append((end, lemma))
        bigrams = [add(a + b) for a, b in zip(chars, chars[1:] + ["</s>"])]
        values = numpy.empty((len(chars), 3), dtype="uint64")
        values[:, :2] = rows
        values[:, 2] = bigrams
        doc.from_array([TAG, LEMMA, NORM], values)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def add_words(self, words) -> None:
        """Add user-dictionary words to the segmenter (and save them with the pipeline)."""
        self.segmenter.add_words(words)

    # serialisation: settings and user words only, never module objects
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "ChineseTokenizer":
        self._restore(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tokenizer.json", self._state())

    def from_disk(self, path: Union[str, Path], *, exclude=tuple()) -> "ChineseTokenizer":
        self._restore(srsly.read_json(Path(path) / "tokenizer.json"))
        return self

    def _state(self) -> dict:
        extra = [
            [w.word, w.pos, w.freq] for w in self.segmenter.user_words[self._packaged_count():]
        ]
        return {"backend": self.backend, "settings": self.backend_settings, "use_lexicon": self.use_lexicon,
                "user_words": extra}

    def _restore(self, state: dict) -> None:
        fresh = build_tokenizer(self.vocab, state["backend"], state["settings"], state["use_lexicon"],
                                [tuple(w) for w in state["user_words"]])
        self.__dict__.update(fresh.__dict__)

    def _packaged_count(self) -> int:
        return len(lexicon_user_words()) if self.use_lexicon else 0


def lexicon_user_words() -> list[UserWord]:
    """The packaged lexicon as user words whose POS is their label."""
    return [UserWord(entry.text, entry.label, 2000) for entry in read_lexicon() if not entry.ambiguous]


def build_tokenizer(vocab: Vocab, backend: str, settings: dict, use_lexicon: bool, user_words=()) -> ChineseTokenizer:
    words = (lexicon_user_words() if use_lexicon else []) + list(user_words)
    segmenter = make_segmenter(backend, **settings, user_words=words)
    return ChineseTokenizer(vocab, segmenter, backend=backend, backend_settings=settings, use_lexicon=use_lexicon)


@registry.tokenizers("newsie.ChineseTokenizer.v1")
def create_chinese_tokenizer(
    segmenter: str = "jieba",
    segmenter_settings: Optional[dict] = None,
    use_lexicon: bool = True,
    user_dict: Optional[str] = None,
) -> Callable[..., ChineseTokenizer]:
    """Character tokenizer fed by a segmenter.

    Args:
        segmenter: "jieba" (default) or "pkuseg".
        segmenter_settings: backend settings, e.g. {"model": "path/to/pkuseg_model"} for pkuseg.
        use_lexicon: add the packaged name lexicon to the segmenter's user dictionary.
        user_dict: optional user dictionary file, one ``word [freq] [pos]`` per line.
    """
    settings = dict(segmenter_settings or {})
    words = read_user_dict(user_dict) if user_dict else []

    def make(nlp) -> ChineseTokenizer:
        return build_tokenizer(nlp.vocab, segmenter, settings, use_lexicon, words)

    return make


__all__ = ["ChineseTokenizer", "create_chinese_tokenizer", "lexicon_user_words"]
