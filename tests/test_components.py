"""Lexicon, rule and resolver components (pipeline without the trained model)."""

import pytest

import newsie
from newsie.resolve import core_name, person_name_bounds


def ents(nlp, text):
    doc = newsie.extract(text, nlp=nlp)
    return [(e.text, e.label.value, e.source.value, e.canonical) for e in doc.entities]


def test_lexicon_finds_companies_and_products(rules_nlp):
    found = ents(rules_nlp, "淘宝接入微信支付")
    assert ("微信支付", "PRODUCT", "lexicon", "微信支付") in found
    assert found[0][:2] == ("淘宝", "COMPANY")


def test_rules_find_full_legal_name_not_the_platform_inside(rules_nlp):
    found = ents(rules_nlp, "淘宝成立浙江淘宝直播电子商务有限公司")
    assert ("浙江淘宝直播电子商务有限公司", "COMPANY", "rule", "浙江淘宝直播电子商务有限公司") in found
    assert [e[0] for e in found] == ["淘宝", "浙江淘宝直播电子商务有限公司"]


def test_rules_find_person_after_title(rules_nlp):
    found = ents(rules_nlp, "远帆集团董事长王立明表示，将继续投入。")
    assert ("王立明", "PERSON", "rule", "王立明") in found
    assert ("远帆集团", "COMPANY", "rule", "远帆集团") in found


def test_rules_find_named_apps(rules_nlp):
    assert ("鲜达App", "PRODUCT") in [e[:2] for e in ents(rules_nlp, "用户可以在鲜达App下单。")]


def test_resolver_gives_short_and_full_name_one_canonical(rules_nlp):
    found = ents(rules_nlp, "阿里巴巴发布财报，阿里股价上涨。")
    assert {e[3] for e in found if e[0] in ("阿里", "阿里巴巴")} == {"阿里巴巴"}


def test_resolver_links_declared_short_name(rules_nlp):
    found = ents(rules_nlp, "远帆物流股份有限公司（以下简称“远帆物流”）今日公告，远帆物流拟增资。")
    canonicals = {e[0]: e[3] for e in found}
    assert canonicals["远帆物流"] == canonicals["远帆物流股份有限公司"] == "远帆物流股份有限公司"


@pytest.mark.parametrize("text,label", [("用户在京东下单", "PRODUCT"), ("京东订单量大增", "PRODUCT"), ("京东宣布成立新公司", "COMPANY")])
def test_resolver_labels_platforms_by_role(rules_nlp, text, label):
    assert ents(rules_nlp, text)[0][:2] == ("京东", label)


@pytest.mark.parametrize("name,core", [("远帆集团", "远帆"), ("浙江淘宝直播电子商务有限公司", "淘宝直播"), ("京东物流", "京东物流"), ("中国移动", "中国移动")])
def test_resolver_core_names(name, core):
    assert core_name(name) == core


def test_lexicon_does_not_match_inside_other_words(rules_nlp):
    assert "京东" not in [e[0] for e in ents(rules_nlp, "他住在北京东路。")]


@pytest.mark.parametrize("name,expected", [("张伟先生", "张伟"), ("欧阳晓峰女士", "欧阳晓峰"), ("王先生", None), ("张总", None),
                                           ("陈某", None), ("欧阳经理", None), ("李建新", "李建新")])
def test_person_names_lose_address_terms(name, expected):
    from newsie.resources import cues

    cue = cues()
    terms = tuple(sorted(cue["person_address_terms"], key=len, reverse=True))
    bounds = person_name_bounds(name, 0, len(name), terms, frozenset(cue["surnames"]), tuple(cue["compound_surnames"]))
    assert (name[slice(*bounds)] if bounds else None) == expected


def test_model_person_with_only_surname_and_address_term_is_dropped(nlp):
    doc = newsie.extract("天通苑北区业主侯女士说，他们家就这一套房子。张经理表示额度都是1万元左右。", nlp=nlp)
    assert [e.text for e in doc.entities if e.label.value == "PERSON"] == []


@pytest.mark.parametrize("text,name", [("米动科技推出智能手表跃动Watch 5和手环跃动Band 9。", "跃动Watch 5"),
                                       ("家电品牌暖洋洋推出的取暖器在拼多多上热销", "暖洋洋"),
                                       ("比亚迪今日上市中型纯电SUV海狮07 EV，售价18万元", "海狮07 EV"),
                                       ("零食品牌咔咔脆近日推出海苔新品“脆海”。", "脆海"),
                                       ("支付宝宣布上线“一拍付”功能", "一拍付")])
def test_rules_find_products_named_next_to_their_class(rules_nlp, text, name):
    assert (name, "PRODUCT") in [e[:2] for e in ents(rules_nlp, text)]


@pytest.mark.parametrize("text", ["公司专注于大模型研发，估值超过10亿美元", "游戏葡萄11月3日消息", "手机市场竞争激烈",
                                  "机器人CTO韩松此前曾在大疆任职"])
def test_rules_leave_class_words_followed_by_common_words(rules_nlp, text):
    assert [e for e in ents(rules_nlp, text) if e[1] == "PRODUCT"] == []


@pytest.mark.parametrize("text,name", [("近日，武汉市青山区房产管理局一楼挤满了人", "武汉市青山区房产管理局"),
                                       ("前天下午，戴窑镇政府的相关负责人来到现场", "戴窑镇政府"),
                                       ("由深圳市政府牵头，多家企业参与", "深圳市政府")])
def test_rules_find_government_bodies_named_by_place(rules_nlp, text, name):
    assert (name, "GOV") in [e[:2] for e in ents(rules_nlp, text)]


@pytest.mark.parametrize("text", ["当前市场格局已定，当局表示欢迎", "双方战成平局"])
def test_rules_leave_common_words_ending_in_government_suffixes(rules_nlp, text):
    assert [e for e in ents(rules_nlp, text) if e[1] == "GOV"] == []


@pytest.mark.parametrize("name,expected", [("渣打银行（中国", (0, 4)), ("由北京软星开发", (1, 5)), ("由Relic开发中", (1, 6)), ("长城开发", (0, 4)),
                                           ("美国国际集团（AIG）", (0, 6)), ("开发", (0, 2))])
def test_model_spans_lose_unclosed_brackets_and_glued_verbs(name, expected):
    from newsie.components.resolver import _trimmed

    start = 1 if name.startswith("由") else 0  # the model's span starts after 由
    assert _trimmed(name, start, len(name)) == expected


def test_two_reporters_written_together_are_two_names(nlp):
    doc = newsie.extract("本报讯（记者王姝马力）北京将利用3年时间基本解决这一问题。", nlp=nlp)
    assert [e.text for e in doc.entities if e.label.value == "PERSON"] == ["王姝", "马力"]


def test_former_ministries_are_government_bodies(rules_nlp):
    assert ("建设部", "GOV") in [e[:2] for e in ents(rules_nlp, "与开发商命运颇为密切的建设部终于坐不住了。")]


def test_a_name_found_once_is_found_at_every_occurrence():
    from newsie.components.resolver import _propagate
    from newsie.resolve import Candidate

    text = "零食品牌嘴馋猫销售额破八亿。嘴馋猫母公司表示，嘴馋猫将推出新品。"
    found = _propagate(text, [Candidate(4, 7, "PRODUCT", 0.6, "model")])
    assert [(text[c.start:c.end], c.label) for c in found] == [("嘴馋猫", "PRODUCT")] * 3
    latin = "Apple发布新品，Applebee餐厅开业。"
    assert len(_propagate(latin, [Candidate(0, 5, "COMPANY", 0.7, "model")])) == 1


@pytest.mark.parametrize("text,name", [("【中国移动推动5G-A商用】人民邮电报报道，中国移动在杭州发布。", "人民邮电报"),
                                       ("【腾讯否认收购传闻】游戏葡萄11月3日消息，针对市场传闻", "游戏葡萄")])
def test_rules_find_the_outlet_at_a_dateline(rules_nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(rules_nlp, text)]


def test_rules_leave_words_ending_in_xun_and_the_paper_itself(rules_nlp):
    found = [e[0] for e in ents(rules_nlp, "中国移动与中兴通讯签署协议。")]
    assert "中国移动与中兴通" not in found
    assert "晨报" not in [e[0] for e in ents(rules_nlp, "晨报讯（记者杨莉）信用卡欠款，银行多次催要。")]


@pytest.mark.parametrize("text,name", [("据悉，光伏企业隆基绿能科技股份有限公司获得许可", "隆基绿能科技股份有限公司"),
                                       ("蚂蚁集团已认购恒信消费金融有限公司15%的股份", "恒信消费金融有限公司")])
def test_full_names_start_after_a_kind_of_firm_or_a_deal_verb(rules_nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(rules_nlp, text)]


def test_a_country_of_origin_is_not_part_of_a_company_name(nlp):
    found = [e[0] for e in ents(nlp, "长鑫存储将与韩国三星、SK海力士和美国美光等国际巨头展开竞争。")]
    assert "三星" in found and "美光" in found
    kept = [e[0] for e in ents(nlp, "德国复兴信贷银行和美国国际集团共同投资。")]
    assert "德国复兴信贷银行" in kept


def test_platform_apps_take_their_role_and_latin_names_end_at_a_word_end(nlp):
    found = [e[:2] for e in ents(nlp, "继钉钉之后，飞书也宣布接入DeepSeek-R1。过去一年抖音商城的GMV同比增长超过50%。")]
    assert ("飞书", "COMPANY") in found
    assert not [e for e in found if e[0] == "GM"]


def test_a_model_name_loses_its_kind_and_the_class_word_before_it(nlp):
    found = [e[:2] for e in ents(nlp, "该机搭载骁龙8至尊版处理器。摩芯科技推出推理卡摩芯M300，试图与英伟达争夺市场。")]
    assert ("骁龙8至尊版", "PRODUCT") in found
    assert ("摩芯M300", "PRODUCT") in found


@pytest.mark.parametrize("text,name", [("北岳汽车智能驾驶事业部负责人孙浩透露", "北岳汽车智能驾驶事业部"), ("华为终端BGCEO何刚表示", "华为终端BG")])
def test_a_unit_named_after_its_company_is_one_span(nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(nlp, text)]


def test_a_unit_word_later_in_the_clause_is_not_glued_to_a_company(nlp):
    found = [e[0] for e in ents(nlp, "上海健特生命科技有限公司近日减持了部分公司股份。")]
    assert "上海健特生命科技有限公司" in found


@pytest.mark.parametrize("text,name", [("另据消息，苹果正与腾讯商讨微信小程序的合作分成方案。", "微信小程序"),
                                       ("简记App将于下月接入通义千问。", "简记App"), ("用户打开支付宝App即可付款。", "支付宝App")])
def test_app_names_stop_at_a_verb_unless_the_verb_is_the_name(rules_nlp, text, name):
    assert (name, "PRODUCT") in [e[:2] for e in ents(rules_nlp, text)]


@pytest.mark.parametrize("text,name", [("擎天机器人创始人兼首席科学家罗骁介绍，新品续航提升。", "擎天机器人"),
                                       ("湘里人家创始人兼董事长谭永辉表示，将继续拓店。", "湘里人家")])
def test_rules_find_the_employer_written_before_a_titled_person(rules_nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(rules_nlp, text)]


def test_rules_leave_known_names_and_title_prefixes_to_the_others(rules_nlp):
    found = [e[0] for e in ents(rules_nlp, "腾讯董事会主席兼CEO马化腾表示，比亚迪品牌及公关处总经理李云飞也出席。")]
    assert "腾讯" in found and "腾讯董事会主席" not in found and "公关处" not in found


@pytest.mark.parametrize("text,name", [("湘菜连锁品牌湘里人家近日宣布完成3亿元B轮融资，由美团龙珠领投。", "湘里人家"),
                                       ("鲜邻便利的第一大股东为启明创投，持股31%。", "鲜邻便利"),
                                       ("茶山里方面表示，接入后门店收银效率提升。", "茶山里")])
def test_rules_find_a_company_by_what_only_a_company_does(rules_nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(rules_nlp, text)]


@pytest.mark.parametrize("text,name", [("安衡人寿旗下代表作为动作手游暗潮。".replace("安衡人寿", "星瀚游戏"), "暗潮"),
                                       ("成都山野饮品有限公司旗下气泡水品牌山野汽将于下月推出新品。", "山野汽"),
                                       ("泓远生物将旗下双抗药物HY-102的大中华区权益授予石药集团。", "HY-102")])
def test_rules_find_a_product_named_after_its_owner_and_class(rules_nlp, text, name):
    assert (name, "PRODUCT") in [e[:2] for e in ents(rules_nlp, text)]


def test_a_makers_name_with_a_model_code_is_a_product(nlp):
    found = [e[:2] for e in ents(nlp, "北岳S7上市后将与理想L9争夺市场，奇虎360也宣布入局。")]
    assert ("北岳S7", "PRODUCT") in found
    assert ("奇虎360", "PRODUCT") not in found


@pytest.mark.parametrize("text,name", [("中关村在线消息，智能穿戴厂商拓影科技今日发布新品。", "中关村在线"),
                                       ("山野饮品市场总监陈可介绍，联名产品首批上架。", "山野饮品"),
                                       ("亿邦动力获悉，跨境电商卖家深圳优翔电子商务有限公司宣布完成融资。", "深圳优翔电子商务有限公司")])
def test_rules_outlets_departments_and_sellers(rules_nlp, text, name):
    assert (name, "COMPANY") in [e[:2] for e in ents(rules_nlp, text)]
