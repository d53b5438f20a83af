"""Shared fixtures: pipelines built once per session."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session", autouse=True)
def quiet_jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)


@pytest.fixture(scope="session")
def rules_nlp():
    """The pipeline without the trained model: lexicon, rules, resolver, relations."""
    import newsie

    return newsie.load(model=False)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the packaged model."""
    from newsie.api import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "cluener").is_dir():
        pytest.skip("../shared/data is not beside the project: corpus tests need it")
    return SHARED_DATA
