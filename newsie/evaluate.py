"""Score extraction against gold documents (annotation-guidelines format).

Entities match by exact span and a listed label. Relations match at the level of gold clusters by
(label, head cluster, tail cluster), symmetric labels unordered; negated records are left out on
both sides, as the guidelines' scoring says. Status accuracy is measured on the relations that
match with every status kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .gold import ENTITY_LABELS, RELATION_LABELS, SYMMETRIC_RELATIONS, labels_of
from .records import Document


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    entities: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    relations: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    status_right: int = 0
    status_total: int = 0
    documents: int = 0
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        def table(tallies: dict[str, Tally], labels) -> dict:
            out = {label: tallies[label].scores() for label in labels if label in tallies}
            micro = Tally(sum(t.tp for t in tallies.values()), sum(t.fp for t in tallies.values()),
                          sum(t.fn for t in tallies.values()))
            out["micro"] = micro.scores()
            return out

        return {
            "documents": self.documents,
            "entities": table(self.entities, ENTITY_LABELS),
            "relations": table(self.relations, RELATION_LABELS),
            "status_accuracy": round(self.status_right / self.status_total, 4) if self.status_total else None,
            "status_compared": self.status_total,
        }


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    return f"{text[max(0, start - width):start]}[{text[start:end]}]{text[end:end + width]}"


def score_document(gold: dict, predicted: Document, report: Report, *, keep_errors: bool = False) -> None:
    """Add one document's counts to ``report``."""
    report.documents += 1
    text = gold["text"]
    gold_spans = {(e["start"], e["end"]): e for e in gold["entities"]}
    matched_gold = set()
    for entity in predicted.entities:
        key = (entity.start, entity.end)
        label = entity.label.value
        if key in gold_spans and label in labels_of(gold_spans[key]):
            report.entities[label].tp += 1
            matched_gold.add(key)
        else:
            report.entities[label].fp += 1
            if keep_errors:
                gold_label = "/".join(labels_of(gold_spans[key])) if key in gold_spans else None
                report.errors.append({"doc": gold.get("id"), "kind": "entity_fp", "label": label,
                                      "gold_label": gold_label, "context": _context(text, *key)})
    for key, entity in gold_spans.items():
        if key not in matched_gold:
            report.entities[labels_of(entity)[0]].fn += 1
            if keep_errors:
                report.errors.append({"doc": gold.get("id"), "kind": "entity_fn", "label": "/".join(labels_of(entity)),
                                      "context": _context(text, *key)})

    clusters = _cluster_map(gold, predicted)
    gold_all = {_key(r["label"], r["head"], r["tail"]): r["status"] for r in gold["relations"]}
    pred_all: dict[tuple, str] = {}
    for relation in predicted.relations:
        head, tail = predicted.entity(relation.head), predicted.entity(relation.tail)
        key = _key(relation.label.value, clusters.get(head.canonical, "?" + head.canonical),
                   clusters.get(tail.canonical, "?" + tail.canonical))
        status = relation.status.value
        if key not in pred_all or pred_all[key] == "negated":
            pred_all[key] = status
    for key in gold_all.keys() & pred_all.keys():
        report.status_total += 1
        report.status_right += gold_all[key] == pred_all[key]
    gold_pos = {key for key, status in gold_all.items() if status != "negated"}
    gold_pos |= {_key(r["label"], r["head"], r["tail"]) for r in gold["relations"] if r["status"] != "negated"}
    pred_pos = {key for key, status in pred_all.items() if status != "negated"}
    for key in pred_pos:
        report.relations[key[0]].tp += key in gold_pos
        report.relations[key[0]].fp += key not in gold_pos
        if keep_errors and key not in gold_pos:
            report.errors.append({"doc": gold.get("id"), "kind": "relation_fp", "relation": list(key)})
    for key in gold_pos - pred_pos:
        report.relations[key[0]].fn += 1
        if keep_errors:
            report.errors.append({"doc": gold.get("id"), "kind": "relation_fn", "relation": list(key)})


def _key(label: str, head: str, tail: str) -> tuple:
    if label in SYMMETRIC_RELATIONS:
        head, tail = sorted((head, tail))
    return (label, head, tail)


def _cluster_map(gold: dict, predicted: Document) -> dict[str, str]:
    """Predicted canonical name → the gold cluster most of its mentions fall on (exact span, else overlap)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for entity in predicted.entities:
        for g in gold["entities"]:
            if g["start"] == entity.start and g["end"] == entity.end:
                votes[entity.canonical][g["cluster"]] += 2
            elif g["start"] < entity.end and entity.start < g["end"]:
                votes[entity.canonical][g["cluster"]] += 1
    return {canonical: counter.most_common(1)[0][0] for canonical, counter in votes.items()}


def evaluate(gold_records: Iterable[dict], predict, *, keep_errors: bool = False,
             limit: Optional[int] = None) -> Report:
    """Run ``predict(text, id) -> Document`` over gold records and score it."""
    report = Report()
    for index, gold in enumerate(gold_records):
        if limit is not None and index >= limit:
            break
        score_document(gold, predict(gold["text"], gold.get("id")), report, keep_errors=keep_errors)
    return report
