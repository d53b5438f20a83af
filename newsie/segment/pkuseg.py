"""spacy-pkuseg segmenter. spacy-pkuseg ships no model: pass a model directory (see `newsie pkuseg-train`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from ..errors import ModelNotFoundError
from .base import UserWord, UserWords, Word, as_user_word, words_from_pieces


class PkusegSegmenter:
    """Segment with a spacy-pkuseg model; output is realigned to the original text.

    Args:
        model: directory of a trained spacy-pkuseg model (features.msgpack, weights.npz).
        user_words: extra words that pkuseg must keep whole.
    """

    name = "pkuseg"

    def __init__(self, *, model: Union[str, Path], user_words: UserWords = ()):
        self.model = Path(model)
        if not self.model.is_dir():
            raise ModelNotFoundError(
                f"pkuseg model directory {self.model} not found; train one with "
                "`newsie pkuseg-train CORPUS OUTPUT_DIR` or use the jieba segmenter"
            )
        self.user_words: list[UserWord] = [as_user_word(w) for w in user_words]
        self._segmenter = None

    def _ensure_loaded(self):
        if self._segmenter is None:
            import spacy_pkuseg

            words = [entry.word for entry in self.user_words]
            self._segmenter = spacy_pkuseg.pkuseg(str(self.model), user_dict=words or "default")
        return self._segmenter

    def add_words(self, words: UserWords) -> None:
        """Add user words (the model is rebuilt on the next call)."""
        self.user_words.extend(as_user_word(w) for w in words)
        self._segmenter = None

    def segment(self, text: str) -> list[Word]:
        """Words covering ``text`` exactly; whitespace pkuseg drops becomes one-character words."""
        if not text:
            return []
        pieces = self._ensure_loaded().cut(text)
        tags = {entry.word: entry.pos for entry in self.user_words if entry.pos}
        return words_from_pieces(text, pieces, [tags.get(piece, "x") for piece in pieces])

    def settings(self) -> dict:
        return {"model": str(self.model)}

    def __getstate__(self):
        return {"model": str(self.model), "user_words": self.user_words}

    def __setstate__(self, state):
        self.__init__(model=state["model"], user_words=state["user_words"])


def train_pkuseg(corpus: Union[str, Path], output: Union[str, Path], *, dev: Optional[Union[str, Path]] = None,
                 epochs: int = 10) -> Path:
    """Train a spacy-pkuseg model from a segmented corpus (one sentence a line, words split by spaces)."""
    import spacy_pkuseg

    corpus, output = Path(corpus), Path(output)
    if not corpus.is_file():
        raise FileNotFoundError(f"segmented corpus {corpus} not found")
    output.mkdir(parents=True, exist_ok=True)
    spacy_pkuseg.train(str(corpus), str(dev or corpus), str(output), train_iter=epochs)
    return output
