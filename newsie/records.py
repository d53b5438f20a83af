"""Typed output records: the public contract of newsie (imports no spaCy)."""

from __future__ import annotations

from enum import Enum
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EntityLabel(str, Enum):
    """What an entity is (definitions in docs/labels.md)."""

    COMPANY = "COMPANY"
    PERSON = "PERSON"
    PRODUCT = "PRODUCT"
    ORG = "ORG"
    GOV = "GOV"


class RelationLabel(str, Enum):
    """How two entities are related; PARTNER and COMPETES_WITH are symmetric."""

    PARTNER = "PARTNER"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    EMPLOYEE_OF = "EMPLOYEE_OF"
    FOUNDER_OF = "FOUNDER_OF"
    SHAREHOLDER_OF = "SHAREHOLDER_OF"
    ACQUIRED = "ACQUIRED"
    COMPETES_WITH = "COMPETES_WITH"


class Status(str, Enum):
    """Whether the text states a relation as fact, as a plan or rumour, or as denied or ended."""

    asserted = "asserted"
    planned = "planned"
    negated = "negated"


class Source(str, Enum):
    """Which layer found an entity or relation."""

    lexicon = "lexicon"
    rule = "rule"
    model = "model"


SYMMETRIC = frozenset({RelationLabel.PARTNER, RelationLabel.COMPETES_WITH})

_RECORD = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Entity(BaseModel):
    """A mention of a company, person, product, organisation or government body."""

    model_config = _RECORD

    id: str
    text: str = Field(min_length=1)
    label: EntityLabel
    start: int = Field(ge=0, description="Character offset, inclusive.")
    end: int = Field(gt=0, description="Character offset, exclusive.")
    score: float = Field(ge=0, le=1)
    source: Source
    canonical: str = Field(description="Shared by all mentions of one entity in the document.")

    @model_validator(mode="after")
    def _span_is_consistent(self) -> "Entity":
        if self.end - self.start != len(self.text):
            raise ValueError(f"entity {self.id}: {self.start}..{self.end} does not fit {self.text!r}")
        return self


class Evidence(BaseModel):
    """The sentence that states a relation, with its character offsets in the document."""

    model_config = _RECORD

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Relation(BaseModel):
    """A directed (or, for symmetric labels, unordered) relation between two entities."""

    model_config = _RECORD

    id: str
    label: RelationLabel
    head: str = Field(description="Entity id.")
    tail: str = Field(description="Entity id.")
    status: Status = Status.asserted
    score: float = Field(ge=0, le=1)
    trigger: Optional[str] = None
    title: Optional[str] = Field(default=None, description="EMPLOYEE_OF: the person's title as written.")
    source: Source = Source.rule
    evidence: list[Evidence] = Field(default_factory=list)


class Document(BaseModel):
    """One article with the entities and relations found in it."""

    model_config = _RECORD

    id: Optional[str] = None
    text: str
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _offsets_and_ids_hold(self) -> "Document":
        ids = set()
        for entity in self.entities:
            if entity.end > len(self.text) or self.text[entity.start : entity.end] != entity.text:
                raise ValueError(f"entity {entity.id}: text[{entity.start}:{entity.end}] != {entity.text!r}")
            ids.add(entity.id)
        for relation in self.relations:
            for end in (relation.head, relation.tail):
                if end not in ids:
                    raise ValueError(f"relation {relation.id}: {end!r} is not an entity id of this document")
            for evidence in relation.evidence:
                if self.text[evidence.start : evidence.end] != evidence.text:
                    raise ValueError(f"relation {relation.id}: evidence offsets do not cut its text")
        return self

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def graph(self) -> dict[str, list[dict[str, Any]]]:
        """Entity-level graph: one node per canonical entity, one edge per relation between them."""
        nodes: dict[str, dict[str, Any]] = {}
        for entity in self.entities:
            node = nodes.setdefault(
                entity.canonical, {"id": entity.canonical, "labels": [], "mentions": []}
            )
            if entity.label.value not in node["labels"]:
                node["labels"].append(entity.label.value)
            if entity.text not in node["mentions"]:
                node["mentions"].append(entity.text)
        by_id = {entity.id: entity for entity in self.entities}
        edges = [
            {
                "source": by_id[relation.head].canonical,
                "target": by_id[relation.tail].canonical,
                "label": relation.label.value,
                "status": relation.status.value,
                "score": relation.score,
                "evidence": [evidence.text for evidence in relation.evidence],
            }
            for relation in self.relations
        ]
        return {"nodes": list(nodes.values()), "edges": edges}


class ErrorRecord(BaseModel):
    """Stands in for a document that could not be processed, so that nothing is lost."""

    model_config = _RECORD

    id: Optional[str] = None
    error: str
    reason: str
    source: Optional[str] = None
