"""Small page builders shared by the parsing tests: the layouts of the county sites the project crawls."""
from __future__ import annotations

from html import escape

SITE = "富源县人民政府"
BULLETIN_TITLE = "富源县创建国家卫生县城及推进爱国卫生“7个专项行动” 工作简报(2021年第1期)"
SEED_HEADINGS = [
    "陈志在检查推进爱国卫生“7个专项行动”及国家卫生县城创建时强调：要对标对表、压实责任，扎实行动、精准落实",
    "富源县委宣传部组织开展爱国卫生“7 个专项行动”知晓率暗访督查",
    "富源县深入推进爱国卫生“7个专项行动”及创建国家卫生县城志愿服务工作",
    "富源县富村镇召开爱国卫生“7个专项行动”第八次集中推进现场会",
]


def bulletin_page(title: str = BULLETIN_TITLE, headings: list[str] | None = None, toc: list[str] | None = None,
                  paragraphs: int = 2, meta_line: str | None = None) -> str:
    """A home-grown PHP layout like the seed bulletin's site: breadcrumb, heading, metadata line, TOC, stories."""
    headings = SEED_HEADINGS if headings is None else headings
    toc = headings if toc is None else toc
    meta_line = meta_line or ("发布时间：2021-01-19 09:19&nbsp;&nbsp;来源：富源县人民政府办公室&nbsp;&nbsp;"
                              "作者：超级管理员&nbsp;&nbsp;浏览次数：7421")
    stories = []
    for k, heading in enumerate(headings):
        paras = "".join(f"<p>　　第{k + 1}篇第{j + 1}段，县城环境卫生整治持续推进，群众满意度不断提升。</p>"
                        for j in range(paragraphs))
        stories.append(f"<p style=\"text-align:center\"><strong>{escape(heading)}</strong></p>{paras}")
    toc_html = "".join(f"<p>▲{escape(item)}</p>" for item in toc)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)} - {SITE}</title></head>
<body><div class="top"><a href="/">首页</a><a href="/article/lists/45.html">工作简报</a></div>
<div class="position">您当前所在的位置：<a href="/">首页</a> &gt; <a href="/zt">专题专栏</a> &gt;
<a href="/zt/aw">爱卫创卫</a> &gt; <a href="/article/lists/45.html">工作简报</a></div>
<div class="main"><h1 class="title">{escape(title)}</h1>
<div class="info">{meta_line}</div>
<div class="content"><p>主要内容：</p>{toc_html}{''.join(stories)}</div>
<div class="prevnext">上一篇：<a href="/article/description/1.html">上一期简报</a><br>
下一篇：<a href="/article/description/3.html">下一期简报</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div><div class="footer">主办：{SITE}　<a href="http://www.yn.gov.cn/">云南省人民政府</a></div></body></html>"""


def trs_news_page(title: str = "富源县召开爱国卫生工作推进会", caption: bool = True, table: bool = False) -> str:
    """A TRS WCM news article: title with site suffix, stale PubDate meta, date/source spans, TRS_Editor body."""
    extra = ""
    if caption:
        extra += '<p style="text-align:center"><img src="./W020210119.jpg"></p><p style="text-align:center">图为推进会现场</p>'
    if table:
        extra += "<table><tr><td>乡镇</td><td>清理垃圾（吨）</td></tr><tr><td>中安街道</td><td>120</td></tr></table>"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(title)} - {SITE}</title><meta name="PubDate" content="2021-03-02 10:00:00"></head><body>
<div class="crumb">首页 &gt; 新闻中心 &gt; 要闻动态</div>
<div class="detail"><h2>{escape(title)}</h2>
<div class="source"><span>发布日期：2021-01-19</span><span>信息来源：富源县融媒体中心</span></div>
<div class="TRS_Editor">{extra}<p>　　1月18日，富源县召开爱国卫生工作推进会，安排部署下一阶段工作。</p>
<p>　　会议要求，各乡镇（街道）要压实责任，确保各项任务按期完成。</p></div>
<div class="share">分享到：</div></div></body></html>"""
