"""newsie_lexicon: marks names of the curated lexicon (doc.spans["newsie_lexicon"])."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon import read_lexicon
from ..resources import cues

SPANS_KEY = "newsie_lexicon"


class LexiconMatcher:
    """Find lexicon names on character tokens, keeping the longest and respecting word boundaries.

    A match must start and end on a segmenter word boundary unless it is itself a lexicon word,
    so 京东 is not found inside 北京东路. Ambiguous names (苹果, 小米) need a company cue after them.
    """

    def __init__(self, nlp: Language, name: str, lexicon_path: Optional[str], score: float,
                 ambiguous_score: float):
        self.name = name
        self.entries = {entry.text: entry for entry in read_lexicon(lexicon_path)}
        self.score = score
        self.ambiguous_score = ambiguous_score
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns = [Doc(nlp.vocab, words=list(text), spaces=[False] * len(text)) for text in self.entries]
        self.matcher.add("NAME", patterns)
        self.company_cues = tuple(cues()["ambiguous_company_after"])

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: read it once
        spans = []
        for _, start, end in self.matcher(doc):
            entry = self.entries[text[doc[start].idx:doc[end - 1].idx + 1]]
            if not self._on_word_boundaries(doc, start, end):
                continue
            after = text[doc[end - 1].idx + 1:doc[end - 1].idx + 2]
            if after.isascii() and after.isalnum() and text[doc[end - 1].idx].isascii() and text[doc[end - 1].idx].isalnum():
                continue  # a Latin name goes on in the text: GM in GMV, Alipay in Alipay2
            if entry.ambiguous and not text[doc[end - 1].idx + 1:].startswith(self.company_cues):
                continue
            spans.append(Span(doc, start, end, label=entry.label, kb_id=entry.canonical))
        spans = filter_spans(spans)
        doc.spans[SPANS_KEY] = spans
        group = doc.spans[SPANS_KEY]
        group.attrs["scores"] = [
            self.ambiguous_score if self.entries[text[span.start_char:span.end_char]].ambiguous else self.score
            for span in spans
        ]
        return doc

    @staticmethod
    def _on_word_boundaries(doc: Doc, start: int, end: int) -> bool:
        first, last = doc[start].tag_[:1], doc[end - 1].tag_[:1]
        if first in ("B", "S") and last in ("E", "S"):
            return True
        # a lexicon word glued to a longer jieba word, e.g. 淘宝网: accept when the name is a prefix
        # of that word and the word itself is not a different dictionary word the lexicon lacks
        return first in ("B", "S") and doc[start].lemma_.startswith(doc[start:end].text) and len(doc[start].lemma_) <= end - start + 1


@Language.factory(
    "newsie_lexicon",
    default_config={"lexicon_path": None, "score": 0.9, "ambiguous_score": 0.6},
)
def make_lexicon_matcher(nlp: Language, name: str, lexicon_path: Optional[str], score: float,
                         ambiguous_score: float) -> LexiconMatcher:
    """Lexicon component.

    Args:
        lexicon_path: a lexicon TSV; None uses the one shipped with newsie.
        score: score of a lexicon match.
        ambiguous_score: score of a match of a name flagged ambiguous.
    """
    return LexiconMatcher(nlp, name, lexicon_path, score, ambiguous_score)
