"""FinRE valid, pair level (the pair's two names given): newsie's relation layers beside a keyword baseline.

Usage: python benchmarks/relations_finre.py [--shared ../shared/data] [--model PIPELINE_DIR]

Gold per unordered pair and sentence: PARTNER when FinRE says 合作, 签约 or 合资 (our mapping);
other labels as mapped in newsie.training.relations. Prints P/R/F1 per label for: the keyword
baseline (PARTNER only), newsie's rules, the trained pair classifier, and both combined.
"""

from __future__ import annotations

import argparse
import logging
from collections import defaultdict
from pathlib import Path

KEYWORDS = ("合作", "签约", "签署", "携手", "联手", "牵手", "合资", "联盟", "接入")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--model", type=Path, default=None, help="pipeline directory (default: packaged)")
    args = parser.parse_args()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    import newsie
    from newsie.relation_windows import window_text
    from newsie.relation_merge import SYMMETRIC
    from newsie.training.relations import FINRE_DIRECT, FINRE_REVERSED, finre_pair, read_finre

    nlp = newsie.load(args.model) if args.model else newsie.load()
    rules = nlp.get_pipe("newsie_relations")
    model = nlp.get_pipe("newsie_relation_model") if "newsie_relation_model" in nlp.pipe_names else None

    gold = defaultdict(set)  # (sentence, ordered-or-sorted pair) -> labels
    for head, tail, relation, sentence in read_finre(args.shared / "finre" / "valid.txt"):
        if relation.startswith("被"):
            continue
        label = FINRE_DIRECT.get(relation)
        if relation in FINRE_REVERSED:
            head, tail, label = tail, head, FINRE_REVERSED[relation]
        key = (sentence, *(sorted((head, tail)) if label in SYMMETRIC else (head, tail)))
        gold.setdefault((sentence, *sorted((head, tail))), set())
        if label:
            gold[key].add(label)
    labels = ["PARTNER", "SHAREHOLDER_OF", "ACQUIRED", "COMPETES_WITH", "SUBSIDIARY_OF"]
    systems = ["keyword", "rules", "model", "combined"]
    counts = {(s, l): [0, 0, 0] for s in systems for l in labels}
    pairs = {(k[0], *sorted(k[1:])) for k in gold}
    for sentence, a, b in sorted(pairs):
        truth = {}
        for label in labels:
            if label in SYMMETRIC:
                truth[(label, a, b)] = label in gold.get((sentence, a, b), set())
            else:
                truth[(label, a, b)] = label in gold.get((sentence, a, b), set())
                truth[(label, b, a)] = label in gold.get((sentence, b, a), set())
        found = finre_pair(a, b, sentence)
        predicted = {s: set() for s in systems}
        if any(word in sentence for word in KEYWORDS):
            predicted["keyword"].add(("PARTNER", a, b))
        if found:
            entities, pair = found
            for relation in rules.sentence_relations(sentence, entities, 0, len(sentence)):
                h, t = entities[relation["head"]]["canonical"], entities[relation["tail"]]["canonical"]
                if relation["status"] == "negated":
                    continue
                key = (relation["label"], *sorted((h, t))) if relation["label"] in SYMMETRIC else (relation["label"], h, t)
                predicted["rules"].add(key)
            if model is not None and model.trained:
                from newsie.relation_windows import Pair

                reverse = Pair(pair.tail, pair.head, pair.sentence)
                rows = model.predict_windows([window_text(sentence, entities, p) for p in (pair, reverse)])
                for index, label in enumerate(model.labels):
                    if label not in labels:
                        continue
                    threshold = model.thresholds.get(label, 0.5)
                    if label in SYMMETRIC:
                        if (rows[0][index] + rows[1][index]) / 2 >= threshold:
                            predicted["model"].add((label, *sorted((a, b))))
                    else:
                        for row, p in zip(rows, (pair, reverse)):
                            if row[index] >= threshold:
                                predicted["model"].add((label, entities[p.head]["canonical"], entities[p.tail]["canonical"]))
        predicted["combined"] = predicted["rules"] | predicted["model"]
        for system in systems:
            for key, is_true in truth.items():
                hit = key in predicted[system]
                c = counts[(system, key[0])]
                c[0] += hit and is_true
                c[1] += hit and not is_true
                c[2] += is_true and not hit
    print(f"FinRE valid, {len(pairs)} sentence-pairs; strict pair level (names given)")
    print(f"{'label':16}{'system':10}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for label in labels:
        for system in systems:
            if system == "keyword" and label != "PARTNER":
                continue
            tp, fp, fn = counts[(system, label)]
            p, r, f = prf(tp, fp, fn)
            print(f"{label:16}{system:10}{p:7.3f}{r:7.3f}{f:7.3f}{tp:6}{fp:6}{fn:6}")
    base = prf(*counts[("keyword", "PARTNER")])[2]
    best = prf(*counts[("combined", "PARTNER")])[2]
    print(f"PARTNER F1 combined - keyword = {best - base:+.3f} (target +0.15)")
    end_to_end(gold, nlp)


def end_to_end(gold: dict, nlp) -> None:
    """The public contract instead: newsie.extract on each sentence (names not given); a pair counts as
    PARTNER when a non-negated PARTNER joins entities written like the two names."""
    import newsie

    truth = defaultdict(bool)
    for key, labels in gold.items():
        truth[(key[0], *sorted(key[1:]))] |= "PARTNER" in labels
    sentences = sorted({key[0] for key in truth})
    documents = dict(zip(sentences, newsie.extract_many(sentences, nlp=nlp)))
    tp = fp = fn = both = 0
    for (sentence, a, b), is_true in truth.items():
        doc = documents[sentence]
        names = {e.text for e in doc.entities} | {e.canonical for e in doc.entities}
        both += a in names and b in names
        hit = False
        for r in doc.relations:
            if r.label.value != "PARTNER" or r.status.value == "negated":
                continue
            head, tail = doc.entity(r.head), doc.entity(r.tail)
            ends = ({head.text, head.canonical}, {tail.text, tail.canonical})
            hit = hit or (a in ends[0] and b in ends[1]) or (b in ends[0] and a in ends[1])
        tp += hit and is_true
        fp += hit and not is_true
        fn += is_true and not hit
    p, r, f = prf(tp, fp, fn)
    print(f"end to end through newsie.extract (names not given): PARTNER P {p:.3f} R {r:.3f} F1 {f:.3f}; "
          f"both names found as entities in {both} of {len(truth)} sentence-pairs")


if __name__ == "__main__":
    main()
