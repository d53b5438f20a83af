"""Readers for the NER corpora in ../shared/data, mapped to newsie's labels.

Each reader yields :class:`Annotated` records: the text, the entity spans it annotates with our
labels, and ``missing`` spans where the corpus gives no answer for our schema (a span the model must
not learn as "no entity"). Label policy (docs/model-card.md):

* CLUENER: company→COMPANY, name→PERSON, organization→ORG, government→GOV, game→PRODUCT; address,
  book, movie, position and scene are not our entities (outside). CLUENER does not annotate
  products other than games, so lexicon product names in its text are missing.
* BosonNLP: company_name→COMPANY, person_name→PERSON, product_name→PRODUCT; org_name is split by
  its suffix into GOV or ORG (companies named by a company suffix become COMPANY), else missing.
* MSRA: PER→PERSON; ORG mixes companies, bodies and governments, so it is split by suffix as above
  and missing when no suffix decides; LOC is outside. Products are not annotated: missing.
* Taobao e-commerce: HPPX (brand of goods)→PRODUCT; product-category words (HCCX) are generic nouns
  (outside); model numbers and MISC are missing.
* Written documents (data/train): all labels, by the annotation guidelines.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..gold import labels_of, read_gold
from ..sentences import sentence_spans
from ..lexicon import read_lexicon
from ..orgtype import org_type


@dataclass
class Annotated:
    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    corpus: str = ""
    partial: bool = False  # only ``entities`` are known; every other token is missing, not "outside"


CLUENER_LABELS = {"company": "COMPANY", "name": "PERSON", "organization": "ORG", "government": "GOV",
                  "game": "PRODUCT"}
BOSON_LABELS = {"company_name": "COMPANY", "person_name": "PERSON", "product_name": "PRODUCT"}


def read_cluener(path: Path) -> Iterator[Annotated]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            entities = []
            for label, mentions in record.get("label", {}).items():
                ours = CLUENER_LABELS.get(label)
                for spans in mentions.values():
                    for start, end in spans:
                        if ours:
                            entities.append((start, end + 1, ours))
            yield Annotated(record["text"], entities, corpus="cluener")


_BOSON = re.compile(r"\{\{([a-z_]+):(.*?)\}\}")


def read_boson(path: Path) -> Iterator[Annotated]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n").replace("\\n", "\n")
            text_parts, entities, missing, offset, position = [], [], [], 0, 0
            for match in _BOSON.finditer(line):
                plain = line[position:match.start()]
                text_parts.append(plain)
                offset += len(plain)
                label, mention = match.groups()
                stripped = mention.strip()
                lead = len(mention) - len(mention.lstrip())
                start, end = offset + lead, offset + lead + len(stripped)
                if stripped:
                    if label in BOSON_LABELS:
                        entities.append((start, end, BOSON_LABELS[label]))
                    elif label == "org_name":
                        kind = org_type(stripped)
                        if kind:
                            entities.append((start, end, kind))
                        else:
                            missing.append((start, end))
                text_parts.append(mention)
                offset += len(mention)
                position = match.end()
            text_parts.append(line[position:])
            text = "".join(text_parts)
            if "{{" in text or "}}" in text:
                continue  # the one line with unbalanced braces
            yield from _split(Annotated(text, entities, missing, "boson"))


def read_bio(path: Path, *, corpus: str, label_map: dict, missing_labels: Iterable[str] = (),
             org_labels: Iterable[str] = (), sep: Optional[str] = "\t") -> Iterator[Annotated]:
    """Read a char-per-line BIO/BIOES file; ``org_labels`` are split by suffix like MSRA's ORG."""
    missing_labels, org_labels = set(missing_labels), set(org_labels)
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline="") as lines:
        for raw in lines:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield _from_bio(chars, tags, corpus, label_map, missing_labels, org_labels)
                chars, tags = [], []
                continue
            char, _, tag = line.rpartition(sep if sep else " ")
            if sep is None or not char:
                char, tag = line[:-len(line.split()[-1]) - 1] or " ", line.split()[-1]
            chars.append(char[:1] if char else " ")
            tags.append(tag)
    if chars:
        yield _from_bio(chars, tags, corpus, label_map, missing_labels, org_labels)


def _from_bio(chars, tags, corpus, label_map, missing_labels, org_labels) -> Annotated:
    text = "".join(chars)
    spans, start, kind = [], None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix in ("B", "S", "O") or label != kind):
            spans.append((start, index, kind))
            start, kind = None, None
        if prefix in ("B", "S") or (prefix in ("I", "M", "E") and start is None and label):
            start, kind = index, label
    entities, missing = [], []
    for start, end, label in spans:
        if label in label_map:
            entities.append((start, end, label_map[label]))
        elif label in org_labels:
            ours = org_type(text[start:end])
            (entities.append((start, end, ours)) if ours else missing.append((start, end)))
        elif label in missing_labels:
            missing.append((start, end))
    return Annotated(text, entities, missing, corpus)


def read_written(path: Path) -> Iterator[Annotated]:
    """Our own documents in the gold format; a two-label mention uses its first label."""
    for record in read_gold(path):
        entities = [(e["start"], e["end"], labels_of(e)[0]) for e in record["entities"]]
        yield Annotated(record["text"], entities, corpus=f"written:{Path(path).stem}")


def read_finre_names(path: Path) -> Iterator[Annotated]:
    """FinRE sentences with their relation parties as partial annotations (types by suffix, else COMPANY)."""
    by_sentence: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4:
                by_sentence.setdefault(fields[3], set()).update(fields[:2])
    for sentence, names in by_sentence.items():
        entities, taken = [], set()
        for name in sorted(names, key=len, reverse=True):
            start = sentence.find(name)
            if len(name) < 2 or start < 0 or taken.intersection(range(start, start + len(name))):
                continue
            taken.update(range(start, start + len(name)))
            entities.append((start, start + len(name), org_type(name) or "COMPANY"))
        if entities:
            yield Annotated(sentence, entities, corpus="finre", partial=True)


def finetune_corpora(shared: Path, written: Path, *, seed: int = 0) -> list[Annotated]:
    """Stage-2 mix: the stage-1 corpora plus FinRE train's relation parties as partial annotations."""
    return training_corpora(shared, written, seed=seed) + list(read_finre_names(shared / "finre" / "train.txt"))


def _split(doc: Annotated, limit: int = 300) -> Iterator[Annotated]:
    """Cut long documents at sentence ends into pieces of at most about ``limit`` characters."""
    if len(doc.text) <= limit:
        yield doc
        return
    pieces, start, end = [], 0, 0
    for s, e in sentence_spans(doc.text):
        if e - start > limit and end > start:
            pieces.append((start, end))
            start = end
        end = e
    pieces.append((start, len(doc.text)))
    for s, e in pieces:
        inside = lambda span: s <= span[0] and span[1] <= e  # noqa: E731
        if any(not inside(x) and x[0] < e and x[1] > s for x in doc.entities + [m + ("",) for m in doc.missing]):
            continue  # an entity crosses the cut: drop the piece rather than mislabel it
        yield Annotated(doc.text[s:e], [(a - s, b - s, l) for a, b, l in doc.entities if inside((a, b))],
                        [(a - s, b - s) for a, b in doc.missing if inside((a, b))], doc.corpus)


def mask_unannotated_products(docs: Iterable[Annotated]) -> Iterator[Annotated]:
    """Mark lexicon product names that a corpus left unannotated as missing, not as 'no entity'."""
    names = sorted({e.text for e in read_lexicon() if e.label in ("PRODUCT", "PLATFORM")}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names))) if names else None
    for doc in docs:
        if pattern:
            taken = [(s, e) for s, e, _ in doc.entities] + doc.missing
            for match in pattern.finditer(doc.text):
                if not any(match.start() < e and s < match.end() for s, e in taken):
                    doc.missing.append((match.start(), match.end()))
        yield doc


def training_corpora(shared: Path, written: Path, *, seed: int = 0, msra_limit: int = 15000,
                     taobao_limit: int = 2000) -> list[Annotated]:
    """All training records: public corpora under ``shared`` (../shared/data) and written docs."""
    rng = random.Random(seed)
    docs: list[Annotated] = []
    docs += mask_unannotated_products(read_cluener(shared / "cluener" / "train.json"))
    docs += read_boson(shared / "boson_ner" / "BosonNLP_NER_6C.txt")
    msra = list(read_bio(shared / "msra" / "msra_train_bio_filtered", corpus="msra",
                         label_map={"PER": "PERSON"}, org_labels={"ORG"}))
    rng.shuffle(msra)
    docs += mask_unannotated_products(msra[:msra_limit])
    taobao = list(read_bio(shared / "ecommerce_ner_taobao" / "train.filtered.txt", corpus="taobao",
                           label_map={"HPPX": "PRODUCT"}, missing_labels={"XH", "MISC"}, sep=" "))
    rng.shuffle(taobao)
    docs += taobao[:taobao_limit]
    for path in sorted(written.glob("*.jsonl")):
        docs += read_written(path)
    return docs
