"""Entity resolution: merge candidates from every source into doc.ents, set labels by role and canonical names.

Overlap policy (docs/architecture.md):

1. A span that contains another wins (the longest proper name): 浙江淘宝直播电子商务有限公司 over 淘宝.
2. Among crossing spans, the higher source rank wins: rule > lexicon > model, then the higher score.
3. Label: a rule or lexicon label wins, except that a lexicon PLATFORM name (淘宝, 京东) takes its
   role from context: PRODUCT when used (在淘宝下单, 京东订单), COMPANY otherwise; the model's own
   COMPANY/PRODUCT reading of the same span is used when context gives no cue.
   A rule name built back from a short suffix (集团, 银行) starts where the model's name with the same
   end starts, when that is at most four characters later (由林达集团 → 林达集团).
4. Canonical: the lexicon's name for lexicon entries and declared aliases' full names; otherwise
   mentions whose core names agree (远帆 / 远帆集团 / 远帆集团股份有限公司) share the longest form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import cues

_LIST_TAIL = re.compile(r"(?:[、，,和与及][^、，,。；]{1,12}?)*等")
_LEADING_ADVERBS = re.compile(r"^(?:今日|今天|近日|日前|昨日|昨天|此前|目前|正式|也|已|还|则|又|再次|首次|随后|同时|将|已经|正在|亦)+")
_STRONG_COMPANY_AFTER = ("方面表示", "方面称", "发布公告", "公告称", "今日公告", "晚间公告", "董事长", "创始人", "发言人",
                         "股价", "市值")

SOURCE_RANK = {"rule": 3, "lexicon": 2, "model": 1}
LABELS = ("COMPANY", "PERSON", "PRODUCT", "ORG", "GOV")

_LEGAL_TAILS = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司",
                "控股集团", "集团", "控股", "公司", "股份")
_INDUSTRY_TAILS = ("电子商务", "信息技术", "网络技术", "网络科技", "科技", "技术", "网络", "信息", "实业")
_PLACES = ("北京", "上海", "天津", "重庆", "深圳", "广州", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙",
           "浙江", "江苏", "广东", "山东", "福建", "安徽", "湖北", "湖南", "河南", "河北", "四川", "江西", "辽宁",
           "吉林", "黑龙江", "陕西", "山西", "云南", "贵州", "广西", "海南", "内蒙古", "新疆", "宁夏", "青海", "甘肃",
           "西藏", "香港", "澳门", "台湾", "厦门", "宁波", "青岛", "大连", "合肥", "珠海", "东莞", "佛山", "无锡")


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    score: float
    source: str
    canonical: str = ""
    model_label: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def core_name(name: str) -> str:
    """A company name without leading place and trailing legal form (and then generic industry words).

    远帆集团 → 远帆; 浙江淘宝直播电子商务有限公司 → 淘宝直播; 远帆物流股份有限公司 → 远帆物流 (物流 names a
    business, so it stays); 京东物流 → 京东物流 (no legal form, nothing stripped).
    """
    core, legal = name, False
    changed = True
    while changed:
        changed = False
        for tail in _LEGAL_TAILS:
            if core.endswith(tail) and len(core) - len(tail) >= 2:
                core, changed, legal = core[: -len(tail)], True, True
                break
    if not legal:
        return core
    for place in sorted(_PLACES, key=len, reverse=True):
        if core.startswith(place) and len(core) > len(place) + 1:
            core = core[len(place):]
            core = core[1:] if core[:1] in ("市", "省") and len(core) > 3 else core
            break
    for tail in _INDUSTRY_TAILS:
        if core.endswith(tail) and len(core) - len(tail) >= 2:
            core = core[: -len(tail)]
            break
    return core


_FULL_FORMS = ("有限公司", "有限责任公司", "集团公司")


def trim_rule_prefixes(text: str, candidates: list[Candidate], longest: int = 4) -> None:
    """A rule name built back from a short suffix (集团, 银行, 公司) may take in a word before the name
    (由林达集团, 前述邮储银行); where the model read a name with the same end that starts up to
    ``longest`` characters later, the model's start is used. Full legal forms (…有限公司) keep theirs."""
    app_suffixes = tuple(cues()["product_suffixes"])
    model_starts = {}
    for c in candidates:
        if c.source == "model":
            model_starts.setdefault(c.end, set()).add(c.start)
    for c in candidates:
        if c.source != "rule" or text[c.start:c.end].endswith(_FULL_FORMS) or (
                c.label == "PRODUCT" and not text[c.start:c.end].endswith(app_suffixes)):
            continue  # a product named after its class (跃动Band 9) was read forwards: its start is right
        later = [s for s in model_starts.get(c.end, ()) if c.start < s <= c.start + longest and c.end - s >= 2]
        if later:
            c.start = min(later)


def person_name_bounds(text: str, start: int, end: int, terms: tuple[str, ...], surnames: frozenset,
                       compound_surnames: tuple[str, ...]) -> tuple[int, int] | None:
    """A person's name without the address term after it (guidelines 3: titles are outside the name).

    张伟先生 → 张伟; a surname and a term alone (王先生, 张总, 陈某) name nobody: None. ``terms`` longest first.
    """
    name = text[start:end]
    for term in terms:
        if name.endswith(term) and len(name) > len(term):
            rest = name[:-len(term)]
            if rest in compound_surnames or (len(rest) == 1 and rest in surnames):
                return None
            if len(rest) >= 2 and (rest[0] in surnames or rest[:2] in compound_surnames):
                return start, end - len(term)
            break
    return start, end


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Apply the overlap policy; return non-overlapping candidates in text order."""
    def rank(c: Candidate):
        return (c.length, SOURCE_RANK[c.source], c.score)

    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=rank, reverse=True):
        clash = [c for c in chosen if c.start < candidate.end and candidate.start < c.end]
        if not clash:
            chosen.append(candidate)
            continue
        for other in clash:  # merge knowledge from a contained span of the same extent
            if other.start == candidate.start and other.end == candidate.end:
                if candidate.source == "model":
                    other.model_label = candidate.label
                    other.score = max(other.score, candidate.score)
                elif not other.canonical:
                    other.canonical = candidate.canonical
    # crossing (not nested) spans: the longest-first loop keeps the longer; prefer a higher source
    return sorted(chosen, key=lambda c: c.start)


def list_classifier(text: str, end: int) -> str:
    """COMPANY or PRODUCT when a list the name belongs to ends in 等 + a classifier (美团、饿了么等应用), else ""."""
    cue = cues()
    match = _LIST_TAIL.match(text, end)
    if not match:
        return ""
    after = text[match.end():match.end() + 8]
    for label, words in (("PRODUCT", cue["list_product_classifiers"]), ("COMPANY", cue["list_company_classifiers"])):
        if any(after.startswith(word) or after[2:].startswith(word) or after[4:].startswith(word) for word in words):
            return label
    return ""


def platform_role(text: str, start: int, end: int, model_label: str = "") -> str:
    """COMPANY or PRODUCT for a platform name at text[start:end], by the words around it (guidelines 2.1)."""
    cue = cues()
    by_list = list_classifier(text, end)
    if by_list:
        return by_list
    before = text[max(0, start - 3):start]
    after = text[end:end + 4]
    if any(before.endswith(word) for word in cue["platform_product_before"]):
        return "PRODUCT"
    if after.startswith(tuple(cue["platform_product_after"])):
        return "PRODUCT"
    # 淘宝今日宣布, 京东日前已与…: skip time words and adverbs before looking for what the name does
    acting = _LEADING_ADVERBS.sub("", text[end:end + 12])
    if acting.startswith(tuple(cue["company_role_after"])):
        return "COMPANY"
    if model_label in ("COMPANY", "PRODUCT"):
        return model_label
    return "COMPANY"


def acts_as_company(text: str, end: int) -> bool:
    """A strong cue right after a name that only a company fits (方面表示, 发布公告, 董事长)."""
    return text.startswith(_STRONG_COMPANY_AFTER, end)


def assign_canonicals(text: str, chosen: list[Candidate]) -> None:
    """Set ``canonical`` on every candidate (see the module docstring, rule 4)."""
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for candidate in chosen:
        mention = text[candidate.start:candidate.end]
        if candidate.canonical:
            key = ("name", candidate.canonical)
        elif candidate.label == "PERSON":
            key = ("person", mention)
        else:
            key = ("name", core_name(mention) if candidate.label in ("COMPANY", "PRODUCT") else mention)
        groups.setdefault(key, []).append(candidate)
    # a core name that equals a lexicon canonical's core joins it (阿里巴巴集团 → 阿里巴巴)
    for (kind, key), members in list(groups.items()):
        explicit = [m.canonical for m in members if m.canonical]
        if explicit:
            name = explicit[0]
        else:
            name = max((text[m.start:m.end] for m in members), key=len)
        for member in members:
            member.canonical = name
    by_core: dict[str, str] = {}
    for candidate in chosen:
        if candidate.label != "PERSON":
            core = core_name(candidate.canonical)
            if core in by_core and by_core[core] != candidate.canonical:
                candidate.canonical = by_core[core]
            else:
                by_core.setdefault(core, candidate.canonical)

