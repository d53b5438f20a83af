"""Outlets in the text that report a story rather than take part in it: one place for the relation layers.

财联社3月12日电 / 36氪获悉 (a dateline), 据界面新闻报道 (a source), 对界面新闻说 (spoken to): such an
outlet is a COMPANY mention (guidelines 2) but no party of the deal it reports.
"""

from __future__ import annotations

import re

# the words that follow an outlet's name at a dateline
DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?(?:电|讯|获悉|消息|报道|记者)")
_DATELINE_OUTLET = re.compile(r"\s*(?:记者)?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|获悉|消息|报道)")
_DATELINE_START = re.compile(r"(?:【[^】]*】)?[^，。；【】]{0,2}")
_SOURCE_AFTER = re.compile(r"[^，。；]{0,6}?(?:报道|援引|消息|获悉)")
_SPOKEN_AFTER = re.compile(r"(?:记者)?(?:说|表示|透露|称|坦言|介绍|采访|专访)")
# what the relation model treats as reporting: datelines, sources and witnesses (见证下)
_REPORTING_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?(?:电|讯|获悉|消息|报道|援引|记者|快讯|独家)|的?见证下")


def spoken_to(text: str, entity: dict) -> bool:
    """An outlet someone speaks to (对界面新闻说, 接受第一财经采访)."""
    return text[:entity["start"]].endswith(("对", "向", "告诉", "接受")) and bool(_SPOKEN_AFTER.match(text, entity["end"]))


def source_outlet(text: str, entity: dict, sentence_start: int) -> bool:
    """An outlet named as the story's source: 据36氪报道, or the dateline opening a sentence (财联社5月8日电)."""
    if text[:entity["start"]].endswith("据") and _SOURCE_AFTER.match(text, entity["end"]):
        return True
    return bool(_DATELINE_OUTLET.match(text, entity["end"])
                and _DATELINE_START.fullmatch(text[sentence_start:entity["start"]]))


def reporting(text: str, entity: dict) -> bool:
    """An organisation that reports, witnesses or is spoken to; the relation model gives it no relation."""
    if entity["label"] not in ("COMPANY", "GOV", "ORG"):
        return False
    return spoken_to(text, entity) or bool(_REPORTING_AFTER.match(text, entity["end"]))
