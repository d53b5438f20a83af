"""newsie_relations: rule-based relations over entity-tagged sentences (doc._.newsie_relations).

Each sentence is rewritten with one placeholder character per entity and matched against
newsie.relation_patterns; coordinated groups distribute (A、B等接入C gives A–C and B–C); 该公司 and
其 stand for the company named last before them. Relations between the same two canonical entities
are merged over the document, keeping every evidence sentence.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..relation_patterns import E, G, JOINT_ACTION, PATTERNS, SIGNATURES
from ..relation_merge import finalise, merge_relation, status_of
from ..resources import cues
from ..sentences import sentence_spans

if not Doc.has_extension("newsie_relations"):
    Doc.set_extension("newsie_relations", default=None)

_BASE = 0xE000
_ANAPHORA = re.compile(r"该公司|该集团|该企业|公司方面|其(?=旗下|子公司|股东|创始人|董事长|CEO|总裁|母公司|控股)")


class RelationRules:
    """Pattern-based relation extractor."""

    def __init__(self, name: str, score: float, planned_score: float):
        self.name = name
        self.score = score
        self.planned_score = planned_score
        self.patterns = [(label, re.compile(pattern.format(E=E, G=G))) for label, pattern in PATTERNS]
        self.titles = tuple(sorted(cues()["person_titles"], key=len, reverse=True))

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.newsie_entities or []
        found: dict[tuple, dict] = {}
        for start, end in sentence_spans(doc.text):
            for relation in self.sentence_relations(doc.text, entities, start, end):
                merge_relation(found, relation, entities)
        doc._.newsie_relations = finalise(found)
        return doc

    def sentence_relations(self, text: str, entities: list[dict], start: int, end: int):
        inside = [i for i, e in enumerate(entities) if start <= e["start"] and e["end"] <= end]
        if not inside:
            return
        masked, positions = _mask(text, entities, inside, start, end)
        masked = self._resolve_anaphora(masked, entities, inside)
        for label, pattern in self.patterns:
            for match in pattern.finditer(masked):
                heads = _members(match.group("head"))
                tails = _members(match.group("tail")) if "tail" in pattern.groupindex and match.group("tail") else []
                trigger = match.group("trigger") if "trigger" in pattern.groupindex else None
                title = match.group("title") if "title" in pattern.groupindex else None
                if label == "EMPLOYEE_OF" and not trigger and title:
                    trigger = title.strip("的 、兼")
                if label in ("SHAREHOLDER_OF",) and not tails:
                    tails = self._financed(masked, match.start(), entities)
                if label == "EMPLOYEE_OF" and not self._is_title(title, trigger):
                    continue
                status = status_of(masked, match.start(), match.end())
                for head in heads:
                    for tail in tails:
                        yield from self._make(label, head, tail, entities, trigger, title, status, start, end)
                if label == "FOUNDER_OF" and title and self._is_title(title.lstrip("兼、"), None):
                    for head in heads:
                        for tail in tails:
                            yield from self._make("EMPLOYEE_OF", head, tail, entities, trigger,
                                                  title.lstrip("兼、"), status, start, end)
                if label in ("PARTNER", "SUBSIDIARY_OF") and any(cue in masked for cue in JOINT_ACTION):
                    group = heads + [t for t in tails if label == "PARTNER"]
                    for i, a in enumerate(heads):
                        for b in group[i + 1:]:
                            yield from self._make("PARTNER", a, b, entities, trigger, None, status, start, end)
        del positions

    def _is_title(self, title: Optional[str], trigger: Optional[str]) -> bool:
        if trigger in ("担任", "出任", "执掌", "接任", "升任", "履新", "就任", "任职于", "任", "加盟"):
            return True
        if title is None or title == "":
            return True
        title = title.strip("的 ")
        return any(word in title for word in self.titles) and len(title) <= 14

    def _resolve_anaphora(self, masked: str, entities: list[dict], inside: list[int]) -> str:
        def replace(match: re.Match) -> str:
            before = [i for i in range(len(entities)) if i < _first(masked, match.start(), inside)
                      and entities[i]["label"] == "COMPANY"]
            return chr(_BASE + before[-1]) if before else match.group()
        return _ANAPHORA.sub(replace, masked)

    def _financed(self, masked: str, position: int, entities: list[dict]) -> list[int]:
        """The company whose financing round is described before ``position`` (领投/跟投 patterns)."""
        head_text = masked[:position]
        if "融资" not in head_text and "轮" not in head_text:
            return []
        members = [ord(ch) - _BASE for ch in head_text if _BASE <= ord(ch) < 0xF8FF]
        companies = [m for m in members if entities[m]["label"] == "COMPANY"]
        return companies[:1]

    def _make(self, label, head, tail, entities, trigger, title, status, start, end):
        heads_ok, tails_ok = SIGNATURES[label]
        h, t = entities[head], entities[tail]
        if h["label"] not in heads_ok or t["label"] not in tails_ok or h["canonical"] == t["canonical"]:
            return
        if label == "EMPLOYEE_OF" and title:
            title = title.strip("的 、兼")
        yield {
            "label": label, "head": head, "tail": tail, "status": status,
            "score": self.planned_score if status != "asserted" else self.score,
            "trigger": trigger, "title": title or None, "evidence": (start, end),
        }

def _mask(text: str, entities: list[dict], inside: list[int], start: int, end: int):
    parts, positions, cursor = [], [], start
    for index in inside:
        entity = entities[index]
        parts.append(text[cursor:entity["start"]])
        parts.append(chr(_BASE + index))
        positions.append(index)
        cursor = entity["end"]
    parts.append(text[cursor:end])
    return "".join(parts), positions


def _first(masked: str, position: int, inside: list[int]) -> int:
    """Index of the first entity at or after ``position`` in the masked sentence (for anaphora)."""
    for ch in masked[position:]:
        if _BASE <= ord(ch) < 0xF8FF:
            return ord(ch) - _BASE
    return (inside[-1] + 1) if inside else 0


def _members(group: Optional[str]) -> list[int]:
    return [ord(ch) - _BASE for ch in group or "" if _BASE <= ord(ch) < 0xF8FF]


@Language.factory("newsie_relations", default_config={"score": 0.8, "planned_score": 0.7})
def make_relation_rules(nlp: Language, name: str, score: float, planned_score: float) -> RelationRules:
    """Rule-based relation component.

    Args:
        score: score of an asserted relation found by a pattern.
        planned_score: score of a planned or negated one (status cues add uncertainty).
    """
    return RelationRules(name, score, planned_score)
