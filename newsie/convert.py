"""spaCy Doc → Document record: the only place where ids are given."""

from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Doc

from .records import Document, Entity, Evidence, Relation


def doc_to_record(doc: Doc, *, id: Optional[str] = None, meta: Optional[dict[str, Any]] = None) -> Document:
    """Build the Document for a processed Doc; entity ids are e0, e1…, relation ids r0, r1…"""
    text = doc.text
    raw_entities = doc._.newsie_entities
    if raw_entities is None:  # a pipeline without the resolver: fall back to doc.ents
        raw_entities = [
            {"start": s.start_char, "end": s.end_char, "label": s.label_, "score": 1.0, "source": "model",
             "canonical": s.text}
            for s in doc.ents
        ]
    entities, id_at = [], {}
    for index, raw in enumerate(raw_entities):
        entity_id = f"e{index}"
        id_at[(raw["start"], raw["end"])] = entity_id
        entities.append(Entity(id=entity_id, text=text[raw["start"]:raw["end"]], **raw))
    relations = []
    for index, raw in enumerate(doc._.newsie_relations or []):
        head, tail = id_at.get(tuple(raw["head"])), id_at.get(tuple(raw["tail"]))
        if head is None or tail is None:
            continue
        relations.append(
            Relation(
                id=f"r{index}", label=raw["label"], head=head, tail=tail, status=raw["status"],
                score=raw["score"], trigger=raw.get("trigger"), title=raw.get("title"),
                source=raw.get("source", "rule"),
                evidence=[Evidence(text=text[s:e], start=s, end=e) for s, e in raw["evidence"]],
            )
        )
    return Document(id=id, text=text, entities=entities, relations=relations, meta=meta or {})
