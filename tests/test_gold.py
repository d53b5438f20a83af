from newsie.gold import parse_markup, read_gold, validate_record


def test_gold_markup_computes_offsets_and_evidence():
    record = parse_markup("[星川科技](COMPANY:xc)与[东临银行](COMPANY:dl)签约。[美团](COMPANY/PRODUCT:mt)下跌。\nREL xc PARTNER dl asserted",
                          doc_id="m1")
    text = record["text"]
    for entity in record["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    assert record["entities"][2]["label"] == ["COMPANY", "PRODUCT"]
    assert record["relations"][0]["evidence"] == "星川科技与东临银行签约。"
    assert validate_record(record) == []


def test_gold_validator_reports_problems():
    record = {"text": "星川科技与东临银行", "entities": [
        {"start": 0, "end": 3, "text": "星川科技", "label": "COMPANY", "cluster": "xc"},
        {"start": 5, "end": 9, "text": "东临银行", "label": "BANK", "cluster": "DL"}],
        "relations": [{"head": "xc", "tail": "nobody", "label": "PARTNER", "status": "maybe"}]}
    messages = " | ".join(issue.message for issue in validate_record(record))
    for expected in ("text[0:3]", "unknown entity label", "lowercase", "names no cluster", "unknown relation status"):
        assert expected in messages


def test_gold_samples_are_valid():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "data"
    files = sorted(root.glob("samples/*.jsonl")) + sorted(root.glob("train/*.jsonl"))
    assert files
    for path in files:
        for record in read_gold(path):
            assert validate_record(record) == [], (path, record["id"])
