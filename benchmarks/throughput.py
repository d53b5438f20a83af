"""Throughput of batch extraction: 1 and 2 processes through newsie.batch, Spark local mode, jieba posseg as the peer.

Run from the repository root:

    .venv/bin/python benchmarks/throughput.py                 # rule layers (--no-model), ~800k characters
    .venv/bin/python benchmarks/throughput.py --model --chars 300000 --no-spark

Prints characters per second, the 2-process scaling ratio (target: >= 1.7x one process; every process
with one BLAS thread), peak memory per worker and the ratio to jieba's POS tagger on the same text.
Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
RAW_NEWS = ROOT.parent / "shared" / "data" / "raw_news" / "xinwenlianbo"
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.jsonl"))
TARGET_SCALING = 1.7


def raw_news_articles() -> Iterator[str]:
    """Stories of the 新闻联播 transcripts: one per '### ' heading, HTML tags stripped."""
    for path in sorted(RAW_NEWS.glob("*.md")):
        body = path.read_text(encoding="utf-8").split("## 详细新闻", 1)[-1]
        for story in body.split("\n### ")[1:]:
            text = re.sub(r"<[^>]+>", "", story.split("\n", 1)[-1])
            text = re.sub(r"\s*\n\s*", "\n", text).strip()
            if len(text) >= 50:
                yield text[:20_000]


def sample_articles() -> Iterator[str]:
    """The texts of data/samples/*.jsonl (written business news), repeated as often as asked."""
    texts = [json.loads(line)["text"] for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines()]
    while True:
        yield from texts


def build_corpus(path: Path, chars: int, source: str) -> tuple[int, int, str]:
    """Write (id, text) JSON lines totalling about ``chars`` characters; returns documents, characters, source."""
    if source == "auto":
        source = "raw_news" if RAW_NEWS.is_dir() else "samples"
    articles = raw_news_articles() if source == "raw_news" else sample_articles()
    documents = total = 0
    with path.open("w", encoding="utf-8") as stream:
        for text in articles:
            stream.write(json.dumps({"id": f"b{documents}", "text": text}, ensure_ascii=False) + "\n")
            documents += 1
            total += len(text)
            if total >= chars:
                break
    return documents, total, source


def run_batch(corpus: Path, out: Path, n_process: int, model: bool, batch_size: int) -> dict:
    """One run of newsie.batch.run_extract; steady rate measured from the first chunk written to the last."""
    from newsie.batch import ExtractOptions, run_extract

    marks = []
    started = time.perf_counter()
    summary = run_extract(ExtractOptions(paths=[str(corpus)], output=out, model=model, n_process=n_process,
                                         batch_size=batch_size),
                          progress=lambda s: marks.append((time.perf_counter(), s.characters)))
    wall = time.perf_counter() - started
    (t0, c0), (t1, c1) = marks[0], marks[-1]
    return {"characters": summary.characters, "errors": summary.errors, "wall_s": wall,
            "wall_cps": summary.characters / wall, "steady_cps": (c1 - c0) / (t1 - t0) if t1 > t0 else float("nan"),
            "peak_rss_mb": sorted(kb / 1024 for kb in summary.peak_rss_kb.values())}


def _worker_peak(frames):
    import resource

    import pandas as pd

    for _ in frames:
        pass
    yield pd.DataFrame({"pid": [os.getpid()], "rss_kb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]})


def run_spark(corpus: Path, model: bool, batch_size: int, cores: int) -> dict:
    """extract_dataframe over the corpus in local[cores]; a cold run (workers load the pipeline), then a warm one."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from newsie.spark import extract_dataframe

    spark = (SparkSession.builder.master(f"local[{cores}]").appName("newsie-throughput")
             .config("spark.ui.enabled", "false").config("spark.pyspark.python", sys.executable)
             .config("spark.driver.memory", "2g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    characters = sum(len(row["text"]) for row in rows)
    df = spark.createDataFrame([(row["id"], row["text"]) for row in rows], "id string, text string")
    df = df.repartition(cores * 4).cache()
    df.count()
    times = []
    for _ in range(2):
        started = time.perf_counter()
        extract_dataframe(df, model=model, batch_size=batch_size).write.format("noop").mode("overwrite").save()
        times.append(time.perf_counter() - started)

    # Python workers are reused across tasks, so a second mapInPandas job finds the processes that extracted
    peaks = df.mapInPandas(_worker_peak, "pid long, rss_kb long").collect()
    workers = {row.pid: row.rss_kb for row in peaks}
    spark.stop()
    return {"characters": characters, "cold_s": times[0], "warm_s": times[1], "cold_cps": characters / times[0],
            "warm_cps": characters / times[1], "peak_rss_mb": sorted(kb / 1024 for kb in workers.values())}


def run_jieba(corpus: Path) -> dict:
    """jieba.posseg.cut over the same texts, after its dictionary is loaded."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    list(jieba.posseg.cut("预热"))
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    for text in texts:
        list(jieba.posseg.cut(text))
    seconds = time.perf_counter() - started
    characters = sum(map(len, texts))
    return {"characters": characters, "seconds": seconds, "cps": characters / seconds}


def _spin(_=None) -> float:
    started, total = time.perf_counter(), 0
    for number in range(8_000_000):
        total += number
    return time.perf_counter() - started


def free_parallelism() -> float:
    """How many times one process's work two CPU-bound processes get done here (2.0 on two idle cores)."""
    import multiprocessing

    alone = _spin()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, range(2))  # start-up
        started = time.perf_counter()
        pool.map(_spin, range(2))
        together = time.perf_counter() - started
    return 2 * alone / together


def _mb(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values) + " MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=800_000, help="corpus size in characters")
    parser.add_argument("--source", choices=["auto", "raw_news", "samples"], default="auto",
                        help="raw_news: ../shared/data/raw_news stories; samples: data/samples texts repeated")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", action="store_true", help="include the trained NER model (default: rule layers)")
    parser.add_argument("--no-spark", action="store_true", help="skip the Spark local-mode run")
    args = parser.parse_args()
    import jieba  # importing jieba sets its logger to DEBUG; quiet it after (workers copy this level)

    jieba.setLogLevel(logging.WARNING)

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        documents, characters, source = build_corpus(corpus, args.chars, args.source)
        print(f"corpus: {documents} documents, {characters:,} characters from {source}; "
              f"{'model' if args.model else 'rule layers (--no-model)'}, batch size {args.batch_size}, "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        parallelism = free_parallelism()
        print(f"machine check: 2 CPU-bound processes do {parallelism:.2f}x the work of one "
              "(the ceiling for the scaling below; other load on the machine lowers it)")
        runs = {}
        from threadpoolctl import threadpool_limits

        for n_process in (1, 2):
            # one BLAS thread in the single process too, as in each worker: process scaling, not threads
            with threadpool_limits(1, user_api="blas"):
                runs[n_process] = result = run_batch(corpus, Path(folder) / f"out{n_process}.jsonl", n_process,
                                                     args.model, args.batch_size)
            print(f"batch  n_process={n_process}: {result['steady_cps']:>9,.0f} chars/s steady, "
                  f"{result['wall_cps']:>9,.0f} chars/s wall ({result['wall_s']:.1f} s incl. start-up), "
                  f"peak memory per worker {_mb(result['peak_rss_mb'])}")
        steady = runs[2]["steady_cps"] / runs[1]["steady_cps"]
        wall = runs[2]["wall_cps"] / runs[1]["wall_cps"]
        verdict = "meets" if steady >= TARGET_SCALING else "below"
        print(f"scaling 2 vs 1 process: {steady:.2f}x steady, {wall:.2f}x wall "
              f"(target >= {TARGET_SCALING}x: {verdict}; "
              f"{steady / parallelism:.0%} of this machine's {parallelism:.2f}x)")
        same = (Path(folder) / "out1.jsonl").read_bytes() == (Path(folder) / "out2.jsonl").read_bytes()
        print(f"outputs of 1 and 2 processes identical: {same}")
        if not args.no_spark:
            try:
                spark = run_spark(corpus, args.model, args.batch_size, cores=2)
            except ImportError as error:
                print(f"spark: skipped ({error})")
            else:
                print(f"spark  local[2]:    {spark['warm_cps']:>9,.0f} chars/s warm, "
                      f"{spark['cold_cps']:>9,.0f} chars/s "
                      f"cold ({spark['cold_s']:.1f} s incl. worker start-up), "
                      f"peak memory per Python worker {_mb(spark['peak_rss_mb'])}; "
                      f"{spark['warm_cps'] / runs[1]['steady_cps']:.2f}x batch n_process=1")
        peer = run_jieba(corpus)
        print(f"peer   jieba.posseg: {peer['cps']:>9,.0f} chars/s (one process); newsie n_process=1 runs at "
              f"{runs[1]['steady_cps'] / peer['cps']:.2f}x its speed, "
              f"n_process=2 at {runs[2]['steady_cps'] / peer['cps']:.2f}x")


if __name__ == "__main__":
    main()
