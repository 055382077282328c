"""Named patterns for Chinese government pages. Each constant says what it is for and shows a real example.

Texts matched here are *visible lines* (see ``text.py``): inline tags already joined, so a label and its value
split across ``<span>``s arrive as one string (``<span>发布日期：</span><span>2021-01-19</span>``).
"""
from __future__ import annotations

import re

# Any whitespace a Chinese page uses, including U+3000 ideographic space, NBSP, zero-width space and BOM.
WHITESPACE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")

# A calendar date with an optional time. "2021-01-19 09:19", "2019年06月15日08:18", "2012/6/24", "2007-08-20-23:59:59"
DATE_TIME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:[\s\u3000T-]*(?P<H>[01]?\d|2[0-3])\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*[0-5]\d)?)?"
)

# Labels of the metadata line. "发布时间：2021-01-19 09:19", "发稿时间：2024-05-13 06:03:00", "发文日期：2023-04-18"
DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发稿时间|发表时间|发文日期|成文日期|生成日期|印发日期|公开日期|更新时间|更新日期|添加时间|录入时间|上传时间"
    r"|时间|日期)\s*[:：]|(?:发布于|发表于)\s*")
# "来源：富源县人民政府办公室", "信息来源： 内蒙古日报", "文章来源：新华社"
SOURCE_LABEL = re.compile(r"(?:信息来源|文章来源|稿件来源|新闻来源|消息来源|来源|出处)\s*[:：]")
# 信息公开 pages name the issuing body instead of a source: "发布机构：宜春市统计局"
ISSUER_LABEL = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|责任部门|信息来源单位)\s*[:：]")
# "作者：超级管理员", "撰稿：李明", "执笔人：王芳", "[作者: 刘满仓"
AUTHOR_LABEL = re.compile(r"(?:作者|撰稿人?|执笔人?|撰文|记者|供稿人?)\s*[:：]")
# "浏览次数：7421", "点击数：88", "访问量：1024"
VIEWS_LABEL = re.compile(
    r"(?:浏览次数|浏览量|点击数|点击量|点击次数|点击率|访问量|访问次数|阅读次数|阅读量|阅读数|浏览|点击|阅读)\s*[:：]")
# Anything that ends a labelled value: another label, a widget, or a bracket. "来源：富源县人民政府办公室  作者：…"
VALUE_STOP = re.compile(
    r"(?:发布时间|发布日期|发稿时间|发文日期|时间|日期|信息来源|文章来源|来源|作者|撰稿|执笔|记者|浏览次数|浏览量|点击数|点击量|"
    r"访问量|阅读次数|阅读量|编辑|责任编辑|文章类型|发布机构|索引号)\s*[:：]"
    # widgets glued to the value without a space: "信息来源：县卫健局分享到："
    r"|分享到|分享|打印|关闭|收藏|字号|字体|【|\[|\]|】|\||丨|\s")

# Leading Chinese "the issue number" markers. "工作简报(2021年第1期)", "第21期", "（总第56期）"
ISSUE_YEAR_NUMBER = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<number>\d{1,4})\s*期")
ISSUE_NUMBER = re.compile(r"(?<!总)第\s*(?P<number>\d{1,4})\s*期")
ISSUE_TOTAL = re.compile(r"总\s*第\s*(?P<total>\d{1,5})\s*期")

# The table of contents of a compiled bulletin. "主要内容：", "本期要目", "目  录"
TOC_HEADING = re.compile(r"^(?:主要内容|本期要目|本期内容|本期目录|内容提要|目\s*录)\s*[:：]?\s*$")
# One TOC item. "▲富源县委宣传部组织开展爱国卫生“7 个专项行动”知晓率暗访督查"
TOC_ITEM = re.compile(r"^\s*[▲△◆◇●■□★☆►▶•·◎※]\s*(?P<title>\S.*)$")
# A numbered TOC item or heading. "一、县委召开专题会议", "2. 富村镇开展集中整治", "（三）志愿服务"
TOC_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*(?P<title>\S.*)$")

# Date paths in article URLs. "/202101/t20210119_523401.html", "/art/2021/3/15/art_1234_5678.html", "/20220426/d4d8….html"
URL_DATE = re.compile(
    r"/t(?P<y1>20\d{2})(?P<m1>[01]\d)(?P<d1>[0-3]\d)_|/art/(?P<y2>20\d{2})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/"
    r"|/(?P<y3>20\d{2})(?P<m3>[01]\d)(?P<d3>[0-3]\d)/|/(?P<y4>20\d{2})-(?P<m4>[01]\d)/(?P<d4>[0-3]\d)/")

# Widgets and boilerplate lines inside or next to the content. "【打印本页】【关闭窗口】", "【字体：大 中 小】", "分享到："
NOISE_LINE = re.compile(
    r"^(?:[【\[]?\s*(?:打印本页|打印此页|打印正文|打印|关闭窗口|关闭本页|关闭页面|关闭|返回顶部|返回列表|返回首页|返回|收藏本页|收藏|"
    r"加入收藏|保存本页|发表评论|我要纠错|纠错|复制链接|TOP)\s*[】\]]?\s*)+$"
    r"|^【?\s*字[体号]\s*[:：].{0,20}$|^字号\s*[:：]|^分享到\s*[:：]?|^分享至|^扫一扫|^用微信扫|^手机扫一扫|^已收藏$|^图集$"
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]|^【\d】(?:【\d】)*$|^\d+下一页$|^\+1$|^关联稿件\s*[:：]?$|^相关(?:新闻|阅读|链接)\s*[:：]?$"
)
# Site footer lines, never article text. "版权所有：富源县人民政府　滇ICP备05001234号", "主办：…　承办：…"
FOOTER_LINE = re.compile(r"版权所有|ICP备|ICP证|公网安备|网站标识码|技术支持\s*[:：]|^主办(?:单位)?\s*[:：]|承办(?:单位)?\s*[:：].{0,40}$"
                         r"|^(?:网站地图|联系我们|关于我们)(?:\s*[|丨]\s*\S+)*$")
# Editor and byline lines after the body. "（责任编辑：系统管理员）", "(责编：汤诗瑶、丁涛)", "编辑:李楠", "[作者: 刘满仓 责任编辑: 杨丹宇 ]"
EDITOR_LINE = re.compile(
    r"^[\[(（【]?\s*(?:责任编辑|网站编辑|值班编辑|责编|编辑|审核|审校|校对|初审|复审|终审|签发|监制|录入|发布人|信息员)\s*[:：]")
# A line made only of labelled credits. "中青报·中青网记者 魏其濛 来源：中国青年报", "来源: 尹娟"
CREDIT_LINE = re.compile(r"^[\[(（]?\s*(?:\S{0,12}记者\s*\S{1,12}\s*)?(?:(?:来源|作者|记者|摄影|通讯员|编辑)\s*[:：]\s*\S{0,20}\s*)+[\])）]?$")
# A short promotional link line before the body. "点击进入“文艺星青年”>>"
PROMO_LINE = re.compile(r"^.{0,30}(?:>>|》》|→)$")

# The visible breadcrumb. "您当前所在的位置：首页 > 专题专栏 > 爱卫创卫 > 工作简报", "当前位置： 首页/要闻动态/今日关注"
BREADCRUMB_LABEL = re.compile(r"(?:您?当前(?:所在)?(?:的)?位置|您的位置|所在位置|当前栏目)\s*[:：]?")
BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>>|》|>|＞|/|→|»|›)\s*")

# Separators between an article title and the site name in <title>. "山西品牌丝路行（南美站）正式启动 - 山西省人民政府门户网站"
TITLE_SEPARATOR = re.compile(r"\s*(?:_{1,2}|\s-\s|-{2,}|\||｜|—|–)\s*")
# Footer ownership lines naming the site. "主办：宜春市人民政府　承办：…", "版权所有：富源县人民政府"
SITE_OWNER = re.compile(r"(?:主办单位|主办|版权所有)\s*[:：©]?\s*(?P<name>[\u4e00-\u9fff]{3,20}(?:政府|委员会|办公室|局|厅|网))")

# Error and challenge pages. "404 Not Found", "您访问的页面不存在", "Just a moment..."
ERROR_PAGE = re.compile(
    r"(?:^|\D)(?:404|403|500|502|503)(?:\D|$).{0,40}(?:not found|forbidden|error|错误|不存在|找不到)"
    r"|页面不存在|页面未找到|找不到(?:该|您要访问的)?页面|您访问的页面|页面已删除|信息已删除|服务器错误|Internal Server Error|Not Found",
    re.I)
CHALLENGE_PAGE = re.compile(
    r"Just a moment|cf-chl|challenge-platform|__jsl_clearance|acw_sc__v2|_waf_|安全验证|人机验证|滑动验证|请输入验证码"
    r"|访问验证|Checking your browser|enable JavaScript and cookies|网站防火墙|WAF", re.I)
