"""Candidate entity pairs and the text window a relation classifier reads for each pair.

A window is the sentence text from a little before the first party to a little after the second,
with the two parties replaced by role-and-label placeholders and other entities by one marker, and
prefixed by the pair's order and by one marker per cue word found anywhere in the sentence. 淘宝接入微信支付 becomes ``<H:COMPANY>接入<T:PRODUCT>`` in spirit:
the classifier learns cue words and their positions, not names.
"""

from __future__ import annotations

from dataclasses import dataclass

from .relation_patterns import SIGNATURES

LABEL_INDEX = {"COMPANY": 0, "PERSON": 1, "PRODUCT": 2, "ORG": 3, "GOV": 4}
_HEAD, _TAIL, _OTHER, _ORDER, _CUE = 0xE100, 0xE110, 0xE120, 0xE130, 0xE140
# Cue words anywhere in the sentence, given to the classifier as one marker each: the window stays
# local, but a 合作 or 收购 farther away still counts as evidence.
SENTENCE_CUES = ("合作", "签约", "签署", "签订", "协议", "携手", "联手", "牵手", "合资", "联盟", "接入", "战略",
                 "收购", "并购", "持股", "股东", "入股", "增持", "减持", "竞争", "对手", "旗下", "子公司", "控股",
                 "创始人", "董事长", "总裁", "终止", "拟", "将")
CONTEXT_CHARS = 8
MAX_GAP = 60


@dataclass(frozen=True)
class Pair:
    head: int  # index into the entity list
    tail: int
    sentence: tuple[int, int]


def compatible(head_label: str, tail_label: str) -> bool:
    """Whether any relation label accepts this (head, tail) label signature."""
    return any(head_label in heads and tail_label in tails for heads, tails in SIGNATURES.values())


def candidate_pairs(entities: list[dict], sentences: list[tuple[int, int]]) -> list[Pair]:
    """Ordered pairs of entities in one sentence, of different canonical names, close enough and typed right."""
    pairs = []
    for start, end in sentences:
        inside = [i for i, e in enumerate(entities) if start <= e["start"] and e["end"] <= end]
        for a in inside:
            for b in inside:
                ea, eb = entities[a], entities[b]
                if a == b or ea["canonical"] == eb["canonical"]:
                    continue
                gap = max(ea["start"], eb["start"]) - min(ea["end"], eb["end"])
                if gap <= MAX_GAP and compatible(ea["label"], eb["label"]):
                    pairs.append(Pair(a, b, (start, end)))
    return pairs


def window_text(text: str, entities: list[dict], pair: Pair) -> str:
    """The placeholder window of ``pair`` (see the module docstring)."""
    head, tail = entities[pair.head], entities[pair.tail]
    sent_start, sent_end = pair.sentence
    left = max(sent_start, min(head["start"], tail["start"]) - CONTEXT_CHARS)
    right = min(sent_end, max(head["end"], tail["end"]) + CONTEXT_CHARS)
    sentence = text[sent_start:sent_end]
    cues = [chr(_CUE + i) for i, cue in enumerate(SENTENCE_CUES) if cue in sentence]
    parts, cursor = [*cues, chr(_ORDER + (head["start"] < tail["start"]))], left
    for index, entity in sorted(enumerate(entities), key=lambda item: item[1]["start"]):
        if entity["end"] <= left or entity["start"] >= right:
            continue
        s, e = max(entity["start"], left), min(entity["end"], right)
        parts.append(text[cursor:s])
        if index == pair.head:
            parts.append(chr(_HEAD + LABEL_INDEX.get(entity["label"], 0)))
        elif index == pair.tail:
            parts.append(chr(_TAIL + LABEL_INDEX.get(entity["label"], 0)))
        else:
            parts.append(chr(_OTHER))
        cursor = e
    parts.append(text[cursor:right])
    return "".join(parts)
