"""The segmenter interface, the Word record and user-dictionary parsing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Protocol, Union, runtime_checkable

from ..errors import UserDictError


@dataclass(frozen=True)
class Word:
    """A word of the text with its character offsets (end exclusive) and POS tag when known."""

    text: str
    start: int
    end: int
    pos: str = "x"


@dataclass(frozen=True)
class UserWord:
    """A user-dictionary entry: a word, an optional POS tag and an optional frequency."""

    word: str
    pos: Optional[str] = None
    freq: Optional[int] = None


UserWords = Iterable[Union[str, UserWord, tuple]]


@runtime_checkable
class Segmenter(Protocol):
    """Splits text into words that cover it exactly, in order."""

    name: str

    def segment(self, text: str) -> list[Word]:
        """Words of ``text``; their texts joined give ``text`` back."""

    def add_words(self, words: UserWords) -> None:
        """Add user-dictionary words."""

    def settings(self) -> dict:
        """JSON-able settings that rebuild an equal segmenter."""


def as_user_word(entry: Union[str, UserWord, tuple, list]) -> UserWord:
    """Normalise a user word given as a string, a tuple ``(word, pos, freq)`` or a UserWord."""
    if isinstance(entry, UserWord):
        return entry
    if isinstance(entry, str):
        return UserWord(entry)
    word, *rest = entry
    pos = rest[0] if rest else None
    freq = int(rest[1]) if len(rest) > 1 and rest[1] is not None else None
    return UserWord(word, pos, freq)


def read_user_dict(path: Union[str, Path]) -> list[UserWord]:
    """Read a user dictionary: one ``word [freq] [pos]`` per line (jieba's format), # comments.

    Raises UserDictError naming file and line for a malformed line.
    """
    entries = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if len(fields) > 3:
                raise UserDictError(f"{path}:{number}: expected 'word [freq] [pos]', got {line.strip()!r}")
            word, freq, pos = fields[0], None, None
            for field in fields[1:]:
                if field.isdigit():
                    freq = int(field)
                elif pos is None:
                    pos = field
                else:
                    raise UserDictError(f"{path}:{number}: two POS tags in {line.strip()!r}")
            entries.append(UserWord(word, pos, freq))
    return entries


def words_from_pieces(text: str, pieces: Iterable[str], tags: Iterable[str] | None = None) -> list[Word]:
    """Align segmenter pieces to ``text``; characters the segmenter dropped (spaces) become words."""
    words: list[Word] = []
    position = 0
    tags = list(tags) if tags is not None else None
    for index, piece in enumerate(pieces):
        if not piece:
            continue
        found = text.find(piece, position)
        if found < 0:
            raise ValueError(f"segment {piece!r} is not in the text after offset {position}")
        for offset in range(position, found):
            words.append(Word(text[offset], offset, offset + 1, "x"))
        pos = tags[index] if tags is not None else "x"
        words.append(Word(piece, found, found + len(piece), pos))
        position = found + len(piece)
    for offset in range(position, len(text)):
        words.append(Word(text[offset], offset, offset + 1, "x"))
    return words
