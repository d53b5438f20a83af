"""Rule-based relations: the guidelines' examples and one sentence per trigger family."""

import pytest

import newsie


def rels(nlp, text):
    doc = newsie.extract(text, nlp=nlp)
    out = set()
    for r in doc.relations:
        head, tail = doc.entity(r.head).text, doc.entity(r.tail).text
        if r.label.value in ("PARTNER", "COMPETES_WITH"):
            head, tail = sorted((head, tail))
        out.add((head, r.label.value, tail, r.status.value))
    return out


CASES = [
    ("淘宝接入微信支付。", {("微信支付", "PARTNER", "淘宝", "asserted")}),
    ("阿里妈妈与腾讯广告合作。", {("腾讯", "PARTNER", "阿里妈妈", "asserted")}),
    ("饿了么、优酷等接入微信支付。", {("优酷", "PARTNER", "微信支付", "asserted"), ("微信支付", "PARTNER", "饿了么", "asserted")}),
    ("阿里巴巴旗下的阿里云宣布降价。", {("阿里云", "SUBSIDIARY_OF", "阿里巴巴", "asserted")}),
    ("远帆集团董事长王立明表示欢迎。", {("王立明", "EMPLOYEE_OF", "远帆集团", "asserted")}),
    ("阿里巴巴拟收购饿了么。", {("阿里巴巴", "ACQUIRED", "饿了么", "planned")}),
    ("京东与美团的价格战持续升级。", {("京东", "COMPETES_WITH", "美团", "asserted")}),
    ("腾讯入股京东。", {("腾讯", "SHAREHOLDER_OF", "京东", "asserted")}),
    ("阿里巴巴终止与腾讯的合作。", {("腾讯", "PARTNER", "阿里巴巴", "negated")}),
    ("华为计划与比亚迪签署战略合作协议。", {("华为", "PARTNER", "比亚迪", "planned")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_relations_rule_cases(rules_nlp, text, expected):
    assert expected <= rels(rules_nlp, text)


def test_relations_employee_title_is_kept(rules_nlp):
    doc = newsie.extract("远帆集团董事长王立明表示欢迎。", nlp=rules_nlp)
    assert [r.title for r in doc.relations if r.label.value == "EMPLOYEE_OF"] == ["董事长"]


def test_relations_merge_across_sentences_keeps_every_evidence(rules_nlp):
    text = "阿里妈妈与腾讯合作。此外，阿里妈妈与腾讯签署协议。"
    doc = newsie.extract(text, nlp=rules_nlp)
    partner = [r for r in doc.relations if r.label.value == "PARTNER"]
    assert len(partner) == 1
    assert [e.text for e in partner[0].evidence] == ["阿里妈妈与腾讯合作。", "此外，阿里妈妈与腾讯签署协议。"]


def test_relations_point_at_entities_and_evidence_cuts_text(rules_nlp):
    text = "饿了么、优酷等接入微信支付。阿里巴巴旗下的阿里云宣布降价，京东与美团竞争。"
    doc = newsie.extract(text, nlp=rules_nlp)
    ids = {e.id for e in doc.entities}
    assert doc.relations
    for relation in doc.relations:
        assert relation.head in ids and relation.tail in ids
        for evidence in relation.evidence:
            assert text[evidence.start:evidence.end] == evidence.text
