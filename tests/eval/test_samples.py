"""Regression thresholds on the annotated test samples, and corpus scores through the same code.

Thresholds live beside the samples in data/samples/thresholds.json. Raise them as the pipeline
improves; never lower one silently.
"""

import json
from pathlib import Path

import pytest

import newsie
from newsie.evaluate import evaluate
from newsie.gold import read_gold

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
THRESHOLDS = json.loads((SAMPLES / "thresholds.json").read_text(encoding="utf-8"))


def run(nlp, path):
    return evaluate(read_gold(path), lambda text, id: newsie.extract(text, id=id, nlp=nlp)).as_dict()


@pytest.fixture(scope="module")
def test_report(nlp):
    return run(nlp, SAMPLES / "test.jsonl")


@pytest.mark.slow
@pytest.mark.parametrize("part,label", [tuple(key.split(":")) for key in THRESHOLDS["test"]])
def test_eval_test_split_meets_threshold(test_report, part, label):
    figure = test_report["status_accuracy"] if part == "status" else test_report[part][label]["f"]
    assert figure >= THRESHOLDS["test"][f"{part}:{label}"], (part, label, figure)


@pytest.mark.slow
def test_eval_disabling_the_model_fails_the_thresholds(rules_nlp):
    """The suite has teeth: the pipeline without its trained model falls below the entity thresholds."""
    report = run(rules_nlp, SAMPLES / "test.jsonl")
    assert report["entities"]["micro"]["f"] < THRESHOLDS["test"]["entities:micro"]


@pytest.mark.slow
def test_eval_cluener_dev_scores(nlp, shared_data):
    from newsie.training.corpora import read_cluener

    records = []
    for index, doc in enumerate(read_cluener(shared_data / "cluener" / "dev.json")):
        entities = [{"start": s, "end": e, "label": label, "text": doc.text[s:e], "cluster": f"c{i}"}
                    for i, (s, e, label) in enumerate(doc.entities)]
        records.append({"id": f"cluener-{index}", "text": doc.text, "entities": entities, "relations": []})
    report = evaluate(records, lambda text, id: newsie.extract(text, id=id, nlp=nlp)).as_dict()
    for label in ("COMPANY", "PERSON"):
        assert report["entities"][label]["f"] >= THRESHOLDS["cluener_dev"][label], label


@pytest.mark.slow
def test_eval_finre_partner_beats_keyword_baseline(nlp, shared_data):
    from newsie.relation_merge import SYMMETRIC
    from newsie.training.relations import finre_pair, read_finre

    rules = nlp.get_pipe("newsie_relations")
    gold, keyword, found = {}, set(), set()
    for head, tail, relation, sentence in read_finre(shared_data / "finre" / "valid.txt"):
        key = (sentence, *sorted((head, tail)))
        gold[key] = gold.get(key, False) or relation in ("合作", "签约", "合资")
        if any(word in sentence for word in ("合作", "签约", "签署", "携手", "联手", "牵手", "合资", "联盟", "接入")):
            keyword.add(key)
        pair = finre_pair(head, tail, sentence)
        if pair:
            for r in rules.sentence_relations(sentence, pair[0], 0, len(sentence)):
                if r["label"] == "PARTNER" and r["status"] != "negated":
                    found.add(key)
    assert "PARTNER" in SYMMETRIC

    def f1(predicted):
        tp = sum(1 for k in predicted if gold[k])
        p = tp / len(predicted) if predicted else 0
        r = tp / sum(gold.values())
        return 2 * p * r / (p + r) if p + r else 0

    assert f1(found) >= THRESHOLDS["finre_valid"]["PARTNER_rules"]
    assert f1(keyword) > 0.4  # the baseline is what we think it is
