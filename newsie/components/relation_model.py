"""newsie_relation_model: a trained classifier over candidate entity pairs, merged with the rule relations.

Model: spaCy's bag-of-n-grams text classifier (``spacy.TextCatBOW.v3``, multi-label) over the
placeholder window of each pair (newsie.relation_windows). Policy (docs/architecture.md): a rule
relation that the model also scores keeps the higher of the two scores; a pair the rules missed is
added when the model's probability for a label reaches that label's threshold; status comes from
the same cue words as for rules.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import numpy
import srsly
from spacy.language import Language
from spacy.ml.models.textcat import build_bow_text_classifier_v3
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..relation_merge import SYMMETRIC, finalise, merge_relation, relation_key, status_of
from ..relation_patterns import SIGNATURES
from ..relation_windows import candidate_pairs, window_text
from ..reporting import reporting
from ..sentences import sentence_spans

STANDING_LABELS = ("SUBSIDIARY_OF", "EMPLOYEE_OF", "FOUNDER_OF")
RELATION_LABELS = ["PARTNER", "SUBSIDIARY_OF", "EMPLOYEE_OF", "FOUNDER_OF", "SHAREHOLDER_OF", "ACQUIRED",
                   "COMPETES_WITH"]


def build_pair_classifier(labels: list[str], ngram_size: int = 3, length: int = 2 ** 18, width: int = 0):
    """The Thinc model: window docs → one probability per relation label.

    ``width`` 0 gives spaCy's bag-of-n-grams classifier; a positive width gives a character CNN whose
    vectors are mean- and max-pooled (spaCy's TextCatReduce).
    """
    if not width:
        return build_bow_text_classifier_v3(exclusive_classes=False, ngram_size=ngram_size, no_output_layer=False,
                                            length=length, nO=len(labels))
    from spacy.ml.models.textcat import build_reduce_text_classifier
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model

    tok2vec = build_Tok2Vec_model(
        MultiHashEmbed(width=width, attrs=["ORTH"], rows=[8000], include_static_vectors=False),
        MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=2),
    )
    return build_reduce_text_classifier(tok2vec, exclusive_classes=False, use_reduce_first=False,
                                        use_reduce_last=False, use_reduce_max=True, use_reduce_mean=True,
                                        nO=len(labels))


class RelationModel:
    """Scores candidate pairs with a trained pair classifier and merges the result into doc._.newsie_relations."""

    def __init__(self, name: str, thresholds: dict[str, float], ngram_size: int, length: int, width: int):
        self.name = name
        self.labels = list(RELATION_LABELS)
        self.thresholds = thresholds
        self.cfg = {"ngram_size": ngram_size, "length": length, "width": width, "labels": self.labels}
        self.model = build_pair_classifier(self.labels, ngram_size, length, width)
        self.window_vocab = Vocab()
        self.trained = False

    def window_docs(self, windows: list[str]) -> list[Doc]:
        return [Doc(self.window_vocab, words=list(w) or [" "], spaces=[False] * max(1, len(w))) for w in windows]

    def predict_windows(self, windows: list[str]) -> numpy.ndarray:
        if not windows:
            return numpy.zeros((0, len(self.labels)), dtype="f")
        return self.model.ops.to_numpy(self.model.predict(self.window_docs(windows)))

    def _threshold(self, label: str, head: dict, tail: dict) -> float:
        """The label's threshold, or one set for the pair's entity types (PARTNER_COMPANY_PRODUCT)."""
        typed = "_".join([label, *sorted((head["label"], tail["label"]))])
        return self.thresholds.get(typed, self.thresholds.get(label, 1.0))

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 64):
        """Score the candidate pairs of ``batch_size`` documents in one model call, then merge per document."""
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            if not self.trained:
                yield from batch
                continue
            candidates = [self._candidates(doc) for doc in batch]
            windows = [window for _, windows in candidates for window in windows]
            scores = self.predict_windows(windows)
            offset = 0
            for doc, (pairs, windows) in zip(batch, candidates):
                if pairs:
                    self._merge(doc, pairs, scores[offset:offset + len(pairs)])
                offset += len(pairs)
                yield doc

    def _candidates(self, doc: Doc) -> tuple[list, list[str]]:
        """The document's candidate pairs and their placeholder windows."""
        text = doc.text  # Doc.text joins every token: read it once
        entities = doc._.newsie_entities or []
        pairs = candidate_pairs(entities, sentence_spans(text))
        return pairs, [window_text(text, entities, pair) for pair in pairs]

    def _merge(self, doc: Doc, pairs: list, scores: numpy.ndarray) -> None:
        """Rule relations rescored by the model, plus model-only pairs above their thresholds."""
        text = doc.text
        entities = doc._.newsie_entities or []
        by_pair = {(p.head, p.tail): row for p, row in zip(pairs, scores)}
        found: dict[tuple, dict] = {}
        for raw in doc._.newsie_relations or []:
            head = _index_of(entities, raw["head"])
            tail = _index_of(entities, raw["tail"])
            relation = dict(raw, head=head, tail=tail, evidence=tuple(raw["evidence"][0]))
            row = by_pair.get((head, tail))
            if row is not None:
                relation["score"] = round(max(raw["score"], float(row[self.labels.index(raw["label"])])), 4)
            merge_relation(found, relation, entities)
            for extra in raw["evidence"][1:]:
                merge_relation(found, dict(relation, evidence=tuple(extra)), entities)
        # a founder not said to hold a post gets FOUNDER_OF only (guidelines 5): no model-only EMPLOYEE_OF
        founders = {(key[1], key[2]) for key in found if key[0] == "FOUNDER_OF"}
        # what the rules read, per evidence sentence (a sentence is its (start, end)):
        # ruled: pairs the rules related there get no model-only partnership or rivalry (the rules saw the
        #   words that decide which it is); rivalries: sentences whose rivalry the rules read (the others
        #   named are customers, owners…); posts: people whose post the rules read hold no other post there;
        # children: owner → what the rules say it owns (it covers those entities; 接入X推出的Y partners Y);
        # partners: who the rules paired with whom (co-signers of one side are not partners of each other)
        ruled, rivalries, posts, bought = set(), set(), set(), set()
        children: dict[tuple, set] = {}
        partners: dict[tuple, set] = {}
        for key, record in found.items():
            label, head_name, tail_name = key[:3]
            for evidence in map(tuple, record["evidence"]):
                ruled.add((evidence, frozenset((head_name, tail_name))))
                if label == "COMPETES_WITH":
                    rivalries.add(evidence)
                if label == "EMPLOYEE_OF":
                    posts.add((evidence, head_name))
                if label == "ACQUIRED":
                    bought.add((evidence, tail_name))
                if label == "SUBSIDIARY_OF":
                    children.setdefault((evidence, tail_name), set()).add(head_name)
                if label in SYMMETRIC:
                    partners.setdefault((evidence, head_name), set()).add(tail_name)
                    partners.setdefault((evidence, tail_name), set()).add(head_name)
        for pair, row in zip(pairs, scores):
            head, tail = entities[pair.head], entities[pair.tail]
            for index, label in enumerate(self.labels):
                probability = float(row[index])
                if label in SYMMETRIC and (pair.tail, pair.head) in by_pair:
                    probability = (probability + float(by_pair[(pair.tail, pair.head)][index])) / 2
                # compared at 3 decimals: the float noise of batch composition (one document alone or in a
                # batch of many) must not move a relation across its threshold
                probability = round(probability, 3)
                heads, tails = SIGNATURES[label]
                if probability < self._threshold(label, head, tail) or head["label"] not in heads or tail["label"] not in tails:
                    continue
                if label == "EMPLOYEE_OF" and ((head["canonical"], tail["canonical"]) in founders
                                               or (tuple(pair.sentence), head["canonical"]) in posts):
                    continue
                if label == "ACQUIRED" and (tuple(pair.sentence), tail["canonical"]) in bought:
                    continue  # the rules read who bought it (从福特汽车手中收购沃尔沃: the seller is no buyer)
                if label == "COMPETES_WITH" and (tuple(pair.sentence) in rivalries or
                                                 not _RIVALRY.search(text, pair.sentence[0], pair.sentence[1])):
                    continue  # the rules read this rivalry, or the sentence states none (国泰君安、华泰证券等同业)
                if label in SYMMETRIC and _co_objects(text, head, tail):
                    continue
                if (reporting(text, head) or reporting(text, tail) or _alias_pair(text, head, tail)
                        or _own_product(text, head, tail)):
                    continue  # 财联社3月12日电…, 36氪获悉…: the outlet reports the deal; (下称“星曜科技”): one party
                if label in SYMMETRIC and (tuple(pair.sentence), frozenset((head["canonical"], tail["canonical"]))) in ruled:
                    continue
                if label in SYMMETRIC and partners.get((tuple(pair.sentence), head["canonical"]), set()) & \
                        partners.get((tuple(pair.sentence), tail["canonical"]), set()):
                    continue
                if label == "PARTNER" and _partners_owner(tuple(pair.sentence), head["canonical"], tail["canonical"],
                                                          partners, children):
                    continue  # 接入深度求索推出的DeepSeek-R1: the partner is the product, not its maker
                if label == "SUBSIDIARY_OF" and ((tuple(pair.sentence), tail["canonical"]) in children or
                                                 tail["canonical"] in children.get((tuple(pair.sentence), head["canonical"]), ())):
                    continue  # the tail's children are read by the rules, or the rules read the reverse
                first, last = sorted((head, tail), key=lambda e: e["start"])
                offset = pair.sentence[0]
                if label in STANDING_LABELS:  # a standing fact: only cues between the two parties count
                    status = status_of(text[first["start"]:last["end"]], 0, last["end"] - first["start"])
                else:
                    status = status_of(text[offset:pair.sentence[1]], first["start"] - offset, last["end"] - offset)
                relation = {"label": label, "head": pair.head, "tail": pair.tail, "status": status,
                            "score": round(probability, 4), "trigger": None, "title": None, "source": "model",
                            "evidence": pair.sentence}
                if relation_key(relation, entities) not in found:
                    merge_relation(found, relation, entities)
        doc._.newsie_relations = finalise(found)

    # serialisation
    def to_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {**self.cfg, "trained": self.trained})
        if self.trained:
            (path / "model.bin").write_bytes(self.model.to_bytes())

    def from_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json")
        self.labels = cfg["labels"]
        self.cfg = cfg
        self.model = build_pair_classifier(self.labels, cfg["ngram_size"], cfg["length"], cfg.get("width", 0))
        if cfg.get("trained") and (path / "model.bin").exists():
            self.model.initialize()
            self.model.from_bytes((path / "model.bin").read_bytes())
            self.trained = True
        return self


# words that state a rivalry (guidelines: COMPETES_WITH is a stated rivalry, not peers named together)
_RIVALRY = re.compile(r"竞争|对手|竞品|抗衡|争夺|击败|价格战|补贴战|大战|对标|叫板|角逐|较量|PK|对决|挑战|围剿|狙击|超越|反超|厮杀|交锋")
_COORDINATION = re.compile(r"[、，,]|和|及|以及|与")
_OBJECT_CUE = ("与", "和", "同", "跟", "向", "对", "面临", "面对", "是", "为", "包括", "接入", "引入", "来自", "击败", "超过",
               "在", "于", "通过", "使用", "登录", "打开", "支持", "内置", "搭载", "预装")


def _co_objects(text: str, a: dict, b: dict) -> bool:
    """与东华软件、太极股份等厂商竞争: two coordinated objects of one verb are not each other's partner
    or rival (the subject is)."""
    first, last = sorted((a, b), key=lambda e: e["start"])
    between = text[first["end"]:last["start"]]
    return bool(_COORDINATION.fullmatch(between)) and text[:first["start"]].endswith(_OBJECT_CUE)



_ALIAS_BETWEEN = re.compile(r"\s*[（(](?:以下|下文)?(?:简称|下称|简称为)?[为:：]?[“\"「]?")




def _partners_owner(sentence: tuple, a: str, b: str, partners: dict, children: dict) -> bool:
    """Whether one of the two partners (by the rules, in this sentence) something the other owns."""
    return bool(partners.get((sentence, a), set()) & children.get((sentence, b), set())
                or partners.get((sentence, b), set()) & children.get((sentence, a), set()))


def _own_product(text: str, head: dict, tail: dict) -> bool:
    """A name and a longer name built on it (京东 / 京东APP, 微信 / 微信支付): one owner's own product."""
    a, b = text[head["start"]:head["end"]], text[tail["start"]:tail["end"]]
    return a != b and (a.startswith(b) or b.startswith(a))


def _alias_pair(text: str, head: dict, tail: dict) -> bool:
    """A full name and the short name declared for it right after (星曜科技股份有限公司（简称“星曜科技”）)."""
    first, last = sorted((head, tail), key=lambda e: e["start"])
    match = _ALIAS_BETWEEN.match(text, first["end"])
    return bool(match) and match.end() == last["start"]


def _index_of(entities: list[dict], span) -> Optional[int]:
    for index, entity in enumerate(entities):
        if entity["start"] == span[0] and entity["end"] == span[1]:
            return index
    return None


@Language.factory(
    "newsie_relation_model",
    default_config={
        "thresholds": {"PARTNER": 0.9, "PARTNER_COMPANY_PRODUCT": 0.95, "SUBSIDIARY_OF": 0.8, "EMPLOYEE_OF": 0.8,
                       "FOUNDER_OF": 0.8, "SHAREHOLDER_OF": 0.8, "ACQUIRED": 0.8, "COMPETES_WITH": 0.8},
        "ngram_size": 3,
        "length": 262144,
        "width": 64,
    },
)
def make_relation_model(nlp: Language, name: str, thresholds: dict, ngram_size: int, length: int,
                        width: int) -> RelationModel:
    """Trained relation component (train with `newsie train-relations`).

    Args:
        thresholds: probability from which the model adds a relation the rules did not find, per label;
            a key LABEL_TYPE1_TYPE2 (types sorted, e.g. PARTNER_COMPANY_PRODUCT) overrides it for a pair's types.
        ngram_size: longest character n-gram the classifier reads.
        length: rows of the hashed n-gram table.
        width: width of the character CNN beside the n-gram model (0: n-grams only).
    """
    return RelationModel(name, thresholds, ngram_size, length, width)
