"""Entity benchmark: newsie beside jieba's POS tags (and LAC when it imports), in one run.

Usage: python benchmarks/ner.py [--shared ../shared/data] [--model PIPELINE_DIR] [--samples data/samples/test.jsonl]

Prints, with strict character spans:
* per-label P/R/F1 on the project's annotated samples (guidelines labels);
* per-class P/R/F1 on CLUENER dev for company, name, organization, government, game and their
  micro average, for newsie and for the peers. Peer mapping: jieba nr→name, nt→company,
  organization and government (jieba has one organisation tag, scored against each class; the micro
  average counts it as company), nz→game; LAC PER→name, ORG like jieba's nt;
* People's Daily dev PER and ORG (any of COMPANY/ORG/GOV);
* throughput (characters per second) of the whole newsie pipeline on one process (one BLAS thread
  unless --blas-threads says more) beside jieba's POS tagger on the same texts, load time and peak memory.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import time
from collections import defaultdict
from pathlib import Path

CLASSES = ["company", "name", "organization", "government", "game"]
NEWSIE_TO_CLUENER = {"COMPANY": "company", "PERSON": "name", "ORG": "organization", "GOV": "government",
                     "PRODUCT": "game"}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluener_gold(path: Path):
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        spans = set()
        for label, mentions in record["label"].items():
            if label in CLASSES:
                for positions in mentions.values():
                    for start, end in positions:
                        spans.add((start, end + 1, label))
        yield record["text"], spans


def without_marks(text: str, spans: set) -> set:
    """Gold spans with book-title marks and quotes trimmed: CLUENER writes 《魔兽世界》 as the game's span,
    the annotation guidelines (section 3) exclude the marks, as newsie does."""
    trimmed = set()
    for start, end, label in spans:
        while end - start > 1 and text[start] in "《“\"「":
            start += 1
        while end - start > 1 and text[end - 1] in "》”\"」":
            end -= 1
        trimmed.add((start, end, label))
    return trimmed


def score(pairs, classes=CLASSES):
    """pairs: list of (gold spans, predicted spans); returns per-class and micro (tp, fp, fn)."""
    counts = defaultdict(lambda: [0, 0, 0])
    for gold, predicted in pairs:
        for cls in classes:
            g = {s for s in gold if s[2] == cls}
            p = {s for s in predicted if s[2] == cls}
            counts[cls][0] += len(g & p)
            counts[cls][1] += len(p - g)
            counts[cls][2] += len(g - p)
    return counts


def micro(counts, classes):
    return [sum(counts[c][i] for c in classes) for i in range(3)]


def tagged_spans(words_and_tags, tags: dict, org_tag: str, org_classes):
    """Character spans from a peer's (word, tag) sequence: ``tags`` maps a tag to one class, the
    organisation tag counts for every class in ``org_classes``."""
    spans, position = set(), 0
    for word, tag in words_and_tags:
        start, end = position, position + len(word)
        position = end
        if tag == org_tag:
            spans.update((start, end, cls) for cls in org_classes)
        elif tag in tags:
            spans.add((start, end, tags[tag]))
    return spans


def jieba_spans(postagger, text, org_classes):
    pairs = ((pair.word, pair.flag) for pair in postagger.cut(text))
    return tagged_spans(pairs, {"nr": "name", "nz": "game"}, "nt", org_classes)


def lac_tagger():
    try:
        from LAC import LAC  # type: ignore
    except Exception:  # noqa: BLE001  (any import failure means "not available here")
        return None
    return LAC(mode="lac")


def lac_spans(lac, text, org_classes):
    words, tags = lac.run(text)
    return tagged_spans(zip(words, tags), {"PER": "name"}, "ORG", org_classes)


def print_table(title, systems):
    print(f"\n{title}")
    print(f"{'class':14}" + "".join(f"{name:>22}" for name in systems))
    for cls in CLASSES + ["micro"]:
        row = f"{cls:14}"
        for counts in systems.values():
            p, r, f = prf(*counts[cls])
            row += f"{p:7.3f}{r:7.3f}{f:8.3f}"
        print(row)
    print(f"{'':14}" + "".join(f"{'P      R      F1':>22}" for _ in systems))


def peoples_daily(shared: Path, nlp) -> None:
    """People's Daily dev (1998 newswire, PER/ORG): PERSON → PER, any of COMPANY/ORG/GOV → ORG."""
    from newsie.training.corpora import read_bio

    path = shared / "peoples_daily" / "example.dev"
    if not path.exists():
        print(f"\n{path} not found: People's Daily skipped")
        return
    docs = list(read_bio(path, corpus="pd", label_map={"PER": "PER", "ORG": "ORG"}, sep=" "))
    counts = defaultdict(lambda: [0, 0, 0])
    ours = {"PERSON": "PER", "COMPANY": "ORG", "ORG": "ORG", "GOV": "ORG"}
    for record, doc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=64)):
        gold = set(record.entities)
        predicted = {(e["start"], e["end"], ours[e["label"]]) for e in doc._.newsie_entities if e["label"] in ours}
        for label in ("PER", "ORG"):
            g = {x for x in gold if x[2] == label}
            p = {x for x in predicted if x[2] == label}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    print(f"\nPeople's Daily dev ({len(docs)} sentences), strict spans")
    for label in ("PER", "ORG"):
        p, r, f = prf(*counts[label])
        print(f"{label:10}{p:8.3f}{r:8.3f}{f:8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--samples", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "samples" / "test.jsonl")
    parser.add_argument("--blas-threads", type=int, default=1,
                        help="BLAS threads while timing (default 1: one core, like jieba)")
    args = parser.parse_args()

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    import newsie
    from newsie.evaluate import evaluate
    from newsie.gold import read_gold

    started = time.perf_counter()
    nlp = newsie.load(args.model) if args.model else newsie.load()
    nlp("预热")
    load_seconds = time.perf_counter() - started

    report = evaluate(read_gold(args.samples), lambda text, id: newsie.extract(text, id=id, nlp=nlp)).as_dict()
    print(f"project samples ({args.samples.name}, {report['documents']} documents), strict spans")
    print(f"{'label':10}{'P':>8}{'R':>8}{'F1':>8}")
    for label, s in report["entities"].items():
        print(f"{label:10}{s['p']:8.3f}{s['r']:8.3f}{s['f']:8.3f}")

    postagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    samples = list(read_gold(args.samples))
    jieba_counts = defaultdict(lambda: [0, 0, 0])
    for record in samples:
        gold = {(e["start"], e["end"]): e["label"] for e in record["entities"]}
        predicted = {(s, e, {"name": "PERSON", "company": "COMPANY", "game": "PRODUCT"}[label])
                     for s, e, label in jieba_spans(postagger, record["text"], ["company"])}
        for s, e, label in predicted:
            wanted = gold.get((s, e))
            hit = wanted is not None and label in ([wanted] if isinstance(wanted, str) else wanted)
            jieba_counts[label][0 if hit else 1] += 1
        for (s, e), wanted in gold.items():
            labels = [wanted] if isinstance(wanted, str) else wanted
            if not any((s, e, label) in predicted for label in labels):
                jieba_counts[labels[0]][2] += 1
    print("jieba posseg on the same samples (nr→PERSON, nt→COMPANY, nz→PRODUCT):")
    for label in ("COMPANY", "PERSON", "PRODUCT"):
        p, r, f = prf(*jieba_counts[label])
        print(f"{label:10}{p:8.3f}{r:8.3f}{f:8.3f}")

    dev = args.shared / "cluener" / "dev.json"
    if not dev.exists():
        print(f"\n{dev} not found: CLUENER comparison skipped")
        return
    records = list(cluener_gold(dev))
    texts = [text for text, _ in records]

    postagger.cut("预热").__next__()
    systems = {}
    newsie_pairs = []
    for (text, gold), doc in zip(records, nlp.pipe(texts, batch_size=64)):
        predicted = {(e["start"], e["end"], NEWSIE_TO_CLUENER[e["label"]]) for e in doc._.newsie_entities}
        newsie_pairs.append((gold, predicted))
    systems["newsie"] = score(newsie_pairs)
    jieba_pairs = [(gold, jieba_spans(postagger, text, ["company", "organization", "government"])) for text, gold in records]
    systems["jieba posseg"] = score(jieba_pairs)
    # micro: jieba's one organisation tag counts once, as company
    systems["jieba posseg"]["micro"] = micro(score([(g, {x for x in p if x[2] not in ("organization", "government")})
                                                    for g, p in jieba_pairs]), CLASSES)
    lac = lac_tagger()
    if lac is not None:
        lac_pairs = [(gold, lac_spans(lac, text, ["company", "organization", "government"])) for text, gold in records]
        systems["LAC"] = score(lac_pairs)
        systems["LAC"]["micro"] = micro(score([(g, {x for x in p if x[2] not in ("organization", "government")})
                                               for g, p in lac_pairs]), CLASSES)
    else:
        print("\nLAC does not import here: left out of the comparison")
    systems["newsie"]["micro"] = micro(systems["newsie"], CLASSES)
    print_table(f"CLUENER dev ({len(records)} sentences), strict spans: P R F1 per system", systems)
    unmarked = {"newsie": score([(without_marks(text, gold), predicted)
                                 for (text, _), (gold, predicted) in zip(records, newsie_pairs)])}
    unmarked["newsie"]["micro"] = micro(unmarked["newsie"], CLASSES)
    print_table("CLUENER dev, gold spans without book-title marks (our span convention, guidelines 3)", unmarked)

    peoples_daily(args.shared, nlp)

    corpus = texts * 2
    characters = sum(len(t) for t in corpus)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(args.blas_threads, user_api="blas"):
        started = time.perf_counter()
        for _ in nlp.pipe(corpus, batch_size=64):
            pass
        newsie_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in corpus:
        for _ in postagger.cut(text):
            pass
    jieba_seconds = time.perf_counter() - started
    newsie_speed, jieba_speed = characters / newsie_seconds, characters / jieba_seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nthroughput on {characters} characters (CLUENER dev x2), one process, {args.blas_threads} BLAS thread(s):")
    print(f"  newsie pipeline   {newsie_speed:10.0f} chars/s")
    print(f"  jieba posseg      {jieba_speed:10.0f} chars/s")
    print(f"  ratio newsie/jieba {newsie_speed / jieba_speed:.2f} (target >= 0.75)")
    print(f"load time {load_seconds:.2f} s; peak memory of this process {peak:.0f} MB (target < 1024)")


if __name__ == "__main__":
    main()
