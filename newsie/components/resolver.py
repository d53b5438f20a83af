"""newsie_resolver: the one component that writes doc.ents and the resolved entity records."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resolve import (LABELS, Candidate, acts_as_company, assign_canonicals, choose, list_classifier,
                       person_name_bounds, platform_role, trim_rule_prefixes)
from ..orgtype import org_type
from ..resources import cues
from .lexicon import SPANS_KEY as LEXICON_KEY
from .rules import SPANS_KEY as RULE_KEY

if not Doc.has_extension("newsie_entities"):
    Doc.set_extension("newsie_entities", default=None)


class EntityResolver:
    """Merge model, lexicon and rule candidates by the policy in newsie.resolve."""

    def __init__(self, name: str, model_scores: dict[str, float], min_model_chars: dict[str, int]):
        self.name = name
        self.model_scores = model_scores
        self.min_model_chars = min_model_chars
        cue = cues()
        self.product_class_before = tuple(cue["product_class_before"])
        self.document_ends = tuple(cue["document_title_ends"])
        # a kind of firm, not a name: 中资银行, 外资金融机构, 博彩公司, 沪上某银行
        kinds = "|".join(map(re.escape, sorted(cue["generic_before_suffix"] + ["中资", "沪上", "某", "一家", "各"], key=len, reverse=True)))
        heads = "|".join(map(re.escape, sorted(cue["generic_org_heads"], key=len, reverse=True)))
        self.generic_org = re.compile(rf"(?:{kinds})*(?:某)?(?:{heads})")
        self.address_terms = tuple(sorted(cue["person_address_terms"], key=len, reverse=True))
        self.surnames = frozenset(cue["surnames"])
        self.compound_surnames = tuple(cue["compound_surnames"])
        self.product_classes = tuple(sorted(cue["product_class_named"], key=len, reverse=True))
        self.foreign_origins = tuple(sorted(cue["foreign_origin_words"], key=len, reverse=True))
        self.country_name_heads = tuple(cue["country_name_heads"])

    def candidates(self, doc: Doc, text: str) -> list[Candidate]:
        found = []
        for span in doc.ents:
            start, end = _trimmed(text, span.start_char, span.end_char)
            start = self._after_class_word(text, start, end)
            if span.label_ in LABELS and end - start >= self.min_model_chars.get(span.label_, 1):
                found.append(Candidate(start, end, span.label_, self.model_scores.get(span.label_, 0.7), "model"))
        for key, source in ((LEXICON_KEY, "lexicon"), (RULE_KEY, "rule")):
            if key not in doc.spans:
                continue
            group = doc.spans[key]
            for span, score in zip(group, group.attrs.get("scores", [])):
                found.append(Candidate(span.start_char, span.end_char, span.label_, score, source, span.kb_id_))
        return found

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: read it once
        # documents are not entities (guidelines 1): a model name ending like 《…报告》 or 《…通知》 is a title
        candidates = [c for c in self.candidates(doc, text)
                      if c.source != "model" or not (text[c.start:c.end].endswith(self.document_ends)
                                                     or self.generic_org.fullmatch(text[c.start:c.end])
                                                     or text[c.start:c.end] in _GENERIC_PRODUCTS)]
        trim_rule_prefixes(text, candidates)
        chosen = choose(candidates)
        labels = {c.canonical: c.label for c in chosen if c.label in LABELS and c.canonical}
        for candidate in chosen:
            if candidate.label == "PLATFORM":
                candidate.label = platform_role(text, candidate.start, candidate.end, candidate.model_label)
            elif candidate.label == "ALIAS":  # a declared short name takes its full name's label
                candidate.label = labels.get(candidate.canonical, "COMPANY")
            elif candidate.source == "model" and candidate.label in ("COMPANY", "PRODUCT"):
                by_list = list_classifier(text, candidate.end)
                if by_list:
                    candidate.label = by_list
                elif candidate.label == "PRODUCT" and acts_as_company(text, candidate.end):
                    candidate.label = "COMPANY"
                elif candidate.label == "COMPANY" and text[:candidate.start].endswith(self.product_class_before):
                    candidate.label = "PRODUCT"  # 国风动作游戏霜刃, 人形机器人灵枢W1: named after its kind
                elif candidate.label == "COMPANY" and _MAKER_MODEL.fullmatch(text[candidate.start:candidate.end]):
                    candidate.label = "PRODUCT"  # 北岳S7, 星川X9 Pro, OPPO Watch X2: maker + model is a product
            if candidate.source == "model" and candidate.label in ("COMPANY", "ORG"):
                # a government or non-commercial suffix decides (俄罗斯国防部 GOV, 胡润研究院 ORG)
                name = text[candidate.start:candidate.end]
                kind = org_type(name)
                unit = _COMPANY_UNIT.search(name)
                if unit and unit.end() < len(name):
                    kind = None  # 招商银行信用卡中心, 国华置业有限公司公关部: a company's unit is the company's kind
                if kind == "GOV" or (kind == "ORG" and candidate.label == "COMPANY"):
                    candidate.label = kind
        for candidate in chosen:
            self._drop_origin(text, candidate)
        chosen = [c for c in chosen if c.label != "PERSON" or self._person_name(text, c)]
        chosen = [part for c in chosen for part in self._byline_names(text, c)]
        chosen = _propagate(text, chosen)
        chosen = _join_affiliates(text, chosen)
        _extend_model_codes(text, chosen)
        _extend_units(text, chosen)
        assign_canonicals(text, chosen)
        doc.ents = [Span(doc, *_token_bounds(doc, c), label=c.label) for c in chosen]
        doc._.newsie_entities = [
            {"start": c.start, "end": c.end, "label": c.label, "score": round(c.score, 4), "source": c.source,
             "canonical": c.canonical}
            for c in chosen
        ]
        return doc

    def _after_class_word(self, text: str, start: int, end: int) -> int:
        """A model span that starts inside a product class word starts after it (推理卡摩芯M300 → 摩芯M300)."""
        for word in self.product_classes:
            for inside in range(1, len(word)):
                cut = start + inside
                if cut < end - 1 and text.startswith(word, start - len(word) + inside):
                    return cut
        return start

    def _drop_origin(self, text: str, candidate: Candidate) -> None:
        """A country word that only says where a company is from is no part of its name (guidelines 3:
        美国英特尔 → 英特尔, 韩国三星 → 三星); it stays in names built on it (美国银行, 德国电信, 法国兴业银行)
        and in full legal names (韩国友利银行（中国）有限公司)."""
        name = text[candidate.start:candidate.end]
        if candidate.label != "COMPANY" or not name.startswith(self.foreign_origins):
            return
        origin = next(word for word in self.foreign_origins if name.startswith(word))
        rest = name[len(origin):]
        if len(rest) >= 2 and not rest.startswith(self.country_name_heads) and not rest.endswith(("公司", "银行")):
            candidate.start += len(origin)  # (a full name or a bank keeps its country: 德国复兴信贷银行)

    def _byline_names(self, text: str, candidate: Candidate) -> list[Candidate]:
        """Two reporters' names written together in a byline (记者王姝马力 → 王姝 + 马力): split where the
        second name's surname starts, when both parts start with a surname."""
        name = text[candidate.start:candidate.end]
        if (candidate.label != "PERSON" or not 4 <= len(name) <= 6 or not text[:candidate.start].endswith(_BYLINE)
                or name[:2] in self.compound_surnames or not all("\u4e00" <= ch <= "\u9fff" for ch in name)
                or name[0] not in self.surnames):
            return [candidate]
        for cut in ((2,) if len(name) == 4 else (3, 2) if len(name) == 5 else (3,)):
            if name[cut] in self.surnames and 2 <= len(name) - cut <= 3:
                first = Candidate(candidate.start, candidate.start + cut, "PERSON", candidate.score, candidate.source)
                second = Candidate(candidate.start + cut, candidate.end, "PERSON", candidate.score, candidate.source)
                return [first, second]
        return [candidate]

    def _person_name(self, text: str, candidate: Candidate) -> bool:
        """Trim an address term off a person's name (张伟先生 → 张伟); False when no name is left (王先生)."""
        bounds = person_name_bounds(text, candidate.start, candidate.end, self.address_terms, self.surnames,
                                    self.compound_surnames)
        if bounds is None:
            return False
        candidate.start, candidate.end = bounds
        return True


def _propagate(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name found in the document is a mention too (one document, one
    reading): 嘴馋猫 found once by the model is found where the model missed it. Names of two or more
    characters, at places no other mention covers and not inside a longer Latin word."""
    taken = [(c.start, c.end) for c in chosen]
    added: list[Candidate] = []
    seen: set[str] = set()
    for candidate in sorted(chosen, key=lambda c: -c.length):
        name = text[candidate.start:candidate.end]
        if candidate.length < 2 or name in seen:
            continue
        seen.add(name)
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            latin_edge = (name[0].isascii() and start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) or \
                         (name[-1].isascii() and end < len(text) and text[end].isascii() and text[end].isalnum())
            if not latin_edge and all(end <= a or b <= start for a, b in taken):
                added.append(Candidate(start, end, candidate.label, candidate.score, candidate.source,
                                       candidate.canonical, candidate.model_label))
                taken.append((start, end))
            start = text.find(name, end)
    return sorted(chosen + added, key=lambda c: c.start)


def _join_affiliates(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """复旦大学 + 附属 + 中山医院 is one name: the affiliated body's full name (guidelines 3, longest name)."""
    joined: list[Candidate] = []
    for candidate in chosen:
        last = joined[-1] if joined else None
        if (last is not None and last.label == candidate.label == "ORG"
                and (text[last.end:candidate.start] in ("附属", "附属的")
                     or (last.end == candidate.start and text[last.start:last.end].endswith("附属")))):
            last.end, last.canonical = candidate.end, ""
            continue
        joined.append(candidate)
    return joined


# words right before a byline's names (记者王姝马力, 通讯员宋云辉王爽)
_BYLINE = ("记者", "通讯员", "编辑", "实习生", "摄影", "撰稿")
# a verb the model sometimes reads as the end of a developer's name (由Relic开发, 正由北京软星开发中)
_GLUED_VERBS = ("开发中", "开发", "研发", "发行", "出品", "代理")
# a company name inside a longer name (not 银行业协会, 中国银行保险监督管理委员会, where the word is a sector)
_COMPANY_UNIT = re.compile(r"(?:公司|集团|银行|证券|分行|支行|地产|置业|物业)(?!业|行业|监督|保险|协会|同业)")
_MODEL_CODE = re.compile(r"[A-Za-z]{0,3}\d+(?:\.\d+)?[A-Za-z]{0,3}(?: ?(?:EV|Pro|Max|Ultra|Plus|PLUS|Mini|SE|DM-i|DM))?"
                         r"|[A-Z]\d*(?: ?(?:EV|Pro|Max|Ultra|Plus|PLUS))?(?![A-Za-z])")


# a number followed by one of these is a quantity or a date, not a model code (星河2024年, 小米15万辆)
_UNITS = ("%", "年", "月", "日", "亿", "万", "元", "个", "款", "辆", "台", "家", "倍", "号")


# a maker's name and a model code with a Latin letter (北岳S7, 星川X9 Pro, KH-021); not 奇虎360
_MAKER_MODEL = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]*?[A-Z]{1,4}-?\d{1,4}[A-Za-z]?"
                          r"(?: ?(?:Pro|Max|Ultra|Plus|PLUS|mini|Air|SE|EV|Lite))?")
# kinds of product the model sometimes reads as a name (旗下App瑞丰财富通)
_GENERIC_PRODUCTS = frozenset(("App", "APP", "app", "小程序", "平台", "系统", "应用", "客户端", "手机", "大模型", "模型", "芯片",
                               "产品", "服务", "CRM", "SaaS", "AI"))
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:事业部|事业群|BG|业务集团|信用卡中心|分公司)")


def _extend_units(text: str, chosen: list[Candidate]) -> None:
    """A unit named after its company is one span (guidelines 5.2): 北岳汽车 + 智能驾驶事业部, 华为 + 终端BG."""
    for index, candidate in enumerate(chosen):
        if candidate.label != "COMPANY":
            continue
        unit = _UNIT_AFTER.match(text, candidate.end)
        limit = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        if unit and unit.end() <= limit and not re.search("[的与和及在是为将已了多家部日近对等旗下]", unit.group()[:-2]):
            candidate.end = unit.end()
            candidate.canonical = ""  # a unit is its own entity


def _extend_model_codes(text: str, chosen: list[Candidate]) -> None:
    """Maker + model is one PRODUCT span (guidelines 5.2): 尚界 + H5 → 尚界H5, 幻影 + 2.0 → 幻影2.0."""
    for index, candidate in enumerate(chosen):
        if candidate.label != "PRODUCT":
            continue
        code = _MODEL_CODE.match(text, candidate.end)
        if not code or not code.group():
            continue
        limit = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        end = code.end()
        after = text[end:end + 1]
        if end <= limit and not (after.isascii() and after.isalnum()) and after not in _UNITS:
            candidate.end = end
            candidate.canonical = ""  # a model of the brand is its own entity (尚界H5 is not 尚界)


_EDGE = " \t\n\u3000-–—·《》“”\"'「」『』()（）[]【】,，、。:：;；!！?？"


# a kind of product written after a model name: no part of the name
_PRODUCT_KIND_END = re.compile(r"(?:处理器|芯片|系列|手机|平板|笔记本|车型)$")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A model span without quotes, brackets, punctuation or spaces at its ends (guidelines 3), without an
    unclosed bracket and what follows it (渣打银行（中国 → 渣打银行), and without a verb glued to its end
    (北京软星开发中 → 北京软星)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    name = text[start:end]
    for opening, closing in (("（", "）"), ("(", ")")):
        cut = name.rfind(opening)
        if cut >= 2 and closing not in name[cut:]:
            return _trimmed(text, start, start + cut)
    kind = _PRODUCT_KIND_END.search(name)
    if kind and re.search(r"[0-9A-Za-z]", name[:kind.start()]) and kind.start() >= 3:
        return start, start + kind.start()  # 骁龙8至尊版处理器 → 骁龙8至尊版 (guidelines 5.2: 系列 after a model name)
    if len(name) >= 4 and name.endswith(("报讯", "网讯", "社讯")):
        return start, end - 1  # 中国房地产报讯: the outlet, not its dateline word
    for verb in _GLUED_VERBS:  # only where the phrase reads "by X, developed" (由X开发, X开发的): 长城开发 is a name
        glued = text[:start].endswith("由") or text.startswith("的", end)
        if glued and name.endswith(verb) and len(name) - len(verb) >= 2:
            return start, end - len(verb)
    return start, end


def _token_bounds(doc: Doc, candidate: Candidate) -> tuple[int, int]:
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span.start, span.end


@Language.factory(
    "newsie_resolver",
    default_config={
        "model_scores": {"COMPANY": 0.75, "PERSON": 0.85, "PRODUCT": 0.6, "ORG": 0.7, "GOV": 0.75},
        "min_model_chars": {"PERSON": 2, "COMPANY": 2, "PRODUCT": 2, "ORG": 2, "GOV": 2},
    },
)
def make_resolver(nlp: Language, name: str, model_scores: dict, min_model_chars: dict) -> EntityResolver:
    """Entity resolution component.

    Args:
        model_scores: score given to a model entity per label (its measured precision on the dev samples).
        min_model_chars: shortest model entity kept per label.
    """
    return EntityResolver(name, model_scores, min_model_chars)
