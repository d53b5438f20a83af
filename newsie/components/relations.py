"""newsie_relations: rule-based relations over entity-tagged sentences (doc._.newsie_relations).

Each sentence is rewritten with one placeholder character per entity and matched against
newsie.relation_patterns; coordinated groups distribute (A、B等接入C gives A–C and B–C); 该公司 and
其 stand for the company named last before them. Relations between the same two canonical entities
are merged over the document, keeping every evidence sentence.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..relation_patterns import (ALLIANCE_MEMBERS, E, FINANCING_TRIGGERS, G, GROUP_RIVALRY, GROUP_RIVALRY_AFTER,
                                 GROUP_RIVALRY_BETWEEN, GROUP_RIVALRY_OF, H, M, HYPOTHETICAL, JOINT_ACTION, NOT_PARTNERSHIP_AFTER,
                                 NOT_PARTNERSHIP_DEALS, OWNER_LINK, PATTERNS, SIGNATURES, STATIC_TRIGGERS, S)
from ..relation_merge import finalise, merge_relation, status_of
from ..reporting import DATELINE_AFTER, source_outlet, spoken_to
from ..resources import cues
from ..sentences import sentence_spans

if not Doc.has_extension("newsie_relations"):
    Doc.set_extension("newsie_relations", default=None)

_BASE = 0xE000
_JOINT_WORDS = ("共同", "合资", "联合", "出资", "双方")
# words standing for the product named before (新车搭载…, 该机首发…); 全系 only before a fitting verb
_PRODUCT_ANAPHORA = ("新车", "新机", "该车", "该机", "该车型", "该机型", "该产品", "这款产品", "该款产品", "这款车", "这款手机",
                     "该应用", "这款应用", "该游戏", "该模型", "新品", "该品牌", "该眼镜", "该设备", "该手表", "该耳机", "该系统",
                     "全系")
# words standing for the two products named before (两款产品均支持支付宝)
_PRODUCT_PAIR = "两款(?:产品|新品|笔记本|电脑|手机|车型|新车|设备|应用|游戏|模型|手表)"
_PRODUCT_REFERENCE = "|".join(sorted(_PRODUCT_ANAPHORA[:-1], key=len, reverse=True)) + "|全系(?=搭载|标配|支持|预装|内置)"
_ALL_PARTIES = ("三方", "四方", "多方", "联合体", "共同推出", "共同打造", "共同研发", "共同开发", "合作推出", "合作打造", "合作开发",
                "联合推出", "联合打造", "联合开发")
_JOINING = ("携手", "联手", "牵手", "走向合作", "走向了合作", "达成合作", "达成了合作", "达成战略合作", "展开合作", "开展合作",
            "建立合作", "建立战略合作", "加强合作", "深化合作")


def _all_parties(masked: str, cue_window: str, trigger: Optional[str]) -> bool:
    """三方签署, A携手B、C (guidelines 5: a joint action pairs every party), with the cue read around the
    trigger (``cue_window``); not 分别 anywhere in the sentence (each with the other side)."""
    return "分别" not in masked and (any(cue in cue_window for cue in _ALL_PARTIES) or trigger in _JOINING)
_COOPERATION_AFTER = ("合作", "达成", "签署", "签约", "联名", "联动", "竞争", "携手", "联手")
# an outlet reporting the story (财联社5月8日电, 36氪获悉): never the company a bare 公司 stands for
_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
_NOT_POSTS = ("联合创始人", "创始人", "创办人", "实际控制人", "实控人")
_PERCENT = re.compile(r"(?:[（(][^）)]*[）)])?[^，。；\ue000-\uf8ff]{0,6}?(\d+(?:\.\d+)?)\s*[%％]")
_ANAPHORA = re.compile(
    r"双方|该公司|该集团|该企业|公司方面|(?:其|公司)(?=旗下|子公司|控股股东|第一大股东|第二大股东|大股东|股东|联合创始人|创始人|董事长|CEO|总裁|总经理|母公司|控股|股份|\d+(?:\.\d+)?%)"
    r"|其(?=门店|全国门店|线下门店|平台|App|APP|应用|小程序|客户端|自主研发|自研|研发的|开发的|推出的|主要竞争对手|竞争对手|主要对手|最大竞争对手|对手)|后者(?=旗下|的|为|是|将|已|此前|也|则|还|在|与|同|开发|推出|研发|打造|出品)"
    rf"|{_PRODUCT_REFERENCE}|{_PRODUCT_PAIR}"
    r"|(?<![子母分总该本家])(?:公司|集团)(?=拟|将|已|计划|宣布|决定|正在|正与|曾|还将|也将|还|亦|与)|(?<=加入|入职|加盟|执掌|担任|出任|兼任)公司"
)


class RelationRules:
    """Pattern-based relation extractor."""

    def __init__(self, name: str, score: float, planned_score: float):
        self.name = name
        self.score = score
        self.planned_score = planned_score
        self.patterns = [(entry[0], re.compile(entry[1].format(E=E, G=G, H=H, S=S)), entry[2] if len(entry) > 2 else None)
                         for entry in PATTERNS]
        self.group = re.compile(G)
        self.group_rivalry = re.compile(GROUP_RIVALRY_OF.format(M=M))
        self.titles = tuple(sorted(cues()["person_titles"], key=len, reverse=True))

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.newsie_entities or []
        found: dict[tuple, dict] = {}
        text = doc.text  # Doc.text joins every token: read it once
        for start, end in sentence_spans(text):
            for relation in self.sentence_relations(text, entities, start, end):
                merge_relation(found, relation, entities)
        doc._.newsie_relations = finalise(found)
        return doc

    def sentence_relations(self, text: str, entities: list[dict], start: int, end: int):
        """The relations one sentence states; an outlet named as the source (据36氪报道) is never a party."""
        for relation in self._sentence_relations(text, entities, start, end):
            if relation["label"] == "EMPLOYEE_OF" or not any(
                    source_outlet(text, entities[i], start) for i in (relation["head"], relation["tail"])):
                yield relation  # (a reporter's byline, 新京报记者李然, is a post at the outlet)

    def _sentence_relations(self, text: str, entities: list[dict], start: int, end: int):
        inside = [i for i, e in enumerate(entities) if start <= e["start"] and e["end"] <= end]
        if not inside:
            return
        masked = _mask(text, entities, inside, start, end)
        masked = self._resolve_anaphora(masked, entities, inside, text)
        products = {chr(_BASE + i) for i in inside if entities[i]["label"] == "PRODUCT"}
        for label, pattern, signature in self.patterns:
            for match in _matches(pattern, masked, overlapping=label == "EMPLOYEE_OF"):
                heads = _parties(match.group("head"))
                tails = _parties(match.group("tail")) if "tail" in pattern.groupindex and match.group("tail") else []
                trigger = match.group("trigger") if "trigger" in pattern.groupindex else None
                title = match.group("title") if "title" in pattern.groupindex else None
                if label == "EMPLOYEE_OF" and not trigger and title:
                    trigger = title.strip("的 、兼")
                if label == "SHAREHOLDER_OF" and not tails:
                    tails = self._implicit_target(masked, match, heads, entities, trigger)
                if label == "EMPLOYEE_OF" and not self._is_title(title, trigger):
                    continue
                if label == "PARTNER" and not _is_partnership(masked, match, products):
                    continue
                if label == "PARTNER" and tails:
                    # 预装星川自研的灵犀助手 in 星川X9 Pro: a maker's own product built in is no partner (guidelines 5.2)
                    own = {ord(m.group(1)) - _BASE for m in _OWN_MAKER.finditer(match.group("tail"))}
                    tails = [t for t in tails if not any(_same_maker(entities[o], entities[h]) for o in own for h in heads)]
                if label == "SUBSIDIARY_OF":
                    if _joint_creation(masked, match, trigger):
                        continue  # 共同出资设立: the founders are shareholders, handled by SHAREHOLDER_OF
                    head_text = _first_party(masked, match, "head")
                    owner = _OWNER_BEFORE.match(head_text.lstrip("《"))
                    # 旗下Rockstar Games开发的《侠盗猎车手6》: the subsidiary is the maker, not its product
                    heads = [ord(owner.group(1)) - _BASE] if owner else _parties(head_text)
                if label == "SHAREHOLDER_OF" and trigger in ("转让", "出售"):
                    status = "asserted"  # the seller holds the shares, whatever becomes of the sale
                elif label in ("EMPLOYEE_OF", "FOUNDER_OF") or trigger in STATIC_TRIGGERS:
                    # a post or a standing ownership is a fact: only a cue inside the phrase changes it
                    # from the first of head and trigger: a plan before the owner (拟吸收合并全资子公司X) is another act
                    begin = match.start()
                    if label not in ("EMPLOYEE_OF", "FOUNDER_OF") and "trigger" in pattern.groupindex:
                        begin = min(match.start("head"), match.start("trigger"))
                    phrase = masked[begin:match.end()]
                    status = status_of(phrase, 0, len(phrase))
                else:
                    names = {entities[i]["canonical"] for i in heads + tails}  # every mention of either party
                    parties = "".join(chr(_BASE + i) for i in inside if entities[i]["canonical"] in names)
                    status = status_of(masked, match.start(), match.end(), parties)
                for relation_label in self._labels_for(label, trigger, masked, match):
                    for head in heads:
                        for tail in tails:
                            yield from self._make(relation_label, head, tail, entities, trigger, title, status,
                                                  start, end, signature)
                if label == "FOUNDER_OF" and title and self._is_title(title.lstrip("兼、"), None):
                    for head in heads:
                        for tail in tails:
                            yield from self._make("EMPLOYEE_OF", head, tail, entities, trigger,
                                                  title.lstrip("兼、"), status, start, end)
                # the joint-action cue must belong to this match (not 联合打造的 elsewhere in the sentence)
                cue_window = masked[max(match.start(), match.start("trigger") - 4):match.end() + 8] if "trigger" in pattern.groupindex else ""
                everyone = label == "PARTNER" and _all_parties(masked, cue_window, trigger)
                if everyone or (label in ("PARTNER", "SHAREHOLDER_OF") and any(cue in masked for cue in JOINT_ACTION)):
                    # 三方签署: every party with every other; otherwise the coordinated subjects acting jointly
                    group = heads + tails if everyone else heads
                    for i, a in enumerate(group):
                        for b in group[i + 1:]:
                            yield from self._make("PARTNER", a, b, entities, trigger, None, status, start, end)
        for match in re.finditer(ALLIANCE_MEMBERS, masked):
            members = _parties(match.group("group"))
            status = status_of(masked, match.start(), match.end())
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    yield from self._make("PARTNER", a, b, entities, "联盟", None, status, start, end)
        if (any(cue in masked for cue in GROUP_RIVALRY) or re.search(GROUP_RIVALRY_AFTER, masked)
                or re.search(GROUP_RIVALRY_BETWEEN, masked)):
            for match in self.group.finditer(masked):
                yield from self._group_rivals(match.group(), masked, match, entities, start, end)
        for match in self.group_rivalry.finditer(masked):
            yield from self._group_rivals(match.group("group"), masked, match, entities, start, end)

    def _group_rivals(self, group: str, masked: str, match: re.Match, entities: list[dict], start: int, end: int):
        """Rivalry within a group: every member with every other, or, for A与B、C, A against each of the others."""
        first = _parties(re.split("[与同跟]", group, maxsplit=1)[0])
        members = _parties(group)
        if re.match(r"(?:等[^，。；]{0,4})?(?:三者|三家|三方|几家|各家)", masked[match.start() + len(group):]):
            first = members  # 阿里云与百度智能云、火山引擎三者之间: every member with every other
        status = status_of(masked, match.start(), match.end())
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if len(first) == len(members) or a in first or b in first:
                    yield from self._make("COMPETES_WITH", a, b, entities, None, None, status, start, end)

    def _is_title(self, title: Optional[str], trigger: Optional[str]) -> bool:
        if trigger in ("担任", "出任", "执掌", "接任", "升任", "履新", "就任", "任职于", "任", "加盟"):
            return True
        if title is None or title == "":
            return True
        title = title.strip("的 ")
        if re.search("[与和同跟]", title):
            return False  # 公司正与头部主播X: X is someone the company deals with, not its employee
        for word in _NOT_POSTS:  # founders and controllers hold no post by that word alone (guidelines 5)
            title = title.replace(word, "")
        return any(word in title for word in self.titles) and len(title) <= 14

    def _resolve_anaphora(self, masked: str, entities: list[dict], inside: list[int], text: str = "") -> str:
        """该公司/其 → the company named last before; 双方 → the last two parties named before."""
        def replace(match: re.Match) -> str:
            limit = _first(masked, match.start(), inside)
            if match.group() == "双方":  # organisations first: a product named in passing is rarely a party
                # an owner written before a party (中国石化旗下石化盈科) is not one of the two sides
                owners = {ord(m.group(1)) - _BASE for m in _OWNER_BEFORE.finditer(masked)}
                for allowed in (("COMPANY", "ORG", "GOV"), ("COMPANY", "ORG", "GOV", "PRODUCT")):
                    parties, seen = [], set()
                    for i in range(limit - 1, -1, -1):
                        entity = entities[i]
                        if i in owners or spoken_to(text, entity):
                            continue  # (闪映科技副总裁许嘉对新浪科技表示: the outlet spoken to is not a side)
                        if entity["label"] in allowed and entity["canonical"] not in seen:
                            parties.append(i)
                            seen.add(entity["canonical"])
                        if len(parties) == 2:
                            return chr(_BASE + parties[1]) + "与" + chr(_BASE + parties[0])
                return match.group()
            if re.fullmatch(_PRODUCT_PAIR, match.group()):  # 两款产品均支持…: the last two products named before
                products = []
                for i in range(limit - 1, -1, -1):
                    if entities[i]["label"] == "PRODUCT" and entities[i]["canonical"] not in {entities[j]["canonical"] for j in products}:
                        products.append(i)
                    if len(products) == 2:
                        return chr(_BASE + products[1]) + "和" + chr(_BASE + products[0])
                return match.group()
            if match.group() in _PRODUCT_ANAPHORA:  # 新车搭载…: the product named last before
                products = [i for i in range(limit) if entities[i]["label"] == "PRODUCT"]
                return chr(_BASE + products[-1]) if products else match.group()
            if match.group() in ("公司", "集团"):  # a bare 公司 is the sentence's subject when it opens the sentence
                # the opening name that announces (澜思智能宣布…加入公司); not an outlet's dateline (财联社4月2日电)
                opening = re.match(rf"[^，。；\ue000-\uf8ff]{{0,8}}?({E})(?=宣布|表示|称|公告|透露|介绍|发布)", masked)
                if opening and opening.start(1) < match.start():
                    index = ord(opening.group(1)) - _BASE
                    if entities[index]["label"] == "COMPANY":
                        return opening.group(1)
                if not _members(masked[:match.start()]):  # 公司已与…: the article's company, named most so far
                    counts: dict[str, list[int]] = {}
                    for i in range(limit):
                        if entities[i]["label"] == "COMPANY" and not DATELINE_AFTER.match(text, entities[i]["end"]):
                            counts.setdefault(entities[i]["canonical"], []).append(i)  # (not the outlet reporting it)
                    if counts:
                        best = max(counts.values(), key=lambda found: (len(found), found[-1]))
                        return chr(_BASE + best[-1])
            subject = _SUBJECT_BEFORE.search(masked, 0, match.start())
            excluded = set(_members(subject.group(1))) if subject and match.group() == "其" else set()
            before = [i for i in range(limit) if entities[i]["label"] == "COMPANY" and i not in excluded]
            return chr(_BASE + before[-1]) if before else match.group()
        return _ANAPHORA.sub(replace, masked)

    def _financed(self, masked: str, match: re.Match, heads: list[int], entities: list[dict]) -> list[int]:
        """The company whose financing round a 领投/跟投 phrase is about: the one named right after the
        trigger (领投了灵枢机器人的A轮融资), else the first company of the sentence that is not an investor
        (云汐科技完成由经纬创投领投的C轮融资; 高瓴资本领投，极光云芯完成融资)."""
        if "融资" not in masked and "轮" not in masked:
            return []
        companies = [ord(ch) - _BASE for ch in masked if _BASE <= ord(ch) < 0xF8FF]
        investors = {ord(m.group(1)) - _BASE for m in re.finditer(
            rf"({E})(?:、|和|及)?(?=(?:{E}(?:、|和|及)?)*{S}{{0,4}}?(?:{'|'.join(FINANCING_TRIGGERS)}))", masked)}
        advisers = {ord(m.group(1)) - _BASE for m in re.finditer(rf"({E}){S}{{0,8}}?顾问", masked)}
        companies = [m for m in companies if entities[m]["label"] == "COMPANY" and m not in heads
                     and m not in investors and m not in advisers]
        right_after = re.match(rf"(?:了)?{S}{{0,10}}?({E})的{S}{{0,10}}?(?:融资|轮)", masked[match.end():])
        if right_after:
            return [ord(right_after.group(1)) - _BASE]
        completed = re.search(rf"({E})(?:[（(][^）)]*[）)])?{S}{{0,8}}?(?:完成|获得|宣布完成){S}{{0,12}}?(?:融资|轮)", masked)
        if completed and ord(completed.group(1)) - _BASE in companies:
            return [ord(completed.group(1)) - _BASE]  # 36氪获悉，深言智算完成A轮融资: not the outlet
        return companies[:1]

    @staticmethod
    def _labels_for(label: str, trigger, masked: str, match: re.Match) -> tuple[str, ...]:
        """Percentages and 控股股东 decide between ACQUIRED and SHAREHOLDER_OF (guidelines 5.2)."""
        if label == "ACQUIRED":
            stake = _PERCENT.match(masked, match.end())
            if "stake" in match.re.groupindex and match.group("stake"):  # 完成对X 10%股权的收购
                stake = _PERCENT.match(match.group("stake"))
            if stake:
                share = float(stake.group(1))
                if share < 50:
                    return ("SHAREHOLDER_OF",)
                if share < 100:
                    return ("ACQUIRED", "SHAREHOLDER_OF")
        if label == "SHAREHOLDER_OF" and trigger == "控股股东" and "成为" in match.group():
            return ("SHAREHOLDER_OF", "ACQUIRED")
        return (label,)

    def _implicit_target(self, masked: str, match: re.Match, heads: list[int], entities: list[dict], trigger) -> list[int]:
        """The company a headless shareholder pattern is about: the round being financed, or the last company named."""
        if trigger in FINANCING_TRIGGERS:
            return self._financed(masked, match, heads, entities)
        before = [i for i in range(min(heads) if heads else 0) if entities[i]["label"] == "COMPANY"]
        return before[-1:]

    def _make(self, label, head, tail, entities, trigger, title, status, start, end, signature=None):
        heads_ok, tails_ok = signature or SIGNATURES[label]
        h, t = entities[head], entities[tail]
        if h["label"] not in heads_ok or t["label"] not in tails_ok or h["canonical"] == t["canonical"]:
            return
        if label == "EMPLOYEE_OF" and title:
            title = title.strip("的 、兼")
        yield {
            "label": label, "head": head, "tail": tail, "status": status,
            "score": self.planned_score if status != "asserted" else self.score,
            "trigger": trigger, "title": title or None, "evidence": (start, end),
        }

def _joint_creation(masked: str, match: re.Match, trigger) -> bool:
    """A company set up jointly (A与B共同出资设立C) or a product built jointly is not a subsidiary of either."""
    if trigger in ("打造", "研发", "推出", "发布") and (masked[max(0, match.start("tail") - 1):match.start("tail")] in ("与", "和")
                                                 or masked[max(0, match.start("tail") - 2):match.start("tail")] in ("携手", "联手", "牵手", "联合")):
        return True  # 上汽集团与华为合作打造的尚界: built by both, owned by neither alone
    if trigger not in ("成立", "设立", "全资设立", "注册成立", "新设", "孵化"):
        return False
    before_trigger = masked[match.start():match.start("trigger")]
    tail_start = match.start("tail")
    return any(word in before_trigger for word in _JOINT_WORDS) or masked[tail_start - 1:tail_start] in ("与", "和")


def _first_party(masked: str, match: re.Match, group: str) -> str:
    """X旗下A与B达成合作: 与 introduces B's partner, so only A belongs to the group."""
    text = match.group(group)
    rest = masked[match.end():]
    clause = rest[:_CLAUSE_BREAK.search(rest).start()] if _CLAUSE_BREAK.search(rest) else rest
    if "与" in text and any(word in clause for word in _COOPERATION_AFTER):
        return text.split("与", 1)[0]
    return text


def _is_partnership(masked: str, match: re.Match, products: set = frozenset()) -> bool:
    """False for a joint notice, a share transfer, a jointly built product or a question (是否…合作);
    a named product launched together (联合发布…模型Index-1.9B) is a partnership (guidelines: 共同推出)."""
    after = _CLAUSE_BREAK.split(masked[match.end("trigger"):match.end("trigger") + 8])[0]
    clause = _CLAUSE_BREAK.split(masked[match.end("trigger"):])[0]
    if after.startswith(("发布", "推出")) and any(ch in products for ch in clause):
        return not any(word in masked[:match.end()] for word in HYPOTHETICAL)
    if match.group("trigger") == "引入" and re.search("投资者|投资方|股东", clause):
        return False  # 拟引入鼎晖投资作为战略投资者: a shareholder, not a partner
    if any(word in after for word in ("投资", "入股", "收购", "融资", "并购", "出售", "增资", "注资", "转让", "认购")):
        return False  # 正与小红书洽谈新一轮投资: a shareholding or an acquisition, not a partnership
    if after.startswith(NOT_PARTNERSHIP_AFTER) or masked[match.end():].startswith(NOT_PARTNERSHIP_AFTER):
        return False
    stretch = masked[match.start():match.end()] + _CLAUSE_BREAK.split(masked[match.end():])[0]
    if "交易双方" in masked or any(word in stretch for word in NOT_PARTNERSHIP_DEALS):
        return False
    return not any(word in masked[:match.end()] for word in HYPOTHETICAL)


_OWN_MAKER = re.compile(rf"({E})(?:自研|自主研发|自家)的?")


def _same_maker(maker: dict, product: dict) -> bool:
    """Whether ``product`` is named after ``maker`` (星川 / 星川X9 Pro) or is the maker itself."""
    return maker["canonical"] == product["canonical"] or product["canonical"].startswith(maker["canonical"])


def _matches(pattern: re.Pattern, masked: str, *, overlapping: bool = False):
    """The pattern's matches; ``overlapping`` also tries every later start inside a match (阿里巴巴旗下钉钉总裁叶军:
    the post belongs to 钉钉, which a first match from 阿里巴巴 would have swallowed)."""
    if not overlapping:
        yield from pattern.finditer(masked)
        return
    position = 0
    while (match := pattern.search(masked, position)) is not None:
        yield match
        position = match.start() + 1


def _mask(text: str, entities: list[dict], inside: list[int], start: int, end: int):
    """The sentence with one placeholder character per entity; private-use characters already in the
    text become □ so that no text character can pass for a placeholder."""
    parts, cursor = [], start
    for index in inside:
        entity = entities[index]
        parts.append(_PRIVATE_USE.sub("□", text[cursor:entity["start"]]))
        parts.append(chr(_BASE + index))
        cursor = entity["end"]
    parts.append(_PRIVATE_USE.sub("□", text[cursor:end]))
    return "".join(parts)


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _first(masked: str, position: int, inside: list[int]) -> int:
    """Index of the first entity at or after ``position`` in the masked sentence (for anaphora)."""
    for ch in masked[position:]:
        if _BASE <= ord(ch) < 0xF8FF:
            return ord(ch) - _BASE
    return (inside[-1] + 1) if inside else 0


# A、B和C均为其股东: 其 follows its clause's subject, so it names someone else
_SUBJECT_BEFORE = re.compile(rf"({G})[均都也皆同时分别]{{0,2}}(?:(?:为|是|系|成为|作为)(?:{S}{{0,10}}?(?:认购|收购|入股|增持|持有|投资|参与))?"
                             rf"|(?:持有|直接持有|间接持有|合计持有|控股|入股|增持|减持|认购|受让))$")


_OWNER_BEFORE = re.compile(rf"({E})(?={OWNER_LINK}《?{E})")
_OWNER = re.compile(rf"({E})(?={OWNER_LINK}?《?{E})")


def _parties(group: Optional[str]) -> list[int]:
    """The entities of a coordination, without the owners written in front of a party (百度文心大模型)."""
    return _members(_OWNER.sub("", group or ""))


def _members(group: Optional[str]) -> list[int]:
    return [ord(ch) - _BASE for ch in group or "" if _BASE <= ord(ch) < 0xF8FF]


@Language.factory("newsie_relations", default_config={"score": 0.8, "planned_score": 0.7})
def make_relation_rules(nlp: Language, name: str, score: float, planned_score: float) -> RelationRules:
    """Rule-based relation component.

    Args:
        score: score of an asserted relation found by a pattern.
        planned_score: score of a planned or negated one (status cues add uncertainty).
    """
    return RelationRules(name, score, planned_score)
