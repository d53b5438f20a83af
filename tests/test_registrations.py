"""Registered names are part of the public surface: compare them with the checked-in list."""

from importlib.metadata import entry_points

import spacy

EXPECTED_FACTORIES = {"newsie_lexicon", "newsie_rules", "newsie_resolver", "newsie_relations", "newsie_relation_model"}


def test_registrations_factories():
    import newsie.components  # noqa: F401

    registered = {name for name in spacy.registry.factories.get_all() if name.startswith("newsie")}
    assert registered == EXPECTED_FACTORIES


def test_registrations_tokenizer():
    import newsie.tokenizer  # noqa: F401

    assert "newsie.ChineseTokenizer.v1" in spacy.registry.tokenizers.get_all()


def test_registrations_entry_points_match_factories():
    declared = {ep.name for ep in entry_points(group="spacy_factories") if ep.value.startswith("newsie")}
    assert declared == EXPECTED_FACTORIES
