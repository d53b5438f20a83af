"""Sentence and clause splitting on Chinese end punctuation (offsets into the original text)."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (end punctuation kept in the sentence)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans or [(0, len(text))]
