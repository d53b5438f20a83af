"""newsie_rules: high-precision patterns (doc.spans["newsie_rule"]).

* full company names ending in a legal or group suffix (浙江淘宝直播电子商务有限公司, 远帆集团);
* a short name declared for a full name, (下称“远帆物流”), linked to it through ``kb_id``;
* government bodies named by place and a government suffix (武汉市青山区房产管理局, 戴窑镇政府, 市规划委);
* person names right after a title (董事长王立明, 创始人兼CEO李晓云);
* products named with APP / 小程序, and 《…》 titles followed by 游戏 / 手游 / App;
* a product named right after its class (智能手表跃动Watch 5, 家电品牌暖洋洋, 新品“脆海”, “一拍付”功能).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..orgtype import org_type
from ..resources import cues

SPANS_KEY = "newsie_rule"
_CONJUNCTIONS = "及与和暨、"
_STOP_POS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "d", "m", "q", "f", "t", "w", "y", "e", "o"}
_BRACKETED = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
# the POS (or lexicon label) of the word right before a short suffix such as 公司 or 集团
_NAME_POS = {"nz", "nr", "nrt", "nrfg", "ns", "nt", "x", "eng", "j", "COMPANY", "PRODUCT", "PLATFORM", "ORG", "GOV"}
# 控股子公司, 集团股东, 基金会: the suffix is part of a longer common word, not the end of a name
_NOT_A_SUFFIX_AFTER = ("子公司", "股东", "股权", "股份", "会", "经理", "公司", "业")
# central banks are government bodies (guidelines 5.2: 央行 is GOV)
_CENTRAL_BANKS = ("人民银行", "中央银行", "储备银行")
_TIME_WORDS = ("今天", "明天", "昨天", "目前", "当前", "此前", "之前", "以前", "如今", "现在", "当时", "同期", "期间",
               "今年", "去年", "明年", "前年", "近期", "早前", "日前", "近日", "今日", "昨日")
# a word that names a place: the start of a government body's name (深圳市, 青山区, 市 in 市规划委)
_PLACE_ENDS = ("省", "市", "县", "区", "镇", "乡", "州", "旗")
_HANDLE = re.compile(r"(?:主播|博主|网红|达人|UP主|up主|KOL|制作人|创作者|作者|昵称)[“\"「]([^”\"」，。]{2,8})[”\"」]")
# a model code that ends a product name: X3, ECS 7, Watch 5, A1, 一号
_MODEL_CODE = re.compile(r"[A-Za-z]*\d+[A-Za-z]*|[一二三四五六七八九十]+[号代]")
_KIND_BEFORE_PLACE = ("企业", "公司", "厂商", "集团", "品牌", "平台", "银行", "供应商", "服务商", "运营商", "巨头", "龙头", "机构")
_KIND_WORDS = frozenset(("企业", "服务商", "厂商", "巨头", "龙头", "运营商", "供应商", "药企", "车企", "房企", "险企", "卖家", "商家",
                         "厂家", "品牌商"))
# an outlet named at a dateline: 人民邮电报报道，…; 游戏葡萄11月3日消息; 中国房地产报讯
_DATELINE = re.compile(r"(?:^|(?<=】))([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:记者)?(?:\d{1,2}月\d{1,2}日)?(?:讯|报道|消息|获悉|注意到|了解到)(?=[，,：:（(])")
# ... at the very start of a text only with an outlet's ending (a story may open with any name)
_OUTLET_ENDS = ("报", "网", "社", "财经", "新闻", "周刊", "杂志", "电视台", "在线", "资本局", "动力", "界", "葡萄")
_NOT_OUTLETS = ("本报", "本刊", "本台", "本网", "记者", "据悉", "另据")
_NOT_EMPLOYERS = frozenset(("公司", "集团", "本公司", "该公司", "该集团", "双方", "对方", "上述", "此前", "目前", "现任", "原",
                            "前", "曾任", "担任", "出任", "官方", "方面", "企业", "平台", "项目", "团队", "部门"))
_NOT_EMPLOYER_ENDS = ("副", "原", "前", "资深", "高级", "首席", "执行", "常务", "董事会", "处", "部", "办", "中心", "BG", "委员会",
                      "由", "及", "和", "与")
_BEFORE_EMPLOYER = set("，。；：、“”（）【】《》,.;:!?！？ \n")
# what only a company does right after its name
_COMPANY_CUE = re.compile(r"(?:近日|日前|今日|昨日|正式|已)?(?:宣布完成|完成[^，。；]{0,10}?融资|获得?[^，。；]{0,10}?融资|方面(?:表示|称|回应|予以|否认|透露|证实|对此)|发布公告|公告称|晚间公告|的第一大股东|的控股股东|拟引入)")
_FIRM_KINDS = ("企业", "公司", "厂商", "服务商", "供应商", "运营商", "品牌", "连锁", "平台", "初创公司", "独角兽")
# an owner written before a product's class word: 旗下, 自研的, 推出的
_OWNED_BEFORE = re.compile(r"(?:旗下|自研|自主研发|推出)(?:的)?[^，。；、\s]{0,8}$")
_GLUED_ADVERBS = set("将已也还并就又均")
_PREPOSITIONS = set("于在从与对向为把被以和跟")
_COUNTED = set("年月日号时点分秒%万亿元个家款台辆件位名倍成期")
_ALIAS = re.compile(r"[（(](?:以下|下文)?(?:简称|下称|简称为)?[为:：]?[“\"「]([^”\"」]{2,12})[”\"」][）)]")


def _is_cjk_or_latin(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in text)


class RuleMatcher:
    """Pattern rules over the characters and segmenter words of a Doc."""

    def __init__(self, name: str, max_name_chars: int, scores: dict[str, float]):
        self.name = name
        cue = cues()
        self.max_name_chars = max_name_chars
        self.scores = scores
        self.walk_stop = set(cue["name_walk_stop"])
        suffixes = sorted(cue["legal_suffixes"], key=len, reverse=True)
        self.legal = re.compile("|".join(map(re.escape, suffixes)))
        self.generic_before_suffix = frozenset(cue["generic_before_suffix"])
        self.surnames = set(cue["surnames"])
        self.compound_surnames = tuple(cue["compound_surnames"])
        self.titles = re.compile("|".join(map(re.escape, sorted(cue["person_titles"], key=len, reverse=True))))
        self.name_stop = tuple(cue["name_stop_after"])
        # a Latin suffix must end a word: App in 支持App, not the start of Apple Pay
        self.product_suffix = re.compile("|".join(re.escape(suffix) + ("(?! ?[A-Za-z])" if suffix.isascii() else "")
                                                  for suffix in cue["product_suffixes"]))
        self.title_after = tuple(cue["product_title_after"])
        self.government = re.compile("|".join(map(re.escape, sorted(cue["government_suffixes"], key=len, reverse=True))))
        self.not_government = frozenset(cue["not_government_words"])
        self.product_classes = tuple(sorted(cue["product_class_named"], key=len, reverse=True))
        self.product_class = re.compile("|".join(map(re.escape, self.product_classes)))
        self.quoted_after = tuple(cue["product_quoted_after"])
        self.not_product_names = tuple(cue["product_class_not_names"])

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: read it once
        found: list[tuple[Span, float]] = []
        found += self._aliases(doc, text)  # first: on equal spans the declared alias (with its full name) wins
        found += self._legal_names(doc, text)
        found += self._government_names(doc, text)
        found += self._titled_people(doc, text)
        found += self._handles(doc, text)
        found += self._apps(doc, text)
        found += self._book_titles(doc, text)
        found += self._classed_products(doc, text)
        found += self._dateline_outlets(doc, text)
        found += self._acting_companies(doc, text)
        score_of = {(s.start, s.end, s.label_): score for s, score in found}
        spans = filter_spans([span for span, _ in found])
        doc.spans[SPANS_KEY] = spans
        group = doc.spans[SPANS_KEY]
        group.attrs["scores"] = [score_of[(s.start, s.end, s.label_)] for s in spans]
        return doc

    # -- helpers ---------------------------------------------------------------------------
    def _walk_back(self, doc: Doc, text: str, end: int, *, allow_verbs: bool = True) -> int:
        """Start of the name that ends at character ``end``: walk back over segmenter words.

        Function words, punctuation and the stop words in cues.json end the walk; so do verbs when
        ``allow_verbs`` is False (short suffixes such as 公司 need a name-like word right before them).
        """
        start = end
        index = end - 1
        while index >= 0:
            bracket = _BRACKETED.search(text, 0, index + 1)
            if bracket and bracket.end() == index + 1 and bracket.start() > 0:
                index = bracket.start() - 1  # 天津港（集团）有限公司: a short bracketed part stays in the name
                continue
            token = doc[index]
            word_start, _, pos = self._word_at(doc, index)
            word = doc[word_start:index + 1].text  # up to the walk's end, which may fall inside a word
            # a time word inside a full legal name (武汉光启未来通信技术有限公司), not a date (2024年, 今年)
            name_time_word = pos == "t" and allow_verbs and word not in _TIME_WORDS and not re.search(r"[0-9年月日号]", word)
            if (word in self.walk_stop or (pos in _STOP_POS and not name_time_word) or not _is_cjk_or_latin(word)
                    or end - word_start > self.max_name_chars
                    or (not allow_verbs and pos in ("v", "vn", "vd"))):
                break
            if pos == "x" and not token.text.isalnum():
                break
            if pos == "x" and word[0] in _CONJUNCTIONS and len(word) > 1:
                start = word_start + 1  # 华启冷链及华启供应链…: an unknown word glued to 及 starts after it
                break
            if word in _KIND_WORDS and start < end and self._word_at(doc, start)[2] in _NAME_POS:
                break  # 光伏企业隆基绿能…, 互联网医疗企业微医集团: a kind of firm written before the name
            start = word_start
            index = word_start - 1
            if pos == "ns" and index >= 0 and text[:word_start].endswith(_KIND_BEFORE_PLACE):
                break  # 硅料企业江苏中能…有限公司: a full name starts at its place word after a kind of firm
        return start

    def _legal_names(self, doc: Doc, text: str):
        for match in self.legal.finditer(text):
            suffix = match.group()
            if text.startswith(_NOT_A_SUFFIX_AFTER, match.end()):
                continue
            full_form = "有限" in suffix or suffix.endswith("集团公司")
            if not full_form:
                before = doc[match.start() - 1].tag_.partition("-")[2] if match.start() else ""
                if before not in _NAME_POS:
                    continue
            start = self._walk_back(doc, text, match.start(), allow_verbs=full_form)
            if match.start() - start < 2 or text[start:match.start()] in self.walk_stop:
                continue
            name = text[start:match.start()]
            if name in self.generic_before_suffix:
                continue  # 中介公司, 股份制商业银行: a kind of firm, not a name
            label = "GOV" if text[start:match.end()].endswith(_CENTRAL_BANKS) else "COMPANY"
            span = doc.char_span(start, match.end(), label=label)
            if span is not None:
                yield span, self.scores["legal_name"]

    def _word_at(self, doc: Doc, index: int) -> tuple[int, int, str]:
        """Start, end and POS of the segmenter word holding character ``index``."""
        start = end = index
        while start > 0 and doc[start].tag_[:1] in ("M", "E"):
            start -= 1
        while end < len(doc) - 1 and doc[end].tag_[:1] in ("B", "M"):
            end += 1
        return start, end + 1, doc[start].tag_.partition("-")[2]

    def _government_names(self, doc: Doc, text: str):
        """Place + unit + government suffix: the name starts at its first place word (武汉市青山区房产管理局)."""
        for match in self.government.finditer(text):
            word_start, word_end, _ = self._word_at(doc, match.end() - 1)
            word = text[word_start:word_end]
            if word_end != match.end() or word in self.not_government or (len(match.group()) == 1 and len(word) == 2):
                continue  # the suffix must end a word that is not a common noun (格局, 当局, 平局)
            if text.startswith(("长", "主任", "员", "委员"), match.end()):
                continue  # 局长, 委员会主任: a post, read by the person rules
            walked = self._walk_back(doc, text, match.start())
            index, previous = walked, None
            while index < match.start():  # the first place word in the walked words
                start, end, pos = self._word_at(doc, index)
                word = text[max(start, walked):min(end, match.start())]
                if pos == "ns" or word.endswith(_PLACE_ENDS):
                    if len(word) == 1 and previous is not None:
                        index = previous  # 戴窑 + 镇政府: a lone 镇 closes the unknown name before it
                    break
                previous, index = index, end
            if index >= match.start() or match.end() - index < 3:
                continue
            span = doc.char_span(index, match.end(), label="GOV")
            if span is not None:
                yield span, self.scores["government_name"]

    def _aliases(self, doc: Doc, text: str):
        for match in _ALIAS.finditer(text):
            short = match.group(1)
            before = text[:match.start()]
            full = self._walk_back(doc, text, len(before))
            if len(before) - full < 2:
                continue
            canonical = before[full:]
            for found in re.finditer(re.escape(short), text):
                span = doc.char_span(found.start(), found.end(), label="ALIAS", kb_id=canonical)
                if span is not None:
                    yield span, self.scores["alias"]

    def _titled_people(self, doc: Doc, text: str):
        for match in self.titles.finditer(text):
            start = match.end()
            if text.startswith("兼", start):
                continue
            length = self._name_length(text, start)
            if length:
                span = doc.char_span(start, start + length, label="PERSON")
                if span is not None:
                    yield span, self.scores["titled_person"]
                    yield from self._employer(doc, text, match.start())

    def _employer(self, doc: Doc, text: str, end: int):
        """The organisation written right before a person's titles (擎天机器人创始人兼首席科学家罗骁): its name is
        walked back from the first title; a bare 公司/集团 or a function word is no name."""
        while True:
            before = text[:end]
            title = self.titles.search(before, max(0, end - 12))
            if before.endswith(("兼", "、")):
                end -= 1
            elif title and title.end() == end:
                end = title.start()
            else:
                break
        yield from self._unread_organisation(doc, text, end, longest=10)

    def _unread_organisation(self, doc: Doc, text: str, end: int, *, longest: int, after_kinds: tuple = ()):
        """The organisation name walked back from ``end``, where neither the model nor the lexicon reads a
        name (theirs are better bounded); it must start a clause, or follow one of ``after_kinds``."""
        start = self._walk_back(doc, text, end, allow_verbs=False)
        kinds = [text.rfind(kind, start, end) + len(kind) for kind in _FIRM_KINDS if text.rfind(kind, start, end) >= 0]
        if kinds and end - max(kinds) >= 2:
            start = max(kinds)  # 便利店连锁邻家优选: the name starts after the kind of firm
        unit = re.search(r"(?:市场|销售|品牌|技术|研发|运营|财务|公关|战略|产品)(?:部)?$", text[start:end])
        if unit and unit.start() >= 2:
            end = start + unit.start()  # 山野饮品市场总监陈可: the department is no part of the name
        name = text[start:end]
        if (not 2 <= len(name) <= longest or name in _NOT_EMPLOYERS or not _is_cjk_or_latin(name) or name[0].isdigit()
                or name.endswith(_NOT_EMPLOYER_ENDS) or self.titles.search(name)):
            return
        if start > 0 and text[start - 1] not in _BEFORE_EMPLOYER and not text[:start].endswith(after_kinds):
            return
        known = list(doc.ents) + list(doc.spans.get("newsie_lexicon", []))
        if any(span.start_char < end and start < span.end_char for span in known):
            return
        span = doc.char_span(start, end, label=org_type(name) or "COMPANY")
        if span is not None:
            yield span, self.scores["employer"]

    def _name_length(self, text: str, start: int) -> int:
        if text.startswith(self.compound_surnames, start):
            given = 2
        elif start < len(text) and text[start] in self.surnames:
            given = 1
        else:
            return 0
        for length in (given + 2, given + 1):
            name = text[start:start + length]
            if len(name) == length and all("\u4e00" <= ch <= "\u9fff" for ch in name):
                rest = text[start + length:]
                if length == given + 2 and text[start + given + 1:].startswith(self.name_stop):
                    continue
                if not rest or not ("\u4e00" <= rest[0] <= "\u9fff") or rest.startswith(self.name_stop):
                    return length
        return 0

    def _handles(self, doc: Doc, text: str):
        """Quoted handles after a creator role: 网红主播“阿飞哥”, 数码博主“科技老张”."""
        for match in _HANDLE.finditer(text):
            span = doc.char_span(match.start(1), match.end(1), label="PERSON")
            if span is not None:
                yield span, self.scores["titled_person"]

    def _apps(self, doc: Doc, text: str):
        for match in self.product_suffix.finditer(text):
            if text.startswith(("“", "「"), match.end()):
                continue  # 电商App“小红书商城”: App is the kind of the quoted name that follows
            # a verb ends the walk (腾讯商讨微信小程序 → 微信小程序), unless it is the whole name (简记App)
            start = self._walk_back(doc, text, match.start(), allow_verbs=False)
            if start == match.start() and match.start() > 0:
                word_start, word_end, _ = self._word_at(doc, match.start() - 1)
                if word_end == match.start() and match.start() - word_start >= 2:
                    start = word_start
            date = re.match(r"\d+[年月日号]", text[start:match.start()])
            if date:
                start += date.end()  # 10月长视频App: a date is no part of a name
            if match.start() - start >= 2:
                span = doc.char_span(start, match.end(), label="PRODUCT")
                if span is not None:
                    yield span, self.scores["app"]

    def _book_titles(self, doc: Doc, text: str):
        for match in re.finditer(r"《([^《》]{2,20})》", text):
            if text.startswith(self.title_after, match.end()):
                span = doc.char_span(match.start(1), match.end(1), label="PRODUCT")
                if span is not None:
                    yield span, self.scores["app"]

    def _acting_companies(self, doc: Doc, text: str):
        """A name that only a company fits before it (X宣布完成3亿元B轮融资, X方面表示, X发布公告), where nothing
        else reads a name: walked back to a clause start or a kind of firm (连锁品牌湘里人家)."""
        for match in _COMPANY_CUE.finditer(text):
            for span, score in self._unread_organisation(doc, text, match.start(), longest=8,
                                                         after_kinds=self.product_classes + _FIRM_KINDS):
                if len(span.text) > 3 or span.text[0] not in self.surnames:  # (王立宣布…: a person)
                    yield span, score

    def _dateline_outlets(self, doc: Doc, text: str):
        """The outlet that opens a story (人民邮电报报道，…; 游戏葡萄11月3日消息): media are COMPANY (guidelines 2)."""
        for match in _DATELINE.finditer(text):
            name = match.group(1)
            if (name[-1] in _PLACE_ENDS or name in self.walk_stop or name.startswith(_NOT_OUTLETS)
                    or not any("\u4e00" <= ch <= "\u9fff" for ch in name)
                    or (match.start(1) == 0 and (len(name) < 3 or not name.endswith(_OUTLET_ENDS)))):
                continue
            span = doc.char_span(match.start(1), match.end(1), label="COMPANY")
            if span is not None:
                yield span, self.scores["alias"]

    def _classed_products(self, doc: Doc, text: str):
        """A product named next to its class: 智能手表跃动Watch 5, 零食品牌咔咔脆, 新品“脆海”, “一拍付”功能."""
        for match in re.finditer(r"[“「]([^“”「」，。、；！？\s]{2,12})[”」]", text):
            if text[:match.start()].endswith(self.product_classes) or text.startswith(self.quoted_after, match.end()):
                span = doc.char_span(match.start(1), match.end(1), label="PRODUCT")
                if span is not None:
                    yield span, self.scores["app"]
        for match in self.product_class.finditer(text):
            # after an owner (旗下百万医疗险安心保, 旗下代表作为动作手游暗潮) a common word may be the name too
            owned = bool(_OWNED_BEFORE.search(text, max(0, match.start() - 10), match.start()))
            end = self._walk_product(doc, text, match.end(), owned=owned)
            if end - match.end() >= 2:
                span = doc.char_span(match.end(), end, label="PRODUCT")
                if span is not None:
                    yield span, self.scores["app"]

    def _walk_product(self, doc: Doc, text: str, start: int, *, owned: bool = False) -> int:
        """End of a product name starting at ``start`` (a class word ends there), or ``start`` when none does.

        The name's words are unknown or proper words (x, nz, z, eng …); a common noun or verb may only
        open it before a model code (极光X3, 跃动Watch 5); a model code (X3, 一号) closes it. After an
        owner (``owned``: 旗下…) common nouns may make up the name (旗下手游暗潮, 旗下气泡水品牌山野汽).
        """
        if (start >= len(text) or doc[start].tag_[:1] not in ("B", "S")
                or text.startswith(self.not_product_names + self.product_classes, start)):
            # 应用场景 (one word), 大模型研发, 品牌自播: the class word goes on as a common noun;
            # 折叠屏手机Find N5: another class word follows, and the name starts after that one
            return start
        end, named, index, coded = start, False, start, False
        while index < len(text) and index - start <= 14:
            word_start, word_end, pos = self._word_at(doc, index)
            word = text[word_start:word_end]
            if word in (" ", "-") and end > start and word_end < len(text) and text[word_end].isalnum() and text[word_end].isascii():
                index = word_end  # 海狮07 EV, HY-102
                continue
            if coded and not (word.isascii() and word.isalnum()):
                break  # after the model code only Latin parts go on: 海狮07 EV, X200 Ultra
            if self.titles.match(text, word_start):
                break  # 机器人CTO韩松: a post, then a person
            if _MODEL_CODE.fullmatch(word) and text[word_end:word_end + 1] in _COUNTED:
                break  # 葡萄11月3日, 手机5000万台: a number, not a model code
            if _MODEL_CODE.fullmatch(word) and end > start:
                end, coded, named, index = word_end, True, True, word_end  # 极光X3, 玄鸟一号
                continue
            if word.isascii() and word.isalnum():
                end, named, index = word_end, True, word_end
                continue
            if word in self.walk_stop or pos in _STOP_POS or not _is_cjk_or_latin(word):
                break
            if len(word) > 1 and word[-1] in _GLUED_ADVERBS and text[word_end:word_end + 1] in _PREPOSITIONS:
                end, named = word_end - 1, True  # 山野汽将于…: jieba glued the next adverb to the name
                break
            if pos in _NAME_POS or pos in ("z", "zg") or (owned and pos in ("n", "nr", "a", "ad", "an", "b") and word_end - start <= 6):
                end, named, index = word_end, True, word_end
                continue
            if end == start and pos in ("n", "v", "vn", "a", "nrfg"):
                following = text[word_end:word_end + 1]
                if following.isascii() and following.isalnum():  # 极光 + X3, 跃动 + Watch
                    end, index = word_end, word_end
                    continue
            break
        return end if named else start


DEFAULT_SCORES = {"legal_name": 0.95, "government_name": 0.9, "alias": 0.9, "titled_person": 0.85, "app": 0.85,
                  "employer": 0.75}


@Language.factory(
    "newsie_rules",
    default_config={
        "max_name_chars": 24,
        "scores": DEFAULT_SCORES,
    },
)
def make_rule_matcher(nlp: Language, name: str, max_name_chars: int, scores: dict) -> RuleMatcher:
    """Rule component.

    Args:
        max_name_chars: longest full company name the legal-suffix rule will build.
        scores: score per rule family (legal_name, government_name, alias, titled_person, app); a
            family a saved config does not name keeps its default.
    """
    return RuleMatcher(name, max_name_chars, {**DEFAULT_SCORES, **scores})
