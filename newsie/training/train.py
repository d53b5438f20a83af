"""Rebuild the shipped NER model: corpora → DocBins → `spacy train` with configs/ner.cfg."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Optional

import spacy

from .. import ml as _ml  # noqa: F401  (registers newsie.CharBigramEmbed.v1)
from .. import tokenizer as _tokenizer  # noqa: F401  (registers newsie.ChineseTokenizer.v1)
from .build import to_docbin
from .corpora import finetune_corpora, mask_unannotated_products, read_cluener, read_written, training_corpora

logger = logging.getLogger("newsie")

TRAINING_SOURCES = (
    "CLUENER2020 train",
    "BosonNLP 6-class NER",
    "MSRA NER (SIGHAN 2006), filtered: 15,000 sentences",
    "Taobao e-commerce NER (Jie et al. 2019), filtered: 2,000 sentences",
    "FinRE train (relation model)",
    "newsie written training documents (data/train)",
    "CCTV 新闻联播 transcripts (raw_news, unlabeled: character and bigram vectors only)",
)


def build_corpus(shared: Path, written: Path, dev_samples: Optional[Path], workdir: Path, *, seed: int = 0,
                 repeat_written: int = 4) -> dict:
    """Write train.spacy and dev.spacy under ``workdir``; CLUENER dev and our dev samples are dev only."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "newsie.ChineseTokenizer.v1"}}})
    train = training_corpora(shared, written, seed=seed)
    dev = list(mask_unannotated_products(read_cluener(shared / "cluener" / "dev.json")))
    if dev_samples and dev_samples.exists():
        dev += list(read_written(dev_samples))
    return {
        "train": to_docbin(nlp, train, workdir / "train.spacy", repeat_written=repeat_written),
        "dev": to_docbin(nlp, dev, workdir / "dev.spacy"),
    }


def build_finetune_corpus(shared: Path, written: Path, workdir: Path, *, seed: int = 0) -> dict:
    """Stage-2 DocBins under ``workdir``: FinRE train names (partial), written documents, a CLUENER sample."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "newsie.ChineseTokenizer.v1"}}})
    counts = to_docbin(nlp, finetune_corpora(shared, written, seed=seed), workdir / "train.spacy", repeat_written=4)
    return {"train": counts}


def unlabeled_texts(shared: Path, written: Path, *, seed: int = 0) -> list[str]:
    """Text for the character and bigram vectors: the raw news and the training corpora's texts
    (never CLUENER dev, FinRE valid or our evaluation samples)."""
    from .vectors import raw_news

    texts = list(raw_news(shared / "raw_news" / "xinwenlianbo"))
    texts += [record.text for record in training_corpora(shared, written, seed=seed)]
    finre = shared / "finre" / "train.txt"
    if finre.exists():
        with open(finre, encoding="utf-8") as lines:
            texts += sorted({line.rstrip("\n").split("\t")[-1] for line in lines})
    return texts


def build_vectors(shared: Path, written: Path, output: Path, *, seed: int = 0) -> Path:
    """Train the word2vec character and bigram vectors (needs gensim: pip install "newsie[train]")."""
    from .vectors import save_vectors_pipeline, train_vectors

    keys, matrix = train_vectors(unlabeled_texts(shared, written, seed=seed), seed=seed)
    return save_vectors_pipeline(keys, matrix, output)


def train_ner(config: Path, workdir: Path, output: Path, *, overrides: Optional[dict] = None,
              dev: Optional[Path] = None, keep: str = "model-best") -> Path:
    """Train with ``config`` on the DocBins in ``workdir``; copy ``keep`` (model-best or model-last) to ``output``."""
    from spacy.cli.train import train
    from thinc.api import use_ops

    from ..ops import BLAS_OPS

    settings = {"paths.train": str(workdir / "train.spacy"), "paths.dev": str(dev or workdir / "dev.spacy")}
    settings.update(overrides or {})
    with use_ops(BLAS_OPS):  # the models' matrix products through numpy's BLAS, as at inference
        train(config, workdir / "runs", overrides=settings)
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(workdir / "runs" / keep, output)
    return output


def default_config(name: str = "ner.cfg") -> Path:
    """A training config kept in the package: ner.cfg (stage 1) or ner_finetune.cfg (stage 2)."""
    return Path(__file__).resolve().parents[1] / "configs" / name


def train_relation_model(nlp, shared: Path, written: Path, *, epochs: int = 6, seed: int = 0) -> dict:
    """Add and train newsie_relation_model on our written documents and FinRE train; return counts."""
    from .relations import examples_from_finre, examples_from_gold, train_pair_classifier, written_records

    examples = list(examples_from_gold(written_records(written)))
    finre = shared / "finre" / "train.txt"
    counts = {"written_pairs": len(examples)}
    if finre.exists():
        finre_examples = list(examples_from_finre(finre))
        counts["finre_pairs"] = len(finre_examples)
        examples += finre_examples
    if "newsie_relation_model" not in nlp.pipe_names:
        nlp.add_pipe("newsie_relation_model", after="newsie_relations")
    component = nlp.get_pipe("newsie_relation_model")
    counts["losses"] = train_pair_classifier(component, examples, epochs=epochs, seed=seed)
    return counts


def assemble(ner_dir: Path, shared: Path, written: Path, output: Path, *, seed: int = 0) -> Path:
    """The shipped pipeline: the trained NER, the rule layers and the trained relation model, saved to ``output``."""
    from ..pipeline import load

    nlp = load(ner_dir)
    counts = train_relation_model(nlp, shared, written, seed=seed)
    logger.info("relation model: %s", counts)
    from .. import __version__

    nlp.meta.update({
        "name": "newsie_zh_business",
        "version": __version__,
        "license": "MIT",
        "description": "newsie: COMPANY/PERSON/PRODUCT/ORG/GOV entities and seven business relations in "
                       "Chinese business news (see docs/model-card.md)",
        "sources": [{"name": name} for name in TRAINING_SOURCES],
        "newsie": {"seed": seed, "relation_training": {k: v for k, v in counts.items() if k != "losses"}},
    })
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    return output
