"""spaCy components of the newsie pipeline; importing this module registers their factories."""

from . import lexicon, relation_model, relations, resolver, rules  # noqa: F401
