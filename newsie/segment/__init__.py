"""Segmentation layer: words with character offsets and POS, from jieba or spacy-pkuseg."""

from .base import Segmenter, UserWord, Word, read_user_dict
from .jieba import JiebaSegmenter
from .pkuseg import PkusegSegmenter

__all__ = ["Segmenter", "Word", "UserWord", "read_user_dict", "JiebaSegmenter", "PkusegSegmenter", "make_segmenter"]


def make_segmenter(name: str = "jieba", **settings) -> Segmenter:
    """Build a segmenter by backend name ("jieba" or "pkuseg")."""
    if name == "jieba":
        return JiebaSegmenter(**settings)
    if name == "pkuseg":
        return PkusegSegmenter(**settings)
    raise ValueError(f"unknown segmenter {name!r}: use 'jieba' or 'pkuseg'")
