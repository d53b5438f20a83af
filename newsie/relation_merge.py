"""Status cues and document-level merging shared by the rule and model relation components."""

from __future__ import annotations

import re

from .relation_patterns import ASSERTED_DESPITE, SENTENCE_DENIALS, STATUS_CUES

SYMMETRIC = {"PARTNER", "COMPETES_WITH"}
_CLAUSE = re.compile(r"[，,：:]")
_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")
_CONTRAST = ("但", "但是", "然而", "不过", "却", "可惜")
_NOT_CUES = ("未来", "预计", "将近", "合作结束后", "从未停止", "从未停歇", "从未中断", "未曾停止", "仍未结束", "尚未结束",
             "不会改变", "不会停止", "将长期存在", "将持续", "并未离职", "未离职", "没有离职", "将继续", "继续担任", "将进一步",
             # a detail not disclosed or a comment declined says nothing about the relation itself
             "从未正式披露", "未正式披露", "未披露", "未公开", "未透露", "未予置评", "不予置评", "未回应", "未作回应")


def status_of(sentence: str, start: int, end: int, parties: str = "") -> str:
    """asserted, planned or negated, from the cue words around sentence[start:end].

    A denial anywhere in the sentence negates, unless its clause names only others than ``parties``
    (…，拼多多则否认…: that denial is about another deal); otherwise the clause holding the match decides,
    with a following 但/然而 clause that names no party other than ``parties``.
    """
    text = sentence
    for cue in SENTENCE_DENIALS:
        for found in re.finditer(cue, sentence):
            clause_start = max([m.end() for m in _CLAUSE.finditer(text, 0, found.start())] + [0])
            clause_end = _CLAUSE.search(text, found.end())
            names = _PLACEHOLDER.findall(text[clause_start:clause_end.start() if clause_end else len(text)])
            if not parties or not names or any(ch in parties for ch in names):
                return "negated"
    clause_start = max([m.end() for m in _CLAUSE.finditer(text, 0, start)] + [0])
    following = _CLAUSE.search(text, end)
    window = text[clause_start:following.start() if following else len(text)]
    if following:  # 曾与B洽谈合作，但最终未能达成: a contrasting next clause reports the outcome
        rest = text[following.end():]
        after = _CLAUSE.search(rest)
        contrast = rest[:after.start() if after else len(rest)]
        # only when the clause names no one or one of this relation's ends (``parties``)
        names = _PLACEHOLDER.findall(contrast)
        if rest.startswith(_CONTRAST) and (not names or any(ch in parties for ch in names)):
            window += contrast
    for phrase in _NOT_CUES:
        window = window.replace(phrase, "")
    not_yet = "尚未" in window  # 尚未签署: not done yet, so planned (unless something else negates it)
    window = window.replace("尚未", "")
    if any(cue in window for cue in STATUS_CUES["negated"]):
        return "negated"
    if any(phrase in window for phrase in ASSERTED_DESPITE):
        return "asserted"
    if not_yet or any(cue in window for cue in STATUS_CUES["planned"]):
        return "planned"
    return "asserted"


def relation_key(relation: dict, entities: list[dict]) -> tuple:
    """(label, head canonical, tail canonical, status); symmetric labels in sorted order."""
    ends = (entities[relation["head"]]["canonical"], entities[relation["tail"]]["canonical"])
    if relation["label"] in SYMMETRIC:
        ends = tuple(sorted(ends))
    return (relation["label"], *ends, relation["status"])


def merge_relation(found: dict, relation: dict, entities: list[dict]) -> None:
    """Add a sentence-level relation to the document-level table, keeping every evidence sentence."""
    key = relation_key(relation, entities)
    record = found.get(key)
    if record is None:
        head, tail = entities[relation["head"]], entities[relation["tail"]]
        found[key] = dict(relation, head=(head["start"], head["end"]), tail=(tail["start"], tail["end"]),
                          evidence=[relation["evidence"]])
    else:
        if relation["evidence"] not in record["evidence"]:
            record["evidence"].append(relation["evidence"])
        record["score"] = max(record["score"], relation["score"])


def finalise(found: dict) -> list[dict]:
    """Drop a planned record when the same relation is also asserted (the guidelines keep asserted) or
    negated (传出的合作…双方未能达成一致; 有传闻称网易拟收购…, then a denial: negated)."""
    asserted = {key[:3] for key in found if key[3] == "asserted"}
    denied = {key[:3]: {tuple(span) for span in record["evidence"]} for key, record in found.items()
              if key[3] == "negated"}

    def superseded(key: tuple, record: dict) -> bool:
        if key[3] != "planned":
            return False
        return key[:3] in asserted or key[:3] in denied  # a denial answers the rumour or plan

    return [
        {**record, "head": list(record["head"]), "tail": list(record["tail"]),
         "evidence": [list(span) for span in record["evidence"]]}
        for key, record in found.items()
        if not superseded(key, record)
    ]
