"""Decide from its suffix whether an organisation name is a company, a government body or another body."""

from __future__ import annotations

from typing import Optional

# Longest suffix wins; order inside a tuple does not matter.
GOV_SUFFIXES = (
    "人民政府", "政府", "委员会办公室", "部", "局", "厅", "署", "委", "办公厅", "办公室", "法院", "检察院",
    "公安局", "公安厅", "派出所", "海关", "人大常委会", "常委会", "管委会", "管理委员会", "监督管理委员会",
    "宣传部", "统计局", "税务局", "监管局", "证监会", "银保监会", "发改委", "国资委", "市委", "省委", "县委",
    "监会", "人民银行", "中央银行", "储备银行", "领事馆", "大使馆",
)
COMPANY_SUFFIXES = (
    "有限公司", "有限责任公司", "股份有限公司", "公司", "集团", "银行", "证券", "保险", "基金", "资本", "控股",
    "科技", "股份", "实业", "投资", "置业", "地产", "传媒", "汽车", "电子", "电器", "制药", "药业", "航空",
    "物流", "酒店", "商场", "超市", "百货", "工厂", "厂", "事务所", "律师事务所", "创投", "信托", "期货",
)
ORG_SUFFIXES = (
    "大学", "学院", "学校", "中学", "小学", "协会", "学会", "研究院", "研究所", "研究中心", "科学院", "工程院",
    "基金会", "联合会", "商会", "联盟", "红十字会", "医院", "博物馆", "图书馆", "俱乐部", "理事会", "促进会",
    "中心", "实验室", "出版社", "委员会",
)

_TABLE = sorted(
    [(s, "GOV") for s in GOV_SUFFIXES] + [(s, "COMPANY") for s in COMPANY_SUFFIXES] + [(s, "ORG") for s in ORG_SUFFIXES],
    key=lambda pair: len(pair[0]),
    reverse=True,
)


def org_type(name: str) -> Optional[str]:
    """COMPANY, GOV or ORG by the longest matching suffix of ``name``; None when no suffix decides."""
    for suffix, label in _TABLE:
        if name.endswith(suffix) and len(name) > len(suffix):
            return label
    return None
