"""Training data and training loop for the relation pair classifier (newsie_relation_model).

Sources: our written documents (data/train, full gold) and FinRE train. FinRE labels are mapped as
documented in docs/model-card.md: 合作/签约/合资 → PARTNER; 收购/拟收购 → ACQUIRED; 持股/增持/减持/入股/
注资/买资 → SHAREHOLDER_OF; 竞争 → COMPETES_WITH; 拥有/成立 (A owns or set up B) → B SUBSIDIARY_OF A;
the passive 被… twins are skipped (FinRE lists each pair in both orders); everything else is "no
relation". FinRE valid is for measuring only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy

from ..components.relation_model import RELATION_LABELS, RelationModel
from ..gold import labels_of, read_gold
from ..relation_merge import SYMMETRIC
from ..relation_windows import Pair, candidate_pairs, window_text
from ..sentences import sentence_spans

FINRE_DIRECT = {"合作": "PARTNER", "签约": "PARTNER", "合资": "PARTNER", "收购": "ACQUIRED", "拟收购": "ACQUIRED",
                "持股": "SHAREHOLDER_OF", "增持": "SHAREHOLDER_OF", "减持": "SHAREHOLDER_OF", "入股": "SHAREHOLDER_OF",
                "注资": "SHAREHOLDER_OF", "买资": "SHAREHOLDER_OF", "竞争": "COMPETES_WITH"}
FINRE_REVERSED = {"拥有": "SUBSIDIARY_OF", "成立": "SUBSIDIARY_OF"}


@dataclass(frozen=True)
class PairExample:
    window: str
    labels: frozenset


def gold_entities(record: dict) -> list[dict]:
    """Gold mentions as entity dicts (first listed label, cluster as canonical)."""
    return sorted(
        ({"start": e["start"], "end": e["end"], "label": labels_of(e)[0], "canonical": e["cluster"]}
         for e in record["entities"]),
        key=lambda e: e["start"],
    )


def examples_from_gold(records: Iterable[dict]) -> Iterator[PairExample]:
    """Every candidate pair of every sentence, labelled by the gold relations stated in that sentence."""
    for record in records:
        text, entities = record["text"], gold_entities(record)
        for pair in candidate_pairs(entities, sentence_spans(text)):
            head, tail = entities[pair.head]["canonical"], entities[pair.tail]["canonical"]
            sentence = text[pair.sentence[0]:pair.sentence[1]].strip()
            labels = set()
            for relation in record["relations"]:
                same = (relation["head"], relation["tail"]) == (head, tail)
                if relation["label"] in SYMMETRIC:
                    same = same or (relation["head"], relation["tail"]) == (tail, head)
                evidence = relation.get("evidence") or text
                if same and (sentence in evidence or evidence in sentence):
                    labels.add(relation["label"])
            yield PairExample(window_text(text, entities, pair), frozenset(labels))


def read_finre(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(head, tail, relation, sentence) records of a FinRE file."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4:
                yield tuple(fields)  # type: ignore[misc]


def finre_pair(head: str, tail: str, sentence: str):
    """Entity dicts and the Pair for a FinRE record, or None when a name is not in the sentence."""
    h, t = sentence.find(head), sentence.find(tail)
    if h < 0 or t < 0 or (h < t + len(tail) and t < h + len(head)):
        return None
    entities = sorted([{"start": h, "end": h + len(head), "label": "COMPANY", "canonical": head},
                       {"start": t, "end": t + len(tail), "label": "COMPANY", "canonical": tail}],
                      key=lambda e: e["start"])
    index = {e["canonical"]: i for i, e in enumerate(entities)}
    return entities, Pair(index[head], index[tail], (0, len(sentence)))


def examples_from_finre(path: Path) -> Iterator[PairExample]:
    for head, tail, relation, sentence in read_finre(path):
        if relation.startswith("被"):
            continue
        if relation in FINRE_REVERSED:
            head, tail, labels = tail, head, {FINRE_REVERSED[relation]}
        else:
            labels = {FINRE_DIRECT[relation]} if relation in FINRE_DIRECT else set()
        found = finre_pair(head, tail, sentence)
        if found:
            entities, pair = found
            yield PairExample(window_text(sentence, entities, pair), frozenset(labels))


def train_pair_classifier(component: RelationModel, examples: list[PairExample], *, epochs: int = 8,
                          batch_size: int = 128, learn_rate: float = 0.002, seed: int = 0) -> list[float]:
    """Train ``component.model`` on ``examples``; return the loss per epoch."""
    from thinc.api import Adam, fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    labels = component.labels

    def truths(batch):
        y = numpy.zeros((len(batch), len(labels)), dtype="f")
        for row, example in enumerate(batch):
            for label in example.labels:
                y[row, labels.index(label)] = 1.0
        return y

    sample = examples[:64]
    component.model.initialize(X=component.window_docs([e.window for e in sample]), Y=truths(sample))
    optimizer = Adam(learn_rate)
    losses = []
    for _ in range(epochs):
        rng.shuffle(examples)
        total = 0.0
        for start in range(0, len(examples), batch_size):
            batch = examples[start:start + batch_size]
            scores, backprop = component.model.begin_update(component.window_docs([e.window for e in batch]))
            d_scores = (scores - component.model.ops.asarray(truths(batch))) / len(batch)
            backprop(d_scores)
            component.model.finish_update(optimizer)
            total += float((d_scores ** 2).sum())
        losses.append(total)
    component.trained = True
    return losses


def written_records(folder: Path) -> list[dict]:
    return [record for path in sorted(folder.glob("*.jsonl")) for record in read_gold(path)]


__all__ = ["RELATION_LABELS", "examples_from_gold", "examples_from_finre", "train_pair_classifier", "written_records",
           "finre_pair", "read_finre"]
