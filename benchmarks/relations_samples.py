"""End-to-end relations on the project's samples: newsie beside a keyword baseline, per label.

Usage: python benchmarks/relations_samples.py [--samples data/samples/test.jsonl]

The baseline uses newsie's own entities (so only the relation step differs): in every sentence
holding one of a label's keywords it predicts that label for every pair of entities whose labels
fit the relation (directed labels in both directions). Scoring is `newsie evaluate`'s:
canonical-entity level, negated records left out on both sides.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

KEYWORDS = {
    "PARTNER": ("合作", "签约", "签署", "携手", "联手", "牵手", "合资", "联盟", "接入"),
    "SUBSIDIARY_OF": ("旗下", "子公司", "下属", "母公司"),
    "EMPLOYEE_OF": ("董事长", "总裁", "CEO", "总经理", "担任", "出任", "负责人", "高管"),
    "FOUNDER_OF": ("创始人", "创办", "创立"),
    "SHAREHOLDER_OF": ("股东", "持股", "入股", "增持", "减持", "参股", "注资"),
    "ACQUIRED": ("收购", "并购"),
    "COMPETES_WITH": ("竞争", "对手", "争夺", "价格战"),
}


def keyword_document(document):
    """The same Document with its relations replaced by the keyword baseline's."""
    from newsie.records import Document, Evidence, Relation
    from newsie.relation_patterns import SIGNATURES
    from newsie.sentences import sentence_spans

    relations = []
    for start, end in sentence_spans(document.text):
        sentence = document.text[start:end]
        inside = [e for e in document.entities if start <= e.start and e.end <= end]
        for label, words in KEYWORDS.items():
            if not any(word in sentence for word in words):
                continue
            heads, tails = SIGNATURES[label]
            for i, first in enumerate(inside):
                for second in inside[i + 1:]:
                    for head, tail in ((first, second), (second, first)):
                        if head.canonical == tail.canonical or head.label.value not in heads or tail.label.value not in tails:
                            continue
                        relations.append(Relation(id=f"k{len(relations)}", label=label, head=head.id, tail=tail.id,
                                                  score=0.5, evidence=[Evidence(text=sentence, start=start, end=end)]))
                        if label in ("PARTNER", "COMPETES_WITH"):
                            break  # symmetric: one direction is enough
    return Document(id=document.id, text=document.text, entities=document.entities, relations=relations)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=Path,
                        default=Path(__file__).resolve().parents[1] / "data" / "samples" / "test.jsonl")
    args = parser.parse_args()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    import newsie
    from newsie.evaluate import Report, score_document
    from newsie.gold import read_gold

    nlp = newsie.load()
    ours, baseline = Report(), Report()
    for gold in read_gold(args.samples):
        document = newsie.extract(gold["text"], id=gold["id"], nlp=nlp)
        score_document(gold, document, ours)
        score_document(gold, keyword_document(document), baseline)
    ours, baseline = ours.as_dict()["relations"], baseline.as_dict()["relations"]
    print(f"{args.samples.name}: relation F1 per label, same entities (P/R/F1)")
    print(f"{'label':16}{'newsie':>22}{'keyword baseline':>24}")
    for label in list(KEYWORDS) + ["micro"]:
        a, b = ours.get(label, {"p": 0, "r": 0, "f": 0}), baseline.get(label, {"p": 0, "r": 0, "f": 0})
        mark = "above" if a["f"] > b["f"] else "NOT above"
        print(f"{label:16}{a['p']:7.3f}{a['r']:7.3f}{a['f']:8.3f}{b['p']:8.3f}{b['r']:8.3f}{b['f']:8.3f}  {mark}")


if __name__ == "__main__":
    main()
