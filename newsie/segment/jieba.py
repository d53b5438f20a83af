"""jieba segmenter: one private jieba.Tokenizer per instance, never the module-global one."""

from __future__ import annotations

import os
import threading
from pathlib import Path


from .base import UserWord, UserWords, Word, as_user_word, words_from_pieces


def user_cache_dir() -> Path:
    """newsie's per-user cache directory (XDG_CACHE_HOME or ~/.cache), created on demand."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    path = Path(root) / "newsie"
    path.mkdir(parents=True, exist_ok=True)
    return path


class JiebaSegmenter:
    """Segment with jieba's precise mode; POS tags come from jieba's dictionary and the user words.

    Args:
        hmm: let jieba's HMM join unknown characters into words (names, new brands).
        user_words: extra words, as strings, ``(word, pos, freq)`` tuples or UserWord.
        cache: keep jieba's prefix-dictionary cache in the per-user cache directory.
    """

    name = "jieba"

    def __init__(self, *, hmm: bool = True, user_words: UserWords = (), cache: bool = True):
        self.hmm = hmm
        self.cache = cache
        self.user_words: list[UserWord] = []
        self._tokenizer = None
        self._tags: dict[str, str] = {}
        self._lock = threading.Lock()
        self.add_words(user_words)

    def _ensure_loaded(self):
        if self._tokenizer is not None:
            return self._tokenizer
        with self._lock:
            if self._tokenizer is None:
                import jieba
                import jieba.posseg

                tokenizer = jieba.Tokenizer()
                tokenizer.tmp_dir = str(user_cache_dir()) if self.cache else None
                tokenizer.initialize()
                tags = dict(jieba.posseg.POSTokenizer(tokenizer).word_tag_tab)
                for entry in self.user_words:
                    self._add_to(tokenizer, tags, entry)
                self._tags = tags
                self._tokenizer = tokenizer
        return self._tokenizer

    @staticmethod
    def _add_to(tokenizer, tags: dict, entry: UserWord) -> None:
        tokenizer.add_word(entry.word, entry.freq, None)
        if entry.pos:
            tags[entry.word] = entry.pos

    def add_words(self, words: UserWords) -> None:
        """Add user words; they win over jieba's own dictionary."""
        for raw in words:
            entry = as_user_word(raw)
            self.user_words.append(entry)
            if self._tokenizer is not None:
                self._add_to(self._tokenizer, self._tags, entry)

    def segment(self, text: str) -> list[Word]:
        """Words covering ``text`` exactly, with POS tags (``x`` when unknown)."""
        if not text:
            return []
        tokenizer = self._ensure_loaded()
        words, start = [], 0
        for piece in tokenizer.cut(text, HMM=self.hmm):
            end = start + len(piece)
            words.append(Word(piece, start, end, self._tags.get(piece, "x")))
            start = end
        if start != len(text):  # jieba is lossless in practice; realign if a version is not
            return words_from_pieces(text, [w.text for w in words], [w.pos for w in words])
        return words

    def settings(self) -> dict:
        return {"hmm": self.hmm, "cache": self.cache}

    def __getstate__(self):
        return {"settings": self.settings(), "user_words": self.user_words}

    def __setstate__(self, state):
        self.__init__(**state["settings"], user_words=state["user_words"])

    def __repr__(self) -> str:
        return f"JiebaSegmenter(hmm={self.hmm}, user_words={len(self.user_words)})"


