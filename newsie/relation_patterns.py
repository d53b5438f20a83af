"""Relation patterns: regular expressions over a sentence in which every entity is one placeholder.

In a pattern, ``{E}`` is one entity and ``{G}`` a coordination of entities (A、B和C等). Named groups
``head`` and ``tail`` capture the parties (every entity in a group counts), ``trigger`` the cue
word. Patterns are tried in order; the first to produce a relation for a pair within a sentence
wins, so more specific patterns come first. Cue words for status are in STATUS_CUES.
"""

from __future__ import annotations

E = "[\ue000-\uf8ff]"
G = rf"{E}(?:(?:、|，|,|和|与|及|以及|跟|同){E})*(?:等(?:[^，。；]{{0,4}}?))?"

# (label, pattern); {E} and {G} are filled in by the relation component
PATTERNS: list[tuple[str, str]] = [
    # SUBSIDIARY_OF
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?:的)?(?P<trigger>旗下|下属|所属|属下|全资子公司|控股子公司|子公司)(?:的|品牌|平台|公司|企业|业务)?(?:[^，。；]{{0,6}}?)(?P<head>{G})"),
    ("SUBSIDIARY_OF", r"(?P<head>{G})(?:是|为|系|作为|成为)(?P<tail>{E})(?:的)?(?P<trigger>全资子公司|控股子公司|子公司|旗下|下属)"),
    ("SUBSIDIARY_OF", r"(?P<head>{E})(?:的)?(?P<trigger>母公司)(?:为|是)?(?P<tail>{E})"),
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?:[^，。；与和]{{0,4}}?)(?P<trigger>全资设立|成立|设立|注册成立|新设)(?:了|一家|全资子公司|子公司|新公司|的)*(?P<head>{E})"),
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?:[^，。；与和]{{0,4}}?)(?P<trigger>推出|发布|上线)(?:了|新款|全新|新一代|旗下|的|自研|新品)*(?P<head>{E})"),
    # FOUNDER_OF / EMPLOYEE_OF (org + title + person)
    ("FOUNDER_OF", r"(?P<tail>{E})(?:的)?(?P<trigger>联合创始人|创始人|创办人)(?P<title>(?:兼|、)[^，。；\ue000-\uf8ff]{{1,12}}?)?(?P<head>{E})"),
    ("EMPLOYEE_OF", r"(?P<tail>{E})(?:的)?(?:联合创始人|创始人|创办人)?(?:兼)?(?P<title>[^，。；“”\"\ue000-\uf8ff]{{1,14}}?)(?P<head>{E})"),
    ("FOUNDER_OF", r"(?P<head>{E})(?:[^，。；]{{0,6}}?)(?P<trigger>创办|创立|创建|一手创办|联合创办)(?:了)?(?P<tail>{G})"),
    ("EMPLOYEE_OF", r"(?P<head>{E})(?:[^，。；\ue000-\uf8ff]{{0,8}}?)(?P<trigger>担任|出任|执掌|接任|升任|履新|加盟|就任|任职于|任)(?P<tail>{E})(?:的)?(?P<title>[^，。；\ue000-\uf8ff]{{0,10}})"),
    # ACQUIRED / SHAREHOLDER_OF
    ("ACQUIRED", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,10}}?)(?P<trigger>完成对|收购|并购|吸收合并|全资收购|买下|控股)(?:了)?(?P<tail>{G})"),
    ("ACQUIRED", r"(?P<tail>{E})(?:[^，。；\ue000-\uf8ff]{{0,6}}?)被(?P<head>{E})(?:[^，。；\ue000-\uf8ff]{{0,6}}?)(?P<trigger>收购|并购|全资收购|吸收合并)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,8}}?)(?P<trigger>入股|参股|增持|持有|持股|注资|增资|认购|战略投资|投资了|投资)(?:了)?(?P<tail>{G})"),
    ("SHAREHOLDER_OF", r"(?P<head>{G})(?:是|为|成为|系|仍为|仍是)(?:了)?(?P<tail>{E})(?:的)?(?P<trigger>第一大股东|第二大股东|大股东|控股股东|股东|主要股东|战略股东)"),
    ("SHAREHOLDER_OF", r"(?P<tail>{E})(?:的)?(?P<trigger>第一大股东|第二大股东|大股东|控股股东|股东|主要股东)(?:为|是|包括)?(?P<head>{G})"),
    ("SHAREHOLDER_OF", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,4}}?)(?P<trigger>领投|跟投|参投|共同领投|联合领投)"),
    # COMPETES_WITH
    ("COMPETES_WITH", r"(?P<head>{E})(?:的)?(?:主要|最大的|直接|头号)?(?P<trigger>竞争对手|竞品|对手)(?:是|为|包括|如|有)?(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<head>{G})(?:与|和|同|跟|向)(?P<tail>{G})(?:[^。；\ue000-\uf8ff]{{0,12}}?)(?P<trigger>竞争|争夺|抗衡|价格战|角逐|对决|PK|竞逐|正面交锋|贴身肉搏|打擂台)"),
    ("COMPETES_WITH", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,4}}?)(?P<trigger>对标|叫板|抗衡|挑战|围剿|狙击)(?P<tail>{G})"),
    # PARTNER
    ("PARTNER", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,8}}?)(?P<trigger>接入|支持|内置|搭载|集成|引入|上线|适配了|打通|联合|携手|联手|牵手|合作)(?:了)?(?P<tail>{G})"),
    ("PARTNER", r"(?P<head>{G})(?:[^，。；\ue000-\uf8ff]{{0,8}}?)(?:与|和|同|跟|并与|将与|拟与|正与|已与)(?P<tail>{G})(?:[^。；\ue000-\uf8ff]{{0,24}}?)(?P<trigger>战略合作|合作|签署|签订|签约|协议|合同|备忘录|联盟|结盟|合资|共建|共同|达成|携手|联手|牵手|官宣|联合|谈判|洽谈|磋商|商谈)"),
    ("PARTNER", r"(?P<head>{G})(?P<trigger>携手|联手|牵手|联合|合作)(?P<tail>{G})"),
]

# Pairs inside one coordinated group that acts jointly (三方签署, 共同出资, A携手B、C)
JOINT_ACTION = ("共同出资", "联合体", "三方", "四方", "多方", "共同发起", "共同设立", "共同成立", "合资成立", "合资设立", "共同领投", "联合发布")

STATUS_CUES = {
    "negated": ("未能", "未", "没有", "并非", "不是", "拒绝", "失败", "终止", "解约", "退出", "屏蔽", "否认", "取消",
                "叫停", "告吹", "破裂", "中止", "撤回", "放弃", "不再", "辟谣", "不实", "结束"),
    "planned": ("拟", "计划", "将", "有意", "欲", "准备", "申请", "邀请", "洽谈", "商讨", "协商", "有望", "传出", "消息称",
                "有消息", "据悉", "筹划", "或将", "意向", "寻求", "谈判", "磋商", "商谈", "预计", "即将", "打算", "考虑"),
}
# a signed letter of intent is asserted by the guidelines even though 意向 reads like a plan
ASSERTED_DESPITE = ("签署意向", "签订意向", "签署了意向", "签订了意向", "签署合作意向", "意向书", "备忘录")

SIGNATURES = {
    "PARTNER": ({"COMPANY", "PRODUCT", "ORG", "GOV"}, {"COMPANY", "PRODUCT", "ORG", "GOV"}),
    "SUBSIDIARY_OF": ({"COMPANY", "PRODUCT", "ORG"}, {"COMPANY", "ORG"}),
    "EMPLOYEE_OF": ({"PERSON"}, {"COMPANY", "ORG", "GOV", "PRODUCT"}),
    "FOUNDER_OF": ({"PERSON"}, {"COMPANY", "ORG", "PRODUCT"}),
    "SHAREHOLDER_OF": ({"COMPANY", "PERSON", "ORG", "GOV"}, {"COMPANY"}),
    "ACQUIRED": ({"COMPANY", "PERSON"}, {"COMPANY", "PRODUCT"}),
    "COMPETES_WITH": ({"COMPANY", "PRODUCT"}, {"COMPANY", "PRODUCT"}),
}
