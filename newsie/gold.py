"""Gold data in the annotation-guidelines JSONL format: reading, validating, and a markup shorthand.

The markup lets people write annotated documents without counting characters::

    ### id=doc-1 source=written
    [星川科技](COMPANY:xingchuan)与[东临银行](COMPANY:donglin)签署战略合作协议。
    REL xingchuan PARTNER donglin asserted
    REL wang EMPLOYEE_OF xingchuan asserted title=董事长

A mention is ``[text](LABEL:cluster)``; ``LABEL`` may be ``COMPANY/PRODUCT`` when either label is
correct. Text lines of one block are joined without separators. ``REL`` lines give head cluster,
label, tail cluster, status and optionally ``title=...``; evidence is the first sentence that holds a
mention of both clusters (the whole text when none does).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .sentences import sentence_spans

ENTITY_LABELS = ("COMPANY", "PERSON", "PRODUCT", "ORG", "GOV")
RELATION_LABELS = (
    "PARTNER",
    "SUBSIDIARY_OF",
    "EMPLOYEE_OF",
    "FOUNDER_OF",
    "SHAREHOLDER_OF",
    "ACQUIRED",
    "COMPETES_WITH",
)
SYMMETRIC_RELATIONS = frozenset({"PARTNER", "COMPETES_WITH"})
STATUSES = ("asserted", "planned", "negated")

_MENTION = re.compile(r"\[([^\[\]]+)\]\(([A-Z_/]+):([a-z0-9_]+)\)")


class GoldFormatError(ValueError):
    """A gold record breaks the guidelines' format; the message names file and line."""


@dataclass(frozen=True)
class GoldIssue:
    """One problem found by :func:`validate_record`."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def labels_of(entity: dict) -> tuple[str, ...]:
    """The accepted labels of a gold entity (its ``label`` is a string or a list)."""
    label = entity["label"]
    return (label,) if isinstance(label, str) else tuple(label)


def read_gold(path: str | Path) -> Iterator[dict]:
    """Yield the records of a gold JSONL file; raise :class:`GoldFormatError` naming the bad line."""
    path = Path(path)
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{path}:{number}: not JSON ({error.msg})") from error
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise GoldFormatError(f"{path}:{number}: a record needs a string 'text'")
            record.setdefault("entities", [])
            record.setdefault("relations", [])
            record["_line"] = number
            yield record


def validate_record(record: dict, line: int = 0) -> list[GoldIssue]:
    """Check one gold record against the guidelines; return the problems (empty when valid)."""
    issues: list[GoldIssue] = []
    text = record.get("text", "")
    clusters: dict[str, set[str]] = {}
    spans: list[tuple[int, int]] = []
    for entity in record.get("entities", []):
        start, end = entity.get("start"), entity.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            issues.append(GoldIssue(line, f"bad offsets {start}..{end} for {entity.get('text')!r}"))
            continue
        if text[start:end] != entity.get("text"):
            issues.append(
                GoldIssue(line, f"text[{start}:{end}] is {text[start:end]!r}, not {entity.get('text')!r}")
            )
        unknown = [label for label in labels_of(entity) if label not in ENTITY_LABELS]
        if unknown:
            issues.append(GoldIssue(line, f"unknown entity label {unknown} on {entity.get('text')!r}"))
        cluster = entity.get("cluster")
        if not isinstance(cluster, str) or not re.fullmatch(r"[a-z0-9_]+", cluster):
            issues.append(GoldIssue(line, f"cluster id {cluster!r} is not a lowercase ASCII slug"))
        else:
            clusters.setdefault(cluster, set()).update(labels_of(entity))
        spans.append((start, end))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            issues.append(GoldIssue(line, f"spans overlap: {text[s1:e1]!r} and {text[s2:e2]!r}"))
    for cluster, labels in clusters.items():
        if "PERSON" in labels and labels != {"PERSON"}:
            issues.append(GoldIssue(line, f"cluster {cluster!r} mixes PERSON with {sorted(labels - {'PERSON'})}"))
    for relation in record.get("relations", []):
        for end_name in ("head", "tail"):
            if relation.get(end_name) not in clusters:
                issues.append(GoldIssue(line, f"relation {end_name} {relation.get(end_name)!r} names no cluster"))
        if relation.get("label") not in RELATION_LABELS:
            issues.append(GoldIssue(line, f"unknown relation label {relation.get('label')!r}"))
        if relation.get("status") not in STATUSES:
            issues.append(GoldIssue(line, f"unknown relation status {relation.get('status')!r}"))
    return issues


def parse_markup(block: str, *, doc_id: str, source: str = "written") -> dict:
    """Turn one markup block (see the module docstring) into a gold record."""
    text_parts: list[str] = []
    entities: list[dict] = []
    relations: list[dict] = []
    offset = 0
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("REL "):
            fields = line.split()
            if len(fields) < 5:
                raise GoldFormatError(f"{doc_id}: REL needs head, label, tail and status: {line!r}")
            relation = {"head": fields[1], "label": fields[2], "tail": fields[3], "status": fields[4]}
            for extra in fields[5:]:
                key, _, value = extra.partition("=")
                relation[key] = value
            relations.append(relation)
            continue
        position = 0
        for match in _MENTION.finditer(line):
            plain = line[position : match.start()]
            text_parts.append(plain)
            offset += len(plain)
            mention, label, cluster = match.groups()
            labels = label.split("/")
            entities.append(
                {
                    "start": offset,
                    "end": offset + len(mention),
                    "text": mention,
                    "label": labels[0] if len(labels) == 1 else labels,
                    "cluster": cluster,
                }
            )
            text_parts.append(mention)
            offset += len(mention)
            position = match.end()
        text_parts.append(line[position:])
        offset += len(line) - position
    text = "".join(text_parts)
    sentences = sentence_spans(text)
    for relation in relations:
        if "evidence" not in relation:
            relation["evidence"] = _evidence_for(text, sentences, entities, relation)
    return {"id": doc_id, "source": source, "text": text, "entities": entities, "relations": relations}


def _evidence_for(text: str, sentences, entities, relation) -> str:
    for start, end in sentences:
        inside = {e["cluster"] for e in entities if start <= e["start"] and e["end"] <= end}
        if relation["head"] in inside and relation["tail"] in inside:
            return text[start:end]
    return text


def read_markup(path: str | Path, *, source: str = "written") -> Iterator[dict]:
    """Yield gold records from a markup file of ``### id=...`` blocks."""
    block: list[str] = []
    header = ""
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("###"):
                if header:
                    yield _record_from(header, block, source)
                header, block = line, []
            else:
                block.append(line)
    if header:
        yield _record_from(header, block, source)


def _record_from(header: str, block: list[str], source: str) -> dict:
    fields = dict(part.split("=", 1) for part in header.strip("# \n").split() if "=" in part)
    return parse_markup("".join(block), doc_id=fields["id"], source=fields.get("source", source))


def write_gold(records: Iterable[dict], path: str | Path) -> int:
    """Write records as gold JSONL; return how many were written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in records:
            record = {k: v for k, v in record.items() if not k.startswith("_")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
