"""Relation patterns: regular expressions over a sentence in which every entity is one placeholder.

In a pattern, ``{E}`` is one entity, ``{G}`` a coordination of entities (``{H}`` one not joined by 与/同/跟) (A、B和C等; each may carry its
owner in front, as in 智谱旗下的GLM-4, and the owner is then no party) and ``{S}`` a
short stretch of plain text (no entity, no clause break). Named groups ``head`` and ``tail``
capture the parties (every entity in a group counts), ``trigger`` the cue word and ``title`` an
EMPLOYEE_OF title. A third element, when present, narrows the (head, tail) label signature for
that pattern. Cue words for status are in STATUS_CUES.
"""

from __future__ import annotations

from .resources import cues

E = "[\ue000-\uf8ff]"
S = r"[^，。；：\ue000-\uf8ff]"
# a party may carry its owner in front (百度文心大模型, 智谱旗下的GLM-4): the owner is not a party
# what joins an owner written before a party (智谱旗下的GLM-4, 蜜雪集团旗下咖啡品牌幸运咖, 深度求索推出的R1)
# the kind of product written between an owner and its product (华为的智能助手小艺, 好未来自研的九章大模型)
PRODUCT_KINDS = ("智能助手|AI助手|助手|大模型|模型|App|APP|小程序|子品牌|品牌|套餐|学习机|智能手表|手表|手机|车型|机型|新车|芯片"
                 "|操作系统|系统|游戏|应用|产品|功能")
OWNER_LINK = rf"(?:(?:旗下|下属|所属)的?(?:{S}{{0,12}}?(?:品牌|平台|公司|业务|工厂|企业|子公司|门店|银行|基金|{PRODUCT_KINDS}))?|的?(?:控股子公司|全资子公司)|(?:推出的|开发的|研发的|自研的|的)(?:{S}{{0,4}}?(?:{PRODUCT_KINDS}))?)"
# a country of origin written before a foreign party (与韩国三星、SK海力士竞争) is not part of its name
ORIGIN = "(?:" + "|".join(sorted(cues()["foreign_origin_words"], key=len, reverse=True)) + ")"
# ... and a kind of product may follow a party (乾崑ADS 4智驾系统和高通骁龙8295座舱芯片)
M = rf"(?:{E}{OWNER_LINK}?)?{ORIGIN}?《?{E}》?(?:[^，。；：、和与及\ue000-\uf8ff]{{0,2}}?(?:系统|芯片|模型|大模型|服务|平台))?"
G = rf"{M}(?:(?:、|，|,|和|与|及|以及|跟|同){M})*(?:等(?:[^，。；]{{0,4}}?))?"
# a group that 与/同/跟 does not join: the subject of "A与B和C签署" is A alone (B and C are its partners)
H = rf"{M}(?:(?:、|，|,|和|及|以及){M})*(?:等(?:[^，。；]{{0,4}}?))?"

_PRODUCT_OF = ({"PRODUCT"}, {"COMPANY", "PRODUCT"})

# (label, pattern[, (head labels, tail labels)]); {E}, {G} and {S} are filled in by the relation component
PATTERNS: list[tuple] = [
    # SUBSIDIARY_OF
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?:的)?(?P<trigger>旗下|下属|所属|属下|全资子公司|控股子公司|子公司|子品牌|全资设立的)(?:的|另一家|另一|品牌|平台|公司|企业|业务|子公司|全资子公司|控股子公司)*{S}{{0,8}}?(?P<head>{H})"),
    # 长安汽车公告，拟吸收合并全资子公司重庆长安…: the subject's subsidiary, named later in the sentence
    ("SUBSIDIARY_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})(?:[（(][^）)]{{0,30}}[）)])?[^。；\ue000-\uf8ff]{{0,40}}?(?:其|旗下|公司)?(?P<trigger>全资子公司|控股子公司)(?P<head>{G})"),
    # 米哈游宣布将与索尼互动娱乐合作，旗下新作《星穹回响》…: a clause-initial 旗下 belongs to the sentence's subject
    ("SUBSIDIARY_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；]{{0,40}}?[，,：:](?:其)?(?P<trigger>旗下)(?:的)?{S}{{0,6}}?《?(?P<head>{G})"),
    ("SUBSIDIARY_OF", r"(?P<head>{G})(?:是|为|系|作为|成为|将成为|已成为|并入)(?P<tail>{E})(?:的)?(?:全资|控股)?(?P<trigger>全资子公司|控股子公司|子公司|旗下|下属|子品牌|品牌)"),
    ("SUBSIDIARY_OF", r"(?P<head>{E})(?:的)?(?P<trigger>母公司|控股母公司)(?:为|是)?(?P<tail>{E})"),
    ("SUBSIDIARY_OF", r"(?P<tail>{E}){S}{{0,8}}?(?P<trigger>全资设立|成立|设立|注册成立|新设|孵化)(?:了)?{S}{{0,8}}?(?P<head>{E})"),
    ("SUBSIDIARY_OF", r"(?<!在)(?P<tail>{E}){S}{{0,6}}?(?P<trigger>推出|发布|上线|上市|亮相|开售|交付|研发|打造)(?:了)?{S}{{0,10}}?(?P<head>{G})", _PRODUCT_OF),
    ("SUBSIDIARY_OF", r"(?P<head>{E})(?:由|是)(?P<tail>{E}){S}{{0,4}}?(?P<trigger>开发|研发|推出|打造|发布|出品)", _PRODUCT_OF),
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?P<trigger>的|自研的|自研|自主研发的|首款|新款|旗舰)(?:{S}{{0,4}}?(?:" + PRODUCT_KINDS + r"))?《?(?P<head>{E})", ({"PRODUCT"}, {"COMPANY", "PRODUCT"})),
    ("SUBSIDIARY_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；：]{{0,30}}?[，,](?:近日|日前|今日|今年|昨日|还|也|同时|并|已|正式)*(?P<trigger>推出|发布|上线)(?:了)?{S}{{0,10}}?(?P<head>{G})", _PRODUCT_OF),
    # 康影医疗由…创办，主要产品为便携式超声设备康影U5: a company's products named as such
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?:的)?(?:主要|核心|旗舰|拳头)(?P<trigger>产品)(?:为|是|包括|有){S}{{0,10}}?(?P<head>{G})", _PRODUCT_OF),
    ("SUBSIDIARY_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；：]{{0,40}}?[，,](?:其|公司)?(?:的)?(?:主要|核心|旗舰|拳头)(?P<trigger>产品)(?:为|是|包括|有){S}{{0,10}}?(?P<head>{G})", _PRODUCT_OF),
    # 粤川置业将出售旗下物业公司粤川服务: what a company sells off is its own
    ("SUBSIDIARY_OF", r"(?P<tail>{E}){S}{{0,8}}?(?:出售|转让|剥离|分拆|整合|处置)(?:其)?(?P<trigger>旗下)(?:的)?{S}{{0,6}}?(?P<head>{H})"),
    # 该品牌隶属于宁波恒温电器有限公司; 团子岛所属公司萌点文化; 听岚的运营方岚音文化
    ("SUBSIDIARY_OF", r"(?P<head>{G}){S}{{0,4}}?(?P<trigger>隶属于|隶属|归属于)(?P<tail>{E})"),
    ("SUBSIDIARY_OF", r"(?P<head>{E})(?:的)?(?P<trigger>所属公司|运营方|运营主体|运营商|开发商|母品牌)(?:为|是)?(?P<tail>{E})", _PRODUCT_OF),
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?P<trigger>开发|推出|研发|自主研发|打造|出品|自研)的[^，。；：已对将\ue000-\uf8ff]{{0,8}}?《?(?P<head>{E})", _PRODUCT_OF),
    ("SUBSIDIARY_OF", r"(?P<tail>{E})(?P<head>{E})", ({"PRODUCT"}, {"COMPANY"})),
    # 华启控股集团发布公告称，旗下华启物流、华启冷链…: 旗下 opening a clause belongs to the subject before
    ("SUBSIDIARY_OF", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；\ue000-\uf8ff]{{0,12}}?[，,：:](?:其)?(?P<trigger>旗下)(?:的)?{S}{{0,6}}?(?P<head>{G})"),
    # FOUNDER_OF / EMPLOYEE_OF (org + title + person)
    ("FOUNDER_OF", r"(?P<tail>{E})(?:的)?(?P<trigger>联合创始人|创始人|创办人)(?P<title>(?:兼|、){S}{{1,12}}?)?(?P<head>{E})"),
    # 深言智算成立于2023年，创始人孙卓然曾任…: the founder named right after the company's clause
    ("FOUNDER_OF", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；：\ue000-\uf8ff]{{0,16}}?[，,](?:其|公司)?(?P<trigger>联合创始人|创始人|创办人)(?P<title>(?:兼|、){S}{{1,12}}?)?(?P<head>{E})"),
    ("EMPLOYEE_OF", r"(?P<tail>{E})(?:的)?(?:(?:联合创始人|创始人|创办人)(?:兼|、))?(?P<title>[^，。；“”\"\ue000-\uf8ff]{{0,14}}?)(?P<head>{E})"),
    ("FOUNDER_OF", r"(?P<head>{G}){S}{{0,10}}?(?P<trigger>创办|创立|创建|一手创办|联合创办|成立|共同创立|一起创立)(?:了)?(?P<tail>{G})"),
    ("FOUNDER_OF", r"(?P<tail>{G})[^。；\ue000-\uf8ff]{{0,16}}?由[^，。；]{{0,12}}?(?P<head>{G}){S}{{0,10}}?(?P<trigger>共同创办|联合创办|共同创立|创办|创立|创建)"),
    ("EMPLOYEE_OF", r"(?P<head>{E}){S}{{0,8}}?(?P<trigger>担任|出任|执掌|接任|升任|履新|加盟|就任|任职于|加入|现任|任)(?P<tail>{E})(?:的)?(?P<title>{S}{{0,10}})"),
    # 金帆科技创始人黄振宇将继续担任董事长: the post is at the company named with the founder
    ("EMPLOYEE_OF", r"(?P<tail>{E})(?:的)?(?:联合创始人|创始人|创办人)(?P<head>{E})[^。；\ue000-\uf8ff]{{0,16}}?(?P<trigger>担任|出任|兼任)(?:公司)?(?P<title>{S}{{1,8}})"),
    # 曾在网易担任制作人的沈墨: a post held at the place named before it
    ("EMPLOYEE_OF", r"在(?P<tail>{E})(?P<trigger>担任|任职|任)(?P<title>{S}{{1,8}}?)的(?P<head>{E})"),
    ("EMPLOYEE_OF", r"(?P<head>{E}){S}{{0,6}}?在(?P<tail>{E})(?P<trigger>担任|任职|任)(?P<title>{S}{{1,8}})"),
    # 晨阳动力聘任原奇瑞汽车副总工程师许嘉航出任总经理
    ("EMPLOYEE_OF", r"(?P<tail>{E}){S}{{0,6}}?(?:聘任|聘请|任命)[^。；，]{{0,16}}?(?P<head>{E})(?P<trigger>出任|担任|为)(?P<title>{S}{{1,8}})"),
    # 火山引擎是字节跳动旗下云服务平台，总裁谭待透露: a title opening a clause is a post at the sentence's subject
    ("EMPLOYEE_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；，,]{{0,24}}?[，,](?:其|公司)?(?P<title>董事长兼CEO|董事长兼总裁|董事长|总裁|CEO|首席执行官|总经理|副总裁|首席技术官|CTO|首席财务官|CFO|负责人|董秘|发言人)(?P<head>{E})"),
    ("EMPLOYEE_OF", r"(?P<head>{E}){S}{{0,6}}?(?P<trigger>签约于|签约|加盟)(?:了)?(?:{S}{{0,6}}?(?:机构|公司|平台))?(?P<tail>{E})"),
    ("EMPLOYEE_OF", r"(?P<head>{E}){S}{{0,10}}?(?:是|为|系|作为)[^，。；\ue000-\uf8ff]{{0,12}}?(?P<tail>{E})(?:[（(][^）)]*[）)])?(?:的)?(?P<title>{S}{{1,10}})"),
    # ACQUIRED / SHAREHOLDER_OF (percentages are checked by the relation component)
    ("ACQUIRED", r"(?<![从向])(?P<head>{G}){S}{{0,12}}?(?P<trigger>收购|并购|吸收合并|全资收购|买下|受让|控股(?!股东|子公司|集团|公司|有限|权))(?:了)?{S}{{0,8}}?(?P<tail>{G})"),
    # 吉利以18亿美元从福特汽车手中收购沃尔沃: the seller is no buyer
    ("ACQUIRED", r"(?P<head>{G}){S}{{0,12}}?从{E}(?:手中|处|那里)?(?P<trigger>收购|购得|买下|受让)(?:了)?{S}{{0,8}}?(?P<tail>{G})"),
    # 完成对X的全资收购 is an acquisition; 完成对X的战略投资 a shareholding
    ("ACQUIRED", r"(?P<head>{G}){S}{{0,12}}?完成对{S}{{0,12}}?(?P<tail>{E})(?P<stake>{S}{{0,10}}?)的{S}{{0,4}}?(?P<trigger>全资收购|收购|并购|吸收合并)"),
    # 京东物流宣布，已完成以约89.7亿元收购德邦物流…: the subject of the announcement
    ("ACQUIRED", r"(?:^|(?<=[，,：:“]))(?P<head>{G})(?:[（(][^）)]{{0,30}}[）)])?(?:今日|近日|日前|昨日|晚间|当日|\d{{1,2}}月\d{{1,2}}日(?:晚间)?)?(?:宣布|公告|发布公告|表示|称|披露)(?:称)?[，,：:](?:公司)?(?:已|将|拟|计划|正式)?(?:完成)?(?:以{S}{{0,10}}?)?(?P<trigger>收购|受让|并购|吸收合并)(?:了)?{S}{{0,8}}?(?P<tail>{G})"),
    ("ACQUIRED", r"(?:^|(?<=[，,：:“]))(?P<head>{G})(?:[（(][^）)]{{0,30}}[）)])?(?:宣布|公告|发布公告|表示|称|披露)(?:称)?[，,：:](?:公司)?(?:已|已经|正式)?完成(?:了)?对(?P<tail>{E})(?P<stake>{S}{{0,10}}?)的{S}{{0,4}}?(?P<trigger>全资收购|收购|并购|吸收合并)"),
    # 2021年收购百世快递后，极兔速递…: the subject named after the clause
    ("ACQUIRED", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,8}}?(?P<trigger>收购|并购|全资收购)(?:了)?(?P<tail>{E})(?:后|之后)[，,](?P<head>{E})"),
    # 万科拟向华润置地转让旗下万物云部分股权: the seller holds the shares
    ("SHAREHOLDER_OF", r"(?P<head>{E}){S}{{0,10}}?(?:向{E}|将)?(?P<trigger>转让|出售|减持)(?:其)?(?:旗下|所持|持有的|所持有的)?(?P<tail>{E}){S}{{0,6}}?(?:股权|股份)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,12}}?完成对(?P<tail>{E})的{S}{{0,4}}?(?P<trigger>战略投资|投资|增资|注资|入股)"),
    ("ACQUIRED", r"(?P<tail>{E}){S}{{0,6}}?被(?P<head>{E}){S}{{0,6}}?(?P<trigger>收购|并购|全资收购|吸收合并)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,10}}?(?P<trigger>入股|参股|增持|减持|持有|持股|注资|增资|认购|战略投资|投资了|投资|出资入股|投了|押注)(?:了)?(?:{S}{{0,4}}?|{S}{{0,8}}?(?:企业|公司|品牌|平台|集团|银行|厂商))(?P<tail>{G})"),
    ("SHAREHOLDER_OF", r"(?P<head>{G})(?:[（(][^）)]{{0,30}}[）)])?(?:均|都|也|亦|同时)?(?:是|为|成为|系|仍为|仍是|将成为|已成为|作为)(?:了)?(?P<tail>{E})(?:的)?(?:早期|重要|主要|现有|最大的?|天使轮|A轮|B轮|C轮)?(?P<trigger>第一大股东|第二大股东|大股东|控股股东|股东|主要股东|战略股东|投资方|投资人|投资者)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,16}}?(?:为|是|成为)(?:其|公司)?(?P<trigger>第一大股东|第二大股东|大股东|控股股东|主要股东)"),
    ("SHAREHOLDER_OF", r"(?P<tail>{G})(?:{S}{{0,4}}?的)?(?P<trigger>第一大股东|第二大股东|大股东|控股股东|股东|主要股东)(?:均|都|也)?(?:为|是|包括)?(?P<head>{G})"),
    # 高瓴资本与瀚海生物签署股份认购协议: the subscriber takes shares
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,6}}?(?:与|和)(?P<tail>{E})签署{S}{{0,10}}?(?P<trigger>股份认购协议|认购协议|增资协议)"),
    ("SHAREHOLDER_OF", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<tail>{E})[^。；：\ue000-\uf8ff]{{0,30}}?[，,](?:其|公司)?(?:的)?(?P<trigger>第一大股东|第二大股东|控股股东|大股东)(?:为|是|包括)(?P<head>{G})"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,4}}?(?P<trigger>领投|跟投|参投|共同领投|联合领投|超额认购|均有参与|也有参与|参与了本轮|参与投资)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,6}}?对(?P<tail>{E})的(?P<trigger>持股|控股)"),
    ("SHAREHOLDER_OF", r"(?P<tail>{E})由(?P<head>{G})(?P<trigger>控股|全资控股|绝对控股|持股|实际控制)(?!子公司|股东|公司)"),
    ("SHAREHOLDER_OF", r"(?P<tail>{E}){S}{{0,8}}?(?:获得|获|得到|迎来)(?P<head>{G})(?:的)?{S}{{0,6}}?(?P<trigger>战略投资|投资|注资|入股|增资)"),
    ("SHAREHOLDER_OF", r"(?P<tail>{E}){S}{{0,12}}?引入(?P<head>{G})(?:作为|成为)(?:其|公司)?(?P<trigger>战略投资者|投资者|股东|战略股东)"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,8}}?(?P<trigger>所持|持有的|所持有的)(?P<tail>{E})"),
    ("SHAREHOLDER_OF", r"(?P<head>{G}){S}{{0,24}}?(?P<trigger>共同出资设立|共同出资成立|共同出资组建|共同投资组建|合资成立|合资设立|合资组建|共同设立|共同成立|共同组建|联合设立|联合成立|联合发起设立|出资设立|出资组建|投资成立|对外投资成立)(?:了)?(?:一家)?{S}{{0,8}}?(?P<tail>{E})"),
    # 奇瑞汽车与捷豹路虎成立的合资公司奇瑞捷豹路虎: the founders of a joint company
    ("SHAREHOLDER_OF", r"(?P<head>{G})(?:共同)?(?:出资)?(?P<trigger>成立|设立|组建|合资成立|合资设立)的(?:合资公司|合资企业|合营公司)(?P<tail>{E})"),
    # 雾岛数据…是阿里巴巴投资的企业
    ("SHAREHOLDER_OF", r"(?P<tail>{E})[^。；\ue000-\uf8ff]{{0,14}}?(?:是|系)(?P<head>{G})(?P<trigger>投资|参股|控股|领投|孵化)的{S}{{0,6}}?(?:企业|公司|项目|初创公司)"),
    # 永乐电力是由A、B和C等共同投资组建, 复星凯特系A与B共同出资设立的合资公司: the founders, named after the company
    ("SHAREHOLDER_OF", r"(?P<tail>{E})(?:是|系|为)?(?:由)?(?P<head>{G}){S}{{0,6}}?(?P<trigger>共同出资设立|共同出资成立|共同出资组建|共同投资组建|共同投资设立|合资成立|合资设立|合资组建|共同设立|共同成立|共同组建|出资设立|出资组建|投资设立)"),
    # COMPETES_WITH
    ("COMPETES_WITH", r"(?P<head>{E})(?:的)?(?:主要|最大的?|直接|头号|最主要的|最直接的|最强劲的)?(?P<trigger>竞争对手|竞品|对手|竞争机型|竞争车型|竞争产品|对标车型|对标产品|对标机型)(?:就是|正是|是|为|包括|如|有|将是|仍是)?(?P<tail>{G})"),
    # 小米YU7被视为特斯拉Model Y的直接对标车型
    ("COMPETES_WITH", r"(?P<head>{E})(?:被视为|被看作|被认为是|是|为)(?P<tail>{E})的(?:直接|主要|最大的?)?(?P<trigger>对标车型|对标产品|对标机型|竞争对手|竞品|对手)"),
    # 赤焰E5定位中大型SUV，主要对手是问界M7和理想L6: the clause's subject
    ("COMPETES_WITH", r"^[^，。；\ue000-\uf8ff]{{0,4}}?(?P<head>{E})[^。；：\ue000-\uf8ff]{{0,24}}?[，,](?:其|公司的?)?(?:主要|最大的?|直接|头号)(?P<trigger>竞争对手|对手|竞品)(?:是|为|包括)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<tail>{G})(?:均|都|也)?(?:是|为)(?P<head>{E})(?:的)?(?:主要|最大的?|直接)?(?P<trigger>竞争对手|对手)"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{0,10}}?将(?P<tail>{G})列为(?:其)?(?:主要|最大的|直接)?(?P<trigger>竞争对手|对手)"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{0,12}}?(?:面临|面对|遭遇|迎战)(?:着)?(?:来自)?(?P<tail>{G})[^。；\ue000-\uf8ff]{{0,10}}?(?P<trigger>竞争|挑战|夹击|围攻|冲击)"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{1,14}}?的(?:主要|最大的?|直接|头号|最主要的|最直接的|最强劲的)?(?P<trigger>竞争对手|竞品|对手|对标车型|对标产品)(?:是|为|包括|仍是|将是)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?:面临|面对|迎战)(?:来自)?(?P<tail>{G})[^。；\ue000-\uf8ff]{{0,8}}?(?P<trigger>竞争|挑战|攻势|夹击|围攻)[^。；\ue000-\uf8ff]{{0,3}}?[，,](?P<head>{E})"),
    # (the objects of 面临/面对 are rivals of the subject, not of each other)
    ("COMPETES_WITH", r"(?<!面临)(?<!面对)(?<!遭遇)(?<!来自)(?P<head>{G}){S}{{0,12}}?(?:与|和|同|跟|向)(?:{E}(?:旗下的?|的))?(?P<tail>{G})(?:[^。；\ue000-\uf8ff]{{0,14}}?)(?P<trigger>竞争|争夺|抗衡|价格战|补贴战|补贴大战|大战|角逐|对决|PK|竞逐|交锋|贴身肉搏|打擂台|厮杀|混战|较量|分庭抗礼|针锋相对|短兵相接)"),
    ("COMPETES_WITH", r"(?P<head>{G}){S}{{0,8}}?(?P<trigger>对标|叫板|抗衡|围剿|狙击|争夺|迎战)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<head>{G}){S}{{0,4}}?(?P<trigger>挑战)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<head>{G}){S}{{0,12}}?(?P<trigger>击败|击退|战胜)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{0,14}}?(?P<trigger>挑战)(?P<tail>{G})(?:在{S}{{0,10}}?)?的{S}{{0,4}}?地位"),
    # 复星凯特与药明巨诺是国内CAR-T领域的主要竞争对手: rivals of each other
    ("COMPETES_WITH", r"(?P<head>{G})(?:与|和|同)(?P<tail>{G})(?:是|为|互为|已成为|成为)[^。；，\ue000-\uf8ff]{{0,16}}?(?P<trigger>竞争对手|对手)"),
    # 瑞幸咖啡在新加坡开出门店，与星巴克、Tim Hortons展开竞争: the subject of the clause before
    ("COMPETES_WITH", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,4}}?(?P<head>{G})[^。；：\ue000-\uf8ff]{{0,24}}?[，,](?:(?:并|将|则|也|正|还|已|同时)?(?:与|和|同|跟)|{S}{{0,8}}?(?:与|同|跟))(?:{E}(?:旗下的?|的))?(?P<tail>{G})[^。；，\ue000-\uf8ff]{{0,14}}?(?P<trigger>竞争|争夺|抗衡|交锋|较量|分庭抗礼|角逐|价格战|补贴战|大战|对决)"),
    ("COMPETES_WITH", r"为(?:了)?(?:与|和|同)(?P<tail>{G})(?P<trigger>抗衡|竞争|争夺|角逐)[，,](?P<head>{E})"),
    ("COMPETES_WITH", r"(?:将|把)(?P<head>{E})(?:视为|看作|当作)(?P<tail>{E}){S}{{0,10}}?(?P<trigger>竞争对手|对手)"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{0,4}}?(?:将|把)(?P<tail>{G})(?:视为|看作|当作|列为){S}{{0,8}}?(?P<trigger>竞争对手|对手)"),
    ("COMPETES_WITH", r"(?P<head>{E})(?P<trigger>对标)的(?:是|为)(?P<tail>{G})"),
    ("COMPETES_WITH", r"(?P<head>{E}){S}{{0,6}}?将(?:主要|最大的)?(?:竞争)?(?P<trigger>对手)(?:锁定为|定为|瞄准|锁定)(?P<tail>{G})"),
    # PARTNER
    ("PARTNER", r"(?P<head>{G}){S}{{0,12}}?(?P<trigger>接入|引入|打通)(?:了)?{S}{{0,4}}?(?P<tail>{G})"),
    ("PARTNER", r"(?P<head>{G}){S}{{0,16}}?(?P<trigger>支持|内置|搭载|集成|预装)(?:了)?{S}{{0,4}}?(?P<tail>{G})",
     ({"COMPANY", "PRODUCT"}, {"PRODUCT"})),
    ("PARTNER", r"(?P<head>{H}){S}{{0,10}}?(?:与|和|同|跟|向|并与|将与|拟与|正与|已与)(?:{S}{{0,8}}?(?:公司|企业|药企|车企|房企|险企|券商|巨头|龙头|平台|厂商|品牌|机构|银行|集团|服务商|供应商|运营商|提供商|制造商|开发商|零售商|经销商|代理商|分销商|航司|酒店集团)|{E}旗下的?)?(?P<tail>{G})(?:[^。；\ue000-\uf8ff]{{0,24}}?)(?P<trigger>战略合作|合作|签署|签订|签约|续签|协议|合同|备忘录|联盟|结盟|合资|共建|共同|达成|携手|联手|牵手|官宣|联合|谈判|洽谈|磋商|商谈|商讨|接洽|打通|对接|互通|互认|联名|融合)"),
    ("PARTNER", r"(?P<head>{G}){S}{{0,6}}?(?:选定|选择|确定|指定)(?P<tail>{G})(?:作为|成为|为)(?:其)?[^，。；：]{{0,16}}?(?P<trigger>合作伙伴|合作方)"),
    ("PARTNER", r"(?P<head>{G}){S}{{0,8}}?(?:正式|已|将|已经)?(?:成为|是|为|作为|入选)(?P<tail>{E})(?:在{S}{{0,10}}?)?(?:的)?{S}{{0,10}}?(?P<trigger>合作伙伴|合作方|战略伙伴)"),
    ("PARTNER", r"(?P<head>{G})(?:将|拟|已|正|再度|再次|首次|宣布)?(?P<trigger>携手|联手|牵手|联合|合作)(?P<tail>{G})"),
    # 北汽新能源为北汽集团控股子公司，此前已与宁德时代保持合作: the subject of the clause before
    ("PARTNER", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,4}}?(?P<head>{G})[^。；：]{{0,24}}?[，,](?:(?:此前|此外|目前|同时|并|将|则|也|正|还|已|已经|曾|但|却|最终|未能|未|并未|尚未|没有|近日|日前|随后|又|再|再次|今年|近期|此次)*(?:与|和|同|跟)|{S}{{0,8}}?(?:先后|陆续|分别|已|将|正|拟|有望|计划|准备)(?:于{S}{{0,4}}?)?(?:与|同|跟))(?P<tail>{G})[^。；，\ue000-\uf8ff]{{0,20}}?(?P<trigger>战略合作|合作|签署|签订|签约|续签|协议|备忘录|联盟|合资|携手|联手|牵手|打通|对接|联名|互认|联合打造|联合开发|联合推出|共同打造|共同开发|共同推出|共建)"),
    # a licence is an agreement between licensor and licensee (获得迪士尼授权)
    ("PARTNER", r"(?P<head>{G}){S}{{0,8}}?(?:获得|获|取得)(?P<tail>{E})(?:的)?(?:正式|独家|官方|品牌|IP)?(?P<trigger>授权)"),
    # 问界M9由赛力斯与华为联合打造，搭载华为的乾崑智驾; 新车搭载A，并内置B: a product's fittings after its clause
    ("PARTNER", r"(?:^|(?<=[，,：:“]))[^，。；\ue000-\uf8ff]{{0,4}}?(?P<head>{G})[^。；：]{{0,30}}?[，,](?:目前|此外|并|同时|还|也|且|均|另外)?(?:已|将|还|也)?(?:同时)?(?P<trigger>支持|内置|搭载|集成|预装|标配)(?:了)?{S}{{0,4}}?(?P<tail>{G})",
     ({"COMPANY", "PRODUCT"}, {"PRODUCT"})),
    # 超过30家车企接入豆包大模型，其中包括北岳汽车和蓝驰新能源: the adopters listed after the clause
    ("PARTNER", r"(?P<trigger>接入|支持|引入|搭载|上线)(?:了)?(?P<tail>{G})[，,](?:其中)?(?:包括|有|如)(?P<head>{G})"),
    # 首批支持一拍付的商户包括嘴馋猫和山谷茶: the adopters listed after the service
    ("PARTNER", r"(?P<trigger>支持|接入|引入|上线)(?:了)?(?P<tail>{G})的{S}{{0,8}}?(?:商户|商家|应用|企业|品牌|平台|门店|机构|银行|车企|厂商|App)(?:包括|有|为|涵盖|包含)(?P<head>{G})"),
    # 阿里、顺丰又由分化走向了合作: a group that comes to cooperate, each member with every other (not the
    # objects of 与: 已与vivo、荣耀等厂商达成合作 pairs each with the subject only)
    ("PARTNER", r"(?<![与和同跟向及])(?P<head>{G}){S}{{0,16}}?(?P<trigger>走向了?合作|达成了?(?:战略)?合作|展开了?(?:战略)?合作|开展了?(?:战略)?合作|建立了?(?:战略)?合作|(?:加强|深化)了?合作)"),
    # 继腾讯、百度之后，又有多家企业宣布接入DeepSeek-R1: the parties named first did it too
    ("PARTNER", r"继(?P<head>{G})之后[，,]?[^。；\ue000-\uf8ff]{{0,16}}?(?P<trigger>接入|引入|搭载|内置)(?:了)?(?P<tail>{G})"),
]

# Every member of an alliance partners every other (结成联盟，首批成员包括A、B和C)
ALLIANCE_MEMBERS = rf"(?:联盟|联合体)[^。；\ue000-\uf8ff]{{0,16}}?(?:成员|发起方|发起单位|成员单位)(?:包括|有|为|是)(?P<group>{G})"
# Round-financing triggers whose target is the company being financed (newsie.components.relations)
FINANCING_TRIGGERS = ("领投", "跟投", "参投", "共同领投", "联合领投", "超额认购", "均有参与", "也有参与", "参与了本轮", "参与投资")
# Pairs inside one coordinated group that acts jointly (三方签署, 共同出资, A携手B、C)
JOINT_ACTION = ("共同出资", "共同投资组建", "联合体", "三方", "四方", "多方", "共同发起", "共同设立", "共同成立", "合资成立", "合资设立", "共同领投", "联合领投", "联合发布")
# Competition among every member of one group (京东、美团与淘宝闪购之间的补贴大战)
GROUP_RIVALRY = ("之间的竞争", "之间的补贴", "之间的价格战", "三强", "混战", "之间的大战", "相互竞争", "互相竞争", "彼此竞争")
# ... and a group right before 的 + a rivalry noun (三一重卡、徐工汽车和北奔重汽的争夺愈发激烈): that group only
# (A与B、C的竞争: A against each of the others)
GROUP_RIVALRY_OF = r"(?P<group>{M}(?:(?:、|和|与|及|以及|同|跟){M})+)(?:等(?!对手)[^，。；的]{{0,4}})?(?:三者|两者|三家|两家)?(?:在[^，。；]{{0,8}})?的(?:竞争|争夺|较量|价格战|补贴战|厮杀|混战)"
# ... and 之间的 + a few words + a rivalry word (京东、美团与淘宝闪购之间的即时零售补贴大战)
GROUP_RIVALRY_BETWEEN = r"之间的[^。；，\ue000-\uf8ff]{0,8}?(?:竞争|争夺|战(?!略))"
# ... and a group followed by 两家/三方 competing (美团、饿了么等平台……，两家在外卖市场的竞争)
GROUP_RIVALRY_AFTER = r"(?:两家|三家|三方|两者|二者|三者|几家)[^。；]{0,14}?(?:竞争|争夺|交锋|价格战|补贴战|混战|较量|对决)"

STATUS_CUES = {
    "negated": ("未能", "未", "没有", "并非", "不是", "拒绝", "失败", "终止", "解约", "退出", "屏蔽", "否认", "取消",
                "叫停", "告吹", "破裂", "中止", "撤回", "放弃", "不再", "辟谣", "不实", "不会", "不存在", "结束", "到期",
                "暂停", "解散", "解除", "搁置", "暂缓"),
    "planned": ("拟", "计划", "将", "有意", "欲", "准备", "申请", "邀请", "洽谈", "商讨", "协商", "有望", "传出", "消息称", "网传", "传闻",
                "有消息", "筹划", "或将", "意向", "寻求", "谈判", "磋商", "商谈", "即将", "打算", "考虑", "预案"),
}
# Triggers that state a standing fact by a noun (旗下, 子公司, 股东): a plan or denial elsewhere in the
# clause is about something else, so only a cue inside the matched phrase changes the status.
STATIC_TRIGGERS = ("旗下", "下属", "所属", "属下", "全资子公司", "控股子公司", "子公司", "子品牌", "母公司", "控股母公司",
                   "第一大股东", "第二大股东", "大股东", "控股股东", "股东", "主要股东", "战略股东",
                   "的", "自研的", "自研", "自主研发的", "隶属于", "隶属", "归属于", "所属公司", "运营方", "运营主体",
                   "运营商", "开发商", "母品牌")
# A cooperation word that is not a partnership: a jointly issued notice, a share transfer, a product
# "jointly built" by the parties (the parties partner; the product is not a party).
NOT_PARTNERSHIP_AFTER = ("作为战略投资者", "战略投资", "的投资", "注资", "入股", "发布通知", "发布", "发文", "印发", "下发", "出台", "召开", "主办", "举办", "打造的", "推出的",
                         "开发的", "调校", "运营的", "发行的", "研发的")
NOT_PARTNERSHIP_DEALS = ("股份转让协议", "股权转让协议", "借款协议", "担保", "和解", "诉讼", "纠纷", "仲裁", "认购协议", "增资协议")
# Questions and hypotheticals state nothing (guidelines 5: not annotated)
HYPOTHETICAL = ("是否", "如能", "若能", "如果", "不排除", "倘若", "假如", "假设", "若合作", "若交易", "若双方", "若此次", "若收购")
# a denial anywhere in the sentence negates what it reports (网传…，…回应称消息不实)
SENTENCE_DENIALS = ("消息不实", "否认", "辟谣", "纯属谣言", "并无此事", "没有相关", "没有此类", "暂无此类", "没有这方面", "无此计划")
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
